"""Key figures whose line does not tell what its number is (reader Audit 41, docs/audit.md 42.4 #5 and #9).

Audit 41 judged Key figures 47% "would delete": three were wrong and four useless. Each fails on what the
bullet tells a reader, not on its words, so each rule reads the parse and the line as shown:

* a supposition: a sum worked out under an "if"/"unless" clause the line does not show ("that is already
  $2,400 just for the gold", where the sentence opens "If the watch weighs two ounces");
* a list label: a bare number set in apposition to a noun names an item, it counts nothing ("the repeal of
  a sixth -- 179", an article of a constitution);
* a share with only its whole: "two-thirds — of parliament" says of what, never what the share did;
* an epithet: "the million dollar videos" describes, it is no sum (no digit, no multiplier, a singular
  currency word modifying a noun);
* a cut conjunct: "235 ideas in stage three" where the article says "in stage three and four" alters the
  scope of the count;
* a cut predicate or purpose: the line ends on a subject whose verb is not shown ("99 times out of a 100
  the best person", where the article goes on "is an expert"), or on a definite noun picked out only by a
  relative clause that is cut ("offered £20,000 to the person", not "who could measure longitude");
* a cut core word (session 30): the line opens on a finite verb whose subject it cuts ("cut their price target to
  $38") or ends on a verb whose object it cuts ("Four families I know have").

Figures that say what they count and what happened to it ("Two-thirds of the council voted for the budget",
"a $2 million deal", "killed 38 people in the valley") are not touched: the labelled cases are in
tests/analyze/test_figures_session27.py.
"""

from __future__ import annotations

import re

from newsbrief.analyze.figure_joined import joined_wrongly
from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import ParsedSentence
from newsbrief.analyze.figure_referred import referred_outside
from newsbrief.lexicon import CARDINALS

_CONDITION_MARKS = frozenset({"if", "unless"})
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "multimillion",
                          "multibillion", "multi-million", "multi-billion"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_DASHES = frozenset({"--", "—", "–", "-"})
_FINITE = frozenset({"VBZ", "VBD", "VBP"})
_FRAMES = re.compile(r"\([^()]*\)")  # "(says BP)": a claim frame the line adds after the measure


def untold(s: ParsedSentence, figure: Figure) -> bool:
    """True when the figure's line cannot tell what its number is (any of the rules below)."""
    return supposed(s, figure) or list_label(s, figure) or whole_only(s, figure) or epithet(s, figure) \
        or conjunct_cut(s, figure) or referred_outside(s, figure)


def supposed(s: ParsedSentence, figure: Figure) -> bool:
    """True when the finite verb that governs the number has an "if"/"unless" clause the line does not show.

    ``figure_measures.hypothetical`` needs a "would"/"could" for a condition on the main clause; a worked
    example in the present ("If X weighs two ounces, that is already $2,400") has none, and shown bare it
    states the supposition as a fact. Only the number's own verb counts, and only a finite one: "has offered
    to reduce ... from 1,550 to 450 ... if Kesh agrees" is an offer, which its line already frames as one.
    """
    i, seen = figure.value_start, set()
    while i not in seen and not (s.tok(i).pos in ("VERB", "AUX") and s.tok(i).dep != "aux"):
        seen.add(i)
        i = s.head(i)
    if s.tok(i).tag not in _FINITE:
        return False
    shown = set(figure.tokens)
    return any(s.tok(c).dep == "advcl" and c not in shown and any(
        s.tok(m).dep == "mark" and s.tok(m).text.lower() in _CONDITION_MARKS for m in s.children[c])
        for c in s.children[i])


def _appositive(s: ParsedSentence, i: int) -> bool:
    """True when token ``i`` is an appositive, or a conjunct in a list that is one ("-- 76, 77 and 88")."""
    seen: set[int] = set()
    while s.tok(i).dep == "conj" and i not in seen and s.head(i) != i:
        seen.add(i)
        i = s.head(i)
    return s.tok(i).dep == "appos"


def list_label(s: ParsedSentence, figure: Figure) -> bool:
    """True for a bare number that names an item of a list: in apposition to a noun ("four sections -- 12, 14
    and 40"), or set off by a dash from the noun or ordinal it names ("the repeal of a sixth -- 179", which the
    parser may read as the ordinal's object). It counts nothing, so its line cannot say what it counts."""
    if figure.label != "CARDINAL" or figure.noun is not None or figure.clause:
        return False
    before = figure.value_start - 1
    if s.inside(before - 1) and s.text(before) in _DASHES and s.tok(before - 1).pos in ("NOUN", "ADJ", "PROPN"):
        return True
    return _appositive(s, figure.value_end - 1)


def whole_only(s: ParsedSentence, figure: Figure) -> bool:
    """True for a share in a prepositional phrase shown with nothing but its whole: "two-thirds — of parliament"
    (of "as OK'd by two-thirds of parliament") has no verb to say what the share did. A share that is its
    verb's object ("hold 70% of the country's deposits") and one that restates a count ("cut 1,800 jobs, about
    8 percent of its workforce") stay as before (the labelled cases of Audit 20 and eval reader)."""
    if figure.clause or figure.noun is not None or not figure.what \
            or s.tok(s.root(figure.value_start, figure.value_end)).dep != "pobj":
        return False
    what = sorted(figure.what)
    return s.text(what[0]).lower() == "of" and not any(s.tok(i).pos in ("VERB", "AUX") for i in what)


def epithet(s: ParsedSentence, figure: Figure) -> bool:
    """True for "the million dollar videos", "the billion-dollar empire": a scale word with no digit and no
    multiplier (not even "a"), and a singular currency word that modifies a noun, is a description, not a sum."""
    if figure.label != "MONEY":
        return False
    words = [s.text(i).lower() for i in range(figure.value_start, figure.value_end)]
    numbers = [w for w in words if any(ch.isdigit() for ch in w) or w in CARDINALS or w in _SCALE_WORDS]
    if not numbers or any(w not in _SCALE_WORDS for w in numbers) or {"a", "an"} & set(words) \
            or s.text(figure.value_start - 1).lower() in ("a", "an"):
        return False  # "won a million dollar prize" may be the sum itself; "the million dollar videos" is not
    currency = [i for i in range(figure.value_start, figure.value_end + 1)
                if s.inside(i) and s.tok(i).tag == "NN" and s.tok(i).lemma.lower() in ("dollar", "pound", "euro")]
    return bool(currency) and s.tok(s.head(currency[-1])).pos == "NOUN" and s.head(currency[-1]) > currency[-1]


def conjunct_cut(s: ParsedSentence, figure: Figure) -> bool:
    """True when the measure holds a number whose coordinated number it drops ("in stage three", not
    "in stage three and four"): the count is then of a narrower thing than the article says."""
    shown = set(figure.tokens)
    for i in figure.what + figure.clause:
        if not s.tok(i).like_num:
            continue
        if any(s.tok(c).dep == "conj" and s.tok(c).like_num and c not in shown for c in s.children[i]):
            return True
    return False


def shown_tokens(s: ParsedSentence, measure: str) -> set[int] | None:
    """The sentence's tokens that spell ``measure`` in order ("…" skips words); None when they do not
    (a referent from another sentence, a reworded frame)."""
    rest = "".join(_FRAMES.sub(" ", measure).replace("…", " ").split())
    pos, out = 0, set()
    for i in range(s.lo, s.hi):
        word = s.text(i)
        if word and rest.startswith(word, pos):
            out.add(i)
            pos += len(word)
    return out if pos == len(rest) else None


def _restrictive_cut(s: ParsedSentence, noun: int, shown: set[int]) -> bool:
    """True when a definite ``noun`` has a relative or infinitive clause, set off by no comma, not shown."""
    if not any(s.tok(c).dep == "det" and s.text(c).lower() == "the" for c in s.children[noun]):
        return False
    for c in s.children[noun]:
        if s.tok(c).dep in ("relcl", "acl") and c > noun and c not in shown:
            first = min(s.subtree(c, set(), prune=False))
            if not any(s.text(j) == "," for j in range(noun + 1, first)):
                return True
    return False


def predicate_cut(s: ParsedSentence, figure: Figure, measure: str) -> bool:
    """True when the line ends on a subject whose verb it does not show, or on a definite noun picked out
    only by a restrictive clause it cuts ("to the person", not "who could measure longitude"), or is joined
    from parts that do not read as the article says (``figure_joined``)."""
    shown = shown_tokens(s, measure)
    if not shown:
        return False
    if joined_wrongly(s, shown | set(range(figure.value_start, figure.value_end))):  # "$N — ... a loss" leads
        return True  # a cut "while", a tail whose number is cut, a list narrowed to one member (Audit 42)
    if core_cut(s, shown | set(range(figure.value_start, figure.value_end))):
        return True  # "cut their price target to $38" (who?), "Four families I know have" (what?)
    last = max(shown)
    if s.tok(last).pos not in ("NOUN", "PROPN", "PRON"):
        return False
    verb = s.head(last)
    if s.tok(last).dep in _SUBJECTS and verb > last and verb not in shown:
        return True
    return _restrictive_cut(s, last, shown)


_OBJECTS = frozenset({"dobj", "attr", "ccomp", "xcomp"})


def core_cut(s: ParsedSentence, shown: set[int]) -> bool:
    """True when the line opens on a finite verb whose subject it cuts ("cut their price target to $38", from "Two
    analysts at the bank cut ..."), or on a participle or "worth" said of a word it cuts, or ends on a verb whose
    object it cuts ("Four families I know have", from "... have two parents working at the plant"): a reader cannot
    tell who did it or what it is (session 30)."""
    words = sorted(i for i in shown if s.tok(i).pos != "PUNCT")
    if not words:
        return False
    first, last = words[0], words[-1]
    if s.tok(first).pos in ("VERB", "AUX") and s.tok(first).tag in _FINITE:
        # a subject that is itself a number is the change this baseline goes with ("11,870 involved waits ..., up
        # from 7,940"): the line of the baseline reads as that clause's, the labelled set shows it
        subjects = [c for c in s.children[first] if s.tok(c).dep in _SUBJECTS and c < first and not s.tok(c).like_num]
        if any(not s.subtree(c, set(), prune=False) & shown for c in subjects):
            return True
    if _opens_on_predicate(s, first, shown):
        return True
    return s.tok(last).pos in ("VERB", "AUX") and any(
        s.tok(c).dep in _OBJECTS and c > last for c in s.children[last])


def _opens_on_predicate(s: ParsedSentence, first: int, shown: set[int]) -> bool:
    """True when the line opens on a participle or on "worth" said of a word before it that the line leaves out:
    "killing more than 50m people" (of the 1918 pandemic), "worth about $13 million" (of a frozen account) name
    neither what killed nor what is worth it (Audit 50 #5, #1)."""
    token = s.tok(first)
    if not (token.tag == "VBG" or token.text.lower() == "worth") or s.head(first) in shown or s.head(first) > first:
        return False
    return not any(s.tok(c).dep in _SUBJECTS for c in s.children[first])


