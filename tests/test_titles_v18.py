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
