"""Parser 1.51.0 credits in the page furniture and the text (pure functions, no Prefect)."""
from role_helpers import names, run
from test_extract_v150 import page_with


def test_a_polish_photo_credit_below_the_body_is_a_byline():
    from readouts.extract.html import parse_html
    from readouts.transform.pipeline import transform_document
    doc = parse_html(page_with("<p class='trail'>fot. Paweł Kulik</p><p class='trail'>Text: Normal Large</p>"
                               "<p class='trail'>Textile fair opens</p>"), input="p.html")
    assert doc.bylines == ["fot. Paweł Kulik"]
    mentions = {m["name"]: m["rule"] for m in transform_document(doc).mentions}
    assert mentions == {"Paweł Kulik": "byline"}


def test_a_polish_photo_credit_inside_the_text_on_a_line_of_its_own():
    p = run("The minister received the ambassador of Chile on Monday.\nfot. Jan Nowicki")
    assert "Jan Nowicki" in names(p.mentions)
    assert "Jan Nowicki" not in names(p.attendees)


def test_text_inside_a_sentence_is_no_credit():  # guard
    p = run("The minister received Amina Diallo. The text: Amina Diallo and her deputy signed the agreement.")
    assert "Amina Diallo" not in names(p.mentions)
