"""Turn one run's outcomes into the next published version (under the root's writer lock)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pyarrow as pa

from readouts.inputs import failure_row
from readouts.output.card import quality_for, release_files
from readouts.output.layout import table_rows
from readouts.output.lock import writer_lock
from readouts.output.merge import Merged, merge_and_write
from readouts.output.raw import RawArchive, Receipt
from readouts.output.release import ArticleId, ReleaseInput
from readouts.output.schema import SCHEMA_VERSION, TABLE_ORDER
from readouts.output.storage import Root
from readouts.output.upgrade import check_current_layout
from readouts.output.versions import Versions, Written
from readouts.transform.syntax import model_info


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
    runs: list[dict] = field(default_factory=list)  # the runs rows published, with the merge's counts
    published: bool = True  # False: nothing changed, LATEST stays at `version`


class Collector:
    """A run's outcomes, taken as they arrive (batch by batch): their rows join the run's Arrow tables and the
    outcomes themselves are not kept, so a run's memory follows a batch, not the number of inputs."""

    def __init__(self) -> None:
        self.run = ReleaseInput.spooled()
        self.receipts: list[Receipt] = []
        self.failed = 0  # inputs that went to failures (the run summary's count)
        self.outcomes = 0  # outcomes taken
        self._seen: dict[str, str] = {}  # doc_id -> the input that gave it first

    def add(self, outcomes) -> None:
        run = self.run
        for o in outcomes:
            self.outcomes += 1
            run.attempted_inputs.add(o.input)
            if getattr(o, "unchanged", False):  # already published from this input, same bytes, parser and model
                run.unchanged_inputs += 1  # its receipt is in the index of the run that published it: not listed
                continue                   # again, so a run's index (and what a run adds to the root) follows the change
            if o.receipt is not None:
                self.receipts.append(o.receipt)
            if o.failure is not None:
                run.failures.append(o.failure)
                self.failed += 1
                continue
            doc_id = o.records.document["doc_id"]
            if doc_id in self._seen:  # the same page twice in one run (a copy, or the same URL in two WARCs)
                run.failures.append(failure_row(o.input, "extract", "Duplicate",
                                                f"same document as {self._seen[doc_id]} (doc_id {doc_id}); kept that one",
                                                o.records.document["content_sha256"]))
                continue
            self._seen[doc_id] = o.input
            run.add(o.records.as_tables())


def collect(outcomes, extra_failures: Sequence[dict] = ()) -> tuple[ReleaseInput, list[Receipt]]:
    """The run's rows and failures, and the receipts of what it archived (`outcomes`: a Collector that took
    them as they came, or any iterable of outcomes)."""
    if isinstance(outcomes, Collector):
        c = outcomes
    else:
        c = Collector()
        c.add(outcomes)
    run = c.run
    run.flush()
    for f in extra_failures:
        run.attempted_inputs.add(f["input"])
        run.failures.append(f)
    return run, c.receipts


def _previous_outline(versions: Versions, previous: str | None) -> dict[str, pa.Table] | None:
    """What the release notes read of the previous version: its documents' ids, URLs and hashes, and its row
    counts (zero-column tables keep a row count). None when it does not read (a rebuild past a damaged one)."""
    if not previous:
        return None
    try:
        manifest = versions.manifest(previous)
        docs = versions.read_table(previous, "documents", manifest=manifest, columns=["doc_id", "url", "content_sha256"])
    except Exception:  # noqa: BLE001 - a rebuild exists to get past a damaged version
        return None
    out = {n: pa.table({"n": pa.nulls(table_rows(manifest, n))}).select([]) for n in TABLE_ORDER}
    out["documents"] = docs
    return out


def _nothing_to_merge(versions: Versions, previous: str, run: ReleaseInput) -> bool:
    """A run that brings no document, failure or removal, into a LATEST of this schema, changes nothing unless
    it tried again an input that failed before (that failure would go): known without reading LATEST's rows."""
    if run.tables["documents"].num_rows or run.failures or run.removed:
        return False
    if versions.manifest(previous).get("schema_version") != SCHEMA_VERSION:
        return False  # LATEST of an older schema: the next version upgrades it
    failed = versions.read_table(previous, "failures", columns=["input"])["input"].to_pylist()
    return not run.attempted_inputs.intersection(failed)


def publish_run(root_url: str | None, run_id: str, outcomes, extra_failures: Sequence[dict] = (), *,
                parser_version: str, manifest_extra: dict | None = None, runs: Sequence[dict] = (),
                removed: dict | None = None, from_scratch: bool = False, write_index: bool = True,
                attempted=(), article_id: ArticleId | None = None, skip_if_unchanged: bool = False) -> RunSummary:
    """Publish the next version. from_scratch (rebuild) starts from an empty dataset instead of LATEST,
    keeping only the previous runs history (and its documents' identities: a moved readout keeps its doc_id);
    write_index=False when the bodies are already indexed.
    `attempted` names inputs this run tried beyond the outcomes (a WARC file, a listing page): an
    earlier failure of such an input is dropped unless it failed again. skip_if_unchanged (ingest): when the
    run changes no table but `runs`, nothing is published and LATEST stays. `article_id` gives a document's
    article id on its site (the crawl's sources), so a page moved to a new URL continues its document."""
    root = Root(root_url)
    root.check_writable()
    run, receipts = collect(outcomes, extra_failures)
    run.attempted_inputs.update(attempted)
    run.runs = [dict(r) for r in runs]
    run.removed = dict(removed or {})
    run.article_id = article_id
    if write_index:
        RawArchive(root).write_index(run_id, receipts)
    versions = Versions(root)
    with writer_lock(root) as lock:
        versions.clean_staging()
        previous = versions.latest()
        if not from_scratch:  # a rebuild writes every row again; a merge into the older layout needs `upgrade`
            check_current_layout(versions, previous)
        if skip_if_unchanged and previous and not from_scratch and _nothing_to_merge(versions, previous, run):
            return RunSummary(version=previous, previous=previous, root=root.url, published=False,
                              documents_total=table_rows(versions.manifest(previous), "documents"), processed=0,
                              failures=0, new=0, changed=0, unchanged=run.unchanged_inputs)
        # the NLP model beside the parser version: a change of either means documents are processed again
        model = model_info()
        before = _previous_outline(versions, previous)
        merged: list[Merged] = []

        def write(staging: str) -> Written:
            merged.append(merge_and_write(
                versions, staging, previous, run, from_scratch=from_scratch,
                compare=bool(skip_if_unchanged and previous and not from_scratch),
                text_withheld=(manifest_extra or {}).get("text_withheld") is True))
            return merged[0].written

        def notes(vid: str) -> dict[str, bytes]:
            return release_files(vid, merged[0].outline, before, previous,
                                 parser_version=parser_version, schema_version=SCHEMA_VERSION, model=model,
                                 quality=quality_for(parser_version))

        try:
            vid = versions.publish_with(write, parser_version=parser_version, previous=previous,
                                        extra={"run_id": run_id, "model": model, **(manifest_extra or {})},
                                        release_notes=notes, before_latest=lock.confirm)
        finally:
            if run.spool is not None:
                run.spool.close()
        release = merged[0]
        if vid is None:  # the version would hold the previous one's rows
            return RunSummary(version=str(previous), previous=previous, root=root.url, published=False,
                              documents_total=release.documents_total, processed=0, failures=0,
                              new=0, changed=0, unchanged=release.unchanged)
    return RunSummary(
        version=vid, previous=previous, root=root.url,
        documents_total=release.documents_total,
        processed=run.tables["documents"].num_rows, failures=len(run.failures),
        new=release.new, changed=release.changed, unchanged=release.unchanged,
        unresolved_names=release.unresolved, failed_inputs=run.failures,
        unplaced=run.tables["unplaced"]["name"].to_pylist(), runs=release.runs,
    )
