"""WARC files in (ingest) and out (export-warc), with warcio."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed


def _parse_warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)
    except ValueError:
        return None


def _chosen_captures(path: str) -> set[int] | None:
    """Indexes of the records to read: per URL, the newest 2xx capture, or the newest capture when none
    is 2xx (a WARC may hold several captures of one URL: history, or retries). None: read everything."""
    best: dict[str, tuple[tuple, int]] = {}
    keep: set[int] = set()
    try:
        with open(path, "rb") as fh:
            for i, record in enumerate(ArchiveIterator(fh)):
                if record.rec_type not in ("response", "resource"):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                if not url:
                    keep.add(i)
                    continue
                try:
                    status = int(record.http_headers.get_statuscode()) if record.http_headers is not None else 200
                except (TypeError, ValueError):
                    status = 200
                rank = (200 <= status < 300, record.rec_headers.get_header("WARC-Date") or "", i)
                if url not in best or rank > best[url][0]:
                    best[url] = (rank, i)
    except (ArchiveLoadFailed, OSError, ValueError, EOFError):
        return None  # the reading pass reports the damage
    return keep | {i for _rank, i in best.values()}


def iter_warc(path: str) -> Iterator:
    """Yield a RawInput per HTTP response record (HTML only); a damaged file yields a failure Outcome.

    When a URL was captured more than once, only its newest successful capture is read."""
    from readouts.inputs import Outcome, RawInput, failure_row
    from readouts.limits import MAX_INPUT_BYTES

    n = 0
    chosen = _chosen_captures(path)
    try:
        with open(path, "rb") as fh:
            for i, record in enumerate(ArchiveIterator(fh)):
                if record.rec_type not in ("response", "resource"):
                    continue
                if chosen is not None and i not in chosen:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                headers = {}
                status = None
                if record.http_headers is not None:
                    headers = {k.lower(): v for k, v in record.http_headers.headers}
                    try:
                        status = int(record.http_headers.get_statuscode())
                    except (TypeError, ValueError):
                        status = None
                ctype = headers.get("content-type", record.rec_headers.get_header("Content-Type") or "")
                if ctype and "html" not in ctype.lower():
                    continue  # images, scripts and styles captured with the page are not documents
                body = record.content_stream().read(MAX_INPUT_BYTES + 1)  # a record, not the file, is capped
                n += 1
                label = f"{path}#{url}" if url else f"{path}#record{n}"
                if len(body) > MAX_INPUT_BYTES:
                    yield Outcome(label, failure=failure_row(label, "fetch", "TooLarge",
                                                             f"record body is over the {MAX_INPUT_BYTES:,}-byte limit"))
                    continue
                missing = getattr(record.raw_stream, "limit", 0) or 0
                if missing:  # the file ends inside this record: a shorter page is not the page
                    yield Outcome(label, failure=failure_row(label, "fetch", "TruncatedWARC",
                                                             f"record is cut off: {missing:,} bytes of its declared length are missing"))
                    continue
                if status is not None and status >= 400:
                    yield Outcome(label, failure=failure_row(label, "fetch", f"HTTP{status}", f"archived response has status {status}"))
                    continue
                yield RawInput(input=label, body=body, url=url, headers=headers, status=status,
                               fetched_at=_parse_warc_date(record.rec_headers.get_header("WARC-Date")))
    except (ArchiveLoadFailed, OSError, ValueError, EOFError) as e:
        yield Outcome(path, failure=failure_row(path, "fetch", "BadWARC", f"cannot read WARC after {n} records: {e}"))


def write_warc(out_path: str, items: Iterable[tuple[str, bytes, dict, int, str | None]]) -> int:
    """Write (url, body, headers, status, fetched_at ISO) items as WARC response records. Returns the count."""
    from http import HTTPStatus
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    n = 0
    with open(out_path, "wb") as fh:
        writer = WARCWriter(fh, gzip=out_path.endswith(".gz"))
        for url, body, headers, status, fetched_at in items:
            hdrs = [(k, v) for k, v in (headers or {}).items()
                    if k.lower() not in ("content-length", "transfer-encoding", "content-encoding")]
            if not any(k.lower() == "content-type" for k, _ in hdrs):
                hdrs.append(("Content-Type", "text/html"))
            code = status or 200
            try:
                reason = HTTPStatus(code).phrase
            except ValueError:
                reason = "Unknown"
            http = StatusAndHeaders(f"{code} {reason}", hdrs, protocol="HTTP/1.1")
            warc_headers = {"WARC-Date": fetched_at} if fetched_at else None
            record = writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=http,
                                               warc_headers_dict=warc_headers)
            writer.write_record(record)
            n += 1
    return n
