"""Meeting name, format and location as the readout states them."""
from __future__ import annotations


def meeting_fields(text, sentences, title) -> dict:
    return {"meeting_name": None, "location": None, "format": None}
