"""`readouts report`: the numbers behind each plot equal the tables', the page is written into the version
folder without making the version invalid, and it renders in a real browser, offline, without errors.

The expected numbers are computed here with pandas straight from the Parquet files, independently of
output/report.py (which works on Arrow tables without pandas).
"""
from __future__ import annotations

import glob
import os
import subprocess
import sys
import uuid
from datetime import date

import pandas as pd
import pytest
from conftest import SAMPLE

from readouts.inputs import failure_row
from readouts.output.report import (
    COUNTED,
    REPORT_FILE,
    TOP_PEOPLE,
    headline_counts,
    render_html,
    report_figures,
    write_report,
)
from readouts.output.schema import TABLE_ORDER, empty_table, to_arrow
from readouts.output.storage import Root
from readouts.output.validate import validate_version
from readouts.output.versions import Versions, new_version_id

FIGURES = ["meetings-per-month", "top-people", "directives-per-meeting", "failures-by-kind", "coverage"]
CHROMIUM = os.environ.get("READOUTS_CHROMIUM") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


# -- a published version of the bundled sample readouts, plus failures of two stages and three kinds -----

@pytest.fixture(scope="module")
def published(tmp_path_factory):
    from readouts.flows.core import process_paths
    from readouts.output.publish import publish_run

    root = tmp_path_factory.mktemp("report") / "data"
    outcomes = process_paths(sorted(glob.glob(str(SAMPLE / "*.html"))))
    assert outcomes and all(o.failure is None for o in outcomes)
    failures = [failure_row("/in/a.json", "decode", "UnsupportedFile", "not HTML"),
                failure_row("/in/b.json", "decode", "UnsupportedFile", "not HTML"),
                failure_row("/in/c.html", "decode", "Empty", "empty file (0 bytes)"),
                failure_row("https://example.org/x", "fetch", "HTTPError", "404")]
    s = publish_run(str(root), new_version_id(), outcomes, failures, parser_version="test")
    return root, s.version


@pytest.fixture()
def root(published, tmp_path):
    """A private copy: the tests write report.html into it."""
    import shutil

    src, vid = published
    dst = tmp_path / "data"
    shutil.copytree(src, dst)
    return dst, vid


def frames(vdir) -> dict[str, pd.DataFrame]:
    return {n: pd.read_parquet(vdir / n) for n in TABLE_ORDER}


def expected(vdir) -> dict:
    """Every number the report shows, computed with pandas from the version's Parquet files."""
    t = frames(vdir)
    m, d, p, f, s = t["meetings"], t["directives"], t["persons"], t["failures"], t["speakers"]
    dated = m[m["meeting_date"].notna()].copy()
    dated["month"] = pd.to_datetime(dated["meeting_date"]).dt.strftime("%Y-%m")
    per_month = {(src, mon): int(n) for (src, mon), n in dated.groupby(["source", "month"]).size().items()}
    months = [str(x) for x in pd.period_range(dated["month"].min(), dated["month"].max(), freq="M")]
    top = p[p["n_meetings"] > 0].sort_values(["n_meetings", "name", "person_id"], ascending=[False, True, True]).head(TOP_PEOPLE)
    per_meeting = d.groupby("meeting_id").size().reindex(m["meeting_id"], fill_value=0)
    hist = {int(k): int(v) for k, v in per_meeting.value_counts().items()}
    fails = {(st, et): int(n) for (st, et), n in f.groupby(["stage", "error_type"]).size().items()}
    n = len(m)
    has = {"chairs": int(m["chairs"].map(lambda c: c is not None and len(c) > 0).sum()),
           "speakers": int(m["meeting_id"].isin(s["meeting_id"]).sum()),
           "date": int(m["meeting_date"].notna().sum())}
    return {
        "counts": {name: len(t[name]) for name in COUNTED},
        "per_month": per_month, "months": months,
        "top_names": top["name"].tolist(), "top_counts": [int(x) for x in top["n_meetings"]],
        "hist": hist, "max_directives": int(per_meeting.max()),
        "failures": fails,
        "coverage": [100 * has[k] / n for k in ("chairs", "speakers", "date")],
        "coverage_text": [f"{100 * has[k] / n:.0f}% ({has[k]} of {n})" for k in ("chairs", "speakers", "date")],
    }


def check_figures(figs: list[dict], want: dict) -> None:
    """figs: each figure as a list of traces {name, x, y, text}, as the data functions or the browser give them."""
    assert len(figs) == len(FIGURES)
    months, top, hist, fails, cov = figs
    # meetings per month per source: every month on the axis, each (source, month) count right
    assert all(tr["x"] == want["months"] for tr in months)
    got = {(tr["name"], mon): y for tr in months for mon, y in zip(tr["x"], tr["y"]) if y}
    assert got == want["per_month"]
    # people with the most meetings, most first
    assert len(top) == 1 and top[0]["y"] == want["top_names"] and top[0]["x"] == want["top_counts"]
    # directives per meeting: meetings with 0, 1, 2, ... directives
    assert len(hist) == 1 and hist[0]["x"] == list(range(want["max_directives"] + 1))
    assert {x: y for x, y in zip(hist[0]["x"], hist[0]["y"]) if y} == want["hist"]
    assert sum(hist[0]["y"]) == want["counts"]["meetings"]
    # failures by stage and kind
    assert {(st, tr["name"]): y for tr in fails for st, y in zip(tr["x"], tr["y"]) if y} == want["failures"]
    # share of meetings with chairs, speakers, a date
    assert len(cov) == 1 and cov[0]["y"] == pytest.approx(want["coverage"]) and cov[0]["text"] == want["coverage_text"]


def as_dicts(figures) -> list[list[dict]]:
    return [[{"name": t.name, "x": t.x, "y": t.y, "text": t.text} for t in f.traces] for f in figures]


# -- (a) the data functions, without plotly, browser or Prefect ---------------------------------------

def test_figure_data_and_counts_equal_the_tables(published):
    root, vid = published
    v = Versions(Root(str(root)))
    tables = v.read_all(vid)
    want = expected(root / "versions" / vid)
    assert headline_counts(tables) == want["counts"]
    assert want["counts"]["failures"] == 4 and want["counts"]["meetings"] >= 6  # the fixture is what the test thinks
    figures = report_figures(tables)
    assert [f.key for f in figures] == FIGURES
    check_figures(as_dicts(figures), want)
    assert len(want["failures"]) == 3 and len(figures[3].traces) == 3  # one series per kind


def _tables(**rows) -> dict:
    return {n: to_arrow(n, rows[n]) if n in rows else empty_table(n) for n in TABLE_ORDER}


def _meeting(mid, day, source="s", chairs=("X",)):
    return {"meeting_id": mid, "doc_id": "d" + mid, "source": source, "meeting_date": day, "chairs": list(chairs)}


def test_edge_cases_empty_version_gaps_undated_and_hostile_names():
    empty = report_figures(_tables())
    assert [len(f.traces) for f in empty] == [0, 0, 0, 0, 1] and empty[4].traces[0].y == [0.0] * 3
    assert headline_counts(_tables()) == dict.fromkeys(COUNTED, 0)

    meetings = [_meeting("a", date(2023, 11, 30)), _meeting("b", date(2024, 2, 1), source=None, chairs=()),
                _meeting("c", None)]
    persons = [{"person_id": "p1", "name": "<b>Bold</b> & Co", "n_meetings": 2},
               {"person_id": "p2", "name": "Same Name", "n_meetings": 1},
               {"person_id": "p3", "name": "Same Name", "n_meetings": 1},
               {"person_id": "p4", "name": "Only Mentioned", "n_meetings": 0}]
    months, top, hist, fails, cov = report_figures(_tables(meetings=meetings, persons=persons))
    assert months.traces[0].x == ["2023-11", "2023-12", "2024-01", "2024-02"]  # the empty months are on the axis
    assert {t.name: t.y for t in months.traces} == {"s": [1, 0, 0, 0], "(unknown)": [0, 0, 0, 1]}
    assert "1 meeting(s) without a meeting_date" in months.note
    # labels from the pages are escaped (plotly.js reads labels as HTML); namesakes get their id
    assert top.traces[0].y == ["&lt;b&gt;Bold&lt;/b&gt; &amp; Co", "Same Name (p2)", "Same Name (p3)"]
    assert hist.traces[0].x == [0] and hist.traces[0].y == [3]
    assert fails.traces == [] and "No failures" in fails.note
    assert cov.traces[0].y == pytest.approx([200 / 3, 0, 200 / 3])


def test_rendered_page_is_self_contained_and_deterministic(published):
    root, vid = published
    v = Versions(Root(str(root)))
    page = render_html(vid, v.manifest(vid), v.read_all(vid))
    assert page == render_html(vid, v.manifest(vid), v.read_all(vid))  # same version, same bytes
    assert page.count('class="plotly-graph-div"') == len(FIGURES)
    assert "cdn.plot.ly/plotly" not in page and '<script src="http' not in page and "require.js" not in page
    assert page.count("Plotly.newPlot(") == len(FIGURES)


# -- (b) the command: into the version folder, the version stays valid ---------------------------------

def _cli(*args):
    """The installed entry point's main() in a child process; it reports whether Prefect was imported."""
    code = ("import atexit, sys; atexit.register(lambda: print('PREFECT-IMPORTED' if 'prefect' in sys.modules else "
            "'NO-PREFECT', file=sys.stderr)); from readouts.flows.cli import main; sys.argv = ['readouts'] + sys.argv[1:]; main()")
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "COLUMNS": "200"})


def test_report_command_writes_into_the_version_and_validate_still_passes(root, tmp_path):
    data, vid = root
    vdir = data / "versions" / vid
    manifest_before = (vdir / "manifest.json").read_bytes()
    r = _cli("report", "--data", str(data))
    assert r.returncode == 0, r.stderr
    assert "NO-PREFECT" in r.stderr
    page = vdir / REPORT_FILE
    assert page.is_file() and f"report of version {vid}" in r.stdout
    assert (vdir / "manifest.json").read_bytes() == manifest_before
    assert not [f for f in os.listdir(vdir) if ".tmp-" in f]  # written atomically: no temporary file left
    assert validate_version(Versions(Root(str(data))), vid) == []
    ok = _cli("validate", "--data", str(data))
    assert ok.returncode == 0 and "is valid" in ok.stdout, ok.stderr
    # again, naming the version: the same bytes (the page is a function of the version)
    first = page.read_bytes()
    from typer.testing import CliRunner

    from readouts.flows.cli import app

    again = CliRunner().invoke(app, ["report", vid, "--data", str(data)])
    assert again.exit_code == 0, again.output
    assert page.read_bytes() == first
    # --out writes elsewhere and leaves the version folder alone
    page.unlink()
    elsewhere = tmp_path / "elsewhere.html"
    r = CliRunner().invoke(app, ["report", "--data", str(data), "--out", str(elsewhere)])
    assert r.exit_code == 0, r.output
    assert elsewhere.read_bytes() == first and not page.exists()


def test_report_over_an_fsspec_root(published):
    """The same over a memory:// root (any fsspec filesystem): written there, and the version stays valid."""
    import fsspec

    src, vid = published
    fs = fsspec.filesystem("memory")
    base = f"/report-{uuid.uuid4().hex[:8]}"
    try:
        fs.put(str(src) + "/", base, recursive=True)
        v = Versions(Root(f"memory://{base}"))
        assert v.list() == [vid]
        where = write_report(v, vid)
        assert where.endswith(f"/versions/{vid}/{REPORT_FILE}")
        assert fs.cat_file(f"{base}/versions/{vid}/{REPORT_FILE}").startswith(b"<!DOCTYPE html>")
        assert validate_version(v, vid) == []
    finally:
        fs.rm(base, recursive=True)


def test_report_says_what_is_wrong_in_one_line(root, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from readouts.flows.cli import app

    data, vid = root

    def run(*args):
        r = CliRunner().invoke(app, list(args))
        return r.exit_code, r.output + (str(r.exception) if r.exception else "")

    code, text = run("report", "NOSUCH", "--data", str(data))
    assert code == 1 and "no version NOSUCH under" in text
    code, text = run("report", "--data", str(tmp_path / "nowhere"))
    assert code == 1 and "no dataset root at" in text
    (tmp_path / "empty").mkdir()
    code, text = run("report", "--data", str(tmp_path / "empty"))
    assert code == 1 and "no versions under" in text
    code, text = run("report", "--data", str(data), "--out", str(tmp_path / "no" / "such" / "r.html"))
    assert code == 1 and "no such folder" in text
    code, text = run("report", "--data", str(data), "--out", str(tmp_path))
    assert code == 1 and "is a folder" in text
    # a damaged table: refused with the reason, nothing written
    (data / "versions" / vid / "persons" / "part-00-0.parquet").write_bytes(b"PAR1 not really")
    code, text = run("report", "--data", str(data))
    assert code == 1 and "persons/part-00-0.parquet" in text and "readouts validate" in text and "nothing was published" not in text
    assert not (data / "versions" / vid / REPORT_FILE).exists()


def test_read_only_root_and_missing_plotly(root, monkeypatch):
    from typer.testing import CliRunner

    from readouts.flows.cli import app

    data, vid = root

    def refuse(self, data, *parts):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Root, "write_atomic", refuse)  # a read-only root (chmod is no test as root)
    r = CliRunner().invoke(app, ["report", "--data", str(data)])
    assert r.exit_code == 1 and "Permission denied" in str(r.exception) and "--out FILE" in str(r.exception)
    monkeypatch.undo()
    monkeypatch.setitem(sys.modules, "plotly.graph_objects", None)  # import plotly.graph_objects now fails
    r = CliRunner().invoke(app, ["report", "--data", str(data)])
    assert r.exit_code == 1 and "pip install 'readouts[report]'" in str(r.exception)
    assert not (data / "versions" / vid / REPORT_FILE).exists()


# -- (c) in a real browser: renders offline, no errors, the browser's numbers equal the tables' -------------

@pytest.fixture(scope="module")
def browser():
    missing = None
    if not os.path.exists(CHROMIUM):
        missing = f"no Chromium at {CHROMIUM} (Debian: apt-get install chromium)"
    else:
        try:
            from playwright.sync_api import sync_playwright
        except ImportError:
            missing = "the playwright package is not installed (pip install -e '.[test]')"
    if missing:
        if os.environ.get("READOUTS_REQUIRE_BROWSER") == "1":
            pytest.fail(f"browser test required (READOUTS_REQUIRE_BROWSER=1) but {missing}")
        pytest.skip(missing)
    pw = sync_playwright().start()
    try:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()
    finally:
        pw.stop()


def open_page(browser, path):
    """Open a local file with the network cut off; collect console errors, page errors, requests, dialogs."""
    ctx = browser.new_context(viewport={"width": 1200, "height": 900})
    ctx.route("http://**/*", lambda route: route.abort())
    ctx.route("https://**/*", lambda route: route.abort())
    page = ctx.new_page()
    seen: dict[str, list] = {"errors": [], "requests": [], "dialogs": []}
    page.on("console", lambda m: seen["errors"].append(f"console: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: seen["errors"].append(f"pageerror: {e}"))
    page.on("request", lambda r: seen["requests"].append(r.url))
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.goto(path.as_uri())
    page.wait_for_function(f"document.querySelectorAll('.plotly-graph-div svg.main-svg').length >= {len(FIGURES)}",
                           timeout=30_000)
    return ctx, page, seen


BROWSER_DATA = """() => Array.from(document.querySelectorAll('.plotly-graph-div')).map(g => ({
    id: g.id,
    svgs: g.querySelectorAll('svg.main-svg').length,
    bars: g.querySelectorAll('g.point').length,
    traces: (g.data || []).map(t => ({name: t.name, x: Array.from(t.x), y: Array.from(t.y),
                                      text: t.text ? Array.from(t.text) : null}))}))"""


def test_report_renders_in_chromium_with_the_tables_numbers(root, browser):
    data, vid = root
    assert _cli("report", "--data", str(data)).returncode == 0
    path = data / "versions" / vid / REPORT_FILE
    print(f"report.html: {path.stat().st_size:,} bytes")
    ctx, page, seen = open_page(browser, path)
    try:
        graphs = page.evaluate(BROWSER_DATA)
        counts = page.evaluate("() => Object.fromEntries(Array.from(document.querySelectorAll('#counts td'))"
                               ".map(td => [td.dataset.table, [Number(td.dataset.value), td.textContent]]))")
    finally:
        ctx.close()
    assert seen["errors"] == [] and seen["dialogs"] == []
    assert {u.split(":", 1)[0] for u in seen["requests"]} <= {"file", "data", "blob"}, seen["requests"]  # offline
    assert [g["id"] for g in graphs] == FIGURES
    assert all(g["svgs"] >= 1 for g in graphs)
    want = expected(data / "versions" / vid)
    check_figures([g["traces"] for g in graphs], want)
    assert graphs[1]["bars"] == len(want["top_names"])  # drawn, not only in the data
    assert {k: n for k, (n, _) in counts.items()} == want["counts"]
    assert {k: int(text.replace(",", "")) for k, (_, text) in counts.items()} == want["counts"]  # what a reader sees


def test_hostile_names_are_shown_as_text_in_chromium(browser, tmp_path):
    """A name from a page that looks like markup is drawn as written: no element, no script, no dialog."""
    name = '<img src=x onerror=alert(1)><b>Bold</b> & Co'
    tables = _tables(meetings=[_meeting("a", date(2024, 1, 5), source="<i>src</i>")],
                     persons=[{"person_id": "p1", "name": name, "n_meetings": 1}])
    path = tmp_path / "hostile.html"
    path.write_text(render_html("v1", {"created_at": "<script>alert(2)</script>"}, tables), encoding="utf-8")
    ctx, page, seen = open_page(browser, path)
    try:
        ticks = page.evaluate("() => Array.from(document.querySelectorAll('#top-people .ytick text')).map(t => t.textContent)")
        legend = page.evaluate("() => Array.from(document.querySelectorAll('#meetings-per-month .legendtext')).map(t => t.textContent)")
        injected = page.evaluate("() => document.querySelectorAll('img, b, i, h1 script, p script').length")
        meta = page.evaluate("() => document.querySelector('p.meta').textContent")
    finally:
        ctx.close()
    assert seen["errors"] == [] and seen["dialogs"] == []
    assert ticks == [name] and legend == ["<i>src</i>"] and injected == 0
    assert "<script>alert(2)</script>" in meta
    raw = path.read_text(encoding="utf-8")
    assert "<img" not in raw and "alert(2)</script>" not in raw  # escaped in the HTML and in the plots' JSON
