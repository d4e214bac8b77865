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
