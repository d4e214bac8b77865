"""The one definition of every published table.

The Parquet writer, `readouts validate`, the Data Package descriptor and the README's data
dictionary are all generated from TABLES below; change a column here and everything follows.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa

RULE_DOC = ("Id of the grammar rule that placed the party: finite_<role> / participle_<role> / coordinated_<role> (a "
            "role verb and its subject), passive_by, inverted_presence, inverted_speech, delivered_by, headline_chair, "
            "syntax_subject / syntax_agent / syntax_list / syntax_role_noun / syntax_presence / syntax_copula / "
            "syntax_counterpart / syntax_chair_noun / syntax_meeting_included / syntax_group_included / syntax_delegation / syntax_delegation_head / "
            "syntax_among / "
            "syntax_between / syntax_invited / syntax_reference (the dependency parse), "
            "presence_sentence, visit_subject, pair_speech, role_model (the learned model, for people the rules left unplaced), ...")
LEGACY = " Null in rows carried over from versions before schema 1.2.0 (`readouts rebuild` fills it)."
RULE_DOC += LEGACY
SCHEMA_VERSION = "2.0.0"  # 2.0.0: each table a folder of part files (output/layout.py); 1.3.0: documents.previous_urls; 1.2.0: `rule`, documents.bylines, unplaced

STR = pa.string()
DATE = pa.date32()
TS = pa.timestamp("us", tz="UTC")
I32 = pa.int32()
STRLIST = pa.list_(pa.string())

# Arrow type -> Frictionless field type (and format)
_FRICTIONLESS = {
    str(STR): ("string", None),
    str(DATE): ("date", None),
    str(TS): ("datetime", None),
    str(I32): ("integer", None),
    # Parquet list<string> columns reach frictionless as numpy arrays (its Parquet reader goes through pandas),
    # which its `array` type refuses: declared `any`, with the Arrow type kept in `readouts:arrowType`
    str(STRLIST): ("any", None),
}


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    description: str
    nullable: bool = True
    # the value of rows read from a version written before the column existed (see `conform`); None: null
    fill: object = None


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()
    # (column, referenced table, referenced column): checked by `readouts validate`
    foreign_keys: tuple[tuple[str, str, str], ...] = field(default=())

    @property
    def arrow_schema(self) -> pa.Schema:
        return pa.schema([pa.field(c.name, c.type, nullable=c.nullable) for c in self.columns])

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


def C(name, type_, description, nullable=True, fill=None):
    return Column(name, type_, description, nullable, fill)


_MEETING_FK = (("meeting_id", "meetings", "meeting_id"),)
_PERSON_FK = (("person_id", "persons", "person_id"),)

TABLES: dict[str, Table] = {
    t.name: t
    for t in [
        Table(
            "documents",
            "One row per readout page that was read and parsed.",
            (
                C("doc_id", STR, "Stable id: hash of the canonical URL, or of the content when the page has no URL.", False),
                C("input", STR, "The path or URL the document was read from.", False),
                C("url", STR, "Canonical URL of the page (null for local files without a known URL)."),
                C("source", STR, "Source name: a configured source, or the host of the URL, or 'local'."),
                C("content_sha256", STR, "SHA-256 of the raw bytes as received; the key into raw/.", False),
                C("fetched_at", TS, "When the page was fetched over HTTP (null for local files)."),
                C("published_date", DATE, "Publication date of the page."),
                C("title", STR, "Headline without site-name suffixes."),
                C("text", STR, "Main body text, paragraphs joined by a blank line; offsets point into it.", False),
                C("bylines", STRLIST, "Credit lines outside the body (reporter, editor, photo), as written."),
                C("parser_version", STR, "Version of the extract+transform code that produced the row.", False),
                C("removed_at", TS, "When the page was first seen gone (404/410) at its URL; null while it is online."),
                C("previous_urls", STRLIST, "Earlier canonical URLs of this readout (and the URLs they were requested "
                  "at), oldest first: the document kept its doc_id when its URL changed (http to https, a CMS move). "
                  "Empty when it never moved.", fill=()),
            ),
            primary_key=("doc_id",),
        ),
        Table(
            "meetings",
            "One row per readout: the meeting it reports.",
            (
                C("meeting_id", STR, "Stable id of the meeting (derived from doc_id).", False),
                C("doc_id", STR, "The document reporting the meeting.", False),
                C("url", STR, "Canonical URL of the readout."),
                C("source", STR, "Source name."),
                C("title", STR, "Headline of the readout."),
                C("meeting_name", STR, "The meeting as the readout names it."),
                C("meeting_date", DATE, "Date of the meeting (first day if several); null when it cannot be known."),
                C("meeting_end_date", DATE, "Last day of a multi-day meeting; null otherwise."),
                C("meeting_date_source", STR, "How meeting_date was found: stated_full, day_month+published_year, "
                  "day_month+previous_year, day_month+dateline_year, weekday+dateline, weekday+published_date, yesterday+dateline, "
                  "yesterday+published_date, dateline, published_date; null when unknown."),
                C("published_date", DATE, "Publication date of the readout."),
                C("location", STR, "Where it was held, when stated."),
                C("format", STR, "Form of the meeting when stated (e.g. 'on-site inspection + teleconference')."),
                C("chairs", STRLIST, "Names of the persons who chaired or presided."),
            ),
            primary_key=("meeting_id",),
            foreign_keys=(("doc_id", "documents", "doc_id"),),
        ),
        Table(
            "speakers",
            "Parties with a speech act attributed to them by name.",
            (
                C("meeting_id", STR, "The meeting.", False),
                C("seq", I32, "Order of first appearance within the meeting (0-based).", False),
                C("name", STR, "Name as written (honorifics dropped).", False),
                C("kind", STR, "person | organization | place | group.", False),
                C("person_id", STR, "Key into persons (null unless kind=person and the name resolves)."),
                C("titles", STRLIST, "Each office separately, as written in this readout."),
                C("role", STR, "chair | speaker | written_statement.", False),
                C("evidence", STR, "The sentence the speech act came from."),
                C("rule", STR, RULE_DOC),
            ),
            primary_key=("meeting_id", "seq"),
            foreign_keys=_MEETING_FK + _PERSON_FK,
        ),
        Table(
            "attendees",
            "Parties stated to be present.",
            (
                C("meeting_id", STR, "The meeting.", False),
                C("name", STR, "Name as written, or the text's phrase for a group.", False),
                C("kind", STR, "person | organization | place | group.", False),
                C("person_id", STR, "Key into persons (null unless kind=person and the name resolves)."),
                C("titles", STRLIST, "Offices attached to the name in this readout."),
                C("group", STR, "The label of the list the name appears in (e.g. 'Provincial leaders')."),
                C("evidence", STR, "The sentence stating presence."),
                C("rule", STR, RULE_DOC),
            ),
            primary_key=("meeting_id", "name"),
            foreign_keys=_MEETING_FK + _PERSON_FK,
        ),
        Table(
            "directives",
            "Sentences that issue an instruction, requirement or call to action at the meeting.",
            (
                C("meeting_id", STR, "The meeting.", False),
                C("seq", I32, "Order within the meeting (0-based).", False),
                C("text", STR, "The sentence, exactly as written: documents.text[char_start:char_end].", False),
                C("speaker", STR, "Who issued it; null when the readout attributes it to the meeting."),
                C("speaker_person_id", STR, "Key into persons for speaker."),
                C("modality", STR, "The cue: should | must | need to | call for | urge | necessary | suggest | will | ...", False),
                C("char_start", I32, "Offset of the sentence in documents.text.", False),
                C("char_end", I32, "End offset (exclusive) in documents.text.", False),
                C("rule", STR, "Id of the cue rule that made the sentence a directive (cue_should, cue_call_for, ...)." + LEGACY),
            ),
            primary_key=("meeting_id", "seq"),
            foreign_keys=_MEETING_FK + (("speaker_person_id", "persons", "person_id"),),
        ),
        Table(
            "persons",
            "One row per person across all readouts of the version.",
            (
                C("person_id", STR, "Stable id derived from the normalised name.", False),
                C("name", STR, "Name as most often written.", False),
                C("titles", STRLIST, "Every title seen, in order of first appearance."),
                C("first_seen", DATE, "Earliest meeting (or publication) date the person appears."),
                C("last_seen", DATE, "Latest meeting (or publication) date the person appears."),
                C("n_meetings", I32, "Number of meetings the person chaired, spoke at or attended.", False),
            ),
            primary_key=("person_id",),
        ),
        Table(
            "mentions",
            "Persons named in a readout who are not present (e.g. a leader whose instructions are studied).",
            (
                C("meeting_id", STR, "The meeting.", False),
                C("name", STR, "Name as written.", False),
                C("person_id", STR, "Key into persons."),
                C("evidence", STR, "The sentence naming the person."),
                C("rule", STR, "Why the person is a mention (the evidence): byline | speech_elsewhere | reported_act | named_in_report | "
                               "press_commentator | possessive_reference | named_in_term | reference_of | "
                               "historical_figure | fronted_reference | absent_label | future_meeting | "
                               "between_elsewhere | press_source." + LEGACY),
            ),
            primary_key=("meeting_id", "name"),
            foreign_keys=_MEETING_FK + _PERSON_FK,
        ),
        Table(
            "unplaced",
            "Persons named in a readout whom no rule placed at the meeting and who are not referred to as absent "
            "either: the review worklist (each may be a participant the grammar missed, or a mention).",
            (
                C("meeting_id", STR, "The meeting.", False),
                C("name", STR, "Name as written.", False),
                C("person_id", STR, "Key into persons."),
                C("evidence", STR, "The first sentence naming the person."),
            ),
            primary_key=("meeting_id", "name"),
            foreign_keys=_MEETING_FK + _PERSON_FK,
        ),
        Table(
            "runs",
            "One row per source per run: what the run requested and found, so a source that silently stops yielding is visible.",
            (
                C("run_id", STR, "The run (also the name of its raw/index file).", False),
                C("kind", STR, "ingest | crawl | rebuild.", False),
                C("source", STR, "Source name ('local' for ingest).", False),
                C("started_at", TS, "When the run started.", False),
                C("finished_at", TS, "When the run finished."),
                C("pages_requested", I32, "HTTP requests made (listing, article and robots.txt pages)."),
                C("new", I32, "Documents new in this version."),
                C("changed", I32, "Documents whose content changed."),
                C("unchanged", I32, "Documents seen again unchanged (or answered 304)."),
                C("failed", I32, "Inputs that went to failures."),
                C("removed", I32, "Articles that answered 404/410 and were marked removed."),
                C("status", STR, "ok | failed (the source could not be crawled at all).", False),
                C("message", STR, "Why a source failed, when it did."),
                C("last_success_at", TS, "finished_at of the latest ok run of this source, this one included."),
            ),
            primary_key=("run_id", "source"),
        ),
        Table(
            "failures",
            "Inputs that did not become documents, with the stage and reason.",
            (
                C("input", STR, "Path or URL.", False),
                C("stage", STR, "fetch | decode | parse | extract | transform | write | archive (a raw object missing or altered at rebuild).", False),
                C("error_type", STR, "Short error class.", False),
                C("message", STR, "Human-readable reason.", False),
                C("content_sha256", STR, "SHA-256 of the bytes, when any were read."),
                C("at", TS, "When the failure happened.", False),
            ),
            primary_key=("input",),
        ),
    ]
}

TABLE_ORDER = list(TABLES)
# the tables of rows that belong to one meeting (replaced together when its document is processed again)
CHILD_TABLES = ("speakers", "attendees", "directives", "mentions", "unplaced")


def empty_table(name: str) -> pa.Table:
    return TABLES[name].arrow_schema.empty_table()


def conform(name: str, table: pa.Table, columns: list[str] | None = None) -> pa.Table:
    """A table as read from any version, in the current schema: columns added since that version was written
    get their `fill` (documents.previous_urls: an empty list) or nulls, columns are cast to the declared types.
    columns: only these columns (of the current schema), in this order."""
    schema = TABLES[name].arrow_schema
    specs = TABLES[name].columns
    if columns is not None:
        schema = pa.schema([schema.field(c) for c in columns])
        specs = tuple(next(c for c in TABLES[name].columns if c.name == n) for n in columns)
    if table.schema.equals(schema):
        return table
    arrays = []
    for f, c in zip(schema, specs):
        if f.name in table.column_names:
            arrays.append(table[f.name].cast(f.type))
        else:
            value = list(c.fill) if isinstance(c.fill, tuple) else c.fill
            arrays.append(pa.array([value] * table.num_rows, type=f.type))
    return pa.Table.from_arrays(arrays, schema=schema)


def to_arrow(name: str, rows: list[dict]) -> pa.Table:
    """Rows (dicts) -> Arrow table with exactly the declared columns and types."""
    schema = TABLES[name].arrow_schema
    cols = {c: [r.get(c) for r in rows] for c in schema.names}
    return pa.table({f.name: pa.array(cols[f.name], type=f.type) for f in schema}, schema=schema)


def datapackage_resource(name: str, paths: list[str], files: dict[str, dict]) -> dict:
    """The table's Data Package resource: its part files as `path` (a list when there are several; the
    manifest has each part's sha256 and size), its fields, keys and row count."""
    t = TABLES[name]
    fields = []
    for c in t.columns:
        ftype, fmt = _FRICTIONLESS[str(c.type)]
        f: dict[str, object] = {"name": c.name, "type": ftype, "description": c.description}
        if c.type == STRLIST:
            f["readouts:arrowType"] = "list<string>"
        if fmt:
            f["format"] = fmt
        if not c.nullable:
            f["constraints"] = {"required": True}
        fields.append(f)
    # nulls in integer columns reach frictionless as NaN (pandas): declared missing like the empty string
    schema: dict = {"fields": fields, "missingValues": ["", "nan", "NaN"]}
    if t.primary_key:
        schema["primaryKey"] = list(t.primary_key)
    if t.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": col, "reference": {"resource": ref, "fields": refcol}} for col, ref, refcol in t.foreign_keys
        ]
    resource = {
        "name": name,
        "path": paths[0] if len(paths) == 1 else paths,
        "format": "parquet",
        "mediatype": "application/vnd.apache.parquet",
        "description": t.description,
        # no "bytes": frictionless cannot count a Parquet source and reports every declared count as wrong;
        # manifest.json has the exact size of every part
        "rows": sum(int(files[p]["rows"]) for p in paths),
        "schema": schema,
    }
    if len(paths) == 1:  # a hash covers the resource's bytes: only a one-file resource has one
        resource["hash"] = f"sha256:{files[paths[0]]['sha256']}"
    return resource


def data_dictionary_markdown() -> str:
    """The README's data dictionary, generated from TABLES."""
    out = []
    for t in TABLES.values():
        out.append(f"#### `{t.name}`\n\n{t.description}" + (f" Key: `{', '.join(t.primary_key)}`." if t.primary_key else "") + "\n")
        out.append("| column | Arrow type | meaning |\n|---|---|---|")
        for c in t.columns:
            out.append(f"| `{c.name}` | `{c.type}` | {c.description} |")
        out.append("")
    return "\n".join(out)


def update_readme(path: str = "README.md") -> None:
    """Rewrite the data dictionary section of the README in place."""
    start, end = "<!-- data-dictionary:start -->", "<!-- data-dictionary:end -->"
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    a, b = text.index(start) + len(start), text.index(end)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text[:a] + "\n" + data_dictionary_markdown().strip() + "\n" + text[b:])


if __name__ == "__main__":  # python -m output.schema [--update-readme]
    import sys

    if "--update-readme" in sys.argv:
        update_readme()
    else:
        print(data_dictionary_markdown())
