"""Speech that did not happen: words the writer puts in someone's mouth without their having said them.

A quotation framed by a verb of saying or hearing is the framed person's words only when the verb reports an act
of speech. The writer also frames words no one said (the lead's reading of a FNC-1 body: "you will not hear these
words: '<X is a liar.>'" was credited to the columnist quoted just before):

- a negated frame: "never said", "won't say", "would never call the plan '...'", "you will not hear her say: '...'",
  "no one said '...'";
- a hypothetical frame: "if he said '...'", "unless she says ...", "imagine him saying: '...'", "he might say
  '...'", "she could call it '...'", "he would have said '...'";
- a denial of having said it: "denied saying '...'", "refused to call it '...'".

Such words are no one's quote: the attribution stage gives them no speaker and Quotes withholds them. The frame is
read off the dependency parse (a verb's negation, its modal, an "if" clause, a verb of imagining or hearing above
it), never off the words of one article. A real frame still attributes: "said", "will say in a speech: '...'"
(advance texts of a speech are the speaker's words), "would only say: '...'", "could only say" and "as he said".
"""

from __future__ import annotations

from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.speech import CUE_LEMMAS, FRAMING_LEMMAS

__all__ = ["unsaid_cue", "unsaid_quote"]

# Verbs through which words reach the reader besides the speech cues: one hears, reads or catches words said.
_PERCEIVING = frozenset("hear read catch expect want wait".split())
# Verbs of anticipation: under a past one the words were said against the expectation ("Nobody expected the
# treasurer to say: '...'", "No one could have predicted he would say ..."; the review of session 33 found both
# withheld); under a present, future or imperative one they are still awaited ("don't expect him to say '...'").
_ANTICIPATING = frozenset("expect want wait predict forecast anticipate hope fear".split())
# Verbs that make what they govern the writer's supposition ("imagine him saying", "suppose she called it ...").
_IMAGINING = frozenset("imagine picture suppose pretend envisage envision fancy".split())
# A speaker's having said the words is what these deny ("denied saying", "refused to call it ...").
_REFUSING = frozenset("deny refuse decline".split())
# Modals of possibility: "he might say", "one could call it"; not "can" ("I can confirm" is a statement), not
# "would" ("would only say", the habitual "would say") and not "will" (a speech's advance text).
_MAYBE = frozenset("might could may should".split())
# "would only say", "could only say": the words are what the speaker did say (declining to say more).
_ONLY = frozenset("only merely just simply".split())
_CONDITIONS = frozenset("if unless whether".split())
_NOBODY = frozenset("nobody none neither".split())
_FRAME_LEMMAS = CUE_LEMMAS | FRAMING_LEMMAS | _PERCEIVING | frozenset({"call", "utter"})
_MAX_CLIMB = 6  # heads above a cue checked for a frame of supposition (a clause of a clause of a clause)


def _kids(doc: Document, token: Token) -> list[Token]:
    return doc.children(token)


def _negative(doc: Document, verb: Token, kids: list[Token]) -> bool:
    """Negated ("never said", "won't hear"), with "not only" left out, or with a subject that is no one."""
    if any(k.text.lower() in _ONLY for k in kids):
        return False
    if any(k.dep == "neg" and k.i < verb.i for k in kids):
        return True
    subjects = [k for k in kids if k.dep in ("nsubj", "nsubjpass")]
    return any(s.lemma.lower() in _NOBODY or s.text.lower() in _NOBODY
               or (s.text.lower() == "one" and doc.tokens[s.i - 1].text.lower() == "no")
               or any(c.dep == "det" and c.text.lower() == "no" for c in doc.children(s)) for s in subjects)


def _supposed(verb: Token, kids: list[Token]) -> bool:
    """Under "if"/"unless", a modal of possibility (not "only"), or "would have" (a counterfactual)."""
    if any(k.dep == "mark" and k.text.lower() in _CONDITIONS for k in kids):
        return True
    if any(k.text.lower() in _ONLY for k in kids):
        return False
    modals = [k.text.lower() for k in kids if k.dep == "aux" and k.tag == "MD" and k.i < verb.i]
    perfect = any(k.dep == "aux" and k.lemma.lower() == "have" and k.i < verb.i for k in kids)
    return any(m in _MAYBE for m in modals) or (perfect and any(m in ("would", "'d") for m in modals))


def unsaid_cue(doc: Document, verb: Token) -> bool:
    """Whether the verb of saying ``verb`` reports speech that did not happen (see the module docstring): negated
    or supposed itself, governed by a verb of imagining or a denial, or heard under a negated verb of hearing or
    saying, or one in an "if" clause ("you will not hear her say", "if you ever hear him call it")."""
    kids = _kids(doc, verb)
    if _negative(doc, verb, kids) or _supposed(verb, kids):
        return True
    token = verb
    for _ in range(_MAX_CLIMB):
        if token.head == token.i:
            return False
        child, token = token, doc.tokens[token.head]
        if _own_clause(doc, child, token):
            return False
        lemma, verbal, above = token.lemma.lower(), token.pos in ("VERB", "AUX"), _kids(doc, token)
        if verbal and lemma in _ANTICIPATING and _past(token, above):
            return False
        # active only: "was pictured outside the court and denied ..." is a photograph, not a supposition
        supposing = lemma in _IMAGINING and not any(k.dep in ("auxpass", "nsubjpass") for k in above)
        if verbal and (supposing or (lemma in _REFUSING and child.dep == "xcomp")):
            return True
        # not the modal above: "could be heard asking '...'" is what was heard
        conditional = any(k.dep == "mark" and k.text.lower() in _CONDITIONS for k in above)
        if verbal and lemma in _FRAME_LEMMAS and (_negative(doc, token, above) or conditional):
            return True
    return False


def _past(verb: Token, kids: list[Token]) -> bool:
    """A simple past ("expected") or a perfect ("could have predicted", "had wanted"): a time already gone."""
    return verb.tag == "VBD" or (verb.tag == "VBN" and any(k.dep == "aux" and k.lemma.lower() == "have" for k in kids))


def _own_clause(doc: Document, child: Token, head: Token) -> bool:
    """Whether ``child`` heads a clause of its own beside ``head`` ("Nobody listened when he said '...'", "we have
    not seen the letter, which says '...'"): what is negated or supposed above it is not its speech. A participle
    the parser hangs on a noun ("imagine the engineer saying") is no such clause."""
    if child.dep == "relcl":
        return any(k.tag in ("WDT", "WP") or k.text.lower() == "that" for k in doc.children(child))
    if child.tag == "VBG" and head.lemma.lower() in CUE_LEMMAS:
        return True  # "would not comment, saying '...'": the participle's words were said
    return child.dep in ("advcl", "conj", "parataxis") and head.pos in ("VERB", "AUX")


def _frame(doc: Document, sentence: Sentence, start: int, end: int) -> Token | None:
    """The verb of saying or hearing that frames the quotation ``start``..``end`` in ``sentence``: the innermost
    such verb outside the quotation whose clause holds it, else the last one before a colon that opens it."""
    tokens = doc.sentence_tokens(sentence)
    outside = [t for t in tokens if (t.end <= start or t.start >= end) and t.pos in ("VERB", "AUX")
               and t.lemma.lower() in _FRAME_LEMMAS]
    holding = [t for t in outside if doc.tokens[t.left].start <= start < doc.tokens[t.right].end]
    if holding:
        return min(holding, key=lambda t: t.right - t.left)
    before = [t for t in outside if t.end <= start]
    if before and doc.article.text[before[-1].end : start].rstrip().endswith(":"):
        return before[-1]
    return None


# Links by which a quotation hangs on its verb as a modifier, not as the words the verb frames: "could not confirm
# the reports 'in any way'" (the State Department's words inside its own "said"; a FNC-1 body of the scan).
_MODIFIER_DEPS = frozenset({"prep", "agent", "advmod", "npadvmod", "pcomp"})


def _modifies(doc: Document, verb: Token, start: int, end: int) -> bool:
    """Whether the quotation reaches ``verb`` through a modifier link (see _MODIFIER_DEPS; "as" in "describe it as
    '...'" frames the words)."""
    inside = [t for t in doc.tokens[verb.left : verb.right + 1] if start <= t.start < end and t.pos != "PUNCT"]
    top = next((t for t in inside if not start <= doc.tokens[t.head].start < end), None)
    token = top
    for _ in range(_MAX_CLIMB):
        if token is None or token.i == verb.i or token.head == token.i:
            return False
        if token.dep in _MODIFIER_DEPS and token.text.lower() != "as":
            return True
        token = doc.tokens[token.head]
    return False


def unsaid_quote(doc: Document, sentence: Sentence, start: int, end: int) -> bool:
    """Whether the quotation ``start``..``end`` (marks included) in ``sentence`` is framed as speech that did not
    happen ("never said '...'", "you will not hear these words: '...'", "imagine him saying: '...'")."""
    verb = _frame(doc, sentence, start, end)
    return verb is not None and unsaid_cue(doc, verb) and not _modifies(doc, verb, start, end)
