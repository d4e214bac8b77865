"""The pipeline's steps as plain functions: the Prefect flows and `run-document --dry-run` call these.

Nothing here imports Prefect, so a single document is processed in well under a second.
"""
from __future__ import annotations

import os
import traceback
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Iterator

from extract.errors import InputError
from extract.html import parse_html
from output.failures import failure_row, now_utc
from output.raw import RawArchive, Receipt, utc_iso
from output.storage import sha256_hex
from transform.pipeline import PARSER_VERSION, Records, transform_document

HTML_SUFFIXES = {".html", ".htm", ".shtml", ".xhtml", ".xml", ".txt"}
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")
MAX_INPUT_BYTES = 25 * 1024 * 1024  # larger files are refused with a clear failure, not read into memory


@dataclass
class Outcome:
    """What became of one input: records, or a failure row. The receipt says what was archived."""

    input: str
    records: Records | None = None
    failure: dict | None = None
    receipt: Receipt | None = None


@dataclass
class RawInput:
    """One input's bytes and what is known about where they came from."""

    input: str
    body: bytes
    url: str | None = None
    headers: dict = field(default_factory=dict)
    status: int | None = None
    fetched_at: datetime | None = None
    source: str | None = None


def process_raw(raw: RawInput) -> Outcome:
    """Bytes -> document -> records; every problem becomes a failure row, never an exception."""
    sha = sha256_hex(raw.body)
    receipt = Receipt(sha256=sha, input=raw.input, url=raw.url, status=raw.status, headers=dict(raw.headers),
                      fetched_at=utc_iso(raw.fetched_at), bytes=len(raw.body), source=raw.source)
    try:
        doc = parse_html(raw.body, input=raw.input, http_headers=raw.headers, url=raw.url,
                         fetched_at=raw.fetched_at, source=raw.source)
    except InputError as e:
        return Outcome(raw.input, failure=failure_row(raw.input, e.stage, e.error_type, e.message, sha), receipt=receipt)
    except Exception as e:  # a bug must not stop the run: record where it happened
        return Outcome(raw.input, failure=failure_row(raw.input, "parse", type(e).__name__, _one_line(e), sha), receipt=receipt)
    try:
        records = transform_document(doc)
    except Exception as e:
        return Outcome(raw.input, failure=failure_row(raw.input, "transform", type(e).__name__, _one_line(e), sha), receipt=receipt)
    return Outcome(raw.input, records=records, receipt=receipt)


def _one_line(e: BaseException) -> str:
    tb = traceback.extract_tb(e.__traceback__)
    where = f" (at {Path(tb[-1].filename).name}:{tb[-1].lineno})" if tb else ""
    return (str(e).splitlines() or [type(e).__name__])[0][:300] + where


# -- local inputs --------------------------------------------------------------------------------

def is_warc(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


def discover(paths: list[str]) -> tuple[list[str], list[dict]]:
    """Expand files and folders (recursively, symlink loops cannot recur) into input paths.

    Files named explicitly are always inputs. In folders, HTML and WARC files are inputs and
    other files are reported as failures, so nothing is silently skipped. Hidden files are ignored.
    """
    found: list[str] = []
    skipped: list[dict] = []
    for p in paths:
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p, followlinks=False):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if name.startswith("."):
                        continue
                    full = os.path.join(dirpath, name)
                    if Path(name).suffix.lower() in HTML_SUFFIXES or is_warc(name):
                        found.append(full)
                    else:
                        skipped.append(failure_row(full, "fetch", "UnsupportedFile",
                                                   f"skipped: {Path(name).suffix or 'no extension'} files are not HTML or WARC"))
        elif os.path.exists(p) or os.path.islink(p):
            found.append(p)
        else:
            skipped.append(failure_row(p, "fetch", "FileNotFound", "no such file or folder"))
    return found, skipped


def read_local(path: str) -> Iterator[RawInput | Outcome]:
    """Yield the raw inputs in a local file (one for HTML, one per response record for WARC)."""
    try:
        size = os.path.getsize(path)
        if size > MAX_INPUT_BYTES:
            yield Outcome(path, failure=failure_row(path, "fetch", "TooLarge",
                                                    f"file is {size:,} bytes, over the {MAX_INPUT_BYTES:,}-byte limit"))
            return
        if is_warc(path):
            from extract.warc import iter_warc  # imported lazily: only WARC inputs need warcio

            yield from iter_warc(path)
            return
        with open(path, "rb") as fh:
            body = fh.read()
    except (OSError, ValueError) as e:
        yield Outcome(path, failure=failure_row(path, "fetch", type(e).__name__, f"cannot read file: {e.strerror or e}"))
        return
    yield RawInput(input=path, body=body)


def process_paths(paths: list[str], archive: RawArchive | None = None) -> list[Outcome]:
    """Read, archive and process local files (a batch)."""
    out: list[Outcome] = []
    for path in paths:
        for item in read_local(path):
            if isinstance(item, Outcome):
                out.append(item)
                continue
            outcome = process_raw(item)
            if archive is not None:
                archive.put(item.body)
            out.append(outcome)
    return out


__all__ = ["Outcome", "RawInput", "process_raw", "process_paths", "discover", "failure_row", "PARSER_VERSION"]
