"""The `readouts` command line: what a user types and sees."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from conftest import SAMPLE
from typer.testing import CliRunner

from readouts.flows.cli import app

runner = CliRunner()
PAGE = sorted(SAMPLE.glob("*.html"))[0]


def readouts(*args, cwd=None, env=None):
    """Run the installed console entry point in a fresh interpreter, as a user would."""
    code = "import sys; from readouts.flows.cli import main; sys.argv = ['readouts'] + sys.argv[1:]; main()"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, **(env or {})}, timeout=120)


def test_dry_run_prints_records_writes_nothing_and_is_fast(tmp_path):
    started = time.perf_counter()
    p = readouts("run-document", str(PAGE), "--dry-run", "--data", str(tmp_path / "data"), cwd=tmp_path)
    elapsed = time.perf_counter() - started
    assert p.returncode == 0, p.stderr
    payload = json.loads(p.stdout)
    assert payload["documents"][0]["title"] and payload["meetings"][0]["meeting_id"]
    assert set(payload) >= {"documents", "meetings", "speakers", "attendees", "directives", "mentions"}
    assert list(tmp_path.iterdir()) == []  # nothing written, not even the data root
    assert elapsed < 5, f"dry run took {elapsed:.1f} s"  # no Prefect API is started


def test_dry_run_does_not_import_prefect():
    code = ("import sys; from readouts.flows.cli import main; sys.argv=['readouts','run-document',%r,'--dry-run'];\n"
            "import contextlib, io\nf=io.StringIO()\n"
            "with contextlib.redirect_stdout(f):\n  try: main()\n  except SystemExit: pass\n"
            "print('prefect' in sys.modules)") % str(PAGE)
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert p.stdout.strip().splitlines()[-1] == "False", p.stderr


def test_errors_are_one_line_without_traceback(tmp_path):
    p = readouts("ingest", str(tmp_path / "does-not-exist"), "--data", str(tmp_path / "d"))
    assert p.returncode == 1
    assert p.stderr.strip().count("\n") == 0 and "no such file" in p.stderr and "Traceback" not in p.stderr
    p = readouts("versions", "--data", str(tmp_path / "empty"))
    assert p.returncode == 1 and "no versions" in p.stderr and "Traceback" not in p.stderr
    p = readouts("validate", "nope", "--data", str(tmp_path / "empty"))
    assert p.returncode == 1 and "Traceback" not in p.stderr


def test_ingest_versions_validate_diff_commands(prefect_harness, tmp_path):
    root = tmp_path / "data"
    r1 = runner.invoke(app, ["ingest", str(SAMPLE), "--data", str(root)])
    assert r1.exit_code == 0, r1.output
    assert "published" in r1.output and "documents in version: 6" in r1.output.replace("\n", " ")
    r2 = runner.invoke(app, ["ingest", str(PAGE), "--data", str(root)])  # already published: skipped
    assert r2.exit_code == 0 and "nothing changed; LATEST stays at" in r2.output, r2.output
    edited = tmp_path / PAGE.name
    edited.write_bytes(PAGE.read_bytes() + b"<!-- corrected -->")  # the same readout, new bytes
    r2 = runner.invoke(app, ["ingest", str(edited), "--data", str(root)])
    assert r2.exit_code == 0 and "1 changed" in r2.output, r2.output
    ids = sorted(p.name for p in (root / "versions").iterdir())
    assert len(ids) == 2
    r = runner.invoke(app, ["versions", "--data", str(root)])
    assert r.exit_code == 0 and all(i[:15] in r.output for i in ids) and "LATEST" in r.output
    r = runner.invoke(app, ["validate", "--data", str(root)])
    assert r.exit_code == 0 and "valid" in r.output
    r = runner.invoke(app, ["diff", ids[0], ids[1], "--data", str(root)])
    assert r.exit_code == 0 and "0 added, 0 removed, 1 changed" in r.output


def test_an_error_inside_a_flow_run_is_one_line(tmp_path):
    """Prefect's own console logging (task-run tracebacks, "Finished in state Failed") stays off the terminal:
    a storage error in the middle of an ingest prints one line (it printed about 80 before)."""
    root = tmp_path / "data"
    root.mkdir()
    (root / "versions").write_text("a file where the versions folder should be")
    p = readouts("ingest", str(SAMPLE), "--data", str(root), env={"PREFECT_HOME": str(tmp_path / "ph")})
    assert p.returncode == 1
    assert p.stderr.count("\n") == 1 and "NotADirectoryError" in p.stderr and "Traceback" not in p.stderr, p.stderr
    debug = readouts("ingest", str(SAMPLE), "--data", str(root),
                     env={"PREFECT_HOME": str(tmp_path / "ph"), "READOUTS_DEBUG": "1"})
    assert debug.returncode != 0 and "Traceback" in debug.stderr  # the details are one variable away
    for bad, says in (("gs://bucket/x", "install"), ("foo://x", "not a dataset root")):  # before Prefect starts
        started = time.perf_counter()
        p = readouts("ingest", str(SAMPLE), "--data", bad)
        assert p.returncode == 1 and p.stderr.count("\n") == 1 and says in p.stderr, p.stderr
        assert time.perf_counter() - started < 5
