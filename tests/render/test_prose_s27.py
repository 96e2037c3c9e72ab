"""Reader Audit 42 (docs/audit.md 43) #3, prose essay: '"No" [the senator] said, such resolutions mattered.' was told
without the question it answers, so the reader cannot tell what he denied. A quotation that opens on a bare answer
("No", "Yes", "Absolutely") leans on the sentence before it, like an opening "it" or "this": the essay tells it only
right after that sentence. Sentences that open on the same words and state news stay. The lines are written for
these tests."""

from __future__ import annotations

import pytest

from newsbrief.render.prose_context import leans_back

ANSWERS = (
    '"No," the senator said, such resolutions still mattered.',
    '"Yes," she replied. "We expect a vote within the week."',
    "'Absolutely not,' said the minister, who called the plan reckless.",
    '"Of course," Ms Varga said when asked whether the talks would go on.',
    "“No.” The envoy would not say more.",
)
NEWS = (
    "No one was hurt in the fire, the brigade said.",
    "No decision has been taken on the bridge, the council said.",
    "Yes Minister was the most repeated comedy of the decade, the broadcaster said.",
    '"No deal is better than a bad deal," the minister said on Tuesday.',
    "Absolutely nothing was left of the warehouse by morning.",
)


@pytest.mark.parametrize("text", ANSWERS)
def test_a_bare_answer_leans_on_its_question(text: str) -> None:
    assert leans_back(text)


@pytest.mark.parametrize("text", NEWS)
def test_news_opening_on_the_same_words_stands_alone(text: str) -> None:
    assert not leans_back(text)
