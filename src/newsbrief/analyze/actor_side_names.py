"""Side names: a person named once for what they did long before the news (reader Audit 46, 47.2).

The audit deleted 9 of 52 Actors entries as padding, among them side names met once in passing: a league's former
commissioner named for a rule he brought in years before, a director named once as trivia. Such a person neither
speaks nor acts in the news's present; their one act is dated to an earlier time:

- "thirty years ago", "in the 1990s" beside the act: always earlier;
- a bare year ("in 2009"): earlier than the publication year when the source gives one; without it, when the article
  names a later year, or when the name's own role says the post is past ("former", "then", "late", "ex-").
- an origin act with a year ("the firm, founded by X in 1921", "built in 1868 by engineer X"): a founder, builder
  or inventor named once acted before the news, whatever the year (session 30; the doer of a passive counts);
- undated, in a "where" clause about a place ("The ground is where director X shot a film"): trivia about the setting
  (session 30); a dated act there ("where referee X sent off two players on Saturday") is the news's own.

Only a person named once, silent, outside the headline and the lead, never "he" again, and only in a list that keeps at
least two other entries (:data:`_OTHERS`): a single mention that speaks or acts now ("Judge X ruled on Monday", "a
spokeswoman, X, said", "Goalkeeper X was taken to hospital") stays. A comparison name ("like former captain X before
him") already goes as a name in an aside (:func:`newsbrief.analyze.actor_walk_ons.aside_only`).

The strict xfail's brief (tests/analyze/test_actors_audit46.py) has three entries, so the bar is two others, not the
four entries first proposed: the dated act is the narrow cue, the list's size only keeps a short brief whole.
"""

from __future__ import annotations

import re
from typing import Protocol

from newsbrief.analyze.actor_names import Actor
from newsbrief.analyze.actor_parties import subject_verb
from newsbrief.analyze.actor_roles import Role
from newsbrief.models import Document, Token

_OTHERS = 2  # entries the list keeps beside the struck name
_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")  # 1600-2099: a founder or a builder is dated centuries back
_DECADE = re.compile(r"(?:1[6-9]|20)\d0s")
_PAST_POST = re.compile(r"\b(?:former|then|late|ex)\b", re.I)
_DATE_PREPS = frozenset(("in", "during"))
_ORIGIN_VERBS = frozenset(("found", "build", "invent", "design", "establish", "create", "patent", "devise"))
_TIME_LABELS = frozenset(("DATE", "TIME"))
_CLIMB = frozenset(("appos", "compound", "conj"))  # "the former commissioner, X," -> "commissioner"


class Seen(Protocol):
    """What the caller found of one actor (actor_evidence.Evidence)."""

    actor: Actor
    label: str
    voiced: int
    headline: bool
    lead: bool
    role: Role | None
    pronouns: int

    @property
    def mentions(self) -> int: ...


def _verb(doc: Document, head: Token) -> Token | None:
    """The verb the name (or the noun it stands in apposition to) is the subject of."""
    tokens = doc.tokens
    by = tokens[head.head]
    if head.dep == "pobj" and by.dep == "agent" and by.head != by.i:
        return tokens[by.head]  # "built in 1868 by engineer X": X is the act's doer
    for _ in range(3):
        verb = subject_verb(doc, head)
        if verb is not None or head.dep not in _CLIMB or head.head == head.i:
            return verb
        head = tokens[head.head]
    return None


def _past(doc: Document, verb: Token) -> bool:
    """A past act: "introduced", "had signed", "was built by", "(the firm,) founded by"."""
    if verb.tag == "VBD":
        return True
    if verb.tag == "VBN" and verb.dep == "acl":
        return True  # a participle after a noun dates by its own year ("the firm, founded by X in 1921")
    return verb.tag == "VBN" and any(t.head == verb.i and ((t.dep == "aux" and t.lemma.lower() == "have") or
                                                           t.dep == "auxpass") and t.tag == "VBD"
                                     for t in doc.tokens[verb.left : verb.i])


def _years(doc: Document, verb: Token) -> tuple[bool, list[int]]:
    """Whether the act is dated earlier outright ("thirty years ago", "in the 1990s"), and the bare years it is
    dated by ("in 2009")."""
    tokens = doc.tokens
    years: list[int] = []
    for prep in tokens[verb.left : verb.right + 1]:
        if prep.head != verb.i or prep.i == verb.i:
            continue
        if prep.lemma.lower() == "ago":
            return True, years
        if prep.dep == "prep" and prep.text.lower() in _DATE_PREPS:
            for obj in tokens[prep.i + 1 : prep.right + 1]:
                if obj.head == prep.i and obj.dep == "pobj":
                    if _DECADE.fullmatch(obj.text):
                        return True, years
                    if _YEAR.fullmatch(obj.text):
                        years.append(int(obj.text))
    return False, years


def _now_year(doc: Document) -> int | None:
    """The publication year, when the source gives a date."""
    date = doc.article.source.date
    found = _YEAR.search(date) if date else None
    return int(found.group()) if found else None


def _earlier(doc: Document, item: Seen, years: list[int]) -> bool:
    """A bare year is before the news: before the publication year, before a later year the article names, or the
    year of a post the role says is past."""
    now = _now_year(doc)
    if now is not None:
        return any(y < now for y in years)
    named = [int(y) for y in _YEAR.findall(doc.article.text)]
    role = item.role.text if item.role is not None else ""
    return any(y < max(named) for y in years) or _PAST_POST.search(role) is not None


def _timed(doc: Document, verb: Token) -> bool:
    """Whether the act carries a time of its own: "on Saturday", "last week", "in 2025"."""
    dates = {i for e in doc.entities if e.label in _TIME_LABELS for i in range(e.token_start, e.token_end)}
    for child in doc.tokens[verb.left : verb.right + 1]:
        if child.head != verb.i or child.i == verb.i:
            continue
        if child.dep in ("npadvmod", "tmod") or (child.dep == "prep" and any(
                t.head == child.i and t.dep == "pobj" and t.i in dates for t in doc.tokens[child.i : child.right + 1])):
            return True
    return False


def _setting_trivia(doc: Document, verb: Token) -> bool:
    """An undated past act in a "where" clause about a place ("The ground is where director X shot a film"): trivia
    about the setting, never the news's own act, which a reporter dates ("where the referee sent off two players on
    Saturday")."""
    return any(t.head == verb.i and t.dep == "advmod" and t.lemma.lower() == "where"
               for t in doc.tokens[verb.left : verb.i]) and not _timed(doc, verb)


def side_name(doc: Document, item: Seen, entries: int) -> bool:
    """A person named once, silent, whose one act is dated before the news, in a list of ``entries`` that keeps
    enough others (module docstring)."""
    if item.label != "PERSON" or item.mentions != 1 or entries - 1 < _OTHERS:
        return False
    if item.voiced or item.headline or item.pronouns or not item.actor.mentions:
        return False
    verb = _verb(doc, doc.tokens[item.actor.mentions[0].token_end - 1])
    if verb is None or not _past(doc, verb):
        return False
    outright, years = _years(doc, verb)
    if bool(years) and verb.lemma.lower() in _ORIGIN_VERBS:
        return True  # "the firm, founded by X in 1921": before the news itself, even in the lead's paragraphs
    return not item.lead and (outright or (bool(years) and _earlier(doc, item, years)) or _setting_trivia(doc, verb))
