"""Hard-wrapped pages (parser 1.31.0): a wire copy or a PDF's text whose lines break mid-sentence."""
from readouts.extract.html import parse_html
from readouts.transform.pipeline import transform_document
from readouts.transform.wrapped import hard_wrapped, unwrap

WRAPPED = [
    "DHAKA, Oct 30, 2019 (BSS) – The fifth meeting of the Parliamentary Standing",
    "Committee on Commerce was held today at the Jatiya Sangsad (JS) Bhaban with",
    "committee chairman Tofail Ahmed in the chair.",
    "Committee members Commerce Minister Tipu Munshi, Mohammad Hasan Imam Khan, Selim",
    "Altaf George and Sultana Nadira were also present at the meeting, with officials of",
    "the Ministry of Commerce and of the Export Promotion Bureau of the country.",
    "The meeting had an elaborate discussion on the activities of the Export Promotion",
    "Bureau and the preparation for the Trade Fair 2020, said a press release.",
]


def test_a_wrapped_text_is_told_from_one_of_whole_paragraphs():
    assert hard_wrapped("\n\n".join(WRAPPED))
    whole = ["The committee met today with its chairman in the chair and discussed the trade fair of next year."] * 6
    assert not hard_wrapped("\n\n".join(whole))
    assert not hard_wrapped("\n\n".join(WRAPPED[:3]))  # too few lines to tell


def test_unwrap_joins_open_lines_keeps_labels_and_maps_every_character_to_the_page():
    page = "\n\n".join(WRAPPED[:4] + ["Mahmud-", "In attendance:", "Nora Yao, Bing Zhou, Janine Chin, Lin Li and Chris Hamilton"])
    page = page.replace("Mahmud-\n\nIn", "Mahmud-\n\nus-Samad Chowdhury.\n\nIn")
    flat, offsets = unwrap(page)
    assert "Parliamentary Standing Committee on Commerce was held" in flat
    assert "Bhaban with committee chairman Tofail Ahmed" in flat
    assert "\n\nIn attendance:\n\nNora Yao" in flat  # a label line stays a line of its own
    assert len(offsets) == len(flat)
    assert all(page[o] == c for o, c in zip(offsets, flat) if c != " ")


def test_the_records_of_a_wrapped_page_read_whole_sentences_and_quote_the_page():
    html = ("<html><head><title>Committee meeting</title></head><body><article>" +
            "".join(f"<p>{line}</p>" for line in WRAPPED) + "</article></body></html>")
    doc = parse_html(html.encode(), input="bss.html")
    rec = transform_document(doc)
    assert rec.meeting["chairs"] == ["Tofail Ahmed"]
    names = {a["name"] for a in rec.attendees}
    assert {"Tipu Munshi", "Mohammad Hasan Imam Khan"} <= names
    for row in rec.attendees:
        assert row["evidence"] in doc.text  # evidence is quoted from the page, its line breaks kept
