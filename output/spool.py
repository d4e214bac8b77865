"""A run's rows on local disk until publish: memory follows a flush of rows, not the run.

Each flush of a table (FLUSH_DOCS documents' rows) becomes one Arrow IPC file, its rows sorted by the first
16 bits of their bucket hash (output/layout.py) and written as 2**GROUP_BITS record batches, one per group
of buckets. The merge (output/merge.py) then reads, for one bucket of the new version, only that bucket's
record batch of each file: the bytes of one bucket are in memory at a time, whatever the run's size.
"""
from __future__ import annotations

import hashlib
import shutil
import tempfile
import weakref
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.ipc as ipc

from readouts.ids import stable_id

GROUP_BITS = 8
_B16 = "_b16"


def bucket_keys(name: str, table: pa.Table) -> list[str]:
    """The key a per-document table's rows are bucketed by: the meeting (for documents, the meeting of the
    document), so one document's rows share a bucket in every table."""
    if name == "documents":
        return [stable_id("meeting", d) for d in table["doc_id"].to_pylist()]
    return table["meeting_id"].to_pylist()


def hash16(keys: list[str]) -> pa.Array:
    return pa.array([int.from_bytes(hashlib.sha256(k.encode("utf-8")).digest()[:2], "big") for k in keys], pa.uint16())


class Spool:
    """Per table, the IPC files of a run's flushes (in a private temporary folder, removed by close())."""

    def __init__(self, parent: str | None = None) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="readouts-run-", dir=parent))
        self.files: dict[str, list[Path]] = {}
        self.rows: dict[str, int] = {}
        self._readers: dict[Path, ipc.RecordBatchFileReader] = {}
        # removed when closed, or when the run is dropped without publishing (a failed flow), or at exit
        self._remove = weakref.finalize(self, shutil.rmtree, str(self.dir), True)

    def add(self, name: str, table: pa.Table) -> None:
        if table.num_rows == 0:
            return
        b16 = hash16(bucket_keys(name, table))
        table = table.append_column(_B16, b16)
        order = pc.sort_indices(b16)
        groups = pc.shift_right(pc.take(b16, order), 16 - GROUP_BITS).to_numpy()
        bounds = groups.searchsorted(range(2 ** GROUP_BITS + 1))
        path = self.dir / f"{name}-{len(self.files.get(name, [])):05d}.arrow"
        with pa.OSFile(str(path), "wb") as sink, ipc.new_file(sink, table.schema) as writer:
            for g in range(2 ** GROUP_BITS):
                # take, not slice: a slice of a list column would be written with the whole flush's list values
                rows = table.take(order.slice(int(bounds[g]), int(bounds[g + 1] - bounds[g]))).combine_chunks()
                writer.write_batch(pa.RecordBatch.from_arrays(
                    [c.chunk(0) if c.num_chunks else pa.array([], c.type) for c in rows.columns], schema=table.schema))
        self.files.setdefault(name, []).append(path)
        self.rows[name] = self.rows.get(name, 0) + table.num_rows

    def bucket(self, name: str, bits: int, b: int, schema: pa.Schema) -> pa.Table:
        """The rows of table `name` whose bucket at `bits` is `b` (all rows when bits is 0)."""
        if bits <= GROUP_BITS:
            shift = GROUP_BITS - bits
            groups = range(b << shift, (b + 1) << shift)
        else:
            groups = range(b >> (bits - GROUP_BITS), (b >> (bits - GROUP_BITS)) + 1)
        batches: list[pa.RecordBatch] = []
        for path in self.files.get(name, []):
            reader = self._reader(path)
            batches.extend(reader.get_batch(g) for g in groups)
        batches = [x for x in batches if x.num_rows]
        if not batches:
            return schema.empty_table()
        table = pa.Table.from_batches(batches)
        if bits > GROUP_BITS:
            table = table.filter(pc.equal(pc.shift_right(table[_B16], 16 - bits), b))
        return table.drop_columns([_B16]).cast(schema)

    def _reader(self, path: Path) -> ipc.RecordBatchFileReader:
        r = self._readers.get(path)
        if r is None:
            r = self._readers[path] = ipc.open_file(pa.OSFile(str(path), "rb"))
        return r

    def close(self) -> None:
        self._readers.clear()
        self._remove()
