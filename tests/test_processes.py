"""No process outlives its command (the embedded Prefect server included)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_crash import write_pages

from readouts.flows.processes import MARK, _owner_and_parent

CLI = "import sys; from readouts.flows.cli import main; sys.argv = ['readouts'] + sys.argv[1:]; main()"


def children_of(owner: int) -> list[int]:
    out = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            found = _owner_and_parent(proc)
            if found and found[0] == owner:
                out.append(int(proc.name))
    return out


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie is gone for our purposes
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def wait_for(cond, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.1)
    return cond()


@pytest.fixture()
def started_ingest(tmp_path):
    """A real `readouts ingest` with its embedded server up (its marked child found in /proc)."""
    pages = write_pages(tmp_path / "in", 400)
    env = {k: v for k, v in os.environ.items() if k not in ("PREFECT_API_URL", MARK)}
    env["PREFECT_HOME"] = str(tmp_path / "prefect-home")
    p = subprocess.Popen([sys.executable, "-c", CLI, "ingest", str(pages), "--data", str(tmp_path / "data"),
                          "--batch-size", "20"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                         cwd=tmp_path, text=True)
    try:
        assert wait_for(lambda: children_of(p.pid), 60), "the embedded server never started"
        yield p, env
    finally:
        if p.poll() is None:
            p.kill()
        for pid in children_of(p.pid):
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_sigterm_stops_the_embedded_server(started_ingest):
    p, _ = started_ingest
    server = children_of(p.pid)
    p.send_signal(signal.SIGTERM)
    p.wait(timeout=60)
    assert p.returncode in (143, 1), p.returncode
    assert "terminated" in p.stderr.read()
    assert wait_for(lambda: not [s for s in server if alive(s)], 30), "the embedded server outlived SIGTERM"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_server_orphaned_by_kill_9_is_stopped_by_the_next_command(started_ingest, tmp_path):
    p, env = started_ingest
    server = children_of(p.pid)
    p.kill()
    p.wait(timeout=30)
    assert wait_for(lambda: all(alive(s) for s in server), 2), "expected the orphan to survive kill -9"
    subprocess.run([sys.executable, "-c", CLI, "versions", "--data", str(tmp_path / "nothing")], env=env,
                   capture_output=True, timeout=120)
    assert wait_for(lambda: not [s for s in server if alive(s)], 30), "the orphaned server was not stopped"
