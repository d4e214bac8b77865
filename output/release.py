"""Make the next complete version: the previous version, plus what is new or changed, plus persons.

A document processed again replaces its earlier rows (same doc_id, same ids); everything else of
the previous version is carried over unchanged, so each version is the whole dataset.

One readout, one document: a page whose canonical URL changed (http to https, a CMS move) continues the
document it was (`resolve_identities`): it keeps that doc_id and meeting_id, and the earlier URLs go to
`documents.previous_urls`. The merge also decides what a run found (new, changed, unchanged, removed),
for the run summary and the runs table alike.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeGuard

import pyarrow as pa
import pyarrow.compute as pc

from readouts.ids import stable_id
from readouts.inputs import failure_row
from readouts.output.persons_pass import persons_pass
from readouts.output.schema import CHILD_TABLES, TABLES, conform, empty_table, to_arrow
from readouts.output.spool import Spool

# a document row -> the site's article id (from its URLs and its source's pattern), or None
ArticleId = Callable[[dict], str | None]


RUN_TABLES = ("documents", "meetings", *CHILD_TABLES)
FLUSH_DOCS = 500  # documents whose rows wait as Python objects before they join the run's Arrow tables


_LIGHT = ["doc_id", "input", "url", "source", "content_sha256", "removed_at", "previous_urls", "fetched_at",
          "parser_version"]  # what identity and classification read of a document (never its text)

# what a spooled run keeps in memory of each table (output/spool.py has the rest on disk): what identity,
# classification, the persons pass, the run summary and the release notes read
NARROW = {
    "documents": _LIGHT,
    "meetings": ["meeting_id", "doc_id", "meeting_date", "published_date", "chairs"],
    "speakers": ["meeting_id", "name", "kind", "titles"],
    "attendees": ["meeting_id", "name", "kind", "titles"],
    "mentions": ["meeting_id", "name"],
    "unplaced": ["meeting_id", "name"],
    "directives": ["meeting_id", "speaker"],
}


@dataclass
class ReleaseInput:
    """What one run contributes: per-document table rows (Arrow tables, not Python objects: a run of many
    thousand documents stays compact) and failed inputs."""

    tables: dict[str, pa.Table] = field(default_factory=lambda: {n: empty_table(n) for n in RUN_TABLES})
    failures: list[dict] = field(default_factory=list)
    attempted_inputs: set[str] = field(default_factory=set)  # every input this run tried, ok or not
    removed: dict[str, object] = field(default_factory=dict)  # url -> when it first answered 404/410
    runs: list[dict] = field(default_factory=list)  # rows for the runs table (per source)
    unchanged_inputs: int = 0  # inputs skipped before parsing: their bytes are already published (flows.core.Published)
    article_id: ArticleId | None = None  # the crawl's sources' article ids; None: content and URLs only
    # the documents incoming pages may continue; None: the previous version's (a rebuild, which starts from an
    # empty dataset, sets those of the version it replaces)
    identities: pa.Table | None = None
    _pending: dict[str, list[dict]] = field(default_factory=dict)  # rows not yet in `tables`
    _pending_docs: int = 0
    # the run's rows on disk (a Collector's runs): `tables` then holds only the NARROW columns
    spool: Spool | None = None

    @classmethod
    def spooled(cls) -> ReleaseInput:
        return cls(tables={n: empty_table(n).select(NARROW[n]) for n in RUN_TABLES}, spool=Spool())

    def add(self, tables: dict[str, list[dict]]) -> None:
        """Rows (dicts) of one document, appended to the run's tables (in Arrow every FLUSH_DOCS documents)."""
        for name, rows in tables.items():
            self._pending.setdefault(name, []).extend(rows)
        self._pending_docs += 1
        if self._pending_docs >= FLUSH_DOCS:
            self.flush()

    def flush(self) -> None:
        """Pending rows into the Arrow tables (a chunk per flush: never copying what is already there)."""
        for name, rows in self._pending.items():
            if rows:
                t = to_arrow(name, rows)
                if self.spool is not None:
                    self.spool.add(name, t)
                    t = t.select(NARROW[name])
                self.tables[name] = pa.concat_tables([self.tables[name], t])
        self._pending, self._pending_docs = {}, 0


@dataclass
class Release:
    tables: dict[str, pa.Table]
    unresolved: list[str]
    new_docs: int
    changed_docs: int
    unchanged_docs: int
    runs: list[dict] = field(default_factory=list)  # this run's runs rows, with the counts the merge decided


def without(table: pa.Table, column: str, values: set[str]) -> pa.Table:
    """`table` without the rows whose `column` is in `values` (the same table, not a copy, when none is)."""
    if not values or table.num_rows == 0:
        return table
    found = pc.is_in(table[column], value_set=pa.array(sorted(values), type=pa.string()))
    if not pc.any(found).as_py():
        return table
    return table.filter(pc.invert(found))


# how an incoming document was tied to an earlier one, strongest first
BY_ID, BY_URL, BY_CONTENT, BY_ARTICLE = 0, 1, 2, 3
_IDENTITY_COLUMNS = ["doc_id", "input", "url", "source", "content_sha256", "removed_at", "previous_urls"]


def _http(u: Any) -> TypeGuard[str]:
    return isinstance(u, str) and u.startswith(("http://", "https://"))


def _own_urls(doc: dict) -> list[str]:
    """The document's canonical URL, then the URL it was requested at (http(s) only, no repeats)."""
    return list(dict.fromkeys(u for u in (doc.get("url"), doc.get("input")) if _http(u)))


def _fetched_key(doc: dict) -> tuple:
    t = doc.get("fetched_at")
    return (0, 0.0) if t is None else (1, t.timestamp())


def _unique(index: dict[Any, list[str]], key: Any) -> str | None:
    found = index.get(key) or []
    return found[0] if len(found) == 1 else None  # a hash or id shared by two live documents decides nothing


def _claim(d: dict, prev: dict[str, dict], by_url: dict[str, str], by_sha: dict[str, list[str]],
           by_article: dict[tuple, list[str]], article_id: ArticleId | None) -> tuple[int, str] | None:
    """(how, doc_id) of the earlier document this incoming one continues, or None (a new document).

    Same doc_id (same canonical URL); then a URL of it (canonical or requested) that is an earlier
    document's URL, requested URL or previous URL; then, for a page with a URL, an exact content hash
    (the raw bytes) or the site's article id that exactly one live earlier document with a URL has."""
    if d["doc_id"] in prev:
        return BY_ID, d["doc_id"]
    for u in _own_urls(d):
        if u in by_url:
            return BY_URL, by_url[u]
    if not _http(d.get("url")):  # a local file without a URL is never merged into a crawled page
        return None
    target = _unique(by_sha, d.get("content_sha256"))
    if target is not None:
        return BY_CONTENT, target
    key = article_id(d) if article_id is not None else None
    if key is not None:
        target = _unique(by_article, (d.get("source"), key))
        if target is not None:
            return BY_ARTICLE, target
    return None


def _indexes(prev: dict[str, dict], article_id: ArticleId | None):
    """URL -> doc_id (current URLs first, then earlier ones); content hash and (source, article id) -> the
    live documents with a URL that have it."""
    by_url: dict[str, str] = {}
    for r in prev.values():  # a current URL wins over another document's earlier URL
        for u in _own_urls(r):
            by_url.setdefault(u, r["doc_id"])
    for r in prev.values():
        for u in r["previous_urls"] or []:
            by_url.setdefault(u, r["doc_id"])
    by_sha: dict[str, list[str]] = {}
    by_article: dict[tuple, list[str]] = {}
    for r in prev.values():
        if r["removed_at"] is not None or not _http(r["url"]):
            continue  # only live documents with a URL take a page in by content or article id
        by_sha.setdefault(r["content_sha256"], []).append(r["doc_id"])
        key = article_id(r) if article_id is not None else None
        if key is not None:
            by_article.setdefault((r["source"], key), []).append(r["doc_id"])
    return by_url, by_sha, by_article


def _choose(claims: dict[str, list[tuple[int, int]]], docs: list[dict],
            prev: dict[str, dict]) -> tuple[dict[int, str], dict[int, int]]:
    """One page per earlier document: (position -> doc_id it continues, position dropped -> position kept)."""
    winner: dict[int, str] = {}
    dropped: dict[int, int] = {}
    for target, cs in claims.items():
        tied_by_url = [c for c in cs if c[0] <= BY_URL]
        best = min(h for h, _ in cs)
        group = tied_by_url or [c for c in cs if c[0] == best]
        cur = prev[target]["url"]
        keep = max(group, key=lambda c: (docs[c[1]].get("url") == cur, _fetched_key(docs[c[1]]), c[1]))[1]
        winner[keep] = target
        dropped.update({i: keep for _, i in tied_by_url if i != keep})
    return winner, dropped




def resolve_identities(pool: pa.Table, run: ReleaseInput) -> tuple[dict[str, str], set[str]]:
    """Give each incoming document the doc_id of the earlier document it continues (in place).

    `pool` is the previous version's documents (for a rebuild: those of the version it replaces). A document
    continued under another URL takes the earlier doc_id and meeting_id (its child rows follow), and its
    `previous_urls` grows by the earlier canonical and requested URLs. When several pages of one run continue
    one document: pages tied by URL win over pages tied by content or article id (which stay documents of
    their own); among those tied by URL, the one at the document's current URL, else the latest fetched, is
    kept and the others are dropped (a `Duplicate` failure, unless they are URLs the document already had).
    Returns what it decided: {doc_id: the earlier doc_id it takes} and the doc_ids dropped (the run's tables
    already reflect both; a spooled run's rows on disk do not)."""
    table = run.tables["documents"]
    docs = table.select(_LIGHT).to_pylist()
    for d in docs:
        d["previous_urls"] = list(d.get("previous_urls") or [])
    run.tables["documents"] = set_column(table, "previous_urls", [d["previous_urls"] for d in docs])
    if not docs or pool.num_rows == 0:
        return {}, set()
    prev = {r["doc_id"]: r for r in conform("documents", pool).select(_IDENTITY_COLUMNS).to_pylist()}
    by_url, by_sha, by_article = _indexes(prev, run.article_id)
    claims: dict[str, list[tuple[int, int]]] = {}  # earlier doc_id -> [(how, position in docs)]
    for i, d in enumerate(docs):
        c = _claim(d, prev, by_url, by_sha, by_article, run.article_id)
        if c is not None:
            claims.setdefault(c[1], []).append((c[0], i))
    if not claims:
        return {}, set()
    winner, dropped = _choose(claims, docs, prev)

    for i, d in enumerate(docs):  # the kept pages' URL history first: a dropped page may be part of it
        if i in winner:
            p = prev[winner[i]]
            history = list(p["previous_urls"] or [])
            if d.get("url") != p["url"]:  # moved: the earlier canonical URL (and where it was requested) go first
                history += _own_urls(p)
            d["previous_urls"] = list(dict.fromkeys(u for u in history if u != d.get("url")))
    gone_ids = set()
    for i, k in dropped.items():
        d, kept = docs[i], docs[k]
        gone_ids.add(d["doc_id"])
        if not set(_own_urls(d)) <= {kept.get("url"), kept.get("input"), *kept["previous_urls"]}:
            run.failures.append(failure_row(
                d["input"], "extract", "Duplicate",
                f"same readout as {kept['input']} (doc_id {winner[k]}); kept that one", d.get("content_sha256")))
    run.tables["documents"] = set_column(run.tables["documents"], "previous_urls", [d["previous_urls"] for d in docs])
    drop_documents(run.tables, gone_ids)
    renamed = {docs[i]["doc_id"]: target for i, target in winner.items() if docs[i]["doc_id"] != target}
    rename_documents(run.tables, renamed)
    return renamed, gone_ids


def set_column(table: pa.Table, name: str, values: list) -> pa.Table:
    i = table.schema.get_field_index(name)
    return table.set_column(i, table.schema.field(i), pa.array(values, type=table.schema.field(i).type))


def drop_documents(tables: dict[str, pa.Table], doc_ids: set[str]) -> None:
    """The rows of these documents out of per-document tables (in place; a table may be missing)."""
    if not doc_ids:
        return
    meetings = tables["meetings"]
    gone_meetings = {m for m, d in zip(meetings["meeting_id"].to_pylist(), meetings["doc_id"].to_pylist()) if d in doc_ids}
    tables["documents"] = without(tables["documents"], "doc_id", doc_ids)
    tables["meetings"] = without(meetings, "doc_id", doc_ids)
    for name in CHILD_TABLES:
        if name in tables:
            tables[name] = without(tables[name], "meeting_id", gone_meetings)


def rename_documents(tables: dict[str, pa.Table], renamed: dict[str, str]) -> None:
    """doc_id old -> new, in documents, meetings and (through meeting_id, derived from doc_id) child rows (in
    place; a table may be missing)."""
    if not renamed:
        return
    docs = tables["documents"]
    tables["documents"] = set_column(docs, "doc_id", [renamed.get(d, d) for d in docs["doc_id"].to_pylist()])
    meetings = tables["meetings"]
    meeting_ids: dict[str, str] = {}
    for m, d in zip(meetings["meeting_id"].to_pylist(), meetings["doc_id"].to_pylist()):
        if d in renamed:
            meeting_ids[m] = stable_id("meeting", renamed[d])
    meetings = set_column(meetings, "doc_id", [renamed.get(d, d) for d in meetings["doc_id"].to_pylist()])
    tables["meetings"] = set_column(meetings, "meeting_id",
                                     [meeting_ids.get(m, m) for m in meetings["meeting_id"].to_pylist()])
    for name in CHILD_TABLES:
        t = tables.get(name)
        if t is not None and t.num_rows:
            tables[name] = set_column(t, "meeting_id", [meeting_ids.get(m, m) for m in t["meeting_id"].to_pylist()])


def classify(new_docs: dict[str, dict], prev_docs: pa.Table) -> dict[str, str]:
    """doc_id -> new | changed (content, parser or URL) | unchanged; carries removed_at over (in place) to a
    document seen again at the URL it was removed from."""
    before = {r["doc_id"]: r for r in prev_docs.select(["doc_id", "url", "content_sha256", "parser_version",
                                                          "removed_at"]).to_pylist()}
    status: dict[str, str] = {}
    for d, r in new_docs.items():
        p = before.get(d)
        if p is None:
            status[d] = "new"
        elif (p["content_sha256"], p["parser_version"], p["url"]) == (r["content_sha256"], r["parser_version"], r.get("url")):
            status[d] = "unchanged"
        else:
            status[d] = "changed"
        # removal is a fact about the URL: re-ingesting a copy does not undo it, a move to a new URL does
        if p is not None and r.get("removed_at") is None and p["removed_at"] is not None and p["url"] == r.get("url"):
            r["removed_at"] = p["removed_at"]
    return status


def removals(kept: pa.Table, removed: dict) -> tuple[dict[str, object], Counter]:
    """Earlier documents whose URL this run found gone: {doc_id: when}, and how many per source (disappearance
    is information: such a document is marked, never deleted)."""
    marks: dict[str, object] = {}
    by_source: Counter = Counter()
    if not removed or kept.num_rows == 0:
        return marks, by_source
    for d, url, source, at in zip(*(kept[c].to_pylist() for c in ("doc_id", "url", "source", "removed_at"))):
        if url in removed and at is None:
            marks[d] = removed[url]
            by_source[source] += 1
    return marks, by_source


def mark_removed(docs: pa.Table, marks: dict[str, object]) -> pa.Table:
    """`docs` with removed_at set for the marked documents among them (the same table when none is)."""
    if not marks or docs.num_rows == 0:
        return docs
    ids = docs["doc_id"].to_pylist()
    if not any(d in marks for d in ids):
        return docs
    return set_column(docs, "removed_at", [marks.get(d, a) for d, a in zip(ids, docs["removed_at"].to_pylist())])


def failures_after(earlier: pa.Table, run: ReleaseInput, in_docs: set[str]) -> pa.Table:
    """This run's failures, plus earlier ones whose input was not tried again and is not a document now."""
    fresh = {f["input"] for f in run.failures}
    kept = [f for f in earlier.to_pylist()
            if f["input"] not in run.attempted_inputs and f["input"] not in in_docs and f["input"] not in fresh]
    return to_arrow("failures", kept + run.failures)


def per_source(new_docs: dict[str, dict], status: dict[str, str]) -> dict[str, Counter]:
    """source -> how many of the run's documents are new, changed, unchanged."""
    out: dict[str, Counter] = {}
    for d, r in new_docs.items():
        out.setdefault(r.get("source") or "", Counter())[status[d]] += 1
    return out


def fill_runs(rows: list[dict], counts: dict[str, int], by_source: dict[str, Counter], removed_now: Counter) -> None:
    """Runs rows learn their counts here, where the merge decides them: an ingest row the totals, a crawl row
    its source's (its `unchanged` already holds the 304s and same bodies)."""
    for row in rows:
        if row.get("kind") == "ingest":
            row.update({k: v for k, v in counts.items() if row.get(k) is None})
        elif row.get("kind") == "crawl":
            mine = by_source.get(row["source"], Counter())
            if row.get("new") is None:
                row.update(new=mine["new"], changed=mine["changed"], unchanged=(row.get("unchanged") or 0) + mine["unchanged"])
            if row.get("removed") is None:
                row["removed"] = removed_now[row["source"]]


def build_release(previous: dict[str, pa.Table], run: ReleaseInput) -> Release:
    """The next version's tables, merged in memory: the reference that output/merge.py (what publishing uses,
    one bucket at a time) is held equal to by tests/test_merge.py; small enough to read as the specification. Takes the previous version's tables out of `previous` (the caller's dict is
    emptied, so each is freed once merged)."""
    previous = {name: conform(name, previous.pop(name)) for name in list(previous)}  # versions of older schemas
    run.flush()
    for name in RUN_TABLES:
        run.tables[name] = conform(name, run.tables[name])
    resolve_identities(previous["documents"] if run.identities is None else run.identities, run)
    docs_t = run.tables["documents"]
    new_docs = {r["doc_id"]: r for r in docs_t.select(_LIGHT).to_pylist()}
    status = classify(new_docs, previous["documents"])  # may carry removed_at over: written back below
    docs_t = set_column(docs_t, "removed_at", [new_docs[d]["removed_at"] for d in docs_t["doc_id"].to_pylist()])
    n_new = sum(1 for x in status.values() if x == "new")
    n_same = sum(1 for x in status.values() if x == "unchanged")

    replaced = set(new_docs)
    prev_meetings = previous.pop("meetings")
    replaced_meetings = {
        m for m, d in zip(prev_meetings["meeting_id"].to_pylist(), prev_meetings["doc_id"].to_pylist()) if d in replaced
    }
    out: dict[str, pa.Table] = {}
    kept_docs = without(previous["documents"], "doc_id", replaced)
    marks, removed_now = removals(kept_docs, run.removed)
    kept_docs = mark_removed(kept_docs, marks)
    del previous["documents"]  # each previous table is let go as soon as its rows are merged
    out["documents"] = pa.concat_tables([kept_docs, docs_t])
    out["meetings"] = pa.concat_tables([without(prev_meetings, "doc_id", replaced), run.tables["meetings"]])
    del kept_docs, prev_meetings
    children = {name: pa.concat_tables([without(previous.pop(name), "meeting_id", replaced_meetings), run.tables[name]])
                for name in CHILD_TABLES}
    # the persons pass works on columns (output/persons_pass.py): no role row becomes a Python object
    found = persons_pass(out["meetings"], children, children["directives"])
    for name, table in children.items():
        col = "speaker_person_id" if name == "directives" else "person_id"
        i = table.schema.get_field_index(col)
        out[name] = table.set_column(i, table.schema.field(i), found.ids[name].cast(table.schema.field(i).type))
    out["persons"] = found.persons
    unresolved = found.unresolved

    out["failures"] = failures_after(previous.pop("failures"), run, set(out["documents"]["input"].to_pylist()))
    counts = {"new": n_new, "changed": len(new_docs) - n_new - n_same, "unchanged": n_same + run.unchanged_inputs}
    fill_runs(run.runs, counts, per_source(new_docs, status), removed_now)
    out["runs"] = pa.concat_tables([previous.pop("runs").cast(TABLES["runs"].arrow_schema), to_arrow("runs", run.runs)])
    for name, table in out.items():
        out[name] = table.cast(TABLES[name].arrow_schema)
    return Release(out, unresolved, n_new, len(new_docs) - n_new - n_same, n_same + run.unchanged_inputs, runs=run.runs)
