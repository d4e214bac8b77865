"""Make the next complete version: the previous version, plus what is new or changed, plus persons.

A document processed again replaces its earlier rows (same doc_id, same ids); everything else of
the previous version is carried over unchanged, so each version is the whole dataset.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc

from readouts.output.schema import CHILD_TABLES, TABLES, to_arrow
from readouts.transform.persons import build_persons


@dataclass
class ReleaseInput:
    """What one run contributes: per-document table rows and failed inputs."""

    tables: dict[str, list[dict]] = field(default_factory=lambda: {n: [] for n in ("documents", "meetings", *CHILD_TABLES)})
    failures: list[dict] = field(default_factory=list)
    attempted_inputs: set[str] = field(default_factory=set)  # every input this run tried, ok or not
    removed: dict[str, object] = field(default_factory=dict)  # url -> when it first answered 404/410
    runs: list[dict] = field(default_factory=list)  # rows for the runs table (per source)

    def add(self, tables: dict[str, list[dict]]) -> None:
        for name, rows in tables.items():
            self.tables[name].extend(rows)


@dataclass
class Release:
    tables: dict[str, pa.Table]
    unresolved: list[str]
    new_docs: int
    changed_docs: int
    unchanged_docs: int


def _drop(table: pa.Table, column: str, values: set[str]) -> pa.Table:
    if not values or table.num_rows == 0:
        return table
    mask = pc.invert(pc.is_in(table[column], value_set=pa.array(sorted(values), type=pa.string())))
    return table.filter(mask)


def build_release(previous: dict[str, pa.Table], run: ReleaseInput) -> Release:
    new_docs = {r["doc_id"]: r for r in run.tables["documents"]}
    prev_docs = previous["documents"]
    prev_sha = dict(zip(prev_docs["doc_id"].to_pylist(), prev_docs["content_sha256"].to_pylist()))
    prev_parser = dict(zip(prev_docs["doc_id"].to_pylist(), prev_docs["parser_version"].to_pylist()))
    prev_removed = dict(zip(prev_docs["doc_id"].to_pylist(), prev_docs["removed_at"].to_pylist()))
    n_new = sum(1 for d in new_docs if d not in prev_sha)
    n_same = sum(1 for d, r in new_docs.items() if prev_sha.get(d) == r["content_sha256"] and prev_parser.get(d) == r["parser_version"])
    for d, r in new_docs.items():  # removal is a fact about the URL; re-ingesting a copy does not undo it
        if r.get("removed_at") is None and prev_removed.get(d) is not None:
            r["removed_at"] = prev_removed[d]

    replaced = set(new_docs)
    prev_meetings = previous["meetings"]
    replaced_meetings = {
        m for m, d in zip(prev_meetings["meeting_id"].to_pylist(), prev_meetings["doc_id"].to_pylist()) if d in replaced
    }
    out: dict[str, pa.Table] = {}
    kept_docs = _drop(prev_docs, "doc_id", replaced)
    if run.removed and kept_docs.num_rows:  # disappearance is information: mark, never delete
        docs = kept_docs.to_pylist()
        for r in docs:
            if r["url"] in run.removed and r["removed_at"] is None:
                r["removed_at"] = run.removed[r["url"]]
        kept_docs = to_arrow("documents", docs)
    out["documents"] = pa.concat_tables([kept_docs, to_arrow("documents", list(new_docs.values()))])
    out["meetings"] = pa.concat_tables([_drop(prev_meetings, "doc_id", replaced), to_arrow("meetings", run.tables["meetings"])])
    rows: dict[str, list[dict]] = {}
    for name in CHILD_TABLES:
        kept = _drop(previous[name], "meeting_id", replaced_meetings).to_pylist()
        rows[name] = kept + [dict(r) for r in run.tables[name]]
    persons, unresolved = build_persons(
        out["meetings"].select(["meeting_id", "meeting_date", "published_date", "chairs"]).to_pylist(),
        rows["speakers"], rows["attendees"], rows["mentions"] + rows["unplaced"], rows["directives"],
    )
    for name in CHILD_TABLES:
        out[name] = to_arrow(name, rows[name])
    out["persons"] = to_arrow("persons", sorted(persons, key=lambda p: p["person_id"]))

    # failures: this run's, plus earlier ones whose input was not tried again and is not a document now
    in_docs = set(out["documents"]["input"].to_pylist())
    fresh_inputs = {f["input"] for f in run.failures}
    kept_failures = [
        f for f in previous["failures"].to_pylist()
        if f["input"] not in run.attempted_inputs and f["input"] not in in_docs and f["input"] not in fresh_inputs
    ]
    out["failures"] = to_arrow("failures", kept_failures + run.failures)
    counts = {"new": n_new, "changed": len(new_docs) - n_new - n_same, "unchanged": n_same}
    for row in run.runs:  # an ingest row learns its counts here, where the merge decides them
        if row.get("kind") == "ingest":
            row.update({k: v for k, v in counts.items() if row.get(k) is None})
    out["runs"] = pa.concat_tables([previous["runs"].cast(TABLES["runs"].arrow_schema), to_arrow("runs", run.runs)])
    for name, table in out.items():
        out[name] = table.cast(TABLES[name].arrow_schema)
    return Release(out, unresolved, n_new, len(new_docs) - n_new - n_same, n_same)
