"""Counts a reader deletes because they say neither whose they are nor why they matter (issue #11, reader Audits
44-45: 37-43 % of key figures "would delete"; "three children", "two companies", "five women heard", a season's
"73 catches, 868 yards" whose player is named only in the sentence before).

A figure a reader keeps says what it counts, whose it is, and is an amount that matters. Three classes fail that
test in a way the parse shows:

* an everyday count a person has or does: a small count that is the object of a verb of having ("The couple have
  three children", "Rita Alvarez owns two restaurants") when the holder is a person. An organisation's holdings
  ("Helix has five factories") are the story's measure and stay; so does any count a verb of event reports;
* a tally in a list of tallies ("73 catches, 868 yards and seven touchdowns", "His 73 catches and 868 yards")
  whose owner the clause does not name: the list's subject is the list itself or a pronoun the figure stage did
  not resolve. A list of people counts ("Seven soldiers and two civilians were killed") is a toll and stays, unless
  it only tells what a noun is made of ("a jury of seven men and five women");
* a small count of episodes or parts ("two periods of warming", "in three phases", "four rounds of talks"): it
  tells how a story divides, not how much of anything there is;
* a small count with nothing but its noun inside someone's reported words ("the authorities said that they have
  recorded the testimony of six workers, ...", the strict xfail of session 28b): shown as "six workers" it says
  nothing; the same count with a verb of its own ("said three officers were injured") keeps its clause and stays.

Withholding, not rewording: when the owner is not in the clause, a guessed owner would be worse than none.
"""

from __future__ import annotations

from newsbrief.analyze.figure_details import small_count
from newsbrief.analyze.figure_measures import PEOPLE_NOUNS, Figure
from newsbrief.analyze.figure_parse import ParsedSentence
from newsbrief.lexicon import CARDINALS

_SMALL = 10  # "three children", "two restaurants": the size of a household, not of a story
_HAVING = frozenset({"have", "own", "keep", "raise", "work"})
_PERSONAL = frozenset({"i", "you", "he", "she", "we", "they"})
# people a household is made of: their "three children" is family detail, not a figure
_HOLDERS = frozenset("""couple family parent parents mother father wife husband widow widower son daughter man woman
household grandmother grandfather brother sister""".split())
# segments of a span or a process: "two periods of warming" counts parts, not an amount
_EPISODES = frozenset("""period phase stage episode spell bout round wave era cycle chapter step part""".split())
_OWNER_PRONOUNS = frozenset({"him", "her", "his", "them", "their", "he", "she", "they"})
_ORGANISED = frozenset({"ORG", "GPE", "NORP", "FAC"})
_COUNT_LABELS = frozenset({"CARDINAL", "QUANTITY"})
_LIST_DEPS = frozenset({"conj", "appos"})


def _counted(s: ParsedSentence, i: int) -> bool:
    """True when token ``i`` is a noun with a number of its own ("catches" of "73 catches")."""
    return s.tok(i).pos in ("NOUN", "PROPN") and any(
        s.tok(c).dep == "nummod" and s.tok(c).like_num for c in s.children[i])


def _person(s: ParsedSentence, i: int, verb: str) -> bool:
    """True when token ``i`` is a household or a person holding everyday things.

    A named person's "had two assists" or "has five triple-doubles" is a record of play, not a household: with a
    name, only owning, keeping, raising and working count ("Rita Alvarez owns two restaurants").
    """
    token = s.tok(i)
    if token.ent_type in _ORGANISED:
        return False
    if token.ent_type == "PERSON":
        return verb != "have"
    return token.text.lower() in _PERSONAL or token.lemma.lower() in _HOLDERS


def everyday_count(s: ParsedSentence, figure: Figure) -> bool:
    """A small count a person has or does ("The couple have three children")."""
    noun = figure.noun
    if figure.label != "CARDINAL" or noun is None or s.tok(noun).dep != "dobj" \
            or not small_count(s, figure, below=_SMALL):
        return False
    verb = s.head(noun)
    if s.tok(verb).lemma.lower() not in _HAVING:
        return False
    subjects = [c for c in s.children[verb] if s.tok(c).dep in ("nsubj", "nsubjpass")]
    if not subjects and s.tok(verb).dep == "conj":
        subjects = [c for c in s.children[s.head(verb)] if s.tok(c).dep in ("nsubj", "nsubjpass")]
    return any(_person(s, c, s.tok(verb).lemma.lower()) for c in subjects)


def episode_count(s: ParsedSentence, figure: Figure) -> bool:
    """A small count of episodes or parts ("there have been two periods of warming")."""
    return figure.label == "CARDINAL" and figure.noun is not None and small_count(s, figure, below=_SMALL) \
        and s.tok(figure.noun).lemma.lower() in _EPISODES


def _list_root(s: ParsedSentence, noun: int) -> int:
    """The first noun of the coordination ``noun`` is in ("catches" of "73 catches, 868 yards and ...")."""
    i = noun
    for _ in range(8):
        if s.tok(i).dep not in _LIST_DEPS or s.head(i) == i or not _counted(s, s.head(i)):
            return i
        i = s.head(i)
    return i


def _bracketed(s: ParsedSentence, i: int) -> bool:
    """True when token ``i`` opens a bracketed phrase ("(63 kilometers)")."""
    start = s.tok(i).left
    return s.inside(start - 1) and s.text(start - 1) in ("(", "[")


def _members(s: ParsedSentence, root: int) -> list[int]:
    """The counted nouns coordinated under ``root``, ``root`` included when counted."""
    out, todo = [], [root]
    while todo:
        i = todo.pop()
        if _counted(s, i):
            out.append(i)
        # "39 miles (63 kilometers)": a bracketed conversion restates its noun, it is no second tally
        todo.extend(c for c in s.children[i] if s.tok(c).dep in _LIST_DEPS and not _bracketed(s, c))
    return out


def _owner_named(s: ParsedSentence, root: int, resolved: bool) -> bool:
    """True when the tally's clause names whose it is: a named possessor, or a subject other than the list."""
    possessors = [c for c in s.children[root] if s.tok(c).dep == "poss"]
    if possessors:
        return any(s.tok(c).pos == "PROPN" or s.tok(c).ent_type for c in possessors) or resolved
    i = root
    for _ in range(8):  # up to the verb whose clause holds the list ("finished with 73 catches")
        if s.tok(i).dep in ("nsubj", "nsubjpass") and s.head(i) != i:
            # the list is the subject: it is the event ("Two bridges and three schools were destroyed") unless
            # the clause gives it to a person by a pronoun ("73 catches ... made him the obvious choice")
            return resolved or not _pronoun_owner(s, s.head(i))
        if s.head(i) == i:
            return False
        i = s.head(i)
        if s.tok(i).pos in ("VERB", "AUX"):
            subjects = [c for c in s.children[i] if s.tok(c).dep in ("nsubj", "nsubjpass")]
            if not subjects and s.tok(i).dep == "xcomp":
                continue  # "will be able to go 39 miles": the subject is the governing verb's
            return any(s.tok(c).pos != "PRON" or resolved for c in subjects)
    return False


def _pronoun_owner(s: ParsedSentence, verb: int) -> bool:
    """True when the verb's clause names a person only by a pronoun ("made him the choice", "gave her the title")."""
    todo = list(s.children[verb])
    while todo:
        i = todo.pop()
        token = s.tok(i)
        if token.tag in ("PRP", "PRP$") and token.text.lower() in _OWNER_PRONOUNS:
            return True
        clause = token.dep in ("ccomp", "advcl", "relcl", "conj") and token.pos in ("VERB", "AUX")
        if not clause:  # "made [him the obvious choice]": a small clause with no verb of its own is this clause
            todo.extend(s.children[i])
    return False


def ownerless_tally(s: ParsedSentence, figure: Figure, resolved: bool) -> bool:
    """A count in a list of counts whose owner the clause does not name (see the module docstring).

    ``resolved`` says whether the figure stage found what a pronoun subject refers to ("[Hale] finished with ...").
    """
    noun = figure.noun
    if noun is None and figure.label == "QUANTITY" and s.tok(figure.value_end - 1).pos == "NOUN":
        noun = figure.value_end - 1  # "868 yards": the unit is the noun of a quantity entity
    if figure.label not in _COUNT_LABELS or noun is None:
        return False
    root = _list_root(s, noun)
    members = _members(s, root)
    if len(members) < 2:
        return False
    people = all(s.tok(i).text.lower() in PEOPLE_NOUNS for i in members)
    if people:  # a toll stays; a composition of small counts hanging on a noun ("a jury of ...") does not
        on_noun = s.tok(root).dep == "pobj" and s.tok(s.head(s.head(root))).pos == "NOUN"
        return on_noun and all(_small_at(s, i) for i in members)
    return not _owner_named(s, root, resolved)


def _small_at(s: ParsedSentence, noun: int) -> bool:
    """True when the number on ``noun`` is a count under _SMALL."""
    for c in s.children[noun]:
        if s.tok(c).dep == "nummod":
            w = s.tok(c).text.lower().replace(",", "")
            return (w.isdigit() and int(w) < _SMALL) or CARDINALS.get(w, 100) < _SMALL
    return False


def reported_bare(s: ParsedSentence, figure: Figure) -> bool:
    """A small count with nothing but its noun, inside a reported clause ("said that they recorded the testimony of
    six workers"): shown alone it says nothing."""
    if figure.label != "CARDINAL" or figure.clause or figure.when or figure.noun is None \
            or not small_count(s, figure, below=_SMALL):
        return False
    if any(i > figure.noun for i in figure.what):
        return False  # "six workers at the mill": the noun's own words say more
    if s.tok(figure.noun).dep != "pobj" or s.tok(s.head(s.head(figure.noun))).pos != "NOUN":
        return False  # only a noun's complement ("the testimony of six workers"); "said 3 of 4 were cut" has a verb
    i = figure.noun
    for _ in range(12):
        if s.tok(i).dep == "ccomp":
            return True
        if s.head(i) == i:
            return False
        i = s.head(i)
    return False


def reader_deletes(s: ParsedSentence, figure: Figure, resolved: bool) -> bool:
    """True for a count of one of the module docstring's classes; ``resolved`` as for ownerless_tally."""
    return everyday_count(s, figure) or episode_count(s, figure) or reported_bare(s, figure) \
        or ownerless_tally(s, figure, resolved)
