"""A short close whose object is a bare "it" (reader Audit 44 #1: "Chances are you'll need it." closed a column, the
real close, with the act it speaks of left out). Such a close is shown with the sentence before it; a close that
names its own object, or a longer one, stays alone. Articles written for these tests.

First score on the unchanged code: 3/6 failing (the three bare closes printed alone; the near misses passed)."""

from __future__ import annotations

import pytest

from newsbrief.analyze.closing_backrefs import bare_object_close
from newsbrief.analyze.conclusion import LEAD_SENTENCES, analyze_conclusion
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

BODY = ("Summer flights to the coast are full again this year. Airlines added two hundred extra routes in March. "
        "Hotels in the old town say bookings are at a record.\n\nPrices have risen by a tenth since last summer. "
        "Travel agents expect the rush to last until October.\n\n")

CASES = (
    # (name, closing paragraph, the words the conclusion must hold, the words it must not)
    ("need_it", "If you have a beach holiday booked, start practising your best French accent now. Chances are "
     "you'll need it.", ("start practising your best French accent", "Chances are you'll need it"), ()),
    ("pack_them", "Pack your walking boots and a warm coat for the mountain trails. You will want them.",
     ("Pack your walking boots", "You will want them"), ()),
    ("doubt_that", "Some agents say the prices will fall again in the autumn. Few travellers believe that.",
     ("prices will fall again", "Few travellers believe that"), ()),
)


NEAR_MISSES = (
    # (name, closing paragraph): the close names its object, has a singular noun before "it", or is long
    ("names_its_object", "The council will review the tourist tax in the spring. Few travellers expect a cut."),
    ("noun_before_it", "Hotels plan to raise their rates again next year. The mayor wants a tourist tax and backs it."),
    ("long_close", "The tourist board says the rush will ease once the schools go back and most families have had "
     "their holiday, and it expects quieter streets by the end of September."),
)


@pytest.mark.parametrize(("name", "close"), NEAR_MISSES, ids=[c[0] for c in NEAR_MISSES])
def test_a_close_that_names_its_object_stands_alone(name: str, close: str) -> None:
    doc = annotate(Article(text=BODY + close, source=Source(title="Holidays", date="2026-06-02")))
    assert bare_object_close(doc, doc.sentences[-1], LEAD_SENTENCES) == [], name


@pytest.mark.parametrize(("name", "close", "holds", "lacks"), CASES, ids=[c[0] for c in CASES])
def test_a_bare_object_close_keeps_the_sentence_before(name: str, close: str, holds: tuple[str, ...],
                                                       lacks: tuple[str, ...]) -> None:
    doc = annotate(Article(text=BODY + close, source=Source(title="Holidays", date="2026-06-02")))
    text = " ".join(item.text for item in analyze_conclusion(doc, build_context(doc)))
    for words in holds:
        assert words in text, (name, text)
    for words in lacks:
        assert words not in text, (name, text)
