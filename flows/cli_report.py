"""`readouts report`: registered on the main typer app by flows.cli. Reads one version; never starts Prefect."""
from __future__ import annotations

import os

import typer

from readouts.flows.cli import DataOpt, UserError, _known_version, app, out, shown


def _check_out(path: str) -> None:
    """--out names a file in an existing local folder (a URL is left to its filesystem)."""
    if "://" in path:
        return
    if os.path.isdir(path):
        raise UserError(f"--out {path} is a folder: name the file to write (e.g. {os.path.join(path, 'report.html')})")
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise UserError(f"--out {path}: no such folder {folder}")


def _version(v, version: str | None) -> str:
    """The version to report on: the one named (it must exist), else LATEST."""
    if version:
        return _known_version(v, version)
    latest = v.latest()  # read, not listed: works on roots that cannot list (https://)
    if not latest:
        raise UserError(f"no versions under {v.root.url} (run `readouts ingest` first)")
    return latest


@app.command()
def report(version: str | None = typer.Argument(None, help="Version id (default: LATEST)."),
           data: str | None = DataOpt,
           out_file: str | None = typer.Option(None, "--out", metavar="FILE",
                                               help="Write the page here (path or fsspec URL) instead of versions/VERSION/report.html, "
                                                    "e.g. when the dataset root is read-only.")):
    """One self-contained HTML page of plots and headline counts for a version (default: versions/VERSION/report.html)."""
    from readouts.output.report import PlotlyMissing, report_bytes, require_plotly, save_report
    from readouts.output.storage import Root
    from readouts.output.versions import VersionError, Versions

    try:
        require_plotly()
    except PlotlyMissing as e:
        raise UserError(str(e)) from None
    root = Root(data)
    if root.is_local and not os.path.isdir(root.path):
        raise UserError(f"no dataset root at {root.url} (--data, $READOUTS_DATA or ./data)")
    v = Versions(root)
    try:
        vid = _version(v, version)
    except VersionError as e:  # an unreadable LATEST
        raise UserError(str(e)) from None
    if out_file:
        _check_out(out_file)
    try:
        page = report_bytes(v, vid)
    except VersionError as e:  # missing folder, a table that does not match its checksum
        reason = str(e).split("; nothing was published")[0]
        raise UserError(f"cannot report on version {vid}: {reason} (`readouts validate {vid}` says more)") from None
    try:
        where = save_report(v, vid, page, out_file)
    except (OSError, NotImplementedError) as e:  # a read-only folder or bucket, a filesystem that cannot write
        target = out_file or f"{root.url}/versions/{vid}/report.html"
        hint = "" if out_file else "; write it elsewhere with --out FILE"
        reason = getattr(e, "strerror", None) or str(e) or type(e).__name__
        raise UserError(f"cannot write {target}: {reason}{hint}") from None
    out.print(f"report of version {vid}: {shown(where, 500)}", highlight=False)
