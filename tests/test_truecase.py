"""A readout a mirror lower-cased: capitals restored for reading, the page's own letters kept in the data."""
from readouts.extract.html import parse_html
from readouts.transform.pipeline import transform_document
from readouts.transform.truecase import lowercased, name_pairs, restore_case

LOWER = ("on may 4, 2026, zhou wenbo, mayor of linhai city, met with tang xiaoyu, chairman of the harbour group, in linhai. "
         "the two sides had an exchange of views on port cooperation. lu kaiming, vice mayor of linhai city, and "
         "xia jun and bai ling of the harbour group attended the meeting. mayor zhou wenbo said that the city will "
         "support the group. he said that the two sides should strengthen cooperation on the new terminal and "
         "speed up the construction of the logistics park. tang xiaoyu thanked the city for its support.")


def test_a_lower_cased_page_is_told_from_a_cased_one():
    assert lowercased(LOWER)
    assert not lowercased("On May 4, Mayor Zhou Wenbo met Tang Xiaoyu, chairman of the Harbour Group, in Linhai. " * 5)
    assert not lowercased("short text, all lower case.")


def test_capitals_go_back_to_sentence_starts_months_and_names_beside_an_office_and_nothing_moves():
    cased = restore_case(LOWER)
    assert len(cased) == len(LOWER) and cased.lower() == LOWER
    assert cased.startswith("On May 4, 2026, Zhou Wenbo, mayor of linhai city, met with Tang Xiaoyu, chairman")
    spans = {LOWER[a:b] for a, b in name_pairs(LOWER)}
    assert spans == {"zhou wenbo", "tang xiaoyu", "lu kaiming", "xia jun", "bai ling"}
    assert "He said" in cased  # a sentence start; "he said" is no name


def test_the_records_of_a_lower_cased_page():
    page = f"<html><head><title>Mirror</title></head><body><h1>zhou wenbo meets tang xiaoyu</h1><p>{LOWER}</p></body></html>"
    doc = parse_html(page.encode(), input="m.html")
    rec = transform_document(doc)
    assert {"Lu Kaiming", "Xia Jun", "Bai Ling"} <= {a["name"] for a in rec.attendees}
    assert "Zhou Wenbo" in {s["name"] for s in rec.speakers}
    assert next(a for a in rec.attendees if a["name"] == "Lu Kaiming")["titles"] == ["vice mayor of linhai city"]
    # the stored texts are the page's own: the directive and every evidence sentence are found in it as written
    assert rec.directives and all(d["text"] in doc.text for d in rec.directives)
    assert all(r["evidence"] in doc.text for r in rec.speakers + rec.attendees if r.get("evidence"))
    assert str(rec.meeting["meeting_date"]) == "2026-05-04"
