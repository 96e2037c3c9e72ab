"""Labelled article endings for the conclusion, session 20 (reader Audit 33, section 34.3 "Bogus conclusions").

Each case is a short article written for these tests, run through the real pipeline's analyzers (every section,
then the opening repair and the voice labels, as the engine does; compose's repeat check is left out). The patterns:

- a column whose last line asks how the others responded ("So how did the papers respond?"): a set-up for the
  answer that should come next, not a close, and the line leading into it is no close either;
- a last line turning on the sentence before with an "it" the repair pass cannot name ("But it may be years
  before it can ..."): withheld alone, so it is shown with that sentence;
- "NAME's learned plenty": the contracted "has" read as a possessive left the close with no finite verb;
- a flat "No comment was immediately available from ..." as the close;
- a close whose "he" stands in a clause before any name ("If he wins ..., we will ...").

Near misses stay: a real closing question in a column, a "Why did ...?" close, a "But" close naming its subject,
a possessive before a verb in the past, a no-comment line that is the story's point, a close naming its "he".
"""

from __future__ import annotations

import pytest

from newsbrief.analyze import analyze_in_context
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.test_conclusion_session17 import Case  # the same label: want, avoid, needs

_COLUMN = ("I have been writing about hoaxes on this blog for six years, and I thought I had seen them all.\n\n"
           "Last week a story went round claiming that a whole class of pupils in a small mountain town had been "
           "struck by the same rare illness after a school trip. I tried to find the town's hospital records and "
           "found nothing.\n\n"
           "The numbers in the story do not add up either. A town of 4,000 people would not have forty children "
           "in one class, and the doctor quoted by name does not appear on any register I could find.\n\n"
           "Every detail of this story seems wildly unlikely, from the illness itself to the way it was told. ")
SETUP_QUESTION = _COLUMN + ("For a newsroom hungry for clicks, this is the moment when we either check the story "
                            "or leave it alone. So how did the papers respond?")
CLOSING_QUESTION = _COLUMN + ("Three papers ran it anyway, without a single call to the town. And who will pay "
                              "for the next panic when nobody checks?")
WHY_QUESTION = _COLUMN + ("Three papers ran it anyway, without a single call to the town, and two of them added "
                          "details of their own. Why did nobody pick up the phone before printing it?")

DIVIDENDS = ("Northline Energy is still trading, but the pipeline leak has changed the company for good.\n\n"
             "In March, some analysts doubted whether it could survive the clean-up bill at all. Its shares fell "
             "by more than half in a month.\n\n"
             "The company is selling $12bn worth of pipelines and refineries to pay for the damage so far. "
             "Lawyers say it will take years to settle who was to blame for the leak.\n\n"
             "Northline argues that whatever happens, it is in the region's interest that it survives so it can "
             "pay all its debts. But it may be some time before it can afford to resume paying its generous "
             "dividends, which used to make up a tenth of all payouts in the sector.")
DIVIDENDS_NAMED = DIVIDENDS.replace("But it may be some time before it can afford",
                                    "But Northline may need years before it can afford")

LEARNED = ("A 16-year-old from Leeds has made a small fortune trading shares during his lunch breaks, a local "
           "paper reported this week.\n\n"
           "Sam Patel, the son of two bus drivers, runs his school's investment club. He says he started with "
           "savings from a paper round.\n\n"
           "Patel lost most of his first stake at the age of 12, which put him off trading for a while. But he "
           "read the memoirs of a famous fund manager and went back to it with a plan.\n\n"
           "From all appearances, the teenager's learned plenty.")
LEARNED_PAST = LEARNED.replace("From all appearances, the teenager's learned plenty.",
                               "By the look of it, the club's members learned plenty from him as well.")

_RAID = ("Police in Manchester arrested a 32-year-old man on Tuesday on suspicion of planning attacks abroad, "
         "officials said.\n\n"
         "The man, a former student, was detained at his flat in the south of the city after a month-long "
         "investigation.\n\n"
         "Friends told a local paper that he had changed after a trip to Turkey two years ago, and that he had "
         "stopped seeing his old friends.\n\n")
NO_COMMENT = _RAID + ("\"We are not going to confirm the identity of anyone at this stage of a live "
                      "investigation,\" said Superintendent Ann Hale of Greater Manchester Police.\n\n"
                      "No comment was immediately available from the University of Salford.")
SILENCE = _RAID + ("No comment has come from the university in the week since the arrest, and students say "
                   "the silence has left them more worried than the raid itself.")

_TENNIS = ("Maria Lenz reached the final of the Madrid Open on Thursday with a straight-sets win over the "
           "defending champion.\n\n"
           "In the men's draw, Tomas Rossi beat the world No 3 in three sets to reach his first semi-final at "
           "the event. He served 14 aces and saved all five break points he faced.\n\n")
PRONOUN_CLOSE = _TENNIS + ("It would have sounded absurd a week ago to call Rossi a contender, after he lost his "
                           "opening set of the tournament to a qualifier. If he wins his next two matches, we "
                           "will be writing quite a different story.")
NAMED_CLOSE = _TENNIS + ("It would have sounded absurd a week ago to call Rossi a contender, after he lost his "
                         "opening set of the tournament to a qualifier. If Rossi wins his next two matches, he "
                         "will be the youngest champion in the event's history.")
QUOTED_CLOSE = _TENNIS + ("It would have sounded absurd a week ago to call Rossi a contender, after he lost his "
                          "opening set of the tournament to a qualifier. \"If he keeps serving like this, nobody in "
                          "the draw will stop him,\" said his coach, Ana Ruiz.")

CASES = (
    # a set-up question whose answer the column gives next (Audit 33 #12): neither it nor its lead-in closes
    Case("setup_question", SETUP_QUESTION, ("wildly unlikely",), ("ow did the papers respond", "hungry for clicks")),
    # near misses: a real closing question, and a "Why did ...?" one, stay the close of a column
    Case("closing_question", CLOSING_QUESTION, ("ho will pay for the next panic",)),
    Case("why_question", WHY_QUESTION, ("Why did nobody",)),
    # a "But it ..." close the repair pass cannot name is shown with the sentence it turns on (Audit 33 #7)
    Case("but_it_close", DIVIDENDS, ("generous dividends", "Northline argues")),
    Case("but_named_close", DIVIDENDS_NAMED, ("generous dividends",)),
    # "NAME's learned" is "has learned": a verdict that closes (Audit 33 #11); a possessive before a past verb
    Case("contracted_has", LEARNED, ("learned plenty",)),
    Case("possessive_past", LEARNED_PAST, ("learned plenty from him",)),
    # a flat no-comment line is no close (Audit 33 #8); a silence that is the story's point is
    Case("no_comment_line", NO_COMMENT, (), ("No comment was immediately",)),
    Case("silence_close", SILENCE, ("silence has left them",)),
    # a "he" before any name in the close is shown with the sentence naming him (the lead's Newsroom row 49)
    Case("pronoun_close", PRONOUN_CLOSE, ("quite a different story",), (), (("quite a different story", "Rossi"),)),
    Case("named_close", NAMED_CLOSE, ("youngest champion",)),
    Case("quoted_close", QUOTED_CLOSE, ("nobody in the draw",)),
)


def check_shown(case: Case, shown: str) -> None:
    """Assert the case's label on the conclusion as shown."""
    for words in case.want:
        assert words in shown, (case.name, shown)
    for words in case.avoid:
        assert words not in shown, (case.name, shown)
    for words, context in case.needs:
        assert words not in shown or context in shown, (case.name, shown)


def _conclusion(text: str) -> list[str]:
    """The conclusion as the engine offers it to compose (analyzers, opening repair, voice labels)."""
    doc = annotate(Article(text=text, source=Source(date="2025-03-04", url="https://example.com/news/story")))
    return [c.item.text for c in analyze_in_context(doc, build_context(doc))["conclusion"]]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_conclusion_session20(case: Case) -> None:
    check_shown(case, " ".join(_conclusion(case.text)))
