"""Parser 1.7.0 rules, on invented sentences in the readout genre (pure functions, no Prefect)."""
from readouts.pinyin import cantonese_shape
from readouts.transform import names as N
from readouts.transform import roles as R
from readouts.transform.parties import find_parties
from readouts.transform.sentences import split_sentences


def run(text, title=None):
    return find_parties(text, split_sentences(text), title)


def names(rows):
    return sorted(r["name"] for r in rows if r.get("kind", "person") == "person")


# ------------------------------------------------------------------ parse: copula with a role noun, lists
def test_were_participants_of_the_meeting():
    p = run("Chief Auditor Mr. Fang Lizhen, Treasurer Ms. Qiu Yanan and heads of relevant bureaus were participants "
            "of the session too.")
    assert {"Fang Lizhen", "Qiu Yanan"} <= set(names(p.attendees))


def test_copula_with_another_noun_is_no_role():
    p = run("Fang Lizhen and Qiu Yanan were pioneers of the industry in the 1990s.")
    assert names(p.attendees) == [] and names(p.speakers) == []


def test_including_list_after_the_object_of_a_plural_presence_subject():
    p = run("Several deputies also attended the session including Gu Minxia, Tan Lihua and Bai Shouyi.")
    assert {"Gu Minxia", "Tan Lihua", "Bai Shouyi"} <= set(names(p.attendees))


def test_including_list_of_topics_after_a_singular_subject_is_not_presence():
    p = run("The forum attracted wide attention, and Gu Minxia attended the dinner including local dishes.")
    assert "Gu Minxia" in names(p.attendees)  # her own verb
    assert len(names(p.attendees)) == 1


def test_delegation_led_by_takes_the_role_of_the_delegation():
    p = run("Mayor Ruan Shaokang met with the Macao SAR government delegation led by Fernando Chui Sai On, the Chief "
            "Executive of Macao, in Zhongshan on July 6.")
    assert "Fernando Chui Sai On" in names(p.attendees)
    assert names(p.mentions) == []


# ------------------------------------------------------------------ lexical: verbs and subjects
def test_capitalised_verb_inside_a_theme_is_no_speech():
    p = run("The forum, themed \u201cInnovative, Coordinated, Green, Open and Shared Development\u201d, was held "
            "in Lhasa by the provincial government.")
    assert p.speakers == []


def test_title_case_headline_keeps_its_verb():
    assert [h.role for h in R.verb_hits("Governor Li Hao Chairs Provincial Executive Meeting")] == ["chair"]


def test_sentence_adverb_is_no_name():
    p = run("Particularly, Chairman Diao Chunhe reported the progress of the project to the Vice Minister.")
    assert names(p.speakers) == ["Diao Chunhe"]


def test_subjects_of_a_verb_stay_after_the_verb_before_it():
    p = run("Dong Weishan, Executive Vice Governor, delivered a speech at the conference and Zhao Haitao, Vice "
            "Governor of Hubei Province, presided over the conference.")
    assert p.chairs == ["Zhao Haitao"]
    assert names(p.speakers) == ["Dong Weishan"]


def test_passive_list_ends_before_the_subject_of_the_next_verb():
    p = run("The opening ceremony was hosted by Xu Xiaoqin, Vice Minister of MIIT, Lin Ruixiang, Vice Governor of "
            "Fujian Province attended the ceremony and Huang Wenming, Mayor of Xiamen made a speech.")
    assert p.chairs == ["Xu Xiaoqin"]
    assert "Lin Ruixiang" in names(p.attendees) and "Huang Wenming" in names(p.speakers)


def test_passive_list_coordinated_with_and_is_kept_whole():
    p = run("The meeting was presided over by Li Qiang and attended by Ding Xuexiang, Zhang Guoqing and Wang Yi.")
    assert p.chairs == ["Li Qiang"]
    assert names(p.attendees) == ["Ding Xuexiang", "Wang Yi", "Zhang Guoqing"]


def test_honorific_glued_to_and_does_not_end_the_sentence():
    text = "Ms. Li Jinhua, andMr. Wei Weiguo attended the meeting."
    assert len(split_sentences(text)) == 1
    assert {"Li Jinhua", "Wei Weiguo"} <= set(names(run(text).attendees))


# ------------------------------------------------------------------ names: Cantonese romanisation
def test_cantonese_shape():
    assert cantonese_shape(["Wong", "Sio", "Chak"]) and cantonese_shape(["Lam", "Cheng", "Yuet-ngor"])
    assert not cantonese_shape(["Wang", "Yang", "Li"])  # three pinyin syllables: names in a row, not one name
    assert not cantonese_shape(["Smith", "Kin", "Wah"])


def test_cantonese_names_and_their_surname():
    found = [(x.name, x.rule) for x in N.find_names("The Chief Executive, Mr Edmund Ho Hau Wah, met Secretary "
                                                     "Cheung Kin Chung and Wang Yang Li Keqiang.")]
    assert ("Edmund Ho Hau Wah", "cantonese") in found and ("Cheung Kin Chung", "cantonese") in found
    assert ("Wang Yang", "chinese") in found and ("Li Keqiang", "chinese") in found
    assert N.surname_of("Edmund Ho Hau Wah") == "Ho" and N.surname_of("Wong Sio Chak") == "Wong"


def test_surname_after_a_cantonese_name_is_that_person():
    p = run("Secretary for Security Mr Wong Sio Chak received Mr Ji Xianhua. Mr Wong said his office would support "
            "the forum.")
    assert names(p.speakers) == ["Wong Sio Chak"]


# ------------------------------------------------------------------ bylines
def test_credit_forms():
    def got(s):
        return [n for _, _, n in N.byline_names(s)]
    assert got("(By Tan Jinghua)") == ["Tan Jinghua"]
    assert got("By By Mao Lihua and Zeng Jiangyu / 09-12-2015 / (Social Sciences Today)") == ["Mao Lihua", "Zeng Jiangyu"]
    assert got("Translated by Tian Xuwen; edited by Zhen Yanhua") == ["Tian Xuwen", "Zhen Yanhua"]
    assert got("(Graphic: Wu Qiongli)") == ["Wu Qiongli"]
    assert got("[Photo: Dongguan Daily]") == []  # an outlet, not a person
    assert got("(\u8bb0\u8005 \u5ed6\u6d01 \u5218\u7389\u5148 \u6e56\u5357\u65e5\u62a5)") == ["\u5ed6\u6d01", "\u5218\u7389\u5148"]


def test_credit_label_inside_a_furniture_line_is_read():
    from readouts.extract.bylines import CREDIT
    assert CREDIT.search("DATE:2017-08-09 AUTHOR:Wang Yinghua SOURCE: Construction News")
    assert not CREDIT.search("DATE:2017-08-09 SOURCE: Construction News")


# ------------------------------------------------------------------ titles
def test_office_with_its_article_then_the_name_in_commas():
    p = run("On July 6, the Secretary of the Party Group and Minister of the Ministry of Water Resources, Li Guoying, "
            "presided over a symposium and delivered a speech.")
    assert p.speakers[0]["titles"] == ["Secretary of the Party Group", "Minister of the Ministry of Water Resources"]


def test_office_of_the_name_before_is_not_the_next_names():
    p = run("Li Huaqing, the Governor of Hunan, Wang Bozhi, the Mayor of Changsha, and Zhou Qiangwei spoke at the meeting.")
    titles = {r["name"]: r["titles"] for r in p.speakers}
    assert titles["Wang Bozhi"] == ["Mayor of Changsha"] and titles["Zhou Qiangwei"] == []


def test_office_after_to_the_with_an_honorific():
    p = run("Mr Ji Xianhua paid a visit on May 7 to the Secretary for Security of the Macao SAR, Mr Wong Sio Chak. "
            "Mr Wong said his office would support the forum.")
    assert p.speakers[0]["titles"] == ["Secretary for Security of the Macao SAR"]


def test_apposition_ends_at_time_words_dashes_and_both():
    p = run("Lim Chee Hwa, Chairman of SSTD this Monday said that the zone would grow.")
    assert p.speakers[0]["titles"] == ["Chairman of SSTD"]
    p = run("Anupam Mathur, CEO of Tata Petrodyne Limited \u2013 one subsidiary of Tata Group in India, spoke at the talks.")
    assert p.speakers[0]["titles"] == ["CEO of Tata Petrodyne Limited"]
    p = run("Zhao Longhai, Governor of Fujian Province and Chea Vandeth, Minister of Post both attended and delivered "
            "speeches.")
    assert {r["name"]: r["titles"] for r in p.speakers}["Chea Vandeth"] == ["Minister of Post"]


def test_long_body_in_capitals_before_the_office():
    p = run("Mayor Sheng Yuhua presided over, Shaoxing Municipal People's Congress Standing Committee Director Tan "
            "Zhiming, CPPCC Chairman Wei Weiguo attended the event.")
    assert p.chairs == ["Sheng Yuhua"]
    assert {"Tan Zhiming", "Wei Weiguo"} <= set(names(p.attendees))


def test_requirements_and_the_summary_are_speech():
    p = run("Wang Kaiming, governor of Henan Province, attended the meeting and put forward specific requirements.")
    assert names(p.speakers) == ["Wang Kaiming"]
    p = run("Deputy Administrator Dong Zhiwen presided over the conference and made the summary.")
    assert p.chairs == ["Dong Zhiwen"] and names(p.speakers) == ["Dong Zhiwen"]


def test_an_office_with_its_body_opening_a_sentence_is_its_holder():
    p = run("Mr. Diao Chunbo, Chairman of CHINCA, Mr. Ali Noorzadeh, Vice Minister of Transportation of Iran and Mr "
            "Kashani attended the meeting. Vice Minister of Transportation extended a great welcome to the delegation.")
    titles = {r["name"]: r["titles"] for r in p.attendees}
    assert titles == {"Diao Chunbo": ["Chairman of CHINCA"], "Ali Noorzadeh": ["Vice Minister of Transportation of Iran"],
                      "Kashani": []}  # no honorific inside an office, no office of the name before
    assert names(p.speakers) == ["Ali Noorzadeh"]


def test_a_bare_office_opening_a_sentence_is_no_reference():
    p = run("Li Wenhai, Vice Minister of Commerce, attended the meeting. Vice Minister stressed cooperation.")
    assert names(p.speakers) == []


# ------------------------------------------------------------------ `presence_sentence`
def test_a_name_no_rule_placed_before_the_presence_verb_attended():
    # a Chinese line without a sentence end before the English one: no lexical list rule places him; since parser
    # 1.11.0 the parse does (the subject of the passive "were invited to attend"), before the fallback rule would
    p = run("City leaders Wen Jiahe, Liu Hongbo and Shi Junfei attended the meeting. \u5f20\u4f1a\u5f3a\u3001\u5e02"
            "\u653f\u534f\u526f\u4e3b\u5e2d\u5f20\u5c11\u534e \u5e94\u9080\u5217\u5e2d\u4e86\u4f1a\u8bae\u3002 "
            "Zhang Huiming, deputy director of the Municipal People's Congress , and Zhang Shaoqing, vice chairman of "
            "the CPPCC, were invited to attend the meeting.")
    got = {r["name"]: r["rule"] for r in p.attendees}
    # (1.34.0) the Chinese enumeration comma now separates list items, so the list rule reads the subject itself
    assert got.get("Zhang Huiming") in ("presence_sentence", "syntax_subject", "finite_attend")
    assert got.get("Zhang Shaoqing") == "finite_attend"


def test_a_reference_before_the_presence_verb_is_no_attendee():
    p = run("Guided by the important instructions of General Secretary Xi Jinping, officials from the bureaus "
            "attended the meeting.")
    assert "Xi Jinping" not in names(p.attendees)


def test_a_name_in_a_relative_clause_before_the_verb_is_no_attendee():
    p = run("The officials, who studied the report that Han Zheng delivered in March, attended the meeting.")
    assert "Han Zheng" not in names(p.attendees)


def test_more_title_shapes():
    def titles_of(text):
        return {r["name"]: r["titles"] for r in run(text).speakers}
    assert titles_of("CAST president Wan Gangzhi delivered opening remarks.") == {"Wan Gangzhi": ["CAST president"]}
    assert titles_of("Deputy secretary of the Municipal Party Committee and mayor of Jinhua, Xing Zhiqiang read the "
                     "instructions.") == {"Xing Zhiqiang": ["Deputy secretary of the Municipal Party Committee",
                                                          "mayor of Jinhua"]}
    assert titles_of("Zhao Longhai, Governor of Fujian Province and H.E. Dr. Chea Vandeth, Minister of Post both "
                     "attended and delivered speeches.") == {"Zhao Longhai": ["Governor of Fujian Province"],
                                                            "Chea Vandeth": ["Minister of Post"]}
    assert titles_of("Mr. Diao Chunbo, Chairman of China Contractors Association (CHINCA), Mr. Guo Chuanfu, counselor "
                     "of the Embassy spoke.")["Diao Chunbo"] == ["Chairman of China Contractors Association (CHINCA)"]
    assert titles_of("Zhang Weiguo, Vice President of Sinochem Group and General Manager of Sinochem Petroleum Co., "
                     "Ltd. said the talks went well.")["Zhang Weiguo"] == [
        "Vice President of Sinochem Group", "General Manager of Sinochem Petroleum Co., Ltd."]


# ------------------------------------------------------------------ sentence ends that lost their space
def test_glued_sentence_ends_split_only_for_roles():
    text = "Mayor Ma Zejun presided over the meeting.Wang Guoqiang attended the meeting. He stressed that we must act."
    assert len(split_sentences(text)) == 2  # the guidelines' segmentation (2.8) needs the space
    fine = split_sentences(text, glued=True)
    assert [s.text for s in fine][:2] == ["Mayor Ma Zejun presided over the meeting.", "Wang Guoqiang attended the meeting."]
    assert [s.text for s in split_sentences("See www.gov.cn and the U.S.Army today.", glued=True)] == [
        "See www.gov.cn and the U.S.Army today."]


def test_glued_ends_give_roles_and_directives_keep_their_sentences():
    from readouts.extract.document import Document
    from readouts.transform.pipeline import transform_document
    text = ("Mayor Ma Zejun presided over the meeting.Wang Guoqiang, Director of the Bureau, attended the meeting and "
            "delivered a speech. Wang Guoqiang stressed that we must protect the river.")
    doc = Document(input="x.html", content_sha256="0" * 64, paragraphs=[text])
    r = transform_document(doc)
    assert r.meeting["chairs"] == ["Ma Zejun"]
    assert [a["name"] for a in r.attendees] == ["Wang Guoqiang"]
    assert [(d["text"], d["speaker"]) for d in r.directives] == [
        ("Wang Guoqiang stressed that we must protect the river.", "Wang Guoqiang")]


def test_together_with_shares_the_predicate_and_is_no_reference():
    p = run("HUANG Yongqiang, together with Deputy Director of ICC-NDRC SONG Gongming and LIU Jianhua, all expressed "
            "their strong support for the decision.")
    assert names(p.speakers) == ["Huang Yongqiang", "Liu Jianhua", "Song Gongming"]
    assert p.mentions == []


def test_under_the_auspices_of_is_a_chair():
    p = run("At 14:30, under the auspices of Chen Haiming, the executive chairman of the Presidium, the Provincial CPPCC "
            "held its third plenary session.")
    assert p.chairs == ["Chen Haiming"]
    p = run("The report praised the stewardship of Chen Haiming over the past decade.")
    assert p.chairs == []


def test_ambassador_abbreviation_and_name_particles():
    text = ("The guest speakers of the salon are Amb. Luo Linhai, Vice President of the Diplomacy Association, Amb. Su "
            "Gehua, Co-Chair of the Cooperation Council, Dr. Ruan Zongwei, Executive Vice President of CIIS.")
    assert len(split_sentences(text)) == 1
    p = run(text)
    assert names(p.speakers) == ["Luo Linhai", "Ruan Zongwei", "Su Gehua"]
    assert [x.name for x in N.find_names("Mr. Dominique de Villepin said")] == ["Dominique de Villepin"]


def test_a_visit_reported_after_a_fronted_from_phrase_is_a_mention():
    p = run("Governor Bayan said that from July 22 to 24, President Xi Jinping visited our province to inspect work.")
    assert names(p.mentions) == ["Xi Jinping"]
