"""The wheel: one top-level package `readouts`, installable and usable from outside the checkout.

The wheel is built from the checkout, installed (without dependencies) into a fresh venv that borrows
the test environment's third-party packages through a path entry (so no download and no editable
hook), and run from a folder outside the checkout.
"""
from __future__ import annotations

import os
import site
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLE_PAGE = REPO / "sample" / "sc.gov.cn-2024-02-21-work-meeting.html"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(REPO)],
                   check=True, capture_output=True, timeout=600)
    (whl,) = out.glob("readouts-*.whl")
    return whl


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    env = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=False).create(env)
    py = env / "bin" / "python"
    purelib = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    # third-party packages of the test environment, appended after the venv's own site-packages;
    # .pth files inside a path entry are not run, so the checkout's editable hook stays out
    deps = [p for p in site.getsitepackages() if "site-packages" in p]
    Path(purelib, "borrowed-deps.pth").write_text("\n".join(deps) + "\n")
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-compile",
                    "--target", purelib, str(wheel)], check=True, capture_output=True, timeout=300)
    return env


def run(env: Path, *args: str, cwd: Path, timeout: int = 240) -> subprocess.CompletedProcess:
    os_env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    return subprocess.run([str(env / "bin" / "python"), *args], cwd=cwd, env=os_env, capture_output=True,
                          text=True, timeout=timeout)


def test_wheel_holds_one_top_level_package_with_its_data(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")}
    assert tops == {"readouts"}
    for needed in ("readouts/__main__.py", "readouts/py.typed", "readouts/acquire/sources.toml",
                   "readouts/flows/cli.py", "readouts/extract/html.py", "readouts/transform/pipeline.py",
                   "readouts/output/schema.py"):
        assert needed in names, needed
    meta = next(n for n in names if n.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(wheel).read(meta).decode()
    assert "License-Expression: MIT" in text and "Project-URL:" in text and "Classifier:" in text


def test_installed_wheel_runs_outside_the_checkout(installed, tmp_path):
    where = run(installed, "-c", "import readouts, readouts.flows.cli as c; print(readouts.__file__); print(c.__file__)",
                cwd=tmp_path)
    assert where.returncode == 0, where.stderr
    assert all(str(installed) in line and str(REPO) not in line for line in where.stdout.split()), where.stdout

    version = run(installed, "-m", "readouts", "--version", cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("readouts "), version.stderr

    crawl_help = run(installed, "-m", "readouts", "crawl", "--help", cwd=tmp_path)
    assert crawl_help.returncode == 0 and "--sources" in crawl_help.stdout, crawl_help.stderr

    sources = run(installed, "-c", "from readouts.acquire.sources import load_config; "
                                   "print(sorted(load_config().sources))", cwd=tmp_path)
    assert sources.returncode == 0 and "sichuan" in sources.stdout, sources.stdout + sources.stderr

    data = tmp_path / "data"
    ingest = run(installed, "-m", "readouts", "ingest", str(SAMPLE_PAGE), "--data", str(data), cwd=tmp_path)
    assert ingest.returncode == 0, ingest.stdout[-2000:] + ingest.stderr[-2000:]
    latest = (data / "LATEST").read_text().strip()
    assert (data / "versions" / latest / "meetings" / "part-00-0.parquet").exists()
