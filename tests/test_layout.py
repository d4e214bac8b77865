"""Tables as folders of part files (output/layout.py): what a version shares with the previous one, what readers
see, what `validate` checks, and the upgrade of a root written before schema 2.0.0. No Prefect."""
from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from test_output import TEXT, FakeOutcome, publish

import readouts
from readouts.ids import stable_id
from readouts.output.layout import bits_for, partition, table_files
from readouts.output.schema import TABLE_ORDER
from readouts.output.storage import Root, parquet_bytes
from readouts.output.upgrade import upgrade
from readouts.output.validate import validate_version
from readouts.output.versions import VersionError, Versions

N = 300  # 300 documents: 2 bits, four buckets for every per-document table


def _docs(n):
    out = []
    for i in range(n):
        o = FakeOutcome(f"d{i:04d}", url=f"https://example.org/{i}.html", text=f"Doc {i}.\n\n{TEXT}",
                        sha=hashlib.sha256(str(i).encode()).hexdigest())
        mid = stable_id("meeting", o.records.document["doc_id"])  # as the pipeline derives it
        for rows in o.records.tables.values():
            for r in rows:
                if "meeting_id" in r:
                    r["meeting_id"] = mid
        out.append(o)
    return out


@pytest.fixture(scope="module")
def two_versions(tmp_path_factory):
    root = tmp_path_factory.mktemp("parts")
    s1 = publish(root, _docs(N))
    s2 = publish(root, _docs(N + 1))  # the same N documents and one more
    return root, s1, s2


def _manifest(root, vid):
    return json.loads((root / "versions" / vid / "manifest.json").read_text())


def test_each_table_is_a_folder_of_parts_sized_by_the_documents(two_versions):
    root, s1, _ = two_versions
    m = _manifest(root, s1.version)
    assert m["layout"] == "parts" and bits_for(N, 64) == 2
    for name in ("documents", "meetings", "speakers", "directives"):
        files = table_files(m, name)
        assert [f.rsplit("/", 1)[1] for f in files] == [f"part-02-{b}.parquet" for b in range(4)], name
    assert sum(m["files"][f]["rows"] for f in table_files(m, "documents")) == N
    # one document, one bucket: its meeting and child rows are in the part of the same number
    vdir = root / "versions" / s1.version
    for f in table_files(m, "documents"):
        bucket = f.rsplit("/", 1)[1]
        docs = pq.read_table(vdir / f)["doc_id"].to_pylist()
        meetings = pq.read_table(vdir / "meetings" / bucket)["meeting_id"].to_pylist()
        assert sorted(meetings) == sorted(stable_id("meeting", d) for d in docs)
        assert docs == sorted(docs)  # rows sorted by the primary key
    assert validate_version(Versions(Root(str(root))), s1.version) == []


def test_a_version_shares_the_parts_no_row_of_which_changed(two_versions):
    root, s1, s2 = two_versions
    m1, m2 = _manifest(root, s1.version), _manifest(root, s2.version)
    v1, v2 = root / "versions" / s1.version, root / "versions" / s2.version
    docs1, docs2 = table_files(m1, "documents"), table_files(m2, "documents")
    assert docs1 == docs2
    same_inode = [f for f in docs2 if os.stat(v1 / f).st_ino == os.stat(v2 / f).st_ino]
    assert len(same_inode) == 3  # the new document's bucket was written, the other three are hard links
    changed = set(docs2) - set(same_inode)
    assert [m2["files"][f]["rows"] - m1["files"][f]["rows"] for f in changed] == [1]
    assert m2["parts_shared"] >= 3 * 4 and m2["parts_written"] < m2["parts_shared"]
    # bytes the second version added to the disk: its own inodes only
    new_bytes = sum(os.stat(v2 / f).st_size for f in m2["files"] if os.stat(v2 / f).st_nlink == 1)
    total_bytes = sum(m2["files"][f]["bytes"] for f in m2["files"])
    assert new_bytes < 0.6 * total_bytes
    assert validate_version(Versions(Root(str(root))), s2.version) == []


def test_readers_load_a_table_in_one_line(two_versions):
    root, _, s2 = two_versions
    v = root / "versions" / s2.version
    assert len(pd.read_parquet(v / "documents")) == N + 1
    assert pl.read_parquet(v / "meetings").height == N + 1
    assert duckdb.sql(f"select count(*) from read_parquet('{v}/directives/*.parquet')").fetchall() == [(N + 1,)]
    ds = readouts.open(str(root))
    assert len(ds.documents) == N + 1 and ds.rows("documents") == N + 1
    assert len(ds.paths("documents")) == 4 and ds.path("documents").endswith(f"{s2.version}/documents")
    assert pl.read_parquet(ds.paths("speakers")).height == len(ds.speakers)


def test_the_same_rows_make_the_same_bytes_whatever_their_order():
    rows = [r for o in _docs(200) for r in o.records.tables["speakers"]]
    from readouts.output.schema import to_arrow

    a = partition("speakers", to_arrow("speakers", rows), 200)
    random.Random(1).shuffle(rows)
    b = partition("speakers", to_arrow("speakers", rows), 200)
    assert list(a) == list(b) and len(a) == 2
    assert all(parquet_bytes(a[k]) == parquet_bytes(b[k]) for k in a)


def test_validate_checks_every_part(tmp_path):
    s = publish(tmp_path, _docs(N))
    vdir = tmp_path / "versions" / s.version
    v = Versions(Root(str(tmp_path)))
    third = vdir / "documents" / "part-02-2.parquet"
    data = bytearray(third.read_bytes())
    data[len(data) // 2] ^= 0xFF
    third.write_bytes(bytes(data))
    (vdir / "meetings" / "part-02-9.parquet").write_bytes(b"stray")
    problems = validate_version(v, s.version)
    assert any(p.startswith("documents/part-02-2.parquet: sha256 differs") for p in problems), problems
    assert "meetings/part-02-9.parquet: in the version folder but not in manifest.json" in problems
    with pytest.raises(VersionError, match="documents/part-02-2.parquet does not match its manifest"):
        v.read_table(s.version, "documents", verify=True)


def _as_older_layout(root, vid) -> str:
    """A copy of version `vid` as versions before schema 2.0.0 wrote it: one file per table, no `layout`."""
    m = _manifest(root, vid)
    old = "20200101T000000000000Z-0ld000"
    odir = root / "versions" / old
    odir.mkdir()
    files = {}
    for name in TABLE_ORDER:
        table = pa.concat_tables([pq.read_table(root / "versions" / vid / f) for f in table_files(m, name)])
        data = parquet_bytes(table)
        (odir / f"{name}.parquet").write_bytes(data)
        files[f"{name}.parquet"] = {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data), "rows": table.num_rows}
    manifest = {k: v for k, v in m.items() if k not in ("layout", "parts_written", "parts_shared", "release_files")}
    manifest.update(version=old, schema_version="1.3.0", previous=None, files=files)
    (odir / "datapackage.json").write_text("{}")
    (odir / "manifest.json").write_text(json.dumps(manifest))
    (root / "LATEST").write_text(old + "\n")
    return old


def test_an_older_root_is_refused_then_upgraded_by_a_command(tmp_path):
    s = publish(tmp_path, _docs(20))
    old = _as_older_layout(tmp_path, s.version)
    v = Versions(Root(str(tmp_path)))
    assert len(v.read_table(old, "documents", verify=True)) == 20  # still readable
    assert len(readouts.open(str(tmp_path)).documents) == 20
    before = {p.name: p.read_bytes() for p in (tmp_path / "versions" / old).iterdir()}
    with pytest.raises(VersionError, match="readouts upgrade"):
        publish(tmp_path, _docs(21))
    assert v.latest() == old  # nothing was published

    cli = [sys.executable, "-m", "readouts", "upgrade", "--data", str(tmp_path)]
    r = subprocess.run(cli, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    new = v.latest()
    assert new != old and f"upgraded {old}" in r.stdout
    m = _manifest(tmp_path, new)
    assert m["layout"] == "parts" and m["upgraded_from"] == {"version": old, "schema_version": "1.3.0"}
    assert validate_version(v, new) == []
    for name in TABLE_ORDER:
        assert v.read_table(new, name).equals(v.read_table(old, name)), name
    assert {p.name: p.read_bytes() for p in (tmp_path / "versions" / old).iterdir()} == before  # never rewritten
    again = subprocess.run(cli, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0 and "nothing to do" in again.stdout and v.latest() == new

    s3 = publish(tmp_path, _docs(21))  # merging works again
    assert len(v.read_table(s3.version, "documents")) == 21


def test_upgrade_of_an_empty_root_is_an_error(tmp_path):
    from readouts.output.storage import RootError

    with pytest.raises(RootError, match="nothing to upgrade"):
        upgrade(Root(str(tmp_path)))
