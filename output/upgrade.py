"""`readouts upgrade`: write a root's LATEST, made before schema 2.0.0 (one Parquet file per table), again as a new
version in the current layout (each table a folder of part files, output/layout.py).

Writers refuse such a LATEST instead of converting it on the side: the upgrade is one explicit step, its version
says what it was made from (`upgraded_from`), and the versions before it stay exactly as they were (a
published version is never rewritten). Rows are the same, in the current schema (columns added since filled as
`conform` says); the parser version and the model are LATEST's.
"""
from __future__ import annotations

from readouts.output.card import quality_for, release_files
from readouts.output.layout import is_parts
from readouts.output.lock import writer_lock
from readouts.output.schema import SCHEMA_VERSION, conform
from readouts.output.storage import Root, RootError
from readouts.output.versions import VersionError, Versions


def check_current_layout(v: Versions, vid: str | None) -> None:
    """Refuse to merge into a LATEST of the older layout: it is upgraded by a command, never silently."""
    manifest = v.manifest(vid) if vid is not None else None
    if manifest is not None and not is_parts(manifest):
        schema = manifest.get("schema_version")
        raise VersionError(f"LATEST ({vid}, schema {schema}) stores each table as one file; this release writes "
                           f"tables as folders of part files: run `readouts upgrade --data {v.root.url}` once (it "
                           "adds a version with the same rows; earlier versions stay as they are)")


def upgrade(root: Root) -> tuple[str, str | None]:
    """(the version LATEST names afterwards, the version it was upgraded from, or None when it was current)."""
    root.check_writable()
    v = Versions(root)
    with writer_lock(root) as lock:
        latest = v.latest()
        if latest is None:
            raise RootError(f"no published version under {root.url}: nothing to upgrade")
        manifest = v.manifest(latest)
        if is_parts(manifest):
            return latest, None
        tables = {n: conform(n, t) for n, t in v.read_all(latest, verify=True).items()}
        parser = str(manifest.get("parser_version"))
        withheld = manifest.get("text_withheld") is True

        def notes(vid: str, written: dict) -> dict[str, bytes]:
            return release_files(vid, written, tables, latest, parser_version=parser, schema_version=SCHEMA_VERSION,
                                 model=manifest.get("model"), quality=quality_for(parser), text_withheld=withheld)

        extra = {"upgraded_from": {"version": latest, "schema_version": manifest.get("schema_version")},
                 "model": manifest.get("model"), "text_withheld": withheld}
        if "derived_from" in manifest:  # an export keeps saying what it was copied from
            extra["derived_from"] = manifest["derived_from"]
        vid = v.publish(tables, parser_version=parser, previous=latest, extra=extra, release_notes=notes,
                        before_latest=lock.confirm)
    return vid, latest
