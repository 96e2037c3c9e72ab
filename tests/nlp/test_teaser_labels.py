"""A described colon label ('One neighbour of the family: "..."') owns its quotation (Audit 50 #6, issue #11).

Short articles written for these tests. A quotation opened by a label that describes a person gives the quotation
to that description, never to the farmer named in the paragraph before (the paragraph-before rule chose him); a
label whose head is no word for a person ("One reason:") withholds it; a glued standfirst's label is cut from the
capitalised determiner that opens it; a label with a name in it is left to the rules for names.
"""

from __future__ import annotations

from newsbrief.analyze.context import build_context
from newsbrief.analyze.quotes import analyze_quotes
from newsbrief.models import Article, QuoteInfo, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute

_FLOOD = """Floods cut off three villages in the Arlen valley on Monday after two days of heavy rain.

Farmer Tomas Reyl said the water reached his barn before dawn. "I have never seen the river so high," he said.

One neighbour of the family: "Nobody in the village had time to save the animals before the water came."

Aid workers from the Red Cross reached the villages by boat on Tuesday.

One reason: "The old dam was never repaired after the storm of last winter, and everyone knew it."

The regional water board said its dams had held.
"""

_GLUED = """Three villages cut off in the Arlen valley One local farmer: "We lost every animal we had in one night" \
The water board says the dams held ARLEN -- Floods cut off three villages in the valley on Monday.

Farmer Tomas Reyl said the water reached his barn before dawn. "I have never seen the river so high," he said.
"""

_NAMED = """Floods cut off three villages in the Arlen valley on Monday after two days of heavy rain.

Farmer Tomas Reyl said the water reached his barn before dawn.

Reyl's answer: "We will build the barn again on the hill, where the river cannot reach it."
"""


def _speakers(text: str, piece: str) -> list[str | None]:
    """The speakers the attribution stage gives the quotations holding ``piece``."""
    found = attribute(annotate(Article(text=text, source=Source())))
    return [a.speaker for a in found.attributions if piece in text[a.content_start : a.content_end]]


def test_a_described_label_owns_its_quotation_and_a_thing_label_withholds_it() -> None:
    assert _speakers(_FLOOD, "Nobody in the village") == ["one neighbour of the family"]
    assert _speakers(_FLOOD, "The old dam was never repaired") == [""]
    doc = annotate(Article(text=_FLOOD, source=Source(title="Floods")))
    quotes = {i.text: i.payload.speaker for i in analyze_quotes(doc, build_context(doc))
              if isinstance(i.payload, QuoteInfo)}
    shown = next((s for q, s in quotes.items() if "Nobody in the village" in q), None)
    assert shown == "one neighbour of the family", quotes
    assert not any("old dam" in q for q in quotes), quotes


def test_a_glued_standfirst_label_starts_at_its_capitalised_determiner() -> None:
    assert _speakers(_GLUED, "We lost every animal") == ["one local farmer"]


def test_a_label_with_a_name_is_left_to_the_rules_for_names() -> None:
    assert "Tomas Reyl" in " ".join(s or "" for s in _speakers(_NAMED, "build the barn again"))
