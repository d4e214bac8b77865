"""Prefect flows: `ingest` (many local files, in batches) and `process_document` (one input).

Flows stay thin: the work is in flows.core (plain functions). Tasks get batches of paths, never one
task per document, and large hand-offs are wrapped in quote() so Prefect does not walk them.

Where the batch work runs (`ingest(..., workers=...)`, `ingest_flow(dask_address)`):
  * locally, on every core: one `process-in-pool` task runs a pool of worker processes started once per run
    (flows/parallel.py; a process runner would cost 60-90 ms and an embedded server per worker);
  * `workers=1`, or too few inputs to pay for starting workers: `process-batch` tasks in this process;
  * on a Dask cluster (flows/runners.py): `process-batch` tasks submitted to the cluster with `.map`.
Every path gives the same outcomes in input order, so the same tables.
"""
from __future__ import annotations

import os
from typing import cast

from readouts.flows.settings import apply_defaults

apply_defaults()

from prefect import flow, get_run_logger, task, unmapped  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.context import FlowRunContext  # noqa: E402
from prefect.futures import as_completed  # noqa: E402
from prefect.utilities.annotations import quote  # noqa: E402

from readouts.clock import now_utc  # noqa: E402
from readouts.flows import parallel, progress  # noqa: E402
from readouts.flows.core import discover, no_inputs_message, process_paths, published_in, split_unchanged  # noqa: E402
from readouts.flows.runners import is_local  # noqa: E402
from readouts.inputs import NoInputs, Outcome, failure_row, safe_text  # noqa: E402
from readouts.output.publish import Collector, RunSummary, publish_run  # noqa: E402
from readouts.output.raw import RawArchive  # noqa: E402
from readouts.output.storage import Root, resolve_root  # noqa: E402
from readouts.output.versions import new_version_id  # noqa: E402
from readouts.transform.pipeline import PARSER_VERSION  # noqa: E402
from readouts.transform.syntax import installed_model  # noqa: E402

DEFAULT_BATCH = 200


def batches(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


@task(name="process-batch", cache_policy=NO_CACHE, persist_result=False, retries=0)
def process_batch(paths: list[str], root_url: str | None) -> list[Outcome]:
    """Read, archive, extract and transform a batch of local files (in the flow's process or on a Dask worker;
    the flow advances the progress when the batch is back)."""
    return process_paths(paths, RawArchive(Root(root_url)), published_in(root_url))


@task(name="process-in-pool", cache_policy=NO_CACHE, persist_result=False, retries=0)
def process_in_pool(paths: list[str], root_url: str | None, workers: int, batch_size: int) -> Collector:
    """Every input through `workers` worker processes started for this run (flows/parallel.py), collected as
    the sub-batches come back; the progress advances per finished sub-batch."""
    installed_model()  # a missing or wrong model stops the run here, in one line, before any worker starts
    collected = Collector()
    parallel.process_in_pool(paths, root_url, published_in(root_url), workers=workers,
                             chunk=parallel.chunk_size(len(paths), workers, batch_size),
                             on_done=lambda n: progress.advance(n, "files"), sink=collected.add)
    return collected


@task(name="publish-version", cache_policy=NO_CACHE, persist_result=False)
def publish_version(collected: Collector, skipped: list[dict], root_url: str | None, run_id: str,
                    attempted: list[str], started_at=None) -> RunSummary:
    failed = len(skipped) + collected.failed
    finished = now_utc()
    row = {"run_id": run_id, "kind": "ingest", "source": "local", "started_at": started_at or finished,
           "finished_at": finished, "pages_requested": 0, "new": None, "changed": None, "unchanged": None,
           "failed": failed, "removed": None, "status": "ok", "message": f"{len(attempted)} input files",
           "last_success_at": finished}
    return publish_run(root_url, run_id, collected, skipped, parser_version=PARSER_VERSION, attempted=attempted,
                       runs=[row], skip_if_unchanged=True)


@flow(name="ingest", log_prints=False)
def ingest(paths: list[str], data: str | None = None, batch_size: int = DEFAULT_BATCH,
           workers: int | None = None) -> RunSummary:
    """Ingest local HTML and WARC files (and folders of them) into a new version.

    workers: processes for the local batch work (default one per core; 1: in this process). On a task
    runner that is not local (`ingest_flow(dask_address)`), batches of batch_size inputs are its tasks."""
    log = get_run_logger()
    started_at = now_utc()
    found, skipped = discover(paths)
    if not found:  # an empty or mistyped folder: fail the run, never publish an empty version
        raise NoInputs(no_inputs_message(paths))
    progress.expect(len(found))
    log.info("ingest: %d input files, %d skipped, batches of %d", len(found), len(skipped), batch_size)
    run_id = new_version_id()
    collected = process_all(found, data, batch_size, workers)
    summary = publish_version(quote(collected), skipped, data, run_id, quote(found), started_at)
    if not summary.published:
        log.info("nothing changed; LATEST stays at %s", summary.version)
        return summary
    log.info("published %s: %d documents, %d failures", summary.version, summary.documents_total, summary.failures)
    if summary.unplaced:
        log.info("people named without a role, to review (unplaced table): %s", ", ".join(summary.unplaced))
    if summary.unresolved_names:
        log.info("unresolved names (no person_id given): %s", ", ".join(summary.unresolved_names))
    return summary


def process_all(found: list[str], data: str | None, batch_size: int, workers: int | None) -> Collector:
    """Every input's outcomes, collected batch by batch in input order (output.publish.Collector: memory follows
    a batch): on the flow's task runner when it is not local (Dask), else in a process pool, else batch by
    batch in this process."""
    ctx = FlowRunContext.get()
    if ctx is not None and ctx.task_runner is not None and not is_local(ctx.task_runner):
        return on_task_runner(found, data, batch_size)
    # files already published are known here, before any worker process or the NLP model starts
    todo, known = split_unchanged(found, published_in(data))
    if known:
        get_run_logger().info("ingest: %d input files already published (same bytes, parser and model)", len(known))
        progress.advance(len(known), "files")
    n = parallel.plan_workers(workers, len(todo))
    if n > 1:
        get_run_logger().info("ingest: %d worker processes", n)
        collected = process_in_pool(cast("list[str]", quote(todo)), data, n, batch_size)  # quote: not walked by Prefect
    else:
        collected = Collector()
        for batch in batches(todo, batch_size):
            collected.add(process_batch(batch, data))
            progress.advance(len(batch), "files")
    collected.add(known)
    return collected


def on_task_runner(found: list[str], data: str | None, batch_size: int) -> Collector:
    """The batches as tasks of the flow's task runner (a Dask cluster's workers), collected in input order as
    they finish. The workers get the root as an absolute path or URL (their working directory is not this one's)."""
    parts = batches(found, batch_size)
    root = resolve_root(data)
    if "://" not in root:
        root = os.path.abspath(root)
    futures = process_batch.map(parts, unmapped(root))
    index = {f.task_run_id: i for i, f in enumerate(futures)}
    results: dict[int, list[Outcome]] = {}
    collected, next_i = Collector(), 0
    for fut in as_completed(list(futures)):
        i = index[fut.task_run_id]
        try:
            results[i] = fut.result()
        except Exception as e:  # noqa: BLE001 - the task failed or its worker died (KilledWorker): no input is lost
            results[i] = batch_failed(parts[i], e)
        progress.advance(len(parts[i]), "files")
        while next_i in results:  # in input order, as soon as every earlier batch is back
            collected.add(results.pop(next_i))
            next_i += 1
    return collected


def batch_failed(paths: list[str], error: BaseException) -> list[Outcome]:
    """A failure row for every input of a batch that did not come back."""
    why = safe_text((str(error).splitlines() or [""])[0][:300])
    message = f"its batch of {len(paths)} inputs failed on the task runner and was not processed: {type(error).__name__}: {why}"
    return [Outcome(safe_text(p), failure=failure_row(safe_text(p), "parse", type(error).__name__, message)) for p in paths]


def ingest_flow(dask_address: str | None = None):
    """The `ingest` flow to call: as it is (local), or on the Dask cluster whose scheduler is at dask_address
    (prefect-dask's DaskTaskRunner; flows/runners.py says what the cluster's workers need)."""
    if not dask_address:
        return ingest
    from readouts.flows.runners import dask_task_runner

    return ingest.with_options(task_runner=dask_task_runner(dask_address))


@flow(name="process-document")
def process_document(path: str, data: str | None = None) -> RunSummary:
    """One local file through the same steps as `ingest`, published as a new version."""
    return ingest.fn([path], data=data, batch_size=1, workers=1)
