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
    conflicts: set[str]  # name keys written for two people in one meeting: no id


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


def _role_rows(meetings: pa.Table, tables: dict[str, pa.Table]) -> pa.Table:
    """Every row that names a person (chairs, then the role tables) with its table rank t and row index r, as
    transform.persons orders them."""
    chairs = meetings["chairs"].combine_chunks()
    flat = pc.list_flatten(chairs)
    parts = [pa.table({
        "meeting_id": pc.take(meetings["meeting_id"].combine_chunks(), pc.list_parent_indices(chairs)),
        "name": flat, "kind": pa.array(["person"] * len(flat), pa.string()),
        "titles": pa.nulls(len(flat), pa.list_(pa.string())), "t": pa.array([-1] * len(flat), pa.int8()),
        "r": pa.array(range(len(flat)), pa.int64()), "present": pa.array([True] * len(flat), pa.bool_())})]
    r0 = 0
    for name, t, present in ROLE_TABLES:
        tab = tables[name]
        n = tab.num_rows
        parts.append(pa.table({
            "meeting_id": tab["meeting_id"].combine_chunks(), "name": tab["name"].combine_chunks(),
            "kind": _column(tab, "kind", "person", pa.string()),
            "titles": _column(tab, "titles", None, pa.list_(pa.string())),
            "t": pa.array([t] * n, pa.int8()), "r": pa.array(range(r0, r0 + n), pa.int64()),
            "present": pa.array([present] * n, pa.bool_())}))
        r0 = r0 + n if name == "mentions" else 0  # unplaced rows follow the mentions (one list in build_persons)
    return pa.concat_tables(parts).combine_chunks()


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
    groups = cand.group_by("mk", use_threads=False).aggregate([("clean", "count_distinct")])
    two = groups.filter(pc.greater(groups["clean_count_distinct"], 1))["mk"]
    if len(two) == 0:
        return set()
    few = cand.filter(pc.is_in(cand["mk"], value_set=two.combine_chunks()))
    few = few.take(pc.sort_indices(few, [("t", "ascending"), ("r", "ascending")]))
    return conflicting_keys(few.select(["meeting_id", "name", "kind", "titles"]).to_pylist())


def persons_pass(meetings: pa.Table, tables: dict[str, pa.Table], directives: pa.Table, *,
                 with_ids: bool = True) -> PersonsPass:
    """build_persons on tables: `tables` holds speakers, attendees, mentions and unplaced (meeting_id, name, and
    kind and titles where the table has them); meetings needs meeting_id, the dates and chairs; directives
    meeting_id and speaker. Returns the id columns to set, the persons table, the unresolved names and the
    ambiguous name keys (what `person_ids` needs to give the same ids to any subset of these rows)."""
    rows = _role_rows(meetings, tables)
    names = _Names.of(rows["name"])
    rows = rows.append_column("key", names.take("key")).append_column("clean", names.take("clean"))
    conflicts = _conflicts(rows)
    placed = _placed(rows["kind"], names, conflicts)
    pid = pc.if_else(placed, names.take("pid"), pa.scalar(None, pa.string()))
    is_person = pc.equal(rows["kind"], "person")
    unresolved = sorted(pc.unique(pc.filter(names.take("label"), pc.and_(is_person, pc.invert(placed)))).to_pylist())
    order, when = _meeting_order(meetings, rows["meeting_id"])
    rows = rows.append_column("pid", pid).append_column("order", order).append_column("when", when)
    persons = _persons_table(rows.filter(pc.is_valid(pid)))
    ids = person_ids({name: tables[name] for name, _, _ in ROLE_TABLES}, directives, conflicts, persons["person_id"]) \
        if with_ids else {}  # a bucket-by-bucket merge asks person_ids per bucket instead
    return PersonsPass(ids, persons, unresolved, conflicts)


def _placed(kinds: pa.Array, names: _Names, conflicts: set[str]) -> pa.Array:
    """Rows that get a person_id: a person, whose name is resolvable and not ambiguous (rules of transform.persons)."""
    in_conflict = pc.is_in(names.take("key"), value_set=pa.array(sorted(conflicts), pa.string()))
    return pc.and_(pc.and_(pc.equal(kinds, "person"), names.take("ok")), pc.invert(in_conflict))


def person_ids(tables: dict[str, pa.Table], directives: pa.Table, conflicts: set[str],
               persons: pa.Array | pa.ChunkedArray) -> dict[str, pa.Array]:
    """The person_id columns of role tables and the directives' speaker_person_id, given the version's ambiguous
    keys and person ids (persons_pass): the same for the whole version or for one bucket of it (a meeting's
    rows are never split between buckets)."""
    ids: dict[str, pa.Array] = {}
    present = []
    for name, table in tables.items():
        names = _Names.of(table["name"].combine_chunks())
        kinds = _column(table, "kind", "person", pa.string())
        ids[name] = pc.if_else(_placed(kinds, names, conflicts), names.take("pid"), pa.scalar(None, pa.string()))
        if name in ("speakers", "attendees"):
            keyed = pc.binary_join_element_wise(table["meeting_id"].combine_chunks(), names.take("key"), _SEP)
            present.append(pc.filter(keyed, pc.is_valid(ids[name])))
    ids["directives"] = _directive_ids(directives, pa.concat_arrays(present) if present else pa.array([], pa.string()),
                                       conflicts, persons)
    return ids


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
        t = t.filter(pc.is_valid(t["title"])).group_by(["pid", "title"], use_threads=False).aggregate([("pos", "min")])
        t = t.sort_by("pos_min")
        for pid, title in zip(t["pid"].to_pylist(), t["title"].to_pylist()):
            titles.setdefault(pid, []).append(title)
    spell = p.group_by(["pid", "clean"], use_threads=False).aggregate([("pos", "count"), ("pos", "min")]).to_pylist()
    best: dict[str, tuple] = {}
    for s in spell:
        rank = (s["pos_count"], -s["pos_min"])
        if s["pid"] not in best or rank > best[s["pid"]][0]:
            best[s["pid"]] = (rank, s["clean"])
    dated = p.filter(pc.is_valid(p["when"])).group_by("pid", use_threads=False).aggregate([("when", "min"), ("when", "max")])
    span = {r["pid"]: (r["when_min"], r["when_max"]) for r in dated.to_pylist()}
    present = p.filter(p["present"]).group_by("pid", use_threads=False).aggregate([("meeting_id", "count_distinct")])
    n_meetings = dict(zip(present["pid"].to_pylist(), present["meeting_id_count_distinct"].to_pylist()))
    out = [{"person_id": pid, "name": best[pid][1], "titles": titles.get(pid, []),
            "first_seen": span.get(pid, (None, None))[0], "last_seen": span.get(pid, (None, None))[1],
            "n_meetings": n_meetings.get(pid, 0)} for pid in sorted(best)]
    return to_arrow("persons", out)


def _directive_ids(directives: pa.Table, present: pa.Array, conflicts: set[str], persons) -> pa.Array:
    """A directive's speaker_person_id: the id of a speaker or attendee of its meeting with the same name key
    (`present`: "meeting_id<US>key" of those that have an id), else the name's own id when it is resolvable, not
    ambiguous, and a person of the version."""
    if directives.num_rows == 0:
        return pa.array([], pa.string())
    spk = directives["speaker"].combine_chunks()
    names = _Names.of(spk)
    key, own = names.take("key"), names.take("pid")
    in_meeting = pc.is_in(pc.binary_join_element_wise(directives["meeting_id"].combine_chunks(), key, _SEP),
                          value_set=pc.unique(present))
    fallback = pc.and_(pc.and_(names.take("ok"), pc.invert(pc.is_in(key, value_set=pa.array(sorted(conflicts), pa.string())))),
                       pc.is_in(own, value_set=persons.combine_chunks() if isinstance(persons, pa.ChunkedArray) else persons))
    named = pc.and_(pc.is_valid(spk), pc.not_equal(pc.fill_null(spk, ""), ""))
    return pc.if_else(pc.and_(named, pc.or_(in_meeting, fallback)), own, pa.scalar(None, pa.string()))
