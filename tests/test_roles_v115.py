"""Parser 1.15.0 role rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import names, rule_of, run

from readouts.transform.sentences import split_sentences


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
    # his presence comes from the meeting he held (rule `meeting_host`, parser 1.30.0), not from the reference
    assert rule_of(p.attendees, "Hou Jianmin") == "meeting_host"
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


def test_a_manner_adverb_between_the_speaker_and_the_verb():
    p = run("Vice Mayor Tang Minghui fully affirmed the achievements of the company.")
    assert [(r["name"], r["rule"]) for r in p.speakers] == [("Tang Minghui", "finite_speech")]
    # "successfully concluded" is no speech of the body, "repeatedly stressed" still places the act elsewhere
    p = run("On December 4, the Standing Committee of the Provincial People's Congress successfully concluded its "
            "16th session.")
    assert not p.speakers
    p = run("The governor met the delegates. General Secretary Xue Liqun repeatedly stressed that the expo matters.")
    assert "Xue Liqun" not in names(p.speakers)


def test_companies_listed_after_enterprises_including_speak():
    p = run("Representatives from Chinese and foreign enterprises including China Energy Engineering Group, "
            "BMW Brilliance Automotive Ltd. and 3SBio Inc. made speeches.")
    assert names(p.speakers) == {"China Energy Engineering Group", "BMW Brilliance Automotive Ltd.", "3SBio Inc."}


def test_sub_districts_speak_as_places_and_guidance_is_speech():
    p = run("During the meeting, Dinghai Road Sub-district, Daqiao Sub-district, District Culture Bureau, and "
            "District Market Supervision Bureau gave exchange speeches, and Xue Kan provided guidance.")
    assert names(p.speakers) == {"Dinghai Road Sub-district", "Daqiao Sub-district", "District Culture Bureau",
                                 "District Market Supervision Bureau", "Xue Kan"}


def test_an_office_written_before_the_name_of_a_counterpart():
    p = run("The Chief Executive, Mrs Carrie Lam (third left), meets with the Secretary of the CPC Guangdong "
            "Provincial Committee, Mr Li Xi (third right) and the Governor of Guangdong Province, Mr Ma Xingrui "
            "(second right), in Guangzhou today.")
    assert {"Li Xi", "Ma Xingrui"} <= names(p.attendees)


def test_those_present_included_with_dash_lists():
    p = run("Those present at the meeting included Cui Mingde, leader of the Guidance Group, three other members of "
            "the Group\u2014Dou Aimin, Cheng Fanzhao and Han Yinghao, and university leaders\u2014Zhang Tiezhu and "
            "Liu Guohua.")
    assert {"Cui Mingde", "Dou Aimin", "Cheng Fanzhao", "Han Yinghao", "Zhang Tiezhu", "Liu Guohua"} <= \
        names(p.attendees)
    p = run("The present leaders of the city included Zhang Tiezhu and Liu Guohua.")
    assert not names(p.attendees)


def test_a_fronted_presence_participle_before_there_was():
    p = run("Attending the meeting with Vice Chairman Dang Xuan Thanh, on the side of the Academy, there was also "
            "Dr. Dinh Quang Hai, Director of the Institute of History; Dr. Nguyen Gia Doi, Director of the Institute "
            "of Archeology.")
    assert {"Dinh Quang Hai", "Nguyen Gia Doi"} <= names(p.attendees)


def test_accompanied_by_offices_with_to_and_long_bodies():
    p = run("Chen Min'er met with President Rodrigo Duterte. Chen was accompanied by Chinese Ambassador to the "
            "Philippines Zhao Jianhua, Vice Minister of the International Department of the CPC Central Committee Guo "
            "Yezhou, and Executive Vice Mayor of Chongqing Municipal People's Government Wang Fu.")
    assert {"Zhao Jianhua", "Guo Yezhou", "Wang Fu"} <= names(p.attendees)
    row = next(r for r in p.attendees if r["name"] == "Zhao Jianhua")
    assert row["titles"] == ["Chinese Ambassador to the Philippines"]


def test_a_roll_of_more_than_twenty_names_reaches_its_end():
    roll = ["Wei Gang", "He Ruli", "Huang Liyun", "Li Zhiming", "Yang Xianghong", "Ma Yunfeng", "He Yong", "Hou Sheng",
            "Liu Jiangyue", "Yang Shizhuang", "E Tun", "Liu Yongzan", "Wang Yu", "Li Chaowei", "Fang Sheng",
            "Guan Guozhao", "Yang Liyun", "Xiao Zhanxian", "Dao Xiaorui", "Zhu Qi", "Kong Legan", "Song Yufa",
            "Yu Zhongsheng", "Li Xiaohong"]
    p = run("Among the leaders who were seated on the rostrum were " + ", ".join(roll[:-1]) + " and " + roll[-1] + ".")
    assert names(p.attendees) == set(roll)


def test_the_last_country_of_a_roll_is_no_person():
    p = run("Participants in this delegation include Bangladesh, Chile, Romania, Hungary, Australia, Consul General, "
            "Honorary Consul and Representative from Hong Kong.")
    assert not names(p.attendees) | names(p.unplaced)


def test_titles_stop_at_time_phrases_and_a_delegation():
    from readouts.transform import titles as T
    assert T.leading_titles(", Mayor of Guangzhou and Co-President of Metropolis during his recent visit to China "
                            "from October 31 to November 6.") == ["Mayor of Guangzhou", "Co-President of Metropolis"]
    assert T.leading_titles(", Senior Vice Minister of Agriculture of Japan on April 3rd, said") == [
        "Senior Vice Minister of Agriculture of Japan"]
    assert T.leading_titles(", Chairman of COSCO Shipping (Hong Kong) and his delegation") == [
        "Chairman of COSCO Shipping (Hong Kong)"]
    assert T.leading_titles(", Chairman of the Committee on Foreign Affairs, said") == [
        "Chairman of the Committee on Foreign Affairs"]


def test_as_well_as_separates_two_offices_and_a_plenipotentiary_is_one():
    from readouts.transform import titles as T
    assert T.leading_titles(", Deputy Secretary of Putian Municipal CPC Committee as well as Mayor of the People's "
                            "Government of Putian City, said") == [
        "Deputy Secretary of Putian Municipal CPC Committee", "Mayor of the People's Government of Putian City"]
    assert T.leading_titles(", Ambassador Extraordinary and Plenipotentiary of China to the Republic of Vanuatu, Chen "
                            "Baiwei, Deputy Director") == [
        "Ambassador Extraordinary and Plenipotentiary of China to the Republic of Vanuatu"]


def test_a_lower_case_body_between_the_place_and_the_office_before_a_name():
    p = run("Chairman Ma met with Yangjiang municipal Party committee secretary Wei Hongguan. Wei Hongguan said the "
            "city welcomes investment.")
    assert [(r["name"], r["titles"]) for r in p.speakers] == [
        ("Wei Hongguan", ["Yangjiang municipal Party committee secretary"])]
    p = run("Sichuan Provincial Party Committee Secretary Wang Xiaohui said the work matters.")
    assert p.speakers[0]["titles"] == ["Sichuan Provincial Party Committee Secretary"]


def test_he_after_a_fronted_subordinate_clause_is_its_subject():
    p = run("A delegation led by Li Rouhong, Chairman of the Peace Foundation, paid a visit to Guiyang. When Chairman "
            "Li Rouhong was asked about his impression of the visit, he said, \u201cGuiyang has good policy\u201d.")
    assert "Li Rouhong" in names(p.speakers)


def test_a_chinese_surname_written_first_in_a_three_word_name_is_a_reference():
    p = run("Mayor Wang Dong met the delegation. Tan Sri Ong Ka Ting led the delegation. Tan Sri Ong thanked the "
            "Regional Party Committee for its hospitality.")
    assert "Ong Ka Ting" in names(p.speakers)
    p = run("Prime Minister Samdech Akka met the delegation. In reply, Samdech Techo Hun Sen thanked China.")
    assert "Samdech Akka" not in names(p.speakers)


def test_names_in_brackets_after_a_dateline_are_reporters():
    p = run("China News Agency, Beijing, January 3 (Yang Chengchen, Li Yuxue), the forum was held. Yang Chengchen and "
            "Li Yuxue attended the forum.")
    assert names(p.mentions) == {"Yang Chengchen", "Li Yuxue"}
    assert not names(p.attendees)
    assert {m["rule"] for m in p.mentions} == {"byline"}
    p = run("SEOUL, April 20 (Yonhap) \u2014 Minister Park Jin met Wang Yi in Seoul.")
    assert not names(p.mentions)


def test_the_leader_at_the_core_of_the_central_committee_is_a_mention():
    p = run("Mayor Li Ming met the delegation. Shen Yueyue outlined the development of women's undertakings under "
            "the leadership of the CPC Central Committee, with General Secretary Xi Jinping as its core.")
    assert [(m["name"], m["rule"]) for m in p.mentions] == [("Xi Jinping", "reference_of")]


def test_a_bare_middle_initial_in_a_western_name():
    p = run("Austin A Lane, President of Texas Southern University, and Kendall T Harris, Dean, attended the meeting.")
    assert {"Austin A Lane", "Kendall T Harris"} <= names(p.attendees)


def test_japanese_surnames_in_capitals_after_an_office_or_before_a_bracket():
    p = run("On June 15, Consul General Xue Jian paid a visit to President FUJISAWA Masato. Their meeting was also "
            "attended by Vice President NAKAMURA Tamotsu (Director of the Institute) and OHMURA Naoto(Executive Vice "
            "President).")
    assert {"Fujisawa Masato", "Nakamura Tamotsu", "Ohmura Naoto"} <= names(p.attendees)
    p = run("Minister Li Hua met the delegation of MOFA Japan.")
    assert not any("Japan" in n for n in names(p.attendees) | names(p.unplaced))
