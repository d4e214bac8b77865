"""Crawl sources, declared in TOML (`acquire/sources.toml`, installed with the package, or any file given with --sources).

```toml
[crawler]                                  # optional defaults for every source
user_agent = "readouts/0.1 (+https://example.org/contact)"

[schedule]                                 # used by `readouts serve`
cron = "0 6 * * *"
timezone = "UTC"

[sources.NAME]
start_urls = ["https://..."]              # listing pages to start from
article_pattern = '...'                    # regex searched in an absolute URL: an article page
follow_pattern = '...'                     # regex: a listing/pagination page to follow
allowed_hosts = ["www.sc.gov.cn"]         # nothing else is requested (redirects included)
rate = 2                                   # requests per second per host (default 1)
max_pages = 1000                           # listing pages per run (default 1000)
concurrency = 2                            # parallel requests per host (default 2)
since = 2024-01-01                         # skip articles whose URL date is older
user_agent = "..."                         # overrides [crawler].user_agent
article_id = '/([0-9a-f]{32}|[0-9]{6,})[.]shtml$'  # one group: the site's id of an article in its URL
```

`article_id` lets a readout keep its document when the site moves it to a new URL (a new CMS path, http
to https): a page whose URL yields the id of exactly one known live document of the source continues it.

Validation is strict: an unknown key is an error (a typo must not silently turn a limit off).
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, fields
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlsplit

from readouts._version import __version__

REPO_SOURCES = Path(__file__).resolve().parent / "sources.toml"  # package data, so a wheel can crawl
DEFAULT_CONTACT = "https://example.org/readouts-crawler"  # placeholder: set [crawler] user_agent
DEFAULT_USER_AGENT = f"readouts/{__version__} (meeting-readouts research crawler; +{DEFAULT_CONTACT})"
DEFAULT_CRON = "0 6 * * *"


class SourceConfigError(ValueError):
    """The sources file is missing, unreadable or invalid (one clear line)."""


@dataclass
class Source:
    name: str
    start_urls: list[str]
    article_pattern: re.Pattern
    follow_pattern: re.Pattern
    allowed_hosts: list[str]
    rate: float = 1.0  # requests per second per host
    max_pages: int = 1000  # listing pages per run: a bound against pagination traps
    max_articles_per_page: int = 200  # article links kept from one listing page (a news list has tens)
    max_articles: int = 2000  # article requests per run (at rate 1/s, about 35 minutes)
    concurrency: int = 2  # parallel requests per host
    since: date | None = None
    user_agent: str = DEFAULT_USER_AGENT
    # fetch tuning (defaults suit live sites; tests shorten them)
    timeout: float = 30.0  # seconds, connect/read/write/pool each
    deadline: float = 120.0  # seconds for a whole response, body included (a 1 byte/s drip is cut off)
    max_attempts: int = 4  # per URL, the first try included
    backoff: float = 2.0  # first retry waits about this long, doubling, with jitter
    max_backoff: float = 120.0  # cap on one wait, Retry-After included
    max_bytes: int = 10 * 1024 * 1024  # response size cap
    revisit: str = "conditional"  # known articles on visited listing pages: "conditional" | "none"
    respect_robots: bool = True  # only a test may turn this off
    article_id: re.Pattern | None = None  # one group: the site's article id in a URL (kept across URL moves)

    def is_article(self, url: str) -> bool:
        return bool(self.article_pattern.search(url))

    def article_key(self, url: str | None) -> str | None:
        """The site's id of the article at `url` (the `article_id` pattern's group), or None."""
        m = self.article_id.search(url) if self.article_id is not None and url else None
        return m.group(1) if m and m.group(1) else None

    def is_listing(self, url: str) -> bool:
        return bool(self.follow_pattern.search(url)) and not self.is_article(url)

    def host_allowed(self, url: str) -> bool:
        return origin_allowed(url, self.allowed_hosts, allowed_ports(self.start_urls))


DEFAULT_PORTS = frozenset({80, 443})


def allowed_ports(start_urls: list[str]) -> dict[str, set[int]]:
    """Per host, the ports a crawl may request: the standard ones and those its start URLs name."""
    out: dict[str, set[int]] = {}
    for u in start_urls:
        parts = urlsplit(u)
        host = (parts.hostname or "").lower()
        try:
            port = parts.port
        except ValueError:
            continue
        out.setdefault(host, set(DEFAULT_PORTS)).update({port} if port else set())
    return out


def origin_allowed(url: str, hosts, ports: dict[str, set[int]] | None = None) -> bool:
    """Is the URL on an allowed host *and* port? A redirect to another port of an allowed host is another
    server (an admin console, a test service) and is not followed."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or (parts.hostname or "").lower() not in hosts:
        return False
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:  # a port out of range or not a number
        return False
    return port in ((ports or {}).get((parts.hostname or "").lower()) or DEFAULT_PORTS)


@dataclass
class Config:
    sources: dict[str, Source]
    cron: str = DEFAULT_CRON
    timezone: str = "UTC"
    path: str | None = None


_REQUIRED = ("start_urls", "article_pattern", "follow_pattern", "allowed_hosts")
_OPTIONAL = {f.name for f in fields(Source)} - set(_REQUIRED) - {"name"}
_CRAWLER_KEYS = _OPTIONAL - {"since", "article_id"}
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


def load_config(path: str | Path | None = None) -> Config:
    """Read and validate a sources file (default: the sources.toml installed with the package)."""
    p = Path(path) if path else REPO_SOURCES
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourceConfigError(f"sources file not found: {p}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise SourceConfigError(f"cannot read sources file {p}: {e}") from None
    except tomllib.TOMLDecodeError as e:
        raise SourceConfigError(f"{p}: invalid TOML: {e}") from None
    return parse_config(data, str(p))


def load_sources(path: str | Path | None = None, names: list[str] | None = None) -> list[Source]:
    cfg = load_config(path)
    return select(cfg, names)


def select(cfg: Config, names: list[str] | None) -> list[Source]:
    if not names:
        return list(cfg.sources.values())
    unknown = [n for n in names if n not in cfg.sources]
    if unknown:
        raise SourceConfigError(f"unknown source(s) {', '.join(unknown)}; {cfg.path} declares: {', '.join(cfg.sources)}")
    return [cfg.sources[n] for n in names]


def parse_config(data: dict, where: str = "<config>") -> Config:
    extra = set(data) - {"sources", "crawler", "schedule"}
    if extra:
        raise SourceConfigError(f"{where}: unknown top-level table(s): {', '.join(sorted(extra))}")
    crawler = data.get("crawler", {})
    if not isinstance(crawler, dict):
        raise SourceConfigError(f"{where}: [crawler] must be a table")
    bad = set(crawler) - _CRAWLER_KEYS
    if bad:
        raise SourceConfigError(f"{where}: [crawler]: unknown key(s) {', '.join(sorted(bad))}")
    schedule = data.get("schedule", {})
    if not isinstance(schedule, dict) or set(schedule) - {"cron", "timezone"}:
        raise SourceConfigError(f"{where}: [schedule] takes only cron and timezone")
    cron = str(schedule.get("cron", DEFAULT_CRON))
    if len(cron.split()) not in (5, 6):
        raise SourceConfigError(f"{where}: [schedule] cron {cron!r} is not a cron expression (5 fields)")
    raw_sources = data.get("sources")
    if not isinstance(raw_sources, dict) or not raw_sources:
        raise SourceConfigError(f"{where}: no [sources.NAME] tables")
    sources = {}
    for name, body in raw_sources.items():
        if not isinstance(body, dict):
            raise SourceConfigError(f"{where}: sources.{name} must be a table")
        sources[name] = parse_source(name, {**crawler, **body}, where)
    return Config(sources=sources, cron=cron, timezone=str(schedule.get("timezone", "UTC")), path=where)


def parse_source(name: str, body: dict, where: str = "<config>") -> Source:  # noqa: C901 - over the complexity budget; to be split
    ctx = f"{where}: sources.{name}"
    if not _NAME.match(name):
        raise SourceConfigError(f"{ctx}: a source name is letters, digits, '_', '-' or '.'")
    missing = [k for k in _REQUIRED if k not in body]
    if missing:
        raise SourceConfigError(f"{ctx}: missing {', '.join(missing)}")
    unknown = set(body) - set(_REQUIRED) - _OPTIONAL
    if unknown:
        raise SourceConfigError(f"{ctx}: unknown key(s) {', '.join(sorted(unknown))}")

    hosts = body["allowed_hosts"]
    if not isinstance(hosts, list) or not hosts or not all(isinstance(h, str) and h.strip() for h in hosts):
        raise SourceConfigError(f"{ctx}: allowed_hosts must be a non-empty list of host names")
    hosts = [h.strip().lower() for h in hosts]
    for h in hosts:
        if "/" in h or ":" in h and not h.startswith("["):
            raise SourceConfigError(f"{ctx}: allowed_hosts holds host names only (no scheme, port or path): {h!r}")

    starts = body["start_urls"]
    if not isinstance(starts, list) or not starts or not all(isinstance(u, str) for u in starts):
        raise SourceConfigError(f"{ctx}: start_urls must be a non-empty list of URLs")
    for u in starts:
        parts = urlsplit(u)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise SourceConfigError(f"{ctx}: start URL {u!r} is not an absolute http(s) URL")
        if parts.hostname.lower() not in hosts:
            raise SourceConfigError(f"{ctx}: start URL {u!r} is on a host not in allowed_hosts")

    pats = {}
    for key in ("article_pattern", "follow_pattern"):
        if not isinstance(body[key], str) or not body[key]:
            raise SourceConfigError(f"{ctx}: {key} must be a non-empty regular expression")
        try:
            pats[key] = re.compile(body[key])
        except re.error as e:
            raise SourceConfigError(f"{ctx}: {key} is not a valid regular expression: {e}") from None

    kw: dict = {}
    for key, typ, lo in (("rate", float, 0.0), ("timeout", float, 0.0), ("deadline", float, 0.0), ("backoff", float, -1.0),
                         ("max_backoff", float, -1.0)):
        if key in body:
            v = body[key]
            if isinstance(v, bool) or not isinstance(v, (int, float)) or not v > lo:
                raise SourceConfigError(f"{ctx}: {key} must be a number > {max(lo, 0):g}")
            kw[key] = typ(v)
    for key in ("max_pages", "concurrency", "max_attempts", "max_bytes", "max_articles_per_page", "max_articles"):
        if key in body:
            v = body[key]
            if isinstance(v, bool) or not isinstance(v, int) or v < 1:
                raise SourceConfigError(f"{ctx}: {key} must be an integer >= 1")
            kw[key] = v
    if "since" in body:
        kw["since"] = parse_since(body["since"], ctx)
    if "user_agent" in body:
        ua = body["user_agent"]
        if not isinstance(ua, str) or not ua.strip():
            raise SourceConfigError(f"{ctx}: user_agent must be a non-empty string")
        kw["user_agent"] = ua.strip()
    if "revisit" in body:
        if body["revisit"] not in ("conditional", "none"):
            raise SourceConfigError(f"{ctx}: revisit is 'conditional' or 'none'")
        kw["revisit"] = body["revisit"]
    if "article_id" in body:
        kw["article_id"] = _article_id(body["article_id"], ctx)
    if "respect_robots" in body:
        if not isinstance(body["respect_robots"], bool):
            raise SourceConfigError(f"{ctx}: respect_robots must be true or false")
        kw["respect_robots"] = body["respect_robots"]
    return Source(name=name, start_urls=list(starts), article_pattern=pats["article_pattern"],
                  follow_pattern=pats["follow_pattern"], allowed_hosts=hosts, **kw)


def _article_id(value, ctx: str) -> re.Pattern:
    if not isinstance(value, str) or not value:
        raise SourceConfigError(f"{ctx}: article_id must be a non-empty regular expression")
    try:
        rx = re.compile(value)
    except re.error as e:
        raise SourceConfigError(f"{ctx}: article_id is not a valid regular expression: {e}") from None
    if rx.groups != 1:
        raise SourceConfigError(f"{ctx}: article_id must have exactly one group, the id (it has {rx.groups})")
    return rx


def parse_since(value, ctx: str = "since") -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise SourceConfigError(f"{ctx}: since must be a date (YYYY-MM-DD), got {value!r}") from None


__all__ = ["Source", "Config", "SourceConfigError", "load_config", "load_sources", "parse_config", "parse_source",
           "select", "REPO_SOURCES", "DEFAULT_USER_AGENT"]
