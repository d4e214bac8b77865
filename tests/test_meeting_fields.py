import json
import re

import pytest
from conftest import corpus_json  # tests/corpus/dev, in the repository

from readouts.transform import meeting_fields as MF
from readouts.transform.sentences import split_sentences


def fields(text, title=None):
    return MF.meeting_fields(text, split_sentences(text), title)


# ---------------------------------------------------------------- presiding
@pytest.mark.parametrize("s,name", [
    ("On May 6, Li Ming, Governor of the People's Government of Yunnan Province, presided over the 31st Executive "
     "Meeting of the People's Government of Yunnan Province.", "31st Executive Meeting of the People's Government of Yunnan Province"),
    ("Premier Li presided over the fourth plenary meeting, noting that the tasks are heavy.", "fourth plenary meeting"),
    ("The governor presided over and addressed a provincial work meeting on spring farming and flood control.",
     "provincial work meeting on spring farming and flood control"),
    ("Zhang presided over the Thirteenth Meeting to Respond to the Flood Emergency.", "Thirteenth Meeting to Respond to the Flood Emergency"),
    ("Premier Wang presides over the second plenary meeting of the State Council in Beijing, capital of China, May 3, 2025.",
     "second plenary meeting of the State Council"),
    ("Xi chaired a meeting of the Political Bureau of the CPC Central Committee to review a report.",
     "meeting of the Political Bureau of the CPC Central Committee"),
])
def test_name_from_presiding(s, name):
    assert MF.name_from_presiding(s) == name


def test_presiding_without_meeting_noun_is_ignored():
    assert MF.name_from_presiding("He presided over the signing of the agreements.") is None


# ---------------------------------------------------------------- convening (composed)
def test_convening_body_is_composed():
    s = "On the morning of June 2, the CPC Yunnan Provincial Committee convened a meeting of the Standing Committee to study the plan."
    assert MF.name_from_convening(s) == "meeting of the Standing Committee of the CPC Yunnan Provincial Committee"
    s = "On June 2, the CPC Yunnan Provincial Committee held a meeting of its Standing Committee, chaired by Wang."
    assert MF.name_from_convening(s) == "meeting of the Standing Committee of the CPC Yunnan Provincial Committee"


def test_convening_topic_becomes_on():
    s = "On March 1, the People's Government of Hunan Province convened a special meeting to discuss the list of practical projects for 2026."
    assert MF.name_from_convening(s) == "special meeting on the list of practical projects for 2026"


def test_convening_spirit_is_not_a_topic():
    s = "The State Council held a meeting to study the spirit of the plenary session."
    assert fields(s)["meeting_name"] == "meeting of the State Council"


# ---------------------------------------------------------------- was held / opened
@pytest.mark.parametrize("s,name", [
    ("On November 20th, the Conference on the Development of Hunan’s Private Economy was held, gathering 1,000 people.",
     "Conference on the Development of Hunan’s Private Economy"),
    ("Wuhan- The 12th Hubei Provincial Congress of the Communist Party of China (CPC) grandly opened in Wuhan on June 1.",
     "12th Hubei Provincial Congress of the Communist Party of China (CPC)"),
    ("The provincial work conference on tourism was held in Leshan on April 8.", "provincial work conference on tourism"),
])
def test_name_from_was_held(s, name):
    assert MF.name_from_was_held(s) == name


# ---------------------------------------------------------------- talks and inspection tours
def test_talks():
    assert fields("On May 4, the governor met in Kunming with representatives of chambers of commerce from 12 countries, "
                  "including Laos and Thailand.")["meeting_name"] == "meeting with representatives of chambers of commerce from 12 countries"
    f = fields("On the morning of June 4th, Mr. Li, Secretary of the Provincial Committee, in Kunming met Mr. John Smith, Governor of Ontario.")
    assert f["meeting_name"] == "meeting with John Smith, Governor of Ontario"
    assert f["location"] == "Kunming"
    f = fields("Chinese President Xi Jinping on Monday held talks with visiting French President Emmanuel Macron in Beijing.")
    assert f["meeting_name"] == "meeting with visiting French President Emmanuel Macron"
    assert f["location"] == "Beijing"


def test_inspection_tour():
    assert fields("On March 3, Governor Shi made an inspection tour of Ya'an to check flood prevention work.")["meeting_name"] \
        == "inspection tour of Ya'an"


# ---------------------------------------------------------------- composition and headline
def test_body_added_from_another_mention():
    text = ("BEIJING, Dec. 27 (Xinhua) -- A meeting of the Standing Committee has stressed unity.\n\n"
            "Wang delivered a speech when presiding over the meeting of democratic life held on Monday.\n\n"
            "Wang presides over a meeting of the Standing Committee of the Provincial Committee and delivers a speech.")
    assert fields(text)["meeting_name"] == "meeting of democratic life of the Standing Committee of the Provincial Committee"


def test_longer_headline_form_is_preferred():
    text = "Wang presided over and addressed the third meeting of the leading group."
    title = "Wang Presides Over the Third Meeting of the Provincial Leading Group on Rural Revitalization"
    assert fields(text, title)["meeting_name"] == "third meeting of the Provincial Leading Group on Rural Revitalization"


def test_headline_fallback():
    assert MF.name_from_title("Governor Chairs Executive Meeting of the Provincial Government") == "Executive Meeting of the Provincial Government"
    assert MF.name_from_title("Provincial Economic Work Conference Held in Chengdu") == "Provincial Economic Work Conference"
    assert MF.name_from_title("Sichuan Signs Sister Province Agreement") is None


def test_generic_name_alone_is_not_returned():
    assert fields("Wang presided over the meeting. Li attended.")["meeting_name"] is None


# ---------------------------------------------------------------- format and location
@pytest.mark.parametrize("text,fmt", [
    ('The meeting was held in the form of "on-site inspection + a teleconference".', "on-site inspection + teleconference"),
    ("The meeting was held in the form of a video conference.", "video conference"),
    ("Premier Li met the Prime Minister of Spain via video link on Tuesday.", "via video link"),
    ("The conference was held by teleconference.", "via teleconference"),
    ("The forum was held online.", "online"),
    ("The meeting studied the plan.", None),
])
def test_format(text, fmt):
    assert MF.meeting_format(text) == fmt


@pytest.mark.parametrize("text,loc", [
    ("The provincial work conference on tourism was held in Leshan on April 8.", "Leshan"),
    ("Premier Li presides over the meeting in Beijing, capital of China, March 5, 2024.", "Beijing"),
    ("The governor met in Chengdu with the consuls.", "Chengdu"),
    ("The meeting studied the plan for the province.", None),
])
def test_location(text, loc):
    assert MF.meeting_location(split_sentences(text)) == loc


def test_name_has_no_leading_lowercase_article():
    name = fields("The governor presided over the 5th executive meeting of the provincial government.")["meeting_name"]
    assert name == "5th executive meeting of the provincial government"


def test_dev_name_overlap():
    scores = []
    for path in corpus_json():
        doc = json.loads(path.read_text())
        text = "\n\n".join(doc["body"])
        pred = fields(text, doc["gold"]["title"])["meeting_name"] or ""
        g, p = set(re.findall(r"\w+", (doc["gold"]["meeting_name"] or "").lower())), set(re.findall(r"\w+", pred.lower()))
        scores.append(2 * len(g & p) / (len(g) + len(p)) if g and p else float(g == p))
    assert sum(scores) / len(scores) >= 0.85


def test_dateline_prefix_and_lowercase_body_subject():
    text = ("BEIJING, March 7 (APP): China’s Hunan delegation to the Third Session of the 14th National People’s Congress "
            "held its second plenary meeting in Beijing.")
    f = fields(text)
    assert f["meeting_name"] == "second plenary meeting of the Hunan delegation to the Third Session of the 14th National People’s Congress"
    assert f["location"] == "Beijing"


def test_generic_meeting_gets_the_convening_body():
    assert fields("BEIJING, Oct. 30 (Xinhua) -- The State Council held an executive meeting Friday to study the plan.")["meeting_name"] \
        == "executive meeting of the State Council"


def test_navigation_residue_does_not_hide_the_lead():
    text = ("Home\nNews\nServices\nTourism\nNavigator\nAbout\n\nGovernor Convenes Special Meeting on Schools\nUpdated:2024.11.28\n\n"
            "On November 22, the People's Government of Hunan Province convened a special meeting to discuss the renovation of rural schools.")
    assert fields(text)["meeting_name"] == "special meeting on the renovation of rural schools"


def test_meeting_as_noun_is_not_talks():
    assert MF.name_from_talks("The delegation held its plenary meeting and media open day.") is None
    assert MF.name_from_talks("On Monday, the premier met with the visiting Prime Minister of Spain.") \
        == "meeting with visiting Prime Minister of Spain"


def test_name_from_attending_and_teleconference():
    s = "On the afternoon of March 5, the premier delivered the work report at the opening meeting of the second session of the 14th NPC."
    assert fields(s)["meeting_name"] == "opening meeting of the second session of the 14th NPC"
    assert fields("On the 28th, the provincial government held a teleconference on work safety.")["meeting_name"] \
        == "teleconference on work safety"
    assert MF.name_from_attending("The delegation arrived at the Great Hall of the People.") is None


def test_long_run_on_sentence_is_fast():
    import time
    words = "the of and in on for to meeting Committee Standing Provincial held said should The was development".split()
    text = "The " + " ".join(words[i * 7 % len(words)] for i in range(3000)) + " x"
    t = time.perf_counter()
    fields(text, text[:200])
    assert time.perf_counter() - t < 3
