"""Meeting date resolution: the publication date is an explicit input, nothing reads the clock."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_ON_DAY = re.compile(r"\b[Oo]n (?:the (?:morning|afternoon|evening) of )?(" + "|".join(m.title() for m in MONTHS) + r") (\d{1,2})\b(?:,? (\d{4}))?")


@dataclass(frozen=True)
class MeetingDate:
    start: date | None = None
    end: date | None = None
    source: str | None = None  # how it was found; see the meetings.meeting_date_source column


def resolve_meeting_date(text, sentences, published: date | None, title: str | None = None) -> MeetingDate:
    m = _ON_DAY.search(text)
    if not m:
        return MeetingDate()
    month, day = MONTHS[m.group(1).lower()], int(m.group(2))
    try:
        if m.group(3):
            return MeetingDate(date(int(m.group(3)), month, day), None, "stated_full")
        if published is None:
            return MeetingDate()
        d = date(published.year, month, day)
        if d > published:
            return MeetingDate(date(published.year - 1, month, day), None, "day_month+previous_year")
        return MeetingDate(d, None, "day_month+published_year")
    except ValueError:
        return MeetingDate()
