"""Whose position a Who says what sentence holds, read again where the attribution stage's source is not the holder.

Reader Audit 38 found a third of its wrong Who says what entries in four shapes (written up with examples of our own):

* **An "according to" phrase that swallowed the clause's subject.** "According to the newspaper, Lind, 31, left his
  parents' flat": the parser hangs "Lind, 31" on "newspaper" as an apposition, so the source read "newspaper, Lind,
  31" and resolved to Lind; the clause then opens on its verb ("left"), with no subject of its own. The claim is the
  newspaper's, about Lind: the entry goes to the source the phrase names when the article lets that source speak
  elsewhere, and is dropped otherwise (:func:`according_source`).
* **A verb that reports no speech.** "Opinion polls explain the senator's reluctance": "explain" with a thing as its
  object says what accounts for something (:func:`explains_a_thing`); "The council can insist that ...", "the
  governor can argue": the writer's option of what someone could say (:func:`imagined_speech`). The attribution
  stage already drops "could/might/may" over a cue; "can", "should" and "must" are caught here. "Police can confirm
  that ..." (a formula of a real statement) stays.
* **A title cut from the person named beside it.** "the Deputy Permanent Representative to the UN, Karen Holm, has
  called ...": the source resolved to "Deputy Permanent"; the holder is Holm and the title is her role
  (:func:`appositive_person`).
* **Another person's title in a role.** "Mayor Lisa Ortega and Police Chief Dan Brooks announced": Brooks's role read
  "mayor Lisa Ortega and Police Chief"; the part before "and" that names someone else is theirs (:func:`own_role`).

And, from the lead's reading of a t17 live page (session 36): "The son of Moammar Gadhafi warned ..." was filed under
"Moammar Gadhafi", the name in the phrase's "of": a source headed by a common noun of someone's ("the son of X", "a
lawyer for X") is that someone's relative or agent, never X (:func:`related_person_phrase`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.analyze.doc_index import entities_of
from newsbrief.analyze.position_checks import _attributions, _cue_token
from newsbrief.lexicon import DENY
from newsbrief.models import Attribution, Document, Sentence, SentenceVoice

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_QUOTE_MARKS = re.compile(r"[\"“”]")


def _content_opens_on_verb(doc: Document, sentence: Sentence, a: Attribution) -> bool:
    """Whether the content's first word is a finite verb: its subject went into the source phrase."""
    first = next((t for t in doc.sentence_tokens(sentence) if t.start >= a.content_start), None)
    return first is not None and first.tag in _FINITE


def according_source(doc: Document, attributions: Sequence[Attribution], voice: SentenceVoice) -> str | None:
    """For an "according to X, NAME, 23, left ..." voice (see the module docstring): X as the text gives it ("the
    newspaper"); None for any other voice."""
    sentence = doc.sentences[voice.sentence]
    for a in _attributions(doc, attributions, voice):
        if a.kind != "according" or "," not in (a.source_text or "") or a.cue_end is None \
                or not _content_opens_on_verb(doc, sentence, a):
            continue
        phrase = doc.article.text[a.cue_end : sentence.end].split(",")[0].strip()
        phrase = re.sub(r"^to\s+", "", phrase)
        if phrase and len(phrase.split()) <= 8:
            return phrase
    return None


def explains_a_thing(doc: Document, attributions: Sequence[Attribution], voice: SentenceVoice) -> bool:
    """Whether every cue of the voice is "explain"/"account for" with a thing as its object ("polls explain the
    senator's reluctance"): what accounts for something, not what anyone said. A quotation keeps the voice."""
    found = _attributions(doc, attributions, voice)
    if not found or _QUOTE_MARKS.search(doc.sentences[voice.sentence].text):
        return False
    for a in found:
        cue = _cue_token(doc, a)
        if cue is None or cue.lemma.lower() != "explain" \
                or not any(k.dep == "dobj" and k.pos in ("NOUN", "PROPN") for k in doc.children(cue)):
            return False
    return True


# Modals that make a cue the writer's option or advice ("can insist", "should admit", "must explain"); the stage's
# own list has "could", "might", "may". Verbs that "can" leaves a real statement: "Police can confirm", "we can
# reveal", "I can tell you" are formulas of one.
_OPTION_MODALS = frozenset({"can", "should", "must", "ought"})
_STATED_WITH_CAN = frozenset("confirm say reveal report disclose announce tell state".split())


def imagined_speech(doc: Document, attributions: Sequence[Attribution], voice: SentenceVoice) -> bool:
    """Whether every cue of the voice is under an option modal and not negated ("Washington can insist they do even
    more"): the writer's option of what someone could say, not what they said."""
    found = _attributions(doc, attributions, voice)
    if not found:
        return False
    for a in found:
        cue = _cue_token(doc, a)
        if cue is None:
            return False
        kids = doc.children(cue)
        modals = [k.text.lower() for k in kids if k.dep == "aux" and k.tag == "MD"]
        if not any(m in _OPTION_MODALS for m in modals) or any(k.dep == "neg" for k in kids) \
                or ("can" in modals and cue.lemma.lower() in _STATED_WITH_CAN):
            return False
    return True


def appositive_person(doc: Document, attributions: Sequence[Attribution],
                      voice: SentenceVoice) -> tuple[str, str] | None:
    """(name, title) for a source phrase "TITLE, NAME" whose speaker is a piece of the title ("US Permanent" from
    "US Permanent Representative to the UN, Susan Rice"), NAME being a person the sentence names; None otherwise."""
    speaker = (voice.speaker or "").lower()
    people = {e.text for e in entities_of(doc, doc.sentences[voice.sentence]) if e.label == "PERSON"}
    if not speaker or not people:
        return None
    for a in _attributions(doc, attributions, voice):
        title, _, name = (a.source_text or "").rpartition(",")
        name = name.strip()
        if a.kind == "according" or not title or name not in people or speaker not in title.lower() \
                or speaker == name.lower():
            continue
        title = re.sub(r"^(?:the|an?)\s+", "", title.strip(), flags=re.I)
        title = re.sub(r"^\w+['’]s\s+", "", title)  # "government's Foreign Ministry spokesman": the spokesman's title
        return name, title
    return None


def own_role(doc: Document, voice: SentenceVoice, role: str | None) -> str | None:
    """``role`` without a part before "and" that names another person ("mayor Lisa Ortega and Police Chief" ->
    "Police Chief": the subjects "Mayor Lisa Ortega and Police Chief Dan Brooks" gave both titles to Brooks)."""
    if role is None or " and " not in role:
        return role
    before, _, after = role.rpartition(" and ")
    people = [e.text for e in entities_of(doc, doc.sentences[voice.sentence]) if e.label == "PERSON"]
    others = [p for p in people if p not in (voice.speaker or "") and p.split()[-1] in before]
    return after.strip() if others and after.strip() else role


# Whom a denial answers (Audit 38 B2217; the 120-row check of this round: "The FBI said it had found no evidence ..."
# after a widow's words was shown disputing her): the source of the sentence before only when the denial points back
# at it ("denied the allegation", "disputed that") or shares a word of substance with it ("thwarted an attack on the
# prison" after "stormed the prison"). Names are left out of the shared words: both sentences may name the agency.
_POINTING = frozenset("that this it these those".split())
_CLAIMS = frozenset("allegation claim charge accusation report story account suggestion assertion".split())
_DEFINITE = frozenset("the these those this that such".split())


def _points_back(doc: Document, sentence: Sentence) -> bool:
    """Whether a verb of denying in ``sentence`` takes a pronoun or a definite claim ("the allegation") as object."""
    for token in doc.sentence_tokens(sentence):
        if token.dep != "dobj" or doc.tokens[token.head].lemma.lower() not in DENY:
            continue
        kids = doc.children(token)
        # "the claim that it had cut costs" says which claim: it need not be the one just made
        if token.text.lower() in _POINTING or (token.lemma.lower() in _CLAIMS and any(
                k.dep == "det" and k.text.lower() in _DEFINITE for k in kids)
                and not any(k.dep in ("acl", "ccomp", "relcl") for k in kids)):
            return True
    return False


def _plain_words(doc: Document, sentence: Sentence) -> set[str]:
    return {t.lemma.lower() for t in doc.sentence_tokens(sentence)
            if t.pos in ("NOUN", "VERB") and len(t.text) > 2 and t.lemma.lower() not in _SAYING}


_SAYING = frozenset("say tell be have do make add state accord insist deny report claim".split())


def answers_previous(doc: Document, denial: Sentence, previous: Sentence) -> bool:
    """Whether the denial ``denial`` answers the sentence right before it (see above)."""
    return _points_back(doc, denial) or bool(_plain_words(doc, denial) & _plain_words(doc, previous))


# "the son of X", "a lawyer for X", "the wife of President X": a common-noun head (with at most one word before it)
# and "of"/"for" a capitalised name.
_RELATED = re.compile(r"^(?:the|a|an|one)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*\s+(?:of|for)\s+[A-Z]")


def related_person_phrase(speaker: str) -> bool:
    """Whether the source phrase names a person by a common noun tied to someone else by "of"/"for" ("the son of
    Moammar Gadhafi"): shown as written, not as the person it names after the "of" (module docstring)."""
    return _RELATED.match(speaker) is not None
