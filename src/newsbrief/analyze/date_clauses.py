"""Dates that sit in a likeness or a condition: the other side of a comparison, or a supposition.

"The tactic is similar to that which the navy used in 1991" and "a similar pattern to the crackdown in
2009" date what the sentence compares with; "If the plant had opened in 2019, ..." dates what did not
happen. The timeline leaves such dates out (reader Audits 15 and 17; a feature read by the lead in
session 13).

A precedent is the same kind of likeness: "A similar case in 2009, when a nun gave birth, drew wide
attention", "The strike recalls a comparable case in 2005" and "The last time this happened, in 2008, the
government fell" date an earlier, comparable case, not the story's event (reader Audit 23 put "2011" for an
earlier nun's case in a timeline). The likeness lies on the noun the date hangs on, or the sentence counts
back to the last time "this" happened. "Police used similar tactics in 2009" still dates the use: the date
hangs on the verb, and a likened noun that is a verb's plain object is the story's own doing.

**A date inside an argument the writer reports in order to weigh it: "When the colonel seized power in 1969 he joined**
three provinces -- hence, the argument goes, no parliament could hold them together."

Reader Audit 37 (A6, docs/audit.md 38.5 "Key dates") found the only Timeline entry of an opinion piece was such a
date: right, but background to a view the writer goes on to qualify, and a reader would delete it. The aside "the
argument goes" (or "the thinking goes", "so the reasoning runs", "the theory goes", "the logic goes") marks the whole
sentence as a premise of somebody's reasoning, not an event the piece reports, so its dates date nothing. A sentence
without the aside keeps its dates ("... and the argument over their borders began" names an argument, no aside).

A regular expression over the sentence's text; no parse walk.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.analyze.date_roles import clause_verb, hangs_on
from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.dates import DateValue

# Words that make what follows them a likeness to the sentence's subject: "The tactic is similar to that
# which NATO used in Kosovo in 1999" compares with 1999, it does not happen then (reader Audit 15).
_LIKENESS = frozenset("similar comparable akin reminiscent analogous identical same like unlike".split())


def dates_a_comparison(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when a past date sits in what the sentence's main clause compares its subject with.

    "The strategy is similar to that which the navy used in 1991": a likeness word ("similar",
    "like", "the same as") hangs on the main verb before the date, and the date's own clause is not
    the main one. "The navy used a similar strategy in 1991" still dates the use.
    """
    verb = clause_verb(doc, sentence, value)
    root = next((t for t in doc.sentence_tokens(sentence) if t.head == t.i), None)
    if value.future or verb is None or root is None:
        return False
    date_start = sentence.token_start + sum(1 for t in doc.sentence_tokens(sentence)
                                            if t.end <= sentence.start + value.start)
    if _inside_the_likened(doc, sentence, date_start):
        return True
    if verb.i == root.i:
        return False
    for token in doc.tokens[root.i + 1 : date_start]:
        # A likeness word before a noun describes the thing ("used similar tactics to disperse the crowd in
        # 2009"); one that compares with a date's thing through a preposition is read by _inside_the_likened.
        if token.text.lower() in _LIKENESS and (token.text.lower() != "like" or token.tag == "IN") \
                and token.dep != "amod" and hangs_on(doc, token, root) and not hangs_on(doc, token, verb):
            return True
    return False


# Nouns of likeness that take the compared thing after "to"/"with": "a striking resemblance to ...".
_LIKENESS_NOUNS = frozenset("resemblance parallel parallels echo echoes likeness".split())
_COMPARED_BY = frozenset({"to", "as", "with", "of"})


def _inside_the_likened(doc: Document, sentence: Sentence, date_start: int) -> bool:
    """True when the date lies inside the phrase a likeness word introduces: "a similar pattern to the
    crackdown on protesters in 2009", "the same path as the uprising of 1989", "a resemblance to the
    collapse in 1998" (reader Audit 17 dated an opposition leader's 2011 remark 2009).

    The parser often hangs "to ..." and "in 2009" on the verb, so this reads the surface: a likeness
    word, a comparing preposition within three words after it, and no verb from there to the date.
    "Similar tactics were used against protesters in 2009" has no comparing preposition, and "used
    similar tactics to disperse the crowd in 2009" has a verb after "to": both still date the event.
    """
    tokens = doc.tokens[sentence.token_start : min(date_start, sentence.token_end)]
    for n, token in enumerate(tokens):
        word = token.text.lower()
        if word == "as" and (n == 0 or tokens[n - 1].text in _AS_SET_OFF) and _elliptical_as(tokens[n + 1 :]):
            return True
        if (word not in _LIKENESS or word == "like") and word not in _LIKENESS_NOUNS:
            continue
        for prep in tokens[n + 1 : n + 4]:
            if prep.text.lower() in _COMPARED_BY and prep.tag == "IN":
                between = tokens[prep.i - sentence.token_start + 1 :]
                if between and not any(t.pos in ("VERB", "AUX") for t in between):
                    return True
                break
    return False


# Prepositions after an elliptical "as" that compares with another case: "could open the door to hardliners,
# as in Iran in 1979" (reader Audit 32 dated a present warning 1979). "as of"/"as at" name a point of time.
_AS_CASE = frozenset({"in", "with", "during", "under"})
# The comparison is set off from its clause ("..., as in Iran in 1979", "just as in 1979"); one run into the clause
# tells how the event itself went ("The festival opened as in previous years on June 3, 2021": the session's review
# found the opening's date dropped).
_AS_SET_OFF = frozenset({",", ";", "(", "\u2014", "-", "--", "just", "Just", "much", "exactly"})


def _elliptical_as(rest: Sequence[Token]) -> bool:
    """True when "as" is followed straight by a comparing preposition and no verb comes before the date."""
    return (bool(rest) and rest[0].text.lower() in _AS_CASE and rest[0].tag == "IN"
            and not any(t.pos in ("VERB", "AUX") or t.text in (",", ";") for t in rest[1:]))


# Marks of a condition: a date inside one dates a supposition ("If 2014 was the year of the selfie",
# "If the plant had opened in 2019 as planned, ..."), not something that happened then (a feature
# read by the lead in session 13 put "2014 — If 2014 was the year of the selfie" in its timeline).
_CONDITION_MARKS = frozenset({"if", "unless"})


def dates_a_supposition(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when the date sits in a conditional clause ("If ...", "Unless ...", inverted "Had ...")."""
    verb = clause_verb(doc, sentence, value)
    if verb is not None and _inverted_after_comma(doc, sentence, verb):
        return True
    while verb is not None and verb.head != verb.i:
        children = [t for t in doc.sentence_tokens(sentence) if t.head == verb.i and t.i < verb.i]
        if verb.dep == "advcl" and (any(t.dep == "mark" and t.text.lower() in _CONDITION_MARKS for t in children)
                                    or _inverted(doc, sentence, children)):
            return True
        verb = doc.tokens[verb.head]
    return False


def _inverted(doc: Document, sentence: Sentence, children: list[Token]) -> bool:
    """A clause opening the sentence with "Had"/"Were"/"Should" before its subject ("Had the dam been built")."""
    first = children[0] if children else None
    return (first is not None and first.i == sentence.token_start and first.dep in ("aux", "auxpass")
            and first.text.lower() in ("had", "were", "should"))


# The auxiliaries that open an inverted condition: "should he leave", "were it to fall", "had they known".
_INVERTING = frozenset({"should", "were", "had"})
_CLAUSE_OPENERS = frozenset({",", "—", "–", "(", ";"})


def _inverted_after_comma(doc: Document, sentence: Sentence, verb: Token) -> bool:
    """A condition inverted after a comma: "Juventus are leading the chase, should the Dutchman leave this
    summer" (a transfer-rumour lead the lead read in session 17 was dated by its "this summer"). The parser
    makes such a tail the root, so the surface decides: "should"/"were"/"had" right after a comma, then the
    verb's subject, then the verb."""
    tokens = doc.sentence_tokens(sentence)
    aux = next((t for t in tokens if t.head == verb.i and t.dep in ("aux", "auxpass") and t.i < verb.i), None)
    subject = next((t for t in tokens if t.head == verb.i and t.dep in ("nsubj", "nsubjpass")), None)
    return (aux is not None and subject is not None and aux.text.lower() in _INVERTING
            and aux.i < subject.i < verb.i and aux.i > sentence.token_start
            and doc.tokens[aux.i - 1].text in _CLAUSE_OPENERS)


# A vague current period: the year, season or month the story is in, with no edge of its own.
_CURRENT_PERIOD = re.compile(r"^(?:(?:in|during|for|over)\s+)?(?:this|the\s+current)\s+"
                             r"(?:year|summer|winter|spring|autumn|fall|season|month)$", re.I)
# Verbs that tell a state when in the present ("Baker remains the top scorer this season").
_STATIVE = frozenset("be remain stay have own hold lead top face need".split())
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# Modals of a guess: with a vague current period they speculate ("could be on the move this summer").
_GUESSING = frozenset({"could", "might", "may"})


def _falls_due(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """Whether the period hangs on an adjective ("due this year", "payable this summer"): it says when a thing
    falls due, a state of that thing, and the sentence around it ("Investors have worried about the dividend,
    due this year") tells no event of that period (reader Audit 35 #1 made a "2010 —" entry of it)."""
    start, end = sentence.start + value.start, sentence.start + value.end
    span = [t for t in doc.sentence_tokens(sentence) if t.start < end and start < t.end]
    top = next((t for t in span if not any(t.head == u.i for u in span)), None)
    return top is not None and top.head != top.i and doc.tokens[top.head].pos == "ADJ"


def states_the_present(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when a vague current period ("this year", "this summer") hangs on a present state, a guess or a
    question: "The airline is losing money on every flight this year" tells how things stand, "Which stars
    could be on the move this summer?" (the Newsroom row 8 the lead read in session 17, once its conditional
    lead was gone) wonders; neither is a dated event. A past event keeps the period ("This summer's floods
    killed 12", "Rovers signed Baker this summer")."""
    if not _CURRENT_PERIOD.match(sentence.text[value.start : value.end].strip()):
        return False
    if sentence.text.rstrip(" \"'”’").endswith("?"):
        return True  # "Which stars could be on the move this summer?": a question dates nothing
    if _falls_due(doc, sentence, value):
        return True  # "the payout, worth $3bn, due this year": when a thing falls due, no event (Audit 35 #1)
    verb = clause_verb(doc, sentence, value)
    if verb is None:
        return False
    auxes = [t for t in doc.sentence_tokens(sentence) if t.head == verb.i and t.dep in ("aux", "auxpass")]
    if any(a.text.lower() in _GUESSING for a in auxes):
        return True  # "Baker could leave this summer": a guess, not a dated event
    if verb.tag in _PRESENT_TAGS:
        return verb.lemma.lower() in _STATIVE
    # "is losing", "are struggling": the present progressive of an ongoing state of affairs
    return verb.tag == "VBG" and any(a.tag in _PRESENT_TAGS and a.lemma.lower() == "be" for a in auxes)


# Adjectives that make their noun a case like the story's, not the story's own.
_PRECEDENT_LIKENESS = frozenset("similar comparable analogous parallel identical".split())
# Verbs whose object is a case brought up for comparison: "the strike recalls a comparable case".
_RECALLING = frozenset("recall echo mirror resemble evoke remember cite follow parallel".split())
# The dependencies from a date up to the noun it qualifies: a prepositional phrase, a compound,
# an apposition ("a similar case, in 2009,").
_NOMINAL_LINKS = frozenset({"pobj", "prep", "compound", "nummod", "appos", "npadvmod", "amod"})
# "The last time this happened, in 2008, ...": the sentence tells the previous time the story's
# kind of event happened. "This/that/it/such" points back to the story; "The last time the bank
# raised rates was in 2008" names its own event and keeps its date.
_LAST_TIME = re.compile(
    r"\b(?:the\s+)?(?:last|previous|only\s+other|one\s+other)\s+time\s+(?:this|that|it|such|something|anything)\b",
    re.I)


# An elliptical comparison after the story's clause: "BP says it will pay all claims, but so did Exxon before its
# lawyers stretched the process into 2008" (Audit 48 #6, 49.4 item 6), "..., as did its rival when ... in 2010".
# What follows "so did X" is the compared party's past, a precedent: its date is no date of the story's act.
# The compared party follows the auxiliary as a determiner or a name: ", as was announced in March" and ", so
# had been agreed in 2019" narrate the story's own acts (a code review's near misses) and keep their dates.
_ELLIPTICAL_COMPARISON = re.compile(
    r"(?:,|\b(?i:but|and|just))\s+(?:(?i:so|nor|neither)\s+(?i:did|had|has|have|does|do|was|were|would|could)|"
    r"(?i:as)\s+(?i:did|does|do))\s+"
    r"(?:(?i:the|its|their|his|her|those|these|other|others|many|some|most|several|a|an)\s+|[A-Z])[\w'’.-]*")


def dates_a_precedent(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when a past date dates an earlier, comparable case rather than the story's event."""
    if value.future:
        return False
    if _LAST_TIME.search(sentence.text[: value.start]):
        return True
    # A day is this week's news more often than a precedent: "A similar protest on Monday drew thousands"
    # tells the story's own second protest, "..., as were the bodies of two reporters killed on Wednesday" a
    # second event of the story. Precedents are dated by a year or a month.
    if value.granularity != "day" and _ELLIPTICAL_COMPARISON.search(sentence.text[: value.start]):
        return True
    noun = qualified_noun(doc, sentence, value) if value.granularity != "day" else None
    if noun is None or not any(t.head == noun.i and t.dep == "amod" and t.text.lower() in _PRECEDENT_LIKENESS
                               for t in doc.sentence_tokens(sentence)):
        return False
    if noun.dep in ("nsubj", "nsubjpass"):
        return True
    head = doc.tokens[noun.head]
    if noun.dep == "dobj" and head.lemma.lower() in _RECALLING:
        return True
    # "There was a similar case in 2009": an existential names the precedent.
    return noun.dep == "attr" and any(t.head == head.i and t.dep == "expl" for t in doc.sentence_tokens(sentence))


def qualified_noun(doc: Document, sentence: Sentence, value: DateValue) -> Token | None:
    """The nearest noun the date hangs on through a prepositional or nominal link, with no verb between."""
    start, end = sentence.start + value.start, sentence.start + value.end
    tokens = [t for t in doc.sentence_tokens(sentence) if t.start < end and start < t.end]
    if not tokens:
        return None
    span = {t.i for t in tokens}
    token = next((t for t in tokens if t.head not in span), tokens[0])
    for _ in range(sentence.token_end - sentence.token_start):
        if token.dep not in _NOMINAL_LINKS or token.head == token.i:
            return None
        token = doc.tokens[token.head]
        if token.pos in ("VERB", "AUX"):
            return None
        if token.pos in ("NOUN", "PROPN") and token.i not in span:
            return token
    return None


__all__ = ["dates_a_premise"]

_ASIDE = re.compile(r"\b(?:the|this|that) (?:argument|thinking|reasoning|theory|logic|line of thinking) "
                    r"(?:goes|runs)\b", re.I)


def dates_a_premise(sentence: Sentence, value: DateValue) -> bool:
    """True when ``value`` sits in a sentence that reports somebody's reasoning (see the module docstring)."""
    text = sentence.text
    return (" goes" in text or " runs" in text) and bool(_ASIDE.search(text))
