"""Dangling openings are repaired in brackets or withheld in every sentence-level section."""

from __future__ import annotations

from newsbrief.analyze.context import build_context, cite
from newsbrief.analyze.openings import repair_sections
from newsbrief.models import Article, Candidate, Item, Source
from newsbrief.nlp.annotate import annotate

TEXT = ("Finance Minister Ruth Adler presented the budget on Tuesday. She will publish the tax tables next month. "
        "But the opposition said the plan would fail. It is a mess. The vote is due in March.")


def test_repair_sections_brackets_or_withholds() -> None:
    doc = annotate(Article(text=TEXT, source=Source()))
    ctx = build_context(doc)
    items = tuple(Candidate(Item(text=s.text, citations=(cite(s),))) for s in doc.sentences)
    out = repair_sections(doc, ctx, {"outlook": items, "quotes": items})
    texts = [c.item.text for c in out["outlook"]]
    assert "[Adler] will publish the tax tables next month." in texts
    assert "[T]he opposition said the plan would fail." in texts
    assert not any(t.startswith("It is") for t in texts)  # no honest referent: withheld
    assert "The vote is due in March." in texts
    assert out["quotes"] == items  # sections outside the repaired set are left alone


def test_pronoun_is_not_replaced_by_a_name_the_sentence_uses_for_someone_else() -> None:
    from newsbrief.analyze.actors import cluster_actors
    from newsbrief.analyze.openings import BOILERPLATE, repair_opening

    doc = annotate(Article(text="Guard Michael Thomas appeared in court on Tuesday with his lawyer. "
                                "He said Thomas is a single father of three children.", source=Source()))
    assert repair_opening(doc, doc.sentences[1], cluster_actors(doc)) is None
    assert BOILERPLATE.search("Contributing: Kristine Phillips.")
    assert not BOILERPLATE.search("The contributing factor was heavy rain.")


def test_a_deck_restating_the_lede_gives_way_to_the_fuller_sentence() -> None:
    from newsbrief.analyze.summary import select

    text = ("Two prison officers charged with falsifying records after inmate death.\n\n"
            "Two prison officers were charged on Tuesday with falsifying records after an inmate death "
            "in the city jail, prosecutors said. The officers had been asleep for two hours, the charges say. "
            "The jail's director resigned in August after a review of its cameras.")
    doc = annotate(Article(text=text, source=Source()))
    chosen = [s.index for s in select(doc, build_context(doc), 3)]
    assert 1 in chosen and 0 not in chosen


def test_an_opening_he_means_the_subject_just_before_not_the_last_name_quoted() -> None:
    from newsbrief.analyze.actors import cluster_actors as clusters
    from newsbrief.analyze.openings import repair_opening
    from newsbrief.models import Article, Source
    from newsbrief.nlp.annotate import annotate

    text = ("Prosecutors dropped the inquiry into Julian Assange on Tuesday.\n\n"
            "Wikileaks editor Kristinn Hrafnsson said: \"Let us now focus on the threat Mr Assange has warned about.\"\n\n"
            "Australian-born Assange faces a charge of conspiracy in the US.\n\n"
            "He is accused of taking part in one of the largest leaks of government secrets.")
    doc = annotate(Article(text=text, source=Source()))
    repaired = repair_opening(doc, doc.sentences[-1], clusters(doc))
    assert repaired == "[Assange] is accused of taking part in one of the largest leaks of government secrets."


def test_he_after_an_unnamed_spokesman_told_a_named_reporter_is_not_the_reporter() -> None:
    """Reader Audit 10: "A spokesman for X told CNN's John King that ... He said ..." came out as
    "[King] said ...": the one spoken to is not the next speaker, and an unnamed spokesman has no name
    to put in brackets, so the opening stays as written."""
    from newsbrief.analyze.actors import cluster_actors
    from newsbrief.analyze.openings import repair_opening

    text = ("The dock strike entered its third day in Varnhem on Monday. A spokesman for the Harbour Workers Union "
            "told Radio Nord's Per Olsen that the union would not return to talks. He said talks could resume only "
            "after the port director resigns.")
    doc = annotate(Article(text=text, source=Source()))
    repaired = repair_opening(doc, doc.sentences[2], cluster_actors(doc))
    assert repaired is None or "Olsen" not in repaired, repaired


def test_a_preposition_that_opens_like_a_connective_is_kept() -> None:
    """ "Instead of being out in the village, ..." is no connective: dropping "Instead" reversed the
    sentence in Audit 13 ("[O]f being out in the village, the staff are clustered at the gate")."""
    from newsbrief.analyze.actors import cluster_actors
    from newsbrief.analyze.openings import repair_opening

    doc = annotate(Article(text="The aid depot at Tarno is full of food and water. Instead of being out in the "
                                "villages, the staff are waiting at the front gate. Instead, the trucks stay parked.",
                           source=Source()))
    actors = cluster_actors(doc)
    assert repair_opening(doc, doc.sentences[1], actors) == doc.sentences[1].text
    assert repair_opening(doc, doc.sentences[2], actors) == "[T]he trucks stay parked."
