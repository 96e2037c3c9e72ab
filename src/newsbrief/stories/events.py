"""Events: who did what, when, and whether it is denied, for each verb of a claim's sentence.

Two outlets may tell one event in sentences that share few words ("The Brookside primary school has
closed until further notice, while classrooms are cleaned" / "The school remains open, but children
who have not been vaccinated have been told to stay at home"). Bag-of-words overlap misses them;
the dependency parse the brief already has aligns them: the same subject with the same or a
contrary predicate. Each verb of a sentence becomes an :class:`Event` (its subject, its predicate as
a lemma or a light-verb phrase, the nouns it takes, its dates, whether it is negated, whether it
is past and asserted rather than expected). :mod:`newsbrief.stories.contrary` compares them. The
parse is spaCy's (via the annotation), read here with small general word lists.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.dates import DateValue
from newsbrief.nlp.speech import quote_spans

# Verbs whose complement is the state they report: "remains open" states "open".
_LINKING = {"be", "remain", "stay", "become", "seem", "appear", "keep"}
# Light verbs named with their object or particle: "take effect", "take place", "carry out".
_LIGHT_OBJECTS = {"effect", "place", "part", "power", "office", "control", "charge"}
# States written as adjectives or participles, one lemma each ("closed" is the state of "close").
_STATE_LEMMAS = {"closed": "close", "opened": "open", "shut": "close", "banned": "ban", "allowed": "allow",
                 "cancelled": "cancel", "canceled": "cancel", "suspended": "suspend", "damaged": "damage",
                 "undamaged": "undamaged", "injured": "injure", "killed": "kill", "dead": "die", "alive": "survive"}
# Words that deny every subject at once: "No one has been killed" denies that anyone was.
_NOBODY = {"one", "nobody", "no-one"}
# Heads of an expectation or plan: what they govern has not happened yet ("is expected to close").
_HEDGES = {"expect", "plan", "schedule", "due", "likely", "hope", "aim", "intend", "want", "agree", "set",
           "propose", "seek", "try", "threaten", "could", "may", "might"}


@dataclass(frozen=True, slots=True)
class Event:
    """One verb of a sentence with what it needs to be compared across outlets."""

    subject: str | None  # the lemma of its subject's head noun (None for a pronoun or none)
    predicate: str  # "close", "open" (a state), "take effect", "carry out"
    nouns: frozenset[str]  # the lemmas of its subject and objects ("call" in "sent a distress call")
    negated: bool
    denied: str | None  # a noun denied with "no" ("No distress call was sent": "call"); "*" for "no one"
    dates: tuple[str, ...]  # the dates that hang on it, as ISO values
    past: bool  # told as having happened ("had sent", "resumed", "was detected")
    asserted: bool  # not a plan, an expectation or a possibility
    # Background rather than the sentence's own statement: a relative clause ("companies that did not
    # exist", "when nine wagons left the tracks") or words inside quotation marks.
    background: bool = False


def _children(tokens: Sequence[Token], head: Token) -> list[Token]:
    return [t for t in tokens if t.head == head.i and t.i != head.i]


def _subject(tokens: Sequence[Token], verb: Token, base: int) -> Token | None:
    """The verb's subject, or the subject it shares with the verb it is joined to or complements, or
    the noun a relative clause describes ("the bridge, which opened in 1971")."""
    current = verb
    for _ in range(3):
        own = next((t for t in _children(tokens, current) if t.dep in ("nsubj", "nsubjpass")), None)
        if own is not None and own.pos != "PRON":
            return own
        if own is not None and own.dep and current.dep == "relcl":
            head = tokens[current.head - base] if 0 <= current.head - base < len(tokens) else None
            return head if head is not None and head.pos in ("NOUN", "PROPN") else None
        if own is not None or current.dep not in ("conj", "xcomp") or not 0 <= current.head - base < len(tokens):
            return None
        current = tokens[current.head - base]
    return None


def _predicate(tokens: Sequence[Token], verb: Token) -> str:
    lemma = verb.lemma.lower()
    children = _children(tokens, verb)
    if lemma in _LINKING:
        state = next((t for t in children if t.dep in ("acomp", "attr", "oprd") and t.pos in ("ADJ", "VERB")), None)
        if state is not None:
            return _STATE_LEMMAS.get(state.text.lower(), state.lemma.lower())
    particle = next((t for t in children if t.dep == "prt"), None)
    if particle is not None:
        return f"{lemma} {particle.text.lower()}"
    light = next((t for t in children if t.dep == "dobj" and t.lemma.lower() in _LIGHT_OBJECTS), None)
    if light is not None:
        return f"{lemma} {light.lemma.lower()}"
    return _STATE_LEMMAS.get(verb.text.lower(), lemma) if verb.pos == "ADJ" else lemma


def _past(tokens: Sequence[Token], verb: Token) -> bool:
    auxiliaries = [t for t in _children(tokens, verb) if t.dep in ("aux", "auxpass")]
    if any(t.tag == "MD" for t in auxiliaries):
        return False
    return verb.tag == "VBD" or any(t.tag == "VBD" or t.lemma.lower() == "have" for t in auxiliaries)


def _asserted(tokens: Sequence[Token], verb: Token, base: int) -> bool:
    """Not under a modal or a verb of expectation ("is expected to close", "agreed to meet")."""
    current = verb
    for _ in range(3):
        if any(t.tag == "MD" or t.lemma.lower() in _HEDGES for t in _children(tokens, current) if t.dep == "aux"):
            return False
        if current.dep != "xcomp" or not 0 <= current.head - base < len(tokens):
            return True
        current = tokens[current.head - base]
        if current.lemma.lower() in _HEDGES:
            return False
    return True


def _denied(tokens: Sequence[Token], nouns: list[Token]) -> str | None:
    for noun in nouns:
        if (noun.lemma.lower() in _NOBODY and any(t.text.lower() == "no" for t in _children(tokens, noun))) \
                or noun.text.lower() == "nobody":
            return "*"
        if any(t.text.lower() == "no" and t.dep == "det" for t in _children(tokens, noun)):
            return noun.lemma.lower()
    return None


def _verb_of(tokens: Sequence[Token], position: int, base: int) -> int | None:
    """The verb a token hangs on (its index in ``tokens``), following heads up to six steps."""
    for _ in range(6):
        token = tokens[position]
        if token.pos in ("VERB", "AUX") and token.dep not in ("aux", "auxpass"):
            return position
        head = token.head - base
        if head == position or not 0 <= head < len(tokens):
            return None
        position = head
    return None


def _dates_by_verb(doc: Document, sentence: Sentence, found: Sequence[DateValue],
                   offset: int) -> dict[int, list[str]]:
    """The sentence's dates (``found`` in its text from ``offset``) keyed by the verb each hangs on
    ("resigned on Tuesday" dates "resigned", not "said"); a date opening a stretch of time counts when
    it is "from October 15" (a start date)."""
    tokens = doc.sentence_tokens(sentence)
    base = sentence.token_start
    text = sentence.text[offset:]
    dated: dict[int, list[str]] = {}
    for value in found:
        opening = text[: value.start].rstrip().lower()
        if value.background and not (value.span and opening.endswith(("from", "until", "by"))):
            continue
        start = sentence.start + offset + value.start
        first = next((k for k, t in enumerate(tokens) if t.start >= start), None)
        verb = _verb_of(tokens, first, base) if first is not None else None
        if verb is not None:
            dated.setdefault(verb, []).append(value.iso)
    return dated


def events_of(doc: Document, sentence: Sentence, found: Sequence[DateValue], offset: int = 0) -> tuple[Event, ...]:
    """Every verb of ``sentence`` (and every linking verb with a state) as an :class:`Event`; ``found``
    are the dates :func:`newsbrief.nlp.dates.find_dates` found in the sentence's text from ``offset``
    (after a wire dateline)."""
    tokens = doc.sentence_tokens(sentence)
    base = sentence.token_start
    dates = _dates_by_verb(doc, sentence, found, offset)
    quoted = [(sentence.start + a, sentence.start + b) for a, b in quote_spans(sentence.text)]
    hanging: dict[int, list[int]] = {}
    for n, token in enumerate(tokens):
        if token.pos in ("NOUN", "PROPN") or (token.pos == "ADJ" and token.dep == "amod"):
            governor = _verb_of(tokens, n, base)
            if governor is not None:
                hanging.setdefault(governor, []).append(n)
    out = []
    for k, verb in enumerate(tokens):
        if verb.pos not in ("VERB", "AUX") or verb.dep in ("aux", "auxpass", "amod"):
            continue
        children = _children(tokens, verb)
        subject = _subject(tokens, verb, base)
        arguments = [t for t in children if t.dep in ("nsubj", "nsubjpass", "dobj")]
        # Every noun that hangs on this verb rather than on another, through any chain of heads, so
        # that a misparse ("sounded a warning siren minutes before", "siren" a modifier of "minutes")
        # keeps the verb's objects.
        nouns = frozenset(tokens[n].lemma.lower() for n in hanging.get(k, ())) | (
            {subject.lemma.lower()} if subject is not None and subject.pos in ("NOUN", "PROPN") else set())
        negated = any(t.dep == "neg" or t.text.lower() == "never" for t in children)
        out.append(Event(subject.lemma.lower() if subject is not None else None, _predicate(tokens, verb), nouns,
                         negated, _denied(tokens, arguments), tuple(dates.get(k, ())), _past(tokens, verb),
                         _asserted(tokens, verb, base),
                         verb.dep in ("relcl", "acl") or any(a <= verb.start < b for a, b in quoted)))
    return tuple(out)
