"""Bylines: reporter, editor and photo-credit lines that sit outside the article body, in their own element.

Templates put "By Global Times staff reporter X", "Editor: X" or "Photo by X" in a byline element above or
below the body, where content selection (rightly) leaves them out of `text`. They are read here, from the
page lines near the body, so that transform can name those people as mentions (rule `byline`).
"""
from __future__ import annotations

import re

from readouts.extract.blocks import Line

# a credit label at the start of a short line, or a reporter credit anywhere in it
CREDIT = re.compile(
    r"^\s*(?:By\s+[A-Z]|(?:Web\s+|Responsible\s+|Chief\s+)?Editors?\s*(?:[:：]|by\b)|Reporters?\s*[:：]|Writers?\s*[:：]|"
    r"Authors?\s*[:：]|Correspondents?\s*[:：]|Photo(?:s|graphers?)?\s*(?:by\b|[:：])|Translat(?:ors?|ed\s+by)\s*[:：]?|"
    r"Written\s+by\b|Reported\s+by\b|Edited\s+by\b)"
    r"|\b(?:staff\s+)?(?:reporters?|correspondents?)\s+[A-Z]", re.I)
# a credit shares its line with the page's date stamp: "By staff reporter X Published: Mar 24, 2026"
STAMP = re.compile(r"\s+(?:Published|Updated|Released|Source|Date|Time)\s*[:：]|\s*\|\s*|\s+\d{4}-\d{1,2}-\d{1,2}\b", re.I)
MAX_LINE = 160  # a byline is short; a longer line is prose or a list of links
WINDOW = 12  # lines before the body's first and after its last line
MAX_BYLINES = 6


def page_bylines(lines: list[Line], first_idx: int, last_idx: int, paragraphs: list[str]) -> list[str]:
    """Credit lines within WINDOW lines of the body that are not already part of it, in page order."""
    if first_idx < 0 or last_idx < 0:
        return []
    inside = set(paragraphs)
    out: list[str] = []
    lo, hi = max(0, first_idx - WINDOW), min(len(lines), last_idx + WINDOW + 1)
    for i in range(lo, hi):
        if first_idx <= i <= last_idx:
            continue
        text = STAMP.split(lines[i].text.strip(), maxsplit=1)[0].strip()
        if not text or len(text) > MAX_LINE or text in inside or text in out or lines[i].link_chars > len(text) // 2:
            continue
        if CREDIT.search(text):
            out.append(text)
            if len(out) >= MAX_BYLINES:
                break
    return out
