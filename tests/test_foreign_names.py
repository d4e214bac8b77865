"""Foreign and unusual names (parser 1.3.0): boundaries of Western, hyphenated, initialled and four-word names.

Every sentence and name here is invented."""
import pytest

from readouts.transform.names import find_names
from readouts.transform.titles import is_title


def names(text):
    return [s.name for s in find_names(text, is_title)]


@pytest.mark.parametrize("text,expected", [
    # rule `western_word`: Mc / Mac / O' surnames and joined initials
    ("Wang met Sean O'Malley, President of Acme Corp.", ["Sean O'Malley"]),
    ("Ian MacLeod, Director of the Harbour Authority, spoke.", ["Ian MacLeod"]),
    ("Li met with Fiona McTavish, Mayor of Dunmore, on Friday.", ["Fiona McTavish"]),
    ("Wang met with R.T. Morozov, Director of the Consular Department.", ["R.T. Morozov"]),
    ("Camille B. Harlan, Treasurer of Brook County, attended.", ["Camille B. Harlan"]),
    # rule `four_word_name`
    ("Former Spanish Prime Minister Jose Luis Ortega Herrera praised the plan.", ["Jose Luis Ortega Herrera"]),
    ("Marshall Louis M. Ferrer, the consul general of the Philippines in Xiamen, said thanks.",
     ["Marshall Louis M. Ferrer"]),
    ("Abdullah Omar Abu Al-Hakim, Vice Chairman of the Council, spoke.", ["Abdullah Omar Abu Al-Hakim"]),
    # rule `hyphenated_office` ("co-chair") makes the appositive a title
    ("Li met with Helen Dawes, co-chair of the Dawes Family Foundation, on Friday.", ["Helen Dawes"]),
])
def test_western_name_shapes(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # rule `portfolio_word_not_name`: the last word of a portfolio is not the first word of the name
    ("Guests were Minister for Foreign Affairs Anders Lundqvist, Chief of Staff of the Army, and others.",
     ["Anders Lundqvist"]),
    ("Minister of Agriculture and Forestry Sirkka-Liisa Vainio, Governor of the Region, attended.",
     ["Sirkka-Liisa Vainio"]),
    ("Li met Secretary of the Treasury Henry Paulsen, Minister of Fisheries Tom Reed, and others.",
     ["Henry Paulsen", "Tom Reed"]),
    # rule `office_of_name` after a dotted abbreviation, and a name followed by "in"
    ("Li met Secretary of Commerce of the U.S. Gina Rossi in Beijing.", ["Gina Rossi"]),
    # office written in lower case before its complement
    ("Present were president of the Supreme Court Pekka Halla and others.", ["Pekka Halla"]),
    ("Chen met with Singapore's ambassador to China Stanley Ong in Kunming.", ["Stanley Ong"]),
])
def test_title_words_stay_out_of_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # rule `lower_office_name`
    ("Observers included French consul-general Jean-Yves Morel, UK consul-general Dominic James McTavish, "
     "acting consul-general Ray Brooks of the US Consulate-General to Wuhan, and manager Linda Ho of a trade office.",
     ["Jean-Yves Morel", "Dominic James McTavish", "Ray Brooks", "Linda Ho"]),
    ("The forum was attended by the prize winner in chemistry Dan Moreland and others.", ["Dan Moreland"]),
    ("Later the visiting judge Maria Kovac spoke.", ["Maria Kovac"]),
])
def test_lower_case_office_before_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "He met the governor of Hubei Province in Wuhan.",
    "He met the secretary of the Jilin Chamber of Commerce.",
    "Present were the president of the Asian Development Bank and others.",
    "The mayor of New York in 2020 said the city would help.",
    "The director of Public Security Bureau spoke.",
    "The president Thought Studies Center opened.",
    "The ambassador Extraordinary and Plenipotentiary arrived.",
    "Wang met the U.S. Trade Representative in Beijing.",
])
def test_no_name_from_offices_and_organisations(text):
    assert names(text) == []


def test_chairman_of_chamber_is_no_name():
    # the name before "chairman of the ... Chamber" stays, the chamber does not become a person
    assert names("Wang met Ge Hua, chairman of the Jilin Chamber of Commerce in Beijing.") == ["Ge Hua"]


def test_title_and_pinyin_name_never_four_words():
    assert names("Beijing Mayor Yin Yong, Deputy Secretary of the CPC, said.") == ["Yin Yong"]


# roles: the whole name reaches the tables
def _parties(text):
    from readouts.transform.parties import find_parties
    from readouts.transform.sentences import split_sentences
    return find_parties(text, split_sentences(text), None)


def test_presence_list_of_foreign_offices_keeps_whole_names():
    p = _parties("The reception was attended by Minister for Foreign Affairs Anders Lundqvist, Minister of Agriculture "
                 "and Forestry Sirkka-Liisa Vainio and other guests.")
    got = [r["name"] for r in p.attendees if r["kind"] == "person"]
    assert got == ["Anders Lundqvist", "Sirkka-Liisa Vainio"]


def test_visitor_after_office_and_abbreviation_is_attendee_and_speaker():
    p = _parties("Vice Premier Zhao Lin met with former Secretary of the Treasury of the U.S. Henry Paulsen in Beijing "
                 "on Tuesday. Paulsen said the two economies must talk more.")
    assert [r["name"] for r in p.attendees] == ["Henry Paulsen", "Zhao Lin"]  # the host who did not speak attended
    assert "Henry Paulsen" in [r["name"] for r in p.speakers]  # (rule `meeting_host`, parser 1.30.0)


def test_joined_initials_speaker():
    p = _parties("Assistant Minister Zhao Lin met with R.T. Morozov, Director of the Consular Department of the "
                 "Foreign Ministry of Ruritania. Morozov said the talks were useful.")
    assert "R.T. Morozov" in [r["name"] for r in p.attendees]
    assert "R.T. Morozov" in [r["name"] for r in p.speakers]


@pytest.mark.parametrize("text,expected", [
    ("Zhao Lin, founder of Nanchang Xinyi Robotics, and Wu Tao, CEO of Jiujiang Tianlan Energy, spoke.",
     ["Zhao Lin", "Wu Tao"]),
    ("Li Hua, chairman of Lanling Bright Optics, and Sun Bo attended.", ["Li Hua", "Sun Bo"]),
])
def test_organisation_after_lower_case_office_is_no_name(text, expected):
    assert names(text) == expected
