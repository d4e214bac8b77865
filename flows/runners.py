"""Task runners for `ingest`: the local default, or a Dask distributed cluster (`readouts ingest --dask-address`).

Locally, `ingest` keeps Prefect's default thread runner and puts every core to work through a process pool
inside one task (flows/parallel.py). With a Dask scheduler's address, the flow runs on prefect-dask's
`DaskTaskRunner(address=...)` and submits its batch tasks (`process-batch`, `--batch-size` inputs each) to the
cluster's workers. What the cluster's workers need:

  * the same `readouts` (and model) installed as the machine that runs the flow, plus `readouts[dask]`;
  * the inputs and the dataset root, at the same names: every worker reads its batch's input files itself
    and writes their raw bytes to the root's archive (`raw/objects/`), and reads LATEST to skip unchanged
    inputs. So the inputs must sit on a path every worker reaches under the same name (a shared or network
    file system; give them as absolute paths, or paths valid in the workers' working directory), and the root
    must be a shared path or an object store (`--data s3://bucket/prefix`, with the workers' credentials).
    A relative local root is made absolute before it is sent. The flow's own process publishes the version;
  * PREFECT_API_URL pointing at the Prefect server that the flow uses (`prefect server start`). Without a
    server, the flow's embedded one listens on 127.0.0.1 of its own machine only, and each worker starts an
    embedded server of its own (seconds, ~300 MB, task runs recorded where nobody looks, and a server left
    running when the worker is killed): so --dask-address refuses to run without PREFECT_API_URL.

A batch whose task fails, or whose worker dies more often than the scheduler retries it (KilledWorker),
becomes failure rows for its inputs: nothing is lost, the version is still published.
"""
from __future__ import annotations

import socket
from typing import Any
from urllib.parse import urlsplit

from readouts.errors import ReadoutsError

DASK_HINT = "pip install 'readouts[dask]'"
CONNECT_TIMEOUT_S = 10.0


class DaskUnavailable(ReadoutsError):
    """--dask-address without prefect-dask (or distributed) installed."""


class DaskUnreachable(ReadoutsError):
    """No Dask scheduler answers at the address given."""


class DaskNeedsServer(ReadoutsError):
    """--dask-address without a Prefect server (PREFECT_API_URL) for the flow and the workers."""


def dask_task_runner(address: str, check: bool = True) -> Any:
    """A prefect-dask `DaskTaskRunner` on the running cluster whose scheduler is at `address`
    (tcp://HOST:PORT). One line (a ReadoutsError) when prefect-dask is missing, no Prefect server is set, or
    nothing answers there."""
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError as e:
        raise DaskUnavailable(f"--dask-address needs prefect-dask and distributed ({e.name or e} is not installed): "
                              f"{DASK_HINT}") from None
    if not api_url():
        raise DaskNeedsServer("--dask-address needs a Prefect server that the Dask workers use too: start one "
                              "(`prefect server start`) and set PREFECT_API_URL to its API here and on the workers")
    if check:
        check_reachable(address)
    return DaskTaskRunner(address=address)


def api_url() -> str | None:
    """The Prefect API this process uses: PREFECT_API_URL from the environment or the active profile."""
    from readouts.flows.settings import apply_defaults

    apply_defaults()  # before Prefect reads its settings
    from prefect.settings import PREFECT_API_URL

    return PREFECT_API_URL.value() or None


def check_reachable(address: str, timeout: float = CONNECT_TIMEOUT_S) -> None:
    """Fail in one line, before Prefect starts, when no scheduler listens at a tcp:// or tls:// address
    (the client would otherwise wait and end in a traceback). Other schemes are left to Dask."""
    parts = urlsplit(address if "://" in address else f"tcp://{address}")
    if parts.scheme not in ("tcp", "tls"):
        return
    try:
        host, port = parts.hostname, parts.port
    except ValueError:
        port = None
    if not host or port is None:
        raise DaskUnreachable(f"not a Dask scheduler address: {address!r} (expected tcp://HOST:PORT)")
    try:
        with socket.create_connection((host, port), timeout=timeout):
            pass
    except OSError as e:
        raise DaskUnreachable(f"cannot reach the Dask scheduler at {address}: {e.strerror or e}") from None


def is_local(task_runner: Any) -> bool:
    """Does this task runner run tasks in the flow's own process (Prefect's thread runner)?"""
    from prefect.task_runners import PrefectTaskRunner, ThreadPoolTaskRunner

    return isinstance(task_runner, (ThreadPoolTaskRunner, PrefectTaskRunner))
