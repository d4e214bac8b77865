"""Parser 1.21.0 title rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import run, titles_of


def test_a_time_word_or_a_purpose_clause_ends_the_office():
    p = run("Liu Yanmei, Vice-Premier of China, met the Speaker yesterday in parliament in Budapest and said ties "
            "matter.")
    assert titles_of(p, "Liu Yanmei") == ["Vice-Premier of China"]
    p = run("Wu Xueming, chief of the Economic Division of the Liaoning Association for Friendship to hold a meeting "
            "at the State Service, said the visit was fruitful.")
    assert titles_of(p, "Wu Xueming") == ["chief of the Economic Division of the Liaoning Association for Friendship"]


def test_markup_or_characters_end_an_english_office():
    p = run("Fan Zhongwei, Mayor of Zhaoqing<br/>肇慶市市長范中偉, said the city welcomes investment.")
    assert titles_of(p, "Fan Zhongwei") == ["Mayor of Zhaoqing"]
