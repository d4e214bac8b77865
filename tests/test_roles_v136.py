"""Parser 1.36.0 role and name rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import everyone, names, rule_of, run, titles_of

# ---------------------------------------------------------------- names


def test_initials_without_periods_in_a_list_of_names():
    p = run("The review was also attended by Joint Secretaries R K Mehta, S Prakash Rao, Anil K Verma and "
            "P Lakshmi Devi.")
    assert names(p.attendees) == {"R K Mehta", "S Prakash Rao", "Anil K Verma", "P Lakshmi Devi"}


def test_south_asian_office_acronyms_introduce_a_name():
    p = run("Only Sudhir Kumar Jain of the Congress and DGP RK Pillai attended the meeting held at the secretariat. "
            "Earlier, MLA V Ramaswamy and IGP Harish attended the briefing.")
    assert {"RK Pillai", "V Ramaswamy", "Harish"} <= everyone(p)
    p = run("Health CS Wanjiku Mwangi and ADC Pranjit Deb attended the review meeting.")
    assert names(p.attendees) == {"Wanjiku Mwangi", "Pranjit Deb"}


def test_an_acronym_before_an_organisation_is_no_name():  # guard
    p = run("The MP Police and the MLA Hostel staff attended the drill with Inspector Ravi Menon.")
    assert everyone(p) == {"Ravi Menon"}


def test_a_malay_style_after_an_office_is_outside_the_name():
    p = run("The new members were briefed by Dewan Negara President Tan Sri Rais Yatim Hassan and Secretary "
            "Datuk Zamri Abdul Kadir yesterday.")
    assert names(p.speakers) == {"Rais Yatim Hassan", "Zamri Abdul Kadir"}


def test_the_clerk_of_a_house_is_an_office():
    p = run("The Deputy Clerk of the Assembly, Musa Danladi Idris, disclosed this during the inauguration.")
    assert names(p.speakers) == {"Musa Danladi Idris"}
    assert titles_of(p, "Musa Danladi Idris") == ["Deputy Clerk of the Assembly"]


# ---------------------------------------------------------------- speech


def test_a_roll_of_speakers_announced_by_its_verb():
    p = run("Minutes\n\nThe following persons commented on the proposed bus depot.\n\nKaren Whitlow, Ward 4 "
            "Residents\n\nBertram Osei\n\nLouisa Fenwick-Hart\n\nEnd of Public Comment")
    assert names(p.speakers) == {"Karen Whitlow", "Bertram Osei", "Louisa Fenwick-Hart"}
    assert rule_of(p.speakers, "Bertram Osei") == "role_label"
    assert names(p.attendees) == set()


def test_the_following_is_no_group():
    p = run("The following delegates spoke: Karen Whitlow, Bertram Osei and Louisa Fenwick-Hart.")
    assert names(p.speakers) == {"Karen Whitlow", "Bertram Osei", "Louisa Fenwick-Hart"}
    assert names(p.attendees) == set()


def test_briefed_by_is_speech():
    p = run("The newly elected councillors were briefed by Town Clerk Hamisi Mwangi Otieno on the standing orders.")
    assert names(p.speakers) == {"Hamisi Mwangi Otieno"}


def test_pledged_to_is_speech():
    p = run("In her acceptance speech, the new Speaker, Rt. Hon. Halima Sadiq Bello, pledged to run an open house.")
    assert names(p.speakers) == {"Halima Sadiq Bello"}


def test_words_to_the_press_at_the_meeting_are_speech():
    p = run("Talking to journalists after the meeting, party spokesperson Ram Bahadur Thapa said the draft would "
            "go to the central committee. Opposition leader Suresh Kumar Pillai told the media outside the House "
            "that the walkout was justified.")
    assert names(p.speakers) == {"Ram Bahadur Thapa", "Suresh Kumar Pillai"}


def test_words_to_the_press_on_another_day_stay_elsewhere():  # guard
    p = run("Talking to journalists on Friday, party spokesperson Ram Bahadur Thapa said the draft would go to the "
            "central committee.")
    assert names(p.speakers) == set()


# ---------------------------------------------------------------- chairs and visits


def test_delighted_to_host_the_conference_is_the_chair():
    p = run("Hon. Marama Ruatapu and Hon. Peter Lindqvist were delighted to host the annual Pacific Clerks "
            "Conference in Wellington.")
    assert sorted(p.chairs) == ["Marama Ruatapu", "Peter Lindqvist"]


def test_pleased_to_host_a_delegation_is_no_chair():  # guard
    p = run("Hon. Marama Ruatapu was pleased to host the delegation from Samoa in Wellington.")
    assert p.chairs == []


def test_called_on_a_person_to_discuss_is_a_courtesy_call():
    p = run("General Tomasz Wieczorek called on Chief of Army Staff General Farhan Qureshi to discuss defence "
            "cooperation.")
    assert names(p.attendees) == {"Tomasz Wieczorek", "Farhan Qureshi"}
    assert names(p.speakers) == set()


def test_called_on_a_person_to_act_is_an_appeal():  # guard
    p = run("Governor Li Ming called on President Zhang Wei to release the detained fishermen.")
    assert names(p.speakers) == {"Li Ming"}
    assert "Zhang Wei" not in names(p.attendees)


def test_presence_in_the_headline_makes_a_speaker_an_attendee():
    p = run("On December 3 the fellowship met in Qingdao. Chairman of the board Wang Lixin made a speech. "
            "Deputy mayor Xue Hongbo attended.", title="Chairman of Board Wang Lixin attended Qingdao Fellowship Meeting")
    assert names(p.speakers) == {"Wang Lixin"}
    assert names(p.attendees) == {"Wang Lixin", "Xue Hongbo"}
    assert rule_of(p.attendees, "Wang Lixin") == "headline_attend"


def test_presence_in_another_clause_of_the_headline_is_not_theirs():  # guard
    p = run("Premier Li Ming met overseas delegates in Beijing. Li said China would open wider.",
            title="Li Ming Meets Overseas Delegates Attending Annual Development Forum")
    assert names(p.speakers) == {"Li Ming"}
    assert "Li Ming" not in names(p.attendees)


def test_remained_seated_is_presence():
    p = run("The opposition members walked out, except lone BJP MLA K Surendran who remained seated throughout the "
            "Governor's address.")
    assert "K Surendran" in names(p.attendees)


def test_a_board_member_by_surname_and_a_comptroller():
    p = run("Board member Kowalczyk proposed moving the item. Comptroller Adaeze Okonkwo urged members to act.")
    assert names(p.speakers) == {"Kowalczyk", "Adaeze Okonkwo"}


# ---------------------------------------------------------------- minutes' rolls


def test_a_flattened_roll_of_initialled_names_between_offices():
    p = run("MINUTES OF THE ORDINARY COUNCIL MEETING HELD ON 4 MAY 2022 IN THE CIVIC HALL PRESENT Councillor "
            "B Naidoo Executive Mayor (Chairperson) Councillor KT Molefe Alderman P van der Merwe OFFICIALS "
            "J Pretorius Municipal Manager N Dlamini Director: Finance R du Toit Director: Community Services "
            "INDEX ITEM NR SUBJECT PAGE OPENING 4")
    assert names(p.attendees) >= {"B Naidoo", "KT Molefe", "J Pretorius", "N Dlamini", "R du Toit"}
    assert p.chairs == ["B Naidoo"]
    assert rule_of(p.attendees, "N Dlamini") == "initialled_roll"


def test_initialled_names_under_apologies_or_another_heading_are_not_present():  # guard
    p = run("MINUTES OF THE ORDINARY COUNCIL MEETING HELD ON 4 MAY 2022 APOLOGIES Councillor B Naidoo Councillor "
            "KT Molefe Alderman P Botha INDEX ITEM NR SUBJECT PAGE R1 OPENING J Pretorius N Dlamini R du Toit")
    assert not {"B Naidoo", "KT Molefe", "J Pretorius", "N Dlamini"} & names(p.attendees)


# ---------------------------------------------------------------- more speech and names


def test_an_undotted_middle_initial_and_its_dotted_form_are_one_person():  # guard
    p = run("Present were Chairman Harold Q. Benning and Marcia L. Teague. The motion was seconded by Harold Q "
            "Benning. Mr. Benning noted that the permit process needed review.")
    assert names(p.speakers) == {"Harold Q. Benning"}
    assert "Harold Q Benning" not in everyone(p)


def test_glad_that_and_elucidated_are_speech():
    p = run("Professor Martin K Ostrowski was glad that both universities will work closely together. "
            "Dr. Lucia Ferreira-Nunes elucidated the impact of weed management on yields.")
    assert names(p.speakers) == {"Martin K Ostrowski", "Lucia Ferreira-Nunes"}


def test_a_report_by_someone_among_the_items_presented_is_speech():
    p = run("During the meeting, various items were presented to the Board, including a comprehensive report by "
            "Secretary-General Tawfiq Al-Mansouri.")
    assert names(p.speakers) == {"Tawfiq Al-Mansouri"}


# ---------------------------------------------------------------- titles


def test_a_lower_case_spokesperson_or_member_office_before_a_name():
    p = run("Talking to journalists after the meeting, party spokesperson Ram Bahadur Thapa said the draft was ready. "
            "Board member Kowalczyk proposed moving the item.")
    assert titles_of(p, "Ram Bahadur Thapa") == ["party spokesperson"]
    assert titles_of(p, "Kowalczyk") == ["Board member"]


def test_a_style_of_address_is_no_title():
    p = run("The forum opened in the presence of Her Royal Highness Princess Sirivannavari Nariratana, who delivered "
            "the opening remarks.")
    assert titles_of(p, "Sirivannavari Nariratana") == ["Princess"]


def test_a_purpose_or_a_company_after_an_office_is_no_part_of_it():
    p = run("President Akwasi Mensah was briefed by H.E. Omar Alieu Touray, President of the ECOWAS Commission to "
            "update him on activities of the Commission.")
    assert titles_of(p, "Omar Alieu Touray") == ["President of the ECOWAS Commission"]


def test_the_meetings_own_past_day_is_no_other_occasion():
    p = run("During last Thursday’s full council meeting, acting chamber secretary Tendai Mufaro expressed "
            "frustration over the delays.")
    assert names(p.speakers) == {"Tendai Mufaro"}


def test_another_past_day_is_still_another_occasion():  # guard
    p = run("Last Thursday, acting chamber secretary Tendai Mufaro expressed frustration over the delays.")
    assert names(p.speakers) == set()


def test_envoys_presenting_letters_of_credence_were_there():
    p = run("The Ambassador of Chile to Ghana, Rodrigo Alvarez Vidal and the Indian High Commissioner to Ghana, "
            "Manish Gupta also presented their letters of credence to the President.")
    assert names(p.attendees) == {"Rodrigo Alvarez Vidal", "Manish Gupta"}
    assert names(p.mentions) == set()


def test_a_chair_in_a_relative_clause_before_the_main_verb():
    p = run("The meeting which was chaired by Deputy Governor Prof Kamau Wanjiru saw departments present their "
            "project status.")
    assert p.chairs == ["Kamau Wanjiru"]
    assert names(p.mentions) == set()


def test_a_host_represented_by_a_deputy_is_no_counterpart():  # guard
    p = run("The Ambassador paid a courtesy visit to the Executive Governor of Taraba State Darius Dickson Ishaku "
            "represented by the Deputy Governor Haruna Manu at his office in Jalingo.")
    assert "Darius Dickson Ishaku" not in names(p.attendees)


def test_a_groups_phrase_ends_before_a_relative_clause_a_day_or_an_adverb():
    p = run("Apart from Li Wei, the officers who also took part in the virtual meeting were pleased. The meeting was "
            "attended by the Heads of five international economic organisations at the OECD on Monday 29th October.")
    groups = {r["name"] for r in p.attendees if r["kind"] == "group"}
    assert "the Heads of five international economic organisations at the OECD" in groups
    assert not any(g.endswith(("October", "actually", "who also")) for g in groups)


def test_the_counterpart_in_a_fronted_meeting_phrase_is_no_subject():
    p = run("Speaking in a meeting with Chinese Foreign Minister Wang Yi in Hanoi on Monday, Prime Minister Nguyen "
            "Van Hai asked the two countries to realize their agreements. Minister Wang Yi affirmed the cooperation.")
    assert names(p.speakers) == {"Nguyen Van Hai", "Wang Yi"}
    assert rule_of(p.speakers, "Wang Yi") == "finite_speech"
    assert "Wang Yi" in names(p.attendees)


def test_a_meeting_opened_by_or_a_text_read_by_someone_is_their_speech():
    p = run("The meeting was opened by Academician Giorgi Aleksidze. The Governor's declaration was read by the "
            "Assembly Secretary Govindan Krishnamoorthy in all three languages.")
    assert names(p.speakers) == {"Giorgi Aleksidze", "Govindan Krishnamoorthy"}


def test_an_exhibition_opened_by_someone_is_no_speech():  # guard
    p = run("The exhibition was opened by Minister Giorgi Aleksidze.")
    assert names(p.speakers) == set()


def test_followed_by_after_a_speech_shares_it():
    p = run("Sen. Dr. Jennifer Kernahan was first to contribute, followed by Sen. Prof. Ramesh Deosaran and Sen. Dr. "
            "Amina Gopaul-Baptiste.")
    assert names(p.speakers) == {"Jennifer Kernahan", "Ramesh Deosaran", "Amina Gopaul-Baptiste"}
    assert rule_of(p.speakers, "Ramesh Deosaran") == "followed_by"


def test_the_one_introduced_was_there():
    p = run("After the dinner, Dr. Wang Chi introduced Mayor Liu Xinan and the delegation to the council.")
    assert "Liu Xinan" in names(p.attendees)


def test_the_delegates_were_a_list():
    p = run("The delegates were Mr. Bing Yuan, director of the Center for International Cooperation; Mr. Hanxiang "
            "Zhang, director of the population research centre; and Ms. Zixuan Liu.")
    assert names(p.attendees) == {"Bing Yuan", "Hanxiang Zhang", "Zixuan Liu"}


def test_delegates_who_answered_questions_spoke():  # guard
    p = run("Delegates including Zhang Dejiang, Huang Qifan and Ma Zhengqi answered the questions about the economy.")
    assert names(p.speakers) == {"Zhang Dejiang", "Huang Qifan", "Ma Zhengqi"}


def test_a_trailing_professor_or_all_is_no_part_of_an_office():
    p = run("University of Botswana Vice Chancellor Professor Thabo Norris said the partnership would grow. Head of "
            "Finance of OBU all Leslie Hendry was also present.")
    assert titles_of(p, "Thabo Norris") == ["University of Botswana Vice Chancellor"]


# ---------------------------------------------------------------- absences


def test_apologies_without_a_possessive_and_a_single_apology_are_absences():
    p = run("Cllr I Wroth & Cllr H Wroth sent apologies. That the apology received from Cr Babe Kapa be accepted.")
    assert names(p.mentions) == {"I Wroth", "H Wroth", "Babe Kapa"}
    assert names(p.attendees) == set()


def test_unable_to_attend_is_an_absence():
    p = run("Former President Albert Rene sent his best wishes to the forum, as he was unable to attend the meeting.")
    assert names(p.mentions) == {"Albert Rene"}


def test_a_byline_name_with_a_middle_initial_and_an_office():
    p = run("The governor met the information officers.\nBy: Camille R. Bumatay, PIO | Photos By: Shaira Guerrero, PIO "
            "| Date: August 26, 2022")
    assert {"Camille R. Bumatay", "Shaira Guerrero"} <= names(p.mentions)
    assert rule_of(p.mentions, "Camille R. Bumatay") == "byline"
