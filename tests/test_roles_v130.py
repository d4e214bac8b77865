"""Parser 1.30.0 role and name rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import names, rule_of, run, titles_of

from readouts.transform import names as N
from readouts.transform import titles as T
from readouts.transform.sentences import split_sentences

# ---------------------------------------------------------------- `named_office_reference`

def test_an_office_named_with_its_body_refers_to_its_holder():
    p = run("Acting Borough Manager, Helen Carter, attended the meeting. The Borough Manager said that the members "
            "should meet in the evening.")
    assert "Helen Carter" in names(p.speakers)


def test_an_acronym_before_the_office_refers_to_the_holder_of_that_body():
    p = run("Northfield City Corporation (NCC) Mayor Tom Ridley chaired the meeting. The NCC Mayor also instructed the "
            "councillors not to travel abroad.")
    assert "Tom Ridley" in names(p.speakers)
    assert titles_of(p, "Tom Ridley") == ["Northfield City Corporation (NCC) Mayor"]


def test_an_office_of_another_body_refers_to_nobody():
    p = run("Borough Manager Helen Carter attended the meeting. The County Manager said that the members should meet.")
    assert "Helen Carter" not in names(p.speakers)


def test_the_general_secretary_is_not_read_as_an_office_named_with_its_body():
    p = run("The meeting studied the instructions of General Secretary Li Mingde. The General Secretary visited the "
            "province. During the visit, he put forward guidance.")
    assert "Li Mingde" not in names(p.speakers)


# ---------------------------------------------------------------- `active_speech_verbs`

def test_verbs_of_speech_in_the_active_voice():
    p = run("Harbour Mayor Jacob Tembo echoed the concerns of the secretary. Dock Mayor Peter Ndlovu on Monday directed "
            "the councillors to hold a meeting. Port Mayor Anna Moyo informed the council that the budget is ready.")
    assert names(p.speakers) == {"Jacob Tembo", "Peter Ndlovu", "Anna Moyo"}


def test_the_same_verbs_in_the_passive_are_no_speech():
    p = run("Harbour Mayor Jacob Tembo was informed by the secretary that the budget is ready. The works were ordered "
            "by Dock Mayor Peter Ndlovu.")
    assert "Jacob Tembo" not in names(p.speakers)


# ---------------------------------------------------------------- `speech_noun_from`

def test_opening_remarks_from_a_person_are_speech():
    p = run("The session began with opening remarks from Mayor Jacob Tembo, who welcomed participants. The meeting "
            "commenced with a prayer followed by the welcome address by the Mayor of Harbour Town, Mr. Peter Ndlovu.")
    assert {"Jacob Tembo", "Peter Ndlovu"} <= names(p.speakers)


def test_a_message_from_a_leader_is_no_speech():
    p = run("Mayor Jacob Tembo chaired the meeting. The meeting began with a message from President Peter Ndlovu.")
    assert "Peter Ndlovu" not in names(p.speakers)


def test_a_speech_followed_as_guidance_stays_studied():
    p = run("Mayor Jacob Tembo chaired the meeting, which followed the spirit of the important speech by President "
            "Peter Ndlovu.")
    assert "Peter Ndlovu" not in names(p.speakers)


# ---------------------------------------------------------------- names

def test_the_style_hon_before_a_name_and_before_an_office():
    spans = N.find_names("The session began with opening remarks from Hon. Nana Appiagyei Frank, who welcomed "
                         "participants. It closed with remarks from the Hon. Presiding Member and the Hon. Ministers of "
                         "Finance.", T.is_title)
    assert [sp.name for sp in spans] == ["Nana Appiagyei Frank"]


def test_an_abbreviated_given_name_is_part_of_the_name_and_ends_no_sentence():
    text = "The meeting was attended by senior officials including Md. Selim Reza, Chief Executive Officer of DNCC."
    assert len(split_sentences(text)) == 1
    assert [sp.name for sp in N.find_names(text, T.is_title)] == ["Md. Selim Reza"]
    p = run(text)
    assert "Md. Selim Reza" in names(p.attendees)


def test_a_lower_case_particle_inside_a_name():
    spans = N.find_names("Key speakers included Mr. Raheem ul Haque from CPPG.", T.is_title)
    assert [sp.name for sp in spans] == ["Raheem ul Haque"]


def test_a_capitalised_pair_before_a_speech_verb_is_a_person():
    p = run("Cllr Mary Byrne asked about costs. Fianna Fail\u2019s Conor Keelan asked if the meetings could be held in "
            "the chamber.")
    assert "Conor Keelan" in names(p.speakers)


def test_a_place_written_after_in_is_no_person_before_a_speech_verb():
    p = run("The minister arrived in Sierra Leone on Monday. Sierra Leone stressed its support for the plan.")
    assert not [r for r in p.speakers + p.unplaced if r["name"] == "Sierra Leone" and r.get("kind") == "person"]


# ---------------------------------------------------------------- lists

def test_each_part_of_a_semicolon_list_may_list_several_people():
    p = run("Key speakers included Dr. Omar Haddad and Dr. Lina Saleh from SDSB; Dr. Karim Aziz, Ms. Sara Nasser and "
            "Mr. Raheem ul Haque from CPPG; Mr. Adil Rana from TabadLab, Dr. Hina Tariq from the University of Lahore "
            "and Ms. Zara Malik from WWF.")
    assert names(p.speakers) == {"Omar Haddad", "Lina Saleh", "Karim Aziz", "Sara Nasser", "Raheem ul Haque",
                                 "Adil Rana", "Hina Tariq", "Zara Malik"}


def test_a_person_listed_among_officials_of_a_body_shares_their_role():
    p = run("The corporation meeting was attended by all the councilors and senior officials of DNCC including Selim "
            "Reza, Chief Executive Officer of DNCC.")
    assert "Selim Reza" in names(p.attendees)


# ---------------------------------------------------------------- hosts and signers

def test_a_host_who_did_not_speak_attended():
    p = run("Foreign Secretary Jose Antonio Meade held a meeting today with Guatemalan Foreign Minister Luis Fernando "
            "Carrera Castro. The foreign ministers agreed on the need for dialogue.")
    assert {"Jose Antonio Meade", "Luis Fernando Carrera Castro"} <= names(p.attendees)
    assert rule_of(p.attendees, "Jose Antonio Meade") == "meeting_host"


def test_a_host_who_spoke_is_a_speaker_only():
    p = run("Governor Zhang Wenhua met with Ambassador Peter Ndlovu. Zhang Wenhua said the province values trade.")
    assert "Zhang Wenhua" in names(p.speakers) and "Zhang Wenhua" not in names(p.attendees)


def test_a_host_of_another_time_is_no_attendee():
    p = run("Governor Zhang Wenhua chaired the meeting. In March 2019, Liu Jianguo met with Peter Ndlovu in Accra.")
    assert "Liu Jianguo" not in names(p.attendees)


def test_a_signer_who_spoke_attended_too():
    p = run("Planning Minister Paulo Silva and Bank President Luis Moreno today signed a memorandum of understanding. "
            "\u201cThis is an excellent opportunity,\u201d said Moreno.")
    assert "Luis Moreno" in names(p.speakers) and "Luis Moreno" in names(p.attendees)
    assert rule_of(p.attendees, "Luis Moreno") == "signatory"


# ---------------------------------------------------------------- `group_member_no_reference`

def test_people_a_group_is_made_of_are_no_reference():
    p = run("Mayor Jacob Tembo chaired the ceremony. Two representatives from Jinan, Zhang Wenhua and Liu Jianguo, "
            "handed over the gift at the official ceremony.")
    assert not {"Zhang Wenhua", "Liu Jianguo"} & names(p.mentions)


def test_the_instructions_of_a_leader_stay_a_reference():
    p = run("Mayor Jacob Tembo chaired the meeting, which studied the instructions of President Peter Ndlovu.")
    assert "Peter Ndlovu" in names(p.mentions)


def test_a_delegation_that_consisted_of_people_as_the_main_verb():
    p = run("President Li Mingde held talks with President Peter Ndlovu. The visiting delegation consisted of State "
            "Secretary of the Foreign Office Hans Keller and Ambassador Anna Berg.")
    assert rule_of(p.attendees, "Hans Keller") == "syntax_delegation"
    assert rule_of(p.attendees, "Anna Berg") == "syntax_delegation"


def test_a_host_of_a_meeting_set_in_a_when_clause_is_no_attendee():
    p = run("Mayor Jacob Tembo chaired the meeting. Recently, when President Li Mingde met with Mr. Peter Ndlovu, "
            "the two agreed to expand trade.")
    assert "Li Mingde" not in names(p.attendees)
