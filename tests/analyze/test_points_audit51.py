"""Key points of reader Audit 51 (docs/audit.md section 52; issue #11) and FNC-1 body 1678, as classes.

- **A tail with no finite verb** (FNC-1 1678): "And if people don't agree, then to "train them" to change it." was
  key point 2, repaired to "[I]f people ...": the second half of an order, cut off as its own sentence. Its root is
  an infinitive with no subject; no key point (point_columns.fragment).

- **A scene as KP2** (#7): "Sitting in a Lebanese restaurant ..., all eyes were fixed on a television screen" describes
  a room; nobody acts in it. A posture frame and a stative main clause with a subject naming nobody weigh as scenery
  (point_eventless).
- **A hope the story dashed** (#7, KP4): "She thought Friday would be her last day on the streets" got the weight of
  the speaker cue before it; a line of scenery takes no setup's weight (summary._setups_give_way).
- **How something works** (#2): "In the procedure, special drilling fluid ... is pumped into the well" is the generic
  present of an explanation: it falls below the report's statements.
- **A blast is no boom** (review leftover): a dispatch's situation cues "explosion" and "sparked" matched any blast
  and any cause; only the growth sense ("an explosion in street music") counts (dispatch._SITUATION).

All articles are written for these tests.
"""

from __future__ import annotations

from newsbrief.analyze.context import build_context
from newsbrief.analyze.dispatch import states_situation
from newsbrief.analyze.point_columns import fragment
from newsbrief.analyze.point_eventless import EVENTLESS_FACTOR, SCENE_FACTOR, eventless
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.points_cases import Case, brief_points

ORDER_TAIL = Case("order_tail", """\
A leaked council memo has revealed an instruction telling park wardens to make sure no dog is walked off its lead \
on the town's beaches.

And if owners refuse, then to "escort them" to the car park.

Wardens have been told to take the names of any owners who argue, the memo says.

The memo was obtained by the local newspaper, the Harbour Gazette, and is dated last April.

Dog owners' groups said the rule was heavy-handed and had never been put to a public vote.

The council said it would not comment on leaked documents.
""", ("news",), ("leaked council memo",), ("escort them",))


def test_order_tail_is_no_point() -> None:
    genre, points = brief_points(ORDER_TAIL)
    assert genre in ORDER_TAIL.genres
    assert ORDER_TAIL.lead[0] in points[0], points
    assert not any(ORDER_TAIL.banned[0] in p for p in points), points


def test_fragment_needs_a_finite_main_clause() -> None:
    """The infinitive tail is a fragment; a main clause whose only finite verb follows a gerund misparsed as the
    root, an imperative and a sentence with an "if" clause before its main clause are not."""
    text = ("And if people object, then to \"retrain them\" at the depot.\n\n"
            "But widening the ban and extending it to parks could mean a long fight with owners.\n\n"
            "Keep your dog on its lead.\n\n"
            "If owners refuse, wardens will take their names.")
    doc = annotate(Article(text=text, source=Source()))
    assert [fragment(doc, s) for s in doc.sentences] == [True, False, False, False], [s.text for s in doc.sentences]


ROUND_UP = Case("reactions_scene", """\
Cheers turned to boos as hundreds of football fans in Leeds watched their club's owner refuse to sell the team on \
live television.

Sitting in a crowded pub near the stadium, all eyes were fixed on a big screen above the bar; the room went quiet \
as the owner began to speak.

After the broadcast, 19-year-old season-ticket holder Tom Reed told the Yorkshire Post he was furious with the club.

"He has no idea what this club means to the people here. We will keep protesting until he goes."

Local builder Dan Hale, 41, has marched outside the club's offices every Saturday.

He thought Saturday would be the last march of the campaign.

"We're gutted," he said. "But we will be back next week, and the week after that."

Supporters' trust chairman Amy Cole said the trust would ask the city council to step in and block any new lease.

The owner, Greg Barlow, said in the interview that he had rejected three offers because they undervalued the club.

Fans have planned a larger protest before the home game against Bristol on 14 March.
""", ("news",), ("Cheers turned to boos",), ("all eyes were fixed", "would be the last march"))


def test_scene_and_dashed_hope_are_no_points() -> None:
    genre, points = brief_points(ROUND_UP)
    assert genre in ROUND_UP.genres
    assert ROUND_UP.lead[0] in points[0], points
    assert not any(b in p for b in ROUND_UP.banned for p in points), points


PROCEDURE = Case("procedure_background", """\
The water company says the emergency repair of the burst main under the city's ring road has worked, reopening \
two lanes.

In the repair, a flexible liner is pulled through the old pipe, sealing the cracks from the inside.

The company said water pressure in the area was back to normal by Tuesday evening, which engineers called "the \
best outcome".

Meanwhile, a council report due on Thursday is expected to say that 40% of the city's mains need replacing.

Crews began work on the main at 2 am on Sunday, after residents reported flooding on three streets.

Company spokeswoman Jan Doyle said the lanes would stay open during the rest of the work.

The burst left 12,000 homes without water for most of Saturday.
""", ("news",), ("repair of the burst main",), ("flexible liner is pulled",))


def test_procedure_background_gives_way() -> None:
    genre, points = brief_points(PROCEDURE)
    assert genre in PROCEDURE.genres
    assert PROCEDURE.lead[0] in points[0], points
    assert not any(PROCEDURE.banned[0] in p for p in points), points


def test_eventless_classes() -> None:
    """The grammar of each class, with near misses that keep their weight: an agent's act in the passive, a news
    present of a group, a decision told as a thought, a dated scene and a plan in the present passive."""
    text = ("The council closed the harbour bridge on Tuesday after an inspection.\n\n"
            "Sitting in the council chamber, all eyes were fixed on the mayor.\n\n"
            "In the repair, a steel plate is bolted onto each beam.\n\n"
            "Residents fear more closures.\n\n"
            "The bridge was closed by engineers after the inspection.\n\n"
            "Mayor Ann Lowe thought the repairs would be finished by spring.\n\n"
            "Inspector Ray Dunn thought he would try a new test on the cables.\n\n"
            "Standing outside the town hall, the crowd was silent on Tuesday.\n\n"
            "Experts are expected to testify about the repair.")
    doc = annotate(Article(text=text, source=Source()))
    ctx = build_context(doc)
    got = [eventless(doc, ctx, s) for s in doc.sentences]
    assert got == [1.0, SCENE_FACTOR, EVENTLESS_FACTOR, 1.0, 1.0, SCENE_FACTOR, 1.0, 1.0, 1.0], \
        list(zip(got, (s.text for s in doc.sentences), strict=True))


def test_blast_is_no_situation() -> None:
    """A dispatch's situation words count a boom only in its growth sense ("an explosion in street music"): a blast
    and a cause ("An explosion at the mine sparked protests") state no situation, so they do not end the scenery."""
    text = ("An explosion at the old mine sparked protests by the workers' families.\n\n"
            "A newfound freedom has sparked an explosion in street music and murals.\n\n"
            "The explosion in Tamale was heard across the city.")
    doc = annotate(Article(text=text, source=Source()))
    assert [states_situation(doc, s) for s in doc.sentences] == [False, True, False], [s.text for s in doc.sentences]
