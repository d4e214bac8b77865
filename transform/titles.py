"""Office titles attached to a name: small named rules (corpus/GUIDELINES.md 2.5 `titles`).

* `is_title`: a phrase is an office title when its head word (the last word before "of"/"to"/"for"/
  "at"/"in"/"on") is an office word: "Deputy Secretary of the CPC Sichuan Provincial Committee",
  "Chinese president", "founder", "head of the emergency response headquarters".
* `leading_titles`: the apposition after a name is split at ", ", ", and " and " and " only where the part
  after the separator is itself a title ("... Committee and Governor of ..."); otherwise the
  separator is inside an organisation name ("University of Electronic Science and Technology of
  China") and the parts stay together.  Elliptical pairs split too ("Deputy Secretary and Head of ...").
* `clean_title`: drop "also", a leading article and trailing punctuation ("the Provincial Governor" ->
  "Provincial Governor"); the rest is copied as written.
* `pre_name_title`: capitalised words before a name ending in an office word ("Chinese Premier Li
  Qiang" -> "Chinese Premier", "COSC Chairman Wang Zhongwei" -> "COSC Chairman").
"""
from __future__ import annotations

import re

from readouts.months import FULL_NAMES, NO_DOT, WEEKDAY_RE, month_re
from readouts.transform.lexicon import (
    ACT_PARTICIPLES,
    CALENDAR_WORDS,
    FUNCTION_WORDS,
    HONORIFICS,
    MODIFIERS,
    OFFICE_WORDS,
    ORG_HEADS,
    PLACE_HEADS,
    POST_NOMINALS,
    RANK_ABBREVIATIONS,
    SENTENCE_ADVERBS,
    STYLE_WORDS,
)

_HEAD_SPLIT = re.compile(r"\s+(?:of|to|for|at|in|on|with|from|under)\s+|\s*\((?![A-Z]{2,8}\)\s+[A-Z])|,")  # not "(DNCC) Mayor"
# rule `who_is_also`: "X, who is also Secretary of ...": the relative apposition is a title like ", also ..."
_LEAD = re.compile(r"^(?:and\s+|also\s+|as\s+|who\s+(?:is|was|also\s+serves\s+as|serves\s+as)\s+|"
                   r"(?:for|by|from|with)\s+(?=(?-i:[A-Z])))*(?:(?:the|a|an|our|its|their)\s+)?"  # (1.33.0) "For Councillor X" in a vote
                   # (1.49.0: "A, our Executive Director, gave")
                   # (1.36.0) a style of address is no office: "Her Royal Highness Princess A" -> "Princess"
                   r"(?:(?:His|Her|Their)\s+(?:Royal\s+|Imperial\s+)?(?:Highness|Majesty|Excellency|Excellencies)\s+"
                   r"(?=(?-i:[A-Z])))?"
                   r"(?:Hon['\u2019]ble\s+)?"  # (1.44.0) "Hon'ble Minister for Foreign Affairs": a style, no office
                   # (1.54.0) ... as "Hon. Commissioner for X", "the Honourable Minister of Finance", "Rt Hon"
                   # (with its period, or "Honourable", or after "Rt": "Hon Hai Chairman" is a company's office)
                   r"(?:(?:(?:Rt\.?|Right|Most)\s+Hon(?:ou?rable|\.)?|Hon(?:ou?rable|\.))\s+(?=(?-i:[A-Z])))?",
                   re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019.-]*")


_STYLE_TAIL = re.compile(r"(?:,\s*(?:(?:His|Her|Their)\s+(?:Excellency|Excellencies|Majesty|(?:Royal\s+)?Highness|"
                         r"Eminence)|H\.\s?E\.?|(?:[Tt]he\s+)?(?:(?:Rt\.?|Right|Most)\s+)?Hon(?:ou?rable|\.)?))+$")


def clean_title(t: str) -> str:
    """Rule `clean_title`: "also a member of X" -> "member of X"; "the Provincial Governor" -> "Provincial Governor"."""
    t = " ".join(t.replace("\u00a0", " ").split()).strip(" ,;:")
    t = re.split(r"<|[\u3400-\u9fff]", t, maxsplit=1)[0]  # markup or the name in characters ends an English office
    t = _LEAD.sub("", t)
    t = re.sub(r"^\([A-Z]{2,8}\)\s+", "", t)  # (1.37.0) a dateline's agency: "Beijing, Aug 18 (IANS) Chinese Premier A"
    t = t.rstrip(" ,;:-\u2013\u2014")  # "Secretary of X Committee- Li Ming": the dash only leads to the name
    t = re.sub(r"(?:\s+(?:and|as\s+well\s+as))+$", "", t)  # "Secretary of Wuhan and offered ...": the clause goes on
    t = re.sub(r",?\s+(?:and\s+so\s+on|etc\.?)$", "", t)  # "CEO of Bank of China USA and so on": the list's end
    # rule `title_tail`: what follows the office in the sentence is no part of it: "Minister of Ecology and Environment
    # at the meeting", "Vice Chairman of the NPC warmly (received ...)", "Director General of X (NCSP) Mr (Name)"
    t = re.sub(r"\s+(?:at|during|on)\s+the\s+(?:meeting|conference|session|forum|event|ceremony|talks|symposium)$|"
               r"\s+(?:warmly|cordially|heartily|briefly|also|all)$|\s+(?:Mr|Mrs|Ms|Dr|Prof|Madam)\.?$", "", t)
    # (1.36.0) the style "Professor" before the name, after a whole office ("University of Botswana Vice Chancellor
    # Professor A"), never the office itself ("Visiting Professor A")
    styled = re.match(r"(.+?)\s+Professor$", t)
    if styled and styled.group(1).split()[-1].lower().rsplit("-", 1)[-1] in OFFICE_WORDS:
        t = styled.group(1)
    # (1.36.0) ... and a purpose, a company or a style after it: "President of the ECOWAS Commission to update him on
    # ...", "President of ACC along with their delegation"
    t = re.sub(r"\s+(?:to\s+(?:update|brief|discuss|inform|explore|seek|pay|express|review|sign|present|deliberate)\b|"
               r"(?:along|together)\s+with\b|"
               # (1.37.0) a participle's clause: "President of Malta describing the discussions as ..."
               r"[a-z]+ing\s+(?:the|a|an|his|her|their|its|that|this|these|those)\s).*$", "", t)
    t = _STYLE_TAIL.sub("", t)  # (1.50.0) "The Head of State, His Excellency, Mr. A": the style leads to the name
    # (1.57.0) a minutes' note after the office: "Minister of State for Health (left the meeting at 3:10pm)"
    t = re.sub(r"\s*\((?:left|joined|arrived|departed|via|from\s+item|until|for\s+item|items?\s)[^()]*\)$", "", t)
    t = re.sub(r"\s+H\.\s?E\.?$", "", t)  # (1.54.0) "... to the African Union H.E. A": without the comma too
    if re.search(r"\b(?:Ltd|Inc|Co|Corp|Jr|Bros|Plc|Pte|Pty|S\.A|N\.V)\.$", t):
        return t  # the period of "Co., Ltd." belongs to the company name
    return t.rstrip(" ,;:.")


def head_word(phrase: str) -> str | None:
    p = clean_title(phrase)
    if not p:
        return None
    core = _HEAD_SPLIT.split(p, maxsplit=1)[0]
    words = core.split()
    if not words or len(words) > 6:
        return None
    return re.sub(r"['\u2019]s$", "", words[-1]).lower().strip(".")


def _modified_office(word: str) -> bool:
    """Rule `hyphenated_office`: "vice-minister", "deputy-director", "co-chair": a modifier (or "co") joined to an
    office word; (1.37.0) or two offices joined: "Minister-President of Bavaria"."""
    prefix, _, office = word.rpartition("-")
    return bool(prefix) and (prefix in MODIFIERS or prefix == "co" or prefix in OFFICE_WORDS) and office in OFFICE_WORDS


def is_title(phrase: str) -> bool:
    """Rule `is_title`: the head word of the phrase is an office word and the words before it are modifiers
    or capitalised qualifiers ("Chinese", "Yunnan", "CPC Chongqing Party")."""
    p = clean_title(phrase)
    if not p:
        return False
    core = _NEWLY.sub("", _POSTPOSITIVE.sub("", _HEAD_SPLIT.split(p, maxsplit=1)[0]))
    words = core.split()
    # "Shaoxing Municipal People's Congress Standing Committee Director": a long body in capitals before the office
    if not words or len(words) > (9 if all(w[:1].isupper() for w in words) else 6):
        return False
    head = re.sub(r"['\u2019]s$", "", words[-1]).lower().strip(".")
    if head not in OFFICE_WORDS and not _modified_office(head):
        return _body_then_office(p)
    plain = 0
    for w in words[:-1]:
        lw = re.sub(r"['\u2019]s$", "", w.lower())  # "Fujian province's Party secretary"
        if lw in MODIFIERS or lw in OFFICE_WORDS or w[:1].isupper() or lw in {"and", "&"} or re.fullmatch(r"(?:19|20)\d\d", w):
            continue  # a year qualifies a prize ("the 2018 Nobel Prize winner")
        if re.fullmatch(r"\([A-Z]{2,8}\)", w):
            continue  # "Dhaka North City Corporation (DNCC) Mayor": the body's acronym after its name
        if _noun_adjunct(lw):
            plain += 1
            if plain <= 2:
                continue
        return False
    return True


def _body_then_office(p: str) -> bool:
    """(1.37.0) A body's name written with "of", then the office: "Chamber of Mines President", "University of Ghana
    Vice-Chancellor" (capitalised words and "of", "the", "and" only, at most nine)."""
    words = p.split()
    last = words[-1].lower().strip(".") if words else ""
    return 3 <= len(words) <= 9 and (last in OFFICE_WORDS or _modified_office(last)) and words[0][:1].isupper() and \
        all(w[:1].isupper() or w in ("of", "the", "and", "&") for w in words) and "of" in words[1:-1] and \
        words[-2] not in ("of", "the")  # "Office of the President" is a body


_NOT_ADJUNCTS = {"the", "a", "an", "of", "to", "for", "in", "on", "at", "by", "with", "his", "her", "their", "its",
                 "our", "this", "that", "who", "which", "he", "she", "they", "it", "is", "was", "are", "were", "has",
                 "have", "had", "will", "said", "also", "other", "all", "some", "many", "relevant", "every", "each",
                 "no", "not", "as", "when", "while", "and", "or", "but", "then", "later", "met", "led", "new"}


def _noun_adjunct(w: str) -> bool:
    """Rule `lowercase_qualifier`: "a research fellow", "a legislative council member", "chief economist": up to
    two lower-case qualifiers before the office word, none a function word, verb form or adverb."""
    return w.isalpha() and w not in _NOT_ADJUNCTS and not re.search(r"(?:ed|ing|ly)$", w)


# "Co., Ltd." / "Co., Inc." is one company name, not two titles
_SEP = re.compile(r"(,\s+and\s+|,?\s+as\s+well\s+as\s+|,\s+(?!(?:Ltd|Inc|Limited|LLC|PLC|Co|GmbH)\b)|"
                  r"(?<!Extraordinary)\s+and\s+(?!Plenipotentiary)|\s+&\s+|\s+cum\s+)")  # (1.44.0) "Deputy Secretary of X cum
# Chairman of Y": two offices (Vietnamese and Indian English)
# rule `new_office` (parser 1.24.0): "the newly-appointed Secretary of X", "the new Chinese ambassador": the office is
# written with its "new" (GUIDELINES 2.5: titles as written)
_NEWLY = re.compile(r"^(?:new|newly[- ](?:elected|appointed))\s+")
# "Ambassador Extraordinary and Plenipotentiary of X": the office word comes first, its qualifiers after it
_POSTPOSITIVE = re.compile(r"\s+Extraordinary\s+and\s+Plenipotentiary$", re.I)


# rule `lower_place_before_office`: "Xining city mayor B", "Fujian province's Party secretary B": a lower-case place
# head (or its possessive) between the place name and the office; a period right after a lower-case word is a
# sentence joined without a space ("conference.District Party Secretary B"), not an initial
_PLACE_WORDS = "|".join(sorted(PLACE_HEADS))
_PRE_WORD = re.compile(r"(?<![A-Za-z'\u2019-])(?<![A-Z.]\.)([A-Z](?:\.[A-Z])+\.|[A-Z\u00c0-\u00de][A-Za-z\u00df-\u00ff'\u2019-]*|[A-Z]{2,}[A-Za-z]*|"
                       r"\([A-Z]{2,}\)|of|the|in|for|at|to|on|and|&|provincial|municipal|prefectural|(?:" + _PLACE_WORDS + r")(?:['\u2019]s)?)\s+$")
_PRE_LOWER_OFFICE = re.compile(r"(?<![A-Za-z'\u2019-])((?:(?:vice|deputy|executive|acting|assistant|party|section|permanent|"
                               r"senior|principal|general|managing|team|group|county|company|junta)[ -]){0,2}"
                               # (1.49.0) "deputy permanent secretary A"; (1.51.0) "group president A", "junta leader A"
                               r"(?:chief|secretary|head|leader|governor|mayor|chairman|chairwoman|chairperson|director|"
                               r"minister|president|ambassador|consul|commissioner|administrator|premier|dean|chancellor|"
                               r"magistrate|spokesperson|spokesman|spokeswoman|member)(?:[ -]general)?)\s+$")  # (1.36.0)
# "Board member Kirschner", "party spokesperson A" (after a comma or a sentence start: `_OPENS_PHRASE`)
# rule `lower_office_opens` (parser 1.24.0): a lower-case office right before the name is its title where it opens
# its phrase: "Municipal Committee, mayor Wang Yubo attended", "chaired by vice mayor Lin Guanghua", "the mayor Wei
# Shuwang presided" (elsewhere, as in "the city's mayor", the words before it decide)
_OPENS_PHRASE = re.compile(r"(?:^|[,;:(]|\b(?:and|by|with|met|meets|the|The))\s*$")
# rule `article_lower_office`: "led by the deputy governor Zhu Hua": after an article a modified lower-case office
# right before the name is the name's title even without a capitalised place before it (a bare "the mayor" is not)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|[Tt]he)\s+$")
_CONNECTORS = ("of", "the", "in", "for", "at", "to", "on")  # "Ambassador to China Shahrat Nuryshev"
_PRE_DROP = {"the", "on", "in", "at", "yesterday", "today", "meanwhile", "also", "and", "as", "when", "while",
             "by", "with", "from", "of", "after", "before", "during", "later", "then", "earlier", "mr", "mrs",
             "ms", "dr", "comrade", "beijing", "xinhua", "photo", "monday", "tuesday", "wednesday", "thursday",
             "friday", "saturday", "sunday", "h.e"} | {  # "H.E. Ambassador X": the honorific is no office
             m.lower() for m in FULL_NAMES}  # (1.44.0) a date before the office: "On 2 June Foreign Minister Steinmeier"


# (1.56.0) an envoy's rank after the office: "Ambassador Extraordinary and Plenipotentiary of the Republic of X B"
_ENVOY_RANK = {"extraordinary", "plenipotentiary"}
_AND_AFTER = OFFICE_WORDS | {"extraordinary"}


def _office_and(words: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Rule `office_and_office`: "and" stays inside the words before a name only after an office's "of"/"for"
    ("Minister of Agriculture and Forestry B", "Deputy Secretary of X and Mayor B") or right after an office word
    (the elliptical pair "President and Party Secretary of CAS B"); "President A and Premier B" keeps "Premier"."""
    while True:
        k = next((i for i, (_, w) in enumerate(words) if w == "and"), None)
        lead = 0  # "the Chairman and President B": an article opens it; (1.44.0) so may a preposition or a date ("a
        # courtesy call on Prime Minister and Defense Minister B")
        while lead < len(words) and (words[lead][1].lower() in _PRE_DROP or words[lead][1] in _CONNECTORS):
            lead += 1
        if k is None or any(w in ("of", "for") for _, w in words[:k]) or k and words[k - 1][1].lower() in _AND_AFTER \
                and not any(w in _CONNECTORS for _, w in words[lead:k]):
            return words
        words = words[k + 1:]


# rule `lower_body_office`: "met with Yangjiang municipal Party committee secretary Wei Hongguan": a place, then the
# body in lower-case words, then the office, right before the name (the machine-translated genre writes them so)
_LOWER_BODY = re.compile(r"(?<![A-Za-z'\u2019-])((?:[A-Z][\w'\u2019-]*\s+)+(?:(?:municipal|provincial|prefectural|county|"
                         r"district|city|party|committee|government|people['\u2019]s|standing|autonomous|regional|"
                         r"[A-Z][\w'\u2019-]*)\s+){1,6}(?:(?:vice|deputy|executive|acting|assistant)[ -])?"
                         r"(?:secretary|mayor|governor|chairman|chairwoman|director|head|chief|president))\s+$")
_BODY_LOWER = re.compile(r"\b(?:municipal|provincial|prefectural|county|district|city|party|committee|government)\b")


# styles of address between an office and the name: "Punjab Chief Minister Sardar Usman Buzdar", "Datuk Seri"
_STYLES_BEFORE = re.compile(r"(?:\b(?:" + "|".join(sorted(w.capitalize() for w in STYLE_WORDS
                                                         if w.isalpha() and w not in FUNCTION_WORDS)) +
                            r"|Rt|Right|Most|Baroness|Lord|Lady|Dr|Prof|Ir|Setia|Paduka|Pengiran|Yang|Hajah)\b['\u2019.]?\s+|"
                            r"H\.\s?E\b\.?\s+|"
                            r"(?:Gen|Lt|Col|Maj|Brig|Adm|Capt|Cdr)\.\s+)+$")  # ... and "His
# Excellency": "Governor H.E. Wang Weizhong"; (1.44.0) "Chancellor of the Exchequer Rt Hon A", "Secretary-General
# Baroness A", "Permanent Representative to the African Union H.E A"; (1.53.0) a doctor's or Malay style among them:
# "Minister of Health Datuk Seri Dr A", "Director General Pengiran Dr Haji A", "member Yang Berhormat A"


def pre_name_title(text: str, name_start: int, floor: int = 0) -> tuple[str, int] | None:
    """Rule `pre_name_title`: ("Chinese Premier", start) for "... Chinese Premier Li Qiang ..."; never reaching back
    before `floor` (the end of the previous name)."""
    abbreviated = _ABBREVIATED_OFFICE.search(text, max(floor, name_start - 50), name_start)
    if abbreviated:
        words = abbreviated.group(1).split()
        while len(words) > 1 and (words[0].lower() in _NOT_PLACE_WORDS or words[0].lower() in OFFICE_WORDS):
            words.pop(0)  # "Yesterday Gov. A", "On Monday Utah Gov. A": the place only
        return " ".join(words), abbreviated.end(1) - len(" ".join(words))
    style = _STYLES_BEFORE.search(text, max(floor, name_start - 40), name_start) or \
        _office_honorific(text, name_start, floor)
    return _title_before(text, style.start() if style and style.start() > floor else name_start, floor)


# rule `abbreviated_office` (1.51.0): an office abbreviated as a style, as written, with the place before it: "Gov.
# A", "Utah Gov. A", "Fujian's Vice Gov. A", "Sen. A", "Amb. A"
_NOT_PLACE_WORDS = FUNCTION_WORDS | SENTENCE_ADVERBS | CALENDAR_WORDS | {"yesterday", "today", "meanwhile", "both",
                                                                     "also", "later", "earlier", "then", "while"}
_ABBREVIATED_OFFICE = re.compile(r"(?<![\w'\u2019.-])((?:(?!The\b|A\b|An\b|And\b|His\b|Her\b)[A-Z][\w'\u2019-]*\s+){0,3}"
                                 r"(?:Vice\s+|Deputy\s+|Lt\.\s+)?(?-i:Gov|Sen|Rep|Amb)\.)\s+$")


# rule `office_honorific_name`: "the Deputy Secretary General Mr. Shi Jianhua": the office stands before the honorific
_HONORIFIC_BEFORE = re.compile(r"(?<=\s)(?:H\.\s?E\.?\s+)?(?:" + "|".join(HONORIFICS) + r")\.?\s+$")  # (1.56.0) "H.E. Mr."
_WORD_BEFORE = re.compile(r"([A-Za-z-]+)\s+$")


def _office_honorific(text: str, name_start: int, floor: int) -> re.Match | None:
    """The honorific between an office and the name ("General Mr. Shi"; 1.56.0: "H.E. Mr." as one), not one after
    "and"."""
    m = _HONORIFIC_BEFORE.search(text, max(floor, name_start - 18), name_start)
    if m is None:
        return None
    word = _WORD_BEFORE.search(text, max(floor, m.start() - 30), m.start())
    if word and word.group(1).lower().rsplit("-", 1)[-1] in OFFICE_WORDS:
        return m
    # (1.37.0) or a whole "office of <body>" before it: "French Minister of Social Affairs and Health Ms. A"
    return m if word and word.group(1)[:1].isupper() and _title_before(text, m.start(), floor) else None


def _title_before(text: str, name_start: int, floor: int) -> tuple[str, int] | None:
    m = _LOWER_BODY.search(text, max(floor, name_start - 120), name_start)
    if m and m.end() == name_start and _BODY_LOWER.search(m.group(1)) and \
            m.group(1).split()[0].lower() not in _PRE_DROP:
        return clean_title(m.group(1)), m.start(1)
    pos = name_start
    words: list[tuple[int, str]] = []
    lower_office = False
    while True:
        m = _PRE_WORD.search(text, max(floor, pos - 80), pos)
        if (not m or m.end() != pos) and not words:
            # rule `lowercase_pre_office`: "Anhui Party chief Lyu Xiangyang": a lower-case office word right before
            # the name counts when capitalised words (the place or body) come before it
            m = _PRE_LOWER_OFFICE.search(text, max(floor, pos - 40), pos)
            lower_office = bool(m and m.end() == pos)
        if not m or m.end() != pos:
            break
        words.insert(0, (m.start(), m.group(1)))
        pos = m.start()
        if len(words) > 20:
            break
    # rule `lower_office_of`: "president of the Supreme Court B": a lower-case office word opening "of <body>"
    lead = re.search(r"(?<![A-Za-z'\u2019-])([a-z]+(?:-[a-z]+)?)\s+$", text[max(floor, pos - 30):pos])
    if words and (words[0][1] in ("of", "for") or words[0][1] == "to" and words[1:2] and words[1][1][:1].isupper()) and \
            lead and (lead.group(1) in OFFICE_WORDS or
                                                             _modified_office(lead.group(1))):
        words.insert(0, (max(floor, pos - 30) + lead.start(1), lead.group(1)))
        # (1.37.0) ... and the nationality or place before it: "The new Chinese ambassador to Zimbabwe B",
        # "Singapore's ambassador to China B"
        at = words[0][0]
        nation = re.search(r"(?<![\w'\u2019-])((?:[A-Z][a-z]+(?:['\u2019]s)?\s+){1,2})$", text[max(floor, at - 30):at])
        if nation and nation.group(1).split()[0] not in ("The", "A", "An", "Its", "His", "Her", "Their"):
            base = max(floor, at - 30) + nation.start(1)
            words[:0] = [(base + m.start(), m.group(0)) for m in re.finditer(r"\S+", nation.group(1))]
    while words and words[-1][1].rstrip(".") in HONORIFICS:
        words.pop()  # "..., Vice Minister of X and Mr B": the honorific is no part of an office
    if words and words[-1][1] in _CONNECTORS + ("and",):
        return None  # "... of Jilin province and B": B is coordinated, no office is written right before it
    words = _office_and(words)
    # connectors only between capitalised words
    while words and (words[0][1] in _CONNECTORS or words[0][1].lower().rstrip(".") in _PRE_DROP or
                     _act_participle(words)):
        words.pop(0)
    words, former = _qualifiers(text, words, floor)
    qualified = words[1:] if former else words  # "former" / "senior" qualify the office, they do not capitalise it
    if not words or lower_office and (len(qualified) < 2 or not qualified[0][1][:1].isupper()) and not (
            len(words) == 1 and " " in words[0][1].replace("-", " ") and
            _ARTICLE_BEFORE.search(text, max(0, words[0][0] - 8), words[0][0])) and not (
            len(words) == 1 and _OPENS_PHRASE.search(text, max(floor, words[0][0] - 12), words[0][0])):
        return None
    # the last word before the name must be an office word ...
    last = words[-1][1].lower().split()[-1]
    if last not in OFFICE_WORDS and last.rsplit("-", 1)[-1] not in OFFICE_WORDS:  # (1.37.0) "Vice-Chancellor"
        return _office_of_title(text, words, name_start)
    # drop a trailing "Mr."-like token and keep the phrase from the first kept word
    phrase = text[words[0][0]:name_start].strip()
    if not is_title(phrase) and " of " not in phrase and len(split_pre_title(phrase)) < 2:
        return None  # (two offices joined by "and" may be longer than one: "Group Vice President and Shandong X General
        # Manager B")
    return clean_title(phrase), words[0][0]


# rule `participle_not_title`: "Visiting Chinese Vice Premier B", "Congratulating President B", (1.57.0) "Receiving
# Ambassador B": the act, not the office (but "Visiting Professor B", "Presiding Judge B", "Receiving Officer B" are one)
def _act_participle(words: list[tuple[int, str]]) -> bool:
    return words[0][1].lower() in ACT_PARTICIPLES and len(words) > 1 and words[1][1].lower() not in _PARTICIPLE_OFFICES


# the functionaries a participle names ("Visiting Professor", "Inspecting Officer", "Attending Physician")
_PARTICIPLE_OFFICES = {"officer", "officers", "judge", "judges", "professor", "professors", "fellow", "fellows",
                       "scholar", "scholars", "physician", "editor", "engineer", "clerk", "agent", "member", "members",
                       "surgeon", "nurse", "lecturer", "researcher"}


def _qualifiers(text: str, words: list[tuple[int, str]], floor: int) -> tuple[list[tuple[int, str]], bool]:
    """Lower-case words before the capitalised office that belong to it; True when "former"/"senior" leads."""
    # rule `former_office`: "former U.S. Secretary of the Treasury B": "former" belongs to the office, and so does
    # "senior" ("senior Congress leader B")
    former = re.search(r"(?<![A-Za-z])(former|senior)\s+$", text[max(floor, 0):words[0][0]]) if words else None
    if former:
        return [(max(floor, 0) + former.start(1), former.group(1)), *words], True
    # rule `level_before_office`: "the provincial Party Secretary B": a lower-case level word belongs to the office,
    # and so does the place named before it ("Jiangsu provincial Party Secretary B")
    level = _LEVEL_BEFORE.search(text[max(floor, 0):words[0][0]]) if words else None
    if level and words[0][1][:1].isupper():
        words = [(max(floor, 0) + level.start(1), level.group(1)), *words]
        place = _PLACE_BEFORE_LEVEL.search(text, max(floor, 0, words[0][0] - 30), words[0][0])
        if place and place.group(1).lower() not in _PRE_DROP and place.group(1).lower() not in FUNCTION_WORDS:
            words = [(place.start(1), place.group(1)), *words]
    return words, False


_LEVEL_BEFORE = re.compile(r"(?:^|[^A-Za-z])(provincial|municipal|prefectural|county|district|city)\s+$")
_PLACE_BEFORE_LEVEL = re.compile(r"(?<![\w'\u2019.-])([A-Z][a-z]+)\s+$")
# (1.54.0) and a legislator's or envoy's style: "Sorsogon City Mayor, Hon. A B", "the Speaker, Honourable C D"
_COMMA_HONORIFIC = re.compile(r",\s*(?:(?:" + "|".join(HONORIFICS) + r")\.?|Hon\.?|Honou?rable|H\.\s?E\.?)"
                              r"(?:\s+(?:" + "|".join(HONORIFICS) + r")\.?)?\s+$")
_CHUNK_START = re.compile(r".*(?:[;:]|\s-{1,2}\s|\u2014|\b(?:were|was|are|is|with|by|include|included|including|"
                          r"received|receives|met|meets|welcomed|welcomes|hosted|greeted)\s)", re.S)  # (1.49.0) "received"


def comma_honorific_title(text: str, name_start: int, floor: int = 0) -> tuple[str, int] | None:
    """Rule `title_comma_honorific`: "The Chief Executive, Mr John Lee, said", "...; the Secretary for Culture,
    Sports and Tourism, Mr Kevin Yeung; ...": an office written before the name, a comma and an honorific between.
    The office runs back to the clause start (a semicolon, colon, dash, "were", "with", "by") over commas that
    are inside it (the part after such a comma is no office by itself)."""
    m = _COMMA_HONORIFIC.search(text, floor, name_start)
    if not m or m.end() != name_start:
        return None
    cm = _CHUNK_START.match(text, floor, m.start())
    start = cm.end() if cm else floor
    pieces = text[start:m.start()].split(", ")
    phrase = pieces.pop()
    # "A, and the Vice-Chancellor of X, Mr B"; (1.55.0) "A, and Marketing Director of X, Ms B" after a name's comma
    conjunct = re.match(r"(?:and|as\s+well\s+as)\s+(?=the\s)", phrase) or (
        re.match(r"(?:and|as\s+well\s+as)\s+(?=[A-Z])", phrase) if not "".join(pieces).strip() else None)
    if conjunct:
        phrase, pieces = phrase[conjunct.end():], []
    if pieces and (not pieces[-1].strip() and start == floor > 0 or _has_capital_pair(pieces[-1])) and \
            not _styled_roll(text, m.start() - len(phrase)):
        return None  # "A, Chairman of X, Mr B": the office is A's apposition, written right after A's name
    while pieces and not is_title(phrase) and not _has_capital_pair(pieces[-1]):
        phrase = pieces.pop() + ", " + phrase
    if not is_title(phrase):
        phrase = _office_after_article(phrase) or phrase  # "paid a visit to the Secretary for Security, Mr A"
    if not is_title(phrase) or len(phrase.split()) > 20:
        return None
    return clean_title(phrase), m.start() - len(phrase)


def _styled_roll(text: str, at: int) -> bool:
    """(1.55.0) "Chairperson of X, Dr. A, Chairperson of Y, Mr. B": the name before the office at `at` is itself
    written after its office and an honorific, so that office opens the next pair of a roll (B's), not A's apposition."""
    cm = _CHUNK_START.match(text, 0, at)
    pieces = [x.strip() for x in text[cm.end() if cm else 0:at].rstrip(", ").split(", ")]
    styled = re.compile(r"(?:" + "|".join(HONORIFICS) + r")\.?\s+[A-Z]")
    k = 0  # pieces from the end that alternate name, office, name, office ...
    while k < len(pieces) and (bool(styled.match(pieces[-1 - k])) if k % 2 == 0 else is_title(pieces[-1 - k])):
        k += 1
    # the roll opens with an office ("Office, Mr. A, Office, Mr. B"), not with a name ("Mr. A, Office, Mr. B, Office")
    return k >= 2 and k % 2 == 0 and (k == len(pieces) or not is_title(pieces[-1 - k]))


def _office_after_article(chunk: str) -> str | None:
    """The longest office that starts after a "the" inside a clause ("... paid a visit on May 7 to the Secretary
    for Security of the SAR" -> "Secretary for Security of the SAR")."""
    for m in re.finditer(r"\b[Tt]he\s+(?=[A-Z])", chunk):
        if is_title(chunk[m.end():]):
            return chunk[m.end():]
    return None


_OFFICE_COMMA_ARTICLE = re.compile(r"(?:^|[,;]\s+|\s[-\u2013\u2014]\s+|\b(?:to|by|with|and|for|on|was|were|between)\s+)([Tt]he\s+[A-Z][^,;:]*(?:,\s+[A-Z][^,;:]*)?),\s+$")
# "led by Mayor of Addis Ababa, A B": an office with "of" after "led by"/"with", without its article
# (parser 1.22.0: also after "and", "met", "received", "called on", and "in"/"to" for "of": "Mayor X and Vice-Mayor
# of the City of Xiamen, Zhuang Rongliang, signed", "met New Zealand's Consul-General in Shanghai, Sui Xin")
_OFFICE_COMMA_BARE = re.compile(r"\b(?:led\s+by|headed\s+by|with|and|met|received|call(?:ed)?\s+on)\s+"
                                r"([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}\s+(?:of|in|to)\s+[^,;:]+),\s+$")
_OFFICE_COMMA_OPENING = re.compile(r"^([A-Z][^,;:]*),\s+$")  # without its article only when it opens the sentence


def comma_office_title(text: str, name_start: int, name_end: int, floor: int = 0) -> tuple[str, int] | None:
    """Rule `office_comma_name`: "On July 6, the Secretary of the Party Group and Minister of X, Jin Long, presided":
    an office with its article, then the name in commas. The office must open its clause (the sentence, a fronted
    adverbial, "to/by/with the"), so that in a roll "A, the Mayor of X, B, ..." B never takes A's office."""
    # (1.44.0) a style may stand between the comma and the name: "the British High Commissioner to X, H.E. Mrs A"
    address = _ADDRESS_RUN.search(text, max(floor, name_start - 40), name_start)
    if address and address.end() == name_start and address.start() > floor:
        name_start = address.start()
    # the office with its article first: the sentence-opening form would match from the sentence start
    m = _OFFICE_COMMA_BARE.search(text, floor, name_start)
    bare = m is not None and m.end() == name_start  # a word ("with", "and", "met") parts it from a name before
    if bare and m is not None and m.group(0).startswith("and") and (not floor or text[floor:m.start()].strip()):
        bare = False  # "A and Vice-Mayor of X, B" only: in a roll "..., Secretary of X and Chairman of Y, B", the
        # offices after "and" are the previous person's
    if not bare:
        m = _article_office(text, floor, name_start)
    article = m is not None  # (or the bare office inside the sentence: the same test of the name's end)
    m = m or _OFFICE_COMMA_OPENING.search(text, floor, name_start)
    if not m or m.end() != name_start:
        return None
    if article and not re.match(r"\s*(?:[,.;]|$|\s(?:in|at|on|during|which|who|and\s+the)\s)", text[name_end:]):
        return None  # inside the sentence the name must close the apposition: "..., the Mayor of X, B, said", "... B in Y"
    phrase = m.group(1)
    before = text[max(0, m.start() - 80):m.start()]
    office = re.sub(r"^[Tt]he\s+", "", phrase)
    closed = re.match(r";| [-\u2013\u2014]", m.group(0)) is not None  # (1.44.0) "A; the Minister of X, B": a semicolon
    # or a dateline's dash closes what came before
    if not bare and not closed and re.search(r"[A-Z][a-z]+ [A-Z][a-z]+\s*$", before) or not is_title(office) or \
            len(phrase.split()) > 16:
        return None  # the piece before is a name: the office is that person's apposition
    return clean_title(phrase), m.start(1)


def _article_office(text: str, floor: int, name_start: int) -> re.Match | None:
    """The office with its article that ends at the name's comma, from the opener nearest the name that gives an
    office (1.44.0: "to be received by the Minister was the British High Commissioner to X, A": not from "by")."""
    pos, first = floor, None
    while (m := _OFFICE_COMMA_ARTICLE.search(text, pos, name_start)) is not None and m.end() == name_start:
        first = first or m
        if is_title(re.sub(r"^[Tt]he\s+", "", m.group(1))):
            return m
        pos = m.start(1) + 1
    return first


# rule `office_comma_led` (parser 1.23.0): "met with the mayor of Shenzhen, Xu Qin", "a courtesy call by Chinese
# Ambassador to Jamaica, His Excellency Chen Daojiang", "The new Chinese ambassador to Rwanda, H.E Wang Xuekun, paid":
# an office (lower case allowed) right after a word that starts a noun phrase (or the sentence), then a comma, an
# optional style of address and the name. The word before the office parts it from any earlier name, so in a roll
# "A, the Mayor of X, B" B never takes A's office.
_LED_BY = re.compile(r"\b(?:by|with|to|met|meets|received|receives|welcomed|welcomes|greeted|visited|visits|hosted|"
                     r"accompanied|from|call(?:ed|s)?\s+on|and|including|namely|when|where|while)\s+"  # (1.49.0) "when"
                     r"|(?:/|--|\u2013|\u2014)\s+", re.I)  # (parser 1.25.3) and after a dateline: "ENA/ Chief Administrator"
_POST_NOMINALS = re.compile(r"(?:\s+(?:" + "|".join(POST_NOMINALS) + r"))*")  # after the name
_ADDRESS_RUN = re.compile(r"(?:(?:(?:" + "|".join(HONORIFICS + RANK_ABBREVIATIONS) + r")\.?|Professor|[Aa]cademician|"
                          r"(?:His|Her)\s+Excellency|H\.\s?E\.?|Hon\.?|Hon(?:ou)?rable|"
                          # (1.44.0) "the Secretary of State for Northern Ireland, Rt Hon A", "..., The Rt. Hon. A"
                          r"(?:[Tt]he\s+)?(?:Rt\.?|Right|Most|Hon\.?)|Baroness|Lord|Lady|"
                          # (1.56.0) a judge's styles: "the Chief Justice of X, His Lordship Justice B"
                          r"(?:His|Her)\s+Lordship(?:\s+Justice)?|Honou?rable\s+Justice)\s+)+$")
_OFFICE_LEAD = re.compile(r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?:visiting\s+)?(.+)$", re.S)  # "the visiting Chinese Foreign Minister"


# (1.54.0) any participle ("Briefing the media after the meeting, Minister for X, A B, disclosed"), "As ..." and a
# sentence adverb ("Similarly, Minister of X, A B, said") open the clause as well
_FRONTED_ADVERBIAL = re.compile(r"\s*(?:In|At|On|During|Following|After|Before|Speaking|Addressing|Meanwhile|Earlier|"
                                r"Later|Separately|Upon|Under|Since|Today|Yesterday|As|[A-Z][a-z]{2,}ing(?=\s+[a-z])|" +
                                "|".join(sorted(w.capitalize() for w in SENTENCE_ADVERBS)) + r")\b[^,;:]*,\s*$")
_PHOTO_POSITION = re.compile(r"\((?:left|right|center|centre|front|middle|[A-Z]|[1-9](?:st|nd|rd|th)\s+[lr]\w*)\)", re.I)


def office_comma_led(text: str, name_start: int, name_end: int, floor: int = 0) -> tuple[str, int] | None:
    """Rule `office_comma_led`: the office written before ", [style] Name" after a word that opens a noun phrase
    ("with", "by", "to", "met", "received", "and" right after the previous name) or at the sentence start."""
    address = _ADDRESS_RUN.search(text, max(floor, name_start - 40), name_start)
    at = address.start() if address and address.end() == name_start else name_start
    comma = re.search(r",\s*$", text[floor:at])
    after = _POST_NOMINALS.match(text, name_end)
    if not comma or not re.match(r"\s*(?:[,.;)]|$|\s+(?:[a-z(]|and\s))", text[after.end() if after else name_end:]):
        return None
    end = floor + comma.start()
    start = max(floor, max((m.end() for m in re.finditer(r"[,;:]\s*", text[floor:end])), default=0) + floor)
    chunk = text[start:end]
    opens = [0] if start == 0 and not floor or re.match(r"(?:the|an?)\s", chunk, re.I) and not \
        re.search(r"[A-Z][\w'\u2019-]*\s+[A-Z][\w'\u2019-]*[,;:]\s*$", text[:start]) and \
        text[floor:start].strip(" ,;:") else []  # or "At the meeting, the founder of X, B": not after a name
    if not opens and start > floor and _FRONTED_ADVERBIAL.match(text, floor, start):
        opens = [0]  # (1.49.0) "Speaking at a launch in Nairobi, KCCC Chairman, Tim Chen said": after one fronted
        # adverbial the office opens the clause ("Following the remarks of the Forum Chair, the Secretary General, B")
    if not opens and start > floor and re.search(r":\s*$", text[floor:start]) and \
            not re.search(r"[A-Z][\w'\u2019-]*\s+[A-Z][\w'\u2019-]*:\s*$", text[:start]):
        opens = [0]  # (parser 1.25.3) after a colon: "Colombo (LNW): Vice Minister of X, Sun Haiyan, paid"
    for w in _LED_BY.finditer(chunk):
        # (a photo position in brackets may stand between: "A (right) and Secretary of X, B")
        if w.group(0)[:3].lower() == "and" and not (floor and not _PHOTO_POSITION.sub("", text[floor:start + w.start()]).strip(" ,")):
            continue  # "A and the mayor of X, B" only (1.50.0: "A, and the mayor of X, B" too): after "Secretary of X
            # and ..." the office is the previous person's
        opens.append(w.end())
    for k in opens:
        m = _OFFICE_LEAD.match(chunk[k:])
        office = m.group(1) if m else ""
        if m is None or len(office.split()) > 16 or not is_title(office):
            continue
        return clean_title(office), start + k
    return None


def earlier_title(text: str, title_start: int, floor: int = 0) -> str | None:
    """Rule `two_offices_before_name`: "Deputy Secretary of the Municipal Party Committee, Mayor B attended": an
    office that opens the clause, then a comma, then the office written before the name."""
    m = re.search(r",\s*$", text[floor:title_start])
    if not m:
        return None
    end = floor + m.start()
    cm = _CHUNK_START.match(text, floor, end)
    phrase = text[cm.end() if cm else floor:end]
    if "," in phrase:  # "The morning of June 26th, vice secretary of X, party secretary B": the last piece, unless
        before, _, phrase = phrase.rpartition(",")  # the piece before is a name ("A, Secretary of X, mayor B")
        if not before.strip() or re.search(r"[A-Z][a-z]+ [A-Z][a-z]+$", before.strip()):
            return None
        phrase = phrase.strip()
    if _COMMITTEE_SEAT.fullmatch(phrase):
        return phrase  # rule `committee_seat`: "Municipal Committee, mayor B": the seat, written as an office
    if not is_title(phrase) or re.search(r"[A-Z][a-z]+ [A-Z][a-z]+$", phrase) and \
            phrase.split()[-1].lower() not in OFFICE_WORDS | {"committee", "government", "congress"}:
        return None
    return clean_title(phrase)


# rule `committee_seat` (parser 1.24.0): in the machine-translated genre a seat on a committee written before the
# office, "Municipal Committee, mayor B", "Provincial Standing Committee, executive vice governor B", is a title
_COMMITTEE_SEAT = re.compile(r"(?:Municipal|Provincial|County|District|City)(?:\s+Standing)?\s+Committee", re.I)


def _has_capital_pair(piece: str) -> bool:
    return bool(re.search(r"[A-Z][a-z]+ [A-Z][a-z]+$", piece)) and not is_title(piece)


def _office_of_title(text: str, words: list[tuple[int, str]], name_start: int) -> tuple[str, int] | None:
    """... or rule `office_of_title`: an office word with its organisation or place written before the name:
    "Secretary-General of the Provincial Government Huang Jiawei", "Consul General of Poland in Chengdu Anna
    Berg", "Minister of Water Resources Liu Wenbin"."""
    for i in range(len(words) - 1):
        office = words[i][1].lower()
        j = i + 1
        while j < len(words) - 1 and (words[j][1].lower() in _ENVOY_RANK or words[j][1] == "and" and
                                      words[j + 1][1].lower() in _ENVOY_RANK):
            j += 1  # "Ambassador Extraordinary and Plenipotentiary of X"
        if (office in OFFICE_WORDS or _modified_office(office) or office.rsplit("-", 1)[-1] in OFFICE_WORDS) and \
                words[j][1] in ("of", "for", "in", "at", "to") and \
                words[-1][1] not in _CONNECTORS:
            phrase = text[words[0][0]:name_start].strip()
            if is_title(phrase):
                return clean_title(phrase), words[0][0]
            return None
    return None


# rule `office_name_of_org`: "Director-General Yang Hua of the NHC Healthcare Reform Department": the organisation
# written after the name completes the office written before it
_OF_ORG_AFTER = re.compile(r"\s+of\s+((?:the\s+)?(?:[A-Z][\w'\u2019&.-]*\s+(?:(?:of|for|the)\s+)*){0,8}"
                           r"([A-Z][\w'\u2019&-]*)|the\s+(?:[a-z][a-z-]*\s+){1,3}?(" + "|".join(map(re.escape, sorted(ORG_HEADS))) + r"))(?=[\s,.;:]|$)")


def org_after_name(after_name: str) -> str | None:
    """The organisation of `office_name_of_org` (its name ends in an organisation head word), or None."""
    m = _OF_ORG_AFTER.match(after_name)  # ... or in lower case after "the": "Chairman B of the congress organizing
    return m.group(1) if m and (m.group(2) or m.group(3)).lower() in ORG_HEADS else None  # committee"


def split_pre_title(phrase: str) -> list[str]:
    """Rule `office_and_office`: "Deputy Secretary of X Committee and Mayor B" holds two offices; "Minister of
    Agriculture and Forestry B" one; the elliptical "President and Party Secretary of CAS B" two."""
    parts = re.split(r"\s+and\s+", phrase)  # (not "&": GUIDELINES 2.5 splits on ", " and " and "; the annotators keep
    for i in range(1, len(parts)):  # "Executive Vice President & Secretary-General" whole)
        head, tail = " and ".join(parts[:i]), " and ".join(parts[i:])
        if is_title(head) and is_title(tail) and (re.search(r" (?:of|for) ", head) or  # (1.44.0) "for"
                                                  head.split()[-1].lower() in OFFICE_WORDS):
            return [clean_title(head)] + split_pre_title(tail)
    # rule `office_after_body`: "Chairman of the State Administration Council Prime Minister Senior General B": a body's
    # head word, then capitalised offices with no comma between
    words = phrase.split()
    if " of " in phrase:
        first_of = words.index("of")
        for j in range(first_of + 2, len(words) - 1):
            rest = words[j + 1:]
            if words[j].lower() in ORG_HEADS and all(w[:1].isupper() for w in rest) and is_title(" ".join(rest)) \
                    and rest[0].lower() not in ORG_HEADS:
                return [clean_title(" ".join(words[:j + 1])), *_bare_offices(rest)]
    # "Deputy Lord Mayor of Sydney Councilor B": an office of a place, then a second bare office
    head, _, last = phrase.rpartition(" ")
    if " of " in head and last[:1].isupper() and last.lower() in OFFICE_WORDS - {"general"} and is_title(head) and \
            head.split()[-1].lower() not in OFFICE_WORDS:
        return [clean_title(head), last]
    return [phrase]


def _bare_offices(words: list[str]) -> list[str]:
    """"Prime Minister Senior General" -> two offices: split after an office word where two or more words of a
    title follow ("Secretary General", "General Manager" stay whole)."""
    for k in range(2, len(words) - 1):
        if words[k - 1].lower() in OFFICE_WORDS and is_title(" ".join(words[:k])) and is_title(" ".join(words[k:])):
            return [" ".join(words[:k]), *_bare_offices(words[k:])]
    return [" ".join(words)]


_PLACE_SUFFIX = r"(?:\s+(?:Province|City|County|District|Prefecture|Region|Autonomous\s+Region|State))?"


def country_suffix(cur: str, sep: str, piece: str) -> bool:
    """Rule `country_suffix`: a capitalised place after ", " that closes an office "of <Place>" names the place's
    country or province ("Mayor of Aarhus, Denmark", "Mayor of Port Vila, Vanuatu", "Chairman of X of Harbin City, Heilongjiang Province"), or the
    capital an office names ("the mayor of Inner Mongolia's capital, Hohhot"); it belongs to the office."""
    p = piece.strip()
    if sep.strip() != "," or not re.fullmatch(r"[A-Z][a-z]+" + _PLACE_SUFFIX, p) or p in HONORIFICS or \
            p.lower() in OFFICE_WORDS | MODIFIERS:
        return False
    return bool(re.search(r"\s(?:of|in|for)\s+(?:[A-Z][\w'-]*\s+){0,2}[A-Z][\w-]*" + _PLACE_SUFFIX + r"$|\scapital$", cur))


_BODY_WORD = re.compile(r"[A-Z][\w'\u2019&.-]*|of|the|for|and|&|on|in")


_PORTFOLIO_OFFICE = re.compile(r"\b(?:Minister|Ministry|Secretary|Commissioner|Department)\s+(?:of|for)\s+(?:the\s+)?[A-Z]")
_PORTFOLIO_WORDS = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|of|and|the|for))*")


def _portfolio_piece(piece: str) -> bool:
    p = piece.strip()
    return bool(_PORTFOLIO_WORDS.fullmatch(p)) and len(p.split()) <= 5 and not any(
        w.lower() in OFFICE_WORDS or w.rstrip(".") in HONORIFICS for w in p.split())


def _portfolio_run(cur: str, parts: list[str], i: int) -> int:
    """Rule `portfolio_list` (parser 1.50.0): a minister's portfolios listed with commas and a final "and" ("Minister of
    Foreign Affairs, Regional Integration and Togolese Living Abroad", "Minister of National Education, Primary
    Education, and Sports") are one office: how many parts from `i` on join it (0: none)."""
    if not _PORTFOLIO_OFFICE.search(cur) or parts[i].strip() != ",":
        return 0
    j = i
    while j + 1 < len(parts) and _portfolio_piece(parts[j + 1]):
        if parts[j].strip() in ("and", ", and") and j > i:
            return j + 2 - i
        if parts[j].strip() != ",":
            return 0
        j += 2
    return 0


def body_suffix(sep: str, piece: str) -> bool:
    """Rule `body_suffix`: after ", " a body with no office word in it names the office's body ("Counselor,
    Information Department of the Ministry of Foreign Affairs", "CPC Committee Secretary, GACC"): capitalised words
    whose head (before "of") is an organisation or place head, or an acronym."""
    p = piece.strip()
    if sep.strip() != "," or not p:
        return False
    words = re.sub(r"^the\s+", "", p).split()  # "Director, the Foreign Affairs Committee, CPPCC"
    if re.fullmatch(r"[A-Z]{2,8}", p):
        return p not in HONORIFICS
    if not all(_BODY_WORD.fullmatch(w) for w in words) or not words[0][:1].isupper() or \
            any(w.lower() in OFFICE_WORDS for w in words):
        return False
    head = " ".join(words).split(" of ")[0].split()[-1].lower()
    return head in ORG_HEADS or head in PLACE_HEADS


# a lower-case field after "and" that is no office and no clause ("... of science and technology")
_LOWER_DOMAIN = re.compile(r"(?!(?:a|an|the|also|is|was|were|has|had)\b)[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}")
_COMMA_NO_SPACE = re.compile(r",(?=[A-Za-z])(?!(?:Ltd|Inc|LLC|PLC)\b)")
_TITLE_ENDS_AT_VERB = re.compile(  # not "who is also ..."
    r"(?<!\bwho)(?:\s+(?:also|then|later|jointly))?\s+(?:which\b|whose\b|(?:after|before|following)\s+which\b|whereupon\b|who\s+(?!(?:is|was|are|were|also)\b)|attended|presided|chaired|co-chaired|delivered|made|said|stressed|noted|addressed|met|was|were|is|are|"
    r"has|have|had|hosted|visited|urged|called|pointed|spoke|gave|took|joined|participated|extended|expressed|"
    r"announced|emphasized|emphasised|underlined|highlighted|inspected|received|signed|led|briefed|reported|"
    r"introduced|presented|shared|described|explained|analy[sz]ed|summari[sz]ed|thanked|welcomed|hailed|praised|"
    r"told|talked|proposed|suggested|asked|answered|offered|provided|raised|congratulated|pledged|vowed|"
    r"elaborated|outlined|conveyed|listened|reviewed|sent|read|held|holds|exchanged|discussed|paid|went|came|arrived|"
    r"both|respectively|together|yesterday|today|tonight|tomorrow|shares|says|that|"  # (1.44.0) "that": a clause
    # "... Association for Friendship with Foreign Countries to hold a meeting at ...": a purpose clause
    r"to\s+(?:hold|attend|discuss|sign|visit|meet|participate|join|deliver)|"
    r"(?:this|last|next)\s+(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"week|month|year|morning|afternoon|evening)|"
    # rule `title_stops_at_time`: "..., Mayor of Guangzhou, during his recent visit", "... of Japan on April 3rd",
    # "Chairman of X and his delegation"
    r"during|on\s+(?:the\s+(?:morning|afternoon|evening)|" + WEEKDAY_RE + r"\b|"
    + month_re(NO_DOT) + r"\b|\d+)|and\s+(?:his|her|their)\s+(?:delegation|party|entourage|team|wife|husband)|"
    # (1.44.0) "on 21 April 2023" (two digits), and a weekday alone: "the newly appointed Minister for Trade Monday
    # emphasised ..."
    r"(?-i:" + WEEKDAY_RE + r"))\b")


# a past-tense verb right after a capitalised word ends the title ("... of Silk-Tex Group greeted them", "... (NCSP)
# reiterated"), unless it is a participle that names a kind of body ("Sichuan-based", "State-owned")
_PAST_AFTER_CAPITAL = re.compile(r"(?<=[A-Za-z)])\s+([a-z]{3,}ed)\s+(?!by\b|in\b(?!\s+(?:his|her|their|its)\b)|to\b|with\b|"
                                 r"as\b)[A-Za-z]")  # (1.37.0) "... of USCCC indicated in his opening remark"
_BODY_PARTICIPLES = {"based", "owned", "funded", "affiliated", "listed", "related", "designated", "elected",
                     "appointed", "invested", "united", "limited", "advanced", "applied", "integrated", "specialized",
                     "specialised", "retired", "accredited", "registered", "certified", "authorized", "authorised"}


def _past_verb_after_name(text: str) -> re.Match | None:
    for m in _PAST_AFTER_CAPITAL.finditer(text):
        before = text[:m.start()].split()
        if before and (before[-1][:1].isupper() or before[-1].endswith(")")) and m.group(1) not in _BODY_PARTICIPLES:
            return m
    return None


def shared_title(after_all: str) -> str | None:
    """Rule `shared_title`: "members of the Standing Committee of ..., attended" (after "all" / "both"): the office in
    the plural, written as in the text, when its singular is a title."""
    m = re.match(r"((?:[a-z-]+\s+){0,3}?[a-z-]+?)(men|s)\b", after_all)
    if not m:
        return None
    singular = m.group(1) + ("man" if m.group(2) == "men" else "")
    found = leading_titles(", " + singular + after_all[m.end():])
    if not found or not found[0].startswith(singular):
        return None
    return m.group(0) + found[0][len(singular):]


# rule `plural_office_list` (parser 1.24.0): "Vice-premiers A and B", "vice presidents A, B and heads of ...": an office
# in the plural right before a list of names is each listed person's title, written as in the text
_PLURAL_BEFORE = re.compile(r"(?<![\w'\u2019-])((?:[A-Za-z][\w'\u2019-]*\s+){0,4}[A-Za-z][\w-]*?(?:men|s))\s+$")


_GROUP_LABELS = {"representative", "delegate", "expert", "guest", "official", "member"}
_GROUP_OF_LEADERS = PLACE_HEADS | {"municipal", "provincial", "government", "party", "central", "national", "local"}


def plural_office_before(text: str, name_start: int, floor: int = 0) -> str | None:
    """The plural office written right before a name, from its first word that makes it an office ("the honorary
    team leaders" -> "honorary team leaders"), or None."""
    m = _PLURAL_BEFORE.search(text, max(floor, name_start - 80), name_start)
    if not m or m.end() != name_start:
        return None
    words = m.group(1).split()
    last = words[-1]
    singular = last[:-3] + "man" if last.endswith("men") else last[:-1]
    if singular.lower() in _GROUP_LABELS:
        return None  # "representatives A and B": a group, not an office (GUIDELINES 2.5)
    for i in range(len(words)):
        if words[i].lower() in _NOT_ADJUNCTS or any(w.lower() in ("and", "&") for w in words[i:]):
            continue
        if singular.lower() == "leader" and len(words) - i > 1 and words[-2].lower() in _GROUP_OF_LEADERS:
            return None  # "City leaders A, B and C": a group too
        if is_title(" ".join(words[i:-1] + [singular])):
            return " ".join(words[i:])
    return None


def has_predicate(apposition: str) -> bool:
    """The text after a name runs into a verb ("..., Secretary of X, attended the meeting"): it is a clause, not only
    an apposition of offices."""
    return bool(_TITLE_ENDS_AT_VERB.search(_COMMA_NO_SPACE.sub(", ", apposition)))


# a photo position or post-nominal letters before the apposition's comma: "Wang Yang (3rd rear), ...", (1.50.0) "Mark
# Drakeford MS, First Minister of Wales"
_CAPTION_POSITION = re.compile(_POST_NOMINALS.pattern + r"\s*(?:\([^()]{1,40}\)\s*)?,\s*")


def leading_titles(after_name: str) -> list[str]:
    """Rule `leading_titles`: the titles of the apposition that follows a name, up to the first part that
    is not a title (the verb phrase, an adverbial, the next name).  ", " between two titles separates
    offices; " and " separates offices only when the part after it is a title itself, otherwise it is
    inside an organisation name and the parts are joined."""
    # rule `parenthesized_titles`: "Yang Hua (member of the X and state councilor), Chen Bo (the mayor of Y) ...":
    # offices written in brackets right after the name
    par = re.match(r"\s*\(([^()]{3,300})\)", after_name)
    if par and is_title(_SEP.split(par.group(1))[0]):
        parts = _SEP.split(par.group(1))
        if len(parts) > 1 and all(p[:1].isupper() and not is_title(p) and not _clause_in(p) and
                                  not _PHOTO_POSITION.fullmatch(f"({p})") for p in parts[2::2]):
            return [clean_title(par.group(1))]  # (1.55.0) "A (executive director, Telefilm Canada)": the office's body
        return leading_titles(", " + par.group(1))
    # rule `caption_position`: "Wang Yang (3rd rear), also ...": a photo position between name and apposition
    m = _CAPTION_POSITION.match(after_name)
    if not m:
        return []
    # rule `comma_without_space`: "Governor of X,presided over", "Hou Yongzhi,director-general of ..."
    text = _COMMA_NO_SPACE.sub(", ", after_name[m.end():])
    if re.match(r"(?:and|as\s+well\s+as|or)\s+(?:the\s|(?!also\b)[A-Z][^,;.]*(?:,(?:\s+[A-Z]|\s*$)|$))", text):
        return []  # rule `conjunct_not_apposition`: "A, and the Vice-Chancellor of X, Mr. B": the office is B's;
        # (1.50.0) without the article, a name after the office: "A, and Deputy Secretary-General of the ECO, B,"
        # (1.55.0: or cut before the next name's honorific, "A, and Chief Commissioner of X, Ms B")
    # a sentence's period ends it, not that of "Co., Ltd."; a ")" ends it only when it closes a bracket opened before
    stop = re.search(r"(?:[;:]|(?<!\bLtd)(?<!\bCo)(?<!\bInc)(?<!\bCorp)\.)(?:\s|$)|\s--\s|\s[\u2013\u2014]\s", text)
    if stop:
        text = text[:stop.start()]
    if text.rstrip().endswith(")") and text.count(")") > text.count("("):
        text = text.rstrip()[:-1]
    # the first of the two (1.37.0: "President of X headed a delegation to visit Y" ends at "headed")
    verb = min((v for v in (_TITLE_ENDS_AT_VERB.search(text), _past_verb_after_name(text)) if v),
               key=lambda v: v.start(), default=None)
    if verb:  # rule `title_stops_at_verb`: "... People's Congress attended the meeting"
        text = text[:verb.start()].rstrip(" ,")
    return _apposition_offices(_SEP.split(text))


def _clause_in(piece: str) -> bool:
    return bool(re.search(r"\b(?:is|are|was|were|has|have|had|said|attended|presided|met|delivered)\b", piece))


def _apposition_offices(parts: list[str]) -> list[str]:
    """The offices of an apposition split at its separators (`_SEP`, the separators kept): a part that is a title
    starts an office, the others join the office before them or end the apposition."""
    out: list[str] = []
    cur = parts[0]
    if not is_title(cur):
        return []
    skip_to = 1
    for i in range(1, len(parts), 2):
        if i < skip_to:
            continue
        sep, piece = parts[i], parts[i + 1]
        depth = cur.count("(") - cur.count(")")
        if depth > 0:
            cur = cur + sep + piece
            continue
        if is_title(piece):
            out.append(cur)
            cur = piece
        elif sep.strip() in ("and", "&") and piece[:1].isupper() and not _clause_in(piece):
            cur = cur + sep + piece  # "Science and Technology of China"
        elif sep.strip() == "and" and " of " in cur and _LOWER_DOMAIN.fullmatch(piece) and \
                not re.match(r"others?\b", piece):  # "..., B, former Speaker of X and others delivered speeches"
            cur = cur + sep + piece  # rule `domain_and`: "minister of science and technology" is one office
        elif (n := _portfolio_run(cur, parts, i)):
            cur = cur + "".join(parts[i:i + n])  # rule `portfolio_list`: "Minister of A, B and C" is one office
            skip_to = i + n
        elif country_suffix(cur, sep, piece):
            cur = cur + sep + piece  # rule `country_suffix`: "Mayor of Aarhus, Denmark" is one office
        elif body_suffix(sep, piece):
            cur = cur + sep + piece  # rule `body_suffix`: "Vice Minister, Development Research Center" is one office
        else:
            break
    out.append(cur)
    return [c for c in (clean_title(x) for x in out) if c]
