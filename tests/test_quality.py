"""Extraction quality guard: fails when a development-set figure drops more than 0.03 below target."""
from __future__ import annotations

import importlib.util

import pytest

from conftest import CORPUS_DEV, REPO, corpus_pages

_spec = importlib.util.spec_from_file_location("extraction_bench", REPO / "benchmarks" / "extraction.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

TOLERANCE = 0.03


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    corpus_pages()  # fail loudly when ../shared is missing
    root = str(tmp_path_factory.mktemp("quality"))
    bench.build(CORPUS_DEV, root)
    return bench.flat(bench.score(CORPUS_DEV, root))


@pytest.mark.parametrize("figure", sorted(bench.TARGETS))
def test_dev_figure_within_tolerance_of_target(figures, figure):
    assert figures[figure] is not None
    assert figures[figure] >= bench.TARGETS[figure] - TOLERANCE, f"{figure}={figures[figure]}"


def test_no_phantom_attendees_and_no_missing_documents(figures):
    assert figures["phantom_attendees"] == 0
    assert figures["docs_missing"] == []
