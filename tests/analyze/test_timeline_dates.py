"""Which dates the timeline shows, and how: weekdays with dates, model years, limits, nowadays.

Short articles written for these tests, one per cause of a wrong or missing timeline entry
seen in reader Audit 4 (docs/audit.md, section 5.4 pattern 2 and 5.5 "Key dates").
"""

from __future__ import annotations

from newsbrief.analyze.context import build_context
from newsbrief.analyze.timeline import analyze_timeline
from newsbrief.models import Article, Source, TimelineEvent
from newsbrief.nlp.annotate import annotate


def _events(text: str, published: str) -> list[tuple[TimelineEvent, str]]:
    doc = annotate(Article(text=text, source=Source(title="Test", date=published)))
    events = []
    for candidate in analyze_timeline(doc, build_context(doc)):
        assert isinstance(candidate.item.payload, TimelineEvent)
        events.append((candidate.item.payload, candidate.item.text))
    return events


def _labels(text: str, published: str) -> list[str]:
    return [event.label for event, _ in _events(text, published)]


def test_a_weekday_written_with_its_date_is_that_date() -> None:
    text = ("The folk duo Larkspur announced a reunion tour on Monday.\n\n"
            "Tickets for the tour go on sale at 10 a.m. Friday, Dec. 6.")
    events = {event.label: event for event, _ in _events(text, "2019-11-19")}
    assert "6 December 2019" in events
    assert events["6 December 2019"].expression == "Friday, Dec. 6"
    assert "22 November 2019" not in events  # not the coming Friday


def test_a_month_after_and_takes_the_tense_of_its_own_clause() -> None:
    text = ("The harbour museum collected letters from sailors' families and from October onward they "
            "will be published online as a weekly series.")
    assert _labels(text, "2018-09-15") == ["October 2018"]


def test_a_model_year_is_not_a_date() -> None:
    text = ("The carmaker showed three new models at the motor show in Turin.\n\n"
            "The 2027 Corvo Sport will reach 100 km/h in under four seconds.\n\n"
            "The 2027 models will go on sale in the spring.")
    events = _events(text, "2026-03-17")
    assert all("Corvo" not in sentence for _, sentence in events)
    assert all(not sentence.startswith("The 2027 models") or event.date != "2027" for event, sentence in events)
    # A year before the name of an event still dates it.
    assert _labels("The 2028 Winter Games will open in the mountains above the city.", "2026-03-17") == ["2028"]


def test_a_year_naming_a_thing_in_a_statement_about_now_dates_nothing() -> None:
    text = ("Dr Amara Okafor has argued that breeders spread the original 2004 strain through crowded sheds.\n\n"
            "The sprinter won two medals at the 2012 Games in London.")
    events = _events(text, "2026-03-17")
    assert [event.date for event, _ in events] == ["2012"]


def test_today_as_nowadays_is_not_an_event() -> None:
    text = ("Venice has battled floods since the Middle Ages and continues to struggle with high water today.\n\n"
            "The stars we observe today formed billions of years ago.\n\n"
            "City ministers meet today to discuss the flood barrier.")
    events = _events(text, "2026-03-17")
    assert [sentence for _, sentence in events] == ["City ministers meet today to discuss the flood barrier."]


def test_a_rate_and_a_count_from_a_past_event_are_not_dates() -> None:
    text = ("For residents, breathing the smoke was like smoking 40 cigarettes in a day.\n\n"
            "The first case was found on a farm in 2001, and within a year it had spread across the region.")
    assert [event.date for event, _ in _events(text, "2026-03-17")] == ["2001"]


def test_limits_are_labelled_as_limits() -> None:
    text = ("The health ministry ordered the closure of schools in the capital until 6 May.\n\n"
            "A vaccine is unlikely to be ready for wide use before October.\n\n"
            "The government will open a clinic in every school by 2012.")
    labels = _labels(text, "2009-04-26")
    assert labels == ["until 6 May 2009", "before October 2009", "by 2012"]


def test_a_passed_limit_in_a_rule_is_not_an_event() -> None:
    text = ("The water law prohibited sowing before May 10 and planting out before June 10.\n\n"
            "Farmers burned their fields on Monday.")
    assert _labels(text, "2019-11-08") == ["4 November 2019"]


def test_a_present_tense_relative_clause_puts_a_day_ahead() -> None:
    text = "The magazine reported details of the reunion tour that stops at the lakeside arena on July 22."
    assert _labels(text, "2019-11-19") == ["22 July 2020"]


def test_the_tail_of_a_split_sentence_is_no_event() -> None:
    text = ("In my report, Is Farming To Blame? of 2006, I set out how the virus moved between farms.\n\n"
            "The ministry opened an inquiry in March 2009.")
    events = _events(text, "2009-04-28")
    assert [event.date for event, _ in events] == ["2009-03"]
    assert all(not sentence[:1].islower() for _, sentence in events)


def test_a_day_something_begins_on_is_labelled_from() -> None:
    text = "The college was closed for a week from yesterday after a pupil fell ill with the virus."
    assert _labels(text, "2009-05-29") == ["from 28 May 2009"]


def test_a_dated_sentence_opening_with_it_is_told_with_the_sentence_before() -> None:
    text = ("Work has begun on a vaccine against the new strain, which will enter clinical trials within months.\n\n"
            "But it is unlikely to be ready for general use until October.")
    events = _events(text, "2009-05-29")
    assert [event.label for event, _ in events] == ["until October 2009"]
    assert events[0][1] == text.replace("\n\n", " ")


def test_an_opening_this_year_is_written_out_not_paired_or_bracketed_as_the_year() -> None:
    text = ("Together, the storms made the winter the wettest on record.\n\n"
            "This year, the city council banned building on the flood plain.")
    events = _events(text, "2026-03-17")
    assert [(event.label, sentence) for event, sentence in events] == [
        ("2026", "[In 2026], the city council banned building on the flood plain.")]


def test_a_target_of_a_plan_told_in_the_past_perfect_is_not_expected() -> None:
    # check 8: a production target "until 2015" that the firm "had banked on" (and is scrapping) was
    # shown as an expected event
    text = ("The ferry company will drop its timetable targets this week.\n\n"
            "The company had counted on new ships to help it reach its target of carrying 2 million "
            "passengers a year until 2030.\n\n"
            "The first new ship will enter service in 2027.")
    labels = _labels(text, "2025-01-30")
    assert "until 2030" not in labels and "2030" not in labels, labels
    assert "2027" in labels
