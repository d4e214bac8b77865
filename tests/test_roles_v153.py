"""Parser 1.53.0 name and role rules, on invented texts (pure functions, no Prefect)."""
from role_helpers import names, run, titles_of

# ---------------------------------------------------------------- a father's styles after "bin" / "binti"


def test_a_name_runs_on_after_bin_through_the_fathers_styles():
    p = run("Also present were Deputy Minister Dato Paduka Haji Rosli bin Haji Kamaluddin and Director Dr Siti "
            "Rahmah binti Pengiran Haji Yusof.")
    assert {"Rosli bin Haji Kamaluddin", "Siti Rahmah binti Pengiran Haji Yusof"} <= names(p.attendees)


def test_a_name_after_bin_stops_before_an_office():  # guard
    p = run("The session was attended by Azman bin Haji Salleh, Permanent Secretary, and Nurul Ain Hamzah.")
    assert "Azman bin Haji Salleh" in names(p.attendees)


# ---------------------------------------------------------------- a doctor's or Malay style between office and name


def test_a_doctors_style_after_a_malay_style_is_no_part_of_the_title():
    p = run("Minister of Health Datuk Seri Dr Rahim Yusof said the clinics would open next month.")
    assert titles_of(p, "Rahim Yusof") == ["Minister of Health"]


# ---------------------------------------------------------------- the agent of "was received by" hosted the meeting


def test_the_agent_who_received_a_guest_is_the_host_and_the_guest_attends():
    p = run("Ambassador Lena Holm was received by Tomas Varga yesterday at the regional office.")
    assert {"Tomas Varga", "Lena Holm"} <= names(p.attendees)


def test_a_guest_to_be_received_next_week_is_not_there_yet():  # guard
    p = run("Ambassador Lena Holm will be received by President Tomas Varga next week.")
    assert not {"Tomas Varga", "Lena Holm"} & names(p.attendees)


def test_the_agent_who_received_a_report_is_no_host():  # guard
    p = run("The annual report was received by Governor Tomas Varga with interest.")
    assert "Tomas Varga" not in names(p.attendees)


# ---------------------------------------------------------------- an office of a country to a country, then the name


def test_a_name_after_an_envoys_office_under_with_is_the_counterpart():
    p = run("Prime Minister Ivan Petrov has met with the Ambassador of Norway to Austria Ingrid Solberg on Monday.")
    assert "Ingrid Solberg" in names(p.attendees)


# ---------------------------------------------------------------- given-name syllables and abbreviations


def test_an_engineers_style_inside_a_chinese_name_is_a_syllable():
    p = run("Education Minister Lim Eng Kiat attended the forum.")
    assert "Lim Eng Kiat" in names(p.attendees)


def test_the_engineers_style_before_a_name_is_dropped():  # guard
    p = run("Eng Haruna Manu attended the forum.")
    assert "Haruna Manu" in names(p.attendees)


def test_an_abbreviated_given_name_with_its_period_opens_the_name_after_an_office():
    p = run("The briefing was given by Director Ma. Teresa Alcantara of the regional office.")
    assert "Ma. Teresa Alcantara" in names(p.speakers)


# ---------------------------------------------------------------- a dateline's city is no one-word name


def test_a_datelines_city_before_an_office_and_its_holder_is_no_person():
    p = run("Tripoli, President of the National Archive Dr. Salem Ben Ali received in his office today the "
            "Cultural Attache Marta Kowalska.")
    assert "Tripoli" not in names(p.attendees + p.speakers + p.mentions + p.unplaced)


def test_a_datelines_city_before_an_agency_dash_is_no_person():
    p = run("Bamako, AMAP- Minister of Water and Energy of Mali, Ibrahim Keita met the Ambassador of Ghana, Kofi Mensah, "
            "to discuss dams.")
    assert "Bamako" not in names(p.attendees + p.speakers + p.mentions + p.unplaced)


# ---------------------------------------------------------------- Burmese names


def test_a_burmese_style_in_a_list_is_no_initial_and_no_word_of_the_name():
    p = run("The talks were attended by Vice Chairman U Hla Lwin, U Zaw Htein, Daw Khin Mar Aye and officials.")
    assert {"Hla Lwin", "Zaw Htein", "Khin Mar Aye"} <= names(p.attendees)


def test_an_unstyled_burmese_name_is_read_whole():
    p = run("The delegation met Thura Aung Kyaw Htun at his residence.")
    assert "Thura Aung Kyaw Htun" in names(p.attendees)


# ---------------------------------------------------------------- a nickname and an initial; a generational suffix


def test_a_nickname_then_an_initial_stays_in_the_name():
    p = run('Mayor Eduardo "Eddie" R. Santos presided over the session.')
    assert [c for c in p.chairs if "Santos" in c] == ['Eduardo "Eddie" R. Santos']


def test_a_suffix_after_an_office_of_a_body_keeps_the_given_name():
    p = run("Also present at the meeting were Commander Joshua N. Reed, Ana Cruz, Chief of Staff Leo Ngiraked Jr., and "
            "Foreign Affairs Secretary, Lorin S. Vega.")
    assert "Leo Ngiraked Jr" in names(p.attendees)


# ---------------------------------------------------------------- the people a meeting is "of"


def test_the_people_a_meeting_is_of_met_there():
    p = run("Energy and trade were the main topics at the meeting of Foreign Minister Jonas Berg and Polish Foreign "
            "Minister Adam Nowak today in Oslo.")
    assert {"Jonas Berg", "Adam Nowak"} <= names(p.attendees)
    assert not {"Jonas Berg", "Adam Nowak"} & names(p.mentions)


def test_a_meeting_of_last_month_is_another_occasion():  # guard
    p = run("The agreement follows up the meeting of Governor Ana Lima and Governor Rui Costa in Recife on May 9 last.")
    assert not {"Ana Lima", "Rui Costa"} & names(p.attendees)


# ---------------------------------------------------------------- the review's defects (each failed before its mend)


def test_a_surname_ending_a_sentence_is_no_abbreviated_given_name():
    p = run("The minister met entrepreneur Jack Ma. Peter Smith also attended the meeting.")
    assert {"Jack Ma", "Peter Smith"} <= names(p.attendees)


def test_a_surname_after_a_style_ends_its_sentence():
    p = run("Minister Anna Berg held talks with Mr. Ma. Governor Li Wei said the talks were fruitful.")
    assert "Li Wei" in names(p.speakers)


def test_a_guest_not_received_makes_no_host():
    for text in ("Ambassador Lena Holm was not received by President Tomas Varga.",
                 "Minister Anna Berg was never received by President Tomas Varga during her term.",
                 "Ambassador Lena Holm could be received by President Tomas Varga."):
        p = run(text)
        assert not names(p.attendees), text


def test_a_meeting_that_did_not_happen_or_is_recalled_places_no_one():
    for text in ("There was no meeting of Minister Anna Berg and Minister Jonas Lind.",
                 "The meeting of Minister Anna Berg and Minister Jonas Lind was postponed.",
                 "Minister Petra Kurz proposed a meeting of President Anna Berg and President Jonas Lind.",
                 "Minister Petra Kurz recalled the meeting of President Anna Berg and President Jonas Lind.",
                 "Minister Petra Kurz briefed the cabinet on the outcome of the meeting of Foreign Minister Anna Berg "
                 "and Foreign Minister Jonas Lind."):
        p = run(text)
        assert not {"Anna Berg", "Jonas Lind"} & names(p.attendees), text


def test_a_hyphenated_acronym_after_a_one_word_name_is_no_agency_dateline():
    p = run("Bayartu, EU-China Business Council Chairman, attended the meeting.")
    assert "Bayartu" in names(p.attendees)


def test_the_last_word_of_an_office_is_no_given_name_before_a_suffix():
    for text, name in (("Chief of Staff Falcam Jr. attended the meeting.", "Falcam Jr"),
                       ("Minister of Finance Osei Sr. attended the meeting.", "Osei Sr")):
        assert name in names(run(text).attendees), text


def test_an_envoys_office_under_by_is_no_place_for_the_name_after_to():
    p = run("The message was delivered by the Ambassador of Norway to President Anna Berg.")
    assert "Anna Berg" not in names(p.speakers + p.attendees)


def test_a_guest_met_by_a_crowd_is_no_counterpart():
    p = run("Minister Anna Berg was met by protesters at the airport.")
    assert "Anna Berg" not in names(p.attendees)


def test_an_abbreviated_given_name_stops_before_a_country_or_a_body():
    assert "Md. Shahidul Islam" in names(run("Ambassador Md. Shahidul Islam Bangladesh Embassy attended the "
                                             "reception.").attendees)
    assert "Md. Selim Reza" in names(run("Secretary Md. Selim Reza Dhaka Office attended the reception.").attendees)


def test_a_fathers_name_after_bin_takes_no_place_after_it():
    assert "Rosli bin Haji Yusof" in names(run("Ambassador Dato Seri Setia Rosli bin Haji Yusof Singapore attended "
                                               "the meeting.").attendees)
    assert "Siti Rahmah binti Pengiran Haji Yusof" in names(run("Director Dr Siti Rahmah binti Pengiran Haji Yusof "
                                                                "Kuala Belait attended the meeting.").attendees)
