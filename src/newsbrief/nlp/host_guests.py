"""A host's guest: who a "she said" means after "CNN's Anderson Cooper spoke with a woman in the capital".

A live page or a broadcast write-up sets up an interview with the host as the subject ("X spoke with /
talked to / interviewed a doctor at the hospital") and then quotes the guest with a pronoun ('"We have
no more blood," he said'). Centering picks the subject of the sentence before, the host, so the
guest's words were printed as the anchor's (reader Audit 20, docs/audit.md 21.3: a Tripoli woman's
account given to Anderson Cooper). A host who interviews someone is never the speaker of that person's
words: when the pronoun would mean the host, it means the guest. The host must be shown to be press
("CNN's Anderson Cooper", "anchor Jo Park"): a politician who spoke with another gives his own
account. Only a guest a "he"/"she" can mean is taken (a person's name or a singular common noun: "spoke
to viewers" has no guest), and only from the pronoun's own sentence or the one before it in the same
paragraph; the host's own words that name him ('"What happens now?" Cooper asked') keep him.
"""

from __future__ import annotations

from newsbrief.models import Sentence, Token, VoiceType
from newsbrief.nlp.speech import _clean, _Doc, voice_type

# Verbs of holding an interview: their subject is the host, their object (or "with"/"to" object) the guest.
_INTERVIEW_LEMMAS = frozenset({"speak", "talk", "interview", "chat", "ask"})
_GUEST_PREPOSITIONS = frozenset({"with", "to"})
# The words that show a host is a broadcaster or reporter: "CNN's Anderson Cooper", "anchor Jo Park",
# "Jo Park, the BBC's correspondent". Without one, "Obama spoke with Netanyahu. He said ..." is the
# politician's own account of the call, so the host must be shown to be press.
_PRESS_NOUNS = frozenset({"anchor", "host", "correspondent", "reporter", "presenter", "journalist", "interviewer",
                          "editor", "columnist", "producer"})
_POSSESSIVE = frozenset({"'s", "’s"})  # an outlet's "'s" before the name (after it, "Obama's aides" is no outlet)
_PRESS_WINDOW = 4  # tokens either side of a mention of the host searched for those words
# A guest's phrase keeps its "in the capital", "at the hospital", "from the town" (who the guest is).
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "of"})


def _guest(d: _Doc, verb: Token) -> Token | None:
    """The person the interview verb ``verb`` is held with: its object or its "with"/"to" object."""
    tokens = d.doc.tokens
    for c in d.children.get(verb.i, ()):
        child = tokens[c]
        if child.dep in ("dobj", "obj") and verb.lemma.lower() in ("interview", "ask"):
            return child
        if child.dep == "prep" and child.text.lower() in _GUEST_PREPOSITIONS and verb.lemma.lower() != "ask":
            return next((tokens[g] for g in d.children.get(c, ()) if tokens[g].dep == "pobj"), None)
    return None


def _one_person(guest: Token) -> bool:
    """Whether a "he"/"she" can mean the guest: a name, or a singular common noun."""
    return guest.ent_type == "PERSON" or guest.pos == "PROPN" or (guest.pos == "NOUN" and guest.tag == "NN")


def _guest_phrase(d: _Doc, guest: Token) -> tuple[int, int]:
    """Token bounds of the guest's phrase: its determiner and modifiers, and a place phrase after it."""
    tokens = d.doc.tokens
    last = guest.i
    for c in d.children.get(guest.i, ()):
        if c > guest.i and tokens[c].dep == "prep" and tokens[c].text.lower() in _PLACE_PREPOSITIONS:
            last = max(last, tokens[c].right)
    # never its relative clause or a gloss after a comma ("a woman in the capital who asked not to be named")
    stop = next((t.i for t in tokens[guest.i + 1 : last + 1] if t.text == "," or t.tag in ("WP", "WDT")
                 or t.dep in ("relcl", "acl")), last + 1)
    return guest.left, stop - 1


def _press(d: _Doc, host: str) -> bool:
    """Whether the article shows ``host`` to be press: a press noun or an outlet's "'s" beside a mention."""
    tokens = d.doc.tokens
    last = host.split()[-1]
    for token in tokens:
        if token.text != last:
            continue
        first = token.i - len(host.split()) + 1
        before = [t.text.lower() for t in tokens[max(0, first - _PRESS_WINDOW) : max(0, first)]]
        after = [t.text.lower() for t in tokens[token.i + 1 : token.i + 1 + _PRESS_WINDOW]]
        if any(w in _PRESS_NOUNS or w in _POSSESSIVE for w in before) or any(w in _PRESS_NOUNS for w in after):
            return True
    return False


def _hosts(d: _Doc, verb: Token, host: str) -> bool:
    """Whether the subject of ``verb`` is the person ``host`` (its last name word among the subject's)."""
    tokens = d.doc.tokens
    subject = next((tokens[c] for c in d.children.get(verb.i, ()) if tokens[c].dep == "nsubj"), None)
    if subject is None or d.in_quote(subject.start):
        return False
    words = {t.text for t in tokens[subject.left : subject.i + 1]}
    return host.split()[-1] in words


def hosted_guest(d: _Doc, subject: Token, sentence: Sentence,
                 speaker: str | None) -> tuple[str, None, VoiceType] | None:
    """(guest, no role, voice) when the "he"/"she" ``subject`` resolved to ``speaker`` and that speaker is
    a host who, in this sentence or the one before in the paragraph, interviewed a guest the pronoun can
    mean; else None (the pronoun's own reading stands)."""
    if not speaker or subject.text.lower() not in ("he", "she") or not _press(d, speaker):
        return None
    doc = d.doc
    previous = doc.sentences[sentence.index - 1] if sentence.index > 0 else None
    near = [previous] if previous is not None and previous.paragraph == sentence.paragraph else []
    for earlier in [sentence, *near]:
        for verb in doc.sentence_tokens(earlier):
            if verb.lemma.lower() not in _INTERVIEW_LEMMAS or verb.pos != "VERB" or d.in_quote(verb.start) \
                    or (earlier is sentence and verb.i >= subject.i) or not _hosts(d, verb, speaker):
                continue
            guest = _guest(d, verb)
            if guest is None or not _one_person(guest) or d.in_quote(guest.start):
                continue
            first, last = _guest_phrase(d, guest)
            name = _clean(d.span_text(first, last))
            if guest.ent_type == "PERSON" or guest.pos == "PROPN":
                return d.resolve_name(name), None, "person"
            return name, None, voice_type(d, first, last)
    return None


__all__ = ["hosted_guest"]
