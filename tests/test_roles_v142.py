"""Parser 1.42.0 name and role rules, on invented texts (pure functions, no Prefect)."""
from role_helpers import everyone, names, run

# ---------------------------------------------------------------- foreign names whose first word spells pinyin


def test_a_name_whose_second_word_is_neither_english_nor_pinyin_is_a_person():
    # "Sergei" splits into syllables the pinyin table holds; "Volkonsky" is no pinyin and no English word
    p = run("The foreign minister held talks with his Russian counterpart Sergei Volkonsky in Geneva on Tuesday.")
    assert "Sergei Volkonsky" in names(p.attendees)


def test_a_pinyin_place_before_an_english_word_stays_a_place():  # guard
    p = run("Mayor Zhang Wei inspected the Nanshan Industrial Park on Tuesday. Zhang Wei said the Yiwu Small "
            "Commodity market must keep its prices stable.")
    assert not {"Yiwu Small", "Yiwu Small Commodity", "Nanshan Industrial"} & everyone(p)


# ---------------------------------------------------------------- an organisation's head before its name


def test_a_name_after_a_malay_head_is_the_university_not_a_person():
    p = run("The minister met the vice-chancellor on Monday. He said that Universiti Tunku Ahmad Rahim and the "
            "polytechnic have worked together for ten years.")
    assert not {"Tunku Ahmad Rahim", "Ahmad Rahim"} & everyone(p)


def test_a_person_after_an_english_office_is_still_found():  # guard
    p = run("The minister met the vice-chancellor on Monday. The Director of the Office Ahmad Rahim Karim said that "
            "the two universities have worked together for ten years.")
    assert "Ahmad Rahim Karim" in everyone(p)


# ---------------------------------------------------------------- a place's name before a person's


def test_the_end_of_a_place_of_two_words_is_no_part_of_the_name_after_it():
    p = run("The Foreign Minister met the United States Ambassador to Sri Lanka Marguerite Okonjo on Friday in the "
            "capital.")
    assert "Marguerite Okonjo" in names(p.attendees)
    assert not any("Lanka" in n for n in everyone(p))


def test_a_region_before_an_initialled_name_is_no_part_of_it():
    p = run("The President received the Special Envoy for the Caribbean Roderick J. Hanley on Monday at the palace.")
    assert "Roderick J. Hanley" in names(p.attendees)


# ---------------------------------------------------------------- four words after an honorific


def test_a_name_of_four_words_after_an_honorific_is_read_whole():
    p = run("The Minister received the Ambassador of Egypt Ms Amira Mohamed Fathy Elsayed, who informed him of the "
            "preparations for the joint commission.")
    assert "Amira Mohamed Fathy Elsayed" in names(p.speakers)


def test_an_office_after_an_honorific_name_without_a_comma_ends_it():  # guard
    p = run("The bureau met the delegation on Monday. Ms. Zhou Lan Deputy Division Director of the bureau attended "
            "the meeting.")
    assert "Zhou Lan" in names(p.attendees)


# ---------------------------------------------------------------- meetings "between", offices "to" a country


def test_the_sides_of_discussions_held_between_them_attended():
    p = run("Discussions were held on Monday between Minister Arvid Kellstrom and Minister Tomas Brandvold on the "
            "trade agreement.")
    assert {"Arvid Kellstrom", "Tomas Brandvold"} <= names(p.attendees)


def test_an_ambassador_to_a_country_received_by_a_host_attended():
    p = run("The Speaker received the Ambassador of Norway to the Republic of Croatia Mr Arvid Kellstrom, who was "
            "paying a farewell call.")
    assert "Arvid Kellstrom" in names(p.attendees)


# ---------------------------------------------------------------- mentions: a posting credit, "under" a leader


def test_a_posted_by_line_credits_its_writer():
    p = run("Governor Pete Hallam met the trade delegation on Monday.\n\nPosted by: Farida Okonjo\n\nThe governor said "
            "the trip was useful.")
    assert "Farida Okonjo" in names(p.mentions)


def test_posted_by_inside_a_sentence_is_no_credit_line():  # guard
    p = run("Governor Pete Hallam met the trade delegation on Monday. A video posted by Farida Okonjo showed the "
            "governor at the port.")
    rules = {r["name"]: r.get("rule") for r in p.mentions}
    assert rules.get("Farida Okonjo") != "byline"


def test_a_leader_under_whom_something_happened_is_mentioned():
    p = run("Premier Kathleen Dunmore met the ambassador on Wednesday to discuss trade. The premier said the ties grew "
            "stronger under President Walter Brisbane.")
    assert "Walter Brisbane" in names(p.mentions)


# ---------------------------------------------------------------- mentions: a meeting still to come


def test_the_people_of_a_courtesy_call_still_to_come_are_mentioned():
    p = run("Minister Arvid Kellstrom met Foreign Minister Tomas Brandvold on Monday. During his stay, Kellstrom is "
            "also scheduled to pay a courtesy call on Prime Minister Walter Brisbane.")
    assert "Walter Brisbane" in names(p.mentions)


def test_the_person_a_minister_will_accompany_is_mentioned():
    p = run("Minister Arvid Kellstrom met Foreign Minister Tomas Brandvold on Monday. Kellstrom will accompany Prime "
            "Minister Walter Brisbane during the official visit next month.")
    assert "Walter Brisbane" in names(p.mentions)


def test_the_object_of_a_past_meeting_is_no_future_mention():  # guard
    p = run("Minister Arvid Kellstrom met Foreign Minister Tomas Brandvold on Monday. Kellstrom also paid a courtesy "
            "call on Prime Minister Walter Brisbane.")
    assert "Walter Brisbane" not in names(p.mentions)


# ---------------------------------------------------------------- a rare name before more speech verbs


def test_a_rare_name_before_conveyed_is_a_speaker():
    p = run("On 27 May the President received the foreign minister in Astana. Taking the opportunity, Arman-Bolat "
            "Zhumabekov conveyed his best wishes to the people of Turkmenistan.")
    assert "Arman-Bolat Zhumabekov" in names(p.speakers)


# ---------------------------------------------------------------- a credit's surname in capitals


def test_a_credit_writes_the_surname_in_capitals():
    p = run("Author: Aline UWASE\nOn: 5/04/2024\n\nPresident Paul Kagame met the visiting governor at Village "
            "Urugwiro on Friday.")
    assert "Aline UWASE" in names(p.mentions)


def test_an_agency_in_capitals_after_a_credit_is_no_surname():  # guard
    p = run("President Paul Kagame met the visiting governor on Friday.\n\nReporter: Li Wei CHINA DAILY")
    assert "Li Wei" in names(p.mentions)


# ---------------------------------------------------------------- courtesies as speech


def test_offering_condolences_is_speech():
    p = run("Foreign Minister Tariq Aldawsari received the visiting Secretary of State Walter Brisbane on Monday. "
            "Brisbane offered his condolences on the passing of the late president.")
    assert "Walter Brisbane" in names(p.speakers)


def test_confirming_that_during_the_meeting_is_speech():
    p = run("The caretaker Prime Minister Karim Haddad received a delegation from the European Parliament on Monday. "
            "Haddad confirmed during the meeting that Iraq attaches great significance to its relations with the "
            "European Union.")
    assert "Karim Haddad" in names(p.speakers)
