"""Directives: sentences that state an instruction, requirement or call to action.

corpus/GUIDELINES.md 2.8.  A sentence is a directive when it carries a deontic cue (a modal such as
"should"/"must"/"need to", a necessity phrase "it is necessary to", a call "called for"/"urged",
an emphasis on a need "stressed the need to", a commitment "we will") that is not neutralised by
one of the exclusion rules (headline or photo caption, agenda/purpose clause of the convening
sentence, earlier statement by somebody else "X has ... called for", non-deontic "should be
ascribed to", cue cut off by truncation).

Each cue is a small named rule `cue_*(sentence) -> [(start, end), ...]`; `directive_cue` drops the
spans an exclusion rule neutralises and reports the modality of the earliest surviving one.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from readouts.months import ABBREVIATIONS, DOT, FULL_RE, NO_DOT, OPTIONAL_DOT, month_re
from readouts.pinyin import is_given_name, is_surname
from readouts.transform.lexicon import BODY_NOUNS, VISIT_PURPOSE_VERBS

# ----------------------------------------------------------------------------- cue rules
# Each rule: sentence text -> list of (start, end) spans of the cue in the sentence.

_SHOULD = re.compile(r"\bshould\b", re.I)
# "should" that is not deontic: attribution ("should be ascribed/attributed/credited to"),
# counterfactual past ("should have been"), comparison ("as they should (do)").
_SHOULD_NOT_DEONTIC = re.compile(
    r"\bshould\s+(?:also\s+|still\s+|largely\s+|partly\s+|mainly\s+)?(?:be\s+(?:ascribed|attributed|credited|owed|thanked|grateful)\b|have\s+(?:been|had|done|known|gone|seen|taken|made|given|[a-z]+ed)\b)"
    r"|\bas\s+(?:they|it|he|she|we|one)\s+should\b(?!\s+(?:strive|work|make|ensure|continue|further|focus))", re.I)
_MUST = re.compile(r"(?<!\ba\s)(?<!\bthe\s)\bmust\b(?!-)", re.I)
_NEED_TO = re.compile(r"\bneeds?\s+to\b|\b(?:is|are)\s+(?:\w+ly\s+|also\s+|still\s+)?needed\s+to\b", re.I)
_NEED_FOR = re.compile(r"\bneed\s+for\b", re.I)  # (1.49.0) only after "there is": "there was a need for greater awareness"
_NOUN_NEED_BEFORE = re.compile(r"\b(?:the|a|an|urgent|pressing|real|growing|no)\s+$", re.I)
_THERE_IS_BEFORE = re.compile(r"\bthere\s+(?:is|was|will\s+be|remains)\s+(?:also\s+|still\s+)?(?:an?\s+)?(?:\w+\s+)?$", re.I)
_HAVE_TO = re.compile(r"\b(?:have|has)\s+to\b(?!\s+do\s+with\b)|"
                      # (1.47.0) reported: "stressed that all judges had to be prudent", "agreed that the two countries
                      # had to unite" (not the narrative's "the meeting had to be postponed")
                      r"\bthat\s+(?:[\w'\u2019-]+\s+){1,6}?had\s+to\b(?!\s+(?:do\s+with|be\s+(?:postponed|cancell?ed|"
                      r"delayed|rescheduled|suspended|moved))\b)", re.I)
_SHALL = re.compile(r"\bshall\b", re.I)
# present tense only: "852 deputies were supposed to attend, and 831 attended" reports a quorum
_SUPPOSED_TO = re.compile(r"\b(?:are|is)\s+supposed\s+to\b", re.I)
# "X are to <verb>": the subject must not be an aim/plan/agenda word ("the goals are to ...").
_ARE_TO = re.compile(r"\b(\w+)(?:,\s+(?:he|she|they|[A-Z][a-z]+)\s+(?:said|noted|added|stressed|emphasi[sz]ed|pointed\s+out),)?"
                     r"\s+are\s+to\s+(?!be\s+(?:held|announced|released|published|unveiled|opened|launched|convened|"
                     r"discussed|reviewed|submitted|delivered|staged|completed)\b)[a-z]+", re.I)
_ARE_TO_BAD_SUBJECT = {"goals", "aims", "purposes", "objectives", "tasks", "priorities", "targets", "plans",
                       "meetings", "sessions", "events", "there", "which", "who", "that", "measures"}
_NECESSARY = re.compile(
    r"\b(?:it\s+(?:is|was|will\s+be|remains)\s+(?:\w+\s+){0,2}?(?:necessary|crucial|imperative|essential|vital|"
    r"indispensable|important|paramount|critical|urgent|needed)|"
    # (1.47.0) "It's necessary for us to plan" (but "it's very important that your leadership has ...": praise)
    r"it['\u2019]s\s+(?:\w+\s+)?(?:necessary|imperative|essential|needed))\b"
    # (1.47.0) the speaker set off by commas: "It was important, he added, to prevent ..."
    r"(?:,\s+(?:he|she|they|[A-Z][a-z]+)\s+(?:said|added|noted|stressed)\s*,)?"
    r"(?:\s+for\s+[^,.;]{1,60}?)?\s+(?:not\s+)?(?:to|that)\b", re.I)
_CALL_FOR = re.compile(r"(?:\bcall(?:ed|s|ing)|(?<=\bwe\s)call|(?<=\bWe\s)call|(?<=\bI\s)call|(?<=\bto\s)call)\s+(?:for|on|upon)\b", re.I)
_URGE = re.compile(r"\b(?:urg(?:e|ed|es|ing)|entreat(?:ed|s|ing)?|exhort(?:ed|s|ing)?|implor(?:e|ed|es|ing))\b|"
                   # (1.33.0) "implored ministers to ...", "Let us seize the opportunity ..."
                   r"^\W*Let\s+us\s+(?!know\b)[a-z]+|"
                   # (1.48.0) "Let's put aside our political affiliation", "invited members of the government to remain
                   # humble" (not an invitation to come: "invited A to visit")
                   r"[\u201c\x22]\s*Let[\u2019']s\s+(?!(?:wish|hope|welcome|congratulate|know|see|remember|thank)\b)[a-z]+|"
                   r"\binvit(?:ed|es|ing)\s+(?:all\s+|the\s+|its\s+)?(?:members|ministers|officials|ministries|departments|"
                   r"agencies|institutions|citizens|residents|stakeholders|leaders|cadres)\b(?:\s+[\w'-]+){0,4}?\s+to\s+"
                   r"(?!(?:visit|attend|join|participate|speak|address|deliver|come|tour|witness|the|a|an)\b)[a-z]+|"
                   # (1.49.0) a leader's own order: "I will instruct our regional Health Ministry to prepare proposals"
                   r"\bI\s+will\s+(?:instruct|direct|task|order)\s+(?:[\w'-]+\s+){1,6}?to\s+"
                   r"(?!(?:the|a|an|his|her|their|its|our|my|your)\b)[a-z]+|"
                   # (1.47.0) "appealed to the residents to keep the city clean", "I want to appeal to all of you to ..."
                   r"(?<!\bthe\s)(?<!\bThe\s)(?<!\ban\s)(?<!\bAn\s)(?<!\bits\s)\bappeal(?:ed|ing)?\s+to\s+(?:[\w'-]+\s+){0,5}?[\w'-]+,?\s+to\s+(?!(?:the|a|an|his|her|their|its|our)\b)[a-z]+",
                   re.I)  # (1.31.0: "entreated")
_REQUIRE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|also\s+|strictly\s+)?required\s+to\s+[a-z]+"
    r"|\brequir(?:ed|es|ing|e)\s+that\b"
    r"|\brequir(?:ed|es|ing|e)\s+(?!(?:for|by|of|in|on|at|under|from|with|to|and|or|as|amount|number|funds?|time)\b)(?:[\w'-]+\s+){1,8}?to\s+[a-z]+", re.I)
_REQUIRE_ADJECTIVE = re.compile(r"\b(?:the|as|if|when|where)\s+required\b", re.I)
_ASK = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|also\s+)?asked\s+to\s+[a-z]+|"
                  # (1.47.0) the speaker's own request, quoted: "I ask the District Collectors ... to work responsibly"
                  r"\b(?:I|[Ww]e)\s+(?:also\s+|again\s+|would\s+|kindly\s+)?ask\s+(?!(?:for|about|whether|if|why|how|what)\b)"
                  r"(?:[\w'\u2019-]+\s+){1,12}?to\s+(?!(?:the|a|an|his|her|their|its|our)\b)[a-z]+|"
                  # (1.46.0) a request for support: "asked for China's cooperation", "requested the Chinese government
                  # to play its role", "requested the creation of a library", "asked the governors for their support"
                  r"\b(?:asked|requested)\s+(?:(?:the|his|her|their|[A-Z][\w'\u2019]*)\s+(?:[\w'\u2019-]+\s+){0,3}?)?for\s+"
                  r"(?:(?:the|his|her|their|its|[A-Z][\w'\u2019]*)\s+)?(?:[a-z]+\s+){0,2}?(?:support|assistance|cooperation|"
                  r"help|partnership|collegiality|solidarity|implementation|proposals|understanding|investment)\b|"
                  r"(?<!\bhas\s)(?<!\bhad\s)(?<!\bhave\s)\brequested\s+(?!by\b)(?:(?:the|his|her|[A-Z][\w'\u2019]*)\s+)?"
                  r"(?:[\w'\u2019()-]+\s+){0,6}?to\s+"
                  r"(?!(?:the|a|an|his|her|their|its|our)\b)[a-z]+|"
                  r"\brequested\s+(?:the\s+)?(?:creation|establishment|opening|support|assistance)\b|"
                  # (1.47.0) "requested China's support for ..." (not "sought": "has sought Thailand's support for its
                  # application" reports a request made elsewhere as often as at the meeting)
                  r"\brequested\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*(?:['\u2019]s)?\s+|his\s+|her\s+|their\s+)?"
                  r"(?:continued\s+|further\s+|full\s+)?(?:support|assistance|cooperation|help)\b|"
                  r"\brequest(?:ed|s|ing)\s+that\b|"  # (1.31.0) "by requesting that the PAP give more content"
                  r"(?<!\bwhen\s)(?<!\bWhen\s)(?<!\bif\s)(?<!\bas\s)\bask(?:ed|s|ing)\s+"
                  r"(?!(?:about|whether|if|for|how|why|what|when|where|questions?|after)\b)(?:[\w'-]+\s+){1,8}?to\s+[a-z]+", re.I)
_INSTRUCT = re.compile(r"\binstruct(?:ed|s|ing)\s+(?:that\b|(?:[\w'-]+\s+){1,8}?to\s+[a-z]+)|"
                       # (1.48.0) "tasked the governing councils on setting policies", "tasked the ministry to ..."
                       r"\btasked\s+(?:the\s+|all\s+|its\s+)?(?:[\w'-]+\s+){0,6}?(?:to|with|on)\s+(?!(?:the|a|an)\b)[a-z]+|"
                       # (1.31.0) "directed the ward councillors to hold ...", "ordered that minutes be reviewed"
                       # (1.33.0) "advised the heads of missions to continue giving high priority to ..." (never
                       # "advised that ...", which informs)
                       r"\badvis(?:ed|es|ing)\s+(?!(?:on|that|about|how|against|by)\b)(?:[\w'-]+\s+){1,8}?to\s+"
                       r"(?!(?:the|a|an|his|her|their|its|our)\b)[a-z]+|"
                       r"\b(?:direct|order)(?:ed|s|ing)\s+(?:that\b|(?:[\w'-]+\s+){1,8}?to\s+"
                       r"(?!(?:the|a|an|his|her|their|its|our)\b)[a-z]+|"
                       # (1.36.0) an addressee with a clause of its own: "directed the party committees of the
                       # districts, where the by-election was held, to submit their review report"
                       r"(?:the\s+)?(?:[\w'-]+\s+){1,6}?(?:of\s+(?:the\s+)?[\w'-]+\s*)?,\s+(?:where|which|who)\b[^,;]{1,80},"
                       r"\s+to\s+(?!(?:the|a|an|his|her|their|its|our)\b)[a-z]+)|"
                       # (1.46.0) "tasked the assembly members to be good servants", "charged District Assembly Members
                       # to deepen ...", "reminded them to meet regularly", "was tasked with preparing information";
                       # (1.47.0) "challenged leaders to ensure ...", "admonished the members to be time conscious",
                       # "warned politicians to stop sabotaging ..."
                       r"(?<!\bthe\s)(?<!\bThe\s)\b(?:charged|tasked|reminded|challenged|admonished|impelled|warned)\s+(?!(?:by|with)\b)(?:[\w'-]+\s+){1,8}?to\s+"
                       r"(?!(?:the|a|an|his|her|their|its|our)\b)[a-z]+|"
                       r"\b(?:is|are|was|were)\s+(?:also\s+)?tasked\s+(?:with\s+[a-z]+ing|to\s+[a-z]+)\b|"
                       # (1.36.0) "Das impressed upon the banks to quickly implement measures ..."
                       r"\bimpress(?:ed|es)\s+(?:up)?on\s+(?:[\w'-]+\s+){1,8}?to\s+(?:\w+ly\s+)?"
                       r"(?!(?:the|a|an|his|her|their|its|our)\b)[a-z]+|"
                       # (1.35.0) the passive: "The concerned were directed to ensure completion of all pending works"
                       r"\b(?:is|are|was|were)\s+(?:also\s+|further\s+)?(?:directed|instructed|ordered)\s+to\s+"
                       r"(?-i:(?!(?:the|a|an|his|her|their|its|our)\b)[a-z]+\b)(?<!tion)(?<!ment)", re.I)  # (not "funds
# were directed to construction", "investments are directed to Hungary")
_DEMAND = re.compile(r"\bdemand(?:ed|ing)\b", re.I)
# rule `cue_encourage`: "encouraged participants to fully express their opinions", "delegates are encouraged to put
# forward motions", "told leading officials in Xinjiang to focus on reform": a call to action addressed to people
_ENCOURAGE = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+|also\s+)?encouraged\s+to\s+[a-z]+|"
                        r"\bencourag(?:ed|es|e|ing)\s+(?!(?:by|that)\b)(?:[\w'\u2019-]+\s+){1,12}?to\s+[a-z]+|"
                        r"\btold\s+(?!(?:reporters|journalists|the\s+press|the\s+media|Xinhua)\b)(?:[\w'\u2019-]+\s+){1,8}?"
                        r"to\s+(?!(?:the|a|an|his|her|their|its|our)\b)[a-z]+", re.I)
# rule `cue_stress_to`: "He emphasized to conscientiously learn ...", "It was emphasized at the meeting to further improve
# ...": an emphasis verb with an infinitive of action
_STRESS_TO = re.compile(r"\b(?:stress(?:ed|es)|emphasi[sz](?:ed|es)|underlin(?:ed|es)|underscor(?:ed|es)|highlight(?:ed|s))"
                        r"(?:\s+(?:at|during|in)\s+the\s+\w+)?\s*,?\s+to\s+(?:\w+ly\s+|further\s+)?[a-z]+", re.I)
_EMPHASIS_VERB = (r"(?:stress(?:es|ed|ing)?|emphasi[sz](?:e|es|ed|ing)|underlin(?:e|es|ed|ing)|underscor(?:e|es|ed|ing)|"
                  r"highlight(?:s|ed|ing)?|reiterat(?:e|es|ed|ing)|point(?:ed|s|ing)?\s+out|not(?:e|es|ed|ing)|"
                  # (1.46.0) "expressed the necessity to reinforce ...", "mentioned the importance of continuing ..."
                  r"expressed|mentioned|"
                  # (1.48.0) "reiterated the position of the Government to reinforce the need to build ..."
                  r"reinforc(?:e|es|ed|ing))"
                  # (1.46.0) a day between the verb and its object: "underscored on Monday the importance of ..."
                  r"(?:\s+(?:on\s+(?-i:[A-Z])[a-z]+day|today|yesterday))?")
_STRESS_NEED = re.compile(
    r"\b(?:" + _EMPHASIS_VERB + r"|(?:spoke|talked)\s+(?:about|of))\s+(?:on\s+)?(?:that\s+)?(?:the\s+|an?\s+)?[\"\u201c]?"
    r"(?:urgent\s+|pressing\s+|great\s+|\w+ly\s+)?(?:need|necessity)\s+(?:to|of|for)\b|"
    # (1.46.0) "They agreed on the need for an immediate halt of all bloodshed"; (1.47.0) "agreeing on the importance
    # for government and business to work together", agreed on the "urgent need for ..."
    r"\bagree(?:d|ing)\s+(?:on\s+|upon\s+)?(?:the\s+)?[\"\u201c]?(?:urgent\s+|pressing\s+)?(?:need|necessity|importance)"
    r"\s+(?:to|of|for)\b", re.I)  # (1.31.0: "stressed on the need to")
_STRESS_IMPORTANCE = re.compile(
    r"\b" + _EMPHASIS_VERB + r"\s+(?:the\s+)?(?:great\s+|vital\s+|\w+ly\s+)?(?:importance\s+(?:of|to)|significance\s+of\s+[a-z]+ing)\b",
    re.I)
_STRESS_EFFORTS = re.compile(r"\b" + _EMPHASIS_VERB + r"\s+(?:the\s+)?efforts?\s+to\b", re.I)
# (1.35.0) Indian English: "stressed for completion of all pending works", "emphasized on the timely completion of
# projects", "Special emphasis was laid on ensuring saturation of ...": an emphasis on an act to be done
_STRESS_ON_ACT = re.compile(r"\b(?:stress(?:ed|es)|emphasi[sz](?:ed|es))\s+(?:on|for|upon)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?"
                            r"(?:completion|implementation|ensuring|strengthening|timely|speedy|early|expediting)\b|"
                            r"\b(?:emphasis|stress)\s+(?:was|were|is|has\s+been)\s+(?:also\s+)?laid\s+on\b|"
                            r"\blaid\s+(?:special\s+|great\s+|more\s+)?(?:emphasis|stress)\s+on\b", re.I)
# "stressed striving to ...", "stressed further deepening reform"
_NOT_GERUND = {"during", "following", "regarding", "concerning", "including", "according", "being", "nothing",
               "something", "everything", "anything", "morning", "evening", "meeting", "building", "spring",
               "thing", "things", "bring", "king", "ring", "string", "training", "beijing", "nanjing"}
_STRESS_GERUND = re.compile(
    r"\b(?:stress(?:es|ed|ing)|emphasi[sz](?:e|es|ed|ing)|underlin(?:e|es|ed|ing)|underscor(?:e|es|ed|ing))\s+(?:the\s+)?"
    r"(?:(?:further|continued|continuously|\w+ly)\s+)?([a-z]+ing)\b")
_WE_WILL = re.compile(r"(?:^|(?<=[,;:])\s*|\bthat\s+|\band\s+|(?<=[\u201c\"]))\b(?:we|We)\s+(?:\w+ly\s+|also\s+)?(?:will|shall)\b"
                      # (1.47.0) no commitment: a date kept or a forecast ("we will celebrate the 45th anniversary",
                      # "We will recall that ...", "we will usher in", "we will be good partners")
                      r"(?!\s+(?:also\s+)?(?:celebrate|mark|recall|usher|be|see|witness|get|have|reach\s+a)\b)|"
                      # (1.48.0) "Our governments will continue to work together", "our country will"
                      r"(?:^|(?<=[\u201c\x22])|(?<=[,;:]\s)|(?<=\bthat\s))[Oo]ur\s+(?:two\s+)?(?:governments?|countries|country|nations?|province|city|ministry|"
                      r"administration)\s+(?:\w+ly\s+|also\s+)?(?:will|shall)\b(?!\s+(?:also\s+)?(?:be|have|see)\b)")
# (1.46.0) a speaker's commitment for the body they speak for: "said his country would foster trade", "adding that her
# organization will firmly adhere to ...", "saying the two sides will ..."
_SPEAKER_BODY_WILL = re.compile(
    r"\b(?:said|added|noted|stated|saying|adding|pledged|assured)\s+(?:that\s+)?(?:his|her|their|our)\s+"
    r"(?:country|government|ministry|office|organi[sz]ation|outfit|administration|province|city|"
    r"company|side|department|agency|institution|university|team)\s+(?:\w+ly\s+|also\s+)?(?:will|would)\b|"
    r"\b(?:said|added|saying|adding|agreed)\s+(?:that\s+)?(?:the\s+two\s+sides|both\s+sides|they)\s+"
    r"(?:\w+ly\s+|also\s+)?(?:will|would)\b")
_GOV_WILL = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w'-]*\s+|provincial\s+|municipal\s+|central\s+|local\s+){0,4}[Gg]overnment\s+(?:\w+ly\s+|also\s+)?will\b")


# rule `body_will`: a body or place commits itself at the meeting (GUIDELINES 2.8 "the government will"): "Shanghai will
# accelerate ...", "In 2018, Jinan will focus on ...", "Mrs Lam said Hong Kong will continue to ...", "the Ministry of
# Education will further promote ...", "He noted that the MOE would study ...", "efforts will be made to ..."; never a
# person's pledge ("He will", "Li Qiang will": optional), nor an event's schedule ("The expo will be held", "will last")
_BODY_NOUNS = "|".join(sorted(BODY_NOUNS))
_BODY_WILL = re.compile(
    r"(?:^|(?<=[,;:])\s*|\b(?:that|said|says|added|noted)\s+|\band\s+)"
    r"(?P<subject>(?:[Tt]he\s+|[Bb]oth\s+)?(?:(?:[A-Z][\w'\u2019.&-]*|of|and|for|the|two)\s+){0,7}?"
    r"(?:[A-Z][\w'\u2019.&-]*|" + _BODY_NOUNS + r"))\s+(?:\w+ly\s+|also\s+|further\s+)?(?:will|would)\s+"
    # (1.47.0) "The President will later this afternoon present ...", "Holness will also outline ...": the day's programme
    r"(?!later\b|(?:also\s+)?(?:outline|speak|chair|tour|join|sign|present\s+(?:his|her|their)\b)\b)"
    r"(?!(?:also\s+|further\s+)?(?:be|have|host|hold|open|close|last|take\s+place|feature|attract|see|witness|mark|celebrate|run|start|"
    r"begin|end|kick\s+off|like|deliberate|vote|discuss|review|hear|consider|examine|elect|adopt|approve|"
    # (1.46.0) a schedule or a forecast, no commitment: "the Secretary General will deliver a keynote speech on Friday",
    # "Li will also meet with ...", "the MOU will surely promote ...", "Norway will not be affected"
    r"attend|visit|deliver|receive|meet|keynote|pay\s+(?:a|an|his|her|their|respects|tribute|homage)|arrive|travel|spend|undertake|reach|become|benefit|not|never|"
    r"surely|certainly|definitely|soon|undoubtedly|"
    # (1.48.0) an office taken, a gathering, a visit going on: "A will serve as Acting Prime Minister", "the Foreign
    # Ministers will gather", "Chile will assume the presidency", "A will continue his visit", "... will continue."
    r"serve\s+as|act\s+as|gather|convene|assemble|assume|take\s+over|"
    r"continue(?=\s*[.,;:\u201d\x22]|\s+(?:his|her|their|its)\s+(?:visit|tour|trip|journey|stay)\b))\b)[a-z]+")
# (1.46.0) a belief or a hope before the clause makes it a forecast: "He believed collaboration ... will be deepened",
# "expressed confidence that Nigeria would overcome", "It is my firm belief that the Summit will chart a new path"
_FORECAST_BEFORE = re.compile(r"\b(?:believ(?:e|ed|es|ing)|belief|confident|confidence|optimis(?:m|tic)|hop(?:e|ed|es|eful)|"
                              r"glad|sure|expect(?:ed|s|ing)?|trust(?:ed|s)?|think)\b", re.I)
_EFFORTS_WILL = re.compile(r"\b[Ee]fforts\s+(?:will|would)\s+(?:also\s+|further\s+)?be\s+made\b")
_HONORIFIC_START = re.compile(r"(?:Mr|Mrs|Ms|Dr|Madam|President|Premier|Governor|Mayor|Minister|Secretary)\b\.?")


def _person_subject(subject: str) -> bool:
    words = subject.split()
    if _HONORIFIC_START.match(subject) and len(words) >= 2:
        return True
    return len(words) >= 2 and is_surname(words[-2]) and is_given_name(words[-1]) or \
        len(words) == 1 and words[0] in ("I", "He", "She", "They", "It", "This", "That", "There", "We")


def _body_will(text: str) -> list[tuple[int, int]]:
    if " will " not in text and " would " not in text:
        return []  # the subject pattern is costly; most sentences have no "will"
    out = [m.span() for m in _EFFORTS_WILL.finditer(text)]
    for m in _BODY_WILL.finditer(text):
        if not _person_subject(m.group("subject").strip()) and not _FORECAST_BEFORE.search(text, 0, m.start("subject")):
            out.append(m.span("subject"))
    return out


def _spans(rx: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


def cue_should(text: str) -> list[tuple[int, int]]:
    bad = [m.span() for m in _SHOULD_NOT_DEONTIC.finditer(text)]
    return [(a, b) for a, b in _spans(_SHOULD, text) if not any(x <= a < y for x, y in bad)]


def cue_must(text: str) -> list[tuple[int, int]]:
    return _spans(_MUST, text)


def cue_need_to(text: str) -> list[tuple[int, int]]:
    # the noun "need" after an emphasis verb belongs to cue_stress_need ("stressed the need to")
    # the noun "need" ("discussed the need to") counts only in "there is a need to"
    owned = _spans(_STRESS_NEED, text)
    out = []
    for a, b in _spans(_NEED_TO, text):
        if any(x <= a < y for x, y in owned):
            continue
        before = text[:a]
        if _NOUN_NEED_BEFORE.search(before) and not _THERE_IS_BEFORE.search(before):
            continue
        out.append((a, b))
    out += [(a, b) for a, b in _spans(_NEED_FOR, text) if _THERE_IS_BEFORE.search(text[:a])]
    return out


def cue_have_to(text: str) -> list[tuple[int, int]]:
    return _spans(_HAVE_TO, text)


def cue_shall(text: str) -> list[tuple[int, int]]:
    return _spans(_SHALL, text)


def cue_supposed_to(text: str) -> list[tuple[int, int]]:
    return _spans(_SUPPOSED_TO, text)


def cue_are_to(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _ARE_TO.finditer(text) if m.group(1).lower() not in _ARE_TO_BAD_SUBJECT]


def cue_necessary(text: str) -> list[tuple[int, int]]:
    return _spans(_NECESSARY, text)


# "called on the Vice Governor, Mr Zhang, today to exchange views", "paid courtesy calls on the Minister": a visit
_CALL_VISIT_BEFORE = re.compile(r"\b(?:courtesy|paid|pays|paying|pay)\s+$", re.I)
_CALL_PERSON_AFTER = re.compile(r"\s+(?:by\s+)?(?:the\s+)?(?:(?:visiting|new|newly\s+appointed|outgoing|incoming)\s+)?"
                                r"(?:Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Madam|H\.?E\.?|[A-Z][a-z]+)\b")
# (1.46.0) "called on Prime Minister A and held discussions to take forward ...": the purpose belongs to the talks
_CALL_THEN_TALKS = re.compile(r"\s+and\s+(?:held|had)\s+(?:\w+\s+){0,2}?(?:discussions?|talks|meetings?)\b")
_TO_VERB = re.compile(r"\bto\s+([a-z]+)")


def _visit_call(text: str, m: re.Match) -> bool:
    """"called on X" is a visit, not a call to action, after "courtesy/paid", or when X is a named person or office
    whom no "to <verb>" follows except the visit's purpose ("to exchange views")."""
    if m.group(0).lower().endswith("for"):
        return False
    if _CALL_VISIT_BEFORE.search(text, 0, m.start()):
        return True
    if not _CALL_PERSON_AFTER.match(text, m.end()):
        return False
    to = _TO_VERB.search(text, m.end(), m.end() + 200)
    talks = _CALL_THEN_TALKS.search(text, m.end(), to.start()) if to else None
    return to is None or to.group(1) in VISIT_PURPOSE_VERBS or talks is not None


# (1.34.0) minutes' procedure: "Nancy Rutherford called for a motion", "called for a vote": no call to action
_CALL_PROCEDURE = re.compile(r"\s+(?:a|the)\s+(?:motion|vote|second|show\s+of\s+hands|roll\s+call|recess|break|adjournment|"
                             r"order|question)s?\b", re.I)


def cue_call_for(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _CALL_FOR.finditer(text) if not _visit_call(text, m) and not _CALL_PROCEDURE.match(text, m.end())]


# rule `cue_please` (parser 1.34.0): a request addressed at the meeting, "Mr Siluanov, please take this issue under your
# personal supervision" (never a page's "Please note", "please click")
_PLEASE = re.compile(r"(?:^\W*|,\s*)[Pp]lease\s+(?!(?:note|find|see|click|contact|visit|refer|read|share|log|sign|enable|"
                     r"wait|select|enter|call|email|e-mail|scroll|download|subscribe|follow|accept)\b)[a-z]+")


def cue_please(text: str) -> list[tuple[int, int]]:
    return _spans(_PLEASE, text)


def cue_urge(text: str) -> list[tuple[int, int]]:
    return _spans(_URGE, text)


def cue_require(text: str) -> list[tuple[int, int]]:
    adj = [m.span() for m in _REQUIRE_ADJECTIVE.finditer(text)]
    return [(a, b) for a, b in _spans(_REQUIRE, text) if not any(x <= a < y for x, y in adj)]


def cue_ask(text: str) -> list[tuple[int, int]]:
    return _spans(_ASK, text)


def cue_instruct(text: str) -> list[tuple[int, int]]:
    return _spans(_INSTRUCT, text)


def cue_demand(text: str) -> list[tuple[int, int]]:
    return _spans(_DEMAND, text)


def cue_stress_need(text: str) -> list[tuple[int, int]]:
    out = _spans(_STRESS_NEED, text) + _spans(_STRESS_EFFORTS, text) + _spans(_STRESS_ON_ACT, text)
    out += [m.span() for m in _STRESS_GERUND.finditer(text) if m.group(1).lower() not in _NOT_GERUND]
    return sorted(out)


# (1.48.0) the importance of a thing, not of an act (GUIDELINES 2.8: "the importance of" + action): "highlighted the
# importance of the agreement", "stressed the importance of bilateral relations"; an act is a gerund within three words
# ("the importance of thoroughly implementing", "of Egypt communicating with")
_DETERMINERS = ("the", "a", "an", "this", "these", "that", "its", "their", "his", "her", "our", "such")
_THING_AFTER = re.compile(r"\s*(?:(?:" + "|".join(_DETERMINERS) + r")\b|(?:\S+\s+){0,2}?"
                          r"(?:relations?|relationships?|ties|cooperation|partnerships?|friendship|diplomacy|visits?|"
                          r"agreements?|meetings?|fact|role|contributions?|association)\b)", re.I)


def _importance_of_a_thing(text: str, end: int) -> bool:
    words = [w.lower().strip(",.;:") for w in text[end:end + 60].split()[:3]]
    article = bool(words) and words[0] in _DETERMINERS  # "of meeting the targets", "of states meeting": acts
    if any(w.endswith("ing") and (w not in _NOT_GERUND or w == "meeting" and not article) for w in words):
        return False
    return text[end - 3:end].lower() == " of" and _THING_AFTER.match(text, end) is not None


def cue_stress_importance(text: str) -> list[tuple[int, int]]:
    return sorted([m.span() for m in _STRESS_IMPORTANCE.finditer(text) if not _importance_of_a_thing(text, m.end())] +
                  _spans(_STRESS_TO, text))


def cue_encourage(text: str) -> list[tuple[int, int]]:
    return _spans(_ENCOURAGE, text)


# rule `cue_suggest` (parser 1.31.0): "He suggested that the two sides jointly promote ...", "It was suggested that each
# municipality gets ...": a suggestion made at the meeting (in the development gold: 8 directives, 4 optional, 1 not)
_SUGGEST = re.compile(r"\bsuggest(?:ed|s)\s+that\b|\b(?:it|It)\s+(?:was|is)\s+(?:also\s+)?suggested\b|"
                      # (1.47.0) the speaker's own: "We suggest Yunnan create favourable conditions ..."
                      r"\b(?:I|[Ww]e)\s+(?:would\s+|also\s+)?(?:suggest|propose)\s+(?:that\s+)?(?-i:[A-Z])\w*(?:\s+\w+){0,3}?\s+(?-i:[a-z]+)\b|"
                      # (1.46.0) "proposed that the two sides strengthen ...", "proposed enhancing high-level exchanges"
                      r"(?<!\bhas\s)(?<!\bhad\s)(?<!\bhave\s)(?<!\bthe\s)(?<!\bThe\s)(?<!\ba\s)(?<!\bits\s)(?<!ly\s)\bproposed\s+"
                      r"(?:that\b|(?-i:[a-z]+ing)\b(?<!\bbeing)(?<!\bbuilding)(?<!\bfunding)(?<!\bmeeting)(?<!\bspending))")
_WHEN_CLAUSE = re.compile(r"\b(?:when|while|after|as)\b[^,;]*$", re.I)  # "When Xu suggested that ..., Li asked"


def cue_suggest(text: str) -> list[tuple[int, int]]:
    return [(a, b) for a, b in _spans(_SUGGEST, text) if not _WHEN_CLAUSE.search(text, 0, a)]


def cue_will(text: str) -> list[tuple[int, int]]:
    we_will = [(a, b) for a, b in _spans(_WE_WILL, text) if not _FORECAST_BEFORE.search(text, max(0, a - 40), a)]
    return sorted(we_will + _spans(_SPEAKER_BODY_WILL, text) + _spans(_GOV_WILL, text) + _body_will(text))


CUE_RULES: list[tuple[str, Callable[[str], list[tuple[int, int]]]]] = [
    ("should", cue_should),
    ("must", cue_must),
    ("need to", cue_need_to),
    ("have to", cue_have_to),
    ("shall", cue_shall),
    ("supposed to", cue_supposed_to),
    ("are to", cue_are_to),
    ("necessary", cue_necessary),
    ("call for", cue_call_for),
    ("urge", cue_urge),
    ("require", cue_require),
    ("ask", cue_ask),
    ("demand", cue_demand),
    ("instruct", cue_instruct),
    ("encourage", cue_encourage),
    ("suggest", cue_suggest),
    ("please", cue_please),
    ("stress the need", cue_stress_need),
    ("stress the importance", cue_stress_importance),
    ("will", cue_will),
]

# ----------------------------------------------------------------------------- exclusion rules

_DATELINE = re.compile(r"^[A-Z][A-Za-z .]+,\s+[A-Z][a-z]+\.?\s+\d{1,2}\s*(?:\([A-Za-z ]+\)\s*)?(?:--|—|-)\s*")
_CAPTION_MARK = re.compile(r"\((?:Xinhua|Photo|Photos|Photo by|Reuters|AP|AFP|CNS|People's Daily)\b[^)]*/[^)]*\)|\[Photo\b|\bPhoto taken\b|^\(?Photo\b", re.I)
_MONTH = month_re({**dict.fromkeys(ABBREVIATIONS, OPTIONAL_DOT), "Sept": DOT, "Jun": NO_DOT, "Jul": NO_DOT})
_CAPTION_DATED = re.compile(r",\s+" + _MONTH + r"\s+\d{1,2},\s+\d{4}\.?\s*(?:\(.*\)|\[.*\])?\s*$")
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:(?:\w+ly|also|once|long|all|both|repeatedly|always|previously|earlier)\s+){0,3}$", re.I)
_REPEATED = re.compile(r"\b(?:repeatedly|always|previously|earlier|once|long|often|consistently)\b", re.I)
_MEETING_SUBJECT = re.compile(r"\b(?:meeting|conference|session|plenum|symposium|forum|congress|gathering|we|it)\b", re.I)
_CONVENE = re.compile(r"\b(?:presided\s+over|chaired|convened|held|hosted)\b", re.I)
_PURPOSE = re.compile(
    r"\bto\s+(?:convey|study|discuss|review|deploy|hear|learn|analy[sz]e|listen|summari[sz]e|relay|communicate|"
    r"deliberate|examine|consider|approve|make\s+(?:arrangements|deployments))\b", re.I)
_SPEECH_VERB = re.compile(
    r"\b(?:said|stressed|emphasi[sz]ed|underlined|underscored|highlighted|noted|pointed\s+out|urged|called|"
    r"demanded|required|added|stated|saying|stressing|noting)\b", re.I)
_REPORTED_VERB_AT = re.compile(r"(?:call|urg|requir|ask|demand|stress|emphasi|underlin|underscor|highlight|reiterat|point|not|said|instruct|put)", re.I)


def strip_dateline(text: str) -> str:
    """'BEIJING, Dec. 27 (Xinhua) -- A meeting ...' -> 'A meeting ...' (same length offsets are not needed)."""
    return _DATELINE.sub("", text, count=1)


def is_headline(text: str, title: str | None) -> bool:
    """The headline repeated in the body (with or without a site suffix)."""
    if not title:
        return False
    t = " ".join(title.split()).casefold()
    s = " ".join(text.split()).casefold()
    return bool(t) and (s == t or (s.startswith(t) and len(s) - len(t) <= 20))


def is_caption(text: str) -> bool:
    """Photo captions: '(Xinhua/Zhang Ling)', '[Photo/Xinhua]', or a present-tense line ending in a full date."""
    return bool(_CAPTION_MARK.search(text) or _CAPTION_DATED.search(text))


def is_earlier_statement(text: str, cue_start: int) -> bool:
    """'General Secretary Xi Jinping has ... called for ...': a cue verb in the perfect whose subject is not the
    meeting (a meeting 'has stressed' is the readout's own lead and stays)."""
    if not _REPORTED_VERB_AT.match(text, cue_start):
        return False
    lo = max(0, cue_start - 80)
    perfect = _PERFECT_BEFORE.search(text, lo, cue_start)
    if not perfect:
        return False
    # subject: text since the last 'that'/clause opener before the auxiliary
    aux = perfect.start()
    head_text = text[:aux] if aux <= 400 else text[aux - 400:aux]
    parts = re.split(r"\bthat\b|;|:", strip_dateline(head_text))
    head = re.split(r",\s+(?:and|but)\s", parts[-1])[0]
    if _MEETING_SUBJECT.search(head):
        return False
    # a main-clause lead "Chinese Premier Li Qiang has urged efforts to ..." is the readout's own report;
    # an embedded one ("He noted that X has ... called for") or a repeated one ("has repeatedly stressed") is not
    embedded = len(parts) > 1
    return embedded or bool(_REPEATED.search(perfect.group()))


_REPORTING_VERB = re.compile(
    r"\b(?:call(?:ed)?|urged|required|asked|demanded|stressed|emphasi[sz]ed|underlined|underscored|highlighted|"
    r"reiterated|pointed\s+out|noted|said|instructed|put\s+forward)\b", re.I)


def earlier_statement_start(text: str) -> int | None:
    """Where the report of what somebody not at the meeting has said before begins, if anywhere:
    'Xi Jinping has repeatedly stressed that we must put people first.'  Cues from there on are excluded."""
    for m in _REPORTING_VERB.finditer(text):
        if is_earlier_statement(text, m.start()):
            return m.start()
    return None


_INSTRUCTION_GIVEN = re.compile(
    r"\b(?:gave|has\s+given|had\s+given|issued|made|sent|wrote)\s+(?:[\w-]+\s+){0,3}"
    r"(?:instructions?|directives?|letters?|comments?)\b", re.I)
_AT_THIS_MEETING = re.compile(r"\b(?:at|during)\s+the\s+(?:meeting|session|conference|symposium)\b", re.I)
_PARTICIPLE_AT = re.compile(r"(?:calling|urging|demanding|requiring|asking|stressing|emphasi[sz]ing|underlining)\b", re.I)


def is_reported_instruction(text: str, cue_start: int) -> bool:
    """'X recently gave written instructions on flood control, calling for all-out efforts ...': the cue
    sits in a participle describing instructions given elsewhere, not a requirement of this meeting."""
    if not _PARTICIPLE_AT.match(text, cue_start):
        return False
    given = _INSTRUCTION_GIVEN.search(text, 0, cue_start)
    return bool(given) and not _AT_THIS_MEETING.search(text, 0, cue_start)


_OTHER_OCCASION = re.compile(
    r"\b(?:during|on|in\s+the\s+course\s+of)\s+(?:his|her|their)\s+(?:\w+\s+)?(?:inspection|visit|tour|trip|stay)\b"
    r"|\b(?i:last|previous)\s+(?:year|month|week)\b|\b(?i:earlier)\s+this\s+(?:year|month|week)\b"
    r"|\bin\s+(?:an?\s+)?(?:interview|letter|article|speech\s+delivered)\b"
    r"|\bin\s+" + FULL_RE + r"(?:\s+\d{4})?\b(?!\s+\d)")


def is_other_occasion(text: str, cue_start: int) -> bool:
    """'X, during his inspection in Guizhou in March, called on ...': the clause before a reporting cue
    places the speech at another time or occasion, so it is not a requirement of this meeting."""
    if not _REPORTED_VERB_AT.match(text, cue_start):
        return False
    clause_start = max(text.rfind(";", 0, cue_start), text.rfind(" that ", 0, cue_start), 0)
    return bool(_OTHER_OCCASION.search(text, clause_start, cue_start))


def _name_keys(names: set[str] | frozenset) -> set[str]:
    keys = set()
    for name in names:
        keys.add(re.escape(name))
        parts = name.split()
        if len(parts) >= 2:
            keys.add(re.escape(parts[0]))  # Chinese surname first ("Tian Yunfeng" -> "Tian")
            keys.add(re.escape(parts[-1]))  # Western surname last
    return keys


def attributed_to_absent(text: str, absent: set[str], present: set[str] | frozenset = frozenset()) -> bool:
    """A sentence reported as said by somebody who is not at the meeting ('..., Tian said.',
    'Analyst Tian Yunfeng said ...'): GUIDELINES 2.8 excludes statements of non-participants. A surname that a
    participant shares is no evidence (parser 1.30.0: "..., Li said" with Li Qiang speaking and Li Xi unplaced)."""
    keys = _name_keys(absent) - _name_keys(present)
    if not keys:
        return False
    who = "(?:" + "|".join(sorted(keys, key=len, reverse=True)) + ")"
    tail = re.search(r",\s+(?:said\s+)?" + who + r"(?:\s+\w+)?\s+(?:said|noted|added|argued|told)\b[^,]*[.!?\"\u201d']*\s*$"
                     r"|,\s+said\s+" + who + r"\b", text)
    head = re.match(r"\s*(?:[A-Z][\w-]*\s+){0,4}" + who + r"\s+(?:said|told|argued|believes?|noted)\b", text)
    return bool(tail or head)


def is_purpose_clause(text: str, cue_start: int) -> bool:
    """The cue lies inside the agenda of the convening sentence:
    'X presided over the meeting to convey ... and implement the requirements ...'."""
    conv = _CONVENE.search(text, 0, cue_start)
    if not conv:
        return False
    purpose = _PURPOSE.search(text, conv.end(), cue_start)
    if not purpose:
        return False
    return not _SPEECH_VERB.search(text, purpose.end(), cue_start)


def cut_off_cue(text: str, span: tuple[int, int], is_last: bool) -> bool:
    """In a truncated last fragment a cue that touches the end may itself be cut ('urge' of 'urgent')."""
    return is_last and span[1] >= len(text.rstrip())


def directive_cue(text: str, title: str | None = None, is_last: bool = False) -> str | None:
    """The modality of the earliest surviving cue in a sentence, or None if it is not a directive."""
    found = directive_rule(text, title, is_last)
    return found[0] if found else None


def directive_rule(text: str, title: str | None = None, is_last: bool = False) -> tuple[str, str] | None:
    """(modality, rule id) of the earliest surviving cue in a sentence, or None if it is not a directive."""
    if is_headline(text, title) or is_caption(text):
        return None
    found = []
    earlier = earlier_statement_start(text)
    for modality, rule in CUE_RULES:
        for span in rule(text):
            if ((earlier is not None and earlier <= span[0]) or is_earlier_statement(text, span[0])
                    or is_reported_instruction(text, span[0]) or is_other_occasion(text, span[0])
                    or is_purpose_clause(text, span[0]) or cut_off_cue(text, span, is_last)):
                continue
            found.append((span[0], modality, rule.__name__))
    if not found:
        return None
    _, modality, rule_id = min(found)
    return modality, rule_id


_TERMINAL = re.compile(r"[.?!]['\"\u2019\u201d)\]]*\s*$")


def looks_like_headline(text: str, sentence, in_header: bool, is_last: bool) -> bool:
    """Without the title at hand: in the header block (before the first sentence that ends with terminal
    punctuation), a paragraph that is one short line without terminal punctuation ("Chinese premier urges
    good start for all work") and is followed by more text is a headline."""
    if not in_header or is_last or _TERMINAL.search(sentence.text):
        return False
    if not text:
        return len(sentence.text.split()) <= 25
    return _alone_on_its_line(text, sentence) and len(sentence.text.split()) <= 25


def _alone_on_its_line(text: str, sentence) -> bool:
    """Nothing but spaces shares the sentence's line (its paragraph)."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line_end = text.find("\n", sentence.end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:sentence.start].strip() and not text[sentence.end:line_end].strip()


# (1.48.0) a page's links and section labels: a whole line in title case with no terminal punctuation ("Must Read", "-
# China Urges G7 To Cease ...", "\u2022 All Member States Must Resolve The Crew Change Crisis")
_LINK_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")


def is_link_line(text: str, sentence) -> bool:
    if _TERMINAL.search(sentence.text) or not _alone_on_its_line(text, sentence):
        return False
    words = [w for w in _LINK_WORD.findall(sentence.text) if len(w) > 3]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def find_directives(text, sentences, actor_by_sentence, title: str | None = None,
                    absent: set[str] | frozenset = frozenset(), present: set[str] | frozenset = frozenset()) -> list[dict]:
    """Directive rows for a document; `absent` are the persons named but not present (mentions, unplaced), `present`
    the chairs, speakers and attendees."""
    out = []
    n = len(sentences)
    in_header = True
    for k, s in enumerate(sentences):
        is_last = k == n - 1 and not _TERMINAL.search(s.text)
        if looks_like_headline(text, s, in_header, k == n - 1) or is_link_line(text, s):
            continue
        if _TERMINAL.search(s.text):
            in_header = False
        cue = directive_rule(s.text, title, is_last)
        if cue is None or attributed_to_absent(s.text, set(absent), present):
            continue
        modality, rule = cue
        idx = s.index if s.index is not None else k
        speaker = actor_by_sentence[idx] if actor_by_sentence is not None and 0 <= idx < len(actor_by_sentence) else None
        out.append({"text": s.text, "speaker": speaker, "modality": modality,
                    "char_start": s.start, "char_end": s.end, "rule": rule})
    return out
