"""Misattribution after reader Audit 43 (section 44.4, patterns 1 and 4: a line given to the opposing party, a medium
as the speaker), on short texts written for these tests:

1. A turn opened by a named party's reply ("Corvex also hit back at the report") is that party's: the "it said" and
   the quotation paragraph after it are not the rival's, named by a descriptor ("the Oslo-based group") just before.
2. A platform or a page never speaks: a politician's postings "on Facebook and Twitter" are his; a page with no named
   holder gives no speaker; a post with no named author stays a document; a platform's bare name saying what the
   company did stays the company.
3. "The Oslo-based group" after a rival's quotation is the firm that spoke just before, not a name inside the quotation.
4. A "he" after "Police have interviewed his trainer Tom Reed but he has not been named" is Reed, the one person that
   clause names, not the dead man named sentences before.
5. "Tiffany Banks, famous for being the daughter of the banking legend Gerald, said": her words, not Gerald's.
6. Near misses kept: the last-named person's denial, a scholar's "he said" after a sentence about a ruler.

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from tests.nlp.test_session12_speakers2 import check_speaker

_FIRMS = (
    "Northline Energy's internal inquiry into the platform fire blamed two of its contractors for the blast.\n\n"
    "Arden Drilling rejected Northline's findings, accusing the operator of choosing a \"dangerously cheap\" well "
    "design.\n\n"
    "\"This report is a self-serving attempt to hide the real cause of the fire: Northline's own design,\" the "
    "Oslo-based group said in a statement.\n\n"
    "Corvex Services also hit back at the 200-page report.\n\n"
    "\"As we study the report published today, we have found a number of serious errors in it,\" it said.\n\n"
    "\"Corvex remains confident that all the cement it supplied met every industry standard and Northline's own "
    "instructions.\""
)

# The same turn with a firm's name the model reads as a person's (the earlier "it" rules passed over it).
_FIRMS_SURNAME = _FIRMS.replace("Corvex Services", "Wetherby").replace("Corvex remains", "Wetherby remains")

_ROW = (
    "Labour MEP Ann Cole has condemned the leader of the Patriot Party, Tom Pike, over remarks he posted about the "
    "flood relief effort.\n\n"
    "Ms Cole said his comments were \"disgusting\" and called on him to apologise.\n\n"
    "Mr Pike's original postings, on Facebook and Twitter, said: \"The floods are terrible, but the cold will kill "
    "as many here. No relief for us though.\"\n\n"
    "Mr Pike hit back on Friday.\n\n"
    "\"The people attacking me have never lived through a winter without heating,\" he said.\n\n"
    "His deputy, Sam Hart, said the party would not be silenced."
)

_PAGE = (
    "The singer Leo Marr is alive and well, despite a rumour that he died in a crash on a motorway, according to "
    "the fan club's Facebook page.\n\n"
    "A post on a fan club's Facebook page claimed that he had been killed on a motorway near Leeds.\n\n"
    "Twitter said on Monday that it had suspended the account that first spread the story."
)

# A store's name before a title in single quotes, in the writer's own lede (after a reprint note).
_STORE = (
    "(This article first appeared on a partner site on 04/05/2016. For the original, click here.)\n\n\n\n"
    "The App Store's 'Top Charts' lists are well known to phone users, but how apps climb them is far less "
    "understood. This week, one blog shared photos under the heading \"Life as a Chart Worker,\" publicly exposing "
    "the trade behind chart-boosting (Ed: which I will call 'chart-pumping') work.\n\n"
    "One worker can pose as up to 100 users."
)

_DOCTOR = (
    "The death of the singer Leo Marr has been ruled a homicide, the coroner said on Tuesday.\n\n"
    "Marr's personal doctor, Dr Paul Hale, who gave the singer a strong sedative hours before his death, has "
    "strenuously denied any wrongdoing.\n\n"
    "Police have not charged anyone."
)

# Written to show pattern 3's denial: the "he" of the clause before is the trainer (the one person it names), so the
# denial after it is his, not the dead man's named two sentences up.
_TRAINER = (
    "The inquest into the death of the striker Leo Marr has been reopened.\n\n"
    "Marr died at his home in Leeds in May, aged 29.\n\n"
    "Police have interviewed his personal trainer Tom Reed but he has not been named as a suspect.\n\n"
    "He has strenuously denied any wrongdoing."
)

# The name the model misses heads the phrase; the one it tags is only in the writer's aside about her father.
_TELETHON = (
    "The telethon raised more than a million dollars on Monday night.\n\n"
    "Tiffany Banks, famous for being the daughter of the banking legend Gerald, said the experience of manning the "
    "phone lines had been \"humbling beyond belief\"."
)

_SCHOLAR = (
    "Hosni Aziz ruled the country for thirty years before the protests forced him out.\n\n"
    "Mark Tell, a historian at Lakeside University, said Aziz had kept the army loyal by giving its officers land. "
    "\"He bought the generals, and the generals kept him in power,\" he said.\n\n"
    "He said the protests in the neighbouring country had shown people that such rulers could fall."
)

CASES: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    # 1. the reply's "it said" and the quotation after it are the replying firm's, not the rival's descriptor
    (_FIRMS, "serious errors in it", "Corvex", ("the Oslo-based group", "Arden Drilling", "Northline's own design")),
    (_FIRMS, "all the cement it supplied", "Corvex", ("the Oslo-based group", "Arden Drilling")),
    (_FIRMS_SURNAME, "serious errors in it", "Wetherby", ("the Oslo-based group", "Northline's own design")),
    (_FIRMS_SURNAME, "all the cement it supplied", "Wetherby", ("the Oslo-based group", "Northline's own design")),
    # the rival's own quotation is the rival's: "the Oslo-based group" is the firm that spoke just before, and the
    # possessive inside the quotation ("Northline's own design") is no speaker
    (_FIRMS, "self-serving attempt", "Arden Drilling", ("Corvex Services", "Corvex", "Northline's own design")),
    # near-miss: a "-based group" with no firm speaking before stays as written
    ("The Oslo-based group said on Monday that its profits had doubled in the year to March.", "profits had doubled",
     "Oslo-based group", ()),
    # near-miss: a person's reply with "he said" stays his, not his critic's
    (_ROW, "never lived through a winter", "Pike", ("MEP Ann Cole", "Ann Cole")),
    # 2. the postings are the politician's, not the platform's
    (_ROW, "No relief for us", "Pike", ("Twitter", "Facebook")),
    # a page with no named holder: no speaker rather than the page
    (_PAGE, "died in a crash on a motorway", None, ("the fan club's Facebook page", "Facebook", "Facebook page")),
    # near-miss: a post with no named author is a document and keeps its voice, never the platform's
    (_PAGE, "killed on a motorway", "post", ("Facebook", "Facebook page")),
    # near-miss: the platform company saying what it did keeps its name
    (_PAGE, "suspended the account", "Twitter", ()),
    # a store never speaks: the writer's lede is no one's quotation
    (_STORE, "well known to phone users", None, ("App Store", "The App Store", "the App Store")),
    # 3. near-misses: the denial is the doctor's, the scholar's words are not the ruler's
    (_DOCTOR, "any wrongdoing", "Hale", ("Leo Marr", "Marr")),
    # 6. the speaker heading the phrase, not a relative named in the writer's aside
    (_TELETHON, "manning the phone lines", "Tiffany Banks", ("Gerald",)),
    # near-miss: a spokesman named in apposition to a firm stays the speaker
    ("Acme Mining said on Monday that the mine would reopen. Its spokesman, Paul Hale, said the work was safe.",
     "the work was safe", "Hale", ()),
    # 5. a "he" after a clause whose "he" is the one person it names (not as a possessor) is that person
    (_TRAINER, "any wrongdoing", "Reed", ("Leo Marr", "Marr")),
    # near-miss: a named subject before the "he" is still the one meant
    ("The coach Ann Pike met the striker Tom Reed on Monday.\n\nReed said he would sign a new contract but he "
     "wanted more time.\n\nHe has denied talking to other clubs.", "talking to other clubs", "Reed", ("Ann Pike",)),
    (_SCHOLAR, "He bought the generals", "Tell", ("Hosni Aziz", "Aziz")),
    (_SCHOLAR, "such rulers could fall", "Tell", ("Hosni Aziz", "Aziz")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece", "expected", "never"), CASES, ids=[f"a43_{i}" for i in range(len(CASES))])
def test_the_turn_holder_speaks_not_a_rival_or_a_medium(text: str, piece: str, expected: str | None,
                                                        never: tuple[str, ...]) -> None:
    check_speaker(text, piece, expected, never)
