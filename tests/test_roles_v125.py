"""Parser 1.25.1 name and role rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import names, run

from readouts.transform import names as N


def test_names_listed_right_after_a_plural_place_noun_are_places():
    # rule `written_as_place`: the list right after "provinces" (or "provinces of") names places, not people
    p = run("The meeting of the committee of four Vietnamese provinces Cao Bang, Lang Son, Quang Ninh, and Ha Giang "
            "was held on Monday. Governor Wei Lin said the border trade must grow.")
    everyone = names(p.speakers) | names(p.attendees) | names(p.mentions) | names(p.unplaced)
    assert "Cao Bang" not in everyone and "Lang Son" not in everyone and "Wei Lin" in names(p.speakers)
    p = run("The secretaries of the 5 provinces of Ha Giang, Lao Cai, Lai Chau, Dien Bien and Yunnan met on Monday.")
    assert not {"Lao Cai", "Lai Chau"} & (names(p.attendees) | names(p.mentions) | names(p.unplaced))


def test_an_empty_credit_field_is_no_person():
    assert N.byline_names("Date:2009/5/4 Author:None") == []
    assert N.byline_names("Editor: Admin") == []
    assert N.byline_names("Translated by Bayarmaa") == [(14, 22, "Bayarmaa")]


def test_a_portfolio_word_after_the_office_is_no_part_of_the_name():
    # rule `portfolio_word_not_name`: "Additional Secretary Interior Khushal Khan"
    assert [sp.name for sp in N.find_names("Additional Secretary Interior Khushal Khan chaired the meeting.")] == \
        ["Khushal Khan"]
    assert [sp.name for sp in N.find_names("Minister Florence Kajuju Mwangi spoke.")] == ["Florence Kajuju Mwangi"]


def test_a_vietnamese_surname_before_two_short_words_after_an_office_of_a_body_starts_the_name():
    # rule `vietnamese_three_words`
    found = N.find_names("Addressing the meeting, Chairman of the Government Office Vu Duc Dam affirmed the plan.")
    assert [sp.name for sp in found] == ["Vu Duc Dam"]


def test_an_office_abbreviation_and_one_name_word_refer_to_the_person_named_in_full():
    p = run("Sindh Chief Minister Syed Murad Ali Shah chaired the meeting on Tuesday. CM Murad said jammers will be "
            "installed on the route.")
    assert names(p.speakers) == {"Syed Murad Ali Shah"}
    p = run("The matter was raised during a meeting held by Prime Minister Peter Tane with Ambassador Xue Bing. "
            "PM Tane said China and Fiji will further work together.")
    assert "Peter Tane" in names(p.speakers) and "PM Tane" not in names(p.speakers)


def test_unnamed_sources_that_said_something_are_no_party():
    # rule `source_not_party`
    p = run("Secretary Li Ming chaired the meeting. Reports said security has been tightened. Sources said more "
            "talks will follow.")
    assert names(p.speakers) == set()


def test_a_long_name_word_written_again_with_one_letter_changed_is_the_same_person():
    # rule `misspelt_reference`
    assert N.misspelt_word("Nkurukusa", "Nkulukusa") and not N.misspelt_word("Zhang", "Zhong")
    p = run("Ambassador Han Jing met with Hon. Mwabashike Nkulukusa, Minister of Central Province. Minister "
            "Nkurukusa said that Zambia and China have enjoyed a profound friendship.")
    assert "Mwabashike Nkulukusa" in names(p.speakers) and "Nkurukusa" not in names(p.speakers)


def test_a_person_who_will_be_invited_to_attend_is_not_yet_there():
    # parser 1.25.2: a passive verb in the future gives no presence
    p = run("Prime Minister Peter Tane met with Ambassador Xue Bing on Monday. The President of China, H.E. Xi "
            "Jinping, will be invited to attend an Official State visit to Fiji.")
    assert names(p.attendees) == {"Xue Bing", "Peter Tane"}  # Peter Tane, the host: `meeting_host` (1.30.0)
    p = run("Mayor Li Ming was invited to attend the meeting and delivered a speech.")
    assert names(p.attendees) == {"Li Ming"}
