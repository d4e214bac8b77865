"""Parser 1.48.0 directive cues, on invented sentences (pure functions, no Prefect)."""
from readouts.transform.directives import directive_cue


def test_an_office_taken_a_gathering_or_a_visit_going_on_is_no_commitment():
    assert directive_cue("During the Premier's absence, Minister Joan Batiste will serve as Acting Premier.") is None
    assert directive_cue("After the bilateral meetings, the Foreign Ministers will gather in a tripartite format.") is None
    assert directive_cue("Next year Peru, Chile and Cuba will assume the presidency of the community.") is None
    assert directive_cue("Lopez will continue his visit through Europe, passing through France on Monday.") is None
    assert directive_cue("And the friendship between Australians and New Zealanders will continue.") is None


def test_a_body_that_will_continue_to_act_commits_itself():  # guard
    assert directive_cue("The province will continue to promote the reform of state enterprises.") == "will"


def test_we_will_also_have_is_no_commitment():
    assert directive_cue("\u201cWe will also have sessions on economic development,\u201d she said.") is None


def test_our_governments_will_commits_them():
    assert directive_cue("\u201cOur governments will continue to work together to build pipelines,\u201d said Ford.") == \
        "will"


def test_our_nations_inside_a_subject_commit_nobody():  # guard
    assert directive_cue("The friendship between our nations will continue to play a great role.") is None


def test_reinforce_the_need_to_act():
    assert directive_cue("He reiterated the position of the Government to reinforce the need to build durable "
                         "solutions.") == "stress the need"


def test_the_importance_of_a_thing_is_no_directive():
    assert directive_cue("The Vice Chancellor highlighted the importance of the agreement to both institutions.") is None
    assert directive_cue("He stressed the importance of bilateral relations between Rwanda and Germany.") is None
    assert directive_cue("They stressed the importance of the trilateral meeting of the Foreign Ministers.") is None


def test_the_importance_of_an_act_is_a_directive():  # guard
    assert directive_cue("He stressed the importance of thoroughly implementing the plan.") == "stress the importance"
    assert directive_cue("He highlighted the importance of meeting the annual targets.") == "stress the importance"
    assert directive_cue("She noted the importance of Egypt communicating with the leaders.") == "stress the importance"
    assert directive_cue("He stressed the importance of epidemic prevention and control.") == "stress the importance"


def test_a_link_line_in_title_case_is_no_directive():
    from readouts.transform.directives import find_directives
    from readouts.transform.sentences import split_sentences
    text = ("The minister met the delegation. He urged the agencies to act quickly.\nMust Read\n"
            "\u2022 All Member States Must Resolve The Crew Change Crisis\nMore news")
    rows = find_directives(text, split_sentences(text), None)
    assert [r["text"] for r in rows] == ["He urged the agencies to act quickly."]


def test_a_quoted_let_s_and_a_task_on_an_act_are_calls():
    assert directive_cue("\u201cLet\u2019s put aside our political affiliation and prioritise development,\u201d he "
                         "said.") == "urge"
    assert directive_cue("Adamu tasked the governing councils on setting policies and defining directions.") == \
        "instruct"
    assert directive_cue("The Head of State invited members of the government to remain humble and sober.") == "urge"


def test_let_s_in_narration_and_tasks_as_a_noun_are_no_calls():  # guard
    assert directive_cue("Let's delve into the details and see what this exciting partnership entails!") is None
    assert directive_cue("Various tasks have been completed with expected outcomes.") is None
    assert directive_cue("He invited the ministers to visit the factory.") is None
