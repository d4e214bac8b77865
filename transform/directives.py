"""Directives: sentences that state an instruction, requirement or call to action."""
from __future__ import annotations

import re

_CUES = [("must", r"\bmust\b"), ("should", r"\bshould\b"), ("need to", r"\bneeds? to\b"), ("call for", r"\bcalled (?:for|on)\b")]


def find_directives(text, sentences, actor_by_sentence) -> list[dict]:
    out = []
    for s in sentences:
        for modality, pat in _CUES:
            if re.search(pat, s.text):
                out.append({"text": s.text, "speaker": actor_by_sentence[s.index], "modality": modality,
                            "char_start": s.start, "char_end": s.end})
                break
    return out
