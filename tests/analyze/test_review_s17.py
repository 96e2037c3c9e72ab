"""Ordinary news the session 17 rules misread (session 17 review); each article written for this test."""

from __future__ import annotations

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
