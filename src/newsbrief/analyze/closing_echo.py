"""A closing quotation merged into one item with the other close: the other close alone.

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
from collections.abc import Sequence

from newsbrief.analyze.context import Context, cite
from newsbrief.analyze.quotes import analyze_quotes
from newsbrief.lexicon import SPEAKER_PRONOUNS
from newsbrief.models import Document, Item, Sentence

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
