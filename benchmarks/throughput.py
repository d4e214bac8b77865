"""Ingest throughput: N generated readout pages through the plain pipeline and the Prefect flow.

    python benchmarks/throughput.py [N] [--batch-size 200] [--workers W] [--no-prefect] [--no-baseline] [--pool-only]

Pages are the bundled sample with a distinct canonical URL each (so every page is a new document).
First the yardstick of the cost issue: one core only parsing the pages (BeautifulSoup with lxml over every
page, then spaCy's small pipeline, tagger and parser only, over its text). Then pages/s for plain Python
(flows.core, no Prefect) in one process and in a pool of W worker
processes (flows/parallel.py, the pool's start included; W defaults to one per core), then for the
`ingest` flow with W workers, whose wall time includes the embedded Prefect server start (about 6 s
warm, 12 s cold) unless PREFECT_API_URL is set. Prefect's share is the flow's wall time less the same work
(pool, then publish) in plain Python. --pool-only skips the one-process run (long at 30,000 pages).
"""
from __future__ import annotations

import argparse
import os
import re
import resource
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


def parse_only(paths: list[str]) -> float:
    """Seconds for one core to parse every page with BeautifulSoup (lxml) and its text with spaCy's small
    pipeline restricted to tagger and parser (the model loaded before timing)."""
    import spacy
    from bs4 import BeautifulSoup

    nlp = spacy.load(_package(), exclude=["ner", "lemmatizer", "attribute_ruler", "senter"])
    t = time.perf_counter()
    texts = (BeautifulSoup(Path(p).read_bytes(), "lxml").get_text(" ", strip=True) for p in paths)
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return time.perf_counter() - t


def _package() -> str:
    """The installed model package the grammar uses (Explosion's first, then the index copy)."""
    import importlib.util

    from readouts.transform.syntax import MODEL_PACKAGES

    return next(p for p in MODEL_PACKAGES if importlib.util.find_spec(p) is not None)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", nargs="?", type=int, default=2000)
    ap.add_argument("--batch-size", type=int, default=200)
    ap.add_argument("--workers", type=int, default=None, help="worker processes (default: one per core)")
    ap.add_argument("--no-prefect", action="store_true")
    ap.add_argument("--no-baseline", action="store_true", help="skip the one-core parsing yardstick")
    ap.add_argument("--pool-only", action="store_true", help="skip the plain one-process run")
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
        if not a.no_baseline:
            t_base = parse_only(paths)
            print(f"one core only parsing (BeautifulSoup+lxml, spaCy tagger+parser): {a.n} pages in {t_base:.1f} s "
                  f"({a.n / t_base:.0f} pages/s)")
        rates = {}
        runs = [("1 worker (in-process)", 1), (f"{workers} workers (pool, start included)", workers)]
        plain_wall = 0.0
        for label, n_workers in runs[1:] if a.pool_only and workers > 1 else runs:
            root = str(tmp / f"plain-{n_workers}")
            if n_workers == 1:
                load_model()  # the in-process run's model, loaded before timing (pool workers load their own)
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
            plain_wall = t_all
            print(f"plain python, {label}: {a.n} pages, read+archive+extract+transform {t_proc:.1f} s "
                  f"({a.n / t_proc:.0f} pages/s), publish {t_all - t_proc:.1f} s, together {t_all:.1f} s "
                  f"({a.n / t_all:.0f} pages/s); {s.documents_total} documents, {s.failures} failures; "
                  f"version {_mb(Path(root) / 'versions')} MB, raw archive {_mb(Path(root) / 'raw')} MB")
            if workers == 1:
                break
        if workers > 1 and 1 in rates:
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
        print(f"Prefect's share: {t_flow - plain_wall:.1f} s of {t_flow:.1f} s ({100 * (t_flow - plain_wall) / t_flow:.0f}%)")
        print(f"peak RSS: this process {_rss(resource.RUSAGE_SELF):.0f} MB, largest child {_rss(resource.RUSAGE_CHILDREN):.0f} MB")


def _mb(folder: Path) -> str:
    return f"{sum(f.stat().st_size for f in folder.rglob('*') if f.is_file()) / 1e6:.1f}"


def _rss(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


if __name__ == "__main__":
    main()
