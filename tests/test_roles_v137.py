"""Parser 1.37.0 role and credit rules, on invented sentences and lines (pure functions, no Prefect)."""
import pytest
from role_helpers import everyone, names, run, titles_of

from readouts.transform.names import byline_names

# ---------------------------------------------------------------- presence of a speaker


def test_a_speaker_named_in_a_garbled_presence_list_attended_too():
    p = run("Chinese Ambassador Zhou Wenhua, Minister Liu Guangyuan, Congressman Crowley and the Maryland delegate "
            "Li Feng moved more than 300 people attended the ceremony. Zhou Wenhua said the chamber had grown.")
    assert names(p.speakers) == {"Zhou Wenhua"}
    assert {"Zhou Wenhua", "Liu Guangyuan", "Li Feng"} <= names(p.attendees)


def test_a_speaker_named_only_beside_the_presence_of_others_did_not_attend():  # guard
    p = run("Minister Liu Guangyuan and Li Feng attended the ceremony. Ambassador Zhou Wenhua said the chamber had "
            "grown.")
    assert names(p.speakers) == {"Zhou Wenhua"}
    assert "Zhou Wenhua" not in names(p.attendees)


# ---------------------------------------------------------------- credits


@pytest.mark.parametrize("line, expected", [
    ("By Shelly B Short", ["Shelly B Short"]),  # an undotted middle initial
    ("Autor: Mihai Cistelican", ["Mihai Cistelican"]),  # the author label of Romanian or Spanish pages
    ("Blessings Chidakwa, Harare Bureau", ["Blessings Chidakwa"]),  # the desk after a comma
    ("By Loness Gwazanga & Tikondane Vega, MANA", ["Loness Gwazanga", "Tikondane Vega"]),
    ("The premiers met in Saskatoon, Sask. on Thursday. (Jonathan Hayward/Canadian Press)", ["Jonathan Hayward"]),
    ("a source of animosity between Alberta and B.C. JASON FRANSON/The Canadian Press", ["JASON FRANSON"]),
    ("Leaders pose after the summit. Peter Dejong/AP", ["Peter Dejong"]),
])
def test_credit_forms(line, expected):
    assert [n for _, _, n in byline_names(line)] == expected


@pytest.mark.parametrize("line", [
    "The Ministry of Foreign Affairs/Xinhua",  # a body before the agency
    "(Prime Minister/Canadian Press)",
    "President Xi/Premier Li",  # no agency after the slash
    "Blessings Chidakwa Harare Bureau",  # no comma: the place may be part of the name
])
def test_no_credit(line):  # guard
    assert byline_names(line) == []


# ---------------------------------------------------------------- names


def test_a_western_given_name_before_a_surname_in_capitals_after_a_style():
    p = run("Foreign Minister Motegi Toshimitsu held talks with H.E. Mr. Jean-Noël BARROT, Minister for Europe and "
            "Foreign Affairs. Experts attended, including Mr. Jean-Francois ALLILAIRE (Permanent Secretary of the "
            "Academy).")
    assert {"Jean-Noël BARROT", "Jean-Francois ALLILAIRE"} <= everyone(p)


def test_the_pilgrims_style_is_outside_the_name():
    p = run("The Minister for the Presidency, Hajji Yunus Kakande, said the commissioners must report monthly. "
            "District Commissioner Alhaj Md Nazrul Islam presided over the meeting.")
    assert "Yunus Kakande" in names(p.speakers)
    assert p.chairs == ["Md Nazrul Islam"]


def test_a_census_name_whose_first_word_reads_as_pinyin_is_still_a_name():
    # "Alan" splits into the pinyin syllables a-lan and "Kelly" is an English word: the census has both as names
    p = run("The council met on Monday. Deputy Alan Kelly was also in attendance.")
    assert names(p.attendees) == {"Alan Kelly"}
    p = run("The council met on Monday. Alan Kelly was also in attendance.")
    assert names(p.attendees) == {"Alan Kelly"}


def test_a_pinyin_place_before_an_english_word_stays_no_name():  # guard
    p = run("The council met on Monday. Officials of Anning Development were also in attendance.")
    assert not [r for r in p.attendees if r["kind"] == "person"]


# ---------------------------------------------------------------- presence


def test_a_meeting_held_with_counterparts_after_its_day_and_place():
    p = run("Prof Shemdoe held the meeting on February 9, 2026, at the ministry's offices in Dar es Salaam with "
            "Kagera Regional Commissioner Col Yahya Ramadhani Kido and Mtwara Regional Commissioner Col Donald "
            "William Msengi, shortly after their appointment.")
    assert names(p.attendees) == {"Yahya Ramadhani Kido", "Donald William Msengi"}
    assert not p.mentions


def test_a_meeting_held_on_a_day_then_agreed_with_someone_is_no_meeting_with_them():  # guard
    p = run("The council held its meeting on Monday, agreed the budget and sided with Mayor Ruth Kaplan on fees.")
    assert "Ruth Kaplan" not in names(p.attendees)


def test_two_abbreviated_ranks_are_outside_the_name():
    p = run("The 3rd Division Commander, Brig Gen Joseph Balikudembe explained that the operation had worked. The "
            "summit was also attended by the following Heads of State:\n\n* Botswana: President Lt Gen Seretse "
            "Khama\n* Lesotho: Prime Minister Pakalitha Mosisili\n")
    assert "Joseph Balikudembe" in names(p.speakers)
    assert not {n for n in everyone(p) if n.startswith(("Brig", "Gen", "Lt"))}


def test_one_abbreviated_rank_may_be_a_given_name():  # guard
    p = run("Defence Minister Gen Nakatani met the delegation and said ties were strong.")
    assert "Gen Nakatani" in names(p.speakers)


def test_the_end_of_a_quotation_is_no_party():
    p = run("The commissioner urged the leaders to keep order. “Let us make sure that unnecessary persons do not take "
            "part in these meetings,” he said.")
    assert not [r for r in p.attendees + p.speakers if "meetings" in r["name"]]


# ---------------------------------------------------------------- titles


def test_a_whole_office_before_a_style_of_address_is_the_title():
    p = run("French Minister of Social Affairs and Health Ms. Marisol Touraine visited the hospital and said ties "
            "were strong.")
    assert titles_of(p, "Marisol Touraine") == ["French Minister of Social Affairs and Health"]


def test_a_style_after_a_place_gives_no_title():  # guard
    p = run("The delegation arrived in Chengdu. The visit to Health Ms. Li Ning said ties were strong.")
    assert all(titles_of(p, n) == [] for n in names(p.speakers))


def test_a_participle_clause_after_an_office_is_no_part_of_it():
    from readouts.transform.titles import clean_title
    assert clean_title("the President of Malta describing the discussions as “very interesting”") == \
        "President of Malta"
    assert clean_title("Head of the Organizing Committee") == "Head of the Organizing Committee"  # guard


@pytest.mark.parametrize("text, name, title", [
    ("Vice-Chancellor Mark E. Smith said the university was ready.", "Mark E. Smith", "Vice-Chancellor"),
    ("Minister-President of Bavaria Horst Seehofer said ties were strong.", "Horst Seehofer",
     "Minister-President of Bavaria"),
    ("Deputy Magistrate of Yangpu District Li Yaping said the district was ready.", "Li Yaping",
     "Deputy Magistrate of Yangpu District"),
    ("The envoy met the press. The ambassador to China Stanley Loh said ties were strong.", "Stanley Loh",
     "ambassador to China"),
])
def test_offices_before_the_name(text, name, title):
    assert titles_of(run(text), name) == [title]


def test_a_place_after_to_is_no_office():  # guard
    from readouts.transform.titles import pre_name_title
    text = "A visit to China Stanley Loh said was historic"
    assert pre_name_title(text, text.index("Stanley")) is None


@pytest.mark.parametrize("after, title", [
    (", President of Victoria University of Wellington headed a delegation to visit Xiamen University.",
     "President of Victoria University of Wellington"),
    (", President of USCCC indicated in his opening remark that USCCC had grown.", "President of USCCC"),
    (", Director of the Bureau based in Chengdu, said", "Director of the Bureau based in Chengdu"),  # guard
])
def test_an_apposition_ends_at_its_first_verb(after, title):
    from readouts.transform.titles import leading_titles
    assert leading_titles(after)[0] == title


@pytest.mark.parametrize("text, title", [
    ("The new Chinese ambassador to Zimbabwe Zhou Ding has paid a courtesy call", "Chinese ambassador to Zimbabwe"),
    ("Singapore's ambassador to China Stanley Loh said", "Singapore's ambassador to China"),
    ("On Monday ambassador to China Stanley Loh said", "ambassador to China"),  # the day is no nationality
])
def test_the_nationality_before_a_lower_case_ambassador(text, title):
    from readouts.transform.titles import pre_name_title
    name = next(w for w in ("Zhou Ding", "Stanley Loh") if w in text)
    assert pre_name_title(text, text.index(name))[0] == title


def test_a_dateline_agency_is_no_part_of_the_title():
    from readouts.transform.titles import clean_title
    assert clean_title("(IANS) Chinese Premier") == "Chinese Premier"
    assert clean_title("Dhaka North City Corporation (DNCC) Mayor") == "Dhaka North City Corporation (DNCC) Mayor"


# ---------------------------------------------------------------- speech


@pytest.mark.parametrize("text, speaker", [
    ("The delegation met Vice President Constantino Chiwenga. VP Chiwenga concurred with Mr Che saying the visit was "
     "timely.", "Constantino Chiwenga"),
    ("The experts met at the institute. Li Tieli showed his view on Dongguan from the labour market.", "Li Tieli"),
    ("The council met on Friday. Minister Kazim Hosein updated the Members of Council and Administration on the "
     "recruitment of constables.", "Kazim Hosein"),
])
def test_speech_verbs(text, speaker):
    assert speaker in names(run(text).speakers)


def test_concurrent_events_are_no_speech():  # guard
    p = run("The council met on Friday. The visit of Mayor Ann Lee concurred in time with the fair.")
    assert "Ann Lee" not in names(p.speakers)


def test_an_advocates_style_ends_no_sentence_and_a_civil_surgeon_is_an_office():
    p = run("Sadar Upazila Chairman Alhaj Md Asaduzzaman Babu, Satkhira Judge Court APP Adv. Ataur Rahman and "
            "Kalaroa Municipal Mayor Aminul Islam Bulbul, among others, attended the meeting. Among others, Civil "
            "Surgeon Dr Md Sabizur Rahman spoke at the meeting.")
    assert {"Md Asaduzzaman Babu", "Ataur Rahman", "Aminul Islam Bulbul"} <= names(p.attendees)
    assert names(p.speakers) == {"Md Sabizur Rahman"}
    assert titles_of(p, "Md Sabizur Rahman") == ["Civil Surgeon"]
    assert not [r for r in p.attendees if r["name"].lower() == "among others"]


def test_a_body_then_its_office_before_the_name_in_commas_is_a_title_not_a_party():
    p = run("The minister met the miners. Chamber of Mines President, Godwin Beene, expressed the institution's "
            "support for the plan. Further, Chairman of the State Statistics Committee Dilshod Usmanov reported on "
            "the figures.")
    assert [(r["name"], r["kind"]) for r in p.speakers] == [("Godwin Beene", "person"), ("Dilshod Usmanov", "person")]
    assert titles_of(p, "Godwin Beene") == ["Chamber of Mines President"]
    from readouts.transform.titles import is_title
    assert is_title("University of Ghana Vice-Chancellor")


def test_the_office_of_a_leader_is_a_body():  # guard
    from readouts.transform.titles import is_title
    assert not is_title("Office of the President")
