"""Labelled article endings for the conclusion, session 17 (reader Audit 27, docs/audit.md 28.3).

Each case is a short article written for these tests, briefed whole by the real pipeline. The patterns:

- a live page (clock-stamped entries) closed on its last entry, a side item: a live page has no close of its
  own; its latest entry closes only when it states where the story stands (a toll, an outcome);
- someone else's first-person account introduced by the writer, shown as the close with no narrator, its
  "He" never introduced;
- "..., he admitted." whose "he" is the unnamed official of the sentence before;
- a close cut before its last clause (a writer's closing wish after the outlook).

Near misses stay: an ordinary report's real close, a named speaker's admission, the writer's own first person.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from newsbrief.analyze.conclusion import analyze_conclusion
from newsbrief.analyze.context import build_context
from newsbrief.analyze.voices import label_voices
from newsbrief.models import Article, Candidate, Source
from newsbrief.nlp.annotate import annotate


@dataclass(frozen=True)
class Case:
    """An article and its label: each of ``want`` must be in the Conclusion, none of ``avoid``; for each pair of
    ``needs``, when the first words are shown the second must be shown too."""

    name: str
    text: str
    want: tuple[str, ...] = ()
    avoid: tuple[str, ...] = ()
    needs: tuple[tuple[str, str], ...] = ()
    url: str = "https://example.com/news/story"


_LIVE_HEAD = ("Flu outbreak: live updates as the virus spreads to three more countries.\n\n"
              "0905 The World Health Organisation raised its pandemic alert to level five overnight, saying the "
              "flu virus was now spreading between people in at least two regions.\n\n"
              "1010 Health officials in Spain confirmed two more cases of the flu, both in students who had "
              "returned from a school trip abroad.\n\n"
              "1145 Schools in the capital will stay closed until Monday, the education ministry said, as "
              "doctors tested dozens of children with fever.\n\n")
LIVE_SIDE = _LIVE_HEAD + ("1320 The Senate confirmed Jane Ray as the new commerce secretary by 65 votes to 31 on "
                          "Tuesday afternoon.")
LIVE_UNSURE = _LIVE_HEAD + ("1320 It is not clear whether the three deaths reported in the port city are included in "
                            "the national figures.")
LIVE_TOLL = _LIVE_HEAD + ("1320 The health ministry said the number of confirmed deaths from the flu had risen to 152, "
                          "with more than 2,000 people now infected.")

COLUMN = ("Last week I asked readers in the capital to tell me what they saw in the square. Nadia Fahmy, a teacher "
          "who marched every day, sent this account.\n\n"
          "- Joan Pelham\n\n"
          "We walked from the mosque to the square at noon, and the crowd grew at every corner. A young officer "
          "came up to us and asked if he could join. He wanted to bring medicine for the wounded. The soldiers at "
          "the checkpoint told him to go home. He left, to avoid being arrested or beaten! He did not say a word "
          "to us after that.")
OWN_COLUMN = ("I went back to the square on Friday to see what had changed since the first march.\n\n"
              "The tents were gone, and the soldiers at the checkpoint waved people through without a word. A "
              "young officer told me he had marched himself in the first week.\n\n"
              "I left before dark, and I went home sure that the square had won something it will not give back.")

OWN_LETTER = OWN_COLUMN.replace("first march.", "first march. My neighbour sent me a letter about the square last week.")
OFFICIAL = ("Oil company claims centres across the coast have paid out less than a tenth of what fishermen have "
            "asked for, a report found on Monday.\n\n"
            "At the centre on Harbour Road, dozens of people queued in the heat for most of the day. A company "
            "official who asked not to be named said staff were working late every night to clear the backlog. "
            "Staying patient with angry callers can be hard, he admitted.")
NAMED = ("Oil company claims centres across the coast have paid out less than a tenth of what fishermen have "
         "asked for, a report found on Monday.\n\n"
         "At the centre on Harbour Road, dozens of people queued in the heat for most of the day. Tom Baxter, who "
         "runs the centre, said staff were working late every night to clear the backlog. Staying patient with "
         "angry callers can be hard, Baxter admitted.")
REPORT = ("Floods swept through three villages in the north of the country on Monday, forcing about 4,000 people "
          "from their homes.\n\n"
          "The river rose by two metres overnight after a week of heavy rain, the regional governor said.\n\n"
          "The army will send boats and tents to the villages on Tuesday, and schools in the area will stay closed "
          "until the water falls.")

WISH = ("The new smartwatch will ship next month with a larger screen, one source claims.\n\n"
        "The source says the watch will have 512MB of memory and 4GB of storage. An analyst expects a faster "
        "chip as well, though the company has said nothing.\n\n"
        "We expect the final specs to stay close to these when the watch is shown. We really, really hope for "
        "better battery life, though.")
WISH_NO_STOP = ("The new smartwatch will ship next month with a larger screen, one source claims.\n\n"
                "The source says the watch will have 512MB of memory and 4GB of storage. An analyst expects a faster "
                "chip as well, though the company has said nothing.\n\n"
                "The final specs are unlikely to change much before launch, but we really, really hope for better "
                "battery life")

CASES = (
    # a live page's last entry is a side item or an open question: no close (Audit 27 #2, #4)
    Case("live_side_item", LIVE_SIDE, (), ("Senate", "Jane Ray")),
    Case("live_unsure_item", LIVE_UNSURE, (), ("not clear whether",)),
    # a live page whose latest entry states the toll: that is where the story stands
    Case("live_final_toll", LIVE_TOLL, ("risen to 152",)),
    # someone else's first-person account: its close carries its narrator or is not the close (#6)
    Case("introduced_account", COLUMN, ("Fahmy's account", "A young officer"), (),
         (("He did not say", "Fahmy"), ("He left", "Fahmy"))),
    Case("own_column_letter", OWN_LETTER, ("went home sure",), ("account:]",)),
    Case("own_column_close", OWN_COLUMN, ("went home sure",)),
    # an unnamed official's admission: shown with who "he" is (#7)
    Case("unnamed_official", OFFICIAL, ("Staying patient", "official")),
    Case("named_admission", NAMED, ("Staying patient", "Baxter")),
    Case("report_close", REPORT, ("boats and tents",)),
    # the writer's closing wish is not cut off (#12)
    Case("closing_wish", WISH, ("battery life",)),
    Case("closing_wish_no_stop", WISH_NO_STOP, ("battery life",)),
)
# A last sentence with no final stop is read as cut by the page (conclusion.closes_nothing), and the furniture rules
# read such a line as a related-link headline ("related"); telling a writer's dropped full stop from a truncated page
# or a link is not done yet (session 17, left).
OPEN_CASES = frozenset({"closing_wish_no_stop"})


def check_shown(case: Case, shown: str) -> None:
    """Assert the Conclusion ``shown`` holds the case's ``want``, none of its ``avoid`` and each ``needs`` context
    (the session 18 closing files use it too)."""
    for words in case.want:
        assert words in shown, (case.name, shown)
    for words in case.avoid:
        assert words not in shown, (case.name, shown)
    for words, context in case.needs:
        assert words not in shown or context in shown, (case.name, shown)


def _conclusion(text: str, url: str) -> list[str]:
    """The conclusion's items as shown: the analyzer's choice, with its sources named by the borrowed-voices
    pass (compose's repeat check is left out: in these short articles the key points hold every sentence)."""
    doc = annotate(Article(text=text, source=Source(date="2025-03-04", url=url)))
    ctx = build_context(doc)
    found = {"conclusion": tuple(Candidate(item) for item in analyze_conclusion(doc, ctx))}
    return [c.item.text for c in label_voices(doc, ctx, found)["conclusion"]]


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.xfail(strict=True)) if c.name in OPEN_CASES
                                  else c for c in CASES], ids=[c.name for c in CASES])
def test_conclusion_session17(case: Case) -> None:
    check_shown(case, " ".join(_conclusion(case.text, case.url)))
