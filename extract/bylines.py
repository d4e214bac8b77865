"""Bylines: reporter, editor and photo-credit lines that sit outside the article body, in their own element.

Templates put "By Global Times staff reporter X", "Editor: X" or "Photo by X" in a byline element above or
below the body, where content selection (rightly) leaves them out of `text`. They are read here, from the
page lines near the body, so that transform can name those people as mentions (rule `byline`).
"""
from __future__ import annotations

import re

from readouts.extract.blocks import Line, attr_tokens, attr_words
from readouts.pinyin import is_given_name, is_surname

# a credit label at the start of a short line, or a reporter credit anywhere in it
_EDITOR = r"(?:(?:Web|Responsible|Chief|Senior|Executive|Duty|Managing)\s+)?Editors?(?:[\s-]+in[\s-]+(?:chief|charge))?"
CREDIT = re.compile(
    r"^\s*[-\u2013\u2014]*\s*[(\[]?\s*(?:By(?:\s*[:：]\s*|\s+)[A-Z]|" + _EDITOR + r"\s*(?:[:：]|by\b)|Reporters?\s*[:：]|(?:Re)?[Ww]riters?\s*[:：]|"
    r"Aut(?:hors?|or(?:a|e|es)?)\s*[:：]|Correspondents?\s*[:：]|Photo(?:s|graphers?)?\s*(?:by\b|[:：])|(?:Photo|Image)s?\s+credits?\s*[:：]|Translat(?:ors?|ed\s+by)\s*[:：]?|"
    r"Written\s+by\b|Reported\s+by\b|Edited\s+by\b|(?:[A-Z]\w+\s+)?report\s+by\b)"
    # the name, then the reporter's post: "Fidelis Munyoro Chief Court Reporter"
    r"|^\s*(?:[A-Z][a-z]+\s+){2,6}(?-i:Reporter|Correspondent|Writer|Journalist)\s*$"
    # (parser 1.47.0) the post in brackets, "Deandrea Hamilton (Editor)"; the note on the writer, "Lila Khan is an
    # acclaimed journalist with ...", "A is the Editor-in-Chief of S-Q Publications"
    r"|^\s*(?-i:[A-Z][\w'\u2019-]+\s+){1,3}\((?-i:[A-Z][a-z]+\s+){0,2}(?-i:Editor|Reporter|Correspondent|Writer)\)\s*$"
    r"|^\s*(?-i:[A-Z][\w'\u2019-]+\s+){1,3}is\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:journalist|reporter|writer|correspondent|columnist|editor)"
    r"|(?-i:\b(?:PHOTOS?|Photos?)\s+(?:BY|[Bb]y)\s+[A-Z])"  # a caption's credit: "... on Monday. PHOTO BY A"
    r"|\b(?:staff\s+)?(?:reporters?|correspondents?)\s+[A-Z]|\breport(?:ed)?\s+by\s+[A-Z]"
    # (parser 1.31.0) a credit after the date of a meta line: "Time: July 7,2020 by Mao Zui, Liu Xiaoxue"
    r"|(?-i:\d{4}\s+[Bb]y\s+[A-Z][a-z]+\s[A-Z])"
    # (parser 1.50.0) an outlet's address before the reporter, "Source: Mybrytnewsroom.com/A"; a press contact,
    # "Contact: A" (its label alone on the line before the name is joined to it: `page_bylines`)
    r"|^\s*Source\s*[:：]\s*[\w-]+(?:\.[\w-]+)+\s*/\s*[A-Z]|^\s*(?:(?:Media|Press)\s+)?Contacts?\s*[:：]\s*[A-Z]"
    # (parser 1.51.0) a Polish photo credit, "fot. A B"
    r"|^\s*(?-i:[Ff]ot\.\s*[A-Z][^\W\d_]+\s+[A-Z])"
    # a labelled credit inside a line of page furniture: "2023-04-24 08:23 China Daily Editor : Li Yan"
    # (after a date glued to it, "2017Reporter: X"; or a "丨" for the colon, "Reporter丨Liu Siwen")
    r"|(?:\b|(?<=\d))(?:" + _EDITOR + r"|Aut(?:hors?|or(?:a|e|es)?)|Reporters?|Writers?|Correspondents?|Photo(?:s|graphers?)?|Graphics?)"
    r"\s*[:：丨]\s*[A-Z]"
    # the same labels in Chinese on a mirror's furniture line: "来源:enghunan.gov 编辑:谭婕倪 2024-09-23"
    r"|(?:责任)?编辑\s*[:：]\s*[\u4e00-\u9fff]|记者\s*[:：]\s*[\u4e00-\u9fff]|摄影\s*[:：]\s*[\u4e00-\u9fff]",
    re.I)
# rule `bare_credit`: a line that is only a person's name, or a name in brackets, right beside the body: the author
# line under a headline ("Chen Jia" / "Updated: ...") or the reporter after the last paragraph ("(Zhu Xi)"); a label
# with no colon ("Editor Hao Jing") too
BARE = re.compile(r"^\s*(?:[(\[]\s*)?(?:(?:" + _EDITOR + r"|Reporter|Photographer)\s+)?"
                  r"([A-Z][a-z]+) ([A-Z][a-z]+(?:['\u2019-][a-z]+)?)\s*(?:[)\]]\s*)?$")


def bare_credit(text: str) -> bool:
    """Rule `bare_credit`: the line is a pinyin name alone ("Chen Jia", "(Zhu Xi)", "Editor Hao Jing")."""
    m = BARE.match(text)
    return m is not None and is_surname(m.group(1)) and is_given_name(m.group(2))


BARE_WINDOW = 3  # lines from the body's first or last line
# a credit shares its line with the page's date stamp: "By staff reporter X Published: Mar 24, 2026"
# ("By: X Last Updated: ..."), or the reporter's address ("Han Ximin ximhan@126.com")
STAMP = re.compile(r"\s+(?:Last\s+)?(?:Published|Updated|Released|Source|Date|Time)\s*[:：]|\s*\|\s*|"
                   r"\s+\d{4}-\d{1,2}-\d{1,2}\b|(?<=[a-z])\s+\d+\s+Comment|\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I)
# a date stamp before the author on one line: "Sep 20, 2017 Jiang Na", "2019-06-21 10:02 Jiang Na", "Updated: May
# 05,2020 02:03 PMChen Jia" (the name glued to the time)
LEAD_DATE = re.compile(r"^(?:(?:Updated|Published|Posted|Released)\s*[:：]\s*)?"
                       r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})"
                       r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?\s*(?=[A-Z])")
# rule `byline_element`: a short line in an element the template names for its author ("<div class='byline'>",
# "author-name", "pt-editor"): the name alone is the credit ("Ntombikayise Sibeko", "Ibrahim Shuaibu in Kano")
CREDIT_ELEMENT_WORDS = frozenset({"byline", "bylines", "author", "authors", "writer", "reporter", "editor", "credit",
                                  "credits"})
CREDIT_ELEMENT_LINE = 60
CREDIT_ELEMENT_DEPTH = 3  # the line's block and its parents
MAX_LINE = 160  # a byline is short; a longer line is prose or a list of links
WINDOW = 12  # lines before the body's first and after its last line
MAX_BYLINES = 6


def credit_element(el) -> bool:
    """Rule `byline_element`: the element, or one of its parents, is named for the article's author."""
    for _ in range(CREDIT_ELEMENT_DEPTH):
        if el is None or not hasattr(el, "attrs"):
            return False
        if attr_words(attr_tokens(el)) & CREDIT_ELEMENT_WORDS:
            return True
        el = el.parent
    return False


LABEL_ALONE = re.compile(r"\s*(?:(?:Media|Press)\s+)?Contacts?\s*[:：]\s*", re.I)


def page_bylines(lines: list[Line], first_idx: int, last_idx: int, paragraphs: list[str]) -> list[str]:
    """Credit lines within WINDOW lines of the body that are not already part of it, in page order."""
    if first_idx < 0 or last_idx < 0:
        return []
    inside = set(paragraphs)
    out: list[str] = []
    lo, hi = max(0, first_idx - WINDOW), min(len(lines), last_idx + WINDOW + 1)
    for i in range(lo, hi):
        # (parser 1.31.0: the lines inside the body's span that content selection left out are read too)
        pieces = [p.strip() for p in STAMP.split(LEAD_DATE.sub("", lines[i].text.strip()))]
        # the credit is the line's first piece, or a later one after the date stamp ("date 2023-04-18 By X")
        text = next((p for p in pieces[1:] if not CREDIT.search(pieces[0]) and CREDIT.search(p)), pieces[0])
        if LABEL_ALONE.fullmatch(text) and i + 1 < hi:
            text = f"{text} {lines[i + 1].text.strip()}"  # "Contact:" / "A": the credit is the two lines
        if not text or len(text) > MAX_LINE or text in inside or text in out or lines[i].link_chars > len(lines[i].text) // 2:
            continue
        near = first_idx - BARE_WINDOW <= i < first_idx or last_idx < i <= last_idx + BARE_WINDOW
        if CREDIT.search(text) or near and bare_credit(text) and not lines[i].link_chars or \
                len(text) <= CREDIT_ELEMENT_LINE and not lines[i].link_chars and credit_element(lines[i].container):
            out.append(text)
            if len(out) >= MAX_BYLINES:
                break
    return out
