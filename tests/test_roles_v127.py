"""Parser 1.27.0 role and name rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import names, rule_of, run

from readouts.transform import names as N
from readouts.transform import syntax as S
from readouts.transform import titles as T


def test_a_comma_that_lost_its_space_still_separates_list_items():
    p = run("The governor met the envoy. In attendance were Hon Zhao Ming,the head of the state civil service,"
            "Permanent secretaries and others.")
    assert "Zhao Ming" in names(p.attendees)


def test_a_style_of_address_after_the_article_opens_the_name():
    p = run("The governor met the envoy. In attendance were the SSG Hon Zhao Ming, the head of the state civil service.")
    assert "Zhao Ming" in names(p.attendees)
    p = run("Also present were the Honourable Ana Petrovic, Speaker of the Assembly.")
    assert "Ana Petrovic" in names(p.attendees)


def test_a_name_and_then_an_article_start_two_parties():
    p = run("The councillors were addressed by the Minister Ana Petrovic and the delegation of Shaanxi Province.")
    assert names(p.speakers) == {"Ana Petrovic"}
    assert rule_of(p.speakers, "Ana Petrovic") == "passive_by"


def test_a_speaker_who_presided_over_the_ceremony_is_also_its_chair():
    p = run("The members took part in the study, and the opening ceremony was presided over by Zhou Lin, Secretary of "
            "the Party Committee. At the opening ceremony, Zhou Lin, the Secretary, pointed out that the work matters.")
    assert p.chairs == ["Zhou Lin"]
    assert "Zhou Lin" in names(p.speakers)


def test_a_name_after_an_organisation_in_a_list_is_no_reference():
    s = ("Wu Ping, the full-time Deputy Secretary of the Party Committee of the office of the High Court of Hebei "
         "Province, Qian Hu, Deputy Director of the Trial Division of the Provincial High Court, Leader Gao Bin and "
         "Member Peng Yu of the Guidance Group attended the meeting for guidance.")
    at = s.index("Qian Hu")
    assert S.evidence_in_sentence(s, [(at, at + len("Qian Hu"))]) == [None]


def test_instructions_of_two_leaders_are_still_references():
    p = run("The group studied the instructions of General Secretary Xi Jinping, Premier Li Qiang and the leading "
            "comrades. Zhou Lin chaired the meeting.")
    assert {"Xi Jinping", "Li Qiang"} <= names(p.mentions)


def test_southern_romanisations_are_one_name_of_three_words():
    found = [s.name for s in N.find_names("Tourism Minister Datuk Seri Tiong King Sing; Transport Minister Wee Ka "
                                          "Siong and Lim Guan Eng attended.")]
    assert {"Tiong King Sing", "Wee Ka Siong", "Lim Guan Eng"} <= set(found)


def test_three_pinyin_names_in_a_row_stay_apart():
    found = [s.name for s in N.find_names("The meeting was attended by Wang Yang Li Ming and Zhang Wei.")]
    assert "Wang Yang Li" not in found and "Wang Yang" in found


def test_gulf_styles_and_particles_keep_the_whole_name():
    found = [s.name for s in N.find_names("Sheikh Abdullah bin Zayed Al Nahyan met Li Ming. President Mohamed bin "
                                          "Zayed Al Nahyan spoke.")]
    assert {"Abdullah bin Zayed Al Nahyan", "Mohamed bin Zayed Al Nahyan", "Li Ming"} <= set(found)


def test_an_office_before_an_apposition_is_no_person():
    found = [s.name for s in N.find_names("Li Ming received President Wang Kai's Special Representative, Member of "
                                          "the Political Bureau, Zhou Bin.", T.is_title)]
    assert "Special Representative" not in found


def test_the_one_met_in_a_fronted_participle_attended_and_did_not_speak():
    p = run("When meeting with Kiribati's President and Foreign Minister Taneti Maamau, Wang Yi conveyed greetings.")
    assert names(p.speakers) == {"Wang Yi"}
    assert rule_of(p.attendees, "Taneti Maamau") == "meeting_participle"
    p = run("Meeting with Foreign Minister Taneti Maamau on Monday, Wang Yi said ties matter.")
    assert names(p.speakers) == {"Wang Yi"} and "Taneti Maamau" in names(p.attendees)


def test_a_guest_received_after_the_day_attended_but_not_the_sender():
    p = run("Li Ming received on Monday President Wang Kai's Special Representative and Director of the Office Zhou "
            "Bin.")
    assert "Zhou Bin" in names(p.attendees)
    assert "Wang Kai" not in names(p.attendees)
    p = run("Li Ming received a letter from Zhou Bin on Monday.")
    assert "Zhou Bin" not in names(p.attendees)


def test_the_prime_minister_refers_back_past_a_fronted_greeting():
    p = run("Prime Minister Nguyen Xuan Phuc received Secretary of the Party Committee Peng Qinghua. Pleased to meet "
            "again with Secretary Peng Qinghua, the Prime Minister emphasized that ties matter.")
    assert names(p.speakers) == {"Nguyen Xuan Phuc"}
    assert "Peng Qinghua" in names(p.attendees)
