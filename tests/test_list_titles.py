"""Titles in lists of titled people (parser 1.4.0): the apposition of one person ends where the next person (or the
office written before the next name) begins; two offices joined by "and" before a name; "former", "U.S." and
"(CPC)" inside an office before a name.  Sentences written for these tests."""
from readouts.transform.parties import find_parties
from readouts.transform.sentences import split_sentences
from readouts.transform.titles import leading_titles, pre_name_title, split_pre_title


def titles(text):
    p = find_parties(text, split_sentences(text), None)
    return {r["name"]: r["titles"] for r in p.speakers + p.attendees}


def test_next_persons_office_is_not_in_the_previous_apposition():
    t = titles("The banquet was attended by Minister for Foreign Affairs Tao Linmei, Minister of Agriculture and "
               "Forestry Pekka Rautio and other guests.")
    assert t["Tao Linmei"] == ["Minister for Foreign Affairs"]
    assert t["Pekka Rautio"] == ["Minister of Agriculture and Forestry"]


def test_and_before_the_next_name_ends_the_apposition():
    t = titles("On May 2, Gao Ruiming, Party chief of Hebei province and Sun Wenjie, deputy secretary of the CPC "
               "Hebei Provincial Committee and governor of the province, addressed the meeting.")
    assert t["Gao Ruiming"] == ["Party chief of Hebei province"]
    assert t["Sun Wenjie"] == ["deputy secretary of the CPC Hebei Provincial Committee", "governor of the province"]


def test_two_offices_before_one_name():
    t = titles("Deputy Secretary of the Communist Party of China (CPC) Hebei Provincial Committee and Governor of Hebei "
               "Province Sun Wenjie addressed the meeting.")
    assert t["Sun Wenjie"] == ["Deputy Secretary of the Communist Party of China (CPC) Hebei Provincial Committee",
                               "Governor of Hebei Province"]
    t = titles("Deputy Secretary of the Hebei Municipal Party Committee and Mayor Sun Wenjie addressed the meeting.")
    assert t["Sun Wenjie"] == ["Deputy Secretary of the Hebei Municipal Party Committee", "Mayor"]


def test_office_of_a_place_then_a_bare_office():
    assert split_pre_title("Deputy Mayor of Perth Councilor") == ["Deputy Mayor of Perth", "Councilor"]
    assert split_pre_title("Consul General of Poland in Chengdu") == ["Consul General of Poland in Chengdu"]
    assert split_pre_title("Minister of Agriculture and Forestry") == ["Minister of Agriculture and Forestry"]


def test_and_between_two_titled_names_is_no_office():
    t = titles("Minister of Agriculture Tao Linmei and Minister of Trade Pekka Rautio addressed the meeting.")
    assert t == {"Tao Linmei": ["Minister of Agriculture"], "Pekka Rautio": ["Minister of Trade"]}
    t = titles("Chinese President Xi Jinping and Premier Li Qiang addressed the meeting.")
    assert t["Li Qiang"] == ["Premier"]
    text = "President Xi and Premier Li Qiang spoke."
    assert pre_name_title(text, text.index("Li Qiang"))[0] == "Premier"


def test_former_and_dotted_country_before_a_name():
    text = "Vice President Han Ming met with former U.S. Secretary of Commerce Carl Jensen in Beijing."
    assert pre_name_title(text, text.index("Carl"))[0] == "former U.S. Secretary of Commerce"
    text = "Special Representative of the Chinese Government on Asian Affairs Sun Wenjie spoke."
    assert pre_name_title(text, text.index("Sun"))[0] == \
        "Special Representative of the Chinese Government on Asian Affairs"
    text = "On Monday Premier Li Qiang spoke."
    assert pre_name_title(text, text.index("Li Qiang"))[0] == "Premier"


def test_apposition_ends_at_also_verb_which_and_others():
    assert leading_titles(", Governor of Hebei Province also addressed the meeting.") == ["Governor of Hebei Province"]
    assert leading_titles(", Director of the Trade Department of the Economy Ministry which is in China for talks") \
        == ["Director of the Trade Department of the Economy Ministry"]
    assert leading_titles(", former Speaker of Parliament of Estonia and others delivered speeches.") == \
        ["former Speaker of Parliament of Estonia"]
    assert leading_titles(", minister of science and technology, said") == ["minister of science and technology"]


def test_lower_case_office_of_a_body_opens_an_inverted_presence_list():
    t = titles("Present at the reception were president of the Supreme Court Tomas Hill, Minister for Foreign Affairs "
               "Anna Berg, Minister of Agriculture and Forestry Pekka Rautio, senior officials and foreign diplomats.")
    assert t["Tomas Hill"] == ["president of the Supreme Court"]
    assert t["Anna Berg"] == ["Minister for Foreign Affairs"]
    assert t["Pekka Rautio"] == ["Minister of Agriculture and Forestry"]
    text = "Wang Hua met with the mayor Zhou Ming."  # parser 1.24.0 (`lower_office_opens`): read after "the"
    assert pre_name_title(text, text.index("Zhou"))[0] == "mayor"
    text = "Wang Hua met the city's mayor Zhou Ming."  # a possessive before it: the office stays unread
    assert pre_name_title(text, text.index("Zhou")) is None


def test_general_closes_a_rank_not_a_second_office():
    assert split_pre_title("Chief of Defence Command Lieutenant General") == \
        ["Chief of Defence Command Lieutenant General"]
