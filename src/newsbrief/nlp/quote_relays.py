"""Bodies that quote someone: the words are the quoted person's, relayed (session 16).

The lead's Newsroom reading found a campaign committee's quotation of a radio host unattributed (docs/benchmarks.md,
"read by the lead", the media-criticism post). Two shapes:

- "The committee's statement quoted radio host Rick Dalton as saying that ...": the active frame "X quoted/cited Y
  as saying" makes Y the speaker of "saying" (the passive "Y was quoted as saying" is
  :func:`newsbrief.nlp.speakers.framed_speaker`'s). The parser often splits "radio host Rick Dalton" into an object
  "host" and a stranded name; the name is the speaker;
- "..., the committee wrote, citing Dalton's remark that the plan was ...": a body citing or quoting someone's
  remark (claim, words, comment ...) relays the that-clause as that person's words.

A body that cites a report ("citing a report that showed ...") keeps its claim: a document has no "'s" owner here,
and only the remark nouns below count.
"""

from __future__ import annotations

from collections.abc import Callable

from newsbrief.models import Attribution, Sentence, Token
from newsbrief.nlp.speech import _Doc, _stance

Resolve = Callable[[_Doc, int, int, Sentence], tuple[str | None, str | None]]
# Verbs by which one source passes on another's words.
RELAY_LEMMAS = frozenset({"quote", "cite"})
# Nouns that hold a person's words: "Dalton's remark that ...".
REMARK_NOUNS = frozenset("remark remarks comment comments words claim assertion statement warning suggestion "
                         "quip boast insistence observation".split())


def quoted_object(d: _Doc, host: Token) -> Token | None:
    """The object Y of an active "X quoted/cited Y as saying ...": the proper name the parser may have left
    beside a role noun ("quoted radio host Rick Dalton"), else the object itself; None for a passive frame."""
    tokens = d.doc.tokens
    if host.lemma.lower() not in RELAY_LEMMAS or host.tag == "VBN":
        return None
    kids = [tokens[c] for c in d.children.get(host.i, ())]
    obj = next((k for k in kids if k.dep in ("dobj", "obj") and k.pos in ("PROPN", "NOUN")), None)
    if obj is None:
        return None
    name = next((k for k in kids if k.pos == "PROPN" and k.dep in ("npadvmod", "appos", "dobj")
                 and k.left == obj.right + 1), None)
    return name or obj


def _that_clause(d: _Doc, noun: Token) -> Token | None:
    """The that-clause a remark noun holds ("remark that the plan was ...")."""
    tokens = d.doc.tokens
    for c in d.children.get(noun.i, ()):
        clause = tokens[c]
        if clause.dep in ("acl", "ccomp", "relcl") and any(
                tokens[m].dep == "mark" and tokens[m].text.lower() == "that" for m in d.children.get(c, ())):
            return clause
    return None


def cited_remarks(d: _Doc, speaker_of: Resolve) -> list[tuple[Sentence, Attribution]]:
    """ "citing Dalton's remark that ...": the that-clause as the owner's words (see the module docstring).
    ``speaker_of(d, first, last, sentence)`` resolves the owner's tokens to (speaker, role)."""
    tokens = d.doc.tokens
    found: list[tuple[Sentence, Attribution]] = []
    for sentence in d.doc.sentences:
        for verb in d.doc.sentence_tokens(sentence):
            if verb.lemma.lower() not in RELAY_LEMMAS or verb.pos != "VERB" or d.in_quote(verb.start):
                continue
            for c in d.children.get(verb.i, ()):
                noun = tokens[c]
                if noun.dep not in ("dobj", "obj") or noun.lemma.lower() not in REMARK_NOUNS:
                    continue
                owner = next((tokens[p] for p in d.children.get(noun.i, ()) if tokens[p].dep == "poss"
                              and tokens[p].pos == "PROPN"), None)
                clause = _that_clause(d, noun)
                if owner is None or clause is None:
                    continue
                speaker, role = speaker_of(d, owner.left, owner.i, sentence)
                start, end = _content(d, clause)
                content = d.text[start:end]
                found.append((sentence, Attribution(start, end, d.span_text(owner.left, owner.i), speaker, "person",
                                                    _stance("say", content, sentence.text), "speech",
                                                    noun.start, noun.end, role)))
    return found


def _content(d: _Doc, clause: Token) -> tuple[int, int]:
    """Character span of a that-clause without its "that" and end stop, widened to a quotation it opens."""
    tokens = d.doc.tokens
    first, last = clause.left, clause.right
    while first < last and (tokens[first].text.lower() == "that" or tokens[first].pos == "PUNCT"):
        first += 1
    while last > first and tokens[last].pos == "PUNCT" and tokens[last].text not in "\"”":
        last -= 1
    start, end = tokens[first].start, tokens[last].end
    for s, e in d.quotes:
        if s < end <= e or start <= s < end:
            return min(s, start), max(e, end)
    return start, end
