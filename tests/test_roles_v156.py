"""Parser 1.56.0 name, role and title rules, on invented texts (pure functions, no Prefect)."""
from role_helpers import names, run, titles_of

# ---------------------------------------------------------------- courtesy calls and visits paid to a person


def test_the_one_a_courtesy_call_was_made_on_attended():
    p = run("The High Commissioner of Norland, Tomas Evrin, made a courtesy call on Board of Trade Chairman Kamal "
            "Perawasa and exchanged views on investment.")
    assert "Kamal Perawasa" in names(p.attendees)


def test_the_one_visited_during_a_courtesy_visit_attended():
    p = run("The coordinator, Ilse Morvane, made the pledge during a courtesy visit to the Chairman of the "
            "Commission, Alhaji Bako Tindar, at its headquarters.")
    assert "Bako Tindar" in names(p.attendees)


def test_every_person_a_courtesy_call_names_attended():
    p = run("He paid a courtesy call on the Minister of Finance, Mr. Jarek Ostrovin, and the Governor, Mr. Ade "
            "Balorun.")
    assert names(p.attendees) >= {"Jarek Ostrovin", "Ade Balorun"}


def test_a_visit_to_a_place_places_no_one():
    p = run("The delegation paid a courtesy visit to the Norland Museum, where curator Ilse Morvane later said the "
            "collection would travel.")
    assert "Ilse Morvane" not in names(p.attendees)


# ---------------------------------------------------------------- a rare name before "met" or "received"


def test_a_rare_name_before_met_is_a_person():
    p = run("Today, Artur Vardanyek met with the President of the Control Service of Norland.")
    assert "Artur Vardanyek" in names(p.attendees)


def test_a_place_of_two_words_before_met_is_no_person():
    p = run("The delegation travelled to Costa Rica. Costa Rica met the costs of the visit, the minister said.")
    assert "Costa Rica" not in names(p.attendees) | names(p.speakers)


# ---------------------------------------------------------------- offices of forest and police services


def test_a_conservator_of_forests_is_an_office():
    p = run("Principal Chief Conservator of Forests Lokam Jaisvir told the officials of the department to "
            "implement the plan.")
    assert "Lokam Jaisvir" in names(p.speakers)
    assert titles_of(p, "Lokam Jaisvir") == ["Principal Chief Conservator of Forests"]


# ---------------------------------------------------------------- a ruler's ordinal is part of the name


def test_a_regnal_number_is_part_of_the_name_and_the_surname_refers_back():
    p = run("The Chairman of the Canoe Council, Nene Ratteye Abotsi II, bemoaned the activities of foreign vessels. "
            "Abotsi said the fishermen would not give up.")
    assert names(p.speakers) == {"Nene Ratteye Abotsi II"}


def test_a_lone_i_is_an_ordinal_only_before_a_comma():
    p = run("The board met Chief Kwadwo Essuman I, Overlord of the Traditional Area. Mr Kofi Ansah said I was there.")
    assert "Kwadwo Essuman I" in names(p.attendees)
    assert names(p.speakers) == {"Kofi Ansah"}


# ---------------------------------------------------------------- inverted presence and speech


def test_there_were_present_opens_a_list_of_attendees():
    p = run("The council met at 7:00 P.M. There were present the Honorable Ruvel Janson, Chuck Fowlam and Everett "
            "Hobbsen.")
    assert names(p.attendees) >= {"Ruvel Janson", "Chuck Fowlam", "Everett Hobbsen"}


def test_with_the_chair_were_opens_a_list_of_attendees():
    p = run("With Chief Justice Gesmando were Associate Justice Ramon Paul L. Hernan and Court Administrator Raul B. "
            "Villanor.")
    assert names(p.attendees) == {"Ramon Paul L. Hernan", "Raul B. Villanor"}


def test_with_lower_case_is_no_inverted_presence():
    p = run("The minister said that with Governor Ade Balorun were many hopes for the province.")
    assert "Ade Balorun" not in names(p.attendees)


def test_officials_who_addressed_the_forum_were_speakers():
    p = run("Among the embassy officials who addressed the forum were Ambassador Nirma Raovan, Deputy Chief of "
            "Mission Taran Singh Sandor and Minister of Consular Affairs N.A. Prasadi.")
    assert names(p.speakers) == {"Nirma Raovan", "Taran Singh Sandor", "N.A. Prasadi"}
