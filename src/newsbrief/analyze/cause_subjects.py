"""Analysis items whose subject is cut: a bare quantifier or pointer that stands for a noun in the sentence before
(reader Audit 37, docs/audit.md 38: "Some closed because of pressure at home", "The rest live in slums ...", "Many
activists told me this was short-sighted because ...", "Anything less will result in ...").

Alone, such an item names no one: a reader cannot tell what "some", "the rest" or "this" are. The item is shown with
the sentence before when that sentence names what the subject stands for (a quantifier after a plural noun subject:
"Several aid groups have left the north. Some left because ..."; a pointer after any whole sentence, as for "this was
because"), and not at all otherwise (the sentence before has a cut subject of its own, or no plural noun for "some"
to count). "Some 40 shops closed because of the floods" ("some" qualifies a noun) and "The firm closed because ..."
are whole and stay as they are.

Reader Audit 38 (#2) added the pointer "it" of "In part it was because Washington's attention had turned ...": an
"it" whose verb "be" carries only a "because" clause stands for the fact told before, and is shown with it ("It was
the right club for me because ..." has a complement: its "it" names a thing). Session 23 narrowed the pointer case
(the lead's Newsroom row 34: "... he should give the honest answer: ... the correct response is nothing. That's
because 'nothing' really means something"): a pointer after a call ("should", "must") explains the writer's advice,
and a "because" clause that tells what a word "means" explains a word; neither is a cause of the story's events,
and the item is left out.
"""

from __future__ import annotations

import re

from newsbrief.models import Document, Sentence, Token

# Words that count out of a group named before ("some", "the rest") or point at something said before ("this").
_QUANTIFIERS = frozenset("some many most others several few all both rest remainder".split())
_POINTERS = frozenset("this that these those".split())
# "Anything less", "nothing less": short of what the sentence before asks for.
_LESSER = frozenset({"anything", "nothing"})
_SUBJECTS = ("nsubj", "nsubjpass")
_CALL = re.compile(r"\b(?:should|must|ought to)\b", re.I)


def _because_of_be(doc: Document, subject: Token) -> bool:
    """An "it" whose head "be" carries a "because" clause ("it was because ...", see the module docstring)."""
    verb = doc.tokens[subject.head]
    kids = doc.children(verb)
    if subject.text.lower() != "it" or verb.lemma.lower() != "be" or any(k.dep in ("attr", "acomp") for k in kids):
        return False  # "It was the right club for me because ...": "it" names a thing, the clause gives a reason
    return any(
        k.dep == "advcl" and any(m.dep == "mark" and m.text.lower() == "because" for m in doc.children(k))
        for k in kids)


def _explains_a_word_or_call(doc: Document, sentence: Sentence, before: Sentence) -> bool:
    """A pointer after a call, or whose "because" clause tells what a word means (see the module docstring)."""
    return bool(_CALL.search(before.text)) or any(
        t.lemma.lower() == "mean" and t.dep == "advcl" for t in doc.sentence_tokens(sentence))


def _subjects(doc: Document, sentence: Sentence) -> list[Token]:
    """The subjects of the sentence's root and of the root's reported clause ("told me this was ...")."""
    tokens = doc.sentence_tokens(sentence)
    roots = [t for t in tokens if t.dep == "ROOT"]
    heads = {t.i for t in roots} | {t.i for t in tokens if t.dep == "ccomp" and t.head in {r.i for r in roots}}
    return [t for t in tokens if t.dep in _SUBJECTS and t.head in heads]


def cut_subject(doc: Document, sentence: Sentence) -> str | None:
    """"quantifier" or "pointer" when a main subject of ``sentence`` is bare (see the module docstring), else None."""
    for subject in _subjects(doc, sentence):
        word = subject.text.lower()
        kids = list(doc.children(subject))
        if word in _LESSER and any(k.text.lower() == "less" for k in kids):
            return "pointer"
        if (word in _POINTERS and subject.tag == "DT" and not kids) or _because_of_be(doc, subject):
            return "pointer"
        if word in _QUANTIFIERS and all(k.dep == "det" and k.text.lower() == "the" for k in kids) \
                and (word != "rest" or kids) and (word not in ("all", "both") or not kids):
            return "quantifier"
    return None


# Reader Audit 40 (#6): "The reason can be summed up in one word, a word that describes a quality ..." announces a
# reason and never states it (the word was cut). A subject "reason" (or "explanation", "cause", "answer") whose verb
# names it by no complement ("The reason was the cost", "The reason is that ...") and whose sentence gives it after
# no colon or "because" states nothing; "The reason is simple." is as empty. Such an item is withheld.
_REASON_NOUNS = frozenset({"reason", "reasons", "explanation", "cause", "answer"})
_STATED = re.compile(r":|\bbecause\b|\bis that\b|\bwas that\b", re.I)


def announced_reason(doc: Document, sentence: Sentence) -> bool:
    """True when ``sentence``'s main subject is "the reason" and the sentence does not say what it is (see above)."""
    if _STATED.search(sentence.text):
        return False
    for subject in _subjects(doc, sentence):
        if subject.text.lower() not in _REASON_NOUNS or any(k.dep in ("relcl", "acl") for k in doc.children(subject)):
            continue
        verb = doc.tokens[subject.head]
        if not any(k.dep in ("attr", "ccomp", "xcomp") for k in doc.children(verb)):
            return True
    return False


def _such_subject(doc: Document, sentence: Sentence) -> bool:
    """A main subject carrying a bare "such" ("such a position is unlikely to help ...", Audit 40 #4): the kind it
    means is in the sentence before; "such as" lists name their kind."""
    return any(k.text.lower() == "such" and k.dep in ("amod", "predet", "det")
               and not any(g.text.lower() == "as" for g in doc.children(k))
               for subject in _subjects(doc, sentence) for k in doc.children(subject))


def _plural_subject(doc: Document, sentence: Sentence) -> bool:
    return any(t.tag in ("NNS", "NNPS") for t in _subjects(doc, sentence))


def with_subject_named(doc: Document, pieces: list[Sentence], before: Sentence | None) -> list[Sentence] | None:
    """``pieces`` unchanged when their subject is whole; with ``before`` (the whole sentence before, or None) when it
    names what a cut subject stands for; None when nothing shown could name it (see the module docstring)."""
    if announced_reason(doc, pieces[0]):
        return None  # a reason announced and not stated (Audit 40 #6)
    if _such_subject(doc, pieces[0]):  # "such a position": shown with the sentence that names it (Audit 40 #4)
        return None if before is None or cut_subject(doc, before) is not None else [before, *pieces]
    kind = cut_subject(doc, pieces[0])
    if kind is None:
        return pieces
    if before is None or cut_subject(doc, before) is not None:
        return None
    if kind == "quantifier" and not _plural_subject(doc, before):
        return None
    if kind == "pointer" and _explains_a_word_or_call(doc, pieces[0], before):
        return None
    return [before, *pieces]
