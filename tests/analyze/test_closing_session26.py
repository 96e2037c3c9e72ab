"""Reader Audit 40 (docs/audit.md 41), conclusion. The articles are invented for these tests.

- a close whose quotation is split into lines, one sentence a line, the last line closing the mark (#3: a
  photographer's last post, "No sign of NATO."): shown to its closing mark, not cut after its first line;
- a "His ..." close after a sentence ending on a name the tagger does not read as a person (#12: "[Bambaataa's]
  phrasing", named two sentences back): the bracketed repair names the wrong person, so the close is shown with
  the sentence before it instead, or the item is left out;
- a last line that brings in a similar, earlier case ("A similar hoax happened last week, when ...", #8): an
  aside; the close is the line before it;
- a column's closing order to its reader ("Just get it done.", #6): the close (the session 24 xfail
  test_closing_quip_shown, "Hollywood parents, take note.", now passes too).
"""

from __future__ import annotations

import pytest

from newsbrief.analyze import analyze_in_context
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.test_conclusion_session17 import Case, check_shown

_WAR_HEAD = (
    "Fighting in the port city of Keldar entered its third week on Tuesday as government troops shelled the "
    "old town.\n\n"
    "Aid groups said food and medicine were running short in the districts the army had cut off.\n\n"
    "A retired general, Pieter Olsen, said the rebels could hold the harbour for months without outside help.\n\n"
    "\"Nobody is coming to save them,\" Olsen said.\n\n"
    "In Keldar, the shelling goes on and the death toll rises.\n\n")
TWEET = _WAR_HEAD + (
    "The award-winning cameraman Ruben Vasquez was among those killed this week.\n\n"
    "Hours before he died, he posted a message that echoed the pleas of the residents: \"In the besieged port "
    "of Keldar.\n\n"
    "Constant shelling by army batteries.\n\n"
    "No sign of the peacekeepers.\"\n\n"
    "Anna Berg contributed to this report.")
TWEET_ONE_LINE = _WAR_HEAD + (
    "The award-winning cameraman Ruben Vasquez was among those killed this week.\n\n"
    "Hours before he died, he posted a message that echoed the pleas of the residents: \"In the besieged port "
    "of Keldar. Constant shelling by army batteries. No sign of the peacekeepers.\"")

_SONG_HEAD = (
    "Marlon \"Big Spin\" Okafor, who rapped on the first hit record of the genre, died Tuesday at 58.\n\n"
    "Okafor got his start as a doorman at a club in the Bronx before a producer put him in a studio trio.\n\n"
    "The trio's single sold millions of copies, though the group never repeated its success.\n\n")
HIS = _SONG_HEAD + (
    "In the years after the hit, the style changed in many directions, becoming political through Dario Kent "
    "and electronic through Lonnie Vance.\n\n"
    "Trace virtually any rap song since, and the line leads back to that single, and by extension, Big Spin.\n\n"
    "His phrasing, his loose, playful tone, has endured, passed down from rapper to rapper.")

HOAX = (
    "A story is circulating about a nurse from the town of Valmora who allegedly posted a video mocking her "
    "patients.\n\n"
    "Tabloids in three countries picked up the story and wrote that she had been fired.\n\n"
    "The only problem is that almost none of it is true, as the local paper pointed out.\n\n"
    "The woman in the video is not a nurse, and she has never lived in Valmora.\n\n"
    "So now, not only is a stranger's private video going viral, news sites around the world are accusing her "
    "of abusing patients.\n\n"
    "A somewhat similar hoax happened last month, when a travel app created a fake profile of a pilot offering "
    "free flights.")

DONE = (
    "Every winter the same argument breaks out in our city council about who should pay to clear the snow.\n\n"
    "The mayor says the state should pay. The state says the city has had the money for years.\n\n"
    "Meanwhile the side streets stay buried, buses skip their stops and old people stay indoors for days.\n\n"
    "I have lived here for thirty years, and I have never once seen a plough ask a resident how he votes.\n\n"
    "There is no left-wing or right-wing way to clear a street. Just get it done.")

CASES = (
    Case("tweet_lines", TWEET, want=("No sign of the peacekeepers",), needs=(("In the besieged", "No sign"),)),
    Case("tweet_one_line", TWEET_ONE_LINE, want=("No sign of the peacekeepers",)),
    Case("his_after_name", HIS, want=("His phrasing",), avoid=("[Vance", "[Kent", "[Lonnie", "[Dario"),
         needs=(("His phrasing", "Big Spin."),)),
    Case("closing_order", DONE, want=("Just get it done",)),
    Case("similar_aside", HOAX, want=("accusing her",), avoid=("similar hoax",)),
)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_closing_session26(case: Case) -> None:
    doc = annotate(Article(text=case.text, source=Source(date="2026-03-04", url=case.url)))
    found = analyze_in_context(doc, build_context(doc))
    check_shown(case, " ".join(c.item.text for c in found["conclusion"]))
