"""Parser 1.57.0 name, role and title rules, on invented texts (pure functions, no Prefect)."""
from role_helpers import names, run, titles_of

from readouts.transform import names as N
from readouts.transform.sentences import split_sentences

# ---------------------------------------------------------------- an act's participle opening the sentence


def test_a_fronted_chairing_clause_is_no_name_and_its_subject_chairs_and_speaks():
    p = run("Health Minister Ravi Pellakar on Monday issued directions to hospitals. Chairing a review meeting with "
            "medical superintendents of district hospitals at the Secretariat, Pellakar emphasised that stocks must "
            "last.")
    assert p.chairs == ["Ravi Pellakar"]
    assert names(p.speakers) == {"Ravi Pellakar"}


def test_the_guest_of_a_fronted_receiving_clause_attends_and_does_not_speak():
    p = run("Receiving Ambassador Tomas Evrin in his office, Minister Kamal Perawasa said the two countries are "
            "friends.")
    assert names(p.speakers) == {"Kamal Perawasa"}
    assert "Tomas Evrin" in names(p.attendees)
    assert titles_of(p, "Tomas Evrin") == ["Ambassador"]


def test_a_fronted_participle_is_no_word_of_a_name():
    p = run("Addressing Bamorvala at the kgotla, Deputy Chief Tano Bekesi said the board must go.")
    assert names(p.speakers) == {"Tano Bekesi"}


def test_visiting_professor_is_still_an_office():
    p = run("Visiting Professor Tano Bekesi said the course would open in May.")
    assert titles_of(p, "Tano Bekesi") == ["Visiting Professor"]


def test_a_traditional_rulers_title_introduces_a_name():
    p = run("Deputy Kgosi Tano Bekesi said the land board must be dissolved.")
    assert names(p.speakers) == {"Tano Bekesi"}
    assert titles_of(p, "Tano Bekesi") == ["Deputy Kgosi"]


def test_a_meeting_addressed_by_a_person_before_a_day_and_a_place_heard_them():
    p = run("A village meeting addressed by Deputy Chief Tano Bekesi on Thursday in Morvala appointed a task force.")
    assert names(p.speakers) == {"Tano Bekesi"}


# ---------------------------------------------------------------- audiences and presence


def test_the_one_granted_audience_attended_and_so_did_the_host():
    p = run("The Minister of Health, Kamal Perawasa has granted audience to the Ambassador of Norland, Tomas Evrin.")
    assert names(p.attendees) == {"Kamal Perawasa", "Tomas Evrin"}


def test_those_who_are_in_attendance_attended():
    p = run("The Minister of Information, Kamal Perawasa, and the Deputy Minister, Tomas Evrin, are in attendance.")
    assert names(p.attendees) == {"Kamal Perawasa", "Tomas Evrin"}


def test_hosting_a_visiting_team_is_no_chair():
    p = run("The Director of Finance, Mr. Kamal Perawasa, expressed delight in hosting the Norland team.")
    assert p.chairs == []
    assert names(p.speakers) == {"Kamal Perawasa"}


def test_the_one_a_reception_is_on_behalf_of_is_no_party():
    p = run("Receiving the delegation on behalf of the Sector Minister, Mrs. Ilse Morvane, the Director of Finance, "
            "Mr. Kamal Perawasa, expressed delight in hosting the Norland team.")
    assert names(p.speakers) == {"Kamal Perawasa"}
    assert p.chairs == []
    assert "Ilse Morvane" not in names(p.attendees) | names(p.speakers)


# ---------------------------------------------------------------- minutes and committee rolls


def test_an_unlabelled_roll_of_names_with_honours_and_notes_is_the_minutes_roll():
    p = run("A summary note of the Board meeting held on 12 March 2012 in London.\n\n"
            "Rt Hon Tomas Evrin CBE MP, Secretary of State\n"
            "Rt Hon Kamal Perawasa MP, Minister of State (left the meeting at 3:10pm)\n"
            "Ilse Morvane CB, Permanent Secretary\n"
            "Dame Ada Balorun DBE, Chief Medical Officer\n\n"
            "The Secretary of State welcomed members.")
    assert names(p.attendees) >= {"Tomas Evrin", "Kamal Perawasa", "Ilse Morvane", "Ada Balorun"}
    assert titles_of(p, "Kamal Perawasa") == ["Minister of State"]


def test_members_present_at_this_meeting_is_a_roll_label_over_bulleted_places():
    p = run("The Council met in Perth today. Members present at this meeting were:\n"
            "  \u2022 Norland: the Hon Tomas Evrin MP, Attorney-General\n"
            "  \u2022 Southland: the Hon Kamal Perawasa MLA, Chief Minister\n"
            "  \u2022 Local Government Association: Mr Ade Balorun, Vice President\n\n"
            "The Council considered the season.")
    assert names(p.attendees) == {"Tomas Evrin", "Kamal Perawasa", "Ade Balorun"}


def test_a_passive_chair_with_post_nominal_letters_whom_a_roll_places_too():
    p = run("The Council is chaired by the Attorney-General, the Hon Tomas Evrin MP. Members present at this meeting "
            "were:\n  \u2022 Norland: the Hon Tomas Evrin MP, Attorney-General\n  \u2022 Southland: the Hon Kamal "
            "Perawasa MLA, Chief Minister\n\nThe Council considered the season.")
    assert p.chairs == ["Tomas Evrin"]


def test_an_absolute_presiding_clause_that_ends_the_sentence_names_the_chair():
    p = run("The Standing Committee on Finance met at 6:45 p.m., in room 705, Norland Building, the Chair, the "
            "Honourable Tomas Evrin, presiding.")
    assert p.chairs == ["Tomas Evrin"]
    assert "Norland Building" not in names(p.attendees) | names(p.speakers)


def test_a_committee_roll_of_surnames_after_a_plural_office():
    spans = N.titled_list_names("Members of the committee present: The Honourable Senators Corrin, Bale, Day, "
                                "Downe, Murray, P.C., Oliver and Rennet (9).")
    assert [sp.name for sp in spans] == ["Corrin", "Bale", "Day", "Downe", "Murray", "Oliver", "Rennet"]


def test_a_single_word_after_one_listed_name_is_not_taken():
    spans = N.titled_list_names("The Senators Corrin and Day visited.")
    assert [sp.name for sp in spans] == ["Corrin"]


def test_appearing_and_witnesses_labels_are_a_roll_of_those_present_across_a_bodys_head():
    p = run("The committee met at 9 a.m.\nAPPEARING:\nThe Honourable Tomas Evrin, P.C., M.P., Minister of Revenue.\n"
            "WITNESSES:\nPrivy Council Office:\nKamal Perawasa, Deputy Secretary to the Cabinet.\n"
            "The Chair made a statement.")
    assert names(p.attendees) >= {"Tomas Evrin", "Kamal Perawasa"}


def test_split_sentences_is_unchanged_for_a_roll():
    assert len(split_sentences("APPEARING:\nThe Honourable Tomas Evrin, Minister of Revenue.")) == 2


# ---------------------------------------------------------------- more cues


def test_a_meeting_held_somewhere_today_chaired_by_a_person():
    p = run("A high level meeting of four important departments was held in Morvala today chaired by Senior Norland "
            "Minister Tano Bekesi.")
    assert p.chairs == ["Tano Bekesi"]


def test_in_his_welcome_remarks_the_person_named_first_spoke():
    p = run("In his welcome remarks, Provincial Agriculturist (PA) Dr. Tano Bekesi, representing Governor Ilse "
            "Morvane, presented the Provincial Government's programs.")
    assert names(p.speakers) == {"Tano Bekesi"}
    assert "Ilse Morvane" not in names(p.speakers) | names(p.attendees)


def test_a_briefing_received_from_named_people_makes_them_speakers():
    p = run("The Minister and the Deputy Minister received a briefing on developments in treatment from Dr. Tano "
            "Bekesi, chief consultant for mental health, and Dr. Ilse Morvane, director of the counselling service.")
    assert names(p.speakers) >= {"Tano Bekesi", "Ilse Morvane"}


def test_a_report_received_from_a_ministry_makes_no_speaker():
    p = run("The committee received a briefing on the budget from the ministry of finance.")
    assert names(p.speakers) == set()


def test_the_chair_of_minutes_refers_to_the_one_chair_and_speaks():
    p = run("The committee met at 9 a.m., the Chair, the Honourable Tomas Evrin, presiding. Members present: "
            "Senators Bale and Corrin. The Chair made a statement.")
    assert names(p.speakers) == {"Tomas Evrin"}


def test_the_chair_refers_to_no_one_when_two_chaired():
    p = run("The forum was co-chaired by Governor Tomas Evrin and Mayor Ilse Morvane. The Chair made a statement.")
    assert names(p.speakers) == set()


def test_those_who_discussed_a_matter_in_the_passive_spoke():
    p = run("Ways of implementing the Memorandum of Cooperation were discussed, by Commissioner for Equality, Ilse "
            "Morvane, and President of the Council for Women of Norland, Ada Balorun.")
    assert names(p.speakers) == {"Ilse Morvane", "Ada Balorun"}


# ---------------------------------------------------------------- guards from the review of the draft (each failed on it)


def test_a_japanese_surname_oba_is_no_title():
    p = run("Ambassador Kenji Oba said Japan would support the project.")
    assert names(p.speakers) == {"Kenji Oba"}


def test_a_participle_before_a_functionary_is_part_of_the_office():
    p = run("Inspecting Officer Ola Brisk told the committee that the site was safe.")
    assert titles_of(p, "Ola Brisk") == ["Inspecting Officer"]


def test_group_words_after_a_list_of_surnames_are_no_surnames():
    p = run("Also present were Councillors Brisk, Rako and Tamsin, Staff and Residents.")
    assert names(p.attendees) == {"Brisk", "Rako", "Tamsin"}


def test_an_office_then_another_office_and_name_is_no_appositive_chair():
    p = run("The meeting was chaired by the Minister, the Deputy Minister Ola Brisk and the Permanent Secretary Fenn "
            "Rako were also present.")
    assert p.chairs == []


def test_the_chairman_of_another_body_is_not_the_chair():
    p = run("Minister Ola Brisk chaired the meeting with the board of Norland Water Company. The Chairman said the "
            "company would invest in new pipes.")
    assert "Ola Brisk" not in names(p.speakers)


def test_a_similar_meeting_held_last_month_names_no_chair():
    p = run("Governor Ola Brisk said a similar meeting was held last month chaired by Commissioner Fenn Rako.")
    assert p.chairs == []


def test_the_remarks_of_a_possessor_are_not_theirs():
    p = run("In his remarks, Governor Ola Brisk's Chief of Staff, Commissioner Fenn Rako, said the state would fund "
            "the project.")
    assert names(p.speakers) == {"Fenn Rako"}


def test_a_matter_discussed_by_a_person_at_another_event_is_no_speech():
    p = run("The measures, which were discussed by Minister Ola Brisk at last year's summit in Norland, were "
            "reviewed by officials.")
    assert names(p.speakers) == set()


def test_a_list_after_a_place_and_a_comma_goes_on():
    p = run("The meeting was attended by Minister Ola Brisk in Norland, retired Judge Fenn Rako and Mayor Ivo Tamsin.")
    assert names(p.attendees) == {"Ola Brisk", "Fenn Rako", "Ivo Tamsin"}


def test_appointees_described_in_lower_case_are_no_roll():
    p = run("Minister Ivo Tamsin today announced three appointments to the Norland Water Board, which will meet in "
            "May.\n\nOla Brisk, a former chief executive of a regional water company and a chartered engineer (Chair)\n"
            "Fenn Rako, a retired senior lecturer in hydrology at the university of Westbury (2 years)\n"
            "Mara Quillon, a partner in a law firm with long experience of environmental regulation (3 years)")
    assert names(p.attendees) & {"Fenn Rako", "Mara Quillon"} == set()


def test_witnesses_of_a_signing_are_attendees_not_speakers():
    p = run("The agreement was signed by Minister Ola Brisk and Ambassador Fenn Rako.\nWitnesses:\nIvo Tamsin, "
            "Permanent Secretary\nMara Quillon, Deputy Head of Mission")
    assert names(p.speakers) == set()
    assert names(p.attendees) >= {"Ivo Tamsin", "Mara Quillon"}


def test_a_bodys_head_after_apologies_carries_no_absence():
    p = run("Present:\nOla Brisk (Chair)\nFenn Rako\nApologies:\nIvo Tamsin\nNorland Parish Council:\nMara Quillon, "
            "Clerk\nDelo Varnis, Councillor")
    assert "Mara Quillon" not in names(p.mentions)


def test_audience_granted_to_many_envoys_is_no_counterpart():
    p = run("The King, who has granted audience to many foreign envoys since his accession, received Ambassador Fenn "
            "Rako on Monday.")
    assert names(p.attendees) == {"Fenn Rako"}


def test_a_presentation_from_a_company_makes_no_speaker():
    p = run("The Minister received a presentation on the project from Norland Water Company, the main contractor.")
    assert p.speakers == []


def test_an_office_before_professor_and_its_comma_is_the_title():
    p = run("The meeting was addressed by the Acting Director General of the Norland Health Service, Professor Ada "
            "Balorun, who said the divisions must integrate.")
    assert titles_of(p, "Ada Balorun") == ["Acting Director General of the Norland Health Service"]


def test_professor_before_a_name_with_no_office_before_stays_a_title():
    p = run("Professor Ada Balorun, an academician of the Norland Academy, gave a lecture.")
    assert titles_of(p, "Ada Balorun")[0] == "Professor"
