"""An opening question answered flatly at once is the point, shown with its question (Audit 51 #11's class).

A death-hoax debunk opened "Is X dead? No, she isn't, but ...": the fake police quote ("There is even a fake quote
...", a detail) led the key points and the answer came second without the question that names her (point_setups).

The article is written for this test.
"""

from __future__ import annotations

from tests.analyze.points_cases import Case, brief_points

HOAX = Case("question_answered_at_once", """\
Is Dara Quinn dead? No, she isn't, but a string of websites would like her fans to believe the singer has died \
once again. The Music Weekly reported on March 3 that Quinn had become the target of yet another celebrity \
death hoax. However many times the websites kill her off, she keeps on touring and recording.

A story on a fake news website claims that the 41-year-old singer was found dead in her London flat on Sunday.

It says that a neighbour called the police after hearing a loud noise, and that officers found her on the floor.

There is even a fake quote from a police officer.

"We found no signs of a break-in, and we are waiting for the results of the tests," the invented officer says.

As the story spread, fans began posting messages of grief on social media.

This is the third time this year that fans have believed a hoax about the singer.

Her manager told the Music Weekly that Quinn was alive and well and laughing at the story.
""", ("factcheck", "news", "opinion"), ("Is Dara Quinn dead? No, she isn't",), ("There is even a fake quote",))


def test_the_flat_answer_leads_with_its_question() -> None:
    genre, points = brief_points(HOAX)
    assert genre in HOAX.genres
    assert any(p.startswith(HOAX.lead[0]) for p in points[:2]), points
    assert not any(HOAX.banned[0] in p for p in points[:2]), points
