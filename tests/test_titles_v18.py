"""Parser 1.8.0 title rules, on invented sentences (pure functions, no Prefect)."""
from readouts.transform.parties import find_parties
from readouts.transform.sentences import split_sentences


def titles_of(text, name):
    p = find_parties(text, split_sentences(text), None)
    return next(s["titles"] for s in p.speakers if s["name"] == name)


def test_a_dash_between_office_and_name_is_no_part_of_the_office():
    text = "Secretary of Hengshan Municipal Party Committee- Lu Ming made a speech there."
    assert titles_of(text, "Lu Ming") == ["Secretary of Hengshan Municipal Party Committee"]


def test_a_lower_case_level_word_belongs_to_the_office():
    text = "The provincial Party Secretary Lu Ming met the delegation in Xining and said that ties matter."
    assert titles_of(text, "Lu Ming") == ["provincial Party Secretary"]


def test_a_level_word_before_a_lower_case_word_is_not_taken():
    text = "Officials from the county and Lu Ming, Mayor of Hengshan, spoke at the meeting."
    assert titles_of(text, "Lu Ming") == ["Mayor of Hengshan"]


def test_a_province_after_a_city_closes_the_office():
    text = "Sun Li, Chairman of CPPCC of Harbin City, Heilongjiang Province, and his delegation spoke at the meeting."
    assert titles_of(text, "Sun Li") == ["Chairman of CPPCC of Harbin City, Heilongjiang Province"]


def test_the_capital_an_office_names():
    text = "He met with Wan Li, the mayor of Inner Mongolia's capital, Hohhot. Wan Li said he was pleased."
    assert titles_of(text, "Wan Li") == ["mayor of Inner Mongolia's capital, Hohhot"]


def test_a_name_after_a_city_office_is_the_next_person():
    text = "Sun Li, Mayor of Harbin City, Wang Fang, Governor of Jilin, spoke at the meeting."
    assert titles_of(text, "Sun Li") == ["Mayor of Harbin City"] and titles_of(text, "Wang Fang") == ["Governor of Jilin"]


def test_the_country_that_closes_an_office_is_no_party():
    text = "Sun Li, Mayor of Aarhus, Denmark, and Lu Ming, Mayor of Kobe City, Japan, delivered speeches."
    p = find_parties(text, split_sentences(text), None)
    assert {s["name"]: s["titles"] for s in p.speakers} == {"Sun Li": ["Mayor of Aarhus, Denmark"],
                                                           "Lu Ming": ["Mayor of Kobe City, Japan"]}
