"""A learned role for people the rules leave unplaced (rule `role_model`).

The hand-written rules fit the phrasings they were written for; on sites they have never seen, most attendees
they miss are named in a list or a clause of a shape no rule knows, and are left unplaced. This module gives
such a person a role (attendee or speaker) from a small multinomial logistic regression over the parse and the
words around each mention of the name (`person_features`), trained on the labelled development readouts by
`scripts/train_role_model.py` and shipped beside this file as `role_model.json` (no download, no new
dependency: numpy comes with spaCy).

It decides only what the rules left open, and only when it is confident (the model file's `thresholds`, chosen
on the development sets' leave-one-set-out predictions). Everything here is pure.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Any

from readouts.pinyin import is_surname, syllables
from readouts.transform.lexicon import GROUP_NOUN_WORDS, ORG_HEADS, PLACE_HEADS, TIME_NOUNS

MODEL_PATH = Path(__file__).with_name("role_model.json")
CLASSES = ("none", "attendee", "speaker", "mention", "chair")
# the roles the model may give: presence and speech. A chair is never guessed, and a mention rests on evidence a
# reader can check (a credit, an act placed elsewhere, a reference the parse shows), never on a guess
APPLIED = ("attendee", "speaker")
_NOT_NAME_WORDS = {w.lower() for w in (*ORG_HEADS, *PLACE_HEADS, *GROUP_NOUN_WORDS) if " " not in w}


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def _lower_word(tok: Any) -> str:
    return tok.lower_ if tok.is_alpha else ("NUM" if tok.like_num else tok.text)


def occurrence_features(parsed: Any, start: int, end: int, hits: list, sent_index: int, names_here: int,
                        found_by: str = "") -> list[str]:
    """The features of one mention of a name at characters [start, end) of a parsed sentence. `hits`: the
    sentence's role-verb hits (`roles.verb_hits`); `found_by`: the name rule that found it."""
    out = [f"sent={_bucket(sent_index, (0, 1, 3))}", f"names={_bucket(names_here, (1, 3, 6))}", f"found_by={found_by}"]
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is not None and len(span):
        root = span.root
        # the parser's entity label: a secondary signal (it misses and invents romanised Chinese names)
        out.append(f"ent={root.ent_type_ or 'O'}")
        out += [f"dep={root.dep_}", f"head={root.head.lemma_.lower()}", f"head_dep={root.head.dep_}",
                f"dep_head={root.dep_}>{root.head.lemma_.lower()}"]
        # the walk up to the governing predicate, through lists, appositions and prepositions
        t, steps, preps = root, 0, []
        while t.head is not t and steps < 8:
            t, steps = t.head, steps + 1
            if t.pos_ in ("VERB", "AUX") and t.dep_ != "prep":  # "including" parsed as a verb is a preposition
                out += [f"gov={t.lemma_.lower()}", f"gov_dep={t.dep_}", f"gov_steps={_bucket(steps, (1, 2, 4))}"]
                out += _occasion(t)
                break
            if t.dep_ == "prep" or t.pos_ == "ADP":
                preps.append(t.lower_)
        out += [f"prep={p}" for p in preps[:2]]
        before = list(parsed[max(0, span.start - 3):span.start])
        after = list(parsed[span.end:span.end + 2])
        out += [f"w-{len(before) - i}={_lower_word(tok)}" for i, tok in enumerate(before)]
        out += [f"w+{i + 1}={_lower_word(tok)}" for i, tok in enumerate(after)]
        out += [f"verb={tok.lemma_.lower()}" for tok in parsed if tok.pos_ == "VERB"]
    for h in hits:
        where = "before" if h.end <= start else "after"
        out.append(f"hit={h.role}:{where}")
        out.append(f"hit={h.role}:{h.form}:{where}")
    nearest_after = next((h for h in hits if h.start >= end), None)
    if nearest_after is not None:
        out.append(f"next_hit={nearest_after.role}")
    return out


def _occasion(verb: Any) -> list[str]:
    """Whether the governing predicate is this meeting's: its auxiliaries ("had attended", "will attend"), a time
    noun on it ("last year"), and whether it sits in a clause someone reports ("said that ... had attended")."""
    out = [f"gov_aux={c.lower_}" for c in verb.children if c.dep_ in ("aux", "auxpass")]
    out += ["gov_time" for c in verb.subtree if c.lemma_.lower() in TIME_NOUNS and c.dep_ in ("npadvmod", "pobj")]
    t, up = verb, 0
    while t.head is not t and up < 6:
        if t.dep_ in ("ccomp", "advcl", "relcl"):
            out.append(f"gov_in={t.dep_}")
            break
        t, up = t.head, up + 1
    return sorted(set(out))


def name_shape(name: str) -> list[str]:
    """How the name itself looks: a recogniser's false names ("Hefei Hi-tech", "Xiangtan Deputies") look unlike
    a person's."""
    words = name.replace("-", " ").split()
    out = [f"words={_bucket(len(words), (1, 2, 3, 4))}"]
    if words and is_surname(words[0]):
        out.append("surname_first")
        if all(syllables(w.lower()) is not None for w in words[1:]):
            out.append("pinyin")
    if any(w.lower() in _NOT_NAME_WORDS for w in words):
        out.append("org_word")
    if any(w[:1].islower() for w in words):
        out.append("lower_word")
    return out


def person_features(occurrences: list[list[str]], titled: bool, in_headline: bool, name: str = "") -> list[str]:
    """A person's features: how the name looks, those of the first mention ("first:"), those of the other mentions
    and, for a person named more than once, of the first too ("any:"), and a few of the whole document."""
    out = ["bias", f"titled={titled}", f"headline={in_headline}", f"mentions={_bucket(len(occurrences), (1, 2, 4))}"]
    out += ["name:" + f for f in name_shape(name)]
    for i, feats in enumerate(occurrences):
        out += [("first:" if i == 0 else "any:") + f for f in feats]
    if len(occurrences) > 1:
        out += sorted({"any:" + f for f in occurrences[0]})
    return sorted(set(out))


@lru_cache(maxsize=1)
def load() -> dict:
    """The shipped model: {"version", "classes", "thresholds", "weights": {feature: [one weight per class]}}."""
    model = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    if tuple(model["classes"]) != CLASSES:
        raise ValueError(f"{MODEL_PATH.name}: classes {model['classes']} are not {CLASSES}")
    return model


def probabilities(features: list[str], model: dict | None = None) -> dict[str, float]:
    model = model or load()
    weights = model["weights"]
    scores = [0.0] * len(CLASSES)
    for f in features:
        w = weights.get(f)
        if w is not None:
            scores = [s + x for s, x in zip(scores, w)]
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    total = sum(exp)
    return {c: e / total for c, e in zip(CLASSES, exp)}


def decide(features: list[str], model: dict | None = None) -> str | None:
    """The role to give an unplaced person, or None (the person stays unplaced for review)."""
    model = model or load()
    probs = probabilities(features, model)
    best = max(CLASSES, key=lambda c: probs[c])
    if best in APPLIED and probs[best] >= model["thresholds"][best]:
        return best
    return None
