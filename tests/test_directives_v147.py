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


def test_admonished_warned_and_i_call_on_or_ask_someone_to_act():
    assert directive_cue("The PM admonished the members to be time conscious.") == "instruct"
    assert directive_cue("The stakeholders warned politicians to stop sabotaging water companies.") == "instruct"
    assert directive_cue("I call on all those responsible to keep the situation under control.") == "call for"
    assert directive_cue("I ask the district officers who act as the eyes of the government to work responsibly.") \
        == "ask"


def test_a_warning_that_or_a_question_asked_is_no_directive():  # guard
    assert directive_cue("He warned that prices would rise next year.") is None
    assert directive_cue("We ask for your understanding.") is None


def test_a_need_agreed_on_or_spoken_about_and_a_necessity_quoted():
    assert directive_cue("They agreed on the \u201curgent need for devolved administration\u201d, the spokesman said.") \
        == "stress the need"
    assert directive_cue("Both leaders agreed on the importance for government and business to work together.") == \
        "stress the need"
    assert directive_cue("The Prime Minister spoke about the need to reach agreement on the terms.") == "stress the need"
    assert directive_cue("The two sides discussed the situation, highlighting the \"necessity of addressing "
                         "outstanding issues.\"") == "stress the need"
    assert directive_cue("It was important, he added, to prevent any further escalation of the situation.") == \
        "necessary"


def test_had_to_reported_a_request_for_support_we_suggest_and_necessity_variants():
    assert directive_cue("Chen stressed that in administering justice all judges had to be prudent.") == "have to"
    assert directive_cue("Athukorala requested China's support for the future programmes.") == "ask"
    assert directive_cue("We suggest Yunnan create favourable conditions for transport.") == "suggest"
    assert directive_cue("He said it was needed to promote cooperation between the two cities.") == "necessary"
    assert directive_cue("It is necessary not to relax in carrying out the responsibilities.") == "necessary"
    assert directive_cue("It\u2019s necessary for us to plan for development.") == "necessary"


def test_a_meeting_that_had_to_be_postponed_a_support_sought_and_praise_are_no_directive():  # guard
    assert directive_cue("She said that the meeting had to be postponed because of rain.") is None
    assert directive_cue("Timor Leste has sought Thailand\u2019s support for its application.") is None
    assert directive_cue("\u201cIt\u2019s very important that your leadership has strong support,\u201d he said.") is None


def test_we_will_keep_a_date_or_forecast_is_no_commitment():
    assert directive_cue("Next year, we will celebrate the 45th anniversary of the sister city relationship.") is None
    assert directive_cue("We will recall that the delegation arrived yesterday in Dushanbe.") is None
    assert directive_cue("\u201cI am sure that we will be good partners for many years,\u201d he said.") is None
    assert directive_cue("I think the visit will add a new impulse and we will reach a new level of relations.") is None


def test_we_will_commit_to_an_act():  # guard
    assert directive_cue("\u201cWe will strengthen cooperation in trade and tourism,\u201d the governor said.") == "will"
