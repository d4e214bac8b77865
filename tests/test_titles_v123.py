"""Parser 1.23.0 title rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import run, titles_of


def test_an_office_after_with_or_by_then_a_comma_and_a_style_is_the_name_s():
    # rule `office_comma_led`: lower-case offices and styles of address between the comma and the name
    p = run("Governor Ma Lin met with the mayor of Tartu, Urmas Klaas and his party in Xi'an on Monday. Klaas said "
            "the visit was fruitful.")
    assert titles_of(p, "Urmas Klaas") == ["mayor of Tartu"]
    p = run("Ma Lin spoke at a courtesy call by Chinese Ambassador to Fiji, His Excellency Zhou Jian, at the Office "
            "of the Prime Minister. Zhou thanked the host.")
    assert titles_of(p, "Zhou Jian") == ["Chinese Ambassador to Fiji"]
    p = run("The new Chinese ambassador to Tonga, H.E Cao Xiaolin, on Tuesday paid a courtesy call to the Speaker. "
            "Cao said ties are strong.")
    assert titles_of(p, "Cao Xiaolin") == ["new Chinese ambassador to Tonga"]


def test_an_office_after_a_fronted_adverbial_is_the_name_s_but_not_after_a_name():
    p = run("At the meeting, the founder of Zhenghe Island, Liu Donghua, delivered a speech.")
    assert titles_of(p, "Liu Donghua") == ["founder of Zhenghe Island"]
    # in a roll the office after a name and a comma is that name's apposition, never the next name's title
    p = run("Speakers included Anna Berg, the president of Tartu University, Li Ming, and Wu Gang.")
    assert titles_of(p, "Li Ming") == []


def test_a_lower_case_office_that_opens_its_phrase_is_the_name_s_title():
    # rule `lower_office_opens` (parser 1.24.0)
    p = run("The meeting was chaired by vice mayor Lin Guohua. Lin said the city must act.")
    assert titles_of(p, "Lin Guohua") == ["vice mayor"]
    p = run("At the symposium, section chief Song Zhongwei reported on the work of the chambers.")
    assert titles_of(p, "Song Zhongwei") == ["section chief"]


def test_new_is_written_with_the_office():
    # rule `new_office` (parser 1.24.0)
    p = run("CHEN Liangxian, the newly-appointed Secretary of Shantou Municipal Party Committee, attended the meeting.")
    assert titles_of(p, "Chen Liangxian") == ["newly-appointed Secretary of Shantou Municipal Party Committee"]
    p = run("The talks were led by the visiting Chinese Foreign Minister, Mr Wang Yi. Wang said ties are strong.")
    assert titles_of(p, "Wang Yi") == ["Chinese Foreign Minister"]


def test_a_committee_seat_or_an_office_in_commas_before_the_office_is_a_title_too():
    # rule `committee_seat` and the last piece of `two_offices_before_name` (parser 1.24.0)
    p = run("Municipal Committee, mayor Wang Yubo attended the meeting and delivered a speech.")
    assert titles_of(p, "Wang Yubo") == ["Municipal Committee", "mayor"]
    p = run("On the morning of June 26, vice secretary of provincial Party committee, party secretary Wang Jianjun "
            "attended the meeting.")
    assert titles_of(p, "Wang Jianjun") == ["vice secretary of provincial Party committee", "party secretary"]
    # after a name the office in commas is that name's apposition
    p = run("Li Ming, Secretary of the County Committee, mayor Zhao Lei and others attended the meeting.")
    assert "Secretary of the County Committee" not in titles_of(p, "Zhao Lei")


def test_a_plural_office_before_a_list_is_each_listed_person_s_title():
    # rule `plural_office_list` (parser 1.24.0)
    p = run("President Li Xingang, vice presidents Chen Yuguo, Li Yanqing and heads of departments attended the forum.")
    assert titles_of(p, "Chen Yuguo") == ["vice presidents"]
    assert titles_of(p, "Li Yanqing") == ["vice presidents"]
    # "City leaders" name a group, not an office
    p = run("City leaders Hu Changchun, Liu Guangyue and Nie Fanghong attended the meeting.")
    assert titles_of(p, "Liu Guangyue") == []


def test_a_mention_for_instructions_given_is_not_put_to_the_learned_role():
    # `learned_over_elsewhere` asks the learned role only about mentions resting on the parse; instructions given
    # are GUIDELINES 2.4's own evidence of a mention (parser 1.24.0)
    from readouts.transform.parties import _referred_act
    row = {"name": "Ding Wei", "evidence": "Vice Premier Ding Wei recently gave written instructions on flood "
                                           "control work, calling for all-out efforts."}
    assert _referred_act(row)
    assert not _referred_act({"name": "Ding Wei", "evidence": "Ding Wei spoke at the meeting, and gave "
                                                                    "instructions to the staff."})
    # a speech or report referred to as the person's is evidence of a mention too
    assert _referred_act({"name": "Li Guoqiang", "evidence": "After hearing the discussions on the government work "
                                                             "report delivered by Governor Li Guoqiang, he spoke."})
    assert _referred_act({"name": "Xi Jinping", "evidence": "The meeting studied the important speech General "
                                                            "Secretary Xi Jinping delivered while attending it."})


def test_an_office_for_a_list_of_domains_and_a_lower_case_body_after_the_name_are_kept_whole():
    # rule `country_suffix` after "for" (parser 1.24.0)
    p = run("Anna Berg, Fiji's Minister for Women, Children and Poverty Alleviation, attended the meeting.")
    assert titles_of(p, "Anna Berg") == ["Fiji's Minister for Women, Children and Poverty Alleviation"]
    # rule `office_name_of_org` with a body in lower case after "the"
    p = run("Chairman Liu Jiang of the congress organizing committee highlighted the role of trade.")
    assert titles_of(p, "Liu Jiang") == ["Chairman of the congress organizing committee"]
    # a lower-case level word inside an office before the name
    p = run("Secretary of the Yunnan provincial Party Committee Li Jiheng attended the meeting.")
    assert titles_of(p, "Li Jiheng") == ["Secretary of the Yunnan provincial Party Committee"]
