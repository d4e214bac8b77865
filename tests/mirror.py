"""A fault-injecting mirror of a government news site, served on 127.0.0.1 for the crawl tests.

Layout (all under http://127.0.0.1:PORT):
  /robots.txt                       disallows /news/private/
  /news/list.shtml, list_2, list_3  listing pages with pagination (prev/next and numbers), nav links,
                                    a link to another host (localhost:PORT), a fragment link,
                                    a disallowed article, a redirecting article, and faulty articles
  /news/<y>/<m>/<d>/<id>.shtml      articles: corpus pages with their URL metadata rewritten to the mirror

Faults are a per-path plan, consumed one request at a time: "429" (Retry-After: 1), "503", "timeout"
(the response starts after `slow_seconds`), "reset" (TCP RST, nothing sent), "truncated" (Content-Length
larger than the body, then close). When the plan is empty the page is served normally.
Every request is logged with its arrival time, path, Host header, request headers and status.
"""
from __future__ import annotations

import gzip
import hashlib
import re
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

CORPUS_DEV = Path(__file__).resolve().parent / "corpus" / "dev"
ARTICLE_RX = r"/news/(?:private/)?\d{4}/\d{1,2}/\d{1,2}/[\w-]+\.shtml$"
FOLLOW_RX = r"/news/list(?:_\d+)?\.shtml$"
ROBOTS = b"User-agent: *\nDisallow: /news/private/\n\nUser-agent: BadBot\nDisallow: /\n"

BOT_WALL = (b"<html><head><title>Security check</title></head><body><noscript>Please enable JavaScript "
            b"to view this page.</noscript><script>document.cookie='x=1';location.reload()</script></body></html>")
SOFT_404 = (b"<html><head><title>Page Not Found</title></head><body><h1>Sorry, the page you requested "
            b"does not exist or has been removed.</h1><p><a href='/'>Home</a></p></body></html>")


@dataclass
class Hit:
    t: float  # time.monotonic() at arrival
    path: str
    host: str
    headers: dict
    status: int | None = None


@dataclass
class Page:
    body: bytes
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    location: str | None = None
    mtime: float = field(default_factory=lambda: 1_700_000_000.0)
    validators: bool = True  # send ETag and Last-Modified


def corpus_bodies() -> list[bytes]:
    pages = sorted(CORPUS_DEV.glob("*.html"))
    if not pages:
        raise RuntimeError(f"development corpus not found at {CORPUS_DEV}")
    return [p.read_bytes() for p in pages]


def rewrite_url(body: bytes, url: str, tag: str = "") -> bytes:
    """Point a corpus page's URL metadata at the mirror (so each mirror article is its own document)."""
    u = url.encode()
    body = re.sub(rb'(<meta\s+name="Url"\s+content=")[^"]*(")', rb"\g<1>" + u + rb"\g<2>", body)
    body = re.sub(rb'(<link\s+rel="canonical"\s+href=")[^"]*(")', rb"\g<1>" + u + rb"\g<2>", body)
    body = re.sub(rb'(<meta\s+property="og:url"\s+content=")[^"]*(")', rb"\g<1>" + u + rb"\g<2>", body)
    if tag:
        body = body.replace(b"</body>", b"<!-- " + tag.encode() + b" --></body>", 1)
    return body


class Mirror:
    def __init__(self, per_page: int = 4, slow_seconds: float = 1.5):
        self.pages: dict[str, Page] = {}
        self.plans: dict[str, list[str]] = {}
        self.log: list[Hit] = []
        self.lock = threading.Lock()
        self.per_page = per_page
        self.slow_seconds = slow_seconds
        self.inflight = 0  # requests being answered right now, and the most at once
        self.max_inflight = 0
        self.listing_order: list[str] = []  # article paths, newest first, as the listing shows them
        self.extra_links: dict[int, list[str]] = {}  # listing page number -> extra hrefs
        self._bodies = corpus_bodies()
        self._next_body = 0
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self.server.handle_error = lambda request, client_address: None  # clients that gave up (timeouts)
        self.port = self.server.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.pages["/robots.txt"] = Page(ROBOTS, content_type="text/plain")
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    # -- content --------------------------------------------------------------------------
    def article_path(self, n: int, day: int | None = None) -> str:
        return f"/news/2024/{1 + n % 12}/{day or 1 + n % 28}/a{n:03d}.shtml"

    def add_article(self, path: str, *, listed: bool = True, front: bool = False, body: bytes | None = None,
                    validators: bool = True) -> str:
        if body is None:
            body = rewrite_url(self._bodies[self._next_body % len(self._bodies)], self.base + path, path)
            self._next_body += 1
        self.pages[path] = Page(body, validators=validators)
        if listed:
            if front:
                self.listing_order.insert(0, path)
            else:
                self.listing_order.append(path)
        return self.base + path

    def change_article(self, path: str) -> None:
        p = self.pages[path]
        p.body = p.body.replace(b"</body>", b"<!-- changed --></body>", 1)
        p.mtime += 86400

    def set_page(self, path: str, page: Page, listed: bool = False) -> None:
        self.pages[path] = page
        if listed:
            self.listing_order.append(path)

    def plan(self, path: str, steps: list[str]) -> None:
        self.plans[path] = list(steps)

    def n_listing_pages(self) -> int:
        return max(1, -(-len(self.listing_order) // self.per_page))

    def listing(self, n: int) -> bytes:
        total = self.n_listing_pages()
        items = self.listing_order[(n - 1) * self.per_page:n * self.per_page]
        name = lambda k: "list.shtml" if k == 1 else f"list_{k}.shtml"  # noqa: E731
        lis = "".join(f'<li><a href="{p}" title="x">Article {p}</a><span>2024-01-01</span></li>' for p in items)
        pager = []
        if n > 1:
            pager.append(f'<a href="{name(n - 1)}">Previous</a>')
        pager += [f'<a href="/news/{name(k)}">{k}</a>' for k in range(1, total + 1)]
        if n < total:
            pager.append(f'<a href="{name(n + 1)}#top">Next</a>')
        extra = "".join(f'<a href="{h}">more</a>' for h in self.extra_links.get(n, []))
        html = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Open Governance - page {n}</title></head>"
                f"<body><div class='nav'><a href='/'>Home</a> <a href='/about.shtml'>About</a>"
                f" <a href='javascript:void(0)'>Print</a> <a href='mailto:web@example.org'>Mail</a></div>"
                f"<ul class='list'>{lis}</ul><div class='pager'>{' '.join(pager)}</div>{extra}</body></html>")
        return html.encode("utf-8")

    # -- log queries ------------------------------------------------------------------------
    def hits(self, since: int = 0) -> list[Hit]:
        with self.lock:
            return list(self.log[since:])

    def count(self, path: str, hits: list[Hit] | None = None) -> int:
        return sum(1 for h in (hits if hits is not None else self.hits()) if h.path == path)

    def start(self) -> Mirror:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _handler(m: Mirror):  # noqa: C901 - over the complexity budget; to be split
    class H(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *a):  # quiet
            pass

        def do_GET(self):  # noqa: N802
            with m.lock:
                m.inflight += 1
                m.max_inflight = max(m.max_inflight, m.inflight)
            try:
                self._get()
            finally:
                with m.lock:
                    m.inflight -= 1

        def _get(self):
            hit = Hit(time.monotonic(), self.path.split("?")[0], self.headers.get("Host", ""),
                      {k.lower(): v for k, v in self.headers.items()})
            with m.lock:
                m.log.append(hit)
                plan = m.plans.get(hit.path)
                step = plan.pop(0) if plan else None
            if step == "reset":
                hit.status = None
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.close_connection = True
                self.connection.close()
                return
            if step == "timeout":
                time.sleep(m.slow_seconds)
            if step in ("429", "503"):
                body = b"<html><body>busy, come back later</body></html>"
                hit.status = int(step)  # recorded before the answer goes out: a client may read the log at once
                self.send_response(int(step))
                if step == "429":
                    self.send_header("Retry-After", "1")
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            page = self._page(hit.path)
            if page is None:
                body = b"<html><body>404</body></html>"
                hit.status = 404
                self._send(404, body, "text/html")
                return
            if page.location:
                hit.status = page.status
                self.send_response(page.status)
                self.send_header("Location", page.location)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            etag = '"' + hashlib.sha256(page.body).hexdigest()[:16] + '"'
            lastmod = formatdate(page.mtime, usegmt=True)
            if page.validators and page.status == 200 and (
                    self.headers.get("If-None-Match") == etag
                    or (not self.headers.get("If-None-Match") and self.headers.get("If-Modified-Since") == lastmod)):
                hit.status = 304
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            extra = {"ETag": etag, "Last-Modified": lastmod} if page.validators and page.status == 200 else {}
            if step == "drip":  # the body a few bytes at a time, slowly (a slow-loris server)
                self.send_response(page.status)
                self.send_header("Content-Type", page.content_type)
                self.send_header("Content-Length", str(len(page.body)))
                self.end_headers()
                try:
                    for i in range(0, len(page.body), 16):
                        self.wfile.write(page.body[i:i + 16])
                        self.wfile.flush()
                        time.sleep(0.1)
                except OSError:  # the client hung up: what a deadline does
                    pass
                hit.status = page.status
                return
            if step == "gzip2":  # two layers of gzip: a small body that inflates twice
                body = gzip.compress(gzip.compress(page.body))
                self.send_response(page.status)
                self.send_header("Content-Type", page.content_type)
                self.send_header("Content-Encoding", "gzip, gzip")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                hit.status = page.status
                return
            if step == "truncated":
                self.send_response(page.status)
                self.send_header("Content-Type", page.content_type)
                self.send_header("Content-Length", str(len(page.body)))
                self.end_headers()
                self.wfile.write(page.body[: len(page.body) // 2])
                self.wfile.flush()
                self.close_connection = True
                hit.status = -page.status
                return
            hit.status = page.status
            self._send(page.status, page.body, page.content_type, extra)

        def _page(self, path: str) -> Page | None:
            mm = re.fullmatch(r"/news/list(?:_(\d+))?\.shtml", path)
            if mm:
                n = int(mm.group(1) or 1)
                if n > m.n_listing_pages():
                    return None
                return Page(m.listing(n), validators=False)
            return m.pages.get(path)

        def _send(self, status: int, body: bytes, ctype: str, extra: dict | None = None):
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (extra or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

    return H


def standard_mirror(slow_seconds: float = 1.5) -> Mirror:
    """The mirror every crawl test uses: 3 listing pages, good articles, and one of each fault."""
    m = Mirror(per_page=5, slow_seconds=slow_seconds)
    good = [m.add_article(m.article_path(i)) for i in range(9)]  # noqa: F841
    m.add_article("/news/2024/3/3/faulty429.shtml")
    m.plan("/news/2024/3/3/faulty429.shtml", ["429"])
    m.add_article("/news/2024/3/4/flaky503.shtml")
    m.plan("/news/2024/3/4/flaky503.shtml", ["503", "503"])
    m.add_article("/news/2024/3/5/slow.shtml")
    m.plan("/news/2024/3/5/slow.shtml", ["timeout"])
    m.add_article("/news/2024/3/6/reset.shtml")
    m.plan("/news/2024/3/6/reset.shtml", ["reset"])
    m.add_article("/news/2024/3/7/truncated.shtml")
    m.plan("/news/2024/3/7/truncated.shtml", ["truncated"])
    # a moved article: the listed URL redirects to its new address
    m.add_article("/news/2024/3/8/new-home.shtml", listed=False)
    m.set_page("/news/2024/3/8/moved.shtml", Page(b"", status=301, location="/news/2024/3/8/new-home.shtml"), listed=True)
    # not articles, although they answer 200
    m.set_page("/news/2024/3/9/wall.shtml", Page(BOT_WALL), listed=True)
    m.set_page("/news/2024/3/10/soft404.shtml", Page(SOFT_404), listed=True)
    m.set_page("/news/2024/3/11/empty.shtml", Page(b""), listed=True)
    # always down: retries must stop
    m.add_article("/news/2024/3/12/down.shtml")
    m.plan("/news/2024/3/12/down.shtml", ["503"] * 50)
    # never to be requested
    m.add_article("/news/private/2024/3/13/secret.shtml")
    m.extra_links[1] = [f"http://localhost:{m.port}/news/2024/3/14/elsewhere.shtml",
                        f"{m.article_path(0)}#comments",
                        "/news/2024/3/15/offsite-redirect.shtml"]
    m.set_page("/news/2024/3/15/offsite-redirect.shtml",
               Page(b"", status=302, location=f"http://localhost:{m.port}/news/2024/3/14/elsewhere.shtml"))
    m.add_article("/news/2024/3/14/elsewhere.shtml", listed=False)
    return m


def mirror_sources_toml(m: Mirror, *, rate: float = 10, name: str = "mirror", timeout: float = 0.5,
                        max_attempts: int = 3, extra: str = "") -> str:
    return f"""
[crawler]
user_agent = "readouts-test/0.1 (+https://example.org/readouts-test)"

[schedule]
cron = "0 6 * * *"

[sources.{name}]
start_urls = ["{m.base}/news/list.shtml"]
article_pattern = '{ARTICLE_RX}'
follow_pattern = '{FOLLOW_RX}'
allowed_hosts = ["127.0.0.1"]
rate = {rate}
concurrency = 2
timeout = {timeout}
max_attempts = {max_attempts}
backoff = 0.05
max_backoff = 3
{extra}
"""
