"""Tuning tables of the extract stage: limits on hostile input, tag sets, and the compiled patterns.

Shared by `extract.html` (orchestration), `extract.blocks` (lines, boilerplate, content scoring) and
`extract.metadata` (meta tags, canonical URL, title and headline).
"""
from __future__ import annotations

import re

from bs4.element import CData, Comment, Declaration, Doctype, ProcessingInstruction

from readouts.months import ABBREVIATIONS

try:  # bs4 >= 4.10 marks the contents of <script>/<style>/<template> with their own classes
    from bs4.element import Script, Stylesheet, TemplateString
    NON_TEXT_STRINGS: tuple[type, ...] = (Comment, CData, ProcessingInstruction, Declaration, Doctype,
                                          Script, Stylesheet, TemplateString)
except ImportError:  # pragma: no cover
    NON_TEXT_STRINGS = (Comment, CData, ProcessingInstruction, Declaration, Doctype)

# ------------------------------------------------------------------ limits on hostile input
MAX_RAW_BYTES = 64 * 1024 * 1024        # refuse before decoding
MAX_MARKUP_CHARS = 5_000_000             # after scripts, styles and comments are cut out
MAX_TAGS = 100_000                      # a news page has a few thousand
MAX_ANCESTOR_WALK = 120

# ------------------------------------------------------------------ element classes
SKIP_TAGS = {"script", "style", "noscript", "template", "head", "title", "meta", "link", "svg", "math",
             "iframe", "frame", "frameset", "object", "embed", "canvas", "select", "option", "textarea",
             "button", "input", "map", "audio", "video", "source", "track", "applet", "param", "base"}
BLOCK_TAGS = {"address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
              "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
              "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu",
              "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
              "thead", "tr", "ul", "caption", "col", "colgroup", "listing", "plaintext", "xmp", "output"}
# elements that are one paragraph: their lines score their parent container
PARA_TAGS = {"p", "pre", "blockquote", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption",
             "address", "caption", "center", "summary", "legend"}
JUNK_TAGS = {"nav", "header", "footer", "aside", "menu", "dialog"}
HEADLINE_TAGS = {"h1", "h2", "h3", "b", "strong", "div", "td", "p", "span"}

TAG_WEIGHT = {"div": 5, "article": 10, "main": 5, "section": 3, "td": 3, "pre": 3, "blockquote": 3,
              "form": -3, "ol": -3, "ul": -3, "dl": -3, "li": -3, "address": -3, "th": -5, "h1": -5,
              "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5, "body": -5, "html": -10}

# ------------------------------------------------------------------ id/class words
NEG_SUBSTR = re.compile(
    r"(?:^|[^a-z])nav|nav(?:bar|igation|igator|list|menu)|topnav|subnav|mainnav|sitenav|leftnav|menu|"
    r"footer|breadcrumb|crumb|share|sharing|social|comment(?!ar)|related|relate|recommend|sidebar|"
    r"copyright|pagination|pager|banner|advert|sponsor|subscribe|newsletter|cookie|qrcode|popup|"
    r"toolbar|topbar|masthead|prevnext|prev-next|prev_next|pre_next|pre-next|shangxia|"
    r"fenxiang|dayin|outbrain|taboola|disqus|widget-area|hotnews|hot-news|hot_news|morenews|"
    r"more-news|more_news|latest|friendlink|links?-list|footnav", re.I)
NEG_TOKEN = {"ad", "ads", "adv", "top", "foot", "side", "hot", "tag", "tags", "prev", "next", "print",
             "logo", "search", "header", "head", "rank", "tools", "tool", "login", "lm", "position",
             "location", "dqwz", "wz", "keywords", "more", "modal", "skip", "sr-only", "gotop", "bottom",
             "backtop", "back-top", "close", "sj", "info", "meta", "source", "date", "time", "author"}
POS = re.compile(r"article|content|body|entry|story|detail|zoom|trs_editor|trs_ueditor|text|main|post|"
                 r"zw|cont|nr|txt|wenzhang|neirong|zhengwen", re.I)
TOKEN_SPLIT = re.compile(r"[\s_\-]+")
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
TITLE_CLASS = re.compile(r"title|headline|heading|^bt$|biaoti|^tit|hd_?tit|^h1$", re.I)

# ------------------------------------------------------------------ text
WS = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]+")
COMMA = re.compile(r"[,，、;；]")
SENT_END = re.compile(r"[.!?。！？\"”’)]\s*$")
CJK = re.compile(r"[\u3400-\u9fff]")
OPEN_TAG = re.compile(r"<[A-Za-z]")
MARKUP = re.compile(r"<[A-Za-z!?/]")  # any tag, comment, doctype or processing instruction

# whole lines that are page furniture even inside the article container
BOILERPLATE_LINE = re.compile(
    r"^(?:[\[【]?\s*(?:share|share to|share this|print|close|print this page|close window|back to top|top|return|back|email|e-mail|"
    r"font ?size|font|a\+?|a-|large|medium|small|favorite|bookmark|collect|save|tweet|like|copy link|"
    r"打印|关闭|打印本页|关闭窗口|返回顶部|分享|分享到|收藏|字号|大|中|小|【打印】|【关闭】)\s*[\]】]?[\s:：|/\[\]【】]*)+$"
    r"|^(?:previous|next|prev|上一篇|下一篇)\s*(?:article|story|post|page)?\s*[:：>]"
    r"|^(?:related (?:news|stories|articles|reading|links)|recommended|read more|more news|you may also like|"
    r"相关(?:新闻|链接|阅读|文章)|延伸阅读)\s*[:：]?\s*$"
    r"|^(?:copyright|©|\(c\)|版权所有)"
    r"|^(?:hosted by|sponsored by|organi[sz]ed by|主办(?:单位)?|承办(?:单位)?)\s*[:：]"
    r"|website identification code|网站标识码|\bICP\b.{0,12}\d|备案号|公网安备",
    re.I)
META_LINE = re.compile(
    r"^(?:\[?\s*(?:updated?|last updated|date|time|published|posted|release(?:d)?(?: date| time)?|"
    r"source|from|发布时间|发布日期|时间|日期|来源|更新时间)\s*[:：]|\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:\s+\d{1,2}:\d{2}|\s*$))",
    re.I)
SOURCE_LABEL = re.compile(r"(?i)\s*\[?\s*(source|from|来源)")
DATE_TOKENS = re.compile(
    r"\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}日?|\d{1,2}:\d{2}(?::\d{2})?|\b\d{1,2}(?:st|nd|rd|th)?\b|\b\d{4}\b|"
    r"\b(?:" + "|".join([*ABBREVIATIONS, "May"]) + r")[a-z]*\.?|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
    r"\b(?:am|pm|a\.m\.|p\.m\.|GMT|UTC|BJT|CST)\b|[|/:：,()\[\]【】（）·-]", re.I)
ERROR_PAGE = re.compile(
    r"(?:error|http)\s*(?:404|403|500|502|503)\b|\b(?:404|403|500|502|503)\s*(?:error|not found|forbidden)|page not found|not be found|was not found|cannot be found|can't be found|"
    r"does not exist|doesn't exist|no longer (?:available|exists)|has been (?:removed|deleted)|access denied|"
    r"forbidden|internal server error|service unavailable|页面不存在|找不到|无法找到|无法访问|出错了|错误页", re.I)

# ------------------------------------------------------------------ titles
# <title> suffixes naming the site or the column
TITLE_SEPARATORS = re.compile(r"\s*(?:\s[|｜\-–—·:]{1,2}\s|--+|_+|[|｜]|——|—\s|\s—)\s*")
KNOWN_SITE_SUFFIX = re.compile(
    r"\s*[-–—_|]\s*(?:Xinhua|Xinhuanet|Xinhua News Agency|China Daily|Chinadaily\.com\.cn|CGTN|"
    r"People's Daily Online|People's Daily|Global Times|ECNS|China\.org\.cn|Chinanews|english\.gov\.cn|"
    r"gov\.cn|新华网|人民网|中国政府网|央视网)\s*$", re.I)
