"""Output stage without Prefect: versions, manifest, release merge, validation."""
from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime

import pyarrow.parquet as pq
import pytest

from readouts.output.publish import publish_run
from readouts.output.schema import SCHEMA_VERSION, TABLES, data_dictionary_markdown, to_arrow
from readouts.output.storage import Root
from readouts.output.validate import validate_version
from readouts.output.versions import Versions, new_version_id

TEXT = "On May 5, Li Ming presided over the meeting.\n\nWe should work harder."


class FakeOutcome:
    """Mimics flows.core.Outcome without running extract/transform."""

    def __init__(self, doc_id, url=None, text=TEXT, failure=None, sha=None):
        self.input = f"/in/{doc_id}.html"
        self.failure = failure
        self.receipt = None
        self.records = None if failure else _Records(doc_id, url, text, sha or hashlib.sha256(text.encode()).hexdigest())


class _Records:
    def __init__(self, doc_id, url, text, sha):
        mid = "m-" + doc_id
        self.document = {"doc_id": doc_id, "input": f"/in/{doc_id}.html", "url": url, "source": "local",
                         "content_sha256": sha, "fetched_at": None, "published_date": date(2024, 5, 6),
                         "title": "T", "text": text, "parser_version": "test", "removed_at": None}
        self.tables = {
            "documents": [self.document],
            "meetings": [{"meeting_id": mid, "doc_id": doc_id, "url": url, "source": "local", "title": "T",
                          "meeting_name": None, "meeting_date": date(2024, 5, 5), "meeting_end_date": None,
                          "meeting_date_source": "day_month+published_year", "published_date": date(2024, 5, 6),
                          "location": None, "format": None, "chairs": ["Li Ming"]}],
            "speakers": [{"meeting_id": mid, "seq": 0, "name": "Li Ming", "kind": "person", "person_id": None,
                          "titles": ["Governor"], "role": "chair", "evidence": "On May 5, Li Ming presided over the meeting."}],
            "attendees": [],
            "directives": [{"meeting_id": mid, "seq": 0, "text": "We should work harder.", "speaker": "Li Ming",
                            "speaker_person_id": None, "modality": "should",
                            "char_start": text.index("We should"), "char_end": len(text)}],
            "mentions": [],
        }

    def as_tables(self):
        return self.tables


def fail(input_):
    return {"input": input_, "stage": "decode", "error_type": "Empty", "message": "empty file (0 bytes)",
            "content_sha256": None, "at": datetime.now(UTC)}


def publish(root, outcomes, extra=()):
    return publish_run(str(root), new_version_id(), outcomes, list(extra), parser_version="test")


def test_publish_writes_spec_layout_and_manifest(tmp_path):
    s = publish(tmp_path, [FakeOutcome("a")])
    vdir = tmp_path / "versions" / s.version
    assert (tmp_path / "LATEST").read_text().strip() == s.version
    m = json.loads((vdir / "manifest.json").read_text())
    assert set(m) >= {"version", "created_at", "parser_version", "schema_version", "previous", "files"}
    assert m["previous"] is None and m["schema_version"] == SCHEMA_VERSION and m["created_at"].endswith("Z")
    for name, spec in TABLES.items():
        f = vdir / f"{name}/part-00-0.parquet"
        meta = m["files"][f"{name}/part-00-0.parquet"]
        assert hashlib.sha256(f.read_bytes()).hexdigest() == meta["sha256"]
        assert f.stat().st_size == meta["bytes"]
        table = pq.read_table(f)
        assert table.num_rows == meta["rows"]
        assert table.schema.equals(spec.arrow_schema), name
    pkg = json.loads((vdir / "datapackage.json").read_text())
    assert {r["name"] for r in pkg["resources"]} == set(TABLES)
    assert validate_version(Versions(Root(str(tmp_path))), s.version) == []


def test_versions_are_complete_and_ids_stable(tmp_path):
    s1 = publish(tmp_path, [FakeOutcome("a")])
    s2 = publish(tmp_path, [FakeOutcome("b")])
    s3 = publish(tmp_path, [FakeOutcome("a")])  # the same document again
    v = Versions(Root(str(tmp_path)))
    assert v.list() == [s1.version, s2.version, s3.version] == sorted(v.list())
    assert v.manifest(s2.version)["previous"] == s1.version
    docs = v.read_table(s3.version, "documents")
    assert sorted(docs["doc_id"].to_pylist()) == ["a", "b"]
    assert sorted(v.read_table(s3.version, "meetings")["meeting_id"].to_pylist()) == ["m-a", "m-b"]
    assert v.read_table(s3.version, "directives").num_rows == 2
    assert (s3.new, s3.changed, s3.unchanged) == (0, 0, 1)
    # the first version was never rewritten
    assert v.read_table(s1.version, "documents")["doc_id"].to_pylist() == ["a"]


def test_persons_get_stable_ids_across_versions(tmp_path):
    s1 = publish(tmp_path, [FakeOutcome("a")])
    s2 = publish(tmp_path, [FakeOutcome("b")])
    v = Versions(Root(str(tmp_path)))
    p1 = v.read_table(s1.version, "persons").to_pylist()
    p2 = v.read_table(s2.version, "persons").to_pylist()
    assert len(p1) == len(p2) == 1 and p1[0]["person_id"] == p2[0]["person_id"]
    assert p2[0]["n_meetings"] == 2
    sp = v.read_table(s2.version, "speakers")["person_id"].to_pylist()
    assert sp == [p1[0]["person_id"]] * 2


def test_failures_are_kept_until_the_input_succeeds(tmp_path):
    s1 = publish(tmp_path, [FakeOutcome("a"), FakeOutcome("x", failure=fail("/in/x.html"))])
    v = Versions(Root(str(tmp_path)))
    assert v.read_table(s1.version, "failures")["input"].to_pylist() == ["/in/x.html"]
    s2 = publish(tmp_path, [FakeOutcome("b")])
    assert v.read_table(s2.version, "failures")["input"].to_pylist() == ["/in/x.html"]
    s3 = publish(tmp_path, [FakeOutcome("x")])  # now it parses
    assert v.read_table(s3.version, "failures").num_rows == 0


def test_duplicate_document_in_one_run_goes_to_failures(tmp_path):
    a, a2 = FakeOutcome("a"), FakeOutcome("a")
    a2.input = "/in/copy-of-a.html"
    s = publish(tmp_path, [a, a2])
    v = Versions(Root(str(tmp_path)))
    assert v.read_table(s.version, "documents").num_rows == 1
    f = v.read_table(s.version, "failures").to_pylist()
    assert [(r["input"], r["error_type"]) for r in f] == [("/in/copy-of-a.html", "Duplicate")]


def test_interrupted_write_is_invisible_and_cleaned(tmp_path):
    s1 = publish(tmp_path, [FakeOutcome("a")])
    staging = tmp_path / "versions" / ".tmp-20990101T000000000000Z-dead00"
    (staging / "meetings").mkdir(parents=True)
    (staging / "meetings/part-00-0.parquet").write_bytes(b"partial")
    v = Versions(Root(str(tmp_path)))
    assert v.list() == [s1.version] and v.latest() == s1.version
    s2 = publish(tmp_path, [FakeOutcome("b")])
    assert not staging.exists() and v.latest() == s2.version


@pytest.mark.parametrize("damage", ["flip_byte", "drop_file", "bad_rows", "dangling_fk", "bad_offset"])
def test_validate_detects_corruption(tmp_path, damage):
    s = publish(tmp_path, [FakeOutcome("a")])
    v = Versions(Root(str(tmp_path)))
    vdir = tmp_path / "versions" / s.version
    man = json.loads((vdir / "manifest.json").read_text())
    if damage == "flip_byte":
        data = bytearray((vdir / "documents/part-00-0.parquet").read_bytes())
        data[len(data) // 2] ^= 0xFF
        (vdir / "documents/part-00-0.parquet").write_bytes(bytes(data))
    elif damage == "drop_file":
        (vdir / "speakers/part-00-0.parquet").unlink()
    elif damage == "bad_rows":
        man["files"]["meetings/part-00-0.parquet"]["rows"] = 7
        (vdir / "manifest.json").write_text(json.dumps(man))
    else:
        table = "speakers" if damage == "dangling_fk" else "directives"
        rows = pq.read_table(vdir / f"{table}/part-00-0.parquet").to_pylist()
        if damage == "dangling_fk":
            rows[0]["meeting_id"] = "nope"
        else:
            rows[0]["char_start"] += 1
        data_path = vdir / f"{table}/part-00-0.parquet"
        pq.write_table(to_arrow(table, rows), data_path)
        man["files"][f"{table}/part-00-0.parquet"].update(sha256=hashlib.sha256(data_path.read_bytes()).hexdigest(),
                                                 bytes=data_path.stat().st_size)
        (vdir / "manifest.json").write_text(json.dumps(man))
    problems = validate_version(v, s.version)
    assert problems, damage


def test_memory_filesystem_root():
    """The root may be any fsspec URL: the same code publishes to an in-memory object store."""
    s = publish("memory://readouts-test", [FakeOutcome("a")])
    v = Versions(Root("memory://readouts-test"))
    assert v.latest() == s.version and validate_version(v, s.version) == []


def test_data_dictionary_covers_every_column():
    md = data_dictionary_markdown()
    for t in TABLES.values():
        for c in t.columns:
            assert f"`{c.name}`" in md


def test_readme_data_dictionary_matches_schema():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    start, end = "<!-- data-dictionary:start -->", "<!-- data-dictionary:end -->"
    section = readme[readme.index(start) + len(start):readme.index(end)].strip()
    assert section == data_dictionary_markdown().strip(), "README data dictionary is stale: regenerate it"


def test_failure_of_an_attempted_input_clears_when_it_no_longer_fails(tmp_path):
    """A listing page or WARC file is tried without becoming a document: its old failure must still clear."""
    s1 = publish(tmp_path, [FakeOutcome("a")], [fail("https://x.test/list.shtml")])
    v = Versions(Root(str(tmp_path)))
    assert v.read_table(s1.version, "failures").num_rows == 1
    s2 = publish_run(str(tmp_path), new_version_id(), [], [], parser_version="test", attempted=["/other"])
    assert v.read_table(s2.version, "failures").num_rows == 1  # not tried again: kept
    s3 = publish_run(str(tmp_path), new_version_id(), [], [], parser_version="test",
                     attempted=["https://x.test/list.shtml"])
    assert v.read_table(s3.version, "failures").num_rows == 0


def test_bad_warc_failure_clears_after_a_good_warc_replaces_it(tmp_path):
    from conftest import SAMPLE

    from readouts.acquire.warc import write_warc
    from readouts.flows.core import discover, process_paths

    warc = tmp_path / "in.warc.gz"
    warc.write_bytes(b"\x1f\x8b not really gzip")

    def ingest():
        found, skipped = discover([str(warc)])
        return publish_run(str(tmp_path / "d"), new_version_id(), process_paths(found), skipped,
                           parser_version="test", attempted=found)

    s1 = ingest()
    v = Versions(Root(str(tmp_path / "d")))
    assert v.read_table(s1.version, "failures")["input"].to_pylist() == [str(warc)]
    page = sorted(SAMPLE.glob("*.html"))[0]
    write_warc(str(warc), [("https://www.example.gov.cn/a.html", page.read_bytes(), {"Content-Type": "text/html"}, 200, None)])
    s2 = ingest()
    assert v.read_table(s2.version, "failures").num_rows == 0
    assert v.read_table(s2.version, "documents").num_rows == 1


def test_truncated_warc_record_is_a_failure_not_a_shorter_document(tmp_path):
    from conftest import SAMPLE

    from readouts.acquire.warc import write_warc
    from readouts.flows.core import process_paths

    pages = [p.read_bytes() for p in sorted(SAMPLE.glob("*.html"))[:3]]
    full = tmp_path / "full.warc.gz"
    write_warc(str(full), [(f"https://x.test/{i}.html", b, {"Content-Type": "text/html"}, 200, None) for i, b in enumerate(pages)])
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(full.read_bytes()[:-400])
    ok = process_paths([str(full)])
    assert [o.failure for o in ok] == [None, None, None]
    out = process_paths([str(cut)])
    assert [o.failure is None for o in out][:2] == [True, True]
    assert any(o.failure and o.failure["error_type"] in ("TruncatedWARC", "BadWARC") for o in out)
    # the third page never becomes a document built from a fragment of its bytes
    assert sum(o.records is not None for o in out) == 2


def test_datapackage_is_valid_under_frictionless(tmp_path):
    """The Data Package descriptor of a published version validates with frictionless: types, list columns,
    nulls in integer columns, keys and references (0 errors)."""
    import subprocess
    import sys

    from conftest import SAMPLE

    from readouts.flows.core import RawInput, process_raw
    from readouts.output.versions import new_version_id

    now = datetime.now(UTC)
    outcomes = [process_raw(RawInput(input=str(p), body=p.read_bytes())) for p in sorted(SAMPLE.glob("*.html"))]
    runs = [{"run_id": "r1", "kind": "crawl", "source": "s", "started_at": now, "finished_at": None,
             "pages_requested": None, "new": 2, "changed": None, "unchanged": None, "failed": 0, "removed": None,
             "status": "failed", "message": "x", "last_success_at": None}]
    s = publish_run(str(tmp_path), new_version_id(), outcomes, [], parser_version="t", runs=runs)
    vdir = tmp_path / "versions" / s.version
    r = subprocess.run([sys.executable, "-m", "frictionless", "validate", "datapackage.json", "--json"],
                       cwd=vdir, capture_output=True, text=True, timeout=300)
    report = json.loads(r.stdout)
    errors = [(t["name"], e["type"], e.get("fieldName")) for t in report["tasks"] for e in t["errors"]]
    assert report["valid"] and errors == [], errors[:10]
    assert {t["name"] for t in report["tasks"]} >= {"documents", "meetings", "speakers", "runs"}


def test_each_version_has_a_dataset_card_changes_and_an_honest_licence(tmp_path):
    from conftest import SAMPLE

    from readouts.flows.core import RawInput, process_raw
    from readouts.output.versions import Versions, new_version_id

    pages = sorted(SAMPLE.glob("*.html"))
    outcomes = [process_raw(RawInput(input=str(p), body=p.read_bytes())) for p in pages]
    s1 = publish_run(str(tmp_path), new_version_id(), outcomes[:4], [], parser_version="1.1.0")
    s2 = publish_run(str(tmp_path), new_version_id(), outcomes[4:], [], parser_version="1.1.0")
    vdir = tmp_path / "versions" / s2.version
    manifest = json.loads((vdir / "manifest.json").read_text())
    assert set(manifest["release_files"]) == {"README.md", "CHANGES.md", "changes.json"}
    for fname, meta in manifest["release_files"].items():
        assert hashlib.sha256((vdir / fname).read_bytes()).hexdigest() == meta["sha256"]
    changes = json.loads((vdir / "changes.json").read_text())
    assert changes["previous"] == s1.version and len(changes["added"]) == len(pages) - 4
    assert changes["removed"] == [] and changes["rows"]["documents"] == {"previous": 4, "now": len(pages)}
    card = (vdir / "README.md").read_text()
    assert s2.version in card and "ODC-By" in card and "documents.text" in card and "real-blind" in card
    assert f"documents | {len(pages)}" in card
    assert f"{len(pages) - 4} added" in (vdir / "CHANGES.md").read_text()
    pkg = json.loads((vdir / "datapackage.json").read_text())
    assert pkg["licenses"][0]["name"] == "ODC-By-1.0"
    docs = next(r for r in pkg["resources"] if r["name"] == "documents")
    assert [x["name"] for x in docs["licenses"]] == ["ODC-By-1.0", "other-at"]
    v = Versions(Root(str(tmp_path)))
    assert validate_version(v, s2.version) == []
    (vdir / "CHANGES.md").write_text("edited")
    assert any("CHANGES.md" in p for p in validate_version(v, s2.version))
