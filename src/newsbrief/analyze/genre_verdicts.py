"""Genre signals of session 22 (reader Audit 35, docs/audit.md 36): argued pieces without a "comment" label.

- A business analysis or comment column gives verdicts in the writer's own voice: "the figure does not look
  unreasonable", "this is disingenuous", "the criticism is also fair", "it looks increasingly hard for her to
  survive". A news report leaves such verdicts to its sources (Audit 35 #1 and #5, both read as news).
- An analysis of where a story is heading quotes many experts on one question, has the writer frame their views
  ("analysts blame ...", "some fear ...", "not everyone is pessimistic") and dates no event of the day in its
  opening (Audit 35 #7, read as news).
- A page of excerpts from several writers' op-eds, announced as such ("Here are links to the writers' op-eds and
  excerpts"), is a round-up of comments, not one writer's opinion (Audit 35 #3).
- A blogger's "I" is about the writing itself ("I won't post the video here", "I'm loath to give them publicity")
  next to a call in the writer's voice ("their cruelty needs to be exposed"): an opinion post, not a witness
  feature, whose "I" saw or went somewhere (Audit 35 #10).
"""

from __future__ import annotations

import re

from newsbrief.models import Document, Sentence

# The writer's verdict on a claim, a figure or a person's conduct, standing at the end of its clause (so "a free and
# fair election" and "fair to say" do not count) or as a negated "does not look unreasonable".
_VERDICT = re.compile(
    r"\b(?:is|are|was|were|seems?|looks?|sounds?)\s+(?:also |entirely |perfectly |quite |rather |simply |hardly |"
    r"frankly |not )?(?:fair|unfair|disingenuous|irrelevant|unreasonable|unconvincing|implausible|overblown|naive|"
    r"misplaced|overdone|self-serving)(?=\s*(?:[.;:,!]|--|—|$|\bbut\b))"
    r"|\b(?:does|do|did)(?:n't| not) (?:look|seem|sound|appear) (?:\w+ )?(?:unreasonable|far-fetched|excessive|"
    r"outlandish|implausible|extravagant)\b"
    # "it looks increasingly hard for Kross to survive" (a forecast of the writer's), "it is hard to quibble with ..."
    r"|\b(?:looks?|seems?) (?:increasingly |very |all too |ever more )?(?:hard|difficult) for (?:\w+ ){1,2}to\b"
    r"|\b(?:looks?|seems?|is|becomes?) (?:increasingly |very |all too |ever more )?(?:hard|difficult) "
    r"to (?:see how|see why|imagine|quibble|argue with|believe|justify)\b"
    r"|^(?:The thing is|Tellingly|In fairness|To be fair)\b", re.I)
# Two verdicts at least: one may be a sharp phrase in a report; two make the writer a judge. Tuned on Audit 35 #1
# (three) and #5 (three) against the first 60 Newsroom and XSum rows (session 22 diff).
MIN_VERDICTS = 2


# A verdict is a source's when its sentence reports speech or quotes ("The leader said the result was fair"). A
# rebuttal after "but" ("X says nothing has changed, but this is disingenuous") may well be the writer's, but a
# reported "but" clause is as often the source's, so such sentences count only when the writer's own.
_SAYING = re.compile(r"\b(?:said|says|say|told|tells|added|adds|argued|argues|insisted|insists|claimed|claims|"
                     r"according to|believes?|thinks?|called|calls|described|describes|ruled|rules|found|finds)\b|"
                     r"[\"“”]|(?:^|\s)[‘']|(?<!s)[’'](?:\s|$)")  # "lawmakers' figure" is no quote


def writer_verdicts(doc: Document, own: list[Sentence]) -> int:
    """How many sentences give a verdict of the writer's (see _VERDICT): those of ``own`` (the writer's own
    sentences), and others that report no speech and quote nobody (the attribution stage may give "If the first
    estimate was right, the lawmakers' figure does not look unreasonable" to the lawmakers)."""
    mine = {s.index for s in own}
    return sum(1 for s in doc.sentences if _VERDICT.search(s.text.replace("\u2019", "'"))
               and (s.index in mine or not _SAYING.search(s.text)))


def gives_verdicts(doc: Document, own: list[Sentence]) -> bool:
    """True when MIN_VERDICTS sentences give the writer's verdicts (see writer_verdicts): an analysis or comment,
    not a report."""
    return writer_verdicts(doc, own) >= MIN_VERDICTS


# The writer framing experts' views on one question: "analysts blame ...", "some fear ...", "not everyone is
# pessimistic", "the question is when".
_FRAMES_VIEWS = re.compile(
    r"\b(?:analysts|experts|observers|specialists|commentators)\s+(?:\w+ )?(?:blame|fear|doubt|disagree|are divided|"
    r"differ|question|see|believe|argue)\b|\bsome (?:\w+ )?fear\b|\bnot everyone (?:is|agrees|shares)\b|"
    r"\b(?:pessimis|optimis)\w*\b|\bthe question is\b|\bothers disagree\b", re.I)
# An expert introduced by role: a source the writer consults for a view, not a party to an event.
_EXPERT = re.compile(r"\b(?:analyst|political scientist|economist|professor|historian|scholar|strategist|"
                     r"research(?:er)? fellow|senior fellow|expert on|specialist)\b|\bdirector of the (?:Center|Centre|"
                     r"Institute)\b|\bauthor of\b")
MIN_EXPERTS = 3  # a report quotes one or two experts on its event; an analysis of a question canvasses several
MIN_FRAMED = 2


def canvasses_experts(doc: Document, own: list[Sentence], dates_event: bool) -> bool:
    """True when the writer frames experts' views (MIN_FRAMED sentences of ``own``), MIN_EXPERTS sentences introduce
    an expert by role and the opening dates no event of the day (``dates_event`` False): an analysis."""
    if dates_event or sum(1 for s in own if _FRAMES_VIEWS.search(s.text)) < MIN_FRAMED:
        return False
    return sum(1 for s in doc.sentences if _EXPERT.search(s.text)) >= MIN_EXPERTS


# The announcement of excerpts from several writers' pieces.
_EXCERPTS = re.compile(r"\b(?:links? to|excerpts? (?:from|of)|extracts? from)\b[^.]{0,40}\b(?:op-?eds|columns|"
                       r"commentaries|opinion pieces|editorials)\b|\b(?:op-?eds|columns|commentaries)\b[^.]{0,30}"
                       r"\b(?:brief |short )?(?:excerpts|extracts)\b", re.I)
_COMMENTATORS = re.compile(r"\b(?:commentators|columnists|pundits|op-?ed writers|writers|opinion section)\b", re.I)
EXCERPT_REACH = 8  # the headline, standfirst and opening paragraphs announce what the page is


def excerpts_opeds(doc: Document) -> bool:
    """True when the opening announces excerpts from several writers' op-eds and names commentators elsewhere in it
    too (two sentences at least): a round-up of comments."""
    opening = [s.text for s in doc.sentences[:EXCERPT_REACH]] + [doc.article.source.title or ""]
    if not any(_EXCERPTS.search(text) for text in opening):
        return False
    return sum(1 for text in opening if _COMMENTATORS.search(text)) >= 2


# A blogger's "I" about the writing itself: declining to show, post or give publicity.
_BLOGGER_I = re.compile(r"\bI(?:'m| am)? (?:won't|will not|refuse to|(?:am |'m )?loath\w* to|don't want to|"
                        r"do not want to|can't bring myself to)\b|\bI (?:won't|will not) (?:post|link|share|show|"
                        r"embed|repeat|print)\b")
# A call in the writer's voice that something be done to the wrongdoers or their deeds.
_CALL = re.compile(r"\b(?:needs?|has|have) to be (?:exposed|condemned|stopped|confronted|called out|named|defeated|"
                   r"punished|said)\b")
MIN_BLOG_SIGNALS = 2


def blogs_a_view(own: list[Sentence]) -> bool:
    """True when MIN_BLOG_SIGNALS of the writer's sentences are a blogger's "I" about the writing or a call (see
    _BLOGGER_I, _CALL), one "I" at least: an opinion post."""
    texts = [s.text.replace("\u2019", "'") for s in own]
    mine = sum(1 for t in texts if _BLOGGER_I.search(t))
    return mine >= 1 and mine + sum(1 for t in texts if _CALL.search(t)) >= MIN_BLOG_SIGNALS


# An analysis of a question of no one day: its opening frames the question ("And that has diplomats asking whether
# the unrest might give militants an opening", "the question is whether ... could") and the writer comes back to it
# in words of their own, asking what comes next or hedging a reading ("That may be wishful thinking.", "Maybe that is
# changing."). Audit 36 #7 (CNN, "could Libya's unrest open the door to al Qaeda?") read as news: its views came
# from one expert and al Qaeda's statements, so canvasses_experts missed it. A report that has investigators "asking
# whether" dates its event in the opening (reads_ahead's ``dated``) and leaves the hedging to its sources.
_FRAMED_QUESTION = re.compile(
    r"\b(?:ask(?:s|ing|ed)?|wonder(?:s|ing|ed)?|question(?:s|ing|ed)?|the question (?:is|of)|debat(?:e|es|ing))\s+"
    r"(?:of )?(?:whether|if)\b[^.?;]*\b(?:might|could|would|will|may|can)\b", re.I)
_COMES_BACK = re.compile(r"\?\s*$|\b(?:may|might|could) (?:well )?(?:be|prove|turn out)\b|^(?:But |And |So )?"
                         r"(?:Maybe|Perhaps)\b|\bnothing if not\b", re.I)
FRAME_REACH = 8  # the headline's summary lines, the standfirst and the first paragraphs
MIN_COMES_BACK = 2  # the audited piece came back three times; one hedge may be a report's aside


def frames_a_question(doc: Document, own: list[Sentence], dates_event: bool) -> bool:
    """True when the opening frames a question of what may happen (see _FRAMED_QUESTION; a sentence outside quotation
    marks, whoever the attribution stage gives it to), the writer comes back to it MIN_COMES_BACK times in sentences
    of their own that report no speech, and the opening dates no event (``dates_event`` False): an analysis."""
    if dates_event or not any(_FRAMED_QUESTION.search(s.text) and not _SAYING.search(s.text)
                              for s in doc.sentences[:FRAME_REACH]):
        return False
    return sum(1 for s in own if _COMES_BACK.search(s.text) and not _SAYING.search(s.text)) >= MIN_COMES_BACK
