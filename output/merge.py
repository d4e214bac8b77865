"""Merge a run into the previous version and write the next version one bucket at a time.

What spans the whole dataset is decided on light columns only: which earlier document an incoming page
continues (`release.resolve_identities`, on the documents' identity columns), new / changed / unchanged, and
the persons pass (`persons_pass`, on names, kinds, titles, dates and chairs). The rows are merged per bucket
(output/layout.py): bucket b of the per-document tables is the previous version's part (or parts, when the
number of buckets changed) less the documents the run replaces, plus the run's rows of that bucket
(output/spool.py); its person ids are filled, it is checked (keys, references, offsets) and written, or shared
with the previous version when its rows did not change. Memory follows one bucket and the light columns, not
the dataset.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc

from readouts.ids import stable_id
from readouts.output.checks import check_tables
from readouts.output.layout import DOC_ROWS_PER_PART, bits_for, is_parts, iter_parts, part_name, sort_rows, table_files
from readouts.output.persons_pass import PersonsPass, person_ids, persons_pass
from readouts.output.release import (
    NARROW,
    ReleaseInput,
    classify,
    failures_after,
    fill_runs,
    mark_removed,
    per_source,
    removals,
    rename_documents,
    resolve_identities,
    set_column,
    without,
)
from readouts.output.schema import CHILD_TABLES, SCHEMA_VERSION, TABLE_ORDER, TABLES, conform, empty_table, to_arrow
from readouts.output.spool import bucket_keys, hash16
from readouts.output.versions import PartWriter, VersionError, Versions, Written

PER_DOC = ("documents", "meetings", *CHILD_TABLES)
ROLES = ("speakers", "attendees", "mentions", "unplaced")


@dataclass
class Merged:
    written: Written
    new: int
    changed: int
    unchanged: int
    documents_total: int
    unresolved: list[str]
    runs: list[dict]
    outline: dict[str, pa.Table]  # what the release notes read: documents' ids, URLs, hashes, sources; row counts
    rows: dict[str, int] = field(default_factory=dict)


def _bits_of(manifest: dict | None) -> int | None:
    """The number of bucket bits of a version's per-document tables (None: no version, or one file per table)."""
    if not manifest or not is_parts(manifest):
        return None
    fnames = table_files(manifest, "documents")
    return int(fnames[0].split("/part-")[1].split("-")[0]) if fnames else 0


class _Previous:
    """The previous version's per-document parts, read bucket by bucket (checksums verified)."""

    def __init__(self, versions: Versions, vid: str | None, manifest: dict | None):
        self.versions, self.vid, self.manifest = versions, vid, manifest
        self.bits = _bits_of(manifest) if vid else None

    def bucket(self, name: str, bits: int, b: int) -> tuple[pa.Table, pa.Table | None]:
        """(rows of bucket b at `bits`, the part file's rows as written when that part has the same name)."""
        if self.vid is None or self.bits is None or self.manifest is None:
            return empty_table(name), None
        pb = self.bits
        if pb == bits:
            names = [part_name(name, bits, b)]
        elif pb < bits:
            names = [part_name(name, pb, b >> (bits - pb))]
        else:
            names = [part_name(name, pb, x) for x in range(b << (pb - bits), (b + 1) << (pb - bits))]
        files = self.manifest["files"]
        tables = [conform(name, self.versions.read_part(self.vid, f, self.manifest, verify=True))
                  for f in names if f in files]
        if not tables:
            return empty_table(name), None
        rows = tables[0] if len(tables) == 1 else pa.concat_tables(tables)
        if pb < bits and rows.num_rows:
            rows = rows.filter(pc.equal(pc.shift_right(hash16(bucket_keys(name, rows)), 16 - bits), b))
        return rows, (tables[0] if pb == bits else None)


def _light(versions: Versions, vid: str | None, name: str, verify: bool) -> pa.Table:
    columns = NARROW[name]
    if vid is None:
        return empty_table(name).select(columns)
    return conform(name, versions.read_table(vid, name, columns=columns, verify=verify), columns)


@dataclass
class _Plan:
    """What the merge decided on light columns before any row is read."""
    carried: str | None  # the version whose rows carry over (None: a first version or a rebuild)
    kept: pa.Table  # light columns of the earlier documents kept
    new_docs: dict[str, dict]  # the run's documents (final doc_id -> light row)
    status: dict[str, str]  # doc_id -> new | changed | unchanged
    renamed: dict[str, str]
    dropped: set[str]
    marks: dict[str, object]  # earlier documents marked removed by this run
    removed_now: Counter
    bits: int

    @property
    def counts(self) -> tuple[int, int, int]:
        """(new, changed, unchanged) documents among the run's."""
        n_new = sum(1 for x in self.status.values() if x == "new")
        n_same = sum(1 for x in self.status.values() if x == "unchanged")
        return n_new, len(self.new_docs) - n_new - n_same, n_same


def _plan(versions: Versions, previous: str | None, run: ReleaseInput, from_scratch: bool) -> _Plan:
    carried = None if from_scratch else previous
    light = _light(versions, carried, "documents", verify=True)
    pool = light
    if from_scratch and previous:  # a rebuild keeps the identities of the documents of the version it replaces
        try:
            pool = _light(versions, previous, "documents", verify=False)
        except Exception:  # noqa: BLE001 - a rebuild exists to get past a damaged version
            pool = light
    renamed, dropped = resolve_identities(pool, run)
    new_docs = {r["doc_id"]: r for r in run.tables["documents"].to_pylist()}
    status = classify(new_docs, light)
    kept = without(light, "doc_id", set(new_docs))
    marks, removed_now = removals(kept, run.removed)
    bits = bits_for(kept.num_rows + len(new_docs), DOC_ROWS_PER_PART)
    return _Plan(carried, kept, new_docs, status, renamed, dropped, marks, removed_now, bits)


def _persons(versions: Versions, plan: _Plan, run: ReleaseInput) -> tuple[PersonsPass, set[str], pa.Table]:
    """The persons pass over every row the version will hold (names, kinds, titles: light columns), the
    earlier meetings the run replaces, and every meeting's date (for the dataset card)."""
    narrow = {name: _light(versions, plan.carried, name, verify=False) for name in PER_DOC if name != "documents"}
    replaced_meetings = {m for m, d in zip(narrow["meetings"]["meeting_id"].to_pylist(),
                                           narrow["meetings"]["doc_id"].to_pylist()) if d in plan.new_docs}
    narrow["meetings"] = without(narrow["meetings"], "doc_id", set(plan.new_docs))
    for name in CHILD_TABLES:
        narrow[name] = without(narrow[name], "meeting_id", replaced_meetings)
    every = {name: pa.concat_tables([narrow.pop(name), run.tables[name]]) for name in PER_DOC if name != "documents"}
    found = persons_pass(every["meetings"], {n: every[n] for n in ROLES}, every["directives"], with_ids=False)
    return found, replaced_meetings, every["meetings"].select(["meeting_date"])


def merge_and_write(versions: Versions, staging: str, previous: str | None, run: ReleaseInput, *,
                    from_scratch: bool, compare: bool, text_withheld: bool = False) -> Merged:
    """Merge `run` (a spooled ReleaseInput) into `previous` (from_scratch: into an empty dataset, keeping the
    previous runs history and document identities) and write the version's parts into `staging`.
    compare: find whether the version would hold the previous one's rows (`Written.same`)."""
    manifest = versions.manifest(previous) if previous else None
    plan = _plan(versions, previous, run, from_scratch)
    n_new, n_changed, n_same = plan.counts
    found, replaced_meetings, dates = _persons(versions, plan, run)
    after_docs = pa.concat_tables([plan.kept.select(_OUTLINE_DOCS), run.tables["documents"].select(_OUTLINE_DOCS)])
    outline = {"documents": after_docs, "meetings": dates}
    # only a previous version of this schema lends its parts (one of an older schema is written anew: upgraded)
    same_schema = manifest is not None and is_parts(manifest) and manifest.get("schema_version") == SCHEMA_VERSION
    writer = PartWriter(versions, staging, previous, manifest["files"] if manifest is not None and same_schema else {})
    buckets = _Buckets(plan, _Previous(versions, plan.carried, manifest), _RunRows(run, plan), replaced_meetings,
                       found, text_withheld)
    unchanged = compare and n_new == 0 and n_changed == 0 and not plan.removed_now
    for b in range(2 ** plan.bits):
        unchanged = buckets.write(b, writer) and unchanged
    for name in PER_DOC:
        if not writer.names.get(name):  # an empty table is one empty part, as layout.iter_parts writes it
            writer.put(name, part_name(name, 0, 0), empty_table(name))

    failures = _failures(versions, plan, run, set(after_docs["input"].to_pylist()), manifest)
    fill_runs(run.runs, {"new": n_new, "changed": n_changed, "unchanged": n_same + run.unchanged_inputs},
              per_source(plan.new_docs, plan.status), plan.removed_now)
    runs_prev = versions.read_table(previous, "runs", verify=True, manifest=manifest) if previous else empty_table("runs")
    whole = {"persons": found.persons, "failures": failures,
             "runs": pa.concat_tables([conform("runs", runs_prev), to_arrow("runs", run.runs)])}
    problems = check_tables(whole)
    if problems:
        raise VersionError("version not published, its tables are inconsistent: " + "; ".join(problems[:5]))
    for name, table in whole.items():
        for fname, t in iter_parts(name, table, after_docs.num_rows):
            writer.put(name, fname, t)

    same = unchanged and _same_names(writer, manifest) and _same_rows(versions, previous, manifest, found.persons, failures)
    for name in TABLE_ORDER:
        if name not in outline:
            outline[name] = pa.table({"n": pa.nulls(writer.rows.get(name, 0))}).select([])
    return Merged(writer.result(same), n_new, n_changed, n_same + run.unchanged_inputs, after_docs.num_rows,
                  found.unresolved, run.runs, outline, dict(writer.rows))


def _failures(versions: Versions, plan: _Plan, run: ReleaseInput, in_docs: set[str], manifest: dict | None) -> pa.Table:
    earlier = versions.read_table(plan.carried, "failures", verify=True, manifest=manifest) if plan.carried \
        else empty_table("failures")
    return failures_after(earlier, run, in_docs)


class _Buckets:
    """One bucket of every per-document table: the earlier rows kept, the run's rows, person ids, checks."""

    def __init__(self, plan: _Plan, prev: _Previous, run_rows: _RunRows, replaced_meetings: set[str],
                 found: PersonsPass, text_withheld: bool):
        self.plan, self.prev, self.run_rows, self.replaced_meetings = plan, prev, run_rows, replaced_meetings
        self.persons, self.conflicts, self.text_withheld = found.persons, found.conflicts, text_withheld

    def write(self, b: int, writer: PartWriter) -> bool:
        """Write (or share) bucket b's parts; True when each is the previous version's part unchanged."""
        bits, replaced = self.plan.bits, set(self.plan.new_docs)
        part: dict[str, pa.Table] = {}
        raws: dict[str, pa.Table | None] = {}
        for name in PER_DOC:
            old, raws[name] = self.prev.bucket(name, bits, b)
            if name == "documents":
                old = mark_removed(without(old, "doc_id", replaced), self.plan.marks)
            elif name == "meetings":
                old = without(old, "doc_id", replaced)
            else:
                old = without(old, "meeting_id", self.replaced_meetings)
            part[name] = pa.concat_tables([old, self.run_rows.bucket(name, b)])
        ids = person_ids({n: part[n] for n in ROLES}, part["directives"], self.conflicts, self.persons["person_id"])
        for name in PER_DOC:
            t = part[name]
            if name in CHILD_TABLES:
                i = t.schema.get_field_index("speaker_person_id" if name == "directives" else "person_id")
                t = t.set_column(i, t.schema.field(i), ids[name].cast(t.schema.field(i).type))
            part[name] = sort_rows(name, t)
        problems = check_tables({**part, "persons": self.persons}, text_withheld=self.text_withheld)
        if problems:
            raise VersionError(f"version not published, bucket {b} of its tables is inconsistent: " + "; ".join(problems[:5]))
        same = True
        for name in PER_DOC:
            if bits == 0 or part[name].num_rows:
                same = writer.put(name, part_name(name, bits, b), part[name], raws[name]) and same
        return same


_OUTLINE_DOCS = ["doc_id", "input", "url", "source", "content_sha256"]


class _RunRows:
    """The run's rows of one bucket, from its spool, as the identity decisions left them: dropped duplicates
    left out, documents that continue an earlier one renamed (their rows move to that one's bucket), and each
    document's URL history and removal mark as the merge decided them."""

    def __init__(self, run: ReleaseInput, plan: _Plan):
        assert run.spool is not None
        renamed = plan.renamed
        self.spool, self.bits, self.final = run.spool, plan.bits, plan.new_docs
        self.skip_docs = set(renamed) | plan.dropped
        self.skip_meetings = {stable_id("meeting", d) for d in self.skip_docs}
        self.moved: dict[str, pa.Table] = {}
        if renamed:  # few: a page found at a new URL
            olds = [stable_id("meeting", d) for d in renamed]
            rows: dict[str, pa.Table] = {}
            for name in PER_DOC:
                found = [self.spool.bucket(name, 16, int(k.as_py()), TABLES[name].arrow_schema)
                         for k in pc.unique(hash16(olds))]
                t = pa.concat_tables(found)
                rows[name] = t.filter(pc.is_in(t["doc_id" if name == "documents" else "meeting_id"],
                                               value_set=pa.array(sorted(renamed) if name == "documents" else olds, pa.string())))
            rename_documents(rows, renamed)
            self.moved = rows

    def bucket(self, name: str, b: int) -> pa.Table:
        schema = TABLES[name].arrow_schema
        t = self.spool.bucket(name, self.bits, b, schema)
        key = "doc_id" if name == "documents" else "meeting_id"
        t = without(t, key, self.skip_docs if name == "documents" else self.skip_meetings)
        moved = self.moved.get(name)
        if moved is not None and moved.num_rows:
            mine = pc.equal(pc.shift_right(hash16(bucket_keys(name, moved)), 16 - self.bits), b) if self.bits \
                else pa.array([True] * moved.num_rows)
            t = pa.concat_tables([t, moved.filter(mine).cast(schema)])
        if name == "documents" and t.num_rows:
            ids = t["doc_id"].to_pylist()
            t = set_column(t, "previous_urls", [self.final[d]["previous_urls"] for d in ids])
            t = set_column(t, "removed_at", [self.final[d]["removed_at"] for d in ids])
        return t


def _same_names(writer: PartWriter, manifest: dict | None) -> bool:
    """The per-document tables have exactly the previous version's parts (none added, none gone)."""
    if not manifest:
        return False
    return all(sorted(writer.names.get(n, [])) == table_files(manifest, n) for n in PER_DOC)


def _same_rows(versions: Versions, previous: str | None, manifest: dict | None, persons: pa.Table,
               failures: pa.Table) -> bool:
    """persons and failures as in the previous version (a failure seen again differs only in `at`)."""
    if not previous or not manifest:
        return False
    old_p = conform("persons", versions.read_table(previous, "persons", manifest=manifest))
    old_f = conform("failures", versions.read_table(previous, "failures", manifest=manifest))
    if not old_p.equals(persons.cast(old_p.schema)) or old_f.num_rows != failures.num_rows:
        return False
    return old_f.drop_columns(["at"]).equals(failures.drop_columns(["at"]).cast(old_f.drop_columns(["at"]).schema))
