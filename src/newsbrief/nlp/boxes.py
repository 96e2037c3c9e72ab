"""Fact-box lines run together into one "sentence".

A profile or fact box ("Born in Leeds, 1961 / Chaired the water board / Wrote two books on drought")
loses its line breaks in many text sources and in pasted copy; the sentence splitter then returns one
long string of items, each opening with a capital letter right after the previous item's last word and
no punctuation between ("... on federal bailout funds Oversaw funds after ..."). Audit 12 found such a
run-on profile box dated as a Timeline entry and told as a sentence of the prose essay. The test uses the
parse the brief already has (no new model): an item list has no grammatical subject, and it has at least
two places where a capitalised word that is not part of a name follows a lower-case noun, verb or number,
and it does not end with a full stop.
"""

from __future__ import annotations

from itertools import pairwise

from newsbrief.models import Token

# Dependencies that give a clause its subject: a sentence with one is prose, not a list of items.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_CLOSERS = frozenset({".", "!", "?", '"', "”", "'", "’", ")"})
# Shorter strings are headlines or captions, which other rules handle; the boxes seen run to 20+ words.
_MIN_TOKENS = 12
# Words an item ends with: a name after "the", "of" or "and" is grammar, not a seam ("to lift the New
# York Islanders" in a misparsed sports lede without a subject, the labelled main-point set).
_ITEM_ENDS = frozenset({"NOUN", "VERB", "NUM", "ADJ", "ADV"})
# Two joins: one can be a name the tagger missed ("on federal funds Oversight Board"), two rarely are.
_MIN_JOINS = 2


def item_joins(tokens: tuple[Token, ...]) -> int:
    """How many times a capitalised word outside any name follows a lower-case word or a number
    with no punctuation between: the seams of items run together."""
    joins = 0
    for before, token in pairwise(tokens):
        if not token.text[:1].isupper() or token.ent_type or token.text == "I":
            continue
        if (before.text[:1].islower() and before.pos in _ITEM_ENDS) or before.like_num:
            joins += token.start - before.end <= 1
    return joins


def is_run_on_list(tokens: tuple[Token, ...]) -> bool:
    """Whether ``tokens`` (one sentence) are fact-box items run together rather than a sentence."""
    if len(tokens) < _MIN_TOKENS or any(t.dep in _SUBJECTS for t in tokens):
        return False
    if tokens[-1].text in _CLOSERS:  # a box's last item has no full stop; a sentence has one
        return False
    return item_joins(tokens) >= _MIN_JOINS
