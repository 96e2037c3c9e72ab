"""Labelled article endings for the conclusion, session 16 (reader Audit 25, docs/audit.md 26.3 and 26.4).

Each case is a short article written for these tests, briefed whole by the real pipeline. The patterns:

- a source's frame ("[According to the statement, ...") put on a closing sentence that is the writer's own
  background or verdict, cited two sentences after the source or across a paragraph break;
- the clause "... probably should have, as well" shown alone as the close, in place of the writer's last
  sentences;
- a colour detail shown as the close where the last paragraph holds the writer's verdict or closing action;
- a run-dates or venue line ("The festival continues through Jan. 17.") or an image credit as the close.

Near misses stay: a "he said" chain keeps its speaker, and a last line that is content closes.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from newsbrief.analyze.closing_lines import listing_line
from newsbrief.analyze.conclusion import analyze_conclusion
from newsbrief.analyze.context import build_context
from newsbrief.analyze.voices import label_voices
from newsbrief.models import Article, Candidate, Source
from newsbrief.nlp.annotate import annotate


@dataclass(frozen=True)
class Case:
    """An article and its label: each of ``want`` must be in the Conclusion, none of ``avoid``."""

    name: str
    text: str
    want: tuple[str, ...]
    avoid: tuple[str, ...] = ()


STRIKE = ("American forces killed two commanders of a militant group in an air strike in the south of the country "
          "on Friday, the Defence Department said.\n\n"
          "A statement from the department said the two men had planned the bombing of a hotel in the port "
          "city last year, which killed 14 guests. It said they had also directed an attack on an army base in "
          "March. The group has also been responsible for the killing of several journalists and aid workers in "
          "the capital.")
STRIKE_BREAK = ("Government troops recaptured the border town of Amsel on Saturday after two weeks of fighting, "
                "the army said.\n\n"
                "A statement from the army said that 40 fighters had been captured and that the road to the coast "
                "was open again. It said engineers were clearing mines from the bridge.\n\n"
                "The rebels have also been blamed for the kidnapping of two nurses from the town's clinic in "
                "March.")
INTERVIEW = ("A teenager who claimed to have made millions trading shares told us on Tuesday that the figure was a "
             "joke that got out of hand.\n\n"
             "Sam Okafor said the magazine never asked to see his bank statements. He said he had only ever "
             "traded with pretend money in a school club.\n\n"
             "The magazine should have checked the numbers before it ran the story, and the tabloids probably "
             "should have, as well. The story smelled fishy from the start. A quick look at his age and his "
             "savings would have spared everyone the embarrassment.")
INTERVIEW_CLAUSE = ("A teenager who claimed to have made millions trading shares told us on Tuesday that the "
                    "figure was a joke that got out of hand.\n\n"
                    "Sam Okafor said the magazine never asked to see his bank statements. He said he had only "
                    "ever traded with pretend money in a school club.\n\n"
                    "The magazine should have checked his numbers before it ran the story. The tabloids probably "
                    "should have, as well.")
COLUMN = ("I went to the harbour festival expecting to find a city that hated my country.\n\n"
          "The oil company that wrecked the fishing season is ours, and every stall has a joke about it. The "
          "mayor has called the company's boss a liar twice this month.\n\n"
          "At the oyster bar, the shucker gave me a momentary look of murder when he heard my accent. Then he "
          "laughed and poured me a beer on the house. I left a large tip, and I went home having found no "
          "loathing of my country anywhere in the city.")
COLUMN_GLARE = ("I went to the harbour festival expecting to find a city that hated my country.\n\n"
                "The oil company that wrecked the fishing season is ours, and every stall has a joke about it. The "
                "mayor has called the company's boss a liar twice this month.\n\n"
                "At the oyster bar, the shucker gave me a momentary look of murder when he heard my accent, and "
                "his glare will stay with me for years. I left a large tip and walked back to the hotel.")
REVIEW = ("The choreographer Lena Voss brought her new solo to the Eastside Theatre on Thursday night.\n\n"
          "For forty minutes she barely moves, and the audience barely breathes. A recorded voice reads out "
          "shipping forecasts while she turns one hand in the light.\n\n"
          "It is the bravest and stillest work of the festival, and the most moving.\n\n"
          "The Winter Dance Festival continues through Jan. 17.")
RUN_DATES = ("A new staging of an old farce opened at the Lyric Theatre on Friday.\n\n"
             "The cast slams doors with perfect timing, and the second act is a riot of mistaken identities. "
             "By the end, the audience was on its feet, and the laughter did not stop for ten minutes.\n\n"
             "The show runs through March 3 at the Lyric Theatre; tickets are $25.")
CREDIT = ("Small offices are giving way to shared desks in old warehouses across the city, landlords said this "
          "week.\n\n"
          "Renters say the shared spaces cost less and make it easier to meet clients. Several landlords plan to "
          "turn more of their empty floors into shared offices next year.\n\n"
          "Image courtesy of Flickr, Jo Lane")
CHAIN = ("The mayor of Hollin said on Monday that the town's dam would hold through the winter.\n\n"
         "Engineers found no cracks in the wall during an inspection last week.\n\n"
         "\"The dam is safe,\" Mayor Ann Cole said. \"The water will be let out slowly through the spring, and "
         "nobody downstream needs to leave home.\"")
REPORT = ("The city paid contractors millions of dollars for work that was never done, an audit found.\n\n"
          "Council members met on Tuesday to discuss the findings and to plan new checks on spending.\n\n"
          "The state auditor's report said the city had overpaid contractors by $4 million over three years. "
          "The overpayments went mostly to two firms owned by relatives of a council member.")
CONTENT_LAST = ("Floods swept through three villages in the north of the country on Monday, forcing about 4,000 "
                "people from their homes.\n\n"
                "The river rose by two metres overnight after a week of heavy rain, the regional governor said.\n\n"
                "The army will send boats and tents to the villages on Tuesday, and schools in the area will stay "
                "closed until the water falls.")

CASES = (
    # the writer's background two sentences after the statement: no "[According to the statement" (#10)
    Case("background_after_statement", STRIKE, ("has also been responsible",), ("According to",)),
    # across a paragraph break: the writer's again
    Case("background_after_break", STRIKE_BREAK, ("have also been blamed",), ("According to",)),
    # the writer's verdict in an interview: not the interviewee's, and its leaning clause is no close (#12)
    Case("verdict_not_interviewee", INTERVIEW, ("would have spared everyone",),
         ("According to", "Okafor,", "probably should have")),
    Case("leaning_clause_not_alone", INTERVIEW_CLAUSE, ("The magazine should have checked", "as well"), ()),
    # a colour detail before the writer's closing action and verdict (#6)
    Case("column_closing_action", COLUMN, ("no loathing",), ()),
    Case("column_closing_action_after_colour", COLUMN_GLARE, ("large tip",), ()),
    # a run-dates line after a review's verdict (Newsroom row 2's pattern)
    Case("run_dates_line", REVIEW, ("bravest and stillest",), ("continues through",)),
    Case("runs_through_tickets", RUN_DATES, ("on its feet",), ("tickets are",)),
    # an image credit (Newsroom row 14's pattern)
    Case("image_credit", CREDIT, ("shared offices next year",), ("Image courtesy",)),
    Case("image_credit_stop", CREDIT + ".", ("shared offices next year",), ("Image courtesy",)),
    # near misses: a quotation that continues its named speaker keeps her; a content last line closes
    Case("quote_chain_keeps_speaker", CHAIN, ("nobody downstream", "Cole"), ()),
    Case("report_chain_keeps_source", REPORT, ("According to", "two firms owned"), ()),
    Case("content_last_line", CONTENT_LAST, ("boats and tents",), ("According to",)),
)


def _conclusion(text: str) -> list[str]:
    """The conclusion's items as shown: the analyzer's choice, with its sources named by the borrowed-voices
    pass (compose's repeat check is left out: in these short articles the key points hold every sentence)."""
    doc = annotate(Article(text=text, source=Source(date="2025-03-04", url="https://example.com/news/story")))
    ctx = build_context(doc)
    found = {"conclusion": tuple(Candidate(item) for item in analyze_conclusion(doc, ctx))}
    return [c.item.text for c in label_voices(doc, ctx, found)["conclusion"]]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_conclusion_session16(case: Case) -> None:
    shown = " ".join(_conclusion(case.text))
    for words in case.want:
        assert words in shown, (case.name, shown)
    for words in case.avoid:
        assert words not in shown, (case.name, shown)


LINES = (
    ("The Winter Dance Festival continues through Jan. 17.", True),
    ("The exhibition is on view through Feb. 2 at the Tate.", True),
    ("Image courtesy of Flickr, Jo Lane.", True),
    # near misses: a truce's or a strike's end, a parliament's return and a photo's story are news
    ("The ceasefire runs until March 3.", False),
    ("The strike continues until Jan. 17.", False),
    ("Parliament returns on Sept. 5.", False),
    ("The photo by Jane Roe won a prize last year.", False),
)


@pytest.mark.parametrize(("line", "listing"), LINES)
def test_listing_lines(line: str, listing: bool) -> None:
    doc = annotate(Article(text=f"The festival opened on Friday.\n\n{line}",
                           source=Source(date="2025-03-04", url="https://example.com/news/story")))
    assert listing_line(doc, doc.sentences[-1]) is listing
