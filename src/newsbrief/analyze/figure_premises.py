"""Numbers that are no figure of the article's own (a question's premise, a conversion in brackets), and
a side toll's place said before its count.

Reader Audit 20 (docs/audit.md 21.4 item 3):

- In a readers' Q&A, "Only nine people have died, so why the panic?" was printed as the key figure
  "Only nine people — have died". A number in a clause that ends in a question mark is what someone
  asks about, often on a premise the answer corrects; the writer does not state it. The same holds
  for a rhetorical question ("Why did 300 workers lose their jobs?"): the answer, if any, has the
  article's own figures.
- The audit saw "£4m — m the cost to BP including attempts to cap the well" for a cost per day. A sum with
  its conversion in brackets gives that garble in our own cases ("£4m ($6m) a day" showed "$6m — m its
  bill is put ... a day"): the bracketed sum is the same amount in another currency, read apart from its
  rate and with its scale cut off. It is one figure, shown once with its rate.
- On a live page about Libya, "39 people — were injured" was Iraq's toll (Sulaimaniya). When the place
  stands in front of the count, set off by a comma ("In Sulaimaniya, Iraq, 39 people were injured"), the
  clause, built from the verb onwards, leaves it out, and the toll reads as the lead's. A fronted
  "in/at <place>," phrase on the figure's verb is kept when the place is not one the article opens on;
  in the article's own place it would only repeat the lead.

Plain token tests over the sentence (no extra library): the signs are punctuation and the NER labels.
"""

from __future__ import annotations

from dataclasses import replace

from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import ParsedSentence
from newsbrief.analyze.figure_topic import with_topic
from newsbrief.analyze.figure_values import SCALED
from newsbrief.models import Document, Entity

__all__ = ["bare_word", "bracketed_aside", "bracketed_conversion", "in_question", "with_place"]

# Marks that close a clause before a later question mark: "Sales fell 15%. Why?" is two sentences, but
# "Sales fell 15%; why would they not?" keeps the figure's clause apart from the question.
_CLAUSE_STOPS = frozenset({";", ":", "—", "–"})
_CLOSERS = frozenset({'"', "'", "”", "’", ")"})
# Labels a conversion in brackets carries: the same amount in another currency or unit.
_AMOUNT_LABELS = frozenset({"MONEY", "QUANTITY"})
_CURRENCY = frozenset("$ £ € ¥ US$ A$ C$ HK$".split())


def in_question(s: ParsedSentence, value_end: int) -> bool:
    """True when the number's clause runs on to a question mark ("Only nine people have died, so why
    the panic?"), with no semicolon, colon or dash between that closes the number's clause first."""
    for i in range(value_end, s.hi):
        word = s.text(i)
        if word == "?" or word.endswith("?"):
            return True
        if word in _CLAUSE_STOPS or (word == "." and i < s.hi - 1):
            return False
    return False


def _amount_ends_at(s: ParsedSentence, i: int) -> bool:
    """True when token ``i`` ends an amount: a number, or the scale or unit right after one ("£4m" is
    "£", "4", "m"; "10 miles")."""
    # An amount with its scale glued on ("20bn", "1.2tn", "4m") is one token the model calls no number; the
    # conversion after it was then listed as a second figure ("$20bn (£13.5bn)", the lead's reading of Audit 42 #4).
    return s.inside(i) and (s.tok(i).like_num or SCALED.match(s.text(i)) is not None
                            or (s.inside(i - 1) and s.tok(i - 1).like_num))


def bracketed_conversion(s: ParsedSentence, entity: Entity) -> bool:
    """True for an amount in brackets (or set off by ", or ... ,") right after another amount: "£4m ($6m) a day",
    "10 miles (16km)".

    It restates the first amount, which is the figure; shown apart it loses the rate and reads as a
    second sum.
    """
    if entity.label not in _AMOUNT_LABELS:
        return False
    start = entity.token_start
    while s.inside(start - 1) and s.text(start - 1) in _CURRENCY:
        start -= 1  # the NER model may leave the symbol out: "($6m)" tagged "6"
    if s.text(start - 1) == "(":
        before, closer = start - 2, ")"
    elif s.text(start - 1).lower() == "or" and s.text(start - 2) == ",":
        # set off by commas: "some 5,000 barrels, or 210,000 gallons, a day" (Audit 52 A1 showed "210,000 gallons, a
        # day of oil was leaking" as a second figure of the one estimate)
        before, closer = start - 3, ","
    else:
        return False
    if not (_amount_ends_at(s, before) or _amount_of(s, before)):
        return False
    return any(s.text(i) == closer for i in range(entity.token_end, min(entity.token_end + 3, s.hi)))


def _amount_of(s: ParsedSentence, i: int) -> bool:
    """True when token ``i`` ends an amount's "of" phrase ("4.9m barrels of oil (171m gallons)": Audit 38 A1 showed
    the bracketed conversion as the spill's figure, "oil (171m gallons)"): up to two words after "of", which
    follows the amount's unit."""
    for of in (i - 1, i - 2):
        if s.inside(of) and s.text(of).lower() == "of" and all(s.tok(j).pos in ("NOUN", "PROPN", "ADJ")
                                                                for j in range(of + 1, i + 1)):
            return _amount_ends_at(s, of - 1) or (s.inside(of - 1) and s.tok(of - 1).pos == "NOUN"
                                                  and _amount_ends_at(s, of - 2))
    return False


def bracketed_aside(s: ParsedSentence, entity: Entity) -> bool:
    """True for a count alone in brackets right after the common noun it counts: "team highs in targets
    (eight), receptions (six) and yards (83)".

    A stat-heavy sports piece (the lead's Newsroom row 41, session 20) showed "yards (83)" and a bare
    "six": the number is the noun's aside, with no verb or clause of its own, and any label built around
    it garbles. A name's bracket ("Smith (45)") is an age, handled as one; a bracket that says more than
    the number ("300 jobs (about 10 percent of its staff)") is not alone and stays.
    """
    start, end = entity.token_start, entity.token_end
    if entity.label != "CARDINAL":
        return False  # "his best speed (224.419 mph)": a measure with its unit says what it is (Newsroom 22)
    if not (s.inside(start - 2) and s.inside(end)) or s.text(start - 1) != "(" or s.text(end) != ")":
        return False
    return s.tok(start - 2).pos == "NOUN"


def bare_word(figure: Figure) -> bool:
    """True for a number written as a word with no noun it counts and no clause: "five — of the first 53
    games of his four-year career" (the lead's Newsroom row 41: "had 90-plus yards in five of the first 53
    games" lost what happened in the five). A digit keeps its reading ("71 percent of the residents");
    "scored in five of the first 40 games" keeps its clause and stays."""
    return figure.spelled and figure.label == "CARDINAL" and figure.value_end - figure.value_start == 1 \
        and figure.noun is None and not figure.clause


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_PREPS = frozenset({"in", "at", "across"})
_MAX_PLACE_TOKENS = 6  # "In Sulaimaniya, Iraq": a place and its country, not a fronted clause


def _opening_places(doc: Document) -> frozenset[str]:
    """The place names of the article's first sentence and title, lower-cased: its own story's places."""
    names = {e.text.lower() for e in doc.entities if e.sentence_index == 0 and e.label in _PLACE_LABELS}
    title = (doc.article.source.title or "").lower()
    return frozenset(names | {e.text.lower() for e in doc.entities if e.label in _PLACE_LABELS
                              and e.text.lower() in title})


def _fronted_place(s: ParsedSentence, verb: int, value_start: int) -> set[int]:
    """The "in <place>," phrase that opens the verb's clause before the number, else none."""
    for c in s.children[verb]:
        if c >= value_start or s.tok(c).dep != "prep" or s.text(c).lower() not in _PLACE_PREPS:
            continue
        part = s.subtree(c, set(), prune=False)
        if not part:
            continue  # a preposition with no object ("at" stranded) is dropped by subtree
        between = range(max(part) + 1, value_start)
        if len(part) <= _MAX_PLACE_TOKENS and all(s.tok(i).pos == "PUNCT" for i in between) \
                and any(s.tok(i).ent_type in _PLACE_LABELS for i in part):
            return part
    return set()


def with_place(s: ParsedSentence, figure: Figure) -> Figure:
    """The figure with the fronted place of its verb in its clause, when that place is not the article's
    opening one (see above)."""
    if not figure.clause:
        return figure
    figure = with_topic(s, figure)  # "Starting with the Sport model, ...": whose price it is (Audit 42)
    opening = _opening_places(s.doc)
    for verb in figure.clause:
        if s.tok(verb).pos not in ("VERB", "AUX") or s.tok(verb).dep in ("aux", "auxpass"):
            continue
        part = _fronted_place(s, verb, figure.value_start)
        names = {s.text(i).lower() for i in part if s.tok(i).ent_type in _PLACE_LABELS}
        if part and not names & opening and not any(name in place for name in names for place in opening):
            return replace(figure, clause=tuple(sorted(set(figure.clause) | part)))
    return figure

