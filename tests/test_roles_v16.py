"""Parser 1.6.0 rules, on invented sentences in the readout genre (pure functions, no Prefect).

The parse rules (syntax.py) decide only for people the lexical rules leave without a role, so each sentence here
is one the lexical rules do not place; titles (titles.py) apply to every mention.
"""
from readouts.transform import titles as T
from readouts.transform.parties import find_parties
from readouts.transform.sentences import split_sentences


def run(text, title=None):
    return find_parties(text, split_sentences(text), title)


def names(rows):
    return sorted(r["name"] for r in rows if r.get("kind", "person") == "person")


def row(rows, name):
    return next(r for r in rows if r["name"] == name)


# ------------------------------------------------------------------ parse: `syntax_copula`
def test_semicolon_roll_after_also_present_were():
    p = run("Also present at the meeting were: the Director of the Port Bureau, Mr Lam Siu-wai; the Chief-of-Office "
            "of the Transport Office, Ms Ho Ka-yan; and the Commissioner for Tourism, Mr Cheng Wing-hong.")
    assert {"Lam Siu-wai", "Ho Ka-yan", "Cheng Wing-hong"} <= set(names(p.attendees))
    assert p.unplaced == [] and p.mentions == []


# ------------------------------------------------------------------ parse: verb + object (`VERB_OBJECT_ROLES`)
def test_took_part_in_with_titles_and_groups_in_the_subject():
    p = run("Minister Tang Yuzhou, Vice Minister Fei Lang and Cui Baoshan, and principals from the Textile Council, "
            "the Machinery Federation and the Chamber of Commerce took part in the symposium.")
    assert {"Tang Yuzhou", "Fei Lang", "Cui Baoshan"} <= set(names(p.attendees))


def test_took_part_in_drafting_is_no_presence():
    p = run("Wu Kaiming, a researcher at the institute, took part in drafting the plan.")
    assert names(p.attendees) == []


def test_presented_at_the_meeting_means_present():
    p = run("Vice Ministers Qiao Mingde, Ran Shuo, and Lou Ping, and Chief Inspector Bai Fengchun presented at "
            "the meeting.")
    assert names(p.attendees) == ["Bai Fengchun", "Lou Ping", "Qiao Mingde", "Ran Shuo"]


# ------------------------------------------------------------------ parse: `syntax_counterpart` (GUIDELINES 2.6)
def test_counterpart_after_met_with_and_an_apposed_office():
    p = run("The Mayor, Mr Tam Kin-wah, today met with Member of the Standing Committee of the Hubei Provincial "
            "Committee and Director of its Publicity Department, Mr Lu Fangping.")
    assert "Lu Fangping" in names(p.attendees)
    # the host who did not speak attended (rule `meeting_host`, parser 1.30.0); in the reference gold d09/d11 the
    # hosts spoke, and a host who spoke is a speaker only
    assert next(r["rule"] for r in p.attendees if r["name"] == "Tam Kin-wah") == "meeting_host"


def test_object_of_welcomed_is_a_counterpart():
    p = run("Party secretary Zhou Binhai and governor Ma Ruiqing welcomed Ghanaian Vice-President Kwame Asante to "
            "Fuzhou on Monday, ahead of the opening of the fair.")
    assert "Kwame Asante" in names(p.attendees)


def test_a_future_meeting_gives_no_counterpart():
    p = run("Qin Daoming said he will meet Governor Ruan Shiwei in Kunming next month.")
    assert "Ruan Shiwei" not in names(p.attendees)


# ------------------------------------------------------------------ titles written before the name
def pre(text, name):
    return T.pre_name_title(text, text.index(name)) or T.comma_honorific_title(text, text.index(name))


def test_title_comma_honorific():
    text = "The Chief Executive, Mr Tam Kin-wah, extended his welcome to the delegation."
    assert pre(text, "Tam Kin-wah")[0] == "Chief Executive"
    roll = "Present were the Secretary for Housing, Mr Ko Man; the Secretary for Culture, Sports and Tourism, Ms Yip Wai."
    assert pre(roll, "Yip Wai")[0] == "Secretary for Culture, Sports and Tourism"
    assert pre(roll, "Ko Man")[0] == "Secretary for Housing"


def test_lower_case_place_before_office():
    assert pre("Haikou city mayor Fu Lianjun chaired the meeting.", "Fu Lianjun")[0] == "Haikou city mayor"
    assert pre("Hainan province's Party secretary Lan Fosheng attended.", "Lan Fosheng")[0] == \
        "Hainan province's Party secretary"


def test_elliptical_pair_before_name_splits():
    phrase = pre("President and Party Secretary of CAST Hu Mingde made a work report.", "Hu Mingde")[0]
    assert T.split_pre_title(phrase) == ["President", "Party Secretary of CAST"]
    # an office before "and" with its own "to ..." stays out: the pair is not elliptical
    text = "Assistant to the Mayor and Secretary-general of the City Government Han Lisheng attended."
    assert pre(text, "Han Lisheng")[0] == "Secretary-general of the City Government"


def test_two_offices_before_name_with_a_comma():
    p = run("Deputy Secretary of the Municipal Party Committee, Mayor Gu Lianshan attended and delivered a speech.")
    assert row(p.speakers, "Gu Lianshan")["titles"] == ["Deputy Secretary of the Municipal Party Committee", "Mayor"]
    p = run("On the afternoon of June 3, Mayor Gu Lianshan attended and delivered a speech.")
    assert row(p.speakers, "Gu Lianshan")["titles"] == ["Mayor"]


def test_sentence_joined_without_space_before_office():
    text = "The district held its conference.District Party Secretary Wang Taoming attended and delivered a speech."
    assert pre(text, "Wang Taoming")[0] == "District Party Secretary"


def test_coordinated_name_after_a_place_has_no_office_before_it():
    text = ("On May 2, Lin Jianbo, Party chief of Jilin province and Han Dezhi, deputy secretary of the CPC Jilin "
            "Provincial Committee and governor of the province, attended the meeting.")
    assert T.pre_name_title(text, text.index("Han Dezhi")) is None
    p = run(text)
    assert row(p.attendees, "Lin Jianbo")["titles"] == ["Party chief of Jilin province"]
    assert row(p.attendees, "Han Dezhi")["titles"][0] == "deputy secretary of the CPC Jilin Provincial Committee"


def test_organisation_before_an_apposed_office_is_no_person():
    p = run("Zhou Weiran, Member of the Party Leadership Group of the National Development and Reform Commission, "
            "Secretary of the Party Leadership Group and Director of the National Grain Administration, attended the "
            "conference and delivered a speech.")
    assert names(p.speakers) == ["Zhou Weiran"]
    assert row(p.speakers, "Zhou Weiran")["titles"][0] == \
        "Member of the Party Leadership Group of the National Development and Reform Commission"


# ------------------------------------------------------------------ mentions: evidence (syntax.mention_evidence)
def mention_rules(p):
    return {m["name"]: m["rule"] for m in p.mentions}


def test_an_act_dated_away_from_the_meeting_is_a_mention():
    p = run("Governor Qiao Lianfeng presided over the meeting. Qiao said that two weeks ago, President Kwame Asante "
            "met with Vice Premier Ren Dongsheng in Accra.")
    assert "Ren Dongsheng" in mention_rules(p) and "Ren Dongsheng" not in names(p.attendees)
    p = run("Governor Qiao Lianfeng presided over the meeting. Last November, Premier Ren Dongsheng inspected the "
            "port and called for faster reform.")
    assert "Ren Dongsheng" not in names(p.speakers)


def test_a_thing_described_by_its_maker_refers_to_the_maker():
    p = run("Governor Qiao Lianfeng presided over the meeting. He stressed that today's achievements rest on the "
            "foundation laid by Ren Dongsheng and other pioneers.")
    assert mention_rules(p).get("Ren Dongsheng") == "reference_of"


def test_suggestions_made_by_a_participant_are_no_reference():
    p = run("Premier Qiao Lianfeng held a symposium with experts. With suggestions on rural schools made by "
            "Ren Dongsheng, head of the Hexi Institute, Premier Qiao responded that schools should be protected.")
    assert "Ren Dongsheng" not in mention_rules(p)


def test_photo_credits_written_in_words():
    from readouts.transform.names import byline_names
    assert [n for *_, n in byline_names("The conference opens (photographed by Huang Zemin)")] == ["Huang Zemin"]
    assert [n for *_, n in byline_names("Qiao delivers a keynote speech at the symposium. by Zhou Xinran")] == \
        ["Zhou Xinran"]
    assert byline_names("He went home by Wang Ming") == []


# ------------------------------------------------------------------ chairs: clause boundaries
def test_semicolon_clauses_each_with_their_own_verb():
    p = run("Zhu Minghua, Secretary of the Municipal Party Committee, attended and addressed the meeting; Lu Yifan, "
            "Deputy Secretary and Mayor, presided over the meeting; Fang Qiaolin, Director of the Standing Committee, "
            "attended.")
    assert p.chairs == ["Lu Yifan"]
    assert names(p.attendees) == ["Fang Qiaolin", "Zhu Minghua"]


def test_relative_over_which_gives_the_chair_only_to_its_own_subject():
    p = run("Cao Weidong, director of the Standing Committee, and Pan Shuling, chairwoman of the CPPCC, attended the "
            "meeting, over which Hou Jinlong, deputy secretary of the Municipal Party Committee presided.")
    assert p.chairs == ["Hou Jinlong"]
    assert names(p.attendees) == ["Cao Weidong", "Pan Shuling"]


def test_with_others_in_attendance_ends_the_agent_list():
    p = run("The meeting was presided over by Feng Xiaolan, Secretary of the Provincial Party Committee, with Acting "
            "Governor Liu Ruiming and other provincial leaders in attendance.")
    assert p.chairs == ["Feng Xiaolan"]
    assert "Liu Ruiming" in names(p.attendees)


def test_parse_gives_presence_too_for_attended_and_delivered():
    p = run("Sun Meiling, the CPC Committee Secretary, GACC, attended the conference and delivered a speech.")
    assert names(p.speakers) == ["Sun Meiling"] and names(p.attendees) == ["Sun Meiling"]


# ------------------------------------------------------------------ names
def test_one_letter_surname_and_an_organisation_joined_by_and():
    from readouts.transform import names as N
    text = ("On July 2, H. E. Mr. E Jingwen, Deputy Head of the State Flood Control and Drought Relief Headquarters "
            "and Minister of Water Resources, presided over a meeting.")
    assert [sp.name for sp in N.find_names(text, T.is_title)] == ["E Jingwen"]
    assert N.find_names("Take vitamin E Tablets daily.", T.is_title) == []


# ------------------------------------------------------------------ titles shared by a list, and across "and"
def test_plural_office_after_all_or_both_is_each_listed_persons_title():
    p = run("Senior leaders Qiao Ming, Zhao Lanfeng, Wang Hening and Li Xiaoxi, all members of the Standing Committee "
            "of the Political Bureau of the CPC Central Committee, attended the meeting.")
    assert names(p.attendees) == ["Li Xiaoxi", "Qiao Ming", "Wang Hening", "Zhao Lanfeng"]  # no group "all members"
    assert {tuple(r["titles"]) for r in p.attendees} == {
        ("members of the Standing Committee of the Political Bureau of the CPC Central Committee",)}
    p = run("Zhou Lingyun and Wu Bochao, both vice chairmen of the CPPCC National Committee, attended the meeting.")
    assert row(p.attendees, "Wu Bochao")["titles"] == ["vice chairmen of the CPPCC National Committee"]
    p = run("Zhou Lingyun and Wu Bochao, both from Shanghai, attended the meeting.")
    assert row(p.attendees, "Wu Bochao")["titles"] == []


def test_office_before_and_belongs_to_the_apposed_name():
    p = run("Zheng Guoming, Administrator of CMA and Deputy Administrator Xu Xiaoqing and Yu Rucheng attended the "
            "meeting.")
    assert row(p.attendees, "Zheng Guoming")["titles"] == ["Administrator of CMA"]
    assert row(p.attendees, "Xu Xiaoqing")["titles"] == ["Deputy Administrator"]


# ------------------------------------------------------------------ speakers
def test_an_attendee_is_asked_for_a_speech_the_lexical_rules_do_not_know():
    p = run("Qiao Ming, Zeng Peilin and Fukuda Yasuhiro, Chairman of the Forum, attended the symposium. Fukuda Yasuhiro "
            "praised the city's speed of growth, saying that the city had changed every time he visited.")
    assert "Fukuda Yasuhiro" in names(p.speakers) and "Fukuda Yasuhiro" in names(p.attendees)
    assert "Qiao Ming" not in names(p.speakers)


def test_reading_instructions_or_letters_is_speech():
    p = run("Deputy Mayor Xing Zhihan read leadership instructions and congratulatory letters.")
    assert names(p.speakers) == ["Xing Zhihan"]
    p = run("Xing Zhihan read the book in the library.")
    assert names(p.speakers) == []


# ------------------------------------------------------------------ people who are not there
def test_author_of_conveyed_instructions_speaks_from_afar():
    p = run("The meeting first conveyed the important instructions of Vice Premier Hui Lianqing. Mr. Hui Lianqing "
            "emphasized that meteorological departments should improve forecasts. Director Zheng Guoming attended "
            "the meeting.")
    assert "Hui Lianqing" not in names(p.speakers) and "Hui Lianqing" in mention_rules(p)
    p = run("Premier Li Keming made an important instruction. Minister E Jingwen attended the meeting and delivered a "
            "speech.")
    assert names(p.speakers) == ["E Jingwen"] and "Li Keming" in mention_rules(p)


def test_a_report_discussed_by_a_panel_was_delivered_elsewhere():
    p = run("Li Jinming, Party chief of Anhui province, joined deputies in a group discussion. After hearing the "
            "deputies' discussions on the government work report delivered by Governor Li Guoqiang, the provincial "
            "Party chief hailed the report as a good one.")
    assert "Li Guoqiang" not in names(p.speakers)


def test_country_of_an_office_is_no_part_of_the_name():
    from readouts.transform import names as N
    text = "Chen Yuanfang, former Vice Prime Minister of Bulgaria Alexander Tomov, and Wu Hailin attended."
    assert [sp.name for sp in N.find_names(text, T.is_title)] == ["Chen Yuanfang", "Alexander Tomov", "Wu Hailin"]


# ------------------------------------------------------------------ presence lists
def test_semicolon_roll_with_the_office_first_and_commas_inside_it():
    p = run("Also attending the meeting were the Financial Secretary, Mr Paul Chan; the Secretary for Culture, Sports "
            "and Tourism, Mr Kevin Yeung; the Secretary for Justice, Mr Paul Lam, SC; and the Secretary for Home and "
            "Youth Affairs, Miss Alice Mak.")
    assert names(p.attendees) == ["Alice Mak", "Kevin Yeung", "Paul Chan", "Paul Lam"]


def test_joined_by_is_presence_and_no_referent_for_she():
    p = run("Mrs Carrie Lam met Mr Li Xiwen at Government House. She was joined by Chief Secretary Matthew Cheung and "
            "Secretary for Home Affairs Lau Kong-wah. She thanked Mr Li for his support.")
    assert {"Matthew Cheung", "Lau Kong-wah"} <= set(names(p.attendees))
    assert "Matthew Cheung" not in names(p.speakers)
    assert row(p.attendees, "Matthew Cheung")["rule"] == "joined_by"


def test_western_names_with_post_nominals_and_middle_initials():
    from readouts.transform import names as N
    text = ("Graham Stuart MP, Minister for Investment at the Department for International Trade, and Lord Garnier QC, "
            "former Solicitor General, attended.")
    assert [sp.name for sp in N.find_names(text, T.is_title)] == ["Graham Stuart", "Lord Garnier"]
    text = "State Representative Camille Y. Lilly and County Treasurer Maria Pappas attended."
    assert [sp.name for sp in N.find_names(text, T.is_title)] == ["Camille Y. Lilly", "Maria Pappas"]
