"""Score key-point usefulness on real articles: are padding sentences kept out of the key points?

The labelled set, ``tests/data/keypoint_padding.jsonl``, holds only ids, offsets and labels (no article text):
``article`` is a T17 id (``topic/date/n``) or ``B<body id>`` for an FNC-1 body, ``at`` the character offset of
the sentence's start in the extracted article text (robust to a change of sentence splitting elsewhere),
``label`` ``useful`` (a reader keeps it as a key point) or ``useless`` (a reader would delete it), and for a
useless one its ``kind``: ``hook`` (a teaser or metaphor with no content), ``scene`` (colour: no event, no claim),
``restated`` (a point told again), ``question`` (a rhetorical question), ``photo`` (a picture described),
``anaphor`` (opens on a word for someone or something never introduced) or ``background`` (old context ranked
over the news). The candidates are the key points the brief showed before the fix, read by hand (session 36),
and the sentences a reader wanted in their place.

Scores: *shown useless* (useless candidates shown as key points; the target is none), *useful shown* (useful
candidates among the key points; a brief has 3 to 5, so not all of them fit) and the would-delete share of the
labelled key points shown. ``-v`` lists every shown key point that is not labelled, for labelling.

Usage::

    PYTHONPATH=src python benchmarks/keypoint_padding.py [--data /work/shared/data] [-v]

The texts are built as the audits build them: a T17 article's lines detokenized, one paragraph per line; an
FNC-1 body as stored; each then read as a plain-text file through the real ingest (its title line is read off).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from pronoun_speakers import _texts as texts  # the texts as the audits build them; benchmarks/ is on sys.path

from newsbrief.analyze import build_context
from newsbrief.analyze.summary import analyze_summary
from newsbrief.models import Document, RawDocument
from newsbrief.pipeline import annotate_raw
from newsbrief.settings import Settings

LABELS = Path(__file__).resolve().parent.parent / "tests" / "data" / "keypoint_padding.jsonl"


def document(text: str) -> Document:
    """The article annotated as the CLI reads a plain-text file."""
    settings = Settings()
    raw = RawDocument(content=text.encode(), content_type="text/plain", filename="article.txt")
    return annotate_raw(raw, settings)


def shown_points(doc: Document) -> list[tuple[int, int, str]]:
    """(start, end, text) of each key point's cited sentences, as analyze_summary shows them."""
    items = analyze_summary(doc, build_context(doc))
    return [(c.start, c.end, item.text) for item in items for c in item.citations]


def score(data: Path, verbose: bool = False) -> Counter[str]:
    """Brief the labelled articles' key points and count the outcomes."""
    labels = [json.loads(line) for line in LABELS.read_text().splitlines() if line.strip()]
    found = texts(data, {row["article"] for row in labels})
    counts: Counter[str] = Counter()
    for article in sorted(found):
        doc = document(found[article])
        shown = shown_points(doc)
        rows = [row for row in labels if row["article"] == article]
        for row in rows:
            hit = any(start <= row["at"] < end for start, end, _ in shown)
            counts[f"{row['label']} {'shown' if hit else 'not shown'}"] += 1
            if verbose and hit and row["label"] == "useless":
                print(f"useless shown  {article} at {row['at']} ({row['kind']})")
        labelled = {row["at"] for row in rows}
        for start, end, text in shown:
            if not any(start <= at < end for at in labelled):
                counts["unlabelled shown"] += 1
                if verbose:
                    print(f"unlabelled     {article} at {start}: {text[:100]}")
    return counts


def main() -> None:
    """Print the counts."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    counts = score(args.data, args.verbose)
    useless, useful = counts["useless shown"], counts["useful shown"]
    cases = sum(v for k, v in counts.items() if k != "unlabelled shown")
    share = useless / (useless + useful) if useless + useful else 0.0
    print(f"{cases} candidates: useless shown {useless} of {useless + counts['useless not shown']}, "
          f"useful shown {useful} of {useful + counts['useful not shown']}; would-delete share of the labelled "
          f"key points shown {share:.0%}; unlabelled key points shown {counts['unlabelled shown']}")


if __name__ == "__main__":
    main()
