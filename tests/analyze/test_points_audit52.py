"""Key points of reader Audit 52 (docs/audit.md section 53; issue #11), as classes.

- **A lede told twice** (#8): "The North Korean dictator ... has not been seen in public for more than a month,
  leading to rumors ..." and "The saber-rattling North Korean leader has not been seen in public for more than a
  month, spurring rumors ..." were KP1 and KP2. A predicate shared word for word is one point
  (point_select.shared_predicate).
- **An idea announced, not told** (#8, KP3): "And there's one atom bomb of a theory being mentioned by Korea watchers
  that's quickly gaining currency." is a set-up; the theory after it is the point (point_setups.announced_idea).
- **A quotation's tail whose opening mark the page lost** (#3, KP4): 'Now her main concern is for me not to take a
  taxi because of the kidnappings," Lena said.' starts inside a quotation: someone's words, with the speaker's "me"
  (point_quotes.split_quote_half).
- **No flat answer** (the lead's code review): "No one knows." answers nothing, so a question before it is no
  question-and-answer opening (point_setups._FLAT_ANSWER).

All articles are written for these tests.
"""

from __future__ import annotations

from newsbrief.analyze.context import build_context
from newsbrief.analyze.point_quotes import split_quote_half
from newsbrief.analyze.point_select import shared_predicate
from newsbrief.analyze.point_setups import question_answer
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.points_cases import Case, brief_points

TWICE = Case("lede_twice", """\
The reclusive owner of the Harbour Gazette, Mira Stone, has not been seen at the paper's offices for more than six \
weeks, leading to rumors that her son has taken over while she recovers from an illness.

The media tycoon has not been seen at the paper's offices for more than six weeks, spurring rumors she is ill and \
leading to speculation over who is now running the paper.

And there's one startling theory being mentioned by staff that's quickly gaining currency.

Several reporters believe the paper has already been sold to a rival group, and that the sale will be announced \
after the holidays.

The Gazette's editor, Paul Quinn, said Stone was "in good health" and would return to work in January.

The rival group, Northern Press, declined to comment on the reports.

Stone, 74, bought the paper in 1988 and has run it ever since.
""", ("news",), ("has not been seen at the paper's offices",), ("The media tycoon has not been seen",
                                                                  "one startling theory"))


def test_lede_told_twice_and_announced_idea() -> None:
    genre, points = brief_points(TWICE)
    assert genre in TWICE.genres
    assert points[0].startswith("The reclusive owner"), points
    assert not any(b in p for b in TWICE.banned for p in points), points
    assert any("already been sold to a rival group" in p for p in points), points


def test_shared_predicate() -> None:
    assert shared_predicate("Kim has not been seen in public for more than a month, leading to rumors.",
                            "The leader has not been seen in public for more than a month, spurring talk.")
    # a long name shared by two statements holds no verb form: two points
    assert not shared_predicate("Oil leaked from the Deepwater Horizon rig in the Gulf of Mexico for months.",
                                "BP said the Deepwater Horizon rig in the Gulf of Mexico was safe.")


LOST_MARK = Case("lost_opening_mark", """\
Most Christian families in the city now fear what would follow if the government fell, church leaders say.

Maya, a nursing student, said she never talked about politics until the fighting reached her street last year.

"We followed one rule: say nothing," she said. In the past, when I went to my exams, my father's only worry was \
my marks. Now his main worry is for me not to take a bus because of the kidnappings," Maya said.

Church leaders say about a third of the city's Christians have left since the fighting began.

The bishop of the city said the church would stay neutral and would help families of every faith.
""", ("news", "feature"), ("fear what would follow",), ("Now his main worry",))


def test_quotation_tail_with_lost_mark_is_no_point() -> None:
    genre, points = brief_points(LOST_MARK)
    assert genre in LOST_MARK.genres
    assert any(LOST_MARK.lead[0] in p for p in points[:2]), points
    assert not any(LOST_MARK.banned[0] in p for p in points), points
    doc = annotate(Article(text=LOST_MARK.text, source=Source()))
    halves = [s.text for s in doc.sentences if split_quote_half(doc, s)]
    assert any(h.startswith("Now his main worry") for h in halves), halves
    assert not any(h.startswith(("Most Christian", "Maya, a nursing")) for h in halves), halves


def test_no_one_knows_is_no_flat_answer() -> None:
    text = ("Is the old bridge safe? No one knows. The council closed it on Tuesday after engineers found cracks in "
            "two of its supports.\n\nThe engineers said repairs could take a year.")
    doc = annotate(Article(text=text, source=Source()))
    assert question_answer(doc, build_context(doc)) is None
    answered = "Is the old bridge safe? No, it is not. The council closed it on Tuesday after engineers found cracks."
    doc = annotate(Article(text=answered, source=Source()))
    pair = question_answer(doc, build_context(doc))
    assert pair is not None and pair[1].text.startswith("No, it is not"), pair


def test_a_mark_left_after_the_last_stop_is_no_closing_mark() -> None:
    # CNN/DM rows: the splitter leaves the next sentence's opening mark after a stop ("... the relay team. '"); read as
    # a closing mark it made real ledes quotation tails (R1 -0.47 on the merged session 35 code)
    text = ("The national athletics team named its squad for the spring on Monday.\n\nThe sprinter will run at the relay championship in May as part of the national team. ' I am ready to go "
            "again,' he said on Tuesday.\n\nHis coach said the team had trained for three weeks in the mountains.")
    doc = annotate(Article(text=text, source=Source()))
    halves = [s.text for s in doc.sentences if split_quote_half(doc, s)]
    assert not any(h.startswith("The sprinter") for h in halves), halves
