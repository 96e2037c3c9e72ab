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
"""

from __future__ import annotations

from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import ParsedSentence, page_stamps
from newsbrief.models import Document, Item

# The lead: the sentences that state the main event, at most the first two of the first paragraph (a live
# page's first update is no lead: its intro paragraph is).
LEAD_SENTENCES = 2
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
