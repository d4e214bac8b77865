"""Parser 1.18.0 role rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import names, rule_of, run


def test_a_delegation_head_after_the_place_the_delegation_came_from():
    # the participle hangs on the nearest noun ("City"), not on "delegation"
    p = run("Mayor Ana Souza welcomed a delegation from Weifang City, Shandong Province, headed by Zhou Ping, Vice "
            "Mayor of Weifang.")
    assert "Zhou Ping" in names(p.attendees)
    assert rule_of(p.attendees, "Zhou Ping") == "syntax_delegation_head"


def test_a_delegation_of_officials_led_by_its_head():
    p = run("Governor Ana Souza on Monday welcomed a delegation of 12 officials led by Zhou Ping, Deputy Secretary of "
            "the Weifang Municipal Committee.")
    assert "Zhou Ping" in names(p.attendees)


def test_people_headed_by_their_director_and_a_head_named_after_an_office_with_to():
    p = run("The representatives of the hospital, headed by their director Bai Lin, toured the new laboratory on "
            "Monday.")
    assert "Bai Lin" in names(p.attendees)
    p = run("The hospital representatives, headed by director Bai Lin, will visit the city in May.")
    assert "Bai Lin" not in names(p.attendees)  # a visit still to come
    p = run("A delegation led by Chinese Ambassador to Kenya Zhou Ping held discussions with the Regional Governor.")
    assert "Zhou Ping" in names(p.attendees)


def test_a_group_that_is_no_party_of_people_led_by_someone_places_nobody():
    p = run("The reforms in companies led by Zhou Ping were praised in the report of the commission.")
    assert "Zhou Ping" not in names(p.attendees)


def test_visitors_who_came_to_the_host_attended():
    p = run("On April 20, two experts of the association, Anna Berg and Zhou Ping, visited our hospital. Vice "
            "President Bai Lin introduced the hospital's history.")
    assert {"Anna Berg", "Zhou Ping"} <= names(p.attendees)
    assert rule_of(p.attendees, "Zhou Ping") == "visit_subject"
    p = run("Chief Minister Ahmed Khan paid a visit to the Provincial Party Office, where the two sides discussed "
            "trade.")
    assert "Ahmed Khan" in names(p.attendees)


def test_an_earlier_or_quoted_visit_and_an_inspection_place_nobody():
    p = run("\u201cMy visit is to implement the agreement signed when President Ahmed Khan visited China,\u201d said "
            "Mr Bai Lin at the meeting.")
    assert "Ahmed Khan" not in names(p.attendees)
    p = run("Governor Zhou Ping inspected the port and the free trade zone on Tuesday.")
    assert "Zhou Ping" not in names(p.attendees)


def test_a_name_the_readout_writes_as_a_place_is_no_person():
    text = ("Prime Minister Tran Van Minh received Secretary Zhou Ping, who attended the meeting with the Party "
            "secretaries of Bac Lang, Ha Quan and Cao Son provinces. Zhou Ping said the border trade of Lao Binh "
            "province had grown.")
    p = run(text)
    found = names(p.mentions) | names(p.attendees) | names(p.speakers) | {u["name"] for u in p.unplaced}
    assert not found & {"Bac Lang", "Ha Quan", "Cao Son", "Lao Binh"}
    assert "Zhou Ping" in names(p.speakers)


def test_a_style_of_address_is_no_part_of_a_name_found_by_any_rule():
    from readouts.transform.names import find_names
    from readouts.transform.titles import is_title
    text = ("The proposal was well received by State Minister of Tourism, Culture and Environment, Datuk Seri Mariam "
            "Osman, and State Minister of Industry, Datuk Seri Ahmad Rizal.")
    assert "Mariam Osman" in [sp.name for sp in find_names(text, is_title)]  # the appositive rule
    text = "The plan was discussed with Liu Ming and Datuk Frankie Lim."
    assert [sp.name for sp in find_names(text, is_title)] == ["Liu Ming", "Frankie Lim"]  # a list's mate
