"""Rule `entity_name`: names the pinyin and title rules do not know, proposed by the model's NER and kept only
inside a run of capitalised name words (transform/names.py, transform/syntax.py)."""
from __future__ import annotations

import pytest

from readouts.transform import names as N
from readouts.transform import syntax as S
from readouts.transform import titles as T
from readouts.transform.parties import find_parties
from readouts.transform.sentences import split_sentences

# a small stand-in for the model's word list: the pure functions take any set
WORDS = frozenset({"five", "year", "plan", "foreign", "affairs", "affair", "new", "era", "ken", "smith", "minister",
                   "ting", "ka", "china", "pakistan", "visit"})


def _runs(text: str) -> list[str]:
    return [text[a:b] for a, b in N.entity_runs(text, WORDS)]


def test_a_run_needs_a_word_no_dictionary_has():
    assert _runs("Pakistan Ambassador to China, Khalil Hashmi visited Urumqi.") == ["Khalil Hashmi"]
    assert _runs("They studied the 14th Five-Year Plan and Foreign Affairs work in the New Era.") == []
    assert _runs("The consultant Ken Smith spoke.") == []  # English words alone: left to the name rules


def test_no_run_through_an_organisation_or_place_head():
    assert _runs("He visited Guangxi Zhuang Autonomous Region.") == []
    assert _runs("They toured Shanghai General Motor Company and Yanhu Lake.") == []
    assert _runs("The Hengyang Delegation arrived.") == []


def _span(text: str, phrase: str) -> tuple[int, int]:
    i = text.index(phrase)
    return i, i + len(phrase)


@pytest.mark.parametrize("text, entity, name", [
    ("Also present was Dewan Rakyat speaker Datuk Johari Abdul.", "Datuk Johari Abdul", "Johari Abdul"),
    ("The envoy Tan Sri Ong Khalid Ting arrived.", "Tan Sri Ong Khalid Ting", "Ong Khalid Ting"),
    ("Local MP Elisha McCallion joined them.", "Elisha McCallion", "Elisha McCallion"),
])
def test_honorific_words_are_dropped(text, entity, name):
    got = N.entity_names(text, [_span(text, entity)], [], WORDS)
    assert [g.name for g in got] == [name] and got[0].rule == "entity"
    assert text[got[0].start:got[0].end] == name


@pytest.mark.parametrize("text, entity", [
    ("They studied Xi Jinpings thought.", "Xi Jinpings"),  # a Chinese name the pinyin rules judged
    ("They visited Qinghai Golog yesterday.", "Qinghai Golog"),  # a place word of several syllables first
    ("Catherine Moreau, CEO of cosmetics group Lumiere Beaute, said.", "Lumiere Beaute"),  # an organisation
    ("Yang Berhormat Dato spoke.", "Yang Berhormat Dato"),  # a style of address, no name
    ("Minister Khalil spoke.", "Minister Khalil"),  # one word left is no name here
    ("Anna Berg, Chief Executive of Nordwind Energy, spoke.", "Nordwind Energy"),  # the body of an office
])
def test_entities_that_are_no_person_names(text, entity):
    assert N.entity_names(text, [_span(text, entity)], [], WORDS) == []


def test_a_name_found_already_stays_unless_written_longer():
    # (parser 1.27.0 reads "Ong Ka Ting" whole: `southern_name`; "Gan" is also a Mandarin surname, so not there)
    text = "Wei Chaoan met with Tan Sri Gan Ka Ting, the Special Envoy."
    # (parser 1.52.0 reads this one whole after its Malay style: `malay_styled`; the cut-short form is set here)
    assert "Gan Ka Ting" in [sp.name for sp in N.find_names(text, T.is_title)]
    at = text.index("Gan Ka")
    taken = [N.NameSpan(0, 10, "Wei Chaoan", "chinese"), N.NameSpan(at, at + 6, "Gan Ka", "chinese")]
    assert N.may_hold_entity(text, taken, WORDS)
    got = N.entity_names(text, [_span(text, "Wei Chaoan"), _span(text, "Tan Sri Gan Ka Ting")], taken, WORDS)
    assert [g.name for g in got] == ["Gan Ka Ting"]
    assert not N.may_hold_entity("Wei Chaoan met Li Qiang.", N.find_names("Wei Chaoan met Li Qiang.", T.is_title),
                                 WORDS)


def test_the_model_word_list_knows_english_words_not_rare_names():
    words = S.dictionary_words()
    assert {"plan", "affair", "era"} <= words
    assert not {"hashmi", "mccallion", "johari"} & words


def test_entity_names_get_roles_in_a_readout():
    text = ("Also present were Foreign Affairs Minister Datuk Seri Dr Zambry Abdul Kadir and Dewan Rakyat speaker "
            "Datuk Johari Abdul. Local MP Elisha McCallion joined the Mayor in welcoming the delegates.")
    parties = find_parties(text, split_sentences(text), "")
    attendees = {a["name"]: a for a in parties.attendees}
    assert {"Zambry Abdul Kadir", "Johari Abdul", "Elisha McCallion"} <= set(attendees)
    assert "Datuk Seri" not in attendees


def test_a_plural_office_is_no_name_word_and_needs_no_model():
    # the NER, and the model whose word list the test needs, are loaded only where a run may hold a new name: a
    # readout whose names the rules found all must not load them (tests/test_hostile.py bounds memory)
    text = "Vice Governors Li Ming and Zhao Lei attended the meeting."
    taken = N.find_names(text, T.is_title)
    assert {sp.name for sp in taken} == {"Li Ming", "Zhao Lei"}
    assert not N.may_hold_entity(text, taken, None)
    assert N.may_hold_entity("Deputy Mayors Khalil Hashmi and Li Ming attended.", [], None)
