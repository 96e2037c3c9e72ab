"""Labelled cases for reader Audit 18's hoax debunk (docs/audit.md 19.3-19.5, article #11) and its misfiled
statement of resolve (19.4 item 6).

- A celebrity death hoax debunked: the key points lead with the debunk (he is alive, the site is fake), not
  with the rhetorical question or the hoax told flat, and the fake story's invented police quote ("a police
  spokesperson told the site") is no quote of a police spokesperson.
- Near-miss: a real death report with a real police quote to a real paper keeps the quote and its speaker.
- Near-miss: a tabloid's transfer claim quoted with its source, then denied by the player's agent: an
  ordinary report with a response, so the tabloid's source keeps its quote.
- "should leave no doubt", "should be a warning to", "should send a message" state resolve, not advice.

The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.classify import analyze_recommendations
from newsbrief.analyze.context import Context, build_context
from newsbrief.analyze.quotes import analyze_quotes
from newsbrief.analyze.summary import analyze_summary
from newsbrief.models import Article, Document, QuoteInfo, Source
from newsbrief.nlp.annotate import annotate

HOAX = """\
Could it really be true? Pop singer Danny Marlowe was allegedly found dead in his Malibu home on Saturday, \
according to a shocking new report. Fans were stunned as the news spread across social media.

The headline from the bogus story read: "Singer Danny Marlowe Found Dead At 52."

"The house was entered by officers through an unlocked side door where a body was discovered," a police \
spokesperson told the site.

The story went on to claim that the singer had been battling a secret illness for months. Fans flooded \
Twitter with tributes, and some said they were in tears.

But Danny is alive and well: he posted a photo of his breakfast on Instagram on Sunday morning.

The report came from a fake copy of a well-known news site that also "killed" another singer last year. \
That story also proved to be fake!

Were you fooled by the report? Let us know in the comments.
"""

REAL_DEATH = """\
Actor Tom Reese was found dead at his home in Dayton on Saturday, police said.

"Officers entered the house through an open back door where a body was found," a police spokesperson told \
the Dayton Courier.

Reese, 61, starred in the long-running police drama Harbour Lights for more than a decade.

His family said in a statement that they were heartbroken and asked for privacy.

A post-mortem examination will be carried out next week.
"""

TABLOID = """\
Striker Leo Varga is set to join Northgate United in a deal worth 40 million pounds, the Sunday Globe \
claimed this weekend.

"He has already agreed personal terms and will sign next week," a source close to the club told the paper.

Varga's agent Paul Denning dismissed the report on Monday and said the player was happy at his club.

Varga has scored 18 goals this season.
"""


def _run(text: str) -> tuple[Document, Context]:
    doc = annotate(Article(text=text, source=Source(date="2026-11-02")))
    return doc, build_context(doc)


def _points(text: str) -> list[str]:
    doc, ctx = _run(text)
    return [item.text for item in analyze_summary(doc, ctx)]


def _quotes(text: str) -> list[tuple[str, str | None]]:
    doc, ctx = _run(text)
    return [(item.text, item.payload.speaker if isinstance(item.payload, QuoteInfo) else None)
            for item in analyze_quotes(doc, ctx)]


def test_hoax_points_lead_with_the_debunk() -> None:
    points = _points(HOAX)
    assert any("alive" in p or "fake" in p for p in points[:2]), points
    assert any("alive" in p for p in points), points  # the truth is a key point (Audit 18: nowhere)
    assert not any("Could it really be true" in p for p in points), points


def test_hoax_claim_is_never_told_flat() -> None:
    points = _points(HOAX)
    # the claim may be told only with its frame ("allegedly", "report", "bogus")
    for p in points:
        if "found dead" in p:
            assert any(w in p for w in ("allegedly", "report", "bogus", "fake")), points


def test_fake_story_quote_is_not_the_police() -> None:
    quotes = _quotes(HOAX)
    for text, speaker in quotes:
        if "entered by officers" in text:
            assert speaker is None or "police" not in speaker.lower(), quotes


def test_real_death_keeps_police_quote_and_lead() -> None:
    points = _points(REAL_DEATH)
    assert "found dead" in points[0], points
    quotes = _quotes(REAL_DEATH)
    assert any("Officers entered" in text and speaker and "police" in speaker.lower() for text, speaker in quotes), \
        quotes


def test_tabloid_claim_and_denial_keep_their_speakers() -> None:
    quotes = _quotes(TABLOID)
    assert any("agreed personal terms" in text and speaker and "source" in speaker.lower()
               for text, speaker in quotes), quotes
    points = _points(TABLOID)
    assert any("Varga" in p and "Northgate" in p for p in points[:2]), points


LEAD = "The regional assembly met on Monday to debate the crisis in the northern provinces."
CLOSE = "The assembly's next session has not been announced, and the debate drew a small crowd of protesters."

RESOLVE = [
    ("The raid should leave no doubt about the government's determination to defeat the smugglers.", False),
    ("The verdict should be a warning to every company that ignores the safety rules.", False),
    ("The arrests should send a message to anyone who thinks the border is open.", False),
    ("The president said the strike should leave no doubt about his resolve to destroy the group.", False),
    # near-misses: calls that stay
    ("The government should send more inspectors to the border posts before the winter.", True),
    ("Regulators should warn every company that ignores the safety rules.", True),
]


@pytest.mark.parametrize(("sentence", "expected"), RESOLVE)
def test_resolve_is_no_recommendation(sentence: str, expected: bool) -> None:
    text = f"{LEAD}\n\n{sentence}\n\n{CLOSE}"
    doc = annotate(Article(text=text, source=Source(date="2024-05-02", url="https://example.com/analysis/crisis")))
    advice = [i.text for i in analyze_recommendations(doc, build_context(doc))]
    assert any(sentence[:40] in item for item in advice) is expected, advice
