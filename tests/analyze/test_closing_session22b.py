"""Reader Audit 36, conclusion: lines that end a page without closing its story. A note about the writer or the
production ("X visited the coast with a film crew", "X is the author of ...", "This report was produced with
..."), a helpline's boilerplate after a court report, a dangling "that" ("Maybe that at last is changing."), and an
interviewer's question whose answer follows. The articles are invented for these tests."""

from __future__ import annotations

from newsbrief.analyze.conclusion import analyze_conclusion
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Document, Item, Source
from newsbrief.nlp.annotate import annotate

ESSAY_BODY = (
    "The Marrow estuary is dying, and the people who run the ports along it still talk as if nothing could go "
    "wrong.\n\n"
    "Last spring a dredging company tore up twenty miles of seagrass to deepen the channel for larger ships.\n\n"
    "The fishermen of Port Amsel say the catch has fallen by half since then, and the oyster beds are empty.\n\n"
    "The best outcome of this mess would be a rule that no channel is deepened until the harm is known.\n\n")

FILM_NOTE = ESSAY_BODY + (
    "Petra Lindqvist travelled along the estuary with a film crew from Coastline, a documentary series on "
    "Channel Nine.\n\nShe was an adviser on the series.")

AUTHOR_NOTE = ESSAY_BODY + "Petra Lindqvist is the author of three books on coastal ecology, including Salt Roads."

PRODUCED_NOTE = ESSAY_BODY + (
    "This report was produced with support from the Northern Journalism Fund, which had no say over its content.")

DANGLING_THAT = ESSAY_BODY + (
    "For years the port authority has waved such warnings away as the talk of romantics.\n\nMaybe that at last is "
    "changing.")

COURT = (
    "A man who threatened to burn down a youth centre in Dunmore has admitted making the threats.\n\n"
    "Kevin Arlow, 34, sent messages to staff saying he would set the building alight with the children inside.\n\n"
    "Prosecutors said he had planned to report a false fire to lure the staff outside.\n\n"
    "Judge Helen Marsh remanded him in custody, and he will be sentenced at Dunmore Crown Court next week.\n\n"
    "The Lantern Line service offers free, confidential support to anyone affected by threats of violence.")

INTERVIEW = (
    "The prime minister of Valdoria rejected any foreign role in the border dispute in a television interview on "
    "Sunday.\n\n"
    "He said the two neighbours could settle the quarrel themselves if outsiders stayed away.\n\n"
    "Asked about the jailed opposition leaders, he denied that anyone was held for their views.\n\n"
    "\"Nobody sits in prison for an opinion. We have held twelve free elections,\" he said.\n\n"
    "The interviewer, Lena Moritz, then asked him about the two editors arrested in March.\n\n"
    "\"Are you their lawyer?\"\n\n"
    "\"Every country has critics. And every country has courts. If a critic breaks the law, must he stay free?\"")


def _conclusion(text: str) -> tuple[Document, tuple[Item, ...]]:
    doc = annotate(Article(text=text, source=Source(title="Item", date="2026-03-12")))
    return doc, analyze_conclusion(doc, build_context(doc))


def _text(items: tuple[Item, ...]) -> str:
    return " ".join(item.text for item in items)


def test_a_film_crew_note_about_the_writer_is_not_the_close() -> None:
    _, items = _conclusion(FILM_NOTE)
    assert items and "film crew" not in _text(items) and "adviser" not in _text(items)
    assert "best outcome" in _text(items)


def test_an_author_line_is_not_the_close() -> None:
    _, items = _conclusion(AUTHOR_NOTE)
    assert items and "author of" not in _text(items)
    assert "best outcome" in _text(items)


def test_a_production_credit_is_not_the_close() -> None:
    _, items = _conclusion(PRODUCED_NOTE)
    assert items and "produced with" not in _text(items)


def test_a_dangling_that_is_not_the_close_alone() -> None:
    _, items = _conclusion(DANGLING_THAT)
    assert items and _text(items) != "Maybe that at last is changing."
    assert "Maybe that" not in _text(items) or "waved such warnings" in _text(items)


def test_a_helpline_line_after_a_court_report_is_not_the_close() -> None:
    _, items = _conclusion(COURT)
    assert items and "Lantern Line" not in _text(items)
    assert "sentenced" in _text(items)


def test_an_interviewers_question_is_not_the_close() -> None:
    _, items = _conclusion(INTERVIEW)
    assert items and "then asked him" not in _text(items)
