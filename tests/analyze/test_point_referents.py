"""A key point whose subject leans on a "their"/"they"/"its" it gives no referent for is no point (Audit 39 #5).

Audit 39 #5's KP2 was "[O]ur correspondent says their disunity was openly on display ...", lifted from a paragraph
about one side's delegates and shown straight after a point about the other side: "their" read as the wrong party's.
repair_opening only looks at a sentence's first word; a possessive or pronoun subject of the reported clause ("X says
their N ...", "X said they ...") whose sentence names nothing that can be "they" before it leans on a sentence the
reader does not see. "Police said they ...", "The company said its ..." carry their own referent and stay points.
The texts are written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.points_cases import Case, brief_points

LOST_THEIR = Case("lost_their", """\
The health ministry of Norland says hospitals in the north are running out of insulin, and has asked neighbouring \
countries for emergency supplies.

The minister, Ivo Lind, told reporters that the first shipments would arrive within a week.

He said the shortage had been caused by a strike at the country's only import terminal, now in its third week.

The dockworkers' union says its members will not return until a pay deal is signed.

Union leaders met the port's owners on Tuesday for the first time in a fortnight.

But our reporter says their dispute over the strike is deepening the insulin shortage, with talks at the import \
terminal collapsing after an hour.

Pharmacies in the capital have begun limiting sales of insulin to one pack per customer.

Doctors have warned that patients with diabetes could be at serious risk within days.

The ministry said it was also looking at flying supplies in from abroad.
""", ("news",), ("running out of insulin",), ("their dispute",))

SENTENCES = [
    ("Union leaders met the owners. But our reporter says their differences were plain to see.", 1, True),
    ("The match ended late. The correspondent said they had never seen such a crowd at the ground.", 1, True),
    ("Talks resumed on Monday. A witness says its roof collapsed within minutes.", 1, True),
    # near misses: the sentence names who "they"/"its" are before the pronoun
    ("Talks resumed on Monday. Police said they had found the van near the harbour.", 1, False),
    ("Talks resumed on Monday. The company said its profits rose by a third.", 1, False),
    ("Talks resumed on Monday. Residents of the two villages say their homes are at risk.", 1, False),
    ("Talks resumed on Monday. Both sides said they would meet again next week.", 1, False),
    # the referent after a fronted clause (the lead's eval-reader check: a review's thesis was lost)
    ("The sequel is out. Even if its best ideas are borrowed, the new game finds a use for each of them.", 1, False),
    ("The band toured in May. Although they played old songs, the Larks sold out every night.", 1, False),
]


@pytest.mark.slow
def test_lost_referent_is_no_key_point() -> None:
    """The report leads with its news, and the line whose "their" has no referent is no key point."""
    genre, points = brief_points(LOST_THEIR)
    assert genre in LOST_THEIR.genres, genre
    assert points and any(LOST_THEIR.lead[0] in p for p in points[:2]), points
    assert not any(b in p for p in points for b in LOST_THEIR.banned), points


@pytest.mark.parametrize(("text", "index", "lost"), SENTENCES, ids=[f"s{i}" for i in range(len(SENTENCES))])
def test_lost_referent(text: str, index: int, lost: bool) -> None:
    """Whether a sentence's subject pronoun has no referent in the sentence itself."""
    from newsbrief.analyze.point_padding import no_referent

    doc = annotate(Article(text=text, source=Source()))
    assert no_referent(doc, doc.sentences[index]) is lost
