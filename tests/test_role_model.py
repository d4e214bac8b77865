"""The learned role model for people the rules leave unplaced (transform/role_model.py, rule `role_model`)."""
import hashlib
import importlib.util
import json
import subprocess
import sys

import pytest
from conftest import REPO

from readouts.transform import role_model as M
from readouts.transform import roles as R
from readouts.transform import syntax as S
from readouts.transform.parties import find_parties
from readouts.transform.pipeline import PARSER_VERSION, ROLE_MODEL_SHA256
from readouts.transform.sentences import split_sentences

_spec = importlib.util.spec_from_file_location("train_role_model", REPO / "scripts" / "train_role_model.py")
trainer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(trainer)

UNPLACED = "At the meeting, Zhou Xuehai, Yang Jianzhong and Hu Junfeng, the city's new team, are now in office."


def tiny_model(weights, thresholds=None):
    return {"classes": list(M.CLASSES), "thresholds": thresholds or {c: 0.6 for c in M.APPLIED}, "weights": weights}


# ------------------------------------------------------------------ the shipped file
def test_shipped_model_is_well_formed():
    model = M.load()
    assert tuple(model["classes"]) == M.CLASSES
    assert set(model["thresholds"]) == set(M.APPLIED)
    assert all(0.4 <= t <= 1.01 for t in model["thresholds"].values())
    assert "bias" in model["weights"] and len(model["weights"]) > 500
    assert all(len(w) == len(M.CLASSES) for w in model["weights"].values())


def test_model_file_is_the_one_the_parser_version_names():
    # retraining changes the output: bump PARSER_VERSION and record the new file's digest in pipeline.py
    assert hashlib.sha256(M.MODEL_PATH.read_bytes()).hexdigest() == ROLE_MODEL_SHA256, PARSER_VERSION


def test_model_was_trained_on_the_corpora_in_the_repository():
    model = M.load()
    digest = trainer.gold_digest(model["trained_on"]["sets"])
    assert digest == model["trained_on"]["gold_sha256"], "labels changed: run scripts/train_role_model.py"
    assert not {"real-blind33", "real-blind35", "real-blind36", "real-blind37"} & set(model["trained_on"]["sets"])  # scored blind, never trained on


# ------------------------------------------------------------------ features and decisions (pure)
def test_occurrence_features_follow_the_parse_to_the_governing_verb():
    text = "The forum was attended by Wang Dong and Li Ping."
    parsed = S.parse([text])[0]
    start = text.index("Li Ping")
    feats = M.occurrence_features(parsed, start, start + len("Li Ping"), R.verb_hits(text), 0, 2, "chinese")
    assert "gov=attend" in feats and "prep=by" in feats
    assert "found_by=chinese" in feats and "names=3" in feats and "sent=0" in feats
    text = "Wang Dong and Li Ping attended the forum."
    feats = M.occurrence_features(S.parse([text])[0], 0, len("Wang Dong"), R.verb_hits(text), 2, 2)
    assert {"hit=attend:after", "next_hit=attend", "gov=attend", "sent=3"} <= set(feats)


def test_name_shape_tells_a_pinyin_name_from_a_body():
    assert {"surname_first", "pinyin"} <= set(M.name_shape("Wang Dong"))
    assert "org_word" in M.name_shape("Xiangtan Deputies")
    assert "pinyin" not in M.name_shape("Harris Lewin")


def test_person_features_mark_first_and_later_mentions():
    feats = M.person_features([["dep=nsubj"], ["dep=pobj"]], titled=True, in_headline=False, name="Wang Dong")
    assert {"bias", "first:dep=nsubj", "any:dep=pobj", "any:dep=nsubj", "titled=True", "mentions=2"} <= set(feats)
    assert feats == sorted(set(feats))


def test_probabilities_sum_to_one():
    probs = M.probabilities(["bias", "unknown feature"], tiny_model({"bias": [0, 1, 0, 0, 0]}))
    assert abs(sum(probs.values()) - 1) < 1e-9 and max(probs, key=probs.get) == "attendee"


def test_decide_needs_the_threshold():
    model = tiny_model({"bias": [0, 2, 0, 0, 0]})  # attendee ~0.65
    assert M.decide(["bias"], model) == "attendee"
    assert M.decide(["bias"], tiny_model(model["weights"], {"attendee": 0.9, "speaker": 0.6})) is None


def test_decide_never_guesses_a_chair_a_mention_or_none():
    assert M.decide(["bias"], tiny_model({"bias": [0, 0, 0, 0, 9]})) is None  # chair
    assert M.decide(["bias"], tiny_model({"bias": [0, 0, 0, 9, 0]})) is None  # mention
    assert M.decide(["bias"], tiny_model({"bias": [9, 0, 0, 0, 0]})) is None  # none


def test_load_rejects_a_model_of_other_classes(tmp_path, monkeypatch):
    bad = tmp_path / "m.json"
    bad.write_text(json.dumps({**tiny_model({}), "classes": ["none", "attendee"]}))
    monkeypatch.setattr(M, "MODEL_PATH", bad)
    M.load.cache_clear()
    try:
        with pytest.raises(ValueError, match="classes"):
            M.load()
    finally:
        M.load.cache_clear()


# ------------------------------------------------------------------ the hook in find_parties
def run(text, learned=True):
    return find_parties(text, split_sentences(text), None, learned=learned)


def test_rules_alone_leave_people_unplaced():
    p = run(UNPLACED, learned=False)
    assert {u["name"] for u in p.unplaced} == {"Zhou Xuehai", "Yang Jianzhong", "Hu Junfeng"}


def test_a_confident_model_places_the_unplaced_with_its_rule_id(monkeypatch):
    monkeypatch.setattr(M, "load", lambda: tiny_model({"bias": [0, 5, 0, 0, 0]}))
    p = run(UNPLACED)
    assert p.unplaced == []
    rows = {a["name"]: a for a in p.attendees}
    assert set(rows) == {"Zhou Xuehai", "Yang Jianzhong", "Hu Junfeng"}
    assert {a["rule"] for a in rows.values()} == {"role_model"} and rows["Hu Junfeng"]["evidence"] == UNPLACED


def test_the_model_makes_speakers_but_never_mentions(monkeypatch):
    monkeypatch.setattr(M, "load", lambda: tiny_model({"bias": [0, 0, 0, 5, 0], "name:words=2": [0, 0, 9, 0, 0]}))
    p = run("At the meeting, Zhou Xuehai and Mr Wong Sio Chak are now in office.")
    assert {(s["name"], s["rule"]) for s in p.speakers} == {("Zhou Xuehai", "role_model")}
    assert p.mentions == [] and [u["name"] for u in p.unplaced] == ["Wong Sio Chak"]  # "mention": no evidence


def test_the_model_places_nobody_in_a_text_that_reports_no_meeting(monkeypatch):
    monkeypatch.setattr(M, "load", lambda: tiny_model({"bias": [0, 5, 0, 0, 0]}))
    p = run("Zhou Xuehai, Yang Jianzhong and Hu Junfeng, the city's new team, are now in office.")
    assert p.attendees == [] and len(p.unplaced) == 3


def test_the_model_places_nobody_the_text_names_only_as_elected(monkeypatch):
    # rule `elected_only` (parser 1.25.0): the annotators leave people named only as elected optional
    monkeypatch.setattr(M, "load", lambda: tiny_model({"bias": [0, 5, 0, 0, 0]}))
    p = run("The plenary session of the city congress was held on Monday. Zhou Xuehai was elected chairman; Yang "
            "Jianzhong and Hu Junfeng were elected vice chairmen. Li Ping attended the session.")
    assert [a["name"] for a in p.attendees] == ["Li Ping"]
    assert {"Yang Jianzhong", "Hu Junfeng"} <= {u["name"] for u in p.unplaced}
    # a person also named elsewhere is asked as before
    p = run("The plenary session was held on Monday. Zhou Xuehai was elected chairman. Zhou Xuehai and Yang "
            "Jianzhong were at the session.")
    assert "Zhou Xuehai" in {a["name"] for a in p.attendees}


def test_the_model_places_nobody_the_text_names_only_as_appointed_or_nominated(monkeypatch):
    # (parser 1.47.0) the active forms and appointments too: "elected A as", "nominated A and B as", "was appointed"
    monkeypatch.setattr(M, "load", lambda: tiny_model({"bias": [0, 5, 0, 0, 0]}))
    p = run("The council held its annual meeting on Monday. The meeting elected Dai Jianjun as secretary-general. "
            "Zhou nominated Fu Jing and Pan Zhi as new members of the board. Zhang Xinmin was appointed as deputy "
            "secretary-general. Maulana replaces George Jailosi. Li Ping attended the meeting.")
    assert [a["name"] for a in p.attendees] == ["Li Ping"]
    assert {"Dai Jianjun", "Fu Jing", "Pan Zhi", "Zhang Xinmin"} <= {u["name"] for u in p.unplaced}
    # (1.48.0) the one replaced is a mention with its evidence (`succession`), never placed by the model
    assert [m["rule"] for m in p.mentions if m["name"] == "George Jailosi"] == ["succession"]


def test_an_unsure_model_leaves_them_for_review(monkeypatch):
    monkeypatch.setattr(M, "load", lambda: tiny_model({"bias": [0, 0.1, 0, 0, 0]}))
    p = run(UNPLACED)
    assert len(p.unplaced) == 3 and p.attendees == []


def test_the_model_never_overrides_a_rule(monkeypatch):
    monkeypatch.setattr(M, "load", lambda: tiny_model({"bias": [0, 0, 0, 9, 0]}))  # "mention" for everyone
    p = run("Governor Wang Dong presided over the meeting. Li Ping attended.")
    assert p.chairs == ["Wang Dong"] and [a["name"] for a in p.attendees] == ["Li Ping"] and p.mentions == []


# ------------------------------------------------------------------ the training script
@pytest.mark.slow
def test_training_reproduces_the_shipped_model(tmp_path):
    """The shipped file is what scripts/train_role_model.py makes of the corpora in the repository."""
    script = REPO / "scripts" / "train_role_model.py"
    out = tmp_path / "model.json"
    p = subprocess.run([sys.executable, str(script), "--out", str(out)], capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stderr[-2000:]
    assert "leave-one-set-out" in p.stdout
    new, shipped = json.loads(out.read_text()), M.load()
    assert new["thresholds"] == shipped["thresholds"] and new["trained_on"] == shipped["trained_on"]
    assert set(new["weights"]) == set(shipped["weights"])
    assert all(abs(a - b) <= 2e-3 for f, w in shipped["weights"].items() for a, b in zip(w, new["weights"][f]))
