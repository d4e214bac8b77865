"""`readouts crawl | rebuild | export-warc | serve`: registered on the main typer app by flows.cli."""
from __future__ import annotations

import atexit
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import typer

from readouts.flows.cli import DataOpt, UserError, app, err, out, preflight, print_summary, run_flow, shown

SourcesOpt = typer.Option(None, "--sources", help="Sources file (TOML; default: the sources.toml installed with the package, acquire/sources.toml).")


def _load(sources_file: str | None, names: list[str] | None):
    from readouts.acquire.sources import SourceConfigError, load_config, select

    try:
        cfg = load_config(sources_file)
        return cfg, select(cfg, names)
    except SourceConfigError as e:
        raise UserError(str(e)) from None


def print_runs(rows: list[dict]) -> None:
    """One line per source: what this run requested and found, and when the source last succeeded."""
    if rows:
        out.print("  runs (per source):")
    for r in rows:
        last = r.get("last_success_at")
        n = lambda k, r=r: "-" if r.get(k) is None else str(r[k])  # noqa: E731
        colour = "green" if r["status"] == "ok" else "red"
        out.print(f"    {r['source']}: [{colour}]{r['status']}[/], {n('pages_requested')} requests, {n('new')} new, "
                  f"{n('changed')} changed, {n('unchanged')} unchanged, {n('failed')} failed, {n('removed')} removed; "
                  f"last success {last.strftime('%Y-%m-%d %H:%M UTC') if last else 'never'}"
                  + (f"; {r['message']}" if r.get("message") else ""), highlight=False, soft_wrap=True)


@app.command()
def crawl(sources: list[str] | None = typer.Argument(None, metavar="[SOURCE]...", help="Source names (default: all)."),
          sources_file: str | None = SourcesOpt,
          data: str | None = DataOpt,
          since: str | None = typer.Option(None, help="Skip articles whose URL date is before this date (YYYY-MM-DD)."),
          full: bool = typer.Option(False, "--full", help="Re-crawl everything: page to the end, revisit known articles, "
                                    "and request every known live article no listing shows (404/410 marks it removed).")):
    """Fetch new and changed readouts from the configured sources into a new version."""
    from readouts.acquire.sources import SourceConfigError, parse_since

    _load(sources_file, sources)  # fail fast, before Prefect starts, on a bad file or name
    if since:
        try:
            parse_since(since, "--since")
        except SourceConfigError as e:
            raise UserError(str(e)) from None
    preflight(data)
    started = time.perf_counter()
    from readouts.flows.crawl import crawl as crawl_flow

    # the flow ends Failed when a source failed (for Prefect's alerts); its summary is still the state's data
    state = run_flow(crawl_flow, sources or None, sources_file=_abs(sources_file), data=data, since=since, full=full,
                     return_state=True)
    summary = state.result(raise_on_failure=False) if state.is_failed() else state.result()
    if isinstance(summary, BaseException):  # failed before anything was published
        raise summary
    print_summary(summary, started)
    out.print(f"  requests this run: {summary.extra.get('requests', 0)}")
    rows = summary.extra.get("runs", [])
    print_runs(rows)
    failed = [r["source"] for r in rows if r["status"] != "ok"]
    if failed:  # the version is published (exit 0), but a cron mail should say so
        err.print(f"readouts: warning: {len(failed)} source(s) could not be crawled: {', '.join(failed)}",
                  highlight=False, markup=False)


@app.command()
def rebuild(data: str | None = DataOpt,
            workers: int | None = typer.Option(None, "--workers", min=1,
                                               help="Worker processes for the parsing (default: one per core; 1: in this process).")):
    """Make a new version from the raw archive alone (no network) with the current parser."""
    from readouts.output.raw import RawArchive
    from readouts.output.storage import Root

    preflight(data)
    if not RawArchive(Root(data)).receipts():
        raise UserError(f"no raw archive index under {Root(data).url}/raw (crawl or ingest first)")
    started = time.perf_counter()
    from readouts.flows.crawl import rebuild as rebuild_flow

    summary = run_flow(rebuild_flow, data=data, workers=workers)
    print_summary(summary, started)


@app.command("export-warc")
def export_warc(out_path: str = typer.Argument(..., metavar="OUT.warc[.gz]"),
                data: str | None = DataOpt,
                articles_only: bool = typer.Option(False, "--articles-only",
                                                   help="Only article responses (no listing pages, robots.txt).")):
    """Write the raw archive as WARC (response records; .gz compresses each record)."""
    if not out_path.endswith((".warc", ".warc.gz")):
        raise UserError("the output file name must end in .warc or .warc.gz")
    from readouts.flows.crawl import export_warc as export
    from readouts.output.storage import Root

    root = Root(data)
    if not root.exists("raw"):
        raise UserError(f"no raw archive under {root.url} (nothing was ingested or crawled there): nothing written")
    problems: list[str] = []
    n, skipped = export(data, out_path, articles_only=articles_only, problems=problems)
    out.print(f"wrote {n} WARC records to {out_path}" + (f" (skipped {skipped} index entries: 304 answers, local files without a URL)" if skipped else ""))
    for p in problems[:20]:
        err.print(f"not exported: {shown(p)}", highlight=False)
    if problems:
        raise UserError(f"{len(problems)} archived bodies are missing or altered and were not exported "
                        "(`readouts rebuild` lists them as failures)")


# -- serve -------------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _prefect_exe() -> str:
    cand = Path(sys.executable).parent / "prefect"
    return str(cand) if cand.exists() else (shutil.which("prefect") or "prefect")


def start_local_server(port: int | None = None, log_path: str | None = None, timeout: float = 180.0):
    """Start `prefect server start` on 127.0.0.1; return (process, api_url, log path) once healthy."""
    import httpx

    from readouts.flows.settings import apply_defaults

    apply_defaults()
    port = port or _free_port()
    home = Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect")
    home.mkdir(parents=True, exist_ok=True)
    log_path = log_path or str(home / "readouts-server.log")
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    logf = open(log_path, "ab")
    proc = subprocess.Popen([_prefect_exe(), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                            stdout=logf, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    logf.close()
    api = f"http://127.0.0.1:{port}/api"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise UserError(f"prefect server exited with status {proc.returncode}; see {log_path}")
        try:
            if httpx.get(api + "/health", timeout=2).status_code == 200:
                return proc, api, log_path
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    stop_process(proc)
    raise UserError(f"prefect server did not answer on {api} within {timeout:.0f} s; see {log_path}")


def stop_process(proc: subprocess.Popen, grace: float = 15.0) -> None:
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


@app.command()
def serve(sources: list[str] | None = typer.Argument(None, metavar="[SOURCE]...", help="Source names (default: all)."),
          sources_file: str | None = SourcesOpt,
          data: str | None = DataOpt,
          cron: str | None = typer.Option(None, help="Cron schedule (default: schedule.cron in the sources file)."),
          interval: float | None = typer.Option(None, help="Run every N seconds instead of a cron schedule."),
          name: str = typer.Option("crawl", help="Deployment name."),
          port: int | None = typer.Option(None, help="Port of the local Prefect server started when PREFECT_API_URL is unset.")):
    """Run the crawl on a schedule (a long-running process; Ctrl-C stops it).

    Uses the Prefect server at PREFECT_API_URL when set; otherwise starts a local `prefect server`
    (stopped on exit), because only a real server runs Prefect's scheduler.
    """
    cfg, chosen = _load(sources_file, sources)
    # scheduled runs are read later, in the UI or in this process's output: keep their INFO lines (the other
    # commands keep Prefect's console logging off the terminal: flows.cli.quiet_prefect)
    for k in ("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "PREFECT_LOGGING_HANDLERS_DEBUG_LEVEL"):
        os.environ.pop(k, None)
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO")
    server = None
    if not os.environ.get("PREFECT_API_URL"):
        err.print("starting a local Prefect server (PREFECT_API_URL is not set) ...")
        server, api, log_path = start_local_server(port)
        atexit.register(stop_process, server)
        os.environ["PREFECT_API_URL"] = api  # before Prefect is imported: its settings are read then
        err.print(f"Prefect server at {api.removesuffix('/api')} (UI and run logs); server log: {log_path}")
    try:
        from prefect.schedules import Cron, Interval

        from readouts.flows.crawl import crawl as crawl_flow

        if interval:
            schedule = Interval(interval)
            what = f"every {interval:g} s"
        else:
            schedule = Cron(cron or cfg.cron, timezone=cfg.timezone)
            what = f"cron {cron or cfg.cron!r} ({cfg.timezone})"
        root = _abs(data or os.environ.get("READOUTS_DATA") or "data")  # fixed now: runs may start elsewhere
        err.print(f"serving deployment crawl/{name}: {what}, sources {', '.join(s.name for s in chosen)}, data {root}")
        params = {"sources": sources or None, "sources_file": _abs(sources_file or str(cfg.path)), "data": root}
        crawl_flow.serve(name=name, schedules=[schedule], parameters=params, pause_on_shutdown=False,
                         global_limit=1, print_starting_message=True)
    finally:
        if server is not None:
            err.print("stopping the local Prefect server ...")
            stop_process(server)


def _abs(path: str | None) -> str | None:
    """Local paths made absolute (scheduled runs may start in another directory); URLs unchanged."""
    if path is None or "://" in path:
        return path
    return os.path.abspath(path)
