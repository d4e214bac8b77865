"""Persons registry: one person_id per person across all documents of a version."""
from __future__ import annotations

from extract.document import stable_id


def person_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def build_persons(meetings: list[dict], speakers: list[dict], attendees: list[dict],
                  mentions: list[dict], directives: list[dict]) -> tuple[list[dict], list[str]]:
    """Fill person_id in place; return (persons rows, unresolved names)."""
    when = {m["meeting_id"]: m.get("meeting_date") or m.get("published_date") for m in meetings}
    persons: dict[str, dict] = {}
    for table, present in ((speakers, True), (attendees, True), (mentions, False)):
        for r in table:
            if r.get("kind", "person") != "person":
                continue
            pid = stable_id("person", person_key(r["name"]))
            r["person_id"] = pid
            p = persons.setdefault(pid, {"person_id": pid, "name": r["name"], "titles": [], "dates": set(), "meetings": set()})
            for t in r.get("titles") or []:
                if t not in p["titles"]:
                    p["titles"].append(t)
            d = when.get(r["meeting_id"])
            if d:
                p["dates"].add(d)
            if present:
                p["meetings"].add(r["meeting_id"])
    for d in directives:
        if d.get("speaker"):
            pid = stable_id("person", person_key(d["speaker"]))
            d["speaker_person_id"] = pid if pid in persons else None
    rows = [
        {"person_id": p["person_id"], "name": p["name"], "titles": p["titles"],
         "first_seen": min(p["dates"]) if p["dates"] else None, "last_seen": max(p["dates"]) if p["dates"] else None,
         "n_meetings": len(p["meetings"])}
        for p in persons.values()
    ]
    return rows, []
