"""transform/syntax.py: roles from the dependency parse, on sentences written for these tests."""
from __future__ import annotations

import re

import pytest

from readouts.transform import syntax as S


def role(sentence: str, name: str) -> tuple[str, str] | None:
    m = re.search(re.escape(name), sentence)
    assert m, name
    found = S.roles_in_sentence(sentence, [(m.start(), m.end())])[0]
    return (found.role, found.rule) if found else None


@pytest.mark.parametrize("sentence,name,expected", [
    ("Zhang Wei and Li Na, both members of the standing committee, attended the meeting.", "Li Na",
     ("attend", "syntax_subject")),
    ("Over 80 people were present, including Ma Jun, president of the Tianhe Institute, and Song Li, "
     "a professor of law.", "Song Li", ("attend", "syntax_list")),
    ("Attendees included Ma Jun and Song Li.", "Song Li", ("attend", "syntax_role_noun")),
    ("Speakers included Ma Jun, Song Li and Hu Ping.", "Hu Ping", ("speech", "syntax_role_noun")),
    ("Proposals on rural roads made by Chen Hao, dean of the Institute of Transport, were adopted.", "Chen Hao",
     ("speech", "syntax_agent")),
    ("The agreement was signed in the presence of Guo Ming.", "Guo Ming", ("attend", "syntax_presence")),
    ("Minister of Commerce Gao Feng and Governor of Hubei Province Tan Rui presented and spoke at the meeting.",
     "Tan Rui", ("speech", "syntax_subject")),
    ("Wu Lei presided over the symposium.", "Wu Lei", ("chair", "syntax_subject")),
    ("Hu Ping, president of Tianhe University and a representative of teachers, mentioned concerns about funding.",
     "Hu Ping", ("speech", "syntax_subject")),
    # a roll of names and offices: the parser may hang the next name under the previous organisation
    ("Anna Berg, President of Nordic Motor Company, Paul Keller, Secretary-General of the Alpine Forum, and "
     "Marco Rossi, Professor of Milan University, asked questions at the dialogue.", "Marco Rossi",
     ("speech", "syntax_subject")),
])
def test_role_from_the_governing_predicate(sentence, name, expected):
    assert role(sentence, name) == expected


@pytest.mark.parametrize("sentence,name", [
    # an earlier speech that is conveyed or studied
    ("The meeting conveyed the spirit of the important speech delivered by Zhou Lan at the national conference.",
     "Zhou Lan"),
    ("The participants studied the guiding principles of a series of speeches made by Zhou Lan.", "Zhou Lan"),
    # an earlier statement (perfect aspect), another occasion
    ("Zhou Lan has repeatedly stressed that development must serve the people.", "Zhou Lan"),
    ("During his inspection in Gansu, Zhou Lan stressed that ecology comes first.", "Zhou Lan"),
    # reported by someone else, or named only as the owner of a thought
    ("Wu Lei said that Zhou Lan stressed the need for reform.", "Zhou Lan"),
    ("We must follow Zhou Lan's instructions on flood control.", "Zhou Lan"),
])
def test_no_role_where_the_predicate_is_elsewhere(sentence, name):
    assert role(sentence, name) is None


def test_model_is_loaded_once_and_named():
    assert S.load_model() is S.load_model()
    info = S.model_info()
    assert info["version"] in S.MEASURED_VERSIONS and info["name"].startswith("en_core_web_sm")
    assert "ner" not in S.load_model().pipe_names


def test_a_model_of_another_version_stops_with_one_line(monkeypatch):
    S.load_model.cache_clear()
    monkeypatch.setattr(S, "MEASURED_VERSIONS", ("9.9.9",))
    try:
        with pytest.raises(S.ModelError) as e:
            S.load_model()
        assert "9.9.9" in str(e.value) and "\n" not in str(e.value)
    finally:
        S.load_model.cache_clear()


def test_no_model_installed_stops_with_one_line(monkeypatch):
    S.load_model.cache_clear()
    monkeypatch.setattr(S, "MODEL_PACKAGES", ("no_such_model_package",))
    try:
        with pytest.raises(S.ModelError, match="no English spaCy model installed"):
            S.load_model()
    finally:
        S.load_model.cache_clear()


@pytest.mark.parametrize("sentence,name,expected", [
    ("The meeting studied General Secretary Zhou Lan's important instructions on flood control.", "Zhou Lan",
     "possessive_reference"),
    ("We must follow Zhou Lan Thought on ecological progress.", "Zhou Lan", "named_in_term"),
    ("Rally closely around the Central Committee with Comrade Zhou Lan at the core.", "Zhou Lan", "reference_of"),
    ("The meeting conveyed the spirit of the speech delivered by Zhou Lan at the national conference.", "Zhou Lan",
     "speech_elsewhere"),
    ("Zhou Lan sent a congratulatory letter to the forum.", "Zhou Lan", "speech_elsewhere"),
    ("Participants paid tribute to Zhou Lan, the late father of hybrid rice.", "Zhou Lan", "historical_figure"),
    ("Zhou Lan visited a school in the afternoon.", "Zhou Lan", None),  # no evidence either way: unplaced
    ("The meeting studied the important instructions of Premier Zhou Lan on flood control.", "Zhou Lan",
     "reference_of"),
    # an office "of" an organisation before the name is a title, not a reference (issue 12)
    ("Guests at the banquet were Chief of the General Staff Lieutenant General Tomas Lind and State Secretary of "
     "the Finance Office Karin Blom.", "Karin Blom", None),
    ("Also there were Deputy Secretary General of the Provincial Government Zhou Lan and other officials.",
     "Zhou Lan", None),
    ("The talks were joined by the President of the Nordic Trade Association Dr. Erik Sand.", "Erik Sand", None),
])
def test_mention_evidence(sentence, name, expected):
    m = re.search(re.escape(name), sentence)
    assert S.evidence_in_sentence(sentence, [(m.start(), m.end())])[0] == expected
