"""Audit 52 (issue #11): a key figure inside someone's estimate carries the estimate's holder; a conversion set off by
", or ... ," is the same figure, not a second one.

Articles written for these tests. Audit 52 saw "some 5,000 barrels — was leaking" and "210,000 gallons, a day of oil was
leaking" for one sentence: "BP had stuck by its first estimate that some 5,000 barrels, or 210,000 gallons, a day of oil
was leaking ... despite claims from several experts the real figure was at least 10 times higher". Both lines stated a
disputed estimate as the article's fact, and the second was the first again in other units. It also saw "Their number
has decreased now to 140,000" (whose number, the sentence before said) and "... have contracted the virus in Australia
none" (the afterthought "- none fatally" hung on the figure's verb), and it lost "wiping about $90bn off the value of
the company": the sentence was too long to show whole, and the run cut at the comma left a participle with no subject.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.figure_parse import ParsedSentence
from newsbrief.analyze.figure_premises import bracketed_conversion
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.figure_cases import figure_lines

_GRAIN = (
    "Harbour officials closed the grain terminal at Port Arlen on Tuesday after a second fire in a month.\n\n"
    "The operator had stuck by its first estimate that some 3,000 tonnes, or 6.6 million pounds, a week of grain was "
    "rotting on the quays, despite claims from farmers that the real loss was far higher.\n\n"
    "The terminal handles about 40% of the region's wheat exports.\n"
)


@pytest.fixture(scope="module")
def grain_lines() -> list[str]:
    return figure_lines(_GRAIN)


def test_an_estimate_keeps_whose_estimate_it_is(grain_lines: list[str]) -> None:
    line = next(line for line in grain_lines if "3,000 tonnes" in line)
    assert line.startswith("The operator had stuck by its first estimate that some 3,000 tonnes"), line
    assert sum("6.6 million pounds" in line for line in grain_lines) == 1, grain_lines  # one figure, shown whole


def test_a_comma_set_conversion_is_read_as_one() -> None:
    text = "Inspectors said some 8,000 barrels, or 336,000 gallons, a day of diesel was leaking from the tank.\n"
    doc = annotate(Article(text=text, source=Source(title="Test", date="2026-03-17")))
    s = ParsedSentence(doc, doc.sentences[0])
    found = {e.text: bracketed_conversion(s, e) for e in doc.entities if e.label in ("QUANTITY", "MONEY")}
    assert found == {"some 8,000 barrels": False, "336,000 gallons": True}, found


def test_their_number_with_no_one_named_is_withheld() -> None:
    lines = figure_lines(
        "The ancient Mandaean community of southern Iraq gathered on Sunday for its largest baptism in a decade.\n\n"
        "The Mandaeans once numbered more than 60,000 in the country. Their number has fallen to about 5,000, "
        "according to the community's council.\n"
    )
    assert not any("Their number" in line for line in lines), lines


def test_an_afterthought_after_a_dash_is_not_glued_on() -> None:
    lines = figure_lines(
        "Health officials in Alberta confirmed a second outbreak of measles on Friday.\n\n"
        "More than 1,400 people have contracted the disease in Canada - none fatally.\n\n"
        "The ministry has ordered 40,000 extra doses of the vaccine.\n"
    )
    line = next(line for line in lines if "1,400" in line)
    assert line.endswith("have contracted the disease in Canada"), line


def test_a_long_sentence_leaves_out_its_time_clause_not_its_subject() -> None:
    lines = figure_lines(
        "Shares in Harlow Mining rose on Monday after weeks of losses.\n\n"
        "Harlow's share price has more than halved since the flooding at its largest mine began in March, wiping "
        "about $12bn off the value of the group.\n"
    )
    assert "Harlow's share price has more than halved … wiping about $12bn off the value of the group" in lines, lines
