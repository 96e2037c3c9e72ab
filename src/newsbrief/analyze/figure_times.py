"""When a figure holds: the time expression of a figure's own clause, kept apart from a time that dates
another figure, a side detail or the start of a period.

Split from :mod:`newsbrief.analyze.figure_measures` (which reads the rest of a figure's measure) to keep
both modules within the size limit; the rules and their reasons are unchanged. The year a past toll is dated
by (:func:`year_before`) moved here from :mod:`newsbrief.analyze.figures` for the same reason (session 16b).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from newsbrief.analyze.doc_index import entities_of
from newsbrief.analyze.figure_parse import ParsedSentence, as_of, page_stamps
from newsbrief.models import Document, Sentence

if TYPE_CHECKING:  # figure_measures imports this module
    from newsbrief.analyze.figure_measures import Figure

_DATE_RATE = re.compile(r"^(a|an|per|each|every)\s+(year|month|week|day|hour|minute|second|annum)$|^annually$|"
                        r"^(yearly|monthly|weekly|daily|hourly)$", re.I)


def figure_when(s: ParsedSentence, anchors: set[int], taken: set[int], others: set[int]) -> tuple[set[int], set[int]]:
    """(rate, time): a time expression of the clause ("in March"); one that is a rate ("annually") apart.

    A time said of another number of the sentence is not this one's: in "had hit ten million, up
    from two million just six years before", "six years before" dates the two million.
    """
    rate: set[int] = set()
    best: tuple[int, set[int]] | None = None
    for start, end in sorted(s.when_spans):
        if any(start <= i < end for i in taken) or any(start <= i < end for i in others) \
                or re.fullmatch(r"[\d.,]{1,3}", " ".join(s.text(j) for j in range(start, end))):
            continue  # "plus 71 which ...", tagged a date: a bare number (another figure) is no time of this one
        if _dates_since(s, start):
            continue
        root, dated_as_of = s.root(start, end), as_of(s, start, end)
        if s.text(s.head(root)).lower() == "of" and dated_as_of is None:
            continue  # "a battery life of 30 minutes": a length, not a time ("as of 3 July" is one)
        i, through_other, since = root, False, False
        for _ in range(5):
            up = s.head(i)
            if up in anchors or up == i or s.tok(up).pos in ("VERB", "AUX"):
                break
            # "By 1985-86, in spite of an advance in the early 80s, coverage had decreased to 340 sq km": a
            # time that dates another noun of an aside ("an advance") is not the figure's (session 17, XSum)
            through_other = through_other or up in others or any(c in others for c in s.children[up]) \
                or (s.tok(up).pos in ("NOUN", "PROPN") and up not in taken)
            # "Since the protests began a year ago, 5,000 have died": the time starts the period, it does
            # not date the figure (reader Audit 13 read "(one year ago)"); "since 2010" itself is kept below
            since = since or (s.text(up).lower() == "since" and up != start - 1)
            i = up
        if s.head(i) not in anchors or through_other or since:
            continue
        tokens = dated_as_of or set(range(start, end))
        if _DATE_RATE.match(" ".join(s.text(j) for j in range(start, end))):
            rate |= tokens
            continue
        p = s.head(root)
        if s.tok(root).dep == "pobj" and s.tok(p).dep == "prep" and p == start - 1:
            tokens.add(p)  # "in March", "since 2010"
        distance = min(abs(start - a) for a in anchors)
        if best is None or distance < best[0]:
            best = (distance, tokens)
    return rate, (best[1] if best else set())


def _dates_since(s: ParsedSentence, start: int) -> bool:
    """True for a time said straight after a "since NAME" phrase: "the first 1,000-yard receiver since NAME in
    2003" dates NAME's season, which the parser hangs on the verb; shown as the time of the sentence's
    "132 yards", it gave another player's year (the lead's Newsroom row 41, session 20)."""
    p = start - 1 if s.inside(start - 1) and s.tok(start - 1).pos == "ADP" else start
    for k in range(max(s.lo, p - _SINCE_SPAN), p):
        if s.text(k).lower() == "since" and s.tok(k).dep == "prep" and s.children[k]:
            phrase = s.subtree(k, set(), prune=False)  # a date's own "since" phrase is no phrase here: empty
            if phrase and max(phrase) == p - 1:
                return True
    return False


_SINCE_SPAN = 5  # the "since" phrase's words before the time: a name and its title ("since coach Tom Owen")


def baseline_time(s: ParsedSentence, figure: Figure) -> Figure:
    """A baseline's own time when one follows it ("compared to 40 on Saturday"): the time of the clause it
    borrows dates the figure it is compared with, not the baseline (reader Audit 19 read "compared to 40
    — ... (on Sunday)" for Saturday's 40)."""
    if figure.baseline is None:
        return figure
    end = max(figure.value_end, (figure.noun or 0) + 1)
    for start, stop in sorted(s.when_spans):
        gap = [s.text(i).lower() for i in range(end, start)]
        if start >= end and (not gap or gap in (["on"], ["in"], ["last"])):
            return replace(figure, when=tuple(range(end, stop)))
    return figure


# Reporting verbs: a main clause of one reports a view, not the story's next event (also figure_clauses.sound_clause).
REPORTING_LEMMAS = frozenset("say tell add announce note state claim believe think warn write report confirm explain "
                             "insist argue reply respond agree estimate".split())
_BARE_YEAR = re.compile(r"^(?:in )?(?:1[89]|20)\d\d$", re.I)


def year_before(doc: Document, sentence: Sentence) -> str | None:
    """The year of the event a past sentence goes on telling ("It was used in Hama in 1982. Some 10,000
    Syrians died as the town was flattened"): without it a historical toll reads as today's (reader
    Audit 7). Only for an undated sentence in the simple past right after a past one dated by a year."""
    if sentence.index == 0 or any(e.label in ("DATE", "TIME") for e in entities_of(doc, sentence)):
        return None
    before = doc.sentences[sentence.index - 1]
    if not (_told_in_past(doc, sentence) and _told_in_past(doc, before)) or _back_on_earlier(doc, sentence):
        return None
    text = doc.article.text
    stamps = page_stamps(doc)  # a live page's "1334" entry stamp is no year
    for entity in entities_of(doc, before):
        words = text[doc.tokens[entity.token_start - 1].start : entity.end] if entity.token_start > 0 else ""
        if entity.label == "DATE" and _BARE_YEAR.match(entity.text) and entity.start not in stamps \
                and _dates_main_clause(doc, entity.token_start):
            return ("i" + words[1:] if words[:1] == "I" else words) if _BARE_YEAR.match(words) else entity.text
    return None


# A year under a relative or adverbial clause dates what that clause tells ("compare it with the nearly 2
# million who turned out in 2008"), not the sentence's own event, so it carries to no next sentence (the
# lead's Newsroom row 0: the next sentence's 2012 count read "(in 2008)").
_SIDE_CLAUSES = frozenset(("relcl", "acl", "advcl"))


def _dates_main_clause(doc: Document, index: int) -> bool:
    """True when the year token reaches its sentence's root through no relative or adverbial clause."""
    token = doc.tokens[index]
    for _ in range(40):  # a parse is a tree; the bound only guards against a malformed one
        if token.dep == "ROOT" or token.head == token.i:
            return True
        if token.dep in _SIDE_CLAUSES:
            return False
        token = doc.tokens[token.head]
    return True


def _back_on_earlier(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence's subject was named before the sentence before it and not in that one: the story
    has gone back to an earlier thread ("The team analysed records. A heat wave in 2015 killed ... The team used
    data from 12 satellites"), so the year of the sentence between is an example's, not this sentence's (session
    30)."""
    subjects = {t.lemma.lower() for t in doc.sentence_tokens(sentence)
                if t.dep in ("nsubj", "nsubjpass") and t.pos in ("NOUN", "PROPN")
                and doc.tokens[t.head].dep == "ROOT"}
    if not subjects or sentence.index < 2:
        return False
    before = {t.lemma.lower() for t in doc.sentence_tokens(doc.sentences[sentence.index - 1])}
    earlier = {t.lemma.lower() for s in doc.sentences[: sentence.index - 1] for t in doc.sentence_tokens(s)}
    return bool(subjects & earlier - before)


def _told_in_past(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence's main verb is in the simple past ("died", "was used")."""
    root = next((t for t in doc.sentence_tokens(sentence) if t.dep == "ROOT"), None)
    if root is None or root.lemma in REPORTING_LEMMAS:
        return False  # "X warned that projects had run over budget" reports a view, not the story's next event
    return (root.tag == "VBD" or any(
        t.head == root.i and t.dep in ("aux", "auxpass") and t.tag == "VBD" for t in doc.sentence_tokens(sentence)))


_LEVEL_UNITS = frozenset({"%", "percent", "per", "cent", "points", "point"})


def baseline_after_time(s: ParsedSentence, figure: Figure) -> Figure:
    """A new level's "from" baseline with the time that dates the baseline: in "ticked up to 4.41 percent from
    4.40 percent last week", "last week" is when the rate was 4.40 percent, so the new level keeps "from 4.40
    percent last week" in its clause instead of showing "4.41 percent (last week)" (the lead's Newsroom row 42).
    A time between the level and "from" ("fell to 5.1 percent last month from 5.3 percent") stays the level's."""
    if figure.baseline is not None or not figure.when:
        return figure
    k = figure.value_end
    while s.inside(k) and s.text(k).lower() in _LEVEL_UNITS:
        k += 1
    if s.text(k).lower() != "from" or not s.inside(k + 1):
        return figure
    j = k + 1
    while s.inside(j) and (s.tok(j).like_num or s.text(j).lower() in _LEVEL_UNITS or s.text(j) in ("$", "£", "€")):
        j += 1
    span = next(((a, b) for a, b in s.when_spans if a == j), None)
    if j == k + 1 or span is None or min(figure.when) != span[0]:
        return figure
    clause = set(figure.clause) | set(range(k, span[1]))
    return replace(figure, clause=tuple(sorted(clause)), when=())


def past_plan(s: ParsedSentence, figure: Figure) -> bool:
    """True for a figure dated after publication in a sentence told in the past perfect: "had banked
    on ... its target of increasing production by 1%-2% ... until 2015" is a plan as it stood then,
    which the story reports overtaken (check 8: shown as the current production path)."""
    published = re.match(r"\d{4}", s.doc.article.source.date or "")
    years = [int(y) for i in figure.when for y in re.findall(r"\b(?:19|20)\d\d\b", s.tok(i).text)]
    if published is None or not years or max(years) <= int(published.group(0)):
        return False
    tokens = s.doc.sentence_tokens(s.sentence)
    root = next((t for t in tokens if t.head == t.i), None)
    return root is not None and root.tag == "VBN" and any(
        t.head == root.i and t.dep == "aux" and t.text.lower() in ("had", "'d") for t in tokens)
