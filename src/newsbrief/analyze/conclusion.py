"""How the article ends: the conclusion section.

The conclusion is taken from where the story closes, never from its middle. Walking back from the end, paragraphs
of page furniture are passed over (wire credits, corrections and editor's notes, bylines, "contributed reporting",
the publisher's "about us" text, sign-up and comment prompts; see ``ingest/furniture.py``), and so are sentences that
cannot close a brief: a cut-off fragment with no final stop, a question (to readers or rhetorical), a quote with no
speaker, a note that someone "did not respond to a request for comment". What is left of the last real paragraph -
and of the one before it when the last is a single line - is the closing window: its final sentence closes the
story, and the window's best other sentence (an outlook, a consequence, a call to act) comes before it, as in the
article. When the window holds nothing usable the section stays empty. An update note at the top of the page is the
story's latest word, and its close (``closing_live``).

A claim the article quotes in order to reject it (a hoax's text under "It reads:", a fake site's
disclaimer, "the rumour says ...", see ``nlp/debunk.py``) never closes the brief: shown as the close,
it reads as the article's own last word (reader Audit 10 closed a fact-check on the fake site's
disclaimer). Such a block at the end is passed over like furniture, and the paragraph before it - the
article's own verdict on what it quotes - is the whole window.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsbrief.analyze import closing_backrefs as backrefs
from newsbrief.analyze.classify import cue_counts
from newsbrief.analyze.closing_asides import (
    addressed_line,
    announced_question,
    announces_question,
    leads_in,
    setup_question,
    unresolved_it,
)
from newsbrief.analyze.closing_backrefs import borrowed_first_person, definite_backref, open_quotation_line
from newsbrief.analyze.closing_context import (
    additive_ellipsis,
    antecedents,
    elliptical_opening,
    leans_back,
    named_speaker,
    pronoun_referent,
    such_opening,
    uncertain_repair,
)
from newsbrief.analyze.closing_fragments import bare_demonstrative, closing_tail, quotation_label, subject_before
from newsbrief.analyze.closing_lines import bottom_line, flat, listing_line, past_call, turns
from newsbrief.analyze.closing_live import live_close, update_close
from newsbrief.analyze.closing_notes import claim_source, reporting_note, sign_off, signed_off, spoken_on
from newsbrief.analyze.closing_quotation import (
    from_quote_opening,
    to_closing_mark,
    told_tail,
    unmerged_close,
    whole_quotation,
    window_quotation,
)
from newsbrief.analyze.closing_statement import bodys_statement, link_line, outlet_plug, reader_callout, teases_more
from newsbrief.analyze.closing_tail import idle_close, in_printed_text, passed_aside
from newsbrief.analyze.closing_voice import (
    account_narrator,
    answer_speaker,
    closing_order,
    judges_past,
    names_speaker,
    with_referent,
    writers_close,
)
from newsbrief.analyze.closing_voice import continues_quote as quote_continuation
from newsbrief.analyze.context import Context, cite
from newsbrief.analyze.openings import has_quote_mark, is_furniture, repair_opening
from newsbrief.analyze.section_breaks import quotation_cut
from newsbrief.analyze.section_notahead import speakerless_answer
from newsbrief.ingest.furniture import ends_like_sentence
from newsbrief.ingest.furniture import furniture_kind as _line_kind
from newsbrief.ingest.furniture_notes import author_bio
from newsbrief.ingest.furniture_tail import bio_sentence
from newsbrief.memo import per_document_and_key
from newsbrief.models import Document, Item, Sentence
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
# Shorter sentences ("For now, it waits.") are kept only as the final one; as the
# second sentence of a conclusion they add little.
MIN_WORDS = 6
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
_READER_PROMPT = re.compile(
    r"\b(?:let us know|tell us|share your (?:thoughts|views|story)|leave a comment|"
    r"comments? (?:section )?below|what do you think)\b|"
    # A site promo ("You can follow the hearing live on our website") and a columnist's disclosure
    # ("X is a contributor who owns shares in ...", "The author holds no position"; reader Audit 12, 13.3).
    r"\byou can (?:follow|watch|listen to|read|see|find)\b.{0,160}\b(?:website|site|app|online|page|channel|podcast)\b|"
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
_QUOTED_SPAN = re.compile(r"[\"“]([^\"“”]+)[\"”]")
# A sentence with at least this share of its words in quotation marks is the quote's
# own sentence: the quotes section shows those words, and compose drops a repeat.
QUOTED_SHARE = 0.5
def _paragraph_text(doc: Document, sentences: list[Sentence]) -> str:
    return doc.article.text[sentences[0].start : sentences[-1].end]


def _paragraphs(doc: Document) -> list[list[Sentence]]:
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
    if is_question(text) or _PROCESS_NOTE.search(text) or _READER_PROMPT.search(text) or sign_off(text):
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


def _usable(doc: Document, paragraph: list[Sentence], last: int = 0,
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

    ``keep``: the index of a rhetorical question that may close the piece (see :func:`rhetorical_close`);
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
    for whole in reversed(_paragraphs(doc)):
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
        usable = _usable(doc, paragraph, WINDOW_SENTENCES - len(window), rejected, keep)
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


# A question in the writer's voice that ends a first-person or opinion piece is its close ("And who can give
# back even one ruined minute?"), as is a reporter's "But surely, you might think, he could ...?" answering
# the excuse before it (reader Audit 13: both were dropped for the sentence before). Questions to readers
# ("What do you think?") and quoted ones stay out.
_RHETORICAL = re.compile(r"^(?:(?:and|but|so|yet),?\s+)?surely\b|\byou (?:might|may|would|could) (?:well )?"
                         r"(?:think|ask|wonder|say)\b", re.I)
_CONTRAST = re.compile(r"^(?:but|yet|still)\b", re.I)


def rhetorical_close(doc: Document, ctx: Context) -> int | None:
    """The index of the article's last sentence when it is a rhetorical question that closes the piece."""
    if not doc.sentences:
        return None
    last = doc.sentences[-1]
    text = last.text.strip()
    if not is_question(text) or text[:1] in "\"“'‘" or _READER_PROMPT.search(text) \
            or ctx.voice_of(last.index).voice != "reporter" or len(text.split()) < MIN_WORDS:
        return None
    return last.index if ctx.genre in ("opinion", "feature") or _RHETORICAL.search(text) else None


def quoted_share(text: str) -> float:
    """Share of the sentence's words that stand inside quotation marks.

    A quotation opened and not closed in the sentence runs to its end (the quote goes on in the next sentence).
    """
    words = len(text.split())
    closed = _QUOTED_SPAN.sub(" ", text)
    inside = sum(len(q.split()) for q in _QUOTED_SPAN.findall(text))
    opened = re.search(r"[\"“]([^\"“”]*)$", closed)
    inside += len(opened.group(1).split()) if opened else 0
    return inside / words if words else 0.0


def _closing_score(ctx: Context, sentence: Sentence) -> float:
    """How well a sentence closes the story: an outlook, consequence or call (cue words), then centrality."""
    counts = cue_counts(sentence.text)
    cue = counts["outlook"] + counts["analysis"] + counts["recommendations"]
    return min(cue, 2) + ctx.centrality[sentence.index]


def analyze_conclusion(doc: Document, ctx: Context) -> tuple[Item, ...]:
    """How the article ends: its final real sentence, and before it the sentence right before it (never one
    from the middle: Audit 35 #11 showed a forecast and cut the news after it) only when that one states a
    bottom line (an outlook, consequence or call) and the final sentence does not. Shown beside every close,
    the sentence before it was most often a detail a reader would delete (reader Audit 12: 6 of 19 items).

    A sentence that is mostly a direct quote is not chosen as the other one: Quotes shows those words already.
    No reserve follows: a later candidate would be shown after the final sentence, out of order.
    """
    latest = update_close(doc) or live_close(doc, ctx, lambda s: closes_nothing(doc, s),
                                             lambda s: quote_continuation(doc, s))
    if latest is not None:  # an update at the top; a live page's latest entry, when it says where the story stands
        return tuple(Item(text=s.text, citations=(cite(s),)) for s in latest)
    asked = announced_question(doc, lambda s: closes_nothing(doc, s), is_question, LEAD_SENTENCES)
    if asked:  # a close announcing its question is shown with it (Audit 29 #2, closing_asides)
        return (Item(text=" ".join(s.text for s in asked), citations=tuple(cite(s) for s in asked)),)
    setup = setup_question(doc, lambda s: closes_nothing(doc, s), is_question, LEAD_SENTENCES)  # closing_asides
    keep = rhetorical_close(doc, ctx) if not setup else None
    window = closing_window(doc, keep, setup)
    if window and (unresolved_it(doc, window[-1], ctx.actors) or open_quotation_line(doc, window[-1])):
        # an "It" whose group the sentence before does not name (Audit 29 #11); a line of a quotation run on
        # from the paragraph before, with no mark or speaker of its own (Audit 43 #5, closing_backrefs)
        window = window[:-1]
    window = closing_tail(doc, ctx, window, LEAD_SENTENCES)  # a quotation tail with no speaker (Audit 49 #6)
    if window and (speakerless_answer(doc, ctx, window[-1]) or in_printed_text(doc, window[-1])):
        return ()  # a Q&A's answer or a letter printed in full, in no one's mouth (Audit 41 #6, #11; closing_tail)
    if not window:
        return ()
    final = window[-1]
    if quote_continuation(doc, final):
        # The quote's attributed sentence and its last words, told as one statement: as two, the
        # attributed one may be dropped as a repeat of the quotes section and leave the words with no
        # speaker (reader Audit 6: "We continue to take the situation very seriously ...").
        chosen = [whole_quotation(doc, final, LEAD_SENTENCES, lambda s: closes_nothing(doc, s))
                  or window_quotation(window, [quote_continuation(doc, s) for s in window])]
        if quote_continuation(doc, chosen[0][0]):  # its speaker's sentence out of reach (Audit 41 #7)
            return told_tail(doc, ctx, chosen[0])
    else:
        others = [s for s in window[-2:-1] if s.index == final.index - 1  # the close is a run (Audit 35 #11)
                  and len(s.text.split()) >= MIN_WORDS and quoted_share(s.text) < QUOTED_SHARE and not
                  bare_demonstrative(doc, s) and not quote_continuation(doc, s) and not additive_ellipsis(s.text)]
        chosen = [[final]]
        best = max(others, key=lambda s: (_closing_score(ctx, s), s.index)) if others else None
        # the last sentence may lean on an antecedent the repair pass cannot name ("Whether it does will
        # depend on ..."); then it is withheld, and the one before keeps the brief from ending on nothing.
        # An opening "But" is no such lean: the repair pass drops it (Audit 14 printed the set-up beside it).
        # a closing "But surely ...?" answers the sentence before it, which is no close of the writer's own;
        # and a last sentence that turns against the one before ("But ...", "Yet ...") is the close that one
        # only sets up
        rebuts = (final.index == keep and bool(_CONTRAST.search(final.text.strip()))) or turns(final)
        repaired = repair_opening(doc, final, ctx.actors)
        repairable = repaired is not None
        # an elliptical close ("Nor should ...", "That is ...") or a pronoun whose repair is a guess is shown
        # with the sentence it leans on (reader Audit 15: "Nor should the scenes ..." printed alone)
        # (a "But it ..." the repair pass cannot name is withheld alone: Audit 33 #7 lost its close)
        leaning = antecedents(doc, final, repairable or (rebuts and final.index == keep),
                              lambda s: repair_opening(doc, s, ctx.actors) is not None) or (
            [doc.sentences[final.index - 1]] if uncertain_repair(doc, final, repaired)
            and final.index - 1 >= LEAD_SENTENCES else []) or (
            # a claim that runs on from its source in the sentence before keeps it (Audit 19: Forbes dropped)
            [source] if (source := claim_source(doc, final, LEAD_SENTENCES)) is not None else []) \
            or pronoun_referent(doc, final, LEAD_SENTENCES) or definite_backref(doc, final, LEAD_SENTENCES) \
            or backrefs.bare_object_close(doc, final, LEAD_SENTENCES) or subject_before(doc, final, LEAD_SENTENCES)
        # ("The driver", Audit 43 #10; "need it", 44; "And then answered himself ...", 49 #10: closing_fragments)
        quoted = quoted_share(final.text) >= QUOTED_SHARE
        earlier = _earlier_bottom_line(doc, ctx, final) \
            if repairable and not quoted and final.index != keep and flat(doc, final) \
            and not judges_past(final.text) and not writers_close(doc, ctx, final) else None
        # a verdict on the past and the writer's own closing action are the close (Audit 25 #12, #6)
        if leaning:
            chosen = [[*leaning, final]]
        elif earlier is not None:
            # a flat last line (a casualty count, a designation date, a street scene) after the bottom line
            # of the last paragraphs: the bottom line is the close (Audit 14: 3 of 14 conclusions were flat)
            chosen = [[earlier]]
        elif best is not None and not rebuts and (
                # a cause told in the past ("The probe led to the arrest ...") is backstory, no bottom line
                # (Audit 15 #9 printed it beside the flat last line)
                bottom_line(doc, best, backstory=False) and (quoted or not bottom_line(doc, final))):
            chosen.insert(0, [best])
    items: list[Item] = []
    shown: set[int] = set()
    for part in reversed(chosen):  # the final sentence first: the other one may lie inside its quotation
        part = to_closing_mark(doc, part)  # a quotation split into lines, shown to its closing mark
        whole = named_speaker(doc, ctx, from_quote_opening(doc, part, LEAD_SENTENCES),
                              {s.index for p in chosen for s in p})
        # a quotation left open before its paragraph ends is cut in its middle (session 14, see section_breaks)
        label = quotation_label(doc, ctx, whole, LEAD_SENTENCES)  # a quotation's speaker (closing_fragments)
        if whole and label is not None and not shown & {s.index for s in whole} and not quotation_cut(doc, whole):
            shown |= {s.index for s in whole}
            who = answer_speaker(doc, ctx, whole) or label
            items.insert(0, Item(text=(f"[{who}:] " if who else "") + " ".join(s.text for s in whole),
                                 citations=tuple(cite(s) for s in whole)))
    # a quotation Quotes lists, merged into one item with the other close, is left to Quotes (closing_quotation)
    items = unmerged_close(doc, ctx, chosen, final, quoted_share(final.text) >= QUOTED_SHARE, items)
    narrator = account_narrator(doc, final) if items else None  # another's "I": named, or no close (closing_voice)
    if narrator is not None:
        # the account's close shown whole: its own items, back to the sentence that introduces its "he"
        told = with_referent(doc, sorted({s.index: s for p in chosen for s in p if s.index in shown}.values(),
                                         key=lambda s: s.index), LEAD_SENTENCES) if narrator else []
        return (Item(text=f"[{narrator}'s account:] " + " ".join(s.text for s in told),
                     citations=tuple(cite(s) for s in told)),) if told else ()
    return tuple(items)


# A flat last line gives way to a bottom line at most this many paragraphs back (its own included): the
# closing paragraphs of the audit articles ran one to three; further back is the body of the story.
LOOKBACK_PARAGRAPHS = 3
# ... and, when the last line is a quotation, never into the lead's first three sentences, which the key
# points show: in a five-sentence report ending on a named resident's reaction, the look-back reached the
# lead, compose dropped the repeat and the brief had no Conclusion at all. A debunk whose verdict is in
# its third sentence and whose last lines are the hoax site's disclaimer still closes on that verdict.
LOOKBACK_LEAD = 3
# ... and never more than this many sentences back: a tabloid page saved as one paragraph (CNN/DM row 95) made
# its whole text one "closing paragraph", and the look-back chose a sentence of the lede as the close.
LOOKBACK_SENTENCES = 8


def _earlier_bottom_line(doc: Document, ctx: Context, final: Sentence) -> Sentence | None:
    """The last sentence before ``final`` in the closing paragraphs whose main clause is a bottom line
    (never a quotation: the Quotes section shows those words)."""
    paragraphs = [p for p in _paragraphs(doc) if p[0].paragraph <= final.paragraph][-LOOKBACK_PARAGRAPHS:]
    quoted = has_quote_mark(final.text)
    answer: Sentence | None = None
    for paragraph in reversed(paragraphs):
        for sentence in reversed(_usable(doc, paragraph)):
            if sentence.index < final.index and answer is None and backrefs.denial(doc, sentence) \
                    and repair_opening(doc, sentence, ctx.actors) is not None:
                answer = sentence  # never looked past: the accused's answer (Audit 44 #6)
            if sentence.index >= final.index or (sentence.index < LOOKBACK_LEAD and quoted) \
                    or final.index - sentence.index > LOOKBACK_SENTENCES \
                    or len(sentence.text.split()) < MIN_WORDS or past_call(doc, sentence) \
                    or has_quote_mark(sentence.text) or quote_continuation(doc, sentence) \
                    or judges_past(sentence.text) or additive_ellipsis(sentence.text) or such_opening(sentence.text) \
                    or borrowed_first_person(doc, sentence) \
                    or backrefs.possessive_backref(doc, sentence, LEAD_SENTENCES) is not None:  # "its bid" (#3)
                continue  # "should have checked" recommends nothing; "... as well", "In such cases" lean back
            if bottom_line(doc, sentence, backstory=False) and repair_opening(doc, sentence, ctx.actors) is not None:
                return answer or sentence
    return None
