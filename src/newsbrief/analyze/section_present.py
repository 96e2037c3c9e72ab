"""Outlook items that tell the past or the present in words that look ahead (reader Audit 32, session 19b).

Audit 32 found a third of its Outlook items wrong; five kinds of sentence told no forecast:

* **A dated label of the past.** A live page's entries "Last week: Assad said he would push for reforms" and
  "Yesterday: the government began seeing unrest" are narration of what happened; the label dates the whole entry
  (:func:`past_label`). "Next week: The council will vote" keeps its plan.
* **An epistemic "will be".** "Many BP shareholders will be pension funds" means "are probably": a quantified
  subject ("many", "most", "some of") classed by "will be" + a noun, with no time to come, is a guess about now.
  "will be held next week", "will be the first to" and "will be the largest by 2030" stay (:func:`present_guess`).
* **A guess about now with "may be ...ing".** "A think tank says she may be leading the country instead of her
  brother": a progressive under "may/might/could" with no time to come is what may be so now; "may be able to"
  (no -ing form) and "may be closing next month" stay.
* **A generic "you will not hear".** A columnist's "You will not hear these words on ESPN" claims what a medium
  never says; "you will not hear/see/read/find" with no time to come is no event.
* **A present perfect before an event.** "Berlusconi's majority has crumbled ahead of the vote, with MPs saying they
  will rebel" tells what has happened before the vote (which the page may already report won), not what will
  (:func:`perfect_before_event`); "The owners will appeal ahead of the vote next month" keeps its "will".
* **A rate of a group.** "Victims of domestic violence are most likely to be women aged 20-24" is a statistic: a
  comparative "likely" on a present "be" with no modal (:func:`group_rate`); "A storm is likely to hit the town on
  Friday" stays (no comparison).
* **A fear or estimate about now.** "The charity fears 400 migrants could be missing", "as many as 15 guides might
  still be buried": "may / might / could" + "be" + a state a person is in now (missing, dead, trapped, buried,
  stranded ...), with no condition and no time to come, estimates the present (:func:`_state_now`; session 24, the
  lead's CNN/DM 12 reading). "The number of missing could rise" (no state) and "the dam could be breached if the
  rain continues" (an event, conditioned) stay. So do a place or condition after "be" ("He may even be under house
  arrest", "she could be in charge"; reader Audit 52 #8) and a guessing modal on a perfect ("may already have
  left", "could have been poisoned"): the present or the past, guessed.
"""

from __future__ import annotations

import re

from newsbrief.analyze.section_cues import CUES
from newsbrief.analyze.section_outlook import FUTURE_WORDS
from newsbrief.models import Document, Sentence, Token

_DAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# The label must end in a colon right after it: "Last week the mayor said he would ..." is left to the tense rules.
_PAST_LABEL = re.compile(
    r"^\W*(?:last (?:week|weekend|month|year|night|" + _DAYS + r")|yesterday|earlier(?: (?:today|this (?:week|month|"
    r"year)))?|previously|on " + _DAYS + r"|" + _DAYS + r")\s*:", re.I)
# A time to come beyond the outlook's words of the future (session 20: "may be reopening in the spring" was read as a
# guess about now; "Drivers will see delays from Monday" lost a cue tie to the analysis's "delays"): a season after
# "in the", or a weekday or month after a preposition of time. Read only beside a modal of the future or a guess.
_MONTHS = r"(?:january|february|march|april|june|july|august|september|october|november|december)"
_TIME_TO_COME = re.compile(r"\bin the (?:spring|summer|autumn|fall|winter)\b|"
                           r"\b(?:on|from|by|until|before) (?:" + _DAYS + r"|" + _MONTHS + r")\b", re.I)
# A will-future: "will" or "'ll" before a verb (a negation or adverb may come between), not a noun "will", and not
# one asked about ("too soon to know if that will save lives", Newsroom row 33, stays the analysis's).
_WILL_FUTURE = re.compile(r"\b(?:will|'ll|won't)(?: not| also| only| still| soon| likely)? [a-z]+", re.I)
_ASKED_WILL = re.compile(r"\b(?:if|whether)\b[^,;.]{0,40}\b(?:will|'ll|won't)\b", re.I)
# The tie goes to the outlook only for a named time ("from Monday", "next week", "in 2027"), not a vague "soon".
_NAMED_TIME = re.compile(r"\b(?:next|tomorrow|(?:in|by) (?:19|20)\d\d|this (?:week|month|year|weekend))\b", re.I)
_QUANTIFIERS = frozenset("many most some few several all plenty lots majority".split())
# Words that make "will be" + noun a ranking or a first of its kind, which looks ahead: "will be the first to".
_RANKS = frozenset("first last next only sole".split())
_GUESSING = frozenset({"may", "might", "could"})
_HEARING = frozenset("hear see read find".split())
_CONDITION_MARKS = frozenset({"if", "unless", "once", "when", "until"})
_BEFORE = frozenset({"ahead", "before"})
# Verbs whose present perfect states a plan or a word given before the event: "has vowed to fight ahead of the vote".
_PLANNING = frozenset("vow pledge promise plan say warn threaten announce decide agree prepare schedule".split())
_COMPARING = frozenset({"most", "more", "less", "least", "twice"})
# The future of a past moment: "died two days before he was to leave for college, where he was expected to play"
# (the lead's Newsroom row 25). With no modal, no time to come and no present look ahead, a past "was to" or "was
# expected to" tells what lay ahead then, not now.
_PAST_FUTURE = re.compile(r"\b(?:was|were) (?:(?:widely |also )?expected |supposed |due |set )?to\b", re.I)
_AHEAD_NOW = re.compile(r"\b(?:expects?|plans? to|aims? to|intends? to|hopes? to|likely|(?:is|are) (?:set |due )?to|"
                        r"poised|predicts?|forecasts?)\b", re.I)
_SAYING = frozenset("say tell announce report add note confirm state write".split())


def past_label(sentence: Sentence) -> bool:
    """True when the sentence opens on a label of past time and a colon ("Last week:", "Yesterday:")."""
    return bool(_PAST_LABEL.match(sentence.text))


def _quantified(doc: Document, subject: Token) -> bool:
    """"Many", "Many of the workers", "most shareholders", "some savers": a subject that counts part of a class."""
    return subject.lemma.lower() in _QUANTIFIERS or any(
        k.dep in ("amod", "det", "nummod") and k.text.lower() in _QUANTIFIERS for k in doc.children(subject))


def _classed_by_will_be(doc: Document, modal: Token) -> bool:
    """"Many X will be members of Y": "will" on a copula whose complement is a noun with no rank, and a quantified
    subject (see the module docstring)."""
    verb = doc.tokens[modal.head]
    if modal.text.lower() not in ("will", "'ll") or verb.lemma.lower() != "be" or verb.pos != "AUX":
        return False
    kids = doc.children(verb)
    subject = next((k for k in kids if k.dep == "nsubj"), None)
    attr = next((k for k in kids if k.dep == "attr" and k.pos in ("NOUN", "PROPN")), None)
    if subject is None or attr is None or not _quantified(doc, subject):
        return False
    return not any(m.text.lower() in _RANKS or m.tag in ("JJS", "RBS") for m in doc.children(attr)) \
        and not any(k.dep == "prep" and k.text.lower() == "by" for k in kids)


def _guess_in_progress(doc: Document, modal: Token) -> bool:
    """"may be running the firm": a progressive under a modal of guessing, with no condition on it."""
    verb = doc.tokens[modal.head]
    kids = doc.children(verb)
    return modal.text.lower() in _GUESSING and verb.tag == "VBG" \
        and any(k.dep == "aux" and k.lemma.lower() == "be" and k.i > modal.i for k in kids) \
        and not _conditioned(doc, verb)


# States a person may be in now (a toll's estimate, not an event to come): "could be missing". Not "lost", "hurt" or
# "infected", which as often tell a harm to come ("Hundreds of jobs could be lost as suppliers follow it").
_STATES_NOW = frozenset("missing dead alive trapped buried stranded hiding captive unaccounted".split())


# Prepositions of a place or condition one is in now: "may even be under house arrest", "could be in hiding", "might
# be behind bars", "may be in charge". Prepositions of time ("by", "before", "within") are left out: "could be in
# place by May" carries its time to come, which present_guess reads from the clause.
_STATE_PREPOSITIONS = frozenset("under in inside behind among on".split())
# ... but "on the verge of", "on course to", "in line for" point at what comes next (an FNC-1 body's "may be on the
# verge of the biggest change yet" is a forecast).
_ON_THE_WAY = frozenset("verge brink cusp point course track way line store prospect".split())


def _state_now(doc: Document, modal: Token) -> bool:
    """ "could be missing", "might still be buried", "may even be under house arrest", "may already have left": a
    modal of guessing on "be" + a state now, or on a perfect (a guess about what has happened), unconditioned
    (reader Audit 52 #8 filed "He may even be under house arrest" as Outlook)."""
    verb = doc.tokens[modal.head]
    kids = doc.children(verb)
    if modal.text.lower() not in _GUESSING or _conditioned(doc, verb):
        return False
    if verb.tag == "VBN" and any(k.dep == "aux" and k.lemma.lower() == "have" and k.i > modal.i for k in kids):
        return True  # "may already have taken charge", "could have been poisoned": the past, guessed or regretted
    if verb.lemma.lower() == "be":  # "could be missing", "may be dead": the state is the complement
        complements = [k for k in kids if k.dep in ("acomp", "attr", "prep") and k.i > verb.i]
        first = complements[0] if complements else None
        if first is not None and first.dep == "prep":  # "may be under house arrest": a place or condition now
            objects = [g for g in doc.children(first) if g.dep == "pobj"]
            return first.text.lower() in _STATE_PREPOSITIONS and bool(objects) \
                and not any(g.lemma.lower() in _ON_THE_WAY for g in objects)
        return any(k.dep in ("acomp", "attr") and k.lemma.lower() in _STATES_NOW | {"miss"} for k in kids)
    # "could be trapped": the passive participle is the state
    return verb.tag == "VBN" and verb.text.lower() in _STATES_NOW and any(k.dep == "auxpass" for k in kids)


def _clause(doc: Document, verb: Token) -> str:
    """The words of ``verb``'s clause (its subtree)."""
    return doc.article.text[doc.tokens[verb.left].start : doc.tokens[verb.right].end]


def _conditioned(doc: Document, verb: Token) -> bool:
    return any(k.dep == "advcl" and any(m.dep == "mark" and m.text.lower() in _CONDITION_MARKS
                                        for m in doc.children(k)) for k in doc.children(verb))


def _generic_not_hear(doc: Document, modal: Token) -> bool:
    """"You will not hear these words on the radio": a generic "you" told what a medium never says."""
    verb = doc.tokens[modal.head]
    kids = doc.children(verb)
    return modal.text.lower() in ("will", "'ll", "wo") and verb.lemma.lower() in _HEARING \
        and any(k.dep == "nsubj" and k.text.lower() == "you" for k in kids) \
        and any(k.dep == "neg" for k in kids)


def time_to_come(text: str) -> bool:
    """Whether ``text`` names a time to come: the outlook's words of the future or a season or day after a
    preposition of time (see above)."""
    return bool(FUTURE_WORDS.search(text) or _TIME_TO_COME.search(text))


def timed_will(text: str) -> bool:
    """A will-future with a time to come ("Drivers will see delays from Monday"): the cue tie between outlook and
    analysis goes to the outlook (classify.sentence_class)."""
    return bool(_WILL_FUTURE.search(text)) and not _ASKED_WILL.search(text) \
        and bool(_NAMED_TIME.search(text) or _TIME_TO_COME.search(text))


def will_future(text: str) -> bool:
    """A will-future not asked about ("Drivers will face delays"), with or without a time."""
    return bool(_WILL_FUTURE.search(text)) and not _ASKED_WILL.search(text)


def scheduled_will(doc: Document, sentence: Sentence) -> bool:
    """A will-future on the main verb with a named time, not asked: "The committee will question the minister on
    Thursday" is a schedule whatever stance the attribution stage gives its verb (it reads "question" as asking;
    session 28's strict xfail hearing-kept)."""
    if sentence.text.rstrip("\"”’' ").endswith("?") or not timed_will(sentence.text):
        return False
    root = next((t for t in doc.sentence_tokens(sentence) if t.dep == "ROOT"), None)
    return root is not None and any(k.dep == "aux" and k.text.lower() in ("will", "'ll", "shall")
                                    for k in doc.children(root))


def present_guess(doc: Document, sentence: Sentence) -> bool:
    """True when, with no word of time to come, every modal of the sentence is an epistemic "will be" + noun, a
    "may be ...ing" guess about now, a generic "you will not hear" or a state now ("could be missing"; see the
    module docstring)."""
    modals = [t for t in doc.sentence_tokens(sentence) if t.tag == "MD"]
    if modals and all(_state_now(doc, m) for m in modals):  # a time of the saying ("said on Monday") is no forecast's
        return not any(time_to_come(_clause(doc, doc.tokens[m.head])) for m in modals)
    if time_to_come(sentence.text):
        return False
    return bool(modals) and all(_classed_by_will_be(doc, m) or _guess_in_progress(doc, m)
                                or _generic_not_hear(doc, m) for m in modals)


def perfect_before_event(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence's main verb is a present perfect timed "ahead of"/"before" a noun event and no modal
    hangs on it: what has happened before the event (see the module docstring)."""
    root = next((t for t in doc.sentence_tokens(sentence) if t.dep == "ROOT"), None)
    if root is None or root.tag != "VBN" or root.lemma.lower() in _PLANNING:
        return False
    kids = doc.children(root)
    if not any(k.dep == "aux" and k.tag in ("VBZ", "VBP") and k.lemma.lower() == "have" for k in kids):
        return False
    timed = any(k.text.lower() in _BEFORE and k.dep in ("advmod", "prep") and any(
        g.dep in ("prep", "pobj") for g in doc.children(k)) for k in kids)
    return timed and not any(k.dep == "aux" and k.tag == "MD" for k in kids)


def group_rate(doc: Document, sentence: Sentence) -> bool:
    """True when a comparative "likely" on a present "be" ("are most likely to be women") is the sentence's only
    look ahead: no modal and no word of time to come (see the module docstring)."""
    tokens = doc.sentence_tokens(sentence)
    if any(t.tag == "MD" for t in tokens) or FUTURE_WORDS.search(sentence.text):
        return False
    return any(t.lemma.lower() == "likely" and t.dep == "acomp" and doc.tokens[t.head].tag in ("VBZ", "VBP")
               and any(k.dep == "advmod" and k.text.lower() in _COMPARING for k in doc.children(t)) for t in tokens)


def _past_root(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence's main verb narrates in the past and is no verb of saying (a report of a plan stays)."""
    root = next((t for t in doc.sentence_tokens(sentence) if t.dep == "ROOT"), None)
    return root is not None and root.tag == "VBD" and root.lemma.lower() not in _SAYING | _PLANNING


def past_future(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence's only look ahead is a past "was to"/"was expected to" under a past main verb, with
    no modal and no time to come: the future of a past moment (see above)."""
    if not _PAST_FUTURE.search(sentence.text) or time_to_come(sentence.text) \
            or _AHEAD_NOW.search(_PAST_FUTURE.sub(" ", sentence.text)):
        return False
    return not any(t.tag == "MD" for t in doc.sentence_tokens(sentence)) and _past_root(doc, sentence)


def simile_will(doc: Document, sentence: Sentence) -> bool:
    """True when every modal of a sentence that narrates in the past hangs on a verb told as a simile: "won in three
    sets, and seats for the final will sell like those for a rock concert" (the lead's Newsroom row 49) is colour
    added to a match report, not a forecast (see :func:`_like_manner`)."""
    modals = [t for t in doc.sentence_tokens(sentence) if t.tag == "MD"]
    return bool(modals) and _past_root(doc, sentence) and all(_like_manner(doc, doc.tokens[m.head]) for m in modals)


def _like_manner(doc: Document, verb: Token) -> bool:
    """A verb with no object told "like" something: "will sell like those ..." (a manner, a simile); "will hold a
    parade like last year's" compares the thing done and stays a plan."""
    kids = doc.children(verb)
    return any(k.dep == "prep" and k.text.lower() == "like" for k in kids) and not any(k.dep == "dobj" for k in kids)


_STATE_VERBS = frozenset({"be", "remain", "stay"})
# States of an obstacle: a body divided or stuck. A scan of t17's ", with ... could/will" sentences (session 32)
# showed that a state of any kind is too wide: "is still not sealed, with the company announcing it will be two
# weeks ...", "is unclear, with Obama insisting BP will be made to pay" and "are feared dead, with rescuers warning
# the toll could run into thousands" carry their forecast in the "with" clause.
_OBSTACLES = frozenset("split divided deadlocked paralysed paralyzed stalled stuck blocked gridlocked hamstrung "
                       "polarised polarized powerless odds loggerheads".split())


def _present_obstacle(doc: Document, root: Token) -> Token | None:
    """The word of a state of obstruction the main verb tells now ("is (also) split", "remains divided", "are at
    odds"), or None."""
    kids = doc.children(root)
    if any(k.tag == "MD" for k in kids):
        return None
    if root.tag == "VBN" and root.lemma.lower() in _OBSTACLES | {"divide", "paralyse", "paralyze", "deadlock"}:
        return root if any(k.dep == "auxpass" and k.tag in ("VBZ", "VBP") for k in kids) else None
    if root.tag not in ("VBZ", "VBP") or root.lemma.lower() not in _STATE_VERBS:
        return None
    for kid in kids:
        words = [kid, *(g for g in doc.children(kid) if g.dep == "pobj")]  # "are at odds": the preposition's object
        if kid.dep in ("acomp", "attr", "oprd", "xcomp", "prep") \
                and any(w.text.lower() in _OBSTACLES for w in words):
            return kid
    return None


def state_with_fear(doc: Document, sentence: Sentence) -> bool:
    """True when the main clause tells a present state of obstruction and every outlook cue lies inside a "with"
    clause hung on it after a comma (see the module docstring)."""
    root = next((t for t in doc.sentence_tokens(sentence) if t.dep == "ROOT"), None)
    state = None if root is None else _present_obstacle(doc, root)
    if root is None or state is None:
        return False
    heads = [root, state]
    with_ = next((k for h in heads for k in doc.children(h) if k.dep == "prep" and k.text.lower() == "with"
                  and k.i > root.i and doc.tokens[k.i - 1].text == ","), None)  # "remains split ..., with"
    if with_ is None:
        return False
    cues = [m.start() for m in CUES["outlook"].finditer(sentence.text)]
    return bool(cues) and min(cues) > with_.start - sentence.start


def tells_present(doc: Document, sentence: Sentence) -> bool:
    """The outlook's check: a past label, a guess about now, a present perfect before an event, a group's rate, the
    future of a past moment, a simile's will or a present state with a fear in its "with" clause."""
    return past_label(sentence) or present_guess(doc, sentence) or perfect_before_event(doc, sentence) \
        or group_rate(doc, sentence) or past_future(doc, sentence) or simile_will(doc, sentence) \
        or state_with_fear(doc, sentence)
