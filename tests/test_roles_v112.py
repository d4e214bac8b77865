"""Parser 1.12.0 role rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import names, run


def test_during_the_visit_is_the_occasion_reported():
    p = run("On June 3, Ma Tianyu, president of the Harbour Group, and his delegation visited the Port Authority. "
            "During the visit, Sun Lijuan, vice president of the Port Authority, Peng Hao and Lu Wen, directors of "
            "the Harbour Group, participated.")
    assert {"Sun Lijuan", "Peng Hao", "Lu Wen"} <= names(p.attendees)


def test_during_his_visit_elsewhere_is_another_occasion():
    p = run("The bureau held a meeting on trade on May 2. Director Gao Ming chaired the meeting. Gao recalled that "
            "Minister Tao Ran stressed openness during his visit to Hainan in March.")
    assert "Tao Ran" not in names(p.speakers)


def test_a_fronted_participle_with_its_agent_is_the_same_occasion():
    p = run("Presided over by the deputy director of the Commerce Bureau Tang Meiling, the seminar was attended by "
            "Liu Qiang, professor of the University.")
    assert p.chairs == ["Tang Meiling"]
    assert "Tang Meiling" not in names(p.mentions)
    p = run("Accompanied by Vice Mayor Qiu Yan, Governor He Tao inspected the port and chaired a symposium.")
    assert "Qiu Yan" in names(p.attendees)


def test_a_participle_clause_after_the_verb_still_places_the_act_elsewhere():
    p = run("Director Ye Ping chaired the meeting. The meeting studied the speech delivered by Secretary Hu Bin at "
            "the provincial conference.")
    assert "Hu Bin" not in names(p.speakers)


def test_a_name_after_an_ambassador_to_a_country_shares_the_roll_s_predicate():
    # the parser hangs the second name on "the Republic", the object of the ambassador's "to"
    p = run("Qin Hailong, Ambassador Extraordinary and Plenipotentiary of China to the Republic of Fiji, Wu Xiaoli, "
            "Deputy Director of the Foreign Affairs Office, and Tom Reid, Mayor of Suva, attended the online signing "
            "ceremony and delivered speeches respectively.")
    assert {"Qin Hailong", "Wu Xiaoli", "Tom Reid"} <= names(p.speakers)
    assert {"Qin Hailong", "Wu Xiaoli", "Tom Reid"} <= names(p.attendees)


def test_initials_and_surname_refer_back_to_one_fuller_name():
    from readouts.transform.names import canonical_names
    out = canonical_names(["Nikolai Petrov", "Olga Petrova", "N.Petrov", "O. Petrova", "K.Petrov", "G.Tumurbaatar"])
    assert out["N.Petrov"] == "Nikolai Petrov" and out["O. Petrova"] == "Olga Petrova"
    assert out["K.Petrov"] == "K.Petrov" and out["G.Tumurbaatar"] == "G.Tumurbaatar"
    p = run("Academician Nikolai Petrov, vice-president of the Academy, visited Baku. He met with academician "
            "Rauf Aliyev. Academician N.Petrov thanked the hosts for the reception.")
    assert "Nikolai Petrov" in names(p.speakers) and "N.Petrov" not in names(p.speakers)


def test_the_last_words_of_one_longer_name_refer_back_to_it():
    from readouts.transform.names import canonical_names
    out = canonical_names(["Muhammad Tariq Anwar", "Tariq Anwar", "Zhang Li Wei", "Li Wei"])
    assert out["Tariq Anwar"] == "Muhammad Tariq Anwar"
    assert out["Li Wei"] == "Li Wei"  # a pinyin name is a person of its own


def test_a_korean_surname_in_capitals_before_a_hyphenated_given_name():
    from readouts.transform.names import find_names
    found = [n.name for n in find_names("The forum was attended by PARK Min-jun, consul general, and by HAN "
                                        "Seo-yeon, director, and the UN Co-chair team.")]
    assert found == ["Park Min-jun", "Han Seo-yeon"]


def test_the_people_a_meeting_included_attended_it():
    p = run("Prime Minister Anwar Qadir met Chinese Ambassador Lu Kang in Islamabad. The meeting also included "
            "Deputy Prime Minister Tariq Baig, Interior Minister Saad Rafiq, and other officials.")
    assert {"Tariq Baig", "Saad Rafiq"} <= names(p.attendees)
    assert {r["rule"] for r in p.attendees if r["name"] in ("Tariq Baig", "Saad Rafiq")} == {"syntax_meeting_included"}
