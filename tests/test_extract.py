"""extract.html / extract.dates: the dev corpus page by page, unseen templates, hostile input."""
from __future__ import annotations

import hashlib
import json
import re
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from conftest import CORPUS_DEV as DEV  # tests/corpus/dev, in the repository
from conftest import corpus_pages

from readouts.extract import dates
from readouts.extract.errors import InputError, NotAReadout
from readouts.extract.html import parse_html
from readouts.extract.metadata import strip_title_suffix as _strip_title_suffix

PAGES = corpus_pages()


def norm(s: str | None) -> str:
    s = (s or "").replace("\u00a0", " ").replace("\u3000", " ")
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------ the dev corpus, per page
def implied_published_date(canonical_url: str, html: str) -> date:
    """The publication date the annotation guidelines imply, computed independently of extract.dates:
    the URL path when it has a date, else the visible Updated:/Date: line."""
    patterns = [
        (r"/n\d/(\d{4})/(\d{2})(\d{2})/", "people.cn"),
        (r"news\.cn/(\d{4})(\d{2})(\d{2})/", "news.cn"),
        (r"/news/(\d{4})(\d{2})/(\d{2})/", "gov.cn"),
        (r"/art/(\d{4})/(\d{1,2})/(\d{1,2})/", "zj.gov.cn"),
        (r"/(\d{4})-(\d{2})/(\d{2})/", "yyyy-mm/dd"),
        (r"/(\d{4})/(\d{1,2})/(\d{1,2})/", "yyyy/m/d"),
    ]
    for pat, _ in patterns:
        m = re.search(pat, canonical_url)
        if m:
            return date(*map(int, m.groups()))
    m = re.search(r"(?:Updated|Date):\s*(\d{4})[.-](\d{2})[.-](\d{2})", html)
    assert m, "the gold page has neither a dated URL nor an Updated/Date line"
    return date(*map(int, m.groups()))


def test_dev_corpus_is_there():
    assert len(PAGES) >= 21, f"expected the 21 dev pages in {DEV}"


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_dev_page(page: Path):
    gold = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    raw = page.read_bytes()
    doc = parse_html(raw, input=str(page))

    assert doc.input == str(page)
    assert doc.content_sha256 == hashlib.sha256(raw).hexdigest()
    assert doc.url == gold["canonical_url"]
    host = re.sub(r"^www\.", "", re.match(r"https?://([^/]+)", gold["canonical_url"]).group(1))
    assert doc.source == host
    if gold["gold"]["title"] is not None:
        assert norm(doc.title) == norm(gold["gold"]["title"])
    assert doc.published_date == implied_published_date(gold["canonical_url"], raw.decode("utf-8", "replace"))
    assert [norm(p) for p in doc.paragraphs] == [norm(p) for p in gold["body"]]
    assert doc.encoding == "utf-8"
    assert doc.fetched_at is None


# ------------------------------------------------------------------ unseen templates
XINHUA = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Chinese premier urges good start for all work-Xinhua</title>
<script>var x = "BEIJING, Jan. 1 (Xinhua) -- SCRIPT TEXT that is long, with commas, commas, commas, commas";</script>
<style>p { color: red; } .SECRETSTYLE { }</style></head><body>
<div class="header"><div class="logo"><a href="/"><img src="logo.png"></a></div>
<div class="nav"><a href="/china">China</a> <a href="/world">World</a> <a href="/business">Business</a></div></div>
<div class="main clearfix"><div class="main-left left">
<div class="head-line"><h1><span class="title">Chinese premier urges good start for all work</span></h1>
<div class="wz"><span class="source">Source: Xinhua</span> <span class="editor">Editor: huaxia</span>
<span class="time">2023-03-18 00:13:00</span></div></div>
<div id="detailContent">
<p><img src="a.jpg" alt="IMAGE ALT TEXT"></p>
<p style="text-align:center">Chinese Premier Li Qiang presides over the first plenary meeting of the new-term State Council, in Beijing, March 17, 2023. (Xinhua/Wang Ye)</p>
<p>BEIJING, March 17 (Xinhua) -- Chinese Premier Li Qiang on Friday urged efforts to earnestly implement decisions and plans of the CPC Central Committee, and ensure a good start for all work.</p>
<p>Li made the remarks while presiding over the first plenary meeting. <a href="/x" onclick="ONCLICK_HANDLER_TEXT()">The plenum</a> announced the division of duties.</p>
<script>document.write("INLINE SCRIPT IN BODY, with, commas, commas, commas, and a long enough sentence to score");</script>
<!-- COMMENT TEXT, with commas, commas, commas, commas, commas and commas -->
<p>The real economy should be the focus in seeking economic development, Li said.</p>
</div>
<div class="bottom-share"><span>Share</span> <a href="#">Facebook</a> <a href="#">Twitter</a></div>
<div class="related"><h3>Related</h3><ul><li><a href="/a">China's State Council holds plenary meeting on economy and growth</a></li>
<li><a href="/b">Premier Li stresses high-quality development in all respects</a></li></ul></div></div>
<div class="main-right right"><div class="columBox"><h3>Most viewed</h3><ul>
<li><a href="/c">Story one with a long headline about many things in China, and more</a></li>
<li><a href="/d">Story two with a long headline about many other things, and more</a></li></ul></div></div></div>
<div class="foot"><p>Copyright © 2000-2023 XINHUANET.com All rights reserved.</p></div>
</body></html>"""

PEOPLE = """<html><head><meta http-equiv="content-type" content="text/html;charset=UTF-8">
<title>China's State Council studies Xi's speeches, outlines key work priorities - People's Daily Online</title></head>
<body><div class="w1200 nav"><a href="/">Home</a> | <a href="/china">China</a> | <a href="/business">Business</a></div>
<div class="w860 d2txtCon cf"><div class="route"><a href="/">Home</a>&gt;&gt;</div>
<h1>China's State Council studies Xi's speeches, outlines key work priorities</h1>
<div class="origin cf"><span>(Xinhua) 08:41, March 16, 2024</span></div>
<div class="d2txt_con clearfix"><p style="text-align: center;"><img src="x.jpg"></p>
<p style="text-align: center;">Chinese Premier Li Qiang presides over the fourth plenary meeting of the State Council in Beijing, March 15, 2024. (Xinhua/Yue Yuewei)</p>
<p>BEIJING, March 15 (Xinhua) -- China's State Council on Friday convened a plenary meeting, studying important speeches and outlining its major tasks this year.</p>
<p>Efforts should be made to stabilize the expectation and growth, Li said.</p>
<p class="paper_num">(Web editor: Zhong Wenxing, Liang Jun)</p></div>
<div class="d2tools"><a href="#">Share</a><a href="#">Print</a></div></div>
<div class="w360 d2right"><h2>Most Popular</h2><ul><li><a href="/1">Photos: Spring scenery across China attracts many, many tourists</a></li>
<li><a href="/2">Xi meets with leaders of several countries in Beijing this week, and more</a></li></ul></div>
<div class="foot"><p>Copyright by People's Daily Online. All Rights Reserved</p></div></body></html>"""

WORDPRESS = """<!doctype html><html lang="en-US"><head><meta charset="UTF-8"><title>The 6th CPC Chongqing Municipal Congress Opens &#8211; iChongqing</title>
<meta property="og:title" content="The 6th CPC Chongqing Municipal Congress Opens, Set Plans for the Next Five Years" />
<meta property="og:url" content="https://www.ichongqing.info/2022/05/30/the-6th-congress-opens/" />
<meta property="article:published_time" content="2022-05-30T02:10:11+00:00" /></head>
<body class="single"><div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">iChongqing</a></p>
<nav id="site-navigation" class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-1" class="post-1 post type-post"><header class="entry-header"><h1 class="entry-title">The 6th CPC Chongqing Municipal Congress Opens, Set Plans for the Next Five Years</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time datetime="2022-05-30T10:10:11+08:00">May 30, 2022</time></span></div></header>
<div class="entry-content"><p>Chongqing- The 6th Chongqing Municipal Congress of the Communist Party of China (CPC) opened on May 27, with 800 delegates attending the congress.</p>
<p>Chen Min'er delivered a report on behalf of the 5th CPC Chongqing Municipal Committee, which was divided into four parts.</p>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Twitter</a></li><li><a href="#">Facebook</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3><p><a href="/x">Chongqing holds meeting on economy with more than many people attending</a></p></div>
</div><footer class="entry-footer"><span class="cat-links">Posted in <a href="/news">News</a></span></footer></article>
<nav class="navigation post-navigation"><a href="/prev">Previous post: Chongqing economy grows</a> <a href="/next">Next post: Chongqing floods</a></nav>
<div id="comments" class="comments-area"><h2>2 comments</h2><ol><li><p>What a great congress, I really like reading about this, thank you, thank you, thank you.</p></li></ol></div>
</main></div><aside id="secondary" class="widget-area"><section class="widget"><h2>Recent Posts</h2><ul>
<li><a href="/1">Post one about Chongqing and things, long enough headline</a></li></ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">Proudly powered by WordPress | Copyright 2022</div></footer></div></body></html>"""

ZH_P1 = "11月27日，省委副书记、省长黄强主持召开省政府第19次常务会议，研究部署全省百强中心镇建设等工作。"
ZH_P2 = "会议指出，要深入学习贯彻习近平总书记关于乡村振兴的重要论述，高起点规划、高质量建设、高水平管理省级百强中心镇。"
GOV_GBK = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>省政府召开第19次常务会议_四川省人民政府网站</title>
<meta name="SiteName" content="四川省人民政府"><meta name="ColumnName" content="政务要闻">
<meta name="ArticleTitle" content="省政府召开第19次常务会议"><meta name="PubDate" content="2023-11-28 18:20">
<meta name="ContentSource" content="四川日报"><meta name="Url" content="/10462/c103046/2023/11/28/abc.shtml"></head>
<body><form id="form1" action="x.aspx"><div class="top"><ul class="menu"><li><a href="/">首页</a></li><li><a href="/zw">政务</a></li></ul></div>
<div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/zw">政务要闻</a></div>
<div class="article"><h1>省政府召开第19次常务会议</h1><div class="info">发布时间：2023-11-28 18:20 来源：四川日报</div>
<div id="cmsArticleContent" class="TRS_Editor"><p>&nbsp;&nbsp;&nbsp;&nbsp;{ZH_P1}</p>
<p style="text-indent:2em">　　{ZH_P2}</p></div>
<div class="fx">分享到：<a href="#">微信</a><a href="#">微博</a></div></div>
<div class="footer">主办：四川省人民政府办公厅 网站标识码：5100000062 蜀ICP备13001288号</div></form></body></html>"""

P1 = ("On March 3, the provincial government held its 25th executive meeting, at which the governor, "
      "who presided over it, stressed that all departments should act, build, and deliver.")
P2 = "The meeting called for efforts to stabilize growth, expand domestic demand, and protect jobs."
P3 = "Other provincial leaders, including the vice governors, attended the meeting."
UNSEEN_BR = f"""<html><head><meta charset="utf-8"><title>Governor Presides over 25th Executive Meeting | Example Province</title></head>
<body><table><tr><td class="menu"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/gov">Government</a></td></tr>
<tr><td><span class="arttitle">Governor Presides over 25th Executive Meeting</span></td></tr>
<tr><td>Release time: 2021-03-05 &nbsp; Views: 1234</td></tr>
<tr><td><font face="Arial">&nbsp;&nbsp;&nbsp;&nbsp;{P1}<br><br>&nbsp;&nbsp;&nbsp;&nbsp;{P2}<br>
&nbsp;&nbsp;&nbsp;&nbsp;{P3}</font></td></tr>
<tr><td><a href="/prev">Previous: Something else happened somewhere in the province today</a><br>
<a href="/next">Next: Another thing happened in the province yesterday afternoon</a></td></tr>
<tr><td>Copyright © Example Province. All rights reserved.</td></tr></table></body></html>"""

UNSEEN_SPLIT = f"""<html><head><meta charset="utf-8"><title>Meeting held - Example</title>
<link rel="canonical" href="https://www.example.gov/news/2020-06/09/content_1.htm"></head>
<body><div id="wrap"><div class="topnav"><a href="/">Home</a><a href="/a">About</a><a href="/b">News</a><a href="/c">Contact</a></div>
<div id="article"><h2>Meeting held</h2>
<div class="pic"><p>Leaders attend the meeting in Beijing, June 9, 2020. (Xinhua/Li Tao)</p></div>
<div class="text"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div>
<div class="footer">Hosted by: Example Office. Website Identification Code: 1234</div></div></body></html>"""


def test_unseen_xinhua_like_template():
    doc = parse_html(XINHUA.encode(), input="x.html", url="https://english.news.cn/20230318/abc/c.html")
    assert doc.title == "Chinese premier urges good start for all work"
    assert doc.url == "https://english.news.cn/20230318/abc/c.html"  # no canonical: the fetch url
    assert doc.source == "english.news.cn"
    assert doc.published_date == date(2023, 3, 18)
    assert doc.paragraphs[0].startswith("Chinese Premier Li Qiang presides over")  # caption kept
    assert doc.paragraphs[1].startswith("BEIJING, March 17 (Xinhua) --")
    assert doc.paragraphs[-1] == "The real economy should be the focus in seeking economic development, Li said."
    assert len(doc.paragraphs) == 4
    text = doc.text
    for leak in ("SCRIPT TEXT", "SECRETSTYLE", "INLINE SCRIPT", "COMMENT TEXT", "ONCLICK_HANDLER", "IMAGE ALT",
                 "Share", "Related", "Most viewed", "Copyright", "Story one"):
        assert leak not in text


def test_unseen_people_like_template():
    doc = parse_html(PEOPLE.encode(), input="p.html")
    assert doc.title == "China's State Council studies Xi's speeches, outlines key work priorities"
    assert doc.url is None and doc.source == "local"
    assert doc.published_date == date(2024, 3, 16)  # the visible date line, no URL
    assert doc.paragraphs[-1] == "(Web editor: Zhong Wenxing, Liang Jun)"
    assert len(doc.paragraphs) == 4
    assert "Most Popular" not in doc.text and "Print" not in doc.text


def test_unseen_wordpress_template():
    doc = parse_html(WORDPRESS.encode(), input="w.html")
    assert doc.url == "https://www.ichongqing.info/2022/05/30/the-6th-congress-opens/"
    assert doc.source == "ichongqing.info"
    assert doc.title == "The 6th CPC Chongqing Municipal Congress Opens, Set Plans for the Next Five Years"
    assert doc.published_date == date(2022, 5, 30)
    assert len(doc.paragraphs) == 2
    assert doc.paragraphs[1].startswith("Chen Min'er delivered a report")
    for leak in ("Share this", "Related", "Previous post", "comments", "great congress", "Recent Posts", "WordPress"):
        assert leak not in doc.text


def test_unseen_chinese_government_standard_page_in_gbk():
    doc = parse_html(GOV_GBK.encode("gbk"), input="http://www.sc.gov.cn/x.shtml",
                     url="http://www.sc.gov.cn/10462/c103046/2023/11/28/abc.shtml")
    assert doc.encoding == "gb18030"
    assert doc.title == "省政府召开第19次常务会议"
    assert doc.url == "http://www.sc.gov.cn/10462/c103046/2023/11/28/abc.shtml"  # relative meta Url resolved
    assert doc.source == "sc.gov.cn"
    assert doc.published_date == date(2023, 11, 28)
    assert doc.paragraphs == [ZH_P1, ZH_P2]  # full-width and &nbsp; indentation stripped


def test_unseen_br_separated_table_template():
    doc = parse_html(UNSEEN_BR.encode(), input="t.html")
    assert doc.title == "Governor Presides over 25th Executive Meeting"
    assert doc.paragraphs == [P1, P2, P3]
    assert doc.published_date == date(2021, 3, 5)


def test_unseen_split_caption_and_text_blocks():
    doc = parse_html(UNSEEN_SPLIT.encode(), input="s.html")
    assert doc.url == "https://www.example.gov/news/2020-06/09/content_1.htm"
    assert doc.source == "example.gov"
    assert doc.published_date == date(2020, 6, 9)
    assert doc.title == "Meeting held"
    assert doc.paragraphs == ["Leaders attend the meeting in Beijing, June 9, 2020. (Xinhua/Li Tao)", P1, P2, P3]


def test_fetch_metadata_is_recorded():
    at = datetime(2024, 3, 20, 8, 0, tzinfo=UTC)
    doc = parse_html(UNSEEN_BR.encode(), input="https://example.org/a", url="https://www.example.org/a",
                     fetched_at=at, source="example")
    assert doc.fetched_at == at and doc.source == "example" and doc.url == "https://www.example.org/a"


def test_dateline_year_from_fetch_time():
    html = f"<html><body><div><p>BEIJING, Dec. 27 (Xinhua) -- {P1}</p><p>{P2}</p></div></body></html>"
    doc = parse_html(html.encode(), input="a.html", fetched_at=datetime(2023, 1, 3, tzinfo=UTC))
    assert doc.published_date == date(2022, 12, 27)


# ------------------------------------------------------------------ refusals
def test_empty_input():
    with pytest.raises(InputError) as e:
        parse_html(b"", input="e.html")
    assert e.value.stage == "decode" and e.value.message == "empty file (0 bytes)"


def test_whitespace_only_input():
    with pytest.raises(InputError) as e:
        parse_html(b" \n\t \r\n", input="e.html")
    assert e.value.stage == "decode"


def test_binary_input():
    with pytest.raises(InputError) as e:
        parse_html(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10, input="img.html")
    assert e.value.stage == "decode" and "PNG" in e.value.message
    assert not isinstance(e.value, NotAReadout)


def test_plain_text_is_not_html():
    with pytest.raises(InputError) as e:
        parse_html(b"just some words, no markup at all", input="a.txt")
    assert e.value.stage == "parse"


def test_truncated_in_head_is_not_a_readout():
    with pytest.raises(NotAReadout) as e:
        parse_html(b'<html><head><meta charset="utf-8"><title>Huang Qiang Presides over the Exec', input="t.html")
    assert e.value.stage == "extract"


def test_truncated_in_body_keeps_what_is_there():
    html = f"<html><head><title>A meeting</title></head><body><div class=\"content\"><p>{P1}</p><p>{P2}</p><p>The mee"
    doc = parse_html(html.encode(), input="t.html")
    assert doc.paragraphs == [P1, P2, "The mee"]


def test_listing_page_is_not_a_readout():
    items = "".join(f'<li><a href="/a{i}.shtml">Huang Qiang presides over the {i}th executive meeting of the '
                    f"provincial government</a><span>2024-01-{i % 28 + 1:02d}</span></li>" for i in range(40))
    html = f'<html><head><title>Open Governance</title></head><body><div class="list"><ul>{items}</ul></div></body></html>'
    with pytest.raises(NotAReadout) as e:
        parse_html(html.encode(), input="list.html")
    assert e.value.stage == "extract"
    assert re.fullmatch(r"no article body found: the page has \d+ links and \d+ paragraphs of prose", e.value.message)


def test_title_only_page_is_not_a_readout():
    html = "<html><head><title>Huang Qiang Presides over Meeting</title></head><body><h1>Huang Qiang Presides over Meeting</h1></body></html>"
    with pytest.raises(NotAReadout) as e:
        parse_html(html.encode(), input="t.html")
    assert "no article body" in e.value.message


def test_error_page_is_not_a_readout():
    html = "<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1><p>Sorry, the page you requested does not exist.</p><a href='/'>Home</a></body></html>"
    with pytest.raises(NotAReadout):
        parse_html(html.encode(), input="404.html")


def test_too_many_nested_tags_fail_fast():
    html = "<html><body>" + "<div>" * 200_000 + f"<p>{P1}</p>" + "</div>" * 200_000 + "</body></html>"
    t = time.perf_counter()
    with pytest.raises(InputError) as e:
        parse_html(html.encode(), input="deep.html")
    assert e.value.stage == "parse" and "too many tags" in e.value.message
    assert time.perf_counter() - t < 10


def test_deep_but_legal_nesting_is_extracted():
    html = "<html><body>" + "<div>" * 3000 + f"<p>{P1}</p><p>{P2}</p>" + "</div>" * 3000 + "</body></html>"
    doc = parse_html(html.encode(), input="deep.html")
    assert doc.paragraphs == [P1, P2]


def test_oversized_page_fails_fast():
    html = "<html><body><div>" + f"<p>{P1}</p>" * 120_000 + "</div></body></html>"
    assert len(html) > 20_000_000
    t = time.perf_counter()
    with pytest.raises(InputError) as e:
        parse_html(html.encode(), input="big.html")
    assert e.value.stage == "parse" and "too large" in e.value.message
    assert time.perf_counter() - t < 20


def test_large_script_does_not_count_against_the_size_limit():
    html = "<html><body><script>" + "var a=1;" * 1_500_000 + f"</script><div><p>{P1}</p><p>{P2}</p></div></body></html>"
    doc = parse_html(html.encode(), input="s.html")
    assert doc.paragraphs == [P1, P2]


def test_unexpected_errors_are_wrapped(monkeypatch):
    import readouts.extract.html as mod

    def boom(*a, **k):
        raise ValueError("kaboom")

    monkeypatch.setattr(mod, "split_lines", boom)
    with pytest.raises(InputError) as e:
        parse_html(XINHUA.encode(), input="x.html")
    assert e.value.error_type == "ValueError" and "kaboom" in e.value.message


def test_recursion_error_is_wrapped(monkeypatch):
    import readouts.extract.html as mod

    def deep(*a, **k):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(mod, "split_lines", deep)
    with pytest.raises(InputError) as e:
        parse_html(XINHUA.encode(), input="x.html")
    assert e.value.stage == "parse" and e.value.error_type == "RecursionError"


def test_scripts_and_handlers_never_reach_the_text():
    html = (f'<html><body><div onclick="alert(\'HANDLER\')"><p onmouseover="HOVER()">{P1}</p>'
            f'<noscript>NOSCRIPT TEXT that is long, with commas, commas, and commas</noscript>'
            f'<script type="text/javascript">var SCRIPTVAR = "x, y, z, long enough to score as prose, a, b";</script>'
            f'<p>{P2}<script>document.write("WRITTEN")</script></p><template><p>TEMPLATE TEXT, long, long, long</p></template>'
            f'<p style="display:none">HIDDEN PARAGRAPH with enough text, commas, and words to score</p></div></body></html>')
    doc = parse_html(html.encode(), input="s.html")
    assert doc.paragraphs == [P1, P2]
    for leak in ("HANDLER", "HOVER", "NOSCRIPT", "SCRIPTVAR", "WRITTEN", "TEMPLATE", "HIDDEN", "alert"):
        assert leak not in doc.text


def test_parse_is_fast():
    raw = (DEV / "seed.html").read_bytes()
    parse_html(raw, input="seed.html")
    t = time.perf_counter()
    for _ in range(20):
        parse_html(raw, input="seed.html")
    assert (time.perf_counter() - t) / 20 < 0.05


# ------------------------------------------------------------------ title
@pytest.mark.parametrize("raw,expected", [
    ("Huang Qiang Chairs Meeting_The People's Government of Sichuan Province", "Huang Qiang Chairs Meeting"),
    ("Huang Qiang Chairs Meeting - Sichuan Government", "Huang Qiang Chairs Meeting"),
    ("The CPC Sichuan Provincial Committee Convenes a Meeting--Open Governance",
     "The CPC Sichuan Provincial Committee Convenes a Meeting"),
    ("Xi chairs CPC leadership meeting | english.gov.cn", "Xi chairs CPC leadership meeting"),
    ("Chinese premier urges good start for all work-Xinhua", "Chinese premier urges good start for all work"),
    ("Chinese premier urges good start for all work - Xinhua", "Chinese premier urges good start for all work"),
    ("省政府召开第19次常务会议_四川省人民政府网站", "省政府召开第19次常务会议"),
    ("Sichuan-Chongqing cooperation meeting held in Chengdu", "Sichuan-Chongqing cooperation meeting held in Chengdu"),
    ("State Council executive meeting", "State Council executive meeting"),
    ("--Open Governance", ""),
    ("  Xi  chairs\n meeting  ", "Xi chairs meeting"),
])
def test_strip_title_suffix(raw, expected):
    assert _strip_title_suffix(raw) == expected


def test_title_entities_and_whitespace():
    html = (f"<html><head><title>Li  Qiang &amp; the\n State Council&#x27;s plan - Site</title></head>"
            f"<body><div><p>{P1}</p><p>{P2}</p></div></body></html>")
    doc = parse_html(html.encode(), input="t.html")
    assert doc.title == "Li Qiang & the State Council's plan"


def test_title_from_meta_article_title_wins():
    html = (f'<html><head><meta name="ArticleTitle" content="The Real Headline"><title>Other - Site</title></head>'
            f"<body><h1>Something</h1><div><p>{P1}</p><p>{P2}</p></div></body></html>")
    assert parse_html(html.encode(), input="t.html").title == "The Real Headline"


def test_headline_is_not_repeated_as_a_paragraph():
    html = (f"<html><head><title>Governor Chairs Meeting</title></head><body><div class='article'>"
            f"<h1>Governor Chairs Meeting</h1><p>{P1}</p><p>{P2}</p></div></body></html>")
    doc = parse_html(html.encode(), input="t.html")
    assert doc.title == "Governor Chairs Meeting" and doc.paragraphs == [P1, P2]


# ------------------------------------------------------------------ canonical URL and source
def test_canonical_url_priority_and_source():
    html = (f'<html><head><link rel="canonical" href="https://www.sc.gov.cn/a/2024/2/21/x.shtml">'
            f'<meta property="og:url" content="https://other.example/b"></head>'
            f"<body><div><p>{P1}</p><p>{P2}</p></div></body></html>")
    doc = parse_html(html.encode(), input="local.html", url="https://mirror.example/c")
    assert doc.url == "https://www.sc.gov.cn/a/2024/2/21/x.shtml"
    assert doc.source == "sc.gov.cn"
    assert doc.published_date == date(2024, 2, 21)


def test_local_file_without_url():
    html = f"<html><body><div><p>{P1}</p><p>{P2}</p></div></body></html>"
    doc = parse_html(html.encode(), input="/tmp/x.html")
    assert doc.url is None and doc.source == "local" and doc.published_date is None


# ------------------------------------------------------------------ dates (pure functions)
@pytest.mark.parametrize("url,expected", [
    ("https://www.sc.gov.cn/10462/10758/10760/10765/2024/2/7/af03c.shtml", date(2024, 2, 7)),
    ("http://en.people.cn/n3/2024/0316/c90000-20145725.html", date(2024, 3, 16)),
    ("https://english.news.cn/20230318/4080cf7a/c.html", date(2023, 3, 18)),
    ("https://english.www.gov.cn/news/202402/18/content_WS65d1.html", date(2024, 2, 18)),
    ("https://www.zj.gov.cn/art/2024/3/5/art_1554467_60205730.html", date(2024, 3, 5)),
    ("http://eng.chinamil.com.cn/view/2022-12/28/content_10208014.htm", date(2022, 12, 28)),
    ("https://www.ichongqing.info/2022/05/30/the-6th-congress/", date(2022, 5, 30)),
    ("http://www.example.gov.cn/xxgk/t20240218_123456.html", date(2024, 2, 18)),
    ("https://www.app.com.pk/foreign-correspondent/chinas-hubei-delegation/", None),
    ("https://example.org/a?date=2024/01/01", None),
    ("https://www.sc.gov.cn/10462/10758/2024/13/40/x.shtml", None),  # not a valid date
    (None, None),
])
def test_date_from_url(url, expected):
    assert dates.date_from_url(url) == expected


@pytest.mark.parametrize("text,expected", [
    ("Updated:2024.12.05", date(2024, 12, 5)),
    ("Updated: November 15, 2018", date(2018, 11, 15)),
    ("Date: 2019-07-15   Source: sc.gov.cn [Print] [Close]", date(2019, 7, 15)),
    ("Release time: 2021-03-05 Views: 12", date(2021, 3, 5)),
    ("发布时间：2023年11月28日 18:20", date(2023, 11, 28)),
    ("Published: 5 June 2020", date(2020, 6, 5)),
    ("Updated: Dec. 5, 2024 10:00", date(2024, 12, 5)),
    ("No dates here at all", None),
])
def test_date_from_labelled_line(text, expected):
    assert dates.date_from_labelled_line(text) == expected


def test_bare_timestamp():
    assert dates.date_from_timestamp("Source: Xinhua | Editor: huaxia | 2023-08-16 20:36:00") == date(2023, 8, 16)
    assert dates.date_from_timestamp("2023-08-16 with no time") is None


@pytest.mark.parametrize("value,expected", [
    ("2024-02-21 10:00", date(2024, 2, 21)),
    ("2022-05-30T02:10:11+00:00", date(2022, 5, 30)),
    ("20240218", date(2024, 2, 18)),
    ("2024/2/7", date(2024, 2, 7)),
    ("March 16, 2024", date(2024, 3, 16)),
    ("16 March 2024", date(2024, 3, 16)),
    ("garbage", None),
    ("2024-02-30", None),
])
def test_parse_date(value, expected):
    assert dates.parse_date(value) == expected


def test_date_from_meta():
    assert dates.date_from_meta({"pubdate": "2024-02-21 10:00"}) == date(2024, 2, 21)
    assert dates.date_from_meta({"article:published_time": "2022-05-30T02:10:11+00:00"}) == date(2022, 5, 30)
    assert dates.date_from_meta({"keywords": "2020-01-01"}) is None


@pytest.mark.parametrize("text,ref,years,expected", [
    ("BEIJING, March 15 (Xinhua) -- China's State Council on Friday ...", None, [2024], date(2024, 3, 15)),
    ("BEIJING, Dec. 27 (Xinhua) -- A meeting ...", date(2023, 1, 2), [], date(2022, 12, 27)),
    ("BEIJING, Feb. 18 -- China's State Council on Sunday ...", date(2024, 2, 19), [], date(2024, 2, 18)),
    ("CHENGDU, Sichuan, Sept. 3, 2021 (Xinhua) -- ...", None, [], date(2021, 9, 3)),
    ("BEIJING, March 15 (Xinhua) -- no year anywhere", None, [], None),
    ("On March 15 the meeting was held.", None, [2024], None),
])
def test_dateline(text, ref, years, expected):
    assert dates.date_from_dateline(text, reference=ref, years=years) == expected


def test_pick_published_date_priority():
    # the URL path wins over meta and visible lines (the guidelines' rule for the gold publication date)
    assert dates.pick_published_date(urls=["https://www.sc.gov.cn/a/2024/2/21/x.shtml"],
                                     meta={"pubdate": "2024-02-22"}, header_text="Updated:2024.02.23") == date(2024, 2, 21)
    assert dates.pick_published_date(urls=["https://x.org/a"], meta={"pubdate": "2024-02-22"},
                                     header_text="Updated:2024.02.23") == date(2024, 2, 22)
    assert dates.pick_published_date(urls=[None], meta={}, header_text="Updated:2024.02.23") == date(2024, 2, 23)
    assert dates.pick_published_date(header_text="Home\n(Xinhua) 08:41, March 16, 2024",
                                     body_text="BEIJING, March 15 (Xinhua) -- x") == date(2024, 3, 16)
    assert dates.pick_published_date(body_text="BEIJING, March 15 (Xinhua) -- in 2024") == date(2024, 3, 15)


# ------------------------------------------------------------------ templates without helpful classes
def test_article_beats_teaser_sidebar_without_class_hints():
    teasers = "".join(f'<div><h4><a href="/{i}">Other story {i}</a></h4><p>Rescue teams, volunteers, and soldiers continued '
                      f"to help residents in area {i} on Sunday, officials said, adding that more aid, food, and water is coming.</p></div>"
                      for i in range(5))
    html = (f"<html><head><title>Governor chairs executive meeting - Example Daily</title></head><body><div><div>"
            f"<h1>Governor chairs executive meeting</h1><div>By Staff Reporter | Updated: 2024-05-06 10:20</div>"
            f"<div><p>{P1}</p><p>{P2}</p></div></div><div><h3>In other news</h3>{teasers}</div></div></body></html>")
    doc = parse_html(html.encode(), input="t.html")
    assert doc.paragraphs == [P1, P2]
    assert doc.published_date == date(2024, 5, 6)


def test_article_beats_reader_comments_without_class_hints():
    replies = "".join(f"<div><p>Reader reply number {i}, long, long, long, with commas, opinions, thoughts, and more "
                      f"thoughts, about the economy, jobs, and housing prices in the country.</p></div>" for i in range(5))
    html = (f"<html><head><title>Council meeting held</title></head><body><div><div><h1>Council meeting held</h1>"
            f"<div><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div><div><h2>Reader responses</h2>{replies}</div></div></body></html>")
    assert parse_html(html.encode(), input="c.html").paragraphs == [P1, P2, P3]


def test_divs_used_as_paragraphs():
    short = "It also approved a draft regulation."
    html = (f"<html><body><div><div>{P1}</div><div>{short}</div><div>{P2}</div></div>"
            f"<div><a href='/1'>A link that is long enough to matter here</a> <a href='/2'>Another long link text</a></div></body></html>")
    assert parse_html(html.encode(), input="d.html").paragraphs == [P1, short, P2]


def test_english_body_quoting_a_name_in_characters_is_prose():
    # One Chinese name in characters once made the whole English paragraph "Chinese text with fewer than
    # 20 characters", so the page was refused as NotAReadout.
    body = ("On February 14, the municipal committee held its standing meeting, chaired by Chairman Xu Xia, "
            "and Vice Chairmen Yang Jiangbo, \u95eb\u8def\u5e73 and Wang Weijun attended the meeting. "
            "The meeting discussed the draft work report and the plan for the coming year.")
    html = (f"<html><head><title>Standing meeting held</title></head><body><nav><a href='/'>Home</a>"
            f"<a href='/news'>News</a></nav><h1>Standing meeting held</h1><article><p>{body}</p></article>"
            f"<footer>Copyright</footer></body></html>")
    assert parse_html(html.encode(), input="cjk.html").paragraphs == [body]


def test_chinese_body_is_still_prose():
    body = "\u4f1a\u8bae\u5f3a\u8c03\uff0c" * 6
    html = f"<html><body><h1>\u4f1a\u8bae</h1><div><p>{body}</p><p>{body}</p></div></body></html>"
    assert parse_html(html.encode(), input="zh.html").paragraphs == [body, body]


# ------------------------------------------------------------------ never another exception type
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_FRAGMENTS = ["<html>", "<body>", "<div class='content'>", "</div>", "<p>", "</p>", "<br>", "<script>", "</script>",
              "<!--", "-->", "<table><tr><td>", "</td></tr></table>", "<a href='/x'>", "</a>", "&nbsp;", "&#x27;",
              "<meta charset='gbk'>", "<title>", "</title>", "<![CDATA[", "]]>", "<?xml version='1.0'?>",
              "BEIJING, March 15 (Xinhua) -- ", "Updated:2024.12.05", P1, "会议强调，要深入学习。", "\x00", "\xff"]


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000))
def test_random_bytes_raise_only_input_errors(raw):
    try:
        doc = parse_html(raw, input="fuzz.bin")
    except InputError as e:
        assert e.stage in ("decode", "parse", "extract") and e.message
    else:
        assert doc.paragraphs and all(p == p.strip() and p for p in doc.paragraphs)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=60))
def test_random_markup_raises_only_input_errors(parts):
    raw = "".join(parts).encode("utf-8", "surrogatepass")
    try:
        doc = parse_html(raw, input="fuzz.html")
    except InputError as e:
        assert e.stage in ("decode", "parse", "extract") and e.message
        assert e.error_type not in ("ValueError", "TypeError", "AttributeError", "IndexError", "KeyError")
    else:
        assert doc.content_sha256 == hashlib.sha256(raw).hexdigest()


def test_listing_with_summaries_is_not_a_readout():
    items = "".join(f'<div class="item"><h3><a href="/n{i}.html">Province holds meeting number {i} on development</a></h3>'
                    f"<span>2024-03-{i + 1:02d}</span><p>The provincial government held meeting number {i}, which "
                    f"discussed growth, jobs, and the environment, and called for faster progress this year.</p></div>"
                    for i in range(12))
    html = f"<html><head><title>News - Example Province</title></head><body><div class='list'>{items}</div></body></html>"
    with pytest.raises(NotAReadout) as e:
        parse_html(html.encode(), input="list2.html")
    assert "list" in e.value.message


def test_article_with_a_few_related_links_inside_the_body_is_kept():
    related = "".join(f'<p><a href="/r{i}">Related: another meeting number {i} on development</a></p>' for i in range(6))
    html = (f"<html><head><title>Meeting</title></head><body><div><p>{P1}</p><p>{P2}</p>{related}<p>{P3}</p>"
            f"</div></body></html>")
    assert parse_html(html.encode(), input="r.html").paragraphs == [P1, P2, P3]


def test_headline_and_date_residue_inside_the_body_container_are_dropped():
    html = (f"<html><head><title>Xi chairs leadership meeting - People's Daily Online</title></head><body>"
            f"<div class='nav'><a href='/'>Home</a> <a href='/china'>China</a></div>"
            f"<div class='w860 d2txtCon cf'><h1>Xi chairs leadership meeting</h1>"
            f"<div class='origin cf'><span><a href='/xinhua'>(Xinhua)</a> 08:41, January 25, 2022</span></div>"
            f"<p>BEIJING, Jan. 24 (Xinhua) -- {P1}</p><p>{P2}</p><p>{P3}</p>"
            f"<div class='paper_num'>(Web editor: Zhong Wenxing, Liang Jun)</div></div></body></html>")
    doc = parse_html(html.encode(), input="p.html")
    assert doc.title == "Xi chairs leadership meeting"
    assert doc.published_date == date(2022, 1, 25)
    assert doc.paragraphs == [f"BEIJING, Jan. 24 (Xinhua) -- {P1}", P2, P3, "(Web editor: Zhong Wenxing, Liang Jun)"]


def test_title_from_h1_skips_the_logo_heading():
    html = (f"<html><head><title>Example Provincial Government</title></head><body>"
            f"<div class='logo'><h1>Example Provincial Government</h1></div>"
            f"<div><h1>Governor Chairs<br>Executive Meeting</h1><p>{P1}</p><p>{P2}</p></div></body></html>")
    assert parse_html(html.encode(), input="t.html").title == "Governor Chairs Executive Meeting"


def test_title_prefers_the_visible_headline_matching_the_title_tag():
    html = (f"<html><head><title>Xi, Biden hold talks - full text - Example News</title></head><body>"
            f"<h1>Xi, Biden hold talks - full text</h1><div><p>{P1}</p><p>{P2}</p></div></body></html>")
    assert parse_html(html.encode(), input="t.html").title == "Xi, Biden hold talks - full text"


def test_article_title_meta_is_not_cut_at_a_dash():
    html = (f'<html><head><meta name="ArticleTitle" content="Sichuan - Chongqing Economic Circle Meeting Held">'
            f"<title>Sichuan - Chongqing Economic Circle Meeting Held_Sichuan</title></head>"
            f"<body><div><p>{P1}</p><p>{P2}</p></div></body></html>")
    assert parse_html(html.encode(), input="t.html").title == "Sichuan - Chongqing Economic Circle Meeting Held"


def test_page_wrapped_in_a_furniture_named_block_still_yields_the_body():
    html = (f"<html><head><title>Meeting held - Site</title></head><body><div id='top' class='page-header-wrap'>"
            f"<ul class='menu'><li><a href='/'>Home</a></li><li><a href='/n'>News</a></li></ul>"
            f"<div><h1>Meeting held</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>"
            f"<div class='footer'>Copyright 2024 Example. All rights reserved.</div></div></body></html>")
    assert parse_html(html.encode(), input="w.html").paragraphs == [P1, P2, P3]


def test_page_builder_widget_containers_are_not_furniture():
    html = (f"<html><head><title>Meeting held - Site</title></head><body>"
            f"<div class='elementor-widget elementor-widget-nav-menu'><div class='elementor-widget-container'>"
            f"<a href='/'>Home</a> <a href='/n'>News</a> <a href='/a'>About us</a></div></div>"
            f"<div class='elementor-widget elementor-widget-theme-post-content'><div class='elementor-widget-container'>"
            f"<p>{P1}</p><p>{P2}</p></div></div>"
            f"<div class='elementor-widget'><div class='elementor-widget-container'><ul>"
            + "".join(f"<li><a href='/p{i}'>Recent post number {i} with a long headline</a></li>" for i in range(8))
            + "</ul></div></div></body></html>")
    assert parse_html(html.encode(), input="e.html").paragraphs == [P1, P2]


def test_inline_class_words_do_not_drop_text_but_inline_furniture_is_removed():
    html = (f"<html><body><div><p><span class='date'>On March 3</span>, the provincial government held its 25th "
            f"executive meeting, at which the governor stressed that all departments should act.</p>"
            f"<p>{P2}<span class='share-btn'>Share</span><span style='display:none'>HIDDEN</span></p></div></body></html>")
    doc = parse_html(html.encode(), input="i.html")
    assert doc.paragraphs == ["On March 3, the provincial government held its 25th executive meeting, at which the "
                              "governor stressed that all departments should act.", P2]


@pytest.mark.parametrize("furniture", ["[Print] [Close]", "【Print】【Close】", "Share to:", "Font size: A A A",
                                       "【打印】【关闭】", "Previous: Sichuan holds a symposium", "Related News",
                                       "Copyright © 2024 Example. All rights reserved.",
                                       "Hosted by: General Office of the People's Government",
                                       "Website Identification Code: 5100000062", "Updated: 2024-02-21 10:00",
                                       "Source: Xinhua | 2024-02-21"])
def test_furniture_lines_inside_the_body_container_are_dropped(furniture):
    html = f"<html><body><div class='content'><p>{P1}</p><p>{furniture}</p><p>{P2}</p></div></body></html>"
    assert parse_html(html.encode(), input="f.html").paragraphs == [P1, P2]


def test_input_url_serves_as_fetch_url():
    html = f"<html><body><div><p>{P1}</p><p>{P2}</p></div></body></html>"
    doc = parse_html(html.encode(), input="http://www.example.gov.cn/art/2024/3/5/art_1_2.html")
    assert doc.url == "http://www.example.gov.cn/art/2024/3/5/art_1_2.html"
    assert doc.source == "example.gov.cn" and doc.published_date == date(2024, 3, 5)


def test_soft_404_page_is_not_a_readout():
    html = ("<html><head><title>Page not found - Example</title></head><body><div class='content'><h1>Oops!</h1>"
            "<p>Sorry, the page you are looking for might have been removed, had its name changed, or is temporarily "
            "unavailable. Please check the address, or go back to the homepage and try again later.</p></div></body></html>")
    with pytest.raises(NotAReadout) as e:
        parse_html(html.encode(), input="404.html")
    assert "error page" in e.value.message


def test_short_readout_with_numbers_is_not_an_error_page():
    text = "On May 5, 500 delegates attended the congress, which the governor chaired, and 404 of them spoke."
    html = f"<html><head><title>Congress opens</title></head><body><div><p>{text}</p><p>{P2}</p></div></body></html>"
    assert parse_html(html.encode(), input="n.html").paragraphs == [text, P2]


def test_query_strings_keep_their_ampersands_and_pages_escaped_twice_still_read():
    # "&sect", "&lang", "&para" are legacy entity names: after the parser's one decoding, "&section_id" is text
    page = ("<html><head><title>Mayor&amp;#39;s talks &amp;amp; visit</title>"
            '<link rel="canonical" href="http://example.org/a.do?id=7&amp;section_id=24&amp;lang=en&amp;para=1">'
            '<meta property="og:url" content="http://example.org/b.do?id=7&amp;copy=2"></head>'
            "<body><article><h1>Mayor&amp;#39;s talks</h1><p>" + "The mayor met the delegation. " * 20 +
            "</p></article></body></html>")
    doc = parse_html(page.encode(), input="page.html")
    assert doc.url == "http://example.org/a.do?id=7&section_id=24&lang=en&para=1"
    assert doc.title.startswith("Mayor's talks")
    page = page.replace('<link rel="canonical" href="http://example.org/a.do?id=7&amp;section_id=24&amp;lang=en'
                        '&amp;para=1">', "")
    assert parse_html(page.encode(), input="page.html").url == "http://example.org/b.do?id=7&copy=2"


def test_a_date_label_opening_the_body_or_a_publish_label_is_the_publication_date():
    # parser 1.30.0: "date 2021-08-09 Dhar (Madhya Pradesh): ..." (an inline date element), "Publish:2018-07-03"
    assert dates.pick_published_date(body_text="date 2021-08-09 Dhar (Madhya Pradesh): the collector, on Monday, "
                                               "chaired a review meeting.") == date(2021, 8, 9)
    assert dates.pick_published_date(header_text="Author:Translated by Meng Editor:Wan Publish:2018-07-03 Size:TTT") \
        == date(2018, 7, 3)
    assert dates.pick_published_date(body_text="The mayor said the date 2021-08-09 was set.") is None


def test_a_glued_date_and_a_stamp_or_meta_line_inside_the_story_box_are_the_publication_date():
    # parser 1.31.0: "Release time: Dec.4,2020"; a time stamp between the headline and the first paragraph inside the
    # article element; a meta line of parts "Tuesday 14 May 2024 | Written by ... | Published in ..."
    assert dates.parse_date("Release time: Dec.4,2020") == date(2020, 12, 4)
    assert dates.parse_date("Time: July 7,2020") == date(2020, 7, 7)
    lead = "NEW YORK, Sept 27 (Bernama) -- The foreign minister held a bilateral meeting with the Secretary-General."
    page = ("<html><body><nav>Home World</nav><article><div>WORLD &gt; NEWS</div><h1>Minister meets the UN chief</h1>"
            "<time>28/09/2024 08:23 AM</time><div>From a reporter</div><section><p>" + lead + "</p><p>" +
            "He said the talks would go on in 2025 and beyond, and both sides agreed to meet again soon. " * 3 +
            "</p></section></article></body></html>")
    assert parse_html(page.encode(), input="page.html").published_date == date(2024, 9, 28)
    meta = "Tuesday 14 May 2024 | Written by Supplied | Published in National, Pacific Islands, Regional"
    assert dates.date_from_short_lines("Moana target 2025 World Cup\n11 November 2022\n" + meta) == date(2024, 5, 14)
