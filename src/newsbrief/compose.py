"""Compose analyzer output into a :class:`Brief`: support checks, no repeats, section sizes.

Every item must rest on its citations: each citation must name an existing
sentence and lie inside it, and a reported item's words (apart from bracketed
insertions such as "[Lee]") must stand verbatim in what it cites. Items that
fail are dropped. A point appears once: an item that repeats an earlier one
(same words after normalisation, or ROUGE-L F1 >= 0.7) is dropped, the section
with the lower ``priority`` in its record (:mod:`newsbrief.sections`) winning;
each section shows at most its record's ``limit`` items.

A quotation is also a repeat when its words stand inside a longer statement already shown (a key point
or a Who says what entry that quotes the same sentence): ROUGE-L over whole items misses a short quote in
a long sentence (reader Audit 19: six of the thirteen Quotes a reader deleted). Who says what is the
positions view and is composed last: when one of its entries holds a quote already shown, the entry stays
and the quote goes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from newsbrief.analyze.figure_echoes import echoes_points, made_of_numbers
from newsbrief.guard import WITHHELD_TEXT, withheld_sentences
from newsbrief.lexicon import DANGLING_CONNECTIVES, SPEAKER_PRONOUNS, VERIFIER_STOP_WORDS, words
from newsbrief.models import (
    Brief,
    Candidate,
    Citation,
    Document,
    Engine,
    EngineReport,
    FigureInfo,
    Item,
    QuoteInfo,
    Section,
    Sentence,
)
from newsbrief.nlp.clock_stamps import clock_stamps, leading_stamp
from newsbrief.nlp.dates import parse_published
from newsbrief.sections import SECTIONS, SectionSpec

DUPLICATE_ROUGE_L = 0.7  # the threshold the eval's duplicate_rate uses
_BRACKETED = re.compile(r"\[[^\]]*\]")
_QUOTED_SPAN = re.compile(r"[\"“][^\"“”]*[\"”]")
# A quote is inside a longer statement when this share of its content words stands there in order.
# Set by hand on tests/analyze/test_quotes_audit19.py: a quote quoted whole inside a key point scores 1.0;
# one that shares a phrase ("faster than anyone expected") and says more scores under 0.5.
CONTAINED_SHARE = 0.8
_MIN_CONTENT_WORDS = 3  # "We will see." has no content to find elsewhere
# The section whose entries a quote it repeats gives way to (the positions view, composed last).
_POSITIONS = "positions"
_SELECTION = 3  # sentences per key point above which the key points are a selection of a longer article


def _without_stamp(item: Item, stamps: frozenset[int]) -> Item:
    """The item without the live-page stamp its first citation starts with; the citation starts after it."""
    if not stamps or not item.citations or item.citations[0].start not in stamps:
        return item
    end = leading_stamp(item.text)
    if not end or len(item.text) == end:
        return item
    first = item.citations[0]
    moved = replace(first, start=first.start + end)
    return replace(item, text=item.text[end:], citations=(moved, *item.citations[1:]))


def normalise(text: str) -> str:
    """Lower-case words only, for comparing statements."""
    return " ".join(words(text))


def _lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    previous = [0] * (len(b) + 1)
    for word in a:
        current = [0]
        for j, other in enumerate(b, start=1):
            current.append(previous[j - 1] + 1 if word == other else max(previous[j], current[-1]))
        previous = current
    return previous[-1]


def rouge_l_f1(a: Sequence[str], b: Sequence[str]) -> float:
    """ROUGE-L F1 of two word lists (longest common subsequence)."""
    if not a or not b:
        return 0.0
    lcs = _lcs_length(a, b)
    if lcs == 0:
        return 0.0
    precision, recall = lcs / len(a), lcs / len(b)
    return 2 * precision * recall / (precision + recall)


@lru_cache(maxsize=4096)
def _words_and_bag(text: str) -> tuple[tuple[str, ...], Counter[str]]:
    """A statement's normalised words and their counts, computed once per text: every candidate
    is compared with every statement already accepted, and re-normalising both sides of each
    pair was an eighth of a CNN/DM brief's time. (The Counter is shared: never modify it.)"""
    words = tuple(normalise(text).split())
    return words, Counter(words)


def repeats(a: str, b: str) -> bool:
    """True when two statements say the same thing in (nearly) the same words."""
    (wa, bag_a), (wb, bag_b) = _words_and_bag(a), _words_and_bag(b)
    if wa == wb:
        return True
    # ROUGE-L can be no higher than the bag-of-words overlap F1: skip the LCS when that is low.
    common = sum((bag_a & bag_b).values())
    if not wa or not wb or 2 * common / (len(wa) + len(wb)) < DUPLICATE_ROUGE_L:
        return False
    return rouge_l_f1(wa, wb) >= DUPLICATE_ROUGE_L


def _content(text: str) -> tuple[str, ...]:
    return tuple(w for w in _words_and_bag(text)[0] if w not in VERIFIER_STOP_WORDS)


def contained(part: str, whole: str) -> bool:
    """True when most of ``part``'s content words stand, in order, inside the longer ``whole``
    (a quotation a key point quotes in a longer sentence)."""
    a, b = _content(part), _content(whole)
    if len(a) < _MIN_CONTENT_WORDS or len(b) <= len(a):
        return False
    present = set(b)
    # the LCS can be no longer than the words the two share: skip it when those are too few
    if sum(w in present for w in a) < CONTAINED_SHARE * len(a):
        return False
    return _lcs_length(a, b) >= CONTAINED_SHARE * len(a)


# Sections of whole sentences offered for what they add (a cause, a forecast, advice), composed after the key points,
# quotes, timeline and figures: one that restates what those already show goes (Audit 51: five of its 18 padding
# items repeated another section, e.g. an Outlook sentence whose two figures Key figures had just listed).
_RESTATING = frozenset({"analysis", "outlook", "recommendations"})
# The share of a sentence's content words that items shown from the same sentence must hold for it to add nothing;
# as CONTAINED_SHARE, the share of a quote's words that a key point must hold.
COVERED_SHARE = CONTAINED_SHARE


def restates(item: Item, shown: Sequence[Item]) -> bool:
    """True when a reported ``item`` says nothing ``shown`` does not: most of its content words stand in order inside
    one shown item (a fragment of a quote shown whole), or items shown from its sentence hold most of its words
    together (the figures cut from it)."""
    if item.kind == "commentary" or not item.citations:
        return False
    if any(contained(item.text, other.text) for other in shown):
        return True
    words = _said(item.text)
    if len(words) < _MIN_CONTENT_WORDS:
        return False
    first = item.citations[0]
    covered: set[str] = set()
    for other in shown:
        if any(c.sentence_id == first.sentence_id and c.article_id == first.article_id for c in other.citations):
            covered.update(_content(_wording(other)))
    return len(words & covered) >= COVERED_SHARE * len(words)


# The most words a speech tag after a quotation runs to ("said Tom Alder of the Harbour Road residents' group." is 9);
# a longer rest says more than who spoke ("..., said Alder, whose group will go to court next month").
_TAG_WORDS = 12
# A longer tag that only says who the speaker is: "says Noman Benotman, a former commander in the ... and one-time ally
# of ..." (Audit 52 #2: a quote shown in Quotes came again in Outlook with it). A description is a noun phrase after
# the name; a clause of its own ("whose group will go to court", "who said that ...") is news and keeps the item.
_DESCRIBED_SPEAKER = re.compile(
    r"\s*,?\s*(?:says|said|adds|added)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+"
    r"(?:a|an|the|his|her|its|their|[A-Z][\w.'’-]*)\s"
    r"(?![^.]*\b(?:who|whose|which|that|where|when|because|after|before|while|since|but|although|though|will|would|"
    r"has|have|had|is|are|was|were|said|says|told)\b)[^.!?]{0,200}[.!?]?\s*$")
_OPENING_MARK = re.compile(r"^\s*[\"“]")
_CLOSING_MARK = re.compile(r"[\"”]")


def _said(text: str) -> set[str]:
    """A statement's content words; for a quotation followed by its speech tag, the quotation's own (the tag names
    who says it, and the quote shown with its speaker has said it all). The quotation opens the text, or the text
    starts inside it (a piece cut from a longer quote: its first mark closes)."""
    opens = _OPENING_MARK.match(text)
    close = _CLOSING_MARK.search(text, opens.end() if opens else 0)
    if close is not None and (opens or text.count('"') % 2 == 1 or text[close.start()] == "”") \
            and (len(text[close.end():].split()) <= _TAG_WORDS or _DESCRIBED_SPEAKER.match(text[close.end():])):
        quoted = set(_content(text[: close.end()]))
        if len(quoted) >= _MIN_CONTENT_WORDS:
            return quoted
    return set(_content(text))


def _wording(item: Item) -> str:
    """What a reader sees of an item: a key figure's value with what it measures and when (render.figure_line), a
    quote with its speaker."""
    payload = item.payload
    if isinstance(payload, FigureInfo):
        return " ".join(part for part in (item.text, payload.measure, payload.when) if part)
    if isinstance(payload, QuoteInfo) and payload.speaker:
        return f"{item.text} {payload.speaker}"
    return item.text


def _is_quote(item: Item) -> bool:
    return isinstance(item.payload, QuoteInfo)


def citation_valid(citation: Citation, sentences: Mapping[str, Sentence]) -> bool:
    """A citation names an existing sentence of its article and lies inside it."""
    sentence = sentences.get(citation.sentence_id)
    return (
        sentence is not None
        and citation.article_id in ("", sentence.article_id)
        and sentence.start <= citation.start < citation.end <= sentence.end
    )


def supported(item: Item, doc: Document, sentences: Mapping[str, Sentence]) -> bool:
    """The support check: valid citations, and a reported item's words stand in them."""
    if not item.citations or not all(citation_valid(c, sentences) for c in item.citations):
        return False
    if item.kind == "commentary":
        return True
    cited = " ".join(doc.article.text[c.start : c.end] for c in item.citations)
    fragments = [f.strip(" ,") for f in _BRACKETED.split(item.text)]
    return all(fragment in cited for fragment in fragments if fragment)


def redacted_sentences(doc: Document, withheld: frozenset[str]) -> tuple[Sentence, ...]:
    """The document's sentences with withheld ones replaced by a notice."""
    return tuple(replace(s, text=WITHHELD_TEXT) if s.id in withheld else s for s in doc.sentences)


def _accept(candidate: Candidate, doc: Document, sentences: Mapping[str, Sentence],
            accepted: list[str], records: bool = False, points: Sequence[str] = (),
            dated: list[str] | None = None) -> Item | None:
    """The candidate's item if it is supported and says something not yet said, else None.

    A repeating candidate may offer a shorter wording (a timeline event's dated clause).
    ``records``: the section's items are records (actors), never repeats of a statement.
    ``dated``: the timeline's entries so far, when the candidate is one. A dated event may repeat a
    statement of another section (the issue: the lead's dated events are in the timeline; reader Audit
    25 found a strike's date, a referendum and an aid convoy only in Key points or Outlook) but not
    another entry; its shorter wording is used when it has one.
    ``points``: the key points shown; a quote inside one of them goes. A quote inside the conclusion
    stays: a story brief takes its quotes from its articles' Quotes sections but shows one article's
    conclusion, so the quote would be lost from the story (the reader tests' residents' quote). The close's other
    sentences that Quotes shows are cut from it once Quotes is final (``_close_beside_quotes``).
    """
    item = candidate.item
    if not supported(item, doc, sentences):
        return None
    if item.kind == "commentary" or records:
        return item
    if _is_quote(item) and any(contained(item.text, other) for other in points):
        return None
    if echoes_points(item, points):
        return None  # a key figure cut from a key point says nothing new (reader Audit 21)
    if dated is not None:
        return _accept_dated(candidate, item, doc, sentences, accepted, dated)
    if any(repeats(item.text, other) for other in accepted):
        if candidate.short is None:
            return None
        item = replace(item, text=candidate.short)
        if not supported(item, doc, sentences) or any(repeats(item.text, other) for other in accepted):
            return None
    accepted.append(item.text)
    return item


def _accept_dated(candidate: Candidate, item: Item, doc: Document, sentences: Mapping[str, Sentence],
                  accepted: list[str], dated: list[str]) -> Item | None:
    """A timeline entry (see ``_accept``): a repeat of another section gives its shorter wording if it has
    one; a repeat of an earlier entry goes."""
    if candidate.short is not None and any(repeats(item.text, other) for other in accepted):
        short = replace(item, text=candidate.short)
        if supported(short, doc, sentences):
            item = short
    if any(repeats(item.text, other) for other in dated):
        return None
    dated.append(item.text)
    accepted.append(item.text)
    return item


# The words a close's new first sentence must not open on outside a quotation: they lean on a sentence cut before it.
_LEANING_OPENERS = SPEAKER_PRONOUNS | DANGLING_CONNECTIVES | frozenset(
    "it this that these those his her their its such there".split())
_WORD = re.compile(r"[A-Za-z']+")


def _stands_alone(text: str) -> bool:
    """Whether a sentence can open the close with nothing before it: outside its quotations it opens on no
    pronoun, demonstrative or connective, and names no speaker by a pronoun only ('..., he said.')."""
    outside = [w.lower() for w in _WORD.findall(_QUOTED_SPAN.sub(" ", text))]
    return bool(outside) and outside[0] not in _LEANING_OPENERS and not SPEAKER_PRONOUNS.intersection(outside)


def _close_beside_quotes(built: dict[str, Section], doc: Document) -> None:
    """The conclusion without the sentences the Quotes section shows, each item cut after the last of them.

    A close merged with a quotation it leans on, or with the sentence naming that quotation's speaker (the
    conclusion's context chains), printed a quotation twice: the Conclusion is composed before Quotes (so a closing
    quotation is not lost, see ``SECTIONS``), and a repeat is found by whole items. The sentences up to the last one
    Quotes shows go: the earlier ones were drawn in for it (its speaker's name). Only when the item keeps a sentence
    of its own, its last (never a middle sentence as the close), and that sentence stands alone; otherwise the item
    stays as it was (a repeat is better than a dangling close). A Who says what entry the cut close now repeats
    goes: the close is offered a statement before it (``priority``), as it would have been had it been cut so.
    """
    shown = {c.sentence_id for item in built["quotes"].items for c in item.citations}
    close = built["conclusion"]
    items, cut_texts = [], []
    for item in close.items:
        cut = max((n for n, c in enumerate(item.citations) if c.sentence_id in shown), default=-1)
        rest = item.citations[cut + 1:]
        text = " ".join(doc.article.text[c.start:c.end] for c in rest)
        if cut < 0 or not rest or not item.text.endswith(text) or not _stands_alone(text):
            items.append(item)
            continue
        items.append(replace(item, text=text, citations=rest))
        cut_texts.append(text)
    if not cut_texts:
        return
    built["conclusion"] = Section(name=close.name, items=tuple(items))
    if _POSITIONS in built:
        entries = built[_POSITIONS].items
        kept = tuple(e for e in entries if not any(repeats(e.text, text) for text in cut_texts))
        built[_POSITIONS] = Section(name=_POSITIONS, items=kept)


def _compose_section(spec: SectionSpec, offered: Sequence[Candidate], doc: Document, sentences: Mapping[str, Sentence],
                     accepted: list[str], points: Sequence[str] = ()) -> tuple[list[Item], list[Candidate]]:
    """The section's items (at most its limit), and the candidates left untried past the limit."""
    kept: list[Item] = []
    taken: set[object] = set()  # the values of spec.one_per already shown
    dated: list[str] | None = [] if spec.dated_view else None
    for n, candidate in enumerate(offered):
        if len(kept) >= spec.limit:
            return kept, list(offered[n:])
        key = getattr(candidate.item.payload, spec.one_per, None) if spec.one_per else None
        if key is not None and key in taken:
            continue
        item = _accept(candidate, doc, sentences, accepted, spec.records, points, dated)
        if item is not None:
            kept.append(item)
            if key is not None:
                taken.add(key)
    return kept, []


def _quotes_beside_positions(built: Mapping[str, Section], left: Sequence[Candidate], doc: Document,
                             sentences: Mapping[str, Sentence], accepted: list[str], points: Sequence[str]) -> Section:
    """Quotes without those a longer Who says what entry holds (an entry that repeats a quote nearly
    word for word was dropped as a repeat, as before, so the section keeps its other entries); places so
    freed go to the quotes offered past the limit that repeat nothing shown."""
    entries = [item.text for item in built[_POSITIONS].items]
    quotes = built["quotes"]

    def echoed(text: str) -> bool:
        return any(contained(text, entry) for entry in entries)

    kept = [item for item in quotes.items if not echoed(item.text)]
    if len(kept) == len(quotes.items):
        return quotes
    limit = SECTIONS.get("quotes").limit
    for candidate in left:
        if len(kept) >= limit:
            break
        if echoed(candidate.item.text):
            continue
        item = _accept(candidate, doc, sentences, accepted, points=points)
        if item is not None:
            kept.append(item)
    return Section(name="quotes", items=tuple(kept))


def compose(doc: Document, candidates: Mapping[str, Sequence[Item | Candidate]], engine: Engine,
            genre: str | None = None) -> Brief:
    """Build the brief from each section's candidates, best first.

    Items citing a sentence that looks like a prompt injection are dropped and
    that sentence's text is withheld from the brief.
    """
    withheld = withheld_sentences(doc)
    sentences = {s.id: s for s in doc.sentences if s.id not in withheld}
    stamps = clock_stamps(doc.article.text, parse_published(doc.article.source.date))
    accepted: list[str] = []
    built: dict[str, Section] = {}
    left: list[Candidate] = []  # the quotes offered past the limit, to fill a place a repeat frees
    points: list[str] = []  # the key points shown
    for spec in SECTIONS.by_priority("article"):
        offered = [replace(c, item=_without_stamp(c.item, stamps))
                   for c in map(Candidate.of, candidates.get(spec.name, ()))]
        # a figure that repeats a key point gives way when the key points are a selection (a third of
        # the sentences or fewer) and the article offers more figures than the section shows (a long one's
        # repeats take the places of figures a reader has not seen: reader Audit 21), or when the article is
        # not made of numbers (an ordinary report's figures were its key points again: reader Audit 23). A
        # short report made of numbers keeps them all as its look-up table (tests/data/reader figures set)
        selection = len(offered) > spec.limit and len(doc.sentences) >= _SELECTION * len(points)
        shown = points if spec.name != "figures" or selection else ()
        if spec.name == "figures" and not made_of_numbers([c.item for c in offered], len(doc.sentences)):
            # "Police arrested 10 Americans at the border (on Friday)" under the point that goes on "as they
            # tried to ...": lifted out of the point's sentence, but nothing a reader has not just read
            offered = [c for c in offered if not echoes_points(c.item, points, lifted=False)]
        if spec.name in _RESTATING:
            earlier = [i for name, section in built.items() if name != "actors" for i in section.items]
            offered = [c for c in offered if not restates(c.item, earlier)]
        kept, rest = _compose_section(spec, offered, doc, sentences, accepted, shown)
        if spec.name == "summary":
            points = [item.text for item in kept]
        if spec.name == "quotes":
            left = rest
        built[spec.name] = Section(name=spec.name, items=tuple(kept))
    if "quotes" in built and _POSITIONS in built:
        built["quotes"] = _quotes_beside_positions(built, left, doc, sentences, accepted, points)
    if "quotes" in built and "conclusion" in built:
        _close_beside_quotes(built, doc)
    return Brief(
        source=doc.article.source,
        sentences=redacted_sentences(doc, withheld),
        sections=tuple(built[name] for name in SECTIONS.names("article")),
        engine=engine,
        report=EngineReport(withheld=tuple(sorted(withheld))),
        article_id=doc.article.id,
        text=doc.article.text,
        genre=genre,
    )
