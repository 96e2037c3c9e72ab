"""Claims: what each sentence of a story's articles asserts, in comparable parts.

A claim is one sentence seen as: its content words (lemmas), its names (entities),
its quantities (:mod:`newsbrief.stories.quantities`), the dates it names, what it
negates, its events (each verb with its subject, dates and negation,
:mod:`newsbrief.stories.events`), the quotation it carries, and its voice (the
reporter, or a named person, organisation, document or unnamed source, from
:mod:`newsbrief.nlp.attribution`, or a closing ", the companies announced" read here)
with the stance and the words it attributes. Everything is read from the annotation
the brief already has; each claim cites its sentence.
:mod:`newsbrief.stories.compare` aligns claims across articles and labels them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from newsbrief.analyze.summary import prefix_length
from newsbrief.lexicon import words
from newsbrief.models import (
    Attribution,
    Attributions,
    Citation,
    Document,
    Sentence,
    SentenceVoice,
    Stance,
    Token,
    VoiceType,
)
from newsbrief.nlp.attribution import attribute
from newsbrief.nlp.dates import find_dates, parse_published
from newsbrief.nlp.speech import CUE_LEMMAS, quote_spans
from newsbrief.stories.contrary import subjects
from newsbrief.stories.events import Event, events_of
from newsbrief.stories.quantities import Quantity, quantities

__all__ = ["Claim", "Quantity", "claims_of"]

_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ"}  # numbers are compared as quantities, not words


@dataclass(frozen=True, slots=True)
class Claim:
    """One sentence of one article, as comparable parts; ``citation`` grounds it."""

    article_id: str
    citation: Citation
    text: str
    published: str | None
    terms: frozenset[str]
    names: frozenset[str]
    quantities: tuple[Quantity, ...]
    dates: tuple[str, ...]
    negated: frozenset[str]  # what the sentence negates (lemmas); empty when nothing is
    quote: str | None
    voice: VoiceType
    speaker: str | None
    stance: Stance
    index: int  # the sentence's position in its article
    clause: bool = False  # a relative clause or appositive of the sentence: compared for numbers and dates only
    # What the sentence's own attributions convey: the content words of each attributed span
    # ("The fire was started by sparks", without "fire officials said"), and the lemma of the
    # cue of its voice ("said", "demanded"). A fact and its attributed twin are compared on these.
    contents: tuple[frozenset[str], ...] = ()
    cue: str | None = None
    events: tuple[Event, ...] = ()  # each verb with its subject, dates and negation (stories/events.py)
    subjects: frozenset[str] = frozenset()  # the events' subjects, "*" for a denial (contrary.subjects)


def _negations(tokens: Sequence[Token]) -> frozenset[str]:
    """What the sentence negates, as lemmas: the verb of "did not break", the noun of "no distress call",
    the verb after "never"."""
    base = tokens[0].i
    found: set[str] = set()
    for t in tokens:
        lowered = t.text.lower()
        if t.dep == "neg" or lowered == "never" or (lowered == "no" and t.dep == "det"):
            head = t.head - base
            if 0 <= head < len(tokens):
                found.add(tokens[head].lemma.lower())
                if lowered == "no":
                    # "no distress call" denies the distress call: the noun's modifiers are denied with it
                    # (the head alone may be a word the comparison does not count, like "call")
                    found.update(x.lemma.lower() for x in tokens
                                 if x.head - base == head and x.dep in ("compound", "amod") and not x.is_stop)
    return frozenset(found)


def _quote(text: str) -> str | None:
    spans = quote_spans(text)
    if not spans:
        return None
    start, end = max(spans, key=lambda span: span[1] - span[0])
    inner = text[start:end].strip("\"“”'‘’ ,.")
    return inner if len(inner.split()) >= 4 else None


# Fewer content words than this say too little to compare ("The mission cost 85 million crowns"
# has three: mission, cost, crown — enough beside its number).
MIN_TERMS = 3


def _clauses(doc: Document, sentence: Sentence) -> list[tuple[int, int, str, bool]]:
    """Relative clauses and appositives that carry a date or a number, as (first token, last token,
    the noun they describe, whether that noun is a date): "Runge, who was appointed in March 2025, ..."
    holds a claim of its own, and so does "in 2024, when nine wagons left the tracks"."""
    tokens = doc.sentence_tokens(sentence)
    base = sentence.token_start
    found = []
    for t in tokens:
        if t.dep not in ("relcl", "acl", "appos") or t.right - t.left < 2:
            continue
        span = doc.tokens[t.left : t.right + 1]
        if not any(x.like_num or x.ent_type in ("DATE", "CARDINAL", "MONEY", "PERCENT", "QUANTITY") for x in span):
            continue
        head = doc.tokens[t.head] if base <= t.head < sentence.token_end else None
        found.append((t.left, t.right, head.lemma.lower() if head is not None else "",
                      head is not None and head.ent_type == "DATE"))
    return found


def _terms(tokens: Sequence[Token]) -> frozenset[str]:
    return frozenset(t.lemma.lower() for t in tokens if t.pos in _CONTENT_POS and not t.is_stop
                     and not t.like_num and len(t.text) > 1)


def _own_attributions(doc: Document, found: Attributions, sentence: Sentence) -> list[Attribution]:
    """The attributions whose cue lies in ``sentence`` (a quotation's marks are not a cue)."""
    return [a for a in found.attributions if a.cue_start is not None and sentence.start <= a.cue_start < sentence.end
            and a.kind != "quote"]


def _contents(doc: Document, own: list[Attribution]) -> tuple[frozenset[str], ...]:
    spans = [[t for t in doc.tokens if a.content_start <= t.start < a.content_end] for a in own]
    return tuple(terms for terms in (_terms(span) for span in spans) if len(terms) >= MIN_TERMS)


def _cue(doc: Document, own: list[Attribution], speaker: str | None) -> str | None:
    cues = [t.lemma.lower() for a in own if speaker is None or a.speaker == speaker
            for t in doc.tokens if a.cue_start is not None and a.cue_start <= t.start < (a.cue_end or 0)]
    return cues[0] if cues else None


def _trailing_cue(doc: Document, sentence: Sentence) -> tuple[SentenceVoice, frozenset[str], str] | None:
    """A reporting clause that closes the sentence after what it reports (", the companies announced on
    Tuesday."), read from the words when the attribution stage found none (the parser often takes such a
    clause for an appositive): the voice, the reported words and the cue."""
    tokens = doc.sentence_tokens(sentence)
    commas = [k for k, t in enumerate(tokens) if t.text == ","]
    if not commas or commas[-1] < MIN_TERMS:
        return None
    tail = tokens[commas[-1] + 1 :]
    verb = next((k for k, t in enumerate(tail) if t.pos in ("VERB", "AUX")), None)
    if verb is None or verb == 0 or tail[verb].lemma.lower() not in CUE_LEMMAS or tail[verb].tag not in ("VBD", "VBN"):
        return None
    subject = tail[:verb]
    if any(t.pos not in _NOUN_PHRASE for t in subject) or not any(t.pos in ("NOUN", "PROPN") for t in subject):
        return None
    if any(t.pos not in _AFTER_CUE for t in tail[verb + 1 :]):
        return None  # more than "on Tuesday" follows: not a closing attribution
    speaker = doc.article.text[subject[0].start : subject[-1].end]
    voice: VoiceType = "person" if any(t.ent_type == "PERSON" for t in subject) else "unnamed"
    content = _terms(tokens[: commas[-1]])
    return SentenceVoice(sentence.index, voice, speaker, "asserts"), content, tail[verb].lemma.lower()


_NOUN_PHRASE = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "PUNCT"}
_AFTER_CUE = {"ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "PUNCT"}


def claims_of(doc: Document) -> tuple[Claim, ...]:
    """Every sentence of ``doc`` as a claim (sentences with fewer than three content words are skipped)."""
    found = attribute(doc)
    voices = {v.sentence: v for v in found.voices}
    published = parse_published(doc.article.source.date)
    out: list[Claim] = []
    for sentence in doc.sentences:
        tokens = doc.sentence_tokens(sentence)
        terms = _terms(tokens)
        counts = quantities(tokens)
        if len(terms) < (2 if counts else MIN_TERMS):  # "About 260 people were injured" says enough
            continue
        if not any(t.pos in ("VERB", "AUX", "NOUN") for t in tokens):
            continue  # names and numbers alone ("ET February 11", a page's stamp) claim nothing to compare

        # Only a sentence's own attribution counts: a finding "carried" from the previous sentence reads,
        # sentence by sentence, as the outlet's own statement (the comparison is of what each outlet wrote).
        voice = voices.get(sentence.index)
        voice = voice if voice is not None and voice.explicit else None
        own = _own_attributions(doc, found, sentence)
        if voice is None and own:
            # A voice carried from an earlier sentence does not count, but the sentence's own cue does
            # ("The airport lost 4 million crowns, the operator estimated").
            voice = SentenceVoice(sentence.index, own[0].voice, own[0].speaker, own[0].stance, role=own[0].role)
        contents, cue = _contents(doc, own), _cue(doc, own, voice.speaker if voice else None)
        trailing = _trailing_cue(doc, sentence) if voice is None or voice.voice == "reporter" else None
        if trailing is not None:
            voice, content, cue = trailing
            contents = (content,) if len(content) >= MIN_TERMS else ()
        names = frozenset(" ".join(words(e.text)) for e in doc.sentence_entities(sentence)
                          if e.label in ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT"))
        # A wire dateline ("LENSFORD, July 3 (KNA) - ") dates the report, not the claim.
        offset = prefix_length(sentence.text)
        found_dates = find_dates(sentence.text[offset:], published)
        dates = tuple(v.iso for v in found_dates if not v.background)
        quote = _quote(sentence.text)
        events = events_of(doc, sentence, found_dates, offset)
        speaker = (voice.speaker or voice.role) if voice else None
        if quote and not speaker:
            speaker = _named_outside_quotes(doc, sentence)
        out.append(Claim(
            article_id=doc.article.id, citation=_cite(sentence), text=sentence.text,
            published=doc.article.source.date[:10] if doc.article.source.date else None,
            terms=terms, names=names, quantities=counts, dates=dates, negated=_negations(tokens),
            quote=quote, voice=voice.voice if voice else ("person" if speaker else "reporter"),
            speaker=speaker, stance=voice.stance if voice else "asserts",
            index=sentence.index, contents=contents, cue=cue, events=events, subjects=subjects(events),
        ))
        out += _clause_claims(doc, sentence, out[-1], published)
    return tuple(out)


def _clause_claims(doc: Document, sentence: Sentence, whole: Claim, published: date | None) -> list[Claim]:
    """The sentence's relative clauses and appositives with a date or number, each a claim citing its
    span (with the noun it describes among its words), in the voice of the whole sentence."""
    out = []
    for first, last, noun, dated in _clauses(doc, sentence):
        span = doc.tokens[first : last + 1]
        start, end = span[0].start, span[-1].end
        text = doc.article.text[start:end]
        terms = frozenset({t.lemma.lower() for t in span if t.pos in _CONTENT_POS and not t.is_stop
                           and not t.like_num and len(t.text) > 1} | ({noun} if noun else set()))
        if len(terms) < 2:
            continue
        dates = tuple(v.iso for v in find_dates(text, published) if not v.background)
        out.append(replace(whole, citation=Citation(sentence.id, start, end, sentence.article_id), text=text,
                           terms=terms, quantities=quantities(span),
                           dates=dates or (whole.dates if dated else ()),  # "in 2024, when ...": that time
                           negated=_negations(span), quote=None, clause=True, events=(), subjects=frozenset()))
    return out


def _named_outside_quotes(doc: Document, sentence: Sentence) -> str | None:
    """The first person named outside the quotation marks: who a quotation is given to when the
    attribution stage found no speaker ('"...," said the head teacher, Gregor Paley, in a letter')."""
    spans = [(sentence.start + a, sentence.start + b) for a, b in quote_spans(sentence.text)]
    for entity in doc.sentence_entities(sentence):
        if entity.label == "PERSON" and not any(a <= entity.start < b for a, b in spans):
            return entity.text
    return None


def _cite(sentence: Sentence) -> Citation:
    return Citation(sentence.id, sentence.start, sentence.end, sentence.article_id)
