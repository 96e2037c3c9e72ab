"""Contradictions between the events of two claims: the same subject and act told with different
dates, negated by one outlet, given contrary states, or denied outright ("No talks have taken place").

Sentence overlap (:mod:`newsbrief.stories.compare`) finds the same claim told in much the same words;
this module finds the same event told in different words, by aligning the events of
:mod:`newsbrief.stories.events` on their subject and predicate. Predicates are the same when their
lemmas are equal or near-synonyms (:data:`newsbrief.lexicon.VERB_SYNONYMS`); contrary when a general
list of antonymous states says so (:data:`CONTRARY`). Every finding needs both sentences, and none is
drawn from a state or a plan (only past, asserted events can be denied by another outlet).
"""

from __future__ import annotations

from dataclasses import dataclass

from newsbrief.lexicon import VERB_SYNONYMS
from newsbrief.stories.events import Event

# Predicates that cannot both hold of the same thing at the same time (general English antonyms, as
# lemmas; states as their verbs: "closed" is "close"). Written from English usage, not from a test set.
CONTRARY = {frozenset(pair) for pair in (
    ("deny", "admit"), ("deny", "confirm"), ("open", "close"), ("reject", "approve"), ("reject", "accept"),
    ("win", "lose"), ("acquit", "convict"), ("rise", "fall"), ("increase", "decrease"), ("guilty", "innocent"),
    ("survive", "die"), ("resume", "suspend"), ("allow", "ban"), ("raise", "cut"), ("expand", "shrink"),
    ("reopen", "close"), ("lift", "impose"), ("undamaged", "damage"), ("intact", "destroy"), ("pass", "fail"),
    ("present", "absent"), ("legal", "illegal"), ("safe", "unsafe"), ("agree", "refuse"),
    ("accept", "decline"), ("attend", "miss"))}
# Predicates that say only that the thing exists or happened: "No talks have taken place" denies any
# talks, whatever the other outlet says they did ("Talks resumed on Friday").
_EXISTENCE = {"take place", "happen", "occur", "be", "hold", "exist", "come"}
# Verbs too general to be one act when negated by one outlet and not by another ("did not say what
# Reid is being treated for" / "said Friday that ..."): they are compared only through their state.
_GENERIC = {"be", "have", "do", "make", "get", "go", "say", "take", "give", "come", "want", "seem", "see", "tell",
            "know", "think", "become", "put", "keep", "let", "need", "try", "use", "find"}


@dataclass(frozen=True, slots=True)
class Contradiction:
    """What contradicts between two claims' events: ``kind`` is "date" or "negation"."""

    kind: str
    detail: str


_GROUPS: dict[str, frozenset[int]] = {}
for _number, _group in enumerate(VERB_SYNONYMS):
    for _word in _group:
        _GROUPS[_word] = _GROUPS.get(_word, frozenset()) | {_number}


def same_predicate(x: str, y: str) -> bool:
    """The same act: equal predicates, or near-synonyms (:data:`newsbrief.lexicon.VERB_SYNONYMS`)."""
    return x == y or bool(_GROUPS.get(x, frozenset()) & _GROUPS.get(y, frozenset()))


def subjects(events: tuple[Event, ...]) -> frozenset[str]:
    """What :func:`contradiction` can align on: the events' subjects, and "*" when one denies something
    (a claim pair with neither in common has no contradiction, so the comparison skips it)."""
    return frozenset(e.subject for e in events if e.subject) | ({"*"} if any(e.denied for e in events) else set())


def _compatible(x: str, y: str) -> bool:
    return x.startswith(y) or y.startswith(x)


def _same_event(e: Event, f: Event) -> bool:
    return e.subject is not None and e.subject == f.subject and same_predicate(e.predicate, f.predicate)


def _dated_apart(e: Event, f: Event) -> str | None:
    """One date each (or two), none compatible: the same event on different days."""
    if not e.dates or not f.dates or len(e.dates) > 2 or len(f.dates) > 2:
        return None
    if any(_compatible(x, y) for x in e.dates for y in f.dates):
        return None
    return f"{e.dates[0]} / {f.dates[0]}"


def _denies(e: Event, f: Event, e_published: str | None) -> bool:
    """``e`` denies what ``f`` tells as having happened: "No distress call was sent" / "The ferry had
    sent a distress call"; "No one has been killed" / "A firefighter died"; "No talks have taken place"
    / "Talks resumed on Friday". ``f`` must be past, asserted, not negated, and not dated after ``e``
    was published (a later death does not contradict an earlier "no one has been killed")."""
    if e.denied is None or f.negated or f.denied is not None or not f.past or not f.asserted:
        return False
    if e_published and any(d > e_published for d in f.dates):
        return False
    if e.denied == "*":  # "No one has been killed": any subject of the same act
        return e.predicate not in _EXISTENCE and same_predicate(e.predicate, f.predicate) and f.subject is not None
    if e.denied not in f.nouns:
        return False
    return same_predicate(e.predicate, f.predicate) or (e.predicate in _EXISTENCE and e.denied == f.subject)


def _negated_twin(e: Event, f: Event) -> bool:
    """The same specific act with the same objects, asserted by both: one outlet's "did not take place"
    answers the other's "took place" only when the act is the same act."""
    if not (e.asserted and f.asserted) or e.predicate in _GENERIC or f.predicate in _GENERIC:
        return False
    objects_e, objects_f = e.nouns - {e.subject}, f.nouns - {f.subject}
    return not (objects_e and objects_f) or bool(objects_e & objects_f)


def _historical(e: Event, published: str | None) -> bool:
    """Dated in an earlier year than the report ("the bridge, which opened in 1971")."""
    return bool(published) and any(d[:4] < (published or "")[:4] for d in e.dates)


def _contrary(e: Event, f: Event, same_day: bool) -> bool:
    """The same subject in contrary states or acts, told the same day (a school closed on Monday may
    reopen by Wednesday; a man released in 2008 may be arrested in 2009), and neither told of an earlier
    year."""
    if e.subject is None or e.subject != f.subject or e.negated or f.negated or _dated_apart(e, f):
        return False
    if not (e.asserted and f.asserted):
        return False  # "might be alive if the driver had stopped" states nothing
    return frozenset((e.predicate, f.predicate)) in CONTRARY and same_day


def contradiction(first: tuple[Event, ...], second: tuple[Event, ...], first_published: str | None,
                  second_published: str | None) -> Contradiction | None:
    """The first contradiction between two claims' events, or None."""
    same_day = first_published == second_published
    for e in first:
        for f in second:
            if _same_event(e, f) and _dated_apart(e, f) and e.asserted == f.asserted:
                return Contradiction("date", _dated_apart(e, f) or "")
            if _historical(e, first_published) or _historical(f, second_published):
                continue  # "the bridge, which opened in 1971" states nothing about the bridge today
            if e.background or f.background:
                continue  # a relative clause or a quotation is compared for its date only
            if _same_event(e, f):
                apart = _dated_apart(e, f)
                if e.negated != f.negated and _negated_twin(e, f) and not (e.dates and f.dates and apart):
                    return Contradiction("negation", f"{e.predicate}: {'not ' if e.negated else ''}/"
                                                     f"{'not ' if f.negated else ''}")
            if _contrary(e, f, same_day):
                return Contradiction("negation", f"{e.predicate} / {f.predicate}")
            if _denies(e, f, first_published) or _denies(f, e, second_published):
                return Contradiction("negation", f"no {e.denied or f.denied}")
    return None
