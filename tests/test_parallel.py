"""The local process pool of `ingest` (flows/parallel.py), without Prefect: the same tables as one process,
and a worker process that dies (or raises) costs the input that caused it a failure row, never an input."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from test_crash import write_pages

from readouts.flows import parallel
from readouts.flows.core import Published, process_paths
from readouts.inputs import Outcome
from readouts.output.publish import publish_run
from readouts.output.raw import RawArchive
from readouts.output.schema import TABLES
from readouts.output.storage import Root
from readouts.transform.pipeline import PARSER_VERSION

pytestmark = pytest.mark.slow  # starts worker processes

N = 60
CRASHING = ("meeting-0007.html", "meeting-0031.html")  # the worker process dies (os._exit) on these
RAISING = "meeting-0044.html"  # the worker raises (not a crash) on this one


def crash_or_process(paths, archive, published):
    """What the workers run in the crash test: sent to them by name, so it works with forkserver and spawn
    (a monkeypatch in this process would not reach them)."""
    for p in paths:
        if p.endswith(CRASHING):
            os._exit(70)
        if p.endswith(RAISING):
            raise ValueError(f"injected failure for {Path(p).name}")
    return process_paths(paths, archive, published)


def environment_probe(paths, archive, published):
    """Reports what the worker sees of the environment, as the input name."""
    return [Outcome(os.environ.get("READOUTS_TEST_PROBE", "unset")) for _ in paths]


def pid_then_sleep(paths, archive, published):
    """Says which worker took the sub-batch (a file named by its pid), then waits to be killed."""
    (Path(os.environ["READOUTS_TEST_PIDS"]) / str(os.getpid())).touch()
    time.sleep(120)
    return []


def square_or_die(items, offset):
    """Items that are not paths (ints), with a context passed as it is (no setup): dies on 13, raises on 21."""
    out = []
    for x in items:
        if x == 13:
            os._exit(70)
        if x == 21:
            raise ValueError("twenty-one")
        out.append(Outcome(f"n{x * x + offset}"))
    return out


def numbered_failure(x, error_type, message):
    return Outcome(f"item-{x}", failure={"input": f"item-{x}", "error_type": error_type, "message": message})


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> list[str]:
    folder = write_pages(tmp_path_factory.mktemp("pages") / "in", N)
    return sorted(str(p) for p in folder.iterdir())


@pytest.fixture(scope="module")
def sequential(pages, tmp_path_factory):
    """The reference: every page in this process, published."""
    root = tmp_path_factory.mktemp("seq") / "data"
    outcomes = process_paths(pages, RawArchive(Root(str(root))), Published())
    return outcomes, published_tables(root, outcomes)


def published_tables(root: Path, outcomes) -> dict:
    s = publish_run(str(root), "run", outcomes, parser_version=PARSER_VERSION)
    tables = {n: pq.read_table(root / "versions" / s.version / n) for n in TABLES if n != "runs"}
    tables["failures"] = tables["failures"].drop_columns(["at"])  # when it failed
    return tables


def test_pool_gives_the_same_tables_as_one_process(pages, sequential, tmp_path):
    ref_outcomes, ref = sequential
    done: list[int] = []
    root = tmp_path / "data"
    outcomes = parallel.process_in_pool(pages, str(root), Published(), workers=2, chunk=8, on_done=done.append)
    assert [o.input for o in outcomes] == [o.input for o in ref_outcomes]  # input order kept
    assert sorted(done) == [4] + [8] * 7  # progress advanced per finished sub-batch
    got = published_tables(root, outcomes)
    assert ref["documents"].num_rows == N and ref["failures"].num_rows == 0
    for name, table in ref.items():
        assert got[name].equals(table), name
    # the raw archive holds every input's bytes, as in one process
    for sha in ref["documents"]["content_sha256"].to_pylist():
        assert (root / "raw" / "objects" / sha[:2] / sha).exists()


def test_a_dead_worker_costs_only_its_input_a_failure_row(pages, sequential, tmp_path):
    ref_outcomes, ref = sequential
    done: list[int] = []
    root = tmp_path / "data"
    outcomes = parallel.process_in_pool(pages, str(root), Published(), workers=2, chunk=8, on_done=done.append,
                                        process=crash_or_process)
    assert sum(done) == N  # every input accounted for once in the progress
    assert [o.input for o in outcomes] == pages  # nothing lost, nothing twice, input order kept
    failed = {Path(o.input).name: o.failure for o in outcomes if o.failure}
    assert set(failed) == {*CRASHING, RAISING}
    for name in CRASHING:
        assert failed[name]["error_type"] == "WorkerCrashed" and "died" in failed[name]["message"]
    assert failed[RAISING]["error_type"] == "ValueError" and "injected failure" in failed[RAISING]["message"]
    # every other input (including those that shared a sub-batch with a culprit) is the same document
    got = published_tables(root, outcomes)
    keep = [o.input for o in ref_outcomes if not o.input.endswith((*CRASHING, RAISING))]
    docs = ref["documents"].to_pylist()
    assert got["documents"].to_pylist() == [d for d in docs if d["input"] in keep]
    assert got["failures"].num_rows == 3


def test_any_picklable_items_with_a_process_by_reference():
    """run_in_pool beyond paths: its items, its context, its failure rows (what `rebuild` uses it with)."""
    done: list[int] = []
    outcomes = parallel.run_in_pool(list(range(40)), square_or_die, (1000,), workers=2, chunk=6,
                                    failed=numbered_failure, on_done=done.append)
    assert [o.input for o in outcomes] == [f"item-{x}" if x in (13, 21) else f"n{x * x + 1000}" for x in range(40)]
    assert outcomes[13].failure["error_type"] == "WorkerCrashed" and "died" in outcomes[13].failure["message"]
    assert outcomes[21].failure["error_type"] == "ValueError" and "twenty-one" in outcomes[21].failure["message"]
    assert sum(done) == 40


def test_workers_see_the_environment_of_the_run(pages, monkeypatch):
    """The forkserver started with an earlier test: a variable set since (READOUTS_DATA, AWS_*) still reaches
    the workers."""
    monkeypatch.setenv("READOUTS_TEST_PROBE", f"set-{os.getpid()}")
    outcomes = parallel.process_in_pool(pages[:4], None, None, workers=2, chunk=1, process=environment_probe)
    assert [o.input for o in outcomes] == [f"set-{os.getpid()}"] * 4


def test_workers_exit_when_the_flow_process_is_killed(pages, tmp_path):
    """kill -9 of the process that owns the pool: its workers (which hold their own end of the task queue, so
    they would wait forever) and the forkserver exit within seconds."""
    pids = tmp_path / "pids"
    pids.mkdir()
    code = ("import sys; sys.path.insert(0, %r); import test_parallel; from readouts.flows import parallel; "
            "parallel.process_in_pool(%r, None, None, workers=2, chunk=1, process=test_parallel.pid_then_sleep)"
            % (str(Path(__file__).parent), pages[:4]))
    p = subprocess.Popen([sys.executable, "-c", code], env={**os.environ, "READOUTS_TEST_PIDS": str(pids)})
    try:
        deadline = time.monotonic() + 60
        while len(list(pids.iterdir())) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        workers = [int(f.name) for f in pids.iterdir()]
        assert len(workers) == 2
    finally:
        p.kill()
        p.wait(10)
    deadline = time.monotonic() + 15
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(alive(w) for w in workers)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"  # a zombie is dead


def test_workers_that_cannot_start_stop_the_run(pages):
    with pytest.raises(parallel.WorkerUnusable, match="not a dataset root|cannot start"):
        parallel.process_in_pool(pages[:4], "nosuchscheme://bucket/data", Published(), workers=2, chunk=2)


def test_plan_workers_and_chunks(monkeypatch):
    assert 1 <= parallel.default_workers() <= min(os.cpu_count() or 1, parallel.MAX_DEFAULT_WORKERS)
    monkeypatch.setattr(parallel, "default_workers", lambda: 2)
    assert parallel.plan_workers(None, 1000) == 2
    assert parallel.plan_workers(1, 1000) == 1  # --workers 1: in-process
    assert parallel.plan_workers(4, 1000) == 4
    assert parallel.plan_workers(None, 10) == 1  # too few inputs to pay for starting workers
    assert parallel.plan_workers(8, 60) == 3
    with pytest.raises(ValueError):
        parallel.plan_workers(0, 100)
    assert parallel.chunk_size(60, 2, 200) == 8
    assert parallel.chunk_size(2000, 2, 200) == parallel.MAX_CHUNK
    assert parallel.chunk_size(2000, 2, 10) == 10


def slow_first(items, offset):
    """Sub-batches that finish out of order: the earlier the item, the longer its sub-batch takes."""
    time.sleep(max(0.0, 0.4 - 0.02 * min(items)))
    return [Outcome(f"n{x + offset}") for x in items]


def test_a_sink_gets_the_outcomes_in_input_order_as_they_come():
    """With a sink (the ingest flow's Collector), sub-batches are handed over in input order as soon as every
    earlier one is back, and nothing is kept for the end: the run's memory follows the sub-batches in flight.
    A crash splits its sub-batch; the order holds across the split."""
    got: list[list[str]] = []
    rest = parallel.run_in_pool(list(range(30)), slow_first, (0,), workers=2, chunk=4,
                                sink=lambda outs: got.append([o.input for o in outs]))
    assert rest == []
    assert [x for chunk in got for x in chunk] == [f"n{x}" for x in range(30)]
    assert len(got) == 8  # one call per sub-batch of 4 (the last one has 2)
    crashed: list[str] = []
    rest = parallel.run_in_pool(list(range(30)), square_or_die, (0,), workers=2, chunk=6,
                                failed=numbered_failure, sink=lambda outs: crashed.extend(o.input for o in outs))
    assert rest == [] and len(crashed) == 30
    assert crashed[13] == "item-13" and crashed[21] == "item-21" and crashed[14] == "n196"
