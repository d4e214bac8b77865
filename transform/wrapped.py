"""Hard-wrapped text: a page (a wire copy, a PDF or a typed record) that breaks its sentences into lines of about
the same width, each line a paragraph of its own ("... Selim Altaf George and Sultana" / "Nadira were also present").
Read as it is, every line is a sentence, and a name, a title or a list is cut at each break. `unwrap` joins the
lines of such a text and keeps, for each character, where it stands on the page."""
from __future__ import annotations

import re

from readouts.transform.lexicon import OFFICE_WORDS

# a wrapped line is one of many of about the same width that end without closing a sentence
_MIN_LINES = 5
_WIDTH = (45, 95)
_WIDE_SHARE = 0.6  # of all lines
_OPEN_SHARE = 0.4  # of the wide lines
# (1.40.0) ... but a style or an initial before a name does not close it: "the Rt. Honourable Dr." / "Denzil Douglas",
# "Kenny D." / "Anthony"
_CLOSED = re.compile(r"(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bProf)(?<!\bRt)(?<!\bHon)(?<!\bSt)"
                     r"(?<![\s(][A-Z])[.!?:;\"”’)\]]\s*$")
_BREAK = re.compile(r"\n+")
_LABEL = re.compile(r"[^\n]{1,40}:\s*(?:\n|$)")  # the next line is a label of its own ("Apologies:"), not a sentence's end
# (parser 1.33.0) ... unless the line ends in a word that needs what follows ("the following Heads of State and" /
# "Government on their representatives:")
_CONTINUES = re.compile(r"\b(?:and|or|of|the|to|on|for|with|by|in|a|an|at|from)\s*$", re.I)
# (parser 1.33.0) the next line opens a list item or a numbered paragraph ("* Zambia: President A", "4. The meeting"):
# a line of its own, however the one before it ends
_ITEM = re.compile(r"[ \t]*(?:[-\u2013\u2022*\u00b7][ \t]|\d{1,2}[.)][ \t])")


# (1.52.0) two roll lines in a row, each a name and its office after a comma ("Constantin Cotzias, Director of Bloomberg
# Europe, Bloomberg" / "António Horta-Osório, CEO, Lloyds Banking Group"): each item is a line of its own
_ROLL_PARTICLES = ("du", "de", "da", "van", "von", "bin", "al", "el", "la", "le")
_ROLL_LINE = re.compile(r"(?:(?:Sir|Dame|Dr|Mr|Mrs|Ms|Prof)\.?\s)?[A-Z][\w'\u2019.-]+(?:\s(?:(?:" + "|".join(_ROLL_PARTICLES) +
                        r")\s)?[A-Z][\w'\u2019.-]+){1,3}(?:\s[A-Z]{2,5})?,\s[A-Z][^;]*$")
_STYLE_AT_END = re.compile(r"\b(?:Honou?rable|Excellency|Hon\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)\s*$")


_ROLL_SMALL_WORDS = {"of", "and", "the", "for", "in", "on", *_ROLL_PARTICLES}


def _roll_item(line: str) -> bool:
    """A name (no office word in it) and, after its comma, an office and a body: no prose word ("who", "met")."""
    line = line.strip()
    if not _ROLL_LINE.match(line):
        return False
    name = line.split(",", 1)[0].split()
    return not any(w.lower() in OFFICE_WORDS for w in name) and \
        all(w in _ROLL_SMALL_WORDS for w in re.findall(r"(?<![\w'\u2019-])[a-z][\w'\u2019-]*", line))


def _roll_lines(line: str, after: str) -> bool:
    """The line and the next are both roll items, and the line ends no phrase that the next line finishes ("...,
    Right Honourable" / "Morgan Tsvangiria, Prime Minister Designate"; "... External Affairs" / "Minister A, ...")."""
    return _roll_item(line) and _roll_item(after) and not _CONTINUES.search(line) and not _STYLE_AT_END.search(line)


def _lines(text: str) -> list[str]:
    return [ln for ln in text.split("\n") if ln.strip()]


def _wide(line: str) -> bool:
    return _WIDTH[0] <= len(line.strip()) <= _WIDTH[1]


# (parser 1.40.0) a heading of its own is no line of the wrapped prose: a line without a lower-case letter
# ("ROLL CALL", "NOVEMBER 13, 2018") or a short numbered item ("2. INVOCATION"); minutes typed from a PDF have many
_HEADING = re.compile(r"[^a-z]*$")


def _heading(line: str) -> bool:
    return bool(_HEADING.match(line)) or len(line.strip()) < _WIDTH[0] and bool(_ITEM.match(line))


def hard_wrapped(text: str) -> bool:
    """Most lines (headings aside) are of a width and a good share of them stop mid-sentence."""
    lines = [ln for ln in _lines(text) if not _heading(ln)]
    if len(lines) < _MIN_LINES:
        return False
    wide = [ln for ln in lines if _wide(ln)]
    open_ = [ln for ln in wide if not _CLOSED.search(ln)]
    return len(wide) >= _WIDE_SHARE * len(lines) and len(open_) >= _OPEN_SHARE * len(wide)


def unwrap(text: str) -> tuple[str, list[int]]:
    """`text` with each break after a wide line that does not close its sentence turned into one space (none after a
    hyphen that splits a word: "Mahmud-" / "us-Samad", "Lawrence-" / "Anderson"), and for each character of it, its offset in `text`."""
    out: list[str] = []
    offsets: list[int] = []
    pos = 0
    for brk in _BREAK.finditer(text):
        line = text[pos:brk.end()]
        body = text[pos:brk.start()]
        join = _wide(body) and not _CLOSED.search(body) and brk.end() < len(text) and \
            (_CONTINUES.search(body) or not _LABEL.match(text, brk.end())) and not _ITEM.match(text, brk.end()) and \
            not _roll_lines(body, text[brk.end():text.find("\n", brk.end()) % (len(text) + 1)])
        keep = body if join else line
        out.append(keep)
        offsets.extend(range(pos, pos + len(keep)))
        if join and not (body.endswith("-") and body[-2:-1].isalpha()):  # (1.40.0) "Lawrence-" / "Anderson" too
            out.append(" ")
            offsets.append(brk.start())
        pos = brk.end()
    out.append(text[pos:])
    offsets.extend(range(pos, len(text)))
    return "".join(out), offsets
