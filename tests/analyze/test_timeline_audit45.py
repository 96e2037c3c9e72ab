"""Reader Audit 45, Timeline (docs/audit.md 46.2): 0 of 3 dates right. A founding year told of a participant
("It was formed in 2009 after ...") heads the sentence before it, whose own event is of the article's time;
a year of a sentence opened by a possessive ("Its oil company tried to buy ... in 2005") heads the sentence
before it, which tells another event; a data-box stamp run into the text ("Data: a wire service as of
6 July 2010 Or else ...") is furniture. Articles written for this test; first score in the commit message."""

from __future__ import annotations

import pytest

from tests.analyze.test_timeline_audit20 import _entries as entries_of  # one reading of the timeline


def _entries(text: str) -> list[tuple[str, str]]:
    """(date, entry text) of each timeline entry of ``text``, published 3 June 2010."""
    return entries_of(text, "2010-06-03")


@pytest.mark.parametrize(("text", "date"), [
    # a founding year of a participant, in an appositive or relative clause
    ("The Northern Workers Party, formed in 2004, marched through the town centre.", "2004"),
    ("The Harbour Trust, which was set up in 1998, protested outside the council offices.", "1998"),
    ("A veterans' group founded in 2006 staged a rally outside parliament.", "2006"),
    # a founding year told by the next sentence with a pronoun: the pair would date the first event
    ("The march in Dunmore was organised by the Coastal Defence Front, a nationalist group. "
     "It was formed in the spring of 2007 after a dispute over a local mosque.", "2007"),
    ("The strike was called by the Dockers Alliance, a breakaway union. "
     "It was founded in 2003 when members left the larger union.", "2003"),
    # a possessive opening: the dated event is the possessed thing's, not the sentence before's
    ("Brazil is also mentioned as a possible bidder. "
     "Its state mining company tried to buy a Canadian rival in 2006, only to be blocked by regulators.", "2006"),
    ("The Germans are seen as likely buyers. "
     "Their largest utility attempted to take over a Spanish group in 2007 but was rebuffed.", "2007"),
    # a data-box stamp run into the next sentence
    ("Shares lowest point (on 12 May): 210p (40% fall) Bond spread (10 years): 3.2% "
     "Data: Reuters as of 1 June 2010 Or the company could be bought cheaply by a rival.", "2010-06-01"),
    ("Market value: £4bn Source: Datastream as of 28 May 2010 Either way the board faces a hard summer.",
     "2010-05-28"),
])
def test_a_background_or_borrowed_date_is_no_entry(text: str, date: str) -> None:
    assert [e for d, e in _entries(text) if d == date] == []


@pytest.mark.parametrize(("text", "date"), [
    # near misses: the date is the main event's own
    ("The Northern Workers Party was formed in 2004 by former trade unionists.", "2004"),
    ("The company was founded in 1998 in a garage in Leeds.", "1998"),
    ("Dock workers formed a new union on 12 May.", "2010-05-12"),
    ("A relief fund was set up on 12 May to help the victims.", "2010-05-12"),
    ("The march in Dunmore was organised by a nationalist group. "
     "It ended in clashes with police on 12 May.", "2010-05-12"),
    ("The state mining company tried to buy a Canadian rival in 2006.", "2006"),
    ("Shares fell to 210p on 12 May, a 40% drop.", "2010-05-12"),
    ("The board met on 1 June 2010 to discuss the offer.", "2010-06-01"),
])
def test_the_main_events_own_date_keeps_its_entry(text: str, date: str) -> None:
    assert [d for d, _e in _entries(text)] == [date]


@pytest.mark.parametrize(("text", "date"), [
    # near misses of the data-box rule: a date followed by a capital with no label before it
    ("In July 2009 Congress passed the bill.", "2009-07"),
    ("The rules changed: on 12 May the regulator banned short selling.", "2010-05-12"),
])
def test_an_unlabelled_date_before_a_capital_keeps_its_entry(text: str, date: str) -> None:
    assert date in [d for d, _e in _entries(text)]
