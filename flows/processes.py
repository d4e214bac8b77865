"""No process outlives its command: the embedded Prefect server is stopped on SIGTERM, and a server orphaned
by kill -9 is found and stopped by the next command.

Every child a command starts inherits READOUTS_OWNER=<the command's pid> (set before Prefect starts its
server). A process that carries the mark, whose owner is gone and whose parent is init, is an orphan.
"""
from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

MARK = "READOUTS_OWNER"


def mark_children() -> None:
    os.environ[MARK] = str(os.getpid())


def stop_on_sigterm() -> None:
    """SIGTERM unwinds like Ctrl-C, so Prefect's exit handlers stop the embedded server it started."""
    def handler(signum, _frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, handler)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _owner_and_parent(proc: Path) -> tuple[int, int] | None:
    try:
        env = (proc / "environ").read_bytes().split(b"\0")
        stat = (proc / "stat").read_text()
    except OSError:
        return None
    owner = next((e.split(b"=", 1)[1] for e in env if e.startswith(MARK.encode() + b"=")), None)
    if owner is None or not owner.isdigit():
        return None
    return int(owner), int(stat.rsplit(")", 1)[1].split()[1])


def reap_orphans() -> list[int]:
    """Stop marked processes whose command is gone (Linux /proc; elsewhere nothing to do). Returns their pids."""
    proc_root = Path("/proc")
    if not sys.platform.startswith("linux") or not proc_root.is_dir():
        return []
    stopped = []
    for proc in proc_root.iterdir():
        if not proc.name.isdigit() or int(proc.name) == os.getpid():
            continue
        found = _owner_and_parent(proc)
        if found is None:
            continue
        owner, parent = found
        if parent != 1 or _alive(owner):  # its command is still running (or pid reuse: leave it)
            continue
        try:
            os.kill(int(proc.name), signal.SIGTERM)
            stopped.append(int(proc.name))
        except OSError:
            pass
    return stopped
