"""Dates of parser 1.16.0: "yesterday", a full date further down, a release's closing date line, /YYYY/MMDD/ paths."""
from __future__ import annotations

from datetime import date

from readouts.extract import dates as page_dates
from readouts.extract.html import parse_html
from readouts.transform.dates import resolve_meeting_date
from readouts.transform.sentences import split_sentences

P1 = "The mayor met the visiting delegation at the city hall and said the two sides would work together on trade."


def resolve(text, published):
    return resolve_meeting_date(text, split_sentences(text), published)


def test_yesterday_is_the_day_before_publication():
    r = resolve("Mayor Cai Qi met the Consul-General in Shanghai yesterday at the city hall.", date(2009, 7, 17))
    assert r.start == date(2009, 7, 16) and r.source == "yesterday+published_date"


def test_yesterday_after_a_dateline_counts_from_the_dateline():
    text = "KUCHING, Dec. 13 -- The delegation paid a courtesy call on the Chief Minister here yesterday."
    r = resolve(text, date(2019, 12, 14))
    assert r.start == date(2019, 12, 12) and r.source == "yesterday+dateline"


def test_the_day_before_yesterday_and_deadlines_are_not_yesterday():
    r = resolve("The governor met the delegation on Monday. The report was filed the day before yesterday.",
                date(2024, 3, 6))
    assert r.source != "yesterday+published_date"
    r = resolve("The committee met to review the plans submitted by yesterday.", date(2024, 3, 6))
    assert r.start == date(2024, 3, 6) and r.source == "published_date"


def test_a_full_date_in_a_later_event_sentence():
    text = ("Biya meets Chinese Vice Minister\n\nThe minister has held very productive talks with the president. "
            "The two countries have had ties for decades. Trade grew last year. Many projects are under way. "
            "Schools were built. Roads were paved. Both men met at the Unity Palace on Wednesday the 28th of June 2017.")
    r = resolve(text, None)
    assert r.start == date(2017, 6, 28) and r.source == "stated_full"


def test_a_full_date_of_another_event_far_down_does_not_beat_a_dateline():
    text = ("BEIJING, Oct. 8 (Xinhua) -- The foreign minister met the visiting secretary on Monday. Both said ties "
            "matter. Trade grew. Many projects are under way. Schools were built. Roads were paved. "
            "They first met on 12 March 2016.")
    r = resolve(text, date(2018, 10, 9))
    assert r.start == date(2018, 10, 8)


def test_url_year_then_month_and_day():
    assert page_dates.date_from_url("http://m.example.com/page/2008/0813/4042377.shtml") == date(2008, 8, 13)
    assert page_dates.date_from_url("http://m.example.com/page/2008/1399/4042377.shtml") is None


def test_closing_date_line_of_a_release():
    html = (f"<html><body><h1>Secretary visits Hunan</h1><div class='c'><p>{P1}</p><p>{P1}</p>"
            "<div class='end'>Ends/Tuesday, July 28, 2015<br>Issued at HKT 22:17</div></div></body></html>")
    doc = parse_html(html.encode(), input="r.html")
    assert doc.published_date == date(2015, 7, 28)


def test_a_numeric_day_month_line_is_ambiguous_and_not_read():
    assert page_dates.date_from_closing_lines(["FOR IMMEDIATE RELEASE 6/03/2015"]) is None
    assert page_dates.date_from_closing_lines(["Ends/Tuesday, July 28, 2015"]) == date(2015, 7, 28)
    assert page_dates.date_from_closing_lines(["2015-07-28 10:00"]) == date(2015, 7, 28)
