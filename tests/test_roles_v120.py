"""Parser 1.20.0 role rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import names, run


def test_a_perfect_of_a_chair_verb_reports_the_chair():
    p = run("The shareholders' meeting was held on May 3. Zhou Minghua, General Manager of the Harbour Power Company, "
            "has hosted the meeting.")
    assert p.chairs == ["Zhou Minghua"]


def test_a_perfect_of_a_speech_verb_stays_a_leader_s_earlier_words():
    p = run("The forum opened on May 3. President Xi Jinping has repeatedly called for opening up. Mayor Tan Lihua "
            "chaired the forum.")
    assert p.chairs == ["Tan Lihua"]
    assert "Xi Jinping" not in names(p.speakers)


def test_a_future_chair_is_no_chair():
    p = run("The committee met on May 3. Mayor Tan Lihua will host the next meeting in June.")
    assert p.chairs == []


def test_hosted_jointly_by_names_both_chairs():
    p = run("The opening ceremony was hosted jointly by Ren Xiaoyan, Secretary of the Party Committee of the "
            "University, and Bo Jianguo, President of the University.")
    assert p.chairs == ["Ren Xiaoyan", "Bo Jianguo"]


def test_a_company_name_after_an_office_is_no_person():
    p = run("The shareholders' meeting was held on May 3. Authorized by Zhou Yundan, Chairman of Harbour Electric "
            "Power, Liu Guangchi, General Manager of Harbour Electric Power, hosted the meeting.")
    assert p.chairs == ["Liu Guangchi"]
    everyone = names(p.speakers) | names(p.attendees) | names(p.mentions) | names(p.unplaced)
    assert not any("Power" in n for n in everyone)


def test_executive_chairmen_of_the_conference_are_chairs():
    # the comma before "served" lost its space, as on the page this was written after
    p = run("The session was held on February 6. Pan Delong, Qi Guoquan and Liao Qingyu,served as the executive "
            "chairmen of the conference, and took their seats at the front of the rostrum.")
    assert p.chairs == ["Pan Delong", "Qi Guoquan", "Liao Qingyu"]


def test_chairman_of_a_company_is_an_office_not_a_chair():
    p = run("The forum opened on May 3. Pan Delong, who served as chairman of the Harbour Group for ten years, "
            "attended the forum.")
    assert p.chairs == []
    assert "Pan Delong" in names(p.attendees)


def test_an_adverb_before_a_coordinated_speech_verb():
    p = run("The session opened on May 3. Xie Yuan, President of Tongwei Solar, attended the meeting and actively put "
            "forward suggestions at the group discussion.")
    assert "Xie Yuan" in names(p.speakers)


def test_a_list_of_bodies_on_whose_behalf_a_leader_spoke_is_no_speaker():
    p = run("Zhang Wei made a speech at the ceremony. In his speech, he firstly extended a warm welcome to the guests on "
            "behalf of CPC Harbour Municipal Committee, Municipal People's Congress, Municipal Government and Harbour "
            "Committee of CPPCC, and extended sincere thanks to all.")
    assert names(p.speakers) == {"Zhang Wei"}


def test_an_opening_proclaimed_by_officials_places_them_there():
    p = run("The opening of the 3rd Harbour Tourism Conference was proclaimed by Ren Xuchun, vice chairman of the "
            "CPPCC, Bo Guohui, secretary of CPC Harbour Municipal Committee, and Lu Xuyang, secretary of CPC Pingshan "
            "County Committee.")
    assert names(p.attendees) == {"Ren Xuchun", "Bo Guohui", "Lu Xuyang"}
    assert not p.speakers


def test_the_counterparts_end_at_the_subject_s_next_predicate():
    p = run("Foreign Minister Wang Yi met with President Ana Fernandes, signed agreements on space infrastructure and "
            "agreed the visit of President Xi Jinping.")
    assert names(p.attendees) == {"Ana Fernandes", "Wang Yi"}  # Wang Yi, the host: `meeting_host` (1.30.0)
    assert "Xi Jinping" in names(p.mentions)


def test_a_courtesy_call_during_the_visit_reported_places_the_counterpart():
    p = run("A delegation led by Chen Gang paid a courtesy call on Prime Minister Anna Berg during his visit to Norway. "
            "Berg said ties matter.")
    assert "Anna Berg" in names(p.attendees)


def test_a_courtesy_call_during_a_dated_visit_is_another_occasion():
    p = run("A delegation led by Chen Gang paid a courtesy call on Prime Minister Anna Berg during his visit to Norway "
            "in March 2019. Berg said ties matter.")
    assert "Anna Berg" not in names(p.attendees)


def test_the_fields_of_a_faculty_in_an_office_are_no_parties():
    p = run("Professor Mike Walsh, Victoria's Pro-Vice-Chancellor of the Faculties of Science, Engineering, "
            "Architecture and Design, says the agreement is a significant step.")
    assert names(p.speakers) == {"Mike Walsh"}


def test_had_a_meeting_with_words_between_places_the_counterpart():
    p = run("President Tomas Nikolic had a meeting today in Belgrade with Peng Chenlin, Vice Mayor of Shanghai.")
    assert "Peng Chenlin" in names(p.attendees)
