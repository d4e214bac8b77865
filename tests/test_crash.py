"""kill -9 at any moment of a run leaves LATEST naming a complete, valid version; the next run completes.

Four kinds of kill, all with SIGKILL (no cleanup handler can run):
  * at exact points of a publish (the driver kills itself from inside a wrapped storage call: while a
    Parquet file of the staging folder is written, before the manifest, between the rename and the
    LATEST move, with LATEST's temporary file written, while a raw object or the run index is written,
    while the writer lock is held);
  * at varying moments of a pure-Python driver that ingests hundreds of generated pages and publishes
    many versions in a row (flows.core + output.publish.publish_run, no Prefect);
  * a rebuild (raw archive -> a version from scratch, the steps of `readouts rebuild` without Prefect)
    killed while it writes its Parquet files, right after its rename, and right after LATEST moved;
  * a real `readouts ingest` CLI run (Prefect embedded server included) killed mid-run, as a process
    group so its uvicorn server child dies with it.
After every kill: LATEST names a version that validate_version finds valid, every complete version is
valid, and a following run completes and holds every document.

The file doubles as the driver: `python tests/test_crash.py drive ROOT PAGES|REBUILD CHUNK [POINT[@N]]`.
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

HERE = Path(__file__).resolve()
REPO = HERE.parents[1]
N_PAGES = 300
DRIVER_TIMEOUT_S = 120


def page(i: int) -> bytes:
    """One readout generated from a template: unique canonical URL, a chair, directives, attendees."""
    day = 1 + i % 28
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Provincial executive meeting No. {i} held - Example Province</title>
<link rel="canonical" href="https://www.example.gov.cn/news/2024/03/meeting-{i}.html">
<meta name="PubDate" content="2024-03-{day:02d} 18:00"></head>
<body><div class="nav"><a href="/">Home</a> | <a href="/news">News</a></div>
<div class="article-content"><h1>Provincial executive meeting No. {i} held</h1>
<p>On March {day}, Huang Qiang, Governor of Example Province, presided over the {i}th executive meeting of the provincial government.</p>
<p>The meeting stressed that we should strengthen the protection of farmland number {i}, and must ensure stable grain production.</p>
<p>Huang Qiang said that departments at all levels need to improve services for enterprises, and called for greater efforts in flood control.</p>
<p>Vice Governors Li Ming and Zhao Lei attended the meeting {i}.</p>
</div><div class="footer">Copyright Example Province</div></body></html>""".encode()


def write_pages(folder: Path, n: int = N_PAGES, start: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        (folder / f"meeting-{i:04d}.html").write_bytes(page(i))
    return folder


# ------------------------------------------------------------------------------------------ driver
def _install_crash(point: str) -> None:  # noqa: C901 - over the complexity budget; to be split
    """Wrap storage calls so this process SIGKILLs itself at `point` (during its 3rd publish)."""
    from readouts.output import storage

    point, _, after = point.partition("@")  # "@N": armed after N publishes of this process (default 2)
    state = {"publish": 0, "parquet": 0, "after": int(after or 2)}
    die = lambda: os.kill(os.getpid(), signal.SIGKILL)  # noqa: E731
    kind, _, arg = point.partition(":")

    orig_write_bytes, orig_write_atomic = storage.Root.write_bytes, storage.Root.write_atomic
    orig_replace, orig_rename = os.replace, os.rename

    def armed() -> bool:  # N publishes completed: the next storage calls belong to the one after
        return state["publish"] >= state["after"]

    def write_bytes(self, data, *parts):
        if armed() and parts[-1].endswith(".parquet"):
            state["parquet"] += 1
            if kind == "parquet" and state["parquet"] == int(arg or 1):
                path = self.join(*parts)  # half of the file is on disk when the process dies
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "wb") as fh:
                    fh.write(data[: len(data) // 2])
                die()
        return orig_write_bytes(self, data, *parts)

    def write_atomic(self, data, *parts):
        if armed() and kind == "datapackage" and parts[-1] == "manifest.json":
            die()  # every table and datapackage.json written, the manifest not yet
        orig_write_atomic(self, data, *parts)
        if parts[-1] == "LATEST":
            state["publish"] += 1  # LATEST is written once per publish, at its very end

    def replace(src, dst, *a, **k):
        d = str(dst)
        if armed():
            if kind == "manifest" and d.endswith("manifest.json"):
                die()  # the manifest's temporary file is written, not yet renamed
            if kind == "latest-tmp" and d.endswith("LATEST"):
                die()  # the new version is complete and renamed, LATEST's temporary file written
            if kind == "raw" and "/raw/objects/" in d:
                die()  # a raw object's temporary file written, not renamed
            if kind == "index" and "/raw/index/" in d:
                die()
        orig_replace(src, dst, *a, **k)
        if kind == "latest-after" and armed() and d.endswith("LATEST"):
            die()  # everything done: the new version must be LATEST and valid

    def rename(src, dst, *a, **k):
        orig_rename(src, dst, *a, **k)
        if kind == "rename" and armed() and "/versions/" in str(dst):
            die()  # the version folder has its final name; LATEST still names the previous one

    orig_link = os.link

    def link(src, dst, *a, **k):
        if armed() and kind == "share":
            state["parquet"] += 1
            if state["parquet"] == int(arg or 1):
                die()  # sharing the previous version's parts: some linked, the rest not yet
        orig_link(src, dst, *a, **k)

    storage.Root.write_bytes, storage.Root.write_atomic = write_bytes, write_atomic
    os.replace, os.rename, os.link = replace, rename, link
    if kind == "lock":
        from readouts.output.versions import Versions

        orig_clean = Versions.clean_staging

        def clean(self):
            if armed():
                die()  # in the 3rd run, while this process holds the writer lock
            return orig_clean(self)

        Versions.clean_staging = clean


def drive(root: str, pages: str, chunk: int, crash_at: str | None = None) -> None:
    """Ingest every page of `pages` into `root`, `chunk` pages per published version."""
    if crash_at:
        _install_crash(crash_at)
    from readouts.flows.core import discover, process_paths
    from readouts.output.publish import publish_run
    from readouts.output.raw import RawArchive
    from readouts.output.storage import Root
    from readouts.output.versions import new_version_id

    if pages == "REBUILD":  # `readouts rebuild` without Prefect: the raw archive alone, from scratch
        from readouts.flows.crawl import rebuild_batch, rebuild_inputs
        from readouts.transform.pipeline import PARSER_VERSION

        plan = rebuild_inputs(root)
        outcomes = rebuild_batch(plan.inputs, root)
        s = publish_run(root, new_version_id(), outcomes, plan.failures, parser_version=PARSER_VERSION,
                        manifest_extra={"kind": "rebuild"}, from_scratch=True, write_index=False)
        print(f"published {s.version} {s.documents_total}", flush=True)
        print("done", flush=True)
        return
    found, skipped = discover([pages])
    archive = RawArchive(Root(root))
    for i in range(0, len(found), chunk):
        outcomes = process_paths(found[i:i + chunk], archive)
        s = publish_run(root, new_version_id(), outcomes, skipped if i == 0 else [], parser_version="crash-test")
        print(f"published {s.version} {s.documents_total}", flush=True)
    print("done", flush=True)


# ------------------------------------------------------------------------------------------ checks
def run_driver(root, pages, chunk, crash_at=None, **kw):
    args = [sys.executable, str(HERE), "drive", str(root), str(pages), str(chunk)] + ([crash_at] if crash_at else [])
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO, **kw)


def assert_consistent(root: Path) -> tuple[str | None, int]:
    """LATEST names a valid version (or nothing was ever published); every complete version is valid.
    Returns (LATEST, number of documents in it)."""
    from readouts.output.storage import Root
    from readouts.output.validate import validate_version
    from readouts.output.versions import Versions

    v = Versions(Root(str(root)))
    latest = v.latest()
    complete = v.list()
    if latest is None:
        assert complete == [] or all(not validate_version(v, c) for c in complete)
        return None, 0
    assert latest in complete, f"LATEST names {latest}, which has no manifest"
    for vid in complete:
        assert validate_version(v, vid) == [], (vid, validate_version(v, vid))
    return latest, v.read_table(latest, "documents").num_rows


def finish_normally(root: Path, pages: Path, expected_docs: int, chunk: int = 100) -> None:
    """The next run after a crash completes, cleans staging leftovers and holds every document.
    (In this process, to save an interpreter start; the long-run test's rounds are fresh processes.)"""
    drive(str(root), str(pages), chunk)
    latest, n = assert_consistent(root)
    assert n == expected_docs
    assert not [d for d in os.listdir(root / "versions") if d.startswith(".tmp-")], "staging folder left behind"
    assert not [f for f in os.listdir(root) if f.startswith("LATEST.tmp-")], "LATEST temp file left behind"


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> Path:
    return write_pages(tmp_path_factory.mktemp("pages") / "in", N_PAGES)


@pytest.fixture(scope="module")
def small_pages(tmp_path_factory) -> Path:
    return write_pages(tmp_path_factory.mktemp("small") / "in", 12)


CRASH_POINTS = ["parquet:1", "parquet:5", "datapackage", "manifest", "rename", "latest-tmp", "latest-after",
                "raw", "index", "lock"]


@pytest.mark.parametrize("point", CRASH_POINTS)
def test_kill_at_exact_points_of_a_publish(tmp_path, small_pages, point):
    root = tmp_path / "data"
    p = run_driver(root, small_pages, 3, point)  # 4 versions of 3 pages; dies in the 3rd (or 2nd) publish
    out, err = p.communicate(timeout=DRIVER_TIMEOUT_S)
    assert p.returncode == -signal.SIGKILL, (point, p.returncode, err)
    published = [ln for ln in out.splitlines() if ln.startswith("published")]
    assert len(published) == 2, (point, out, err)
    latest, n = assert_consistent(root)
    if point == "latest-after":  # died right after LATEST moved: the new version is the dataset
        assert n == 9 and latest > published[-1].split()[1]
    else:  # died before LATEST moved: the previous version is still LATEST, complete and valid
        assert n == 6 and latest == published[-1].split()[1]
    if point in ("raw", "index"):  # the dead writer's temporary file is there, and must be ignored
        sub = "objects" if point == "raw" else "index"
        assert [p for p in (root / "raw" / sub).rglob("*.tmp-*")], "expected a leftover temporary file"
    finish_normally(root, small_pages, 12)
    if point == "index":  # every receipt that a complete index file holds is readable
        from readouts.output.raw import RawArchive
        from readouts.output.storage import Root

        assert len(RawArchive(Root(str(root))).receipts()) >= 12


@pytest.mark.parametrize("point", ["share:3", "rename", "latest-after"])
def test_kill_during_a_rebuild(tmp_path, small_pages, point):
    """A rebuild (from the raw archive, from scratch) killed while it publishes; the next rebuild completes.
    (The rebuild's rows equal the previous version's, so it writes no part: it shares them all by hard link,
    and share:3 kills it after two of them.)"""
    root = tmp_path / "data"
    drive(str(root), str(small_pages), 6)  # two versions of 6 pages: the raw archive holds all 12
    before, n = assert_consistent(root)
    assert n == 12
    p = run_driver(root, "REBUILD", 0, point + "@0")  # armed from the start: the rebuild's only publish
    _, err = p.communicate(timeout=DRIVER_TIMEOUT_S)
    assert p.returncode == -signal.SIGKILL, (point, err)
    latest, n = assert_consistent(root)
    assert n == 12 and (latest > before if point == "latest-after" else latest == before)
    drive(str(root), "REBUILD", 0)
    latest, n = assert_consistent(root)
    assert n == 12 and latest > before
    assert not [d for d in os.listdir(root / "versions") if d.startswith(".tmp-")]


def test_kill_at_varying_moments_of_a_long_run(tmp_path, pages):
    """Hundreds of pages, ten pages per version (30 versions a run), SIGKILLed at varying moments."""
    root = tmp_path / "data"
    rng = random.Random(20261128)
    kills = 0
    seen_docs = 0
    for _round in range(5):
        p = run_driver(root, pages, 10)
        # wait for a few versions of this run, then kill after a random extra delay (mid-publish or mid-parse)
        want = rng.randint(1, 10)
        got = 0
        deadline = time.monotonic() + DRIVER_TIMEOUT_S
        while got < want and time.monotonic() < deadline:
            line = p.stdout.readline()
            if not line:
                break
            got += line.startswith("published")
        time.sleep(rng.uniform(0, 0.25))
        p.kill()
        p.communicate(timeout=30)
        kills += p.returncode == -signal.SIGKILL
        latest, n = assert_consistent(root)
        assert latest is not None and n >= seen_docs, "a kill lost documents of an earlier version"
        seen_docs = n
    assert kills >= 3, "most runs should have been killed mid-run"
    finish_normally(root, pages, N_PAGES)


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
        return True
    except ProcessLookupError:
        return False
    except PermissionError:
        return True


def test_kill_cli_ingest_mid_run(tmp_path, pages, prefect_harness):
    """A real `readouts ingest` (Prefect and its embedded server) killed with SIGKILL as a process group."""
    from readouts.flows.ingest import ingest
    from readouts.output.storage import Root
    from readouts.output.versions import Versions

    root = tmp_path / "data"
    first = write_pages(tmp_path / "first", 5, start=10_000)
    s0 = ingest([str(first)], data=str(root))
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect-home")}
    env.pop("PREFECT_API_URL", None)
    code = "import sys; from readouts.flows.cli import main; sys.argv = ['readouts'] + sys.argv[1:]; main()"
    p = subprocess.Popen([sys.executable, "-c", code, "ingest", str(pages), "--data", str(root), "--batch-size", "20"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp_path, env=env,
                         start_new_session=True)
    pgid = p.pid  # start_new_session: the child leads its own process group
    objects = root / "raw" / "objects"
    try:
        deadline = time.monotonic() + 120
        n_before = sum(1 for _ in objects.rglob("*"))
        # mid-run: the flow has started archiving this run's pages, and has not published yet
        while time.monotonic() < deadline and p.poll() is None:
            if sum(1 for _ in objects.rglob("*")) > n_before + 40:
                break
            time.sleep(0.05)
        assert p.poll() is None, "the run ended before it could be killed mid-run"
        assert Versions(Root(str(root))).latest() == s0.version
        os.killpg(pgid, signal.SIGKILL)
        p.wait(timeout=30)
        end = time.monotonic() + 15
        while _group_alive(pgid) and time.monotonic() < end:
            time.sleep(0.1)
        assert not _group_alive(pgid), "a process of the killed run (e.g. the Prefect server) survived"
    finally:
        if _group_alive(pgid):
            os.killpg(pgid, signal.SIGKILL)
    latest, n = assert_consistent(root)
    assert latest == s0.version and n == 5
    s1 = ingest([str(pages)], data=str(root))  # the next run completes normally
    latest, n = assert_consistent(root)
    assert latest == s1.version and n == N_PAGES + 5



# ------------------------------------------------------------------------------------------ faults without a kill
def _outcomes(lo: int, n: int):
    from readouts.flows.core import RawInput, process_raw

    return [process_raw(RawInput(input=f"/in/{i}.html", body=page(i))) for i in range(lo, lo + n)]


def _publish(root, outcomes):
    from readouts.output.publish import publish_run
    from readouts.output.versions import new_version_id

    return publish_run(str(root), new_version_id(), outcomes, [], parser_version="test")


def test_disk_full_while_writing_a_version(tmp_path, monkeypatch):
    """ENOSPC in the middle of a version: the run fails, nothing half-written stays, LATEST is untouched."""
    import errno

    from readouts.output import storage

    root = tmp_path / "data"
    s1 = _publish(root, _outcomes(0, 3))
    real = storage.Root.write_bytes
    calls = {"n": 0}

    def full(self, data, *parts):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, data, *parts)

    monkeypatch.setattr(storage.Root, "write_bytes", full)
    with pytest.raises(OSError, match="No space"):
        _publish(root, _outcomes(3, 3))
    monkeypatch.setattr(storage.Root, "write_bytes", real)
    assert assert_consistent(root) == (s1.version, 3)
    assert os.listdir(root / "versions") == [s1.version]
    s3 = _publish(root, _outcomes(3, 3))
    assert assert_consistent(root) == (s3.version, 6)


def test_storage_returning_other_bytes_is_caught_before_publishing(tmp_path, monkeypatch):
    """The read-back check: a file that does not read back as written abandons the version."""
    from readouts.output import storage
    from readouts.output.versions import VersionError

    root = tmp_path / "data"
    s1 = _publish(root, _outcomes(0, 2))
    real = storage.Root.read_many

    def flaky(self, paths):
        got = real(self, paths)
        return [data[:-1] + bytes([data[-1] ^ 1]) if p.endswith("/speakers/part-00-0.parquet") and "/.tmp-" in p
                else data for p, data in zip(paths, got)]

    monkeypatch.setattr(storage.Root, "read_many", flaky)
    with pytest.raises(VersionError, match="did not read back"):
        _publish(root, _outcomes(2, 2))
    monkeypatch.setattr(storage.Root, "read_many", real)
    assert assert_consistent(root) == (s1.version, 2)
    assert os.listdir(root / "versions") == [s1.version]


def test_raw_archive_write_error_is_a_failure_not_a_crash(tmp_path, monkeypatch):
    from readouts.flows.core import process_paths
    from readouts.output.raw import RawArchive
    from readouts.output.storage import Root

    pages = write_pages(tmp_path / "in", 3)

    def broken(self, body, sha=None):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(RawArchive, "put", broken)
    out = process_paths(sorted(str(p) for p in pages.iterdir()), RawArchive(Root(str(tmp_path / "data"))))
    assert [o.failure["stage"] for o in out] == ["write"] * 3
    assert all("Permission denied" in o.failure["message"] for o in out)


def test_object_store_root_interrupted_write_is_invisible(monkeypatch):
    """On an object store (no rename): files go to versions/<id>/, the manifest last, then LATEST; a write
    that dies before its manifest leaves a folder no reader trusts, and LATEST untouched."""
    from readouts.output import storage
    from readouts.output.storage import Root
    from readouts.output.validate import validate_version
    from readouts.output.versions import Versions

    url = "memory://crash-test-objstore"
    s1 = _publish(url, _outcomes(0, 2))
    real = storage.Root.write_atomic

    def dies(self, data, *parts):
        if parts[-1] == "manifest.json":
            raise ConnectionError("connection reset while uploading manifest.json")
        return real(self, data, *parts)

    monkeypatch.setattr(storage.Root, "write_atomic", dies)
    with pytest.raises(ConnectionError):
        _publish(url, _outcomes(2, 2))
    monkeypatch.setattr(storage.Root, "write_atomic", real)
    v = Versions(Root(url))
    assert v.latest() == s1.version and v.list() == [s1.version]
    assert len(v.root.listdir("versions")) == 2  # the partial folder exists, without a manifest
    s3 = _publish(url, _outcomes(2, 2))
    assert v.latest() == s3.version and validate_version(v, s3.version) == []
    assert v.read_table(s3.version, "documents").num_rows == 4


if __name__ == "__main__" and len(sys.argv) >= 5 and sys.argv[1] == "drive":
    sys.path.insert(0, str(REPO))
    drive(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5] if len(sys.argv) > 5 else None)
