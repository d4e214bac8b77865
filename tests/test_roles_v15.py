"""Parser 1.5.0 rules, on invented sentences in the readout genre (pure functions, no Prefect)."""
from readouts.transform import names as N
from readouts.transform import titles as T
from readouts.transform.parties import find_parties
from readouts.transform.roles import verb_hits
from readouts.transform.sentences import split_sentences


def run(text, title=None, bylines=()):
    return find_parties(text, split_sentences(text), title, bylines=bylines)


def names(rows):
    return sorted(r["name"] for r in rows)


def row(rows, name):
    return next(r for r in rows if r["name"] == name)


# ------------------------------------------------------------------ speech acts (`courtesy_speech`, roles.SPEECH)
def test_extended_welcome_makes_a_companion_a_speaker():
    p = run("Accompanied by Deputy Mayor Tao Ruimin, a delegation led by Governor Fan Jiewen visited Lishui on Monday. "
            "At the briefing, Deputy Mayor Tao Ruimin extended a warm welcome to the delegation.")
    assert "Tao Ruimin" in names(p.speakers)
    assert row(p.speakers, "Tao Ruimin")["rule"] == "finite_speech"


def test_extended_greetings_and_comments_are_speech():
    for verb in ("extended Spring Festival greetings and gratitude to the experts",
                 "extended congratulations on the opening of the congress",
                 "made positive comments on the work of the association",
                 "thanked the hosts for the arrangements", "hailed the progress of the project",
                 "provided recommendations on vocational training",
                 "put forward suggestions on rural roads", "talked about the reform of universities"):
        p = run(f"Qiu Hanlin, president of the Hexi Institute, {verb}.")
        assert names(p.speakers) == ["Qiu Hanlin"], verb


def test_extended_deadline_is_no_speech():
    p = run("Qiu Hanlin extended the deadline for applications.")
    assert p.speakers == []


def test_told_after_fronted_content_is_speech_despite_a_date_inside_it():
    p = run("Foreign Minister Rao Zhiheng met with the Secretary of State on Friday. The visit aims to implement the "
            "consensus the two presidents reached in Lima last year and to stabilise relations, Rao told the visitor.")
    assert "Rao Zhiheng" in names(p.speakers)


def test_described_in_a_relative_clause_speaks():
    p = run("Also at the meeting was Tan Mingbo, director of the Provincial Center for Disease Control, who described "
            "the influenza situation in the spring.")
    assert "Tan Mingbo" in names(p.speakers)
    assert row(p.speakers, "Tan Mingbo")["rule"] == "relative_speech"
    assert row(p.speakers, "Tan Mingbo")["titles"] == ["director of the Provincial Center for Disease Control"]


def test_where_clause_subject_is_a_back_reference():
    p = run("Zhang Qiyuan, vice-minister of the Rural Research Center, met with a delegation from Bavaria on May 3, "
            "where Zhang explained the policies on rural revitalization.")
    assert names(p.speakers) == ["Zhang Qiyuan"]


def test_reported_count_is_no_speech_and_a_weekday_is_no_party():
    assert not [h for h in verb_hits("Gansu reported 42 new local cases.") if h.role == "speech"]
    p = run("Tuesday, Gansu reported 42 new local cases.")
    assert p.speakers == []


def test_speech_at_a_recent_other_meeting_is_a_mention():
    p = run("A speech by Wei Hongjun was studied at the conference. Wei delivered the speech at a recent meeting of "
            "the Standing Committee of the provincial Party committee.")
    assert p.speakers == []
    assert names(p.mentions) == ["Wei Hongjun"]


def test_titled_object_of_a_preposition_is_no_subject():
    p = run("At the meeting, the secretaries of six counties including Anji, Pujiang and Kaihua exchanged their "
            "experience of implementing the instructions of General Secretary Wei Hongjun, shared their "
            "achievements and talked about the next stage.")
    assert "Wei Hongjun" not in names(p.speakers)


def test_bodies_in_a_list_of_places_are_one_speaker():
    p = run("Trade council sub-committees in Anhui, Henan and Gansu put forward suggestions on exhibitions.")
    assert [(r["name"], r["kind"]) for r in p.speakers] == [("Trade council sub-committees in Anhui, Henan and Gansu",
                                                              "organization")]


def test_objects_of_a_visit_are_not_speakers():
    p = run("Huang Qiang, Secretary of the Provincial Party Committee, successively visited the Provincial "
            "Seismological Bureau, the Provincial Institute of Geology and Mapping, and the Western Survey Center, "
            "met with and expressed his regards to the staff on duty.")
    assert names(p.speakers) == ["Huang Qiang"]
    assert p.attendees == []


# ------------------------------------------------------------------ presence
def test_rostrum_seating_is_presence():
    p = run("Gao Shiming, Lin Dehua and Yao Peiqing, vice-chairmen of the provincial CPPCC, sat in the front row of "
            "the rostrum. Qin Xuelan, Mo Jianping and Luo Tiancheng, executive chairmen of the presidium of the second "
            "session, were also seated on the rostrum.")
    assert names(p.attendees) == sorted(["Gao Shiming", "Lin Dehua", "Yao Peiqing", "Qin Xuelan", "Mo Jianping",
                                         "Luo Tiancheng"])


def test_with_name_on_hand_is_present():
    p = run("The commission held a meeting on flood control in Yichang on April 2, with Fu Lanying, a vice minister "
            "of the commission, on hand to address the gathering.")
    assert "Fu Lanying" in names(p.attendees)


def test_attended_by_prize_winner_and_office_after_an_article():
    p = run("The dinner was attended by the 2015 Nobel Prize winner in medicine Harald Brenner, the 2019 Nobel Prize "
            "winner in physics Ottmar Keller and other foreign experts as well as Vice Premier Ding Kaiyuan.")
    assert names(r for r in p.attendees if r["kind"] == "person") == ["Ding Kaiyuan", "Harald Brenner", "Ottmar Keller"]
    assert row(p.attendees, "Harald Brenner")["titles"] == []  # the next person's title is not his


def test_dignitaries_attending_include_and_observers_sat_in():
    p = run("Dignitaries attending the forum include Vice Chairman Rong Baiqiang of the Provincial CPPCC and former "
            "Ambassador to Peru Tian Weimin.")
    assert names(p.attendees) == ["Rong Baiqiang", "Tian Weimin"]
    p = run("Eleven observers, including French consul-general Pierre Lamont and director Kwan Wing-shun of the trade "
            "office in Hefei, sat in on the opening session.")
    assert {"Pierre Lamont", "Kwan Wing-shun"} <= set(names(p.attendees))


# ------------------------------------------------------------------ credits
def test_reporters_named_in_the_lead_are_credits_not_speakers():
    p = run("Hubei Daily reporters Fan Lirong and Qiu Jianmin reported that the session closed on Monday. "
            "Zhou Haibin presided over the meeting and delivered a speech.")
    assert names(p.speakers) == ["Zhou Haibin"]
    assert {(m["name"], m["rule"]) for m in p.mentions} == {("Fan Lirong", "byline"), ("Qiu Jianmin", "byline")}
    assert N.press_names("Hubei Daily reporters Fan Lirong and Qiu Jianmin reported") == ["Fan Lirong", "Qiu Jianmin"]


# ------------------------------------------------------------------ names
def test_upper_case_surname_and_excellency():
    assert [sp.name for sp in N.find_names("Ambassador TANG Weiguo delivered remarks.")] == ["Tang Weiguo"]
    p = run("H.E. Ambassador TANG Weiguo hosted a reception. Ambassador Tang noted the progress of relations.")
    assert row(p.speakers, "Tang Weiguo")["titles"] == ["Ambassador"]


def test_headline_verb_and_plural_office_are_no_name_words():
    t = "On June 3, Ambassador Zhou Minghao Attended the Forum and delivered a speech."
    assert [sp.name for sp in N.find_names(t, T.is_title)] == ["Zhou Minghao"]
    assert not [sp for sp in N.find_names("Ambassadors and Consul Generals to 12 countries visited Weihai.")
                if "Generals" in sp.name]
    assert not N.find_names("the County and County Mayor Symposium")


# ------------------------------------------------------------------ titles
def test_titles_in_brackets_after_names():
    p = run("Gao Wenjun (member of the Standing Committee and vice governor of Jiangsu), Li Pingchuan (the mayor of "
            "Xuzhou) made speeches, respectively.")
    assert row(p.speakers, "Gao Wenjun")["titles"] == ["member of the Standing Committee", "vice governor of Jiangsu"]
    assert row(p.speakers, "Li Pingchuan")["titles"] == ["mayor of Xuzhou"]


def test_lower_case_office_after_an_article_or_a_place():
    t = "A group of leaders led by the deputy governor Qu Jianping held a symposium."
    assert T.pre_name_title(t, t.index("Qu")) == ("deputy governor", t.index("deputy"))
    t = "Gansu vice governor Qu Jianping met the envoy."
    assert T.pre_name_title(t, t.index("Qu")) == ("Gansu vice governor", 0)


def test_title_stops_at_a_relative_or_a_verb():
    assert T.leading_titles(", director general of the Control Bureau who analyzed the new issues") == [
        "director general of the Control Bureau"]
    assert T.leading_titles(", executive dean of School of Law introduced the achievements") == [
        "executive dean of School of Law"]


def test_professions_as_titles():
    assert T.leading_titles(", China's top diplomat and Foreign Minister, met") == ["China's top diplomat",
                                                                                   "Foreign Minister"]
    assert T.leading_titles(", biology teacher from Nanhu Middle School, said") == [
        "biology teacher from Nanhu Middle School"]


# ------------------------------------------------------------------ sentences
def test_sentences_joined_without_a_space_stay_one_sentence():
    """Guideline 2.8: a split needs whitespace after the period; a source's missing space does not split."""
    t = "He met the experts ahead of the Spring Festival.The dinner was attended by Ding Kaiyuan."
    assert [s.text for s in split_sentences(t)] == [t]


# ------------------------------------------------------------------ lists and counterparts
def test_they_are_list_after_a_group_of_speakers():
    p = run("Five private entrepreneurs who are members of the chamber made keynote speeches at the summit. They are "
            "Hu Dongsheng, chairman of the Lanling Group, Pan Yuxin, chairman of the Qiaoyuan Group, and Cai Liwen, "
            "chairman of Xinfeng Holdings.")
    assert names(p.speakers) == ["Cai Liwen", "Hu Dongsheng", "Pan Yuxin"]
    assert row(p.speakers, "Pan Yuxin")["rule"] == "they_are_list"
    assert row(p.speakers, "Pan Yuxin")["titles"] == ["chairman of the Qiaoyuan Group"]


def test_they_are_without_a_group_before_gives_nothing():
    p = run("The city has two sister cities. They are Hu Dongsheng and Pan Yuxin.")
    assert p.speakers == [] and p.attendees == []


def test_delegation_led_by_a_long_title_and_guests_including():
    p = run("Mayor Shi Wenbo met with the delegation led by Former Mayor of Basel and President of the Swiss-China "
            "Friendship Society Dr. Jonas Imhof.")
    assert names(p.attendees) == ["Jonas Imhof", "Shi Wenbo"]  # Shi Wenbo, the host: `meeting_host` (1.30.0)
    p = run("Mayor Shi Wenbo met foreign guests attending the Riverside Forum on Green Growth, including Ana Ferreira, "
            "president of the Atlantic Bank, and former Kenyan Prime Minister Peter Otieno, on Thursday.")
    assert {"Ana Ferreira", "Peter Otieno"} <= set(names(p.attendees))


def test_one_word_name_with_an_apposition_moves_he():
    p = run("On Monday, Bayartai, Party chief of the region and Lu Wenhao, governor of the region, met with Qiu "
            "Hanlin, chairman of the Hexi Chamber. Bayartai welcomed the guests. He said the region will improve "
            "services.")
    assert "Lu Wenhao" not in names(p.speakers)
    assert row(p.speakers, "Bayartai")["titles"] == ["Party chief of the region"]
    assert not [sp for sp in N.find_names("Moreover, Director of the Bureau Qiu Hanlin said.", T.is_title)
                if sp.name == "Moreover"]


# ------------------------------------------------------------------ chairs
def test_reduced_passive_after_a_named_meeting_and_without_a_comma():
    p = run("The executive meeting of the Gansu Provincial Government, chaired by Governor Ren Zhenhe on May 12, passed "
            "a plan for rural roads.")
    assert p.chairs == ["Ren Zhenhe"]
    p = run("During the discussion presided over by Council Chairman Yao Mingde, the deans reported their work.")
    assert p.chairs == ["Yao Mingde"]


def test_while_without_a_comma_opens_a_new_clause():
    p = run("Lu Shenglin addressed the reception while Fang Qiuyan presided over the reception.")
    assert p.chairs == ["Fang Qiuyan"]
    assert names(p.speakers) == ["Lu Shenglin"]


def test_headline_hosted_is_a_chair():
    p = run("On May 3, Mayor Tang Yuhang organized the executive meeting of the municipal government.",
            title="Mayor Tang Yuhang hosted the 12th executive meeting of the municipal government")
    assert p.chairs == ["Tang Yuhang"]


def test_photo_position_between_name_and_apposition():
    p = run("Gao Renhe (C, front), chairman of the provincial CPPCC committee, presides over the closing meeting in "
            "Hefei, March 3, 2021. Gao said the members should keep close ties with the people.")
    assert p.chairs == ["Gao Renhe"]
    assert row(p.speakers, "Gao Renhe")["titles"] == ["chairman of the provincial CPPCC committee"]


def test_remote_sender_speaks_from_afar():
    p = run("Premier Tian Haoran sent a written instruction to the national conference on forestry held in Yan'an. "
            "The Premier urged efforts to protect the forests. Vice Premier Xu Jianhua attended the conference and "
            "delivered a speech.")
    assert names(p.speakers) == ["Xu Jianhua"]
    assert {(m["name"], m["rule"]) for m in p.mentions} == {("Tian Haoran", "speech_elsewhere")}


def test_sender_who_also_attended_stays_a_speaker():
    p = run("Governor Tian Haoran attended the forum and sent a letter to the organizers. Tian said the forum matters.")
    assert names(p.speakers) == ["Tian Haoran"]


def test_organisation_words_participles_and_office_plurals_are_no_names():
    t = ("Ye Haisheng, Head of the Audit Team Stationed in the Ministry, and Lu Qiming and Kang Wenjie, Deputy "
         "Editor-in-Chief of Hexi Radio International, attended.")
    assert [sp.name for sp in N.find_names(t, T.is_title)] == ["Ye Haisheng", "Lu Qiming", "Kang Wenjie"]
    t = "City Leaders Lu Qiming, Kang Wenjie and Main Heads of Nanhu District joined the activity."
    assert [sp.name for sp in N.find_names(t, T.is_title)] == ["Lu Qiming", "Kang Wenjie"]
    t = "Chinese Ambassador to Chile Shi Wenbo, former Ambassador to Peru Lu Qiming and others attended."
    assert [sp.name for sp in N.find_names(t, T.is_title)] == ["Shi Wenbo", "Lu Qiming"]


def test_western_name_paired_with_a_known_name_before_a_verb():
    p = run("Premier Zhao Minghui and Helena Lindqvist announced on Tuesday that the two leaders will meet annually. "
            "Lindqvist said the dialogue will be useful.")
    assert names(p.speakers) == ["Helena Lindqvist", "Zhao Minghui"]
