"""Link discovery on listing pages: every link, matched against a source's patterns.

Discovery does not depend on where links sit in a listing page's layout (a redesign that moves
the list into another <div> changes nothing); only the URL patterns decide. URLs are made absolute
against the page's URL (or its <base href>), fragments are stripped, and only http(s) URLs on the
source's allowed hosts are kept.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urldefrag, urljoin, urlsplit, urlunsplit

import lxml.html

from readouts.acquire.sources import Source

# attributes that hold links people (and crawlers) follow
_LINK_XPATH = "//a[@href] | //area[@href] | //link[@rel='next' or @rel='prev'][@href] | //option[@value]"
# a date in the URL path, as on most government CMSs: /2024/2/27/ or /2024-02/27/ or /202402/27/
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-]?(\d{1,2})/(\d{1,2})/")
_URL_DATE_COMPACT = re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})/")


@dataclass
class Links:
    articles: list[str] = field(default_factory=list)  # in page order, no duplicates
    listings: list[str] = field(default_factory=list)
    ignored_hosts: list[str] = field(default_factory=list)  # matching links on hosts not allowed


def decode(body: bytes, headers: dict | None = None) -> str:
    """Bytes -> text, charset from the HTTP header, then the page (<meta charset>), then guesses."""
    try:
        from readouts.extract.encoding import decode_html
    except ImportError:  # pragma: no cover - the shared decoder is always there in the package
        return body.decode("utf-8", errors="replace")
    return decode_html(body, headers)[0]


def normalize_url(href: str, base: str) -> str | None:
    """Absolute http(s) URL without fragment and with a lower-case host, or None for other links."""
    href = (href or "").strip()
    if not href or href.startswith(("javascript:", "mailto:", "tel:", "data:", "#")):
        return None
    try:
        url, _frag = urldefrag(urljoin(base, href))
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    netloc = parts.netloc
    host = parts.hostname
    if host != host.lower() or netloc.endswith((":80", ":443")):
        port = parts.port
        default = {"http": 80, "https": 443}[parts.scheme]
        netloc = host.lower() + (f":{port}" if port and port != default else "")
    return urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))


def extract_links(body: bytes, page_url: str, headers: dict | None = None) -> list[str]:
    """All absolute http(s) link targets on a page, in document order, without duplicates."""
    text = decode(body, headers)
    if not text.strip():
        return []
    try:
        tree = lxml.html.document_fromstring(text)
    except (ValueError, lxml.etree.ParserError):
        return []
    base = page_url
    for b in tree.xpath("//base[@href]"):
        base = urljoin(page_url, b.get("href"))
        break
    seen: dict[str, None] = {}
    for el in tree.xpath(_LINK_XPATH):
        href = el.get("href") if el.tag != "option" else el.get("value")
        url = normalize_url(href, base)
        if url is not None and url not in seen:
            seen[url] = None
    return list(seen)


def discover_links(body: bytes, page_url: str, source: Source, headers: dict | None = None) -> Links:
    """Article and listing links of a listing page, as the source's patterns classify them."""
    out = Links()
    for url in extract_links(body, page_url, headers):
        article = source.is_article(url)
        listing = not article and source.follow_pattern.search(url) is not None
        if not (article or listing):
            continue
        if not source.host_allowed(url):
            out.ignored_hosts.append(url)
            continue
        (out.articles if article else out.listings).append(url)
    return out


def url_date(url: str) -> date | None:
    """The publication date encoded in a URL path, when there is one (used by `since`)."""
    path = urlsplit(url).path
    for rx in (_URL_DATE, _URL_DATE_COMPACT):
        m = rx.search(path)
        if m:
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
    return None


__all__ = ["Links", "discover_links", "extract_links", "normalize_url", "url_date", "decode"]
