"""Page shapes and lines the writer's own sentences do not show (reader Audit 23, docs/audit.md 24.2, 24.4 item 7).

- **A readers' ideas page**: each reader's proposal, signed under it ("- Tom Price, Leeds, UK"), then the expert's
  verdict ("Prof Marsh says: ..."). The attribution stage reads such a page (:mod:`newsbrief.nlp.reader_questions`)
  and gives the proposals to their readers and the verdicts to the expert; a page it reads with answers in it is a
  Q&A, whatever its proposals' mood ("Ban all private cars ..." read as a column's call). A page of readers'
  comments signed under the text has no answers and stays what its own words make it.
- **One commentator's edited remarks**: a blog's short introduction ("The analyst X says the regime is weaker than
  it looks. Here is an edited version of his remarks.") and then the commentator's long first-person passages, in
  quotation marks or not. The attribution stage gives nearly every sentence to that one person, most of them without
  a cue of their own (the quotation runs on over paragraphs), and the person argues in the first person ("I think
  the West has made a serious mistake", "In my view"). It is an **opinion piece**, not an analysis: the commentator
  takes a side and says what should be done; an analysis weighs readings in the writer's own voice.

  A report of a speech quoted at length is news: it dates its event ("announced on Tuesday") and cues most quoted
  sentences ("she said"), and other voices answer it.

Lines of a page that are no key point or no thesis in their genre (genre15's report and the lead's Newsroom
reading, session 15):

- **A review's practical line**: opening hours, prices, booking, running time ("Pesca is open Tuesday to Sunday,
  6pm to 10pm.", "Bowls cost from $9.", "Running time: 1 hr 52 min"). It tells a reader how to go, not what the
  critic thinks; genre_review already keeps it from being the verdict. In a news report such a line may be the
  news ("The museum will open on Tuesdays from March"), so only a review's is held back.
- **A column's background**: a sentence telling what has gone on for years, often about a third party ("The
  archdiocese has had to pay out millions in settlements in recent years"), is context for the column's argument,
  not its thesis (the lead's Newsroom reading, session 15: a one-paragraph column's main point). Its sign is a
  present or past perfect main verb with a span of time ("in recent years", "over the past decade", "for years",
  "since 2002").
- **A commentary's disclaimer** (session 17, the lead's Newsroom reading and Audit 27): an "Editor's note: X is a
  CNN contributor and senior political columnist ..." and a closing "The opinions expressed in this commentary are
  solely those of X." say the page is a signed commentary; the writer's loaded words may be few. Ingest drops both
  lines as furniture when they stand alone, so this reads the text the analysis gets (a page pasted as one paragraph
  keeps them). A caption run in before such a note ("A worker sets up a polling station the morning of ...") is the
  page's picture, no point of the piece.
- **A Q&A page's reader's question**: the paragraph that opens on "Q:" or "Question:" is the reader's question,
  including its sentences that do not end in "?" ("Q: My doctor says my cholesterol is slightly high."). The answer
  is the point; a question asks.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from newsbrief.analyze.genre_blog import speaks_for_newsroom
from newsbrief.analyze.genre_frames import speaks_for_organisation
from newsbrief.analyze.point_openings import dated_by_day
from newsbrief.ingest.furniture_notes import NOTE_COLUMNIST, OPINIONS_EXPRESSED
from newsbrief.models import Document, Sentence
from newsbrief.nlp.reader_questions import read_reader_qa
from newsbrief.nlp.speech import _Doc

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

_NOTE = re.compile(r"^(?:Editor'?s'? note|Editors'? note)\s*[:.]", re.I)
# A signature line ("- Tom Price, Leeds, UK", "Jane Roe, Leeds"): the cheap check before the attribution reading.
_SIGNATURE = re.compile(r"^\s*(?:[-–—]\s*)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3},\s*[A-Z][^\n.?!]{0,60}$", re.M)
MIN_SIGNATURES = 2


_DATELINE = re.compile(r"^(?:[A-Z][A-Z .,'-]{1,40})?\((?:CNN|AP|Reuters|AFP|BBC)\)\s*(?:--|—|–|-)")
NOTE_REACH = 4  # sentences: an editor's note stands at the top, after at most a caption of two or three


def disclaimed_commentary(doc: Document) -> bool:
    """True when an editor's note at the top names the writer a columnist or contributor, or a line disclaims the
    opinions as the writer's own: in the text, or cut by the furniture filter and left as the Article's hint."""
    return doc.article.genre_note == "opinion" \
        or any(NOTE_COLUMNIST.match(s.text.strip()) for s in doc.sentences[:NOTE_REACH + 1]) \
        or any(OPINIONS_EXPRESSED.match(s.text.strip()) for s in doc.sentences)


def commentary_page(doc: Document, ctx: Context) -> bool:
    """True for one commentator's edited remarks, a page that disclaims its opinions as the writer's, or a writer
    speaking as "we" of the organisation they lead ("At our fund we ...": genre_frames, Audit 28) or of the newsroom
    whose coverage they explain ("our reporters", "we have tried to": genre_blog, Audit 34)."""
    return commentators_remarks(doc, ctx) or disclaimed_commentary(doc) or speaks_for_organisation(doc, ctx) \
        or speaks_for_newsroom(doc, ctx)


def run_in_caption(doc: Document) -> set[int]:
    """Sentences before an "Editor's note:" near the top (a caption or teaser the page ran in ahead of the note),
    and the note's own further sentences when a dateline ("(CNN) --") opens the body just after them."""
    for sentence in doc.sentences[:NOTE_REACH + 1]:
        if _NOTE.match(sentence.text.strip()):
            after = doc.sentences[sentence.index + 1: sentence.index + NOTE_REACH]
            body = next((s.index for s in after if _DATELINE.match(s.text)), sentence.index + 1)
            return set(range(sentence.index)) | set(range(sentence.index + 1, body))
    return set()


def readers_page(doc: Document) -> bool:
    """True for a readers' Q&A or ideas page the attribution stage reads with answers (see the module docstring)."""
    if len(_SIGNATURE.findall(doc.article.text)) < MIN_SIGNATURES:
        return False
    qa = read_reader_qa(_Doc(doc))
    return qa is not None and bool(qa.answers) and bool(qa.askers)


_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|my|we|our|us)\b")
_ARGUES = re.compile(r"\b(?:should|must|ought to|I think|I believe|in my view|mistake|the choice is|need to|"
                     r"has to|have to|cannot|can't afford)\b", re.I)
# Tuned on the session 15 cases (tests/analyze/test_points_session15.py): the commentator's remarks hold 10 of 13
# sentences, 9 of them without a cue; the minister's speech report 4 of 6, one without a cue.
COMMENTATOR_SHARE = 0.6
UNCUED_SHARE = 0.5
MIN_FIRST_PERSON = 3
MIN_ARGUED = 2
MIN_SENTENCES = 6
# An edited-remarks page cues its commentator in its introduction ("X says ...", "he told us") and then lets the
# remarks run: the session 15 page has one cue. A report of an interview cues each quotation ("she said:"; XSum dev
# row 33 has eight), however long its quotations run on uncued.
MAX_REMARK_CUES = 3


def _surname(name: str) -> str:
    return name.split()[-1]


def commentators_remarks(doc: Document, ctx: Context) -> bool:
    """True for one commentator's edited remarks (see the module docstring)."""
    sentences = doc.sentences
    if len(sentences) < MIN_SENTENCES or any(dated_by_day(doc, s) for s in sentences[:2]):
        return False
    voices = [ctx.voice_of(s.index) for s in sentences]
    names = Counter(_surname(v.speaker) for v in voices if v.voice == "person" and v.speaker)
    if not names:
        return False
    name, count = names.most_common(1)[0]
    if count < COMMENTATOR_SHARE * len(sentences):
        return False
    theirs = [(s, v) for s, v in zip(sentences, voices, strict=True)
              if v.voice == "person" and v.speaker and _surname(v.speaker) == name]
    uncued = sum(1 for _, v in theirs if not v.explicit)
    if len(theirs) - uncued > MAX_REMARK_CUES:
        return False  # a report cues its speaker again and again between its own lines (XSum dev row 33)
    first = sum(1 for s, _ in theirs if _FIRST_PERSON.search(s.text))
    # The introduction's "X says the West should stop ..." and an unmarked passage's "should" argue too.
    argued = sum(1 for s, v in zip(sentences, voices, strict=True) if _ARGUES.search(s.text)
                 and (v.voice == "reporter" or (v.speaker is not None and _surname(v.speaker) == name)))
    return uncued >= UNCUED_SHARE * len(theirs) and first >= MIN_FIRST_PERSON and argued >= MIN_ARGUED


_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_PRACTICAL = re.compile(
    rf"\bopen (?:daily|every day|seven days|from \d|{_DAY}s?\b)|\b{_DAY}s? (?:to|-|–) {_DAY}s?\b|"
    r"\b\d{1,2}(?:[.:]\d{2})?\s?[ap]m\s?(?:to|-|–)\s?\d{1,2}(?:[.:]\d{2})?\s?[ap]m\b|"
    r"\b(?:tickets?|mains?|starters?|dishes|bowls|plates|entry|admission|a meal|dinner for (?:two|one)|lunch)\b"
    r"[^.]{0,20}\b(?:costs?|from|are|is)\s+(?:about |around |just )?[$£€]\s?\d|"
    r"\bbooking (?:is )?(?:essential|advised|recommended)\b|\brunning time\b|\bruntime\b",
    re.I)


def practical_line(sentence: Sentence) -> bool:
    """True for a review's practical line (see the module docstring)."""
    return bool(_PRACTICAL.search(sentence.text))


_SPAN = re.compile(r"\b(?:in|over|during|for) (?:the )?(?:recent|past|last|previous|several|many|few) (?:few |several |"
                   r"two |three |five |ten )?(?:years|decades)\b|\bfor (?:years|decades)\b|\bsince (?:19|20)\d\d\b",
                   re.I)


# A camp's view told in the column's voice ("The doves say he should never have moved at all", "Critics argue
# ..."): the view the writer weighs, not the writer's thesis (Audit 26's column led with it on its "should").
_VIEW_VERBS = frozenset("say argue insist claim complain contend believe think".split())


def camps_view(doc: Document, sentence: Sentence) -> bool:
    """True when the root is a verb of saying whose subject is a plural common noun ("The hawks say ...")."""
    tokens = list(doc.sentence_tokens(sentence))
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    return root is not None and root.lemma.lower() in _VIEW_VERBS and any(
        t.head == root.i and t.dep == "nsubj" and t.tag == "NNS" for t in tokens) \
        and any(t.head == root.i and t.dep == "ccomp" for t in tokens)


def column_background(doc: Document, sentence: Sentence) -> bool:
    """True for background told over a span of years in the perfect (see the module docstring)."""
    if not _SPAN.search(sentence.text):
        return False
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    return root is not None and any(t.head == root.i and t.dep == "aux" and t.lemma.lower() == "have"
                                    for t in tokens)


_QUESTION_MARK = re.compile(r"^\s*(?:Q|Question)\s*[:.]\s")


def asked_paragraphs(doc: Document) -> set[int]:
    """The paragraphs that open on a reader's "Q:" mark (see the module docstring): their sentences ask."""
    seen: set[int] = set()
    asked: set[int] = set()
    for sentence in doc.sentences:
        if sentence.paragraph not in seen:
            seen.add(sentence.paragraph)
            if _QUESTION_MARK.match(sentence.text):
                asked.add(sentence.paragraph)
    return asked
