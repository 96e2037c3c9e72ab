"""Checks on a Who says what entry that read the parse: what a reader would delete or relabel.

Audit 14 found 13 of 42 Who says what entries deletable. The patterns these checks cover:

- a piece of a quotation that runs over several sentences ('They don't have to follow our orders," Baer
  said.' after its first half; 'He told the BBC: "We've been at the vanguard, ...' cut before its second
  sentence): shown alone its meaning is in the sentence next to it, which the Quotes list shows whole;
- an action reported with a speech verb, not a stated position ("Activists have called a day of
  mourning.": "call" with a bare object, no complement that would make it "called X a Y");
- an "another official" beside the source it repeats ("Another Bush official said ...");
- an expectation that is a past account or a refusal: the stage's "predicts" from a "would" that is a
  narrated habit ("They would come at night and took ...") or "would not comment" is no expectation, so
  it is stated ("asserts").
"""

from __future__ import annotations

from collections.abc import Sequence

from newsbrief.models import Attribution, Document, Sentence, SentenceVoice, Stance, Token

# What "call" takes when it states something: "called the ruling a disgrace" (oprd), "called it wrong"
# (acomp/xcomp), a clause (ccomp); "called for an inquiry", "called on the council" have no object.
_CALL_COMPLEMENTS = frozenset({"oprd", "xcomp", "ccomp", "acomp", "attr", "advcl", "dative"})
# Verbs of a refusal to speak ("would not comment", "would not confirm"): a response, not a forecast.
_REFUSALS = frozenset("comment confirm discuss disclose elaborate speculate say reveal name release identify".split())
_LOOSE_MODALS = frozenset({"would", "could", "might"})


def in_quotation_piece(spans: Sequence[tuple[int, int]], sentence: Sentence) -> bool:
    """Whether ``sentence`` holds only a piece of a quotation: one begun in an earlier sentence, or one that
    carries on past its end into the next."""
    for start, end in spans:
        if start < sentence.start < end - 1:
            return True  # opens inside a quotation begun earlier
        if sentence.start <= start < sentence.end and end > sentence.end + 1:
            return True  # a quotation that runs on into the next sentence
    return False


def _cue_token(doc: Document, attribution: Attribution) -> Token | None:
    return next((t for t in doc.tokens if t.start == attribution.cue_start), None)


def _attributions(doc: Document, attributions: Sequence[Attribution], voice: SentenceVoice) -> list[Attribution]:
    sentence = doc.sentences[voice.sentence]
    return [a for a in attributions if a.speaker == voice.speaker and a.cue_start is not None
            and sentence.start <= a.cue_start < sentence.end]


def is_bare_call(doc: Document, attributions: Sequence[Attribution], voice: SentenceVoice) -> bool:
    """Whether the voice's only cue is "call" with a bare object ("called a strike", "called a day of
    mourning"): an action, not a position."""
    found = _attributions(doc, attributions, voice)
    if not found:
        return False
    for attribution in found:
        cue = _cue_token(doc, attribution)
        if cue is None or cue.lemma != "call":
            return False
        children = doc.children(cue)
        # "called a strike for Monday" has its object; "called for an inquiry" has none
        if any(c.dep in _CALL_COMPLEMENTS for c in children) or not any(c.dep == "dobj" for c in children):
            return False
    return True


def is_another(speaker: str | None) -> bool:
    """ "Another Bush official", "another former official": one more of a kind a listed source stands for."""
    return (speaker or "").lower().startswith("another ")


def checked_stance(doc: Document, attributions: Sequence[Attribution], voice: SentenceVoice) -> Stance:
    """The voice's stance, with a "predicts" that rests only on a loose modal ("would", "could") in a
    past account or in a refusal to comment turned into "asserts"."""
    if voice.stance != "predicts":
        return voice.stance
    for attribution in _attributions(doc, attributions, voice) or []:
        if attribution.stance != "predicts":
            continue
        tokens = [t for t in doc.tokens if attribution.content_start <= t.start < attribution.content_end]
        if _past_or_refusal(doc, tokens):
            return "asserts"
    return voice.stance


def _past_or_refusal(doc: Document, tokens: Sequence[Token]) -> bool:
    """Whether the content's modals are all loose ones ("would", "could", "might"), with no other
    word of the future, and either it narrates a past (a finite past verb outside a modal's reach) or a
    modal is negated over a verb of speaking ("would not comment")."""
    modals = [t for t in tokens if t.tag == "MD"]
    if not modals or any(t.text.lower() not in _LOOSE_MODALS for t in modals):
        return False
    if any(t.lemma in ("expect", "likely", "plan", "forecast", "predict") for t in tokens):
        return False
    for modal in modals:
        verb = doc.tokens[modal.head]
        negated = any(c.dep == "neg" for c in doc.children(verb))
        if negated and verb.lemma in _REFUSALS:
            return True
    return any(t.tag == "VBD" and t.dep not in ("aux", "auxpass") for t in tokens)
