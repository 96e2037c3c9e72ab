"""Score the attribution stage's pronoun speakers ("he said", "she added", "it says") on real articles.

The labelled set, ``tests/data/pronoun_speakers.jsonl``, holds only ids, offsets and answers (no article text):
``article`` is a T17 id (``topic/date/n``) or ``B<body id>`` for an FNC-1 body, ``cue_word`` and ``nth`` the
speech verb (its ``nth`` whole-word occurrence, counted from 0, in the text built below: robust to a change of
the detokenizer elsewhere in the text), ``speaker`` a part of the right speaker's name read off the article
by hand (null: nothing in the article says who speaks, so the speaker must be withheld) and ``never`` speakers
that are wrong. Each case is *right*, *withheld* (no speaker, or only the pronoun itself) or *wrong*; the
target is no wrong case (issue #11: withhold a speaker rather than give a wrong one).

Usage::

    PYTHONPATH=src python benchmarks/pronoun_speakers.py [--data /work/shared/data] [-v]

The texts are built as the audits build them: a T17 article's lines detokenized, one paragraph per line; an
FNC-1 body as stored.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from newsbrief.evaluation.detok import detokenize
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate_many
from newsbrief.nlp.attribution import attribute

LABELS = Path(__file__).resolve().parent.parent / "tests" / "data" / "pronoun_speakers.jsonl"
PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them"})


def _texts(data: Path, wanted: set[str]) -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in sorted((data / "tls" / "t17").glob("*/articles.jsonl")):
        for line in path.read_text().splitlines():
            row = json.loads(line)
            if row["id"] in wanted:
                lines = [detokenize(s.strip()) for s in row["text"].split("\n") if s.strip()]
                texts[row["id"]] = "\n\n".join(lines)
    bodies = data / "stance" / "fnc1_train_bodies.jsonl"
    for line in bodies.read_text().splitlines():
        row = json.loads(line)
        key = f"B{row.get('body_id', row.get('id'))}"
        if key in wanted:
            texts[key] = row["text"]
    return texts


def outcome(given: str | None, expected: str | None, never: list[str]) -> str:
    """'right', 'withheld' or 'wrong' for the speaker ``given`` where ``expected`` (a part of the name) is right."""
    if given is None or given.strip().lower() in PRONOUNS:
        return "right" if expected is None else "withheld"
    if expected is None or any(n.lower() in given.lower() for n in never):
        return "wrong"
    return "right" if expected.lower() in given.lower() else "wrong"


def score(data: Path, verbose: bool = False) -> Counter[str]:
    """Run the attribution stage over the labelled articles and count the outcomes."""
    labels = [json.loads(line) for line in LABELS.read_text().splitlines() if line.strip()]
    texts = _texts(data, {row["article"] for row in labels})
    ids = sorted(texts)
    counts: Counter[str] = Counter()
    docs = annotate_many(Article(text=texts[i], source=Source()) for i in ids)
    by_article = {i: attribute(doc).attributions for i, doc in zip(ids, docs, strict=True)}
    for row in labels:
        text = texts.get(row["article"], "")
        hits = [m.start() for m in re.finditer(rf"\b{re.escape(row['cue_word'])}\b", text)]
        cue = hits[row["nth"]] if row["nth"] < len(hits) else -1
        found = [a for a in by_article.get(row["article"], ())
                 if a.cue_start is not None and a.cue_end is not None and a.cue_start <= cue < a.cue_end]
        given = found[0].speaker if found else None
        result = outcome(given, row["speaker"], row["never"])
        counts[result] += 1
        if verbose and result != "right":
            where = f"{row['article']} {row['cue_word']}#{row['nth']}"
            print(f"{result:8} {where}: gave {given!r}, want {row['speaker']!r}")
    return counts


def main() -> None:
    """Print the counts."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    counts = score(args.data, args.verbose)
    total = sum(counts.values())
    print(f"{total} cases: right {counts['right']}, withheld {counts['withheld']}, wrong {counts['wrong']}")


if __name__ == "__main__":
    main()
