"""Parser 1.29.0 role rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import names, rule_of, run, titles_of


def test_a_signing_dated_to_an_earlier_month_and_year_is_a_mention():
    p = run("Governor Zhang Wenhua received the delegation from Shandong. During an official visit in September 2023, "
            "President Liu Jianguo and his counterpart, Li Mingde, signed an agreement on trade.")
    assert "Li Mingde" not in names(p.attendees) and "Liu Jianguo" not in names(p.attendees)
    assert rule_of(p.mentions, "Li Mingde") == "speech_elsewhere"


def test_a_signing_at_the_meeting_still_makes_an_attendee():
    p = run("Governor Zhang Wenhua received the delegation from Shandong. In the afternoon, Governor Zhang Wenhua and "
            "Li Mingde signed an agreement on trade.")
    assert "Li Mingde" in names(p.attendees)


def test_a_month_with_its_year_places_a_speech_elsewhere():
    p = run("Zhang Wenhua chaired the meeting. In March 2019, Liu Jianguo said the port would open.")
    assert "Liu Jianguo" not in names(p.speakers)
    assert "Liu Jianguo" in names(p.mentions)


def test_people_named_in_a_fronted_phrase_of_circumstance_are_referred_to():
    p = run("With the good relationship between President Li Mingde and President Liu Jianguo, Vice Governor Gou "
            "Ningning said the two provinces are better off as partners.")
    assert names(p.speakers) == {"Gou Ningning"}
    assert rule_of(p.mentions, "Li Mingde") == "fronted_reference"
    assert rule_of(p.mentions, "Liu Jianguo") == "fronted_reference"


def test_a_person_also_named_outside_the_fronted_phrase_is_not_a_mention_by_it():
    p = run("With the support of Mayor Zhang Wenhua, Gou Ningning said the plan works. Zhang Wenhua attended the meeting.")
    assert "Zhang Wenhua" in names(p.attendees) and "Zhang Wenhua" not in names(p.mentions)


def test_words_to_journalists_after_the_meeting_are_speech_at_it():
    p = run("Head of delegation, Mr Zhang Wenhua, told journalists after the meeting that he had broad discussions "
            "with Vice President Liu Jianguo. \u201cMy visit is to implement the agreement,\u201d said Mr Zhang.")
    assert "Zhang Wenhua" in names(p.speakers) and "Zhang Wenhua" not in names(p.mentions)


def test_words_to_a_newspaper_stay_a_press_comment():
    p = run("Zhang Wenhua chaired the meeting. Liu Jianguo told the Global Times that the port would open.")
    assert "Liu Jianguo" not in names(p.speakers)
    assert "Liu Jianguo" in names(p.mentions)


def test_a_video_message_delivered_is_a_speech_and_one_sent_is_not():
    p = run("Wang Xiangxi attended the meeting and delivered a keynote speech. Liu Jianguo, Special Representative of "
            "the UN Secretary-General, delivered a video message. Zhang Wenhua sent a message.")
    assert "Liu Jianguo" in names(p.speakers)
    assert "Zhang Wenhua" not in names(p.speakers)


def test_a_word_that_begins_with_a_credit_label_is_no_credit():
    p = run("Wang Xiangxi attended the meeting. The heads of disaster management authorities of other countries, "
            "such as Argentina, Indonesia, Kazakhstan and Saudi Arabia, were invited to attend the meeting.")
    assert not {"Indonesia", "Kazakhstan", "Saudi Arabia"} & names(p.mentions)


def test_stacked_styles_are_one_style():
    from readouts.transform.names import find_names
    assert [s.name for s in find_names("Dr. Prof. Chang Huigi and Prof. Dr. Hans Weber attended.")] == \
        ["Chang Huigi", "Hans Weber"]


def test_initials_and_surname_before_the_sentence_period():
    from readouts.transform.names import find_names
    names_found = [s.name for s in find_names("The meeting attended G. Mosashvili, Ts. Tegetashvili, and M. Mosashvili.")]
    assert names_found == ["G. Mosashvili", "Ts. Tegetashvili", "M. Mosashvili"]


def test_a_month_abbreviation_glued_to_its_day_is_a_date():
    from readouts.transform.dates import date_mentions
    found = date_mentions("On Nov.6, a delegation of African ambassadors visited the headquarters.")
    assert [(m.month, m.day) for m in found] == [(11, 6)]


def test_joined_at_the_meeting_by_a_roll_of_offices_and_names():
    p = run("The Prime Minister was joined at the meeting by Minister of Foreign Affairs, Dr Amery Browne, Minister "
            "of National Security, Stuart Young, Minister of Health, Terrence Deyalsingh and Permanent Secretary to the "
            "Prime Minister, Maurice Suite.")
    assert {"Amery Browne", "Stuart Young", "Terrence Deyalsingh", "Maurice Suite"} <= names(p.attendees)
    assert rule_of(p.attendees, "Amery Browne") == "joined_by"


def test_a_name_after_an_office_and_its_comma():
    from readouts.transform.names import find_names
    from readouts.transform.titles import is_title
    assert [s.name for s in find_names("He met the Governor of Texas, Greg Abbott, on Monday.", is_title)] == \
        ["Greg Abbott"]
    # a company after an office is no name
    assert [s.name for s in find_names("Zhao Zhilong, General Manager, Yunnan Qujing Industrial and Mining "
                                       "Investment Development Co", is_title)] == ["Zhao Zhilong"]


def test_members_of_a_body_before_names_are_their_office_not_a_reference():
    p = run("The meeting was attended by Pro-rectors A. Eltsov and Yu. Losev, new members of the administration "
            "I. Idilova and E. Maryanovskaya.")
    assert not {"I. Idilova", "E. Maryanovskaya"} & names(p.mentions)


def test_the_perfect_of_a_meeting_is_the_readout_s_own_narration():
    p = run("John Mahama has held discussions with the Chinese Ambassador to Ghana, Mr. Shi Ting Wang.")
    assert "Shi Ting Wang" in names(p.attendees)
    assert titles_of(p, "Shi Ting Wang") == ["Chinese Ambassador to Ghana"]


def test_a_presence_roll_with_a_group_label_and_names_no_rule_knows():
    p = run("Present at the meeting were the Chairman of the NDC, Samuel Ofosu Ampofo, Senior members of the party, "
            "Ato Ahwoi, Kofi Totobi Quakyi, Kwame Peprah, Professor Kwamena Ahwoi and the Special Aide to the NDC "
            "Flagbearer Joyce Bawah Mogtari.")
    assert {"Samuel Ofosu Ampofo", "Ato Ahwoi", "Kofi Totobi Quakyi", "Kwame Peprah", "Kwamena Ahwoi",
            "Joyce Bawah Mogtari"} <= names(p.attendees)
    assert titles_of(p, "Joyce Bawah Mogtari") == ["Special Aide to the NDC Flagbearer"]


def test_the_principal_of_an_envoy_is_a_mention():
    p = run("Vice President Uz Hussain Mohamed Latheef met Shen Yiqin. Shen Yiqin stated that it gave her great "
            "pleasure to attend the inauguration ceremony as the Special Envoy of Chinese President Xi Jinping.")
    assert rule_of(p.mentions, "Xi Jinping") == "reference_of"


def test_leaders_listed_after_the_support_from_them_are_referred_to():
    p = run("James Marape met Wang Wei. The Prime Minister also commended the support from Chinese leaders, including "
            "President Xi Jinping and Premier Li Keqiang, for the focus on downstream processing.")
    assert rule_of(p.mentions, "Xi Jinping") == "reference_of" and rule_of(p.mentions, "Li Keqiang") == "reference_of"


def test_the_maldivian_style_uz_is_no_word_of_the_name():
    from readouts.transform.names import find_names
    assert [s.name for s in find_names("Vice President Uz. Hussain Mohamed Latheef spoke.")] == \
        ["Hussain Mohamed Latheef"]


def test_a_guest_presented_with_a_gift_at_the_ceremony_attended():
    p = run("Mayor Karen Williams met officials from Qinhuangdao. The discussions were made possible through a special "
            "ceremony where Cr Williams presented new Qinhuangdao Mayor Shang Liguang with an Aboriginal message stick.")
    assert rule_of(p.attendees, "Shang Liguang") == "syntax_presented_with"


def test_the_one_thanked_for_hosting_hosted_not_the_speaker():
    p = run("The delegation was headed by Mr. Hu Xiaodong, Deputy Director of Bureau I. Mr. Hu Xiaodong thanked CPSC "
            "for hosting the delegation and introduced his team.")
    assert p.chairs == [] and "Hu Xiaodong" in names(p.speakers)


def test_an_office_after_a_styled_name_without_a_comma_is_no_part_of_it():
    from readouts.transform.names import find_names
    assert [s.name for s in find_names("Ms. Cao Qian Deputy Division Director, and Mr. Jiao Hanzhang spoke.")] == \
        ["Cao Qian", "Jiao Hanzhang"]
