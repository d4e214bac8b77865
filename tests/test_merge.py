"""The bucket-by-bucket merge (output/merge.py, what publish_run uses) makes the versions the in-memory merge
(release.build_release, the reference) makes: the same rows and the same part files, through a change of the
number of buckets, a changed document and a removal; and a run's rows wait on disk (output/spool.py)."""
from __future__ import annotations

import json
import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pytest

from readouts.flows.core import process_paths
from readouts.output.layout import bits_for, part_name, partition
from readouts.output.publish import Collector, publish_run
from readouts.output.release import ReleaseInput, build_release
from readouts.output.schema import TABLE_ORDER, TABLES
from readouts.output.spool import Spool
from readouts.output.storage import Root
from readouts.output.versions import Versions, new_version_id
from readouts.transform.pipeline import PARSER_VERSION

SAMPLE = Path(__file__).resolve().parents[1] / "sample"


def _pages(folder: Path, n: int) -> list[str]:
    """n pages from the bundled sample, each with a canonical URL of its own (a document each)."""
    samples = [p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("*.html"))]
    out = []
    for i in range(n):
        html = re.sub(r'(<link rel="canonical" href="[^"]+?)(\.s?html?)"', rf'\1-{i}\2"', samples[i % len(samples)], count=1)
        html = re.sub(r'(<meta name="Url" content="[^"]+?)(\.s?html?)"', rf'\1-{i}\2"', html, count=1)
        html = re.sub(r'(<meta property="og:url" content="[^"]+?)(\.s?html?)"', rf'\1-{i}\2"', html, count=1)
        p = folder / f"page-{i:05d}.html"
        p.write_text(html, encoding="utf-8")
        out.append(str(p))
    return out


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pages")
    paths = _pages(folder, 140)
    changed = Path(paths[5]).read_text(encoding="utf-8").replace("</p>", " (updated)</p>", 1)
    extra = folder / "page-changed.html"
    extra.write_text(changed, encoding="utf-8")
    done = process_paths(paths + [str(extra)])
    assert all(o.records is not None for o in done)
    return done


def _reference(root: Path, outcomes, removed=None) -> str:
    run = ReleaseInput()
    for o in outcomes:
        run.add(o.records.as_tables())
    run.attempted_inputs = {o.input for o in outcomes}
    run.removed = dict(removed or {})
    versions = Versions(Root(str(root)))
    previous = versions.latest()
    release = build_release(versions.read_all(previous, verify=True), run)
    return versions.publish(release.tables, parser_version=PARSER_VERSION, previous=previous)


def _bucketed(root: Path, outcomes, removed=None) -> str:
    return publish_run(str(root), new_version_id(), outcomes, parser_version=PARSER_VERSION, removed=removed).version


def _rows(root: Path, vid: str) -> dict[str, list[str]]:
    tables = Versions(Root(str(root))).read_all(vid)
    return {n: sorted(json.dumps(r, sort_keys=True, default=str) for r in t.to_pylist()) for n, t in tables.items()
            if n != "runs"}


def _parts(root: Path, vid: str) -> dict[str, str]:
    files = json.loads((root / "versions" / vid / "manifest.json").read_text())["files"]
    return {f: m["sha256"] for f, m in files.items() if not f.startswith("runs/")}


def test_bucket_merge_makes_the_reference_versions(outcomes, tmp_path):
    a, b = tmp_path / "reference", tmp_path / "bucketed"
    gone = {outcomes[7].records.document["url"]: datetime(2024, 6, 1, tzinfo=UTC)}
    steps = [(outcomes[:120], None),    # 120 documents: one bucket
             (outcomes[:140], None),    # 140: two buckets, every part laid out anew
             ([outcomes[140]], gone)]   # page 5 with new content, page 7 gone from its URL
    assert bits_for(120, 64) == 0 and bits_for(140, 64) == 1
    for batch, removed in steps:
        va, vb = _reference(a, batch, removed), _bucketed(b, batch, removed)
        assert _rows(b, vb) == _rows(a, va)
        assert _parts(b, vb) == _parts(a, va)
    docs = Versions(Root(str(b))).read_table(vb, "documents").to_pylist()
    assert sum(d["removed_at"] is not None for d in docs) == 1 and len(docs) == 140
    manifest = json.loads((b / "versions" / vb / "manifest.json").read_text())
    assert manifest["parts_shared"] > 0 and manifest["parts_written"] > 0


def test_a_run_publishes_nothing_when_its_rows_are_already_there(outcomes, tmp_path):
    """Documents processed again with the same bytes, parser and URLs: the version would be the same."""
    first = _bucketed(tmp_path, outcomes[:70])
    s = publish_run(str(tmp_path), new_version_id(), outcomes[:70], parser_version=PARSER_VERSION,
                    skip_if_unchanged=True)
    assert not s.published and s.version == first and s.unchanged == 70
    assert sorted(p.name for p in (tmp_path / "versions").iterdir()) == [first]


def test_the_spool_gives_each_bucket_its_rows(outcomes):
    spool = Spool()
    try:
        run = ReleaseInput(tables={n: t for n, t in ReleaseInput.spooled().tables.items()}, spool=spool)
        for o in outcomes[:100]:
            run.add(o.records.as_tables())
        run.flush()
        assert list(spool.dir.iterdir())  # the rows are on disk; memory holds the narrow columns
        assert "text" not in run.tables["documents"].column_names
        full = ReleaseInput()
        for o in outcomes[:100]:
            full.add(o.records.as_tables())
        full.flush()
        for name in ("documents", "directives"):
            for bits in (0, 1, 3, 9):
                want = partition(name, full.tables[name], 64 * 2 ** bits)  # sized so `bits` bits are used
                for b in range(2 ** bits):
                    got = spool.bucket(name, bits, b, TABLES[name].arrow_schema)
                    exp = want.get(part_name(name, bits, b), TABLES[name].arrow_schema.empty_table())
                    assert sorted(map(str, got.to_pylist())) == sorted(map(str, exp.to_pylist()))
    finally:
        spool.close()
    assert not spool.dir.exists()


def test_a_collector_keeps_narrow_columns_and_spools_the_rest(outcomes):
    c = Collector()
    c.add(outcomes[:10])
    c.run.flush()
    assert c.run.spool is not None and c.run.tables["documents"].num_rows == 10
    assert set(c.run.tables["directives"].column_names) == {"meeting_id", "speaker"}
    assert all(isinstance(t, pa.Table) for t in c.run.tables.values())
    c.run.spool.close()


def test_every_table_is_listed_even_when_empty(outcomes, tmp_path):
    vid = _bucketed(tmp_path, outcomes[:130])  # two buckets; the unplaced table has no row
    files = json.loads((tmp_path / "versions" / vid / "manifest.json").read_text())["files"]
    for name in TABLE_ORDER:
        assert any(f.startswith(name + "/") for f in files), name
    shutil.rmtree(tmp_path / "versions" / vid)
