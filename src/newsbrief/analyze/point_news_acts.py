"""A report's news act after a scene-setting lede, and padding lines a reader deletes (reader Audit 42, issue #11).

- **The news act.** A report of an interview may open on the state of things ("Like most Arab leaders, X is still
  grappling with how best to respond to ...") and tell its news in the next line, turned against that state ("But he
  is now the first Arab leader to openly say ..."). The lede sets the scene; the turn states the act that makes the
  story: a first, a call, a statement by the lede's subject (Audit 42 #7: the set-up led and the news was in no key
  point). A lede that tells an act itself ("X called on Tuesday for ...") or a turn that only doubts ("But hopes are
  fading") keeps the lede first.
- **A dated act after a background lede.** A report may open on a trend over a span ("Obesity has more than doubled
  over the last two decades") and tell the act in a following line with its date ("According to reports, beginning
  January 1, X will no longer serve ..."). The act with its date is the news; the trend is background (Audit 48 #8:
  the statistic was KP2 and the decision KP3). A lede that carries a date of its own keeps its place.
- **An act named in passing.** "Announcing the criminal investigations, Mr Holder said: ..." takes the act as known:
  a report tells it in its lede and the participle only recalls it. When no sentence before names the act's object
  ("investigations") and the first sentence leans on a lost one ("He would not say which companies ..."), the
  report's lede is lost (a truncated page, a caption cut), and this sentence is the only one that carries the news
  (Audit 51 #5: a criminal inquiry into an oil spill was in no key point; BP's cap attempt, a second thread, led). A
  whole lede keeps its place: "Announcing the results, ..." after "X posted record profits" names the lede's act.
- **Padding.** Lines a reader deletes as a 3rd or 4th point (Audit 42, 43.4 pattern 9): a venue's spectator seat
  ("has provided a ring-side seat as this drama played out"), the writer restating himself ("as I have said"), an
  aside on who is not there ("Sadly this time there's no Bono ..."), and a feed "reporting that skepticism" told
  the line before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsbrief.models import Document, Sentence

__all__ = ["background_factors", "news_act", "padding_line"]

# The lede's continuing state: "is still grappling with how best to respond", "continues to weigh how to".
_STATE = re.compile(r"\b(?:still|continues? to|continued to)\s+(?:\w+\s+){0,2}?(?:grappl|struggl|weigh|wrestl|debat|"
                    r"decid|ponder|consider|work(?:ing)? out|figur|search(?:ing)? for a way|look(?:ing)? for a way)"
                    r"\w*\b[^.?!]*\b(?:how|whether|what)\b", re.I)
# The turn that states the act: opens on "But"/"Now"/"Yet" and tells a first ("the first Arab leader to say").
_ACT = re.compile(r"^(?:but|yet|now)\b[^.?!]{0,60}?\b(?:is|was|has become|became|has now become)\s+(?:now\s+)?"
                  r"(?:the|a)\s+first\b[^.?!]{0,60}?\bto\s+\w+", re.I)
LEDE_REACH = 2  # the turn stands among the two sentences after the lede
_QUOTE_OPENING = "\"“'‘"


_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# A calendar date: "January 1, 2015", "1 January", "1/1/15".
_DATE = re.compile(rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b|"
                   r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")
# A trend over a span, told as background: "over the last two decades", "in recent years", "since the 1990s".
_SPAN = re.compile(r"\b(?:over|in|during) the (?:last|past) (?:[\w-]+ ){0,2}(?:years?|decades?|generations?)\b|"
                   r"\bin recent (?:years|decades)\b|\bsince (?:the )?(?:1[89]|20)\d\d'?s?\b|"
                   r"\bfor (?:decades|generations)\b", re.I)
# The act: a decision, a plan, an announcement, a ruling (future or done).
_DATED_ACT = re.compile(r"\b(?:will|(?:is|are) to|plans? to|(?:has|have) decided|decided|announced|launch(?:ed|es)|"
                        r"ruled|approved|banned|voted|signed|introduc(?:ed|es))\b", re.I)
ACT_REACH = 3  # the dated act stands among the three sentences after the lede
BACKGROUND_FACTOR = 0.3  # the trend lede falls below the act's following lines once the act leads


def _dated_act(doc: Document) -> Sentence | None:
    """The act with its date after a background lede (see the module docstring), else None."""
    if not doc.sentences:
        return None
    lede = doc.sentences[0].text
    if not _SPAN.search(lede) or _DATE.search(lede) or lede.lstrip()[:1] in _QUOTE_OPENING:
        return None
    for sentence in doc.sentences[1 : 1 + ACT_REACH]:
        text = sentence.text.strip()
        if text[:1] not in _QUOTE_OPENING and not text.endswith("?") and _DATE.search(text) \
                and _DATED_ACT.search(text):
            return sentence
    return None


# Verbs of a public act whose participle opens a sentence ("Announcing the measures, ...", "Unveiling the plan, ...").
_PUBLIC_ACTS = frozenset("announce unveil launch confirm introduce open order publish present".split())
RECALLED_REACH = 8  # the lede's paragraphs: further down an act named in passing is a detail of the story


# A first sentence opening on a pronoun stands for a sentence the page lost.
_LOST_LEDE = re.compile(r"^(?:He|She|They|His|Her|Their|These|Those)\b")


def _recalled_act(doc: Document) -> Sentence | None:
    """The sentence whose opening participle names a public act no earlier sentence tells, after a lost lede (see
    the module docstring), else None."""
    if not doc.sentences or not _LOST_LEDE.match(doc.sentences[0].text.strip()):
        return None
    for sentence in doc.sentences[1:RECALLED_REACH]:
        tokens = doc.sentence_tokens(sentence)
        verb = tokens[0] if tokens else None
        if verb is None or verb.tag != "VBG" or verb.lemma.lower() not in _PUBLIC_ACTS or verb.dep != "advcl":
            continue
        objects = {t.lemma.lower() for t in tokens if t.head == verb.i and t.dep == "dobj" and t.pos == "NOUN"}
        told = {t.lemma.lower() for s in doc.sentences[: sentence.index] for t in doc.sentence_tokens(s)}
        if objects and not objects & told:
            return sentence
    return None


def news_act(doc: Document) -> Sentence | None:
    """The turn stating the news act when the lede only sets the scene, the dated act after a background lede, or
    an act the report names only in passing (see the module docstring), else None."""
    if doc.sentences and _STATE.search(doc.sentences[0].text):
        return next((s for s in doc.sentences[1 : 1 + LEDE_REACH] if _ACT.match(s.text.strip())), None)
    return _dated_act(doc) or _recalled_act(doc)


def background_factors(doc: Document) -> list[float]:
    """Per sentence, BACKGROUND_FACTOR for a background lede before a dated act (see the module docstring), else 1."""
    factors = [1.0] * len(doc.sentences)
    if _dated_act(doc) is not None:
        factors[0] = BACKGROUND_FACTOR
    return factors


# A venue's spectator seat on events: "has provided a ring-side seat as this drama played out".
_SEAT = re.compile(r"\b(?:ring-?side|front-?row|grandstand|box|balcony)\s+(?:seat|view)\b[^.?!]*\b(?:as|while|when)\b"
                   r"[^.?!]*\b(?:played|unfolded|played out|took place)\b", re.I)
# The writer restating himself: "as I have said", "as I noted earlier".
_RESTATED = re.compile(r"\bas I(?:'ve| have| had)?\s+(?:already\s+)?(?:said|noted|written|argued|mentioned|pointed "
                       r"out)\b", re.I)
# An aside on who is not there this time: "Sadly this time there's no Bono ...".
_ABSENT = re.compile(r"^(?:(?:sadly|alas|unfortunately)\s*,?\s+)?this time,?\s+there(?:'s|’s| is| are| was| were)\s+"
                     r"no\b|^(?:sadly|alas)\s*,?\s+there(?:'s|’s| is| are)\s+no\b", re.I)
# A feed or report passing on what the line before told: "was reporting that skepticism", "echoing that caution".
_RELAYED = re.compile(r"\b(?:reporting|repeating|echoing|relaying|sharing|voicing|reflecting)\s+(?:that|this|the "
                      r"same)\s+[a-z]+\s*[.!]?\s*$", re.I)
RELAYED_MAX_WORDS = 14  # a short line: a longer one tells more than what it relays


def padding_line(sentence: Sentence) -> bool:
    """True for a scene-setter, a restated aside or a relay line outside quotation marks (see the module docstring):
    a last resort as a key point, never the lead."""
    text = sentence.text.strip()
    if text[:1] in _QUOTE_OPENING:
        return False  # a speaker's words: their "as I have said" is their own
    return bool(_SEAT.search(text) or _RESTATED.search(text) or _ABSENT.search(text)
                or (_RELAYED.search(text) and len(text.split()) <= RELAYED_MAX_WORDS))
