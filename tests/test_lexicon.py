"""Integrity of the shared vocabulary (transform/lexicon.py): no duplicate words, every table in use, lower case
where the rules compare lower-cased words."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from readouts.transform import lexicon

TRANSFORM = Path(lexicon.__file__).resolve().parent
SOURCE = (TRANSFORM / "lexicon.py").read_text(encoding="utf-8")
TABLES = {name: value for name, value in vars(lexicon).items()
          if name.isupper() and isinstance(value, (set, frozenset, dict, tuple, list))}
# written as they appear in the text: they go into case-sensitive patterns
CASED = {"HONORIFICS", "POST_NOMINALS", "WIRE_AGENCIES", "RANK_ABBREVIATIONS", "GIVEN_ABBREVIATIONS", "ROLL_STYLES", "COUNCIL_STYLES",
         "ORG_PREFIX_HEADS", "KHMER_STYLE_WORDS", "TRIBE_PREFIXES", "LINEAGE_STYLES", "SYLLABLE_HONORIFICS", "DOTTED_GIVEN_ABBREVIATIONS"}  # matched as written (a regular expression of capitalised names)


def _literals() -> dict[str, ast.expr]:
    """The source literal of every module-level table, by name."""
    out: dict[str, ast.expr] = {}
    for node in ast.parse(SOURCE).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            out[node.targets[0].id] = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            out[node.target.id] = node.value
    return out


LITERALS = _literals()


def test_tables_found():
    assert len(TABLES) >= 15
    assert {"OFFICE_WORDS", "MODIFIERS", "FUNCTION_WORDS", "ORG_HEADS", "PLACE_HEADS", "ROLE_NOUNS"} <= set(TABLES)
    assert set(TABLES) <= set(LITERALS)  # every table is written as a literal, not computed


@pytest.mark.parametrize("name", sorted(TABLES))
def test_no_duplicate_entries(name):
    node = LITERALS[name]
    if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
        items = [ast.literal_eval(e) for e in node.elts]
    elif isinstance(node, ast.Dict):
        items = [ast.literal_eval(k) for k in node.keys if k is not None]
    else:
        pytest.fail(f"{name} is not a set, list, tuple or dict literal")
    repeated = sorted({x for x in items if items.count(x) > 1})
    assert not repeated, f"{name} repeats {repeated}"
    assert len(items) == len(TABLES[name])


@pytest.mark.parametrize("name", sorted(TABLES))
def test_table_used_by_another_module(name):
    users = [p.name for p in sorted(TRANSFORM.glob("*.py"))
             if p.name != "lexicon.py" and re.search(r"\b" + name + r"\b", p.read_text(encoding="utf-8"))]
    assert users, f"lexicon.{name} is used by no module under transform/"


@pytest.mark.parametrize("name", sorted(TABLES))
def test_non_empty_words(name):
    table = TABLES[name]
    assert table, f"{name} is empty"
    words = list(table)  # a dict's keys are the words compared
    assert all(isinstance(w, str) and w == w.strip() and w for w in words), name
    if isinstance(table, dict):
        assert all(isinstance(v, str) and v for v in table.values()), name


@pytest.mark.parametrize("name", sorted(set(TABLES) - CASED))
def test_lower_case_where_compared_lower(name):
    upper = sorted(w for w in TABLES[name] if w != w.lower())
    assert not upper, f"{name} is compared with lower-cased words but holds {upper}"


def test_cased_tables_are_capitalised():
    for name in CASED:
        assert all(w[:1].isupper() for w in TABLES[name]), name


def test_old_names_still_importable():
    from readouts.transform import names, parties, syntax, titles

    assert titles.OFFICE_WORDS is lexicon.OFFICE_WORDS and titles.MODIFIERS is lexicon.MODIFIERS
    assert names.FUNCTION_WORDS is lexicon.FUNCTION_WORDS
    assert parties.ORG_HEADS is lexicon.ORG_HEADS and parties.PLACE_HEADS is lexicon.PLACE_HEADS
    assert syntax.ROLE_NOUNS is lexicon.ROLE_NOUNS and syntax.SPEECH_VERBS is lexicon.SPEECH_VERBS


def test_patterns_built_from_tables():
    from readouts.transform import names, parties

    assert names.HONORIFIC.match("Comrade Li") and names.HONORIFIC.match("Madame Li")
    assert parties.GROUP_NOUNS.search("other senior Officials")
    assert all(parties.GROUP_NOUNS.fullmatch(w) for w in lexicon.GROUP_NOUN_WORDS)
