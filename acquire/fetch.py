"""Polite, robust HTTP fetching (httpx + protego + tenacity); no Prefect here.

What every request goes through (`Fetcher.fetch`):
  * robots.txt of the host (protego), fetched once per host and archived like any response;
    Crawl-delay lowers the rate; an unreachable robots.txt (5xx, network) means "disallow all"
    for this run, a 4xx means "allow all" (RFC 9309);
  * the host's gate: at most `rate` request starts per second and `concurrency` requests in flight;
    a 429's Retry-After also holds back every other request to that host;
  * an identifying User-Agent with a contact URL;
  * redirects followed by hand (at most 5), each hop checked against allowed_hosts and robots.txt;
  * a size cap (Content-Length, then the bytes actually read);
  * retries (tenacity), bounded by max_attempts, with exponential backoff and jitter, on timeouts,
    connection errors, resets, truncated bodies, 5xx and 429 (Retry-After honoured, up to max_backoff;
    a longer Retry-After gives up on the URL for this run);
  * conditional requests (If-None-Match / If-Modified-Since) when validators are known.

`check_article` is the content check: a 200 that is not an article (bot wall, "enable JavaScript",
empty or near-empty body, soft 404) is not a document.
"""
from __future__ import annotations

import email.utils
import random
import re
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego
from tenacity import RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt

from readouts.acquire.sources import DEFAULT_USER_AGENT, Source, allowed_ports, origin_allowed
from readouts.clock import now_utc
from readouts.inputs import RawInput

MAX_REDIRECTS = 5
MIN_ARTICLE_TEXT = 200  # characters of visible text below which a 200 is "near-empty"
SHORT_PAGE_TEXT = 3000  # bot walls and soft 404s are short pages; markers are only trusted there
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504, 507, 508, 509, 520, 521, 522, 523, 524})


class FetchError(Exception):
    """A single URL could not be fetched as a document (run-document)."""


@dataclass
class FetchResult:
    url: str  # as requested
    final_url: str  # after redirects
    status: int | None = None  # None: no HTTP response at all
    headers: dict = field(default_factory=dict)  # lower-case names
    body: bytes = b""
    fetched_at: datetime | None = None
    attempts: int = 0
    requests: int = 0  # HTTP requests sent for this URL (retries and redirect hops included)
    error_type: str | None = None  # set when the fetch failed (after retries)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error_type is None and self.status is not None and 200 <= self.status < 300

    @property
    def not_modified(self) -> bool:
        return self.error_type is None and self.status == 304

    @property
    def gone(self) -> bool:
        return self.status in (404, 410)

    def describe(self) -> str:
        if self.error:
            return self.error
        return f"HTTP {self.status}"


class _RetryableStatus(Exception):
    def __init__(self, result: FetchResult, retry_after: float | None):
        super().__init__(f"HTTP {result.status}")
        self.result = result
        self.retry_after = retry_after


class _Fatal(Exception):
    """Not worth retrying: the outcome is final for this run."""

    def __init__(self, error_type: str, message: str, result: FetchResult | None = None):
        super().__init__(message)
        self.error_type = error_type
        self.message = message
        self.result = result


_RETRY_EXC = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError, _RetryableStatus)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


_SHARED_GATES: dict[str, HostGate] = {}
_SHARED_LOCK = threading.Lock()


class HostGate:
    """Per-host politeness: request starts spaced 1/rate apart, at most `concurrency` in flight."""

    def __init__(self, rate: float, concurrency: int, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self.interval = 1.0 / rate
        self.slots = threading.BoundedSemaphore(max(1, concurrency))
        self.lock = threading.Lock()
        self.next_start = 0.0
        self.last_start = float("-inf")
        self.clock = clock
        self.sleep = sleep

    def slow_down(self, rate: float) -> None:
        with self.lock:
            self.interval = max(self.interval, 1.0 / rate)

    def hold(self, seconds: float) -> None:
        """Nobody starts a request to this host for `seconds` (Retry-After)."""
        with self.lock:
            self.next_start = max(self.next_start, self.clock() + seconds)

    @contextmanager
    def request(self):
        with self.slots:
            while True:
                with self.lock:
                    now = self.clock()
                    start = max(now, self.next_start, self.last_start + self.interval)
                    if start <= now:  # our turn: the spacing is measured from the actual start
                        self.last_start = now
                        self.next_start = max(self.next_start, now + self.interval)
                        break
                    self.next_start = max(self.next_start, start)
                self.sleep(start - now)
            yield


@dataclass
class RobotsRecord:
    """robots.txt of one host: the parsed rules (None: allow all / disallow all) and the response."""

    rules: Protego | None
    allow_all: bool
    result: FetchResult | None


class Fetcher:
    """One crawl's HTTP client: shared connection pool, per-host gates, robots cache, request count."""

    def __init__(self, *, allowed_hosts: list[str], user_agent: str = DEFAULT_USER_AGENT, rate: float = 1.0,
                 concurrency: int = 2, timeout: float = 30.0, max_attempts: int = 4, backoff: float = 2.0,
                 max_backoff: float = 120.0, max_bytes: int = 10 * 1024 * 1024, respect_robots: bool = True,
                 transport: httpx.BaseTransport | None = None, sleep: Callable[[float], None] = time.sleep,
                 on_response: Callable[[str, FetchResult], None] | None = None, share_gates: bool = True,
                 allowed_ports: dict[str, set[int]] | None = None, deadline: float = 120.0):
        self.allowed_hosts = {h.lower() for h in allowed_hosts}
        self.deadline = deadline  # seconds for one response, body included (timeout bounds each read only)
        self.allowed_ports = allowed_ports  # per host; None: the standard ports only
        self.user_agent = user_agent
        self.rate = rate
        self.concurrency = concurrency
        self.max_attempts = max_attempts
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_bytes = max_bytes
        self.respect_robots = respect_robots
        self.sleep = sleep
        self.on_response = on_response  # called for every robots.txt response (to archive it)
        # gates are shared by every Fetcher of the process, so two sources on one host (crawled in
        # parallel) still share that host's rate and concurrency (the slowest rate wins)
        self.share_gates = share_gates
        self.client = httpx.Client(
            timeout=httpx.Timeout(timeout), follow_redirects=False, transport=transport,
            headers={"User-Agent": user_agent, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
                     "Accept-Language": "en,zh;q=0.5"},
            limits=httpx.Limits(max_connections=max(4, concurrency * 2), max_keepalive_connections=max(2, concurrency)),
        )
        self._gates: dict[str, HostGate] = {}
        self._robots: dict[str, RobotsRecord] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()
        self.requests = 0  # HTTP requests sent, all hosts, robots.txt included

    @classmethod
    def for_source(cls, source: Source, **kw) -> Fetcher:
        return cls(allowed_hosts=source.allowed_hosts, allowed_ports=allowed_ports(source.start_urls),
                   user_agent=source.user_agent, rate=source.rate,
                   concurrency=source.concurrency, timeout=source.timeout, max_attempts=source.max_attempts,
                   backoff=source.backoff, max_backoff=source.max_backoff, max_bytes=source.max_bytes,
                   deadline=source.deadline,
                   respect_robots=source.respect_robots, **kw)

    def close(self) -> None:
        self.client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- politeness --------------------------------------------------------------------------
    def gate(self, url: str) -> HostGate:
        key = _host_key(url)
        with self._lock:
            if key not in self._gates:
                if self.share_gates:
                    with _SHARED_LOCK:
                        g = _SHARED_GATES.get(key)
                        if g is None:
                            g = _SHARED_GATES[key] = HostGate(self.rate, self.concurrency)
                        g.slow_down(self.rate)
                else:
                    g = HostGate(self.rate, self.concurrency, sleep=self.sleep)
                self._gates[key] = g
                self._robots_locks[key] = threading.Lock()
            return self._gates[key]

    def host_allowed(self, url: str) -> bool:
        return origin_allowed(url, self.allowed_hosts, self.allowed_ports)

    def robots(self, url: str) -> RobotsRecord:
        key = _host_key(url)
        self.gate(url)
        with self._robots_locks[key]:
            rec = self._robots.get(key)
            if rec is None:
                rec = self._fetch_robots(key)
                self._robots[key] = rec
            return rec

    def _fetch_robots(self, key: str) -> RobotsRecord:
        robots_url = key + "/robots.txt"
        res = self._fetch(robots_url, {}, check_robots=False, max_bytes=512 * 1024)
        if self.on_response is not None:
            self.on_response("robots", res)
        if res.ok:
            text = res.body.decode("utf-8", errors="replace")
            rules = Protego.parse(text)
            delay = rules.crawl_delay(self.user_agent)
            if delay:
                self.gate(robots_url).slow_down(1.0 / float(delay))
            return RobotsRecord(rules, False, res)
        if res.status is not None and 400 <= res.status < 500:
            return RobotsRecord(None, True, res)  # no robots.txt: everything is allowed
        return RobotsRecord(None, False, res)  # unreachable: assume complete disallow (RFC 9309 2.3.1.4)

    def allowed_by_robots(self, url: str) -> bool:
        if not self.respect_robots:
            return True
        rec = self.robots(url)
        if rec.rules is None:
            return rec.allow_all
        return rec.rules.can_fetch(url, self.user_agent)

    # -- fetching ----------------------------------------------------------------------------
    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        """GET url politely, with retries; never raises for network or HTTP problems."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._fetch(url, headers, check_robots=True, max_bytes=self.max_bytes)

    def _fetch(self, url: str, headers: dict, *, check_robots: bool, max_bytes: int) -> FetchResult:
        state = FetchResult(url=url, final_url=url)
        if not self.host_allowed(url):
            return _failed(state, "OffSite", f"host of {url} is not in allowed_hosts: not requested")
        if check_robots and not self.allowed_by_robots(url):
            rec = self._robots.get(_host_key(url))
            if rec is not None and rec.rules is None and not rec.allow_all:
                # RFC 9309: an unreachable robots.txt means "disallow all"; say why, not just "disallowed"
                why = rec.result.describe() if rec.result is not None else "no answer"
                return _failed(state, "RobotsUnreachable",
                               f"robots.txt could not be fetched ({why}): nothing is requested from this host")
            return _failed(state, "RobotsDisallowed", "disallowed by robots.txt: not requested")

        retrying = Retrying(
            stop=self._stop, wait=self._wait, retry=retry_if_exception_type(_RETRY_EXC),
            reraise=True, sleep=self.sleep,
        )
        try:
            for attempt in retrying:
                with attempt:
                    state.attempts += 1
                    result = self._attempt(url, headers, state, check_robots, max_bytes)
            result.attempts, result.requests = state.attempts, state.requests
            return result
        except _Fatal as e:
            res = e.result or state
            res.attempts, res.requests = state.attempts, state.requests
            return _failed(res, e.error_type, e.message)
        except _RetryableStatus as e:
            res = e.result
            res.attempts, res.requests = state.attempts, state.requests
            why = f"HTTP {res.status} after {state.attempts} attempt(s)"
            if e.retry_after is not None and e.retry_after > self.max_backoff:
                why += f" (Retry-After {e.retry_after:.0f} s is over the {self.max_backoff:.0f} s cap: try next run)"
            return _failed(res, f"HTTP{res.status}", why)
        except httpx.TimeoutException as e:
            return _failed(state, "Timeout", f"{type(e).__name__} after {state.attempts} attempt(s)")
        except (httpx.NetworkError, httpx.RemoteProtocolError) as e:
            return _failed(state, type(e).__name__, f"{_one_line(e)} (after {state.attempts} attempt(s))")
        except (httpx.HTTPError, httpx.InvalidURL, httpx.CookieConflict, UnicodeError, ValueError) as e:
            return _failed(state, type(e).__name__, _one_line(e))  # invalid URL, unsupported protocol, ...

    def _attempt(self, url: str, headers: dict, state: FetchResult, check_robots: bool, max_bytes: int) -> FetchResult:
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            gate = self.gate(current)
            with gate.request():
                with self._lock:
                    self.requests += 1
                state.requests += 1
                fetched_at = now_utc()
                started = time.monotonic()
                with self.client.stream("GET", current, headers=headers) as resp:
                    res = FetchResult(url=url, final_url=current, status=resp.status_code,
                                      headers={k.lower(): v for k, v in resp.headers.items()},
                                      fetched_at=fetched_at)
                    if resp.is_redirect:
                        location = resp.headers.get("location")
                    else:
                        location = None
                        declared = resp.headers.get("content-length")
                        if declared and declared.isdigit() and int(declared) > max_bytes:
                            raise _Fatal("TooLarge", f"Content-Length {int(declared):,} is over the {max_bytes:,}-byte cap", res)
                        layers = [e for e in (x.strip().lower() for x in resp.headers.get("content-encoding", "").split(","))
                                  if e and e != "identity"]
                        if len(layers) > 1:  # each layer multiplies: 1.8 KB of gzip-in-gzip inflated to 2 GB
                            raise _Fatal("NestedEncoding", f"Content-Encoding {', '.join(layers)}: more than one "
                                                           "compression layer is refused", res)
                        chunks, size = [], 0
                        for chunk in resp.iter_bytes():
                            size += len(chunk)
                            if size > max_bytes:
                                raise _Fatal("TooLarge", f"body is over the {max_bytes:,}-byte cap", res)
                            if time.monotonic() - started > self.deadline:  # a slow drip is cut off
                                raise _Fatal("TooSlow", f"response not complete after {self.deadline:g} s "
                                                        f"({size:,} bytes received)", res)
                            chunks.append(chunk)
                        res.body = b"".join(chunks)
            if location is not None:
                nxt = urljoin(current, location)
                if not self.host_allowed(nxt):
                    raise _Fatal("OffSiteRedirect", f"redirects to {nxt}, a host not in allowed_hosts: not followed", res)
                if check_robots and not self.allowed_by_robots(nxt):
                    raise _Fatal("RobotsDisallowed", f"redirects to {nxt}, disallowed by robots.txt: not followed", res)
                current = nxt
                continue
            if res.status in RETRY_STATUSES:
                retry_after = parse_retry_after(res.headers.get("retry-after"))
                if res.status == 429 or retry_after is not None:
                    gate.hold(min(retry_after if retry_after is not None else self.backoff, self.max_backoff))
                raise _RetryableStatus(res, retry_after)
            return res
        raise _Fatal("TooManyRedirects", f"more than {MAX_REDIRECTS} redirects")

    def _stop(self, rs: RetryCallState) -> bool:
        if stop_after_attempt(self.max_attempts)(rs):
            return True
        exc = rs.outcome.exception() if rs.outcome else None
        return isinstance(exc, _RetryableStatus) and exc.retry_after is not None and exc.retry_after > self.max_backoff

    def _wait(self, rs: RetryCallState) -> float:
        n = rs.attempt_number
        wait = min(self.max_backoff, self.backoff * (2 ** (n - 1)))
        wait = wait * (0.5 + random.random())  # full jitter around the exponential step
        exc = rs.outcome.exception() if rs.outcome else None
        if isinstance(exc, _RetryableStatus) and exc.retry_after is not None:
            wait = max(wait, exc.retry_after)  # the gate holds the host as long; wait at least that
        return min(wait, self.max_backoff)


def _failed(res: FetchResult, error_type: str, message: str) -> FetchResult:
    res.error_type = error_type
    res.error = message
    if res.fetched_at is None:
        res.fetched_at = now_utc()
    return res


def _host_key(url: str) -> str:
    p = urlsplit(url)
    return f"{p.scheme}://{p.netloc.lower()}"


def _one_line(e: BaseException) -> str:
    return (str(e).splitlines() or [type(e).__name__])[0][:300] or type(e).__name__


# -- content check -----------------------------------------------------------------------------

_BOT_WALL = re.compile(
    r"enable javascript|javascript (?:is )?(?:disabled|required)|turn on javascript|browser does not support javascript"
    r"|verify (?:that )?you are (?:a )?human|are you a robot|captcha|access denied|request (?:was )?blocked"
    r"|unusual traffic|too many requests|security check|checking your browser|ddos protection"
    r"|请开启\s*javascript|启用\s*javascript|访问过于频繁|安全验证|验证码|访问被拒绝|请求被拦截",
    re.I,
)
_SOFT_404 = re.compile(
    r"\b404\b|not found|page (?:does not|doesn't) exist|no longer available|has been removed|has been deleted"
    r"|页面不存在|页面未找到|找不到(?:该|您要访问的)?页面|您访问的页面不存在|已删除",
    re.I,
)


def visible_text(body: bytes, headers: dict | None = None) -> tuple[str, str]:
    """(title, visible text) of an HTML page, scripts and styles removed."""
    import lxml.html

    from readouts.acquire.discover import decode

    text = decode(body, headers)
    if not text.strip():
        return "", ""
    try:
        tree = lxml.html.document_fromstring(text)
    except (ValueError, lxml.etree.ParserError):
        return "", text
    for bad in tree.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    title = " ".join(" ".join(tree.xpath("//title//text()")).split())
    body_el = tree.find("body")
    visible = " ".join((body_el if body_el is not None else tree).text_content().split())
    return title, visible


def noscript_text(body: bytes) -> str:
    m = re.search(rb"<noscript[^>]*>(.*?)</noscript>", body, re.I | re.S)
    return m.group(1).decode("utf-8", errors="replace") if m else ""


def check_article(body: bytes, headers: dict | None = None) -> tuple[str, str] | None:
    """(error_type, message) when a 2xx article response is not an article; None when it may be one."""
    headers = {k.lower(): v for k, v in (headers or {}).items()}
    ctype = headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype and not ("html" in ctype or ctype in ("text/xml", "application/xml", "text/plain")):
        return "NotHTML", f"content type {ctype} is not a web page"
    if not body.strip():
        return "EmptyBody", "empty body"
    title, text = visible_text(body, headers)
    short = len(text) < SHORT_PAGE_TEXT
    if short:
        m = _BOT_WALL.search(text) or _BOT_WALL.search(title) or _BOT_WALL.search(noscript_text(body))
        if m and len(text) < SHORT_PAGE_TEXT:
            return "BotWall", f"looks like a bot wall or script-only page ({m.group(0)!r}, {len(text)} characters of text)"
        m = _SOFT_404.search(title) or (_SOFT_404.search(text[:300]) if len(text) < 1000 else None)
        if m:
            return "Soft404", f"200 response that reads as an error page ({m.group(0)!r})"
    if len(text) < MIN_ARTICLE_TEXT:
        return "NearEmpty", f"only {len(text)} characters of visible text"
    return None


# -- one URL (run-document) ---------------------------------------------------------------------

def fetch_document(url: str, *, user_agent: str | None = None, timeout: float = 30.0, max_attempts: int = 3,
                   transport: httpx.BaseTransport | None = None):
    """Fetch one article URL politely (robots.txt, retries, size cap, content check) -> RawInput.

    Raises FetchError with a one-line reason when the URL does not give an article page.
    """
    host = (urlsplit(url).hostname or "").lower()
    if urlsplit(url).scheme not in ("http", "https") or not host:
        raise FetchError(f"not an http(s) URL: {url}")
    with Fetcher(allowed_hosts=[host], allowed_ports=allowed_ports([url]), user_agent=user_agent or DEFAULT_USER_AGENT,
                 rate=1.0, concurrency=1,
                 timeout=timeout, max_attempts=max_attempts, backoff=1.0, max_backoff=30.0,
                 transport=transport) as f:
        res = f.fetch(url)
    if res.error_type:
        raise FetchError(f"{url}: {res.error_type}: {res.describe()}")
    if not res.ok:
        raise FetchError(f"{url}: HTTP {res.status}")
    bad = check_article(res.body, res.headers)
    if bad:
        raise FetchError(f"{url}: not an article: {bad[1]}")
    return RawInput(input=url, body=res.body, url=res.final_url, headers=res.headers, status=res.status,
                    fetched_at=res.fetched_at, source=host)


__all__ = ["Fetcher", "FetchResult", "FetchError", "HostGate", "check_article", "fetch_document",
           "parse_retry_after", "RETRY_STATUSES"]
