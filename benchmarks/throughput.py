"""Ingest throughput: N generated readout pages through the plain pipeline and the Prefect flow.

    python benchmarks/throughput.py [N] [--batch-size 200] [--no-prefect]

Pages are the bundled sample with a distinct canonical URL each (so every page is a new document).
Prints pages/s for plain Python (flows.core, no Prefect) and for the `ingest` flow, whose wall time
includes the embedded Prefect server start (about 6 s warm, 12 s cold) unless PREFECT_API_URL is set.
"""
from __future__ import annotations

import argparse
import re
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def make_pages(folder: Path, n: int) -> list[str]:
    samples = [p.read_text(encoding="utf-8") for p in sorted((REPO / "sample").glob("*.html"))]
    paths = []
    for i in range(n):
        html = samples[i % len(samples)]
        # a distinct canonical URL per page: every page is a separate document
        html = re.sub(r'(<link rel="canonical" href="[^"]+?)(\.s?html?)"', rf'\1-{i}\2"', html, count=1)
        html = re.sub(r'(<meta name="Url" content="[^"]+?)(\.s?html?)"', rf'\1-{i}\2"', html, count=1)
        html = re.sub(r'(<meta property="og:url" content="[^"]+?)(\.s?html?)"', rf'\1-{i}\2"', html, count=1)
        p = folder / f"page-{i:05d}.html"
        p.write_text(html, encoding="utf-8")
        paths.append(str(p))
    return paths


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", nargs="?", type=int, default=2000)
    ap.add_argument("--batch-size", type=int, default=200)
    ap.add_argument("--no-prefect", action="store_true")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "in").mkdir()
        paths = make_pages(tmp / "in", a.n)

        from readouts.flows.core import process_paths
        from readouts.output.publish import publish_run
        from readouts.output.versions import new_version_id
        from readouts.transform.pipeline import PARSER_VERSION

        t = time.perf_counter()
        outcomes = process_paths(paths)
        t_proc = time.perf_counter() - t
        s = publish_run(str(tmp / "plain"), new_version_id(), outcomes, parser_version=PARSER_VERSION)
        t_all = time.perf_counter() - t
        print(f"plain python: {a.n} pages, extract+transform {t_proc:.1f} s ({a.n / t_proc:.0f} pages/s), "
              f"with publish {t_all:.1f} s ({a.n / t_all:.0f} pages/s); {s.documents_total} documents, {s.failures} failures")
        if a.no_prefect:
            return
        from readouts.flows.cli import run_flow
        from readouts.flows.ingest import ingest

        t = time.perf_counter()
        s = run_flow(ingest, [str(tmp / "in")], data=str(tmp / "flow"), batch_size=a.batch_size)
        t_flow = time.perf_counter() - t
        print(f"prefect ingest flow (batch {a.batch_size}, {-(-a.n // a.batch_size)} tasks): {t_flow:.1f} s wall "
              f"({a.n / t_flow:.0f} pages/s incl. server start); {s.documents_total} documents, {s.failures} failures")


if __name__ == "__main__":
    main()
