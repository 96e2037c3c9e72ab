"""Key points of reader Audit 53 (issue #11), as classes.

- **A reporting tail the page cut off** (B1877, KP1-KP2): "... but the sister of a man convicted of bombings in
  southern Iraq," / "Iraq's interior ministry has said." The tail is no point; the cut sentence is shown with it
  (point_alone.cue_tail).
- **A lede whose "it" only a picture showed** (B2196, KP2): "With its huge, gaping mouth, it looks big enough to
  swallow a person whole." is a hook; the catch is the news (point_anaphors.opening_pronoun).
- **An impression lede and a weighed thesis** (A5, KP1 and KP4): "To be present during the early sessions ... was to
  get a sense that ..." is a hook (point_theses.is_hook); "But despite the ill-feeling ..., the more resounding lesson
  ... could be for the United States ..." is the writer's verdict and is shown second (point_verdicts.likely_verdict).
- **How things stood before the news** (A1, KP2): "The minute creatures ... were elusive even before the spill, found
  only among the seagrass ..." is background (point_background.background_state).

All articles are written for these tests.
"""

from __future__ import annotations

from newsbrief.analyze.point_anaphors import opening_pronoun
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.points_cases import Case, brief_points

CUT_TAIL = Case("cut_tail", """\
A man arrested at the border last week was not the brother of the rebel commander, but a cousin of a trader \
jailed for smuggling in the south,

the country's justice ministry has said.

"The man held at the crossing is Omar Said, a cousin of a trader who is serving ten years for smuggling," a \
ministry spokesman said on Wednesday.

The spokesman said Said had crossed the border with forged papers and would be charged next week.

The commander's family said in a statement that they had never heard of him.
""", ("news",), ("not the brother of the rebel commander",), ())

HOOK_IT = Case("hook_it", """\
With its long, jagged teeth, it looks fierce enough to frighten a grown man.

This giant pike, which weighed 25 kilograms, was caught by two sisters, Anna and Eva Berg, in a lake in central \
Sweden.

Thought to be one of the largest ever caught in the country, the fish was landed on Saturday after a fight that \
lasted half an hour.

The sisters said they released it back into the lake after weighing and photographing it.

Local anglers have called it the queen of the lake.
""", ("news",), ("giant pike", "was landed on Saturday"), ("it looks fierce",))


def test_cut_reporting_tail_is_shown_with_its_sentence() -> None:
    genre, points = brief_points(CUT_TAIL)
    assert genre in CUT_TAIL.genres
    assert points[0].endswith("in the south, the country's justice ministry has said."), points
    assert not any(p.startswith("the country's justice ministry") for p in points), points


def test_lede_hook_on_an_unseen_it_is_no_point() -> None:
    genre, points = brief_points(HOOK_IT)
    assert genre in HOOK_IT.genres
    assert any(any(lead in p for lead in HOOK_IT.lead) for p in points[:2]), points
    assert not any(HOOK_IT.banned[0] in p for p in points), points


def test_opening_pronoun_only_for_a_pronoun_subject_of_the_lede() -> None:
    for text, expected in [
        ("With its long teeth, it looks fierce. The pike was caught on Saturday.", [True, False]),
        ("It is likely that the lake will freeze early. Anglers said so on Monday.", [False, False]),
        ("It was raining when the sisters set out. They caught the pike at noon.", [False, False]),
        ('"We were lucky," she said. The pike weighed 25 kilograms.', [False, False]),
        ("She had never caught a fish before. Anna Berg, 19, landed the pike.", [True, False]),
        ("The lake will be closed to anglers from April, it announced on Monday. The pike was caught.", [False, False]),
    ]:
        doc = annotate(Article(text=text, source=Source()))
        assert [opening_pronoun(doc, s) for s in doc.sentences] == expected, text


IMPRESSION = Case("impression_and_lesson", """\
To sit through the first days of the parliamentary hearings into the collapse of the dam last month was to get a \
sense that this is not a good time to be an Italian engineering firm in Lisbon.

Members of parliament queued up to attack both the builder's handling of the collapse and its record on earlier \
projects in Portugal.

Although the firm dropped its Italian name years ago, ministers have taken to calling it by that name in public.

But despite the anger aimed at the builder, the more important lesson of the disaster may be for Portugal itself and \
the way it checks the dams it allows to be built.

"We approved this dam in six weeks, and nobody visited the site," the chair of the hearings, Rosa Lima, told \
reporters.

The national dam inspectorate, which employs four engineers, signed off the project without an inspection.

The inspectorate said on Tuesday that it had asked the government for more staff three times since 2019.
""", ("news", "analysis", "feature"), ("more important lesson",), ("To sit through the first days",))

BEFORE = Case("before_the_spill", """\
One of Europe's rarest freshwater snails faces extinction because of the chemical spill on the Rhine, biologists \
have warned.

The tiny snails, barely 3mm long, were hard to find even before the spill, living only under stones in a few \
shallow bends of the river.

Now biologists from the Basel Natural History Museum are warning that numbers could fall sharply because so much of \
their habitat has been poisoned.

"We have never seen a spill reach these bends before," said Dr Lena Vogt, who leads the museum's survey.

The chemical company said on Monday that it would pay for the clean-up of the river banks.
""", ("news",), ("faces extinction",), ("hard to find even before the spill",))


def test_impression_lede_gives_way_and_weighed_lesson_is_second() -> None:
    genre, points = brief_points(IMPRESSION)
    assert genre in IMPRESSION.genres
    assert any(IMPRESSION.lead[0] in p for p in points[:2]), points
    assert not any(IMPRESSION.banned[0] in p for p in points), points


def test_how_things_stood_before_the_news_is_background() -> None:
    genre, points = brief_points(BEFORE)
    assert genre in BEFORE.genres
    assert BEFORE.lead[0] in points[0], points
    assert not any(BEFORE.banned[0] in p for p in points), points
