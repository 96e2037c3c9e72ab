"""Audit 51 (docs/audit.md section 52), Timeline. Articles written for these tests.

- #4: "29 April", the day of a demonstration a boy attended, was put on a committee's later finding. The date
  hangs on a "when" clause inside a participle about a noun inside a relative clause: a noun's detail, not the
  finding's time (analyze/date_targets.py, an adverbial clause is one more lower link).
- #11: "The Hollywood Reporter stated on Nov. 8, 2014" was the entry: the shorter wording cut the reported clause
  off its reporting verb. A cut that leaves the date's verb without its object or reported clause is no wording
  (analyze/date_wording.py).
- #5: "the Deepwater Horizon rig, which exploded on 20 April" lost its day: a comma-set relative clause whose
  subject is a named thing tells that thing's dated event (analyze/date_events.py).
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.timeline import analyze_timeline
from newsbrief.models import Article, Candidate, Source, TimelineEvent
from newsbrief.nlp.annotate import annotate


def _entries(text: str, published: str | None) -> list[tuple[str, Candidate]]:
    doc = annotate(Article(text=text, source=Source(title="Test", date=published)))
    entries = []
    for candidate in analyze_timeline(doc, build_context(doc)):
        assert isinstance(candidate.item.payload, TimelineEvent)
        entries.append((candidate.item.payload.date, candidate))
    return entries


def _dates(text: str, published: str | None) -> list[str]:
    return [iso for iso, _ in _entries(text, published)]


@pytest.mark.parametrize("published", [None, "2019-06-20"])
def test_a_date_deep_in_a_nouns_relative_clause_does_not_date_the_finding(published: str | None) -> None:
    text = ("A panel appointed by the ministry has published its report on the death of a young miner.\n\n"
            "The panel found no sign of neglect at the pit, apparently backing the company's claim that the "
            "miner died from injuries suffered when he entered a closed tunnel on 12 March.")
    assert _dates(text, published) == []


@pytest.mark.parametrize("published", [None, "2019-06-20"])
def test_near_miss_a_when_clause_on_the_main_verb_keeps_its_date(published: str | None) -> None:
    text = ("The miners' union has called a strike.\n\n"
            "The union's leader resigned when the company closed the pit on 12 March.")
    assert _dates(text, published) == ["2019-03-12" if published else "--03-12"]


def test_a_reporting_act_is_not_cut_from_what_it_reported() -> None:
    text = ("Is the singer retiring? The rumour has spread across social media for a week.\n\n"
            "The Daily Courier reported on Feb. 3, 2016, that the singer had cancelled the last dates of her tour "
            "because of a throat infection.")
    entries = _entries(text, "2016-02-10")
    assert [iso for iso, _ in entries] == ["2016-02-03"]
    candidate = entries[0][1]
    assert candidate.short is None or "cancelled" in candidate.short
    assert "cancelled the last dates" in candidate.item.text


def test_near_miss_a_reporting_verb_with_its_clause_before_the_date_may_still_be_cut() -> None:
    text = ("Hospital staff have voted to strike.\n\n"
            "Nurses at the city hospital walked out on Monday, after talks on pay and staffing broke down for the "
            "third time this year and managers refused to return to the table.")
    entries = _entries(text, "2016-02-10")
    assert [iso for iso, _ in entries] == ["2016-02-08"]
    assert entries[0][1].short == "Nurses at the city hospital walked out on Monday"


@pytest.mark.parametrize("published", [None, "2010-06-02"])
def test_a_named_things_aside_tells_its_dated_event(published: str | None) -> None:
    text = ("Prosecutors have opened an inquiry into the companies that ran the platform.\n\n"
            "Firms that worked on the Sea Falcon platform, which sank on 14 April after a fire, include its "
            "operator and two service companies.")
    entries = _entries(text, published)
    assert [iso for iso, _ in entries] == ["2010-04-14" if published else "--04-14"]
    assert entries[0][1].item.text == "[T]he Sea Falcon platform, which sank on 14 April"


def test_near_miss_an_aside_about_an_unnamed_thing_or_done_to_it_gives_no_entry() -> None:
    text = ("Prosecutors have opened an inquiry into the companies that ran the platform.\n\n"
            "Firms that worked on the platform, which sank on 14 April after a fire, include its operator.\n\n"
            "Buyers of the Sea Falcon platform, which the firm sold on 2 March to a rival, include its operator.")
    assert _dates(text, None) == []


def test_a_day_written_out_in_a_quoted_statement_is_an_event() -> None:
    # Audit 51 #9: an agency's statement dated the rumour it answered; a quotation's full day is its record
    text = ("The health agency says there are no confirmed cases of the fever in the region.\n\n"
            '"On 14 October, 2015, two local radio stations reported a rumour of fever cases in the port city," '
            "the agency said in a statement.")
    assert _dates(text, None) == ["2015-10-14"]


def test_near_miss_a_speakers_year_in_a_quotation_stays_background() -> None:
    text = ("The mayor opened the new flood barrier on the river.\n\n"
            '"In 1998 the water reached the church steps," the mayor said at the ceremony.')
    assert _dates(text, None) == []


def test_a_past_date_the_parse_hangs_on_a_will_clause_dates_nothing_there() -> None:
    # Audit 51 #12: "in April" after a relative clause past the commas was hung on "will secure"; the doubts get
    # no date, and the aside the date ends is told on its own (session 35, analyze/date_events._told_by_an_aside)
    text = ("Families of the kidnapped workers met the minister.\n\n"
            "The video raises doubts about whether the talks will secure the release of the engineers, who were "
            "seized from a pumping station near Dara, in the north, in April.")
    assert [(iso, c.item.text) for iso, c in _entries(text, "2014-11-01")] == [
        ("2014-04", "[T]he engineers, who were seized from a pumping station near Dara, in the north, in April")]


def test_near_miss_a_coming_date_on_a_will_clause_stays() -> None:
    text = ("The city council met on the budget.\n\n"
            "The council will close the old library in March, officials said.")
    assert _dates(text, "2014-11-01") == ["2015-03"]
