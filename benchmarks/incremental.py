"""What a run costs when little changed: the `readouts ingest` command, as a user runs it.

    python benchmarks/incremental.py [N ...]      (default: 3000)

For each N: N pages (the bundled sample, a distinct canonical URL each, as in throughput.py) ingested into an
empty root; then the same N again (nothing changed); then N plus one new page; against a one-page ingest into
an empty root. Prints wall seconds, the ratio to the one-page run, peak RSS of the command (its children
included: the embedded Prefect server and the worker pool), and how many bytes the one-page addition added
to the root. Uses the embedded Prefect server (PREFECT_HOME in a temporary folder, warmed once) unless
PREFECT_API_URL is set.
"""
from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import make_pages  # noqa: E402


def run(args: list[str], env: dict) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB of the largest process the command started)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "readouts", *args], env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t
    if p.returncode != 0:
        raise SystemExit(f"readouts {' '.join(args[:2])} failed: {p.stderr.strip()[-500:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # a high-water mark over all children so far
    return wall, max(peak, before) / 1024


def size(folder: Path) -> int:
    """Bytes on disk under `folder`, each file once: a part shared between versions is one hard-linked inode."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for f in folder.rglob("*"):
        st = f.lstat()
        if f.is_file() and (st.st_dev, st.st_ino) not in seen:
            seen.add((st.st_dev, st.st_ino))
            total += st.st_size
    return total


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [3000]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        env = {**os.environ, "PREFECT_HOME": str(tmp / "prefect-home")}
        one = tmp / "one"
        one.mkdir()
        make_pages(one, 1)
        run(["ingest", str(one), "--data", str(tmp / "warm")], env)  # a warm Prefect database, as on a used machine
        base, _ = run(["ingest", str(one), "--data", str(tmp / "single")], env)
        print(f"one page into an empty root: {base:.1f} s")
        for n in sizes:
            pages, root = tmp / f"in-{n}", tmp / f"data-{n}"
            pages.mkdir()
            make_pages(pages, n + 1)
            extra = pages / f"page-{n:05d}.html"
            held = tmp / extra.name
            shutil.move(extra, held)  # the (N+1)th page waits outside the folder
            first, rss_first = run(["ingest", str(pages), "--data", str(root)], env)
            again, _ = run(["ingest", str(pages), "--data", str(root)], env)
            before = size(root)
            shutil.move(held, extra)
            plus, rss_plus = run(["ingest", str(pages), "--data", str(root)], env)
            added = size(root) - before
            print(f"N={n}: first run {first:.1f} s ({n / first:.0f} pages/s), peak RSS so far {rss_first:.0f} MB")
            print(f"  again, unchanged: {again:.1f} s = {again / base:.2f}x the one-page run")
            print(f"  plus one new page: {plus:.1f} s = {plus / base:.2f}x the one-page run; the root grew by "
                  f"{added / 1e6:.1f} MB = {100 * added / before:.1f}% of its {before / 1e6:.0f} MB")
            print(f"  peak RSS of any command so far: {rss_plus:.0f} MB")


if __name__ == "__main__":
    main()
