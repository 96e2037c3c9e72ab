"""Near-misses from the session 15 code review of the session's new rules (texts written for these tests).

Each is an ordinary news sentence one of the new rules misread: a list of names signed like readers' comments,
an agenda ("must be the top priority") read as a thing's requirement, consumer news read as a snark column
("Good news for ...", "Of course, ..."), a country one letter off a person's surname folded into him.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.genre_shapes import snarks
from newsbrief.analyze.section_calls import not_a_call
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.reader_questions import read_reader_qa
from newsbrief.nlp.speech import _Doc
from tests.nlp.test_speakers_session15c import _actors


@pytest.mark.slow
def test_a_list_of_signed_names_is_no_comment_page() -> None:
    text = ("The winner will be announced in Zurich next month, the federation said on Monday.\n\n"
            "- Lionel Messi, Argentina\n\n- Kylian Mbappe, France\n\n- Erling Haaland, Norway")
    doc = annotate(Article(text=text, source=Source()))
    assert read_reader_qa(_Doc(doc)) is None


@pytest.mark.slow
@pytest.mark.parametrize("sentence", [
    "Education must be the top priority for the next government.",
    "Road safety has to be a national concern.",
])
def test_an_agenda_is_still_a_call(sentence: str) -> None:
    doc = annotate(Article(text=sentence, source=Source()))
    modal = next(t for t in doc.tokens if t.lemma.lower() in ("must", "have"))
    assert not not_a_call(doc, modal)


@pytest.mark.slow
def test_consumer_news_is_no_snark_column() -> None:
    text = ("Good news for rail passengers: fares will rise by less than expected next year. If you travel at "
            "peak times, you will pay about 2 percent more. Of course, season ticket holders are protected by "
            "the cap. Your refund rights do not change, the regulator said. Off-peak fares are frozen.")
    doc = annotate(Article(text=text, source=Source()))
    ctx = build_context(doc)
    own = [s for s in doc.sentences if ctx.voice_of(s.index).voice == "reporter"]
    assert not snarks(own)


@pytest.mark.slow
def test_a_country_is_not_folded_into_a_person() -> None:
    text = ("Bob Swain, a trade official, said exports to Spain rose by a tenth last year. Spain's economy grew "
            "faster than expected. Swain said the figures were encouraging.")
    people = [n for n, a in _actors(text).items() if a.type == "person"]
    assert not any("Spain" in a.aliases for n, a in _actors(text).items() if n in people)
