"""A progress hook the CLI installs; flows report units of work done (no-op when nobody listens)."""
from __future__ import annotations

from collections.abc import Callable

_listener: Callable[[int, str], None] | None = None


def listen(fn: Callable[[int, str], None] | None) -> None:
    global _listener
    _listener = fn


def advance(n: int, what: str = "") -> None:
    if _listener is not None:
        _listener(n, what)
