"""Parser 1.43.0 name and role rules, on invented texts (pure functions, no Prefect)."""
from role_helpers import everyone, names, run

# ---------------------------------------------------------------- a surname in capitals after several given names


def test_a_capitalised_surname_after_two_given_names_belongs_to_the_name():
    p = run("The Summit was attended by H. E. Mr. Kwaku Mensah ADJEI, President of the Republic of Ghana, and Hon. "
            "Fatou Binta JALLOW-TOURE, Minister of Finance of The Gambia.")
    assert {"Kwaku Mensah ADJEI", "Fatou Binta JALLOW-TOURE"} <= names(p.attendees)


def test_post_nominal_letters_after_two_given_names_are_no_surname():  # guard
    p = run("The Minister met Mr. David John Harper OBE, Chair of the Trust, on Monday in London.")
    assert "David John Harper" in everyone(p)
    assert not any("OBE" in n for n in everyone(p))


# ---------------------------------------------------------------- "H.E." before a name in a roll


def test_names_after_h_e_in_a_roll_of_envoys_and_their_countries_are_people():
    p = run("The President received the ambassadors H.E. Budi Santosa, Indonesia; H.E. Kim Sokha, Cambodia; and H.E. "
            "Gerald Tan, Singapore, at the Palace on Monday.")
    assert {"Budi Santosa", "Gerald Tan"} <= names(p.attendees)


def test_a_person_honorific_after_h_e_keeps_a_name_that_holds_an_office_word():  # guard
    p = run("First to be received by the Minister was the British High Commissioner to Ghana, H.E. Mrs Helen Bishop. "
            "She thanked the Minister for the warm reception.")
    assert "Helen Bishop" in everyone(p)


def test_h_e_before_an_office_is_no_name():  # guard
    p = run("H.E. President Amadou Diallo met H.E. the Ambassador of France on Monday.")
    assert not {"President Amadou", "President"} & everyone(p)


# ---------------------------------------------------------------- a roll of countries and their delegates


ROLL = ("The Extraordinary Summit was held in Gaborone on 9 March 2021.\n\n"
        "1. The Summit was attended by:\n\n"
        "Lesotho : H.E. Dr. Motseki Ralebese, President\n\n"
        "Republic of Congo: His Excellency Dr. Jean-Pierre Okemba, the Vice President of the Republic\n\n"
        "Botswana: His Honourable Mr. Kagiso Molefhe the Vice President of the Republic of Botswana\n\n"
        "2. The Summit observed a minute of silence.")


def test_every_line_of_a_roll_headed_by_countries_is_an_attendee():
    p = run(ROLL)
    assert {"Motseki Ralebese", "Jean-Pierre Okemba", "Kagiso Molefhe"} <= names(p.attendees)


def test_a_line_of_prose_after_a_colon_is_no_roll():  # guard
    p = run("The talks were held in Maseru on Monday. Lesotho: the Minister Thabo Ramoeletsi said that the two "
            "countries must expand trade.")
    assert "Thabo Ramoeletsi" not in names(p.attendees)


# ---------------------------------------------------------------- witnesses and speakers announced without a colon


def test_a_committees_witnesses_spoke():
    p = run("Finance and Public Administration Committee\n\nThe Committee took evidence from—\n\n"
            "Councillor Morag Kerr, Leader, Angus Council;\n\nCouncillor Iain Baird, Depute Leader, Moray Council;\n\n"
            "and then from—\n\nFiona Drummond, Director, Audit Scotland.\n\n"
            "The Committee considered the evidence heard earlier in the meeting.")
    assert {"Morag Kerr", "Iain Baird", "Fiona Drummond"} <= names(p.speakers)


def test_speakers_announced_by_were_and_names_in_capitals():
    p = run("The Centre hosted a luncheon on Friday for the diplomatic community.\n\nThe featured speakers were\n\n"
            "CHEN GANG, Member of the Standing Committee of the Provincial Committee\n\n"
            "LIU Yanhong, Deputy Director of the Provincial Commerce Department\n\n"
            "Ambassadors from six countries were in attendance.")
    assert {"Chen Gang", "Liu Yanhong"} <= names(p.speakers)


def test_two_words_in_capitals_before_a_comma_are_no_name_without_an_office():  # guard
    p = run("The delegation of the USA NATO, Allied Command met the Governor of Hainan on Monday.")
    assert not {"Usa Nato", "Nato"} & everyone(p)


# ---------------------------------------------------------------- styles of address


def test_h_e_before_a_name_is_no_pair_of_initials():
    p = run("The Summit was attended by H. E. Alpha SANOGO, Minister of Foreign Affairs of Burkina Faso, and other "
            "ministers.")
    assert "Alpha SANOGO" in names(p.attendees)
    assert not any(n.startswith("H.") for n in everyone(p))


def test_a_judges_style_before_her_name():
    p = run("The Speaker presided over the sitting. The new member was sworn in by Her Lordship Abena Owusu Mensah, "
            "a Justice of the Supreme Court.")
    assert "Abena Owusu Mensah" in everyone(p)


# ---------------------------------------------------------------- meetings written with a day or an object between


def test_received_on_a_date_then_the_guest():
    p = run("Governor of Syunik Arman Petrosyan received on August 26 Ambassador of Italy to Armenia Marco Rossini, "
            "the Office of the Governor said.")
    assert {"Arman Petrosyan", "Marco Rossini"} <= names(p.attendees)


def test_both_sides_of_discussed_something_with_a_counterpart_attend():
    p = run("Latvian Foreign Minister Inga Kalnina on Monday discussed bilateral cooperation with his Lithuanian "
            "counterpart Jonas Petrauskas in Riga.")
    assert {"Inga Kalnina", "Jonas Petrauskas"} <= names(p.attendees)


def test_a_discussion_still_to_come_is_no_meeting():  # guard
    p = run("Foreign Minister Inga Kalnina said she will discuss trade with Jonas Petrauskas next year.")
    assert "Jonas Petrauskas" in everyone(p) and "Jonas Petrauskas" not in names(p.attendees)


def test_an_offices_acronym_in_brackets_before_the_name():
    p = run("Prime Minister (PM) Ramesh Kumar Adhikari held a meeting with President Sita Devi Sharma on Monday.")
    assert "Ramesh Kumar Adhikari" in names(p.attendees)


def test_a_province_after_the_office_is_no_part_of_the_name_nor_a_name():
    p = run("Chief Minister Punjab Rana Tariq Mehmood called on the Prime Minister on Monday. Chief Minister Punjab "
            "apprised the Prime Minister about the floods.")
    assert "Rana Tariq Mehmood" in everyone(p)
    assert not {"Punjab", "Punjab Rana Tariq Mehmood"} & everyone(p)


def test_a_charge_d_affaires_is_an_office_after_a_name_and_two_spaces():
    p = run("The President received Arvid Lindqvist,  Chargé d'Affaires of Sweden, at the Palace on Monday.")
    assert [r["titles"] for r in p.attendees if r["name"] == "Arvid Lindqvist"] == [["Chargé d'Affaires of Sweden"]]


def test_speakers_given_the_floor_by_opening_it_and_a_roll_of_keynote_speeches():
    p = run("The Governor convened the cabinet on Monday. The Governor then opened the floor to secretaries Hudson, "
            "Marlowe, and Pritchard, who discussed their agencies' work.")
    assert {"Hudson", "Marlowe", "Pritchard"} <= names(p.speakers)
    p = run("The forum opened on Monday. Keynote speeches were then given by:\n\nTANG Yaoping, Former Vice Minister, "
            "Ministry of Commerce;\n\nMichael Brennan, President of the Chamber;\n\nThe forum closed at noon.")
    assert {"Tang Yaoping", "Michael Brennan"} <= names(p.speakers)


def test_the_malay_style_dato_seri_utama_is_no_part_of_the_name():
    p = run("President Marcos welcomed Malaysian Foreign Minister Dato' Seri Utama Ahmad Zaki Rahman in Malacañang "
            "in a courtesy call on Monday.")
    assert "Ahmad Zaki Rahman" in everyone(p)
    assert not any(n.startswith("Utama") for n in everyone(p))
