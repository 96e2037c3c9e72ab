"""Sentences run together with no full stop, and the tabloid captions glued in that way.

A tabloid page saved as one paragraph (the Daily Mail text of CNN/DM) prints each picture's caption as a line
with no stop, and the flattened text runs it into the next sentence: "... played 90 minutes for the Under 21s on
Monday The 19-year-old has not featured ...". A source can drop a stop between two sentences of its own as well
("... fined more than $1.2m in the last 10 years The commission has until 15 December ..."). Read as text, the
two became one sentence, which then went to the first one's speaker (reader Audit 44 #2) or filled a key point
with a caption (the lead's reading of CNN/DM rows 96 and 97).

**A seam** is where a word that can end a clause runs straight into a word that opens one, with a full clause
after it. The word before: a lower-case word that is no function word ("of", "the", "in" ...; so "in The Times"
stays), a number ("10 years", "1-0"), or a day's name ("on Monday"). The word after, and what must follow it
before the next stop:

* a subject pronoun ("He", "She", "They", "It", "We", "I") and a lower-case word;
* a determiner ("The", "A", "An", "This", "His", "Her", "Their") or "Police"/"Officers", with a finite verb in
  its first words ("The 19-year-old has ...", "The commission has ..."). A capitalised word after "The" reads as
  a name ("also called The Dardanelles", "the band The Who played"), so then the word before must be no noun that
  names a work, a group or a place and no verb of naming;
* a participle that opens a sentence ("Recording a verdict of ..., the coroner said") with a finite verb before
  the stop;
* a lone surname that the paragraph names elsewhere, with a finite verb right after it ("... knee injury Gnabry
  impressed ..."), unless the word before is a title or a role ("boss", "striker", "graduate", "teammate") or is
  itself a modifier after a capitalised word or a determiner ("Arsenal boss Wenger said").

Each side holds at least LINE_MIN_WORDS words. A seam becomes a line break, where the sentence splitter ends the
sentence (nlp/sentence_bounds.py: a line break inside a paragraph ends one between two clauses).

**A glued caption** is a piece that ends at such a seam, with no stop of its own, and repeats what the body says:
most of its content words (CAPTION_SHARE) stand in one or two other sentences of the paragraph that has its stop. A
caption restates the story beside its picture ("X, 23, was found dead at the foot of the cliff" beside "X fell
down a cliff ..."); a sentence of the body that lost its stop says something new and stays, split.

The attribution stage reads the same seam again after the parse (nlp/cue_limits.glued_break: a lower-case word or
a number, then "The/He/She/It/They/We" opening a subject), for the seams this pass leaves: a side shorter than
LINE_MIN_WORDS, or a subject this pass does not list. It reads parts of speech where this pass reads word sets,
so its openers are fewer and its tests are not these; a seam found here is a line break there, and it never
sees it. The words a clause does not end on are the headline-lines reader's (ingest/glued_runs.OPEN_WORDS).

Regular expressions and word sets, no parse (ingest runs before spaCy).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter

from newsbrief.ingest.glued_runs import OPEN_WORDS
from newsbrief.lexicon import MONTH_ALTERNATION, WEEKDAY_ALTERNATION

__all__ = ["CLAUSE_OPEN_WORDS", "finite_verb", "is_role", "repeats_body", "split_glued_sentences"]

# Each side of a seam is a clause of this many words at least (as ingest/glued_runs.LINE_MIN_WORDS and the
# splitter's nlp/sentence_bounds.LINE_MIN_WORDS, which ends a sentence at a line break only then).
LINE_MIN_WORDS = 5
# How many words after a determiner the finite verb may stand ("The Germany Under-21 international played").
VERB_WINDOW = 6
# A glued piece is a caption when at least this share of its content words stand in one sentence of the body
# (the captions of the CNN/DM rows read shared 0.6-0.8 with two sentences; a body sentence that lost its stop, 0.0-0.4).
CAPTION_SHARE = 0.6
CAPTION_MIN_CONTENT = 4

# A copula or auxiliary ends a clause ("where they were"), but before "The"/"A" it takes a name ("the winner was
# The Who"): allowed only before a pronoun or a participle.
_COPULAS = frozenset("is are was were been".split())
# Words that do not end a clause: a wrapped or glued phrase goes on after them ("in The Times", "the"). The
# headline-lines reader's words (the same seam between lines), without the copulas (read apart, above), with more
# prepositions and subordinators a glued sentence breaks after.
CLAUSE_OPEN_WORDS = (OPEN_WORDS - _COPULAS) | frozenset(
    "against across around behind between beyond during near past since through toward towards until upon via "
    "within without like despite among amid beside inside outside including per off plus unlike "
    "once where why how what though although unless whether whereas whenever wherever before after even just "
    "only next every each also".split())
# Nouns that take a name in apposition ("the band The Who", "the newspaper The Times") and verbs of naming.
_NAMING = frozenset(
    "called named dubbed titled entitled nicknamed known band group film movie newspaper paper magazine tabloid "
    "show series album song single book novel play musical company firm brand label ship pub restaurant hotel club "
    "bar shop store website site blog programme program channel station team duo trio outfit game app podcast "
    "documentary sitcom drama comedy thriller exhibition festival campaign operation song track rapper singer "
    "character role".split())
# Roles and titles written before a bare surname ("boss Wenger", "graduate Phillips"); words ending as roles do
# (-er, -or, -ist, -ian, -man, -woman) are read as roles too.
_ROLES = frozenset(
    "boss chief head star captain keeper coach president minister secretary chancellor spokesman spokeswoman "
    "colleague partner wife husband son daughter mother father brother sister friend girlfriend boyfriend "
    "teammate team-mate rival graduate student international youngster teenager veteran candidate nominee "
    "chairman chairwoman governor senator general officer detective inspector constable sergeant doctor "
    "professor judge lawyer attorney prosecutor witness victim suspect defendant actress actor singer star "
    "pilot driver winner loser aide deputy mp mep counterpart successor predecessor executive official envoy "
    "mogul tycoon laureate poet firm company giant".split())
_ROLE_ENDING = re.compile(r"(?:er|or|ist|ian|man|woman|ee|ant)$")
_DETERMINERS = frozenset("the a an his her their its our my this that these those".split())
# "I" is left out: a quotation split over a tabloid's lines runs on after a relative clause ("the last thing | I
# wanted"), and a seam before "I" was wrong more often than right in the CNN/DM rows read.
_PRONOUNS = frozenset("He She They It We".split())
_SUBJECT_OPENERS = frozenset("The A An This These His Her Their Its Police Officers".split())
# Finite verbs a clause of news opens with, besides the past tense in -ed.
_FINITE = frozenset(
    "is are was were has have had will would could can may might must should did does do said says told tells "
    "made took went came got gave left won lost became began found saw met ran fell spent kept held led paid "
    "put set hit thought felt knew wrote sent brought bought stood sat heard told broke chose drove flew "
    "grew rose shot threw wore".split())
_NOT_PAST = frozenset("need speed seed feed bleed breed greed indeed hundred red bed shed wed bred fled".split())
_WEEKDAY = re.compile(rf"(?:{WEEKDAY_ALTERNATION})$", re.I)
# A day or month after the seam goes on the sentence before ("announced next | Monday", "near the harbour | Tuesday").
_GOES_ON = re.compile(rf"(?:{WEEKDAY_ALTERNATION}|{MONTH_ALTERNATION})$", re.I)
_PREPOSITIONS = frozenset("of to in on at by for with from into over about as against".split())
_PARTICIPLE = re.compile(r"[A-Z][a-z]{2,}ing$")
_NUMBER = re.compile(r"\d[\w,.%-]*$")
_WORD = re.compile(r"[A-Za-z][\w'’-]*|\d[\w,.%-]*")
# A seam candidate: a token with no punctuation at its end, spaces, a capital.
_CANDIDATE = re.compile(r"(?<!\S)(?P<left>[\w'’-]+) +(?=[A-Z])")
_STOP = re.compile(r"[.!?:;][\"'”’)\]]*(?=\s|$)")
# A participle's object after it ("Recording a verdict"); a capitalised word and the lower-case word after it
# (a surname and its verb); a possessive's "'s"; a lower-case word or number before a capital (any seam at all).
_TAKES_OBJECT = re.compile(r"\S+ [a-z]")
_NAME_VERB = re.compile(r"[A-Z][\w'’-]* ([a-z]+)\b")
_POSSESSIVE = re.compile(r"['’]s\b")
_ANY_SEAM = re.compile(r"[a-z0-9] +[A-Z]")
_CONTENT_STOP = frozenset(
    "the a an of to in on at by for with from and or but that this these those his her their its he she they it "
    "was were is are has have had been be after before over into about as than who which when where while not".split())


def finite_verb(word: str) -> bool:
    """Whether ``word`` reads as a finite verb a clause of news opens with (a word list, or a past tense in -ed)."""
    low = word.lower()
    return low in _FINITE or (len(low) > 4 and low.endswith("ed") and low not in _NOT_PAST)


def is_role(word: str) -> bool:
    """Whether ``word`` names a role or title written before a name ("boss", "leader", "spokesman")."""
    low = word.lower()
    return low in _ROLES or bool(_ROLE_ENDING.search(low))


def _left_ok(left: str) -> bool:
    """Whether the word before a seam can end a clause (see the module docstring)."""
    if _NUMBER.match(left) or _WEEKDAY.match(left):
        return True
    return left[:1].islower() and left.isascii() and left.replace("-", "").replace("'", "").isalpha() \
        and left.lower() not in CLAUSE_OPEN_WORDS


def _clause_after(words: list[str], left: str, rest: str, counts: Counter[str]) -> bool:
    """Whether ``words`` (the words of ``rest``, the text after the seam up to the next stop) open a full clause
    after ``left``."""
    first = words[0]
    low_left = left.lower()
    if _GOES_ON.match(first):
        return False
    if first in _PRONOUNS:
        return words[1][:1].islower()
    if _PARTICIPLE.match(first) and _TAKES_OBJECT.match(rest) and counts[first] == 1:
        # "Recording a verdict of accidental death, the coroner said": an object, a comma, then the main verb; a
        # name in -ing ("Sterling", "Reading") recurs or takes no object
        comma = rest.find(",")
        return words[1] not in _PREPOSITIONS and comma > 0 \
            and any(finite_verb(w) for w in _WORD.findall(rest[comma:]))
    if low_left in _COPULAS:
        return False
    if first in _SUBJECT_OPENERS:
        if words[1][:1].isupper() and (low_left in _NAMING or is_role(left)):
            return False
        return any(finite_verb(w) for w in words[1:VERB_WINDOW])
    return False


def _name_seam(words: list[str], left: str, before: list[str], rest: str, counts: Counter[str]) -> bool:
    """Whether ``rest`` opens with a lone surname the paragraph names elsewhere and a finite verb ("... knee injury
    Gnabry impressed ..."): a seam only on a page that shows another seam (see ``_seams``)."""
    first = words[0]
    verb = _NAME_VERB.match(rest)
    if verb is None or not first.isalpha() or len(first) < 2 or not finite_verb(verb.group(1)) or _GOES_ON.match(first):
        return False
    modified = bool(before) and (before[-1].lower() in _DETERMINERS or before[-1][:1].isupper())
    return counts[first] >= 2 and not is_role(left) and not modified and left.lower() not in _NAMING


# An opening quotation mark: curly, or straight after a space and before a word (not an apostrophe, "didn't").
_OPENING_QUOTE = re.compile(r"[“‘]|(?:^|(?<=\s))[\"'](?=\w)")
_ANY_QUOTE = re.compile(r"[“‘”’\"']")


def _in_quotation(paragraph: str, at: int) -> bool:
    """Whether ``at`` stands inside a quotation: the last quotation mark before it opens one (a quotation a tabloid
    splits over its lines runs on with no stop: "'We were so late by this point | I didn't have time ...")."""
    for match in reversed(list(_ANY_QUOTE.finditer(paragraph, max(0, at - 600), at))):
        char = match.group()
        if char in "’'" and match.start() > 0 and paragraph[match.start() - 1].isalpha() \
                and paragraph[match.start() + 1 : match.start() + 2].isalpha():
            continue  # an apostrophe inside a word
        return bool(_OPENING_QUOTE.match(paragraph, match.start()))
    return False


# A clause is read up to this many characters after the seam, and back to this many before it: the scan stays
# linear on a paragraph with no stop at all (tests/hostile).
CLAUSE_CHARS = 400
# A paragraph with more seams than this is a list or debris, not a page with glued captions: left as it was.
MAX_SEAMS = 40


def _seams(paragraph: str) -> list[int]:
    """The offsets of the spaces that are seams between two run-together sentences."""
    seams: list[int] = []
    named: list[int] = []
    found = list(_STOP.finditer(paragraph))
    starts, ends = [m.start() for m in found], [m.end() for m in found]
    counts = Counter(_WORD.findall(paragraph))
    for match in _CANDIDATE.finditer(paragraph):
        left = match.group("left")
        if not _left_ok(left):
            continue
        start = match.end()
        after = bisect_left(starts, start)
        rest = paragraph[start : min(starts[after] if after < len(starts) else len(paragraph), start + CLAUSE_CHARS)]
        words = _WORD.findall(rest)
        prior = bisect_right(ends, match.start()) - 1
        since = max(ends[prior] if prior >= 0 else 0, max(seams + named, default=-1) + 1, match.start() - CLAUSE_CHARS)
        before = _WORD.findall(paragraph[since : match.start()])
        if len(words) < LINE_MIN_WORDS or len(before) + 1 < LINE_MIN_WORDS or _in_quotation(paragraph, start):
            continue
        if _clause_after(words, left, rest, counts):
            seams.append(match.end("left"))
        elif _name_seam(words, left, before, rest, counts):
            named.append(match.end("left"))
        if len(seams) + len(named) > MAX_SEAMS:
            return []
    # A surname and its verb after a noun is also a reduced relative clause or a clause with "that" left out ("the
    # cuts Rajoy has imposed", "said Romney is weighing": Newsroom rows read in session 28), which a report writes
    # often; it is a seam only in a paragraph that shows a seam of the other kinds, a page of glued captions.
    return sorted(seams + named) if seams else []


def _content(text: str) -> set[str]:
    """The content words of ``text``, lower-cased, without a possessive's "'s" and split at hyphens ("Arsenal's",
    "Under-21" read as "arsenal", "under", "21")."""
    words = (part for w in _WORD.findall(_POSSESSIVE.sub("", text)) for part in w.lower().split("-"))
    return {w for w in words if w not in _CONTENT_STOP and (len(w) > 2 or w.isdigit())}


def _is_caption(piece: str, body: list[set[str]]) -> bool:
    """Whether a glued piece repeats the body: CAPTION_SHARE of its content words stand in the two sentences of the
    body that share most with it (a caption often sums up two; see the module docstring)."""
    words = _content(piece)
    if len(words) < CAPTION_MIN_CONTENT:
        return False
    shared = sorted((words & sentence for sentence in body), key=len, reverse=True)[:2]
    return len(set().union(*shared)) >= CAPTION_SHARE * len(words)


def repeats_body(piece: str, body: str) -> bool:
    """Whether ``piece`` repeats ``body`` as a caption does: CAPTION_SHARE of its content words (CAPTION_MIN_CONTENT
    at least) stand in the two sentences of ``body`` that share most with it."""
    return _is_caption(piece, [_content(s) for s in _sentences(body)])


def split_glued_sentences(paragraph: str) -> str:
    """``paragraph`` with a line break at each seam between run-together sentences, and without the glued pieces
    that repeat the body as captions do (see the module docstring)."""
    if not _ANY_SEAM.search(paragraph):
        return paragraph
    seams = _seams(paragraph)
    if not seams:
        return paragraph
    # pieces: (text, glued) where glued means the piece ends at a seam, with no stop of its own
    pieces: list[tuple[str, bool]] = []
    last = 0
    for seam in seams:
        pieces.append((paragraph[last:seam], True))
        last = seam + 1
    pieces.append((paragraph[last:], False))
    split = [_sentences(text) for text, _ in pieces]
    # the body: every sentence but the last of each glued piece (a caption is compared with the body only)
    sentences = [_content(s) for (_, glued), done in zip(pieces, split, strict=True)
                 for s in (done[:-1] if glued else done)]
    kept: list[str] = []
    for index, ((text, glued), done) in enumerate(zip(pieces, split, strict=True)):
        if glued:
            # the paragraph's first sentence is its lead, never a caption (captions stand after the text they show)
            if done and (index > 0 or len(done) > 1) and _is_caption(done[-1], sentences):
                done = done[:-1]
            kept.append(" ".join(done))
        else:
            kept.append(text)
    return "\n".join(piece.strip() for piece in kept if piece.strip())


def _sentences(text: str) -> list[str]:
    """``text`` cut at its stops before a capital (abbreviations are not told apart: a cut only narrows the piece
    whose words are compared)."""
    return [s for s in _SENTENCE_BREAK.split(text.strip()) if s]


# A stop, perhaps a closing quote (spaced in tokenized text: "in. ’ Jacob"), a space, a capital or a quote.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[\"“‘'A-Z])|(?<=[.!?][\"'”’)\]])\s+(?=[\"“‘'A-Z])"
                             r"|(?<=[.!?] [\"'”’])\s+(?=[A-Z])")
