"""The two main-point misses of reader Audit 49 (docs/audit.md 50.3; issue #11), as classes (analyze/point_alone.py).

- **A stakes hook and a count announced** (#7, a correspondent's analysis): "much is at stake when it comes to ..."
  and "There are two broad but opposing positions" were key points 1 and 2; the point ("Both have tied their
  policies to the fate of the mission") was 3. The hook is no point, the count gives way to the line after it,
  and that line is shown with the count, since its "Both" leans on it.
- **An aside in brackets** (#9, a tech rumour): "(You know, right behind the Apple Watch.)" was key point 2 and the
  rumoured redesign key point 3.
- Near misses: "Much of the city ..." names its thing; "There were three deaths ..." counts things of the story.

All articles are written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.point_alone import counted_setup, parenthetical, vague_subject
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.points_cases import Case, brief_points

STAKES = Case("stakes_and_count", """\
By Hannah Ross, political correspondent

For the city council, much is at stake when it comes to the new harbour plan.

There are two broad but opposing camps on the council.

Both have tied their budgets to the fate of the plan, which goes to a vote next month and would close the old \
docks to lorries.

On one side are the Greens and the Liberals, who see the docks as a source of pollution in the old town.

They want the lorries moved to a new depot outside the ring road, paid for by a tax on freight.

On the other side is the Labour group, which fears the loss of 400 jobs at the docks.

It says the depot would cost more than the council can borrow, and wants the vote put off for a year.

Hence the weight of the port authority's report, due on Friday, which both camps have promised to accept.
""", ("analysis", "news", "opinion"), ("Both have tied their budgets",), ("much is at stake",))

ASIDE = Case("aside_in_brackets", """\
If the latest leaks are right, the biggest phone launch of the year could come from Nokia. (Yes, really, Nokia.) \
According to early reports, Nokia has redesigned its flagship phone, dropping the headphone jack and the \
fingerprint reader for a single sensor under the screen.

The blog PhoneLeaks says the phone will be thinner than any model the company has made, and will go on sale in \
March.

Nokia has not confirmed the reports, and a spokesman declined to comment on what he called speculation.
""", ("news", "analysis"), ("Nokia has redesigned its flagship phone",), ("Yes, really",))


@pytest.mark.parametrize("case", [STAKES, ASIDE], ids=[STAKES.name, ASIDE.name])
def test_point_in_first_two(case: Case) -> None:
    genre, points = brief_points(case)
    assert genre in case.genres
    assert any(phrase in point for point in points[:2] for phrase in case.lead), points
    assert not [phrase for phrase in case.banned if any(phrase in point for point in points)], points


def test_count_shown_with_both() -> None:
    _, points = brief_points(STAKES)
    shown = next(p for p in points if "Both have tied" in p)
    assert shown.startswith("There are two broad but opposing camps on the council. Both have tied"), shown


@pytest.mark.parametrize(("text", "vague", "count", "aside"), [
    ("Much is at stake for the council in next month's vote.", True, False, False),
    ("A lot is riding on the vote for the harbour workers.", True, False, False),
    ("Much of the city was flooded on Monday after the river burst its banks.", False, False, False),
    ("There are two broad but opposing positions in the Council.", False, True, False),
    ("Two questions remain for the investigators.", False, True, False),
    ("There were three deaths in the crash on the coast road.", False, False, False),
    ("There are two reasons, the minister said, why the plan failed so badly and cost so much money last year.",
     False, False, False),
    ("(You know, right behind the Apple Watch.)", False, False, True),
    ("(Reuters) - Shares in the company fell by 4% on Monday after the report.", False, False, False),
], ids=["stake", "a_lot", "much_of", "positions", "questions", "deaths", "long", "aside", "wire_tag"])
def test_classes(text: str, vague: bool, count: bool, aside: bool) -> None:
    doc = annotate(Article(text=text, source=Source()))
    first = doc.sentences[0]
    assert vague_subject(doc, first) is vague
    assert counted_setup(doc, first) is count
    assert parenthetical(first) is aside
