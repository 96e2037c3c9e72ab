"""A close whose object is "its bid" told of paragraphs before (session 29, issue #11; reader Audit 46 #3).

A flat last line on market moves gave way to the bottom line before it, "The latest shutdown will not help its bid.",
whose bid the article told of in a sentence the brief did not show: the close said nothing a reader could place.
The look-back now passes by a sentence whose object under a possessive pronoun is a noun the article first used
after its lead. Near misses keep their close: the noun told of in the lead (the key points show it), and a
possessive object the article never used before ("its reputation"). The articles are invented.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.conclusion import analyze_conclusion
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

_LEAK = ("Norvik Energy kept its main northern oil pipeline shut for a third day on Tuesday after a leak at a pumping "
         "station, cutting output by about 400,000 barrels a day.")
_BARRELS = ("The company said about 10 barrels had leaked and that there was no damage to the environment. Engineers "
            "were still working to find the cause, and the company expects to restart the line by the weekend.")
_PORT = "The pipeline carries about a tenth of the country's oil output to the port of Halden, where it is loaded."
_BID = ("Norvik is leading a consortium's bid to build a $20bn gas pipeline across the region, and regulators are due "
        "to decide in the spring.")
_CLOSE = ("Safety campaigners said the leak raised fresh questions about the company's maintenance record. The latest "
          "shutdown will not help its bid.")
_MARKETS = "Oil prices rose 1.2% in London on Tuesday. Norvik's shares closed down 0.8%."
BID_IN_BODY = "\n\n".join([_LEAK, _BARRELS, _PORT, _BID, _CLOSE, _MARKETS])
BID_IN_LEAD = "\n\n".join([_LEAK, _BID, _BARRELS, _PORT, _CLOSE, _MARKETS])
NEW_NOUN = "\n\n".join([_LEAK, _BARRELS, _PORT, _BID.replace("bid", "plan"), _CLOSE.replace(
    "The latest shutdown will not help its bid.", "The latest shutdown will not help its reputation."), _MARKETS])
BID_LAST = "\n\n".join([_LEAK, _BARRELS, _PORT, _BID, _CLOSE])
BID_RIGHT_BEFORE = "\n\n".join([_LEAK, _BARRELS, _PORT, _CLOSE.split(" The latest")[0], _BID.split(", and")[0] + ".",
                                  "The latest shutdown will not help its bid."])
FLEET = (
    "Skyline Air grounded all 24 of its regional jets on Monday after an engine fault forced one of them to turn "
    "back shortly after take-off.\n\n"
    "No one was hurt in the incident. Engineers are checking the engines of the other 23 jets, and the airline said "
    "flights would resume on Wednesday.\n\n"
    "About 6,000 passengers had their flights cancelled, and the airline has offered them refunds.\n\n"
    "The airline has applied for the rights to fly three new routes to Asia, and the ministry is expected to decide "
    "next month.\n\n"
    "Passengers complained of long queues at the airport. The grounding will not help its application.\n\n"
    "Skyline's shares fell 3% in early trading.")


def _close(text: str) -> str:
    doc = annotate(Article(text=text, source=Source(title="Pipeline shut after leak")))
    return " ".join(item.text for item in analyze_conclusion(doc, build_context(doc)))


def test_close_told_of_in_the_body_is_passed_by() -> None:
    assert "its bid" not in _close(BID_IN_BODY)


@pytest.mark.parametrize(("text", "close"), [
    (BID_IN_LEAD, "The latest shutdown will not help its bid."),
    (NEW_NOUN, "The latest shutdown will not help its reputation."),
], ids=["told_in_the_lead", "new_noun"])
def test_close_stays(text: str, close: str) -> None:
    assert close in _close(text)


def test_last_sentence_shown_with_the_sentence_right_before() -> None:
    # already so on the unchanged code (the close's context chain draws the sentence right before)
    close = _close(BID_RIGHT_BEFORE)
    assert "consortium's bid" in close and close.endswith("will not help its bid.")


@pytest.mark.xfail(strict=True, reason=(
    "a last sentence's 'its bid' told of two sentences back: only the look-back passes such a sentence by; the last "
    "sentence is shown alone (closing_backrefs.possessive_backref is not in the final sentence's context chain)"))
def test_last_sentence_told_of_before() -> None:
    assert "its bid" not in _close(BID_LAST) or "consortium" in _close(BID_LAST)


@pytest.mark.xfail(strict=True, reason=(
    "'its application' after 'has applied for': the noun is told of as a verb, and lemmas differ; not read"))
def test_noun_told_of_as_a_verb() -> None:
    assert "its application" not in _close(FLEET)
