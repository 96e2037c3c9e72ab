"""Rule 3 of the attribution stage: quotations no speech verb frames, given the speaker named around
them (a name and verb right after the quotation, a cue in its own sentences or in a short sentence
after it, a colon sentence before, a banner or body named around it (:mod:`newsbrief.nlp.quote_sources`),
the paragraph before), and '"A," X said. "B."' read as one content.

Split from :mod:`newsbrief.nlp.attribution` (rules 1, 2 and 4) so each module stays readable; the
rules run over the dependency parse in :class:`~newsbrief.nlp.speech._Doc`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from newsbrief.models import Attribution, Sentence, Token
from newsbrief.nlp.quotations import name_after
from newsbrief.nlp.quote_fragments import (
    cues_elsewhere,
    holds_quote,
    narrated_phrase,
    opens_next_quotation,
    own_cues,
    silent,
    tags_after,
)
from newsbrief.nlp.quote_sources import inverted_frame, phrase_owner, posted_by, statement_quote
from newsbrief.nlp.referents import _role_holder as role_holder
from newsbrief.nlp.speaker_acts import negated_frame
from newsbrief.nlp.speaker_bounds import entry_stamps, other_entry
from newsbrief.nlp.speaker_columns import review_columns
from newsbrief.nlp.speaker_descriptors import aged_person
from newsbrief.nlp.speaker_documents import talking_thing
from newsbrief.nlp.speaker_kinds import abstract_subject, colon_name, inverted_name, opening_name
from newsbrief.nlp.speaker_scopes import recalled_before
from newsbrief.nlp.speaker_subjects import bracketed_speaker, without_abstract
from newsbrief.nlp.speakers import RELATIVE_PRONOUNS, UNNAMEABLE, _speaker, reported_speaker
from newsbrief.nlp.speech import (
    CUE_LEMMAS,
    DOCUMENT_NOUNS,
    FRAMING_LEMMAS,
    INDEFINITE,
    MIN_CONTENT_TOKENS,
    ORGANISATION_NOUNS,
    SPEAKER_PRONOUNS,
    UNNAMED_NOUNS,
    _clean,
    _core_subject,
    _Doc,
    _nearest_cue,
    _organisation_subject,
    _stance,
    _subject,
    frames_quote,
    is_person_name,
    name_like,
    voice_type,
)
from newsbrief.nlp.teaser_labels import described_label


def _attribute_quotes(d: _Doc, known: list[tuple[Sentence, Attribution]],
                      statement: str | None = None) -> list[tuple[Sentence, Attribution]]:
    """Rule 3: quotations no speech verb framed, given the speaker named around them (or, in a
    statement piece, the person whose statement it is: :mod:`newsbrief.nlp.quote_sources`)."""
    found: list[tuple[Sentence, Attribution]] = []
    doc = d.doc
    previous: Attribution | None = None
    previous_end = -1
    # "But experience shows" names no one for the quotation beside it (Audit 12)
    by_sentence = _known_by_sentence(without_abstract(d, known, _SPEAKERS))
    starts = [s.start for s in doc.sentences]
    stamps = entry_stamps(d)  # a live page's entries: no speaker crosses from one to the next (Audit 17)
    columns = review_columns(d, known)  # a press review's columnists speak in their own paragraph (Audit 31)
    for start, end in d.quotes:
        if len(d.text[start + 1 : end - 1].split()) < MIN_CONTENT_TOKENS:
            continue
        covering = [a for _, a in known if a.content_start <= start + 1 and end - 1 <= a.content_end]
        if covering:
            previous, previous_end = covering[0], end
            continue
        near = doc.sentences[max(bisect.bisect_right(starts, start) - 1, 0) : bisect.bisect_left(starts, end)]
        sentences = [s for s in near if s.start < end and start < s.end]
        if not sentences or negated_frame(d, sentences[0], start, end):
            continue  # "the voters weren't crying: '...'", "you won't hear: '...'": the writer's line, no one's words
        # 'One neighbour of the family: "..."': the description's words or no one's (Audit 50 #6)
        named = described_label(d, sentences[0], start, end) \
            or _named_after(d, sentences, start, end) or _role_after(d, sentences, start, end)
        if named is None and _told_to_hearer(d, sentences, start):
            continue  # "she was told the seats were '...'": the one told heard it; its speaker is unnamed
        if named is None and _TITLED.search(d.text[sentences[0].start : start]):
            continue  # 'The video bears the title: "..."': a title's words, no one's speech
        if named is None and talking_thing(d.doc, sentences[0], start):
            continue  # "my bare wrists hiss at me: '...'": the writer's figure of speech, no one's words
        # '"...," read a banner': its cue is its own; '"...," offered host X', 'in which X pledges: "..."'
        named = named or _inverted_person(d, sentences, start, end) or inverted_frame(d, sentences, start, end) \
            or bracketed_speaker(d, sentences[0], start, end)
        # A quotation opening the sentence right after the previous quotation's goes on with its speaker
        # before anyone who speaks in a longer sentence after it (the lead's reading: a passer-by's second
        # sentence went to the premier quoted next).
        carried = previous is not None and _follows_own_frame(d, sentences[0], start, previous_end) \
            and not reporter_between(d, previous_end, start)
        held = _framing_cue(d, sentences, start, end) if cues_elsewhere(d, by_sentence.get(sentences[0].index, ()),
                                                                         start) else None  # not the asker's cue
        around = named or (held if held is not None and holds_quote(d, held.cue_start, start) else None) \
            or _nearby_source(d, by_sentence, sentences, start, end, carried) \
            or _framing_cue(d, sentences, start, end) or _framing_cue(d, _cue_sentence(d, sentences), start, end) \
            or _frame_before(d, sentences, start, end) or recalled_before(d, sentences, start, end) \
            or phrase_owner(d, sentences, start, end) \
            or posted_by(d, sentences, start, end) \
            or _paragraph_before(d, by_sentence, sentences)
        gap = d.text[previous_end:start]
        # The same speaker carries on: in the same paragraph, or in a quotation that opens the
        # next paragraph ('"...," she said.' then '"And another thing ..."').
        before, _, after = gap.partition("\n\n")
        next_paragraph = gap.count("\n\n") == 1 and not after.strip() and len(before.split()) <= 6
        if around is None and previous is not None and ("\n" not in gap or next_paragraph) \
                and id(previous) not in columns \
                and not reporter_between(d, previous_end, start) \
                and (len(gap.split()) <= 12 or _follows_own_frame(d, sentences[0], start, previous_end)):
            around = previous
        if named is None and other_entry(stamps, around, start):
            around = None
        if around is None and statement is not None:
            around = statement_quote(d, statement, start, end, sentences[-1])
        if around is None:
            continue
        attribution = Attribution(
            content_start=start, content_end=end, source_text=around.source_text, speaker=around.speaker,
            voice=around.voice, stance=_stance("", d.text[start:end], sentences[-1].text), kind="quote",
            role=around.role, cue_start=named.cue_start if named else None, cue_end=named.cue_end if named else None)
        found.append((sentences[0], attribution))
        previous, previous_end = attribution, end
    return found


# A title, headline or caption quoted in full (Audit 9: a video's title went to the official before).
_TITLED = re.compile(r"\b(?:(?:title|headline|caption|subtitle)s?(?:\s+(?:reads?|reading|of))?|(?:en)?titled|"
                     r"headlined|captioned)\s*[:,]?\s*$", re.I)


# Speech verbs whose passive subject is the one spoken to ("she was told", "he was warned");
# not "ask": the one asked answers with the quotation.
_TOLD_LEMMAS = frozenset({"tell", "inform", "advise", "warn", "assure", "instruct", "order"})


def _told_to_hearer(d: _Doc, sentences: Sequence[Sentence], start: int) -> bool:
    """Whether the last speech verb before the quotation in its sentences is a passive "was told"
    (check 8: a passenger "was told the only empty seats were '...'" by unnamed flight staff, and
    the quotation went to her)."""
    # the cheap word tests first: the quotation lookup is made only for the few speech verbs, not every token
    # (a linear lookup per token of every quotation's sentences showed in the profile)
    before = [t for s in sentences for t in d.doc.sentence_tokens(s)
              if t.end <= start and t.pos in ("VERB", "AUX")
              and (t.lemma.lower() in CUE_LEMMAS or t.lemma.lower() in _TOLD_LEMMAS) and not d.in_quote(t.start)]
    if not before:
        return False
    verb = before[-1]
    return verb.lemma.lower() in _TOLD_LEMMAS and verb.tag == "VBN" \
        and any(d.doc.tokens[c].dep == "nsubjpass" for c in d.children.get(verb.i, ()))


def _follows_own_frame(d: _Doc, first: Sentence, start: int, previous_end: int) -> bool:
    """'"A," he told a crowd in a speech broadcast on state television. "B ..."': a quotation that
    opens the sentence right after the one holding the previous quotation and its long frame goes on
    with the same speaker (check 8 showed "I will remain ..." with no speaker)."""
    if first.index == 0 or first.start != start:
        return False
    before = d.doc.sentences[first.index - 1]
    return before.paragraph == first.paragraph and before.start <= previous_end <= before.end


def _named_after(d: _Doc, sentences: Sequence[Sentence], start: int, end: int) -> Attribution | None:
    """The speaker named just after the quotation by a cue the parse missed."""
    named = name_after(d.text, end)
    if named is None or narrated_phrase(d, sentences[0], start, end):  # "... gold." Adams says (Audit 41)
        return None if named else _age_after(d, start, end)
    name_start, name_end = named
    # The parser may have ended the quote's sentence at its closing mark: the name opens the next.
    sentence = next((s for s in d.doc.sentences[sentences[-1].index:] if s.start <= name_start < s.end), None)
    if sentence is None:
        return None
    tokens = [t for t in d.doc.sentence_tokens(sentence) if name_start <= t.start < name_end]
    # A name that is also a word ("Rather said", "Best said") is a name where the text names that person.
    if not tokens or not all(name_like(d, t) for t in tokens):
        return None
    first, last = tokens[0].i, tokens[-1].i
    speaker, role = _speaker(d, first, last, sentence)
    speaker = speaker and d.resolve_name(speaker, d.doc.tokens[first].start)
    return Attribution(start, end, _clean(d.span_text(first, last)), speaker, "person",
                       "asserts", "quote", name_start, name_end, role)


# '"...," the 34-year-old said': the parser may hang "the" and the age on the verb and give it no subject.
_SAID = r"(?:said|says|added|adds|told|explained|insisted)\b"
_AGE_AFTER = re.compile(r"\s*(the\s+(\d{1,3})-year-old)\s+" + _SAID)


def _age_after(d: _Doc, start: int, end: int) -> Attribution | None:
    """The person the text gives the age of an age descriptor speaking right after the quotation (the session
    18 review: the quote after "the 34-year-old said" went on as the judge's, named in between)."""
    found = _AGE_AFTER.match(d.text, end)
    speaker = aged_person(d, found.group(2), start) if found else None
    if found is None or speaker is None:
        return None
    return Attribution(start, end, found.group(1), speaker, "person", "asserts", "quote", found.start(1),
                       found.end(1), None)


# '"...," the chairman said, "..."': a quotation split by a title the text gives one named person ("Chairman Tom
# Reed"); the parse of the split sentence gives the verb no subject, and the quotation went to a congressman who
# "observed" in the next sentence (the lead's reading of Newsroom row 53, session 20).
_ROLE_AFTER = re.compile(r"\s*(the\s+[a-z]+(?:\s[a-z]+)?)\s+" + _SAID)


def _role_after(d: _Doc, sentences: Sequence[Sentence], start: int, end: int) -> Attribution | None:
    """The one person the text names with the title that speaks right after the quotation."""
    found = _ROLE_AFTER.match(d.text, end)
    if found is None:
        return None
    tokens = [t for s in d.doc.sentences[sentences[-1].index : sentences[-1].index + 2]
              for t in d.doc.sentence_tokens(s) if found.start(1) <= t.start < found.end(1)]
    holder = role_holder(d, tokens[0].i, tokens[-1].i) if len(tokens) >= 2 else None
    if holder is None:
        return None
    return Attribution(start, end, found.group(1), holder, "person", "asserts", "quote", found.start(1),
                       found.end(1), tokens[-1].text)


def asyndetic_subject(d: _Doc, verb: Token) -> Token | None:
    """The subject of "Moss slams the budget, says ...": a speech verb with no subject of its own right
    after a comma, which the parser made the head of the clause before it; that clause's subject speaks."""
    tokens = d.doc.tokens
    if verb.i == 0 or tokens[verb.i - 1].text != ",":
        return None
    clause = next((tokens[c] for c in sorted(d.children.get(verb.i, ()), reverse=True)
                   if c < verb.i and tokens[c].dep in ("ccomp", "conj") and tokens[c].pos == "VERB"), None)
    if clause is None or tokens[clause.right].i + 2 != verb.i:
        return None  # the clause must end at the comma before the verb
    subject = next((tokens[c] for c in d.children.get(clause.i, ()) if tokens[c].dep == "nsubj"), None)
    return subject if subject is not None and subject.pos == "PROPN" else None


def _innermost_first(d: _Doc, sentence: Sentence, start: int) -> list[Token]:
    """The sentence's tokens, those whose clause holds the quotation at ``start`` first, the smallest
    clause first: in "Cole tweets: ..., Moss slams the budget, says if it passes '...'" the quotation is
    Moss's, whom the commentator quotes (Audit 11: a politician's phrase given to the critic citing it)."""
    tokens = d.doc.sentence_tokens(sentence)
    holding = sorted((t for t in tokens if d.doc.tokens[t.left].start <= start <= d.doc.tokens[t.right].end
                      and t.left < t.i), key=lambda t: t.right - t.left)
    return holding + [t for t in tokens if t not in holding]


_SPEAKERS = UNNAMED_NOUNS | ORGANISATION_NOUNS | DOCUMENT_NOUNS


def _inverted_person(d: _Doc, sentences: Sequence[Sentence], start: int, end: int) -> Attribution | None:
    """ '"...," offered union lawyer and host Dana Whitfield.': the person named after the verb, or
    before a colon ('in which Tomas Brandt pledges: "..."')."""
    found = inverted_name(d, sentences, start, end, CUE_LEMMAS | FRAMING_LEMMAS) \
        or colon_name(d, sentences, start, CUE_LEMMAS) or opening_name(d, sentences, start, CUE_LEMMAS)
    if found is None:
        return None
    first, last, verb, sentence = found
    speaker, role = _speaker(d, first, last, sentence)
    speaker = speaker and d.resolve_name(speaker, d.doc.tokens[first].start)
    return Attribution(start, end, _clean(d.span_text(first, last)), speaker, "person",
                       "asserts", "quote", verb.start, verb.end, role)


def _it_owner(d: _Doc, sentence: Sentence, subject: Token | None, start: int, end: int) -> str | None:
    """The organisation an "it" cue after a quotation means: the main-clause subject of the sentence before
    ("The Mirror's front page is bleak. '...,' it warns": the Mirror's), as a speech cue's "It said" reads it.
    A verbless headline quoted in full has no clause for the speech rule, so it lost its paper (round 1)."""
    if subject is None or subject.text.lower() != "it" or subject.start < end:
        return None  # only an "it" after the closing mark: "It is, he said, '...'" is no cue's subject
    return _organisation_subject(d, sentence.index - 1)


def _framing_cue(d: _Doc, sentences: Sequence[Sentence], start: int, end: int) -> Attribution | None:
    """ '"...?" he asked.': a speech verb with a subject outside the quote, in the quote's sentences (not in
    one the closing mark opens: :func:`~newsbrief.nlp.quote_fragments.opens_next_quotation`)."""
    for sentence in (s for s in sentences if not opens_next_quotation(d, s, end)):
        for verb in _innermost_first(d, sentence, start):
            cue = verb.lemma.lower() in CUE_LEMMAS or frames_quote(d, verb)
            if start <= verb.start < end or not cue or verb.pos not in ("VERB", "AUX") \
                    or tags_after(d, verb, start, end):
                continue
            # "AFP reported X as saying": X; "Moss slams the budget, says '...'": Moss
            subject = reported_speaker(d, verb) or _subject(d, verb) or asyndetic_subject(d, verb)
            owner = _it_owner(d, sentence, subject, start, end)
            if owner is not None and subject is not None:
                return Attribution(start, end, subject.text, owner, "organisation", "asserts", "quote",
                                   verb.start, verb.end, None)
            if subject is None or start <= subject.start < end or subject.text.lower() in INDEFINITE \
                    or subject.text.lower() in UNNAMEABLE - {"i", "we"} or abstract_subject(d, subject, _SPEAKERS):
                continue  # "But experience shows ...": no one's name for the quotation (Audit 12)
            if subject.text.lower() in RELATIVE_PRONOUNS:
                # "the Office, which said: '...'": the noun the clause hangs from speaks (Audit 11)
                if verb.dep != "relcl":
                    continue
                subject = d.doc.tokens[verb.head]
            first, last = _core_subject(d, subject)
            speaker, role = _speaker(d, first, last, sentence)
            return Attribution(start, end, _clean(d.span_text(first, last)), speaker, voice_type(d, first, last),
                               "asserts", "quote", verb.start, verb.end, role)
    return None


_CUE_SENTENCE_WORDS = 8
# What makes "X was asked ..." a question put to X, whose answer the next quotation is.
_QUESTION_WORDS = frozenset("whether if what why how when who where which about".split())


def _frame_before(d: _Doc, sentences: Sequence[Sentence], start: int, end: int) -> Attribution | None:
    """The sentence just before that introduces the quotation without words of its own: "Speaking to
    reporters, Morgan added:" or "In a statement, she said:" (a speech verb ending in a colon), or
    "Manager Dai Evans was asked whether he would stay." (the quotation is the answer)."""
    first = sentences[0]
    before = d.doc.sentences[first.index - 1] if first.index > 0 else None
    if before is None or first.paragraph - before.paragraph > 1 or d.in_quote(before.start):
        return None
    if before.text.rstrip().endswith(":"):
        return _framing_cue(d, [before], start, end)
    tokens = d.doc.tokens
    for verb in d.doc.sentence_tokens(before):
        if verb.lemma.lower() != "ask" or verb.tag != "VBN":
            continue
        kids = [tokens[c] for c in d.children.get(verb.i, ())]
        asked = next((k for k in kids if k.dep == "nsubjpass"), None)
        question = any(tokens[c].text.lower() in _QUESTION_WORDS for k in kids if k.dep in ("ccomp", "prep", "xcomp")
                       for c in (k.i, *d.children.get(k.i, ())))
        if asked is not None and question and voice_type(d, *_core_subject(d, asked)) == "person":
            first_token, last_token = _core_subject(d, asked)
            speaker, role = _speaker(d, first_token, last_token, before)
            return Attribution(start, end, _clean(d.span_text(first_token, last_token)), speaker, "person",
                               "asserts", "quote", verb.start, verb.end, role)
    return None


def _cue_sentence(d: _Doc, sentences: Sequence[Sentence]) -> list[Sentence]:
    """The short sentence after the quotation's that only frames it ('"...?" | he asked.', split
    after the question mark), in the same paragraph; none when there is no such sentence."""
    last = sentences[-1]
    after = d.doc.sentences[last.index + 1] if last.index + 1 < len(d.doc.sentences) else None
    if after is None or after.paragraph != last.paragraph or after.text[:1] in "\"“'‘" \
            or len(after.text.split()) > _CUE_SENTENCE_WORDS or silent(d, after):
        return []
    return [after]


def _known_by_sentence(known: list[tuple[Sentence, Attribution]]) -> dict[int, list[tuple[int, Attribution]]]:
    """The attributions found so far by sentence index, each with its place in ``known``."""
    by_sentence: dict[int, list[tuple[int, Attribution]]] = {}
    for position, (sentence, attribution) in enumerate(known):
        by_sentence.setdefault(sentence.index, []).append((position, attribution))
    return by_sentence


def _first_known(by_sentence: dict[int, list[tuple[int, Attribution]]], indexes: Iterable[int]) -> Attribution | None:
    """The earliest found attribution (in the order found) of any of the sentences ``indexes``."""
    found = [pair for i in indexes for pair in by_sentence.get(i, ())]
    return min(found, key=lambda pair: pair[0])[1] if found else None


def _nearby_source(d: _Doc, by_sentence: dict[int, list[tuple[int, Attribution]]],
                   sentences: Sequence[Sentence], start: int, end: int, carried: bool = False) -> Attribution | None:
    """A source named in the quote's own sentences (the cue nearest the quote), the short sentence
    after it (a longer one where a named person speaks, unless the quotation is ``carried`` on from the
    one before), or a colon sentence before."""
    doc = d.doc
    last, first = sentences[-1], sentences[0]
    by_sentence = own_cues(d.text, by_sentence, sentences, end)  # not a cue after it for the words after the cue
    nearest = _nearest_cue(by_sentence, sentences, start, end)
    if nearest is not None:
        return nearest
    after = doc.sentences[last.index + 1] if last.index + 1 < len(doc.sentences) else None
    before = doc.sentences[first.index - 1] if first.index > 0 else None
    # The short sentence after ("Lee said."), or a longer one in which a named person speaks
    # ('"We waited a year." Mendes, whose bakery was destroyed, said the board ignored warnings.').
    # not for a phrase the writer quotes inside narration ("gold that is 'twice as hard ...'", Audit 41 #10)
    speaks_next = not narrated_phrase(d, first, start, end) and not carried and after is not None \
        and after.index in d.speakers and after.text[:1] not in "\"“" \
        and (d.sources[after.index].source_text or "").lower() not in SPEAKER_PRONOUNS
    following = [after.index] if after and after.paragraph == last.paragraph and not silent(d, after) and (
        len(after.text.split()) <= 12 or speaks_next) else []
    colon = [before.index] if before and before.text.rstrip().endswith(":") else []
    for candidates in ([s.index for s in sentences], following, colon):
        attribution = _first_known(by_sentence, candidates)
        if attribution is not None:
            return attribution
    return None


def _paragraph_before(d: _Doc, by_sentence: dict[int, list[tuple[int, Attribution]]],
                      sentences: Sequence[Sentence]) -> Attribution | None:
    """The person speaking at the end of the paragraph before (tried after a cue framing the quote)."""
    first = sentences[0]
    before = d.doc.sentences[first.index - 1] if first.index > 0 else None
    # A paragraph that is all quotation after a paragraph ending in someone's reported speech
    # ("Dr Fielder says it should not be a cause for concern." then '"It's a fairly mild
    # disease."'): the news convention for the same speaker's own words.
    if before is not None and before.paragraph == first.paragraph - 1:
        for _, attribution in by_sentence.get(before.index, ()):
            if attribution.kind == "speech" and attribution.voice == "person" and attribution.speaker:
                return attribution
        return _speaker_before(d, before, first)
    if before is not None and before.paragraph == first.paragraph and d.text[first.start : first.start + 1] in "\"“":
        # "One resident told the BBC that people were afraid. \"We are hoping ...\"": a quotation opening the
        # sentence after someone's reported speech in the same paragraph is that speaker's (Audit 17: the
        # quotation went unattributed, then to the correspondent named before the descriptor)
        for _, attribution in by_sentence.get(before.index, ()):
            if attribution.kind == "speech" and attribution.voice in ("person", "unnamed") and attribution.speaker:
                return attribution
        # "Mayor Ann Cole disagreed." then her words: a named person's short reply introduces them (issue
        # #11); a generic group's ("Many residents disagreed.") or a plain act ("Cole visited the site.") not.
        return _speaker_before(d, before, first, replied=True)
    return None


# Verbs of a sentence that introduces a speaker's words without giving them ("X spoke at the rally.").
# "X defended the coverage." then his quotation (Audit 18: a health editor's defence went unattributed).
_INTRO_LEMMAS = frozenset({"speak", "say", "address", "preach", "declare", "tell", "tweet", "write", "post",
                           "defend", "respond", "reply", "answer", "explain", "argue", "insist"})


# Verbs of a short sentence that answers someone, whose words the quotation after it gives (issue #11).
_REPLY_LEMMAS = frozenset({"disagree", "agree", "object", "protest", "counter", "retort", "respond", "reply",
                           "answer", "apologise", "apologize", "concede", "insist", "defend"})


def _speaker_before(d: _Doc, before: Sentence, first: Sentence, replied: bool = False) -> Attribution | None:
    """ "Keel now volunteers for a charity." then a paragraph that is all quotation: the person the
    paragraph before is about, when that person has spoken earlier in the article (a closing quotation
    shown without its speaker was a pattern of the seventh reader audit). Only a paragraph that opens
    with the quotation and a named main-clause subject of the sentence just before. ``replied``: the
    quotation opens a sentence of the same paragraph, and the sentence before must say its person answered
    ("Mayor Ann Cole disagreed.")."""
    if not d.in_quote(first.start) or d.text[first.start : first.start + 1] not in "\"“'‘":
        return None
    tokens = d.doc.tokens
    root = next((t for t in d.doc.sentence_tokens(before) if t.dep == "ROOT"), None)
    subject = next((tokens[c] for c in d.children.get(root.i, ()) if tokens[c].dep == "nsubj"), None) \
        if root is not None else None
    if root is None or subject is None or d.in_quote(subject.start) or not is_person_name(d, subject):
        return None
    start, last = _core_subject(d, subject)
    speaker, role = _speaker(d, start, last, before)
    # one who has spoken earlier, or whose sentence just before says they spoke ("Ayatollah X spoke during
    # Friday prayers." then the sermon's quotation: Audit 17 left it unattributed); in the quotation's own
    # paragraph (``replied``), only one whose sentence says they answered
    if replied and root.lemma.lower() not in _REPLY_LEMMAS:
        return None
    if not speaker or (speaker not in d.speakers.values() and root.lemma.lower() not in _INTRO_LEMMAS | _REPLY_LEMMAS):
        return None
    return Attribution(first.start, first.end, _clean(d.span_text(start, last)), speaker, "person", "asserts",
                       "quote", role=role)


def _merge_quotes(d: _Doc, found: list[tuple[Sentence, Attribution]]) -> list[tuple[Sentence, Attribution]]:
    """'"A," X said. "B."': one content in two quotations around the cue, as a reader takes it."""
    merged: list[tuple[Sentence, Attribution]] = []
    for sentence, a in found:
        if merged:
            last_sentence, last = merged[-1]
            gap = d.text[last.content_end : a.content_start]
            same = last.speaker == a.speaker and last.source_text is not None
            quoted = d.text[a.content_start : a.content_start + 1] in "\"“" and d.text[last.content_end - 1:
                                                                                    last.content_end] in "\"”"
            # '"A," Sexton said. "B."' (merging across a paragraph break was measured on PolNeAR
            # train: content F1 59.2 -> 58.1, so a new paragraph stays a new content).
            # A longer frame ('"A," Clinton said on Thursday during a speech at ... "B."') still joins
            # when it is shorter than the quotations it joins.
            quotes = (last.content_end - last.content_start) + (a.content_end - a.content_start)
            # A reporter's own sentence between them ends the speaker's run, even in text with no
            # paragraph breaks (a Newsroom article pasted as one paragraph, session 11).
            if same and quoted and "\n" not in gap and (len(gap.split()) <= 8 or len(gap) <= quotes) \
                    and not reporter_between(d, last.content_end, a.content_start):
                merged[-1] = (last_sentence, replace(last, content_end=a.content_end))
                continue
        merged.append((sentence, a))
    return merged


def reporter_between(d: _Doc, start: int, end: int) -> bool:
    """Whether a whole sentence between ``start`` and ``end`` is the reporter's own: no quotation mark,
    no speech verb ("The announcement comes two weeks before the vote."). The speaker of the quotations
    around it does not carry over it (Audit 12's check of one-paragraph Newsroom texts)."""
    for sentence in d.doc.sentences:
        if sentence.start < start or sentence.end > end:
            continue
        if any(mark in sentence.text for mark in "\"“”") or d.in_quote(sentence.start):
            continue
        # a speech verb with a speaker ("Mendes told the radio ..."), not a passive ("which is expected to ...")
        if not any(t.lemma.lower() in CUE_LEMMAS and t.pos in ("VERB", "AUX") and _subject(d, t) is not None
                   for t in d.doc.sentence_tokens(sentence)):
            return True
    return False
