"""Parser 1.47.0 name and role rules, on invented texts (pure functions, no Prefect)."""
from role_helpers import everyone, names, run, titles_of

# ---------------------------------------------------------------- "discussed ... with B", "a meeting he had with B"


def test_the_guest_of_talks_about_ways_to_strengthen_ties_attended():
    p = run("Qatar's Emir, Sheikh Hamad Al-Jaber Al-Thani, yesterday discussed ways to strengthen bilateral relations "
            "and regional developments with Jordan's King Talal Bin Faisal.")
    assert "Talal Bin Faisal" in names(p.attendees)
    assert "Hamad Al-Jaber Al-Thani" in names(p.attendees)


def test_a_guest_after_two_objects_of_discussed_attended():
    p = run("Minister Karl Vella discussed economic cooperation and the security situation with Minister Paolo "
            "Rinaldi.")
    assert {"Karl Vella", "Paolo Rinaldi"} <= names(p.attendees)


def test_the_guest_of_a_meeting_the_speaker_had_attended():
    p = run("Minister Karl Vella said this after an official meeting he had with the Minister for Foreign Affairs of "
            "Italy Paolo Rinaldi.")
    assert "Paolo Rinaldi" in names(p.attendees)


def test_ways_to_work_with_a_leader_named_elsewhere_make_no_guest():  # guard
    p = run("Minister Karl Vella discussed the budget on Monday. He said the country would keep working with "
            "President Paolo Rinaldi.")
    assert "Paolo Rinaldi" not in names(p.attendees)


# ---------------------------------------------------------------- names and offices


def test_a_south_african_mec_is_an_office_before_a_name():
    p = run("On Friday, Co-operative Governance MEC Thandi Mokoena delivered an address at the conference.")
    assert "Thandi Mokoena" in names(p.speakers)
    assert titles_of(p, "Thandi Mokoena") == ["Co-operative Governance MEC"]


def test_arabic_names_written_as_one_word_each():
    p = run("Governor AbdulRahman AbdulKarim said the forum would meet again. Deputy Prime Minister Anas AlFadhel "
            "and Minister Hossam AlMutairi attended.")
    assert "AbdulRahman AbdulKarim" in names(p.speakers)
    assert {"Anas AlFadhel", "Hossam AlMutairi"} <= names(p.attendees)


def test_a_word_that_only_starts_like_an_arabic_particle_is_no_name():  # guard
    p = run("Alberta Premier Jason Kenney said the Albany talks went well.")
    assert "Jason Kenney" in names(p.speakers)
    assert not any(n.startswith("Alb") for n in everyone(p))


def test_confirmed_this_reports_speech():
    p = run("Chairman of the forum, Governor Musa Bello confirmed this in a communique issued after the meeting.")
    assert "Musa Bello" in names(p.speakers)


# ---------------------------------------------------------------- "A welcomed the delegation": the host, no speech


def test_a_host_who_welcomed_the_delegation_attended_without_speaking():
    p = run("On December 11, Ambassador Pereira and his delegation visited the university. President Zhao Wenkai "
            "and Vice President Qian Xuemei welcomed Pereira and his party in conference room 5.")
    assert {"Zhao Wenkai", "Qian Xuemei"} <= names(p.attendees)
    assert not {"Zhao Wenkai", "Qian Xuemei"} & names(p.speakers)


def test_a_host_who_welcomed_guests_and_spoke_is_a_speaker_only():  # guard
    p = run("District Mayor Ji Hong welcomed the delegation and said cooperation would deepen.")
    assert "Ji Hong" in names(p.speakers) and "Ji Hong" not in names(p.attendees)


def test_welcoming_a_decision_is_speech():  # guard
    p = run("At the meeting, Governor Li Daming welcomed the signing of the agreement.")
    assert "Li Daming" in names(p.speakers)


# ---------------------------------------------------------------- "<office>, <name> <verb>": a holder after the comma


def test_a_name_after_an_office_and_its_comma_before_the_verb():
    p = run("Timor-Leste's Ambassador to Thailand, Jacinto Amaral yesterday met with Prime Minister Li Wei.")
    assert "Jacinto Amaral" in names(p.attendees)
    p = run("Nigeria's Minister of Finance, Wale Ojo said the reforms would continue.")
    assert "Wale Ojo" in names(p.speakers)
    assert titles_of(p, "Wale Ojo") == ["Nigeria's Minister of Finance"]


def test_a_state_after_an_office_and_its_comma_is_no_name():  # guard
    p = run("The Chairman of the forum, Lagos State hosted the meeting on Monday.")
    assert not any("Lagos" in n for n in everyone(p))
