"""The release's persons pass on Arrow columns (output/persons_pass.py) gives exactly what the rules on Python
rows (transform.persons.build_persons) give: ids of every row, the persons table and the unresolved names."""
import copy
import datetime as dt
import random

import pytest

from readouts.output.persons_pass import persons_pass
from readouts.output.schema import to_arrow
from readouts.transform.persons import build_persons

# spellings that share a key, honorifics, apostrophes, bare surnames, initials, a Chinese-character byline,
# organisations, an empty name
NAMES = ["Yin Li", "Mr. Yin Li", "Yin  Li", "Chen Min'er", "Chen Miner", "Chen Min\u2019er", "Wang", "J. Wang",
         "Huang Qiang", "Ms. Huang Qiang", "王世学", "Li Qiang", "Deniel Andrews", "Smith", "J. W.", ""]
TITLES = ["Governor", "Deputy Secretary", "Chairman", "Mayor", "Vice Governor"]
KINDS = ["person", "person", "person", "group", "organization"]


def _case(rng: random.Random):
    mids = [f"m{i}" for i in range(rng.randint(0, 6))]
    meetings = []
    for m in mids:
        day = rng.choice([None, 1, 2, 3, 3])
        meetings.append({"meeting_id": m, "doc_id": "d" + m,
                         "meeting_date": dt.date(2024, 1, day) if day and rng.random() < .7 else None,
                         "published_date": dt.date(2024, 2, day) if day else None,
                         "chairs": rng.choice([None, [], [rng.choice(NAMES)], rng.sample(NAMES, 2)])})
    refs = mids + ["m-unknown"]

    def pick_mid():
        return rng.choice(refs) if mids else "m-unknown"

    def person(extra):
        return {"meeting_id": pick_mid(), "name": rng.choice(NAMES), "kind": rng.choice(KINDS),
                "titles": rng.sample(TITLES, rng.randint(0, 2)), "person_id": None, **extra}

    speakers = [person({"seq": i, "role": "speaker"}) for i in range(rng.randint(0, 8))]
    attendees = [person({"group": None}) for _ in range(rng.randint(0, 8))]
    mentions = [{"meeting_id": pick_mid(), "name": rng.choice(NAMES), "person_id": None} for _ in range(rng.randint(0, 4))]
    unplaced = [{"meeting_id": pick_mid(), "name": rng.choice(NAMES), "person_id": None} for _ in range(rng.randint(0, 3))]
    directives = [{"meeting_id": pick_mid(), "seq": i, "text": "x", "speaker": rng.choice(NAMES + [None, "Chengdu"]),
                   "speaker_person_id": None, "modality": "must", "char_start": 0, "char_end": 1}
                  for i in range(rng.randint(0, 6))]
    return meetings, speakers, attendees, mentions, unplaced, directives


def _by_rows(meetings, speakers, attendees, mentions, unplaced, directives):
    rows = copy.deepcopy([speakers, attendees, mentions, unplaced, directives])
    persons, unresolved = build_persons(copy.deepcopy(meetings), rows[0], rows[1], rows[2] + rows[3], rows[4])
    ids = {name: [r["person_id"] for r in rs] for name, rs in zip(("speakers", "attendees", "mentions", "unplaced"), rows)}
    ids["directives"] = [r["speaker_person_id"] for r in rows[4]]
    return ids, sorted(persons, key=lambda p: p["person_id"]), unresolved


def _by_columns(meetings, speakers, attendees, mentions, unplaced, directives):
    tables = {"speakers": to_arrow("speakers", speakers), "attendees": to_arrow("attendees", attendees),
              "mentions": to_arrow("mentions", mentions), "unplaced": to_arrow("unplaced", unplaced)}
    out = persons_pass(to_arrow("meetings", meetings), tables, to_arrow("directives", directives))
    return {n: a.to_pylist() for n, a in out.ids.items()}, out.persons.to_pylist(), out.unresolved


@pytest.mark.parametrize("seed", range(300))
def test_columns_equal_rows(seed):
    case = _case(random.Random(seed))
    ids, persons, unresolved = _by_rows(*case)
    got_ids, got_persons, got_unresolved = _by_columns(*case)
    assert got_ids == ids
    assert got_unresolved == unresolved
    want = [{**p, "titles": p["titles"] or []} for p in persons]
    assert [{**p, "titles": p["titles"] or []} for p in got_persons] == want


def test_a_conflict_and_a_chair_are_found():
    """Not only empty cases: two people spelled to one key in one meeting are unresolved; a chair counts."""
    meetings = [{"meeting_id": "m1", "doc_id": "d1", "meeting_date": dt.date(2024, 1, 2), "published_date": None,
                 "chairs": ["Yin Li"]}]
    speakers = [{"meeting_id": "m1", "seq": 0, "name": "Chen Min'er", "kind": "person", "titles": ["Governor"],
                 "role": "speaker", "person_id": None},
                {"meeting_id": "m1", "seq": 1, "name": "Chen Miner", "kind": "person", "titles": ["Mayor"],
                 "role": "speaker", "person_id": None}]
    ids, persons, unresolved = _by_columns(meetings, speakers, [], [], [], [])
    assert ids["speakers"] == [None, None] and "Chen Min'er" in unresolved
    assert [(p["name"], p["n_meetings"]) for p in persons] == [("Yin Li", 1)]
