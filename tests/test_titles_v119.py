"""Parser 1.19.0 title and name rules, on invented sentences (pure functions, no Prefect)."""
from readouts.transform.names import find_names
from readouts.transform.parties import find_parties
from readouts.transform.sentences import split_sentences
from readouts.transform.titles import clean_title, is_title, leading_titles, pre_name_title, split_pre_title


def run(text, title=None):
    return find_parties(text, split_sentences(text), title, learned=False)


def titles_of(p, name):
    return next(r["titles"] for r in p.speakers + p.attendees if r["name"] == name)


def test_the_body_after_a_comma_belongs_to_the_office():
    assert leading_titles(", Vice Minister, Planning Research Center of the State Council, attended the forum") == \
        ["Vice Minister, Planning Research Center of the State Council"]
    assert leading_titles(", Deputy Director, the Economic Committee, CPPCC, said") == \
        ["Deputy Director, the Economic Committee, CPPCC"]
    assert leading_titles(", Party Secretary, Weifang Municipal Committee, spoke") == \
        ["Party Secretary, Weifang Municipal Committee"]
    # a second office or a place that is no body stays apart or out
    assert leading_titles(", Director of the Bureau, Mayor of Weifang, spoke") == ["Director of the Bureau",
                                                                                   "Mayor of Weifang"]
    assert leading_titles(", Mayor, the city said") == ["Mayor"]


def test_the_organisation_after_the_name_completes_the_office_before_it():
    p = run("Director-General Zhou Ping of the NHC Planning Department and Secretary-General Bai Lin of the Qilu "
            "University Research Institute attended the meeting.")
    assert titles_of(p, "Zhou Ping") == ["Director-General of the NHC Planning Department"]
    assert titles_of(p, "Bai Lin")[-1].endswith("Secretary-General of the Qilu University Research Institute")
    p = run("President Zhou Ping of China spoke at the meeting.")
    assert titles_of(p, "Zhou Ping") == ["President"]  # a country is no body of the office here


def test_a_title_stops_at_a_past_verb_after_the_body():
    assert leading_titles(", Director-General of the Kenya-China Trade Council (KCTC) reiterated the President's "
                          "commitment") == ["Director-General of the Kenya-China Trade Council (KCTC)"]
    assert leading_titles(", General Manager of Qilu Silk Group greeted the guests warmly") == \
        ["General Manager of Qilu Silk Group"]
    assert leading_titles(", Chairman of Weifang-based Qilu Group, and CEO of X") == \
        ["Chairman of Weifang-based Qilu Group", "CEO of X"]


def test_and_so_on_closes_a_list_not_an_office():
    assert clean_title("CEO of Qilu Bank USA and so on") == "CEO of Qilu Bank USA"
    assert clean_title("Vice Governor etc.") == "Vice Governor"


def test_the_act_before_an_office_is_no_part_of_it():
    text = "Visiting Chinese Vice Premier Zhou Ping called on the Prime Minister."
    assert pre_name_title(text, text.index("Zhou"))[0] == "Chinese Vice Premier"
    text = "Visiting Professor Anna Berg gave a lecture."
    assert pre_name_title(text, text.index("Anna"))[0] == "Visiting Professor"


def test_offices_after_a_body_without_commas_split():
    assert split_pre_title("Chairman of the State Peace Council Prime Minister Senior General") == \
        ["Chairman of the State Peace Council", "Prime Minister", "Senior General"]
    assert split_pre_title("Secretary of the CPC Weifang Municipal Committee") == \
        ["Secretary of the CPC Weifang Municipal Committee"]
    assert is_title("General Manager")


def test_styles_and_honorifics_are_no_names_but_the_surname_tan_is():
    assert [n.name for n in find_names("Speaker Hon. Anura Perera welcomed the delegation.",
                                       is_title)] in ([], ["Anura Perera"])
    found = [n.name for n in find_names("Chinese Ambassador to Sri Lanka Mr. Zhou Ping was present.", is_title)]
    assert "Lanka Mr" not in found and "Zhou Ping" in found
    p = run("Dr Lim was accompanied by his deputy Datuk Dr Mah Keng Soon and vice-president Datuk Tan Teik Hock.")
    assert "Teik Hock" not in {r["name"] for r in p.attendees + p.unplaced}


def test_an_indefinite_pronoun_is_no_party_and_a_chapter_is_no_person():
    p = run("Ten entrepreneurs made speeches. Everyone spoke freely and put forward suggestions.")
    assert "Everyone" not in {r["name"] for r in p.speakers}
    p = run("Ni Hong, Chairman of the Qilu Chamber Chicago Chapter, made a speech at the gala.")
    assert "Chicago Chapter" not in {r["name"] for r in p.speakers}
