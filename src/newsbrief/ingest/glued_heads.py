"""A headline, standfirst or picture caption glued to the front of a plain text's first sentence.

A page saved as sentences, one a line (the Timeline17 texts, detokenised), keeps no line break between its
headline, the picture caption under it and the lead: "Haiti earthquake aid Red Cross van stolen in London Red
Cross workers across the world have helped deliver aid to Haiti A Red Cross van on its way to collect goods ...
has been stolen in south-east London." Read as one sentence, the headline opened key point 1 and the essay, and
the brief had no title (Audit 50 #3, #4, #5; the lead's reading of #1, #6, #7).

**The seam** is where the run above the lead ends and the lead begins. The head has no stop, so the seam is told
by grammar only, and only where that is precise:

* the word before is a lower-case word that can end a clause (no function word: "in The Hague"; no verb of
  saying or naming: "told The Times", "the newspaper The Sun"), a closing quotation mark ("` poor decision
  making ' The ...") or a number;
* the word after is one that opens a sentence and is not read inside one in capitals: a determiner or a subject
  pronoun ("The", "A", "An", "This", "It", "He", "They" ...), or a sentence adverbial ("As", "After", "When",
  "Since" ...). "A"/"An" may follow a capitalised name too ("aid to Haiti A Red Cross van ..."), but not a
  function word ("roads A and B"). "The" before a name opens the lead only when the name is its subject: no
  comma after it and a finite verb within VERB_WINDOW words ("The US Coast Guard says ...", not "visited The
  Hague on Monday to ..." or "the tabloid The Daily Mail, reports");
* the run before has HEAD_MIN_WORDS to HEAD_MAX_WORDS words and no stop of its own, and the lead after holds
  LEAD_MIN_WORDS words or more up to its stop.

The last such seam in the paragraph is taken (a caption sits between the headline and the lead); the head is set
apart as a paragraph of its own, where the title reader takes it as the headline when it is one
(``header.split_title``) and the furniture filter drops it otherwise. A first paragraph with a stop before the
seam is left alone: its first sentence is the lead, not a head.

A paragraph whose first sentence holds a wire dateline ("... Misrata, Libya (CNN) -- ...") is left to the header
reader, which cuts a wire's highlights above its dateline (``header._inline_dateline_apart``).

Measured (session 34): of the 2,174 Timeline17 first lines (detokenised), 435 are split; a reading of about 250 of
the splits found no wrong seam. Of the sentences 4-8 of each Timeline17 article (10,107, mostly body text), 93 would
split (this reader reads only the head), nearly all real glued captions and related headlines. Of the first two
paragraphs of the 1,683 FNC-1 bodies (3,282), none: the three the first version split were names in apposition
("the UK rag The Daily Mail, reports", "stood outside The Loft Café, in ..."), now read apart.

Regular expressions and word sets, no parse (ingest runs before spaCy).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from newsbrief.ingest.furniture import furniture_kind
from newsbrief.ingest.furniture_bylines import byline_apart
from newsbrief.ingest.glued_runs import OPEN_WORDS
from newsbrief.ingest.glued_sentences import CLAUSE_OPEN_WORDS, finite_verb, is_role, repeats_body
from newsbrief.lexicon import MONTH_ALTERNATION, WEEKDAY_ALTERNATION

__all__ = ["head_apart", "heads_apart"]

# The run above a lead: a headline has three words or more; a headline, a caption and a kicker together
# ran up to 45 words on the Timeline17 pages read.
HEAD_MIN_WORDS = 3
HEAD_MAX_WORDS = 50
# The lead after the seam is a full sentence of this many words (the header reader's LEAD_WORDS).
LEAD_MIN_WORDS = 12

# A name after "The" is read with this many words after it; its verb stands within VERB_WINDOW words of the name.
NAME_WINDOW = 14
VERB_WINDOW = 8
# Words that end the subject's reach: a verb after them is another clause's ("visited The Hague on Monday to
# sign a deal that will ...").
_CLAUSE_BREAKS = frozenset("to that which who whom where when because after before while if as".split())
# A present tense right after a name ("The Red Cross estimates ...").
_PRESENT = re.compile(r"^[a-z]{2,}[^s']s$")
# Words that open a sentence and are not read capitalised inside one (a name's "The" is checked apart).
SEAM_OPENERS = frozenset(
    "The A An This These Those It He She They We His Her Its Their Our There As After When While Since "
    "Despite Although Though Many Some Most More Several Hundreds Thousands Dozens Officials Police Witnesses "
    "Two Three Four Five Six Seven Eight Nine Ten".split())
# Openers that take a name after them ("The Hague", "A Red Cross van": see _article_opens).
_ARTICLES = frozenset({"The", "A", "An"})
# Words a clause does not end on: function words (the headline-lines reader's), and verbs of saying or naming
# after which a name in capitals follows ("told The Times", "called The Dardanelles").
_FUNCTION_WORDS = OPEN_WORDS | CLAUSE_OPEN_WORDS
_NOT_LAST = _FUNCTION_WORDS | frozenset(
    "said says told tells called named dubbed titled newspaper paper magazine band group film show album book "
    "programme program channel website site series song novel type plan grade vitamin class category hepatitis "
    "influenza flu strain tank charity agency organisation organization party union publication rag tabloid "
    "broadsheet daily weekly outlet broadcaster network several few many both all other such various own".split())
# A headline line may end on a question mark ("Who's blamed by BP for the oil spill?") and stay a head.
_HEADLINE_END = re.compile(r"^[^.!]{1,120}\?[\"'”’]?$")
_WIRE_DASH = re.compile(r"\([A-Z][\w. ]{1,24}\)\s*(?:--|[-–—])\s")
_NOT_HEADLINES = frozenset({"byline", "timestamp", "dateline"})
_STOP = re.compile(r"[.!?][\"'”’)\]]*\s")
_WORD = re.compile(r"\S+")
_WORD_START = re.compile(r"[\"“‘'`]?\w")
_CLOSING_QUOTE = re.compile(r"^(?:['’\"”]|\S+['’\"”])$")
_AMOUNT = re.compile(r"[#£$€]?\d[\d,.]*(?:m|bn|k|%)?")


def _left_ends(word: str) -> bool:
    """Whether ``word`` can end the run above the lead (see the module docstring)."""
    if _CLOSING_QUOTE.match(word) and not word.endswith(("'s", "’s")):
        return True  # "` poor decision making '", "calmly\""
    bare = word.rstrip(",;:")
    if bare != word:
        return False  # a comma or colon goes on into the next words
    if _AMOUNT.fullmatch(bare):
        return True  # "aged 50", "hoped to raise #500" (a pound sign the Timeline17 texts print as "#"), "$2.5bn"
    return bare[:1].islower() and bare.replace("-", "").isalpha() and bare.lower() not in _NOT_LAST


def _name_ends(word: str) -> bool:
    """Whether a capitalised ``word`` can end the run before an indefinite article ("aid to Haiti A Red Cross
    van ..."): a name of letters (not "Plan", "Type", "Vitamin" ...: see _NOT_LAST)."""
    return word[:1].isupper() and word[1:].islower() and word.isalpha() and word.lower() not in _NOT_LAST


def _article_opens(article: str, after: list[str]) -> bool:
    """Whether an article before the words ``after`` opens a sentence rather than a name that goes on the words
    before it ("visited The Hague on Monday", "the UK rag The Daily Mail, reports"; FNC-1 bodies 350, 1205, 2489).
    "A"/"An" opens a word ("Texas A & M" does not); "The" before a name opens a sentence only when the name is its
    subject: no comma after the name, and a finite verb within VERB_WINDOW words of it ("The US Coast Guard says
    ...", "The BBC's Jim Muir has ...")."""
    if not after or not _WORD_START.match(after[0]) or after[0].lower().strip(",") in _FUNCTION_WORDS:
        return False  # "roads A and B", "Texas A & M"
    if article != "The" or not after[0][:1].isupper():
        return True
    name = list(itertools.takewhile(lambda w: w[:1].isupper(), after))
    if name[-1].endswith(","):
        return False
    rest = list(itertools.takewhile(lambda w: w.lower() not in _CLAUSE_BREAKS and not w.endswith(","),
                                    after[len(name):len(name) + VERB_WINDOW]))
    return bool(rest) and (_PRESENT.match(rest[0]) is not None or any(finite_verb(w) for w in rest))


# An opener that is a name's first word (the lead's code review of session 34, on invented lines): a pronoun before a
# capitalised word ("The disgraced scientist He Jiankui, who ..."), an "An" before a capitalised consonant, which no
# article takes ("opposition politician An Cheol-soo said ..."; "An FBI agent", "An Egyptian" are articles), or a count
# before a clause's function word ("customers left Three after ...", the telecoms firm): no seam. A role noun before
# the opener is no guard of its own: a byline's desk ends on one ("By Jo Roe BBC UN correspondent The Arab League
# ..."), and so does a headline ("not enough doctors A Medicins Sans Frontieres doctor ...").
_PRONOUN_OPENERS = frozenset("It He She They We His Her Its Their Our".split())
_COUNT_OPENERS = frozenset(
    "Many Some Most More Several Hundreds Thousands Dozens Two Three Four Five Six Seven Eight Nine Ten".split())


def _name_not_opener(right: str, after: str) -> bool:
    """Whether the opener ``right`` before the word ``after`` is read as a name's first word, not a lead's."""
    if right in _PRONOUN_OPENERS and after[:1].isupper():
        return True
    if right == "An" and after[:1].isupper() and after[:1] not in "AEIOU" and not _in_capitals(after):
        return True
    return right in _COUNT_OPENERS and after.lower() in _CLAUSE_BREAKS


def _seam_at(words: list[re.Match[str]], index: int, text: str) -> bool:
    """Whether the seam falls before ``words[index]``."""
    right = words[index].group()
    left = words[index - 1].group()
    if right not in SEAM_OPENERS or not (_left_ends(left) or (right in ("A", "An") and _name_ends(left))):
        return False
    after = words[index + 1].group() if index + 1 < len(words) else ""
    if _name_not_opener(right, after):
        return False
    if right in _ARTICLES and not _article_opens(right, [w.group() for w in words[index + 1:index + 1 + NAME_WINDOW]]):
        return False
    return not _STOP.search(text, 0, words[index].start())


# A head in capitals or in title case ends on a capitalised word, and the seam falls between two capitalised words
# ("HOW THE OUTBREAK EMERGED Flu viruses mutate ...", "By Jo Roe BBC News, Beirut The scars of ...", "Get To Know
# The Show: Jo Roe Guest Hosts This evening ...", "... Oil Spill BP said ..."), which the lower-case reading above
# never splits. Only where the head's case makes it certain: every word of the run is in capitals (at least
# CAPS_HEAD_WORDS of them, the lead's first word not), or every word is capitalised but the small words of a title
# (at least TITLED_HEAD_WORDS capitalised); the lead after it is in sentence case (half its next words lower-case);
# and the lead opens on a sentence opener (as above) or on a bare acronym before a lower-case word ("BP said"),
# not one in brackets ("The World Health Organization (WHO) said") nor after a comma's apposition ("Jo Roe, an
# American BP executive"). Measured (session 35) on the 2,174 Timeline17 articles' first two paragraphs after the
# seams above: 40 more split, all at a head's end (27 bylines with their desk and place, 5 headings in capitals, 6
# title-case show headlines, 2 run-together highlights); read in full, none wrong.
CAPS_HEAD_WORDS = 3
TITLED_HEAD_WORDS = 4
SENTENCE_CASE_WORDS = 6
_TITLE_SMALL_WORDS = frozenset("of in to for and the a an on at with as by from over after is are vs or but into up "
                               "out off about its his her their new".split())
_ACRONYM = re.compile(r"[A-Z]{2,5}")


def _capitalised(word: str) -> bool:
    return word.strip("\"'“”‘’`(),:;-")[:1].isupper()


def _in_capitals(word: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", word)
    return len(letters) >= 2 and letters.isupper()


def _sentence_case(after: list[str]) -> bool:
    """Whether the words after a lead's first word are in sentence case: half of them or more in lower case."""
    return bool(after) and 2 * sum(1 for w in after if w[:1].islower()) >= len(after)


def _cased_seam(words: list[str], index: int) -> bool:
    """Whether the seam falls before ``words[index]`` at the end of a head in capitals or title case (see above)."""
    head, right, after = words[:index], words[index], words[index + 1:index + 1 + SENTENCE_CASE_WORDS]
    if re.search(r"[.!?:;,]$", head[-1]) or not _sentence_case(after):
        return False
    if all(_in_capitals(w) or not re.search("[A-Za-z]", w) for w in head):
        return sum(map(_in_capitals, head)) >= CAPS_HEAD_WORDS and _capitalised(right) and not _in_capitals(right)
    if not all(_capitalised(w) or w.lower() in _TITLE_SMALL_WORDS for w in head) \
            or sum(map(_capitalised, head)) < TITLED_HEAD_WORDS or head[-1].lower() in _TITLE_SMALL_WORDS:
        return False
    if right in SEAM_OPENERS:
        return right not in _ARTICLES or _article_opens(right, words[index + 1:index + 1 + NAME_WINDOW])
    return bool(_ACRONYM.fullmatch(right)) and not _in_capitals(head[-1]) and after[0][:1].islower() \
        and not any("," in w for w in head)


# A lead may open on a word no list above holds: a capitalised common noun ("... in pigs Infection control experts are
# scrambling ...", "... empty streets and shops Governments around the world are ...") or a name ("... rates are
# higher in Inuit communities Canada is investigating ..."). Such a seam is read with the page's evidence (Issue #11:
# a caption glued to the lead opened key point 1):
# * a common word: the page writes it in lower case elsewhere, and never capitalised after a function word (where it
#   would be part of a name: "the Health Protection Agency"); a run above it with no verb must repeat the body;
# * a name: only after a seam of the kinds above in the same run (a headline, then a caption, then the lead), and
#   the run above repeats the body as a caption does (glued_sentences.repeats_body). A name after a noun is too often
#   a clause without its "that" or "when" ("at the time Brown was shot") to be a seam on its own.
# Either way the word before is a lower-case word of letters (or a year) and no verb or role ("Libyan leader Moammar
# Gadhafi could be ..."; after a role the seam moves to the title's start: "... 28 years | BP's chief executive Tony
# Hayward has ..."), the run above neither opens as an adverbial nor leaves a "that"/"when" clause without its verb,
# and a finite verb follows the subject within VERB_WINDOW words with no comma or clause word between.
# Measured (session 36) on the 2,174 Timeline17 articles, detokenised: 68 more first paragraphs split, all read and
# right (BBC captions and Guardian standfirsts under their headlines); on the 1,683 FNC-1 bodies and the 100 CNN/DM
# articles, which glue nothing, none (the first versions split 7 FNC-1 leads: "sergeant-at-arms | Kevin Vickers",
# "'Big Bank Hank' | Jackson", "the stainless steel | Apple Watch", which the rules above now read).
_PLURAL_PRESENT = frozenset(
    "say are have do fear warn hope believe claim think expect want need insist agree suggest face remain".split())
_DAY_OR_MONTH = re.compile(rf"(?:{WEEKDAY_ALTERNATION}|{MONTH_ALTERNATION})$", re.I)
_CAPITAL_WORD = re.compile(r"[A-Z][a-z][a-z-]*")


@dataclass(frozen=True)
class _Page:
    """What the whole page says of its words' case, and its text after the first paragraph's first stop."""

    lower: frozenset[str]
    named: frozenset[str]
    body: str
    text: str


def _page(paragraphs: list[str]) -> _Page:
    text = "\n".join(paragraphs)
    words = text.split()
    lower = frozenset(w.strip("\"'“”‘’(),.;:!?") for w in words if w[:1].islower())
    named = frozenset(right.strip("\"'“”‘’(),.;:!?") for left, right in itertools.pairwise(words)
                      if left.lower() in _FUNCTION_WORDS and right[:1].isupper())
    first = _STOP.search(paragraphs[0] + " ") if paragraphs else None
    body = "\n".join([paragraphs[0][first.end():] if first else "", *paragraphs[1:]])
    return _Page(lower, named, body, text)


def _is_verb(word: str, before: str = "", after: str = "") -> bool:
    """Whether ``word`` reads as a finite verb; a present in -s only right after a capitalised word and before a
    lower-case one ("The Red Cross estimates that ...", not "Syrian ambassadors BBC's ...": a plural is no verb)."""
    bare = word.strip("\"'“”‘’,;:")
    if finite_verb(bare) or bare in _PLURAL_PRESENT:
        return True
    return _PRESENT.match(bare) is not None and bare not in _NOT_LAST and before[:1].isupper() \
        and not after[:1].isupper()


def _verb_follows(words: list[str], index: int, named: bool) -> bool:
    """Whether a finite verb follows the subject that opens at ``words[index]`` within VERB_WINDOW words, before any
    comma or clause word. After a name (``named``) the subject is read strictly: more capitalised words, then at most
    two lower-case ones ("Michael Jackson's death was", "Los Angeles prosecutors will"), so a name that is an object
    runs on into other words ("to stem | Gulf oil spill lawsuits Lump-sum ...")."""
    lower = 0
    for at in range(index + 1, min(index + 1 + VERB_WINDOW, len(words))):
        word = words[at]
        if _is_verb(word, words[at - 1], words[at + 1] if at + 1 < len(words) else ""):
            return True
        bare = word.strip("\"'“”‘’").lower()
        if word.endswith((",", ";", ":")) or bare in _CLAUSE_BREAKS:
            return False
        if named:
            lower += word[:1].islower()
            if bare in _FUNCTION_WORDS or lower > 2 or (lower and word[:1].isupper()):
                return False
    return False


_YEAR = re.compile(r"(?:19|20)\d\d")


def _left_closes(words: list[str], index: int) -> bool:
    """Whether the word before ``words[index]`` closes the run above a lead on the page's evidence: a lower-case word
    of letters (or a year) but no verb that takes the capitalised words after it as its object ("met | Syrian
    refugees", "condemning | Syria's"), no count ("the 15 | Security Council")."""
    left = words[index - 1]
    if _YEAR.fullmatch(left):
        return True  # "... in 2003 | Michael Jackson has topped ...", "6 January 2011 | Last updated ..."
    if not _left_ends(left) or not left.isalpha() or not left.islower():
        return False  # a count, a nickname in quotes ("'Big Bank Hank' | Jackson"), "sergeant-at-arms", "al-Islam"
    bare = left.strip("\"'“”‘’`")
    return not (finite_verb(bare) or (len(bare) > 4 and bare.endswith("ing")))


def _after_role(words: list[str], index: int) -> bool:
    """Whether a role stands before the name at ``words[index]`` ("Libyan leader | Moammar", "chief of staff |
    Steve")."""
    return is_role(words[index - 1]) or (index >= 3 and words[index - 2] == "of" and is_role(words[index - 3]))


def _title_start(words: list[str], index: int) -> int | None:
    """Where the title before the name at ``words[index]`` starts: a capitalised word after a lower-case one, then
    lower-case words or "of" up to the name ("... for 28 years | BP's chief executive Tony Hayward has ...", "...
    Tony Hayward pulls out | BP chief of staff Steve Westwell was ..."); None when no title opens so."""
    for start in range(index - 1, max(index - 5, 1), -1):
        if words[start][:1].isupper():
            return start if _left_closes(words, start) and words[start - 1].lower() not in _FUNCTION_WORDS else None
        if not words[start][:1].islower():
            return None
    return None


# Words that open a subordinate clause: a head that holds one with no verb after it is unfinished ("... is reporting
# that pricing for the stainless steel | Apple Watch may start ..."), and a head that opens on one is an adverbial
# before its main clause ("Just moments after he gunned down ... | Kevin Vickers was seen ...").
_SUBORDINATORS = frozenset("that which who whom whose whether if because although though while when where until unless "
                           "after before since as once".split())
SUBORDINATE_OPENING_WORDS = 3


def _head_complete(head: list[str]) -> bool:
    """Whether the run above a seam is complete: a phrase or clause that does not open as an adverbial and leaves no
    subordinate clause without its verb."""
    if any(w.lower() in _SUBORDINATORS or w.lower() in _FUNCTION_WORDS for w in head[:1]) \
            or any(w.lower() in _SUBORDINATORS for w in head[1:SUBORDINATE_OPENING_WORDS]):
        return False
    last = max((i for i, w in enumerate(head) if w.lower() in _SUBORDINATORS), default=None)
    return last is None or any(map(_is_verb, head[last + 1:]))


def _evidenced_seam(words: list[str], index: int, page: _Page, after_seam: bool) -> int | None:
    """Where the seam falls when the page's evidence puts one before ``words[index]`` (see above), or None.
    ``after_seam``: a seam of the other kinds was found before it in the same run."""
    right = words[index]
    bare = re.sub(r"['’]s$", "", right)
    if not _CAPITAL_WORD.fullmatch(bare) or _DAY_OR_MONTH.match(bare) or not _left_closes(words, index):
        return None
    head = words[:index]
    verb = any(map(_is_verb, head))
    if not (verb or len(head) <= LEAD_MIN_WORDS) or not _head_complete(head):
        return None  # a long phrase with no verb, an adverbial that opens the lead, an unfinished clause
    if bare.lower() in page.lower and bare not in page.named:
        if not _verb_follows(words, index, named=False) or _after_role(words, index):
            return None
        return index if verb or repeats_body(" ".join(head), page.body) else None  # a verbless caption repeats
    # a name after a noun and before its verb is also a clause without its "that" or "when" ("at the time | Brown was
    # shot"; FNC-1 body 398): a seam only after another seam, on a page that glues its runs
    if not after_seam or not _verb_follows(words, index, named=True) or not repeats_body(" ".join(head), page.body):
        return None
    # a name after its title: the lead opens on the title ("BP's chief executive Tony Hayward has ...")
    return _title_start(words, index) if _after_role(words, index) else index


def heads_apart(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` with a head glued to the first sentence set apart (see :func:`head_apart`): in the first
    paragraph, or in the second under a headline line of its own ("Who's blamed by BP ...?" above a caption glued
    to the lead)."""
    page = _page(paragraphs)
    if paragraphs and len(apart := byline_apart(paragraphs[0], page.text)) > 1:
        # a desk byline glued to the text after it (ingest/furniture_bylines.py): the text may hold a glued head too
        return [*apart[:-1], *head_apart(apart[-1], page), *paragraphs[1:]]
    for index, paragraph in enumerate(paragraphs[:2]):
        split = head_apart(paragraph, page)
        if len(split) > 1:
            return [*paragraphs[:index], *split, *paragraphs[index + 1:]]
        if (_STOP.search(paragraph + " ") and not _HEADLINE_END.search(paragraph)) \
                or furniture_kind(paragraph) in _NOT_HEADLINES:
            break  # the first paragraph is the lead, or a byline over a column's highlights (kept as they are)
    return paragraphs


def head_apart(paragraph: str, page: _Page | None = None) -> list[str]:
    """``paragraph`` as [head, lead] when a headline, caption or standfirst is glued to its first sentence (see
    the module docstring), else as [paragraph]. ``page`` (the whole page's word cases and body) lets a lead open on
    a word no list holds (see ``_evidenced_seam``)."""
    page = page or _page([paragraph])
    words = list(_WORD.finditer(paragraph))
    if len(words) < HEAD_MIN_WORDS + LEAD_MIN_WORDS:
        return [paragraph]
    first_stop = _STOP.search(paragraph + " ")
    end = first_stop.start() if first_stop else len(paragraph)
    if _WIRE_DASH.search(paragraph, 0, end):
        return [paragraph]  # a wire's highlights run into its dateline: the header reader cuts the run (header.py)
    seam = None
    texts = [w.group() for w in words]
    for index in range(HEAD_MIN_WORDS, min(len(words), HEAD_MAX_WORDS + 1)):
        if words[index].start() >= end:
            break
        lead_words = sum(1 for w in words[index:] if w.start() < end)
        if lead_words < LEAD_MIN_WORDS:
            break
        if _seam_at(words, index, paragraph) or _cased_seam(texts, index):
            seam = index
        elif (found := _evidenced_seam(texts, index, page, seam is not None)) is not None \
                and (seam is None or any(map(_is_verb, texts[seam:found]))):
            seam = found  # after a seam already found, only once the lead it opened has its verb ("The 15 | Security")
    if seam is None:
        return [paragraph]
    at = words[seam].start()
    return [paragraph[:at].rstrip(), paragraph[at:]]
