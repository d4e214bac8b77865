"""Parser 1.46.0 directive cues, on invented sentences (pure functions, no Prefect)."""
from readouts.transform.directives import directive_cue


def test_charged_tasked_and_reminded_someone_to_act():
    assert directive_cue("Mr Kofi Mensah has charged District Assembly Members to deepen their knowledge of local "
                         "governance.") == "instruct"
    assert directive_cue("The chief executive in his address tasked the assembly members to be good servants of their "
                         "communities.") == "instruct"
    assert directive_cue("Nene Tetteh reminded them to meet regularly with the residents.") == "instruct"
    assert directive_cue("At the meeting, the ministry was tasked with preparing information on the candidacy.") == \
        "instruct"


def test_tasks_and_charged_as_nouns_or_adjectives_are_no_directive():  # guard
    assert directive_cue("The teaching tasks assigned to each department to complete this term were listed.") is None
    assert directive_cue("The charged lawmakers were expecting the President to address their concerns.") is None


def test_agreed_on_the_need_for_an_act():
    assert directive_cue("They agreed on the need for an immediate halt of all violence against civilians.") == \
        "stress the need"


def test_a_call_on_a_visiting_leader_or_by_a_visitor_is_a_visit():
    assert directive_cue("Minister Anita Rao also called on the visiting Prime Minister today.") is None
    assert directive_cue("Prime Minister Dasho Tobgay was called on by the Ambassador of China, Mr. Le Wei, this "
                         "morning.") is None
    assert directive_cue("Minister Rajan Singh on Monday called on Prime Minister Sitiveni Lal and held discussions "
                         "to take forward bilateral ties.") is None


def test_a_call_on_someone_to_act_is_still_a_directive():  # guard
    assert directive_cue("He called on the Governor to release the funds before the rains.") == "call for"


def test_importance_and_necessity_after_expressed_mentioned_or_a_day():
    assert directive_cue("President Rosa Marin underscored on Monday the importance of dialogue between the "
                         "countries.") == "stress the importance"
    assert directive_cue("He expressed the necessity to reinforce the bilateral collaboration.") == "stress the need"
    assert directive_cue("Lastly, the Foreign Secretary mentioned the importance of continuing to work together.") == \
        "stress the importance"


def test_expressed_thanks_is_no_directive():  # guard
    assert directive_cue("He expressed his thanks for the support of the province.") is None
