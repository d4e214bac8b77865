"""The one clock: every timestamp the pipeline writes is timezone-aware UTC."""
from __future__ import annotations

from datetime import UTC, datetime


def now_utc() -> datetime:
    return datetime.now(UTC)


def utc_iso(ts: datetime | None) -> str | None:
    return ts.isoformat() if ts else None
