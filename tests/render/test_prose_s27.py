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


_ARGUMENT = ("The city's plan to close three libraries is a mistake that will cost far more than it saves. "
             "Libraries are the last warm public rooms open to everyone, and closing them pushes the cost onto "
             "shelters and clinics. The council says the closures save 2 million pounds a year, but that sum "
             "ignores what the city will spend elsewhere. Councillors should find the money in the roads budget "
             "instead.")


@pytest.mark.parametrize(("author", "named"), [
    ("Wesley Clark", "Wesley Clark"),
    ("Jane Roe, Southern Africa correspondent", "Jane Roe"),  # the byline's title is not part of the name
    ("By the CNN Wire Staff", None),  # a desk, not a writer
    (None, None),
])
def test_an_argument_piece_names_its_writer(author: str | None, named: str | None) -> None:
    """Audit 42 #6: a contributor's commentary never said whose it was. The essay of an opinion or analysis piece
    tells its claims in its writer's name when the source names one person, else as "the writer's"."""
    from dataclasses import replace

    from newsbrief.models import Article, Source
    from newsbrief.pipeline import brief_article
    from newsbrief.render.prose import render_prose
    from newsbrief.settings import Settings

    brief = brief_article(Article(text=_ARGUMENT, source=Source(author=author)), Settings())
    essay = render_prose(replace(brief, genre="opinion"))
    expected = f"{named} adds that" if named else "The writer adds that"
    assert expected in essay, essay
