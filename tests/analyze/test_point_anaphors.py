"""Key points opening on "That"/"It" for what an earlier sentence told (FNC-1 body 1064's class, session 34).

An untitled report opening on a dateline line ("OSLO:") took the dateline as its scene-setting opening, and the
first central writer's line after it, "That provoked quick replies ...", led the key points with its referent (the
ruling) shown nowhere. The lede leads; a line leaning on the sentence before is chosen only beside it.

All articles are written for these tests.
"""

from __future__ import annotations

from newsbrief.analyze.context import build_context
from newsbrief.analyze.point_anaphors import dangling_reference
from newsbrief.analyze.point_openings import leans_back
from newsbrief.analyze.summary import select
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.points_cases import Case, brief_points

RULING = Case("dateline_then_reaction", """\
OSLO:  A prominent Norwegian Lutheran bishop has whipped up controversy by issuing a church ruling forbidding the \
building of ice sculptures, describing them as idolatrous.

Asked on a church forum whether parents could build ice figures with their children after the winter storms in the \
north, Bishop Arne Lunde replied, "It is not allowed to make an idol out of ice, even as a game."

Citing older church writings, Bishop Lunde argued that to carve a figure was to make an image of a living being, \
something the church has long forbidden.

"God has let people make whatever has no soul, such as boats, houses and trees," he wrote in the ruling.

That provoked quick replies from Facebook users writing in Norwegian and giving their full names. "He is afraid of \
everything ... a sad mind," one user wrote.

Another posted a picture of a snowman in a bishop's hat. "The real reason for the ban is fear of fun," he wrote.

Bishop Lunde had some backers, however. "Ice figures lead children away from prayer," one wrote.

Snow has covered the hills of Finnmark near the border with Russia for the third winter in a row as cold air swept \
across the north.
""", ("news",), ("issuing a church ruling forbidding",), ("That provoked",))


def test_the_lede_leads_not_the_reaction_after_a_dateline() -> None:
    genre, points = brief_points(RULING)
    assert genre in RULING.genres
    assert RULING.lead[0] in points[0], points
    assert not any(p.startswith(RULING.banned[0]) for p in points), points


SHORT = ("The city council of Bergen voted on Tuesday to double parking fees in the old town from next spring.\n\n"
         "Shop owners wanted a delay.\n\n"
         "That angered the council leader, Ingrid Holm, who said the shops had had ten years to adapt.")


def test_what_leans_on_the_sentence_before_needs_it() -> None:
    doc = annotate(Article(text=SHORT, source=Source()))
    ctx = build_context(doc)
    assert [dangling_reference(doc, s, ctx.actors) for s in doc.sentences] == [False, False, True]
    chosen = [s.index for s in select(doc, ctx, 2)]  # the short line before it is a last resort (summary.MIN_WORDS)
    assert 2 not in chosen or 1 in chosen, chosen


def test_a_repaired_or_dummy_opening_stands() -> None:
    text = ("The army bought 40 new tanks from Germany last year. These tanks will guard the northern border. "
            "It is likely that more will follow next year. Moving troops north is hard. "
            "It is for that reason that the army on Monday ordered 200 new trucks from a Swedish maker.")
    doc = annotate(Article(text=text, source=Source()))
    ctx = build_context(doc)
    assert [dangling_reference(doc, s, ctx.actors) for s in doc.sentences] == [False] * 5


def test_it_is_likely_to_means_the_thing_told_before() -> None:
    """ "But it is likely to raise grave doubts about whether ..." (FNC-1 body 1821, Audit 51 #12) was key point 1 as
    "[I]t is likely ...", read as a dummy "it" for its later "whether"; the raising "likely to" keeps its referent."""
    from newsbrief.analyze.point_theses import turn_point

    text = ("A man claiming to lead the rebels said in a video on Friday that the 40 hostages had been freed. "
            "The army says it killed the rebel leader last year. "
            "But it is likely to raise grave doubts about whether the talks in the capital will bring peace. "
            "It is likely that the talks will go on next week.")
    doc = annotate(Article(text=text, source=Source()))
    ctx = build_context(doc)
    assert [dangling_reference(doc, s, ctx.actors) for s in doc.sentences] == [False, False, True, False]
    assert turn_point(doc, ctx) is None


def test_leaning_back_has_one_rule() -> None:
    # point_openings.leans_back and dangling_reference share point_openings.subject_leans: "It turned out badly"
    # stands for what was told (dangling_reference missed it when "turn" was a verb of no reference there); "That is
    # how ..." states its own clause; "It turns out (that) ..." has its clause and leans on nothing.
    text = ("The council closed the village school in May.\n\nIt turned out badly for the council.\n\n"
            "That is how the village ended up without a school for two years.\n\n"
            "It turns out the building had been safe all along.")
    doc = annotate(Article(text=text, source=Source()))
    ctx = build_context(doc)
    assert [leans_back(doc, s) for s in doc.sentences] == [False, True, False, False]
    assert [dangling_reference(doc, s, ctx.actors) for s in doc.sentences] == [False, True, False, False]
