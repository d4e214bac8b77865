"""Parser 1.25.0 title rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import run, titles_of


def test_an_article_before_two_offices_joined_by_and_keeps_both():
    # rule `office_and_office`: "the" opens the pair, it does not cut it
    p = run("At the meeting, the Chairman and President Wu Tao made a work report on the year.")
    assert titles_of(p, "Wu Tao") == ["Chairman", "President"]
    # a name before "and" still ends the title: only the office right before the name is this name's
    p = run("At the meeting, President Wu Tao and Premier Zhao Lin made speeches.")
    assert titles_of(p, "Zhao Lin") == ["Premier"]


def test_two_offices_joined_by_and_may_be_longer_than_one_office():
    # each office of the pair is a title; together they exceed the length of one
    p = run("On Monday, Donghai Group Vice President and Shandong Donghai General Manager Dai Jun accompanied the "
            "investigation and spoke.")
    assert titles_of(p, "Dai Jun") == ["Donghai Group Vice President", "Shandong Donghai General Manager"]
