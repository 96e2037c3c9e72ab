"""Figures: numbers, amounts and percentages with what they measure, of whom and when.

For each number the NER model finds (MONEY, PERCENT, QUANTITY, CARDINAL) the
clause around it is read from the dependency parse:

* what it counts: the noun it modifies ("10 to 20 *nuclear warheads*"), its
  "of" complement ("71 percent *of the 4,200 residents who took part*"), or
  the noun it belongs to ("an *increase* of 3.2 percent");
* its clause: the verb with what follows it when the number is the subject
  ("... *backed the plan*"), the subject and the verb when it is the object
  ("... *Pyongyang could produce*", "*the deal is worth* $1.6 billion");
* a rate ("a year", "per share") and the time expression of the clause
  ("between 2015 and 2018").

The words found are the article's own, in the article's order within each
part, so the reader can check ``FigureInfo.measure`` against the cited
sentence. The item's text is the value as written (currency sign, qualifier,
unit and range kept); its citation covers the value, its measure and its time.

A number whose meaning cannot be found is not shown: names and labels
("Vision 2030", "Boeing 737", "Section 230", "10 Downing Street", a Title
Case label, a stats box), ages in passing ("Smith, 45,"), scores ("a 1-0
win"), descriptive compounds ("a 212-page report"), numbers in a line without
a finite verb, a reference rather than a count ("the two leaders", "the other
two cases"), a conversion in brackets ("45 miles (72 kilometers)"), a comparison
("like millions of others"), and a lone count with no noun ("12 were injured").

A figure must keep the fact it states (reader Audit 4): coordinated nouns stay
whole ("16 men and women"), a dimension is the figure's own adjective ("5.3 feet
*high*", not the "long" of the figure before it), and a clause whose subject is
"it" or "the new version" names what it refers to ("Ford's Mustang Mach E SUV
will start at $44,000") or the figure is dropped: in a round-up a reader cannot
tell which product a bare "It will start at $44,000" belongs to. A count with
nothing but its noun ("21 member states") ranks below counts that say more.

The parts have modules of their own: the parse walked
(:mod:`newsbrief.analyze.figure_parse`), the value and the numbers that are not
figures (:mod:`newsbrief.analyze.figure_values`), what a figure measures
(:mod:`newsbrief.analyze.figure_measures`) and whom its clause is about
(:mod:`newsbrief.analyze.figure_referents`). This module words and ranks the figures
found, and every public name of the parts can still be imported from here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from newsbrief.analyze.context import Context, cite
from newsbrief.analyze.figure_backrefs import leans_outside, with_pointed_amount, without_cut_relative
from newsbrief.analyze.figure_clauses import (
    clauseless,
    guess_cut,
    other_dimension,
    other_unanchored,
    self_named,
    sound_clause,
    verb_lost,
    with_guesser,
    within_clause,
    without_cut_glosses,
)
from newsbrief.analyze.figure_complete import incomplete, unnamed, without_same_text, without_side_items
from newsbrief.analyze.figure_crowded import KIND_PENALTY, diverse, fragment, idle_count, one_per_side_sentence
from newsbrief.analyze.figure_cuts import (
    computed_bonus,
    cut_from_meaning,
    with_purpose,
    with_verb_rate,
    without_near_duplicates,
)
from newsbrief.analyze.figure_dangling import CHANGE_BONUS, change_alone, changes, dangling, placed
from newsbrief.analyze.figure_details import says_too_little, small_count
from newsbrief.analyze.figure_eventless import with_host_clause
from newsbrief.analyze.figure_everyday import reader_deletes
from newsbrief.analyze.figure_frames import debunks, elliptical, in_article_order, shown_text, with_spaced_scale
from newsbrief.analyze.figure_holders import tally_entities, with_holder
from newsbrief.analyze.figure_infinitive import with_infinitive_host, with_object_infinitive
from newsbrief.analyze.figure_labels import (
    bare_property,
    cut_label,
    part_named,
    with_owner_noun,
    with_whole_range,
)
from newsbrief.analyze.figure_measures import (
    MAX_CLAUSE_TOKENS,
    MAX_WHAT_TOKENS,
    PEOPLE_NOUNS,
    Figure,
    find_figure,
    named,
)
from newsbrief.analyze.figure_narration import narration_count
from newsbrief.analyze.figure_owners import owner_lost, with_change
from newsbrief.analyze.figure_padding import (
    bare_last,
    count_key,
    joined_multiples,
    no_quantity,
    own_time,
    trivia,
    with_event,
    without_nested,
)
from newsbrief.analyze.figure_parse import MAX_SUBJECT_TOKENS, ParsedSentence
from newsbrief.analyze.figure_premises import bare_word, bracketed_aside, bracketed_conversion, in_question, with_place
from newsbrief.analyze.figure_readable import unreadable, with_change_object, without_open_list
from newsbrief.analyze.figure_readings import misread
from newsbrief.analyze.figure_referents import (
    Referent,
    definite_subject,
    named_mention,
    resolve_subject,
    standing_version,
    vague_subject,
)
from newsbrief.analyze.figure_salience import passing_count, phone_number, without_parts
from newsbrief.analyze.figure_sense import sense_lost
from newsbrief.analyze.figure_shares import list_item, share_list
from newsbrief.analyze.figure_spans import borrowed_subject, unparsed_label, with_compound_measure, with_time_phrase
from newsbrief.analyze.figure_standard import not_kept, with_margin_clause, with_standard
from newsbrief.analyze.figure_stranded import condition_only, finished, with_cut_complement
from newsbrief.analyze.figure_superseded import without_superseded
from newsbrief.analyze.figure_terms import cut_term, lacks_term, with_compared
from newsbrief.analyze.figure_times import baseline_after_time, baseline_time, past_plan, year_before
from newsbrief.analyze.figure_told import predicate_cut, untold
from newsbrief.analyze.figure_unsaid import new_level, unsaid
from newsbrief.analyze.figure_values import (
    FIGURE_LABELS,
    duration_entities,
    money_written,
    on_scale,
    unlabelled_amounts,
    value_span,
)
from newsbrief.analyze.figure_voices import disputed, voiced
from newsbrief.analyze.figure_withheld import unshowable, withheld, without_absolute_with
from newsbrief.models import Citation, Document, FigureInfo, Item, Token
from newsbrief.nlp.debunk_denied import denied_reports

__all__ = [
    "FIGURE_LABELS", "KIND_PENALTY", "MAX_CLAUSE_TOKENS", "MAX_SUBJECT_TOKENS", "MAX_WHAT_TOKENS", "NESTED_PENALTY",
    "Figure", "analyze_figures", "find_figure", "measure_text",
]

_WEIGHT = {"MONEY": 3.5, "PERCENT": 3.5, "QUANTITY": 2.0, "CARDINAL": 1.5, "DURATION": 1.5}
NESTED_PENALTY = 1.0
BARE_PENALTY = 1.0  # a number inside another figure's measure ("71 percent of the 4,200 residents")


def _words(s: ParsedSentence, indices: Iterable[int], trim: bool = True, lead: bool = True,
           first: bool = True) -> str:
    """The tokens' words in article order, with the article's own spacing between neighbours.

    With ``trim`` a phrase does not begin with a preposition (nor, with ``lead``, an article) or end
    with a preposition or "is". A phrase that does not come ``first`` in a measure lower-cases the
    capital a common word has only because it opens the sentence ("... the police arrested").
    """
    text = s.doc.article.text
    keep = sorted(i for i in indices if not (s.tok(i).pos == "PUNCT" and s.tok(i).text not in ("-", "/", "&", "'")))
    while trim and keep and s.tok(keep[0]).pos in ("DET", "CCONJ", "ADP", "PUNCT", "PART") and \
            s.tok(keep[0]).text.lower() not in ("of", "per") and (lead or s.tok(keep[0]).pos != "DET"):
        keep.pop(0)
    while trim and keep and s.dangling_end(keep[-1]):
        keep.pop()
    parts: list[str] = []
    for n, i in enumerate(keep):
        if n:
            parts.append(text[s.tok(i - 1).end : s.tok(i).start] if keep[n - 1] == i - 1 else " ")
        word = s.tok(i).text
        if not n and not first and i == s.lo and s.tok(i).pos != "PROPN" and word != "I":
            word = word[:1].lower() + word[1:]
        parts.append(word)
    return " ".join("".join(parts).split())


def measure_text(s: ParsedSentence, figure: Figure, referent: Referent | None = None,
                 vague: Iterable[int] = ()) -> str:
    """What the figure measures, in the article's words: what it counts, then its clause, then a rate.

    With a ``referent`` the ``vague`` subject ("it", "the new version") is replaced by the words it
    refers to ("Ford's Mustang Mach E SUV will start").
    """
    what, clause = set(figure.what), set(figure.clause)
    if referent is not None:
        gone, named = set(vague), set(referent.tokens)
        head = s.doc.tokens[referent.tokens[-1]]  # "10 planes the carrier would ground", not "planes carrier would"
        named |= {t.i for t in s.doc.tokens[max(0, referent.tokens[0] - 1) : referent.tokens[0]]
                  if head.pos == "NOUN" and t.dep == "det" and t.head == head.i}
        what, clause = ((part - gone) | named if part & gone else part for part in (what, clause))
    parts = (_words(s, what), _words(s, clause, lead=not what, first=not what),
             _words(s, figure.rate, trim=False))
    return " ".join(part for part in parts if part)


# Unseen briefs (session 8) showed figures whose meaning a reader cannot find: a small count in passing
# ("the most decorated Olympian of all time with 22 medals", "put me in a cell with 3 men"), an age read
# as a count ("..., at 15 estrogen enhancers"), a counterfactual estimate ("we would have taken about
# 200 kilos"), a hedged detail ("names which may denote two distinct species") and a gloss told by an
# unnamed "I" or "we" ("30 days — I spent in jail"). A large count in passing stays a figure ("with just
# over 6,000 sales", "a state with more than 465,000 registered Republicans": read on the dev pools).
_IN_PASSING = frozenset({"with", "among", "alongside"})
_PAST_MODALS = frozenset({"would", "could", "might", "should", "must", "'d"})
_HEDGES = frozenset({"may", "might"})
_FIRST_PERSON = frozenset({"i", "we", "you", "me", "us"})


def _in_passing(s: ParsedSentence, figure: Figure) -> bool:
    """A small bare count in a phrase of accompaniment ("with 3 men"), or an age set off as "at 15"."""
    if figure.noun is None or not _bare(figure) or s.tok(figure.noun).dep != "pobj" or not small_count(s, figure):
        return False
    preposition = s.head(figure.noun)
    word = s.text(preposition).lower()
    before = s.text(preposition - 1) if s.inside(preposition - 1) else ""
    return word in _IN_PASSING or (word == "at" and (not before or before in (",", "'", '"', "‘", "“")))


# An error margin is no figure ("4.9 m barrels (plus or minus about 10%)" gave "minus about 10%"), and
# a number under a negated or counterfactual verb states the opposite when shown bare ("It couldn't
# have been more than 20 feet" gave "more than 20 feet"): reader Audit 7. Dropped, not reworded.
_MARGIN = re.compile(r"(?:plus or minus|plus/minus|give or take|±|\+/-|margin of error of)\W*"
                     r"(?:about |around |some )?$", re.I)


def _bounded_or_margin(s: ParsedSentence, figure: Figure) -> bool:
    """True for an error margin, or a number whose governing verb is negated or counterfactual."""
    text = s.doc.article.text
    start = s.tok(figure.value_start).start
    digit = re.search(r"\d", text[start : s.tok(figure.value_end - 1).end])  # "minus about 10%" is one entity
    if _MARGIN.search(text[max(s.sentence.start, start - 30) : start + (digit.start() if digit else 0)]):
        return True
    i = figure.value_start
    for _ in range(8):  # up from the number to the verb that governs it
        token = s.tok(i)
        if token.pos in ("VERB", "AUX") and token.dep != "aux":
            kids = [s.tok(c) for c in s.children[i]]
            modal = any(k.dep == "aux" and k.tag == "MD" and k.text.lower() in _PAST_MODALS for k in kids)
            perfect = token.tag == "VBN" and any(k.dep == "aux" and k.lemma.lower() == "have" for k in kids)
            return any(k.dep == "neg" for k in kids) or (modal and perfect) or _negated_subject(s, kids) \
                or _only_suspected(s, i)
        if s.head(i) == i or (token.dep == "conj" and any(s.tok(c).dep == "nsubj" for c in s.children[i])):
            return False  # "X is not ..., and only 3% head to Y": the conjunct has its own subject
        i = s.head(i)
    return False


# Check 8: "no estimate can be 100% accurate" was shown as "100% — estimate be accurate", and "it
# suspected 60 people had been killed" as "60 people — had been killed": a subject negated by "no", or
# a clause held only as a suspicion or belief (or a certainty denied), tells no fact when shown bare.
_NO_SUBJECTS = frozenset("nobody nothing none noone".split())
_SUSPECTING = frozenset("suspect fear believe think assume guess doubt allege speculate presume".split())


def _negated_subject(s: ParsedSentence, kids: list[Token]) -> bool:
    """True when the verb's subject is "no X", "nobody", "nothing" or "none"."""
    for kid in kids:
        if kid.dep in ("nsubj", "nsubjpass") and (kid.lemma.lower() in _NO_SUBJECTS or any(
                s.tok(c).dep == "det" and s.tok(c).lemma.lower() == "no" for c in s.children[kid.i])):
            return True
    return False


def _only_suspected(s: ParsedSentence, verb: int) -> bool:
    """True when the verb's clause is what someone suspects or believes, or is denied to be certain."""
    if s.tok(verb).dep != "ccomp" or s.head(verb) == verb:
        return False
    head = s.tok(s.head(verb))
    return head.lemma.lower() in _SUSPECTING or any(s.tok(c).dep == "neg" for c in s.children[head.i])


def not_a_fact(s: ParsedSentence, figure: Figure) -> bool:
    """True when the figure states no fact a reader can place (see above)."""
    if _in_passing(s, figure) or _bounded_or_margin(s, figure) or past_plan(s, figure) or elliptical(s, figure):
        return True
    for i in figure.clause:
        token = s.tok(i)
        if token.dep in ("nsubj", "nsubjpass") and token.text.lower() in _FIRST_PERSON:
            return True
        kids = [s.tok(c) for c in s.children[i]]
        modal = {k.text.lower() for k in kids if k.dep == "aux" and k.tag == "MD"}
        if modal & _PAST_MODALS and token.tag == "VBN" and any(k.dep == "aux" and k.lemma.lower() == "have"
                                                                for k in kids):
            return True  # "would have taken", "could have cost"; not the sum "will have cost"
        if modal & _HEDGES and token.dep in ("relcl", "acl"):
            return True
    return False


def _bare(figure: Figure) -> bool:
    """A count shown with nothing but its noun: no clause, no time, nothing after the noun it counts.

    An amount or a share keeps its noun's weight ("$7,500 federal tax credit"); a bare count of
    things ("21 member states", "a 13.8-billion-year period") says nothing a reader keeps.
    """
    if figure.label not in ("CARDINAL", "QUANTITY") or figure.clause or figure.when or figure.noun is None:
        return False
    return all(i <= figure.noun for i in figure.what)


def _score(s: ParsedSentence, figure: Figure, ctx: Context, n: int) -> float:
    """What a reader looks for: money and percentages, counts of people, a measure with its verb, early."""
    score = _WEIGHT.get(figure.label, 1.0) + computed_bonus(s)
    if figure.noun is not None and s.tok(figure.noun).text.lower() in PEOPLE_NOUNS:
        score += 1.0
    if figure.spelled:
        score -= 1.0
    # a measure that names what is counted and the clause it is in, not a pronoun's
    rate = set(figure.rate)
    if named(s, figure.what, rate):
        score += 0.5
    elif not named(s, figure.clause, rate):
        score -= 1.0  # "£143m — grew": a reader cannot tell what
    if figure.clause:
        score += 0.5
    if _bare(figure):
        score -= BARE_PENALTY  # "more than 7 million people", "21 EU member states": a reader asks "and?"
    if any(s.tok(i).pos == "PRON" and s.tok(i).dep in ("nsubj", "dobj", "nsubjpass") for i in figure.clause):
        score -= 0.5  # "she spending", "taking it"
    if figure.when:
        score += 0.25
    if changes(s, figure):
        score += CHANGE_BONUS  # a report's finding ranks above its descriptive measures (session 17)
    index = s.sentence.index
    score += 0.75 * (1.0 - index / max(n, 1))
    if index < len(ctx.centrality):
        score += 0.5 * ctx.centrality[index]
    return score


def _subject_referent(doc: Document, s: ParsedSentence, figure: Figure) -> tuple[set[int], Referent | None] | None:
    """(vague subject, what it refers to) of the figure's clause; None when a pronoun's referent is not found.

    "It"/"the new version" must be resolved or the figure is dropped; "the wagon" is named as it was
    introduced when an earlier mention names it, and otherwise left as written.
    """
    vague = vague_subject(s, figure.clause)
    if vague:
        referent = resolve_subject(doc, s, vague)
        if referent is None and standing_version(s, vague):
            return set(), None  # "The basic model costs $199": a kind the reader takes as written
        return None if referent is None or unnamed(s, referent.tokens) else (vague, referent)
    vague = definite_subject(s, figure.clause)
    return vague, (named_mention(doc, s, vague) if vague else None)


def _changed_or_referent(doc: Document, s: ParsedSentence,
                         figure: Figure) -> tuple[Figure, tuple[set[int], Referent | None] | None]:
    """The figure and its subject's referent (see _subject_referent); a change whose subject cannot be named
    kept by its noun alone ("This represents a loss of 26%": the loss is the figure, session 17)."""
    found = _subject_referent(doc, s, figure)
    if found is None and (alone := change_alone(s, figure)) is not None:
        return alone, (set(), None)
    return figure, found


def _citations(s: ParsedSentence, start: int, end: int, referent: Referent | None) -> tuple[Citation, ...]:
    """The figure's span, and the words that name its vague subject when they stand in an earlier sentence."""
    citations: tuple[Citation, ...] = (cite(s.sentence, start, end),)
    if referent is not None and referent.sentence_index != s.sentence.index:
        citations += (cite(s.doc.sentences[referent.sentence_index], s.tok(referent.tokens[0]).start,
                           s.tok(referent.tokens[-1]).end),)
    return citations


def _altered(s: ParsedSentence, figure: Figure, lost: set[int]) -> bool:
    """True when the figure would alter its number's sense, or is a bare count inside a figure so dropped;
    the dropped figure's words go into ``lost``: "86 countries" of a dropped "two-thirds of the people
    questioned in 86 countries" is a bare count with nothing left to say."""
    if sense_lost(s, figure) or (_bare(figure) and set(range(figure.value_start, figure.value_end)) <= lost):
        lost |= set(figure.what)
        return True
    return False


def analyze_figures(doc: Document, ctx: Context) -> tuple[Item, ...]:
    """Key figures, best first: the value as written (with the noun it counts, when that follows it)
    and, in the payload, what it measures and when.

    A value shown twice would read as a repeat, so only its first fullest mention is kept.
    """
    text = doc.article.text
    best: dict[str, tuple[int, float, int, Item]] = {}
    told: set[int] = set()  # tokens of every figure's "what"
    values: dict[str, set[int]] = {}
    parsed: dict[int, ParsedSentence] = {}
    lost: set[int] = set()  # what the figures dropped as altered count, in their words
    used = _breakdowns(doc, ctx, parsed, best, values)  # value tokens already read ("one in five" is one figure)
    entities = sorted([*doc.entities, *unlabelled_amounts(doc), *duration_entities(doc), *tally_entities(doc)],
                      key=lambda e: e.start)
    debunked = debunks(doc)
    # a hoax's text, a rejected claim, a denied report: its numbers are its claims, not the article's facts
    # (reader Audit 19: a fake story's "$35,000 setup fee" and a denied paper's "26 HIV cases" as key figures)
    claims = ctx.rejected | denied_reports(doc)
    for entity in entities:
        if entity.label not in FIGURE_LABELS or entity.token_start in used or entity.sentence_index in claims:
            continue
        sentence = doc.sentences[entity.sentence_index]
        s = parsed.setdefault(sentence.index, ParsedSentence(doc, sentence))
        if not s.inside(entity.token_start) or bracketed_conversion(s, entity) or bracketed_aside(s, entity):
            continue  # "£4m ($6m) a day": the bracketed sum restates the first (reader Audit 20); "yards (83)"
        if entity.label == "MONEY" and not money_written(s, entity):
            # "20 billion particles" is no amount of money; "6.1 billion years" is a span of time
            entity = replace(entity, label="DURATION" if _SPAN.search(entity.text) else "CARDINAL")
        if on_scale(s, *value_span(s, entity)):
            entity = replace(entity, label="QUANTITY")  # "magnitude 7": a value with its unit, not a count
        figure = with_holder(s, find_figure(s, entity))  # "20 percent purity" says what is pure (session 18)
        if figure is None:
            continue
        # "5ft 2in" whole (Audit 35); "a cottage for $310,000", "heroin of 20 percent purity", "18m to 40m gallons"
        figure = with_whole_range(s, with_owner_noun(s, with_compound_measure(s, figure)))
        used |= set(range(figure.value_start, figure.value_end))
        figure, found = _changed_or_referent(doc, s, figure)
        if found is None:
            continue  # "It will start at $44,000" with nothing named before it: which one, a reader asks
        figure = with_spaced_scale(s, sound_clause(s, within_clause(s, figure)))  # a run-on item cut (Audit 25)
        figure = with_purpose(s, with_verb_rate(s, baseline_time(s, own_time(s, with_event(s, figure)))))
        figure = baseline_after_time(s, figure)  # "to 4.41 percent from 4.40 percent last week" (session 18c)
        figure = with_host_clause(s, new_level(s, with_place(s, with_guesser(s, figure))))  # "In Sulaimaniya, 39"
        figure = with_infinitive_host(s, with_standard(s, with_compared(s, figure)))  # "larger than X"
        figure = with_object_infinitive(s, figure)  # "prompting 2,000 people to flee to Turkey" (Audit 48)
        figure = with_margin_clause(s, figure)  # "$3.51 is 61 cents below the record" (Audit 44)
        figure = without_absolute_with(s, figure)  # "second at 211.3 mph", not "... with Ortiz" (session 21)
        figure = with_cut_complement(s, with_time_phrase(s, figure))  # "8 held prior to the match" (session 22)
        figure = without_open_list(s, with_change_object(s, figure))  # "a rise in X", no "including" (Audit 36)
        figure = without_cut_relative(s, with_change(s, figure))  # "revenue fell 17 percent to $2.3 billion" (Audit 46)
        if (not figure.clause and not named(s, figure.what, set(figure.rate))) or not_a_fact(s, figure) \
                or no_quantity(s, figure) or trivia(s, figure) or cut_from_meaning(s, figure) \
                or phone_number(s, figure) or passing_count(s, figure) or _altered(s, figure, lost) \
                or dangling(s, figure) or idle_count(s, figure) or in_question(s, figure.value_end) \
                or unsaid(s, figure) or incomplete(s, figure) or self_named(s, figure) or clauseless(s, figure) \
                or other_dimension(s, figure) or guess_cut(s, figure) or other_unanchored(s, figure) \
                or part_named(s, figure) or bare_property(s, figure) or lacks_term(s, figure) or bare_word(figure) \
                or withheld(s, figure) or borrowed_subject(s, figure) or says_too_little(s, figure) \
                or condition_only(s, figure) or untold(s, figure) or disputed(s, figure) or fragment(s, figure) \
                or not_kept(s, figure) or reader_deletes(s, figure, found[1] is not None) or leans_outside(s, figure) \
                or owner_lost(s, figure) or narration_count(s, figure):  # "two of her aides"
            continue  # nothing says what it counts, no fact a reader can place, "civilians 3", "analysts told"
        vague, referent = found
        referent = referent if vague & (set(figure.what) | set(figure.clause)) else None  # its naming clause dropped
        measure = measure_text(s, figure, referent, vague)
        if not measure:
            continue
        last = s.tok(figure.value_end - 1)
        value = text[s.tok(figure.value_start).start : last.end - (last.text[-1:] == "." and len(last.text) > 1)]
        shown, lead = shown_text(s, figure, value)
        when = _words(s, figure.when, trim=False) if figure.when else year_before(doc, sentence)
        put = with_pointed_amount(s, figure, placed(s, figure, in_article_order(s, figure, measure, vague, referent),
                                                    (value, shown, lead), debunked, referent))  # "that amount"
        if put is None or verb_lost(s, figure, f"{put[0]} {put[1]}") or cut_label(s, figure, put[0]) \
                or cut_term(s, figure, put[0], put[1]) or predicate_cut(s, figure, put[0]) \
                or misread(s, figure, f"{put[0]} {put[1]}", put[2:]) or unshowable(s, figure, put[0], value) \
                or unparsed_label(s, figure, put[0], put[1]) or unreadable(s, figure, put[0], value):
            continue  # a debunked claim's number, "appeared in 12 games" (Audit 25), a rumour as fact (Audit 26)
        measure, shown, start, end, referent = put
        said = voiced(ctx, s, figure, debunked, (measure, value, shown, when))  # whose claim it is (Audit 43)
        if said is None:
            continue
        item = Item(
            text=shown,
            citations=_citations(s, start, end, referent),
            payload=FigureInfo(value=value, unit=entity.label.lower(), measure=said, when=when or None),
        )
        key = count_key(s, figure, value)  # the same count of the same thing is one figure
        quality = bool(figure.what) + bool(figure.clause)
        told |= set(figure.what)
        if key not in best or quality > best[key][0]:
            best[key] = (quality, _score(s, figure, ctx, len(doc.sentences)), start, item)
            values[key] = set(range(figure.value_start, figure.value_end))
    for key, (quality, score, start, item) in list(best.items()):
        if values[key] <= told:
            best[key] = (quality, score - NESTED_PENALTY, start, item)
    ranked = diverse(sorted(best.values(), key=lambda f: (-f[1], f[2])))
    kept = without_parts(bare_last(without_near_duplicates(without_nested(joined_multiples(ranked, text)))), doc)
    kept = without_same_text(one_per_side_sentence(kept, doc))  # a live update's crowd of oil prices (Audit 19)
    return finished(without_superseded(without_cut_glosses(without_side_items(kept, doc, ctx.centrality), doc), doc))


def _breakdowns(doc: Document, ctx: Context, parsed: dict[int, ParsedSentence],
                best: dict[str, tuple[int, float, int, Item]], values: dict[str, set[int]]) -> set[int]:
    """Each list of shares ("74% Sunni; 10% Christian, 10% Alawite ...") put into ``best`` as one figure shown whole
    (Audit 48: "10% — Syria is made up"); the tokens of every list, whose shares are not read one by one."""
    used: set[int] = set()
    for entity in doc.entities:
        if entity.label != "PERCENT" or entity.token_start in used:
            continue
        s = parsed.setdefault(entity.sentence_index, ParsedSentence(doc, doc.sentences[entity.sentence_index]))
        if s.inside(entity.token_start) and (shares := share_list(s, entity.token_start)) is not None:
            used |= shares.tokens
            if (whole := list_item(s, shares)) is not None:
                key = f"shares {entity.sentence_index}:{entity.token_start}"
                best[key] = (2, _score(s, whole[1], ctx, len(doc.sentences)), whole[0].citations[0].start, whole[0])
                values[key] = set(shares.starts)
    return used


_SPAN = re.compile(r"\d\s+(?:(?:m|b|tr)illion\s+)?(?:years|months|weeks|days|hours)$", re.I)
