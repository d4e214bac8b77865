"""The persons pass of a release, on Arrow columns: person ids for every role row and the persons table.

The rules are transform.persons's (`build_persons` states them on Python rows, and a test holds the two equal).
Here they run on columns: name facts (key, resolvable, cleaned spelling) are computed once per distinct name,
and rows never become Python objects, so the pass's memory follows the distinct names and persons of a
version, not its rows (300,000 role rows at 30,000 documents).
"""
from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from readouts.ids import stable_id
from readouts.output.schema import to_arrow
from readouts.transform.names import clean_name
from readouts.transform.persons import conflicting_keys, person_key, resolvable, sort_date

# role tables in the order titles accumulate (transform.persons: speakers, attendees, then mentions), whether
# the row means presence at the meeting
ROLE_TABLES = (("speakers", 0, True), ("attendees", 1, True), ("mentions", 2, False), ("unplaced", 2, False))
_SEP = "\x1f"


@dataclass
class PersonsPass:
    ids: dict[str, pa.Array]  # role table -> its person_id column; "directives" -> speaker_person_id
    persons: pa.Table
    unresolved: list[str]


@dataclass
class _Names:
    """Facts of distinct names, and each row's index into them."""
    index: pa.Array
    key: pa.Array
    ok: pa.Array  # resolvable
    clean: pa.Array
    label: pa.Array  # how an unresolved name is listed
    pid: pa.Array

    @classmethod
    def of(cls, names: pa.ChunkedArray | pa.Array) -> _Names:
        names = pc.fill_null(names, "")
        uniq = pc.unique(names)
        values = uniq.to_pylist()
        keys = [person_key(n) for n in values]
        cleans = [clean_name(n) for n in values]
        return cls(index=pc.index_in(names, value_set=uniq), key=pa.array(keys, pa.string()),
                   ok=pa.array([resolvable(n) for n in values], pa.bool_()), clean=pa.array(cleans, pa.string()),
                   label=pa.array([c or n for c, n in zip(cleans, values)], pa.string()),
                   pid=pa.array([stable_id("person", k) for k in keys], pa.string()))

    def take(self, what: str) -> pa.Array:
        return pc.take(getattr(self, what), self.index)


def _column(table: pa.Table, name: str, default, type_) -> pa.Array:
    if name in table.column_names:
        return table[name].combine_chunks()
    return pa.array([default] * table.num_rows, type_)


def _role_rows(meetings: pa.Table, tables: dict[str, pa.Table]) -> tuple[pa.Table, dict[str, tuple[int, int]]]:
    """Every row that names a person (chairs, then the role tables) with its table rank t and row index r, as
    transform.persons orders them; and where each role table's rows start in it."""
    chairs = meetings["chairs"].combine_chunks()
    flat = pc.list_flatten(chairs)
    parts = [pa.table({
        "meeting_id": pc.take(meetings["meeting_id"].combine_chunks(), pc.list_parent_indices(chairs)),
        "name": flat, "kind": pa.array(["person"] * len(flat), pa.string()),
        "titles": pa.nulls(len(flat), pa.list_(pa.string())), "t": pa.array([-1] * len(flat), pa.int8()),
        "r": pa.array(range(len(flat)), pa.int64()), "present": pa.array([True] * len(flat), pa.bool_())})]
    spans: dict[str, tuple[int, int]] = {}
    start, r0 = len(flat), 0
    for name, t, present in ROLE_TABLES:
        tab = tables[name]
        n = tab.num_rows
        parts.append(pa.table({
            "meeting_id": tab["meeting_id"].combine_chunks(), "name": tab["name"].combine_chunks(),
            "kind": _column(tab, "kind", "person", pa.string()),
            "titles": _column(tab, "titles", None, pa.list_(pa.string())),
            "t": pa.array([t] * n, pa.int8()), "r": pa.array(range(r0, r0 + n), pa.int64()),
            "present": pa.array([present] * n, pa.bool_())}))
        spans[name] = (start, n)
        start += n
        r0 = r0 + n if name == "mentions" else 0  # unplaced rows follow the mentions (one list in build_persons)
    return pa.concat_tables(parts).combine_chunks(), spans


def _meeting_order(meetings: pa.Table, meeting_ids: pa.Array) -> tuple[pa.Array, pa.Array]:
    """Per row: the rank of its meeting by date (undated last, then table order; unknown meetings after all),
    and the meeting's date (meeting_date, else published_date)."""
    when = pc.coalesce(meetings["meeting_date"], meetings["published_date"]).combine_chunks()
    dates = when.to_pylist()
    ranked = sorted(range(len(dates)), key=lambda i: sort_date(dates[i]))
    rank = [0] * len(dates)
    for pos, i in enumerate(ranked):
        rank[i] = pos
    idx = pc.index_in(meeting_ids, value_set=meetings["meeting_id"].combine_chunks())
    order = pc.fill_null(pc.take(pa.array(rank, pa.int64()), idx), len(dates))
    return order, pc.take(when, idx)


def _conflicts(rows: pa.Table) -> set[str]:
    """transform.persons's rule `same_name_two_people`, on the few (meeting, key) groups with two spellings."""
    mask = pc.and_(pc.less_equal(rows["t"], 1), pc.greater_equal(rows["t"], 0))
    cand = rows.filter(pc.and_(mask, pc.equal(rows["kind"], "person")))
    if cand.num_rows == 0:
        return set()
    cand = cand.append_column("mk", pc.binary_join_element_wise(cand["meeting_id"], cand["key"], _SEP))
    groups = cand.group_by("mk").aggregate([("clean", "count_distinct")])
    two = groups.filter(pc.greater(groups["clean_count_distinct"], 1))["mk"]
    if len(two) == 0:
        return set()
    few = cand.filter(pc.is_in(cand["mk"], value_set=two.combine_chunks()))
    few = few.take(pc.sort_indices(few, [("t", "ascending"), ("r", "ascending")]))
    return conflicting_keys(few.select(["meeting_id", "name", "kind", "titles"]).to_pylist())


def persons_pass(meetings: pa.Table, tables: dict[str, pa.Table], directives: pa.Table) -> PersonsPass:
    """build_persons on tables: `tables` holds speakers, attendees, mentions and unplaced; directives needs
    meeting_id and speaker. Returns the id columns to set, the persons table and the unresolved names."""
    rows, spans = _role_rows(meetings, tables)
    names = _Names.of(rows["name"])
    rows = rows.append_column("key", names.take("key")).append_column("clean", names.take("clean"))
    conflicts = _conflicts(rows)
    is_person = pc.equal(rows["kind"], "person")
    in_conflict = pc.is_in(rows["key"], value_set=pa.array(sorted(conflicts), pa.string()))
    placed = pc.and_(pc.and_(is_person, names.take("ok")), pc.invert(in_conflict))
    pid = pc.if_else(placed, names.take("pid"), pa.scalar(None, pa.string()))
    unresolved = sorted(pc.unique(pc.filter(names.take("label"), pc.and_(is_person, pc.invert(placed)))).to_pylist())

    order, when = _meeting_order(meetings, rows["meeting_id"])
    rows = rows.append_column("pid", pid).append_column("order", order).append_column("when", when)
    ids = {name: pid.slice(start, n) for name, (start, n) in spans.items()}
    persons = _persons_table(rows.filter(pc.is_valid(pid)))
    ids["directives"] = _directive_ids(directives, rows, conflicts, persons["person_id"])
    return PersonsPass(ids, persons, unresolved)


def _persons_table(p: pa.Table) -> pa.Table:
    """One row per person: the most written spelling (the first written on a tie), titles in order of first
    appearance, first and last seen, meetings chaired, spoken at or attended."""
    p = p.take(pc.sort_indices(p, [("order", "ascending"), ("t", "ascending"), ("r", "ascending")]))
    p = p.append_column("pos", pa.array(range(p.num_rows), pa.int64()))
    titles: dict[str, list[str]] = {}
    flat = pc.list_flatten(p["titles"].combine_chunks())
    if len(flat):
        parent = pc.list_parent_indices(p["titles"].combine_chunks())
        t = pa.table({"pid": pc.take(p["pid"], parent), "title": flat, "pos": pa.array(range(len(flat)), pa.int64())})
        t = t.filter(pc.is_valid(t["title"])).group_by(["pid", "title"]).aggregate([("pos", "min")])
        t = t.sort_by("pos_min")
        for pid, title in zip(t["pid"].to_pylist(), t["title"].to_pylist()):
            titles.setdefault(pid, []).append(title)
    spell = p.group_by(["pid", "clean"]).aggregate([("pos", "count"), ("pos", "min")]).to_pylist()
    best: dict[str, tuple] = {}
    for s in spell:
        rank = (s["pos_count"], -s["pos_min"])
        if s["pid"] not in best or rank > best[s["pid"]][0]:
            best[s["pid"]] = (rank, s["clean"])
    dated = p.filter(pc.is_valid(p["when"])).group_by("pid").aggregate([("when", "min"), ("when", "max")])
    span = {r["pid"]: (r["when_min"], r["when_max"]) for r in dated.to_pylist()}
    present = p.filter(p["present"]).group_by("pid").aggregate([("meeting_id", "count_distinct")])
    n_meetings = dict(zip(present["pid"].to_pylist(), present["meeting_id_count_distinct"].to_pylist()))
    out = [{"person_id": pid, "name": best[pid][1], "titles": titles.get(pid, []),
            "first_seen": span.get(pid, (None, None))[0], "last_seen": span.get(pid, (None, None))[1],
            "n_meetings": n_meetings.get(pid, 0)} for pid in sorted(best)]
    return to_arrow("persons", out)


def _directive_ids(directives: pa.Table, rows: pa.Table, conflicts: set[str], persons: pa.Array) -> pa.Array:
    """A directive's speaker_person_id: the id of a speaker or attendee of its meeting with the same name key,
    else the name's own id when it is resolvable, not ambiguous, and a person of the version."""
    if directives.num_rows == 0:
        return pa.array([], pa.string())
    spk = directives["speaker"].combine_chunks()
    names = _Names.of(spk)
    key, own = names.take("key"), names.take("pid")
    present = rows.filter(pc.and_(pc.less_equal(rows["t"], 1), pc.is_valid(rows["pid"])))
    in_meeting = pc.is_in(pc.binary_join_element_wise(directives["meeting_id"].combine_chunks(), key, _SEP),
                          value_set=pc.unique(pc.binary_join_element_wise(present["meeting_id"], present["key"], _SEP)))
    fallback = pc.and_(pc.and_(names.take("ok"), pc.invert(pc.is_in(key, value_set=pa.array(sorted(conflicts), pa.string())))),
                       pc.is_in(own, value_set=persons))
    named = pc.and_(pc.is_valid(spk), pc.not_equal(pc.fill_null(spk, ""), ""))
    return pc.if_else(pc.and_(named, pc.or_(in_meeting, fallback)), own, pa.scalar(None, pa.string()))
