"""Capitals for a readout a mirror wrote all in lower case ("on november 10, yan jianguo, chairman of ...").

The name rules and the parse read capitals: a page whose whole text was lower-cased by a copying site yields no
names at all. `restore_case` gives such a text back the capitals the rules need, without moving a character (same
length, same offsets): sentence starts, month and weekday names, and pinyin names that stand in a name's place
(rule `lowercase_name`: a surname and a pinyin given name next to an office, "li yaping, mayor of suzhou", "mayor
li yaping", or listed with such a name, "jiao zhengjia and sun hong", "a, vice mayor of x city, and b"). Everything else stays as written; the
pipeline maps the texts it stores back to the page's own letters.
"""
from __future__ import annotations

import re

from readouts.months import FULL_NAMES
from readouts.pinyin import is_given_name, is_surname, syllables
from readouts.transform.lexicon import FUNCTION_WORDS, OFFICE_WORDS
from readouts.transform.titles import is_title

MIN_WORDS = 40  # a short text tells nothing about its case
MAX_CAPITAL_SHARE = 0.03  # capitalised words inside sentences, out of all words there
_INNER_WORD = re.compile(r"(?<=[a-z,;] )[A-Za-z]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?]['\"\u201d\u2019)]?\s+|\n\s*|:\s+)([a-z])")
_CALENDAR = re.compile(r"\b(" + "|".join(m.lower() for m in FULL_NAMES) +
                       r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
_PAIR = re.compile(r"(?=(?<![\w'\u2019-])([a-z]{1,6}) ([a-z]{1,8})(?![\w'\u2019-]))")
_OFFICE_BEFORE = re.compile(r"(?:^|[^a-z])(?:" + "|".join(sorted(w for w in OFFICE_WORDS if w.isalpha())) + r")\s+$")
_LISTED = re.compile(r"^(?:,\s+|\s+and\s+)$")
_ROLL_GAP = re.compile(r"^,\s+([^,;.]{3,80}),\s+(?:and\s+)?$")  # "a, vice mayor of x city, and b"


def lowercased(text: str) -> bool:
    """The text's words inside sentences are (almost) never capitalised: a mirror lower-cased the page."""
    words = _INNER_WORD.findall(text)
    return len(words) >= MIN_WORDS and sum(w[0].isupper() for w in words) / len(words) < MAX_CAPITAL_SHARE


def _pinyin_pair(sur: str, given: str) -> bool:
    if not is_surname(sur) or not is_given_name(given) or given in FUNCTION_WORDS:
        return False
    # a surname that is also an English function word ("he", "you") needs a two-syllable given name
    return sur not in FUNCTION_WORDS or syllables(given, 2) == 2


def _beside_office(text: str, start: int, end: int) -> bool:
    """"mayor li yaping" or "li yaping, mayor of suzhou"."""
    if _OFFICE_BEFORE.search(text, max(0, start - 40), start):
        return True
    after = re.match(r",\s+([^,;.]{3,80})", text[end:])
    return after is not None and is_title(re.split(r"\s+(?:and|who|which|met|said|attended)\s+", after.group(1))[0])


def _listed(gap: str) -> bool:
    roll = _ROLL_GAP.match(gap)
    return bool(_LISTED.match(gap)) or roll is not None and is_title(roll.group(1))


def name_pairs(text: str) -> list[tuple[int, int]]:
    """Spans of the lower-case pinyin names (rule `lowercase_name`)."""
    cands = [(m.start(1), m.end(2)) for m in _PAIR.finditer(text) if _pinyin_pair(m.group(1), m.group(2))]
    kept = [c for c in cands if _beside_office(text, *c)]
    changed = True
    while changed:  # a pair listed right beside a kept one is a name too ("jiao zhengjia and sun hong")
        changed = False
        for c in cands:
            if c in kept or any(k[0] < c[1] and c[0] < k[1] for k in kept):
                continue
            if any(_listed(text[k[1]:c[0]]) or _listed(text[c[1]:k[0]]) for k in kept):
                kept.append(c)
                changed = True
    return sorted(kept)


def restore_case(text: str) -> str:
    """The text with the capitals the rules read, character for character as long as the input."""
    chars = list(text)

    def up(i: int) -> None:
        chars[i] = chars[i].upper()

    for m in _SENTENCE_START.finditer(text):
        up(m.start(1))
    for m in _CALENDAR.finditer(text):
        up(m.start(1))
    for start, _end in name_pairs(text):
        up(start)
        up(text.index(" ", start) + 1)
    return "".join(chars)
