"""Immutable, complete dataset versions and the LATEST pointer.

A version is written into a folder nobody else uses (a fresh id), checked against its manifest,
and only then made visible by moving LATEST. A crash at any point leaves the previous version
intact; a half-written folder has no manifest (or is still named .tmp-*) and is ignored.

Order of a local publish, and what a kill -9 at each point leaves behind:
  1. parts checked (keys, references, offsets) and written     a .tmp-* folder: ignored, removed by the next run
     into versions/.tmp-<id>/ (a merge: bucket by bucket,
     output/merge.py), then datapackage.json
  2. read back, checksums compared                              same
  3. manifest.json (atomic, last file of the folder)            same
  4. rename .tmp-<id> -> <id>, fsync versions/                  a complete, valid version LATEST does not name
  5. LATEST replaced atomically (fsynced temp file + rename)    the new version is LATEST
Every file is fsynced before the rename and LATEST, so the same holds after a power cut on a local disk.
On an object store there is no rename: files go straight to versions/<id>/, manifest.json last, then
LATEST (one PUT); readers only trust folders with a manifest. The previous version is read with its
checksums verified, so a corrupted version is never silently merged into the next one.
"""
from __future__ import annotations

import builtins
import json
import os
import secrets
import shutil
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import pyarrow as pa

from readouts.clock import now_utc
from readouts.errors import ReadoutsError
from readouts.ids import SAFE_ID, sha256_hex
from readouts.output.card import DATA_LICENSE, TEXT_LICENSE
from readouts.output.checks import check_tables
from readouts.output.layout import LAYOUT, is_parts, iter_parts, table_files
from readouts.output.schema import SCHEMA_VERSION, TABLE_ORDER, TABLES, datapackage_resource, empty_table
from readouts.output.storage import TMP_MARK, Root, fsync_dir, parquet_bytes, read_parquet_bytes

# what a version id may look like: it becomes a folder name, so never a path ("../x", "a/b", ".tmp-x")


class VersionError(ReadoutsError):
    pass


MAX_LATEST_BYTES = 256


def excerpt(value: object, limit: int = 60) -> str:
    """A short, escaped rendering of untrusted text for an error line (no control characters, bounded)."""
    text = value if isinstance(value, str) else repr(value)
    short = text[:limit]
    return repr(short)[1:-1].join("''") + ("..." if len(text) > limit else "")


def check_version_id(vid: str) -> str:
    """Refuse ids that would address anything but one folder under versions/."""
    if not isinstance(vid, str) or not SAFE_ID.fullmatch(vid) or ".." in vid:
        raise VersionError(f"not a version id: {excerpt(vid)}")
    return vid


VERSION_TIME_FORMAT = "%Y%m%dT%H%M%S%fZ"  # a version id starts with its UTC creation time (repair reads it back)


def new_version_id(after: str | None = None, now: datetime | None = None) -> str:
    """Ids sort in creation order: UTC timestamp to the microsecond plus a random tail."""
    now = now or now_utc()
    vid = now.strftime(VERSION_TIME_FORMAT) + "-" + secrets.token_hex(3)
    if after and vid <= after:  # clock went backwards: still sort after the previous version
        vid = after.split("-")[0] + "1-" + secrets.token_hex(3)
    return vid


@dataclass
class Written:
    """What a writer put into a staging folder: every part (path -> sha256, bytes, rows), the Data Package
    resources, the parts written and those shared with the previous version."""
    files: dict[str, dict]
    resources: builtins.list[dict]
    written: builtins.list[str]
    shared: builtins.list[str]
    same: bool = False  # the version would hold the previous one's rows: nothing is published


class PartWriter:
    """Parts into a staging folder. A part that `lend` (the previous version's manifest files) has under the same
    path with the same bytes, or whose rows equal the previous part's rows as read (`raw`), is shared with the
    previous version (hard link, server-side copy) instead of written."""

    def __init__(self, versions: Versions, staging: str, previous: str | None, lend: dict[str, dict]):
        self.versions, self.staging, self.previous, self.lend = versions, staging, previous, lend
        self.files: dict[str, dict] = {}
        self.names: dict[str, builtins.list[str]] = {}
        self.rows: Counter = Counter()
        self.written: builtins.list[str] = []
        self.shared: builtins.list[str] = []

    def put(self, name: str, fname: str, table: pa.Table, raw: pa.Table | None = None) -> bool:
        """Write or share one part; True when it is the previous version's part unchanged."""
        table = table.cast(TABLES[name].arrow_schema)  # the declared names too (a list's item, as read: element)
        self.names.setdefault(name, []).append(fname)
        self.rows[name] += table.num_rows
        old = self.lend.get(fname)
        if old and raw is not None and raw.schema == table.schema and raw.equals(table) \
                and self.versions.share(self.previous, self.staging, fname):
            self.files[fname] = {"sha256": old["sha256"], "bytes": old["bytes"], "rows": table.num_rows}
            self.shared.append(fname)
            return True
        data = parquet_bytes(table)
        meta = self.files[fname] = {"sha256": sha256_hex(data), "bytes": len(data), "rows": table.num_rows}
        if old and (old.get("sha256"), old.get("bytes")) == (meta["sha256"], meta["bytes"]) \
                and self.versions.share(self.previous, self.staging, fname):
            self.shared.append(fname)
            return True
        self.versions.root.write_bytes(data, "versions", self.staging, fname)
        self.written.append(fname)
        return False

    def result(self, same: bool = False) -> Written:
        resources = [datapackage_resource(n, sorted(self.names[n]), {f: self.files[f] for f in self.names[n]})
                     for n in TABLE_ORDER if n in self.names]
        return Written(self.files, resources, self.written, self.shared, same=same)


class Versions:
    def __init__(self, root: Root):
        self.root = root

    # -- reading ---------------------------------------------------------------------------
    def latest(self) -> str | None:
        """The version LATEST names; None only for a root where nothing was ever published.

        LATEST that is empty, malformed, oversized, a link, or missing while complete versions exist is
        an error naming the newest complete version and `readouts repair`: read as "no dataset yet", the
        next run would publish a version without any earlier document."""
        try:
            if self.root.is_local and os.path.islink(self.root.join("LATEST")):
                raise VersionError(self._broken("LATEST is a symbolic link, not a file"))
            raw = self.root.read_bytes("LATEST")
        except FileNotFoundError:
            if self.list():
                raise VersionError(self._broken("LATEST is missing")) from None
            return None
        if len(raw) > MAX_LATEST_BYTES:  # never echo (or parse) a huge file: it is not a version id
            raise VersionError(self._broken(f"LATEST is {len(raw):,} bytes, not a version id: "
                                            f"{excerpt(raw.decode('utf-8', 'replace'))}"))
        vid = raw.decode("utf-8", "replace").strip()
        if not vid:
            raise VersionError(self._broken("LATEST is empty"))
        try:
            return check_version_id(vid)
        except VersionError as e:
            raise VersionError(self._broken(f"LATEST is malformed ({e})")) from None

    def _broken(self, what: str) -> str:
        complete = self.list()
        newest = f"the newest complete version is {complete[-1]}" if complete else "no complete version exists"
        return f"{what} in {self.root.url}; {newest}: `readouts repair --data {self.root.url}` points LATEST at the newest valid version"

    def list(self) -> list[str]:
        """Complete versions (those with a manifest), oldest first."""
        return [v for v in self.root.listdir("versions")
                if SAFE_ID.fullmatch(v) and self.root.exists("versions", v, "manifest.json")]

    def manifest(self, vid: str) -> dict:
        check_version_id(vid)
        try:
            return json.loads(self.root.read_bytes("versions", vid, "manifest.json"))
        except FileNotFoundError:
            raise VersionError(f"version {vid!r} not found under {self.root.url}/versions") from None

    def read_table(self, vid: str, name: str, *, verify: bool = False, manifest: dict | None = None,
                   columns: builtins.list[str] | None = None) -> pa.Table:
        """One table of a version (all its part files, or its one file in versions before schema 2.0.0). A table
        the version's manifest does not list (written before the table existed) reads as empty; a listed file
        that is missing is an error, never 'empty'. verify=True also checks each file's size and sha256."""
        check_version_id(vid)
        manifest = self.manifest(vid) if manifest is None else manifest
        fnames = table_files(manifest, name)
        if not fnames:
            return empty_table(name)
        parts = []
        for i in range(0, len(fnames), 64):  # 64 parts' bytes at a time: memory holds the decoded table, not its files too
            chunk = fnames[i:i + 64]
            try:
                blobs = self.root.read_many([self.root.join("versions", vid, f) for f in chunk])
            except FileNotFoundError as e:
                raise VersionError(f"version {vid}: a file of {name} is listed in the manifest but missing ({e})") from None
            for fname, data in zip(chunk, blobs):
                parts.append(self._decode(vid, fname, data, manifest, verify, columns))
        return parts[0] if len(parts) == 1 else pa.concat_tables(parts)

    def read_part(self, vid: str, fname: str, manifest: dict, *, verify: bool = False) -> pa.Table:
        """One part file a version's manifest lists."""
        try:
            data = self.root.read_bytes("versions", vid, fname)
        except FileNotFoundError as e:
            raise VersionError(f"version {vid}: {fname} is listed in the manifest but missing ({e})") from None
        return self._decode(vid, fname, data, manifest, verify, None)

    @staticmethod
    def _decode(vid: str, fname: str, data: bytes, manifest: dict, verify: bool, columns) -> pa.Table:
        meta = manifest["files"][fname]
        if verify and (len(data) != meta.get("bytes") or sha256_hex(data) != meta.get("sha256")):
            raise VersionError(f"version {vid}: {fname} does not match its manifest checksum (corrupted); "
                               "nothing was published: point LATEST at the newest version that "
                               "`readouts validate VERSION` accepts, then run again")
        return read_parquet_bytes(data, columns)

    def read_all(self, vid: str | None, *, verify: bool = False) -> dict[str, pa.Table]:
        if vid is None:
            return {n: empty_table(n) for n in TABLE_ORDER}
        # a LATEST naming a folder without manifest is an error, not an empty dataset
        manifest = self.manifest(vid)
        return {n: self.read_table(vid, n, verify=verify, manifest=manifest) for n in TABLE_ORDER}

    # -- writing ---------------------------------------------------------------------------
    def publish(self, tables: dict[str, pa.Table], *, parser_version: str, previous: str | None,
                extra: dict | None = None, check: bool = True,
                release_notes: Callable[[str, dict[str, pa.Table]], dict[str, bytes]] | None = None,
                before_latest: Callable[[], None] | None = None) -> str:
        """Write a complete version, verify it, then move LATEST to it. Returns the version id.

        check=True refuses (VersionError, nothing written) tables that break the schema's keys,
        references or offsets, so a merge bug can never become the published dataset."""
        vid = new_version_id(after=max([v for v in (previous, self.latest()) if v], default=None))
        cast = {}
        for name in TABLE_ORDER:
            table = tables.get(name)
            cast[name] = empty_table(name) if table is None else table.cast(TABLES[name].arrow_schema)
        if check:
            problems = check_tables(cast, text_withheld=(extra or {}).get("text_withheld") is True)
            if problems:
                raise VersionError(f"version {vid} not published, its tables are inconsistent: "
                                   + "; ".join(problems[:5]))
        notes = (lambda v: release_notes(v, cast)) if release_notes else None
        vid_out = self.publish_with(lambda staging: self._write_parts(staging, cast, previous),
                                    parser_version=parser_version, previous=previous, extra=extra,
                                    release_notes=notes, before_latest=before_latest, vid=vid)
        assert vid_out is not None  # only a writer that finds nothing changed abandons
        return vid_out

    def publish_with(self, write: Callable[[str], Written], *, parser_version: str, previous: str | None,
                     extra: dict | None = None, release_notes: Callable[[str], dict[str, bytes]] | None = None,
                     before_latest: Callable[[], None] | None = None, vid: str | None = None) -> str | None:
        """Publish a version whose part files `write(staging)` puts into the staging folder (output/merge.py
        writes a merge bucket by bucket; publish() writes tables it holds). None, with nothing left behind, when
        the writer found the version would hold the previous one's rows (`Written.same`)."""
        vid = vid or new_version_id(after=max([v for v in (previous, self.latest()) if v], default=None))
        staging = f"{TMP_MARK}{vid}" if self.root.is_local else vid
        try:
            w = write(staging)
            if w.same:
                self._discard(staging)
                return None
            return self._write(vid, staging, w, parser_version, previous, extra, release_notes, before_latest)
        except BaseException:
            if self.root.is_local:  # leave nothing half-written behind when we can
                shutil.rmtree(self.root.join("versions", staging), ignore_errors=True)
            raise

    def _discard(self, staging: str) -> None:
        if self.root.is_local:
            shutil.rmtree(self.root.join("versions", staging), ignore_errors=True)
        else:  # no manifest was written: readers ignore the folder; remove it when the store lets us
            try:
                self.root.fs.rm(self.root.join("versions", staging), recursive=True)
            except (OSError, FileNotFoundError):
                pass

    def _write(self, vid, staging, w: Written, parser_version, previous, extra, release_notes=None, before_latest=None) -> str:
        files, resources, written, shared = w.files, w.resources, w.written, w.shared
        # check what landed on storage before anything points at it (64 parts at a time: bounded memory)
        for i in range(0, len(written), 64):
            chunk = written[i:i + 64]
            for fname, got in zip(chunk, self.root.read_many([self.root.join("versions", staging, f) for f in chunk])):
                if sha256_hex(got) != files[fname]["sha256"] or len(got) != files[fname]["bytes"]:
                    raise VersionError(f"{fname} did not read back as written; version {vid} abandoned")
        for fname in shared:
            if self.root.fs.size(self.root.join("versions", staging, fname)) != files[fname]["bytes"]:
                raise VersionError(f"{fname} was not shared intact from {previous}; version {vid} abandoned")
        created = now_utc().isoformat(timespec="seconds").replace("+00:00", "Z")
        manifest = {
            "version": vid,
            "created_at": created,
            "parser_version": parser_version,
            "schema_version": SCHEMA_VERSION,
            "previous": previous,
            "layout": LAYOUT,
            "files": files,
            # parts written by this version, and parts it shares with `previous` (same rows, same bytes)
            "parts_written": len(written),
            "parts_shared": len(shared),
            **(extra or {}),
        }
        package = {
            "profile": "data-package",
            "name": "readouts",
            "title": "Government meeting readouts",
            "version": vid,
            "created": created,
            "licenses": [DATA_LICENSE],
            "resources": [{**r, "licenses": [DATA_LICENSE, TEXT_LICENSE]} if r["name"] == "documents" else r
                          for r in resources],
        }
        self.root.write_bytes(json.dumps(package, indent=1, ensure_ascii=False).encode(), "versions", staging, "datapackage.json")
        notes = release_notes(vid) if release_notes else {}
        for fname, data in notes.items():  # dataset card, CHANGES.md, changes.json
            self.root.write_bytes(data, "versions", staging, fname)
        if notes:
            manifest["release_files"] = {f: {"sha256": sha256_hex(d), "bytes": len(d)} for f, d in notes.items()}
        # the manifest is the last file of a version: its presence marks the folder complete
        self.root.write_atomic(json.dumps(manifest, indent=1).encode(), "versions", staging, "manifest.json")
        if self.root.is_local:
            for name in TABLE_ORDER:
                fsync_dir(self.root.join("versions", staging, name))
            fsync_dir(self.root.join("versions", staging))
            os.rename(self.root.join("versions", staging), self.root.join("versions", vid))
            fsync_dir(self.root.join("versions"))
        if before_latest is not None:
            before_latest()  # the writer lock is still ours (an object-store lease can be lost by a stalled run)
        self.check_unmoved(previous)
        self.root.write_atomic((vid + "\n").encode(), "LATEST")
        return vid

    def _write_parts(self, staging: str, tables: dict[str, pa.Table], previous: str | None) -> Written:
        """Every table as part files (output/layout.py). A part with the same path and sha256 in `previous`
        is shared (hard link / server-side copy), not written: a version costs what changed."""
        lend: dict = {}
        if previous:
            prev_manifest = self.manifest(previous)
            lend = prev_manifest["files"] if is_parts(prev_manifest) else {}
        writer = PartWriter(self, staging, previous, lend)
        for name in TABLE_ORDER:
            for fname, part in iter_parts(name, tables[name], tables["documents"].num_rows):
                writer.put(name, fname, part)
        return writer.result()

    def share(self, previous: str | None, staging: str, fname: str) -> bool:
        """Put `previous`'s copy of a part into the new version without writing it: False when that fails."""
        src, dst = self.root.join("versions", str(previous), fname), self.root.join("versions", staging, fname)
        try:
            if self.root.is_local:
                os.makedirs(os.path.dirname(dst), exist_ok=True)
                os.link(src, dst)  # one inode, two names: a version folder stays complete on its own
            else:
                self.root.fs.copy(src, dst)  # server-side on object stores: the bytes never come here
            return True
        except (OSError, NotImplementedError, ValueError):
            return False

    def check_unmoved(self, previous: str | None) -> None:
        """LATEST must still name the version this run merged into: never overwrite another writer's publish."""
        try:
            now: str | None = self.root.read_bytes("LATEST")[:MAX_LATEST_BYTES].decode("utf-8", "replace").strip()
        except FileNotFoundError:
            now = None  # a first publish: our own version is already complete, LATEST not yet written
        if now != previous:
            raise VersionError(f"LATEST moved from {previous} to {excerpt(now)} while this run was publishing (another writer "
                               "without the lock?); this run's version was written but LATEST not moved: run again")

    def clean_staging(self) -> builtins.list[str]:  # `list` here is the method above
        """Remove what interrupted local writes left: staging folders and LATEST temporary files.

        Call it only under the writer lock: staging happens only there, so nothing removed here
        belongs to a writer that is still running. Never touches a folder with a version id."""
        removed = []
        if self.root.is_local:
            for name in self.root.listdir("versions"):
                if name.startswith(TMP_MARK):
                    shutil.rmtree(self.root.join("versions", name), ignore_errors=True)
                    removed.append(name)
            for name in self.root.listdir():
                if name.startswith("LATEST" + TMP_MARK):
                    try:
                        os.unlink(self.root.join(name))
                        removed.append(name)
                    except OSError:
                        pass
        return removed
