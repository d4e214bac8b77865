"""Every core busy: the local batch work of `ingest` and `rebuild` in a pool of worker processes, started once per run.

Plain functions, no Prefect (the `ingest` and `rebuild` flows call `process_in_pool` / `run_in_pool` from one
coarse task). Per-task costs of Prefect's process runners (60-90 ms a task, one embedded server per worker
process in ephemeral mode) are why the pool lives inside one task instead of being a task runner.

`run_in_pool(items, process, args, ...)` takes any picklable items (ingest: input paths; rebuild: `(Receipt,
removed_at)` pairs) and a process function importable by name, called in a worker as `process(sub_batch,
*context)`, where the context is made once per worker from `args` (by `setup`, e.g. `with_archive`: the root's
URL becomes its `RawArchive`). Each worker process loads the spaCy model once and receives what it needs for
the whole run once (the process function, `setup` and `args`: for ingest the dataset root and the `Published`
hashes of LATEST) through the pool's initializer; a sub-batch sends only its items and gets back its `Outcome`s.
`failed(item, error_type, message)` names the failure row of an item that crashed or raised (default: the item
is an input path).

Every input ends as documents or failure rows, even when a worker process dies (a segfault in a C
extension, the out-of-memory killer, os._exit). A dead worker breaks the whole pool, and every sub-batch in
flight fails with it, so the culprit is found by elimination: only `workers` sub-batches are ever in
flight, the ones in flight at a crash are run again one input at a time, and an input whose process dies
while it runs alone becomes a `WorkerCrashed` failure row. The other inputs are processed as usual, so a
crash costs a few pool restarts, never an input, and a one-off crash (a worker killed for another reason)
costs nothing at all. Results come back in input order: the same outcomes, so the same tables, as
`process` over the same items in one process.
"""
from __future__ import annotations

import math
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from readouts.flows.core import Published, process_paths
from readouts.inputs import Outcome, failure_row, safe_text
from readouts.output.raw import RawArchive
from readouts.output.storage import Root

MAX_DEFAULT_WORKERS = 8  # each worker holds a spaCy model (~190 MB resident)
MIN_INPUTS_PER_WORKER = 20  # a worker costs ~1 s to start (imports, model): fewer inputs are done in-process
CHUNKS_PER_WORKER = 4  # sub-batches per worker: the last ones balance the load and progress moves smoothly
MAX_CHUNK = 50  # inputs per sub-batch at most (a crash makes its sub-batch's inputs run again one by one)
OWNER_POLL_S = 1.0  # how often a worker checks that the flow's process is still there
# imported once by the forkserver process, so each worker forks with the pipeline and spaCy already imported
PRELOAD = ["readouts.flows.parallel", "readouts.transform.pipeline", "readouts.transform.syntax", "spacy"]

ProcessFn = Callable[[list[str], RawArchive | None, Published | None], list[Outcome]]  # ingest's: paths
FailedFn = Callable[[Any, str, str], Outcome]  # (item, error_type, message) -> the item's failure row


class WorkerUnusable(RuntimeError):
    """The worker processes cannot start (the model does not load, an import fails): the run stops."""


def default_workers() -> int:
    """One worker per core this process may use, capped at MAX_DEFAULT_WORKERS."""
    try:
        cores = len(os.sched_getaffinity(0))  # the cores of this container or taskset, not the machine's
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_DEFAULT_WORKERS))


def plan_workers(requested: int | None, n_inputs: int) -> int:
    """Processes to use for n_inputs: the request (default one per core), fewer when there is too little work
    to pay for a worker's start. 1 means in-process, without a pool."""
    if requested is not None and requested < 1:
        raise ValueError(f"workers must be at least 1, not {requested}")
    wanted = default_workers() if requested is None else requested
    return max(1, min(wanted, n_inputs // MIN_INPUTS_PER_WORKER))


def chunk_size(n_inputs: int, workers: int, batch_size: int) -> int:
    """Inputs per sub-batch: several sub-batches per worker, never more than batch_size or MAX_CHUNK."""
    return max(1, min(batch_size, MAX_CHUNK, math.ceil(n_inputs / (workers * CHUNKS_PER_WORKER))))


def pool_context(preload: Sequence[str] = ()) -> multiprocessing.context.BaseContext:
    """How worker processes start. Not fork: the flow's process runs Prefect's threads (its API client's event
    loop, the events and log workers), and fork() copies their locks in whatever state they are, so a worker
    could deadlock on its first log call or HTTP request (Python 3.12 warns about exactly this). forkserver
    forks each worker from a small server process that has no threads and has imported PRELOAD (and `preload`:
    the module of the process function) once, so a worker starts in milliseconds; spawn (a fresh interpreter
    per worker) where forkserver does not exist."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        # effective until the server starts (once per process), then ignored: a module left out is imported by
        # each worker as it unpickles the process function instead
        ctx.set_forkserver_preload([*PRELOAD, *(m for m in preload if m not in PRELOAD)])
        return ctx
    return multiprocessing.get_context("spawn")


def with_archive(root_url: str | None, *rest: Any) -> tuple:
    """A `setup`: the dataset root's URL becomes its raw archive (made once per worker; a root the worker
    cannot use stops the run as WorkerUnusable, before any input is sent)."""
    return (RawArchive(Root(root_url)), *rest)


def path_failed(path: str, error_type: str, message: str) -> Outcome:
    """The default `failed`: the item is an input path."""
    name = safe_text(path)
    return Outcome(name, failure=failure_row(name, "parse", error_type, safe_text(message)))


# -- in the worker processes ----------------------------------------------------------------------

_worker: dict[str, Any] = {}


def _init_worker(process: Callable[..., list[Outcome]], setup: Callable[..., tuple] | None, args: tuple,
                 environ: dict[str, str], owner: int) -> None:
    """Once per worker process: the model and the process function's context (setup(*args), or args). An error
    is kept, not raised (an initializer that raises kills its process, which would look like a crash of the
    first sub-batch)."""
    threading.Thread(target=_exit_with, args=(owner,), name="readouts-owner-watch", daemon=True).start()
    # the forkserver's environment is the one of its start, maybe long ago: the worker takes the run's
    # (READOUTS_DATA, AWS_* credentials and endpoint, ...), as a forked or spawned process would
    os.environ.clear()
    os.environ.update(environ)
    try:
        from readouts.transform.syntax import load_model

        load_model()
        context = tuple(setup(*args)) if setup is not None else tuple(args)
        _worker.update(process=process, context=context, error=None)
    except Exception as e:  # noqa: BLE001 - reported by _ready as one line
        _worker["error"] = f"{type(e).__name__}: {e}"


def _exit_with(owner: int) -> None:
    """A worker whose flow process is gone (kill -9) exits: it would otherwise wait forever for work (it holds
    its own end of the task queue), and keep the forkserver alive with it."""
    while True:
        time.sleep(OWNER_POLL_S)
        try:
            os.kill(owner, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:  # a process of another user took the pid: the owner is gone all the same
            os._exit(1)


def _ready() -> int:
    if _worker.get("error"):
        raise WorkerUnusable(f"worker process cannot start: {_worker['error']}")
    return os.getpid()


def _work(items: list) -> list[Outcome]:
    _ready()
    return _worker["process"](items, *_worker["context"])


# -- in the flow's process ------------------------------------------------------------------------

@dataclass
class _Item:
    start: int  # index of its first input in the run: results are put back in input order
    inputs: list  # its inputs (paths, receipts, ...)
    alone: bool = False  # a suspect of a crash: runs with nothing else in flight


@dataclass
class _Run:
    """What one run collects, whichever pool (a crash restarts it) ran the sub-batch."""

    failed: FailedFn
    done: Callable[[int], None]
    results: dict[int, tuple[list[Outcome], int]]  # start -> (outcomes, inputs covered)
    # given: outcomes go to it in input order as soon as every earlier sub-batch is back (memory follows the
    # sub-batches in flight, not the run); else they are kept and returned at the end
    sink: Callable[[list[Outcome]], None] | None = None
    next_start: int = 0

    def keep(self, item: _Item, outcomes: list[Outcome], n: int) -> None:
        self.results[item.start] = (outcomes, len(item.inputs))
        if self.sink is not None:
            while self.next_start in self.results:
                ready, covered = self.results.pop(self.next_start)
                self.sink(ready)
                self.next_start += covered
        self.done(n)


def crashed(path: str, why: str) -> Outcome:
    return path_failed(path, "WorkerCrashed", why)


def process_in_pool(paths: list[str], root_url: str | None, published: Published | None = None, *,
                    workers: int, chunk: int, on_done: Callable[[int], None] | None = None,
                    process: ProcessFn = process_paths,
                    sink: Callable[[list[Outcome]], None] | None = None) -> list[Outcome]:
    """`process(paths, RawArchive(Root(root_url)), published)` over every input, in sub-batches of `chunk`
    inputs on `workers` processes; the outcomes in input order (given to `sink` as they come, when given: then
    the list returned is empty). on_done(n) after each finished sub-batch (n inputs accounted for). `process`
    must be importable by name (it is sent to the workers once)."""
    return run_in_pool(paths, process, (root_url, published), setup=with_archive, workers=workers, chunk=chunk,
                       on_done=on_done, sink=sink)


def run_in_pool(items: Sequence[Any], process: Callable[..., list[Outcome]], args: tuple = (), *, workers: int,
                chunk: int, setup: Callable[..., tuple] | None = None, failed: FailedFn = path_failed,
                on_done: Callable[[int], None] | None = None, preload: Sequence[str] = (),
                sink: Callable[[list[Outcome]], None] | None = None) -> list[Outcome]:
    """`process(sub_batch, *context)` over every item, in sub-batches of `chunk` items on `workers` processes;
    the outcomes in input order. The context is `setup(*args)` (or `args`), made once in each worker. Items
    and `args` must pickle; `process` and `setup` must be importable by name (they are sent to the workers
    once); `preload` names modules the forkserver imports before it forks a worker (the process function's).
    An item whose worker dies while it runs alone, or that raises, becomes `failed(item, error_type, message)`.
    on_done(n) after each finished sub-batch (n items accounted for). sink: see process_in_pool."""
    todo = deque(_Item(i, list(items[i:i + chunk])) for i in range(0, len(items), chunk))
    run = _Run(failed, on_done or (lambda n: None), {}, sink)
    while todo:
        initargs = (process, setup, args, dict(os.environ), os.getpid())
        in_flight = _run_pool(todo, run, workers, initargs, preload)
        if in_flight:  # a worker died: find the input that kills it, keep the rest
            todo.extendleft(reversed(_suspects(in_flight, run)))
    return [o for start in sorted(run.results) for o in run.results[start][0]]


def _run_pool(todo: deque[_Item], run: _Run, workers: int, initargs: tuple, preload: Sequence[str]) -> list[_Item]:
    """Run items from `todo` on one pool until todo is empty ([]) or the pool breaks (the items in flight)."""
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=pool_context(preload), initializer=_init_worker,
                               initargs=initargs)
    try:
        _start(pool, workers)
        running: dict[Future, _Item] = {}
        while todo or running:
            # an item under suspicion runs alone; the others keep every worker busy, and no more (a crash can
            # only have been caused by what is in flight)
            while todo and len(running) < workers and not any(it.alone for it in running.values()) \
                    and not (running and todo[0].alone):
                item = todo.popleft()
                running[pool.submit(_work, item.inputs)] = item
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            if any(isinstance(f.exception(), BrokenProcessPool) for f in finished):
                wait(running)  # the pool fails what is left at once; what finished before the crash is kept
                finished = set(running)
            broken = [f for f in finished if isinstance(f.exception(), BrokenProcessPool)]
            for fut in finished - set(broken):
                _collect(fut, running.pop(fut), todo, run)
            if broken:
                return [running[f] for f in broken]
        return []
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _collect(fut: Future, item: _Item, todo: deque[_Item], run: _Run) -> None:
    """A finished sub-batch: its outcomes; an error (not a crash) names its sub-batch, which is split to
    find the input that raised it."""
    error = fut.exception()
    if isinstance(error, WorkerUnusable):
        raise error
    if error is None:
        run.keep(item, fut.result(), len(item.inputs))
    elif len(item.inputs) > 1:
        todo.extendleft(reversed([_Item(item.start + k, [x]) for k, x in enumerate(item.inputs)]))
    else:
        run.keep(item, [_raised(item.inputs[0], error, run.failed)], 1)


def _start(pool: ProcessPoolExecutor, workers: int) -> None:
    """Start every worker (in parallel) and check that it could initialise, before any input is sent: a pool
    that breaks here is broken for every input, not because of one."""
    probes = [pool.submit(_ready) for _ in range(workers)]
    try:
        for p in probes:
            p.result()
    except BrokenProcessPool as e:
        raise WorkerUnusable(f"worker processes die as they start ({e})") from None


def _suspects(in_flight: list[_Item], run: _Run) -> list[_Item]:
    """The items in flight when a worker died, narrowed down: a sub-batch is run again one input at a time,
    an input that was in flight with others is run alone, and an input whose process died while it ran alone
    is the culprit: a failure row."""
    if len(in_flight) == 1 and len(in_flight[0].inputs) == 1:
        item = in_flight[0]
        run.keep(item, [run.failed(item.inputs[0], "WorkerCrashed", "the worker process died while processing this "
                                   "input alone (a crash or a kill, e.g. out of memory); it was not processed")], 1)
        return []
    again: list[_Item] = []
    for item in sorted(in_flight, key=lambda it: it.start):
        if len(item.inputs) > 1:
            again.extend(_Item(item.start + k, [x]) for k, x in enumerate(item.inputs))
        else:
            again.append(_Item(item.start, item.inputs, alone=True))
    return again


def _raised(item: Any, error: BaseException, failed: FailedFn) -> Outcome:
    message = (str(error).splitlines() or [type(error).__name__])[0][:300]
    return failed(item, type(error).__name__, f"the worker raised an error for this input: {message}")
