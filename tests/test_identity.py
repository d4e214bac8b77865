"""One readout, one document: a document keeps its identity (doc_id, meeting_id) when its canonical URL
changes, matched in the merge by URL history, exact content hash, or the source's article id; its earlier
URLs go to `documents.previous_urls`. No network and no Prefect here (tests/test_crawl_full.py crawls).
"""
from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime, timedelta

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from readouts.ids import stable_id
from readouts.output.publish import publish_run
from readouts.output.storage import Root
from readouts.output.validate import validate_version
from readouts.output.versions import Versions, new_version_id

TEXT = "On May 5, Li Ming presided over the meeting.\n\nWe should work harder."
T0 = datetime(2024, 5, 6, 8, 0, tzinfo=UTC)


class _Records:
    def __init__(self, document: dict, tables: dict):
        self.document = document
        self.tables = tables

    def as_tables(self):
        return self.tables


class Page:
    """What flows.core.process_raw yields for one fetched page, without running extract/transform.

    doc_id and meeting_id are derived as the pipeline derives them (canonical URL, else the bytes)."""

    def __init__(self, url: str | None, content: str = "v1", *, input: str | None = None, source: str = "site",
                 fetched_at: datetime | None = T0, chair: str = "Li Ming"):
        sha = hashlib.sha256(content.encode()).hexdigest()
        doc_id = stable_id("url", url) if url else stable_id("sha256", sha)
        mid = stable_id("meeting", doc_id)
        self.input = input or url or f"/in/{content}.html"
        self.failure = None
        self.receipt = None
        text = TEXT.replace("Li Ming", chair)
        doc = {"doc_id": doc_id, "input": self.input, "url": url, "source": source, "content_sha256": sha,
               "fetched_at": fetched_at, "published_date": date(2024, 5, 6), "title": "T", "text": text,
               "bylines": [], "parser_version": "test", "removed_at": None}
        self.records = _Records(doc, {
            "documents": [doc],
            "meetings": [{"meeting_id": mid, "doc_id": doc_id, "url": url, "source": source, "title": "T",
                          "meeting_name": None, "meeting_date": date(2024, 5, 5), "meeting_end_date": None,
                          "meeting_date_source": "day_month+published_year", "published_date": date(2024, 5, 6),
                          "location": None, "format": None, "chairs": [chair]}],
            "speakers": [{"meeting_id": mid, "seq": 0, "name": chair, "kind": "person", "person_id": None,
                          "titles": ["Governor"], "role": "chair", "evidence": text.split("\n")[0], "rule": "x"}],
            "attendees": [],
            "directives": [{"meeting_id": mid, "seq": 0, "text": "We should work harder.", "speaker": chair,
                            "speaker_person_id": None, "modality": "should", "rule": "cue_should",
                            "char_start": text.index("We should"), "char_end": len(text)}],
            "mentions": [],
            "unplaced": [],
        })

    @property
    def doc_id(self) -> str:
        return self.records.document["doc_id"]


def crawl_row(source: str = "site", unchanged: int = 0) -> dict:
    """A crawl's runs row before the merge: the merge decides new / changed / removed."""
    return {"run_id": "r", "kind": "crawl", "source": source, "started_at": T0, "finished_at": T0,
            "pages_requested": 3, "new": None, "changed": None, "unchanged": unchanged, "failed": 0,
            "removed": None, "status": "ok", "message": None, "last_success_at": T0}


def publish(root, pages, **kw):
    return publish_run(str(root), new_version_id(), pages, [], parser_version="test", **kw)


def tables(root, name):
    v = Versions(Root(str(root)))
    return v.read_table(v.latest(), name).to_pylist()


def article_id(doc: dict) -> str | None:
    """The site's article id: the last path segment of any of the document's URLs (as a source's
    `article_id` pattern yields it)."""
    import re

    for u in [doc.get("url"), doc.get("input"), *(doc.get("previous_urls") or [])]:
        m = re.search(r"/(\w{6,})\.shtml$", u or "")
        if m:
            return m.group(1)
    return None


def test_http_to_https_with_identical_bytes_stays_one_document(tmp_path):
    """The page has no canonical link: its URL is where it was fetched, so the doc id changed with the scheme."""
    old = Page("http://x.test/2024/5/6/abc123.shtml")
    s1 = publish(tmp_path, [old])
    new = Page("https://x.test/2024/5/6/abc123.shtml")  # same bytes
    assert new.doc_id != old.doc_id
    s2 = publish(tmp_path, [new], runs=[crawl_row()])
    docs = tables(tmp_path, "documents")
    assert len(docs) == 1, "one readout, one document"
    d = docs[0]
    assert d["doc_id"] == old.doc_id and d["url"] == "https://x.test/2024/5/6/abc123.shtml"
    assert d["previous_urls"] == ["http://x.test/2024/5/6/abc123.shtml"]
    meetings = tables(tmp_path, "meetings")
    assert [m["meeting_id"] for m in meetings] == [stable_id("meeting", old.doc_id)]
    assert {r["meeting_id"] for r in tables(tmp_path, "directives")} == {meetings[0]["meeting_id"]}
    # the summary and the runs table say the same: a changed document (its URL), nothing new
    run = tables(tmp_path, "runs")[-1]
    assert (s2.new, s2.changed) == (run["new"], run["changed"]) == (0, 1)
    assert s2.runs[-1]["new"] == 0 and s2.runs[-1]["changed"] == 1
    assert validate_version(Versions(Root(str(tmp_path))), s2.version) == []
    assert s1.new == 1


def test_cms_move_to_a_new_path_is_matched_by_the_article_id(tmp_path):
    old = Page("https://x.test/col1/2024/5/6/abc123.shtml", "v1")
    publish(tmp_path, [old])
    moved = Page("https://x.test/newcms/col7/2024/5/6/abc123.shtml", "v1 with the new URL in its meta tags")
    s2 = publish(tmp_path, [moved], runs=[crawl_row()], article_id=article_id)
    docs = tables(tmp_path, "documents")
    assert [(d["doc_id"], d["url"], d["previous_urls"]) for d in docs] == \
        [(old.doc_id, moved.records.document["url"], [old.records.document["url"]])]
    assert (s2.new, s2.changed, s2.runs[-1]["new"], s2.runs[-1]["changed"]) == (0, 1, 0, 1)
    assert len(tables(tmp_path, "meetings")) == 1 and len(tables(tmp_path, "persons")) == 1
    assert tables(tmp_path, "persons")[0]["n_meetings"] == 1


def test_without_an_article_id_a_moved_page_with_other_bytes_is_a_new_document(tmp_path):
    """Nothing ties the two pages together: no URL in common, other bytes, no article id."""
    publish(tmp_path, [Page("https://x.test/col1/2024/5/6/abc123.shtml", "v1")])
    s2 = publish(tmp_path, [Page("https://x.test/newcms/2024/5/6/abc123.shtml", "v1 moved")])
    assert len(tables(tmp_path, "documents")) == 2 and s2.new == 1


def test_redirected_request_keeps_the_document_and_the_counts_agree(tmp_path):
    """The listing still links the old URL, which now redirects: same input, new canonical URL."""
    a = "https://x.test/2024/5/6/abc123.shtml"
    old = Page(a, "v1")
    publish(tmp_path, [old])
    b = "https://x.test/new/2024/5/6/abc123.shtml"
    again = Page(b, "v1 at b", input=a)
    s2 = publish(tmp_path, [again], runs=[crawl_row(unchanged=4)])
    docs = tables(tmp_path, "documents")
    assert [(d["doc_id"], d["input"], d["url"], d["previous_urls"]) for d in docs] == [(old.doc_id, a, b, [a])]
    row = tables(tmp_path, "runs")[-1]
    assert (row["new"], row["changed"], row["unchanged"]) == (0, 1, 4)
    assert (s2.new, s2.changed, s2.unchanged) == (0, 1, 0)


def test_identical_boilerplate_does_not_merge_distinct_readouts(tmp_path):
    """A content hash shared by two live documents says nothing about which one a third page is; and a page
    without a URL (a local file) is never merged into a crawled one."""
    publish(tmp_path, [Page("https://x.test/2024/5/6/p1.shtml", "boiler"),
                       Page("https://x.test/2024/5/6/p2.shtml", "boiler")])
    s = publish(tmp_path, [Page("https://x.test/2024/5/6/p3.shtml", "boiler"), Page(None, "boiler")])
    docs = tables(tmp_path, "documents")
    assert len(docs) == 4 and s.new == 2
    assert all(d["previous_urls"] == [] for d in docs)


def test_a_removed_document_is_not_matched_by_content_or_article_id(tmp_path):
    """Only live documents take a page in by content or article id."""
    a = "https://x.test/2024/5/6/abc123.shtml"
    publish(tmp_path, [Page(a)])
    publish(tmp_path, [], removed={a: T0})
    assert tables(tmp_path, "documents")[0]["removed_at"] is not None
    publish(tmp_path, [Page("https://x.test/elsewhere/2024/5/6/abc123.shtml")], article_id=article_id)
    assert len(tables(tmp_path, "documents")) == 2


def test_a_page_back_at_an_earlier_url_is_the_same_document(tmp_path):
    a, b = "https://x.test/2024/5/6/abc123.shtml", "https://x.test/new/2024/5/6/abc123.shtml"
    old = Page(a, "v1")
    publish(tmp_path, [old])
    publish(tmp_path, [Page(b, "v1")])  # moved (same bytes)
    s = publish(tmp_path, [Page(a, "v2")])  # and back, edited
    docs = tables(tmp_path, "documents")
    assert [(d["doc_id"], d["url"], d["previous_urls"]) for d in docs] == [(old.doc_id, a, [b])]
    assert (s.new, s.changed) == (0, 1)


def test_removal_stays_with_the_url_a_move_is_online_again(tmp_path):
    a, b = "https://x.test/2024/5/6/abc123.shtml", "https://x.test/new/2024/5/6/abc123.shtml"
    old = Page(a, "v1")
    publish(tmp_path, [old])
    publish(tmp_path, [], removed={a: T0})
    publish(tmp_path, [Page(a, "v1 again")])  # a copy of the same URL: removal is a fact about the URL
    assert tables(tmp_path, "documents")[0]["removed_at"] is not None
    publish(tmp_path, [Page(b, "v1 redirected", input=a)])  # the old URL now redirects to its new home
    docs = tables(tmp_path, "documents")
    assert [(d["doc_id"], d["url"], d["removed_at"], d["previous_urls"]) for d in docs] == [(old.doc_id, b, None, [a])]


def test_two_pages_of_one_run_claiming_one_document(tmp_path):
    """The old URL (redirecting, same document by URL) wins over a content match; the content match
    becomes its own document rather than a silent drop."""
    a, b = "https://x.test/2024/5/6/abc123.shtml", "https://x.test/new/2024/5/6/abc123.shtml"
    old = Page(a, "v1")
    publish(tmp_path, [old])
    s = publish(tmp_path, [Page(a, "v2"), Page(b, "v1")])
    docs = {d["url"]: d for d in tables(tmp_path, "documents")}
    assert docs[a]["doc_id"] == old.doc_id and docs[a]["previous_urls"] == []
    assert docs[b]["doc_id"] != old.doc_id and (s.new, s.changed) == (1, 1)


def test_rebuild_keeps_the_identity_of_a_moved_document(tmp_path):
    """A rebuild starts from nothing: the previous version's URL history tells it which document a page is."""
    a, b = "https://x.test/2024/5/6/abc123.shtml", "https://x.test/new/2024/5/6/abc123.shtml"
    old = Page(a, "v1", fetched_at=T0)
    publish(tmp_path, [old])
    publish(tmp_path, [Page(b, "v1 at b", fetched_at=T0 + timedelta(days=1))], article_id=article_id)
    before = tables(tmp_path, "documents")
    # the archive holds both URLs' newest bodies: the old one fetched first
    pages = [Page(a, "v1", fetched_at=T0), Page(b, "v1 at b", fetched_at=T0 + timedelta(days=1))]
    s = publish(tmp_path, pages, from_scratch=True)
    after = tables(tmp_path, "documents")
    assert after == before
    assert tables(tmp_path, "failures") == [] and s.documents_total == 1
    assert len(tables(tmp_path, "meetings")) == 1


def test_summary_runs_and_removed_counts_come_from_the_merge(tmp_path):
    """Per source: new and changed documents, and documents newly marked removed."""
    p = [Page(f"https://x.test/2024/5/6/doc{i}00.shtml", f"c{i}", source="one" if i < 3 else "two")
         for i in range(5)]
    publish(tmp_path, p)
    s = publish(tmp_path, [Page("https://x.test/2024/5/6/doc000.shtml", "c0 edited", source="one"),
                           Page("https://x.test/2024/5/6/doc900.shtml", "c9", source="two")],
                runs=[crawl_row("one", unchanged=2), crawl_row("two")],
                removed={"https://x.test/2024/5/6/doc300.shtml": T0, "https://x.test/2024/5/6/nothing.shtml": T0})
    rows = {r["source"]: r for r in tables(tmp_path, "runs")}
    assert (rows["one"]["new"], rows["one"]["changed"], rows["one"]["unchanged"], rows["one"]["removed"]) == (0, 1, 2, 0)
    assert (rows["two"]["new"], rows["two"]["changed"], rows["two"]["unchanged"], rows["two"]["removed"]) == (1, 0, 0, 1)
    assert (s.new, s.changed) == (sum(r["new"] for r in rows.values()), sum(r["changed"] for r in rows.values()))
    assert [r["source"] for r in s.runs] == ["one", "two"] and s.runs[1]["removed"] == 1


def test_changes_json_lists_moved_documents(tmp_path):
    a, b = "http://x.test/2024/5/6/abc123.shtml", "https://x.test/2024/5/6/abc123.shtml"
    old = Page(a)
    publish(tmp_path, [old])
    s = publish(tmp_path, [Page(b)])
    ch = json.loads((tmp_path / "versions" / s.version / "changes.json").read_text())
    assert ch["added"] == [] and ch["changed"] == []
    assert ch["moved"] == [{"doc_id": old.doc_id, "url": b, "previous_url": a}]
    assert "1 moved" in (tmp_path / "versions" / s.version / "CHANGES.md").read_text()


def _strip_column(root, table: str, column: str) -> str:
    """Rewrite LATEST's table without `column`, as a version written before the column existed."""
    v = Versions(Root(str(root)))
    vid = v.latest()
    vdir = root / "versions" / vid
    path = vdir / f"{table}/part-00-0.parquet"
    pq.write_table(pq.read_table(path).drop_columns([column]), path)
    man = json.loads((vdir / "manifest.json").read_text())
    man["files"][f"{table}/part-00-0.parquet"].update(sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
                                           bytes=path.stat().st_size)
    man["schema_version"] = "1.2.0"
    (vdir / "manifest.json").write_text(json.dumps(man))
    return vid


def test_a_version_written_before_previous_urls_is_merged_and_read(tmp_path):
    from readouts.flows.crawl import load_state

    a, b = "https://x.test/2024/5/6/abc123.shtml", "https://x.test/new/2024/5/6/abc123.shtml"
    old = Page(a, "v1")
    publish(tmp_path, [old, Page("https://x.test/2024/5/7/other1.shtml", "v9")])
    _strip_column(tmp_path, "documents", "previous_urls")
    known = load_state(str(tmp_path))  # the crawl's state reads the old layout
    assert known.docs[a]["doc_id"] == old.doc_id
    s = publish(tmp_path, [Page(b, "v1")])
    docs = {d["doc_id"]: d for d in tables(tmp_path, "documents")}
    assert docs[old.doc_id]["previous_urls"] == [a] and len(docs) == 2
    assert all(isinstance(d["previous_urls"], list) for d in docs.values())
    v = Versions(Root(str(tmp_path)))
    assert validate_version(v, s.version) == []
    assert v.read_table(s.version, "documents").schema.field("previous_urls").type == pa.list_(pa.string())


def test_schema_declares_previous_urls_once_for_writer_validator_and_descriptor(tmp_path):
    from readouts.output.schema import SCHEMA_VERSION, TABLES, data_dictionary_markdown

    col = next(c for c in TABLES["documents"].columns if c.name == "previous_urls")
    assert col.type == pa.list_(pa.string())
    assert tuple(int(x) for x in SCHEMA_VERSION.split(".")) >= (1, 3, 0)
    assert "`previous_urls`" in data_dictionary_markdown()
    s = publish(tmp_path, [Page("https://x.test/2024/5/6/abc123.shtml")])
    pkg = json.loads((tmp_path / "versions" / s.version / "datapackage.json").read_text())
    fields = next(r for r in pkg["resources"] if r["name"] == "documents")["schema"]["fields"]
    assert any(f["name"] == "previous_urls" for f in fields)


@pytest.mark.parametrize("value, ok", [("'/(\\w+)\\.shtml$'", True), ("'/\\w+\\.shtml$'", False),
                                       ("'(['", False)])
def test_article_id_pattern_in_sources_toml(value, ok):
    import tomllib

    from readouts.acquire.sources import SourceConfigError, parse_config

    toml = f"""
[sources.s]
start_urls = ["https://x.test/list.shtml"]
article_pattern = '/\\d{{4}}/'
follow_pattern = '/list'
allowed_hosts = ["x.test"]
article_id = {value}
"""
    if ok:
        src = parse_config(tomllib.loads(toml)).sources["s"]
        assert src.article_key("https://x.test/a/2024/5/6/abc123.shtml") == "abc123"
        assert src.article_key("https://x.test/list.html") is None
    else:
        with pytest.raises(SourceConfigError, match="article_id"):
            parse_config(tomllib.loads(toml))
