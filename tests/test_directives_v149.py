"""Parser 1.49.0 directive cues, on invented sentences (pure functions, no Prefect)."""
from readouts.transform.directives import directive_cue


def test_a_need_for_after_there_is_is_a_directive():
    assert directive_cue("The Speaker said there was a need for greater awareness of the assembly's work.") is not None


def test_the_need_for_a_thing_discussed_is_none():  # guard
    assert directive_cue("The report discussed the need for reform.") is None


def test_an_appeal_with_a_comma_before_its_to():
    assert directive_cue("The minister appealed to all ministries and state institutions, to use the funds well.") \
        is not None


def test_a_leaders_own_order_with_i_will():
    assert directive_cue("I will instruct our regional Health Ministry to prepare proposals in this field.") is not None


def test_a_procedural_ask_is_none():  # guard
    assert directive_cue("I will ask you to stand.") is None


def test_an_appeal_to_a_court_then_a_relative_clause_is_none():  # guard
    assert directive_cue("The court heard his appeal to the High Court, which agreed to hear the case in May.") is None


def test_i_will_direct_my_remarks_to_the_students_is_none():  # guard
    assert directive_cue("I will direct my remarks to the students of the university.") is None
