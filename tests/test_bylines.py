"""Bylines outside the article body: read by extract, named as mentions by transform."""
from __future__ import annotations

from readouts.extract.html import parse_html
from readouts.transform.pipeline import transform_document

BODY = ("<p>On May 4, the municipal government held a symposium on rural roads. Mayor Zhou Ming presided over the "
        "symposium and stressed that every village must be reached by a paved road by 2027.</p>"
        "<p>Vice Mayor Lin Hua attended the meeting. The meeting called for faster construction.</p>"
        "<p>Officials from transport departments attended the symposium and shared their plans.</p>")


def page(before: str, after: str = "") -> bytes:
    return (f"<html><head><title>Symposium on rural roads</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<h1>Symposium on rural roads</h1>{before}<div class='article'>{BODY}</div>{after}"
            "<footer>Copyright 2026 City Portal</footer></body></html>").encode()


def test_a_byline_element_outside_the_body_is_read_and_is_a_mention():
    doc = parse_html(page("<div class='meta'><span class='byline'>By staff reporter Guo Xiaoyu</span> "
                          "<time>Published: May 5, 2026 09:42</time></div>",
                          "<p class='editor'>Editor: Tang Wenjing</p>"), input="p.html")
    assert doc.bylines == ["By staff reporter Guo Xiaoyu", "Editor: Tang Wenjing"]
    assert "Guo Xiaoyu" not in doc.text
    rec = transform_document(doc)
    mentions = {m["name"]: m["rule"] for m in rec.mentions}
    assert mentions == {"Guo Xiaoyu": "byline", "Tang Wenjing": "byline"}
    assert rec.document["bylines"] == doc.bylines


def test_no_byline_no_rows_and_navigation_is_not_a_byline():
    doc = parse_html(page("<div class='share'><a href='/by'>By topic</a></div>"), input="p.html")
    assert doc.bylines == []
    assert transform_document(doc).mentions == []


def credited(before: str, after: str = "") -> tuple[list[str], dict[str, str]]:
    doc = parse_html(page(before, after), input="p.html")
    return doc.bylines, {m["name"]: m["rule"] for m in transform_document(doc).mentions}


def test_bare_author_line_under_the_headline_and_bracketed_reporter_after_the_body():
    lines, mentions = credited("<div class='author'>Qiao Yuming</div><div class='time'>Updated: May 5, 2026</div>",
                               "<p class='src'>(Ren Xiaodong)</p><p>Editor-in-chief: Kang Weiping</p>")
    assert lines == ["Qiao Yuming", "(Ren Xiaodong)", "Editor-in-chief: Kang Weiping"]
    assert mentions == {"Qiao Yuming": "byline", "Ren Xiaodong": "byline", "Kang Weiping": "byline"}


def test_a_bare_line_that_is_no_pinyin_name_is_no_credit():
    lines, mentions = credited("<div class='tag'>Latest News</div>", "<div>Related Stories</div>")
    assert lines == [] and mentions == {}


def test_credit_labels_without_colon_inside_furniture_and_in_capitals():
    lines, mentions = credited("<div class='info'>By GUO XIAOYU | Daily Courier | Updated : May 5, 2026"
                               "<a href='/s'>Share - WeChat</a></div>"
                               "<div>2026-05-05 08:23:51 Daily Courier Editor : Tang Wenjing ECNS App Download</div>",
                               "<p>Editor Lu Kaiming</p><p>2026-05-05 · Chinese report by Ma Ruiqi, CENEWS</p>")
    assert mentions == {"Guo Xiaoyu": "byline", "Tang Wenjing": "byline", "Lu Kaiming": "byline",
                        "Ma Ruiqi": "byline"}


def test_photo_credits_in_brackets_and_after_a_slash():
    from readouts.transform.names import byline_names
    assert [n for *_, n in byline_names("[Xinhua/Liu Weibing]")] == ["Liu Weibing"]
    assert [n for *_, n in byline_names("[Photo by Liu Jian/China SCIO]")] == ["Liu Jian"]
    assert [n for *_, n in byline_names("attending the expo in Changchun. Photo/Zou Naishuo\nJing Junhai and")] == \
        ["Zou Naishuo"]


def test_chinese_labels_on_a_mirror_s_furniture_line_and_a_photo_credit_sentence():
    lines, mentions = credited("<div class='pt-info'>来源:citygov.cn 编辑:林晓 2026-05-05 16:21:29</div>",
                               "<p class='credit'>The photos above were taken by Fan Lei, Qu Hong, and Xu Jia.</p>")
    assert mentions == {"林晓": "byline", "Fan Lei": "byline", "Qu Hong": "byline", "Xu Jia": "byline"}


def test_an_institutions_sign_off_line_credits_author_approver_and_releaser():
    # one furniture line with several labels and no space after the colons; each label ends the name before it
    lines, mentions = credited("<div class='credit'>Author:Ma Lirong   Checker:Pan Dehai   Releaser:Tao Yuning   "
                               "Time:2026/05/05 16:37:12   Source:Foreign Affairs Office</div>")
    assert mentions == {"Ma Lirong": "byline", "Pan Dehai": "byline", "Tao Yuning": "byline"}


def test_a_date_stamp_before_the_author_and_a_name_before_the_reporters_post():
    lines, mentions = credited("<div class='stamp'><time>May 5, 2026</time> <span>Qiao Yuming</span></div>",
                               "<div><span>Tendai Moyo Senior Business Reporter</span></div>")
    assert lines == ["Qiao Yuming", "Tendai Moyo Senior Business Reporter"]
    assert mentions == {"Qiao Yuming": "byline", "Tendai Moyo": "byline"}


def test_a_sign_off_label_in_running_prose_is_no_credit():
    # "reviewer" in a sentence is no label: it needs its colon
    lines, mentions = credited("<div class='meta'>The reviewer Zhou Ping read the plan</div>")
    assert mentions == {}


def test_more_credit_forms_of_chinese_sites():
    from readouts.transform.names import byline_names
    found = [n for line in ("(Photograph by Qiao Yuming)", "(Reporter Ren Xiaodong of the County Media Center)",
                            "Chinese reporting by Tang Wenjing; Trans-editing by Lu Kaiming",
                            "By Guo Xiaoyu Published: May 5, 2026")
             for _, _, n in byline_names(line)]
    assert found == ["Qiao Yuming", "Ren Xiaodong", "Tang Wenjing", "Lu Kaiming", "Guo Xiaoyu"]


def test_a_credit_glued_to_a_date_and_a_credit_with_a_vertical_bar():
    # parser 1.20.0: "2017Reporter: X" (two spans with no space between) and "Reporter丨X" (a CJK bar for the colon)
    doc = parse_html(page("<div class='meta'><span>March 15th, 2017</span><span>Reporter: Yang Shu-Yong / Harbour "
                          "County Government Report</span></div>",
                          "<div class='after'><div>Source丨Green Times Reporter丨Liu Siwei</div></div>"), input="p.html")
    assert len(doc.bylines) == 2
    mentions = {m["name"]: m["rule"] for m in transform_document(doc).mentions}
    assert mentions == {"Yang Shu-Yong": "byline", "Liu Siwei": "byline"}


def test_a_name_alone_in_an_element_named_for_the_author_is_a_credit():
    # rule `byline_element`: the template's class names the line; the name may be of any origin
    for element, name in (("<div class='story-byline'>Ntombikayise Sibeko</div>", "Ntombikayise Sibeko"),
                          ("<p class='gzq-byline'>Ibrahim Shuaibu in Kano</p>", "Ibrahim Shuaibu"),
                          ("<div class='meta'><div class='author'>BY CLAUDIA TALLY</div></div>", "Claudia Tally"),
                          ("<div class='pt-editor'>Han Ximin ximhan@126.com</div>", "Han Ximin")):
        doc = parse_html(page(element), input="p.html")
        assert len(doc.bylines) == 1, element
        mentions = {m["name"]: m["rule"] for m in transform_document(doc).mentions}
        assert mentions == {name: "byline"}, element


def test_an_author_element_that_names_no_person_gives_no_mention():
    for element in ("<div class='byline'>Global Times</div>", "<div class='author'>Staff Reporter</div>",
                    "<div class='byline'>Xinhua News Agency</div>", "<span class='box'>Ntombikayise Sibeko</span>"):
        doc = parse_html(page(element), input="p.html")
        assert transform_document(doc).mentions == [], element


def test_a_credit_after_by_colon_and_a_stamp_with_its_label_and_time():
    doc = parse_html(page("<div class='hd'>By: Ryan McCormick Last Updated: August 1, 2010</div>",
                          "<div class='x'>By Alexander Rheeney 18 June 2019, 1:00PM</div>"), input="p.html")
    assert {m["name"] for m in transform_document(doc).mentions} == {"Ryan McCormick", "Alexander Rheeney"}
    doc = parse_html(page("<div class='art-info'>Updated: May 05,2020 02:03 PMChen Jia</div>"), input="p.html")
    assert doc.bylines == ["Chen Jia"]


def test_a_credit_s_pinyin_names_written_one_after_another_are_each_a_person():
    # rule `credit_run`: no separator between the reporters' names
    from readouts.transform.names import byline_names

    line = "Jiangxi September 23 Fuzhou Xinhua (reporter Liu Junwu Liu Zhankun Su Lucheng) acting governor"
    assert [n for _, _, n in byline_names(line)] == ["Liu Junwu", "Liu Zhankun", "Su Lucheng"]
    assert [n for _, _, n in byline_names("Our reporter Song Min Li Xiaohan")] == ["Song Min", "Li Xiaohan"]
    # capitalised words that do not pair into pinyin names keep the credit as it was
    assert [n for _, _, n in byline_names("(reporter Zhao Lin)")] == ["Zhao Lin"]
    assert [n for _, _, n in byline_names("By Zhao Lin and Erkin Tursun, China Daily")] == ["Zhao Lin", "Erkin Tursun"]


def test_a_credit_after_a_date_stamp_or_a_dash_and_one_inside_the_story_box():
    # parser 1.31.0: "Time: July 7,2020 by A, B, C" on a meta line; "---Translated by X" below the body; a date and
    # a credit in one element between the headline and the first paragraph, inside the article element
    doc = parse_html(page("<div class='meta'>Source: Learning Platform, Time: July 7,2020 by Mao Zui, Liu Xiaoxue</div>",
                          "<div class='post'>---Translated by Luhan Tang</div>"), input="p.html")
    mentions = {m["name"] for m in transform_document(doc).mentions}
    assert {"Mao Zui", "Liu Xiaoxue", "Luhan Tang"} <= mentions
    html = page("").replace(b"<div class='article'>", b"<div class='article'><div>date 2023-04-18 By Issah Mohammed</div>")
    doc = parse_html(html, input="p.html")
    assert "By Issah Mohammed" in doc.bylines
    assert "Issah Mohammed" in {m["name"] for m in transform_document(doc).mentions}


def test_a_year_then_by_in_running_text_credits_nobody():
    doc = parse_html(page("").replace(b"The meeting called for faster construction.",
                                      b"The road was opened in 2019 by Zhang Wei and Li Hong."), input="p.html")
    assert not {m["name"] for m in transform_document(doc).mentions} & {"Zhang Wei", "Li Hong"}


def test_an_image_credit_below_the_body_is_read_and_a_social_account_is_no_photographer():
    doc = parse_html(page("", "<div class='after'>Image credits: Zhao Mingde/Xinhua via AP</div>"), input="p.html")
    assert doc.bylines == ["Image credits: Zhao Mingde/Xinhua via AP"]
    assert {m["name"] for m in transform_document(doc).mentions} == {"Zhao Mingde"}
    from readouts.transform.names import byline_names
    assert byline_names("Photo credit: Facebook/Varga Eszter") == []


def test_a_byline_after_a_date_with_surnames_in_capitals():
    from readouts.transform.names import byline_names
    assert [n for _, _, n in byline_names("2020-06-16 BY WANG Lei and ZHAO Min")] == ["Wang Lei", "Zhao Min"]


def test_a_rewriter_a_post_in_brackets_and_a_note_on_the_writer_are_credits():  # (parser 1.47.0)
    lines, mentions = credited("<div class='aux'>Nadia Roberts (Editor)</div>",
                               "<p class='after'>Reporter: Anong Sukprasert</p><p class='after'>Rewriter: Kanda "
                               "Wongsawat</p><div class='after'>Tomas Ferreira is an acclaimed journalist with a "
                               "decade of experience covering regional politics.</div>")
    assert mentions == {"Nadia Roberts": "byline", "Anong Sukprasert": "byline", "Kanda Wongsawat": "byline",
                        "Tomas Ferreira": "byline"}


def test_a_caption_credit_in_capitals_names_the_photographer():  # (parser 1.47.0)
    doc = parse_html(page("", "<p class='caption'>Mayor Zhou Ming at the symposium. PHOTO BY DANIEL ORTEGA</p>"
                          "<p class='caption'>Villagers at the road. Photo: NGOC THANH</p>"), input="p.html")
    mentions = {m["name"]: m["rule"] for m in transform_document(doc).mentions}
    assert {"Daniel Ortega", "Ngoc Thanh"} <= set(mentions)


def test_a_news_outlet_named_today_is_no_credited_person():  # guard (parser 1.47.0)
    lines, mentions = credited("<div class='byline'>By HARBOUR CITY Today</div>")
    assert mentions == {}
