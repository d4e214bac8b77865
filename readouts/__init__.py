"""readouts: government meeting readouts -> a clean, versioned Parquet dataset.

The import package has layers, each allowed to import only those below it (tests/test_layers.py):

    readouts (this folder: input types, limits, clock, ids, months)
    readouts.extract    bytes -> document text (extract/)
    readouts.transform  text -> records (transform/)
    readouts.acquire    fetching, sources, discovery, WARC reading (acquire/)
    readouts.output     tables, versions, validation, raw archive (output/)
    readouts.flows      Prefect flows and the CLI (flows/)

This module is also the package's facade for users: `readouts.open(...)` reads a published dataset.
It stands above every layer (it imports output lazily); no module of the package imports it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from readouts._version import __version__

if TYPE_CHECKING:
    from readouts.output.dataset import Dataset

__all__ = ["__version__", "open"]


def open(location: str, version: str | None = None) -> Dataset:  # noqa: A001 - `readouts.open` reads well
    """The LATEST (or the named) version of a published root: a folder, an https:// or an s3:// URL.

    `ds.meetings`, `ds.speakers`, ... are pandas DataFrames, read on first use and checked against the
    manifest; `ds.path("meetings")` is the file's location for DuckDB or polars."""
    from readouts.output.dataset import open_dataset

    return open_dataset(location, version)
