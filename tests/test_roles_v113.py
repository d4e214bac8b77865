"""Parser 1.13.0 role rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import names, run

from readouts.transform import syntax as S


def test_namely_after_a_plural_office_names_the_chairs():
    p = run("The plenary session was presided over by the executive chairmen of the presidium of the congress, "
            "namely Gu Lanfang, Ren Zhiyuan and Bai Hongtao.")
    assert p.chairs == ["Gu Lanfang", "Ren Zhiyuan", "Bai Hongtao"]
    assert not names(p.mentions)


def test_a_daily_work_duty_in_an_office_is_no_chair():
    p = run("Qin Lu, Deputy Head (presiding over the bureau's daily work) of the Planning Bureau, and Fan Yi, "
            "professor of the Normal University, attended the seminar.")
    assert p.chairs == []
    assert {"Qin Lu", "Fan Yi"} <= names(p.attendees)
    p = run("Director Qin Lu presided over the symposium.")
    assert p.chairs == ["Qin Lu"]


def test_co_chaired_keeps_every_agent():
    p = run("Co-chaired by Anil Kumar Sharma, Secretary of the Ministry of Trade, and Dawa Tsering, Director General "
            "of the Commerce Bureau, the forum discussed trade.")
    assert set(p.chairs) == {"Anil Kumar Sharma", "Dawa Tsering"}
    assert not names(p.mentions)


def test_the_tokenizer_keeps_co_chaired_whole_with_its_lemma():
    doc = S.load_model()("The forum was co-chaired by the two mayors.")
    word = next(t for t in doc if t.lower_.startswith("co"))
    assert (word.text, word.lemma_) == ("co-chaired", "co-chair")


def test_he_after_a_titled_subject_without_a_role_verb_is_that_subject():
    p = run("Vice mayor Tan Jun inspected the port. During the visit, Manager Kong Xiang gave a detailed report. "
            "Vice mayor Tan Jun highly praised the achievements of the port. He stressed the importance of safety.")
    assert "Tan Jun" in names(p.speakers)


def test_among_a_group_present_were_names_attendees():
    p = run("Among the leaders who were seated on the rostrum were Shi Wenbo, Kang Lixia and Tian Yuhang.")
    assert names(p.attendees) == {"Shi Wenbo", "Kang Lixia", "Tian Yuhang"}
    p = run("Among the guests were Shi Wenbo and Kang Lixia.")
    assert names(p.attendees) == {"Shi Wenbo", "Kang Lixia"}
    p = run("Among the founders of the company were Shi Wenbo and Kang Lixia.")
    assert names(p.attendees) == set()


def test_a_meeting_addressed_by_people_heard_them_speak():
    p = run("The summit was held in Xi'an on May 8 and was addressed by Lou Jianguo (President of the Society), "
            "Mei Xiaolan (Vice Minister of Education) and Rahul Menon (President of the Council).")
    assert {"Lou Jianguo", "Mei Xiaolan", "Rahul Menon"} <= names(p.speakers)


def test_speeches_given_by_a_colon_list():
    p = run("In the afternoon, keynote speeches were given by: Hong Zhiming, President of the Academy; Gao Ruoxi, "
            "Member of the Academy of Engineering (CAE); Pierre Lambert, member of the Society.")
    assert {"Hong Zhiming", "Gao Ruoxi", "Pierre Lambert"} <= names(p.speakers)


def test_the_sides_of_talks_held_between_them_attended():
    p = run("Talks were held between Pak Chol Min, vice minister of the DPRK, and Yao Jianhua, vice minister of "
            "China, at the Palace of Culture on Wednesday.")
    assert names(p.attendees) == {"Pak Chol Min", "Yao Jianhua"}
    p = run("The meeting between Yao Jianhua and Sheng Lin was held in Beijing last year.")
    assert names(p.attendees) == set()


def test_a_titled_name_with_a_hyphenated_given_name():
    from readouts.transform.names import find_names
    found = [n.name for n in find_names("Prime Minister Zia-ul-Rahman Qasim on Friday met Ma Lijun.")]
    assert "Zia-ul-Rahman Qasim" in found


def test_the_people_a_meeting_invited_attended_it():
    p = run("Chaired by Director Lan Xiaoyu, the seminar invited many experts for project evaluation, including "
            "Ding Guochen, deputy director of the Institute, and Peng Ruilin, general secretary of the Society.")
    assert {"Ding Guochen", "Peng Ruilin"} <= names(p.attendees)


def test_the_host_of_a_courtesy_call_attended():
    p = run("Bishnu Prasad Adhikari, Joint Secretary, paid a courtesy call on Qiu Dongmei, Vice-Chairman of the region.")
    assert "Qiu Dongmei" in names(p.attendees)
    p = run("Wang Ning will pay a courtesy call on Qiu Dongmei next year.")
    assert "Qiu Dongmei" not in names(p.attendees)


def test_valuing_and_endorsing_are_speech():
    p = run("Jiang Ruoyu, Hu Zhen and Lei Ming attended the seminar. During the seminar, Jiang Ruoyu strongly "
            "endorsed the idea of the alliance. In reply, Lei Ming highly valued the visit.")
    assert {"Jiang Ruoyu", "Lei Ming"} <= names(p.speakers)
    assert "Hu Zhen" not in names(p.speakers)


def test_reading_out_a_quoted_reply_is_speech():
    p = run('At the unveiling ceremony, Governor Tong Weiping read the "State Council\'s reply on the plan of the '
            'zone".')
    assert "Tong Weiping" in names(p.speakers)


def test_the_agent_of_a_reported_coordinated_passive_is_a_mention():
    p = run("Director Hua Ling chaired the meeting. Hua stressed that the free trade port was personally planned, "
            "deployed and announced by General Secretary Kuang Yuanbo.")
    assert "Kuang Yuanbo" in names(p.mentions)
