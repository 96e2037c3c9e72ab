"""Shapes of a column: where its point is not, where it starts, and what it calls for (reader Audit 19).

- **A fragment cut from its clause.** A columnist sets a subordinate clause apart for effect: "Because I'm not in
  control of the aircraft.", "Which brings me to the flu.". Alone it has no main clause, so as a key point it
  says nothing (Audit 19's humour column led with the first). The parse shows it: the sentence's root carries
  the subordinator ("because", "although", "if" as its ``mark``), or the sentence opens on a relative "Which"
  that is its subject and is no question. "Because the river rose, the council closed the bridge" has its main
  clause ("closed" is the root; "rose" carries the mark) and stays.
- **A tail with no finite verb.** A report may set a piece of an order or a quotation apart as its own sentence: "And
  if people don't agree, then to "train them" to change it." (FNC-1 body 1678: the order's second half, repaired to
  "[I]f people ..." as key point 2). Its root is an infinitive ("to train") or a bare participle with no subject,
  and no finite verb stands outside a subordinate clause ("don't" in the "if" clause does not count): nobody does
  anything in it, so it is no statement a reader can use. An imperative ("Wash your hands.") has a bare root
  without "to" and stays; a parse that takes a gerund subject for the root ("But expanding the strikes could mean
  ...") has a finite "could" in a main clause and stays.
- **A noun phrase with a clause on it** ("Finally, a freshman orientation that isn't pointless."): a quip with no
  main verb (:func:`_nominal`).
- **A pivot.** A humour column opens on anecdotes about the writer and then turns to its subject in so many words:
  "Which brings me, obviously, to the flu.", "And so to the election.", "All of which is a long way of saying ...".
  What comes before the pivot is the hook; the point is argued after it, so the opening a point is looked for in
  runs on past the pivot.

A call to act is one of its key points, in the writer's own words (issue #11):

- **Its first call.** :func:`newsbrief.analyze.argued.call_factors` raises the writer's first call ("The mayor
  needs to lay down the law"), but a call near the end of a long column still lost to the opening's examples,
  and the brief never said what the writer wants done (the lead's Newsroom reading, session 13).
- **The closing imperative.** A column may end on an order to the reader: "That's all for today. Now wash your
  hands." (Audit 19's humour column, whose close and call were both lost). An imperative is a root verb in its
  base form with no subject, in the last two paragraphs.

Either call takes the last key point's place (the thesis keeps the first). Guarded, because CNN/DM sports
reports misread as opinion had quoted calls forced in and their key-point ROUGE fell below Lead-3 (mainpoint14's
held patch): only the writer's own sentence, with no quotation mark in it or its paragraph and no reporting verb,
and never a page's prompt ("Watch the video", "Click here", "Follow us").

Parse labels and regular expressions; no model beyond the pipeline's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsbrief.analyze.argued import call_factors
from newsbrief.analyze.point_anecdotes import anecdote
from newsbrief.analyze.point_witness import memory
from newsbrief.models import Document, Sentence, Token

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

__all__ = ["PIVOT_REACH", "claim_subject", "fragment", "pivot_paragraph", "writers_call"]

# Subordinators that make a clause depend on another one; "that" and "whether" head content clauses that a
# root seldom carries, and "as" or "so" may open a main clause in speech, so they are left out.
_SUBORDINATORS = frozenset("because although though unless if since while whereas until once whenever "
                           "wherever".split())


def fragment(doc: Document, sentence: Sentence) -> bool:
    """True for a subordinate clause standing as a sentence (see the module docstring), or for a sentence of a
    column's glued highlights (:func:`glued_highlights`)."""
    if glued_highlights(doc, sentence):
        return True
    tokens = doc.sentence_tokens(sentence)
    if not tokens or sentence.text.rstrip("\"”’' ").endswith("?"):
        return False
    roots = [t for t in tokens if t.dep == "ROOT"]
    if len(roots) != 1:
        return False
    root = roots[0]
    if any(t.head == root.i and t.dep == "mark" and t.lemma.lower() in _SUBORDINATORS and t.i < root.i
           for t in tokens):
        return True
    first = tokens[0]
    return (first.text.lower() == "which" and first.dep == "nsubj" and first.head == root.i) \
        or _no_finite_verb(tokens, root) or _nominal(tokens, root)


# A quip is short (7 words in the labelled set); a long sentence rooted on a noun is a misparse of a full lede ("A
# timewarp home which has remained unchanged since the 1930s is up for sale ...": a CNN/DM row, 29 words).
NOMINAL_MAX_WORDS = 12


def _nominal(tokens: Sequence[Token], root: Token) -> bool:
    """True for a noun phrase with a clause on it standing as a sentence: "Finally, a freshman orientation that
    isn't pointless." (session 36's labelled set: a feature's quip as KP3). Its only verb is the relative clause's;
    the phrase itself states nothing. A determiner is required: a headline-style line the parser rooted on a noun
    ("Police fire tear gas at ...") has none before its root."""
    if root.pos not in ("NOUN", "PROPN") or sum(1 for t in tokens if t.pos != "PUNCT") > NOMINAL_MAX_WORDS:
        return False
    kids = [t for t in tokens if t.head == root.i and t.i != root.i]
    return any(t.dep == "det" and t.i < root.i for t in kids) and any(t.dep in ("relcl", "acl") for t in kids) \
        and not any(t.dep in ("nsubj", "nsubjpass", "cop", "aux", "appos") for t in kids)


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _no_finite_verb(tokens: Sequence[Token], root: Token) -> bool:
    """True when the root is an infinitive ("then to train them") or a bare participle, it has no subject, and no
    finite verb stands outside a subordinate clause (see the module docstring)."""
    if root.pos not in ("VERB", "AUX") or any(t.tag in _FINITE_TAGS and _main(tokens, t) for t in tokens):
        return False
    kids = [t for t in tokens if t.head == root.i and t.i != root.i]
    if any(t.dep in ("nsubj", "nsubjpass", "expl", "csubj") for t in kids):
        return False
    infinitive = root.tag == "VB" and any(t.dep == "aux" and t.tag == "TO" for t in kids)
    return infinitive or root.tag in ("VBG", "VBN")


def _main(tokens: Sequence[Token], finite: Token) -> bool:
    """True when a finite verb (or auxiliary) is not inside a subordinate clause: an adverbial clause ("if people
    don't agree"), a relative one, or any clause opened by a subordinator."""
    by_index = {t.i: t for t in tokens}
    verb = by_index.get(finite.head, finite) if finite.dep in ("aux", "auxpass") else finite
    return verb.dep not in ("advcl", "relcl", "acl") \
        and not any(t.head == verb.i and t.dep == "mark" for t in tokens)


# A standfirst's highlights run together when the page drops their line breaks and they have no full stops
# (Audit 32 A6/A7, CNN columns: "... democratic ideals overseas Julian Zelizer says ... Mideast He says ..."):
# a capitalised pronoun right after a lower-case word, or a "he says Avlon:" label, marks the seam. A report's
# own "She says ..., and he says ..." has its stops and its lower-case pronouns.
_HIGHLIGHT_SEAM = re.compile(r"[a-z0-9\"”’)]\s+(?:He|She|They)\s+(?:says|argues|writes|asks|adds)\b|"
                             r"\b(?:says|argues|writes)\s+[A-Z][\w’'-]+:\s")
_HIGHLIGHT_SAYS = re.compile(r"\b(?:says|argues|writes)\b|^[A-Z][\w’'-]+:\s", re.M)
HIGHLIGHT_PARAGRAPHS = 3  # highlights head the page, before or after the byline
HIGHLIGHT_SAYS = 2  # at least two highlights tell what the writer says
HIGHLIGHT_SENTENCES = 8  # the split pieces of three or four glued highlights (Audit 32 A6: 2, A7: 1)


def glued_highlights(doc: Document, sentence: Sentence) -> bool:
    """True for a sentence of an opening paragraph that runs a column's highlights together (see _HIGHLIGHT_SEAM):
    no key point, neither whole nor as the piece's main point; the first real sentence leads instead."""
    if sentence.paragraph >= HIGHLIGHT_PARAGRAPHS or sentence.index >= HIGHLIGHT_SENTENCES:
        return False  # bounded: a page with no paragraph breaks is one paragraph (a per-sentence scan was O(n^2))
    lines = [s for s in doc.sentences[:HIGHLIGHT_SENTENCES] if s.paragraph == sentence.paragraph]
    text = doc.article.text[lines[0].start : lines[-1].end]
    return bool(_HIGHLIGHT_SEAM.search(text)) and len(_HIGHLIGHT_SAYS.findall(text)) >= HIGHLIGHT_SAYS


def claim_subject(doc: Document, sentence: Sentence) -> bool:
    """True for a sentence whose subject is a that-clause or a whether-clause ("That the watch will have 100,000
    apps within a year is the centrepiece of his forecast"): it restates a claim, often with no one holding it, and
    what it says of the claim is thin; the writer's own verdict on the claim is the point (reader Audit 24's tech
    column, whose key point 1 was such a sentence)."""
    tokens = doc.sentence_tokens(sentence)
    if not tokens or tokens[0].text.lower() not in ("that", "whether") or tokens[0].dep != "mark":
        return False
    verb = next((t for t in tokens if t.i == tokens[0].head), None)
    return verb is not None and verb.dep == "csubj"


# "Which brings me (, obviously,) to the flu", "That brings us to ...", "And so to ...", "All of which is a long
# way of saying ...", "But I digress", "Anyway, back to ...".
_PIVOT = re.compile(
    r"\b(?:which|this|that|all of which|all this) (?:\w+ )?brings? (?:me|us)\b[^.]{0,30}?\bto\b|"
    r"^(?:and|so),? (?:so )?(?:on )?to\b|\ba long way of saying\b|\bbut i digress\b|^anyway,? (?:back )?to\b",
    re.I)
# The pivot is looked for in this share of the paragraphs: a turn to the subject comes in the first half.
PIVOT_REACH = 0.6


def pivot_paragraph(doc: Document) -> int | None:
    """The paragraph of a column's turn from its hook to its subject (see the module docstring), or None."""
    if not doc.sentences:
        return None
    reach = (doc.sentences[-1].paragraph + 1) * PIVOT_REACH
    for sentence in doc.sentences:
        if sentence.paragraph > reach:
            break
        if sentence.text[:1] not in "\"“'‘" and _PIVOT.search(sentence.text):
            return sentence.paragraph
    return None

_QUOTATION = re.compile(r"[\"“”‘’]|(?:^|\s)'|'(?:\s|$|[,.;:!?])")
_SAID = re.compile(r"\b(?:said|says|say|told|tells|added|according to|insisted|argued|warned|urged|wrote|writes)\b",
                   re.I)
# A page's prompt is an imperative too, but furniture (ingest keeps some: "Scroll down for video").
_PROMPT = re.compile(r"^(?:now |so |just |please )?(?:watch|click|see|read|follow|share|scroll|sign|subscribe|"
                     r"listen|download|tap|visit|like|send|email|tweet|join|find|get|check out)\b", re.I)
CLOSING_PARAGRAPHS = 2  # a closing imperative stands in the last two paragraphs


def _own(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """The writer's own words: the reporter's voice, no quotation mark in the paragraph, no reporting verb."""
    if ctx.voice_of(sentence.index).voice != "reporter" or _SAID.search(sentence.text):
        return False
    return not any(_QUOTATION.search(s.text) for s in doc.sentences if s.paragraph == sentence.paragraph)


def _imperative(doc: Document, sentence: Sentence) -> bool:
    tokens = doc.sentence_tokens(sentence)
    roots = [t for t in tokens if t.dep == "ROOT"]
    if len(roots) != 1 or roots[0].tag != "VB" or sentence.text.rstrip().endswith("?"):
        return False
    root = roots[0]
    # A fronted clause or phrase is no subject: "Before you share a story like this, check the site's About page".
    fronted = {i for c in tokens if c.head == root.i and c.i < root.i and c.dep in ("advcl", "prep", "npadvmod")
               for i in range(c.left, c.right + 1)}
    before = [t for t in tokens if t.i < root.i and t.pos != "PUNCT" and t.i not in fronted]
    # "Now wash your hands", "So stay at home": at most one adverb or interjection before the verb, no subject.
    return len(before) <= 1 and all(t.pos in ("ADV", "INTJ", "CCONJ") for t in before) \
        and not any(t.head == root.i and t.dep in ("nsubj", "nsubjpass", "aux") for t in tokens)


def writers_call(doc: Document, ctx: Context) -> Sentence | None:
    """An opinion piece's call in the writer's own words (see the module docstring): its closing imperative, else
    its first call; None for every other genre."""
    if ctx.genre != "opinion" or not doc.sentences:
        return None
    last = doc.sentences[-1].paragraph
    for sentence in reversed(doc.sentences):
        if sentence.paragraph <= last - CLOSING_PARAGRAPHS:
            break
        if _imperative(doc, sentence) and not _PROMPT.search(sentence.text.strip()) and _own(doc, ctx, sentence):
            return sentence
    call = next((s for s, f in zip(doc.sentences, call_factors(doc, ctx), strict=True) if f > 1.0), None)
    # a memory ("I remember when we used to ... and demanded that people hand it over") recalls, it calls for nothing
    # ... and so does a line of the anecdote before a column's turn ("it must've felt like ...", point_anecdotes)
    return call if call is not None and _own(doc, ctx, call) and not memory(call) \
        and call.index not in anecdote(doc, ctx) else None
