"""Whether the writer argues: interpretation, weighed odds and comment adverbs in the writer's own sentences.

An analysis interprets ("the question is", "perhaps", "in other words"); a commentary argues without "I" or
"should" ("Unfortunately, ...", "the odds are", "we will wake up to a new country"). Moved out of
:mod:`newsbrief.analyze.genre` (session 15) so that module stays under 500 lines; the thresholds are as tuned there.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from newsbrief.analyze.genre_assess import delivers_verdict, estimates, judged_lede
from newsbrief.analyze.genre_infer import infers
from newsbrief.analyze.genre_press import HEDGES
from newsbrief.analyze.genre_shapes import analyses_briefly
from newsbrief.analyze.genre_tone import weighs
from newsbrief.analyze.genre_we import READS, reads_closely
from newsbrief.models import Document, Sentence

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

# The writer interpreting rather than reporting: hedges and framings ("the question of whether",
# "the fact of the matter is", "clearly", "perhaps"). A correspondent's analysis has them in over a
# quarter of its own sentences (fifth reader audit: such a piece read as news); no news page of the
# main-point set with at least ANALYSIS_MIN_OWN sentences of its own has more than a tenth.
INTERPRETIVE = re.compile(
    r"\b(perhaps|arguably|clearly|seems?|seemed|appears? to|may well|might well|in other words|which means|"
    r"that means|the question (?:of (?:whether|how|why|what|who|when)|is)|the issue (?:is|of whether|of how|of why)|"
    r"the fact (?:of the matter )?is|"
    # "the issue of risky photos" and "The problem isn't limited to Russia" name a topic (Audit 17's feature), and so
    # does "raises the question of women's rights" (FNC-1 691, a report read as an analysis): only "the question of
    # whether/how ..." poses one
    r"the reason|the upshot|the (?:real )?problem (?:is|was|here|lies)\b|what (?:this|that|it) means|in fact|"
    r"indeed|of course|the irony|"
    r"the (?:bigger|larger|broader) (?:picture|question|point)|"
    r"it is (?:not )?(?:clear|unclear|possible|likely|hard|difficult|easy)|probably|could well|"
    r"remains? to be seen|not least|to be sure|at stake)\b", re.I)
# The writer reasoning through causes (Audit 30 A7, a UN correspondent's why-they-vetoed, read as news at 0.22):
# "In broad terms", "two other reasons why", an opening "First of all," / "Secondly," / "Thirdly," / "Rather,",
# "More likely is that". A report's plan steps open "First," / "Second," and a minister's list is quoted, so neither
# counts; checked on session 19b's near misses and the 120 Newsroom/XSum rows.
REASONS = re.compile(
    r"\bin broad terms\b|\b(?:two|three|four|several|other|a few|a number of)\s+(?:other\s+|more\s+|main\s+)?"
    r"reasons?\s+why\b|^(?:(?:But|And|Yet)\s+)?(?:first of all|secondly|thirdly|rather),|"
    r"\b(?:more likely|likelier|the likeliest)\s+(?:still\s+)?is\s+that\b", re.I)
ANALYSIS_SHARE = 0.25
ANALYSIS_MIN_OWN = 12
# An argument made without "I" or "should" (reader Audit 7: a "Special to" column, an expert's signed
# analysis and a commentary all read as news): the writer speaks for "we" of what is to come ("we will
# wake up to a new country", "the bloodshed we are likely to witness"; not a reviewer's "we found"), weighs odds
# ("most likely", "it is worth remembering", "the odds are", "a testament to") or comments on the
# facts with a sentence adverb ("Unfortunately, ...", "Of course, ..."). On the main-point set no news
# page with ANALYSIS_MIN_OWN sentences of its own has a fifth of them arguing so (its news pages
# stay under 0.13; the Audit 7 column and analysis have 0.38 and 0.22).
ARGUING = re.compile(
    r"\b(?:unfortunately|fortunately|sadly|ironically|remarkably|tellingly|of course|it is worth|it's worth|"
    r"well known|the odds|speaks? volumes|a testament to|make no mistake|little choice but|"
    r"(?:is|are|most|more|very) likely|likely to|might seem|may seem|whoever they)\b", re.I)
_WRITERS_WE = re.compile(r"\b[Ww]e(?:'ll)? (?:will|would|may|might|could|must|cannot|can't|shall|are (?:likely|bound|"
                         r"about)|have (?:not )?yet|(?:may|might|will) never)\b")
ARGUMENT_SHARE = 0.2
# A writer's comment on the facts opens a sentence: "Unfortunately, with that one airdrop, ...". Two such
# sentences in the writer's voice mark the commentary of Audit 7; no news page of the main-point set
# has two.
_COMMENT_ADVERB = re.compile(
    r"^(?:(?:But|And|Yet|So),?\s*)?(?:unfortunately|fortunately|sadly|ironically|remarkably|of course|mercifully|"
    r"predictably|tellingly|curiously|oddly|surely|alas|regrettably|thankfully|admittedly)\b", re.I)
MIN_COMMENT_ADVERBS = 2
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|my|me)\b")
# ... and one in ten of the writer's sentences at least: a long product review has a practical
# "Fortunately, the adapter fits" or two among 160 sentences (the main-point set's one review that did).
COMMENT_ADVERB_RATE = 0.1


def source_answers(ctx: Context, question: Sentence) -> bool:
    """True when someone else answers the writer's question ("So why do people risk it? It may come down to
    bravado, thinks one photographer"): a feature's device, not the writer's argument (reader Audit 17)."""
    return ctx.voice_of(question.index + 1).voice != "reporter" if question.index + 1 < len(ctx.centrality) \
        else False


def _argued(ctx: Context, s: Sentence, questions: bool) -> bool:
    """True when the writer's ``s`` weighs odds, speaks for "we" or (``questions``) asks what no source answers."""
    return bool(ARGUING.search(s.text) or _WRITERS_WE.search(s.text)
                or (questions and s.text.rstrip().endswith("?") and not source_answers(ctx, s)))


def argues(doc: Document, ctx: Context, own: list[Sentence], *, questions: bool = True) -> bool:
    """True when the writer argues without "I" or "should" (see ARGUMENT_SHARE, MIN_COMMENT_ADVERBS);
    ``questions``: whether the writer's questions count as argument."""
    if len(own) >= ANALYSIS_MIN_OWN and sum(
            1 for s in own if _argued(ctx, s, questions) or INTERPRETIVE.search(s.text)) / len(own) \
            >= ARGUMENT_SHARE:
        return True
    # A commentary quotes in most paragraphs, so its own sentences are read one by one here.
    writers = [s for s in doc.sentences if ctx.voice_of(s.index).voice == "reporter"]
    return _comments(writers) >= max(MIN_COMMENT_ADVERBS, COMMENT_ADVERB_RATE * len(writers))


def _comments(sentences: list[Sentence]) -> int:
    """How many of ``sentences`` open on a writer's comment adverb ("Unfortunately, ...")."""
    return sum(1 for s in sentences if _COMMENT_ADVERB.search(s.text.lstrip("\"“‘' ")))


def interprets(own: list[Sentence], briefly: bool = True, doc: Document | None = None) -> bool:
    """True when the writer's own sentences interpret as an analysis's do: ANALYSIS_SHARE of them hedge, weigh
    views or options ("One view holds ...", "a further option"; Audit 21), read the facts (genre_we.READS, Audit
    30) or reason through causes (REASONS, session 19b), or, when ``briefly``, a short analysis hedges more of its
    fewer sentences (genre_shapes, Audit 22); a correspondent's byline on ``doc`` lowers the share
    (genre_we.reads_closely)."""
    # HEDGES: a hedged thesis, inferred outcomes (genre_press, Audit 31)
    # and the writer's estimates (genre_assess.ESTIMATES: "The biggest threat is that ...", session 24, Audit 39 #1)
    # and the writer's inferences ("may have been deterred", "a lavish if inconclusive summit"; genre_infer, Audit 40)
    interpreting = sum(1 for s in own if INTERPRETIVE.search(s.text) or weighs(s.text) or READS.search(s.text)
                       or HEDGES.search(s.text) or REASONS.search(s.text) or estimates(s.text)
                       or (doc is not None and infers(doc, s)))
    # an opening judged in the writer's words and judged again further down (genre_assess, Audit 38)
    return (len(own) >= ANALYSIS_MIN_OWN and interpreting / len(own) >= ANALYSIS_SHARE) \
        or (briefly and analyses_briefly(own, INTERPRETIVE)) \
        or (doc is not None and (reads_closely(doc, own, interpreting)
                                 or judged_lede(doc, own, INTERPRETIVE) is not None))


def reading(doc: Document, own: list[Sentence]) -> Literal["analysis", "opinion"]:
    """The genre of a piece that interprets: an analysis, or an opinion piece when it is a post commenting on the
    excerpts it introduces in a judged opening (genre_assess.judged_lede, Audit 38 #12)."""
    return "opinion" if judged_lede(doc, own, INTERPRETIVE) == "opinion" else "analysis"


def only_hedges(doc: Document, ctx: Context, own: list[Sentence]) -> bool:
    """True when the writer "argues" only by hedging: none of the writer's sentences weighs odds, speaks for "we",
    asks or says "I", nor opens on a comment adverb. Hedging without a stance ("It is possible that ...", "It is
    unclear whether ...", "One theory is ...") interprets, as an analysis or explainer does; an opinion needs an
    argued stance (Audit 33 A5: a medical correspondent's explainer of what labs are doing read as an opinion piece).
    A readers' letters page (Audit 31 A3) and a debunk column (Audit 33 B2125) that hedge also ask or say "I", so
    they stay opinion, and so does a post that delivers its own verdict on a decision ("has proven to be a bad deal",
    genre_assess.VERDICTS; session 24, Audit 39 #8)."""
    writers = [s for s in doc.sentences if ctx.voice_of(s.index).voice == "reporter"]
    return not any(_argued(ctx, s, True) or _FIRST_PERSON.search(s.text) or delivers_verdict(s.text) for s in own) \
        and not _comments(writers)


# The writer setting sources' accounts of one event side by side ("Downing Street's account had ...", "The White
# House version contained ...", "The accounts do not conflict, but ...") and asking what matters: an analysis
# (Audit 33 A4, a political correspondent's comparison of two accounts of a phone call, read as news). A report
# gives each side's statement with its verb of saying, and names "conflicting accounts" once at most.
_ACCOUNT = re.compile(
    r"(?:'s|’s|s'|s’) (?:own )?(?:account|version)\b|\b(?:the|both|two|these|those|their|different|differing|"
    r"conflicting|competing|rival) (?:accounts|versions)\b|\bdifferent sources\b|"
    r"\b[A-Z]\w+ (?:account|version) (?:had|contained|said|spoke|gave|put|made|mentioned|stressed)\b")
_WHAT_MATTERS = re.compile(r"\b(?:the (?:real |key |big |central )?question is|what (?:really )?matters|"
                           r"really matters)\b", re.I)
MIN_ACCOUNT_SENTENCES = 2


def compares_accounts(own: list[Sentence]) -> bool:
    """True when MIN_ACCOUNT_SENTENCES of the writer's own sentences compare accounts and one asks what matters."""
    return sum(1 for s in own if _ACCOUNT.search(s.text)) >= MIN_ACCOUNT_SENTENCES \
        and any(_WHAT_MATTERS.search(s.text) for s in own)
