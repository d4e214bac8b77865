"""Parser 1.48.0 name and role rules, on invented texts (pure functions, no Prefect)."""
from role_helpers import everyone, names, rule_of, run, titles_of

from readouts.transform.roles import verb_hits

# ---------------------------------------------------------------- hosts and guests


def test_a_host_who_hosted_a_pronoun_guest_chairs_nothing():
    p = run("She first met the Director-General, Mr Tunde Bakare, after which the National President, Chief Dapo "
            "Olaniyan hosted her to another meeting at his residence.")
    assert p.chairs == []


def test_hosting_the_meeting_still_chairs_it():  # guard
    p = run("The National President, Chief Dapo Olaniyan hosted the meeting at the Secretariat.")
    assert p.chairs == ["Dapo Olaniyan"]


def test_a_title_stops_at_after_which():
    p = run("She met the Director-General, Mr Tunde Bakare and Mr Sola Adeyemi, Director of Programmes after which "
            "she toured the port.")
    assert titles_of(p, "Sola Adeyemi") == ["Director of Programmes"]


def test_separate_discussions_with_named_sides_are_a_meeting():
    p = run("Minister Teodor Vasilev held separate discussions with Estonia's Foreign Minister, Kalev Tamm, and "
            "Sara Al Marri, Minister of State of the United Arab Emirates.")
    assert {"Teodor Vasilev", "Kalev Tamm", "Sara Al Marri"} <= names(p.attendees)
    assert "Arab Emirates" not in everyone(p)


def test_discussions_with_unnamed_staff_on_a_tour_make_no_meeting():  # guard
    text = "Mayor Teodor Vasilev visited the care centre and held in-depth discussions with centre administrators."
    assert "meet" not in {h.role for h in verb_hits(text)}
    assert "meet" in {h.role for h in verb_hits("Mayor Teodor Vasilev held in-depth discussions with Governor Ana Pop.")}


def test_st_kitts_and_nevis_is_a_place_not_a_person():
    p = run("Prime Minister Dr Paul Roseau of Dominica received a courtesy call from Prime Minister Dr Colin Baptiste "
            "of St Kitts and Nevis on Wednesday.")
    assert "St Kitts" not in everyone(p)
    assert "Colin Baptiste" in names(p.attendees)


# ---------------------------------------------------------------- a lone surname closing a quotation


def test_a_lone_surname_that_closes_a_quotation_spoke():
    p = run("The Speaker received the ambassador. \"We remain resolute in our defence,\" Kalnietis stated.")
    assert "Kalnietis" in names(p.speakers)
    assert rule_of(p.speakers, "Kalnietis")


def test_an_agency_closing_a_quotation_is_no_person():  # guard
    p = run("The Speaker received the ambassador. \"We remain resolute,\" Reuters said. \"Trade grows,\" Bloomberg "
            "reported.")
    assert not {"Reuters", "Bloomberg"} & everyone(p)


def test_the_surname_of_a_longer_name_written_elsewhere_is_not_a_new_person():  # guard
    p = run("In Region Six, Junior Basant was elected as the new Regional Chairman. \"I am capable,\" Basant said.")
    assert "Basant" not in everyone(p)


# ---------------------------------------------------------------- credits


def test_a_lower_case_by_line_and_a_photographer_before_the_agency_are_mentions():
    p = run("The Guatemalan president met his counterpart in Munich.\nby Pamela Ruano\nThe President said that "
            "relations are good.\nDaniel Kovar, Photo: TASR\nLive now")
    assert {"Pamela Ruano", "Daniel Kovar"} <= names(p.mentions)


def test_an_agency_dateline_names_its_reporter():
    p = run("Guatemala City, Daniel Choc (AGN). \u2013 President Bernardo Lopez met with his counterpart, Andrej "
            "Novak, in Munich.")
    assert "Daniel Choc" in names(p.mentions)
    assert "Daniel Choc" not in names(p.attendees)


def test_a_lower_case_by_line_naming_an_outlet_is_no_credit():  # guard
    p = run("The delegation met the minister.\nby Diplomatic Info\nThe delegation was led by Wu Jing.")
    assert "Diplomatic Info" not in everyone(p)


# ---------------------------------------------------------------- affiliations, sides that agreed


def test_a_body_after_several_offices_of_a_speaker_is_an_affiliation():
    p = run("Prof. Ravi Menon, Director, Office for International Affairs, University of Kottayam, gave an overview of "
            "the programme.")
    assert "Ravi Menon" in names(p.speakers)
    assert "University of Kottayam" not in names(p.speakers)


def test_two_sides_that_agreed_during_the_talks_attended():
    p = run("During the talks, Minister Jan Kowal and Minister Kadri Tamm agreed that relations between our "
            "countries are excellent.")
    assert {"Jan Kowal", "Kadri Tamm"} <= names(p.attendees)


def test_sides_that_agreed_on_the_radio_met_nobody():  # guard
    p = run("Speaking on the radio ahead of the anniversary, Jan Kowal, Kadri Tamm and Peeter Saar agreed that the "
            "union remained strong.")
    assert not {"Jan Kowal", "Kadri Tamm", "Peeter Saar"} & names(p.attendees)


# ---------------------------------------------------------------- Arabic names, offices running to the verb


def test_sultan_before_the_lineage_is_a_given_name():
    p = run("Sultan bin Khalfan said at the first meeting of the chamber that trade will grow.")
    assert "Sultan bin Khalfan" in names(p.speakers)


def test_a_sultan_named_after_his_style_keeps_the_style_out():  # guard
    p = run("HM Sultan Haitham bin Tariq received the minister at the palace.")
    assert "Haitham bin Tariq" in everyone(p)
    assert "Sultan Haitham bin Tariq" not in everyone(p)


def test_an_arabic_link_of_two_words_before_the_family():
    p = run("Dr. Sultan Bin Ahmad Sultan Al Mazrouei, Minister of State, attended the meeting.")
    assert "Sultan Bin Ahmad Sultan Al Mazrouei" in names(p.attendees)


def test_an_office_after_a_name_that_runs_to_the_verb():
    p = run("Shah Jamal, Additional Foreign Secretary appreciated the initiative of the chamber.")
    assert "Shah Jamal" in everyone(p)
    assert titles_of(p, "Shah Jamal") == ["Additional Foreign Secretary"]


# ---------------------------------------------------------------- signing, state names, initials


def test_the_signatories_of_an_action_plan_attended():
    p = run("Province Governor Kim Dong-yeon and Utah Governor Spencer James Cox signed an Action Plan at Hwaseong "
            "Haenggung in Suwon.")
    assert {"Kim Dong-yeon", "Spencer James Cox"} <= names(p.attendees)


def test_the_last_word_of_a_state_is_no_first_name():
    p = run("Senator Kamina Johnson Smith, Jamaica's Ambassador to the United States Audrey Marks, and Finance "
            "Minister Dr. Nigel Clarke, held talks with the US Vice President.")
    assert "Audrey Marks" in names(p.attendees)
    assert "States Audrey Marks" not in everyone(p)


def test_a_lone_first_initial_is_part_of_the_name():
    p = run("The Secretary-General met with Prime Minister Hubert Ingraham and T Brent Symonette, Deputy Prime "
            "Minister, on 25 January 2008.")
    assert "T Brent Symonette" in names(p.attendees)


def test_plan_b_is_no_initial():  # guard
    p = run("Governor Adam Kowal said Plan B John Street would be built next year.")
    assert "B John Street" not in everyone(p)


# ---------------------------------------------------------------- mentions with evidence


def test_the_leader_a_minister_represented_is_a_mention():
    p = run("The Minister of Foreign Affairs, Honorable Gbessi Milton Flomo represented the President of Liberia, His "
            "Excellency President George Manneh Weah. Minister Flomo was accompanied by the ambassador.")
    assert "George Manneh Weah" in names(p.mentions)
    assert rule_of(p.mentions, "George Manneh Weah") == "represented"


def test_a_person_represented_by_another_is_no_mention_of_that_kind():  # guard
    p = run("Liberia was represented by Foreign Minister Gbessi Milton Flomo at the summit in Abuja.")
    assert "Gbessi Milton Flomo" not in names(p.mentions)


def test_a_by_line_with_a_spaced_colon_and_a_bracketed_credit_are_mentions():
    p = run("President Joko Santoso Receives a Visit\nBy : Nata Kusuma | Thursday, February 23 2023\nPresident Joko "
            "Santoso welcomed the minister. The chamber opened an office. [Wilberforce Odhiambo, Standard]\nThe chamber "
            "met officials.")
    assert {"Nata Kusuma", "Wilberforce Odhiambo"} <= names(p.mentions)


def test_the_side_of_a_meeting_still_to_come_and_a_predecessor_are_mentions():
    p = run("Fernandez held talks in Santiago with the Chilean Minister, Carolina Valdes. Also in Buenos Aires, he is "
            "expected to be received by the Argentine Foreign Minister, Santiago Ferreyra, and will meet businessmen.")
    assert rule_of(p.mentions, "Santiago Ferreyra") == "future_meeting"
    p = run("President Kwame Mensah took over as chair in September. He replaced President Moussa Issa of the "
            "Republic of Niger, who steered the Authority for a year.")
    assert rule_of(p.mentions, "Moussa Issa") == "succession"


def test_a_past_meeting_makes_no_future_mention():  # guard
    p = run("Governor Ana Pop met the Argentine Foreign Minister, Santiago Ferreyra, in Buenos Aires on Monday.")
    assert "Santiago Ferreyra" in names(p.attendees)


def test_the_sides_of_a_recent_meeting_elsewhere_are_mentions():
    p = run("The region welcomed the calm after a recent meeting in Singapore between US President Donald Trump and "
            "North Korean leader Kim Jong-un. Governor Ana Pop met Ambassador Lee Kwan.")
    assert {"Donald Trump", "Kim Jong-un"} <= names(p.mentions)
    assert not {"Donald Trump", "Kim Jong-un"} & names(p.attendees)


def test_the_sides_of_the_meeting_itself_attended():  # guard
    p = run("The meeting in Havana between Foreign Minister Carlos Rivas and Minister Rogelio Sierra focused on trade.")
    assert {"Carlos Rivas", "Rogelio Sierra"} <= names(p.attendees)


def test_the_addressee_of_a_letter_is_a_mention():
    p = run("President Milos Vukovic met Ambassador Li Ming on Tuesday to present to him a letter for Chinese "
            "President Xi Jinping about the situation.")
    assert "Li Ming" in names(p.attendees)
    assert rule_of(p.mentions, "Xi Jinping") == "letter_addressee"


def test_a_letter_handed_over_by_a_guest_leaves_the_guest_present():  # guard
    p = run("President Milos Vukovic received a letter from Ambassador Li Ming, who met him on Tuesday.")
    assert "Li Ming" not in names(p.mentions)


def test_the_pm_refers_to_the_prime_minister():
    p = run("Georgian Prime Minister Irakli Kobadze held a farewell meeting with British Ambassador Mark Clayton. At "
            "the meeting, the PM stressed the strategic partnership.")
    assert "Irakli Kobadze" in names(p.speakers)
