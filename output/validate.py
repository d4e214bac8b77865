"""`readouts validate`: is a published version exactly what its manifest and the schema say?

Checks, each reported as one line (an empty list means valid):
  manifest    present, valid JSON, required keys, names its own folder, every table listed
  files       every listed file (each part of each table) exists, its size and sha256 match, it reads as
              Parquet, its row count matches; no unlisted Parquet file in the folder or its table folders;
              datapackage.json lists the same files as the manifest
  schema      every table has exactly the columns of output/schema.py, with the same Arrow types,
              and no nulls in required columns
  keys        primary keys unique (doc_id, meeting_id, person_id, (meeting_id, seq), ...)
  references  every foreign key of the schema resolves: meeting_id of speakers, attendees,
              directives and mentions in meetings; doc_id of meetings in documents; person_id and
              speaker_person_id in persons
  offsets     every directive's char_start/char_end lies inside its document's text and slices it
              to the directive's text exactly

The key, reference and offset checks live in output/checks.py, shared with `Versions.publish` and the
pipeline's per-document check, so an inconsistent dataset is never published.
"""
from __future__ import annotations

import json

import pyarrow as pa

from readouts.ids import sha256_hex
from readouts.output.checks import check_tables
from readouts.output.layout import table_files
from readouts.output.schema import TABLE_ORDER, TABLES
from readouts.output.storage import read_parquet_bytes
from readouts.output.versions import VersionError, Versions, check_version_id

REQUIRED_MANIFEST_KEYS = ("version", "created_at", "parser_version", "schema_version", "previous", "files")


def _read_checked(v: Versions, vid: str, fname: str, meta: object, problems: list[str]) -> pa.Table | None:
    """One listed Parquet file: present, its size, sha256 and row count as the manifest says, readable."""
    if not isinstance(meta, dict):
        problems.append(f"{fname}: manifest entry is not an object")
        return None
    try:
        data = v.root.read_bytes("versions", vid, fname)
    except FileNotFoundError:
        problems.append(f"{fname}: listed in the manifest but missing")
        return None
    if len(data) != meta.get("bytes"):
        problems.append(f"{fname}: {len(data)} bytes, manifest says {meta.get('bytes')}")
    if sha256_hex(data) != meta.get("sha256"):
        problems.append(f"{fname}: sha256 differs from the manifest (file changed or corrupted)")
    try:
        table = read_parquet_bytes(data)
    except Exception as e:  # corrupted beyond reading
        problems.append(f"{fname}: unreadable Parquet ({type(e).__name__}: {str(e)[:200]})")
        return None
    if table.num_rows != meta.get("rows"):
        problems.append(f"{fname}: {table.num_rows} rows, manifest says {meta.get('rows')}")
    return table


def _check_files(v: Versions, vid: str, manifest: dict, problems: list[str]) -> dict[str, pa.Table]:
    tables: dict[str, pa.Table] = {}
    files = manifest.get("files")
    if not isinstance(files, dict):
        problems.append("manifest.json: 'files' is not an object")
        return tables
    for name in TABLE_ORDER:
        fnames = table_files(manifest, name)
        if not fnames:
            problems.append(f"{name}: not listed in manifest.json")
            continue
        parts = [_read_checked(v, vid, f, files[f], problems) for f in fnames]
        good = [t for t in parts if t is not None]
        for fname, part in zip(fnames, parts):
            if part is not None:
                _check_schema(name, part, problems, fname)
        if len(good) == len(parts):
            try:
                tables[name] = good[0] if len(good) == 1 else pa.concat_tables(good)
            except pa.ArrowInvalid as e:  # parts of differing schemas: reported per part above
                problems.append(f"{name}: parts do not form one table ({str(e)[:200]})")
    known = {f for n in TABLE_ORDER for f in table_files(manifest, n)}
    for fname in sorted(set(files) - known):
        problems.append(f"{fname}: listed in manifest.json but not a table of schema {manifest.get('schema_version')}")
    for fname in _present_parquet(v, vid):
        if fname not in files:
            problems.append(f"{fname}: in the version folder but not in manifest.json")
    _check_datapackage(v, vid, manifest, problems)
    _check_release_files(v, vid, manifest, problems)
    return tables


def _present_parquet(v: Versions, vid: str) -> list[str]:
    """The Parquet files in the version folder and its table folders (best effort: some stores cannot list)."""
    found = []
    try:
        for entry in v.root.listdir("versions", vid):
            if entry.endswith(".parquet"):
                found.append(entry)
            elif entry in TABLES:
                found += [f"{entry}/{f}" for f in v.root.listdir("versions", vid, entry) if f.endswith(".parquet")]
    except Exception:  # noqa: BLE001 - listing is best effort
        return []
    return found


def _check_release_files(v: Versions, vid: str, manifest: dict, problems: list[str]) -> None:
    """The dataset card, CHANGES.md and changes.json are present and unchanged."""
    listed = manifest.get("release_files") or {}
    for fname, meta in listed.items() if isinstance(listed, dict) else ():
        try:
            data = v.root.read_bytes("versions", vid, fname)
        except FileNotFoundError:
            problems.append(f"{fname}: listed in manifest.json (release_files) but missing")
            continue
        if not isinstance(meta, dict) or sha256_hex(data) != meta.get("sha256"):
            problems.append(f"{fname}: sha256 differs from manifest.json (file changed or corrupted)")


def _check_schema(name: str, table: pa.Table, problems: list[str], fname: str) -> None:
    expected = TABLES[name].arrow_schema
    for field in expected:
        if field.name not in table.column_names:
            problems.append(f"{fname}: column {field.name} missing")
        elif not table.schema.field(field.name).type.equals(field.type):
            problems.append(f"{fname}: column {field.name} is {table.schema.field(field.name).type}, schema says {field.type}")
        elif not field.nullable and table[field.name].null_count:
            problems.append(f"{fname}: column {field.name} has {table[field.name].null_count} nulls but is required")
    extra = [c for c in table.column_names if c not in expected.names]
    if extra:
        problems.append(f"{fname}: column(s) {', '.join(extra)} not in the schema")


def _check_datapackage(v: Versions, vid: str, manifest: dict, problems: list[str]) -> None:
    try:
        pkg = json.loads(v.root.read_bytes("versions", vid, "datapackage.json"))
    except FileNotFoundError:
        problems.append("datapackage.json: missing")
        return
    except (ValueError, UnicodeDecodeError) as e:
        problems.append(f"datapackage.json: not valid JSON ({e})")
        return
    files = manifest.get("files") or {}
    for r in pkg.get("resources", []) if isinstance(pkg, dict) else []:
        if not isinstance(r, dict) or r.get("name") not in TABLES:
            continue
        given = r.get("path")
        paths: list = given if isinstance(given, list) else [given]
        if sorted(map(str, paths)) != table_files(manifest, r["name"]):
            problems.append(f"datapackage.json: the files of {r['name']} differ from manifest.json")
        meta = files.get(paths[0]) if len(paths) == 1 else None
        if isinstance(meta, dict) and r.get("hash") not in (None, meta.get("sha256"), f"sha256:{meta.get('sha256')}"):
            problems.append(f"datapackage.json: hash of {paths[0]} differs from manifest.json")


def validate_version(v: Versions, vid: str) -> list[str]:
    """Every problem found, as one line each; an empty list means the version is valid."""
    problems: list[str] = []
    try:
        check_version_id(vid)
        manifest = v.manifest(vid)
    except json.JSONDecodeError as e:
        return [f"manifest.json is not valid JSON ({e})"]
    except UnicodeDecodeError as e:
        return [f"manifest.json is not UTF-8 text ({e.reason})"]
    except VersionError as e:
        return [str(e)]
    except Exception as e:  # noqa: BLE001 - unreadable storage is a finding, not a crash
        return [f"manifest.json cannot be read ({type(e).__name__}: {e})"]
    if not isinstance(manifest, dict):
        return ["manifest.json is not a JSON object"]
    for key in REQUIRED_MANIFEST_KEYS:
        if key not in manifest:
            problems.append(f"manifest.json: key {key!r} missing")
    if manifest.get("version") not in (None, vid):
        problems.append(f"manifest.json names version {manifest.get('version')!r}, folder is {vid!r}")
    try:
        tables = _check_files(v, vid, manifest, problems)
        problems.extend(check_tables(tables, text_withheld=manifest.get("text_withheld") is True))
    except Exception as e:  # noqa: BLE001 - a check that cannot run is itself a problem
        problems.append(f"validation could not finish: {type(e).__name__}: {str(e)[:200]}")
    return problems
