"""The document: what extract hands to transform, and what the documents table stores."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from readouts.ids import stable_id


@dataclass
class Document:
    input: str  # path or URL it was read from
    content_sha256: str  # of the raw bytes as received
    url: str | None = None  # canonical URL when the page states one
    source: str = "local"
    title: str | None = None
    published_date: date | None = None
    paragraphs: list[str] = field(default_factory=list)
    fetched_at: datetime | None = None
    encoding: str | None = None
    bylines: list[str] = field(default_factory=list)  # credit lines outside the body ("By staff reporter X")

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def doc_id(self) -> str:
        # the canonical URL is the stable key; a page without one is keyed by its bytes
        return stable_id("url", self.url) if self.url else stable_id("sha256", self.content_sha256)
