"""Key figures whose line is joined from parts that do not read as the article says (Audit 42, 43.4 #7).

Each rule reads the tokens the line shows (``figure_told.shown_tokens``) against the parse:

* a cut subordinator: the line shows a main clause and a "while"/"because" clause but not the "while", so the
  clause reads as a participle on the main clause's noun ("$7,500 — analyst forecasts model classifying segment
  ASP", from "forecasts the base model to start at $4,999, while classifying segment ASP at $7,500");
* a cut number tail: the line ends on a noun whose own number was cut from it ("to start at $499 to $549, with an
  overall ASP", where the sentence goes on "at around $650"): the tail promises a measure it does not give;
* a narrowed list: the line shows the last member of "a package of subsidies and salary increases" without the
  first, so a sum for the package reads as a sum for pay alone.

A line that is only the "while" clause ("the premium phone will take 40%"), a tail with a date ("with delivery in
June") and a listed count that carries its own number ("200 engineers and 50 designers") are not touched; the
labelled cases are in tests/analyze/test_figures_session27b.py.
"""

from __future__ import annotations

from newsbrief.analyze.figure_parse import ParsedSentence

_CLAUSES = frozenset({"advcl"})  # a "that" clause reads the same without its "that"
_NOUNS = frozenset({"NOUN", "PROPN"})


def joined_wrongly(s: ParsedSentence, shown: set[int]) -> bool:
    """True when the shown tokens cut a subordinator between two clauses, end on a noun whose number is cut,
    or narrow a list to its later members (any of the rules above)."""
    return subordinator_cut(s, shown) or number_tail_cut(s, shown) or list_narrowed(s, shown)


def subordinator_cut(s: ParsedSentence, shown: set[int]) -> bool:
    """True when a shown clause's "while"/"because" is cut while words outside that clause are shown."""
    for i in shown:
        if s.tok(i).dep not in _CLAUSES or s.tok(i).pos not in ("VERB", "AUX"):
            continue
        marks = [c for c in s.children[i] if s.tok(c).dep == "mark" and c < i]
        if not marks or any(m in shown for m in marks):
            continue
        clause = s.subtree(i, set(), prune=False)
        outside = [j for j in shown if j not in clause and s.tok(j).pos != "PUNCT"]
        # Only when the line shows the main clause's verb or subject beside the clause ("analyst ... putting"):
        # "a quake devastated the country in 2010, killing 316,000 people" shows a participle of the main verb
        # ("marked ten years since ..."), which reads as the article says (the lead, after
        # tests/analyze/test_reader_sections.py's quake lost its toll).
        if any(j == s.head(i) or s.tok(j).dep in ("nsubj", "nsubjpass") for j in outside):
            return True
    return False


def _counted(s: ParsedSentence, prep: int, shown: set[int]) -> bool:
    """True when the object of ``prep`` is itself a number (an amount: "at around $650"), not shown and no date.
    A count of a noun ("the residents of three care homes") names who, and the line may leave it out."""
    return any(s.tok(j).dep == "pobj" and s.tok(j).like_num and j not in shown and j not in s.date_tokens
               for j in s.children[prep])


def number_tail_cut(s: ParsedSentence, shown: set[int]) -> bool:
    """True when the line's last word is a noun whose prepositional complement holds a number it cuts."""
    last = max(shown)
    if s.tok(last).pos not in _NOUNS:
        return False
    return any(s.tok(c).dep == "prep" and c > last and _counted(s, c, shown) for c in s.children[last])


def list_narrowed(s: ParsedSentence, shown: set[int]) -> bool:
    """True when a shown noun is a later member of a list whose first member is cut, and carries no number of
    its own: the line's measure belongs to the whole list, not to the member it shows."""
    for i in shown:
        head = s.head(i)
        if s.tok(i).dep != "conj" or s.tok(i).pos not in _NOUNS or s.tok(head).pos not in _NOUNS \
                or head in shown or head > i:
            continue
        if not any(s.tok(c).like_num for c in s.children[i]) and not any(s.tok(c).like_num for c in s.children[head]):
            return True
    return False
