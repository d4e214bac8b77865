"""Parser 1.35.0 meeting-date rules (pure functions, no Prefect)."""
from datetime import date

from readouts.transform.dates import resolve_meeting_date
from readouts.transform.sentences import split_sentences


def when(text, published=None, title=None):
    return resolve_meeting_date(text, split_sentences(text), published, title).start


def test_a_full_date_in_the_headline_dates_minutes_that_approve_earlier_minutes():
    text = ("Present: Cllr P Morgan (Chair), Cllr S Mills.\nThe minutes of the meetings held on 26th January 2021 were "
            "approved unanimously.")
    assert when(text, title="Minutes of the PARISH COUNCIL MEETING held on the 22nd March 2021 at 7.30pm") == \
        date(2021, 3, 22)
    assert when("MEMBERS PRESENT Pamela Haley, Chair.",
                title="BOARD OF DIRECTORS. Draft Minutes of the October 19, 2017, Meeting") == date(2017, 10, 19)


def test_a_headline_without_a_full_date_leaves_the_body_to_date_the_meeting():  # guard
    assert when("On March 3, the committee held its meeting in Chengdu.", published=date(2021, 3, 5),
                title="Committee meets on March 1") == date(2021, 3, 3)


def test_a_date_written_after_its_weekday_wins_over_the_weekday():
    assert when("The Annual General Meeting was held on Thursday 8 November 2012. A quorum was achieved.",
                published=date(2012, 11, 22)) == date(2012, 11, 8)


def test_held_from_a_day_further_down():
    text = ("Presentation and ratification of the executives were also part of the activities of the day. Honourable "
            "Ade Bello emerged the National Deputy Chairman of the association. Honourable Musa Gora emerged the "
            "Secretary of the association for the next term. The association of local government vice chairmen has "
            "its first national executive. Delegates came from all the thirty-six states of the federation. The event was held from December 17 to 19 at Agura Hotel, Abuja.")
    assert when(text, published=date(2018, 12, 20)) == date(2018, 12, 17)


def test_a_full_date_in_capitals():
    assert when("MINUTES OF THE REGULAR SESSION HELD ON OCTOBER 24, 2007 AT THE CITY HALL") == date(2007, 10, 24)


# ---------------------------------------------------------------- directives (written on real-blind31)


def run_directives(text):
    from readouts.transform.directives import find_directives
    sentences = split_sentences(text)
    return [d["text"] for d in find_directives(text, sentences, [None] * len(sentences))]


def test_an_emphasis_on_an_act_and_a_passive_direction_are_directives():
    found = run_directives("At the outset, DC Budgam stressed for completion of all pending works in time. The "
                           "concerned were directed to ensure completion of all pending works before the timelines. "
                           "Special emphasis was laid on ensuring saturation of all social sector schemes. He "
                           "particularly emphasized on the timely completion of projects.")
    assert len(found) == 4


def test_money_directed_to_a_sector_and_an_emphasis_on_history_are_no_directives():  # guard
    assert run_directives("Some 43 percent of capital investment was directed to construction of production "
                          "complexes. He stressed on the historical ties between the two nations.") == []
