"""Fact-box lines run together into one "sentence".

A profile or fact box ("Born in Leeds, 1961 / Chaired the water board / Wrote two books on drought")
loses its line breaks in many text sources and in pasted copy; the sentence splitter then returns one
long string of items, each opening with a capital letter right after the previous item's last word and
no punctuation between ("... on federal bailout funds Oversaw funds after ..."). Audit 12 found such a
run-on profile box dated as a Timeline entry and told as a sentence of the prose essay. The test uses the
parse the brief already has (no new model). Two shapes:

- :func:`is_run_on_list`: items with no subject (a profile box's "Chaired ... Wrote ... Born in ...");
  no grammatical subject, no closing full stop, and at least two places where a capitalised word that is
  not part of a name follows a lower-case noun, verb or number. Such a string is furniture everywhere.
- :func:`run_together`: lines that are sentences of their own run together ("... to Mexico An aide to
  ... is being tested"), found by the function words that open the later lines (reader Audit 10). Used
  where a whole bullet would mislead (Outlook and Recommendations), since a long sentence can pass.
"""

from __future__ import annotations

from itertools import pairwise

from newsbrief.models import Document, Sentence, Token

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


# Lines of a fact box run together into one "sentence" when the source drops their full stops ("... to
# Mexico An aide to ... is being tested ... the president The head of the CDC says ..."): a bullet of
# several past developments, filed whole under Outlook for the one "will" among them (reader Audit 10).
# A join is a capitalised word that is no name, straight after a word with no punctuation between.
_JOIN_POS = frozenset({"DET", "ADP", "PRON", "SCONJ", "CCONJ", "ADV", "AUX"})
_OTHER_JOIN_POS = frozenset({"NOUN", "ADJ", "VERB"})
_MIN_RUN_ON_TOKENS = 35  # the Audit 10 fact-box lines ran 60-90 tokens; a sentence with two joins and
# fewer words is more likely a headline style ("to The Hague ... The Times") than a run-on list


def _title_case_run(after: Token) -> bool:
    """True when the word after a join candidate is capitalised too and not a date: a title or a name in
    title case ("the network addition The CW", "Cambia Tu Vida Con Padre Alberto"), not a new line
    ("... to Mexico An aide", "... products On Thursday European ministers")."""
    return after.text[:1].isupper() and after.ent_type not in ("DATE", "TIME", "CARDINAL")


def run_together(doc: Document, sentence: Sentence) -> bool:
    """True when ``sentence`` is several lines of a list run together (two joins or more, see above)."""
    tokens = doc.sentence_tokens(sentence)
    if len(tokens) < _MIN_RUN_ON_TOKENS:
        return False
    function_joins = other_joins = 0
    for (before, token), after in zip(pairwise(tokens), [*tokens[2:], tokens[-1]], strict=True):
        if not token.text[:1].isupper() or token.text == "I" or token.ent_type or not before.text.isalpha() \
                or token.start != before.end + 1 or _title_case_run(after):
            continue
        function_joins += token.pos in _JOIN_POS
        # a capitalised word the tagger took for a name but the recogniser did not ("... the country Test
        # results confirm"), after a word in lower case, also starts a new line
        other_joins += token.pos in _OTHER_JOIN_POS or (token.pos == "PROPN" and before.text.islower())
    return function_joins >= 1 and function_joins + other_joins >= 2
