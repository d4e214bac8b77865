"""What every layer passes around: one input's bytes, what became of it, and failure rows."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, overload

from readouts.clock import now_utc
from readouts.errors import ReadoutsError

if TYPE_CHECKING:  # types only: the records and receipts are made by upper layers
    from readouts.output.raw import Receipt
    from readouts.transform.pipeline import Records


class NoInputs(ReadoutsError):
    """Nothing to ingest: an empty or mistyped input folder must not publish an empty version."""


@dataclass
class RawInput:
    """One input's bytes and what is known about where they came from."""

    input: str
    body: bytes
    url: str | None = None
    headers: dict[str, Any] = field(default_factory=dict)
    status: int | None = None
    fetched_at: datetime | None = None
    source: str | None = None
    sha256: str | None = None  # of body, when the reader already hashed it (the body is hashed once)


@dataclass
class Outcome:
    """What became of one input: records, or a failure row. The receipt says what was archived."""

    input: str
    records: Records | None = None
    failure: dict[str, Any] | None = None
    receipt: Receipt | None = None
    unchanged: bool = False  # the same bytes are already published from this input: not parsed again


def failure_row(input: str, stage: str, error_type: str, message: str, sha: str | None = None) -> dict[str, Any]:
    """A row of the failures table: every input that did not become a document says where and why."""
    return {"input": input, "stage": stage, "error_type": error_type, "message": message,
            "content_sha256": sha, "at": now_utc()}


@overload
def safe_text(s: str) -> str: ...
@overload
def safe_text(s: None) -> None: ...
def safe_text(s: str | None) -> str | None:
    """A string that UTF-8 (Parquet, JSON) can store. File names that are not valid UTF-8 reach Python
    with lone surrogates (os.fsdecode); they are written with backslash escapes instead of failing
    the whole run at write time. The file itself is still read by its real name."""
    if s is None:
        return None
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        return s.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace") \
            .encode("utf-8", "backslashreplace").decode("utf-8")
