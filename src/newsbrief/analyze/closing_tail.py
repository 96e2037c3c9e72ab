"""Last lines that end a page without closing its story (issue #11; reader Audit 36, docs/audit.md 37).

Audit 36 judged half its conclusions ones a reader would delete, and some wrong:

- a note about the writer or the production closed an essay ("[The author] visited the coast with a film crew
  from [a programme] ...", "She was a consultant on the film"): the argument's last paragraphs are the close.
  The same holds for "X is the author of ...", "This report was produced with support from ...";
- a helpline's boilerplate closed a court report ("The [X] centre offers confidential support ..."), where the
  remand and the sentencing date were the close;
- a dangling "that" closed a piece ("Maybe that at last is changing.", "Well, that at least puts ..."): alone
  it says nothing a reader can hold; "That is why ..." explains and may still close;
- an interviewer's question closed an interview report ("The reporter then asked about ...") whose answer,
  quoted with no speaker named, came after it: a question is not a close.

**Last lines that explain or joke instead of closing the story (reader Audit 38, docs/audit.md 39).**

- A wire story's standing background line closed a news report (#9: "[A militant group], also known as [its
  acronym], has conquered considerable swathes of land ... in recent months."): it tells who a name is, not where
  the story stands, and a reader deletes it. Only the form that introduces the name in an appositive and goes on
  with a state verb is taken; the same subject saying or doing something new ("..., also known as ..., said on
  Sunday it would withdraw") is news and may close.
- A joke line addressed to someone the article never mentions (#11: a film's catchphrase, 'Stop trying to make
  "X" happen, [a film character].'): its referent is outside the page, and the reader is left with a name that
  means nothing. A line addressed to a person the article is about ("Keep the songs coming, Lena.") stays.
"""

from __future__ import annotations

import re

from newsbrief.analyze.closing_refs import closing_quip
from newsbrief.analyze.closing_statement import reader_callout
from newsbrief.analyze.openings import has_quote_mark
from newsbrief.memo import per_document
from newsbrief.models import Document, Sentence

# The writer's or the crew's reporting trip, the writer's books and roles, the production's credit.
_PRODUCTION_NOTE = re.compile(
    r"\b(?:visited|travell?ed (?:to|along|through|across)|reported from|filmed in|went to)\b.{0,120}"
    r"\bwith (?:a |the )?(?:film|camera|television|tv|documentary|production)[\s-]?(?:crew|team)\b|"
    r"^(?:[A-Z][\w.'’-]+ ){1,3}is (?:the )?(?:author|co-author|editor) of (?:the |a )?(?:new |forthcoming |recent )?"
    r"(?:books?|novels?|memoir|[\w\s,]{0,40}\bbooks?\b|[A-Z])|"
    r"^(?:she|he|they) (?:was|were|is|are) (?:an? |the )?(?:consultant|adviser|advisor|producer|researcher) "
    r"(?:on|for) the (?:film|documentary|series|programme|program|show)\b|"
    r"^(?:this|the) (?:report|article|story|piece|series|investigation|project|film|documentary) (?:was|is) "
    r"(?:produced|supported|funded|made possible|reported|co-published|published) (?:with|by|in partnership|in "
    r"collaboration|through)\b",
    re.I)
# A helpline's or a charity's standing offer: a service word after "offers/provides ... support/advice".
_SERVICE_NOTE = re.compile(
    r"\b(?:offers?|provides?|gives?)\b.{0,40}\b(?:confidential|free|anonymous|24-hour|24/7|round-the-clock)\b"
    r".{0,30}\b(?:support|advice|counsell?ing|help|listening)\b|"
    r"\b(?:helpline|hotline|samaritans)\b.{0,60}\b(?:on|call|available)\b.{0,20}\d", re.I)
# A look back at an earlier stage of a court case: "At a previous hearing, his lawyers said ...", "The court heard at
# the time ...", "... prosecutors said while outlining the case earlier in the proceedings". A court report ends on
# such backstory after its news (the lead's reading of XSum row 116, session 22: "The court heard at the time ..."
# closed a report whose remand and sentencing date were the close).
_EARLIER_HEARING = re.compile(
    r"\b(?:at|during|in) (?:a|an|the|his|her|their) (?:previous|earlier|prior|first|preliminary) (?:court )?"
    r"(?:hearing|appearance|trial)\b|\b(?:court|jury|judge) (?:had )?(?:heard|was told) (?:at the time|previously|"
    r"earlier)\b|\bearlier in the (?:proceedings|trial|hearing|case)\b", re.I)
# "That is why ...", "That is because ...": an explanation, which may close.
_EXPLAINS = frozenset("why because how what where when".split())
# A dangling "that" is a short aside: Audit 36's two ran 6 and 15 words; the longer "That is about to change with
# the transformation of [a golf course] into ..." (Newsroom row 21) and "This was the landscape when [two owners]
# opened ..." (row 24) carry their own content.
DANGLING_WORDS = 15
# a bare "that"/"this" opening the sentence, after at most two hedges or connectives
_BARE_THAT = re.compile(r"^(?:(?:maybe|perhaps|well|and|but|so|yet|still|now|surely|sadly|hopefully),?\s+){0,2}"
                        r"(that|this)\b(?!['’]s\b)", re.I)
_EXPLANATION = re.compile(r"\s+(?:is|was|may be|might be|could be)\s+(?:also\s+)?(?:why|because|how|what|where|when)\b",
                          re.I)
_ASKING = frozenset("ask request question press quiz".split())


# A last line that brings in another, earlier case like the story's ("A somewhat similar hoax happened last week,
# when ...", reader Audit 40 #8; "In a similar case in 2019, ..."): an aside for comparison, not the story's close.
_SIMILAR_CASE = re.compile(r"^(?:(?:and|but|meanwhile|incidentally),?\s+)?(?:in\s+)?(?:a|an|one)\s+(?:\w+\s+)?"
                           r"(?:similar|comparable|related|parallel)\s+(?:\w+\s+)?\w+\b.{0,60}?"
                           r"\b(?:happened|occurred|took place|surfaced|unfolded|last (?:week|month|year)|"
                           r"earlier this|(?:in|of) (?:19|20)\d\d|years? ago)\b", re.I)


# "the latter"/"the former" standing for one of two things named before ("Intelligent sanctions can result in the
# latter.", reader Audit 41 #6 closed on it with the two cut); "the former president" is a noun phrase and stays.
_LATTER = re.compile(r"\bthe (?:latter|former)(?=\s*[.,;:!?)]|\s+(?:is|was|are|were|has|had|will|would|can|could|"
                     r"may|might|should|must|does|did)\b)", re.I)


def latter_reference(text: str) -> bool:
    """Whether the sentence refers back by "the latter" or "the former" outside a quotation (see above)."""
    return not has_quote_mark(text) and bool(_LATTER.search(text))


def similar_case(text: str) -> bool:
    """Whether the sentence brings in another, earlier case like the story's (see above)."""
    return bool(_SIMILAR_CASE.search(text.strip()))


# The same aside told over the last few sentences (reader Audit 41 #9, #11): "Another case of a nun giving birth
# took place in 2011 in ..., when ... / In that case, ... / The case ...", "It's not the first time an old message
# has gone viral. This 1981 advert ... / At the time, commentators contrasted the image ...". The opener brings in
# the earlier case; what follows it to the end tells that case, so the whole run is passed over and the statement
# before it closes. "Another trial is due next month" looks ahead and stays (no past event, no year).
_EARLIER_CASE = re.compile(
    r"^(?:(?:and|but|meanwhile|incidentally),?\s+)?(?:another|an earlier|a previous|a prior)\s+(?:\w+\s+)?"
    r"(?:case|incident|instance|episode|example)\b.{0,80}?\b(?:happened|occurred|took place|surfaced|unfolded|"
    r"(?:in|of) (?:19|20)\d\d|years? ago|last (?:week|month|year))\b"
    r"|^(?:(?:and|but),?\s+)?(?:it|this|that)(?:['’]s|\s+is|\s+was)\s+not\s+the\s+first\s+time\b"
    r"|^(?:(?:and|but),?\s+)?(?:it|this|that)\s+(?:isn['’]t|wasn['’]t)\s+the\s+first\s+time\b"
    r"|^nor\s+(?:is|was)\s+(?:it|this)\s+the\s+first\s+time\b", re.I)
# The run from the opener to the article's end: Audit 41's two ran three sentences; a longer run is the body.
ASIDE_RUN = 4


@per_document
def aside_run_start(doc: Document) -> int | None:
    """The index of the sentence that opens an earlier case told to the end of the piece (see above), or None."""
    for sentence in reversed(doc.sentences[-ASIDE_RUN:]):
        text = sentence.text.strip()
        if not has_quote_mark(text) and (_EARLIER_CASE.search(text) or _SIMILAR_CASE.search(text)):
            return sentence.index
    return None


# A document printed in full after a line that says so ("The letter from 1974 in full:", "The full text of the
# statement:", "It reads:"), running on to the end of the piece (reader Audit 41 #11, once its closing aside was passed
# over, closed on the letter's last line): the document's words, in no one's mouth, never the writer's close.
_PRINTED = re.compile(r"\bin full\s*:\s*$|\bfull text\b[^:]*:\s*$|^(?:it|the (?:\w+ )?(?:letter|statement|note|"
                      r"message|text)) reads?\s*:\s*$", re.I)
# The printed text's paragraphs after its line: a letter or statement runs some paragraphs; further back is the body.
PRINTED_REACH = 10


@per_document
def printed_start(doc: Document) -> int | None:
    """The paragraph number of the line that announces a document printed in full to the end of the piece (see
    above), or None."""
    if not doc.sentences:
        return None
    last = doc.sentences[-1].paragraph
    for sentence in reversed(doc.sentences):
        if sentence.paragraph < last - PRINTED_REACH:
            return None
        ends_paragraph = sentence.index + 1 >= len(doc.sentences) \
            or doc.sentences[sentence.index + 1].paragraph != sentence.paragraph
        if ends_paragraph and _PRINTED.search(sentence.text.strip()):
            return sentence.paragraph
    return None


# The writer speaking again after the printed text: a report of what someone said ("Brikko said it had no plans
# to reissue the poster.") ends the document.
_REPORTS = re.compile(r"\b(?:said|says|told|added|confirmed|announced|according to)\b", re.I)


def in_printed_text(doc: Document, sentence: Sentence) -> bool:
    """Whether ``sentence`` lies in a document printed in full at the end of the piece (see :func:`printed_start`),
    with no report of the writer's between the announcing line and it."""
    start = printed_start(doc)
    return start is not None and sentence.paragraph > start and not any(
        _REPORTS.search(s.text) for s in doc.sentences[: sentence.index + 1] if s.paragraph > start)


def in_aside_run(doc: Document, sentence: Sentence) -> bool:
    """Whether ``sentence`` lies in the earlier case that ends the piece (see :func:`aside_run_start`)."""
    start = aside_run_start(doc)
    return start is not None and sentence.index >= start


def production_note(text: str) -> bool:
    """Whether ``text`` is a note about the writer or the production, or a helpline's standing offer."""
    return bool(_PRODUCTION_NOTE.search(text.strip()) or _SERVICE_NOTE.search(text))


def earlier_hearing(text: str) -> bool:
    """Whether ``text`` looks back at an earlier hearing of a court case (backstory, no close; a quotation is the
    speaker's)."""
    return not has_quote_mark(text) and bool(_EARLIER_HEARING.search(text))


def dangling_that(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence opens on a bare "that"/"this" as its subject ("Maybe that at last is changing.",
    "Well, that at least puts ...") and does not explain ("That is why ..."); a quotation is the speaker's and is
    left alone. (The parser reads "Maybe that ..." as a subordinate "that": the opening words decide.)"""
    text = sentence.text.strip()
    opening = _BARE_THAT.match(text)
    if opening is None or has_quote_mark(text) or len(text.split()) > DANGLING_WORDS:
        return False  # cheap exit before the token walk
    tokens = doc.sentence_tokens(sentence)
    word = next((t for t in tokens if t.start - sentence.start >= opening.start(1)), None)
    following = doc.tokens[word.i + 1] if word is not None and word.i + 1 < len(doc.tokens) else None
    # "This year ...", "That decision ...": a determiner; "That is why ...": an explanation
    # "That we do owes much to ..." is a clause as subject, its own content (Newsroom row 24): only a verb or an
    # adverbial may follow the bare pronoun; "That is the real price of the deal" is shown with the sentence it
    # leans on (closing_context.antecedents; tests/analyze/test_conclusion_leaning.py)
    return following is not None and following.pos in ("AUX", "VERB", "ADV", "ADP", "PART") \
        and following.lemma.lower() != "be" \
        and following.text.lower() not in _EXPLAINS and not _EXPLANATION.match(text[opening.end(1):])


def interviewer_question(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence tells of a question put ("The reporter then asked about ...") and only quoted lines
    follow it to the end: the answer, not the question, closes."""
    if not any(w in sentence.text.lower() for w in ("ask", "request", "question", "press", "quiz")):
        return False
    root = next((t for t in doc.sentence_tokens(sentence) if t.dep == "ROOT"), None)
    if root is None or root.lemma.lower() not in _ASKING or root.tag != "VBD":
        return False
    after = doc.sentences[sentence.index + 1:]
    # each later paragraph opens a quotation (its later sentences run on inside it)
    openers = [s for s in after if s.index == 0 or doc.sentences[s.index - 1].paragraph != s.paragraph]
    return bool(after) and after[0].paragraph != sentence.paragraph \
        and all(s.text.lstrip()[:1] in "\"“'‘" for s in openers)


# An interview's last exchange is looked for among this many last paragraphs: the asking line, the question,
# the answer (Audit 36 #3 ended on three such paragraphs, one more than the closing window passes over).
_EXCHANGE_REACH = 4


@per_document
def exchange_start(doc: Document) -> int | None:
    """The paragraph number of an interviewer's question that only quoted lines follow (see
    :func:`interviewer_question`), among the last paragraphs; None when the piece does not end on one. The closing
    window passes over the exchange as one aside, so the answer before it can close."""
    if not doc.sentences:
        return None
    last = doc.sentences[-1].paragraph
    for sentence in reversed(doc.sentences):
        if sentence.paragraph < last - _EXCHANGE_REACH + 1:
            return None
        if interviewer_question(doc, sentence):
            return sentence.paragraph
    return None


def in_exchange(doc: Document, sentence: Sentence) -> bool:
    """Whether ``sentence`` lies in the interview exchange that ends the piece (see :func:`exchange_start`)."""
    start = exchange_start(doc)
    return start is not None and sentence.paragraph >= start


def passed_aside(doc: Document, sentence: Sentence) -> bool:
    """Whether the closing window passes over the paragraph ``sentence`` opens without counting it as a skipped
    line: the interview exchange that ends the piece, or a court case's backstory (two such paragraphs and a
    helpline's offer ended XSum row 116, one more than the window passes over)."""
    return in_exchange(doc, sentence) or earlier_hearing(sentence.text) or in_aside_run(doc, sentence) \
        or reader_callout(sentence.text)  # a call for readers' stories and its form's small print (Audit 50 #5)


def idle_close(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence ends the page without closing the story (see the module docstring)."""
    return production_note(sentence.text) or dangling_that(doc, sentence) or interviewer_question(doc, sentence) \
        or earlier_hearing(sentence.text) or similar_case(sentence.text) or in_aside_run(doc, sentence) \
        or latter_reference(sentence.text) \
        or closing_quip(doc, sentence) \
        or filler_close(doc, sentence)  # "Vindicated, and it feels so good." (Audit 37 #8); Audit 38's background


# "The Islamic State, also known as ISIS, has ...": a name, its other name in an appositive, then a state verb.
_KNOWN_AS = re.compile(r"^(?:The\s+)?(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*,\s+(?:also\s+)?(?:known|called|"
                       r"referred to)\s+as\s+[^,\"“”]{1,50},\s+(?:has|have|had|is|are|was|were|controls|holds|rules|"
                       r"remains)\b")
# A line that ends on a vocative name: "..., Gretchen." / "..., Marcy!" (a quotation mark may follow).
_ADDRESSED = re.compile(r",\s+(?P<name>[A-Z][a-z]+)\s*[.!?]+[\"”’']?\s*$")
# A joke line is short: Audit 38's had nine words.
ADDRESSED_WORDS = 15


def background_line(text: str) -> bool:
    """Whether ``text`` is a standing background line introducing a name ("X, also known as Y, has ...")."""
    return _KNOWN_AS.match(text.strip()) is not None


def addressed_outsider(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence is a short line addressed to a name the article uses nowhere else."""
    text = sentence.text.strip()
    match = _ADDRESSED.search(text)
    if match is None or len(text.split()) > ADDRESSED_WORDS:
        return False  # cheap exit before the document is read
    outside = doc.article.text[: sentence.start] + " " + doc.article.text[sentence.end:]
    return re.search(rf"\b{re.escape(match.group('name'))}\b", outside) is None


# A short line that opens on a pronoun ("It's not going to happen!") right after such a joke is its punchline.
_PUNCHLINE = re.compile(r"^(?:It|That|This)\b")


def filler_close(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence is a background line or a joke addressed to an outsider, or that joke's punchline (see
    the module docstring)."""
    if background_line(sentence.text) or addressed_outsider(doc, sentence):
        return True
    if sentence.index == 0 or not _PUNCHLINE.match(sentence.text.strip()) \
            or len(sentence.text.split()) > ADDRESSED_WORDS:
        return False
    before = doc.sentences[sentence.index - 1]
    return before.paragraph == sentence.paragraph and addressed_outsider(doc, before)
