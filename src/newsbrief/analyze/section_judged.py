"""Sentences with the words of a forecast or a call that only judge, recall or wonder (reader Audit 25, docs/audit.md
26.4 patterns 3 and 8).

Audit 25 found Outlook 29% wrong and Recommendations 2 of 4 wrong; the misfilings were of five general shapes.

* **The speaker's own past telling.** "I told you then that the site would never pay its way": a "would" in what
  the speaker (a columnist, most often) says they told someone in the past, with no time to come. What a party
  told the press ("the minister said the bridge would reopen next year") stays.
* **A guess about the past.** "I think it is unlikely that the owner ordered the editors to ...": "likely" and
  "unlikely" weigh an act already done (a past verb, or "have" + participle) when no modal looks ahead.
* **An evaluation told with "would".** "As you say, that would be a real scandal": a demonstrative subject, "would
  be" and a noun or an adjective, no condition and no time; it judges what was just said.
* **An open question about the present.** "It was not clear whether the jets could fly": the only modals are
  ability or possibility ("could", "may", "might") inside a "whether" clause under "not clear" / "unclear".
  "It is not yet clear whether the talks will resume next week" stays (a question about the future).
* **A vow of thought.** "We will not think about death or about life": a first-person "will" on a verb of mind
  ("think", "forget", "care") with no time names no event; "We will hold elections in June" stays.

Recommendations: a "should be" / "must be" with a feeling word ("should be terrifying to you", "should be
worrying for the government") evaluates, it prescribes nothing (:data:`FEELING_SHOULD`); "should be transparent"
stays a call.
"""

from __future__ import annotations

import re

from newsbrief.models import Document, Sentence, Token

# "should be terrifying to you", "must be alarming for ...", "should be a worry", "should be deeply troubling":
# the feeling a thing ought to arouse, not an act anyone is urged to do.
FEELING_SHOULD = re.compile(
    r"\b(?:should|must|ought to)(?: not|n't)? be (?:\w+ly )?(?:(?:terrify|frighten|scar|alarm|worry|concern|"
    r"troubl|disturb|distress|encourag|reassur|comfort|embarrass|humiliat|shock|sadden|depress|unsettl|"
    r"heartening|disheartening|chill|gall|infuriat|anger|upsett)ing\b|(?:a (?:worry|concern|relief|comfort|"
    r"wake-up call)|cause for (?:concern|alarm|celebration))\b)", re.I)

_TIMES = frozenset({"DATE", "TIME"})
_WOULD = frozenset({"would", "'d"})
_TELLING = frozenset("tell say write warn predict promise insist explain argue".split())
_LIKELY = frozenset({"likely", "unlikely", "probable", "improbable"})
_CLEAR = frozenset({"clear", "known", "certain", "sure", "obvious"})
_UNCLEAR = frozenset({"unclear", "unknown", "uncertain"})
_POSSIBLE = frozenset({"could", "may", "might", "can"})
_MIND = frozenset("think forget remember care worry fear dream believe consider".split())
_FIRST = frozenset({"i", "we"})
_DEMONSTRATIVE = frozenset({"that", "this", "which"})
# Forward words other than modals: a sentence with one of these still looks ahead whatever its modals do.
_AHEAD = re.compile(r"\b(?:expect(?:s|ed)?|plans? to|set to|aims? to|intends? to|due to|scheduled|forecast|"
                    r"predict\w*|next (?:year|month|week)|coming (?:months|years|weeks)|upcoming|later this)\b", re.I)


def _kids(doc: Document, token: Token, *deps: str) -> list[Token]:
    return [k for k in doc.children(token) if not deps or k.dep in deps]


def _timed(doc: Document, token: Token) -> bool:
    """Whether the subtree of ``token`` carries a date or a time."""
    return any(doc.tokens[i].ent_type in _TIMES for i in range(token.left, token.right + 1))


def reported_clause(doc: Document, verb: Token, climb: int = 4) -> Token | None:
    """The "that" clause (ccomp) ``verb`` stands in, up through at most ``climb`` joined clauses ("... and that it
    would ..."), or None when it stands in none: the clause whose head reports, tells or weighs it."""
    clause = verb
    for _ in range(climb):
        if clause.dep != "conj":
            break
        clause = doc.tokens[clause.head]
    return clause if clause.dep == "ccomp" else None


def _modals(doc: Document, sentence: Sentence) -> list[Token]:
    return [t for t in doc.sentence_tokens(sentence) if t.tag == "MD"]


def _own_past_telling(doc: Document, modal: Token) -> bool:
    """A "would" in what "I" or "we" told someone in the past, the reported clause with no time of its own."""
    if modal.text.lower() not in _WOULD:
        return False
    clause = reported_clause(doc, doc.tokens[modal.head])
    if clause is None or _timed(doc, clause):
        return False
    telling = doc.tokens[clause.head]
    return telling.lemma.lower() in _TELLING and telling.tag == "VBD" \
        and any(k.text.lower() in _FIRST for k in _kids(doc, telling, "nsubj"))


def _judged_past(doc: Document, token: Token) -> bool:
    """"likely"/"unlikely" whose clause tells a done act: "it is unlikely that the owner ordered ..."."""
    if token.lemma.lower() not in _LIKELY:
        return False
    copula = doc.tokens[token.head]
    clauses = _kids(doc, copula, "ccomp") + _kids(doc, token, "ccomp", "xcomp")
    return any(c.tag == "VBD" or (c.tag == "VBN" and any(a.lemma == "have" for a in _kids(doc, c, "aux")))
               for c in clauses)


def guess_about_past(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence's only look ahead is a "likely" weighing a done act (see the module docstring)."""
    tokens = doc.sentence_tokens(sentence)
    return not _modals(doc, sentence) and any(_judged_past(doc, t) for t in tokens) \
        and not any(t.lemma.lower() in _LIKELY and not _judged_past(doc, t) for t in tokens)


def _evaluation(doc: Document, modal: Token) -> bool:
    """"that would be a real scandal": a demonstrative's "would be" with a noun or an adjective, no condition."""
    verb = doc.tokens[modal.head]
    if modal.text.lower() not in _WOULD or verb.lemma != "be" or _timed(doc, verb):
        return False
    kids = _kids(doc, verb)
    return any(k.dep == "nsubj" and k.text.lower() in _DEMONSTRATIVE for k in kids) \
        and any(k.dep in ("attr", "acomp") for k in kids) \
        and not any(k.dep == "advcl" and any(m.text.lower() in ("if", "unless") for m in _kids(doc, k, "mark"))
                    for k in kids)


def _open_question(doc: Document, modal: Token) -> bool:
    """A "could"/"may" inside a "whether" clause under "not clear" or "unclear": a question about the present."""
    if modal.text.lower() not in _POSSIBLE:
        return False
    clause = reported_clause(doc, doc.tokens[modal.head], climb=3)
    if clause is None or _timed(doc, clause) \
            or not any(m.text.lower() in ("whether", "if") for m in _kids(doc, clause, "mark")):
        return False
    head = doc.tokens[clause.head]
    words = {k.lemma.lower() for k in _kids(doc, head, "acomp", "neg", "attr")} | {head.lemma.lower()}
    return bool(words & _UNCLEAR) or (bool(words & _CLEAR) and bool(words & {"not", "n't"}))


def _vow_of_thought(doc: Document, modal: Token) -> bool:
    """A first-person "will" on a verb of mind with no time ("We will think about the call of duty")."""
    verb = doc.tokens[modal.head]
    return modal.text.lower() in ("will", "'ll", "shall") and verb.lemma.lower() in _MIND \
        and not _timed(doc, verb) and any(k.text.lower() in _FIRST for k in _kids(doc, verb, "nsubj"))


def only_judges(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence's forecast words only judge, recall or wonder (see the module docstring): every modal
    is the speaker's own past telling, an evaluation, an open question about the present or a vow of thought; or
    its only look ahead is a guess about the past."""
    modals = _modals(doc, sentence)
    if _AHEAD.search(sentence.text):
        return False
    if not modals:
        return guess_about_past(doc, sentence)
    return all(_own_past_telling(doc, m) or _evaluation(doc, m) or _open_question(doc, m) or _vow_of_thought(doc, m)
               for m in modals)
