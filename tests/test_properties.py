"""Property-based tests (hypothesis) of the grammar's entry points and of extraction.

For arbitrary text (and for text built from the readout genre's own words, which reaches far more
rules): nothing raises, every offset slices its document's text exactly, and the records of a
document are consistent (what `readouts validate` and publish check).
"""
from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from readouts.extract.document import Document
from readouts.transform.dates import resolve_meeting_date
from readouts.transform.directives import find_directives
from readouts.transform.parties import find_parties
from readouts.transform.pipeline import transform_document
from readouts.transform.sentences import split_sentences

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# words of the genre: names, offices, cue words, dates, abbreviations, punctuation, whitespace
VOCAB = [
    "On", "March", "Feb.", "Sept.", "5", "19th", "2024", "2023,", "Monday", "from", "to", "July 9-10", "BEIJING,",
    "(Xinhua)", "--", "Li Qiang", "Xi Jinping", "Huang Qiang", "Wang Xiaohui", "Mr.", "Dr.", "U.S.", "No.",
    "Co., Ltd.", "PM2.5", "Governor", "Vice Governor", "Premier", "Secretary of the CPC Sichuan Provincial Committee",
    "Chairman of the Standing Committee", "presided over", "chaired", "the meeting", "attended", "said",
    "stressed that", "we should", "must", "need to", "It is necessary to", "called for", "urged", "will",
    "required", "and", ",", ".", ";", ":", "?", "!", '"', "\u201c", "\u201d", "'", "(", ")", "\n", "\n\n", " ",
    "\u3002", "\u4f1a\u8bae", "\u00a0", "\u200b", "\t", "e.g.", "etc.", "Photo by Li Xin", "Editor: Wang Lei",
    "leaders of the province", "representatives of enterprises", "Provincial leaders", "including",
]

genre_text = st.lists(st.one_of(st.sampled_from(VOCAB), st.text(max_size=6)), max_size=80).map(" ".join)
genre_paragraph = st.lists(st.one_of(st.sampled_from(VOCAB), st.text(max_size=6)), min_size=10, max_size=80).map(" ".join)
any_text = st.one_of(st.text(max_size=400), genre_text,
                     st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
dates_ = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)))
titles = st.one_of(st.none(), st.text(max_size=80), genre_text.map(lambda s: s[:120]))


def check_sentences(text, sentences):
    prev_end = 0
    for i, s in enumerate(sentences):
        assert text[s.start:s.end] == s.text, (s, text)
        assert s.text and s.text == s.text.strip()
        assert prev_end <= s.start < s.end <= len(text)
        assert s.index == i
        prev_end = s.end
    covered = set()
    for s in sentences:
        covered.update(range(s.start, s.end))
    for i, ch in enumerate(text):  # nothing but whitespace falls between sentences
        if not ch.isspace():
            assert i in covered, (i, ch, text)


@FAST
@given(any_text)
def test_split_sentences_offsets_slice_exactly(text):
    check_sentences(text, split_sentences(text))


@FAST
@given(any_text, dates_, titles)
def test_resolve_meeting_date_never_raises(text, published, title):
    sentences = split_sentences(text)
    when = resolve_meeting_date(text, sentences, published, title)
    assert when.start is None or isinstance(when.start, date)
    assert when.end is None or (when.start is not None and when.end >= when.start)
    assert (when.start is None) == (when.source is None) or when.source is not None
    # inputs, not clocks: the same inputs give the same answer
    assert resolve_meeting_date(text, sentences, published, title) == when


@FAST
@given(any_text, titles)
def test_find_parties_never_raises_and_cites_real_sentences(text, title):
    sentences = split_sentences(text)
    p = find_parties(text, sentences, title)
    assert len(p.actor_by_sentence) == len(sentences)
    sentence_texts = {s.text for s in sentences}
    for group in (p.speakers, p.attendees, p.mentions):
        for r in group:
            assert isinstance(r["name"], str) and r["name"].strip()
            ev = r.get("evidence")
            assert ev is None or ev in sentence_texts or ev in text or ev in (title or ""), (ev, text)
    for r in p.speakers + p.attendees:
        assert r.get("kind") in ("person", "organization", "place", "group")
    for r in p.speakers:
        assert r.get("role") in ("chair", "speaker", "written_statement")
    assert all(isinstance(c, str) and c.strip() for c in p.chairs)


@FAST
@given(any_text, titles)
def test_find_directives_offsets_slice_exactly(text, title):
    sentences = split_sentences(text)
    parties = find_parties(text, sentences, title)
    for d in find_directives(text, sentences, parties.actor_by_sentence):
        assert 0 <= d["char_start"] <= d["char_end"] <= len(text)
        assert text[d["char_start"]:d["char_end"]] == d["text"]
        assert d["modality"]


@FAST
@given(st.lists(genre_text, min_size=0, max_size=6), titles, dates_, st.one_of(st.none(), st.just("https://x.gov.cn/a.html")))
def test_transform_document_gives_consistent_records(paragraphs, title, published, url):
    from readouts.flows.core import check_records

    doc = Document(input="/in/x.html", content_sha256="0" * 64, url=url, title=title, published_date=published,
                   paragraphs=paragraphs)
    records = transform_document(doc)
    assert check_records(records) is None, check_records(records)
    text = records.document["text"]
    for d in records.directives:
        assert text[d["char_start"]:d["char_end"]] == d["text"]
    ids = {records.meeting["meeting_id"]}
    assert transform_document(doc).meeting["meeting_id"] in ids  # stable ids


# ------------------------------------------------------------------------------------------ names, titles
@FAST
@given(any_text)
def test_name_rules_never_raise_and_spans_slice(text):
    from readouts.transform import names
    from readouts.transform import titles as T

    spans = names.find_names(text, is_title=T.is_title)
    prev = -1
    for s in spans:
        assert text[s.start:s.end] == s.name
        assert s.start >= prev  # non-overlapping, in order
        prev = s.end
        names.clean_name(s.name)
        names.surname_of(s.name)
        names.person_key(s.name)
    for start, end, _name in names.byline_names(text):
        assert 0 <= start <= end <= len(text)


@FAST
@given(any_text)
def test_title_rules_never_raise(text):
    from readouts.transform import titles as T

    for t in T.leading_titles(text):
        assert t and T.is_title(t)
    T.clean_title(text)
    T.head_word(text)
    for pos in {0, len(text) // 2, len(text)}:
        r = T.pre_name_title(text, pos)
        if r is not None:
            phrase, start = r
            assert 0 <= start <= pos


@FAST
@given(st.text(max_size=60))
def test_person_key_is_idempotent_and_whitespace_blind(name):
    from readouts.transform.names import person_key

    k = person_key(name)
    assert person_key(k) == k or not k
    assume(name.strip())
    assert person_key("  " + name.replace(" ", "   ") + " ") == k


# ------------------------------------------------------------------------------------------ extraction
html_fragments = st.lists(st.one_of(
    st.sampled_from(["<p>", "</p>", "<div class='content'>", "</div>", "<script>", "</script>", "<br>", "<!--",
                     "-->", "<title>", "</title>", "<meta charset='gbk'>", "<body>", "<html>", "&amp;", "&#0;",
                     "<![CDATA[", "]]>", "<a href='javascript:x()'>", "</a>", "<td>", "<table>", "<h1>", "</h1>"]),
    genre_text), max_size=40).map("".join)


@SLOW
@given(st.one_of(st.binary(max_size=2000), html_fragments.map(lambda s: s.encode("utf-8", "surrogatepass")),
                 html_fragments.map(lambda s: s.encode("gb18030", "replace"))))
def test_process_raw_never_raises_and_yields_valid_records(body):
    from readouts.flows.core import RawInput, check_records, process_raw

    o = process_raw(RawInput(input="/in/fuzz.html", body=body))
    assert (o.records is None) != (o.failure is None)
    if o.failure:
        assert o.failure["stage"] in ("fetch", "decode", "parse", "extract", "transform")
        assert o.failure["message"]
    else:
        assert check_records(o.records) is None
        assert "<script" not in o.records.document["text"].lower()


def _readout_page(paragraphs: list[str], title: str) -> bytes:
    import html

    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (f'<html><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f'<meta name="PubDate" content="2024-03-06"></head><body><div class="article-content">'
            f'<h1>{html.escape(title)}</h1>{body}</div></body></html>').encode("utf-8", "surrogatepass")


@SLOW
@given(st.lists(genre_paragraph, min_size=1, max_size=6), genre_text.map(lambda s: s[:100]))
def test_generated_readouts_become_consistent_documents(paragraphs, title):
    """Pages in the genre's words: documents (or clear failures) whose offsets slice the extracted text."""
    from readouts.flows.core import RawInput, check_records, process_raw

    o = process_raw(RawInput(input="/in/gen.html", body=_readout_page(paragraphs, title)))
    if o.failure:
        assert o.failure["stage"] in ("decode", "parse", "extract", "transform") and o.failure["message"]
        assert o.failure["error_type"] != "InconsistentRecords", o.failure
        return
    assert check_records(o.records) is None
    text = o.records.document["text"]
    for d in o.records.directives:
        assert text[d["char_start"]:d["char_end"]] == d["text"]
