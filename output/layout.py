"""How a version lays out its tables: each table a folder of Parquet part files (schema 2.0.0 and later).

    versions/<id>/documents/part-08-3a.parquet   rows of the documents whose bucket is 0x3a of 2**8
    versions/<id>/speakers/part-08-3a.parquet    the same documents' speakers: one document, one bucket everywhere

Rows go to a bucket by a hash of their key (the meeting for every per-document table, so a document and all
its rows share one bucket), and within a part they are sorted by the table's primary key. The same rows thus
make the same bytes, and a part no row of which changed has the sha256 it had in the previous version: the
writer shares it (a hard link on local disks, a server-side copy on object stores) instead of writing it
again, so a version costs what changed. The number of buckets follows the table's size (about
DOC_ROWS_PER_PART documents, or ROWS_PER_PART rows of the other tables, per part): when a table crosses a
power of two, all its parts are laid out anew once.

Versions written before schema 2.0.0 hold one file per table (`documents.parquet`); they stay readable, and
`readouts upgrade` writes their content as a new version in this layout (writers refuse such a LATEST).
"""
from __future__ import annotations

import hashlib
import math
from collections.abc import Iterator

import pyarrow as pa
import pyarrow.compute as pc

from readouts.ids import stable_id
from readouts.output.schema import CHILD_TABLES, TABLE_ORDER, TABLES

LAYOUT = "parts"  # manifest["layout"]; absent in versions of one file per table
DOC_ROWS_PER_PART = 64
ROWS_PER_PART = 512
MAX_BITS = 12
# the tables whose rows belong to one document: bucketed by its meeting, so its rows share one bucket
_BY_MEETING = ("meetings", *CHILD_TABLES)


def bits_for(rows: int, per_part: int) -> int:
    """log2 of the number of buckets for a table of `rows` rows (0: one part)."""
    if rows <= per_part:
        return 0
    return min(MAX_BITS, int(math.floor(math.log2(rows / per_part))))


def _bucket(key: str, bits: int) -> int:
    if bits == 0:
        return 0
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:2], "big") >> (16 - bits)


def part_name(table: str, bits: int, bucket: int) -> str:
    width = max(1, math.ceil(bits / 4))
    return f"{table}/part-{bits:02d}-{bucket:0{width}x}.parquet"


def _keys(name: str, table: pa.Table) -> list[str]:
    if name == "documents":
        return [stable_id("meeting", d) for d in table["doc_id"].to_pylist()]
    if name in _BY_MEETING:
        return table["meeting_id"].to_pylist()
    key = TABLES[name].primary_key
    if len(key) == 1:
        return [str(v) for v in table[key[0]].to_pylist()]
    return ["\x1f".join(str(v) for v in row) for row in zip(*(table[c].to_pylist() for c in key))]


def sort_rows(name: str, table: pa.Table) -> pa.Table:
    """Rows in primary-key order: the same rows make the same bytes."""
    key = [(c, "ascending") for c in TABLES[name].primary_key]
    return table.take(pc.sort_indices(table, sort_keys=key)) if key and table.num_rows > 1 else table


def partition(name: str, table: pa.Table, documents: int) -> dict[str, pa.Table]:
    """The table's parts: {path in the version folder: rows sorted by primary key}. `documents` (the
    documents table's row count) sizes the buckets of every per-document table alike."""
    return dict(iter_parts(name, table, documents))


def iter_parts(name: str, table: pa.Table, documents: int) -> Iterator[tuple[str, pa.Table]]:
    """partition(), one part at a time (a writer holds one part's copy of the rows, not the table's)."""
    if name == "runs":
        bits = 0  # one row per run and source: small, and it changes with every version anyway
    elif name == "documents" or name in _BY_MEETING:
        bits = bits_for(documents, DOC_ROWS_PER_PART)
    else:
        bits = bits_for(table.num_rows, ROWS_PER_PART)
    if table.num_rows == 0 or bits == 0:
        yield part_name(name, 0, 0), sort_rows(name, table)
        return
    buckets = pa.array([_bucket(k, bits) for k in _keys(name, table)], type=pa.int32())
    for b in sorted(set(buckets.to_pylist())):
        yield part_name(name, bits, b), sort_rows(name, table.filter(pc.equal(buckets, b)))


# -- reading a manifest's file list, whatever the layout ------------------------------------------------

def is_parts(manifest: dict) -> bool:
    return manifest.get("layout") == LAYOUT


def table_of(fname: str) -> str | None:
    """The table a listed file belongs to ("documents/part-...parquet" or "documents.parquet"), else None."""
    head = fname.split("/", 1)[0] if "/" in fname else fname.removesuffix(".parquet")
    return head if head in TABLES and fname.endswith(".parquet") else None


def table_files(manifest: dict, name: str) -> list[str]:
    """The files of table `name` listed in the manifest, in order ([] when the version predates the table)."""
    files = manifest.get("files") or {}
    return sorted(f for f in files if table_of(f) == name and (f == f"{name}.parquet") != is_parts(manifest))


def listed_tables(manifest: dict) -> list[str]:
    return [n for n in TABLE_ORDER if table_files(manifest, n)]


def table_rows(manifest: dict, name: str) -> int:
    files = manifest.get("files") or {}
    return sum(int(files[f].get("rows") or 0) for f in table_files(manifest, name))


def table_bytes(manifest: dict, name: str) -> int:
    files = manifest.get("files") or {}
    return sum(int(files[f].get("bytes") or 0) for f in table_files(manifest, name))
