"""Ordinary news the session 17 rules misread (session 17 review); each article written for this test."""

from __future__ import annotations

from newsbrief.analyze.conclusion import analyze_conclusion
from newsbrief.analyze.context import build_context
from newsbrief.ingest.repair import without_inline_furniture
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.points_cases import Case, brief_points

# An undated UK-style news lede in the present perfect, then "It is part of a wider pattern" in paragraph 3: the
# nut-graf rule (genre_accounts.nut_graf) made it a feature led by the pattern sentence. A hook shows a scene; a
# present perfect lede states the news.
FLOOD_REPORT = Case("flood_report", """\
Hundreds of homes have been flooded across northern England after heavy rain swept across the region.

Emergency crews used boats to reach residents trapped in their homes in the town of Hebden Bridge.

It is part of a wider pattern of extreme weather that has hit the north of England this winter, with three major \
floods since December.

The Environment Agency issued 40 flood warnings, and forecasters expect more rain later in the week.

Local businesses said the damage would cost millions of pounds to repair.
""", ("news",), ("Hundreds of homes have been flooded",))


def test_a_present_perfect_news_lede_is_no_hook() -> None:
    genre, points = brief_points(FLOOD_REPORT)
    assert genre == "news", (genre, points)
    assert FLOOD_REPORT.lead[0] in points[0], points


# A one-sentence closing paragraph of reported speech whose "he" the paragraph before names: the session 17 rule for an
# unnamed official's "..., he admitted." left such a close out, so the report had no Conclusion.
APPEAL = ("Hartley United have been fined 50,000 pounds and banned from signing players for a year, the league said on "
          "Tuesday.\n\nThe league found the club had broken its rules on payments to agents in three transfers.\n\n"
          "Manager John Smith said the punishment was unfair and far harsher than other clubs had received for similar "
          "breaches.\n\nThe club will appeal against the ban, he said.")


def test_a_named_speakers_closing_he_said_stays_the_conclusion() -> None:
    doc = annotate(Article(text=APPEAL, source=Source(title="Club fined", date="2024-03-14")))
    items = analyze_conclusion(doc, build_context(doc))
    assert [item.text for item in items] == ["The club will appeal against the ban, he said."]


def test_a_reported_find_out_imperative_is_no_promo() -> None:
    # The "Find out more" promo cut (ingest/repair.py) took a reported imperative and its question for a promo and
    # its teaser, and cut the whole paragraph.
    paragraph = "The families asked one question: why? Find out who did this, they told police."
    assert without_inline_furniture(paragraph) == paragraph


def test_a_find_out_promo_is_still_cut() -> None:
    paragraph = ("The window shuts on Friday. Which big name stars could be on the move this summer? Find out the "
                 "latest with Rumor Redux. Clubs have spent 1bn.")
    assert without_inline_furniture(paragraph) == "The window shuts on Friday. Clubs have spent 1bn."
