"""Object storage as a real component: every test runs against a local S3-compatible server (moto's server
mode, started by the tests on 127.0.0.1; tests/s3server.py), never a mock of the client.

Covers the writer lock on object stores (a lease object created with If-None-Match, renewed and taken over
with If-Match), two writers x 300 pages losing nothing (and the control without the lock losing updates),
a writer killed while it holds the lease, a mistyped bucket, and the commands over s3://.
"""
from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time

import pytest
import s3server
from test_crash import DRIVER_TIMEOUT_S, REPO, page, run_driver, write_pages

from readouts.output.storage import Root
from readouts.output.versions import Versions

pytestmark = pytest.mark.usefixtures("s3_endpoint")


def docs_in_latest(url: str) -> int:
    v = Versions(Root(url))
    return v.read_table(v.latest(), "documents").num_rows


def cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "PREFECT_HOME": os.environ.get("PREFECT_HOME", "")}
    return subprocess.run([sys.executable, "-m", "readouts", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=timeout, env={k: v for k, v in env.items() if v})


# ------------------------------------------------------------------------------------------ the lease
def test_lease_is_exclusive_and_released():
    from readouts.output.lock import LeaseLock, LockBusy

    root = Root(s3server.new_root())
    with LeaseLock(root, lease_s=30).held() as lock:
        lock.confirm()
        with pytest.raises(LockBusy) as e:  # a second writer waits, then stops with one line naming the owner
            with LeaseLock(root, lease_s=30, timeout_s=1).held():
                pass
        assert lock.owner in str(e.value) and "\n" not in str(e.value)
    assert not root.exists(".readouts.lock")  # released: the next writer gets it at once
    with LeaseLock(root, lease_s=30, timeout_s=1).held():
        pass


def test_an_expired_lease_is_taken_over_by_exactly_one_writer():
    from readouts.output.lock import LeaseLock

    root = Root(s3server.new_root())
    root.fs.pipe_file(root.join(".readouts.lock"), json.dumps(
        {"owner": "dead:1:x", "expires_at": "2020-01-01T00:00:00.000Z"}).encode())
    contenders = [LeaseLock(root, lease_s=30, timeout_s=0) for _ in range(4)]
    barrier = threading.Barrier(len(contenders))
    results = {}

    def take(i, lock):
        barrier.wait()
        results[i] = lock._try_acquire() is None

    threads = [threading.Thread(target=take, args=(i, c)) for i, c in enumerate(contenders)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(results.values()) == [False, False, False, True], results
    winner = contenders[[i for i, ok in results.items() if ok][0]]
    winner.confirm()


def test_a_lost_lease_stops_the_publish_before_latest_moves(tmp_path):
    from readouts.flows.core import RawInput, process_raw
    from readouts.output import lock as lockmod
    from readouts.output.publish import publish_run

    url = s3server.new_root()
    publish_run(url, "r1", [process_raw(RawInput(input="/in/1.html", body=page(1)))], parser_version="t")
    before = Versions(Root(url)).latest()
    real_confirm = lockmod.LeaseLock.confirm

    def stolen(self):  # another writer took the lease over while this one stalled
        self.root.fs.pipe_file(self.path, json.dumps({"owner": "thief", "expires_at": "2999-01-01T00:00:00Z"}).encode())
        return real_confirm(self)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(lockmod.LeaseLock, "confirm", stolen)
        with pytest.raises(lockmod.LeaseLost):
            publish_run(url, "r2", [process_raw(RawInput(input="/in/2.html", body=page(2)))], parser_version="t")
    assert Versions(Root(url)).latest() == before


def test_a_writer_killed_while_holding_the_lease_blocks_only_until_it_expires(tmp_path):
    url = s3server.new_root()
    holder = textwrap.dedent(f"""
        import os, signal
        from readouts.output.lock import LeaseLock
        from readouts.output.storage import Root
        with LeaseLock(Root({url!r}), lease_s=3).held():
            print("held", flush=True)
            os.kill(os.getpid(), signal.SIGKILL)
    """)
    p = subprocess.run([sys.executable, "-c", holder], capture_output=True, text=True, timeout=60, cwd=REPO)
    assert p.returncode == -signal.SIGKILL and "held" in p.stdout, p.stderr
    assert Root(url).exists(".readouts.lock")  # the dead writer's lease is still there
    started = time.monotonic()
    pages = write_pages(tmp_path / "in", 3)
    d = run_driver(url, pages, 3)
    out, err = d.communicate(timeout=DRIVER_TIMEOUT_S)
    assert d.returncode == 0, err
    waited = time.monotonic() - started
    assert docs_in_latest(url) == 3
    assert waited < 30, f"took {waited:.1f} s: the stale lease should be taken over once it expired (3 s)"


# ------------------------------------------------------------------------------------------ two writers
def test_two_writers_of_300_pages_lose_nothing(tmp_path):
    """The issue's reproduction: 300 pages and another 300 into one s3:// root at once -> all 600 in LATEST."""
    url = s3server.new_root()
    folders = [write_pages(tmp_path / f"w{w}", 300, start=w * 1000) for w in range(2)]
    procs = [run_driver(url, f, 100) for f in folders]
    for p in procs:
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0, err[-2000:]
        assert out.strip().endswith("done")
    assert docs_in_latest(url) == 600
    v = Versions(Root(url))
    ids = v.list()
    assert len(ids) == 6
    prev = None
    for vid in ids:  # serialised: each version builds on the one before it
        assert v.manifest(vid)["previous"] == prev
        prev = vid


def test_control_without_the_lock_two_writers_lose_updates(monkeypatch):
    """The test above has teeth: with the lock (and the LATEST check) disabled, the same race loses updates."""
    import readouts.output.publish as publish
    from readouts.flows.core import RawInput, process_raw

    class NoLock:
        def confirm(self):
            pass

    slow = publish.merge_and_write

    def slow_merge(*a, **k):
        time.sleep(0.3)  # both writers read the same LATEST before either publishes
        return slow(*a, **k)

    monkeypatch.setattr(publish, "writer_lock", lambda root: contextlib.nullcontext(NoLock()))
    monkeypatch.setattr(publish, "merge_and_write", slow_merge)
    monkeypatch.setattr(Versions, "check_unmoved", lambda self, previous: None)
    url = s3server.new_root()
    batches = {t: [[process_raw(RawInput(input=f"/in/{t}-{r}.html", body=page(t * 100 + r)))] for r in range(3)]
               for t in range(2)}
    errors = []

    def writer(t):
        try:
            for outcomes in batches[t]:
                publish.publish_run(url, f"r{t}", outcomes, parser_version="t")
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=writer, args=(t,)) for t in range(2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(120)
    assert not errors, errors
    assert docs_in_latest(url) < 6


# ------------------------------------------------------------------------------------------ the commands
def test_a_missing_bucket_is_an_error_and_is_never_created(tmp_path):
    import s3fs

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.html").write_bytes(page(1))
    r = cli("ingest", str(tmp_path / "in"), "--data", "s3://no-such-bucket-here/root", timeout=120)
    assert r.returncode == 1
    assert r.stderr.count("\n") == 1 and "no-such-bucket-here" in r.stderr and "does not exist" in r.stderr, r.stderr
    assert not s3fs.S3FileSystem().exists("no-such-bucket-here")


def test_commands_and_loading_over_s3(tmp_path, prefect_harness):
    """ingest (the real flow), versions, validate, diff, rebuild, repair and pandas/polars reading, all over s3://."""
    import pandas as pd

    from readouts.flows.crawl import rebuild
    from readouts.flows.ingest import ingest

    url = s3server.new_root()
    first = write_pages(tmp_path / "a", 4)
    second = write_pages(tmp_path / "b", 3, start=100)
    s1 = ingest([str(first)], data=url)
    s2 = ingest([str(second)], data=url)
    assert (s1.documents_total, s2.documents_total) == (4, 7)
    s3 = rebuild(data=url)
    assert s3.documents_total == 7
    for args in (("versions",), ("validate",), ("validate", "--raw"), ("diff", s1.version, s2.version, "--json")):
        r = cli(*args, "--data", url, timeout=120)
        assert r.returncode == 0, (args, r.stderr)
    changes = json.loads(cli("diff", s1.version, s2.version, "--json", "--data", url).stdout)
    assert len(changes["added"]) == 3
    meetings = pd.read_parquet(f"{url}/versions/{s3.version}/meetings")  # the table's folder of parts
    assert len(meetings) == 7
    # a write killed on the store before its manifest: listed as unfinished, removed by repair after the grace period
    Root(url).fs.pipe_file(Root(url).join("versions", "20200101T000000000000Z-abcdef", "meetings.parquet"), b"half")
    r = cli("versions", "--data", url)
    assert r.returncode == 0 and "unfinished" in r.stdout and "20200101T000000000000Z-abcdef" in r.stdout
    # LATEST damaged on the store: refused in one line, repaired to the newest valid version
    Root(url).fs.pipe_file(Root(url).join("LATEST"), b"")
    r = cli("ingest", str(first), "--data", url, timeout=120)
    assert r.returncode == 1 and "LATEST is empty" in r.stderr and "readouts repair" in r.stderr
    r = cli("repair", "--data", url, timeout=120)
    assert r.returncode == 0 and s3.version in r.stdout, r.stderr
    assert Versions(Root(url)).latest() == s3.version
    assert "20200101T000000000000Z-abcdef" in r.stdout and not Root(url).exists("versions", "20200101T000000000000Z-abcdef")


def test_a_version_on_s3_shares_unchanged_parts_by_server_side_copy():
    """Part files on an object store: the unchanged ones are copied on the server (CopyObject), not uploaded."""
    from test_layout import _docs

    import readouts
    from readouts.output.publish import publish_run
    from readouts.output.validate import validate_version
    from readouts.output.versions import new_version_id

    url = s3server.new_root()
    publish_run(url, new_version_id(), _docs(300), [], parser_version="test")
    s2 = publish_run(url, new_version_id(), _docs(301), [], parser_version="test")
    v = Versions(Root(url))
    m = v.manifest(s2.version)
    assert m["parts_shared"] >= 3 * 4 and m["parts_written"] < m["parts_shared"]
    assert validate_version(v, s2.version) == []
    assert len(readouts.open(url).documents) == 301
