"""Shared fixtures. Only flow-level tests start Prefect (one embedded server for the whole session)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "corpus"  # in the repository: the tests pass on a fresh clone with nothing beside it
CORPUS_DEV = CORPUS / "dev"  # a copy of ../shared/corpus/dev (21 real readouts with gold labels)
SAMPLE = REPO / "sample"


def corpus_pages() -> list[Path]:
    """The development corpus pages; tests that need it fail loudly without it."""
    pages = sorted(CORPUS_DEV.glob("*.html"))
    if not pages:
        raise RuntimeError(f"development corpus not found at {CORPUS_DEV}")
    return pages


def corpus_json() -> list[Path]:
    """The gold JSON files of the development corpus; missing corpus is an error, never a skip."""
    return [p.with_suffix(".json") for p in corpus_pages()]


def gold(page: Path) -> dict:
    return json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def prefect_harness(tmp_path_factory):
    """One embedded Prefect API for every flow test of the session, heartbeats off (1 s per flow saved)."""
    os.environ.setdefault("PREFECT_HOME", str(tmp_path_factory.mktemp("prefect-home")))
    from readouts.flows.settings import apply_defaults

    apply_defaults()
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120), \
            temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield


# Tests that start Prefect, subprocesses, HTTP servers or time real waits: `pytest -m "not slow"` leaves
# them out and runs the grammar, extraction and storage tests in well under a minute.
@pytest.fixture(scope="session")
def s3_endpoint():
    """A local S3-compatible server for the session (tests/s3server.py); AWS_* variables point at it."""
    import s3fs
    import s3server

    proc, endpoint = s3server.start()
    saved = {k: os.environ.get(k) for k in [*s3server.ENV, "AWS_ENDPOINT_URL"]}
    os.environ.update(s3server.ENV)
    os.environ["AWS_ENDPOINT_URL"] = endpoint
    s3fs.S3FileSystem.clear_instance_cache()
    s3fs.S3FileSystem().mkdir(s3server.BUCKET)
    yield endpoint
    proc.terminate()
    proc.wait(10)
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
    s3fs.S3FileSystem.clear_instance_cache()


SLOW_MODULES = {"test_s3", "test_parallel", "test_dask", "test_report", "test_crawl_full", "test_schedule", "test_crash", "test_concurrency", "test_crawl", "test_fetch", "test_flows",
                "test_cli", "test_hostile", "test_readme", "test_wheel", "test_processes"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.module.__name__ in SLOW_MODULES or "prefect_harness" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)
