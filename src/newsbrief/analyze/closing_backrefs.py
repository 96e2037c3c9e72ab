"""Closes that lean on the sentence before them for who they are about or whose words they are (reader Audit 43,
docs/audit.md 44; the lead's reading of CNN/DM row 95, session 27).

- "The extremist, a recent convert, at one point called 911 ..." closed a report on one attack (Audit 43 #10); the
  "extremist" was the attacker of another, earlier event that only the sentence before introduced. Printed alone,
  the close read as a motive of the story's own gunman. A close whose subject is a definite common noun ("The
  driver", "The man") stands for someone the article introduced; when the sentence right before introduces a new
  someone (an indefinite "a man", "a gunman") and the close's noun is that one's or names no one the article
  mentioned earlier, the close is shown with that sentence. A definite subject the story named before ("The
  minister" of a report on her resignation) stays alone.
- "I didn't want people to know what happened to me." was chosen over a flat last line as the bottom line of a
  court report (row 95): a victim's quoted words whose marks the page lost, in no one's mouth. A sentence that
  speaks in the first person outside any quotation marks, just after a sentence that reports someone's words
  ("she says ..."), is that person's, never the writer's bottom line.
- "Chances are you'll need it." closed a column (Audit 44 #1): the real close, but "it" is the act the sentence
  before tells the reader to practise, and alone the close says nothing. A short close (BARE_MAX_WORDS words) whose
  object is a bare "it", "them" or "that", with no singular noun before it that could be what it stands for, is
  shown with the sentence before it.
- "A preliminary hearing is scheduled to begin on 4 January ..." was printed as the close of a report whose last lines
  are the doctor's denial and the cause of death (Audit 44 #6): the flat-last-line rule (conclusion.py) looked back
  past the denial to a scheduled event. A denial is the accused's answer, the bottom line of such a story: when the
  look-back finds a bottom line past a sentence whose main verb denies (``denial``), the denial is the close. With no
  bottom line further back the last line stands ("... and released them without charge" after a denial is news).
- "The latest shutdown will not help its bid." was chosen over a flat last line on market moves (Audit 46 #3): "its
  bid" is the one bid the article told of paragraphs before, in a sentence the brief did not show, so the close said
  nothing a reader could place. An object under a possessive pronoun ("its bid", "their plan") whose noun the
  article first used after its lead (``possessive_backref``) leans on that sentence: the look-back passes it by, and
  a last sentence is shown with it only when it is the sentence right before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.analyze.openings import has_quote_mark
from newsbrief.models import Document, Sentence, Token

__all__ = ["bare_object_close", "borrowed_first_person", "definite_backref", "denial", "open_quotation_line",
           "possessive_backref"]

_DEFINITE = frozenset({"the", "this", "that"})
_INDEFINITE = frozenset({"a", "an"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# The close's subject opens it: "The driver, a recent convert, ..." (a few tokens in, after a determiner).
_SUBJECT_REACH = 3
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|myself)\b")
_REPORTED = re.compile(r"\b(?:says|said|told|tells|added|adds|recalls|recalled|explains|explained)\b")
# The reporting sentence may stand one or two sentences before the words it introduces.
_REPORT_REACH = 2


def _definite_subject(tokens: Sequence[Token]) -> Token | None:
    """The main clause's subject when it is a singular common noun under "the"/"this"/"that" at the sentence's
    start, with no name or possessor of its own ("The driver, a recent convert, ..."; not "The BBC's editor")."""
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None or not tokens:
        return None
    first = tokens[0].i
    subject = next((t for t in tokens if t.head == root.i and t.dep in _SUBJECT_DEPS and t.i != root.i), None)
    if subject is None and root.pos == "NOUN" and root.i + 1 < first + len(tokens) \
            and tokens[root.i - first + 1].text == ",":
        subject = root  # "The driver, a recent convert ..., called ...": the parser may head the sentence on it
    if subject is None or subject.pos != "NOUN" or subject.tag != "NN" or subject.i - first > _SUBJECT_REACH:
        return None
    kids = [t for t in tokens if t.head == subject.i and t.i < subject.i]
    if not any(t.dep == "det" and t.text.lower() in _DEFINITE for t in kids) \
            or any(t.pos == "PROPN" or t.dep == "poss" for t in kids):
        return None
    return subject


def _introduced(tokens: Sequence[Token]) -> set[str]:
    """The lemmas of the nouns the sentence introduces with "a"/"an" ("a man drove his car into ...")."""
    heads = {t.head for t in tokens if t.dep == "det" and t.text.lower() in _INDEFINITE}
    return {t.lemma.lower() for t in tokens if t.i in heads and t.pos == "NOUN"}


def definite_backref(doc: Document, sentence: Sentence, lead: int) -> list[Sentence]:
    """The sentence before a close whose definite subject is the someone that sentence introduces (see the module
    docstring), to show with the close; an empty list when the close stands alone."""
    index = sentence.index - 1
    if index < lead or has_quote_mark(sentence.text):
        return []
    subject = _definite_subject(doc.sentence_tokens(sentence))
    previous = doc.sentences[index]
    if subject is None or previous.paragraph < sentence.paragraph - 1 or has_quote_mark(previous.text):
        return []
    introduced = _introduced(doc.sentence_tokens(previous))
    if not introduced:
        return []
    lemma = subject.lemma.lower()
    if lemma in introduced:
        return [previous]
    earlier = {t.lemma.lower() for s in doc.sentences[:index] for t in doc.sentence_tokens(s)}
    return [] if lemma in earlier else [previous]


# A close this short says nothing of its own when its object is a bare pronoun: the closes read ran 4-7 words ("Chances
# are you'll need it."); a longer sentence usually names what it speaks of.
BARE_MAX_WORDS = 8
_BARE_OBJECTS = frozenset({"it", "them", "that"})
_OBJECT_DEPS = frozenset({"dobj", "pobj", "obj"})
_SINGULAR_NOUNS = frozenset({"NN", "NNP"})


def bare_object_close(doc: Document, sentence: Sentence, lead: int) -> list[Sentence]:
    """The sentence before a short close whose object is a bare pronoun it leans on (see the module docstring); an
    empty list when the close stands alone."""
    index = sentence.index - 1
    tokens = doc.sentence_tokens(sentence)
    words = [t for t in tokens if t.pos not in ("PUNCT", "SPACE")]
    if index < lead or len(words) > BARE_MAX_WORDS or has_quote_mark(sentence.text):
        return []
    bare = next((n for n, t in enumerate(tokens) if t.text.lower() in _BARE_OBJECTS and t.pos == "PRON"
                 and t.dep in _OBJECT_DEPS), None)
    if bare is None or any(t.tag in _SINGULAR_NOUNS for t in tokens[:bare]):
        return []
    previous = doc.sentences[index]
    if previous.paragraph < sentence.paragraph - 1:
        return []
    return [previous]


_POSSESSIVE = frozenset({"its", "their", "his", "her"})


def possessive_backref(doc: Document, sentence: Sentence, lead: int) -> Sentence | None:
    """The sentence that first used the noun of the close's object under a possessive pronoun ("its bid"), when
    that sentence lies after the lead (the key points show the lead) and before the close; None when the close
    has no such object or a quotation (see the module docstring)."""
    if has_quote_mark(sentence.text):
        return None
    tokens = doc.sentence_tokens(sentence)
    owned = {tokens[0].i + n for n, t in enumerate(tokens) if t.dep == "poss" and t.text.lower() in _POSSESSIVE}
    nouns = {t.head for t in tokens if t.i in owned}
    lemmas = {t.lemma.lower() for t in tokens if t.i in nouns and t.pos == "NOUN" and t.dep in _OBJECT_DEPS}
    if not lemmas:
        return None
    for earlier in doc.sentences[: sentence.index]:
        used = lemmas & {t.lemma.lower() for t in doc.sentence_tokens(earlier) if t.pos == "NOUN"}
        if used:
            return earlier if earlier.index >= lead else None
    return None


# A main verb that answers an accusation; "dismiss", "counter" and "contest" are left out: a judge dismisses a case,
# a candidate contests a seat.
_DENYING = frozenset({"deny", "reject", "dispute", "refute", "rebut"})


def denial(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence's main verb denies, with a subject of its own ("Dr Roe has repeatedly denied causing
    his death", "The firm rejected the claims"); see the module docstring."""
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    return root is not None and root.lemma.lower() in _DENYING and any(
        t.head == root.i and t.dep in _SUBJECT_DEPS for t in tokens)


def _unquoted(text: str) -> str:
    """``text`` with its double-quoted stretches blanked (a quoted "I" is the quoted speaker's)."""
    return re.sub(r"[\"“][^\"“”]*[\"”]", " ", text)


def borrowed_first_person(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence speaks in the first person outside quotation marks right after a sentence that reports
    a third person's words: that person's words with their marks lost (see the module docstring)."""
    if not _FIRST_PERSON.search(_unquoted(sentence.text)):
        return False
    before = doc.sentences[max(0, sentence.index - _REPORT_REACH): sentence.index]
    return any(_REPORTED.search(s.text) and not _FIRST_PERSON.search(_unquoted(s.text)) for s in before)


_DOUBLE = re.compile(r"[\"“”]")


_STRAIGHT_CLOSES = re.compile(r'(?<=[\w.,!?…])"(?=\s|$|[),;:])')


def _left_open(text: str) -> bool:
    """Whether a paragraph ends inside a quotation: its last double mark opens one (an odd count of straight
    marks, or a curly opening mark after the last closing one)."""
    marks = _DOUBLE.findall(text)
    if not marks:
        return False
    if "“" in marks or "”" in marks:
        return marks[-1] == "“" or (marks[-1] == '"' and len(marks) % 2 == 1)
    # A Timeline17 page sets each sentence of a quotation in a paragraph of its own, so a paragraph may only close a
    # quotation opened two paragraphs up ('... they like to follow democracy."'): an odd count then read as a
    # quotation left open, and the writer's own last line after it was withheld as the speaker's (session 33). The
    # last mark says which it is where it stands: after a word and before a space or the end, it closes.
    last = text.rstrip().rfind('"')
    if _STRAIGHT_CLOSES.match(text, last):
        return False
    return len(marks) % 2 == 1


def open_quotation_line(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence runs on a quotation left open at the end of the paragraph before, with no mark of its
    own ('He said: "I would rather see ... | You look after your own first. | "If they have ...?"'): a press
    paragraph that continues a quotation opens with no closing mark on the one before, so the line is the
    speaker's, and shown alone it is in no one's mouth (Audit 43 #5)."""
    if _DOUBLE.search(sentence.text):
        return False
    own = [s for s in doc.sentences[: sentence.index] if s.paragraph == sentence.paragraph]
    if any(_DOUBLE.search(s.text) for s in own):
        return False
    previous = [s for s in doc.sentences[: sentence.index] if s.paragraph == sentence.paragraph - 1]
    return bool(previous) and _left_open(" ".join(s.text for s in previous))
