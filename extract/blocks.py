"""The page as text lines and classified elements: the input of content selection (`extract.content`).

The page is cut into text lines (at block elements and <br>); boilerplate subtrees (scripts,
navigation, headers/footers, share bars, related lists, copyright blocks ...) are marked, so their
lines never score. Element classification (page furniture, id/class weights) lives here too.
"""
from __future__ import annotations

from dataclasses import dataclass

from bs4.element import NavigableString, Tag

from readouts.extract.patterns import BLOCK_TAGS, HIDDEN_STYLE, JUNK_TAGS, NEG_SUBSTR, NEG_TOKEN, NON_TEXT_STRINGS, POS, SKIP_TAGS, TOKEN_SPLIT, WS


@dataclass
class Line:
    parts: list
    container: Tag
    junk: bool
    junk_els: tuple = ()
    link_chars: int = 0
    text: str = ""
    index: int = 0


def norm(s: str | None) -> str:
    return WS.sub(" ", s or "").strip()


# ------------------------------------------------------------------ element classification
def attr_tokens(el: Tag) -> list[str]:
    """The words of an element's id and class attributes."""
    attrs = el.attrs or {}
    out: list[str] = []
    for key in ("id", "class"):
        v = attrs.get(key)
        if not v:
            continue
        if isinstance(v, (list, tuple)):
            out.extend(str(x) for x in v)
        else:
            out.extend(str(v).split())
    return out


def attr_words(tokens: list[str]) -> set[str]:
    """The attribute tokens and their parts, lower case ("jwk-byline" -> jwk-byline, jwk, byline)."""
    words: set[str] = set()
    for t in tokens:
        words.add(t.lower())
        words.update(w.lower() for w in TOKEN_SPLIT.split(t) if w)
    return words


def _junk_level(el: Tag) -> int:
    """Page furniture: 2 = certainly (navigation, headers/footers, share bars, related lists, hidden
    blocks ...), 1 = probably (a weak class word such as "top", "info", "date"), 0 = no."""
    name = el.name
    attrs = el.attrs or {}
    if name in JUNK_TAGS:
        return 2
    if "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
        return 2
    style = attrs.get("style")
    if style and HIDDEN_STYLE.search(str(style)):
        return 2
    role = str(attrs.get("role", "")).lower()
    if role in ("navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"):
        return 2
    tokens = attr_tokens(el)
    if not tokens:
        return 0
    joined = " ".join(tokens)
    if NEG_SUBSTR.search(joined):
        return 2
    if attr_words(tokens) & NEG_TOKEN:
        # weak evidence ("top", "info", "date" ...): a positive word in the same attribute wins
        return 0 if POS.search(joined) else 1
    return 0


def looks_junk(el: Tag) -> bool:
    return _junk_level(el) > 0


def class_weight(el: Tag) -> float:
    tokens = attr_tokens(el)
    if not tokens:
        return 0.0
    joined = " ".join(tokens)
    w = 0.0
    if NEG_SUBSTR.search(joined) or attr_words(tokens) & NEG_TOKEN:
        w -= 25
    if POS.search(joined):
        w += 25
    return w


# ------------------------------------------------------------------ lines
_PROSE_PARENTS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dd", "dt", "blockquote", "figcaption"}


def _repeated_item(node: Tag) -> bool:
    """An inline element right after a sibling of the same tag and class, nothing between them, outside a paragraph,
    the two texts glued (no space at the seam, a capital after it): the items of a styled list (a byline's rows, a
    page's meta rows), each a line of its own, not one word ("... the new ExecutiveUK PM Rishi Sunak"). Runs of one
    class inside a paragraph are an editor's formatting ("<p><span class=c1>A, </span><span class=c1>received")."""
    cls = node.get("class")
    prev = node.previous_sibling
    if not cls or not isinstance(prev, Tag) or prev.name != node.name or prev.get("class") != cls or \
            node.parent is None or node.parent.name in _PROSE_PARENTS:
        return False
    left, right = prev.get_text(), node.get_text()
    return bool(left) and bool(right) and not left[-1].isspace() and (right[0].isupper() or right[0].isdigit())



class _LineCutter:
    """The state of the walk in `split_lines`: the open blocks, junk and link elements, and the
    line being built."""

    def __init__(self, body: Tag) -> None:
        self.lines: list[Line] = []
        self.cur: Line | None = None
        self.blocks: list[Tag] = [body]
        self.has_block: set[int] = set()  # ids of elements with a block-level child (others are paragraphs)
        self.junk_els: list[Tag] = []
        self.link_depth = 0

    def flush(self) -> None:
        cur = self.cur
        if cur is not None:
            t = norm("".join(cur.parts))
            if t:
                cur.text = t
                cur.parts = []
                cur.index = len(self.lines)
                # link chars were counted on raw pieces; scale to the normalised text
                cur.link_chars = min(cur.link_chars, len(t))
                self.lines.append(cur)
            self.cur = None

    def add_string(self, node: NavigableString) -> None:
        if isinstance(node, NON_TEXT_STRINGS):
            return
        s = str(node)
        if not s:
            return
        if self.cur is None:
            if not s.strip():
                return
            self.cur = Line(parts=[], container=self.blocks[-1], junk=bool(self.junk_els),
                            junk_els=tuple(self.junk_els))
        self.cur.parts.append(s)
        if self.link_depth:
            self.cur.link_chars += len(norm(s))

    def enter(self, node: Tag) -> tuple[bool, bool] | None:
        """Open an element: (is junk, is a link), or None when its subtree holds no text."""
        name = node.name
        if name in SKIP_TAGS or name == "img":
            return None
        if name == "br":
            self.flush()
            return None
        is_block = name in BLOCK_TAGS
        level = _junk_level(node)
        if not is_block:
            if level == 2 and name != "a":
                return None  # an inline share button, a hidden span: never text
            level = 0  # weak class words on inline elements (<span class="date">) mean nothing
            if _repeated_item(node):
                self.flush()  # (parser 1.50.0) `<span class="bl">A</span><span class="bl">B</span>`: two lines
        if is_block:
            self.flush()
            self.has_block.add(id(self.blocks[-1]))
            self.blocks.append(node)
        junk = level > 0
        if junk:
            self.junk_els.append(node)
        is_link = name == "a"
        if is_link:
            self.link_depth += 1
        return junk, is_link

    def leave(self, el: Tag, was_junk: bool, was_link: bool) -> None:
        if el.name in BLOCK_TAGS:
            self.flush()
            if self.blocks and self.blocks[-1] is el:
                self.blocks.pop()
        if was_junk:
            self.junk_els.pop()
        if was_link:
            self.link_depth -= 1


def split_lines(body: Tag) -> tuple[list[Line], set[int]]:
    """Cut the page into text lines at block boundaries and <br>, iteratively (no recursion)."""
    cutter = _LineCutter(body)
    EXIT = object()
    # the body itself is already "entered"
    stack: list = [(EXIT, body, False, False)] + [(c, None, None, None) for c in reversed(list(body.children))]
    enter, leave, add_string = cutter.enter, cutter.leave, cutter.add_string  # hot loop: bound once
    while stack:
        item = stack.pop()
        node = item[0]
        if node is EXIT:
            leave(item[1], item[2], item[3])
        elif isinstance(node, NavigableString):
            add_string(node)
        elif isinstance(node, Tag):
            entered = enter(node)
            if entered is not None:
                stack.append((EXIT, node, entered[0], entered[1]))
                for c in reversed(list(node.children)):
                    stack.append((c, None, None, None))
    cutter.flush()
    _release_wrappers(cutter.lines)
    return cutter.lines, cutter.has_block


def _release_wrappers(lines: list[Line]) -> None:
    """Safety net: a "junk" element that holds most of the page's text is a wrapper, not furniture
    (ASP.NET pages wrap everything in a <form>, some templates use a class like "main-top-wrap")."""
    all_chars = sum(len(ln.text) for ln in lines)
    held: dict[int, int] = {}
    for ln in lines:
        for j in ln.junk_els:
            held[id(j)] = held.get(id(j), 0) + len(ln.text)
    wrappers = {i for i, n in held.items() if n > 200 and n > 0.45 * all_chars}
    if wrappers:
        for ln in lines:
            if ln.junk_els:
                ln.junk = any(id(j) not in wrappers for j in ln.junk_els)
