"""A newest-first live page with four-digit clock stamps (reader Audit 17, docs/audit.md 18.3-18.4).

The page below is written for this test in the shape of a broadcaster's "as it happened" page: its
entries run from the evening at the top back to the morning at the bottom, and it opens with the
sign-off of the night. The audit found the morning's first entry given as the Conclusion (on such a
page the end of the text is the start of the day) and the stamps printed at the front of items.
"""

from __future__ import annotations

import re

from newsbrief.models import Brief, RawDocument
from newsbrief.pipeline import brief_source
from newsbrief.settings import Settings

PAGE = """Earthquake in the islands: as it happened

2350 We are closing this live page for the night. For the latest news, please go to our main news page.

2215 The Red Cross now estimates that between 20,000 and 30,000 people died in the earthquake, a spokesman told reporters in Geneva.

2040 Aid flights into the main airport were suspended for three hours after the control tower lost power, officials said.

1815 The prime minister said the government would rebuild every school destroyed by the quake within two years.

1530 Rescue teams from six countries are now working in the capital, where dozens of buildings collapsed.

1205 The United Nations said 150 of its staff were still missing after its headquarters collapsed.

0930 Survivors spent the night in the streets, afraid to go back into damaged homes, our correspondent says.

0810 Welcome to our coverage of the earthquake that struck the islands last night. The scale of the disaster is still emerging.
"""


def _brief(page: str = PAGE) -> Brief:
    return brief_source(RawDocument(content=page.encode(), filename="live.txt"), Settings())


# The same page signed off just after midnight: its stamps run 0005, 2350, 2215 ... 0810, newest first
# across midnight (reader Audit 17's page closed at "0000", and its stamps were then read as years).
PAST_MIDNIGHT = PAGE.replace("2350 We are closing", "0005 We are closing")


def test_stamps_across_midnight_are_clock_times_not_years() -> None:
    brief = _brief(PAST_MIDNIGHT)
    timeline = brief.section("timeline")
    dates = [getattr(item.payload, "date", "") for item in (timeline.items if timeline else ())]
    assert not any(d[:2] in ("18", "19", "20", "21", "22", "23") and len(d) == 4 for d in dates), dates
    conclusion = brief.section("conclusion")
    texts = [item.text for item in (conclusion.items if conclusion else ())]
    assert all("Red Cross" in t or "Aid flights" in t for t in texts), texts
    assert not any("Welcome to our coverage" in t for t in texts), texts


def test_the_close_of_a_newest_first_page_is_its_latest_news() -> None:
    brief = _brief()
    conclusion = brief.section("conclusion")
    texts = [item.text for item in (conclusion.items if conclusion else ())]
    # the close is the latest news; when the key points show it already, compose drops it as a repeat
    assert not any("Welcome to our coverage" in t or "scale of the disaster" in t for t in texts), texts
    assert not any("closing this live page" in t or "main news page" in t for t in texts), texts
    # the latest news (the Red Cross toll, or the entry after it when the toll is a key point already)
    assert all("Red Cross" in t or "Aid flights" in t for t in texts), texts


def test_no_item_opens_with_a_clock_stamp() -> None:
    brief = _brief()
    for section in brief.sections:
        for item in section.items:
            assert not re.match(r"\d{4}:?\s+[A-Z]", item.text), (section.name, item.text)


def test_no_rendered_line_carries_a_stamp_as_a_figure_or_its_time() -> None:
    from newsbrief.render.markdown import render_markdown

    page = PAGE.replace("\n\n0930 ", "\n\n1105 Rescuers spent five hours freeing a man from the rubble of a hotel.\n\n0930 ")
    markdown = render_markdown(_brief(page))
    assert not re.search(r"^- \d{4}:? [A-Z]|\(\d{4}\)", markdown, re.M), markdown


def test_the_conclusion_analyzer_offers_the_latest_entries() -> None:
    from newsbrief.analyze.conclusion import analyze_conclusion
    from newsbrief.analyze.context import build_context
    from newsbrief.models import Article, Source
    from newsbrief.nlp.annotate import annotate

    doc = annotate(Article(text=PAGE.split("\n", 2)[2], source=Source(title="Live")))
    texts = [item.text for item in analyze_conclusion(doc, build_context(doc))]
    # the top entry's main line; the entry below it only when it states where the story stands (a toll, an
    # outcome): "Aid flights ... were suspended" is a detail of the day (reader Audit 37 #7, session 23)
    assert texts == [t for t in texts if "Red Cross" in t] and len(texts) == 1, texts
