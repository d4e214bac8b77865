"""Parser 1.56.0 name, role and title rules, on invented texts (pure functions, no Prefect)."""
from role_helpers import names, run, titles_of

from readouts.transform.sentences import split_sentences

# ---------------------------------------------------------------- courtesy calls and visits paid to a person


def test_the_one_a_courtesy_call_was_made_on_attended():
    p = run("The High Commissioner of Norland, Tomas Evrin, made a courtesy call on Board of Trade Chairman Kamal "
            "Perawasa and exchanged views on investment.")
    assert "Kamal Perawasa" in names(p.attendees)


def test_the_one_visited_during_a_courtesy_visit_attended():
    p = run("The coordinator, Ilse Morvane, made the pledge during a courtesy visit to the Chairman of the "
            "Commission, Alhaji Bako Tindar, at its headquarters.")
    assert "Bako Tindar" in names(p.attendees)


def test_every_person_a_courtesy_call_names_attended():
    p = run("He paid a courtesy call on the Minister of Finance, Mr. Jarek Ostrovin, and the Governor, Mr. Ade "
            "Balorun.")
    assert names(p.attendees) >= {"Jarek Ostrovin", "Ade Balorun"}


def test_a_visit_to_a_place_places_no_one():
    p = run("The delegation paid a courtesy visit to the Norland Museum, where curator Ilse Morvane later said the "
            "collection would travel.")
    assert "Ilse Morvane" not in names(p.attendees)


# ---------------------------------------------------------------- a rare name before "met" or "received"


def test_a_rare_name_before_met_is_a_person():
    p = run("Today, Artur Vardanyek met with the President of the Control Service of Norland.")
    assert "Artur Vardanyek" in names(p.attendees)


def test_a_place_of_two_words_before_met_is_no_person():
    p = run("The delegation travelled to Costa Rica. Costa Rica met the costs of the visit, the minister said.")
    assert "Costa Rica" not in names(p.attendees) | names(p.speakers)


# ---------------------------------------------------------------- offices of forest and police services


def test_a_conservator_of_forests_is_an_office():
    p = run("Principal Chief Conservator of Forests Lokam Jaisvir told the officials of the department to "
            "implement the plan.")
    assert "Lokam Jaisvir" in names(p.speakers)
    assert titles_of(p, "Lokam Jaisvir") == ["Principal Chief Conservator of Forests"]


# ---------------------------------------------------------------- a ruler's ordinal is part of the name


def test_a_regnal_number_is_part_of_the_name_and_the_surname_refers_back():
    p = run("The Chairman of the Canoe Council, Nene Ratteye Abotsi II, bemoaned the activities of foreign vessels. "
            "Abotsi said the fishermen would not give up.")
    assert names(p.speakers) == {"Nene Ratteye Abotsi II"}


def test_a_lone_i_is_an_ordinal_only_before_a_comma():
    p = run("The board met Chief Kwadwo Essuman I, Overlord of the Traditional Area. Mr Kofi Ansah said I was there.")
    assert "Kwadwo Essuman I" in names(p.attendees)
    assert names(p.speakers) == {"Kofi Ansah"}


# ---------------------------------------------------------------- inverted presence and speech


def test_there_were_present_opens_a_list_of_attendees():
    p = run("The council met at 7:00 P.M. There were present the Honorable Ruvel Janson, Chuck Fowlam and Everett "
            "Hobbsen.")
    assert names(p.attendees) >= {"Ruvel Janson", "Chuck Fowlam", "Everett Hobbsen"}


def test_with_the_chair_were_opens_a_list_of_attendees():
    p = run("With Chief Justice Gesmando were Associate Justice Ramon Paul L. Hernan and Court Administrator Raul B. "
            "Villanor.")
    assert names(p.attendees) == {"Ramon Paul L. Hernan", "Raul B. Villanor"}


def test_with_lower_case_is_no_inverted_presence():
    p = run("The minister said that with Governor Ade Balorun were many hopes for the province.")
    assert "Ade Balorun" not in names(p.attendees)


def test_officials_who_addressed_the_forum_were_speakers():
    p = run("Among the embassy officials who addressed the forum were Ambassador Nirma Raovan, Deputy Chief of "
            "Mission Taran Singh Sandor and Minister of Consular Affairs N.A. Prasadi.")
    assert names(p.speakers) == {"Nirma Raovan", "Taran Singh Sandor", "N.A. Prasadi"}


# ---------------------------------------------------------------- titles: styles between an office and the name


def test_his_excellency_and_mr_between_an_office_and_the_name():
    p = run("Ambassador of Norland H.E. Mr. Yuri Lazarevin said the ties were strong.")
    assert titles_of(p, "Yuri Lazarevin") == ["Ambassador of Norland"]


def test_an_envoys_rank_stays_in_the_office():
    p = run("Ambassador Extraordinary and Plenipotentiary of the Republic of Norland Mr. Yuri Lazarevin said the ties "
            "were strong.")
    assert titles_of(p, "Yuri Lazarevin") == ["Ambassador Extraordinary and Plenipotentiary of the Republic of Norland"]


def test_a_portfolios_commas_keep_the_one_met_after_it():
    p = run("The Ambassador held a meeting with Iranian Minister for Science, Research and Technology H.E. Mr. Mansur "
            "Golamrez.")
    assert "Mansur Golamrez" in names(p.attendees)


def test_a_judges_style_after_the_office_is_no_title():
    p = run("The Chief Justice of Norland, Honourable Justice Kudra Kekeron, has hosted the Chief Justice of Sierra "
            "Leone, His Lordship Justice Komba Kamandor, and his delegation. Kamandor said the visit was useful.")
    assert titles_of(p, "Komba Kamandor") == ["Chief Justice of Sierra Leone"]


def test_a_judges_style_alone_stays_the_title():
    p = run("Justice Komba Kamandor said the visit was useful.")
    assert titles_of(p, "Komba Kamandor") == ["Justice"]


# ---------------------------------------------------------------- people who were not there


def test_absent_from_this_meeting_were_is_a_mention():
    p = run("The meeting began late. Absent from this meeting were Board Chairman Clarence Dawsen and Manager Brad "
            "Gailor.")
    assert names(p.mentions) == {"Clarence Dawsen", "Brad Gailor"}
    assert not p.attendees


def test_the_late_person_who_introduced_a_programme_is_a_mention():
    p = run("The diplomats follow a programme under the guidance of the late Mr. Laksan Kadiragam, former Foreign "
            "Minister, who introduced the programme in 1990. Minister Jon Pereva said the programme was useful.")
    assert names(p.mentions) == {"Laksan Kadiragam"}
    assert names(p.speakers) == {"Jon Pereva"}


def test_the_sender_of_a_message_is_a_mention():
    p = run("In a special message to the forum, Norland's Ambassador Vinod Kwatren commended the organisation's "
            "efforts.")
    assert names(p.mentions) == {"Vinod Kwatren"}
    assert not p.speakers


def test_a_byline_before_a_bar_is_a_credit():
    p = run("By Manek Aftar \u23d0 4 hours ago \u23d0 2 min read\nISLAMABAD: The minister met the delegation. "
            "Minister Ali Khanzad said the talks were good.")
    assert "Manek Aftar" in names(p.mentions)


def test_a_weekday_after_a_styled_name_before_to_is_no_surname():
    p = run("A team of officials met with Prime Minister Dr. Kenran Anthol Monday to brief him on the court.")
    assert names(p.attendees) == {"Kenran Anthol"}


def test_a_weekday_surname_after_an_honorific_stays():
    p = run("Mr John Peter Sunday addressed the meeting.")
    assert names(p.speakers) == {"John Peter Sunday"}


# ---------------------------------------------------------------- meetings between two sides, realised meetings


def test_a_meeting_between_two_sides_places_both():
    p = run("A meeting between the Ambassador of Norland to the Republic of Lebanon Volodar Kovalen and the Head of "
            "the National Council for Scientific Research Georges Tohmar took place on September 11, 2012.")
    assert names(p.attendees) == {"Volodar Kovalen", "Georges Tohmar"}


def test_during_the_meeting_between_places_both():
    p = run("A Memorandum of Understanding was signed during the Wednesday meeting between Norland's visiting Science "
            "Minister Jafar Tofiran and head of the Science Academy, Boris Patenko.")
    assert names(p.attendees) >= {"Jafar Tofiran", "Boris Patenko"}


def test_had_the_opportunity_to_meet_is_a_meeting():
    p = run("Mr Taalen had the opportunity to meet with the new administrator of the Weather Agency, Neil Jacobsen.")
    assert "Neil Jacobsen" in names(p.attendees)


def test_will_have_the_opportunity_to_meet_is_a_plan():
    p = run("Mr Taalen will have the opportunity to meet with the new administrator of the Weather Agency, Neil "
            "Jacobsen.")
    assert "Neil Jacobsen" not in names(p.attendees)


def test_a_delegation_which_consisted_of_people_places_them():
    p = run("The delegation which consisted of Norland MP Rachel Thomsen and businessmen living abroad was briefed "
            "about investment.")
    assert "Rachel Thomsen" in names(p.attendees)


def test_talks_a_speaker_refers_to_are_no_meeting_between():
    p = run("The minister called recent talks between President Vladan Petrik and French President Emil Macrin good "
            "news.")
    assert not p.attendees


def test_a_meeting_between_ends_at_its_second_side():
    p = run("Marial said the atmosphere at the meeting between Kiran Dut and the leader of the party, Salvo Kirin, "
            "was friendly despite concerns raised over the firing of the Defense Minister Angela Tenor.")
    assert "Angela Tenor" not in names(p.attendees)


def test_during_his_speech_he_refers_to_the_one_present():
    p = run("Secretary Fazal Abas Makran was present on the occasion. During his speech he stressed the need for "
            "research.")
    assert names(p.speakers) == {"Fazal Abas Makran"}


def test_familiarized_them_with_is_a_speech():
    p = run("Professor Volodar Kovalen familiarized managers of the Council with the level of science in Norland.")
    assert names(p.speakers) == {"Volodar Kovalen"}


# ---------------------------------------------------------------- review of the draft: what the new rules must not do


def test_a_welcome_message_is_given_in_person():
    p = run("In his welcome message, the Chairman of the Board, Mr. Kwame Asanteh, said the forum was timely.")
    assert names(p.speakers) == {"Kwame Asanteh"}


def test_a_weekday_surname_before_in_his_remarks_stays():
    p = run("Mr. Emmanuel Ayo Sunday in his remarks thanked the Minister for the support.")
    assert names(p.speakers) == {"Emmanuel Ayo Sunday"}


def test_familiarized_herself_with_is_no_speech():
    p = run("Minister Mary Phirani familiarized herself with the operations of the port.")
    assert not p.speakers


def test_a_speaker_at_a_burial_is_no_deceased():
    p = run("At the burial of former Minister John Bandar, Vice President Mary Phirani said the nation had lost a "
            "hero.")
    assert names(p.speakers) == {"Mary Phirani"}


def test_had_not_yet_had_the_opportunity_to_meet_is_no_meeting():
    p = run("Minister Ivan Horvan said he had not yet had the opportunity to meet President Marko Novin.")
    assert "Marko Novin" not in names(p.attendees)


def test_officials_who_addressed_the_forum_were_received_by_a_host():
    p = run("The officials who addressed the forum were received by Governor Peter Zulan at State House.")
    assert "Peter Zulan" not in names(p.speakers)


def test_with_the_support_provided_by_is_no_inverted_presence():
    p = run("With the support that was provided by Governor John Bandar, the project was completed.")
    assert "John Bandar" not in names(p.attendees)


# ---------------------------------------------------------------- more speech verbs and a professional style


def test_an_architects_style_ends_no_sentence():
    text = ("Minister of Mines Arc. Olamide Adegbola has urged mining companies to operate within the guidelines of "
            "the Mining Act.")
    assert len(split_sentences(text)) == 1
    p = run(text)
    assert "Olamide Adegbola" in names(p.speakers) | names(p.attendees) | names(p.mentions)  # one name, whole


def test_tasked_them_to_is_a_speech_but_charged_with_is_not():
    p = run("The Comptroller General of the Service, Mr Isah Idrisu, charged the officers to be vigilant.")
    assert names(p.speakers) == {"Isah Idrisu"}
    p = run("The Comptroller General of the Service, Mr Isah Idrisu, was charged with fraud and taken to court.")
    assert not p.speakers


def test_apologized_for_a_response_is_a_speech_but_not_for_an_absence():
    p = run("ComEd President Anne Pramagor met with Mayor Tisdan. Pramagor apologized for the slow response and "
            "pledged that changes will be made.")
    assert "Anne Pramagor" in names(p.speakers)
    p = run("Mayor John Smithson chaired the meeting. Councillor Anne Pramagor apologized for her absence.")
    assert "Anne Pramagor" not in names(p.speakers)
