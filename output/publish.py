"""Turn one run's outcomes into the next published version (under the root's writer lock)."""
from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from dataclasses import dataclass, field

from filelock import FileLock

from readouts.inputs import failure_row
from readouts.output.card import quality_for, release_files
from readouts.output.raw import RawArchive, Receipt
from readouts.output.release import ReleaseInput, build_release
from readouts.output.schema import SCHEMA_VERSION
from readouts.output.storage import Root
from readouts.output.versions import Versions
from readouts.transform.syntax import model_info

LOCK_TIMEOUT_S = 600


@dataclass
class RunSummary:
    version: str
    previous: str | None
    root: str
    documents_total: int
    processed: int
    failures: int
    new: int
    changed: int
    unchanged: int
    unresolved_names: list[str] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)  # "name (meeting title)" of this run's unplaced rows
    failed_inputs: list[dict] = field(default_factory=list)
    extra: dict = field(default_factory=dict)


@contextlib.contextmanager
def writer_lock(root: Root):
    """Serialise read-previous/merge/publish on one root. On a local disk this is a file lock.

    The lock is an OS lock (fcntl/flock via filelock) on `<root>/.readouts.lock`: the kernel
    releases it when the holder dies, even by kill -9, so a crashed run never blocks the next one.
    Without it two runs could both read the same LATEST and the second publish would drop the
    first run's documents (a lost update). It works on local disks; it is not reliable on NFS/SMB.

    Object stores have no portable lock: run one writer per root there (e.g. one scheduled
    deployment with a concurrency limit of 1, or a Prefect global concurrency limit named after
    the root); LATEST is still only moved after a full write, and each version is complete, so a
    second concurrent writer can lose an update but never corrupt a version.
    """
    if root.is_local:
        os.makedirs(root.path, exist_ok=True)
        with FileLock(os.path.join(root.path, ".readouts.lock"), timeout=LOCK_TIMEOUT_S):
            yield
    else:
        yield


def collect(outcomes, extra_failures: Sequence[dict] = ()) -> tuple[ReleaseInput, list[Receipt]]:
    run = ReleaseInput()
    receipts: list[Receipt] = []
    seen: dict[str, str] = {}
    for o in outcomes:
        run.attempted_inputs.add(o.input)
        if o.receipt is not None:
            receipts.append(o.receipt)
        if o.failure is not None:
            run.failures.append(o.failure)
            continue
        doc_id = o.records.document["doc_id"]
        if doc_id in seen:  # the same page twice in one run (a copy, or the same URL in two WARCs)
            run.failures.append(failure_row(o.input, "extract", "Duplicate",
                                            f"same document as {seen[doc_id]} (doc_id {doc_id}); kept that one",
                                            o.records.document["content_sha256"]))
            continue
        seen[doc_id] = o.input
        run.add(o.records.as_tables())
    for f in extra_failures:
        run.attempted_inputs.add(f["input"])
        run.failures.append(f)
    return run, receipts


def publish_run(root_url: str | None, run_id: str, outcomes, extra_failures: Sequence[dict] = (), *,
                parser_version: str, manifest_extra: dict | None = None, runs: Sequence[dict] = (),
                removed: dict | None = None, from_scratch: bool = False, write_index: bool = True,
                attempted=()) -> RunSummary:
    """Publish the next version. from_scratch (rebuild) starts from an empty dataset instead of LATEST,
    keeping only the previous runs history; write_index=False when the bodies are already indexed.
    `attempted` names inputs this run tried beyond the outcomes (a WARC file, a listing page): an
    earlier failure of such an input is dropped unless it failed again."""
    root = Root(root_url)
    run, receipts = collect(outcomes, extra_failures)
    run.attempted_inputs.update(attempted)
    run.runs = [dict(r) for r in runs]
    run.removed = dict(removed or {})
    if write_index:
        RawArchive(root).write_index(run_id, receipts)
    versions = Versions(root)
    with writer_lock(root):
        versions.clean_staging()
        previous = versions.latest()
        # checksums verified: a corrupted LATEST stops the run instead of spreading into the next version
        if from_scratch:  # only the runs history is carried over: only it must be intact
            runs_prev = versions.read_table(previous, "runs", verify=True) if previous else None
            prev_tables = versions.read_all(None)
            if runs_prev is not None:
                prev_tables["runs"] = runs_prev
        else:
            prev_tables = versions.read_all(previous, verify=True)
        release = build_release(prev_tables, run)
        # the NLP model beside the parser version: a change of either means documents are processed again
        model = model_info()

        before: dict | None = prev_tables
        if from_scratch and previous:  # a rebuild is compared with the version it replaces, when it reads
            try:
                before = {"documents": versions.read_table(previous, "documents")}
            except Exception:  # noqa: BLE001 - a rebuild exists to get past a damaged version
                before = None

        def notes(vid: str, tables: dict) -> dict[str, bytes]:
            return release_files(vid, tables, before, previous,
                                 parser_version=parser_version, schema_version=SCHEMA_VERSION, model=model,
                                 quality=quality_for(parser_version))

        vid = versions.publish(release.tables, parser_version=parser_version, previous=previous,
                               extra={"run_id": run_id, "model": model, **(manifest_extra or {})}, release_notes=notes)
    return RunSummary(
        version=vid, previous=previous, root=root.url,
        documents_total=release.tables["documents"].num_rows,
        processed=len(run.tables["documents"]), failures=len(run.failures),
        new=release.new_docs, changed=release.changed_docs, unchanged=release.unchanged_docs,
        unresolved_names=release.unresolved, failed_inputs=run.failures,
        unplaced=[r["name"] for r in run.tables.get("unplaced", [])],
    )
