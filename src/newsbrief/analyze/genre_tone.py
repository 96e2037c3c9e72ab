"""Argument without "I" or "should": verdicts, sarcasm and weighed views (reader Audit 21, docs/audit.md 22.4 item 7).

The genre line (:mod:`newsbrief.analyze.genre`) counts the writer's own sentences that judge. Three shapes of
argument escaped it and made argued pieces read as news:

- **A verdict on what may be done** ("This simply cannot be permitted", "is unacceptable") or on why something
  happened ("The spill is no accident"), and the writer speaking for readers in the body ("has shown us"): an
  attack piece on a company with no "I" in it (:func:`judges_plainly`).
- **Sarcasm**: a one-word cheer or shrug standing as a sentence ("Great!", "Of course.") and a flat verdict on
  people's competence ("They are bad at their jobs"): a sports column read as a report (:func:`mocks`).
- **Weighing views and options** ("One view holds ...", "Another argues ...", "a further option", "There are no
  easy options"): a correspondent's analysis; a report gives such views to named sources
  (:func:`weighs`). Such a piece that also dismisses one view ("is a myth") weighs; it is no fact-check
  (:func:`weighs_views`).

A report keeps all of these inside its quotations, which the genre line never counts as the writer's.

**The writer's voice raised (issue #11, the lead's reading of FNC-1 body 1500).** A blog post mocking a TV panel
("Tonight — finally! — ESPN is going to have ...", "the exact flavor of dumb meathead", "They are bad at their jobs",
"You will not hear these words because ...", "What an excellent way for ESPN to lead into ...") read as news: it
has few "should"s, and each of its jeers alone is a report's aside. What makes it commentary is that the writer's
own sentences raise their voice in several ways a report never combines (:func:`raises_voice`): an exclamation mark
outside quotation marks, an exclamative ("What an excellent way ...", "How convenient."), a jeer (genre_press's
snark, :func:`mocks`) and the reader addressed as "you" in more than one sentence. The jeer is required (session
h35): a lifestyle or travel feature exclaims ("What a view it is from the top!") and tells the reader what "you" can
do without mocking anyone, and read as an opinion piece on the other three kinds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from newsbrief.analyze.genre_voice import unquoted
from newsbrief.models import Document, Sentence

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

_PLAIN_VERDICT = re.compile(
    r"\b(?:can(?:not|'t| not)|must not|should not|must never) (?:simply )?(?:be|go) (?:permitted|allowed|"
    r"tolerated|accepted|excused|ignored|unpunished|unchallenged)\b|\b(?:is|are|was|were) (?:simply |quite )?"
    r"(?:unacceptable|inexcusable|indefensible|unforgivable)\b|\b(?:is|are|was|were) no (?:accident|coincidence)\b|"
    r"\b(?:has|have) (?:shown|taught|reminded) us\b", re.I)
# A sentence that is only a cheer or a shrug: the columnist's sarcasm ("Great! ... Five men. Of course.").
_SARCASTIC_SHORT = re.compile(
    r"^(?:(?:oh|well|and),? )?(?:great|wonderful|brilliant|perfect|terrific|fantastic|lovely|super|of course|"
    r"naturally|obviously|sure|shocking|what a surprise|surprise,? surprise|go figure|bravo|congratulations|nice|"
    r"good job|well done|classic)[.!]+$", re.I)
_INCOMPETENT = re.compile(r"\b(?:is|are|was|were|been) (?:\w+ )?(?:bad|terrible|awful|hopeless|useless|lousy|"
                          r"incompetent|clueless) at (?:their|his|her|its|the) (?:jobs?|work)\b", re.I)
# Views weighed against each other in the writer's voice, and options laid out as options.
_WEIGHS = re.compile(
    r"\b(?:one|a|the|another|an opposing|the opposing|the other) (?:view|school of thought|argument|camp) "
    r"(?:holds|is|says|argues|suggests)\b|^(?:an)?other(?:s)? (?:argue|argues|reach|believe|contend|counter)\b|"
    r"\b(?:in|on) (?:this|that) view\b|\b(?:a|another|the|one|a further|a third|the last|the final) "
    r"(?:further |other |second |third |last |final |only |military |diplomatic )?option\b|"
    r"\bno (?:easy|simple|good) (?:options|answers|choices|solutions)\b|\b(?:different|opposite) conclusion\b|"
    r"\bthe (?:risk|danger|trouble|difficulty) (?:is|here is) that\b", re.I)


def judges_plainly(text: str) -> bool:
    """True for a verdict on what may be done or why something happened, or a writer's "has shown us"."""
    return bool(_PLAIN_VERDICT.search(text))


def mocks(text: str) -> bool:
    """True for a sarcastic cheer or shrug standing as a sentence, or a verdict on people's competence."""
    return bool(_SARCASTIC_SHORT.match(text.strip()) or _INCOMPETENT.search(text))


def weighs(text: str) -> bool:
    """True for a sentence weighing one view or option against another in the writer's voice."""
    return bool(_WEIGHS.search(text.strip()))


# Sentences weighing views or options, in the writer's voice, that make a piece an analysis rather than a
# fact-check when it also dismisses one view ("The claim that the regime is about to fall is a myth"): a
# fact-check judges a claim true or false, it does not lay out options. The analysis of
# tests/analyze/test_genre_audit21.py has five; a debunk (its cases, the FNC-1 hoax debunks) has none.
MIN_WEIGHED = 2


def weighs_views(doc: Document, ctx: Context) -> bool:
    """True when the writer weighs views or options in at least MIN_WEIGHED sentences of their own."""
    return sum(1 for s in doc.sentences if ctx.voice_of(s.index).voice == "reporter" and weighs(s.text)) \
        >= MIN_WEIGHED


# A first-person post's point is the writer's verdict on the event ("It was a momentous night; the country's
# present is rapturous, but its future is far from secure"), not the scene around the writing of it: Audit 29's
# blog post (30.3) led with an interviewee's thanks and the writer's "2 am in Hong Kong" scene and lost its point.
# genre.main_point takes it as a thesis wherever it stands (it came after the opening share of paragraphs).
_SUMS_UP = re.compile(
    r"\b(?:it|this|that|today|tonight|yesterday|last night)(?: was|'s| is| has been| will be| had been) "
    r"(?:a|an|one) (?:\w+ )?(?:momentous|historic|extraordinary|remarkable|memorable|astonishing|unforgettable|"
    r"bittersweet|dark|proud|joyous|joyful|terrible|tragic|turbulent|shameful|sad|strange|surreal|defining|"
    r"pivotal) (?:night|day|week|moment|evening|morning|year|occasion|hour|weekend)\b"
    r"|\b(?:is|are|was|were|remains?) (?:still )?far from (?:secure|certain|settled|clear|over|assured)\b", re.I)


def sums_up(text: str) -> bool:
    """True when the writer sums up the event in a verdict on it (see _SUMS_UP)."""
    return bool(_SUMS_UP.search(text))


# A critic's verdict on works and their honours: an intensified judgement ("the vastly superior X", "its truly
# brilliant fifth season"), a deserved or undeserved honour ("a much-deserved nod", "a drama that deserves the
# love"), an apology to the reader for the result ("Sorry about that, America.") and the sarcastic "and yet
# somehow it is nominated". The lead's reading of Newsroom row 5, a TV critic's column on award nominations, had
# none of the moral words of genre_voice._LOADED and read as news. Reports give such words to their sources.
_APPRAISES = re.compile(
    r"\b(?:truly|vastly|hugely|utterly|genuinely|wildly|woefully|criminally|sorely|thoroughly|absolutely|"
    r"achingly|painfully) (?:brilliant|superior|inferior|underrated|overrated|wonderful|terrible|awful|dreadful|"
    r"mediocre|forgettable|gripping|charming|dull|tedious|overlooked|original|great|bad)\b"
    r"|\b(?:much|richly|long)[- ]deserved\b|\bdeserves? (?:the love|better|more (?:than|credit|attention))\b"
    r"|^sorry about that\b|\b(?:and )?yet,? somehow\b", re.I)


def appraises(text: str) -> bool:
    """True when the writer judges a work or its honours as a critic does (see _APPRAISES)."""
    return bool(_APPRAISES.search(text))


def _exclamative(doc: Document, sentence: Sentence) -> bool:
    """True for an exclamative, not a question: "What an excellent way for X to ...", "What a night!" (a verbless
    noun phrase headed by "what a"), "How convenient." ("how" before the adjective the sentence rests on)."""
    text = sentence.text.strip().rstrip("\"”’' )")
    tokens = doc.sentence_tokens(sentence)
    if text.endswith("?") or len(tokens) < 3:
        return False
    first, second = tokens[0], tokens[1]
    word = first.text.lower()
    if word == "what" and second.text.lower() in ("a", "an") and first.dep in ("det", "predet"):
        head = doc.tokens[first.head]
        return head.pos in ("NOUN", "PROPN") and (head.dep == "ROOT" or text.endswith("!"))
    return word == "how" and second.pos == "ADJ" and (second.dep == "ROOT" or text.endswith("!"))


_YOU = re.compile(r"\b(?:you|your|you're|you've|you'd|you'll)\b", re.I)
MIN_ADDRESSED = 2  # one "you" is a report's idiom ("if you ask me" in a caption); an address runs on
# Kinds of raised voice (exclamation mark, exclamative, jeer, "you" addressed; the jeer required) the writer's own
# sentences show: body 1500 shows all four. A news report shows at most one (a consumer report's "you", a sports
# report's "!" in a headline line); checked on a 300-article sample of FNC-1 bodies and T17 articles (session h33).
MIN_VOICE_KINDS = 3


def raises_voice(doc: Document, own: list[Sentence], jeers: Callable[[Sentence], bool]) -> bool:
    """True when the writer's ``own`` sentences (quoted words removed) raise their voice in MIN_VOICE_KINDS ways (see
    the module docstring); ``jeers`` says whether a sentence of the writer's snarks or mocks."""
    if not any(jeers(s) or mocks(unquoted(s.text)) for s in own):
        return False  # a feature's chatty "!", "What a view!" and "you can" mock nobody (see the module docstring)
    kinds = [
        any("!" in unquoted(s.text) for s in own),
        any(_exclamative(doc, s) for s in own),
        sum(1 for s in own if _YOU.search(unquoted(s.text))) >= MIN_ADDRESSED,
    ]
    return 1 + sum(kinds) >= MIN_VOICE_KINDS


__all__ = ["MIN_WEIGHED", "appraises", "judges_plainly", "mocks", "raises_voice", "sums_up", "weighs", "weighs_views"]
