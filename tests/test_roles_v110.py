"""Parser 1.10.0 role rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import names, run


def test_presided_by_without_over_is_a_chair():
    p = run("The expert seminar was held at the Academy and was presided by Wu Kaiming, Secretary-General of the "
            "Alliance. At the beginning of the seminar, Wu Kaiming extended warm welcome and expressed gratitude to the "
            "experts.")
    assert p.chairs == ["Wu Kaiming"] and names(p.speakers) == {"Wu Kaiming"}


def test_a_relative_clause_on_the_meeting_held_names_its_chair():
    p = run("On the morning of January 19, the Party Committee of the Group held the Democratic Life Meeting of 2022, "
            "which was presided over by Huang Wenhai, the Secretary of the Party Committee. In the end, Comrade Huang "
            "Wenhai made a speech on behalf of the leaders.")
    assert p.chairs == ["Huang Wenhai"]


def test_a_relative_clause_on_a_studied_meeting_names_no_chair():
    p = run("Lu Ming chaired the meeting. The attendees studied the spirit of the plenary session of 2023, which was "
            "presided over by Zhao Leping.")
    assert p.chairs == ["Lu Ming"]


def test_the_chair_list_ends_where_a_with_clause_of_presence_begins():
    p = run("The meeting was presided by Vice Director Shen Zemin of the Bureau with Director Xia Xinhai and Vice "
            "Directors Xiao Liyun and Guo Youfa, also of the Bureau, attending the meeting.")
    assert p.chairs == ["Shen Zemin"]
    assert {"Xia Xinhai", "Xiao Liyun", "Guo Youfa"} <= names(p.attendees)


def test_taking_part_in_the_tour_is_presence_not_an_act_elsewhere():
    p = run("Huang Xinghai inspected the exhibition center of the new area. Yang Donghai, executive deputy mayor, and "
            "Gou Lihua, director of the Administrative Commission, also participated in the survey.")
    assert {"Yang Donghai", "Gou Lihua"} <= names(p.attendees)
    assert not {"Yang Donghai", "Gou Lihua"} & names(p.mentions)


def test_a_speech_during_an_inspection_elsewhere_is_still_a_mention():
    p = run("Lu Ming chaired the meeting. The meeting studied what Wang Kaihe said during his inspection in Shaanxi.")
    assert "Wang Kaihe" not in names(p.speakers) | names(p.attendees)
