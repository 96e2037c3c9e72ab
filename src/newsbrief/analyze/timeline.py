"""Timeline: events with explicit dates, normalized and sorted chronologically.

A sentence gives an event when it reports something as happening on a date. Dates
named as background (:func:`newsbrief.nlp.dates.find_dates` flags "since 2008", "as
in 2016", "the 1982 crackdown", a speaker's year inside a quotation) and stretches up
to now ("for six years") date nothing. A range ("from 2015 to 2018") is one event at
its start, labelled with both ends ("2015–2018"); a limit says so ("until 6 May 2009",
"by 2022"). A year that names a model or a thing and "today" meaning nowadays date nothing
(:mod:`newsbrief.analyze.date_roles`), nor does the tail of a sentence split in two ("of
2006, I outlined ..."). The lead's dated events are the news
itself: they are kept, told by the lead, even when the article has more dated events
than the section shows. With no publication date a day and month keeps no year ("18 March", ``--03-18``) and
orders after the dated entries (:mod:`newsbrief.nlp.date_yearless`); a bare weekday ("a letter on Tuesday", "by
Friday") cannot be placed among dated entries and gives none (reader Audit 31 weighed a
"Friday (deadline)" entry: it would break the section's order; the key points keep such days). Session 36 read
it again: in 11 of 14 FNC-1 leads with a bare weekday the day dates the news itself, and the bare weekday is most of
the key dates the last three audits found lost (Audit 53: four of five). An entry "Tuesday (date not given)", placed
last, would be right there, but the payload's date has no form for a weekday (models.TimelineEvent's pattern), so
the entry stays withheld until one is added. A wire dateline's day without its year does date "yesterday" and
"three days ago" (:func:`newsbrief.nlp.date_yearless.counted_from_day`).
"""

from __future__ import annotations

import re
from datetime import date

from newsbrief.analyze.context import Context, cite
from newsbrief.analyze.date_anchored import counted_from_before
from newsbrief.analyze.date_calendar import calendar_week, names_our_times, tells_a_habit
from newsbrief.analyze.date_clauses import (
    dates_a_comparison,
    dates_a_precedent,
    dates_a_premise,
    dates_a_supposition,
    states_the_present,
)
from newsbrief.analyze.date_compared import compared_or_listed
from newsbrief.analyze.date_events import dates_a_named_thing, dates_a_qualified_noun, event_noun_phrase
from newsbrief.analyze.date_forecasts import (
    dates_a_compared_figure,
    dates_a_forecast,
    dates_a_guess,
    dates_a_noun_in_a_guess,
    dates_a_report_on_older_news,
    dates_an_estimate,
)
from newsbrief.analyze.date_frames import (
    dates_a_denial,
    in_a_frame,
    in_season,
    is_caption,
    is_fragment,
    is_glued,
    is_lifespan,
    is_listing,
    is_stamp,
    names_a_period,
    season_span,
    year_in_a_name,
)
from newsbrief.analyze.date_layouts import chronology_dates, dated_list_items, stage_heading
from newsbrief.analyze.date_nested import (
    dates_a_nested_noun,
    dates_a_prior_event,
    on_the_main_clause,
    unnamed_subject,
)
from newsbrief.analyze.date_origins import (
    dates_a_career_step,
    dates_a_first_or_last,
    dates_an_origin,
    is_data_stamp,
    opens_on_a_possessive,
)
from newsbrief.analyze.date_outlook import (
    dates_a_projection,
    dates_an_aside_on_a_forecast,
    tells_a_holding,
    tells_a_tally,
)
from newsbrief.analyze.date_roles import (
    DATELINE_SENTENCES,
    dates_a_listed_subject,
    dates_a_reference,
    dates_a_side_detail,
    means_nowadays,
    names_a_thing,
    plan_of_the_past,
    subordinate_event,
    tells_no_event,
)
from newsbrief.analyze.date_targets import (
    conjunct_event,
    coordinated_event,
    dates_a_lower_clause,
    dates_a_target,
    misplaced_past,
    spans_another_period,
    tells_a_state,
)
from newsbrief.analyze.date_wording import date_clause, label, time_opening, words
from newsbrief.analyze.doc_index import entities_of, paragraph_opening
from newsbrief.analyze.openings import is_furniture, repair_opening
from newsbrief.ingest.header import dateline_span
from newsbrief.lexicon import DANGLING_PRONOUNS
from newsbrief.models import Candidate, Document, Item, Sentence, TimelineEvent
from newsbrief.nlp.clock_stamps import clock_stamps
from newsbrief.nlp.date_yearless import publication_day, timeline_order
from newsbrief.nlp.dates import DateValue, find_dates
from newsbrief.nlp.email_headers import header_runs, in_header_run
from newsbrief.sections import SECTIONS

# Below this confidence a resolved date is too much of a guess to show
# (weeks counted back, "this week"); chosen by reading the example articles.
MIN_CONFIDENCE = 0.55
# The lead: the first paragraphs, which in news tell the news itself (the inverted
# pyramid). Two paragraphs and at most three sentences: the examples and the summ/ and
# t17 articles put the main event in their first one to three sentences, and datasets
# that write one sentence per line make every sentence a paragraph.
LEAD_PARAGRAPHS = 2
LEAD_SENTENCES = 3
# A lead date within this many days of publication (or ahead of it) dates the news; an
# older one is history told in the lead ("a deal first proposed in March 2019") and
# competes with the other events. A month: the reach of "last month" and "on 3 March"
# in a story published in early April.
LEAD_NEWS_DAYS = 31
# A dated sentence that opens with a pronoun is told with the sentence before it; the two
# together at most this long: two long news sentences of 35 words, set by hand.
PAIR_MAX_WORDS = 70

_CLEFT = re.compile(r"\W*it\s+(?:was|is)\s*(?:not|n['’]t)?\s+(?:until|till)\s", re.I)
# Genres whose writer argues: a year of a first use or a last time there is a comparison (session 29).
_ARGUMENTS = frozenset({"opinion", "analysis"})
_SPECIFICITY = {"day": 3, "month": 2, "year": 1}
def _informativeness(doc: Document, ctx: Context, sentence: Sentence) -> float:
    """How much a sentence says: content words, entities and centrality."""
    entities = sum(1 for e in entities_of(doc, sentence) if e.label != "DATE")
    return len(set(ctx.terms[sentence.index])) + 2 * entities + 5 * ctx.centrality[sentence.index]


def _opens_in_quote(doc: Document, sentence: Sentence) -> bool:
    """True when ``sentence`` begins inside a quotation opened earlier in its paragraph."""
    first = paragraph_opening(doc, sentence)
    head = doc.article.text[first.start : sentence.start]
    return head.count('"') % 2 == 1 or head.count("“") > head.count("”")


def is_event(value: DateValue) -> bool:
    """A date that can date an event: sure enough, not background, not the end of a range."""
    return value.confidence >= MIN_CONFIDENCE and not value.background and not value.ends_range


def dated_sentences(doc: Document, ctx: Context) -> list[tuple[DateValue, Sentence]]:
    """Each dated sentence with the date of the event it reports.

    A sentence that names several dates is about its most specific one ("Talks
    resumed in June 2023, after ... 2022 levels" is a June 2023 event); ties go
    to the date named first.
    """
    return _read_dates(doc, ctx)[0]


# A noun event: its date, the sentence that names it, and the article offsets of its noun phrase.
NounEvent = tuple[DateValue, Sentence, int, int]


def _read_dates(doc: Document, ctx: Context, bodies: dict[int, Sentence] | None = None,
                ) -> tuple[list[tuple[DateValue, Sentence]], list[NounEvent]]:
    """The dated sentences (see :func:`dated_sentences`) and the events named by a noun whose date is
    no date of its sentence's own event ("two days after Mr Lane's death in June 2009").

    A run-together dated list gives its items as noun events; a stage heading is a dated sentence whose
    stage is told by the sentence ``bodies`` maps its index to (:mod:`newsbrief.analyze.date_layouts`).
    """
    pairs: list[tuple[DateValue, Sentence]] = []
    nouns: list[NounEvent] = []
    bodies = {} if bodies is None else bodies
    # A live page's "1914:" entry stamps are times of day, not years (nlp/clock_stamps.py).
    stamps = clock_stamps(doc.article.text, ctx.published)
    # Quoted email headers are metadata: their sent date with header text as the event is no entry
    # (reader Audit 25), so a sentence that holds a header run dates nothing.
    headers = header_runs(doc.article.text)
    previous_season: tuple[int, int] | None = None
    chronology = chronology_dates(doc, ctx.published)
    argued = ctx.genre in _ARGUMENTS
    # A wire dateline's day without its year ("--11-05") still dates "yesterday" and "three days ago" (issue #11)
    day = publication_day(doc.article.source.date) if ctx.published is None else None
    for sentence in doc.sentences:
        # A season named in this sentence or the one before gives a yearless month its year (in_season).
        own_season = season_span(sentence.text)
        season, previous_season = own_season or previous_season, own_season
        if sentence.text[:1].islower():
            continue  # "of 2006, I outlined ...": the tail of a sentence split at a question mark
        if in_header_run(headers, sentence.start, sentence.end):
            continue
        if _by_layout(doc, ctx, sentence, chronology, (pairs, nouns, bodies)):
            continue
        if not any(t.pos in ("VERB", "AUX") for t in doc.sentence_tokens(sentence)):
            continue  # "CORSICANA (October 14, 2014)", "During the ... presence (from 1976 until 2005)": no event
        if is_fragment(doc, sentence) or is_glued(doc, sentence) or in_a_frame(doc, sentence) or is_listing(sentence):
            continue  # no whole sentence ("Joining the club in 2001 before ..."), "If 2014 was ...", a listing
        dateline = dateline_span(sentence.text) if sentence.index < DATELINE_SENTENCES else None
        quoted = _opens_in_quote(doc, sentence)
        # With no publication date a day and month stays a day without a year ("--03-18", nlp/date_yearless.py).
        found = [v for v in find_dates(sentence.text, ctx.published, quoted, yearless=True, day=day)
                 if (dateline is None or v.start >= dateline[1]) and sentence.start + v.start not in stamps]
        if season is not None:
            found = [in_season(v, sentence.text, season, ctx.published) for v in found]
        # "Last week" is the calendar week before publication, a span an entry can carry (date_calendar.py)
        found = [calendar_week(v, sentence.text, ctx.published) for v in found]
        # The main clause's own time dates the sentence, not a lower clause's (reader Audit 33).
        main = on_the_main_clause(doc, sentence, found, [v for v in found if is_event(v)])
        values = [v for v in main if is_event(v) and _dates_the_event(doc, sentence, v, argued)]
        if values and unnamed_subject(doc, sentence) and _antecedent(doc, ctx, sentence) is None:
            values = []  # "they were detained" with nobody named: withheld unless the sentence before names them
        if values and opens_on_a_possessive(sentence) and (head := _antecedent(doc, ctx, sentence)) is not None \
                and not any(is_event(v) for v in find_dates(head.text, ctx.published, False)):
            values = []  # "Its oil company tried ... in 2005": the pair's head tells another, undated event
        if not values and pairs and pairs[-1][1].index == sentence.index - 1:
            # "Two days later, protests began": counted from the day the sentence before tells (date_anchored.py)
            counted = counted_from_before(sentence.text, pairs[-1][0], ctx.published)
            values = [counted] if counted is not None and _dates_the_event(doc, sentence, counted, argued) else []
        if values:
            best = max(values, key=lambda v: (_SPECIFICITY[v.granularity], -v.start))
            pairs.append((best, sentence))
            pairs.extend((v, sentence) for v in _conjunct_dates(doc, ctx, sentence, found, best, argued))
        for value in found:
            if value not in values and _may_date_a_noun(sentence, value, quoted):
                phrase = event_noun_phrase(doc, sentence, value)
                if phrase is not None:
                    nouns.append((value, sentence, *phrase))
    return pairs, nouns


def _conjunct_dates(doc: Document, ctx: Context, sentence: Sentence, found: list[DateValue], best: DateValue,
                    argued: bool) -> list[DateValue]:
    """The dates of later coordinated clauses with an event of their own, besides the sentence's ``best``.

    "She was first elected in 2009 and re-elected on Monday" is two events (reader Audit 46): the main clause's
    date chooses the sentence, and the second conjunct is its own entry, told alone (:func:`conjunct_event`).
    """
    return [v for v in found if v is not best and v.start > best.start and v.iso != best.iso and is_event(v)
            and conjunct_event(doc, sentence, v, ctx.published, best) is not None
            and _dates_the_event(doc, sentence, v, argued)]


def _by_layout(doc: Document, ctx: Context, sentence: Sentence, chronology: dict[int, DateValue],
               found: tuple[list[tuple[DateValue, Sentence]], list[NounEvent], dict[int, Sentence]]) -> bool:
    """Whether the page's layout dates ``sentence`` (its events added to ``found``: pairs, nouns, stage bodies).

    A sidebar chronology's entry is an event on its date (reader Audit 42); a run-together list's items each
    have their own year, none dating the whole list (reader Audit 29); a stage heading dates the stage it heads.
    """
    pairs, nouns, bodies = found
    if sentence.index in chronology:
        if is_event(chronology[sentence.index]):
            pairs.append((chronology[sentence.index], sentence))
        return True
    listed = dated_list_items(sentence, ctx.published)
    if listed is not None:
        nouns.extend((value, sentence, start, end) for value, start, end in listed)
        return True
    heading = stage_heading(doc, sentence, ctx.published)
    if heading is not None:
        if is_event(heading[0]):
            pairs.append((heading[0], sentence))
            bodies[sentence.index] = heading[1]
        return True
    return False


def _may_date_a_noun(sentence: Sentence, value: DateValue, quoted: bool) -> bool:
    """True when a date no event of its sentence takes may still date an event a noun names.

    Background in an aside ("Detective X, who interviewed Dr Y after Mr Z's death in June 2009, ...")
    or after a reference word is fine; a stretch ("since 2008"), a limit, a range, a guess or a
    speaker's date inside a quotation is not.
    """
    head = sentence.text[: value.start]
    in_quote = quoted != (head.count('"') % 2 == 1 or head.count("“") > head.count("”"))
    return (value.confidence >= MIN_CONFIDENCE and not value.span and value.bound is None
            and value.until is None and not value.ends_range and not in_quote)


def _dates_the_event(doc: Document, sentence: Sentence, value: DateValue, argued: bool) -> bool:
    """True when ``value`` dates an event the sentence reports, not a thing, nowadays, a side detail, a state
    or a habit, nor an estimate's year; ``argued``: the article is an argument (a first use or a last time is
    then a comparison, :func:`dates_a_first_or_last`)."""
    return not (names_a_thing(doc, sentence, value) or means_nowadays(doc, sentence, value)
                or dates_a_side_detail(doc, sentence, value)
                or dates_a_reference(doc, sentence, value) or dates_a_comparison(doc, sentence, value)
                or dates_a_listed_subject(doc, sentence, value) or tells_no_event(doc, sentence, value)
                or plan_of_the_past(doc, sentence, value) or dates_a_supposition(doc, sentence, value)
                or dates_a_qualified_noun(doc, sentence, value) or dates_a_named_thing(doc, sentence, value)
                or compared_or_listed(doc, sentence, value)
                or dates_a_nested_noun(doc, sentence, value) or dates_a_precedent(doc, sentence, value)
                or dates_a_prior_event(doc, sentence, value)
                or tells_a_habit(doc, sentence, value) or year_in_a_name(doc, sentence, value)
                or is_caption(doc, sentence, value) or is_lifespan(sentence, value) or is_stamp(sentence, value)
                or names_a_period(doc, sentence, value) or states_the_present(doc, sentence, value)
                or dates_a_forecast(doc, sentence, value) or dates_a_compared_figure(doc, sentence, value)
                or dates_a_report_on_older_news(doc, sentence, value) or dates_a_noun_in_a_guess(doc, sentence, value)
                or dates_a_guess(doc, sentence, value) or dates_a_career_step(sentence, value)
                or dates_a_premise(sentence, value) or spans_another_period(doc, sentence, value)
                or dates_an_origin(doc, sentence, value) or is_data_stamp(doc, sentence, value)
                or dates_a_first_or_last(doc, sentence, value, argued) or names_our_times(doc, sentence, value)
                or dates_a_target(doc, sentence, value) or dates_a_lower_clause(doc, sentence, value)
                or tells_a_state(doc, sentence, value) or dates_a_denial(doc, sentence, value)
                or dates_a_projection(doc, sentence, value) or tells_a_holding(doc, sentence, value)
                or tells_a_tally(doc, sentence, value) or dates_an_aside_on_a_forecast(doc, sentence, value)
                or misplaced_past(doc, sentence, value)
                # the lead's estimate is the story's own study (reader Audit 31: later ones are background)
                or (sentence.index >= LEAD_SENTENCES and dates_an_estimate(doc, sentence, value)))


def _lead_news(doc: Document, ctx: Context, sentence: Sentence, value: DateValue) -> bool:
    """True when ``sentence`` is in the lead and its date is the news (near publication or ahead)."""
    if sentence.paragraph >= LEAD_PARAGRAPHS or sentence.index >= LEAD_SENTENCES:
        return False
    if ctx.published is None or value.future:
        return True
    parts = [int(p) for p in value.iso.split("-")]
    last = date(parts[0], parts[1] if len(parts) > 1 else 12, parts[2] if len(parts) > 2 else 28)
    return (ctx.published - last).days <= LEAD_NEWS_DAYS


# A noun event ranks below a sentence telling an event of the same worth: it is a detail of the
# sentence it stands in, and fills a date no sentence tells (reader Audit 19). Set by hand.
NOUN_EVENT_WEIGHT = 0.5


def analyze_timeline(doc: Document, ctx: Context) -> tuple[Candidate, ...]:
    """One event per date, told by the most informative sentence about it, oldest first.

    At most the section's limit: the lead's news first, then the best told of the others. A date no
    sentence's own event has may be told by the noun phrase of an event it dates ("Mr Lane's death").
    """
    candidates: dict[str, list[tuple[float, DateValue, Sentence]]] = {}
    lead: dict[str, tuple[float, DateValue, Sentence]] = {}
    bodies: dict[int, Sentence] = {}
    pairs, nouns = _read_dates(doc, ctx, bodies)
    for value, sentence in pairs:
        score = _informativeness(doc, ctx, bodies.get(sentence.index, sentence)) * value.confidence
        candidates.setdefault(value.iso, []).append((score, value, sentence))
        if value.iso not in lead and _lead_news(doc, ctx, sentence, value):
            lead[value.iso] = (score, value, sentence)
    chosen = {iso: lead.get(iso) or max(told, key=lambda c: c[0]) for iso, told in candidates.items()}
    phrases: dict[str, tuple[int, int]] = {}
    for value, sentence, start, end in nouns:
        score = _informativeness(doc, ctx, sentence) * value.confidence * NOUN_EVENT_WEIGHT
        # Only a date no sentence tells an event of: there the noun adds nothing.
        if value.iso not in candidates and (value.iso not in chosen or score > chosen[value.iso][0]):
            chosen[value.iso] = (score, value, sentence)
            phrases[value.iso] = (start, end)
    limit = SECTIONS.get("timeline").limit if "timeline" in SECTIONS else len(chosen)
    ranked = sorted(chosen, key=lambda iso: (iso not in lead, -chosen[iso][0]))
    items: list[Candidate] = []
    for iso in sorted(ranked[:limit], key=timeline_order):
        _score, value, sentence = chosen[iso]
        event = _event(doc, sentence, value)
        if iso in phrases:
            start, end = phrases[iso]
            text = doc.article.text[start:end]
            text = text if text[:1].isupper() else f"[{text[0].upper()}]{text[1:]}"
            items.append(Candidate(Item(text=text, citations=(cite(sentence, start, end),), payload=event)))
        elif sentence.index in bodies:
            # A stage heading: its stage is told by the paragraph it heads, cited with the heading's date.
            body = bodies[sentence.index]
            items.append(Candidate(Item(text=body.text, citations=(cite(sentence), cite(body)), payload=event)))
        else:
            items.append(_told(doc, ctx, sentence, value, event))
    return tuple(items)


def _event(doc: Document, sentence: Sentence, value: DateValue) -> TimelineEvent:
    """The timeline payload of ``value`` read in ``sentence``."""
    start = sentence.start + value.start
    end = sentence.start + (value.until or value).end
    return TimelineEvent(
        date=value.iso,
        granularity=value.granularity,
        label=label(value),
        confidence=min(value.confidence, value.until.confidence) if value.until else value.confidence,
        future=value.future,
        expression=doc.article.text[start:end],
    )


def _told(doc: Document, ctx: Context, sentence: Sentence, value: DateValue, event: TimelineEvent) -> Candidate:
    """The entry of a sentence's own dated event: the sentence, or the part of it that tells the event."""
    opening = time_opening(sentence, value)
    if opening is not None:
        # "This year, officials banned ...": the timeline's own date names the time the
        # demonstrative points to, so it is written out instead of repaired to "[The] year".
        return Candidate(Item(text=opening, citations=(cite(sentence),), payload=event))
    quote_start = _quote_opening(doc, sentence)
    if quote_start is not None:
        # '... directions," NASA officials wrote today (Sept. 8)': the sentence opens inside a quotation begun in
        # the one before (FNC-1 1213's entry began mid-quote); the entry tells the quotation whole
        item = Item(text=f"{quote_start.text} {sentence.text}", citations=(cite(quote_start), cite(sentence)),
                    payload=event)
        return Candidate(item)
    previous = _antecedent(doc, ctx, sentence)
    if previous is not None:
        # "But it is unlikely to be ready until October": the opening repair would withhold
        # the dated sentence, so it is told with the sentence that names what "it" is.
        item = Item(text=f"{previous.text} {sentence.text}", citations=(cite(previous), cite(sentence)),
                    payload=event)
        return Candidate(item)
    clause = (subordinate_event(doc, sentence, value) or coordinated_event(doc, sentence, value, ctx.published)
              or conjunct_event(doc, sentence, value, ctx.published))
    if clause is not None:
        # "..., after parliament last year voted against action": the date is the vote's,
        # so the entry tells the vote alone, not the main clause it would misdate.
        return Candidate(Item(text=clause, citations=(cite(sentence),), payload=event))
    short = date_clause(doc, sentence, value)
    return Candidate(Item(text=sentence.text, citations=(cite(sentence),), payload=event), short=short)


def _quote_opening(doc: Document, sentence: Sentence) -> Sentence | None:
    """The sentence right before ``sentence`` in its paragraph when it opens the quotation ``sentence`` begins
    inside, and the two are at most PAIR_MAX_WORDS long; else None."""
    if sentence.index == 0 or not _opens_in_quote(doc, sentence):
        return None
    previous = doc.sentences[sentence.index - 1]
    if (previous.paragraph != sentence.paragraph or _opens_in_quote(doc, previous)
            or words(previous.text) + words(sentence.text) > PAIR_MAX_WORDS):
        return None
    return previous


def _antecedent(doc: Document, ctx: Context, sentence: Sentence) -> Sentence | None:
    """The sentence before one that opens with a pronoun no repair can name ("it"), or whose main subject is a
    pronoun nothing before it names (:func:`unnamed_subject`), when both are the reporter's.

    Only the sentence right before, in the same or the previous paragraph, itself no
    dangling opening, and with the pair at most PAIR_MAX_WORDS long.
    """
    first = re.match(r"\W*(?:(?:but|and|so|yet|however|still)\W+)?(\w+)", sentence.text, re.I)
    # the "it" of a cleft ("It wasn't until 2012 that ...") names nothing the sentence before must tell
    opening = first is not None and first.group(1).lower() in DANGLING_PRONOUNS and not _CLEFT.match(sentence.text)
    if (sentence.index == 0 or not (opening or unnamed_subject(doc, sentence)) or is_furniture(doc, sentence)
            or (opening and repair_opening(doc, sentence, ctx.actors) is not None)):
        return None
    previous = doc.sentences[sentence.index - 1]
    if (sentence.paragraph - previous.paragraph > 1
            or repair_opening(doc, previous, ctx.actors) != previous.text
            or words(previous.text) + words(sentence.text) > PAIR_MAX_WORDS
            or any(ctx.voice_of(s.index).voice != "reporter" for s in (previous, sentence))):
        return None
    return previous
