"""Dates that are a forecast's deadline, a compared figure's year, or the date of a report on an older event.

Reader Audit 28 (29.4 pattern 4) found five of fourteen timeline entries dated by such years in analysis and
comment pieces:

- "Experts predict $5 gas by 2012" names the deadline of a forecast: nothing happened in 2012 (the piece is
  from 2011). A deadline ("by 2012") in the clause of a forecasting verb dates no event; "By 2012 prices had
  doubled" tells what had happened by then and keeps its year.
- "Egypt's GDP was $X in 2010, against Tunisia's $Y" states a figure of a year only to set it beside another:
  a copular figure in a comparison is no event of its year. "The port handled 4 million containers in 2011,
  compared with 3.1 million in 2008" tells what the port did in 2011 and keeps it.
- "A 2001 review found corrosion, the director told a Senate panel in March 2002": the sentence is about the
  review; the date of the telling is a side date on it. When a reporting verb's date stands beside reported
  past content that carries its own earlier date, the reporting date dates no entry (the content's own year
  is read by the other rules: a year on a noun dates that noun).

Reader Audit 31 added the estimate: "One researcher calculated in 2000 that 500,000 barrels of oil get into the
Gulf each year" and "a 2003 survey put the herd at 4,000" date a statistic, background to the story, not an
event of it (:func:`dates_an_estimate`).
"""

from __future__ import annotations

from newsbrief.analyze.date_clauses import qualified_noun
from newsbrief.analyze.date_roles import clause_verb, hangs_on
from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.dates import DateValue, find_dates

# Verbs whose object is a guess at the future: the year of a deadline in their clause is the forecast's.
# "Expect" and "plan" are left out: "Officials expect the bridge to open by 2027" tells a plan the timeline
# shows ahead.
_FORECASTING = frozenset("predict forecast project foresee estimate reckon".split())
# Words that set a stated figure beside another: "compared with", "against", "versus", "while", "whereas".
_COMPARING = frozenset("compared comparing against versus vs vs. whereas while".split())
# Verbs that report what someone said: their date is the telling's.
_REPORTING = frozenset("say tell testify state acknowledge admit report write".split())
_PAST_TAGS = frozenset({"VBD", "VBN"})


def dates_a_forecast(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when a deadline ("by 2012") sits in the clause of a forecasting verb or under one.

    "Analysts predict $6 fuel by 2013" guesses; "By 2012 prices had doubled" reports.
    """
    if value.bound != "by":
        return False
    verb = clause_verb(doc, sentence, value)
    while verb is not None:
        if verb.lemma.lower() in _FORECASTING:
            return True
        if verb.head == verb.i:
            return False
        verb = doc.tokens[verb.head]
    return False


def _is_figure(doc: Document, token: Token) -> bool:
    """True when ``token`` is a number or money ("$210bn", "44 per cent", "4 million")."""
    if token.tag == "CD" or token.text[:1].isdigit():
        return True
    return any(t.head == token.i and (t.tag in ("CD", "$") or t.text[:1].isdigit()) for t in doc.tokens)


def dates_a_compared_figure(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when the date's clause states a figure with "be" and sets it beside another ("..., against ...").

    "Marovia's output was $210bn in 2010, compared with $44bn for Tessaly" compares; the port that
    "handled 4 million containers in 2011, compared with ..." did something in 2011.
    """
    verb = clause_verb(doc, sentence, value)
    if verb is None or value.future or verb.lemma.lower() != "be":
        return False
    tokens = doc.sentence_tokens(sentence)
    if not any(t.head == verb.i and t.dep == "attr" and _is_figure(doc, t) for t in tokens):
        return False
    return any(t.text.lower() in _COMPARING and t.i > verb.i and (t.head == verb.i or hangs_on(doc, t, verb))
               for t in tokens)


def _content_clause(doc: Document, sentence: Sentence, verb: Token) -> Token | None:
    """The past-tense clause a reporting verb reports ("A 2001 review found ...", "..., the director told")."""
    return next((t for t in doc.sentence_tokens(sentence)
                 if t.head == verb.i and t.dep == "ccomp" and t.tag in _PAST_TAGS), None)


def dates_a_report_on_older_news(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when the date is a reporting verb's and the past content it reports names an earlier date of its own.

    "A 2001 review found corrosion, the director told a Senate panel in March 2002" is about the review, so
    March 2002 is no date of the sentence's event. "The director told a panel in March 2002 that the line
    was safe" has no date in its content and keeps March 2002.
    """
    verb = clause_verb(doc, sentence, value)
    if verb is None or value.future or verb.lemma.lower() not in _REPORTING:
        return False
    content = _content_clause(doc, sentence, verb)
    if content is None:
        return False
    for other in find_dates(sentence.text, None, False):
        if other.start == value.start or other.iso >= value.iso or other.future:
            continue
        start = sentence.start + other.start
        token = next((t for t in doc.sentence_tokens(sentence) if t.start <= start < t.end), None)
        if token is not None and (token.i == content.i or hangs_on(doc, token, content)):
            return True
    return False


_GUESS_OR_NOW = frozenset("could would may might will can".split())
_NOW_TAGS = frozenset({"VBZ", "VBP"})


def dates_a_noun_in_a_guess(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when a bare year modifies a noun ("its 2009 revenue") in a present or guessed clause.

    "The spill could break up Northline, though its 2009 revenue of $120bn gives it a cushion" dates the
    revenue, not the clause, and the clause (a present state, a guess) is no event of 2009. "Northline's
    2009 revenue fell 10%" is past and keeps its year.
    """
    if value.granularity != "year" or value.future or value.bound is not None or value.until is not None:
        return False
    start = sentence.start + value.start
    year = next((t for t in doc.sentence_tokens(sentence) if t.start <= start < t.end), None)
    if year is None or year.dep not in ("nummod", "compound", "amod") or doc.tokens[year.head].pos != "NOUN":
        return False
    verb = clause_verb(doc, sentence, value)
    if verb is None:
        return False
    auxes = [t for t in doc.sentence_tokens(sentence) if t.head == verb.i and t.dep in ("aux", "auxpass")]
    return verb.tag in _NOW_TAGS or any(a.text.lower() in _GUESS_OR_NOW for a in auxes)


# Verbs and nouns of a guess: a date in the clause they govern is the guessed future's (reader Audit 29: "I'd
# bet the features will come in 2015" was a timeline entry). "Expect" and "plan" stay out, as above.
_GUESSING = frozenset("bet wager guess predict forecast foresee".split())
_GUESS_NOUNS = frozenset("guess bet hunch prediction forecast".split())
_MODALS = frozenset("will would could may might 'll 'd".split())


def _guesses(verb: Token, tokens: list[Token]) -> bool:
    """True when ``verb`` is a guessing verb, or a copula whose subject is a guess ("My guess is that ...")."""
    if verb.lemma.lower() in _GUESSING:
        return True
    return verb.lemma.lower() == "be" and any(
        t.head == verb.i and t.dep == "nsubj" and t.lemma.lower() in _GUESS_NOUNS for t in tokens)


def dates_a_guess(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when the date's clause is a modal one under a guess ("I'd bet the features will come in 2015").

    The guess verb must govern the dated clause, not carry the date itself: "He predicted in 2009 that ..."
    dates the prediction. "The company said the watch will go on sale in 2015" reports a plan and stays.
    """
    if value.bound is not None:
        return False
    verb = clause_verb(doc, sentence, value)
    if verb is None or verb.head == verb.i:
        return False
    tokens = list(doc.sentence_tokens(sentence))
    if not any(t.head == verb.i and t.dep == "aux" and t.text.lower() in _MODALS for t in tokens):
        return False
    while verb.head != verb.i:
        verb = doc.tokens[verb.head]
        if _guesses(verb, tokens):
            return True
    return False


# Verbs that make a figure by reckoning: their date is the estimate's, not an event's.
_ESTIMATING = frozenset("calculate estimate reckon compute gauge extrapolate tally".split())
# Nouns of a study that yields figures: "a 2003 survey put the herd at 4,000". "Report" is left out: a report
# often tells news ("a 2006 report revealed the cover-up").
_STUDIES = frozenset("study survey census estimate estimation calculation count tally poll analysis".split())


def dates_an_estimate(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when a year or month dates an estimate of a figure: an estimating verb ("calculated in 2000 that
    500,000 barrels ...") or a study noun that is its clause's subject ("A 2003 survey put the colony at
    4,000"), with a number in the sentence besides the date. A day is this week's news more often ("A study
    published on Monday estimated ...") and keeps its entry; so does the lead's study (the caller's check).
    "In 2001, a storm destroyed 300 homes" has no estimate and keeps its year.
    """
    if value.granularity == "day" or value.future:
        return False
    verb = clause_verb(doc, sentence, value)
    if verb is None:
        return False
    estimating = verb.lemma.lower() in _ESTIMATING
    if not estimating:
        noun = qualified_noun(doc, sentence, value)
        estimating = (noun is not None and noun.lemma.lower() in _STUDIES
                      and noun.dep in ("nsubj", "nsubjpass") and noun.head == verb.i)
    if not estimating:
        return False
    start, end = sentence.start + value.start, sentence.start + (value.until or value).end
    # The figure follows the verb ("... that 500,000 barrels", "put it at 4,000"); "One researcher" is no figure.
    return any(t.like_num for t in doc.sentence_tokens(sentence)
               if t.start >= verb.end and (t.end <= start or t.start >= end))
