"""Parser 1.22.0 role rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import names, run


def test_a_signer_who_spoke_is_a_speaker_only():
    # GUIDELINES 2.6: a speaker is listed again as an attendee only where a presence verb applies to them
    p = run("The agreement was signed by Mayor Karl Jensen and Vice Mayor Zhou Heping. Jensen said the two cities "
            "would open a trade office.")
    assert names(p.speakers) == {"Karl Jensen"} and names(p.attendees) == {"Zhou Heping"}
    assert {r["rule"] for r in p.attendees} == {"signatory"}


def test_a_signing_the_sentence_before_places_at_another_time_is_no_presence():
    p = run("On May 4, Governor Lan Ping met with Mayor Karl Jensen. One day earlier, the two provinces had "
            "established sister relations. Vice Governor Zhou Heping and Karl Jensen signed the agreement.")
    assert "Zhou Heping" not in names(p.attendees)
    p = run("On May 4, Governor Lan Ping met with Mayor Karl Jensen. At the meeting, the two provinces "
            "established sister relations. Vice Governor Zhou Heping and Karl Jensen signed the agreement.")
    assert "Zhou Heping" in names(p.attendees)
