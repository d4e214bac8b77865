"""Hashes and ids: content hashes, stable record ids and the names that may become file names."""
from __future__ import annotations

import hashlib
import re

# a version or run id becomes a file name: letters, digits, '_', '.', '-', never a path
SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,127}")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def stable_id(*parts: str, n: int = 16) -> str:
    """Deterministic id from declared key fields (never from mutable text)."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:n]
