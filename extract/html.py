"""Extract stage: raw HTML bytes -> Document (url, source, title, publication date, paragraphs).

The main content is found without per-site selectors: the page is cut into text lines (at block
elements and <br>), boilerplate subtrees (scripts, navigation, headers/footers, share bars, related
lists, copyright blocks ...) are marked, every prose line scores its container and that container's
ancestors (readability-style: commas, length, link density), and the best container (plus prose
siblings) gives the paragraphs. `extract.profiles` adds a bonus for well-known body containers.
"""
from __future__ import annotations

import html as html_lib
import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup
from bs4.element import CData, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

from readouts.extract import dates
from readouts.extract.document import Document
from readouts.extract.encoding import decode_html, sniff_binary
from readouts.extract.errors import InputError, NotAReadout
from readouts.extract.profiles import content_hint_bonus, is_gov_standard
from readouts.ids import sha256_hex
from readouts.months import ABBREVIATIONS

try:  # bs4 >= 4.10 marks the contents of <script>/<style>/<template> with their own classes
    from bs4.element import Script, Stylesheet, TemplateString
    _NON_TEXT_STRINGS: tuple[type, ...] = (Comment, CData, ProcessingInstruction, Declaration, Doctype,
                                           Script, Stylesheet, TemplateString)
except ImportError:  # pragma: no cover
    _NON_TEXT_STRINGS = (Comment, CData, ProcessingInstruction, Declaration, Doctype)

# ------------------------------------------------------------------ limits on hostile input
MAX_RAW_BYTES = 64 * 1024 * 1024        # refuse before decoding
MAX_MARKUP_CHARS = 5_000_000             # after scripts, styles and comments are cut out
MAX_TAGS = 100_000                      # a news page has a few thousand
MAX_ANCESTOR_WALK = 120

# ------------------------------------------------------------------ element classes
SKIP_TAGS = {"script", "style", "noscript", "template", "head", "title", "meta", "link", "svg", "math",
             "iframe", "frame", "frameset", "object", "embed", "canvas", "select", "option", "textarea",
             "button", "input", "map", "audio", "video", "source", "track", "applet", "param", "base"}
BLOCK_TAGS = {"address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
              "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
              "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu",
              "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
              "thead", "tr", "ul", "caption", "col", "colgroup", "listing", "plaintext", "xmp", "output"}
# elements that are one paragraph: their lines score their parent container
PARA_TAGS = {"p", "pre", "blockquote", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption",
             "address", "caption", "center", "summary", "legend"}
JUNK_TAGS = {"nav", "header", "footer", "aside", "menu", "dialog"}

_NEG_SUBSTR = re.compile(
    r"(?:^|[^a-z])nav|nav(?:bar|igation|igator|list|menu)|topnav|subnav|mainnav|sitenav|leftnav|menu|"
    r"footer|breadcrumb|crumb|share|sharing|social|comment(?!ar)|related|relate|recommend|sidebar|"
    r"copyright|pagination|pager|banner|advert|sponsor|subscribe|newsletter|cookie|qrcode|popup|"
    r"toolbar|topbar|masthead|prevnext|prev-next|prev_next|pre_next|pre-next|shangxia|"
    r"fenxiang|dayin|outbrain|taboola|disqus|widget-area|hotnews|hot-news|hot_news|morenews|"
    r"more-news|more_news|latest|friendlink|links?-list|footnav", re.I)
_NEG_TOKEN = {"ad", "ads", "adv", "top", "foot", "side", "hot", "tag", "tags", "prev", "next", "print",
              "logo", "search", "header", "head", "rank", "tools", "tool", "login", "lm", "position",
              "location", "dqwz", "wz", "keywords", "more", "modal", "skip", "sr-only", "gotop", "bottom",
              "backtop", "back-top", "close", "sj", "info", "meta", "source", "date", "time", "author"}
_POS = re.compile(r"article|content|body|entry|story|detail|zoom|trs_editor|trs_ueditor|text|main|post|"
                  r"zw|cont|nr|txt|wenzhang|neirong|zhengwen", re.I)
_TOKEN_SPLIT = re.compile(r"[\s_\-]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

_WS = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]+")
_COMMA = re.compile(r"[,，、;；]")
_SENT_END = re.compile(r"[.!?。！？\"”’)]\s*$")
_CJK = re.compile(r"[\u3400-\u9fff]")

# whole lines that are page furniture even inside the article container
_BOILERPLATE_LINE = re.compile(
    r"^(?:[\[【]?\s*(?:share|share to|share this|print|close|print this page|close window|back to top|top|return|back|email|e-mail|"
    r"font ?size|font|a\+?|a-|large|medium|small|favorite|bookmark|collect|save|tweet|like|copy link|"
    r"打印|关闭|打印本页|关闭窗口|返回顶部|分享|分享到|收藏|字号|大|中|小|【打印】|【关闭】)\s*[\]】]?[\s:：|/\[\]【】]*)+$"
    r"|^(?:previous|next|prev|上一篇|下一篇)\s*(?:article|story|post|page)?\s*[:：>]"
    r"|^(?:related (?:news|stories|articles|reading|links)|recommended|read more|more news|you may also like|"
    r"相关(?:新闻|链接|阅读|文章)|延伸阅读)\s*[:：]?\s*$"
    r"|^(?:copyright|©|\(c\)|版权所有)"
    r"|^(?:hosted by|sponsored by|organi[sz]ed by|主办(?:单位)?|承办(?:单位)?)\s*[:：]"
    r"|website identification code|网站标识码|\bICP\b.{0,12}\d|备案号|公网安备",
    re.I)
_META_LINE = re.compile(
    r"^(?:\[?\s*(?:updated?|last updated|date|time|published|posted|release(?:d)?(?: date| time)?|"
    r"source|from|发布时间|发布日期|时间|日期|来源|更新时间)\s*[:：]|\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:\s+\d{1,2}:\d{2}|\s*$))",
    re.I)

# <title> suffixes naming the site or the column
_TITLE_SEPARATORS = re.compile(r"\s*(?:\s[|｜\-–—·:]{1,2}\s|--+|_+|[|｜]|——|—\s|\s—)\s*")
_KNOWN_SITE_SUFFIX = re.compile(
    r"\s*[-–—_|]\s*(?:Xinhua|Xinhuanet|Xinhua News Agency|China Daily|Chinadaily\.com\.cn|CGTN|"
    r"People's Daily Online|People's Daily|Global Times|ECNS|China\.org\.cn|Chinanews|english\.gov\.cn|"
    r"gov\.cn|新华网|人民网|中国政府网|央视网)\s*$", re.I)


@dataclass
class _Line:
    parts: list
    container: Tag
    junk: bool
    junk_els: tuple = ()
    link_chars: int = 0
    text: str = ""
    index: int = 0


def _norm(s: str | None) -> str:
    return _WS.sub(" ", s or "").strip()


def _tokens(el: Tag) -> list[str]:
    attrs = el.attrs or {}
    out: list[str] = []
    for key in ("id", "class"):
        v = attrs.get(key)
        if not v:
            continue
        if isinstance(v, (list, tuple)):
            out.extend(str(x) for x in v)
        else:
            out.extend(str(v).split())
    return out


def _attr_words(tokens: list[str]) -> set[str]:
    words: set[str] = set()
    for t in tokens:
        words.add(t.lower())
        words.update(w.lower() for w in _TOKEN_SPLIT.split(t) if w)
    return words


def _junk_level(el: Tag) -> int:
    """Page furniture: 2 = certainly (navigation, headers/footers, share bars, related lists, hidden
    blocks ...), 1 = probably (a weak class word such as "top", "info", "date"), 0 = no."""
    name = el.name
    attrs = el.attrs or {}
    if name in JUNK_TAGS:
        return 2
    if "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
        return 2
    style = attrs.get("style")
    if style and _HIDDEN_STYLE.search(str(style)):
        return 2
    role = str(attrs.get("role", "")).lower()
    if role in ("navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"):
        return 2
    tokens = _tokens(el)
    if not tokens:
        return 0
    joined = " ".join(tokens)
    if _NEG_SUBSTR.search(joined):
        return 2
    if _attr_words(tokens) & _NEG_TOKEN:
        # weak evidence ("top", "info", "date" ...): a positive word in the same attribute wins
        return 0 if _POS.search(joined) else 1
    return 0


def _looks_junk(el: Tag) -> bool:
    return _junk_level(el) > 0


def _class_weight(el: Tag) -> float:
    tokens = _tokens(el)
    if not tokens:
        return 0.0
    joined = " ".join(tokens)
    w = 0.0
    if _NEG_SUBSTR.search(joined) or _attr_words(tokens) & _NEG_TOKEN:
        w -= 25
    if _POS.search(joined):
        w += 25
    return w


_TAG_WEIGHT = {"div": 5, "article": 10, "main": 5, "section": 3, "td": 3, "pre": 3, "blockquote": 3,
               "form": -3, "ol": -3, "ul": -3, "dl": -3, "li": -3, "address": -3, "th": -5, "h1": -5,
               "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5, "body": -5, "html": -10}


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


def _parse_html(raw, *, input, http_headers, url, fetched_at, source, sha256=None) -> Document:  # noqa: C901 - over the complexity budget; to be split
    if isinstance(raw, (bytearray, memoryview)):
        raw = bytes(raw)
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    if not isinstance(raw, bytes):
        raise InputError("decode", f"expected bytes, got {type(raw).__name__}", "TypeError")
    sha = sha256 or sha256_hex(raw)
    if not raw:
        raise InputError("decode", "empty file (0 bytes)", "EmptyInput")
    binary = sniff_binary(raw)
    if binary:
        raise InputError("decode", f"binary content (looks like {binary}), not HTML", "BinaryContent")
    if len(raw) > MAX_RAW_BYTES:
        raise InputError("parse", f"page too large to parse: {len(raw) / 1e6:.1f} MB "
                                  f"(limit {MAX_RAW_BYTES // (1024 * 1024)} MB)", "TooLarge")
    text, encoding = decode_html(raw, http_headers)
    head = text[:4096].strip()
    if not head or (len(head) < 4096 and not _norm(head)):
        raise InputError("decode", f"empty document: {len(raw)} bytes of whitespace only", "EmptyInput")

    text = _strip_heavy(text)
    if not re.search(r"<[A-Za-z!?/]", text):
        raise InputError("parse", f"not HTML: no markup found in {len(text)} characters of text", "NotHTML")
    if len(text) > MAX_MARKUP_CHARS:
        raise InputError("parse", f"page too large to parse: {len(text) / 1e6:.1f} million characters of "
                                  f"markup (limit {MAX_MARKUP_CHARS / 1e6:.1f} million)", "TooLarge")
    n_tags = sum(1 for _ in _OPEN_TAG.finditer(text))
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
    tags = [t for t in soup.descendants if isinstance(t, Tag)]  # one walk; bs4's find_all is slow
    root = next((t for t in tags if t.name == "html"), tags[0] if tags else None)
    if root is None:
        raise InputError("parse", "the HTML could not be parsed: no elements found", "ParseError")

    by_name: dict[str, list[Tag]] = {}
    for t in tags:
        by_name.setdefault(t.name, []).append(t)
    if not url and isinstance(input, str) and _is_http(input):
        url = input  # read from a URL: that is where it was fetched from
    meta = _collect_meta(tags, by_name)
    title_el = next(iter(by_name.get("title", [])), None)
    page_title = _norm(html_lib.unescape(title_el.get_text())) if title_el is not None else ""
    canonical = _canonical_url(by_name.get("link", []), meta, base=url)
    doc_url = canonical or (url if url and _is_http(url) else None)
    if source is None:
        source = _source_of(doc_url or url) or "local"

    body = next(iter(by_name.get("body", [])), None) or root
    lines, has_block = _lines(body)
    title = _extract_title(tags, by_name, meta, page_title)
    content_ids = _select_content(lines, meta, title, has_block, tags)
    paragraphs, first_idx, last_idx, teasers = _paragraphs(lines, content_ids, title)
    _check_readout(len(by_name.get("a", [])), paragraphs, title, teasers)

    header_text = "\n".join(ln.text for ln in lines[:first_idx] if ln.text)[-4000:]
    trailer_text = "\n".join(ln.text for ln in lines[last_idx + 1:] if ln.text)[:2000]
    urls = [doc_url, url] + ([input] if isinstance(input, str) and _is_http(input) else [])
    published = dates.pick_published_date(urls=urls, meta=meta, header_text=header_text,
                                          body_text="\n".join(paragraphs), fetched_at=fetched_at)
    if published is None and trailer_text:
        published = dates.date_from_labelled_line(trailer_text)

    return Document(input=input, content_sha256=sha, url=doc_url, source=source, title=title or None,
                    published_date=published, paragraphs=paragraphs, fetched_at=fetched_at,
                    encoding=encoding)


# ------------------------------------------------------------------ helpers: raw text
_OPEN_TAG = re.compile(r"<[A-Za-z]")


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


def _is_http(u: str | None) -> bool:
    if not u:
        return False
    try:
        parts = urlsplit(u)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _source_of(u: str | None) -> str | None:
    if u is None or not _is_http(u):
        return None
    host = (urlsplit(u).hostname or "").lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    return host or None


# ------------------------------------------------------------------ metadata
def _collect_meta(tags: list[Tag], by_name: Mapping[str, list[Tag]]) -> dict[str, str]:
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
                meta.setdefault(str(k).strip().lower(), html_lib.unescape(str(content)).strip())
    for tag in tags:
        if tag.name == "meta" or not tag.attrs or "itemprop" not in tag.attrs:
            continue
        prop = str(tag.get("itemprop")).strip().lower()
        if prop in ("datepublished", "headline"):
            value = tag.get("datetime") or tag.get("content")
            if value is None and prop == "headline":
                value = tag.get_text(" ")
            if value:
                meta.setdefault(prop, _norm(html_lib.unescape(str(value))))
    return meta


def _canonical_url(links: list[Tag], meta: Mapping[str, str], base: str | None) -> str | None:
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
        cand = _norm(html_lib.unescape(cand))
        if not cand:
            continue
        if cand.startswith("//"):
            cand = "https:" + cand if not base else urlsplit(base).scheme + ":" + cand
        if not _is_http(cand) and base and _is_http(base):
            cand = urljoin(base, cand)
        if _is_http(cand):
            return cand
    return None


def _strip_title_suffix(title: str) -> str:
    """Drop a trailing site/column name: `_Site`, ` - Site`, `--Column`, `| Site`, `-Xinhua`."""
    t = _norm(title)
    if not t:
        return ""
    t = _KNOWN_SITE_SUFFIX.sub("", t)
    parts = [p for p in _TITLE_SEPARATORS.split(t)]
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


def _extract_title(tags: list[Tag], by_name: Mapping[str, list[Tag]], meta: Mapping[str, str],
                   page_title: str) -> str:
    for key in ("articletitle", "og:title", "twitter:title", "headline", "dc.title", "title"):
        value = meta.get(key)
        if value:
            if key in ("articletitle", "headline"):
                # the article's own title field: only a well-known site suffix is removed
                value = _KNOWN_SITE_SUFFIX.sub("", _norm(html_lib.unescape(value)))
            else:
                value = _strip_title_suffix(html_lib.unescape(value))
            if value and not _is_site_name(value, meta):
                return value
    stripped = _strip_title_suffix(page_title) if page_title else ""
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


_TITLE_CLASS = re.compile(r"title|headline|heading|^bt$|biaoti|^tit|hd_?tit|^h1$", re.I)


_HEADLINE_TAGS = {"h1", "h2", "h3", "b", "strong", "div", "td", "p", "span"}


def _headline_element(tags: list[Tag], by_name: Mapping[str, list[Tag]], meta: Mapping[str, str],  # noqa: C901 - over the complexity budget; to be split
                      page_title: str, stripped: str) -> str:
    """The headline as shown on the page: an <h1> (or a title-classed element) whose text matches
    the <title>, else the first plausible <h1>."""
    candidates: list[tuple[str, bool, bool]] = []  # (text, inside page furniture, is an <h1>)
    for el in tags:
        if el.name not in _HEADLINE_TAGS or _in_head(el):
            continue
        if el.name in ("h1",) or (_TITLE_CLASS.search(" ".join(_tokens(el))) if _tokens(el) else False) \
                or (el.name in ("h2", "h3", "b", "strong") and page_title):
            text = _inline_text(el)
            if 4 <= len(text) <= 400 and not _is_site_name(text, meta):
                candidates.append((text, _in_junk(el), el.name == "h1"))
        if len(candidates) > 200:
            break
    key = lambda s: _norm(s).lower().replace("’", "'").replace("‘", "'")  # noqa: E731
    if page_title:
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
    # no usable <title>: the first <h1> that is not the site's name (a logo) or a title segment
    segments = {key(p) for p in _TITLE_SEPARATORS.split(page_title or "") if p.strip()} - {key(stripped)}
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
        if isinstance(p, Tag) and _looks_junk(p):
            return True
        p = p.parent
    return False


def _inline_text(el: Tag) -> str:
    """Text of an element as one line: strings joined as they stand, <br> and blocks as spaces."""
    parts: list[str] = []
    for node in el.descendants:
        if isinstance(node, NavigableString):
            if not isinstance(node, _NON_TEXT_STRINGS):
                parts.append(str(node))
        elif isinstance(node, Tag) and (node.name == "br" or node.name in BLOCK_TAGS):
            parts.append(" ")
        if len(parts) > 2000:
            break
    return _norm("".join(parts))


# ------------------------------------------------------------------ lines
def _lines(body: Tag) -> tuple[list[_Line], set[int]]:  # noqa: C901 - over the complexity budget; to be split
    """Cut the page into text lines at block boundaries and <br>, iteratively (no recursion)."""
    lines: list[_Line] = []
    cur: _Line | None = None
    EXIT = object()
    # state stacks
    blocks: list[Tag] = [body]
    has_block: set[int] = set()  # ids of elements with a block-level child (others are paragraphs)
    junk_els: list[Tag] = []
    junk_depth = 0
    link_depth = 0
    stack: list = [(body, False)]

    def flush():
        nonlocal cur
        if cur is not None:
            t = _norm("".join(cur.parts))
            if t:
                cur.text = t
                cur.parts = []
                cur.index = len(lines)
                # link chars were counted on raw pieces; scale to the normalised text
                cur.link_chars = min(cur.link_chars, len(t))
                lines.append(cur)
            cur = None

    # the body itself is already "entered"
    stack = [(EXIT, body, False, False)] + [(c, None, None, None) for c in reversed(list(body.children))]
    while stack:
        item = stack.pop()
        node = item[0]
        if node is EXIT:
            _, el, was_junk, was_link = item
            if el.name in BLOCK_TAGS:
                flush()
                if blocks and blocks[-1] is el:
                    blocks.pop()
            if was_junk:
                junk_depth -= 1
                junk_els.pop()
            if was_link:
                link_depth -= 1
            continue
        if isinstance(node, NavigableString):
            if isinstance(node, _NON_TEXT_STRINGS):
                continue
            s = str(node)
            if not s:
                continue
            if cur is None:
                if not s.strip():
                    continue
                cur = _Line(parts=[], container=blocks[-1], junk=junk_depth > 0, junk_els=tuple(junk_els))
            cur.parts.append(s)
            if link_depth:
                cur.link_chars += len(_norm(s))
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        if name in SKIP_TAGS:
            continue
        if name == "br":
            flush()
            continue
        if name == "img":
            continue
        is_block = name in BLOCK_TAGS
        level = _junk_level(node)
        if not is_block:
            if level == 2 and name != "a":
                continue  # an inline share button, a hidden span: never text
            level = 0  # weak class words on inline elements (<span class="date">) mean nothing
        if is_block:
            flush()
            has_block.add(id(blocks[-1]))
            blocks.append(node)
        junk = level > 0
        if junk:
            junk_depth += 1
            junk_els.append(node)
        is_link = name == "a"
        if is_link:
            link_depth += 1
        stack.append((EXIT, node, junk, is_link))
        children = list(node.children)
        for c in reversed(children):
            stack.append((c, None, None, None))
    flush()
    # safety net: a "junk" element that holds most of the page's text is a wrapper, not furniture
    # (ASP.NET pages wrap everything in a <form>, some templates use a class like "main-top-wrap")
    all_chars = sum(len(ln.text) for ln in lines)
    held: dict[int, int] = {}
    for ln in lines:
        for j in ln.junk_els:
            held[id(j)] = held.get(id(j), 0) + len(ln.text)
    wrappers = {i for i, n in held.items() if n > 200 and n > 0.45 * all_chars}
    if wrappers:
        for ln in lines:
            if ln.junk_els:
                ln.junk = any(id(j) not in wrappers for j in ln.junk_els)
    return lines, has_block


def _ancestors(el: Tag | None, limit: int = MAX_ANCESTOR_WALK):
    n = 0
    while el is not None and n < limit:
        yield el
        el = el.parent
        n += 1


# ------------------------------------------------------------------ content selection
def _select_content(lines: list[_Line], meta: Mapping[str, str], title: str | None = None,  # noqa: C901 - over the complexity budget; to be split
                    has_block: set[int] | None = None, tags: list[Tag] | None = None) -> set[int]:
    """ids of the elements that hold the article body."""
    has_block = has_block if has_block is not None else set()

    def scoring_base(el: Tag) -> Tag:
        # a <p>-like element, or any block without block children (a "div used as a paragraph",
        # or a <br>-separated text block), scores its parent
        parent = el.parent
        if parent is not None and parent.name not in ("html", "[document]") and (
                el.name in PARA_TAGS or id(el) not in has_block):
            return parent
        return el

    gov = is_gov_standard(meta)
    # totals per element (text and link chars of non-junk lines beneath it)
    total: dict[int, int] = {}
    linked: dict[int, int] = {}
    sentence: dict[int, int] = {}
    els: dict[int, Tag] = {}
    for ln in lines:
        if ln.junk:
            continue
        is_sentence = bool(_SENT_END.search(ln.text)) and ln.link_chars < 0.5 * len(ln.text)
        i = id(ln.container)
        total[i] = total.get(i, 0) + len(ln.text)
        linked[i] = linked.get(i, 0) + ln.link_chars
        if is_sentence:
            sentence[i] = sentence.get(i, 0) + len(ln.text)
    # children before parents (reverse document order): linear even on absurdly deep pages
    if tags is None:
        tags = []
        el = lines[0].container if lines else None
        while el is not None and el.parent is not None and el.parent.name != "[document]":
            el = el.parent
        if el is not None:
            tags = [t for t in el.descendants if isinstance(t, Tag)]
    for el in reversed(tags):
        i = id(el)
        if i not in total:
            continue
        parent = el.parent
        if parent is None or parent.name == "[document]":
            continue
        j = id(parent)
        total[j] = total.get(j, 0) + total[i]
        linked[j] = linked.get(j, 0) + linked.get(i, 0)
        if i in sentence:
            sentence[j] = sentence.get(j, 0) + sentence[i]

    scores: dict[int, float] = {}

    def init(el: Tag) -> float:
        i = id(el)
        if i not in scores:
            s = _TAG_WEIGHT.get(el.name, 0) + _class_weight(el)
            prop = el.get("itemprop") if el.attrs else None
            s += content_hint_bonus(_tokens(el), prop if isinstance(prop, str) else None, gov)
            scores[i] = s
            els[i] = el
        return scores[i]

    for ln in lines:
        if ln.junk:
            continue
        n = len(ln.text)
        cjk = len(_CJK.findall(ln.text)) if n < 400 else (50 if _CJK.search(ln.text) else 0)
        eff = n + 2 * cjk  # a CJK character carries about as much as three Latin ones
        if eff < 25:
            continue
        ld = ln.link_chars / n if n else 0.0
        if ld > 0.5:
            continue
        score = (1 + len(_COMMA.findall(ln.text)) + min(eff // 100, 3)) * (1 - ld)
        base = scoring_base(ln.container)
        for level, anc in enumerate(_ancestors(base, 3)):
            if anc.name in ("html", "[document]"):
                break
            init(anc)
            divider = 1 if level == 0 else (2 if level == 1 else level * 3)
            scores[id(anc)] += score / divider

    if not scores:
        return set()

    # the body follows the headline: the block holding the first prose line after it gets a bonus
    # (this separates the article from teaser lists and reader comments when classes say nothing)
    after = _first_prose_after_title(lines, title)
    if after is not None:
        base = scoring_base(after.container)
        for level, anc in enumerate(_ancestors(base, 2)):
            if id(anc) in scores:
                scores[id(anc)] += HEADLINE_BONUS / (level + 1)

    def final(i: int) -> float:
        t = total.get(i, 0)
        ld = linked.get(i, 0) / t if t else 1.0
        return scores[i] * (1 - ld)

    best = max(scores, key=final)
    best_score = final(best)
    top = els[best]
    selected = {best}
    # siblings of the winner that also hold prose (e.g. a caption block before the text block)
    parent = top.parent
    if parent is not None and best_score > 0:
        threshold = max(10.0, best_score * 0.2)
        for sib in parent.children:
            if not isinstance(sib, Tag) or sib is top:
                continue
            i = id(sib)
            if i in scores and final(i) >= threshold:
                selected.add(i)
                continue
            t = total.get(i, 0)
            if t > 80 and sib.name in PARA_TAGS and linked.get(i, 0) / t < 0.25:
                selected.add(i)
            elif 40 <= t <= 600 and linked.get(i, 0) / t < 0.2 and sentence.get(i, 0) >= 0.8 * t:
                # a block of sentences beside the body (e.g. a photo caption in its own box)
                selected.add(i)
    return selected


HEADLINE_BONUS = 25.0


def _first_prose_after_title(lines: list[_Line], title: str | None) -> _Line | None:
    if not title:
        return None
    tkey = _title_key(title)
    start = None
    for ln in lines:
        if _title_key(ln.text) == tkey:
            start = ln.index
            break
    if start is None:
        return None
    for ln in lines[start + 1:start + 40]:
        if ln.junk or not ln.text:
            continue
        n = len(ln.text)
        if ln.link_chars < 0.3 * n and (_is_prose(ln.text) or (n >= 40 and _SENT_END.search(ln.text))):
            return ln
    return None


def _paragraphs(lines: list[_Line], content_ids: set[int], title: str | None) -> tuple[list[str], int, int, int]:  # noqa: C901 - over the complexity budget; to be split
    """(paragraphs, index of the first and of the last line used, number of "teasers": prose lines
    right after a linked headline, the pattern of a listing page)."""
    out: list[str] = []
    first_idx, last_idx = len(lines), -1
    teasers = 0
    after_link = False
    if not content_ids:
        return out, first_idx, last_idx, teasers
    tkey = _title_key(title) if title else None
    memo: dict[int, bool] = {}

    def inside(el: Tag | None) -> bool:
        path: list[int] = []
        res = False
        while el is not None:
            i = id(el)
            if i in content_ids:
                res = True
                break
            if i in memo:
                res = memo[i]
                break
            path.append(i)
            el = el.parent
        for i in path:
            memo[i] = res
        return res

    for ln in lines:
        if ln.junk:
            continue
        if not inside(ln.container):
            continue
        text = ln.text
        n = len(text)
        if n and ln.link_chars / n > 0.5:
            after_link = after_link or n >= 15
            continue
        if n < 200 and _BOILERPLATE_LINE.search(text):
            continue
        if n < 160 and _META_LINE.search(text) and (dates.parse_date(text) or re.match(r"(?i)\s*\[?\s*(source|from|来源)", text)):
            continue
        if n < 100 and _is_date_residue(text):
            continue  # "(Xinhua) 08:41, March 16, 2024", "2024-02-18 20:36 | Source: ..."
        if not out and tkey and _title_key(text) == tkey:
            continue  # the headline repeated at the top of the container
        if first_idx == len(lines):
            first_idx = ln.index
        last_idx = ln.index
        out.append(text)
        if _is_prose(text):
            teasers += after_link
            after_link = False
    return out, first_idx, last_idx, teasers


_DATE_TOKENS = re.compile(
    r"\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}日?|\d{1,2}:\d{2}(?::\d{2})?|\b\d{1,2}(?:st|nd|rd|th)?\b|\b\d{4}\b|"
    r"\b(?:" + "|".join([*ABBREVIATIONS, "May"]) + r")[a-z]*\.?|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
    r"\b(?:am|pm|a\.m\.|p\.m\.|GMT|UTC|BJT|CST)\b|[|/:：,()\[\]【】（）·-]", re.I)


def _is_date_residue(text: str) -> bool:
    """A short line that is a date plus at most a few words (a source, a view count): page furniture."""
    if not dates.parse_date(text):
        return False
    rest = _DATE_TOKENS.sub(" ", text)
    return len(rest.split()) <= 4 and len(_CJK.findall(rest)) <= 8


def _title_key(s: str) -> str:
    return _norm(s).lower().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


_ERROR_PAGE = re.compile(
    r"(?:error|http)\s*(?:404|403|500|502|503)\b|\b(?:404|403|500|502|503)\s*(?:error|not found|forbidden)|page not found|not be found|was not found|cannot be found|can't be found|"
    r"does not exist|doesn't exist|no longer (?:available|exists)|has been (?:removed|deleted)|access denied|"
    r"forbidden|internal server error|service unavailable|页面不存在|找不到|无法找到|无法访问|出错了|错误页", re.I)


def _check_readout(links: int, paragraphs: list[str], title: str | None, teasers: int = 0) -> None:
    """NotAReadout unless the extracted body holds some prose (and is not a list of teasers)."""
    prose = sum(1 for p in paragraphs if _is_prose(p))
    prose_chars = sum(len(p) + 2 * len(_CJK.findall(p)) for p in paragraphs)
    if teasers >= 5 and teasers >= 0.6 * prose:
        raise NotAReadout(f"no article body found: the page is a list of {links} links, "
                          f"{teasers} of them followed by a short summary")
    if paragraphs and prose and prose_chars >= 150:
        body_text = " ".join(paragraphs)
        if len(body_text) < 400 and (_ERROR_PAGE.search(title or "") or _ERROR_PAGE.search(body_text)):
            hit = _ERROR_PAGE.search((title or "") + " " + body_text)
            raise NotAReadout("no article body found: the page looks like an error page "
                              f"({hit.group(0) if hit else ''!r})")
        return
    if title and not paragraphs and links < 5:
        raise NotAReadout("no article body found: the page has only a title and no paragraphs of prose")
    raise NotAReadout(f"no article body found: the page has {links} links and {prose} paragraphs of prose")


def _is_prose(p: str) -> bool:
    n = len(p)
    if _CJK.search(p):
        return len(_CJK.findall(p)) >= 20
    return n >= 60 and len(p.split()) >= 8
