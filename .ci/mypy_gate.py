"""Type-check gate: mypy on the `readouts` package; the error count may only go down.

The package's layers live in top-level folders mapped by setuptools (readouts.flows -> flows/), a
layout mypy cannot follow through the editable install's import hook. So the package is laid out as
symbolic links in a temporary folder (readouts/ with flows -> ../flows, ...) and mypy checks that.

Usage: python .ci/mypy_gate.py [--update]   (--update lowers the recorded baseline to today's counts)
Baseline: .ci/mypy-baseline.json, errors per layer folder. Exit 1 when any layer has more errors.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LAYERS = ("extract", "transform", "acquire", "output", "flows")
BASELINE = REPO / ".ci" / "mypy-baseline.json"


def farm(tmp: Path) -> Path:
    pkg = tmp / "readouts"
    pkg.mkdir()
    for f in (REPO / "readouts").iterdir():
        if f.suffix in (".py", ".typed"):
            (pkg / f.name).symlink_to(f)
    for layer in LAYERS:
        (pkg / layer).symlink_to(REPO / layer, target_is_directory=True)
    return pkg


def count(output: str) -> Counter:
    per: Counter = Counter()
    for line in output.splitlines():
        m = re.match(r"(?:.*/)?readouts/(?:(\w+)/)?[\w.]+\.py:\d+: error:", line)
        if m:
            per[m.group(1) if m.group(1) in LAYERS else "readouts"] += 1
    return per


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        pkg = farm(Path(tmp))
        proc = subprocess.run([sys.executable, "-m", "mypy", "--config-file", str(REPO / "pyproject.toml"), str(pkg)],
                              cwd=tmp, capture_output=True, text=True)
    if proc.returncode not in (0, 1) or "error:" not in proc.stdout and proc.returncode:
        print(proc.stdout[-3000:], proc.stderr[-3000:], sep="\n")
        print("mypy gate: mypy did not run", file=sys.stderr)
        return 1
    now = count(proc.stdout)
    base = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    worse = {k: (base.get(k, 0), v) for k, v in now.items() if v > base.get(k, 0)}
    table = ", ".join(f"{k} {now.get(k, 0)} (baseline {base.get(k, 0)})" for k in sorted(set(base) | set(now)))
    print(f"mypy: {sum(now.values())} errors; {table}")
    if "--update" in argv:
        if worse and BASELINE.exists():  # only the first run (no baseline file) may set it
            print("mypy gate: refusing to raise the baseline", file=sys.stderr)
            return 1
        BASELINE.write_text(json.dumps({k: now.get(k, 0) for k in ("readouts", *LAYERS)}, indent=1) + "\n")
        print(f"baseline written to {BASELINE.relative_to(REPO)}")
        return 0
    if worse:
        print(proc.stdout, end="")
        print("mypy gate: more type errors than the baseline in " + ", ".join(f"{k} ({a} -> {b})" for k, (a, b) in worse.items()),
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
