"""Reading a published root from anywhere: a local folder, a static web host (https://) or an object store (s3://).

    import readouts
    ds = readouts.open("https://example.org/readouts")      # LATEST; or version="20261201T..."
    ds.meetings                                               # a pandas DataFrame, read on first use
    ds.path("meetings")                                       # the table's folder, for DuckDB or polars

Every table is read whole and checked against the manifest's size and sha256 before it is parsed, so a
truncated download or a file changed on the host is an error, never a silently different dataset.
Over https:// this uses fsspec's HTTP filesystem (extra `[http]`), over s3:// s3fs (extra `[s3]`).
"""
from __future__ import annotations

import json
from functools import cached_property
from typing import TYPE_CHECKING

import pyarrow as pa

from readouts.errors import ReadoutsError
from readouts.ids import sha256_hex
from readouts.output.layout import listed_tables, table_files, table_rows
from readouts.output.schema import TABLE_ORDER
from readouts.output.storage import Root, read_parquet_bytes
from readouts.output.versions import Versions, check_version_id

if TYPE_CHECKING:
    import pandas as pd


class DatasetError(ReadoutsError):
    pass


class Dataset:
    """One published version. Tables are attributes (`ds.meetings`, `ds.speakers`, ...), read lazily."""

    def __init__(self, root: Root, version: str, manifest: dict):
        self.root = root
        self.version = version
        self.manifest = manifest
        self._arrow: dict[str, pa.Table] = {}

    def __repr__(self) -> str:
        rows = ", ".join(f"{n}={self.rows(n)}" for n in self.tables)
        return f"<readouts dataset {self.version} at {self.root.url}: {rows}>"

    @cached_property
    def tables(self) -> list[str]:
        return listed_tables(self.manifest)

    def rows(self, name: str) -> int:
        return table_rows(self.manifest, self._known(name))

    def paths(self, name: str) -> list[str]:
        """Every Parquet file of the table (paths or URLs): DuckDB's and polars' readers take the list."""
        return [self._url(f) for f in table_files(self.manifest, self._known(name))]

    def path(self, name: str) -> str:
        """Where the table is, for pandas, DuckDB or polars (`duckdb.read_parquet(ds.path("meetings"))`): its
        folder of part files, or its one file. A web host cannot list a folder: there, a table of several
        parts has no single address (`ds.paths(name)` lists them)."""
        files = table_files(self.manifest, self._known(name))
        if len(files) == 1 and ("http" in self.root.protocols or "https" in self.root.protocols or "/" not in files[0]):
            return self._url(files[0])
        if "http" in self.root.protocols or "https" in self.root.protocols:
            raise DatasetError(f"{name} has {len(files)} part files and a web host cannot list a folder: "
                               f"use ds.paths({name!r}) (DuckDB and polars read the list) or ds.{name}")
        return self._url(name)

    def arrow(self, name: str) -> pa.Table:
        name = self._known(name)
        if name not in self._arrow:
            parts = []
            for fname in table_files(self.manifest, name):
                meta = self.manifest["files"][fname]
                data = self.root.read_bytes("versions", self.version, fname)
                if len(data) != meta.get("bytes") or sha256_hex(data) != meta.get("sha256"):
                    raise DatasetError(f"{self._url(fname)} does not match the manifest's checksum "
                                       f"({len(data):,} bytes read, {meta.get('bytes'):,} expected)")
                parts.append(read_parquet_bytes(data))
            self._arrow[name] = parts[0] if len(parts) == 1 else pa.concat_tables(parts)
        return self._arrow[name]

    def table(self, name: str) -> pd.DataFrame:
        return self.arrow(name).to_pandas()

    def __getattr__(self, name: str) -> pd.DataFrame:
        if name.startswith("_") or name not in TABLE_ORDER:
            raise AttributeError(name)
        return self.table(name)

    def __dir__(self):
        return [*super().__dir__(), *self.tables]

    def _known(self, name: str) -> str:
        if name not in self.tables:
            raise DatasetError(f"no table {name!r} in version {self.version} (tables: {', '.join(self.tables)})")
        return name

    def _url(self, fname: str) -> str:
        return f"{self.root.url.rstrip('/')}/versions/{self.version}/{fname}"


def open_dataset(location: str, version: str | None = None) -> Dataset:
    """The LATEST (or the named) version of the published root at `location` (path, https:// or s3:// URL)."""
    root = Root(location)
    versions = Versions(root)
    try:
        vid = check_version_id(version) if version else versions.latest()
    except FileNotFoundError:
        vid = None
    except OSError as e:
        raise DatasetError(f"cannot read {root.url}/LATEST: {e}") from None
    if vid is None:
        raise DatasetError(f"no published dataset at {root.url} (no LATEST)")
    try:
        manifest = json.loads(root.read_bytes("versions", vid, "manifest.json"))
    except FileNotFoundError:
        raise DatasetError(f"version {vid} not found at {root.url}/versions") from None
    except ValueError as e:
        raise DatasetError(f"{root.url}/versions/{vid}/manifest.json is not valid JSON ({e})") from None
    return Dataset(root, vid, manifest)
