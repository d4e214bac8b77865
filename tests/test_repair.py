"""A broken LATEST is refused, never read as "no dataset yet"; `readouts repair` puts the root back.

The issue's reproduction: a root with documents, LATEST emptied (or deleted), then an ingest published a
version holding only the new pages although complete versions were still under versions/."""
from __future__ import annotations

import subprocess
import sys
from datetime import timedelta

import pytest
from test_crash import REPO, page

from readouts.flows.core import RawInput, process_raw
from readouts.output.publish import publish_run
from readouts.output.repair import created_at, repair, unfinished
from readouts.output.storage import Root
from readouts.output.versions import VersionError, Versions


def outcomes(start: int, n: int):
    return [process_raw(RawInput(input=f"/in/{i}.html", body=page(i))) for i in range(start, start + n)]


@pytest.fixture
def root(tmp_path):
    url = str(tmp_path / "data")
    publish_run(url, "r1", outcomes(0, 3), parser_version="t")
    publish_run(url, "r2", outcomes(3, 2), parser_version="t")
    return tmp_path / "data"


def cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "readouts", *args], capture_output=True, text=True, cwd=REPO, timeout=120)


def _empty(p):
    p.write_bytes(b"")


def _blank(p):
    p.write_bytes(b"  \n\t\n")


def _missing(p):
    p.unlink()


def _malformed(p):
    p.write_bytes(b"../../etc\n")


def _oversized(p):
    p.write_bytes(b"7" * 100_000)


def _link(p):
    target = p.read_text().strip()
    p.unlink()
    p.symlink_to(p.parent / "versions" / target / "manifest.json")


BREAKS = {"empty": _empty, "whitespace": _blank, "missing": _missing, "malformed": _malformed,
          "oversized": _oversized, "link": _link}


@pytest.mark.parametrize("how", list(BREAKS))
def test_a_broken_latest_is_refused_and_repaired(root, how):
    v = Versions(Root(str(root)))
    newest = v.latest()
    BREAKS[how](root / "LATEST")
    with pytest.raises(VersionError) as e:
        v.latest()
    message = str(e.value)
    assert newest in message and "readouts repair" in message and "\n" not in message and len(message) < 400
    with pytest.raises(VersionError):  # a writer stops: it would otherwise publish without the earlier documents
        publish_run(str(root), "r3", outcomes(10, 1), parser_version="t")
    assert v.list()[-1] == newest  # nothing was published
    report = repair(Root(str(root)))
    assert report.latest_after == newest and report.problem
    assert v.latest() == newest
    s = publish_run(str(root), "r4", outcomes(10, 1), parser_version="t")
    assert s.documents_total == 6  # the earlier five documents and the new one


def test_repair_skips_a_corrupted_newest_version_and_keeps_a_valid_latest(root):
    v = Versions(Root(str(root)))
    older, newest = v.list()
    assert repair(Root(str(root))).latest_after == newest  # nothing broken: LATEST kept
    assert v.latest() == newest
    (root / "versions" / newest / "meetings" / "part-00-0.parquet").write_bytes(b"garbage")
    report = repair(Root(str(root)))
    assert report.skipped == [newest] and report.latest_after == older and v.latest() == older


def test_repair_removes_unfinished_folders_only_after_the_grace_period(root):
    v = Versions(Root(str(root)))
    old, young = "20200101T000000000000Z-aaaaaa", "29990101T000000000000Z-bbbbbb"
    for name in (old, young):
        (root / "versions" / name).mkdir()
        (root / "versions" / name / "meetings.parquet").write_bytes(b"half")
    assert set(unfinished(v)) == {old, young}
    assert created_at(old).year == 2020
    dry = repair(Root(str(root)), dry_run=True)
    assert dry.removed == [old] and (root / "versions" / old).exists()
    report = repair(Root(str(root)), grace=timedelta(hours=24))
    assert report.removed == [old] and report.kept == [young]
    assert not (root / "versions" / old).exists() and (root / "versions" / young).exists()
    assert len(v.list()) == 2  # complete versions are never touched


@pytest.mark.slow
def test_cli_lines(root):
    newest = Versions(Root(str(root))).latest()
    (root / "LATEST").write_bytes(b"")
    r = cli("versions", "--data", str(root))
    assert r.returncode == 1 and newest in r.stdout and r.stderr.count("\n") == 1 and "LATEST is empty" in r.stderr
    r = cli("validate", "--data", str(root))
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "readouts repair" in r.stderr
    (root / "in").mkdir()
    (root / "in" / "a.html").write_bytes(page(50))
    r = cli("ingest", str(root / "in"), "--data", str(root))  # refused before Prefect starts
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "LATEST is empty" in r.stderr and not r.stdout
    r = cli("repair", "--data", str(root), "--dry-run")
    assert r.returncode == 0 and f"would point LATEST at {newest}" in r.stdout
    assert (root / "LATEST").read_bytes() == b""
    r = cli("repair", "--data", str(root))
    assert r.returncode == 0 and f"pointed LATEST at {newest}" in r.stdout
    r = cli("repair", "--data", str(root))
    assert r.returncode == 0 and "is valid, kept" in r.stdout
