"""`readouts export-release`: copy a published version into another root, optionally without the article text.

The destination is a root of its own (a folder to upload to a static web host, or an s3:// bucket path that
`readouts.open` reads): each export adds a version there, with its own manifest, datapackage.json, dataset
card and CHANGES against the destination's previous export, and `derived_from` naming the source version.
`--without-text` empties `documents.text` and nulls `documents.bylines` (the sources' own text, which the
licence statement keeps for research); the manifest says `text_withheld`, so `validate` does not look for
directive offsets in a text that is not there. The source root is only read.
"""
from __future__ import annotations

import pyarrow as pa

from readouts.output.card import quality_for, release_files
from readouts.output.lock import writer_lock
from readouts.output.schema import SCHEMA_VERSION, TABLES
from readouts.output.storage import Root, RootError
from readouts.output.versions import Versions


def withhold_text(documents: pa.Table) -> pa.Table:
    schema = TABLES["documents"].arrow_schema
    n = documents.num_rows
    out = documents.set_column(documents.schema.get_field_index("text"), schema.field("text"),
                               pa.array([""] * n, type=schema.field("text").type))
    if "bylines" in out.column_names:
        out = out.set_column(out.schema.get_field_index("bylines"), schema.field("bylines"),
                             pa.nulls(n, type=schema.field("bylines").type))
    return out


def export_release(source: Root, dest_url: str, version: str | None = None, *, without_text: bool = False) -> str:
    """Publish `version` (default: LATEST) of `source` as the next version of the root at `dest_url`."""
    src = Versions(source)
    vid = version or src.latest()
    if vid is None:
        raise RootError(f"no published version under {source.url}")
    manifest = src.manifest(vid)
    tables = src.read_all(vid, verify=True)
    if without_text:
        tables["documents"] = withhold_text(tables["documents"])
    dest = Root(dest_url)
    if dest.url.rstrip("/") == source.url.rstrip("/"):
        raise RootError("the destination is the source root: export into another folder or bucket path")
    dest.check_writable()
    out = Versions(dest)
    with writer_lock(dest) as lock:
        previous = out.latest()
        before = out.read_all(previous, verify=True) if previous else None
        parser = str(manifest.get("parser_version"))

        def notes(new_vid: str, written: dict) -> dict[str, bytes]:
            return release_files(new_vid, written, before, previous, parser_version=parser, schema_version=SCHEMA_VERSION,
                                 model=manifest.get("model"), quality=quality_for(parser), text_withheld=without_text)

        extra = {"derived_from": {"version": vid, "created_at": manifest.get("created_at")},
                 "text_withheld": without_text, "model": manifest.get("model")}
        return out.publish(tables, parser_version=parser, previous=previous, extra=extra, release_notes=notes,
                           before_latest=lock.confirm)
