"""Figures whose words lean on something the bullet does not show (reader Audit 19, 20.4 items 5 and 10).

A key figure is read alone, away from its sentence. Three kinds of bullet lean on words it left out:

* **A multiple without its comparator.** "The area is about four times the size" says nothing: four
  times the size of what? A multiple written "N times the NOUN" keeps its "of" ("four times the size of
  Wales") and "N times as ADJ" its second "as"; without them the figure is not shown (Audit 19: "four
  times the size", a useless key figure).
* **A count that is a passive's agent.** "It was shared by 200,000 people on Facebook" gave "200,000
  people — on Facebook": the noun of a "by" phrase was read with its own words only, the verb and what
  was shared were lost. With no clause of its own such a figure is not shown.
* **A possessive whose owner is not shown.** "More than 4,000 people have died in its latest outbreak"
  after a sentence about Ebola: "its" dangles (Audit 19: "its latest outbreak", "200,000-plus people"
  with no who). The owner is the nearest subject before the possessive in its sentence, else the main
  subject of the sentence before; when "its" can mean it without a guess (a name that is no person's, a
  body or a carrier), it is said in brackets ("in [Ebola's] latest outbreak") and cited; otherwise the
  bullet is left as it was (a wrong owner is worse than a dangling one).

The parse is the spaCy parse already in the document, read through
:class:`~newsbrief.analyze.figure_parse.ParsedSentence`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from newsbrief.analyze.figure_frames import framed
from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_padding import balanced, with_base, with_partner
from newsbrief.analyze.figure_parse import ParsedSentence
from newsbrief.analyze.figure_referents import Referent, main_subject, referent_tokens
from newsbrief.lexicon import ORGANISATION_NOUNS
from newsbrief.models import Document
from newsbrief.nlp.debunk import CARRIERS

# The nouns of "N times the NOUN of ...": a multiple of a measure that must say whose.
_MEASURE_NOUNS = frozenset("size number amount level rate length height width area weight population value "
                           "price cost figure average total speed volume strength budget".split())
# How far after "times the" the measure noun may stand ("four times the total size").
_NOUN_REACH = 3
# How far after "N times as big" the second "as" may stand ("three times as many troops as").
_AS_REACH = 6


def lost_comparator(s: ParsedSentence, figure: Figure) -> bool:
    """True for "N times the size" without "of ...", or "N times as big" without a second "as"."""
    k = next((i for i in range(figure.value_start, figure.value_end + 1) if s.text(i).lower() == "times"), None)
    if k is None:
        return False
    after = s.text(k + 1).lower()
    if after == "as":
        return not any(s.text(j).lower() == "as" for j in range(k + 2, k + 2 + _AS_REACH))
    if after != "the":
        return False
    for j in range(k + 2, k + 2 + _NOUN_REACH):
        if s.tok(j).pos == "NOUN" and s.inside(j):
            return s.tok(j).lemma.lower() in _MEASURE_NOUNS and s.text(j + 1).lower() not in ("of", "that")
    return False


def agent_without_clause(s: ParsedSentence, figure: Figure) -> bool:
    """True for a count that is a passive's "by" agent shown without the verb ("200,000 people — on Facebook")."""
    if figure.noun is None or figure.clause or s.tok(figure.noun).dep != "pobj":
        return False
    return s.tok(s.head(figure.noun)).dep == "agent"


# "its" only: "their" is mostly the people of the sentence ("survivors who said their ship carrying 550
# people capsized"), and the nearest plural subject was the wrong owner in a CNN/DM scan ("[400 migrants']").
_POSSESSIVES = frozenset({"its"})
_SINGULAR = frozenset({"NN", "NNP"})
_SUBJECTS = ("nsubj", "nsubjpass")


@dataclass(frozen=True)
class Owner:
    """A possessive the bullet shows (token index) and the words of its owner in the article."""

    pronoun: int
    referent: Referent


def _can_own(s: ParsedSentence, i: int) -> bool:
    """True for an owner "its" can mean without a guess: a name that is no person's ("Ebola", "Minnesota"), or
    a body or carrier noun ("the regulator", "the site"), with no owner of its own ("ArcSight's software":
    its client list is ArcSight's). A CNN/DM and Newsroom scan gave "[Miss Vincent's] new office" and
    "[elected mayor's] HQ" for a council's when any subject was taken."""
    token = s.tok(i)
    if token.tag not in _SINGULAR or any(s.tok(c).dep == "poss" for c in s.children.get(i, [])):
        return False
    if token.pos == "PROPN":
        return not any(e.label == "PERSON" and e.token_start <= i < e.token_end for e in s.entities)
    return token.lemma.lower() in ORGANISATION_NOUNS | CARRIERS


def _owner_in(s: ParsedSentence, pronoun: int) -> int | bool | None:
    """The nearest subject before the possessive in its own sentence when "its" can mean it; False when that
    subject is none it can mean (no guess further), None when there is no subject before it."""
    for i in range(pronoun - 1, s.lo - 1, -1):
        token = s.tok(i)
        if token.dep in _SUBJECTS and token.tag not in ("NNS", "NNPS") and token.pos in ("NOUN", "PROPN", "PRON"):
            return i if _can_own(s, i) else False  # a plural ("12,000 responses swamped its staff") is passed
    return None


def possessive_owner(doc: Document, s: ParsedSentence, start: int, end: int) -> Owner | None:
    """The owner of an "its" the bullet's span ``start``..``end`` (characters) shows without it, when it can be
    named without a guess (see _can_own); None when there is none to name, or none found."""
    shown = [i for i in range(s.lo, s.hi) if s.tok(i).start >= start and s.tok(i).end <= end]
    for pronoun in shown:
        if s.text(pronoun).lower() not in _POSSESSIVES or s.tok(pronoun).tag != "PRP$":
            continue
        if any(s.tok(i).pos in ("NOUN", "PROPN") and s.tok(i).tag in _SINGULAR for i in shown if i < pronoun):
            return None  # "The virus has killed ... in its latest outbreak": its owner is shown
        owner = _owner_in(s, pronoun)
        if owner is False:
            return None
        if isinstance(owner, int):
            return Owner(pronoun, Referent(s.sentence.index, referent_tokens(s, owner)))
        if s.sentence.index == 0:
            return None
        earlier = ParsedSentence(doc, doc.sentences[s.sentence.index - 1])
        subject = main_subject(doc, s.sentence.index - 1)
        if subject is None or not earlier.inside(subject) or not _can_own(earlier, subject):
            return None
        return Owner(pronoun, Referent(earlier.sentence.index, referent_tokens(earlier, subject)))
    return None


def said_owner(doc: Document, owner: Owner, text: str) -> str:
    """``text`` with the possessive said by its owner in brackets ("in [Ebola's] latest outbreak")."""
    first, head = doc.tokens[owner.referent.tokens[0]], doc.tokens[owner.referent.tokens[-1]]
    words = doc.article.text[first.start : head.end]
    if head.pos == "NOUN" and any(t.head == head.i and t.dep == "det" and t.text.lower() == "the"
                                  for t in doc.tokens[max(0, first.i - 2) : head.i]):
        words = f"the {words}"  # "[the chain's]", not "[chain's]"
    pronoun = doc.tokens[owner.pronoun].text
    pattern = re.compile(rf"\b{re.escape(pronoun)}\b")
    match = pattern.search(text)
    if match is None:
        return text
    if match.start() and words[:1].isupper() and doc.tokens[owner.referent.tokens[0]].pos != "PROPN":
        words = words[:1].lower() + words[1:]  # "in [the chain's] ...", not "[The chain's]" mid-phrase
    elif not match.start():
        words = words[:1].upper() + words[1:]
    owned = f"{words}'" if words.endswith("s") else f"{words}'s"
    return f"{text[: match.start()]}[{owned}]{text[match.end():]}"


# Session 17 (unseen XSum and Newsroom briefs): "About 1% — of people can do that" points at a skill the clause
# never names, and "a shade smaller than the 31.5 sq km" is the compared side of a comparison whose subject (what
# is smaller) was left out. A demonstrative pronoun as an argument of the figure's clause, or a value that is the
# object of "than" with no clause of its own, leaves the reader asking "what?": not shown.
_POINTING = frozenset({"this", "that", "these", "those"})
_POINTING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})


def _pointing(s: ParsedSentence, figure: Figure) -> bool:
    """True when the clause's argument is a bare demonstrative pronoun ("can do that")."""
    return any(s.tok(i).text.lower() in _POINTING and s.tok(i).pos == "PRON" and s.tok(i).tag != "WDT"
               and s.tok(i).dep in _POINTING_DEPS and not s.children[i]  # "those under age 25" says whom
               for i in (*figure.clause, *figure.what))


def _compared_only(s: ParsedSentence, figure: Figure) -> bool:
    """True for a value that is only what something unnamed is compared with ("smaller than the 31.5 sq km")."""
    root = s.root(figure.value_start, figure.value_end)
    head = s.head(root)
    return not figure.clause and head != root and s.tok(head).text.lower() == "than" \
        and s.tok(root).dep == "pobj"


def dangling(s: ParsedSentence, figure: Figure) -> bool:
    """True for a multiple without its comparator or a passive's agent without its verb, a pointing pronoun
    or a compared side alone (see above)."""
    return lost_comparator(s, figure) or agent_without_clause(s, figure) or _pointing(s, figure) \
        or _compared_only(s, figure)


def with_owner(doc: Document, s: ParsedSentence, span: tuple[str, int, int], shown: str,
               referent: Referent | None) -> tuple[str, str, Referent | None]:
    """(measure, shown text, referent to cite) with a dangling "its" said by its owner when one can be named;
    as they are otherwise, and when a vague subject is already named in brackets."""
    measure, start, end = span
    owner = None if referent is not None else possessive_owner(doc, s, start, end)
    if owner is None:
        return measure, shown, referent
    return said_owner(doc, owner, measure), said_owner(doc, owner, shown), owner.referent


def placed(s: ParsedSentence, figure: Figure, ordered: tuple[str, int, int], shown: tuple[str, str, int],
           debunked: bool, referent: Referent | None) -> tuple[str, str, int, int, Referent | None] | None:
    """(measure, shown text, citation start and end, referent) of a figure: its claim frame, base and partner
    put in, its possessive's owner said; None when the article debunks its claim.
    ``ordered`` is the measure in the article's order with its span; ``shown`` the value, the item's text and
    where that text starts."""
    value, text, lead = shown
    found_frame = framed(s, figure, *ordered, value, debunked, text)
    if found_frame is None:
        return None
    measure, start, end = with_base(s, figure, found_frame)
    measure, start, end = with_partner(s, figure, text, balanced(s.doc.article.text, (measure, start, end), value))
    start = min(start, lead)  # the citation holds a hedge the item shows ("suspected in")
    owned = with_owner(s.doc, s, (measure, start, end), text, referent)
    return owned[0], owned[1], start, end, owned[2]


# Session 17 (the lead's XSum reading, a glacier survey): the article's finding, "This represents an average loss
# of some 26% over the last 40 years", was dropped for its subject "This" and ranked below trivia ("the 31.5 sq km
# in the late 1960s"). A change (a loss, a rise, "fell by", "cut by") is what a reader keeps of a report's numbers.
CHANGE_NOUNS = frozenset("loss losses rise rises fall falls increase increases decrease decline drop gain gains cut "
                         "cuts growth reduction jump slump surge shrinkage".split())
CHANGE_VERBS = frozenset("lose rise fall increase decrease decline drop gain cut grow shrink jump slump surge "
                         "plunge soar halve double triple reduce climb tumble".split())
CHANGE_BONUS = 1.0  # tuned on this file's session 17 cases and the 60+60 Newsroom/XSum rows' before/after diff


def changes(s: ParsedSentence, figure: Figure) -> bool:
    """True when the figure states a change: its noun is one ("a loss of 26%") or its verb is ("fell by 40%")."""
    return any(s.tok(i).text.lower() in CHANGE_NOUNS for i in figure.what) \
        or any(_change_verb(s, i) for i in figure.clause)


def _change_verb(s: ParsedSentence, i: int) -> bool:
    """A finite verb of change ("fell", "has risen", "ticked up"), not an infinitive ("difficult to climb")."""
    token = s.tok(i)
    if token.pos != "VERB" or any(s.tok(c).tag == "TO" for c in s.children[i]):
        return False
    return token.lemma.lower() in CHANGE_VERBS or (token.lemma.lower() in _LEVEL_VERBS and any(
        s.tok(c).dep == "prt" and s.tok(c).text.lower() in ("up", "down") for c in s.children[i]))


# A level moved up or down ("ticked up", "went down"); not "signed up", "made up", "added up to" (Newsroom rows)
_LEVEL_VERBS = frozenset("tick go move edge creep inch shoot push drive mark come".split())


def change_alone(s: ParsedSentence, figure: Figure) -> Figure | None:
    """A change whose clause's subject cannot be named, shown by its noun alone ("an average loss of some 26%"
    of "This represents ..."): the noun says what the number is; None for any other figure."""
    if not any(s.tok(i).text.lower() in CHANGE_NOUNS for i in figure.what):
        return None
    return replace(figure, clause=())

