"""Parser 1.15.0 role rules, on invented sentences (pure functions, no Prefect)."""
from readouts.transform.parties import find_parties
from readouts.transform.sentences import split_sentences


def run(text, title=None, glued=False):
    return find_parties(text, split_sentences(text, glued=glued), title, learned=False)


def names(rows):
    return {r["name"] for r in rows}


def test_a_surname_reference_with_a_speech_verb_of_the_parse_makes_a_speaker():
    p = run("Mayor Anna Berg met with her counterpart Mr. Zhou Xinmin, Mayor of Wuhan. "
            "Zhou congratulated Berg on her election.")
    assert "Zhou Xinmin" in names(p.speakers)
    row = next(r for r in p.speakers if r["name"] == "Zhou Xinmin")
    assert row["rule"] == "syntax_reference"


def test_the_host_who_met_the_guest_and_welcomed_the_delegation_spoke():
    p = run("On May 8, Director General Kong Weiming met with Mr. Pablo Ruiz, the Consul General of Peru. "
            "Director General Kong welcomed the delegation and reviewed the exchanges between the two sides.")
    assert "Kong Weiming" in names(p.speakers)
    assert "Pablo Ruiz" in names(p.attendees)


def test_a_reference_gives_no_presence_and_no_role_to_an_act_placed_elsewhere():
    p = run("Vice Minister Hou Jianmin met with the delegation. Hou was accompanied by Deng Lifan.")
    assert "Hou Jianmin" not in names(p.attendees)
    p = run("Mayor Lin Hai met with the delegation. Chen Baoguo, an economist, told the Global Times that investors "
            "should stay calm. Chen welcomed the plan.")
    assert "Chen Baoguo" not in names(p.speakers)
    assert "Chen Baoguo" in names(p.mentions)


def test_seated_at_the_podium_with_the_names_after_the_verb_is_presence():
    p = run("Also seated at the podium were city leaders Tang Minghui, Xue Liqun and Fan Jiacheng. "
            "The meeting was presided over by Gu Yanbo.")
    assert {"Tang Minghui", "Xue Liqun", "Fan Jiacheng"} <= names(p.attendees)
    assert p.chairs == ["Gu Yanbo"]


def test_a_figure_glued_to_a_period_starts_a_new_sentence():
    text = ("Also present were Tang Minghui and Xue Liqun.423 deputies should have been present, and 390 were "
            "actually present.")
    assert [s.text for s in split_sentences(text, glued=True)] == [
        "Also present were Tang Minghui and Xue Liqun.", "423 deputies should have been present, and 390 were "
        "actually present."]
    assert len(split_sentences("See Article No.3 of the rules and v.2 of the plan.", glued=True)) == 1
