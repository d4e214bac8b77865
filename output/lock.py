"""The root's writer lock: one writer at a time reads LATEST, merges and publishes.

Local disks: an OS lock (fcntl/flock via filelock) on `<root>/.readouts.lock`; the kernel releases it
when the holder dies, even by kill -9. It is not reliable on NFS/SMB.

Object stores: a lease object `<root>/.readouts.lock` created with a conditional PUT (If-None-Match: *),
so exactly one writer creates it. It names its owner and when the lease expires; the holder renews it
every LEASE/4 with a compare-and-swap (If-Match on the ETag it last wrote). A writer that finds a live
lease waits (up to READOUTS_LOCK_TIMEOUT_S, then stops with one line naming the owner); a lease whose
expiry has passed (its holder was killed) is taken over with the same compare-and-swap, so of two
writers that find it stale only one wins. A holder whose renewal fails has lost the lease: it stops
before moving LATEST (`LeaseLock.confirm`). S3 (AWS, MinIO, moto) supports both conditions; a store
without them gets a best-effort lease (written, then read back to see who won) and a warning.
"""
from __future__ import annotations

import contextlib
import json
import os
import secrets
import socket
import threading
import time
import warnings
from collections.abc import Iterator
from datetime import datetime, timedelta

from filelock import FileLock, Timeout

from readouts.clock import now_utc
from readouts.errors import ReadoutsError
from readouts.output.storage import Root

LOCK_NAME = ".readouts.lock"


class LockBusy(ReadoutsError):
    """Another writer holds the root (one line for the terminal)."""


class LeaseLost(ReadoutsError):
    """This writer's lease was taken over (it stalled past its expiry): it must not move LATEST."""


def lock_timeout() -> float:
    return float(os.environ.get("READOUTS_LOCK_TIMEOUT_S", "600"))


def lease_seconds() -> float:
    return float(os.environ.get("READOUTS_LOCK_LEASE_S", "120"))


class LocalLock:
    def __init__(self, root: Root):
        self.root = root

    def confirm(self) -> None:
        """An OS lock cannot be lost while the process lives."""

    @contextlib.contextmanager
    def held(self) -> Iterator[LocalLock]:
        os.makedirs(self.root.path, exist_ok=True)
        try:
            with FileLock(os.path.join(self.root.path, LOCK_NAME), timeout=lock_timeout()):
                yield self
        except Timeout:
            raise LockBusy(f"another writer has held {self.root.url} for {lock_timeout():.0f} s; "
                           "try again when it has finished") from None


class LeaseLock:
    """A lease on an object store (see the module docstring)."""

    def __init__(self, root: Root, lease_s: float | None = None, timeout_s: float | None = None):
        self.root = root
        self.path = root.join(LOCK_NAME)
        self.lease_s = lease_seconds() if lease_s is None else lease_s
        self.timeout_s = lock_timeout() if timeout_s is None else timeout_s
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(6)}"
        self.etag: str | None = None
        self.lost = False
        self._stop = threading.Event()
        self._conditional = "s3" in root.protocols

    # -- the lease object --------------------------------------------------------------------
    def _body(self) -> bytes:
        now = now_utc()
        return json.dumps({"owner": self.owner, "renewed_at": _iso(now),
                           "expires_at": _iso(now + timedelta(seconds=self.lease_s))}).encode()

    def _read(self) -> tuple[dict, str | None] | None:
        try:
            info = self.root.fs.info(self.path)
            data = json.loads(self.root.fs.cat_file(self.path))
        except FileNotFoundError:
            return None
        except ValueError:  # unreadable lease: treat it as expired, the compare-and-swap still protects us
            return {"owner": "?", "expires_at": "1970-01-01T00:00:00Z"}, None
        return data, info.get("ETag")

    def _put(self, **condition) -> bool:
        """One conditional PUT of our lease; True when it landed."""
        try:
            out = self.root.fs.pipe_file(self.path, self._body(), **condition)
        except FileExistsError:
            return False
        except OSError as e:  # 412 Precondition Failed on If-Match
            if "pre-condition" in str(e).lower() or "precondition" in str(e).lower():
                return False
            raise
        self.etag = (out or {}).get("ETag") if isinstance(out, dict) else None
        if self.etag is None:
            self.etag = (self.root.fs.info(self.path) or {}).get("ETag")
        return True

    def _try_acquire(self) -> dict | None:
        """Take the lease if free or expired; return the live holder's lease otherwise."""
        if self._conditional:
            if self._put(mode="create"):
                return None
        current = self._read()
        if current is None:
            if not self._conditional:
                return self._best_effort_create()
            return {"owner": "?", "expires_at": _iso(now_utc())}  # deleted between our two calls: retry
        lease, etag = current
        if _parse(lease.get("expires_at")) > now_utc():
            return lease
        if self._conditional and etag:  # stale: compare-and-swap, only one writer takes it over
            return None if self._put(IfMatch=etag) else lease
        return self._best_effort_create()

    def _best_effort_create(self) -> dict | None:
        in_memory = "memory" in self.root.protocols  # one process: nobody else can race us
        if not in_memory:
            warnings.warn(f"{self.root.url}: this store has no conditional writes; the writer lock is best effort", stacklevel=2)
        self.root.fs.pipe_file(self.path, self._body())
        if not in_memory:
            time.sleep(0.5)  # let a concurrent writer's PUT land before we read back who won
        current = self._read()
        return None if current and current[0].get("owner") == self.owner else (current or ({}, None))[0]

    # -- holding -------------------------------------------------------------------------------
    def _renew_loop(self) -> None:
        while not self._stop.wait(self.lease_s / 4):
            try:
                ok = self._put(IfMatch=self.etag) if self._conditional and self.etag else self._renew_plain()
            except OSError:
                continue  # a transient store error: the next renewal (or confirm) decides
            if not ok:
                self.lost = True
                return

    def _renew_plain(self) -> bool:
        current = self._read()
        if not current or current[0].get("owner") != self.owner:
            return False
        self.root.fs.pipe_file(self.path, self._body())
        return True

    def confirm(self) -> None:
        """Raise LeaseLost unless the lease is still ours (called right before LATEST moves)."""
        current = self._read()
        if self.lost or current is None or current[0].get("owner") != self.owner:
            self.lost = True
            raise LeaseLost(f"the writer lock of {self.root.url} was taken over while this run was publishing "
                            "(it stalled past its lease); LATEST was not moved, run again")

    def _release(self) -> None:
        current = self._read()
        if current and current[0].get("owner") == self.owner:
            with contextlib.suppress(FileNotFoundError):
                self.root.fs.rm_file(self.path)

    @contextlib.contextmanager
    def held(self) -> Iterator[LeaseLock]:
        deadline = time.monotonic() + self.timeout_s
        while (holder := self._try_acquire()) is not None:
            if time.monotonic() > deadline:
                raise LockBusy(f"{self.root.url} is being written by {holder.get('owner', '?')} "
                               f"(lease until {holder.get('expires_at', '?')}); waited {self.timeout_s:.0f} s, stopping")
            time.sleep(min(1.0, max(0.05, self.lease_s / 20)))
        renewer = threading.Thread(target=self._renew_loop, name="readouts-lease", daemon=True)
        renewer.start()
        try:
            yield self
        finally:
            self._stop.set()
            renewer.join(5)
            if not self.lost:
                self._release()


def writer_lock(root: Root):
    """The lock for this root: `with writer_lock(root) as lock: ...; lock.confirm()` before LATEST moves."""
    return LocalLock(root).held() if root.is_local else LeaseLock(root).held()


def _iso(t: datetime) -> str:
    return t.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _parse(value: object) -> datetime:
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return datetime.fromtimestamp(0, tz=now_utc().tzinfo)
