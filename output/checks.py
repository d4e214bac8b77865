"""The consistency checks of a dataset, in one place: primary keys, references and directive offsets.

`readouts validate` runs them on a published version, `Versions.publish` on the tables about to be
written, and the pipeline (`check_records`) on one document's rows before they join a run.
"""
from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.compute as pc

from readouts.output.schema import CHILD_TABLES, TABLES

if TYPE_CHECKING:
    from readouts.transform.pipeline import Records


def duplicate_keys(keys: Iterable[Hashable]) -> tuple[int, Any]:
    """How many keys repeat an earlier one, and the first that does (None when none)."""
    seen: set = set()
    dupes, sample = 0, None
    for k in keys:
        if k in seen:
            dupes += 1
            sample = k if sample is None else sample
        seen.add(k)
    return dupes, sample


def slices_to(text: str | None, a: Any, b: Any, expected: Any) -> bool:
    """Do offsets [a:b] lie inside `text` and slice it to `expected` exactly?"""
    return (isinstance(text, str) and isinstance(a, int) and isinstance(b, int) and 0 <= a <= b <= len(text)
            and text[a:b] == expected)


def _check_keys(tables: dict[str, pa.Table], problems: list[str]) -> None:
    for name, table in tables.items():
        spec = TABLES[name]
        if spec.primary_key and table.num_rows and all(c in table.column_names for c in spec.primary_key):
            keys = list(zip(*(table[c].to_pylist() for c in spec.primary_key)))
            dupes, sample = duplicate_keys(keys)
            if dupes:
                problems.append(f"{name}: {dupes} duplicate key(s) on ({', '.join(spec.primary_key)}), e.g. {list(sample)}")
        for col, ref, refcol in spec.foreign_keys:
            if ref not in tables or col not in table.column_names or refcol not in tables[ref].column_names:
                continue
            values = pc.drop_null(table[col]).unique()
            if len(values) == 0:
                continue
            missing = pc.invert(pc.is_in(values, value_set=tables[ref][refcol].combine_chunks()))
            n = pc.sum(missing).as_py() or 0
            if n:
                sample = values.filter(missing).to_pylist()[:3]
                problems.append(f"{name}.{col}: {n} value(s) not found in {ref}.{refcol}, e.g. {sample}")


OFFSET_BATCH = 1000  # documents whose text is held as Python strings at once (a version's text can be GBs)


def _check_offsets(tables: dict[str, pa.Table], problems: list[str]) -> None:
    if not {"directives", "meetings", "documents"} <= set(tables):
        return
    need = {"documents": ("doc_id", "text"), "meetings": ("meeting_id", "doc_id"),
            "directives": ("meeting_id", "text", "char_start", "char_end")}
    if any(c not in tables[t].column_names for t, cols in need.items() for c in cols):
        return  # already reported as a schema problem
    doc_of = dict(zip(tables["meetings"]["meeting_id"].to_pylist(), tables["meetings"]["doc_id"].to_pylist()))
    directives = tables["directives"].select(["meeting_id", "text", "char_start", "char_end"])
    rows_of: dict[Any, list[int]] = {}  # doc_id -> its directives' row numbers
    for i, m in enumerate(directives["meeting_id"].to_pylist()):
        rows_of.setdefault(doc_of.get(m), []).append(i)
    docs = tables["documents"]
    bad, example = 0, None
    for start in range(0, docs.num_rows, OFFSET_BATCH):
        batch = docs.slice(start, OFFSET_BATCH)
        texts = dict(zip(batch["doc_id"].to_pylist(), batch["text"].to_pylist()))
        rows = [i for d in texts for i in rows_of.pop(d, [])]
        for r in directives.take(rows).to_pylist() if rows else []:
            text = texts[doc_of[r["meeting_id"]]]
            a, b = r["char_start"], r["char_end"]
            if not slices_to(text, a, b, r["text"]):
                bad += 1
                example = example or f"meeting {r['meeting_id']} [{a}:{b}]"
    for rest in rows_of.values():  # directives of no document: nothing to slice
        for r in directives.take(rest).to_pylist():
            bad += 1
            example = example or f"meeting {r['meeting_id']} [{r['char_start']}:{r['char_end']}]"
    if bad:
        problems.append(f"directives: {bad} row(s) whose char_start/char_end do not slice documents.text "
                        f"to the sentence, e.g. {example}")


def check_tables(tables: dict[str, pa.Table], *, text_withheld: bool = False) -> list[str]:
    """Keys, references and offsets of in-memory tables (what publish checks before writing). A release made
    without the article text (manifest `text_withheld`) has no text for the offsets to point into."""
    problems: list[str] = []
    _check_keys(tables, problems)
    if not text_withheld:
        _check_offsets(tables, problems)
    return problems


def _unstorable(value) -> bool:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, dict):
        return any(_unstorable(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return any(_unstorable(v) for v in value)
    return False


def check_records(records: Records) -> str | None:
    """What `readouts validate` would reject in one document's rows, found before they are published:
    ids that do not join, offsets that do not slice the text, strings Parquet cannot store."""
    tables = records.as_tables()
    doc = records.document
    text = doc.get("text")
    if not isinstance(text, str):
        return "document has no text"
    meeting_id = records.meeting.get("meeting_id")
    if records.meeting.get("doc_id") != doc.get("doc_id"):
        return "meeting row does not point at its document"
    for name in CHILD_TABLES:
        for r in tables[name]:
            if r.get("meeting_id") != meeting_id:
                return f"{name} row does not point at the document's meeting"
    for name in CHILD_TABLES:  # keys unique within the document
        key = TABLES[name].primary_key
        dupes, dup = duplicate_keys(tuple(r.get(c) for c in key) for r in tables[name])
        if dupes:
            return f"{name} rows repeat the key ({', '.join(key)}) = {list(dup)}"
    for r in records.directives:
        a, b = r.get("char_start"), r.get("char_end")
        if not slices_to(text, a, b, r.get("text")):
            return f"directive offsets [{a}:{b}] do not slice the document text to the directive"
    for name, rows in tables.items():
        if any(_unstorable(r) for r in rows):
            return f"{name} row holds text that is not valid Unicode (lone surrogates)"
    return None
