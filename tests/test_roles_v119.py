"""Parser 1.19.0 role rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import names, rule_of, run

from readouts.transform.names import byline_names


def test_people_a_plural_of_officials_includes_attended():
    p = run("On June 3, an inspection group of the provincial congress came to the factory. Inspection leaders "
            "include Zhou Ping and Bai Lin (deputy directors of the Legal Affairs Committee), and Han Mei (director of "
            "the county bureau).")
    assert {"Zhou Ping", "Bai Lin", "Han Mei"} <= names(p.attendees)
    assert rule_of(p.attendees, "Han Mei") == "syntax_group_included"


def test_a_name_after_the_object_of_included_that_the_parser_hangs_apart():
    p = run("The delegates also included industrial representatives, Mr. Zhou Ping, General Manager, Weifang Mining "
            "Investment Development Co. Ltd and Mr. Bai Lin, representative from Qilu Automobile Sales Co. Ltd.")
    assert {"Zhou Ping", "Bai Lin"} <= names(p.attendees)


def test_a_plural_that_is_no_party_or_an_earlier_list_places_nobody():
    p = run("Chen Yu chaired the meeting. Typical products include Zhou Ping brand tea and Bai Lin noodles.")
    assert not {"Zhou Ping", "Bai Lin"} & names(p.attendees)


def test_the_counterpart_of_a_video_conference_or_of_exchanges_attended():
    p = run("Doctors of the hospital shared their experience via video conference with Zhou Ping, Ambassador of the "
            "Chinese Embassy in Belgium, Bai Lin, Director of the Consular Section of the Chinese Embassy, and "
            "employees of Chinese enterprises in Belgium.")
    assert {"Zhou Ping", "Bai Lin"} <= names(p.attendees)
    assert rule_of(p.attendees, "Zhou Ping") == "syntax_counterpart"
    p = run("Chen Yu had in-depth exchanges with Han Mei on technological innovation.")
    assert "Han Mei" in names(p.attendees)


def test_people_who_came_to_a_place_to_inspect_it_attended():
    p = run("On the morning of May 4, Zhou Ping, Vice Mayor of Weifang, and Bai Lin, Secretary-General of the "
            "municipal government, came to the company to check its safety measures.")
    assert {"Zhou Ping", "Bai Lin"} <= names(p.attendees)
    assert rule_of(p.attendees, "Bai Lin") == "visit_subject"
    p = run("Zhou Ping came to power in 2019. Bai Lin chaired the meeting.")
    assert "Zhou Ping" not in names(p.attendees)


def test_encouraged_and_suggested_are_speech():
    p = run("Mayor Zhou Ping first inspected the new production line and encouraged the company to speed up "
            "construction. Bai Lin suggested more training for young staff.")
    assert {"Zhou Ping", "Bai Lin"} <= names(p.speakers)


def test_the_two_leaders_of_the_opening_meeting_both_spoke():
    p = run("Vice President Carlos Mendez received Zhou Ping, Minister of Water Resources of China. The two leaders "
            "discussed cooperation in irrigation and flood control.")
    assert {"Carlos Mendez", "Zhou Ping"} <= names(p.speakers)
    assert rule_of(p.speakers, "Carlos Mendez") == "pair_speech"
    p = run("Vice Premier Zhou Ping called on Prime Minister Ram Thapa at his residence. On the occasion, the two "
            "leaders discussed matters of trade.")
    assert {"Zhou Ping", "Ram Thapa"} <= names(p.speakers)


def test_the_two_leaders_with_no_meeting_pair_or_reported_place_nobody():
    # three people in the opening sentence: "the two" cannot be told
    p = run("Governor Carlos Mendez met Zhou Ping and Bai Lin in Lima. The two leaders discussed trade.")
    assert "Carlos Mendez" not in names(p.speakers)
    p = run("Vice President Carlos Mendez received Zhou Ping on Monday. Bai Lin said that the two leaders talked "
            "about trade last year.")
    assert "Carlos Mendez" not in names(p.speakers)


def test_a_credit_label_after_a_name_before_the_next_slash_is_no_part_of_it():
    credited = [n for _, _, n in byline_names("Weifang Daily (Reporter / Zhou Ping Correspondent / Bai Lin) On May "
                                              "4, the city held a meeting.")]
    assert "Zhou Ping" in credited and "Bai Lin" in credited
    assert not any("Correspondent" in n for n in credited)


def test_representing_accompanying_and_joining_lists_before_were_attended():
    p = run("President Ram Thapa met Zhou Ping in Kathmandu. Representing Nepal were Foreign Minister Hari Sharma and "
            "Secretary Dr. Gita Rai.")
    assert {"Hari Sharma", "Gita Rai"} <= names(p.attendees)
    assert rule_of(p.attendees, "Gita Rai") == "inverted_presence"
    p = run("Governor Ana Souza received Zhou Ping. Accompanying him were Bai Lin, Vice Mayor, and Han Mei.")
    assert {"Bai Lin", "Han Mei"} <= names(p.attendees)


def test_a_leader_and_his_entourage_speak_as_the_leader():
    p = run("On May 4, Meng Hua, Mayor of Linyi, visited the company. Mayor Meng and his entourage first inspected "
            "the new line, and encouraged the company to speed up construction.")
    assert "Meng Hua" in names(p.speakers)
    p = run("Meng Hua and his delegation stressed the need for cooperation.")
    assert "Meng Hua" in names(p.speakers)


def test_a_list_that_a_plural_place_noun_introduces_names_places():
    p = run("Minister Tran Van Binh met Governor Zhou Ping. Attending were representatives of four northern provinces "
            "including Quang Ninh, Tuyen Quang, Lang Son, Cao Bang.")
    found = names(p.attendees) | names(p.speakers) | {u["name"] for u in p.unplaced}
    assert not found & {"Quang Ninh", "Tuyen Quang", "Lang Son", "Cao Bang"}


def test_a_vietnamese_name_written_without_its_family_name_is_the_same_person():
    p = run("Minister Nguyen Hong Dien received Chairman Zhou Ping in Hanoi. Minister Hong Dien stressed that trade "
            "had grown.")
    assert "Nguyen Hong Dien" in names(p.speakers)
    assert "Hong Dien" not in names(p.speakers) | names(p.attendees)


def test_a_person_named_only_inside_someone_elses_report_is_a_mention():
    p = run("Governor Ana Souza met Zhou Ping on Monday. Souza said that the ties reflect the friendship between the "
            "two countries' leaders, President Carlos Mendez and President Li Wen.")
    rows = {r["name"]: r["rule"] for r in p.mentions}
    assert rows.get("Li Wen") == "named_in_report" and rows.get("Carlos Mendez") == "named_in_report"
    assert "Zhou Ping" not in rows


def test_pinyin_names_written_with_a_comma_after_an_honorific_in_an_attendance_list():
    p = run("The two parties discussed tourism. Those in attendance also included Mr. Zhou, Ping, Deputy "
            "Director-General, Foreign Affairs Office of Weifang; Mr. Bailin, Han, Chief Executive, Qilu District "
            "Government; and Mr. Ma, Ranxi, Deputy Director-General, Information Office of Weifang.")
    assert {"Zhou, Ping", "Bailin, Han", "Ma, Ranxi"} <= names(p.attendees)
    assert rule_of(p.attendees, "Ma, Ranxi") == "inverted_presence"
    p = run("Mr. Smith, Jones and others attended.")  # no pinyin pair: no comma name
    assert "Smith, Jones" not in names(p.attendees)


def test_with_x_in_the_chair_or_presiding_at_the_sentence_start_chairs():
    for text in ("With Vice Mayor Zhou Ping in the chair, the seminar was attended by Bai Lin.",
                 "With Vice Mayor Zhou Ping presiding, the seminar was attended by Bai Lin."):
        p = run(text)
        assert p.chairs == ["Zhou Ping"]
        assert "Bai Lin" in names(p.attendees)


def test_gm_is_an_office_in_an_apposition():
    p = run("Zhou Ping, GM of Weifang Electric Power, hosted the meeting.")
    assert p.chairs == ["Zhou Ping"]


def test_a_span_up_to_now_is_no_other_time():
    p = run("During the reception, Deputy Prime Minister Tran Van Binh congratulated the province on its achievements "
            "over the past years.")
    assert "Tran Van Binh" in names(p.speakers)
    p = run("Zhou Ping said at the meeting that Bai Lin had spoken about the plan last year.")
    assert "Bai Lin" not in names(p.speakers)
