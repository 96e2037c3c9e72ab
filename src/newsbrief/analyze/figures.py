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
from newsbrief.analyze.figure_backrefs import Placed, leans_outside, with_pointed_amount, without_cut_relative
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
from newsbrief.analyze.figure_details import says_too_little
from newsbrief.analyze.figure_eventless import with_host_clause
from newsbrief.analyze.figure_everyday import reader_deletes
from newsbrief.analyze.figure_facts import bare_count, not_a_fact
from newsbrief.analyze.figure_frames import debunks, in_article_order, shown_text, with_spaced_scale
from newsbrief.analyze.figure_holders import tally_entities, with_holder
from newsbrief.analyze.figure_infinitive import with_infinitive_host, with_object_infinitive
from newsbrief.analyze.figure_labels import (
    bare_property,
    cut_label,
    part_named,
    with_owner_noun,
    with_whole_range,
)
from newsbrief.analyze.figure_measure_clause import MAX_CLAUSE_TOKENS, MAX_WHAT_TOKENS, named
from newsbrief.analyze.figure_measures import PEOPLE_NOUNS, Figure, find_figure
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
from newsbrief.analyze.figure_spans import (
    borrowed_subject,
    stitched,
    unparsed_label,
    with_compound_measure,
    with_contiguous_label,
    with_predicate_list,
    with_time_phrase,
    within_glued,
    without_dash_tail,
)
from newsbrief.analyze.figure_standard import not_kept, with_margin_clause, with_standard
from newsbrief.analyze.figure_stranded import condition_only, finished, with_cut_complement
from newsbrief.analyze.figure_superseded import without_superseded
from newsbrief.analyze.figure_terms import cut_term, lacks_term, with_compared
from newsbrief.analyze.figure_times import baseline_after_time, baseline_time, year_before
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
from newsbrief.analyze.figure_where import with_where_host, without_other_relative
from newsbrief.analyze.figure_withheld import unshowable, withheld, without_absolute_with
from newsbrief.models import Citation, Document, Entity, FigureInfo, Item
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
    if bare_count(figure):
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
    if sense_lost(s, figure) or (bare_count(figure) and set(range(figure.value_start, figure.value_end)) <= lost):
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
    relabelled: dict[tuple[str, int, str], Item | None] = {}
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
        s = _parsed(doc, parsed, sentence.index)
        if not s.inside(entity.token_start) or bracketed_conversion(s, entity) or bracketed_aside(s, entity):
            continue  # "£4m ($6m) a day": the bracketed sum restates the first (reader Audit 20); "yards (83)"
        entity = _kind_read(s, entity)
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
        figure = without_dash_tail(s, within_glued(s, figure))  # "have died Good hygiene" (Audit 50), "- none fatally"
        figure = with_predicate_list(s, figure)  # "has evaporated, dispersed, been captured or otherwise eliminated"
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
        figure = with_where_host(s, without_other_relative(s, figure))  # "Texas City, Texas, where 15 workers died"
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
        put = with_pointed_amount(s, figure, placed(s, figure, in_article_order(s, figure, measure, vague, referent),
                                                    (value, shown, lead), debunked, referent))  # "that amount"
        if put is None or _badly_shown(s, figure, put, value):
            continue  # a debunked claim's number, "appeared in 12 games" (Audit 25), a rumour as fact (Audit 26)
        item = _item(ctx, s, figure, put, (value, entity.label), debunked)
        if item is None:
            continue
        if stitched(s, put[0]):  # its own run in its place once the lines are chosen (Audit 49)
            relabelled[_item_key(item)] = _relabelled(ctx, s, figure, put, (value, entity.label), (debunked, vague))
        key = count_key(s, figure, value)  # the same count of the same thing is one figure
        quality = bool(figure.what) + bool(figure.clause)
        told |= set(figure.what)
        if key not in best or quality > best[key][0]:
            best[key] = (quality, _score(s, figure, ctx, len(doc.sentences)), put[2], item)
            values[key] = set(range(figure.value_start, figure.value_end))
    for key, (quality, score, start, item) in list(best.items()):
        if values[key] <= told:
            best[key] = (quality, score - NESTED_PENALTY, start, item)
    ranked = diverse(sorted(best.values(), key=lambda f: (-f[1], f[2])))
    kept = without_parts(bare_last(without_near_duplicates(without_nested(joined_multiples(ranked, text)))), doc)
    kept = without_same_text(one_per_side_sentence(kept, doc))  # a live update's crowd of oil prices (Audit 19)
    kept = without_cut_glosses(without_side_items(kept, doc, ctx.centrality), doc)
    kept = tuple(new for item in kept if (new := relabelled.get(_item_key(item), item)) is not None)
    return finished(without_superseded(kept, doc))


def _kind_read(s: ParsedSentence, entity: Entity) -> Entity:
    """The entity with the kind its words show: "20 billion particles" is no amount of money and "6.1 billion years"
    a span of time; "magnitude 7" is a value with its unit, not a count."""
    if entity.label == "MONEY" and not money_written(s, entity):
        entity = replace(entity, label="DURATION" if _SPAN.search(entity.text) else "CARDINAL")
    return replace(entity, label="QUANTITY") if on_scale(s, *value_span(s, entity)) else entity


def _item(ctx: Context, s: ParsedSentence, figure: Figure, put: Placed, value: tuple[str, str],
          debunked: bool) -> Item | None:
    """The figure's item from its placing (measure, shown text, span, referent), its value and NER label, said with
    whose claim it is (Audit 43); None when it must carry a speaker that cannot be named."""
    when = _words(s, figure.when, trim=False) if figure.when else year_before(s.doc, s.sentence)
    measure, shown, start, end, referent = put
    said = voiced(ctx, s, figure, debunked, (measure, value[0], shown, when))
    if said is None:
        return None
    return Item(text=shown, citations=_citations(s, start, end, referent),
                payload=FigureInfo(value=value[0], unit=value[1].lower(), measure=said, when=when or None))


def _item_key(item: Item) -> tuple[str, int, str]:
    return item.citations[0].sentence_id, item.citations[0].start, item.text


def _relabelled(ctx: Context, s: ParsedSentence, figure: Figure, put: Placed, value: tuple[str, str],
                claim: tuple[bool, set[int]]) -> Item | None:
    """The item of a figure whose label was stitched from words apart, with the article's own run as its label
    (:func:`with_contiguous_label`); None when that run cannot be shown or fails a check the stitched label passed.
    The stitched label is what the choice and the checks of the lines read, as before; this takes its place after."""
    figure, run = with_contiguous_label(s, figure, put, claim[1])
    if run is None or _badly_shown(s, figure, run, value[0]):
        return None
    return _item(ctx, s, figure, run, value, claim[0])


def _badly_shown(s: ParsedSentence, figure: Figure, put: Placed, value: str) -> bool:
    """True when the placed line (measure, shown text, span, referent) is withheld: it loses its verb, cuts its
    label, term or predicate, misreads its number or cannot be read."""
    return verb_lost(s, figure, f"{put[0]} {put[1]}") or cut_label(s, figure, put[0]) \
        or cut_term(s, figure, put[0], put[1]) or predicate_cut(s, figure, put[0]) \
        or misread(s, figure, f"{put[0]} {put[1]}", put[2:]) or unshowable(s, figure, put[0], value) \
        or unparsed_label(s, figure, put[0], put[1]) or unreadable(s, figure, put[0], value)


def _parsed(doc: Document, parsed: dict[int, ParsedSentence], index: int) -> ParsedSentence:
    """Sentence ``index`` read once per brief, however many numbers it holds (``parsed`` is the cache)."""
    if index not in parsed:
        parsed[index] = ParsedSentence(doc, doc.sentences[index])
    return parsed[index]


def _breakdowns(doc: Document, ctx: Context, parsed: dict[int, ParsedSentence],
                best: dict[str, tuple[int, float, int, Item]], values: dict[str, set[int]]) -> set[int]:
    """Each list of shares ("74% Sunni; 10% Christian, 10% Alawite ...") put into ``best`` as one figure shown whole
    (Audit 48: "10% — Syria is made up"); the tokens of every list, whose shares are not read one by one."""
    used: set[int] = set()
    for entity in doc.entities:
        if entity.label != "PERCENT" or entity.token_start in used:
            continue
        s = _parsed(doc, parsed, entity.sentence_index)
        if s.inside(entity.token_start) and (shares := share_list(s, entity.token_start)) is not None:
            used |= shares.tokens
            if (whole := list_item(s, shares)) is not None:
                key = f"shares {entity.sentence_index}:{entity.token_start}"
                best[key] = (2, _score(s, whole[1], ctx, len(doc.sentences)), whole[0].citations[0].start, whole[0])
                values[key] = set(shares.starts)
    return used


_SPAN = re.compile(r"\d\s+(?:(?:m|b|tr)illion\s+)?(?:years|months|weeks|days|hours)$", re.I)
