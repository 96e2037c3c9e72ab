"""Labelled cases for three patterns of reader Audit 8: the genre line, figures that drop a claim
frame, and a wire dateline read as the article's date.

Each record of tests/data/misattribution/genre_frames_labelled.jsonl is an article written for these
tests (as a pasted text file holds it) with checks on its brief:

1. Genre: a neutral explainer (how a scale works, "you" in a general sense, "the chart above") is not
   an opinion piece; a column that opens on an epigraph and judges in its own words ("ruthless",
   "needlessly", "not-so-elected") without "I" or "should" is not a news report; a court report whose
   loaded words are all in quotation marks stays news.
2. Figures: a number from a claim the article debunks, or from a suspect's account, keeps its frame
   ("according to ...", "... told how") or is not shown; "ten times more" keeps "times"; a count of
   claims is not glossed as a payment.
3. A dateline ("(Mar. 4, 2023) –", "PLACE (June 3, 2022)") dates the article and is not part of key
   point 1 or a timeline entry.

The set was scored once before the rules were changed for it (see the session report).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.models import Brief, RawDocument
from newsbrief.pipeline import brief_with_document
from newsbrief.render.markdown import figure_line
from newsbrief.settings import Settings

DATA = Path(__file__).resolve().parents[1] / "data" / "misattribution" / "genre_frames_labelled.jsonl"
RECORDS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def _texts(brief: Brief, name: str) -> list[str]:
    section = brief.section(name)
    return [item.text for item in section.items] if section is not None else []


def _figures(brief: Brief, value: str) -> list[str]:
    section = brief.section("figures")
    lines = [figure_line(item) for item in section.items] if section is not None else []
    return [line for line in lines if value in line]


def _check(check: list[object], brief: Brief) -> tuple[bool, str]:
    """Whether one labelled check holds, and what the brief shows."""
    kind, args = check[0], check[1:]
    if kind == "genre":
        return brief.genre == args[0], str(brief.genre)
    if kind == "genre_in":
        return brief.genre in args[0], str(brief.genre)  # type: ignore[operator]
    if kind == "date":
        return brief.source.date == args[0], str(brief.source.date)
    if kind == "key_point_not_contains":
        found = [t for t in _texts(brief, "summary") if str(args[0]) in t]
        return not found, str(found)
    if kind == "key_point_1_not_starts":
        first = (_texts(brief, "summary") or [""])[0]
        return not first.startswith(str(args[0])), first
    if kind == "no_timeline_contains":
        found = [t for t in _texts(brief, "timeline") if str(args[0]) in t]
        return not found, str(found)
    lines = _figures(brief, str(args[0]))
    if kind == "figure_shown":
        # shown as a key figure, or in a key point: a figure that is a key point's sentence again is not
        # repeated under Key figures (reader Audit 23, tests/analyze/test_figures_session15.py)
        points = [t for t in _texts(brief, "summary") if str(args[0]) in t]
        return bool(lines or points), str(lines or points)
    if kind == "figure_keeps":
        return all(str(args[1]) in line for line in lines), str(lines)
    if kind == "figure_framed":
        return all(any(str(w) in line for w in args[1]) for line in lines), str(lines)  # type: ignore[attr-defined]
    if kind == "figure_not_glossed":
        return all(str(args[2]) in line or str(args[1]) not in line for line in lines), str(lines)
    raise AssertionError(f"unknown check {kind!r}")


def check_record(record: dict[str, object]) -> list[tuple[str, bool, str]]:
    """(the check, whether it held, what the brief shows) for every check of ``record``."""
    raw = RawDocument(content=str(record["text"]).encode(), filename="article.txt", content_type="text/plain")
    _, brief = brief_with_document(raw, Settings())
    return [(json.dumps(c), *_check(c, brief)) for c in record["checks"]]  # type: ignore[attr-defined]


@pytest.mark.slow
@pytest.mark.parametrize("record", RECORDS, ids=[str(r["pattern"]) for r in RECORDS])
def test_genre_frame_pattern(record: dict[str, object]) -> None:
    failed = [(what, shown) for what, held, shown in check_record(record) if not held]
    assert not failed, failed


if __name__ == "__main__":  # the score over the whole set, as recorded in the report
    total = held_count = 0
    for rec in RECORDS:
        for what, held, shown in check_record(rec):
            total += 1
            held_count += held
            if not held:
                print("FAIL", rec["pattern"], what, "->", shown[:200])
    print(f"{held_count}/{total} checks hold")


def test_a_first_person_essay_run_into_one_paragraph_is_not_news() -> None:
    """A pasted first-person essay with no paragraph breaks and one quotation in it left the writer no
    sentences of their own, and it was labelled a news report (Newsroom dev, session 9's last check)."""
    from newsbrief.analyze.context import build_context
    from newsbrief.models import Article, Source
    from newsbrief.nlp.annotate import annotate

    text = ("Like most of my classmates, I remember the night I told my parents I wanted to study law. "
            "We all have our own stories about the moment we chose our path. I grew up in a mill town where "
            "I was told that hard work would be enough. My father said \"debt is a trap\" but I signed anyway. "
            "I still believe I made the right choice, though I doubt I will ever pay the loans off. "
            "I think about it every month when the bill arrives. I am not alone in this.")
    doc = annotate(Article(text=text, source=Source()))
    assert build_context(doc).genre != "news"



@pytest.mark.parametrize(("sentence", "argues"), [
    ("The handover from the coalition should be complete by Monday.", False),
    ("The new line should be running by 2027, the operator said.", False),
    ("The plan should be in force by tomorrow night.", False),
    ("The government should resign by Monday.", False),  # a deadline: read as a forecast, a known cost
    ("The government should resign.", True),
    ("Regulators should act before the next storm.", True),
    ("Who should pay for the link was never settled.", False),
])
def test_a_should_with_a_deadline_forecasts_and_argues_nothing(sentence: str, argues: bool) -> None:
    """Reader Audit 11 (#5): a wire report's "should be complete by Monday" counted as the writer's
    advice and the report was labelled an opinion piece; a "should" with a deadline forecasts."""
    from newsbrief.analyze.genre_detect import _EMBEDDED_MODAL, _EVALUATIVE

    assert bool(_EVALUATIVE.search(_EMBEDDED_MODAL.sub(" ", sentence))) is argues
