"""A blog item's quips: questions that jeer or wonder, and short sign-off exclamations, are no argument when the writer
states no view.

A snarky blog item reports a reveal from another paper ("Her fee for all those years? A box of toys. Really?") or
debunks a picture ("the poster isn't real ... could the craze carry it? Would they?"): the writer's questions are
asides, and every sentence of the writer's own that takes a stance is one of them. Counted as judgement, they made
both items of Audit 36 (#9, #11) opinion pieces at 3 of 8 and 4 of 11 of the writer's sentences. An opinion piece
asks too, but it also states its view ("This is a scandalous waste", "The councillors should be ashamed"), so its
questions still count beside its statements.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbrief.models import Document, Sentence

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context


# A column's rhetorical question asks who or what ("So what is he waiting for?", "Who gains from all this?", "What do
# you think?", sessions 17 and 18e): it argues. A quip asks nothing of the kind ("Seriously?", "A box of toys?",
# "Would they?").
_WH_OPENING = re.compile(r"^(?:(?:so|and|but|then),? )?(?:who|whom|whose|what|why|when|where|how|which)\b", re.I)


# A blog's sign-off exclamation ("I hope so!", "Can't wait!", Audit 37 #10) states no view either: this many words.
MAX_EXCLAMATION_WORDS = 4


def _asks(sentence: Sentence) -> bool:
    """True when the sentence is a quip: a question that is not a wh-question, or a short exclamation."""
    text = sentence.text.strip().lstrip("\"“‘'")
    if text.rstrip("\"”’' ").endswith("!") and len(text.split()) <= MAX_EXCLAMATION_WORDS:
        return True
    return text.rstrip("\"”’' ").endswith("?") and not _WH_OPENING.match(text)


def unless_quips(judged: list[Sentence], title: str) -> list[Sentence]:
    """The writer's ``judged`` sentences, or none when every one of them is a quip (see the module docstring).
    Under a question headline ("Why does God allow floods?") the questions are the essay's argument (session 15c)."""
    if title.rstrip().endswith("?"):
        return judged
    return [] if judged and all(_asks(s) for s in judged) else judged


# The writer's own verdict, early on, on a picture or post that went round ("the wrapper circulating online isn't
# real", "the photo shared all weekend is fake"): the item's business is the debunk, a fact-check however it jokes
# (Audit 36 #11, read as an opinion piece; nlp/debunk.py finds no retold claim when the picture itself is lost).
# A source's verdict ("is fake, police said") is the source's, and a report's "not real" later on is a detail.
_NOT_REAL = re.compile(r"\b(?:is|are|was|were)(?:n't|n’t| not) (?:\w+ )?(?:real|genuine|authentic)\b|"
                       r"\b(?:is|are|was|were) (?:a |an )?(?:\w+ )?(?:fake|hoax|doctored|photoshopped|fabricated|"
                       r"forgery|forged)\b", re.I)
_WENT_ROUND = re.compile(r"\b(?:shared|spread|went viral|circulat(?:ed|ing)|retweeted|reposted|making the rounds|"
                         r"doing the rounds|online|on social media|around the (?:web|internet))\b", re.I)
DEBUNK_PARAGRAPHS = 2  # the opening paragraphs where the verdict stands


def debunks_what_went_round(doc: Document, ctx: Context) -> bool:
    """True when the writer's own sentence in the opening paragraphs calls a thing that went round not real."""
    if not doc.sentences:
        return False
    end = doc.sentences[0].paragraph + DEBUNK_PARAGRAPHS
    opening = [s for s in doc.sentences if s.paragraph < end]
    return any(_NOT_REAL.search(s.text) and ctx.voice_of(s.index).voice == "reporter" and s.text[:1] not in "\"“'‘"
               and any(_WENT_ROUND.search(t.text) for t in doc.sentences[max(0, s.index - 1) : s.index + 1])
               for s in opening)
