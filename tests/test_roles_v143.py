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
