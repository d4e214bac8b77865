"""Small hints about page templates that are common among readout publishers.

These only *sharpen* the generic content scorer in `extract.content` (a bonus added to a candidate
container); they never replace it, so an unknown template still goes through the generic path.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

# ids/classes of article-body containers used by widespread CMSs: TRS WCM and the Chinese
# government-website standard (TRS_Editor, UCAP-CONTENT, zoom, cmsArticleContent, pages_content),
# People's Daily (rm_txt_con), Xinhua (detailContent / detail), China Daily, WordPress, schema.org.
CONTENT_HINT = re.compile(
    r"^(?:TRS_Editor|TRS_UEDITOR|UCAP-CONTENT|zoom|cmsArticleContent|detailContent|detail-content|"
    r"pages_content|article-content|article_content|articleContent|article-body|article_body|articleBody|"
    r"rm_txt_con|left_zw|art_con|artCon|news_content|newsContent|xl_content|TRS_PreAppend|"
    r"entry-content|post-content|story-body|story_content|main-content|text_content|con_text|"
    r"content_text|Custom_UnionStyle|content|Content|contentText|detail_con|p-detail|zw|nr)$"
)

# meta names that mark a site built on the national government-website standard (GB/T 31914-style)
GOV_STANDARD_META = ("siteidcode", "articletitle", "columnname", "pubdate", "contentsource")


def is_gov_standard(meta: Mapping[str, str]) -> bool:
    """True when the page carries at least two of the standard's meta tags."""
    return sum(1 for k in GOV_STANDARD_META if meta.get(k)) >= 2


def content_hint_bonus(tokens: list[str], itemprop: str | None, gov_standard: bool) -> float:
    """Extra score for a candidate container whose id/class tokens name a known body container."""
    bonus = 0.0
    if itemprop and itemprop.lower() in ("articlebody", "text"):
        bonus += 25.0
    if any(CONTENT_HINT.match(t) for t in tokens):
        bonus += 15.0 if gov_standard else 10.0
    return bonus
