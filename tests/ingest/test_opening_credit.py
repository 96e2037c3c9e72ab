"""Session 35 (H1N1_guardian 526): a labelled photo credit glued to the lead after it ("Photograph: Jo Roe/AFP/Getty For
the city's bakers it is ...") loses only the credit, and the caption it credits, on the line above, goes too.

Before, the caption label ruled the whole line a caption and the article lost its opening hook. A page flattened to one
line per paragraph puts the caption on the line above the credit. Near misses: a credit line with no lead after it
goes whole, a lead-less headline after a "Photos:" label is no lead, and a long paragraph above stays. Invented text.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.captions import without_opening_credit
from newsbrief.ingest.extract import extract
from newsbrief.models import RawDocument
from newsbrief.settings import Settings

_HOOK = "For the city's bakers it is a hard choice: how do you keep the ovens lit when the price of flour has doubled?"
_BODY = (
    "The bakers' guild said on Monday that a third of its members had cut their opening hours since the spring, and "
    "that a dozen had closed for good.\n\n"
    "\"We have never seen anything like it,\" said Ana Ruiz, who has run a bakery near the old market for thirty "
    "years.\n\n"
    "The city council has promised a fund to help small shops with their energy bills, but it will not open before "
    "the new year.\n"
)


@pytest.mark.parametrize(("credit", "lead"), [
    ("Photograph: Jo Roe/AFP/Getty ", _HOOK),
    ("Photograph: Jo Roe\\/AFP\\/Getty Images ", _HOOK),  # as detokenised text writes the slash
    ("Photograph: Reuters ", _HOOK),
    ("Photograph: Getty Images ", _HOOK),
    ("Photograph: Jo Roe ", _HOOK),  # a person's two words, the lead's capital after them
    ("Photograph: Jo Roe for the Guardian ", _HOOK),
    ("Photograph: Reuters/Ana Lima ", _HOOK),  # an agency, then its photographer
    ("Photograph: Jo Roe/AP ", "It was the silence more than anything."),  # a slash makes a short hook certain
    ("Photograph: Jo Roe/Reuters", "\"It is not our fault,\" the baker said after the guild's meeting."),
])
def test_a_credit_glued_to_the_lead_loses_only_the_credit(credit: str, lead: str) -> None:
    assert without_opening_credit(credit + lead) == lead


def test_the_caption_before_the_label_on_the_same_line_goes_with_it() -> None:
    line = "A baker stacks loaves at dawn in the old market Photograph: Jo Roe/AP " + _HOOK
    assert without_opening_credit(line) == _HOOK
    line = "The ovens were lit at four. A baker stacks loaves at dawn. Photograph: Jo Roe/AP " + _HOOK
    assert without_opening_credit(line) == "The ovens were lit at four. " + _HOOK


@pytest.mark.parametrize("line", [
    "Photograph: Jo Roe/AP",  # a credit alone
    "Pictures: Jo Roe, Reporter: Sam Lee",
    "Related Bakers Photos: Fire Ovens Explode in the Old Market as the Strike Goes On",  # no sentence after it
    "Photograph: Jo Roe Flop flop flop.",  # a bare name and a short line: no certain lead
])
def test_no_lead_after_the_credit_leaves_the_line(line: str) -> None:
    assert without_opening_credit(line) == line


def test_the_hook_stays_and_the_caption_above_goes() -> None:
    """The article opens on its hook, not on the caption; before, the hook was cut with its credit."""
    text = ("A near-empty bakery in the old market at dawn.\n\nPhotograph: Jo Roe\\/AFP\\/Getty " + _HOOK + "\n\n"
            + _BODY)
    article = extract(RawDocument(text.encode(), filename="page.txt"), Settings())
    assert article.text.startswith(_HOOK), article.text[:200]
    assert "near-empty bakery" not in article.text
    assert "Jo Roe" not in article.text


def test_a_long_paragraph_above_a_credit_stays() -> None:
    """No caption runs past CAPTION_MAX_WORDS words: a long body sentence above a credit is not taken for one."""
    above = ("The guild, which represents more than four hundred bakeries across the region and has lobbied the "
             "council for a decade, said that the rise in the price of flour, the doubling of energy bills and the "
             "loss of staff to the factories on the ring road had together made this the worst year for its members "
             "since the end of the war, when rationing closed half of the city's shops and many never opened again.")
    text = _HOOK + "\n\n" + above + "\n\nPhotograph: Jo Roe/AP The council's fund will open in January. " + _BODY
    article = extract(RawDocument(text.encode(), filename="page.txt"), Settings())
    assert above in article.text
    assert "The council's fund will open in January." in article.text


def test_a_reported_sentence_above_a_credit_stays() -> None:
    """A caption reports no speech: a sentence that does is the body's, the page's caption lost."""
    above = "The guild said on Monday that the ovens would be lit again in the spring."
    text = _HOOK + "\n\n" + above + "\n\nPhotograph: Jo Roe/AP The council's fund will open in January. " + _BODY
    article = extract(RawDocument(text.encode(), filename="page.txt"), Settings())
    assert above in article.text
