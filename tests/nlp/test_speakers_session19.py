"""Quotes carried on by their speaker past a long frame, session 19 (the lead's reading of an unseen wire
report): '"A," said civil servant Luisa Moreno, 44, as she walked her dog. "B."' then 'The premier took pains to
..., saying ...': quotation B opens the sentence right after the one holding A and its long frame, so it is
Moreno's; the premier speaking in the longer sentence after B does not take it.

Near misses: a quotation with nobody quoted before it goes to the person who speaks in the sentence after it
('"We waited a year." Mendes, whose bakery burned, said the board ignored warnings.'); a quotation whose own
sentence names its speaker keeps that speaker; a quotation in the next sentence after a short frame stays with
the first speaker; a quotation after a reporter's sentence does not carry on.
First score on unchanged main 95f7b0a: 5/8 (the two carried cases and the plain short-frame run gave the quote to
the speaker of the longer sentence after it).
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.nlp.test_speakers_session18c import positions_of, quote_ok

pytestmark = pytest.mark.slow

_STROLL = ("Spain will ask for a bank rescue, the premier said on Sunday. \"It's a shame,\" said civil servant Luisa "
           "Moreno, 44, as she walked her dog along the river on a sunny morning. \"But this rescue was predictable, "
           "and the cost will be much bigger than the cuts.\" Premier Jorge Lasa took pains to avoid the word "
           "bailout, saying the package is a credit line the banks can draw on.")
_CROWD = ("The strike entered its third week. \"We are not going back,\" shouted driver Tom Kerr, 52, standing at "
          "the depot gate with dozens of colleagues in the rain. \"They can sack us all if they want.\" Transport "
          "minister Eva Lund said on Monday that the talks would resume once the union dropped its demands.")
# near misses
_MENDES = ("The flood board met on Tuesday. \"We waited a year for help.\" Paula Mendes, whose bakery burned in "
           "the spring, said the board had ignored every warning from the residents.")
_OWN = ("The strike entered its third week. \"We are not going back,\" shouted driver Tom Kerr, 52, standing at "
        "the depot gate with dozens of colleagues in the rain. \"They will have to talk,\" said Eva Lund, the "
        "transport minister.")
_SHORT = ("The strike entered its third week. \"We are not going back,\" Tom Kerr said. \"They can sack us all "
          "if they want.\" Transport minister Eva Lund said the talks would resume once the union dropped demands.")
_REPORTER = ("The strike entered its third week. \"We are not going back,\" shouted driver Tom Kerr, 52, standing "
             "at the depot gate. Buses stood idle across the city and schools closed early for the day. \"Nobody "
             "is listening to the passengers.\" Transport minister Eva Lund said the talks would resume soon.")

CASES: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    (_STROLL, "predictable", "Moreno", ("lasa",)),
    (_CROWD, "sack us all", "Kerr", ("lund",)),
    (_MENDES, "waited a year", "Mendes", ()),
    (_OWN, "have to talk", "Lund", ("kerr",)),
    (_SHORT, "sack us all", "Kerr", ("lund",)),
    (_STROLL, "a shame", "Moreno", ("lasa",)),
    (_CROWD, "not going back", "Kerr", ("lund",)),
    (_REPORTER, "Nobody is listening", None, ("kerr",)),
]


@pytest.mark.parametrize(("text", "piece", "expected", "never"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_a_quote_carried_on_past_a_long_frame(text: str, piece: str, expected: str | None,
                                               never: tuple[str, ...]) -> None:
    assert quote_ok(text, piece, expected, never)


# A speaker's age is no role: "said civil servant Luisa Moreno, 44," showed "Luisa Moreno, 44" (the title lost to the age)
# and "said Ana Ruiz, 44, a nurse" the role "44, a nurse". First score on unchanged main 95f7b0a: 1/3.
ROLES: list[tuple[str, str]] = [
    (_STROLL, "civil servant"),
    ("The clinic closed on Friday. \"It is a shame,\" said Ana Ruiz, 44, a nurse at the clinic, as she left.",
     "nurse at the clinic"),
    ("The clinic closed on Friday. \"It is a shame,\" said Ana Ruiz, a nurse at the clinic.", "nurse at the clinic"),
]


@pytest.mark.parametrize(("text", "role"), ROLES, ids=[f"role{i}" for i in range(len(ROLES))])
def test_an_age_is_no_role(text: str, role: str) -> None:
    doc = annotate(Article(text=text, source=Source(title="Test")))
    roles = [a.role for a in build_context(doc).attributions.attributions
             if a.speaker and ("Ruiz" in a.speaker or "Moreno" in a.speaker)]
    assert roles and all(r is not None and role in r and not r[:1].isdigit() for r in roles), roles


# Audit 31 (32.3, M): 'Chris has visited Haiti before: "It's a country of ...," he said.' gave the quote to the prime
# minister quoted two paragraphs before; the subject of the clause the colon ends speaks. Near misses: quotes framed by
# their own named cue keep their speakers. First score on unchanged main 95f7b0a: 3/4 (the plain colon-led case went
# to the earlier speaker; the Haiti-like one passed on these short texts though the audited article failed). Left: a
# "she" after a man's clause whose gender the text never shows goes to him.
_COLON = ("The charity single will be out on Sunday.\n\nPrime Minister Gordon Brown said: \"Cowell can raise a huge "
          "amount of money for Haiti.\"\n\nFans can bid for a jacket worn by the singer Chris Martin.\n\nChris has "
          "visited Haiti before: \"It's a country of extreme poverty,\" he said. \"The earthquake will have made it "
          "hell.\"")
_COLON_PLAIN = ("Talks resumed on Monday. Mayor Ana Ruiz said: \"We need a deal.\" Tom Kerr drove the first bus "
                "after the strike: \"It feels good to be back,\" he said.")
COLON_CASES: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    (_COLON, "extreme poverty", "Martin", ("brown",)),
    (_COLON_PLAIN, "feels good", "Kerr", ("ruiz",)),
    (_COLON, "huge amount", "Brown", ("martin",)),
    (_COLON_PLAIN, "need a deal", "Ruiz", ("kerr",)),
]


@pytest.mark.parametrize(("text", "piece", "expected", "never"), COLON_CASES,
                         ids=[f"colon{i}" for i in range(len(COLON_CASES))])
def test_the_subject_before_a_colon_speaks(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> None:
    assert quote_ok(text, piece, expected, never)


# The lead's reading of an unseen report: "said Trimble of the National Cancer Institute" made the whole phrase a
# second speaker beside "Ted Trimble". A surname of a person named in full, with where the person works, is that
# person. Near misses: "the Bank of Spain said" stays the bank; "Ford of Britain said" (no person named Ford) stays
# as written. First score on unchanged main 95f7b0a: 2/3.
_TRIMBLE = ("A cheap test cut cancer deaths by a third, a study found. \"It's a very exciting result,\" said Dr. Ted "
            "Trimble of the National Cancer Institute. The agency reviewed the study. \"We looked at the ethics very "
            "carefully,\" said Trimble of the National Cancer Institute.")
_BANK = ("Spain's banks need help. The Bank of Spain said the toxic loans total 180 billion euros. Ford of Britain said "
         "on Monday that its car sales had fallen by a fifth in May, the worst month in a decade.")
SURNAMES: list[tuple[str, str, str]] = [
    (_TRIMBLE, "ethics very", "Ted Trimble"),
    (_BANK, "toxic loans", "Bank of Spain"),
    (_BANK, "fallen by", "Ford of Britain"),
]


@pytest.mark.parametrize(("text", "piece", "speaker"), SURNAMES, ids=[f"surname{i}" for i in range(len(SURNAMES))])
def test_a_surname_with_its_workplace_is_the_person(text: str, piece: str, speaker: str) -> None:
    assert [s for s, _ in positions_of(text, piece)] == [speaker] or \
        [s.removeprefix("the ") for s, _ in positions_of(text, piece)] == [speaker]


# The lead's reading of an unseen TV column: 'Ilan Hall, a chef and the host of "Knife Fight," describes ...' showed
# the role 'chef and the host of "Knife Fight' (the span cut before the closing mark). First score on main 2be31b2
# (before this fix): 1/3 (both quoted titles cut before their closing mark; a role with no quotation stays as it was).
QUOTED_ROLES: list[tuple[str, str]] = [
    ("Cooking shows are everywhere. Ilan Hall, a chef and the host of \"Knife Fight,\" describes his series as \"a "
     "bare-knuckled boxing show\" that pits chefs against each other.", 'host of "Knife Fight"'),
    ("Cooking shows are everywhere. Ilan Hall, the host of \"Knife Fight\", said the show was hard on the chefs.",
     'host of "Knife Fight"'),
    ("Cooking shows are everywhere. Ilan Hall, a chef at the Gorbals, said the show was hard on the chefs.",
     "chef at the Gorbals"),
]


@pytest.mark.parametrize(("text", "role"), QUOTED_ROLES, ids=[f"quoted{i}" for i in range(len(QUOTED_ROLES))])
def test_a_role_keeps_its_title_marks_balanced(text: str, role: str) -> None:
    doc = annotate(Article(text=text, source=Source(title="Test")))
    roles = [a.role for a in build_context(doc).attributions.attributions if a.speaker == "Ilan Hall"]
    assert roles and all(r is not None and r.endswith(role) and r.count('"') % 2 == 0 for r in roles), roles
