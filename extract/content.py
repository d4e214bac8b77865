"""Main-content selection without per-site selectors, over the lines of `extract.blocks`.

Every prose line scores its container and that container's ancestors (readability-style: commas,
length, link density), and the best container (plus prose siblings) gives the paragraphs.
`extract.profiles` adds a bonus for well-known body containers.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from bs4.element import Tag

from readouts.extract import dates
from readouts.extract.blocks import Line, attr_tokens, class_weight, norm
from readouts.extract.patterns import BOILERPLATE_LINE, CJK, COMMA, DATE_TOKENS, MAX_ANCESTOR_WALK, META_LINE, PARA_TAGS, SENT_END, SOURCE_LABEL, TAG_WEIGHT
from readouts.extract.profiles import content_hint_bonus, is_gov_standard

HEADLINE_BONUS = 25.0


def is_prose(p: str) -> bool:
    """A sentence-like line: 20 Chinese characters, or 60 characters in 8 words. Either suffices:
    an English paragraph quoting a name in characters ("Yan Luping (闫路平)") is still English prose."""
    if len(p) >= 60 and len(p.split()) >= 8:
        return True
    return CJK.search(p) is not None and len(CJK.findall(p)) >= 20


def _title_key(s: str) -> str:
    return norm(s).lower().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


def _ancestors(el: Tag | None, limit: int = MAX_ANCESTOR_WALK) -> Iterator[Tag]:
    n = 0
    while el is not None and n < limit:
        yield el
        el = el.parent
        n += 1


# ------------------------------------------------------------------ content selection
@dataclass
class _Totals:
    """Text, linked and sentence chars of the non-junk lines beneath each element (by id)."""
    total: dict[int, int] = field(default_factory=dict)
    linked: dict[int, int] = field(default_factory=dict)
    sentence: dict[int, int] = field(default_factory=dict)


def _subtree_totals(lines: list[Line], tags: list[Tag]) -> _Totals:
    sums = _Totals()
    total, linked, sentence = sums.total, sums.linked, sums.sentence
    for ln in lines:
        if ln.junk:
            continue
        is_sentence = bool(SENT_END.search(ln.text)) and ln.link_chars < 0.5 * len(ln.text)
        i = id(ln.container)
        total[i] = total.get(i, 0) + len(ln.text)
        linked[i] = linked.get(i, 0) + ln.link_chars
        if is_sentence:
            sentence[i] = sentence.get(i, 0) + len(ln.text)
    # children before parents (reverse document order): linear even on absurdly deep pages
    for el in reversed(tags):
        i = id(el)
        if i not in total:
            continue
        parent = el.parent
        if parent is None or parent.name == "[document]":
            continue
        j = id(parent)
        total[j] = total.get(j, 0) + total[i]
        linked[j] = linked.get(j, 0) + linked.get(i, 0)
        if i in sentence:
            sentence[j] = sentence.get(j, 0) + sentence[i]
    return sums


def _page_tags(lines: list[Line]) -> list[Tag]:
    """All elements of the page the lines come from, in document order."""
    el = lines[0].container if lines else None
    while el is not None and el.parent is not None and el.parent.name != "[document]":
        el = el.parent
    return [t for t in el.descendants if isinstance(t, Tag)] if el is not None else []


def _scoring_base(el: Tag, has_block: set[int]) -> Tag:
    # a <p>-like element, or any block without block children (a "div used as a paragraph",
    # or a <br>-separated text block), scores its parent
    parent = el.parent
    if parent is not None and parent.name not in ("html", "[document]") and (
            el.name in PARA_TAGS or id(el) not in has_block):
        return parent
    return el


def _line_score(ln: Line) -> float | None:
    """What a prose line adds to its containers; None for short or mostly linked lines."""
    n = len(ln.text)
    cjk = len(CJK.findall(ln.text)) if n < 400 else (50 if CJK.search(ln.text) else 0)
    eff = n + 2 * cjk  # a CJK character carries about as much as three Latin ones
    if eff < 25:
        return None
    ld = ln.link_chars / n if n else 0.0
    if ld > 0.5:
        return None
    return (1 + len(COMMA.findall(ln.text)) + min(eff // 100, 3)) * (1 - ld)


def _score_containers(lines: list[Line], has_block: set[int], gov: bool) -> tuple[dict[int, float], dict[int, Tag]]:
    """Scores of the candidate containers (by id), and the elements they belong to."""
    scores: dict[int, float] = {}
    els: dict[int, Tag] = {}

    def init(el: Tag) -> float:
        i = id(el)
        if i not in scores:
            s = TAG_WEIGHT.get(el.name, 0) + class_weight(el)
            prop = el.get("itemprop") if el.attrs else None
            s += content_hint_bonus(attr_tokens(el), prop if isinstance(prop, str) else None, gov)
            scores[i] = s
            els[i] = el
        return scores[i]

    for ln in lines:
        if ln.junk:
            continue
        score = _line_score(ln)
        if score is None:
            continue
        base = _scoring_base(ln.container, has_block)
        for level, anc in enumerate(_ancestors(base, 3)):
            if anc.name in ("html", "[document]"):
                break
            init(anc)
            divider = 1 if level == 0 else (2 if level == 1 else level * 3)
            scores[id(anc)] += score / divider
    return scores, els


def _add_headline_bonus(scores: dict[int, float], lines: list[Line], title: str | None, has_block: set[int]) -> None:
    # the body follows the headline: the block holding the first prose line after it gets a bonus
    # (this separates the article from teaser lists and reader comments when classes say nothing)
    after = _first_prose_after_title(lines, title)
    if after is not None:
        base = _scoring_base(after.container, has_block)
        for level, anc in enumerate(_ancestors(base, 2)):
            if id(anc) in scores:
                scores[id(anc)] += HEADLINE_BONUS / (level + 1)


def _is_prose_sibling(i: int, name: str, final: Callable[[int], float], threshold: float,
                      scores: Mapping[int, float], sums: _Totals) -> bool:
    """A sibling of the winner that also holds prose (e.g. a caption block before the text block)."""
    if i in scores and final(i) >= threshold:
        return True
    t = sums.total.get(i, 0)
    if t > 80 and name in PARA_TAGS and sums.linked.get(i, 0) / t < 0.25:
        return True
    # a block of sentences beside the body (e.g. a photo caption in its own box)
    return 40 <= t <= 600 and sums.linked.get(i, 0) / t < 0.2 and sums.sentence.get(i, 0) >= 0.8 * t


def select_content(lines: list[Line], meta: Mapping[str, str], title: str | None = None,
                   has_block: set[int] | None = None, tags: list[Tag] | None = None) -> set[int]:
    """ids of the elements that hold the article body."""
    has_block = has_block if has_block is not None else set()
    gov = is_gov_standard(meta)
    sums = _subtree_totals(lines, tags if tags is not None else _page_tags(lines))
    scores, els = _score_containers(lines, has_block, gov)
    if not scores:
        return set()
    _add_headline_bonus(scores, lines, title, has_block)

    def final(i: int) -> float:
        t = sums.total.get(i, 0)
        ld = sums.linked.get(i, 0) / t if t else 1.0
        return scores[i] * (1 - ld)

    best = max(scores, key=final)
    best_score = final(best)
    top = els[best]
    selected = {best}
    # siblings of the winner that also hold prose (e.g. a caption block before the text block)
    parent = top.parent
    if parent is not None and best_score > 0:
        threshold = max(10.0, best_score * 0.2)
        for sib in parent.children:
            if isinstance(sib, Tag) and sib is not top \
                    and _is_prose_sibling(id(sib), sib.name, final, threshold, scores, sums):
                selected.add(id(sib))
    return selected


def _first_prose_after_title(lines: list[Line], title: str | None) -> Line | None:
    if not title:
        return None
    tkey = _title_key(title)
    start = None
    for ln in lines:
        if _title_key(ln.text) == tkey:
            start = ln.index
            break
    if start is None:
        return None
    for ln in lines[start + 1:start + 40]:
        if ln.junk or not ln.text:
            continue
        n = len(ln.text)
        if ln.link_chars < 0.3 * n and (is_prose(ln.text) or (n >= 40 and SENT_END.search(ln.text))):
            return ln
    return None


# ------------------------------------------------------------------ paragraphs
def _inside_test(content_ids: set[int]) -> Callable[[Tag | None], bool]:
    """Whether an element lies in one of the content elements (memoised along the walked path)."""
    memo: dict[int, bool] = {}

    def inside(el: Tag | None) -> bool:
        path: list[int] = []
        res = False
        while el is not None:
            i = id(el)
            if i in content_ids:
                res = True
                break
            if i in memo:
                res = memo[i]
                break
            path.append(i)
            el = el.parent
        for i in path:
            memo[i] = res
        return res
    return inside


def _is_furniture_line(text: str) -> bool:
    """A line of the content container that is page furniture: share/print links, date and source lines."""
    n = len(text)
    if n < 200 and BOILERPLATE_LINE.search(text):
        return True
    if n < 160 and META_LINE.search(text) and (dates.parse_date(text) or SOURCE_LABEL.match(text)):
        return True
    # "(Xinhua) 08:41, March 16, 2024", "2024-02-18 20:36 | Source: ..."
    return n < 100 and _is_date_residue(text)


def content_paragraphs(lines: list[Line], content_ids: set[int], title: str | None) -> tuple[list[str], int, int, int]:
    """(paragraphs, index of the first and of the last line used, number of "teasers": prose lines
    right after a linked headline, the pattern of a listing page)."""
    out: list[str] = []
    first_idx, last_idx = len(lines), -1
    teasers = 0
    after_link = False
    if not content_ids:
        return out, first_idx, last_idx, teasers
    tkey = _title_key(title) if title else None
    inside = _inside_test(content_ids)
    for ln in lines:
        if ln.junk or not inside(ln.container):
            continue
        text = ln.text
        n = len(text)
        if n and ln.link_chars / n > 0.5:
            after_link = after_link or n >= 15
            continue
        if _is_furniture_line(text):
            continue
        if not out and tkey and _title_key(text) == tkey:
            continue  # the headline repeated at the top of the container
        if first_idx == len(lines):
            first_idx = ln.index
        last_idx = ln.index
        out.append(text)
        if is_prose(text):
            teasers += after_link
            after_link = False
    return out, first_idx, last_idx, teasers


def _is_date_residue(text: str) -> bool:
    """A short line that is a date plus at most a few words (a source, a view count): page furniture."""
    if not dates.parse_date(text):
        return False
    rest = DATE_TOKENS.sub(" ", text)
    return len(rest.split()) <= 4 and len(CJK.findall(rest)) <= 8
