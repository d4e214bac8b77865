"""Prefect flows: `ingest` (many local files, in batches) and `process_document` (one input).

Flows stay thin: the work is in flows.core (plain functions). Tasks get batches of paths, never one
task per document, and large hand-offs are wrapped in quote() so Prefect does not walk them.
"""
from __future__ import annotations

from readouts.flows.settings import apply_defaults

apply_defaults()

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.utilities.annotations import quote  # noqa: E402

from readouts.clock import now_utc  # noqa: E402
from readouts.flows import progress  # noqa: E402
from readouts.flows.core import discover, no_inputs_message, process_paths, published_in  # noqa: E402
from readouts.inputs import NoInputs  # noqa: E402
from readouts.output.publish import RunSummary, publish_run  # noqa: E402
from readouts.output.raw import RawArchive  # noqa: E402
from readouts.output.storage import Root  # noqa: E402
from readouts.output.versions import new_version_id  # noqa: E402
from readouts.transform.pipeline import PARSER_VERSION  # noqa: E402

DEFAULT_BATCH = 200


def batches(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


@task(name="process-batch", cache_policy=NO_CACHE, persist_result=False, retries=0)
def process_batch(paths: list[str], root_url: str | None):
    """Read, archive, extract and transform a batch of local files."""
    outcomes = process_paths(paths, RawArchive(Root(root_url)), published_in(root_url))
    progress.advance(len(paths), "files")
    return outcomes


@task(name="publish-version", cache_policy=NO_CACHE, persist_result=False)
def publish_version(outcomes, skipped: list[dict], root_url: str | None, run_id: str, attempted: list[str],
                    started_at=None) -> RunSummary:
    failed = len(skipped) + sum(1 for o in outcomes if o.failure is not None)
    finished = now_utc()
    row = {"run_id": run_id, "kind": "ingest", "source": "local", "started_at": started_at or finished,
           "finished_at": finished, "pages_requested": 0, "new": None, "changed": None, "unchanged": None,
           "failed": failed, "removed": None, "status": "ok", "message": f"{len(attempted)} input files",
           "last_success_at": finished}
    return publish_run(root_url, run_id, outcomes, skipped, parser_version=PARSER_VERSION, attempted=attempted,
                       runs=[row], skip_if_unchanged=True)


@flow(name="ingest", log_prints=False)
def ingest(paths: list[str], data: str | None = None, batch_size: int = DEFAULT_BATCH) -> RunSummary:
    """Ingest local HTML and WARC files (and folders of them) into a new version."""
    log = get_run_logger()
    started_at = now_utc()
    found, skipped = discover(paths)
    if not found:  # an empty or mistyped folder: fail the run, never publish an empty version
        raise NoInputs(no_inputs_message(paths))
    progress.expect(len(found))
    log.info("ingest: %d input files, %d skipped, batches of %d", len(found), len(skipped), batch_size)
    run_id = new_version_id()
    outcomes = []
    for batch in batches(found, batch_size):
        outcomes.extend(process_batch(batch, data))
    summary = publish_version(quote(outcomes), skipped, data, run_id, quote(found), started_at)
    if not summary.published:
        log.info("nothing changed; LATEST stays at %s", summary.version)
        return summary
    log.info("published %s: %d documents, %d failures", summary.version, summary.documents_total, summary.failures)
    if summary.unplaced:
        log.info("people named without a role, to review (unplaced table): %s", ", ".join(summary.unplaced))
    if summary.unresolved_names:
        log.info("unresolved names (no person_id given): %s", ", ".join(summary.unresolved_names))
    return summary


@flow(name="process-document")
def process_document(path: str, data: str | None = None) -> RunSummary:
    """One local file through the same steps as `ingest`, published as a new version."""
    return ingest.fn([path], data=data, batch_size=1)
