"""Session 18 review (round 1): ordinary news that a new rule of the round misread.

The fixed cases (closing_asides.py, quote_shape.py) pass; the others are strict xfails naming the file whose rule
misreads them, for the lead to hand on.
"""

from __future__ import annotations

from newsbrief.analyze.closing_asides import addressed_line, unresolved_it
from newsbrief.analyze.quote_shape import named_in_apposition
from newsbrief.analyze.section_scenarios import counterfactual
from newsbrief.models import Article, Brief, Document, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.pipeline import brief_article
from newsbrief.settings import Settings

_BODY = ("The city council met on Monday evening in the town hall to discuss the annual budget. "
         "Several residents spoke during the public comment period about road repairs and school funding. "
         "The budget includes new money for parks, libraries and the fire department.\n\n")


def _doc(text: str) -> Document:
    return annotate(Article(text=_BODY + text, source=Source(title="Local news", date="2025-03-10")))


def _brief(text: str) -> Brief:
    return brief_article(Article(text=_BODY + text, source=Source(title="Local news", date="2025-03-10")), Settings())


def _section(brief: Brief, name: str) -> list[str]:
    return [item.text for section in brief.sections if section.name == name for item in section.items]


def test_a_warning_to_readers_after_a_reported_speech_is_no_lost_quote() -> None:
    # A third party's act on "you" is the writer's warning; "We salute you" and "Thank you" stay a speaker's.
    doc = _doc("Detective Ann Wells said the callers claim to be from the tax office and demand payment in gift "
               "cards.\n\nScammers will call you and ask for your bank details.")
    assert not addressed_line(doc, doc.sentences[-1])
    doc = _doc("Omar Fayed told our reporter the young people in the square had won back their country. "
               "We salute you.")
    assert addressed_line(doc, doc.sentences[-1])


def test_an_it_close_after_a_body_named_by_its_noun_is_resolved() -> None:
    doc = _doc("The board of Harlow Mills met on Tuesday to review the company's troubled year.\n\n"
               "The board met again on Thursday behind closed doors.\n\nIt announced a dividend of five cents a share.")
    assert not unresolved_it(doc, doc.sentences[-1], ())


def test_a_quote_told_to_a_group_is_no_name_in_apposition() -> None:
    doc = _doc('Reyes told the group, "We will not close a single library in this city," with tears in his eyes.')
    text = doc.article.text
    start = text.index('"')
    end = text.index('"', start + 1) + 1
    assert not named_in_apposition(doc, start, end)
    doc = _doc('Residents set up a Facebook page, "Save Our Library Now", which drew 5,000 members in a week.')
    text = doc.article.text
    start = text.index('"')
    end = text.index('"', start + 1) + 1
    assert named_in_apposition(doc, start, end)


def test_a_reported_future_perfect_is_no_counterfactual() -> None:
    doc = _doc("The ministry said that by March all schools in the region would have reopened.")
    assert not counterfactual(doc, doc.sentences[-1])


def test_the_last_time_a_missing_person_was_seen_keeps_its_date() -> None:
    brief = _brief("Police are searching for Dana Miles, a 14-year-old girl from Harlow.\n\n"
                   "The last time her mother saw her was on March 3, when she left for school.\n\n"
                   "Police ask anyone with information to call them.")
    assert any("March 3" in text for text in _section(brief, "timeline"))


def test_two_sums_joined_by_and_stay_two_figures() -> None:
    brief = _brief("The chief executive, Mark Lane, was paid $2 million and $500,000 in bonuses last year, the filing "
                   "shows.\n\nThe company employs 4,000 people in three states.")
    assert not any("$2 million and $500,000" in text for text in _section(brief, "figures"))
