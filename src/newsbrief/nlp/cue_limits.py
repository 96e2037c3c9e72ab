"""Where a source's voice stops: a heading in capitals, an aim and a run-together sentence are not its statement.

Reader Audit 44 (docs/audit.md 45.3, 45.4 patterns 1 and 3) found three shapes the cue rules read as a source's
words:

* **A heading in capitals.** A business round-up glues each item's source tag and capitalised heading to its first
  sentence ("(Daily Ledger) NORTHWIND WANTS TO RUN YOUR CALENDAR The company is building ..."); "WANTS" read as a
  cue gave "Northwind — recommends: ...". A cue written in capitals among other words in capitals is a heading's
  word: no one says it.
* **An aim.** "X wants to ..." is the writer's reading of what X is after, not X's statement or call on anyone. It
  stays an attribution for extraction (PolNeAR counts attitudes), as an attitude, which makes no sentence anyone
  else's claim in the brief. "X wants Y to ..." asks something of Y and stays X's, but is shown as a statement,
  not a recommendation (position_stances; "It wants any new government to keep its alliance", Audit 42 #3). "The
  union said it wants ..." keeps the union's own cue, "said"; a "want" inside a quotation is left to the quotation
  rules.
* **The writer's sentence glued to a source's.** With no full stop between them ("... fined more than $3 m in the
  last ten years The panel has until 15 May to ..."), one sentence holds the source's claim and the writer's fact,
  and the voice ran to its end. A lower-case word or a number followed by a capitalised "The/He/She/It/They/We"
  that opens a new subject is the boundary the full stop would have marked: the content ends there
  (:func:`glued_break` also lets the Who says what rows withhold such a sentence).
"""

from __future__ import annotations

from dataclasses import replace

from newsbrief.models import Attribution, Document, Sentence, Token
from newsbrief.nlp.speech import _Doc

__all__ = ["glued_break", "limit_cues"]

_OPENERS = frozenset({"The", "He", "She", "It", "They", "We"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Words after which a capitalised "The" is a title's ("in The Hague", "told The Times"): prepositions, articles,
# conjunctions and auxiliaries never end a sentence.
_NOT_LAST = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "AUX", "PART", "PRON"})


def _opens_clause(doc: Document, token: Token) -> bool:
    """Whether ``token`` ("The", "He") begins a new subject: a pronoun subject, or the article of a common-noun subject
    whose verb comes after it ("The panel has until ...", not "The Times" or "The Hague")."""
    tokens = doc.tokens
    if token.text != "The":
        return token.dep in _SUBJECTS and token.pos == "PRON"
    noun = tokens[token.head]
    return token.dep == "det" and noun.i > token.i and noun.pos == "NOUN" and noun.dep in _SUBJECTS \
        and tokens[noun.head].i > noun.i


def glued_break(doc: Document, sentence: Sentence, quotes: list[tuple[int, int]] | None = None) -> int | None:
    """The character offset where the writer's next sentence starts inside ``sentence`` with no full stop before
    it, or None (see the module docstring)."""
    tokens = doc.tokens
    text = doc.article.text
    for i in range(sentence.token_start + 2, sentence.token_end - 2):
        token, last = tokens[i], tokens[i - 1]
        if token.text not in _OPENERS or text[last.end : token.start] != " " or last.pos in _NOT_LAST:
            continue
        if not (last.text.isdigit() or (last.text.isalpha() and last.text.islower())):
            continue
        if any(s <= token.start < e for s, e in quotes or ()):
            continue  # inside a quotation: the speaker's own words, however they are cased
        if _opens_clause(doc, token):
            return token.start
    return None


def _cue_token(d: _Doc, sentence: Sentence, a: Attribution) -> Token | None:
    if a.cue_start is None:
        return None
    return next((t for t in d.doc.sentence_tokens(sentence) if t.start == a.cue_start), None)


def _in_heading(d: _Doc, cue: Token) -> bool:
    """Whether the cue is a word of a heading in capitals ("NORTHWIND WANTS TO RUN ...")."""
    tokens = d.doc.tokens
    if not (cue.text.isupper() and len(cue.text) > 1):
        return False
    near = [tokens[k] for k in (cue.i - 1, cue.i + 1, cue.i + 2) if 0 <= k < len(tokens)]
    return sum(t.text.isupper() and t.text.isalpha() for t in near) >= 2


def _own_aim(d: _Doc, cue: Token) -> bool:
    """Whether the cue is "wants to VERB", the subject's own aim ("Northwind wants to run your calendar"), outside a
    quotation: "X wants Y to ..." asks something of Y and stays X's (its label is judged in position_stances)."""
    tokens = d.doc.tokens
    kids = [tokens[c] for c in d.children.get(cue.i, ())]
    return cue.lemma.lower() == "want" and d.in_quote(cue.start) is None \
        and any(k.dep == "xcomp" and k.pos in ("VERB", "AUX") for k in kids) \
        and not any(k.dep in ("dobj", "obj", "nsubj") and k.i > cue.i for k in kids) \
        and not any(tokens[g].dep == "nsubj" for k in kids if k.dep == "xcomp" for g in d.children.get(k.i, ()))


def limit_cues(d: _Doc, found: list[tuple[Sentence, Attribution]]) -> list[tuple[Sentence, Attribution]]:
    """``found`` without a heading's cues, with aims as attitudes and contents ended at a glued sentence boundary."""
    out: list[tuple[Sentence, Attribution]] = []
    breaks: dict[int, int | None] = {}
    for sentence, a in found:
        cue = _cue_token(d, sentence, a)
        if cue is not None and _in_heading(d, cue):
            continue
        if cue is not None and a.kind == "speech" and _own_aim(d, cue):
            a = replace(a, stance="asserts", kind="attitude")
        if sentence.index not in breaks:
            breaks[sentence.index] = glued_break(d.doc, sentence, d.quotes)
        cut = breaks[sentence.index]
        if cut is not None and a.content_start < cut < a.content_end and (a.cue_start or a.content_start) < cut:
            end = len(d.text[:cut].rstrip())
            a = replace(a, content_end=end)
        out.append((sentence, a))
    return out
