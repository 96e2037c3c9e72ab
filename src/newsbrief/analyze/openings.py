"""Openings that point outside the sentence, and their honest repair.

A statement shown on its own must not open with "He", "But" or "These
weapons" whose referent is in a sentence the reader does not see. The repair
replaces an opening pronoun by the person it most likely means and drops an
opening connective, marking every changed word with brackets ("[Lee] warned",
"[T]he deal"); when no honest repair exists the statement is withheld.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from newsbrief.analyze.actors import Actor, clean_name, previous_subject, resolve_person
from newsbrief.analyze.context import Context, rewrite_sections
from newsbrief.lexicon import DANGLING_CONNECTIVES, DANGLING_PRONOUNS
from newsbrief.models import Candidate, Document, Sentence, Token
from newsbrief.sections import SECTIONS

CONNECTIVES = DANGLING_CONNECTIVES
# Page furniture and credit lines: never a statement of the brief.
BOILERPLATE = re.compile(
    r"\b(click here|share this|sign up|subscribe|newsletter|all rights reserved|read more|"
    r"follow us|cookie|copy this link|media playback is|external links? and will open|"
    r"enable javascript|your browser does not support|contributed (?:to )?(?:this report|reporting)|"
    r"this (?:story|article) (?:has been|was) (?:updated|corrected))\b|^contributing:|^(?:additional )?reporting by\b",
    re.I
)
MIN_STATEMENT_WORDS = 3  # "___", "Photo: AP": lines, not statements
PRONOUNS = DANGLING_PRONOUNS


TIME_NOUNS = frozenset("year month week day time morning afternoon evening night season decade century "
                       "spring summer autumn fall winter weekend hour moment period era".split())


def word_tokens(tokens: Sequence[Token]) -> list[Token]:
    """The tokens that are words (no punctuation or spaces)."""
    return [t for t in tokens if t.pos not in ("PUNCT", "SPACE")]


def _last_person(doc: Document, sentence: Sentence, actors: Sequence[Actor]) -> str | None:
    """Surname of the person the opening pronoun most likely means: the named subject of the sentence
    just before (centering: "Assange faces a charge. He is accused ..." even when a quote's speaker
    was named after him), else the last person named within 2 sentences."""
    named = previous_subject(doc, actors, sentence.index)
    if named:
        return named.split()[-1]
    # Only a name the actors stage kept as a person: "prescribed Propofol" tagged as a person is
    # a drug (fifth reader audit: "[Propofol] has always maintained ...").
    people = {alias.lower() for actor in actors if actor.label == "PERSON" for alias in (*actor.aliases, actor.name)}
    for entity in reversed(doc.entities):
        if entity.label == "PERSON" and entity.end <= sentence.start:
            if entity.sentence_index < sentence.index - 2:
                break
            name = resolve_person(doc, actors, entity.text)
            if name.lower() in people or clean_name(entity.text).lower() in people:
                return name.split()[-1]
    return None


def is_furniture(doc: Document, sentence: Sentence) -> bool:
    """True for page furniture, credit lines and separators ("___"): never a statement."""
    return bool(BOILERPLATE.search(sentence.text)) or \
        len(word_tokens(doc.sentence_tokens(sentence))) < MIN_STATEMENT_WORDS


# Coordinators that open a sentence as a connective with or without a comma ("But the deal ...").
_BARE_CONNECTIVES = frozenset({"but", "and", "so", "yet", "also", "still", "then", "instead", "meanwhile"})


def _is_connective(doc: Document, token: Token) -> bool:
    """A sentence-opening word that only links to what came before."""
    following = doc.tokens[token.i + 1] if token.i + 1 < len(doc.tokens) else None
    if following is None or following.text in ("-", "–") or (following.start == token.end
                                                              and following.text[:1].isalnum()):
        return False  # "So-called", "Also-ran": part of a word
    return following.text == "," or token.text.lower() in _BARE_CONNECTIVES


def repair_opening(doc: Document, sentence: Sentence, actors: Sequence[Actor]) -> str | None:
    """The sentence with a dangling opening repaired in brackets; None if it cannot be.

    Returns the text unchanged when the opening is not dangling. Opening
    connectives ("But", "However,") are dropped and the next word's changed
    capital is bracketed; an opening pronoun is replaced by its referent.
    """
    text = sentence.text
    words = word_tokens(doc.sentence_tokens(sentence))
    if not words:
        return text
    k = 0
    # Only an adverb or conjunction is a connective: "Still, the deal ..." but not
    # "Still, 23, trains ..." where an age in apposition shows the word is a name. A repair
    # must not change the meaning (first reader audit, docs/audit.md): "So-called" is one
    # word, and "However markets go today" means "in whatever way" — an adverb like
    # "however" is a connective only when a comma follows it.
    while (k < len(words) - 2 and words[k].text.lower() in CONNECTIVES
           and words[k].pos in ("ADV", "CCONJ", "SCONJ") and not words[k + 1].like_num
           and _is_connective(doc, words[k])):
        k += 1
    first = words[k]
    head = text[: words[0].start - sentence.start]  # an opening quotation mark stays
    start = first.start - sentence.start
    after = text[start + len(first.text) :]
    lower = first.text.lower()
    if lower in PRONOUNS:
        if lower in ("he", "she") or (lower in ("his", "her") and first.dep == "poss"):
            name = _last_person(doc, sentence, actors)
            # A name the rest of the sentence uses for someone else ("He said Thomas is a
            # father of three", spoken by Thomas's lawyer) cannot be what the pronoun means.
            if name is None or re.search(rf"\b{re.escape(name)}\b", after):
                return None
            possessive = "" if lower in ("he", "she") else "'s"
            return f"{head}[{name}{possessive}]{after}"
        nxt = doc.tokens[first.i + 1] if first.i + 1 < sentence.token_end else None
        # "That year" or "this week" names a time only the sentence before gives: "[The] year"
        # would say nothing (fourth reader audit), so a time is never repaired.
        if lower in ("this", "these", "that", "those") and first.dep == "det" and nxt is not None \
                and nxt.pos in ("NOUN", "ADJ") and nxt.head != first.i \
                and nxt.lemma.lower() not in TIME_NOUNS and nxt.ent_type not in ("DATE", "TIME"):
            return f"{head}[The]{after}"  # "These weapons" -> "[The] weapons", never "this comes"
        return None
    if k == 0:
        return text
    word = first.text
    if first.pos != "PROPN" and word[:1].islower():
        return f"{head}[{word[0].upper()}]{word[1:]}{after}"
    return head + text[start:]


def repair_sections(doc: Document, ctx: Context,
                    sections: Mapping[str, tuple[Candidate, ...]]) -> dict[str, tuple[Candidate, ...]]:
    """Repair or withhold dangling openings in the sections whose record asks for it."""

    def repair(candidate: Candidate, sentence: Sentence) -> Candidate | None:
        if candidate.item.text != sentence.text:
            return candidate  # already shortened or repaired by its analyzer
        if is_furniture(doc, sentence):
            return None
        text = repair_opening(doc, sentence, ctx.actors)
        return None if text is None else replace(candidate, item=replace(candidate.item, text=text))

    return rewrite_sections(doc, sections, lambda name: name in SECTIONS and SECTIONS.get(name).repair_openings,
                            repair)
