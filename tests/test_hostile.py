"""Hostile input: the run completes (exit 0), each input lands in documents or in failures with its
stage and a clear message, the other documents are unaffected, no script text reaches `text`, and
each input is processed within a bounded time and memory.

Bounds tested (per input, measured around flows.core.process_paths in a fresh process that has
imported the whole pipeline and processed one normal page first, ~210-255 MB RSS):
  TIME_BOUND_S         wall time to read, parse, extract and transform one input
  MEM_GROWTH_BOUND_MB  growth of that process's peak RSS while it handles the input (VmHWM, reset before each
                       input, less the RSS it had before): the input's own cost. (An absolute bound of 300 MB failed
                       in a fresh CI venv whose shared libraries mapped 45 MB more pages before any input, the growth
                       the same: 251 -> 311 MB there, 210 -> 270 MB in another venv of the same packages.)
The largest inputs (20 MB pages, deep nesting) are measured alone, each in its own process.

The file doubles as the measuring driver: `python tests/test_hostile.py measure FILE...` prints one
JSON line per file.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

HERE = Path(__file__).resolve()
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE.parent))

from conftest import SAMPLE  # noqa: E402
from test_crash import page  # noqa: E402

TIME_BOUND_S = 20.0
MEM_GROWTH_BOUND_MB = 100.0
MARKERS = ("SCRIPT_MARKER", "EVENT_MARKER", "JSURL_MARKER", "NOSCRIPT_MARKER", "STYLE_MARKER", "TEMPLATE_MARKER",
           "SRCDOC_MARKER", "SVG_MARKER", "COMMENT_MARKER", "UNCLOSED_MARKER", "UPPER_MARKER", "TPLSCRIPT_MARKER",
           "alert(")

READOUT_BODY = (
    "<p>On March 5, Huang Qiang, Governor of Example Province, presided over the executive meeting of the "
    "provincial government.</p>"
    "<p>The meeting stressed that we should strengthen the protection of farmland, and must ensure stable grain "
    "production.</p>"
    "<p>Vice Governors Li Ming and Zhao Lei attended the meeting.</p>")


def readout(body_extra: str = "", head_extra: str = "", charset: str = "utf-8", url: str = "hostile",
            body: str = READOUT_BODY) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>Executive meeting held - Example</title>'
            f'<link rel="canonical" href="https://www.example.gov.cn/news/{url}.html">'
            f'<meta name="PubDate" content="2024-03-06 10:00">{head_extra}</head>'
            f'<body><div class="article-content"><h1>Executive meeting held</h1>{body}{body_extra}</div></body></html>')


SCRIPTED = readout(
    head_extra="<script>var SCRIPT_MARKER = 1; document.write('<p>SCRIPT_MARKER written</p>');</script>"
               "<style>p { content: 'STYLE_MARKER' }</style>",
    url="scripted",
    body=(
        '<p onclick="EVENT_MARKER()" onmouseover="alert(1)">On March 5, Huang Qiang, Governor of Example Province, '
        'presided over the executive meeting of the provincial government.</p>'
        '<script>document.body.innerHTML = "SCRIPT_MARKER"; if (a < b && c > d) { x = "</p>SCRIPT_MARKER"; }</script>'
        '<SCRIPT type="text/javascript">UPPER_MARKER()</SCRIPT>'
        '<script type="text/template"><p>TPLSCRIPT_MARKER</p></script>'
        '<noscript><p>NOSCRIPT_MARKER please enable JavaScript</p></noscript>'
        '<template><p>TEMPLATE_MARKER</p></template>'
        '<iframe srcdoc="<p>SRCDOC_MARKER</p>"></iframe>'
        '<svg><script>SVG_MARKER()</script></svg>'
        '<!-- COMMENT_MARKER <p>hidden</p> -->'
        '<p>The meeting stressed that we should strengthen the protection of farmland, and must ensure stable '
        'grain production. <a href="javascript:JSURL_MARKER()">More</a></p>'
        '<img src=x onerror="alert(EVENT_MARKER)">'
        '<p>Vice Governors Li Ming and Zhao Lei attended the meeting.</p>'
        '<script>UNCLOSED_MARKER = "never closed'))


def _listing() -> bytes:
    items = "".join(f'<li><a href="/news/{i}.html">Governor attends meeting number {i}</a> 2024-03-{1 + i % 28:02d}</li>'
                    for i in range(60))
    return (f'<html><head><title>News - Example</title></head><body><div class="list"><ul>{items}</ul>'
            f'<div class="pager"><a href="?p=2">Next</a></div></div></body></html>').encode()


def _big_page(mb: float) -> bytes:
    para = ("<p>The meeting stressed that all departments should continue to improve the business environment, "
            "and must strengthen supervision of work safety in every county and city of the province.</p>\n")
    n = int(mb * 1024 * 1024) // len(para)
    return readout(body_extra=para * n, url="big").encode()


def _worst_case_for_the_grammar(kb: int) -> bytes:
    """Sentences just under flows.core.MAX_SENTENCE_CHARS of the slowest pattern found (a name list with
    'attended'): the grammar's cost per sentence grows with the square of its length."""
    from readouts.flows.core import MAX_SENTENCE_CHARS

    sent = ("Li Ming attended " * ((MAX_SENTENCE_CHARS - 20) // 17)).strip() + " the meeting."
    return readout(body_extra="".join(f"<p>{sent}</p>" for _ in range(kb * 1024 // (len(sent) + 7))),
                   url="worstcase").encode()


def _big_script_page(mb: int) -> bytes:
    script = "<script>var SCRIPT_MARKER = '" + "x" * (mb * 1024 * 1024) + "';</script>"
    return readout(head_extra=script, url="bigscript").encode()


def _nested(n: int) -> bytes:
    return readout(body_extra="<div>" * n + "<p>deep</p>" + "</div>" * n, url=f"nested{n}").encode()


def _warc(records: list[tuple[str, bytes, str]]) -> bytes:
    """A gzipped WARC of (url, body, content type) response records."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    for url, body, ctype in records:
        http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
    return buf.getvalue()


def _warc_bomb(mb: int) -> bytes:
    """A gzipped WARC whose one HTML response record decompresses to `mb` MB (about 0.1% of that on disk)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    body = readout(url="bomb").encode() + b" " * (mb * 1024 * 1024)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    w.write_record(w.create_warc_record("https://www.example.gov.cn/bomb.html", "response",
                                        payload=io.BytesIO(body), http_headers=http))
    return buf.getvalue()


def hostile_inputs() -> dict[str, tuple[bytes, str]]:
    """name -> (bytes, expected): "doc" = a document, "any" = document or failure, else the failure stage.
    Built on demand (not at import) so that neither pytest nor the measuring process holds 40 MB of pages."""
    return {
        "empty.html": (b"", "decode"),
        "whitespace.html": (b" \n\t " * 1000, "decode"),
        "binary.html": (bytes(range(256)) * 64, "decode"),
        "png-named-html.html": (b"\x89PNG\r\n\x1a\n" + os.urandom(4096), "decode"),
        "gzip-named-html.html": (gzip.compress(readout(url="gz").encode()), "decode"),
        "invalid-bytes-for-utf8.html": (readout(url="badutf8").encode().replace(
            b"the protection", b"the \xff\xfe\xc3\x28 protection"), "doc"),
        "wrong-charset-gbk-declared-utf8.html": (readout(url="gbk", charset="utf-8", body=READOUT_BODY.replace(
            "farmland", "farmland (耕地保护)")).encode("gb18030"), "doc"),
        "wrong-charset-utf8-declared-latin1.html": (readout(url="latin", charset="iso-8859-1", body=READOUT_BODY.replace(
            "farmland", "farmland — “耕地”")).encode("utf-8"), "doc"),
        "utf16-with-bom.html": (b"\xff\xfe" + readout(url="utf16").encode("utf-16-le"), "doc"),
        "no-body.html": (b'<html><head><meta charset="utf-8"><title>Executive meeting held</title></head></html>', "extract"),
        "only-title.html": (b"<title>Executive meeting of the provincial government held</title>", "extract"),
        "only-text-no-markup.html": (b"On March 5 the meeting stressed that we should work harder.", "parse"),
        "listing.html": (_listing(), "extract"),
        "truncated.html": (readout(url="cut").encode()[:300], "extract"),
        "scripts and handlers.html": (SCRIPTED.encode(), "doc"),
        "会议 纪要 readout.html": (readout(url="cjk-name").encode(), "doc"),
        "résumé meeting (1).htm": (readout(url="accent-name").encode(), "doc"),
        "nested-200000.html": (_nested(200_000), "parse"),
        "nested-90000.html": (_nested(90_000), "any"),
        "page-20mb.html": (_big_page(20), "any"),
        "page-400kb-of-prose.html": (_big_page(0.4), "doc"),
        "page-2mb-of-prose.html": (_big_page(2), "transform"),  # over flows.core.MAX_TEXT_CHARS
        "grammar-worst-case.html": (_worst_case_for_the_grammar(100), "doc"),
        "one-900kb-sentence.html": (readout(body_extra="<p>" + "Li Ming, " * 100_000 + "</p>", url="longsent").encode(),
                                    "transform"),  # unbounded (quadratic) in the grammar without MAX_SENTENCE_CHARS
        "page-20mb-of-script.html": (_big_script_page(20), "doc"),
        "garbage.warc": (b"WARC/1.0\r\nnonsense\r\n\r\n" + b"x" * 100, "fetch"),
        "images-only.warc.gz": (_warc([("https://www.example.gov.cn/a.png", b"\x89PNG\r\n\x1a\n", "image/png")]), "fetch"),
        "not-gzip.warc.gz": (b"plain text, not gzip", "fetch"),
        "notes.pdf": (b"%PDF-1.4 not a readout", "fetch"),
        "photo.png": (b"\x89PNG\r\n\x1a\n", "fetch"),
        "data.json": (b'{"a": 1}', "fetch"),
        "README": (b"hello", "fetch"),
    }


BIG = ("page-20mb.html", "page-20mb-of-script.html", "page-400kb-of-prose.html", "page-2mb-of-prose.html",
       "one-900kb-sentence.html", "grammar-worst-case.html", "nested-200000.html", "nested-90000.html")
UNDECODABLE_NAME = os.fsdecode(b"bad-\xff\xfe-name.html")


def make_folder(folder: Path) -> dict[str, str]:
    """Write every hostile input (plus symlinks, a FIFO and a sub-folder loop) and the sample pages.
    Returns file name -> expectation."""
    folder.mkdir(parents=True)
    expected = {}
    for name, (data, exp) in hostile_inputs().items():
        (folder / name).write_bytes(data)
        expected[name] = exp
    with open(os.path.join(os.fsencode(folder), os.fsencode(UNDECODABLE_NAME)), "wb") as fh:
        fh.write(readout(url="undecodable-name").encode())
    expected[UNDECODABLE_NAME] = "doc"
    sub = folder / "sub dir"
    sub.mkdir()
    os.symlink("..", sub / "loop")  # a symlink loop: sub dir/loop -> the input folder itself
    os.symlink("self-loop.html", folder / "self-loop.html")  # a file symlink pointing at itself
    os.symlink("does-not-exist.html", folder / "dangling.html")
    os.mkfifo(folder / "pipe.html")  # reading it would block forever
    (folder / ".hidden.html").write_bytes(b"<html>ignored</html>")
    expected.update({"sub dir/loop": "fetch", "self-loop.html": "fetch", "dangling.html": "fetch", "pipe.html": "fetch"})
    for p in sorted(SAMPLE.glob("*.html")):
        shutil.copy(p, sub / p.name)
        expected[f"sub dir/{p.name}"] = "doc"
    return expected


# ------------------------------------------------------------------------------------------ measuring
def _status_mb(key: str) -> float | None:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def peak_rss_mb() -> float:
    """Peak RSS of this process image (VmHWM; ru_maxrss would include the forking parent's RSS)."""
    v = _status_mb("VmHWM")
    return v if v is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak_rss() -> float:
    """Reset the peak to the current RSS (Linux: write 5 to /proc/self/clear_refs); return the current RSS."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
    except OSError:
        pass
    return _status_mb("VmRSS") or peak_rss_mb()


def measure(paths: list[str]) -> None:
    """In this process: warm up on a normal page, then process each path; print time and peak RSS growth."""
    from readouts.flows.core import RawInput, process_paths, process_raw

    process_raw(RawInput(input="warmup.html", body=page(1)))
    for p in paths:
        base = reset_peak_rss()
        t = time.perf_counter()
        out = process_paths([p])
        dt = time.perf_counter() - t
        peak = peak_rss_mb()
        res = [{"failure": o.failure and {k: o.failure[k] for k in ("stage", "error_type", "message")},
                "text": o.records.document["text"] if o.records else None} for o in out]
        print(json.dumps({"path": os.fsencode(p).decode("utf-8", "backslashreplace"), "seconds": dt,
                          "base_rss_mb": base, "peak_rss_mb": peak, "outcomes": res}), flush=True)


def run_measure(paths: list[str], timeout: float) -> list[dict]:
    p = subprocess.run([sys.executable, str(HERE), "measure", *paths], capture_output=True, text=True,
                       timeout=timeout, cwd=REPO)
    assert p.returncode == 0, p.stderr[-2000:]
    return [json.loads(line) for line in p.stdout.splitlines()]


# ------------------------------------------------------------------------------------------ tests
@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile") / "in put"
    return folder, make_folder(folder)


def test_each_input_in_bounded_time_and_memory(hostile):
    folder, expected = hostile
    small = [str(folder / n) for n, exp in expected.items() if n not in BIG and exp != "fetch" and "/" not in n
             and n not in ("self-loop.html", "dangling.html", "pipe.html", UNDECODABLE_NAME)]
    small.append(os.path.join(str(folder), UNDECODABLE_NAME))
    results = run_measure(small, timeout=120)
    for name in BIG:  # alone in its own process, so the peak RSS growth is its own
        results += run_measure([str(folder / name)], timeout=120)
    report = []
    for r in results:
        report.append(f"{Path(r['path']).name}: {r['seconds']:.2f} s, peak RSS {r['peak_rss_mb']:.0f} MB "
                      f"(base {r['base_rss_mb']:.0f} MB)")
        assert r["seconds"] < TIME_BOUND_S, report[-1]
        assert r["peak_rss_mb"] - r["base_rss_mb"] < MEM_GROWTH_BOUND_MB, report[-1]
        for o in r["outcomes"]:
            if o["text"]:
                assert not [m for m in MARKERS if m in o["text"]], (r["path"], o["text"])
            if o["failure"]:
                assert o["failure"]["message"] and o["failure"]["stage"]
    print("\n".join(report))


def test_warc_decompression_bomb_is_capped(tmp_path):
    """A small gzipped WARC whose record inflates to 60 MB (over the 25 MB input cap): a failure, memory bounded."""
    bomb = tmp_path / "bomb.warc.gz"
    bomb.write_bytes(_warc_bomb(60))
    assert bomb.stat().st_size < 1024 * 1024
    [r] = run_measure([str(bomb)], timeout=120)
    assert r["seconds"] < TIME_BOUND_S and r["peak_rss_mb"] - r["base_rss_mb"] < MEM_GROWTH_BOUND_MB, r
    [o] = r["outcomes"]
    assert o["failure"] and o["failure"]["error_type"] == "TooLarge", o
    print(f"bomb.warc.gz ({bomb.stat().st_size:,} bytes -> 60 MB): {r['seconds']:.2f} s, peak RSS {r['peak_rss_mb']:.0f} MB")


def test_ingest_of_a_hostile_folder(prefect_harness, hostile, tmp_path):
    """`readouts ingest` over the whole folder: exit 0, every input accounted for, the sample unaffected."""
    from typer.testing import CliRunner

    from readouts.flows.cli import app
    from readouts.flows.core import RawInput, process_raw, safe_text
    from readouts.output.storage import Root
    from readouts.output.validate import validate_version
    from readouts.output.versions import Versions

    folder, expected = hostile
    root = tmp_path / "data"
    started = time.perf_counter()
    r = CliRunner().invoke(app, ["ingest", str(folder), "--data", str(root)])
    elapsed = time.perf_counter() - started
    assert r.exit_code == 0, (r.output, r.exception)
    v = Versions(Root(str(root)))
    vid = v.latest()
    assert validate_version(v, vid) == []
    docs = {Path(d["input"]).relative_to(folder).as_posix(): d for d in v.read_table(vid, "documents").to_pylist()}
    fails = {Path(f["input"]).relative_to(folder).as_posix(): f for f in v.read_table(vid, "failures").to_pylist()}
    assert not set(docs) & set(fails)
    for name, exp in expected.items():
        key = safe_text(name)
        assert key in docs or key in fails, f"{name!r} silently dropped"
        if exp == "doc":
            assert key in docs, (name, fails.get(key))
        elif exp != "any":
            assert key in fails, (name, docs.get(key, {}).get("text", "")[:200])
            f = fails[key]
            assert f["stage"] == exp, (name, f)
            assert f["message"] and "\n" not in f["message"] and len(f["message"]) < 400, f
    assert set(docs) | set(fails) == {safe_text(n) for n in expected}, "an input that was not expected"
    for d in docs.values():
        assert not [m for m in MARKERS if m in d["text"] or m in (d["title"] or "")], (d["input"], d["text"])
    # every other document is unaffected: the sample pages give exactly what they give alone
    for p in sorted(SAMPLE.glob("*.html")):
        alone = process_raw(RawInput(input=str(folder / "sub dir" / p.name), body=p.read_bytes())).records
        got = docs[f"sub dir/{p.name}"]
        assert {k: got[k] for k in ("doc_id", "title", "text", "url", "published_date")} == \
               {k: alone.document[k] for k in ("doc_id", "title", "text", "url", "published_date")}
    meetings = v.read_table(vid, "meetings").to_pylist()
    assert len(meetings) == len(docs)
    assert elapsed < 120
    print(f"hostile folder ingest: {elapsed:.1f} s, {len(docs)} documents, {len(fails)} failures")


def test_raw_archive_paths_come_from_hashes_only(hostile, tmp_path):
    """Input names (spaces, non-ASCII, undecodable bytes, '..') never become paths under the root."""
    from readouts.flows.core import discover, process_paths
    from readouts.output.raw import RawArchive
    from readouts.output.storage import Root

    folder, _ = hostile
    evil = tmp_path / "evil"
    evil.mkdir()
    (evil / "..%2F..%2Fescape.html").write_bytes(readout(url="escape").encode())
    found, _ = discover([str(folder), str(evil)])
    root = tmp_path / "data"
    process_paths([p for p in found if "nested" not in p and "mb" not in Path(p).name], RawArchive(Root(str(root))))
    for p in (root / "raw").rglob("*"):
        rel = p.relative_to(root / "raw").parts
        if p.is_file():
            assert rel[0] == "objects" and len(rel) == 3 and all(c in "0123456789abcdef" for c in rel[2])
            assert rel[1] == rel[2][:2] and len(rel[2]) == 64


def test_no_script_engine_or_browser_is_ever_loaded():
    """Pages are parsed as markup only: after a scripted page is processed, no JS engine or browser is loaded."""
    code = ("import sys; sys.path[:0] = [%r, %r]\n"
            "from readouts.flows.core import RawInput, process_raw\n"
            "from test_hostile import SCRIPTED\n"
            "o = process_raw(RawInput(input='s.html', body=SCRIPTED.encode()))\n"
            "assert o.records is not None, o.failure\n"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('selenium', 'playwright', 'pyppeteer', 'js2py', "
            "'dukpy', 'py_mini_racer', 'quickjs', 'PyQt5', 'PyQt6', 'PySide6', 'webview', 'requests_html')]\n"
            "print(bad)") % (str(REPO), str(HERE.parent))
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr[-2000:]
    assert p.stdout.strip() == "[]"


@pytest.mark.parametrize("run_id", ["../escape", "a/b", "", ".hidden", "x/../../y"])
def test_raw_index_names_are_never_paths(tmp_path, run_id):
    from readouts.output.raw import RawArchive, Receipt
    from readouts.output.storage import Root

    with pytest.raises(ValueError, match="not a run id"):
        RawArchive(Root(str(tmp_path))).write_index(run_id, [Receipt(sha256="0" * 64, input="x")])
    assert not any(tmp_path.rglob("*.jsonl"))


def test_special_files_are_never_opened_for_reading(tmp_path):
    """/dev/zero named explicitly, or a FIFO, is refused by its type before any read (no hang, no OOM)."""
    from readouts.flows.core import process_paths

    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    started = time.perf_counter()
    out = process_paths(["/dev/zero", str(fifo), str(tmp_path)])
    assert time.perf_counter() - started < 2
    assert [o.failure["error_type"] for o in out] == ["NotARegularFile"] * 3
    assert all(o.failure["stage"] == "fetch" for o in out)


if __name__ == "__main__" and len(sys.argv) >= 2 and sys.argv[1] == "measure":
    sys.path.insert(0, str(REPO))
    measure(sys.argv[2:])


def test_a_symlinked_file_in_a_folder_is_not_followed(tmp_path):
    from readouts.flows.core import discover

    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "page.html").write_bytes(page(1))
    os.symlink(secret, folder / "passwd.html")  # planted: named like a page, points outside
    found, skipped = discover([str(folder)])
    assert found == [str(folder / "page.html")]
    assert [(Path(f["input"]).name, f["error_type"]) for f in skipped] == [("passwd.html", "SymlinkedFile")]
    found, _ = discover([str(folder / "passwd.html")])  # named explicitly: the user asked for it
    assert found == [str(folder / "passwd.html")]
