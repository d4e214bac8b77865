"""Cost that follows the change: an input whose bytes LATEST already holds (same path or URL, same parser and
NLP model) is not parsed again, and a re-run that changes nothing publishes nothing."""
from __future__ import annotations

import pytest
from test_crash import page, write_pages

import readouts.flows.core as core
from readouts.flows.core import Published, discover, process_paths
from readouts.output.publish import publish_run
from readouts.output.raw import RawArchive
from readouts.output.storage import Root
from readouts.output.versions import Versions


def ingest(root, folder, **kw):
    found, skipped = discover([str(folder)])
    outcomes = process_paths(found, RawArchive(Root(str(root))), Published.of(str(root)))
    return publish_run(str(root), "run", outcomes, skipped, parser_version=core.PARSER_VERSION,
                       attempted=found, skip_if_unchanged=True, **kw), outcomes


@pytest.fixture
def first(tmp_path):
    folder = write_pages(tmp_path / "in", 6)
    root = tmp_path / "data"
    s, _ = ingest(root, folder)
    assert s.published and s.documents_total == 6
    return root, folder, s.version


def test_unchanged_inputs_are_not_parsed_and_nothing_is_published(first, monkeypatch):
    root, folder, vid = first
    calls = []
    real = core.process_raw
    monkeypatch.setattr(core, "process_raw", lambda raw: calls.append(raw.input) or real(raw))
    s, outcomes = ingest(root, folder)
    assert calls == [] and all(o.unchanged for o in outcomes)
    assert not s.published and s.version == vid and s.unchanged == 6
    assert Versions(Root(str(root))).list() == [vid]


def test_a_changed_and_a_new_input_are_processed_the_rest_skipped(first, monkeypatch):
    root, folder, vid = first
    (folder / "meeting-0002.html").write_bytes(page(2).replace(b"farmland", b"grassland"))
    (folder / "meeting-0100.html").write_bytes(page(100))
    calls = []
    real = core.process_raw
    monkeypatch.setattr(core, "process_raw", lambda raw: calls.append(raw.input) or real(raw))
    s, _ = ingest(root, folder)
    assert sorted(p.rsplit("/", 1)[-1] for p in calls) == ["meeting-0002.html", "meeting-0100.html"]
    assert s.published and s.documents_total == 7 and (s.new, s.changed, s.unchanged) == (1, 1, 5)
    d = Versions(Root(str(root))).read_table(s.version, "directives").to_pylist()
    assert any("grassland" in r["text"] for r in d) and not any("farmland number 2," in r["text"] for r in d)


def test_same_bytes_from_another_path_are_processed(first, tmp_path):
    root, folder, _ = first
    other = tmp_path / "elsewhere"
    other.mkdir()
    (other / "copy.html").write_bytes((folder / "meeting-0001.html").read_bytes())
    found, _ = discover([str(other)])
    outcomes = process_paths(found, None, Published.of(str(root)))
    assert not outcomes[0].unchanged and outcomes[0].records is not None


def test_a_new_parser_or_model_processes_everything(first, monkeypatch):
    root, folder, _ = first
    monkeypatch.setattr(core, "PARSER_VERSION", "9.9.9")
    assert Published.of(str(root)).pairs == set()
    monkeypatch.undo()
    assert len(Published.of(str(root)).pairs) > 0
    import readouts.transform.syntax as syntax

    real = syntax.model_info
    monkeypatch.setattr(syntax, "model_info", lambda: {**(real() or {}), "version": "0.0.0"})
    assert Published.of(str(root)).pairs == set()


def test_a_failed_input_is_tried_again(first):
    root, folder, _ = first
    (folder / "broken.html").write_bytes(b"\x00" * 100)
    s, outcomes = ingest(root, folder)
    assert s.published and s.failures == 1
    s, outcomes = ingest(root, folder)  # a failed input is not in documents: it is tried (and fails) again
    assert [o.input.rsplit("/", 1)[-1] for o in outcomes if not o.unchanged] == ["broken.html"]
    assert not s.published  # same failure, same rows: nothing new to publish
    failures = Versions(Root(str(root))).read_table(s.version, "failures").to_pylist()
    assert [f["input"].rsplit("/", 1)[-1] for f in failures] == ["broken.html"]


def test_a_latest_of_an_older_schema_is_upgraded_not_skipped(first, tmp_path):
    """Unchanged inputs, but LATEST written by an older schema: the run publishes every part anew (upgraded),
    never shares the older files into the new version, and never reports "nothing changed"."""
    import json
    import shutil

    from readouts.flows.core import process_paths
    from readouts.output.publish import publish_run
    from readouts.output.versions import new_version_id
    from readouts.transform.pipeline import PARSER_VERSION

    root, folder, vid = first
    copy = tmp_path / "older"
    shutil.copytree(root, copy)
    manifest_path = copy / "versions" / vid / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest_path.write_text(json.dumps({**manifest, "schema_version": "1.99.0"}))
    outcomes = process_paths(sorted(str(p) for p in folder.glob("*.html")))  # parsed again: the same rows
    s = publish_run(str(copy), new_version_id(), outcomes, parser_version=PARSER_VERSION, skip_if_unchanged=True)
    assert s.published and s.changed == 0
    written = json.loads((copy / "versions" / s.version / "manifest.json").read_text())
    assert written["parts_shared"] == 0 and written["parts_written"] == len(written["files"])


def test_the_run_index_lists_only_what_the_run_archived_anew(tmp_path):
    """An unchanged input's receipt is in the index of the run that published it: a later run does not list it
    again (at 30,000 inputs that index would be ~6 MB per run), and the archive still covers every document."""
    folder = write_pages(tmp_path / "in", 6)
    root = tmp_path / "data"
    found, skipped = discover([str(folder)])
    archive = RawArchive(Root(str(root)))
    publish_run(str(root), "run1", process_paths(found, archive, Published.of(str(root))), skipped,
                parser_version=core.PARSER_VERSION, attempted=found, skip_if_unchanged=True)
    (folder / "meeting-0100.html").write_bytes(page(100))
    found, skipped = discover([str(folder)])
    s = publish_run(str(root), "run2", process_paths(found, archive, Published.of(str(root))), skipped,
                    parser_version=core.PARSER_VERSION, attempted=found, skip_if_unchanged=True)
    assert s.published and s.documents_total == 7
    second = (root / "raw" / "index" / "run2.jsonl").read_text().splitlines()
    assert len(second) == 1 and "meeting-0100.html" in second[0]
    docs = Versions(Root(str(root))).read_table(s.version, "documents").to_pylist()
    assert {d["input"] for d in docs} <= {r.input for r in archive.receipts()}


def test_published_files_are_known_before_any_worker_starts(first):
    """split_unchanged (the ingest flow's first step): files LATEST holds with the same bytes are outcomes at once,
    in the flow's process; changed and new files, and WARCs, go to the workers."""
    from readouts.flows.core import split_unchanged

    root, folder, _ = first
    paths = sorted(str(p) for p in folder.iterdir())
    todo, known = split_unchanged(paths, Published.of(str(root)))
    assert todo == [] and len(known) == 6 and all(o.unchanged for o in known)
    (folder / "meeting-0002.html").write_bytes(page(2).replace(b"farmland", b"grassland"))
    (folder / "x.warc").write_bytes(b"")
    todo, known = split_unchanged(sorted(str(p) for p in folder.iterdir()), Published.of(str(root)))
    assert [p.rsplit("/", 1)[-1] for p in todo] == ["meeting-0002.html", "x.warc"] and len(known) == 5
    assert split_unchanged(paths, Published()) == (paths, [])  # nothing published: everything is processed
