"""Publication-date parsing. Pure functions: strings in, `datetime.date` (or None) out.

Priority used by `extract.html` (see `pick_published_date`): the URL path (the annotation
guidelines take the publication date from it when it has one), then publication-date meta tags,
then a visible "Updated:/Date:/Published:" line, then a bare timestamp, then a news dateline
("BEIJING, March 15 (Xinhua) --") completed with a year found elsewhere, then a labelled line below the
body, then a short line of its own with a full date below the header ("Ends/Tuesday, July 28, 2015").
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from urllib.parse import urlsplit

from readouts.months import MONTH_NUMBER, NO_DOT, month_re

MIN_YEAR, MAX_YEAR = 1990, 2100

_MONTH_RE = month_re(NO_DOT)  # the optional period is matched after it


def make_date(year: int | str, month: int | str, day: int | str) -> date | None:
    """A valid date within MIN_YEAR..MAX_YEAR, else None."""
    try:
        y, m, d = int(year), int(month), int(day)
        if not MIN_YEAR <= y <= MAX_YEAR:
            return None
        return date(y, m, d)
    except (TypeError, ValueError):
        return None


# ---------------------------------------------------------------- URL path
_URL_PATTERNS = [
    # people.cn: /n3/2024/0316/c90000-20145725.html
    re.compile(r"/n\d?/(\d{4})/(\d{2})(\d{2})/"),
    # gov.cn: /news/202402/18/content_...
    re.compile(r"/(\d{4})(\d{2})/(\d{2})/"),
    # zj.gov.cn: /art/2024/3/5/art_...
    re.compile(r"/art/(\d{4})/(\d{1,2})/(\d{1,2})/"),
    # generic /2022-12/28/ (chinamil, chinadaily ...)
    re.compile(r"/(\d{4})-(\d{1,2})/(\d{1,2})/"),
    # sc.gov.cn /2023/11/30/ and generic /YYYY/MM/DD/
    re.compile(r"/(\d{4})/(\d{1,2})/(\d{1,2})(?:/|$)"),
    # news.cn: /20230318/<hash>/c.html
    re.compile(r"/(\d{4})(\d{2})(\d{2})/"),
    # /2024-02-18/ and file names like t20240218_123.html, 2024-02-18-slug.html
    re.compile(r"/(\d{4})-(\d{2})-(\d{2})(?:[/_.-]|$)"),
    re.compile(r"/t(\d{4})(\d{2})(\d{2})_\d+"),
    # people.cn's shape on other hosts: /page/2008/0813/4042377.shtml
    re.compile(r"/(\d{4})/(\d{2})(\d{2})/"),
]


def date_from_url(url: str | None) -> date | None:
    """The publication date encoded in a URL path, if any (query and fragment are ignored)."""
    if not url:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    if not path:
        return None
    for pattern in _URL_PATTERNS:
        for m in pattern.finditer(path):
            d = make_date(*m.groups())
            if d:
                return d
    return None


# ---------------------------------------------------------------- free-form date strings
_ISO = re.compile(r"(?<!\d)(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})(?!\d)")
_COMPACT = re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?:T\d{2}|\d{6}|(?!\d))")
# "Dec. 4, 2020", and as some pages glue it: "Dec.4,2020", "July 7,2020"
_MDY = re.compile(r"\b(" + _MONTH_RE + r")(?:\.\s*|\s+)(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(\d{4})\b", re.I)
_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + _MONTH_RE + r")\.?,?\s+(\d{4})\b", re.I)
_DMY_NUM = re.compile(r"(?<![\d./-])(\d{1,2})[./](\d{1,2})[./](\d{4})(?![\d./-])")


def parse_date(value: str | None) -> date | None:
    """The first date in a string: ISO-like (2024-12-05, 2024.12.05, 2024/12/5, 2024年12月5日,
    2024-12-05T10:00:00+08:00), compact (20241205), "November 15, 2018", "15 November 2018",
    "Dec. 5, 2024"."""
    if not value:
        return None
    value = str(value)
    for m in _ISO.finditer(value):
        d = make_date(*m.groups())
        if d:
            return d
    for m in _MDY.finditer(value):
        d = make_date(m.group(3), MONTH_NUMBER[m.group(1).lower().rstrip(".")], m.group(2))
        if d:
            return d
    for m in _DMY.finditer(value):
        d = make_date(m.group(3), MONTH_NUMBER[m.group(2).lower().rstrip(".")], m.group(1))
        if d:
            return d
    for m in _COMPACT.finditer(value):
        d = make_date(*m.groups())
        if d:
            return d
    for m in _DMY_NUM.finditer(value):  # 05/12/2024 is read day-first (the usual outside the US)
        d = make_date(m.group(3), m.group(2), m.group(1)) or make_date(m.group(3), m.group(1), m.group(2))
        if d:
            return d
    return None


# ---------------------------------------------------------------- meta tags
# lower-cased `name`/`property`/`itemprop` values that carry a publication date, best first
PUBDATE_META = (
    "pubdate", "publishdate", "publish_date", "publish-date", "publishdatetime", "firstpublishedtime",
    "article:published_time", "og:published_time", "article:published", "og:article:published_time",
    "datepublished", "published_time", "published-date", "publication_date", "citation_publication_date",
    "citation_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
    "dc.date.created", "sailthru.date", "parsely-pub-date", "date", "releasedate", "release_date",
    "weibo: article:create_at", "originalpublicationdate", "article.published", "pdate", "created",
)


def date_from_meta(meta: Mapping[str, str]) -> date | None:
    """The publication date from meta tags (`meta` maps lower-cased name/property -> content)."""
    for key in PUBDATE_META:
        value = meta.get(key)
        if value:
            d = parse_date(value)
            if d:
                return d
    return None


# ---------------------------------------------------------------- visible lines
_LABEL = (r"(?:Updated|Update|Last\s+updated|Published|Publish(?:ed)?\s+(?:date|time|on)|Publish(?=\s*:)|Posted(?:\s+on)?"
          r"|Release(?:d)?(?:\s+(?:date|time))?|Issued|Date(?:\s+of\s+(?:publication|release))?|Time"
          r"|发布时间|发布日期|发表时间|日期|时间|更新时间|来源时间)")
_LABELLED = re.compile(r"(?<![A-Za-z])" + _LABEL + r"\s*(?::|：|\s)\s*(.{6,40})", re.I)
_TIMESTAMP = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?(?!\d)")


def date_from_labelled_line(text: str | None) -> date | None:
    """A visible "Updated:2024.12.05" / "Updated: November 15, 2018" / "Date: 2019-07-15" /
    "发布时间：2024-01-02" line. Returns the date following the first such label."""
    if not text:
        return None
    for m in _LABELLED.finditer(text):
        d = parse_date(m.group(1))
        if d:
            return d
    return None


def date_from_timestamp(text: str | None) -> date | None:
    """A bare "2023-08-16 20:36:00"-style timestamp (date plus time of day)."""
    if not text:
        return None
    for m in _TIMESTAMP.finditer(text):
        d = make_date(*m.groups())
        if d:
            return d
    return None


def date_from_short_lines(text: str | None, max_len: int = 80) -> date | None:
    """A full date standing on a short line of its own, e.g. "(Xinhua) 08:41, March 16, 2024" or
    "2024年3月16日". The line nearest the end of `text` (i.e. nearest the article) wins."""
    if not text:
        return None
    for line in reversed(text.splitlines()):
        # a meta line of parts: "Tuesday 14 May 2024 | Written by Supplied | Published in National, Pacific Islands"
        for part in ([line] if len(line.strip()) <= max_len else line.split("|")[:1]):
            if len(part.strip()) <= max_len:
                d = parse_date(part)
                if d:
                    return d
    return None


def date_from_closing_lines(lines: Iterable[str], max_len: int = 60) -> date | None:
    """A full date on a short line of its own after the header, e.g. a release's "Ends/Tuesday, July 28, 2015";
    written with a month name or year first only ("6/03/2015" may be June 3 or 6 March)."""
    for line in lines:
        if len(line) <= max_len and (_MDY.search(line) or _DMY.search(line) or _ISO.search(line)):
            d = parse_date(line)
            if d:
                return d
    return None


# ---------------------------------------------------------------- news datelines
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Za-z'’.\- ]{1,40},\s*(?:[A-Z][A-Za-z.\- ]{1,30},\s*)?(" + _MONTH_RE + r")\.?\s+(\d{1,2})"
    r"(?:,?\s*(\d{4}))?\s*(?:\((?:[A-Za-z .]{2,40})\)\s*)?(?:--|—|–|-)", re.M)


def dateline_month_day(text: str | None) -> tuple[int, int, int | None] | None:
    """(month, day, year-or-None) of a news dateline such as "BEIJING, March 15 (Xinhua) --"
    at the start of a line."""
    if not text:
        return None
    m = _DATELINE.search(text)
    if not m:
        return None
    month = MONTH_NUMBER.get(m.group(1).lower().rstrip("."))
    if not month:
        return None
    return month, int(m.group(2)), int(m.group(3)) if m.group(3) else None


def date_from_dateline(text: str | None, reference: date | None = None,
                       years: Iterable[int] = ()) -> date | None:
    """Complete a dateline's month/day with a year: the dateline's own, else the year that puts the
    date on or just before `reference` (a publication or fetch date), else the most common
    plausible year in `years` (e.g. years found elsewhere on the page)."""
    md = dateline_month_day(text)
    if not md:
        return None
    month, day, year = md
    if year:
        return make_date(year, month, day)
    if reference:
        d = make_date(reference.year, month, day)
        if d and d > reference:
            d = make_date(reference.year - 1, month, day)
        return d
    counts: dict[int, int] = {}
    for y in years:
        if MIN_YEAR <= y <= MAX_YEAR:
            counts[y] = counts.get(y, 0) + 1
    if counts:
        best = max(counts, key=lambda y: (counts[y], y))
        return make_date(best, month, day)
    return None


_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d{2})(?![\d])")


def years_in(text: str | None) -> list[int]:
    """Four-digit years (1990..2100) mentioned in a text."""
    if not text:
        return []
    return [int(y) for y in _YEAR.findall(text) if MIN_YEAR <= int(y) <= MAX_YEAR]


def pick_published_date(*, urls: Iterable[str | None] = (), meta: Mapping[str, str] | None = None,
                        header_text: str | None = None, body_text: str | None = None,
                        fetched_at: datetime | None = None) -> date | None:
    """The publication date by priority: URL path, meta tags, a labelled visible line in the page
    header area, a bare timestamp or a short date line there, then the dateline of the body completed with a year from
    the page or the fetch time."""
    for url in urls:
        d = date_from_url(url)
        if d:
            return d
    if meta:
        d = date_from_meta(meta)
        if d:
            return d
    d = (date_from_labelled_line(header_text) or date_from_timestamp(header_text)
         or date_from_short_lines(header_text))
    if d:
        return d
    # a date label that opens the body itself ("date 2021-08-09 Dhar (Madhya Pradesh): ..."): the page's inline date
    lead = (body_text or "").lstrip()[:60]
    d = date_from_labelled_line(lead) if _LABELLED.match(lead) else None
    if d:
        return d
    ref = fetched_at.date() if isinstance(fetched_at, datetime) else None
    return date_from_dateline(body_text, reference=ref, years=years_in(header_text) + years_in(body_text))
