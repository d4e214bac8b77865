"""Parser 1.17.0 role rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import names, run


def test_companions_named_after_a_phrase_between_the_passive_and_its_agent():
    # the parser hangs "by" on "the call"; the first name after its office is the verb's agent, not a reference
    p = run("The Secretary of the CPC Hunan Committee Zhou Qiang was accompanied at the call by the Counsellor of "
            "the Embassy of China Li Ping and the Director-General of the Hunan Foreign Affairs Office Xia Jun.")
    assert "Li Ping" in names(p.attendees)
    assert "Li Ping" not in names(p.mentions)
    assert next(r["rule"] for r in p.attendees if r["name"] == "Li Ping") == "syntax_agent"


def test_a_delegations_roll_under_its_label_line():
    text = ("The delegation visited the university on May 4 and discussed joint programmes.\n\n"
            "Members of the delegation:\n\nLu Wenbo, Vice President of the Institute;\n\n"
            "Xia Jun, Head of the International Office;\n\nBai Ling, Dean of the College of Sciences.\n\n"
            "The visit ended with a campus tour.")
    p = run(text)
    assert names(p.attendees) == {"Lu Wenbo", "Xia Jun", "Bai Ling"}
    assert {r["rule"] for r in p.attendees} == {"role_label"}


def test_present_label_and_a_label_that_names_no_role():
    p = run("Present: Lu Wenbo, Xia Jun and Bai Ling.\n\nContact: Zhou Ping, Office of the Mayor.")
    assert names(p.attendees) == {"Lu Wenbo", "Xia Jun", "Bai Ling"}


def test_a_by_phrase_on_a_noun_of_an_active_clause_stays_a_reference():
    # "the plan by X" under an active verb: X made the plan, elsewhere
    p = run("The city adopted the report on the plan by Professor Lu Wenbo of the Provincial Academy.")
    assert "Lu Wenbo" not in names(p.attendees)


def test_the_side_a_delegation_negotiated_with_is_the_counterpart():
    p = run("The visiting delegation negotiated with Regional Governor Pavel Orlov on expanded trade ties.")
    assert "Pavel Orlov" in names(p.attendees)
    assert next(r["rule"] for r in p.attendees if r["name"] == "Pavel Orlov") == "syntax_counterpart"


def test_the_head_of_a_visiting_delegation_no_other_rule_placed_attended():
    p = run("On May 4, a trade delegation led by Mayor Jan Kowalski arrived in the city for a two-day visit. "
            "Vice Governor Lu Wenbo welcomed the guests.")
    assert "Jan Kowalski" in names(p.attendees)
    assert next(r["rule"] for r in p.attendees if r["name"] == "Jan Kowalski") == "syntax_delegation_head"


def test_a_delegation_head_who_spoke_is_not_listed_again_and_a_future_visit_places_no_one():
    p = run("A delegation led by Mayor Jan Kowalski met Vice Governor Lu Wenbo on May 4. Kowalski said that the two "
            "cities share a long friendship.")
    assert "Jan Kowalski" in names(p.speakers) and "Jan Kowalski" not in names(p.attendees)
    p = run("Vice Governor Lu Wenbo said that a delegation led by Mayor Jan Kowalski will visit the province next year.")
    assert "Jan Kowalski" not in names(p.attendees)


def titles_of(rows, name):
    return next(r["titles"] for r in rows if r["name"] == name)


def test_an_office_before_an_honorific_is_the_title_but_not_across_and():
    p = run("On May 4, the Deputy Secretary General Mr. Lu Wenbo said that the two cities would open a direct flight.")
    assert titles_of(p.speakers, "Lu Wenbo") == ["Deputy Secretary General"]
    p = run("Zhao Ping, Governor of Hebei Province and H.E. Dr. Sok Dara, Minister of Tourism both delivered speeches.")
    assert titles_of(p.speakers, "Sok Dara") == ["Minister of Tourism"]


def test_a_titled_western_name_before_a_possessive_is_a_reference():
    p = run("Mayor Zhou Ping welcomed the guests after Prime Minister Arjun Thapa\u2019s visit to China last month.")
    assert "Arjun Thapa" in names(p.mentions)
    assert next(r["rule"] for r in p.mentions if r["name"] == "Arjun Thapa") == "possessive_reference"
    p = run("Zhou Ping said that Mr. Ambassador's visit would open a new chapter.")
    assert not names(p.mentions) and not names(p.unplaced) - {"Zhou Ping"}


def test_the_heads_named_in_a_fronted_led_by_phrase():
    p = run("Led by the honorary presidents Zhou Ping and Lu Wenbo, the delegation met with Vice Minister Xia Jun.")
    assert {"Zhou Ping", "Lu Wenbo"} <= names(p.attendees)


def test_a_generational_suffix_closes_a_titled_name():
    p = run("Present were Senator Marco Reyes III, Energy Secretary Ana Cruz and Acting Secretary Jose Luis Ramos Jr., "
            "among others.")
    assert {"Marco Reyes III", "Ana Cruz", "Jose Luis Ramos Jr"} <= names(p.attendees)  # clean_name drops the dot
