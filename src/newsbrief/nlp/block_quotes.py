"""Un-set-off quotations: a block quote printed without quotation marks.

Reader Audit 18 (19.3, 19.4 item 1) found an analyst's note ("X said in a note to clients:") and a
company's blog post ("Y wrote on the company blog:") printed as the brief's own statements: the
article shows the quoted words as their own paragraphs, with no quotation marks, after a paragraph
that ends with the speaker's cue and a colon. News layout makes those paragraphs the speaker's:

- the paragraph right after the colon is always the speaker's;
- the next ones carry on while they read as the speaker's own words: written in the first person
  ("we", "I", "our" outside quotation marks), with no source of their own and without the
  speaker's surname (a paragraph that names him in the third person is the writer's again);
- at most ``_MAX_PARAGRAPHS`` paragraphs, so a long story never hands its rest to one note.

The speaker may be unnamed: "a company spokeswoman wrote:" sets out the firm's words as surely as a named one
(Audit 47, 48.3: a firm's e-mail after its cue line was printed as the article's own claim).

A paragraph that opens with a quotation mark is left to the quotation rules
(:mod:`newsbrief.nlp.quote_speakers`).

A printed text set out so ("The fake article reads:", "The post says:") owns the whole paragraph after the colon,
sources and all: reader Audit 30 (#11, a hoax debunk) found the fake article's own "According to reports, beginning
January 1, ... will no longer serve customers" printed as "reports — expects" and its "McDonald's says ..." as the
company's words. The words the piece quotes to debunk are the text's, never a forecast of its "reports" nor the
company's.
"""

from __future__ import annotations

from dataclasses import replace

from newsbrief.models import Attribution, Sentence
from newsbrief.nlp.publications import document_subject, publisher
from newsbrief.nlp.speaker_columns import press_columns
from newsbrief.nlp.speakers import _speaker
from newsbrief.nlp.speech import CUE_LEMMAS, DOCUMENT_NOUNS, _clean, _core_subject, _Doc, _stance, voice_type

# A block quote in the audited notes ran to two or three paragraphs; more is a story going on.
_MAX_PARAGRAPHS = 3
_FIRST_PERSON = frozenset({"i", "we", "my", "our", "me", "us", "i'm", "i’m", "we're", "we’re", "you", "your"})
_OPENERS = "\"“'‘"


def _first_person(d: _Doc, sentences: list[Sentence]) -> bool:
    """True when a sentence of the paragraph speaks in the first (or second) person outside quotation marks."""
    return any(t.text.lower() in _FIRST_PERSON and not d.in_quote(t.start)
               for s in sentences for t in d.doc.sentence_tokens(s))


# "wrote on the company blog:" has no content clause, so the speech rules find no attribution in it.
_WRITE_LEMMAS = frozenset({"write", "post", "tweet", "blog", "say", "tell", "add", "explain"})


def _bare_cue(d: _Doc, sentence: Sentence) -> Attribution | None:
    """The speaker of a colon sentence whose speech verb has a subject and nothing said ("Y wrote on the blog:")."""
    tokens = d.doc.tokens
    root = next((t for t in d.doc.sentence_tokens(sentence) if t.dep == "ROOT"), None)
    if root is None or root.pos != "VERB" or root.lemma.lower() not in _WRITE_LEMMAS | CUE_LEMMAS:
        return None
    subject = next((tokens[c] for c in d.children.get(root.i, ()) if tokens[c].dep == "nsubj"), None)
    if subject is None or d.in_quote(subject.start):
        return None
    first, last = _core_subject(d, subject)
    printer = publisher(d, sentence) if document_subject(d, subject) else None  # "The paper said:" (Audit 19)
    speaker, role = (printer, None) if printer is not None else _speaker(d, first, last, sentence)
    if not speaker:
        return None
    return Attribution(sentence.start, sentence.end, _clean(d.span_text(first, last)), speaker,
                       "organisation" if printer is not None else voice_type(d, first, last), "asserts", "speech",
                       root.start, root.end, role)


# What a printed text does when its words are set out after a colon.
_TEXT_CUES = frozenset({"read", "say", "state", "claim", "go", "begin", "write"})
# Words that call the text a fake: its words are alleged, not asserted.
_FAKE_WORDS = frozenset({"fake", "hoax", "satirical", "satire", "bogus", "false", "fabricated", "spoof"})


def _text_cue(d: _Doc, sentence: Sentence) -> Attribution | None:
    """The attribution of a paragraph-closing "The fake article reads:" (the text speaks), else None."""
    tokens = d.doc.tokens
    root = next((t for t in d.doc.sentence_tokens(sentence) if t.dep == "ROOT"), None)
    if root is None or root.lemma.lower() not in _TEXT_CUES or not sentence.text.rstrip().endswith(":"):
        return None
    subject = next((tokens[c] for c in d.children.get(root.i, ()) if tokens[c].dep == "nsubj"), None)
    if subject is None or subject.pos != "NOUN" or d.in_quote(subject.start) or not (
            document_subject(d, subject) or subject.lemma.lower() in DOCUMENT_NOUNS):
        return None
    first, last = _core_subject(d, subject)
    words = d.span_text(first, last)
    name = _clean(words)
    if words.lower().startswith("the ") and not name.lower().startswith("the "):
        name = "the " + name  # "the fake article", as a reader refers to it
    fake = any(w.lower().strip(".,") in _FAKE_WORDS for w in (words + " " + sentence.text).split())
    printer = publisher(d, sentence) if document_subject(d, subject) else None  # "The paper said:" (Audit 19)
    return Attribution(sentence.start, sentence.end, _clean(words), printer or name,
                             "organisation" if printer else "document", "alleges" if fake else "asserts", "speech",
                             root.start, root.end, None)


def _text_blocks(d: _Doc, found: list[tuple[Sentence, Attribution]]) -> list[tuple[Sentence, Attribution]]:
    """``found`` with the paragraph after "The fake article reads:" given to the text, sources and all."""
    sentences = d.doc.sentences
    for sentence in sentences:
        cue = _text_cue(d, sentence)
        following = [s for s in sentences[sentence.index + 1 :] if s.paragraph == sentence.paragraph + 1]
        if cue is None or not following or d.text[following[0].start : following[0].start + 1] in _OPENERS:
            continue
        block = {s.index for s in following}
        found = [(s, a) for s, a in found if s.index not in block] + [
            (following[0], replace(cue, content_start=following[0].start, content_end=following[-1].end))]
    return found


def _colon_cues(d: _Doc, found: list[tuple[Sentence, Attribution]]) -> list[tuple[Sentence, Attribution]]:
    """Attributions whose sentence ends its paragraph with a colon and a named speaker."""
    out: list[tuple[Sentence, Attribution]] = []
    sentences = d.doc.sentences
    have = {s.index for s, _ in found}
    bare = [(s, a) for s in sentences if s.index not in have and s.text.rstrip().endswith(":")
            for a in [_bare_cue(d, s)] if a is not None]
    for sentence, attribution in found + bare:
        last = sentences[sentence.index] if sentence.index < len(sentences) else sentence
        if not last.text.rstrip().endswith(":") or attribution.speaker is None:
            continue
        if attribution.kind != "speech" or attribution.voice not in ("person", "organisation", "unnamed"):
            continue
        following = sentences[last.index + 1] if last.index + 1 < len(sentences) else None
        if following is not None and following.paragraph == last.paragraph + 1:
            out.append((last, attribution))
    return out


def _paragraphs_after(d: _Doc, sentence: Sentence) -> list[list[Sentence]]:
    """The paragraphs after ``sentence``'s, each as its sentences, at most ``_MAX_PARAGRAPHS``."""
    groups: dict[int, list[Sentence]] = {}
    for s in d.doc.sentences[sentence.index + 1 :]:
        if s.paragraph > sentence.paragraph + _MAX_PARAGRAPHS:
            break
        groups.setdefault(s.paragraph, []).append(s)
    return [groups[p] for p in sorted(groups)]


def block_quotes(d: _Doc, found: list[tuple[Sentence, Attribution]]) -> list[tuple[Sentence, Attribution]]:
    """``found`` with the unmarked paragraphs after "X said in a note to clients:" given to X (see the module
    docstring): the cue's own content runs on over them, as one span (PolNeAR annotates a colon cue's content
    so: splitting it per sentence lowered its content F1 from 63.0 to 62.8), or a new span when the cue had
    no content of its own ("Y wrote on the company blog:")."""
    found = press_columns(d, _text_blocks(d, found))  # a press review's "NAME in PAPER: '...'" (Audit 31)
    owned = {s.index for s, _ in found}
    own = {id(a) for _, a in found}
    widened: dict[int, Attribution] = {}
    added: list[tuple[Sentence, Attribution]] = []
    for cue_sentence, cue in _colon_cues(d, found):
        surname = (cue.speaker or "").split()[-1]
        block: list[Sentence] = []
        for n, paragraph in enumerate(_paragraphs_after(d, cue_sentence)):
            text = d.text[paragraph[0].start : paragraph[-1].end]
            if text[:1] in _OPENERS or any(s.index in owned for s in paragraph):
                break  # a quotation of its own, or a paragraph with its own source
            if n > 0 and (surname in text or not _first_person(d, paragraph)):
                break  # the writer's voice again
            block += paragraph
        if not block:
            continue
        if id(cue) in own and cue_sentence.start <= cue.content_start and cue.content_end <= cue_sentence.end:
            widened[id(cue)] = replace(cue, content_end=block[-1].end)
        else:
            added.append((block[0], replace(cue, content_start=block[0].start, content_end=block[-1].end,
                                             stance=_stance("", block[0].text, block[0].text))))
    return [(s, widened.get(id(a), a)) for s, a in found] + added
