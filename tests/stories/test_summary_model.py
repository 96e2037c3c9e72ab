"""The learned sentence scorer of the story summary, and pages that are not about the story."""

from __future__ import annotations

import json
import runpy
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from newsbrief.errors import ConfigError
from newsbrief.models import Article, Document, Source
from newsbrief.nlp.annotate import annotate_many
from newsbrief.stories.summary import sentence_features, summarize_story
from newsbrief.stories.summary_model import EXPANDED, FEATURES, SentenceScorer, Tree, WordWeights, load_scorer

TRAINER = Path(__file__).resolve().parents[2] / "benchmarks" / "train_summary_scorer.py"

# Three reports written for this test: a bridge closed after a ship struck it. Each page ends with
# a line of site furniture, as extractors sometimes leave it.
RIVER_NEWS = """The Carrow Bridge over the river Tane was closed on Friday after a cargo ship struck one of its piers.

Engineers found a crack in the damaged pier and said the bridge would stay shut for at least three weeks.

About 40,000 vehicles cross the Carrow Bridge every day, according to the county council.

Sign up for our newsletter to get the latest news delivered to your inbox every morning."""

COUNTY_POST = """A cargo ship hit a pier of the Carrow Bridge on Friday, forcing the county to close the crossing.

Inspectors found a crack in the pier, and the bridge will remain closed for three weeks or more.

The ship's captain was questioned by the coastguard, which has opened an investigation.

Follow us on social media and share this story with your friends."""

TANE_DAILY = """The county council closed the Carrow Bridge on Friday after a cargo ship collided with a pier.

Drivers face long detours while the 40,000 vehicles that use the bridge each day are sent through Holt.

The coastguard said it was investigating why the ship left the shipping channel."""

# A page that is no article: a subscription and social-media notice, as archived pages carry.
JUNK_PAGE = """Create an account to keep reading. Subscribers get unlimited access to every story on any device.

Already have an account? Log in with your email address and password to continue.

Tweet with a location: you can add location information to your tweets from the web and apps.

You always have the option to delete your tweet location history. Learn more about cookies here."""


@pytest.fixture(scope="module")
def bridge_docs() -> list[Document]:
    articles = [Article(text, Source(title=title, outlet=outlet))
                for text, title, outlet in ((RIVER_NEWS, "Ship strike shuts Carrow Bridge", "River News"),
                                            (COUNTY_POST, "Bridge closed after ship hits pier", "County Post"),
                                            (TANE_DAILY, "Carrow Bridge shut for weeks", "Tane Daily"),
                                            (JUNK_PAGE, "Subscribe", "Archive"))]
    return list(annotate_many(articles))


@pytest.mark.slow
def test_the_scorer_ranks_a_central_sentence_above_boilerplate(bridge_docs: list[Document]) -> None:
    sentences, matrix = sentence_features(bridge_docs[:3])
    assert matrix.shape == (len(sentences), len(FEATURES)) and np.all(np.isfinite(matrix))
    scores = load_scorer().score(matrix)
    by_text = {s.text: float(score) for s, score in zip(sentences, scores, strict=True)}
    closed = by_text[RIVER_NEWS.split("\n\n")[0]]
    newsletter = by_text[RIVER_NEWS.split("\n\n")[3]]
    social = by_text[COUNTY_POST.split("\n\n")[3]]
    assert closed > newsletter and closed > social


@pytest.mark.slow
def test_a_junk_page_contributes_no_point(bridge_docs: list[Document]) -> None:
    junk = bridge_docs[3].article.id
    # Even with room for every sentence, nothing of the junk page is a point or a point's support.
    points = summarize_story(bridge_docs, limit=100, max_words=1_000)
    assert points and all(p.article_id != junk for p in points)
    assert all(c.article_id != junk for p in points for c in p.citations)
    assert any("Carrow Bridge" in p.text for p in points)


@pytest.mark.slow
def test_in_a_two_page_story_notices_are_never_points_on_either_path() -> None:
    # With only two pages neither can be told apart as the odd one (the off-topic rule needs three),
    # but the junk page's sentences are notices to its reader, which no scorer may pick.
    docs = list(annotate_many([Article(TANE_DAILY, Source(outlet="Tane Daily")),
                               Article(JUNK_PAGE, Source(outlet="Archive"))]))
    for scorer in (None, "handset"):
        points = summarize_story(docs, limit=10, scorer=scorer)
        assert points and all(p.article_id == docs[0].article.id for p in points)
    # A second page on another subject is no notice: both pages still give points.
    other = list(annotate_many([Article(TANE_DAILY, Source(outlet="Tane Daily")),
                                Article(RIVER_NEWS.replace("Carrow Bridge", "Holt ferry"), Source(outlet="River"))]))
    assert len({p.article_id for p in summarize_story(other, limit=10)}) == 2


def _stump(threshold: float, low: float, high: float) -> dict[str, list[float]]:
    return {"feature": [0, -2, -2], "threshold": [threshold, -2.0, -2.0], "left": [1, -1, -1],
            "right": [2, -1, -1], "value": [0.0, low, high]}


def test_trees_predict_from_plain_arrays() -> None:
    data = {"features": ["centrality"], "base": 0.5, "rate": 0.1,
            "trees": [_stump(0.5, -1.0, 1.0), _stump(0.8, 0.0, 2.0)]}
    scorer = SentenceScorer.from_json(json.loads(json.dumps(data)))
    matrix = np.zeros((3, len(FEATURES)))
    matrix[:, FEATURES.index("centrality")] = [0.1, 0.6, 0.9]
    assert np.allclose(scorer.score(matrix), [0.5 - 0.1, 0.5 + 0.1, 0.5 + 0.1 + 0.2])
    assert scorer.to_json()["features"] == ["centrality"]


def test_word_weights_are_a_normalised_bag_of_known_words() -> None:
    lexical = WordWeights({"ferry": 0.4, "photo": -0.6, "said": 0.2}, intercept=0.1)
    scores = lexical.score(["The ferry said, the ferry said.", "Photo: the harbour at dusk", "Nothing known here"])
    # Each known word counts once, the sum divided by the square root of how many there are.
    assert np.allclose(scores, [0.1 + 0.6 / np.sqrt(2), 0.1 - 0.6, 0.1])


def test_the_word_feature_fills_its_column(bridge_docs: list[Document]) -> None:
    column = FEATURES.index("lexical")
    lexical = WordWeights({"crack": 1.0, "newsletter": -1.0})
    sentences, without = sentence_features(bridge_docs[:1])
    _, with_words = sentence_features(bridge_docs[:1], lexical)
    assert np.all(without[:, column] == 0.0)
    assert np.allclose(with_words[:, column], lexical.score([s.text for s in sentences]))
    assert np.array_equal(np.delete(without, column, axis=1), np.delete(with_words, column, axis=1))


def test_the_shipped_word_weights_weigh_page_words_against() -> None:
    lexical = load_scorer().words
    assert lexical is not None and len(lexical.weights) > 500
    notice, report = lexical.score(["Click here to see more photos and read the comments below.",
                                     "The mayor says the bridge will reopen and cost $3 million to repair."])
    assert notice < report


def test_weights_with_words_survive_the_round_trip() -> None:
    data = {"features": ["lexical"], "base": 0.0, "rate": 1.0, "trees": [_stump(0.0, -1.0, 1.0)],
            "words": {"intercept": 0.0, "weights": {"photo": -0.5, "says": 0.5}}}
    scorer = SentenceScorer.from_json(json.loads(json.dumps(data)))
    assert scorer.words == WordWeights({"photo": -0.5, "says": 0.5}) and scorer.to_json() == data
    matrix = np.zeros((2, len(FEATURES)))
    matrix[:, FEATURES.index("lexical")] = [-0.5, 0.5]
    assert np.allclose(scorer.score(matrix), [-1.0, 1.0])


@pytest.mark.parametrize("broken", [
    {"features": ["lexical"], "base": 0.0, "rate": 0.1, "trees": [], "words": {"weights": ["photo"]}},
    {"features": ["no_such_feature"], "base": 0.0, "rate": 0.1, "trees": []},
    {"features": ["centrality"], "base": 0.0, "rate": 0.1, "trees": [{"feature": [0], "threshold": [0.1]}]},
    {"features": ["centrality"], "base": 0.0, "rate": 0.1,  # a child pointing back at its parent loops
     "trees": [{"feature": [0, 0], "threshold": [0.1, 0.1], "left": [1, 0], "right": [1, 0], "value": [0, 0]}]},
])
def test_malformed_weights_are_a_config_error(broken: dict[str, object]) -> None:
    with pytest.raises(ConfigError, match="train_summary_scorer"):
        SentenceScorer.from_json(broken)


def test_the_shipped_weights_load() -> None:
    scorer = load_scorer()
    assert scorer.trees and set(scorer.features) <= set(EXPANDED)
    assert all(isinstance(tree, Tree) for tree in scorer.trees)


@pytest.fixture(scope="module")
def trainer() -> dict[str, Any]:
    return runpy.run_path(str(TRAINER))


def test_the_trainer_reads_only_the_training_split(trainer: dict[str, Any], tmp_path: Path) -> None:
    release = tmp_path / "cleansed_data_cot_0_100.json"
    release.write_text(json.dumps([
        {"idx": 0, "split": "train", "raw_document": ["A ferry ran aground.", "The ferry was refloated."],
         "summary": "A ferry ran aground and was refloated."},
        {"idx": 50600, "split": "test", "raw_document": ["A test cluster."], "summary": "Never read."},
    ]))
    lines = tmp_path / "clusters.jsonl"
    lines.write_text(json.dumps({"documents": ["A bridge closed."], "reference": "A bridge closed."}) + "\n")
    (_, from_release), (_, from_lines) = trainer["read_training"]([release, lines])
    assert from_release == [{"documents": ["A ferry ran aground.", "The ferry was refloated."],
                             "reference": "A ferry ran aground and was refloated."}]
    assert from_lines == [{"documents": ["A bridge closed."], "reference": "A bridge closed."}]


def test_the_trainer_fits_word_weights_that_reproduce_its_regression(trainer: dict[str, Any]) -> None:
    # Stories in which the reference keeps the reporting sentence and never the photo credit.
    texts = [[f"Officials say the {thing} will reopen on monday.", f"Photo: the {thing} at dusk, file image."]
             for thing in ("bridge", "ferry", "harbour", "museum", "airport", "tunnel", "station", "market")]
    values = [np.array([1.2, 0.2]) for _ in texts]
    lexical = trainer["fit_words"](texts, values)  # raises SystemExit if the export does not reproduce the fit
    assert lexical.weights["photo"] < 0 < lexical.weights["say"]
    scores = lexical.score(["Officials say the pier will reopen.", "Photo: the pier at dusk, file image."])
    assert scores[0] > scores[1]
