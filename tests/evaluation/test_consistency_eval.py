"""``eval consistency``: the metric by hand, the report on samples written here, and the real run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.errors import InputError
from newsbrief.evaluation.consistency import balanced_accuracy, load_samples, run_consistency_eval

SUMMEDITS = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "consistency" / "summedits_news_dev.jsonl"

REPORT = ("The regional water board said on Monday that reservoir levels had fallen to 41 percent, the lowest "
          "since 2018. A hosepipe ban will not be introduced this summer, the board's director Maria Lopez said.")
BUDGET = ("The city of Arlow approved a budget of 3 billion dollars on Friday. Spending on schools will rise by "
          "8 percent, while the police budget stays the same.")

SAMPLES = [
    ("a", REPORT, "Reservoir levels have fallen to 41 percent, the lowest since 2018, the water board said.", 1, []),
    ("a", REPORT, "Maria Lopez said there will be no hosepipe ban this summer.", 1, []),
    ("a", REPORT, "Reservoir levels have fallen to 14 percent, the water board said.", 0, ["entity_modification"]),
    ("a", REPORT, "A hosepipe ban will be introduced this summer, Maria Lopez said.", 0,
     ["negation_insertion_removal"]),
    ("a", REPORT, "Reservoir levels have risen to 41 percent, the water board said.", 0, ["antonym_swap"]),
    ("b", BUDGET, "Arlow approved a 3 billion dollar budget on Friday, with 8 percent more for schools.", 1, []),
    ("b", BUDGET, "Arlow approved a budget of 3 billion dollars on Friday, mayor Jon Hale said.", 0,
     ["hallucinated_fact_insertion"]),
    ("b", BUDGET, "Spending on schools will fall by 8 percent.", 0, ["antonym_swap"]),
]


def _write(path: Path) -> Path:
    lines = [json.dumps({"id": f"{doc}_{n}", "doc_id": doc, "document": document, "summary": summary,
                         "label": label, "edit_types": types})
             for n, (doc, document, summary, label, types) in enumerate(SAMPLES)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_balanced_accuracy_by_hand() -> None:
    # Consistent recall 1/2, inconsistent recall 2/3: mean 7/12.
    assert balanced_accuracy([1, 1, 0, 0, 0], [1, 0, 0, 0, 1]) == pytest.approx(58.3)
    assert balanced_accuracy([1, 0, 1, 0], [1, 1, 1, 1]) == 50.0  # a constant answer is chance
    assert balanced_accuracy([0, 0], [0, 1]) == 50.0  # one class only: its recall


def test_report_on_samples_written_here(tmp_path: Path) -> None:
    result = run_consistency_eval(_write(tmp_path / "samples.jsonl"))
    assert result["n"] == len(SAMPLES)
    assert result["balanced_accuracy"] == 100.0, result
    assert set(result["by_edit_type"]) == {"entity_modification", "negation_insertion_removal", "antonym_swap",
                                           "hallucinated_fact_insertion"}
    assert result["by_edit_type"]["antonym_swap"] == {"n": 2, "caught": 100.0, "balanced_accuracy": 100.0}
    assert set(result["by_document"]) == {"a", "b"}
    assert result["article_halves"] == {"a": 100.0, "b": 100.0}  # article "a" in half a, "b" in half b
    # Without the checker the verifier misses the negation and the opposite.
    assert result["verifier_without_checker"] < result["balanced_accuracy"]


def test_cli_writes_the_stable_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from newsbrief.cli import main

    out = tmp_path / "out.json"
    assert main(["eval", "consistency", "--data", str(_write(tmp_path / "s.jsonl")), "--json", str(out)]) == 0
    data = json.loads(out.read_text())
    assert {"balanced_accuracy", "n", "by_edit_type"} <= set(data) and data["n"] == len(SAMPLES)
    assert "QAFactEval 74.4" in capsys.readouterr().out


def test_bad_input_says_what_is_wrong(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is not a file"):
        load_samples(tmp_path / "missing.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"document": "x", "summary": "y"}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="lacks label"):
        load_samples(bad)


@pytest.mark.slow
@pytest.mark.skipif(not SUMMEDITS.is_file(), reason=f"SummEdits is not at {SUMMEDITS} (../shared/data absent)")
def test_real_summedits_run(tmp_path: Path) -> None:
    result = run_consistency_eval(SUMMEDITS)
    assert result["n"] == len(load_samples(SUMMEDITS))
    assert 50.0 < result["balanced_accuracy"] <= 100.0
    assert set(result["by_edit_type"]) >= {"entity_modification", "antonym_swap", "negation_insertion_removal"}
    assert all(0.0 <= row["caught"] <= 100.0 for row in result["by_edit_type"].values())
