"""Pages that say what they are: a live page, readers' questions, the writer's own op-ed, a correspondent's analysis;
readers' stories (genre_readers).

Reader Audit 32 found four pages labelled news (one opinion) whose own words name their kind:

- **A live page.** Its entries open on clock stamps: a line of its own ("10:46"), a stamp opening a line ("0946: ..."),
  an "Update" stamp cut by ingest, a bracketed one, or a place and clock. An extraction that flattens the page
  glues the entries' stamps into one paragraph ("... BBC News 0946: NAME Chief political correspondent 0949: ..."),
  so no line opens on one: :func:`live_page` puts each glued "NNNN: Capital" back at a line's start and asks
  nlp/clock_stamps the same question (three or more valid times in one order, one that cannot be a year). A
  chronology's glued years ("1887: ... 1923: ...") are no times. A page whose first line announces itself ("This
  live page is part of ...", "Welcome to our live coverage") is one too; a report mentioning live coverage of a
  match, or quoting a broadcaster's "This live page is a trial", does not open on it.
- **Readers' questions answered.** Two or more paragraphs that are one question each (or a line of the reader's
  case and the question), unquoted, in a reader's own first person ("What has happened to my shares?", "I'm saving
  into a pension. Will this affect me?"), each answered in the paragraph after,
  and at most one other sentence of the writer's in the first person ("A decision for you, I'm afraid"): questions
  and answers, though the answers weigh and advise. A first-person essay asks its questions of itself and says
  "I" throughout; a report quotes its residents' questions with who asked them.
- **The writer's own op-ed.** "Here's an excerpt from the op-ed I wrote today", "in my column last week": in the
  writer's voice (quoted words removed), the piece names itself the writer's comment. A report on a senator's
  op-ed quotes her "In my column ..." and names no piece of the reporter's.
- **A correspondent's standfirst.** "Our correspondent NAME, who reported from both, looks at the differences in
  the response": a journalist (correspondent, editor, analyst) who "looks at / examines / assesses / explores /
  asks why" in the opening sentences presents the piece as the journalist's own reading: an analysis. A UN study
  or a documentary that "looks at" something is news about it.
- **A page of several stories.** A byline with its credit ("By NAME, Senior Producer CITY (CNN)", "By NAME, CNN |
  October 29, 2009", "By the CNN Wire Staff | September 15, 2010") opening a story after the page's first paragraph
  starts another story: the page strings stories (a blog's or a topic page's digest), a round-up (T17
  EgyptianProtest_cnn 195 and 253, read as a feature and as Q&A). A story's own byline heads it, and a correspondent's
  box ("By NAME, BBC business correspondent") carries no dateline or date.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from newsbrief.analyze.genre_points import MIN_LIVE_STAMPS, live_stamps
from newsbrief.analyze.genre_readers import readers_call_out, readers_framing
from newsbrief.ingest.glued_labels import announces_live
from newsbrief.nlp.clock_stamps import bracketed_stamps, clock_stamps

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context
    from newsbrief.models import Document

__all__ = ["live_page", "names_itself", "strings_stories"]

Named = Literal["live", "qa", "opinion", "analysis", "explainer", "roundup"]

_CLOCK_LINE = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s*(a\.?m\.?|p\.?m\.?)?\s*(ET|EST|EDT|GMT|BST|CET)?\s*$", re.I)
MIN_CLOCK_LINES = 3
# "... BBC News 0946: Norman Smith ...": a four-digit stamp glued after a word, a capital after its colon.
_GLUED_STAMP = re.compile(r"(?<=\S)[ \t]+(?=\d{4}:[ \t]+[\"“]?[A-Z])")
# A page labelled with its kind in its headline or first line ("Case study: a river flood", "Explainer: ...",
# "Factfile: ..."): a schools case study of a spill read as news (Audit 29 A5); ingest takes the line as the title.
_KIND_LABEL = re.compile(r"^(?:case study|explainer|fact ?file|fact ?box|backgrounder|q ?& ?a)\s*[:|–—-]\s", re.I)
_QUOTE = re.compile(r"[\"“”]")
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")
_READER_I = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|my|me|mine)\b")
# A reader's paragraph may set out the reader's case before asking: "I have already retired. Could my pension be
# affected, too?" (Audit 32 has it as a line of its own before the question); an answer ends on a statement.
READER_QUESTION_SENTENCES = 2
MIN_READER_QUESTIONS = 2  # Audit 32's readers' page has six; one first-person question is an essay's aside
MAX_WRITER_I = 1  # sentences of the writer's own in the first person besides the questions (Audit 32's "I'm afraid")
_OWN_OPED = re.compile(
    r"\b(?:the|an?|this|my) (?:op-?ed|column|commentary|opinion piece|essay) (?:that )?I (?:wrote|have written|"
    r"'ve written|’ve written|penned|published)\b|\b(?:in|from) my (?:latest |last |recent |weekly )?"
    r"(?:op-?ed|column|commentary|opinion piece)\b", re.I)
MIN_OPED_SENTENCES = 4  # a one-line note pointing to a column argues nothing here
_STANDFIRST = re.compile(
    r"\b(?:correspondent|editor|analyst)\b[^.;\"“]{0,120}?\b(?:looks at|examines|assesses|explores|weighs up|"
    r"analy[sz]es|asks (?:why|whether|how|what|if))\b", re.I)
STANDFIRST_SENTENCES = 4  # the standfirst stands in the opening: Audit 32's is the third sentence
# A later story's byline: "By" a name (or "the CNN Wire Staff"), an optional role and place, then a wire dateline
# "(CNN)" or a "| Month D, YYYY" date stamp. The role runs to 60 characters without a full stop, a bar or brackets.
_STORY_BYLINE = re.compile(
    r"(?:^|(?<=\s))By (?:the )?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:,[^.|()\n]{0,60}?)?\s*"
    r"(?:\((?:CNN|Reuters|AP|AFP)\)|\|\s*(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December) \d{1,2}, \d{4})")


def live_page(doc: Document, ctx: Context) -> bool:
    """True when the page is a live page (see the module docstring)."""
    text = doc.article.text
    lines = text.split("\n")
    if sum(1 for line in lines if _CLOCK_LINE.match(line)) >= MIN_CLOCK_LINES or live_stamps(text) \
            or doc.article.live_stamps >= MIN_LIVE_STAMPS or clock_stamps(text, ctx.published) \
            or bracketed_stamps(text) >= MIN_LIVE_STAMPS:
        return True
    first = next((line.strip() for line in lines if line.strip()), "")
    if announces_live([first]):  # the announcing first line ingest's glued_labels reads
        return True
    unglued = _GLUED_STAMP.sub("\n", text)
    return unglued != text and bool(clock_stamps(unglued, ctx.published))


def _readers_questions(doc: Document, ctx: Context) -> bool:
    """True for a page of readers' first-person questions, each answered in the next paragraph."""
    paragraphs: dict[int, list[str]] = {}
    for sentence in doc.sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence.text.strip())
    asked: set[int] = set()
    for number, texts in paragraphs.items():
        text = " ".join(texts)
        if len(texts) <= READER_QUESTION_SENTENCES and text.endswith("?") and not _QUOTE.search(text) \
                and _READER_I.search(text):
            answer = paragraphs.get(number + 1)
            if answer and not answer[0].endswith("?"):
                asked.add(number)
    if len(asked) < MIN_READER_QUESTIONS:
        return False
    # the reader's case set out in a line before the question ("I have already retired.") is the reader's too, but
    # not a line answering the question before it: an essay's "I" answering its own questions is the writer's
    readers = asked | {n - 1 for n in asked if len(paragraphs.get(n - 1, ())) == 1 and n - 2 not in asked
                       and _READER_I.search(paragraphs[n - 1][0])}
    writer_i = sum(1 for s in doc.sentences if s.paragraph not in readers and ctx.voice_of(s.index).voice == "reporter"
                   and _READER_I.search(_QUOTED.sub(" ", s.text)))
    return writer_i <= MAX_WRITER_I


def _own_oped(doc: Document, ctx: Context) -> bool:
    """True when the writer, in the writer's own voice, names the piece as the writer's op-ed or column."""
    if len(doc.sentences) < MIN_OPED_SENTENCES:
        return False
    return any(ctx.voice_of(s.index).voice == "reporter" and _OWN_OPED.search(_QUOTED.sub(" ", s.text))
               for s in doc.sentences)


def _standfirst(doc: Document, ctx: Context) -> bool:
    """True when an opening sentence of the writer's has a journalist look at, examine or ask why."""
    return any(ctx.voice_of(s.index).voice == "reporter" and not _QUOTE.search(s.text) and _STANDFIRST.search(s.text)
               for s in doc.sentences[:STANDFIRST_SENTENCES])


def _kind_label(doc: Document) -> Named | None:
    """The kind a headline or first-line label names ("Case study: ..." an explainer, "Q&A: ..." questions and
    answers), or None."""
    first = next((s.text.strip() for s in doc.sentences[:1]), "")
    for line in (doc.article.source.title or "", first):
        match = _KIND_LABEL.match(line.strip())
        if match:
            return "qa" if "&" in match.group(0) else "explainer"
    return None


def strings_stories(doc: Document) -> bool:
    """True when a story's byline and credit open a sentence past the page's first paragraph and its opening
    STANDFIRST_SENTENCES sentences: the page strings several stories (see the module docstring)."""
    first = doc.sentences[0].paragraph if doc.sentences else 0
    return any(s.paragraph != first and s.index >= STANDFIRST_SENTENCES and _STORY_BYLINE.search(s.text)
               for s in doc.sentences)


def names_itself(doc: Document, ctx: Context) -> Named | None:
    """The genre a page's own words give it (see the module docstring), or None."""
    if live_page(doc, ctx):
        return "live"
    if (label := _kind_label(doc)) is not None:
        return label
    if _readers_questions(doc, ctx):
        return "qa"
    if readers_framing(doc) is not None or readers_call_out(doc) is not None:
        return "roundup"  # "Readers have been telling us of ... Here are some of their stories." (genre_readers)
    if _own_oped(doc, ctx):
        return "opinion"
    if _standfirst(doc, ctx):
        return "analysis"
    return "roundup" if strings_stories(doc) else None
