"""Parser 1.50.0 name and role rules, on invented texts (pure functions, no Prefect)."""
from role_helpers import everyone, names, rule_of, run, titles_of

# ---------------------------------------------------------------- the clergy's styles and offices


def test_a_stack_of_clergy_styles_is_no_sentence_end_and_no_word_of_the_name():
    p = run("The governor met Rev. Fr. Tobias Akpan and Most Rev. Dr. Matthew Okoro, the Bishop of Ondo, at the lodge.")
    assert {"Tobias Akpan", "Matthew Okoro"} <= names(p.attendees)
    assert not any("Rev" in n or "Fr" in n.split() for n in everyone(p))


def test_father_and_reverend_are_styles_in_a_semicolon_roll():
    p = run("The meeting was attended by Vicar General of the Diocese, Father K. Ramanathan; Reverend Father "
            "Selvaraj of Madu Church; and Father Peter Delano.")
    assert {"K. Ramanathan", "Selvaraj", "Peter Delano"} <= names(p.attendees)


def test_a_cardinal_is_an_office_before_the_name():
    p = run("The mayor received Cardinal Pietro Lanza, president of the Pontifical Council, and Ayatollah Dr. "
            "Hamid Rezaei.")
    assert {"Pietro Lanza", "Hamid Rezaei"} <= names(p.attendees)
    assert "Cardinal" in titles_of(p, "Pietro Lanza")


def test_a_pastor_and_an_imam_lose_their_style_in_the_name():
    p = run("Governor Tom Hale met Pastor James Adeyemi and Imam Musa Bello at Government House.")
    assert {"James Adeyemi", "Musa Bello"} <= names(p.attendees)


def test_bishop_and_imam_as_surnames_stay_in_the_name():  # guard
    p = run("Foreign Minister Winston Peters and his counterpart Julie Bishop met on Monday. Rashid Hasan Imam Khan "
            "and Selim George were also present at the meeting.")
    assert {"Julie Bishop", "Rashid Hasan Imam Khan"} <= everyone(p)


# ---------------------------------------------------------------- post-nominal letters


def test_a_roll_of_members_with_post_nominal_letters_lists_those_present():
    p = run("Cabinet minutes\n  \u2022 Rt. Hon. Alun Pryce MS (Chair)\n  \u2022 Rhian Morgan MS\n  \u2022 Gareth Lloyd MS\n"
            "  \u2022 Siân Howells MS\n")
    assert {"Alun Pryce", "Rhian Morgan", "Gareth Lloyd", "Siân Howells"} <= names(p.attendees)
    assert p.chairs == ["Alun Pryce"]


def test_post_nominal_letters_before_the_apposition_keep_its_office():
    p = run("The Cabinet met on Tuesday. Carys Bevan MS, Minister for Health, said the plan was ready.")
    assert titles_of(p, "Carys Bevan") == ["Minister for Health"]


# ---------------------------------------------------------------- signings


def test_a_document_signed_between_two_named_officials_makes_both_attendees():
    p = run("The second memorandum was exchanged between the Kenyan Minister of Water, Alice Wanjiru, and the "
            "Director General of the Ports Authority, Omar Haddad.")
    assert {"Alice Wanjiru", "Omar Haddad"} <= names(p.attendees)


def test_a_signing_between_the_two_sides_in_a_reported_clause_is_no_presence():  # guard
    p = run("The minister recalled that the treaty was signed between President Tom Hale and King Omar Said in 1990.")
    assert not {"Tom Hale", "Omar Said"} & names(p.attendees)


# ---------------------------------------------------------------- offices and styles


def test_the_irish_head_of_government_titles_the_name():
    p = run("Meanwhile, Taoiseach Eamon Brady was also at Stormont. Tánaiste Niamh Walsh said the talks went well.")
    assert "Eamon Brady" in everyone(p) and "Niamh Walsh" in names(p.speakers)


def test_smti_is_a_style_before_a_surname():
    p = run("Smt R K Lyngdoh, Project Director, was the Chief Guest. Speaking on the occasion, Smti Lyngdoh said "
            "that such a meeting would help.")
    assert names(p.speakers) == {"R K Lyngdoh"}


# ---------------------------------------------------------------- titles


def test_a_ministers_portfolios_listed_with_commas_and_a_final_and_are_one_office():
    p = run("Prof. Kossi Adom, Minister of Foreign Affairs, Regional Integration and Togolese Living Abroad, said the "
            "visit went well. Ms. Awa Diallo, the Minister of National Education, Primary Education, and Sports, "
            "said the plan was ready.")
    assert titles_of(p, "Kossi Adom") == ["Minister of Foreign Affairs, Regional Integration and Togolese Living Abroad"]
    assert titles_of(p, "Awa Diallo") == ["Minister of National Education, Primary Education, and Sports"]


def test_the_next_named_minister_is_no_portfolio():  # guard
    p = run("Ms. Ann Lee, Minister of Finance, Mr. Tom Hale, Minister of Trade and Industry, and Ms. Jo Kim spoke.")
    assert titles_of(p, "Ann Lee") == ["Minister of Finance"]
    assert titles_of(p, "Tom Hale") == ["Minister of Trade and Industry"]


def test_a_style_of_address_after_the_office_is_no_part_of_it():
    p = run("The Head of State, His Excellency, Mr. Amadou Ndiaye chaired the weekly meeting. Mr. Amadou Ndiaye said "
            "that the work was urgent. The Governor, H.E., Mr. Ali Sow, said the plan was ready.")
    assert titles_of(p, "Amadou Ndiaye") == ["Head of State"]


# ---------------------------------------------------------------- credits in the text


def test_a_bulleted_byline_with_the_reporters_post_is_a_credit():
    p = run("Councillors want meetings\n\n  \u2022 By Hana Kowalczyk, Wellington Council reporter funded by NZ on Air\n\n"
            "Some councillors are urging the restoration of regular meetings, Councillor Tom Hale said.")
    assert rule_of(p.mentions, "Hana Kowalczyk") == "byline"


def test_a_contact_label_alone_on_its_line_credits_the_name_below():
    p = run("The minister met the ambassador on Monday.\n\nContact:\n\nAwa Ceesay-Jallow\n\nDirector of Press")
    assert rule_of(p.mentions, "Awa Ceesay-Jallow") == "byline"


def test_a_name_after_an_office_and_a_comma_may_run_into_a_purpose_clause():
    p = run("The Saudi delegation met with the Minister of Justice, Ebrimaa Tambadou to discuss the next steps.")
    assert names(p.attendees) == {"Ebrimaa Tambadou"}
    assert titles_of(p, "Ebrimaa Tambadou") == ["Minister of Justice"]


def test_a_courtesy_call_to_a_ministry_makes_the_caller_present():
    p = run("Ambassador Clara Ruiz paid a courtesy call to the Ministry of Lands on Monday.")
    assert names(p.attendees) == {"Clara Ruiz"}


def test_an_earlier_courtesy_call_is_no_presence():  # guard
    p = run("The minister recalled that Ambassador Clara Ruiz paid a courtesy call to the Ministry in 2019.")
    assert not names(p.attendees)


def test_his_excellency_abbreviated_without_its_last_period_is_a_style():
    p = run("The acting Peruvian Ambassador to Ghana, H.E Lucia Marisol Quispe paid a courtesy call to the Ministry.")
    assert names(p.attendees) == {"Lucia Marisol Quispe"}


# ---------------------------------------------------------------- absence


def test_a_member_who_was_not_present_is_a_mention_not_an_attendee():
    p = run("Prime Minister Tom Hale chaired the meeting. However, Foreign Minister Ram Prasad Koirala, who is also a "
            "member of the council, was not present at today's meeting.")
    assert "Ram Prasad Koirala" not in names(p.attendees)
    assert rule_of(p.mentions, "Ram Prasad Koirala") == "absent_label"


def test_a_minister_who_did_not_attend_is_no_attendee():
    p = run("Governor Ali Sow chaired the session. Minister Awa Diallo did not attend the session.")
    assert "Awa Diallo" not in names(p.attendees)


def test_an_honorific_after_an_office_and_its_province_opens_the_name():
    p = run("The meeting was attended by Governor Punjab Dr. Imran Qadir Baloch and Chief Secretary Tariq Memon.")
    assert names(p.attendees) == {"Imran Qadir Baloch", "Tariq Memon"}


def test_an_office_after_a_comma_and_and_belongs_to_the_name_after_it():
    p = run("The Kazakh minister, Nurlan Abenov, and Deputy Secretary-General of the Economic Cooperation "
            "Organization, Farid Qasim, commended the business communities.")
    assert titles_of(p, "Nurlan Abenov") == ["Kazakh minister"]
    assert titles_of(p, "Farid Qasim") == ["Deputy Secretary-General of the Economic Cooperation Organization"]


def test_the_senate_after_an_office_is_no_one_word_name():
    p = run("Chairman Senate, Mian Tariq Rabbani said this while presiding over the meeting of the council.")
    assert "Senate" not in everyone(p) and p.chairs == ["Mian Tariq Rabbani"]


# ---------------------------------------------------------------- the review of 1.50.0 (each a defect it reproduced)


def test_a_surname_that_is_also_a_style_ends_a_titled_name():
    p = run("Attorney General William Barr met with the Foreign Minister on Tuesday. Speaker Ana Pastor received the "
            "delegation on Monday. Finance Minister Hafeez Shaikh met the IMF team.")
    assert {"William Barr", "Ana Pastor", "Hafeez Shaikh"} <= everyone(p)


def test_a_negated_verb_of_an_act_done_keeps_the_speaker():
    p = run("President Kofi Mensah did not hesitate to commend the team for its work.")
    assert names(p.speakers) == {"Kofi Mensah"}


def test_not_attending_another_session_is_no_absence():
    p = run("The Minister of Trade, Mr. Ali Hassan, did not attend the opening session but joined the delegates in "
            "the afternoon. Mr. John Banda, who did not attend the previous meeting, moved the motion.")
    assert not any(r["rule"] == "absent_label" for r in p.mentions)


def test_a_place_named_after_a_priest_is_no_person():
    p = run("The event was held at Father Bernard Clinic in Lusaka, where Minister Jane Phiri addressed health "
            "workers. Father Christmas Village will open in May.")
    assert everyone(p) == {"Jane Phiri"}


def test_the_holy_father_is_a_style_before_the_popes_office():
    p = run("President Yoweri Kaguta met Holy Father Pope Francis at the Vatican on Monday.")
    assert "Pope Francis" not in everyone(p)


def test_a_style_of_address_inside_an_office_stays():
    p = run("Mr. John Smith, Private Secretary to Her Majesty, said the visit would strengthen ties.")
    assert titles_of(p, "John Smith") == ["Private Secretary to Her Majesty"]


def test_a_contact_desk_is_no_credited_person():
    p = run("Minister Ama Serwaa received the delegation of the World Bank on Monday and discussed funding for "
            "schools.\nContact:\nMinistry of Education, Public Relations Unit")
    assert not p.mentions


def test_an_abbreviation_in_capitals_still_ends_a_sentence():
    from readouts.transform.sentences import split_sentences
    t = ("Chief Minister Edappadi Palaniswami garlanded the portrait of MGR. Minister D. Jayakumar, who attended the "
         "event, said the party would win.")
    assert len(split_sentences(t)) == 2
