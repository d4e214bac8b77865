"""Persons registry: one person_id per person across all documents of a version.

Rules:
* `person_key`: the normalised name (honorifics dropped, whitespace collapsed, case folded, curly and
  straight apostrophes unified and then removed: "Mr. Yin Li" = "Yin Li", "Chen Min'er" = "Chen Miner").
  The id is `stable_id("person", key)`, a pure function of the name, so it is the same in every version.
* `resolvable`: never guess.  A name that could be more than one person gets no person_id and goes to
  the unresolved worklist: a bare surname or single word ("Xi", "Smith"), initials only ("J. Wang"),
  and a key written for two different people in the same meeting (two rows whose spellings differ but
  normalise to the same key while both are persons with disjoint titles).
* titles accumulate in order of first appearance (meetings in date order, then speakers before
  attendees); first_seen/last_seen span every appearance (meeting date, else publication date);
  n_meetings counts the meetings the person chaired, spoke at or attended (mentions do not count).
"""
from __future__ import annotations

import re
from collections import Counter

from readouts.ids import stable_id
from readouts.transform.names import clean_name


def person_key(name: str) -> str:
    n = clean_name(name or "").replace("\u2019", "'").replace("\u2018", "'")
    n = n.replace("'", "")
    return " ".join(n.split()).casefold()


def person_id(name: str) -> str:
    return stable_id("person", person_key(name))


_INITIALS = re.compile(r"^(?:[A-Z]\.\s*)+[A-Za-z'-]*$|^[A-Za-z'-]+(?:\s+[A-Z]\.)+$")


def resolvable(name: str) -> bool:
    """Rule `resolvable`: a full name that identifies one person without guessing."""
    n = clean_name(name or "")
    if not n:
        return False
    if re.fullmatch(r"[\u4e00-\u9fff\u3400-\u4dbf]{2,4}", n):  # a Chinese-character name from a byline
        return True
    toks = n.split()
    if len(toks) < 2:
        return False  # bare surname / single word
    if _INITIALS.match(n) or all(len(t.rstrip(".")) == 1 for t in toks[:-1]) and len(toks[-1].rstrip(".")) <= 1:
        return False
    return True


def sort_date(d):
    return (d is None, str(d) if d is not None else "")


def build_persons(meetings: list[dict], speakers: list[dict], attendees: list[dict],
                  mentions: list[dict], directives: list[dict]) -> tuple[list[dict], list[str]]:
    """Fill person_id in place (speakers, attendees, mentions; speaker_person_id in directives);
    return (persons rows, unresolved names)."""
    when = {m["meeting_id"]: (m.get("meeting_date") or m.get("published_date")) for m in meetings}
    tagged = _tagged_rows(meetings, speakers, attendees, mentions, when)
    conflicts = conflicting_keys(speakers + attendees)
    persons, spellings, unresolved = _register_rows(tagged, when, conflicts)
    _directive_speakers(directives, speakers + attendees, persons, conflicts)
    return _person_rows(persons, spellings), sorted(unresolved)


def _tagged_rows(meetings: list[dict], speakers: list[dict], attendees: list[dict], mentions: list[dict],
                 when: dict) -> list[tuple]:
    """(meeting order, table, row index, row, present) for every row, sorted."""
    order = {mid: i for i, mid in enumerate(sorted(when, key=lambda k: sort_date(when[k])))}
    # rows in the order titles should accumulate: meeting date, then table (speakers, attendees, mentions)
    tagged = []
    for t_i, (table, present) in enumerate(((speakers, True), (attendees, True), (mentions, False))):
        for r_i, r in enumerate(table):
            tagged.append((order.get(r.get("meeting_id"), len(order)), t_i, r_i, r, present))
    chair_rows = []
    for m in meetings:  # chairs, when the caller passes them, count as presence
        for c in m.get("chairs") or []:
            chair_rows.append({"meeting_id": m["meeting_id"], "name": c, "kind": "person"})
    for r_i, r in enumerate(chair_rows):
        tagged.append((order.get(r["meeting_id"], len(order)), -1, r_i, r, True))
    tagged.sort(key=lambda x: (x[0], x[1], x[2]))
    return tagged


def _register_rows(tagged: list[tuple], when: dict,
                   conflicts: set[str]) -> tuple[dict[str, dict], dict[str, Counter], set[str]]:
    """Give each row of a resolvable person its person_id (rules `person_key`, `resolvable`) and gather each
    person's titles, dates, meetings and spellings -> (persons, spellings, unresolved names)."""
    unresolved: set[str] = set()
    persons: dict[str, dict] = {}
    spellings: dict[str, Counter] = {}
    for _, t_i, _, r, present in tagged:
        if t_i >= 0:
            r["person_id"] = None
        if r.get("kind", "person") != "person":
            continue
        name = r.get("name") or ""
        key = person_key(name)
        if not resolvable(name) or key in conflicts:
            unresolved.add(clean_name(name) or name)
            continue
        pid = stable_id("person", key)
        if t_i >= 0:
            r["person_id"] = pid
        p = persons.setdefault(pid, {"person_id": pid, "titles": [], "dates": set(), "meetings": set()})
        spellings.setdefault(pid, Counter())[clean_name(name)] += 1
        for t in r.get("titles") or []:
            if t not in p["titles"]:
                p["titles"].append(t)
        d = when.get(r.get("meeting_id"))
        if d:
            p["dates"].add(d)
        if present:
            p["meetings"].add(r.get("meeting_id"))
    return persons, spellings, unresolved


def _directive_speakers(directives: list[dict], rows: list[dict], persons: dict[str, dict], conflicts: set[str]) -> None:
    """Directives: the speaker's id, looked up in the same meeting first (`rows`: speakers, then attendees)."""
    by_meeting = {}
    for r in rows:
        if r.get("person_id"):
            by_meeting[(r.get("meeting_id"), person_key(r.get("name") or ""))] = r["person_id"]
    for d in directives:
        spk = d.get("speaker")
        d["speaker_person_id"] = None
        if not spk:
            continue
        key = person_key(spk)
        pid = by_meeting.get((d.get("meeting_id"), key))
        if pid is None and resolvable(spk) and key not in conflicts and stable_id("person", key) in persons:
            pid = stable_id("person", key)
        d["speaker_person_id"] = pid


def _person_rows(persons: dict[str, dict], spellings: dict[str, Counter]) -> list[dict]:
    """One row per person: the most written spelling (the first written on a tie), titles, first/last seen."""
    rows = []
    for pid, p in persons.items():
        names = spellings[pid]
        first_order = list(names)
        name = max(first_order, key=lambda n: (names[n], -first_order.index(n)))
        dates = sorted(p["dates"], key=str)
        rows.append({"person_id": pid, "name": name, "titles": p["titles"],
                     "first_seen": dates[0] if dates else None, "last_seen": dates[-1] if dates else None,
                     "n_meetings": len(p["meetings"])})
    return rows


def conflicting_keys(rows: list[dict]) -> set[str]:
    """Rule `same_name_two_people`: one meeting lists two different person rows (different spellings, both
    with titles, no title in common) whose names normalise to the same key: the name is ambiguous."""
    seen: dict[tuple, dict] = {}
    out = set()
    for r in rows:
        if r.get("kind", "person") != "person":
            continue
        k = (r.get("meeting_id"), person_key(r.get("name") or ""))
        prev = seen.get(k)
        if prev is None:
            seen[k] = r
            continue
        a, b = set(prev.get("titles") or []), set(r.get("titles") or [])
        if clean_name(prev["name"]) != clean_name(r["name"]) and a and b and not (a & b):
            out.add(k[1])
    return out
