"""Ingest throughput: N generated readout pages through the plain pipeline and the Prefect flow.

    python benchmarks/throughput.py [N] [--batch-size 200] [--workers W] [--no-prefect]

Pages are the bundled sample with a distinct canonical URL each (so every page is a new document).
Prints pages/s for plain Python (flows.core, no Prefect) in one process and in a pool of W worker
processes (flows/parallel.py, the pool's start included; W defaults to one per core), then for the
`ingest` flow with W workers, whose wall time includes the embedded Prefect server start (about 6 s
warm, 12 s cold) unless PREFECT_API_URL is set.
"""
from __future__ import annotations

import argparse
import os
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
    ap.add_argument("--workers", type=int, default=None, help="worker processes (default: one per core)")
    ap.add_argument("--no-prefect", action="store_true")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "in").mkdir()
        paths = make_pages(tmp / "in", a.n)

        from readouts.flows import parallel
        from readouts.flows.core import Published, process_paths
        from readouts.output.publish import publish_run
        from readouts.output.raw import RawArchive
        from readouts.output.storage import Root
        from readouts.output.versions import new_version_id
        from readouts.transform.pipeline import PARSER_VERSION
        from readouts.transform.syntax import load_model

        workers = a.workers or parallel.default_workers()
        load_model()  # loaded once in this process either way (the publish step needs it): not timed
        rates = {}
        for label, n_workers in (("1 worker (in-process)", 1), (f"{workers} workers (pool, start included)", workers)):
            root = str(tmp / f"plain-{n_workers}")
            t = time.perf_counter()
            if n_workers == 1:
                outcomes = process_paths(paths, RawArchive(Root(root)), Published())
            else:
                outcomes = parallel.process_in_pool(paths, root, Published(), workers=n_workers,
                                                    chunk=parallel.chunk_size(a.n, n_workers, a.batch_size))
            t_proc = time.perf_counter() - t
            s = publish_run(root, new_version_id(), outcomes, parser_version=PARSER_VERSION)
            t_all = time.perf_counter() - t
            rates[n_workers] = a.n / t_proc
            print(f"plain python, {label}: {a.n} pages, read+archive+extract+transform {t_proc:.1f} s "
                  f"({a.n / t_proc:.0f} pages/s), with publish {t_all:.1f} s ({a.n / t_all:.0f} pages/s); "
                  f"{s.documents_total} documents, {s.failures} failures")
            if workers == 1:
                break
        if workers > 1:
            print(f"speed-up with {workers} workers: x{rates[workers] / rates[1]:.2f} ({os.cpu_count()} cores)")
        if a.no_prefect:
            return
        from readouts.flows.cli import run_flow
        from readouts.flows.ingest import ingest

        t = time.perf_counter()
        s = run_flow(ingest, [str(tmp / "in")], data=str(tmp / "flow"), batch_size=a.batch_size, workers=workers)
        t_flow = time.perf_counter() - t
        used = parallel.plan_workers(workers, a.n)
        how = f"{used} worker processes in one task" if used > 1 else f"{-(-a.n // a.batch_size)} batch tasks in-process"
        print(f"prefect ingest flow ({how}): {t_flow:.1f} s wall "
              f"({a.n / t_flow:.0f} pages/s incl. server start); {s.documents_total} documents, {s.failures} failures")


if __name__ == "__main__":
    main()
