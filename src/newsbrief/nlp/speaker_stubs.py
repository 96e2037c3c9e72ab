"""A speaker is a name, a role noun phrase or a pronoun resolved to one: never a stray word or a stub of a word.

Reader Audit 44 (docs/audit.md 45.3, 45.4 pattern 4) found two quotes shown under words that name no one:

* **A word cut at its hyphen.** The tokenizer splits "the co-executors wrote" into "co", "-" and "executors", and
  the parser makes each a subject, so the speaker read "the co" or "-". A speaker phrase that starts or ends inside
  a hyphenated word is taken whole ("the co-executors"): the text itself says who, so the repair is certain.
* **A stray word of the sentence.** In "several minutes of apologies and crikey-I'm - sorry delivered in a British
  accent appeared to disarm him" the parser hung "sorry" (an adverb) off the subject as an apposition, and the
  officer's quotation earlier in the sentence went to "sorry". A speaker whose word is an adverb, adjective,
  interjection, verb or function word of its sentence names no one: the attribution is dropped (withheld rather
  than guessed; the quote finder may still name the speaker another way).
* **Not a stray word: a call sign or handle.** spaCy tags a glued call sign or handle ("WWJ950 tweets", "@KTLA5
  says") X/ADD, the tag of an address. Such a word in subject position is the name of a station or account
  that speaks (Audit 52 #11: dropping "WWJ950" let the station's tweet fall to the outlet named a sentence
  before). Its shape names it, not its words: capitals with digits, all capitals, or an "@" handle.

Applied once to every attribution the stage found, after every rule that picks a speaker has run.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbrief.models import Attribution, Sentence, Token
from newsbrief.nlp.speech import _Doc, _mention

__all__ = ["whole_word_speakers"]

# Parts of speech that never head a source: "sorry", "crikey", "very", "said", "of".
_NOT_NAMING = frozenset({"ADV", "ADJ", "INTJ", "VERB", "AUX", "PART", "ADP", "CCONJ", "SCONJ", "DET", "PUNCT",
                         "SYM", "X"})
_HYPHENS = "-‐‑"
# A call sign or handle: "WWJ950", "KTLA5", "@jmolinet", "BBCNews"-like capitals with digits, or all capitals.
_CALL_SIGN = re.compile(r"@\w{2,}|(?=\w*\d)[A-Z][A-Z0-9]{2,}|[A-Z]{3,}")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "two", "three", "both"})


def _inside_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] begins or ends inside a hyphenated word ("co" of "co-executors", a lone "-")."""
    before = start >= 2 and text[start - 1] in _HYPHENS and text[start - 2].isalnum()
    after = end + 1 < len(text) and text[end] in _HYPHENS and text[end + 1].isalnum()
    lone = start >= 1 and end < len(text) and text[start:end].strip() in tuple(_HYPHENS) \
        and text[start - 1].isalnum() and text[end].isalnum()
    return before or after or lone


def _whole_phrase(text: str, start: int, end: int, floor: int) -> tuple[int, int]:
    """start..end widened to whole words through hyphens, with a determiner just before ("the co-executors")."""
    while start > floor and (text[start - 1].isalnum() or text[start - 1] in _HYPHENS):
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] in _HYPHENS):
        end += 1
    found = re.search(r"(\w+)\s+$", text[max(floor, start - 12) : start])
    if found is not None and found.group(1).lower() in _DETERMINERS:
        start -= len(found.group(0))
    return start, end


def _source_at(sentence: Sentence, a: Attribution) -> int | None:
    """Where the attribution's source phrase is written in its sentence, nearest its cue."""
    source = a.source_text or ""
    if not source.strip():
        return None
    starts: list[int] = []
    at = sentence.text.find(source)
    while at >= 0:  # the non-overlapping matches a literal pattern would give, with no pattern compiled per phrase
        starts.append(at + sentence.start)
        at = sentence.text.find(source, at + len(source))
    if not starts:
        return None
    cue = a.cue_start if a.cue_start is not None else a.content_start
    return min(starts, key=lambda s: abs(s - cue))


def _stray_word(d: _Doc, sentence: Sentence, a: Attribution, at: int) -> bool:
    """Whether the speaker is one word of the source phrase that is no noun, name or pronoun ("sorry")."""
    if not (a.speaker or "").strip():
        return False  # no one, or "" for two people equally likely: the stage's own rules decide what it shows
    speaker = (a.speaker or "").strip(" " + _HYPHENS + "–—").lower()
    if not speaker:
        return True  # a dash: no one
    if " " in speaker:
        return False
    end = at + len(a.source_text or "")
    words = [t for t in d.doc.sentence_tokens(sentence) if at <= t.start < end and t.text.lower() == speaker]
    return bool(words) and all(t.pos in _NOT_NAMING and not _named_address(t) for t in words)


def _named_address(t: Token) -> bool:
    """Whether ``t`` is a call sign or handle the parser tagged as an address (X) but made a subject: "WWJ950"."""
    return t.pos == "X" and t.dep in _SUBJECTS and _CALL_SIGN.fullmatch(t.text) is not None


def whole_word_speakers(d: _Doc, found: list[tuple[Sentence, Attribution]]) -> list[tuple[Sentence, Attribution]]:
    """``found`` with speakers cut at a hyphen made whole and speakers that are a stray word dropped (see the module
    docstring)."""
    text = d.text
    out: list[tuple[Sentence, Attribution]] = []
    for sentence, a in found:
        at = _source_at(sentence, a)
        if at is None:
            out.append((sentence, a))
            continue
        end = at + len(a.source_text or "")
        if _inside_word(text, at, end):
            first, last = _whole_phrase(text, at, end, sentence.start)
            phrase = text[first:last]
            speaker = a.speaker
            if speaker is None or speaker.strip(" " + _HYPHENS).lower() in phrase.lower():
                speaker = _mention(phrase)  # the stub stood for the phrase; a name the stage resolved it to stays
            out.append((sentence, replace(a, source_text=phrase, speaker=speaker)))
            continue
        if _stray_word(d, sentence, a, at):
            continue
        out.append((sentence, a))
    return out
