"""Items that would open on punctuation (analyze/opening_splits.py; issue #11, the lead's reading of FNC-1 body 1500).

The segmenter ends a "sentence" at the "!" of a writer's interjection ("Tonight — at last! — Parliament will ..."),
so the rest opens on the closing dash. A key point shows the writer's whole sentence and cites both pieces; a
piece whose start nothing tells (or a paragraph's dash) is a last resort. Articles written for these tests.
"""

from __future__ import annotations

from newsbrief.analyze.context import build_context
from newsbrief.analyze.opening_splits import split_of, stray_opening
from newsbrief.analyze.summary import analyze_summary
from newsbrief.models import Article, Document, Item, Source
from newsbrief.nlp.annotate import annotate

INTERJECTION = """\
Tonight — at last! — Parliament will vote on the plan to close the old harbour bridge to cars. The vote follows \
two years of complaints from cyclists, who say the bridge is the most dangerous crossing in the city.

The transport minister, Ruth Ames, said the government would back the plan if the council paid for a new bus route.

Shopkeepers on the north bank fear the closure will cost them trade, and some have threatened to sue the council.
"""

QUESTION = """\
Who pays? — Residents of the river district will pay most of the cost of the new flood wall, the council said on \
Tuesday.

The wall, which will cost 14 million pounds, is due to be finished in 2028, two years later than first planned.

Opposition councillors said the bill should be shared across the whole city, since the wall protects the station.
"""

TORN = """\
The harbour bridge was closed to all traffic on Monday after engineers found cracks in two of its steel supports.

… and the council has still not said when it will reopen, or who will pay for the repairs to the old crossing.

Ferries will run every twenty minutes between the two banks while the bridge is shut, the transport office said.

Engineers expect the repairs to take at least three months, and the cost to run into millions of pounds.
"""


def _points(text: str) -> tuple[Document, tuple[Item, ...]]:
    doc = annotate(Article(text=text, source=Source(date="2026-10-20")))
    return doc, analyze_summary(doc, build_context(doc))


def test_interjection_shown_whole() -> None:
    doc, points = _points(INTERJECTION)
    cut = next(s for s in doc.sentences if s.text.startswith("—"))  # the segmenter's cut, which this fix is about
    assert stray_opening(cut)
    first = points[0]
    assert first.text.startswith("Tonight — at last! — Parliament will vote"), first.text
    assert [c.sentence_id for c in first.citations] == ["s1", "s2"]
    assert not any(p.text.lstrip()[:1] in "—–-,;:)" for p in points), [p.text for p in points]


def test_question_and_answer_one_sentence() -> None:
    doc, points = _points(QUESTION)
    assert any(p.text.startswith("Who pays? — Residents of the river district") for p in points[:2]), points
    answer = next(s for s in doc.sentences if s.text.startswith("—"))
    split = split_of(doc, answer)
    assert split is not None and split.whole and [s.text for s in split.before] == ["Who pays?"]


def test_torn_piece_is_no_point() -> None:
    doc, points = _points(TORN)
    torn = next(s for s in doc.sentences if s.text.startswith("…"))
    split = split_of(doc, torn)
    assert split is not None and not split.whole  # the sentence before ends on a full stop: no certain whole
    assert not any("has still not said" in p.text for p in points), [p.text for p in points]


def test_paragraph_dash_is_no_statement() -> None:
    # A dash opening a paragraph may be an interview answer in dash-dialogue: cutting it would give the agent's
    # words to the writer, so the piece is no statement (and no key point) on its own.
    text = ("The island off the coast of Belize was put up for sale last spring, its agent said on Monday.\n\n"
            "- It is not owned by the golfer, and as far as we know he has never owned it.\n\n"
            "The agent said the owner had asked for the sale to be handled quietly, and would not name him.\n\n"
            "The island has a house with six bedrooms, a private beach and a small harbour for boats.\n\n"
            "Its asking price of 12 million dollars has not changed since the sale was first announced.\n")
    doc, points = _points(text)
    dash = doc.sentences[1]
    split = split_of(doc, dash)
    assert split is not None and not split.whole
    assert split_of(doc, doc.sentences[0]) is None  # a sentence opening on a word is no split
    assert not any("never owned it" in p.text for p in points), [p.text for p in points]


def test_typed_ellipsis_is_torn() -> None:
    text = ("The harbour bridge was closed to all traffic on Monday after engineers found cracks in its supports.\n\n"
            "...and the council has still not said when it will reopen, or who will pay for the repairs.\n")
    doc = annotate(Article(text=text, source=Source()))
    split = split_of(doc, doc.sentences[-1])
    assert split is not None and not split.whole, [s.text for s in doc.sentences]
