"""The short name a repair writes for a person: the form the article itself uses for later mentions.

``actor_kinds.short_name`` takes a name's last word unless the last word is a hyphenated given name ("Ban
Ki-moon"). A family-name-first name with a plain given name ("Lou Ming ... Lou says ...", "Zhang Wei ...
Zhang had ...") then became "[Ming's] family" (the lead's reading of an unseen Newsroom brief, session 15):
the article never calls him Ming. The article's own later mentions decide: the last word when the article
uses it alone (or uses neither word alone), else the first word when the article uses that alone.

**An unnamed person of the pronoun's gender, nearer than the name, blocks an opening pronoun's repair.**

``openings._last_person`` names the nearest agreeing person named within two sentences. A subject that no
name says ("A 23-year-old man was arrested ...", "A spokesman for the firm was abroad") in the sentence just
before, or the one before it (RIVAL_REACH), is the likelier "He" (centering), yet
``antecedents.unnamed_person_subject`` only sees the main-clause subject: a caption glued to the next sentence
("Her body was found in a flat A 23-year-old man was arrested ...", the lead's reading of an unseen CNN/DM brief,
session 24) hid the man in a second clause, and the victim's name two sentences back became "[Vanessa] has been
told to return to a police station". Any clause's subject counts here, but only a noun of the pronoun's own
gender ("man", "spokeswoman"): a neutral "official"
in a side clause is too weak a rival to withhold a repair for.
"""

from __future__ import annotations

import re

from newsbrief.analyze.actor_kinds import short_name
from newsbrief.models import Document, Sentence
from newsbrief.nlp.quotations import quote_spans
from newsbrief.nlp.referents import _FEMALE_NOUNS, _MALE_NOUNS

_WORD = re.compile(r"[\w'’-]+")
_POSSESSIVE = re.compile(r"['’]s?$")  # "Lou's" is a mention of "Lou"


def _alone_counts(text: str, words: list[str]) -> tuple[int, int]:
    """How often the name's first and last words stand in ``text`` without the rest of a name next to them:
    "Lou" not followed by a capitalised word, "Ming" not preceded by one (so "Yao Ming", another man, is no
    mention of "Ming" alone)."""
    tokens = [_POSSESSIVE.sub("", t) for t in _WORD.findall(text)]
    first, last = words[0], words[-1]

    def capital(i: int) -> bool:
        return 0 <= i < len(tokens) and tokens[i][:1].isupper()

    first_alone = sum(1 for i, t in enumerate(tokens) if t == first and not capital(i + 1))
    last_alone = sum(1 for i, t in enumerate(tokens) if t == last and not capital(i - 1))
    return first_alone, last_alone


def repair_name(doc: Document, name: str) -> str:
    """The short form of ``name`` for a repair ("[Lou's] family"): the surname a Western order gives
    (:func:`short_name`) unless the article never uses that word alone but does use the first word alone
    ("Lou Ming ... Lou says": family name first)."""
    chosen = short_name(doc, name)
    words = name.split()
    if len(words) < 2 or chosen != words[-1] or not words[0][:1].isupper():
        return chosen
    first_alone, last_alone = _alone_counts(doc.article.text, words)
    return words[0] if first_alone and not last_alone else chosen


__all__ = ["nearer_unnamed_subject", "repair_name"]


# Office nouns of one gender that the referents list leaves out (it lists kin and titles).
_MALE = _MALE_NOUNS | frozenset("spokesman chairman gentleman policeman fireman salesman fisherman".split())
_FEMALE = _FEMALE_NOUNS | frozenset("policewoman saleswoman".split())
# The two sentences before: _last_person's own reach for a name; a man arrested in a clause after the victim's name
# two sentences back is the likelier "He" than the victim (the lead's session 26 brief).
RIVAL_REACH = 2
_GENDER = {"he": _MALE, "his": _MALE, "she": _FEMALE, "her": _FEMALE}


def nearer_unnamed_subject(doc: Document, sentence: Sentence, pronoun: str, name: str) -> bool:
    """Whether one of the RIVAL_REACH sentences before ``sentence`` has a subject no name says, of ``pronoun``'s
    gender ("a 23-year-old man was arrested"), standing after the last mention of ``name`` (the repair's short
    name) before ``sentence``: the pronoun more likely means that person than the name. A noun with its own
    possessor ("His father", "Kay's son") is someone's relative, not a rival to the one the possessor means."""
    nouns = _GENDER.get(pronoun.lower())
    if nouns is None or sentence.index == 0:
        return False
    rivals = [start for previous in doc.sentences[max(0, sentence.index - RIVAL_REACH) : sentence.index]
              for start in _rivals(doc, previous, nouns)]
    if not rivals:
        return False
    # the name's last mention, searched back from the sentence before only (a cheap early exit above)
    mention = [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", doc.article.text[: sentence.start])]
    return max(rivals) > (mention[-1] if mention else -1)


def _rivals(doc: Document, previous: Sentence, nouns: frozenset[str]) -> list[int]:
    """The starts of the subjects in ``previous`` that no name says, of the given gender nouns, outside quotes."""
    spans = quote_spans(doc.article.text[previous.start : previous.end])
    return [token.start for token in doc.sentence_tokens(previous)
            if token.dep in ("nsubj", "nsubjpass") and token.tag == "NN" and not token.ent_type
            and token.lemma.lower() in nouns
            and not any(a <= token.start - previous.start < b for a, b in spans)
            # "His father owned a garage. His mother died ...": a relative of someone is no rival to that someone
            and not any(k.dep == "poss" for k in doc.children(token))]
