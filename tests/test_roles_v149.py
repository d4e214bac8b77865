"""Parser 1.49.0 name and role rules, on invented texts (pure functions, no Prefect)."""
from role_helpers import everyone, names, run, titles_of

# ---------------------------------------------------------------- names


def test_sheikh_between_a_given_name_and_a_surname_is_a_word_of_the_name():
    p = run("President Abdi Sheikh Warsame chaired the National Security Council meeting on Tuesday.")
    assert p.chairs == ["Abdi Sheikh Warsame"]


def test_sheikh_before_a_name_stays_a_style():  # guard
    p = run("Emir Sheikh Tamim received Minister Layla Haddad on Monday.")
    assert "Tamim" in everyone(p) and not any("Emir" in n or "Sheikh" in n for n in everyone(p))


def test_an_office_in_the_plural_heads_a_list_and_is_no_name():
    p = run("The delegation met Rector Tomas Berg, Vice Rectors Anna Lind, Erik Strand and Maja Holm.")
    assert {"Anna Lind", "Erik Strand", "Maja Holm"} <= names(p.attendees)
    assert not any(n.startswith("Rectors") for n in everyone(p))


def test_a_lower_case_office_keeps_a_name_with_a_particle_inside():
    p = run("The delegation met with transport minister Karin Jansen van Dam and finance minister Henk Bos.")
    assert {"Karin Jansen van Dam", "Henk Bos"} <= names(p.attendees)


def test_an_agency_dateline_is_no_word_of_the_office_that_opens_the_clause():
    p = run("KAMPALA – Speaker of Parliament, Anita Kato urged the MPs to take advantage of the visiting delegations.")
    assert names(p.speakers) == {"Anita Kato"}


def test_a_title_case_dateline_with_its_date_is_no_speaker():
    p = run("Zagreb, 12 May 2016 – Prime Minister Ivo Maric and Ambassador Karl Lund spoke today about investment.")
    assert names(p.speakers) == {"Ivo Maric", "Karl Lund"}


# ---------------------------------------------------------------- titles


def test_an_office_after_one_fronted_adverbial_is_the_title_of_the_name_in_commas():
    p = run("Speaking at a launch event in Lusaka, KZCC Chairman, Tom Banda said that trade will grow.")
    assert titles_of(p, "Tom Banda") == ["KZCC Chairman"]
    p = run("Following the remarks of the Forum Chair, the Island Forum Secretary General, Ana Reti welcomed the plan.")
    assert titles_of(p, "Ana Reti") == ["Island Forum Secretary General"]


def test_in_a_roll_after_a_name_the_office_stays_that_persons():  # guard
    p = run("At the meeting were Governor Tom Banda, Chairman of the Zambia Chamber, Ana Reti and others.")
    assert titles_of(p, "Ana Reti") != ["Chairman of the Zambia Chamber"]


def test_a_possessive_determiner_is_no_word_of_the_office():
    p = run("Ms. Jane Orr, our Executive Director, gave a warm welcome to the visitors.")
    assert titles_of(p, "Jane Orr") == ["Executive Director"]


def test_a_lower_case_office_with_two_modifiers_before_the_name():
    p = run("The delegation met deputy permanent secretary Ruth Banda and managing director Tom Hale.")
    assert titles_of(p, "Ruth Banda") == ["deputy permanent secretary"]
    assert titles_of(p, "Tom Hale") == ["managing director"]


def test_an_office_after_when_opens_the_clause():
    p = run("That was what happened in Suva yesterday when Fiji Prime Minister, Sam Rabuka thanked the teams.")
    assert titles_of(p, "Sam Rabuka") == ["Fiji Prime Minister"]


def test_an_office_that_a_meeting_verb_opens_is_a_title_before_the_style_office():
    p = run("President Paul Kagame received the Tanzanian Foreign Minister, Ambassador Ali Mwinyi on Monday.")
    assert titles_of(p, "Ali Mwinyi") == ["Tanzanian Foreign Minister", "Ambassador"]


def test_a_one_word_host_written_with_an_office_attends():
    p = run("President Kagame received the Tanzanian Foreign Minister, Ambassador Ali Mwinyi on Monday.")
    assert "Kagame" in names(p.attendees)


def test_a_one_word_host_without_an_office_does_not():  # guard
    p = run("Jizzakh received the Tanzanian Foreign Minister, Ambassador Ali Mwinyi on Monday.")
    assert "Jizzakh" not in names(p.attendees)


def test_the_words_after_a_place_noun_and_of_are_a_place():
    p = run("He thanked China for the highway from Phnom Penh capital to the coastal province of Stung Treng and the "
            "new airport.")
    assert "Stung Treng" not in everyone(p)


def test_a_name_run_on_into_a_bodys_head_word_names_the_body():
    p = run("Australia Song Qingling foundation President Chen Xinghui said at the opening that the town has changed.")
    assert names(p.speakers) == {"Chen Xinghui"}


def test_co_chaired_after_a_name_is_no_body():  # guard
    p = run("Secretary (West) Anil Verma co-chaired the consultations from the Indian side.")
    assert p.chairs == ["Anil Verma"]


def test_office_holders_in_a_semicolon_roll_are_no_references():
    p = run("With a view to deepening the existing partnerships between their countries and the government and people "
            "of Sierra Leone, six foreign envoys including the High Commissioner of the United Kingdom, Amb. Tom "
            "Hale; the Ambassador of the Republic of the Gambia, Ambassador Musa Ceesay; the Ambassador of Republic "
            "of Liberia, Amb. Ruth Kollie; the Ambassador of the Republic of Ghana, Amb. Kofi Mensah; the Honourary "
            "Consul of the Republic of Malaysia, Ali Rahman, have paid a courtesy call on the Minister of Foreign "
            "Affairs, Dr. Sam Kamara at his office in Freetown.")
    assert not {"Musa Ceesay", "Ruth Kollie", "Kofi Mensah", "Ali Rahman"} & names(p.mentions)


def test_a_long_style_before_an_office_and_a_sheikh_leaves_the_name_after_the_sheikh():
    p = run("The cabinet held its weekly meeting on Monday under the chairmanship of His Highness Prime Minister "
            "Sheikh Talal Al-Khaled.")
    assert p.chairs == ["Talal Al-Khaled"]


# ---------------------------------------------------------------- guards from the review of 1.49.0


def test_sheikh_inside_keeps_a_given_name_before_and_a_surname_after():
    p = run("South West State President Sharif Hassan Sheikh Adan chaired the meeting.")
    assert p.chairs == ["Sharif Hassan Sheikh Adan"]
    p = run("Minister Ahmed Sheikh Ali Khan received the delegation on Monday.")
    assert "Ahmed Sheikh Ali Khan" in names(p.attendees)


def test_a_rank_before_sheikh_is_no_given_name():  # guard
    p = run("Major Sheikh Ali Khan received the minister on Monday.")
    assert not any(n.startswith("Major") for n in everyone(p))


def test_a_verb_in_lower_case_after_a_name_is_no_body():  # guard
    p = run("President Tom Hale thought that the talks went well, adding that trade will grow.")
    assert "Tom Hale" in names(p.speakers)


def test_an_office_apposed_to_a_place_outside_a_roll_keeps_its_reference():  # guard
    p = run("Minister Tom Hale conveyed the greetings of Rwanda, the President, Paul Kagame, to the summit.")
    assert "Paul Kagame" in names(p.mentions)
