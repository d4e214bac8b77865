"""Shared fixtures. Only flow-level tests start Prefect (one embedded server for the whole session)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS_DEV = SHARED / "corpus" / "dev"
SAMPLE = REPO / "sample"


def corpus_pages() -> list[Path]:
    """The development corpus pages (../shared beside the clone); tests that need it fail loudly without it."""
    pages = sorted(CORPUS_DEV.glob("*.html"))
    if not pages:
        raise RuntimeError(f"development corpus not found at {CORPUS_DEV}: tests expect ../shared beside the clone")
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
