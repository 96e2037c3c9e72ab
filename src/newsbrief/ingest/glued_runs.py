"""Runs of page labels with no full stops, glued into a paragraph: a highlights box with its tag, and a tabloid's
picture captions (reader Audit 34 #5; CNN/DM dev row 79, session 21).

**A highlights box and its tag.** A wire page opens on its highlights, one line each without a stop, the newest
tagged "NEW:" ("NEW: The president does not rule out ... Fighters retreat from ... Officials say ..."). Saved as
one paragraph, the tag and the run-together highlights opened the audited essay. The tag is the page's label, not
the writer's word: an upper-case "NEW:", "UPDATE:", "UPDATED:", "BREAKING:", "BREAKING NEWS:", "DEVELOPING:",
"JUST IN:" or "LATEST:" at the start of a paragraph (or a line) is dropped ("New rules ..." is a sentence). A tagged
paragraph with no sentence stop inside is the box. A seam between two highlights cannot always be found: where a
lower-case word meets a capitalised one it can ("... arming rebel fighters Opposition fighters retreat ..."), but
between two capitalised words it cannot be told from a name ("... in Ras Lanuf Libyan government says ...", and
"... forces pound Misrata" is no seam at all), and splitting the audited box that way left two garbled sentences.
So a long box (BOX_MIN_WORDS words or more: three highlights or more) is dropped whole: a wire page's highlights
restate its body, which follows. A short one (one or two highlights) gets a line break at each seam where a
lower-case word that can end a clause meets a capitalised word (as ingest/glued_runs.py does between lines),
and the sentence splitter ends each highlight there.

**A run of picture captions.** A tabloid puts each picture's label and caption in the text with no stop
("Firefight: Crews ... at a gas station Explosive situation: The group ... inside Burnt out: The driver ... ruined
The man's grandmother said ..."), and the run was glued onto the first body sentence. A run is two labels or more
("Label:" of one to four words, the first capitalised, then a capital) with no sentence stop between them, at the
paragraph's start or right after a sentence's end. The run ends at the first seam after its last label where a
lower-case word meets a word that opens a sentence ("The", "He", "Police", ...) before the next stop; with no such
seam the paragraph is left as it was (a name in the caption would be taken for the body's start). One label is a
sentence's ("Warning: Forecasters say ...").

**A run of speakers' highlights.** A round-up of commentaries opens on one teaser per writer, each behind the
writer's name and with no stop ('Ann Lee: "The old order is gone" Tom Ray: Reform will come slowly ...'). Saved as one
paragraph, the names were words inside one long sentence and no later stage saw who said what (reader Audit 39 #7).
A paragraph with no sentence stop that opens on a "Name Name:" label (two to four capitalised words or initials) and
holds another is broken into lines at each label, one teaser per line with its speaker.

Regular expressions over the text, no parse (ingest runs before spaCy).

**Highlight lines inside a block of plain text: each ends its own sentence.**

A plain-text page keeps a sidebar's highlights or a story's "highlights" box one line each, with no full
stop ("Iraq-style: NEIGHBOUR warns its citizens to leave ...", then "A general who defected is in Paris, police
say"). The text reader joins a block's lines with spaces, which is right for a sentence wrapped over lines,
but the highlights then run together into one sentence, and the second one's speaker took the first one's
statement (reader Audit 33 #1, a BBC sidebar). A line break is kept (and the sentence splitter ends the
sentence there) when both lines read as headline-style clauses:

* the line before ends on a lower-case word that can end a clause (no stop, comma, hyphen or function word:
  a wrapped sentence breaks anywhere, "... to every school in the" / "district from ...");
* the line after opens with a capital, and not with a day or month a wrapped sentence goes on with
  ("... near the harbour" / "Tuesday night, ...");
* both lines hold at least LINE_MIN_WORDS words;
* the block is not hard-wrapped: a block where some line goes on in lower case after a line without a stop
  is a wrapped text, and all its lines are joined as before.

Rules over the lines (no parse: the text reader runs before spaCy).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from newsbrief.lexicon import MONTH_ALTERNATION, WEEKDAY_ALTERNATION

__all__ = [
    "OPEN_WORDS",
    "ends_clause",
    "is_speaker_run",
    "joined_at_commas",
    "joined_lines",
    "split_speaker_highlights",
    "without_caption_runs",
    "without_highlight_tags",
]

_TAG = re.compile(r"(?m)^(?:NEW|UPDATE[DS]?|BREAKING(?: NEWS)?|DEVELOPING|JUST IN|LATEST)\s?:\s+(?=[A-Z\"“‘'])")
_STOP_INSIDE = re.compile(r"[.!?][\"”’')\]]*\s+[A-Z\"“‘']")
# A seam between two highlights: a word, a space, a capitalised word.
_SEAM = re.compile(r"(\S+)\s+(?=[A-Z][a-z])")
# A highlight is a clause of this many words or more (as LINE_MIN_WORDS below).
HIGHLIGHT_MIN_WORDS = 5
# A box this long holds three highlights or more (the audited box's four ran 55 words; one highlight runs 8-20).
BOX_MIN_WORDS = 30


def _split_highlights(box: str) -> str:
    """The box with a line break at each seam between two highlights (see the module docstring)."""
    out: list[str] = []
    last = 0
    for m in _SEAM.finditer(box):
        piece, rest = box[last : m.end(1)], box[m.end() :]
        if ends_clause(m.group(1)) and len(piece.split()) >= HIGHLIGHT_MIN_WORDS \
                and len(rest.split()) >= HIGHLIGHT_MIN_WORDS:
            out.append(piece)
            last = m.end()
    out.append(box[last:])
    return "\n".join(out)


def without_highlight_tags(paragraph: str) -> str:
    """``paragraph`` without a page's "NEW:"-style tags, its highlights box split into lines (module docstring)."""
    if not _TAG.search(paragraph):
        return paragraph
    text = _TAG.sub("", paragraph)
    if _STOP_INSIDE.search(text) or text.rstrip().endswith((".", "!", "?")):
        return text
    return "" if len(text.split()) >= BOX_MIN_WORDS else _split_highlights(text)


# A caption's label: one to four words, the first capitalised, then a colon and a capital.
_LABEL = re.compile(r"(?:^|(?<=\s))[A-Z][a-z'’-]+(?: [a-z'’-]+){0,3}:\s+(?=[A-Z\"“‘'])")
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?=\s|$)")
# The words that open a body sentence after a caption run (a closed list: a name could be the caption's).
_OPENERS = frozenset(
    "The A An He She It They We I His Her Its Their This That These Those But And Yet So Police Officials Mr Mrs "
    "Ms Dr In On At After Before When While However Meanwhile Now Last Earlier Later Some Many Most According "
    "Witnesses Neighbours Neighbors Firefighters".split())
_BODY_SEAM = re.compile(r"(\S+)\s+([A-Z][\w'’]*)")
CAPTION_RUN_MIN_LABELS = 2


def _run_start(paragraph: str, labels: list[re.Match[str]]) -> list[re.Match[str]]:
    """The labels of the first caption run (at the start or after a sentence's end, no stop between), or none."""
    for i, first in enumerate(labels):
        # only the few characters before the label: copying the whole prefix for each label was quadratic
        before = paragraph[max(0, first.start() - 8) : first.start()].rstrip()
        if first.start() > 0 and before and not _SENTENCE_END.search(before[-3:]):
            continue
        run = [first]
        for nxt in labels[i + 1 :]:
            if _SENTENCE_END.search(paragraph[run[-1].end() : nxt.start()]):
                break
            run.append(nxt)
        if len(run) >= CAPTION_RUN_MIN_LABELS:
            return run
    return []


def without_caption_runs(paragraph: str) -> str:
    """``paragraph`` without a run of glued picture captions (see the module docstring)."""
    if paragraph.count(":") < CAPTION_RUN_MIN_LABELS:
        return paragraph
    run = _run_start(paragraph, list(_LABEL.finditer(paragraph)))
    if not run:
        return paragraph
    tail = paragraph[run[-1].end() :]
    stop = _SENTENCE_END.search(tail)
    reach = tail[: stop.start()] if stop else tail
    for m in _BODY_SEAM.finditer(reach):
        if m.group(2) in _OPENERS and ends_clause(m.group(1)):
            cut = run[-1].end() + m.start(2)
            return (paragraph[: run[0].start()] + paragraph[cut:]).strip()
    return paragraph


# A speaker's label: a name of two to four capitalised words or initials ("M. Nazif Shahrani:"), a colon, a capital
# or an opening quotation mark.
_NAME_LABEL = re.compile(r"(?:^|(?<=\s))(?:[A-Z][a-z'’-]+|[A-Z]\.)(?:\s(?:[A-Z][a-z'’-]+|[A-Z]\.)){1,3}:\s+"
                         r"(?=[A-Z\"“‘'])")
SPEAKER_RUN_MIN_LABELS = 2
# A sentence stop, not an initial's ("M. Nazif Shahrani:").
_STOP_NOT_INITIAL = re.compile(r"(?<!\b[A-Z])[.!?][\"”’')\]]*\s+[A-Z\"“‘']")


def split_speaker_highlights(paragraph: str) -> str:
    """``paragraph`` broken into lines at each speaker's label when it is a run of speakers' highlights (see the
    module docstring); otherwise unchanged."""
    if paragraph.count(":") < SPEAKER_RUN_MIN_LABELS or _STOP_NOT_INITIAL.search(paragraph) \
            or paragraph.rstrip().endswith((".", "!", "?")):
        return paragraph
    labels = list(_NAME_LABEL.finditer(paragraph))
    if len(labels) < SPEAKER_RUN_MIN_LABELS or labels[0].start() != len(paragraph) - len(paragraph.lstrip()):
        return paragraph
    cuts = [m.start() for m in labels[1:]]
    pieces = [paragraph[a:b].rstrip() for a, b in zip([0, *cuts], [*cuts, len(paragraph)], strict=True)]
    return "\n".join(pieces)


def is_speaker_run(paragraph: str) -> bool:
    """Whether ``paragraph`` is a run of speakers' highlights broken into lines (each line opens on its speaker's
    label): its labels are names, not section labels to cut."""
    lines = paragraph.split("\n")
    return len(lines) >= SPEAKER_RUN_MIN_LABELS and all(_NAME_LABEL.match(line) for line in lines)


# A highlight is a clause: the audited sidebar's ran 17-30 words; five keeps out a label or a name line.
LINE_MIN_WORDS = 5
_STOPPED = re.compile(r"[.!?:;,…\-–—(\[/&]$|[.!?…][\"'”’)\]]+$")
_LAST_WORD = re.compile(r"([A-Za-z][\w'’-]*)[\"'”’)\]]*$")
# The words a wrapped sentence breaks after that no clause ends on (the lexicon's function words hold date words
# such as "year", which end a highlight: "... close three schools next year"). Shared with ingest/glued_sentences,
# which reads the same seam inside a paragraph.
OPEN_WORDS = frozenset(
    "a an the of to in on at by for with from into onto over under about as and or but nor that which who whom "
    "whose than if when while because so its his her their our your my this these those is are was were be been "
    "being has have had will would can could shall should may might must not no very more most".split())
_GOES_ON = re.compile(rf"^(?:{WEEKDAY_ALTERNATION}|{MONTH_ALTERNATION})\b", re.I)


def ends_clause(line: str) -> bool:
    """Whether ``line`` ends without a stop on a lower-case word that can close a clause."""
    if _STOPPED.search(line):
        return False
    last = _LAST_WORD.search(line)
    return last is not None and last.group(1)[:1].islower() and last.group(1).lower() not in OPEN_WORDS


def _breaks(line: str, after: str) -> bool:
    """Whether the line break between ``line`` and ``after`` ends a headline-style clause."""
    return (ends_clause(line) and after[:1].isupper() and not _GOES_ON.match(after)
            and len(line.split()) >= LINE_MIN_WORDS and len(after.split()) >= LINE_MIN_WORDS)


def _wrapped(lines: Sequence[str]) -> bool:
    """Whether the block is hard-wrapped: a line without a stop goes on in lower case on the next line."""
    return any(not _STOPPED.search(a) and b[:1].islower() for a, b in itertools.pairwise(lines))


def joined_lines(lines: Sequence[str]) -> str:
    """The block's lines joined into one paragraph: with a space, or with a line break after a headline-style
    line (see the module docstring), where the sentence splitter ends the sentence."""
    if len(lines) < 2 or _wrapped(lines):
        return " ".join(lines)
    out = lines[0]
    for line, after in itertools.pairwise(lines):
        out += ("\n" if _breaks(line, after) else " ") + after
    return out


# A paragraph break inside a sentence: a stored body broke "... the sister of a man convicted of bombings in southern
# Iraq," / "Iraq's interior ministry has said.", and the brief printed two key points, the second a fragment with no
# statement (Audit 53 #11). A paragraph of CUT_MIN_WORDS words or more that ends on a comma goes on in the next one,
# which is joined to it when it ends a sentence (a list's items and a picture's label do not). In the 1,683 FNC-1
# bodies, 11 paragraphs end on a comma: 9 go on in the next (a reporting clause, or a quotation after "saying," /
# "As The Mirror reports,"), the one whose next line is a photo label ("kevin vickers 3") stays apart, and so does
# one before a sentence of its own (below).
CUT_MIN_WORDS = 3
_ENDS_SENTENCE = re.compile(r"[.!?][\"”’')\]]*$")
# A paragraph that opens on a subject pronoun is a sentence of its own ("... his mother said Tuesday night," / "She
# called him ..."; FNC-1 body 205): the comma before it is the source's slip, and joining would hide the new sentence.
_OWN_SUBJECT = re.compile(r"(?:He|She|They|It|We|I)\s")


def joined_at_commas(paragraphs: Sequence[str]) -> list[str]:
    """``paragraphs`` with each one that ends on a comma joined to the next, when that one ends a sentence."""
    out: list[str] = []
    for paragraph in paragraphs:
        if out and out[-1].endswith(",") and len(out[-1].split()) >= CUT_MIN_WORDS \
                and _ENDS_SENTENCE.search(paragraph) and not _OWN_SUBJECT.match(paragraph):
            out[-1] = f"{out[-1]} {paragraph}"
        else:
            out.append(paragraph)
    return out
