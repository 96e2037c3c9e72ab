"""Labelled cases for what a reader deletes from Quotes (reader Audit 19, issue #11: Quotes 51% deletable).

- A quote whose words a Key point or a Who says what entry already prints (the quote inside a longer
  sentence: ROUGE-L over whole items misses it) adds nothing; the quote goes, the other sections keep theirs.
- A half-quote: a phrase cut from a longer quotation, begun and ended mid-sentence with no clause of its own.
- A reply whose occasion is cut ("They never gave me a chance to respond."): it answers words not shown.
- The words of a source the article calls satire, or of a person it says does not exist, are no one's quote.
- A speaker label is a name, a role or an organisation: never a fragment with a colon in it.

Near misses keep their place: a quote that adds words beyond the key point, a reply that names what it
answers, a phrase quoted at the end of its sentence, and a real expert's quote in a piece about a satire site.
The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.positions import is_nameable
from newsbrief.analyze.quotes import analyze_quotes
from newsbrief.models import Article, Brief, QuoteInfo, RawDocument, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.pipeline import brief_source
from newsbrief.settings import Settings

pytestmark = pytest.mark.slow

TRAMS = """Transport chief Anna Berglund said on Monday that "the tracks under the old stone bridge are cracking \
faster than anyone expected," as the city council approved a plan to close the Riverside tram line for two months \
this summer and to rebuild its busiest stop at Market Square from the ground up.

"We looked at keeping the trams running, but the bridge simply cannot carry them until the new supports are in," \
Berglund told reporters after the vote.

Union leader Piotr Nowak, whose members drive most of the city's trams, said the closure was "a slap in the face \
for every driver who kept this city moving through the winter" and demanded talks with the council before work begins.

Councillor Mia Holm called the plan "a costly and badly timed experiment with the oldest trams in the country" and \
voted against it. She said the council had ignored "years of warnings from its own engineers".

"They never gave me a chance to respond," Holm said of the committee's report on her objections.

"We will respond to the union's letter in writing by Friday," Berglund said.

Two residents' groups asked for a night bus on the route while the line is closed.

"The engineers told us the cracks were spreading faster than anyone expected, so we had no choice but to act \
before the summer crowds arrive," Berglund said at a public meeting on Tuesday evening.

Buses will replace the trams from July 1, and the council expects the line to reopen in early September.
"""

SATIRE = """A story claiming that the city will paint all of its trams pink spread widely on social media this week.

The story first appeared on The Daily Spoof, a satirical news site. It quoted a transport official, Gus Pinkerton, \
who does not exist: "Pink is the colour of progress, and our trams will lead the way."

The site also quoted a fictional commuter, Dora Vale, as saying: "I have waited for a pink tram my whole life, \
and now my dream has come true."

"People share these stories without checking where they come from," said Mia Lund, a media researcher at \
Oslo University.

The city's transport office said no such plan exists and that its trams will stay blue and white.
"""


def _brief(text: str) -> Brief:
    return brief_source(RawDocument(content=text.encode(), filename="article.txt"), Settings())


def _texts(brief: Brief, section: str) -> list[str]:
    found = brief.section(section)
    return [item.text for item in (found.items if found else ())]


def _quotes(brief: Brief) -> list[tuple[str, str | None]]:
    found = brief.section("quotes")
    return [(item.text, item.payload.speaker if isinstance(item.payload, QuoteInfo) else None)
            for item in (found.items if found else ())]


def _offered(text: str) -> list[tuple[str, str | None]]:
    """What the Quotes analyzer offers compose (before repeats of other sections are dropped)."""
    doc = annotate(Article(text=text, source=Source(date="2026-11-30")))
    return [(item.text, item.payload.speaker if isinstance(item.payload, QuoteInfo) else None)
            for item in analyze_quotes(doc, build_context(doc))]


@pytest.fixture(scope="module")
def offered() -> list[tuple[str, str | None]]:
    return _offered(TRAMS)


@pytest.fixture(scope="module")
def offered_satire() -> list[tuple[str, str | None]]:
    return _offered(SATIRE)


@pytest.fixture(scope="module")
def trams() -> Brief:
    return _brief(TRAMS)


@pytest.fixture(scope="module")
def satire() -> Brief:
    return _brief(SATIRE)


def test_quote_inside_key_point_goes(trams: Brief) -> None:
    assert any("cracking faster" in t for t in _texts(trams, "summary")), _texts(trams, "summary")
    assert not any("cracking faster" in q for q, _ in _quotes(trams)), _quotes(trams)


def test_quote_adding_words_beyond_key_point_stays(trams: Brief) -> None:
    # shares "faster than anyone expected" with the key point, and says more
    assert any("no choice but to act" in q for q, _ in _quotes(trams)), _quotes(trams)


def test_quote_inside_who_says_what_goes_and_the_entry_stays(trams: Brief) -> None:
    shown = _texts(trams, "summary") + _texts(trams, "positions")
    assert any("slap in the face" in t for t in shown), shown
    assert not any("slap in the face" in q for q, _ in _quotes(trams)), _quotes(trams)


def test_half_quote_goes(offered: list[tuple[str, str | None]]) -> None:
    assert not any("badly timed experiment" in q for q, _ in offered), offered


def test_reply_without_its_occasion_goes(offered: list[tuple[str, str | None]]) -> None:
    assert not any("chance to respond" in q for q, _ in offered), offered


def test_reply_naming_what_it_answers_stays(offered: list[tuple[str, str | None]]) -> None:
    assert any("respond to the union's letter" in q for q, _ in offered), offered


def _framed(speaker: str | None) -> bool:
    return speaker is not None and any(w in speaker.lower() for w in ("satir", "fake", "fictional", "spoof"))


def test_satire_site_person_is_not_quoted(offered_satire: list[tuple[str, str | None]], satire: Brief) -> None:
    for quote, speaker in offered_satire + _quotes(satire):
        if "colour of progress" in quote or "pink tram" in quote:
            assert _framed(speaker), offered_satire


def test_real_expert_in_satire_piece_keeps_quote(offered_satire: list[tuple[str, str | None]],
                                                 satire: Brief) -> None:
    assert any("without checking" in q and s and "Lund" in s for q, s in offered_satire), offered_satire
    # shown once: in Quotes, or in Who says what (which then holds the words, and the quote goes)
    shown = [q for q, _ in _quotes(satire)] + _texts(satire, "positions") + _texts(satire, "summary")
    assert sum("without checking" in t for t in shown) == 1, shown


@pytest.mark.parametrize("label", ["The crappy: Fake news site", "Update: the ministry", "Verdict:"])
def test_colon_fragment_is_no_speaker(label: str) -> None:
    assert not is_nameable(label)


@pytest.mark.parametrize("label", ["Anna Berglund", "the transport office", "a spokesman for the union"])
def test_names_and_roles_are_speakers(label: str) -> None:
    assert is_nameable(label)


def test_no_quote_speaker_has_a_colon(trams: Brief, satire: Brief) -> None:
    for brief in (trams, satire):
        assert not any(s and ":" in s for _, s in _quotes(brief)), _quotes(brief)


def test_phrase_quoted_at_its_sentence_end_stays(offered: list[tuple[str, str | None]]) -> None:
    assert any("years of warnings" in q for q, _ in offered), offered


PARODY = """A parody news site ran a piece this week about a town that banned umbrellas.

The piece quoted made-up reactions from residents. "Rain never hurt anybody," one wonderfully fake resident said. \
"We should all get wet together."

"Parody works when readers know it is parody," said Ivo Brandt, who teaches journalism at Lund University.

The town council said it has no plans to ban anything.
"""


@pytest.fixture(scope="module")
def parody() -> Brief:
    return _brief(PARODY)


def test_an_invented_persons_next_quote_is_not_theirs_either(parody: Brief) -> None:
    # Lead's check of Audit 19's column: the second sentence of a fake person's quote kept the label
    # "one hilariously fake person" in Quotes and Who says what.
    shown = [q for q, _ in _quotes(parody)] + _texts(parody, "positions")
    assert not any("get wet" in t or "never hurt" in t for t in shown), shown
    assert any("Parody works" in t for t in shown + _texts(parody, "summary")), shown
