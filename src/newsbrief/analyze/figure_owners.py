"""Figures whose line would not say whose they are or what they size (issue #11, reader Audit 46: none of 30 key
figures wrong but 10 useless: "more than 1,000 jobs" without the airline that cuts them, a bare share, a size
read off a likeness, "closed down" with its amount cut out).

A figure line must say what is counted and whose it is in words a reader understands without the article. The
parse shows five ways that fails; each is withheld, not reworded, since a guessed owner would be worse than none:

* a holding counted as its own subject ("10 planes will be grounded") when nothing in its clause names an owner
  but its sentence does ("At Nordair, more than 1,000 jobs will go and ..."). The same count with its owner in the
  clause ("will go at Nordair's plants", "Nordair will cut 1,200 jobs") stays, and so does one whose owner stands
  in an earlier sentence of a story about one owner (a council: "Under the plan, 140 posts will be cut"), but not
  in a round-up whose earlier sentences name two or more organisations (session 30);
* a value given to another name than the clause's subject: "followed by Chile at 31%" is Chile's share, not the
  subject's; a share set off on a noun by "with" ("Chile, with 13.3%, is ...") says neither of what nor how;
* a share told as its own subject with no whole ("About 13.3% went to Chile"): of the exports, the vote, the
  market? A reader cannot tell;
* a size inside a likeness ("looks like a long pipe 15 inches across") measures the image, not the thing;
* a change word whose own amount is another number ("closed down 1.25% at $88.40", "sent the price up $2 to
  $90"): the other value's line shows "closed down" with the change cut out; the change's own line stays;
* a value whose only clause is a reporting verb ("Chile took 13.3%, the ministry said, up from 9%"): "the
  ministry said, up from 9%" tells nothing of what rose;
* the holes or innings of a game in progress ("had played 11 holes"): a moment of play, not a figure;
* "their number", "its total" as the subject, with no one named before the pronoun in its sentence (Audit 52 A3:
  "Their number has decreased now to 140,000", the Syriacs named only in the sentence before).
"""

from __future__ import annotations

from dataclasses import replace

from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import ParsedSentence
from newsbrief.lexicon import CARDINALS

# what an organisation holds and cuts: counted bare as a subject, it is nobody's
_HOLDINGS = frozenset("""job post position role plane aircraft jet airliner flight route store shop branch outlet
factory plant mill mine office employee staff vessel""".split())
_OWNERS = frozenset({"ORG", "GPE", "PERSON", "NORP", "FAC"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_SAYING = frozenset({"say", "tell", "report", "state", "announce"})  # not "add": "gold added 0.1%"
_CHANGE_WORDS = frozenset({"up", "down"})
_GAME_PARTS = frozenset({"hole", "inning"})
_ROUND = 19  # the holes of one round of golf; more is a course's size
_FIRMS = frozenset({"", "ORG", "NORP", "PRODUCT"})  # a subject name that can be a firm (not a person, a place)
_SEVERAL = 2  # organisations named before a bare holding: a round-up, whose holding it is a reader cannot tell
# nouns that are only a measure of their owner: "their number", "its total" say nothing without whose
_AMOUNT_NOUNS = frozenset("number numbers total population count tally toll membership size ranks".split())
_OWNING_PRONOUNS = frozenset({"their", "its", "his", "her"})


def _value_head(s: ParsedSentence, figure: Figure) -> int:
    """The token the value hangs from: its noun, or the last token of the value ("%" of "13.3 %")."""
    if figure.noun is not None:
        return figure.noun
    inside = range(figure.value_start, figure.value_end)
    return next((i for i in reversed(inside) if s.head(i) not in inside), figure.value_end - 1)


def _names_owner(s: ParsedSentence, indices: set[int]) -> bool:
    """True when one of the tokens is a name ("Nordair", "Chile") an owner can be."""
    return any(s.tok(i).pos == "PROPN" or s.tok(i).ent_type in _OWNERS for i in indices)


def ownerless_holding(s: ParsedSentence, figure: Figure) -> bool:
    """A count of an organisation's holdings told as its own subject with no owner in its words."""
    noun = figure.noun
    if noun is None or figure.label != "CARDINAL" or s.tok(noun).dep not in _SUBJECTS:
        return False
    if s.tok(noun).lemma.lower() not in _HOLDINGS:
        return False
    if any(s.tok(c).dep == "poss" for c in s.children[noun]):
        return False  # "The company's 4,500 employees": the clause gives them an owner
    own = s.subtree(noun, set(), prune=False)
    if _names_owner(s, own | set(figure.what) | set(figure.clause)):
        return False
    # the owner cut from a sentence that names it ("At Nordair, ... and 10 planes will be grounded"); one named
    # only in an earlier sentence is left alone in a story about one owner ("140 posts will be cut" is the
    # council's), not in a round-up that has named several ("Skyway ... Nordair ... 1,000 jobs will go": whose?)
    return _names_owner(s, set(range(s.lo, s.hi)) - own) or _round_up(s)


def _round_up(s: ParsedSentence) -> bool:
    """True when the sentences before this one name two or more organisations, so a bare holding is nobody's.

    An organisation is an ORG entity or a name that is a clause's subject and not a person's or a place's
    ("Skyway will retire its oldest jets": the NER model does not know every airline).
    """
    names = {e.text.lower().split()[-1] for e in s.doc.entities
             if e.label == "ORG" and e.sentence_index < s.sentence.index and e.text.split()}
    for sentence in s.doc.sentences[: s.sentence.index]:
        names |= {t.text.lower() for t in s.doc.tokens[sentence.token_start : sentence.token_end]
                  if t.dep in _SUBJECTS and t.pos == "PROPN" and t.ent_type in _FIRMS}
    return len(names) >= _SEVERAL


def others_value(s: ParsedSentence, figure: Figure) -> bool:
    """A value that belongs to another name ("followed by Chile at 31%") or hangs on a noun by "with"."""
    head = _value_head(s, figure)
    if s.tok(head).dep != "pobj":
        return False
    prep = s.head(head)
    holder = s.head(prep)
    if s.text(prep).lower() == "with" and s.tok(holder).pos in ("NOUN", "PROPN") and figure.label == "PERCENT":
        return not any(s.text(i).lower() == "of" for i in figure.what)  # "Chile, with 13.3%,": of what?
    shown = set(figure.what) | set(figure.clause)
    for c in s.children[holder]:
        if s.tok(c).dep == "agent":  # "followed by Chile at 31%": Chile's
            names = {k for k in s.children[c] if s.tok(k).dep == "pobj"}
            if _names_owner(s, names) and not names & shown:
                return True
    return False


def share_of_nothing(s: ParsedSentence, figure: Figure) -> bool:
    """A share told as its own subject with no whole ("About 13.3% went to Chile"): 13.3% of what, a reader asks."""
    head = _value_head(s, figure)
    if figure.label != "PERCENT" or figure.noun is not None or s.tok(head).dep not in _SUBJECTS:
        return False  # "a 2% early gain ... faded": the share of a gain
    return not any(s.text(c).lower() == "of" for c in s.children[head]) and not any(
        s.text(i).lower() == "of" for i in figure.what)


def in_likeness(s: ParsedSentence, figure: Figure) -> bool:
    """A size inside "like ..." ("looks like a long pipe 15 inches across"): the image's, not the thing's."""
    i = _value_head(s, figure)
    for _ in range(6):
        if s.head(i) == i or s.tok(i).pos in ("VERB", "AUX"):
            return False
        i = s.head(i)
        if s.tok(i).dep == "prep" and s.text(i).lower() == "like":
            return True
    return False


def _amounts(s: ParsedSentence, head: int) -> dict[int, set[int]]:
    """``head``'s own amounts ("down 1.25%", "rose 3%"), each with its number tokens."""
    out = {}
    for c in s.children[head]:
        # the amount's own number ("3%", "20.72 points"), not one deep in an object ("puts the two countries' ...")
        numbers = {k for k in (c, *s.children[c]) if s.tok(k).like_num and s.tok(k).ent_type}
        if s.tok(c).dep in ("npadvmod", "dobj") and numbers:
            out[c] = numbers
    return out


def _other_amount(s: ParsedSentence, head: int, value: set[int]) -> bool:
    """True when ``head`` has an amount of its own ("down 1.25%", "rose 3%") that is not the value."""
    numbers = {k for found in _amounts(s, head).values() for k in found}
    return bool(numbers) and not numbers & value


def with_change(s: ParsedSentence, figure: Figure) -> Figure:
    """The level a change reached told with its change: "$2.3 billion" of "revenue fell 17 percent to $2.3 billion"
    reads "revenue fell 17 percent to $2.3 billion", not "revenue fell" (which reads as a fall of $2.3 billion)."""
    head = _value_head(s, figure)
    if s.tok(head).dep != "pobj" or s.text(s.head(head)).lower() != "to":
        return figure
    prep = s.head(head)
    changed = s.head(prep)
    if changed not in figure.clause or s.tok(changed).pos != "VERB":
        return figure
    amounts = [c for c in _amounts(s, changed) if c < prep]
    if len(amounts) != 1:
        return figure
    added = s.subtree(amounts[0], set(), prune=False) | {prep}
    return replace(figure, clause=tuple(sorted(set(figure.clause) | added)))


def change_cut(s: ParsedSentence, figure: Figure) -> bool:
    """The clause's "up"/"down" has an amount of its own that is not this value ("closed down 1.25% at $88.40"), or
    the value is the level a change reached ("rose 3% to just under $90"): its line would read "rose ... $90"."""
    value = set(range(figure.value_start, figure.value_end)) | set(figure.clause)  # a change told in the line is no cut
    for i in figure.clause:
        if s.text(i).lower() in _CHANGE_WORDS and s.tok(i).dep in ("advmod", "prt") and _other_amount(s, i, value):
            return True
    head = _value_head(s, figure)
    if s.tok(head).dep != "pobj" or s.text(s.head(head)).lower() not in ("to", "at"):
        return False
    changed = s.head(s.head(head))
    return changed in figure.clause and _other_amount(s, changed, value)


def said_only(s: ParsedSentence, figure: Figure) -> bool:
    """The value's only clause is a reporting verb ("the ministry said, up from 9%")."""
    verbs = [i for i in figure.clause if s.tok(i).pos == "VERB"]
    if s.tok(_value_head(s, figure)).dep in ("dobj", "nsubj", "nsubjpass"):
        return False  # "the ministry reported 14 cases": the value is what was said
    return bool(verbs) and not figure.what and all(s.tok(i).lemma.lower() in _SAYING for i in verbs)


def game_moment(s: ParsedSentence, figure: Figure) -> bool:
    """The holes or innings of a game in progress ("had played 11 holes")."""
    noun = figure.noun
    if noun is None or s.tok(noun).lemma.lower() not in _GAME_PARTS:
        return False
    words = [s.tok(i).text.lower().replace(",", "") for i in range(figure.value_start, figure.value_end)
             if s.tok(i).like_num]
    return bool(words) and all((w.isdigit() and int(w) < _ROUND) or CARDINALS.get(w, 100) < _ROUND for w in words)


def pronoun_owned(s: ParsedSentence, figure: Figure) -> bool:
    """A count that is only what "their"/"its" number is, with no antecedent before it in its sentence ("Their number
    has decreased now to 140,000"): of whom, the line cannot say."""
    for i in (*figure.what, *figure.clause):
        if s.tok(i).dep in _SUBJECTS and s.tok(i).lemma.lower() in _AMOUNT_NOUNS:
            owners = [c for c in s.children[i] if s.tok(c).dep == "poss" and s.text(c).lower() in _OWNING_PRONOUNS]
            if owners and not any(s.tok(k).dep in _SUBJECTS and s.tok(k).pos in ("NOUN", "PROPN")
                                  for k in range(s.lo, owners[0])):
                return True
    return False


def owner_lost(s: ParsedSentence, figure: Figure) -> bool:
    """True for a figure of one of the module docstring's classes."""
    return ownerless_holding(s, figure) or others_value(s, figure) or share_of_nothing(s, figure) \
        or in_likeness(s, figure) or change_cut(s, figure) or said_only(s, figure) or game_moment(s, figure) \
        or pronoun_owned(s, figure)
