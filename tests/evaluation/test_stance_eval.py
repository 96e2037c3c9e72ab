"""FNC-1 scoring on hand-computed cases, the split by body, and `newsbrief eval stance` end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.cli import main
from newsbrief.errors import InputError
from newsbrief.evaluation.stance import (
    body_folds,
    confusion,
    cross_validate,
    fnc_points,
    fnc_score,
    per_class_f1,
    run_stance_eval,
)
from newsbrief.stories.stance import StanceConfig, StancePair
from tests.stories.test_stance import BODIES, TINY, stance_pairs

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "stance"


def test_fnc_points_follow_the_official_rule() -> None:
    assert fnc_points("agree", "agree") == 1.0
    assert fnc_points("agree", "discuss") == 0.25  # related and unrelated right, the label wrong
    assert fnc_points("disagree", "unrelated") == 0.0
    assert fnc_points("unrelated", "unrelated") == 0.25
    assert fnc_points("unrelated", "discuss") == 0.0


def test_fnc_score_on_a_hand_computed_case() -> None:
    gold = ["agree", "unrelated", "discuss", "disagree"]
    predicted = ["agree", "unrelated", "agree", "unrelated"]
    # Points 1 + 0.25 + 0.25 + 0 = 1.5 of a maximum 1 + 0.25 + 1 + 1 = 3.25.
    assert fnc_score(gold, predicted) == pytest.approx(100 * 1.5 / 3.25)
    assert fnc_score(gold, gold) == 100.0
    with pytest.raises(InputError):
        fnc_score(gold, predicted[:2])


def test_per_class_f1_and_confusion_on_a_hand_computed_case() -> None:
    gold = ["agree", "agree", "disagree", "unrelated", "unrelated"]
    predicted = ["agree", "discuss", "agree", "unrelated", "unrelated"]
    assert confusion(gold, predicted) == [[1, 0, 1, 0], [1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 2]]
    # agree: 1 hit, 2 gold, 2 predicted -> 0.5; disagree and discuss 0; unrelated 1.
    assert per_class_f1(gold, predicted) == {"agree": 0.5, "disagree": 0.0, "discuss": 0.0, "unrelated": 1.0}


def test_folds_never_put_one_body_in_train_and_test() -> None:
    pairs = stance_pairs()
    seen = set()
    for train, test in body_folds(pairs, 5):
        train_bodies = {pairs[i].body_id for i in train}
        test_bodies = {pairs[i].body_id for i in test}
        assert not train_bodies & test_bodies
        seen.update(test.tolist())
    assert seen == set(range(len(pairs)))  # every pair is tested once
    with pytest.raises(InputError, match="folds"):
        list(body_folds(pairs, 16))  # only 15 bodies


def test_cross_validation_scores_every_pair_once() -> None:
    result = cross_validate(stance_pairs(), BODIES, folds=3, config=TINY)
    assert result["n"] == 25 and len(result["fold_scores"]) == 3
    assert sum(map(sum, result["confusion"])) == 25
    assert 0.0 <= result["fnc_score"] <= 100.0
    # 10 unrelated and 15 related pairs: all unrelated earns 10 * 0.25 of 10 * 0.25 + 15 * 1.
    assert result["all_unrelated_score"] == pytest.approx(round(100 * 2.5 / 17.5, 2))


def _write(tmp_path: Path, pairs: list[StancePair], bodies: dict[int, str]) -> tuple[Path, Path]:
    stances, texts = tmp_path / "stances.jsonl", tmp_path / "bodies.jsonl"
    stances.write_text("".join(json.dumps({"headline": p.headline, "body_id": p.body_id, "stance": p.stance}) + "\n"
                               for p in pairs), encoding="utf-8")
    texts.write_text("".join(json.dumps({"body_id": i, "text": t}) + "\n" for i, t in bodies.items()),
                     encoding="utf-8")
    return stances, texts


def test_eval_stance_command_writes_the_stable_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stances, bodies = _write(tmp_path, stance_pairs(), BODIES)
    out, model = tmp_path / "out.json", tmp_path / "model.pkl.gz"
    code = main(["eval", "stance", "--train", str(stances), "--train-bodies", str(bodies), "--folds", "3",
                 "--json", str(out), "--save-model", "--model", str(model)])
    assert code == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert set(report["f1"]) == {"agree", "disagree", "discuss", "unrelated"}
    assert report["n"] == 25 and isinstance(report["fnc_score"], float)
    assert model.is_file() and report["model"] == str(model)
    assert "FNC score" in capsys.readouterr().out


def test_eval_stance_on_a_test_set_and_its_errors(tmp_path: Path) -> None:
    pairs = stance_pairs()
    train = [p for p in pairs if p.body_id not in (3, 6)]
    test = [p for p in pairs if p.body_id in (3, 6)]
    train_files = _write(tmp_path, train, BODIES)
    (tmp_path / "t").mkdir()
    test_files = _write(tmp_path / "t", test, {3: BODIES[3], 6: BODIES[6]})
    result = run_stance_eval(*train_files, *test_files, config=TINY)
    assert result["n"] == len(test) and result["protocol"].startswith("trained on --train")
    with pytest.raises(InputError, match="--test-bodies"):
        run_stance_eval(*train_files, test_files[0], None, config=TINY)
    code = main(["eval", "stance", "--train", str(tmp_path / "missing.jsonl"), "--train-bodies",
                 str(train_files[1])])
    assert code == 2


@pytest.mark.slow
def test_cross_validation_on_real_data_has_the_report_shape() -> None:
    if not (SHARED / "fnc1_train.jsonl").is_file():
        pytest.skip(f"FNC-1 data not found at {SHARED} (../shared/data/stance)")
    from newsbrief.stories.stance import read_fnc

    pairs, bodies = read_fnc(SHARED / "fnc1_train.jsonl", SHARED / "fnc1_train_bodies.jsonl")
    few = [p for p in pairs if p.body_id < 60]
    result = cross_validate(few, bodies, folds=2, config=StanceConfig(vocabulary=1000, hidden=16, epochs=3))
    assert result["n"] == len(few) and set(result["f1"]) == {"agree", "disagree", "discuss", "unrelated"}
    assert 0.0 <= result["fnc_score"] <= 100.0
