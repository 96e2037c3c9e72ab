"""An opening's simile, a scene detail or a question as the lead, and a column's list frame (Audit 33, session 21).

Audit 33's correspondent's blog opened on its thesis ("China is taking the threat pretty seriously"), then a
simile ("Arriving at the airport right now is a bit like turning up at a laboratory"), then the scene. Its key
points led with a detail of the scene, a first-person time clause ("As our flight came in to land, the crew
handed out forms"), and kept the simile. A Newsroom feature's key points led with its hook question ("Can an
online game help fight obesity?"), and a stock-picking column's with one company's earnings while its frame
("Herewith are some companies poised to benefit from ...") sat last.

- :func:`is_simile` is an opening sentence whose predicate is a likeness ("is a bit like walking into ...");
  it sets a scene and states no news (summary.sentence_scores reads it as a hook, through point_theses.is_hook).
- :func:`weak_lead` is a chosen main point that should not lead: a hook, a question the piece goes on to
  answer, or the writer's own scene told as a time clause ("As our train pulled in, ..."); the best-scored
  point then leads (summary.analyze_summary).
- :func:`list_frame` is a column's or feature's sentence that says what its list is of ("Here are three
  companies set to profit from ..."), in its opening: that is the point a reader keeps.
"""

from __future__ import annotations

import re

from newsbrief.analyze.context import Context
from newsbrief.analyze.point_options import options_frame
from newsbrief.analyze.point_theses import is_hook
from newsbrief.models import Document, Sentence

# "X is a bit like walking into a ward", "felt rather like stepping back in time": a likeness to an action.
_SIMILE = re.compile(r"^[^,;:]{0,80}?\b(?:is|was|feels|felt|seems|seemed|looks|looked)\s+"
                     r"(?:(?:a\s+(?:bit|little)|rather|much|just|somewhat)\s+)?like\s+\w+ing\b", re.I)
SIMILE_SENTENCES = 4  # a simile sets the scene of the opening only (the blog's second sentence)


def is_simile(sentence: Sentence) -> bool:
    """True for an opening sentence whose predicate is a likeness to an action (see the module notes)."""
    return sentence.index < SIMILE_SENTENCES and bool(_SIMILE.match(sentence.text.strip()))


# "As our flight came in to land, ...", "When we landed, ...": the writer's own scene, told as it happened.
# "As I argued last week, ..." cites the writer's argument (point_theses.argued_thesis): no scene.
_OWN_SCENE = re.compile(r"^(?:As|When|While|Once|After|Before)\s+(?:[^,]{0,60}?\b)?(?:we|our|I|my|us)\b"
                        r"(?![^,]*\b(?:argu|sa(?:id|y)|wr(?:ote|ite)|not(?:ed|e)|expla|report|suggest|point|mention|"
                        r"predict|warn))[^,]{0,60},", re.I)


def opening_hook(sentence: Sentence) -> bool:
    """True for an opening's generic hook or simile: no key point, as a last resort only."""
    return is_hook(sentence) or is_simile(sentence)


# A hook question opens the piece (the Newsroom feature's third sentence); a column's closing question to its
# readers is its point (point_padding.writers_verdict, Audit 33's TV column) and stays. A review's or column's
# question may frame its verdict (the reader set's games-service review, whose gold point is its question): only a
# report's or feature's question is a hook.
QUESTION_SENTENCES = 5
_HOOK_QUESTION_GENRES = ("news", "feature")


def weak_lead(sentence: Sentence, genre: str) -> bool:
    """True when a main point picked by the genre rules should not lead (see the module notes)."""
    text = sentence.text.strip()
    if opening_hook(sentence):
        return True
    asks = text.endswith("?") and text[:1] not in "\"“'‘"
    if asks and genre in _HOOK_QUESTION_GENRES and sentence.index < QUESTION_SENTENCES:
        return True  # a hook question: the piece goes on to answer it, and the answer is the point
    return bool(_OWN_SCENE.match(text))


# "Herewith are some companies poised to ...", "Here are five ways ...", "Below are three stocks ...".
_FRAME = re.compile(r"^(?:Herewith|Here|Below|Following)\s+(?:are|is)\s+(?:some|a\s+few|several|the|my|\w+)\s+"
                    r"(?:\w+\s+){0,2}(?:companies|firms|stocks|shares|funds|ways|reasons|things|ideas|picks|"
                    r"lessons|places|steps|options|bets)\b[^?]{12,}$", re.I)
FRAME_SENTENCES = 6  # the frame closes a column's opening (the Newsroom column's third sentence)
_FRAMED = ("opinion", "analysis", "feature")


def list_frame(doc: Document, ctx: Context) -> Sentence | None:
    """A column's or feature's opening sentence framing the list that follows (see the module notes), or None."""
    if ctx.genre not in _FRAMED:
        return None
    # ... or a numbered list of options anywhere (point_options, Audit 38 #6)
    return next((s for s in doc.sentences[:FRAME_SENTENCES] if _FRAME.match(s.text.strip())), None) \
        or options_frame(doc)


# A reputation hook that turns on itself: "The App Store's top lists are well known to the public, but how apps make
# it into them is perhaps less understood." (reader Audit 43 #12, KP1). It promises the story and tells none of it.
# Only the self-contained form: a "best known for" lede whose turn comes in the next sentence ("But one scientist is
# hoping they could ...") leans on it for its subject (tests/analyze/test_points_s28.py, a strict xfail).
_KNOWN_BUT_LESS = re.compile(r"\b(?:is|are)\s+(?:perhaps\s+|probably\s+)?(?:well|widely|best)\s+known\b[^.;]{0,80},\s*"
                             r"but\b[^.;]{0,80}\b(?:less|not so|not as|little)\s+(?:well\s+)?(?:known|understood)\b",
                             re.I)
KNOWN_SENTENCES = 2  # the lede only


def reputation_hook(sentence: Sentence) -> bool:
    """True for an opening reputation hook that turns on itself (see _KNOWN_BUT_LESS): no key point."""
    return sentence.index < KNOWN_SENTENCES and bool(_KNOWN_BUT_LESS.search(sentence.text))
