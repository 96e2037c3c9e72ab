"""Cues that narrate an act, not a statement (Audit 40, docs/audit.md 41.3): the writer's own voice that the
attribution stage gave to a party.

- A negated speech verb says the party did not say it: "the voters weren't crying: 'Give us liberalism'" and
  "the senator did not say that the tax would rise" are the writer's lines, no statement of the voters or the
  senator. A negated denial ("did not deny") concedes and stays (see ``_stance_cue`` in attribution), and so
  does a party declining to answer ("would not say how many were hurt", "did not say whether ...").
- A party that "rejected" a proposal, an offer or a plan, as the writer narrates it, did something: "The U.S.
  rejected out of hand the African Union peace initiative, thereby ..." is the writer's charge against the U.S.,
  not the U.S.'s denial. Rejecting a claim, a charge or a report is still a denial, and a rejection told with
  the party's words (a quote, "as unworkable", "saying ...") stays its statement.

Rules over the dependency parse in :class:`~newsbrief.nlp.speech._Doc` (no model of its own).
"""

from __future__ import annotations

from newsbrief.models import Sentence, Token
from newsbrief.nlp.speech import CUE_LEMMAS, DENY, FRAMING_LEMMAS, _Doc, negated
from newsbrief.nlp.unsaid import unsaid_cue, unsaid_quote

# What a party can reject by acting on it rather than by answering it: an offer on the table, not a claim.
_PROPOSALS = frozenset("proposal proposals plan plans initiative initiatives offer offers deal deals bid bids "
                       "request requests invitation invitations appeal appeals overture overtures compromise "
                       "ceasefire truce treaty accord agreement settlement package draft bill amendment "
                       "motion resolution application".split())
# Children that carry the party's own words about the rejection: '... as "unworkable"', "saying ...".
_OWN_WORDS_DEPS = frozenset({"ccomp", "advcl", "xcomp", "parataxis"})
# "not only said ... but": the negation is of "only", the saying stands.
_NOT_ONLY = frozenset({"only", "merely", "just", "simply"})

# "could not say", "would not say": a party declining to answer (tests/analyze/test_positions_speakers.py keeps
# "Police spokesman Tom Reyes could not say how many ..." as his row); so does "did not say whether ...".
_DECLINING = frozenset({"can", "could", "will", "would"})
_QUESTION_WORDS = frozenset("whether if how what when where why who which".split())


def narrated_act(d: _Doc, verb: Token) -> bool:
    """True when the cue ``verb`` narrates an act rather than reports a statement: a negated speech verb
    (not a denial), speech the writer supposes or says went unsaid (:mod:`newsbrief.nlp.unsaid`), or the
    rejection of a proposal told without the party's own words (see the module docstring)."""
    return _negated_speech(d, verb) or _unsaid_words(d, verb) or _rejected_proposal(d, verb)


def _unsaid_words(d: _Doc, verb: Token) -> bool:
    """A cue of speech that did not happen: with a quotation in its clause, any such cue ("would never call the plan
    '...'": a party declining to answer gives no words to quote); without one, a cue that is not itself negated
    ("if she said the bridge was safe", "you will not hear him say that ..."), since a negated cue alone is read by
    _negated_speech, which keeps a party declining to answer ("would not say how many were hurt")."""
    if not unsaid_cue(d.doc, verb):
        return False
    tokens = d.doc.tokens
    held = d.text[tokens[verb.left].start : tokens[verb.right].end]
    return any(mark in held for mark in ('"', "“", "”")) or not negated(d, verb)


def _negated_speech(d: _Doc, verb: Token) -> bool:
    if verb.lemma.lower() in DENY or not negated(d, verb):
        return False
    tokens = d.doc.tokens
    kids = [tokens[c] for c in d.children.get(verb.i, ())]
    if any(k.text.lower() in _NOT_ONLY or (k.dep == "aux" and k.lemma.lower() in _DECLINING) for k in kids):
        return False  # "would not say how many were hurt": the party declined to answer, its own act of speech
    return not any(k.dep == "ccomp" and tokens[k.left].text.lower() in _QUESTION_WORDS for k in kids)


def _rejected_proposal(d: _Doc, verb: Token) -> bool:
    if verb.lemma.lower() not in ("reject", "spurn", "rebuff") or negated(d, verb):
        return False  # "didn't reject the offer outright" concedes; the stance reads it (Audit 8's labels)
    tokens = d.doc.tokens
    kids = [tokens[c] for c in d.children.get(verb.i, ())]
    if not _rejects_proposal(d, verb):
        return False
    # "thereby putting no pressure on ..." is the writer's consequence; "saying it was unfair" the party's words
    if any((k.dep in _OWN_WORDS_DEPS and (k.tag != "VBG" or k.lemma.lower() in CUE_LEMMAS))
           or (k.dep == "prep" and k.text.lower() == "as") for k in kids):
        return False  # "rejected the plan as unworkable": the party's own verdict
    told = d.text[verb.start : tokens[verb.right].end]
    return d.in_quote(verb.start) is None and not any(mark in told for mark in ('"', "“", "”"))


def _rejects_proposal(d: _Doc, verb: Token) -> bool:
    """Whether the first noun the verb takes is a proposal: its object, or the parser's pobj after "rejected
    out of hand" (an idiom the parser reads as "out of [hand the plan]")."""
    tokens = d.doc.tokens
    for token in tokens[verb.i + 1 : verb.right + 1]:
        if token.text in (",", ";", ":"):
            return False
        if token.dep in ("dobj", "obj", "pobj") and token.pos in ("NOUN", "PROPN") and token.lemma.lower() != "hand":
            return token.lemma.lower() in _PROPOSALS or token.text.lower() in _PROPOSALS
    return False


def negated_frame(d: _Doc, sentence: Sentence, start: int, end: int) -> bool:
    """True when the quotation ``start``..``end`` follows a negated speech verb of its own sentence ("weren't crying:
    '...'", "no one said: '...'") or another frame of speech that did not happen ("you will not hear these words:
    '...'", "imagine him saying: '...'", :mod:`newsbrief.nlp.unsaid`): the quotation is the writer's rhetorical
    line, no one's words (Audit 40 #6; the lead's reading of a FNC-1 body)."""
    if unsaid_quote(d.doc, sentence, start, end):
        return True
    for verb in d.doc.sentence_tokens(sentence):
        if verb.end > start:
            break
        lemma = verb.lemma.lower()
        if verb.pos in ("VERB", "AUX") and (lemma in CUE_LEMMAS or lemma in FRAMING_LEMMAS) \
                and not d.text[verb.end : start].strip(" :,\n\u2014-").split()[1:] and _negated_speech(d, verb):
            return True
    return False
