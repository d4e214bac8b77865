"""Prefect defaults that keep a local run quiet and cheap; anything the user sets wins.

Must run before `import prefect` (Prefect reads its settings at import time).
"""
from __future__ import annotations

import os

DEFAULTS = {
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    # console shows warnings only; run logs still reach the Prefect API/UI at this level and above
    "PREFECT_LOGGING_LEVEL": "WARNING",
    # a cold embedded server takes ~12 s on a 2-core machine: the default 20 s is too tight under load
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    # batch tasks are CPU-bound: an unbounded thread pool only thrashes the GIL
    "PREFECT_TASKS_RUNNER_THREAD_POOL_MAX_WORKERS": "2",
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_BATCH_SIZE": "500",
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_FLUSH_INTERVAL": "1",
    # the embedded server shares the terminal: its shutdown races (a cancelled flush) are not the user's news
    "PREFECT_SERVER_LOGGING_LEVEL": "CRITICAL",
}


def apply_defaults() -> None:
    for k, v in DEFAULTS.items():
        os.environ.setdefault(k, v)


def using_embedded_server() -> bool:
    return not os.environ.get("PREFECT_API_URL")
