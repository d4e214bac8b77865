"""Who chaired, spoke, attended, or was only mentioned (corpus/GUIDELINES.md 2.4-2.7).

The grammar is composed of small rules from `names`, `titles` and `roles`:
1. every role verb of a sentence (`roles.verb_hits`) gets a subject: the list of parties written before it
   in the same clause (`subject_items`), the subject of the verb it is coordinated with
   ("presided over the meeting and delivered a speech"), the main-clause subject for a participle
   ("Presiding over ..., Li said"; "..., noting that"), or the name after an inverted "said Li";
2. subject items are persons (with titles before and after the name), back-references ("He", "Li",
   "the Governor", "Secretary Peng") resolved to a person already named in the document, unnamed groups,
   organisations and places;
3. the headline rule "X Chairs/Presides over";
4. persons named but given no role, and persons credited in captions and bylines, are mentions; except
   companions ("accompanied") and names in a list that ends in a presence verb (`listed_as_present`), whose
   presence is stated even where the subject grammar could not parse the list;
5. organisations and places speak too: "Representatives of A, B and C spoke" (`org_list`), "Heads of such
   enterprises as X Co., Ltd. and Y made speeches", "the Department of Commerce and Haikou Customs made
   statements", "The cities of A, B and C made speeches" (`place_label_list`);
6. rules added for unseen readouts: `code_not_party` ("G219" is never a party), `pronoun_alone` ("..., he
   said" heads no list), `title_org_and` ("Chief Engineer of the Institute of Planning and Design": "Design" is
   no party), `relative_attended_by` (", which was attended by A and B"; reduced ", attended by A"),
   `with_present` ("with A and B present/attending"), signatories, witnesses of a signing and counterparts
   ("signed an agreement with Z") were there: attendees unless they are speakers (`roles.SIGN`,
   `sign_counterpart`, `signatories`; before parser 1.22.0 participants without a row), and
   `coordinated_predicate` ("Li welcomed the guests and said": Li said);
7. rules for the genre rather than the sentences seen: `speech_elsewhere` (a marker of another time, occasion or
   medium in the clause: "during his inspection in March", "last year", "in a letter", "told reporters": the
   person is a mention), `press_commentator` ("X told the Global Times ...": X's later "X said" is not meeting
   speech), `visit_elsewhere`, `accompanied_event` ("accompanied the inspection" is presence; "accompanied Li" is
   not), `delegation_led_by`, `inverted_speech` ("Speaking at the symposium were A, title; B, title; and C"),
   `semicolon_list`, `heard_reports_of`, `delivered_by`, `place_plural_list` ("A, B and C provinces"),
   `coordinated_orgs` ("the X Bureau and the Y Association": split by head word), `org_subject_with_and`,
   `together_with_present`, `fullest_title`;
8. rules from the sc.gov.cn / Xinhua / gov.cn genre: `org_name_and` ("the X Municipal Development and Reform
   Commission, the Y Administration ... made statements": one organisation), enterprise lists after "including" /
   "such as" ("Representatives of enterprises including X Co., Ltd. and Y shared ..."), `made_arrangements`
   (`roles.ARRANGE`: an optional speaker, a participant, never a mention), a name with the surname "He" is no
   pronoun (`pronoun_alone`), `plural_office_label` ("Executive chairmen of the presidium Wen X, Bai Y ... took
   their seats"), `agent_participle` ("the speech delivered by Xi when attending ...": not the chair's presence).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from readouts.months import FULL_RE, WEEKDAY_RE
from readouts.transform import names as N
from readouts.transform import role_model as M
from readouts.transform import roles as R
from readouts.transform import syntax as S
from readouts.transform import titles as T
from readouts.transform.lexicon import (
    ACT_PARTICIPLES,
    ADVISER_NOUNS,
    CALENDAR_WORDS,
    CHAIR_NOUNS,
    COUNCIL_STYLES,
    COUNTRY_WORDS,
    ENVOY_NOUNS,
    FIELD_WORDS,
    GROUP_NOUN_WORDS,
    HEADLINE_VERBS,
    HONORIFICS,
    INDEFINITE_PRONOUNS,
    LABEL_ROLES,
    MEETING_NOUNS,
    MODIFIERS,
    OFFICE_WORDS,
    ORG_HEADS,
    PLACE_HEADS,
    PLACE_NAMES,
    POST_NOMINALS,
    ROLL_STYLES,
    SENTENCE_ADVERBS,
    SOURCE_NOUNS,
    TRIBE_PREFIXES,
    WIRE_AGENCIES,
)


@dataclass
class Parties:
    chairs: list[str] = field(default_factory=list)
    speakers: list[dict] = field(default_factory=list)  # name, kind, titles, role, evidence
    attendees: list[dict] = field(default_factory=list)  # name, kind, titles, group, evidence
    mentions: list[dict] = field(default_factory=list)  # name, evidence, rule
    unplaced: list[dict] = field(default_factory=list)  # name, evidence: named, no role, no evidence of absence
    actor_by_sentence: list[str | None] = field(default_factory=list)


# ----------------------------------------------------------------------------------- lexicon
# the word tables (organisation and place heads, group nouns, role labels) live in lexicon.py
MEDIA = re.compile(r"\b(?:Xinhua|Daily|News|Agency|Press|Times|Post|TV|CCTV|CGTN|Radio|Online|Media|" +
                   "|".join(WIRE_AGENCIES) + r")\b")
GROUP_NOUNS = re.compile(r"\b(?:" + "|".join(GROUP_NOUN_WORDS) + r")\b", re.I)
GROUP_START = re.compile(
    r"^(?:other|relevant|leading|all|some|many|several|senior|responsible|principal|main|more|over|about|nearly|"
    r"around|some|representatives|heads|officials|members|deputies|delegates|experts|those|the\s+heads|"
    r"the\s+representatives|the\s+leaders|the\s+officials|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|dozens|hundreds|thousands)\b", re.I)
ADVERBIAL_START = re.compile(
    r"^(?:on|in|at|during|after|before|with|from|by|for|under|via|through|upon|since|when|while|as|"
    r"meanwhile|also|then|later|earlier|today|yesterday|tonight|recently|subsequently|besides|moreover|"
    r"furthermore|additionally|first|second|third|finally|however|jointly|respectively|successively|"
    r"together|who|which|whom|where|together\s+with|along\s+with|accompanied\s+by|here|there)\b", re.I)
MEETING_SUBJECT = re.compile(
    r"^(?:the\s+|this\s+|that\s+)?(?:\w+\s+){0,4}(?:meeting|conference|session|plenum|forum|symposium|congress|"
    r"gathering|seminar|event)s?$|^(?:it|they|we|participants|attendees)$", re.I)
PRONOUN = re.compile(r"^(?:he|she)$", re.I)
_FRONTED_PARTICIPLE = re.compile(r"(?:After|Before|Upon|On|While|When|Since)\s+(?:\w+ly\s+)?[a-z]+ing\b")
# rule `fronted_reference`: "With the good relationship between President A and President B, Gou said": a fronted
# phrase of circumstance names no subject of the verb; a person named only in such phrases is referred to (a mention)
_CIRCUMSTANCE = (r"(?:With|Given|Amid|Amidst|Despite|Thanks\s+to|Due\s+to|Because\s+of|Regarding)\s+"
                 r"(?:the|a|an|its|his|her|their|our|this|these|such)\s")
_CIRCUMSTANCE_CLAUSE = re.compile(r"^\s*" + _CIRCUMSTANCE + r"[^,;]*,\s+(?=[A-Z]|the\s)")
# (1.55.0: a perfect participle, "Having warmly welcomed the new Commander, Commander of the Navy expressed")
# (1.57.0) an act's participle opening the sentence: "Chairing a review meeting with ..., Singh emphasised", "Receiving
# Ambassador B in his office, A said" (not "Visiting Professor B, ...", "Including A, ...")
_ACT_OPENER = r"(?:" + "|".join(sorted(w.capitalize() for w in ACT_PARTICIPLES - {"visiting", "including"})) + r")\s"
_FRONTED_CLAUSE = re.compile(r"^\s*(?:" + _FRONTED_PARTICIPLE.pattern + r"|(?:Meeting|Receiving)\s+with\b|" + _ACT_OPENER + r"|" + _CIRCUMSTANCE + r"|"
                             r"Having\s+(?:\w+ly\s+)?[a-z]+\b|"
                             r"(?:Pleased|Glad|Happy|Delighted|Hono(?:u)?red)\s+to\s+[a-z]+\b)[^,;]*,\s+(?=[A-Z]|the\s)")
# "During his speech", "In her welcome remarks": the opening of a sentence on its subject's own speech (one head for
# `_FRONTED_OWN_SPEECH` and `_FRONTED_OWN_REMARKS`)
_OWN_SPEECH_HEAD = r"^\s*(?:During|In)\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:speech|remarks|address|statement|presentation|keynote"
# (1.56.0) "During his speech he stressed ...", "In her remarks, she said": the pronoun after is the subject
_FRONTED_OWN_SPEECH = re.compile(_OWN_SPEECH_HEAD + r"|welcome)\b[^,;]{0,80}?(?:,\s+|\s+)(?=(?:he|she)\s)")
DEFINITE_OFFICE = re.compile(r"^the\s+(?:(?:provincial|municipal|vice|deputy|party|state|executive|prime|chief)\s+)*"
                             r"(\w+(?:[- ]general)?)$", re.I)  # "the Director-General", "the Secretary General"
# rule `named_office_reference` (parser 1.30.0): "The County Manager said", "the IDB Group President underlined", "The
# DNCC Mayor instructed": a definite office with one to three capitalised words (a body, a place, an acronym) before it
_NAMED_OFFICE = re.compile(r"^[Tt]he\s+((?:(?:[A-Z][\w.&'’-]*|\([A-Z]{2,8}\))\s+){1,3})([A-Za-z]+(?:-[A-Za-z]+)*)$")
_RANKS = {"vice", "deputy", "executive", "assistant"}  # "the Governor" is not the Vice Governor ("acting" is)


def _office_core(title: str) -> list[str]:
    """A title's office words before its body ("Acting County Manager" of "... of X"), parentheses dropped."""
    core = re.split(r"\s+(?:of|for|at|in)\s+", title.lower())[0]
    return re.sub(r"\([^()]*\)", " ", core).replace("-", " ").split()


# (1.48.0) an office written short after "the": "At the meeting, the PM and Ambassador stressed ..."
_OFFICE_ABBREVIATIONS = {"PM": "Prime Minister", "FM": "Foreign Minister", "CM": "Chief Minister",
                         "DPM": "Deputy Prime Minister", "VP": "Vice President"}
_ABBREVIATED_OFFICE = re.compile(r"^([Tt]he\s+)(PM|FM|CM|DPM|VP)$")


def definite_office(ref: str) -> re.Match | None:
    """"the Governor", "the Director-General", and rule `named_office_reference`'s "the County Manager"."""
    m = DEFINITE_OFFICE.match(ref)
    if m:
        return m
    m = _NAMED_OFFICE.match(ref)
    return m if m and _names_office(m) else None


def _names_office(m: re.Match) -> bool:
    """The last word is an office and the words before it name its body or place, not another office ("the General
    Secretary" stays the genre's reference to the leader, resolved elsewhere or not at all)."""
    return m.group(2).lower().split("-")[0] in OFFICE_WORDS and \
        not any(w.lower() in OFFICE_WORDS or w.lower() in _RANKS for w in m.group(1).split())


def _named_in_title(words: list[str], title: str) -> bool:
    """Every word written before the office is in the title, or an acronym of its capitalised words ("UN")."""
    have = set(re.sub(r"[()]", " ", title.lower()).split())
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'-]*", title))
    return all(w.lower() in have or w.isupper() and w in initials for w in words)
_CLAUSE_WORDS = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|should|must|will|would|shall|can|could|may|might|need|"
    r"needs|did|does|do)\b", re.I)
# a surname or short name written as a back-reference, Latin letters beyond ASCII included ("Lef\u00e8vre said")
_BACK_REF_NAME = re.compile("(?:(?:[" + N.UP + "][" + N.LO + "]+(?:-[" + N.UP + "]?[" + N.LO + r"]+)?\s+|[A-Z]{2,4}\s+){0,2})?[" +
                            N.UP + "][" + N.LO + "]+(?:-[" + N.UP + "]?[" + N.LO + "]+|['\u2019][" + N.LO + "]+)?")
_CAPS_WORD = re.compile(r"\b[A-Z]{2,}\b")
_FINITE_CLAUSE = re.compile(r"\b(?:is|are|was|were|should|must|will|shall|can|need|needs)\b", re.I)
_SEP = re.compile(r"(,\s+and\s+|,\s+as\s+well\s+as\s+|\s+as\s+well\s+as\s+|,?\s+(?:along|together)\s+with\s+|,\s+(?!Ltd\b|Inc\b|Limited\b|LLC\b|PLC\b)|"
                  r"(?<=[a-z]),$|(?<=[a-z]),(?=the\s|[A-Z])|\s*\u3001\s*|\s+and\s+)")  # "Co., Ltd." is one name; "A and B,served as": a comma that
# lost its space before the verb still ends the subject (inside the list such commas are left to the name rules);
# (1.34.0) the Chinese enumeration comma of machine-translated pages separates too: "Vice President Yu Li、Zhang Yan"
# a clause starts after "that", a semicolon, a colon, a dash, "while", and a relative "over which" / "at which" (rule
# `relative_which`: "A and B attended the meeting, over which C presided": C is the chair, A and B are not)
_BOUNDARY = re.compile(r"\bthat\s+|;\s*|:\s*|\s--\s*|\(Xinhua\)\s*|\u2014\s*|,?\s+(?:while|whereas)\s+(?=[A-Z])|"
                       r",?\s+(?:over|at|during|in)\s+which\s+(?=[A-Z])")


@dataclass
class Person:
    name: str
    key: str
    titles: list[str]
    first: int  # offset of first mention
    titled: bool = False
    titled_at: int = -1  # offset of the mention the titles were taken from


@dataclass
class Item:
    start: int
    end: int
    text: str
    sep: str = ""  # separator before it


@dataclass
class Subject:
    kind: str  # person | group | organization | place | meeting
    name: str | None
    group: str | None = None
    start: int = -1
    end: int = -1


_PLACE_AFTER = r"(?:[Pp]rovinces?|[Pp]rovincial|[Cc]ity|[Cc]ities|[Cc]ount(?:y|ies)|[Dd]istricts?|[Pp]refectures?|[Tt]ownships?)\b"
_NAME_THEN_PLACE = re.compile(r"(?<![\w'\u2019-])([A-Z][a-z]+ [A-Z][a-z]+) " + _PLACE_AFTER)
# (the heads in capitals, or a few body heads in lower case: "Song Qingling foundation", "Zhong Da group", "the Ye
# Jianying memorial park"; never "thought", "building" or "co-chaired" in lower case)
_NAMED_BODY_AFTER = re.compile(N.ORG_OR_PLACE_AFTER.pattern + r"|\s+(?:foundation|group|town|township|university|"
                               r"college|institute|academy|hospital|museum|memorial|mausoleum|park|temple)\b(?![-\u2013])")
_OFFICE_ALT = "|".join(sorted(map(re.escape, OFFICE_WORDS), key=len, reverse=True))
# (1.49.0) "the coastal province of Preah Sihanouk", "the City of Tshwane": the words after a place noun and "of"
_PLACE_OF_NAME = re.compile(r"\b(?:[Pp]rovince|[Cc]ity|[Cc]ounty|[Pp]refecture|[Dd]istrict|[Mm]unicipality|[Rr]egion|[Tt]own|"
                            r"[Vv]illage|[Ii]sland)\s+of\s+(?:the\s+)?([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\b")
_PLACE_LIST = re.compile(r"((?:[A-Z][a-z]+ [A-Z][a-z]+(?:,\s+(?:and\s+)?|\s+and\s+))+[A-Z][a-z]+ [A-Z][a-z]+)\s+"
                         r"(?:[Pp]rovinces|[Cc]ities|[Cc]ounties|[Dd]istricts|[Pp]refectures)\b")
# "... of 04 northern provinces sharing a border with Guangxi including Quang Ninh, Tuyen Quang, Lang Son, Cao Bang":
# the list a plural place noun introduces names places, and so does the list right after it (parser 1.25.1: "four
# Vietnamese provinces Cao Bang, Lang Son, Quang Ninh, and Ha Giang", "the 5 provinces of Ha Giang, Lao Cai, ...")
_PLACES_INCLUDING = re.compile(r"\b(?:provinces|cities|counties|districts|prefectures|countries|regions|"
                               r"municipalities|localities)\b(?:[^.;:]{0,60}?\b(?:including|such\s+as|namely|like)\s+|"
                               r"\s+(?:of\s+)?)"
                               r"((?:[A-Z][a-z]+ [A-Z][a-z]+(?:,\s+(?:and\s+)?|\s+and\s+))+[A-Z][a-z]+ [A-Z][a-z]+)\b")
Verdict = tuple[str, Subject | None, str | None]  # SentenceParse.classify: (action, subject, group label)


# ----------------------------------------------------------------------------------- document state
class Doc:
    def __init__(self, text: str, sentences, title):
        self.text = text
        self.sentences = sentences
        self.title = title or ""
        self.persons: dict[str, Person] = {}
        self.names_by_sentence: list[list[N.NameSpan]] = []
        self.last_person: str | None = None  # key of the last person acting as a subject
        self.recent: list[str] = []
        self.external: set[str] = set()  # persons quoted by the press outside the meeting (`press_commentator`)
        self.chair_keys: list[tuple[str, str]] = []  # the persons placed as chairs so far, and the rule (`chair_reference`)
        self._parses: dict[str, object] = {}  # sentence -> dependency parse: each sentence is parsed once
        self.reference_words: frozenset[str] | None = None  # `_reference_words`, once the persons are known
        self.inspected: dict[str, dict[str, str]] = {}  # `inspectors`, per verb pattern
        # rule `reporter_lead_credit`: reporters named in the text are credited (mentions), never parties
        self.press = {N.person_key(n) for s in sentences for n in N.press_names(s.text)}
        for s in sentences:
            self.names_by_sentence.append(N.find_names(s.text, T.is_title))
        self._entity_names()
        self._verb_subject_names()
        self._longer_office_names()
        self._drop_phrase_pairs()
        self._canonical_spellings()
        self._drop_places()
        self._drop_named_bodies()
        # rule `country_not_name`, also for the names the NER and the office rules added
        self.names_by_sentence = [[N.with_regnal(s.text, N.without_country(sp)) for sp in spans
                                   if sp.name.split()[0] not in TRIBE_PREFIXES]  # (1.51.0) a tribe's name is no person
                                  for s, spans in zip(sentences, self.names_by_sentence)]
        for s, spans in zip(sentences, self.names_by_sentence):
            for j, sp in enumerate(spans):
                self._register(s, sp, spans[j - 1] if j else None, spans[j + 1] if j + 1 < len(spans) else None)
        self._quoted_surnames()
        # rule `known_name`: a non-Chinese name introduced once ("Mr. Paul Keller", "Anna Berg, President of ...")
        # is recognised wherever else it is written in full
        known = [p.name for p in self.persons.values() if len(p.name.split()) >= 2]
        for s in sentences:  # rule `back_reference_apposition` at a sentence start: "Wang, head of ..., told ..."
            m = _OPENING_SURNAME.match(s.text)
            key = self.resolve(m.group(1), s.start) if m and N.is_surname(m.group(1)) else None
            if m and key:
                self.also_titles(key, s.text[m.end(1):], back_ref=True)
        for s, spans in zip(sentences, self.names_by_sentence):
            self._shared_titles(s.text, spans)
            self._plural_titles(s.text, spans)
        self._headline_titles()
        self._known_names(known)

    def _known_names(self, known: list[str]) -> None:
        """Rules `known_name` and `given_name_alias`: the further spans of names found in full once."""
        given = _given_aliases(known)
        for i, s in enumerate(self.sentences):
            spans = list(self.names_by_sentence[i])
            covered = {(sp.start, sp.end) for sp in spans}
            for name in known:
                if name not in s.text:
                    continue
                for a, b in _occurrences(s.text, name):
                    if (a, b) in covered:
                        continue  # the same span found by a name rule
                    if not any(sp.start < b and a < sp.end for sp in spans):
                        spans.append(N.NameSpan(a, b, name, "known"))
            for word, name in given.items():
                for a, b in _occurrences(s.text, word) if word in s.text else ():
                    if _GIVEN_SUBJECT.match(s.text, b) and not _CAP_BEFORE.search(s.text, 0, a) and \
                            s.start + a > self.persons[N.person_key(name)].first and \
                            not any(sp.start < b and a < sp.end for sp in spans):
                        spans.append(N.NameSpan(a, b, name, "given_name_alias"))
            spans.sort(key=lambda sp: sp.start)
            self.names_by_sentence[i] = spans

    def _quoted_surnames(self) -> None:
        """Rule `quoted_surname` (names.py): a lone surname closing a quotation that no person found in full has."""
        for s, spans in zip(self.sentences, self.names_by_sentence):
            for sp in N.quoted_surname_names(s.text):
                if any(x.start < sp.end and sp.start < x.end for x in spans) or self.resolve(sp.name, s.start) or \
                        sp.name.lower() in S.dictionary_words() or \
                        re.search(r"\b[" + N.UP + r"][\w'\u2019-]+\s+" + re.escape(sp.name) + r"\b", self.text):
                    # the last word of a longer name written elsewhere ("Junior Basant"): the rules left it unplaced
                    continue
                self._register(s, sp, None, None)
                spans.append(sp)
                spans.sort(key=lambda x: x.start)

    def _entity_names(self) -> None:
        """Rule `entity_name` (names.py): the model's NER proposes names the rules do not know."""
        # the word list comes from the model: it is loaded only for a document with a run worth the test
        todo = [i for i, s in enumerate(self.sentences) if N.may_hold_entity(s.text, self.names_by_sentence[i], None)]
        if not todo:
            return
        words = S.dictionary_words()
        todo = [i for i in todo if N.may_hold_entity(self.sentences[i].text, self.names_by_sentence[i], words)]
        for i, ents in zip(todo, S.person_entities([self.sentences[i].text for i in todo])):
            spans = self.names_by_sentence[i]
            extra = N.entity_names(self.sentences[i].text, ents, spans, words)
            if extra:  # an entity that writes a found name longer replaces it
                kept = [sp for sp in spans if not any(x.start <= sp.start and sp.end <= x.end for x in extra)]
                # (1.34.0) the list mates of a name the NER found: "Bruce Seely (Social Sciences), James Moore (...)"
                self.names_by_sentence[i] = N.list_mate_names(self.sentences[i].text,
                                                              sorted(kept + extra, key=lambda sp: sp.start))

    def _verb_subject_names(self) -> None:
        """Rules `verb_subject_name` and `office_name` (names.py): a capitalised pair no dictionary has, before a verb of
        speech or presence or after an office."""
        todo = [i for i, s in enumerate(self.sentences) if N.may_hold_entity(s.text, self.names_by_sentence[i], None)]
        if not todo:
            return
        words = S.dictionary_words()
        for i in todo:
            extra = N.verb_subject_names(self.sentences[i].text, self.names_by_sentence[i], words, self.text)
            extra += N.office_names(self.sentences[i].text, self.names_by_sentence[i] + extra, words, self.text,
                                    T.is_title)
            if extra:
                self.names_by_sentence[i] = sorted(self.names_by_sentence[i] + extra, key=lambda sp: sp.start)

    def _longer_office_names(self) -> None:
        """Rule `office_name_words` (parser 1.31.0): a name after an "office of" chain may run longer than its last two
        words ("... of the National Assembly of Angola Joao Manuel Goncalves Lourenco", "Minister of Foreign Trade
        Rodrigo Malmierca Diaz", "... Defence Affairs Khalid Bin Mohammed Al Attiyah"): the words before it that no
        dictionary has (the place or portfolio before the name is written with one), and the particles between them."""
        if not any(sp.rule in ("office_of", "office_name") for spans in self.names_by_sentence for sp in spans):
            return
        words = S.dictionary_words()
        for i, s in enumerate(self.sentences):
            spans = self.names_by_sentence[i]
            for j, sp in enumerate(spans):
                if sp.rule not in ("office_of", "office_name"):
                    continue
                start = N.name_words_before(s.text, sp.start, words, 5 - len(sp.name.split()))
                if start < sp.start and not any(o.end > start and o is not sp and o.start < sp.start for o in spans):
                    spans[j] = N.NameSpan(start, sp.end, s.text[start:sp.end], sp.rule)

    def _drop_phrase_pairs(self) -> None:
        """Rule `phrase_not_name` (parser 1.22.0): a pair of capitalised words that `office_of_name` took after an
        "office of" chain is no name when both are English words and the first is no surname: the end of the
        organisation's name ("Director of the RAND Center for Asia Pacific Policy", "... Exchange Market"), unless
        the model's NER finds a person there ("Minister for Foreign Affairs Anna Berg")."""
        if not any(sp.rule == "office_of" for spans in self.names_by_sentence for sp in spans):
            return
        words = S.dictionary_words()
        doubtful = {i: [sp for sp in spans if sp.rule == "office_of" and not N.is_surname(sp.name.split()[0]) and
                        all(w.lower() in words for w in sp.name.split())]
                    for i, spans in enumerate(self.names_by_sentence)}
        doubtful = {i: sps for i, sps in doubtful.items() if sps}
        for i, ents in zip(doubtful, S.person_entities([self.sentences[i].text for i in doubtful])):
            drop = [sp for sp in doubtful[i] if not any(a < sp.end and sp.start < b for a, b in ents)]
            self.names_by_sentence[i] = [sp for sp in self.names_by_sentence[i] if sp not in drop]

    def _drop_places(self) -> None:
        """Rule `written_as_place`: a name the same readout writes as a place ("Lao Cai province", "the Siem Reap
        Provincial Committee", "Quang Ninh, Lang Son and Cao Bang provinces") is that place, not a person."""
        places = {m.group(1) for m in (*_NAME_THEN_PLACE.finditer(self.text), *_PLACE_OF_NAME.finditer(self.text))}
        for m in [*_PLACE_LIST.finditer(self.text), *_PLACES_INCLUDING.finditer(self.text)]:
            places |= {x for x in re.split(r",\s+(?:and\s+)?|\s+and\s+", m.group(1))}
        # (1.41.0) and a country, state or province of several words the lexicon knows ("Sierra Leone", "Nova Scotia"),
        # and a name after "The Honourable" alone the text also writes after "in" or "to" (as `office_name` checks)
        def place(s, sp: N.NameSpan) -> bool:
            name = N.clean_name(sp.name)
            return name in places or name.lower() in PLACE_NAMES or bool(
                _THE_HONOURABLE_BEFORE.search(s.text, 0, sp.start) and N.written_as_place(sp.name, self.text))

        self.names_by_sentence = [[sp for sp in spans if not place(s, sp)]
                                  for s, spans in zip(self.sentences, self.names_by_sentence)]

    def _drop_named_bodies(self) -> None:
        """Rule `named_body` (parser 1.49.0): a name run on into a body's or a place's head word ("Song Qingling
        foundation", "the Liaoning Zhong Da group", "Cai Chang Town") names that body or place, not a person."""
        def body(text: str, end: int) -> bool:  # (not "Francis Yeoh Group Managing Director, said": an office of his
            # own follows; "X foundation President Chen said": the office is the next name's)
            m = _NAMED_BODY_AFTER.match(text, end)
            return m is not None and not re.match(r"\s+(?:[A-Z][a-z]+\s+)?(?:" + _OFFICE_ALT + r")(?-i:\s*[,.;]|\s+[a-z]|$)",
                                                  text[m.end():], re.I)
        self.names_by_sentence = [[sp for sp in spans if not body(s.text, sp.end)]
                                  for s, spans in zip(self.sentences, self.names_by_sentence)]

    def _canonical_spellings(self) -> None:
        """Rules `majority_spelling`, `surname_alias` and `spelling_variant` (names.py): every span is renamed
        to the form its person goes by, and one-edit misspellings that are not names by themselves are added."""
        written = [sp.name for spans in self.names_by_sentence for sp in spans]
        together = set()  # spelling variants written side by side in one sentence are two people
        for spans in self.names_by_sentence:
            by_surname: dict[str, set[str]] = {}
            for sp in spans:
                n = N.clean_name(sp.name)
                by_surname.setdefault(n.split()[0] if n else "", set()).add(n)
            for group in by_surname.values():
                if 1 < len(group) <= N.MAX_NAMESAKES:
                    together |= {frozenset((a, b)) for a in group for b in group if a != b and N.spelling_variant(a, b)}
        # (1.36.0) "Kenneth Y Stiles" is the "Kenneth Y. Stiles" the text also writes: the dotted form
        dotted = {re.sub(r"\b([A-Z])\.\s?", r"\1 ", c).strip(): c for c in map(N.clean_name, written)
                  if re.search(r"\b[A-Z]\.\s", c)}
        canon = N.canonical_names([_dotted(N.clean_name(n), dotted) for n in written], together)
        self._headline_aliases(canon)
        known = sorted({c for c in canon.values() if len(c.split()) == 2})
        for i, (s, spans) in enumerate(zip(self.sentences, self.names_by_sentence)):
            spans = [N.NameSpan(sp.start, sp.end, canon.get(_dotted(N.clean_name(sp.name), dotted), sp.name), sp.rule)
                     for sp in spans]
            for v in N.variant_spans(s.text, known):
                if not any(sp.start < v.end and v.start < sp.end for sp in spans):
                    spans.append(v)
            spans.sort(key=lambda sp: sp.start)
            self.names_by_sentence[i] = spans

    def _headline_aliases(self, canon: dict[str, str]) -> None:
        """Rule `headline_alias` (1.55.0): "V. Huseynov" or "Basnet" in the body is the "Vusal Huseynov" of the headline
        when the body writes that person in full nowhere (`initial_alias` / `surname_alias` with the headline's names
        as the fuller forms)."""
        heads = {N.clean_name(sp.name) for sp in N.find_names(self.title, T.is_title)} if self.title else set()
        heads = {h for h in heads if len(h.split()) >= 2 and h not in canon and  # (not "Elbegdorj Meets")
                 not any(w.lower() in HEADLINE_VERBS for w in h.split())}
        if not heads:
            return
        shortened = [n for n, c in canon.items() if c == n and (len(n.split()) == 1 or N.initialled(n))]
        again = N.canonical_names(shortened + sorted(heads))
        for n in shortened:  # the same surname, last in both ("Holness" is not the "Holness Invited ..." of a headline)
            if again.get(n) in heads and again[n].split()[-1] == n.replace(".", ". ").split()[-1]:
                canon[n] = again[n]

    def _register(self, s, sp: N.NameSpan, prev: N.NameSpan | None, nxt: N.NameSpan | None) -> None:
        key = N.person_key(sp.name)
        p = self.persons.get(key)
        if p is None:
            p = self.persons[key] = Person(N.clean_name(sp.name), key, [], s.start + sp.start)
        titles = titles_at(s.text, sp, nxt, prev)
        if not p.titled:
            if titles:
                p.titles, p.titled, p.titled_at = titles, True, s.start + sp.start
        else:
            if titles and s.start + sp.start - p.titled_at <= _NEAR_FIRST and fuller_titles(titles, p.titles):
                p.titles, p.titled_at = titles, s.start + sp.start
            self.also_titles(p.key, s.text[sp.end:])

    def _headline_titles(self) -> None:
        """Rule `headline_title`: the headline is a person's first mention, and GUIDELINES 2.5 takes the fullest
        title near it: "YSU President Liu Hongmin met ..." over the body's "President Liu Hongmin"; a headline
        title is taken where the body gives none, or where it writes the body's first title longer."""
        for sp in N.find_names(self.title, T.is_title) if self.title else []:
            p = self.persons.get(N.person_key(sp.name))
            found = T.pre_name_title(self.title, sp.start) if p is not None else None
            if p is None or found is None:
                continue
            title = found[0]
            if not p.titles:
                p.titles, p.titled = [title], True
            elif len(title) > len(p.titles[0]) and title.lower().endswith(" " + p.titles[0].lower()):
                p.titles[0] = title

    def _shared_titles(self, text: str, spans: list[N.NameSpan]) -> None:
        """Rule `shared_title`: "Li Qiang, Zhao Leji and Li Xi, all members of the Standing Committee of ...,
        attended": an office in the plural after a list, with "all" or "both", is each listed person's title."""
        for m in _SHARED_TITLE.finditer(text):
            listed: list[N.NameSpan] = []
            for sp in reversed([sp for sp in spans if sp.end <= m.start()]):
                gap = text[sp.end:(listed[-1].start if listed else m.start())]
                if gap and not _LIST_GAP.fullmatch(gap):
                    break
                listed.append(sp)
            title = T.shared_title(text[m.end():])
            if len(listed) < 2 or not title:
                continue
            for sp in listed:
                p = self.persons.get(N.person_key(sp.name))
                if p is not None and not p.titled:
                    p.titles, p.titled, p.titled_at = [title], True, p.first

    def _plural_titles(self, text: str, spans: list[N.NameSpan]) -> None:
        """Rule `plural_office_list` (titles.py): "vice presidents A, B and heads of ...": the plural office before a
        list of two or more names is each listed person's title, where no title was written at the person."""
        j = 0
        while j < len(spans):
            office = T.plural_office_before(text, spans[j].start, spans[j - 1].end if j else 0)
            k = j + 1
            while k < len(spans) and _LIST_GAP.fullmatch(text[spans[k - 1].end:spans[k].start]):
                k += 1
            if office and k - j >= 2:
                for sp in spans[j:k]:
                    p = self.persons.get(N.person_key(sp.name))
                    if p is not None and not p.titled:
                        p.titles, p.titled, p.titled_at = [office], True, p.first
            j = k if office else j + 1

    def parses(self, texts: list[str]) -> list:
        """The dependency parses of these sentences; syntax_roles and the mention evidence share them."""
        todo = [t for t in dict.fromkeys(texts) if t not in self._parses]
        if todo:
            self._parses.update(zip(todo, S.parse(todo)))
        return [self._parses[t] for t in texts]

    def also_titles(self, key: str, after: str, back_ref: bool = False) -> None:
        """Rule `also_apposition`: "Xi, also general secretary of ..." / "Ding, also a member of ..." after a later
        mention (full name or back-reference) adds those offices to the person's titles; after a surname
        back-reference the apposition needs no "also" (`back_reference_apposition`: "Hu, a member of ..., stressed")."""
        also = r"(?:also\s+)?" if back_ref else r"also\s"
        if not re.match(r"\s*(?:\([^()]{1,40}\)\s*)?,\s+(?:who\s+(?:is|was)\s+)?" + also, after):
            return
        p = self.persons[key]
        for t in T.leading_titles(after):
            if back_ref and _GENERIC_OFFICE.search(t):
                continue  # "Wang, head of the group, said": a short reference to an office named in full before
            if t not in p.titles:
                p.titles.append(t)
        p.titled = p.titled or bool(p.titles)

    def resolve(self, ref: str, pos: int) -> str | None:
        """Back-reference -> person key: "He"/"She", a surname, "the Governor", "Secretary Peng"."""
        ref = _ABBREVIATED_OFFICE.sub(lambda m: m.group(1) + _OFFICE_ABBREVIATIONS[m.group(2)], ref.strip())
        if PRONOUN.match(ref):
            return self.last_person
        m = definite_office(ref)
        named = m is not None and m.re is _NAMED_OFFICE
        held = m.group(2) if m and named else \
            m.group(1) if m and m.group(1).lower().replace(" ", "-").split("-")[0] in OFFICE_WORDS else None
        if m and held:
            key = self._office_holder(ref, held, m.group(1).split() if named else [])
            if key is None and not named and len(self.chair_keys) == 1 and \
                    (held.lower() in _CHAIR_OFFICES or held.lower() in _CHAIRMAN_OFFICES and self.chair_keys[0][1] in _ROLL_RULES):
                key = self.chair_keys[0][0]  # rule `chair_reference` (1.57.0): "The Chair made a statement" in minutes
            return key
        toks = ref.split()
        if not toks:
            return None
        sur = toks[-1]
        if len(toks) > 1 and not (toks[-2].lower() in OFFICE_WORDS or toks[-2].lower() in MODIFIERS
                                  or toks[-2][:1].isupper()):
            return None
        cands = [p for p in self.persons.values() if N.surname_of(p.name) == sur or
                 "-" in sur and N.surname_of(p.name).lower() == sur.lower()]  # "Al-Hakim" of "Ammar al-Hakim"
        styled = len(toks) == 2 and (toks[0].lower() in OFFICE_WORDS or N.is_style(toks[0]))
        if not cands and (len(toks) == 1 or styled):
            # rule `name_token_reference`: "Tedros said" after "Dr. Tedros Adhanom Ghebreyesus", "Najib thanked" after
            # "Najib Razak": a token of exactly one known name of two or more words
            # (parser 1.25.1: also after an office or style, "CM Murad said" after "Chief Minister Syed Murad Ali Shah")
            cands = [p for p in self.persons.values() if len(p.name.split()) >= 2 and sur in p.name.split()]
            if not cands:  # rule `misspelt_reference`: "Minister Nkurukusa said" after "Mwabashike Nkulukusa"
                cands = [p for p in self.persons.values() if len(p.name.split()) >= 2 and
                         any(N.misspelt_word(sur, w) for w in p.name.split())]
            return cands[0].key if len(cands) == 1 else None
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0].key
        offices = " ".join(w.lower() for w in toks[:-1]).replace("-", " ")
        titled = [c for c in cands if offices and any(offices in t.lower().replace("-", " ") for t in c.titles)]
        if len(titled) == 1:
            return titled[0].key  # rule `titled_namesake` (parser 1.28.0): "Director General Li" among two Lis
        for key in reversed(self.recent):  # the most recent actor among the namesakes
            if any(c.key == key for c in cands):
                return key
        earlier = [c for c in cands if c.first < pos]
        return earlier[-1].key if len(earlier) == 1 else None

    def _office_holder(self, ref: str, held: str, words: list[str]) -> str | None:
        """"the Governor" -> the most recent person whose office ends so, with the same ranks ("the Governor" is not
        the Vice Governor); `words`, the name an office written with one names (no rank among them: `_names_office`)."""
        office = held.lower().replace("-", " ").split()
        ref_mods = {w.lower() for w in ref.split()} & _RANKS
        order = list(reversed(self.recent)) + [k for k in self.persons if k not in self.recent]
        for key in order:
            for t in self.persons[key].titles:
                core = _office_core(t)
                if core[-len(office):] == office and set(core) & _RANKS == ref_mods and _named_in_title(words, t):
                    return key
        return None

    def office_reference(self, ref: str) -> str | None:
        """The one person whose written office is `ref` or starts with it ("Vice Minister of Transportation" for
        "Vice Minister of Transportation of Iran"); only an office with its body ("of ..."), never a bare one."""
        ref = re.sub(r"^the\s+", "", ref.strip(), flags=re.I).lower()
        if " of " not in ref and " for " not in ref:
            return None
        keys = {key for key, p in self.persons.items() for t in p.titles
                if t.lower() == ref or t.lower().startswith(ref + " ")}
        return keys.pop() if len(keys) == 1 else None

    def acted(self, key: str, alone: bool = True) -> None:
        """`key` acted as a subject; only a lone subject (not one of a list of attendees) becomes the
        referent of a following "He"/"She"."""
        if alone or self.last_person is None:
            self.last_person = key
        if key in self.recent:
            self.recent.remove(key)
        self.recent.append(key)


# (minutes' words for the meeting's own chair; "the Chairman" is as often a company's or a board's, so it refers to the
# chair only when a minutes' roll or mark named them: "Present / - Prof. A - Director (Chairman) ... The Chairman welcomed")
_CHAIR_OFFICES = {"chair", "presiding officer"}
_CHAIRMAN_OFFICES = {"chairman", "chairwoman", "chairperson"}
_ROLL_RULES = {"role_label", "label_chair", "roll_line", "name_lines"}
_NEAR_FIRST = 600
_APPOSED = re.compile(r"\s*,\s*")
_LIST_GAP = re.compile(r",\s*(?:and\s+)?|\s+and\s+")  # between the names of a list: "A, B and C"
_SHARED_TITLE = re.compile(r",\s+(?:all|both)\s+(?=(?:[a-z-]+\s+){0,3}?[a-z-]+(?:s|men)\b)")
_OPENING_SURNAME = re.compile(r"\s*([A-Z][a-z]+)(?=\s*,\s)")
_GENERIC_OFFICE = re.compile(r"\bof\s+the\s+[a-z]+$")


def fuller_titles(new: list[str], old: list[str]) -> bool:
    """Rule `fullest_title`: "Governor Ma" in the headline, "Ma, Governor of Shaanxi Province" in the lead: the
    later form is fuller when every earlier office reappears in it extended (same head word, more words)."""
    if len(new) < len(old) or new == old:
        return False
    for o in old:
        if not any(len(n) > len(o) and (n.lower().startswith(o.lower()) or T.head_word(n) == T.head_word(o) and
                                        T.head_word(o) == o.lower().split()[-1]) for n in new):
            return False
    return True


def titles_at(stext: str, sp: N.NameSpan, nxt: N.NameSpan | None = None, prev: N.NameSpan | None = None) -> list[str]:
    """Titles written at one mention: before the name and in the apposition after it.  Rule `next_person_cut`:
    the apposition ends where the next name of the sentence (or the office written before it) begins:
    "A, Minister for Foreign Affairs, Minister of Agriculture B" / "A, Party chief of X and B, governor ..."."""
    out = []
    floor = prev.end if prev is not None and prev.end <= sp.start else 0
    pre = T.pre_name_title(stext, sp.start, floor) or T.comma_honorific_title(stext, sp.start, floor) or \
        T.comma_office_title(stext, sp.start, sp.end, floor) or T.office_comma_led(stext, sp.start, sp.end, floor)
    judge = pre is not None and _JUSTICE_STYLE.fullmatch(pre[0]) is not None
    if pre and (_RANK_STYLE.fullmatch(pre[0]) or judge or
                _ACADEMIC_STYLE.fullmatch(pre[0]) and stext[floor:pre[1]].rstrip().endswith(",")):
        # (1.55.0) "Commander of the Navy, Vice Admiral A": the office before the rank and its comma; (1.56.0) "Chief
        # Justice of India, Justice A", "the Chief Justice of X, His Lordship Justice B": a judge's style
        pre = T.comma_office_title(stext, pre[1], sp.end, floor) or \
            (T.office_comma_led(stext, pre[1], sp.end, floor) if judge else None) or pre
    if pre:
        before = T.earlier_title(stext, pre[1], floor)
        parts = T.split_pre_title(pre[0])
        if prev is not None and len(parts) > 1 and _APPOSED.fullmatch(stext[prev.end:pre[1]]):
            parts = parts[1:]  # rule `shared_and`: "A, Administrator of CMA and Deputy Administrator B": A's office first
        org = T.org_after_name(stext[sp.end:]) if parts and " of " not in parts[-1] else None
        if org:
            parts[-1] += " of " + org  # rule `office_name_of_org`
        out += ([before] if before else []) + parts
    end = sp.end + 600  # an apposition is short; bounded for long name rolls
    nxt_pre = None
    if nxt is not None and nxt.start >= sp.end:
        nxt_pre = T.pre_name_title(stext, nxt.start)
        end = min(end, nxt_pre[1] if nxt_pre and nxt_pre[1] >= sp.end else nxt.start)
        roll = T.comma_honorific_title(stext, nxt.start, sp.end) if pre and not nxt_pre else None
        if roll and roll[1] > sp.end:  # (1.55.0) "X, Dr. A, Y, Mr. B": Y is B's office (`_styled_roll`)
            end = min(end, roll[1])
        gap = stext[sp.end:end]
        honorific = _HONORIFIC_BEFORE.search(gap)
        if honorific and end == nxt.start:  # "A, Vice Minister of X and Mr B": the apposition ends before "and Mr"
            end, gap = sp.end + honorific.start(), gap[:honorific.start()]
        if not nxt_pre and end == nxt.start and "," in gap and _title_runs_into_name(gap[gap.rindex(",") + 1:]):
            end = sp.end + gap.rindex(",")  # rule `title_runs_into_name`: "A, the 2018 Prize winner in physics B"
    out += T.leading_titles(stext[sp.end:end])
    if nxt_pre and nxt_pre[1] >= sp.end and _APPOSED.fullmatch(stext[sp.end:nxt_pre[1]]):
        parts = T.split_pre_title(nxt_pre[0])
        out += parts[:1] if len(parts) > 1 else []
    seen = []
    for t in out:
        if t not in seen:
            seen.append(t)
    if any(not _RANK_STYLE.fullmatch(t) for t in seen):  # rule `rank_beside_office` (1.51.0): "President of the
        seen = [t for t in seen if not _RANK_STYLE.fullmatch(t)]  # Republic, General A": the office, not the rank
    if not seen:  # rule `counterpart_title` (1.51.0): "his Slovak counterpart A", when no office is written
        counterpart = _COUNTERPART_BEFORE.search(stext, max(floor, sp.start - 40), sp.start)
        seen = [counterpart.group(1)] if counterpart else []
    return seen


# (the nationality in one or two words, "New Zealand counterpart"; no pronoun or article: "His counterpart A")
_COUNTERPART_BEFORE = re.compile(r"(?<![\w-])((?:(?!(?:His|Her|Its|Their|The|Our|My|A|An)\b)[A-Z][a-z]+\s+){1,2}"
                                 r"counterpart),?\s+$")


# a military rank or an academic or courtly style written before a name, no office of its own
_RANK_STYLE = re.compile(r"(?:(?:Major|Lieutenant|Brigadier|Lt\.?|Maj\.?|Brig\.?)[ -])?(?:General|Gen\.?|Colonel|Col\.?)|"
                         r"Brigadier|(?:Rear |Vice )?Admiral|Air (?:Chief )?Marshal|Captain|Sheikh|Sheikha|Sheik", re.I)
# (1.57.0) an academic style after an office and its comma: "The Acting Director General of X, Professor A" (not
# "Professor A, an academician of ...": there the style is a title)
_ACADEMIC_STYLE = re.compile(r"Professor|Prof\.?", re.I)
_JUSTICE_STYLE = re.compile(r"(?:(?:His|Her)\s+Lordship\s+|(?:The\s+)?Hon(?:ou?rable|\.)?\s+)?Justice", re.I)
_HONORIFIC_BEFORE = re.compile(r"(?:(?:,\s*|\s+and\s+|\s+)(?:(?:" + "|".join(HONORIFICS) + r")\.?|H\.\s?E\.))+\s*$")


def _title_runs_into_name(piece: str) -> bool:
    """The last piece of an apposition is an office written straight before the next name, with no verb in it."""
    words = re.findall(r"\b[a-z]+\b", piece)
    return bool(piece.strip()) and T.is_title(piece.strip()) and len(piece.split()) <= 10 and \
        not re.search(r"(?:[;(:]|\band)\s*$", piece) and not _clause_like(piece) and \
        not any(PAST_VERB.fullmatch(w) for w in words)


# ----------------------------------------------------------------------------------- subjects
def _standalone(t: str) -> bool:
    if not t:
        return False
    found = N.find_names(t)
    if found and (found[0].start <= _label_end(t) or found[-1].end == len(t)):
        return True  # "Provincial leaders Chen Wei", "Leaders including Ma Xingrui"
    if T.is_title(t) or PRONOUN.match(t) or GROUP_START.match(t) or ADVERBIAL_START.match(t):
        return True
    if re.fullmatch(r"others|other\s+\w+(?:\s+\w+)?", t, re.I):
        return True
    return _complete_org(t)


def _cap_start(word: str) -> bool:
    """A word that may open a name: capitalised, or a company's figure before capitals ("3SBio Inc.")."""
    return word[:1].isupper() or bool(re.fullmatch(r"\d+[A-Z][A-Za-z]+", word))


def _complete_org(t: str) -> bool:
    words = t.split()
    if not words or not _cap_start(words[0]):
        return False
    last = words[-1].lower().strip(".,")
    if last in ORG_HEADS or last in PLACE_HEADS:
        return True
    head = t.split(" of ")[0].split()
    if " of " in t and head and head[-1].lower() in ORG_HEADS and all(w[:1].isupper() for w in words if
                                                                      w not in ("of", "the", "and", "for")):
        return True  # "Sichuan Provincial Department of Finance"
    # a bare name of one or two words ("Chengdu", "Sichuan Changhong"): no quote or comma inside ('Bulgaria," Fu'),
    # no department's closing word ("Mainland Affairs")
    return len(words) <= 2 and " of " not in t and not re.search(r"[,\"\u201c\u201d]", t) and all(
        w[:1].isupper() and not is_code(w) and w.lower().strip(".,") not in CALENDAR_WORDS | FIELD_WORDS | INDEFINITE_PRONOUNS
        for w in words)


_CODE = re.compile(r"[A-Za-z]*\d[\w.-]*")


def is_code(word: str) -> bool:
    """Rule `code_not_party`: a token with digits ("G219", "S101", "C919", "PM2.5", "5G") is a road, route, model
    or product code, never a place, an organisation or a person by itself."""
    return bool(_CODE.fullmatch(word.strip(".,;:()")))


_ORG_SPOKESPERSONS = re.compile(
    r"(?:the\s+)?(?:(?:principal|main|leading|responsible)\s+)?(?:representatives|heads|officials|leaders|"
    r"persons|comrades|persons\s+in\s+charge|chiefs|executives|spokespersons)\s+(?:from|of)\s+"
    r"(?P<such>such\s+\w+(?:\s+\w+)?\s+as\s+|(?:[a-z]+\s+){0,3}?(?:enterprises|companies|firms|businesses|"
    r"institutions|organi[sz]ations|departments|units|banks|universities|cities|counties|districts|provinces|"
    r"places|localities)\s+(?:including|such\s+as|like)\s+)?(?P<list>.+)$", re.I)
# rule `place_label_list`: "The cities of Xi'an, Baoji and Xianyang made speeches": the places speak
_PLACE_LABEL = re.compile(r"(?:the\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:cities|counties|districts|provinces|prefectures|municipalities|regions|"
                          r"localities)\s+of\s+(?P<list>[A-Z].*)$", re.I)
_ORG_SEP = re.compile(r",\s+(?:and\s+|as\s+well\s+as\s+)?(?!Ltd\b|Inc\b|LLC\b|Limited\b|PLC\b)|\s+and\s+|"
                      r"\s+as\s+well\s+as\s+")


def org_list(text: str, listed: bool = False) -> list[str] | None:
    """Rule `org_list`: "the Yangtze River Commission, the Hunan Provincial Department of Water Resources and the
    Department of Water Resources of Guangxi" -> three organisations (a leading "the" dropped); "Co., Ltd." and
    "and" inside a name ("Development and Reform Commission") do not split.  `listed`: the list follows "such
    enterprises as", so every capitalised item is an organisation even without a head word ("Hengfeng Seed
    Industry").  None unless every item is an organisation."""
    parts, seps, pos = [], [], 0
    for m in _ORG_SEP.finditer(text):
        parts.append(text[pos:m.start()])
        seps.append(m.group(0))
        pos = m.end()
    parts.append(text[pos:])

    def ok(p: str) -> bool:
        p = re.sub(r"^the\s+", "", p.strip())
        if not p or not _cap_start(p.split()[0]):
            return False
        return _complete_org(p) or (listed and all(w[:1].isupper() or w in ("of", "and", "for", "the", "&")
                                                   for w in p.split()))

    out: list[str] = []
    cur = parts[0]
    for sep, part in zip(seps, parts[1:]):
        if "and" in sep and part[:1].isupper() and not _headed(cur) and (
                (len(cur.split()) >= 2 and " of " not in cur and _headed(part)) or
                (" of " in cur and not _headed(part))):
            cur = cur + sep + part  # "Development" + " and " + "Reform Commission"; "Ministry of Industry and IT"
            continue
        out.append(cur)
        cur = part
    out.append(cur)
    out = [re.sub(r"^the\s+", "", o.strip()) for o in out]
    if not out or not all(ok(o) for o in out):
        return None
    return out


_EVENT_HEAD = re.compile(r"\b(?:Meeting|Session|Plenum|Conference|Forum|Symposium|Seminar|Summit|Congress\s+of\s+the|"
                         r"Plenary|Work\s+Meeting)s?$", re.I)


# rule `place_plural_list`: "Jilin, Heilongjiang and Henan provinces", "Shinan and Laoshan districts": the places
# before a plural place noun are places each (the list may reach the parser split at its commas: one item is
# "Heilongjiang and Henan provinces", another "Jilin")
_PLACE_NAME = r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?"
_PLACE_PLURAL = re.compile(r"(?:the\s+)?(?P<list>" + _PLACE_NAME + r"(?:,\s+" + _PLACE_NAME + r")*(?:,?\s+and\s+" +
                           _PLACE_NAME + r")?)\s+(?:provinces|cities|districts|counties|prefectures|regions|"
                           r"autonomous\s+regions|municipalities|townships|towns|villages|leagues|banners)")


def place_plural_list(t: str) -> list[str] | None:
    m = _PLACE_PLURAL.fullmatch(t.strip(" ,"))
    if not m:
        return None
    out = [x.strip() for x in re.split(r",\s+and\s+|,\s+|\s+and\s+", m.group("list")) if x.strip()]
    if not out or any(w.lower() in N.FUNCTION_WORDS or w in N.HEAD_WORDS or is_code(w) or w.lower() in ORG_HEADS
                      for x in out for w in x.split()):
        return None
    return out


def _org_head(p: str) -> str:
    """Head word of an organisation name: the last word before its first "of"/"for" ("Bureau" in "Chongqing
    Municipal Bureau of Emergency Management"), else its last word."""
    core = re.split(r"\s+(?:of|for|on)\s+", p.strip(" ,."), maxsplit=1)[0].split()
    return core[-1].lower().strip(".,") if core else ""


# manner adverbs only: "repeatedly" / "previously" place an act elsewhere and "successfully concluded" is no speech
_MANNER = (r"(?:fully|highly|warmly|briefly|sincerely|strongly|greatly|positively|earnestly|solemnly|cordially|"
           r"enthusiastically|heartily|deeply|clearly|explicitly|emphatically|frankly|candidly|proudly|happily|kindly)")
# rule `perfect_tense` (roles.py): "X has hosted the meeting": the auxiliary is no party
_PERFECT_AUX = re.compile(r"(?<=[A-Za-z),])\s+(?:has|have|had)(?:\s+(?:also|already|just|\w+ly))?\s*$")
_ADVERBS_BEFORE_VERB = re.compile(r"(?<=[A-Za-z)])(?:\s+(?:also|then|later|first))?\s+" + _MANNER + r"\s*$")
# rule `entourage_not_subject`: "Mayor Meng and his entourage first inspected ..., and encouraged ...": the person
# heads the subject; the entourage that goes with a speech act is no separate party
_AND_ENTOURAGE = re.compile(r"\s+and\s+(?:his|her|their)\s+(?:entourage|party|delegation|team|companions)"
                            r"(?=(?:\s+(?:also|then|later|first))?\s+[a-z]+ed\b|\s*$)")
_ORG_AND_THE = re.compile(r",?\s+(?:and|as\s+well\s+as)\s+the\s+(?=[A-Z])|,\s+the\s+(?=[A-Z])")


def coordinated_orgs(t: str) -> list[str] | None:
    """Rule `coordinated_orgs`: "The Henan Provincial Department of X and the Chongqing Municipal Bureau of Y" ->
    two organisations, split at "and the" / ", the" only when every part is itself an organisation by its head
    word ("Bureau", "Association"); "Department of Industry and Information Technology" has no "the" and stays
    one name."""
    t = re.sub(r"^the\s+", "", t.strip(" ,"), flags=re.I)
    parts = _ORG_AND_THE.split(t)
    if len(parts) < 2:  # (parser 1.33.0) "A Reform Commission and B Informationization Commission": "and" after a head
        parts = _split_after_heads(t)
    if len(parts) < 2:
        return None
    parts = [p.strip(" ,") for p in parts]
    for p in parts:
        words = p.split()
        if not words or not all(w[:1].isupper() or w in ("of", "and", "for", "the", "&", "on") for w in words):
            return None
        if _org_head(p) not in ORG_HEADS | PLACE_HEADS or MEDIA.search(p) or _EVENT_HEAD.search(p.split(" of ")[0]):
            return None
    return parts


def _split_after_heads(t: str) -> list[str]:
    """The parts of "A Commission and B Commission" split at each "and" that follows an organisation's head word."""
    parts, start = [], 0
    for m in re.finditer(r"\s+and\s+(?=[A-Z])", t):
        last = t[start:m.start()].split()[-1:]
        if last and last[0].lower() in ORG_HEADS:
            parts.append(t[start:m.start()])
            start = m.end()
    return [*parts, t[start:]] if parts else [t]


_TRAILING_ADVERBS = re.compile(r"(?:\s+(?:also|then|later|jointly|respectively|successively|each|all|both|"
                               r"separately|further))+\s*$", re.I)


def _org_single(p: str) -> bool:
    words = p.split()
    return bool(words) and words[0][:1].isupper() and _org_head(p) in ORG_HEADS and not MEDIA.search(p) and \
        all(w[:1].isupper() or w in ("of", "and", "for", "the", "&", "on") for w in words) and \
        not _EVENT_HEAD.search(p.split(" of ")[0]) and not N.find_names(p)


_ORG_LIKE_PREFIX = re.compile(r"\b(?:Co|Ltd|Inc|Corp|Group|Company|Bureau|Department|Commission|Association)\b\.?")


def _org_region(region: str, base: int) -> list[Subject] | None:
    """Rule `org_subject_with_and`: the whole subject before a speech verb is one organisation whose name holds
    "and" ("The Department of Industry and Information Technology reported") or organisations joined by "and the"
    (`coordinated_orgs`); tried from the clause start and after each comma ("On Monday, the ...")."""
    if " and " not in region:
        return None
    starts = [0] + [m.end() for m in re.finditer(r",\s+", region)]
    for st in starts:
        cand = _TRAILING_ADVERBS.sub("", region[st:]).strip()
        if " and " not in cand or "," in cand:
            continue
        if st and not (ADVERBIAL_START.match(region[:st].strip()) and not _ORG_LIKE_PREFIX.search(region[:st])):
            continue  # only an adverbial may come before ("On Monday, the ..."), never the first items of a list
        cand = re.sub(r"^the\s+", "", cand, flags=re.I)
        orgs = coordinated_orgs(cand)
        if orgs:
            return [Subject(org_kind(o), o, start=base + st, end=base + len(region)) for o in orgs]
        if _org_single(cand) and " and the " not in cand:
            return [Subject("organization", cand, start=base + st, end=base + len(region))]
        return None
    return None


def _listed_kind(such: str | None) -> str | None:
    """"such enterprises as X, Y and Z": the list noun gives the kind of every item."""
    if not such:
        return None
    if re.search(r"\b(?:cities|counties|districts|provinces|prefectures|regions|places|localities|towns)\b", such,
                 re.I):
        return "place"
    return "organization"


def _headed(t: str) -> bool:
    words = t.split()
    return bool(words) and (words[-1].lower().strip(".,") in ORG_HEADS or words[-1].lower() in PLACE_HEADS)


def org_kind(t: str) -> str:
    """Rule `org_or_place`: a named party with an organisation head word is an organization, else a place."""
    return "organization" if any(w.lower().strip(".,()") in ORG_HEADS for w in t.split()) else "place"


def _label_end(t: str) -> int:
    m = re.match(r"(?:[A-Z][a-z]+\s+)?[A-Za-z]+s\s+(?=[A-Z])", t)  # "Provincial leaders ", "Representatives "
    return m.end() if m and not T.is_title(m.group(0)) else 0


# rule `org_in_places`: "CCPIT sub-councils in Jiangxi, Sichuan and Guangdong": bodies of one organisation in a list
# of places are one party; the places after the first complete its name
_ORG_IN_PLACES = re.compile(r"(?:^|\s)(?:[\w-]+-)?(?P<head>[a-z]+)s\s+(?:in|of)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?"
                            r"(?:(?:,\s+|\s+and\s+)[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)*$")


def _org_in_places(t: str) -> bool:
    m = _ORG_IN_PLACES.search(t)
    return m is not None and m.group("head") in ORG_HEADS and not N.find_names(t)


_POSSESSIVE_PEER = re.compile(r"(?:his|her|their)\s+(?:(?-i:[A-Z])[\w'\u2019-]*\s+){0,3}(?:counterparts?|colleagues?)",
                              re.I)
# the same words as a whole list item, then the peer's name ("and his Uzbek counterpart B"), compiled once: `_continues`
# runs for every pair of items (no re.I here: the name's capitals count)
_POSSESSIVE_PEER_ITEM = re.compile(_POSSESSIVE_PEER.pattern + r",?\s+(?:[A-Z][\w'\u2019.-]*\s+){0,4}[A-Z][\w'\u2019-]+,?")


def _continues(prev: Item, it: Item, names: frozenset[tuple[int, int]] = frozenset()) -> bool:
    """Whether `it` continues the previous item rather than starting a new one (`names`: the spans of the names the
    document knows, which each start an item: "Senior members of the party, Ato Ahwoi, Kofi Totobi Quakyi")."""
    t = it.text
    if prev.text is None:
        return False
    if prev.text.count("(") > prev.text.count(")"):
        return True  # rule `open_bracket`: "Wang Hua (C, front), chairman of ...": a comma inside brackets splits nothing
    if _org_in_places(prev.text) and re.fullmatch(r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?", t) and \
            not N.find_names(t):
        return True
    if _title_org_continues(prev.text, it) or _org_name_and(prev.text, it):
        return True
    if T.country_suffix(prev.text, it.sep, t) and T.is_title(prev.text) and not N.find_names(t):
        return True  # rule `country_suffix`: "A, Mayor of Aarhus, Denmark, spoke": Denmark closes the office
    if it.sep.strip() == "," and not _standalone(t) and not _clause_like(t) and prev.text and \
            GROUP_START.match(prev.text) and (t[:1].isupper() or t.startswith("the ")):
        return True
    if "," not in it.sep and "as well" not in it.sep:
        if GROUP_START.match(prev.text or "") and not N.find_names(t):
            return True
        if re.match(r"(?:the|a|an)\s+[a-z]", t) and _ends_with_name(prev.text):
            return False  # rule `name_and_article`: "addressed by the Minister X and the delegation of China"
        if _POSSESSIVE_PEER_ITEM.fullmatch(t) and _ends_with_name(prev.text):
            return False  # rule `possessive_peer` (1.46.0): "A and his Uzbek counterpart B met"
        # (1.34.0) a bracket after each name is no part of it: "Brandon Richards (USG) and Becky Christianson (Staff
        # Council)"
        # (1.55.0) a bracket the next items close is no part of the name either: "A (CEO, X) and B (director, Y)"
        core, prev_core = _BRACKET_OPEN_END.sub("", _BRACKET_END.sub("", t)), _BRACKET_END.sub("", prev.text or "")
        ends_in_name = any(b == it.end - (len(t) - len(core)) and it.start <= a for a, b in names)  # "and the
        # Special Aide to X Joyce Bawah"
        if (_standalone(core) or ends_in_name) and (_standalone(prev_core) or not prev_core[:1].isupper()):
            return False
        return True
    if GROUP_START.match(prev.text or "") and (t.startswith("the ") or (
            _complete_org(t) and not N.find_names(t) and (it.start, it.end) not in names)):
        return True
    return False


_BRACKET_END = re.compile(r"\s*\([^()]{1,120}\)$")
_BRACKET_OPEN_END = re.compile(r"\s*\([^()]{1,120}$")


def _ends_with_name(t: str) -> bool:
    found = N.find_names(t)
    return bool(found) and found[-1].end == len(t.rstrip(" ."))


def _title_org_continues(prev: str, it: Item) -> bool:
    """Rule `title_org_and`: "Chief Engineer of the Institute of City Planning" + " and " + "Design": a capitalised
    fragment after a bare " and " that ends an office title's organisation name is part of that name (never a
    party of its own), unless it is an office or a name itself ("Secretary of X and Governor of Y")."""
    if it.sep.strip() != "and" or " of " not in prev or not it.text[:1].isupper() or not T.is_title(prev):
        return False
    return not T.is_title(it.text) and not N.find_names(it.text) and not _clause_like(it.text)


def _org_name_and(prev: str, it: Item) -> bool:
    """Rule `org_name_and`: "the Chengdu Municipal Development" + " and " + "Reform Commission": a run of capitalised
    words without a head word, joined by a bare "and" to a capitalised fragment that ends in an organisation head
    word, is one organisation name ("Development and Reform Commission"), not two parties."""
    if it.sep.strip() != "and" or not it.text[:1].isupper() or it.text.startswith("The "):
        return False
    left = re.sub(r"^the\s+", "", prev.split(", ")[-1])
    words = left.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or _headed(left) or N.find_names(left) or \
            N.find_names(it.text) or T.is_title(left):
        return False
    return _org_head(it.text) in ORG_HEADS and all(w[:1].isupper() or w in ("of", "for", "the", "&")
                                                   for w in it.text.split())


_PLURAL_OFFICE = re.compile(r"(?:[A-Za-z-]+\s+){0,2}?(?P<noun>[A-Za-z-]+(?:men|women|s))(?:\s+of\s+[\w'\u2019 ,()-]+)?")


def plural_office_label(prefix: str) -> bool:
    """Rule `plural_office_label`: "Executive chairmen of the presidium of the session Wen Zhiqiang, Bai Lu and ...":
    a plural office ("chairmen", "Vice governors", "Members of the X") written before a list of names labels the
    list; its first name is a party like the others."""
    m = _PLURAL_OFFICE.fullmatch(prefix)
    if not m or _clause_like(prefix) or any(PAST_VERB.fullmatch(w) for w in re.findall(r"\b[a-z]+\b", prefix)):
        return False
    noun = m.group("noun")
    single = noun[:-3] + "man" if noun.lower().endswith("men") else noun[:-1]
    return T.is_title(single) and single.lower() not in ("the", "this")


def _clause_like(t: str) -> bool:
    # rule `month_may`: "on May 12" holds the month, not the modal verb
    return bool(_CLAUSE_WORDS.search(re.sub(r"\bMay(?=\s+\d)", "", t)))


# rule `field_list`: "Pro-Vice-Chancellor of the Faculties of Science, Engineering, Architecture and Design, says": the
# one-word items go on the academic unit's "of" list inside the office, they are no parties
_FIELD_LIST = re.compile(r"\b(?:Facult(?:y|ies)|Schools?|Colleges?)\s+of\s+(?:the\s+)?[A-Z][\w'\u2019-]*"
                         r"(?:\s*,\s*[A-Z][\w'\u2019-]*)*(?:\s*,)?(?:\s+and)?\s+$")


def _without_field_list(t: str, start: int, out: list, labels: list) -> tuple[list, list]:
    keep = [i for i, x in enumerate(out) if not (x.kind in ("place", "organization") and " " not in x.name.strip()
                                                 and x.start > start and _FIELD_LIST.search(t, start, x.start))]
    if len(keep) == len(out):
        return out, labels
    return [out[i] for i in keep], [labels[i] for i in keep]


def _without_portfolio_list(t: str, out: list, labels: list) -> tuple[list, list]:
    """(parser 1.33.0) "Roads, Public Works and Energy Chief Officer X made presentations": the words listed before the
    office are its portfolio, no parties of their own."""
    if len(out) < 2 or out[-1].kind != "person" or any(x.kind not in ("place", "organization") for x in out[:-1]):
        return out, labels
    item = t[out[-1].start:out[-1].end]
    at = item.lower().find(out[-1].name.lower())
    office = re.fullmatch(r"((?:[A-Z][\w&-]*\s+){1,3}[\w\s-]*?)\s*(?:\([A-Z]{2,6}\)\s*)?(?:(?:" + "|".join(HONORIFICS) +
                          r")\.?\s+)?", item[:at]) if at > 0 else None
    if not office or not re.fullmatch(r"\s*,?\s*and\s*", t[out[-2].end:out[-1].start]) or \
            not T.is_title(office.group(1)) or any(len(x.name.split()) > 3 for x in out[:-1]):
        return out, labels
    return out[-1:], labels[-1:]


# a news agency's dateline in capitals before the clause: "KAMPALA – ", "NAIROBI, March 3 (Xinhua) -- "
# (or in title case with its date: "Belgrade, 10 March 2015 – ")
_DATELINE_DATE = r",\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s*\d{4})?"
_DATELINE_LEAD = re.compile(r"(?:[A-Z]{3,}(?:[ -][A-Z]{3,})*(?:" + _DATELINE_DATE + r")?|[A-Z][a-z]+(?: [A-Z][a-z]+)?" +
                            _DATELINE_DATE + r")\s*(?:\([^()]{1,20}\)\s*)?(?:[\u2013\u2014]|--?)\s+(?=\S)")


def merge_items(text: str, base: int, names: frozenset[tuple[int, int]] = frozenset()) -> list[Item]:
    dateline = _DATELINE_LEAD.match(text, len(text) - len(text.lstrip()))
    if dateline:  # (1.49.0) "KAMPALA – Speaker of Parliament, A urged": the dateline is no word of the clause
        text = " " * dateline.end() + text[dateline.end():]
    parts = _SEP.split(text)
    raw_items: list[Item] = []
    pos = 0
    sep = ""
    for i, part in enumerate(parts):
        if i % 2 == 1:
            sep = part
            pos += len(part)
            continue
        lead = len(part) - len(part.lstrip())
        if part.strip():
            raw_items.append(Item(base + pos + lead, base + pos + len(part.rstrip()), part.strip(), sep))
        pos += len(part)
    day = re.search(r"\s+(?:today|yesterday|tonight)$", raw_items[-1].text) if raw_items else None
    if day:  # "A and B today signed": the day is no word of B
        last = raw_items[-1]
        raw_items[-1] = Item(last.start, last.end - len(day.group(0)), last.text[:day.start()], last.sep)
    items: list[Item] = []
    for it in raw_items:
        if items and _continues(items[-1], it, names):
            prev = items[-1]
            items[-1] = Item(prev.start, it.end, prev.text + it.sep + it.text, prev.sep)
        else:
            items.append(it)
    return items


# a style of address after an article, perhaps behind an office's initials ("the SSG Hon", "the Rt Hon")
# (1.41.0: behind a doctor's style, "Dr the Honourable X", "Dr. the Most Honourable X")
_STYLED_PREFIX = re.compile(r"(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?(?:the\s+)?(?:[A-Z]{2,5}\s+)?(?:(?:Rt\.?|Right|Most|His|Her|Their)\s+)?"
                            r"(?:Hon\.?|Honou?rable|Excellency|Excellencies|H\.\s?E\.?)")


_HONORIFIC_END = re.compile(r"(?:^|\s)(?:Mr|Mrs|Ms|Dr|Madam|Madame|H\.\s?E)\.?$")


def _name_prefix(prefix: str) -> tuple[str | None, str | None]:
    """The words before a name in its item -> (group label, action): a plural label ("Provincial leaders",
    "Executive chairmen of the presidium") labels the name; a relative pronoun skips the item; a clause, an article
    or a past verb before the name makes it an object (stop)."""
    if re.fullmatch(r"(?:[A-Z][a-z]+\s+)?[A-Za-z]+s", prefix) and not T.is_title(prefix):
        return prefix, None
    if plural_office_label(prefix):
        return prefix, None
    if _STYLED_PREFIX.fullmatch(prefix):
        return None, None  # rule `styled_prefix`: "In attendance were the SSG Hon X", "the Honourable X"
    if _POSSESSIVE_PEER.fullmatch(prefix):
        return None, None  # rule `possessive_peer` (1.46.0): "A and his Uzbek counterpart B met": B is a co-subject
    if re.match(r"(?:the|a|an)\s", prefix) and T.is_title(prefix.split(None, 1)[1]) and not _clause_like(prefix):
        return None, None  # rule `article_title`: "attended by the 2018 Nobel Prize winner in physics X"
    if _HONORIFIC_END.search(prefix) and not _clause_like(prefix) and \
            not any(PAST_VERB.fullmatch(w) for w in re.findall(r"\b[a-z]+\b", prefix)):
        return None, None  # rule `honorific_apposition` (parser 1.28.0): "The head of administration of X Mr. Y"
    if not re.fullmatch(r"(?:Mr|Mrs|Ms|Dr|Prof|Comrade|Madam)\.?", prefix):
        if re.match(r"(?:who|whom|which)\s+\w", prefix, re.I):
            return None, "skip"  # "Ma Tao, who accompanied Wang Kai, said": an object in a relative
        if ADVERBIAL_START.match(prefix) and len(prefix.split()) <= 2 and not _clause_like(prefix):
            pass  # "Later Yao Bin presided ...", "Then Li said ..."
        elif ADVERBIAL_START.match(prefix) or _clause_like(prefix) or len(prefix.split()) > 6 or \
                re.search(r"\b(?:the|a|an|this|that|his|her|its|their)\b", prefix) or \
                any(PAST_VERB.fullmatch(w) for w in re.findall(r"\b[a-z]+\b", prefix)):
            return None, "stop"  # "studied the speech Xi Jinping delivered": not a subject
    return None, None


_STYLED_APPOSITIVE = re.compile(r",\s+(?:the\s+)?(?:(?:Right\s+|Rt\.?\s+)?Hon(?:ou?rable)?\.?\s+|(?:H\.\s?E\.?|Mr|Mrs|Ms|Dr|"
                                r"Prof)\.?\s+)*")
_POST_NOMINALS_LEAD = re.compile(r"^(?:" + "|".join(POST_NOMINALS) + r")\b(?:\s+(?:" + "|".join(POST_NOMINALS) + r")\b)*\s*")


def _name_rest_stops(rest: str) -> bool:
    """The words after a name in its item make it no subject: a possessive, or a clause ("X chaired the meeting and
    Y delivered a report": X is not Y's co-subject)."""
    if rest.startswith(("'s", "\u2019s")):
        return True
    if re.match(r"(?:of|from|at)\s+(?:the\s+)?(?:[A-Z]|[a-z]+(?:\s+[a-z]+){0,3}[\s.]*$)", rest) and not _clause_like(rest) \
            and not any(PAST_VERB.fullmatch(w) for w in re.findall(r"\b[a-z]+\b", rest)):
        return False  # "Professor Wang Lei of the University of ...", (1.34.0) "Judge A of the district court"
    return bool(rest) and (_clause_like(rest) or any(PAST_VERB.fullmatch(w) for w in re.findall(r"\b[a-z]+\b", rest))
                           or not re.fullmatch(r"(?:(?:on|in|at|during|via|by)\s+[\w'\u2019,. -]+|also|then|later|first|"
                                               r"jointly|respectively|successively|together|himself|herself|"
                                               r"personally)", rest))


def _listed_parties(t_clean: str, role: str) -> Verdict | None:
    """Organisations and places that speak as a list: `org_list` after "Representatives of", `place_label_list`,
    `place_plural_list`, `coordinated_orgs`; None when the item is no such list."""
    m = _ORG_SPOKESPERSONS.match(t_clean)  # "Representatives of X also contributed their views"
    if m and role in ("speech", "written"):
        orgs = org_list(m.group("list"), listed=bool(m.group("such")))
        if orgs:
            return "take", Subject("orgs", "\x1f".join(orgs), group=_listed_kind(m.group("such"))), None
    m = _PLACE_LABEL.match(t_clean)
    if m and role in ("speech", "written"):
        places = org_list(m.group("list"), listed=True)
        if places:
            return "take", Subject("orgs", "\x1f".join(places), group="place"), None
    places = place_plural_list(t_clean)
    if places and role in ("speech", "written"):
        return "take", Subject("orgs", "\x1f".join(places), group="place"), None
    orgs = coordinated_orgs(t_clean) if role in ("speech", "written") else None
    if orgs:
        return "take", Subject("orgs", "\x1f".join(orgs)), None
    return None


def _unnamed_party(t: str, role: str, last: bool) -> Verdict:
    """An item without a name: a group, the predicate of a coordinated clause, or a named organisation."""
    if is_group(t) and not _FINITE_CLAUSE.search(t):  # not "Deputies ... are supposed to keep ties, he said"
        return "take", Subject("group", t), None
    head = re.sub(r"\s+who\s+(?:are|were|is|was)\s.*$", "", t)  # rule `group_relative`: "Six leaders who are ..."
    if head != t and is_group(head) and not _FINITE_CLAUSE.search(head):
        return "take", Subject("group", head), None
    if PAST_VERB.match(t) and last:
        return "pred", None, None
    if role in ("speech", "written") and _org_in_places(t) and t[:1].isupper():
        return "take", Subject("organization", t), None
    if _clause_like(t) or re.search(r"\b\w+ed\b", t):
        return "stop", None, None
    if is_group(t):
        return "take", Subject("group", t), None
    if PAST_VERB.match(t) and last:
        return "pred", None, None
    m = re.match(r"(?:the\s+)?(?:representatives|heads|officials|leaders|leading\s+officials)\s+"
                 r"(?:from|of)\s+(?:such\s+\w+\s+as\s+)?(.+)$", t, re.I)
    if m and role in ("speech", "written") and _complete_org(m.group(1)):
        return "take", Subject("organization", m.group(1)), None
    # "the Provincial Department of Commerce made statements"; a sentence-initial "The" only before a name with
    # an organisation head word ("The Provincial Department of Finance reported ..."; not "The Plan calls for")
    bare = re.sub(r"^the\s+(?=[A-Z])", "", t)
    if re.match(r"The\s+[A-Z]", bare) and org_kind(bare[4:]) == "organization" and _complete_org(bare[4:]):
        bare = bare[4:]
    if role in ("speech", "written") and _complete_org(bare) and not MEDIA.search(bare) and \
            not re.match(r"(?:The|This|That|It|Its)\b", bare) and not _EVENT_HEAD.search(bare.split(" of ")[0]):
        return "take", Subject(org_kind(bare), bare), None
    return "stop", None, None


def _expand_orgs(out: list[Subject], labels: list[str | None]) -> tuple[list[Subject], list[str | None]]:
    """A list of organisations or places found as one item becomes one subject each (without a group label)."""
    expanded: list[tuple[Subject, str | None]] = []
    for subj, label in zip(out, labels):
        if subj.kind == "orgs":
            for o in subj.name.split("\x1f"):
                expanded.append((Subject(subj.group or org_kind(o), o,
                                         start=subj.start, end=subj.end), None))
        else:
            expanded.append((subj, label))
    return [x for x, _ in expanded], [y for _, y in expanded]


def _label_persons(out: list[Subject], labels: list[str | None]) -> None:
    """A group label ("Provincial leaders Chen Wei, Dong Weimin ...") covers the names that follow it."""
    cur = None
    for i, subj in enumerate(out):
        if labels[i]:
            cur = labels[i]
        if subj.kind != "person":
            cur = None
        elif cur:
            subj.group = cur


_OBJECT_PREFIX = re.compile(r"\b[a-z]+\s+of\s*$")


class SentenceParse:
    def __init__(self, doc: Doc, s, spans: list[N.NameSpan]):
        self.doc, self.s, self.t, self.spans = doc, s, s.text, spans

    @cached_property
    def hits(self) -> list[R.VerbHit]:
        """The sentence's role-verb hits, found once however many lists ask for them."""
        return R.verb_hits(self.t)

    def name_at(self, start: int, end: int) -> tuple[N.NameSpan, int] | None:
        """The first name inside [start, end) with where its item-level prefix begins."""
        for sp in self.spans:
            if start <= sp.start and sp.end <= end:
                return sp, start
        return None

    def classify(self, it: Item, role: str, last: bool = False) -> Verdict:
        """-> (action, subject, group label); action: take | skip | stop | title | pred.
        `last`: the item is the rightmost one and is coordinated with the verb ("X extended ... and expressed")."""
        t = it.text
        t_clean = re.sub(r"\s+(?:on|in|at)\s+(?:\w+day|the\s+\w+|[A-Z]\w+)(?:\s+\w+)?$", "", t)
        t_clean = re.sub(r"\s+(?:also|then|later|first|jointly|respectively|successively|today|yesterday)$", "",
                         t_clean)
        # rule `fronted_adverbial` (parser 1.28.0): "During the meeting the mayor spoke" (no comma after the phrase)
        t_clean = re.sub(r"^(?:during|at|in|after|before|throughout)\s+the\s+(?:\w+\s+){1,2}?(?=the\s+\w+$)", "",
                         t_clean, flags=re.I)
        if re.fullmatch(r"(?:and\s+)?others", t, re.I):
            return "skip", None, None
        if re.match(r"(?:accompanied|joined)\s+by\b", t, re.I):
            return "skip", None, None  # "Accompanied by X, Wang inspected ...": X is a companion, not the subject
        if _FRONTED_PARTICIPLE.match(t):
            return "stop", None, None  # rule `fronted_participle`: "After hearing the report delivered by X, Y hailed"
        hit = self.name_at(it.start, it.end)
        if hit:
            return self._classify_name(it, hit[0])
        if re.match(r"(?:all|both)\s", t) and T.shared_title(t.split(None, 1)[1]):
            return "title", None, None  # rule `shared_title`: "A, B and C, all members of ..., attended"
        found = self._classify_reference(it, t_clean)
        if found is not None:
            return found
        if ADVERBIAL_START.match(t) or t.lower() in SENTENCE_ADVERBS:
            return "skip", None, None
        if MEETING_SUBJECT.match(t_clean):
            return "stop", Subject("meeting", None), None
        found = _listed_parties(t_clean, role)
        if found is not None:
            return found
        return _unnamed_party(t, role, last)

    def _classify_name(self, it: Item, sp: N.NameSpan) -> Verdict:
        """An item that holds a name: the person, with the group label written before the name, unless the words
        around the name make it an object or part of a clause."""
        prefix = self.t[it.start:sp.start].strip()
        if re.match(r"(?:who|whom|which)\s+\w", prefix, re.I):
            return "skip", None, None  # rule `relative_object` (parser 1.28.0): "X, who represented President Y, said"
        label = None
        pre = T.pre_name_title(self.t, sp.start)
        if prefix and pre and _OBJECT_PREFIX.search(self.t, it.start, pre[1]):
            return "stop", None, None  # rule `object_before_title`: "the instructions of General Secretary X, shared"
        if prefix and not pre:
            label, action = _name_prefix(prefix)
            if action is not None:
                return action, None, None
        # "(C, front)": a photo position; (1.55.0) "(managing director, National Film Development Corporation)."
        rest = re.sub(r"^\([^()]{1,120}\)[\s.]*$|^\([^()]{1,40}\)\s*", "", self.t[sp.end:it.end].strip())
        rest = _POST_NOMINALS_LEAD.sub("", rest)  # (1.57.0) "the Hon A MP": the letters are the name's
        if _name_rest_stops(rest):
            return "stop", None, None  # "X chaired the meeting and Y delivered a report": X is not Y's co-subject
        return "take", Subject("person", N.person_key(sp.name)), label

    def _classify_reference(self, it: Item, t_clean: str) -> Verdict | None:
        """An office title (no party), or a back-reference ("He", "the Governor", "Li") resolved to a person
        already named; None when the item is neither."""
        t = it.text
        # rule `relative_adverb_subject`: "met with a delegation on Aug 27, where Zhang explained ...": the clause
        # opened by "where"/"when" has its own subject
        t_clean = re.sub(r"^(?:where|whereupon|when)\s+(?=[A-Z]|he\b|she\b)", "", t_clean)
        if T.is_title(t) and not PRONOUN.match(t_clean) and not definite_office(t_clean):
            fronted = _FRONTED_CLAUSE.match(self.t)  # (1.55.0) "Having welcomed X, Commander of the Navy expressed"
            key = self.doc.office_reference(t_clean) if not self.t[:it.start].strip() or \
                fronted is not None and fronted.end() == it.start and fronted.group(0).lstrip().startswith("Having") and \
                re.match(r"\s+[a-z]", self.t[it.end:]) else None  # (the office right before its verb)
            if key:  # rule `office_reference`: "Vice Minister of Transportation extended a welcome" opens a sentence
                return "take", Subject("person", key), None
            return "title", None, None
        if it.sep.strip(" ,") == "" and it.sep and plural_office_label(t) and not is_group(t):
            return "title", None, None  # rule `plural_office_apposition`: "A, B and C, executive chairmen of the X, were"
        # a surname in capitals ("Mayor XIAO", "SG YANG" after "YANG Houlan"): the style of international bodies
        t_clean = _CAPS_WORD.sub(lambda m: m.group(0).title() if N.is_surname(m.group(0).title()) else m.group(0),
                                 t_clean)
        if PRONOUN.match(t_clean) or definite_office(t_clean) or re.fullmatch(
                _BACK_REF_NAME, t_clean):
            key = self.doc.resolve(t_clean, self.s.start + it.start)
            if key:
                self.doc.also_titles(key, self.t[it.end:], back_ref=not PRONOUN.match(t_clean)
                                     and not definite_office(t_clean))
                return "take", Subject("person", key), None
            if definite_office(t_clean) and self._name_follows(it.end):
                return "title", None, None  # (1.57.0) "chaired by the Attorney-General, the Hon A MP": its apposition
            if PRONOUN.match(t_clean) or definite_office(t_clean) or N.is_surname(t_clean.split()[-1]):
                return "stop", None, None
        return None

    def _name_follows(self, end: int) -> bool:
        """A name right after the comma that follows `end`, with only its style between (the appositive after an
        office: "the Attorney-General, the Hon A MP"; not "the Minister, the Deputy Minister A")."""
        m = _STYLED_APPOSITIVE.match(self.t, end)
        return m is not None and any(sp.start == m.end() for sp in self.spans)

    def _coordinated_subject(self, it: Item, role: str) -> Item | None:
        """Rule `coordinated_predicate`: "Li extended a warm welcome to Ambassador X and said ...": the item before
        "and said" is a whole clause; its subject (a person, written before its past-tense verb) is the subject of
        the coordinated verb too, not the object inside it."""
        m = _SUBJECT_THEN_VERB.match(it.text)
        if not m or not _PRESENT_ACT.fullmatch(m.group("verb")):
            return None
        head = Item(it.start, it.start + len(m.group("subj")), m.group("subj"), it.sep)
        action, subj, _ = self.classify(head, role)
        return head if action == "take" and subj is not None and subj.kind == "person" else None

    def subjects_after(self, pos: int, role: str, limit: int | None = None) -> list[Subject]:
        """Parties listed after `pos` ("was presided over by X", "Also present were X, Y and Z")."""
        t = self.t[:limit] if limit is not None else self.t
        end = len(t)
        m = re.search(_OFFICE_TO + r"\s+to\s|[;:]|\.\s*$|\s+(?:who|which|where)\s|,\s+(?:and\s+)?(?:the\s+meeting|it|he|she|they)\s|"
                      r",?\s+and\s+(?:was\s+|were\s+)?(?:also\s+)?[a-z]+ed\s+by\s|,?\s+(?:while|whereas)\s|,\s+with\s|"
                      # (1.45.0) "they were joined by A, said B": the attribution after the list is no item of it
                      r",\s+(?:said|says|added|noted|told|according\s+to)\s|"
                      # "presided by X with A and B attending": the absolute clause is the with_present rule's
                      r"\s+with\s+(?=[^;:]{0,200}?\b(?:attending|present|participating)\b)", t[pos:])
        if m:
            end = pos + m.start()
        end = self._before_next_subject(pos, end)
        # (1.36.0) "The meeting which was chaired by A reviewed the budget": the list ends at its name, before the
        # verb of the clause the relative clause sits in
        end = next((sp.end for sp in self.spans if pos <= sp.start and sp.end < end and
                    _CLAUSE_VERB_AFTER.match(t, sp.end)), end)
        items = merge_items(t[pos:end], pos, frozenset((sp.start, sp.end) for sp in self.spans))
        out: list[Subject] = []
        for it in items:
            action, subj, _ = self.classify(it, role)
            if action == "take" and subj.kind != "meeting":
                if subj.kind == "orgs":
                    out += [Subject(subj.group or org_kind(o), o) for o in subj.name.split("\x1f")]
                else:
                    out.append(subj)
            elif action in ("title", "skip"):
                continue
            else:
                break
        return out

    def _before_next_subject(self, pos: int, end: int) -> int:
        """Rule `list_meets_verb`: "was hosted by A, Vice Minister, B, Vice Governor attended the ceremony and C made
        a speech": a list after a cue ends before the subject of the next role verb (the last name before it)."""
        verb = next((h for h in self.hits if pos < h.start < end and h.form == "finite"), None)
        if verb is None:
            return end
        names = [sp for sp in self.spans if pos <= sp.start and sp.end <= verb.start]
        if len(names) < 2 or re.search(r"\b(?:and|or)\s+$|,\s*$", self.t[:verb.start]):
            return end  # "attended by A and B, and spoke": the verb is coordinated with the cue's
        return names[-1].start

    def _semicolon_list_before(self, start: int) -> list[Subject]:
        """Rule `semicolon_list`: "A, President of X; B, CEO of Y; and C, Director of Z, spoke": the parties of the
        pieces before the last one, each piece a name followed by its apposition of titles."""
        t = self.t
        out: list[Subject] = []
        end = t.rfind(";", 0, start)
        while end > 0:
            begin = t.rfind(";", 0, end) + 1
            piece_start = begin + len(t[begin:end]) - len(t[begin:end].lstrip())
            hit = self.name_at(piece_start, end)
            if not hit:
                break
            sp = hit[0]
            prefix = t[piece_start:sp.start]
            if not re.fullmatch(r"(?:(?:and|also|as\s+well\s+as)\s+)?|(?:[^;]*,\s+)?", prefix) or \
                    (begin and prefix.strip() not in ("", "and", "also", "as well as")):
                break
            apposition = t[sp.end:end]
            titles = T.leading_titles(apposition)
            if apposition.strip() and not titles or T.has_predicate(apposition):
                break  # "A, Secretary of X, attended the meeting; B, Mayor, presided": a clause of its own
            out.insert(0, Subject("person", N.person_key(sp.name)))
            if begin == 0:
                break
            end = begin - 1
        return out

    def subjects_before(self, pos: int, role: str) -> list[Subject]:
        """Parties written before `pos` in the same clause, scanned right to left."""
        t = self.t
        start = _clause_start(t, pos)
        region = _BEHALF.sub(lambda m: " " * len(m.group(0)), t[start:pos])
        # rule `fronted_clause`: "When meeting with Kiribati's President and Foreign Minister X, Wang said": the
        # participle's clause, up to its comma, holds no subject of the verb
        region = _FRONTED_CLAUSE.sub(lambda m: " " * len(m.group(0)), region)
        region = _FRONTED_OWN_SPEECH.sub(lambda m: " " * len(m.group(0)), region)
        # rule `adverb_before_verb`: "Miao Zhengge fully affirmed", "X warmly welcomed": the adverb is no party
        region = _PERFECT_AUX.sub(lambda m: " " * len(m.group(0)), region)
        region = _ADVERBS_BEFORE_VERB.sub(lambda m: " " * len(m.group(0)), region)
        if role in ("speech", "written"):
            region = _AND_ENTOURAGE.sub(lambda m: " " * len(m.group(0)), region)
            orgs = _org_region(region, start)
            if orgs:
                return orgs
        out, labels, meeting = self._scan_back(region, start, role)
        if meeting is not None:
            return [meeting]
        if out and out[0].kind == "person" and start and t[:start].rstrip().endswith(";"):
            out = self._semicolon_list_before(start) + out
            labels = [None] * (len(out) - len(labels)) + labels
        out, labels = _expand_orgs(out, labels)
        out, labels = _without_field_list(t, start, out, labels)
        out, labels = _without_portfolio_list(t, out, labels)
        if role == "written" and len(out) > 1 and all(x.kind == "group" for x in out):
            # "Other cities (...), relevant provincial departments and offices ... made written statements"
            return [Subject("group", t[out[0].start:out[-1].end], start=out[0].start, end=out[-1].end)]
        _label_persons(out, labels)
        return out

    def _scan_back(self, region: str, start: int, role: str) -> tuple[list[Subject], list[str | None], Subject | None]:
        """The items of the clause, right to left, while they are parties -> (subjects, their group labels, the
        meeting when the clause's subject is the meeting itself)."""
        items = merge_items(region, start)
        out: list[Subject] = []
        labels: list[str | None] = []
        started = False
        coordinated = bool(re.search(r"(?:^|\s)and\s*$", region))
        for n, it in enumerate(reversed(items)):
            if n == 0 and coordinated:
                head = self._coordinated_subject(it, role)
                if head is not None:
                    it = head
            action, subj, label = self.classify(it, role, last=(n == 0 and coordinated))
            if action != "take" and out and _VERB_IN_ITEM.search(it.text) and \
                    all(x.kind in ("organization", "place", "orgs") for x in out):
                out, labels, started = [], [], False  # rule `objects_of_predicate`: "X visited the A Bureau, B and C,"
            if action == "pred":
                continue
            if action == "take":
                if subj.kind == "meeting":
                    break
                subj.start, subj.end = it.start, it.end
                out.insert(0, subj)
                labels.insert(0, label)
                started = True
                if PRONOUN.match(it.text.split()[0]) and len(it.text.split()) <= 2 and subj.kind == "person" and \
                        not self.name_at(it.start, it.end):  # "He Yuchen" is a name (surname He), not a pronoun
                    break  # rule `pronoun_alone`: "..., along highways G312 and G107, he said": "he" heads no list
            elif action == "title":
                continue
            elif action == "skip":
                if started and ADVERBIAL_START.match(it.text) and not it.text.lower().startswith(("who", "which")):
                    break
                continue
            else:
                if subj is not None and subj.kind == "meeting" and not started:
                    return out, labels, subj
                break
        return out, labels, None


# rule `on_behalf_of`: "Entrusted by X, Y delivered a speech", "Y, on behalf of the ministry and Minister X, said":
# X is whom the speaker stands for, not a co-subject (X is a mention when the parse shows the reference)
# ... and a list of bodies after it ("on behalf of the X Committee, Municipal People's Congress, Municipal Government
# and the Y Committee"): each further item is a body's name, not a party of the verb
_BEHALF = re.compile(r"\b(?:on\s+behalf\s+of|entrusted\s+by|commissioned\s+by|authori[sz]ed\s+by|"
                     r"at\s+the\s+request\s+of)\b[^,;:]*(?:,\s+(?:and\s+)?(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,6}?"
                     r"(?-i:Committee|Government|Congress|Council|CPPCC|Bureau|Department|Office|Commission|Ministry|"
                     r"Association|Federation|Chamber|University|Group|Company|Corporation)\b[^,;:]*)*", re.I)
_VERB_IN_ITEM = re.compile(r"\b(?:visited|inspected|toured|met|went\s+to|called\s+at|investigated|surveyed|"
                           r"reached|arrived\s+at)\b")
_SUBJECT_THEN_VERB = re.compile(r"(?P<subj>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})\s+(?:also\s+|then\s+|"
                                r"first\s+|warmly\s+)?(?P<verb>[a-z]+)\b\s+\S")
# acts done in the room, so the actor is there to "say" what follows ("sent a letter and said" is not one)
_PRESENT_ACT = re.compile(r"welcomed|extended|thanked|expressed|listened|heard|congratulated|greeted|reviewed|"
                          r"summari[sz]ed|affirmed|appreciated|commended|praised|acknowledged|spoke|listed|recalled|"
                          r"answered|exchanged|shared|briefed|introduced|presented|gave|offered|put|raised|asked|"
                          r"thanked|hailed|lauded|inspected|visited|toured|checked|examined|inquired|chatted|talked|watched|"
                          r"observed|viewed|walked", re.I)
PAST_VERB = re.compile(
    r"^(?:\w+ed|made|took|gave|held|met|went|led|set|put|won|built|sent|paid|saw|came|left|told|brought|"
    r"sought|spent|laid|began|kept|read|heard|wrote|drew|chose|rode|flew|stood|sat)\b", re.I)
_ADJ = r"(?:[A-Z][\w-]*|\d[\d,]*|[a-z-]*(?:al|ic|ive|ous|ant|ent|ing|ed|ign|ese|an|ior|ary|ish|ly)|other|senior|private|foreign|local|young|top|key|chief|many|some|all|more)"
_GROUP_HEAD = re.compile(r"^(?:(?:the|a|an)\s+)?(?:" + _ADJ + r"\s+){0,2}?" + GROUP_NOUNS.pattern[2:])


# (1.57.0: after a day or a place, "A meeting addressed by A on Thursday in Mochudi appointed a task force")
_CLAUSE_VERB_AFTER = re.compile(r"(?:\s+(?:on|in|at)\s+(?-i:[A-Z])[\w'\u2019-]+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?|"
                                r"\s+(?:yesterday|today)){0,2}"
                                r"\s+(?:also\s+)?(?:[a-z]{3,}ed|saw|made|took|held|gave|heard|met|began)\s(?!by\b)")


# rule `group_phrase_end` (parser 1.36.0): a group's phrase ends before a relative clause, a day or an adverb the
# list's item swept in ("the officers who also took part", "the Heads of five organisations at the OECD on Monday 29th
# October", "the economic experts of the Ministry on Saturday, during which ...", "508 people in attendance actually")
_GROUP_TAIL = re.compile(r"(?:,?\s+(?:who|whom|which|that|where|during\s+which)\b|,\s+(?:and|but|while)\s|"
                         r"\s+(?:on|last|this|next)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d)|"
                         r"\s+(?:actually|specifically|all|also|too|respectively)\s*$).*$", re.S)


def group_phrase(name: str) -> str:
    cut = _GROUP_TAIL.sub("", name).rstrip(" ,;")
    return cut if cut and is_group(cut) else name


def is_group(t: str) -> bool:
    """Rule `group`: an unnamed group of people: "other senior leaders and officials", "1,500 private
    entrepreneurs", "Provincial leaders", "representatives of consular corps from 15 countries"."""
    if not t or N.find_names(t[:40]) and N.find_names(t[:40])[0].start == 0:
        return False
    if re.match(r"(?:the\s+)?following\s|among\s+others$", t, re.I):
        return False  # (1.36.0) "The following persons spoke: A, B": the list's announcement, not a group of its own
        # (1.37.0: nor "Among others, A, B and C spoke": the list's opening)
    if GROUP_START.match(t):
        return bool(GROUP_NOUNS.search(t))
    m = _GROUP_HEAD.match(t)
    return bool(m) and not PAST_VERB.match(t.split()[0]) or bool(m and re.match(r"(?:invited|selected|retired|elected|"
                                                                                 r"experienced|skilled)\b", t, re.I))


# ----------------------------------------------------------------------------------- composition
def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


_THE_HONOURABLE_BEFORE = re.compile(r"\b" + N.THE_HONOURABLE + r"\s+$")
# rule `given_name_alias` (parser 1.41.0): "John also gave an update" after "John Power": the given name alone, as a
# clause's subject, is the one person of the readout who has it (a census given name, no other person's word)
_GIVEN_SUBJECT = re.compile(r"\s+(?:also\s+|then\s+|further\s+|later\s+)?[a-z]{2,}\b")
_CAP_BEFORE = re.compile(r"[A-Z][\w.'\u2019-]*\s+$")


def _given_aliases(known: list[str]) -> dict[str, str]:
    given_names, _ = N.census_names()
    firsts: dict[str, set[str]] = {}
    for name in known:
        words = name.split()
        if 2 <= len(words) <= 3 and not N.is_surname(words[0]) and words[0].lower() in given_names:
            firsts.setdefault(words[0], set()).add(name)
    others = {w for name in known for w in name.split()[1:]}
    return {w: next(iter(ns)) for w, ns in firsts.items() if len(ns) == 1 and w not in others}


def _occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """The spans where `name` stands as whole words (no word character or apostrophe before it, no word character
    after it): re.finditer's result without compiling a pattern per name, which overflows the regex cache."""
    out = []
    pos = text.find(name)
    while pos >= 0:
        end = pos + len(name)
        if (pos == 0 or not (_word_char(text[pos - 1]) or text[pos - 1] in "'\u2019")) and \
                (end == len(text) or not _word_char(text[end])):
            out.append((pos, end))
            pos = text.find(name, end if end > pos else pos + 1)
        else:
            pos = text.find(name, pos + 1)
    return out


class Collector:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.chairs: list[str] = []
        self.speakers: dict[str, dict] = {}
        self.attendees: dict[str, dict] = {}
        self.participants: set[str] = set()  # persons present in a role that has no table (host of talks, inspector)
        self.elsewhere: set[str] = set()  # persons whose act the text places at another time or occasion
        self.reported: set[str] = set()  # persons whose act is reported inside someone else's statement
        self.placed_in: set[tuple[str, str]] = set()  # (party key, sentence) pairs a rule has decided
        self.remote: set[str] = set()  # senders of letters or instructions: their later words are in those texts
        self.signers: dict[str, tuple[str, str]] = {}  # person -> (sentence, rule) of a signing they took part in
        self.hosts: dict[str, str] = {}  # person -> sentence where they met someone ("A met with B", "A received B")
        self.absent: set[str] = set()  # persons a minutes' "Apologies:" or "Absent:" label lists
        self.noted: dict[str, str] = {}  # person -> the mention rule a sentence rule gave (a future meeting's guest)

    def _name(self, subj: Subject) -> str:
        if subj.kind == "person":
            return self.doc.persons[subj.name].name
        return group_phrase(subj.name) if subj.kind == "group" and subj.name else subj.name

    def _styled_person(self, subj: Subject) -> Subject | None:
        """Rule `styled_reference`: a place or body written "Hon. Ngarambe", "Minister McCoy" is the person the
        readout names so (None, no party, when it names nobody so)."""
        if subj.kind not in ("place", "organization") or not subj.name or not _styled_reference(subj.name):
            return subj
        key = self.doc.resolve(subj.name, 0)
        return Subject("person", key) if key else None

    def _participant(self, subj: Subject, role: str, evidence: str, rule: str) -> None:
        if subj.kind == "person" and subj.name:
            self.participants.add(subj.name)
            if role == "sign":
                self.signers.setdefault(subj.name, (evidence, rule))

    def _affiliation(self, body: str, sentence: str) -> bool:
        """Rule `affiliation_not_party` (parser 1.38.0): a body written after a person's name and a comma, an office
        between them or not, is that person's affiliation, not a second speaker ("Zhang Xiaoyun, Finance Department of
        the Association, explained ...", "Com. Paul Robson, NSW Teachers Federation asked ...")."""
        at = sentence.find(body)
        if at < 0:
            return False
        before = sentence[max(0, at - 200):at]
        # (1.48.0) up to three pieces between: "A, Director, Office for International Affairs, University of H, gave"
        return any(re.search(re.escape(p.name) + r",\s+(?:[^,;()]{1,60},\s+){0,3}$", before)
                   for p in self.doc.persons.values() if p.name in before)

    def _no_party(self, subj: Subject, name: str, role: str, evidence: str) -> bool:
        """A clause or an office taken for a body; (1.44.0) the person someone stands in for ("B, representing
        Premier A": A was not there, a mention)."""
        if subj.kind != "person":
            return is_clause(name) or _office_phrase(name)
        if role in ("attend", "speech") and subj.name and _represented(evidence, name):
            self.noted.setdefault(subj.name, "represented")
            return True
        if role in ("attend", "speech") and subj.name and _addressee(evidence, name):
            self.noted.setdefault(subj.name, "letter_addressee")
            return True
        if role in ("attend", "speech") and subj.name and _late_before(evidence, name):
            return True  # (1.56.0) "the late Mr. A, former Foreign Minister, who introduced the program": `deceased`
        if role == "speech" and subj.name and _MESSAGE_OPENING.match(evidence):
            self.noted.setdefault(subj.name, "message_sender")
            return True  # (1.56.0) "In a special message to X, Ambassador A commended ...": A was not there
        return False

    def add(self, subj: Subject, role: str, evidence: str, rule: str) -> None:
        """Place a party in a role; `rule` is the id of the rule that found it (the rows' `rule` column)."""
        if subj.kind == "meeting" or subj.kind == "person" and subj.name in self.doc.press:
            return
        styled = self._styled_person(subj)
        if styled is None:
            return
        subj = styled
        name = self._name(subj)
        if self._no_party(subj, name, role, evidence):
            return
        key = subj.name if subj.kind == "person" else "~" + name
        self.placed_in.add((key, evidence))
        titles = lambda: list(self.doc.persons[subj.name].titles) if subj.kind == "person" else []  # noqa: E731
        if role in ("accompany", "sign", "arrange"):  # present, but optional per GUIDELINES: no row, never a mention
            self._participant(subj, role, evidence, rule)  # (a signer may attend later: `signatories`)
            return
        if role in ("speech", "written") and _no_speaking_party(subj, name, role, evidence):
            return
        if role == "speech" and subj.kind == "organization" and self._affiliation(name, evidence):
            return
        if role == "chair":
            if subj.kind == "person" and subj.name and name not in self.chairs:
                self.chairs.append(name)
                self.doc.chair_keys.append((subj.name, rule))
                if key in self.speakers and self.speakers[key]["role"] == "speaker":
                    self.speakers[key]["role"] = "chair"
        elif role in ("speech", "written"):
            if subj.kind == "group" and role == "speech":
                self.add(subj, "attend", evidence, rule)
                return
            if key not in self.speakers:
                r = "written_statement" if role == "written" else ("chair" if name in self.chairs else "speaker")
                self.speakers[key] = {"name": name, "kind": subj.kind, "titles": titles(), "role": r,
                                      "evidence": evidence, "rule": rule}
        elif role == "attend":
            if key not in self.attendees:
                self.attendees[key] = {"name": name, "kind": subj.kind, "titles": titles(),
                                       "group": subj.group, "evidence": evidence, "rule": rule}


# rule `represented` (parser 1.44.0): the person someone stands in for ("B, representing Premier Tan Sri A", "on
# behalf of the Secretary General Hon. (Dr). A") was not at the meeting; only styles and offices between
# (1.48.0) "A represented the President of Liberia, His Excellency President B" (active; never "was represented by")
# the styles, offices and commas between a cue and the name it places elsewhere ("the President of Liberia, His
# Excellency President B"), for the rules below
_OFFICES_BETWEEN = r"(?:(?:the|his|her|their|[A-Z][\w.'\u2019()-]*,?|of|and)\s+)"
_REPRESENTED_BEFORE = re.compile(r"(?:\brepresenting|\bon\s+behalf\s+of|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)\brepresented)\s+" +
                                 _OFFICES_BETWEEN + r"{0,8}$")


def _cued_before(sentence: str, name: str, before: re.Pattern, window: int) -> list[re.Match | None]:
    """Per writing of `name` in the sentence, the cue `before` that ends right before it (within `window` characters)
    or None: the rules below name a person as absent only when every writing is so cued."""
    return [before.search(sentence, max(0, m.start() - window), m.start()) for m in re.finditer(re.escape(name), sentence)]


def _represented(sentence: str, name: str) -> bool:
    if "represent" not in sentence and "behalf" not in sentence:
        return False  # (the common case, without a regex per name)
    cues = _cued_before(sentence, name, _REPRESENTED_BEFORE, 90)
    return bool(cues) and all(cues)


# rule `deceased` (parser 1.45.0): a person the text remembers as dead ("the late President of the Congo, His
# Excellency A", "in memory of A", "the burial organised by the state for former President A", "paid homage to A")
# was not at the meeting: a mention; only styles, offices and brackets between
_DECEASED_BEFORE = re.compile(
    r"\b(?:the\s+late|in\s+(?:loving\s+)?memory\s+of|memorial\s+to|mausoleum\s+of|passing\s+of|death\s+of|"
    r"assassination\s+of|homage\s+to|birth\s+anniversary\s+of|(?:burial|funeral)\s+(?:[a-z]+\s+){0,5}?(?:of|for))\s+"
    r"(?:(?:the|his|her|their|former|late|[(]?[A-Z][\w.'\u2019()-]*,?|of|and)\s+){0,8}$")


# rule `message_sender` (parser 1.56.0): "In a special message to the forum, Ambassador A commended ...": the one whose
# message the sentence reports spoke through it, not at the meeting: a mention
_MESSAGE_OPENING = re.compile(r"\s*In\s+(?:a|an|his|her|their)\s+(?!(?:[\w-]+\s+){0,2}?(?:welcome|welcoming|goodwill|"
                              r"opening|closing|keynote|inaugural)\b)(?:(?:[\w-]+\s+){0,2}?(?:message|letter)\s+to\b|"
                              r"(?:video|recorded|written|congratulatory|condolence|special)\s+(?:[\w-]+\s+)?message\b)"
                              r"[^,;]{0,80},")  # (a welcome or goodwill message is given in person)


# "the late" right before the name, only styles and capitalised words of an office between (no comma, no "and")
_LATE_BEFORE = re.compile(r"\bthe\s+late\s+(?:(?:[A-Z][\w.'\u2019-]*|of|the)\s+){0,6}$")


def _late_before(sentence: str, name: str) -> bool:
    """`deceased` for a person a rule would place: "the late" stands right before a writing of the name (stricter than
    `_deceased`, which asks only about the unplaced)."""
    if " late " not in sentence:
        return False  # (the common case, without a regex per name)
    return any(_cued_before(sentence, name, _LATE_BEFORE, 80))


def _deceased(sentence: str, name: str) -> bool:
    if not re.search(r"\b(?:late|memory|memorial|mausoleum|passing|death|assassination|homage|anniversary|burial|"
                     r"funeral)\b", sentence):
        return False  # (the common case, without a regex per name)
    return any(_cued_before(sentence, name, _DECEASED_BEFORE, 110))


# rule `letter_addressee` (parser 1.48.0): the one a letter or message is for ("to present to him a letter for Chinese
# President A", "an open letter to the Speaker of the US House of Representatives B") was not at the meeting: a
# mention; only styles and offices between
_ADDRESSEE_BEFORE = re.compile(r"\b(?:letters?|messages?|invitations?|petitions?)\s+(?:(?:addressed|sent)\s+)?(?:for|to)\s+" +
                               _OFFICES_BETWEEN + r"{0,9}$")


def _addressee(sentence: str, name: str) -> bool:
    if not re.search(r"\b(?:letter|message|invitation|petition)s?\b", sentence):
        return False  # (the common case, without a regex per name)
    cues = _cued_before(sentence, name, _ADDRESSEE_BEFORE, 110)
    return bool(cues) and all(cues)


# rules `future_meeting` and `succession` (parser 1.48.0): a person the text names only as the side of a meeting still to
# come ("he is expected to be received by the Argentine Foreign Minister, A", "I will also meet Prime Minister B") or as
# the holder before or after an office changed hands ("He replaced President C", "David was succeeded by Dr D") was not
# at the meeting: a mention
_LATER_OR_EARLIER_BEFORE = re.compile(
    r"(?:\b(?:will|would|shall|(?:is|are|was|were)\s+(?:expected|scheduled|due|set)\s+to|plans?\s+to)\s+(?:also\s+)?"
    r"(?:meet(?:\s+with)?|be\s+received\s+by|host|call\s+on|hold\s+talks\s+with)|"
    r"\b(?:replaced|replaces|succeeded|succeeds)(?:\s+by)?)\s+" + _OFFICES_BETWEEN + r"{0,8}$")


def _later_or_earlier(sentence: str, name: str) -> str | None:
    if not re.search(r"\b(?:will|would|shall|expected|scheduled|due|set|plans?|replace[sd]?|succeed(?:s|ed)?)\b",
                     sentence):
        return None  # (the common case, without a regex per name)
    cues = _cued_before(sentence, name, _LATER_OR_EARLIER_BEFORE, 110)
    first = cues[0] if cues and all(cues) else None
    if first is None:
        return None
    return "succession" if re.search(r"replace|succeed", first.group(0)) else "future_meeting"


def _dotted(name: str, dotted: dict[str, str]) -> str:
    return dotted.get(name, name)


def _styled_reference(name: str) -> bool:
    """A style of address or an office, then one capitalised word: a person written short ("Hon. Ngarambe", "H.E
    Wang", "Minister McCoy"), never a place or body, whatever the subject rules took it for."""
    words = name.split()
    return len(words) == 2 and (N.is_style(words[0]) or words[0].lower() in OFFICE_WORDS) and \
        words[1][:1].isupper() and words[1].lower() not in ORG_HEADS | PLACE_HEADS


# rule `clause_not_party`: a clause taken for a body or place is no party: a fronted purpose or participle ("To further
# strengthen the partnership, the leader proposed", "Welcoming the delegation, X said", "Speaking to officials"), or
# words quoted before "said" ("Hanoi wants to expand relations, said X"; '... these meetings," he')
_CLAUSE = re.compile(r"^(?:To\s+[a-z]|(?P<ing>[A-Z][a-z]+ing)(?:\s+[a-z\"\u201c]|$))|\s(?:wants|is|are|was|were|will)\s|"
                     # (1.37.0) the end of a quotation before its speaker: '... for our future," he'
                     r"[,.!?][\u201d\"](?:\s+\S+){0,3}$")


def _office_phrase(name: str) -> bool:
    """(1.37.0) "Chamber of Mines President, Godwin Beene, expressed ...": a phrase that ends in an office word after
    its body's name is the title of the person named beside it, no party ("the Office of the President" is one)."""
    words = name.split()
    return len(words) >= 2 and words[-1].lower() in OFFICE_WORDS and words[-2].lower() not in ("of", "the") and \
        words[0][:1].isupper()


def is_clause(name: str) -> bool:
    m = _CLAUSE.search(name)
    return m is not None and not (m.group("ing") and N.syllables(m.group("ing"), 3) is not None)  # "Beijing", "Liaoning"


# a body named by level and kind alone (no place or proper name): the convening body or a fragment of an office, never
# a speaker ("Municipal Committee, party secretary X made a speech"; "the Political Bureau ... stressed" is the meeting)
_GENERIC_BODY = re.compile(r"(?:the\s+)?(?:(?:CPC|Communist|Party|Provincial|Municipal|County|District|City|Standing|"
                           r"Central|Political|Bureau|Committee|of|the)\s+)*(?:Committee|Commission|Bureau)", re.I)


def _is_coordinated(t: str, prev: R.VerbHit, h: R.VerbHit) -> bool:
    between = t[prev.end:h.start]
    if re.search(r"\bthat\b|[;:]", between) or len(between) > 160:
        return False
    if re.search(r"\b(?:who|whom|which)\b[^,]*$", between):
        return False  # "met with guests who come to Huai'an and attend the forum": the guests attend
    # an adverb may sit before the second verb ("attended the meeting and actively put forward suggestions")
    return bool(re.search(r"(?:^|\s)(?:and|as\s+well\s+as|and\s+then|then)\s+(?:also\s+|then\s+|[a-z]+ly\s+){0,2}$",
                          between)) \
        or bool(re.search(r"\b(?:while|when|before|after)\s+$", between))


# rule `delegation_led_by`: "met with a delegation of the X Chamber of Commerce led by its Chairman Y": Y is the
# counterpart however long the delegation's name is (and however long Y's title); `meet_list`: "met foreign guests
# attending the forum, including A, B and C": the listed guests are the counterparts
_LED_BY = re.compile(r"\b(?:led|headed)\s+by\s+(?:its\s+|the\s+|their\s+)?(?:[A-Z][\w'\u2019.-]*\s+){0,4}$|"
                     r"\b(?:led|headed)\s+by\s+(?:its\s+|the\s+|their\s+)?[A-Z][\w'\u2019.-]*\s+(?:(?:[A-Z][\w'\u2019.-]*|"
                     r"of|for|and|the|in)\s+){0,16}$|\b(?:including|such\s+as|namely|among\s+them)\s+$|"
                     # (parser 1.32.0) "met with a number of senior officials, including Vice President for the Euro X"
                     r"\b(?:including|such\s+as|namely)\s+[A-Z][\w'\u2019.-]*\s+(?:(?:[A-Z][\w'\u2019.,-]*|of|for|and|the|"
                     r"in|on|to)\s+){0,16}$")


# rule `meet_object_ends`: the object list ends at the subject's next predicate ("met with A, signed agreements and
# agreed the visit of B": B is no counterpart); a participle with its agent ("led by", "accompanied by") goes on
_NEXT_PREDICATE = (r",?\s+(?:and\s+)?(?!(?:led|headed|accompanied|invited|based|located|stationed|appointed|"
                   r"elected|named|nominated)\b)[a-z]+ed\s+(?!by\b|in\b|at\b)")


# a day between a meeting verb and its object, set off without commas
_DAY_BEFORE_OBJECT = re.compile(r"\s*(?:on\s+(?:" + WEEKDAY_RE + r",?\s+)?(?:" + FULL_RE + r"\s+\d{1,2}(?:st|nd|rd|th)?|"
                                r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + FULL_RE + r"|" + WEEKDAY_RE + r")(?:,?\s+\d{4})?|"
                                r"yesterday|today|this\s+(?:morning|afternoon|evening))(?:\s+(?=with\s)|,?\s+"
                                r"(?=(?:the\s+|his\s+|her\s+)?[A-Z]))")


_AND_TALKED_WITH = re.compile(r"\s*and\s+(?:talked|conferred|held\s+talks|had\s+talks)\s+with\s+")


def meet_objects(ps: SentenceParse, h: R.VerbHit) -> list[Subject]:
    t = ps.t
    obj = t[h.end:]
    base = h.end
    talked = _AND_TALKED_WITH.match(obj)
    if talked:  # (1.45.0) "met and talked with the Speaker of the Assembly A": A is the object of both
        base += talked.end()
        obj = t[base:]
    elif re.match(r"\s*(?:and|or)\s", obj):
        return []  # rule `shared_object`: "met with and expressed regards to the staff": no object of its own
    if re.match(r"\s*(?:[\w-]+\s+){0,4}?under\s+the\s+(?:" + "|".join(sorted(CHAIR_NOUNS)) + r")\s+of\b", obj, re.I):
        return []  # (1.34.0) "The council met under the chairmanship of Mayor A": A chaired (the parse's chair noun)
    m = re.match(r"\s*(?:(?:in|at|on)\s+[^,]*?\s+)?with\s+", obj)
    if m and not re.match(r"\s*with\b", obj):
        base += m.end()
        obj = t[base:]
    # (1.40.0) ... or without commas: "received on Wednesday in Havana the Secretary of ..., C"
    m = re.match(r"\s*(?:(?:in|at|on)\s+[^.;]{1,40}?,\s+){1,3}(?=[A-Z])|\s*(?:(?:in|at|on)\s+(?-i:[A-Z])\w+\s+){2}"
                 r"(?=(?:the\s+)?[A-Z])", obj)
    if m and not any(base <= sp.start < base + m.end() for sp in ps.spans):
        # (1.34.0) "received in Baghdad, on Monday, June 3, 2019, Prime Minister B": the place and day set off
        base += m.end()
        obj = t[base:]
    m = _DAY_BEFORE_OBJECT.match(obj)
    if m:  # (1.43.0) "received on August 26 Ambassador of China to Armenia B", "met yesterday with B"
        base += m.end()
        obj = t[base:]
    obj_end = len(obj)
    m2 = re.search(r"\.\s*$|;|\s+(?:to|and)\s+(?:discuss|exchange|hold|sign)\b|" + _NEXT_PREDICATE + r"|"
                   # (parser 1.32.0) "met the team on behalf of President X", ", acting on the directive of X": X sent
                   # them, X is no counterpart
                   r",?\s+(?:acting\s+on|on\s+behalf\s+of|in\s+line\s+with|as\s+directed\s+by|at\s+the\s+"
                   r"(?:request|instance|directive|behest)\s+of)\b", obj)
    if m2:
        obj_end = m2.start()
    out = []
    spans = [sp for sp in ps.spans if base <= sp.start < base + obj_end]
    if spans:
        for sp in spans:
            between = t[base:sp.start]
            if sp is spans[0] and len(between.split()) > 8 and not _LED_BY.search(between) and \
                    not _office_before(between):
                break
            if t.startswith(("'s", "\u2019s"), sp.end):
                continue  # "received President X's Special Representative Y": X sent Y, X is not met
            out.append(Subject("person", N.person_key(sp.name)))
        return out
    phrase = obj[:obj_end].strip(" ,.")
    phrase = re.sub(r"^(?:with\s+)", "", phrase)
    if phrase and GROUP_NOUNS.search(phrase):
        out.append(Subject("group", phrase))
    return out


def _office_before(between: str) -> bool:
    """Rule `office_then_name`: "met with the Secretary of the CPC Guangdong Provincial Committee, Mr Li Xi": the
    words before the first name are its office, written first as Hong Kong and embassy releases do."""
    office = re.sub(r"^\s*(?:with\s+)?|(?:,?\s*(?:H\.\s?E|" + "|".join(HONORIFICS) + r")\.?)+\s*$|[\s,]+$", "", between)
    # (1.56.0) a portfolio's list keeps its commas: "Minister for Science, Research and Technology H.E. Mr. A"
    office = _PORTFOLIO_LIST.sub(lambda m: m.group(0).replace(",", ""), office)
    return "," not in office and T.is_title(office)


_PORTFOLIO_LIST = re.compile(r"\b(?:of|for)\s+[A-Z][\w'\u2019-]*(?:,\s+[A-Z][\w'\u2019-]*)+,?\s+(?:and|&)\s+[A-Z][\w'\u2019-]*")


_SIGN_WITH = re.compile(r"[^;.]{0,120}?\bwith\s+")


def sign_counterparts(ps: SentenceParse, h: R.VerbHit) -> list[Subject]:
    """Rule `sign_counterpart`: "X signed an agreement with Z, CEO of ...": Z signed too (optional presence)."""
    m = _SIGN_WITH.match(ps.t, h.end)
    if not m:
        return []
    return [x for x in ps.subjects_after(m.end(), "attend") if x.kind == "person"]


_CONTINUED_SPEECH = re.compile(
    r"\b(?:should|must|needs?\s+to|have\s+to|has\s+to|will|shall|we|our|us|it\s+is\s+(?:\w+\s+)?(?:necessary|"
    r"crucial|important|imperative|essential|vital))\b", re.I)


# rule `accompanied_event`: "X accompanied the inspection", "X accompanied Zhao on the tour": GUIDELINES 2.6 says
# people who accompanied a leader on an inspection or at a meeting were present, so they are attendees
def _accompanied_event(h: R.VerbHit) -> R.VerbHit:
    if h.role == "accompany":
        return R.VerbHit(h.start, h.end, "attend", h.form)
    return h


_BY_AGENT = re.compile(r"\bby\s+(?:(?:the\s+)?[A-Z][\w'\u2019-]*\s+){0,5}$")


def _agent_before_participle(ps: SentenceParse, hits: list[R.VerbHit], i: int) -> bool:
    """Rule `agent_participle`: a person named as the agent of a passive ("the important speech delivered by General
    Secretary Xi Jinping when attending the deliberation") between the last finite verb and the participle is the
    participle's subject, not the main clause's subject; that agent's act is not this meeting's."""
    h = hits[i]
    prior = [x for x in hits[:i] if x.form != "participle"]
    lo = prior[-1].end if prior else 0
    return any(lo <= sp.start < h.start and _BY_AGENT.search(ps.t, 0, sp.start) for sp in ps.spans)


def find_parties(text, sentences, title, bylines: list[str] | tuple = (), learned: bool = True) -> Parties:
    """Who chaired, spoke, attended or was mentioned: the rules run in this order (see the module docstring),
    then the learned model places some of the people they left unplaced (`learned_roles`)."""
    doc = Doc(text, sentences, title)
    col, actors, mentions, unplaced = rule_parties(doc, bylines)
    if learned:
        unplaced = learned_roles(doc, col, unplaced)
        # a mention resting only on an act placed elsewhere is asked too (`learned_over_elsewhere`, parser 1.22.0):
        # held out on twenty-one sets, the model's confident roles for them were right 7 times, optional 6, wrong 3
        weak = [m for m in mentions if m["rule"] == "speech_elsewhere" and N.person_key(m["name"]) not in col.elsewhere
                and not _perfect_after(m) and not _referred_act(m)]  # the parse's evidence only
        kept = learned_roles(doc, col, weak)
        mentions = [m for m in mentions if m not in weak or m in kept]
    unplaced += rowless(doc, col, mentions, unplaced)
    return Parties(chairs=col.chairs, speakers=list(col.speakers.values()), attendees=list(col.attendees.values()),
                   mentions=mentions, unplaced=unplaced, actor_by_sentence=actors)


def rowless(doc: Doc, col: Collector, mentions: list[dict], unplaced: list[dict]) -> list[dict]:
    """(parser 1.39.0) Persons the rules count present in a role without a table (an inspection's leader, the host of
    a separate meeting) or leave out otherwise: unplaced rows with the first sentence naming them, so that no person
    found is written nowhere (after the learned role, which is not asked about them)."""
    written = {N.person_key(n) for n in col.chairs} | set(col.speakers) | set(col.attendees) | \
        {N.person_key(r["name"]) for r in [*mentions, *unplaced]}
    out: dict[str, dict] = {}
    for s, spans in zip(doc.sentences, doc.names_by_sentence):
        for sp in spans:
            key = N.person_key(sp.name)
            if key not in written and key not in out and key in doc.persons:
                out[key] = {"name": doc.persons[key].name, "evidence": s.text}
    return list(out.values())


def _perfect_after(row: dict) -> bool:
    """The name is the subject of a perfect ("General Secretary X has stressed that ..."): a leader's earlier words,
    which the learned role is not asked to overrule."""
    around = _around_name(row)
    return around is not None and bool(re.match(r"[^,;.]{0,40}?\b(?:has|have|had)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b",
                                                 around[1]))


def _around_name(row: dict) -> tuple[str, str] | None:
    """The row's evidence before and after the first writing of its name (None when the name is not written)."""
    at = row["evidence"].find(row["name"])
    return (row["evidence"][:at], row["evidence"][at + len(row["name"]):]) if at >= 0 else None


def _referred_act(row: dict) -> bool:
    """GUIDELINES 2.4's own evidence of a mention, which the learned role is not asked to overrule (parser 1.24.0):
    instructions the person gave ("Vice Premier X recently gave written instructions on ..."), an order or decree the
    person signed or issued (parser 1.26.0: "General Secretary X signed an order"), or a speech or report referred to
    as the person's ("studied the speech General Secretary X delivered", "the report delivered by Governor X")."""
    around = _around_name(row)
    if around is None:
        return False
    before, after = around
    return bool(re.match(r"[^,;.]{0,50}?\binstructions?\b", after) or _ORDER_SIGNED.match(after) or _ACT_NOUN_BY.search(before) or
                _ACT_NOUN_BEFORE.search(before) and re.match(r"\s+(?:had\s+|has\s+)?(?:delivered|made|gave|given)\b", after))


_ACT_NOUNS = r"(?:speech|speeches|report|remarks|address|instructions?|directives?)"
_ORDER_SIGNED = re.compile(r"\s+(?:\w+ly\s+)?(?:signed|issued)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:orders?|decrees?)\b")
_ACT_NOUN_BY = re.compile(r"\b" + _ACT_NOUNS + r"\s+(?:delivered|made|given|issued)\s+by\s+(?:[\w'\u2019.-]+\s+){0,6}$")
_ACT_NOUN_BEFORE = re.compile(r"\b" + _ACT_NOUNS + r"\s+(?:(?:of|by)\s+)?(?:[A-Z][\w'\u2019.-]*\s+){0,6}$")


def rule_parties(doc: Doc, bylines: list[str] | tuple = ()) -> tuple[Collector, list[str | None], list[dict], list[dict]]:
    """The hand-written rules alone: (collector, actor by sentence, mentions, unplaced)."""
    col = Collector(doc)
    labelled_lists(doc, col)  # (parser 1.32.0: first, so that "Cr Brown moved" refers to the roll's "Cr A Brown")
    name_line_rolls(doc, col)
    initialled_rolls(doc, col)
    absences(doc, col)
    roll_surnames(doc)
    actors = sentence_rules(doc, col)
    remote_senders(doc, col)
    headline_chairs(doc, col)
    marked_chairs(doc, col)
    syntax_roles(doc, col)
    presence_sentences(doc, col)
    delegation_heads(doc, col)
    visitors(doc, col)
    pair_speakers(doc, col)
    signatories(col)
    meeting_hosts(col)
    refresh_titles(doc, col)
    mentions, unplaced = collect_mentions(doc, col, bylines)
    return col, actors, mentions, unplaced


def signatories(col: Collector) -> None:
    """Rule `signatory`: a person who signed an agreement or witnessed its signing at the meeting was there, so an
    attendee (GUIDELINES 2.6: presence stated), a speaker too (parser 1.30.0: signing states presence, as the
    annotators read it in 17 of 24 development cases), unless the text places their act elsewhere, in its own clause
    or in the sentence before, whose
    fronted time carries over ("One day earlier, the two provinces had established relations. A and B signed")."""
    texts = [s.text for s in col.doc.sentences]
    for key, (evidence, _) in col.signers.items():
        if key in col.attendees or key in col.elsewhere or col.doc.persons[key].name in col.chairs:
            continue
        i = texts.index(evidence) if evidence in texts else 0
        # the signing's own fronted time too: "During an official visit in September 2023, A and B signed"
        fronted = [re.match(r"[^,;]{0,60},", texts[j]) for j in ({i - 1, i} if i else {i})]
        if not any(f and _ELSEWHERE.search(f.group(0)) for f in fronted):
            col.add(Subject("person", key), "attend", evidence, "signatory")
        elif {e for k, e in col.placed_in if k == key} == {evidence}:
            col.participants.discard(key)  # signed on another occasion and nothing else: a mention
            col.elsewhere.add(key)


def meeting_hosts(col: Collector) -> None:
    """Rule `meeting_host` (parser 1.30.0): the subject of "A met with B" / "A received B" who neither spoke nor chaired
    was at the meeting, so an attendee: in the development sets such a host is a gold attendee 63 times and an optional
    one 80 times, never left out (a host who spoke is a speaker only, as GUIDELINES 2.6 reads: 252 of 262)."""
    for key, evidence in col.hosts.items():
        name = col.doc.persons[key].name
        if key in col.speakers or key in col.attendees or key in col.elsewhere or name in col.chairs or \
                key not in col.participants or len(name.split()) < 2 and not col.doc.persons[key].titles or \
                name.split()[-1].lower() in ORG_HEADS:
            continue  # (a one-word host is as often a place or a misread name: "Jizzakh met ..."; 1.49.0: one
            # written with an office is a person, "President Kagame received A")
        if _SEPARATE_MEETING.search(evidence):
            continue  # "Meanwhile the Ambassador X met Dr Y": another meeting the readout adds
        col.add(Subject("person", key), "attend", evidence, "meeting_host")


_SEPARATE_MEETING = re.compile(r"^\s*(?:Meanwhile|Separately|Earlier|Later)\b|\bseparate(?:ly|\s+meetings?)\b|"
                               r"\bwhen\s+(?:[A-Z][\w.'\u2019-]*\s+){1,6}(?:met|received)\b")


def role_model_features(doc: Doc, keys: list[str]) -> dict[str, list[str]]:
    """`role_model.person_features` of these persons, from every sentence that names them."""
    wanted = set(keys)
    occ: dict[str, list[list[str]]] = {k: [] for k in keys}
    todo = [(i, s, spans) for i, (s, spans) in enumerate(zip(doc.sentences, doc.names_by_sentence))
            if any(N.person_key(sp.name) in wanted for sp in spans)]
    for (i, s, spans), parsed in zip(todo, doc.parses([s.text for _, s, _ in todo])):
        hits = R.verb_hits(s.text)
        for sp in spans:
            key = N.person_key(sp.name)
            if key in wanted:
                occ[key].append(M.occurrence_features(parsed, sp.start, sp.end, hits, i, len(spans), sp.rule))
    return {k: M.person_features(occ[k], doc.persons[k].titled, doc.persons[k].name in doc.title, doc.persons[k].name)
            for k in keys if occ[k]}


def learned_roles(doc: Doc, col: Collector, unplaced: list[dict]) -> list[dict]:
    """Rule `role_model`: the learned model's role (attendee or speaker) for people the rules left unplaced, where
    it is confident; returns those still unplaced (never mentions: a mention rests on evidence)."""
    if not unplaced or not _reports_a_meeting(doc, col):
        return unplaced
    keys = {N.person_key(u["name"]): u for u in unplaced}
    feats = role_model_features(doc, [k for k in keys if model_may_place(doc, k)])
    left = []
    for key, row in keys.items():
        role = M.decide(feats[key]) if key in feats else None
        if role in ("attendee", "speaker"):
            col.add(Subject("person", key), "attend" if role == "attendee" else "speech", row["evidence"], "role_model")
        else:
            left.append(row)
    return left


def model_may_place(doc: Doc, key: str) -> bool:
    """Whether the learned role may guess a role for this person (the training script asks the same)."""
    return key in doc.persons and not _only_reported(doc, key) and not _only_elected(doc, key)


# rule `elected_only` (parser 1.25.0): "A, B and C were elected vice chairmen": a person the text names only as elected
# (at the meeting or before) is not placed at it by a guess; the annotators leave such people optional (mentions)
# (1.47.0) also named to an office by the meeting or before it: "elected A as president", "nominated A, B and C as new
# members", "A was appointed as the deputy secretary-general", "Maulana replaces A"
_ELECTED = re.compile(r"\b(?:was|were|been|being|be)\s+(?:\w+\s+)?(?:elected|re-elected|appointed|nominated)\b|"
                      r"\b(?:elected|re-elected|nominated|appointed)\s+(?:(?:the|his|her|its|their)\s+)?[A-Z]|"
                      r"\breplace[sd]?\s+(?:[A-Z]|the\s+(?:outgoing|former)\b)")


def _every_mention(doc: Doc, key: str, test: Callable[[str, N.NameSpan], bool]) -> bool:
    """`test(sentence, span)` holds at every mention of the person (vacuously when there is none)."""
    return all(test(s.text, sp) for s, spans in zip(doc.sentences, doc.names_by_sentence)
               for sp in spans if N.person_key(sp.name) == key)


def _in_circumstance(t: str, sp: N.NameSpan) -> bool:
    m = _CIRCUMSTANCE_CLAUSE.match(t)
    return m is not None and sp.end <= m.end()


def _only_elected(doc: Doc, key: str) -> bool:
    return _every_mention(doc, key, lambda t, sp: bool(_ELECTED.search(t)))


def _only_reported(doc: Doc, key: str) -> bool:
    """Every sentence names the person inside what someone else reports ("Q said that many leaders had attended
    the expo last year, including A and B"): the text tells of another occasion, so the model guesses no role."""
    return _every_mention(doc, key, lambda t, sp: bool(_REPORTED_BEFORE.search(t, 0, sp.start)))


_MEETING_TEXT = re.compile(r"\b(?:" + "|".join(sorted(MEETING_NOUNS)) + r")s?\b|\b(?:met|meets|talks)\b", re.I)


def _reports_a_meeting(doc: Doc, col: Collector) -> bool:
    """The learned role places people at a meeting: only in a text that reports one (a rule placed someone, or a
    meeting is named): "The city has two sister cities. They are A and B" places nobody."""
    return bool(col.chairs or col.speakers or col.attendees or col.participants or _MEETING_TEXT.search(doc.text))


# rule `remote_sender`: "Premier Li sent an instruction to the conference ... The Premier also urged ...": a person who
# sent a letter, message or instruction to the meeting and whose presence nothing states speaks through that text,
# from afar: a mention (`speech_elsewhere`), not a speaker
_REMOTE_ACT = re.compile(r"\b(?:sent|sends|wrote|writes)\s+(?:[\w-]+\s+){0,3}?(?:letters?|instructions?|messages?|"
                         r"telegrams?)\b|\b(?:gave|made|issued)\s+(?:[\w-]+\s+){0,2}?(?:written|important)\s+"
                         r"instructions?\b", re.I)
# ... and the author of instructions or a letter that the meeting conveyed or read out: "The meeting first conveyed the
# important instructions of Vice Premier X" (X's later "emphasized" is inside those instructions)
_CONVEYED_FROM = re.compile(r"\b(?:conveyed|relayed|read\s+out|communicated|transmitted)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                            r"(?:instructions?|letters?|messages?)\s+(?:of|from)\s+", re.I)


def remote_senders(doc: Doc, col: Collector) -> None:
    chairs = {N.person_key(n) for n in col.chairs}
    senders = set()
    for s, spans in zip(doc.sentences, doc.names_by_sentence):
        for m in _REMOTE_ACT.finditer(s.text):
            if R.governed(s.text, m.start(), m.group(0)):
                continue
            senders |= {x.name for x in SentenceParse(doc, s, spans).subjects_before(m.start(), "speech")
                        if x.kind == "person" and x.name}
        for m in _CONVEYED_FROM.finditer(s.text):
            after = [sp for sp in spans if sp.start >= m.end()]
            if after and T.pre_name_title(s.text, after[0].start, m.end()) is not None or \
                    after and after[0].start == m.end():
                senders.add(N.person_key(after[0].name))
    for key in senders - set(col.attendees) - chairs:
        col.speakers.pop(key, None)
        col.elsewhere.add(key)
        col.remote.add(key)


@dataclass
class _Turn:
    """What the role verbs of one sentence decided."""

    attributed: bool = False  # a speech act of the sentence has its speaker (the sentence's actor)
    decided: bool = False  # some role verb of the sentence has an identified subject
    actor: str | None = None
    subj_of: list[list[Subject]] = field(default_factory=list)  # the subjects of each verb hit, in order


def sentence_rules(doc: Doc, col: Collector) -> list[str | None]:
    """The per-sentence rules, sentence by sentence: every role verb gets its subjects (`passive_and_inverted`,
    then each hit of `roles.verb_hits`); returns the speaker each sentence is attributed to."""
    text, sentences = doc.text, doc.sentences
    actors: list[str | None] = [None] * len(sentences)
    prev_actor: str | None = None
    group_role: str | None = None  # the role the previous sentence gave an unnamed group
    prev_end = 0
    for idx, s in enumerate(sentences):
        if "\n\n" in text[prev_end:s.start] or "\n" in text[prev_end:s.start]:
            prev_actor = None
        prev_end = s.end
        ps = SentenceParse(doc, s, doc.names_by_sentence[idx])
        hits = [_accompanied_event(h) for h in R.verb_hits(s.text)]
        they_are = _THEY_ARE.match(s.text) if group_role else None
        if group_role and they_are is not None:
            for sub in ps.subjects_after(they_are.end(), group_role):
                if sub.kind == "person":  # rule `they_are_list`: "Six entrepreneurs made speeches. They are A, ..."
                    col.add(sub, group_role, s.text, "they_are_list")
        _subordinate_actor(ps)
        turn = _sentence_roles(ps, col, hits)
        group_role = next((h.role for h, subs in zip(hits, turn.subj_of) if subs and
                           all(x.kind == "group" for x in subs) and h.role in ("speech", "attend")), None)
        about_meeting = re.match(r"(?:The|This|That)\s+(?:\w+\s+){0,2}(?:meeting|conference|session|plenum|"
                                 r"forum)\s+(?!of\b|on\b)[a-z]", s.text)
        if not turn.attributed and not turn.decided and not about_meeting:
            # "We should ..." after "He stressed that ...": the same speaker goes on; a sentence without a
            # cue keeps the speaker in context for the next one but is not attributed itself
            actors[idx] = prev_actor if _CONTINUED_SPEECH.search(s.text) else None
        else:
            actors[idx] = turn.actor
            prev_actor = turn.actor
        if not hits:
            _opening_actor(ps)
    return actors


_THEY_ARE = re.compile(r"(?:They|These|Those)\s+(?:are|were|include|included)\s+(?=[A-Z])")


_SUBORDINATE_THEN_PRONOUN = re.compile(r"(?:When|After|While|Before|As|Once|Upon)\s+[^,;]{0,160},\s+(?:he|she)\s")


def _subordinate_actor(ps: SentenceParse) -> None:
    """Rule `subordinate_subject_he`: "When Chairman Li Rouhong was asked about ..., he said": the "he" of the main
    clause is the person the fronted subordinate clause opens with (its first name, after at most a title)."""
    m = _SUBORDINATE_THEN_PRONOUN.match(ps.t)
    first = ps.spans[0] if ps.spans else None
    if not m or first is None or first.end > m.end():
        return
    pre = T.pre_name_title(ps.t, first.start) if first.start > 5 else None
    opener = ps.t[:pre[1] if pre else first.start].split()
    if len(opener) == 1:
        ps.doc.acted(N.person_key(first.name))


def _opening_actor(ps: SentenceParse) -> None:
    """A sentence without role verbs moves the "He/She" pointer too."""
    doc = ps.doc
    # a sentence opened by a known name still moves the "He/She" pointer, and so does the subject of an
    # inspection verb ("Accompanied by X, Wang inspected ... He said": He = Wang)
    inspector = _inspection_subject(ps)
    if inspector:
        doc.acted(inspector)
    else:
        for sp in ps.spans[:1]:
            # ... also after its titles ("Vice governor Xia Geng highly praised ... He stressed": He = Xia)
            pre = T.pre_name_title(ps.t, sp.start) if sp.start >= 3 else None
            if sp.start < 3 or pre and pre[1] < 3:
                doc.acted(N.person_key(sp.name))


def _sentence_roles(ps: SentenceParse, col: Collector, hits: list[R.VerbHit]) -> _Turn:
    """The roles one sentence states: press comments, passive and inverted lists, then every role verb."""
    doc, s = ps.doc, ps.s
    for m in _TOLD_MEDIA.finditer(s.text):  # rule `press_commentator`
        if _FRONTED_AFTER_MEETING.match(s.text):
            break  # (1.44.0) "After ending the meeting, A told reporters": on the meeting's occasion (GUIDELINES 2.5)
        doc.external |= {x.name for x in ps.subjects_before(m.start(), "speech") if x.kind == "person"}
    turn = _Turn()
    _passive_and_inverted_roles(ps, col, turn)
    for i, h in enumerate(hits):
        found = _hit_subjects(ps, col, hits, i, turn.subj_of)
        if found is None:
            turn.subj_of.append([])
            continue
        subs, rule = found
        turn.subj_of.append(subs)
        _place_hit(ps, col, h, subs, rule, turn)
    return turn


def _passive_and_inverted_roles(ps: SentenceParse, col: Collector, turn: _Turn) -> None:
    """Place the parties of `passive_and_inverted`; the first person of a speech is the sentence's actor."""
    doc, s = ps.doc, ps.s
    for found_role, found, found_rule in passive_and_inverted(ps):
        turn.decided = turn.decided or bool(found) and found_role not in ("host", "noted")  # the host may speak
        n_persons = sum(1 for x in found if x.kind == "person")
        for sub in found:
            if found_role == "noted":  # a mention a rule gives: decided, the parse is not asked
                if sub.kind == "person" and sub.name:
                    col.noted.setdefault(sub.name, found_rule)
                    col.placed_in.add((sub.name, s.text))
                continue
            if found_role == "host":
                if sub.kind == "person" and sub.name:
                    col.participants.add(sub.name)
                    col.hosts.setdefault(sub.name, s.text)  # (no actor: "He" after it is the sentence's subject)
                continue
            col.add(sub, found_role, s.text, found_rule)
            if sub.kind == "person" and found_role != "accompany" and found_rule not in ("accompanied_by", "joined_by"):
                # a companion is not the actor "He" refers to
                doc.acted(sub.name, n_persons == 1)
        if found_role in ("speech", "written") and not turn.attributed:
            persons = [x for x in found if x.kind == "person"]
            if persons:
                turn.attributed, turn.actor = True, doc.persons[persons[0].name].name


def _hit_subjects(ps: SentenceParse, col: Collector, hits: list[R.VerbHit], i: int,
                  subj_of: list[list[Subject]]) -> tuple[list[Subject], str] | None:
    """The subjects of verb hit `i` and the rule that found them; None for a "meeting with" participle that
    hangs on no clause."""
    h = hits[i]
    rule = f"{h.form}_{h.role}"  # finite_speech, participle_chair, inverted_speech ...
    if h.form == "participle":
        if h.role == "meet" and not re.search(r"(?:while|when|after|before|,)\s*$", ps.t[:h.start]):
            return None
        return _participle_subjects(ps, hits, i, subj_of), rule
    if h.form == "inverted":
        return _inverted_subjects(ps, h), rule
    return _finite_subjects(ps, col, hits, i, subj_of, rule)


def _participle_subjects(ps: SentenceParse, hits: list[R.VerbHit], i: int,
                         subj_of: list[list[Subject]]) -> list[Subject]:
    """A participle's subject: "with X presiding", the next finite verb's subject at the start of the sentence,
    else the subjects of the last finite verb before it."""
    h, t = hits[i], ps.t
    m = re.search(r"\b[Ww]ith\s+(.+?)\s*,?\s*$", t[:h.start])  # "With X presiding, ..."
    if h.role == "chair" and m and ps.name_at(m.start(1), h.start):
        sp = ps.name_at(m.start(1), h.start)[0]
        return [Subject("person", N.person_key(sp.name))]
    if h.role == "chair" and _ABSOLUTE_END.match(t, h.end):
        # (1.57.0) an absolute clause that ends the sentence: "The Committee met at 6:45 p.m., the Chair, the
        # Honourable A, presiding."
        last = t.rfind(",", 0, h.start)
        lo = t.rfind(",", 0, last) if last > 0 else -1  # the name's own comma, or the office's before it
        for begin in (last, lo):
            found = ps.name_at(begin + 1, h.start) if begin >= 0 else None
            if found and re.fullmatch(r",?\s*", t[found[0].end:h.start]):
                return [Subject("person", N.person_key(found[0].name))]
    if not t[:h.start].strip() or (i == 0 and not any(ps.spans)):
        # (1.36.0) "Speaking in a meeting with Foreign Minister A in Hanoi, Mr. B asked ...": the names of the
        # fronted phrase are no subjects of the clause it opens
        comma = t.find(",", h.end)
        inside = {N.person_key(sp.name) for sp in ps.spans if h.end <= sp.start < comma}
        return [x for x in _next_finite_subjects(ps, hits, i) if not (x.kind == "person" and x.name in inside)]
    if _agent_before_participle(ps, hits, i):
        return []  # rule `agent_participle`: "the speech delivered by Xi when attending ...": Xi's act
    prior = [x for j, x in enumerate(subj_of) if hits[j].form != "participle" and x]
    return prior[-1] if prior else _next_finite_subjects(ps, hits, i)


_ABSOLUTE_END = re.compile(r"\s*[.;]?\s*$")


def _inverted_subjects(ps: SentenceParse, h: R.VerbHit) -> list[Subject]:
    """The name after an inverted "said Li"."""
    m = re.match(r"\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?|he|she)\b", ps.t[h.end:])
    key = None
    if m:
        sp = ps.name_at(h.end, h.end + m.end())
        key = N.person_key(sp[0].name) if sp else ps.doc.resolve(m.group(1), ps.s.start + h.end)
    return [Subject("person", key)] if key else []


def _finite_subjects(ps: SentenceParse, col: Collector, hits: list[R.VerbHit], i: int,
                     subj_of: list[list[Subject]], rule: str) -> tuple[list[Subject], str]:
    """A finite verb's subjects: those of the verb it is coordinated with, none in a reported clause, else the
    parties written before it."""
    h, t = hits[i], ps.t
    coord = next((j for j in range(i - 1, -1, -1) if hits[j].form == "finite"), None)
    if coord is not None and _is_coordinated(t, hits[coord], h) and subj_of[coord]:
        return subj_of[coord], f"coordinated_{h.role}"
    who = _relative_who_subject(ps, h)
    if who:
        return who, f"relative_{h.role}"
    if reported_clause(t, h.start) or h.role == "speech" and _AS_SAID.search(t, 0, h.start):
        # "The meeting noted that General Secretary Xi Jinping stressed ...": an earlier act; (1.38.0, rule
        # `as_said`) "As President Obama said in New York, ...": a saying quoted, not a speech at this meeting
        col.reported |= {x.name for x in ps.subjects_before(h.start, h.role) if x.kind == "person" and x.name}
        return [], rule
    subs = ps.subjects_before(h.start, h.role)
    if not subs and coord is not None and _AS_HE.search(t, 0, h.start):
        # rule `subordinate_<role>` (1.40.0): "Madbouly made the remarks as he chaired a Cabinet meeting": the
        # pronoun of the clause that "as" / "while" opens is the one person who is the subject of the verb before
        people = [x for x in subj_of[coord] if x.kind == "person"]
        if len(people) == 1 and len(subj_of[coord]) == 1:
            return people, f"subordinate_{h.role}"
    if subs and h.role == "speech" and _unnamed_shared_subject(ps, h):
        return [], rule
    fronted = _FRONTED_ING.match(t)
    if fronted and fronted.end() <= h.start:  # (1.36.0) "Speaking in a meeting with A ..., Mr. B asked": not A
        subs = [x for x in subs if x.end < 0 or x.end >= fronted.end()]
    if coord is not None:
        # rule `subject_after_verb`: "A delivered a speech ... and B, Vice Governor, presided over": the subjects of
        # a verb are written after the verb before it, when some are
        after = [x for x in subs if x.start >= hits[coord].end]
        if after:
            subs = after
    return subs, rule


_AS_HE = re.compile(r"\s(?:as|while)\s+(?:he|she)\s+(?:also\s+)?$")
# "As President Obama said, ...", "... ,” as Max Weber put it": a clause that opens with "as" and a capital, not "as well as"
_AS_SAID = re.compile(r"(?:^|[,;:\"\u201c\u2018(]\s*)[Aa]s\s+(?!well\b)(?:the\s+)?[A-Z][^,;:\"\u201c\u201d]{0,80}?\s+"
                      r"(?:has\s+|had\s+|once\s+)?$")


def _no_speaking_party(subj: Subject, name: str, role: str, evidence: str) -> bool:
    """A body or place that a speech verb names but that is no speaker of the meeting."""
    if role == "speech" and subj.kind != "person" and name.lower() in SOURCE_NOUNS:
        return True  # rule `source_not_party` (parser 1.25.1): "Reports said ...", "Sources said ..."
    if subj.kind == "organization" and _GENERIC_BODY.fullmatch(name):
        return True  # rule `generic_body`: "the Provincial Committee", "the Political Bureau of the CPC Central Committee"
    if role == "speech" and subj.kind == "organization" and _body_statement(name, evidence):
        return True  # rule `body_statement` (parser 1.38.0): "the Foreign Ministry said in a statement"
    # rule `place_said` (parser 1.38.0): a place reports ("Haikou, Sanya and Danzhou made work reports"); "Japan said",
    # "Nanchang, October 13 - Xi said" (a dateline), "Malaysia urges" are a state's voice or a misreading
    # (a styled name the recogniser typed as a place is a person: "Lord Ahmad said")
    return role == "speech" and subj.kind == "place" and not _PLACE_SPEECH.search(evidence) and \
        not (N.HONORIFIC.match(name) or _PEER_STYLE.match(name))


_PEER_STYLE = re.compile(r"(?:Lord|Lady|Baroness|Baron|Prince|Princess|King|Queen|Emir|Sultan)\s+[A-Z]")


_STATEMENT_VERBS = r"(?:said|says|stated|states|told|announced|announces|described|added)"


def _body_statement(name: str, sentence: str) -> bool:
    """A body that "said", "stated" or "announced" something speaks to the press in a statement, not at the meeting
    (its speeches there are reports, speeches, views, statements made)."""
    at = re.escape(name)
    return bool(re.search(at + r"['\u2019]?\s*(?:\([^()]{0,20}\)\s*)?" + _STATEMENT_VERBS + r"\b", sentence, re.I) or
                re.search(r"\b" + _STATEMENT_VERBS + r"\s+(?:the\s+)?" + at, sentence, re.I))


# what a place does when it speaks at a meeting: reports, speeches, experience shared, its work introduced
_PLACE_SPEECH = re.compile(r"\b(?:report(?:s|ed|ing)?|speech(?:es)?|introduc\w+|shared?|experiences?|presentations?|"
                           r"briefed|statements?|spoke|speaks?|remarks|views|suggestions|comments)\b", re.I)


def _unnamed_shared_subject(ps: SentenceParse, h: R.VerbHit) -> bool:
    """Rule `unnamed_shared_subject` (parser 1.38.0): "the Lao president sent a message to President A and expressed
    admiration": the verb is coordinated with an earlier one whose subject the parse finds and which holds no name, so
    a name written between them (the first verb's object) is not who spoke."""
    parsed = ps.doc.parses([ps.t])[0]
    span = parsed.char_span(h.start, h.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = span.root
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or verb.head.i >= verb.i:
        return False
    subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") and subject.lower_ not in ("it", "they", "which"):
        return False
    lo, hi = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    if any(sp.start < hi and lo < sp.end for sp in ps.spans) or subject.pos_ == "PROPN" and \
            subject.lower_ not in OFFICE_WORDS:
        return False  # a named subject: the earlier rules read it ("The Ambassador", capitalised, is an office)
    # a name between the first verb and this one, inside the first verb's own words (its object, a phrase on it)
    return any(verb.head.idx < sp.start and sp.end <= h.start for sp in ps.spans)


# "Speaking in a meeting with A, ...", "During the meeting with Ambassador A, ...": a fronted phrase, never a subject
_FRONTED_ING = re.compile(r"^\s*(?:[A-Z][a-z]+ing\s+(?:in|at|during)\s|(?:During|At|In|After)\s+(?:the|a|an|his|her|"
                          r"their|its)\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks|call|visit|conversation)\s+with\s)[^,;]*,")
_WHO_BEFORE = re.compile(r"(?:,\s+|\s+)who\s+(?:also\s+|then\s+|later\s+)?$")  # (1.32.0) "X, title who expressed"


def _relative_who_subject(ps: SentenceParse, h: R.VerbHit) -> list[Subject]:
    """Rule `relative_who`: "Also at the meeting was Wang Yu, director of X, who described ...": the verb of a
    relative clause has the name it hangs on (through its apposition of offices) as its subject."""
    m = _WHO_BEFORE.search(ps.t, 0, h.start)
    if not m:
        return []
    before = [sp for sp in ps.spans if sp.end <= m.start()]
    if not before:
        return []
    sp = before[-1]
    gap = ps.t[sp.end:m.start()]
    if gap.strip() and not T.leading_titles(gap + ","):
        return []
    return [Subject("person", N.person_key(sp.name))]


def _act_elsewhere(ps: SentenceParse, h: R.VerbHit, subs: list[Subject]) -> bool:
    """Rules `speech_elsewhere` / `press_commentator`: the act is placed at another time, occasion or medium, or
    every subject commented to the press and the sentence names no meeting."""
    t, doc = ps.t, ps.doc
    return bool(subs) and h.role in ("speech", "written", "chair", "attend") and (
        speech_elsewhere(t, _clause_start(t, h.start), h) or h.role in ("speech", "written") and
        all(x.kind == "person" and x.name in doc.external for x in subs) and not _AT_MEETING.search(t))


# (parser 1.32.0) "the delegation will meet with X": a later meeting (rule `future_meeting`)
_FUTURE_BEFORE = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:also\s+)?(?:expected|scheduled|due|set|slated|going|to)"
                            r"(?:\s+to)?|plans?\s+to|intends?\s+to|"
                            # (1.40.0) a later meeting told in the past: "he was also due to meet with President A"
                            r"(?:was|were)\s+(?:also\s+)?(?:expected|scheduled|due|set|slated|going)\s+to)"
                            r"\s+(?:also\s+|then\s+|later\s+)?$")
# (parser 1.32.0) "held official talks with X during a visit to Moscow in November last year": a meeting the text
# dates back after its counterpart
_EARLIER_AFTER = re.compile(r"\b(?:last\s+(?:week|month|year)|(?:days|weeks|months|years)\s+ago|previously)\b")


def _to_semicolon(t: str, pos: int) -> int:
    """Where the clause part that starts at `pos` ends: its next semicolon, else the sentence's end."""
    end = t.find(";", pos)
    return len(t) if end < 0 else end


def _place_meeting(ps: SentenceParse, col: Collector, h: R.VerbHit, subs: list[Subject]) -> None:
    """"A met with B": A is a participant (a host), B a counterpart, unless the meeting is another one."""
    doc, s, t = ps.doc, ps.s, ps.t
    if re.match(r"pa(?:id|ys)\b", t[h.start:h.end], re.I):
        if not reported_clause(t, h.start):  # (1.46.0) the caller; the one called on is `courtesy_call_on`'s
            for sub in subs:
                if sub.kind == "person" and sub.name:
                    col.participants.add(sub.name)
                    col.hosts.setdefault(sub.name, s.text)
        return
    if speech_elsewhere(t, _clause_start(t, h.start), h) or reported_clause(t, h.start):
        # rule `meeting_elsewhere`: "Qiao said that two weeks ago, A met with B in Accra": another meeting
        col.elsewhere |= {x.name for x in subs + meet_objects(ps, h) if x.kind == "person" and x.name}
        return
    if _EARLIER_AFTER.search(t, h.end, _to_semicolon(t, h.end)):
        # the counterpart of an earlier meeting; its subject is most often the readout's own actor
        col.elsewhere |= {x.name for x in meet_objects(ps, h) if x.kind == "person" and x.name}
        return
    for sub in subs:
        if sub.kind == "person":
            col.participants.add(sub.name)
            if sub.name:
                col.hosts.setdefault(sub.name, s.text)
            doc.acted(sub.name, len(subs) == 1)
    for o in meet_objects(ps, h):
        col.add(o, "attend", s.text, "meet_object")


def _place_hit(ps: SentenceParse, col: Collector, h: R.VerbHit, subs: list[Subject], rule: str, turn: _Turn) -> None:
    """Place the subjects of one verb hit in its role (a meeting's counterparts, a signing's counterparts too)."""
    doc, s = ps.doc, ps.s
    if h.role == "meet":
        _place_meeting(ps, col, h, subs)
        return
    if h.role == "sign":
        for o in sign_counterparts(ps, h):
            col.add(o, "sign", s.text, "sign_counterpart")
    if h.role == "chair" and ps.t[h.start:h.end].lower() in ("hosted", "hosts") and R.HOSTED_OFFICE.match(ps.t, h.end):
        for o in meet_objects(ps, h):
            col.add(o, "attend", s.text, "hosted_guest_office")
    n_persons = sum(1 for x in subs if x.kind == "person")
    if _act_elsewhere(ps, h, subs):
        col.elsewhere |= {x.name for x in subs if x.kind == "person" and x.name}
        col.placed_in |= {(x.name, s.text) for x in subs if x.kind == "person" and x.name}  # decided: the parse may not
        return  # rules `speech_elsewhere` / `press_commentator`: a mention, not a speaker (nor "he")
    for sub in subs:
        col.add(sub, h.role, s.text, rule)
        if sub.kind == "person" and h.role != "accompany":
            doc.acted(sub.name, n_persons == 1)
    if subs:
        turn.decided = True
    if h.role in ("speech", "written") and subs:
        if not turn.attributed:
            turn.attributed = True
            persons = [x for x in subs if x.kind == "person"]
            turn.actor = doc.persons[persons[0].name].name if persons else (
                subs[0].name if subs and subs[0].kind in ("organization", "place") else None)


def refresh_titles(doc: Doc, col: Collector) -> None:
    """Titles found after a row was written ("Ding, also ...") reach the speaker and attendee rows."""
    for table in (col.speakers, col.attendees):  # titles found after a row was written ("Ding, also ...")
        for key, r in table.items():
            if r["kind"] == "person" and key in doc.persons:
                r["titles"] = list(doc.persons[key].titles)


_MEETING_WORD = r"(?:meeting|conference|session|plenum|symposium|forum|seminar|gathering|event|ceremony|talks|roundtable)"
# "was joined at the meeting by A, B and C" (parser 1.29.0)
_PASSIVE = re.compile(r"\b(?:was|were|is|are|had\s+been|has\s+been)\s+(?:also\s+|jointly\s+|warmly\s+|cordially\s+)?"
                      r"(?P<verb>presided(?:\s+over)?|chaired|co-chaired|hosted|co-hosted|attended|joined|addressed|signed|proclaimed|"
                      r"received|welcomed|greeted|graced|represented|briefed(?=\s+by\s+(?-i:[A-Z]))|"
                      # (1.57.0) "Ways of implementing the Memorandum were discussed, by Commissioner A, and President B"
                      r"discussed(?=,?\s+by\s+(?:the\s+)?(?-i:[A-Z]))|"
                      # (1.36.0) "the Governor's declaration was read by the Assembly Secretary A", "The meeting was
                      # opened by Academician B" (a meeting's opening only: `_opened_meeting`)
                      r"read(?=\s+(?:out\s+)?by\s+(?:the\s+)?(?-i:[A-Z]))|opened(?=\s+by\s+(?:the\s+)?(?-i:[A-Z]))|"
                      # (parser 1.32.0) minutes: "The meeting was called to order at 7:02 p.m. by Chair X"
                      r"called\s+to\s+order(?:\s+at\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?)?)?)"
                      r"(?:\s+(?:jointly|together))?(?:\s+(?:at|in|during)\s+the\s+(?:\w+\s+)?" + _MEETING_WORD + r"|"
                      # (1.40.0) "was received at the State Chancellery by Premier A": a place written with capitals
                      r"\s+(?:at|in)\s+the\s+(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?:of\s+)?(?-i:[A-Z])[\w'\u2019-]+){0,4})?"
                      r"(?:\s+|(?<=discussed),\s+)by\s+",
                      re.I)  # "was presided by X": machine translation drops the "over"; "was hosted jointly by"
# (1.50.0) rule `signed_between`: "The memorandum was exchanged between the Emirati Minister of Energy, A, and the
# Director General of the Railways Office, B": both sides signed (or exchanged views) at the meeting
_SIGNED_BETWEEN = re.compile(r"\b(?:was|were|is|are|had\s+been|has\s+been)\s+(?:also\s+|jointly\s+|formally\s+)?"
                             r"(?:signed|exchanged|inked)\s+between\s+|"
                             # rule `signed_by` (1.55.0): "The agreement, signed by A and B, formalises ...": a reduced
                             # relative on the document the meeting signed
                             r"\b(?-i:[Tt]he|[Tt]his)\s+(?:agreement|memorandum|MoU|accord|protocol|contract|declaration)s?"
                             r"\s*,\s*(?:jointly\s+)?(?:signed|inked)\s+by\s+(?=(?:the\s+)?[A-Z])", re.I)
_INVERTED_PRESENCE = re.compile(
    r"\b(?:(?:also\s+)?present\s+(?:at\s+the\s+\w+\s+)?(?:were|was)|attending\s+(?:the\s+\w+\s+)?(?:were|was|"
    r"included)|(?:among\s+)?(?:those|others|officials|guests|dignitaries|"
    r"(?<![\w-])(?-i:[A-Z]?[a-z]{3,}s))\s+(?:also\s+)?(?:present|attending|in\s+attendance)(?:\s+(?:at\s+)?the\s+\w+)?\s+"
    r"(?:also\s+)?(?:were|was|included|includes?):?|(?:the\s+)?(?:important\s+)?"
    r"attendees\s+(?:also\s+)?included|also\s+attending\s+(?:the\s+\w+\s+)?were|(?:also\s+)?in\s+attendance\s+"
    r"(?:at\s+the\s+\w+\s+)?(?:were|was)|(?:^|(?<=\bAlso )|(?<=\balso )|(?<=[,;] ))(?:Also\s+)?(?:at|on\s+hand\s+at)\s+the\s+"
    r"(?:\w+\s+){0,2}?" + _MEETING_WORD +
    r"\s+(?:were|was)|(?:also\s+)?on\s+hand\s+(?:were|was)|"
    # "Representing Sri Lanka were A and B", "Accompanying him were A", "Joining them at the talks were A"
    r"(?:^|(?<=[,;] ))(?:representing|accompanying|joining)\s+(?:[\w'\u2019-]+\s+){1,6}?(?:were|was)|"
    # (1.40.0) "Serving as witnesses to the ceremony were A and B", "Witnessing the signing were C and D"
    r"(?:^|(?<=[,;] ))(?:serving\s+as\s+witnesses|witnessing)\s+(?:[\w'\u2019-]+\s+){0,6}?(?:were|was)|"
    # (1.56.0) "There were present the Honorable A, B and C", "With Chief Justice A were Associate Justice B, ..."
    r"\bthere\s+(?:were|was)\s+(?:also\s+)?present|^(?-i:With)\s+(?:him|her|them|(?-i:(?:[A-Z][\w.'\u2019-]*|of|the|and)\s+){1,6}?)(?:were|was)):?\s+",
    re.I)
_STUDIED_EVENT = re.compile(r"\b(?:stud(?:y|ied|ying)|conve(?:y|yed|ying)|learn(?:ed|t|ing)?|implement(?:ed|ing)?|"
                            r"discussions?\s+(?:on|of)|deliberat(?:ed|ing|ions?)\s+(?:on\s+)?|"
                            r"relay(?:ed|ing)?|communicat(?:ed|ing)|transmit(?:ted|ting)?|pass(?:ed|ing)\s+on|"
                            r"spirit|guiding\s+principles|which|that)\b", re.I)
_MEETING_NOUN = (r"(?:meeting|conference|session|plenum|symposium|forum|seminar|gathering|event|ceremony|talks|"
                 r"discussion|briefing)s?")
# rule `relative_attended_by`: ", which was attended by A, B and other members" on the meeting itself
_MEETING_RELATIVE = re.compile(r"\b" + _MEETING_NOUN + r"(?:\s+(?:of|on|for)\s+[^,;]{1,60}?)?\s*,?\s*(?:which|that)\s+$",
                               re.I)  # "held the Democratic Life Meeting of 2022, which was presided over by X"
# ... and its reduced form: "presided over the meeting, attended by A and B"
_REDUCED_RELATIVE = re.compile(r"\b" + _MEETING_NOUN + r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,6}?[A-Z][\w'\u2019-]*)?"
                               r"\s*,?\s*(?:also\s+)?(?P<verb>attended|presided(?:\s+over)?|chaired|co-chaired|hosted|co-hosted|graced|"
                               r"addressed)\s+by\s+",  # (1.57.0) "A kgotla meeting addressed by Deputy Kgosi A appointed"
                               re.I)  # "The executive meeting of the X Government, chaired by Y on May 2, passed ..."


_OTHER_MEETING = re.compile(r"\b(?:similar|previous|last|earlier|prior|next|first|inaugural)\s+(?:[\w-]+\s+)?(?:meeting|session|"
                            r"summit|conference|forum|sitting)\b", re.I)
# rule `held_chaired_by` (1.57.0): "A high level meeting ... was held in Lahore today chaired by Senior Minister A"
# (not another event's, "was held soon after B arrived to participate in the Summit to be chaired by A")
_HELD_CHAIRED_BY = re.compile(r"\b(?:was|were)\s+(?:also\s+)?held\b(?:(?!\bto\s|\bafter\s|\bbefore\s)[^.;:,]){0,80}?\s+"
                              r"(?:and\s+)?(?P<verb>chaired|"
                              r"presided\s+over|co-chaired|attended)\s+by\s+(?=(?:the\s+)?[A-Z])", re.I)
# rule `together_with_present`: "A and B attended the meeting, together with C, Secretary-General of ...": C too
_TOGETHER_WITH = re.compile(r"\b(?:attended|(?:was|were)\s+(?:also\s+)?present|took\s+their\s+seats)\b[^;:]{0,80}?,?\s+"
                            r"(?:together|along)\s+with\s+(?=[A-Z])", re.I)
# rule `inverted_speech`: "Speaking at the symposium were A, title; B, title; and C", "Addressing the meeting were
# ...", "Also delivering speeches were ..."
_INVERTED_SPEECH = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\bAlso\s)|(?<=\balso\s))(?:Speaking|Addressing\s+(?:the\s+)?\w+(?:\s+\w+)?|Delivering\s+"
    r"(?:\w+\s+)?(?:speeches|remarks|reports|addresses)|Making\s+(?:\w+\s+)?(?:speeches|remarks|reports)|Taking\s+the\s+"
    r"floor|Reporting)(?:\s+(?:at|during|to|on|before)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,5}?)?\s*(?:were|was):?\s+"
    r"(?:also\s+)?|\b(?:(?:Among\s+)?(?:those|others)\s+(?:who\s+)?(?:spoke|speaking|took\s+the\s+floor|delivered\s+"
    r"speeches)|(?:The\s+|Other\s+|Keynote\s+)?[Ss]peakers)(?:\s+(?:at|during|on)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,4}?"
    r"\w+)?\s+(?:were|included|include)\s+(?:also\s+)?|"
    # (1.56.0) "Among the embassy officials who addressed the forum were A, B and C"
    r"\b(?:Among\s+)?(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:officials|dignitaries|guests|participants|panell?ists|"
    r"members|representatives|leaders|experts)\s+who\s+(?:also\s+)?(?:spoke|addressed|took\s+the\s+floor|"
    r"delivered\s+(?:speeches|remarks)|made\s+(?:speeches|remarks|presentations))(?:\s+(?:(?:at|to|during|on)\s+)?"
    r"(?:the\s+)?(?:[\w'\u2019-]+\s+){0,4}?\w+)?\s+(?:were|included|include)\s+(?:also\s+)?(?![a-z]+\s+by\b)", re.I)
# rule `delivered_by`: "heard and adopted the work report delivered by X": X spoke (not when the speech was conveyed
# or studied: that is an earlier event, see `_studied_event`)
_DELIVERED_BY = re.compile(r"\b(?:report|speech|address|explanation|briefing|keynote|remark|statement|presentation|"
                           r"lecture)(?:s|es)?\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:delivered|made|given|presented)\s+by\s+(?=[A-Z])|"
                           # (parser 1.28.0) "included introductory remarks from delegation leader X", "a speech by X"
                           r"\b(?:speech|speeches|remarks|keynote\s+address|presentations?|briefings?|questions?|comments?|"
                           r"perspectives|insights|"  # (1.55.0) "The session saw perspectives from A (CEO, X), B ..."
                           r"(?<=\ban\s)address|(?<=\bthe\s)address|(?:opening|welcome|welcoming|inaugural|final|closing|concluding)\s+address)\s+"
                           r"(?:by|from)\s+"  # (1.32.0) "In response to a question from Councillor Kim"; (1.34.0) "an address by"
                           r"(?=(?:[a-z]+\s+){0,3}[A-Z])")
# rule `courtesy_call_on` (parser 1.28.0): "paid a courtesy call on Hon. Dr. X, Minister of ...": X is the one met (the
# parse loses its way in the styles)
_CALL_ON = re.compile(r"(?:\b(?:paid|pays|paying|made|makes|making)\s+(?:a\s+|an\s+)?(?:courtesy\s+|official\s+|farewell\s+)?"
                      r"|\b(?:during|on)\s+(?:a|an|his|her|their)\s+courtesy\s+)(?:call|visit)\s+"
                      r"(?:on|to|upon)\s+(?=the\s|(?:(?:Hon|Dr|Mr|Mrs|Ms|H\.\s?E)\.?\s+)*[A-Z])")
# rule `visit_of` (parser 1.46.0): "A received the first visit of the Ambassador of X Mr B and ... Mr C": the visitors met A
_VISIT_OF = re.compile(r"\breceived\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:visit|courtesy\s+call)s?\s+(?:of|from)\s+(?=[A-Z]|the\s)")
# rule `meeting_between` (parser 1.56.0): "A meeting between the Ambassador of X A and the Head of Y B took place on
# ...", "during the Wednesday meeting between Minister A and B": both sides were there (the sentence opens with the
# meeting, or it is the meeting during which something happened)
_MEETING_BETWEEN = re.compile(r"(?:^\s*|\b(?:[Dd]uring|[Aa]t|[Ii]n)\s+)(?:[Aa]n?|[Tt]he)\s+(?:(?:[A-Z][\w'\u2019-]*|first|"
                              r"official|bilateral|working|high-level|closed-door|one-on-one)\s+){0,3}?"
                              r"(?:meeting|talks|discussions?|consultations?)\s+between\s+(?=(?:the\s+)?[A-Z])")
_SIDES_GAP = re.compile(r"(?:,[^,;.]{0,80}?)?,?\s+and\s+[^,;.]{0,80}?(?:,\s*)?")
_SIDE_LEAD = re.compile(r"[^;.]{0,120}")


def _two_sides(ps: SentenceParse, pos: int) -> list[Subject]:
    """The two people a meeting was "between": the first name after `pos` (an office may come first) and the name
    after "and" (with its office, perhaps set off by commas), nothing after the second side."""
    spans = [sp for sp in ps.spans if sp.start >= pos and not ps.t.startswith(("'s", "\u2019s"), sp.end)]
    if len(spans) < 2 or not _SIDE_LEAD.fullmatch(ps.t, pos, spans[0].start) or \
            not _SIDES_GAP.fullmatch(ps.t, spans[0].end, spans[1].start):
        return []
    return [Subject("person", N.person_key(sp.name)) for sp in spans[:2]]
# a month without a day opening the sentence dates an earlier visit ("In February of this year, A received a visit from
# B"); the meeting's own day has its number ("On July 3, A received ...")
_MONTH_ALONE_START = re.compile(r"^\s*In\s+(?:early\s+|late\s+|mid-)?" + FULL_RE + r"\b(?!\s+\d)")
# rule `under_chairmanship` (parser 1.41.0): "held under the chairmanship of the Prime Minister of X, Dr the Honourable
# A": the first person after the chair noun chaired, however the parse hangs the styled name (the parse's own reading
# is `syntax_chair_noun`)
_UNDER_CHAIR_NOUN = re.compile(r"\bunder\s+the\s+(?:chairmanship|stewardship)\s+of\s+", re.I)
# rule `according_to` (parser 1.28.0): "According to Wang Yi, the purpose of the visit is ...": a readout cites what a
# participant said at the meeting (in the corpora nine times in ten a speaker); a clause start only, the person first
# (1.41.0: also after a comma, ", according to Dr A, PM's press advisor")
_ACCORDING_TO = re.compile(r"(?:^|(?<=[,;:]\s))[Aa]ccording\s+to\s+(?=[A-Z])")


def _near_according(t: str, after: int, name_at: int) -> bool:
    """The name follows "according to" closely; (1.45.0) or after a long office that starts there ("According to
    Vice Chairman for Vietnam National Administration of Tourism A, ...")."""
    if name_at - after <= 50:
        return True
    first = re.match(r"(?:the\s+)?([\w-]+)", t[after:name_at])
    return name_at - after <= 130 and first is not None and (
        first.group(1).lower() in OFFICE_WORDS or first.group(1).lower() in MODIFIERS)


# ... but a press officer cited is the readout's source, not a speaker ("According to X, the Public Relations Officer")
_PRESS_OFFICE = re.compile(r"[^.;:]{0,40}?\b(?:spokes(?:man|woman|person)|press|public\s+relations|communications?|"
                           r"information\s+officer|reporter|correspondent)\b", re.I)
# ... "A speech by X ... was studied at the conference": the speech was made elsewhere
_STUDIED_AFTER = re.compile(r"[^.;]{0,160}?\b(?:was|were)\s+(?:\w+ly\s+)?(?:studied|conveyed|relayed|transmitted|"
                            r"learned|learnt|read\s+out|passed\s+on)\b", re.I)
# rule `heard_reports_of`: "heard work reports of Shinan, Licang and Laoshan districts": those who reported spoke
_HEARD_REPORTS = re.compile(r"\b(?:heard|listened\s+(?:\w+ly\s+)?to)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?reports?\s+(?:of|from|by|"
                            r"delivered\s+by|made\s+by)\s+(?=(?:the\s+)?[A-Z])")
# (1.57.0) rule `briefing_from`: "A and B received a briefing on developments in ... from Dr. C, chief consultant": the
# persons who gave it spoke
_BRIEFING_FROM = re.compile(r"\b(?:received|got|heard|(?:was|were)\s+given)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:briefing|"
                            r"presentation|update)s?\b[^.;:]{0,150}?\bfrom\s+(?=(?:the\s+)?[A-Z])")


def inverted_list(ps: SentenceParse, pos: int, role: str) -> list[Subject]:
    """The parties of an inverted list; with semicolons ("A, President of X; B, CEO of Y; and C") each part is one
    party: the name (or organisation) at its start, the apposition after it being titles."""
    rest = ps.t[pos:]
    end = re.search(r"\.\s*$", rest)
    rest = rest[:end.start()] if end else rest
    if ";" not in rest:
        return ps.subjects_after(pos, role)
    out: list[Subject] = []
    off = pos
    for piece in rest.split(";"):
        lead = len(piece) - len(re.sub(r"^\s*(?:and\s+|as\s+well\s+as\s+)?", "", piece))
        start = off + lead
        hit = ps.name_at(start, start + len(piece) - lead)
        if hit and hit[0].start - start <= 60 and not re.search(r"[,]", ps.t[start:hit[0].start]):
            out += [Subject("person", N.person_key(sp.name)) for sp in _listed_run(ps, hit[0], off + len(piece))]
        elif hit and len([sp for sp in ps.spans if start <= sp.start and sp.end <= off + len(piece)]) == 1 and \
                re.fullmatch(r"(?:,\s*[A-Z]{2,4})?[\s.]*", ps.t[hit[0].end:off + len(piece)]):
            # rule `office_then_name`: "the Secretary for Culture, Sports and Tourism, Mr A": the office first, the
            # name closing the part
            out.append(Subject("person", N.person_key(hit[0].name)))
        else:
            out += ps.subjects_after(start, role, limit=off + len(piece))
        off += len(piece) + 1
    return out


# between the names of a part's list, styles and affiliations allowed: "Dr. A, Dr. B, Ms. C and Mr. D from CPPG", "Mr.
# A from TabadLab, Dr. B from the University of Lahore"
_STYLED_GAP = re.compile(r"(?:\s+from\s+[^,;]{1,80}?)?(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:" + "|".join(HONORIFICS + ("Hon", "H\\.\\s?E")) + r")\.?\s+)*")


def _listed_run(ps: SentenceParse, first: N.NameSpan, limit: int) -> list[N.NameSpan]:
    """Rule `semicolon_part_list` (parser 1.30.0): a part of a semicolon list may itself list several people before
    their shared affiliation ("A and B from SDSB-LUMS; C, D and E from CPPG FCC"): the names joined by commas or
    "and" from the part's first name on."""
    run = [first]
    for sp in ps.spans:
        if sp.start >= run[-1].end and sp.end <= limit:
            if not _STYLED_GAP.fullmatch(ps.t[run[-1].end:sp.start]):
                break
            run.append(sp)
    return run


def _studied_event(t: str, end: int, relative_on_meeting: bool) -> bool:
    """A passive "by" clause that describes an earlier event the meeting studied or conveyed ("studied the
    spirit of the meeting which was chaired by ..."). A relative pronoun counts as such a sign unless it hangs
    directly on a meeting noun (`relative_attended_by`); the study verbs before it always do."""
    for m in _STUDIED_EVENT.finditer(t, 0, end):
        if relative_on_meeting and m.group(0).lower() in ("which", "that"):
            continue
        return True
    return False


def _discussed_elsewhere(t: str, m: re.Match) -> bool:
    """(1.57.0) "were discussed by A" on another occasion: in a reported or relative clause ("The measures, which
    were discussed by A at last year's summit, ..."), or placed at another time or in a book."""
    return reported_clause(t, m.start()) or bool(re.search(r"\b(?:which|that|who)\s+$", t[max(0, m.start() - 8):m.start()])) \
        or _ELSEWHERE.search(t) is not None or _YEAR.search(t, m.end()) is not None


def _other_event_passive(t: str, m: re.Match) -> bool:
    """A passive "by" clause inside a reported clause or on an earlier event the meeting studied."""
    rel = _MEETING_RELATIVE.search(t, max(0, m.start() - 100), m.start())
    guard_end = rel.start() if rel else m.start()
    return reported_clause(t, m.start()) or _studied_event(t, guard_end, rel is not None)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _signed_here(t: str, after: int) -> bool:
    """`signed_by`: the document's clause goes on in the present or future ("..., formalises / will promote"): signed at
    this meeting (not "..., was reviewed", nor a signing dated in a year: "signed by A and B in 1972, remains ...")."""
    verb = re.search(r",\s+(?:also\s+)?([a-z]+)\b", t[after:])
    return not _YEAR.search(t) and verb is not None and (verb.group(1) in ("will", "is", "are", "aims") or
                                                          verb.group(1).endswith("es"))
_FOLLOWED_BY = re.compile(r",\s+(?:and\s+)?followed\s+by\s+(?=(?:[A-Z]|the\s+[A-Z]))")
_OPENED_MEETING = re.compile(r"\b" + _MEETING_WORD + r"s?\s+(?:of\s+[^,;]{1,60}?\s+)?$", re.I)  # "The meeting was opened by"
_PASSIVE_ROLE = {"presided over": "chair", "presided": "chair", "chaired": "chair", "co-chaired": "chair", "hosted": "chair", "co-hosted": "chair",
                 "attended": "attend", "joined": "attend", "addressed": "speech", "signed": "sign",
                 "proclaimed": "attend",  # "The opening was proclaimed by A, B and C": there, no speech act
                 # (parser 1.32.0) "The delegates were received by A, Leader of X, and B", "graced by President X"
                 # (the one who receives is a host: an attendee unless they spoke or chaired, see `meeting_hosts`)
                 "received": "host", "welcomed": "host", "greeted": "host", "graced": "host",
                 "represented": "attend",  # "The Chinese side was represented by Vice Minister X"
                 "briefed": "speech",  # (1.36.0) "183 members were briefed by Speaker A and Chief Administrator B"
                 "discussed": "speech",
                 "read": "speech", "opened": "speech"}


def passive_and_inverted(ps: SentenceParse) -> list[tuple[str, list[Subject], str]]:
    """Rules `passive_by` ("The meeting was presided over by X") and `inverted_presence`
    ("Also present at the meeting were X and Y", "Attending the meeting were ..."), then the other cue rules of a
    sentence, in this order (the first placement of a person stands)."""
    out = []
    for m in _PASSIVE.finditer(ps.t):
        discussed = m.group("verb").lower() == "discussed"  # ("Ways of implementing the MoU were discussed by A": the
        # study verb is its subject's, no earlier event; but not a relative clause's nor one placed elsewhere)
        if (_discussed_elsewhere(ps.t, m) if discussed else _other_event_passive(ps.t, m)) or \
                m.group("verb").lower() == "opened" and not _OPENED_MEETING.search(ps.t, 0, m.start()):
            continue  # "studied the spirit of the meeting that was chaired by ...": another, earlier meeting
        verb = re.sub(r"\s+", " ", m.group("verb").lower())
        role = "chair" if verb.startswith("called to order") else _PASSIVE_ROLE[verb]
        found = ps.subjects_after(m.end(), role) or (_persons_until_predicate(ps, m.end()) if verb == "represented" else [])
        out.append((role, found, "joined_by" if verb == "joined" else "passive_by"))
    for m in _SIGNED_BETWEEN.finditer(ps.t):
        if not _other_event_passive(ps.t, m) and ("between" in m.group(0) or _signed_here(ps.t, m.end())):
            out.append(("sign", ps.subjects_after(m.end(), "sign"), "signed_between" if "between" in m.group(0) else
                        "signed_by"))
    for m in _REDUCED_RELATIVE.finditer(ps.t):
        if reported_clause(ps.t, m.start()) or _studied_event(ps.t, m.start(), True):
            continue
        role = _PASSIVE_ROLE[re.sub(r"\s+", " ", m.group("verb").lower())]
        out.append((role, ps.subjects_after(m.end(), role), "relative_attended_by"))
    for m in _HELD_CHAIRED_BY.finditer(ps.t):
        if not _other_event_passive(ps.t, m) and not _ELSEWHERE.search(ps.t, 0, m.end()) and \
                not _OTHER_MEETING.search(ps.t, 0, m.start()) and not any(h.role == "speech" and h.end <= m.start() for h in ps.hits):
            role = _PASSIVE_ROLE[re.sub(r"\s+", " ", m.group("verb").lower())]
            out.append((role, ps.subjects_after(m.end(), role), "held_chaired_by"))
    for m in _INVERTED_PRESENCE.finditer(ps.t):
        out.append(("attend", inverted_list(ps, m.end(), "attend"), "inverted_presence"))
    for m in _TOGETHER_WITH.finditer(ps.t):
        if not reported_clause(ps.t, m.start()) and not R.governed(ps.t, m.start(), m.group(0)):
            out.append(("attend", ps.subjects_after(m.end(), "attend"), "together_with_present"))
    return out + _speech_cue_rows(ps) + _call_rows(ps) + _late_cue_rows(ps) + _listed_presence(ps) + _fronted_speech(ps) + \
        _motions(ps) + _future_meetings(ps) + _between(ps)


def _speech_cue_rows(ps: SentenceParse) -> list[tuple[str, list[Subject], str]]:
    """Rules `followed_by`, `inverted_speech`, `delivered_by`, `heard_reports_of`, `briefing_from`."""
    out = []
    for m in _FOLLOWED_BY.finditer(ps.t):  # (1.36.0) rule `followed_by`: "A was first to contribute, followed by B and C"
        if any(h.role == "speech" and h.form == "finite" and h.end <= m.start() for h in ps.hits) and \
                not reported_clause(ps.t, m.start()):
            out.append(("speech", [x for x in ps.subjects_after(m.end(), "speech") if x.kind == "person"], "followed_by"))
    for m in _INVERTED_SPEECH.finditer(ps.t):
        if not reported_clause(ps.t, m.start()):
            out.append(("speech", inverted_list(ps, m.end(), "speech"), "inverted_speech"))
    for m in _DELIVERED_BY.finditer(ps.t):
        after = ps.t[m.end():]
        if not reported_clause(ps.t, m.start()) and not _studied_event(ps.t, m.start(), False) and \
                not _ELSEWHERE.search(re.match(r"[^,;:]{0,80}", after).group(0)) and \
                not _STUDIED_AFTER.match(after):
            out.append(("speech", [x for x in ps.subjects_after(m.end(), "speech") if x.kind == "person"], "delivered_by"))
    for m in _HEARD_REPORTS.finditer(ps.t):
        if not reported_clause(ps.t, m.start()) and not _studied_event(ps.t, m.start(), False):
            out.append(("speech", ps.subjects_after(m.end(), "speech"), "heard_reports_of"))
    for m in _BRIEFING_FROM.finditer(ps.t):
        if not reported_clause(ps.t, m.start()) and not re.search(r"\b" + _PAST_TIME, ps.t[m.start():]):
            out.append(("speech", [x for x in ps.subjects_after(m.end(), "speech") if x.kind == "person"], "briefing_from"))
    return out


def _call_rows(ps: SentenceParse) -> list[tuple[str, list[Subject], str]]:
    """Rules `courtesy_call_on` and `visit_of`: the one called on, the visitors received."""
    out = []
    for m in _CALL_ON.finditer(ps.t):
        if not reported_clause(ps.t, m.start()) and not _visit_elsewhere(ps.t, m) and \
                not re.match(r"[^.;]{0,120}?\bduring\s+(?:his|her|their|an?)\s+[^.;]{0,60}?\b(?:19|20)\d\d", ps.t[m.end():]):
            out.append(("attend", [x for x in ps.subjects_after(m.end(), "attend") if x.kind == "person"],
                        "courtesy_call_on"))
    for m in _VISIT_OF.finditer(ps.t):
        if not reported_clause(ps.t, m.start()) and not _MONTH_ALONE_START.match(ps.t):
            out.append(("attend", [x for x in ps.subjects_after(m.end(), "attend") if x.kind == "person"], "visit_of"))
    for m in _MEETING_BETWEEN.finditer(ps.t):
        if not reported_clause(ps.t, m.start()) and not _MONTH_ALONE_START.match(ps.t) and \
                not _earlier_between(ps.t, m):
            out.append(("attend", _two_sides(ps, m.end()), "meeting_between"))
    return out


def _late_cue_rows(ps: SentenceParse) -> list[tuple[str, list[Subject], str]]:
    """Rules `according_to`, `press_source`, `under_chairmanship`, `accompanied_by`, `brought_together`,
    `with_present`, `fragment_by`, `inverted_chair`, `fronted_passive`."""
    out = []
    for m in _ACCORDING_TO.finditer(ps.t):
        first = ps.subjects_after(m.end(), "speech")[:1]
        hit = ps.name_at(m.end(), m.end() + 140)
        if not first and hit and hit[0].start - m.end() > 50 and _near_according(ps.t, m.end(), hit[0].start):
            first = [Subject("person", N.person_key(hit[0].name))]  # (1.45.0) the list reader stops at the office
        if first and first[0].kind == "person" and hit and _near_according(ps.t, m.end(), hit[0].start) and \
                not re.search(r"[,;:]", ps.t[m.end():hit[0].start]):
            # (parser 1.32.0) a press officer cited is the readout's source: a mention (`press_source`)
            press = _PRESS_OFFICE.match(ps.t, hit[0].end)
            out.append(("noted", first, "press_source") if press else ("speech", first, "according_to"))
    for m in _UNDER_CHAIR_NOUN.finditer(ps.t):
        if not reported_clause(ps.t, m.start()) and not _studied_event(ps.t, m.start(), True):
            first = [x for x in ps.subjects_after(m.end(), "chair") if x.kind == "person"][:1]
            out.append(("chair", first, "under_chairmanship"))
    for m in _ACCOMPANIED_BY.finditer(ps.t):  # GUIDELINES 2.6: those who accompanied a leader were present
        out.append(("attend", ps.subjects_after(m.end(), "attend"), "accompanied_by"))
    for m in _BROUGHT_TOGETHER.finditer(ps.t):  # (parser 1.32.0) "The event brought together Minister A, Governor B"
        if not reported_clause(ps.t, m.start()) and not R.governed(ps.t, m.start(), m.group(0)) and \
                not _HELD_BEFORE.search(ps.t, m.end()):
            out.append(("attend", _persons_until_predicate(ps, m.end()), "brought_together"))
    for m in _WITH_PRESENT.finditer(ps.t):
        out.append(("attend", ps.subjects_after(m.start("list"), "attend", limit=m.end("list")), "with_present"))
    for m in _FRAGMENT_SPEECH.finditer(ps.t):
        out.append(("speech", [x for x in ps.subjects_after(m.end(), "speech") if x.kind == "person"], "fragment_by"))
    for m in _INVERTED_CHAIR.finditer(ps.t):
        out.append(("chair", inverted_list(ps, m.end(), "chair"), "inverted_chair"))
    for m in _FRONTED_PASSIVE.finditer(ps.t):
        out.append(("chair", ps.subjects_after(m.start("list"), "chair", limit=m.end("list")), "fronted_passive"))
    return out


# rule `between_elsewhere` (parser 1.32.0): "the consensus (reached) between President A and President B", "follows a
# meeting between A and B in Fiji last November": an earlier meeting's parties, referred to (GUIDELINES 2.7)
_BETWEEN = re.compile(r"\b(?:(?P<agreed>consensus|agreements?|understandings?)|meetings?|talks|"
                      r"(?P<call>conversations?|(?:tele)?phone\s+calls?|calls?))\s+(?:reached\s+|held\s+)?"
                      # (1.48.0) the place between: "a recent meeting in Singapore between A and B"
                      r"(?:(?:in|at)\s+(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*)?\s+)?between\s+", re.I)
# (1.40.0) "two conversations between A and B over the past few days", "a planned call between C and D"
_OTHER_TIME = re.compile(r"\b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:few\s+|several\s+|two\s+|three\s+)?"
                         r"(?:days|weeks|months)\b")
_OTHER_CALL = re.compile(r"\b(?:planned|upcoming|proposed|scheduled|earlier|recent|previous)\s+(?:\w+\s+)?$", re.I)


def _between(ps: SentenceParse) -> list[tuple[str, list[Subject], str]]:
    out: list[tuple[str, list[Subject], str]] = []
    for m in _BETWEEN.finditer(ps.t):
        if m.group("agreed") or _earlier_between(ps.t, m):
            # (1.48.0: "a recent meeting between A and B" too, not only a call)
            out.append(("noted", _persons_until_predicate(ps, m.end()), "between_elsewhere"))
    return out


def _earlier_between(t: str, m: re.Match) -> bool:
    """The meeting or call "between" A and B is another one: earlier, past, recent or planned."""
    rest = t[m.end():_to_semicolon(t, m.end())]
    return bool(_EARLIER_AFTER.search(rest) or re.search(r"\b" + _PAST_TIME, rest) or _OTHER_TIME.search(rest) or
                _OTHER_CALL.search(t, max(0, m.start() - 30), m.start()))


def _future_meetings(ps: SentenceParse) -> list[tuple[str, list[Subject], str]]:
    """Rule `future_meeting` (parser 1.32.0): "In Wellington, the delegation will meet with X from Y": the one to be
    met is named for a later meeting, not this one (a mention, GUIDELINES 2.7)."""
    out: list[tuple[str, list[Subject], str]] = []
    for m in R.MEET.finditer(ps.t):
        if _FUTURE_BEFORE.search(ps.t, max(0, m.start() - 40), m.start()) and not reported_clause(ps.t, m.start()):
            out.append(("noted", _persons_until_predicate(ps, m.end()), "future_meeting"))
    return out


# rule `motion_by` (parser 1.32.0): minutes' "Moved by X, seconded by Y" / "Upon motion made by X": who moves a motion
# speaks to the meeting; who seconds it is there (annotators count the mover's act as speech, not the seconder's)
_MOVED_BY = re.compile(r"\b(?:moved\s+|motion\s+(?:was\s+)?(?:made\s+|put\s+|proposed\s+)?)by\s+|\bon\s+(?:the\s+)?motion\s+of\s+|"
                       # (1.34.0) "Councillor A was proposed by Councillor B and seconded by Councillor C": a nomination
                       # seconded in the same sentence (never "the initiative proposed by X")
                       r"\b(?:proposed|nominated)\s+by\s+(?=[^.;]{0,80}\bseconded\s+by\b)", re.I)
_SECONDED_BY = re.compile(r"\bseconded\s+by\s+", re.I)


def _motions(ps: SentenceParse) -> list[tuple[str, list[Subject], str]]:
    out: list[tuple[str, list[Subject], str]] = []
    for rx, role in ((_MOVED_BY, "speech"), (_SECONDED_BY, "attend")):
        for m in rx.finditer(ps.t):
            first = [x for x in ps.subjects_after(m.end(), role) if x.kind == "person"][:1]
            hit = ps.name_at(m.end(), m.end() + 40)
            if first and hit and not re.search(r"[,;:]", ps.t[m.end():hit[0].start]):
                out.append((role, first, "motion_by"))
    return out


# rule `fronted_speech_of` (parser 1.32.0): "In Professor X's speech, he paid great compliment to ...": the clause
# that opens on a person's speech reports it (not an "important speech" studied, nor one dated elsewhere)
_FRONTED_SPEECH = re.compile(r"(?:^|(?<=[,;:]\s))In\s+(?:the\s+)?(?=[A-Z])[^,;:]{2,80}?['\u2019]s?\s+"
                             r"(?P<kind>(?:[a-z]+\s+){0,2}?)(?:speech|remarks|address|presentation|statement)\s*,")


def _fronted_speech(ps: SentenceParse) -> list[tuple[str, list[Subject], str]]:
    out: list[tuple[str, list[Subject], str]] = []
    for m in _FRONTED_SPEECH.finditer(ps.t):
        hit = ps.name_at(m.start(), m.start("kind"))
        if hit is None or "important" in m.group("kind") or _ELSEWHERE.search(m.group(0)) or \
                not re.match(r"['\u2019]s?\s", ps.t[hit[0].end:]):
            continue
        out.append(("speech", [Subject("person", N.person_key(hit[0].name))], "fronted_speech_of"))
    m = _FRONTED_OWN_REMARKS.match(ps.t)
    if m:  # (1.57.0) "In his welcome remarks, Provincial Agriculturist (PA) Dr. A, representing Governor B, presented"
        first = next((sp for sp in ps.spans if sp.start >= m.end()), None)
        if first is not None and _TITLE_WORDS_ONLY.fullmatch(ps.t, m.end(), first.start) and \
                not _NOT_THE_REMARKER.match(ps.t, first.end) and \
                not any(m.end() <= h.start < first.start for h in ps.hits):
            out.append(("speech", [Subject("person", N.person_key(first.name))], "fronted_own_remarks"))
    return out


# rule `fronted_own_remarks`: the person named first after "In his remarks," is the one who made them
# (only titles before the name: "In his concluding remarks, Magyezi congratulated President A" is not A's)
# (nor one whose representative or praiser follows: "Governor A's Chief of Staff, B, said", "A was represented by B")
_NOT_THE_REMARKER = re.compile(r"['\u2019]s?\s|\s*,?\s*(?:was|were|is|are|had\s+been|has\s+been)\s+[a-z]+ed\b")
_TITLE_WORDS_ONLY = re.compile(r"(?:(?:[A-Z(][\w.()'\u2019-]*|of|the|for|and|to|in|on)\s+){0,10}")
_FRONTED_OWN_REMARKS = re.compile(_OWN_SPEECH_HEAD + r")\b[^,;]{0,80},\s+")


_BROUGHT_TOGETHER = re.compile(r"\b(?:brought|brings|bringing)\s+together\s+", re.I)
# (1.40.0) "... touched on the tripartite summit bringing together A, B and C which has recently been held": an
# earlier event the meeting discussed
_HELD_BEFORE = re.compile(r"\b(?:has|had|have)\s+(?:recently\s+|already\s+)?been\s+held\b|\b(?:recently|previously)\s+held\b")


def _persons_until_predicate(ps: SentenceParse, pos: int) -> list[Subject]:
    """The persons named after `pos` up to the clause's next role verb or semicolon (an object list of offices and
    names, "Minister A, Governor B and business leaders", that the list parse may cut short)."""
    end = min([h.start for h in ps.hits if h.start >= pos] + [_to_semicolon(ps.t, pos)])
    return [Subject("person", N.person_key(sp.name)) for sp in ps.spans if pos <= sp.start and sp.end <= end]


# rule `passive_coordinated`: "was presided over by A, and attended by B, C and D": a second passive that shares the
# subject of a first one
_COORD_PASSIVE = re.compile(r",?\s+and\s+(?:was\s+|were\s+)?(?:also\s+)?(?P<verb>presided\s+over|chaired|co-chaired|"
                            r"hosted|attended|addressed)\s+by\s+(?=[A-Z])", re.I)
# rule `attended_including`: "Many officials attended the opening ceremony, including A, title; B, title; ...": the
# names listed after a presence verb's object were among those present
_ATTENDED_INCLUDING = re.compile(r"\b(?:attended|(?:was|were)\s+(?:also\s+)?present|(?:took\s+part|participated)\s+in)"
                                 r"\b[^;:,.]{0,80}?,\s+(?:including|among\s+(?:them|whom)\s+(?:were\s+)?|such\s+as)\s+"
                                 r"(?=[A-Z])", re.I)


def _listed_presence(ps: SentenceParse) -> list[tuple[str, list[Subject], str]]:
    """Rules `passive_coordinated` and `attended_including` (see above)."""
    out = []
    first = _PASSIVE.search(ps.t)
    for m in _COORD_PASSIVE.finditer(ps.t, first.end() if first else len(ps.t)):
        if first is None or _other_event_passive(ps.t, first):
            break
        role = _PASSIVE_ROLE[re.sub(r"\s+", " ", m.group("verb").lower())]
        out.append((role, ps.subjects_after(m.end(), role), "passive_coordinated"))
    for m in _ATTENDED_INCLUDING.finditer(ps.t):
        if not reported_clause(ps.t, m.start()) and not R.governed(ps.t, m.start(), m.group(0)):
            out.append(("attend", inverted_list(ps, m.end(), "attend"), "attended_including"))
    met = _MEETING_PARTICIPLE.match(ps.t)
    if met:
        out.append(("attend", ps.subjects_after(met.start("list"), "attend", limit=met.end("list")),
                    "meeting_participle"))
    return out


# rule `meeting_participle` (parser 1.27.0): "When meeting with Niue's Premier X, Wang said ...", "Meeting with X on
# Monday, Y said": the one met, in the fronted clause, was at the meeting (GUIDELINES 2.6: "met with Y")
_MEETING_PARTICIPLE = re.compile(r"\s*(?:(?:When|While|Upon|On|During)\s+)?(?:[Mm]eeting|[Rr]eceiving)\s+(?:with\s+)?"
                                 r"(?=[A-Z])(?P<list>[^;:]{2,200}?),\s+(?=[A-Z])")


# rule `with_present`: "..., with Vice Governor Ma Tao and Qin Yu present" / "attending" / "in attendance"
_WITH_PRESENT = re.compile(r"\bwith\s+(?P<list>[A-Z][^;,]{2,120}?(?:,\s+[^;,]{2,120}?){0,12}?),?\s+(?:also\s+)?"
                           r"(?:present|attending|in\s+attendance|on\s+hand)(?!\s+(?:at\s+)?(?:a|an)\b)(?=[\s,.;]|$)")


# rule `fronted_passive` (parser 1.34.0): "Jointly chaired by A and B, the working meeting was held", "On Oct. 19,
# presided by A, the meeting ...": a participle clause before the subject it describes (the parse often misses it)
_FRONTED_PASSIVE = re.compile(r"(?:^|(?<=,\s))(?:jointly\s+)?(?:presided(?:\s+over)?|chaired|co-chaired|hosted|co-hosted)"
                              r"\s+(?:jointly\s+)?by\s+(?P<list>[^;]{3,240}?),\s+the\s", re.I)
# (before any subject with "the": "Hosted by OECD Secretary-General A, the top officials of ... discussed")

# rule `fragment_by` (parser 1.34.0): minutes' "Public comment about access to documents. Addressed by A and B."
_FRAGMENT_SPEECH = re.compile(r"^\s*(?:Addressed|Presented|Answered|Proposed)\s+by\s+(?=[A-Z])")  # (1.35.0: a
# motion's line, "Proposed by Councillor R. O'Grady")
# rule `inverted_chair` (parser 1.34.0): "Presiding was Judge A", "Presiding over the session were A and B"
_INVERTED_CHAIR = re.compile(r"(?:^|(?<=[,;]\s))(?:Also\s+)?(?:presiding|chairing)(?:\s+over)?(?:\s+the\s+(?:[\w'\u2019-]+\s+){0,4}?"
                             r"(?:" + "|".join(sorted(MEETING_NOUNS)) + r")s?)?\s+(?:was|were)\s+", re.I)


# "accompanied by X" and the inverted "Accompanying him were X and Y"
# (parser 1.32.0: "The Minister was flanked by the Permanent Secretary, X": those flanking a leader were there)
_ACCOMPANIED_BY = re.compile(r"\b(?:accompanied|flanked)\s+by\s+|\b(?:also\s+)?accompanying\s+(?:him|her|them|the\s+\w+(?:\s+\w+)?)"
                             r"\s+(?:(?:on|during|in)\s+[\w\s]{2,40}?\s+)?(?:were|was)\s+(?:also\s+)?", re.I)


# rule `reported_act_fronted`: "noted that on October 16, X presided over ...", "that when attending ..., X called for"
_FRONTED = (r"(?:on|in|at|during|when|while|after|before|since|from|between|last|earlier|not\s+long\s+ago|recently|as)\b"
            r"[^,;:]{0,80},\s+")
_REPORTING_VERB = (r"\b(?:said|says|stressed|stresses|emphasi[sz]ed|noted|notes|pointed\s+out|held|believed|recalled|"
                   r"reviewed|recognized|recognised|agreed|underlined|highlighted|mentioned|learned|studied|heard|"
                   r"affirmed|acknowledged|reiterated|remembered)(?:\s+(?:in|at|during)\s+(?:the|his|her|their)\s+\w+)?"
                   r"\s+that\s+")  # (1.33.0) "noted in the meeting that A and B shared ..."
_REPORTING_THAT = re.compile(
    _REPORTING_VERB + r"(?:" + _FRONTED + r")?[^,;:]*$|(?:^|,\s*)as\s+(?!well\b)(?:[\w'\u2019]+\s+){0,6}$", re.I)
_REPORTED_BEFORE = re.compile(_REPORTING_VERB, re.I)  # "Q said that ..., including A": A is inside the report


_MEDIA_ACRONYMS = "CGTN|CCTV|CNN|BBC|AFP|AP|CNS|CRI|SCMP|NHK|TASS|Reuters|Bloomberg"
_MONTHS = FULL_RE
_PAST_TIME = (r"(?:[Ll]ast\s+(?:week|month|year|spring|summer|autumn|fall|winter|" + _MONTHS + r"|(?:Mon|Tues|Wednes|Thurs|"
              r"Fri|Satur|Sun)day)|[Ee]arlier\s+(?:this|that)\s+"
              r"(?:week|month|year)|(?<!^)(?<!\n)earlier(?!\s+(?:on|today|that\s+day|in\s+the\s+day))|[Pp]reviously|[Ii]n\s+" + _MONTHS +
              r"(?:\s+(?:19|20)\d\d\b)?(?!\s*\d)|[Ii]n\s+(?:19|20)\d\d|\w+\s+(?:days|weeks|months|years)\s+ago)")
# rule `speech_elsewhere`: the clause places the speech act outside this meeting: another time ("in March", "last
# year", "earlier"), another occasion ("during his inspection in ... in March"), another medium ("in a letter",
# "in an interview", "told the newspaper")
# "told journalists after the meeting": words to the press on the meeting's occasion (a speaker, GUIDELINES 2.5)
_AFTER_MEETING = (r"(?!\s+(?:after|following|at|on\s+the\s+sidelines\s+of)\s+the\s+(?:[\w-]+\s+){0,2}?"
                  r"(?:meeting|talks|session|event|ceremony|conference|signing|visit)\b|"
                  # (1.36.0) "told the media outside the Assembly": at the meeting's place, as it ended
                  r"\s+outside\s+the\s+(?:[\w-]+\s+){0,2}?(?i:meeting|assembly|house|chamber|hall|venue|parliament)\b)")
_FRONTED_AFTER_MEETING = re.compile(r"\s*(?:After|Following)\s+(?:ending|concluding|closing|the)\s+(?:[\w-]+\s+){0,3}?"
                                   r"(?:meeting|talks|session|event|ceremony|conference|signing)\b")
# "told the Global Times", "told reporters": words to the press (one pattern for `speech_elsewhere` and `press_commentator`)
_TOLD_PRESS = (r"told\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Times|Daily|News|Post|Journal|Xinhua|newspaper|reporters|"
               r"journalists|media|press|" + _MEDIA_ACRONYMS + r")\b" + _AFTER_MEETING)
_ELSEWHERE = re.compile(
    r"\b(?:" + _PAST_TIME + r"|[Ii]n\s+(?:an?|his|her|their|the|its)\s+(?:[\w-]+\s+){0,2}?(?:letters?|interviews?|articles?|"
    r"op-eds?|replies|reply|posts?|books?|columns?|essays?|(?:written\s+)?instructions?)\b|" + _TOLD_PRESS + r"|"
    r"(?:wrote|writing)\s+in\b|(?:at|during)\s+(?:a|an)\s+(?:recent|previous|earlier|prior|separate)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|session|conference|plenum|symposium|forum|event|gathering)\b|"
    r"\bto\s+(?:the\s+)?(?:reporters|journalists|press|media|newspaper)\b" + _AFTER_MEETING + r")")  # (1.36.0)
# "told the Global Times", "said in an interview with": the person comments to the press (`press_commentator`)
_TOLD_MEDIA = re.compile(r"\b" + _TOLD_PRESS + r"|"
                         r"\bin\s+an?\s+(?:exclusive\s+)?"
                         r"interview\s+with\b")
_AT_MEETING = re.compile(r"\b(?:at|during|in|to)\s+the\s+(?:\w+\s+){0,3}?" + r"(?:meeting|conference|session|plenum|"
                         r"symposium|forum|seminar|gathering|roundtable|event|ceremony|talks)\b", re.I)


def _clause_start(t: str, pos: int) -> int:
    start = 0
    for m in _BOUNDARY.finditer(t, 0, pos):
        start = m.end()
    return start


def speech_elsewhere(t: str, start: int, h: R.VerbHit) -> bool:
    """Rule `speech_elsewhere`: a marker of another time, occasion or medium between the clause start and the
    speech verb, or right after it ("said in a letter", "called in March for ...")."""
    after = re.match(r"[^,;:]{0,80}", t[h.end:]).group(0)
    after = re.split(r"\bthat\b", after, maxsplit=1)[0]
    # a relative clause on the subject describes something else: "Zhao, who visited Hebei last month, stressed"
    before = t[start:h.start]
    if re.search(r"\s(?:and|but|then|before|after)\s+(?:\w+ly\s+|also\s+|then\s+)?$", before):
        # a coordinated verb: only the subject's own clause counts, not the predicate before it ("Zhou joined the
        # Party in 1985 and spoke at the meeting")
        m = _FIRST_PREDICATE.search(before)
        if m:
            before = before[:m.start()]
    before = _RELATIVE_INSERT.sub(",", before)
    before = _MEETING_TIME.sub(lambda m: m.group("meeting") or "", before)  # (1.36.0) the meeting's own day
    before = re.sub(r"^\s*Earlier\s*,", "", before)  # "Earlier, X visited ... and said": the day's narration
    fronted = _FRONTED_CONTENT.search(before)
    if fronted and len(before[:fronted.start()].split()) >= 10:
        before = before[fronted.start():]  # rule `fronted_content`: "<what was said>, Wang told Biden": not a time
    near = _ELSEWHERE.search(after)  # right after the verb only: "said in a letter", "called in March for"
    if near:
        gap = after[:near.start()]
        near = re.fullmatch(r"\s*(?:(?:the|a|an|that|this)\s+(?:[\w-]+\s+){0,2}?" + _MEETING_WORD + r"s?\s*)?", gap) or (
            len(gap.split()) <= 2 and not re.search(r"\b(?:the|a|an|will|would|should|must|is|are|was|were|has|"
                                                    r"have|had|can)\b", gap))
    return bool(_ELSEWHERE.search(before) or near)


# (1.36.0) a past day that dates the reported meeting itself, not another occasion: "During last Thursday's full
# council meeting, X expressed ...", "The Council meeting led by X last September 20"
_LAST_DAY = r"last\s+(?:" + _MONTHS + r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
_MEETING_TIME = re.compile(r"\b" + _LAST_DAY + r"['\u2019]s(?=\s+(?:[\w-]+\s+){0,3}?" + _MEETING_WORD + r"\b)|"
                           r"(?P<meeting>\b" + _MEETING_WORD + r"s?\b[^,;.]{0,60}?)\s+" + _LAST_DAY +
                           r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?\b", re.I)
_FRONTED_CONTENT = re.compile(r",\s*(?:[A-Z][\w'\u2019-]*\s*){1,4}$")
_FIRST_PREDICATE = re.compile(r"(?<=[A-Za-z'\u2019]) (?:also |then |first |later )?(?:[a-z]+ed|met|made|took|gave|held|"
                              r"went|led|sent|paid|saw|spoke|came|left|wrote|told)\b")
_RELATIVE_INSERT = re.compile(r",\s+(?:who|which|whose|whom)\b[^,;]*,")


def reported_clause(t: str, verb_start: int) -> bool:
    """Rule `reported_act`: a speech verb inside the complement of another reporting verb ("The meeting noted
    that General Secretary Xi Jinping stressed ...") or an "as X said" clause reports an earlier act of
    someone who need not be present."""
    m = _REPORTING_THAT.search(t, 0, verb_start)
    return m is not None and not _SOURCE_REPORTS.search(t, 0, m.start())


# (1.41.0) "The Presidential Media Division said that President A met with B": the body that issues the readout
# reports this meeting, not an earlier act
_SOURCE_REPORTS = re.compile(r"\b(?:Division|Office|Unit|Ministry|Department|Agency|Secretariat|Bureau|Directorate|"
                             r"[Ss]tatement|[Pp]ress\s+[Rr]elease|[Rr]eadout|[Cc]ommuniqu[e\u00e9])(?:\s+\([A-Z]{2,8}\))?"
                             r"\s+(?:also\s+)?$")


def _next_finite_subjects(ps: SentenceParse, hits: list[R.VerbHit], i: int) -> list[Subject]:
    for j in range(i + 1, len(hits)):
        if hits[j].form == "finite":
            return ps.subjects_before(hits[j].start, hits[j].role)
    return []


_HEADLINE_CHAIR = re.compile(r"\b(?:Chairs|Chaired|Presides\s+over|Preside\s+over|Presiding\s+over|Presided\s+over|"
                             r"Presides|Hosts|Hosted)\b", re.I)


# (1.36.0) "Chairman of Board Zhang Jianhua attended Qingdao-Japanese Entrepreneurs' Fellows": presence stated by the
# headline of a person the body names (a speaker there is an attendee too, GUIDELINES 2.6)
_HEADLINE_ATTEND = re.compile(r"\b(?:Attends|Attended|Attend)\b", re.I)
_HEADLINE_CLAUSE = re.compile(r"[;.,:|\u2014]|\bwhile\b")  # the clause of the headline that holds the verb


def headline_chairs(doc: Doc, col: Collector) -> None:
    """Rules `headline_chair`: "X (and Y) Chairs/Presides over ..." in the headline; `headline_attend`: "X attended
    ...", for persons the body names."""
    _headline_role(doc, col, _HEADLINE_CHAIR, "chair", known_only=False)
    _headline_role(doc, col, _HEADLINE_ATTEND, "attend", known_only=True)


def _headline_role(doc: Doc, col: Collector, verb: re.Pattern, role: str, known_only: bool) -> None:
    m = verb.search(doc.title)
    if not m:
        return
    head = doc.title[:m.start()]
    if known_only:  # the verb's own clause, its names right before it ("..., while Han Yong attended")
        head = _HEADLINE_CLAUSE.split(head)[-1]
    spans = N.find_names(head, title_case=True)
    if known_only and (not spans or head[spans[-1].end:].strip()):
        return
    rule = f"headline_{role}"
    if spans:
        for sp in spans:
            key = N.person_key(sp.name)
            if key not in doc.persons:
                # (1.39.0) the headline's shorter form of a body name: "Mohamed bin Abdullah" of "Mohammed bin
                # Abdullah Al Khalifa"
                owners = N.longer_owners(N.clean_name(sp.name), [p.name for p in doc.persons.values()])
                key = N.person_key(owners.pop()) if len(owners) == 1 else key
            if key not in doc.persons:
                if known_only:
                    continue
                doc.persons[key] = Person(N.clean_name(sp.name), key, [], -1)
            col.add(Subject("person", key), role, doc.title, rule)
        return
    # (1.40.0) a name the body's reading found (its NER among them) that the headline writes whole: "Cameroon: Paul
    # Biya quickly chaired ..."
    known = [k for k, p in doc.persons.items() if len(p.name.split()) > 1 and
             re.search(r"(?<![\w-])" + re.escape(p.name) + r"(?![\w-])", head)]
    for key in known:
        col.add(Subject("person", key), role, doc.title, rule)
    if known:
        return
    for tok in re.findall(r"\b[A-Z][a-z]+\b", head):
        if N.is_surname(tok):
            key = doc.resolve(tok, len(doc.text))
            if key:
                col.add(Subject("person", key), role, doc.title, rule)


# rule `role_label`: a label paragraph ("Speakers:", "Chairperson:", "Moderator:") over lines that each open with a
# name ("Xu Lin, deputy head of ..."), or the label and its list on one line ("Attendees: A, B and C")
_ROLE_LABEL = re.compile(r"^\s*(?P<label>(?:keynote\s+)?speakers?|(?:(?:vice|deputy)[\s-]+)?(?:chairpersons?|chairs?|"
                         r"chairm[ae]n)|moderators?|hosts?|members|"  # (1.35.0) "Vice Chair: Mr. A", "Members: Mr. B, C"
                         r"in\s+the\s+chair|presiding(?:\s+officer)?|"  # (1.33.0) "In the Chair: Mr A", "PRESIDING: A"
                         r"presiders?|attendees|participants|guests|panell?ists|"
                         # a delegation's roll ("Members of the delegation:", then a line per member) and "Present:"
                         r"(?:the\s+)?members\s+of\s+the\s+(?:[\w-]+\s+){0,3}delegations?|delegation\s+members|"
                         r"(?:also\s+)?present|(?:in\s+)?attendance|(?P<absent>apologies|absent|regrets|excused)|"
                         # (parser 1.32.0) minutes: "Members Present:", "Staff Present:", "Council Members Present:",
                         # "Officials in Attendance:", "Members Absent:"
                         r"(?:[A-Za-z-]+\s+){1,4}?(?:present|in\s+attendance)(?:\s+(?:at|in)\s+(?:the|this)\s+"
                         r"(?:[\w-]+\s+){0,2}?(?:meeting|session|sitting)\s+(?:were|was|are|included))?|"  # (1.57.0)
                         # "Members present at this meeting were:", then a line each
                         r"(?P<absent2>(?:[A-Za-z-]+\s+){1,3}?(?:absent|excused)|"
                         r"(?:absent|excused)\s+(?:with|without)\s+(?:notice|apolog(?:y|ies)|leave))|"
                         r"(?:staff|visitors|observers|invitees|officials|officers)|"  # (1.33.0) "Staff: A, Director; B"
                         r"appearing|witness(?:es)?|"  # (1.57.0) a committee's minutes: "APPEARING:", "WITNESSES:" (there)
                         # (1.31.0) a sentence that ends by announcing the roll: "The members of the 28th mission were
                         # as follows:", "Accompanying Representative Smith are the following members of the delegation:"
                         r"(?:[^:\uff1a]{0,80}?\s)?(?:the\s+)?(?:following\s+)?members\s+of\s+the\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:delegation|mission)s?(?:\s+(?:were|are|was|is|included|include))?(?:\s+as\s+follows)?|"
                         # (1.36.0) a roll of speakers announced by its verb: "The following individuals commented on
                         # the failure rate ...", then a line per person; "The following persons spoke:"
                         r"(?:the\s+)?following\s+(?:[\w-]+\s+){0,3}?(?P<spoke>spoke|commented|testified|made\s+"
                         r"(?:comments|remarks|statements|presentations))\b(?:\s+(?:on|about|regarding|against|for|in)\b"
                         r"[^:\uff1a]{0,150}?)?|"
                         # (1.43.0) a committee's witnesses and a list of speakers announced without a colon: "The
                         # Committee took evidence from—" (and its "and then from—"), "The featured speakers were"
                         r"(?P<heard>(?:[^:\uff1a]{0,80}?\s)?(?:took|takes|take|heard|received)\s+(?:oral\s+)?evidence\s+"
                         r"from|and\s+then\s+from|(?:the\s+)?(?:[\w-]+\s+){0,2}?speakers\s+(?:were|are|included)"
                         r"(?:\s+as\s+follows)?|(?:[^:\uff1a]{0,80}?\s)?(?:speeches|remarks|presentations|addresses|"
                         r"statements)\s+were\s+(?:then\s+|also\s+)?(?:given|made|delivered)\s+by)|"  # "Keynote speeches
                         # were then given by:", a line per speaker
                         # (1.32.0) "The following Ministers attended: Hon. A, ...; Senator B, ..."
                         r"(?:the\s+)?following\s+(?:[\w-]+\s+){0,4}?(?:attended|participated|were\s+present"
                         r"(?:\s+in\s+person)?)|"  # (1.34.0) "The following Trustees were present in person:"
                         # (1.33.0) "The Summit was attended by the following Heads of State:" (1.43.0: "... was
                         # attended by:"), "..., with the
                         # following members present to-wit:", "Others in attendance were:"
                         r"[^:\uff1a]{0,200}?\b(?:(?:was|were)\s+(?P<attended>attended)\s+by(?:\s+the\s+following\b[^:\uff1a]{0,80})?|"
                         r"with\s+the\s+following\s+(?:[\w-]+\s+){0,3}?(?P<present>present)(?:\s+to-wit)?|"
                         r"(?:others|also)\s+(?P<attendance>in\s+attendance)\s+(?:were|was|included)))"
                         r"(?:\s*(?:[:\uff1a]|;(?=\s*\S))\s*(?P<rest>.*)|(?<=\bPRESENT)\s*|"
                         # (1.35.0) a flattened table: "PRESENT Alderman O Daniels Speaker Councillor S Scholtz ..."
                         r"(?<=\bPRESENT)\s+(?P<styled>(?:" + "|".join(COUNCIL_STYLES) + r")\s.*)|(?<=\bATTENDANCE)\s*|(?<=\bAPOLOGIES)\s*|"
                         r"(?<=\bATTENDEES)\s*|(?<=\bPARTICIPANTS)\s*|(?(spoke)\.?\s*|(?!))|(?(heard)\s*[\u2014\u2013-]?\s*|(?!)))$",
                         re.I)  # "In attendance; Mr. A"; (1.32.0) a bare label line: "MEMBERS PRESENT"; (1.34.0) "Attendees"
_ANY_LABEL = re.compile(r"^\s*[A-Z][\w ]{0,30}[:\uff1a]\s*$")
# rule `label_chair` (parser 1.28.0): "Prof. Jenny Dixon (Chair), Prof. Helen Nicholson, ..." in a minutes' roll
# (1.34.0) "The Chancellor (The Hon Sir A) (in the Chair)": after the bracket that holds the name too
_CHAIR_BRACKET = r"\)?\s*\((?:in\s+the\s+)?(?:chair|chairperson|chairman|chairwoman|presiding)\)"
_CHAIR_MARK = re.compile(_CHAIR_BRACKET + r"|"
                         r",\s*(?:chair|chairperson|chairman|chairwoman|presiding)\s*(?:[;,]|$)", re.I)  # ", Chair;"
# (1.40.0) in a roll, the mark may follow a post-nominal or the member's office after a dash: "Richard Creary, JP
# (Chairperson)", "- Prof. I Cumming – Non-Executive Director (Chairman) and voting member"
_POST_NOMINAL_CHAIR = re.compile(r",?\s+(?-i:" + "|".join(POST_NOMINALS) + r")\b" + _CHAIR_BRACKET, re.I)
_ROLL_CHAIR_MARK = re.compile(_POST_NOMINAL_CHAIR.pattern + r"|\s+[\u2013\u2014-]\s+[^()\n;,]{1,60}?" + _CHAIR_BRACKET, re.I)
_LEAD_FILLER = re.compile(N.LINE_LEAD)  # before the name that opens a line under a label: a bullet, an honorific
# (1.35.0) a member's office in a roll line, written before the name: "- Councillor Baker,", "Chairman Hansen, ..."
_ROLL_OFFICE = (r"(?:(?:Deputy|Vice|Executive)[\s-]+)?(?:Councill?ors?|Commissioners?|Alderm[ae]n|Alderwom[ae]n|Trustees?|Supervisors?|"
                r"Members?|Chairman|Chairwoman|Chairperson|Chair|Mayor|Speaker)")
# what may stand between the names of a roll line ("Prof. A (Chair), Dr B, C and D")
_ROLL_FILLER = re.compile(r"(?:\s|,|;|\.\s*$|\band\b|\([^()]{0,60}\)|\b(?:" + "|".join(HONORIFICS + ROLL_STYLES) + r"|"
                          r"(?:Associate\s+)?Professor|The|Rev|Hon|Lady|Lord|Dame)\b\.?)*",
                          re.I)  # (1.33.0) "Councillors A, B, C."; an office in brackets; (1.34.0) "The Rev Dr A"
# ... and before a name, its office; before the first, a bullet too ("- Councillor Baker,")
_ROLL_BEFORE = re.compile(r"(?:" + _ROLL_FILLER.pattern + r"(?:\b" + _ROLL_OFFICE + r"\s+)?)*", re.I)
_ROLL_FIRST = re.compile(r"\s*(?:" + N.BULLET + r"\s*)?" + _ROLL_BEFORE.pattern, re.I)


def _roll_line(text: str, spans: list[N.NameSpan]) -> bool:
    """Rule `roll_line` (parser 1.28.0): a line under a roll label that holds names alone ("Prof. A, Dr B, C")."""
    pos = 0
    for sp in spans:
        if not (_ROLL_FIRST if pos == 0 else _ROLL_BEFORE).fullmatch(text[pos:sp.start]):
            return False
        pos = sp.end
    return bool(spans) and bool(_ROLL_FILLER.fullmatch(text[pos:]))


def _roll_names(doc: Doc, line: str, spans: list[N.NameSpan], base: int = 0) -> list[N.NameSpan]:
    """The names of a roll line (from `base`: after its label): the name rules' spans, or (`roll_name`) every piece
    when all are names."""
    extra = N.roll_names(line[base:])
    # (1.35.0) the roll's reading also wins where it only drops an office the name rules took in ("City Clerk A B")
    trims = len(extra) == len(spans) and all(x.end + base == sp.end and x.start + base >= sp.start
                                             for x, sp in zip(extra, spans)) and \
        any(x.start + base > sp.start for x, sp in zip(extra, spans))
    if not extra or len(extra) < len(spans) or len(extra) == len(spans) and not trims:
        return spans
    for sp in spans:  # (1.35.0) a misread the roll's reading replaces ("Planning Technician Volk": no "Technician Volk")
        if doc.text.count(sp.name) == 1 and any(x.start + base < sp.end and sp.start < x.end + base for x in extra):
            doc.persons.pop(N.person_key(sp.name), None)
    return [_roll_person(doc, N.NameSpan(sp.start + base, sp.end + base, sp.name, sp.rule)) for sp in extra]


_INITIALLED = re.compile(r"(?:[A-Z]{1,2}\.?\s?){1,3}\s[A-Z]")  # (1.34.0) "Mr J Smith" is read by the name rules too


def roll_surnames(doc: Doc) -> None:
    """Rule `roll_surname` (parser 1.32.0): a surname written alone with a style ("Cr Brown moved", "Mr Smith advised")
    is the one member of the minutes' roll of that surname ("Cr A Brown", "Mr J Smith")."""
    rolled = [p for p in doc.persons.values() if (p.first == -1 or _INITIALLED.match(p.name)) and len(p.name.split()) >= 2]
    if not rolled:
        return
    for spans in doc.names_by_sentence:
        for j, sp in enumerate(spans):
            word = sp.name.strip()
            owners = {p.name for p in rolled if p.name.split()[-1] == word} if " " not in word else set()
            if len(owners) == 1:
                spans[j] = N.NameSpan(sp.start, sp.end, owners.pop(), sp.rule)
                doc.persons.pop(N.person_key(sp.name), None)  # no person of its own


def _roll_person(doc: Doc, sp: N.NameSpan) -> N.NameSpan:
    """A roll's name as the person the text names more fully elsewhere (`initial_alias`: "L Hooper" in the minutes'
    roll is the "Leeanne Hooper" of its body), else a person of its own."""
    name = N.clean_name(sp.name)
    key = N.person_key(name)
    if key in doc.persons:
        return sp
    canon = N.canonical_names([name, *(p.name for p in doc.persons.values())]).get(name, name)
    if N.person_key(canon) in doc.persons:
        return N.NameSpan(sp.start, sp.end, canon, sp.rule)
    if " " not in name:  # (1.35.0) "Councillor O'Grady" in the roll, "Councillor R. O'Grady" in the body: the one person
        owners = {p.name for p in doc.persons.values() if p.name.split()[-1] == name and len(p.name.split()) > 1 and
                  re.fullmatch(r"[A-Z]\.?", p.name.split()[0])}  # (initialled: "Clarke" is no "Dorothy Clarke")
        if len(owners) == 1:
            return N.NameSpan(sp.start, sp.end, owners.pop(), sp.rule)
    m = re.fullmatch(r"([A-Z])\.? (.+)", name)
    if m:  # "P Munro" in the roll, "Pieri Munro" in a body no name rule read: the one written form
        full = set(re.findall(r"(?<![\w'\u2019-])" + m.group(1) + r"[a-z]+ " + re.escape(m.group(2)) + r"(?![\w'\u2019-])",
                              doc.text))
        if len(full) == 1:
            name = full.pop()
            sp, key = N.NameSpan(sp.start, sp.end, name, sp.rule), N.person_key(name)
    doc.persons[key] = Person(name, key, [], -1)
    return sp


def _roll_lead(doc: Doc, line: str, spans: list[N.NameSpan], base: int = 0) -> list[N.NameSpan]:
    """The line's spans with the name that opens it (at `base`: after its label) first (`roll_lead_name`), when no
    name rule found it."""
    lead = N.roll_lead_name(line[base:])
    if lead is None:
        return spans
    lead = N.NameSpan(lead.start + base, lead.end + base, lead.name, lead.rule)
    if any(sp.start < lead.end and lead.start < sp.end for sp in spans):
        return spans
    return [_roll_person(doc, lead), *spans]


def _roll_add(col: Collector, s, spans: list[N.NameSpan], role: str | None, rule: str, present: bool = False) -> None:
    for sp in spans:
        key = N.person_key(sp.name)
        if role is None:
            col.absent.add(key)
            continue
        col.add(Subject("person", key), role, s.text, rule)
        if present and role == "chair":  # (1.35.0) "PRESENT / Chair: Councillor A": the chair was there too
            col.add(Subject("person", key), "attend", s.text, rule)
        mark = _CHAIR_MARK.match(s.text, sp.end)
        if mark and (not mark.group(0).endswith(",") or
                     any(x.start == len(s.text) - len(s.text[mark.end():].lstrip()) for x in spans)):
            # (1.34.0) "A, Chair, B, C" marks the chair; "Jan du Plessis, Chairman, BT" is the office of a company
            col.add(Subject("person", key), "chair", s.text, "label_chair")
        elif _ROLL_CHAIR_MARK.match(s.text, sp.end):
            col.add(Subject("person", key), "chair", s.text, "label_chair")


_MARKED_CHAIR = re.compile(_CHAIR_BRACKET, re.I)


def marked_chairs(doc: Doc, col: Collector) -> None:
    """Rule `label_chair` (parser 1.33.0, outside a roll too): "Professor A (Chair) opened the meeting"."""
    for s, spans in zip(doc.sentences, doc.names_by_sentence):
        for sp in spans:
            if _MARKED_CHAIR.match(s.text, sp.end) or _POST_NOMINAL_CHAIR.match(s.text, sp.end):
                col.add(Subject("person", N.person_key(sp.name)), "chair", s.text, "label_chair")


def _prose(line: str) -> bool:
    """A roll line that holds a role verb is prose; its chair mark is none ("A (in the Chair)", parser 1.34.0)."""
    return bool(R.verb_hits(_MARKED_CHAIR.sub(")", line)))


def _label_role(label: str) -> str:
    """The role of the label's last role word ("The members of the mission were as follows" -> attend); a vice or
    deputy chair attended (1.35.0)."""
    if re.match(r"(?:vice|deputy)[\s-]+chair", label, re.I):
        return "attend"
    for word in reversed(label.lower().split()):
        for key, role in LABEL_ROLES.items():
            if word.startswith(key):
                return role
    return "speech"


def labelled_lists(doc: Doc, col: Collector) -> None:
    """Rules `role_label` (see _ROLE_LABEL) and `transcript_label`: in a press-conference record, a paragraph that
    is a name (and its apposition) ending in a colon introduces that person's words: they spoke."""
    role: str | None = None  # None under an "Apologies:" label: those listed are absent
    labelled = present = False  # present: under a roll of those present ("PRESENT", then "Chair: A", "Members: B")
    for i, (s, spans) in enumerate(zip(doc.sentences, doc.names_by_sentence)):
        text = s.text.strip()
        m = _ROLE_LABEL.match(text)
        if m:
            role = None if m.group("absent") or m.group("absent2") else \
                "attend" if m.group("attended") or m.group("present") or m.group("attendance") else \
                "speech" if m.group("spoke") or m.group("heard") else \
                _label_role(m.group("label"))
            present = role == "attend" or present and role == "chair"
            labelled = True
            if m.group("rest") or m.group("styled"):
                base = m.start("rest") if m.group("rest") else m.start("styled")
                base += len(s.text) - len(s.text.lstrip())  # (the label matched the stripped line)
                rest = _roll_lead(doc, s.text, _roll_names(doc, s.text, [sp for sp in spans if sp.start >= base], base),
                                  base)
                # (1.35.0) the roll's reading replaces the name rules' ("Planning Technician Volk": not "Technician Volk")
                doc.names_by_sentence[i] = [*(sp for sp in spans if sp.end <= base), *rest]
                _roll_add(col, s, rest, role, "role_label", present)
            continue
        if labelled and role is not None and not spans and _ANY_LABEL.match(text) and \
                text.rstrip(":\uff1a ").split()[-1].lower() in ORG_HEADS:
            continue  # (1.57.0) a body's head inside a roll: "WITNESSES:", "Privy Council Office:", then its members
        base = 0
        if labelled and not _ANY_LABEL.match(text):
            base = _line_head(s.text)
            before, spans = [sp for sp in spans if sp.end <= base], [sp for sp in spans if sp.start >= base]
            spans = _roll_names(doc, s.text, spans, base)
            if not spans or not _LEAD_FILLER.fullmatch(s.text, base, spans[0].start):
                spans = _roll_lead(doc, s.text, spans, base)
            doc.names_by_sentence[i] = [*before, *spans]
        lead = spans[0] if spans and (_LEAD_FILLER.fullmatch(s.text, base, spans[0].start) or
                                      labelled and _office_lead(s.text[base:spans[0].start])) else None
        if labelled and _roll_line(s.text[base:], [_shift(sp, -base) for sp in spans]):
            _roll_add(col, s, spans, role, "roll_line" if len(spans) > 1 else "role_label", present)
            continue
        if labelled and lead is not None and not _ANY_LABEL.match(text) and not _prose(s.text):
            _roll_add(col, s, [lead], role, "role_label", present)  # (1.32.0: a line of prose ends it)
            continue
        if labelled and (base or _BULLET.match(s.text).group(0).strip()) and not _prose(s.text):
            continue  # (1.33.0) a bulleted or headed line whose member no rule reads ends no roll
        role, labelled, present = None, False, False
        if lead is not None and (text.endswith((":", "\uff1a")) and _whole_paragraph(doc.text, s) or
                                 _transcript_turn(s.text, lead) and
                                 (s.start == 0 or doc.text[:s.start].rstrip(" \t").endswith("\n"))):
            col.add(Subject("person", N.person_key(lead.name)), "speech", s.text, "transcript_label")


def _transcript_turn(line: str, lead: N.NameSpan) -> bool:
    """(parser 1.34.0) a transcript's turn on a line of its own: "Mikhail Mishustin: Good afternoon, colleagues," (words
    of three or more after the colon, not an office: "A: Director of Finance" is a roll's; never a dateline inside a
    line, "... Frankie Liew. Kota Kinabalu: A delegation ...")."""
    m = re.match(r"\s*[:\uff1a]\s+(?!(?:A|An|The)\s)(\S.*)", line[lead.end:])  # "Kota Kinabalu: A delegation ...": a dateline
    return m is not None and len(m.group(1).split()) >= 3 and not T.is_title(m.group(1).rstrip(" .,;")) and \
        not N.find_names(m.group(1)[:40])


# (parser 1.33.0) the head of a roll line that names an office or a country before its members ("Directors: A, B",
# "* Botswana: President A", "Head of Finance: A")
_LINE_HEAD = re.compile(r"\s*(?P<bullet>" + N.BULLET + r"\s*)?(?P<head>[A-Z][\w'\u2019/&,. -]{0,50}?)[:\uff1a]\s+(?=\S)")


def _line_head(line: str) -> int:
    """Where a roll line's members begin: after a head that names an office ("Directors:", "Head of Finance:") or,
    after a bullet, a country ("* Botswana:"), with no verb in it; else at 0."""
    m = _LINE_HEAD.match(line)
    if not m or R.verb_hits(m.group(0)):
        return 0
    head = m.group("head").strip()
    office = N.roll_office(head)
    shaped = re.fullmatch(r"[A-Z][\w'\u2019-]*(?: [A-Za-z][\w'\u2019-]*){0,4}", head)
    # (1.43.0) a country needs no bullet: "Botswana: His Honourable Mr. A", "United Republic of Tanzania: Dr B"
    country = shaped and (head.lower() in PLACE_NAMES or head.split()[-1].lower() in COUNTRY_WORDS)
    return m.end() if office or m.group("bullet") and shaped or country else 0


def _shift(sp: N.NameSpan, by: int) -> N.NameSpan:
    return N.NameSpan(sp.start + by, sp.end + by, sp.name, sp.rule)


# rule `absent_label` in prose (parser 1.33.0): "The President granted leave of absence to Sen. A and to Sen. B",
# "Apologies were received from A", "A and B were absent", "A sent her apologies": they were not there (1.35.0:
# "Apologies were accepted from A", "A, B and C were excused")
_ABSENT_AFTER = re.compile(r"\bleave\s+of\s+absence\s+(?:was\s+|were\s+)?(?:granted\s+)?(?:to|for)\b|"
                           r"\bapolog(?:ies|y)\s+(?:for\s+absence\s+)?(?:were\s+|was\s+)?(?:received|tendered|noted|accepted)\s+"
                           r"(?:from|for|on\s+behalf\s+of)\b|"  # (1.36.0) "That the apology received from Cr A"
                           # (1.56.0) "Absent from this meeting were Board Chairman A and Manager B", "Absent were A"
                           r"\babsent\s+(?:from\s+(?:the|this|today['\u2019]s)\s+(?:\w+\s+)?(?:meeting|session|sitting)\s+)?"
                           r"(?:were|was)\b", re.I)
_ABSENT_BEFORE = re.compile(r"\b(?:was|were)\s+(?:also\s+)?(?:absent|excused)\b|\bsent\s+(?:(?:his|her|their)\s+)?apologies\b|"
                            # (1.36.0) "President A sent his best wishes, as he was unable to attend the meeting"
                            r"\b(?:was|were)\s+unable\s+to\s+(?:attend|be\s+present|join)\b|"
                            # (1.50.0) "A, who is also a member of the NSC, was not present at today's meeting" (not
                            # at another session, nor "did not attend the opening session but joined ...")
                            r"\b(?:(?:was|were)\s+not\s+(?:present|in\s+attendance)|(?:did|could)\s+not\s+attend)\b"
                            r"(?![^.;]*\b(?:previous|last|earlier|opening|closing|first|morning|afternoon|but)\b)|"
                            r"\b(?:was|were)\s+granted\s+leave\s+of\s+absence\b", re.I)


def absences(doc: Doc, col: Collector) -> None:
    """Persons a sentence of minutes says were absent (see `_ABSENT_AFTER`): mentions, never attendees."""
    for s, spans in zip(doc.sentences, doc.names_by_sentence):
        after = _ABSENT_AFTER.search(s.text)
        before = _ABSENT_BEFORE.search(s.text)
        for sp in spans:
            if after and sp.start >= after.end() and not re.search(r";|\b(?:were|was)\s+appointed\b",
                                                                     s.text[after.end():sp.start]) or \
                    before and sp.end <= before.start() and _clause_start(s.text, before.start()) <= sp.start:
                col.absent.add(N.person_key(sp.name))


def _office_lead(prefix: str) -> bool:
    """(parser 1.32.0) a roll line may open with the member's office: "Commissioner Lee Constantine", "Deputy Mayor X";
    (1.34.0) or with the office and the name in brackets: "The Deputy Chancellor (Mrs F S Marles)"."""
    office = re.sub(_BULLET, "", prefix).strip()
    bracketed = re.sub(r"\s*\((?:\s*(?:The\s+)?(?:" + "|".join(HONORIFICS) + r"|Hon|Professor|Associate|Rev|Sir|Dame)\b\.?)*\s*$",
                       "", office)
    if bracketed != office:
        office = re.sub(r"^The\s+|\s*\([^()]{1,40}\)", "", bracketed)  # "The Deputy Vice-Chancellor(Academic)"
    return 0 < len(office) <= 90 and T.is_title(office)


_BULLET = re.compile(r"^(?:" + N.BULLET + r"|\s)*")


# what may follow the name of a line in an unlabelled roll: a bracket ("(via Zoom)"), an office after a dash or comma
# (1.57.0) a longer office in capitals, its bracket after it: "David Behan CBE, Director General – Social Care, Local
# Government & Care Partnerships", "Rt Hon A MP, Minister of State for Health (left the meeting at 3:10pm)"
_CAPITALISED_OFFICE = (r"(?:(?:[A-Z][\w'\u2019-]*|of|for|and|the|to|in|on|&|[\u2013-])[ ,]*){1,14}?"
                       r"(?:\([^()]{0,40}\))?")
_NAME_LINE_REST = re.compile(N.POST_NOMINAL + r"*"  # (1.50.0) "Jane Hutt MS"
                             r"\s*(?:\([^()]{0,40}\))?\s*(?:[-\u2013\u2014,]\s+(?:[^.;:]{0,60}|" + _CAPITALISED_OFFICE + r"))?")


# rule `initialled_roll` (parser 1.36.0): a minutes' roll flattened into one line by a transcription, its labels in
# capitals and its members written by initials and surname between offices ("PRESENT Alderman O Daniels Speaker Alderman
# M Koen Executive Mayor (Chairperson) Councillor ST Vries ... OFFICIALS H Mettler Municipal Manager G Smith Director:
# Engineering ... C de Kock Director: ..."): every initialled name of a present or officials segment was there
_CAPS_ROLL_WORD = re.compile(r"\b(?:(?P<absent>ABSENT|APOLOGIES|EXCUSED|ABSENCE)|(?P<present>PRESENT|OFFICIALS|ATTENDANCE|"
                             r"ATTENDEES)|MEMBERS|COUNCILLORS|STAFF|ALSO|IN|OF|LEAVE|WITH|[A-Z]{4,})\b")
_INITIALLED_NAME = re.compile(r"(?<![\w'\u2019.&/-])[A-Z]{1,3} (?:(?:van|de|du|le|la|der|den|von|da)\s+){0,2}"
                              r"[A-Z][a-z\u00e0-\u00ff'\u2019]+(?:-[A-Z][a-z\u00e0-\u00ff]+)?(?![\w'\u2019-])")


def initialled_rolls(doc: Doc, col: Collector) -> None:
    """Rule `initialled_roll` (see `_INITIALLED_NAME`): three or more such names, or none."""
    for s in doc.sentences:
        found: list[tuple[N.NameSpan, bool]] = []
        present = False
        pos = 0
        for word in [*_CAPS_ROLL_WORD.finditer(s.text), None]:
            end = word.start() if word else len(s.text)
            if present:
                found += _segment_names(s.text, pos, end)
            if word is None:
                break
            if word.group("present") or word.group("absent"):
                present = bool(word.group("present"))
            elif word.group(0) not in ("MEMBERS", "COUNCILLORS", "STAFF", "ALSO", "IN", "OF", "WITH", "LEAVE"):
                present = False  # another heading ("INDEX", "OPENING") ends the roll
            pos = word.end()
        if len(found) < 3:
            continue
        for sp, chair in found:
            sp = _roll_person(doc, sp)
            key = N.person_key(sp.name)
            col.add(Subject("person", key), "attend", s.text, "initialled_roll")
            if chair:
                col.add(Subject("person", key), "chair", s.text, "label_chair")


def _segment_names(text: str, start: int, end: int) -> list[tuple[N.NameSpan, bool]]:
    """The initialled names between `start` and `end`, each with whether a "(Chairperson)" follows before the next."""
    ms = [m for m in _INITIALLED_NAME.finditer(text, start, end) if N.plain_surname(m.group(0).rsplit(" ", 1)[-1])]
    out = []
    for i, m in enumerate(ms):
        upto = ms[i + 1].start() if i + 1 < len(ms) else end
        out.append((N.NameSpan(m.start(), m.end(), m.group(0), "initialled_roll"),
                    bool(_MARKED_CHAIR.search(text, m.end(), upto))))
    return out


def name_line_rolls(doc: Doc, col: Collector) -> None:
    """Rule `name_lines` (parser 1.32.0): three or more lines in a row that each hold a name alone, perhaps with a
    bracket or an office after a dash ("R Barker", "W Foley (via Zoom)", "M Paku – Committee Co-chair"), are the
    minutes' roll of those present, whose label the page's table lost."""
    run: list[tuple[Any, N.NameSpan]] = []
    decided = {evidence for _, evidence in col.placed_in}  # lines a label placed already ("Speakers:", then a line each)
    for s, spans in [*zip(doc.sentences, doc.names_by_sentence), (None, [])]:
        lead = _name_line(doc, s, spans) if s is not None and s.text not in decided else None
        if lead is not None:
            run.append((s, lead))
            continue
        if len(run) >= 3:
            for line, sp in run:
                col.add(Subject("person", N.person_key(_roll_person(doc, sp).name)), "attend", line.text, "name_lines")
        run = []


def _name_line(doc: Doc, s, spans: list[N.NameSpan]) -> N.NameSpan | None:
    text = s.text.rstrip()
    if len(text) > 100 or text.endswith(".") and not re.search(r"\b[A-Z]\.$", text) or \
            not _whole_paragraph(doc.text, s):
        return None
    lead = spans[0] if spans and _LEAD_FILLER.fullmatch(text, 0, spans[0].start) else N.roll_lead_name(text)
    if lead is None or not _NAME_LINE_REST.fullmatch(text, lead.end):
        return None
    return lead


def _whole_paragraph(text: str, s) -> bool:
    before = text[:s.start].rstrip(" \t")
    after = text[s.end:].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


_INSPECT = re.compile(r"\b(?:inspected|visited|went\s+to|toured|investigated|surveyed|conducted\s+(?:an?\s+)?"
                      r"(?:inspection|investigation|survey|research)|paid\s+(?:a\s+)?visits?)\b", re.I)


def _inspection_subject(ps: SentenceParse) -> str | None:
    """Rule `inspection_actor`: the single person subject of the first inspection/visit verb of a sentence."""
    for m in _INSPECT.finditer(ps.t):
        if R.governed(ps.t, m.start(), m.group(0)) or _visit_elsewhere(ps.t, m):
            continue
        persons = [x.name for x in ps.subjects_before(m.start(), "attend") if x.kind == "person"]
        return persons[0] if len(persons) == 1 else None
    return None


def _visit_elsewhere(t: str, m: re.Match) -> bool:
    """Rule `visit_elsewhere`: "He recalled that President X visited the museum last year": a reported or earlier
    visit is no inspection by a participant."""
    if reported_clause(t, m.start()):
        return True
    after = re.match(r"[^;:]{0,120}", t[m.end():]).group(0)
    return bool(re.search(r"\b" + _PAST_TIME, after) or _ELSEWHERE.search(t, _clause_start(t, m.start()), m.start()))


def inspectors(doc: Doc, verbs: re.Pattern = _INSPECT) -> dict[str, str]:
    """Persons who are the subject of an inspection/visit verb (participants, never mentions) -> the first
    sentence that says so."""
    if verbs.pattern in doc.inspected:  # asked by every rule that needs the placed people: found once
        return doc.inspected[verbs.pattern]
    out: dict[str, str] = doc.inspected.setdefault(verbs.pattern, {})
    for s, spans in zip(doc.sentences, doc.names_by_sentence):
        for m in verbs.finditer(s.text):
            if R.governed(s.text, m.start(), m.group(0)) or _visit_elsewhere(s.text, m):
                continue
            ps = SentenceParse(doc, s, spans)
            for sub in ps.subjects_before(m.start(), "attend"):
                if sub.kind == "person":
                    out.setdefault(sub.name, s.text)
    return out


_VISIT_KIND = r"(?:(?:courtesy|official|working|farewell|introductory|condolence|state)\s+)?"
_VISITED = re.compile(r"\b(?:visited|paid\s+(?:a\s+|an\s+)?" + _VISIT_KIND + r"(?:visits?|calls?)\s+to|"
                      r"(?:came|went)\s+to\s+(?!power\b|an?\s)(?:the\s+)?\w+|"
                      # (1.51.0) the one visited before the visit: "paid the President a farewell visit"
                      r"paid\s+(?:the\s+|his\s+|her\s+)?(?-i:[A-Z][\w'\u2019-]*\s+){1,4}an?\s+" + _VISIT_KIND +
                      r"(?:visit|call))\b",
                      re.I)  # (1.50.0) "paid a courtesy call to the Ministry", "paid a working visit to"


def visitors(doc: Doc, col: Collector) -> None:
    """Rule `visit_subject`: "Experts from X, A and B visited our hospital", "Chief Minister X paid a visit to the
    Party Secretary Office": a person who paid the visit the readout reports was at it (GUIDELINES 2.6: the
    visitors were present), when no other rule placed them. An inspection ("inspected", "toured",
    "investigated") leaves its leader a participant without a row."""
    settled = _placed(doc, col, inspections=False) | col.remote | col.elsewhere | col.reported
    for key, sentence in inspectors(doc, _VISITED).items():
        if key not in settled and key in doc.persons and not _EARLIER_VISIT.search(sentence):
            col.add(Subject("person", key), "attend", sentence, "visit_subject")


# "... when President X visited China," said Y: a visit quoted or set in a "when" clause is an earlier one
_EARLIER_VISIT = re.compile(r"[\u201c\"][^\u201d\"]*\b(?:visited|paid)\b|\b(?:when|since|after)\b[^,;]*\b(?:visited|paid)\b")


def _verbless_list(sentence: str) -> bool:
    """"Wang Zhonglin, Li Sa": a sentence made only of names (often a truncated list)."""
    rest = re.sub(r"[A-Z][a-z]+(?:['\u2019][a-z]+)?", "", sentence)
    return not re.search(r"[a-z]{3,}", rest)


_PRESENCE_VERB = re.compile(r"\b(?:attended|(?:was|were)\s+(?:also\s+)?present|accompanied)\b", re.I)
_LIST_GAP_WORD = re.compile(r"\b[a-z][\w'\u2019-]*")
_LIST_GAP_OK = {"and", "of", "the", "in", "for", "at", "also", "all", "both", "respectively", "as", "well", "to"}


def _listed_as_present(t: str, sp: N.NameSpan) -> bool:
    """Rule `listed_as_present` (a safety net for lists the subject grammar could not parse): a name followed,
    through nothing but names, titles, commas and "and", by "attended" / "were present" / "accompanied" is a
    participant, never a mention ("..., Vice Chairman X and Secretary-General of the Y Committee Z attended")."""
    m = _PRESENCE_VERB.search(t, sp.end)
    if not m or R.governed(t, m.start(), m.group(0)) or reported_clause(t, m.start()):
        return False
    gap = t[sp.end:m.start()]
    if re.search(r"['\u2019]s\b|[;:()]|\bthat\b", gap) or len(gap) > 300:
        return False
    return all(w in _LIST_GAP_OK for w in _LIST_GAP_WORD.findall(gap))


def _placed(doc: Doc, col: Collector, inspections: bool = True) -> set[str]:
    present = {N.person_key(n) for n in col.chairs}
    present |= set(col.speakers) | set(col.attendees) | col.participants
    return present | set(inspectors(doc)) if inspections else present


@dataclass
class _Asked:
    """The placed people `syntax_roles` asks again, by what they may still gain (see there)."""
    only_presence: set[str]
    only_speech: set[str]
    only_chair: set[str]
    hosts: set[str]

    def wanted(self, key: str, found: S.SyntaxRole, reference: bool) -> bool:
        if key in self.only_chair and found.role == "chair":
            return True
        if key in self.hosts and found.rule == "syntax_counterpart" and not reference:
            return True
        return (key not in self.only_presence or found.role == "attend") and \
            (key not in self.only_speech or found.role == "speech") and (not reference or found.role == "speech")


def syntax_roles(doc: Doc, col: Collector) -> None:
    """People the lexical rules left without a role: the dependency parse of the sentences that name them
    (`syntax.role_of`) gives them one where a role predicate governs the name; the rest stay mentions."""
    placed = _placed(doc, col)
    # speakers whose presence no rule stated are asked too, for presence only ("Vice Minister X headed a
    # delegation to the meeting. ... X said": a speaker and an attendee)
    only_presence = {k for k in col.speakers if k not in col.attendees and k in doc.persons}
    # attendees whom no rule made speakers are asked for speech ("A, B and C attended. ... C praised the city's
    # growth, saying ..."): a speech verb the lexical rules do not know
    # (and so are participants: the host who "met" the guests, then "welcomed the delegation")
    # (1.35.0: and the leader of an inspection, "Vice governor A inspected the base ... A fully affirmed the work")
    only_speech = {k for k in [*col.attendees, *col.participants, *inspectors(doc)] if k not in col.speakers and
                   k in doc.persons}
    # speakers who are not chairs are asked for the chair where a sentence says someone presided (rule
    # `syntax_agent` and kin: "the opening ceremony was presided over by X. ... X pointed out": both)
    only_chair = {k for k in col.speakers if k in doc.persons and doc.persons[k].name not in col.chairs}
    # hosts who "met" the guests are asked whether another sentence makes them the one met (parser 1.27.0: "X called
    # on Prime Minister Y. ... the Prime Minister met with X": Y attended)
    hosts = {k for k in col.participants if k not in col.attendees and k in doc.persons}
    asked = _Asked(only_presence, only_speech, only_chair, hosts)

    def ask(key: str, sentence: str) -> bool:
        if key not in doc.persons or key in col.remote or (key, sentence) in col.placed_in:
            return False
        if key not in placed:
            return True
        return key in only_presence or key in only_speech and S.may_speak(sentence) or \
            key in only_chair and bool(_CHAIR_CUE.search(sentence)) or key in hosts

    todo = [(s, [sp for sp in spans + reference_spans(doc, col, s, spans) if ask(N.person_key(sp.name), s.text)])
            for s, spans in zip(doc.sentences, doc.names_by_sentence)]
    todo = [(s, spans) for s, spans in todo if spans]
    if not todo:
        return
    for (s, spans), parsed in zip(todo, doc.parses([s.text for s, _ in todo])):
        fronted = _FRONTED_CLAUSE.match(s.text)
        for sp, found in zip(spans, S.roles_in_sentence(s.text, [(sp.start, sp.end) for sp in spans], parsed)):
            key = N.person_key(sp.name)
            if found is not None and found.role == "speech" and fronted and sp.end <= fronted.end():
                continue  # `fronted_clause`: "Pleased to meet again with X, the Prime Minister said": X did not speak
            if _ENVOY_OF.search(s.text, max(0, sp.start - 80), sp.start):
                continue  # rule `envoy_principal` (parser 1.28.0): "received the Special Envoy of President X": X sent him
            if found is not None and found.role == "host":
                if key not in placed and sp.rule != "reference":
                    col.participants.add(key)  # rule `syntax_host`: the host; `meeting_host` gives the row
                    col.hosts.setdefault(key, s.text)
                continue
            if found is not None and asked.wanted(key, found, sp.rule == "reference"):
                col.add(Subject("person", key), found.role, s.text,
                        "syntax_reference" if sp.rule == "reference" else found.rule)
            if found is not None and found.present and key not in col.attendees and sp.rule != "reference":
                col.add(Subject("person", key), "attend", s.text, found.rule)


_CHAIR_CUE = re.compile(r"\b(?:presid|chair|host)", re.I)
_ENVOY_OF = re.compile(r"\b(?:(?:" + "|".join(sorted(ENVOY_NOUNS)) + r")s?\s+of|(?:" +
                       "|".join(sorted(ENVOY_NOUNS | ADVISER_NOUNS)) + r")s?\s+to)\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,4}$",
                       re.I)  # (1.39.0) "Special Adviser to Japanese Prime Minister X"
_REFERENCE_TOKEN = re.compile(r"(?<![\w'\u2019.-])[A-Z][a-z]+(?:-[a-z]+)?(?![\w'\u2019-])")


def _reference_words(doc: Doc) -> frozenset[str]:
    """The words that may refer to a known person of two words or more (computed once per document)."""
    if doc.reference_words is None:
        doc.reference_words = frozenset(w for p in doc.persons.values() if len(p.name.split()) >= 2
                                        for w in (N.surname_of(p.name), p.name.split()[0], p.name.split()[-1]))
    return doc.reference_words


def reference_spans(doc: Doc, col: Collector, s, spans: list[N.NameSpan]) -> list[N.NameSpan]:
    """Rule `syntax_reference`: a person named in full earlier and referred to here by surname alone ("Chen
    congratulated Coderre", "Director General Cao welcomed the delegation"): the reference is a span of that person
    for the parse, so a speech predicate the lexical rules do not know still makes them a speaker (only speech: a
    bare reference is too weak a ground for presence)."""
    out: list[N.NameSpan] = []
    # an act the lexical rules placed elsewhere or reported, or words to the press, are no role here either
    settled = col.elsewhere | col.reported | doc.external | doc.press
    words = _reference_words(doc)
    for m in _REFERENCE_TOKEN.finditer(s.text):
        if m.group(0) not in words or any(sp.start <= m.start() < sp.end for sp in spans):
            continue
        key = doc.resolve(m.group(0), s.start + m.start())
        p = doc.persons.get(key) if key else None
        if p is None or p.first >= s.start + m.start() or len(p.name.split()) < 2 or key in settled or \
                m.group(0) not in (N.surname_of(p.name), p.name.split()[-1]) and not (
                    m.group(0) == p.name.split()[0] and N.is_surname(m.group(0))):  # "Ong" for "Ong Ka Ting"
            continue
        out.append(N.NameSpan(m.start(), m.end(), p.name, "reference"))
    return out


# "to" ends a list after a cue ("were invited by X to attend"), except in an office: "Ambassador to the Philippines"
_OFFICE_TO = "".join(f"(?<!{w})(?<!{w.capitalize()})" for w in ("ambassador", "envoy", "representative", "delegate",
                                                                 "consul", "adviser", "advisor", "minister", "aide",
                                                                 "secretary", "assistant", "counsellor", "counselor"))
_NO_SUBJECT_BETWEEN = re.compile(r"[;:]|\b(?:that|which|who|whom|whose|after|before|when|while|where)\b", re.I)


def presence_sentences(doc: Doc, col: Collector) -> None:
    """Rule `presence_sentence`: a person whom neither the lexical rules nor the parse placed, named before the
    sentence's presence verb ("attended", "were present") with no other role verb, clause word or semicolon
    between, and with no reference the parse shows, attended: the list before the verb had a shape no rule knows
    ("The Vice Chairman of X, Mr. A, the President of Y Co., Ltd., Mr. B, Director of Z and ..., attended the forum")."""
    # (1.37.0) a speaker whom no rule made present is asked too: "A, B and C attended the ceremony. ... A said"
    settled = (_placed(doc, col) - {k for k in col.speakers if k not in col.attendees}) | col.remote | col.elsewhere | \
        col.reported
    todo = []
    for s, spans in zip(doc.sentences, doc.names_by_sentence):
        left = [sp for sp in spans if N.person_key(sp.name) in doc.persons and N.person_key(sp.name) not in settled]
        hits = R.verb_hits(s.text) if left else []  # most sentences name no one left without a role
        for sp in left:
            key = N.person_key(sp.name)
            nxt = next((h for h in hits if h.start >= sp.end), None)
            if nxt is None or nxt.role != "attend" or nxt.form != "finite" or \
                    _NO_SUBJECT_BETWEEN.search(s.text, sp.end, nxt.start) or \
                    speech_elsewhere(s.text, _clause_start(s.text, nxt.start), nxt) or reported_clause(s.text, nxt.start):
                continue
            todo.append((s, sp, key, _coordinated_speech(s.text, hits, nxt)))
    if not todo:
        return
    texts = list(dict.fromkeys(s.text for s, _, _, _ in todo))
    parsed = dict(zip(texts, doc.parses(texts)))
    for s, sp, key, spoke in todo:
        if key not in col.attendees and S.evidence_in_sentence(s.text, [(sp.start, sp.end)], parsed[s.text])[0] is None:
            col.add(Subject("person", key), "attend", s.text, "presence_sentence")
            if spoke:
                col.add(Subject("person", key), "speech", s.text, "presence_sentence")


def _coordinated_speech(t: str, hits: list[R.VerbHit], attend: R.VerbHit) -> bool:
    """(parser 1.35.0) "..., presented at the opening ceremony and delivered their speeches": a speech verb
    coordinated with the presence verb has the same subjects."""
    nxt = next((h for h in hits if h.start >= attend.end), None)
    return nxt is not None and nxt.role == "speech" and nxt.form == "finite" and \
        re.fullmatch(r"[^;:,.]{0,80}?\s+and\s+(?:also\s+|then\s+)?", t[attend.end:nxt.start]) is not None and \
        not _NO_SUBJECT_BETWEEN.search(t, attend.end, nxt.start)


def delegation_heads(doc: Doc, col: Collector) -> None:
    """Rule `syntax_delegation_head` (syntax.heads_a_delegation) for the people no other rule placed."""
    settled = _placed(doc, col) | col.remote | col.elsewhere | col.reported
    todo = [(s, sp) for s, spans in zip(doc.sentences, doc.names_by_sentence) for sp in spans
            if _HEADED_BY.search(s.text) and N.person_key(sp.name) in doc.persons and N.person_key(sp.name) not in settled]
    if not todo:
        return
    texts = list(dict.fromkeys(s.text for s, _ in todo))
    parsed = dict(zip(texts, doc.parses(texts)))
    for s, sp in todo:
        if S.delegation_heads_in_sentence(s.text, [(sp.start, sp.end)], parsed[s.text])[0]:
            col.add(Subject("person", N.person_key(sp.name)), "attend", s.text, "syntax_delegation_head")


_HEADED_BY = re.compile(r"\b(?:led|headed)\s+by\b", re.I)

# "the two leaders discussed ...", "The two officials talked about ...", "both leaders stressed ..."
_THE_TWO = re.compile(r"\b(?:the\s+two|both)\s+(?:leaders|officials|ministers|dignitaries|heads)\s+(?:also\s+|further\s+|"
                      r"then\s+|jointly\s+)?(?:(?:discussed|talked|exchanged|agreed|reviewed|pledged|reaffirmed|spoke)\b|"
                      r"(?=" + R.SPEECH.pattern + r"))", re.I)
# (1.46.0) "They stressed the history of the relationship": a sentence that opens with the pair and speaks
_THEY_SAID = re.compile(r"^They\s+(?:also\s+|further\s+|jointly\s+)?(?:said|stressed|emphasi[sz]ed|underlined|underscored|"
                        r"highlighted|noted|expressed|pointed\s+out)\b")


def pair_speakers(doc: Doc, col: Collector) -> None:
    """Rule `pair_speech`: "A received B ... The two leaders discussed ...": the two people of the meeting the
    readout opens with both spoke. The pair is the first sentence naming exactly two people, one of them its
    counterpart (met, received, called on)."""
    said = next((s.text for s in doc.sentences for m in [_THE_TWO.search(s.text) or _THEY_SAID.match(s.text)]
                 if m and not reported_clause(s.text, m.start())), None)
    if said is None:
        return
    for s, spans in zip(doc.sentences, doc.names_by_sentence):
        keys = list(dict.fromkeys(N.person_key(sp.name) for sp in spans if N.person_key(sp.name) in doc.persons))
        if any(col.attendees.get(k, {}).get("rule") in _COUNTERPART_RULES and col.attendees[k]["evidence"] == s.text
               for k in keys):
            if len(keys) == 2 and not set(keys) & (col.elsewhere | col.reported):
                for k in keys:
                    col.add(Subject("person", k), "speech", said, "pair_speech")
            return


_COUNTERPART_RULES = ("meet_object", "syntax_counterpart")


_LABEL_ALONE = re.compile(r"\s*(?:(?:Media|Press)\s+)?(?:Contacts?|Authors?|Editors?|Reporters?|Photos?|Source)\s*[:\uff1a]\s*",
                          re.I)


def collect_mentions(doc: Doc, col: Collector, bylines: list[str] | tuple = ()) -> tuple[list[dict], list[dict]]:
    """(mentions, unplaced). A mention rests on positive evidence: a credit or byline, an act placed elsewhere or
    reported, words to the press, or a reference the parse shows (`syntax.mention_evidence`). A person named but
    neither placed at the meeting nor referred to in such a way is *unplaced*: listed for review, never guessed
    to be a mention."""
    present = _placed(doc, col)
    out: dict[str, dict] = {}
    # credits in the body, then the page's byline lines outside it (extract/bylines.py)
    credits = [(s.text, N.byline_names(s.text)) for s in doc.sentences]
    # (1.50.0) a credit's label alone on its line, the name on the next: "Contact:" / "Amie Bojang-Sissoho"
    credits += [(nxt.text, N.byline_names(s.text.strip() + " " + nxt.text)) for s, nxt in zip(doc.sentences, doc.sentences[1:])
                if _LABEL_ALONE.fullmatch(s.text)]
    words = S.dictionary_words()
    credits += [(line, N.page_credit_names(line, words)) for line in bylines]
    credits += [(s.text, names) for s, names in _name_lines(doc, words)]
    for line, names in credits:
        for _, _, name in names:
            key = N.person_key(name)
            if key not in present and key not in out:
                out[key] = {"name": N.clean_name(name), "evidence": line, "rule": "byline"}
    pending: dict[str, list[tuple]] = {}  # person -> (sentence, span) where no rule decided
    listed: dict[str, dict] = {}  # (1.39.0) named only in lists no rule read: unplaced, never dropped
    for s, spans in zip(doc.sentences, doc.names_by_sentence):
        for sp in spans:
            key = N.person_key(sp.name)
            if key in present or key in out:
                continue
            # (before the list checks: "A, representing Premier B, and C" is a list of those present but B)
            early = "absent_label" if key in col.absent else "represented" if (
                col.noted.get(key) == "represented" or _represented(s.text, sp.name)) else "letter_addressee" if (
                col.noted.get(key) == "letter_addressee" or _addressee(s.text, sp.name)) else \
                "message_sender" if col.noted.get(key) == "message_sender" else \
                "deceased" if _deceased(s.text, sp.name) else _later_or_earlier(s.text, sp.name)
            if early:
                out[key] = {"name": doc.persons[key].name, "evidence": s.text, "rule": early}
                continue
            if _verbless_list(s.text) or _listed_as_present(s.text, sp):
                listed.setdefault(key, {"name": doc.persons[key].name, "evidence": s.text})
                continue
            reason = _mention_rule(doc, col, key)
            if reason:
                out[key] = {"name": doc.persons[key].name, "evidence": s.text, "rule": reason}
            else:
                pending.setdefault(key, []).append((s, sp))
    unplaced = []
    for key, found in _evidence(doc, pending).items():
        s, rule = found
        rule = rule or _late_mention_rule(doc, key)
        row = {"name": doc.persons[key].name, "evidence": s.text}
        if rule:
            out[key] = {**row, "rule": rule}
        else:
            unplaced.append(row)
    seen = set(out) | {N.person_key(u["name"]) for u in unplaced}
    unplaced += [row for key, row in listed.items() if key not in seen]
    return list(out.values()), unplaced


def _late_mention_rule(doc: Doc, key: str) -> str | None:
    """The mention rules asked of a person the parse gave no reference for."""
    if _only_reported(doc, key):
        return "named_in_report"  # "Z said that ... the leaders, President A and President B": named in a report
    if _every_mention(doc, key, _in_circumstance):
        return "fronted_reference"
    if _every_mention(doc, key, lambda t, sp: bool(_ENVOY_OF.search(t, max(0, sp.start - 80), sp.start))):
        return "reference_of"  # `envoy_principal`: "as the Special Envoy of President X" (the parse may miss it)
    if any(_FORMER.match(t) for t in doc.persons[key].titles):
        return "former_office"  # (1.54.0) "former premier John Horgan", "A, former Prime Minister of France", whom
        # no rule placed: a past office holder is referred to
    return None


_FORMER = re.compile(r"(?:former|late|erstwhile)\b|ex-(?!officio\b)[a-z]", re.I)  # (an ex-officio member sits now)


def _name_lines(doc: Doc, words: frozenset[str]) -> list[tuple]:
    """Rule `byline` for a name alone on a line of the text (1.51.0): the writer's line under the headline or after
    the last paragraph ("Elizabeth Hiyolwa", "Victor P Taffa"), a name the text writes nowhere else."""
    lines = [line.strip() for line in doc.text.split("\n") if line.strip()]
    ends = {i for i in range(len(lines)) if i < 4 or i >= len(lines) - 3}  # beside the headline or after the end

    def alone(line: str) -> list:
        return [n for n in N.page_credit_names(line, words) if n[2].split()[0].lower() in N.census_names()[0]] \
            if len(line) <= 40 else []  # a given name first: no menu or label line

    def short_label(line: str) -> bool:  # "Chairperson", "Signed", "Cabinet Secretary for Trade": a role, no credit
        office = T.is_title(line) and all(w[:1].isupper() or w in ("of", "for", "and", "the", "to", "in", "&")
                                          for w in line.split())  # an office line, not a headline's clause
        label = line.rstrip(":").lower()
        return len(line.split()) <= 6 and not re.search(r"\d", line) and (
            office or label in LABEL_ROLES or label in _SIGN_LABELS)

    out = []
    sentences = {s.text.strip(): s for s in doc.sentences}
    for i in sorted(ends):
        names = [n for n in alone(lines[i]) if doc.text.count(n[2]) == 1]
        beside = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        if names and lines[i] in sentences and not any(short_label(b) or alone(b) for b in beside):
            out.append((sentences[lines[i]], names))
    return out


_SIGN_LABELS = {"signed", "sgd", "sgd.", "approved"}  # a signature block's labels (LABEL_ROLES holds the role labels)


def _evidence(doc: Doc, pending: dict[str, list[tuple]]) -> dict[str, tuple]:
    """Per person: (sentence, mention rule) from the first sentence whose parse shows a reference, else
    (first sentence, None)."""
    pairs = [(key, s, sp) for key, where in pending.items() for s, sp in where]
    if not pairs:
        return {}
    texts = list(dict.fromkeys(s.text for _, s, _ in pairs))
    parsed = dict(zip(texts, doc.parses(texts)))
    out: dict[str, tuple] = {}
    for key, s, sp in pairs:
        rule = S.evidence_in_sentence(s.text, [(sp.start, sp.end)], parsed[s.text])[0]
        if key not in out or (out[key][1] is None and rule):
            out[key] = (s, rule)
    return out


def _mention_rule(doc: Doc, col: Collector, key: str) -> str | None:
    """The reason a rule already gave for a named person not being present, if any."""
    if key in doc.external:
        return "press_commentator"
    if key in col.noted:
        return col.noted[key]
    if key in col.elsewhere:
        return "speech_elsewhere"
    if key in col.reported:
        return "reported_act"
    return None
