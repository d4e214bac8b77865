"""`readouts validate` on deliberately corrupted versions: every corruption is found and named.

A real version is built from generated readouts (chairs, speakers, attendees, directives, persons),
then damaged one way per test. Damage that keeps the manifest's checksums right (a table rewritten
and the manifest updated) must still be caught by the schema, key, reference and offset checks.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from test_crash import page

from readouts.output.publish import publish_run
from readouts.output.schema import TABLES, to_arrow
from readouts.output.storage import Root
from readouts.output.validate import validate_version
from readouts.output.versions import VersionError, Versions, new_version_id


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    """A valid two-version root (the second version carries the first over) built once; tests copy it."""
    from readouts.flows.core import RawInput, process_raw

    root = tmp_path_factory.mktemp("good") / "data"
    for lo in (0, 4):
        outcomes = [process_raw(RawInput(input=f"/in/{i}.html", body=page(i))) for i in range(lo, lo + 4)]
        assert all(o.failure is None for o in outcomes)
        publish_run(str(root), new_version_id(), outcomes, [], parser_version="test")
    v = Versions(Root(str(root)))
    assert validate_version(v, v.latest()) == []
    return root


@pytest.fixture()
def root(good, tmp_path):
    dst = tmp_path / "data"
    shutil.copytree(good, dst)
    return dst


def latest_dir(root):
    v = Versions(Root(str(root)))
    return v, v.latest(), root / "versions" / v.latest()


def manifest(vdir) -> dict:
    return json.loads((vdir / "manifest.json").read_text())


def rewrite(vdir, name: str, table: pa.Table) -> None:
    """Replace a table and update the manifest, so checksums, sizes and row counts all agree."""
    path = vdir / f"{name}/part-00-0.parquet"
    pq.write_table(table, path)
    m = manifest(vdir)
    m["files"][f"{name}/part-00-0.parquet"] = {"sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                                     "bytes": path.stat().st_size, "rows": table.num_rows}
    (vdir / "manifest.json").write_text(json.dumps(m))
    pkg = json.loads((vdir / "datapackage.json").read_text())
    for r in pkg["resources"]:
        if r["path"] == f"{name}/part-00-0.parquet":
            r["hash"] = "sha256:" + m["files"][f"{name}/part-00-0.parquet"]["sha256"]
    (vdir / "datapackage.json").write_text(json.dumps(pkg))


def loose(name: str, rows_: list[dict]) -> pa.Table:
    """The table with the schema's types but every column nullable (to write nulls where they are not allowed)."""
    schema = pa.schema([f.with_nullable(True) for f in TABLES[name].arrow_schema])
    return pa.Table.from_pylist(rows_, schema=schema)


def rows(vdir, name):
    return pq.read_table(vdir / f"{name}/part-00-0.parquet").to_pylist()


def problems_of(root) -> list[str]:
    v, vid, _ = latest_dir(root)
    return validate_version(v, vid)


def assert_found(root, *needles):
    problems = problems_of(root)
    assert problems, "corruption not detected"
    text = "\n".join(problems)
    for n in needles:
        assert n in text, f"{n!r} not in {problems}"
    return problems


# ------------------------------------------------------------------------ files against the manifest
@pytest.mark.parametrize("name", list(TABLES))
def test_flipped_byte_in_any_table(root, name):
    _, _, vdir = latest_dir(root)
    f = vdir / f"{name}/part-00-0.parquet"
    data = bytearray(f.read_bytes())
    data[len(data) // 2] ^= 0x01
    f.write_bytes(bytes(data))
    assert_found(root, f"{name}/part-00-0.parquet: sha256 differs")


def test_truncated_file(root):
    _, _, vdir = latest_dir(root)
    f = vdir / "directives/part-00-0.parquet"
    f.write_bytes(f.read_bytes()[:100])
    assert_found(root, "directives/part-00-0.parquet: 100 bytes, manifest says", "sha256 differs", "unreadable Parquet")


def test_missing_file(root):
    _, _, vdir = latest_dir(root)
    (vdir / "persons/part-00-0.parquet").unlink()
    assert_found(root, "persons/part-00-0.parquet: listed in the manifest but missing")


def test_unlisted_parquet_file(root):
    _, _, vdir = latest_dir(root)
    shutil.copy(vdir / "meetings/part-00-0.parquet", vdir / "meetings_old.parquet")
    assert_found(root, "meetings_old.parquet: in the version folder but not in manifest.json")


def test_wrong_row_count_in_manifest(root):
    _, _, vdir = latest_dir(root)
    m = manifest(vdir)
    m["files"]["meetings/part-00-0.parquet"]["rows"] += 1
    (vdir / "manifest.json").write_text(json.dumps(m))
    assert_found(root, "meetings/part-00-0.parquet: 8 rows, manifest says 9")


@pytest.mark.parametrize("damage,needle", [
    ("not_json", "manifest.json is not valid JSON"),
    ("binary", "manifest.json"),
    ("not_object", "manifest.json is not a JSON object"),
    ("missing_key", "key 'schema_version' missing"),
    ("other_version", "manifest.json names version"),
    ("files_not_object", "'files' is not an object"),
    ("table_unlisted", "speakers: not listed in manifest.json"),
    ("deleted", "not found"),
])
def test_damaged_manifest(root, damage, needle):
    _, _, vdir = latest_dir(root)
    m = manifest(vdir)
    mf = vdir / "manifest.json"
    if damage == "not_json":
        mf.write_text(mf.read_text()[:-10])
    elif damage == "binary":
        mf.write_bytes(b"\xff\xfe\x00garbage")
    elif damage == "not_object":
        mf.write_text("[]")
    elif damage == "missing_key":
        del m["schema_version"]
        mf.write_text(json.dumps(m))
    elif damage == "other_version":
        m["version"] = "20000101T000000000000Z-000000"
        mf.write_text(json.dumps(m))
    elif damage == "files_not_object":
        m["files"] = ["meetings/part-00-0.parquet"]
        mf.write_text(json.dumps(m))
    elif damage == "table_unlisted":
        del m["files"]["speakers/part-00-0.parquet"]
        mf.write_text(json.dumps(m))
    else:
        mf.unlink()
    assert_found(root, needle)


def test_datapackage_missing_or_disagreeing(root):
    _, _, vdir = latest_dir(root)
    pkg = json.loads((vdir / "datapackage.json").read_text())
    pkg["resources"][0]["hash"] = "sha256:" + "0" * 64
    (vdir / "datapackage.json").write_text(json.dumps(pkg))
    assert_found(root, "datapackage.json: hash of")
    (vdir / "datapackage.json").unlink()
    assert_found(root, "datapackage.json: missing")


# ------------------------------------------------------------------------ the one schema definition
def test_column_of_the_wrong_type(root):
    _, _, vdir = latest_dir(root)
    t = pq.read_table(vdir / "meetings/part-00-0.parquet")
    i = t.schema.get_field_index("meeting_date")
    t = t.set_column(i, "meeting_date", pa.array([str(d) for d in t["meeting_date"].to_pylist()]))
    rewrite(vdir, "meetings", t)
    assert_found(root, "meetings/part-00-0.parquet: column meeting_date is string, schema says date32[day]")


def test_missing_and_extra_columns(root):
    _, _, vdir = latest_dir(root)
    t = pq.read_table(vdir / "speakers/part-00-0.parquet").drop_columns(["role"]).append_column("secret", pa.array(["x"] * 8))
    rewrite(vdir, "speakers", t)
    assert_found(root, "speakers/part-00-0.parquet: column role missing", "column(s) secret not in the schema")


def test_null_in_required_column(root):
    _, _, vdir = latest_dir(root)
    r = rows(vdir, "documents")
    r[0]["text"] = None
    rewrite(vdir, "documents", loose("documents", r))
    assert_found(root, "documents/part-00-0.parquet: column text has 1 nulls but is required")


# ------------------------------------------------------------------------ keys and references
@pytest.mark.parametrize("name,key", [("documents", "doc_id"), ("meetings", "meeting_id"), ("persons", "person_id"),
                                      ("directives", "meeting_id, seq"), ("speakers", "meeting_id, seq")])
def test_duplicate_ids(root, name, key):
    _, _, vdir = latest_dir(root)
    r = rows(vdir, name)
    rewrite(vdir, name, to_arrow(name, r + [r[0]]))
    assert_found(root, f"{name}: 1 duplicate key(s) on ({key})")


@pytest.mark.parametrize("name,col,ref", [
    ("speakers", "meeting_id", "meetings.meeting_id"),
    ("attendees", "meeting_id", "meetings.meeting_id"),
    ("directives", "meeting_id", "meetings.meeting_id"),
    ("mentions", "meeting_id", "meetings.meeting_id"),
    ("meetings", "doc_id", "documents.doc_id"),
    ("speakers", "person_id", "persons.person_id"),
    ("attendees", "person_id", "persons.person_id"),
    ("mentions", "person_id", "persons.person_id"),
    ("directives", "speaker_person_id", "persons.person_id"),
])
def test_dangling_reference(root, name, col, ref):
    _, _, vdir = latest_dir(root)
    r = rows(vdir, name)
    if not r:  # the generated readouts mention nobody: add a mention that is fine except for the damaged column
        meeting = rows(vdir, "meetings")[0]["meeting_id"]
        person = rows(vdir, "persons")[0]["person_id"]
        r = [{"meeting_id": meeting, "name": "Someone Else", "person_id": person, "evidence": "x"}]
    r[0][col] = "dangling-id"
    rewrite(vdir, name, to_arrow(name, r))
    assert_found(root, f"{name}.{col}: 1 value(s) not found in {ref}", "dangling-id")


def test_persons_table_emptied(root):
    _, _, vdir = latest_dir(root)
    rewrite(vdir, "persons", to_arrow("persons", []))
    assert_found(root, "speakers.person_id", "attendees.person_id", "directives.speaker_person_id")


# ------------------------------------------------------------------------ offsets inside texts
@pytest.mark.parametrize("damage", ["shifted", "past_end", "negative", "reversed", "null", "text_edited"])
def test_directive_offsets(root, damage):
    _, _, vdir = latest_dir(root)
    r = rows(vdir, "directives")
    d = r[0]
    if damage == "shifted":
        d["char_start"] += 1
        d["char_end"] += 1
    elif damage == "past_end":
        d["char_end"] = 10 ** 6
    elif damage == "negative":
        d["char_start"] = -5
    elif damage == "reversed":
        d["char_start"], d["char_end"] = d["char_end"], d["char_start"]
    elif damage == "null":
        d["char_start"] = None
    else:
        d["text"] = d["text"].upper()
    rewrite(vdir, "directives", loose("directives", r))
    assert_found(root, "directives: 1 row(s) whose char_start/char_end do not slice documents.text")


def test_document_text_edited_breaks_offsets(root):
    _, _, vdir = latest_dir(root)
    r = rows(vdir, "documents")
    for d in r:
        d["text"] = "Inserted. " + d["text"]
    rewrite(vdir, "documents", to_arrow("documents", r))
    n = len(rows(vdir, "directives"))
    problems = assert_found(root, f"directives: {n} row(s) whose char_start/char_end")
    assert len(problems) == 1, problems  # the rewrite kept checksums and the data package consistent


# ------------------------------------------------------------------------ ids, CLI, publish refuses
@pytest.mark.parametrize("vid", ["../versions", "..", "a/b", ".tmp-x", "/etc", "", "x" * 300])
def test_version_ids_that_are_paths_are_refused(root, vid):
    v = Versions(Root(str(root)))
    problems = validate_version(v, vid)
    assert problems and "not a version id" in problems[0]


def test_staging_folder_is_not_a_version(root):
    v, vid, vdir = latest_dir(root)
    shutil.copytree(vdir, root / "versions" / f".tmp-{vid}x")
    assert f".tmp-{vid}x" not in v.list()


def _cli(*args):
    code = "import sys; from readouts.flows.cli import main; sys.argv = ['readouts'] + sys.argv[1:]; main()"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "COLUMNS": "200"})


def test_cli_exit_status_and_message(root):
    v, vid, vdir = latest_dir(root)
    ok = _cli("validate", "--data", str(root))
    assert ok.returncode == 0, ok.stderr
    older = v.list()[0]
    (vdir / "attendees/part-00-0.parquet").write_bytes(b"PAR1 not really")
    bad = _cli("validate", "--data", str(root))
    assert bad.returncode == 1
    assert "attendees/part-00-0.parquet" in bad.stderr and "invalid" in bad.stderr and "Traceback" not in bad.stderr
    ok_older = _cli("validate", older, "--data", str(root))  # an earlier version is untouched
    assert ok_older.returncode == 0, ok_older.stderr


def test_publish_refuses_inconsistent_tables(root):
    v, vid, vdir = latest_dir(root)
    tables = v.read_all(vid)
    tables["directives"] = to_arrow("directives", [{**r, "meeting_id": "nowhere"} for r in tables["directives"].to_pylist()])
    with pytest.raises(VersionError, match="directives.meeting_id"):
        v.publish(tables, parser_version="test", previous=vid)
    assert v.latest() == vid and not [d for d in os.listdir(root / "versions") if d.startswith(".tmp-")]


def test_publish_refuses_to_build_on_a_corrupted_latest(root):
    v, vid, vdir = latest_dir(root)
    f = vdir / "documents/part-00-0.parquet"
    data = bytearray(f.read_bytes())
    data[len(data) // 3] ^= 0x01
    f.write_bytes(bytes(data))
    from readouts.flows.core import RawInput, process_raw

    with pytest.raises(VersionError, match="documents/part-00-0.parquet does not match its manifest"):
        publish_run(str(root), new_version_id(), [process_raw(RawInput(input="/in/99.html", body=page(99)))], [],
                    parser_version="test")
    assert v.latest() == vid


def test_latest_naming_a_missing_version_is_not_read_as_empty(root):
    v, vid, vdir = latest_dir(root)
    (root / "LATEST").write_text("20991231T000000000000Z-abcdef\n")
    from readouts.flows.core import RawInput, process_raw

    with pytest.raises(VersionError, match="not found"):
        publish_run(str(root), new_version_id(), [process_raw(RawInput(input="/in/99.html", body=page(99)))], [],
                    parser_version="test")
    assert (root / "LATEST").read_text().strip() == "20991231T000000000000Z-abcdef"


def test_rebuild_from_scratch_is_not_blocked_by_a_corrupted_documents_table(root):
    """A rebuild discards the previous tables (all but the runs history), so only that must be intact."""
    v, vid, vdir = latest_dir(root)
    f = vdir / "documents/part-00-0.parquet"
    f.write_bytes(f.read_bytes()[:-3] + b"xyz")
    from readouts.flows.core import RawInput, process_raw

    s = publish_run(str(root), new_version_id(), [process_raw(RawInput(input="/in/99.html", body=page(99)))], [],
                    parser_version="test", from_scratch=True)
    assert v.latest() == s.version and validate_version(v, s.version) == []
    assert v.read_table(s.version, "documents").num_rows == 1


def test_one_inconsistent_document_is_a_failure_not_a_failed_run():
    """What publish would refuse is found per document first, so one bad document cannot block a run."""
    import copy

    from readouts.flows.core import RawInput, check_records, process_raw

    good = process_raw(RawInput(input="/in/1.html", body=page(1))).records
    assert check_records(good) is None
    damages = {
        "duplicate attendee": lambda r: r.attendees.append(dict(r.attendees[0])),
        "directive offsets": lambda r: r.directives[0].update(char_start=r.directives[0]["char_start"] + 1),
        "foreign meeting": lambda r: r.speakers[0].update(meeting_id="other"),
        "lone surrogate": lambda r: r.document.update(title="bad \udcff title"),
    }
    for what, damage in damages.items():
        r = copy.deepcopy(good)
        damage(r)
        assert check_records(r), what


def test_versions_lists_the_others_when_one_manifest_is_truncated(root):
    from typer.testing import CliRunner

    from readouts.flows.cli import app

    v = Versions(Root(str(root)))
    first, latest = v.list()
    path = root / "versions" / first / "manifest.json"
    path.write_bytes(path.read_bytes()[:40])  # truncated mid-JSON
    r = CliRunner().invoke(app, ["versions", "--data", str(root)])
    assert r.exit_code == 1
    assert latest in r.output and "damaged" in r.output
    assert f"versions/{first}/manifest.json is unreadable" in r.output


def test_untrusted_text_reaches_the_terminal_escaped_and_bounded(root, capsys):
    from readouts.flows.cli import fail_line, shown

    assert shown("a\nreadouts: published version X\x1b[31m [bold]b[/]") == \
        "a\\nreadouts: published version X\\x1b[31m \\[bold]b\\[/]"
    assert len(shown("x" * 10_000)) <= 203
    fail_line("bad name\n\x1b[2Jforged line " + "y" * 5000)
    line = capsys.readouterr().err
    assert line.count("\n") == 1 and "\x1b" not in line and len(line) < 600

    (root / "LATEST").write_bytes(b"x" * 5_000_000)  # a huge LATEST is refused without being echoed
    with pytest.raises(VersionError) as e:
        Versions(Root(str(root))).latest()
    message = str(e.value).replace(str(root), "ROOT")  # the root's path is named (twice), the excerpt is bounded
    assert len(message) < 300 and "5,000,000 bytes" in message and "readouts repair" in message


def test_commands_say_what_is_wrong_in_one_line(root, tmp_path):
    """No Prefect: each of these is refused before a flow starts."""
    from typer.testing import CliRunner

    from readouts.flows.cli import app

    def run(*args):  # main() prints a UserError as one line; here it arrives as the exception
        r = CliRunner().invoke(app, list(args))
        return r.exit_code, r.output + (str(r.exception) if r.exception else "")

    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.txt.bak").write_text("x")
    code, text = run("ingest", str(empty), "--data", str(tmp_path / "d"))
    assert code == 1 and "no inputs found under" in text and not (tmp_path / "d" / "LATEST").exists()
    code, text = run("validate", "NOSUCH", "--data", str(root))
    assert code == 1 and "no version NOSUCH under" in text and "problem" not in text
    code, text = run("diff", "foo", "bar", "--data", str(root))
    assert code == 1 and "no version foo under" in text and "Error" not in text
    code, text = run("run-document", str(empty), "--dry-run")
    assert code == 1 and "is a folder" in text
    code, text = run("export-warc", str(tmp_path / "out.warc"), "--data", str(tmp_path / "nothing-here"))
    assert code == 1 and "no raw archive under" in text and not (tmp_path / "out.warc").exists()


def test_diff_json_names_documents_and_versions_fit_80_columns(root):
    from typer.testing import CliRunner

    from readouts.flows.cli import app

    v = Versions(Root(str(root)))
    first, latest = v.list()
    r = CliRunner().invoke(app, ["diff", first, latest, "--data", str(root), "--json"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.output)
    assert len(d["added"]) == 4 and d["removed"] == [] and d["rows"]["documents"] == {"a": 4, "b": 8}
    assert all(set(x) == {"doc_id", "url"} for x in d["added"])
    r = CliRunner().invoke(app, ["versions", "--data", str(root)], terminal_width=80)
    header = next(line for line in r.output.splitlines() if "version" in line)
    assert "fails" in header and "…" not in r.output, r.output


def test_rebuild_and_export_report_missing_and_altered_raw_objects(tmp_path):
    """A raw object deleted or edited on disk is a failure row (stage archive), never a silent drop or change;
    export-warc names it instead of skipping it."""
    from readouts.flows.core import RawInput, process_raw
    from readouts.flows.crawl import export_warc, rebuild_batch, rebuild_inputs
    from readouts.output.raw import RawArchive

    root = str(tmp_path / "data")
    archive = RawArchive(Root(root))
    outcomes = []
    for i in range(3):
        url = f"https://www.example.gov.cn/news/2024/3/{i + 1}/a{i}.shtml"
        body = page(i)
        archive.put(body)
        outcomes.append(process_raw(RawInput(input=url, body=body, url=url, status=200)))
    publish_run(root, new_version_id(), outcomes, [], parser_version="t")
    shas = [o.receipt.sha256 for o in outcomes]
    objects = tmp_path / "data" / "raw" / "objects"
    (objects / shas[0][:2] / shas[0]).unlink()  # missing
    (objects / shas[1][:2] / shas[1]).write_bytes(b"<html>edited</html>")  # altered

    plan = rebuild_inputs(root)
    rebuilt = rebuild_batch(plan.inputs, root)
    failures = {f["content_sha256"]: (f["stage"], f["error_type"]) for f in plan.failures}
    failures |= {o.failure["content_sha256"]: (o.failure["stage"], o.failure["error_type"]) for o in rebuilt if o.failure}
    assert failures == {shas[0]: ("archive", "MissingRawObject"), shas[1]: ("archive", "AlteredRawObject")}
    assert [o.receipt.sha256 for o in rebuilt if o.records] == [shas[2]]

    problems: list[str] = []
    n, _ = export_warc(root, str(tmp_path / "out.warc"), problems=problems)
    assert n == 1 and sorted(p.split(" is ")[-1] for p in problems) == ["altered", "missing"]


def test_validate_raw_checks_every_object(tmp_path):
    from typer.testing import CliRunner

    from readouts.flows.cli import app
    from readouts.flows.core import RawInput, process_raw
    from readouts.output.raw import RawArchive

    root = tmp_path / "data"
    archive = RawArchive(Root(str(root)))
    outcomes = []
    for i in range(3):
        archive.put(page(i))
        outcomes.append(process_raw(RawInput(input=f"/in/{i}.html", body=page(i))))
    publish_run(str(root), new_version_id(), outcomes, [], parser_version="t")
    n, problems = archive.check()
    assert n == 3 and problems == []
    files = sorted(p for p in (root / "raw" / "objects").rglob("*") if p.is_file())
    files[0].write_bytes(b"edited")
    files[1].unlink()
    n, problems = archive.check()
    assert len(problems) == 2 and any("do not hash" in p for p in problems) and any("missing" in p for p in problems)
    r = CliRunner().invoke(app, ["validate", "--raw", "--data", str(root)])
    assert r.exit_code == 1 and "do not hash" in r.output + str(r.exception)
