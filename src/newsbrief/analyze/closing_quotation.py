"""A closing quotation shown whole, for the conclusion.

A close may quote several short lines, each a sentence and, in the Timeline17 pages, each a paragraph of its
own: 'he sent a message on Twitter ...: "In besieged city of X.' / 'Indiscriminate shelling.' / 'No sign of
help."' (reader Audit 40 #3). The lines after the first have no verb, so none can close the brief alone, and the
first alone leaves the quotation open and its point unsaid. Here a close that leaves a quotation open runs on to
the sentence that closes it, when that comes within a few sentences and no other quotation opens on the way.

A closing quotation too long to show from the sentence that names its speaker (a friend's email of a dozen
sentences ending a blog post, reader Audit 41 #7) was shown by its last lines alone, in no one's mouth. Its tail
is now told in its speaker's name ("[Gerald:] ..."), as a quotation's key point is, or not shown at all.

**A closing quotation merged into one item with the other close: the other close alone.**

A story that ends on a named speaker's quotation after a bottom line ('A final vote on the sale is expected in
March. "This is the saddest day I can remember," said NAME.') showed the quotation twice: in Quotes, and in the
Conclusion, where it came merged into one item with the sentence before it (the window's other close, which the
quotation's "This" or its opening mark drew in). Compose drops a repeat by whole items, so the merged item stood
beside the quote (session 29, issue #11: a reader sees the same quotation twice). As two items, as the conclusion
gives them when nothing merges them, compose drops the quotation's item as a repeat of Quotes; merged, the other
close is chosen alone, and the speaker's words stay in Quotes, where they are shown with the speaker.

Only then: a final quotation shown on its own, or with the sentence naming its speaker (the conclusion's quotation
chains), is left to compose, which keeps a story brief's closing quote (``compose._accept``). A quotation whose
"This" leans on another quotation shown in Quotes is shown with it here; compose cuts the close after the
sentences Quotes shows (``compose._close_beside_quotes``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from newsbrief.analyze.closing_voice import continues_quote as quote_continuation
from newsbrief.analyze.closing_voice import names_speaker
from newsbrief.analyze.context import Context, cite
from newsbrief.analyze.openings import has_quote_mark, opens_inside_quote, opens_quote
from newsbrief.analyze.quotes import analyze_quotes
from newsbrief.analyze.section_breaks import balanced_quotes
from newsbrief.lexicon import SPEAKER_PRONOUNS
from newsbrief.models import Document, Item, Sentence
from newsbrief.nlp.speakers import UNNAMEABLE

# A closing quotation is shown whole, from the sentence that names its speaker, when it runs at most this many
# sentences: its point came last in Audit 15 #1 ("The people of Haiti will be desperate for help"), after
# three sentences of scene-setting. The run to a quotation's closing mark (above) keeps to the same reach.
WHOLE_QUOTATION = 5
# A closing sentence that starts inside a quotation is shown with the sentences that open it, at most
# this many: the quotations of the example articles and of the three unseen briefs of session 8 opened
# one or two sentences before their speaker was named; a closing quotation of up to five sentences is shown
# whole, since its point came last (reader Audit 15 #1). (The conclusion's window runs four sentences.)
QUOTE_OPENING_REACH = 4


def window_quotation(window: list[Sentence], continues: list[bool]) -> list[Sentence]:
    """The window's closing quotation, back to its first sentence that does not continue a quote
    (``continues``: per window sentence, whether it continues one)."""
    start = len(window) - 1
    while start > 0 and continues[start]:
        start -= 1
    return window[start:]


def whole_quotation(doc: Document, final: Sentence, lead: int,
                    closes_nothing: Callable[[Sentence], bool]) -> list[Sentence]:
    """The closing quotation ``final`` ends, from the sentence that names its speaker (empty when that
    sentence lies further back, in the first ``lead`` sentences or in another paragraph, or when
    ``closes_nothing`` says that sentence cannot close a brief)."""
    index = final.index
    while quote_continuation(doc, doc.sentences[index]):
        index -= 1
        if final.index - index >= WHOLE_QUOTATION or index < lead \
                or doc.sentences[index].paragraph != final.paragraph:
            return []
    if not names_speaker(doc.sentences[index].text) or closes_nothing(doc.sentences[index]):
        return []
    return list(doc.sentences[index : final.index + 1])


def to_closing_mark(doc: Document, part: list[Sentence]) -> list[Sentence]:
    """``part`` run on to the sentence that closes the quotation it leaves open (see the module docstring);
    ``part`` itself when it leaves none open or the closing mark is not in reach."""
    if not part or balanced_quotes(" ".join(s.text for s in part)):
        return part
    run = list(part)
    for index in range(part[-1].index + 1, min(len(doc.sentences), part[-1].index + WHOLE_QUOTATION)):
        sentence = doc.sentences[index]
        text = sentence.text.strip()
        if text[:1] in "\"“":
            return part  # a new quotation opens: the open one's end is not in sight
        run.append(sentence)
        if balanced_quotes(" ".join(s.text for s in run)):
            return run
    return part


def told_tail(doc: Document, ctx: Context, part: list[Sentence]) -> tuple[Item, ...]:
    """The closing quotation ``part``, whose speaker's sentence is out of reach, as one item in its speaker's name:
    only its last run of sentences with no gap (a sign-off line between, "Thanks and take care!", is left out),
    opened by "[Speaker:]" when the attribution stage names a person; nothing when it names no one."""
    tail = [part[-1]]
    for sentence in reversed(part[:-1]):
        if sentence.index != tail[0].index - 1:
            break
        tail.insert(0, sentence)
    voice = ctx.voice_of(tail[-1].index)
    speaker = (voice.speaker or "").strip()
    if voice.voice != "person" or not speaker or speaker.lower() in UNNAMEABLE:
        return ()
    text = " ".join(s.text.strip() for s in tail)
    # one sentence is named by the borrowed-voices pass, as any single quoted close is (analyze/voices.py)
    return (Item(text=text if len(tail) == 1 else f"[{speaker}:] {text}", citations=tuple(cite(s) for s in tail)),)


def from_quote_opening(doc: Document, part: list[Sentence], lead: int) -> list[Sentence]:
    """``part`` with the sentences before it back to the one that opens the quotation its first
    sentence starts inside ('I do know Brian," Rather said ...' is shown after '"I don't know the
    particulars ...'; an unseen brief, session 8, closed on the fragment); empty when that opening
    is not found close by, or when the quotation so shown names no speaker."""
    if not opens_inside_quote(part[0].text):
        return part
    whole = list(part)
    for _ in range(QUOTE_OPENING_REACH):
        index = whole[0].index - 1
        if index < lead or doc.sentences[index].paragraph != part[0].paragraph:
            return []
        previous = doc.sentences[index]
        whole.insert(0, previous)
        if opens_quote(previous.text):
            return whole if any(names_speaker(s.text) for s in whole) else []
        if has_quote_mark(previous.text):
            return []  # a quotation closed there: the opening of this one is not in sight
    return []


__all__ = ["listed_quotation", "unmerged_close"]

# A sentence that opens with its quotation and names the speaker after it ('"...," said NAME, a retired teacher
# who ...') is the quotation whatever its share of words: the words after the closing mark are its attribution, up
# to this many (a speaker's name and role; the invented cases' roles ran 4-14 words).
ATTRIBUTION_MAX_WORDS = 16
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
_QUOTE_MARK = re.compile(r"[\"“”]")
_OPENS_QUOTED = re.compile(r"^[\"“][^\"“”]{10,}[,!?.]?[\"”](?P<tail>[^\"“”]*)$")


def listed_quotation(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """Whether the Quotes section's analyzer lists a quotation that ``sentence`` holds."""
    return bool(_listed(doc, ctx, sentence))


def _listed(doc: Document, ctx: Context, sentence: Sentence) -> list[Item]:
    """The Quotes section's items that cite ``sentence``."""
    return [item for item in analyze_quotes(doc, ctx) if any(c.sentence_id == sentence.id for c in item.citations)]


def _names_speaker(items: Sequence[Item], drawn: Sequence[Sentence]) -> bool:
    """Whether a sentence in ``drawn`` names the speaker Quotes gives the quotation ('NAME, an analyst, said the
    numbers kept changing.' before '"This uncertainty ..."'): that sentence introduces the quotation, and the pair is
    the close, as with a final "she said" (the module docstring)."""
    speakers = [str(getattr(item.payload, "speaker", "") or "") for item in items]
    return any(name and name in s.text for name in speakers for s in drawn)


def _opens_quoted(text: str) -> bool:
    """Whether ``text`` opens with a quotation followed by no more than its attribution."""
    match = _OPENS_QUOTED.match(text.strip())
    return match is not None and len(match.group("tail").split()) <= ATTRIBUTION_MAX_WORDS


def _pronoun_speaker(text: str) -> bool:
    """Whether the words outside the quotation name the speaker by a pronoun only ("..., she said.")."""
    outside = _QUOTED.sub(" ", text)
    return bool(SPEAKER_PRONOUNS.intersection(w.lower() for w in re.findall(r"[A-Za-z]+", outside)))


def unmerged_close(doc: Document, ctx: Context, chosen: Sequence[list[Sentence]], final: Sentence, quoted: bool,
                   items: list[Item]) -> list[Item]:
    """``items`` (the conclusion's, built from ``chosen``, the final sentence's part last), or the other parts alone
    when one item merges the final sentence with another part and that sentence is mostly a quotation
    (``quoted``), or opens with one and then names its speaker, that the Quotes section lists (see the module
    docstring)."""
    others = [part for part in chosen if all(s.index != final.index for s in part)]
    # the sentences the final one was shown with for its "This" (closing_context.antecedents): the writer's own
    # statements, never another quotation, and never the sentence that names the speaker of a final "she said"
    drawn = [s for part in chosen for s in part if s.index < final.index and final in part]
    if drawn and not any(_QUOTE_MARK.search(s.text) for s in drawn) and not _pronoun_speaker(final.text):
        others = [*others, drawn]
    if not others or not (quoted or _opens_quoted(final.text)):
        return items
    apart = {s.id for part in others for s in part}
    merged = any(final.id in ids and ids & apart for ids in ({c.sentence_id for c in i.citations} for i in items))
    listed = _listed(doc, ctx, final) if merged else []
    if not listed or _names_speaker(listed, drawn):
        return items
    return [Item(text=" ".join(s.text for s in part), citations=tuple(cite(s) for s in part)) for part in others]
