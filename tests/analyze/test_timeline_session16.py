"""Reader Audit 25, Timeline (docs/audit.md 26.4 pattern 4 and 26.3 "Key dates").

1. A year that dates a compared or likened thing ("more than the spill of 1979", "the largest since the
   1979 blowout", "bigger than in 2008") does not date the sentence's own event, and a conditional
   projection ("If it continues at that rate, ... will have entered the Gulf") is no dated event unless it
   has its own coming date.
2. Email headers quoted in a column ("From: A To: B Date: Tue, Jul 29, 2014 at 3:12 PM Subject: ...") are
   metadata: their date opens no entry with header text as its event.
3. A habitual or generic statement about a season ("The serious storms arrive in August and September",
   "Hurricanes usually strike in September") tells no event of the year the month is resolved to.
4. The story's own dated events stay: a strike confirmed "on Sept. 1", a referendum "on 26 February",
   "Friday's aid convoy", a story run "on 26 and 27 November".

Articles written for this test; first score (before the rules, 2026-11-30) in the commit message."""

from __future__ import annotations

import pytest

from newsbrief.nlp.email_headers import header_runs
from tests.analyze.test_timeline_audit20 import _entries as entries_of  # one reading of the timeline

PUBLISHED = "2010-06-01"  # a Tuesday


def _dates(text: str, published: str = PUBLISHED) -> list[str]:
    """The dates of the timeline entries of ``text``."""
    return [d for d, _e in entries_of(text, published)]


@pytest.mark.parametrize(("text", "year"), [
    ("If it continues at that rate, 2.3m barrels will have entered the Gulf, more than the Ixtoc spill of 1979.",
     "1979"),
    ("The leak is now the largest since the 1979 Ixtoc blowout.", "1979"),
    ("The slick is already bigger than the Exxon Valdez spill of 1989.", "1989"),
    ("The fires on the coast are the worst since 1991, officials said.", "1991"),
    ("Output will be far lower than in 2008 if the strike goes on.", "2008"),
    ("At this pace the fund will run dry sooner than the one set up after the 1989 spill.", "1989"),
    ("If prices keep rising, the index will be back at its level in 2008 within a year.", "2008"),
])
def test_a_compared_year_dates_no_event(text: str, year: str) -> None:
    assert not any(d.startswith(year) for d in _dates(text))


@pytest.mark.parametrize(("text", "date"), [
    ("The Ixtoc well blew out in 1979 and spilled oil for nine months.", "1979"),
    ("Engineers will finish the relief well in August.", "2010-08"),
    ("If the cap fails, the company will drill a second relief well by August.", "2010-08"),
    ("The Exxon Valdez ran aground in 1989, more than twenty years ago.", "1989"),
    ("The rig exploded on 20 April, more than any other accident this year.", "2010-04-20"),
    ("More than 20 people died in 2008 when the dam burst.", "2008"),
    ("The plant opened earlier than planned, in 2009.", "2009"),
    ("The work must be finished no later than March 2011.", "2011-03"),
    ("The leak grew faster in May than anyone had expected.", "2010-05"),
    # a count with "more than" is no comparison with a dated thing
    ("More than 150 dresses went on sale at the auction on Saturday.", "2010-05-29"),
    ("Pollsters surveyed more than 1,000 adults between 19 and 25 March.", "2010-03-19"),
    # a projection's date of a side clause is that clause's event
    ("The striker left the club in 2008 and would be the first to return if he signs.", "2008"),
])
def test_the_storys_own_or_a_real_past_event_stays(text: str, date: str) -> None:
    assert any(d.startswith(date) for d in _dates(text))


EMAILS = [
    ("Ann Lee wrote to the editor that night.\n\n"
     "From: Ann Lee To: Tom Marsh Date: Tue, Jul 29, 2014 at 3:12 PM Subject: Re: the story "
     "If I waited for the owner, I would never publish anything.\n\n"
     "Sent: Wednesday, July 30, 2014 10:02 AM To: Ann Lee Subject: your story was wrong\n\n"
     "Marsh did not reply."),
    ("Ann Lee wrote to the editor that night.\n"
     "From: Ann Lee\nTo: Tom Marsh\nDate: Tue, Jul 29, 2014 at 3:12 PM\nSubject: Re: the story\n"
     "If I waited for the owner, I would never publish anything.\n"
     "Marsh did not reply."),
    ("Ann Lee wrote to the editor that night. From: Ann Lee Date: Tue, Jul 29, 2014 at 3:12 PM "
     "To: Tom Marsh Subject: the story I waited for the owner and he never answered me. Marsh did not reply."),
    ("Marsh answered the next morning.\n\n"
     "Sent: Wednesday, July 30, 2014 10:02 AM From: Tom Marsh To: Ann Lee Subject: RE: the story "
     "Your story was wrong and you know it.\n\nLee did not reply."),
]


@pytest.mark.parametrize("text", EMAILS)
def test_email_headers_open_no_entry(text: str) -> None:
    entries = entries_of(text, "2014-08-05")
    assert not any(header in e for _d, e in entries for header in ("From:", "Subject:", "Sent:", "Date:"))


def test_a_sent_date_told_in_a_sentence_stays() -> None:
    text = "Lee sent the email on July 29, 2014, hours after the story ran."
    assert "2014-07-29" in _dates(text, "2014-08-05")


def test_header_runs_are_found() -> None:
    text = "From: Ann Lee To: Tom Marsh Date: Tue, Jul 29, 2014 at 3:12 PM Subject: Re: the story If I waited"
    runs = header_runs(text)
    assert runs and runs[0][0] == 0 and runs[0][1] > text.index("Subject:")


@pytest.mark.parametrize("text", [
    "He said that from: the start to the end, he had been clear.",
    "The subject: money. The date: unknown.",
    "Sent to prison in 2009, he was freed on Monday.",
])
def test_prose_with_a_colon_is_no_header_run(text: str) -> None:
    assert header_runs(text) == []


@pytest.mark.parametrize("text", [
    "The serious storms arrive in August and September.",
    "Hurricanes usually strike the coast in September.",
    "Every April the river floods the lower town.",
    "Storms arrive in August, and the fishermen stay ashore.",
    "The rains typically come in July.",
])
def test_a_habitual_season_is_no_event(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(("text", "date"), [
    ("The storm arrived in August and flattened the pier.", "2009-08"),
    ("The hurricane season begins on 1 June.", "2010-06-01"),
    ("The storms arrived in August 2005.", "2005-08"),
    ("The new rules take effect in July.", "2010-07"),
    ("The minister visits Paris on 12 July for the summit.", "2010-07-12"),
])
def test_a_single_dated_event_stays(text: str, date: str) -> None:
    assert any(d.startswith(date) for d in _dates(text))


@pytest.mark.parametrize(("text", "published", "date"), [
    ("The Pentagon confirmed the strike on Sept. 1 that killed the group's leader.", "2014-09-06", "2014-09-01"),
    ("Officials said the strike on Sept. 1 killed the group's leader.", "2014-09-06", "2014-09-01"),
    ("Syrians will vote in a referendum on 26 February on a new constitution, state television said.",
     "2012-02-15", "2012-02-26"),
    ("Friday's aid convoy was turned back at the checkpoint.", "2012-03-05", "2012-03-02"),
    ("The newspaper ran the story on 26 and 27 November.", "2014-12-12", "2014-11-26"),
])
def test_key_dates_of_the_story_stay(text: str, published: str, date: str) -> None:
    assert date in _dates(text, published)
