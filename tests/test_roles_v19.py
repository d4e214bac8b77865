"""Parser 1.9.0 role rules, on invented sentences (pure functions, no Prefect)."""
from readouts.transform.parties import find_parties
from readouts.transform.sentences import split_sentences


def run(text, title=None):
    return find_parties(text, split_sentences(text), title, learned=False)


def names(rows):
    return {r["name"] for r in rows}


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
