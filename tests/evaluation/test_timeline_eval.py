"""Timeline metrics on hand-computed cases, the t17 reader on a folder written here, and the real run."""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest

from newsbrief.errors import ConfigError, InputError
from newsbrief.evaluation.tilse_rouge import INSTALL_HINT, average, date_f1, perl_available, tokenize
from newsbrief.evaluation.timeline import (
    furniture,
    load_articles,
    load_timelines,
    resolve_system,
    run_timeline_eval,
    topic_folders,
)

T17 = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "tls" / "t17"
HAS_TILSE = importlib.util.find_spec("tilse") is not None
needs_tilse = pytest.mark.skipif(not HAS_TILSE, reason=f"tilse is not installed: {INSTALL_HINT}")
D = date


def test_date_f1_by_hand() -> None:
    scores = date_f1([D(2020, 1, 1), D(2020, 1, 2), D(2020, 1, 3)], [D(2020, 1, 2), D(2020, 1, 3), D(2020, 1, 4), D(2020, 1, 5)])
    assert scores["precision"] == pytest.approx(2 / 3)
    assert scores["recall"] == pytest.approx(1 / 2)
    assert scores["f_score"] == pytest.approx(2 * (2 / 3) * (1 / 2) / (2 / 3 + 1 / 2))
    assert date_f1([], [D(2020, 1, 1)])["f_score"] == 0.0


def test_news_tls_averaging_is_the_f1_of_the_means() -> None:
    one = {"date": {"precision": 1.0, "recall": 0.0, "f_score": 0.0}}
    other = {"date": {"precision": 0.0, "recall": 1.0, "f_score": 0.0}}
    # The mean of the F1s would be 0; news-tls reports the F1 of mean P (0.5) and mean R (0.5).
    assert average([one, other])["date"]["f_score"] == pytest.approx(0.5)


def test_tokenize_splits_punctuation_like_the_gold() -> None:
    assert tokenize('Mubarak quit, aides said: "today".') == 'Mubarak quit , aides said : " today " .'


def test_furniture_lines() -> None:
    assert furniture("Comments are not pre-screened before they post.")
    assert furniture("RT @someone: read this bit.ly/abc")
    assert furniture("Enter your email address to follow this blog.")
    assert not furniture("Protesters gathered in Tahrir Square on Tuesday, witnesses said.")


def _write_topic(folder: Path) -> None:
    folder.mkdir()
    furniture_line = "Share this story with your friends and family ."
    articles = [
        {"id": f"t/2021-05-0{n}/1", "topic": "t", "date": f"2021-05-0{n}",
         "text": f"The dam gave way on Monday , officials said -LRB- n={n} -RRB- .\n{furniture_line}\nIt was n't the first breach ."}
        for n in (4, 5, 6)
    ]
    (folder / "articles.jsonl").write_text("\n".join(json.dumps(a) for a in articles), encoding="utf-8")
    timeline = {"topic": "t", "timeline_id": "a.txt", "entries": [
        {"date": "2021-05-03", "summary": ["The dam gave way ."]},
        {"date": "2021-05-03", "summary": ["Villages were flooded ."]},
        {"date": "2021-05-06", "summary": ["Repairs began ."]},
    ]}
    (folder / "timelines.jsonl").write_text(json.dumps(timeline), encoding="utf-8")


def test_reader_detokenizes_and_drops_lines_repeated_across_articles(tmp_path: Path) -> None:
    _write_topic(tmp_path / "t")
    articles = load_articles(tmp_path / "t")
    assert [a.published for a in articles] == [D(2021, 5, 4), D(2021, 5, 5), D(2021, 5, 6)]
    assert articles[0].lines == ("The dam gave way on Monday, officials said (n=4).",)
    (gold,) = load_timelines(tmp_path / "t")
    # A date listed twice is one gold date with both summaries.
    assert gold.days[D(2021, 5, 3)] == ("The dam gave way.", "Villages were flooded.")
    assert sorted(gold.days) == [D(2021, 5, 3), D(2021, 5, 6)]


def test_missing_data_and_unknown_systems_are_explained(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="timeline data not found"):
        topic_folders(tmp_path / "absent")
    with pytest.raises(InputError, match=r"articles\.jsonl is missing"):
        load_articles(tmp_path)
    with pytest.raises(ConfigError, match="unknown timeline system"):
        resolve_system("nosuchsystem")
    assert callable(resolve_system("pubcount"))


@needs_tilse
def test_python_rouge_on_a_tiny_topic(tmp_path: Path) -> None:
    _write_topic(tmp_path / "t")
    report = run_timeline_eval(tmp_path, systems=["newsbrief"], rouge="python")
    result = report["systems"]["newsbrief"]
    (row,) = result["timelines"]
    assert row["dates"] == 2 and row["sentences_per_date"] == 2
    # "on Monday" in articles of 4-6 May 2021 is 3 May, the gold's first date.
    assert result["Date-F1"] > 0
    assert 0 < result["AR1-F"] <= 1


@needs_tilse
@pytest.mark.slow
def test_perl_rouge_discounts_a_date_one_day_off() -> None:
    if missing := perl_available():
        pytest.skip(missing)
    from newsbrief.evaluation.tilse_rouge import TimelineRouge

    rouge = TimelineRouge("perl")
    gold = {D(2020, 1, 2): ["The cat sat on the mat."]}
    same = rouge.score({D(2020, 1, 2): ["The cat sat on the mat."]}, gold)
    assert same["rouge_1"]["f_score"] == pytest.approx(1.0)
    # Aligned one day off: every count is weighted 1 / (1 + 1).
    shifted = rouge.score({D(2020, 1, 1): ["The cat sat on the mat."]}, gold)
    assert shifted["rouge_1"]["precision"] == pytest.approx(0.5)
    assert shifted["rouge_1"]["recall"] == pytest.approx(0.5)
    assert rouge.score({}, gold)["rouge_2"]["f_score"] == 0.0


@needs_tilse
@pytest.mark.slow
def test_real_t17_topic_structure() -> None:
    if not T17.is_dir():
        pytest.skip(f"the t17 data is not at {T17} (../shared/data/tls/t17)")
    report = run_timeline_eval(T17, systems=["pubcount", "newsbrief"], topics=["H1N1_guardian"], rouge="python")
    for name in ("pubcount", "newsbrief"):
        result = report["systems"][name]
        assert set(result) >= {"AR1-F", "AR2-F", "Date-F1", "seconds_per_topic", "timelines"}
        assert result["timelines"] and all(row["predicted_dates"] <= row["dates"] for row in result["timelines"])
        assert 0 <= result["AR2-F"] <= result["AR1-F"] <= 1
