"""Parser 1.11.0 role rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import names, run


def test_a_coordinated_clause_with_its_own_subject_shares_no_role():
    # the parser makes "attended" a conjunct of "chaired": A, B and C have a subject of their own
    # (a machine translation's run-on sentence)
    p = run("On March 3, the county CPPCC held its standing committee meeting, chairman of the CPPCC Deng Wenli "
            "chaired the meeting and delivered a speech, CPPCC party secretary wu, deputy mayor fang yuhe, vice "
            "chairman of the CPPCC Gu Liangbo, Shi Jianhua, the CPPCC Tang Jun party members and the CPPCC Lu "
            "Chengzhi secretary-general attended the meeting.")
    assert p.chairs == ["Deng Wenli"]
    assert {"Gu Liangbo", "Shi Jianhua", "Lu Chengzhi"} <= names(p.attendees)
    assert not {"Gu Liangbo", "Shi Jianhua", "Lu Chengzhi"} & names(p.speakers)


def test_the_agent_of_a_coordinated_passive_keeps_its_own_verb():
    p = run("The annual session was chaired by Ren Guoqing and attended by Zhou Lihua, Deputy Director of the "
            "Bureau, and Tang Weiming, Inspector of the Bureau.")
    assert p.chairs == ["Ren Guoqing"]
    assert {"Zhou Lihua", "Tang Weiming"} <= names(p.attendees)


def test_the_subject_of_a_passive_presence_verb_was_there_and_spoke():
    p = run("The council held its annual working meeting in Beijing. Kong Xiangrui, Vice Chairman of the Economic "
            "Committee, Bai Yunfeng, Deputy Director, the Research Office, Jin Shulan, Counselor, the Counselors' "
            "Office of the State Council, and other senior leaders were presented at the meeting and delivered "
            "important speeches.")
    for who in ("Kong Xiangrui", "Bai Yunfeng", "Jin Shulan"):
        assert who in names(p.speakers) and who in names(p.attendees)


def test_the_subject_of_a_passive_is_no_chair_of_it():
    p = run("Governor Lin Haoran presided over the meeting. Mayor Qiu Zhenbang was hosted by the provincial "
            "government at the guesthouse.")
    assert p.chairs == ["Lin Haoran"]


def test_a_list_after_include_runs_through_titles_with_capitalised_prepositions():
    p = run("Guests at the talks include: Vice Chairman of the Council for Trade Across the Pacific Rim Yao "
            "Dongsheng, Deputy Director-general of the Provincial Commerce Department Xie Baohua, Deputy Director of "
            "the Standing Committee of the Municipal People's Congress Pei Yulan, Vice Mayor Hao Jianping, and Board "
            "Chairman of the Ocean Glass Group Cheng Weiguo.")
    assert {"Yao Dongsheng", "Xie Baohua", "Pei Yulan", "Hao Jianping", "Cheng Weiguo"} <= names(p.attendees)


def test_a_verb_inside_a_relative_clause_is_not_the_hosts():
    p = run("Yesterday afternoon, Mayor Zhong Shiwei met with entrepreneurs who come to the city and attend the "
            "Investment Fair. Zhong Shiwei introduced the city's industrial parks to the guests.")
    assert "Zhong Shiwei" not in names(p.attendees)
    assert "Zhong Shiwei" in names(p.speakers)


def test_a_surname_in_capitals_refers_back_to_the_person():
    p = run("Secretary-General ZHANG Minghui traveled on May 4 to Yantai, where he met with GUO Peiran, Mayor of the "
            "city. Mayor GUO said that Yantai has close ties with its neighbours. SG ZHANG emphasized that the city "
            "has the experience and the will to cooperate.")
    assert {"Zhang Minghui", "Guo Peiran"} <= names(p.speakers)
    assert not {n for n in names(p.speakers) if n.isupper() or n.split()[0].isupper()}


def test_styles_of_address_and_plural_offices_are_no_words_of_a_titled_name():
    from readouts.transform.names import find_names
    from readouts.transform.titles import is_title

    def found(s):
        return [x.name for x in find_names(s, is_title)]
    assert found("Prime Minister Datuk Seri Kamal Harun met with the delegation.") == ["Kamal Harun"]
    assert found("Minister Tan Sri Abdul Wahid spoke first.") == ["Abdul Wahid"]
    assert found("Director Tan Wei Ming spoke first.") == ["Tan Wei Ming"]  # "Tan" alone is a surname
    assert "Rui Lam" in found("Other participants included the Institute's Executive Directors Rui Lam and others.")


def test_mdm_is_an_honorific():
    p = run("Accompanying the Ambassador were Mr Zhou Jianmin, Counsellor, and Mdm Fang Lihua, First Secretary.")
    assert {"Zhou Jianmin", "Fang Lihua"} <= names(p.attendees)


def test_a_given_name_refers_back_to_a_two_word_name():
    p = run("Prime Minister Datuk Seri Anwar Karim met with the visiting delegation here today. In his opening "
            "remarks, Anwar thanked the delegation for the visit.")
    assert "Anwar Karim" in names(p.speakers) and "Anwar" not in names(p.speakers)


def test_mongolian_names_after_a_patronymic_initial():
    from readouts.transform.names import find_names
    text = ("The forum is being attended by Minister of Food and Light Industry Ch.Batbold, Governor of Khentii "
            "aimag N.Enkhbayar and other officials. Mr.Wang met guests from St.Petersburg.")
    assert [x.name for x in find_names(text)] == ["Ch.Batbold", "N.Enkhbayar"]
    assert "Ch.Batbold" in names(run(text).attendees)


def test_a_present_perfect_progressive_is_presence_not_an_earlier_act():
    p = run("Ambassador Maria Souto Pereira has been participating since Sunday in a high-level seminar in the "
            "province, at the invitation of the trade council.")
    assert "Maria Souto Pereira" in names(p.attendees)
