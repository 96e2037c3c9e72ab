"""Audit 8's misattributions (issue #11, docs/audit.md section 9.4 patterns 1 and 2), on labelled
articles written for these tests (tests/data/misattribution/audit8_voices.jsonl, one per mechanism):

0-1, 8. A statement piece: the headline says whose statement the text is ("NAME: resignation statement",
   "Read NAME's statement in full", "Full statement from NAME"); its quoted or first-person paragraphs,
   with no speech verb, are that person's; the writer's own close stays the writer's.
2. A new speaker introduced by a description ("another resident, by the name of X", "one man who ...
   is X", "a baker called X") is who the next "she told"/"he said" and "His ..." mean.
3. "His/Her plans" after a quotation told to an interviewer means the one who spoke, not the one told.
4. A source cited for one fact ("..., according to the national storm survey") is not the source of the
   writer's explanation in the next paragraph; a report's findings told on in its paragraph keep it.
5. Nested sources: a hoax quoted inside an official's statement is the hoax's; "X found ..., though Y
   says ..." gives Y its part; a banner's slogan and a body's quoted phrase name their source.
6. "did not deny", "never disputed", "didn't reject" are no denials.
7. Control: a "NAME says" headline does not take another speaker's quotation.
9. A hoax quoted in an official's statement with a closing mark missing (as real pages print it) is
   no quotation of its own, so never shown as the official's.
10. Control: "Police release statement after NAME is arrested" is no statement piece of NAME.
11. A closing quotation after paragraphs that carry "he"/"his" on goes to the man introduced, not to
   a name in passing; so does the opening repair.

Each record lists the checks a reader would make; ``score`` counts them (the first score, before the
rules changed, is in the commit that added this file).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from newsbrief.analyze.actors import ActorNames, shown_name
from newsbrief.analyze.context import build_context
from newsbrief.analyze.openings import repair_opening
from newsbrief.analyze.positions import analyze_positions
from newsbrief.analyze.quotes import find_quotes, stage_speaker
from newsbrief.models import Article, Document, PositionInfo, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute

DATA = Path(__file__).resolve().parents[1] / "data" / "misattribution" / "audit8_voices.jsonl"
RECORDS: list[dict[str, Any]] = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()
                                 if line.strip()]


def _head(name: str | None) -> str | None:
    """The head word of a speaker as written: its last word before a phrase that modifies it."""
    name = re.split(r" (?:at|of|for|from|in) (?:the )?", name or "")[0]
    words = (name or "").lower().replace("'s", "").replace("’s", "").split()
    return words[-1].strip(".,:;\"“”'") if words else None


def _doc(record: dict[str, Any]) -> Document:
    return annotate(Article(text=record["text"], source=Source(title=record.get("title"),
                                                                 date=record.get("published"))))


def _sentence_of(doc: Document, contains: str) -> int:
    at = doc.article.text.index(contains)
    return next(s.index for s in doc.sentences if s.start <= at < s.end)


def checks(record: dict[str, Any]) -> list[tuple[str, bool]]:
    """(what was checked, whether the system got it right) for every labelled case of ``record``."""
    doc = _doc(record)
    ctx = build_context(doc)
    found: list[tuple[str, bool]] = []
    voices = attribute(doc)
    for gold in record["sentences"]:
        voice = voices.voice_of(_sentence_of(doc, gold["contains"]))
        same_kind = voice.voice == gold["voice"] or {voice.voice, gold["voice"]} <= {"person", "organisation"}
        found.append((f"voice {gold['contains']!r} -> {voice.voice}/{voice.speaker}",
                      same_kind and _head(voice.speaker) == _head(gold["speaker"])))
    for contains in record.get("not_denies", ()):
        voice = voices.voice_of(_sentence_of(doc, contains))
        found.append((f"not denies {contains!r} -> {voice.stance}", voice.stance != "denies"))
    names = ActorNames(ctx.actors)
    quotes = {}
    for quote in find_quotes(doc, ctx.actors):
        speaker = stage_speaker(ctx, quote.start, quote.end) or quote.speaker
        quotes[doc.article.text[quote.start + 1 : quote.end]] = shown_name(ctx.actors, names, speaker) \
            if speaker else None
    for opening, heads in record.get("quotes", ()):
        said = [speaker for quoted, speaker in quotes.items() if quoted.startswith(opening)]
        ok = (not said and None in heads) or (bool(said) and all(_head(s) in heads for s in said))
        found.append((f"quote {opening!r} -> {said}", ok))
    for contains, bracket in record.get("repairs", ()):
        repaired = repair_opening(doc, doc.sentences[_sentence_of(doc, contains)], ctx.actors)
        found.append((f"repair {contains!r} -> {repaired}", repaired is not None and repaired.startswith(bracket)))
    positions = analyze_positions(doc, ctx)
    for speaker, words in record.get("positions_not", ()):
        wrong = [item.text for item in positions if isinstance(item.payload, PositionInfo)
                 and _head(item.payload.speaker) == speaker and words in item.text]
        found.append((f"no position of {speaker} holding {words!r}", not wrong))
    for speaker, content in record.get("contents", ()):
        held = [a for a in voices.attributions if _head(a.speaker) == speaker
                and doc.article.text[a.content_start : a.content_end].strip(" .") == content]
        found.append((f"content of {speaker}: {content!r}", bool(held)))
    return found


def score(records: list[dict[str, Any]] | None = None) -> tuple[int, int]:
    """(right, all) over every check of every record (this set's, or ``records``)."""
    results = [ok for record in (RECORDS if records is None else records) for _what, ok in checks(record)]
    return sum(results), len(results)


def report(records: list[dict[str, Any]]) -> None:
    """Print every check of ``records`` and the score (for a commit message)."""
    for number, record in enumerate(records):
        for what, ok in checks(record):
            print(number, "ok " if ok else "BAD", what)
    print("score", score(records))


@pytest.mark.slow
@pytest.mark.parametrize("record", RECORDS, ids=[f"article{i}" for i in range(len(RECORDS))])
def test_audit8_patterns(record: dict[str, Any]) -> None:
    wrong = [what for what, ok in checks(record) if not ok]
    assert not wrong, wrong


if __name__ == "__main__":  # pragma: no cover - a report for the commit message
    report(RECORDS)
