"""A schedule fires: a real `prefect server` (started here, on a free port), `readouts serve` with a
short interval against it, and a version appears without anybody calling the flow.

Prefect's scheduler only runs inside a real server (the embedded/ephemeral one has none), so this is
the one test that pays for a server start (about 10-30 s) and a scheduled run.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from mirror import Mirror, mirror_sources_toml  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _clean_env(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update({"PREFECT_HOME": str(home), "DO_NOT_TRACK": "1", "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
                "PREFECT_LOGGING_LEVEL": "WARNING", "PREFECT_UI_ENABLED": "false",
                "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "2", "PREFECT_RUNNER_POLL_FREQUENCY": "2"})
    return env


def _stop(proc: subprocess.Popen, sig=signal.SIGTERM, grace: float = 20) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, sig)
        try:
            proc.wait(grace)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)


def _wait_healthy(api: str, proc: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, "prefect server exited early"
        try:
            if httpx.get(api + "/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"prefect server not healthy on {api} after {timeout} s")


@pytest.fixture(scope="module")
def prefect_home(tmp_path_factory):
    """One PREFECT_HOME for both tests: the second server start finds its database migrated (~5 s, not ~20 s)."""
    return tmp_path_factory.mktemp("prefect-home")


@pytest.fixture()
def mirror():
    m = Mirror().start()
    for i in range(3):
        m.add_article(m.article_path(i))
    yield m
    m.stop()


def _first_latest(versions):
    """LATEST while the first version is being published: between its complete directory and the LATEST that names it
    the reader sees "LATEST is missing" (the crash state `readouts repair` mends); polling, that is "not yet". The
    assertions after the wait read LATEST strictly."""
    from readouts.output.versions import VersionError
    try:
        return versions.latest()
    except VersionError as e:
        if "LATEST is missing" in str(e):
            return None
        raise


def test_interval_schedule_fires_and_publishes_a_version(tmp_path, mirror, prefect_home):
    from readouts.output.storage import Root
    from readouts.output.versions import Versions

    env = _clean_env(prefect_home)
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    server_log = open(tmp_path / "server.log", "wb")
    server = subprocess.Popen([str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                              env=env, stdout=server_log, stderr=subprocess.STDOUT, start_new_session=True)
    serve = None
    serve_log = open(tmp_path / "serve.log", "wb")
    try:
        t0 = time.monotonic()
        _wait_healthy(api, server, 180)
        t_server = time.monotonic() - t0
        sources = tmp_path / "sources.toml"
        sources.write_text(mirror_sources_toml(mirror, rate=20))
        data = tmp_path / "data"
        t1 = time.monotonic()
        serve = subprocess.Popen([str(BIN / "readouts"), "serve", "--sources", str(sources), "--data", str(data),
                                  "--interval", "5"], env={**env, "PREFECT_API_URL": api}, cwd=str(REPO),
                                 stdout=serve_log, stderr=subprocess.STDOUT, start_new_session=True)
        versions = Versions(Root(str(data)))
        deadline = time.monotonic() + 150
        while time.monotonic() < deadline and _first_latest(versions) is None:
            assert serve.poll() is None, (tmp_path / "serve.log").read_text()[-3000:]
            time.sleep(1)
        t_version = time.monotonic() - t1
        vid = versions.latest()
        assert vid is not None, "no version within 150 s:\n" + (tmp_path / "serve.log").read_text()[-3000:]
        docs = versions.read_table(vid, "documents")
        assert docs.num_rows == 3
        assert versions.read_table(vid, "runs").to_pylist()[0]["source"] == "mirror"
        # the run is on the server's record, created by the scheduler (not by hand)
        runs = httpx.post(api + "/flow_runs/filter", json={"limit": 10}, timeout=10).json()
        assert any(r.get("deployment_id") and r.get("auto_scheduled") for r in runs), [(r.get("deployment_id"), r.get("auto_scheduled"), r.get("state_type")) for r in runs]
        print(f"\nschedule test: server healthy in {t_server:.1f}s, first scheduled version {t_version:.1f}s after serve started")
    finally:
        if serve is not None:
            _stop(serve)
        _stop(server)
        server_log.close()
        serve_log.close()
    assert serve.returncode is not None and server.returncode is not None


def test_serve_starts_and_stops_its_own_server(tmp_path, mirror, prefect_home):
    """Without PREFECT_API_URL, `readouts serve` starts a local server, runs on schedule, stops it on exit."""
    from readouts.output.storage import Root
    from readouts.output.versions import Versions

    env = _clean_env(prefect_home)
    port = _free_port()
    sources = tmp_path / "sources.toml"
    sources.write_text(mirror_sources_toml(mirror, rate=20))
    data = tmp_path / "data"
    log = open(tmp_path / "serve.log", "wb")
    serve = subprocess.Popen([str(BIN / "readouts"), "serve", "--sources", str(sources), "--data", str(data),
                              "--interval", "5", "--port", str(port)], env=env, cwd=str(REPO),
                             stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        versions = Versions(Root(str(data)))
        deadline = time.monotonic() + 150
        while time.monotonic() < deadline and _first_latest(versions) is None:
            assert serve.poll() is None, (tmp_path / "serve.log").read_text()[-3000:]
            time.sleep(1)
        assert versions.latest() is not None, (tmp_path / "serve.log").read_text()[-3000:]
        assert httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=5).status_code == 200
    finally:
        if serve.poll() is None:
            serve.send_signal(signal.SIGTERM)  # to serve only: it must stop its server itself
            try:
                serve.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(serve.pid, signal.SIGKILL)
                raise
        log.close()
    text = (tmp_path / "serve.log").read_text()
    assert "starting a local Prefect server" in text and "stopping the local Prefect server" in text
    with pytest.raises(httpx.HTTPError):
        httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2)
