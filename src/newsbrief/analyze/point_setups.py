"""Set-ups that hold back a piece's point, and the point they hold back (reader Audit 41, issue #11).

Three shapes open on set-up rather than on their point, and each marks its point in a way a reader sees:

- **The explainer's question.** "So is it time for X, to ...?" stands in the opening in the writer's own voice;
  a line or two of scenery follows, then the answer: "'It would be a reckless thing to do,' says Professor Y",
  "Only if you change ...", "No, say doctors". The answer is the point and is shown with its question, since
  "It would be ..." alone leans on it (Audit 41 #2: the hook, the scenery and the question were the key points).
- **The reveal.** A gossip or web item builds a mystery ("little has been known about the woman behind the
  hands", "her face is never shown") and then teases its reveal ("a recent report reveals the true identity of
  ...") before telling it in the next sentence ("A former ... is behind the videos"). The sentence after the teaser
  is the news; the teaser and the mystery set-up are no key points (Audit 41 #12).
- **The interview's alias.** An interview's intro line saying what the interviewee is to be called ("has asked
  that we call her Nastaran") names the answerer, but only as a set-up; the lede's "X has warned that ..." is the
  news (Audit 41 #6). See point_answers._intro.

A straight report keeps its lede: a report's quoted question is no writer's question, and a report's "Police
have not revealed the identity ..." has no teaser ("reveals the true identity of ...") after it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context
    from newsbrief.models import Document, Sentence


_UNTOLD = ("news", "live", "qa", "roundup", "review")  # a report leads with its news; a page of turns its own
OPENING_PARAGRAPHS = 3  # the explainer's question stands among its first paragraphs
ANSWER_REACH = 4  # sentences after the question searched for its answer (two of scenery, as in Audit 41 #2)

# The first words of an answer, inside its quotation mark or not: "Yes", "No", "Not yet", "Only if ...",
# "Probably not", "It would be ...", "That depends ...", "The short answer is ...".
_ANSWER = re.compile(
    r"^[\"“‘']?(?:(?:yes|no|not|only|probably|unlikely|hardly|perhaps not)\b|"
    r"(?:it|that|this)(?:\s+(?:would|will|could|might|may|is|isn't|is not|depends|won't|can't|cannot)\b|'s\b|’s\b)|"
    r"the (?:short |simple |quick )?answer\b)", re.I)


def _asks(sentence: Sentence) -> bool:
    """A question in the writer's own words: ends in "?" and opens with no quotation mark."""
    text = sentence.text.strip()
    return text.endswith("?") and text[:1] not in "\"“‘'"


def _alone(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence is the whole of its paragraph."""
    return sum(1 for s in doc.sentences if s.paragraph == sentence.paragraph) == 1


def question_answer(doc: Document, ctx: Context) -> tuple[Sentence, Sentence] | None:
    """The explainer's opening question and the answer after it (see the module docstring), or None.

    The first question is the writer's (not a quotation), among the first OPENING_PARAGRAPHS paragraphs and not the
    first sentence (a headline-like opening question is left to the genre rules, unless flatly answered at once:
    _answered_at_once); its answer is the first sentence
    within ANSWER_REACH after it that opens as an answer does (_ANSWER). The question stands as its own paragraph
    (not a rhetorical "What could be greener? It is an appealing picture."). A live page or Q&A has its own turns.
    In a piece read as news the answer is its second point, after the lede (analyze_summary).
    """
    if ctx.genre in _UNTOLD[1:] or not doc.sentences:
        return None
    if (opening := _answered_at_once(doc, ctx)) is not None:
        return opening
    first = doc.sentences[0].paragraph
    for question in doc.sentences[1:]:
        if question.paragraph - first >= OPENING_PARAGRAPHS:
            return None
        if not _asks(question) or ctx.voice_of(question.index).voice != "reporter":
            continue
        if not _alone(doc, question):
            return None  # a question asked in passing ("What could be greener? It is an appealing picture.")
        for answer in doc.sentences[question.index + 1 : question.index + 1 + ANSWER_REACH]:
            if _asks(answer):
                break  # a second question: the opening asks on, and what answers which is unclear
            if _ANSWER.match(answer.text.strip()):
                return question, answer
        return None  # the first writer's question is the piece's question; no answer near it
    return None


# A flat answer: "No, he isn't, but ...", "Yes.", "Not yet." The word stands alone before its comma or stop: "No one
# knows." and "Not only that, ..." answer nothing (the lead's code review of session 34).
_FLAT_ANSWER = re.compile(r"^[\"“‘']?(?:yes|no|not yet|not really)\b(?=\s*[,.!])", re.I)


def _answered_at_once(doc: Document, ctx: Context) -> tuple[Sentence, Sentence] | None:
    """An opening question the next sentence of its paragraph answers flatly ("Is Macaulay Culkin dead? No, he isn't,
    but the Internet would like everyone to believe he's dead yet again.", FNC-1 body 2341, Audit 51 #11): the answer
    is the point and is shown with its question ("No, he isn't" alone names nobody). A headline-like question with no
    flat answer after it is left to the genre rules."""
    if len(doc.sentences) < 2:
        return None
    question, answer = doc.sentences[0], doc.sentences[1]
    if not _asks(question) or ctx.voice_of(question.index).voice != "reporter" \
            or answer.paragraph != question.paragraph or not _FLAT_ANSWER.match(answer.text.strip()):
        return None
    return question, answer


# A reveal teased and not yet told: "reveals the true identity of", "has uncovered who is behind".
_TEASER = re.compile(
    r"\b(?:reveal|uncover|unmask|disclose|expose)(?:s|ed|es)?\s+(?:the\s+)?(?:true\s+|real\s+|secret\s+)?"
    r"(?:identity|identities|name|face|truth|secret|who\b|what\b)", re.I)
# A mystery set up for the reveal: "little has been known about", "her face is never shown", "remains a mystery".
_MYSTERY = re.compile(
    r"\b(?:little|nothing|almost nothing|not much|very little)\s+(?:has been|had been|was|is)\s+known\b|"
    r"\bnever\s+(?:been\s+)?(?:shown|seen|revealed|named|identified)\b|"
    r"\bremain(?:s|ed)?\s+(?:a\s+)?(?:mystery|secret|anonymous|unknown)\b|\bno one knows\b", re.I)
REVEAL_REACH = 2  # sentences after the teaser searched for the reveal itself
MYSTERY_FACTOR = 0.2  # a mystery's set-up falls below the item's later sentences once the reveal is told


# "Police have not revealed the identity ...", "declined to reveal": nothing is teased, the report tells a gap.
_WITHHELD = re.compile(r"(?:\bnot|n't|n’t|\bnever|\brefus\w+|\bdeclin\w+|\byet)\s+(?:\w+\s+){0,2}$", re.I)


# An idea announced and not told: "And there's one atom bomb of a theory being mentioned by Korea watchers that's
# quickly gaining currency." (Audit 52 #8, KP3; the theory is the next sentence). An existential "there is" with "one",
# "a" or "another" before a shell noun, a noun whose content another clause gives (theory, question, twist, ...),
# that ends the sentence or takes only a clause about how it spreads ("being mentioned", "that's gaining currency",
# "doing the rounds"): "a theory that Kim is ill", "a problem with the engine" and "another possibility: ..." tell it.
_SHELL = re.compile(
    r"^(?:(?:and|but|so|now)\s+)?there(?:'s|’s|\s+is|\s+was)\s+(?:one|a|an|another)\b[^.:;]{0,40}?\b"
    r"(?:theory|theories|question|possibility|explanation|twist|catch|problem|idea|rumou?r|scenario|suggestion)\b"
    r"(?=\s*(?:[.!]|$|being\b|that(?:'s|’s|\s+is)\b|which\b|going\b|doing\b|circulating\b|gaining\b|making\b))", re.I)


def announced_idea(sentence: Sentence) -> bool:
    """True for a sentence that announces an idea without telling it (see _SHELL): a set-up, no point. Unlike a
    teaser's reveal, what it announces need not be the piece's point ("There's a catch.")."""
    return bool(_SHELL.search(sentence.text.strip()))


def teaser(sentence: Sentence) -> bool:
    """True for a sentence that announces a reveal without telling it (see _TEASER): a set-up, no point."""
    found = _TEASER.search(sentence.text)
    return found is not None and not _WITHHELD.search(sentence.text[: found.start()]) \
        and not _TOLD.search(sentence.text[found.end() :])


# A reveal told in the same sentence: "revealed the identity of the man as John Smith", "... is Jane Roe".
_TOLD = re.compile(r"\b(?:as|is|was)\s+(?:[A-Z][a-z]+\s+){1,3}")


def revealed(doc: Document) -> Sentence | None:
    """The sentence telling what a teaser announced (the first statement within REVEAL_REACH after it), or None."""
    for sentence in doc.sentences:
        if not teaser(sentence):
            continue
        after = doc.sentences[sentence.index + 1 : sentence.index + 1 + REVEAL_REACH]
        return next((s for s in after if not _asks(s) and s.text[:1] not in "\"“‘'"), None)
    return None


def setup_factors(doc: Document, ctx: Context) -> list[float]:
    """Per sentence, MYSTERY_FACTOR for a mystery set-up (_MYSTERY) or a teaser before a reveal the item tells, for
    the scenery before a pivot to the subject (_PIVOT), and for an explainer's question and the scenery between it
    and its answer (shown with the answer); else 1."""
    factors = [1.0] * len(doc.sentences)
    reveal = revealed(doc)
    for sentence in doc.sentences[: reveal.index if reveal is not None else 0]:
        if _MYSTERY.search(sentence.text) or teaser(sentence):
            factors[sentence.index] = MYSTERY_FACTOR
    pivot = _pivot(doc, ctx)
    for index in range(1, pivot.index + 1) if pivot is not None else ():
        factors[index] = MYSTERY_FACTOR  # the scenery before the pivot and the pivot, the opening sentence kept
    asked = question_answer(doc, ctx)
    for index in range(asked[0].index, asked[1].index) if asked is not None else ():
        factors[index] = MYSTERY_FACTOR
    return factors


# A pivot from the scene to the subject: "The main topic on the agenda was the crisis in Syria." What comes
# before it (after the opening sentence) is the event's scenery: police at every crossroads, a curfew, the cost
# of staging it (Audit 40 #5: the security scenery of a summit filled the key points and its point was in none).
# "The real question is whether ..." states a thesis, not a subject: only a topic, an item, business, a subject.
_PIVOT = re.compile(r"^(?:but |and |yet )?the (?:main|chief|central|first|top) (?:topic|item|business|subject)s?"
                    r"\b[^.?!]{0,40}?\b(?:was|were|is|are)\b(?![^.?!]*\b(?:whether|that)\b)", re.I)
PIVOT_SHARE = 0.6  # the pivot stands in the opening 60% of the piece (Audit 40 #5: at 12 of 26)


def pivots(sentence: Sentence) -> bool:
    """True for a sentence that turns from the scene to the piece's subject (see _PIVOT): a set-up."""
    return bool(_PIVOT.match(sentence.text.strip()))


def _pivot(doc: Document, ctx: Context) -> Sentence | None:
    """The first pivot in the first PIVOT_SHARE of a piece that does not lead with its news, else None."""
    if ctx.genre in _UNTOLD:
        return None
    reach = max(1, int(len(doc.sentences) * PIVOT_SHARE))
    return next((s for s in doc.sentences[1 : reach + 1] if pivots(s)), None)


# An interview's line giving the interviewee's alias or anonymity: a set-up, though it names the answerer.
_ALIAS = re.compile(
    r"\b(?:call (?:him|her|them|me)\b|(?:his|her|their|my) real name\b|(?:his|her|their) name (?:has been|was) "
    r"changed\b|not (?:his|her|their) real name\b|asked not to be named\b|on condition of anonymity\b|"
    r"(?:his|her|their) (?:full )?name (?:published|revealed|used)\b)", re.I)


def alias_line(sentence: Sentence) -> bool:
    """True for an interview intro's line that only gives the answerer's alias (see _ALIAS)."""
    return bool(_ALIAS.search(sentence.text))


# An interview's lede reporting what the answerer warns, says or believes: "X has warned that ...".
_TELLS = re.compile(r"\b(?:has|have|had)?\s*(?:warned|said|says|warns|argued|argues|believes|predicted|predicts|"
                    r"told|tells|insisted|insists|claimed|claims)\b[^.]{0,40}\bthat\b", re.I)


def tells_claim(sentence: Sentence) -> bool:
    """True for an interview intro's sentence that reports the answerer's claim (see _TELLS): the news."""
    return bool(_TELLS.search(sentence.text)) and not sentence.text.rstrip().endswith("?")
