"""A still scene before a dispatch's dated news, and the day a sentence dates (moved from point_openings, session 34).

A dispatch may open on a still scene in the present tense and tell its dated news after it (reader Audit 27); the
run of scene sentences gives way to that news (point_openings.delayed_lede, opening_factors).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbrief.analyze.dispatch import NEWS_TIME
from newsbrief.analyze.doc_index import entities_of
from newsbrief.models import Document, Sentence

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context


def dated_by_day(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence dates something by the day ("on Monday", "yesterday")."""
    return any(e.label in ("DATE", "TIME") and NEWS_TIME.search(e.text) for e in entities_of(doc, sentence))


# A dispatch that opens on a still scene in the present tense ("The border crossing is quiet this morning.",
# "The heat is already fierce", "The last post is three kilometres away") and then tells a dated event ("Rebels
# took the border posts on Friday"): the scene is the reporter's, the event is the news (reader Audit 27's border
# dispatch led with four lines of scenery). A scene sentence says where things are and how they are ("be" in the
# present, of a place or a thing as it looks: "quiet", "fierce", "three kilometres away"; with no report and no
# "after ..." clause: "The minister is under pressure after ..." is news); the run must end on a reporter's
# finite sentence dated by the day.
def _still(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    return root is not None and root.lemma.lower() == "be" and root.tag in ("VBZ", "VBP") \
        and ctx.voice_of(sentence.index).voice == "reporter" and not _ANY_QUOTE_MARK.search(sentence.text) \
        and not any(t.dep in ("ccomp", "xcomp", "advcl") and t.head == root.i for t in tokens) \
        and any(t.dep in ("acomp", "advmod") and t.head == root.i and t.tag in ("JJ", "RB") for t in tokens)


_ANY_QUOTE_MARK = re.compile(r"[\"“”]")


def static_scene_run(doc: Document, ctx: Context, reach: int) -> int:
    """How many still-scene sentences open the piece before its dated news (0 when the run is not followed by a
    reporter's sentence dated by the day, in the past or the present perfect); the run is shorter than ``reach``."""
    run = 0
    while run < reach - 1 and run < len(doc.sentences) and _still(doc, ctx, doc.sentences[run]):
        run += 1
    if not run or run >= len(doc.sentences):
        return 0
    news = doc.sentences[run]
    tags = {t.tag for t in doc.sentence_tokens(news) if t.dep == "ROOT"}
    fits = ctx.voice_of(news.index).voice == "reporter" and dated_by_day(doc, news) and bool(tags & {"VBD", "VBN"})
    return run if fits and not _ANY_QUOTE_MARK.search(news.text) else 0
