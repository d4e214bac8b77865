"""Titles: splitting rules, pre-name titles, cleaning."""
import pytest

from readouts.transform.titles import clean_title, is_title, leading_titles, pre_name_title


@pytest.mark.parametrize("apposition,expected", [
    ("Deputy Secretary of the CPC Hunan Provincial Committee and Governor of the People's Government of Hunan "
     "Province", ["Deputy Secretary of the CPC Hunan Provincial Committee",
                  "Governor of the People's Government of Hunan Province"]),
    ("Professor of the University of Electronic Science and Technology of China",
     ["Professor of the University of Electronic Science and Technology of China"]),
    ("Deputy Secretary and Head of the Organization Department of the CPC Hunan Provincial Committee",
     ["Deputy Secretary", "Head of the Organization Department of the CPC Hunan Provincial Committee"]),
    ("founder and CEO of Medlinker", ["founder", "CEO of Medlinker"]),
    ("Minister of Industry and Information Technology", ["Minister of Industry and Information Technology"]),
    ("also Chinese president, chairman of the Central Military Commission, and head of the leading group",
     ["Chinese president", "chairman of the Central Military Commission", "head of the leading group"]),
    ("Chairman of the Hunan Committee of the CPPCC and the deputy head of the leading group",
     ["Chairman of the Hunan Committee of the CPPCC", "deputy head of the leading group"]),
    ("Executive Vice Governor, Acting Mayor of Changsha", ["Executive Vice Governor", "Acting Mayor of Changsha"]),
])
def test_apposition_split_into_offices(apposition, expected):
    assert leading_titles(", " + apposition + ", attended the meeting.") == expected


def test_leading_titles_stop_at_verb_and_next_name():
    assert leading_titles(", Secretary of the Party Committee of Hunan University, presided over the meeting.") == \
        ["Secretary of the Party Committee of Hunan University"]
    assert leading_titles(", Vice Governor, and Liu Bo, Mayor of Yueyang, attended.") == ["Vice Governor"]
    assert leading_titles(" presided over the meeting.") == []
    assert leading_titles(", on behalf of the provincial government, extended greetings.") == []


@pytest.mark.parametrize("phrase,ok", [
    ("Governor of Hunan Province", True), ("the Provincial Governor", True), ("Deputy Administrator", True),
    ("Provincial leaders", False), ("Representatives", False), ("in Changsha", False),
    ("on behalf of the provincial government", False), ("Regional Coordinated Development", False),
])
def test_is_title(phrase, ok):
    assert is_title(phrase) is ok


def test_clean_title_drops_article_and_also():
    assert clean_title("the Provincial Governor") == "Provincial Governor"
    assert clean_title("also a member of the Standing Committee") == "member of the Standing Committee"


@pytest.mark.parametrize("text,title", [
    ("BEIJING, June 2 (Xinhua) -- Chinese Premier Li Qiang", "Chinese Premier"),
    ("On Monday, Yunnan Governor Wang Yubo", "Yunnan Governor"),
    ("COSC Chairman Wang Zhongwei", "COSC Chairman"),
    ("Provincial leaders Chen Wei", None),
    ("Representatives Sun Daojun", None),
])
def test_pre_name_title(text, title):
    start = text.rfind(" ", 0, text.rfind(" ")) + 1
    got = pre_name_title(text, start)
    assert (got[0] if got else None) == title


@pytest.mark.parametrize("text,name,expected", [
    ("Secretary-General of the Municipal Government Tang Wei attended.", "Tang Wei",
     "Secretary-General of the Municipal Government"),
    ("Minister of Natural Resources Guan Zhiou presided over the meeting.", "Guan Zhiou",
     "Minister of Natural Resources"),
    ("and Consul General of Italy in Shanghai Marco Rossi attended.", "Marco Rossi",
     "Consul General of Italy in Shanghai"),
    ("President of the Provincial Higher People's Court Ma Rong spoke.", "Ma Rong",
     "President of the Provincial Higher People's Court"),
])
def test_office_of_title_before_name(text, name, expected):
    assert pre_name_title(text, text.index(name))[0] == expected


def test_office_of_title_needs_an_office_word():
    text = "The University of Science and Technology Zhang Hua said."
    assert pre_name_title(text, text.index("Zhang Hua")) is None


def test_lowercase_qualifiers_before_office_word():
    from readouts.transform.titles import is_title
    assert is_title("a research fellow at the Institute of Trade")
    assert is_title("a legislative council member")
    assert is_title("the newly elected member")  # parser 1.24.0: "new" is written with the office (`new_office`)
    assert not is_title("the recently elected member")
    assert not is_title("other relevant officials and member")


def test_company_suffix_and_who_is_also():
    from readouts.transform.titles import leading_titles
    assert leading_titles(", Chairman and CEO of Lianhe Foods Co., Ltd.; Anna Berg, ...") == [
        "Chairman", "CEO of Lianhe Foods Co., Ltd."]
    assert leading_titles(", who is also Secretary of the bureau's Party committee, said") == [
        "Secretary of the bureau's Party committee"]


def test_pre_name_title_with_to():
    from readouts.transform.titles import pre_name_title
    t = "Kazakh Ambassador to China Shahrat Nuryshev delivered a speech."
    assert pre_name_title(t, t.index("Shahrat"))[0] == "Kazakh Ambassador to China"


def test_lowercase_office_before_name():
    t = "The minister presided over the conference, and Hebei Party chief Ni Yuefeng spoke."
    assert pre_name_title(t, t.index("Ni Yuefeng"))[0] == "Hebei Party chief"
    # parser 1.24.0 (`lower_office_opens`): a lower-case office that opens its phrase is read, as the annotators do
    t = "The conference was told by chief Ni Yuefeng."
    assert pre_name_title(t, t.index("Ni Yuefeng"))[0] == "chief"
    t = "The report of the city mayor Ni Yuefeng was read."
    assert pre_name_title(t, t.index("Ni Yuefeng")) is None


def test_country_suffix_stays_in_the_office():
    assert leading_titles(", Mayor of Lyon, France, attended the talks.") == ["Mayor of Lyon, France"]
    assert leading_titles(", Governor of Bavaria, Germany, and President of the Bundesrat, said") == [
        "Governor of Bavaria, Germany", "President of the Bundesrat"]


@pytest.mark.parametrize("after,expected", [
    (",Governor of Hainan Province,presided over the meeting.", ["Governor of Hainan Province"]),  # no spaces
    (", Secretary of the CPC Gansu Provincial Committee and Director of the Standing Committee of Gansu Provincial "
     "People's Congress attended the meeting and spoke.",
     ["Secretary of the CPC Gansu Provincial Committee",
      "Director of the Standing Committee of Gansu Provincial People's Congress"]),  # no comma before the verb
    (" (2nd L), Mayor of Lanzhou, spoke at the forum.", ["Mayor of Lanzhou"]),  # a caption position
    (", who is also Secretary of the bureau's Party committee, addressed the meeting.",
     ["Secretary of the bureau's Party committee"]),
])
def test_apposition_boundaries(after, expected):
    assert leading_titles(after) == expected


def test_a_hyphenated_modifier_and_office_is_a_title():
    assert is_title("vice-minister of the National Health Commission") and is_title("Vice-Governor")
    assert not is_title("anti-corruption") and not is_title("well-known")


def test_a_lower_case_field_after_and_stays_in_the_office():
    assert leading_titles(", minister of science and technology, spoke.") == ["minister of science and technology"]
    assert leading_titles(", director of the bureau and a member of the committee, spoke.") == [
        "director of the bureau", "member of the committee"]
