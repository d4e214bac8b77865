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


def test_an_office_then_a_comma_and_the_name_after_a_colon_a_dateline_or_including():
    # rule `office_comma_led` (parser 1.25.3): more places where the office opens its noun phrase
    p = run("November 26, Colombo (LNW): Vice Minister of the International Department of the Foo Party, Sun Hai, "
            "said the visit was fruitful.")
    assert titles_of(p, "Sun Hai") == ["Vice Minister of the International Department of the Foo Party"]
    p = run("Addis Ababa March 16/2022/ENA/ Chief Administrator of Amhara Regional State, Yilikal Kefale said the "
            "region welcomes Chinese investment.")
    assert titles_of(p, "Yilikal Kefale") == ["Chief Administrator of Amhara Regional State"]
    p = run("Mr Ho spoke at a meeting attended by a delegation, including the Secretary of the Zhuhai Municipal "
            "Committee, Mr Deng Weilong, and others.")
    assert titles_of(p, "Deng Weilong") == ["Secretary of the Zhuhai Municipal Committee"]


def test_a_photo_position_and_post_nominal_letters_do_not_hide_the_office():
    p = run("Minister Bui Thanh Son (right) and Secretary of the Party Committee of Hainan province, Shen Xiaoming "
            "(Photo: Ministry) said ties are strong.")
    assert titles_of(p, "Shen Xiaoming") == ["Secretary of the Party Committee of Hainan province"]
    p = run("The matter was raised during a meeting held by Papua New Guinea's Prime Minister, Hon. Peter Tane CMG "
            "MP, with the new Ambassador. Mr Tane said ties are strong.")
    assert titles_of(p, "Peter Tane") == ["Papua New Guinea's Prime Minister"]


def test_in_a_roll_after_a_colon_the_office_after_a_name_stays_that_name_s():
    p = run("Attendees: Li Ming, Mayor of Xuzhou, Wang Bo and others.")
    assert titles_of(p, "Wang Bo") == []
