"""Attendee lists in the shapes of unseen readouts (issue 12): companions, coordinated passives, "including" lists
after a presence verb, "Those attending include:", "are among the attendees". Sentences written for these tests."""
from readouts.transform.parties import find_parties
from readouts.transform.sentences import split_sentences


def run(text, title=None):
    return find_parties(text, split_sentences(text), title)


def names(rows):
    return [r["name"] for r in rows]


def rules(rows):
    return {r["name"]: r["rule"] for r in rows}


def test_accompanied_by_list_are_attendees_not_the_actor():
    p = run("From May 3 to 4, Zhou inspected the cities of Lishui and Quzhou, accompanied by Fang Ruiqing, a member of "
            "the Standing Committee of the CPC Zhejiang Provincial Committee, and Tan Weiming, mayor of Lishui. "
            "Gu Hong presided over a symposium. He said the cities must grow.")
    assert names(p.attendees) == ["Fang Ruiqing", "Tan Weiming"]
    assert set(rules(p.attendees).values()) == {"accompanied_by"}
    assert names(p.speakers) == ["Gu Hong"] and p.mentions == []


def test_accompanied_by_at_sentence_start():
    p = run("Accompanied by City Leaders Xu Anping, Lin Dewen and Cao Jun, the delegation visited a port in Ningde.")
    assert names(p.attendees) == ["Xu Anping", "Lin Dewen", "Cao Jun"]


def test_second_passive_shares_the_subject_of_the_first():
    p = run("The forum, held in Hangzhou on Monday, was presided over by Ren Jiahe, and attended by Bai Xu, "
            "Lou Mingzhe and Dong Ping, while Qiu Lin delivered a keynote speech.")
    assert p.chairs == ["Ren Jiahe"]
    assert names(p.attendees) == ["Bai Xu", "Lou Mingzhe", "Dong Ping"]
    assert names(p.speakers) == ["Qiu Lin"]


def test_coordinated_passive_on_a_studied_meeting_is_no_presence():
    p = run("The meeting studied the spirit of the conference that was presided over by Ren Jiahe, and attended by "
            "Bai Xu and Dong Ping.")
    # (the parse step may still judge the agents; the lexical rule leaves the studied meeting alone)
    assert "passive_coordinated" not in rules(p.attendees).values() and p.chairs == []
    p = run("The forum, which was presided over by Ren Jiahe, and attended by Bai Xu and Dong Ping, closed on Friday.")
    assert p.chairs == ["Ren Jiahe"] and names(p.attendees) == ["Bai Xu", "Dong Ping"]


def test_passive_list_stops_at_a_second_passive():
    p = run("The session was chaired by Tian Yu and addressed by Kong Fanxi.")
    assert p.chairs == ["Tian Yu"] and names(p.speakers) == ["Kong Fanxi"]
    assert p.attendees == []


def test_while_starts_a_new_clause_for_the_subject():
    p = run("Pan Yue and Shi Kai attended the meeting, while Lu Wenhao made a report on the budget.")
    assert names(p.attendees) == ["Pan Yue", "Shi Kai"] and names(p.speakers) == ["Lu Wenhao"]


def test_group_attended_including_semicolon_list():
    p = run("More than 300 guests attended the opening ceremony, including Jiang Haibo, Secretary of the CPC Ningxia "
            "Regional Committee; Wu Lan, Deputy Secretary of the Committee and Chairwoman of the Regional Government; "
            "and Ye Cheng, Vice Minister of Commerce.")
    assert [n for n in names(p.attendees) if n != "More than 300 guests"] == ["Jiang Haibo", "Wu Lan", "Ye Cheng"]
    assert rules(p.attendees)["Wu Lan"] == "attended_including"


def test_attended_including_comma_list_and_no_topics():
    p = run("Senior officials attended the fair, including Vice Governor Meng Xia and Ma Hongyu.")
    assert "Meng Xia" in names(p.attendees) and "Ma Hongyu" in names(p.attendees)
    p = run("Deputies attended several events, including the opening ceremony of the Expo.")
    assert [r for r in p.attendees if r["kind"] == "person"] == []


def test_reported_or_future_including_list_is_no_presence():
    p = run("Qin Lan said that many leaders had attended the expo last year, including Zhu Ping and Hao Jun.")
    assert "Zhu Ping" not in names(p.attendees) and "Hao Jun" not in names(p.attendees)


def test_those_attending_include_colon_list():
    p = run("Those also attending the meeting include: Kang Wei, the Secretary General of the association; "
            "Luo Bin, Vice Governor of Gansu Province; Yan Shu, a member of the Standing Committee.")
    assert names(p.attendees) == ["Kang Wei", "Luo Bin", "Yan Shu"]
    p = run("Those present at the gala were Sun Wenjie and Du Ming.")
    assert names(p.attendees) == ["Sun Wenjie", "Du Ming"]


def test_are_among_the_attendees():
    p = run("Cao Ming, chairman of the research institute, and Vice Minister of Finance Ruan Kai are among "
            "attendees at the forum.")
    assert names(p.attendees) == ["Cao Ming", "Ruan Kai"]
    p = run("Xu Wei was also among the guests at the banquet.")
    assert names(p.attendees) == ["Xu Wei"]
