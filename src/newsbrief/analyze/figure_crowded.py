"""Key figures a reader deletes as padding: a crowd from one sentence on a side matter, a bare count of a noun.

Reader Audit 19 (20.4 item 10) deleted three oil-contract figures taken from one update of a live war page
("Oil rose $2.10", "$104.50 a barrel", "Brent crude gained 1.8%"): one sentence on a side matter gave three
bullets. A sentence that counts several things of the article's main event ("The strikes killed 48 people
and wounded 150 others") is different: each count is news. So when several figures cite one sentence,
only the best ranked stays unless the sentence is about the main event, told by sharing a content word
with the article's lead or title. Only on a live page (entry stamps found): in an ordinary report the
figures of one sentence are mostly a value and what it is compared with ("sold 800,000 tablets, compared
with 950,000") or the terms of the story itself (a toll, its rate for vans, the postcodes with a discount
and the discount, all four labelled as worth showing in tests/data/reader/figures_labelled.jsonl).

The same audit deleted "15 men", a number and a plain noun with nothing saying what happened to them (the
sentence was "There were 15 men"): a count shown with only its noun, no time and no word of its measure
beyond the noun, is not shown.

Reader Audit 43 (44.2, 44.4 item 10) deleted fragments with their referent cut, whose parse took the wrong words for
what the number belongs to (:func:`fragment`):

* **A relative clause on a date.** "the blast on the platform in April, which killed 11 workers and injured 17 others"
  gave "April, which killed 11 workers" and "17 others — April injured": the parser hangs "which" on the nearest noun,
  the month, and a month kills no one. A figure whose verb (or the verb it is coordinated with) is a relative clause
  on a date or time is not shown; the event it belongs to is not said in the clause the figure would show.
* **A count coordinated with a name.** "The cyclone flattened the port city, Kalmora and 40,000 people are now
  homeless" is parsed as two objects of "flattened"; the count keeps no clause of its own and was shown as a bare
  "40,000 people" (the audit saw a capital's name and a toll run together so). A count with no clause whose noun is
  a conjunct of a proper name is a misparse of a new clause: not shown.
* **A clause cut after its verb.** "$30 million in support for projects that help" leaves out what the projects
  help with: not shown.
* **A sum with no number.** "billions in lost fares" says that the money was much, not how much: no figure. A
  crowd's "thousands of people" stays: a crowd is counted no closer (earlier audits kept "Thousands ... marched").
"""

from __future__ import annotations

import re

from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import ParsedSentence, page_stamps
from newsbrief.models import Document, FigureInfo, Item

# The lead: the sentences that state the main event, at most the first two of the first paragraph (a live
# page's first update is no lead: its intro paragraph is).
LEAD_SENTENCES = 2
KIND_PENALTY = 0.4  # for each figure of the same kind already chosen
_CONTENT = frozenset({"NOUN", "PROPN", "VERB"})
# Words too common to tie a sentence to the lead ("said", "year", "people").
_COMMON = frozenset("say be have do make people year day time week month tell add report".split())
# The zone of a live page's entry stamps ("1405 GMT:") ties every update to every other.
_ZONES = frozenset("gmt bst utc cet cest et est edt pst pdt".split())


def content_words(doc: Document, index: int) -> set[str]:
    """The sentence's content lemmas, less words too common to tie it to anything."""
    sentence = doc.sentences[index]
    return {t.lemma.lower() for t in doc.sentence_tokens(sentence)
            if t.pos in _CONTENT and t.lemma.lower() not in _COMMON | _ZONES and len(t.text) > 2}


def lead_sentences(doc: Document) -> list[int]:
    """The indices of the lead: at most the first two sentences of the first paragraph."""
    if not doc.sentences:
        return []
    first = doc.sentences[0].paragraph
    return [s.index for s in doc.sentences[:LEAD_SENTENCES] if s.paragraph == first]


def lead_words(doc: Document) -> set[str]:
    """The content words of the lead and the title."""
    words: set[str] = set()
    for index in lead_sentences(doc):
        words |= content_words(doc, index)
    title = doc.article.source.title or ""
    return words | {w.lower().rstrip("s") for w in title.split() if len(w) > 2} | {
        w.lower() for w in title.split() if len(w) > 2}  # "passengers" in a title, "passenger" as a lemma


def one_per_side_sentence(items: tuple[Item, ...], doc: Document) -> tuple[Item, ...]:
    """The items of a live page, ranked best first, with the second and later figures of one sentence left
    out unless the sentence is in the lead or shares a content word with it (the main event)."""
    by_id = {s.id: s.index for s in doc.sentences}
    lead, words = set(lead_sentences(doc)), lead_words(doc)
    if not page_stamps(doc):
        return items
    seen: set[int] = set()
    kept: list[Item] = []
    for item in items:
        index = by_id.get(item.citations[0].sentence_id) if item.citations else None
        if index is None:
            kept.append(item)
            continue
        if index in seen and index not in lead and not content_words(doc, index) & words:
            continue  # a side matter's second figure ("Brent crude gained 1.8%" after "Oil rose $2.10")
        seen.add(index)
        kept.append(item)
    return tuple(kept)


def idle_count(s: ParsedSentence, figure: Figure) -> bool:
    """True for a count shown with only its noun ("15 men": no clause, no time, nothing after the noun)
    whose noun stands under "be" or under no verb at all ("There were 15 men"): nothing says what
    happened to them. A count under another verb keeps its place ("missed the play-off places by 14
    points", "a survey of 1,204 adults, carried out by ...": labelled worth showing)."""
    if figure.label not in ("CARDINAL", "QUANTITY") or figure.clause or figure.when or figure.noun is None:
        return False
    if not all(i <= figure.noun for i in figure.what):
        return False
    i = figure.noun
    while s.head(i) != i:  # up to the first verb, or the root
        i = s.head(i)
        if s.tok(i).pos in ("VERB", "AUX"):
            return s.tok(i).lemma.lower() == "be"
    return s.tok(i).pos not in ("VERB", "AUX") or s.tok(i).lemma.lower() == "be"


def diverse(ranked: list[tuple[int, float, int, Item]]) -> tuple[Item, ...]:
    """Best first, each further figure of a kind already chosen a little lower: a mix of amounts,
    shares and counts rather than eight amounts."""
    chosen: list[Item] = []
    kinds: dict[str, int] = {}
    pending = list(ranked)
    while pending:
        def adjusted(f: tuple[int, float, int, Item]) -> tuple[float, int]:
            return (f[1] - KIND_PENALTY * kinds.get(_kind(f[3]), 0), -f[2])
        pick = max(pending, key=adjusted)
        pending.remove(pick)
        chosen.append(pick[3])
        kinds[_kind(pick[3])] = kinds.get(_kind(pick[3]), 0) + 1
    return tuple(chosen)


def _kind(item: Item) -> str:
    return item.payload.unit if isinstance(item.payload, FigureInfo) else ""


# Plural magnitude words that stand for a number no one gave ("billions", "tens of thousands", "dozens").
_MAGNITUDE = re.compile(r"(?:(?:tens|hundreds|many|several)\s+of\s+)?(?:hundreds|thousands|millions|billions|trillions|"
                        r"dozens|scores|tens)(?:\s+(?:of|upon)\s+(?:hundreds|thousands|millions|billions))?", re.I)
_SUMS = ("billions", "trillions")
_RELATIVES = frozenset({"which", "that"})  # the relative pronoun as the subject: the date is made to do the deed
_VERB_STEPS = 8  # how far up from the number its verb is looked for


def _verb(s: ParsedSentence, i: int) -> int | None:
    """The first verb above token ``i`` in the parse, or None at the root without one."""
    for _ in range(_VERB_STEPS):
        h = s.head(i)
        if h == i:
            return None
        if s.tok(h).pos in ("VERB", "AUX"):
            return h
        i = h
    return None


def on_a_date(s: ParsedSentence, figure: Figure) -> bool:
    """True when the figure's verb, or the verb it is coordinated with, is a relative clause on a date or time
    ("in April, which killed 11 workers and injured 17 others")."""
    verb = _verb(s, figure.value_start)
    while verb is not None and s.tok(verb).dep == "conj" and s.head(verb) != verb:
        verb = s.head(verb)  # "injured 17 others" stands with "killed"
    if verb is None or s.tok(verb).dep != "relcl" or not any(
            s.tok(c).dep in ("nsubj", "nsubjpass") and s.text(c).lower() in _RELATIVES for c in s.children[verb]):
        return False  # "in late autumn, when the virus kills 2% of the birds": a time clause, its subject its own
    antecedent = s.head(verb)
    return antecedent in s.date_tokens or any(
        e.label in ("DATE", "TIME") and e.token_start <= antecedent < e.token_end for e in s.entities)


def coordinated_with_name(s: ParsedSentence, figure: Figure) -> bool:
    """True for a count with no clause whose noun is a conjunct of a proper name ("Kalmora and 40,000
    people"), or a name the count's noun is coordinated from."""
    noun = figure.noun
    if noun is None or figure.clause or s.tok(noun).dep != "conj":
        return False
    head = s.head(noun)
    return head != noun and s.tok(head).pos == "PROPN"


def magnitude_only(s: ParsedSentence, figure: Figure) -> bool:
    """True for a sum that opens on a magnitude word and has no number ("billions in lost fares")."""
    text = s.doc.article.text[s.tok(figure.value_start).start : s.tok(figure.value_end - 1).end]
    if any(c.isdigit() for c in text) or _MAGNITUDE.match(text.strip()) is None:
        return False
    # "Thousands of people marched" is the size of a crowd, as near as anyone can count it; "billions in lost fares"
    # (tagged a sum or a count) and "millions in aid" are sums with no amount
    return figure.label == "MONEY" or text.lower().startswith(_SUMS) or s.text(figure.value_end).lower() == "in"


_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd"})


def verb_cut(s: ParsedSentence, figure: Figure) -> bool:
    """True when the figure's words end on a verb whose object they leave out ("$30 million in support for projects
    that help"): the clause was cut to fit, and what the sum is for is lost."""
    shown = {*figure.what, *figure.clause}
    if not shown:
        return False
    last = max(shown)
    if s.tok(last).pos != "VERB" or s.tok(last).dep != "relcl" or last < figure.value_start:
        return False  # only a relative clause after the figure that lost its object
    return any(s.tok(c).dep in _OBJECTS and c > last and c not in shown for c in s.children[last])


def fragment(s: ParsedSentence, figure: Figure) -> bool:
    """True for a figure that is a fragment with its referent cut (see the module docstring)."""
    return magnitude_only(s, figure) or on_a_date(s, figure) or coordinated_with_name(s, figure) \
        or verb_cut(s, figure)
