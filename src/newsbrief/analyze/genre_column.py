"""A signed column that quotes in most paragraphs, and an explainer whose questions its sources answer.

Two readings the genre line (:mod:`newsbrief.analyze.genre`) adds to its paragraph-level one (reader Audit 20,
docs/audit.md 21.2 and 21.4 item 5):

- **A column that quotes its targets.** The genre line counts the writer's stance over sentences in paragraphs
  without quotation marks, so that a report's quoted "should" and "I" are never the writer's. A column that
  quotes the minister it mocks in nearly every paragraph ("'Every minute counts,' a minister told me, with a
  straight face.") then has two or three such sentences left, too few to judge, and its first person made it a
  feature, or nothing made it anything but news (a signed "Comment is free" column read as a news report). So
  the column is read again sentence by sentence: the writer's own sentences (the reporter's voice, not inside a
  quotation, not opening with one), with quoted spans cut out. A piece whose writer speaks as "I" in
  ESSAY_SHARE of them (genre_voice.first_person_essay) and argues (an evaluative word, a question no source
  answers, a recast of the facts) in COLUMN_SHARE of them is an opinion piece. A reporter's witness "I" with
  no judgement does not reach it, and a report's "I" and "should" are inside its quotations.
- **An explainer's questions.** A question heading ("Could the government shut down the internet?") followed
  by a paragraph in which experts answer it is the explainer's device, not the writer's rhetorical question
  (reader Audit 20: a reported explainer with such headings under a question headline was labelled an opinion
  piece by its headline's question mark). :func:`sourced_questions` counts them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from newsbrief.analyze.genre_asides import aside
from newsbrief.analyze.genre_frames import COUNT_FRAME, sources_split
from newsbrief.analyze.genre_voice import first_person_essay, unquoted, writer_sentences
from newsbrief.models import Document, Sentence

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

# The share of the writer's own sentences (read one by one) that argue, above which a first-person piece is a
# column: the paragraph-level OPINION_SHARE of genre.py, which the column of tests/analyze/test_genre_audit20.py
# (4 of 11) clears and its first-person reports and witnesses (none) do not.
COLUMN_SHARE = 0.2
COLUMN_MIN_OWN = 5
MIN_ASIDES = 2  # a columnist's asides and stance sentences together (see argues_between_quotes)
_QUOTE_OPENERS = "\"“‘'"
# How many sentences after a question heading a source may take to answer it (see answered_by_source): the
# explainer of tests/analyze/test_genre_audit21.py tells two sentences of story first.
HEADING_REACH = 4
# An explainer's own answer to its question ("Is X running the country? Here is what we know.", Audit 27's rumour
# explainer read as opinion): the writer sets out what is known, not a view; "we" is the newsroom.
_WHAT_WE_KNOW = re.compile(r"^(?:so,? )?here(?:'s|’s| is| are) (?:what|everything|all) (?:we|you) (?:know|don't know|"
                           r"need to know|can tell you)\b|^(?:what|everything) we know(?: so far)?\s*[:.]", re.I)


def knows_announced(doc: Document) -> bool:
    """True when the piece's opening question is followed by "Here is what we know" (an explainer's answer)."""
    return any(_WHAT_WE_KNOW.match(s.text.strip()) for s in doc.sentences[1:3]) \
        and doc.sentences[0].text.rstrip().endswith("?")


def answered_by_source(doc: Document, ctx: Context, question: Sentence) -> bool:
    """True when the sentence after the writer's question is someone else's (a quoted or cited expert), or
    opens with a quotation: the question heads an answer, it does not argue."""
    following = question.index + 1
    if following >= len(doc.sentences):
        return False
    after = doc.sentences[following]
    if _WHAT_WE_KNOW.match(after.text.strip()) or COUNT_FRAME.search(unquoted(after.text)):
        return True  # "What lies ahead? Analysts see three possible outcomes: ..." (genre_frames, Audit 28)
    if ctx.voice_of(following).voice != "reporter" or after.text.lstrip()[:1] in _QUOTE_OPENERS:
        return True
    # A question standing as its own paragraph heads what follows: an explainer opening on its question ("How
    # did a plumber's truck end up in Syria?") tells the story first and lets a source answer a few sentences on
    # (reader Audit 21's explainer read as opinion). A source speaking before the next question answers it.
    if any(s.paragraph == question.paragraph for s in doc.sentences if s.index != question.index):
        return False
    for sentence in doc.sentences[following: following + HEADING_REACH]:
        if sentence.text.rstrip().endswith("?"):
            return False
        if ctx.voice_of(sentence.index).voice != "reporter":
            return True
    return False


def argues_between_quotes(doc: Document, ctx: Context, stance: Callable[[str], bool]) -> bool:
    """True for a first-person column that argues in its own sentences, read one by one (see the module
    docstring); ``stance`` says whether a sentence's unquoted text judges, calls or recasts."""
    own = [s for s in writer_sentences(doc, ctx) if s.text.lstrip()[:1] not in _QUOTE_OPENERS]
    if len(own) < COLUMN_MIN_OWN or not first_person_essay(doc, ctx):
        return False
    argues = [stance(unquoted(s.text)) or (s.text.rstrip().endswith("?") and not answered_by_source(doc, ctx, s))
              for s in own]
    # A light column argues in its asides ("One wonders if ...", "Gwyneth Paltrow, take note."): with its stance they
    # make MIN_ASIDES distinct sentences (genre_asides, session 24: Audit 39 #12 has three, its first-person
    # anecdote quoted in every paragraph; the first-person reports and witnesses of the tests have none).
    asides = [aside(unquoted(s.text)) for s in own]
    moves = sum(1 for a, b in zip(argues, asides, strict=True) if a or b)
    return sum(argues) >= COLUMN_SHARE * len(own) or (any(asides) and moves >= MIN_ASIDES)


def sourced_questions(doc: Document, ctx: Context) -> int:
    """How many one-sentence question paragraphs in the writer's voice are answered by a source next."""
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in doc.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    return sum(1 for sentences in by_paragraph.values()
               if len(sentences) == 1 and sentences[0].text.rstrip().endswith("?")
               and sentences[0].text.lstrip()[:1] not in _QUOTE_OPENERS
               and ctx.voice_of(sentences[0].index).voice == "reporter"
               and answered_by_source(doc, ctx, sentences[0]))


def question_title_genre(doc: Document, ctx: Context, title: str,
                         stance: Callable[[str], bool]) -> Literal["qa", "analysis", "opinion"]:
    """The genre a question or "Why ..." headline gives a piece nothing else placed: an explainer whose experts
    answer its question headings (Audit 20), a reported analysis whose named sources answer it both ways while
    the writer judges nothing (genre_frames.sources_split, Audit 28), else opinion."""
    if not title.rstrip().endswith("?"):
        # "How state media covered the protests" over a body in which the writer judges nothing (what outlets
        # say is theirs: genre_frames.without_group_views) reports an analysis (Audit 29's media analysis)
        own = [s for s in writer_sentences(doc, ctx) if s.text[:1] not in "\"“'‘"]
        return "opinion" if not own or any(stance(unquoted(s.text)) for s in own) else "analysis"
    if sourced_questions(doc, ctx):
        return "qa"
    return "analysis" if sources_split(doc, ctx, stance) else "opinion"


__all__ = ["COLUMN_SHARE", "answered_by_source", "argues_between_quotes", "question_title_genre",
           "sourced_questions"]
