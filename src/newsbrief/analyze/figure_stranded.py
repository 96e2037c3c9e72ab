"""A figure's verb kept with the phrase that says what it did, and lines that say nothing of the number.

Reader Audits 37 and 38 deleted figures cut right after their verb: "Some 70% of the people in this country
lived", where the sentence goes on "on less than $2 a day". The measure leaves out a phrase that holds
another number (so that one figure does not tell another's), but an intransitive verb's phrase is the
figure's fact: the share lives *on* the sum. That phrase is put back when it follows the verb at once.

A line that joins a far subject to a bare number ("The pipe … about 2.1m", a parse that split "2.1m litres")
says neither what is counted nor what happened: it is not shown. :func:`finished` is the last pass over the
chosen items (with :func:`newsbrief.analyze.figure_contained.without_contained`).
"""

from __future__ import annotations

from dataclasses import replace

from newsbrief.analyze.figure_contained import without_contained
from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import ParsedSentence
from newsbrief.models import FigureInfo, Item

# "on less than $3 a day", "in fewer than 40 homes": a phrase this long stays readable in a bullet.
# (Tuned on the labelled cases and the first 60 Newsroom and XSum rows; longer phrases were asides.)
MAX_PHRASE_TOKENS = 8


def _bracketed(s: ParsedSentence) -> set[int]:
    """Tokens inside brackets, the brackets too: "(£1.20)" restates the sum before it."""
    out: set[int] = set()
    depth = 0
    for i in range(s.lo, s.hi):
        word = s.text(i)
        if word == "(":
            depth += 1
        if depth:
            out.add(i)
        if word == ")" and depth:
            depth -= 1
    return out


def with_cut_complement(s: ParsedSentence, figure: Figure) -> Figure:
    """The figure with its verb's phrase put back when the measure ends on that verb (see above)."""
    shown = [*figure.what, *figure.clause]  # a rate ("a day") may follow the phrase that was cut
    if not figure.clause or max(shown) < figure.value_end:
        return figure
    verb = max(shown)
    after = verb + 1
    if s.tok(verb).pos != "VERB" or verb not in figure.clause or not s.inside(after) \
            or s.head(after) != verb or s.tok(after).dep != "prep" or after in figure.tokens:
        return figure
    aside = _bracketed(s)
    part = s.subtree(after, aside)
    if not any(i != after for i in part) or len(part) > MAX_PHRASE_TOKENS:
        return figure
    following = next((i for i in range(max(part) + 1, s.hi) if i not in aside), s.hi)
    # "a day" after "on less than $3": the rate of the sum, hung on the verb by the parser
    for c in s.children[verb]:
        rate = {c, *(k for k in s.children[c] if s.tok(k).dep == "det")}
        if s.tok(c).dep == "npadvmod" and min(rate) == following and not rate & (set(s.dates) | set(figure.rate)):
            part |= rate  # the bracketed restatement between is left out, as the measure leaves it
    return replace(figure, clause=tuple(sorted({*figure.clause, *part})))


def _only_number_after_ellipsis(item: Item) -> bool:
    """True for "The pipe … about 2.1m": after the last ellipsis, the value and nothing else."""
    payload = item.payload
    if not isinstance(payload, FigureInfo) or "…" not in payload.measure:
        return False
    tail = payload.measure.rsplit("…", 1)[1].split()
    return tail == payload.value.split()


def finished(items: tuple[Item, ...]) -> tuple[Item, ...]:
    """The chosen items less lines that say nothing of their number and lines another line says whole."""
    return without_contained(tuple(item for item in items if not _only_number_after_ellipsis(item)))


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def condition_only(s: ParsedSentence, figure: Figure) -> bool:
    """True when the line is a participle's condition and no statement: "drivers caught with 30 grams or less
    of the drug", where the sentence goes on "will no longer be arrested" (Audit 38: "25 grams or less of pot",
    the threshold without what it is the threshold of). The number stands in the participle's "with" or "of"
    phrase and no finite verb is shown; "eleven workers killed by the blast" counts the participle's subject."""
    shown = [*figure.what, *figure.clause]
    if any(s.tok(i).tag in _FINITE or s.tok(i).pos == "AUX" for i in shown):
        return False
    anchor = figure.noun if figure.noun is not None else figure.value_start
    for verb in figure.clause:
        token = s.tok(verb)
        if token.pos != "VERB" or token.tag not in ("VBN", "VBG") or verb > figure.value_start:
            continue
        preps = [c for c in s.children[verb] if s.tok(c).dep == "prep" and c < figure.value_start]
        if any(anchor in s.subtree(c, set(), prune=False) for c in preps):
            return True
    return False
