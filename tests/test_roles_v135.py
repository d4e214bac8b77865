"""Parser 1.35.0 role and name rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import names, run

# ---------------------------------------------------------------- names


def test_a_legislators_dotted_style_introduces_a_name_and_is_no_name():
    p = run("Sen. Mark Warner and Rep. Jim Banks attended the hearing. Sen. Warner said the bill was urgent.")
    assert "Jim Banks" in names(p.attendees)
    assert "Mark Warner" in names(p.speakers)
    assert not any(n.startswith(("Sen", "Rep")) for n in names(p.speakers + p.attendees + p.mentions + p.unplaced))


def test_a_style_after_an_office_word_is_no_one_word_name():
    p = run("Committee chairwoman Rep. Susan Cole opened the hearing and Gov. Gretchen Whitmer spoke.")
    everyone = names(p.speakers + p.attendees + p.mentions + p.unplaced)
    assert "Rep" not in everyone and "Gretchen Whitmer" in names(p.speakers)


def test_a_surname_sen_is_still_a_name():  # guard
    p = run("Prime Minister Hun Sen met Premier Li Qiang in Phnom Penh. Hun Sen said ties were strong.")
    assert "Hun Sen" in names(p.speakers)
