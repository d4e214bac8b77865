"""Rows of the failures table: every input that did not become a document says where and why."""
from __future__ import annotations

from datetime import datetime, timezone


def now_utc() -> datetime:
    return datetime.now(timezone.utc)


def failure_row(input: str, stage: str, error_type: str, message: str, sha: str | None = None) -> dict:
    return {"input": input, "stage": stage, "error_type": error_type, "message": message,
            "content_sha256": sha, "at": now_utc()}
