"""The verifier: every generated sentence must be supported by what it cites.

A sentence passes when it (1) cites at least one existing, usable sentence;
(2) has no number, month or named entity that its cited sentences lack
("10 to 20" matches "10-20", "Feb." matches "February"); (3) reaches a support
score of at least ``Settings.llm_min_support``: the share of its content words
found in the cited sentences, averaged with the sentence-embedding similarity
to them when the ``embeddings`` extra is installed (so a faithful paraphrase
with new wording can pass); (4) quotes only text that stands verbatim in the
source; (5) contains no URL absent from its cited sentences; (6) passes the
consistency checker (:mod:`newsbrief.nlp.consistency`) against its cited
sentences: no negation they lack or drop, no word whose opposite they hold,
no two names or numbers put together that they keep apart. The word-overlap
support of (3) cannot see these edits: "the toll did not rise" shares every
content word with "the toll rose".

Each check is one function (:func:`check_urls`, :func:`check_quotes`,
:func:`check_numbers`, :func:`check_dates`, :func:`check_entities`,
:func:`check_consistency`, :func:`check_support`), run in the order of
:data:`CHECKS`: the first one that fails gives the reason.

**``newsbrief verify``: run the verifier over a brief written as JSON.**
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsbrief.errors import InputError
from newsbrief.guard import WITHHELD_TEXT
from newsbrief.lexicon import LETTER_WORD, MONTHS, NUMBER, URL, VERIFIER_NUMBER_WORDS, VERIFIER_STOP_WORDS
from newsbrief.llm.embed import similarities
from newsbrief.nlp.consistency import annotate_texts
from newsbrief.nlp.consistency import check as check_consistent
from newsbrief.sections import SECTIONS
from newsbrief.settings import Settings

_QUOTED = re.compile(r"[\"“]([^\"“”]{3,}?)[\"”]")
IGNORED_LABELS = frozenset({"ORDINAL"})


@dataclass(frozen=True)
class Verdict:
    """The verifier's decision on one sentence."""

    ok: bool
    reason: str
    support: float


def _stem(word: str) -> str:
    """A crude stem so that "warned"/"warns" and "sanctions"/"sanction" match."""
    word = word.strip("'’-")
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> list[str]:
    """Stemmed content words of ``text``."""
    return [_stem(w) for w in LETTER_WORD.findall(text.lower()) if w not in VERIFIER_STOP_WORDS and len(w) > 2]


def numbers(text: str) -> list[str]:
    """Numbers in ``text`` in order, without thousands separators; number words as digits after."""
    found = [n.replace(",", "") for n in NUMBER.findall(text)]
    found += [VERIFIER_NUMBER_WORDS[w] for w in LETTER_WORD.findall(text.lower()) if w in VERIFIER_NUMBER_WORDS]
    return list(dict.fromkeys(found))


def months(text: str) -> set[int]:
    """Month numbers named in ``text`` ("Feb." and "February" both give 2)."""
    found = set()
    for word in re.findall(r"[A-Z][a-z]+", text):
        month = MONTHS.get(word.lower())
        if month and (word.lower() != "may" or word == "May"):
            found.add(month)
    return found


def _normalise_quotes(text: str) -> str:
    return text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")


def _entity_supported(entity: str, cited_lower: str) -> bool:
    """Every word of the entity (possessive stripped) stands in the cited text, allowing
    inflections such as "Korean" for "Korea"."""
    cited_words = set(LETTER_WORD.findall(cited_lower))
    for word in LETTER_WORD.findall(entity.lower()):
        word = re.sub(r"['’]s$", "", word)
        if word in VERIFIER_STOP_WORDS or word in cited_words:
            continue
        prefix = word[: max(4, len(word) - 2)]
        if not any(w.startswith(prefix) or word.startswith(w[: max(4, len(w) - 2)]) for w in cited_words):
            return False
    return True


@dataclass(frozen=True)
class Claim:
    """One generated sentence with what the checks compare it to."""

    text: str
    cited: str  # the text of its usable cited sentences, joined
    entities: Sequence[tuple[str, str]]  # (text, label) of its named entities
    support: float  # from :func:`support_score`
    source: str  # the whole source text, quote marks made straight
    min_support: float
    consistency: str | None = None  # the consistency checker's reason when it found the sentence inconsistent


Check = Callable[[Claim], str | None]


def support_score(text: str, cited: str, cosine: float | None) -> float:
    """Share of the content words of ``text`` found in ``cited``.

    Averaged with the embedding ``cosine`` (negative read as 0) when there is one.
    """
    words = content_words(text)
    cited_words = set(content_words(cited))
    support = sum(1 for w in words if w in cited_words) / len(words) if words else 0.0
    if cosine is not None:
        support = (support + max(0.0, cosine)) / 2
    return support


def check_urls(claim: Claim) -> str | None:
    """A URL of the sentence that its cited sentences lack."""
    urls = [u for u in URL.findall(claim.text) if u not in claim.cited]
    return f"URL not in the cited sentences: {urls[0]}" if urls else None


def check_quotes(claim: Claim) -> str | None:
    """A quotation in the sentence that is not verbatim anywhere in the source."""
    bad = [q for q in _QUOTED.findall(claim.text) if _normalise_quotes(q) not in claim.source]
    return f"quote not verbatim in the source: \"{bad[0]}\"" if bad else None


def check_numbers(claim: Claim) -> str | None:
    """A number (digits or number word) of the sentence that its cited sentences lack."""
    cited_numbers = set(numbers(claim.cited))
    missing = [n for n in numbers(claim.text) if n not in cited_numbers]
    return f"number not in the cited sentences: {missing[0]}" if missing else None


def check_dates(claim: Claim) -> str | None:
    """A month named in the sentence but in none of its cited sentences."""
    return "date not in the cited sentences" if months(claim.text) - months(claim.cited) else None


def check_entities(claim: Claim) -> str | None:
    """A named entity of the sentence whose words its cited sentences lack."""
    cited_lower = claim.cited.lower()
    missing = [e for e, label in claim.entities
               if label not in IGNORED_LABELS and not _entity_supported(e, cited_lower)]
    return f"name not in the cited sentences: {missing[0]}" if missing else None


def check_consistency(claim: Claim) -> str | None:
    """What the consistency checker found the cited sentences contradict (negation, opposite, pairing)."""
    return claim.consistency


def check_support(claim: Claim) -> str | None:
    """Support below the minimum."""
    if claim.support < claim.min_support:
        return f"support {claim.support:.2f} below {claim.min_support:.2f}"
    return None


# The checks in the order their reasons are reported: the first failing check decides.
CHECKS: tuple[Check, ...] = (check_urls, check_quotes, check_numbers, check_dates, check_entities,
                             check_consistency, check_support)


def verdict(claim: Claim) -> Verdict:
    """The verdict on one sentence that cites at least one usable sentence."""
    for check in CHECKS:
        reason = check(claim)
        if reason:
            return Verdict(False, reason, round(claim.support, 3))
    return Verdict(True, "supported", round(claim.support, 3))


def verify_sentences(
    texts: Sequence[str],
    citations: Sequence[Sequence[str]],
    sentences: Mapping[str, str],
    source_text: str,
    min_support: float,
) -> list[Verdict]:
    """Decide on each generated sentence; ``sentences`` maps usable ids to their text."""
    pairs = [(t, " ".join(sentences[i] for i in ids if i in sentences)) for t, ids in zip(texts, citations,
                                                                                    strict=True)]
    # One spaCy stream annotates the sentences (their entities, the checker's tokens) and
    # their cited text; embeddings are computed in one batch for the sentences with cited
    # text, and taken in order below by the sentences that cite a usable id.
    annotated = annotate_texts([text for pair in pairs for text in pair])
    embedded = similarities([p for p in pairs if p[1]])
    cosines = iter(embedded or [])
    source = _normalise_quotes(source_text)
    verdicts: list[Verdict] = []
    for n, (text, cited) in enumerate(pairs):
        if not cited:
            verdicts.append(Verdict(False, "cites no existing source sentence", 0.0))
            continue
        statement, cited_doc = annotated[2 * n], annotated[2 * n + 1]
        entities = [(e.text, e.label) for e in statement.entities]
        cosine = next(cosines) if embedded is not None else None
        support = support_score(text, cited, cosine)
        found = check_consistent(cited_doc, statement)
        inconsistent = None if found.consistent else found.reason
        verdicts.append(verdict(Claim(text, cited, entities, support, source, min_support, inconsistent)))
    return verdicts


def _load(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read brief {path}: {exc}; pass a file written with --format json") from exc
    if not isinstance(data, dict) or "sections" not in data or "sentences" not in data:
        raise InputError(f"{path} is not a newsbrief JSON brief (no sections or sentences)")
    return data


def check_brief_file(path: Path, source: str | None, settings: Settings) -> tuple[list[str], bool]:
    """Report lines and whether every checked statement passed.

    Generated statements are checked; a brief without any (the extractive
    engine) has its reported prose-section statements checked instead. With
    ``source`` the brief's sentences must match the source's own sentences.
    """
    data = _load(path)
    sentences = {s["id"]: s["text"] for s in data["sentences"] if s["text"] != WITHHELD_TEXT}
    lines: list[str] = []
    ok = True
    if source is not None:
        from newsbrief.ingest.extract import extract
        from newsbrief.ingest.read import read_source
        from newsbrief.nlp.annotate import annotate

        doc = annotate(extract(read_source(source, settings), settings))
        actual = {s.id: s.text for s in doc.sentences}
        mismatched = [sid for sid, text in sentences.items() if actual.get(sid) != text]
        if mismatched:
            ok = False
            lines.append(f"FAIL source: {len(mismatched)} sentence(s) differ from the source, "
                         f"first {mismatched[0]}")
        else:
            lines.append(f"ok   source: all {len(sentences)} sentences match")
        sentences = {sid: text for sid, text in actual.items() if sid in sentences}
    prose_sections = {spec.name for spec in SECTIONS.generated()}
    items = [(sec["name"], item) for sec in data["sections"] if sec["name"] in prose_sections
             for item in sec["items"]]
    checked = [(n, i) for n, i in items if i.get("generated")] or [
        (n, i) for n, i in items if i.get("kind") == "reported"]
    verdicts = verify_sentences(
        [i["text"] for _, i in checked],
        [[c["sentence_id"] for c in i["citations"]] for _, i in checked],
        sentences,
        " ".join(sentences.values()),
        settings.llm_min_support,
    )
    for (name, item), verdict in zip(checked, verdicts, strict=True):
        ok = ok and verdict.ok
        mark = "ok  " if verdict.ok else "FAIL"
        lines.append(f"{mark} {name}: {verdict.reason} (support {verdict.support:.2f}): {item['text']}")
    passed = sum(1 for v in verdicts if v.ok)
    lines.append(f"{passed} of {len(verdicts)} statements supported")
    return lines, ok
