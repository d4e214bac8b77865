"""Parser 1.47.0 directive cues, on invented sentences (pure functions, no Prefect)."""
from readouts.transform.directives import directive_cue


def test_the_day_s_programme_is_no_commitment():
    assert directive_cue("The President will later this afternoon present the agriculture vision at a roundtable.") \
        is None
    assert directive_cue("Mitchell will also outline the efforts being made to widen diaspora participation.") is None
    assert directive_cue("The Premier will sign the agreement with the visiting governor tomorrow.") is None


def test_a_body_that_will_address_a_problem_commits_itself():  # guard
    assert directive_cue("Through the council, County and National Governments will address agricultural challenges.") \
        is not None
    assert directive_cue("The Ministry of Health will strengthen the supervision of hospitals.") is not None


def test_challenged_and_appealed_to_someone_to_act():
    assert directive_cue("Magyezi challenged leaders to ensure that government programmes reach the villages.") == \
        "instruct"
    assert directive_cue("He appealed to the residents to keep the city clean.") == "urge"
    assert directive_cue("I want to appeal to all of you to guide the workers under your supervision.") == "urge"


def test_an_appeal_as_a_noun_or_a_challenge_suffered_is_no_directive():  # guard
    assert directive_cue("The appeal to the court to review the case failed.") is None
    assert directive_cue("She thanked Lithuania for its advocacy and appeals to partners to send aid.") is None
    assert directive_cue("The team was challenged by the weather to finish on time.") is None
