"""`readouts repair`: put a root whose LATEST is broken back on its newest valid version.

What it does, under the writer lock:
  LATEST     kept when it names a version that validates; otherwise (empty, malformed, oversized, a link,
             missing while versions exist, naming a folder without manifest or a corrupted version)
             pointed at the newest complete version that validates
  leftovers  version folders without a manifest (a write killed on an object store) and local staging
             folders, once older than the grace period (their id starts with their UTC creation time),
             and LATEST's temporary files
Complete versions are never removed or rewritten: a version newer than LATEST that a killed run left
complete stays where it is (LATEST moves only off a broken version).
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from readouts.clock import now_utc
from readouts.ids import SAFE_ID
from readouts.output.lock import writer_lock
from readouts.output.storage import TMP_MARK, Root
from readouts.output.validate import validate_version
from readouts.output.versions import VERSION_TIME_FORMAT, VersionError, Versions


@dataclass
class RepairReport:
    latest_before: str | None
    latest_after: str | None
    problem: str | None = None  # why LATEST was not usable
    skipped: list[str] = field(default_factory=list)  # complete versions that did not validate
    removed: list[str] = field(default_factory=list)  # unfinished folders removed
    kept: list[str] = field(default_factory=list)  # unfinished folders still within the grace period


def created_at(folder: str) -> datetime | None:
    """A version id begins with its UTC creation time (output.versions.new_version_id)."""
    stamp = folder.removeprefix(TMP_MARK).split("-", 1)[0]
    try:
        return datetime.strptime(stamp, VERSION_TIME_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None


def unfinished(v: Versions) -> list[str]:
    """Folders under versions/ that are not complete versions: staging folders and folders without manifest."""
    complete = set(v.list())
    return [name for name in v.root.listdir("versions")
            if name not in complete and (name.startswith(TMP_MARK) or SAFE_ID.fullmatch(name))]


def _current(v: Versions) -> tuple[str | None, str | None, str | None]:
    """(LATEST as read, LATEST if usable, the problem otherwise)."""
    try:
        latest = v.latest()
    except VersionError as e:
        return None, None, str(e).split(";")[0]
    if latest is None:
        return None, None, None
    problems = validate_version(v, latest)
    if problems:
        return latest, None, f"LATEST names {latest}, which is invalid: {problems[0]}"
    return latest, latest, None


def repair(root: Root, grace: timedelta = timedelta(hours=24), dry_run: bool = False) -> RepairReport:
    v = Versions(root)
    with writer_lock(root) as lock:
        before, usable, problem = _current(v)
        report = RepairReport(latest_before=before, latest_after=usable, problem=problem)
        if usable is None and problem is not None:
            for vid in reversed(v.list()):
                if validate_version(v, vid):
                    report.skipped.append(vid)
                    continue
                report.latest_after = vid
                if not dry_run:
                    lock.confirm()
                    root.write_atomic((vid + "\n").encode(), "LATEST")
                break
        cutoff = now_utc() - grace
        for name in unfinished(v):
            made = created_at(name)
            # a local staging folder is never in use while we hold the lock; on an object store a writer that
            # stalled past its lease may still be writing into its folder: only old ones go
            if not (root.is_local and name.startswith(TMP_MARK)) and (made is None or made > cutoff):
                report.kept.append(name)
                continue
            report.removed.append(name)
            if not dry_run:
                _remove(root, "versions", name)
        if not dry_run and root.is_local:
            v.clean_staging()
            for name in root.listdir():
                if name.startswith("LATEST" + TMP_MARK):
                    _remove(root, name)
    return report


def _remove(root: Root, *parts: str) -> None:
    path = root.join(*parts)
    if root.is_local:
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)
        else:
            try:
                os.unlink(path)
            except FileNotFoundError:
                pass
        return
    root.fs.rm(path, recursive=True)
