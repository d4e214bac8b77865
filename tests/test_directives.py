import json

import pytest
from conftest import corpus_json  # tests/corpus/dev, in the repository

from readouts.transform import directives as D
from readouts.transform.sentences import split_sentences


def cue(s, **kw):
    return D.directive_cue(s, **kw)


# ---------------------------------------------------------------- modal cues
@pytest.mark.parametrize("s,modality", [
    ("We should deepen reform of state-owned enterprises in the new year.", "should"),
    ("All localities should fully implement the new flood-control plan.", "should"),
    ("Greater efforts should be made to stabilise employment.", "should"),
    ("The province must keep the bottom line of food security.", "must"),
    ("The city needs to improve its emergency response system.", "need to"),
    ("Departments need to coordinate closely.", "need to"),
    ("They have to remove institutional barriers.", "have to"),
    ("The county government has to complete the survey before June.", "have to"),
    ("Each department shall submit its plan within a month.", "shall"),
    ("All the attendees are supposed to study the new regulations.", "supposed to"),
    ("Local governments are to set up inspection teams.", "are to"),
])
def test_modal_cues_match(s, modality):
    assert cue(s) == modality


@pytest.mark.parametrize("s", [
    "The achievements should also be ascribed to the efforts of the previous leadership.",
    "The success should be attributed to the hard work of the workers.",
    "The project should have been completed last year, he recalled.",
    "The main goals are to raise incomes and protect the environment.",
    "The matter has to do with the province's history.",
    "The meeting reviewed the province's economic performance in the first half of the year.",
    "Only by working hard can we achieve the goals.",
    "The needs of the people were discussed.",
])
def test_modal_cues_do_not_match(s):
    assert cue(s) is None


# ---------------------------------------------------------------- necessity
@pytest.mark.parametrize("s", [
    "It is necessary to strengthen the foundation of innovation.",
    "It is also necessary to improve the pension system.",
    "It is crucial for us to work together for common prosperity.",
    "He said it is imperative to curb the spread of the virus.",
    "It was necessary to speed up the reconstruction, the meeting said.",
])
def test_necessity_matches(s):
    assert cue(s) == "necessary"


@pytest.mark.parametrize("s", [
    "In the face of new tasks, it is particularly urgent and important to promote the manufacturing sector.",
    "Necessary funds were allocated last year.",
    "The town took necessary measures to contain the fire.",
])
def test_necessity_does_not_match(s):
    assert cue(s) is None


# ---------------------------------------------------------------- calls and requirements
@pytest.mark.parametrize("s,modality", [
    ("The meeting called for efforts to ensure energy supply in winter.", "call for"),
    ("The premier called on local governments to stabilise employment.", "call for"),
    ("Li urged government departments to be proactive.", "urge"),
    ("He also urged improved efficiency in public services.", "urge"),
    ("The meeting required all departments to report on progress every month.", "require"),
    ("The meeting required that the rules be strictly observed.", "require"),
    ("He asked officials at all levels to stay on duty during the holiday.", "ask"),
    ("The governor demanded thorough checks of all bridges.", "demand"),
    ("The meeting called on the Provincial Department of Finance to speed up payments.", "call for"),
    ("Li called upon Party members to study the speech.", "call for"),
])
def test_call_cues_match(s, modality):
    assert cue(s) == modality


@pytest.mark.parametrize("s", [
    "A total of 300 delegates attended, in line with the required number.",
    "The urgent task was discussed at length.",
    "Visitors asked about the history of the museum.",
    "Domestic demand recovered steadily in the first quarter.",
    # a visit, not a call to action (parser 1.16.0)
    "The Secretary, Mr Raymond Tam, called on the Vice Governor of Hunan, Mr Zhang Jianfei, today to exchange views.",
    "The delegation also paid courtesy calls on Minister of Agriculture of Zambia.",
    "Ambassador Moinul Haque called on Liu Ziqing, Secretary of the Working Committee, and discussed cooperation.",
])
def test_call_cues_do_not_match(s):
    assert cue(s) is None


# ---------------------------------------------------------------- emphasis on a need
@pytest.mark.parametrize("s,modality", [
    ("The meeting emphasized the need to study the instructions thoroughly.", "stress the need"),
    ("She stressed the necessity to keep the strategic mission in mind.", "stress the need"),
    ("It underlined the urgent need for flood prevention.", "stress the need"),
    ("A meeting of the leading group has stressed striving in unity to meet the targets.", "stress the need"),
    ("Li stressed further deepening reform and opening up.", "stress the need"),
    ("The governor underlined the efforts to implement the guiding principles.", "stress the need"),
    ("He highlighted the importance of confidence and hard work in solving practical problems.", "stress the importance"),
])
def test_stress_need_matches(s, modality):
    assert cue(s) == modality


@pytest.mark.parametrize("s", [
    "The meeting stressed that the speech provides important guidance for the province.",
    "He stressed during the visit that the two cities are close partners.",
    "The meeting emphasized the significance of the new airport.",
])
def test_stress_need_does_not_match(s):
    assert cue(s) is None


# ---------------------------------------------------------------- commitments
@pytest.mark.parametrize("s", [
    "We will continue to implement existing mature projects.",
    "He said that we will step up support for small firms.",
    "The provincial government will expand the coverage of medical insurance.",
])
def test_will_matches(s):
    assert cue(s) == "will"


@pytest.mark.parametrize("s", [
    "The document will be deliberated at the annual session in March.",
    "The new airport will open next year.",
    "It made clear that it would fully implement the decisions.",
])
def test_will_does_not_match(s):
    assert cue(s) is None


# ---------------------------------------------------------------- exclusions
def test_earlier_statement_by_someone_else_is_excluded():
    s = ("He pointed out that General Secretary Xi Jinping has high expectations for the province "
         "and has clearly called for the construction of a modern industrial system.")
    assert cue(s) is None
    assert cue("The leader has repeatedly emphasized the need to protect the river.") is None


def test_meeting_in_the_perfect_is_kept():
    s = "BEIJING, Dec. 27 (Xinhua) -- A meeting of the State Council has stressed the need to stabilize growth."
    assert cue(s) == "stress the need"


def test_purpose_clause_of_convening_sentence_is_excluded():
    s = ("On May 3, the governor presided over the executive meeting to convey the spirit of the national "
         "conference and implement the requirements, and to study how to ensure that every county should benefit.")
    assert cue(s) is None
    s2 = "Li Qiang, who presided over the plenary meeting, said it is necessary to revise the report."
    assert cue(s2) == "necessary"


def test_headline_and_captions_are_excluded():
    assert cue("Premier urges efforts to stabilize growth", title="Premier urges efforts to stabilize growth") is None
    assert cue("Premier urges efforts to stabilize growth-Xinhua", title="Premier urges efforts to stabilize growth") is None
    assert cue("The premier urges officials to act, in Beijing, capital of China, March 5, 2024.") is None
    assert cue("Officials should act fast. (Xinhua/Li Ming)") is None


def test_truncated_last_fragment():
    sents = split_sentences("The meeting was held.\n\nAll relevant departments should fully implement the decisions and the Sta")
    out = D.find_directives("", sents, [None] * len(sents))
    assert [d["modality"] for d in out] == ["should"]
    text = "The meeting was held. We shou"
    sents = split_sentences(text)
    assert D.find_directives(text, sents, [None] * len(sents)) == []
    text = "The meeting was held. The situation is urge"
    sents = split_sentences(text)
    assert D.find_directives(text, sents, [None] * len(sents)) == []


def test_speaker_comes_from_actor_by_sentence():
    text = "Wang stressed the need to act. He said we should hurry. The meeting ended."
    sents = split_sentences(text)
    out = D.find_directives(text, sents, ["Wang Yi", "Wang Yi", None])
    assert [(d["speaker"], d["modality"]) for d in out] == [("Wang Yi", "stress the need"), ("Wang Yi", "should")]
    for d in out:
        assert text[d["char_start"]:d["char_end"]] == d["text"]


def test_earliest_cue_wins():
    assert cue("The meeting called for efforts so that the city should be safer.") == "call for"
    assert cue("He stressed that we should and must act.") == "should"


# ---------------------------------------------------------------- dev corpus offsets
@pytest.mark.parametrize("path", corpus_json(), ids=lambda p: p.stem)
def test_dev_offsets_slice_exactly(path):
    doc = json.loads(path.read_text())
    text = "\n\n".join(doc["body"])
    sents = split_sentences(text)
    out = D.find_directives(text, sents, [None] * len(sents))
    for d in out:
        assert text[d["char_start"]:d["char_end"]] == d["text"]
    if doc["gold"]["directives"]:
        assert out, "a document with gold directives yields none"


@pytest.mark.parametrize("s", [
    "When asked about the plan to build a bridge, he smiled.",
    "The funds required to complete the project were allocated last year.",
    "The province answered the call for help from the flooded counties.",
    "Stress testing of the banks was completed in May.",
    "Winning the battle against poverty was a must-win task.",
    "The results are to be announced next week.",
])
def test_more_lookalikes_do_not_match(s):
    assert cue(s) is None


@pytest.mark.parametrize("s,modality", [
    ("Officials are required to report major risks immediately.", "require"),
    ("We call on all sectors to join the campaign.", "call for"),
    ("The meeting asked all departments to tighten supervision.", "ask"),
    ("Efforts are to be made to secure the grain harvest.", "are to"),
])
def test_more_cues_match(s, modality):
    assert cue(s) == modality


def test_headline_first_line_is_skipped_without_title():
    text = "Premier urges efforts to stabilize growth\n\nBEIJING, May 5 (Xinhua) -- The premier urged efforts to stabilize growth."
    sents = split_sentences(text)
    out = D.find_directives(text, sents, [None] * len(sents))
    assert [d["text"][:7] for d in out] == ["BEIJING"]


def test_headline_after_site_header_lines_is_skipped():
    text = ("Premier urges efforts to stabilize growth-Xinhua\n\nPremier urges efforts to stabilize growth\n\n"
            "Source: Xinhua\n\nThe premier urged efforts to stabilize growth.\n\nRelated\n\nWe should act now.")
    sents = split_sentences(text)
    out = D.find_directives(text, sents, [None] * len(sents))
    assert [d["text"] for d in out] == ["The premier urged efforts to stabilize growth.", "We should act now."]


def test_noun_need_in_agenda_is_not_a_cue():
    assert cue("The meeting discussed the need to reform the pension system.") is None
    assert cue("There is an urgent need to repair the dams before the flood season.") == "need to"
    assert cue("Local officials were asked to submit reports.") == "ask"


def test_cue_inside_an_earlier_statement_is_excluded():
    assert cue("Xi Jinping, general secretary of the CPC Central Committee, has repeatedly stressed that we must put people first.") is None
    assert cue("The meeting has stressed that we must put people first.") == "must"
    assert cue("The leading group should have reported the case earlier.") is None
    assert cue("We should have the courage to reform.") == "should"


@pytest.mark.parametrize("s,modality", [
    ("Greater efforts are needed to stabilize foreign trade.", "need to"),
    ("The premier instructed local authorities to ensure the supply of heating.", "instruct"),
])
def test_needed_and_instructed(s, modality):
    assert cue(s) == modality


def test_instructions_noun_is_not_a_cue():
    assert cue("The meeting studied the important instructions on flood control.") is None


def test_long_run_on_sentence_is_fast():
    import time
    words = "the of and has stressed said should must need to meeting Committee called for urged".split()
    text = "The " + " ".join(words[i * 7 % len(words)] for i in range(3000)) + "."
    sents = split_sentences(text)
    t = time.perf_counter()
    D.find_directives(text, sents, [None] * len(sents))
    assert time.perf_counter() - t < 3


def test_main_clause_perfect_lead_by_a_participant_is_kept():
    s = "BEIJING, May 5 (Xinhua) -- Chinese Premier Li Qiang has urged efforts to stabilize employment."
    assert cue(s) == "urge"
    assert cue("The general secretary has repeatedly called for protecting the Yangtze River.") is None


class TestReportedInstruction:
    """Instructions given elsewhere, reported with a participle, are not this meeting's directives."""

    def test_instructions_given_elsewhere_are_excluded(self):
        from readouts.transform.directives import directive_cue

        assert directive_cue("Premier Zhao Ming recently issued important instructions on work safety, "
                             "urging all localities to carry out thorough inspections.") is None
        assert directive_cue("The minister earlier gave written instructions on drought relief, calling for "
                             "every effort to secure drinking water.") is None

    def test_instructions_at_the_meeting_and_plain_cues_stay(self):
        from readouts.transform.directives import directive_cue

        assert directive_cue("He gave instructions at the meeting, calling for greater efforts to stabilize "
                             "employment.") == "call for"
        assert directive_cue("The meeting called for greater efforts to stabilize employment.") == "call for"


class TestOtherSpeakersAndOccasions:
    def test_speech_at_another_occasion_is_excluded(self):
        from readouts.transform.directives import directive_cue

        assert directive_cue("Premier Zhao Ming, during his inspection in Hunan in May, called on the province "
                             "to build a modern industrial system.") is None
        assert directive_cue("Last year, the minister urged all localities to cut red tape.") is None
        assert directive_cue("On May 5, Zhao Ming presided over the meeting and called on all departments to "
                             "cut red tape.") == "call for"

    def test_parenthetical_reporting_clause_keeps_are_to(self):
        from readouts.transform.directives import directive_cue

        assert directive_cue("Party organizations at all levels, he said, are to take the decisions as a major "
                             "political task.") == "are to"

    def test_statements_of_absent_people_are_excluded(self):
        from readouts.transform.directives import attributed_to_absent

        absent = {"Tian Yunfeng"}
        assert attributed_to_absent("Foreign firms should not underestimate the market, Tian said.", absent)
        assert attributed_to_absent("Analyst Tian Yunfeng said companies should invest more.", absent)
        assert not attributed_to_absent("Foreign firms should not underestimate the market, Li said.", absent)
        assert not attributed_to_absent("We should act now.", set())
        # parser 1.30.0: a surname a participant shares is no evidence of absence; the full name still is
        assert not attributed_to_absent("Guangdong should focus on development, Li said.", {"Li Xi"}, {"Li Qiang"})
        assert attributed_to_absent("Guangdong should focus on development, Li Xi said.", {"Li Xi"}, {"Li Qiang"})


def test_past_supposed_to_is_a_description_not_a_directive():
    from readouts.transform.directives import directive_cue

    assert directive_cue("A total of 600 deputies were supposed to attend the session, and 587 attended.") is None
    assert directive_cue("Deputies are supposed to fulfil their duties in accordance with the law.") == "supposed to"


# ------------------------------------------------------------------ parser 1.6.0 cues
@pytest.mark.parametrize("s, modality", [
    ("Yiwu will accelerate the building of a free trade pilot zone and deepen reform of the market.", "will"),
    ("In 2027, Weihai will focus on the central task of building a modern port city.", "will"),
    ("Looking ahead, Mrs Tam said Macao will continue to step up co-operation with the province.", "will"),
    ("He noted that the Ministry of Transport would study all comments made during the meeting.", "will"),
    ("Efforts will be made to improve the quality of the work of the Provincial People's Congress.", "will"),
    ("Qiao encouraged the young scientists to keep contributing to their fields.", "encourage"),
    ("In addition, deputies are encouraged to put forward high-quality motions.", "encourage"),
    ("Premier Wen told officials in Hainan on Monday to focus on ecological protection.", "encourage"),
    ("He emphasized to conscientiously learn and implement the guiding principles of the plenum.", "stress the importance"),
    ("It was emphasized at the meeting to further improve the city's role as a trade hub.", "stress the importance"),
    ("The meeting stressed the importance to stick to the plan.", "stress the importance"),
    ("It is important to raise the political stance and avoid major programs in the basin.", "necessary"),
])
def test_cues_of_parser_1_6(s, modality):
    assert cue(s) == modality


@pytest.mark.parametrize("s", [
    "The expo will be held in Kunming from June 5 to 9.",
    "The committee will deliberate and vote on the work report of the Standing Committee.",
    "First, I would like to thank everyone for your concern and support.",
    "Li Qiang will attend the summit in Jakarta.",
    "He told reporters that the talks were fruitful.",
    "The plan was encouraged by the ministry.",
])
def test_not_cues_of_parser_1_6(s):
    assert cue(s) is None


# ---------------------------------------------------------------- parser 1.31.0 cues
@pytest.mark.parametrize("s,modality", [
    ("At the agency, the minister entreated management to create a congenial environment for staff.", "urge"),
    ("The two officials also stressed on the need to preserve the principles of multilateralism.", "stress the need"),
    ("The Speaker added to this by requesting that the parliament give more content to this voice.", "ask"),
    ("The mayor on Monday directed the ward councillors to hold a coordination meeting every week.", "instruct"),
    ("The chamber secretary ordered that minutes be reviewed before being presented to the council.", "instruct"),
    ("He suggested that the two sides jointly implement the action plan.", "suggest"),
    ("It was suggested that each municipality gets an adequate storage space.", "suggest"),
])
def test_cues_of_parser_1_31(s, modality):
    assert cue(s) == modality


def test_a_request_for_information_or_a_letter_directed_to_a_body_is_no_cue():
    assert cue("Visitors requested information about the history of the museum.") is None
    assert cue("The letter was directed to the ministry and ordered to the archive.") is None
    assert cue("When Xu suggested that the government give more support, the premier asked a question.") is None
    assert cue("The association released 100 problems, suggesting that they be studied.") is None
