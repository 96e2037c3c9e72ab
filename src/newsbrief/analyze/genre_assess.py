"""Genre signals of session 23, round 2 (reader Audit 38, docs/audit.md 39.2): the writer's own assessments, read
beyond loaded words.

- **The writer's assessment** (:data:`ASSESSES`): a judging comparison ("has never looked bleaker", "is more a mark
  of desperation than a plan"), a reality check ("But in reality, ..."), intensified odds ("extremely unlikely"),
  evidence weighed ("far from proven", "More conclusive, perhaps, ..."), a plain judging pair ("strange allies"),
  what is left open ("What is not clear is whether ...", "not necessarily"), history read ("history may be repeating
  itself"). A report leaves such words to its sources. genre_firsthand's loaded words of grievance ("It's bad enough
  ...") are left out: they open an opinion post, which genre_firsthand.bookended reads (Audit 37 #12).
- **An opening judged, and judged again** (:func:`judged_lede`): the writer's first paragraph assesses (an analysis's
  "X and Y make for strange allies", "The situation has never looked bleaker") and at least one more of the writer's
  own sentences further down assesses or interprets (genre_argues.INTERPRETIVE). A news lede tells the day's event;
  it does not open on the writer's judgement of a situation (Audit 38 #4, #5 and #12, all read as news). A post that
  frames excerpts in its own words ("There have been reports:", "... since:") is the writer's comment on them, an
  opinion piece; the rest weigh and interpret, an analysis.
- **A debunk that opens on its verdict** (:func:`opens_on_debunk`): the writer's first paragraph calls the story a
  hoax ("The news of his arrest is, yet again, a hoax.") in its first OPENING_SENTENCES sentences, and another of
  the writer's sentences calls it false or a satire site's (Audit 38 #11, read as news: nlp/debunk.py found no
  retold story for genre_points.is_debunk).

Session 24 (reader Audit 39, docs/audit.md 40.2) added :data:`ESTIMATES` by families (a ranked danger stated as a
proposition, harm escalated, a hedged forecast, what is still ahead), which genre_argues.interprets counts with the
writer's hedges (#1, an unsigned business analysis read as news; ASSESSES stays with judged_lede: counted there too it
made a critic's column on new shows, Newsroom row 1, an analysis instead of a review), and :data:`VERDICTS`, the
writer's verdict on a decision or a camp, which bookends an argued post (genre_firsthand.bookended) and is a stance,
not a hedge (genre_argues.only_hedges; #8, a slanted blog report read as news).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from newsbrief.models import Document, Sentence
from newsbrief.nlp.debunk import calls_false, debunk_verdict

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

ASSESSES = re.compile(
    # a judging comparison: "has never looked bleaker", "has never been worse", "is more a mark of desperation than"
    r"\bnever (?:looked|seemed|appeared|sounded) (?:so |more )?\w+(?:er|ier)\b|"
    r"\bnever been (?:so |more )?(?:worse|better|bleaker|grimmer|darker|closer|starker|weaker|stronger)\b|"
    r"\b(?:is|was|are|were|seems?|looks?) (?:more|less) (?:an?|the) \w+ (?:of|for) \w+|"
    # a reality check; intensified odds; evidence weighed; what is left open
    r"^(?:(?:but|and|yet|so),? )?in (?:reality|truth)\b|"
    r"\b(?:extremely|highly|deeply|vanishingly|wildly) (?:unlikely|improbable|doubtful|questionable)\b|"
    r"\bfar from (?:proven|clear|certain|conclusive|settled|convincing|obvious|assured)\b|"
    r"\bmore (?:conclusive|telling|revealing|convincing|persuasive|damning),? perhaps\b|"
    r"^(?:(?:but|and|yet),? )?(?:more|less|most) (?:conclusive|telling|revealing|convincing|persuasive|damning|"
    r"striking)\b|"
    r"\bwhat is (?:not|less|far from|still not|by no means) (?:yet )?(?:clear|certain|known)\b|\bnot necessarily\b|"
    r"^whatever the (?:situation|case|truth|outcome|reason|cause)\b|"
    # a plain judging pair; the world's dithering; history read
    r"\b(?:strange|odd|unlikely|uneasy|awkward|curious) (?:allies|bedfellows|partners|companions|alliance|couple)\b|"
    r"\bhand-?wringing\b|\bhistory (?:may be|is|could be|seems to be|might be) repeating itself\b", re.I)
ESTIMATES = re.compile(
    # The writer's estimates, session 24 (Audit 39 #1, an unsigned business analysis read as news), as families: a
    # ranked danger as a proposition ("The biggest threat is that ...", "the gravest danger to X is whether ..."); harm
    # escalated
    # ("heavily tarnished, if not destroyed", "difficult, if not impossible"; "hundreds, if not thousands" counts
    # people, not harm); a fate foreseen ("looks all but doomed"; not "looks certain to pass" nor "presumably", which
    # wire copy uses for plain forecasts: review of session 24); what is still ahead ("the fight
    # ... has only just begun", "is far from over", "the worst is yet to come")
    r"\bthe (?:single )?(?:biggest|greatest|gravest|main|real|chief|most (?:serious|immediate|pressing)) "
    r"(?:threat|danger|risk|worry|fear|challenge|test|obstacle|question)(?: (?:to|for|facing) [^,.;]{1,30})? "
    r"(?:is|was|may be|could be|remains) (?:that|whether|not|now)\b|"
    r"\b\w+(?:ed|en),? if not (?:\w+ly )?\w+(?:ed|en)(?=[,.;]|$)|"
    r"\b(?:difficult|hard|unlikely|costly|slim|remote|bleak|grim|risky),? if not (?:\w+ly )?"
    r"(?:impossible|hopeless|fatal|doomed|nil|untenable|ruinous)\b|"
    r"\b(?:looks?|seems?) (?:all but |almost |increasingly )?(?:inevitable|doomed)\b|"
    r"\b(?:has|have) only just (?:begun|started)\b|\b(?:is|are) (?:still )?far from over\b|"
    r"\bnot (?:yet )?out of the woods\b|\bthe (?:worst|hardest part|real test|real battle|real fight) "
    r"(?:is|may be|is still) (?:yet )?to come\b", re.I)
# A verdict on a decision or on a camp, in the writer's own words: fears or warnings borne out ("American fears may
# be realized"), the doubters vindicated ("vindicates those skeptical of the deal"), a decision proved a mistake ("has
# proven to be a bad deal"). A report leaves such verdicts to its sources; a slanted blog report opens and closes on
# them (session 24, Audit 39 #8; genre_firsthand.bookended). "Fears were realised when the river burst its banks"
# reports an event, so the fears' family counts only with a modal or in a present/perfect verdict, not "were"; and
# "suspicions have been confirmed by DNA tests" or "tests have proved the failure was ..." report findings (review).
VERDICTS = re.compile(
    r"\b(?:fears?|worries|warnings?|suspicions?|doubts|predictions?|misgivings)\b(?: [^,.;]{1,25}?)? "
    r"(?:(?:may|might|could|will) (?:well )?(?:be|have been)|(?:has|have) been|(?:is|are) being) "
    r"(?:\w+ly )?(?:realized|realised|confirmed|borne out|justified|vindicated)\b(?! by\b)|"
    r"\bvindicat(?:es?|ed|ing) (?:those|the (?:critics|sceptics|skeptics|doubters|naysayers|opponents)|critics|"
    r"sceptics|skeptics|doubters|naysayers|opponents)\b|"
    r"\b(?:critics|sceptics|skeptics|doubters|naysayers) (?:were|have been|had been|was) (?:\w+ )?(?:right|correct)\b|"
    r"\b(?:has|have|had) (?:proven|proved)(?: to be)? (?:an? )?(?:(?!the\b)\w+ )?(?:(?:bad|poor|terrible|lousy|losing) "
    r"(?:deal|bargain|bet|trade|move|choice|idea)|mistake|blunder|failure|fiasco|disaster|debacle|folly|misstep)\b",
    re.I)
_QUOTE = re.compile(r"[\"“”]")
# Five of the writer's own sentences at least: a brief item's one judging line is a quip. Audit 38's #12 has seven.
MIN_OWN = 5
# The post's own lead-ins to excerpts ("There have been reports:", "... since:"): two make it a quote-and-comment post.
MIN_LEAD_INS = 2


def assesses(text: str) -> bool:
    """True when the text assesses in the writer's words (see :data:`ASSESSES`)."""
    return bool(ASSESSES.search(text.strip()))


def estimates(text: str) -> bool:
    """True when the text estimates dangers or what is ahead in the writer's words (see :data:`ESTIMATES`)."""
    return bool(ESTIMATES.search(text))


def delivers_verdict(text: str) -> bool:
    """True when the text delivers the writer's verdict on a decision or a camp (see :data:`VERDICTS`)."""
    return bool(VERDICTS.search(text))


def judged_lede(doc: Document, own: list[Sentence], interpretive: re.Pattern[str]) -> Literal["analysis", "opinion"] \
        | None:
    """The genre of a piece whose first paragraph is judged in the writer's own words and whose writer assesses or
    interprets (``interpretive``) again further down (see the module docstring); None otherwise."""
    if len(own) < MIN_OWN or not doc.sentences:
        return None
    first = doc.sentences[0].paragraph
    opening = [s for s in own if s.paragraph == first and not _QUOTE.search(s.text)]
    if not any(assesses(s.text) for s in opening):
        return None
    if not any(s.paragraph != first and (assesses(s.text) or interpretive.search(s.text)) for s in own):
        return None
    lead_ins = sum(1 for s in own if s.text.rstrip().endswith(":"))
    return "opinion" if lead_ins >= MIN_LEAD_INS else "analysis"


OPENING_SENTENCES = 3  # a verdict further into a one-paragraph rant is its column's (Audit 34 #12 stays opinion)
# The story as the verdict's subject: "The news of his arrest is ...", "the rumour was ..." ("another fake news site"
# names no story it judges: Audit 34 #12's rant stays an opinion piece).
_CLAIM = re.compile(r"\b(?:news|story|stories|reports?|rumou?rs?|claims?|tale|article|post|headlines?)\b"
                    r"(?: (?:of|about) [^,.;]{1,40})?,? (?:is|was|are|were)\b", re.I)


def opens_on_debunk(doc: Document, ctx: Context) -> bool:
    """True when the writer's first paragraph calls a story false ("The news of his arrest is a hoax.") and another
    of the writer's sentences calls it false again (see the module docstring)."""
    if not doc.sentences:
        return False
    first = doc.sentences[0].paragraph
    writers = [s for s in doc.sentences if ctx.voice_of(s.index).voice == "reporter"]
    opening = [s for s in writers if s.paragraph == first and s.index < OPENING_SENTENCES
               and not _QUOTE.search(s.text)]
    verdict = next((s for s in opening if _CLAIM.search(s.text) and debunk_verdict(s.text)), None)
    return verdict is not None and any(s.index != verdict.index and calls_false(s.text) for s in writers)


__all__ = ["ASSESSES", "ESTIMATES", "VERDICTS", "assesses", "delivers_verdict", "estimates", "judged_lede",
           "opens_on_debunk"]
