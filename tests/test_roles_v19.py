"""Parser 1.9.0 role rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import names, run


def test_a_host_who_hosted_a_guest_is_no_chair_and_the_guest_attended():
    p = run("Prime Minister Tran Van Hoa hosted on May 3 Lu Ming, Secretary of the Guangxi Party Committee, in Hanoi. "
            "Lu Ming said ties matter.")
    assert p.chairs == []
    assert "Lu Ming" in names(p.attendees)


def test_hosting_a_meeting_is_still_chairing():
    p = run("Lu Ming hosted the executive meeting of the municipal government on Monday.")
    assert p.chairs == ["Lu Ming"]


def test_the_one_a_speaker_stands_for_is_a_mention_not_a_speaker():
    p = run("Entrusted by Wang Kai, Chairman of the Commission, Sun Li, Vice Chairman, delivered a keynote speech.")
    assert names(p.speakers) == {"Sun Li"}
    assert {m["name"]: m["rule"] for m in p.mentions}.get("Wang Kai") == "reference_of"


def test_on_behalf_of_a_minister_in_the_subject():
    p = run("At the meeting, Sun Li, on behalf of the ministry and Minister Wang Kai, expressed gratitude to the firms.")
    assert names(p.speakers) == {"Sun Li"}
    assert "Wang Kai" in names(p.mentions)


def test_the_important_speech_delivered_by_a_leader_is_referred_to():
    p = run("Lu Ming chaired the meeting. The group believes that the important speech delivered by General Secretary "
            "Xi Jinping at the plenary session has expounded the new tasks.")
    assert "Xi Jinping" not in names(p.speakers)
    assert {m["name"]: m["rule"] for m in p.mentions}.get("Xi Jinping") == "speech_elsewhere"


def test_statements_made_by_a_leader_inside_a_reported_clause_are_referred_to():
    p = run("In his speech, Sun Li said that the statements made by President Wang Kai on the new stage offer "
            "guidance.")
    assert names(p.speakers) == {"Sun Li"}
    assert "Wang Kai" in names(p.mentions)


def test_a_lower_case_given_name_in_a_list_is_a_name():
    from readouts.transform.names import find_names
    found = [(n.name, n.rule) for n in find_names("Yuan Jiajun, Zheng shanjie, and other leaders attended the meeting.")]
    assert found == [("Yuan Jiajun", "chinese"), ("Zheng shanjie", "odd_case")]
    assert [n.name for n in find_names("He shanghai, and more.")] == []  # a pronoun is no surname


def test_a_surname_in_capitals_after_the_given_name_needs_an_office_or_a_list():
    from readouts.transform.names import find_names
    text = "Vice-president Wei WANG and vice-president Jihong LIU received the guests."
    assert [n.name for n in find_names(text)] == ["Wei WANG", "Jihong LIU"]
    assert find_names("The office (Chongqing FAO) organized a meeting.") == []


def test_an_office_glued_to_the_name():
    from readouts.transform.names import find_names
    assert [(n.name, n.rule) for n in find_names("the spirit conveyed by General SecretaryXi Jinping at the conference")] \
        == [("Xi Jinping", "glued_title")]


def test_accompanying_a_leader_on_a_visit_is_presence():
    p = run("Sun Li met with the delegation. Vice Mayor Qin Bo accompanied them on their visit.")
    assert "Qin Bo" in names(p.attendees)


def test_a_body_named_by_level_and_kind_alone_is_no_speaker():
    p = run("Municipal Committee, party secretary Lu Ming made an important speech at the meeting.")
    assert names(p.speakers) == {"Lu Ming"}
    p = run("Representatives of the Hengshan Municipal Bureau of Finance reported on the budget.")
    assert names(p.speakers) == {"Hengshan Municipal Bureau of Finance"}


def test_an_initiative_proposed_by_a_leader_refers_to_the_leader():
    p = run("Lu Ming chaired the meeting. Lu Ming stated that the corridor is an initiative proposed by President "
            "Wang Kai in view of the future of all humanity.")
    assert {m["name"]: m["rule"] for m in p.mentions}.get("Wang Kai") == "reference_of"


def test_affirmed_and_indicated_are_speech_acts():
    p = run("Lu Ming met with Sun Li in Nanning. Sun, for his part, affirmed that ties matter. Lu Ming indicated that "
            "the two sides should deepen cooperation.")
    assert names(p.speakers) == {"Lu Ming", "Sun Li"}
