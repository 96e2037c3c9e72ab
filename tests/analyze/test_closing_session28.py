"""Reader Audit 43 (docs/audit.md 44) and the lead's CNN/DM reading (session 27), conclusion: closes that mislead
alone, and closes lost. The articles are invented for these tests.

- a close whose subject is a definite back-reference ("The gunman, a former soldier, ...") to someone the sentence
  before names in another event: printed alone, it reads as the story's own actor (Audit 43 #10). It is shown with
  the sentence before, or withheld when that sentence cannot carry it;
- a closing quotation with no speaker anywhere near (CNN/DM row 95): the words are withheld rather than printed in
  no one's mouth;
- an analysis that ends on a scholar's quoted verdict with the speaker after the quote (Audit 43 #3), and a row that
  ends on a reply put as a question (Audit 43 #5): both have a close.

Near misses: a definite subject that the headline story itself is about ("The minister, who ...") after a sentence
on the same event stays alone; a closing quotation with its speaker in the sentence stays.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.conclusion import analyze_conclusion
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.test_conclusion_session17 import Case, check_shown

_SHOOTING = (
    "A gunman opened fire outside the parliament building in Lindmark on Wednesday, wounding a guard before police "
    "shot him dead.\n\n"
    "Officials said the attacker, a 32-year-old man from the north of the country, had arrived in a stolen car.\n\n"
    "The prime minister called the shooting an attack on democracy and ordered flags flown at half mast.\n\n"
    "Police sealed off the city centre for several hours while officers searched nearby offices.\n\n"
    "The attack came two days after a man drove his car into two soldiers in a town east of the capital, killing "
    "one of them.\n\n")
BACKREF = _SHOOTING + (
    "The driver, a recent convert who had been under watch, at one point called the emergency line to say he was "
    "acting for his cause.")
BACKREF_POSS = _SHOOTING + (
    "The man, who had lost his passport earlier that year, was shot by officers after a chase.")
BACKREF_NEAR = (
    "The health minister of Lindmark resigned on Friday after weeks of criticism over hospital waiting lists.\n\n"
    "Opposition leaders had demanded her departure since a report found that patients waited months for surgery.\n\n"
    "Her deputy will run the ministry until a successor is named next month.\n\n"
    "The report said three regional hospitals had hidden their longest waits from inspectors.\n\n"
    "The minister, who had held the post for six years, said she was leaving to let the reforms go ahead.")

# a tabloid page saved as one paragraph (the Daily Mail text of CNN/DM), as in row 95
_SENTENCING = (
    "A businessman who abused a teenage employee was jailed for nine years at Carrow Crown Court on Tuesday. "
    "Thomas Rell, 58, had admitted 12 offences against the girl between 2009 and 2012. "
    "The judge said Rell had used his position to silence her and had shown no remorse. "
    "In a statement read to the court, the woman, now 24, said the abuse had taken away her teenage years. "
    "Rell's lawyer said he had been a respected figure in the town for decades. ")
# the opening mark left after the stop by the detokenizer (" ' I ..."), as in row 95's text
SPEAKERLESS = _SENTENCING + (
    "Since then, she says, she has been afraid that people in the town will find out. ' I didn't want anybody to "
    "find out what happened to me. I do not want people asking me questions. She says she wonders when he will be "
    "free again. She said she had suffered from depression since she was 15. The hearing continues.")
# the same page with a longer middle: the look-back for a bottom line stays near the end (row 95 closed on
# its lede's fourth sentence once the quoted line was ruled out)
LONG_PAGE = _SENTENCING.replace("said the abuse had taken away her teenage years",
                                "told the judge she is scared for every relationship she will have in the future").replace(
    "Rell's lawyer", "Rell told police he had never been alone with the girl. "
                                "Officers found messages he had sent her over three years. "
                                "His former wife said she had known nothing. "
                                "The court heard that he had paid for her silence. "
                                "Rell's lawyer") + (
    "She said she had suffered from depression since she was 15. She says she rarely leaves the house. "
    "Her mother sat beside her in court. The hearing continues.")
SPOKEN_NEAR = _SENTENCING + (
    "\"I kept it to myself for years because I was ashamed,\" the woman said in her statement.")

_LEGACY = (
    "For three decades, Karim Osman ruled Veloria with the army behind him and the opposition in jail.\n\n"
    "He came to power in 1981 after the killing of his predecessor and kept a state of emergency in force ever "
    "since.\n\n"
    "\"He bought stability at the price of poverty and repression,\" said Nadia Perez, a professor of politics "
    "at Harwell University.\n\n"
    "The economy grew in his last decade, but most of the gains went to a small circle around his family.\n\n"
    "His resignation on Friday ended an era in the region's largest country.\n\n")
# the speaker named with a scare-quoted phrase, then his quotation over two paragraphs (Audit 43 #3)
VERDICT = _LEGACY + (
    "Samir Haddad, a historian at the Lindqvist Institute, said the region has seen \"the wall of silence\" fall "
    "since the revolt in the south.\n\n"
    "\"People really no longer feel afraid of the secret police\" in Veloria and elsewhere, he said.\n\n"
    "\"We are going to have a new era of politics.\"")
VERDICT_NEAR = _LEGACY + (
    "\"We are going to have a new era of politics in this country,\" said Samir Haddad, a historian at the "
    "Lindqvist Institute.")

_GRIT = (
    "A member of the European Parliament was condemned on Monday for claiming that thousands of pensioners would "
    "die of cold this winter because of cuts.\n\n"
    "Labour members said the claim was scaremongering and called on him to apologise.\n\n"
    "Councils across the north had run out of salt for the roads during the snow last month.\n\n")
# a reply quoted over three paragraphs, the last a question (Audit 43 #5): its middle line has no speaker of its own
REPLY = _GRIT + (
    "Asked about the comments, the party's deputy leader Peter Galloway criticised the government's gift of "
    "money abroad.\n\n"
    "He said: \"I would rather see that money spent keeping our own people warm.\n\n"
    "You look after your own first.\n\n"
    "\"If they have money to give away - how many people have died because we did not have the means to grit "
    "the roads?\"")

CASES = (
    Case("backref_subject", BACKREF, avoid=(),
         needs=(("The driver, a recent convert", "drove his car into two soldiers"),)),
    Case("backref_man", BACKREF_POSS,
         needs=(("The man, who had lost", "drove his car into two soldiers"),)),
    Case("backref_near", BACKREF_NEAR, want=("The minister, who had held the post",)),
    Case("speakerless_quote", SPEAKERLESS, avoid=("find out what happened",)),
    Case("long_page_lookback", LONG_PAGE, avoid=("every relationship", "jailed for nine years",
                                                 "had admitted 12 offences")),
    Case("spoken_quote_near", SPOKEN_NEAR, want=("I kept it to myself",)),
    Case("scholar_verdict", VERDICT, want=("new era of politics",), needs=(("new era", "Haddad"),)),
    Case("scholar_verdict_near", VERDICT_NEAR, want=("new era of politics",)),
    Case("reply_question", REPLY,
         needs=(("You look after", "Galloway"),)),
)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_closing_session28(case: Case) -> None:
    doc = annotate(Article(text=case.text, source=Source(date="2026-03-04", url=case.url)))
    shown = " ".join(item.text for item in analyze_conclusion(doc, build_context(doc)))
    check_shown(case, shown)
