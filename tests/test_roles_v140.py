"""Parser 1.40.0 name and role rules, on invented texts (pure functions, no Prefect)."""
from role_helpers import names, run

from readouts.transform import names as N
from readouts.transform import wrapped

# ---------------------------------------------------------------- hard-wrapped minutes

MINUTES = """MINUTES OF THE PROCEEDINGS OF THE TOWN COUNCIL
REGULAR SESSION
MARCH 4, 2019
1. CALL TO ORDER
The Riverton Town Council met in Regular Session called to order by Mayor Alan
Whitcombe at 7:00 p.m.
2. ROLL CALL
Mayor Alan Whitcombe and Councilmembers Dora Pike, Lena Marsh-
Holloway, and Ray Dunst. Also present were Town Manager Iris Coyle, Clerk Ben
Osgood, Director of Public Works Hal Trent, Planning Director Ruth
Abney, and Town Attorney Carl Voss of Voss Law Offices, Inc.
3. INVOCATION
Councilmember Pike moved and Councilmember Dunst seconded to approve the
Agenda and Consent Agenda as presented. Motion passed unanimously.
"""


def test_headings_do_not_hide_that_the_prose_is_hard_wrapped():
    assert wrapped.hard_wrapped(MINUTES)
    text, offsets = wrapped.unwrap(MINUTES)
    assert "Clerk Ben Osgood, Director" in text and "Planning Director Ruth Abney," in text
    assert len(offsets) == len(text) and MINUTES[offsets[text.index("Osgood")]] == "O"


def test_a_line_broken_after_a_hyphen_joins_a_double_barrelled_name():
    text, _ = wrapped.unwrap(MINUTES)
    assert "Lena Marsh-Holloway, and Ray Dunst" in text


def test_a_page_of_short_headings_and_closed_sentences_is_not_wrapped():  # guard
    page = "\n".join(["ROLL CALL", "MARCH 4, 2019", "1. OPENING"] +
                     ["The mayor opened the meeting of the council and welcomed the guests."] * 6)
    assert not wrapped.hard_wrapped(page)


# ---------------------------------------------------------------- headlines


def test_a_headline_chair_the_body_names_without_a_title():
    p = run("The President of the Republic presided over the first Council of Ministers. The time for Paul Biya, to "
            "trace his roadmap to the government.", title="Cameroon: Paul Biya quickly chaired the Council of Ministers")
    assert "Paul Biya" in p.chairs
    assert "Paul Biya" not in names(p.mentions)


# ---------------------------------------------------------------- chairs marked in a roll


def test_a_chair_mark_after_a_post_nominal_or_a_dashed_office_in_a_roll():
    p = run("Present:\n- Prof. Ian Cumming \u2013 Non-Executive Director (Chairman) and voting member\n"
            "- Mr Alan Marsh \u2013 Chief Executive Officer and voting member")
    assert p.chairs == ["Ian Cumming"]
    p = run("The council met at 10:15 a.m. Present were Councillors Richard Creary, JP (Chairperson), Doreen "
            "Hutchinson and Germaine Smiley.")
    assert "Richard Creary" in p.chairs


def test_an_office_in_brackets_that_is_not_the_chair_marks_no_one():  # guard
    p = run("Present:\n- Mr Alan Marsh \u2013 Chief Executive Officer (Chairman of the Audit Committee)\n"
            "- Ms Sue Banks \u2013 Non-Executive Director")
    assert p.chairs == []


def test_a_plural_noun_in_sion_opens_no_name():
    p = run("The meeting was held at the Civic Centre, commencing at 10:15 a.m. Present were: - Councillors Divisions "
            "Richard Creary, JP (Chairperson) Richmond Doreen Hutchinson, JP Carron Hall Germaine Smiley Port Maria")
    assert p.chairs == ["Richard Creary"]


# ---------------------------------------------------------------- hosts and guests


def test_received_after_the_day_and_the_place_without_commas():
    p = run("General Raul Castro and President Miguel Diaz-Canel received on Wednesday in Havana the Secretary of the "
            "Russian Security Council, Nikolai Patrushev, who is on a working visit to our country.")
    assert {"Raul Castro", "Miguel Diaz-Canel", "Nikolai Patrushev"} <= names(p.attendees)


def test_received_at_a_named_place_by_the_host():
    p = run("British Ambassador Jill Gallard was received at the State Chancellery by the Bavarian head of government, "
            "Premier Dr. Markus Soder.")
    assert "Markus Soder" in names(p.attendees)


def test_received_a_letter_on_a_day_is_no_meeting():  # guard
    p = run("Governor Li Wei received on Monday in Chengdu a letter from Mayor John Smith.")
    assert "John Smith" not in names(p.attendees)


# ---------------------------------------------------------------- styles


def test_a_wrapped_line_that_ends_in_a_style_or_an_initial_goes_on():
    text = ("The Conference of Heads of Government was held at Port-of-Spain from 3-6 July 2013 and it was\n"
            "attended by the Prime Minister of the Federation of St. Kitts and Nevis, the Rt. Honourable Dr.\n"
            "Denzil Douglas; the Prime Minister of Saint Lucia, Dr. the Honourable Kenny D.\n"
            "Anthony; the Prime Minister of Saint Vincent and the Grenadines, Dr. Ralph Gonsalves; and the\n"
            "President of Suriname. The heads of government discussed the regional economy at length.\n"
            "The meeting closed with a statement on the economy and on the region's security.\n")
    joined, _ = wrapped.unwrap(text)
    assert "Dr. Denzil Douglas;" in joined and "Kenny D. Anthony;" in joined
    assert not wrapped._CLOSED.search("the Rt. Honourable Dr.") and wrapped._CLOSED.search("at length.")


def test_the_bare_honourable_style_after_a_comma_opens_a_name():
    p = run("Other members of the Conference in attendance were: the Prime Minister of Barbados, Honourable Freundel "
            "Stuart; the Prime Minister of Antigua and Barbuda, Honourable Winston Baldwin Spencer.")
    assert {"Freundel Stuart", "Winston Baldwin Spencer"} <= names(p.attendees)


def test_the_bare_honourable_style_before_one_word_is_no_name():  # guard
    p = run("The motion was seconded, Honourable Members, and the House rose at noon.")
    assert not names(p.attendees + p.speakers + p.mentions + p.unplaced)


# ---------------------------------------------------------------- clauses


def test_the_pronoun_after_as_is_the_subject_of_the_verb_before():
    p = run("Prime Minister Mostafa Madbouly made the remarks as he chaired on Thursday a Cabinet meeting at the "
            "government's headquarters.")
    assert p.chairs == ["Mostafa Madbouly"]


def test_the_pronoun_after_as_follows_no_list_of_subjects():  # guard
    p = run("Governor Li Wei and Mayor Zhang Hua made remarks as he chaired the meeting.")
    assert p.chairs == []


def test_an_earlier_summit_that_brought_leaders_together_places_none_of_them():
    p = run("The Cabinet meeting touched on the tripartite summit bringing together Egypt, Jordan and Palestine which "
            "has recently been held in New Alamein City among President Abdel Fattah al-Sisi, Jordanian King "
            "Abdullah II and Palestinian President Mahmoud Abbas.")
    assert not names(p.attendees)


def test_the_hausa_style_mallam_is_no_word_of_the_name():
    p = run("National Security Adviser Mallam Nuhu Ribadu said the forum had done well.")
    assert "Nuhu Ribadu" in names(p.speakers)


def test_in_his_remarks_before_the_verb_makes_the_subject_a_speaker():
    p = run("Mayor John Smith, in his opening remarks, tasked the assembly members to be good servants.")
    assert names(p.speakers) == {"John Smith"}


def test_in_his_address_after_a_noun_is_no_speech_of_the_one_before():  # guard
    p = run("The members discussed the points in his address tabled by the clerk.")
    assert not names(p.speakers)


def test_a_meeting_one_was_due_to_hold_later_names_a_mention():
    p = run("Later in the day, Speaker Robert Fico was also due to meet with President Petr Pavel.")
    assert "Petr Pavel" in names(p.mentions) and "Petr Pavel" not in names(p.attendees)


def test_calls_between_others_over_the_past_days_or_planned_name_mentions():
    p = run("The minister called recent talks good news, noting two conversations between President Vladimir Putin and "
            "President Emmanuel Macron over the past few days, and a planned call between Minister Ivan Petrov and "
            "Secretary Antony Blinken later on Tuesday.")
    assert {"Vladimir Putin", "Emmanuel Macron", "Antony Blinken"} <= names(p.mentions)


def test_a_call_between_the_two_leaders_at_the_meeting_is_no_mention():  # guard
    p = run("President Li Wei held a phone call with President John Smith. The call between Li Wei and John Smith was "
            "cordial.")
    assert not names(p.mentions)


# ---------------------------------------------------------------- minutes


def test_the_mover_and_the_seconder_of_a_motion_were_present():
    p = run("After the Mayor's report, Councillor John Pierce moved and Councillor Khales Uddin Ahmed seconded, a "
            "procedural motion that the order of business be changed.")
    assert {"John Pierce", "Khales Uddin Ahmed"} <= names(p.attendees)


def test_seconded_by_stays_the_passive_rule():  # guard
    p = run("The motion was moved by Councillor Ann Lee and seconded by Councillor Bob Ray.")
    assert {"Ann Lee", "Bob Ray"} <= names(p.speakers + p.attendees)


def test_witnesses_of_a_signing_written_after_the_verb_were_present():
    p = run("Serving as witnesses to the ceremony were Vice Mayor Jeffrey Ganzon and members of the council.")
    assert "Jeffrey Ganzon" in names(p.attendees)
    p = run("Witnessing the signing were Governor Li Wei and Mayor John Smith.")
    assert {"Li Wei", "John Smith"} <= names(p.attendees)


def test_a_titled_name_may_hold_an_initial_without_its_period():
    p = run("Chief Minister Edappadi K Palaniswami today held a review meeting and said the work must go on.")
    assert "Edappadi K Palaniswami" in names(p.speakers)
    p = run("Governor John A Smith said the plan was ready.")
    assert "John A Smith" in names(p.speakers)


def test_a_nickname_in_quotation_marks_stays_inside_the_name():
    p = run('"We will appoint an honorary consul," said President Joko "Jokowi" Widodo at the Bogor Palace.')
    assert names(p.speakers) == {'Joko "Jokowi" Widodo'}
    p = run("President Ferdinand \u201cBongbong\u201d Marcos Jr. said the talks went well.")
    assert names(p.speakers) == {"Ferdinand \u201cBongbong\u201d Marcos Jr"}


def test_a_quoted_word_after_an_office_is_no_nickname():  # guard
    p = run('The so-called "Iron" Lady of the party, Minister Ann Lee, said the plan works.')
    assert 'Iron' not in " ".join(names(p.speakers))


# ---------------------------------------------------------------- credits


def test_a_cjk_credit_before_the_pages_next_label_keeps_the_name_alone():
    assert [n for _, _, n in N.byline_names("author:\u95eb\u5029\u5029 Release time:2021-06-09 viewed:10")] == \
        ["\u95eb\u5029\u5029"]


def test_a_credit_in_brackets_after_its_label():
    assert [n for _, _, n in N.byline_names("Author: (Martin Dremljuga/ERR)")] == ["Martin Dremljuga"]


def test_the_bare_honourable_style_before_one_capitalised_word_opens_no_name():
    assert N.honorific_names("the Speaker of the House, Honourable Stuart, opened the sitting.") == []
