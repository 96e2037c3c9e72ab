"""How the article ends: the conclusion section.

The conclusion is taken from where the story closes, never from its middle: the closing window
(``closing_window.py``: the last real paragraph's usable sentences, furniture, fragments, questions, process notes
and rejected claims passed over). Its final sentence closes the story, and the window's best other sentence (an
outlook, a consequence, a call to act) comes before it, as in the article. When the window holds nothing usable the
section stays empty. An update note at the top of the page is the story's latest word, and its close
(``closing_live``).
"""

from __future__ import annotations

import re

from newsbrief.analyze import closing_backrefs as backrefs
from newsbrief.analyze.classify import cue_counts
from newsbrief.analyze.closing_asides import announced_question, setup_question, unresolved_it
from newsbrief.analyze.closing_backrefs import borrowed_first_person, definite_backref, open_quotation_line
from newsbrief.analyze.closing_context import (
    additive_ellipsis,
    antecedents,
    named_speaker,
    pronoun_referent,
    such_opening,
    uncertain_repair,
)
from newsbrief.analyze.closing_fragments import bare_demonstrative, closing_tail, quotation_label, subject_before
from newsbrief.analyze.closing_lines import bottom_line, flat, past_call, turns
from newsbrief.analyze.closing_live import live_close, update_close
from newsbrief.analyze.closing_notes import claim_source
from newsbrief.analyze.closing_quotation import (
    from_quote_opening,
    to_closing_mark,
    told_tail,
    unmerged_close,
    whole_quotation,
    window_quotation,
)
from newsbrief.analyze.closing_tail import in_printed_text
from newsbrief.analyze.closing_voice import account_narrator, answer_speaker, judges_past, with_referent, writers_close
from newsbrief.analyze.closing_voice import continues_quote as quote_continuation
from newsbrief.analyze.closing_window import (
    LEAD_SENTENCES,
    READER_PROMPT,
    closes_nothing,
    closing_window,
    is_question,
    paragraphs,
    usable_sentences,
)
from newsbrief.analyze.context import Context, cite
from newsbrief.analyze.openings import has_quote_mark, repair_opening
from newsbrief.analyze.section_breaks import quotation_cut
from newsbrief.analyze.section_notahead import speakerless_answer
from newsbrief.models import Document, Item, Sentence

# (re-exported: tests and callers know the closing window's names from here)
__all__ = ["LEAD_SENTENCES", "analyze_conclusion", "closes_nothing", "closing_window", "is_question",
           "quoted_share", "rhetorical_close"]

# Shorter sentences ("For now, it waits.") are kept only as the final one; as the
# second sentence of a conclusion they add little.
MIN_WORDS = 6
_QUOTED_SPAN = re.compile(r"[\"“]([^\"“”]+)[\"”]")
# A sentence with at least this share of its words in quotation marks is the quote's
# own sentence: the quotes section shows those words, and compose drops a repeat.
QUOTED_SHARE = 0.5


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
    if not is_question(text) or text[:1] in "\"“'‘" or READER_PROMPT.search(text) \
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
    closing = [p for p in paragraphs(doc) if p[0].paragraph <= final.paragraph][-LOOKBACK_PARAGRAPHS:]
    quoted = has_quote_mark(final.text)
    answer: Sentence | None = None
    reported: Sentence | None = None  # a named source's statement passed over (see _named_statement)
    for paragraph in reversed(closing):
        for sentence in reversed(usable_sentences(doc, paragraph)):
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
            if repair_opening(doc, sentence, ctx.actors) is None:
                continue
            if bottom_line(doc, sentence, backstory=False):
                return answer or reported or sentence
            if reported is None and _named_statement(ctx, sentence):
                reported = sentence
    return None


def _named_statement(ctx: Context, sentence: Sentence) -> bool:
    """Whether the sentence reports what a named person said (the attribution stage's explicit voice): the story's
    later word, which a bottom line further back never passes over. Audit 53 #6 closed a court report on "Murray
    could also lose his licence" (s8 of 10) over "..., Mr Walgren said Murray had shown no remorse" (s9) before a flat
    backstory line; the prosecutor's statement is the close."""
    voice = ctx.voice_of(sentence.index)
    return voice.voice == "person" and voice.explicit and bool(voice.speaker)
