"""`rebuild` on every core: the raw archive's inputs through the process pool of flows/parallel.py
(flows.crawl.rebuild_in_pool) give the same tables as the sequential rebuild, and an archived input whose worker
process dies (or raises) becomes a failure row of that input, never a lost one. The flow and the CLI choose the
pool (default one worker per core) or this process (`--workers 1`)."""
from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from test_crash import drive, write_pages
from typer.testing import CliRunner

from readouts.output.raw import Receipt
from readouts.output.schema import TABLES
from readouts.transform.pipeline import PARSER_VERSION

N = 60
CRASHING = ("meeting-0007.html", "meeting-0031.html")  # the worker process dies (os._exit) on these
RAISING = "meeting-0044.html"  # the worker raises (not a crash) on this one
ALTERED = "meeting-0012.html"  # its raw object no longer hashes to its name: AlteredRawObject in either rebuild
GONE = datetime(2024, 4, 1, 9, 30, tzinfo=UTC)  # removed_at given to every 9th item (crawled inputs that went 404)
slow = pytest.mark.slow  # starts worker processes (or Prefect)


def crash_or_rebuild(items, archive):
    """What the workers run in the crash test: sent to them by name (a monkeypatch would not reach them)."""
    from readouts.flows.crawl import rebuild_items

    for r, _ in items:
        if r.input.endswith(CRASHING):
            os._exit(70)
        if r.input.endswith(RAISING):
            raise ValueError(f"injected failure for {Path(r.input).name}")
    return rebuild_items(items, archive)


@pytest.fixture(scope="module")
def archived(tmp_path_factory) -> Path:
    """A root published from N generated readouts and two pages that are not readouts (three versions), with
    one raw object altered on disk: the raw archive a rebuild starts from."""
    folder = write_pages(tmp_path_factory.mktemp("pages") / "in", N)
    (folder / "menu-0001.html").write_bytes(b"<html><body><p>lunch menu</p></body></html>")  # NotAReadout
    (folder / "empty-0001.html").write_bytes(b"")  # EmptyInput
    root = tmp_path_factory.mktemp("archived") / "data"
    drive(str(root), str(folder), 25)
    from readouts.output.raw import RawArchive
    from readouts.output.storage import Root

    [sha] = {r.sha256 for r in RawArchive(Root(str(root))).receipts() if r.input.endswith(ALTERED)}
    obj = root / "raw" / "objects" / sha[:2] / sha
    obj.chmod(0o644)
    obj.write_bytes(obj.read_bytes().replace(b"Huang Qiang", b"Huang Qiang (edited)", 1))
    return root


@pytest.fixture(scope="module")
def items(archived) -> list[tuple[Receipt, datetime | None]]:
    from readouts.flows.crawl import rebuild_inputs

    plan = rebuild_inputs(str(archived))
    assert plan.failures == [] and len(plan.inputs) == N + 2
    return [(r, GONE if i % 9 == 4 else gone) for i, (r, gone) in enumerate(plan.inputs)]


@pytest.fixture(scope="module")
def sequential(archived, items, tmp_path_factory):
    """The reference: the rebuild in this process (rebuild_batch over every item), published."""
    from readouts.flows.crawl import rebuild_batch

    root = copy_root(archived, tmp_path_factory.mktemp("seq"))
    outcomes = rebuild_batch(items, str(root))
    return outcomes, published_tables(root, outcomes)


def copy_root(archived: Path, where: Path) -> Path:
    """A copy of the archived root per rebuild: each publishes from scratch over the same LATEST."""
    return Path(shutil.copytree(archived, where / "data"))


def published_tables(root: Path, outcomes) -> dict:
    """The rebuild's version (publish as `readouts rebuild` does, under a fixed run id), by table."""
    from readouts.output.publish import publish_run

    s = publish_run(str(root), "20240401T000000Z-rebuild", outcomes, parser_version=PARSER_VERSION,
                    manifest_extra={"kind": "rebuild"}, from_scratch=True, write_index=False)
    return read_tables(root, s.version)


def read_tables(root: Path, version: str) -> dict:
    tables = {n: pq.read_table(root / "versions" / version / n) for n in TABLES}
    tables["failures"] = tables["failures"].drop_columns(["at"])  # when it failed
    return tables


def failed(outcomes) -> dict[str, dict]:
    return {Path(o.input).name: o.failure for o in outcomes if o.failure}


@slow
def test_pooled_rebuild_gives_the_same_tables_as_the_sequential_one(archived, items, sequential, tmp_path):
    from readouts.flows.crawl import rebuild_in_pool

    ref_outcomes, ref = sequential
    done: list[int] = []
    root = copy_root(archived, tmp_path)
    outcomes = rebuild_in_pool(items, str(root), workers=2, chunk=8, on_done=done.append)
    assert [o.input for o in outcomes] == [r.input for r, _ in items] == [o.input for o in ref_outcomes]
    assert sorted(done) == [6] + [8] * 7  # progress per finished sub-batch, every item once
    got = published_tables(root, outcomes)
    # the reference holds what the comparison is about: documents, removals, and failures of each kind
    docs = ref["documents"].to_pylist()
    removed = sum(1 for (_, gone), o in zip(items, ref_outcomes) if gone and o.records)
    assert len(docs) == N - 1 and removed >= 5 and sum(d["removed_at"] == GONE for d in docs) == removed
    assert {k: f["error_type"] for k, f in failed(ref_outcomes).items()} == {
        ALTERED: "AlteredRawObject", "menu-0001.html": "NotAReadout", "empty-0001.html": "EmptyInput"}
    for name, table in ref.items():
        assert got[name].equals(table), name


@slow
def test_a_dead_worker_costs_only_its_archived_input_a_failure_row(archived, items, sequential, tmp_path):
    from readouts.flows.crawl import rebuild_in_pool

    ref_outcomes, ref = sequential
    done: list[int] = []
    root = copy_root(archived, tmp_path)
    outcomes = rebuild_in_pool(items, str(root), workers=2, chunk=8, on_done=done.append, process=crash_or_rebuild)
    assert sum(done) == len(items)  # every item accounted for once in the progress
    assert [o.input for o in outcomes] == [r.input for r, _ in items]  # nothing lost, nothing twice, in order
    rows = failed(outcomes)
    assert set(rows) == {*CRASHING, RAISING, ALTERED, "menu-0001.html", "empty-0001.html"}
    sha = {Path(r.input).name: r.sha256 for r, _ in items}
    for name in CRASHING:  # the receipt's input and the hash of the body it was processing
        assert rows[name]["error_type"] == "WorkerCrashed" and "died" in rows[name]["message"]
        assert rows[name]["stage"] == "parse" and rows[name]["content_sha256"] == sha[name]
    assert rows[RAISING]["error_type"] == "ValueError" and "injected failure" in rows[RAISING]["message"]
    assert rows[RAISING]["content_sha256"] == sha[RAISING]
    # every other input (those that shared a sub-batch with a culprit too) is the same document
    got = published_tables(root, outcomes)
    culprits = (*CRASHING, RAISING)
    assert got["documents"].to_pylist() == [d for d in ref["documents"].to_pylist() if not d["input"].endswith(culprits)]
    assert got["failures"].num_rows == ref["failures"].num_rows + 3


@slow
def test_rebuild_flow_in_a_pool_and_in_process_publish_the_same_tables(archived, tmp_path, monkeypatch, prefect_harness):
    """The flow: default workers (a pool of 2 here) and --workers 1 (batches in this process)."""
    from readouts.flows import crawl, parallel

    monkeypatch.setattr(parallel, "default_workers", lambda: 2)
    monkeypatch.setattr(crawl, "new_version_id", lambda: "20240401T000000Z-rebuild")  # the runs rows compare
    pools: list[int] = []
    real = crawl.rebuild_in_pool
    monkeypatch.setattr(crawl, "rebuild_in_pool", lambda *a, **k: pools.append(k["workers"]) or real(*a, **k))
    tables = {}
    for workers in (1, None):
        root = copy_root(archived, tmp_path / str(workers))
        s = crawl.rebuild(data=str(root), batch_size=25, workers=workers)
        assert s.documents_total == N - 1 and s.failures == 3
        tables[workers] = read_tables(root, s.version)
        tables[workers]["runs"] = tables[workers]["runs"].drop_columns(["started_at", "finished_at"])
    assert pools == [2]  # the default used the pool, --workers 1 did not
    for name, table in tables[1].items():
        assert tables[None][name].equals(table), name


def test_cli_rebuild_passes_workers_to_the_flow(tmp_path, monkeypatch):
    from readouts.flows import cli_crawl
    from readouts.flows.cli import app
    from readouts.output.raw import RawArchive
    from readouts.output.storage import Root

    root = str(tmp_path / "data")
    RawArchive(Root(root)).write_index("20240401T000000Z-x", [Receipt(sha256="0" * 64, input="a.html")])
    calls: list[dict] = []
    monkeypatch.setattr(cli_crawl, "run_flow", lambda fn, **kw: calls.append(kw))
    monkeypatch.setattr(cli_crawl, "print_summary", lambda summary, started: None)
    runner = CliRunner()
    assert runner.invoke(app, ["rebuild", "--data", root, "--workers", "1"]).exit_code == 0
    assert runner.invoke(app, ["rebuild", "--data", root]).exit_code == 0
    assert calls == [{"data": root, "workers": 1}, {"data": root, "workers": None}]
    bad = runner.invoke(app, ["rebuild", "--data", root, "--workers", "0"])
    assert bad.exit_code == 2 and calls[2:] == []


def test_a_rebuild_failure_row_names_the_receipts_input():
    from readouts.flows.crawl import rebuild_failed

    r = Receipt(sha256="ab" * 32, input="https://example.gov.cn/a.html", url="https://example.gov.cn/b.html")
    o = rebuild_failed((r, None), "WorkerCrashed", "the worker process died")
    assert o.input == r.input and o.records is None
    assert {k: o.failure[k] for k in ("input", "stage", "error_type", "message", "content_sha256")} == {
        "input": r.input, "stage": "parse", "error_type": "WorkerCrashed", "message": "the worker process died",
        "content_sha256": r.sha256}
