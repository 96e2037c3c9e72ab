"""A photo credit glued to a news sentence goes alone; the sentence stays (session 33, issue #11).

A credit at the end of a paragraph ("... within ten days. (AP Photo/Tom Roe)") was read as closing the caption
before it, so a wire story whose picture sat beside its last paragraph lost its close; credits in square brackets
("[Photo: Reuters]") or labelled as an image or a credit with one source ("(Image: Reuters)", "(Credit: Tom
Roe/AP)") were not read at all and stayed glued to the last sentence, which closed the brief with them. A credit set
before the sentence's own stop ("... ten days [Photo: ...].") made the whole sentence a caption. Near misses: a scene
caption (present tense, a date or a position marker) still goes with its credit, and so do a wire caption's
background lines after its scene. All texts are invented.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.conclusion import analyze_conclusion
from newsbrief.analyze.context import build_context
from newsbrief.ingest.captions import without_captions
from newsbrief.ingest.extract import extract
from newsbrief.models import RawDocument
from newsbrief.nlp.annotate import annotate
from newsbrief.settings import Settings

CREDITS = ["(AP Photo/Jonas Berg)", "(AP Photo/Jonas Berg, File)", "(Photo: AFP)", "(Photo by Jonas Berg/Getty Images)",
           "(Jonas Berg/The Calden Press)", "[Photo: Jonas Berg/Calden Press]", "[Photo: Reuters]", "[Picture: AFP]",
           "(Image: Reuters)", "[AP Photo/Jonas Berg]", "(Credit: Jonas Berg/AP)", "(Image source: Calden Port)"]
NEWS = [
    "The first grain ship left the harbour at dusk, and the backlog is expected to clear within ten days.",
    "The strike ended.",
    "Loading resumed on Monday, and the authority expects the backlog to clear within ten days.",
]
_BEFORE = "Traders had warned that ships were queuing off the coast."


@pytest.mark.parametrize("credit", CREDITS)
@pytest.mark.parametrize("sentence", NEWS)
def test_a_credit_after_a_news_sentence_goes_alone(sentence: str, credit: str) -> None:
    assert without_captions(f"{_BEFORE} {sentence} {credit}") == f"{_BEFORE} {sentence}"


@pytest.mark.parametrize("credit", ["[Photo: Jonas Berg/Calden Press]", "(AP Photo/Jonas Berg)"])
def test_a_credit_before_the_stop_goes_alone(credit: str) -> None:
    paragraph = f"{_BEFORE} Loading resumed on Monday, and the backlog should clear within ten days {credit}."
    assert without_captions(paragraph) == f"{_BEFORE} Loading resumed on Monday, and the backlog should clear " \
                                          "within ten days."


@pytest.mark.parametrize("credit", CREDITS)
@pytest.mark.parametrize("caption", ["Workers unload grain at the port of Calden on Monday, March 2, 2026.",
                                     "Marta Vell, left, speaks to reporters in Calden."])
def test_a_scene_caption_still_goes_with_its_credit(caption: str, credit: str) -> None:
    assert without_captions(f"{_BEFORE} {caption} {credit}") == _BEFORE


def test_a_wire_captions_background_line_goes_with_its_scene() -> None:
    gallery = ("A student marches in Calden to protest the closure of her college, Tuesday, Oct. 14, 2026. None of the "
               "missing files were found in the first search of the archive. (AP Photo/Jonas Berg)")
    assert without_captions(gallery) == ""


def test_a_bracket_that_is_no_credit_stays() -> None:
    for paragraph in ("A joint study (Harlan University/The Ledger) found the water was safe.",
                      "The vote was close (as expected).", "The port (pictured above in 2019) was rebuilt."):
        assert without_captions(paragraph) == paragraph


PAGE = """Harbour workers in Calden ended a two-week strike on Monday after the port authority agreed to raise \
night-shift pay by eight percent.

The union had demanded twelve percent, but its leader, Marta Vell, said the members voted to accept the offer by a \
wide margin.

The port handles a third of the region's grain exports, and traders had warned that ships were queuing off the coast.

Loading resumed on Monday afternoon, and the first grain ship left the harbour at dusk. {credit}
"""


@pytest.mark.parametrize("credit", ["(AP Photo/Jonas Berg)", "[Photo: Jonas Berg/Calden Press]", "[Picture: AFP]"])
def test_the_close_is_the_last_sentence_without_its_credit(settings: Settings, credit: str) -> None:
    article = extract(RawDocument(PAGE.format(credit=credit).encode(), filename="page.txt"), settings)
    doc = annotate(article)
    close = " ".join(item.text for item in analyze_conclusion(doc, build_context(doc)))
    assert "the first grain ship left the harbour at dusk." in close
    assert "Photo" not in close and "AFP" not in close and "Berg" not in close
