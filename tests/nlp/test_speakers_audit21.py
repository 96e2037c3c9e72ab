"""Audit 21's misattributions (docs/audit.md 22.4 items 1-2), on short texts written for these tests:

1. A writer's verdict given to the firm it attacks: "X has shown us that ..." (show, prove,
   demonstrate, reveal with an organisation or thing as subject and a "that" clause) is the writer's
   judgement of X, not X's speech. Near-miss: a report or a study that "shows that" keeps its reading
   as its own (a document speaks), and "X said that" stays X's.
2. A named spokesman after the quote (his role without the "of ..." topic after it) ("..., said Jim Roe, a Chevron spokesman, of the plan.") keeps
   the quote even when his appositive and an "of" phrase follow him.
3. An event phrase ("the horror of Srebrenica") is no speaker.
4. A minister named in the same sentence as the cue ("..., Foreign Minister Ali Salehi said") keeps
   his words over the president who is the previous sentence's subject.

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute
from tests.nlp.test_speakers_audit20 import check_mouth  # one check of whose words they are

_VERDICT = (
    "Northwind Oil spent $9m on lobbying last year, more than any other energy firm. Its safety record "
    "at the Harbor plant was the worst in the state, regulators found in 2005.\n\n"
    "Northwind has shown us that an industry this powerful cannot be left to police itself. The disaster "
    "has proved that the rules were written for the companies.")

_VERDICT_SAID = (
    "Northwind Oil said on Monday that the spill was smaller than first thought. A company report showed "
    "that the valve had failed twice before the blast.")

_LESSON = (
    "The horror of Srebrenica showed that the West could not stand by, many in Washington argue. Northwind "
    "has proved to the world that the industry cannot regulate itself. Northwind showed that the valve was "
    "sound, the company said.")

_SPOKESMAN = (
    "Oil companies are bidding for leases in the deep gulf. \"It's a total gamble,\" said Tom Reyes, a "
    "Northwind spokesman, of the chances of finding oil there.\n\n"
    "\"We will not drill there,\" said a spokesman for Coastal Energy, Dan Pike, of the northern block.")

_EVENT = (
    "The general rejected any comparison. \"Nobody here wants to live through the horror of Srebrenica "
    "again,\" he said. The memory of Srebrenica, the horror of Vukovar, still weighs on the talks, "
    "diplomats say.")

_MINISTER = (
    "President Mahmoud Karimi met the envoy in the capital on Wednesday and promised to back a ceasefire.\n\n"
    "Tehran will host a meeting of 12 to 13 countries next week, Foreign Minister Ali Saberi said.\n\n"
    "The meeting will discuss aid to the refugees, Saberi told reporters.")

# the cue parsed as a conjunct of the clause it reports (a quoted word inside the clause)
_MINISTER_CONJ = (
    "Iran's President Mahmoud Ahmadinejad said the crisis was the work of foreign powers. Tehran will host a "
    "consultative meeting on Syria of 12 to 13 countries that have a \"realistic\" position, Iran's Foreign "
    "Minister Ali Akbar Salehi has said.")

_MINISTER_AND = "The ceasefire held overnight in the north, and Foreign Minister Ali Saberi smiled."

# (text, a piece of the content, a speaker that must hold it (None: no requirement), speakers that must never)
CASES: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    # 1. the writer's verdict
    (_VERDICT, "police itself", None, ("Northwind",)),
    (_VERDICT, "written for the companies", None, ("disaster", "Northwind")),
    (_LESSON, "could not stand by", None, ("horror", "Srebrenica")),
    (_LESSON, "cannot regulate itself", None, ("Northwind",)),
    # near-misses: a firm's own statement, a report's finding, a firm showing its own evidence
    (_LESSON, "valve was sound", "Northwind", ()),
    (_VERDICT_SAID, "smaller than first thought", "Northwind", ()),
    (_VERDICT_SAID, "failed twice", "report", ()),
    # 2. a named spokesman after the quote
    (_SPOKESMAN, "total gamble", "Tom Reyes", ()),
    (_SPOKESMAN, "not drill there", "Dan Pike", ()),
    # 3. an event is no speaker
    (_EVENT, "still weighs", None, ("horror", "Srebrenica", "Vukovar")),
    (_EVENT, "Nobody here", None, ("horror", "Srebrenica")),
    # 4. the minister named in the sentence, not the previous sentence's president
    (_MINISTER, "12 to 13 countries", "Saberi", ("Karimi",)),
    (_MINISTER, "aid to the refugees", "Saberi", ("Karimi",)),
    (_MINISTER_CONJ, "12 to 13 countries", "Salehi", ("Ahmadinejad",)),
    # near-miss: two clauses joined by "and" are two statements, the second with no content of its own
    (_MINISTER_AND, "ceasefire held", None, ("Saberi",)),
]


@pytest.mark.slow
def test_the_topic_of_the_words_is_no_part_of_the_role() -> None:
    """'"...," said Tom Reyes, a Northwind spokesman, of the chances ...': his role ends at "spokesman"."""
    doc = annotate(Article(text=_SPOKESMAN, source=Source()))
    roles = [a.role for a in attribute(doc).attributions if a.speaker == "Tom Reyes"]
    assert roles and all(r is not None and "chances" not in r and "spokesman" in r for r in roles), roles


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece", "expected", "never"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_the_words_are_in_the_right_mouth(text: str, piece: str, expected: str | None,
                                          never: tuple[str, ...]) -> None:
    check_mouth(text, piece, expected, never)
