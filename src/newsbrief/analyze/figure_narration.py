"""Small counts of people that only narrate who was there (issue #11, session 30; reader Audits 46-47: a third of
the key figures "would delete").

"The governor met two of her closest allies", "Three trusted advisers urged the minister to resign", "Two
officials familiar with the talks said ...": the number tells who took part in a scene or who a source is, not an
amount the story reports. A reader deletes it. A count of people is a figure when the count itself is the news:

* a toll, an arrest, a hiring or a firing, a vote, a rescue: the clause's verb (or its predicate word: "were
  missing") says what happened to the people counted ("Police arrested three men", "Four people were injured");
* a count against a whole ("three of the nine justices dissented"): a measure of a body;
* the size of a body ("The board has seven members"): a verb of having or making up with a body as its subject;
* a count of ten or more ("2,000 workers", "Some 3,000 voters signed"): a crowd is a measure in itself; so is a
  rate ("one in five patients").

Anything else, a small count of people in a clause of narration, is withheld. Precision over recall: a toll told
with a verb not in the list is lost, which is a gap, not a wrong line.
"""

from __future__ import annotations

from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import ParsedSentence
from newsbrief.lexicon import CARDINALS

_SMALL = 10  # "two aides", "four friends": the cast of a scene, not the size of anything
# people a scene or a source is made of (figure_measures.PEOPLE_NOUNS also holds "jobs", "homes", "cases")
_CAST = frozenset("""
ally allies adviser advisers advisor advisors aide aides friend friends official officials source sources colleague
colleagues associate associates supporter supporters relative relatives lawyer lawyers attorney attorneys diplomat
diplomats executive executives witness witnesses expert experts analyst analysts lawmaker lawmakers minister ministers
neighbour neighbours neighbor neighbors acquaintance acquaintances confidant confidants partner partners journalist
journalists reporter reporters agent agents investigator investigators detective detectives guard guards doctor
doctors nurse nurses scientist scientists researcher researchers teammate teammates bodyguard bodyguards insider
insiders loyalist loyalists critic critics rival rivals leader leaders figure figures aide-de-camp envoy envoys
person people man men woman women member members employee employees worker workers staffer staffers soldier soldiers
officer officers troops civilian civilians resident residents student students passenger passengers patient patients
child children
""".split())
# what happens to people that a count of them measures: tolls, arrests, jobs, votes, rescues, cases
_MEASURE_LEMMAS = frozenset("""
kill injure wound hurt die dead death injured wounded missing hospitalize hospitalise treat infect sicken arrest
detain charge convict sentence jail imprison indict hold kidnap abduct release free rescue evacuate displace shoot
stab attack beat execute drown hire employ fire sack dismiss lay cut shed lose add elect appoint nominate vote
dissent back oppose abstain sign poll survey test diagnose strike trap save survive deport expel missing dead
number total comprise include
""".split())
_HAVING = frozenset({"have", "hold", "seat", "include", "comprise", "number"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_UP = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "prep", "appos", "conj", "attr", "agent", "dative", "npadvmod"})


def _small(s: ParsedSentence, figure: Figure) -> bool:
    """True when every number of the value is a count under _SMALL."""
    words = [s.tok(i).text.lower().replace(",", "") for i in range(figure.value_start, figure.value_end)
             if s.tok(i).like_num]
    # one number only: "one in five patients" is a rate, a measure in itself
    return len(words) == 1 and all((w.isdigit() and int(w) < _SMALL) or CARDINALS.get(w, 100) < _SMALL for w in words)


def _counted(s: ParsedSentence, figure: Figure) -> int | None:
    """The people noun the count counts: its own noun, or the object of its "of" ("two of her allies")."""
    if figure.noun is not None:
        return figure.noun if s.tok(figure.noun).text.lower() in _CAST else None
    value = figure.value_end - 1
    for c in s.children[value]:
        if s.tok(c).dep == "prep" and s.text(c).lower() == "of":
            for o in s.children[c]:
                if s.tok(o).dep == "pobj" and s.tok(o).text.lower() in _CAST:
                    return o
    return None


def _against_whole(s: ParsedSentence, figure: Figure, noun: int) -> bool:
    """True when the count is a part of a counted whole ("three of the nine justices", "two of its five")."""
    span = range(s.tok(noun).left, s.tok(noun).right + 1)
    return any(s.tok(i).like_num for i in span if not figure.value_start <= i < figure.value_end)


def _verb(s: ParsedSentence, noun: int) -> int | None:
    """The verb whose clause the counted noun is in, walking up through its phrase."""
    i = noun
    for _ in range(8):
        if s.tok(i).pos in ("VERB", "AUX") and i != noun:
            return i
        if s.head(i) == i or (s.tok(i).dep not in _UP and s.tok(i).pos not in ("NUM", "ADP")):
            return None
        i = s.head(i)
    return None


def _measured(s: ParsedSentence, verb: int) -> bool:
    """True when the verb or its predicate word says what happened to the people counted."""
    words = [verb, *(c for c in s.children[verb] if s.tok(c).dep in ("acomp", "attr", "xcomp", "prt", "oprd"))]
    return any(s.tok(i).lemma.lower() in _MEASURE_LEMMAS or s.text(i).lower() in _MEASURE_LEMMAS for i in words)


def _body_size(s: ParsedSentence, verb: int, noun: int) -> bool:
    """True for the size of a body: "The board has seven members" (a verb of having, the people its object)."""
    if s.tok(verb).lemma.lower() not in _HAVING or s.tok(noun).dep != "dobj":
        return False
    return not any(s.tok(c).dep in _SUBJECTS and s.tok(c).ent_type == "PERSON" for c in s.children[verb])


def narration_count(s: ParsedSentence, figure: Figure) -> bool:
    """A small count of people in a clause of narration (see the module docstring): withheld."""
    if figure.label != "CARDINAL" or not _small(s, figure):
        return False
    noun = _counted(s, figure)
    if noun is None or _against_whole(s, figure, noun):
        return False
    verb = _verb(s, noun)
    if verb is None:
        return False
    return not (_measured(s, verb) or _body_size(s, verb, noun))
