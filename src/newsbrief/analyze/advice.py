"""Advice and ridicule in the writer's own sentences: does a sentence urge an action, does it mock a view?

Recommendations (:mod:`newsbrief.analyze.classify`) and the genre's thesis (:mod:`newsbrief.analyze.genre`)
both ask whether the writer prescribes in a main clause ("The government should fund more nurses")
rather than describe a rule, a condition or someone else's call; and whether a sentence reports a
view with words of ridicule (the piece's target, not its point). Read from the spaCy parse already in
the document (no model of its own), like the rest of the section rules. Split out of genre.py to keep
both modules short.
"""

from __future__ import annotations

import re

from newsbrief.models import Document, Sentence, Token

# Words of ridicule: the writer mocks a view ("which is absurd"). A sentence that reports someone's
# call with them is the target of the piece, not its point nor its advice (fifth reader audit).
MOCKING = re.compile(r"\b(?:absurd\w*|ridiculous\w*|ludicrous\w*|laughabl\w+|preposterous|nonsens\w+|farcical|"
                     r"silly|foolish|daft|crackpot|misguided|wrong-headed|hysteri\w+|scaremonger\w*|alarmis[mt]\w*|"
                     r"knee-jerk|railing|ranting|rousing speech|fuss about nothing)\b", re.I)
_CALL_LEMMAS = frozenset("say demand call claim insist argue urge want suggest propose believe think tell".split())


# The writer's advice is told in the main clause ("The government should fund more nurses"); a
# "should" or "needs to" inside an "if", "while" or relative clause describes ("while Relenza must be
# inhaled", "the information it needs to mitigate", "baffled at ... if we should be making a fuss").
_DEONTIC = frozenset({"should", "must", "ought"})
_NEED = frozenset({"need", "have"})
_MAIN_DEPS = frozenset({"ROOT", "conj", "ccomp", "parataxis"})
_SAYING = frozenset("say tell warn urge argue insist write add believe think recommend advise conclude".split())
# Advice told without a modal (the recommendation cues of classify.CUES that are not "should"/"must").
_OTHER_ADVICE = re.compile(
    r"\b(?:urg(?:e|ed|es)|call(?:s|ed|ing)? (?:on|for)|recommend\w*|advis(?:e|ed|es)|"
    r"it is (?:essential|vital|crucial|important)|the best way|priority should|"
    r"(?:be|been|being|was|were|are|is) (?:told|asked|encouraged|advised|urged|ordered) to|"
    r"wants? (?!to\b)\w+(?: \w+)? to|demand(?:s|ed|ing)? that|ordered (?:the )?\w+(?: \w+){0,2} to|"
    r"told (?:the )?\w+(?: \w+){0,2} to (?:stop|end|pay|fix|take|remove|publish|reinstate|withdraw|change)|"
    r"needs? more)\b", re.I)


def _in_main_clause(doc: Document, verb: Token) -> bool:
    """True when ``verb`` heads the sentence's main clause, a clause joined to it, or a "that" clause it reports."""
    token = verb
    for _ in range(6):
        if token.dep == "ROOT" or token.head == token.i:
            return True
        head = doc.tokens[token.head]
        if token.dep == "ccomp" and head.tag in ("VBD", "VBN") and head.lemma.lower() not in _SAYING:
            return False  # "Chernoff was adamant Murray should not take the stand": a stance told in the past
        if token.dep not in _MAIN_DEPS or any(
                t.dep == "mark" and t.head == token.i and t.text.lower() in ("if", "whether", "while", "although")
                for t in doc.tokens[token.left : token.i]):
            return False
        token = doc.tokens[token.head]
    return False


def prescribes(doc: Document, sentence: Sentence) -> bool:
    """True when the writer's sentence urges an action in its main clause (see above)."""
    if any(not _measure_taken(doc, sentence, m) for m in _OTHER_ADVICE.finditer(sentence.text)):
        return True
    for token in doc.sentence_tokens(sentence):
        word = token.text.lower()
        if word in _DEONTIC and token.dep == "aux":
            verb = doc.tokens[token.head]
        elif word == "ought":
            verb = token  # parsed as the verb of "ought to teach"
        elif token.lemma.lower() in _NEED and token.pos in ("VERB", "AUX") and token.dep != "aux" \
                and any(t.head == token.i and t.dep == "xcomp" for t in doc.sentence_tokens(sentence)):
            verb = token  # "ministers need to explain", "we have to act"
        else:
            continue
        if doc.tokens[verb.left].tag in ("WP", "WDT", "WRB") and doc.tokens[verb.left].i < token.i:
            continue  # "an alert outlining ... what tests should be done": an embedded question, not advice
        if _in_main_clause(doc, verb):
            return True
    return False


# The acts a report lists as measures taken: "officials have banned handshakes, closed museums and
# advised churchgoers to stay at home" describes what was done (reader Audit 6), it prescribes nothing.
_ADVICE_LEMMAS = frozenset("urge call recommend advise tell ask encourage order want demand need".split())


def _measure_taken(doc: Document, sentence: Sentence, match: re.Match[str]) -> bool:
    """True when a past advice cue (``match``) is one act under a main verb of another past act."""
    if not match.group(0).lower().split()[0].endswith("ed"):
        return False
    root = next((t for t in doc.sentence_tokens(sentence) if t.dep == "ROOT"), None)
    if root is None or root.pos != "VERB" or root.lemma.lower() in _ADVICE_LEMMAS | _SAYING:
        return False
    perfect = root.tag == "VBN" and any(t.head == root.i and t.lemma.lower() == "have"
                                        for t in doc.sentence_tokens(sentence))
    return root.start - sentence.start < match.start() and (root.tag == "VBD" or perfect)


def mocks_a_view(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence reports someone else's view or call with words of ridicule
    ("Critics say we should all panic, which is absurd")."""
    if not MOCKING.search(sentence.text):
        return False
    tokens = doc.sentence_tokens(sentence)
    for token in tokens:
        if token.lemma.lower() not in _CALL_LEMMAS or token.pos != "VERB":
            continue
        subjects = [t for t in tokens if t.head == token.i and t.dep in ("nsubj", "nsubjpass")]
        if subjects and not any(t.text.lower() in ("i", "we") for t in subjects):
            return True
    return False
