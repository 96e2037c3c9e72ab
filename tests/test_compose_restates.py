"""Outlook, Analysis and Recommendations do not restate what an earlier section shows (Audit 51: five of its 18
padding items repeated another section).

A sentence whose words a shown item holds in order (a quote's piece when Quotes shows the quote), or whose words the
items shown from the same sentence hold together (the figures cut from it, a quote and its speaker), adds nothing.
The article is written for this test; ``restates`` is also checked on items built by hand.
"""

from __future__ import annotations

import pytest

from newsbrief.compose import restates
from newsbrief.models import Brief, Citation, FigureInfo, Hints, Item, QuoteInfo, RawDocument
from newsbrief.pipeline import annotate_raw, brief_document
from newsbrief.settings import Settings

ARTICLE = """Harbour council approves £12m ferry terminal expansion

The Kestrel Bay harbour council approved a £12 million expansion of the ferry terminal on Tuesday, ending a year \
of argument over the plan.

Councillors voted nine to four in favour after a three-hour meeting in the town hall.

"The new hall will open by next summer, and the fares will not rise to pay for it," said council leader Maria Penrose.

The harbour board expects the expansion to lift passenger numbers by 40 percent to 1.2 million a year by 2030.

Opponents said the extra berths would bring more lorries onto the narrow harbour road, and residents have asked for \
a new traffic survey.

"We will keep fighting for a safer road," said Tom Alder of the Harbour Road residents' group.

Work is due to begin in the autumn and should take two years, the council said.
"""


@pytest.fixture(scope="module")
def brief(settings: Settings) -> Brief:
    raw = RawDocument(ARTICLE.encode(), content_type="text/plain", filename="harbour.txt", hints=Hints())
    return brief_document(annotate_raw(raw, settings), settings)


def _texts(brief: Brief, name: str) -> list[str]:
    section = brief.section(name)
    return [item.text for item in section.items] if section else []


def test_a_quote_is_shown_once_not_again_as_an_outlook(brief: Brief) -> None:
    # before: in Quotes and again, with its tag, in Outlook; now once (Who says what holds it, Quotes gives way)
    shown = [t for section in brief.sections for t in _texts(brief, section.name) if "keep fighting" in t]
    assert len(shown) == 1
    assert not any("keep fighting" in t for t in _texts(brief, "outlook"))
    assert any(t.startswith("Opponents said the extra berths") for t in _texts(brief, "outlook"))


def _item(text: str, sentence: str = "s4", payload: FigureInfo | QuoteInfo | None = None, *more: str) -> Item:
    cited = (sentence, *more)
    return Item(text=text, citations=tuple(Citation(s, 0, len(text)) for s in cited), payload=payload)


SENTENCE = ("The net cost to the company will be only $22bn because it will be able to record a $9.9bn tax credit "
            "against its profits.")
FIGURES = [_item("$22bn", payload=FigureInfo("$22bn", "USD", "The net cost to the company will be only $22bn")),
           _item("$9.9bn", payload=FigureInfo("$9.9bn", "USD", "able to record a $9.9bn tax credit against its "
                                                               "profits"))]


def test_a_sentence_whose_figures_are_listed_adds_nothing() -> None:
    assert restates(_item(SENTENCE), FIGURES)
    assert not restates(_item(SENTENCE), FIGURES[:1])  # one figure holds half of it: the rest is news
    assert not restates(_item(SENTENCE, "s5"), FIGURES)  # the same words from another sentence are another report


def test_a_piece_of_a_quote_shown_whole_adds_nothing() -> None:
    quote = _item('"Who says we are talking to anybody? If we find him now we will cut off his head,"', "s11",
                  QuoteInfo("the man in the video"), "s14")
    assert restates(_item('If we find him now we will cut off his head," the man in the video says.', "s14"), [quote])
    assert not restates(_item("The army said it would find the man in the video within days.", "s15"), [quote])
    commentary = Item(text="If we find him now we will cut off his head.", citations=quote.citations, payload=None,
                      kind="commentary")
    assert not restates(commentary, [quote])


def test_a_quote_whose_tag_only_describes_the_speaker_adds_nothing() -> None:
    # Audit 52 #2: a quote shown in Quotes came again in Outlook with its tag "says NAME, a former commander in ...
    # and one-time ally of ...": a long description of who spoke is still only who spoke
    quote = _item('"If the port closes there will be an open market for smugglers,"', "s16",
                  QuoteInfo("Ana Feld"))
    tagged = ('"If the port closes there will be an open market for smugglers," says Ana Feld, a former customs chief '
              "in the northern province and one-time adviser to the interior ministry.")
    assert restates(_item(tagged, "s16"), [quote])
    # a tag that goes on to report something (a clause with its own verb) is news: "..., whose union will strike"
    reported = ('"If the port closes there will be an open market for smugglers," says Ana Feld, whose union of '
                "customs officers will strike on Monday over the closure plan.")
    assert not restates(_item(reported, "s16"), [quote])
