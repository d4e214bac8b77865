"""The pipeline's steps as plain functions: the Prefect flows and `run-document --dry-run` call these.

Nothing here imports Prefect, so a single document is processed in well under a second.
"""
from __future__ import annotations

import functools
import os
import stat
import traceback
from collections.abc import Iterator
from pathlib import Path

from readouts.clock import utc_iso
from readouts.extract.errors import InputError
from readouts.extract.html import parse_html
from readouts.ids import sha256_hex
from readouts.inputs import Outcome, RawInput, failure_row, safe_text
from readouts.limits import MAX_INPUT_BYTES, MAX_SENTENCE_CHARS, MAX_TEXT_CHARS
from readouts.output.checks import check_records
from readouts.output.raw import RawArchive, Receipt
from readouts.transform.pipeline import PARSER_VERSION, transform_document
from readouts.transform.sentences import Sentence, split_sentences

HTML_SUFFIXES = {".html", ".htm", ".shtml", ".xhtml", ".xml", ".txt"}
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")


def _receipt(raw: RawInput, sha: str) -> Receipt:
    return Receipt(sha256=sha, input=safe_text(raw.input), url=safe_text(raw.url), status=raw.status,
                   headers={safe_text(str(k)): safe_text(str(v)) for k, v in (raw.headers or {}).items()},
                   fetched_at=utc_iso(raw.fetched_at), bytes=len(raw.body), source=safe_text(raw.source))


def process_raw(raw: RawInput) -> Outcome:
    """Bytes -> document -> records; every problem becomes a failure row, never an exception."""
    name = safe_text(raw.input)
    url = safe_text(raw.url)
    sha = raw.sha256 or sha256_hex(raw.body)
    receipt = _receipt(raw, sha)
    try:
        doc = parse_html(raw.body, input=name, http_headers=raw.headers, url=url,
                         fetched_at=raw.fetched_at, source=raw.source, sha256=sha)
    except InputError as e:
        return Outcome(name, failure=failure_row(name, e.stage, e.error_type, safe_text(e.message), sha), receipt=receipt)
    except Exception as e:  # a bug must not stop the run: record where it happened
        return Outcome(name, failure=failure_row(name, "parse", type(e).__name__, safe_text(_one_line(e)), sha), receipt=receipt)
    text = doc.text
    sentences = split_sentences(text) if len(text) <= MAX_TEXT_CHARS else []
    refused = _not_prose(text, sentences)
    if refused:
        return Outcome(name, failure=failure_row(name, "transform", "NotProse", refused, sha), receipt=receipt)
    try:
        records = transform_document(doc, sentences)
        problem = check_records(records)
    except Exception as e:
        return Outcome(name, failure=failure_row(name, "transform", type(e).__name__, safe_text(_one_line(e)), sha), receipt=receipt)
    if problem:  # rows that would make the published version inconsistent: never published
        return Outcome(name, failure=failure_row(name, "transform", "InconsistentRecords", problem, sha), receipt=receipt)
    return Outcome(name, records=records, receipt=receipt)


def _not_prose(text: str, sentences: list[Sentence]) -> str | None:
    """Why `text` is refused before the grammar runs (bounded time per document), or None."""
    if len(text) > MAX_TEXT_CHARS:
        return f"body text is {len(text):,} characters, over the {MAX_TEXT_CHARS:,}-character limit for a readout"
    longest = max((s.end - s.start for s in sentences), default=0)
    if longest > MAX_SENTENCE_CHARS:
        return (f"a sentence of {longest:,} characters (limit {MAX_SENTENCE_CHARS:,}): "
                "the body is not prose (an unpunctuated list or generated text)")
    return None


def _one_line(e: BaseException) -> str:
    tb = traceback.extract_tb(e.__traceback__)
    where = f" (at {Path(tb[-1].filename).name}:{tb[-1].lineno})" if tb else ""
    return (str(e).splitlines() or [type(e).__name__])[0][:300] + where


# -- local inputs --------------------------------------------------------------------------------

def is_warc(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


def discover(paths: list[str]) -> tuple[list[str], list[dict]]:
    """Expand files and folders (recursively, symlink loops cannot recur) into input paths.

    Files named explicitly are always inputs (a named symbolic link is followed). In folders, HTML and WARC
    files are inputs; symbolic links and other files are reported as failures, so nothing is silently
    skipped and nothing outside the folder is read. Hidden files are ignored.
    """
    found: list[str] = []
    skipped: list[dict] = []
    for p in paths:
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p, followlinks=False):
                dirnames.sort()
                for d in list(dirnames):
                    full = os.path.join(dirpath, d)
                    if d.startswith("."):
                        dirnames.remove(d)
                    elif os.path.islink(full):  # symlinked folders (and symlink loops) are not followed
                        dirnames.remove(d)
                        skipped.append(failure_row(safe_text(full), "fetch", "SymlinkedFolder",
                                                   "skipped: symbolic link to a folder is not followed "
                                                   "(name the target folder to ingest it)"))
                for name in sorted(filenames):
                    if name.startswith("."):
                        continue
                    full = os.path.join(dirpath, name)
                    if _readable_input(dirpath, name):
                        found.append(full)
                    elif os.path.islink(full):  # a planted link (to /etc/passwd, to a secret) is never read
                        skipped.append(failure_row(safe_text(full), "fetch", "SymlinkedFile",
                                                   "skipped: symbolic link in a folder is not followed "
                                                   "(name the target file to ingest it)"))
                    else:
                        skipped.append(failure_row(safe_text(full), "fetch", "UnsupportedFile",
                                                   f"skipped: {safe_text(Path(name).suffix) or 'no extension'} files are not HTML or WARC"))
        elif os.path.exists(p) or os.path.islink(p):
            found.append(p)
        else:
            skipped.append(failure_row(safe_text(p), "fetch", "FileNotFound", "no such file or folder"))
    return found, skipped


def _readable_input(folder: str, name: str) -> bool:
    """A file in an input folder that is read: HTML or WARC by name, not hidden, not a symbolic link."""
    return (not name.startswith(".") and (Path(name).suffix.lower() in HTML_SUFFIXES or is_warc(name))
            and not os.path.islink(os.path.join(folder, name)))


def has_input(paths: list[str]) -> bool:
    """Is there at least one HTML or WARC input? Stops at the first one (the flow discovers for itself)."""
    for p in paths:
        if not os.path.isdir(p):
            if os.path.exists(p) or os.path.islink(p):
                return True
            continue
        for dirpath, dirnames, filenames in os.walk(p, followlinks=False):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            if any(_readable_input(dirpath, n) for n in filenames):
                return True
    return False


def no_inputs_message(paths: list[str]) -> str:
    return f"no inputs found under {', '.join(paths)} (HTML or WARC files; nothing was published)"


def read_local(path: str) -> Iterator[RawInput | Outcome]:
    """Yield the raw inputs in a local file (one for HTML, one per response record for WARC).

    Only regular files are read (a FIFO, a device such as /dev/zero or a socket would block or never
    end), and never more than MAX_INPUT_BYTES of them, even if the file grows while it is read.
    """
    name = safe_text(path)

    def refuse(error_type: str, message: str) -> Outcome:
        return Outcome(name, failure=failure_row(name, "fetch", error_type, message))

    try:
        st = os.stat(path)  # follows symlinks: a loop or a dangling link raises OSError here
        if not stat.S_ISREG(st.st_mode):
            kind = "folder" if stat.S_ISDIR(st.st_mode) else "special file (FIFO, device or socket)"
            yield refuse("NotARegularFile", f"skipped: not a regular file but a {kind}")
            return
        # a WARC is streamed record by record (each record capped), so only single pages have a file cap:
        # a Common Crawl WARC is about 1 GB
        if st.st_size > MAX_INPUT_BYTES and not is_warc(path):
            yield refuse("TooLarge", f"file is {st.st_size:,} bytes, over the {MAX_INPUT_BYTES:,}-byte limit")
            return
        if is_warc(path):
            from readouts.acquire.warc import iter_warc  # imported lazily: only WARC inputs need warcio

            n = 0
            for item in iter_warc(path):
                n += 1
                if isinstance(item, Outcome):
                    item.input = safe_text(item.input)
                    if item.failure:
                        item.failure["input"] = safe_text(item.failure["input"])
                        item.failure["message"] = safe_text(item.failure["message"])
                yield item
            if n == 0:  # nothing silently dropped: a WARC that yields no input is itself a failure
                yield refuse("EmptyWARC", "no HTML response records found in the WARC file "
                                          "(not a WARC file, or it holds only non-HTML records)")
            return
        with open(path, "rb") as fh:
            body = fh.read(MAX_INPUT_BYTES + 1)
        if len(body) > MAX_INPUT_BYTES:
            yield refuse("TooLarge", f"file grew over the {MAX_INPUT_BYTES:,}-byte limit while it was read")
            return
    except (OSError, ValueError) as e:
        yield refuse(type(e).__name__, f"cannot read file: {safe_text(getattr(e, 'strerror', None) or str(e))}")
        return
    yield RawInput(input=path, body=body)


class Published:
    """What LATEST already holds, to skip unchanged inputs before any parsing: (sha256, input) and (sha256, url)
    of its live documents, when they were made by this parser and NLP model. Empty when either differs (then
    everything is processed again: that is what `rebuild` is for)."""

    def __init__(self, pairs: set[tuple[str, str]] | None = None):
        self.pairs = pairs or set()

    def has(self, raw: RawInput, sha: str) -> bool:
        return (sha, safe_text(raw.input)) in self.pairs or (raw.url is not None and (sha, safe_text(raw.url)) in self.pairs)

    @classmethod
    def of(cls, root_url: str | None) -> Published:
        from readouts.output.storage import Root
        from readouts.output.versions import Versions
        from readouts.transform.syntax import model_info

        v = Versions(Root(root_url))
        latest = v.latest()
        if latest is None or v.manifest(latest).get("model") != model_info():
            return cls()
        # verified, but only these columns decoded: never the documents' text
        wanted = ["content_sha256", "input", "url", "parser_version", "removed_at"]
        docs = v.read_table(latest, "documents", verify=True, columns=wanted)
        cols = [c for c in wanted if c in docs.column_names]
        pairs: set[tuple[str, str]] = set()
        for r in docs.select(cols).to_pylist():
            if r.get("parser_version") != PARSER_VERSION or r.get("removed_at") is not None:
                continue
            pairs.update((r["content_sha256"], key) for key in (r.get("input"), r.get("url")) if key)
        return cls(pairs)


@functools.lru_cache(maxsize=4)
def _published(root_url: str | None, latest: str | None) -> Published:
    return Published.of(root_url)


def published_in(root_url: str | None) -> Published:
    """Published.of, read once per process and LATEST (each batch task of a run asks again)."""
    from readouts.output.storage import Root
    from readouts.output.versions import Versions

    return _published(root_url, Versions(Root(root_url)).latest())


def process_paths(paths: list[str], archive: RawArchive | None = None, published: Published | None = None) -> list[Outcome]:
    """Read, archive and process local files (a batch). An input whose bytes LATEST already holds from the same
    path or URL, made by this parser and model, is not parsed again (`Outcome.unchanged`)."""
    out: list[Outcome] = []
    for path in paths:
        for item in read_local(path):
            if isinstance(item, Outcome):
                out.append(item)
                continue
            known = already_published(item, published)
            if known is not None:
                out.append(known)
                continue
            outcome = process_raw(item)
            if archive is not None:
                try:
                    archive.put(item.body, outcome.receipt.sha256 if outcome.receipt else None)
                except Exception as e:  # disk full, permissions: this input is not safely kept
                    outcome = Outcome(outcome.input, receipt=None, failure=failure_row(
                        outcome.input, "write", type(e).__name__,
                        safe_text(f"cannot store the raw bytes in the archive: {_one_line(e)}"),
                        sha256_hex(item.body)))
            out.append(outcome)
    return out


def split_unchanged(paths: list[str], published: Published) -> tuple[list[str], list[Outcome]]:
    """(the paths to process, the outcomes of those already published): a single-page file whose bytes LATEST
    holds from the same path, made by this parser and model, is known here, in the flow's process, without a
    worker process or the NLP model ever being started for it. WARC files are always processed (their records
    are checked one by one there)."""
    if not published.pairs:
        return list(paths), []
    todo: list[str] = []
    done: list[Outcome] = []
    for path in paths:
        items = [] if is_warc(path) else list(read_local(path))
        item = items[0] if len(items) == 1 else None
        known = already_published(item, published) if isinstance(item, RawInput) else None
        if known is not None:
            done.append(known)
            continue
        todo.append(path)
    return todo, done


def already_published(item: RawInput, published: Published | None) -> Outcome | None:
    """The `unchanged` outcome of an input whose bytes LATEST holds from the same path or URL (same parser and
    model), else None. Sets the input's sha256."""
    item.sha256 = item.sha256 or sha256_hex(item.body)
    if published is not None and published.has(item, item.sha256):
        return Outcome(safe_text(item.input), receipt=_receipt(item, item.sha256), unchanged=True)
    return None


__all__ = ["Outcome", "RawInput", "process_raw", "process_paths", "discover", "failure_row", "PARSER_VERSION",
           "check_records", "safe_text"]
