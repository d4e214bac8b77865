"""Persons registry: one id per person across documents, never guessing."""
import datetime as dt

from readouts.extract.document import stable_id
from readouts.transform.persons import build_persons, person_id, person_key, resolvable


def meeting(mid, day, chairs=None):
    m = {"meeting_id": mid, "meeting_date": dt.date(2024, 1, day), "published_date": dt.date(2024, 1, day + 1)}
    if chairs is not None:
        m["chairs"] = chairs
    return m


def sp(mid, name, titles=(), kind="person", role="speaker"):
    return {"meeting_id": mid, "name": name, "kind": kind, "titles": list(titles), "role": role, "person_id": None}


def at(mid, name, titles=(), kind="person"):
    return {"meeting_id": mid, "name": name, "kind": kind, "titles": list(titles), "group": None, "person_id": None}


def test_key_and_id_are_stable_and_honorific_free():
    assert person_key("Mr. Yin Li") == person_key("Yin  Li") == "yin li"
    assert person_key("Chen Min\u2019er") == person_key("Chen Miner")
    assert person_id("Yin Li") == stable_id("person", "yin li")


def test_resolvable():
    assert resolvable("Yin Li") and resolvable("Deniel Andrews") and resolvable("王世学")
    assert not resolvable("Xi") and not resolvable("Mr. Smith") and not resolvable("J. W.")


def test_one_person_across_documents_titles_dates_meetings():
    meetings = [meeting("m2", 20), meeting("m1", 5), meeting("m3", 25)]
    speakers = [sp("m2", "Yin Li", ["Governor of Sichuan Province"]), sp("m1", "Mr. Yin Li", ["Deputy Secretary"])]
    attendees = [at("m2", "Yin Li", ["Governor of Sichuan Province"]), at("m1", "Ke Zunping", ["Chairman"])]
    mentions = [{"meeting_id": "m3", "name": "Yin Li", "evidence": "x", "person_id": None}]
    directives = [{"meeting_id": "m2", "speaker": "Yin Li"}, {"meeting_id": "m2", "speaker": None},
                  {"meeting_id": "m1", "speaker": "Chengdu"}]
    rows, unresolved = build_persons(meetings, speakers, attendees, mentions, directives)
    by_id = {r["person_id"]: r for r in rows}
    yin = by_id[person_id("Yin Li")]
    assert yin["name"] == "Yin Li"
    assert yin["titles"] == ["Deputy Secretary", "Governor of Sichuan Province"]  # m1 (Jan 5) comes first
    assert yin["first_seen"] == dt.date(2024, 1, 5) and yin["last_seen"] == dt.date(2024, 1, 25)
    assert yin["n_meetings"] == 2  # the mention in m3 is not presence
    assert speakers[0]["person_id"] == speakers[1]["person_id"] == attendees[0]["person_id"] == yin["person_id"]
    assert mentions[0]["person_id"] == yin["person_id"]
    assert [d["speaker_person_id"] for d in directives] == [yin["person_id"], None, None]
    assert unresolved == []


def test_non_persons_get_no_id_and_ambiguous_names_go_to_worklist():
    meetings = [meeting("m1", 5)]
    speakers = [sp("m1", "Tongwei Group", kind="organization"), sp("m1", "Huang")]
    attendees = [at("m1", "1,500 private entrepreneurs", kind="group")]
    rows, unresolved = build_persons(meetings, speakers, attendees, [], [{"meeting_id": "m1", "speaker": "Huang"}])
    assert rows == []
    assert [r["person_id"] for r in speakers + attendees] == [None, None, None]
    assert unresolved == ["Huang"]


def test_same_key_two_people_in_one_meeting_is_unresolved():
    meetings = [meeting("m1", 5)]
    speakers = [sp("m1", "Wang Xi'an", ["Mayor of Xi'an"]), sp("m1", "Wang Xian", ["Professor of Physics"])]
    rows, unresolved = build_persons(meetings, speakers, [], [], [])
    assert rows == [] and unresolved == ["Wang Xi'an", "Wang Xian"]


def test_chairs_count_as_meetings_when_given():
    meetings = [meeting("m1", 5, chairs=["Huang Qiang"]), meeting("m2", 6, chairs=["Huang Qiang"])]
    speakers = [sp("m2", "Huang Qiang", ["Governor"], role="chair")]
    rows, _ = build_persons(meetings, speakers, [], [], [])
    assert len(rows) == 1 and rows[0]["n_meetings"] == 2 and rows[0]["first_seen"] == dt.date(2024, 1, 5)


def test_published_date_when_meeting_date_unknown():
    meetings = [{"meeting_id": "m1", "meeting_date": None, "published_date": dt.date(2023, 3, 1)}]
    rows, _ = build_persons(meetings, [sp("m1", "Li Qiang")], [], [], [])
    assert rows[0]["first_seen"] == rows[0]["last_seen"] == dt.date(2023, 3, 1)
