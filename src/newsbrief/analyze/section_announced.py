"""Plans announced on a past date: history, not outlook (reader Audit 46, docs/audit.md 47.2 and 47.4 class 8).

An explainer published weeks later wrote "Turkey announced plans to freeze ... assets ... on 30 November 2011", and
the brief filed it under Outlook: the "plans to" looks ahead, but the sentence reports what was announced on a date
already gone. Whether that plan is still to come, was carried out or was dropped, the sentence does not say, so it is
no forecast the reader can hold (precision over recall). The shape read here:

* the main verb announces, says or decides in the past ("announced", "said", "agreed", "were unveiled");
* a calendar date written out falls before the day the piece was published: one with its year ("on 30 November
  2011", "in November 2011") told of the main clause or of the plan it announces (not inside a relative clause: "the
  terminals it opened in May 2010" dates something else), or a day and month told of the announcing verb itself
  ("On 12 January the council announced ...");
* no other date is in the sentence: one dated ahead of publication or in its current year ("in June" of a March
  piece, "by 2013", "by the end of the year") keeps the plan ahead, and one the resolver dates by tense alone ("would
  close in the summer", "expects fees to rise in April") may be ahead, so the sentence is left to the other rules;
* its main clause has no future of its own ("..., and more closures will follow").

A weekday ("on Tuesday") is the story's own week: the plan is the news and stays.
"""

from __future__ import annotations

import re
from datetime import date

from newsbrief.analyze.context import Context
from newsbrief.analyze.date_calendar import MONTH_PATTERN
from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.dates import find_dates

_ANNOUNCING = frozenset("announce unveil outline reveal say state declare pledge promise propose agree approve decide "
                        "vote vow confirm".split())
_MONTH = re.compile(rf"\b{MONTH_PATTERN}")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Times still ahead or running that the date resolver leaves undated ("by the end of the year", "this summer").
_AHEAD = re.compile(r"\b(?:next|coming|tomorrow|upcoming|later this|soon|this (?:year|month|week|spring|summer|"
                    r"autumn|fall|winter)|(?:the )?end of (?:the|this) (?:year|month|week|season))\b", re.I)
_MAIN_FUTURE = frozenset({"will", "'ll", "shall"})
# Clauses whose dates tell of something else than the announcement or its plan.
_OTHER_CLAUSES = frozenset({"relcl", "advcl", "acl:relcl", "appos"})


def _root(doc: Document, sentence: Sentence) -> Token | None:
    return next((t for t in doc.sentence_tokens(sentence) if t.dep == "ROOT"), None)


def _announced_in_past(doc: Document, root: Token) -> bool:
    """Whether the main verb announces in the past: "announced", "said", or a passive "were unveiled"."""
    if root.lemma.lower() not in _ANNOUNCING or root.pos != "VERB":
        return False
    if root.tag == "VBD":
        return True
    return root.tag == "VBN" and any(k.dep == "auxpass" and k.text.lower() in ("was", "were")
                                     for k in doc.children(root))


def _of_main_or_plan(doc: Document, token: Token, root: Token) -> bool:
    """Whether ``token`` (a date's word) hangs on the main clause or the plan it announces, not on a relative
    or adverbial clause or an apposition."""
    for _ in range(12):
        if token.i == root.i:
            return True
        if token.dep in _OTHER_CLAUSES:
            return False
        if token.head == token.i:
            return False
        token = doc.tokens[token.head]
    return False


def _main_future(doc: Document, root: Token) -> bool:
    """A "will" of the main clause or of a clause joined to it: "..., and more closures will follow"."""
    verbs = [root] + [k for k in doc.children(root) if k.dep == "conj"]
    return any(k.dep == "aux" and k.text.lower() in _MAIN_FUTURE for v in verbs for k in doc.children(v))


def announced_before(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """True when ``sentence`` reports a plan announced on a written-out date before publication (see above)."""
    published: date | None = ctx.published
    if published is None or _AHEAD.search(sentence.text):
        return False
    root = _root(doc, sentence)
    if root is None or not _announced_in_past(doc, root) or _main_future(doc, root):
        return False
    by_start = {t.start - sentence.start: t for t in doc.sentence_tokens(sentence)}
    dated = False
    for value in find_dates(sentence.text, published):
        token = by_start.get(value.start)
        if value.background or value.span:
            continue  # "since 2009", "the 1998 law": no date of the announcement or its plan
        if value.future or value.iso >= published.isoformat()[: len(value.iso)]:
            return False  # "... in June", "by 2013", "by the end of the year": the plan's own date is not past
        written = sentence.text[value.start : value.end]
        if token is not None and _YEAR.search(written) and _of_main_or_plan(doc, token, root):
            dated = True  # "on 30 November 2011", "in November 2011"
        elif token is not None and _MONTH.search(written) and _verb_of(doc, token).i == root.i:
            dated = True  # "On 12 January the council announced ...": a day of this year, told of the announcing
        else:
            return False  # "would close in the summer", "expects fees to rise in April": a date read by tense alone
    return dated


def _verb_of(doc: Document, token: Token) -> Token:
    """The nearest verb above ``token`` (the sentence's root when none is found)."""
    for _ in range(12):
        if token.head == token.i or token.pos in ("VERB", "AUX"):
            return token
        token = doc.tokens[token.head]
    return token
