"""Whose verb a speech cue is (issue #11, Audit 12 round 2): the subject of a participle cue, the noun a
misparsed relative clause hangs from, a quotation that stays the speaker's words though it tells of
another's feeling, and a bare abstract noun that gives no quotation a speaker.

The parser (spaCy's small English model, read in :mod:`newsbrief.nlp.annotate`) sometimes reads "A
patient who saw the man at the clinic told X that ..." as one relative clause with "told" its clausal
complement and "the man" the teller, leaving the sentence a bare noun: the teller is then the noun, not
the man seen. "saying the airline felt 'deep sorrow ...'" holds a quotation the speaker of "saying"
spoke; the airline's "felt" inside it is reported content, not a second source of those words. Rules
over the dependency parse in :class:`~newsbrief.nlp.speech._Doc`; split from
:mod:`newsbrief.nlp.attribution`, which was at the module size limit.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from newsbrief.models import Attribution, Sentence, Token
from newsbrief.nlp.speaker_kinds import abstract_subject
from newsbrief.nlp.speakers import _speaker, stranded_object
from newsbrief.nlp.speech import (
    ATTITUDE_LEMMAS,
    CUE_LEMMAS,
    DENY,
    ORGANISATION_NOUNS,
    UNNAMED_NOUNS,
    _clean,
    _Doc,
    is_person_name,
)


def stranded_main_verb(d: _Doc, verb: Token) -> Token | None:
    """The noun a sentence with no main verb hangs from, when ``verb`` is the sentence's real main verb
    misread as the complement of a relative clause ("A patient who saw the man at the facility told X
    that ...": "told" hung from "saw", "the man" its subject; the speaker is "a patient", Audit 12)."""
    tokens = d.doc.tokens
    if verb.dep != "ccomp" or verb.head == verb.i:
        return None
    clause = tokens[verb.head]
    if clause.dep != "relcl" or clause.head == clause.i:
        return None
    noun = tokens[clause.head]
    if noun.dep != "ROOT" or noun.pos not in ("NOUN", "PROPN"):
        return None  # a sentence with a main verb of its own: the complement is the clause's
    if any(tokens[c].dep in ("dobj", "obj") for c in d.children.get(clause.i, ())):
        return None
    subject = next((tokens[c] for c in d.children.get(verb.i, ()) if tokens[c].dep == "nsubj"), None)
    return noun if subject is not None and clause.i < subject.i < verb.i else None


def strands_main_verb(d: _Doc, verb: Token) -> bool:
    """Whether ``verb`` is the relative clause ("who saw") whose complement is a stranded main verb: its
    "content" is the rest of the sentence, not anything seen or said."""
    return verb.dep == "relcl" and any(stranded_main_verb(d, d.doc.tokens[c]) is not None
                                       for c in d.children.get(verb.i, ()))


def participle_subject(d: _Doc, verb: Token, subject: Token | None) -> Token | None:
    """The subject of a participle cue after a verb and its object ("Lloyd's is suing promoter AEG
    Live saying it failed to ..."): the subject of that verb, not its object, however the parser
    hung the participle (sixth reader audit: Lloyd's allegation given to the accused promoter)."""
    tokens = d.doc.tokens
    subject = (stranded_object(d, subject) if subject is not None else None) or subject
    if subject is None and verb.tag == "VBG" and verb.dep == "acl" and tokens[verb.head].dep in ("dobj", "obj"):
        # "... is suing promoter Brightfield Events saying it hid ...": the participle hung from the
        # object speaks for the one who acts on it.
        acting = tokens[tokens[verb.head].head]
        return next((tokens[c] for c in d.children.get(acting.i, ()) if tokens[c].dep == "nsubj"), None)
    teller = _reported_teller(d, verb, subject)
    if teller is not None:
        return teller
    if subject is None or verb.tag != "VBG" or not subject.i < verb.i or subject.dep in ("nsubj", "nsubjpass"):
        return subject  # a subject the parse gives the participle's clause is trusted
    sentence = d.doc.sentences[d.sentence_of[verb.i]]
    for v in tokens[sentence.token_start : subject.i]:
        if v.pos != "VERB" or d.in_quote(v.start):
            continue
        actor = next((tokens[c] for c in d.children.get(v.i, ()) if tokens[c].dep == "nsubj" and c < v.i), None)
        if actor is not None and actor.i != subject.i and actor.text.lower() not in ("it", "this", "that", "which"):
            return actor
    return subject


def _reported_teller(d: _Doc, verb: Token, subject: Token | None) -> Token | None:
    """The teller of "Gibbs noted that events "have moved ...," adding: '...'": a speech participle hung from the
    reported clause, whose subject is a thing that says nothing, is the reporting verb's subject's (a T17 piece
    read in session 32 gave "What we're watching is history being made" to "events in Egypt")."""
    tokens = d.doc.tokens
    if subject is None or verb.tag != "VBG" or verb.lemma.lower() not in CUE_LEMMAS or subject.head != verb.head:
        return None
    clause = tokens[verb.head]
    if clause.dep != "ccomp" or tokens[clause.head].lemma.lower() not in CUE_LEMMAS \
            or subject.ent_type or subject.pos != "NOUN" or subject.lemma.lower() in UNNAMED_NOUNS \
            or subject.lemma.lower() in ORGANISATION_NOUNS or is_person_name(d, subject):
        return None
    return next((tokens[c] for c in d.children.get(clause.head, ()) if tokens[c].dep == "nsubj"), None)


def _cue_token(d: _Doc, attribution: Attribution) -> Token | None:
    if attribution.cue_start is None:
        return None
    tokens = d.doc.tokens  # in text order: a binary search, not a scan per call (session 20's profile)
    i = bisect_left(tokens, attribution.cue_start, key=lambda t: t.start)
    return tokens[i] if i < len(tokens) and tokens[i].start == attribution.cue_start else None


def _quoted_feeling(d: _Doc, inner: Attribution, outer: Attribution) -> bool:
    """ 'X ..., saying the airline felt "deep sorrow ..."': an attitude whose cue is the clause an outer
    speech cue reports and whose content opens with a quotation the outer speaker spoke."""
    if inner.kind != "attitude" or outer.kind != "speech" or inner is outer \
            or not (outer.content_start <= inner.content_start and inner.content_end <= outer.content_end):
        return False
    cue, said = _cue_token(d, inner), _cue_token(d, outer)
    if cue is None or said is None or cue.head != said.i or cue.dep not in ("ccomp", "conj"):
        return False
    lemma = cue.lemma.lower()
    return lemma in ATTITUDE_LEMMAS and lemma not in CUE_LEMMAS and d.text[inner.content_start] in "\"“"


def drop_quoted_feelings(d: _Doc, found: list[tuple[Sentence, Attribution]]) -> list[tuple[Sentence, Attribution]]:
    """``found`` without an attitude reported inside another's quoted words (Audit 12: "saying BP felt
    'sorrow and sadness ...'" left the quotation to BP's "felt", so no one spoke it)."""
    return [(s, a) for s, a in found if not any(_quoted_feeling(d, a, outer) for _, outer in found)]


def abstract_source(d: _Doc, attribution: Attribution, speaker_nouns: frozenset[str]) -> bool:
    """Whether ``attribution``'s cue has a bare abstract noun for its subject ("But experience shows"):
    no source for a quotation next to it (Audit 12: a quotation given to "experience")."""
    cue = _cue_token(d, attribution)
    if cue is None:
        return False
    tokens = d.doc.tokens
    subject = next((tokens[c] for c in d.children.get(cue.i, ()) if tokens[c].dep == "nsubj"), None)
    return subject is not None and abstract_subject(d, subject, speaker_nouns)


def without_abstract(d: _Doc, known: Sequence[tuple[Sentence, Attribution]],
                     speaker_nouns: frozenset[str]) -> list[tuple[Sentence, Attribution]]:
    """``known`` without the attributions whose source is an abstract noun (see :func:`abstract_source`)."""
    return [(s, a) for s, a in known if not abstract_source(d, a, speaker_nouns)]


def relative_denial(d: _Doc, verb: Token, subject: Token) -> tuple[int, int, bool] | None:
    """'Kurdish officials said the militants attacked from Turkey, which Turkey denies': a denial in a relative
    clause on "which" (its object, set after a comma) denies the clause before the comma, and it is the relative
    clause's subject who denies it. The parser hangs "which" on the last noun ("Turkey"), so the cue had no
    content and Who says what gave the denial to the first speaker (Audit 29, 30.3). As (first, last, inside)
    token indexes of the clause denied, or None."""
    tokens = d.doc.tokens
    if verb.dep != "relcl" or verb.lemma.lower() not in DENY or subject.i < verb.left:
        return None
    which = next((tokens[c] for c in d.children.get(verb.i, ()) if tokens[c].text.lower() == "which"
                  and tokens[c].dep in ("dobj", "obj") and c < verb.i), None)
    if which is None or which.i == 0 or tokens[which.i - 1].text != ",":
        return None
    clause = tokens[verb.head]
    for _ in range(8):  # up from the noun "which" hangs on to the clause that holds it
        if clause.pos in ("VERB", "AUX") or clause.head == clause.i:
            break
        clause = tokens[clause.head]
        if clause.pos in ("NOUN", "PROPN"):
            # "confirming the stories of the mass murder, which the Allies had rubbished": the clause hangs on
            # a noun inside an object, and what is denied is that noun (the stories), not the clause (XSum row 26)
            return None
    if clause.pos not in ("VERB", "AUX") or clause.left >= which.i - 1:
        return None
    return clause.left, which.i - 2, False


def bracketed_speaker(d: _Doc, sentence: Sentence, start: int, end: int) -> Attribution | None:
    """ 'members include Paul Ferris (last seen telling a rally "...") and Nora Blake (who said "...")': a
    quotation inside a bracket whose speech verb has no subject of its own is the words of the person the
    bracket follows. Audit 32 A7: the parser hung the bracket's quotation on the sentence's main verb, and it
    went to the politician named after it (whose own bracket had its own 'who said')."""
    tokens = [t for t in d.doc.sentence_tokens(sentence) if t.end <= start]
    opening = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].text in "()"), None)
    if opening is None or tokens[opening].text != "(" or opening == 0:
        return None
    inside = tokens[opening + 1 :]
    # the bracket speaks ('telling', 'saying') and names no one who does ('who said' has its own subject)
    verb = next((t for t in inside if t.lemma.lower() in CUE_LEMMAS), None)
    if verb is None or any(t.dep in ("nsubj", "nsubjpass") for t in inside):
        return None
    last = opening - 1
    first = last
    while first > 0 and tokens[first - 1].ent_type == "PERSON" and tokens[first].ent_type == "PERSON":
        first -= 1
    if not is_person_name(d, tokens[last]):
        return None
    speaker, role = _speaker(d, tokens[first].i, tokens[last].i, sentence)
    if not speaker:
        return None
    speaker = d.resolve_name(speaker, tokens[first].start)
    return Attribution(start, end, _clean(d.span_text(tokens[first].i, tokens[last].i)), speaker, "person",
                       "asserts", "quote", verb.start, verb.end, role)  # the verb: a bracket's cue voices no sentence
