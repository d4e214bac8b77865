"""`readouts.open(...)`: a published version from a folder, a static web host (with Range requests) or s3://,
read with pandas, polars and DuckDB."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pandas as pd
import pytest
import static_http
from test_crash import REPO, page

import readouts
from readouts.flows.core import RawInput, process_raw
from readouts.output.dataset import DatasetError
from readouts.output.publish import publish_run


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    root = tmp_path_factory.mktemp("open") / "data"
    outcomes = [process_raw(RawInput(input=f"/in/{i}.html", body=page(i))) for i in range(5)]
    first = publish_run(str(root), "r1", outcomes[:3], parser_version="t")
    second = publish_run(str(root), "r2", outcomes[3:], parser_version="t")
    return root, first.version, second.version


@pytest.fixture(scope="module")
def web(published):
    root, _, _ = published
    server, url, log = static_http.serve(str(root))
    yield url, log
    server.shutdown()


def test_local_folder(published):
    root, first, second = published
    ds = readouts.open(str(root))
    assert ds.version == second
    assert len(ds.documents) == 5 and len(ds.meetings) == ds.rows("meetings") == 5
    assert set(ds.meetings.columns) >= {"meeting_id", "doc_id", "meeting_date"}
    assert len(ds.attendees) > 0 and "attendees" in dir(ds)
    assert len(readouts.open(str(root), version=first).documents) == 3
    import duckdb
    import polars as pl

    assert duckdb.sql(f"select count(*) from read_parquet('{ds.path('meetings')}')").fetchall() == [(5,)]
    assert pl.read_parquet(ds.path("speakers")).height == len(ds.speakers)
    assert f"meetings={ds.rows('meetings')}" in repr(ds)


def test_errors_are_one_line(published, tmp_path):
    root, _, _ = published
    with pytest.raises(DatasetError, match="no published dataset"):
        readouts.open(str(tmp_path / "nothing-here"))
    with pytest.raises(DatasetError, match="not found"):
        readouts.open(str(root), version="20990101T000000000000Z-abcdef")
    ds = readouts.open(str(root))
    with pytest.raises(AttributeError):
        ds.no_such_table  # noqa: B018
    with pytest.raises(DatasetError, match="no table"):
        ds.path("no_such_table")
    copy = tmp_path / "copy"
    shutil.copytree(root, copy)
    target = copy / "versions" / ds.version / "meetings/part-00-0.parquet"
    target.write_bytes(target.read_bytes()[:-10] + b"0123456789")  # same size, other bytes
    with pytest.raises(DatasetError, match="checksum"):
        readouts.open(str(copy)).meetings  # noqa: B018


def test_static_web_host_with_range_requests(published, web):
    root, _, second = published
    url, log = web
    ds = readouts.open(url)
    assert ds.version == second
    local = readouts.open(str(root))
    for name in ("documents", "meetings", "speakers", "attendees", "directives", "persons"):
        pd.testing.assert_frame_equal(getattr(ds, name), getattr(local, name))
    assert ds.path("meetings").startswith(url)
    import polars as pl

    log.clear()
    got = pl.read_parquet(ds.path("directives"))  # polars reads the footer, then the columns, by Range requests
    assert got.height == len(local.directives)
    assert [r for r in log if r[2] and r[2].startswith("bytes=")], log
    assert len(pd.read_parquet(ds.path("meetings"))) == 5  # pandas straight from the URL


def test_missing_extra_is_named(monkeypatch, published):
    import importlib

    registry = importlib.import_module("fsspec.registry")  # `fsspec.registry` the attribute is a mapping
    monkeypatch.setitem(registry.known_implementations, "s3",
                        {"class": "no_such_module.S3", "err": "Install s3fs to access S3"})
    monkeypatch.delitem(registry._registry, "s3", raising=False)
    with pytest.raises(readouts.errors.ReadoutsError, match=r"pip install 'readouts\[s3\]'"):
        readouts.open("s3://bucket/root")


@pytest.mark.slow
def test_object_store(published, s3_endpoint):
    import s3fs
    import s3server

    root, _, second = published
    url = s3server.new_root()
    s3fs.S3FileSystem().put(str(root) + "/", url.removeprefix("s3://") + "/", recursive=True)
    ds = readouts.open(url)
    assert ds.version == second
    pd.testing.assert_frame_equal(ds.meetings, readouts.open(str(root)).meetings)
    assert ds.path("meetings").startswith("s3://")


def test_export_release_without_text_is_valid_and_readable(published, tmp_path):
    from readouts.output.storage import Root
    from readouts.output.validate import validate_version
    from readouts.output.versions import Versions

    root, _, second = published
    public = tmp_path / "public"
    r = subprocess.run([sys.executable, "-m", "readouts", "export-release", str(public), "--without-text",
                        "--data", str(root)], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert r.returncode == 0, r.stderr
    ds = readouts.open(str(public))
    full = readouts.open(str(root))
    assert ds.manifest["text_withheld"] is True and ds.manifest["derived_from"]["version"] == second
    assert (ds.documents["text"] == "").all() and ds.documents["bylines"].isna().all()
    assert full.documents["text"].str.len().min() > 100  # the source keeps its text
    for name in ("meetings", "speakers", "attendees", "directives", "persons"):
        pd.testing.assert_frame_equal(getattr(ds, name), getattr(full, name))
    assert validate_version(Versions(Root(str(public))), ds.version) == []
    card = (public / "versions" / ds.version / "README.md").read_text()
    assert "withholds the article text" in card
    # with the text: an identical copy of the tables
    assert readouts.open(str(root)).documents.equals(full.documents)
    r = subprocess.run([sys.executable, "-m", "readouts", "export-release", str(tmp_path / "copy"), "--data", str(root)],
                       capture_output=True, text=True, cwd=REPO, timeout=120)
    assert r.returncode == 0, r.stderr
    pd.testing.assert_frame_equal(readouts.open(str(tmp_path / "copy")).documents, full.documents)
    r = subprocess.run([sys.executable, "-m", "readouts", "export-release", str(root), "--data", str(root)],
                       capture_output=True, text=True, cwd=REPO, timeout=120)
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "source root" in r.stderr
