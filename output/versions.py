"""Immutable, complete dataset versions and the LATEST pointer.

A version is written into a folder nobody else uses (a fresh id), checked against its manifest,
and only then made visible by moving LATEST. A crash at any point leaves the previous version
intact; a half-written folder has no manifest (or is still named .tmp-*) and is ignored.
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
from datetime import datetime, timezone

import pyarrow as pa

from output.schema import SCHEMA_VERSION, TABLE_ORDER, TABLES, datapackage_resource, empty_table
from output.storage import Root, parquet_bytes, read_parquet_bytes, sha256_hex


class VersionError(Exception):
    pass


def new_version_id(after: str | None = None, now: datetime | None = None) -> str:
    """Ids sort in creation order: UTC timestamp to the microsecond plus a random tail."""
    now = now or datetime.now(timezone.utc)
    vid = now.strftime("%Y%m%dT%H%M%S%fZ") + "-" + secrets.token_hex(3)
    if after and vid <= after:  # clock went backwards: still sort after the previous version
        vid = after.split("-")[0] + "1-" + secrets.token_hex(3)
    return vid


class Versions:
    def __init__(self, root: Root):
        self.root = root

    # -- reading ---------------------------------------------------------------------------
    def latest(self) -> str | None:
        if not self.root.exists("LATEST"):
            return None
        vid = self.root.read_bytes("LATEST").decode("utf-8").strip()
        return vid or None

    def list(self) -> list[str]:
        """Complete versions (those with a manifest), oldest first."""
        return [v for v in self.root.listdir("versions") if not v.startswith(".") and self.root.exists("versions", v, "manifest.json")]

    def manifest(self, vid: str) -> dict:
        try:
            return json.loads(self.root.read_bytes("versions", vid, "manifest.json"))
        except FileNotFoundError:
            raise VersionError(f"version {vid!r} not found under {self.root.url}/versions") from None

    def read_table(self, vid: str, name: str) -> pa.Table:
        parts = ("versions", vid, f"{name}.parquet")
        if not self.root.exists(*parts):
            return empty_table(name)
        return read_parquet_bytes(self.root.read_bytes(*parts))

    def read_all(self, vid: str | None) -> dict[str, pa.Table]:
        if vid is None:
            return {n: empty_table(n) for n in TABLE_ORDER}
        return {n: self.read_table(vid, n) for n in TABLE_ORDER}

    # -- writing ---------------------------------------------------------------------------
    def publish(self, tables: dict[str, pa.Table], *, parser_version: str, previous: str | None,
                extra: dict | None = None) -> str:
        """Write a complete version, verify it, then move LATEST to it. Returns the version id."""
        vid = new_version_id(after=max([v for v in (previous, self.latest()) if v], default=None))
        staging = f".tmp-{vid}" if self.root.is_local else vid
        files, resources = {}, []
        for name in TABLE_ORDER:
            table = tables.get(name)
            table = empty_table(name) if table is None else table.cast(TABLES[name].arrow_schema)
            data = parquet_bytes(table)
            self.root.write_bytes(data, "versions", staging, f"{name}.parquet")
            files[f"{name}.parquet"] = {"sha256": sha256_hex(data), "bytes": len(data), "rows": table.num_rows}
            resources.append(datapackage_resource(name, f"{name}.parquet", files[f"{name}.parquet"]["sha256"], len(data), table.num_rows))
        # check what landed on storage before anything points at it
        for fname, meta in files.items():
            got = self.root.read_bytes("versions", staging, fname)
            if sha256_hex(got) != meta["sha256"] or len(got) != meta["bytes"]:
                raise VersionError(f"{fname} did not read back as written; version {vid} abandoned")
        created = datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
        manifest = {
            "version": vid,
            "created_at": created,
            "parser_version": parser_version,
            "schema_version": SCHEMA_VERSION,
            "previous": previous,
            "files": files,
            **(extra or {}),
        }
        package = {
            "profile": "data-package",
            "name": "readouts",
            "title": "Government meeting readouts",
            "version": vid,
            "created": created,
            "licenses": [{"name": "ODC-PDDL-1.0", "path": "https://opendatacommons.org/licenses/pddl/1-0/"}],
            "resources": resources,
        }
        self.root.write_bytes(json.dumps(package, indent=1, ensure_ascii=False).encode(), "versions", staging, "datapackage.json")
        # the manifest is the last file of a version: its presence marks the folder complete
        self.root.write_atomic(json.dumps(manifest, indent=1).encode(), "versions", staging, "manifest.json")
        if self.root.is_local:
            os.rename(self.root.join("versions", staging), self.root.join("versions", vid))
        self.root.write_atomic((vid + "\n").encode(), "LATEST")
        return vid

    def clean_staging(self) -> list[str]:
        """Remove folders left by interrupted local writes (never a published version)."""
        removed = []
        if self.root.is_local:
            for name in self.root.listdir("versions"):
                if name.startswith(".tmp-"):
                    shutil.rmtree(self.root.join("versions", name), ignore_errors=True)
                    removed.append(name)
        return removed
