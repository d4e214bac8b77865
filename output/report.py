"""`readouts report`: one self-contained HTML page of plots and headline counts for a published version.

The data behind each plot is computed by pure functions of the tables (tables in, `Figure`s and counts
out: no plotly, no browser, no Prefect), so tests check the numbers against the tables directly.
`render_html` turns them into one page with plotly.js inline (no CDN: it opens offline), and
`write_report` writes it atomically, by default as `versions/<id>/report.html`.

report.html is a derived view, not part of the release: the manifest (written once, the marker of a
complete version) does not list it, and `readouts validate` checks only the files the manifest lists
and refuses only unlisted Parquet files, so a version stays valid with or without its report. The page
is a pure function of the version's tables and manifest (stable element ids, no timestamp of its
own), so writing it again yields the same bytes.
"""
from __future__ import annotations

import html
import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pyarrow as pa

from readouts.output.storage import Root
from readouts.output.versions import Versions

REPORT_FILE = "report.html"
# the headline counts, in the order the page shows them: rows of these tables
COUNTED = ("documents", "meetings", "speakers", "attendees", "directives", "persons", "failures")
TOP_PEOPLE = 20
UNKNOWN = "(unknown)"  # a null source, stage or error type


@dataclass(frozen=True)
class Trace:
    """One series of a bar chart. x and y are plain lists of str / int / float (what the browser gets)."""
    name: str
    x: list
    y: list
    text: list | None = None


@dataclass(frozen=True)
class Figure:
    key: str  # the element id of the plot on the page: stable, so the same version renders the same bytes
    title: str
    x_title: str
    y_title: str
    traces: list[Trace] = field(default_factory=list)
    note: str = ""  # one line under the plot (what is left out, averages)
    horizontal: bool = False
    stacked: bool = False


def _label(value: Any) -> str:
    """Text from the pages as a plot label: plotly.js reads labels as a subset of HTML, so a name like
    '<a href=...>' is shown as written instead of becoming markup."""
    return html.escape(UNKNOWN if value is None or value == "" else str(value), quote=False)


def _col(table: pa.Table, name: str) -> list:
    return table.column(name).to_pylist()


def headline_counts(tables: dict[str, pa.Table]) -> dict[str, int]:
    """Rows of each counted table (a table the version lacks counts 0)."""
    return {name: tables[name].num_rows if name in tables else 0 for name in COUNTED}


def _months(first: date, last: date) -> list[str]:
    out, y, m = [], first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def meetings_per_month(meetings: pa.Table) -> Figure:
    """Meetings per month of meeting_date, one stacked series per source (largest first). Every month
    from the first to the last is on the axis, so a month without meetings shows as a gap."""
    dated = [(d, s) for d, s in zip(_col(meetings, "meeting_date"), _col(meetings, "source")) if d is not None]
    undated = meetings.num_rows - len(dated)
    note = f"{undated} meeting(s) without a meeting_date are not shown." if undated else ""
    if not dated:
        return Figure("meetings-per-month", "Meetings per month, by source", "month", "meetings", note=note, stacked=True)
    months = _months(min(d for d, _ in dated), max(d for d, _ in dated))
    per = Counter((f"{d.year:04d}-{d.month:02d}", _label(s)) for d, s in dated)
    totals = Counter(_label(s) for _, s in dated)
    sources = sorted(totals, key=lambda s: (-totals[s], s))
    traces = [Trace(s, list(months), [per[(m, s)] for m in months]) for s in sources]
    return Figure("meetings-per-month", "Meetings per month, by source", "month", "meetings", traces, note, stacked=True)


def top_people(persons: pa.Table, limit: int = TOP_PEOPLE) -> Figure:
    """The persons with the most meetings (persons.n_meetings: chaired, spoke at or attended), most first;
    ties by name. Persons with no meeting (only mentioned) are left out."""
    rows = [(n, name or "", pid) for pid, name, n in zip(_col(persons, "person_id"), _col(persons, "name"), _col(persons, "n_meetings"))
            if n]
    rows.sort(key=lambda r: (-r[0], r[1], r[2]))
    rows = rows[:limit]
    labels = [_label(name) for _, name, _ in rows]
    seen = Counter(labels)
    # two persons written the same way would share one bar: the id tells them apart
    labels = [f"{lab} ({pid})" if seen[lab] > 1 else lab for lab, (_, _, pid) in zip(labels, rows)]
    traces = [Trace("meetings", [n for n, _, _ in rows], labels)] if rows else []
    shown = sum(1 for n in _col(persons, "n_meetings") if n)
    note = f"The {len(rows)} of {shown} persons with a meeting who have the most." if shown > len(rows) else ""
    return Figure("top-people", f"People with the most meetings (top {limit})", "meetings", "person", traces, note, horizontal=True)


def directives_per_meeting(meetings: pa.Table, directives: pa.Table) -> Figure:
    """How many meetings have 0, 1, 2, ... directives (every meeting counted, those without any too)."""
    per = Counter(_col(directives, "meeting_id"))
    counts = [per.get(m, 0) for m in _col(meetings, "meeting_id")]
    if not counts:
        return Figure("directives-per-meeting", "Directives per meeting", "directives in the meeting", "meetings", note="No meetings.")
    dist = Counter(counts)
    xs = list(range(max(counts) + 1))
    ordered = sorted(counts)
    mid = len(ordered) // 2
    median = ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
    note = f"{sum(counts)} directives in {len(counts)} meetings: mean {sum(counts) / len(counts):.1f}, median {median:g} per meeting."
    return Figure("directives-per-meeting", "Directives per meeting", "directives in the meeting", "meetings",
                  [Trace("meetings", xs, [dist.get(x, 0) for x in xs])], note)


def failures_by_kind(failures: pa.Table) -> Figure:
    """Failures per stage (most first), one stacked series per error_type (most first)."""
    pairs = Counter((_label(s), _label(e)) for s, e in zip(_col(failures, "stage"), _col(failures, "error_type")))
    if not pairs:
        return Figure("failures-by-kind", "Failures by stage and kind", "stage", "failures", note="No failures in this version.", stacked=True)
    by_stage: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    for (s, e), n in pairs.items():
        by_stage[s] += n
        by_kind[e] += n
    stages = sorted(by_stage, key=lambda s: (-by_stage[s], s))
    kinds = sorted(by_kind, key=lambda e: (-by_kind[e], e))
    traces = [Trace(e, list(stages), [pairs.get((s, e), 0) for s in stages]) for e in kinds]
    return Figure("failures-by-kind", "Failures by stage and kind", "stage", "failures", traces, stacked=True)


COVERAGE = ("chairs", "speakers", "meeting_date")


def coverage_counts(meetings: pa.Table, speakers: pa.Table) -> dict[str, int]:
    """Meetings with at least one chair (meetings.chairs), at least one row in speakers, a meeting_date."""
    ids = set(_col(meetings, "meeting_id"))
    return {
        "chairs": sum(1 for c in _col(meetings, "chairs") if c),
        "speakers": len(ids & set(_col(speakers, "meeting_id"))),
        "meeting_date": sum(1 for d in _col(meetings, "meeting_date") if d is not None),
    }


def coverage(meetings: pa.Table, speakers: pa.Table) -> Figure:
    """The share of meetings (percent) with chairs, with speakers and with a date."""
    total = meetings.num_rows
    got = coverage_counts(meetings, speakers)
    shares = [100 * got[k] / total if total else 0.0 for k in COVERAGE]
    text = [f"{s:.0f}% ({got[k]} of {total})" for k, s in zip(COVERAGE, shares)]
    return Figure("coverage", "Share of meetings with chairs, speakers and a date", "", "% of meetings",
                  [Trace("share", ["with chairs", "with speakers", "with a date"], shares, text)],
                  "" if total else "No meetings.")


def report_figures(tables: dict[str, pa.Table]) -> list[Figure]:
    """The page's plots, in order."""
    return [
        meetings_per_month(tables["meetings"]),
        top_people(tables["persons"]),
        directives_per_meeting(tables["meetings"], tables["directives"]),
        failures_by_kind(tables["failures"]),
        coverage(tables["meetings"], tables["speakers"]),
    ]


# -- rendering (plotly, imported lazily: it is the optional extra readouts[report]) -----------------------

class PlotlyMissing(ImportError):
    pass


def require_plotly() -> Any:
    """plotly's modules, or PlotlyMissing with the line that says how to install it."""
    try:
        import plotly.graph_objects as go
        import plotly.io as pio
        from plotly.offline import get_plotlyjs
    except ImportError as e:
        raise PlotlyMissing("plotly is not installed: pip install 'readouts[report]'") from e
    return go, pio, get_plotlyjs


def _figure_html(fig: Figure, go: Any, pio: Any) -> str:
    bars = []
    for t in fig.traces:
        bars.append(go.Bar(name=t.name, x=t.x, y=t.y, text=t.text, textposition="auto" if t.text else None,
                           orientation="h" if fig.horizontal else "v"))
    height = max(320, 26 * len(fig.traces[0].y) + 140) if fig.horizontal and fig.traces else 420
    layout: dict[str, Any] = {
        "template": "plotly_white", "height": height, "margin": {"t": 30, "b": 50, "l": 10, "r": 10},
        "barmode": "stack" if fig.stacked else "group", "showlegend": fig.stacked and bool(fig.traces),
        "xaxis": {"title": {"text": fig.x_title}}, "yaxis": {"title": {"text": fig.y_title}},
    }
    if fig.key != "coverage":  # counts: whole numbers on the value axis
        peak = max((sum(col) for col in zip(*(t.x if fig.horizontal else t.y for t in fig.traces))), default=0)
        layout["xaxis" if fig.horizontal else "yaxis"].update(rangemode="tozero", tickformat=",d", **({"dtick": 1} if peak <= 10 else {}))
    if fig.horizontal:  # the first row on top
        layout["yaxis"].update(autorange="reversed", type="category")
    elif fig.traces and isinstance(fig.traces[0].x[0], str):  # months, stages: labels as written
        layout["xaxis"]["type"] = "category"
    if fig.key == "coverage":
        layout["yaxis"]["range"] = [0, 105]
    plot = go.Figure(data=bars, layout=layout)
    return pio.to_html(plot, full_html=False, include_plotlyjs=False, div_id=fig.key,
                       config={"displaylogo": False, "responsive": True})


STYLE = """body{font-family:system-ui,sans-serif;max-width:1100px;margin:1.5em auto;padding:0 1em;color:#222}
table.counts{border-collapse:collapse;margin:.5em 0 1.5em}table.counts th,table.counts td{border:1px solid #ccc;padding:.3em .8em}
table.counts td{text-align:right;font-variant-numeric:tabular-nums}p.meta,p.note{color:#555}section{margin-bottom:2em}"""


def render_html(vid: str, manifest: dict, tables: dict[str, pa.Table]) -> str:
    """The whole page: headline counts as a table, then one plot per figure; plotly.js inline, once."""
    go, pio, get_plotlyjs = require_plotly()
    counts = headline_counts(tables)
    e = html.escape
    meta = ", ".join(f"{label} {e(str(manifest[k]))}" for label, k in
                     (("created", "created_at"), ("parser", "parser_version"), ("schema", "schema_version")) if manifest.get(k))
    head_row = "".join(f"<th>{n}</th>" for n in counts)
    value_row = "".join(f'<td data-table="{n}" data-value="{c}">{c:,}</td>' for n, c in counts.items())
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        f"<title>readouts version {e(vid)}</title>", f"<style>{STYLE}</style>",
        f'<script type="text/javascript">{get_plotlyjs()}</script>', "</head><body>",
        f"<h1>readouts version {e(vid)}</h1>", f'<p class="meta">{meta}</p>' if meta else "",
        '<table class="counts" id="counts"><thead><tr>' + head_row + "</tr></thead><tbody><tr>" + value_row + "</tr></tbody></table>",
    ]
    for fig in report_figures(tables):
        parts.append(f'<section id="section-{fig.key}"><h2>{e(fig.title)}</h2>')
        parts.append(_figure_html(fig, go, pio))
        if fig.note:
            parts.append(f'<p class="note">{e(fig.note)}</p>')
        parts.append("</section>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def report_bytes(versions: Versions, vid: str) -> bytes:
    """The report of one version, its tables read with their checksums verified."""
    require_plotly()  # fail before reading anything when plotly is missing
    tables = versions.read_all(vid, verify=True)
    return render_html(vid, versions.manifest(vid), tables).encode("utf-8")


def write_report(versions: Versions, vid: str, out: str | None = None) -> str:
    """Write the report atomically: to versions/<vid>/report.html, or to `out` (a local path or an fsspec
    URL). Returns where it went."""
    return save_report(versions, vid, report_bytes(versions, vid), out)


def save_report(versions: Versions, vid: str, data: bytes, out: str | None = None) -> str:
    """Write a rendered report atomically (see write_report). Returns where it went."""
    if out is None:
        versions.root.write_atomic(data, "versions", vid, REPORT_FILE)
        return versions.root.join("versions", vid, REPORT_FILE) if versions.root.is_local else f"{versions.root.url.rstrip('/')}/versions/{vid}/{REPORT_FILE}"
    if "://" in out:
        folder, _, name = out.rpartition("/")
    else:
        folder, name = os.path.split(os.path.abspath(out))
    Root(folder).write_atomic(data, name)
    return out
