"""Key points of a column that announces its thesis as the one certainty, late (session 28, issue #11).

Reader Audit 43 #2: a comment piece opened with set-up ("The regime has been undemocratic and corrupt") and a
step of its argument (questions that "need to be answered"), then stated its forecast as "But one thing is clear
for the future: ...". The brief led with the questions. A certainty the writer announces is the piece's verdict
and leads; the same words in a source's quotation in a news report do not move the lede. Articles written for
these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.pipeline import ExtractiveEngine
from newsbrief.settings import Settings

COLUMN = """The council has never been generous with its libraries. It has cut their hours twice in ten years.

But until this spring, one thing it never did was close a branch outright. When it shut four of them in a single week, readers, teachers and parents were caught unprepared.

There are a lot of questions that need to be answered about how the decision was taken so quickly. In particular, families need to know who was consulted and when.

I have visited the branches that are left. They are full every afternoon, and the queues for the computers run out of the door.

But one thing is clear for the future: councils looking to save money will copy this quiet closure, not the long consultations of the past.

Councillors should insist that no branch closes without a public vote. Readers should ask their councillors where they stand.
"""

REPORT = """The county council voted on Tuesday to close four branch libraries by the end of the year, saving about two million pounds.

The closures were approved by 31 votes to 24 after a three-hour debate.

"One thing is clear: we cannot keep every building open," the council leader, Ann Dale, said after the vote.

Campaigners said they would take the council to court. The branches will close in stages from September.
"""


def _points(text: str) -> list[str]:
    doc = annotate(Article(text=text, source=Source(title=None)))
    brief = ExtractiveEngine(Settings()).brief(doc)
    return [item.text for item in brief.section("summary").items]  # type: ignore[union-attr]


def test_a_column_leads_with_the_certainty_it_announces() -> None:
    points = _points(COLUMN)
    assert "one thing is clear" in points[0]


def test_a_quoted_certainty_leaves_a_reports_lede_first() -> None:
    points = _points(REPORT)
    assert points[0].startswith("The county council voted on Tuesday")


HOOKED = """Kites are best known as toys for a windy beach, and the odd summer festival. But one Welsh engineer is hoping they could, in fact, be the answer to powering remote villages. Dr Sian Morgan, of Bangor University, is building a kite which turns the pull of the wind into electricity. The kites are tethered to a winch on the ground, and each pull on the line turns a generator. Initial trials in Snowdonia were successful, and the team is now moving to a larger site. The university has been given two million pounds for the next stage.
"""


@pytest.mark.xfail(strict=True, reason="a reputation hook ('X is best known for ...') followed by its turn ('But one "
                   "engineer is hoping they could ...') stays a key point: dropping it leaves the turn's 'they' with no "
                   "referent (tried in session 28 and reverted); needs the turn shown with the hook's subject")
def test_a_reputation_hook_gives_way_to_the_news() -> None:
    points = _points(HOOKED)
    assert not any(p.startswith("Kites are best known") for p in points)
    assert any("Dr Sian Morgan" in p for p in points[:2])


KNOWN = """Supermarket loyalty cards are well known to most shoppers, but how the chains use the data is perhaps less understood. A report published on Monday by a consumer group shows that three of the largest chains sell shoppers' buying habits to insurers. The group found that the data included alcohol purchases and the times people shop. Two of the chains said the data was anonymous. The group said it wants the regulator to investigate.
"""

# Near miss: a reputation told as the news itself stays ("is best known for" with no turn on itself).
OBITUARY = """The actor Tom Hale, who is best known for playing the doctor in a long-running hospital drama, has died aged 81. His family said he died peacefully at home in Bristol on Sunday. He appeared in more than 40 films and won two theatre awards. He is survived by his wife and three children.
"""


def test_a_reputation_hook_turning_on_itself_is_no_key_point() -> None:
    points = _points(KNOWN)
    assert not any(p.startswith("Supermarket loyalty cards are well known") for p in points)
    assert points[0].startswith("A report published on Monday")


def test_an_obituarys_best_known_lede_stays_first() -> None:
    assert _points(OBITUARY)[0].startswith("The actor Tom Hale")
