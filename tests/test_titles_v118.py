"""Parser 1.18.0 title rules, on invented sentences (pure functions, no Prefect)."""
import pytest

from readouts.transform.parties import find_parties
from readouts.transform.sentences import split_sentences
from readouts.transform.titles import comma_office_title, pre_name_title


def before(text, name):
    found = pre_name_title(text, text.index(name))
    return found[0] if found else None


@pytest.mark.parametrize("text, name, title", [
    ("Hunan provincial Party Secretary Zhou Ping met the guests.", "Zhou Ping", "Hunan provincial Party Secretary"),
    ("On Monday, the provincial Party Secretary Zhou Ping met the guests.", "Zhou Ping", "provincial Party Secretary"),
    ("Chinese Vice-minister for Commerce Zhou Ping paid a call on the Premier.", "Zhou Ping",
     "Chinese Vice-minister for Commerce"),
    ("The guests were received by senior Labour leader Anna Berg.", "Anna Berg", "senior Labour leader"),
    ("The former Party chief Zhou Ping spoke.", "Zhou Ping", "former Party chief"),
    ("São Tomé Governor José Neto opened the forum.", "José Neto", "São Tomé Governor"),
])
def test_titles_written_before_a_name(text, name, title):
    assert before(text, name) == title


@pytest.mark.parametrize("text, name, title", [
    ("The mayor hosted a dinner for the Minister for Trade and Industry, Anna Berg, and her delegation.", "Anna Berg",
     "Minister for Trade and Industry"),
    ("The delegation held talks with the Chief Administrator of Tigray Regional State, Tesfaye Alemu in Mekelle.",
     "Tesfaye Alemu", "Chief Administrator of Tigray Regional State"),
])
def test_an_office_with_its_article_before_the_name_in_commas(text, name, title):
    i = text.index(name)
    assert comma_office_title(text, i, i + len(name))[0] == title


def test_a_roll_keeps_each_office_to_its_own_name():
    text = "Present were Zhou Ping, the Mayor of Weifang, Anna Berg, and others."
    i = text.index("Anna Berg")
    assert comma_office_title(text, i, i + len("Anna Berg")) is None


def test_the_headline_writes_the_body_title_longer():
    text = "On May 24, President Zhou Ping met with a delegation of educators and said the two universities are partners."
    p = find_parties(text, split_sentences(text), "NWU President Zhou Ping met with a delegation of educators",
                     learned=False)
    assert p.speakers[0]["titles"] == ["NWU President"]
    # a headline title that is no longer form of the body's title leaves it alone
    p = find_parties(text, split_sentences(text), "Governor Zhou Ping met with educators", learned=False)
    assert p.speakers[0]["titles"] == ["President"]
