"""Meeting date resolution: the publication date is an explicit input, nothing reads the clock.

corpus/GUIDELINES.md 2.1.  Resolution order:

0. a full date (with its year) in the headline ("Minutes of the Council Meeting held on 22nd March 2021");
1. the first date statement in the lead (the first few sentences): an explicit day and month
   ("On February 19", "On November 19th", "On the morning of July 11", "held ... on July 12", "yesterday",
   "On 24 and 25 September", "From November 26 to 28", "From July 9 to 10, 2019", a photo caption
   "..., March 15, 2024.") or a weekday ("on Friday", "held a meeting Friday", "from Monday to Tuesday");
2. otherwise an explicit date in a photo caption or a sentence-initial "On <date>" anywhere;
3. otherwise a full date (with its year) in a later sentence that reports the event (no dateline);
4. otherwise the dateline date ("BEIJING, Feb. 6 (Xinhua) --"), otherwise the publication date.

Years: a year written with the date wins (stated_full); else the publication year, or the previous
year when that day would fall after the publication date.  Weekdays resolve to the latest such
day on or before the dateline date (or the publication date).  Without a year anywhere and without
a publication date, the date is unknown (None): nothing is guessed.  A bare year ("the 2025 plan")
is never a meeting year.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from readouts.months import ABBREVIATIONS, DOT, MONTH_NUMBER, OPTIONAL_DOT, WEEKDAY_RE, month_re

WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}

# "Mar", "Jun" and "Jul" need their period: bare, they are other words (or names)
_MON = month_re({**dict.fromkeys(ABBREVIATIONS, OPTIONAL_DOT), "Mar": DOT, "Jun": DOT, "Jul": DOT})
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_WD = WEEKDAY_RE

# "November 26 to 28, 2024", "November 28 to December 2", "July 9-10, 2019", "June 3 and 4"
_MD = re.compile(
    r"\b(?P<m1>" + _MON + r")(?:\s+|(?<=\.)|,\s*(?=" + _DAY + r",\s*" + _YEAR + r"\b))(?P<d1>" + _DAY + r")\b"  # "On Nov.6"; a
    # comma only before a day and its year ("Morning of August, 3, 2019")
    r"(?:\s*(?:to|through|-|–|and)\s*(?:(?P<m2>" + _MON + r")\s+)?(?P<d2>" + _DAY + r")\b)?"
    r"(?:,?\s+(?P<y>" + _YEAR + r")\b)?")
# "24 and 25 September 2019", "24 September", "from 24 to 26 September"
_DM = re.compile(
    r"\b(?P<d1>" + _DAY + r")(?:\s*(?:to|through|-|–|and)\s*(?P<d2>" + _DAY + r"))?\s+(?:of\s+)?(?P<m1>" + _MON + r")\b"
    r"(?:,?\s+(?P<y>" + _YEAR + r")\b)?")
# "On the 28th," (day only)
# "On the 15th, ...", "From 15th to 16th, ...": a day of the dateline's (or the publication's) month
_DAY_ONLY = re.compile(r"\b(?:[Oo]n\s+the|[Ff]rom(?:\s+the)?)\s+(?P<d1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
                       r"(?=\s*[,.]|\s+(?:to|and|through)\s+(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b)")
# "met ... here yesterday": news copy dates the event from the day it ran ("the day before yesterday" is not it)
_THIS_YEAR = re.compile(r",?\s+this\s+year\b")
_YESTERDAY = re.compile(r"(?<!before )\b[Yy]esterday\b|\b[Ll]ast\s+night\b")  # (1.30.0: "in Wuhan last night")
_WEEKDAY = re.compile(r"\b(?P<w1>" + _WD + r")\b(?:\s+(?:to|through|and)\s+(?P<w2>" + _WD + r")\b)?")
# (parser 1.31.0) the country after the place ("FUZHOU, China, May 11, 2018 /PRNewswire/ --", "Havana, Cuba. January 16,
# 2019. The ..."), the agency after a comma ("Accra, April 18, GNA –"), a period after a written year
_DATELINE = re.compile(
    r"\s*(?:[A-Z][A-Za-z'.-]+(?:\s+[A-Z][A-Za-z'.-]+){0,3})(?:\s*,\s*[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2})?"
    r"\s*[,.]\s+(?P<m1>" + _MON + r")\s+(?P<d1>" + _DAY + r")"
    r"(?:,\s+(?P<y>" + _YEAR + r"))?\s*(?:\([^)]{1,30}\)\s*|/[A-Za-z -]{2,30}/\s*|,\s*[A-Z]{2,8}\s+)?"
    r"(?:(?::|--|—|–|-)\s*|(?<=\d{4})\.\s+(?=[A-Z]))")
# a date that is a deadline or a reference point, not when something happened
_NOT_EVENT_BEFORE = re.compile(
    r"(?:\b(?:by|before|until|till|since|through|ending|end\s+of|deadline\s+of|as\s+of)\s+(?:the\s+)?"
    r"|(?<!\bfrom\s)(?<!\bon\s)\bthe\s+)$", re.I)  # (1.31.0) "held ... from the 20th - 24th September, 2010"
# verbs of the reported event itself (a meeting held, chaired, attended, an inspection, talks)
_EVENT_VERB = re.compile(
    r"\b(?:presid(?:ed|es|ing)|chair(?:ed|s|ing)|convened?|convenes|held|holds|hosted|hosts|opened|opens|met|meets|"
    r"attended|attends|addressed|inspected|inspects|visited|visits|took\s+place|kicked\s+off|concluded|closed|"
    r"talks|meeting|conference|session|forum|symposium|courtesy\s+call)\b", re.I)
_ON_START = re.compile(r"^\s*(?:On|on)\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?$")
_HELD_ON = re.compile(r"\b(?:held|convened|opened|took\s+place|met|was\s+staged)\b[^.]{0,120}\b(?:on|from)\s+"
                      r"(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?$")  # (1.35.0) "held from December 17 to 19"
_CAPTION_END = re.compile(r"^\s*\.?\s*(?:\((?:[^)]*)\)|\[[^\]]*\])?\s*$")

_STAMP_BEFORE = re.compile(r"(?:\b\d{1,2}:\d{2}(?::\d{2})?\s*,?\s*|\b(?:Updated|Published|Release\s+time|Released|Date|Time|Source)\s*:\s*)$", re.I)

LEAD_SENTENCES = 5
_TERMINAL = re.compile(r"[.?!]['\"\u2019\u201d)\]]*\s*$")


@dataclass(frozen=True)
class MeetingDate:
    start: date | None = None
    end: date | None = None
    source: str | None = None  # how it was found; see the meetings.meeting_date_source column


@dataclass(frozen=True)
class _Mention:
    pos: int  # offset in the text
    kind: str  # "md" (month and day, maybe year), "day" (day only), "weekday", "yesterday"
    month: int | None = None
    day: int | None = None
    year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    weekday: int | None = None
    end_weekday: int | None = None
    on_start: bool = False  # "On <date>" at the start of a sentence or "held ... on <date>"
    caption: bool = False  # a full date closing a photo caption
    this_year: bool = False  # "From August 3 to 10 this year": the publication's year, never the one before


def month_number(token: str) -> int | None:
    t = token.lower().rstrip(".")
    return MONTH_NUMBER.get(t)


def _day(token: str | None) -> int | None:
    return int(re.match(r"\d+", token).group()) if token else None


def _as_date(d) -> date | None:
    if d is None:
        return None
    if isinstance(d, datetime):
        return d.date()
    if isinstance(d, date):
        return d
    try:
        return date.fromisoformat(str(d)[:10])
    except ValueError:
        return None


_DATELINE_INLINE = re.compile(
    r"(?<![\w,])(?:[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+){0,2}),\s+(?P<m1>" + _MON + r")\s+(?P<d1>" + _DAY + r")"
    r"(?:,\s+(?P<y>" + _YEAR + r"))?\s*(?:\([^)]{1,30}\)\s*|/[A-Za-z -]{2,30}/\s*)?(?::|--|—|–)\s*")  # "/PRNewswire/ --"
# (parser 1.30.0) the day first, or the country in brackets after the place: "Addis Ababa, 4 April 2014 (WIC) -",
# "Beijing (China) May 22:"
_DATELINE_DM = re.compile(
    r"\s*(?:[A-Z][A-Za-z'.-]+(?:\s+[A-Z][A-Za-z'.-]+){0,3})(?:,\s+|\s+\([A-Z][A-Za-z ]{1,20}\)\s+)(?:(?P<d1>" + _DAY +
    r")\s+(?P<m1>" + _MON + r")|(?P<m2>" + _MON + r")\s+(?P<d2>" + _DAY + r"))"
    r"(?:,?\s+(?P<y>" + _YEAR + r"))?\s*(?:\([^)]{1,30}\)\s*)?(?::|--|—|–|-)\s*")
DATELINE_PARAGRAPHS = 6


def find_dateline(text: str) -> tuple[int, int, int | None, int, int] | None:
    """(month, day, year or None, start, end) of a wire-service dateline: at the start of one of the first
    paragraphs ("BEIJING, Feb. 6 (Xinhua) --", "Chengdu, May 3 --"), or an all-caps one after a stamp
    (" date 2026-03-07 BEIJING, March 7 (APP): ...")."""
    for k, para in enumerate(re.finditer(r"[^\n]+", text)):
        if k >= DATELINE_PARAGRAPHS:
            break
        m = _DATELINE.match(text, para.start(), para.end()) or _DATELINE_DM.match(text, para.start(), para.end()) or \
            _DATELINE_INLINE.search(text, para.start(), para.end())
        if m is None:
            continue
        month, day = m.group("m1") or m.group("m2"), m.group("d1") or m.group("d2")
        number = month_number(month)
        if number:
            return number, _day(day), (int(m.group("y")) if m.group("y") else None), m.start(), m.end()
    return None


_CAPS_MONTHS = r"(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
_CAPS_MONTH = re.compile(r"\b" + _CAPS_MONTHS + r"(?=\s+\d{1,2},?\s+(?:19|20)\d\d\b)|"  # "OCTOBER 24, 2007"
                         r"(?<=\d\s)" + _CAPS_MONTHS + r"(?=,?\s+(?:19|20)\d\d\b)")  # "2 NOVEMBER 2020"


def _free(taken: list[tuple[int, int]], a: int, b: int) -> bool:
    """No span already taken overlaps [a, b)."""
    return not any(a < y and x < b for x, y in taken)


def date_mentions(sentence: str, offset: int = 0) -> list[_Mention]:
    """Every day/month or weekday statement in one sentence, in text order."""
    # (1.35.0) a full date in capitals: "HELD ON OCTOBER 24, 2007", "ON 2 NOVEMBER 2020" (not a dateline: "YEREVAN,
    # AUGUST 27, ARMENPRESS.")
    sentence = _CAPS_MONTH.sub(lambda m: m.group(0).title(), sentence)
    out: list[_Mention] = []
    taken: list[tuple[int, int]] = []

    def free(a, b):
        return _free(taken, a, b)

    def context(m):
        before = sentence[:m.start()]
        if _STAMP_BEFORE.search(before):
            return True, False  # a publication stamp ("Updated: ...", "08:40, January 25, 2022") is no event
        deadline = _NOT_EVENT_BEFORE.search(before)
        the = re.search(r"\bthe\s+$", before)
        # "on the 29th of May 2013": a date, not "the May 4th ..."; (1.35.0) nor "Minutes of the October 19, 2017, Meeting"
        if deadline and the and (" of " in m.group(0) or m.group("y")):
            deadline = _NOT_EVENT_BEFORE.search(before[:the.start()])
        return bool(deadline), bool(_ON_START.match(before) or _HELD_ON.search(before))

    for rx in (_MD, _DM):
        for m in rx.finditer(sentence):
            if not free(*m.span()):
                continue
            mon = month_number(m.group("m1"))
            if not mon:
                continue
            # "May" is also a modal verb: require a capital M and a following day (already) and no "may"
            deadline, on_start = context(m)
            if deadline:
                taken.append(m.span())
                continue
            m2 = m.groupdict().get("m2")
            end_mon = month_number(m2) if m2 else (mon if m.group("d2") else None)
            caption = bool(m.group("y")) and bool(_CAPTION_END.match(sentence[m.end():])) and m.start() > 0 \
                and sentence[m.start() - 2:m.start()] == ", "
            out.append(_Mention(offset + m.start(), "md", mon, _day(m.group("d1")), int(m.group("y")) if m.group("y") else None,
                                end_mon, _day(m.group("d2")), on_start=on_start, caption=caption,
                                this_year=bool(_THIS_YEAR.match(sentence, m.end()))))
            taken.append(m.span())
    for m in _DAY_ONLY.finditer(sentence):
        if free(*m.span()):
            out.append(_Mention(offset + m.start(), "day", day=_day(m.group("d1")), on_start=True))
            taken.append(m.span())
    out += _relative_mentions(sentence, offset, taken)
    return sorted(out, key=lambda x: x.pos)


def _relative_mentions(sentence: str, offset: int, taken: list[tuple[int, int]]) -> list[_Mention]:
    """"yesterday" and weekdays not inside a date already taken (`taken` grows)."""
    out = []
    for rx in (_YESTERDAY, _WEEKDAY):
        for m in rx.finditer(sentence):
            if any(m.end() <= x <= m.end() + 2 for x, _ in taken):
                continue  # (1.35.0) "held on Thursday 8 November 2012": the date written after the weekday says it
            if _free(taken, *m.span()) and not _NOT_EVENT_BEFORE.search(sentence[:m.start()]):
                out.append(_relative_mention(m, offset))
                taken.append(m.span())
    return out


def _relative_mention(m: re.Match, offset: int) -> _Mention:
    """"yesterday" or a weekday ("on Friday", "from Monday to Tuesday")."""
    if "w1" not in m.groupdict():
        return _Mention(offset + m.start(), "yesterday")
    return _Mention(offset + m.start(), "weekday", weekday=WEEKDAYS[m.group("w1").lower()],
                    end_weekday=WEEKDAYS[m.group("w2").lower()] if m.group("w2") else None)


def _year_for(month: int, day: int, published: date | None) -> tuple[int, str] | None:
    """Publication year, or the previous one when the day would fall after publication."""
    if published is None:
        return None
    try:
        d = date(published.year, month, day)
    except ValueError:
        return None
    if d > published:
        return published.year - 1, "day_month+previous_year"
    return published.year, "day_month+published_year"


def _after(year: int, month: int, day: int, published: date) -> bool:
    try:
        return date(year, month, day) > published
    except ValueError:
        return True


def _md_year(m: _Mention, published: date | None) -> tuple[int, str] | None:
    """The year of a month and day, and how it was found."""
    if m.month is None or m.day is None:
        return None
    if m.year:
        return m.year, "stated_full"
    if m.this_year:
        if published is None or _after(published.year, m.month, m.day, published):
            return None  # later this year: a plan, not the meeting
        return published.year, "day_month+published_year"
    return _year_for(m.month, m.day, published)


def _resolve_md(m: _Mention, published: date | None) -> MeetingDate | None:
    if m.kind == "day":
        if published is None:
            return None
        month, year = published.month, published.year
        if m.day > published.day:
            month -= 1
            if month == 0:
                month, year = 12, year - 1
        try:
            return MeetingDate(date(year, month, m.day), None,
                               "day_month+published_year" if year == published.year else "day_month+previous_year")
        except ValueError:
            return None
    ys = _md_year(m, published)
    if ys is None:
        return None
    year, source = ys
    try:
        start = date(year, m.month, m.day)
    except ValueError:
        return None
    end = None
    if m.end_day:
        try:
            end = date(year, m.end_month or m.month, m.end_day)
        except ValueError:
            end = None
        if end is not None and end < start:
            try:
                end = date(year + 1, end.month, end.day)
            except ValueError:
                end = None
        if end == start:
            end = None
    return MeetingDate(start, end, source)


def weekday_on_or_before(anchor: date, weekday: int) -> date:
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def _dateline_date(dl, published: date | None) -> date | None:
    if dl is None:
        return None
    month, day, year = dl[0], dl[1], dl[2]
    if year:
        try:
            return date(year, month, day)
        except ValueError:
            return None
    ys = _year_for(month, day, published)
    if ys is None:
        return None
    return date(ys[0], month, day)


def _resolve_weekday(m: _Mention, dateline: date | None, published: date | None) -> MeetingDate | None:
    anchor, source = (dateline, "weekday+dateline") if dateline else (published, "weekday+published_date")
    if anchor is None:
        return None
    start = weekday_on_or_before(anchor, m.weekday)
    end = None
    if m.end_weekday is not None:
        span = (m.end_weekday - m.weekday) % 7
        if span:
            end = start + timedelta(days=span)
            if end > anchor:  # "from Monday to Tuesday" ending on the anchor day
                start -= timedelta(days=7 * ((end - anchor).days // 7 + (1 if (end - anchor).days % 7 else 0)))
                end = start + timedelta(days=span)
    return MeetingDate(start, end, source)


def resolve_meeting_date(text, sentences, published: date | None, title: str | None = None) -> MeetingDate:  # noqa: C901 - over the complexity budget; to be split
    published = _as_date(published)
    dl = find_dateline(text)
    dateline = _dateline_date(dl, published)
    dl_span = (dl[3], dl[4]) if dl else None

    per_sentence: list[tuple[int, list[_Mention]]] = []
    for k, s in enumerate(sentences):
        body, off = s.text, s.start
        if dl_span and s.start < dl_span[1] and dl_span[0] < s.end:  # keep the dateline's own date out of the
            cut = max(0, dl_span[1] - s.start)  # mentions (the splitter may cut it: "Havana, Cuba. | January 16, 2019.")
            body, off = s.text[cut:], s.start + cut
        per_sentence.append((k, date_mentions(body, off)))

    def resolve(m: _Mention) -> MeetingDate | None:
        if m.kind == "yesterday":
            anchor, how = (dateline, "dateline") if dateline else (published, "published_date")
            return MeetingDate(anchor - timedelta(days=1), None, "yesterday+" + how) if anchor else None
        if m.kind == "weekday":
            return _resolve_weekday(m, dateline, published)
        r = _resolve_md(m, published or dateline)
        if r is not None and published is None and r.source == "day_month+published_year":
            # parser 1.30.0: a dated wire copy without a page date gives the year ("BEIJING, Sept. 24, 2019 /PRNewswire/
            # -- The forum kicked off on September 18")
            r = MeetingDate(r.start, r.end, "day_month+dateline_year")
        if r is not None and r.source == "stated_full" and published is not None and r.start > published:
            return None  # a stated date after publication is a plan or deadline, not the meeting
        return r

    # 0. (parser 1.35.0) a full date in the headline: "Minutes of the Parish Council Meeting held on the 22nd March
    #    2021", "Draft Minutes of the October 19, 2017, Meeting" (the body may date earlier minutes it approves)
    for m in date_mentions(title or ""):
        r = resolve(m) if m.kind == "md" and m.year else None
        if r is not None:
            return r
    # the lead: the first LEAD_SENTENCES real sentences (navigation residue and short header lines not counted)
    n_lead, counted = len(per_sentence), 0
    for k, s in enumerate(sentences):
        if _TERMINAL.search(s.text) or len(s.text.split()) >= 8:
            counted += 1
            if counted >= LEAD_SENTENCES:
                n_lead = k + 1
                break
    # 1. the first statement in the lead, preferring a sentence that reports the event itself
    #    ("On June 30, 2023, the leader delivered a speech ... On July 5, the committee convened a meeting")
    for want_event in (True, False):
        for k, mentions in per_sentence[:n_lead]:
            if want_event and not (_EVENT_VERB.search(sentences[k].text) or any(m.caption for m in mentions)):
                continue
            for m in mentions:
                r = resolve(m)
                if r is not None:
                    return r
    # 2. a caption date or a sentence-initial "On <date>" / "held ... on <date>" further down
    for _k, mentions in per_sentence[n_lead:]:
        for m in mentions:
            if m.kind != "weekday" and (m.caption or m.on_start):
                r = resolve(m)
                if r is not None:
                    return r
    # 3. a full date (year written) in a sentence that reports the event, further down: "Both men met at the
    #    Unity Palace on Wednesday the 28th of June 2017" (not before a dateline, which dates wire copy)
    if dateline is None:
        for k, mentions in per_sentence[n_lead:]:
            if _EVENT_VERB.search(sentences[k].text):
                for m in mentions:
                    r = resolve(m) if m.kind == "md" and m.year else None
                    if r is not None:
                        return r
    # 4. no day stated
    if dateline is not None:
        return MeetingDate(dateline, None, "dateline")
    if published is not None:
        return MeetingDate(published, None, "published_date")
    return MeetingDate()
