"""Labelled article endings for the conclusion, session 18b (reader Audit 30, section 31.3 "Bogus conclusions").

Each case is a short article written for these tests, briefed whole by the real pipeline
(``pipeline.brief_source``). The patterns:

- a programme's about-box at the foot of a broadcaster's blog post (a presenter credit "X is the Presenter,
  <programme>", the programme's self-description "<programme> is your chance to have your say about ...",
  "<programme> is broadcast on ...") is furniture, never the close;
- a close that leads into a quotation or post the brief does not show (a concessive clause trailing off on
  "...", "Here's what he wrote:", "as one user put it:") closes nothing;
- a close whose subject or object points back ("all three", "that") is shown with the sentence it points to;
- a closing quote whose speaker is named in the paragraph before shows that speaker.

Near misses stay: a news report's close on a presenter leaving a programme, a writer's own trailing "...", a
close on "Both sides" with its noun, a closing quote whose own paragraph names its speaker.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Brief, RawDocument
from newsbrief.pipeline import brief_source
from newsbrief.settings import Settings
from tests.analyze.test_conclusion_session17 import Case, check_shown

_BLOG = (
    "Posted by Mara Lindqvist\n\n"
    "When the floods reached the northern towns last week, the first voice many families heard was not a rescuer's "
    "but a radio presenter's, reading out which roads were still open.\n\n"
    "One listener, Tomas Erikson, wrote to us from a school gym where he was sleeping with his two children. He said "
    "the bulletins told him more than any official had in three days.\n\n"
    "Another listener complained that our reports dwelt too long on looting, which local police say was rare. The "
    "regional governor also told us the looting stories were exaggerated and had frightened aid workers away.\n\n"
    "Tomas Erikson and his children went back to their house on Friday.\n\n")
ABOUT_BOX = _BLOG + (
    "Mara Lindqvist is the Presenter, Your Voice\n\n"
    "Your Voice is your chance to have your say about Radio North and its programmes.\n\n"
    "Your Voice is broadcast on Saturdays at 10:30 GMT and repeated on Sundays.\n\n"
    "Email: yourvoice@example.com")
ABOUT_BOX_HOST = _BLOG + (
    "Peter Holm is the host of Letters Hour.\n\n"
    "Letters Hour is your chance to tell Radio North what you think of its news coverage.")

ABOUT_BOX_JOINED = _BLOG + (
    "Mara Lindqvist is the Presenter, Your Voice Your Voice is your chance to have your say about Radio North and "
    "its programmes.\n\nYou can hear Your Voice on Saturdays at 10:30 GMT.")

_NEWS = (
    "Radio North said on Monday that its longest-serving presenter would leave the station this summer after "
    "thirty years on air.\n\n"
    "Jonas Berg joined the station as a sports reporter in 1995 and moved to the morning programme a decade later. "
    "Listening figures for the programme have fallen by a fifth since 2020, the station's annual report shows.\n\n")
PRESENTER_NEWS = _NEWS + (
    "Berg, who has been the host of Morning Line since 2009, will present his last programme on 28 June, the "
    "station said.")

_VIRAL = (
    "A sports car parked outside a hotel in the city centre was found covered in pink paint on Saturday morning, "
    "police said.\n\n"
    "Pictures of the car spread quickly on social media, where thousands of people shared them within hours. Many "
    "users said they felt sorry for the owner, while others joked that the paint was an improvement.\n\n"
    "Police said they were looking for two men seen near the hotel shortly after midnight.\n\n")
TRAILING_LEAD_IN = _VIRAL + "Although this is perhaps taking things a little too far..."
WROTE_LEAD_IN = _VIRAL + "One user was less amused. Here's what he wrote:"
PUT_IT_LEAD_IN = _VIRAL + "Others saw a deeper meaning in the attack, as one user put it..."
WRITERS_TRAIL = (
    "The village council met on Tuesday night to decide whether to close the only school in the valley.\n\n"
    "Parents filled the hall and the meeting ran past midnight. Councillors said the building needed repairs the "
    "budget could not cover, and the nearest other school is forty minutes away by bus.\n\n"
    "Several parents said they would move to the town if the school closed, and one farmer said the valley would "
    "be empty within ten years.\n\n"
    "In the end the council put off its vote until the spring, and the parents went home in the snow. "
    "And so, for one more winter, the families of the valley will go on waiting...")

_WAR = (
    "Fighting in the eastern valley has entered its third year, and the United Nations said on Tuesday that more "
    "than 40,000 people have now been killed.\n\n"
    "Analysts have long argued about what to call the conflict. Some describe it as a rebellion against the "
    "government, others as a civil war, and a growing number as a feud between two religious communities.\n\n"
    "Aid agencies say food convoys have not reached the upper valley since March, and the only hospital there "
    "works on generators for a few hours a day. Doctors say they are treating more children for hunger than for "
    "wounds.\n\n"
    "Neighbouring states have closed their borders to the refugees, and the camps on the plain now hold twice the "
    "number they were built for.\n\n")
ALL_THREE = _WAR + (
    "Outsiders have called the war an armed revolt, a civil war and a religious feud, and each label brings its "
    "own answers. The conflict in the valley now has elements of all three.")
THAT_CHANGE = (
    "The Southern Union, a party banned for two decades, has opened offices in every major town since the "
    "ceasefire.\n\n"
    "Its leaders say they want a seat at the table when the new constitution is written, and they have courted "
    "tribal elders across the south.\n\n"
    "Rivals accuse the party of hiding its old aims behind new faces, a charge its leaders deny. Western diplomats "
    "say they have met the party's officials twice since the summer.\n\n"
    "The union runs clinics and schools in the poorest districts, which has won it support among families who "
    "never voted for it before.\n\n"
    "No member of the union sits on the interim council that now runs the country. Party spokesman Idris Harun "
    "expects that to change before the elections.")
BOTH_SIDES = _WAR + (
    "Both sides have agreed to send negotiators to Geneva for talks that will begin next month, the United "
    "Nations said.")

_SPILL = (
    "Villagers in the river delta say oil from a broken pipeline has killed the fish they depend on, three "
    "months after the company said the leak was sealed.\n\n"
    "The company said the pipe had been damaged by thieves and that it had cleaned up most of the spill. "
    "Community leaders dispute that, and say the slick still reaches the mangroves at every high tide.\n\n")
STRAY_MARK_QUOTE = _SPILL + (
    "\"These companies have treated our rivers as their dumping ground for forty years,\" said Ada Okon, who leads "
    "the Coastal Rights Alliance, a group of village councils.\n\n"
    "\"They are a danger to everyone who lives on this coast. They must be made to answer for it before an "
    "international court.\"\"")
OWN_SPEAKER_QUOTE = _SPILL + (
    "Ada Okon, who leads the Coastal Rights Alliance, said the villages would take the company to court. "
    "\"They must be made to answer for it before an international court,\" she said.")

CASES = (
    # a programme's about-box at the foot of a blog post is furniture (#3)
    Case("about_box", ABOUT_BOX, ("went back to their house",), ("is the Presenter", "your chance", "broadcast on")),
    Case("about_box_host", ABOUT_BOX_HOST, ("went back to their house",), ("is the host of", "your chance")),
    Case("about_box_joined", ABOUT_BOX_JOINED, ("went back to their house",), ("is the Presenter", "your chance", "You can hear")),
    Case("presenter_news", PRESENTER_NEWS, ("last programme on 28 June",)),
    # a close leading into a quotation or post that is not shown closes nothing (#10)
    Case("trailing_lead_in", TRAILING_LEAD_IN, (), ("a little too far",)),
    Case("wrote_lead_in", WROTE_LEAD_IN, (), ("what he wrote",)),
    Case("put_it_lead_in", PUT_IT_LEAD_IN, (), ("one user put it",)),
    Case("writers_trail", WRITERS_TRAIL, ("go on waiting",)),
    # a close pointing back to the sentence before shows it (#6, #4)
    Case("all_three", ALL_THREE, (), (), (("all three", "civil war"),)),
    Case("that_change", THAT_CHANGE, (), (), (("expects that to change", "interim council"),)),
    Case("both_sides", BOTH_SIDES, ("negotiators to Geneva",)),
    # a closing quote whose speaker the paragraph before names shows the speaker (#2)
    Case("stray_mark_quote", STRAY_MARK_QUOTE, (), (), (("international court", "Okon"),)),
    Case("own_speaker_quote", OWN_SPEAKER_QUOTE, ("international court",)),
)
OPEN_CASES: frozenset[str] = frozenset()


def _brief(text: str) -> Brief:
    return brief_source(RawDocument(content=text.encode(), filename="page.txt"), Settings())


def _conclusion(text: str) -> str:
    """The Conclusion's items of the whole brief, joined."""
    brief = _brief(text)
    return " ".join(item.text for section in brief.sections if section.name == "conclusion" for item in section.items)


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.xfail(strict=True)) if c.name in OPEN_CASES
                                  else c for c in CASES], ids=[c.name for c in CASES])
def test_closing_session18b(case: Case) -> None:
    check_shown(case, _conclusion(case.text))
