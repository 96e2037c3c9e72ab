"""An act the report names only in passing leads when its lede is lost (Audit 51 #5's class, session 34).

The page kept no lede: the report opened on "She would not say which airlines ...", and the only sentence telling the
news, "Announcing the safety review, Transport Minister Ana Ruiz said: ...", was in no key point; a side thread (the
runway's repair) led. With its lede whole the report keeps it first.

The articles are written for these tests.
"""

from __future__ import annotations

from tests.analyze.points_cases import Case, brief_points

_BODY = """\
Earlier, the airport reopened its second runway after three days of repairs to the cracked concrete.

The airport said flights might be back to normal within two days, but delays were still likely.

Shares in the airport's owner fell sharply on Monday after the runway was closed for a third time this year.

Announcing the safety review, Transport Minister Ana Ruiz said: "We will look closely at every landing at this \
airport since January."

Ms Ruiz, who visited the airport on Monday, said the airlines had already been told to keep their flight records.

The airport's owner said in a statement that it would help the review in any way it could.

Pilots' unions have complained for years that the runway is too short for the largest jets.
"""

LOST = Case("lost_lede", "She would not say which airlines or pilots were being looked at.\n\n" + _BODY, ("news",),
            ("Announcing the safety review",))
WHOLE = Case("whole_lede", "The government has ordered a safety review of the city airport after a plane skidded off "
             "its runway.\n\n" + _BODY, ("news",), ("has ordered a safety review",))


def test_the_act_named_in_passing_leads_after_a_lost_lede() -> None:
    genre, points = brief_points(LOST)
    assert genre in LOST.genres
    assert LOST.lead[0] in points[0], points


def test_a_whole_lede_keeps_its_place() -> None:
    _, points = brief_points(WHOLE)
    assert WHOLE.lead[0] in points[0], points
