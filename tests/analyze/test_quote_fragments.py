"""Labelled cases for what the Quotes and Who says what lists hold (issue #11, Audit 12 patterns).

A programme's or publication's title in quotation marks is no one's quote, even with the sentence's
full stop inside its marks ('told "Weekend Morning Report."'); a quotation closed with a double prime (″)
ends there and does not run on into the reporter's text; a short fragment whose meaning lies in the
words left out ("far from rosy.", "I can't right now.", "five or six steps away") is no entry of the
Quotes list, and background chatter ('"Right, sure," says a woman's voice.') is no one's position;
an apology or an expression of regret is a statement, not a recommendation. Near misses keep their
place: short full sentences, long phrases that carry their point, and real recommendations.
The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.positions import analyze_positions
from newsbrief.analyze.quotes import analyze_quotes
from newsbrief.models import Article, Document, PositionInfo, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import quote_spans

pytestmark = pytest.mark.slow

BUDGET = """Talks on the city budget stalled again on Sunday as both parties traded blame over the transport levy.

"The council majority wants everything its own way," deputy mayor Ines Karlsen told "Weekend Morning Report." \
"They think the only plan worth having is theirs."

Councillor Tom Bratt, speaking on "City Hour With Jan Olsen," said the levy would hurt small shops.

Karlsen said the mood at the town hall was "far from rosy." She said the talks had gone on for eleven hours.

Asked whether she would resign, she replied: "I can't right now."

Bratt said shops could lose trade "five or six steps away" from the new bus lanes.

"We will not sign a budget that taxes every delivery van in the city," Bratt said.

"It Was A Disaster." said Karlsen of the last round.

"Sorry," Bratt said.

Karlsen expressed regret over the delay, saying the council felt "deep sorrow for a stalemate which should never \
have happened".

Bratt urged the council to publish the full accounts before the next meeting.
"""

PHONE = """The maker of the Vela X2 phone said on Tuesday it would stop selling the handset after reports of \
batteries overheating.

A company spokesman confirmed the firm "has stopped all production of the Vela X2″, hours after its shares fell by \
a fifth. Analysts expect the recall to cost more than two billion dollars.

"Customers should switch off their phones and bring them back to any store," the spokesman said.
"""

VIDEO = """A video posted online shows the moments before the crash on the coast road.

In the clip, a driver talks about the weather. "It is getting dark. The road is wet. Right, sure," says a \
woman's voice.

Police spokesman Karl Dunne said the video would help the inquiry. "We are asking anyone with more footage to \
come forward," Dunne said.
"""


def _doc(text: str) -> Document:
    return annotate(Article(text=text, source=Source(title=None, date="2025-05-01")))


@pytest.fixture(scope="module")
def budget() -> Document:
    return _doc(BUDGET)


@pytest.fixture(scope="module")
def phone() -> Document:
    return _doc(PHONE)


@pytest.fixture(scope="module")
def video() -> Document:
    return _doc(VIDEO)


def _quotes(doc: Document) -> list[str]:
    return [item.text for item in analyze_quotes(doc, build_context(doc))]


def _listed(quotes: list[str], words: str) -> bool:
    return any(words in q for q in quotes)


@pytest.mark.parametrize(("words", "expected"), [
    ("Weekend Morning Report", False),  # a programme's title after "told", its full stop inside the marks
    ("City Hour With", False),  # a programme's title after "on"
    ("far from rosy", False),  # a phrase cut before its point
    ("I can't right now", False),  # an elliptical reply: the point is in the question
    ("five or six steps away", False),  # a phrase with no clause of its own
    ("The council majority wants everything its own way", True),
    ("We will not sign a budget", True),
    ("It Was A Disaster.", True),  # a short full sentence, however capitalised
    ("deep sorrow for a stalemate which should never", True),  # a long phrase that carries its point
])
def test_quotes_list(budget: Document, words: str, expected: bool) -> None:
    assert _listed(_quotes(budget), words) is expected


def test_double_prime_closes_a_quotation(phone: Document) -> None:
    text = phone.article.text
    spans = [text[s:e] for s, e in quote_spans(text)]
    assert any(span.startswith('"has stopped') and span.endswith("X2″") for span in spans)
    assert not any("hours after" in span for span in spans)


def test_double_prime_as_inch_mark_is_no_quotation() -> None:
    text = 'The screen measures 6.2″ across. "We sold out in a day," the manager said.'
    spans = [text[s:e] for s, e in quote_spans(text)]
    assert spans == ['"We sold out in a day,"']


def _positions(doc: Document) -> list[tuple[str, str, str]]:
    return [(item.payload.speaker, item.payload.stance, item.text) for item in analyze_positions(doc, build_context(doc))
            if isinstance(item.payload, PositionInfo)]


def test_chatter_is_no_position(video: Document) -> None:
    positions = _positions(video)
    assert not any(text.startswith("Right, sure") for _, _, text in positions)
    assert any(speaker == "Karl Dunne" for speaker, _, _ in positions)


def test_regret_is_a_statement(budget: Document) -> None:
    stances = {text.split(",")[0]: stance for _, stance, text in _positions(budget)}
    assert stances.get("Karlsen expressed regret over the delay") == "asserts"


def test_a_real_call_stays_a_recommendation(budget: Document) -> None:
    stances = {text: stance for _, stance, text in _positions(budget)}
    urged = [s for text, s in stances.items() if text.startswith("Bratt urged")]
    assert urged in ([], ["recommends"])
    assert "recommends" in [s for _, s, text in _positions(_doc(
        "Health officials urged parents to vaccinate their children before the winter. \"Families should act "
        "now,\" said Dr Lena Moss, the region's chief medical officer."))]
    # an obligation ("should have to"), not a judgement of the past
    assert "recommends" in [s for _, s, text in _positions(_doc(
        "Drivers queued for hours at the border on Friday. \"No driver should have to wait two hours to cross,\" "
        "said Pia Holm, who leads the hauliers' union."))]
