"""Fact-box lines run together: told apart from sentences (cases written for Audit 12's pattern)."""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.boxes import is_run_on_list

BOXES = [
    "Chaired the regional water board from 2004 to 2009 Wrote two books on drought and farming "
    "Advised the Senate farm committee on subsidies Born in Leeds, 1961",
    "Withdrawal of heavy weapons from towns Access for aid convoys to all areas hit by the fighting "
    "Release of everyone held without charge Freedom of movement for reporters",
    "Ran the city transit agency during the 2011 strike Negotiated the port contract in 2015 "
    "Served two terms on the school board",
]
SENTENCES = [
    "The minister Jane Okafor said on Tuesday that the plan would cost the city about 40 million euros.",
    "Officials in Kabul confirmed that talks with the Taliban would resume in Doha next week.",
    "Shares of Northwind Energy rose 4 percent after the company reported higher profits for the quarter.",
    "Hit by the fighting and cut off from aid, the towns of the north waited for convoys that never came.",
    "Storm hits the northern coast as thousands flee their homes in the night",
    "Born in Leeds in 1961, she chaired the water board and wrote two books on drought.",
    # a misparsed sports lede with no subject, whose team names the tagger missed
    "Maria Ortiz's third goal of the night 1:12 into overtime sealed a late rally to lift the Oakland Herons "
    "over the Tacoma Pines 4-3 Friday night to stretch their winning run to nine games.",
]


def _tokens(text: str) -> list[tuple]:  # type: ignore[type-arg]
    doc = annotate(Article(text=text, source=Source()))
    return [doc.sentence_tokens(s) for s in doc.sentences]


@pytest.mark.parametrize("text", BOXES)
def test_fact_box_items_run_together_are_a_list(text: str) -> None:
    assert any(is_run_on_list(tokens) for tokens in _tokens(text))


@pytest.mark.parametrize("text", SENTENCES)
def test_sentences_are_not_lists(text: str) -> None:
    assert not any(is_run_on_list(tokens) for tokens in _tokens(text))


def test_a_run_on_profile_box_is_in_no_section_of_the_brief() -> None:
    from newsbrief.pipeline import brief_article
    from newsbrief.settings import Settings

    box = ("Chaired the regional water board from 2004 to 2009 Wrote two books on drought and farming "
           "Advised the Senate farm committee on subsidies in 2012 Born in Leeds, 1961")
    text = ("The government named Helen Marsh to lead the new drought agency on Monday, giving her a budget of "
            "200 million pounds to cut water losses.\n\n"
            f"{box}\n\n"
            "Marsh said she would publish a plan for the worst-hit counties by the end of March. "
            "Farmers' leaders welcomed the choice but warned that the budget was too small.")
    brief = brief_article(Article(text=text, source=Source(date="2026-03-02")), Settings())
    box_ids = {s.id for s in brief.sentences if "Wrote two books" in s.text}
    assert box_ids
    cited = {c.sentence_id for section in brief.sections for item in section.items for c in item.citations}
    assert not cited & box_ids
