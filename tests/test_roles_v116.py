"""Parser 1.16.0 role rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import names, run


def test_signers_are_attendees():
    # rule `signatory` (parser 1.22.0; before it, signers were participants without a row)
    p = run("At the ceremony on June 3, Mayor Karl Jensen and Vice Mayor Zhou Heping signed a memorandum of "
            "understanding on cooperation between the two cities.")
    assert names(p.attendees) == {"Karl Jensen", "Zhou Heping"} and not names(p.mentions)


def test_the_one_called_on_is_the_counterpart():
    p = run("On May 4, Ambassador Omar Farid called on Qiu Lihua, Secretary of the Municipal Party Committee, "
            "and offered cooperation between the automobile companies of the two countries.")
    assert "Qiu Lihua" in names(p.attendees)
    row = next(r for r in p.attendees if r["name"] == "Qiu Lihua")
    # (1.36.0) "called on <Person>" is a visit for the role-verb rules too (`meet_object`), not only for the parse
    assert row["rule"] in ("syntax_counterpart", "meet_object")
    assert "Omar Farid" not in names(p.speakers)


def test_called_on_someone_to_act_is_an_appeal_not_a_visit():
    p = run("At the meeting, Governor Lan Shaomin called on Deputy Governor Hu Bin to strengthen flood control.")
    assert "Hu Bin" not in names(p.attendees)


def test_the_sender_of_a_courtesy_call_is_the_counterpart():
    p = run("Deputy President Thabo Nkosi received a courtesy call on Wednesday from the Ambassador of China, "
            "Liang Xiaoqing.")
    assert "Liang Xiaoqing" in names(p.attendees)


def test_a_news_agency_credited_at_the_end_is_no_party():
    p = run("The two sides decided to promote partnership between Punjab and major Chinese cities, APP reported.")
    assert "APP" not in names(p.speakers)


def test_a_party_name_holds_no_quote_and_no_department_word():
    p = run('"We should continue the long friendship between China and Bulgaria," Fu added.')
    assert not any('"' in n or "," in n for n in names(p.speakers))
    p = run("The Secretary for Constitutional and Mainland Affairs, Mr Raymond Tam, called on the Vice Governor of "
            "Hunan Province, Mr Zhang Jianfei, today.")
    assert "Mainland Affairs" not in names(p.speakers) | names(p.attendees)


def test_sardar_is_a_style_not_a_name():
    p = run("Chinese Vice President Wang Shuhai met with Punjab Chief Minister Sardar Imran Tareen at his office.")
    assert "Imran Tareen" in names(p.attendees)


def test_the_people_a_delegation_included_were_there():
    p = run("On May 3, Governor Wang Qingxian met with a delegation from Beijing. The Chinese delegation was headed by "
            "former ambassador Zhang Jinxiong and included Li Cuiying, counsellor of the Department; Song Junying, "
            "director of the Institute; and Chen Haoyue, attaché at the Department.")
    assert {"Zhang Jinxiong", "Li Cuiying", "Song Junying", "Chen Haoyue"} <= names(p.attendees)
    assert {r["rule"] for r in p.attendees if r["name"] not in ("Zhang Jinxiong", "Wang Qingxian")} == \
        {"syntax_delegation"}  # (the governor who met them: `meeting_host`, parser 1.30.0)
    p = run("On May 3, the mayor met the visitors. Members of the delegation included Vice Foreign Minister Deng Hua "
            "and Secretary-General Liu Qiming.")
    assert {"Deng Hua", "Liu Qiming"} <= names(p.attendees)


def test_among_those_in_the_delegation():
    p = run("On May 3, the governor met the delegation. Vice Governor Zong Guohua, director-general Zhang Yanming and "
            "deputy director-general Lu Wenming were among those in the delegation.")
    assert {"Zong Guohua", "Zhang Yanming", "Lu Wenming"} <= names(p.attendees)


def test_a_plan_that_included_a_name_is_no_presence():
    p = run("On May 3, the governor met the delegation. The plan included a proposal by economist Liu Dehua.")
    assert "Liu Dehua" not in names(p.attendees)


def test_escorted_by_is_accompanied_by():
    p = run("On May 3, Vice Premier Ding Wei inspected the port of Ningbo, escorted by Mayor Tang Feifan.")
    assert "Tang Feifan" in names(p.attendees)


def test_a_speech_by_someone_during_the_meeting_makes_a_speaker():
    p = run("On May 3, the forum opened in Zhongshan. During the opening speech by deputy mayor Mr. Lei Yuehua, he "
            "highlighted Zhongshan as a city where entrepreneurs make their dreams come true.")
    assert "Lei Yuehua" in names(p.speakers)
    p = run("On May 3, the meeting studied the spirit of the important speech by General Secretary Xi Jinping.")
    assert "Xi Jinping" not in names(p.speakers)


def test_the_one_given_the_floor_spoke():
    p = run("On May 3, Vice President Peng Zhenhua introduced the members of the delegation and then gave the floor "
            "to Chen Yiling, director of the international cooperation department.")
    assert "Chen Yiling" in names(p.speakers)


def test_under_the_supervision_of_is_presence():
    p = run("On May 3, Liu and Wang took the constitutional oath under the supervision of Du Zhiming, executive "
            "chairman of the congress.")
    assert "Du Zhiming" in names(p.attendees)


def test_presenting_projects_is_speech_presenting_souvenirs_is_not():
    p = run("On May 3, the delegation visited the company. Its chairman Wu Zhiming presented the ongoing projects in "
            "the power sector.")
    assert "Wu Zhiming" in names(p.speakers)
    p = run("On May 3, the delegation visited the university. Later, Vice Chancellor Li Dehai presented souvenirs to "
            "the delegation.")
    assert "Li Dehai" not in names(p.speakers)


def test_an_office_before_a_style_of_address_is_the_title():
    p = run("On May 3, Chinese Vice President Wang Qishan met with Punjab Chief Minister Sardar Imran Tareen at his "
            "office. Imran Tareen said ties were strong.")
    row = next(r for r in p.speakers if r["name"] == "Imran Tareen")
    assert row["titles"] == ["Punjab Chief Minister"]
    p = run("On May 3, Prime Minister Datuk Seri Anwar Rahman said ties were strong.")
    assert p.speakers[0]["titles"] == ["Prime Minister"]


def test_a_title_does_not_end_with_and():
    p = run("On May 4, Ambassador Omar Farid called on Qiu Lihua, Member of the Municipal Standing Committee and "
            "Secretary of the Working Committee of Wuhan and offered cooperation. Qiu said Wuhan welcomed it.")
    row = next(r for r in p.attendees if r["name"] == "Qiu Lihua")
    assert not any(t.endswith(" and") for t in row["titles"])


def test_a_country_after_a_place_of_several_words_closes_the_office():
    from readouts.transform.titles import leading_titles
    assert leading_titles(", Mayor of Port Vila, Vanuatu, said the city welcomed investors.") == \
        ["Mayor of Port Vila, Vanuatu"]
    assert leading_titles(", Mayor of Port Vila, Governor Wang said.")[0] == "Mayor of Port Vila"


def test_an_ampersand_inside_an_organisation_name():
    from readouts.transform.titles import leading_titles
    assert leading_titles(", deputy director of Central Compilation & Translation Bureau, said") == \
        ["deputy director of Central Compilation & Translation Bureau"]
    assert leading_titles(", Chairman & CEO of Huawei, said") == ["Chairman", "CEO of Huawei"]


def test_the_members_a_delegation_consists_of_were_there():
    p = run("On May 3, the minister received a delegation composed of Vice Mayor Li Shenhua and Director Zhang Shuping.")
    assert {"Li Shenhua", "Zhang Shuping"} <= names(p.attendees)
    p = run("On May 3, the minister received a delegation consisting of Vice Mayor Li Shenhua and Director Zhang "
            "Shuping.")
    assert {"Li Shenhua", "Zhang Shuping"} <= names(p.attendees)
