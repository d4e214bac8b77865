"""The `readouts` command line. Prefect is imported only by commands that orchestrate."""
from __future__ import annotations

import json
import sys
import time
from datetime import date, datetime
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table as RichTable

from readouts.errors import ReadoutsError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False)
out = Console(soft_wrap=True)  # long paths and ids stay on one line for copy-paste
err = Console(stderr=True)


def _print_version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        from readouts.output.schema import SCHEMA_VERSION
        from readouts.transform.pipeline import PARSER_VERSION

        try:
            pkg = version("readouts")
        except PackageNotFoundError:
            pkg = "(not installed)"
        print(f"readouts {pkg} (parser {PARSER_VERSION}, schema {SCHEMA_VERSION})")
        raise typer.Exit()


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True,
                                        help="Print the package, parser and schema versions.")):
    """Government meeting readouts -> versioned Parquet dataset."""

DataOpt = typer.Option(None, "--data", help="Dataset root: folder or fsspec URL (default $READOUTS_DATA or ./data).")


class UserError(ReadoutsError):
    """An error to print as one line, without a traceback."""


def _json_default(o):
    if isinstance(o, (date, datetime)):
        return o.isoformat()
    raise TypeError(type(o).__name__)


def run_flow(fn, *args, **kwargs):
    """Call a Prefect flow; with the embedded server, turn heartbeats off (they add ~1 s per flow)."""
    from readouts.flows.settings import apply_defaults, using_embedded_server

    apply_defaults()
    if not using_embedded_server():
        return fn(*args, **kwargs)
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        return fn(*args, **kwargs)


def with_progress(label: str, fn, *args, **kwargs):
    """Run fn with a progress bar fed by flows.progress. The flow announces its total once it has
    discovered its inputs (so they are walked once); the bar shows only for more than a handful."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from readouts.flows import progress

    if not err.is_terminal:
        return fn(*args, **kwargs)
    bar = Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err)
    task: list = []

    def expect(total: int) -> None:
        if total >= 20 and not task:
            bar.start()
            task.append(bar.add_task(label, total=total))

    def advance(n: int, _what: str) -> None:
        if task:
            bar.advance(task[0], n)

    progress.listen(advance, expect)
    try:
        return fn(*args, **kwargs)
    finally:
        progress.listen(None)
        if task:
            bar.stop()


def shown(value: object, limit: int = 200) -> str:
    """Untrusted text (file names, messages, names from pages) made safe for the terminal: control characters
    escaped (a newline cannot forge a line, an ANSI code cannot reach the terminal), Rich markup escaped,
    and the length bounded."""
    from rich.markup import escape

    return escape(_printable(str(value), limit))


def _printable(text: str, limit: int) -> str:
    """Control characters escaped (a newline cannot forge a line, ANSI codes stay inert), length bounded."""
    safe = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text[:limit])
    return safe + ("..." if len(text) > limit else "")


def print_summary(s, started: float) -> None:
    if not s.published:
        out.print(f"nothing changed; LATEST stays at [bold]{s.version}[/] ({s.documents_total} documents; this run: "
                  f"{s.unchanged} unchanged inputs, not parsed again) in {time.perf_counter() - started:.1f} s")
        return
    out.print(f"[bold green]published[/] version [bold]{s.version}[/] in {time.perf_counter() - started:.1f} s")
    out.print(f"  documents in version: {s.documents_total}  (this run: {s.processed} processed: "
              f"{s.new} new, {s.changed} changed, {s.unchanged} unchanged)")
    out.print(f"  failures this run: {s.failures}")
    # one line per kind of failure with its count, then a few examples: a folder of 500 skipped
    # .json files must not bury the one page that did not parse
    kinds: dict[tuple[str, str], list[dict]] = {}
    for f in s.failed_inputs:
        kinds.setdefault((f["stage"], f["error_type"]), []).append(f)
    for (stage, etype), rows in sorted(kinds.items(), key=lambda kv: (kv[0][1] == "UnsupportedFile", -len(kv[1]))):
        first = rows[0]
        more = f" (and {len(rows) - 1} more like it)" if len(rows) > 1 else ""
        out.print(f"    [yellow]{shown(stage)}[/] {shown(etype)}: {shown(first['input'])}: {shown(first['message'])}{more}",
                  highlight=False)
    if s.failed_inputs:
        out.print("    every failure, with its reason, is in the failures table of the version")
    if s.unplaced:  # the review worklist: named, no role, no evidence of being absent
        out.print(f"  people to review ({len(s.unplaced)}: named without a role, in the unplaced table): "
                  f"{shown(', '.join(s.unplaced[:20]), 400)}" + (" ..." if len(s.unplaced) > 20 else ""), highlight=False)
    if s.unresolved_names:
        out.print(f"  unresolved names (no person_id; resolve by hand): {shown(', '.join(s.unresolved_names[:20]), 400)}"
                  + (" ..." if len(s.unresolved_names) > 20 else ""))
    out.print(f"  tables: {s.root}/versions/{s.version}/")


@app.command()
def ingest(paths: list[str] = typer.Argument(..., help="HTML files, WARC files, or folders of them."),
           data: str | None = DataOpt,
           batch_size: int = typer.Option(200, help="Documents per Prefect task."),
           workers: int | None = typer.Option(None, "--workers", min=1,
                                              help="Worker processes for the local work (default: one per core; 1: in this process)."),
           dask_address: str | None = typer.Option(None, "--dask-address", metavar="tcp://HOST:PORT",
                                                   help="Run the batches on the Dask cluster of this scheduler (needs readouts[dask]; "
                                                        "every worker must reach the inputs and --data by the same names).")):
    """Ingest local HTML / WARC files into a new version."""
    for p in paths:
        if not Path(p).exists() and not Path(p).is_symlink():
            raise UserError(f"no such file or folder: {p}")
    from readouts.flows.core import has_input, no_inputs_message

    if not has_input(paths):  # checked before Prefect starts; the flow checks again when run elsewhere
        raise UserError(no_inputs_message(paths))
    preflight(data)
    started = time.perf_counter()
    from readouts.flows.ingest import ingest_flow

    flow = ingest_flow(dask_address)  # local, or on the Dask cluster (one line when it cannot be used)
    summary = with_progress("ingest", run_flow, flow, paths, data=data, batch_size=batch_size, workers=workers)
    print_summary(summary, started)


@app.command("run-document")
def run_document(target: str = typer.Argument(..., metavar="PATH_OR_URL"),
                 data: str | None = DataOpt,
                 dry_run: bool = typer.Option(False, "--dry-run", help="Print the records as JSON; write nothing.")):
    """Process one document; --dry-run prints its records without starting Prefect or writing."""
    from readouts.flows.core import Outcome, process_raw, read_local

    is_url = target.startswith(("http://", "https://"))
    if dry_run:
        if is_url:
            from readouts.acquire.fetch import fetch_document

            raw = fetch_document(target)
            items = [raw]
        else:
            _one_file(target)
            items = list(read_local(target))
        for item in items:
            o = item if isinstance(item, Outcome) else process_raw(item)
            if o.failure or o.records is None:
                payload = {"input": o.input, "failure": o.failure}
            else:
                payload = {"input": o.input, **o.records.as_tables()}
                payload["documents"] = [{k: v for k, v in payload["documents"][0].items()}]
            out.file.write(json.dumps(payload, default=_json_default, ensure_ascii=False, indent=1) + "\n")
        return
    started = time.perf_counter()
    if is_url:
        from readouts.flows.crawl import process_url

        summary = run_flow(process_url, target, data=data)
    else:
        _one_file(target)
        from readouts.flows.ingest import process_document

        summary = run_flow(process_document, target, data=data)
    print_summary(summary, started)


def _one_file(target: str) -> None:
    if Path(target).is_dir():
        raise UserError(f"{target} is a folder: run-document takes one page or URL (`readouts ingest {target}` "
                        "takes folders)")
    if not Path(target).is_file():
        raise UserError(f"no such file: {target}")


def _known_version(v, vid: str) -> str:
    """A version id the root has, or one clear line that says what the root has instead."""
    from readouts.output.versions import VersionError, check_version_id

    try:
        check_version_id(vid)
    except VersionError as e:
        raise UserError(str(e)) from None
    if vid not in v.list():
        raise UserError(f"no version {vid} under {v.root.url} (`readouts versions` lists them)")
    return vid


@app.command()
def versions(data: str | None = DataOpt):
    """List published versions (newest last) and which one LATEST names."""
    from readouts.output.layout import table_rows
    from readouts.output.repair import unfinished
    from readouts.output.storage import Root
    from readouts.output.versions import VersionError, Versions

    v = Versions(Root(data))
    ids = v.list()
    if not ids:
        raise UserError(f"no versions under {v.root.url} (run `readouts ingest` first)")
    try:
        latest, broken = v.latest(), None
    except VersionError as e:
        latest, broken = None, str(e)
    from rich import box

    t = RichTable(box=box.SIMPLE_HEAD, pad_edge=False)
    t.add_column("version", no_wrap=True)
    t.add_column("created (UTC)", no_wrap=True)
    for col in ("docs", "meet", "dirs", "fails"):  # short headers: the table fits 80 columns
        t.add_column(col, justify="right")
    damaged = []
    for vid in ids:
        try:  # one unreadable manifest is reported by name; the other versions are still listed
            m = v.manifest(vid)
            rows = {k: table_rows(m, k) for k in ("documents", "meetings", "directives", "failures")}
            created = str(m["created_at"])[:16].replace("T", " ")
        except Exception as e:  # noqa: BLE001 - truncated JSON, wrong shape, unreadable storage
            damaged.append(vid)
            t.add_row(vid, "[red]damaged[/]", "", "", "", "")
            err.print(f"versions/{vid}/manifest.json is unreadable ({type(e).__name__}); "
                      f"`readouts validate {vid}` says more", highlight=False, markup=False)
            continue
        t.add_row(vid, created, *(str(rows.get(k, 0)) for k in ("documents", "meetings", "directives", "failures")))
    out.print(t)
    leftovers = unfinished(v)
    if leftovers:
        out.print(f"unfinished (no manifest, never LATEST): {', '.join(shown(n, 60) for n in leftovers[:5])}"
                  + (f" and {len(leftovers) - 5} more" if len(leftovers) > 5 else "")
                  + "; `readouts repair` removes them after a grace period", highlight=False)
    out.print(f"LATEST: {latest or '(none)'}", highlight=False)
    if broken:
        raise UserError(broken)
    if damaged:
        raise typer.Exit(1)


@app.command()
def repair(data: str | None = DataOpt,
           grace_hours: float = typer.Option(24.0, "--grace-hours", min=0, help="Remove unfinished version folders older than this."),
           dry_run: bool = typer.Option(False, "--dry-run", help="Say what would be done; change nothing.")):
    """Point a broken LATEST at the newest valid version; remove unfinished version folders."""
    from datetime import timedelta

    from readouts.output.repair import repair as do_repair
    from readouts.output.storage import Root

    root = Root(data)
    if not root.exists() and not root.exists("versions"):
        raise UserError(f"no dataset at {root.url}")
    r = do_repair(root, timedelta(hours=grace_hours), dry_run=dry_run)
    point, remove = ("would point", "would remove") if dry_run else ("pointed", "removed")
    for vid in r.skipped:
        out.print(f"skipped {vid}: does not validate (`readouts validate {vid}` says why)", highlight=False)
    if r.problem and r.latest_after:
        out.print(f"{shown(r.problem, 300)}: {point} LATEST at {r.latest_after}", highlight=False)
    elif r.problem:
        raise UserError(f"{r.problem}, and no complete version validates: nothing to point LATEST at")
    else:
        out.print(f"LATEST: {r.latest_after or '(none)'} is valid, kept", highlight=False)
    for name in r.removed:
        out.print(f"{remove} unfinished folder versions/{shown(name, 80)}", highlight=False)
    if r.kept:
        out.print(f"kept {len(r.kept)} unfinished folder(s) younger than {grace_hours:g} h", highlight=False)


@app.command()
def validate(version: str | None = typer.Argument(None, help="Version id (default: LATEST)."),
             data: str | None = DataOpt,
             raw: bool = typer.Option(False, "--raw", help="Also check every raw object's sha256 against its name.")):
    """Check a version: checksums, sizes, row counts, schemas, keys, references, offsets (and the raw archive)."""
    from readouts.output.storage import Root
    from readouts.output.validate import validate_version
    from readouts.output.versions import Versions

    v = Versions(Root(data))
    vid = version or v.latest()
    if not vid:
        raise UserError(f"no versions under {v.root.url}")
    if version:
        _known_version(v, version)
    problems = validate_version(v, vid)
    if raw:
        from readouts.output.raw import RawArchive

        checked, raw_problems = RawArchive(v.root).check()
        problems += raw_problems
        out.print(f"raw archive: {checked} objects checked", highlight=False)
    if problems:
        for p in problems:
            err.print(f"[red]✗[/] {shown(p, 500)}")
        raise UserError(f"version {vid} is invalid: {len(problems)} problem(s)")
    out.print(f"[green]✓[/] version {vid} is valid")


@app.command()
def diff(a: str, b: str, data: str | None = DataOpt,
         as_json: bool = typer.Option(False, "--json", help="Print the comparison as JSON (document ids and URLs).")):
    """Compare two versions: rows per table, documents added, removed and changed."""
    from readouts.output.card import document_changes
    from readouts.output.layout import listed_tables, table_rows
    from readouts.output.storage import Root
    from readouts.output.versions import Versions

    v = Versions(Root(data))
    ma, mb = v.manifest(_known_version(v, a)), v.manifest(_known_version(v, b))
    rows = {n: (table_rows(ma, n), table_rows(mb, n)) for n in listed_tables(mb)}
    docs = document_changes(v.read_table(a, "documents"), v.read_table(b, "documents"))
    if as_json:
        out.file.write(json.dumps({"a": a, "b": b, "rows": {k: {"a": x, "b": y} for k, (x, y) in rows.items()},
                                   **docs}, indent=1) + "\n")
        return
    t = RichTable("table", a, b, "Δ")
    for name, (ra, rb) in rows.items():
        t.add_row(name, str(ra), str(rb), f"{rb - ra:+d}")
    out.print(t)
    out.print(f"documents: {len(docs['added'])} added, {len(docs['removed'])} removed, "
              f"{len(docs['changed'])} changed content")
    for label, listed in docs.items():
        for d in listed[:10]:
            out.print(f"  {label} {d['doc_id']} {shown(d['url'] or '')}", highlight=False)
        if len(listed) > 10:
            out.print(f"  ... and {len(listed) - 10} more {label} (--json lists them all)")


@app.command()
def upgrade(data: str | None = DataOpt):
    """Write LATEST, made before schema 2.0.0, again as a new version in the current layout (part files)."""
    from readouts.output.storage import Root
    from readouts.output.upgrade import upgrade as do_upgrade

    root = Root(data)
    vid, was = do_upgrade(root)
    if was is None:
        out.print(f"LATEST ({vid}) is already in the current layout; nothing to do", highlight=False)
    else:
        out.print(f"upgraded {was} to schema {_schema()}: published version {vid} (the same rows as tables of "
                  f"part files); LATEST now names it", highlight=False)


def _schema() -> str:
    from readouts.output.schema import SCHEMA_VERSION

    return SCHEMA_VERSION


@app.command("export-release")
def export_release(dest: str = typer.Argument(..., metavar="DEST", help="Another root (folder or URL) to publish the copy into."),
                   version: str | None = typer.Option(None, "--version", help="Version to export (default: LATEST)."),
                   without_text: bool = typer.Option(False, "--without-text",
                                                     help="Leave out the article text (documents.text, documents.bylines)."),
                   data: str | None = DataOpt):
    """Copy a published version into another root, e.g. for a public web host, optionally without article text."""
    from readouts.output.export import export_release as do_export
    from readouts.output.storage import Root
    from readouts.output.versions import Versions

    source = Root(data)
    if version:
        _known_version(Versions(source), version)
    vid = do_export(source, dest, version, without_text=without_text)
    what = "without article text" if without_text else "with article text"
    out.print(f"exported {version or 'LATEST'} of {shown(source.url)} {what}: published version {vid} "
              f"in {shown(Root(dest).url)}", highlight=False)


def quiet_prefect() -> None:
    """Keep Prefect's own console logging (tracebacks of failed runs, retries) out of the terminal: the command
    prints one line per error. The logs still reach the Prefect API and UI. READOUTS_DEBUG=1 shows them."""
    import os

    if not os.environ.get("READOUTS_DEBUG"):
        os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "CRITICAL")
        os.environ.setdefault("PREFECT_LOGGING_HANDLERS_DEBUG_LEVEL", "CRITICAL")


def preflight(data: str | None) -> None:
    """Before Prefect starts (~6-12 s): the root's scheme and extra are there, its bucket exists, LATEST is sound."""
    from readouts.output.storage import Root
    from readouts.output.upgrade import check_current_layout
    from readouts.output.versions import Versions

    root = Root(data)
    root.check_writable()
    v = Versions(root)
    check_current_layout(v, v.latest())


def fail_line(message: str, limit: int = 500) -> None:
    """One line on stderr, never wrapped (scripts grep it); control characters escaped, length bounded."""
    print("readouts: " + _printable(" ".join(message.split()), limit), file=sys.stderr)


def main() -> None:
    from readouts.flows.processes import mark_children, reap_orphans, stop_on_sigterm

    quiet_prefect()
    reap_orphans()  # a server left by a command that was killed with -9
    mark_children()
    stop_on_sigterm()
    try:
        app()
    except ReadoutsError as e:  # expected failures: the message is the whole story
        fail_line(str(e))
        sys.exit(1)
    except KeyboardInterrupt:
        fail_line("interrupted")
        sys.exit(130)
    except SystemExit as e:
        if e.code == 128 + 15:  # SIGTERM (flows/processes.py): say so; exit handlers stop the embedded server
            fail_line("terminated (SIGTERM); a version is published only if a 'published' line was printed")
        raise
    except Exception as e:  # one clear line; READOUTS_DEBUG=1 shows the traceback
        import os

        if os.environ.get("READOUTS_DEBUG"):
            raise
        fail_line(f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}")
        sys.exit(1)


# commands defined in their own modules register themselves on `app`
for _mod in ("readouts.flows.cli_crawl", "readouts.flows.cli_report"):
    try:
        __import__(_mod)
    except ModuleNotFoundError as _e:
        if _e.name != _mod:
            raise
