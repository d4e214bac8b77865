"""Parser 1.46.0 name and role rules, on invented texts (pure functions, no Prefect)."""
from role_helpers import everyone, names, run, titles_of

# ---------------------------------------------------------------- "A and B held a meeting" (rule `mutual_meeting`)


def test_both_sides_of_a_meeting_they_held_together_attended():
    p = run("Ambassador of Tajikistan Rustam Nazarov and Deputy Minister of Trade of Kazakhstan Aidar Bekov held a "
            "meeting in Astana. The interlocutors discussed transit routes.")
    assert {"Rustam Nazarov", "Aidar Bekov"} <= names(p.attendees)


def test_talks_held_by_two_ministers_place_both():
    p = run("Minister Lina Berzina and State Secretary Tomas Kalnins held bilateral talks in Riga on Monday.")
    assert {"Lina Berzina", "Tomas Kalnins"} <= names(p.attendees)


def test_one_official_holding_a_meeting_on_a_subject_is_no_host_of_it():  # guard
    p = run("Governor Rustam Nazarov held a meeting on flood control in Khujand on Monday.")
    assert "Rustam Nazarov" not in names(p.attendees)


def test_a_meeting_held_with_a_guest_keeps_host_and_guest():  # guard
    p = run("Minister Lina Berzina held a meeting with Ambassador Tomas Kalnins in Riga.")
    assert "Tomas Kalnins" in names(p.attendees)


# ---------------------------------------------------------------- place and organisation heads


def test_an_oblast_ends_before_the_name_of_its_governor():
    p = run("President Viktor Sorokin said as he met with Governor of Russia's Vologda Oblast Ivan Petrov on 21 "
            "February that trade had grown.")
    assert "Ivan Petrov" in names(p.attendees)
    assert not any("Oblast" in n for n in everyone(p))
    assert titles_of(p, "Ivan Petrov") == ["Governor of Russia's Vologda Oblast"]


def test_a_trust_ends_before_the_name_of_its_chair():
    p = run("Chair of the Harbour Settlement Trust Rawiri \u201cRa\u201d Tane said it was good to accept an invitation "
            "from the mayor.")  # a nickname in quotes made "Trust" look like the first of the name's words
    assert "Rawiri \u201cRa\u201d Tane" in names(p.speakers)
    assert titles_of(p, "Rawiri \u201cRa\u201d Tane") == ["Chair of the Harbour Settlement Trust"]


# ---------------------------------------------------------------- "A and his counterpart B" (rule `possessive_peer`)


def test_a_counterpart_after_a_possessive_is_a_co_subject():
    p = run("Foreign Minister Rustam Nazarov and his Uzbek counterpart Aidar Bekov met in Tashkent on Monday.")
    assert {"Rustam Nazarov", "Aidar Bekov"} <= names(p.attendees)


def test_two_ministers_who_discussed_a_matter_together_attended():
    p = run("Foreign Minister Lina Berzina and her Estonian counterpart Tomas Kalnins have been discussing regional "
            "security in Tallinn.")
    assert {"Lina Berzina", "Tomas Kalnins"} <= names(p.attendees)


def test_a_possessive_before_a_plain_noun_still_ends_the_subject():  # guard
    p = run("Mayor Lina Berzina and his team visited the port of Riga, and Tomas Kalnins said it was ready.")
    assert "Tomas Kalnins" in names(p.speakers)
    assert "Lina Berzina" not in names(p.speakers)


# ---------------------------------------------------------------- the caller of a courtesy call


def test_the_one_who_paid_a_courtesy_call_attended():
    p = run("Datuk Seri Rahman Idris paid a courtesy call on the Penang Governor Tun Ramli Ngah Talib at Seri Mutiara "
            "here. The two leaders toured the gallery.")
    assert "Rahman Idris" in names(p.attendees)
    assert "Ramli Ngah Talib" in names(p.attendees)


def test_a_caller_who_spoke_is_a_speaker_only():  # guard (GUIDELINES 2.6)
    p = run("Ambassador Qi Zhenhong paid a courtesy call on President Kamal Perera on Tuesday. Qi said the two "
            "countries were close friends.")
    assert "Qi Zhenhong" in names(p.speakers)
    assert "Qi Zhenhong" not in names(p.attendees)


# ---------------------------------------------------------------- a roll of traditional chiefs (rule `chief_roll`)


def test_chiefs_named_by_one_word_in_a_roll_attended():
    p = run("Also in attendance were traditional leaders, namely Chief Nkala, Chief Dube, Chief Mafu and Chief "
            "Ndlovu, and headmen from the two districts.")
    assert {"Nkala", "Dube", "Mafu", "Ndlovu"} <= names(p.attendees)


def test_a_chief_guest_is_no_person():  # guard
    p = run("The Chief Guest at the ceremony was the Governor, Mr Tendai Moyo, who addressed the gathering.")
    assert "Guest" not in everyone(p)
    assert "Tendai Moyo" in names(p.speakers)


# ---------------------------------------------------------------- surnames with a capital inside


def test_a_surname_with_a_capital_after_a_particle_is_read():
    p = run("Addressing the opening ceremony were: Ambassador Irwin LaRocque, secretary-general of the community; "
            "and Dr Keith DeSouza, Prime Minister of the island.")
    assert {"Irwin LaRocque", "Keith DeSouza"} <= names(p.speakers)


# ---------------------------------------------------------------- "interpreted the plan"


def test_interpreting_a_plan_to_the_meeting_is_speech():
    p = run("Vice Mayor Qiao Jianming interpreted the Action Plan for the Control of Air Pollution. Zhao Lin, Sun Wei "
            "and Ma Jun attended the meeting.")
    assert "Qiao Jianming" in names(p.speakers)


def test_an_interpreter_for_the_delegation_is_no_speaker():  # guard
    p = run("Zhang Wei interpreted for the delegation while Mayor Liu Qiang met the guests.")
    assert "Zhang Wei" not in names(p.speakers)


# ---------------------------------------------------------------- "received the visit of" (rule `visit_of`)


def test_the_visitors_of_a_visit_received_attended():
    p = run("On July 3, Mr Josip Horvat received the first visit of the Ambassador of Montenegro Mr Igor Vukovic and "
            "the Finnish Ambassador to Croatia Mr Juha Lehto. The Deputy Speaker congratulated Montenegro.")
    assert {"Igor Vukovic", "Juha Lehto"} <= names(p.attendees)
    assert not {"Igor Vukovic", "Juha Lehto"} & names(p.mentions)


def test_a_visit_dated_by_a_month_alone_is_an_earlier_one():  # guard
    p = run("President Luis Pena met the delegation on Monday. In February of this year, President Pena received a "
            "visit from Senator Mark Rowley, who highlighted the opportunities.")
    assert "Mark Rowley" not in names(p.attendees)


# ---------------------------------------------------------------- "They stressed ..." after a meeting of two


def test_they_stressed_after_a_meeting_of_two_makes_both_speakers():
    p = run("Foreign Minister Badr Hamdan received Dr Salim Al Rashid, Foreign Minister of Bahrain, during his "
            "official visit. They stressed the depth of the relationship between the two countries.")
    assert {"Badr Hamdan", "Salim Al Rashid"} <= names(p.speakers)


def test_they_talked_about_is_no_speech_of_the_pair():  # guard
    p = run("Minister Liu Qiang met a delegation led by Chan Wai-ming, secretary for security, in Beijing. They also "
            "talked about training for the judicial sector.")
    assert not {"Liu Qiang", "Chan Wai-ming"} & names(p.speakers)


# ---------------------------------------------------------------- credits with the surname in capitals


def test_a_credit_with_a_pinyin_surname_in_capitals_is_a_person():
    p = run("The forum opened on Monday and Mayor Li Qiang attended it. Translated by XIAO Hanxian; Reviewed by "
            "FENG Chenchen")
    assert {"XIAO Hanxian", "FENG Chenchen"} <= names(p.mentions)


def test_an_agency_in_capitals_after_a_credit_label_is_no_person():  # guard
    p = run("The forum opened on Monday and Mayor Li Qiang attended it. Photo by NASA Ames")
    assert not any("NASA" in n for n in everyone(p))


def test_a_legislature_after_an_office_is_no_name_of_its_own():
    p = run("Chairman of the Verkhovna Rada of Ukraine Ruslan Koval said the visit mattered.")
    assert names(p.speakers) == {"Ruslan Koval"}
    assert titles_of(p, "Ruslan Koval") == ["Chairman of the Verkhovna Rada of Ukraine"]
