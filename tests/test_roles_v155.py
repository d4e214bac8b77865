"""Parser 1.55.0 name, role and title rules, on invented texts (pure functions, no Prefect)."""
from role_helpers import everyone, names, run, titles_of

# ---------------------------------------------------------------- bracketed affiliations in a list of speakers


def test_perspectives_from_a_bracketed_list_are_speeches():
    p = run("The panel saw perspectives from Karen Holt (chief executive, Nordvik Screen Agency), Thomas Reyes "
            "(executive director, Cinelux Andorra) and Irene Varga (deputy director, Film Tirol).")
    assert names(p.speakers) == {"Karen Holt", "Thomas Reyes", "Irene Varga"}
    assert not p.mentions


def test_the_body_after_an_office_in_brackets_is_no_name_and_part_of_the_title():
    p = run("The session heard presentations from Karen Holt (CEO, Nordvik Screen Agency) and Thomas Reyes "
            "(executive director, Cinelux Andorra).")
    assert "Cinelux Andorra" not in everyone(p)
    assert titles_of(p, "Thomas Reyes") == ["executive director, Cinelux Andorra"]


def test_a_long_bracket_before_the_period_ends_no_list_item():
    p = run("The session heard presentations from Karen Holt (CEO, Nordvik Screen Agency), Thomas Reyes "
            "(managing director, National Screen Development Corporation of Andorra).")
    assert "Thomas Reyes" in names(p.speakers)


def test_two_offices_in_brackets_stay_two_and_end_no_list_item():
    p = run("The session heard presentations from Dave Gibson (Vice Chair of the Nordvik Council, Director of the "
            "Screen Agency) and Karen Holt (CEO, Nordvik Screen Agency).")
    assert names(p.speakers) == {"Dave Gibson", "Karen Holt"}
    assert titles_of(p, "Dave Gibson") == ["Vice Chair of the Nordvik Council", "Director of the Screen Agency"]


# ---------------------------------------------------------------- a plural's "with" inside an office's name


def test_a_name_after_an_office_with_a_plurals_with_is_no_reference():
    p = run("Chairperson of the Commission for Backward Regions, Dr. Oren Paltiel, and Chief Commissioner for "
            "Persons with Disabilities, Ms Dalia Roshan, were among the speakers.")
    assert names(p.speakers) == {"Oren Paltiel", "Dalia Roshan"}
    assert not p.mentions


def test_met_a_person_with_another_is_unchanged():  # guard
    p = run("The Governor met President Thomas Reyes with Minister Irene Varga on Monday.")
    assert "Irene Varga" not in names(p.mentions)


# ---------------------------------------------------------------- a roll of "Office, Mr. Name" pairs


def test_a_roll_that_opens_with_an_office_gives_each_office_to_the_name_after_it():
    p = run("Chairperson of the Backward Regions Commission, Dr. Oren Paltiel, Chairperson of the Minorities "
            "Commission, Mr. Thomas Reyes, and Chief Commissioner for Persons with Disabilities, Ms Dalia Roshan, "
            "were among the speakers.")
    assert titles_of(p, "Oren Paltiel") == ["Chairperson of the Backward Regions Commission"]
    assert titles_of(p, "Thomas Reyes") == ["Chairperson of the Minorities Commission"]
    assert titles_of(p, "Dalia Roshan") == ["Chief Commissioner for Persons with Disabilities"]


def test_a_roll_that_opens_with_a_name_keeps_each_office_after_its_name():  # guard
    p = run("The ceremony was attended by Mr. Oren Paltiel, Vice President of Nordvik University, Mr. Thomas Reyes, "
            "Consul General of Andorra in Oslo, Mr. Irene Varga, Mayor of Bergen, and others.")
    assert titles_of(p, "Thomas Reyes") == ["Consul General of Andorra in Oslo"]
    assert titles_of(p, "Irene Varga") == ["Mayor of Bergen"]


def test_an_office_after_and_and_a_comma_is_the_next_names():
    p = run("The Vice President of Nordvik Steel, Mr. Oren Paltiel, and Marketing Director of Nordvik Steel and "
            "Chairman of Nordvik Trading, Ms. Dalia Roshan attended the meeting.")
    assert titles_of(p, "Oren Paltiel") == ["Vice President of Nordvik Steel"]
    assert titles_of(p, "Dalia Roshan") == ["Marketing Director of Nordvik Steel", "Chairman of Nordvik Trading"]


# ---------------------------------------------------------------- a day word is no one-word name


def test_today_before_an_apposition_is_no_name():
    p = run("Today, the director of the Vardar Film Centre, Mr. Karim Saidi had a work meeting with the delegation.")
    assert "Today" not in everyone(p)
    assert "Karim Saidi" in everyone(p)


# ---------------------------------------------------------------- a roll hung on the meeting noun


def test_a_counterparts_roll_hung_on_the_meeting_noun_is_met():
    p = run("Mr. Karim Saidi had a work meeting with the representatives of the General Directorate of Cinematography, "
            "the general director, Mr. Erkin Yilmaz and deputy director, Mr. Mustafa Selcuk Yavuzkanat.")
    assert {"Erkin Yilmaz", "Mustafa Selcuk Yavuzkanat"} <= names(p.attendees)


# ---------------------------------------------------------------- the headline's full name of an initialled one


def test_initials_in_the_body_are_the_headlines_full_name():
    p = run("Chief of the State Migration Service, V. Huseynov congratulated A. Vitorino on his election. Director "
            "General A. Vitorino thanked V. Huseynov for the support.",
            title="On November 27 Chief of State Migration Service Vusal Huseynov met with Director General of the "
                  "International Organization for Migration Antonio Vitorino")
    assert {"Vusal Huseynov", "Antonio Vitorino"} <= names(p.speakers)


def test_a_headline_word_after_a_surname_is_no_full_name():  # guard
    p = run("Mr. Holness said the talks went well.", title="Prime Minister Holness Invited to the Summit")
    assert not any("Invited" in n for n in everyone(p))


# ---------------------------------------------------------------- a portfolio with a comma before the name


def test_a_name_after_a_portfolio_written_with_a_comma():
    p = run("The Ambassador met with Minister for Energy, Water Resources and Irrigation Ramon Castillo on Wednesday.")
    assert "Ramon Castillo" in names(p.attendees)


# ---------------------------------------------------------------- a rank before three name words


def test_an_abbreviated_rank_before_three_name_words_is_no_part_of_the_name():
    p = run("The envoy called on Chief of Army Staff General Qamar Javed Bajwa at the headquarters. Gen Qamar Javed "
            "Bajwa also reiterated the need for global convergence on the matter.")
    assert "Qamar Javed Bajwa" in names(p.speakers)
    assert not any(n.startswith("Gen ") for n in everyone(p))


# ---------------------------------------------------------------- an office before a rank and its comma


def test_the_office_before_a_rank_is_the_title_and_refers_back_after_a_fronted_perfect_participle():
    p = run("Air Marshal Sumangala Dias called on Commander of the Navy, Vice Admiral Piyal De Silva at the Naval "
            "Headquarters. Having warmly welcomed the newly appointed Air Force Commander, Commander of the Navy "
            "expressed best wishes for his achievement.")
    assert titles_of(p, "Piyal De Silva") == ["Commander of the Navy"]
    assert "Piyal De Silva" in names(p.speakers)


# ---------------------------------------------------------------- an honorific's period inside the parse


def test_an_honorific_with_a_period_ends_no_sentence_for_the_parse():
    p = run("Dr. Vijay Dev, the State Election Commissioner of Delhi, had the honour of meeting with the President "
            "of India, Smt. Droupadi Murmu, at the Rashtrapati Bhawan.")
    assert "Droupadi Murmu" in names(p.attendees)


# ---------------------------------------------------------------- an interaction is a meeting


def test_those_who_held_an_interaction_with_a_delegation_met_it():
    p = run("Chief Election Commissioner Gyanesh Kumar, Election Commissioners Dr. Sukhbir Singh Sandhu and Dr. "
            "Vivek Joshi today held an interaction with a delegation from the party in New Delhi.")
    assert {"Gyanesh Kumar", "Sukhbir Singh Sandhu", "Vivek Joshi"} <= names(p.attendees)


def test_a_brief_on_something_is_a_speech():
    p = run("Prof. B J Rao gave a brief on the research and technical strengths of the university.")
    assert "B J Rao" in names(p.speakers)


# ---------------------------------------------------------------- the signatories of a reduced relative


def test_the_signatories_after_the_agreement_and_a_comma_attend():
    p = run("The agreement, signed by Vice President of the Academy Professor Zhang Tao and Victoria University "
            "Vice-Chancellor Professor Grant Guilford, formalises collaboration between the two institutions.")
    assert {"Zhang Tao", "Grant Guilford"} <= names(p.attendees)
    assert not p.mentions


# ---------------------------------------------------------------- the visitor of the visit the meeting was in


def test_the_visitor_of_a_visit_during_which_talks_were_held_attends():
    p = run("Trade relations were the focus of talks during a visit by the new ambassador, Zhang Qiyue, to the "
            "Piraeus Chamber of Commerce on Monday.")
    assert "Zhang Qiyue" in names(p.attendees)


def test_the_visitor_of_an_upcoming_visit_is_a_mention():  # guard
    p = run("The Minister expressed the belief that decisions would be taken during the upcoming visit of Prime "
            "Minister Pushpa Kamal Dahal to China.")
    assert "Pushpa Kamal Dahal" not in names(p.attendees)


# ---------------------------------------------------------------- review mend (defects reproduced on the draft)


def test_a_person_after_a_clause_and_a_comma_in_a_bracket_stays_a_person():
    p = run("The Pakistani delegation (headed by the Interior Minister, Mohsin Naqvi) held talks with President Joe "
            "Biden.")
    assert "Mohsin Naqvi" in names(p.attendees)


def test_a_census_name_after_an_office_in_a_bracket_stays_a_person():
    p = run("The President met Ahmed Khan, accompanied by his wife (First Lady, Mary Khan).")
    assert "Mary Khan" in everyone(p)


def test_a_named_or_past_agreement_places_no_signatories():
    p = run("Prime Minister Ahmed Khan met President Joe Biden in Washington. The Simla Agreement, signed by Indira "
            "Gandhi and Zulfikar Ali Bhutto, remains the basis of bilateral relations. The agreement, signed by Nawaz "
            "Sharif and Barack Obama, was reviewed.")
    assert not {"Indira Gandhi", "Zulfikar Ali Bhutto", "Nawaz Sharif", "Barack Obama"} & names(p.attendees)


def test_an_apposition_inside_a_fronted_perfect_participle_is_no_subject():
    p = run("Having received Omar Farooq, Minister of Finance of Egypt, President Ali Reza said the talks were "
            "fruitful.")
    assert names(p.speakers) == {"Ali Reza"}


def test_a_visit_during_which_outcomes_were_achieved_is_another_occasion():
    p = run("Prime Minister Ahmed Khan met President Joe Biden. The two leaders discussed the outcomes achieved "
            "during a visit by Foreign Minister Ali Reza to Washington.")
    assert "Ali Reza" not in names(p.attendees)


def test_a_photo_position_in_a_bracket_is_no_part_of_the_title():
    p = run("President Joe Biden met Ahmed Khan (Chairman, Right) and Ali Reza (Secretary, Left) at the White House.")
    assert titles_of(p, "Ahmed Khan") == ["Chairman"]
