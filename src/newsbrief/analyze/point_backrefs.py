"""Key points that lean on a time they do not name, padding lines, and news told late (reader Audit 44, issue #11).

- **A cut time back-reference.** "At the time, the rise was driven by a drought" follows the sentence that names the
  earlier time ("The sharpest jump came in 2012"). Cut from it and printed after the current news, it reads as the
  cause of the news (Audit 44 #5, docs/audit.md 45.4 pattern 2): a false statement. A key point is read alone, so
  such a sentence is a last resort. "At the time of the crash" names its time and stands alone.
- **Padding.** A survey's fieldwork day ("The latest survey of 900 stations was conducted Friday") and a source's
  track record ("The site has been reliable in the past") tell a reader nothing of the news (Audit 44 #5, #8).
- **The institution's decision in its statement.** A media or legal report may open on the request that led to a
  decision ("Lawyers for the family had asked for the film to be withdrawn") and give the decision only in the
  institution's quoted statement ("... the broadcast has been postponed indefinitely," the channel said). The lede in
  the past perfect is background; the decision is the news (Audit 44 #6).
- **A round-up of items.** A business round-up runs items under capitalised headings, each closed by its source tag
  in brackets, which the page glues to the next heading ("(Daily Ledger) CARD SPENDING IS UP ..."). Its first item
  leads, not its hook or an item further down (Audit 44 #7); the glued tag is page furniture (summary._PREFIX).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsbrief.models import Document, Sentence

__all__ = ["decision_statement", "echoed_lede", "first_item", "method_or_record", "preamble", "time_backref",
           "withheld"]

# "At the time," / "At that time" / "Back then" / "That time," / "Then, as now": a time only the sentence before names.
# "At the time of X" names it ("of the crash", "of writing"); a bare "Then" tells a sequence, not a back-reference.
_TIME_BACKREF = re.compile(
    r"^(?:(?:but|and|even)\s+)?(?:at\s+(?:the|that)\s+(?:time|point|stage|moment)(?!\s+of\b)|back\s+then|"
    r"that\s+time\s*,|then\s*,\s*as\s+(?:now|today)|even\s+then\b)", re.I)


def time_backref(sentence: Sentence) -> bool:
    """True when the sentence opens on a time or event only an earlier sentence names (see the module docstring)."""
    return bool(_TIME_BACKREF.match(sentence.text.lstrip("\"“‘' ")))


# A survey's or poll's fieldwork: "The latest survey of 900 stations was conducted Friday." The rest after the verb
# may name only when or where; "... and found that most oppose the plan" tells a finding and stays.
_FIELDWORK = re.compile(
    r"^(?:the|this|that|its|our|their)\s+(?:[\w'’-]+\s+){0,6}?(?:survey|poll|study|census|count|audit|sample)s?\b"
    r"[^.;]{0,80}?\b(?:was|were)\s+(?:conducted|carried\s+out|taken|done|completed|compiled|fielded)\b(?P<rest>[^;]*)$",
    re.I)
_FINDING = re.compile(r"\b(?:found|finds|shows?|showed|suggests?|suggested|revealed|reveals|indicated|indicates)\b|"
                      r"\b(?:and|which|that)\s+(?:will|would|is|are|was|were|has|have|had)\b", re.I)
# A source's track record: "has been reliable in the past", "has a good track record".
_RECORD = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:generally|usually|mostly|always|often)\s+)?(?:been|proved|proven)\s+(?:\w+\s+)?"
    r"(?:reliable|accurate|trustworthy|right|correct)\b[^.;]{0,30}?\b(?:in\s+the\s+past|before|previously|"
    r"over\s+the\s+years|on\s+such\s+\w+)\b"
    r"|\b(?:has|have|had)\s+an?\s+(?:good|solid|strong|decent|proven|mixed|patchy|reliable|long)\s+track\s+record\b",
    re.I)
_RECORD_TAIL = re.compile(r"\b(?:and|but)\s+(?:will|would|is|are|was|were|has|have|said|says)\b", re.I)


def method_or_record(sentence: Sentence) -> bool:
    """True for a survey's fieldwork line or a source's track record (see the module docstring): padding."""
    text = sentence.text.strip()
    if text[:1] in "\"“'‘":
        return False  # a speaker's words
    fieldwork = _FIELDWORK.match(text)
    if fieldwork is not None and not _FINDING.search(fieldwork.group("rest")):
        return True
    return bool(_RECORD.search(text)) and not _RECORD_TAIL.search(text)


# The lede's request in the past perfect: "had asked for ...", "had requested the program be canceled".
_REQUESTED = re.compile(r"\bhad\s+(?:requested|asked|called\s+for|demanded|urged|sought|petitioned|pressed|"
                        r"lobbied|appealed)\b", re.I)
# The decision inside the quoted statement: "has been postponed indefinitely", "we have decided to cancel".
_DECIDED = re.compile(
    r"\b(?:has|have)\s+been\s+(?:postponed|cancell?ed|called\s+off|withdrawn|suspended|scrapped|pulled|dropped|"
    r"delayed|shelved|halted|axed|put\s+on\s+hold)\b|\b(?:we|it)\s+(?:have|has)\s+decided\s+to\s+(?:postpone|"
    r"cancel|withdraw|suspend|scrap|pull|drop|delay|shelve|halt)\b", re.I)
# The statement is the institution's: the quotation ends and a speaker "said in a statement" / "said".
_STATEMENT_TAIL = re.compile(r"[\"”]\s*,?\s*[^\"“”]{2,80}?\b(?:said|says|announced)\b[^\"“”]{0,40}$", re.I)
STATEMENT_REACH = 6  # the statement stands among the first sentences


def decision_statement(doc: Document) -> Sentence | None:
    """The institution's quoted statement of its decision when the lede only tells the request in the past perfect
    (see the module docstring), else None."""
    if not doc.sentences or not _REQUESTED.search(doc.sentences[0].text):
        return None
    for sentence in doc.sentences[1:STATEMENT_REACH]:
        text = sentence.text.strip()
        if text[:1] in "\"“" and _DECIDED.search(text) and _STATEMENT_TAIL.search(text):
            return sentence
    return None


# An item's capitalised heading: three capitalised words at least, opening the sentence or after its source tag.
_HEADING = re.compile(r"^(?P<tag>\([A-Z][\w.&'’ ]{1,40}\)\s+)?(?:[A-Z][A-Z'’$-]+\s+){2,}[A-Z'’$-]*[A-Z]")
MIN_ITEMS = 3  # headed items in a round-up
MIN_TAGGED = 2  # of them with a source tag glued in front: a feed's round-up, not a report with a shouted line


def first_item(doc: Document) -> Sentence | None:
    """The first item's heading sentence of a round-up of headed, source-tagged items (see the module docstring)."""
    heads = [s for s in doc.sentences if _opens_paragraph(doc, s) and _HEADING.match(s.text.strip())]
    tagged = [s for s in heads if _HEADING.match(s.text.strip()).group("tag")]  # type: ignore[union-attr]
    if len(heads) < MIN_ITEMS or len(tagged) < MIN_TAGGED or heads[0] in tagged:
        return None
    return heads[0]


def _opens_paragraph(doc: Document, sentence: Sentence) -> bool:
    i = sentence.index
    return i == 0 or doc.sentences[i - 1].paragraph != sentence.paragraph


def preamble(doc: Document, first: Sentence | None = None, *, known: bool = False) -> set[int]:
    """The sentences before a round-up's first headed item: its hook and its announcement of the items ("The banks
    report four times a year, but ...", "Here then are today's highlights"), which tell no item (Audit 44 #7).
    With ``known``, ``first`` is the first item already read (point_readings), else it is read here."""
    first = first if known else first_item(doc)
    return set() if first is None else set(range(first.index))


def echoed_lede(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence unpacks the one before in a verbless echo of its opening word ("Urgency but also
    frustration marked the meeting. Urgency because ... - but frustration because ..."): the same point told twice,
    a duplicate key point (Audit 44 #4). A second full sentence opening on the same word ("Police said ...") has a
    verb of its own and is no echo."""
    i = sentence.index
    if i == 0:
        return False
    tokens, before = doc.sentence_tokens(sentence), doc.sentence_tokens(doc.sentences[i - 1])
    if not tokens or not before or not tokens[0].text.isalpha():
        return False
    # the echo's word heads it, whatever the tagger calls it ("Hope because ..." parsed as an imperative)
    return tokens[0].dep == "ROOT" and tokens[0].text.lower() == before[0].text.lower()


def withheld(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence is a last resort as a key point: a cut time back-reference, a survey's fieldwork or a
    source's track record, or a verbless echo of the lede (see the module docstring)."""
    return time_backref(sentence) or method_or_record(sentence) or echoed_lede(doc, sentence)
