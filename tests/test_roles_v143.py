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
