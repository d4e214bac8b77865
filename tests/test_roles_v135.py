"""Parser 1.35.0 role and name rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import everyone, names, run

# ---------------------------------------------------------------- names


def test_a_legislators_dotted_style_introduces_a_name_and_is_no_name():
    p = run("Sen. Mark Warner and Rep. Jim Banks attended the hearing. Sen. Warner said the bill was urgent.")
    assert "Jim Banks" in names(p.attendees)
    assert "Mark Warner" in names(p.speakers)
    assert not any(n.startswith(("Sen", "Rep")) for n in names(p.speakers + p.attendees + p.mentions + p.unplaced))


def test_a_style_after_an_office_word_is_no_one_word_name():
    p = run("Committee chairwoman Rep. Susan Cole opened the hearing and Gov. Gretchen Whitmer spoke.")
    everyone = names(p.speakers + p.attendees + p.mentions + p.unplaced)
    assert "Rep" not in everyone and "Gretchen Whitmer" in names(p.speakers)


def test_a_surname_sen_is_still_a_name():  # guard
    p = run("Prime Minister Hun Sen met Premier Li Qiang in Phnom Penh. Hun Sen said ties were strong.")
    assert "Hun Sen" in names(p.speakers)


def test_a_chinese_name_glued_without_its_space_is_a_name_as_written():
    p = run("President LIUJing-shi and Director GuTiejun attended the symposium.")
    assert sorted(names(p.attendees)) == ["GuTiejun", "LIUJing-shi"]


def test_a_glued_place_is_no_name():  # guard
    p = run("Mayor Wang Lin attended the ChengDu forum and visited HongKong companies.")
    assert names(p.attendees) == {"Wang Lin"}


# ---------------------------------------------------------------- chairs and speech


def test_a_while_clause_is_the_same_occasion():
    p = run("The meeting was hosted by professor Pang Zengyu while professor Anna Pardola and Director Gu Tiejun "
            "presented the annual report.")
    assert p.chairs == ["Pang Zengyu"]
    assert sorted(names(p.speakers)) == ["Anna Pardola", "Gu Tiejun"]
    assert names(p.mentions) == set()


# ---------------------------------------------------------------- minutes' rolls


def test_a_bulleted_roll_of_councillors_by_surname_alone():
    p = run("Minutes of the Ordinary Meeting of the County Council held on Monday.\nCOUNCILLORS PRESENT:\n"
            "- Councillor Baker,\n- Councillor O’Boyle,\n- Councillor Queenan and\n- Councillor Walsh.\n"
            "OFFICIALS IN ATTENDANCE:\n- Ciarán Hayes, Chief Executive")
    assert names(p.attendees) == {"Baker", "O’Boyle", "Queenan", "Walsh", "Ciarán Hayes"}


def test_roll_labels_inside_one_line_and_members_by_office_and_surname():
    text = ("Planning and Zoning Commission September 6, 1984 7:00 P.M. MEMBERS PRESENT: Chairman Hansen, Members "
            "Brochu, Martyn, Tongco and MacGilvray MEMBERS ABSENT: Member Stallings STAFF PRESENT: Director of "
            "Planning Mayo, Asst. Director of Planning Callaway, City Engineer Pullen and Planning Technician Volk. "
            "AGENDA ITEM 1: Approval of Minutes.")
    p = run(text, glued=True)
    assert names(p.attendees) == {"Hansen", "Brochu", "Martyn", "Tongco", "MacGilvray", "Mayo", "Callaway", "Pullen",
                                  "Volk"}
    assert "Stallings" not in everyone(p) - names(p.mentions)


def test_an_office_after_a_name_in_a_roll_is_no_surname():  # guard
    p = run("Others in attendance were: Joseph W. Gilliam, Clerk of Court, Karen Heaton, Deputy Clerk, Sam Ferguson, "
            "Director of Planning and Development, Ron McQueen.")
    assert names(p.attendees) == {"Joseph W. Gilliam", "Karen Heaton", "Sam Ferguson", "Ron McQueen"}


# ---------------------------------------------------------------- names (written on real-blind31)


def test_indian_and_hausa_styles_are_no_words_of_a_name():
    p = run("After the meeting, Chief Secretary Pradeep Kumar Jena, Smt Anu Garg and Smt. Shalini Pandit briefed "
            "about the approved agenda items. Kano State Governor, Alhaji Abba Kabir Yusuf, has presided over the "
            "Executive Council meeting.")
    assert {"Anu Garg", "Shalini Pandit"} <= names(p.speakers)
    assert p.chairs == ["Abba Kabir Yusuf"]


def test_a_surname_in_capitals_after_a_western_given_name():
    p = run("An extraordinary Cabinet Meeting chaired by His Excellency the President of the Republic, Paul KAGAME, "
            "convened in Village Urugwiro.")
    assert p.chairs == ["Paul KAGAME"]


def test_initials_without_periods_and_a_chief_ministers_abbreviation():
    p = run("BUDGAM: District Development Commissioner, Budgam, S F Hamid chaired the weekly District level review "
            "meeting.")
    assert p.chairs == ["S F Hamid"]
    p = run("The Odisha Cabinet, led by Chief Minister Naveen Patnaik, on Thursday approved eight proposals. The "
            "session was held today in Bhubaneswar under the Chairmanship of CM Patnaik.")
    assert p.chairs == ["Naveen Patnaik"]


def test_a_written_out_rank_inside_a_stack_of_styles():
    p = run("The meeting was held in the presence of H.H. Lt. General Sheikh Saif bin Zayed Al Nahyan, Deputy Prime "
            "Minister and Minister of the Interior.")
    assert names(p.attendees) == {"Saif bin Zayed Al Nahyan"}


# ---------------------------------------------------------------- presence (written on real-blind31)


def test_presented_at_an_event_is_presence_and_a_coordinated_speech_verb_shares_its_subjects():
    p = run("Ambassador Yang Youming of Chinese Embassy in Zambia, minister Wan Qingka of the Ministry of Education "
            "of Zambia, president Luke Evuta Mumba of the University of Zambia, etc, presented at the opening "
            "ceremony and delivered their speeches.")
    assert names(p.attendees) == names(p.speakers) == {"Yang Youming", "Wan Qingka", "Luke Evuta Mumba"}


def test_a_participle_after_a_fronted_adverb_opens_the_sentence():
    p = run("Recently, led by Zeng Chang’ai, the director of the Affiliated Hospital, 30 leaders paid a visit to the "
            "First Affiliated Hospital of GMU. The FAHGMU leaders Zhang Zixiang and Yan Guofang met this delegation.")
    assert "Zeng Chang’ai" not in names(p.mentions)


def test_presentations_in_minutes_are_speech():
    p = run("Water NSW: Mr David Hogan, Alex Fisher and Alice Jarret presented on the Wyangala Dam Wall Raising Project. "
            "Public forum included presentations from Karen Steadman and Murray Dawson.")
    assert names(p.speakers) == {"David Hogan", "Alex Fisher", "Alice Jarret", "Karen Steadman", "Murray Dawson"}


def test_an_office_of_a_portfolio_written_with_an_ampersand():
    p = run("The meeting was held on Saturday in the presence of Minister of Housing & Urban Affairs and Irrigation "
            "Ashok Singhal at the Bhotpara Stadium.")
    assert names(p.attendees) == {"Ashok Singhal"}


def test_a_peers_and_a_dames_style_before_a_full_name_is_no_word_of_it():
    p = run("President Museveni also received Lord Michael Bates, the United Kingdom Minister of State for Foreign "
            "Affairs. Dame Meg Taylor attended the meeting. Lord Ahmad said the talks went well.")
    # (1.49.0: the host "President Museveni" attends too, a one-word host with an office)
    assert names(p.attendees) == {"Museveni", "Michael Bates", "Meg Taylor"}
    assert names(p.speakers) == {"Lord Ahmad"}  # a peer by his title alone keeps it


def test_an_office_phrase_before_a_full_name_in_a_roll():
    p = run("Also in attendance were: City Manager Yvette Harrell, City Attorney Vincent Brown, and City Clerk "
            "Joanna Flores.")
    assert names(p.attendees) == {"Yvette Harrell", "Vincent Brown", "Joanna Flores"}


# ---------------------------------------------------------------- absences and directives (written on real-blind31)


def test_apologies_accepted_and_members_excused_are_absent():
    p = run("Those present were Commissioners Jim Deuel and Gordon Ball. Dallin Gambles and Corey Albertson were "
            "excused. Apologies were accepted from Mayor Tim Kempthorne.")
    assert names(p.attendees) == {"Jim Deuel", "Gordon Ball"}
    assert {"Dallin Gambles", "Corey Albertson", "Tim Kempthorne"} <= names(p.mentions)


def test_a_flattened_roll_of_council_styles_and_initials():
    text = ("MINUTES OF A SPECIAL COUNCIL MEETING HELD ON THURSDAY, 28 JANUARY 2021 IN THE COMMUNITY HALL PRESENT "
            "Alderman O Daniels Speaker Alderman M Koen Executive Mayor (Chairperson) Councillor S Scholtz Councillor "
            "C van Nooi Councillor J Kotzé OFFICIALS H Mettler Municipal Manager")
    p = run(text, glued=True)
    # (1.36.0) the officials' segment too (`initialled_roll`)
    assert names(p.attendees) == {"O Daniels", "M Koen", "S Scholtz", "C van Nooi", "J Kotzé", "H Mettler"}


def test_his_excellency_after_a_councillor_is_no_initials():  # guard
    p = run("State Councillor H.E. Shen Yiqin stated that it gave her great pleasure to attend.")
    assert names(p.speakers) == {"Shen Yiqin"}


def test_a_present_block_with_chair_vice_chair_and_members_labels():
    text = ("MINUTES\n\nPOLICE SERVICES BOARD\n\n22 MARCH 1999\n\nPRESENT\n\nChair: Councillor H. Kreling\n\n"
            "Vice Chair: Mr. G. Baskerville\n\nMembers: Mr. D. Adam, Ms. E. Buckingham, Councillor J. Legendre\n\n"
            "and Mr. J. McCombie\n\nRegrets: Regional Chair B. Chiarelli\n\n")
    p = run(text, glued=True)
    assert p.chairs == ["H. Kreling"]
    assert names(p.attendees) == {"H. Kreling", "G. Baskerville", "D. Adam", "E. Buckingham", "J. Legendre",
                                  "J. McCombie"}
    assert names(p.mentions) == {"B. Chiarelli"}


def test_a_chair_label_outside_a_present_block_is_no_presence():  # guard
    p = run("Speakers:\n\nZhou Ming, vice minister of transport\n\nModerator:\n\nHe Qiang, spokesperson of the ministry")
    assert p.chairs == ["He Qiang"] and "He Qiang" not in names(p.attendees)


def test_a_motions_line_proposed_by_a_member_of_the_roll():
    text = ("COUNCILLORS PRESENT:\n- Councillor Baker,\n- Councillor O’Grady.\nOFFICIALS IN ATTENDANCE:\n"
            "- Ciarán Hayes, Chief Executive\n1. MINUTES OF THE TOWN TWINNING COMMITTEE:\n"
            "Proposed by Councillor R. O’Grady\nSeconded by Councillor Baker\nAND AGREED")
    p = run(text)
    assert "R. O’Grady" in names(p.speakers) and "R. O’Grady" in names(p.attendees)
    assert "O’Grady" not in everyone(p)


def test_the_leader_of_an_inspection_who_affirmed_the_work_spoke():
    p = run("Vice governor Hu Qiang inspected the Hainan base of our academy. Hu Qiang, the deputy governor, fully "
            "affirmed the achievements made in the construction of our hospital base.")
    assert names(p.speakers) == {"Hu Qiang"}


def test_a_surname_in_capitals_before_a_hyphenated_given_name():
    p = run("Professor LIAO Zhong-xing, a world famous radiotherapy expert, visited our hospital and said the "
            "cooperation would grow.")
    assert names(p.speakers) == {"Liao Zhong-xing"}


def test_the_head_of_a_received_delegation_after_a_comma():
    p = run("President Mohamed Ghazouani received a delegation from Kenya, headed by Raila Adenga, former Prime "
            "Minister of Kenya.")
    assert "Raila Adenga" in names(p.attendees)
