"""Key points beyond the third: shown only when they carry a development the first three do not.

Reader Audit 34 marked six of the seven key points beyond the third "would delete": a pronoun-led line about the
lede's source ("Today, he hates that ..."), a quote whose "that" was cut away ("For that is the first step ..."),
the same fighters in the same town under fire again, a correspondent's view of the retreat ("CNN saw ..."), and "the
hospital is one of the few ..." after "the hospital has come close to running out ...". The one it kept brought new
actors (aid workers telling their accounts to an outlet). So a fourth or fifth point stays when it brings a response
or a denial, or a name the points above it do not have, or a new actor of its own; it goes when it leans back on an
earlier point (a pronoun or demonstrative subject), is a scene someone saw, or has an earlier point's actor again.

eval summ scores the top three ranked points, so this trims the list without moving ROUGE; the writer's call and
a report's turn to outside doubt are placed on purpose and are never trimmed.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsbrief.analyze.context import Context
from newsbrief.models import Document, Sentence, Token

# The first three points are always shown (a brief's short list; eval summ scores these three).
ALWAYS_SHOWN = 3

# The genres whose points are sentences of one told piece; a round-up's or a live page's further points are
# separate entries, each its own news.
_TOLD = ("news", "feature", "opinion", "analysis")

# A response or a denial is the other side of the story: a development even with the same actors.
_RESPONSES = frozenset({
    "deny", "reject", "respond", "reply", "dismiss", "condemn", "criticise", "criticize", "dispute", "contest",
    "refuse", "counter", "rebut", "retort", "appeal", "sue", "protest", "welcome", "apologise", "apologize",
    "resign", "retaliate", "refute",
})

# A scene someone watched ("CNN saw fighters streaming back") is colour on the event above it.
_PERCEPTION = frozenset({"see", "watch", "witness", "hear", "notice", "observe", "spot"})

# "There were ten offers" has no actor: its existential "there" is no subject leaning back.
_SUBJECTS = ("nsubj", "nsubjpass")
_OWN = frozenset({"i", "we"})


def developments(doc: Document, ctx: Context, chosen: list[Sentence],
                 held: tuple[Sentence | None, ...]) -> list[Sentence]:
    """``chosen`` (in rank order) without the points beyond the third that add no development; ``held`` are
    never dropped (the main point, the writer's call, a report's turn)."""
    if len(chosen) <= ALWAYS_SHOWN or ctx.genre not in _TOLD:
        return chosen
    kept = chosen[:ALWAYS_SHOWN]
    for sentence in chosen[ALWAYS_SHOWN:]:
        if any(sentence is h for h in held) or _develops(doc, sentence, kept):
            kept.append(sentence)
    return kept


# Words that open a sentence leaning back on the one before ("For that is ...", "It's a story which ...").
_BACK = frozenset({"that", "this", "these", "those", "it", "he", "she", "they", "it's", "that's"})
_LINKS = ("CCONJ", "SCONJ", "ADP", "PUNCT", "ADV")


def _leans_back(tokens: Sequence[Token]) -> bool:
    """True when the sentence's first word past its links ("For", "And", "Today,") is a pronoun or a demonstrative
    standing alone before its verb."""
    words = [t for t in tokens if t.pos not in _LINKS]
    return len(words) > 1 and words[0].text.lower() in _BACK and words[1].pos in ("AUX", "VERB")


def _names(tokens: Sequence[Token]) -> set[str]:
    return {t.text.lower() for t in tokens if t.pos == "PROPN"}


def _develops(doc: Document, sentence: Sentence, above: list[Sentence]) -> bool:
    """True when ``sentence`` carries a development the points ``above`` do not (see the module docstring)."""
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None:
        return True
    verbs = {t.lemma.lower() for t in tokens if t.pos == "VERB"}
    if verbs & _RESPONSES:
        return True
    # The first subject is the news clause's ("Fighters in the town came under fire, a rebel source said").
    subject = next((t for t in tokens if t.dep in _SUBJECTS), None)
    # "I" and "we" are the writer's or speaker's own voice, not a lean back ("We chose education ...").
    if _leans_back(tokens) or (subject is not None and subject.pos == "PRON" and subject.text.lower() not in _OWN):
        return False  # "He hates ...", "For that is the first step ...": leans back on an earlier point
    if root.lemma.lower() in _PERCEPTION:
        return False
    earlier = [t for s in above for t in doc.sentence_tokens(s)]
    if _names(tokens) - _names(earlier):
        return True
    if subject is None:
        return True
    return subject.lemma.lower() not in {t.lemma.lower() for t in earlier if t.pos in ("NOUN", "PROPN")}
