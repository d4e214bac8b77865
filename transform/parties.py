"""Who chaired, spoke, attended, or was only mentioned."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_NAME = r"([A-Z][a-z]+ [A-Z][a-z]+(?:[a-z']*)?)"


@dataclass
class Parties:
    chairs: list[str] = field(default_factory=list)
    speakers: list[dict] = field(default_factory=list)  # name, kind, titles, role, evidence
    attendees: list[dict] = field(default_factory=list)  # name, kind, titles, group, evidence
    mentions: list[dict] = field(default_factory=list)  # name, evidence
    actor_by_sentence: list[str | None] = field(default_factory=list)


def find_parties(text, sentences, title) -> Parties:
    p = Parties(actor_by_sentence=[None] * len(sentences))
    for s in sentences:
        m = re.search(_NAME + r",[^.]*?presided over", s.text)
        if m and m.group(1) not in p.chairs:
            p.chairs.append(m.group(1))
    return p
