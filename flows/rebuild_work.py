"""What a rebuild does to each archived input, in the flow's process or in a pool worker: no Prefect here, so
the pool's forkserver (flows/parallel.py) preloads this module without importing Prefect (about a second saved
at every pool start)."""
from __future__ import annotations

from datetime import datetime

from readouts.flows.core import process_raw
from readouts.ids import sha256_hex
from readouts.inputs import Outcome, RawInput, failure_row, safe_text
from readouts.output.raw import RawArchive, Receipt
from readouts.output.storage import Root

ROLE = "x-readouts-role"  # stored with each receipt's headers (never sent over HTTP, stripped on export)


def _ts(s: str | None) -> datetime | None:
    return datetime.fromisoformat(s) if s else None


RebuildItem = tuple[Receipt, datetime | None]  # an input's receipt to process, and removed_at if gone since


def rebuild_batch(items: list[RebuildItem], root_url: str | None) -> list[Outcome]:
    """Process archived inputs with the current parser (a batch: in this process, or a pool's sub-batch)."""
    return rebuild_items(items, RawArchive(Root(root_url)))


def rebuild_items(items: list[RebuildItem], archive: RawArchive) -> list[Outcome]:
    """rebuild_batch with the archive open (a pool worker opens it once): one outcome per item, in order."""
    out = []
    for r, gone_at in items:
        headers = {k: v for k, v in (r.headers or {}).items() if k != ROLE}
        body = archive.get(r.sha256)
        if sha256_hex(body) != r.sha256:  # edited or damaged on disk: publishing it would break content_sha256
            out.append(Outcome(r.input, failure=failure_row(
                r.input, "archive", "AlteredRawObject",
                f"raw object {r.sha256} does not hash to its name (edited or damaged): not published", r.sha256)))
            continue
        raw = RawInput(input=r.input, body=body, url=r.url, headers=headers, status=r.status,
                       fetched_at=_ts(r.fetched_at), source=r.source, sha256=r.sha256)
        o = process_raw(raw)
        if o.records is not None and gone_at is not None:
            o.records.document["removed_at"] = gone_at
        out.append(o)
    return out


def rebuild_failed(item: RebuildItem, error_type: str, message: str) -> Outcome:
    """The failure row of an item whose worker process died on it (or raised): its receipt's input, and the
    hash of the archived body that was being processed."""
    r = item[0]
    name = safe_text(r.input)
    return Outcome(name, failure=failure_row(name, "parse", error_type, safe_text(message), r.sha256))
