"""The clause a figure's number stands in: its verb, subject and complements, and whether they say what it counts.

:func:`~newsbrief.analyze.figure_measures.find_figure` reads the number's noun and role first (a :class:`Reading`);
this module reads the clause around it from the dependency parse, with the budgets a figure's line is held to.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from newsbrief.analyze.figure_parse import PRONOUNS, ParsedSentence, prep_phrase
from newsbrief.analyze.figure_referents import REFERRING_PRONOUNS, bare_subject

MAX_WHAT_TOKENS = 8  # the noun phrase a number counts
MAX_CLAUSE_TOKENS = 7  # the clause around it
# Verbs of a measure reaching a number: "the death toll rose to 44", "attendances averaged 24,650".
_CHANGE_VERBS = frozenset("""
rise fall grow climb drop reach total hit top exceed average increase decrease double triple halve jump soar
surge slump plunge sink decline dip fell stand amount number cut reduce raise lift put estimate count cap
limit set lower
""".split())


@dataclass
class Reading:
    """The parts of a figure's measure as they are found."""

    value: set[int]
    others: set[int]  # the sentence's other numbers
    what: set[int]
    x: int  # the token that stands for the number in its clause (the counted noun or the value)
    noun: int | None
    role: str = "none"
    verb: int | None = None
    owner: int | None = None
    baseline: int | None = None  # the "from" of "up from 7,940"


def _governing_adjective(s: ParsedSentence, x: int, verb: int) -> int | None:
    """The first adjective on the way up from the number to its verb: the dimension or worth it
    gives ("5.3 feet *high*", "*worth* $1.6 billion"). A sister adjective of the verb ("16 feet
    long and six feet wide, but 5.3 feet high") belongs to its own number, not this one."""
    i = x
    for _ in range(6):
        up = s.head(i)
        if up in (i, verb):
            return None
        if s.tok(up).pos == "ADJ":
            return up
        i = up
    return None


_HOLDERS = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})  # a place or body whose count "X has" gives


def _holder(s: ParsedSentence, verb: int) -> set[int]:
    """The place or body that "had" the count do the verb ("Missouri had 232,000 people turn out"): its
    name and "had", else nothing (the lead's Newsroom row 0 showed "232,000 people — turn out", no place)."""
    have = s.head(verb)
    if s.tok(verb).dep not in ("ccomp", "xcomp") or have == verb or s.tok(have).lemma != "have":
        return set()
    owner = have
    if s.tok(have).dep == "conj" and not any(s.tok(c).dep == "nsubj" for c in s.children[have]):
        owner = s.head(have)  # "Missouri -- even making ... -- had": the parser hangs the aside's verb on the name
    names = [c for c in s.children[owner] if s.tok(c).dep == "nsubj" and s.tok(c).ent_type in _HOLDERS]
    parts = {k for c in names for k in s.children[c] if s.tok(k).dep in ("compound", "flat")}
    return {have, *names, *parts} if names else set()


def clause_of(s: ParsedSentence, r: Reading, start: int, end: int) -> tuple[set[int], set[int]]:
    """(clause, subject): the verb and what follows it, or the subject and the verb."""
    verb = r.verb
    if verb is None:
        return set(), set()
    taken = r.value | r.what
    if r.role == "subject":
        clause = s.verb_group(verb)
        budget = min(MAX_CLAUSE_TOKENS, MAX_WHAT_TOKENS + MAX_CLAUSE_TOKENS - len(r.what)) - len(clause)
        # the verb group's particle ("turned out") is no complement to pay for twice
        return clause | s.complements(verb, taken | {r.x} | r.others | clause, budget) | _holder(s, verb), set()
    subject = s.subject(verb, taken)
    if subject & r.others:
        # a clause about another number says nothing of this one; but "A hydrant blasting water out of
        # a four-inch opening operates on 50 psi" keeps its head noun, the thing the figure is about
        # (reader Audit 13: "operates on a pressure of 50 pounds per square inch", of what?)
        subject = bare_subject(s, subject, taken | r.others)
    clause = set()
    if s.tok(verb).lemma == "be":
        clause = set(subject)
    elif s.tok(verb).lemma == "have" and subject and r.what and all(s.tok(i).ent_type in _HOLDERS for i in subject):
        # "Scotland currently has 498 confirmed cases": the cases of Scotland; "Scotland has" left hanging
        # after the count read as a fragment (session 8's final reader check)
        clause = set(subject)
    elif subject or not r.what:
        clause = subject | s.verb_group(verb)  # a verb without its subject adds nothing to a named "what"
    if clause:
        governing = _governing_adjective(s, r.x, verb)
        if governing is not None and governing not in taken:
            clause |= {governing, verb}  # "is worth", "is 5.3 feet high" (not "long", said of another figure)
        for c in s.children[verb]:
            t = s.tok(c)
            if governing is None and t.dep == "acomp" and c < start and c not in taken \
                    and not s.subtree(c, set(), prune=False) & r.others:
                clause |= {c, verb}  # "was last at $60.73"; not "16 feet long" for "5.3 feet high"
            elif t.dep == "oprd" and c >= end and c not in taken and r.role == "object":
                clause |= {c, verb}  # "left 40 people dead": without "dead" the toll says nothing (Audit 16)
            elif t.dep == "dobj" and r.noun is None and c not in taken and c not in r.value \
                    and not any(v in s.subtree(c, set(), prune=False) for v in r.value):
                clause |= s.phrase(c, taken, 6)  # "cap the number of missiles at 120", "put spending at $38bn"
        # what it is paid for, spent on, taken from: "paid £7.9m in transfer fees"; whom it goes to, a "to"
        # the parser calls a dative ("send $5,000 cheques to every family", reader Audit 27)
        after = max(end, max(r.what, default=end))
        prep = next((c for c in sorted(s.children[verb]) if c >= after and c not in s.dates and c not in taken
                     and (s.tok(c).dep == "prep" or (s.tok(c).dep == "dative" and s.tok(c).pos == "ADP"))), None)
        if prep is not None:
            clause |= prep_phrase(s, prep, taken | r.others)
    return clause - r.value, subject


def named(s: ParsedSentence, tokens: Iterable[int], rate: set[int]) -> bool:
    """True when ``tokens`` hold a noun that is not a pronoun, a date or a unit ("200 m")."""
    return any(s.tok(i).pos in ("NOUN", "PROPN") and i not in s.dates and i not in rate
               and s.tok(i).text.lower() not in PRONOUNS and len(s.tok(i).text) >= 3 for i in tokens)


def says_what(s: ParsedSentence, r: Reading, label: str, what: set[int], clause: set[int], subject: set[int],
               rate: set[int]) -> bool:
    """Whether the measure says what the number counts.

    The counted noun or "of" complement does; so does, for the object of a verb of change
    ("the death toll rose to 44"), the subject; for an amount that is itself the subject, a
    verb ("£410,000 had been recovered"). "A family friend called 911" and "we recommend
    100%" do not.
    """
    if named(s, what, rate):
        return True
    if r.baseline is not None and r.role == "object":
        return named(s, clause - subject, rate) or named(s, subject, rate)
    # "It will start at $38,000": an amount whose subject is "it" says what once "it" is resolved
    # (the figures stage resolves it to the thing named before, or drops the figure)
    referring = label != "CARDINAL" and any(s.text(i).lower() in REFERRING_PRONOUNS for i in subject)
    if r.role == "object" and r.verb is not None and (named(s, subject, rate) or referring):
        return label != "CARDINAL" or s.tok(r.verb).lemma.lower() in _CHANGE_VERBS or named(s, clause - subject, rate)
    if r.role == "object" and label != "CARDINAL":
        return named(s, clause - subject, rate)  # "she stole £2.7m from care home residents"
    if r.role == "subject" and label != "CARDINAL":
        return named(s, clause, rate) or any(s.tok(i).pos == "VERB" and s.tok(i).lemma not in ("be", "have")
                                              for i in clause)
    return False


def schedule_words(s: ParsedSentence, r: Reading) -> set[int]:
    """The adjective or adverb a duration hangs from on its way to the verb: "opened 14 months *late*"."""
    out: set[int] = set()
    i = r.x
    for _ in range(4):
        up = s.head(i)
        if up == i or up == r.verb:
            break
        if s.tok(up).pos in ("ADJ", "ADV"):
            out.add(up)
        i = up
    return out
