"""The crawl flow end to end against the fault-injecting mirror: two runs, a rebuild, a WARC round trip.

One module fixture runs everything once (through the `readouts` CLI, under the session's Prefect
harness); the tests below check what happened, from the mirror's request log and the versions.
"""
from __future__ import annotations

import socket
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from mirror import Page, mirror_sources_toml, standard_mirror  # noqa: E402

RATE = 10
REACHABLE = [f"/news/2024/{1 + i % 12}/{1 + i % 28}/a{i:03d}.shtml" for i in range(9)] + [
    "/news/2024/3/3/faulty429.shtml", "/news/2024/3/4/flaky503.shtml", "/news/2024/3/5/slow.shtml",
    "/news/2024/3/6/reset.shtml", "/news/2024/3/7/truncated.shtml", "/news/2024/3/8/moved.shtml"]
NOT_ARTICLES = {"/news/2024/3/9/wall.shtml": "BotWall", "/news/2024/3/10/soft404.shtml": "Soft404",
                "/news/2024/3/11/empty.shtml": "EmptyBody"}
NEW = "/news/2024/12/1/fresh.shtml"
CHANGED = REACHABLE[0]
GONE = REACHABLE[1]
COMPARE = ["documents", "meetings", "speakers", "attendees", "directives", "mentions", "persons"]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _cli(*args):
    from typer.testing import CliRunner

    from readouts.flows.cli import app

    started = time.perf_counter()
    res = CliRunner().invoke(app, list(args), catch_exceptions=False)
    assert res.exit_code == 0, res.output
    return res.output, time.perf_counter() - started


@pytest.fixture(scope="module")
def crawled(prefect_harness, tmp_path_factory):
    from readouts.flows.crawl import export_warc
    from readouts.flows.ingest import ingest
    from readouts.output.storage import Root
    from readouts.output.versions import Versions

    tmp = tmp_path_factory.mktemp("crawl")
    root = str(tmp / "data")
    m = standard_mirror(slow_seconds=1.0).start()
    dead = _closed_port()
    sources = tmp / "sources.toml"
    sources.write_text(mirror_sources_toml(m, rate=RATE) + f"""
[sources.dead]
start_urls = ["http://127.0.0.1:{dead}/dead/list.shtml"]
article_pattern = '/dead/\\d{{4}}/'
follow_pattern = '/dead/list'
allowed_hosts = ["127.0.0.1"]
rate = {RATE}
timeout = 0.5
max_attempts = 2
backoff = 0.05
""")
    r = {"mirror": m, "root": root, "base": m.base}
    try:
        n0 = len(m.hits())
        r["out1"], r["t1"] = _cli("crawl", "--sources", str(sources), "--data", root)
        r["hits1"] = m.hits(n0)
        v = Versions(Root(root))
        r["v1"] = v.latest()

        # the site moves on: a new article on top of the listing, one edited, one taken down
        m.add_article(NEW, front=True)
        m.change_article(CHANGED)
        m.set_page(GONE, Page(b"<html><body>Gone</body></html>", status=410))
        n1 = len(m.hits())
        r["out2"], r["t2"] = _cli("crawl", "--sources", str(sources), "--data", root)
        r["hits2"] = m.hits(n1)
        r["v2"] = v.latest()
        # two runs of history: several captures of some URLs (edited, removed, failing)
        r["warc"] = str(tmp / "export.warc.gz")
        r["warc_records"], _ = export_warc(root, r["warc"])
    finally:
        m.stop()  # from here on there is no network: rebuild must not need it
    r["out3"], r["t3"] = _cli("rebuild", "--data", root)
    r["v3"] = v.latest()
    r["root2"] = str(tmp / "from-warc")
    started = time.perf_counter()
    ingest([r["warc"]], data=r["root2"])
    r["t4"] = time.perf_counter() - started
    r["versions"] = v
    print(f"\ncrawl timings: run1 {r['t1']:.1f}s ({len(r['hits1'])} requests), run2 {r['t2']:.1f}s "
          f"({len(r['hits2'])} requests), rebuild {r['t3']:.1f}s, warc ingest {r['t4']:.1f}s")
    return r


def table(v, vid, name):
    return v.read_table(vid, name).to_pylist()


def _sorted(rows):
    return sorted(rows, key=lambda r: repr(sorted((k, repr(x)) for k, x in r.items())))


def test_every_reachable_article_is_archived_and_in_documents_once(crawled):
    from readouts.flows.crawl import ROLE
    from readouts.output.raw import RawArchive
    from readouts.output.storage import Root

    v, base = crawled["versions"], crawled["base"]
    docs = table(v, crawled["v1"], "documents")
    assert sorted(d["input"] for d in docs) == sorted(base + p for p in REACHABLE)
    assert len({d["doc_id"] for d in docs}) == len(docs) == len(REACHABLE)
    moved = next(d for d in docs if d["input"].endswith("moved.shtml"))
    assert moved["url"] == base + "/news/2024/3/8/new-home.shtml"
    archive = RawArchive(Root(crawled["root"]))
    receipts = archive.receipts()
    for d in docs:
        assert archive.has(d["content_sha256"])
        assert any(r.input == d["input"] and r.sha256 == d["content_sha256"] and r.headers[ROLE] == "article"
                   for r in receipts)
    # every response body, listing pages and robots.txt included, is in raw/ with its URL and status
    roles = {r.headers[ROLE] for r in receipts}
    assert {"robots", "listing", "article"} <= roles
    assert all(archive.has(r.sha256) for r in receipts if r.status != 304)


def test_disallowed_and_other_host_urls_are_never_requested(crawled):
    hits = crawled["hits1"] + crawled["hits2"]
    assert hits
    assert not [h.path for h in hits if "/private/" in h.path]
    assert not [h.host for h in hits if not h.host.startswith("127.0.0.1:")]
    assert not [h.path for h in hits if h.path.endswith("elsewhere.shtml")]


def test_retries_are_bounded_and_counted(crawled):
    hits1 = crawled["hits1"]
    mirror = crawled["mirror"]
    assert mirror.count("/news/2024/3/12/down.shtml", hits1) == 3  # max_attempts
    assert mirror.count("/news/2024/3/4/flaky503.shtml", hits1) == 3  # 503, 503, 200
    assert mirror.count("/news/2024/3/3/faulty429.shtml", hits1) == 2
    for p in ("/news/2024/3/5/slow.shtml", "/news/2024/3/6/reset.shtml", "/news/2024/3/7/truncated.shtml"):
        assert mirror.count(p, hits1) == 2, p
    runs = table(crawled["versions"], crawled["v1"], "runs")
    row = next(r for r in runs if r["source"] == "mirror")
    assert row["pages_requested"] == len(hits1), "the runs table counts every request the server saw"


def test_request_rate_stays_within_the_limit(crawled):
    # The client spaces request starts 1/RATE apart; what the server sees also carries the arrival
    # jitter of a busy 2-core machine (parsing in the next thread, new connections after resets),
    # which can move one request at each edge of a window: hence the +2. An unthrottled crawler
    # sends all of these requests within a fraction of a second.
    for hits in (crawled["hits1"], crawled["hits2"]):
        times = sorted(h.t for h in hits)
        worst = max(sum(1 for x in times if t0 <= x < t0 + 1.0) for t0 in times)
        assert worst <= RATE + 2, f"{worst} requests in one second, limit {RATE}/s"
        spans = [b - a for a, b in zip(times, times[RATE:])]  # RATE+1 consecutive requests
        assert min(spans) >= 0.9, f"{RATE + 1} requests within {min(spans):.2f} s, limit {RATE}/s"
    times = sorted(h.t for h in crawled["hits1"])
    measured = (len(times) - 1) / (times[-1] - times[0])
    print(f"\nmeasured rate run 1: {measured:.2f} req/s (limit {RATE}), busiest second: "
          f"{max(sum(1 for x in times if t0 <= x < t0 + 1.0) for t0 in times)}")
    assert measured <= RATE * 1.05


def test_non_articles_and_failed_sources_are_reported(crawled):
    v, base = crawled["versions"], crawled["base"]
    fails = {f["input"]: f for f in table(v, crawled["v1"], "failures")}
    for path, kind in NOT_ARTICLES.items():
        assert fails[base + path]["stage"] == "fetch" and fails[base + path]["error_type"] == kind
    assert fails[base + "/news/2024/3/12/down.shtml"]["error_type"] == "HTTP503"
    assert fails[base + "/news/private/2024/3/13/secret.shtml"]["error_type"] == "RobotsDisallowed"
    runs = {r["source"]: r for r in table(v, crawled["v1"], "runs")}
    assert runs["mirror"]["status"] == "ok" and runs["mirror"]["new"] == len(REACHABLE)
    assert runs["mirror"]["last_success_at"] is not None
    assert runs["dead"]["status"] == "failed" and runs["dead"]["message"] and runs["dead"]["last_success_at"] is None
    assert "runs" in crawled["out1"] and "dead" in crawled["out1"] and "failed" in crawled["out1"]
    # non-articles are tried again on the next run, although paging stopped before their listing page
    for path in NOT_ARTICLES:
        assert crawled["mirror"].count(path, crawled["hits2"]) == 1


def test_second_run_downloads_no_unchanged_article(crawled):
    hits2 = crawled["hits2"]
    unchanged = set(REACHABLE) - {CHANGED, GONE}
    downloaded = [h.path for h in hits2 if h.path in unchanged and h.status not in (304, None)]
    assert downloaded == [], "unchanged known articles answer 304 to a conditional request"
    assert all(h.headers.get("if-none-match") for h in hits2 if h.path in unchanged)
    listings = [h.path for h in hits2 if "/list" in h.path]
    assert len(listings) <= 2 < len([h for h in crawled["hits1"] if "/list" in h.path]), "paging stopped early"
    assert len(hits2) < len(crawled["hits1"])
    print(f"\nrequests: run 1 {len(crawled['hits1'])}, run 2 {len(hits2)} "
          f"({sum(1 for h in hits2 if h.status == 304)} answered 304)")


def test_second_version_is_previous_plus_new_and_changed(crawled):
    v, base = crawled["versions"], crawled["base"]
    d1 = {d["input"]: d for d in table(v, crawled["v1"], "documents")}
    d2 = {d["input"]: d for d in table(v, crawled["v2"], "documents")}
    assert set(d2) == set(d1) | {base + NEW}
    assert d2[base + CHANGED]["content_sha256"] != d1[base + CHANGED]["content_sha256"]
    assert d2[base + GONE]["removed_at"] is not None, "a 410 marks the article removed"
    assert {k: x for k, x in d2[base + GONE].items() if k != "removed_at"} == \
        {k: x for k, x in d1[base + GONE].items() if k != "removed_at"}, "its rows are kept"
    for url in set(d1) - {base + CHANGED, base + GONE}:
        assert d2[url] == d1[url]
    runs = {r["source"]: r for r in table(v, crawled["v2"], "runs") if r["run_id"] != table(v, crawled["v1"], "runs")[0]["run_id"]}
    assert (runs["mirror"]["new"], runs["mirror"]["changed"], runs["mirror"]["removed"]) == (1, 1, 1)
    assert runs["dead"]["status"] == "failed" and runs["dead"]["last_success_at"] is None
    gone_meetings = [mt for mt in table(v, crawled["v2"], "meetings") if mt["doc_id"] == d2[base + GONE]["doc_id"]]
    assert len(gone_meetings) == 1


def test_rebuild_reproduces_the_tables_without_network(crawled):
    v = crawled["versions"]
    assert crawled["v3"] != crawled["v2"]
    assert v.manifest(crawled["v3"]).get("kind") == "rebuild"
    for name in COMPARE:
        assert _sorted(table(v, crawled["v3"], name)) == _sorted(table(v, crawled["v2"], name)), name
    key = lambda f: (f["input"], f["stage"], f["error_type"])  # noqa: E731
    assert sorted(map(key, table(v, crawled["v3"], "failures"))) == sorted(map(key, table(v, crawled["v2"], "failures")))
    runs = table(v, crawled["v3"], "runs")
    assert runs[-1]["kind"] == "rebuild" and len(runs) == len(table(v, crawled["v2"], "runs")) + 1


def test_warc_round_trip_reproduces_the_documents(crawled):
    from readouts.output.storage import Root
    from readouts.output.versions import Versions

    assert crawled["warc_records"] >= len(REACHABLE) + 2
    v2 = Versions(Root(crawled["root2"]))
    cols = ["doc_id", "url", "content_sha256", "title", "text", "published_date", "fetched_at"]
    got = sorted(tuple(d[c] for c in cols) for d in v2.read_table(v2.latest(), "documents").to_pylist())
    want = sorted(tuple(d[c] for c in cols) for d in table(crawled["versions"], crawled["v2"], "documents"))
    assert got == want


def test_run_document_url_and_a_crashing_source(prefect_harness, tmp_path, monkeypatch):
    """`run-document URL` goes through the crawl's steps; a source that raises is reported, others go on."""
    from mirror import Mirror

    import readouts.flows.crawl as crawl_mod
    from readouts.output.storage import Root
    from readouts.output.versions import Versions

    m = Mirror().start()
    try:
        urls = [m.add_article(m.article_path(i)) for i in range(2)]
        root = str(tmp_path / "data")
        out, _ = _cli("run-document", urls[0], "--data", root)
        v = Versions(Root(root))
        docs = v.read_table(v.latest(), "documents").to_pylist()
        assert [d["input"] for d in docs] == [urls[0]] and "published" in out
        out, _ = _cli("run-document", urls[1], "--dry-run")
        assert '"documents"' in out and urls[1] in out

        sources = tmp_path / "s.toml"
        sources.write_text(mirror_sources_toml(m, rate=50) + mirror_sources_toml(m, rate=50, name="boom").split("[schedule]")[1]
                           .split("\n", 2)[2])
        real = crawl_mod.crawl_source

        def flaky(source, *a, **kw):
            if source.name == "boom":
                raise RuntimeError("parser exploded")
            return real(source, *a, **kw)

        monkeypatch.setattr(crawl_mod, "crawl_source", flaky)
        out, _ = _cli("crawl", "--sources", str(sources), "--data", root)
        runs = {r["source"]: r for r in v.read_table(v.latest(), "runs").to_pylist()}
        assert runs["boom"]["status"] == "failed" and "parser exploded" in runs["boom"]["message"]
        assert runs["mirror"]["status"] == "ok" and runs["mirror"]["new"] == 1  # the second article
        assert v.read_table(v.latest(), "documents").num_rows == 2
        assert "could not be crawled: boom" in out or "boom" in out
        # the flow run itself ends Failed (Prefect's alerts fire), with the published summary as its data
        state = crawl_mod.crawl(sources_file=str(sources), data=root, return_state=True)
        assert state.is_failed() and "boom" in state.message
        summary = state.result(raise_on_failure=False)
        assert summary.version == v.latest()
    finally:
        m.stop()


def test_since_skips_old_articles_and_stops_paging(tmp_path):
    """Plain function, no Prefect: `since` filters by the date in the URL and ends paging."""
    import tomllib

    from mirror import Mirror

    from readouts.acquire.sources import parse_config, parse_since
    from readouts.flows.crawl import crawl_source, load_state

    m = Mirror(per_page=5).start()
    try:
        for i in range(5):
            m.add_article(f"/news/2024/6/{i + 1}/n{i}.shtml")
        for i in range(10):
            m.add_article(f"/news/2020/1/{i + 1}/o{i}.shtml")
        src = parse_config(tomllib.loads(mirror_sources_toml(m, rate=50))).sources["mirror"]
        res = crawl_source(src, str(tmp_path / "d"), load_state(str(tmp_path / "d")), since=parse_since("2024-01-01"))
        assert len(res.outcomes) == 5 and all(o.records is not None for o in res.outcomes)
        paths = [h.path for h in m.hits()]
        assert "/news/list_2.shtml" in paths and "/news/list_3.shtml" not in paths
        assert not [p for p in paths if p.startswith("/news/2020/")]
    finally:
        m.stop()


def test_incremental_stops_paging_and_full_recrawl_pages_to_the_end(tmp_path):
    """Plain functions, no Prefect engine: paging stops at an all-known listing page unless --full."""
    import tomllib

    from mirror import Mirror

    from readouts.acquire.sources import parse_config
    from readouts.flows.crawl import crawl_source, load_state, publish_crawl

    m = Mirror(per_page=3).start()
    root = str(tmp_path / "d")
    try:
        for i in range(9):
            m.add_article(m.article_path(i))
        src = parse_config(tomllib.loads(mirror_sources_toml(m, rate=50))).sources["mirror"]

        def run(**kw):
            n0 = len(m.hits())
            known = load_state(root)
            res = crawl_source(src, root, known, **kw)
            publish_crawl.fn([res], known, root, f"run-{n0}")
            return res, m.hits(n0)

        first, hits = run()
        assert len(first.outcomes) == 9 and "/news/list_3.shtml" in [h.path for h in hits]
        m.add_article("/news/2025/1/1/new.shtml", front=True)
        second, hits = run()
        paths = [h.path for h in hits]
        assert [o.input for o in second.outcomes] == [m.base + "/news/2025/1/1/new.shtml"]
        assert "/news/list_2.shtml" in paths and "/news/list_3.shtml" not in paths and "/news/list_4.shtml" not in paths
        third, hits = run(full=True)
        paths = [h.path for h in hits]
        assert {"/news/list_2.shtml", "/news/list_3.shtml", "/news/list_4.shtml"} <= set(paths)
        assert third.outcomes == [] and third.not_modified == 10
        assert all(h.status == 304 for h in hits if "/news/20" in h.path)
    finally:
        m.stop()


def test_a_run_that_never_published_does_not_hide_a_change(tmp_path):
    """Validators from an unpublished run's index must not turn a changed article into a 304."""
    import tomllib

    from mirror import Mirror

    from readouts.acquire.sources import parse_config
    from readouts.flows.crawl import crawl_source, load_state, publish_crawl
    from readouts.output.raw import RawArchive
    from readouts.output.storage import Root

    m = Mirror().start()
    root = str(tmp_path / "d")
    try:
        urls = [m.add_article(m.article_path(i)) for i in range(2)]
        src = parse_config(tomllib.loads(mirror_sources_toml(m, rate=50))).sources["mirror"]
        known = load_state(root)
        publish_crawl.fn([crawl_source(src, root, known)], known, root, "run-1")
        m.change_article(m.article_path(0))
        lost = crawl_source(src, root, load_state(root))  # fetched the change, then crashed before publishing
        assert [o.input for o in lost.outcomes] == [urls[0]]
        RawArchive(Root(root)).write_index("run-2-crashed", [o.receipt for o in lost.outcomes] + lost.receipts)
        again = crawl_source(src, root, load_state(root))
        assert [o.input for o in again.outcomes] == [urls[0]], "the change is fetched again, not answered 304"
    finally:
        m.stop()


def test_two_sources_reaching_the_same_urls_publish_one_row_each(tmp_path):
    import tomllib

    from mirror import BOT_WALL, Mirror

    from readouts.acquire.sources import parse_config
    from readouts.flows.crawl import crawl_source, load_state, publish_crawl
    from readouts.output.storage import Root
    from readouts.output.versions import Versions

    m = Mirror().start()
    root = str(tmp_path / "d")
    try:
        [m.add_article(m.article_path(i)) for i in range(2)]
        m.set_page("/news/2024/5/5/wall.shtml", Page(BOT_WALL), listed=True)
        m.set_page("/news/2024/5/6/notreadout.shtml", Page(b"<html><body>" + b"<a href='/x'>link</a> " * 100 +
                                                          b"<p>" + b"word " * 60 + b"</p></body></html>"), listed=True)
        cfg = parse_config(tomllib.loads(mirror_sources_toml(m, rate=50) + mirror_sources_toml(m, rate=50, name="twin")
                                         .split("[schedule]")[1].split("\n", 2)[2]))
        known = load_state(root)
        results = [crawl_source(s, root, known) for s in cfg.sources.values()]
        assert all(len(r.outcomes) == 3 for r in results)
        publish_crawl.fn(results, known, root, "run-twins")
        v = Versions(Root(root))
        docs = v.read_table(v.latest(), "documents").to_pylist()
        fails = v.read_table(v.latest(), "failures").to_pylist()
        assert len({d["input"] for d in docs}) == len(docs) and len({f["input"] for f in fails}) == len(fails)
        assert len(docs) + len(fails) == 4  # each input once, in documents or in failures
    finally:
        m.stop()


def test_caps_on_articles_per_listing_page_and_per_run(tmp_path):
    """A listing page of 60 generated article links and a small run cap: requests stay bounded, the run says so."""
    import tomllib

    from mirror import Mirror

    from readouts.acquire.sources import parse_config
    from readouts.flows.crawl import crawl_source, load_state

    m = Mirror(per_page=100).start()
    try:
        for i in range(60):
            m.add_article(f"/news/2024/6/{i % 28 + 1}/trap{i}.shtml")
        toml = mirror_sources_toml(m, rate=50, extra="max_articles_per_page = 10\nmax_articles = 7")
        src = parse_config(tomllib.loads(toml)).sources["mirror"]
        res = crawl_source(src, str(tmp_path / "d"), load_state(str(tmp_path / "d")))
        article_hits = [h for h in m.hits() if "/trap" in h.path]
        assert len(article_hits) == 7 and len(res.outcomes) + len(res.failures) <= 7 + 1
        assert "first 10 kept" in res.message and "first 7 kept" in res.message
    finally:
        m.stop()
