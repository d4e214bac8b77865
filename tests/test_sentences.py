import json

import pytest
from conftest import corpus_json  # tests/corpus/dev, in the repository

from readouts.transform.sentences import split_sentences


def texts(t):
    return [s.text for s in split_sentences(t)]


def test_offsets_are_exact_and_indexed():
    t = "  On May 3, the meeting was held.  It stressed unity!\n\nWe should act?  Yes.  "
    sents = split_sentences(t)
    for i, s in enumerate(sents):
        assert t[s.start:s.end] == s.text
        assert s.index == i
        assert s.text == s.text.strip()
    assert [s.text for s in sents] == ["On May 3, the meeting was held.", "It stressed unity!", "We should act?", "Yes."]


@pytest.mark.parametrize("t,n", [
    ("Mr. Wang attended. He spoke.", 2),
    ("Sichuan Changhong Co., Ltd. delivered a speech. It was short.", 2),
    ("BEIJING, Dec. 27 (Xinhua) -- A meeting was held. It ended.", 2),
    ("The PM2.5 density fell. Air improved.", 2),
    ("Roads, bridges, etc., were inspected. Work resumed.", 2),
    ("The U.S. delegation arrived. Talks began.", 2),
    ("No. 1 Document was studied. It matters.", 2),
])
def test_abbreviations_do_not_split(t, n):
    assert len(texts(t)) == n


def test_closing_quote_belongs_to_sentence():
    assert texts('We should build "two places and two centers." Then we rest.') == [
        'We should build "two places and two centers."', "Then we rest."]
    assert texts("He said “we must act.” The meeting ended.") == ["He said “we must act.”", "The meeting ended."]


def test_comma_then_capital_is_not_a_boundary():
    assert len(texts("Prevent import and spread, We should also plug loopholes.")) == 1


def test_line_breaks_always_split():
    assert texts("Headline without period\nOn May 3, the meeting was held") == [
        "Headline without period", "On May 3, the meeting was held"]


def test_lowercase_after_period_does_not_split():
    assert len(texts("The rate was 3.5 percent. growth continued")) == 1


@pytest.mark.parametrize("path", corpus_json(), ids=lambda p: p.stem)
def test_gold_directives_are_sentences(path):
    doc = json.loads(path.read_text())
    text = "\n\n".join(doc["body"])
    got = set(texts(text))
    g = doc["gold"]
    for d in g["directives"] + (g.get("optional") or {}).get("directives", []):
        if d in text:
            assert d.strip() in got, d[:80]


def test_a_police_or_military_rank_abbreviation_ends_no_sentence():
    # parser 1.20.0: "Pol. Gen. Aswin Kwanmuang" (a Thai police rank) is one sentence
    text = "The delegation paid a courtesy call on Pol. Gen. Aswin Kwan, Governor of Bangkok. Maj. Lee said so."
    assert [s.text for s in split_sentences(text)] == [
        "The delegation paid a courtesy call on Pol. Gen. Aswin Kwan, Governor of Bangkok.", "Maj. Lee said so."]
