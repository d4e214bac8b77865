"""The Prefect flows end to end, on one embedded server for the session."""
from __future__ import annotations

import shutil

import pyarrow.parquet as pq
import pytest
from conftest import SAMPLE

from readouts.output.schema import TABLES
from readouts.output.storage import Root
from readouts.output.validate import validate_version
from readouts.output.versions import Versions

BAD_INPUTS = {
    "empty.html": b"",
    "binary.html": bytes(range(256)) * 40,
    "truncated.html": b"<html><head><title>Cut off</title></head><body><div><p>On May 5, the meet",
    "listing.html": b"<html><head><title>News list</title></head><body><ul>"
                    + b"".join(b'<li><a href="/a/%d.html">Item %d</a></li>' % (i, i) for i in range(40))
                    + b"</ul></body></html>",
}


@pytest.fixture()
def inputs(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(SAMPLE, folder)
    for name, data in BAD_INPUTS.items():
        (folder / name).write_bytes(data)
    return folder


def tables(root, vid):
    v = Versions(Root(str(root)))
    return {n: pq.read_table(root / "versions" / vid / n) for n in TABLES}, v


def test_ingest_flow_end_to_end_and_reingest_is_stable(prefect_harness, inputs, tmp_path):
    from readouts.flows.ingest import ingest

    root = tmp_path / "data"
    n_sample = len(list(SAMPLE.glob("*.html")))
    s1 = ingest([str(inputs)], data=str(root), batch_size=3)
    t1, v = tables(root, s1.version)
    assert t1["documents"].num_rows == n_sample
    assert t1["meetings"].num_rows == n_sample
    failures = {r["input"].rsplit("/", 1)[-1]: r for r in t1["failures"].to_pylist()}
    assert set(failures) == set(BAD_INPUTS)  # every bad input is accounted for, the rest are documents
    assert failures["empty.html"]["stage"] == "decode" and failures["empty.html"]["message"]
    assert failures["binary.html"]["stage"] == "decode"
    assert failures["listing.html"]["stage"] == "extract"
    assert validate_version(v, s1.version) == []
    # raw archive holds every input's bytes, addressed by hash
    for r in t1["documents"].to_pylist():
        assert (root / "raw" / "objects" / r["content_sha256"][:2] / r["content_sha256"]).exists()

    s2 = ingest([str(inputs)], data=str(root))  # nothing changed: nothing parsed again, nothing published
    assert not s2.published and s2.version == s1.version and v.latest() == s1.version and v.list() == [s1.version]
    assert (s2.new, s2.changed, s2.unchanged) == (0, 0, n_sample)


def test_process_document_flow_adds_one_document(prefect_harness, tmp_path):
    from readouts.flows.ingest import process_document

    root = tmp_path / "data"
    page = sorted(SAMPLE.glob("*.html"))[0]
    s = process_document(str(page), data=str(root))
    t, v = tables(root, s.version)
    assert t["documents"].num_rows == 1 and t["documents"]["input"][0].as_py() == str(page)
    assert validate_version(v, s.version) == []


def test_ingest_flow_announces_its_total_once_and_advances_to_it(prefect_harness, tmp_path):
    """The CLI's progress bar is sized by the flow's own discovery (inputs are walked once)."""
    from conftest import SAMPLE

    from readouts.flows import progress
    from readouts.flows.ingest import ingest

    totals: list[int] = []
    done: list[int] = []
    progress.listen(lambda n, _what: done.append(n), totals.append)
    try:
        ingest([str(SAMPLE)], data=str(tmp_path / "data"), batch_size=2)
    finally:
        progress.listen(None)
    n = len(list(SAMPLE.glob("*.html")))
    assert totals == [n] and sum(done) == n


def test_ingest_flow_with_no_inputs_fails_and_publishes_nothing(prefect_harness, tmp_path):
    import pytest

    from readouts.flows.ingest import ingest
    from readouts.inputs import NoInputs

    (tmp_path / "in").mkdir()
    with pytest.raises(NoInputs, match="no inputs found"):
        ingest([str(tmp_path / "in")], data=str(tmp_path / "data"))
    assert not (tmp_path / "data" / "LATEST").exists()


def test_the_runs_table_records_each_ingest(prefect_harness, tmp_path):
    from conftest import SAMPLE

    from readouts.flows.ingest import ingest
    from readouts.output.storage import Root
    from readouts.output.versions import Versions

    root = str(tmp_path / "data")
    pages = sorted(SAMPLE.glob("*.html"))
    ingest([str(p) for p in pages[:4]], data=root)
    ingest([str(p) for p in pages], data=root)
    v = Versions(Root(root))
    runs = v.read_table(v.latest(), "runs").to_pylist()
    assert [(r["kind"], r["source"], r["new"], r["changed"], r["unchanged"], r["failed"], r["status"]) for r in runs] == [
        ("ingest", "local", 4, 0, 0, 0, "ok"), ("ingest", "local", len(pages) - 4, 0, 4, 0, "ok")]
    assert all(r["started_at"] <= r["finished_at"] for r in runs)
