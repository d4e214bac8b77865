"""Parser 1.50.0 line cutting of pages (pure functions, no Prefect)."""
from bs4 import BeautifulSoup

from readouts.extract.blocks import split_lines


def lines_of(html: str) -> list[str]:
    body = BeautifulSoup(f"<html><body>{html}</body></html>", "html.parser").body
    return [line.text for line in split_lines(body)[0]]


def test_inline_items_of_one_class_side_by_side_are_lines_of_their_own():
    got = lines_of("<div class='deck'><span class='row'>PM visits the new Executive</span><span class='row'>UK PM "
                   "Jane Roe meets the Executive</span><span class='row'>Author: Tom Bell</span></div>")
    assert got == ["PM visits the new Executive", "UK PM Jane Roe meets the Executive", "Author: Tom Bell"]


def test_inline_elements_of_other_classes_or_with_text_between_stay_one_line():  # guard
    got = lines_of("<p><span class='given'>Jane</span> <span class='family'>Roe</span> met <b>Tom</b><b>Bell</b>"
                   " and <span class='x'>A</span>, <span class='x'>B</span>.</p>")
    assert got == ["Jane Roe met TomBell and A, B."]


def page_with(after: str) -> bytes:
    body = ("<p>The minister received the ambassador of Chile at the ministry on Monday morning.</p>"
            "<p>The two sides discussed trade, climate and education cooperation between the two countries.</p>")
    return (f"<html><head><title>Minister receives envoy</title></head><body><h1>Minister receives envoy</h1>"
            f"<div class='article'>{body}</div><div class='annex'>{after}</div></body></html>").encode()


def test_a_press_contact_and_an_outlets_source_credit_below_the_body_are_bylines():
    from readouts.extract.html import parse_html
    from readouts.transform.pipeline import transform_document
    doc = parse_html(page_with("<div class='line'>Contact:</div><div class='line'>Awa Ceesay-Jallow</div>"
                               "<div class='line'>Director of Press</div>"
                               "<div class='line2'>Source: Ghananewsroom.com/Kofi Mensah Boateng</div>"), input="p.html")
    assert doc.bylines == ["Contact: Awa Ceesay-Jallow", "Source: Ghananewsroom.com/Kofi Mensah Boateng"]
    mentions = {m["name"]: m["rule"] for m in transform_document(doc).mentions}
    assert mentions == {"Awa Ceesay-Jallow": "byline", "Kofi Mensah Boateng": "byline"}


def test_a_contact_link_in_the_page_furniture_is_no_byline():  # guard
    from readouts.extract.html import parse_html
    doc = parse_html(page_with("<div class='line'>Contact us</div><div class='line'>Privacy policy</div>"), input="p.html")
    assert doc.bylines == []


def test_an_editors_runs_of_one_class_inside_a_paragraph_stay_one_line():
    got = lines_of("<p><span class='c1'>The Minister of Finance, Mr. Ken Owusu, </span><span class='c1'>received a "
                   "delegation in Accra on Monday.</span></p><div><span class='c2'>Mr. Ken Ofori</span>"
                   "<span class='c2'>-Atta</span></div>")
    assert got == ["The Minister of Finance, Mr. Ken Owusu, received a delegation in Accra on Monday.",
                   "Mr. Ken Ofori-Atta"]
