"""`ingest` on a Dask cluster (prefect-dask's DaskTaskRunner with the scheduler's address): the same tables as a
local run, a worker that dies costs its batch failure rows (never an input), and the CLI's one-line errors."""
from __future__ import annotations

import os
import subprocess
import sys
import time

import pyarrow.parquet as pq
import pytest
from distributed.diagnostics.plugin import WorkerPlugin
from test_crash import write_pages

from readouts.output.schema import TABLES
from readouts.output.storage import Root
from readouts.output.versions import Versions

pytestmark = pytest.mark.slow  # a Dask cluster and Prefect

N = 60
BATCH = 10
CRASHING = "meeting-0007.html"


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    return write_pages(tmp_path_factory.mktemp("dask") / "in", N)


@pytest.fixture(scope="module")
def cluster(prefect_harness):
    """Two worker processes, one thread each. They report to the session's Prefect API (the harness sets
    PREFECT_API_URL in Prefect's settings only; the workers read the environment they are started with),
    instead of starting an embedded server each. A batch whose worker dies fails at once (allowed-failures 0)."""
    import dask
    from distributed import Client, LocalCluster
    from prefect.settings import PREFECT_API_URL

    saved = os.environ.get("PREFECT_API_URL")
    os.environ["PREFECT_API_URL"] = str(PREFECT_API_URL.value())
    try:
        with dask.config.set({"distributed.scheduler.allowed-failures": 0}), \
                LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as c, \
                Client(c) as client:
            yield c, client
    finally:
        if saved is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = saved


def latest_tables(root) -> dict:
    v = Versions(Root(str(root)))
    vid = v.latest()
    tables = {n: pq.read_table(root / "versions" / vid / n) for n in TABLES if n != "runs"}
    tables["failures"] = tables["failures"].drop_columns(["at"])  # when it failed
    return tables


def test_ingest_on_dask_publishes_the_same_tables_as_a_local_run(cluster, pages, tmp_path):
    from readouts.flows.ingest import ingest, ingest_flow

    c, _ = cluster
    local = ingest([str(pages)], data=str(tmp_path / "local"))  # the local pool (2 cores: 2 workers)
    state = ingest_flow(c.scheduler_address)([str(pages)], data=str(tmp_path / "dask"), batch_size=BATCH,
                                             return_state=True)
    on_dask = state.result()
    assert local.published and on_dask.published
    assert local.documents_total == on_dask.documents_total == N and on_dask.failures == 0
    ref, got = latest_tables(tmp_path / "local"), latest_tables(tmp_path / "dask")
    for name, table in ref.items():
        assert got[name].equals(table), name
    for sha in got["documents"]["content_sha256"].to_pylist():  # the workers wrote the raw archive
        assert (tmp_path / "dask" / "raw" / "objects" / sha[:2] / sha).exists()
    # the batches ran as task runs of this flow run, recorded by the session's API: the workers used it
    assert completed_batches(state.state_details.flow_run_id) == N // BATCH


def completed_batches(flow_run_id, wait_s: float = 20.0) -> int:
    """Completed process-batch task runs of a flow run (the server records task runs a little later)."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    deadline = time.monotonic() + wait_s
    with get_client(sync_client=True) as client:
        while True:
            runs = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])))
            n = sum(1 for r in runs if r.name.startswith("process-batch") and r.state is not None and r.state.is_completed())
            if n == N // BATCH or time.monotonic() > deadline:
                return n
            time.sleep(0.5)


class CrashOn(WorkerPlugin):
    """A worker plugin: on every worker (a restarted one too), the batch that holds CRASHING kills the process."""

    name = "crash-on-input"

    def setup(self, worker):
        # the task's function reaches the worker pickled by value (cloudpickle), its reference to
        # flows.core.process_paths resolved there: patching that module is what the task sees
        import readouts.flows.core as core
        import readouts.flows.ingest as ingest_module

        real = core.process_paths

        def process_paths(paths, *args, **kwargs):
            if any(p.endswith(CRASHING) for p in paths):
                os._exit(70)
            return real(paths, *args, **kwargs)

        core.process_paths = ingest_module.process_paths = process_paths


def test_a_dead_dask_worker_costs_its_batch_failure_rows(cluster, pages, tmp_path):
    from readouts.flows.ingest import ingest_flow

    c, client = cluster
    client.register_plugin(CrashOn(), name=CrashOn.name)
    try:
        s = ingest_flow(c.scheduler_address)([str(pages)], data=str(tmp_path / "data"), batch_size=BATCH)
    finally:
        client.unregister_worker_plugin(CrashOn.name)
    t = latest_tables(tmp_path / "data")
    failures = t["failures"].to_pylist()
    # the batch that killed its worker ends as failure rows. With allowed-failures 0, so may a batch that was
    # only waiting on that worker (Dask counts it as in the dying worker's hands): whole batches, never a lost input
    assert any(f["input"].endswith(CRASHING) for f in failures)
    assert {f["error_type"] for f in failures} == {"KilledWorker"} and "not processed" in failures[0]["message"]
    assert len(failures) % BATCH == 0 and len(failures) == s.failures
    inputs = [*t["documents"]["input"].to_pylist(), *(f["input"] for f in failures)]
    assert sorted(inputs) == sorted(str(p) for p in pages.iterdir())  # every input once: a document or a failure
    assert t["documents"].num_rows >= N - 2 * BATCH


def readouts_cli(*args, env=None):
    code = "import sys; from readouts.flows.cli import main; sys.argv = ['readouts'] + sys.argv[1:]; main()"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120)


def test_dask_address_errors_are_one_line(pages, tmp_path):
    """Before Prefect starts, nothing published: no scheduler there, no Prefect server for the workers,
    no prefect-dask."""
    args = ("ingest", str(pages), "--data", str(tmp_path / "d"), "--dask-address", "tcp://127.0.0.1:9")
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    server = {**env, "PREFECT_API_URL": "http://127.0.0.1:9/api"}  # never reached: the checks come first
    p = readouts_cli(*args, env=server)
    assert p.returncode == 1 and p.stderr.count("\n") == 1, p.stderr
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in p.stderr
    p = readouts_cli(*args, env={**env, "PREFECT_HOME": str(tmp_path / "prefect-home")})  # a profile without an API URL
    assert p.returncode == 1 and p.stderr.count("\n") == 1, p.stderr
    assert "needs a Prefect server" in p.stderr and "PREFECT_API_URL" in p.stderr
    blocker = tmp_path / "blocker"  # prefect_dask cannot be imported: the line names the extra to install
    blocker.mkdir()
    (blocker / "prefect_dask.py").write_text("raise ImportError('blocked for the test', name='prefect_dask')\n")
    p = readouts_cli(*args, env={**server, "PYTHONPATH": os.pathsep.join([str(blocker), os.environ.get("PYTHONPATH", "")])})
    assert p.returncode == 1 and p.stderr.count("\n") == 1, p.stderr
    assert "pip install 'readouts[dask]'" in p.stderr
    assert not (tmp_path / "d" / "versions").exists()
