"""How far a source's voice reaches in its sentence, and a quotation answering a sentence before it (session 20b).

Reader Audit 33 and the lead's unseen Newsroom rows found three ways the attribution stage gave words to the
wrong voice, or to none:

- the writer's own naming of a thing inside a sentence about other people ("The officers walked down each
  row, pointing what I can only describe as a toy pistol at each forehead") was filed as the officers' speech:
  a verb of naming or describing whose subject is the writer's "I"/"we", outside any quotation, makes the words
  the writer's, and no third party in the sentence says them (:func:`writer_descriptions`);
- "according to X" closing a sentence whose last clause is a relative clause ("... his hero, a banker who is
  ranked the 90th richest man, according to a magazine.") vouches for that clause only, while the stage gave
  X the whole sentence. The parser hangs "according" on the main verb either way, so the test is what the
  phrase follows: a relative clause (or a clausal modifier with its own subject) ending right before it. Only
  the clause is X's, which the stage cannot show apart, so the sentence stays the writer's
  (:func:`clause_scoped_according`);
- a quotation opening the sentence right after one whose subject recalls, answers or explains something with
  no speech verb of its own ("she struggled to recall the moment. \"My first memory? ...\"") is that person's
  answer, and was shown with no speaker (:func:`recalled_before`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from newsbrief.models import Attribution, Sentence, Token
from newsbrief.nlp.speakers import _speaker
from newsbrief.nlp.speech import _clean, _core_subject, _Doc, voice_type

# Verbs by which a writer names what is seen ("what I can only describe as", "what we would call").
_NAMING_LEMMAS = frozenset({"describe", "call", "term", "dub", "label", "characterise", "characterize"})
_WRITER_SUBJECTS = frozenset({"I", "we", "We"})
# Acts of answering without a speech verb of their own: the quotation after them is the answer.
_RECALL_LEMMAS = frozenset({"recall", "remember", "reminisce", "answer", "reply", "respond", "explain"})
_QUOTE_MARKS = "\"“”"


def _token_at(d: _Doc, position: int) -> Token | None:
    """The token starting at character ``position`` (a binary search: no scan per call)."""
    tokens = d.doc.tokens
    i = bisect.bisect_left(tokens, position, key=lambda t: t.start)
    return tokens[i] if i < len(tokens) and tokens[i].start == position else None


def _writer_names(d: _Doc, attribution: Attribution) -> bool:
    """Whether the content holds, outside quotation marks, a verb of naming whose subject is the writer."""
    tokens = d.doc.tokens
    first = _token_at(d, attribution.content_start)
    if first is None:
        return False
    for token in tokens[first.i:]:
        if token.start >= attribution.content_end:
            return False
        if token.lemma.lower() in _NAMING_LEMMAS and token.pos == "VERB" and not d.in_quote(token.start) \
                and any(tokens[c].dep == "nsubj" and tokens[c].text in _WRITER_SUBJECTS
                        for c in d.children.get(token.i, ())):
            return True
    return False


def writer_descriptions(d: _Doc, found: list[tuple[Sentence, Attribution]]) -> list[tuple[Sentence, Attribution]]:
    """``found`` without a third party's speech whose content is the writer's own naming (Audit 33 A2)."""
    return [(s, a) for s, a in found
            if a.kind != "speech" or (a.source_text or "").strip().lower() in ("i", "we") or not _writer_names(d, a)]


def _closes_relative_clause(d: _Doc, according: Token) -> bool:
    """Whether the word before "according" ends an apposition that a relative clause describes ("his hero, the
    banker Leon Hartley, an investor who is ranked the 90th richest man"), outside the clause "according" hangs
    on. The relative clause may hang on the appositive or on its noun, as the parse varies. A bare apposition
    ("the series 'The Call Centre', according to one worker") or a relative clause on a plain noun ("... than
    shark attacks, of which there have been eight, according to a news site") keeps the sentence the source's:
    the 60-row Newsroom check lost both with a looser test."""
    tokens = d.doc.tokens
    before = next((t for t in reversed(tokens[max(0, according.i - 3) : according.i]) if t.pos != "PUNCT"), None)
    if before is None:
        return False
    above: set[int] = set()
    node = according
    while node.head != node.i and node.i not in above:
        above.add(node.i)
        node = tokens[node.head]
    above.add(node.i)
    node, steps, appositive = before, 0, None
    while node.i not in above and node.head != node.i and steps < 40:
        if node.dep == "appos":
            appositive = tokens[node.head]
        node, steps = tokens[node.head], steps + 1
    return appositive is not None and any(t.dep == "relcl" for t in tokens[appositive.i : according.i])


def clause_scoped_according(d: _Doc, found: list[tuple[Sentence, Attribution]]) -> list[tuple[Sentence, Attribution]]:
    """``found`` without an "according to X" that closes a sentence right after its relative clause: X vouches
    for that clause, not for the sentence (Audit 33 B1184)."""
    kept: list[tuple[Sentence, Attribution]] = []
    for sentence, attribution in found:
        if attribution.kind == "according" and attribution.cue_start is not None \
                and attribution.content_end <= attribution.cue_start:
            according = _token_at(d, attribution.cue_start)
            if according is not None and _closes_relative_clause(d, according):
                continue
        kept.append((sentence, attribution))
    return kept


def named_before(d: _Doc, head: Token, subject: Token) -> Token:
    """The person a pronoun subject means when the sentence names one as the subject of a clause before it ("when
    Sharapova was reminded of a photo, she struggled to recall"; Newsroom row 49 gave the quotation after it to
    a woman named in the sentence before); else the subject itself."""
    if subject.pos != "PRON":
        return subject
    tokens = d.doc.tokens
    for clause in (tokens[c] for c in d.children.get(head.i, ()) if c < subject.i and tokens[c].dep == "advcl"):
        named = next((tokens[c] for c in d.children.get(clause.i, ())
                      if tokens[c].dep in ("nsubj", "nsubjpass") and tokens[c].pos == "PROPN"), None)
        if named is not None:
            return named
    return subject


def recalled_before(d: _Doc, sentences: Sequence[Sentence], start: int, end: int) -> Attribution | None:
    """The person who recalls, answers or explains in the sentence right before a quotation that opens its own
    sentence: the quotation is the answer (the lead's Newsroom row 49: 'she struggled to recall the moment.')."""
    first = sentences[0]
    if first.index == 0 or d.text[first.start : start].strip():
        return None
    before = d.doc.sentences[first.index - 1]
    if first.paragraph - before.paragraph > 1 or any(mark in before.text for mark in _QUOTE_MARKS):
        return None
    tokens = d.doc.tokens
    for verb in d.doc.sentence_tokens(before):
        if verb.lemma.lower() not in _RECALL_LEMMAS or verb.pos != "VERB":
            continue
        # the act is the sentence's own ("she recalled", "she struggled to recall"), not a clause inside it
        head = verb if verb.dep == "ROOT" else tokens[verb.head] if verb.dep == "xcomp" else None
        if head is None or head.dep != "ROOT":
            continue
        subject = next((tokens[c] for c in d.children.get(head.i, ()) if tokens[c].dep == "nsubj"), None)
        if subject is None:
            continue
        first_token, last_token = _core_subject(d, named_before(d, head, subject))
        voice = voice_type(d, first_token, last_token)
        if voice not in ("person", "organisation"):  # a name the model tagged a body still answers
            continue
        speaker, role = _speaker(d, first_token, last_token, before)
        if speaker is None:
            continue
        return Attribution(start, end, _clean(d.span_text(first_token, last_token)), speaker, voice,
                           "asserts", "quote", verb.start, verb.end, role)
    return None


__all__ = ["clause_scoped_according", "named_before", "recalled_before", "writer_descriptions"]
