"""The two speed changes to the loaded model (transform/syntax.py) change no annotation: the attribute ruler's
indexed patterns find what spaCy's Matcher finds, and numpy's matrix products give the parses blis gives."""
from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from readouts.transform import syntax as S

CORPUS = Path(__file__).parent / "corpus"
# the lemma and part-of-speech exceptions of the ruler's patterns, and whitespace tokens
ODD = ["I ain't gonna say it, y'all, nothin' doin'.", "Let's go, c'mon, we gotta leave.", "There is a meeting.",
       "He said:  \n\n  the work was done.", "It was n't there; they're here."]


def _sentences(limit: int = 400) -> list[str]:
    out = []
    for path in sorted(CORPUS.glob("real-dev/*.json"))[:40]:
        text = json.loads(path.read_text("utf-8"))["text"]
        out += [s for s in (x.strip() for x in text.replace("\n", ". ").split(". ")) if len(s) > 20]
    return (ODD + out)[:limit]


def _annotations(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def test_indexed_attribute_rules_find_what_the_matcher_finds():
    nlp = S.load_model()
    ruler = nlp.get_pipe("attribute_ruler")
    assert "match" in vars(ruler), "the indexed rules are in place"
    matcher = type(ruler).match  # spaCy's own, through the Matcher
    docs = list(nlp.pipe(_sentences()))
    assert sum(len(d) for d in docs) > 5000
    compared = 0
    for doc in docs:
        assert ruler.match(doc) == matcher(ruler, doc), doc.text
        compared += len(ruler.match(doc))
    assert compared > 5000  # every token meets at least its tag's pattern


def test_numpy_products_parse_as_blis_does():
    nlp = S.load_model()
    from thinc.api import NumpyOps

    ops = {type(node.ops) for _, pipe in nlp.components if getattr(pipe, "model", None) is not None
           for node in pipe.model.walk()}
    assert ops and all(issubclass(o, NumpyOps) and o.gemm is not NumpyOps.gemm for o in ops)
    pkg, _ = S.installed_model()
    plain = importlib.import_module(pkg).load(disable=["ner"])  # blis products, spaCy's Matcher
    texts = [t for t in _sentences() if not any(a in t for a in S.TOKENIZER_ABBREVIATIONS) and "co-" not in t.lower()]
    assert len(texts) > 200
    for mine, theirs in zip(nlp.pipe(texts), plain.pipe(texts)):
        assert _annotations(mine) == _annotations(theirs), mine.text
    ner = [[(e.start_char, e.end_char, e.label_) for e in d.ents]
           for d in nlp.get_pipe("ner").pipe(nlp.make_doc(t) for t in texts[:100])]
    plain_ner = [[(e.start_char, e.end_char, e.label_) for e in d.ents]
                 for d in plain.get_pipe("ner").pipe(plain.make_doc(t) for t in texts[:100])]
    assert ner == plain_ner and any(ner)


@pytest.mark.parametrize("pattern", [[{"LOWER": "a", "OP": "+"}], [{"SHAPE": "Xx"}], [{"LOWER": {"FUZZY": "abc"}}]])
def test_a_pattern_beyond_the_tables_keeps_spacys_matcher(pattern):
    class Ruler:
        vocab = S.load_model().vocab
        patterns = [{"patterns": [[{"TAG": "NN"}]], "attrs": {}, "index": 0},
                    {"patterns": [pattern], "attrs": {}, "index": 0}]

    ruler = Ruler()
    S._indexed_attribute_rules(ruler)
    assert "match" not in vars(ruler)
