"""Dates of parser 1.19.0: a day-only range ("From 15th to 16th") takes the publication's month."""
from __future__ import annotations

from datetime import date

from readouts.transform.dates import resolve_meeting_date
from readouts.transform.sentences import split_sentences


def resolve(text, published):
    return resolve_meeting_date(text, split_sentences(text), published)


def test_a_day_only_range_starts_on_its_first_day_of_the_published_month():
    r = resolve("From 15th to 16th, the Party Secretary inspected the city and stressed that industry comes first.",
                date(2016, 4, 20))
    assert r.start == date(2016, 4, 15)
    r = resolve("On the 12th, the mayor met the delegation at the city hall.", date(2016, 4, 20))
    assert r.start == date(2016, 4, 12)


def test_a_figure_after_from_that_is_no_day_is_no_date():
    r = resolve("From 15 enterprises, 300 workers joined the training on the new line.", date(2016, 4, 20))
    assert r.start != date(2016, 4, 15)
