"""Misattribution after reader Audit 17 (section 18.3 "Misattributed", 18.4 item 2), on short texts written for
these tests:

1. A person's words never go to the organisation or group he talks about: "he told a paper" after a paragraph
   naming a militant group is the person the story follows.
2. An explicit descriptor speaker ("a resident of the town", "one witness", "a local man") keeps the quote even
   though it is no name; the correspondent named in the sentence before, or the outlet told ("told the BBC",
   "told our correspondent"), does not take it.
3. A stamped entry of a live page is its own unit: a speaker never carries over from one entry to the next.
4. Named speakers introduced by a title ("Ayatollah ...", "Mr Connell"), a colon ("Connolly said:") or a
   sentence saying they spoke, and an organisation as speaker ("police said"), are attributed.

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from tests.nlp.test_session12_speakers2 import check_speaker

# (text, a piece of the content, a speaker that must hold it (any one, as a substring), speakers never given)
SPEAKERS: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    # 1. the group he talks about
    ("The Sons of the Valley, a rebel militia in the north, posted a photo of a pickup truck with a machine gun "
     "mounted on its bed. The group has said it is not linked to any foreign fighters.\n\n"
     "The truck once belonged to Dale Fisher, a roofer in Port Arden, whose company name was still painted on the "
     "door. Fisher has received hundreds of calls since the photo appeared.\n\n"
     "\"Some of the callers are really nasty,\" he told the Harbor Times. \"People think I am helping the rebels, "
     "and my wife is terrified.\"",
     "really nasty", "Fisher", ("Sons of the Valley", "The Sons of the Valley", "group", "The group")),
    ("The Sons of the Valley, a rebel militia in the north, posted a photo of a pickup truck with a machine gun "
     "mounted on its bed. The group has said it is not linked to any foreign fighters.\n\n"
     "The truck once belonged to Dale Fisher, a roofer in Port Arden, whose company name was still painted on the "
     "door. Fisher has received hundreds of calls since the photo appeared.\n\n"
     "\"Some of the callers are really nasty,\" he told the Harbor Times. \"People think I am helping the rebels, "
     "and my wife is terrified.\"",
     "helping the rebels", "Fisher", ("Sons of the Valley", "The Sons of the Valley", "group", "The group")),
    ("The Northern Front, an armed group, showed the van in a video on Monday.\n\n"
     "Lena Ortiz, who sold the van to a dealer last year, said she was shocked. \"I just want it to go away,\" "
     "she said.", "go away", "Ortiz", ("Northern Front", "The Northern Front")),
    # near-miss: the organisation itself speaks
    ("The Northern Front, an armed group, showed the van in a video on Monday. \"The vehicle was bought at an "
     "auction,\" the group said in a statement.", "bought at an auction", "Northern Front", ()),
    # the group is named as the subject just before the quote; the person the story follows is named earlier
    ("Mark Dobson, a plumber in Texas City, traded in his old pickup truck at a dealer in 2013. He thought the "
     "dealer would remove the company decal from the door.\n\n"
     "Last week, Jund al-Rahim, a jihadist front fighting in Syria, posted a photo of the truck with a gun on its "
     "bed. Jund al-Rahim has maintained that it is independent of other groups.\n\n"
     "\"A few of the people are really ugly,\" he told the Galveston Daily News. \"People think you are aiding the "
     "terrorists. My wife is scared to death.\"\n\n\"I just want it to go away,\" he said.",
     "really ugly", "Dobson", ("Jund al-Rahim", "Jund")),
    ("Mark Dobson, a plumber in Texas City, traded in his old pickup truck at a dealer in 2013. He thought the "
     "dealer would remove the company decal from the door.\n\n"
     "Last week, Jund al-Rahim, a jihadist front fighting in Syria, posted a photo of the truck with a gun on its "
     "bed. Jund al-Rahim has maintained that it is independent of other groups.\n\n"
     "\"A few of the people are really ugly,\" he told the Galveston Daily News. \"People think you are aiding the "
     "terrorists. My wife is scared to death.\"\n\n\"I just want it to go away,\" he said.",
     "go away", "Dobson", ("Jund al-Rahim", "Jund")),
    # no person named before the quote: a group is still never "he"
    ("Last week, Jund al-Rahim, a jihadist front fighting in Syria, posted a photo of a truck with a gun on its "
     "bed. The truck still carried the name of Dobson Plumbing on its door.\n\n"
     "Jund al-Rahim has maintained that it is independent of other groups.\n\n"
     "\"A few of the people are really ugly,\" he told the Galveston Daily News.\n\nMark Dobson said he traded "
     "in the truck in 2013.", "really ugly", None, ("Jund al-Rahim", "Jund")),
    # 2. a descriptor speaker relayed by a reporter
    ("The BBC's Tom Hale in Beirut says the town is now almost empty.\n\n"
     "A resident of the town told the BBC: \"We are hoping that the soldiers will join us, because there are no "
     "armed gangs here.\"", "hoping that the soldiers", "resident", ("Tom Hale", "Hale", "BBC", "the BBC")),
    ("Our correspondent Maria Lund says the roads out of the city are blocked.\n\n"
     "One witness told our correspondent: \"The shelling went on all night and nobody came to help.\"",
     "shelling went on", "witness", ("Maria Lund", "Lund", "correspondent", "our correspondent")),
    ("Syrian troops are massing near the town, residents say. The BBC's Jim Hale in neighbouring Lebanon says "
     "many people have already fled towards the border.\n\n"
     "One resident told the BBC that people were afraid. \"We are hoping that the army will side with us.\"",
     "We are hoping", "resident", ("Jim Hale", "Hale", "BBC", "the BBC")),
    ("Reporter Sam Cole visited the market on Tuesday. A local man said: \"We have had no water for a week.\"",
     "no water for a week", "man", ("Sam Cole", "Cole")),
    ("The BBC's Tom Hale reports from the border.\n\nOmar Saleh told the BBC: \"Everybody is leaving before "
     "the army arrives.\"", "Everybody is leaving", "Saleh", ("Tom Hale", "Hale", "BBC", "the BBC")),
    # near-miss: the correspondent himself speaks
    ("The BBC's Tom Hale in Beirut says the town is now almost empty, and the shops are shut.",
     "almost empty", "Hale", ()),
    # 3. live page entries
    ("1840 Time photographer Ben Cole says the streets are full of people sleeping outside.\n\n"
     "1835 Ann Vale in Port Mere tweets: \"Just back from the market - the roofs are all gone.\"\n\n"
     "1830 The Red Cross says it is sending a second plane.",
     "roofs are all gone", "Vale", ("Ben Cole", "Cole")),
    ("1840 Time photographer Ben Cole says the streets are full of people sleeping outside.\n\n"
     "1835 \"We have found no survivors in this street since the morning.\"\n\n"
     "1830 The Red Cross says it is sending a second plane.",
     "no survivors", None, ("Ben Cole", "Cole")),
    ("1812 Time photographer Saul Berg says the streets of the capital are full of people sleeping outside. "
     "\"It is a terrible scene,\" he says.\n\n"
     "1805 Yara Tellin in Jacmel tweets: \"Just got back from downtown - shocked at the damage, whole streets are "
     "gone.\"\n\n1758 The Red Cross says it is sending a second plane of supplies to the island.",
     "Just got back", "Tellin", ("Saul Berg", "Berg")),
    # near-miss: inside one entry the speaker carries on
    ("1840 Time photographer Ben Cole says the streets are full of people sleeping outside. \"It is the worst "
     "thing I have seen in twenty years of work.\"\n\n1835 The Red Cross says it is sending a second plane.\n\n"
     "1830 The UN says its staff are still missing.", "worst thing", "Cole", ()),
    # near-miss: a person whose apposition names a group's office is still a person
    ("Tom Reed, a party leader in the north, met the mayor on Monday. Reed has said the party will not join "
     "the coalition.\n\n\"We will not sign anything this year,\" he told the Herald.", "not sign anything",
     "Reed", ()),
    # 4. named speakers printed unattributed
    ("Ayatollah Hassan Rafi said during Friday prayers: \"A new Middle East is being born, and it will be free.\"",
     "new Middle East", "Rafi", ()),
    ("Fast Tools makes cleaning kits for oil spills. Managing director Sean Connolly said demand had risen.\n\n"
     "Connolly said: \"Normally at this time of year we hire about ten people, but this year we need thirty.\"",
     "Normally at this time", "Connolly", ()),
    # "Mr" + a surname the model does not know, then a quotation running over two paragraphs
    ("A Belfast firm is shipping clean-up kits to the Gulf of Mexico. The firm has been in business for twenty "
     "years.\n\nMr Connell said demand had risen sharply since the spill.\n\n\"Normally at this time of year we "
     "recruit some engineering students to give them experience. \n\n\"This year we have had to take on twelve "
     "full-time workers.\"", "Normally at this time", "Connell", ()),
    # a sentence that says someone spoke, then the quotation as its own paragraph
    ("Iran's leaders are claiming the protests in Egypt as their own. In Tehran, hardline cleric Ayatollah Ahmad "
     "Kazemi spoke during Friday prayers.\n\n\"An Islamic Middle East is being created based on religion and "
     "democracy.\"\n\nThe opposition sees things differently.", "An Islamic", "Kazemi", ()),
    # near-miss: a sentence about what the person did, and no speech: the quotation stays unattributed
    ("Iran's leaders are claiming the protests in Egypt as their own. In Tehran, the cleric Ahmad Kazemi "
     "travelled to the mosque on Friday.\n\n\"An Islamic Middle East is being created based on religion and "
     "democracy.\"\n\nThe opposition sees things differently.", "An Islamic", None, ("Ahmad Kazemi", "Kazemi")),
    ("A man wanted for theft joked about his own picture online. Police said no one by that name had turned "
     "himself in yet.", "no one by that name", "Police", ()),
    ("A man wanted for theft joked about his own picture online. A police spokesman told the paper that "
     "\"no one by that name has turned themselves in yet.\"", "no one by that name", "spokesman", ()),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece", "expected", "never"), SPEAKERS,
                         ids=[f"speaker{i}" for i in range(len(SPEAKERS))])
def test_the_speaker_is_the_one_named(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> None:
    check_speaker(text, piece, expected, never)
