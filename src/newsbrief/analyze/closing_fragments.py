"""Closing lines that cannot stand alone: a quotation with no speaker in it, a clause with no subject.

Reader Audit 49 (docs/audit.md 50.2-50.4) found the Conclusion 25 % wrong, two of the three wrong items tails of
this kind, each printed as if it were the writer's own close:

- a minister's closing line, '"But as I have said all along, this is ultimately a question for ... to
  determine."', a quotation in a paragraph of its own. Its speaker stood in the paragraph before, a quotation
  whose closing mark the page had lost ('"Obviously him leaving ... would be the best way ..., Hague said
  Monday.'); the quotation opened anew after the paragraph break, as news copy runs on one speaker's words.
  Neither sentence was a "continuation" in the quote reader's sense, so the line closed the brief in no one's
  mouth. Such a close is now shown in its speaker's name ("[William Hague:] ..."): the attribution stage's
  speaker for the line, or else the speaker of the quoting sentence right before it. With neither, the line is
  no close and the brief falls back on the sentence before it.
- a fragment, 'And then answered himself with a "We probably don't."', whose subject (a company's president)
  stood in the sentence before; the opening repair made it "[A]nswered himself ...". A clause whose finite
  verb has no subject is shown with the sentence that supplies it, or not at all.
"""

from __future__ import annotations

import re

from newsbrief.analyze.closing_voice import continues_quote, names_speaker
from newsbrief.analyze.context import Context
from newsbrief.analyze.quote_marks import has_quote_mark
from newsbrief.models import Document, Sentence
from newsbrief.nlp.speakers import UNNAMEABLE

# The marks a quotation may open with; tokenized copy (Timeline17) writes `` and ''.
_OPENING = re.compile(r"^(?:``|[\"“‘'])")
# British copy quotes in single marks ('But as I have said ...,' she said), which the double-mark spans missed: a
# minister's closing line in single marks read as the writer's own and closed the brief with no speaker (session 33
# review). A single mark is told from an apostrophe by where it stands, as in quote_marks: it opens before a
# capital at the start of a word ("'90s" and "don't" open nothing) and closes after a stop or a comma, or after a
# word before a space or a stop (so "the players' union" may end a span early: fewer words then count as quoted,
# and a sentence is only taken for a quotation when most of its words are).
_SINGLE_OPEN = r"(?:^|(?<=[\s(:—–-]))['‘](?=[A-Z])"
_SINGLE_CLOSE = r"(?:[.,!?]\s?['’](?=[\s)]|$)|(?<=\w)['’](?=[\s.,;:!?)]|$))"
# A span in single marks reaches SINGLE_SPAN characters at most: unbounded, every "'Capital" that never closes
# scanned to the end of the text, and a hostile sentence of such marks took minutes (review of session 33).
# 500 is well above the longest single-quoted span in a fifth of T17 (290 characters).
SINGLE_SPAN = 500
_CLOSED_SPAN = re.compile(
    rf"(?:``|[\"“])[^\"“”`]*?(?:''|[\"”])|{_SINGLE_OPEN}.{{0,{SINGLE_SPAN}}}?{_SINGLE_CLOSE}")
_LEFT_OPEN = re.compile(rf"(?:``|[\"“]|{_SINGLE_OPEN}).*$")
_QUOTED = re.compile(rf"(?:``|[\"“])[^\"“”`]*?(?:''|[\"”]|$)|{_SINGLE_OPEN}.*?(?:{_SINGLE_CLOSE}|$)")
# A speaker tagged inside a quotation whose closing mark the page lost ('"Obviously him leaving ... , Hague said
# Monday, ...', Audit 49 #6): a name and a speech verb after a comma.
_LOST_MARK_TAG = re.compile(r",\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:said|says|added|adds|told|tells)\b")
# A quotation's sentence: at least this share of its words inside the marks (as the conclusion's QUOTED_SHARE).
QUOTED_SHARE = 0.5
# The speaker of a quotation that opens a paragraph of its own is looked for this many sentences back at most:
# the quoting sentence right before it, in its own or the previous paragraph (Audit 49 #6).
SPEAKER_REACH = 1
# Subjects of a clause: any of these on the root verb means the clause has its own.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# A finite verb in the past or the third person: an imperative ("Now wash your hands.") is a base form (VB) and
# a call of the writer's, no fragment.
_FINITE = frozenset({"VBD", "VBZ"})


def _outside_quotes(text: str) -> str:
    """``text`` without its quoted passages, a quotation left open running to the end."""
    return _LEFT_OPEN.sub(" ", _CLOSED_SPAN.sub(" ", text))


def speakerless_quotation(sentence: Sentence) -> bool:
    """Whether the sentence opens with a quotation, is mostly quoted and names no speaker outside its marks."""
    text = sentence.text.strip()
    if not _OPENING.match(text):
        return False
    outside = _outside_quotes(text)
    words = len(text.split())
    return words > 0 and len(outside.split()) / words <= 1 - QUOTED_SHARE and not names_speaker(outside) \
        and not _LOST_MARK_TAG.search(text)


def _named(ctx: Context, index: int) -> str | None:
    voice = ctx.voice_of(index)
    speaker = (voice.speaker or "").strip()
    return speaker if voice.voice == "person" and speaker and speaker.lower() not in UNNAMEABLE else None


def quotation_speaker(doc: Document, ctx: Context, sentence: Sentence, lead: int) -> str | None:
    """Whose words the speakerless closing quotation ``sentence`` is: the attribution stage's speaker for it, else
    the speaker of the quoting sentence right before it (outside the first ``lead`` sentences); None when neither
    names a person."""
    own = _named(ctx, sentence.index)
    if own is not None:
        return own
    for index in range(sentence.index - 1, max(lead, sentence.index - SPEAKER_REACH) - 1, -1):
        before = doc.sentences[index]
        if has_quote_mark(before.text) or "``" in before.text:  # (the quote reader does not see `` as a mark)
            return _named(ctx, index)
    return None


def subjectless(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence's main verb is finite and has no subject ('And then answered himself with ...').

    The parser may hang a subject on the wrong verb ("So now, not only is a stranger's video going viral, news
    sites are accusing her ...", a test of session 26, left the root "is" with none), so a sentence with any
    subject outside its quotations (or of the main verb itself) is never taken for a fragment: the one in '... with
    a "We probably don't."' is the quoted speaker's."""
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None or root.tag not in _FINITE or root.pos not in ("VERB", "AUX"):
        return False
    quoted = [(m.start() + sentence.start, m.end() + sentence.start) for m in _QUOTED.finditer(sentence.text)]
    return not any(t.dep in _SUBJECTS and (t.head == root.i or not any(a <= t.start < b for a, b in quoted))
                   for t in tokens)


def bare_demonstrative(doc: Document, sentence: Sentence) -> bool:
    """Whether the main verb's subject is, or is part of, a bare "these" or "those" ("One of these has reached a
    depth of 3,600 metres ...", the relief wells named in the sentence before: reader Audit 49 #2 printed it as a
    close); "those who ..." is described in place."""
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    subject = next((k for k in doc.children(root) if k.dep in ("nsubj", "nsubjpass")), None) if root else None
    if subject is None:
        return False
    for i in range(subject.left, subject.right + 1):
        token = doc.tokens[i]
        if token.text.lower() in ("these", "those") and token.dep != "det" \
                and not any(k.dep in ("relcl", "acl") for k in doc.children(token)):
            return True
    return False


def subject_before(doc: Document, sentence: Sentence, lead: int) -> list[Sentence] | None:
    """For a closing clause whose subject is in the sentence before (none of its own, or a bare "these"), that
    sentence (``[before]``); an empty list when the clause needs none; None when the sentence before cannot lend
    it (another paragraph for a subjectless clause, the lead, or a sentence with no subject either)."""
    demonstrative = bare_demonstrative(doc, sentence)
    if not demonstrative and not subjectless(doc, sentence):
        return []
    index = sentence.index - 1
    if index < lead:
        return None
    before = doc.sentences[index]
    # (a Timeline17 page sets each sentence in a paragraph of its own: "these" reaches across the break)
    if (before.paragraph != sentence.paragraph and not demonstrative) or subjectless(doc, before):
        return None
    return [before]


def closing_tail(doc: Document, ctx: Context, window: list[Sentence], lead: int) -> list[Sentence]:
    """The closing window with its last line withheld when it cannot stand (see the module docstring): a clause
    whose subject the sentence before cannot lend, a speakerless quotation whose speaker no one names. A last line
    that runs on a quotation from the line before is left to the conclusion, which shows it from its speaker's
    sentence."""
    if not window:
        return window
    final = window[-1]
    if subject_before(doc, final, lead) is None or (speakerless_quotation(final) and not continues_quote(doc, final)
                                                   and quotation_speaker(doc, ctx, final, lead) is None):
        return window[:-1]
    return window


def quotation_label(doc: Document, ctx: Context, shown: list[Sentence], lead: int) -> str | None:
    """The speaker a conclusion item ``shown`` is labelled with when it opens on a speakerless quotation and no
    sentence of it names the speaker; "" when it needs no label; None when it needs one and no one is named (the
    item is then not shown: reader Audit 49 #6 printed a minister's line as the writer's close)."""
    run = " ".join(s.text for s in shown)  # (a quotation of several sentences closes in a later one)
    if not shown or not speakerless_quotation(shown[0]) or names_speaker(_outside_quotes(run)) \
            or _LOST_MARK_TAG.search(run):
        return ""
    return quotation_speaker(doc, ctx, shown[0], lead)
