"""Dates a sentence names that are no date of an event it reports: names, frames, fragments, captions.

Found by letting dated timeline entries repeat key points on 140 summ/ articles (the first 80 CNN/DM and
60 Newsroom rows; session 16b): most new entries were wrong in these general ways.

- A year inside a name: a year right after a proper name is part of it ("their Euro 2016 qualifier",
  "Vision 2030", "World Cup 2014"), a year before a title in a statement about now ("has described it
  as a sequel to 1993's 'Dazed'", "the face of the brand's 2015 'Ready For It' campaign"), and a year
  after an adjective of condition is a model year ("her brand new 2015 Ford Fusion", "his old 1998
  Honda"): conditions describe objects, not events.
- A rhetorical or counterfactual frame: a sentence that opens with "If" and a past verb ("If 2014 was the
  year of the selfie, then 2015 took ...") reports no event on either side.
- A fragment: no finite verb and no subject ("Joining the club in 2001 before making his debut"), a
  headline or lede run cut into a sentence, reads as no event.
- A caption: a present-tense line dated by a day set off by commas ("X leaves the court, Wednesday").
- A lifespan in brackets after a name ("Milton Friedman (1912 -- 2006)"), a page's opening time stamp ("Tuesday,
  August 25, 2015, 12:41 AM A Kansas man ..."), and a year described as a period ("a very exciting 2015").
- Two sentences glued by a lost full stop ("... for two years Around 300 ..."): neither reads whole.
- A broadcast listing: "The Report is on BBC Radio 4 on Thursday, 27 May at 2000 BST" closing a programme's page (Audit
  53 #5 showed it as "27 May (expected)") tells when to tune in, not an event of the story. A programme that "is", "is
  broadcast", "is repeated" or "will be shown" on a named channel at a time of day is one (six such lines in the T17
  articles: Proms, a Money Programme, a radio talent final); without a time of day it may be news ("The telethon
  will be broadcast on MTV on 22 January") and stays.

**Dates of a clause that says nothing happened: it dates no event (reader Audit 47, 48.4 item 5).**

"Others came from three countries, none of which reported any cases in 2014", "No one was hurt in May 2019"
and "The ministry did not publish the figures in 2018" tell that something did not happen on the date: a
timeline entry would report a non-event. A negated limit ("not ... until 2016") and the cleft "It wasn't until
2012 that ..." point to an act and are read elsewhere (:mod:`newsbrief.analyze.date_roles`); a date on an
undenied verb above the denial ("Police said on Monday no one was hurt") still dates that verb.

The parse is spaCy's (dependency labels), as in :mod:`newsbrief.analyze.date_roles`.

**Whose a dated event is: a borrowed voice's frame must govern the sentence (Audit 52 #9, issue #11).**

The attribution stage carries a report's voice on into the paragraph after it once the report was told over two
sentences, and the borrowed-voices pass (``analyze/voices.py``) then opens the entry with "[According to X,]".
That suits a retold report's findings; a dated event in the next paragraph is as often the writer's own: FNC-1 487
put "[According to Today's report,]" on the site's own "Apple's media event will take place ... on Monday, March
9", a paragraph after the report was cited for other facts, and FNC-1 902 on "In 1980 he joined the UK's Royal
military academy Sandhurst", the writer's background a paragraph after a quoted tweet. :func:`frame_governs`
says whether the carried source governs the sentence: a sentence inside the source's quotation, or one chained
within its own paragraph to the sentence that names the source, is the source's; across a paragraph break only a
sentence that says it goes on ("It also found", "In addition") or is retold speech ("had been", "would") is.
Otherwise the frame is a guess and is withheld.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from newsbrief.analyze.context import Context
from newsbrief.analyze.date_roles import clause_verb
from newsbrief.lexicon import MONTH_ALTERNATION, WEEKDAY_ALTERNATION
from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.dates import DateValue, is_until_cleft
from newsbrief.nlp.quotations import quote_spans

# Adjectives of an object's condition: before a year they make it a model year.
_CONDITION = frozenset({"new", "brand-new", "used", "old", "vintage", "classic", "second-hand", "secondhand"})
# What follows a year that is a title's: a possessive ("1993's") or an opening quotation mark.
_TITLE_MARKS = frozenset({"'s", "’s", "'", "‘", '"', "“"})
# "Milton Friedman (1912 -- 2006)": two years in a bracket right after a capitalised name. The name's run is
# bounded: unbounded, every capital of a long glued word rescanned the rest of it (session 16 review).
_LIFESPAN = re.compile(r"[A-Z][\w.'-]{0,60}\s*\(\s*(\d{4})\s*(?:-{1,2}|–|—)\s*\d{4}\s*\)")
# What may stand before a page's stamp: nothing, or "Updated", "Posted", "Published", "Last modified".
_STAMP_HEAD = re.compile(r"\W*(?:(?:updated|posted|published|last\s+modified|modified)\s*:?\s*)?", re.I)
# A BBC page writes its stamp as "3 January 2016 Last updated at 16:39 GMT" (the lead, session 16, XSum).
_CLOCK = re.compile(r",?\s*(?:(?:last\s+)?updated\s+(?:at\s+)?)?\d{1,2}:\d{2}\b", re.I)
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# A caption's day set off by commas: ", Wednesday." or ", Wednesday Oct. 11, 2006, in Martinez, ...".
_CAPTION_DAY = re.compile(rf",\s*(?:on\s+)?(?:{WEEKDAY_ALTERNATION})\b[\w\s.]{{0,12}}(?:,\s*\d{{4}})?(?=[,.]?\s*$|,)",
                          re.I)
# A word that only opens a sentence, capitalised after a lower-case word with no stop between. Two letters
# say the same as "two or more" here (only a search's yes or no is read), without rescanning a long word.
_GLUED = re.compile(r"[a-z]{2}\s+(?:Around|About|The|An|It|He|She|They|We|This|These|Those|There|But"
                    r")\s+[a-z0-9]")


def _year_token(doc: Document, sentence: Sentence, value: DateValue) -> Token | None:
    """The token of a bare year value ("2016"), if the value is one."""
    if value.granularity != "year" or value.until is not None:
        return None
    start, end = sentence.start + value.start, sentence.start + value.end
    tokens = [t for t in doc.sentence_tokens(sentence) if t.start < end and start < t.end]
    if len(tokens) != 1 or not tokens[0].text.isdigit() or doc.article.text[start:end].strip() != tokens[0].text:
        return None
    return tokens[0]


def year_in_a_name(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when a bare year is part of a name ("Euro 2016") or a model year ("brand new 2015 Ford")."""
    year = _year_token(doc, sentence, value)
    if year is None or year.i <= sentence.token_start:
        return False
    before = doc.tokens[year.i - 1]
    if before.pos == "PROPN" and before.text[:1].isupper() and before.ent_type != "DATE":
        return True
    after = doc.tokens[year.i + 1] if year.i + 1 < sentence.token_end else None
    if after is None:
        return False
    if after.text in _TITLE_MARKS:
        # "1993's 'Dazed and Confused'", "the brand's 2015 'Ready For It' campaign": the year of a title
        # in a statement about now; a past sentence may still date its own event ("2014's vote was won ...")
        return _told_now(doc, sentence)
    return before.text.lower() in _CONDITION and after.pos in ("PROPN", "NOUN")


def _told_now(doc: Document, sentence: Sentence) -> bool:
    """True when the main verb is in the present or the present perfect ("has described", "says")."""
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None:
        return False
    auxiliaries = [t.tag for t in tokens if t.head == root.i and t.dep in ("aux", "auxpass") and t.i < root.i]
    return (auxiliaries[0] if auxiliaries else root.tag) in ("VBZ", "VBP")


def in_a_frame(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence opens with "If" and a past verb: a rhetorical or counterfactual frame."""
    tokens = doc.sentence_tokens(sentence)
    if not tokens or tokens[0].text.lower() != "if":
        return False
    clause = [t for t in tokens if t.i <= tokens[0].head]
    return any(t.tag == "VBD" for t in clause)


def is_fragment(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence has no finite verb and its root is a participle or infinitive with no subject
    ("Joining the club in 2001 ..."). A noun root with a participle after it is spaCy misreading a past verb
    ("The stories of 2014 collided Wednesday" parsed as a noun phrase): that sentence stays."""
    tokens = doc.sentence_tokens(sentence)
    if any(t.tag in _FINITE_TAGS for t in tokens):
        return False
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    return (root is not None and root.tag in ("VBG", "VBN", "VB")
            and not any(t.head == root.i and t.dep in _SUBJECTS for t in tokens))


def is_caption(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when a present-tense line is dated by a day set off by commas ("X leaves the court, Wednesday.").

    News prose tells a past day's event in the past; the present with a comma-set weekday is a photo caption's
    style. A present with "on Wednesday" ("leaves for Paris on Wednesday") is a plan and stays."""
    if not any(m.start() <= value.start < m.end() for m in _CAPTION_DAY.finditer(sentence.text)):
        return False
    tokens = doc.sentence_tokens(sentence)
    root = _main_verb(tokens)
    if root is None:
        return False
    auxiliaries = [t.tag for t in tokens if t.head == root.i and t.dep in ("aux", "auxpass")]
    if root.tag in ("VBZ", "VBP", "VB"):
        # a bare VB root with no auxiliary is spaCy's reading of a plural present ("Relatives ... leave")
        return not auxiliaries
    return root.tag in ("VBG", "VBN") and bool(auxiliaries) and all(tag in ("VBZ", "VBP") for tag in auxiliaries)


def _main_verb(tokens: Sequence[Token]) -> Token | None:
    """The root, or the first finite verb when spaCy roots the line on a noun ("..., in Martinez, Ca.")."""
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is not None and root.pos in ("VERB", "AUX"):
        return root
    return next((t for t in tokens if t.tag in _FINITE_TAGS), None)


def is_lifespan(sentence: Sentence, value: DateValue) -> bool:
    """True when a year range in brackets follows a name: a lifespan or a term ("Milton Friedman (1912 -- 2006)")."""
    return any(m.start(1) <= value.start < m.end() for m in _LIFESPAN.finditer(sentence.text))


def is_stamp(sentence: Sentence, value: DateValue) -> bool:
    """True when the line opens with a date and a clock time: a page's time stamp ("Tuesday, August 25, 2015,
    12:41 AM A Kansas man ...", "Updated Jul 7, 2012 6:40 PM ET"), not the date of the event told after it."""
    return (_STAMP_HEAD.fullmatch(sentence.text[: value.start]) is not None
            and _CLOCK.match(sentence.text[(value.until or value).end :]) is not None)


def names_a_period(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when a year is a noun described as a period ("a very exciting 2015", "a difficult 2014"): a wish or a
    verdict on the year, not the date of an event."""
    year = _year_token(doc, sentence, value)
    if year is None:
        return False
    i = year.i - 1
    while i >= sentence.token_start and doc.tokens[i].pos in ("ADJ", "ADV"):
        i -= 1
    return i < year.i - 1 and i >= sentence.token_start and doc.tokens[i].text.lower() in ("a", "an")


# "is on BBC Radio 4", "will be broadcast on BBC Four", "is repeated on Radio 3": a programme on a named channel (a
# capital after "on" that is no weekday or month, so "The final is on Saturday" is not one).
_ON_AIR = re.compile(rf"\b(?:is|are|will\s+be)\s+(?:(?:broadcast|shown|repeated|screened|aired)\s+)?on\s+"
                     rf"(?!(?i:{WEEKDAY_ALTERNATION}|{MONTH_ALTERNATION})\b)[A-Z]")
# A time of day a listing gives: "at 2000 BST", "at 7.30pm", "at 21:00 GMT", "at 12 noon".
_TIME_OF_DAY = re.compile(r"\bat\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b\.?|noon\b)|\d{1,4}(?:[:.]\d\d)?\s*"
                          r"(?:BST|GMT|CET|CEST|UTC|ET|EST|EDT|PT|hrs|h)\b)", re.I)


def is_listing(sentence: Sentence) -> bool:
    """True when the sentence is a broadcast listing: a programme on a named channel at a time of day ("The Report is
    on BBC Radio 4 on Thursday, 27 May at 2000 BST"); see the module docstring."""
    return _ON_AIR.search(sentence.text) is not None and _TIME_OF_DAY.search(sentence.text) is not None


def is_glued(doc: Document, sentence: Sentence) -> bool:
    """True when two sentences run together where a full stop was lost ("... two years Around 300 ..."): the
    text before the capital holds a finite verb of its own. Without one the capital opens a title, not a
    sentence ("The horror film It grossed $700 million after its release on Sept. 8, 2017")."""
    for match in _GLUED.finditer(sentence.text):
        cut = sentence.start + match.start()
        if any(t.tag in _FINITE_TAGS for t in doc.sentence_tokens(sentence) if t.end <= cut):
            return True
    return False


# A season across two years: "the 2015-16 season", "their 2015/16 campaign" (football, and most winter sports).
_SEASON_SPAN = re.compile(r"\b((?:19|20)\d\d)\s*[-–/]\s*(\d\d|(?:19|20)\d\d)\s+(?:season|campaign)\b", re.I)
_FOUR_DIGITS = re.compile(r"\d{4}")
_RELATIVE_WORD = re.compile(r"\b(?:last|next|this|past|coming|previous)\b", re.I)
# A season's first half, August to December, lies in its first year; January to July in its second.
SEASON_OPENS = 8


def season_span(text: str) -> tuple[int, int] | None:
    """The two years of the season a sentence names ("the 2015-16 season" -> (2015, 2016)), or None."""
    m = _SEASON_SPAN.search(text)
    if m is None:
        return None
    first = int(m[1])
    second = int(m[2]) if len(m[2]) == 4 else first // 100 * 100 + int(m[2])
    return (first, second) if second == first + 1 else None


def in_season(value: DateValue, text: str, season: tuple[int, int], published: date | None) -> DateValue:
    """A yearless month or day after a finished season's span takes the season's year, not the publication's.

    "In the 2015-16 season ... The manager was sacked in May" is May 2016, which the tense reading put
    in the year before publication. Only a past date written without a year or a relative word ("in May",
    not "in May 2014" nor "last May"), and only when the season ended before the publication year.
    """
    words = text[value.start : value.end]
    if (published is None or season[1] >= published.year or value.future or value.until is not None
            or value.granularity not in ("month", "day") or _FOUR_DIGITS.search(words) or _RELATIVE_WORD.search(words)):
        return value
    year = season[0] if int(value.iso[5:7]) >= SEASON_OPENS else season[1]
    iso = f"{year}{value.iso[4:]}"
    try:
        date.fromisoformat(iso if value.granularity == "day" else f"{iso}-01")
    except ValueError:
        return value  # 29 February outside a leap year
    return replace(value, iso=iso)


# Subjects that deny the clause's act: "none of which reported", "nobody was hurt".
_NO_ONE = frozenset({"none", "nobody", "nothing", "neither", "no-one"})
_SUBJECTS_DATE_DENIALS = frozenset({"nsubj", "nsubjpass"})


def dates_a_denial(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when the clause the date hangs on is negated or has a denying subject ("none", "no cases")."""
    if value.bound is not None or value.until is not None or is_until_cleft(sentence.text, value.start, value.end):
        return False
    verb = clause_verb(doc, sentence, value)
    if verb is None:
        return False
    tokens = doc.sentence_tokens(sentence)
    children = [t for t in tokens if t.head == verb.i and t.i != verb.i]
    if any(t.dep == "neg" for t in children):
        return True
    for subject in (t for t in children if t.dep in _SUBJECTS_DATE_DENIALS):
        if subject.text.lower() in _NO_ONE:
            return True
        if any(t.head == subject.i and t.dep == "det" and t.text.lower() == "no" for t in tokens):
            return True  # "no cases were reported in 2014", "no one was hurt"
    return False


# An opening that says the source's account goes on in a new paragraph ("It also found", "In addition, ...",
# "They added"): the words the attribution stage reads the same way (nlp/voices.py).
_GOES_ON = re.compile(r"\W*(?:also|in addition|further(?:more)?|moreover)\b|\W*(?:it|they|he|she)\s+(?:also|further|"
                      r"adds?|added|found|finds|notes?|noted|says?|said|shows?|showed)\b", re.I)
# How far back within a paragraph a chain of the source's sentences is followed to the one naming it: a report's
# paragraph runs three or four sentences.
FRAME_CHAIN = 4


def _retold(doc: Document, sentence: Sentence) -> bool:
    """Whether the main clause is retold speech: a past perfect ("had been dropped") or "would"/"could" ("would
    appear"), the backshift a reporter gives a source's words, not the tense of their own facts."""
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None:
        return False
    auxiliaries = [t for t in tokens if t.head == root.i and t.dep in ("aux", "auxpass") and t.i < root.i]
    return any(t.text.lower() in ("had", "would", "could", "might") for t in auxiliaries)


def frame_governs(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """Whether the source a sentence's voice is carried from governs it, so that "[According to X,]" may open its
    entry (see the module docstring); True when nothing is carried."""
    voice = ctx.voice_of(sentence.index)
    if voice.voice == "reporter" or voice.explicit:
        return True
    if any(start < sentence.start and sentence.end - 1 <= end for start, end in quote_spans(doc.article.text)):
        return True  # inside the source's own quotation
    for index in range(sentence.index - 1, max(-1, sentence.index - 1 - FRAME_CHAIN), -1):
        previous = doc.sentences[index]
        before = ctx.voice_of(index)
        if previous.paragraph != sentence.paragraph or before.speaker != voice.speaker:
            break
        if before.explicit:
            return True  # chained in its paragraph to the sentence that names the source
    return bool(_GOES_ON.match(sentence.text)) or _retold(doc, sentence)
