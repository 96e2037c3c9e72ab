"""A press review's columnists: a quotation introduced by a label naming a writer and a paper.

Reader Audit 31 (A5, a BBC Monitoring press review) found a review quoting ten named columnists of named papers
with no Quotes and no Who says what: each paragraph opens with a label and no speech verb, and the quotation runs
straight after it ("NAME in CITY's PAPER: "..."", "PAPER's NAME: "..."", "NAME, writing in PAPER: "..."",
"An editorial in PAPER: "...""; in that copy the colon was lost, "NAME in PAPER "...""). Review layout makes the
quotation the columnist's, speaking for the paper (the role), or the paper's own for an editorial.

The label must open the paragraph and end at the quotation mark, so a clause that mentions a name and a place
("Life for NAME in CITY "has never been harder", his brother said") is no label. The name is one the NER model
types a person, with at most a short title before it ("Former envoy to Peru NAME"); the paper is what follows the
last "in", its place's possessive and descriptive words dropped ("Beirut's independent Al-Sabah" -> "Al-Sabah").
Without the colon the label is kept only when both are sure: a person's name of two words or more and a paper
that is no bare place (a single word the model types a place, "NAME in Aswan "..."", is a vox pop's, not a
column's).
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbrief.models import Attribution, Entity, Sentence, VoiceType
from newsbrief.nlp.speech import _clean, _Doc, _stance

__all__ = ["press_columns"]

# A label longer than this is a sentence of the writer's, not a review's "NAME in PAPER" line.
_MAX_LABEL_WORDS = 20
# A title before the name is short ("Former envoy to Peru", "Ex-ambassador to Iran").
_MAX_TITLE_WORDS = 6
# A writer's name in the audited review ran to three words ("Nilgun Tekfidan Gumus").
_MAX_NAME_WORDS = 4
_OPENERS = "\"“"
# "NAME[ of BODY][,] [writing ]in PAPER": the head is the (titled) name, checked against the entities.
_IN_PAPER = re.compile(r"^(?P<head>.+?)(?:,?\s+(?:of|at|from)\s+[^,:\"“]+?)?,?\s+"
                       r"(?:(?:writing|writes|wrote)\s+)?in\s+(?P<paper>[^,:\"“]+?)\s*$")
_EDITORIAL = re.compile(r"^(?:an?|the)\s+(?:editorial|leader|leading article|commentary|column|op-ed)\s+"
                        r"(?:in|of)\s+(?P<paper>[^,:\"“]+?)\s*$", re.I)
# "PAPER's [columnist] NAME": at most a few lower-case role words between the paper and the name.
_POSSESSIVE = re.compile(r"^(?P<paper>[A-Z][^,:\"“]*?)['’]s\s+(?:[a-z-]+\s+){0,3}(?P<name>[A-Z][^,:\"“]*?)\s*$")
_PLACE_OWNER = re.compile(r"^.*['’]s\s+")
# A hyphenated describer ("Saudi-owned", "state-run") is no part of the paper's name; an Arabic article is.
_DESCRIBER = re.compile(r"-(?:owned|run|based|backed|funded|controlled|language|leaning)$", re.I)
_PARTICLE = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|ul|e)-", re.I)
_PLACES = frozenset({"GPE", "LOC", "NORP"})
# A title's link to its place ("envoy to Peru", "ambassador in Cairo"), which the model may run into the name.
_TITLE_LINKS = frozenset({"to", "in", "at", "of"})


def _paper_name(phrase: str) -> str:
    """The paper's own name in ``phrase``: "London's Saudi-owned Al-Sharq al-Awsat" -> "Al-Sharq al-Awsat"."""
    words = _PLACE_OWNER.sub("", phrase).split()
    while words and not (words[-1][:1].isupper() or _PARTICLE.match(words[-1])):
        words.pop()  # "PAPER Moscow daily": the trailing kind of paper
    kept: list[str] = []
    for word in reversed(words):
        if _DESCRIBER.search(word) or not (word[:1].isupper() or _PARTICLE.match(word)):
            break
        kept.insert(0, word)
    return " ".join(kept)


def _entities_in(d: _Doc, start: int, end: int) -> list[Entity]:
    return [e for e in d.doc.entities if start <= e.start and e.end <= end]


def _name_word(word: str, pos: str) -> bool:
    return (word[:1].isupper() or bool(_PARTICLE.match(word))) and pos in ("PROPN", "NOUN", "ADJ", "X")


def _person_ending(d: _Doc, start: int, end: int) -> str | None:
    """The person's name that ends the text start..end (a column's writer), with only a short title before it:
    the run of capitalised words before ``end`` (the model misses many foreign names, "Nayla Tuwayn"), two to
    four of them, or the one-word name the model types a person."""
    tokens = [t for t in d.doc.tokens if start <= t.start and t.end <= end]
    run: list[int] = []
    for n in range(len(tokens) - 1, -1, -1):
        if len(run) == _MAX_NAME_WORDS or not _name_word(tokens[n].text, tokens[n].pos):
            break
        run.insert(0, n)
    if not run:
        return None
    if run[0] > 0 and tokens[run[0] - 1].text in _TITLE_LINKS and len(run) >= 3:
        run = run[1:]  # "envoy to Peru Chen Wei": the title's place runs into the name
    people = [e for e in _entities_in(d, start, end) if e.label == "PERSON" and e.end == end]
    if len(run) < 2 and not people:
        return None
    title = tokens[: run[0]]
    if len(title) > _MAX_TITLE_WORDS or (title and title[-1].pos not in ("PROPN", "NOUN")):
        return None  # "Life for NAME": the name is a clause's object, not a label's writer
    return d.text[tokens[run[0]].start : end]


def _sure_paper(d: _Doc, start: int, end: int, paper: str) -> bool:
    """A paper named well enough to keep a label whose colon was lost: not one word the model types a place."""
    if not paper:
        return False
    places = [e for e in _entities_in(d, start, end) if e.label in _PLACES]
    bare = any(_clean(e.text) == paper for e in places)
    return not (bare and len(paper.split()) == 1 and "-" not in paper)


def _read_label(d: _Doc, start: int, end: int, colon: bool) -> tuple[str, str | None, VoiceType] | None:
    """(speaker, role, voice) of the label at start..end (its colon, if any, excluded), else None."""
    label = d.text[start:end]
    editorial = _EDITORIAL.match(label)
    if editorial:
        paper = _paper_name(editorial.group("paper"))
        return (paper, None, "organisation") if paper else None
    found = _IN_PAPER.match(label)
    if found:
        person = _person_ending(d, start, start + found.end("head"))
        paper = _paper_name(found.group("paper"))
        paper_start = start + found.start("paper")
        if person is not None and paper and (colon or (
                len(person.split()) >= 2 and _sure_paper(d, paper_start, end, paper))):
            return _clean(person), paper, "person"
    owned = _POSSESSIVE.match(label) if colon else None
    if owned:
        person = _person_ending(d, start + owned.start("name"), end)
        paper = _paper_name(owned.group("paper"))
        if person is not None and paper:
            return _clean(person), paper, "person"
    return None


def _label_quote(d: _Doc, sentence: Sentence) -> tuple[int, int, int, bool] | None:
    """(label end, quotation start, quotation end, colon) when ``sentence`` opens its paragraph with a label."""
    # the splitter may end a sentence at the label itself when the colon was lost ("NAME in PAPER" "...")
    quote = next(((s, e) for s, e in d.quotes if sentence.start < s
                  and (s < sentence.end or not d.text[sentence.end : s].strip())), None)
    if quote is None or d.text[quote[0]] not in _OPENERS:
        return None
    label = d.text[sentence.start : quote[0]].rstrip()
    colon = label.endswith(":")
    label = label.rstrip(":").rstrip()
    if not label or len(label.split()) > _MAX_LABEL_WORDS or any(c in label for c in "\"“”.?!"):
        return None
    return sentence.start + len(label), quote[0], quote[1], colon


def press_columns(d: _Doc, found: list[tuple[Sentence, Attribution]]) -> list[tuple[Sentence, Attribution]]:
    """``found`` with each review label's quotation given to its columnist (role: the paper) or its paper; a
    quotation another rule already gave the same writer gets the paper as role (see the module docstring)."""
    sentences = d.doc.sentences
    added: list[tuple[Sentence, Attribution]] = []
    roles: dict[int, str] = {}
    for sentence in sentences:
        if sentence.index > 0 and sentences[sentence.index - 1].paragraph == sentence.paragraph:
            continue
        spot = _label_quote(d, sentence)
        reading = _read_label(d, sentence.start, spot[0], spot[3]) if spot else None
        if spot is None or reading is None:
            continue
        speaker, role, voice = reading
        holders = [a for _, a in found if a.content_start <= spot[1] < a.content_end
                   or spot[1] <= a.content_start < spot[2]]
        if holders:
            for holder in holders:
                if holder.speaker == speaker and holder.role is None and role:
                    roles[id(holder)] = role
            continue
        content = d.text[spot[1] : spot[2]]
        # the quotation's own sentence: the label alone is one when the splitter cut it off ("NAME in PAPER")
        own = next((s for s in sentences[sentence.index :] if s.start <= spot[1] < s.end), sentence)
        # a label cut off as its own sentence is no cue of the quotation's sentence (Who says what would quote it)
        cue: tuple[int | None, int | None] = (sentence.start, spot[0]) if own is sentence else (None, None)
        added.append((own, Attribution(spot[1], spot[2], d.text[sentence.start : spot[0]], speaker, voice,
                                            _stance("", content, content), "quote", cue[0], cue[1], role)))
    return [(s, replace(a, role=roles[id(a)]) if id(a) in roles else a) for s, a in found] + added


# A review quoting this many labelled columns labels each voice: its unlabelled quotation paragraph is another
# paper's whose label the copy lost (Audit 31 A5 lost three), not the previous columnist's second paragraph.
_REVIEW_LABELS = 3


def _column_quote(d: _Doc, attribution: Attribution) -> bool:
    """Whether ``attribution`` is a review label's quotation (its cue is the label opening the paragraph)."""
    start = d.text.rfind("\n", 0, attribution.content_start) + 1
    written = d.text[start : attribution.content_start].rstrip()
    label = written.rstrip(":").rstrip()
    # a transcript's "NAME: '...'" turn is no column: only a label this module reads counts
    return attribution.kind == "quote" and bool(label) and attribution.source_text == label \
        and _read_label(d, start, start + len(label), written.endswith(":")) is not None


def review_columns(d: _Doc, known: list[tuple[Sentence, Attribution]]) -> frozenset[int]:
    """The ids of the column quotations in ``known`` when the article is a press review (enough labelled
    columns that each voice has its label), else none: no quotation paragraph carries on such a speaker."""
    columns = frozenset(id(a) for _, a in known if _column_quote(d, a))
    return columns if len(columns) >= _REVIEW_LABELS else frozenset()
