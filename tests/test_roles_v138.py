"""Parser 1.38.0 name and role rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import everyone, names, run

# ---------------------------------------------------------------- names


def test_a_country_or_its_adjective_is_no_first_name():
    p = run("She met her counterparts Latvian Andris Berzins and Lithuanian Vytautas Jonaitis on Monday.")
    assert {"Andris Berzins", "Vytautas Jonaitis"} <= everyone(p)
    assert not any(n.split()[0] in ("Latvian", "Lithuanian") for n in everyone(p))


def test_a_surname_that_is_also_a_country_adjective_stays():  # guard
    p = run("Mr. Lao Pak Sang, director of the centre, attended the meeting and made a speech.")
    assert "Lao Pak Sang" in names(p.attendees)
