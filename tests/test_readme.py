"""The README's loading snippets run as written against a dataset built from the bundled sample."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest
from conftest import REPO, SAMPLE

from readouts.flows.core import discover, process_paths
from readouts.output.publish import publish_run
from readouts.output.versions import new_version_id

README = (REPO / "README.md").read_text(encoding="utf-8")
SECTION = README[README.index("## Loading the tables"):README.index("## Commands")]
SNIPPETS = re.findall(r"```python\n(.*?)```", SECTION, re.S)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    wd = tmp_path_factory.mktemp("readme")
    found, skipped = discover([str(SAMPLE)])
    publish_run(str(wd / "data"), new_version_id(), process_paths(found), skipped, parser_version="test")
    return wd


def test_readme_has_pandas_duckdb_and_polars_snippets():
    joined = "\n".join(SNIPPETS)
    assert len(SNIPPETS) == 4 and "readouts.open" in SNIPPETS[0] and "pandas" in joined and "duckdb" in joined and "polars" in joined


@pytest.mark.parametrize("snippet", SNIPPETS, ids=["readouts.open", "pandas", "duckdb", "polars"])
def test_snippet_runs(workdir, snippet):
    p = subprocess.run([sys.executable, "-c", snippet], cwd=workdir, capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip()  # each prints a result
