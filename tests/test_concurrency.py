"""Two (or more) runs at once on one root: all finish, and the final LATEST holds every run's documents.

What protects a local root is the writer lock of output.lock (filelock: an OS lock on
`<root>/.readouts.lock`, released by the kernel even when the holder is SIGKILLed) around
"read LATEST, merge, publish"; object-store roots get a lease (tests/test_s3.py). The control test
below shows the race the lock prevents.
"""
from __future__ import annotations

import contextlib
import signal
import threading
import time

from test_crash import DRIVER_TIMEOUT_S, assert_consistent, page, run_driver, write_pages

from readouts.output.storage import Root
from readouts.output.versions import Versions


def chain_is_linear(root) -> None:
    """Serialised publishes: each version's `previous` is the version just before it."""
    v = Versions(Root(str(root)))
    ids = v.list()
    assert ids == sorted(ids)
    prev = None
    for vid in ids:
        assert v.manifest(vid)["previous"] == prev, f"{vid} forks from {v.manifest(vid)['previous']}, not {prev}"
        prev = vid
    assert v.latest() == ids[-1]


def doc_urls(root) -> set[str]:
    v = Versions(Root(str(root)))
    return set(v.read_table(v.latest(), "documents")["url"].to_pylist())


def test_three_processes_publishing_at_once_lose_nothing(tmp_path):
    """3 writer processes x 8 versions x 5 new documents each, all on one root at the same time."""
    root = tmp_path / "data"
    folders = [write_pages(tmp_path / f"w{w}", 40, start=w * 1000) for w in range(3)]
    procs = [run_driver(root, f, 5) for f in folders]
    outs = [p.communicate(timeout=DRIVER_TIMEOUT_S) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
        assert out.strip().endswith("done")
    latest, n = assert_consistent(root)
    assert n == 120, f"lost update: LATEST holds {n} of 120 documents"
    assert len(Versions(Root(str(root))).list()) == 24
    chain_is_linear(root)


def _outcomes(start: int, n: int):
    from readouts.flows.core import RawInput, process_raw

    return [process_raw(RawInput(input=f"/in/{i}.html", body=page(i))) for i in range(start, start + n)]


def _publish_in_threads(root, n_threads: int = 2, rounds: int = 4, per_round: int = 3):
    from readouts.output.publish import publish_run
    from readouts.output.versions import new_version_id

    errors = []
    batches = {t: [_outcomes(t * 100 + r * per_round, per_round) for r in range(rounds)] for t in range(n_threads)}

    def writer(t):
        try:
            for outcomes in batches[t]:
                publish_run(str(root), new_version_id(), outcomes, [], parser_version="test")
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=writer, args=(t,)) for t in range(n_threads)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(60)
    assert not errors, errors
    return n_threads * rounds * per_round


def test_threads_of_one_process_are_serialised_too(tmp_path):
    """Prefect runs tasks in a thread pool: two publishing threads of one process must not race."""
    root = tmp_path / "data"
    expected = _publish_in_threads(root)
    latest, n = assert_consistent(root)
    assert n == expected
    chain_is_linear(root)


def test_control_without_the_lock_updates_are_lost(tmp_path, monkeypatch):
    """The check has teeth: with the writer lock disabled and a slow merge, the same test loses updates."""
    import readouts.output.publish as publish

    slow = publish.merge_and_write

    def slow_merge(*a, **k):
        time.sleep(0.15)  # both writers read the same LATEST before either publishes
        return slow(*a, **k)

    class NoLock:
        def confirm(self):
            pass

    monkeypatch.setattr(publish, "writer_lock", lambda root: contextlib.nullcontext(NoLock()))
    monkeypatch.setattr(Versions, "check_unmoved", lambda self, previous: None)  # the second line of defence
    monkeypatch.setattr(publish, "merge_and_write", slow_merge)
    monkeypatch.setattr(Versions, "clean_staging", lambda self: [])  # unlocked, it would delete the other's staging
    root = tmp_path / "data"
    expected = _publish_in_threads(root)
    v = Versions(Root(str(root)))
    assert v.read_table(v.latest(), "documents").num_rows < expected


def test_two_ingest_flows_at_once(prefect_harness, tmp_path):
    """Two Prefect `ingest` flow runs of different documents on the same root, concurrently."""
    from readouts.flows.ingest import ingest

    root = tmp_path / "data"
    a = write_pages(tmp_path / "a", 30, start=0)
    b = write_pages(tmp_path / "b", 30, start=500)
    results, errors = {}, []

    def run(name, folder):
        try:
            results[name] = ingest([str(folder)], data=str(root), batch_size=10)
        except Exception as e:  # pragma: no cover
            errors.append(e)

    threads = [threading.Thread(target=run, args=(n, f)) for n, f in (("a", a), ("b", b))]
    for th in threads:
        th.start()
    for th in threads:
        th.join(180)
    assert not errors, errors
    assert {results["a"].version, results["b"].version} == set(Versions(Root(str(root))).list())
    latest, n = assert_consistent(root)
    assert n == 60
    assert len(doc_urls(root)) == 60
    chain_is_linear(root)


def test_lock_of_a_killed_writer_does_not_block(tmp_path):
    """A writer SIGKILLed while holding the lock: the kernel frees it, the next writer goes ahead at once."""
    root = tmp_path / "data"
    pages = write_pages(tmp_path / "in", 9)
    p = run_driver(root, pages, 3, "lock")  # dies inside the writer lock of its 3rd publish
    p.communicate(timeout=DRIVER_TIMEOUT_S)
    assert p.returncode == -signal.SIGKILL and (root / ".readouts.lock").exists()
    started = time.monotonic()
    q = run_driver(root, pages, 9)
    out, err = q.communicate(timeout=DRIVER_TIMEOUT_S)
    assert q.returncode == 0, err
    assert time.monotonic() - started < 30  # not the lock's 600 s timeout
    assert assert_consistent(root)[1] == 9


def test_concurrent_runs_never_share_a_file(tmp_path):
    """Apart from the lock file, concurrent runs write distinct files: one raw index per run, one folder per version."""
    root = tmp_path / "data"
    _publish_in_threads(root, n_threads=2, rounds=2, per_round=2)
    index = sorted(p.name for p in (root / "raw" / "index").iterdir())
    assert len(index) == 4 and all(n.endswith(".jsonl") for n in index)
    assert len(Versions(Root(str(root))).list()) == 4


def test_two_readouts_ingest_commands_at_once(tmp_path):
    """Two `readouts ingest` processes (each with Prefect's embedded server) on one root at the same time."""
    import os
    import subprocess
    import sys

    root = tmp_path / "data"
    a = write_pages(tmp_path / "a", 40, start=2000)
    b = write_pages(tmp_path / "b", 40, start=3000)
    code = "import sys; from readouts.flows.cli import main; sys.argv = ['readouts'] + sys.argv[1:]; main()"
    procs = []
    for name, folder in (("a", a), ("b", b)):
        env = {**os.environ, "PREFECT_HOME": str(tmp_path / f"prefect-{name}")}
        env.pop("PREFECT_API_URL", None)
        procs.append(subprocess.Popen([sys.executable, "-c", code, "ingest", str(folder), "--data", str(root)],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                                      cwd=tmp_path, start_new_session=True))
    try:
        results = [p.communicate(timeout=240) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGKILL)
    for p, (out, err) in zip(procs, results):
        assert p.returncode == 0, err[-2000:]
        assert "published" in out
    latest, n = assert_consistent(root)
    assert n == 80, f"lost update: LATEST holds {n} of 80 documents"
    chain_is_linear(root)
