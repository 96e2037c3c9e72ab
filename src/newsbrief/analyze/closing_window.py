"""Where the story closes: the closing window the conclusion is chosen from.

Walking back from the end, paragraphs of page furniture are passed over (wire credits, corrections and editor's
notes, bylines, "contributed reporting", the publisher's "about us" text, sign-up and comment prompts; see
``ingest/furniture.py``), and so are sentences that cannot close a brief (:func:`closes_nothing`): a cut-off
fragment with no final stop, a question (to readers or rhetorical), a quote with no speaker, a note that someone
"did not respond to a request for comment". What is left of the last real paragraph - and of the one before it
when the last is a single line - is the closing window (:func:`closing_window`); ``conclusion.py`` chooses the
close from it.

A claim the article quotes in order to reject it (a hoax's text under "It reads:", a fake site's
disclaimer, "the rumour says ...", see ``nlp/debunk.py``) never closes the brief: shown as the close,
it reads as the article's own last word (reader Audit 10 closed a fact-check on the fake site's
disclaimer). Such a block at the end is passed over like furniture, and the paragraph before it - the
article's own verdict on what it quotes - is the whole window.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsbrief.analyze.closing_asides import addressed_line, announces_question, leads_in
from newsbrief.analyze.closing_context import elliptical_opening, leans_back
from newsbrief.analyze.closing_lines import listing_line
from newsbrief.analyze.closing_notes import reporting_note, sign_off, signed_off, spoken_on
from newsbrief.analyze.closing_statement import bodys_statement, link_line, outlet_plug, reader_callout, teases_more
from newsbrief.analyze.closing_tail import idle_close, passed_aside
from newsbrief.analyze.closing_voice import closing_order, names_speaker
from newsbrief.analyze.closing_voice import continues_quote as quote_continuation
from newsbrief.analyze.openings import is_furniture
from newsbrief.ingest.furniture import ends_like_sentence
from newsbrief.ingest.furniture import furniture_kind as _line_kind
from newsbrief.ingest.furniture_notes import author_bio
from newsbrief.ingest.furniture_tail import bio_sentence
from newsbrief.memo import per_document_and_key
from newsbrief.models import Document, Sentence
from newsbrief.nlp.debunk import rejected_claims

# The closing checks ask about the same lines again as they try each window (706 asks, 520 lines, on 60
# CNN/DM briefs; session 16): the line-level furniture test is a pure function of its text.
furniture_kind = lru_cache(maxsize=4096)(_line_kind)

# The closing window: at most this many usable sentences, counted back from the end of the article's content.
# Closing paragraphs ran 1-4 sentences in the example articles and in the wire copy of the extraction pool
# (pages 4-f); a fifth sentence back is already the body of the story.
WINDOW_SENTENCES = 4
# A last paragraph with fewer usable sentences than this ("Officials gave no other
# details.") shares the window with the paragraph before it.
SHORT_CLOSING = 2
# The lead's sentences are the key points, not the ending: a conclusion never cites
# the first LEAD_SENTENCES sentences of the article.
LEAD_SENTENCES = 2
# Trailing paragraphs that are not furniture but hold nothing usable (a question, a
# "did not respond" note, a line of a list) are passed over up to this many; an article
# that ends in a longer list (tour dates, qualified teams) has no closing paragraph, and
# the prose before the list is its middle.
MAX_SKIPPED = 2

# Notes on the reporting, not its content: they end many wire stories, yet close nothing.
_PROCESS_NOTE = re.compile(
    r"\b(?:did not|didn't|could not|couldn't|has not|hasn't|have not|haven't) (?:immediately )?"
    r"(?:respond|reply|return|comment|be reached)|\bdeclined to (?:comment|elaborate|say)|"
    r"\b(?:request|requests) for comment\b|\bcould not be (?:reached|contacted)\b|\bno further comment\b|"
    r"\bno (?:other|further) details were (?:immediately )?(?:available|released)|"
    # "No comment was immediately available from the University of X." closed a wire report (Audit 33 #8)
    r"\bno (?:immediate )?comment was (?:immediately )?(?:available|forthcoming)\b",
    re.I,
)
# A sentence that speaks to the reader rather than about the story.
READER_PROMPT = re.compile(
    r"\b(?:let us know|tell us|share your (?:thoughts|views|story)|leave a comment|"
    r"comments? (?:section )?below|what do you think)\b|"
    # A site promo ("You can follow the hearing live on our website") and a columnist's disclosure
    # ("X is a contributor who owns shares in ...", "The author holds no position"; reader Audit 12, 13.3).
    r"\byou can (?:follow|watch|listen to|read|see|find)\b.{0,160}\b(?:website|site|app|online|page|channel|podcast)\b|"
    # a broadcaster's "You can also listen via the BBC iPlayer after broadcast or download the podcast" closed a radio
    # programme's page (Audit 53 #5): any way to watch, hear or get the programme, with or without "also"
    r"\byou can (?:also |still |now )?(?:listen|watch|hear|stream|download|catch|subscribe)\b.{0,160}"
    r"\b(?:podcast|i[Pp]layer|app|online|on demand|broadcast|radio|channel|website)\b|"
    r"\b(?:owns?|holds?) (?:no )?(?:shares|positions?|stock) in\b|\bholds? no (?:position|positions|shares)\b|"
    r"\bis an? (?:regular |paid )?(?:contributor|columnist) (?:to|for|who)\b|"
    # A pointer at the page's media ("Below is a look at a scene from the rehearsal video", "Watch the
    # interview above", "The video below shows ..."): it introduces a picture, not a close (a film page
    # read by the lead in session 13 ended on one). "Below the harbour" is a place: "below"/"above" count
    # only opening a clause with a verb of being/showing, after a media noun, or after watch/see/scroll.
    r"^(?:below|above)\s*,?\s*(?:is|are|you can|we|please|a |an |the )|"
    r"\b(?:video|clip|photos?|pictures?|images?|gallery|slideshow|footage|graphic|map|chart)s? (?:below|above)\b|"
    r"\b(?:watch|see|view|scroll|click)\b.{0,80}\b(?:below|above)\s*[.!]?$|^scroll (?:down|up)\b|"
    # A live page's sign-off ("We are closing this live page for the night", "please go to our main news
    # page"; reader Audit 17 found both as key points of a newest-first page).
    r"\b(?:clos|discontinu|end|paus|suspend)(?:e|es|ed|ing) (?:this|our) live (?:page|coverage|blog|updates?)\b|"
    r"\b(?:go|head|turn) to (?:our|the) (?:main )?(?:news |home ?)?(?:page|site|website)\b|"
    # a social prompt ("Join the conversation on Facebook", "Follow us on Twitter"; Newsroom pages end on them)
    r"^join (?:the|our) (?:conversation|discussion|debate)\b|\b(?:like|follow) us on\b",
    re.I,
)
_OPENING_QUOTE = re.compile(r"(?:^|[\s(:—–-])[\"“‘']\w")


def _paragraph_text(doc: Document, sentences: list[Sentence]) -> str:
    return doc.article.text[sentences[0].start : sentences[-1].end]


def paragraphs(doc: Document) -> list[list[Sentence]]:
    """The document's sentences grouped by paragraph, in order."""
    groups: dict[int, list[Sentence]] = {}
    for sentence in doc.sentences:
        groups.setdefault(sentence.paragraph, []).append(sentence)
    return [groups[p] for p in sorted(groups)]


def is_question(text: str) -> bool:
    """A question, to readers or rhetorical, or a quoted one.

    A statement that ends by quoting a question ('... will be left to wonder: "what did
    we do to deserve this?"') is not one: it opens a quotation inside itself.
    """
    text = text.strip()
    if not text.rstrip("\"'”’) ").endswith("?"):
        return False
    return text[:1] in "\"“'‘" or not _OPENING_QUOTE.search(text)


@per_document_and_key  # asked again for the same sentences (closing window, look-back, questions)
def closes_nothing(doc: Document, sentence: Sentence) -> bool:
    """True for a sentence that cannot close a brief (furniture, fragment, question, process note).

    An unattributed quote is not ruled out here: it may close the brief together with
    the attributed sentence before it (see :func:`closing_window`).
    """
    text = sentence.text.strip()
    if is_furniture(doc, sentence) or furniture_kind(text) is not None:
        return True
    if not ends_like_sentence(text) or text.endswith(":"):
        return True  # cut off by the page, or introducing a list the brief does not show
    if is_question(text) or _PROCESS_NOTE.search(text) or READER_PROMPT.search(text) or sign_off(text):
        return True
    if announces_question(text) or addressed_line(doc, sentence) or leads_in(text):
        return True  # a set-up whose question or post is not shown; a speaker's line to someone, its marks lost
    if teases_more(text) or bodys_statement(doc, sentence) or reader_callout(text) or link_line(doc, sentence) \
            or outlet_plug(doc, sentence):
        return True  # a teaser, a body's unquoted "we" (Audit 42 #12, #9); call-out, link (50 #5, #7), plug (52 #9)
    if reporting_note(doc, sentence) or listing_line(doc, sentence) or idle_close(doc, sentence):
        return True  # "CNN conducted a third phone interview" (Audit 19), "The festival runs through Jan. 17."
    before = doc.article.text[: sentence.start]
    if bio_sentence(text, before) or (sentence.index == doc.sentences[-1].index and author_bio(text, before, ())):
        return True  # an author's bio line ending a column (a journalist's even if the body names the blog)
    # Without a finite verb it is a label, a list entry or a fact-box line ("Sept. 5 -- White River
    # Amphitheatre.", "Possibly the strongest earthquake to hit the region." in Audit 9), not a statement.
    tokens = doc.sentence_tokens(sentence)
    return not any(t.tag in _FINITE or (t.dep == "ROOT" and t.pos in ("VERB", "AUX")) for t in tokens) \
        or (leans_back(doc, sentence) and not elliptical_opening(text)
            and not closing_order(doc, sentence))  # a root verb the tagger read as a base form ("crews abandon")
    # counts; "Nor did any of his ministers." is shown with the line before it, and so is a closing order whose
    # "it" leans back ("Just get it done.", Audit 40 #6)


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _can_close(doc: Document, paragraph: list[Sentence], position: int, known: dict[int, bool],
               rejected: frozenset[int] = frozenset(), keep: int | None = None) -> bool:
    """Whether the sentence at ``position`` of ``paragraph`` can close a brief (memo in ``known``).

    A quote with no speaker in it can only right after the attributed sentence it continues
    ('"Nobody wants concrete," she said. "But everybody wants a home."'): the two are shown
    together, so the reader knows whose words they are.
    """
    chain: list[int] = []  # unattributed quotes, each judged by the sentence before it
    passed: set[int] = set()  # lines of the quotation that close nothing themselves ("Thanks and take care!")
    p = position
    while p not in known:
        sentence = paragraph[p]
        if sentence.index < LEAD_SENTENCES or sentence.index in rejected:
            known[p] = False
        elif _closes_nothing(doc, sentence, keep):
            if p == 0 or not quote_continuation(doc, sentence):
                known[p] = False
            else:  # the speaker's words run on through it (Audit 41 #7: an email's sign-off before its last line)
                passed.add(p)
                chain.append(p)
                p -= 1
        elif not quote_continuation(doc, sentence):
            known[p] = True
        elif p == 0:
            known[p] = False
        else:
            chain.append(p)
            p -= 1
    for q in reversed(chain):
        # a quotation of several sentences runs on from the one that names its speaker (Audit 15 #1 cut
        # Chris Martin's five-sentence quote after its second sentence, before its point)
        before = known[q - 1] or known.get(-q, False)  # (-q: the quotation carried through line q - 1)
        carried = before and (bool(names_speaker(paragraph[q - 1].text)) or q - 1 in chain)
        known[q] = carried and q not in passed
        known[-q - 1] = carried
    return known[position]


def usable_sentences(doc: Document, paragraph: list[Sentence], last: int = 0,
            rejected: frozenset[int] = frozenset(), keep: int | None = None) -> list[Sentence]:
    """The sentences of a paragraph that can close a brief, in order; with ``last``, only the
    last ``last`` of them, judged from the paragraph's end (a one-paragraph article's 30
    sentences each went through the furniture rules where the window needs at most 4)."""
    known: dict[int, bool] = {}
    if last <= 0:
        return [s for p, s in enumerate(paragraph) if _can_close(doc, paragraph, p, known, rejected, keep)]
    found: list[Sentence] = []
    for p in range(len(paragraph) - 1, -1, -1):
        if len(found) >= last:
            break
        if _can_close(doc, paragraph, p, known, rejected, keep):
            found.append(paragraph[p])
    return found[::-1]


def closing_window(doc: Document, keep: int | None = None, setup: frozenset[int] = frozenset()) -> list[Sentence]:
    """The usable sentences where the story closes, in text order (empty when there are none).

    ``keep``: the index of a rhetorical question that may close the piece (see ``conclusion.rhetorical_close``);
    ``setup``: a set-up question and the line framing it, passed over (see ``closing_asides.setup_question``).

    Trailing paragraphs that are furniture are passed over; the window is the last
    real paragraph's usable sentences, with the paragraph before it when the last is
    short, at most WINDOW_SENTENCES and never in the lead. A rejected claim at the end (see the
    module docstring) is passed over, and the paragraph before it is then the whole window.
    """
    claims = rejected_claims(doc)
    rejected = frozenset(c.index for c in claims) | setup
    introducers = frozenset(c.introducer for c in claims if c.introducer is not None)
    window: list[Sentence] = []
    skipped = 0
    passed_claim = False
    cut = signed_off(doc)  # a column's sign-off: the box or bio after it is furniture
    carry: list[Sentence] = []
    for whole in reversed(paragraphs(doc)):
        if cut is not None and whole[0].paragraph > cut:
            continue
        if not window and all(s.index in rejected | introducers for s in whole):
            passed_claim = True  # the quoted hoax or disclaimer, or the line that introduces it
            continue
        # A credit, a cut-off fragment or a reader question at the end of a real paragraph
        # ("... officials warned. Jane Doe contributed reporting.") is set aside first, so
        # the paragraph is judged by what it says, not by what was glued to it.
        paragraph = list(whole) + carry
        while paragraph and _closes_nothing(doc, paragraph[-1], keep):
            paragraph.pop()
        if paragraph and furniture_kind(_paragraph_text(doc, paragraph)) is not None:
            paragraph = []  # the publisher's "about" text, a widget, a sub-head
        usable = usable_sentences(doc, paragraph, WINDOW_SENTENCES - len(window), rejected, keep)
        carry = []
        if not usable and not window and spoken_on(doc, paragraph):
            carry = paragraph  # judged with the paragraph that names its speaker (Audit 19, closing_notes)
            continue
        if not usable:
            if window:
                break  # furniture or a list inside the story ends the closing section
            if furniture_kind(_paragraph_text(doc, whole)) is None and not passed_aside(doc, whole[0]):
                skipped += 1  # not furniture: a question, a process note, a line of a list
                if skipped > MAX_SKIPPED:
                    break
            continue
        window = usable[-(WINDOW_SENTENCES - len(window)):] + window
        if len(window) >= SHORT_CLOSING or passed_claim:
            break
    # A quote continuation closes only with the sentence naming its speaker.
    if window and quote_continuation(doc, window[0]):
        window = window[1:]
    return window


def _closes_nothing(doc: Document, sentence: Sentence, keep: int | None) -> bool:
    return sentence.index != keep and closes_nothing(doc, sentence)
