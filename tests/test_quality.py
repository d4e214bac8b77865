"""Extraction quality guard: fails when a figure drops more than 0.03 below its target.

The development corpus (tests/corpus/dev, a copy of ../shared/corpus/dev: 21 real readouts) and the four evaluation sets under
tests/heldout* (written blind to the code, then used to generalise the grammar) are all scored.
"""
from __future__ import annotations

import importlib.util

import pytest
from conftest import CORPUS_DEV, REPO, corpus_pages

_spec = importlib.util.spec_from_file_location("extraction_bench", REPO / "benchmarks" / "extraction.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

TOLERANCE = 0.03
SETS = {"dev": CORPUS_DEV, **{p.name: p for p in sorted(REPO.glob("tests/heldout*")) if p.is_dir()}}


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    corpus_pages()  # fail loudly when the corpus is missing
    out = {}
    for name, gold in SETS.items():
        root = str(tmp_path_factory.mktemp(f"quality-{name}"))
        bench.build(gold, root)
        out[name] = bench.flat(bench.score(gold, root))
    return out


def test_all_evaluation_sets_are_present():
    assert set(SETS) == {"dev", "heldout", "heldout2", "heldout3", "heldout4"}


@pytest.mark.parametrize("figure", sorted(bench.TARGETS))
@pytest.mark.parametrize("gold_set", sorted(SETS))
def test_figure_within_tolerance_of_target(figures, gold_set, figure):
    value = figures[gold_set][figure]
    assert value is not None
    assert value >= bench.TARGETS[figure] - TOLERANCE, f"{gold_set}: {figure}={value}"


@pytest.mark.parametrize("gold_set", sorted(SETS))
def test_no_phantom_attendees_and_no_missing_documents(figures, gold_set):
    assert figures[gold_set]["phantom_attendees"] == 0
    assert figures[gold_set]["docs_missing"] == []
