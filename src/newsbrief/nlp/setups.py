"""Modal clauses that are a manner of speaking, a memory or a guess about now, not a forecast.

:func:`newsbrief.nlp.ahead.looks_ahead` asks of each "will", "would", "could" clause whether it says
what will happen. Reader Audit 13 (section 14.4, item 3) found four kinds of sentence filed as Outlook
that tell no future, and that the rules of ahead.py and generic.py let through:

- a past price or habit under a time of the past: "Before this war cut the town off, a loaf would cost
  ten cents", "a monthly rent which would, two years ago, have cost 300 dollars, now costs 700" (a
  "would" or "could" whose own clause holds "ago", "in those days", "back then", "used to", or a
  "before" clause told in the past);
- a rhetorical set-up of what one side would reply, which the article then rebuts: "Ask the planners
  and they are likely to blame the weather" (a cue joined by "and" to an imperative), "they will say,
  trade has never been better" (a parenthetical "will say"), "they will tell you ..." (a saying verb
  addressed to "you");
- the writer's own aside: "We will begrudgingly admit that ..." (a first-person "will" of admitting);
- a guess about what is: "A second option could be that the planes are being refuelled in Cyprus" (a
  "could/may/might be that ..." whose clause is in the present).

A time of its own ("on Tuesday", "next year") keeps each a forecast. Read from the spaCy parse already
in the document (no model of its own), like the rest of the tense rules; kept apart from ahead.py,
which is near its size limit.
"""

from __future__ import annotations

from newsbrief.models import Document, Sentence, Token

_TIME_ENTITIES = frozenset({"DATE", "TIME"})
_PAST_AUX = frozenset({"would", "'d", "could"})
# Phrases of a time gone by (lower-case word sequences), besides "ago" and a past "before" clause.
# Not "at the time" ("at the time of the launch") nor "in the past" ("as they have in the past"), which
# as often date a future or compare with the past.
_PAST_PHRASES = (("in", "those", "days"), ("back", "then"), ("in", "the", "old", "days"),
                 ("once", "upon", "a", "time"), ("used", "to"), ("in", "my", "day"))
# Clauses inside the modal's clause: a past time there ("the level seen two years ago") dates them, not it.
_INNER = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp", "conj"})
_SAYING = frozenset("say tell insist claim argue point assure explain reply answer retort boast".split())
_ADMITTING = frozenset("admit confess concede grant acknowledge own say".split())
_FIRST_PERSON = frozenset({"i", "we"})
_GUESS_AUX = frozenset({"could", "may", "might"})


def _clause(doc: Document, verb: Token) -> range:
    return range(verb.left, verb.right + 1)


def _past_marks(doc: Document, verb: Token) -> set[int]:
    """Tokens of the verb's own clause that place it in the past: "two years ago", "before the war cut ...",
    "in those days"; empty when there are none."""
    words = [doc.tokens[i].text.lower() for i in _clause(doc, verb)]
    marks: set[int] = set()
    for offset, word in enumerate(words):
        i = verb.left + offset
        if not _own(doc, doc.tokens[i], verb) or (word == "used" and doc.tokens[i].tag != "VBD"):
            continue  # "seen two years ago" in a clause of its own; "would be used to build": a purpose
        if word == "ago":  # the whole "two years ago" phrase
            token = doc.tokens[i]
            marks |= set(range(token.left, token.right + 1))
        for phrase in _PAST_PHRASES:
            if tuple(words[offset : offset + len(phrase)]) == phrase:
                marks |= set(range(i, i + len(phrase)))
    for kid in doc.children(verb):
        if kid.dep == "advcl" and kid.tag == "VBD" and any(
                k.dep == "mark" and k.text.lower() == "before" for k in doc.children(kid)):
            marks |= set(_clause(doc, kid))
    return marks


def _own(doc: Document, token: Token, verb: Token) -> bool:
    """True when ``token`` belongs to the verb's own clause, not a clause inside it."""
    for _ in range(12):
        if token.i == verb.i or token.head == token.i:
            return token.i == verb.i
        if token.dep in _INNER and (token.head != verb.i or token.dep != "advcl"):
            return False
        token = doc.tokens[token.head]
    return False


def told_of_past(doc: Document, verb: Token, modal: Token) -> bool:
    """True for a "would/could" of a past price or habit: its own clause holds a time of the past and no
    other date or time ("Before this war cut the town off, a loaf would cost ten cents")."""
    if modal.text.lower() not in _PAST_AUX:
        return False
    marks = _past_marks(doc, verb)
    return bool(marks) and not any(doc.tokens[i].ent_type in _TIME_ENTITIES and i not in marks
                                   and not _duration(doc, doc.tokens[i]) for i in _clause(doc, verb))


def _duration(doc: Document, token: Token) -> bool:
    """True for a time that measures, not one that dates: "would take twenty minutes", "for two weeks"."""
    for _ in range(4):  # up to the noun that heads the time phrase
        head = doc.tokens[token.head]
        if head.i == token.i or head.ent_type not in _TIME_ENTITIES:
            break
        token = head
    counted = any(k.tag == "CD" for k in doc.children(token))
    return counted and (token.dep in ("dobj", "attr") or (
        token.dep == "pobj" and doc.tokens[token.head].text.lower() == "for"))


def _dated(doc: Document, verb: Token) -> bool:
    """True when the verb has a time of its own outside any clause it reports."""
    said = {i for k in doc.children(verb) if k.dep in ("ccomp", "xcomp") for i in _clause(doc, k)}
    return any(doc.tokens[i].ent_type in _TIME_ENTITIES for i in _clause(doc, verb) if i not in said)


def _after_imperative(doc: Document, verb: Token) -> bool:
    """True for a clause joined by "and" to a bare imperative: "Ask the planners and they will ..."."""
    head = doc.tokens[verb.head]
    return verb.dep == "conj" and head.tag == "VB" and head.dep == "ROOT" and head.i == head.left \
        and not any(k.dep in ("nsubj", "aux") for k in doc.children(head))


def sets_up(doc: Document, verb: Token, modal: Token) -> bool:
    """True for a modal clause that sets up a reply or makes an aside, not a forecast (see above)."""
    if _dated(doc, verb):
        return False
    if _after_imperative(doc, verb):
        return True  # "Ask the club's owners and they will tell you ..."
    word = modal.text.lower()
    if word not in ("will", "'ll"):
        return False
    kids = doc.children(verb)
    lemma = verb.lemma.lower()
    if lemma in _SAYING and (verb.dep == "parataxis" or any(
            k.dep in ("dobj", "dative") and k.text.lower() == "you" for k in kids)):
        return True  # "..., they will say, ...", "they will tell you the team has never been stronger"
    return lemma in _ADMITTING and any(k.dep == "nsubj" and k.text.lower() in _FIRST_PERSON for k in kids) \
        and any(k.dep == "ccomp" for k in kids)  # "We will begrudgingly admit that ..."


def guesses_now(doc: Document, verb: Token, modal: Token) -> bool:
    """True for "could/may/might be that ..." over a clause in the present with no time of its own:
    "A second option could be that the planes are being refuelled in Cyprus"."""
    if modal.text.lower() not in _GUESS_AUX or verb.lemma.lower() != "be" or _dated(doc, verb):
        return False
    clause = next((k for k in doc.children(verb) if k.dep == "ccomp"
                   and any(m.dep == "mark" and m.text.lower() == "that" for m in doc.children(k))), None)
    if clause is None or any(doc.tokens[i].ent_type in _TIME_ENTITIES for i in _clause(doc, clause)):
        return False
    tenses = {clause.tag} | {k.tag for k in doc.children(clause) if k.dep in ("aux", "auxpass")}
    return "MD" not in tenses and bool(tenses & {"VBZ", "VBP"})


def set_up_likelihood(doc: Document, cue: Token, sentence: Sentence) -> bool:
    """True for a "likely" in a clause joined to an imperative: "Ask them and they are likely to be bullish"."""
    head = doc.tokens[cue.head]
    return cue.lemma.lower() in ("likely", "unlikely") and head.lemma.lower() == "be" \
        and sentence.token_start <= head.i < sentence.token_end and _after_imperative(doc, head) \
        and not _dated(doc, head)


# Verbs of a source's non-response: "could not be reached", "would not comment" report what a source
# did not do when asked, a past fact filed under Outlook in Audit 14.
_RESPONDING = frozenset("reach comment say respond confirm disclose elaborate discuss specify speculate answer "
                        "return identify name".split())


def non_response(doc: Document, verb: Token, modal: Token) -> bool:
    """True for "could not be reached", "would not comment on specific cases": a negated "could" or
    "would" on a verb of responding. "would not rule out" is no such verb; "will not comment" is left
    to the forecast rules (a refusal still to come)."""
    return modal.text.lower() in ("could", "would") and verb.lemma.lower() in _RESPONDING \
        and any(k.dep == "neg" for k in doc.children(verb))


def no_forecast(doc: Document, verb: Token, modal: Token) -> bool:
    """True for any of the modal clauses above: a past price or habit, a set-up or aside, a guess about
    now, a non-response."""
    return told_of_past(doc, verb, modal) or sets_up(doc, verb, modal) or guesses_now(doc, verb, modal) \
        or non_response(doc, verb, modal)
