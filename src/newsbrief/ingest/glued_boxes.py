"""A data box's "Label: value" lines glued into the lede.

A profile or personal-finance page heads its story with a box of facts, one "Label: value" line each ("Age: 34",
"Total student debt: $48,000", "Estimated years until debt-free: Unknown"). Extracted, or saved as text and read
block by block, the box's lines run into the lede: "Estimated years until debt-free: Unknown Like many of my
friends, I ..." became one sentence, which opened key point 1 (session 29, issue #11 pattern 8). Standing alone, a
box line is already furniture (the filter reads it as a sub-head); glued, it is cut here the same way.

**A box** opens the paragraph: one or more pairs of a label (a capitalised word with lower-case letters, no function
word first, up to LABEL_MAX_WORDS words, no pronoun or verb of saying: "He said: Yes ..." is a quotation), a colon
and a value of one or two words that opens with a capital, a digit or a currency sign; then a sentence opens with a
capitalised function word ("Like", "I", "My", "The", "When" ...) and a lower-case word or a number.

Precision first: a lone pair counts only when its label has two words or more, its value is a number ("Age:
34"), or its one-word label is a noun that heads a fact box (``FACT_LABELS``: "Capital: Oslo The government ...",
"Genre: Thriller The film ..."): "Anderson: Right We have to ..." is a transcript's turn, "Minister: Absolutely We
..." a speaker's role, "Update: President Obama said ..." a kicker before a name and "Kabul: Taliban ..." a
dateline, and all stay (a speaker's name or role, a place or a kicker is never in the list). A run of two pairs or
more is a box whatever its labels.

Regular expressions and word sets, no parse (ingest runs before spaCy).

**A small table of names and numbers glued into a paragraph with no stops: a tabloid's "top scorers" box.**

A flattened sports page prints a box's rows one after another in the text, each a name and a number, with no stop
and no label ("... at his first club Carlos Roe 17 Marco Poli 16 Jean Dubois 16 Roe's manager said ..."). Read as
text, the rows ran into the sentences around them, and two Who says what items carried the table (CNN/DM dev row
71, session 22). A run of TABLE_MIN_ROWS rows or more, each a capitalised name and a number of one to three digits,
is the table; it is cut and a line break left in its place, so the sentence splitter ends the sentence before it
there (as :mod:`newsbrief.ingest.glued_runs` does between headline lines).

The rows after the first are bounded by numbers on both sides, so their names' length (in words) is known; they
must all have the same length, and the first row's name is taken of that length from its number backwards (the
capitalised word before it, "Argentina" in "... in Argentina Carlos Roe 17", is the sentence's). Prose rarely
holds three names each followed by a bare number in a row; a score line "Leeds 2 Hull 1" has two rows and stays.

A regular expression over the paragraph, with a digit test first (ingest runs before spaCy).
"""

from __future__ import annotations

import re

from newsbrief.lexicon import ENGLISH_FUNCTION_WORDS

__all__ = ["FACT_LABELS", "without_glued_box", "without_glued_tables"]

LABEL_MAX_WORDS = 6
# A label word as a box writes it; a value word opens with a capital, a digit or a currency sign.
_PAIR = re.compile(
    rf"(?P<label>[A-Z][a-z][\w'’-]*(?: [A-Za-z][\w'’-]*){{0,{LABEL_MAX_WORDS - 1}}}): "
    r"(?P<value>[A-Z0-9$£€¥][\w$£€¥,.%'’-]*(?: [\w$£€¥,.%'’-]+)?) ")
# The sentence after the box: a capitalised function word, then a lower-case word or a number.
_OPENER = re.compile(r"(?P<opener>[A-Z][a-z]*) (?:[a-z]|\d)")
# The one-word labels of a fact box about a country, a person, a film or book, a firm or a species (session 29):
# nouns for facts, never a speaker's role ("Minister:", "Host:", "Director:") or a kicker ("Update:", "Exclusive:").
FACT_LABELS = frozenset(
    "capital population currency language languages religion government nationality citizenship hometown birthplace "
    "born residence occupation profession education genre genres format platform platforms rating certificate "
    "runtime publisher label released headquarters industry sector founded employees revenue status habitat "
    "diet range lifespan".split())
# Words that make a label a clause of speech ("He said: Yes ...", "She told me: Never ...").
_SPEECH = frozenset("i he she we they you it said says told tells asked asks added adds wrote writes replied".split())


def _label_ok(label: str) -> bool:
    words = label.lower().split()
    return words[0] not in ENGLISH_FUNCTION_WORDS and not _SPEECH.intersection(words)


def _value_ok(value: str) -> bool:
    """Whether a value ends where a box's value ends: a two-word value not on a capitalised function word the lede
    opens with ("Unknown Like many ..." holds the value "Unknown"; "Two" alone is a value)."""
    words = value.split()
    return len(words) == 1 or words[-1].lower() not in ENGLISH_FUNCTION_WORDS


def _box_end(paragraph: str) -> int:
    """Where the lede starts after a glued box at the paragraph's start, or 0 when there is none."""
    at, pairs, strong = 0, 0, False
    while pairs < LABEL_MAX_WORDS:
        match = _pair_at(paragraph, at)
        if match is None:
            break
        pairs += 1
        label = match.group("label")
        strong = strong or len(label.split()) > 1 or label.lower() in FACT_LABELS \
            or match.group("value")[:1] in "0123456789$£€¥"
        at = match.end()
    if pairs == 0 or not (strong or pairs > 1):
        return 0
    return at


def _pair_at(paragraph: str, at: int) -> re.Match[str] | None:
    """The box pair at ``at`` followed by another pair or the lede's opener: with a one-word value tried after a
    two-word one ("Location: New York When ..." and "...: Unknown Like many ...")."""
    match = _PAIR.match(paragraph, at)
    if match is None or not _label_ok(match.group("label")):
        return None
    value = match.group("value")
    for end in (match.end(), match.start("value") + len(value.split()[0]) + 1):
        words = paragraph[match.start("value") : end].split()
        if not words or not _value_ok(" ".join(words)):
            continue
        opener = _OPENER.match(paragraph, end)
        if (opener is not None and opener.group("opener").lower() in ENGLISH_FUNCTION_WORDS) \
                or _PAIR.match(paragraph, end):
            return _PAIR.match(paragraph[:end], at) if end != match.end() else match
    return None


def without_glued_box(paragraph: str) -> str:
    """``paragraph`` without a data box's "Label: value" lines glued before its first sentence (see the module
    docstring)."""
    if ": " not in paragraph[:200]:
        return paragraph
    end = _box_end(paragraph)
    return paragraph[end:] if end else paragraph


# The audited box had three rows; two rows are a score line or a pair of names and ages.
TABLE_MIN_ROWS = 3
_NAME_WORD = r"[A-Z][\w'’-]+"
_ROW = rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,2}} \d{{1,3}}"
_RUN = re.compile(rf"(?<![\w'’-])(?:{_ROW} ){{{TABLE_MIN_ROWS - 1},}}{_ROW}(?![\w.,%])")
_ROW_SPLIT = re.compile(r" (\d{1,3})(?: |$)")
_DIGIT_RUNS = re.compile(r"[A-Za-z] \d{1,3} [A-Z]")


def _rows(run: str) -> list[list[str]]:
    """The run's rows as lists of name words (the numbers dropped)."""
    parts = _ROW_SPLIT.split(run)
    return [part.split() for part in parts[0::2] if part]


def _table_start(run: str) -> int | None:
    """Offset in ``run`` where the table starts, or None when its rows' names differ in length."""
    rows = _rows(run)
    if len(rows) < TABLE_MIN_ROWS:
        return None
    width = len(rows[1])
    if any(len(row) != width for row in rows[1:]) or len(rows[0]) < width:
        return None
    skipped = rows[0][: len(rows[0]) - width]
    return len(" ".join(skipped)) + 1 if skipped else 0


def without_glued_tables(paragraph: str) -> str:
    """``paragraph`` with a glued table of names and numbers cut and a line break in its place (module docstring)."""
    if len(_DIGIT_RUNS.findall(paragraph)) < TABLE_MIN_ROWS - 1:
        return paragraph
    out = paragraph
    for match in reversed(list(_RUN.finditer(paragraph))):
        start = _table_start(match.group())
        if start is None:
            continue
        before = out[: match.start() + start].rstrip()
        after = out[match.end():].lstrip()
        out = "\n".join(piece for piece in (before, after) if piece)
    return out
