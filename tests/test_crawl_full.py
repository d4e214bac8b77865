"""Crawls against the fault-injecting mirror (tests/mirror.py) on 127.0.0.1:
  * a readout whose URL changes stays one document, and the run summary and the runs table agree;
  * `crawl --full` requests every known live article of the source, listed or not, and marks 404/410
    answers as removed; 5xx, timeouts and robots.txt refusals are failures, never removals.

Plain functions (crawl_source + publish_crawl.fn) except the last test, which runs `readouts crawl --full`
through the CLI under the session's Prefect harness.
"""
from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from mirror import ROBOTS, Mirror, Page, mirror_sources_toml, rewrite_url  # noqa: E402

ARTICLE_ID = "article_id = '/(a\\d{3})\\.shtml$'"


def _source(m: Mirror, extra: str = ""):
    from readouts.acquire.sources import parse_config

    return parse_config(tomllib.loads(mirror_sources_toml(m, rate=50, extra=extra))).sources["mirror"]


def _run(m: Mirror, src, root: str, **kw):
    """One crawl of one source, published as the crawl flow publishes it; returns (result, summary, hits)."""
    from readouts.flows.crawl import crawl_source, load_state, publish_crawl
    from readouts.output.versions import new_version_id

    n0 = len(m.hits())
    known = load_state(root)
    res = crawl_source(src, root, known, **kw)
    summary = publish_crawl.fn([res], known, root, new_version_id())
    return res, summary, m.hits(n0)


def _latest(root: str, name: str) -> list[dict]:
    from readouts.output.storage import Root
    from readouts.output.versions import Versions

    v = Versions(Root(root))
    return v.read_table(v.latest(), name).to_pylist()


def _move(m: Mirror, old: str, new: str) -> None:
    """The CMS moves an article: same readout, new address (its meta tags name the new URL)."""
    m.add_article(new, listed=False, body=rewrite_url(m.pages[old].body, m.base + new))


def _agree(summary) -> tuple[int, int]:
    """The run summary's new/changed counts, checked against the runs rows it prints and publishes."""
    rows = summary.extra["runs"]
    assert (summary.new, summary.changed) == (sum(r["new"] for r in rows), sum(r["changed"] for r in rows))
    return summary.new, summary.changed


def test_a_redirected_article_stays_one_document_and_the_counts_agree(tmp_path):
    """The listing still links the old URL, which now answers 301 to the new one."""
    m = Mirror(per_page=5).start()
    root = str(tmp_path / "d")
    try:
        paths = [m.article_path(i) for i in range(3)]
        for p in paths:
            m.add_article(p)
        src = _source(m)
        _run(m, src, root)
        before = {d["input"]: d for d in _latest(root, "documents")}
        new = "/archive" + paths[0]
        _move(m, paths[0], new)
        m.set_page(paths[0], Page(b"", status=301, location=new))
        res, summary, _ = _run(m, src, root)
        assert _agree(summary) == (0, 1), "a moved readout is a changed document, not a new one"
        row = _latest(root, "runs")[-1]
        assert (row["new"], row["changed"]) == (0, 1)
        docs = _latest(root, "documents")
        assert len(docs) == 3 and len(_latest(root, "meetings")) == 3
        moved = next(d for d in docs if d["input"] == m.base + paths[0])
        assert moved["doc_id"] == before[m.base + paths[0]]["doc_id"]
        assert moved["url"] == m.base + new and moved["previous_urls"] == [m.base + paths[0]]
    finally:
        m.stop()


def test_a_moved_article_listed_at_its_new_url_is_matched_by_its_article_id(tmp_path):
    """The listing shows the new URL, the old one answers 404; later a stale link to the old URL answers
    404 in a full crawl: the document (online at its new URL) is not marked removed."""
    m = Mirror(per_page=5).start()
    root = str(tmp_path / "d")
    try:
        paths = [m.article_path(i) for i in range(3)]
        for p in paths:
            m.add_article(p)
        src = _source(m, ARTICLE_ID)
        _run(m, src, root)
        old_id = next(d["doc_id"] for d in _latest(root, "documents") if d["input"] == m.base + paths[1])
        new = "/archive" + paths[1]
        _move(m, paths[1], new)
        m.listing_order[m.listing_order.index(paths[1])] = new
        del m.pages[paths[1]]
        _, summary, hits = _run(m, src, root)
        assert _agree(summary) == (0, 1)
        docs = {d["doc_id"]: d for d in _latest(root, "documents")}
        assert len(docs) == 3 and docs[old_id]["url"] == m.base + new
        assert docs[old_id]["previous_urls"] == [m.base + paths[1]]

        m.extra_links[1] = [paths[1]]  # a stale link to the old address
        res, summary, hits = _run(m, src, root, full=True)
        assert m.count(paths[1], hits) == 1 and m.count(new, hits) == 1
        docs = {d["doc_id"]: d for d in _latest(root, "documents")}
        assert docs[old_id]["removed_at"] is None, "the readout lives at its new URL"
        assert _latest(root, "runs")[-1]["removed"] == 0 and _agree(summary) == (0, 0)
    finally:
        m.stop()


def test_full_crawl_requests_unlisted_known_articles_and_marks_only_404_and_410_removed(tmp_path):
    m = Mirror(per_page=3, slow_seconds=1.0).start()
    root = str(tmp_path / "d")
    try:
        paths = [m.article_path(i) for i in range(9)]
        for p in paths:
            m.add_article(p)
        src = _source(m)
        first, _, _ = _run(m, src, root)
        assert len(first.outcomes) == 9
        gone404, gone410, live, down, slow, robots, listed404 = paths[:7]
        for p in (gone404, gone410, live, down, slow, robots):  # off the listing pages (archived elsewhere)
            m.listing_order.remove(p)
        del m.pages[gone404]
        m.set_page(gone410, Page(b"<html><body>Gone</body></html>", status=410))
        m.plan(down, ["503"] * 50)
        m.plan(slow, ["timeout"] * 50)
        m.pages["/robots.txt"] = Page(ROBOTS.replace(b"Disallow: /news/private/\n",
                                                     b"Disallow: /news/private/\nDisallow: " + robots.encode() + b"\n"),
                                      content_type="text/plain")
        del m.pages[listed404]

        # an incremental run requests none of the unlisted articles: nothing is learnt about them
        _, _, hits = _run(m, src, root)
        assert not [h.path for h in hits if h.path in (gone404, gone410, live, down, slow, robots)]
        docs = {d["input"].removeprefix(m.base): d for d in _latest(root, "documents")}
        assert docs[listed404]["removed_at"] is not None  # listed: requested, as before
        assert all(docs[p]["removed_at"] is None for p in (gone404, gone410))

        res, summary, hits = _run(m, src, root, full=True)
        asked = [h.path for h in hits]
        for p in (gone404, gone410, live, down, slow):
            assert p in asked, f"{p}: a known live article is requested by a full crawl"
        assert robots not in asked, "robots.txt still decides"
        assert m.count(down, hits) == 3 and m.count(slow, hits) == 3  # bounded retries, as for any article
        docs = {d["input"].removeprefix(m.base): d for d in _latest(root, "documents")}
        assert docs[gone404]["removed_at"] is not None and docs[gone410]["removed_at"] is not None
        for p in (live, down, slow, robots):
            assert docs[p]["removed_at"] is None, p
        fails = {f["input"].removeprefix(m.base): f for f in _latest(root, "failures")}
        assert fails[down]["error_type"] == "HTTP503" and fails[slow]["error_type"] == "Timeout"
        assert fails[robots]["error_type"] == "RobotsDisallowed"
        assert gone404 not in fails and gone410 not in fails and live not in fails
        row = _latest(root, "runs")[-1]
        assert row["removed"] == 2 and row["failed"] == 3 and row["status"] == "ok"
        assert _agree(summary) == (0, 0) and res.not_modified >= 2  # live and the listed ones: 304
        assert len(docs) == 9, "nothing is deleted"
    finally:
        m.stop()


def test_a_404_at_the_requested_url_is_confirmed_at_the_canonical_url(tmp_path):
    """A document requested at A and published at B (A redirected): the site drops the redirect (A answers
    404) while B lives on: not removed. Only when B answers 404 too is the document marked removed."""
    m = Mirror(per_page=5).start()
    root = str(tmp_path / "d")
    try:
        a = m.article_path(0)
        b = "/archive" + a
        m.add_article(a)
        _move(m, a, b)
        m.set_page(a, Page(b"", status=301, location=b))
        src = _source(m)
        _run(m, src, root)
        (doc,) = _latest(root, "documents")
        assert (doc["input"], doc["url"]) == (m.base + a, m.base + b)
        del m.pages[a]
        _, summary, hits = _run(m, src, root, full=True)
        assert m.count(a, hits) == 1 and m.count(b, hits) == 1
        (doc,) = _latest(root, "documents")
        assert doc["removed_at"] is None and _latest(root, "runs")[-1]["removed"] == 0
        del m.pages[b]
        _, summary, hits = _run(m, src, root, full=True)
        (doc,) = _latest(root, "documents")
        assert doc["removed_at"] is not None and _latest(root, "runs")[-1]["removed"] == 1
    finally:
        m.stop()


def test_full_crawl_of_known_articles_respects_max_articles(tmp_path):
    m = Mirror(per_page=3).start()
    root = str(tmp_path / "d")
    try:
        paths = [m.article_path(i) for i in range(6)]
        for p in paths:
            m.add_article(p)
        _run(m, _source(m), root)
        for p in paths[3:]:
            m.listing_order.remove(p)
        res, _, hits = _run(m, _source(m, "max_articles = 4"), root, full=True)
        article_hits = [h.path for h in hits if h.path in paths]
        assert len(article_hits) == 4 and "max_articles" in (res.message or "") and "incomplete" in res.message
    finally:
        m.stop()


@pytest.fixture
def cli():
    from typer.testing import CliRunner

    from readouts.flows.cli import app

    def invoke(*args):
        res = CliRunner().invoke(app, list(args), catch_exceptions=False)
        assert res.exit_code == 0, res.output
        return res.output

    return invoke


def test_cli_full_crawl_marks_a_removed_article_and_prints_agreeing_counts(prefect_harness, tmp_path, cli):
    m = Mirror(per_page=3).start()
    root = str(tmp_path / "d")
    sources = tmp_path / "sources.toml"
    sources.write_text(mirror_sources_toml(m, rate=50))
    try:
        paths = [m.article_path(i) for i in range(4)]
        for p in paths:
            m.add_article(p)
        cli("crawl", "--sources", str(sources), "--data", root)
        m.listing_order.remove(paths[3])
        del m.pages[paths[3]]
        _move(m, paths[0], "/archive" + paths[0])
        m.set_page(paths[0], Page(b"", status=301, location="/archive" + paths[0]))
        out = cli("crawl", "--full", "--sources", str(sources), "--data", root)
        assert "0 new, 1 changed" in out, out
        assert "mirror: ok" in out and "0 new, 1 changed" in out.split("mirror: ok")[1] and "1 removed" in out
        docs = {d["input"].removeprefix(m.base): d for d in _latest(root, "documents")}
        assert len(docs) == 4 and docs[paths[3]]["removed_at"] is not None
        assert docs[paths[0]]["previous_urls"] == [m.base + paths[0]]
    finally:
        m.stop()
