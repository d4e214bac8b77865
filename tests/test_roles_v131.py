"""Parser 1.31.0 role and name rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import everyone, names, run

# ---------------------------------------------------------------- `office_name`


def test_a_pair_no_dictionary_has_right_after_an_office_is_its_holder():
    p = run("\u201cThe talks went well,\u201d Minister of Trade/Head of the National Investment Board (NIB) Tamrin "
            "Kusnadi said after the meeting.")
    assert "Tamrin Kusnadi" in names(p.speakers)
    p = run("The session was closed by the Speaker of Parliament, The Honourable Vilimone Tuilagi. The Minister thanked "
            "him.")
    assert "Vilimone Tuilagi" in everyone(p)


def test_an_office_name_is_no_place_body_or_possessive():
    # a place the text also writes after "to"; a body written with a possessive; a company after its kind
    p = run("The session was closed by the Speaker of Parliament, The Honourable Ouaga Dougou. The Speaker flew to "
            "Ouaga Dougou later.")
    assert "Ouaga Dougou" not in everyone(p)
    p = run("The Deputy Chair of the Kadir Femwo\u2019s Federation attended the meeting.")
    assert not any("Femwo" in n for n in everyone(p))
    p = run("Catherine Moreau, Chief Executive Officer of French cosmetics group Lumiere Beaute, said her company "
            "plans to open a store.")
    assert "Lumiere Beaute" not in names(p.speakers)


# ---------------------------------------------------------------- `perfect_tense` at the meeting

def test_a_perfect_placed_at_the_meeting_reports_it():
    p = run("At the meeting, leaders of private enterprises such as Yan Weibin, Xiao Yongmin and Dai Jianqing have made "
            "the statements and put forward suggestions.")
    assert {"Yan Weibin", "Xiao Yongmin", "Dai Jianqing"} <= names(p.speakers)


def test_a_perfect_without_the_meeting_stays_an_earlier_statement():
    p = run("Governor Li Ming chaired the meeting. General Secretary Xi Jinping has stressed that reform must go on.")
    assert "Xi Jinping" not in names(p.speakers)


# ---------------------------------------------------------------- `syntax_presence`: "with participation of"

def test_a_meeting_held_with_participation_of_people_has_them_present():
    p = run("On February 26, a meeting of the government delegations was held with participation of the Prime Minister "
            "of Uzbekistan Abdulla Aripov and the Prime Minister of Kazakhstan Askar Mamin.")
    assert {"Abdulla Aripov", "Askar Mamin"} <= names(p.attendees)


def test_the_participation_of_someone_in_another_event_is_no_presence():
    p = run("Governor Usman Buzdar met the delegation. Usman Buzdar said the participation of Prime Minister Imran Khan "
            "in the second Belt and Road Forum in China had yielded positive results.")
    assert "Imran Khan" not in names(p.attendees)


# ---------------------------------------------------------------- `role_label` announced by a sentence, `roll_lead_name`

def test_a_sentence_announcing_the_members_of_a_mission_labels_the_roll_below_it():
    p = run("The statistical mission from China visited Japan from February 6 to 11, 2012.\n"
            "The members of the 28th mission were as follows:\n"
            "Mr. Xian Zude     Chief Statistician, NBS\n"
            "Ms. Guan Bing     Director, General Affairs Division")
    assert {"Xian Zude", "Guan Bing"} <= names(p.attendees)


def test_bulleted_members_of_a_delegation_under_an_announcing_sentence_attend():
    p = run("President Ana Ruiz welcomed a delegation of Congress members.\n"
            "Accompanying Representative Jason Smith are the following members of the delegation:\n"
            "- Claudia Tenney (New York), Ways and Means Committee.\n"
            "- Mark Alford (Missouri), Armed Services Committee.")
    assert {"Claudia Tenney", "Mark Alford"} <= names(p.attendees)


def test_a_line_under_a_roll_label_that_opens_with_no_name_adds_nobody():
    p = run("Present:\nNina Ross, Bo Lind\nCOVID-19 Update (Level 2), Ministry notes")
    assert names(p.attendees) == {"Nina Ross", "Bo Lind"}


# ---------------------------------------------------------------- `office_name_words`

def test_a_name_after_an_office_chain_takes_its_words_no_dictionary_has():
    p = run("The special guests included the First Deputy Speaker of the National Assembly of Angola Joao Manuel "
            "Goncalves Lourenco and the Speaker of the Legislature.")
    assert "Joao Manuel Goncalves Lourenco" in everyone(p)
    p = run("The King received Deputy Prime Minister of Qatar and Minister of State for Defence Affairs Khalid Bin "
            "Mohammed Al Attiyah at the Palace.")
    assert "Khalid Bin Mohammed Al Attiyah" in names(p.attendees)


def test_the_place_after_of_or_in_stays_out_of_the_name():
    p = run("The Consul General of Poland in Chengdu Anna Wisniewska attended the meeting. The Governor of Vayots Dzor "
            "Ararat Grigoryan attended too.")
    assert {"Anna Wisniewska", "Ararat Grigoryan"} <= names(p.attendees)


# ---------------------------------------------------------------- `initialled_name`

def test_names_written_with_initials():
    p = run("Present in the meeting were PPDO Coordinator Wilar C. De Los Santos and Board Member Sony Besa.")
    assert "Wilar C. De Los Santos" in everyone(p)
    p = run("The document was signed by Minister of Finance HE Abdul Maal A. Muhith. The team led by Dr. A. R. K Pillai "
            "included Dr. Narayan B.Iyer.")
    assert {"Abdul Maal A. Muhith", "A. R. K Pillai", "Narayan B.Iyer"} <= everyone(p)


def test_initials_after_a_place_or_an_office_are_no_longer_name():
    p = run("Ambassador of Sri Lanka to the Sultanate of Oman O. L. Ameer Ajwad paid a courtesy call on the Minister.")
    assert not any(n.startswith("Oman") for n in everyone(p))
    p = run("Pro-rectors A. Eltsov and I. Idilova met the delegation.")
    assert not any("rector" in n for n in everyone(p))


# ---------------------------------------------------------------- "took the Chair"

def test_who_took_the_chair_chaired():
    p = run("(Mr Iwinski, the doyen of the Assembly, took the Chair at 11.35 a.m.) The President declared the session "
            "open.")
    assert p.chairs == ["Iwinski"]


def test_taking_part_is_no_chair():
    p = run("Governor Li Ming took part in the meeting.")
    assert p.chairs == []


# ---------------------------------------------------------------- a briefing received from X; "recounted"

def test_a_briefing_received_from_someone_is_their_speech():
    p = run("The Heads of Mission also received a briefing on the ICJ process from Mr Carl Greenidge, Agent and "
            "Advisor to Minister on Borders.")
    assert "Carl Greenidge" in names(p.speakers)
    p = run("Welcoming the participants, CCOIC Secretary General Yu Jianlong recounted the progress attained.")
    assert "Yu Jianlong" in names(p.speakers)


def test_a_letter_received_from_someone_is_no_speech():
    p = run("The council received a letter from President Li Ming on the project.")
    assert "Li Ming" not in names(p.speakers)


# ---------------------------------------------------------------- "Aide", "Adviser", "Leader of"

def test_an_aide_or_a_leader_of_a_body_before_a_name():
    p = run("Attending the talks on the Russian side were Foreign Minister Sergei Lavrov and Presidential Aide Yury "
            "Ushakov.")
    assert {"Sergei Lavrov", "Yury Ushakov"} <= names(p.attendees)
    p = run("The Ambassador paid a courtesy call on the Leader of Opposition Matthew Wale at the National Parliament.")
    assert "Matthew Wale" in everyone(p)
