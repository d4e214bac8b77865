"""A progress hook the CLI installs; flows say how much work there is, then report units done.

No-op when nobody listens (a flow run by a worker or a Prefect server)."""
from __future__ import annotations

from collections.abc import Callable

_listener: Callable[[int, str], None] | None = None
_expect: Callable[[int], None] | None = None


def listen(fn: Callable[[int, str], None] | None, expect: Callable[[int], None] | None = None) -> None:
    global _listener, _expect
    _listener, _expect = fn, expect


def expect(total: int) -> None:
    """The flow knows how many units it will report (it discovered its inputs)."""
    if _expect is not None:
        _expect(total)


def advance(n: int, what: str = "") -> None:
    if _listener is not None:
        _listener(n, what)
