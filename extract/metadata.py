"""Page metadata: meta tags, canonical URL, source host, and the title (meta fields, <title>, headline)."""
from __future__ import annotations

import html as html_lib
import re
from collections.abc import Mapping
from urllib.parse import urljoin, urlsplit

from bs4.element import NavigableString, Tag

from readouts.extract.blocks import attr_tokens, looks_junk, norm
from readouts.extract.patterns import BLOCK_TAGS, HEADLINE_TAGS, KNOWN_SITE_SUFFIX, NON_TEXT_STRINGS, TITLE_CLASS, TITLE_SEPARATORS

# ------------------------------------------------------------------ text escaped twice
# the parser has already decoded the page's character references once; a page that escapes twice ("&amp;#39;") leaves
# references with their semicolon. Only those are decoded again: a legacy name without one is text, as browsers read
# it in attributes ("?id=7&amp;section_id=24" must stay "&section_id", not become "§ion_id")
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def unescape_again(s: str) -> str:
    return _REFERENCE.sub(lambda m: html_lib.unescape(m.group(0)), s) if "&" in s else s


# ------------------------------------------------------------------ URLs
def is_http(u: str | None) -> bool:
    if not u:
        return False
    try:
        parts = urlsplit(u)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def source_of(u: str | None) -> str | None:
    if u is None or not is_http(u):
        return None
    host = (urlsplit(u).hostname or "").lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    return host or None


# ------------------------------------------------------------------ meta tags
def collect_meta(tags: list[Tag], by_name: Mapping[str, list[Tag]]) -> dict[str, str]:
    """Lower-cased meta name/property/itemprop/http-equiv -> content (first occurrence wins)."""
    meta: dict[str, str] = {}
    for tag in by_name.get("meta", []):
        content = tag.get("content")
        if content is None:
            continue
        if isinstance(content, list):
            content = " ".join(content)
        for key in ("name", "property", "itemprop", "http-equiv"):
            k = tag.get(key)
            if isinstance(k, list):
                k = " ".join(k)
            if k:
                meta.setdefault(str(k).strip().lower(), unescape_again(str(content)).strip())
    for tag in tags:
        if tag.name == "meta" or not tag.attrs or "itemprop" not in tag.attrs:
            continue
        prop = str(tag.get("itemprop")).strip().lower()
        if prop in ("datepublished", "headline"):
            value = tag.get("datetime") or tag.get("content")
            if value is None and prop == "headline":
                value = tag.get_text(" ")
            if value:
                meta.setdefault(prop, norm(unescape_again(str(value))))
    return meta


def canonical_url(links: list[Tag], meta: Mapping[str, str], base: str | None) -> str | None:
    candidates: list[str] = []
    for link in links:
        if not link.get("href"):
            continue
        rel: list[str] | str = link.get("rel") or []
        if isinstance(rel, str):
            rel = rel.split()
        if any(str(r).lower() == "canonical" for r in rel):
            candidates.append(str(link["href"]))
    for key in ("og:url", "url", "twitter:url"):
        if meta.get(key):
            candidates.append(meta[key])
    for cand in candidates:
        cand = norm(unescape_again(cand))
        if not cand:
            continue
        if cand.startswith("//"):
            cand = "https:" + cand if not base else urlsplit(base).scheme + ":" + cand
        if not is_http(cand) and base and is_http(base):
            cand = urljoin(base, cand)
        if is_http(cand):
            return cand
    return None


# ------------------------------------------------------------------ title
def page_title(by_name: Mapping[str, list[Tag]]) -> str:
    """The text of the page's <title>, "" when it has none."""
    title_el = next(iter(by_name.get("title", [])), None)
    return norm(unescape_again(title_el.get_text())) if title_el is not None else ""


def strip_title_suffix(title: str) -> str:
    """Drop a trailing site/column name: `_Site`, ` - Site`, `--Column`, `| Site`, `-Xinhua`."""
    t = norm(title)
    if not t:
        return ""
    t = KNOWN_SITE_SUFFIX.sub("", t)
    parts = [p for p in TITLE_SEPARATORS.split(t)]
    if len(parts) > 1:
        head = parts[0].strip()
        if not head:
            # "--Column" with an empty headline
            rest = [p for p in parts[1:] if p.strip()]
            return "" if len(rest) <= 1 else rest[0].strip()
        # keep the headline: the first segment, unless it is just a short site prefix ("Site | Headline")
        longest = max(parts, key=len).strip()
        if len(head.split()) <= 3 and len(longest) > 2 * len(head) and len(longest.split()) >= 5:
            return longest
        # glue back segments while they still look like part of the headline (e.g. "A - B of C - Site")
        return head
    return t.strip(" |")


def extract_title(tags: list[Tag], by_name: Mapping[str, list[Tag]], meta: Mapping[str, str],
                  page_title: str) -> str:
    for key in ("articletitle", "og:title", "twitter:title", "headline", "dc.title", "title"):
        value = meta.get(key)
        if value:
            if key in ("articletitle", "headline"):
                # the article's own title field: only a well-known site suffix is removed
                value = KNOWN_SITE_SUFFIX.sub("", norm(unescape_again(value)))
            else:
                value = strip_title_suffix(unescape_again(value))
            if value and not _is_site_name(value, meta):
                return value
    stripped = strip_title_suffix(page_title) if page_title else ""
    head = _headline_element(tags, by_name, meta, page_title, stripped)
    if head:
        return head
    return stripped


def _in_head(el: Tag) -> bool:
    p = el.parent
    for _ in range(4):
        if p is None:
            return False
        if p.name == "head":
            return True
        p = p.parent
    return False


def _is_site_name(text: str, meta: Mapping[str, str]) -> bool:
    t = text.lower()
    return any(meta.get(k) and meta[k].strip().lower() == t for k in ("sitename", "og:site_name", "columnname"))


# ------------------------------------------------------------------ headline element
def _headline_key(s: str) -> str:
    return norm(s).lower().replace("’", "'").replace("‘", "'")


def _headline_candidates(tags: list[Tag], meta: Mapping[str, str], page_title: str) -> list[tuple[str, bool, bool]]:
    """(text, inside page furniture, is an <h1>) of the elements that may show the headline."""
    candidates: list[tuple[str, bool, bool]] = []
    for el in tags:
        if el.name not in HEADLINE_TAGS or _in_head(el):
            continue
        if el.name in ("h1",) or (TITLE_CLASS.search(" ".join(attr_tokens(el))) if attr_tokens(el) else False) \
                or (el.name in ("h2", "h3", "b", "strong") and page_title):
            text = _inline_text(el)
            if 4 <= len(text) <= 400 and not _is_site_name(text, meta):
                candidates.append((text, _in_junk(el), el.name == "h1"))
        if len(candidates) > 200:
            break
    return candidates


def _matching_title(candidates: list[tuple[str, bool, bool]], page_title: str, stripped: str) -> str:
    """The candidate whose text is the <title> (with or without its suffix), or starts it; else ""."""
    key = _headline_key
    pt, st = key(page_title), key(stripped)
    exact = [(t, junk) for t, junk, _ in candidates if key(t) in (st, pt)]
    for text, junk in exact:
        if not junk:
            return text
    if exact:
        # the only match sits in a logo/header block: the <title> may be just the site name,
        # so a headline <h1> in the page body wins if there is one
        for text, junk, is_h1 in candidates:
            if is_h1 and not junk and len(text.split()) >= 3 and key(text) != key(exact[0][0]):
                return text
        return exact[0][0]
    for text, _, _ in candidates:
        k = key(text)
        if len(k) >= 0.5 * len(pt) and pt.startswith(k) and len(k.split()) >= 3:
            return text
    return ""


def _headline_element(tags: list[Tag], by_name: Mapping[str, list[Tag]], meta: Mapping[str, str],
                      page_title: str, stripped: str) -> str:
    """The headline as shown on the page: an <h1> (or a title-classed element) whose text matches
    the <title>, else the first plausible <h1>."""
    candidates = _headline_candidates(tags, meta, page_title)
    if page_title:
        matched = _matching_title(candidates, page_title, stripped)
        if matched:
            return matched
    # no usable <title>: the first <h1> that is not the site's name (a logo) or a title segment
    key = _headline_key
    segments = {key(p) for p in TITLE_SEPARATORS.split(page_title or "") if p.strip()} - {key(stripped)}
    for el in by_name.get("h1", []):
        text = _inline_text(el)
        if len(text) >= 10 and len(text.split()) >= 3 and not _is_site_name(text, meta) \
                and key(text) not in segments:
            return text
    return ""


def _in_junk(el: Tag) -> bool:
    p: Tag | None = el
    for _ in range(40):
        if p is None or p.name in ("body", "html", "[document]"):
            return False
        if isinstance(p, Tag) and looks_junk(p):
            return True
        p = p.parent
    return False


def _inline_text(el: Tag) -> str:
    """Text of an element as one line: strings joined as they stand, <br> and blocks as spaces."""
    parts: list[str] = []
    for node in el.descendants:
        if isinstance(node, NavigableString):
            if not isinstance(node, NON_TEXT_STRINGS):
                parts.append(str(node))
        elif isinstance(node, Tag) and (node.name == "br" or node.name in BLOCK_TAGS):
            parts.append(" ")
        if len(parts) > 2000:
            break
    return norm("".join(parts))
