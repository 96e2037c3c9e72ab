"""Genre signals of session 21: a writer's conditional reading of a story, reactions rounded up from embedded
posts, and one person's first-person views printed alone.

- A business or political analysis weighs what may follow rather than reporting an event of the day: its own
  sentences read ahead in conditionals and hedges ("It could have been far worse", "If the charge stands, it
  faces ...", "it may be some time before ...") and its opening dates nothing (reader Audit 33 A7, a Guardian
  analysis of BP after the spill, read as news).
- A story made of embedded posts, each credited "— Name (@handle) date", with the writer's cues between them
  ("Some were filled with praise.", "Others horrified."): a round-up of comments (Audit 30 B2369, read as news).
- One person's views printed alone, every "I" an "I think" and no "I" that saw or went anywhere: an opinion, not a
  witness feature (Newsroom row 11, an interview answer printed without its question, read as a feature).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from newsbrief.analyze.genre_legacy import weighs_legacy
from newsbrief.analyze.genre_press import asks_idly
from newsbrief.analyze.genre_verdicts import blogs_a_view, canvasses_experts, frames_a_question, gives_verdicts
from newsbrief.analyze.genre_voice import rounds_up_reactions
from newsbrief.models import Document, Sentence

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

# The writer's conditional reading: a modal or an "if" clause, "only just", "far worse". Lower-case "may" only (the
# month is capitalised). Sentences with a verb of saying or of others' judgement are the sources' readings.
_READING = re.compile(r"\b(?:could|would|might|may)(?:n't| not)?\b|^(?:But |And |So )?[Ii]f\b|\bonly just\b|"
                      r"\bfar (?:worse|better)\b")
# A bill's or plan's provisions ("The bill would allow ...", "Under the existing law, a state would have to ...") are
# what it says, not the writer's reading (XSum row 47, a report on two Duma bills, read as an analysis).
# A person's hopes and proposals ("one scientist is hoping they could ...", "researchers have proposed a system which
# would ...", "he hasn't ruled out that ...") are the science or business report's subject, not the writer's reading
# (the lead's CNN/DM row 91, a scientist's space-laser plan read as an analysis).
_SOURCED = re.compile(r"\b(?:said|says|say|told|tells|according to|doubted|doubt|expects?|expected|warned|warns|"
                      r"hop(?:es|ing)|hoped|propos(?:es|ed|ing)|suggest(?:s|ed|ing)|ruled out|"
                      r"predicted|predicts|estimated?|believed?|thinks?|reported|claims?|claimed|bills?|laws?|plans?|"
                      r"proposals?|measures?|treaty|treaties|legislation|amendments?|provisions?|rules?)\b|[\"“”]",
                      re.I)
# An event of the day in the opening: a news report dates its lede ("said on Tuesday", "yesterday").
# A weekday heading a full date is the page's dateline ("Monday 6 September 2010 20.27 BST"), not the event's day.
_NEWS_DAY = re.compile(r"\b(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!,? \d{1,2},? [A-Za-z]+,? "
                       r"\d{4})|yesterday|today|tonight|this (?:morning|afternoon|evening)|last night)\b", re.I)
NEWS_DAY_REACH = 3  # the lede and the next two sentences, as genre_shapes dates a news lede


def dates_event(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence dates an event of the day: its day word ("on Tuesday", "yesterday") modifies a verb
    ("technicians told the hearing yesterday"). A day word inside a noun phrase ("The damning testimony yesterday
    ... has put Transocean in the spotlight") names the peg of an analysis, not its news (Audit 48 #5, a business
    analysis read as news)."""
    tokens = doc.sentence_tokens(sentence)
    for match in _NEWS_DAY.finditer(sentence.text):
        day = next((t for t in tokens if t.start >= sentence.start + match.start()), None)
        if day is None:
            return True
        head = doc.tokens[day.head]
        if head.pos == "ADP" and head.head != head.i:  # "on Tuesday": the preposition's head
            head = doc.tokens[head.head]
        if head.pos not in ("NOUN", "PROPN") or head.i == day.i:
            return True
    return False
# Tuned on the session 21 cases, Audit 33 A7 (0.31 of 16 own sentences) and Audit 30 A4 (0.24 of 21) against the
# first 60 Newsroom and XSum rows and the reader set's news pages (session 21 diff: no news page newly an analysis).
READING_SHARE = 0.24
READING_MIN_OWN = 10


def reads_ahead(doc: Document, own: list[Sentence]) -> bool:
    """True when READING_SHARE of the writer's own sentences (at least READING_MIN_OWN) read the story in
    conditionals and hedges and the opening dates no event of the day: an analysis. So does a writer who gives
    verdicts of their own or canvasses experts on a question of no one day (genre_verdicts, session 22), or frames a
    legacy that scholars weigh, even on the day of the news (genre_legacy, Audit 43 #3)."""
    dated = any(dates_event(doc, s) for s in doc.sentences[:NEWS_DAY_REACH])
    if weighs_legacy(doc) or gives_verdicts(doc, own) or canvasses_experts(doc, own, dated) \
            or frames_a_question(doc, own, dated):
        return True
    if len(own) < READING_MIN_OWN or dated:
        return False
    reading = sum(1 for s in own if _READING.search(s.text) and not _SOURCED.search(s.text))
    return reading / len(own) >= READING_SHARE


# An embedded post's credit: "— Name (@handle) October 8, 2014" (a handle cut into its own sentence still shows).
_POST_CREDIT = re.compile(r"\(@\w{1,30}\)\s+(?:[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})")
MIN_POSTS = 3  # a report may quote a post or two; a round-up is built of them


def embeds_posts(doc: Document) -> bool:
    """True when MIN_POSTS embedded posts are credited in the text."""
    return len(_POST_CREDIT.findall(doc.article.text)) >= MIN_POSTS


def idle_stance(doc: Document, ctx: Context, judged: list[Sentence]) -> bool:
    """True when the writer's only stance (``judged``) is a joke or two over users' reactions
    (genre_voice.rounds_up_reactions) or a closing question of a jokey story (genre_press.asks_idly)."""
    return rounds_up_reactions(doc, judged) or asks_idly(doc, ctx, judged)


def idle_genre(doc: Document, own: list[Sentence]) -> Literal["roundup", "analysis"] | None:
    """The genre of a piece whose writer's only stance is idle (see idle_stance): a round-up when users' reactions
    are embedded posts (see embeds_posts), an analysis when the writer reads ahead (see reads_ahead: a promo's
    question glued into a one-paragraph body, Audit 30 A4), else None (news: a report quoting what users said)."""
    if embeds_posts(doc):
        return "roundup"
    return "analysis" if reads_ahead(doc, own) else None


_I = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my)\b")
_OPINES = re.compile(r"\bI (?:think|believe|feel|suspect|fear|doubt|would say|am (?:sure|convinced|afraid))\b|"
                     r"\bI'm (?:sure|convinced|afraid)\b|\bin my (?:view|opinion)\b")
MIN_OPINING = 2  # two "I think"s at least: one is a witness's aside as often as a view


def opines_alone(own: list[Sentence]) -> bool:
    """True when the writer's "I" sentences (MIN_OPINING at least) all give views ("I think", "I believe") and none
    tells what the writer saw or did; or when a blogger's "I" declines to show or publicise something and calls for
    it to be exposed (genre_verdicts.blogs_a_view, session 22)."""
    mine = [s for s in own if _I.search(s.text)]
    return (len(mine) >= MIN_OPINING and all(_OPINES.search(s.text) for s in mine)) or blogs_a_view(own)
