"""Person names in readout English: small named rules.

Rules (corpus/GUIDELINES.md 2.4-2.7):
* `chinese_name`: romanised Chinese names, a one-syllable surname (or a compound surname such as
  Ouyang) and a given name of one or two pinyin syllables, apostrophes allowed ("Chen Min'er").
* `honorific_name`: "Mr. Deniel Andrews": an honorific followed by one to three capitalised words
  (the honorific is dropped from the name).
* `appositive_name`: "Deniel Andrews, Premier of Victoria": two or three capitalised words directly
  followed by an office title.
* `titled_name` / `titled_list_names`: an office word (singular or plural) before one name or a list of names,
  pinyin or not ("Vice Chairmen Chen Wei, Yusup Abdukadir and Li Tingting", "Vice Directors Tsering Dorje").
* `office_of_name`: a two-word name after an "office of organisation" title ("Consul General of Poland in
  Chengdu Anna Wi\u015bniewska"); portfolio and organisation words are never name words.
* Western names may use Latin letters beyond ASCII.
* `majority_spelling` / `spelling_variant` / `surname_alias` / `token_alias` / `initial_alias` (`canonical_names`,
  `variant_spans`): one person, one written form per document.
* `titled_single_name`: a one-word name (Mongolian, Uyghur, Tibetan single names) after an office or
  "interpreter": "Vice Chairman Bayartu"; never a pinyin surname (that is a back-reference) nor an office,
  organisation or headline word.  `office_word_not_name`: "Chief Executive Officer" is an office, not a name.
* `odd_case_name`: a given name in lower case inside a list ("Zheng shanjie, and other leaders"), or a surname in
  capitals after the given name ("Wei WANG"); `glued_title_name`: "General SecretaryXi Jinping".
* `entity_name` (`entity_names`): a name the model's NER finds where no rule found one ("Ambassador to China,
  Khalil Hashmi", "Datuk Johari Abdul", "Tan Sri Ong Ka Ting"), kept only inside a run of capitalised name words
  that holds a word no English dictionary has, with no organisation or place head in it.
* credits (`byline_names`): captions and credit labels, `by_line` ("By Zhao Lin in Lanzhou | ..."),
  `reporter_credit` ("(Xinhua reporter Zhao Lin)"), `single_word_credit` ("Translated by Sarangerel").
A name that runs straight into an organisation or place head word ("Xi Jinping Thought",
"Li Ning Company") is not a person.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from readouts.months import ABBREVIATIONS, FULL_NAMES, FULL_RE, WEEKDAYS
from readouts.pinyin import (  # noqa: F401 (re-exported)
    CANTONESE_SURNAMES,
    COMPOUND_SURNAMES,
    PINYIN,
    cantonese_shape,
    is_given_name,
    is_surname,
    syllables,
)
from readouts.transform.lexicon import (
    ACT_PARTICIPLES,
    ADDRESS_WORDS,
    ARABIC_GIVEN_NAMES,
    BUILDING_WORDS,
    BURMESE_SYLLABLES,
    CALENDAR_WORDS,
    COMMON_CHINESE_SURNAMES,
    COUNCIL_STYLES,
    COUNTRY_WORDS,
    DELEGATION_NOUNS,
    DOTTED_GIVEN_ABBREVIATIONS,
    FIELD_WORDS,
    FUNCTION_WORDS,
    GIVEN_ABBREVIATIONS,
    GROUP_NOUN_WORDS,
    HEADLINE_VERBS,
    HONORIFICS,
    KHMER_STYLE_WORDS,
    KOREAN_SURNAMES,
    LANDMARK_WORDS,
    LEGISLATURE_WORDS,
    LINEAGE_STYLES,
    MEDIA_WORDS,
    MODIFIERS,
    OFFICE_WORDS,
    ORG_HEADS,
    ORG_PREFIX_HEADS,
    PINYIN_PLACE_WORDS,
    PLACE_HEADS,
    PLACE_NAMES,
    POST_NOMINALS,
    PRESS_LABELS,
    RANK_ABBREVIATIONS,
    ROLL_OFFICE_WORDS,
    ROLL_STYLES,
    SENTENCE_ADVERBS,
    STYLE_WORDS,
    SURNAME_STYLES,
    SYLLABLE_HONORIFICS,
    TRADITIONAL_TITLES,
    VIETNAMESE_MIDDLE_NAMES,
    VIETNAMESE_SURNAMES,
    WIRE_AGENCIES,
)
from readouts.transform.sentences import dotted_given_name

# capitalised word pairs that read as pinyin but are not persons
NOT_PERSONS = {"hong kong", "tai chi", "feng shui", "kung fu", "wu shu", "ping pong", "xi an"}

# a "name" directly followed by one of these words belongs to an organisation/place/doctrine name
ORG_OR_PLACE_AFTER = re.compile(
    r"\s+(?:Thought|Theory|Road|Street|Avenue|Square|Park|Bridge|Town|Township|Village|County|District|City|"
    r"Province|Prefecture|Mountains?|River|Lake|Temple|University|College|School|Institute|Academy|Group|"
    r"Company|Co\b|Corporation|Building|Hall|Airport|Geopark|Station|Port|Bay|Island|Museum|Hospital|Foundation|"
    r"Center|Centre|Stadium|Zone|Area|Bank|Fund|Award|Prize|Memorial|Mausoleum|Residence|Cup|Forum)\b")

HONORIFIC = re.compile(r"\b(?:" + "|".join(HONORIFICS) + r")\.?\s+")

# Latin letters beyond ASCII ("Wi\u015bniewska", "\u00d6zt\u00fcrk"): upper and lower case classes for Western names
# (public: `parties` builds its back-reference pattern from them)
# Latin-1 to Latin Extended-B, and Latin Extended Additional for Vietnamese ("Phạm Minh Chính", parser 1.28.0)
_LATIN = [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
UP = "A-Z" + "".join(c for c in map(chr, _LATIN) if c.isupper() and c.isalpha())
LO = "a-z" + "".join(c for c in map(chr, _LATIN) if c.islower() and c.isalpha())
_CAP = r"[A-Z][a-z\u00fc]+(?:['\u2019](?!s\b)[a-z\u00fc]+)?"
_CAP_TOKEN = re.compile(r"[A-Z][a-z]+(?:['\u2019-][A-Za-z][a-z]*)?")
_PAIR = re.compile(r"(?<![\w'\u2019])(" + _CAP + r") (" + _CAP + r"(?:-[a-z]+)?)(?![\w]|['\u2019](?!s\b)|-[A-Za-z])")
# rule `western_word`: one word of a Western name: "Roux", "Jean-Yves", "Anwaar-ul-Haq", "O'Neill", "McAllister", "MacLeod", an
# initial "M." or joined initials "A.G." (never a dotted country or body abbreviation: "U.S.", "U.K.", "U.N."); (1.46.0)
# a capital after a particle: "LaRocque", "DeSantis", "DiMaggio", "DuBois", "VanDyke", "LeBlanc"; (1.47.0) Arabic names
# written as one word: "AlSabah", "AbdulRahman AbdulRazaq", "ElSayed"
_WESTERN_WORD = (r"(?:(?:Mc|Mac|(?-i:La|Le|De|Di|Du|Van|Al|El|Abdul|Abdel)(?=[A-Z][a-z]{2})|[OD]['\u2019]|(?-i:al|el|ad|as|ash|az|ar)-)?"
                 r"[" + UP + r"][" + LO + r"]+(?:(?:-[" + UP + r"]?[" + LO + r"]+){1,2}|['\u2019](?!s\b)[" +
                 UP + r"]?[" + LO + r"]+)?|(?!(?:U\.[SKN]|E\.U|P\.R|R\.O)\.)(?:[A-Z]\.){1,3}(?=\s))")
# the end of a name: no word character or apostrophe follows, but a possessive may ("Prime Minister Narendra Modi's visit")
_NAME_END = r"(?!\w|['\u2019](?!s\b))"
# a generational suffix closes a Western name: "Aquilino Pimentel III", "Martin Luther King Jr."
_NAME_SUFFIX = r"(?:,? (?:Jr|Sr)\.| (?:II|III|IV)(?![\w.]))?"
# particles inside a Western name ("Dominique de Villepin", "Ursula von der Leyen", "Ahmad bin Ali")
_PARTICLES = r"(?: (?:de|da|di|del|della|van|von|der|den|le|la|bin|bint|binti|al|el|Al|El|dos|das|du|ibn|ul|ud|ur|e|y))*"
# rule `honorific_name` takes every honorific but "Comrade"
# stacked styles are one style: "Dr. Prof. Chang Huigi" (not a person "Prof")
# (parser 1.30.0: also the style "Hon." of Commonwealth assemblies, "Hon. Nana Appiagyei Frank"; "Hon. Minister" is an
# office, skipped below)
# (parser 1.33.0) and the long styles of heads of state and Commonwealth ministers: "His Excellency Thabo Mbeki", "the
# Most Honourable Andrew Holness", "Dr. the Rt. Honourable Keith Mitchell", "Her Royal Highness A"
# (1.35.0) a dotted rank or legislator's style: "Gen. Kayonga", "Sen. Warner", "Rep. Banks"
# ("The Honourable X" alone stays with `office_name`, which checks that the document never writes X as a place)
# (1.43.0) "His/Her Lordship, Ladyship, Worship, Eminence"; "H.E." / "H.H." ("H.E. Agus Widjojo, Indonesia; H.E. ...")
_LONG_STYLE = (r"(?:(?:His|Her)\s+(?:Excellency|Majesty|(?:Royal\s+)?Highness|Lordship|Ladyship|Worship|Eminence)|"
               r"(?:[Tt]he\s+)?(?:Most|Right|Rt\.?)\s+Hon(?:ou?rable|\.)?|H\.\s?[EH](?=\.)|H\.E(?=\s[A-Z][a-z])|"
               r"(?:[Tt]he\s+)?(?:Most|Right|Rt\.?|Very)\s+Rev(?:erend|d)?(?=[.\s]))")  # (1.50.0) "Most Rev. Dr. A"
_LONG_STYLE_AT = re.compile(_LONG_STYLE)
_HONORIFIC_WORD = re.compile(r"\b(?:" + "|".join(HONORIFICS) + r")\b")  # "H.E. Mrs Harriet King": a person, "King" or not
# (1.35.0) a rank written out inside a stack of styles: "H.H. Lt. General Sheikh Saif bin Zayed Al Nahyan"
_RANK_WORDS = (r"(?:(?:Lieutenant|Major|Brigadier|Air|Vice|Rear)\s+)?(?:General|Colonel|Admiral|Marshal|Commodore|"
               r"Captain|Commander)")
_DOTTED_RANK = r"(?:" + "|".join(RANK_ABBREVIATIONS) + r")(?=\.)"  # "Sen.", "Lt.": its period follows
# (1.40.0) the bare style after a comma, a name of two words at least following: "the Prime Minister of Barbados,
# Honourable Freundel Stuart" (`honorific_names` checks the length)
_BARE_HONOURABLE = r"(?<=, )Honou?rable"
_BARE_HONOURABLE_AT = re.compile(_BARE_HONOURABLE)
# (1.41.0) "the Honourable" alone, before two name words at least: "Prime Minister of Dominica, the Honourable
# Roosevelt Skerritt presided" (`honorific_names` checks the length and that no word is an office's)
THE_HONOURABLE = r"[Tt]he\s+Honou?rable"  # (also read by parties.Doc._drop_places)
_THE_HONOURABLE_AT = re.compile(THE_HONOURABLE)
_HONORIFIC_NAME = re.compile(r"\b(?:" + "|".join(h for h in HONORIFICS + ("Hon",) if h != "Comrade") + r"|" + _LONG_STYLE +
                             r"|" + _BARE_HONOURABLE + r"|" + THE_HONOURABLE + r"|Honou?rables|Hons" +
                             r"|" + _DOTTED_RANK + r")\.?\s+(?:(?:" + "|".join(HONORIFICS) + r"|" + _LONG_STYLE +
                             r"|" + THE_HONOURABLE + r"|" + _DOTTED_RANK + r"|" + _RANK_WORDS +
                             r"|Hon(?=\.?\s+[A-Z]))\.?\s+)*+(" + _WESTERN_WORD +
                             r"(?:" + _PARTICLES + " " + _WESTERN_WORD + r"){0,3})" + _NAME_END)
# post-nominal letters between a name and its apposition ("Graham Stuart MP, Minister for ...", "Lord Garnier QC, ...")
POST_NOMINAL = r"(?:\s+(?:" + "|".join(POST_NOMINALS) + r"))"  # one of them, after a name
_POST_NOMINAL = POST_NOMINAL + "?"
# (a middle initial may lack its period: "Austin A Lane, President of ...")
_APPOSITIVE_NAME = re.compile(r"(?<![\w'\u2019])(" + _WESTERN_WORD + r"(?: [A-Z](?= [A-Z][a-z]))?(?:" + _PARTICLES + " " +
                              _WESTERN_WORD + r"){1,3})" + _POST_NOMINAL + r",  ?(?=\S)")  # (1.35.0) particles: "Mohamed
# Ould Cheikh El Ghazouani, received"; (1.43.0) two spaces after the comma: "Thawat Sumitmo,  Charge D’ Affaires"


@dataclass(frozen=True)
class NameSpan:
    start: int  # where the name (without honorific) starts
    end: int
    name: str
    rule: str  # chinese | honorific | appositive


# rule `one_letter_surname`: "E Jingping" (the surname 鄂 is written with one letter); never an initial ("H. E. Mr.")
_E_PAIR = re.compile(r"(?<![\w'\u2019.])(E) (" + _CAP + r")(?![\w]|['\u2019](?!s\b)|-[A-Za-z]|\.)")


def _in_a_roll(text: str, m: re.Match) -> bool:
    return bool(re.search(r"[A-Z][a-z]+,\s$", text[max(0, m.start() - 20):m.start()])) and \
        bool(re.match(r",\s[A-Z][a-z]+ [A-Z]|\s+and\s+[A-Z][a-z]+ [A-Z]", text[m.end():]))


def chinese_names(text: str, title_case: bool = False) -> list[NameSpan]:
    """Rule `chinese_name`. In a title-case headline the org/place-word check is skipped."""
    # a one-syllable given name only inside a roll of names: "..., Yang Shizhuang, E Tun, Liu Yongzan, ..."
    out = [NameSpan(m.start(), m.end(), m.group(0), "chinese") for m in _E_PAIR.finditer(text)
           if (syllables(m.group(2), 2) == 2 or syllables(m.group(2), 1) == 1 and _in_a_roll(text, m))
           and not ORG_OR_PLACE_AFTER.match(text, m.end())]
    pos = 0
    while True:
        m = _PAIR.search(text, pos)
        if not m:
            break
        pos = m.start(2)  # pairs overlap: "Secretary Xi Jinping" must still yield "Xi Jinping"
        sur, given = m.group(1), m.group(2)
        if not is_surname(sur) or not is_given_name(given):
            continue
        name = m.group(0)
        if name.lower().replace("'", " ").replace("\u2019", " ") in NOT_PERSONS or name.lower() in NOT_PERSONS:
            continue
        if not title_case and ORG_OR_PLACE_AFTER.match(text, m.end()):
            continue
        if given in ("Tan", "Puan") and re.match(r"\s+S(?:ri|eri)\b", text[m.end():]):
            continue  # (1.39.0) "Gen Tan Sri Mohammad Ab Rahman": a rank, then the Malay style "Tan Sri"
        out.append(NameSpan(m.start(), m.end(), name, "chinese"))
    return out


# rule `upper_surname`: a surname written in capitals before a capitalised pinyin given name, as embassies and
# international bodies write Chinese names ("Ambassador HUANG Xing", "GAO Yunlong, Vice Chairman of ...")
_UPPER_PAIR = re.compile(r"(?<![\w'\u2019-])([A-Z]{2,6}) (" + _CAP + r"(?:-[a-z]{2,6})?)(?![\w'\u2019-]|\s+[A-Z])")  # (1.35.0)
# a hyphenated given name: "Professor LIAO Zhong-xing"


# rule `japanese_upper_surname`: "President FUJISAWA Masato", "NAKAMURA Tamotsu (Director ...)": a surname in capitals
# before a given name, both made of Hepburn syllables ("oh" for a long o), as Japanese universities and cities write
_HEPBURN = re.compile(r"(?:(?:kk|tt|ss|pp)?(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|w|y)?[aeiou]h?)|n(?![aeiouy]))+", re.I)
_HONORIFIC_WORDS = {h.lower() for h in HONORIFICS}


def _word_before(text: str, pos: int) -> str:
    words = text[max(0, pos - 24):pos].split()
    return words[-1].lower().rstrip(".") if words else ""
_UPPER_JAPANESE = re.compile(r"(?<![\w'\u2019-])([A-Z]{3,10}) ([A-Z][a-z]{2,9})(?![\w'\u2019-])")


def upper_surname_names(text: str) -> list[NameSpan]:
    # ... only after an office word or an honorific, or before a bracket ("MOFA Japan" is a ministry)
    out = [NameSpan(m.start(), m.end(), m.group(1).capitalize() + " " + m.group(2), "upper_surname")
           for m in _UPPER_JAPANESE.finditer(text)
           if not is_surname(m.group(1)) and _HEPBURN.fullmatch(m.group(1)) and _HEPBURN.fullmatch(m.group(2))
           and not ORG_OR_PLACE_AFTER.match(text, m.end()) and (
               re.match(r"\s*\(", text[m.end():]) or _word_before(text, m.start()) in OFFICE_WORDS | _HONORIFIC_WORDS)]
    for m in _UPPER_PAIR.finditer(text):
        sur, given = m.group(1), m.group(2)
        if is_surname(sur) and is_given_name(given) and not ORG_OR_PLACE_AFTER.match(text, m.end()):
            out.append(NameSpan(m.start(), m.end(), sur.capitalize() + " " + given, "upper_surname"))
    for m in _UPPER_WHOLE.finditer(text):  # (1.43.0) "WANG BIN, Member of the Standing Committee ..."
        sur, given = m.group(1), m.group(2).capitalize()
        office = _office_word(m.group(3)) or m.group(3).lower() in MODIFIERS and _office_word(m.group(4) or "")
        if office and is_surname(sur) and is_given_name(given):
            out.append(NameSpan(m.start(), m.end(2), sur.capitalize() + " " + given, "upper_surname"))
    return out


# both words in capitals, the office after a comma: "WANG BIN, Member of ...", "LI QIANG, Deputy Director"
_UPPER_WHOLE = re.compile(r"(?<![\w'\u2019-])([A-Z]{2,6}) ([A-Z]{2,8}),\s+([A-Z][\w-]*)(?:\s+([A-Z][\w-]*))?")


# (1.34.0) a chair verb capitalised by mistake after a name: "Mr. Praful Patel Chaired the Executive Committee"; no
# word of a name either (`_NOT_ENTITY_WORDS`)
_CHAIR_VERB_WORDS = ("chaired", "presided", "co-chaired", "hosted")
_CAPITALISED_VERB = re.compile("|".join(w.capitalize() for w in _CHAIR_VERB_WORDS))


_KHMER_AFTER_FIRST = "|".join(KHMER_STYLE_WORDS[1:])  # the words of a Cambodian style after its first ("Samdech")
_KHMER_STYLED = re.compile(r"Samdech(?:\s+(?:" + _KHMER_AFTER_FIRST + r"))*+\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})\b")


# words of a modifier, a body, a place or a function: never a word of a name after a style (one set, built once)
_NOT_NAME_WORDS = MODIFIERS | ORG_HEADS | PLACE_HEADS | FUNCTION_WORDS


def honorific_names(text: str) -> list[NameSpan]:
    """Rule `honorific_name`: "Mr. Yin Li" -> Yin Li; "Mr. Ambassador", "Madam Chair" address an office."""
    out = []
    pos = 0
    while (m := _HONORIFIC_NAME.search(text, pos)) is not None:
        pos = m.end()
        inner = _HONORIFIC_WORD.search(text, m.start(1), m.end(1))
        if inner and _LONG_STYLE_AT.match(text, m.start()) and not _HONORIFIC_WORD.search(text, m.start(), m.start(1)) \
                and any(_office_word(w) for w in text[m.start(1):inner.start()].split()):
            pos = inner.start()  # (1.49.0) "His Highness Prime Minister Sheikh Jaber Al-Mubarak": the name after the
            continue  # honorific that follows the office (the long style heads the office, not the name)
        words = m.group(1).split()
        khmer = _KHMER_STYLED.match(text, m.start(1))
        if khmer:  # (1.45.0) "H.E. Samdech Akka Moha Ponhea Chakrei Heng Samrin": the name after the long style
            out.append(NameSpan(khmer.start(1), khmer.end(1), khmer.group(1), "honorific"))
            continue
        if _office_word(words[0]) or words[0].endswith("s") and _office_word(words[0][:-1]):
            continue  # "Hon. Members", "the Hon. Ministers of ..."
        if text.startswith("Father", m.start()) and words[-1].lower() in ORG_HEADS | PLACE_HEADS:
            continue  # (1.50.0) "Father Bernard Clinic", "Father Christmas Village": a place named after a priest
        if len(words) < 2 and (_BARE_HONOURABLE_AT.match(text, m.start()) or _THE_HONOURABLE_AT.match(text, m.start())):
            continue  # (its look-behind needs the text before the match: a slice would never match)
        if _THE_HONOURABLE_AT.match(text, m.start()) and any(
                _office_word(w) or w.lower() in _NOT_NAME_WORDS for w in words):
            continue  # "the Honourable Deputy Speaker", "The Honourable Society of ..."
        if text[m.start():m.start(1)].startswith("Hon") and any(
                _office_word(w) or w.lower() in MODIFIERS for w in words):
            continue  # "the Hon. Presiding Member", "the Hon. Municipal Chief Executive": an office, styled
        if _LONG_STYLE_AT.match(text, m.start()) and not _HONORIFIC_WORD.search(text, m.start(), m.start(1)) and (
                words[0].lower() in MODIFIERS | STYLE_WORDS | SURNAME_STYLES | {"prime", "crown"} or
                any(_office_word(w) for w in words) or len(words) == 2 and is_surname(words[0])):
            continue  # "His Excellency Crown Prince A", "The Right Honourable Prime Minister B": the office's rules
        end = m.end(1)
        # "Ms. Cao Qian Deputy Division Director": the office starts without a comma (1.29.0), the name ends before
        # its first word (1.42.0: a name may have four words, "Ms Iman Mohamed Medhat Elfarr")
        cut = next((k for k in range(2, len(words)) if words[k].lower() in MODIFIERS or _office_word(words[k])), None)
        if cut is not None:
            words = words[:cut]
            end = m.start(1) + len(" ".join(words))  # (the pattern joins its words with one space)
        while len(words) > 2 and _CAPITALISED_VERB.fullmatch(words[-1]) and text.startswith(" the ", end):
            words.pop()
            end = text.rindex(words[-1], m.start(1), end) + len(words[-1])
        caps = caps_surname_after(text, end) if len(words) <= 3 else None
        if caps and not ORG_OR_PLACE_AFTER.match(text, caps.end()):
            # (1.41.0) "Dr. Sanjin LEE, Director General", "Mr. Laurent DEGOS(Academician ..."; (1.43.0) after two or
            # three given names: "H. E. Mr. Thomas Boni YAYI, President of ...", "Hon. Bala GARBA-JAHUMPA"
            end = caps.end()
        out.append(NameSpan(m.start(1), end, text[m.start(1):end], "honorific"))
    return out


# a surname in capitals after a given name and an honorific (not post-nominal letters of three or more: "Mr. Bell
# MLA"; those `_POST_NOMINAL` knows, and more honours and legislators' letters)
_CAPS_SURNAME = re.compile(r" ([A-Z]{3,12}(?:-[A-Z]{2,12})?)(?![\w'\u2019-])")
_POST_NOMINAL_WORDS = {w for w in POST_NOMINALS if _CAPS_SURNAME.fullmatch(" " + w)} | {
    "MPP", "MNA", "MHA", "MHK", "KBE", "DBE", "GBE", "GCMG", "KCMG", "DCMG", "CMG", "KCB", "DCB", "GCB", "KCVO", "DCVO",
    "GCVO", "CVO", "LVO", "OAM", "MSP", "MHR", "CEO", "GBS", "SBS", "BBS"}


def caps_surname_after(text: str, end: int) -> re.Match | None:
    """A surname in capitals right after a given name that ends at `end` ("Sanjin LEE", "Brenda MIZERO"), never
    post-nominal letters ("Bell MLA")."""
    caps = _CAPS_SURNAME.match(text, end)
    return caps if caps and caps.group(1) not in _POST_NOMINAL_WORDS else None


# rule `arabic_chain_name` (parser 1.39.0): an Arabic name of several links, whatever stands before it: "Bader bin
# Hamad bin Humood Al Busaidi", "Haitham bin Tariq Al Said" (its last link a verb's spelling), "Sabah Khalid Al Hamad
# Al Mubarak Al Sabah" (two given names, then two family links at least)
# an Arabic name's links: the words after "bin" name the father ("Maktoum bin Mohammed bin Rashid Al Maktoum" is not
# "Mohammed bin Rashid Al Maktoum", nor "Sheikh Mohammed": `canonical_names`)
_LINEAGE = {"bin", "bint", "binti", "ibn", "Bin", "Ibn"}
_ARABIC_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_ARABIC_FAMILY = r"(?:Al|El|al|el)[ -]" + _ARABIC_WORD
# (1.48.0) a link of two words before the family: "Sultan bin Ahmad Sultan Al Jaber"
_ARABIC_CHAIN = re.compile(r"(?<![\w'\u2019-])(" + _ARABIC_WORD + r"(?: (?:" + "|".join(sorted(_LINEAGE)) + r") " + _ARABIC_WORD +
                           r"(?: " + _ARABIC_WORD + r"(?= " + _ARABIC_FAMILY + r"))?){1,4}(?: " + _ARABIC_FAMILY + r"){0,3}|" + _ARABIC_WORD + r" " + _ARABIC_WORD +
                           r"(?: " + _ARABIC_FAMILY + r"){2,4})(?![\w'\u2019-])")


# (1.48.0) "Sultan bin Sulayem", "Sultan Bin Ahmed Al Jaber": a sultan is "Sultan A bin B", so "Sultan" right before the
# lineage is the given name
_GIVEN_OFFICE = re.compile(r"Sultan (?:bin|Bin|ibn|Ibn) ")


def arabic_chain_names(text: str) -> list[NameSpan]:
    out = []
    for m in _ARABIC_CHAIN.finditer(text):
        words = m.group(1).split()
        if words[0].lower() in FUNCTION_WORDS or _office_word(words[0]) and not _GIVEN_OFFICE.match(m.group(1)) or \
                words[0] in HEAD_WORDS:
            continue  # "Minister bin X": the office's rules
        out.append(NameSpan(m.start(1), m.end(1), m.group(1), "arabic_chain"))
    return out


# rule `sheikh_inside` (parser 1.49.0): "Sheikh" between a given name and a surname is a word of the name, as
# Somali and Kurdish names write it ("President Hassan Sheikh Mohamud", "South West Sharif Hassan Sheikh Adan"), not
# the Gulf style before one ("Emir Sheikh Tamim", "Bangabandhu Sheikh Mujibur": no given name before it)
# (a given name may stand before and a second surname after: "Sharif Hassan Sheikh Adan", "Ahmed Sheikh Ali Khan")
_SHEIKH_INSIDE = re.compile(r"(?<![\w'\u2019-])(?:([A-Z][a-z]{2,})\s)?([A-Z][a-z]{2,})\s(?:Sheikh|Shaikh)\s[A-Z][a-z]{2,}"
                            r"(?:\s([A-Z][a-z]{2,}))?(?![\w'\u2019-])")
_RANK_OR_STYLE = re.compile(_RANK_WORDS + r"|Major|Royal|Lieutenant|Brigadier", re.I)


def sheikh_inside_names(text: str) -> list[NameSpan]:
    out = []
    for m in _SHEIKH_INSIDE.finditer(text):
        if not _given_name(m.group(2)):
            continue
        start = m.start(2) if m.group(1) is None or not _given_name(m.group(1)) else m.start()
        end = m.end()
        if m.group(3) is not None and (not _name_word(m.group(3)) or _CAPITALISED_VERB.fullmatch(m.group(3))):
            end = m.start(3) - 1  # "Hassan Sheikh Mohamud Monday": no second surname
        out.append(NameSpan(start, end, text[start:end], "sheikh_inside"))
    return out


def _given_name(word: str) -> bool:
    return (word.lower() in census_names()[0] or word.lower() in ARABIC_GIVEN_NAMES) and not _office_word(word) and \
        not _RANK_OR_STYLE.fullmatch(word) and not is_style(word)


# (parser 1.38.0) an honorific written without its space before initials ("Mr.L.P.Madanayake", "Mr.M.A. Anas",
# "Mr.Thusitha P.Wanigasingha"), as Sri Lankan and South Asian releases print them
_GLUED_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Eng)\.((?:[A-Z]\.\s?){1,4}[A-Z][a-z]+|"
                              r"[A-Z][a-z]+\s(?:[A-Z]\.\s?){1,3}[A-Z][a-z]+)(?![\w'\u2019-])")


def glued_honorific_names(text: str) -> list[NameSpan]:
    """Rule `glued_honorific`: "Mr.L.P.Madanayake" -> L.P.Madanayake."""
    return [NameSpan(m.start(1), m.end(1), m.group(1), "glued_honorific") for m in _GLUED_HONORIFIC.finditer(text)]


# styles a name after "His/Her" opens with (1.43.0: "Her Lordship Abena Owusu Mensah, a Justice of ...")
_APPOSITIVE_STYLES = ("Honourable", "Honorable", "Lordship", "Ladyship", "Worship", "Eminence", "Excellency",
                      *KHMER_STYLE_WORDS)  # (1.45.0) "Samdech Akka Moha Ponhea Chakrei Heng Samrin, President of ..."


_PORTFOLIO_BEFORE = re.compile(r"\b(?:Minister|Secretary|Ministry|Department|Commissioner)\s+(?:for|of)\s+(?:the\s+)?"
                               r"(?:[A-Z][\w'\u2019-]*\s+(?:and\s+)?)*$")  # no comma: "Minister of A, B and C, Datuk X"


_OFFICE_THEN_VERB = re.compile(r"(.+?)\s+(?:[a-z]{3,}ed|said|says|told|spoke|gave|made)\b")


def appositive_names(text: str, is_title) -> list[NameSpan]:
    """Rule `appositive_name`: capitalised words followed by ", <office title>"."""
    out = []
    for m in _APPOSITIVE_NAME.finditer(text):
        words = m.group(1).split()
        start = m.start(1)
        while len(words) > 2 and (words[0] in _APPOSITIVE_STYLES or words[0] == "The" and
                                  words[1] in ("Honourable", "Honorable")):
            start = text.index(words[1], start + len(words[0]))  # (1.34.0) "The Honourable Judith Guichon, Lieutenant
            words = words[1:]  # Governor of British Columbia": the style is no word of the name
        # rule `title_before_name`: "Professor Gu Mingyuan, an academician ...": the office or academic title is
        # not part of the name (it is kept as a title, see titles.pre_name_title)
        # rule `portfolio_word_not_name`: "Minister for Foreign Affairs Anders Lund, ...": the last word of a
        # portfolio or organisation name before the name is not part of it either
        while len(words) > 2 and (_office_word(words[0]) or words[0].lower().rstrip(".") in _ACADEMIC or
                                  _ORG_WORD.search(words[0]) or words[0] in HEAD_WORDS):
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        inner_initial = {i for i, w in enumerate(words[1:-1], 1) if len(w) == 1}  # "Austin A Lane": no article
        if any(w.lower().rstrip(".") in FUNCTION_WORDS for i, w in enumerate(words) if i not in inner_initial) or \
                not _long_name_ok(words):
            continue
        if words[-1].lower() in ORG_HEADS | PLACE_HEADS | BUILDING_WORDS:
            continue  # rule `organisation_not_person`: "... Development and Reform Commission, Secretary of ..."
            # (1.57.0: a building, "in room 705, Victoria Building, the Chair, ...")
        if _PORTFOLIO_BEFORE.search(text, max(0, start - 60), start):
            continue  # (1.45.0) "Minister for Social and Family Development, Second Minister for ...": a portfolio
        if all(_office_word(w) for w in words) or is_title(" ".join(words)) and not census_pair(words):
            continue  # rule `office_not_person` (parser 1.27.0): "President X's Special Representative, Member of ..."
            # (1.41.0: "A, the Crown Prince, Deputy Supreme Commander, ...": an office the lexicon reads whole)
        # ("Ambassador to the Philippines Zhao Jianhua": the country may take "the")
        after_office = re.search(r"\b(\w+)\s+(?:to|of|in|for|from)\s+(?:the\s+)?$", text[max(0, start - 44):start])
        if len(words) == 3 and is_surname(words[1]) and is_given_name(words[2]) and not is_surname(words[0]) and \
                re.search(r"\b(?:to|of|in|for|from)\s+(?:the\s+)?$", text[max(0, start - 10):start]) or \
                len(words) == 3 and after_office and (after_office.group(1).lower() in OFFICE_WORDS or
                                                      after_office.group(1).istitle() and (
                                                          after_office.group(1).lower() in ORG_HEADS or
                                                          after_office.group(1).lower()[:-1] in OFFICE_WORDS) and
                                                      not is_given_name(words[0]) and
                                                      re.search(r"\bof\s+$", text[max(0, start - 4):start])):
            # rule `place_before_name`: "Ambassador to Peru Li Hua", "former Vice Prime Minister of Bulgaria Alexander
            # Tomov": the first word is the office's country; (1.52.0) after a body or plural office written in
            # capitals: "Chairman of the Council of Ministers of Crimea Lenur Islyamov" (not "in the company of A B C")
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        rest = text[m.end():]
        first = re.split(r",|;|\.(?:\s|$)", rest, maxsplit=1)[0]
        # (1.48.0) the office runs to the clause's verb with no comma: "Shah Jamal, Additional Foreign Secretary
        # appreciated the initiative"
        verb = _OFFICE_THEN_VERB.match(first)
        if is_title(first) or verb and _office_word(verb.group(1).split()[-1]) and is_title(verb.group(1)):
            out.append(NameSpan(start, m.end(1), text[start:m.end(1)], "appositive"))
    return out


# rule `appositive_single_name`: a one-word name (Mongolian, Uyghur, Tibetan single names) opening a clause and
# followed by an office: "Bayartu, Party chief of the region, and Li Hua, governor, met ..."
_APPOSITIVE_SINGLE = re.compile(r"(?:^|(?<=, )|(?<=\band ))(" + r"[" + UP + r"][" + LO + r"]{3,}" + r"), (?=\S)")


# the end of the apposition after "Word, ": a comma, "and", a sentence's period (not a style's: "Riyadh, President of
# the Press Agency Dr. A received": the name after the style shows the one word a dateline, 1.53.0)
_APPOSITION_END = re.compile(r",|;|\s+and\s+|(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)\.(?:\s|$)")
_AGENCY_DASH = re.compile(r"\s*[A-Z]{2,}\s*(?:-|\u2013|\u2014)(?:\s|$)")  # (not "EU-China Business Council Chairman")


def appositive_single_names(text: str, is_title) -> list[NameSpan]:
    out = []
    for m in _APPOSITIVE_SINGLE.finditer(text):
        word = m.group(1)
        first = _APPOSITION_END.split(text[m.end():], maxsplit=1)[0]
        if not single_name_ok(word) or word.endswith("ly") or syllables(word, 3) is not None and len(word) < 6:
            continue
        if _AGENCY_DASH.match(first):
            continue  # (1.53.0) a dateline: "Muscat, SANA- Minister of Agriculture A met ..."
        if re.search(r"(?:^|, )[" + UP + r"][" + LO + r"]+, [" + UP + r"][" + LO + r"]+, $", text[:m.start(1)]):
            continue  # the last of a roll of one-word items: "..., Romania, Hungary, Australia, Consul General"
        if is_title(first) and not find_names(first):
            out.append(NameSpan(m.start(1), m.end(1), word, "appositive_single"))
    return out


def _long_name_ok(words: list[str]) -> bool:
    """Rule `four_word_name`: "Jose Luis Rodriguez Zapatero", "Marshall Louis M. Alferez": a four-word name holds
    no office, organisation or place-head word and does not end in a pinyin name ("Beijing Mayor Yin Yong" is a
    title and a name)."""
    if len(words) < 4:
        return True
    return _person_words(" ".join(words)) and not (is_surname(words[-2]) and is_given_name(words[-1]))


_ACADEMIC = {"professor", "academician", "dr", "prof", "doctor", "engineer", "lecturer", "researcher", "associate",
             "assistant"}


HEAD_WORDS = set(re.findall(r"[A-Z][a-z]+", ORG_OR_PLACE_AFTER.pattern)) | {
    "Administration", "Office", "Council", "Commission", "Ministry", "Bureau", "Committee", "Government", "Party",
    "Congress", "Assembly", "League", "Union", "Association", "Federation", "Department", "Court", "Army",
    "Navy", "Force", "Conference", "Meeting", "Session", "Plenum", "Summit", "Day", "Festival", "Games", "Chamber",
    "Society", "Agency", "Symposium", "Seminar", "Workshop", "Ceremony", "Reception", "Dialogue", "Roundtable",
    "Senate"}  # (1.50.0) "Chairman Senate, Mian Raza Rabbani": the body after the office, no one-word name
# styles of address that read as name words: "Prime Minister Datuk Seri Najib Razak", "Tan Sri X" (but "Tan" alone
# is a surname); and a plural office after the office word: "Executive Directors Sam Lei and ..."
_LEADING_STYLE = re.compile(r"(?:(?:Datuk|Dato['’]?)\s+Seri\s+(?:Utama|Panglima|Wira)|"
                            r"(?:Datuk|Dato['’]?)\s+(?:Amar|Patinggi)|(?:Tan|Puan|Datuk|Dato['’]?)\s+Sri|(?:Datuk|Dato['’]?)\s+Seri|Datuk|"
                            r"Dato['’]?|Datin(?:\s+Paduka)?|Mdm\.?|Mme\.?|Sardar|H\.\s?E\.|(?:The\s+)?Hon\.?|Honou?rables?|Hons\.?|"
                            r"Lord(?!\s+Justice)|Lady|Baroness|"  # (1.35.0) "Lord Michael Bates" (but the peer "Lord
                            # Ahmad"; "Lord Justice" is one title, and a Ghanaian given name: "Dr Lord Justice Gyamfi-Fenteng")
                            # (1.39.0) "Tun Ramli Ngah Talib", "Toh Puan X", "Datuk Amar X", "Sayyed Najib bin Hilal", the
                            # Cambodian "Samdech Moha Borvor Thipadei Techo Hun Manet" (not the Burmese "Tun Tun Oo"); (1.43.0) "Dato' Seri Utama A"
                            r"Tun(?!\s+Tun\b)|Toh\s+Puan|Sayy?[ei]d|"
                            r"(?:Samdech|Thipadei|Techo)(?:\s+(?:" + _KHMER_AFTER_FIRST + r"))*)\s+")
# ("Governor H.E. X"; the Commonwealth's "Hon Shane Jones", "the Honourable X")
# an abbreviated military rank before a name of two words or more: "Mr. Gen Charles Kayonga" (but "Gen Nakatani")
_LEADING_RANK = re.compile(r"(?:(?:" + "|".join(RANK_ABBREVIATIONS) + r")\.?\s+)+")  # (1.37.0) and "Brig Gen A B"
_TRADITIONAL = "|".join(sorted(w.capitalize() for w in TRADITIONAL_TITLES))  # (1.57.0) "Deputy Kgosi A", "Oba A"
_TITLED = re.compile(r"\b(?:Premier|President|Governor|Mayor|Minister|Chairman|Chairwoman|Chairperson|Secretary|"
                     r"Chancellor|Ambassador|Director|Commissioner|Envoy|Consul|King|Queen|Prince|Princess|Senator|"
                     r"Administrator|Chief|Leader|Speaker|Professor|Academician|Dean|General|Officer|Executive|Manager|Engineer|"
                     r"CEO|Founder|Co-founder|Akim|Rector|Representative|Treasurer|Councillor|Councilor|Lord|"
                     r"Aide|Adviser|Advisor|Counsellor|Counselor|"  # (1.31.0: "Presidential Aide Yury Ushakov")
                     r"Emir|Amir|Sultan|Emperor|Empress|Pope|" + _TRADITIONAL + r"|"  # (1.32.0: "Emir Tamim bin Hamad Al Thani"; minutes'
                     r"Trustee|Alderman|Alderwoman|Councilmember|Selectman|"  # offices, "Trustee Alan Campbell";
                     r"Judge|Justice|Magistrate|Sheriff|Provost|Bishop|Archbishop|Cardinal|Imam|Taoiseach|T[a\u00e1]naiste|"  # 1.34.0: "Judge Helen Moss"; 1.35.0:
                     r"Rep\.|Sen\.|Gov\.|"  # a legislator's style, "Rep. Susan Cole"); (1.36.0) South Asian
                     r"(?-i:MLA|MLC|MP|MEP|MSP|MPP|MNA|MPA|DGP|IGP|ADGP|DIG|SSP|ADC|SDM|BDO|"  # offices: "BJP MLA O Rajagopal", "DGP DM
                     r"CS|PS|CAS))(?:\s+\((?-i:[A-Z]{2,5}|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})\))?\s+(" +  # Awasthi"; Kenya's
                     # cabinet and principal secretaries: "CS Sicily Kariuki"; (1.43.0) the office's acronym between:
                     # "Prime Minister (PM) Pushpa Kamal Dahal"; (1.45.0) its portfolio: "Secretary (West) Sanjay Verma"
                     r"(?:" + _LEADING_STYLE.pattern + r")?" +  # (1.36.0) its style outside the count of name words
                     r"(?:(?!U )[A-Z]{1,3}(?= [A-Z][a-z]) )?" +  # initials as one word: "Prime Minister KP Sharma Oli"
                     # (not the Burmese style "U": "Minister U Min Min")
                     _WESTERN_WORD + r"(?: [A-Z](?= [A-Z][a-z]))?" +  # (1.40.0) "Chief Minister Edappadi K Palaniswami"
                     r"(?:" + _PARTICLES + " " + _WESTERN_WORD + r"){0,3}" + _NAME_SUFFIX + r")" + _NAME_END +
                     r"(?!\s+[A-Z])")  # (parser 1.27.0: particles, "President Mohamed bin Zayed Al Nahyan")


_NEVER_SURNAMES = {"Dr", "Mr", "Mrs", "Ms", "Prof", "Mdm", "Mme"}  # honorifics no name ends with


def titled_names(text: str) -> list[NameSpan]:
    """Rule `titled_name`: an office word directly before two or three capitalised words ("Governor Erkin
    Tuniyaz", "Secretary-General Antonio Guterres"), none of them a function or organisation word."""
    out = []
    pos = 0
    while True:
        m = _TITLED.search(text, pos)
        if not m:
            break
        pos = m.start() + 1
        if re.search(r"\bof\s+(?:the\s+)?$", text[max(0, m.start() - 8):m.start()]) and m.group(0).startswith("General"):
            continue  # (1.51.0) "Chief of General Staff Yaşar Güler": the rank word is the staff's, no title
        start, words = _after_styles(m.start(1), m.group(1))
        while len(words) > 2 and (_portfolio_word(words[0]) or words[0].lower() in COUNTRY_WORDS):
            # rule `portfolio_word_not_name` (parser 1.25.1): "Additional Secretary Interior Khushal Khan"; (1.43.0)
            # a country or province: "Chief Minister Punjab Mian Shahbaz Sharif"
            start, words = text.index(words[1], start + len(words[0])), words[1:]
        if len(words) < 2:
            continue
        if any((w.lower().rstrip(".") in FUNCTION_WORDS and not (0 < i < len(words) - 1 and len(w) == 1) and
                not (i and w == "May")) or  # (1.44.0) "Prime Minister Theresa May": a surname, not the modal
               w in HEAD_WORDS and not _korean_first(words, i) or _office_word(w) for i, w in enumerate(words)):
            continue  # rule `office_word_not_name`: "Chief Executive Officer of ..." names an office, not a person
            # (an inner initial is no article: "Governor John A Smith")
        if words[0].isupper() and any(_ORG_WORD.search(w) for w in words[1:]):
            continue  # "Minister EU Affairs": an acronym before a portfolio, not initials
        if words[-1].rstrip(".") in _NEVER_SURNAMES:
            continue  # (1.50.0) "Governor Sindh Dr. Ishrat Ul Ebad": the honorific opens the name, it ends none
            # (only the abbreviations: "Attorney General William Barr", "Speaker Ana Pastor" are surnames)
        if all(_ORG_WORD.search(w) for w in words) or words[-1].lower() in ORG_HEADS | PLACE_HEADS:
            continue  # (1.39.0) "Director Infrastructure Services/Strategic ...": a portfolio alone; (1.41.0) "King
            # Fahd Causeway", a place named after the office's holder
        while len(words) > 2 and words[-1].lower() in _NOT_SINGLE_NAMES:
            words.pop()  # rule `headline_verb_not_name`: "Ambassador Liu Xiaoming Attended the Summit"
        name = " ".join(words)
        out.append(NameSpan(start, start + len(name), name, "titled"))
    return out




def _after_styles(start: int, words_text: str) -> tuple[int, list[str]]:
    """The words of a titled name without the styles and plural offices written before it."""
    while True:
        m = _LEADING_STYLE.match(words_text)
        first = words_text.split(" ", 1)[0]
        if m:
            cut = m.end()
        elif first.endswith("s") and _forms(first) & OFFICE_WORDS and " " in words_text:
            cut = len(first) + 1
        else:
            return start, words_text.split()
        start, words_text = start + cut, words_text[cut:]


def _office_word(w: str) -> bool:
    lw = w.lower().rstrip(".")
    return lw in OFFICE_WORDS or lw in MODIFIERS


# rule `titled_single_name`: one-word names (Mongolian, Uyghur, Tibetan single names; a Western surname) when an
# office or a credit introduces them: "Vice Chairman Naranhua", "Ambassador Ganzorig", "interpreter Bayarmaa"
_SINGLE_WORD = r"[" + UP + r"][" + LO + r"]{2,}(?:-[" + UP + r"]?[" + LO + r"]+)?"
_TITLED_ONE = re.compile(
    r"\b(?i:(?:(?:Vice|Deputy|Executive|Assistant|Acting)[ -])?(?:Premier|President|Governor|Mayor|Minister|Chairman|"
    r"Chairwoman|Chairperson|Secretary|Chancellor|Ambassador|Director|Commissioner|Envoy|Consul|Senator|"
    r"Administrator|Speaker|Professor|Secretary-General|Director-General|Consul-General|Vice-Chairman|"
    r"(?:Board|Council|Committee|Commission)\s+member|"  # (1.36.0) minutes: "Board member Kirschner expressed ..."
    r"Vice-Governor|Vice-Mayor|Vice-President|Counselor|Counsellor|Interpreter|Translator|"
    r"(?-i:CM|DGP|IGP|MLA|MLC)|" +  # (1.35.0) "under the Chairmanship of CM Patnaik" (a Chief Minister);
    # (1.36.0) "West Bengal DGP Virendra"; (1.38.0) a council's style: "Councillor Clarke", "Cllr Byrne"
    "|".join(COUNCIL_STYLES) + r"))\s+(" +
    # the next capitalised word may open the next entry of a roll: "Councillor Kim Councillor Gaertner"
    _SINGLE_WORD + r")(?!(?!['\u2019]s\b)[\w'\u2019-]|\s+(?!(?:" + "|".join(COUNCIL_STYLES) + r")\b)[" + UP + r"0-9])")
# (1.51.0) a possessive may follow: "President Tinubu's reforms"
# capitalised words that follow an office word but are not names ("Ambassador Extraordinary and Plenipotentiary")
# or headline verbs after an office ("Governor Meets ...", "Inner Mongolia Chairman Speaks")
_NOT_SINGLE_NAMES = {"extraordinary", "plenipotentiary", "emeritus", "emerita", "designate", "elect", "interim",
                     "pro", "and", "staff", "general", "met", "said", *HEADLINE_VERBS,
                     "attended", "addressed", "delivered", "presided", "chaired", "visited", "inspected", "hosted",
                     "received", "held", "spoke", "stressed", "urged", "noted", "welcomed"}


def plain_surname(word: str) -> bool:
    """A surname after initials is no function, office or organisation head word ("A Director", "B Council"); unlike
    `single_name_ok` it may be a pinyin surname or end like an organisation word ("G Chan", "ST Vries")."""
    return word.lower() not in FUNCTION_WORDS and word not in HEAD_WORDS and not _office_word(word)


def single_name_ok(word: str) -> bool:
    """A lone capitalised word can be a one-word name: not a pinyin surname (that is a back-reference: "Secretary
    Wang"), not a function, office, organisation or portfolio word, not an acronym."""
    lw = word.lower()
    # (1.55.0) "Today, the director of X, Mr. A had a meeting": a day word (not a month: "April", "May") is no name
    if lw in FUNCTION_WORDS or lw in _NOT_SINGLE_NAMES or lw in SENTENCE_ADVERBS or word in HEAD_WORDS or \
            lw in CALENDAR_WORDS and lw.capitalize() not in FULL_NAMES or \
            lw in STYLE_WORDS or word in HONORIFICS or word in RANK_ABBREVIATIONS or \
            _office_word(word):
        return False
    if lw.endswith("s") and _office_word(lw[:-1]):
        return False  # rule `plural_office_not_name`: "Consul Generals", "Vice Chairmen" are offices
    if _ORG_WORD.search(word) or is_surname(word) or word.isupper():
        return False
    return True


_ACRONYM_NAME_END = re.compile(r"\s*(?:[,.;:)]|$|(?:and|or|who|was|is|has|had|said|says|spoke|[a-z]+ed)\b)")


_NOT_POSSESSORS = ORG_HEADS | PLACE_HEADS | LANDMARK_WORDS | {"hotel", "trophy", "cup", "award", "prize", "medal", "house",
                                                             "palace", "residence", "lodge", "office", "fund", "scholarship"}


def titled_single_names(text: str) -> list[NameSpan]:
    """Rule `titled_single_name`."""
    out = []
    for m in _TITLED_ONE.finditer(text):
        if m.group(0)[:2].isupper() and not _ACRONYM_NAME_END.match(text, m.end()):
            continue  # (1.36.0) "the MLA Hostel staff": after an office's acronym, a name ends its phrase
        if m.group(0).startswith(COUNCIL_STYLES) and (m.group(1).lower() not in census_names()[1] or
                                                      re.match(r"\s+of\b", text[m.end():]) or
                                                      re.fullmatch(r"\s*[-\u2022*]\s*", text[:m.start()])):
            continue  # (1.38.0) a council's style before a surname the census knows, not "Councillor Code of Conduct";
            # a roll's own line ("- Councillor Baker,") is the roll rules' (`roll_name`)
        if re.match(r"['\u2019]s\b", text[m.end():]) and m.group(1).lower() in _NOT_POSSESSORS:
            continue  # (1.51.0) "the President Hotel's lobby", "the Mayor's Cup": a thing named after the office
        if single_name_ok(m.group(1)) and m.group(1).lower() not in COUNTRY_WORDS:  # (1.43.0) "Chief Minister Punjab"
            out.append(NameSpan(m.start(1), m.end(1), m.group(1), "titled_single"))
    return out


# rule `quoted_surname` (parser 1.48.0): '... on Lithuanian soil," Skvernelis stated.': one capitalised word that closes
# a quotation and says it; `parties.Doc` keeps it only when it names no person found in full and no dictionary has it
_QUOTED_SURNAME = re.compile(r"[,.!?]\s*[\x22\u201d]\s*,?\s*(" + _SINGLE_WORD + r")\s+(?:said|says|stated|states|added|"
                             r"noted|stressed|told|explained|emphasi[sz]ed|continued|concluded|remarked|declared|"
                             r"affirmed|asserted|underlined|underscored|highlighted)\b")


def quoted_surname_names(text: str) -> list[NameSpan]:
    """Rule `quoted_surname`: the candidates; the document decides."""
    return [NameSpan(m.start(1), m.end(1), m.group(1), "quoted_surname") for m in _QUOTED_SURNAME.finditer(text)
            if single_name_ok(m.group(1)) and m.group(1).lower() not in COUNTRY_WORDS | MEDIA_WORDS | _WIRE_LOWER]


# rule `chief_roll` (parser 1.46.0): traditional leaders named by the style "Chief" and one word, in a roll of two or
# more ("namely Chief Bango, Chief Tshitshi and Chief Manguba"); alone, "Chief Guest", "Chief Operating" read as names
_CHIEF = re.compile(r"\bChief\s+(" + _SINGLE_WORD + r")(?![\w'\u2019-]|\s+[" + UP + r"])")
_CHIEF_NEXT = re.compile(r",?\s+(?:and\s+)?|,\s*")


def chief_roll_names(text: str) -> list[NameSpan]:
    """Rule `chief_roll`: each "Chief <word>" that a comma or "and" joins to another one."""
    found = [m for m in _CHIEF.finditer(text) if single_name_ok(m.group(1))]
    linked = {i for i, (a, b) in enumerate(zip(found, found[1:])) if _CHIEF_NEXT.fullmatch(text, a.end(), b.start())}
    keep = linked | {i + 1 for i in linked}
    return [NameSpan(m.start(1), m.end(1), m.group(1), "chief_roll") for i, m in enumerate(found) if i in keep]


_PLURAL_OFFICE = re.compile(
    r"\b(?:(?:Vice|Deputy|Assistant|Executive)[ -])?(?:Governors|Chairmen|Chairwomen|Chairpersons|Directors|"
    r"Ministers|Mayors|Secretaries|Presidents|Premiers|Ambassadors|Commissioners|Secretaries-General|"
    r"Directors-General|Consuls-General|Consuls|Councilors|Councillors|State\s+Councilors|Vice-Chairmen|"
    r"Vice-Governors|Vice-Premiers|Vice-Presidents|Deputies|Professors|Academicians|(?<=Provincial\s)leaders|"
    r"(?<=Municipal\s)leaders|(?<=Regional\s)leaders|(?<=State\s)leaders|"
    # (parser 1.33.0) legislators and board members: "MPs A, B and C", "Senators A and B", "Trustees A, B"
    r"MPs|MLAs|MEPs|Senators|Legislators|Lawmakers|Congressmen|Congresswomen|Members\s+of\s+Parliament|Trustees|"
    r"Aldermen|Supervisors|Councilmembers|Judges|Justices|Envoys|Delegates)\s+", re.I)
_LIST_NAME = re.compile(r"(" + _WESTERN_WORD + r"(?: " + _WESTERN_WORD + r"){1,2})(?=,\s|\s+and\s|\s+as\s+well\s|"
                        r"\s+[a-z]|[.;:)]|$)")
_LIST_SINGLE = re.compile(r"([" + UP + r"][" + LO + r"]{2,}(?:-[" + UP + r"]?[" + LO + r"]+)?)(?=,\s|\s+and\s|"
                          r"\s+as\s+well\s|\s+[a-z]|[.;:)]|\s+\(\d+\)|$)")  # (1.57.0) "... and Ringuette (9)."
_LIST_SEP = re.compile(r"(?:,\s+P\.C\.)?(?:,\s+and\s+|,\s+|\s+and\s+)")  # (1.57.0) "Senators Murray, P.C., Oliver"


def _listed_surname(word: str) -> bool:
    """(1.57.0) After two names of a plural office's list, a surname that is also a word is one too: "The Honourable
    Senators Comeau, Cools, Day, Downe and Harb"."""
    lw = word.lower()
    return not (lw in FUNCTION_WORDS or lw in SENTENCE_ADVERBS or _office_word(word) or _ORG_WORD.search(word) or
                lw in STYLE_WORDS or lw in ORG_HEADS or lw in PLACE_HEADS or lw in GROUP_NOUN_WORDS or word.isupper())


def _person_words(name: str) -> bool:
    # rule `office_plural_not_name` ("Main Heads of X") and `participle_not_name` ("Team Stationed in X")
    # ... and an honorific or style is no word of a name: "Ambassador to Sri Lanka Mr. Qi" is no "Lanka Mr"
    words = name.split()
    return not any(w.lower().rstrip(".") in FUNCTION_WORDS or w in HEAD_WORDS and not _korean_first(words, i) or
                   _ORG_WORD.search(w) or
                   w.rstrip(".") in HONORIFICS or w.lower().rstrip(".") in ADDRESS_WORDS or
                   w.lower() in OFFICE_WORDS or w.lower() in MODIFIERS or w.lower()[:-1] in OFFICE_WORDS and
                   w.endswith("s") or re.search(r"(?:ated|ioned|ized|ised|ected)$", w) for i, w in enumerate(words))


# (1.52.0) a Korean given name of two syllables written as one word: "Minsoo", "Jongsoo", "Hyejin"
_KOREAN_GIVEN = re.compile(r"(?:(?:kk|tt|pp|ss|jj|ch|[gkndrlmbsjhptc])?[yw]?(?:ae|eo|eu|oe|ui|oo|a|e|i|o|u)"
                           r"(?:ng|n|m|k|l|p|t)?){2}")


def _korean_first(words: list[str], i: int) -> bool:
    """(1.34.0) "Park Won Soon", "Park Yong Sung": a Korean surname that is also a head word, first of three words;
    (1.52.0) or of two, with a given name of two syllables: "Vice Minister Park Minsoo"."""
    return i == 0 and words[0].lower() in KOREAN_SURNAMES and (
        len(words) == 3 and all(re.fullmatch(r"[A-Z][a-z]{1,5}", w) for w in words[1:]) or
        len(words) == 2 and words[1].istitle() and _KOREAN_GIVEN.fullmatch(words[1].lower()) is not None and
        _KOREAN_SOUND.search(words[1].lower()) is not None and words[1].lower() not in _PARK_PLACES)


# a sound English words seldom have ("Minsoo", "Hyejin", "Jiwoon", "Seungmin"; not "Royal", "Hilton", "Summit")
_KOREAN_SOUND = re.compile(r"eo|eu|ae|oo|ng|hy|yu|yo|hw|wo|jin|soo|hee|min")


_PARK_PLACES = {"hotel", "lane", "road", "side", "line", "land", "view", "one", "plaza", "palace", "place", "gate", "tower",
                "house", "resort", "station", "garden", "museum", "seoul", "busan", "building", "canyon"}  # "Park Hotel", "Park Lane": a place, no given name


def titled_list_names(text: str) -> list[NameSpan]:
    """Rule `titled_list_names`: a plural office word followed by a list of names, Chinese or not: "Vice
    Chairmen Chen Wei, Yusup Abdukadir and Li Tingting", "Vice Directors Tsering Dorje and Mu Xiaobo"."""
    out: list[NameSpan] = []
    for m in _PLURAL_OFFICE.finditer(text):
        pos, first = m.end(), len(out)
        while True:
            n = _LIST_NAME.match(text, pos)
            if not n or not _person_words(n.group(1)):
                n = _LIST_SINGLE.match(text, pos)  # "Vice Chairmen Naranhua and Li Tingting": a one-word name
                if not n or not (single_name_ok(n.group(1)) or len(out) - first >= 2 and _listed_surname(n.group(1)) and
                                 not text.startswith(" of ", n.end())):  # ("... and Members of the public")
                    break
            out.append(NameSpan(n.start(1), n.end(1), n.group(1), "titled_list"))
            sep = _LIST_SEP.match(text, n.end())
            if not sep:
                break
            pos = sep.end()
    return out


# the endings of abstract nouns ("-tion", "-ment", "-ity"; 1.40.0: "-sion", "Councillors Divisions A"), one table for
# `_ORG_WORD` and `_WORD_ENDING`
_NOUN_ENDING = r"(?:tion|tions|sion|sions|ment|ments|ance|ence|ity|ism|ure|ies)"
# words of organisation and portfolio names, never of a person's name ("Foreign Affairs", "Water Resources")
_ORG_WORD = re.compile(
    # given names and surnames that end like a noun of a body ("Terrence", "Florence", "Felicity", "Davies") are no
    # such word
    r"^(?!(?:Terr?[ae]nce|Clarence|Florence|Lawrence|Laurence|Prudence|Constance|Felicity|Charity|Verity|Lance|"
    r"Vance|Davies|Menzies|Humphries|Jeffries)$)(?:Affairs|Resources|Trade|Commerce|Industry|Industries|Technology|Security|Defen[cs]e|Justice|Finance|"
    r"Health|Education|Culture|Transport|Agriculture|Forestry|Fisheries|Aviation|Treasury|Statistics|Sports|Mines|Mining|Energy|Environment|Ecology|Housing|Labor|Labour|Science|"
    r"Sciences|Planning|Works|Relations|Development|Reform|Information|Communications|Customs|Tourism|Water|"
    r"Rural|Urban|Natural|Public|Foreign|Home|Interior|Economy|Economic|Social|Civil|Human|National|Emergency|"
    r"Management|Supervision|Commission|Provincial|Municipal|Regional|Autonomous|People's|Standing|Central|"
    r"Republic|Kingdom|Union|Federal|United|Democratic|Islamic|Socialist|International|Radio|Television|"
    r"Broadcasting|Global|Overseas|Electric|Electrical|Electronics|Power|Steel|Chemicals?|Motors|Airlines|"
    r"Pharmaceuticals?|Logistics|Holdings|Securities|Insurance|Express|Petroleum|Petrochemical|Telecom|Machinery|"
    # (parser 1.32.0) "Migration, Home Affairs and Citizenship X", "Freedom of the Media X", "Moroccan Expatriates X"
    r"Rights|Media|Citizenship|Expatriates|Diaspora|Youth|Women|Children|Family|Budget|Revenue|Ports|Shipping|"
    r"Safety|Welfare|Homeland|"  # (1.34.0) "Secretary of Public Safety Brian Moran"
    # (1.39.0) a council officer's portfolio: "Director Corporate Services Rob Hayward"
    r"Services|Corporate|Infrastructure|Operations|Governance|Facilities|Procurement|Engineering|Projects|"
    r"Programs|Programmes|Strategy|Compliance|"
    r"[A-Z]{2,}|\w+" + _NOUN_ENDING + r")$")
_WORD_ENDING = re.compile(r"\w+" + _NOUN_ENDING)


def _portfolio_word(w: str) -> bool:
    """A portfolio's own word ("Interior", "Finance"), not one merely ending like a noun ("Florence")."""
    return bool(_ORG_WORD.search(w)) and not _WORD_ENDING.fullmatch(w) and not w.isupper()


# (1.55.0: a comma between a portfolio's words, "Minister for Energy, Water Resources and Irrigation A B")
_OF_CHAIN = re.compile(r"(?:(?:[A-Z][\w'\u2019-]*(?:,(?=\s+[A-Z]))?|(?:[A-Z]\.){2,3}|of|the|in|for|at|to|and|&)\s+){2,14}$")
_OFFICE_HEAD = re.compile(
    r"\b(?:Premier|President|Governor|Mayor|Minister|Chairman|Chairwoman|Chairperson|Secretary|Chancellor|"
    r"Ambassador|Director|Commissioner|Envoy|Consul|Administrator|Chief|Head|Speaker|Professor|General|"
    r"Secretary-General|Director-General|Consul-General|Procurator-General|President-elect|Dean|Chair|CEO|"
    r"Counselor|Counsellor|Representative|Spokesperson|Officer|Manager|Engineer|Leader)\s+(?:of|in|for|at|to)\s+")
_PAIR_WESTERN = re.compile(r"(?<![\w'\u2019-])(" + _WESTERN_WORD + r" " + _WESTERN_WORD +
                           r")(?=\s+(?!of\b|for\b|to\b)[a-z]|[,.;:)]|$)")


# the office word may be written in lower case before its complement: "president of the Supreme Court Pekka
# Hallberg", "ambassador to China Stanley Loh"
_LOWER_HEAD_BEFORE = re.compile(r"(?<![\w-])(?:president|ambassador|consul[- ]general|consul|director(?:-general)?|"
                                r"chairman|chairwoman|chair|co-chair|minister|governor|mayor|secretary(?:-general)?|"
                                r"representative|envoy|judge|ceo|commissioner|head)\s+$")


def _lower_head(text: str, chain: re.Match) -> bool:
    """The chain is "to <Place>" or ends in an organisation head word ("of the Supreme Court"), so that an
    organisation's own name ("chairman of Nanchang Xinyi Robotics") is never read as the person after it."""
    words = chain.group(0).split()
    if not (re.fullmatch(r"to\s+\S+\s+", chain.group(0)) or words[-1] in HEAD_WORDS or _ORG_WORD.search(words[-1])):
        return False
    return words[0] in ("of", "to", "in", "for", "at") and bool(
        _LOWER_HEAD_BEFORE.search(text, max(0, chain.start() - 40), chain.start()))


def office_of_names(text: str) -> list[NameSpan]:
    """Rule `office_of_name`: a two-word name after an "office of organisation/place" title: "Consul General
    of Poland in Chengdu Anna Wi\u015bniewska attended", "President of the Asian Development Bank Masato Kanda
    said".  The name is the last two capitalised words before a lower-case word or punctuation; words of
    portfolio and organisation names ("Foreign Affairs", "Development Bank") never are."""
    out = []
    for m in _PAIR_WESTERN.finditer(text):
        if not _person_words(m.group(1)) or m.group(1).split()[-1].lower() in ORG_HEADS | PLACE_HEADS:
            continue  # (1.41.0: and a place, "Premier of the British Virgin Islands")
        at = m.start()
        given = _GIVEN_BEFORE_SUFFIX.search(text, max(0, at - 30), at) if _GENERATION.fullmatch(m.group(1).split()[-1]) \
            else None
        if given and _given_word(given.group(0).strip()):  # (1.53.0) "Chief of Staff Leo Falcam Jr.": the pair is
            at = given.start()  # the surname and its suffix (not "Chief of Staff Falcam Jr.", "Minister of Finance Osei Sr.")
        else:
            given = None
        lo = max(0, at - 160)
        chain = _OF_CHAIN.search(text, lo, at)
        if not chain or chain.end() != at or not (_OFFICE_HEAD.search(chain.group(0)) or _lower_head(text, chain)):
            continue
        if re.search(r"\b(?:of|the|in|for|at|to|and)\s+$", chain.group(0)):
            continue  # "the Mayor of New York attended": the pair is the place, not a name after it
        if _org_goes_on(text, m.end(1)):
            continue  # "Deputy Head of the State Flood Control and Drought Relief Headquarters"
        start = _given_before_pair(chain.group(0), chain.start(), at if given else m.start(1))
        if start == m.start(1) and not given:
            start = _given_before_rare_pair(chain.group(0), chain.start(), start, m.group(1))
        viet = _VIETNAMESE_BEFORE.search(text, max(0, start - 12), start)
        if viet and viet.end() == start and all(len(w) <= 6 for w in m.group(1).split()):  # (1.44.0: "Nghiem")
            start = viet.start(1)  # rule `vietnamese_three_words` (parser 1.25.1): "... Government Office Vu Duc Dam"
        out.append(NameSpan(start, m.end(1), text[start:m.end(1)], "office_of"))
    return out


_GENERATION = re.compile(r"(?:Jr|Sr|II|III|IV)\.?")
# (1.56.0) ordinals after a name: the lone letters only before a comma, semicolon or bracket (rule `regnal_number`)
_ROMAN_ORDINALS = ("II", "III", "IV", "VI", "VII", "VIII", "IX")
_LONE_ORDINALS = ("V", "X", "I")
_ORDINAL = re.compile(r",?(?:Jr|Sr|" + "|".join(_ROMAN_ORDINALS + _LONE_ORDINALS) + r")\.?")  # a last word, no surname
_GIVEN_BEFORE_SUFFIX = re.compile(r"(?<![\w'\u2019-])[" + UP + r"][" + LO + r"]+\s+$")


def _given_before_pair(chain: str, at: int, start: int) -> int:
    """(parser 1.45.0) "Speaker of the National Assembly Mohammad Baqer Ghalibaf": a given name of the census right
    after the organisation's head word is the name's first word, not the organisation's last."""
    words = chain.split()
    if len(words) >= 2 and words[-2].lower() in ORG_HEADS | PLACE_HEADS and words[-1][:1].isupper() and \
            words[-1].lower() in census_names()[0] and chain.endswith(words[-1] + " "):
        return at + len(chain) - len(words[-1]) - 1
    return start


def _given_before_rare_pair(chain: str, at: int, start: int, pair: str) -> int:
    """(1.54.0) "Minister of Lands Rick Tchamako Mahe": when the pair opens with no given name of the census and the
    complement's last word is one (no place, body, portfolio or office word, and not the complement's only word), that
    word opens a name of three ("Governor of North Carolina Roy Cooper" keeps its pair: "Roy" is a given name)."""
    words = chain.split()
    if len(words) < 3 or pair.split()[0].lower() in census_names()[0] or is_surname(pair.split()[0]):
        return start  # (a Chinese name after a place: "Consul General in San Francisco Wang Donghua")
    w, before = words[-1], words[-2]
    if not w[:1].isupper() or w.lower() not in census_names()[0] or before.lower() in FUNCTION_WORDS or \
            w.lower() in COUNTRY_WORDS | ORG_HEADS | PLACE_HEADS or _office_word(w) or _portfolio_word(w) or \
            w.lower() in PLACE_NAMES or f"{before} {w}".lower() in PLACE_NAMES or not chain.endswith(w + " "):
        return start
    return at + len(chain) - len(w) - 1


# a Vietnamese surname right before a pair of short words: the name's first of three syllables
_VIETNAMESE_BEFORE = re.compile(r"(?<![\w'\u2019-])(" + "|".join(sorted(w.capitalize() for w in VIETNAMESE_SURNAMES)) +
                                r") $")


_AND_ORG = re.compile(r"\s+(?:and|&)\s+((?:[A-Z][\w'\u2019-]*\s+){0,5}([A-Z][\w'\u2019-]*))")


def _org_goes_on(text: str, end: int) -> bool:
    """Rule `organisation_and`: the pair is followed by "and" and more capitalised words ending in an organisation
    head: it is the first half of an organisation's name."""
    m = _AND_ORG.match(text, end)
    return m is not None and m.group(2).lower() in ORG_HEADS


# rule `lower_office_name`: a lower-case office word (a foreign office as English news writes it) directly before
# a two- or three-word name, optionally with a one-word complement ("to <Place>", "in/of/for <lower-case word>"):
# "French consul-general Jean-Yves Roux",
# "director Kwok Wai Fan of ...", "Singapore's ambassador to China Stanley Loh", "the prize winner in physics
# Gerard Mourou"; the name ends before a lower-case word or punctuation
_LOWER_OFFICE = re.compile(
    r"(?<![\w-])(?:(?:vice|deputy|acting|former|honorary|executive)[ -])?(?:consul[- ]general|consul|ambassador|envoy|"
    r"director(?:-general)?|general\s+manager|manager|president|minister|governor|mayor|chairman|chairwoman|chair|"
    r"co-chair|secretary(?:-general)?|judge|representative|ceo|founder|co-founder|professor|dean|rector|senator|"
    r"treasurer|spokesperson|spokesman|spokeswoman|counsellor|counselor|commissioner|laureate|winner|attach\u00e9|"
    r"attache)(?:\s+(?:of|in|for)\s+(?!the\b|a\b|an\b)[a-z]+|\s+to\s+[A-Z][a-z]+)?\s+(" + _WESTERN_WORD + r"(?:" + _PARTICLES +
    r" " + _WESTERN_WORD + r"){1,2})(?=\s+[a-z]|\s*[,.;:)]|$)")  # (1.49.0) "minister Melanie Schultz van Haegen"


# rule `lower_pinyin_name` (parser 1.34.0): a Chinese name written all in lower case right after an office, as
# machine-translated company and district pages write them ("Union President cheng jun presided over the meeting,
# deputy general manager xie chunfeng read ..."): a common surname and a one- or two-syllable given name, then a
# verb or punctuation
_LOWER_PINYIN = re.compile(r"(?<![\w-])([A-Za-z]+)\s+([a-z]{1,6})\s([a-z]{2,12})(?=\s*[,;.]|\s+[a-z]+(?:ed|s)\b)")


def lower_office_names(text: str) -> list[NameSpan]:
    """Rules `lower_office_name` and `lower_pinyin_name`."""
    out = []
    for m in _LOWER_OFFICE.finditer(text):
        name = m.group(1)
        if _person_words(name) and name.lower() not in NOT_PERSONS and not ORG_OR_PLACE_AFTER.match(text, m.end(1)):
            out.append(NameSpan(m.start(1), m.end(1), name, "lower_office"))
    for m in _LOWER_PINYIN.finditer(text):
        sur, given = m.group(2), m.group(3)
        if m.group(1).lower().rsplit("-", 1)[-1] in OFFICE_WORDS and sur in COMMON_CHINESE_SURNAMES and \
                not {sur, given} & FUNCTION_WORDS and syllables(given, 2) is not None:
            out.append(NameSpan(m.start(2), m.end(3), m.group(2) + " " + m.group(3), "lower_pinyin"))
    return out


# rule `hyphenated_given_name`: a short capitalised surname and a hyphenated given name whose second part is lower
# case: Cantonese ("Cheung Kwok-wai", "Lam Sau-ying"), Korean ("Park Ji-hoon"), Taiwanese ("Lin Chia-lung")
_HYPHEN_GIVEN = re.compile(r"(?<![\w'\u2019-])([A-Z][a-z]{1,7}|[A-Z]{2,5}) ([A-Z][a-z]{1,6}-[a-z]{2,6})(?![\w'\u2019-])")


_TRIPLE = re.compile(r"(?<![\w'\u2019-])(?:([A-Z][a-z]+) )?([A-Z][a-z]+) ([A-Z][a-z]+) ([A-Z][a-z]+(?:-[a-z]+)?)(?![\w'\u2019-])")


def cantonese_names(text: str) -> list[NameSpan]:
    """Rule `cantonese_name`: "Wong Sio Chak", "Mr Edmund Ho Hau Wah" (a Western given name may come first)."""
    out: list[NameSpan] = []
    pos = 0
    while True:
        m = _TRIPLE.search(text, pos)
        if not m:
            return out
        pos = m.start(2) if m.group(1) else m.end()
        if not cantonese_shape([m.group(2), m.group(3), m.group(4)]) or ORG_OR_PLACE_AFTER.match(text, m.end()):
            continue
        western = m.group(1) and m.group(1) not in HONORIFICS and single_name_ok(m.group(1))
        start = m.start(1) if western else m.start(2)
        out.append(NameSpan(start, m.end(), text[start:m.end()], "cantonese"))
        pos = m.end()


_CANTONESE_SYLLABLE = re.compile(r"(?:kw|gw|ch|sh|ts|ng|[bcdfghjklmnpstwyz])?[aeiou]{1,3}(?:ng|n|k|p|t|m)?")
_WESTERN_BEFORE = re.compile(r"(?<![\w'\u2019.-])([A-Z][a-z]{2,12}) $")


def _upper_hyphenated(sur: str, given: str) -> bool:
    """A Korean surname in capitals, or (parser 1.44.0) a Cantonese one as Hong Kong's legislature writes its members
    ("Hon LAM Cheuk-ting", "Dr Hon Junius HO Kwan-yiu"), before a hyphenated given name of syllables."""
    if _office_word(given.split("-")[0]):
        return False
    low = sur.lower()
    return low in KOREAN_SURNAMES or low in CANTONESE_SURNAMES and \
        all(_CANTONESE_SYLLABLE.fullmatch(g) for g in given.lower().split("-"))


def hyphenated_names(text: str, title_case: bool = False) -> list[NameSpan]:
    out = []
    for m in _HYPHEN_GIVEN.finditer(text):
        sur = m.group(1)
        if sur.isupper():  # "CHOI Hee-deok", "KIM Sang-gwang": a Korean surname in capitals, written as a name
            if _upper_hyphenated(sur, m.group(2)):
                start, name = m.start(), sur.capitalize() + " " + m.group(2)
                western = _WESTERN_BEFORE.search(text, max(0, m.start() - 16), m.start())  # "Hon Andrew WAN Siu-kin" (Hong Kong)
                if western and western.group(1) not in HONORIFICS and single_name_ok(western.group(1)) and \
                        not _office_word(western.group(1)):
                    start, name = western.start(1), western.group(1) + " " + name
                out.append(NameSpan(start, m.end(), name, "hyphenated"))
            continue
        if sur.lower() in FUNCTION_WORDS or sur in HEAD_WORDS and sur.lower() not in KOREAN_SURNAMES or \
                _office_word(sur) or _ORG_WORD.search(sur):
            continue  # (1.34.0: but "Park Geun-hye": the Korean surname is no park)
        if not title_case and ORG_OR_PLACE_AFTER.match(text, m.end()):
            continue
        out.append(NameSpan(m.start(), m.end(), m.group(0), "hyphenated"))
    return out


# rule `list_mate_name`: a capitalised two- or three-word item coordinated with a recognised name in a list of
# persons is a name too, whatever its origin ("including Liang Xuefeng and Dorje Tsedrub", "Li Hua, Erkin Tursun
# and Ma Jun"): Tibetan, Uyghur, Mongolian or Western names that no other rule knows
# (1.36.0) with initials written without periods: "M Rajeswar Rao", "O Rajagopal", "Michael D Patra"
_MATE = r"(?:(?!U )[A-Z]{1,2} " + _WESTERN_WORD + r"(?: " + _WESTERN_WORD + r"){0,2}|" + \
    _WESTERN_WORD + r"(?: (?:[A-Z] )?" + _WESTERN_WORD + r"){1,2})"
_UNIT_BRACKET = r"\s\([^()]{1,80}\)"  # (1.34.0) a name's department in brackets: "Bruce Seely (Social Sciences)"
_MATE_AFTER = re.compile(r"(?:,\s+and\s+|,\s+|\s+and\s+)(" + _MATE + r")(?=,\s|\s+and\s|\s+(?:were|was|attended|also|"
                         r"respectively|as\s+well|accompanied|spoke|delivered|made|took|jointly|met|held|signed|"
                         r"[a-z]{3,}ed)\b|\s*[.;:)]|\s*$|"
                         # (1.34.0) "A and Joseph Rude from Iowa Economic Development Authority"
                         r"\s+from\s+(?:the\s+)?[A-Z]|"
                         # (1.34.0) a list of names each with its department in brackets: "Visitors included Bruce
                         # Seely (Social Sciences), James Moore (School of ...), Shane Godmere (IT)"
                         + _UNIT_BRACKET + r"(?=,\s|\s+and\s|\s*[.;]|\s*$))")  # "A and Julia Moreau announced": a pair before its verb
_MATE_BEFORE = re.compile(r"(?:^|,\s+|\b(?:including|includes|included|namely|as|like|from|by|with)\s+|:\s+)(" + _MATE +
                          r")(?:" + _UNIT_BRACKET + r")?(?:,\s+and\s+|,\s+|\s+and\s+)$")
_BRACKET_AFTER = re.compile(_UNIT_BRACKET + r"(?=,\s|\s+and\s)")


def _mate_ok(name: str) -> bool:
    low = name.lower()
    return _person_words(name) and low not in NOT_PERSONS and not any(w.endswith(".") for w in name.split()) and \
        not any(w in _NOT_SINGLE_NAMES for w in low.split()) and \
        name.split()[-1] not in RANK_ABBREVIATIONS  # (1.35.0) "and Fujian Gov. Tang Dengjie": a style, not a mate


def list_mate_names(text: str, spans: list[NameSpan]) -> list[NameSpan]:
    out = list(spans)
    changed = True
    rounds = 0
    while changed and rounds < 3:
        changed, rounds = False, rounds + 1
        for sp in list(out):
            cands = []
            bracket = _BRACKET_AFTER.match(text, sp.end)
            m = _MATE_AFTER.match(text, bracket.end() if bracket else sp.end)
            if m:
                cands.append((m.start(1), m.end(1), m.group(1)))
            m = _MATE_BEFORE.search(text, max(0, sp.start - 80), sp.start)
            if m and m.end() == sp.start:
                cands.append((m.start(1), m.end(1), m.group(1)))
            for a, b, name in cands:
                if _mate_ok(name) and not any(x.start < b and a < x.end for x in out):
                    out.append(NameSpan(a, b, name, "list_mate"))
                    changed = True
    out.sort(key=lambda x: x.start)
    return out


# rule `odd_case_name`: a Chinese name whose given name is written in lower case inside a list ("Yuan Jiajun, Zheng
# shanjie, and other leaders", "Huang boyun, Yu laishan"), or whose surname is in capitals after the given name
# ("Vice-president Wei WANG"), as university and machine-translated pages write them
_LOWER_GIVEN = re.compile(r"(?<![\w'\u2019])([A-Z][a-z]{1,5}|[A-Z]{2,6}) ([a-z]{4,})(?=,\s|;|\s+and\s|\s+et\s+al\b|\s*[.)]|\s*$)")
# (a paragraph's or sentence's first words count as a list's: "\n\nHu heping, secretary of ...", "MAO weiming, a member")
_LIST_BEFORE = re.compile(r"(?:^|[,;:(\n]|[.!?]\s|\band|\bincluding)\s*$")
# (1.35.0) initials without periods, two or three of them: "S F Hamid chaired the review meeting" (one is an article)
_SPACED_INITIALS = re.compile(r"(?<![\w.'\u2019&-])((?:[A-Z] ){2,3})([A-Z][a-z]{2,}(?:-[A-Z]?[a-z]+)?)(?![\w'\u2019-]| [A-Z][a-z])")
_UNDOTTED_MIDDLE = re.compile(r"(?<![\w'\u2019.-])([A-Z][a-z]{2,}) ([A-Z]) ([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?![\w'\u2019-])")
_WESTERN_UPPER = re.compile(r"(?<![\w'\u2019-])([A-Z][a-z\u00e0-\u00ff]{2,}(?:-[A-Z][a-z\u00e0-\u00ff]{2,})?) "
                            r"([A-Z\u00c0-\u00de]{4,}(?:-[A-Z]{3,})?)(?![\w'\u2019-])")
_UPPER_AFTER = re.compile(r"(?<![\w'\u2019-])(" + _CAP + r") ([A-Z]{2,6})(?![\w'\u2019-])")
# rule `glued_title_name`: an office glued to the name by a lost space ("General SecretaryXi Jinping")
_GLUED_TITLE = re.compile(r"(?:Secretary|President|Premier|Chairman|Chairwoman|Governor|Mayor|Minister|Director|"
                          r"Ambassador)(" + _CAP + r") (" + _CAP + r")(?![\w'\u2019-])")


# rule `glued_word_name`: a Chinese name glued to the word before it by a lost space ("the meeting includedLiu Qian,
# Deputy Director", "(Reported byLi Weina)"); never before another capitalised word ("LegCo House Committee")
_GLUED_WORD = re.compile(r"(?<=[a-z]{2})([A-Z][a-z]{0,5}) (" + _CAP + r")(?![\w'\u2019-]|\s+[A-Z])")


# rule `glued_name` (parser 1.35.0): a Chinese name whose space was lost between surname and given name ("Director
# GuTiejun", "President LIUJing-shi", "QiuYuequn"), written as the text writes it; never a place ("ChengDu", "HongKong")
_GLUED_NAME = re.compile(r"(?<![\w'\u2019-])([A-Z][a-z]{0,5}|[A-Z]{2,6})([A-Z][a-z]+(?:-[a-z]+)?)(?![\w'\u2019-])")


def _glued_names(text: str) -> list[NameSpan]:
    out = []
    for m in _GLUED_NAME.finditer(text):
        sur, given = m.groups()
        whole = (sur + given).lower()
        if sur.lower() in COMMON_CHINESE_SURNAMES and syllables(given, 2) and whole not in PINYIN_PLACE_WORDS and \
                not ORG_OR_PLACE_AFTER.match(text, m.end()):
            out.append(NameSpan(m.start(), m.end(), m.group(0), "glued_name"))
    return out


def _office_word_before(before: str) -> bool:
    """The word right before a name is an office word ("President", "Vice-Governor")."""
    word = re.search(r"([\w-]+)\s+$", before)
    return word is not None and word.group(1).lower().rsplit("-", 1)[-1] in OFFICE_WORDS


_COMMA_WORDS = re.compile(r",\s+([A-Z][\w-]*)(?:\s+([A-Z][\w-]*))?")


def _office_after(text: str, end: int) -> bool:
    """An office follows the name after a comma ("..., Senior Vice-President", "..., Governor of ...")."""
    m = _COMMA_WORDS.match(text, end)
    return m is not None and (m.group(1).lower().rsplit("-", 1)[-1] in OFFICE_WORDS or
                              m.group(1).lower() in MODIFIERS and (m.group(2) or "").lower().rsplit("-", 1)[-1] in OFFICE_WORDS)


def odd_case_names(text: str) -> list[NameSpan]:
    out = _glued_names(text)
    for m in _LOWER_GIVEN.finditer(text):
        sur, given = m.group(1), m.group(2)
        if (sur.lower() in COMMON_CHINESE_SURNAMES if sur.isupper() else is_surname(sur)) and \
                sur.lower() not in FUNCTION_WORDS and syllables(given, 2) == 2 and \
                _LIST_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            out.append(NameSpan(m.start(), m.end(), sur.capitalize() + " " + given, "odd_case"))
    for m in _UPPER_AFTER.finditer(text):
        given, sur = m.group(1), m.group(2)
        before = text[max(0, m.start() - 30):m.start()]
        titled = _office_word_before(before)
        if is_surname(sur) and is_given_name(given) and given.lower() not in FUNCTION_WORDS and \
                (titled or _LIST_BEFORE.search(before)) and not text.startswith(")", m.end()):
            out.append(NameSpan(m.start(), m.end(), m.group(0), "odd_case"))
    out += [NameSpan(m.start(), m.end(), m.group(0), "initials_surname") for m in _SPACED_INITIALS.finditer(text)
            if single_name_ok(m.group(2)) and m.group(2).lower() not in _NOT_ENTITY_WORDS]
    for m in _WESTERN_UPPER.finditer(text):  # (1.35.0) "the President of the Republic, Paul KAGAME, convened"
        before = text[max(0, m.start() - 30):m.start()]
        # (1.37.0) after a style too, and a hyphenated or accented given name: "Mr. Jean-Noël BARROT"
        styled = bool(re.search(r"(?:^|\s)([A-Z][\w.]{0,4})\s+$", before)) and is_style(before.split()[-1])
        given = _unaccented(m.group(1)).lower().split("-")[0]
        if given in census_names()[0] and len(re.findall(r"[AEIOUY]", m.group(2))) >= (1 if styled else 2) and \
                (styled or _office_word_before(before) or _LIST_BEFORE.search(before)) and \
                f"({m.group(2)})" not in text:  # not an acronym
            out.append(NameSpan(m.start(), m.end(), m.group(0), "odd_case"))
        elif _HEPBURN.fullmatch(m.group(1)) and _HEPBURN.fullmatch(m.group(2)) and _office_after(text, m.end()) and \
                f"({m.group(2)})" not in text and not re.search(r"[A-Z][\w.]*\s$", before):
            # (1.44.0) Japanese: "lunch with Makoto NAKATANI, Senior Vice-President" (not a longer name's end)
            out.append(NameSpan(m.start(), m.end(), m.group(0), "odd_case"))
    for m in _UNDOTTED_MIDDLE.finditer(text):  # (1.36.0) "Professor Tony F Chan", "Michael D Patra"
        sur = m.group(3)
        if m.group(1).lower() in census_names()[0] and m.group(2) not in ("A", "I") and plain_surname(sur):
            dotted = f"{m.group(1)} {m.group(2)}. {sur}"  # the one person the text also writes "Kenneth Y. Stiles"
            out.append(NameSpan(m.start(), m.end(), dotted if dotted in text else m.group(0), "odd_case"))
    for m in _GLUED_TITLE.finditer(text):
        if is_surname(m.group(1)) and is_given_name(m.group(2)) and not ORG_OR_PLACE_AFTER.match(text, m.end()):
            out.append(NameSpan(m.start(1), m.end(), m.group(1) + " " + m.group(2), "glued_title"))
    out += [NameSpan(m.start(), m.end(), m.group(0), "mongolian") for m in _MONGOLIAN.finditer(text)
            if m.group(1).lower() not in _NOT_ENTITY_WORDS]
    out += [NameSpan(m.start(), m.end(), m.group(0), "initials_surname") for m in _INITIALS_SURNAME.finditer(text)
            if _initials_surname_ok(text, m)]
    # last: an office glued to the name is the more specific reading of the same span (`glued_title`)
    out += [NameSpan(m.start(), m.end(), m.group(0), "glued_word") for m in _GLUED_WORD.finditer(text)
            if is_surname(m.group(1)) and is_given_name(m.group(2)) and not ORG_OR_PLACE_AFTER.match(text, m.end())]
    return out


# rule `mongolian`: a Mongolian name after the initial of the father's name, written without a space
# ("G.Tumurbaatar", "Ch.Ulaan"); the initial is one Latin letter or a Cyrillic digraph's transliteration
_MONGOLIAN = re.compile(r"(?<![\w.])(?:[A-Z]|Ch|Sh|Ts|Kh|Zh)\.([A-Z][a-z]{3,}(?:-[A-Z]?[a-z]+)?)(?![\w.])")


# rule `initials_surname` (parser 1.28.0): a surname after the initials of the given and father's names, as Russian,
# Central Asian, Indian and African readouts write people ("A. Eltsov", "Yu. Losev", "A.G. Karlov", "E.S.Magashule");
# never a dotted country or body abbreviation ("U.S. Steel", "P.R. China") nor a list item's letter ("A. Background")
_INITIALS_SURNAME = re.compile(r"(?<![\w.'\u2019])((?:(?:[A-Z]|Yu|Ya|Ch|Sh|Ts|Kh|Zh)\.\s?){1,3})"
                               r"([A-Z][a-z]{2,}(?:-[A-Z]?[a-z]+)?)(?![\w'\u2019-]|\.\w| [A-Z][a-z])")  # a sentence's period may follow
_DOTTED_ABBREVIATIONS = {"US", "UK", "UN", "EU", "PR", "RO", "UAE", "USA", "DC", "HE", "HH"}  # (1.43.0) "H. E. A": a style
_COMPASS_PLACES = {"Korea", "Africa", "America", "Sudan", "Asia", "Europe"}  # "S. Korea", "N. America"


def _initials_surname_ok(text: str, m: re.Match) -> bool:
    initials = re.sub(r"[.\s]", "", m.group(1))
    if initials in _DOTTED_ABBREVIATIONS or not single_name_ok(m.group(2)) or \
            m.group(2).lower() in _NOT_ENTITY_WORDS or m.group(2) in _COMPASS_PLACES:
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    if len(initials) == 1 and not text[line_start:m.start()].strip():
        return False  # "A. Background": a list item
    before = re.search(r"([A-Z][\w'\u2019-]*) $", text[max(0, m.start() - 30):m.start()])
    if before and any(_office_word(w.rstrip("s")) or _office_word(w) for w in before.group(1).split("-")):
        return True  # "Pro-rector Yu. Losev"
    return not (before and single_name_ok(before.group(1)))  # "Hugh R. Sharp": a middle initial of a longer name


_ROLL_HONORIFICS = re.compile(r"\s*(?:(?:" + "|".join(HONORIFICS) + r")\.?\s+|(?:" + "|".join(ROLL_STYLES) + r")\s+)*")


# a style and an office without a name, a piece of a roll that names nobody ("His Worship the Mayor")
_STYLED_OFFICE = re.compile(r"(?:His|Her|Their)\s+(?:Worship|Excellency|Honou?r)(?:\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?")


# (parser 1.33.0) a roll's name may hold a middle initial ("John V Farrelly", "Joseph W. Gilliam")
# and a surname's apostrophe may be followed by a space ("Patsy O’ Neill")
_ROLL_WORD = r"(?:[OD]['\u2019] )?" + _WESTERN_WORD
_ROLL_PIECE = re.compile(_WESTERN_WORD + r"(?: [A-Z]\.?)?(?: " + _ROLL_WORD + r"){1,2}|[A-Z]\.?" + _PARTICLES + " " +
                         _ROLL_WORD)


# the office before a roll member's name: modifiers, then one office word ("Vice Chair ", "Trustee ", "Deputy Mayor ")
_ROLL_OFFICE_LEAD = re.compile(r"\s*(?:(?:Vice|Deputy|Acting|Assistant|Executive|Senior|Chief|Associate)[ -])*"
                               r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?\s+(?=[A-Z])")


_ROLL_BULLET = re.compile(r"\s*(?:[-\u2013\u2022*\u00b7]\s+|and\s+)?")  # a bullet (BULLET below), ", and C"
_ROLL_AND = re.compile(r"\s+and\s*$")
_ROLL_SURNAME = re.compile(r"(?:Mc|Mac|[OD]['\u2019]\s?)?[" + UP + r"][" + LO + r"]+(?:-[" + UP + r"][" + LO + r"]+)?")


_ROLL_PLURAL = re.compile(r"\b(?:" + "|".join(ROLL_STYLES) + r")\b")
# two members joined by "and" in one piece of a roll: surnames ("Kaiser and MacGilvray") or names ("Nina Ross and Bo Lind")
_ROLL_AND_PAIR = re.compile(r"(\s*(?:" + _ROLL_SURNAME.pattern + r"|" + _ROLL_PIECE.pattern + r"))\s+and\s+(" +
                            _ROLL_SURNAME.pattern + r"|" + _ROLL_PIECE.pattern + r")\.?\s*")


def _roll_surname(word: str) -> bool:
    """A member's surname written alone in a roll: one capitalised word, no office, no organisation or function word."""
    return bool(_ROLL_SURNAME.fullmatch(word)) and not roll_office(word) and \
        single_name_ok(word.replace("\u2019", "'").split("'")[-1])


def _office_phrase_cut(words: str) -> int:
    """Where the name starts after an office phrase that opens a roll piece ("City Clerk Joanna Flores" -> 11), or 0:
    the shortest capitalised office phrase followed by a surname alone or a name of two or three words."""
    split = [m.start() for m in re.finditer(r"(?<= )\S", words)]
    for k in split:
        head, rest = words[:k - 1], words[k:]
        if head[0].isupper() and roll_office(head) and (_roll_surname(rest) or _ROLL_PIECE.fullmatch(rest) and
                                                        _person_words(rest) and not roll_office(rest)):
            return k
    return 0


def _roll_pieces(line: str) -> list[tuple[int, int]]:
    """The comma- or semicolon-separated pieces of a roll line, a piece of two members joined by "and" split in two."""
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"[^,;]+", line):
        pair = _ROLL_AND_PAIR.fullmatch(line, m.start(), m.end())
        out += [(m.start(), pair.end(1)), (pair.start(2), m.end())] if pair else [m.span()]
    return out


def roll_names(line: str) -> list[NameSpan]:
    """Rule `roll_name` (parser 1.28.0): under a minutes' roll label ("Present:", "Apologies:"), each comma-separated
    piece of two or three capitalised words is a name, whatever its origin ("Nina Ross, Bo Lind"). (1.33.0) A plural
    style may open the list ("Councillors A, B, C."), a bracket may hold an office ("Ruben Garcia (Group Manager –
    Community)"), and an office may follow its name as a piece of its own ("A, Clerk of Court, B, County Attorney")."""
    out: list[NameSpan] = []
    plural = False  # "Members Brochu, Martyn, Tongco": a plural style makes the pieces after it surnames too
    for a, b in _roll_pieces(line):
        piece = line[a:b]
        core = re.sub(r"\s*\([^()]{0,60}\)\s*$", "", re.sub(r"(?<=[a-z)])\.\s*$", "", piece))
        core = _ROLL_AND.sub("", core)  # (1.35.0) "- Councillor Queenan and" (a bulleted roll's last but one)
        bullet = len(_ROLL_BULLET.match(core).group(0))  # type: ignore[union-attr]  # it matches the empty string
        skip = bullet + len(_ROLL_HONORIFICS.match(core, bullet).group(0))  # type: ignore[union-attr]
        styled = skip > bullet + len(core[bullet:]) - len(core[bullet:].lstrip())
        plural = plural or bool(_ROLL_PLURAL.search(core, bullet, skip))
        office = _ROLL_OFFICE_LEAD.match(core, skip)  # (1.33.0) "Vice Chair Alan Tate", "Trustee Rosa Kim"
        if office and roll_office(office.group(0).strip()):
            skip, styled = office.end(), True
        words = core[skip:].strip()
        if not words or _STYLED_OFFICE.fullmatch(words):
            continue  # (parser 1.32.0) "Present: His Worship the Mayor, Mr J Smith, Cr A Brown"
        cut = _office_phrase_cut(words)
        if cut:
            # (1.35.0) "Staff present: Director of Planning Mayo, City Engineer Pullen", "Also in attendance were: City
            # Clerk Joanna Flores": an office phrase, then the surname or the name
            skip, words, styled = skip + len(core[skip:]) - len(core[skip:].lstrip()) + cut, words[cut:], True
        if (styled or plural) and _roll_surname(words):
            # rule `roll_surname_only` (parser 1.35.0): "Councillors present: Councillor Baker, Councillor Bree",
            # "Members Brochu, Martyn and Kaiser": a member written by office and surname alone
            start = a + skip + len(core[skip:]) - len(core[skip:].lstrip())
            out.append(NameSpan(start, start + len(words), words, "roll_name"))
            continue
        if not _ROLL_PIECE.fullmatch(words) or not _person_words(re.sub(r"^[A-Z]\.? ", "", words)):
            if out and out[-1].end == a - 1 and roll_office(words):
                continue  # the office of the name before it
            return []
        start = a + skip + len(core[skip:]) - len(core[skip:].lstrip())
        out.append(NameSpan(start, start + len(words), words, "roll_name"))
    return out


def roll_office(words: str) -> bool:
    """An office written in a minutes' roll: its head word (before "of") an office ("Clerk of Court", "Directors")."""
    head = re.split(r"\s+(?:of|for|to)\s+", words, maxsplit=1)[0].split()[-1].lower()  # "Clerk of Court"
    return head in OFFICE_WORDS or head in ROLL_OFFICE_WORDS


# rule `roll_lead_name` (parser 1.31.0): under a roll label, a line that opens with two or three capitalised words
# before a bracket, a comma or a wide gap ("- Claudia Tenney (New York), Ways and Means Committee", "Mr. Sun Qingguo
# Deputy Director-General"): the member's name, whatever its origin
# what may stand before the name that opens such a line: a bullet, an honorific ("- Mr. A, Director")
BULLET = r"[-\u2013\u2022*\u00b7]"  # a list bullet: hyphen, en dash, bullet, asterisk, middle dot
LINE_LEAD = (r"\s*(?:" + BULLET + r"\s*)?(?:(?:" + _LONG_STYLE + r"|(?:His|Her)\s+Honou?rable)\.?,?\s+)?"
             r"(?:(?:[Tt]he\s+)?(?:Right\s+|Rt\.?\s+)?Hon(?:ou?rable|\.)?\s+)?(?:(?:" +
             "|".join(HONORIFICS) + r")\.?\s+)?")  # (1.33.0) "Honourable Dr A", "The Right Honourable A"; (1.43.0)
# "Malawi : H.E. Dr. Bakili Muluzi, President", "Namibia: His Excellency Dr. Nangolo Mbumba, the Vice President ..."
# (parser 1.32.0) minutes write a member as an initial and a surname ("J van Beek", "P Munro – Te Pou Whakarae"), the
# office after a spaced dash
_ROLL_LEAD = re.compile(LINE_LEAD + r"(" + _WESTERN_WORD + r"(?:" + _PARTICLES + r" " + _WESTERN_WORD + r"){1,2}|[A-Z]\.?" + _PARTICLES +
                        " " + _WESTERN_WORD + r")(?=" + POST_NOMINAL + r"*(?:\s*\(|,\s|\s{2,}|\s+[-\u2013\u2014]\s|\s*$))")
# (1.50.0) post-nominal letters may close the name: "Rebecca Evans MS", "Jane Hutt MS (Chair)"


def roll_lead_name(line: str) -> NameSpan | None:
    """The name that opens a roll line (particles inside: "Jan du Plessis, Chairman, BT", parser 1.34.0)."""
    m = _ROLL_LEAD.match(line)
    if not m or not _person_words(re.sub(r"^[A-Z]\.? ", "", m.group(1))):  # "A Tapine": an initial, no article
        return None
    return NameSpan(m.start(1), m.end(1), m.group(1), "roll_lead_name")


# honorifics and styles of address, dropped before a name the model's NER proposes
_STYLES = STYLE_WORDS | {w.lower() for w in HONORIFICS}
_DOTTED_RANKS = {r + "." for r in RANK_ABBREVIATIONS}  # (1.35.0) "Sen. Warner", "Gen. Kayonga" (but "Gen Nakatani")


def is_style(word: str) -> bool:
    """A style of address or an honorific, with or without its periods ("Hon.", "H.E", "Mr")."""
    w = word.lower()
    return bool({w, w.rstrip("."), w + "."} & _STYLES)
# words that are never a word of a person's name the model's NER proposes: offices, organisation and place heads,
# months and days, news outlets, sentence adverbs, function words, styles of address
_NOT_ENTITY_WORDS = (OFFICE_WORDS | MODIFIERS | ORG_HEADS | PLACE_HEADS | CALENDAR_WORDS | MEDIA_WORDS | FIELD_WORDS |
                     SENTENCE_ADVERBS | FUNCTION_WORDS | _STYLES) - SURNAME_STYLES | set(_CHAIR_VERB_WORDS)
_ENTITY_WORD = re.compile(_WESTERN_WORD + r"$")
_ENTITY_PARTICLES = set(re.findall(r"[a-z]+", _PARTICLES))  # "bin", "van", "de": inside a name, never first


_ENTITY_RUN = re.compile(r"(?<![\w'\u2019-])" + _WESTERN_WORD + r"(?:" + _PARTICLES + " " + _WESTERN_WORD +
                         r")+" + _NAME_END)
_RUN_HEADS = ORG_HEADS | PLACE_HEADS | DELEGATION_NOUNS | \
    {w.lower() for w in re.findall(r"[A-Z][a-z]+", ORG_OR_PLACE_AFTER.pattern)}


_POSSESSIVE = re.compile(r"['\u2019]s$")  # "President's", "Trong's": a word without its possessive


def _forms(word: str) -> set[str]:
    """The word in lower case without a possessive, and its possible singulars ("Governors", "Countries")."""
    w = _POSSESSIVE.sub("", word.lower())
    return {w, w[:-1], w[:-2], w[:-3] + "y"} if w.endswith("s") else {w}


def _name_word(word: str) -> bool:
    """No office (singular or plural: "Vice Governors"), organisation, place, calendar, function or style word."""
    return word.lower() not in _NOT_ENTITY_WORDS and not _forms(word) & OFFICE_WORDS


def _dictionary_word(word: str, dictionary: frozenset[str]) -> bool:
    """An English word of the model's word list, or made of such words ("Five-Year", "Countries")."""
    w = word.lower()
    return bool(_forms(w) & dictionary) or ("-" in w and all(_dictionary_word(x, dictionary) for x in w.split("-") if x))


def _rank_dropped(text: str, s: int, e: int, name: str) -> tuple[int, str]:
    """(1.55.0) "Gen Qamar Javed Bajwa": an abbreviated rank before three name words is no word of the name (before one,
    it may be a given name: "Gen Nakatani")."""
    if len(name.split()) >= 4 and name.split()[0] in RANK_ABBREVIATIONS:
        s = text.index(name.split()[1], s + len(name.split()[0]))
        return s, text[s:e]
    return s, name


def entity_runs(text: str, dictionary: frozenset[str] | None) -> list[tuple[int, int]]:
    """Runs of two or more capitalised words that may hold a name the NER finds: none of their words is an
    organisation or place head ("Guangxi Zhuang Autonomous Region", "Shanghai General Motor Company" are no
    persons), two words that are no office, calendar or function word stand together, and one of them is no
    English word of `dictionary` (`syntax.dictionary_words`): "Five-Year Plan" and "Foreign Affairs" are phrases
    in title case, "Khalil Hashmi" and "Robert Ghiz" are names. A name made of English words alone ("Ken Smith")
    is left to the name rules, unless two of its words are a census given name and surname (parser 1.41.0:
    "Clement Wilkinson", whose words the word list has). With `dictionary` None, the runs before that last test (no model needed)."""
    out = []
    for m in _ENTITY_RUN.finditer(text):
        start, words = _after_last_head(m.start(), m.group(0))
        if ORG_OR_PLACE_AFTER.match(text, m.end()) or " ".join(words).lower() in NOT_PERSONS:
            continue
        plain = [_name_word(w) and w not in _ENTITY_PARTICLES for w in words]
        if any(x and y for x, y in zip(plain, plain[1:])) and \
                (dictionary is None or any(p and not _dictionary_word(w, dictionary) for w, p in zip(words, plain)) or
                 any(x and y and census_pair([a, b]) for x, y, a, b in zip(plain, plain[1:], words, words[1:]))):
            out.append((start, m.end()))
    return out


def _after_last_head(start: int, run: str) -> tuple[int, list[str]]:
    """The words of a run after its last organisation or place head, and where they start: "President's Office
    Ibrahim Hussain Shihab" may hold a name after "Office" (parser 1.22.0; before, a run with a head held none)."""
    words = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", run)]
    heads = [i for i, (_, w) in enumerate(words) if any(x in _RUN_HEADS for x in _POSSESSIVE.sub("", w.lower()).split("-"))]
    if heads:
        words = words[heads[-1] + 1:]
    return (start + words[0][0] if words else start + len(run)), [w for _, w in words]


def may_hold_entity(text: str, taken: list[NameSpan], dictionary: frozenset[str] | None) -> bool:
    """The test before running the NER on a sentence (it costs as much as the parse): `entity_names` keeps a
    name only inside an `entity_runs` run, and only where a word of it is in no name found already."""
    for s, e in entity_runs(text, dictionary):
        for m in re.finditer(r"\S+", text[s:e]):
            a, b = s + m.start(), s + m.end()
            if _name_word(m.group(0)) and not any(sp.start < b and a < sp.end for sp in taken):
                return True  # a name word no name found covers
    return False


_OFFICE_OF_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(OFFICE_WORDS)) + r")\s+(?:of|at|for)\s+(?:the\s+)?$", re.I)
_ORG_NOUN_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_RUN_HEADS)) + r")\s+$")
# (1.39.0) ... but an office's body before the name is the office's: "the head of the government Irakli Kobakhidze"
_OFFICE_OF_BODY_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(OFFICE_WORDS)) + r")\s+(?:of|at|for)\s+(?:the\s+)?"
                                    r"(?:" + "|".join(sorted(_RUN_HEADS)) + r")\s+$", re.I)


def _pinyin_shaped(tokens: list[str], dictionary: frozenset[str]) -> bool:
    """Words the pinyin rules have judged already: a surname and a pinyin given name (a trailing "s" aside: "Xi
    Jinpings"), or a place word of several syllables first ("Qinghai Golog", "Yiwu Small Commodity"); not a short
    Akan or Fante given name of pinyin letters before words no dictionary has ("Ato Ahwoi", "Kofi Totobi Quakyi")."""
    if is_surname(tokens[0]) and len(tokens) == 2:  # three words ("Li Le An") are no shape of theirs
        return syllables(tokens[1]) is not None or syllables(tokens[1][:-1]) is not None
    first = tokens[0].lower()
    if (syllables(tokens[0]) or 0) < 2 or first in COMPOUND_SURNAMES:
        return False
    if first in PINYIN_PLACE_WORDS:
        return True
    # (1.42.0) a word neither English nor pinyin after it is a foreign name's: "Sergei Lavrov", "Roger Lewentz"
    if any(not _dictionary_word(t, dictionary) and syllables(t) is None for t in tokens[1:]):
        return False
    return len(first) >= 5 or any(t.lower() in dictionary for t in tokens[1:]) or \
        any(syllables(t) for t in tokens[1:])


_RANK_WORD = re.compile(r"(?:" + "|".join(RANK_ABBREVIATIONS) + r")\.?(?=\s)")


def _two_ranks(text: str, at: int, words: int) -> bool:
    """The word at `at` is an abbreviated rank beside another one ("Lt Gen Seretse Khama", "Brig| Gen A B"), before
    two more words: no name word (a rank alone may be a given name: "Gen Nakatani")."""
    if words < 3 or not _RANK_WORD.match(text, at):
        return False
    before = re.search(r"(\S+)\s+$", text[max(0, at - 8):at])
    return bool(_RANK_WORD.match(text, at + len(text[at:].split(None, 1)[0]) + 1)) or \
        before is not None and before.group(1).rstrip(".") in RANK_ABBREVIATIONS


# (parser 1.38.0) the credit or headline word the NER runs a name into: "Qiao Renming Photographer", "Xu Lin
# Correspondent", "Li Jiayang Meets", "Wang Zhengpu Attends" (the lexicon's HEADLINE_VERBS, shared with the titled rule)
_CREDIT_WORDS = {*PRESS_LABELS, "photographer", "photographers", "editor", "editors", "approver", "reviewer", "translator",
                 *HEADLINE_VERBS}


def _entity_runs_into_act(word: str, dictionary: frozenset[str]) -> bool:
    """A word after a name that is a credit, a headline's verb or an English -ing form ("Li Dayong Hosting",
    "Zhao Guogang Delivering"): the name ended before it."""
    if word in _CREDIT_WORDS:
        return True
    stem = word[:-3]  # the dictionary holds base forms: "host", "deliver", "chair"; "mak(e)ing", "sit(t)ing"
    return len(word) > 5 and word.endswith("ing") and (stem in dictionary or stem + "e" in dictionary or
                                                       stem[-1:] == stem[-2:-1] and stem[:-1] in dictionary)


# (1.41.0) "the Harry Potter musical", "the Max Planck Institute": a name after "the" names a thing
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he\s+$")
# (1.42.0) ... and so after a head written before the name it heads: "Universiti Tunku Abdul Rahman", "Universidad
# Simón Bolívar" (names.ORG_HEADS follow the name in English)
_ORG_PREFIX_BEFORE = re.compile(r"\b(?:" + "|".join(ORG_PREFIX_HEADS) + r")\s+$")


def entity_names(text: str, spans: list[tuple[int, int]], taken: list[NameSpan],
                 dictionary: frozenset[str]) -> list[NameSpan]:
    """Rule `entity_name`: a person the model's NER finds (`spans`, from `syntax.person_entities`) where no name
    rule found one: Western, Malay, Cantonese or three-word names ("Ambassador to China, Khalil Hashmi", "Tan Sri
    Ong Ka Ting"). Honorific words before the name are dropped; the rest must be two to four capitalised name
    words, none an office, organisation, place, calendar or function word: the NER also calls places and
    organisations persons."""
    out, runs = [], entity_runs(text, dictionary)
    for start, end in spans:
        words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[start:end])]
        low = [text[start + a:start + b].lower().rstrip(".") for a, b in words]
        # (1.57.0) an act's participle is no name word: "Addressing Bakgatla at the kgotla, ..."
        while words and (low[0] in _STYLES and (low[0] not in SURNAME_STYLES or low[1:2] in (["sri"], ["puan"])) or
                         low[0] in ACT_PARTICIPLES or low[0] in TRADITIONAL_TITLES or
                         text[start + words[0][0]:start + words[0][1]] in _DOTTED_RANKS or  # "Sen. Warner"
                         _two_ranks(text, start + words[0][0], len(words))):  # (1.37.0) "Lt Gen A B"
            words.pop(0)
            low.pop(0)
        for k in range(2, len(words)):  # "Andrzej Rychard - Director": the NER ran on into a dash and an office
            word = _POSSESSIVE.sub("", text[start + words[k][0]:start + words[k][1]])
            if not (_ENTITY_WORD.match(word) or word in _ENTITY_PARTICLES) or low[k] in _NOT_ENTITY_WORDS or \
                    _entity_runs_into_act(low[k], dictionary):
                words = words[:k]
                break
        if not words:
            continue
        s, e = start + words[0][0], start + words[-1][1]
        name = _POSSESSIVE.sub("", text[s:e])
        e = s + len(name)
        # the NER may stop a word short of the run of name words it sits in ("Kofi Totobi| Quakyi")
        longer = next((r for rs, r in runs if rs == s and r > e), None)
        if longer and len(name.split()) >= 2 and len(text[s:longer].split()) <= 4 and all(_ENTITY_WORD.match(w) and w.lower() not in dictionary and
                                                                   not _entity_runs_into_act(w.lower(), dictionary)
                                                                   for w in text[e:longer].split()):
            name, e = text[s:longer], longer
        s, name = _rank_dropped(text, s, e, name)
        # ... or start it a word late ("Publisher Muliaga| Jean Malifa"): a word no dictionary has, not an office
        run_start = next((rs for rs, r in runs if rs < s <= r), None)
        before = text[run_start:s].split() if run_start is not None else []
        if len(before) >= 2 and len(name.split()) in (2, 3) and _office_word(before[-2]) and \
                _ENTITY_WORD.match(before[-1]) and before[-1].lower() not in dictionary and \
                not _office_word(before[-1]) and before[-1].lower() not in _NOT_ENTITY_WORDS | _STYLES:
            s = text.rindex(before[-1], 0, s)  # (only right after an office: "Publisher Muliaga Jean Malifa")
            name = text[s:e]
        while len(name.split()) > 2 and _portfolio_word(name.split()[0]):
            # `portfolio_word_not_name`: "Foreign Affairs, ... and Moroccan Expatriates| Nasser Bourita"
            s = text.index(name.split()[1], s + len(name.split()[0]))
            name = text[s:e]
        tokens = name.split()
        inside = [sp for sp in taken if sp.start < e and s < sp.end]
        if not 2 <= len(tokens) <= 4 or not all(sp.start == s and sp.end < e for sp in inside) or len(inside) > 1:
            continue  # a name found already stays, unless the NER writes it longer ("Ong Ka" -> "Ong Ka Ting")
        if not all(_ENTITY_WORD.match(t) or t in _ENTITY_PARTICLES for t in tokens) or tokens[0] in _ENTITY_PARTICLES or \
                all(t.rstrip(".") in RANK_ABBREVIATIONS for t in tokens):  # "Lt Gen"
            continue
        if any(t.lower() in _NOT_ENTITY_WORDS for t in tokens) or \
                _pinyin_shaped(tokens, dictionary) and not census_pair(tokens) or \
                re.search(r"[,;:\"\u201c\u201d()]", name):
            continue  # a name holds no comma or quote ('... and Bulgaria," Fu added')
        if _office_then_name(text, e, taken) and not census_pair(tokens):
            continue  # (1.54.0) "Nuevo Leon Governor Samuel Garcia": the place or body whose office a name holds
        if _bracket_affiliation(text, s, e):
            continue
        if not (any(rs <= s and e <= re_ for rs, re_ in runs) or census_pair(tokens)) or \
                _THE_BEFORE.search(text, max(0, s - 5), s) or _ORG_PREFIX_BEFORE.search(text, max(0, s - 14), s) or \
                _ORG_NOUN_BEFORE.search(text, 0, s) and not _OFFICE_OF_BODY_BEFORE.search(text, 0, s) or \
                _OFFICE_OF_BEFORE.search(text, 0, s):
            continue  # "cosmetics group Lumiere Beaute", "Chief Executive of Nordwind Energy": organisations
        out.append(NameSpan(s, e, name, "entity"))
    return out


_OFFICE_RUNS = [re.compile(r"(?:\s+[A-Z][\w'\u2019-]*){" + str(k) + r"}\s+") for k in (1, 2, 3)]


def _office_then_name(text: str, end: int, taken: list[NameSpan]) -> bool:
    """Capitalised office words run from the end of an entity straight to a name found already: the entity is the
    office's place or body ("Nuevo Leon Governor Samuel Garcia", "Ruhr Valley Mayor A B"), no person."""
    starts = {sp.start for sp in taken}
    for run in _OFFICE_RUNS:
        m = run.match(text, end)  # (no anchor or lookbehind in the runs: the same match as on the slice, no copy)
        if m is None or not all(_office_word(w) for w in m.group(0).split()):
            return False
        if m.end() in starts:
            return True
    return False


@lru_cache(maxsize=1)
def census_names() -> tuple[frozenset[str], frozenset[str]]:
    """Given names and surnames of the 1990 US Census (the pinned package `names`, public-domain data), lower case."""
    def read(*parts: str) -> frozenset[str]:
        return frozenset(line.split()[0].lower() for part in parts
                         for line in (files("names") / part).read_text().splitlines() if line.strip())
    return read("dist.male.first", "dist.female.first"), read("dist.all.last")


def census_pair(tokens: list[str]) -> bool:
    """Rule `census_name` (parser 1.32.0): a name the model's NER proposes whose every word an English dictionary
    has ("Adrian Thomas", "Shelley Taylor") is still a person when the census has its first word as a given name and
    its last as a surname; a middle word may be an initial or another given name ("Mary Ann Smith")."""
    given, surnames = census_names()
    words = [_POSSESSIVE.sub("", t).lower().rstrip(".") for t in tokens]
    return 2 <= len(words) <= 3 and words[0] in given and words[-1] in surnames and \
        all(len(w) == 1 or w in given for w in words[1:-1]) and words[0] not in PINYIN and \
        not any(w in LANDMARK_WORDS or w in ORG_HEADS or w in PLACE_HEADS for w in words)  # "Ping Tom Park"



# rule `verb_subject_name` (parser 1.30.0): two or three capitalised words right before a verb of speech or presence
# ("Fianna Fail’s Conor Keelan asked", "Cllr Bell and Mark Dearey attended"): a person, where no word is one an English
# dictionary has (a place or a body is written with one: "New Zealand", "Kenya Airways") nor an office, body, place or
# calendar word, the run starts the clause or follows a possessive, and the text never writes it after "in" or "to"
_VERB_SUBJECT = re.compile(r"(?:^|(?<=[,;:(\u201c\"]\s)|(?<=['\u2019]s\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bwhile\s)|"
                           r"(?<=\bwhen\s)|(?<=\bas\s))"
                           r"((?:" + _WESTERN_WORD + r"\s){1,2}" + _WESTERN_WORD + r")"
                           r"(?=\s+(?:(?:also|then|further|later|again|first|finally)\s+)?(?:said|says|asked|stressed|noted|"
                           r"added|explained|told|urged|welcomed|thanked|spoke|attended|emphasi[sz]ed|pointed\s+out|"
                           r"expressed|stated|remarked|informed|assured|suggested|proposed|reported|introduced|briefed|"
                           r"highlighted|underlined|called\s+(?:for|on)|(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance)|"
                           # (1.42.0) "Kassym-Jomart Tokayev conveyed his best wishes to ..."
                           r"conveyed|reaffirmed|reiterated|underscored|commended|praised|"
                           # (1.52.0) "Kassym-Jomart Tokayev instructed to continue ...", "... answered Georg Buettler"
                           r"instructed|directed|ordered|requested|announced|recalled|acknowledged|congratulated|"
                           r"recommended|insisted|observed|mentioned|indicated|answered|replied|responded|declared|"
                           r"affirmed|advised|encouraged|lauded|hailed|chaired|presided|(?:was|were)\s+(?:informed|briefed)|"
                           # (1.56.0) "Today, Artur Davtyan met with the President of ...", "A received B"
                           r"met|meets|received|receives|hosted))")


def written_as_place(words: str, whole: str) -> bool:
    """The document writes the words after "in" or "to" ("visit to Burkina Faso", "in Sierra Leone"): a place."""
    return re.search(r"\b(?:in|to|In|To)\s+" + re.escape(words) + r"\b", whole) is not None


def _not_rare_name(words: list[str], dictionary: frozenset[str]) -> bool:
    """No name for `verb_subject_name` / `office_name`: a word that is no name word, or one a dictionary has, unless
    the census gives the words as a given name and a surname (parser 1.32.0: "Leeanne Hooper explained")."""
    return any(not _name_word(w) or "." in w for w in words) or \
        any(w.lower() in dictionary for w in words) and not census_pair(words)


def verb_subject_names(text: str, taken: list[NameSpan], dictionary: frozenset[str], whole: str) -> list[NameSpan]:
    """Rule `verb_subject_name`: see `_VERB_SUBJECT`; `whole` is the document's text."""
    out = []
    for m in _VERB_SUBJECT.finditer(text):
        s, e = m.span(1)
        words = m.group(1).split()
        if any(sp.start < e and s < sp.end for sp in taken) or _not_rare_name(words, dictionary):
            continue
        if written_as_place(m.group(1), whole):
            continue
        out.append(NameSpan(s, e, m.group(1), "verb_subject"))
    return out


# rule `office_name` (parser 1.31.0): two or three capitalised words that no English dictionary has, right after an
# office ("Ambassador of Georgia to Germany - Lado Chanturia", "... Coordinating Board (BKPM) Bahlil Lahadalia said",
# "Speaker of Parliament, The Honourable Filimone Jitoko"): the holder. As for `verb_subject_name`, no word is an
# office, body, place or calendar word and the text never writes the words after "in" or "to" (a place)
_OFFICE_NAME = re.compile(r"(?<![\w'\u2019-])(?=((?:" + _WESTERN_WORD + r"\s){1,2}" + _WESTERN_WORD + r")" + _NAME_END + ")")
_OFFICE_GAP = re.compile(r"(?:\s+[-\u2013\u2014]\s+|\s+\([A-Z]{2,8}\)\s+|,\s+(?:[Tt]he\s+)?(?:Rt\.?\s+)?(?:Hon\.?|Honourable|"
                         r"Honorable)\s+|\s+)$")


def office_names(text: str, taken: list[NameSpan], dictionary: frozenset[str], whole: str, is_title) -> list[NameSpan]:
    """Rule `office_name`: see `_OFFICE_NAME`; `whole` is the document's text."""
    out: list[NameSpan] = []
    for m in _OFFICE_NAME.finditer(text):
        s, e = m.span(1)
        words = m.group(1).split()
        if any(sp.start < e and s < sp.end for sp in taken + out) or _not_rare_name(words, dictionary) or \
                any(w.lower() in LEGISLATURE_WORDS for w in words):
            continue  # (every start is tried: "The Honourable| Filimone Jitoko"); (1.46.0) "of the Verkhovna Rada"
        gap = _OFFICE_GAP.search(text, max(0, s - 40), s)
        office = _OFFICE_BEFORE_COMMA.search(text, 0, gap.start()) if gap else None
        if not office or not office.group(1) or not _office_before(office.group(1).lstrip("\"\u201c\u201d\u2019' "), is_title) or \
                ORG_OR_PLACE_AFTER.match(text, e) or \
                re.match(r"['\u2019]s\b", text[e:]) or _ORG_NOUN_BEFORE.search(text, 0, s) or \
                _pinyin_shaped(words, dictionary) and not census_pair(words):
            continue  # "the All-China Women's Federation", "cosmetics group Lumiere Beaute", "Kangmei Tongcheng"
        if written_as_place(m.group(1), whole):
            continue
        out.append(NameSpan(s, e, m.group(1), "office_name"))
    return out


_NAME_PARTICLE = re.compile(r"(?:Bin|bin|Binti|binti|Ibn|ibn|Al|al|El|el|Ould|ould|de|da|del|dos|van|von)$")
_BEFORE_WORD = re.compile(r"(\S+)\s+$")


def _ends_place_name(text: str, end: int) -> bool:
    """The words before `end` end a place of several words the lexicon lists ("Costa Rica", "Sri Lanka")."""
    words = text[max(0, end - 40):end].lower().split()[-4:]
    return any(" ".join(words[i:]) in PLACE_NAMES for i in range(len(words)))


def name_words_before(text: str, start: int, dictionary: frozenset[str], most: int) -> int:
    """Where a name that starts at `start` starts when it takes up to `most` words before it (rule
    `office_name_words`, see parties.Doc): capitalised words no dictionary has and no office, body, place or calendar
    word, and name particles between them; never a particle first."""
    taken = start
    pos = start
    before_particle = bool(_NAME_PARTICLE.match(text[start:].split(" ", 1)[0]))
    for _ in range(most):
        m = _BEFORE_WORD.search(text, max(0, pos - 40), pos)
        if not m:
            break
        w = m.group(1)
        particle = bool(_NAME_PARTICLE.match(w))
        # a dictionary word stands in a name only before a particle: "Khalid Bin Mohammed Al Attiyah"
        if not particle and not (re.fullmatch(_WESTERN_WORD, w) and (w.lower() not in dictionary or before_particle)
                                 and _name_word(w) and _person_words(w) and not _ORG_WORD.search(w)):
            break
        if not particle and re.search(r"\b(?:of|in|to|at|from|for|and)\s+$", text[max(0, m.start(1) - 6):m.start(1)]):
            return start  # "Governor of Vayots Dzor Ararat Grigoryan": the words after "of" are a place
        if not particle and _ends_place_name(text, m.end(1)):
            break  # (1.42.0) "Ambassador to Costa Rica| Cynthia Telles": the word ends a place's name
        pos = m.start(1)
        before_particle = particle
        if not particle:
            taken = pos
    return taken


# rule `comma_pinyin_name`: "Mr. Yang, Daqing, Deputy Director-General, ...", "Mr. Changwei, Ge; Director ...": a
# pinyin name written in two parts with a comma after an honorific (kept as written)
_COMMA_PINYIN = re.compile(r"\b(?:Mr|Ms|Mrs|Madam|Dr|Prof)\.?\s+([A-Z][a-z]+,\s[A-Z][a-z]+)(?=\s*[,;.]|\s*$)")


def comma_pinyin_names(text: str) -> list[NameSpan]:
    out = []
    for m in _COMMA_PINYIN.finditer(text):
        a, b = m.group(1).split(", ")
        if is_surname(a) and is_given_name(b) or is_given_name(a) and is_surname(b):
            out.append(NameSpan(m.start(1), m.end(1), m.group(1), "comma_pinyin"))
    return out


# rule `given_name_first`: a Chinese name written given name first, as universities, companies and foreign outlets
# write them ("led by Huaning Chen and ...", "Ambassador of China to Argentina, Hengmin Yin", "Si-Qing Chen"): a
# given name of two pinyin syllables (one word, or two joined by a hyphen) before one of the commonest family names;
# the given name may not be a place ("Hainan Li" is the Li people of Hainan) nor a compound surname
# (never before a third capitalised word: "of China Wang Yi", "Vice Mayor of Longyan Guo Lizhen" are a place and a
# name written surname first; never after "of", "in", "to", "from": "Ambassador to Iran Hua")
_GIVEN_FIRST = re.compile(r"(?<![\w'\u2019.-])(?<!\bof )(?<!\bin )(?<!\bto )(?<!\bfrom )"
                          r"([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?) ([A-Z][a-z]{1,5})(?![\w'\u2019-]|\s+[A-Z])")
# a given name written first is none of these (lexicon PINYIN_PLACE_WORDS) and no compound surname
_NOT_GIVEN_FIRST = frozenset(PINYIN_PLACE_WORDS | COMPOUND_SURNAMES)


def given_first_names(text: str) -> list[NameSpan]:
    out = []
    for m in _GIVEN_FIRST.finditer(text):
        given, sur = m.group(1), m.group(2)
        if sur.lower() not in COMMON_CHINESE_SURNAMES or syllables(given, 2) != 2 or \
                given.lower().replace("-", "") in _NOT_GIVEN_FIRST or \
                ORG_OR_PLACE_AFTER.match(text, m.end()) or "Autonomous" in text[m.end():m.end() + 30]:
            continue  # "Dehong Dai and Jingpo Autonomous Prefecture": an ethnic group is written like a surname
        out.append(NameSpan(m.start(), m.end(), m.group(0), "given_name_first"))
    return out


# rule `office_comma_name` (parser 1.29.0): two or three capitalised words after an office and its comma, before a
# comma, "and" or the sentence's end ("Minister of Health, the Terrence Deyalsingh and Permanent Secretary to the Prime
# Minister, Maurice Suite"): a roll that writes the office before its holder
# (1.54.0) up to four name words, as `four_word_name` allows them: "the Secretary of Economy, Kurt Ignacio Honold Morales,"
_OFFICE_COMMA_NAME = re.compile(r"(?<=, )(?:the\s+)?(" + _WESTERN_WORD + r"(?: " + _WESTERN_WORD + r"){1,3})" +
                                _POST_NOMINAL + r"(?=,\s|\s+and\s|\s*[.;)]|\s*$|"
                                # (1.47.0) ... or before the verb of the clause: "Nigeria's Minister of Finance, Wale
                                # Edun said", "Ambassador to Thailand, Joaquim Amaral yesterday met with"
                                r"\s+(?:(?:yesterday|today|also|on\s+[A-Z][a-z]+day|has|had|was|were)\s+)?"
                                r"(?:[a-z]{3,}ed|said|says|met|meets|held|holds|spoke|told|gave|made|led|paid|took)\b|"
                                # (1.50.0) ... or before a purpose or a place: "the Minister of Justice, Aboubacarr
                                # Tambadou to discuss", "..., A at the ministry"
                                r"\s+(?:to\s+[a-z]{3,}|who|at|in|on|during|for|from|with)\b)")
# (1.54.0) a closing bracket ends a clause piece too: "A delegation of X (SRMSS) called on Lieutenant Governor, A B C"
_OFFICE_BEFORE_COMMA = re.compile(r"(?:^|[,;:()])\s*([^,;:()]{3,90})$|"
                                  # (1.33.0) in a longer clause piece, its last six words: "A Joint Communique said that
                                  # the delegation also held discussions with Vice President, Bharrat Jagdeo"
                                  r"(?:^|[,;:()])(?=[^,;:()]{91})[^,;:()]*?\s((?:[^\s,;:()]+\s+){0,5}[^\s,;:()]+)$")


def _office_before(segment: str, is_title, after_the: bool = False) -> bool:
    """The clause piece before the comma ends in an office: itself, or its words after a lower-case word ("He met the
    Governor of Texas"); with `after_the`, also its words after "the" in lower case (before a comma only)."""
    words = segment.split()
    if len(words) > 14:
        words = words[-14:]
    return any(is_title(" ".join(words[i:])) for i in range(len(words))
               if i == 0 or words[i - 1][:1].islower() and words[i][:1].isupper() or after_the and words[i - 1] == "the")


def _bracket_affiliation(text: str, start: int, end: int) -> bool:
    """(1.55.0) "A (executive director, Telefilm Canada)": the words after a comma that close a bracket opened after a
    name are the body of the office before the comma, no person."""
    lp = text.rfind("(", 0, start)
    if not (lp > text.rfind(")", 0, start) and text[lp:start].rstrip().endswith(",") and re.match(r"\s*\)", text[end:])):
        return False
    # (a person's name stays one: "(First Lady, Mary Khan)", "(headed by the Interior Minister, Mohsin Naqvi)")
    inner = text[lp + 1:start].lower().split()
    return not census_pair(text[start:end].split()) and not {"by", "the", "its", "his", "her", "their", "a", "an"} & set(inner)


def office_comma_names(text: str, is_title) -> list[NameSpan]:
    """Rule `office_comma_name`."""
    out = []
    for m in _OFFICE_COMMA_NAME.finditer(text):
        office = _OFFICE_BEFORE_COMMA.search(text, 0, max(0, m.start() - 2))
        words = m.group(1).split()
        # (1.34.0) "chaired by the permanent secretary of X, A": an office in lower case after "the"
        if not office or not _office_before(office.group(1) or office.group(2), is_title, True) or is_title(m.group(1)) or \
                not _person_words(m.group(1)) or \
                not _long_name_ok(words) or words[-1].lower() in ORG_HEADS | PLACE_HEADS or \
                any(w.lower() in FUNCTION_WORDS | PINYIN_PLACE_WORDS or _office_word(w) for w in words) or \
                re.match(r"\s+and\s+[A-Z]\w*\s+[A-Z]", text[m.end():]):
            continue  # "General Manager, Yunnan Qujing Industrial and Mining Investment Co": a company
        if _bracket_affiliation(text, m.start(1), m.end(1)):
            continue
        out.append(NameSpan(m.start(1), m.end(1), m.group(1), "office_comma"))
    return out


# rule `initialled_name` (parser 1.31.0): a name written with initials: a middle initial between given names and the
# surname ("Wilar C. De Los Santos", "Abdul Maal A. Muhith", "Narayan B.Iyer"), or initials alone before the surname
# after an honorific ("Dr. A. R. K Pillai", "Mr. T.N. Anil")
_SURNAME_WORDS = r"(?:(?:De|Del|Della|Van|Von|Da|Dos|Das|Los|La|Le|Du|Al|El|de|del|van|von|da|dos|al|el)\s)*" \
    r"(?:(?:O['\u2019]|D['\u2019])?(?:Mc|Mac)?[" + UP + "][" + LO + "]+(?:-[A-Z]?[a-z]+)?|[A-Z]{3,})"  # (1.34.0) "O'Keefe",
# "McTigue", "Baré"
_MIDDLE_INITIAL = re.compile(r"(?<![\w'\u2019.-])(?=((?:[" + UP + r"][" + LO + r"]+(?:-[" + UP + r"]?[" + LO + r"]+)?\s){1,2}"
                             r"[A-Z]\.\s?" + _SURNAME_WORDS + _NAME_SUFFIX + r")" + _NAME_END + r"(?!\.\w|\s[A-Z][a-z]))")
# (every start is tried: "Coordinator| Wilar C. De Los Santos")
_INITIALS_AFTER_HONORIFIC = re.compile(r"\b(?:" + "|".join(HONORIFICS) + r"|HE|H\.\s?E|Professor|Hon|"
                                       # (1.35.0) a council's styles: "Councillor S Scholtz", "Alderman O Daniels"
                                       r"Councill?or|Alderman|Alderwoman)\.?\s+(?!H\.\s?E\.)(" +  # (not "Councillor H.E. A B")
                                       r"(?:[A-Z]\.(?:\s?[A-Z]\.){0,2}(?:\s[A-Z](?=\s))?\s?|"
                                       # (1.34.0) initials without periods, as Commonwealth minutes and Indian
                                       # releases write them: "Mrs F S Marles", "Dr SS Agarwal", "Professor A G Klein"
                                       r"(?:[A-Z]{1,2}\s){1,3})" + _SURNAME_WORDS + r")" + _NAME_END)


def initialled_names(text: str) -> list[NameSpan]:
    out: list[NameSpan] = []
    for rx in (_MIDDLE_INITIAL, _INITIALS_AFTER_HONORIFIC):
        for m in rx.finditer(text):
            name = m.group(1)
            if any(sp.start < m.end(1) and m.start(1) < sp.end for sp in out) or \
                    re.search(r"\b(?:of|in|to|at|from|for)\s+$", text[max(0, m.start(1) - 6):m.start(1)]):
                continue  # "... of Oman O. L. Ameer": a place before the initials
            words = [w for w in re.split(r"[\s.]+", name) if len(w) > 1 and not re.fullmatch(r"[A-Z]{2}", w)]  # "SS"
            if not words or not _person_words(" ".join(words)) or any(w.lower() in _NOT_ENTITY_WORDS for w in words) \
                    or any(_office_word(p) or _office_word(p.rstrip("s")) for w in words for p in w.split("-")) \
                    or ORG_OR_PLACE_AFTER.match(text, m.end(1)):
                continue  # "Pro-rectors A. Eltsov": an office before the initials
            end = m.end(1)
            more = _SECOND_SURNAME.match(text, end) if rx is _INITIALS_AFTER_HONORIFIC else None
            if more and not (more.group(1).lower() in _NOT_ENTITY_WORDS | FUNCTION_WORDS or _office_word(more.group(1))
                             or more.group(1).lower() in _NOT_SINGLE_NAMES or ORG_OR_PLACE_AFTER.match(text, more.end())):
                end = more.end()  # (1.44.0) "Dr. S Jai Shankar", "Mr. K Chandrasekhar Rao": two words after the initial
            out.append(NameSpan(m.start(1), end, text[m.start(1):end], "initialled"))
    return out


_SECOND_SURNAME = re.compile(r" ([A-Z][a-z]{2,})(?![\w'\u2019-])")


# rule `nicknamed_name` (parser 1.40.0): a nickname in quotation marks inside the name, kept as written: 'Joko
# "Jokowi" Widodo', 'Ferdinand "Bongbong" Marcos Jr.', 'Christopher "Bong" Go'
_NICKNAMED = re.compile(r"(?<![\w'\u2019-])(" + _WESTERN_WORD + r"(?: " + _WESTERN_WORD + r")?) [\"\u201c][" + UP + r"][" + LO +
                        r"]+[\"\u201d] (?:[A-Z]\. )?" + _WESTERN_WORD + _NAME_SUFFIX + _NAME_END)  # (1.53.0: and an initial,
# 'Rogelio "Ruel" D. Pacquiao')


def nicknamed_names(text: str) -> list[NameSpan]:
    out: list[NameSpan] = []
    if '"' not in text and "\u201c" not in text:
        return out  # most text quotes no one: the pattern's scan is skipped
    for m in _NICKNAMED.finditer(text):
        start, words = m.start(), m.group(1).split()
        if len(words) == 2 and (words[0].lower() in FUNCTION_WORDS or _office_word(words[0])):
            start, words = text.index(words[1], start + len(words[0])), words[1:]  # "President Joko ..."
        if not any(w.lower() in FUNCTION_WORDS or _office_word(w) for w in words):
            out.append(NameSpan(start, m.end(), text[start:m.end()], "nicknamed"))
    return out


# rule `burmese_styled_name` (parser 1.44.0): Myanmar's styles "U" (men) and "Daw" (women) before a name of one to four
# Burmese syllables (`BURMESE_SYLLABLES`: "U Than Swe", "Daw Aung San Suu Kyi", "Minister U Min Min"); the style is
# no part of the name
_BURMESE_STYLED = re.compile(r"(?<![\w.'\u2019-])(?:U|Daw)\s+([A-Z][a-z]{1,6}(?:\s+[A-Z][a-z]{1,6}){0,3})(?![\w'\u2019-])")


# rule `vietnamese_name` (parser 1.44.0): a Vietnamese family name, a common middle name and a given name ("Ha Van
# Sieu", "Bui Van Nghiem"; `VIETNAMESE_MIDDLE_NAMES`): three words, whatever rule read the first two as a pinyin name
_VIETNAMESE = re.compile(r"(?<![\w'\u2019-])(" + "|".join(sorted(w.capitalize() for w in VIETNAMESE_SURNAMES)) + r") (" +
                         "|".join(sorted(w.capitalize() for w in VIETNAMESE_MIDDLE_NAMES)) +
                         r") ([A-Z][a-z]{1,6})(?: ([A-Z][a-z]{1,6}))?(?![\w'\u2019-])")  # (a fourth: "Nguyen Thi Ngoc Bich")


def vietnamese_names(text: str) -> list[NameSpan]:
    def given(w: str | None) -> bool:
        return w is not None and not _office_word(w) and w.lower() not in _NOT_ENTITY_WORDS | FUNCTION_WORDS | LANDMARK_WORDS
    out = []
    for m in _VIETNAMESE.finditer(text):
        end = m.end() if given(m.group(4)) else m.end(3)
        if given(m.group(3)) and not ORG_OR_PLACE_AFTER.match(text, end):
            out.append(NameSpan(m.start(), end, text[m.start():end], "vietnamese"))
    return out


# rule `burmese_name` (parser 1.53.0): a Burmese name of three or four syllables without its style ("Aung San Suu Kyi",
# "Senior General Min Aung Hlaing"): every word a Burmese syllable, two at least no pinyin ones (a pinyin rule would
# read "San Suu" or "Min Aung")
_BURMESE_RUN = re.compile(r"(?<![\w.'\u2019-])([A-Z][a-z]{1,6}(?:\s+[A-Z][a-z]{1,6}){2,3})(?![\w'\u2019-])")


def _burmese_run(words: list[str]) -> bool:
    low = [w.lower() for w in words]
    return all(w in BURMESE_SYLLABLES for w in low) and sum(w not in PINYIN for w in low) >= 2


def burmese_names(text: str) -> list[NameSpan]:
    out = [NameSpan(m.start(1), m.end(1), m.group(1), "burmese_name") for m in _BURMESE_RUN.finditer(text)
           if _burmese_run(m.group(1).split())]
    for m in _BURMESE_STYLED.finditer(text):
        words = m.group(1).split()
        while words and words[-1].lower() not in BURMESE_SYLLABLES:
            words.pop()  # "U Than Swe Holds Bilateral Talks": the headline's verb is no syllable
        if words and all(w.lower() in BURMESE_SYLLABLES for w in words):
            name = " ".join(words)
            out.append(NameSpan(m.start(1), m.start(1) + len(name), name, "burmese_styled"))
    return out


def find_names(text: str, is_title=None, title_case: bool = False) -> list[NameSpan]:
    """All person-name spans, non-overlapping, in text order (earlier/longer spans win)."""
    # (a Cantonese name of four words after "Mr" is the Cantonese rule's, found by the honorific rule too since 1.42.0)
    cands = nicknamed_names(text) + burmese_names(text) + vietnamese_names(text) + comma_pinyin_names(text) + \
        cantonese_names(text) + sheikh_inside_names(text) + honorific_names(text) + glued_honorific_names(text) + malay_styled_names(text) + abbreviated_given_names(text) + \
        chinese_names(text, title_case) + hyphenated_names(text, title_case) + arabic_chain_names(text)
    if not title_case:
        cands += titled_names(text) + titled_list_names(text) + office_of_names(text) + titled_single_names(text) + \
            chief_roll_names(text)
        cands += lower_office_names(text) + upper_surname_names(text) + odd_case_names(text) + given_first_names(text)
    if is_title is not None:
        cands += appositive_names(text, is_title) + appositive_single_names(text, is_title) + \
            office_comma_names(text, is_title)
    cands += initialled_names(text)  # last: a span another rule finds too keeps that rule's id
    cands = _styled_first(cands)
    cands.sort(key=lambda s: (s.start, -(s.end - s.start)))
    out: list[NameSpan] = []
    for c in cands:
        if out and c.start < out[-1].end:
            continue
        out.append(c)
    if out and not title_case:
        out = list_mate_names(text, out)
    out = lineage_names(text, out)
    return [_with_initial(text, _with_given_abbreviation(text, without_country(_without_style(_after_malay_style(
        text, _without_date(text, sp)))))) for sp in out]


# rule `regnal_number` (parser 1.56.0): a traditional ruler's or a family's ordinal after a name of two words or more
# is part of it ("Nene Raymond Abayateye II", "Nana Kojo Conduah VI, Paramount Chief", "Tuntumba Bore Essa I,
# Overlord of ..."); a lone "I" only before a comma, semicolon or bracket (not the pronoun: "as Mr Li said, I ...")
_REGNAL_AFTER = re.compile(r",? (?:" + "|".join(_ROMAN_ORDINALS) + r")(?![\w'\u2019-]|\.\w)| (?:" + "|".join(_LONE_ORDINALS) +
                           r")(?=[,;)])")


def with_regnal(text: str, sp: NameSpan) -> NameSpan:
    """The span with the ordinal after it (rule `regnal_number`), whichever rule found the name."""
    m = _REGNAL_AFTER.match(text, sp.end)
    if m is None or len(sp.name.split()) < 2 or _GENERATION.fullmatch(sp.name.split()[-1]):
        return sp
    return NameSpan(sp.start, m.end(), text[sp.start:m.end()], sp.rule)


# rule `lineage_name` (parser 1.53.0): a Malay or Bruneian name runs on after "bin" / "binti" through the father's
# styles to his name ("Mohd Isham bin Haji Jaafar", "Anie Haryani binti Haji Abdul Rahman", "Md Khalifah bin Pengiran
# Haji Ismail"), whichever rule stopped at the style, or at "bin" itself; the styles stay, as written
_LINEAGE_WORDS = {"bin", "binti", "bint", "Bin", "Binti"}
_LINEAGE_RUN = re.compile(r"((?:\s+(?:" + "|".join(LINEAGE_STYLES) + r")\.?(?=\s))*)\s+(" + _WESTERN_WORD + r"(?:\s+" +
                          _WESTERN_WORD + r"){0,2})" + _NAME_END)


_LINEAGE_NEXT = re.compile(r"\s+(?:bin|binti|bint)(?=\s+(?:" + "|".join(LINEAGE_STYLES) + r")\b)")


def _cut_short_at_lineage(text: str, sp: NameSpan) -> int | None:
    """Where the name's father's part goes on: at the span's end when it stops at "bin" or at a style after it, after
    "bin" when it stops before "bin" and a style follows it; else None."""
    words = sp.name.split()
    k = max((i for i, w in enumerate(words) if w in _LINEAGE_WORDS), default=-1)
    if k > 0 and all(w.rstrip(".") in LINEAGE_STYLES for w in words[k + 1:]):
        return sp.end
    m = _LINEAGE_NEXT.match(text, sp.end)
    return m.end() if m else None


_NOT_NAME_OR_COUNTRY = _NOT_NAME_WORDS | COUNTRY_WORDS  # (built once: a union in a loop is built per word)
_NOT_GIVEN_WORDS = _NOT_NAME_OR_COUNTRY | FIELD_WORDS


def _name_words(words: list[str]) -> int:
    """How many of the words, from the first, can be words of a name: up to an office, a modifier, a body's or place's
    head, a function word or a country."""
    return next((k for k, w in enumerate(words) if _office_word(w) or w.lower() in _NOT_NAME_OR_COUNTRY), len(words))


def _given_word(w: str) -> bool:
    low = w.lower()
    return (low in ARABIC_GIVEN_NAMES or w in GIVEN_ABBREVIATIONS or low in census_names()[0]) and \
        not _office_word(w) and low not in _NOT_GIVEN_WORDS


def lineage_names(text: str, spans: list[NameSpan]) -> list[NameSpan]:
    out: list[NameSpan] = []
    for sp in spans:
        if out and sp.start < out[-1].end:
            continue  # taken into the name before it
        at = _cut_short_at_lineage(text, sp)
        m = _LINEAGE_RUN.match(text, at) if at is not None else None
        if m is not None:
            words = m.group(2).split()
            keep = _name_words(words)
            keep = min(keep, 2 if keep > 1 and _given_word(words[0]) else 1)  # ("Yusof Singapore", "Yusof Kuala
            # Belait": the father's name is one word, or a given name and one more: "Abdul Rahman", "Mohd Yunos")
            if keep:
                end = m.start(2) + len(" ".join(words[:keep])) if "\n" not in m.group(0) else sp.end
                sp = NameSpan(sp.start, end, text[sp.start:end], sp.rule)
        out.append(sp)
    return out


def _styled_first(cands: list[NameSpan]) -> list[NameSpan]:
    """(1.53.0) A span that starts inside a Malay style and runs into the name the style opens ("Dato [Paduka Haji
    Rosli] bin Haji Kamaluddin") and stops short of its end gives way to the styled rule's name; so does one that
    takes Myanmar's style into the name ("[Daw Tin Mar Aung]")."""
    styled = [c for c in cands if c.rule in ("malay_styled", "burmese_styled")]
    return [c for c in cands if not any(c.start < m.start < c.end and (c.end < m.end or m.rule == "burmese_styled" and
                                                                       c.end == m.end) for m in styled)]


# rule `date_not_name` (parser 1.52.0): a month before its day is no surname ("Speaker Claudius J. Francis Oct. 8",
# "Deputy Prime Minister Cordel Hyde October 9")
_MONTH_WORDS = (set(ABBREVIATIONS) | set(FULL_NAMES)) - {"May"}  # ("May" is a surname too)
_DAY_AFTER = re.compile(r"\.?\s+\d{1,2}(?!\d)")


_WEEKDAYS = set(WEEKDAYS)
_VERB_AFTER = re.compile(r"\s+[a-z]")
# (1.56.0) even after an honorific: "met with Prime Minister Dr. Kenney Anthony Monday to brief him", "... Friday morning"
_DAY_PHRASE_AFTER = re.compile(r"\s+(?:to\s+[a-z]+|morning|afternoon|evening|night)\b")  # (not "in his remarks")
_HONORIFIC_BEFORE = re.compile(r"\b(?:" + "|".join(HONORIFICS) + r")\.?\s+$")


def _without_date(text: str, sp: NameSpan) -> NameSpan:
    """A month before its day ("... Ali March 3") or (1.54.0) a weekday before the verb ("Gov. Pat Quinn Friday met")
    ends no name; after an honorific or before a comma the weekday is a surname ("Mr John Peter Sunday, addressed")."""
    words = sp.name.split()
    weekday = words[-1] in _WEEKDAYS and _VERB_AFTER.match(text, sp.end) is not None and \
        (not _HONORIFIC_BEFORE.search(text, max(0, sp.start - 8), sp.start) or _DAY_PHRASE_AFTER.match(text, sp.end))
    if len(words) < 3 or not (words[-1] in _MONTH_WORDS and _DAY_AFTER.match(text, sp.end) or weekday):
        return sp
    name = " ".join(words[:-1])
    return NameSpan(sp.start, sp.start + len(name), name, sp.rule)


# rule `malay_styled_name` (parser 1.52.0): two to four name words after a Malaysian or Bruneian style, whatever stands
# before it ("Treasury secretary-general Datuk Johan Mahmood Merican", "CEO Datuk Seri Amir Hamzah Azizan"): the style
# says a person's name follows, as "Mr" does (the titled rule needs an office word written in capitals)
_MALAY_STYLE = (r"(?:(?:Tan|Puan)\s+Sri|Toh\s+Puan|Datin(?:\s+Paduka)?|"
                r"(?:Datuk|Dato['\u2019]?)(?:\s+(?:Seri|Sri))?(?:\s+(?:Utama|Panglima|Wira|Amar|Patinggi|Paduka|Setia))?)")
_MALAY_STYLED = re.compile(r"(?<![\w'\u2019-])" + _MALAY_STYLE + r"(?:\s+(?:" + _MALAY_STYLE +
                           r"|Seri|Sri|Setia|Paduka|Ustaz|Ustazah|(?:Dr|Ir|Haji|Hj|Hajah)\.?))*+\s+"
                           r"(?!(?:Seri|Sri|Setia|Paduka|Datuk|Dato|Bandar)\b)(" + _WESTERN_WORD + r"(?:" + _PARTICLES + " " +
                           _WESTERN_WORD + r"){1,3})" + _NAME_END)


_MALAY_CUT = {"Datuk", "Dato", "Seri", "Sri", "Datin", "Puan", "Prime", "Deputy", "Senior", "Chief", "Vice", "Acting",
              "Former"}


def malay_styled_names(text: str) -> list[NameSpan]:
    out = []
    for m in _MALAY_STYLED.finditer(text):
        words = m.group(1).split()
        cut = next((k for k, w in enumerate(words) if _office_word(w) or w.lower() in _NOT_NAME_WORDS and
                    w not in _LINEAGE or k and (w.rstrip("'\u2019") in _MALAY_CUT or w.lower() in COUNTRY_WORDS)),
                   len(words))  # (a style or an office opening after the name: "A B Prime Minister of ...")
        if cut < 2:
            continue
        name = " ".join(words[:cut])
        out.append(NameSpan(m.start(1), m.start(1) + len(name), name, "malay_styled"))
    return out


_MALAY_STYLE_BEFORE = re.compile(r"\b(?:Tan|Puan|Datuk|Dato['\u2019]?)\s+$")


def _after_malay_style(text: str, sp: NameSpan) -> NameSpan:
    """(parser 1.33.0) "Tan Sri Azhar Azizan Harun" when a rule's span starts at "Sri": the second word of the style
    is no word of the name ("Sri Mulyani Indrawati", with no style before it, keeps it)."""
    m = re.match(r"(?:Sri|Seri)\s+", sp.name)
    if not m or len(sp.name[m.end():].split()) < 2 or not _MALAY_STYLE_BEFORE.search(text, max(0, sp.start - 8),
                                                                                      sp.start):
        return sp
    return NameSpan(sp.start + m.end(), sp.end, sp.name[m.end():], sp.rule)


# rule `lone_initial` (parser 1.48.0): a first initial written alone before a name of two words, "and T Brent Symonette,
# Deputy Prime Minister" (not "A" nor "I", which open clauses)
_LONE_INITIAL = re.compile(r"(?<![\w.'\u2019-])[B-HJ-Z]\.?\s$")


def _with_initial(text: str, sp: NameSpan) -> NameSpan:
    if sp.rule == "burmese_styled":
        return sp  # "U Kyi Myint": the style, no initial
    m = _LONE_INITIAL.search(text, max(0, sp.start - 3), sp.start)
    if m is None or len(sp.name.split()) != 2 or not re.search(r"(?:^|[,;(]|\band)\s*$", text[max(0, m.start() - 5):m.start()]):
        return sp
    return NameSpan(m.start(), sp.end, text[m.start():sp.end], sp.rule)


# rule `abbreviated_given_name` (parser 1.30.0): "Md. Selim Reza": the abbreviation is the name's first word
_GIVEN_ABBREVIATION = re.compile(r"(?<![\w.])(?:(?:" + "|".join(GIVEN_ABBREVIATIONS) + r")\.?|(?:" +
                                 "|".join(DOTTED_GIVEN_ABBREVIATIONS) + r")\.)\s+$")


_ABBREVIATED_GIVEN = re.compile(r"(?<![\w.])(?:(?:" + "|".join(GIVEN_ABBREVIATIONS) + r")\.|(?:" +
                                "|".join(DOTTED_GIVEN_ABBREVIATIONS) + r")\.)\s+(" + _WESTERN_WORD + r"(?:\s+" + _WESTERN_WORD +
                                r"){1,3})" + _NAME_END)


def abbreviated_given_names(text: str) -> list[NameSpan]:
    """(1.53.0) The name that opens with its abbreviated given name and its period, whatever stands before it ("Director
    Ma. Cristina Arzadon", "Secretary Md. Selim Reza"): the period stopped every other rule."""
    out = []
    for m in _ABBREVIATED_GIVEN.finditer(text):
        words = m.group(1).split()
        dot = m.start() + m.group(0).index(".")
        if text[m.start():dot] in DOTTED_GIVEN_ABBREVIATIONS and not dotted_given_name(text, dot):
            continue  # "Jack Ma. Peter Smith attended", "Mr. Ma. Governor Li": a surname ends the sentence
        keep = _name_words(words)
        if keep < len(words) and words[keep].lower() in ORG_HEADS | PLACE_HEADS:
            keep -= 1  # "Md. Selim Reza Dhaka Office": the word before a body's head names the body
        if keep >= 2:
            end = m.start(1) + len(" ".join(words[:keep]))
            out.append(NameSpan(m.start(), end, text[m.start():end], "abbreviated_given_name"))
    return out


def _with_given_abbreviation(text: str, sp: NameSpan) -> NameSpan:
    m = _GIVEN_ABBREVIATION.search(text, max(0, sp.start - 8), sp.start)
    return NameSpan(m.start(), sp.end, text[m.start():sp.end], sp.rule) if m else sp


def _without_style(sp: NameSpan) -> NameSpan:
    """Rule `style_not_name`: "Datuk Seri Christina Liew" is Christina Liew, whichever rule found the name (the
    styles stay out of names, as the titled rule keeps them)."""
    m = _LEADING_STYLE.match(sp.name) or _LEADING_RANK.match(sp.name)
    if not m or len(sp.name[m.end():].split()) < 2:
        return sp
    return NameSpan(sp.start + m.end(), sp.end, sp.name[m.end():], sp.rule)


# ("U.S. Central Command Anthony Zinni": "Command" heads a body here, but no title ends at it: "Chief of Defence
# Command Lieutenant General" is one office)
# (1.48.0) the last word of a state's name of several words: "Ambassador to the United States Audrey Marks"
_NOT_FIRST_WORDS = COUNTRY_WORDS | LEGISLATURE_WORDS | ORG_HEADS | {"command", "states", "emirates", "kingdom", "republic",
                                                                    "nations", "islands"}


def without_country(sp: NameSpan) -> NameSpan:
    """Rule `country_not_name` (parser 1.38.0): a country or its adjective is never a person's first word
    ("Ambassador to Russia Rudiger von Fritsch", "counterparts Estonian Taavi Roivas"), whichever rule ran the name
    on into it; at least two name words stay. (1.49.0) Nor is an office in the plural ("Principals Alan Speight")."""
    words = sp.name.split()
    drop = 0  # (1.45.0) a legislature's own name too ("Verkhovna Rada Ruslan Stefanchuk"), a body's head word
    while len(words) - drop > 2 and (words[drop].lower().rstrip(",") in _NOT_FIRST_WORDS or
                                     _plural_office(words[drop])) and words[drop + 1][:1].isupper():
        drop += 1
    if not drop:
        return sp
    at = sp.name.index(words[drop], len(" ".join(words[:drop])))
    return NameSpan(sp.start + at, sp.end, sp.name[at:], sp.rule)


def _plural_office(word: str) -> bool:
    """(1.49.0) "Vice Principals Alan Speight, Ruth Taylor": an office in the plural heads a list, no name."""
    return len(word) > 4 and word.endswith("s") and word[:-1].lower() in OFFICE_WORDS


def clean_name(name: str) -> str:
    """Drop honorifics and collapse whitespace: "Mr.  Yin Li" -> "Yin Li"."""
    name = " ".join(name.replace("\u00a0", " ").split())
    return HONORIFIC.sub(lambda m: m.group(0) if _sheikh_inside(name, m) or _syllable_inside(m) else "",
                         name).strip(" ,.")


def _syllable_inside(m: re.Match) -> bool:
    """(1.53.0) "Ng Eng Hen": a style that is also a given-name syllable, inside the name and without its period."""
    return m.start() > 0 and m.group(0).strip() in SYLLABLE_HONORIFICS


def _sheikh_inside(name: str, m: re.Match) -> bool:
    """"Hassan Sheikh Mohamud" keeps its "Sheikh" (`sheikh_inside`)."""
    before = re.search(r"([A-Z][a-z]{2,})\s$", name[:m.start()])
    return before is not None and m.group(0).startswith(("Sheikh", "Shaikh")) and _given_name(before.group(1))


def surname_of(name: str) -> str:
    """First token of a Chinese name, last token of a Western one."""
    toks = clean_name(name).split()
    if len(toks) > 2 and _ORDINAL.fullmatch(toks[-1]):
        toks = toks[:-1]  # (1.56.0) "Abayateye" of "Nene Raymond Abayateye II"
    if not toks:
        return ""
    if len(toks) == 2 and is_surname(toks[0]) and is_given_name(toks[1]):
        return toks[0]
    if len(toks) == 2 and _HYPHEN_GIVEN.fullmatch(" ".join(toks)):
        return toks[0]  # "Cheung Kwok-wai" -> Cheung, "Park Ji-hoon" -> Park (surname first)
    if len(toks) in (3, 4) and cantonese_shape(toks[-3:]):
        return toks[-3]  # "Wong Sio Chak" -> Wong, "Edmund Ho Hau Wah" -> Ho
    return toks[-1]


def person_key(name: str) -> str:
    """Normalised form used to decide that two spellings are the same person."""
    n = clean_name(name).replace("\u2019", "'")
    return " ".join(n.split()).casefold()


# bylines and captions: "(Xinhua/Zhang Ling)", "(Web editor: Zhong Wenxing, Liang Jun)", "Editor:王世学",
# "Trans-editing by Eric Wang", "Photo by Li Xin", "Translator: ..." (1.43.0: "Image credits: A/Xinhua via AP")
# an institution's sign-off labels beside its author: "Author:Li Xiaozhi Approver:Sun Fengguo Releaser:Jia Peiwen"
_REVIEW_LABELS = r"(?:Approvers?|Releasers?|Reviewers?|Auditors?|Checkers?)(?=\s*[:\uff1a])"
BYLINE = re.compile(
    r"[(\[](?:Xinhua|Photo|Photos|CFP|CNS|VCG|People's Daily|China Daily|[A-Z](?:(?!\sby\s)[A-Za-z ]){0,20})\s*/\s*"
    r"([^)\]/]+)[)\]]"
    # (1.50.0) an outlet's address before the name: "Source: Mybrytnewsroom.com/Kwabena Nyarko Abronoma"
    r"|\b(?:Photos?|Source\s*[:\uff1a]\s*[\w-]+(?:\.[\w-]+)+)\s*/\s*([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})(?=\s*$|\n|\s{2,})"
    r"|(?:\b|(?<=\d))(?:(?:Web|Chief|Senior|Responsible|Executive)\s+editor|Editor[\s-]+in[\s-]+(?:chief|charge)|Editors?|"
    r"(?:[A-Z]\w+\s+)?report\s+by|Translators?|Photographers?|Reporters?|Correspondents?|Interpreters?|Authors?|Autor(?:a|e|es)?(?=\s*[:\uff1a])|"
    r"Reported\s+by|Interpreted\s+by|Translated\s+by|Trans-editing\s+by|(?<![^\n])(?:Posted|Submitted)\s+by|"
    r"Edited\s+by|Photos?\s+(?:(?:above|below)\s+)?(?:(?:were|was|are|is)\s+)?(?:taken\s+|provided\s+|shot\s+)?by|Photograph(?:s|ed)?\s+by|(?:[A-Z]\w+\s+)?reporting\s+by|editing\s+by|(?<=\.\s)by(?=\s+[A-Z][a-z]+\s+[A-Z][a-z]+\s*$)|Written\s+by|Compiled\s+by|Proofread\s+by|Proofreader|"
    # (1.47.0) "Rewriter: A"
    r"(?:Reviewed|Supervised|Checked)\s+by|(?:Photos?|Images?)\s+credits?|(?:Pictures?|Reviews?|(?:Re)?[Ww]riters?|Reports?)(?=\s*[:\uff1a])|"  # (1.39.0; 1.44.0 "Report: A")
    r"Source\s+and\s+editor|(?:Photos?|Images?|Fotos?)(?=\s*[:\uff1a])|Video(?=\s*[:\uff1a])|"  # (1.45.0) "Foto: A"
    r"(?<![^\n])(?-i:[Ff]ot)\.(?=\s)|"  # (1.51.0) the Polish photo credit "fot. A"
    r"Credits?(?=\s*[:\uff1a])|(?:Media\s+|Press\s+)?Contacts?(?=\s*[:\uff1a])|" + _REVIEW_LABELS + r"|(?:Graphics?|Illustrations?|Designers?)(?=\s*[:\uff1a])|"
    r"(?:\u8d23\u4efb)?\u7f16\u8f91(?=\s*[:\uff1a])|\u6444\u5f71(?=\s*[:\uff1a])|\u8bb0\u8005(?=\s*[:\uff1a])|"
    r"\u7ffb\u8bd1(?=\s*[:\uff1a])|\u6821\u5bf9(?=\s*[:\uff1a])|\u539f?\u4f5c\u8005(?=\s*[:\uff1a]))"  # Chinese labels: (responsible)
    # editor, photo, reporter, translation, proofreading, (original) author
    r"(?!(?-i:[a-z]))"  # a label ends its word: "authorities" holds no "Author" label ("EditorLi Wei" glued does)
    r"\s*[:\uff1a\u4e28]?\s*[(\[]?([^()\[\]\uff08\uff09\u3010\u3011\n\u4e28|]+?)"  # (1.40.0) "Author: (A/ERR)"
    r"(?=[)\]\uff09\u3011]|\s*[(\[\uff08\u3010|\u4e28]|(?<=[A-Za-z])\s*[\u4e00-\u9fff]|\s*//|\s+[\u2013\u2014]\s|\n|$|;\s|\s{2,}|\.\s|\s*\d{4}-\d|\s+(?-i:[A-Z]{2,})\b|\s+(?:Web\s+editor|Editors?|Photos?|"
    r"Translators?|Reporters?|Source|Proofreader|Video)\s*[:\uff1a]|\s+(?-i:[A-Z][a-z]+)\s*[:\uff1a])",
    re.I)
# rule `by_line`: a reporter's byline on a line of its own: "By Zhao Lin in Lanzhou | chinadaily.com.cn | Updated:
# ...", "By Zhao Lin and Erkin Tursun, China Daily" (names of one to three capitalised words)
_BY_NAME = _WESTERN_WORD + r"(?: [A-Z]\.?(?= [A-Z]))?(?: " + _WESTERN_WORD + r"){0,2}"  # (1.37.0) "By Shelly B Short"
_BY_NAME2 = _WESTERN_WORD + r"(?: " + _WESTERN_WORD + r"){1,2}"  # a second name after a comma: two or three words
# (1.48.0) "by Pamela Contreras" in lower case when the name is all its line holds
_BY_LINE = re.compile(r"(?m)(?:^[ \t]*(?:" + BULLET + r"[ \t]*)?[(\[]?B[yY]|^[ \t]*by(?=[ \t]+(?:[A-Z][\w'\u2019.-]*[ \t]*){2,3}$)|(?<=\d{4} )by|"
                      r"(?<=^\d{4}-\d\d-\d\d )B[yY])(?:\s?:\s*|\s+)(?:By\s+)?(" + _BY_NAME + r"(?:,\s+" + _BY_NAME2 +
                      r"|\s+(?:and|&)\s+" + _BY_NAME + r")*)"  # (1.32.0: "By Peter Mwangi, Nairobi": a place, not a name)
                      r"(?=\s+in\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?\s*(?:[|,(\u2014]|$)|\s*[|(\u2014/)\]\u23d0\u2502\u2022]|\s+\u2013\s|"
                      r"\s*,\s*(?:[A-Z][\w.'\u2019-]*\s*){1,3}(?:[|(\u2014]|$)|[ \t]*$|"
                      # (1.50.0) "By Laura Kvigstad, Auckland Council reporter funded by ..."
                      r"\s*,\s*(?:[A-Z][\w.'\u2019-]*\s+){0,3}(?:" + "|".join(PRESS_LABELS) + r")\b|"
                      r"\s+(?:Last\s+)?(?:Updated|Published|Posted|Date)\b|\s+\d)")  # "By X 18 June 2019, 1:00PM"
# (1.56.0: and a bar or bullet after the name, "By Manik Aftab \u23d0 4 hours ago")
# rule `attributable_credit` (parser 1.44.0): "The following is attributable to Spokesperson Ned Price:": the readout
# is the spokesperson's, who was not at the meeting (State Department readouts)
_ATTRIBUTABLE = re.compile(r"\b(?:is|are)\s+attributable\s+to\s+(?:(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,4}?"
                           r"(?:Spokes(?:person|man|woman)|Press\s+Secretary)\s+)?(" + _BY_NAME + r")\s*:")
# ... and a spokesperson who signed or released the readout: "a statement signed by the governor's spokesperson, A",
# "Sanders' spokeswoman A released the following readout"
_SPOKES = r"(?i:spokes(?:person|man|woman)|press\s+secretary)"
_SPOKES_CREDIT = re.compile(r"\b(?:statement|readout|release)\s+(?:was\s+)?(?:signed|issued|released)\s+by\s+(?:the\s+)?"
                            r"(?:[\w'\u2019]+\s+){0,3}?" + _SPOKES + r"\s*,?\s+(" + _WESTERN_WORD + r"(?: " + _WESTERN_WORD +
                            r"){1,3})(?![\w'\u2019-])")
_SPOKES_READOUT = re.compile(r"\b" + _SPOKES + r"\s*,?\s+(" + _BY_NAME + r")\s*,?\s+(?:released|issued)\s+"
                             r"(?:the\s+following\s+|a\s+|this\s+)?(?:readout|statement)\b")
# rule `reporter_credit`: "(China Daily reporter Zhao Lin)", "(Xinhua correspondents Zhao Lin and Ma Jun)"
_REPORTER_PAREN = re.compile(r"[(\[](?:[A-Z][\w'\u2019.]*\s+){0,3}(?:staff\s+)?(?:reporters?|correspondents?|"
                             r"journalists?|writers?)\s+(" + _BY_NAME + r"(?:(?:,\s+(?:and\s+)?|\s+and\s+)" + _BY_NAME +
                             r")*)(?![\w'\u2019-])[^()\[\]\n]{0,80}[)\]]")
# rule `dateline_credit`: "China News Agency, Beijing, January 3 (Yang Chengchen, Li Yuxue), ...", "People's Network
# Shanghai January 27th (Ge Junjun, Tang Xiaoli) The fifth meeting ...": names in brackets right after a dateline's
# date are the reporters
_DL_NAME = _WESTERN_WORD + r"(?: " + _WESTERN_WORD + r"){1,2}"  # two or three words: "(Yonhap)" is an agency
_DATELINE_PAREN = re.compile(FULL_RE + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s*[(\[](?:(?i:reporters?|correspondents?)\s+)?(" +
                             _DL_NAME + r"(?:(?:,\s+|\s+and\s+)" + _DL_NAME + r"){0,3})[)\]]")
# rule `reporter_lead_credit`: a reporter named in running text ("Henan Daily reporters Liu Hua and Chen Bo reported
# that ...", "reporter Zhao Lin learned"): credited, never a party of the meeting
_REPORTER_LEAD = re.compile(r"(?<![\w(\[])(?:" + "|".join(PRESS_LABELS) + r")\s+(" + _BY_NAME +
                            r"(?:(?:,\s+(?:and\s+)?|\s+and\s+)" + _BY_NAME + r")*)(?![\w'\u2019-])")
# single-word credits (Mongolian, Uyghur, Tibetan single names) only after labels that always credit a person
_PERSON_LABEL = re.compile(r"(?:editor|translat|reporter|correspondent|interpret|author|written|compiled|proofread|"
                           r"approver|releaser|reviewer|auditor|checker|review|supervis|writer|"
                           r"trans-editing|by-line)", re.I)
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_CJK_LEAD = re.compile(r"^([\u4e00-\u9fff]{2,4})\s+[A-Za-z]")
_BYLINE_PERSON = re.compile(r"^(?:[" + UP + r"][" + LO + r"]+(?:['\u2019-][" + LO + r"]+)?|(?:[A-Z]\.){1,3}(?=\s?[A-Z]))"
                            r"(?: [A-Z]\.?)?"  # (1.36.0) "By: Camille R. Bumatay, PIO"; (1.39.0) "Photo: K.Y. Cheng"
                            r"(?: ?[" + UP + r"][" + LO + r"]+(?:['\u2019][" + LO + r"]+|-[" + UP + r"]?[" + LO + r"]+)?){1,2}$")


def single_credit_name(name: str, label: str = "") -> bool:
    """Rule `single_word_credit`: a one-word credited name ("Translated by Bayarmaa", "Interpreter: Dawa") is a
    person unless it is a function, organisation or media word or an acronym, or, after an editor label, a desk
    pseudonym written as a pinyin word of at most two syllables ("Editor: Huaxia")."""
    if not re.fullmatch(_SINGLE_WORD, name) or not single_name_ok(name):
        return False
    if re.match(r"(?i)(?:web\s+)?editor|edited", label.strip()) and syllables(name, 2) is not None:
        return False
    return name.lower() not in MEDIA_WORDS | _PLACEHOLDERS | _WIRE_LOWER  # (1.45.0) "By Wam"


_WIRE_LOWER = {w.lower() for w in WIRE_AGENCIES}  # "By Wam": an agency written as a word
# a content system's empty field printed as a credit ("Author:None", "Editor: Admin"): no person (parser 1.25.1)
_PLACEHOLDERS = {"none", "null", "nil", "unknown", "anonymous", "admin", "administrator", "undefined", "default"}


# rule `agency_dateline_credit` (parser 1.48.0): an agency's dateline that names its reporter, "Guatemala City, Daniel
# Coromac (AGN). \u2013 President ..."
_AGENCY_DATELINE = re.compile(r"(?m)^\s*(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019.-]*,\s+(" + _WESTERN_WORD +
                              r"(?: " + _WESTERN_WORD + r"){1,2})\s+\([A-Z]{2,6}\)\s*\.?\s*[\u2013\u2014-]")


def press_names(text: str) -> list[str]:
    """Rules `reporter_lead_credit` / `dateline_credit` / `reports_sign_off`: the names a reporter label or a dateline
    introduces in running text, or a broadcaster's sign-off gives."""
    return [n for rx in (_REPORTER_LEAD, _DATELINE_PAREN, _REPORTS_SIGN_OFF, _AGENCY_DATELINE) for m in rx.finditer(text)
            for n in re.split(r",\s+(?:and\s+)?|\s+and\s+", m.group(1)) if _BYLINE_PERSON.match(n)]


# rule `bare_credit`: a credit line that is only a pinyin name, bracketed or after a label without a colon ("Chen Jia"
# under a headline, "(Zhu Xi)" after the last paragraph, "Editor Hao Jing")
_BARE_CREDIT = re.compile(r"^\s*(?:[(\[]\s*)?(?:(?:(?:Web|Chief|Senior|Responsible|Executive)\s+)?(?:Editor|Reporter|"
                          r"Photographer)\s+)?((" + _CAP + r") (" + _CAP + r"))\s*(?:[)\]]\s*)?$")
# a byline (rule `byline`) that gives the name, then the reporter's post: "Fidelis Munyoro Chief Court Reporter"
_DESK = r"(?:Chief|Senior|Staff|Court|Political|Business|Foreign|Special|Sports|Deputy|Assistant|Managing|News|Associate)"
_NAME_THEN_ROLE = re.compile(r"^\s*((?!" + _DESK + r"\b)" + _CAP + r"(?: (?!" + _DESK + r"\b)" + _CAP + r"){1,2})(?:\s+(?:" +
                             _DESK + r"\s+){0,3}(?:Reporter|Correspondent|Writer|Journalist)"
                             # (1.37.0) the desk after a comma: "Blessings Chidakwa, Harare Bureau"
                             r"|,\s+(?:[A-Z][a-z]+\s+){0,2}Bureau(?:\s+Chief)?"
                             # (1.47.0) the post in brackets: "Deandrea Hamilton (Editor)"
                             r"|\s+\((?:[A-Z][a-z]+\s+){0,2}(?:Editor|Reporter|Correspondent|Writer|Journalist)\)"
                             # (1.48.0) the photographer, then the agency: "Ben Pascoe, Photo: TASR"
                             r"|,\s+(?:Photos?|Foto)\s*:\s*[A-Z][\w.&/ -]{1,30})\s*$")
# rule `upper_by_line`: "By MO JINGXI | China Daily": a byline's name in capitals is read as a name
_UPPER_WORD = re.compile(r"\b([A-Z])([A-Z]{1,7})\b")


# (1.47.0) a photo credit's name in capitals: "... on National Day. Photo: NGOC PHU", "PHOTO BY JEFF ANTIPORDA"
_UPPER_PHOTO_CREDIT = re.compile(r"\b(?:PHOTOS?|Photos?)(?:\s*:\s*|\s+(?:BY|[Bb]y)\s+)((?:[A-Z][A-Z'\u2019-]+ ){1,2}"
                                 r"[A-Z][A-Z'\u2019-]+)(?![\w'\u2019-])")


def _title_case_by_line(text: str) -> str:
    text = _UPPER_PHOTO_CREDIT.sub(lambda m: m.group(0)[:m.start(1) - m.start()] + m.group(1).title(), text)
    if not re.match(r"\s*(?:\d{4}-\d\d-\d\d\s+)?B[yY]\s+[A-Z]{2,}\s+[A-Z]", text):  # (1.44.0) a date first; "ZHOU Gang"
        return text
    return _UPPER_WORD.sub(lambda m: m.group(1) + m.group(2).lower() if syllables(m.group(0), 2) else m.group(0), text)


# rule `name_agency_credit` (parser 1.37.0): a photo credit that writes the photographer before the agency, in a
# caption's brackets or at its end: "(Jonathan Hayward/Canadian Press)", "... B.C. JASON FRANSON/The Canadian Press"
_CREDIT_WORD = r"(?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?|[A-Z]{2,}(?:-[A-Z]{2,})?)"
_NAME_AGENCY = re.compile(r"(?<![\w'\u2019-])(" + _CREDIT_WORD + r"(?: [A-Z]\.?)?(?: " + _CREDIT_WORD + r"){1,2})\s*/\s*"
                          r"(?:The\s+)?((?:[A-Z][\w&.'\u2019-]*\s*){1,3}?)(?=\s*(?:[)\]]|$|\n|\|))")


def _agency(name: str) -> bool:
    words = name.split()
    return bool(words) and (words[-1].lower() in MEDIA_WORDS or name in WIRE_AGENCIES)


# a second credit inside the first one's text: "Translated by Tian Xu; edited by Zhen Yanhua"
_INNER_LABEL = re.compile(r"^(?:(?:edited|translated|photographed|written|compiled|proofread|reported|designed|"
                          r"reviewed|supervised|checked|"
                          r"trans-editing)\s+by|"
                          r"(?:editors?|translators?|photos?|reporters?)\s*[:\uff1a])\s*", re.I)
# rule `cjk_reporter_credit`: "(时刻新闻记者 廖洁 刘玉先 湖南日报记者 ...)": a reporter label, then names written with spaces
# rule `paired_credit` (parser 1.41.0): two or three Chinese names in one bracket, written with spaces only ("Longyan,
# November 5 (Zhang Jinchuan Wen Lianguang)", "bridge - (Ma Furong Yang Ge Deng Juhong)"): the reporters
_PAIRED_CREDIT = re.compile(r"[(\[]((?:[A-Z][a-z]+ [A-Z][a-z]+ ){1,2}[A-Z][a-z]+ [A-Z][a-z]+)[)\]]")
# rule `source_credit` (parser 1.41.0): a Chinese name after "Source:" in a caption ("Group photo (Source: He Ming)"):
# the photographer (an agency after the label is no person: only a surname and a given name count)
_SOURCE_CREDIT = re.compile(r"\bSource\s*[:\uff1a]\s*(([A-Z][a-z]+) ([A-Z][a-z]+(?:-[a-z]+)?))\s*(?:[)\]]|$)")
# rule `reports_sign_off` (parser 1.41.0): a broadcaster's lead ends with its reporter's name, "Ed Mayberry reports."
_REPORTS_SIGN_OFF = re.compile(r"^\s*(" + _WESTERN_WORD + r"(?: " + _WESTERN_WORD + r"){1,2}) (?:reports|has\s+more|has\s+"
                               r"the\s+(?:story|details))(?:\s+from\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)?\s*\.?\s*$")
# rule `author_bio` (parser 1.47.0): the note on the writer below a story: "Lila Khan is an acclaimed journalist with
# ...", "A is the Editor-in-Chief of S-Q Publications"
_AUTHOR_BIO = re.compile(r"^\s*(" + _WESTERN_WORD + r"(?: " + _WESTERN_WORD + r"){1,2}) is (?:an?|the)\s+"
                         r"(?:[\w-]+\s+){0,3}?(?:journalist|reporter|writer|correspondent|columnist|"
                         r"[Ee]ditor(?:-in-[Cc]hief)?)\b")
_CJK_REPORTERS = re.compile(r"\u8bb0\u8005((?:\s+[\u4e00-\u9fff]{2,3}(?=[\s)\uff09]))+)")


_AFFILIATION = re.compile(r"\s+(?:of|from)\s+(?=[A-Z]|the\s+[A-Z])")
# "(Reporter / Xu Lin Correspondent / Yue Zong)": the label of the next credit follows the name before its slash
_NEXT_LABEL = re.compile(r"\s+(?:" + "|".join(PRESS_LABELS) + r")$", re.I)


# rule `credit_run`: a credit's pinyin names written one after another with no separator ("(reporter Liu Junwu Liu
# Zhankun Su Lucheng)", "Our reporter Song Min Li Xiaohan"): each surname and given name is one person
_NAME_RUN = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){3,9}\b")


# rule `bracket_credit` (parser 1.48.0): a photo's credit in square brackets, the name and then its outlet, "[Wilberforce
# Okwiri, Standard]"
_BRACKET_CREDIT = re.compile(r"\[(" + _BY_NAME + r"),\s*(?:The\s+)?[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,2}\]")


# (1.45.0) a caption's credit between bars, in capitals: "... looks on. PHOTO | DIANA NGILA | NMG"
_PIPE_PHOTO = re.compile(r"\bPHOTOS?\s*\|\s*([A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){1,2})\s*\|")


def _credit_run(text: str, start: int) -> str | None:
    """The run of pinyin names from `start`, its names joined by commas instead of spaces (the same length), or None
    when the capitalised words there do not pair into surname and given name."""
    m = _NAME_RUN.match(text, start)
    if m is None:
        return None
    words = m.group(0).split(" ")
    if len(words) % 2 or not all(is_surname(words[i]) and is_given_name(words[i + 1]) for i in range(0, len(words), 2)):
        return None
    return ",".join(" ".join(words[i:i + 2]) for i in range(0, len(words), 2))


def _credited(sub: str) -> str:
    """The name a credit's piece holds: "(Reporter Tang Xueren of Lanzhou Media Center)": the credit's affiliation is
    no part of the name; (1.40.0) "Author: (Martin Dremljuga/ERR)": the credit in brackets; "author:闫倩倩 Release
    time:...": a Chinese name before the page's next label, its spacing lost."""
    name = _AFFILIATION.split(_INNER_LABEL.sub("", sub.strip().rstrip(".").lstrip("(")), maxsplit=1)[0]
    name = _NEXT_LABEL.sub("", name)
    cjk = _CJK_LEAD.match(name)
    return cjk.group(1) if cjk else name


_SOCIAL_NETWORKS = r"(?:Facebook|Twitter|Instagram|YouTube|LinkedIn|Weibo|WeChat)"
_SOCIAL_SOURCE = re.compile(r"\b" + _SOCIAL_NETWORKS + r"\s*/\s*$", re.I)
_SOCIAL_ACCOUNT = re.compile(r"['\u2019]s\s+" + _SOCIAL_NETWORKS + r"\b", re.I)


def _as_written_title(name: str) -> str:
    """A credited name as the person patterns read it: in title case when written in capitals; (1.46.0) a pinyin
    surname in capitals first ("Reviewed by FENG Chenchen") in title case."""
    if name.isupper():
        return name.title()
    return re.sub(r"^[A-Z]{2,}(?=\s+[A-Z][a-z])", lambda m: m.group(0).title() if is_surname(m.group(0).title())
                  else m.group(0), name)


def byline_names(text: str) -> list[tuple[int, int, str]]:
    """Persons credited in captions and bylines; desk pseudonyms ("Editor: huaxia") are not persons."""
    text = _title_case_by_line(text)  # the same length: offsets hold
    bare = _BARE_CREDIT.match(text)
    if bare and is_surname(bare.group(2)) and is_given_name(bare.group(3)):
        return [(bare.start(1), bare.end(1), bare.group(1))]
    titled = _NAME_THEN_ROLE.match(text)
    if titled:
        return [(titled.start(1), titled.end(1), titled.group(1))]
    out: list[tuple[int, int, str]] = []
    for chunk, base, person_label in _credit_chunks(text):
        for part in re.finditer(r"[^,;\u3001/&|]+", chunk):
            piece = part.group(0)
            if _SOCIAL_SOURCE.search(chunk, 0, part.start()) or _SOCIAL_ACCOUNT.search(piece):
                continue  # (1.43.0) "Photo credit: Facebook/A": A's account, not a photographer; (1.45.0) "A's Twitter"
            for sub in re.split(r"\s+and\s+", piece):
                name = _credited(sub)
                if not name or name.split()[-1].lower() in ORG_HEADS | PLACE_HEADS:
                    continue  # (1.50.0) "Contact: Ministry of Education, Public Relations Unit": a desk, no person
                if _CJK_NAME.match(name) or person_label == "source" or (_BYLINE_PERSON.match(_as_written_title(name)) and
                                             not any(w.lower() in FUNCTION_WORDS | MEDIA_WORDS for w in name.split())) or (
                        person_label is not None and single_credit_name(name, person_label)):
                    s = text.find(name, base + part.start())
                    caps = caps_surname_after(text, s + len(name)) if " " not in name else None
                    if caps and caps.group(1).lower() not in MEDIA_WORDS:
                        name = text[s:caps.end()]  # (1.42.0) "Author: Brenda MIZERO": the surname in capitals
                    if (s, s + len(name), name) not in out:  # a credit matched by two rules counts once
                        out.append((s, s + len(name), name))
    return out


def _credit_chunks(text: str) -> list[tuple[str, int, str | None]]:
    """The runs of text that credit persons, in text order: (run, where it starts, the credit's person label)."""
    chunks: list[tuple[str, int, str | None]] = []
    for m in BYLINE.finditer(text):
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        label = m.group(0).strip() if g == 3 else ""
        chunks.append((m.group(g), m.start(g), label if _PERSON_LABEL.match(label) else None))
    for rx in (_BY_LINE, _REPORTER_PAREN, _REPORTER_LEAD, _DATELINE_PAREN, _ATTRIBUTABLE, _SPOKES_CREDIT, _SPOKES_READOUT,
               _AGENCY_DATELINE):
        for m in rx.finditer(text):
            chunks.append((_credit_run(text, m.start(1)) or m.group(1), m.start(1), "reporter"))
    for m in _PIPE_PHOTO.finditer(text):
        chunks.append((m.group(1), m.start(1), "photo"))
    for m in _BRACKET_CREDIT.finditer(text):
        chunks.append((m.group(1), m.start(1), "photo"))
    for m in _NAME_AGENCY.finditer(text):
        if _agency(m.group(2).strip()) and not any(w.lower() in _NOT_ENTITY_WORDS for w in m.group(1).split()):
            chunks.append((m.group(1), m.start(1), "photo"))
    for m in _CJK_REPORTERS.finditer(text):
        chunks.append((m.group(1).replace(" ", ","), m.start(1), "reporter"))
    for m in _PAIRED_CREDIT.finditer(text):
        pairs = re.findall(r"\S+ \S+", m.group(1))
        if all(is_surname(p.split()[0]) and is_given_name(p.split()[1]) for p in pairs):
            chunks.append((",".join(pairs), m.start(1), "reporter"))
    bio = _AUTHOR_BIO.match(text)
    if bio:
        chunks.append((bio.group(1), bio.start(1), "reporter"))
    sign_off = _REPORTS_SIGN_OFF.match(text)
    if sign_off:
        chunks.append((sign_off.group(1), sign_off.start(1), "reporter"))
    for m in _SOURCE_CREDIT.finditer(text):
        if is_surname(m.group(2)) and is_given_name(m.group(3)):
            chunks.append((m.group(1), m.start(1), "source"))
    return sorted(chunks, key=lambda c: c[1])


# rule `byline_element`: a line the page keeps in its byline element (extract/bylines.py) that is a name alone,
# maybe after "By" or before the correspondent's place: "Ntombikayise Sibeko", "BY CLAUDIA TALLY", "Ibrahim Shuaibu
# in Kano"
_PAGE_CREDIT = re.compile(r"^\s*(?:By\s*[:\uff1a]?\s*)?(" + _WESTERN_WORD + r"(?: " + _WESTERN_WORD + r"){1,2})"
                          r"(?:\s+in\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)?\s*\.?\s*$")


def page_credit_names(line: str, dictionary: frozenset[str]) -> list[tuple[int, int, str]]:
    """Persons credited in a byline line of the page: the credits `byline_names` reads, else a name alone (rule
    `byline_element`) that is no media, office or function word and not made of English words only."""
    found = byline_names(line)
    if found:
        return found
    text = line.title() if line.isupper() else line  # "BY CLAUDIA TALLY": the same length, offsets hold
    m = _PAGE_CREDIT.match(text)
    if m is None:
        return []
    words = m.group(1).split()
    if any(w.lower() in FUNCTION_WORDS | MEDIA_WORDS or w in HEAD_WORDS or _office_word(w) or _ORG_WORD.search(w)
           for w in words) or all(w.lower() in dictionary for w in words):
        return []
    return [(m.start(1), m.end(1), m.group(1))]


# ---------------------------------------------------------------------------------- one person, several spellings
def _one_edit(a: str, b: str) -> bool:
    """a and b differ by exactly one substitution, insertion or deletion."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def misspelt_word(a: str, b: str) -> bool:
    """Rule `misspelt_reference` (parser 1.25.1): one long name word written again with one letter changed, added
    or dropped ("Minister Nkurukusa" after "Mwabashike Nkulukusa"); 7+ letters, so that the edit cannot make another
    common name word."""
    a, b = a.lower(), b.lower()
    return min(len(a), len(b)) >= 7 and _one_edit(a, b)


def spelling_variant(a: str, b: str) -> bool:
    """Rule `spelling_variant`: two written forms of one name: same surname, given names one edit apart and long
    enough (6+ letters) that the edit cannot make another common name ("Lin Qiaosheg" / "Lin Qiaosheng",
    "Zheng Shajie" / "Zheng Shanjie"; but "Li Qiang" / "Li Jiang" are two people)."""
    ta, tb = clean_name(a).split(), clean_name(b).split()
    if len(ta) != 2 or len(tb) != 2 or ta[0] != tb[0] or ta[1] == tb[1]:
        return False
    ga, gb = ta[1].lower(), tb[1].lower()
    return min(len(ga), len(gb)) >= 6 and _one_edit(ga, gb)


MAX_NAMESAKES = 40


def canonical_names(names: list[str], together: set[frozenset] | None = None) -> dict[str, str]:
    """Map each written name (in document order, one entry per occurrence) to the form the person goes by:
    * rule `majority_spelling`: of two spelling variants the more frequent wins; on a tie a valid pinyin
      spelling wins over a non-pinyin one, then the first written.  Only a one-off form is a misspelling: two
      forms written twice or more each, or written side by side in one sentence (`together`: "Wang Xiaoming
      and Wang Xiaoping attended"), are two people;
    * rule `surname_alias`: a single word ("Mr. Nowakowski") that is the surname of exactly one fuller name
      in the document ("Piotr Nowakowski") is that person."""
    together = together or set()
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for i, n in enumerate(names):
        n = clean_name(n)
        counts[n] = counts.get(n, 0) + 1
        first.setdefault(n, i)

    def rank(n: str):
        toks = n.split()
        pinyin = len(toks) == 2 and is_surname(toks[0]) and is_given_name(toks[1])
        return (-counts.get(n, 0), not pinyin, first.get(n, len(names)))

    out: dict[str, str] = {}
    forms = list(counts)
    by_surname: dict[str, list[str]] = {}
    for n in forms:
        by_surname.setdefault(n.split()[0] if n.split() else "", []).append(n)
    for n in forms:
        bucket = by_surname.get(n.split()[0] if n.split() else "", [])
        if len(bucket) > MAX_NAMESAKES:  # a roll of namesakes, not prose with a typo: no merging (and no O(n^2))
            out[n] = n
            continue
        group = [m for m in bucket if m == n or (
            spelling_variant(m, n) and min(counts[m], counts[n]) == 1 and frozenset((m, n)) not in together)]
        accented = [m for m in forms if m != n and _unaccented(m) == _unaccented(n)]
        if accented:  # rule `accent_variant` (parser 1.28.0): "Donal Gilroy" in a caption is "Dónal Gilroy"
            out[n] = max([n, *accented], key=lambda m: (len(m.encode()), -first[m]))  # the form with the accents
            continue
        out[n] = min(group, key=rank)
    full = [n for n in forms if len(n.split()) >= 2 and out[n] == n and not _INITIALLED.fullmatch(n)]
    for n in forms:
        m = _INITIALLED.fullmatch(n)
        if m:
            # rule `initial_alias`: "A.Sergeyev" after "Alexander Sergeyev": the initials and surname of exactly one
            # fuller name
            initials = re.findall(r"[A-Z]", m.group(1))
            owners = {f for f in full if f.split()[-1] == m.group(2) and len(f.split()) > len(initials) and
                      [w[0] for w in f.split()[:len(initials)]] == initials}
        elif len(n.split()) == 1:
            owners = {f for f in full if surname_of(f) == n}
            if not owners:  # "Prof. Kori" after "Prof. S.A. Kori" (parser 1.28.0)
                owners = {f for f in forms if _INITIALLED.fullmatch(f) and out[f] == f and f.split(".")[-1].strip() == n}
            if not owners and not is_surname(n):
                # rule `token_alias`: "Chairman Erkin" after "Erkin Tuniyaz": a non-pinyin word that is a token of
                # exactly one fuller name is that person ("Al-Hakim" of "Ammar al-Hakim" too)
                owners = {f for f in full if n in f.split() and _own_token(f, n)} or \
                    {f for f in full if "-" in n and n.lower() in f.lower().split()}
            if not owners and not is_surname(n):  # rule `misspelt_reference`: "Minister Nkurukusa" (written twice)
                owners = {f for f in full if any(misspelt_word(n, w) for w in f.split())}  # after "X Nkulukusa"
        elif not is_surname(n.split()[0]):
            owners = longer_owners(n, full)
        else:
            # rule `vietnamese_alias`: "Minister Hong Dien" after "Nguyen Hong Dien": a Vietnamese name is written
            # without its family name
            owners = {f for f in full if f.split()[0].lower() in VIETNAMESE_SURNAMES and f.split()[1:] == n.split()}
        # (1.45.0) "Kazim Hosein" is the end of "Haji Kazim Hosein": one owner, the longer form ("Minister Hosein")
        owners = {f for f in owners if not any(g != f and g.endswith(" " + f) for g in owners)}
        if len(owners) == 1:
            out[n] = owners.pop()
    return out


def longer_owners(n: str, full: list[str]) -> set[str]:
    """Rule `token_alias`, of two words or more: "Balighur Rehman" after "Muhammad Balighur Rehman"; an Arabic name
    is its own beginning ("Mohammed bin Rashid" of "Mohammed bin Rashid Al Maktoum"), never a father's links."""
    k = len(n.split())
    owners = {f for f in full if len(f.split()) > k and f.split()[-k:] == n.split() and f.split()[-k - 1] not in _LINEAGE}
    if not owners and _LINEAGE & set(n.split()):  # its words as written, or one letter apart ("Mohamed"/"Mohammed")
        owners = {f for f in full if len(f.split()) > k and
                  all(a == b or misspelt_word(a, b) for a, b in zip(f.split()[:k], n.split()))}
    return owners


def _own_token(full: str, token: str) -> bool:
    """The token is the person's own: written before any lineage link of the name."""
    words = full.split()
    return not _LINEAGE & set(words[:words.index(token)])


def _unaccented(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def initialled(name: str) -> bool:
    """"V. Huseynov", "A.Sergeyev": initials and a surname."""
    return _INITIALLED.fullmatch(name) is not None


_INITIALLED = re.compile(r"((?:[A-Z](?:\.\s?|\s)){1,2})([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)")


_ANY_PAIR = re.compile(r"(?<![\w'\u2019-])([A-Z][a-z]+) ([A-Z][a-z]+)(?![\w'\u2019-])")


def variant_spans(text: str, known: list[str]) -> list[NameSpan]:
    """Rule `spelling_variant` in running text: a capitalised pair that is a one-edit misspelling of a name
    already known in the document ("Lin Qiaosheg pointed out" after "Lin Qiaosheng, Governor of ...") is
    that person, even though the misspelt given name is not pinyin."""
    out: list[NameSpan] = []
    by_surname: dict[str, list[str]] = {}
    for k in known:
        by_surname.setdefault(k.split()[0], []).append(k)
    if not by_surname:
        return out
    for m in _ANY_PAIR.finditer(text):
        cands = by_surname.get(m.group(1), [])
        if len(cands) > MAX_NAMESAKES:
            continue
        for k in cands:
            if spelling_variant(m.group(0), k):
                out.append(NameSpan(m.start(), m.end(), k, "variant"))
                break
    return out
