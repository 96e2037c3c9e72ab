"""Numbers that are no figure of the article's own: a question's premise, a conversion in brackets.

Reader Audit 20 (docs/audit.md 21.4 item 3):

- In a readers' Q&A, "Only nine people have died, so why the panic?" was printed as the key figure
  "Only nine people — have died". A number in a clause that ends in a question mark is what someone
  asks about, often on a premise the answer corrects; the writer does not state it. The same holds
  for a rhetorical question ("Why did 300 workers lose their jobs?"): the answer, if any, has the
  article's own figures.
- "£4m ($6m) a day" gave a second figure "$6m — m its bill is put ... a day": the bracketed sum is
  the same amount in another currency, read apart from its rate and with its scale cut off. It is
  one figure, shown once with its rate.

Plain token tests over the sentence (no extra library): the signs are punctuation and the NER labels.
"""

from __future__ import annotations

from newsbrief.analyze.figure_parse import ParsedSentence
from newsbrief.models import Entity

__all__ = ["bracketed_conversion", "in_question"]

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
    return s.inside(i) and (s.tok(i).like_num or (s.inside(i - 1) and s.tok(i - 1).like_num))


def bracketed_conversion(s: ParsedSentence, entity: Entity) -> bool:
    """True for an amount in brackets right after another amount: "£4m ($6m) a day", "10 miles (16km)".

    It restates the first amount, which is the figure; shown apart it loses the rate and reads as a
    second sum.
    """
    if entity.label not in _AMOUNT_LABELS:
        return False
    start = entity.token_start
    while s.inside(start - 1) and s.text(start - 1) in _CURRENCY:
        start -= 1  # the NER model may leave the symbol out: "($6m)" tagged "6"
    if s.text(start - 1) != "(" or not _amount_ends_at(s, start - 2):
        return False
    return any(s.text(i) == ")" for i in range(entity.token_end, min(entity.token_end + 3, s.hi)))
