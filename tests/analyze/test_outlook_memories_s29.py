"""Memories filed as Outlook (session 29, issue #11 pattern 6: "past narration as outlook"): labelled cases, each
a sentence written for this test and set in a short article of its own.

A memory carries "could" or "would" without looking ahead: a purpose clause hung on a past act ("I'd worked two
jobs so I could afford college", "she said she had cleaned offices so that she could study"), or a habit of the
past ("we would save every penny", "as kids we would walk to the dock every morning"). Either is what was done
then, not what anyone expects now, so it is no Outlook item, whether the writer tells it or a speaker does.

Near misses that stay Outlook: a purpose clause hung on a plan or a forecast ("The council will vote next month so
it can start building"), a reported future with a purpose ("Holt said she would sell the land so she could pay for
the campus"), "in order to" after a plan, a first-person promise in the future tense.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze import analyze
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

_TITLE = "Town weighs the cost of a new college campus"


def _outlook(body: str, url: str) -> list[str]:
    text = (_TITLE + "\n\nThe Marlow council met on Tuesday to discuss plans for a new college campus on the old "
            "dock site. " + body + "\n\nThe council has not yet published the full cost of the plan.\n")
    doc = annotate(Article(text=text, source=Source(title=_TITLE, date="2024-03-14", url=url)))
    return [c.item.text for c in analyze(doc).get("outlook", ())]


_NEWS = "https://example.com/news/campus"
_COLUMN = "https://example.com/opinion/campus"

_MEMORIES = [
    ("quoted_past_perfect", '"In high school I\'d worked two jobs so I could afford college," Holt said.', _NEWS),
    ("reported_past_perfect", "Holt said she had worked two jobs in high school so she could afford college.", _NEWS),
    ("recalled_parent", "Holt recalled that her father had taken a second job so the family could afford the fees.",
     _NEWS),
    ("told_so_that", "Holt told the meeting that as a student she had cleaned offices at night so that she could "
                     "study by day.", _NEWS),
    ("firm_past_purpose", "The firm said it had cut prices so that more students could afford the course.", _NEWS),
    ("habit_quoted", '"We would save every penny so we could pay the fees," Holt said.', _NEWS),
    ("habit_growing_up", '"Growing up, we would walk to the dock every morning so we could see the boats come in," '
                         "Holt said.", _NEWS),
    ("habit_when_student", '"When I was a student, I would take the night ferry so that I could sit my exams in '
                           'town," Holt said.', _NEWS),
    ("habit_every_year", '"Every year we would wait for the council to act, and every year it would let us down," '
                         "Holt said.", _NEWS),
    ("column_past_perfect", "In high school I'd worked two jobs so I could afford college.", _COLUMN),
    ("column_in_order", "My father took a second job in order that we could all go to college.", _COLUMN),
    ("column_habit", "As children we would go to the dock every Sunday to watch the ferries come in.", _COLUMN),
]


@pytest.mark.parametrize(("name", "sentence", "url"), _MEMORIES, ids=[n for n, _, _ in _MEMORIES])
def test_memory_is_no_outlook(name: str, sentence: str, url: str) -> None:
    assert not any(sentence[5:45] in item for item in _outlook(sentence, url))


_OUTLOOKS = [
    ("plan_so_it_can", "The council will vote next month so it can start building in the spring.", _NEWS),
    ("plan_so_that", "The college will open a second campus so that more students can study near home.", _NEWS),
    ("reported_future_time", "Mayor Jane Holt said the council would borrow money so it could start work next year.",
     _NEWS),
    ("reported_future", "Holt said she would sell the land so she could pay for the campus.", _NEWS),
    ("plan_in_order_to", "The board plans to sell land in order to pay for the new campus.", _NEWS),
    ("quoted_future", '"We will borrow money so we can start work next year," Holt said.', _NEWS),
    ("quoted_every_night", '"I will work every night so the campus can open on time," Holt said.', _NEWS),
    ("column_promise", "I will keep working two jobs so I can pay for my daughter's college.", _COLUMN),
]


@pytest.mark.parametrize(("name", "sentence", "url"), _OUTLOOKS, ids=[n for n, _, _ in _OUTLOOKS])
def test_plan_with_purpose_stays(name: str, sentence: str, url: str) -> None:
    assert any(sentence[5:45] in item for item in _outlook(sentence, url))
