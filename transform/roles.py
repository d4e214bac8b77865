"""Role verbs: which verb phrases make their subject a chair, a speaker, an attendee (GUIDELINES 2.4-2.6).

Each rule is a regular expression over a sentence; `verb_hits` returns every surviving hit in text order.
* `chair`: presided over, presided, chaired, hosted, was the chair of; captions/headlines "presides over",
  "chairs"; participle "presiding over".
* `speech`: said, stressed, emphasized, underlined, noted, pointed out, urged, called for, addressed,
  delivered/made/gave a speech or report, read out, spoke, took the floor, ...; participles "noting",
  "urging", "adding" attribute to the subject of the main clause.
* `written`: made/submitted written statements or speeches.
* `attend`: attended, was present, were invited to attend, sat in on, were in attendance, took their seats, joined in, participated in / took part in the meeting
  (a meeting-like object is required: "took part in drafting the plan" is not presence).
* `meet`: met (with) Y, held talks with Y, had a group talk with Y -> Y is the attendee.
* `accompany`: "X accompanied Li": X is present but optional (GUIDELINES 2.6), a participant, never a mention.
* `sign`: "X and Y signed a framework agreement" / "witnessed the signing": signing at the meeting is being there,
  so a signatory (and a counterpart "signed an agreement with Z") is an attendee unless another role holds them
  (`parties.signatories`, rule `signatory`, parser 1.22.0; the labelled sets of recent years mark signers as
  attendees, the older ones left them optional); never a mention.
* `arrange`: "X made (specific) arrangements/deployments": an optional speaker (2.5), a participant, never a mention.
* participle "while attending" attributes presence to the subject of the main clause.
A finite hit is dropped when it is governed by an auxiliary or "to" ("has called for", "will attend",
"expected to attend", "was reported"): those report other times or other people.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from readouts.transform.lexicon import MEETING_NOUNS, OFFICE_WORDS


@dataclass(frozen=True)
class VerbHit:
    start: int
    end: int
    role: str  # chair | speech | written | attend | meet | accompany | sign
    form: str  # finite | participle | inverted


_SPEECH_NOUN = (r"(?:(?:a|an|the|his|her|their|its|important|keynote|key|opening|closing|concluding|successive|"
                r"main|brief|video|televised|work|government|summary|special|written|separate|guiding|mobilization|"
                r"mobilisation|deployment|theme|thematic|inaugural|welcoming|welcome|remarks?|exchange|experience|typical|"
                r"representative|exemplary|supplementary|oral|detailed|policy|situation|progress|\w+(?:-\w+)+|"
                r"profound|comprehensive|short|thorough|general)\s+){0,4}"
                r"(?P<noun>speech|speeches|report|reports|address|addresses|remarks|statement|statements|talk|"
                # (1.33.0) "made a profound exposition on", "gave a brief introduction of", "delivered the Invocation"
                r"lectures?|presentations?|briefings?|explanations?|toasts?|summary|introductions?|expositions?|"
                r"invocation|overview|"
                r"brief(?=\s+(?:on|of|about)\s))\b")  # (1.55.0) "gave a brief on the research strengths of X"

# rule `courtesy_speech`: "extended a warm welcome", "extended Lunar New Year greetings and gratitude", "made positive
# comments on", "provided recommendations", "put forward suggestions": words of welcome, thanks, comment or advice
# addressed to the room are a speech act
_COURTESY = (r"extended\s+(?:[\w'\u2019-]+\s+){0,4}?(?:welcome|congratulations|greetings|gratitude|thanks|"
             r"condolences|appreciation|regards)|made\s+(?:[\w-]+\s+){0,2}?comments|"
             r"(?:provided|offered|put\s+forward|raised|gave)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:recommendations?|suggestions?|"
             r"proposals?|advice|opinions?|views|insights|ideas|guidance)|put\s+forward\s+(?:[\w'\u2019-]+\s+){0,3}?requirements")

# (1.36.0) "General A called on Chairman Joint Chiefs of Staff Committee General B to discuss matters of bilateral
# interest": a courtesy call on a person written with capitals, not a call on someone to act ("called on President B
# to release ...", "called on all departments to ...")
_CALL_ON_VISIT = (r"\s+(?:the\s+)?(?:(?-i:visiting|new|newly\s+appointed)\s+)?(?-i:[A-Z])(?![^.;]*?\bto\s+(?!(?:discuss|exchange|talk|hold|meet|review|explore|brief|"
                  r"deliberate|convey|pay|seek|share)\b)[a-z]+)")

# rule `served_as_chair`: "A, B and C served as the executive chairmen of the conference": a chair office of the
# meeting itself (not "served as chairman of the company", an office of an organisation)
_SERVED_AS_CHAIR = (r"(?:served|serves|acted|acts|were|was)\s+as\s+(?:the\s+)?(?:executive\s+|rotating\s+|co-)?"
                    r"(?:chair(?:man|men|woman|women|person|persons|s)?|hosts?)\s+(?=of\s+(?:the\s+|this\s+)?"
                    r"(?:[\w'\u2019-]+\s+){0,4}?(?:meeting|conference|session|plenum|symposium|forum|seminar|"
                    r"ceremony|event|dialogue|roundtable|summit|congress|assembly|presidium)s?\b)")
# (1.36.0) "A and B were delighted to host the 48th Presiding Officers and Clerks Conference": hosts of the meeting
# itself (a meeting noun within a few words), not of a guest ("pleased to host the delegation")
_GLAD_TO_HOST = (r"(?:was|were|is|are)\s+(?:\w+ly\s+|also\s+)?(?:delighted|pleased|honou?red|proud|glad|privileged)\s+to\s+(?:co-)?host(?=\s+(?:the\s+|this\s+)?"
                 r"(?:[\w'\u2019-]+\s+){0,6}?(?:meeting|conference|session|symposium|forum|seminar|summit|dialogue|"
                 r"roundtable|congress|assembly|workshop)s?\b)")
CHAIR = re.compile(
    r"\b(?:(?:presided|presides|preside)(?:\s+over)?|chaired|chairs|hosted|hosts|co-chaired|co-hosted|"
    r"(?:was|is)\s+the\s+chair\s+of|" + _SERVED_AS_CHAIR + r"|" + _GLAD_TO_HOST + r"|"
    # (parser 1.32.0) minutes: "Mayor X called the meeting to order at 7 p.m." (the chair's act, no speech)
    r"called\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:meeting|session|hearing)\s+to\s+order)\b", re.I)
CHAIR_PARTICIPLE = re.compile(r"\b(?:presiding(?:\s+over)?|chairing|hosting|in\s+the\s+chair)\b", re.I)  # "With X in the chair"

# rule `active_speech_verbs` (parser 1.30.0): verbs that report speech only in the active voice ("The mayor informed
# the council that ...", "Chiwawa ordered that ...", "Mafume echoed his concerns"); "was informed by", "ordered by" are not
_SPOKE_TO = (r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)"
             r"(?:informed|assured|reassured|directed|ordered|warned|echoed|lauded|vowed|inquired|cautioned|reminded)(?!\s+by\b)")
SPEECH = re.compile(
    r"\b(?:said|says|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|underlined|underlines|underscored|"
    r"underscores|highlighted|highlights|noted|notes|pointed\s+out|points\s+out|urged|urges|"
    r"called\s+(?:for|upon)|called\s+on(?!" + _CALL_ON_VISIT + r")|calls\s+(?:for|on|upon)|demanded|required|expressed|expresses|addressed|addresses|"
    r"outlined|conveyed|shared|introduced|reported|read\s+out|reads\s+out|read\s+(?=(?:the\s+|a\s+)?[\x22\u201c\u2018]?(?:[\w'\u2019-]+\s+){0,3}?(?:instructions?|letters?|messages?|decisions?|"
    r"notices?|announcements?|appointments?|repl(?:y|ies)|resolutions?|circulars?|documents?)\b)|spoke|speaks|took\s+the\s+floor|"
    r"takes\s+the\s+floor|contributed\s+(?:their|his|her)\s+views|stated|added|remarked|reiterated|restated|"
    # (1.45.0) "the Chairman, Wu Da Yang restated that ...", "A advocated hosting a dialogue"
    r"advocated(?!\s+by\b)|recogni[sz]ed(?=\s+that\b)|"
    r"explained|elaborated(?:\s+on)?|proposed|suggested|encouraged|asked|instructed|requested|hoped|voiced|commented|summed\s+up|"
    r"concluded|briefed|announced|declared|thanked|hailed|summari[sz]ed|described|told|talked\s+(?:about|of|on)|"
    r"affirmed|indicated|expounded|acknowledged|reaffirmed|reaffirms|questioned|appealed|argued|insisted|lamented|bemoaned|decried|deplored|"
    # (1.56.0) "Mr A has tasked residents to be vigilant", "charged the officers to ...", "challenged GEPA to take ...":
    # a charge to act, said to the meeting (not "charged with fraud", "challenged the decision")
    r"(?:tasked|charged|challenged)(?=\s+(?:[\w'\u2019()-]+\s+){1,8}?to\s+(?!the\b|a\b|an\b)[a-z]+\b)|"
    # (1.56.0) "Professor A familiarized the managers with ...", never "familiarized himself with the port"
    r"(?:familiari[sz]ed|acquainted)(?=\s+(?!(?:him|her|it|them|our|your|my)sel(?:f|ves)\b)[^.;]{1,80}?\bwith\b)|"
    # (1.56.0) "A apologized for the slow response and pledged ...", never an apology for one's absence
    r"apologi[sz]ed(?!\s+for\s+(?:(?:his|her|their)\s+)?(?:absence|not\s+(?:attending|being)|inability|being\s+unable))|"
    r"recalled(?=\s+that\b)|confirmed(?=\s+(?:during\s+the\s+\w+\s+)?that\b)|promised(?=\s+(?:to|that)\b)|apprised|(?:was|were)\s+quoted\s+(?:[\w\s]{0,30}?\s)?as\s+saying|"
    # (parser 1.33.0) "In turn, Lavrov reassured that ...", "She replied that ...", "X observed that ..."
    r"replied|responded|opined|clarified|elucidated|(?:observed|maintained|revealed|disclosed)(?=\s+that\b)|"
    # (1.46.0) a plan or a document explained to the meeting: "Vice Mayor A interpreted the Action Plan" (not "interpreted
    # for the delegation": an interpreter)
    r"interpreted(?=\s+(?:the|a|an|this|these|its|his|her)\s)|"
    # (1.38.0) a view stated: "Zhao Kebin held that, as a think tank, ...", "Yan Bin believes that ..."
    r"(?:held|holds|believed|believes|thought|thinks)(?=\s+that\b)|(?:is|was|are|were)\s+convinced(?=\s+that\b)|"
    # (1.36.0) "The Acting Clerk, A, disclosed this during ...", "the Speaker, B, pledged to provide ..."
    r"(?:disclosed|confirmed|revealed)(?=\s+this\b)|pledged(?=\s+(?:to|that)\b)|"
    # a debate's turns: "Sen. A was first to contribute", "B contributed to the debate"
    r"(?:was|were)\s+(?:the\s+)?first\s+to\s+(?:speak|contribute)|contributed\s+to\s+the\s+(?:debate|discussions?|deliberations?)|"
    # "Professor A was glad that both sides will ...": a reported attitude, said at the meeting
    r"(?:was|were)\s+(?:very\s+|also\s+)?(?:glad|pleased|delighted|happy)(?=\s+that\b)|"
    # minutes: "Cr Brown moved that the report be received", "Mr Palmer advised that", "Cr Green enquired"
    r"moved(?=\s+that\b)|advised(?!\s+by\b)|enquired|" +
    # (1.54.0) reporting verbs of exhortation and blame: "Mr A admonished the participants to ...", "B exhorted",
    # "C impressed upon them", "D accused him of ...", "E discouraged them from ..."
    # (active only: not "was accused by", "Mayor A, accused of ...", "criticised for", "discouraged from")
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)(?<!,\s)"
    r"(?:admonished|exhorted|implored|enjoined|accused|critici[sz]ed|lambasted|predicted|discouraged)"
    r"(?!\s+(?:by|of|for|from|over|as)\b)|impressed\s+upon|" + _COURTESY + r"|" + _SPOKE_TO + r"|"
    # (1.34.0) minutes: "A made a motion to approve ...", "A moved to adopt ...", "Ms. A updated the group on ..."
    r"(?:made|makes)\s+(?:a|the)\s+motion|moved(?=\s+to\s+(?:approve|adopt|accept|table|defer|amend|adjourn|recommend|"
    r"authori[sz]e|receive|ratify|rescind|suspend|enter|go\s+into)\b)|"
    r"updated(?=\s+(?:the\s+)?(?:group|board|council|committee|members|commission|meeting|trustees|senate|"
    r"cabinet)(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+and\s+[\w-]+)?)?\s+(?:on|about)\b)|"
    # (1.37.0) "VP Chiwenga concurred with Mr Che saying ...", "Li showed his view on Dongguan from ..."
    r"concurred(?=\s+(?:with|that)\b)|showed\s+(?:his|her|their)\s+views?\s+on\b|"
    # (1.40.0) "Mayor A, in his opening remarks, tasked the members ...": the subject's own speech, before its verb
    r"(?<=[\w,]\s)in\s+(?:his|her)\s+(?:opening\s+|welcome\s+|welcoming\s+|closing\s+|keynote\s+|brief\s+)?"
    r"(?:address|speech|remarks)(?=\s*,?\s+(?-i:[a-z]+ed)\b)|"
    # (1.35.0) minutes: "A, B and C presented on the Dam Wall Raising Project", "presented to the Board on ..."
    r"presented(?=\s+(?:to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?)?(?:on|about|regarding)\s)|"
    r"(?:delivered|delivers|made|makes|gave|gives|submitted|presented)\s+" + _SPEECH_NOUN + r")\b", re.I)  # "spoke", not "spokesperson"
SPEECH_PARTICIPLE = re.compile(
    r"\b(?:noting|urging|adding|calling\s+(?:for|on|upon)|saying|stressing|emphasi[sz]ing|underlining|"
    r"underscoring|highlighting|pointing\s+out|demanding|requiring|asking|speaking)\b", re.I)

ATTEND = re.compile(
    r"\b(?:(?:was|were)\s+(?:also\s+)?invited\s+to\s+(?:attend|be\s+present|sit\s+in)|sat\s+in\s+(?:on|at)|"
    r"(?:was|were|is|are)\s+(?:also\s+)?(?:seated|in\s+attendance)|"  # (1.57.0) "A and B are in attendance"
    # (1.36.0) "except lone BJP MLA A who remained seated throughout the Governor's speech"
    r"remained\s+(?:seated|present)|"
    # (1.40.0) minutes: "Councillor A moved and Councillor B seconded, a motion ...", "C seconded the motion": mover
    # and seconder were there (the annotators' reading; a motion's terms are no speech)
    r"moved(?=\s+and\s+(?:[\w.'\u2019-]+\s+){1,5}?seconded\b)|seconded(?=\s*,?\s+(?:the|a|it|this)\b)|"
    # (1.36.0) envoys at a credentials ceremony: "A and B also presented their letters of credence to the President"
    r"presented\s+(?:their|his|her)\s+(?:letters\s+of\s+credence|credentials)|"
    r"joined\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:meeting|session|conference|talks|discussion|forum|symposium|"
    r"seminar|event)s?(?:\s+(?:via|by|through|online))?|(?:was|were|is|are)\s+(?:also\s+)?among\s+(?:the\s+)?(?:those\s+"
    r"present|attendees|participants|guests)|"
    r"attended|attends|attend|(?:was|were)\s+(?:also\s+)?present|took\s+(?:their\s+)?seats|"
    r"sat\s+(?:on|at|in)\s+(?:the\s+)?(?:(?:first|front|second)\s+rows?\s+(?:of|on)\s+the\s+)?rostrum|"
    r"(?:sat|(?:was|were)\s+(?:also\s+)?seated)\s+in\s+the\s+(?:first|front)\s+rows?|"
    r"took\s+(?:a|their|his|her)\s+seats?\s+(?:on|at)\s+the\s+rostrum|joined\s+in|"
    # (1.34.0) "X, member of Y, joined them for the research and gave a speech"
    r"joined\s+(?:them|him|her|us|the\s+(?:delegation|team|group|visit|inspection|tour|talks|meeting|event|session|"
    r"discussions?|research|survey)s?)(?=\s|[,.;])|"
    r"(?:participated|took\s+part)\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:meeting|session|conference|symposium|"
    r"forum|seminar|event|talks|discussion|deliberations?|ceremony|activity|activities|gathering|panel)s?|"
    # (1.35.0) "Ambassador A, Minister B, etc, presented at the opening ceremony and delivered their speeches": there
    # (translated "were present"; a presenter was there too)
    r"presented(?=\s+at\s+(?:the|a|an|this)\s+(?:[\w-]+\s+){0,4}?(?:meeting|session|conference|symposium|forum|"
    r"seminar|event|ceremony|talks|discussion|gathering|opening|workshop)s?\b))\b", re.I)
MEET = re.compile(
    r"\b(?:met|meets|meet)(?:\s+with)?\b|\bcalled\s+on(?=" + _CALL_ON_VISIT + r")|"
    # (1.46.0) "A paid a courtesy call on B": the caller is the meeting's other side (`meeting_host`)
    r"\b(?:paid|pays)\s+(?:a\s+|an\s+)?(?:courtesy\s+|farewell\s+|official\s+)?call\s+(?:on|upon)\b|"
    # (1.57.0) "The Minister has granted audience to the U.S Ambassador, A": the one granted it was received
    r"\b(?:granted|grants|gave|gives)\s+(?:an\s+)?audience\s+to(?=\s+(?:the\s+)?(?-i:[A-Z]))|\b(?:held|holds|had|has)"
    # (1.44.0) a place and day set off by commas: "held, here Wednesday, talks with X" (news agencies' style)
    r"(?:,\s+(?:here|there|today|yesterday|on\s)[^,.;]{0,30},)?\s+(?:a\s+)?(?:group\s+)?talks?\s+with\b|"
    # (parser 1.32.0) "held his first official meeting this morning at State House with X", "held meetings with X"
    r"\b(?:held|holds|had|has)\s+(?:a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:meetings?|talks|"
    r"interactions?)\s+"  # (1.55.0) "held an interaction with a delegation"
    r"(?:(?:this|on|in|at|yesterday|today)\b[^,.;]{0,50}?\s+)?with\b|"
    # (1.48.0) "held separate discussions with Estonia's Foreign Minister, A": discussions with a named side (not "held
    # in-depth discussions with center administrators" on a tour)
    r"\b(?:held|holds|had)\s+(?:[\w-]+\s+){0,2}?discussions\s+with(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    # (1.37.0) the day and the place set off by commas first: "held the meeting on February 9, 2026, at the
    # ministry's offices in Dar es Salaam with A and B"
    r"\b(?:held|holds|had|has)\s+(?:a\s+|an\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:meetings?|talks)"
    r"(?:(?:,\s*|\s+)(?:(?:this|on|in|at|yesterday|today)\b|\d{4}\b)[^,.;]{0,50}?){2,4},?\s+with\b|"
    # rule `received_guest` (parser 1.27.0): "X received on Monday Special Representative Y": a guest written with
    # capitals, perhaps after the day (never "received a letter / instructions")
    r"\breceived(?=\s+(?:(?:on|in)\s+\w+\s+|yesterday\s+|today\s+)?(?-i:[A-Z]))|"
    # (1.43.0) a date after "on": "received on August 26 Ambassador B", "received on Monday the Ambassador of ..."
    r"\breceived(?=\s+(?:on\s+(?-i:[A-Z])\w+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:\d{4},?\s+)?|"
    r"on\s+\d{1,2}(?:st|nd|rd|th)?\s+(?-i:[A-Z])\w+,?\s+(?:\d{4},?\s+)?|(?:on\s+\w+day|yesterday|today)\s+the\s+)"
    r"(?-i:[A-Z]))|"
    # (1.40.0) the day and the place both: "received on Wednesday in Havana the Secretary of ..., A"
    r"\breceived(?=\s+(?:on|in|at)\s+(?-i:[A-Z])\w+\s+(?:on|in|at)\s+(?-i:[A-Z])\w+\s+(?:the\s+)?(?-i:[A-Z]))|"
    # (1.34.0) "President A received in Baghdad, on Monday, June 3, 2019, Prime Minister B": place and day set off
    r"\breceived(?=\s+(?:(?:in|at|on)\s+[^.;]{1,40}?,\s+){1,3}(?-i:[A-Z]))", re.I)
MEET_PARTICIPLE = re.compile(r"\b(?:meeting|talking)\s+with\b", re.I)
# rule `mutual_meeting` (parser 1.46.0): "A and B held a meeting in Tashkent", "A and his counterpart B held talks":
# a meeting held by two named sides with no "with" makes both its hosts (each attends unless another rule places them,
# `meeting_host`); only after a coordinated subject, for "X held a meeting on floods" is X convening it
MUTUAL_MEET = re.compile(r"\b(?:held|hold|holds|had)\s+(?:a\s+|an\s+)?(?:(?:bilateral|joint|working|official|"
                         r"closed-door|separate|private|fruitful|cordial|productive)\s+){0,2}(?:meeting|talks|"
                         r"discussions?)\b(?!\s+(?:with|of|on\s+the\s+sidelines\s+with)\b)|"
                         r"\b(?:discussed|(?:have|has|had)\s+been\s+discussing|exchanged\s+views|conferred|"
                         # (1.48.0) "During the talks, Minister A and Minister B agreed that relations are excellent"
                         r"agreed(?=\s+(?:that|on|to)\b))\b", re.I)
_COORDINATED_BEFORE = re.compile(r"(?-i:[A-Z])[\w'\u2019.-]*\s+and\s+(?:(?:his|her|their|the)\s+)?[^.;:]{0,160}$")
# rule `attending_participle`: "made the remarks while attending a conference": the main-clause subject attended
ATTEND_PARTICIPLE = re.compile(r"(?:(?<=\bwhile\s)|(?<=\bwhen\s)|(?<=\bafter\s)|(?<=\bbefore\s))attending\b", re.I)
# rule `accompany`: "X accompanied Li on the tour": X was there (parties' `accompanied_event` makes X an attendee,
# GUIDELINES 2.6)
ACCOMPANY = re.compile(r"\baccompanied\b(?!\s+by\b)", re.I)
# rule `signatory`: "X, chairman of Y, and Z signed a memorandum of understanding": the object must be a
# document signed between parties (not "signed an order/decree", which a leader issues from elsewhere)
SIGN = re.compile(r"\b(?:signed|signs|inked|co-signed)\s+(?:[\w'\u2019-]+\s+){0,6}?(?:agreements?|memorand(?:um|a)|"
                  r"MoUs?|MOUs?|contracts?|deals?|accords?|protocols?|letters?\s+of\s+intent|treaty|treaties|"
                  r"documents?|charters?|pacts?|"
                  # (1.48.0) "signed an Action Plan", "signed a joint declaration / statement / communique"
                  r"(?:action|work|cooperation)\s+plans?|declarations?|joint\s+statements?|communiqu[eé]s?|"
                  r"conventions?|roadmaps?)\b|\bwitness(?:ed|es)\s+(?:the\s+)?(?:\w+\s+)?signing\b", re.I)
# rule `made_arrangements`: "X made (specific) arrangements for the work" / "made deployments on ...": no explicit
# speech act, so GUIDELINES 2.5 makes X an optional speaker: a participant (never a mention), no row
ARRANGE = re.compile(r"\b(?:made|makes)\s+(?:\w+\s+){0,2}?(?:arrangements|deployments)\b", re.I)

# auxiliaries/infinitive marker right before a verb (an adverb may sit between)
_GOVERNED = re.compile(
    r"\b(?:has|have|had|having|will|would|shall|should|to|be|been|being|is|are|was|were|can|could|may|might|must|"
    r"not|never|did|does|do)\s+(?:\w+ly\s+|also\s+|just\s+|already\s+|once\s+|ever\s+|repeatedly\s+|still\s+){0,2}$",
    re.I)
_REALISED = re.compile(r"(?<!\bwill\s)(?<!\bwould\s)(?<!\bhave\s)(?<!\bnot\s)(?<!\bnever\s)(?<!\byet\s)\b(?:had|got)\s+(?:the|an)\s+(?:\w+\s+)?opportunity\s+to\s+$|"
                       r"\b(?:was|were)\s+able\s+to\s+$", re.I)
_STATISTIC = re.compile(r"reported\s+(?:a\s+(?:total|record)\s+of\s+|another\s+|over\s+|more\s+than\s+)?\d", re.I)
# rule `hosted_guest`: "X hosted Liu Ning, Secretary of ...", "hosts visiting Prime Minister Y": a host receives a
# guest as in "met" (no chair), unlike "hosted the meeting"
_HOSTED_GUEST = re.compile(r"\s+(?:on\s+(?:\w+\s+){1,2}?\d{1,2}(?:st|nd|rd|th)?,?\s+(?:hosted\s+)?)?"
                           r"(?:visiting\b|(?!The\b|A\b|An\b|This\b|Its\b|His\b|Her\b)[A-Z][a-z]+\s+[A-Z]|"
                           # (1.48.0) a pronoun guest: "hosted her to another meeting at his residence"
                           r"(?:her|him|them|us)\s+(?:to|for|at|in)\b)")
# rule `hosted_guest_office` (parser 1.45.0): "A hosted Latvian prime minister, B", "hosted the Speaker of the
# Parliament of C, D": A presides (a chair) and the guest named after the office is present (an attendee)
HOSTED_OFFICE = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]+\s+){0,2}(?:(?i:deputy|vice|prime|foreign|chief)\s+)?"
                           r"(?i:" + "|".join(sorted(OFFICE_WORDS, key=len, reverse=True)) + r")\b(?!['\u2019])"
                           r"(?=[^.;]{0,120}?\b[A-Z][a-z]+\s+[A-Z])")
# rule `office_work`: "Deputy Director (presiding over the office's daily work)": a standing duty written into an
# office, not the chair of the meeting
_OFFICE_WORK = re.compile(r"(?:\s+over)?\s+(?:[\w'\u2019-]+\s+){0,3}?(?:daily|day-to-day|routine|everyday)\s+work\b", re.I)
# (1.34.0) "Presiding over the session was A": the participle heads an inverted clause, not a fronted one
_INVERTED_BE = re.compile(r"\s+(?:the\s+)?(?:(?!(?:where|which|that|when|who|as)\b)[\w'\u2019-]+\s+){0,4}?(?:was|were)\s", re.I)
_INVERTED_SUBJECT = re.compile(r"\s+(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|he|she)\s*(?:[,.;]|$)")


# rule `perfect_tense`: "X has hosted the meeting", "had presided over": a perfect of a chair verb reports the meeting
# (unlike "will chair", "to preside"); a perfect of a speech verb mostly reports a leader's earlier words ("Xi has
# repeatedly called for ...") and stays governed
_PERFECT = re.compile(r"\b(?:has|have|had|having)\s+(?:\w+ly\s+|also\s+|just\s+|already\s+){0,2}$", re.I)
# (a news lead's perfect: "A has chaired ...", 1.57.0 "A has granted audience to B")
_CHAIR_PAST_PARTICIPLE = re.compile(r"(?:presided|chaired|hosted|co-chaired|co-hosted|granted\s+(?:an\s+)?audience)\b", re.I)


# (parser 1.31.0) "At the meeting, A, B and C have made statements": a perfect placed at the meeting reports it
_AT_THE_MEETING = re.compile(r"^\s*(?:At|During)\s+(?:the|this|today['\u2019]s)\s+(?:[\w-]+\s+){0,3}?(?:" +
                            "|".join(sorted(MEETING_NOUNS)) + r")s?\s*,", re.I)


def governed(text: str, start: int, hit: str) -> bool:
    if re.match(r"(?:was|were|is)\s", hit, re.I):
        return False
    if _REALISED.search(text, max(0, start - 50), start):
        return False  # (1.56.0) "A had the opportunity to meet with B", "was able to attend": it happened
    if _PERFECT.search(text, max(0, start - 40), start) and (_CHAIR_PAST_PARTICIPLE.match(hit) or
                                                              _AT_THE_MEETING.match(text)):
        return False
    return bool(_GOVERNED.search(text, max(0, start - 40), start))


def _in_a_name(text: str, start: int, title_case: bool) -> bool:
    """Rule `capitalised_not_verb`: in running text a capitalised word inside the sentence belongs to a name or a
    theme ("... Coordinated, Green, Open and Shared Development"), not a verb; headlines are title case."""
    return not title_case and text[start].isupper() and bool(text[:start].strip()) and \
        not re.search(r"[.:;!?\"\u201c\u2018]\s*$", text[:start]) and \
        not _CAPITALISED_CHAIR.match(text, start)


# (parser 1.34.0) "Mr. Praful Patel Chaired the Executive Committee Meeting": a chair verb capitalised by mistake
# before "the" is still the verb
_CAPITALISED_CHAIR = re.compile(r"(?:Chaired|Presided|Co-chaired)\s+(?:over\s+)?the\s+\w")


def _title_case(text: str) -> bool:
    return len(re.findall(r"\b[a-z]{4,}\b", text)) < 3  # a headline: hardly any lower-case words


def verb_hits(text: str) -> list[VerbHit]:
    """All role-verb hits of a sentence, in order, without the governed ones."""
    hits: list[VerbHit] = []
    title_case = _title_case(text)
    for rx, role in ((CHAIR, "chair"), (SPEECH, "speech"), (ATTEND, "attend"), (MEET, "meet"),
                     (ACCOMPANY, "accompany"), (SIGN, "sign"), (ARRANGE, "arrange")):
        for m in rx.finditer(text):
            if _not_a_hit(text, m, role, title_case):
                continue
            r = role
            if role == "chair" and m.group(0).lower() in ("hosted", "hosts") and _HOSTED_GUEST.match(text, m.end()):
                r = "meet"
            if role == "speech" and re.search(r"\bwritten\b", m.group(0), re.I):
                r = "written"
            form = "finite"
            if role == "speech" and re.match(r"said|says|added|noted|stressed", m.group(0), re.I):
                nxt = _INVERTED_SUBJECT.match(text, m.end())
                before = text[max(0, m.start() - 3):m.start()]
                if nxt and "," in before:
                    form = "inverted"
            hits.append(VerbHit(m.start(), m.end(), r, form))
    hits += _mutual_hits(text, title_case)
    for rx, role in ((CHAIR_PARTICIPLE, "chair"), (SPEECH_PARTICIPLE, "speech"), (MEET_PARTICIPLE, "meet"),
                     (ATTEND_PARTICIPLE, "attend")):
        for m in rx.finditer(text):
            if _participle_skipped(text, m, role):
                continue
            if role in ("chair", "meet", "attend") or _participle_ok(text, m.start()):
                hits.append(VerbHit(m.start(), m.end(), role, "participle"))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[VerbHit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            continue
        out.append(h)
    return out


def _mutual_hits(text: str, title_case: bool) -> list[VerbHit]:
    """Rule `mutual_meeting`: "A and B held talks" (after a coordinated subject only)."""
    return [VerbHit(m.start(), m.end(), "meet", "finite") for m in MUTUAL_MEET.finditer(text)
            if _COORDINATED_BEFORE.search(text, 0, m.start()) and not _not_a_hit(text, m, "meet", title_case) and
            (not m.group(0).lower().startswith("agreed") or _IN_THE_MEETING.search(text, 0, m.start()))]


# "agreed" says the sides met only inside the meeting's frame: "During the talks, A and B agreed that ..."
_IN_THE_MEETING = re.compile(r"\b(?:during|at|in)\s+(?:the|their|this)\s+(?:\w+\s+)?(?:talks|meeting|discussions?|"
                             r"consultations|session)\b", re.I)


def _participle_skipped(text: str, m: re.Match, role: str) -> bool:
    if role == "chair" and (_OFFICE_WORK.match(text, m.end()) or _INVERTED_BE.match(text, m.end())):
        return True  # (1.34.0) "Presiding over the session was A": the inverted subject, see parties
    if role in ("chair", "meet") and re.search(r"\bfor\s+$", text[max(0, m.start() - 5):m.start()]):
        return True  # "thanked CPSC for hosting the delegation": the one thanked hosted (parser 1.29.0)
    if role == "chair" and m.group(0).lower() == "hosting" and _HOSTED_TEAM.match(text, m.end()):
        return True  # (1.57.0) "expressed delight in hosting the Namibian team": a host of visitors, no chair
    # (1.45.0) "A advocated hosting a dialogue": a proposal, nobody presides
    return role == "chair" and _PROPOSED_BEFORE.search(text, max(0, m.start() - 16), m.start()) is not None


_HOSTED_TEAM = re.compile(r"\s+(?:the|a|an|our|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:team|delegation|guests|visitors|"
                          r"group|mission)s?\b", re.I)
_PROPOSED_BEFORE = re.compile(r"\b(?:advocated|proposed|suggested|offered|considered|discussed|welcomed)\s+$", re.I)


def _not_a_hit(text: str, m: re.Match, role: str, title_case: bool) -> bool:
    if governed(text, m.start(), m.group(0)) or re.match(r"\s+by\b", text[m.end():]) or \
            _in_a_name(text, m.start(), title_case):
        return True  # "was presided over by X", "the meeting chaired by X": passive, see parties
    if role == "chair" and _OFFICE_WORK.match(text, m.end()):
        return True
    # rule `reported_count`: "Hebei reported 127 new cases" is a figure, not a speech
    return role == "speech" and (bool(_STATISTIC.match(text, m.start())) or _SOURCE_REPORTED.match(m.group(0)) is not None
                                 and _SOURCE_AT_END.match(text, m.end()) is not None and
                                 _AFTER_COMMA.search(text, 0, m.start()) is not None)


# rule `source_reported` (parser 1.41.0): "..., Akorda reported.", "..., Dunyo news agency reported": the source the
# readout cites at the end of its sentence, no speaker of the meeting
_SOURCE_REPORTED = re.compile(r"reported|reports", re.I)
_SOURCE_AT_END = re.compile(r"\s*[.]?\s*$")
_AFTER_COMMA = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w'\u2019.-]*\s+){1,4}(?:[a-z]+\s+){0,2}$")


def _participle_ok(text: str, start: int) -> bool:
    """A speech participle counts at the start of a sentence/clause or after a comma/"while"/"when"."""
    before = text[:start].rstrip()
    return before == "" or before.endswith(",") or bool(re.search(r"\b(?:while|when|before|after|and)$", before))
