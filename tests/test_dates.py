import json
import re
from datetime import date

import pytest
from conftest import CORPUS_DEV as DEV  # tests/corpus/dev, in the repository
from conftest import corpus_json

from readouts.transform.dates import MeetingDate, date_mentions, find_dateline, resolve_meeting_date, weekday_on_or_before
from readouts.transform.sentences import split_sentences

SOURCES = {"stated_full", "day_month+published_year", "day_month+previous_year", "day_month+dateline_year", "weekday+dateline",
           "weekday+published_date", "yesterday+dateline", "yesterday+published_date", "dateline", "published_date"}


def resolve(text, published, title=None):
    r = resolve_meeting_date(text, split_sentences(text), published, title)
    assert r.source is None or r.source in SOURCES
    return r


@pytest.mark.parametrize("text,published,expected,source", [
    ("On February 19, the governor presided over the provincial work meeting.", date(2024, 2, 21), date(2024, 2, 19), "day_month+published_year"),
    ("On November 19th, the conference on private enterprises was held in Chengdu.", date(2021, 11, 22), date(2021, 11, 19), "day_month+published_year"),
    ("On the morning of July 11, the committee convened a meeting.", date(2019, 7, 15), date(2019, 7, 11), "day_month+published_year"),
    ("The forum on rural revitalisation was held in Ya'an on July 12.", date(2020, 7, 13), date(2020, 7, 12), "day_month+published_year"),
    ("On 24 and 25 September, the delegation held talks in Chengdu.", date(2019, 9, 27), date(2019, 9, 24), "day_month+published_year"),
    ("On September 13, 2021, the mayor chaired a meeting.", date(2022, 1, 5), date(2021, 9, 13), "stated_full"),
    ("From July 9 to 10, 2019, the seminar was held in Mianyang.", date(2019, 8, 1), date(2019, 7, 9), "stated_full"),
    ("On December 30, the standing committee met to review the year's work.", date(2024, 1, 3), date(2023, 12, 30), "day_month+previous_year"),
    ("On the 28th, the county held a meeting on flood control.", date(2018, 7, 2), date(2018, 6, 28), "day_month+published_year"),
    ("On Oct. 16, the leading group met in Chengdu.", date(2022, 10, 18), date(2022, 10, 16), "day_month+published_year"),
])
def test_explicit_day_and_month(text, published, expected, source):
    r = resolve(text, published)
    assert r.start == expected
    assert r.source == source


def test_multi_day_sets_end_date():
    r = resolve("From November 26 to 28, the provincial economic work conference was held in Chengdu.", date(2023, 11, 30))
    assert (r.start, r.end) == (date(2023, 11, 26), date(2023, 11, 28))
    r = resolve("From November 29 to December 1, the congress was held.", date(2023, 12, 3))
    assert (r.start, r.end) == (date(2023, 11, 29), date(2023, 12, 1))
    r = resolve("From October 18 on, the congress deliberated the report.", date(2017, 10, 25))
    assert r.start == date(2017, 10, 18)


def test_year_in_meeting_name_is_not_the_meeting_year():
    text = ("Provincial Government Convenes Special Meeting on 2025 Wellbeing Initiatives\n\n"
            "On November 22, the provincial government convened a special meeting on the initiatives for the year 2025.")
    r = resolve(text, date(2024, 11, 28))
    assert r.start == date(2024, 11, 22)


def test_dateline_and_weekday():
    text = "BEIJING, Feb. 6 (Xinhua) -- The State Council on Friday held an executive meeting on employment."
    r = resolve(text, date(2026, 2, 7))
    assert r.start == date(2026, 2, 6) and r.source == "weekday+dateline"
    text = "BEIJING, Feb. 6 (Xinhua) -- The State Council on Wednesday held an executive meeting."
    assert resolve(text, date(2026, 2, 7)).start == date(2026, 2, 4)


def test_bare_weekday_without_on():
    text = "BEIJING, Oct. 30 (Xinhua) -- The State Council held a meeting Friday to study the plenary session."
    assert resolve(text, date(2020, 10, 31)).start == date(2020, 10, 30)


def test_weekday_range_takes_first_day():
    text = "BEIJING, Dec. 27 (Xinhua) -- The meeting was held from Monday to Tuesday."
    r = resolve(text, date(2022, 12, 28))
    assert (r.start, r.end) == (date(2022, 12, 26), date(2022, 12, 27))


def test_weekday_with_only_publication_date():
    r = resolve("The provincial government on Wednesday held a press conference on tourism.", date(2018, 11, 15))
    assert r.start == date(2018, 11, 14) and r.source == "weekday+published_date"


def test_caption_date_beats_dateline():
    text = ("BEIJING, June 10 (Xinhua) -- Premier Li met with the visiting delegation.\n\n"
            "The two sides exchanged views on trade.\n\nMore cooperation was agreed.\n\nA joint statement followed.\n\n"
            "Both sides praised the talks.\n\n"
            "Premier Li meets the delegation in Beijing, capital of China, June 9, 2025. (Xinhua/Li Ming)")
    r = resolve(text, date(2025, 6, 10))
    assert r.start == date(2025, 6, 9) and r.source == "stated_full"


def test_no_day_falls_back_to_dateline_then_publication():
    text = "BEIJING, March 7 (APP): The delegation held its third plenary meeting and media open day."
    r = resolve(text, date(2026, 3, 8))
    assert r.start == date(2026, 3, 7) and r.source == "dateline"
    r = resolve("The delegation held its third plenary meeting.", date(2026, 3, 7))
    assert r.start == date(2026, 3, 7) and r.source == "published_date"


def test_unknown_year_is_null():
    assert resolve("On February 19, the governor presided over a meeting.", None) == MeetingDate()
    assert resolve("The delegation met.", None) == MeetingDate()
    assert resolve("BEIJING, Feb. 6 (Xinhua) -- The council on Friday met.", None).start is None


def test_stated_year_resolves_without_publication_date():
    assert resolve("On March 3, 2020, the mayor chaired a meeting.", None).start == date(2020, 3, 3)


def test_deadlines_and_bare_years_are_not_meeting_dates():
    text = "The meeting required all counties to finish the survey by June 30. The 2025 plan was adopted."
    r = resolve(text, date(2024, 5, 10))
    assert r.source == "published_date"
    assert date_mentions("Work should be completed by June 30.") == []
    assert date_mentions("The 2025 initiatives were discussed.") == []


def test_may_as_modal_is_not_a_month():
    assert date_mentions("It may rain.") == []


def test_find_dateline_variants():
    assert find_dateline("BEIJING, Dec. 27 (Xinhua) -- A meeting ...")[:3] == (12, 27, None)
    assert find_dateline("Caption line.\n\nBEIJING, Feb. 18 -- China's State Council ...")[:3] == (2, 18, None)
    assert find_dateline("On February 19, the governor ...") is None


def test_weekday_on_or_before():
    assert weekday_on_or_before(date(2026, 2, 6), 4) == date(2026, 2, 6)  # a Friday
    assert weekday_on_or_before(date(2018, 11, 15), 2) == date(2018, 11, 14)


def test_does_not_read_the_clock(monkeypatch):
    import readouts.transform.dates as mod

    class Boom:
        @staticmethod
        def today():
            raise AssertionError("clock read")

    monkeypatch.setattr(mod, "datetime", Boom, raising=False)
    assert resolve("On July 8, the governor presided over the meeting.", date(2019, 7, 9)).start == date(2019, 7, 8)


def _published_from_url(doc, stem):
    u = doc.get("canonical_url") or doc["url"]
    for pat in (r"/n3/(\d{4})/(\d\d)(\d\d)/", r"/news/(\d{4})(\d\d)/(\d\d)/", r"/(\d{4})(\d\d)(\d\d)/",
                r"/(\d{4})/(\d{1,2})/(\d{1,2})/", r"/(\d{4})-(\d\d)/(\d\d)/"):
        m = re.search(pat, u)
        if m:
            return date(*map(int, m.groups()))
    html = (DEV / f"{stem}.html").read_text(encoding="utf-8")
    m = re.search(r"(?:Updated|Date):\s*(\d{4})[-.](\d\d)[-.](\d\d)", html)
    return date(*map(int, m.groups())) if m else None


def test_dev_accuracy():
    ok = n = 0
    for path in corpus_json():
        doc = json.loads(path.read_text())
        gold = doc["gold"]["meeting_date"]
        if not gold:
            continue
        text = "\n\n".join(doc["body"])
        r = resolve_meeting_date(text, split_sentences(text), _published_from_url(doc, path.stem), doc["gold"]["title"])
        n += 1
        ok += str(r.start) == gold
    assert ok / n >= 0.97


def test_publication_stamp_is_not_the_meeting_date():
    text = ("Xi chairs leadership meeting\n\nXinhua) 08:40, January 25, 2022\n\n"
            "BEIJING, Jan. 24 (Xinhua) -- Xi Jinping on Monday chaired a meeting of the Political Bureau.")
    r = resolve(text, date(2022, 1, 25))
    assert r.start == date(2022, 1, 24) and r.source == "weekday+dateline"
    r = resolve("Updated: March 3, 2024\n\nThe provincial government held a meeting on tourism.", date(2024, 3, 3))
    assert r.source == "published_date"


def test_inline_all_caps_dateline_after_a_stamp():
    text = " date 2026-03-07 BEIJING, March 7 (APP): The delegation held its third plenary meeting."
    r = resolve(text, date(2026, 3, 8))
    assert r.start == date(2026, 3, 7) and r.source == "dateline"


def test_lead_prefers_the_sentence_reporting_the_event():
    text = ("On June 30, General Secretary Xi Jinping delivered an important speech.\n\n"
            "On July 5, the provincial committee convened a meeting to study the speech.")
    assert resolve(text, date(2023, 7, 7)).start == date(2023, 7, 5)


def test_adjectival_dates_are_not_events():
    assert date_mentions("Youth should carry forward the May 4th spirit.") == []
    r = resolve("Youth representatives met to carry forward the May 4th spirit.", date(2024, 5, 6))
    assert r.source == "published_date"


def test_a_dated_wire_copy_gives_the_year_of_a_day_stated_later():
    # parser 1.30.0: no page date; "/PRNewswire/" between the dateline's date and its dash
    t = "BEIJING, Sept. 24, 2019 /PRNewswire/ -- The Mayors' Forum 2019 kicked off on September 18 in Nanning."
    r = resolve_meeting_date(t, split_sentences(t), None)
    assert (r.start, r.source) == (date(2019, 9, 18), "day_month+dateline_year")
    assert find_dateline(t)[:3] == (9, 24, 2019)


def test_a_comma_between_month_and_day_only_before_a_year():
    t = "Morning of August, 3, 2019, the leader of the university signed a memorandum."
    assert resolve_meeting_date(t, split_sentences(t), None).start == date(2019, 8, 3)
    t = "In August, 3 people attended the meeting held on May 4, 2019."
    assert resolve_meeting_date(t, split_sentences(t), None).start == date(2019, 5, 4)


def test_a_dateline_with_the_day_first_or_the_country_in_brackets():
    # parser 1.30.0: "Addis Ababa, 4 April 2014 (WIC) -", "Beijing (China) May 22:"
    t = "Addis Ababa, 4 April 2014 (WIC) - President Mulatu Teshome yesterday held talks with a delegation."
    r = resolve_meeting_date(t, split_sentences(t), None)
    assert (r.start, r.source) == (date(2014, 4, 3), "yesterday+dateline")
    t = "Beijing (China) May 22: Premier Li Keqiang on Friday met with Prime Minister Muhyiddin Yassin via video link."
    r = resolve_meeting_date(t, split_sentences(t), date(2021, 5, 22))
    assert (r.start, r.source) == (date(2021, 5, 21), "weekday+dateline")


def test_last_night_is_the_day_before_the_release():
    t = "The mayor presented Wuhan with a gift at a function in Wuhan last night."
    r = resolve_meeting_date(t, split_sentences(t), date(2008, 4, 22))
    assert (r.start, r.source) == (date(2008, 4, 21), "yesterday+published_date")


def test_datelines_with_a_country_an_agency_after_a_comma_or_a_period_after_the_year():
    # parser 1.31.0: the dateline is the release's date; the day stated later is the meeting's
    t = "FUZHOU, China, May 11, 2018 /PRNewswire/ -- On May 7th, the Tourism Promotion Conference was held in Zixi."
    assert resolve_meeting_date(t, split_sentences(t), None).start == date(2018, 5, 7)
    t = "WEIFANG, China , May 14, 2020 /CNW/ -- According to the city, on April 28 , an online meeting was hosted."
    assert resolve_meeting_date(t, split_sentences(t), None).start == date(2020, 4, 28)
    t = ("Havana, Cuba. January 16, 2019. The Prime Minister of Belize made his first official visit to Cuba.\n"
         "On January 15th, the Prime Minister was invited by the President to a wreath-laying ceremony.")
    assert resolve_meeting_date(t, split_sentences(t), None).start == date(2019, 1, 15)
    t = "Accra, April 18, GNA – Mr Kobina Hammond, the new Minister for Trade, Monday embarked on visits to agencies."
    r = resolve_meeting_date(t, split_sentences(t), date(2023, 4, 18))
    assert (r.start, r.source) == (date(2023, 4, 17), "weekday+dateline")


def test_from_the_20th_to_24th_and_a_day_later_this_year():
    t = "The 20th Session of the Joint Commission was held at Gaborone, Botswana, from the 20th - 24th September, 2010."
    assert resolve_meeting_date(t, split_sentences(t), date(2020, 2, 27)).start == date(2010, 9, 20)
    # "this year" after a day that lies after publication: a plan, not the meeting (nor last year's day)
    t = "From August 3 to 10 this year, a commission is set to fly to China for the inauguration of the office."
    r = resolve_meeting_date(t, split_sentences(t), date(2019, 4, 3))
    assert (r.start, r.source) == (date(2019, 4, 3), "published_date")
    t = "On March 3 this year, the commission met in Beijing."
    assert resolve_meeting_date(t, split_sentences(t), date(2019, 4, 3)).start == date(2019, 3, 3)
