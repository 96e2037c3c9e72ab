"""Sources named by a phrase rather than a speech verb: rule 2 of the attribution stage ("according to X,
...", "As the Mirror reports, ...", where X or the Mirror is the source of the clause around the phrase),
and a short name heading what follows its colon ("Graham: Trump is destroying the party").

Split from :mod:`newsbrief.nlp.attribution` (rules 1, 3 and 4) so that module stays under 500 lines; the
rules run over the dependency parse in :class:`~newsbrief.nlp.speech._Doc`.
"""

from __future__ import annotations

import re

from newsbrief.models import Attribution, Sentence
from newsbrief.nlp.speaker_sources import picture_source
from newsbrief.nlp.speakers import _speaker, speaker_end
from newsbrief.nlp.speech import (
    DOCUMENT_NOUNS,
    MIN_CONTENT_TOKENS,
    ORGANISATION_NOUNS,
    UNNAMED_NOUNS,
    _clean,
    _Doc,
    _stance,
    voice_type,
)

# Common nouns that name a speaker before a colon ("Police spokesman: ..."); any other common noun
# there names a topic.
SPEAKER_NOUNS = UNNAMED_NOUNS | ORGANISATION_NOUNS | DOCUMENT_NOUNS


def attribute_as_reports(d: _Doc) -> list[tuple[Sentence, Attribution]]:
    """ "As the Mirror reports, they ...": an outlet's as-clause the parser read as a noun phrase ("Mirror
    reports"), the source of the clause after its comma, as "according to the Mirror" would be."""
    found: list[tuple[Sentence, Attribution]] = []
    tokens = d.doc.tokens
    for sentence in d.doc.sentences:
        words = d.doc.sentence_tokens(sentence)
        if len(words) < 6 or words[0].text != "As":
            continue
        cue = next((t for t in words[1:5] if t.lemma.lower() == "report" and t.pos == "NOUN"), None)
        if cue is None or cue.i + 1 >= sentence.token_end or tokens[cue.i + 1].text != "," \
                or tokens[cue.i - 1].pos != "PROPN":
            continue
        first = words[2].i if words[1].text.lower() == "the" else words[1].i
        start, end = tokens[cue.i + 2].start, sentence.end
        while end > start and d.text[end - 1] in " .":
            end -= 1
        if len(d.text[start:end].split()) < MIN_CONTENT_TOKENS:
            continue
        speaker, role = _speaker(d, first, cue.i - 1, sentence)
        content = d.text[start:end]
        attribution = Attribution(start, end, _clean(d.span_text(first, cue.i - 1)), speaker,
                                  "organisation", _stance("", content, sentence.text), "according",
                                  words[0].start, cue.end, role)
        found.append((sentence, attribution))
        d.sources[sentence.index] = attribution
    return found


_CONJUNCT_OPENS = re.compile(r"(?:^|\s)(?:and|but|or|while|whereas)$", re.IGNORECASE)


def attribute_according(d: _Doc) -> list[tuple[Sentence, Attribution]]:
    """Rule 2: "according to X, ..." (X's span; the content is the clause around it)."""
    found: list[tuple[Sentence, Attribution]] = []
    tokens = d.doc.tokens
    for sentence in d.doc.sentences:
        for token in d.doc.sentence_tokens(sentence):
            if token.text.lower() != "according":
                continue
            to = next((tokens[c] for c in d.children.get(token.i, ()) if tokens[c].text.lower() == "to"), None)
            obj = next((tokens[c] for c in d.children.get(to.i, ()) if tokens[c].dep == "pobj"), None) if to else None
            if obj is None:
                continue
            first, last = obj.left, speaker_end(d, obj)
            if picture_source(d, first, last):
                continue  # "according to photos": evidence, not a source (Audit 14)
            phrase_start, phrase_end = tokens[token.i].start, tokens[obj.right].end
            before = d.text[sentence.start : phrase_start].strip(" ,")
            after = d.text[phrase_end : sentence.end].strip(" ,.")
            # "..., and, according to reports, is using banned weapons": X vouches for its own conjunct only,
            # not for the writer's forecast before the "and" (Audit 40 #3)
            if len(after) >= len(before) or _CONJUNCT_OPENS.search(before):
                start = phrase_end + (len(d.text[phrase_end : sentence.end]) - len(d.text[phrase_end:sentence.end]
                                                                                 .lstrip(" ,")))
                end = sentence.end
            else:
                start, end = sentence.start, sentence.start + len(d.text[sentence.start:phrase_start].rstrip(" ,"))
            if len(d.text[start:end].split()) < MIN_CONTENT_TOKENS:
                continue
            speaker, role = _speaker(d, first, last, sentence)
            content = d.text[start:end]
            attribution = Attribution(
                content_start=start, content_end=end, source_text=_clean(d.span_text(first, last)),
                speaker=speaker, voice=voice_type(d, first, last), stance=_stance("", content, sentence.text),
                kind="according", cue_start=token.start, cue_end=tokens[to.i].end if to else token.end, role=role)
            found.append((sentence, attribution))
            d.sources[sentence.index] = attribution
            if attribution.voice == "person" and speaker:
                # "..., according to Dmitri Volkov, head of ..." names the one the next "he told" means
                # (Audit 9: the quotes went to an expert named two sentences before).
                d.speakers[sentence.index] = speaker
    return found


def attribute_colons(d: _Doc) -> list[tuple[Sentence, Attribution]]:
    """ "Graham: Trump is destroying the party": a short name before a colon heads what follows."""
    found: list[tuple[Sentence, Attribution]] = []
    for sentence in d.doc.sentences:
        tokens = d.doc.sentence_tokens(sentence)
        colon = next((t for t in tokens if t.text == ":"), None)
        if colon is None or d.in_quote(colon.start):
            continue
        left = [t for t in tokens if t.end <= colon.start and t.pos != "PUNCT"]
        right = d.text[colon.end : sentence.end].strip()
        if not 1 <= len(left) <= 5 or len(right.split()) < MIN_CONTENT_TOKENS:
            continue
        if not all(t.pos in ("PROPN", "NOUN") or t.tag == "POS" for t in left) or any(t.like_num for t in left):
            continue
        if not any(t.ent_type in ("PERSON", "ORG", "NORP", "GPE") for t in left) or not left[0].text[:1].isupper():
            continue
        head = left[-1]
        if head.pos == "NOUN" and head.text[:1].islower() and head.lemma.lower() not in SPEAKER_NOUNS:
            continue  # "Syria unrest: Civilians need protection": a headline's topic, not a speaker (session 8)
        start = colon.end + (len(d.text[colon.end : sentence.end]) - len(d.text[colon.end : sentence.end].lstrip()))
        end = start + len(right)
        speaker, role = _speaker(d, left[0].i, left[-1].i, sentence)
        found.append((sentence, Attribution(
            content_start=start, content_end=end, source_text=_clean(d.span_text(left[0].i, left[-1].i)),
            speaker=speaker, voice=voice_type(d, left[0].i, left[-1].i), stance=_stance("", right, sentence.text),
            kind="colon", cue_start=colon.start, cue_end=colon.end, role=role)))
    return found


__all__ = ["SPEAKER_NOUNS", "attribute_according", "attribute_as_reports", "attribute_colons"]
