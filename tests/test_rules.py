"""Every person and directive row carries the id of the rule that produced it."""
from __future__ import annotations

import re

from conftest import CORPUS, corpus_pages

from readouts.flows.core import process_paths

RULE_ID = re.compile(r"[a-z][a-z_]*[a-z]")


def test_every_row_of_the_real_corpora_names_its_rule():
    pages = corpus_pages() + sorted((CORPUS / "real-dev").glob("*.html"))
    seen: dict[str, set[str]] = {"speakers": set(), "attendees": set(), "mentions": set(), "directives": set()}
    for o in process_paths([str(p) for p in pages]):
        assert o.records is not None, o.failure
        for name in seen:
            for row in getattr(o.records, name):
                assert isinstance(row.get("rule"), str) and RULE_ID.fullmatch(row["rule"]), (name, row)
                seen[name].add(row["rule"])
    # the rules are many and named, not one catch-all per table
    assert len(seen["speakers"]) >= 4 and len(seen["attendees"]) >= 4 and len(seen["directives"]) >= 5
    assert any(r.startswith("syntax_") for r in seen["speakers"] | seen["attendees"])
    assert seen["mentions"] <= {"byline", "speech_elsewhere", "reported_act", "named_in_report", "press_commentator",
                                "possessive_reference", "named_in_term", "reference_of", "historical_figure",
                                "fronted_reference", "absent_label"}
