"""Parser 1.39.0 name and role rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import everyone, names, run

from readouts.transform import names as N

# ---------------------------------------------------------------- credits


def credited(line: str) -> list[str]:
    return [n for _, _, n in N.byline_names(line)]


def test_review_and_supervision_labels_credit_a_person():
    assert credited("Reviewed by: Peng Lixia    Supervised by: Tang Hua") == ["Peng Lixia", "Tang Hua"]
    assert credited("(Translated by Gao Ruoyu / Reviewed by Fang Yiming)") == ["Gao Ruoyu", "Fang Yiming"]


def test_writer_picture_and_review_labels_credit_a_person():
    assert credited("Writer: Qin Lan  |  Editor: Du Feng  |  From: Original") == ["Qin Lan", "Du Feng"]
    assert credited("Author: Fan Jie Picture: Shen Yaqi Review: Lu Dongmei") == ["Fan Jie", "Shen Yaqi", "Lu Dongmei"]


def test_a_photo_credit_label_stops_at_a_double_slash_or_cjk_text():
    assert credited("Photo Credit: Marla Keene // City of Springfield") == ["Marla Keene"]
    assert credited("Author: Kong Wenjie \u65f6\u95f4:2023-09-16 Share with friends:") == ["Kong Wenjie"]


def test_a_credit_in_chinese_characters_is_kept_whole():  # guard
    assert credited("Editor: \u738b\u4e16\u5b66") == ["\u738b\u4e16\u5b66"]


def test_a_credited_name_may_carry_accented_letters():
    assert credited("(Photo: Tamás Erdélyi/kormany.hu)") == ["Tamás Erdélyi"]
    assert credited("MTI Photos: Kovács Zoltán") == ["Kovács Zoltán"]


def test_a_byline_in_capitals_or_before_an_en_dash():
    assert credited("BY Aron Feld / Comment:0") == ["Aron Feld"]
    assert credited("By Leyla Mammadova \u2013 Trend:") == ["Leyla Mammadova"]


def test_a_photo_label_before_an_agency_alone_credits_no_one():  # guard
    assert credited("Photo: Xinhua") == []
    assert credited("Photo: Government Press Office") == []


# ---------------------------------------------------------------- names


def test_an_arabic_name_of_several_links_is_one_name():
    p = run("King Hamad received Omani Foreign Minister, Faisal bin Nasser bin Khalid Al Rawahi, who conveyed to him "
            "the greetings of Sultan Tariq bin Taimur Al Said.")
    assert "Faisal bin Nasser bin Khalid Al Rawahi" in everyone(p)
    assert "Tariq bin Taimur Al Said" in everyone(p)


def test_two_given_names_and_family_links_are_one_name():
    p = run("Sheikh Nawaf Jaber Al Fahad Al Ahmad Al Sabah, Crown Prince of the State of Kuwait, received the minister.")
    assert "Nawaf Jaber Al Fahad Al Ahmad Al Sabah" in everyone(p)


def test_a_fathers_name_inside_a_lineage_is_another_person():
    p = run("Chaired by Sheikh Rashid bin Saeed Al Nuaimi, the cabinet met. The meeting was attended by Sheikh Hamdan "
            "bin Rashid bin Saeed Al Nuaimi, Deputy Ruler. Sheikh Rashid said the budget was approved.")
    assert "Hamdan bin Rashid bin Saeed Al Nuaimi" in names(p.attendees)
    assert "Rashid bin Saeed Al Nuaimi" in names(p.speakers)


def test_malay_and_cambodian_styles_are_no_words_of_the_name():
    p = run("The Prime Minister paid a courtesy call on the Penang Governor Tun Hashim Ngah Salleh at Seri Mutiara. "
            "Also present was Deputy Premier Datuk Amar Joseph Lian Entulu.")
    assert {"Hashim Ngah Salleh", "Joseph Lian Entulu"} <= everyone(p)
    p = run("Samdech Moha Borvor Thipadei Techo Sok Vanna, Prime Minister of the Kingdom of Cambodia, received the "
            "delegation.")
    assert "Sok Vanna" in everyone(p)


def test_a_name_that_repeats_its_first_word_keeps_it():  # guard
    p = run("Minister Tun Tun Naing attended the meeting.")
    assert "Tun Tun Naing" in names(p.attendees)


# ---------------------------------------------------------------- presence


def test_the_one_who_pays_a_courtesy_call_received_is_present():
    p = run("The Prime Minister also received a courtesy call from Tan Sri Azman Yusof, the Special Envoy of the ASEAN "
            "Chair, and exchanged views on the region.")
    assert "Azman Yusof" in names(p.attendees)
    assert "Azman Yusof" not in names(p.mentions)


def test_a_phone_call_received_from_someone_is_no_presence():  # guard
    p = run("Last year the minister received a phone call from President Joko Santoso.")
    assert "Joko Santoso" not in names(p.attendees)


def test_a_person_named_only_in_a_verbless_list_is_never_dropped():
    p = run("The Mayor declared the meeting open at 9.09am.\nAS REQUIRED Director Corporate Services Rowan Pellow, "
            "Lead Town Planner Christopher Tickner, Events Coordinator Susan Sands.")
    assert {"Rowan Pellow", "Christopher Tickner", "Susan Sands"} <= everyone(p)
    assert not {"Rowan Pellow", "Christopher Tickner", "Susan Sands"} & names(p.mentions)


def test_a_council_officers_portfolio_is_no_part_of_the_name():
    p = run("Also present were Director Corporate Services Rowan Pellow and Deputy Director Infrastructure "
            "Services/Strategic Road Management Cameron Hoffmann.")
    assert "Rowan Pellow" in everyone(p)
    assert not {"Corporate Services Rowan Pellow", "Infrastructure Services"} & everyone(p)


def test_the_host_of_a_separate_meeting_is_listed_not_dropped():
    p = run("Meanwhile the Swiss Ambassador to Tanzania, Mr Pierre Dufour met Dr Mwinyi and discussed various issues.")
    assert "Pierre Dufour" in names(p.unplaced)


def test_a_headline_chair_written_shorter_is_the_body_chair():
    p = run("Riyadh, May 3: Prince Abdulaziz bin Salman Al Saud chaired the regular meeting of the Society's Board of "
            "Directors.", title="Abdelaziz bin Salman chairs board meeting")
    assert p.chairs == ["Abdulaziz bin Salman Al Saud"]


def test_the_body_of_an_office_before_a_name_is_no_organisation_name():
    p = run("More specifically, the head of the government Levan Davitashvili is meeting with the ambassador of the "
            "United States of America, Robin Dunnigan.")
    assert "Levan Davitashvili" in names(p.attendees)


def test_an_organisation_before_its_name_is_no_person():  # guard
    p = run("Chief Executive Officer of French cosmetics group Lumiere Beaute, said her company plans to open a shop.")
    assert "Lumiere Beaute" not in everyone(p)


# ---------------------------------------------------------------- mentions


def test_the_principal_of_an_adviser_is_a_mention():
    p = run("Governor Pete Ricketts welcomed Kenji Mori, Special Adviser to Japanese Prime Minister Taro Sato, to the "
            "State Capitol.")
    assert "Taro Sato" in names(p.mentions)
    assert "Kenji Mori" in names(p.attendees)


def test_the_recipient_of_greetings_conveyed_from_afar_is_a_mention():
    p = run("The Foreign Minister conveyed the greetings of Sultan Faisal bin Nasser to Sheikh Jaber Al Ahmad Al Sabah, "
            "Emir of the State of Kuwait.")
    assert "Jaber Al Ahmad Al Sabah" in names(p.mentions)
