"""Score the claim comparison on the planted-difference set (tests/data/claims/planted.jsonl).

Each line is a synthetic story with its differences labelled (see the set's README). The story's
articles are read as a user's would be (text with trusted outlet, date and title), their claims
compared (:mod:`newsbrief.stories.compare`), and the predictions matched to the labels:

- a labelled difference is found when a prediction has its label and cites, for each listed side,
  a sentence that holds the side's quote (for an update: its earliest and latest sides);
- conflict, update and attributed-differently are exhaustive in the set, so a prediction of one of
  them that matches no labelled difference of that label is a false positive (precision);
- single-source and agree are samples: recall only;
- a labelled paraphrase pair reported as a conflict, update or attribution is counted apart.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

from newsbrief.errors import InputError
from newsbrief.models import Hints, RawDocument
from newsbrief.pipeline import annotate_raw
from newsbrief.settings import Settings
from newsbrief.stories.claims import Claim, claims_of
from newsbrief.stories.compare import ClaimRelation, compare_claims

EXHAUSTIVE = ("conflict", "update", "attributed-differently")
SAMPLED = ("single-source", "agree")


def _norm(text: str) -> str:
    return " ".join(text.replace("“", '"').replace("”", '"').replace("’", "'").split())


Sentences = dict[tuple[str, str], str]  # a story's sentence texts by (article id, sentence id)


def _holds(claim: Claim, quote: str, sentences: Sentences) -> bool:
    """The claim's sentence holds the quote (or lies inside it, when the quote spans sentences); a
    claim may be a clause of its sentence, and a labelled side quotes the sentence."""
    whole = sentences.get((claim.article_id, claim.citation.sentence_id), claim.text)
    sentence, wanted = _norm(whole), _norm(quote)
    return wanted in sentence or (len(sentence) > 30 and sentence in wanted)


def _covers(relation: ClaimRelation, sides: list[dict[str, str]], ids: dict[str, str], sentences: Sentences) -> bool:
    return all(any(c.article_id == ids[side["article"]] and _holds(c, side["quote"], sentences)
                   for c in relation.claims) for side in sides)


def _required(difference: dict[str, Any]) -> list[dict[str, str]]:
    sides: list[dict[str, str]] = difference["sides"]
    return [sides[0], sides[-1]] if difference["label"] == "update" and len(sides) > 2 else sides


def _inside(relation: ClaimRelation, difference: dict[str, Any], ids: dict[str, str], sentences: Sentences) -> bool:
    """Every claim of the prediction is one of the difference's sides (a partial update pair counts)."""
    return all(any(c.article_id == ids[s["article"]] and _holds(c, s["quote"], sentences)
                   for s in difference["sides"]) for c in relation.claims)


def score_story(story: dict[str, Any], relations: tuple[ClaimRelation, ...], ids: dict[str, str],
                tally: Counter[str], sentences: Sentences) -> None:
    """Add one story's matches to ``tally`` (keys like ``conflict:tp``, ``conflict:fp``, ``conflict:found``)."""
    differences = story["differences"]
    for difference in differences:
        label = difference["label"]
        tally[f"{label}:n"] += 1
        if any(r.label == label and _covers(r, _required(difference), ids, sentences) for r in relations):
            tally[f"{label}:found"] += 1
    for relation in relations:
        if relation.label not in EXHAUSTIVE:
            continue
        hit = any(d["label"] == relation.label and _inside(relation, d, ids, sentences) for d in differences)
        tally[f"{relation.label}:{'tp' if hit else 'fp'}"] += 1
    for pair in story.get("paraphrases", []):
        tally["paraphrase:n"] += 1
        if any(r.label in EXHAUSTIVE and _covers(r, pair["sides"], ids, sentences) for r in relations):
            tally["paraphrase:flagged"] += 1


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def run_claims_eval(data: Path, settings: Settings) -> dict[str, Any]:
    """Compare every story's claims and score them against the planted labels."""
    if not data.is_file():
        raise InputError(f"{data} is not a file; pass the planted set, e.g. tests/data/claims/planted.jsonl")
    tally: Counter[str] = Counter()
    started = time.perf_counter()
    stories = 0
    for line in data.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        story = json.loads(line)
        stories += 1
        docs, ids = [], {}
        for article in story["articles"]:
            raw = RawDocument(article["text"].encode("utf-8"), content_type="text/plain",
                              hints=Hints(title=article.get("title"), outlet=article.get("outlet"),
                                          date=article.get("date"), trusted=True))
            doc = annotate_raw(raw, settings)
            docs.append(doc)
            ids[article["id"]] = doc.article.id
        sentences = {(doc.article.id, x.id): x.text for doc in docs for x in doc.sentences}
        relations = compare_claims([c for doc in docs for c in claims_of(doc)])
        score_story(story, relations, ids, tally, sentences)
    labels: dict[str, Any] = {}
    for label in (*EXHAUSTIVE, *SAMPLED):
        entry: dict[str, Any] = {"n": tally[f"{label}:n"], "recall": _rate(tally[f"{label}:found"],
                                                                              tally[f"{label}:n"])}
        if label in EXHAUSTIVE:
            predicted = tally[f"{label}:tp"] + tally[f"{label}:fp"]
            entry.update(predicted=predicted, precision=_rate(tally[f"{label}:tp"], predicted))
        labels[label] = entry
    tp = sum(tally[f"{label}:tp"] for label in EXHAUSTIVE)
    predicted = tp + sum(tally[f"{label}:fp"] for label in EXHAUSTIVE)
    found = sum(tally[f"{label}:found"] for label in EXHAUSTIVE)
    total = sum(tally[f"{label}:n"] for label in EXHAUSTIVE)
    return {
        "data": str(data), "stories": stories,
        "differences": {"precision": _rate(tp, predicted), "recall": _rate(found, total), "n": total},
        "labels": labels,
        "paraphrases": {"n": tally["paraphrase:n"], "reported_as_difference": tally["paraphrase:flagged"]},
        "seconds": round(time.perf_counter() - started, 1),
    }
