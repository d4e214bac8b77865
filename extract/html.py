"""Extract stage: raw HTML bytes -> Document (url, source, title, publication date, paragraphs).

The main content is found without per-site selectors: the page is cut into text lines (at block
elements and <br>), boilerplate subtrees (scripts, navigation, headers/footers, share bars, related
lists, copyright blocks ...) are marked, every prose line scores its container and that container's
ancestors (readability-style: commas, length, link density), and the best container (plus prose
siblings) gives the paragraphs. `extract.profiles` adds a bonus for well-known body containers.

This module checks and parses the input and puts the pieces together:
    extract.patterns   limits on hostile input, tag sets, compiled patterns
    extract.blocks     text lines, page-furniture classification
    extract.content    block scoring, content selection, paragraphs
    extract.metadata   meta tags, canonical URL, source host, title and headline
"""
from __future__ import annotations

import warnings
from collections.abc import Mapping
from datetime import date, datetime

from bs4 import BeautifulSoup
from bs4.element import Tag

from readouts.extract import dates
from readouts.extract.blocks import Line, norm, split_lines
from readouts.extract.bylines import page_bylines
from readouts.extract.content import content_paragraphs, is_prose, select_content
from readouts.extract.document import Document
from readouts.extract.encoding import decode_html, sniff_binary
from readouts.extract.errors import InputError, NotAReadout
from readouts.extract.metadata import canonical_url, collect_meta, extract_title, is_http, page_title, source_of
from readouts.extract.patterns import CJK, ERROR_PAGE, MARKUP, MAX_MARKUP_CHARS, MAX_RAW_BYTES, MAX_TAGS, OPEN_TAG
from readouts.ids import sha256_hex


# ------------------------------------------------------------------ public API
def parse_html(raw: bytes, *, input: str, http_headers: Mapping[str, str] | None = None,
               url: str | None = None, fetched_at: datetime | None = None,
               source: str | None = None, sha256: str | None = None) -> Document:
    """HTML bytes -> Document. Raises only InputError (stage decode|parse) or NotAReadout (extract).
    `sha256`: the caller's hash of `raw` when it has one (the body is hashed once per input)."""
    try:
        return _parse_html(raw, input=input, http_headers=http_headers, url=url, fetched_at=fetched_at,
                           source=source, sha256=sha256)
    except InputError:
        raise
    except RecursionError:
        raise InputError("parse", "the HTML is nested too deeply to be parsed", "RecursionError") from None
    except MemoryError:
        raise InputError("parse", "the page is too large to be parsed in memory", "MemoryError") from None
    except Exception as exc:  # noqa: BLE001 - never let another exception type escape the stage
        raise InputError("parse", f"unexpected {type(exc).__name__} while parsing the page: {exc}",
                         type(exc).__name__) from exc


def _parse_html(raw, *, input, http_headers, url, fetched_at, source, sha256=None) -> Document:
    raw = _as_bytes(raw)
    sha = sha256 or sha256_hex(raw)
    _check_raw(raw)
    text, encoding = _decode(raw, http_headers)
    tags = _parse_tags(_strip_heavy(text))
    root = next((t for t in tags if t.name == "html"), tags[0] if tags else None)
    if root is None:
        raise InputError("parse", "the HTML could not be parsed: no elements found", "ParseError")

    by_name: dict[str, list[Tag]] = {}
    for t in tags:
        by_name.setdefault(t.name, []).append(t)
    if not url and isinstance(input, str) and is_http(input):
        url = input  # read from a URL: that is where it was fetched from
    meta = collect_meta(tags, by_name)
    title_text = page_title(by_name)
    canonical = canonical_url(by_name.get("link", []), meta, base=url)
    doc_url = canonical or (url if url and is_http(url) else None)
    if source is None:
        source = source_of(doc_url or url) or "local"

    body = next(iter(by_name.get("body", [])), None) or root
    lines, has_block = split_lines(body)
    title = extract_title(tags, by_name, meta, title_text)
    content_ids = select_content(lines, meta, title, has_block, tags)
    paragraphs, first_idx, last_idx, teasers = content_paragraphs(lines, content_ids, title)
    _check_readout(len(by_name.get("a", [])), paragraphs, title, teasers)

    urls = [doc_url, url] + ([input] if isinstance(input, str) and is_http(input) else [])
    published = _published_date(lines, first_idx, last_idx, urls=urls, meta=meta, paragraphs=paragraphs,
                                fetched_at=fetched_at, title=title)
    return Document(input=input, content_sha256=sha, url=doc_url, source=source, title=title or None,
                    published_date=published, paragraphs=paragraphs, fetched_at=fetched_at,
                    encoding=encoding, bylines=page_bylines(lines, first_idx, last_idx, paragraphs))


# ------------------------------------------------------------------ input checks and parsing
def _as_bytes(raw) -> bytes:
    if isinstance(raw, (bytearray, memoryview)):
        raw = bytes(raw)
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    if not isinstance(raw, bytes):
        raise InputError("decode", f"expected bytes, got {type(raw).__name__}", "TypeError")
    return raw


def _check_raw(raw: bytes) -> None:
    """Refuse empty, binary and oversized input before decoding."""
    if not raw:
        raise InputError("decode", "empty file (0 bytes)", "EmptyInput")
    binary = sniff_binary(raw)
    if binary:
        raise InputError("decode", f"binary content (looks like {binary}), not HTML", "BinaryContent")
    if len(raw) > MAX_RAW_BYTES:
        raise InputError("parse", f"page too large to parse: {len(raw) / 1e6:.1f} MB "
                                  f"(limit {MAX_RAW_BYTES // (1024 * 1024)} MB)", "TooLarge")


def _decode(raw: bytes, http_headers: Mapping[str, str] | None) -> tuple[str, str | None]:
    text, encoding = decode_html(raw, http_headers)
    head = text[:4096].strip()
    if not head or (len(head) < 4096 and not norm(head)):
        raise InputError("decode", f"empty document: {len(raw)} bytes of whitespace only", "EmptyInput")
    return text, encoding


def _parse_tags(text: str) -> list[Tag]:
    """Markup (scripts, styles and comments cut out) -> its elements in document order."""
    if not MARKUP.search(text):
        raise InputError("parse", f"not HTML: no markup found in {len(text)} characters of text", "NotHTML")
    if len(text) > MAX_MARKUP_CHARS:
        raise InputError("parse", f"page too large to parse: {len(text) / 1e6:.1f} million characters of "
                                  f"markup (limit {MAX_MARKUP_CHARS / 1e6:.1f} million)", "TooLarge")
    n_tags = sum(1 for _ in OPEN_TAG.finditer(text))
    if n_tags > MAX_TAGS:
        raise InputError("parse", f"page has too many tags to parse ({n_tags:,}; limit {MAX_TAGS:,})",
                         "TooManyTags")
    try:
        with warnings.catch_warnings():
            # XHTML pages and tiny fragments make bs4 warn; the HTML parser is the right one for both
            warnings.simplefilter("ignore")
            soup = BeautifulSoup(text, "lxml")
    except RecursionError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise InputError("parse", f"the HTML could not be parsed: {exc}", type(exc).__name__) from exc
    return [t for t in soup.descendants if isinstance(t, Tag)]  # one walk; bs4's find_all is slow


def _strip_heavy(text: str) -> str:
    """Cut out scripts, styles and comments before parsing: they are never text, and they are
    what makes most oversized pages oversized. Linear time, also on unclosed openers (an unclosed
    one runs to the end of the page, as in a browser)."""
    low = text.lower()
    openers = ("<!--", "<script", "<style")
    if not any(o in low for o in openers):
        return text
    n = len(text)
    nxt = {o: low.find(o) for o in openers}
    out: list[str] = []
    pos = 0
    while True:
        for o in openers:  # refresh stale positions only: amortised linear
            if 0 <= nxt[o] < pos:
                nxt[o] = low.find(o, pos)
        live = [(p, o) for o, p in nxt.items() if p >= 0]
        if not live:
            out.append(text[pos:])
            break
        i, o = min(live)
        if o == "<!--":
            j = low.find("-->", i + 4)
            end = j + 3 if j >= 0 else n
        else:
            k = i + len(o)
            if k < n and low[k] not in " \t\r\n\f>/":  # <scripts>, <styled-box>: not ours
                out.append(text[pos:k])
                pos = k
                continue
            j = low.find("</" + o[1:], k)
            if j < 0:
                end = n
            else:
                g = low.find(">", j)
                end = g + 1 if g >= 0 else n
        out.append(text[pos:i])
        out.append(" ")
        pos = end
        if pos >= n:
            break
    return "".join(out)


# ------------------------------------------------------------------ publication date
def _published_date(lines: list[Line], first_idx: int, last_idx: int, *, urls: list[str | None],
                    meta: Mapping[str, str], paragraphs: list[str], fetched_at: datetime | None,
                    title: str | None = None) -> date | None:
    """From the URLs, the meta tags, the lines above the body's first prose, else a labelled line below it."""
    header_text = "\n".join(ln.text for ln in lines[:_first_prose(lines, first_idx, last_idx, title)]
                            if ln.text)[-4000:]
    trailer_text = "\n".join(ln.text for ln in lines[last_idx + 1:] if ln.text)[:2000]
    published = dates.pick_published_date(urls=urls, meta=meta, header_text=header_text,
                                          body_text="\n".join(paragraphs), fetched_at=fetched_at)
    if published is None and trailer_text:
        published = dates.date_from_labelled_line(trailer_text)
    if published is None:  # a release's closing line of its own: "Ends/Tuesday, July 28, 2015"
        published = dates.date_from_closing_lines(ln.text for ln in lines[first_idx:] if ln.text)
    return published


def _first_prose(lines: list[Line], first_idx: int, last_idx: int, title: str | None) -> int:
    """Index of the body's first prose line other than the headline: a section label, headline and time stamp
    that the content box holds above it ("WORLD > NEWS", "28/09/2024 08:23 AM", "Tuesday 14 May 2024 | Written by")
    are the page's header too."""
    key = norm(title or "").lower()
    for k in range(first_idx, min(last_idx + 1, len(lines))):
        text = lines[k].text
        if text and is_prose(text) and " | " not in text and norm(text).lower() != key:  # not a meta line of parts
            return k
    return first_idx


# ------------------------------------------------------------------ the readout check
def _check_readout(links: int, paragraphs: list[str], title: str | None, teasers: int = 0) -> None:
    """NotAReadout unless the extracted body holds some prose (and is not a list of teasers)."""
    prose = sum(1 for p in paragraphs if is_prose(p))
    prose_chars = sum(len(p) + 2 * len(CJK.findall(p)) for p in paragraphs)
    if teasers >= 5 and teasers >= 0.6 * prose:
        raise NotAReadout(f"no article body found: the page is a list of {links} links, "
                          f"{teasers} of them followed by a short summary")
    if paragraphs and prose and prose_chars >= 150:
        body_text = " ".join(paragraphs)
        if len(body_text) < 400 and (ERROR_PAGE.search(title or "") or ERROR_PAGE.search(body_text)):
            hit = ERROR_PAGE.search((title or "") + " " + body_text)
            raise NotAReadout("no article body found: the page looks like an error page "
                              f"({hit.group(0) if hit else ''!r})")
        return
    if title and not paragraphs and links < 5:
        raise NotAReadout("no article body found: the page has only a title and no paragraphs of prose")
    raise NotAReadout(f"no article body found: the page has {links} links and {prose} paragraphs of prose")
