"""``eval summ --multi``: the baselines on tiny stories, the checks, and the report on Multi-News."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.errors import InputError
from newsbrief.evaluation.multi import format_multi_table, load_stories, pair_checks, run_multi_eval
from newsbrief.evaluation.multi_baselines import fit, lead, lexrank, textrank

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "multi" / "multinews_dev.jsonl"

# Two outlets on one storm: the flooding is told by both, the rest by one each.
STORM = [
    ["Floods closed the coastal road at Marrow Bay on Sunday.",
     "The storm brought 120 millimetres of rain in a day.",
     "A cafe owner said the sea had never come so far inland."],
    ["Flooding shut the Marrow Bay coastal road on Sunday after heavy rain.",
     "Council workers cleared fallen trees from the rail line."],
]


def test_fit_cuts_the_last_sentence_at_the_budget() -> None:
    assert fit(["one two three", "four five six"], 4) == ["one two three", "four"]
    assert fit(["one two three", "four five six"], 3) == ["one two three"]
    assert fit(["one two"], None) == ["one two"]


def test_lead_goes_round_robin_until_the_budget() -> None:
    assert lead(STORM, None) == [STORM[0][0], STORM[1][0], STORM[0][1], STORM[1][1], STORM[0][2]]
    # 10 + 11 words reach a 15-word budget: the first sentence of each article only.
    assert lead(STORM, 15) == [STORM[0][0], STORM[1][0]]


def test_lexrank_and_textrank_rank_the_shared_content_first() -> None:
    for baseline in (lexrank, textrank):
        ranked = baseline(STORM, None)
        assert sorted(ranked) == sorted(s for article in STORM for s in article)
        # The two flooding sentences are the only ones like each other: they lead.
        assert set(ranked[:2]) == {STORM[0][0], STORM[1][0]}, baseline.__name__
        assert baseline(STORM, 5) == ranked[:1]


def test_a_one_sentence_story_and_an_empty_one() -> None:
    for baseline in (lead, lexrank, textrank):
        assert baseline([["Only one sentence here."]], 50) == ["Only one sentence here."]
        assert baseline([], 50) == []


def test_pair_checks_see_repeats_and_dangling_openings() -> None:
    found = pair_checks(["The road was closed by floods on Sunday.", "The road was closed by floods on Sunday!",
                         "But the council cleared the line."])
    assert found["duplicate_rate"] == pytest.approx(1 / 3)
    assert found["similar_pair_rate"] == pytest.approx(1 / 3)
    assert found["dangling_rate"] == pytest.approx(1 / 3)


def test_bad_data_is_refused_with_a_reason(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        load_stories(tmp_path / "missing.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"documents": "not a list", "reference": "x"}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="documents"):
        load_stories(bad)
    with pytest.raises(InputError, match="unknown system"):
        run_multi_eval(bad, systems=("newsbrief", "oracle"))


def test_a_story_file_of_our_own(tmp_path: Path) -> None:
    data = tmp_path / "stories.jsonl"
    record = {"documents": [" ".join(STORM[0]), " ".join(STORM[1])],
              "reference": "Floods closed the Marrow Bay coastal road on Sunday after 120 millimetres of rain."}
    data.write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = run_multi_eval(data, limit_words=20, cache=tmp_path / "cache")
    assert report["budget_words"] == 20 and report["n"] == 1 and report["documents"] == 2
    ours = report["systems"]["newsbrief"]
    assert ours["checks"]["words"] <= 20
    assert ours["checks"]["citation_coverage"] == 1.0
    assert ours["checks"]["duplicate_rate"] == 0.0
    assert ours["rouge1"] > 40  # the flooding sentence shares most of the reference's words
    assert list((tmp_path / "cache").glob("multi-*.pkl"))
    again = run_multi_eval(data, limit_words=20, cache=tmp_path / "cache")  # read from the cache
    assert again["systems"]["newsbrief"]["rouge1"] == ours["rouge1"]


@pytest.mark.slow
def test_multinews_report_structure() -> None:
    if not DATA.exists():
        pytest.skip(f"Multi-News development data not found at {DATA} (../shared/data is not mounted)")
    report = run_multi_eval(DATA, limit=3)
    assert report["n"] == 3
    assert "lower-cased" in report["notes"] and "truncated" in report["notes"]
    assert set(report["systems"]) == {"newsbrief", "lead", "lexrank", "textrank"}
    for entry in report["systems"].values():
        for metric in ("rouge1", "rouge2", "rougeL", "rougeLsum"):
            assert 0.0 < entry[metric] < 100.0
            low, high = entry[metric + "_ci"]
            assert low <= entry[metric] <= high
        assert entry["checks"]["words"] <= report["budget_words"]
    assert report["best_baseline"] in ("lead", "lexrank", "textrank")


@pytest.mark.parametrize(("system", "key"), [("newsbrief-learned", "learned_rouge1_vs_best"),
                                           ("newsbrief-handset", "handset_rouge1_vs_best")])
def test_the_learned_and_hand_set_scores_are_systems_of_their_own(tmp_path: Path, system: str, key: str) -> None:
    data = tmp_path / "stories.jsonl"
    record = {"documents": [" ".join(STORM[0]), " ".join(STORM[1])],
              "reference": "Floods closed the Marrow Bay coastal road on Sunday after 120 millimetres of rain."}
    data.write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = run_multi_eval(data, limit_words=20, systems=("newsbrief", system, "lexrank"))
    entry = report["systems"][system]
    assert entry["checks"]["citation_coverage"] == 1.0 and entry["checks"]["words"] <= 20
    best, mean, low, high = report[key]
    assert best == "lexrank" and low <= mean <= high and "rouge1_vs_best" in report
    assert f"{system} - lexrank" in format_multi_table(report)
