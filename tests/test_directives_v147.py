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
