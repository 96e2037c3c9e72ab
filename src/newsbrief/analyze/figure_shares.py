"""A breakdown of shares shown whole: "74% Sunni; 10% Christian, 10% Alawite, 3% Druze and 3% Other Shia".

A list of shares names what each share counts by the word written after it, not by the parse: the parser hangs
"10%" of "Syria is made up of a precarious mix of confessions - 74% Sunni; 10% Christian, 10% Alawite ..." on the
sentence's verb, and reader Audit 48 (#7) saw it shown as "10% — Syria is made up", a share of nothing. Read one at a
time, the entries also lose the whole they divide. So a run of SHARES_MIN or more shares, each followed by its label
(a name, noun or adjective) and set off from the next only by commas, semicolons, "and"/"or" or a slash, is one
figure: the sentence from its start to the end of the list, shown on the list's first share; the other shares are
not shown on their own. A sentence whose words before the list run over MAX_LIST_TOKENS is too long to show: its
shares are all withheld rather than shown cut from what they count.

Read from the tokens and the NER model's PERCENT entities already in the document (no model of its own).
"""

from __future__ import annotations

from dataclasses import dataclass

from newsbrief.analyze.context import cite
from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import ParsedSentence
from newsbrief.models import FigureInfo, Item

__all__ = ["MAX_LIST_TOKENS", "SHARES_MIN", "ShareList", "list_item", "list_line", "share_list"]

# Three shares make a breakdown; two ("60% Democrats and 40% Republicans") are read one by one as before, where each
# keeps its own noun. A judgement on Audit 48 #7's five-way list and the t17/FNC-1 lists of shares seen with it.
SHARES_MIN = 3
# The most tokens from the sentence's start to the list's end shown as one line (#7's sentence is 31).
MAX_LIST_TOKENS = 45
_LABEL_POS = frozenset({"PROPN", "NOUN", "ADJ"})
_JOINERS = frozenset({",", ";", "and", "or", "/", "&"})
_MAX_LABEL = 4  # "Other Shia", "no religion at all" is a phrase, not a label


@dataclass(frozen=True)
class ShareList:
    """A breakdown of shares in one sentence: where each share starts, first to last, and the list's last token."""

    starts: tuple[int, ...]
    last: int

    @property
    def tokens(self) -> set[int]:
        """Every token from the first share to the last label: no share of the list is read again."""
        return set(range(self.starts[0], self.last + 1))


def _label_end(s: ParsedSentence, i: int) -> int:
    """The token after the label that starts at ``i`` ("Sunni", "Other Shia"), or ``i`` when none does."""
    j = i
    while j < s.hi and j - i < _MAX_LABEL and s.tok(j).pos in _LABEL_POS and not s.tok(j).like_num \
            and s.text(j) not in ("%", "percent"):
        j += 1
    return j


def _shares(s: ParsedSentence) -> list[tuple[int, int]]:
    """(first, end) tokens of every PERCENT entity of the sentence, in order."""
    return sorted((e.token_start, e.token_end) for e in s.doc.entities
                  if e.sentence_index == s.sentence.index and e.label == "PERCENT" and s.inside(e.token_start))


def _runs(s: ParsedSentence) -> list[list[tuple[int, int, int]]]:
    """The sentence's shares as runs of (first, end, label end) entries joined only by list punctuation."""
    runs: list[list[tuple[int, int, int]]] = []
    for start, end in _shares(s):
        label = _label_end(s, end)
        if label == end:
            runs.append([])  # a share without a label ends any breakdown
            continue
        last = runs[-1][-1][2] if runs and runs[-1] else -1
        if last < 0 or not (0 < start - last <= 2 and all(s.text(k).lower() in _JOINERS for k in range(last, start))):
            runs.append([])
        runs[-1].append((start, end, label))
    return runs


def share_list(s: ParsedSentence, value_start: int) -> ShareList | None:
    """The breakdown the share at ``value_start`` is an entry of, or None when it is no entry of one (see above)."""
    for run in _runs(s):
        if len(run) >= SHARES_MIN and any(a <= value_start < b for a, b, _ in run):
            return ShareList(tuple(a for a, _, _ in run), run[-1][2] - 1)
    return None


def list_line(s: ParsedSentence, shares: ShareList) -> tuple[str, int, int] | None:
    """The sentence from its start to the list's end, with its character span; None when it runs too long."""
    if shares.last - s.lo + 1 > MAX_LIST_TOKENS:
        return None
    text = s.doc.article.text
    start, end = s.tok(s.lo).start, s.tok(shares.last).end
    return " ".join(text[start:end].split()), start, end


def list_item(s: ParsedSentence, shares: ShareList) -> tuple[Item, Figure] | None:
    """The breakdown as one key figure on its first share, with the figure it is scored as; None when too long."""
    line = list_line(s, shares)
    if line is None:
        return None
    text, start, end = line
    first = next(e for e in s.doc.entities if e.label == "PERCENT" and e.token_start == shares.starts[0])
    value = s.doc.article.text[first.start : first.end]
    figure = Figure(first.token_start, first.token_end, "PERCENT", tuple(range(first.token_end, shares.last + 1)),
                    tuple(range(s.lo, shares.starts[0])), (), (), None, False)
    item = Item(text=value, citations=(cite(s.sentence, start, end),),
                payload=FigureInfo(value=value, unit="percent", measure=text, when=None))
    return item, figure
