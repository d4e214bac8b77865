"""Parser 1.54.0 name and role rules, on invented texts (pure functions, no Prefect)."""
from role_helpers import everyone, names, run, titles_of

# ---------------------------------------------------------------- an office and a comma after a bracket


def test_an_office_comma_name_after_a_bracketed_acronym():
    p = run("A delegation of the Harbour Traders Union (HTU) called on Lieutenant Governor, Arvind Kumar Seth at "
            "Raj Niwas on Monday.")
    assert "Arvind Kumar Seth" in names(p.attendees)


# ---------------------------------------------------------------- four name words after an office and a comma


def test_four_name_words_after_an_office_and_a_comma():
    p = run("At the meeting, where the Secretary of Tourism, Laura Beatriz Quintero Salas, was present, the "
            "routes were agreed.")
    assert "Laura Beatriz Quintero Salas" in names(p.attendees)


def test_four_words_ending_in_a_body_are_no_name():  # guard
    p = run("He was received by the Minister of Trade, Juan Carlos Industrial Council, on Monday.")
    assert not any(n.endswith("Council") for n in everyone(p))


# ---------------------------------------------------------------- a weekday ends no name


def test_a_weekday_after_a_name_is_no_part_of_it():
    p = run("Gov. Daniel Brennan Thursday met with Bishop Paul Weller at the Capitol.")
    assert "Daniel Brennan" in names(p.speakers + p.attendees)
    assert not any("Thursday" in n for n in everyone(p))


# ---------------------------------------------------------------- the place or body before an office is no person


def test_a_place_before_an_office_and_a_name_is_the_offices_place():
    p = run("Nuevo Leon Governor Ramiro Castillo said the state would expand its northern corridor.")
    assert not any("Leon" in n for n in everyone(p))
    assert titles_of(p, "Ramiro Castillo") == ["Nuevo Leon Governor"]


# ---------------------------------------------------------------- reporting verbs of exhortation and blame


def test_reporting_verbs_of_exhortation_make_speakers():
    p = run("At the meeting, the Executive Director, Mr Tobi Adeyemi admonished the officers to put in more effort. "
            "Ms Rhoda Bello exhorted the staff to remain diligent. Dr Kunle Ajayi impressed upon them the need for "
            "prompt returns.")
    assert {"Tobi Adeyemi", "Rhoda Bello", "Kunle Ajayi"} <= names(p.speakers)


def test_a_person_criticised_by_another_is_no_speaker():  # guard
    p = run("At the meeting, Commissioner Tobi Adeyemi was criticised by the auditors for the delays.")
    assert "Tobi Adeyemi" not in names(p.speakers)


# ---------------------------------------------------------------- a style of address is no part of an office


def test_honourable_before_an_office_is_a_style():
    p = run("The Honourable Minister of Finance, Kwame Boateng, said the revenue targets would be met. "
            "Hon. Commissioner for Works, Ada Okoro, stressed the need for maintenance.")
    assert titles_of(p, "Kwame Boateng") == ["Minister of Finance"]
    assert titles_of(p, "Ada Okoro") == ["Commissioner for Works"]


def test_honorary_is_no_style():  # guard
    p = run("Honorary Consul of Malta, Peter Grech, said the office would open in May.")
    assert titles_of(p, "Peter Grech") == ["Honorary Consul of Malta"]


def test_an_office_before_a_comma_and_hon_is_the_next_names():
    p = run("The mayors reported on their cities: Vigan City Mayor, Hon. Carlo Medina; Sorsogon City Mayor, Hon. "
            "Sally Ante-Lee; and Legazpi City Mayor, Hon. Noel Rosal, spoke last.")
    assert titles_of(p, "Sally Ante-Lee") == ["Sorsogon City Mayor"]
    assert titles_of(p, "Noel Rosal") == ["Legazpi City Mayor"]


def test_an_office_opens_the_clause_after_a_fronted_participle():
    p = run("Briefing the press after the meeting, Minister for Information, Kofi Mensah, disclosed that the reports "
            "were approved.")
    assert titles_of(p, "Kofi Mensah") == ["Minister for Information"]


# ---------------------------------------------------------------- offices: a district collector, legislators' acronyms


def test_a_district_collector_and_an_msp_before_their_names():
    p = run("Raipur district collector Vikram Anand Mehta said the survey would finish in June. Aberdeen North MSP "
            "Shona Kerr introduced the panel.")
    assert {"Vikram Anand Mehta", "Shona Kerr"} <= names(p.speakers)


def test_mp_after_a_name_is_no_office_of_the_next_name():  # guard
    p = run("The UK Chancellor Rt Hon Helen Marsh MP, Chairman of Westbank Group Mr. Tom Reyes attended and "
            "delivered speeches.")
    assert titles_of(p, "Tom Reyes") == ["Chairman of Westbank Group"]


# ---------------------------------------------------------------- a given name before a rare pair after "office of X"


def test_a_given_name_opens_a_three_word_name_after_an_office_of():
    p = run("He was accompanied by Minister of Lands Rick Tchamako Mahe and Minister of Health Jean Pierre Sanday.")
    assert "Rick Tchamako Mahe" in names(p.attendees)


def test_a_place_or_a_pinyin_name_keeps_the_pair():  # guard
    p = run("New Consul General in San Francisco Wang Donghua and Governor of North Carolina Roy Cooper met "
            "on Monday.")
    assert {"Wang Donghua", "Roy Cooper"} <= everyone(p)


# ---------------------------------------------------------------- a former office holder no rule placed is referred to


def test_a_former_office_holder_named_in_passing_is_a_mention():
    p = run("Mayor Lena Park welcomed the delegation. Figures such as Marc Duval, former prime minister of France, "
            "and Goran Petric, Minister of Trade, have backed the programme since 2019.")
    assert "Marc Duval" in names(p.mentions)


# ---------------------------------------------------------------- review of 1.54.0: defects mended before the release


def test_a_person_before_an_office_and_a_name_in_a_roll_stays_a_person():
    p = run("Present: Chairman Paul Eze, Secretary Ann Lee Treasurer John Smith and others.")
    assert {"Paul Eze", "Ann Lee", "John Smith"} <= names(p.attendees)
    assert titles_of(p, "John Smith") == ["Treasurer"]


def test_a_participle_of_blame_after_a_name_is_no_speech():
    p = run("Mayor Ann Lee, accused of ignoring the council, resigned on Monday.")
    assert "Ann Lee" not in names(p.speakers)


def test_what_a_named_person_predicted_names_a_reference():
    p = run("The growth predicted by Finance Minister John Smith did not happen.")
    assert "John Smith" in names(p.mentions)


def test_hon_without_its_period_may_open_a_companys_name():
    p = run("Hon Hai Chairman Young Liu met Governor Ann Lee on Monday. Liu said the company would invest.")
    assert titles_of(p, "Young Liu") == ["Hon Hai Chairman"]


def test_a_weekday_surname_after_an_honorific_stays():
    p = run("Minister of Youth and Sports Development, Mr John Peter Sunday, addressed the meeting.")
    assert "John Peter Sunday" in names(p.speakers)


def test_an_ex_officio_member_is_no_former_office_holder():
    p = run("Ex-officio member John Smith and Councillor Ann Lee were among those who voted for the motion.")
    assert "John Smith" not in names(p.mentions)
