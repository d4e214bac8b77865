"""The one month lexicon: names, abbreviations, numbers, and the regex forms the rules need (and the weekdays).

Rules differ in which abbreviations they accept and whether the period is required ("Mar." must carry
its period where a bare "Mar" or "march" would be another word), so each builds its pattern here with
`month_re`, naming the dot each abbreviation takes.
"""
from __future__ import annotations

from collections.abc import Mapping

FULL_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")
ABBREVIATIONS = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sept": 9, "Sep": 9,
                 "Oct": 10, "Nov": 11, "Dec": 12}
# lower-case name or abbreviation -> month number
MONTH_NUMBER = {**{m.lower(): i for i, m in enumerate(FULL_NAMES, 1)}, **{a.lower(): n for a, n in ABBREVIATIONS.items()}}

NO_DOT, DOT, OPTIONAL_DOT = "", r"\.", r"\.?"


def month_re(abbreviations: Mapping[str, str] | str | None = None) -> str:
    """A non-capturing group of the full month names, then the abbreviations given, each followed by
    its dot form (NO_DOT, DOT, OPTIONAL_DOT); a single form applies to every abbreviation."""
    if isinstance(abbreviations, str):
        abbreviations = dict.fromkeys(ABBREVIATIONS, abbreviations)
    alts = list(FULL_NAMES) + [a + dot for a, dot in (abbreviations or {}).items()]
    return "(?:" + "|".join(alts) + ")"


FULL_RE = month_re()

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY_RE = "(?:" + "|".join(WEEKDAYS) + ")"  # a non-capturing group, as FULL_RE
