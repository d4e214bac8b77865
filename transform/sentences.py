"""Sentence splitting with exact offsets into the document text.

Rules (corpus/GUIDELINES.md 2.8): a sentence ends at `.`, `?` or `!` (a closing quote after it
belongs to the sentence) followed by whitespace and a capital letter, a quote or a parenthesis;
a line break always ends a sentence; abbreviations such as "Mr.", "No.", "Feb.", "U.S.", "Co., Ltd."
and tokens such as "PM2.5" never end one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from readouts.months import ABBREVIATIONS as MONTH_ABBREVIATIONS
from readouts.transform.lexicon import (
    COUNCIL_STYLES,
    DOTTED_GIVEN_ABBREVIATIONS,
    GIVEN_ABBREVIATIONS,
    OFFICE_WORDS,
    RANK_ABBREVIATIONS,
)

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "co", "ltd", "inc", "corp", "jr", "sr", "vs", "etc",
    "gen", "lt", "col", "gov", "sen", "rep", "hon", "amb", "art", "fig", "vol", "approx", "dept", "est", "e.g", "i.e",
    "engr", "barr", "cllrs", "cr", "crs", "rt", "eng",  # (parser 1.32.0) styles: "Engr. Sani Abubakar", "Cllrs. A, B"
    "asst", "assoc", "supt", "smt",  # (1.35.0) "Asst. Director of Planning Callaway", "Smt. Shalini Pandit"
    "adv",  # (1.37.0) an advocate's style: "Satkhira Judge Court APP Adv. Ataur Rahman"
    "arc", "arch", "pharm",  # (1.56.0) Nigerian professional styles: "Minister Arc. Olamilekan Adegbite"
} | {a.lower() for a in MONTH_ABBREVIATIONS} | {a.lower() for a in RANK_ABBREVIATIONS} | \
    {a.lower() for a in GIVEN_ABBREVIATIONS}

# (1.50.0) the clergy's styles, as written ("Most Rev. Dr. A", "Rev. Fr. Hyacinth Alia"; "MGR." in capitals ends one)
CASED_ABBREVIATIONS = {"Rev", "Revd", "Fr", "Msgr", "Mgr", "fot", "Fot"}  # (1.51.0) Polish "fot." (photo) before its credit
# (1.53.0) "Director Ma. Cristina Arzadon" (Maria): after an office or a lower-case word only ("Jack Ma. Peter Smith
# attended", "Mr. Ma. Governor Li said": the surname ends the sentence)
_DOTTED_GIVEN = re.compile(r"(?:\b[a-z]+|\b(?:" + "|".join(sorted(w.capitalize() for w in OFFICE_WORDS if w.isalpha())) +
                           r"))\s+(?:" + "|".join(DOTTED_GIVEN_ABBREVIATIONS) + r")$")

# candidate end: terminal punctuation, optional closing quotes/brackets, then whitespace
_END = re.compile(r"[.?!]['\"\u2019\u201d)\]]*(?=\s)")
_NEXT_START = re.compile(r"\s+(?=[A-Z\"'\u201c\u2018(\[0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    index: int = 0


def dotted_given_name(text: str, dot: int) -> bool:
    """The "Ma" before the period at `dot` follows an office or a lower-case word, so it abbreviates a given name."""
    return _DOTTED_GIVEN.search(text, max(0, dot - 40), dot) is not None


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` closes an abbreviation rather than a sentence."""
    if text[dot] != ".":
        return False
    # only the word before the dot matters: look at a short window, not the whole text (linear time)
    m = _WORD_BEFORE.search(text, max(0, dot - 40), dot)
    if not m:
        return False
    word = m.group(1)
    low = word.lower().rstrip(".")
    if low in ABBREVIATIONS or word.rstrip(".") in CASED_ABBREVIATIONS:
        return True
    if word in DOTTED_GIVEN_ABBREVIATIONS and dotted_given_name(text, dot):
        return True
    # an honorific glued to the word before it by a missing space ("... Ms. Li Jinfeng, andMr. Wei Weifeng")
    if re.fullmatch(r"[a-z]+(?:Mr|Mrs|Ms|Dr|Prof)", word):
        return True
    # initials and dotted acronyms: "U.S.", "U.N.", "J."
    if re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", word) and len(word.replace(".", "")) <= 3 and word[0].isupper():
        return len(word.replace(".", "")) == 1 or "." in word
    return False


# a sentence end with the space lost, as machine-translated pages write it: "... attended the meeting.At the symposium"
# (or a figure: "... and old comrades.423 deputies should have been present"; a lower-case word of four letters or
# more, so "No.3" and "v.2" stay whole)
_GLUED_END = re.compile(r"(?<=[a-z]{3})[.?!](?=[A-Z][a-z])|(?<=[a-z]{4})[.?!](?=\d+\s+[a-z])")


# (parser 1.35.0) a minutes' roll label in capitals inside a line that lost its breaks: "... 7:00 P.M. MEMBERS PRESENT:
# Chairman Hansen, Members Brochu, Martyn and Kaiser MEMBERS ABSENT: Member Stallings STAFF PRESENT: ..."
_INLINE_ROLL_LABEL = re.compile(r"(?<=\S\s)(?:[A-Z]+\s+){0,2}(?:PRESENT|ABSENT|IN\s+ATTENDANCE|ATTENDEES|APOLOGIES|"
                                r"EXCUSED)\s*:|(?<=\S\s)PRESENT(?=\s+(?:" + "|".join(COUNCIL_STYLES) + r")\s)")


def _split_line(text: str, lo: int, hi: int, glued: bool = False) -> list[tuple[int, int]]:
    spans = []
    start = lo
    ends = [(m.start(), m.end(), True) for m in _END.finditer(text, lo, hi)]
    if glued:
        ends += [(m.start(), m.end(), False) for m in _GLUED_END.finditer(text, lo, hi)]
        ends += [(m.start(), m.start(), False) for m in _INLINE_ROLL_LABEL.finditer(text, lo, hi)]
    for dot, end, spaced in sorted(ends):
        if _is_abbreviation(text, dot):
            continue
        if spaced and not _NEXT_START.match(text, end, hi):
            continue
        spans.append((start, end))
        start = end
    spans.append((start, hi))
    return spans


def split_sentences(text: str, glued: bool = False) -> list[Sentence]:
    """Split `text` into sentences; text[s.start:s.end] == s.text for every sentence. `glued` also ends a sentence
    where the space after its period is lost ("... the meeting.At the symposium"): the roles are read from those
    finer sentences, while directives keep the guidelines' segmentation (2.8), which needs the space."""
    out: list[Sentence] = []
    for line in re.finditer(r"[^\n]+", text):
        for a, b in _split_line(text, line.start(), line.end(), glued):
            seg = text[a:b]
            stripped = seg.strip()
            if not stripped:
                continue
            a2 = a + (len(seg) - len(seg.lstrip()))
            out.append(Sentence(a2, a2 + len(stripped), stripped, len(out)))
    return out
