"""Meeting name, format and location as the readout states them (corpus/GUIDELINES.md 2.3).

meeting_name rules, tried in this order on the lead of the text (each a small function):

1. presiding:   "X presided over (and addressed) the 89th Executive Meeting of ..."   -> that name
2. convening:   "the CPC Sichuan Provincial Committee convened a meeting of the Standing Committee"
                -> "meeting of the Standing Committee of the CPC Sichuan Provincial Committee";
                "... convened a special meeting to discuss X" -> "special meeting on X"
3. was held:    "The 6th ... Congress of the CPC opened in ...", "the Conference for ... was held"
4. talks:       "X met (in Chengdu) with Y", "held talks with Y"                   -> "meeting with Y"
5. inspection:  "X made an inspection tour of Y", "inspected Y"                  -> "inspection tour of Y"
6. headline:    "X Chairs/Presides over/Convenes <Name>"                         -> <Name>

A generic name ("the meeting") is only used when nothing better is found, and a body name that the
headline states in a longer form ("second meeting of the leading group" / "Second Meeting of the
Provincial Leading Group on ...") takes the headline's form.  Lower-case leading articles are dropped.
"""
from __future__ import annotations

import re

from readouts.months import DOT, WEEKDAY_RE, month_re

_MEETING_NOUN = (r"(?:meetings?|conference|session|congress|forum|symposium|seminar|plenum|summit|assembly|gathering|"
                 r"convention|dialogue|talks|ceremony|briefing|colloquium|workshop|council\s+meeting|teleconference|videoconference|"
                 r"video\s+conference|telephone\s+conference)")
_MEETING_NOUN_RX = re.compile(r"\b" + _MEETING_NOUN + r"\b", re.I)
_PURPOSE_VERBS = (r"convey|study|discuss|review|deploy|hear|learn|implement|analy[sz]e|listen|summari[sz]e|make|arrange|"
                  r"deliberate|examine|relay|communicate|mobili[sz]e|plan|map|push|advance|promote|sum|further|"
                  r"strengthen|boost|ensure|accelerate|coordinate|brief|launch|kick")
_MONTHS = month_re({a: DOT for a in ("Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")})
_WEEKDAYS = WEEKDAY_RE
# where a name stops
_NAME_STOP = re.compile(
    r"\s*(?:[,.;:!?]|\((?![A-Z]{2,6}\))|\s-\s|—|–"
    r"|\s(?:to\s+(?:" + _PURPOSE_VERBS + r")\b)"
    r"|\s(?:in|at)\s+(?:the\s+)?[A-Z]"
    r"|\s(?:on|from)\s+(?:the\s+(?:morning|afternoon|evening)\b|" + _MONTHS + r"|" + _WEEKDAYS + r"|\d)"
    r"|\s(?:" + _WEEKDAYS + r"|held|which|where|when|that|who|with\s+the\s+(?:theme|aim)|via|through|by\s+video|in\s+the\s+form|"
    r"and\s+(?:delivered|delivers|made|makes|gave|gives|addressed|addresses|spoke|speaks|presided|presides|chaired|chairs|"
    r"stressed|stresses|said|says|noted|notes|called|calls|urged|urges|pointed)|"
    r"was\s+|were\s+|has\s+|had\s+|is\s+|are\s+|will\s+)\b"
    r"|\s(?:in|at)\s+(?:Beijing|the\s+Great\s+Hall)\b"
    r"|$)")
_LEAD_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Madam|Dr)\.?\s+")
_ORDINAL = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                      r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|twentieth|\w+-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))\b", re.I)
_BODY_WORD = re.compile(r"\b(?:Committee|Government|Council|Congress|Commission|Bureau|Ministry|Department|Office|Group|"
                        r"Party|CPPCC|Administration|Delegation|Headquarters|Cabinet|Assembly|People's\s+Government)\b")

_BODY_WORD_LOWER = re.compile(r"\b(?:delegation|leading\s+group|standing\s+committee|party\s+group|government|committee)\b")
_DATELINE_PREFIX = re.compile(
    r"^\s*(?:date\s+\d{4}-\d\d-\d\d\s+)?[A-Z][A-Za-z'.-]+(?:\s+[A-Z][A-Za-z'.-]+){0,3},\s+[A-Z][a-z]+\.?\s+\d{1,2}"
    r"(?:,\s+\d{4})?\s*(?:\([^)]{1,30}\)\s*)?(?::|--|—|–)\s*")
_PRESIDE = re.compile(
    r"\b(?:presided\s+over|presides\s+over|presiding\s+over|chaired|chairs|chairing|hosted|hosts|presided\s+at)"
    r"(?:\s+and\s+(?:addressed|spoke\s+at|delivered\s+(?:a|an\s+important)\s+speech\s+at|attended))?\s+"
    r"(?=(?:the|a|an)\s|\d|[A-Z])")
_CONVENE = re.compile(
    r"^(?:(?:On|on)\s[^,]{1,60},\s+)?(?P<subject>[^,]{3,140}?)\s+(?:\w+ly\s+|on\s+" + _WEEKDAYS + r"\s+|" + _WEEKDAYS + r"\s+)?"
    r"(?:convened|held|convenes|holds|hosted|organized|organised)\s+(?P<rest>(?:the|a|an|its)\s+.*)", re.S)
_WAS_HELD_VERB = re.compile(
    r"\s+(?:was\s+(?:held|convened|opened|launched|staged)|(?:grandly\s+|officially\s+|solemnly\s+)?(?:opened|kicked\s+off|"
    r"opens|concluded|closed|took\s+place|got\s+underway))\b")
# an article opening a run of name tokens (no punctuation but ’ ' ( ) -) that reaches the verb
_ARTICLE = re.compile(r"(?:^|(?<=[-–—,:\s]))(?:[Tt]he|[Aa]n?)\s+")
_NAME_RUN = re.compile(r"[\w’'()-]+(?:\s+[\w’'()-]+)*")
_MET = re.compile(
    r"\b(?:met|meets|meeting(?=\s+with\b))\s+(?:(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+)?(?:(?:on|with)\s+"
    r"(?:" + _WEEKDAYS + r"\s+)?(?:with\s+)?)?(?P<who>(?:(?:the|a|an|visiting|some)\s+)?(?:Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?[A-Za-z].*)", re.S)
_TALKS = re.compile(r"\b(?:held|holds|had)\s+(?:\w+\s+)?talks\s+(?:(?:in|at)\s+[A-Z][\w'’-]*\s+)?with\s+(?P<who>.*)", re.S)
_INSPECTION = re.compile(
    r"\b(?:(?:made|conducted|paid|carried\s+out|went\s+on|began)\s+(?:an?\s+)?(?:\w+\s+)?(?:inspection|investigation|research|fact-finding)"
    r"\s+(?:tour|trip|visit)s?\s+(?:of|in|to|at)|inspected|inspects|(?:went|came)\s+to\s+(?P<place2>[A-Z][^,.]{1,80}?)\s+for\s+(?:an?\s+)?inspection)"
    r"\s*(?P<place>[^,.;]*)")
_TITLE_NAME = re.compile(
    r"\b(?:Presides?\s+[Oo]ver|Presiding\s+[Oo]ver|Chairs?|Chaired|Convenes?|Convened|Holds?|Hosts?|Attends?|Addresses)\s+"
    r"(?P<name>.+)$")
_TITLE_HELD = re.compile(r"^(?P<name>.+?)\s+(?:was\s+|is\s+)?(?:Held|Opens|Opened|Concludes|Kicks\s+Off|Closes)\b")

_FORM_OF = re.compile(r"\bin\s+the\s+form\s+of\s+(?:an?\s+)?[\"“‘']?(?P<fmt>[^\"”’'.;]+?)[\"”’']?(?=[.;,]|$)")
_VIA = re.compile(r"\b(?:via|by|through|over)\s+(?:an?\s+)?(?P<fmt>video\s+links?|video\s+conferenc(?:e|ing)|videoconferenc(?:e|ing)|"
                  r"video\s+and\s+telephone\s+conference|teleconferenc(?:e|ing)|telephone\s+conference|video|phone|telephone)\b", re.I)
_ONLINE = re.compile(r"\b(?:held|convened|took\s+place)\s+(?P<fmt>online|virtually|both\s+online\s+and\s+offline)\b", re.I)
_LOCATION = re.compile(
    r"\b(?:held|convened|opened|took\s+place|met|meets|presides\s+over[^,.]*?|presided\s+over[^,.]*?|kicked\s+off)\s+"
    r"(?:[\w'’-]+\s+){0,8}?in\s+(?P<loc>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w'’-]*)*)")

LEAD_SENTENCES = 6
_TERMINAL = re.compile(r"[.?!]['\"\u2019\u201d)\]]*\s*$")


def clean_name(raw: str) -> str | None:
    """Cut a name at the first stop, drop a lower-case leading article and honorifics."""
    m = _NAME_STOP.search(raw)
    name = raw[:m.start()] if m else raw
    name = _HONORIFIC.sub("", name).strip(" \t\"'“”‘’")
    name = _LEAD_ARTICLE.sub("", name)
    name = re.sub(r"\s+", " ", name).strip()
    return name or None


def is_specific(name: str | None) -> bool:
    """'meeting' or 'the plenary meeting' say nothing; an ordinal, a capitalised word or a qualifier does."""
    if not name:
        return False
    words = name.split()
    if len(words) <= 1:
        return False
    if _ORDINAL.search(name) or re.search(r"\b(?:of|on|for)\b", name):
        return True
    return any(w[:1].isupper() for w in words)


def _has_meeting_noun(name: str | None) -> bool:
    return bool(name and _MEETING_NOUN_RX.search(name))


def name_from_presiding(sentence: str) -> str | None:
    """'X presided over the 19th Executive Meeting of the People's Government of Sichuan Province.'"""
    for m in _PRESIDE.finditer(sentence):
        name = clean_name(sentence[m.end():])
        if _has_meeting_noun(name):
            return name
    return None


def name_from_convening(sentence: str) -> str | None:
    """'the CPC Sichuan Provincial Committee convened a meeting of the Standing Committee' (composed with the body);
    'the People's Government convened a special meeting to discuss X' -> 'special meeting on X'."""
    m = _CONVENE.search(sentence)
    if not m:
        return None
    rest = m.group("rest")
    name = clean_name(re.sub(r"^its\s+", "", rest))
    name = re.sub(r"\bof\s+its\s+", "of the ", name or "") or None
    if not _has_meeting_noun(name):
        return None
    subject = re.sub(r"^(?:[A-Z][a-z]+['’]s\s+)?", "", m.group("subject").strip())
    subject = re.sub(r"^.*?\b(?:On|on)\s+" + _WEEKDAYS + r"\s*,?\s*", "", subject)
    subj_is_body = bool(_BODY_WORD.search(subject) or _BODY_WORD_LOWER.search(subject)) and not re.search(r",", m.group("subject"))
    # "a special meeting to discuss the compilation of X" -> "special meeting on the compilation of X"
    if not re.search(r"\b(?:of|on|for)\b", name):
        p = re.match(r"\s*" + re.escape(name) + r"\s+to\s+(?:discuss|study|deliberate\s+on|deliberate|review|consider)\s+(?P<topic>[^,.;]+)",
                     _LEAD_ARTICLE.sub("", rest))
        if p and not re.search(r"\b(?:spirit|guiding\s+principles|instructions|speech)\b", p.group("topic")):
            return f"{name} on {p.group('topic').strip()}"
    if subj_is_body and re.search(r"\bof\s+(?:the\s+|its\s+)?(?:Standing\s+Committee|Political\s+Bureau|leading\s+group|"
                                  r"Party\s+(?:group|committee)|[A-Z][\w-]*\s+Committee)\b", name) \
            and _LEAD_ARTICLE.sub("", subject.strip()).lower() not in name.lower():
        body = re.sub(r"^(?:[Tt]he)\s+", "", subject)
        return f"{name} of the {body}"
    if subj_is_body and not re.search(r"\b(?:of|on|for)\b", name):
        body = re.sub(r"^(?:[Tt]he)\s+", "", subject)
        return f"{name} of the {body}"
    return name


def name_from_was_held(sentence: str) -> str | None:
    """'The 6th Chongqing Municipal Congress of the CPC grandly opened ...', 'the Conference for ... was held'."""
    v = _WAS_HELD_VERB.search(sentence)
    if not v:
        return None
    lo = max(0, v.start() - 300)
    # the nearest article whose run of name tokens up to the verb holds a meeting noun
    for a in reversed(list(_ARTICLE.finditer(sentence, lo, v.start()))):
        run = sentence[a.end():v.start()]
        if not _NAME_RUN.fullmatch(run):
            break  # punctuation in between: further-left articles cannot reach the verb either
        name = clean_name(run)
        if _has_meeting_noun(name) and _NAME_RUN.fullmatch(run):
            return name
    return None


_AT_EVENT = re.compile(r"\b(?:at|during|attended|attends|addressed|addresses)\s+(?=(?:the|a|an)\s)")


def name_from_attending(sentence: str) -> str | None:
    """'X delivered the report at the opening meeting of the second session of the 14th NPC'."""
    for m in _AT_EVENT.finditer(sentence):
        name = clean_name(sentence[m.end():])
        if _has_meeting_noun(name):
            return name
    return None


def name_from_talks(sentence: str) -> str | None:
    """'X met in Chengdu with Y, ...' / 'X held talks with Y' -> 'meeting with Y'."""
    m = _TALKS.search(sentence) or _MET.search(sentence)
    if not m:
        return None
    who = _HONORIFIC.sub("", m.group("who"))
    who = re.split(r",\s+(?:including|such\s+as|among\s+others|who|which|where|when|and\s+the\s+two|to\s+)|\s+(?:on|in|at)\s+"
                   r"(?:" + _WEEKDAYS + r"|the\s+(?:morning|afternoon|evening))\b|\s+(?:and|to)\s+(?:discussed|exchanged|held|signed)\b|[.;]", who)[0]
    who = re.split(r"\s+(?:in|at)\s+(?:Beijing|[A-Z][a-z]+)$", who.strip())[0]
    who = _HONORIFIC.sub("", who).strip(" ,")
    who = _LEAD_ARTICLE.sub("", who)
    if not who or not re.search(r"[A-Z]|\b(?:representatives|delegation|delegates|experts|entrepreneurs)\b", who):
        return None
    return f"meeting with {who}"


def name_from_inspection(sentence: str) -> str | None:
    """'X made an inspection tour of Y' -> 'inspection tour of Y'."""
    m = _INSPECTION.search(sentence)
    if not m:
        return None
    place = m.group("place2") or m.group("place")
    place = re.split(r"\s+(?:on|from)\s+(?:" + _WEEKDAYS + r"|" + _MONTHS + r")|\s+(?:to|and)\s+(?:learn|inspect|study|check|see|investigate)\b", place or "")[0]
    place = place.strip()
    return f"inspection tour of {place}" if place else None


def name_from_title(title: str | None) -> str | None:
    """'Huang Qiang Chairs the 112th Executive Meeting of ...' -> '112th Executive Meeting of ...'."""
    if not title:
        return None
    t = title.strip()
    for rx in (_TITLE_NAME, _TITLE_HELD):
        m = rx.search(t)
        if m:
            name = m.group("name")
            name = re.split(r"\s+(?:in|at)\s+[A-Z][a-z]+$|,\s|\s+[-–—|]\s", name)[0]
            name = re.sub(r"^(?:the|The|a|A|an|An)\s+", "", name).strip(" .")
            if _has_meeting_noun(name):
                return name
    return None


def _tokens(s: str) -> set[str]:
    return set(re.findall(r"\w+", s.lower()))


def _add_body(name: str, others: list[str]) -> str:
    """'meeting of criticism and self-criticism' + another mention 'meeting of the Political Bureau of ...'
    -> 'meeting of criticism and self-criticism of the Political Bureau of ...'."""
    if _BODY_WORD.search(name):
        return name
    for o in others:
        m = re.match(r"^(?:\w+\s+){0,3}?(?:meeting|session|conference)\s+(?P<tail>of\s+(?:the\s+)?.*)$", o)
        if m and _BODY_WORD.search(m.group("tail")) and m.group("tail") not in name:
            return f"{name} {m.group('tail')}"
    return name


def lead_sentences(sentences, n: int = LEAD_SENTENCES) -> list[str]:
    """The first n body sentences (ending in terminal punctuation), dateline stripped, followed by the
    header lines met on the way (navigation residue, a headline), which are only a last resort."""
    body: list[str] = []
    header: list[str] = []
    for s in sentences:
        if len(body) >= n:
            break
        t = _DATELINE_PREFIX.sub("", s.text)
        (body if _TERMINAL.search(t) else header).append(t)
    return body + header


def meeting_name(text: str, sentences, title: str | None) -> str | None:
    lead = lead_sentences(sentences)
    generic = None
    candidates = [(rule(s), k, r) for r, rule in enumerate((name_from_presiding, name_from_convening, name_from_was_held, name_from_attending))
                  for k, s in enumerate(lead)]
    candidates = [c for c in candidates if c[0]]
    for name, _k, _r in candidates:
        if is_specific(name):
            others = [c[0] for c in candidates if c[0] != name and is_specific(c[0])]
            return _prefer_title_form(_add_body(name, others), title)
        if generic is None:
            generic = name
    for rule in (name_from_talks, name_from_inspection):
        for s in lead[:3]:
            name = rule(s)
            if name:
                return name
    from_title = name_from_title(title)
    if from_title:
        return from_title
    if generic and generic.lower() not in {"meeting", "conference", "session", "the meeting"}:
        return generic
    return None


def _prefer_title_form(name: str, title: str | None) -> str:
    """Use the headline's longer statement of the same name ('second meeting of the leading group')."""
    t = name_from_title(title)
    if t and len(t) > len(name) and _tokens(name) <= _tokens(t):
        # keep the body's casing for the head words ("Second Meeting" -> "second meeting")
        lower = {w for w in re.findall(r"[\w'-]+", name.split(" of ")[0]) if w.islower()}
        head, sep, tail = t.partition(" of ")
        head = " ".join(w.lower() if w.lower() in lower else w for w in head.split())
        return head + sep + tail
    return name


def meeting_format(text: str) -> str | None:
    m = _FORM_OF.search(text)
    if m:
        fmt = re.sub(r"\s*\+\s*(?:an?\s+)?", " + ", m.group("fmt").strip())
        fmt = re.sub(r"\s+and\s+(?:an?\s+)", " and ", fmt)
        return re.sub(r"\s+", " ", fmt)
    m = _VIA.search(text)
    if m:
        return "via " + re.sub(r"\s+", " ", m.group("fmt").lower())
    m = _ONLINE.search(text)
    if m:
        return m.group("fmt").lower()
    return None


_LOCATION_BEFORE = re.compile(
    r"\bin\s+(?P<loc>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+(?:on\s+\w+\s+)?(?:met|held|presided\s+over|chaired|convened)\b")


_LOCATION_AFTER_TALKS = re.compile(
    r"\b(?:held\s+talks|met)\b[^.;]*?\s+in\s+(?P<loc>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s*(?:[.,;]|$)")


def meeting_location(sentences) -> str | None:
    """'was held in Chengdu', 'met in Chengdu with', 'in Chengdu met', caption 'in Beijing, capital of China'."""
    for t in lead_sentences(sentences):
        m = _LOCATION.search(t) or _LOCATION_BEFORE.search(t) or _LOCATION_AFTER_TALKS.search(t)
        if m:
            loc = re.sub(r"^the\s+", "", m.group("loc"))
            return loc.strip()
    return None


def meeting_fields(text, sentences, title) -> dict:
    return {"meeting_name": meeting_name(text, sentences, title),
            "location": meeting_location(sentences),
            "format": meeting_format(text)}
