"""Labelled cases for Who says what and Quotes (Audit 14 patterns, written for these tests).

Each case is a short article and what a reader would keep: whether a sentence is listed under Who says
what (and with which stance), and whether a quotation is listed under Quotes. The patterns: a piece of a
quotation that carries on from or into another sentence, or one that opens on a connective ("So, it's
like ...", "And nothing ..."), means nothing alone; a quotation that begins mid-sentence without its
subject ("so they go out and loot") is a fragment; a past account is no expectation ("against her will",
"they would come at night"); "do not have to" advises nothing; calling a strike is an action, not a
position; photos and footage are evidence, not sources; "another official" repeats a listed source;
exclamations are no quote. Near misses keep their place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.positions import analyze_positions
from newsbrief.analyze.quotes import analyze_quotes
from newsbrief.models import Article, Document, Item, PositionInfo, Source
from newsbrief.nlp.annotate import annotate


def _doc(text: str) -> Document:
    return annotate(Article(text=text, source=Source(title="Test")))


def _positions(text: str) -> list[Item]:
    doc = _doc(text)
    return list(analyze_positions(doc, build_context(doc)))


def _quotes(text: str) -> list[str]:
    doc = _doc(text)
    return [i.text for i in analyze_quotes(doc, build_context(doc))]


def _stance_of(items: list[Item], words: str) -> str | None:
    """The stance of the position whose text holds ``words``; None when no position holds them."""
    for item in items:
        if words in item.text and isinstance(item.payload, PositionInfo):
            return item.payload.stance
    return None


def _speakers(items: list[Item]) -> list[str]:
    return [i.payload.speaker for i in items if isinstance(i.payload, PositionInfo)]


@dataclass(frozen=True)
class Case:
    """One labelled passage: ``check`` is true when the analyzers do what a reader wants."""

    name: str
    text: str
    check: Callable[[str], bool]


def _no_position(words: str) -> Callable[[str], bool]:
    return lambda text: _stance_of(_positions(text), words) is None


def _position(words: str, stance: str) -> Callable[[str], bool]:
    return lambda text: _stance_of(_positions(text), words) == stance


def _not_stance(words: str, stance: str) -> Callable[[str], bool]:
    return lambda text: _stance_of(_positions(text), words) != stance


def _listed(words: str) -> Callable[[str], bool]:
    return lambda text: _stance_of(_positions(text), words) is not None


def _no_quote(words: str) -> Callable[[str], bool]:
    return lambda text: not any(words in q for q in _quotes(text))


def _quote(words: str) -> Callable[[str], bool]:
    return lambda text: any(words in q for q in _quotes(text))


RIVER = (
    "The river burst its banks on Monday and flooded the lower town.\n\n"
    '"The water came up in an hour. So, it\'s like a wall moving down the street," said Mayor Ann Cole.\n\n'
    "Cole said the town would need at least two years to rebuild its bridges."
)
CRATER = (
    "A loud blast shook the northern suburbs overnight and left a deep hole near the airport.\n\n"
    '"Anything that could dig a hole that size would have lit up the whole sky. And nothing was seen ... '
    'despite the crowds," geologist Paul Okoro said.\n\n'
    "Okoro said the hole was more likely the work of a gas leak than of a falling rock."
)
VANGUARD = (
    "The government announced new sanctions on the regime on Friday.\n\n"
    'Prime Minister Alan Reed told the BBC: "We have led the way here, pressing for a tougher line on the regime. '
    'We will keep pressing until the killing stops."\n\n'
    "Reed said the sanctions would cover oil, gas and the banks that finance them."
)
ORDERS = (
    "Arming the rebels carries risks, former intelligence officer Ruth Gale warned.\n\n"
    '"These fighters are very hard to manage. They don\'t have to follow our orders," Gale said.\n\n'
    "Gale said the weapons could end up with groups hostile to the West."
)
NOT_HAVE_TO = (
    "The storm weakened overnight and moved out to sea.\n\n"
    "Mayor Lena Holm said residents do not have to leave their homes after all."
)
HAVE_TO = (
    "The storm strengthened overnight and turned toward the coast.\n\n"
    "Mayor Lena Holm said residents have to leave their homes by noon on Tuesday."
)
AGAINST_WILL = (
    "A woman who says she was abducted by soldiers spoke to reporters at the hotel on Saturday.\n\n"
    "Maria Sol told reporters she had been held against her will for three days and beaten by the guards."
)
WOULD_HABIT = (
    "Villagers described months of raids by the militia.\n\n"
    'Widow Amina Yusuf said: "They would come at night and they would take the young men away. '
    'We hid in the fields until morning."'
)
REAL_FORECAST = (
    "Inflation rose again in March.\n\n"
    "Central bank economist Lena Park said prices will rise further next year as energy costs climb."
)
FUTURE_IN_PAST = (
    "The bank met on Thursday.\n\n"
    "Governor Tom Hale said the bank would raise interest rates again in June."
)
NO_COMMENT = (
    "Reports say one of the freed prisoners has contacted his old group.\n\n"
    "The Defence Ministry said in a statement that it would not comment on individual cases."
)
MOURNING = (
    "Twelve people were killed when troops opened fire on a funeral on Friday.\n\n"
    "Activists have called a day of mourning.\n\n"
    "The interior minister said the troops had fired in self-defence."
)
STRIKE = (
    "Talks on pay broke down on Wednesday.\n\n"
    "The rail union called a strike for Monday.\n\n"
    "Union leader Sara Diaz said the offer was an insult to every driver."
)
CALLED_IT = (
    "The court struck down the law on Tuesday.\n\n"
    "Justice Minister Omar Field called the ruling a disgrace to the courts and the country."
)
CALLED_FOR = (
    "Nine miners died in the collapse on Monday.\n\n"
    "The miners' union called for a full public inquiry into the deaths."
)
PHOTOS = (
    "A crater appeared near the airport on Sunday.\n\n"
    "The crater is twelve metres wide and five metres deep, according to photos taken by residents.\n\n"
    "Geologist Ian Marsh said the crater was probably caused by a meteorite."
)
FOOTAGE = (
    "Protests spread to the capital on Saturday.\n\n"
    "Police fired tear gas into the crowd outside the parliament, according to footage posted online.\n\n"
    "Interior Minister Karl Berg said the police had acted lawfully."
)
ANOTHER = (
    "Former officials are split over arming the rebels.\n\n"
    '"Somebody has to be on the ground doing the hard work of taking the territory," said former adviser '
    "Stephen Hale.\n\n"
    "Another former official said that arming the rebels is vital to the mission.\n\n"
    'Senator Mark Ruiz said: "We do not know who these fighters are, and we should find out before we send a '
    'single rifle."'
)
OH_GOD = (
    "The building shook for almost a minute.\n\n"
    '"Oh God, oh God, oh God," a woman screamed as the walls cracked.\n\n'
    '"We have no water, no food and no doctors in this part of the city," aid worker Paul Mann said.'
)
WOW = (
    "The rocket lifted off on time on Sunday.\n\n"
    '"Wow, wow, wow!" shouted flight director Kim Lee.\n\n'
    '"This launch puts the program back on schedule for a landing next year," Lee said.'
)
SO_THEY = (
    "The envoy accused the army of using drink as a weapon.\n\n"
    'Ambassador Jane Rice said soldiers were handed alcohol "so they go out and loot the shops."'
)
PHRASE = (
    "The party split over the plan on Tuesday.\n\n"
    'Councillor Dan Reed called the plan "a betrayal of every family who voted for us in the last election."'
)
TRAILING = (
    "The minister spoke at the summit on Friday.\n\n"
    '"We have always been at the front of this effort and ..." Foreign Minister Eva Lind said, before she was '
    "interrupted."
)
INNER_ELLIPSIS = (
    "The compensation fund opened on Monday.\n\n"
    '"The fund will pay every valid claim ... and it will pay them within a month," administrator Ken Ford said.'
)
FULL_QUOTE = (
    "The earthquake destroyed most schools in the district.\n\n"
    '"We will rebuild every school in the district by the end of next year," Education Minister Ada Okoro said.'
)
GROGGY = (
    "A boy says he has become magnetic after an electric shock.\n\n"
    '"When I woke up I felt dizzy," the boy, Ivan Petrov, said.\n\n'
    '"Spoons and coins now stick to my chest, and the doctors cannot explain it," Petrov said.'
)
PAST_ACCOUNT = (
    "A survivor of the attack spoke on Sunday.\n\n"
    'Speaking to reporters, Amal Sayed said: "They kept me for two days and they beat me every night."'
)


CASES = (
    Case("connective So, piece of a quotation: no position", RIVER, _no_position("So, it's like a wall")),
    # the Quotes list shows the whole quotation, whose first sentence gives "it" its referent
    Case("connective So: the quotation listed whole", RIVER, _quote("The water came up in an hour. So,")),
    Case("And nothing ...: no position", CRATER, _no_position("And nothing was seen")),
    Case("first of a two-sentence quotation: no position", VANGUARD, _no_position("We have led the way")),
    Case("second sentence of a quotation: no position", ORDERS, _no_position("follow our orders")),
    Case("do not have to: not recommends", NOT_HAVE_TO, _position("do not have to leave", "asserts")),
    Case("have to: recommends (near miss)", HAVE_TO, _position("have to leave", "recommends")),
    Case("against her will: not expects", AGAINST_WILL, _position("against her will", "asserts")),
    Case("habitual would: not expects", WOULD_HABIT, _not_stance("would come at night", "predicts")),
    Case("will rise: expects (near miss)", REAL_FORECAST, _position("will rise", "predicts")),
    Case("would raise, future in the past: expects (near miss)", FUTURE_IN_PAST,
         _position("would raise", "predicts")),
    Case("would not comment: a refusal, not expects", NO_COMMENT, _not_stance("would not comment", "predicts")),
    Case("called a day of mourning: no position", MOURNING, _no_position("day of mourning")),
    Case("called a strike: no position", STRIKE, _no_position("called a strike")),
    Case("called the ruling a disgrace: a position (near miss)", CALLED_IT, _position("a disgrace", "asserts")),
    Case("called for an inquiry: recommends (near miss)", CALLED_FOR, _position("called for", "recommends")),
    Case("according to photos: no position", PHOTOS, _no_position("according to photos")),
    Case("according to footage: no position", FOOTAGE, _no_position("according to footage")),
    Case("another official beside a named one: no position", ANOTHER, _no_position("Another former official")),
    Case("named adviser kept (near miss)", ANOTHER, _listed("Somebody has to be on the ground")),
    Case("Oh God: no quote", OH_GOD, _no_quote("Oh God")),
    Case("Oh God: the aid worker's quote kept (near miss)", OH_GOD, _quote("We have no water")),
    Case("Wow: no quote", WOW, _no_quote("Wow, wow")),
    Case("so they go out: no quote", SO_THEY, _no_quote("so they go out")),
    Case("a lowercase phrase that carries its point: quote kept (near miss)", PHRASE, _quote("a betrayal of every")),
    Case("trailing ellipsis: no quote", TRAILING, _no_quote("front of this effort")),
    Case("inner ellipsis, whole thought: quote kept (near miss)", INNER_ELLIPSIS, _quote("pay every valid claim")),
    Case("full quote kept (near miss)", FULL_QUOTE, _quote("rebuild every school")),
    Case("a passing sensation: no quote", GROGGY, _no_quote("I felt dizzy")),
    Case("past account: asserts, not expects", PAST_ACCOUNT, _position("They kept me", "asserts")),
)


# No general rule yet tells a passing sensation from an account that matters; left open (Audit 14: "When I
# came round I felt groggy").
_OPEN = frozenset({"a passing sensation: no quote"})


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.xfail(strict=True, reason="left open"))
                                  if c.name in _OPEN else c for c in CASES], ids=[c.name for c in CASES])
def test_labelled_case(case: Case) -> None:
    assert case.check(case.text), case.name


def test_one_sentence_is_one_position() -> None:
    """No sentence is listed twice under Who says what (Audit 14: the same quote twice)."""
    for text in (ANOTHER, ORDERS, VANGUARD, CRATER, RIVER, MOURNING):
        texts = [i.text for i in _positions(text)]
        assert len(texts) == len(set(texts))
    assert len(_speakers(_positions(ANOTHER))) >= 1
