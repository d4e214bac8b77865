"""Extraction quality and speed: every figure of the annotation scorer, per evaluation set.

    python benchmarks/extraction.py                 # every set: a table, then readouts/s
    python benchmarks/extraction.py --gold DIR [--verbose] [--json]   # one set in detail

Runs the same extract + transform + publish code as `readouts ingest` (without Prefect, so it
takes seconds), publishes into a temporary root, and scores it. --verbose adds per-document errors.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

from readouts.flows.core import discover, process_paths
from readouts.output.publish import publish_run
from readouts.output.versions import new_version_id
from readouts.transform.pipeline import PARSER_VERSION

DEFAULT_GOLD = REPO / "tests" / "corpus" / "dev"  # a copy of ../shared/corpus/dev
# every evaluation set; real-blind is scored, never tuned on (tests/HELDOUT.md)
SETS = {"dev": DEFAULT_GOLD, "heldout": REPO / "tests" / "heldout", "heldout2": REPO / "tests" / "heldout2",
        "heldout3": REPO / "tests" / "heldout3", "heldout4": REPO / "tests" / "heldout4",
        "real-dev": REPO / "tests" / "corpus" / "real-dev", "real-blind": REPO / "tests" / "corpus" / "real-blind",
        "real-blind2": REPO / "tests" / "corpus" / "real-blind2", "real-blind3": REPO / "tests" / "corpus" / "real-blind3",
        "real-blind4": REPO / "tests" / "corpus" / "real-blind4", "real-blind5": REPO / "tests" / "corpus" / "real-blind5",
        "real-blind6": REPO / "tests" / "corpus" / "real-blind6", "real-blind7": REPO / "tests" / "corpus" / "real-blind7",
        "real-blind8": REPO / "tests" / "corpus" / "real-blind8", "real-blind9": REPO / "tests" / "corpus" / "real-blind9",
        "real-blind10": REPO / "tests" / "corpus" / "real-blind10",
        "real-blind11": REPO / "tests" / "corpus" / "real-blind11",
        "real-blind12": REPO / "tests" / "corpus" / "real-blind12",
        "real-blind13": REPO / "tests" / "corpus" / "real-blind13",
        "real-blind14": REPO / "tests" / "corpus" / "real-blind14",
        "real-blind15": REPO / "tests" / "corpus" / "real-blind15",
        "real-blind16": REPO / "tests" / "corpus" / "real-blind16",
        "real-blind17": REPO / "tests" / "corpus" / "real-blind17",
        "real-blind18": REPO / "tests" / "corpus" / "real-blind18",
        "real-blind19": REPO / "tests" / "corpus" / "real-blind19",
        "real-blind20": REPO / "tests" / "corpus" / "real-blind20",
        "real-blind21": REPO / "tests" / "corpus" / "real-blind21",
        "real-blind22": REPO / "tests" / "corpus" / "real-blind22",
        "real-blind23": REPO / "tests" / "corpus" / "real-blind23",
        "real-blind24": REPO / "tests" / "corpus" / "real-blind24",
        "real-blind25": REPO / "tests" / "corpus" / "real-blind25",
        "real-blind26": REPO / "tests" / "corpus" / "real-blind26",
        "real-blind27": REPO / "tests" / "corpus" / "real-blind27",
        "real-blind28": REPO / "tests" / "corpus" / "real-blind28",
        "real-blind29": REPO / "tests" / "corpus" / "real-blind29",
        "real-blind30": REPO / "tests" / "corpus" / "real-blind30",
        "real-blind31": REPO / "tests" / "corpus" / "real-blind31",
        "real-blind32": REPO / "tests" / "corpus" / "real-blind32",
        "real-blind33": REPO / "tests" / "corpus" / "real-blind33",
        "real-blind34": REPO / "tests" / "corpus" / "real-blind34",
        "real-blind35": REPO / "tests" / "corpus" / "real-blind35",
        "real-blind36": REPO / "tests" / "corpus" / "real-blind36",
        "real-blind37": REPO / "tests" / "corpus" / "real-blind37",
        "real-blind38": REPO / "tests" / "corpus" / "real-blind38",
        "real-blind39": REPO / "tests" / "corpus" / "real-blind39",
        "real-blind40": REPO / "tests" / "corpus" / "real-blind40",
        "real-blind41": REPO / "tests" / "corpus" / "real-blind41",
        "real-blind42": REPO / "tests" / "corpus" / "real-blind42",
        "real-blind43": REPO / "tests" / "corpus" / "real-blind43",
        "real-blind44": REPO / "tests" / "corpus" / "real-blind44",
        "real-blind45": REPO / "tests" / "corpus" / "real-blind45",
        "real-blind46": REPO / "tests" / "corpus" / "real-blind46",
        "real-blind47": REPO / "tests" / "corpus" / "real-blind47",
        "real-blind48": REPO / "tests" / "corpus" / "real-blind48",
        "real-blind49": REPO / "tests" / "corpus" / "real-blind49",
        "real-blind50": REPO / "tests" / "corpus" / "real-blind50",
        "real-blind51": REPO / "tests" / "corpus" / "real-blind51",
        "real-blind52": REPO / "tests" / "corpus" / "real-blind52",
        "real-blind53": REPO / "tests" / "corpus" / "real-blind53",
        "real-blind54": REPO / "tests" / "corpus" / "real-blind54",
        "real-blind55": REPO / "tests" / "corpus" / "real-blind55",
        "real-blind56": REPO / "tests" / "corpus" / "real-blind56",
        "real-blind57": REPO / "tests" / "corpus" / "real-blind57",
        "real-blind58": REPO / "tests" / "corpus" / "real-blind58",
        "real-blind59": REPO / "tests" / "corpus" / "real-blind59",
        "real-blind60": REPO / "tests" / "corpus" / "real-blind60",
        "real-blind61": REPO / "tests" / "corpus" / "real-blind61",
        "real-blind62": REPO / "tests" / "corpus" / "real-blind62",
        "real-blind63": REPO / "tests" / "corpus" / "real-blind63",
        "real-blind64": REPO / "tests" / "corpus" / "real-blind64",
        "real-blind65": REPO / "tests" / "corpus" / "real-blind65",
        "real-blind66": REPO / "tests" / "corpus" / "real-blind66",
        "real-blind67": REPO / "tests" / "corpus" / "real-blind67",
        "real-blind68": REPO / "tests" / "corpus" / "real-blind68",
        "real-blind69": REPO / "tests" / "corpus" / "real-blind69",
        "real-blind70": REPO / "tests" / "corpus" / "real-blind70",
        "real-blind71": REPO / "tests" / "corpus" / "real-blind71"}
COLUMNS = ("chairs", "speakers", "attendees", "directives", "mentions", "speaker_titles_acc", "meeting_date_acc",
           "title_acc", "phantom_attendees")
SCORER = REPO / "tests" / "corpus" / "score.py"  # a copy of ../shared/corpus/score.py

# issue "Extraction quality": the figures a researcher can cite
TARGETS = {
    "chairs": 0.97, "speakers": 0.93, "attendees": 0.93, "directives": 0.90, "mentions": 0.90,
    "speaker_titles_acc": 0.90, "meeting_date_acc": 0.97, "title_acc": 0.97,
}


def build(gold: Path, root: str) -> tuple[str, float, int]:
    t = time.perf_counter()
    paths, skipped = discover([str(p) for p in sorted(gold.glob("*.html"))])
    outcomes = process_paths(paths)
    s = publish_run(root, new_version_id(), outcomes, skipped, parser_version=PARSER_VERSION)
    return s.version, time.perf_counter() - t, len(paths)


def score(gold: Path, root: str, verbose: bool = False) -> dict:
    cmd = [sys.executable, str(SCORER), "--data", root, "--gold", str(gold), "--json"]
    if verbose:
        cmd.append("--verbose")
    p = subprocess.run(cmd, capture_output=True, text=True)
    if verbose and p.stderr:
        print(p.stderr, file=sys.stderr, end="")
    text = p.stdout
    return json.loads(text[: text.rindex("}") + 1])


def flat(res: dict) -> dict:
    return {k: (v["f1"] if isinstance(v, dict) and "f1" in v else v) for k, v in res.items()}


def speed(pages: list[Path]) -> tuple[float, float]:
    """(seconds to load the model, readouts/s of extract + transform) on one core, model loaded once."""
    from readouts.extract.html import parse_html
    from readouts.transform.pipeline import transform_document
    from readouts.transform.syntax import load_model

    t = time.perf_counter()
    load_model()
    loaded = time.perf_counter() - t
    bodies = [(str(p), p.read_bytes()) for p in pages]
    t = time.perf_counter()
    n = 0
    for name, body in bodies:
        try:
            transform_document(parse_html(body, input=name))
            n += 1
        except Exception:  # noqa: BLE001 - a page that is not a readout still cost its time
            pass
    return loaded, len(bodies) / (time.perf_counter() - t)


def all_sets() -> None:
    print(f"parser {PARSER_VERSION}; figures are F1 (titles, dates: accuracy; phantoms: count)")
    print("| set | docs | " + " | ".join(COLUMNS) + " |")
    print("|---|---|" + "---|" * len(COLUMNS))
    pages = [p for gold in SETS.values() if gold.is_dir() for p in sorted(gold.glob("*.html"))]
    loaded, rate = speed(pages)  # first, so that the model load is timed
    for name, gold in SETS.items():
        if not gold.is_dir():
            continue
        with tempfile.TemporaryDirectory() as root:
            _, _, n = build(gold, root)
            res = flat(score(gold, root))
        print(f"| {name} | {n} | " + " | ".join(f"{res[c]:.3f}" if isinstance(res[c], float) else str(res[c])
                                             for c in COLUMNS) + " |")
    print(f"\nextract + transform: {rate:.1f} readouts/s on one core over {len(pages)} pages "
          f"(model loaded once, in {loaded:.1f} s)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, default=None, help="one set in detail (default: every set, a table)")
    ap.add_argument("--verbose", action="store_true", help="per-document errors")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    if a.gold is None and not a.verbose and not a.json:
        all_sets()
        return
    a.gold = a.gold or DEFAULT_GOLD
    with tempfile.TemporaryDirectory() as root:
        version, secs, n = build(a.gold, root)
        res = score(a.gold, root, a.verbose)
        if a.verbose:
            per_doc(a.gold, root)
    if a.json:
        print(json.dumps(res, indent=1))
        return
    print(f"{n} documents extracted and published in {secs:.2f} s ({n / secs:.1f} docs/s), parser {PARSER_VERSION}")
    for k in ("chairs", "speakers", "attendees", "directives", "mentions"):
        v = res[k]
        mark = "ok " if v["f1"] >= TARGETS[k] else "LOW"
        print(f"  {mark} {k:<20} P={v['p']:.3f} R={v['r']:.3f} F1={v['f1']:.3f}  (tp={v['tp']} fp={v['fp']} fn={v['fn']}; target {TARGETS[k]})")
    for k in ("speaker_titles_acc", "meeting_date_acc", "title_acc"):
        mark = "ok " if (res[k] or 0) >= TARGETS[k] else "LOW"
        print(f"  {mark} {k:<20} {res[k]}  (target {TARGETS[k]})")
    print(f"  {'ok ' if res['phantom_attendees'] == 0 else 'LOW'} phantom_attendees    {res['phantom_attendees']}  (target 0)")
    if res["docs_missing"]:
        print(f"  documents missing from the version: {res['docs_missing']}")


def per_doc(gold: Path, root: str) -> None:
    """Per-document differences for the name fields (directives are listed by score.py itself)."""
    sys.path.insert(0, str(SCORER.parent))
    import pyarrow.parquet as pq
    import score as sc  # the official scorer's normalisation

    latest = (Path(root) / "LATEST").read_text().strip()
    vdir = Path(root) / "versions" / latest
    # a table is a folder of part files (schema 2.0.0), or one file in older versions
    t = {n: pq.read_table(vdir / n if (vdir / n).is_dir() else vdir / f"{n}.parquet").to_pylist()
         for n in ("meetings", "speakers", "attendees", "mentions")}
    by_url = {m["url"]: m for m in t["meetings"]}
    for path in sorted(gold.glob("*.json")):
        g = json.loads(path.read_text())["gold"]
        m = by_url.get(json.loads(path.read_text())["canonical_url"])
        if not m:
            print(f"{path.stem}: MISSING", file=sys.stderr)
            continue
        mid = m["meeting_id"]
        opt = g.get("optional") or {}

        def names(rows, kind=None, mid=mid):
            return {sc.norm_name(r["name"]) for r in rows if r["meeting_id"] == mid and (kind is None or r.get("kind") == kind)}

        def skip(field, opt=opt):
            return {sc.norm_name(x if isinstance(x, str) else x.get("name")) for x in opt.get(field, [])}

        pairs = {
            "chairs": ({sc.norm_name(x) for x in m["chairs"] or []}, {sc.norm_name(x) for x in g["chairs"]}, skip("chairs")),
            "speakers": ({n for n in names(t["speakers"]) if n}, {sc.norm_name(s["name"]) for s in g["speakers"] if s.get("kind") != "group"}, skip("speakers")),
            "attendees": (names(t["attendees"], "person"), {sc.norm_name(x["name"]) for x in g["attendees"] if x.get("kind") == "person"}, skip("attendees")),
            "mentions": (names(t["mentions"]), {sc.norm_name(x) for x in g.get("mentioned_not_present", [])}, skip("mentioned_not_present")),
        }
        for field, (pred, gl, sk) in pairs.items():
            fp, fn = (pred - gl) - sk, (gl - pred) - sk
            if fp or fn:
                print(f"{path.stem}: {field} extra={sorted(fp)} missing={sorted(fn)}", file=sys.stderr)
        if str(m["meeting_date"] or "")[:10] != (g.get("meeting_date") or "") and g.get("meeting_date"):
            print(f"{path.stem}: meeting_date {m['meeting_date']} != {g['meeting_date']}", file=sys.stderr)


if __name__ == "__main__":
    main()
