"""A column's sarcasm, a readers' comment shown as the article's, and a readers' Q&A credit (session 28, #11).

Reader Audit 45 (docs/audit.md section 46, 46.3/46.4):
- a column that blames a firm throughout says, in mock sympathy, "we shouldn't blame poor old X" and "After all,
  X didn't know ...": printed straight as key points they say the opposite of the column; its short closing call
  ("Time for a ban.") is its thesis and was lost;
- a readers' Q&A answer line opens on the reader's credit glued to the expert's label: the key point shows the
  expert in brackets and never the reader.
All articles are written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.point_irony import ironic
from newsbrief.models import Article, Sentence, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.pipeline import ExtractiveEngine
from newsbrief.settings import Settings

SPILL_TITLE = "Keltra has poisoned our river for the last time"


def _points(text: str, title: str | None = None) -> list[str]:
    doc = annotate(Article(text=text, source=Source(title=title)))
    brief = ExtractiveEngine(Settings()).brief(doc)
    return [item.text for item in brief.section("summary").items]  # type: ignore[union-attr]


SPILL = """I have lived by the Wend all my life, and I am sick of it. Another summer, another river turned brown by Keltra Chemicals.

For the third time in five years, a storage tank at the firm's Ashby plant has split and poured solvent into the Wend, killing fish for twenty miles downstream.

Inspectors warned Keltra in 2019 that the tanks were corroded. The firm ignored them, and paid its shareholders a record dividend instead.

Still, we shouldn't blame poor old Keltra.

After all, Keltra didn't know the tank was going to split.

Of course, nobody at Keltra could have guessed that rust makes steel weaker.

The fines the firm has paid add up to less than a week of its profits, and its chief executive kept his bonus.

Farmers along the Wend cannot water their cattle, and the anglers' club has cancelled its season.

Keltra has had three chances, and it has wasted every one.

Time for a ban.
"""

SARCASM = ["blame poor old Keltra", "After all, Keltra didn't know", "Of course, nobody at Keltra"]


@pytest.mark.slow
@pytest.mark.parametrize("line", SARCASM)
def test_a_sarcastic_line_is_no_key_point(line: str) -> None:
    assert not any(line in point for point in _points(SPILL, SPILL_TITLE)), _points(SPILL, SPILL_TITLE)


@pytest.mark.slow
def test_a_columns_short_closing_call_is_a_key_point() -> None:
    assert any("Time for a ban" in point for point in _points(SPILL, SPILL_TITLE)[:2]), _points(SPILL, SPILL_TITLE)


IRONIC = [
    "But we shouldn't blame poor old Westfield Water.",
    "Spare a thought for poor little Brantco, which only made 2bn last year.",
    "After all, the board couldn't have known that cutting the safety staff would matter.",
    "Of course, nobody at the ministry could have guessed that the bridge was unsafe.",
    "So that's all right then.",
]
PLAIN_LINES = [
    "After all the delays, the pool will open a month earlier than planned.",
    "Of course, entry will stay free for children under five.",
    "The charity helps poor old people in the town with their heating bills.",
    "After all, the club has won the league three times in five years.",
    "The firm said it did not know the tank was corroded.",
]


@pytest.mark.parametrize(("text", "expected"), [(t, True) for t in IRONIC] + [(t, False) for t in PLAIN_LINES])
def test_ironic_markers(text: str, expected: bool) -> None:
    assert ironic(Sentence(id="s1", index=0, text=text, start=0, end=len(text), paragraph=0, token_start=0,
                           token_end=0)) is expected


# Near misses: "after all" and "of course" meant plainly, in a report that condemns nobody, stay.
PLAIN = """The town of Eldby will reopen its swimming pool on Saturday after a two-year repair.

The pool closed in 2022 when engineers found cracks in its concrete basin.

The council spent 2.4 million pounds on a new basin, new changing rooms and a solar heating system.

After all the delays, the pool will open a month earlier than planned, the council said.

Of course, entry will stay free for children under five, as it was before the closure.

The pool will open from 7am to 9pm every day.
"""


@pytest.mark.slow
def test_plain_after_all_and_of_course_stay() -> None:
    points = _points(PLAIN)
    assert any("reopen its swimming pool" in p for p in points), points


QA = (
    "Wet weather has left many gardens waterlogged, and readers sent in their questions about lawns.\n\n"
    "We put them to gardening expert Helen Ward, who runs the advice line at the Royal Turf Society.\n\n"
    "Why has my lawn turned yellow after the rain?\n\n"
    "Peter Gale, Derby Dr Ward: Grass roots drown when the soil stays full of water for more than a week.\n\n"
    "Spiking the lawn with a fork lets the air back in.\n\n"
    "Should I put down fertiliser now?\n\n"
    "Anna Holt, Bath, UK Dr Ward: Fertiliser on wet soil washes away before the grass can use it.\n\n"
    "Wait until the lawn has dried out for a fortnight.\n\n"
    "Can I walk on the lawn while it is wet?\n\n"
    "Mark Fry, Ely Dr Ward: Walking on a sodden lawn packs the soil down and makes the problem worse.\n\n"
    "Lay planks across it if you must cross it."
)


@pytest.mark.slow
def test_a_readers_credit_is_never_printed_in_a_key_point() -> None:
    points = _points(QA)
    assert not any(name in p for p in points for name in ("Peter Gale", "Anna Holt", "Mark Fry")), points


@pytest.mark.slow
def test_a_credited_answer_shows_the_expert_in_brackets() -> None:
    points = _points(QA)
    assert all(p.startswith("[Helen Ward:] ") for p in points if "Dr Ward" in p or "drown" in p), points


# A blog digest that opens on a reader's comment: the frame names the commenter, the comment runs on over the
# paragraphs after it, unquoted, then the digest's own items follow.
DIGEST = """Dana from Ohio's comment summed up what many readers told us: I am tired of every school board fight being about prayer.

We pay our taxes and we want our kids taught to read.

Leave the rest to the families.

Even before the vote there were complaints about the new curriculum.

A school board in Marlow County voted 5-2 on Tuesday to drop a morning prayer that opened its meetings for forty years.

The board's chairwoman, Lena Ortiz, said the change followed legal advice that the prayer could not survive a court challenge.

About 200 residents attended the meeting, and more than forty spoke, most of them against the change.

In a separate decision, a church in Delby said it would open its hall to a mosque whose building burned down in March.
"""


@pytest.mark.slow
@pytest.mark.xfail(strict=True, reason="a reader's unquoted comment that runs on after its frame ('X's comment "
                   "summed up ...: I am ...') is shown as the digest's own statement: no rule yet reads where the "
                   "comment ends (its lines need not say 'I' or 'we': 'Leave the rest to the families.')")
def test_a_readers_comment_is_not_the_digests_statement() -> None:
    points = _points(DIGEST)
    assert not any(line in p for p in points for line in ("We pay our taxes", "Leave the rest")), points


# The comment runs on over a line with no first person, between two that have it: all of it is the comment's.
DIGEST2 = DIGEST.replace("Leave the rest to the families.\n\n",
                         "Leave the rest to the families.\n\nOur town has better things to argue about.\n\n")


@pytest.mark.slow
def test_a_readers_comment_run_on_is_no_key_point() -> None:
    points = _points(DIGEST2)
    assert not any(line in p for p in points for line in ("We pay our taxes", "Leave the rest", "Our town has")), \
        points
    assert any("Marlow County" in p for p in points), points
