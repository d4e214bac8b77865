"""The fetcher, discovery and source config as plain functions (no Prefect), against a local mirror."""
from __future__ import annotations

import re
import sys
import time
import tomllib
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from mirror import BOT_WALL, SOFT_404, Mirror, Page, corpus_bodies, mirror_sources_toml, standard_mirror  # noqa: E402

from readouts.acquire.discover import discover_links, extract_links, normalize_url, url_date  # noqa: E402
from readouts.acquire.fetch import Fetcher, FetchError, HostGate, check_article, fetch_document, parse_retry_after  # noqa: E402
from readouts.acquire.sources import SourceConfigError, load_config, parse_config  # noqa: E402


@pytest.fixture(scope="module")
def mirror():
    m = standard_mirror(slow_seconds=1.0).start()
    yield m
    m.stop()


def source_for(m: Mirror, **kw):
    return parse_config(tomllib.loads(mirror_sources_toml(m, **kw))).sources["mirror"]


def fetcher_for(m: Mirror, **kw) -> Fetcher:
    # a private gate per test: the rate is measured per Fetcher here
    return Fetcher.for_source(source_for(m, **kw), share_gates=False)


# -- sources ----------------------------------------------------------------------------------

def test_repo_sources_follow_the_real_sichuan_url_scheme():
    cfg = load_config()
    s = cfg.sources["sichuan"]
    assert list(cfg.sources)[0] == "sichuan"
    assert s.allowed_hosts == ["www.sc.gov.cn"]
    assert s.rate <= 2 and re.search(r"https?://\S+", s.user_agent), "polite rate and a contact URL in the User-Agent"
    for url in ("https://www.sc.gov.cn/10462/10758/10760/10765/2023/11/30/2c13cbc6218143578e9547d00206134a.shtml",
                "https://www.sc.gov.cn/10462/10758/10760/10765/2018/11/22/10463756.shtml",
                "http://www.sc.gov.cn/10462/10758/10760/10765/2024/2/7/af03c6a54b374b77a9f47960d6c85922.shtml"):
        assert s.is_article(url) and not s.is_listing(url)
    for url in ("https://www.sc.gov.cn/10462/10758/10760/10765/list.shtml",
                "https://www.sc.gov.cn/10462/10758/10760/10765/list_2.shtml"):
        assert s.is_listing(url) and not s.is_article(url)
    for url in ("https://www.sc.gov.cn/10462/newsdlb/2019/7/9/ee461491d7d44724b8d8240e4f4607ff.shtml",  # other column
                "https://www.sc.gov.cn/10462/10758/10760/10765/2023/11/30/x.shtml.bak",
                "https://evil.example/10462/10758/10760/10765/2023/11/30/abc.shtml"):
        assert not s.is_article(url)
    assert not s.host_allowed("https://evil.example/")


@pytest.mark.parametrize("body, message", [
    ('[sources.x]\nstart_urls=["https://a.org/"]\narticle_pattern="a"\nfollow_pattern="b"\nallowed_hosts=["a.org"]\nrte=2',
     "unknown key"),
    ('[sources.x]\nstart_urls=["https://a.org/"]\narticle_pattern="("\nfollow_pattern="b"\nallowed_hosts=["a.org"]',
     "not a valid regular expression"),
    ('[sources.x]\nstart_urls=["https://b.org/"]\narticle_pattern="a"\nfollow_pattern="b"\nallowed_hosts=["a.org"]',
     "not in allowed_hosts"),
    ('[sources.x]\nstart_urls=["https://a.org/"]\narticle_pattern="a"\nfollow_pattern="b"\nallowed_hosts=["a.org"]\nrate=0',
     "rate must be"),
    ('[sources.x]\nstart_urls=["https://a.org/"]\nfollow_pattern="b"\nallowed_hosts=["a.org"]', "missing article_pattern"),
    ('[sources.x]\nstart_urls=["https://a.org/"]\narticle_pattern="a"\nfollow_pattern="b"\nallowed_hosts=["https://a.org"]',
     "host names only"),
])
def test_invalid_source_configs_are_refused(tmp_path, body, message):
    p = tmp_path / "s.toml"
    p.write_text(body)
    with pytest.raises(SourceConfigError, match=message):
        load_config(p)


def test_source_defaults(tmp_path):
    p = tmp_path / "s.toml"
    p.write_text('[sources.x]\nstart_urls=["https://a.org/l"]\narticle_pattern="/a/"\nfollow_pattern="/l"\n'
                 'allowed_hosts=["A.org"]\nsince=2024-01-31\n')
    s = load_config(p).sources["x"]
    assert s.rate == 1.0 and s.allowed_hosts == ["a.org"] and str(s.since) == "2024-01-31"
    assert "http" in s.user_agent


# -- discovery ----------------------------------------------------------------------------------

def test_discovery_depends_on_patterns_not_layout(mirror):
    src = source_for(mirror)
    base = mirror.base + "/news/list.shtml"
    a, b = "/news/2024/1/2/x1.shtml", "2024/1/3/x2.shtml"  # absolute path and relative link
    layouts = [
        f'<ul class="list"><li><a href="{a}">one</a></li><li><a href="{b}#c">two</a></li></ul><a href="list_2.shtml">2</a>',
        f'<table><tr><td><div><span><a class="t" href="{b}">two</a></span></div></td></tr></table>'
        f'<p>x <a href="{a}#top">one</a></p><select><option value="/news/list_2.shtml">2</option></select>',
    ]
    found = []
    for html in layouts:
        links = discover_links(f"<html><body>{html}</body></html>".encode(), base, src)
        found.append((sorted(links.articles), sorted(links.listings)))
    assert found[0] == found[1]
    assert found[0][0] == sorted([mirror.base + a, mirror.base + "/news/" + b])  # fragments stripped, made absolute
    assert found[0][1] == [mirror.base + "/news/list_2.shtml"]


def test_discovery_ignores_other_hosts_and_non_http_links(mirror):
    src = source_for(mirror)
    html = (b'<html><head><base href="/news/"></head><body><a href="javascript:go()">j</a><a href="mailto:a@b.c">m</a>'
            b'<a href="http://localhost:1/news/2024/1/1/o.shtml">other host</a>'
            b'<a href="ftp://127.0.0.1/news/2024/1/1/f.shtml">ftp</a><a href="2024/1/9/rel.shtml">rel</a></body></html>')
    links = discover_links(html, mirror.base + "/deep/page.shtml", src)
    assert links.articles == [mirror.base + "/news/2024/1/9/rel.shtml"]  # <base href> honoured
    assert links.ignored_hosts == ["http://localhost:1/news/2024/1/1/o.shtml"]


def test_discovery_decodes_the_page_charset():
    html = '<html><head><meta charset="gb2312"></head><body><a href="/新闻/2024/1/1/a.shtml">四川</a></body></html>'
    links = extract_links(html.encode("gb18030"), "https://www.sc.gov.cn/list.shtml")
    assert links == ["https://www.sc.gov.cn/新闻/2024/1/1/a.shtml"]


def test_normalize_and_url_date():
    assert normalize_url("HTTP://WWW.SC.GOV.CN:80/a#b", "https://x/") == "http://www.sc.gov.cn/a"
    assert normalize_url("#top", "https://x/") is None
    assert str(url_date("https://www.sc.gov.cn/10462/10758/10760/10765/2024/2/7/af03.shtml")) == "2024-02-07"
    assert str(url_date("https://english.news.cn/20230318/4080cf/c.html")) == "2023-03-18"
    assert url_date("https://www.sc.gov.cn/10462/10758/list.shtml") is None


# -- content check ----------------------------------------------------------------------------

def test_content_check_flags_non_articles():
    assert check_article(BOT_WALL, {"content-type": "text/html"})[0] == "BotWall"
    assert check_article(SOFT_404, {})[0] == "Soft404"
    assert check_article(b"", {})[0] == "EmptyBody"
    assert check_article(b"   \n", {})[0] == "EmptyBody"
    assert check_article(b"<html><body><p>Hello.</p></body></html>", {})[0] == "NearEmpty"
    assert check_article(b"%PDF-1.4 ...", {"content-type": "application/pdf"})[0] == "NotHTML"
    js_only = b"<html><body><div id='app'></div><script>" + b"x" * 5000 + b"</script></body></html>"
    assert check_article(js_only, {})[0] == "NearEmpty"


def test_content_check_passes_every_corpus_page():
    for body in corpus_bodies():
        assert check_article(body, {"content-type": "text/html; charset=utf-8"}) is None


def test_parse_retry_after():
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    assert 9 <= parse_retry_after("Wed, 21 Oct 2015 07:28:10 GMT", now=1445412480) <= 11


# -- fetching -----------------------------------------------------------------------------------

def test_faults_are_retried_and_bounded(mirror):
    f = fetcher_for(mirror, max_attempts=3)
    n0 = len(mirror.hits())
    for path, attempts in (("/news/2024/3/4/flaky503.shtml", 3), ("/news/2024/3/5/slow.shtml", 2),
                           ("/news/2024/3/6/reset.shtml", 2), ("/news/2024/3/7/truncated.shtml", 2)):
        mirror.plan(path, {"/news/2024/3/4/flaky503.shtml": ["503", "503"], "/news/2024/3/5/slow.shtml": ["timeout"],
                           "/news/2024/3/6/reset.shtml": ["reset"], "/news/2024/3/7/truncated.shtml": ["truncated"]}[path])
        res = f.fetch(mirror.base + path)
        assert res.ok, (path, res.error)
        assert res.body == mirror.pages[path].body, "the retried body is complete"
        assert res.attempts == attempts, path
    mirror.plan("/news/2024/3/12/down.shtml", ["503"] * 50)
    res = f.fetch(mirror.base + "/news/2024/3/12/down.shtml")
    assert not res.ok and res.error_type == "HTTP503" and res.attempts == 3
    hits = mirror.hits(n0)
    assert mirror.count("/news/2024/3/12/down.shtml", hits) == 3, "retries are bounded by max_attempts"
    mirror.plan("/news/2024/3/6/reset.shtml", ["reset"] * 10)
    res = f.fetch(mirror.base + "/news/2024/3/6/reset.shtml")
    assert res.status is None and res.error_type and res.attempts == 3
    f.close()


def test_retry_after_is_honoured(mirror):
    f = fetcher_for(mirror)
    path = "/news/2024/3/3/faulty429.shtml"
    mirror.plan(path, ["429"])
    n0 = len(mirror.hits())
    res = f.fetch(mirror.base + path)
    assert res.ok and res.attempts == 2
    hits = [h for h in mirror.hits(n0) if h.path == path]
    assert [h.status for h in hits] == [429, 200]
    assert hits[1].t - hits[0].t >= 0.95, "Retry-After: 1 was honoured"
    # a Retry-After over the cap gives up for this run instead of sleeping for an hour
    mirror.pages["/x-long-429"] = Page(b"x")
    mirror.plan("/x-long-429", ["429"] * 5)
    f2 = fetcher_for(mirror, extra="")
    f2.max_backoff = 0.5
    res = f2.fetch(mirror.base + "/x-long-429")
    assert res.error_type == "HTTP429" and res.attempts == 1 and "cap" in res.error
    f.close(), f2.close()


def test_robots_redirects_and_other_hosts(mirror):
    f = fetcher_for(mirror)
    n0 = len(mirror.hits())
    res = f.fetch(mirror.base + "/news/private/2024/3/13/secret.shtml")
    assert res.error_type == "RobotsDisallowed" and res.requests == 0
    res = f.fetch(f"http://localhost:{mirror.port}/news/2024/3/14/elsewhere.shtml")
    assert res.error_type == "OffSite" and res.requests == 0
    res = f.fetch(mirror.base + "/news/2024/3/15/offsite-redirect.shtml")
    assert res.error_type == "OffSiteRedirect"
    res = f.fetch(mirror.base + "/news/2024/3/8/moved.shtml")
    assert res.ok and res.final_url == mirror.base + "/news/2024/3/8/new-home.shtml" and res.requests == 2
    hits = mirror.hits(n0)
    assert not [h for h in hits if "private" in h.path or not h.host.startswith("127.0.0.1")]
    assert all(h.headers.get("user-agent", "").startswith("readouts-test/") for h in hits)
    assert "https://" in hits[0].headers["user-agent"], "the User-Agent carries a contact URL"
    f.close()


def test_robots_unreachable_means_disallow_and_missing_means_allow():
    m = Mirror().start()
    try:
        m.pages.pop("/robots.txt")
        m.add_article("/news/2024/1/1/a.shtml")
        f = fetcher_for(m)
        assert f.fetch(m.base + "/news/2024/1/1/a.shtml").ok  # 404 robots.txt: allowed
        m2 = Mirror().start()
        m2.plan("/robots.txt", ["503"] * 10)
        m2.add_article("/news/2024/1/1/a.shtml")
        f2 = fetcher_for(m2, max_attempts=2)
        res = f2.fetch(m2.base + "/news/2024/1/1/a.shtml")
        assert res.error_type == "RobotsUnreachable" and m2.count("/news/2024/1/1/a.shtml") == 0
        assert res.error.startswith("robots.txt could not be fetched (HTTP 503")
        m2.stop()
    finally:
        m.stop()


def test_conditional_requests_and_size_cap(mirror):
    f = fetcher_for(mirror)
    url = mirror.base + mirror.article_path(3)
    first = f.fetch(url)
    assert first.ok and first.headers.get("etag") and first.headers.get("last-modified")
    again = f.fetch(url, etag=first.headers["etag"], last_modified=first.headers["last-modified"])
    assert again.not_modified and again.body == b""
    only_date = f.fetch(url, last_modified=first.headers["last-modified"])
    assert only_date.not_modified
    small = fetcher_for(mirror)
    small.max_bytes = 1000
    res = small.fetch(url)
    assert res.error_type == "TooLarge" and res.attempts == 1
    f.close(), small.close()


def test_rate_limit_measured_at_the_server(mirror):
    rate = 8
    f = fetcher_for(mirror, rate=rate)
    from concurrent.futures import ThreadPoolExecutor

    n0 = len(mirror.hits())
    urls = [mirror.base + mirror.article_path(i % 9) for i in range(24)]
    t = time.monotonic()
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(f.fetch, urls))
    elapsed = time.monotonic() - t
    assert all(r.ok for r in results)
    times = sorted(h.t for h in mirror.hits(n0))
    assert len(times) >= 24
    worst = max(sum(1 for x in times if t0 <= x < t0 + 1.0) for t0 in times)
    assert worst <= rate + 1, f"{worst} requests within one second at rate {rate}/s"
    assert elapsed >= (len(times) - 1) / rate * 0.9
    f.close()


def test_host_gate_spaces_request_starts():
    clock = [0.0]
    slept = []

    def sleep(s):
        slept.append(s)
        clock[0] += s

    g = HostGate(rate=2, concurrency=1, clock=lambda: clock[0], sleep=sleep)
    for _ in range(4):
        with g.request():
            pass
    assert slept == [0.5, 0.5, 0.5]
    g.hold(3)
    with g.request():
        pass
    assert slept[-1] == pytest.approx(3.0)


def test_fetch_document(mirror):
    raw = fetch_document(mirror.base + mirror.article_path(2))
    assert raw.status == 200 and raw.url == mirror.base + mirror.article_path(2) and raw.body
    assert raw.source == "127.0.0.1"
    with pytest.raises(FetchError, match="not an article"):
        fetch_document(mirror.base + "/news/2024/3/9/wall.shtml")
    with pytest.raises(FetchError, match="404"):
        fetch_document(mirror.base + "/news/2024/12/12/nothing-here.shtml")


def test_concurrency_cap_per_host():
    m = Mirror(slow_seconds=0.3).start()
    try:
        urls = [m.add_article(m.article_path(i)) for i in range(6)]
        for u in urls:
            m.plan(u.removeprefix(m.base), ["timeout"])  # each answer takes 0.3 s
        f = fetcher_for(m, rate=100, timeout=2)
        f.concurrency = 2
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(6) as pool:
            assert all(r.ok for r in pool.map(f.fetch, urls))
        assert m.max_inflight == 2, f"{m.max_inflight} requests in flight at once, cap 2"
        f.close()
    finally:
        m.stop()


def test_charset_from_the_http_header_reaches_the_document():
    """A GBK page that declares its charset only in the Content-Type header decodes correctly."""
    from readouts.flows.core import process_raw

    m = Mirror().start()
    try:
        body = corpus_bodies()[0].decode("utf-8")
        body = re.sub(r"<meta charset=[^>]*>", "", body).replace("</p>", "（四川省人民政府）</p>", 1)
        m.set_page("/news/2024/1/1/gbk.shtml", Page(body.encode("gb18030"), content_type="text/html; charset=GBK"))
        raw = fetch_document(m.base + "/news/2024/1/1/gbk.shtml")
        assert "gbk" in raw.headers["content-type"].lower()
        o = process_raw(raw)
        assert o.records is not None and "四川省人民政府" in o.records.document["text"]
    finally:
        m.stop()


def test_allowed_hosts_are_checked_with_their_port():
    from readouts.acquire.sources import allowed_ports, origin_allowed

    ports = allowed_ports(["https://www.a.org/news/", "http://127.0.0.1:8123/list"])
    assert origin_allowed("https://www.a.org/x", {"www.a.org"}, ports)
    assert origin_allowed("http://www.a.org/x", {"www.a.org"}, ports)  # the standard ports
    assert not origin_allowed("https://www.a.org:8443/admin", {"www.a.org"}, ports)  # another server
    assert origin_allowed("http://127.0.0.1:8123/a.shtml", {"127.0.0.1"}, ports)
    assert not origin_allowed("http://127.0.0.1:9999/a.shtml", {"127.0.0.1"}, ports)
    assert not origin_allowed("http://www.a.org:99999/x", {"www.a.org"}, ports)  # not a port at all
    assert not origin_allowed("ftp://www.a.org/x", {"www.a.org"}, ports)


def test_a_redirect_to_another_port_of_an_allowed_host_is_not_followed(mirror):
    """Two servers on 127.0.0.1: the crawl's (allowed) and another port (never requested)."""
    other = Mirror().start()
    try:
        other.add_article("/news/2024/3/16/console.shtml")
        mirror.set_page("/news/2024/3/16/to-other-port.shtml",
                        Page(b"", status=302, location=f"{other.base}/news/2024/3/16/console.shtml"))
        f = fetcher_for(mirror)
        res = f.fetch(mirror.base + "/news/2024/3/16/to-other-port.shtml")
        f.close()
        assert res.error_type == "OffSiteRedirect"
        assert other.hits() == []
    finally:
        other.stop()


def test_a_slow_drip_is_cut_off_at_the_deadline(mirror):
    path = mirror.article_path(0)
    mirror.plan(path, ["drip"] * 10)
    f = fetcher_for(mirror, max_attempts=1, extra="deadline = 0.5")
    t = time.monotonic()
    res = f.fetch(mirror.base + path)
    f.close()
    assert res.error_type == "TooSlow" and time.monotonic() - t < 5, res.error


def test_nested_compression_is_refused_before_it_inflates(mirror):
    path = mirror.article_path(1)
    mirror.plan(path, ["gzip2"] * 10)
    f = fetcher_for(mirror, max_attempts=1)
    res = f.fetch(mirror.base + path)
    f.close()
    assert res.error_type == "NestedEncoding" and res.body == b""
