"""Modal clauses that say what is, or what always happens, rather than what will happen.

:func:`newsbrief.nlp.ahead.looks_ahead` asks of each "will", "would", "could" clause whether it
forecasts. Reader Audit 10 (section 11.4, pattern 5: Outlook 45% wrong) found four kinds of modal
clause that tell no future and that the earlier rules let through:

- an inability under a negative subject ("no one looking at the images could possibly tell what the
  rate was", "Nobody could explain why ..."): like "could not", a past or present fact;
- what a law on the books already provides ("some of our laws would make it liable to penalties",
  "existing rules would require ..."): a present legal exposure, not a proposal's effect;
- what anyone of a kind would do ("Any company would seek to avoid such exposure", "Anyone would
  want ..."): a general truth, not an event;
- a habit or a trait ("The fish ... will consume anything it comes across", "Wolves will usually
  avoid people"): the "will" of what something always does.

Each test reads the parse already in the document (spaCy, through :mod:`newsbrief.nlp.annotate`);
a time of its own ("from next year", "in April") makes any of them an event again, so dated
clauses are always left to the forecast rules. (The fifth kind of Outlook error, a fact box whose lines were
run together into one sentence, is found by :func:`newsbrief.nlp.boxes.run_together`.) Kept apart from
ahead.py, which is near its size limit.
"""

from __future__ import annotations

from newsbrief.models import Document, Sentence, Token

_TIME_ENTITIES = frozenset({"DATE", "TIME"})
_NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "nothing", "neither", "noone"})
# Laws and rules in force: with a possessive ("our laws") or a word of the present ("existing rules")
# a "would" tells what they provide now; "the new law would ban" is a proposal's effect and stays.
_LAW_NOUNS = frozenset("law rule regulation statute constitution code treaty act legislation".split())
_IN_FORCE = frozenset("existing current present federal international old".split())
# Subjects of a made-up case of anyone of a kind: "Any company would ...", "Anyone would ...".
_ANYONE = frozenset("anyone anybody everyone everybody whoever".split())
_GENERIC_DETERMINERS = frozenset({"any", "every"})
# Doers: people and bodies (a thing, "any delay would push the launch back", is a forecast of effect),
# and the forces whose "will fire on anything that moves" is a threat, not a trait.
_AGENTS = frozenset(
    "company firm business corporation government country nation state person man woman parent child investor "
    "buyer seller owner employer worker driver voter politician leader official manager user reader citizen "
    "family household bank airline operator player team club army military police troops force forces rebel "
    "rebels regime militia party".split())
_QUANTIFIERS = frozenset("some many most several all one".split())
# Adverbs of a habit: "will usually avoid", "will often squirt".
_HABITUAL = frozenset("usually typically often generally normally always sometimes rarely seldom frequently "
                      "invariably routinely habitually".split())
# Objects of free choice: "will eat anything it comes across", "at whatever comes near".
_FREE_CHOICE = frozenset("anything everything whatever whoever anyone anybody".split())
_STOPS = frozenset({"ccomp", "advcl", "conj", "relcl", "acl", "parataxis"})


def _dated(doc: Document, verb: Token) -> bool:
    return any(doc.tokens[i].ent_type in _TIME_ENTITIES for i in range(verb.left, verb.right + 1))


def _head_noun(doc: Document, subject: Token) -> Token:
    """The noun a quantifier subject stands for: "Some of our laws" -> "laws"."""
    if subject.text.lower() in _QUANTIFIERS:
        for kid in doc.children(subject):
            if kid.dep == "prep" and kid.text.lower() == "of":
                noun = next((k for k in doc.children(kid) if k.dep == "pobj"), None)
                if noun is not None:
                    return noun
    return subject


def _negative(doc: Document, subject: Token) -> bool:
    """True for "nobody", "nothing", "no one", "no official"."""
    word = subject.text.lower()
    return word in _NEGATIVE_SUBJECTS or any(k.dep == "det" and k.text.lower() == "no" for k in doc.children(subject))


def _law_in_force(doc: Document, noun: Token) -> bool:
    if noun.lemma.lower() not in _LAW_NOUNS:
        return False
    return any(k.dep == "poss" or (k.dep == "amod" and k.text.lower() in _IN_FORCE) for k in doc.children(noun))


def _anyone(doc: Document, noun: Token) -> bool:
    if noun.text.lower() in _ANYONE:
        return True
    return noun.lemma.lower() in _AGENTS and any(
        k.dep == "det" and k.text.lower() in _GENERIC_DETERMINERS for k in doc.children(noun))


def _free_choice(doc: Document, verb: Token) -> bool:
    """True when the verb's own clause holds "anything", "whatever", ... (not a clause inside it)."""
    for i in range(verb.i + 1, verb.right + 1):
        token = doc.tokens[i]
        if token.text.lower() not in _FREE_CHOICE:
            continue
        for _ in range(4):
            if token.head == verb.i:
                return True
            if token.dep in _STOPS or token.head == token.i:
                break
            token = doc.tokens[token.head]
    return False


def _trait_bearer(doc: Document, subject: Token) -> bool:
    """True for a common noun that is no doer: "The fish", "Wolves", "A frightened octopus"."""
    return subject.pos == "NOUN" and not subject.ent_type and subject.lemma.lower() not in _AGENTS \
        and subject.text.lower() not in _ANYONE


def states_what_is(doc: Document, verb: Token, kids: list[Token], modal: Token) -> bool:
    """True when the modal clause of ``verb`` tells what is or always happens, not what will (see above)."""
    if _dated(doc, verb):
        return False
    word = modal.text.lower()
    subject = next((k for k in kids if k.dep in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep == "conj":  # "The fish has a big appetite and will eat anything"
        subject = next((k for k in doc.children(doc.tokens[verb.head]) if k.dep in ("nsubj", "nsubjpass")), None)
    if word in ("will", "'ll") and any(k.dep == "advmod" and k.text.lower() in _HABITUAL for k in kids):
        return True  # "Wolves will usually avoid people"
    if subject is None:
        return False
    noun = _head_noun(doc, subject)
    if word == "could" and _negative(doc, subject):
        return True  # "no one ... could possibly tell": an inability, like "could not"
    if word in ("would", "'d", "will", "could") and _law_in_force(doc, noun):
        return True  # "some of our laws would make it liable"
    if word in ("would", "'d") and _anyone(doc, noun):
        return True  # "Any company would seek to avoid such exposure"
    return word in ("will", "'ll") and _trait_bearer(doc, noun) and _free_choice(doc, verb)


def claimed_plan(doc: Document, cue: Token) -> bool:
    """True for a plan noun reported inside another noun's "of" phrase: "has given credence to claims of a
    plan to attack targets abroad" tells of a plan said to exist, not of what will happen."""
    if cue.pos != "NOUN" or cue.dep != "pobj":
        return False
    preposition = doc.tokens[cue.head]
    return preposition.text.lower() == "of" and doc.tokens[preposition.head].pos == "NOUN" \
        and not _dated(doc, cue)


# Reader Audit 12 (13.4 pattern 4) found three more modal or "likely" clauses that tell no future:
# a wish ("I would like my life back"), an announcement told from a past date ("A few weeks ago, the
# firm said it would ...": a past fact) and a present finding of likelihood ("people are likely to be
# healthy", "it is the survivors that are much more likely to spread it"). A time of its own keeps each
# a forecast ("would like to close the deal by the end of the year").
_WISH = frozenset("like love prefer hate".split())
_ANNOUNCING = frozenset("say announce state pledge promise vow confirm reveal insist".split())
_COMPARING = frozenset({"more", "less"})


def wishes(doc: Document, verb: Token, modal: Token) -> bool:
    """True for a wish ("I would like my weekends back"), not a plan with a date of its own."""
    return modal.text.lower() in ("would", "'d") and verb.lemma.lower() in _WISH and not _dated(doc, verb)


def announced_ago(doc: Document, verb: Token, modal: Token) -> bool:
    """True for "Two months ago, X said it would ...": a past announcement, unless the clause has its own date."""
    head = doc.tokens[verb.head]
    return verb.dep == "ccomp" and modal.text.lower() in ("would", "'d") and head.tag == "VBD" \
        and head.lemma.lower() in _ANNOUNCING and not _dated(doc, verb) \
        and any(k.text.lower() == "ago" or any(g.text.lower() == "ago" for g in doc.children(k))
                for k in doc.children(head) if k.i != verb.i)


def present_likelihood(doc: Document, cue: Token, sentence: Sentence) -> bool:
    """True for "likely" stating a present finding: a comparison ("much more likely to spread it") or a
    bare plural that is likely to *be* something ("suspects are likely to be calm"), on a present "be",
    in a sentence with no date or time (which would make it a forecast: "more likely to win next year")."""
    head = doc.tokens[cue.head]
    if head.lemma.lower() != "be" or head.tag not in ("VBZ", "VBP") or cue.dep != "acomp":
        return False
    if any(doc.tokens[i].ent_type in _TIME_ENTITIES for i in range(sentence.token_start, sentence.token_end)):
        return False
    if any(k.text.lower() in _COMPARING for k in doc.children(cue)):
        return True
    subject = next((k for k in doc.children(head) if k.dep == "nsubj"), None)
    complement = next((k for k in doc.children(cue) if k.dep == "xcomp"), None)
    return subject is not None and subject.tag == "NNS" and not any(k.dep in ("det", "poss") for k in
                                                                    doc.children(subject)) \
        and complement is not None and complement.lemma.lower() == "be"
