"""Parser 1.36.0 directive cues, on invented sentences (pure functions, no Prefect)."""
from readouts.transform.directives import directive_cue


def test_directed_with_a_clause_between_the_addressee_and_the_infinitive():
    assert directive_cue("The meeting also directed the party committees of the districts, where the polls were held, "
                         "to submit their review reports within a week.") == "instruct"


def test_impressed_upon_someone_to_act():
    assert directive_cue("The Governor impressed upon the banks to quickly implement the relief measures.") == "instruct"


def test_impressed_by_is_no_directive():  # guard
    assert directive_cue("The Governor was impressed by the progress of the banks in the region.") is None
