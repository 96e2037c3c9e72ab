"""A count in a verb's prepositional phrase, shown without the verb: "23,000 homes — in the region".

"The storm cut power to 23,000 homes in the region" counts the homes that lost power; the figure reader
keeps the noun's own words for a count that is a prepositional object ("connected to the £200m deal they
signed"), so the bullet read "23,000 homes — in the region" and said nothing of what befell them (session
21, from the pattern of Audit 33's cut referents: a figure must say what it counts and what happened).

Such a count is given the clause it hangs on: the verb with its subject and object ("The storm cut power
to 23,000 homes", "Meltwater from the glacier supplies drinking water to about 45,000 people", "Rovers
missed the play-off places by 14 points"). When the verb has neither subject nor object to say whose
clause it is (a pronoun or a gerund alone does not: "he ... appeared in 9 games", as
figure_clauses.verb_lost reads it), or its clause states another figure ("Charging takes four hours at
220 volts": the volts are a condition of the hours), the count is withheld. A phrase before its verb
("With at least 8 catches ..., Morton would become") sets the scene and is not touched. A count whose own
phrase says what it is (a relative or participle clause: "the deal they signed", "homes damaged by the
flood"), a count under "of" ("a total of 8,480 migrants") or under a noun ("a cottage for $310,000"), and
a value with no noun of its own ("rose to $5m")
are not touched.
"""

from __future__ import annotations

from dataclasses import replace

from newsbrief.analyze.figure_measure_clause import MAX_CLAUSE_TOKENS
from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import ParsedSentence

__all__ = ["eventless", "with_host_clause"]

# Dependencies that give the counted noun a clause of its own: what the count is, in its own words.
_OWN_CLAUSE = frozenset({"relcl", "acl"})
_OBJECTS = frozenset({"dobj", "dative"})


def _host(s: ParsedSentence, figure: Figure) -> tuple[int, int] | None:
    """(verb, preposition) when the figure is a count in a verb's prepositional phrase with no clause."""
    if figure.label != "CARDINAL" or figure.clause or figure.noun is None:
        return None
    noun = figure.noun
    prep = s.head(noun)
    if s.tok(noun).dep != "pobj" or prep == noun or s.tok(prep).dep != "prep" or s.text(prep).lower() == "of":
        return None
    verb = s.head(prep)
    # a phrase before its verb sets the scene rather than says what befell the count ("With at least 8 catches
    # over the last two games, Morton would become ...": the host "With Morton would become" is no clause)
    if verb == prep or prep < verb or s.tok(verb).pos not in ("VERB", "AUX") or s.tok(verb).lemma.lower() == "be":
        return None
    if s.tok(verb).tag in ("VBN", "VBG") and s.tok(verb).dep not in ("ROOT", "conj") \
            and not any(s.tok(c).dep in ("nsubj", "nsubjpass") for c in s.children[verb]):
        return None  # a participle on a noun ("the outbreak - suspected in more than 240 deaths -") is read as one
    if any(s.tok(i).dep in _OWN_CLAUSE or s.tok(i).pos == "VERB" for i in figure.what):
        return None
    if s.tok(verb).dep == "relcl":
        return None  # an aside on a noun ("the Great Ice Field, which falls over a 1,000m cliff"): description, no news
    return verb, prep


def _before(s: ParsedSentence, verb: int, prep: int) -> set[int]:
    """Every word hanging on ``verb`` before ``prep``, dates and times too ("takes four hours at ...")."""
    out: set[int] = set()
    stack = [c for c in s.children[verb] if c < prep]
    while stack:
        i = stack.pop()
        out.add(i)
        stack.extend(c for c in s.children[i] if c not in out)
    return out


def _clause(s: ParsedSentence, figure: Figure, verb: int, prep: int) -> set[int]:
    """The verb's subject, verb group and objects before the preposition, or nothing when neither a
    subject nor an object says whose clause it is."""
    taken = set(figure.tokens)
    subject = s.subject(verb, taken)
    objects: set[int] = set()
    for c in s.children[verb]:
        if verb < c < prep and c not in taken and s.tok(c).dep in _OBJECTS:
            objects |= s.phrase(c, taken, 6)
    if not subject and not objects:
        return set()
    if not objects and all(s.tok(i).pos == "PRON" or s.tok(i).tag == "VBG" for i in subject):
        return set()  # "he ... appeared in 9 games": a pronoun says whose clause only with the sentence before
    if any(s.tok(i).like_num for i in (subject | objects | _before(s, verb, prep)) - taken):
        return set()  # "Charging takes four hours at 220 volts": the clause states another figure
    clause = subject | s.verb_group(verb) | objects | {prep}
    return clause if len(clause) <= 2 * MAX_CLAUSE_TOKENS else set()  # a long subject makes no label


def with_host_clause(s: ParsedSentence, figure: Figure) -> Figure:
    """The figure with the clause its prepositional phrase hangs on, when it has none (see above)."""
    host = _host(s, figure)
    if host is None:
        return figure
    clause = _clause(s, figure, *host)
    return replace(figure, clause=tuple(sorted(clause))) if clause else figure


def eventless(s: ParsedSentence, figure: Figure) -> bool:
    """True for a count in a verb's prepositional phrase still without a clause: what befell it is unsaid."""
    return _host(s, figure) is not None
