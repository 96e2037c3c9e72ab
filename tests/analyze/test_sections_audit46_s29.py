"""Audit 46's misfiled Recommendations, Outlook and Analysis items (issue #11, docs/audit.md 47.2 and 47.4 class 8):
labelled cases, each a sentence written for this test and set in a short invented report of its own.

- **A forecast of need is no call.** '"Budgets have been slashed and households will need to pay down their
  debts," said X' describes and foretells what third parties will have to do; it urges no one. "will need to"
  is read like "will have to" (already a forecast of necessity). A "must/should + act" addressed to named parties
  ("Ports, lenders and operators must use this downturn to ...") stays a call, quoted, reported or carried on in a
  quotation's second sentence, even where words of the future outnumber its one cue ("..., she said, adding that
  the slump would last into next year").
- **A plan announced on a past date is history.** "The council announced plans to freeze the accounts on 30
  November 2011", in a piece published months later, reports what was said then; unless the plan's own date is
  still ahead ("... to close two terminals in June", "by 2013") it is no outlook.
- **An act of market players is no cause.** "Several operators have cut capacity and laid up ships" tells what
  firms did (an effect of the slump); a condition acting on something ("Higher fuel prices have hurt profits",
  "The slump has forced operators to cut capacity") stays a cause.

The first score, on the unchanged code, is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.classify import analyze_analysis, analyze_outlook, analyze_recommendations
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Document, Source
from newsbrief.nlp.annotate import annotate

_TITLE = "Ferry operators brace for a lean year"
_LEAD = ("The region's ferry operators are bracing for a difficult year after bookings fell to their lowest level in "
         "a decade, their trade body said.")
_SPEAKER = "said Marta Lindqvist, the council's director general."


def _doc(body: str, published: str = "2024-03-14") -> Document:
    text = f"{_TITLE}\n\n{_LEAD} {body}\n\nThe council's board will meet again in the autumn.\n"
    return annotate(Article(text=text, source=Source(title=_TITLE, date=published)))


def _shown(items: tuple[object, ...], words: str) -> bool:
    return any(words in getattr(item, "text", "") for item in items)


_NOT_CALLS = [
    ("quote_will_need", f'"Budgets have been slashed and households will need to pay down their debts," {_SPEAKER}',
     "households will need to pay down"),
    ("reported_will_need", "Marta Lindqvist, the council's director general, said shoppers will need to cut their "
                           "spending before the summer.", "shoppers will need to cut"),
    ("carried_will_need", f'"This is the deepest slump we have seen," {_SPEAKER} "Wages have stalled and families '
                          'will need to cut back on holidays."', "families will need to cut back"),
    ("own_will_need", f'"We will need to drop more routes before the summer," {_SPEAKER}', "drop more routes"),
]


@pytest.mark.parametrize(("name", "body", "words"), _NOT_CALLS, ids=[n for n, _, _ in _NOT_CALLS])
def test_forecast_of_need_is_no_call(name: str, body: str, words: str) -> None:
    doc = _doc(body)
    assert not _shown(analyze_recommendations(doc, build_context(doc)), words)


_CALLS = [
    ("quote_must_parties", f'"Ports, lenders and operators must use this downturn to retire old ships," {_SPEAKER}',
     "must use this downturn"),
    ("reported_must_parties", "Marta Lindqvist, the council's director general, said ports, lenders and operators "
                              "must use the downturn to retire old ships.", "must use the downturn"),
    ("carried_must_parties", f'"This is the deepest slump we have seen," {_SPEAKER} "Governments, ports and '
                             'operators must use this crisis to rebuild the network."', "must use this crisis"),
    ("quote_should", f'"Governments should cut port fees and help the operators through the winter," {_SPEAKER}',
     "should cut port fees"),
    ("call_beside_need", f'"Households will need to save, and governments must cut port fees now," {_SPEAKER}',
     "governments must cut port fees"),
    # the future outnumbers the one cue of the call: "would", "next year" in what she added
    ("call_then_forecast", '"Governments, partners and operators must use this crisis for resizing and reshaping the '
                           'industry," she said, adding that the slump would last into next year.',
     "must use this crisis for resizing"),
    ("call_may_cue", "Ms Lindqvist said ports and lenders should write off part of the operators' debts, which could "
                     "otherwise sink a dozen firms next year.", "should write off part"),
]


@pytest.mark.parametrize(("name", "body", "words"), _CALLS, ids=[n for n, _, _ in _CALLS])
def test_call_to_named_parties_kept(name: str, body: str, words: str) -> None:
    doc = _doc(body)
    assert _shown(analyze_recommendations(doc, build_context(doc)), words)


_HISTORY = [
    ("plans_full_date", "The council announced plans to freeze the operators' accounts on 30 November 2011.",
     "freeze the operators"),
    ("plans_day_month", "On 12 January the council announced plans to close two of its terminals.",
     "close two of its terminals"),
    ("said_would_day_month", "On 12 January the council said it would close two of its terminals.",
     "close two of its terminals"),
    ("agreed_month_year", "In November 2011 the ministers agreed to impose a ban on fuel imports.",
     "impose a ban on fuel"),
]


@pytest.mark.parametrize(("name", "body", "words"), _HISTORY, ids=[n for n, _, _ in _HISTORY])
def test_plan_announced_on_a_past_date_is_no_outlook(name: str, body: str, words: str) -> None:
    doc = _doc(body, published="2012-03-01")
    assert not _shown(analyze_outlook(doc, build_context(doc)), words)


_AHEAD = [
    ("plan_dated_ahead", "On 12 January the council announced plans to close two of its terminals in June.",
     "close two of its terminals"),
    ("plan_by_year", "On 30 November 2011 the council said it would close two terminals by 2013.",
     "close two terminals"),
    ("plan_undated", "The council plans to close two of its terminals next year.", "close two of its terminals"),
    ("said_this_week", "The council said on Tuesday that it would close two of its terminals.",
     "close two of its terminals"),
    # dates the resolver cannot place, or a time still running: the plan may be ahead, so it stays
    ("end_of_year", "The council said in January that it would cut 500 jobs by the end of the year.",
     "cut 500 jobs"),
    ("season_by_tense", "On 12 February the council announced that the terminals would close in the summer.",
     "terminals would close"),
    ("month_in_plan", "The council said on 12 February that it expects fees to rise again in April.",
     "expects fees to rise"),
]


@pytest.mark.parametrize(("name", "body", "words"), _AHEAD, ids=[n for n, _, _ in _AHEAD])
def test_plan_still_ahead_kept(name: str, body: str, words: str) -> None:
    doc = _doc(body, published="2012-03-01")
    assert _shown(analyze_outlook(doc, build_context(doc)), words)


_ACTS = [
    ("operators_cut", "Several operators have cut capacity on the busiest routes and laid up ships.",
     "cut capacity on the busiest"),
    ("carriers_cut", "Carriers have cut capacity on the main routes and laid up more than 30 vessels.",
     "cut capacity on the main"),
    ("retailers_slash", "Retailers have slashed prices and cut jobs across the region.", "slashed prices"),
    ("lenders_raise", "Lenders have raised their rates twice since the spring.", "raised their rates"),
]


@pytest.mark.parametrize(("name", "body", "words"), _ACTS, ids=[n for n, _, _ in _ACTS])
def test_act_of_market_players_is_no_cause(name: str, body: str, words: str) -> None:
    doc = _doc(body)
    assert not _shown(analyze_analysis(doc, build_context(doc)), words)


_CAUSES = [
    ("prices_hurt", "Higher fuel prices have hurt profits across the industry.", "hurt profits"),
    ("slump_forced", "The slump has forced operators to cut capacity on the busiest routes.", "forced operators"),
    ("strike_cut", "The strike has cut capacity on the busiest routes by a third.", "strike has cut capacity"),
    ("result_paired", "As a result, operators have cut capacity on the busiest routes.", "operators have cut"),
]


@pytest.mark.parametrize(("name", "body", "words"), _CAUSES, ids=[n for n, _, _ in _CAUSES])
def test_condition_acting_stays_a_cause(name: str, body: str, words: str) -> None:
    doc = _doc(body)
    assert _shown(analyze_analysis(doc, build_context(doc)), words)


# Audit 46 (47.4 item 2): a speaker's cause line shown in Analysis as '"[O]n top of it, ...," he says.' with no name.
# Two men are named before it (the airline's chief executive, who speaks, and its chairman, who told shareholders
# something a sentence earlier): the attribution stage gives the "he" to the chairman, and the opening repair
# ("And on top" -> "[O]n top") stops the voice label from naming anyone. Both are outside the sections' files (the
# speakers' resolution and analyze/voices.py), so the gap is documented here.
_HE_SAYS = """Asian airlines count the cost of the slump

Asia's airlines are bracing for a second year of losses, industry leaders said at a meeting in Bangkok on Tuesday.

Pacific Orient Airways, which flies to 60 cities, reported its first annual loss in May.

Its chief executive, Lim Boon Keat, says the airline is in a better position than most of its rivals.

"We have enough cash to ride out the downturn," he says.

Last month the carrier's chairman, Tan Wei Ming, told shareholders that the board would not sell any planes.

Passenger numbers on its regional routes fell by 14% in the first quarter.

"And on top of it, the flu epidemic has dampened demand more in Asia than anywhere else," he says.
"""


@pytest.mark.xfail(strict=True, reason="a cause line carried by a bare 'he says' keeps no name in Analysis: the "
                                       "pronoun goes to the last man named (speakers) and the repaired opening stops "
                                       "the voice label (analyze/voices.py); Audit 46 47.4 item 2")
def test_cause_line_names_its_speaker() -> None:
    from newsbrief.analyze import analyze

    doc = annotate(Article(text=_HE_SAYS, source=Source(title="Asian airlines count the cost of the slump",
                                                        date="2024-03-14")))
    shown = [c.item.text for c in analyze(doc).get("analysis", ()) if "flu epidemic" in c.item.text]
    assert all("Lim" in text for text in shown), shown  # named, or withheld (precision over recall)
