"""`readouts validate`: is a published version exactly what its manifest and the schema say?"""
from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.compute as pc

from output.schema import TABLE_ORDER, TABLES
from output.storage import read_parquet_bytes, sha256_hex
from output.versions import Versions


def _check_files(v: Versions, vid: str, manifest: dict, problems: list[str]) -> dict[str, pa.Table]:
    tables: dict[str, pa.Table] = {}
    for name in TABLE_ORDER:
        fname = f"{name}.parquet"
        meta = manifest.get("files", {}).get(fname)
        if meta is None:
            problems.append(f"{fname}: not listed in manifest.json")
            continue
        try:
            data = v.root.read_bytes("versions", vid, fname)
        except FileNotFoundError:
            problems.append(f"{fname}: listed in the manifest but missing")
            continue
        if len(data) != meta.get("bytes"):
            problems.append(f"{fname}: {len(data)} bytes, manifest says {meta.get('bytes')}")
        if sha256_hex(data) != meta.get("sha256"):
            problems.append(f"{fname}: sha256 differs from the manifest (file changed or corrupted)")
        try:
            table = read_parquet_bytes(data)
        except Exception as e:  # corrupted beyond reading
            problems.append(f"{fname}: unreadable Parquet ({type(e).__name__}: {e})")
            continue
        if table.num_rows != meta.get("rows"):
            problems.append(f"{fname}: {table.num_rows} rows, manifest says {meta.get('rows')}")
        expected = TABLES[name].arrow_schema
        for field in expected:
            if field.name not in table.column_names:
                problems.append(f"{fname}: column {field.name} missing")
            elif not table.schema.field(field.name).type.equals(field.type):
                problems.append(f"{fname}: column {field.name} is {table.schema.field(field.name).type}, schema says {field.type}")
            elif not field.nullable and table[field.name].null_count:
                problems.append(f"{fname}: column {field.name} has {table[field.name].null_count} nulls but is required")
        tables[name] = table
    return tables


def _check_keys(tables: dict[str, pa.Table], problems: list[str]) -> None:
    for name, table in tables.items():
        spec = TABLES[name]
        if spec.primary_key and table.num_rows and all(c in table.column_names for c in spec.primary_key):
            keys = list(zip(*(table[c].to_pylist() for c in spec.primary_key)))
            dupes = len(keys) - len(set(keys))
            if dupes:
                problems.append(f"{name}: {dupes} duplicate key(s) on ({', '.join(spec.primary_key)})")
        for col, ref, refcol in spec.foreign_keys:
            if ref not in tables or col not in table.column_names:
                continue
            values = pc.drop_null(table[col]).unique()
            missing = pc.invert(pc.is_in(values, value_set=tables[ref][refcol].combine_chunks()))
            n = pc.sum(missing).as_py() or 0
            if n:
                sample = values.filter(missing).to_pylist()[:3]
                problems.append(f"{name}.{col}: {n} value(s) not found in {ref}.{refcol}, e.g. {sample}")


def _check_offsets(tables: dict[str, pa.Table], problems: list[str]) -> None:
    if not {"directives", "meetings", "documents"} <= set(tables):
        return
    texts = dict(zip(tables["documents"]["doc_id"].to_pylist(), tables["documents"]["text"].to_pylist()))
    doc_of = dict(zip(tables["meetings"]["meeting_id"].to_pylist(), tables["meetings"]["doc_id"].to_pylist()))
    bad = 0
    for r in tables["directives"].select(["meeting_id", "text", "char_start", "char_end"]).to_pylist():
        text = texts.get(doc_of.get(r["meeting_id"]))
        if text is None or not (0 <= r["char_start"] <= r["char_end"] <= len(text)) or text[r["char_start"]:r["char_end"]] != r["text"]:
            bad += 1
    if bad:
        problems.append(f"directives: {bad} row(s) whose char_start/char_end do not slice documents.text to the sentence")


def validate_version(v: Versions, vid: str) -> list[str]:
    """Every problem found, as one line each; an empty list means the version is valid."""
    problems: list[str] = []
    try:
        manifest = v.manifest(vid)
    except json.JSONDecodeError as e:
        return [f"manifest.json is not valid JSON ({e})"]
    except Exception as e:
        return [str(e)]
    for key in ("version", "created_at", "parser_version", "schema_version", "previous", "files"):
        if key not in manifest:
            problems.append(f"manifest.json: key {key!r} missing")
    if manifest.get("version") not in (None, vid):
        problems.append(f"manifest.json names version {manifest.get('version')!r}, folder is {vid!r}")
    tables = _check_files(v, vid, manifest, problems)
    _check_keys(tables, problems)
    _check_offsets(tables, problems)
    return problems
