"""Claims an article reports in order to reject them (reader Audit 10, pattern 1).

A fact-check quotes the hoax it debunks and the fake site's own disclaimer; a
brief that files those lines as the article's outlook or close states the hoax
straight. The articles are written for these tests: fact-checks, debunks and
rumour reports, and near-misses (ordinary reports that quote a claim and then
a response, an endorsed block quotation, "fake" as a plain adjective) that must
yield nothing.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.conclusion import analyze_conclusion
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Document, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.debunk import rejected_claims

pytestmark = pytest.mark.slow

HOAX_BLOCK = """A message claiming that tap water in Lisbon will be switched off for three days next week is false.

The water utility has scheduled no such cut, and its engineers said the network is working normally.

Last weekend, the hoax website Daily Tagus Herald published a version of the story, which was shared more than 20,000 times. It reads:

Residents must fill their bathtubs before Monday. According to city engineer Rui Matos, every pipe in the capital will be drained from 6 a.m. on Monday until Thursday night.

The shutdown will leave hospitals and schools without water, and shops will run out of bottles within hours.

The site has a disclaimer, which says it publishes satire:

Daily Tagus Herald is an entertainment website. Its articles are works of fiction and are not intended to be read as facts."""

VIRAL_POST = """Posts shared on social media this month say that a cup of warm salt water each morning cures seasonal flu.

A viral post claimed that drinking warm salt water kills the flu virus in the throat. That is false.

Doctors at the regional health agency say no food or drink cures influenza, and salt water can be harmful in large amounts.

The best protection remains the annual vaccine, which is free for people over 65."""

RUMOUR = """A rumour spreading in Kraków says the Vistula bridge will be closed to cars for a whole year.

The rumour says that the city will close the bridge from March to repair its pillars.

The claim is untrue: the city council has approved only two weekend closures for inspections in April."""

ARTICLE_CLAIMED = """A widely shared article about a new speed-camera law in Ohio is fabricated.

The article claimed:

From next month, every driver caught at five miles over the limit will lose their licence for a year.

No such law exists. The Ohio legislature has not debated any change to speed-camera fines this year, a spokesman said."""

ENDORSED_BLOCK = """Engineers in Rotterdam finished raising the Maas flood barrier on Tuesday after three years of work.

The barrier now stands 1.2 metres higher than before. As the Port Courier reported in 2019:

The old gates were built for storms of the 1950s, and the port had warned for a decade that they would not hold a once-in-a-century surge.

The port authority said the work was finished on schedule and within its budget of 410 million euros."""

CLAIM_AND_RESPONSE = """Opposition leader Marta Kovac claimed on Sunday that the regional election in Split had been rigged.

She said ballots in three districts had been counted twice and called for a recount.

The electoral commission said the claim was false and that observers had found no irregularities.

A court in Zagreb will hear the opposition's complaint next week."""

FAKE_GOODS = """Customs officers in Antwerp seized 3,000 fake handbags from a container ship on Friday.

The bags carried the labels of three Italian fashion houses and were worth about 1.5 million euros as genuine goods.

Officials said the counterfeit goods will be destroyed after the trial of the importer."""


def _doc(text: str) -> Document:
    return annotate(Article(text=text, source=Source(title="Fact check", date="2026-01-05")))


def _flagged(doc: Document) -> list[str]:
    return [doc.sentences[c.index].text for c in rejected_claims(doc)]


def test_a_hoax_block_under_it_reads_is_rejected_with_its_site() -> None:
    doc = _doc(HOAX_BLOCK)
    found = {doc.sentences[c.index].text: c.source for c in rejected_claims(doc)}
    hoax = [s for s in found if "bathtubs" in s or "Rui Matos" in s or "hospitals" in s]
    assert len(hoax) == 3
    assert all(found[s] == "Daily Tagus Herald" for s in hoax)


def test_a_satire_disclaimer_is_rejected() -> None:
    doc = _doc(HOAX_BLOCK)
    found = _flagged(doc)
    assert any("entertainment website" in s for s in found)
    assert any("works of fiction" in s for s in found)


def test_the_verdicts_are_not_rejected() -> None:
    doc = _doc(HOAX_BLOCK)
    found = _flagged(doc)
    assert not any("is false" in s or "no such cut" in s or "disclaimer" in s for s in found)


def test_an_inline_viral_claim_is_rejected_not_the_doctors() -> None:
    doc = _doc(VIRAL_POST)
    found = _flagged(doc)
    assert any(s.startswith("A viral post claimed") for s in found)
    assert not any("Doctors" in s or "vaccine" in s for s in found)


def test_a_rumour_is_rejected() -> None:
    doc = _doc(RUMOUR)
    found = _flagged(doc)
    assert any(s.startswith("The rumour says") for s in found)
    assert not any("untrue" in s for s in found)


def test_the_text_under_the_article_claimed_is_rejected() -> None:
    doc = _doc(ARTICLE_CLAIMED)
    found = _flagged(doc)
    assert any("lose their licence" in s for s in found)
    assert not any("No such law" in s or "legislature" in s for s in found)


@pytest.mark.parametrize("text", [ENDORSED_BLOCK, CLAIM_AND_RESPONSE, FAKE_GOODS])
def test_near_misses_reject_nothing(text: str) -> None:
    assert rejected_claims(_doc(text)) == ()


def _conclusion_text(text: str) -> str:
    doc = _doc(text)
    return " ".join(item.text for item in analyze_conclusion(doc, build_context(doc)))


def test_a_fake_sites_disclaimer_never_closes_the_brief() -> None:
    closing = _conclusion_text(HOAX_BLOCK)
    assert "fiction" not in closing and "entertainment website" not in closing
    assert "bathtubs" not in closing and "hospitals" not in closing


def test_a_debunk_closes_on_its_own_verdict() -> None:
    closing = _conclusion_text(HOAX_BLOCK)
    assert "hoax" in closing or "satire" in closing or "false" in closing


def test_a_rumour_report_closes_on_its_verdict() -> None:
    assert "untrue" in _conclusion_text(RUMOUR)


def test_a_claim_and_response_report_keeps_its_close() -> None:
    assert "court in Zagreb" in _conclusion_text(CLAIM_AND_RESPONSE)


def test_an_endorsed_block_report_keeps_its_close() -> None:
    assert "on schedule" in _conclusion_text(ENDORSED_BLOCK)


QUOTED_PAGE = """A tribute page announcing the death of the folk singer Lena Sova is a hoax, her agent says.

The page, which gathered 400,000 likes in a day, gave visitors a moving account of her death:

“Early on Monday our beloved singer Lena Sova passed away at her home in Brno. Please share this page.” Thousands of fans shared the page before it was taken down on Tuesday.

Sova is touring in Canada and posted a video from Toronto on Tuesday evening."""

ANSWERED = """A photo showing a shark swimming down a flooded street in Brisbane is fake, experts said.

We asked the photographer whose picture was used, who confirmed the fake in one short reply:

The shark was added to my photo of a flooded road in 2011, and I never agreed to it.

Queensland police said no sharks had been seen in the floods."""


def test_a_quoted_block_ends_where_its_quotation_closes() -> None:
    found = _flagged(_doc(QUOTED_PAGE))
    assert any("passed away" in s for s in found)
    assert not any("touring in Canada" in s for s in found)


def test_a_third_partys_answer_under_a_colon_is_not_the_claim() -> None:
    assert not any("never agreed" in s for s in _flagged(_doc(ANSWERED)))
