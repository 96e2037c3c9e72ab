"""Cluster metrics on hand-computed cases, the baselines on written items, the real evaluation's shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.evaluation.cluster import (
    agglomerative_baseline,
    bcubed,
    evaluate_system,
    newsbrief_system,
    online_baseline,
    pairwise,
    run_cluster_eval,
    scores,
)
from newsbrief.stories.items import ClusterItem

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def test_bcubed_on_a_hand_computed_case() -> None:
    # Predicted {1,2} {3}; gold {1} {2,3}. Precision 1/2, 1/2, 1 -> 2/3; recall 1, 1/2, 1/2 -> 2/3.
    p, r, f = bcubed(["a", "a", "b"], ["x", "y", "y"])
    assert (p, r, f) == pytest.approx((2 / 3, 2 / 3, 2 / 3))


def test_bcubed_of_one_big_cluster_has_full_recall_and_share_precision() -> None:
    # Gold {1,2,3} {4}: all in one cluster -> precision (3 * 3/4 + 1/4) / 4 = 10/16, recall 1.
    p, r, _ = bcubed([0, 0, 0, 0], ["x", "x", "x", "y"])
    assert (p, r) == pytest.approx((10 / 16, 1.0))


def test_pairwise_on_hand_computed_cases() -> None:
    assert pairwise(["a", "a", "b"], ["x", "y", "y"]) == (0.0, 0.0, 0.0)
    # Predicted pairs: (1,2) (1,3) (2,3); gold pairs: (1,2). Precision 1/3, recall 1, F1 1/2.
    assert pairwise([0, 0, 0], ["x", "x", "y"]) == pytest.approx((1 / 3, 1.0, 0.5))
    assert pairwise([1, 2, 3], ["x", "y", "z"]) == (1.0, 1.0, 1.0)


def test_perfect_clustering_scores_one_whatever_the_label_names() -> None:
    result = scores(["s1", "s1", "s2"], ["gold-b", "gold-b", "gold-a"])
    assert result["b3_f1"] == result["pairwise_f1"] == 1.0
    assert result["stories"] == 2.0


def test_metrics_refuse_mismatched_lengths() -> None:
    with pytest.raises(ValueError, match="one predicted label per gold label"):
        bcubed([1, 2], [1])


def _written_items() -> tuple[list[ClusterItem], list[str]]:
    volcano = ["Mount Keldra erupted overnight, sending ash over the valley towns.",
               "Ash from the Keldra eruption closed the valley airport and schools.",
               "Vulcanologists said the Keldra eruption may continue for days; valley towns evacuated.",
               "Evacuated valley families wait in shelters as Mount Keldra keeps erupting ash."]
    strike = ["Dock workers at Port Almer began a strike over pay on Monday.",
              "The Port Almer dock strike left container ships waiting offshore.",
              "Talks to end the Port Almer dock strike over pay resumed with a mediator.",
              "Shipping firms diverted containers as the Port Almer dock workers strike continued."]
    items = [ClusterItem(f"v{n}", None, text, entities=("Keldra",)) for n, text in enumerate(volcano)]
    items += [ClusterItem(f"p{n}", None, text, entities=("Port Almer",)) for n, text in enumerate(strike)]
    return items, ["volcano"] * 4 + ["strike"] * 4


def test_every_system_separates_two_written_stories() -> None:
    items, gold = _written_items()
    for system in (newsbrief_system(), online_baseline, agglomerative_baseline):
        assert scores(system(items), gold)["b3_f1"] == 1.0, system


def test_evaluate_system_reports_mean_and_sd_over_orders() -> None:
    items, gold = _written_items()
    result = evaluate_system(newsbrief_system(), items, gold, orders=4, seed=3)
    assert result["orders"] == 4
    assert set(result["b3_f1"]) == {"mean", "sd"}
    assert result["articles_per_s"]["mean"] > 0


@pytest.mark.slow
def test_real_evaluation_has_the_reported_shape() -> None:
    ecb, multi = SHARED / "stories" / "ecbplus_dev.jsonl", SHARED / "multi" / "multinews_dev.jsonl"
    if not (ecb.is_file() and multi.is_file()):
        pytest.skip(f"evaluation data not found under {SHARED} (the shared data sets are not on this machine)")
    report = run_cluster_eval(ecb, multinews=multi, orders=2, limit=40)
    for name in ("ecbplus", "multinews"):
        dataset = report["datasets"][name]
        assert dataset["documents"] > 0 and dataset["gold_stories"] > 0
        for system in ("newsbrief", "tfidf_online_centroid", "tfidf_agglomerative"):
            metrics = dataset["systems"][system]
            assert 0.0 <= metrics["b3_f1"]["mean"] <= 1.0
            assert {"b3_precision", "b3_recall", "pairwise_f1", "stories", "articles_per_s"} <= metrics.keys()
