"""Whose claim a key figure is: the speaker it carries from the attribution stage; claims the article disputes.

The claim frames of :mod:`newsbrief.analyze.figure_frames` are read in the figure's own sentence. A quotation that
runs over several sentences names its speaker once: "Writing on his blog, he said: 'The country is broke. 40,000
pensioners will freeze to death this winter.'" gives a politician's claim whose second sentence names no one, and
reader Audit 43 saw it printed bare as a fact ("Fifty thousand pensioners — will die of cold", 44.4 item 5). The
attribution stage (:func:`newsbrief.nlp.attribution.attribute`, kept in the context) already says whose words each
span is, across sentences. So a figure inside an attributed span whose sentence holds no frame of its own:

* carries its speaker ("... (this winter) — per Mark Stenning") when a reporting cue introduced the span and the
  speaker is named (not a bare pronoun);
* is withheld when the speaker is only guessed (a quotation with no cue, given to a neighbour's speaker) or is no name:
  a claim with no owner, or with the wrong one, is worse than no figure.

A figure inside a claim, belief or idea the same sentence calls unsupported, a myth, false or baseless ("the claim
that we lose 40 percent of our body heat through the head is unsupported") is the article's counter-example, not a
fact: withheld (Audit 43 saw a debunked myth's yearly count printed bare). Outside a debunking article such a claim
kept its frame and was shown.
"""

from __future__ import annotations

import re

from newsbrief.analyze.context import Context
from newsbrief.analyze.figure_frames import find_frame, with_value
from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import PRONOUNS, ParsedSentence
from newsbrief.models import Attribution

# Cues of an attribution the stage found from a reporting verb, "according to" or a "NAME:" header block: its
# speaker is read, not guessed. A "quote" with no cue takes a neighbouring sentence's speaker (the speaker stage's
# guess; in a test written here it gave a councillor's quotation to the council named next).
_READ_KINDS = frozenset({"speech", "according", "colon", "header"})
# Nouns whose "that" clause is a claim or a belief, not the article's fact.
_CLAIM_NOUNS = frozenset("claim belief idea notion myth assertion suggestion theory legend misconception rumour rumor "
                         "story allegation view".split())
# What an article says of a claim it disputes, in the claim's own sentence.
_DISPUTED = re.compile(r"\b(?:unsupported|unfounded|baseless|groundless|myths?|false|untrue|wrong|debunk\w*|"
                       r"nonsense|misconceptions?|discredited|no (?:scientific )?(?:basis|evidence|truth)|not true|"
                       r"(?:highly )?unlikely|(?:is|are|was|were) (?:not|n't) (?:so|the case))\b", re.I)
_PATH_STEPS = 12


def _covering(ctx: Context, s: ParsedSentence, figure: Figure) -> Attribution | None:
    """The narrowest attribution of someone other than the reporter whose content holds the figure's value."""
    at = s.tok(figure.value_start).start
    spans = [a for a in ctx.attributions.attributions  # an attitude ("blamed X for ...") is no one's words
             if a.voice != "reporter" and a.kind != "attitude" and a.content_start <= at < a.content_end]
    return min(spans, key=lambda a: a.content_end - a.content_start, default=None)


def _named(speaker: str | None) -> bool:
    """True for a speaker a reader can place: not missing, not a bare pronoun ("he", "they")."""
    return bool(speaker) and speaker is not None and speaker.lower() not in PRONOUNS and any(
        c.isalpha() for c in speaker)


def carried_speaker(ctx: Context, s: ParsedSentence, figure: Figure, debunked: bool) -> str | None:
    """The speaker a figure must carry ("Mark Stenning"), "" when it needs none (the reporter's own figure, or one whose
    sentence frames it), None when the figure is someone's claim with no speaker that can be shown (withheld)."""
    voice = ctx.voice_of(s.sentence.index)
    if voice.voice == "reporter" or voice.explicit or find_frame(s, figure, debunked) is not None:
        return ""  # the reporter's, or the sentence names its speaker: what figure_frames made of its cue stands
    attribution = _covering(ctx, s, figure)
    if attribution is None:
        # a report's findings told on ("This represents a loss of 29%"): no words of its are quoted, as before
        return ""
    if attribution.cue_start is not None and s.sentence.start <= attribution.cue_start < s.sentence.end:
        return ""
    if attribution.kind not in _READ_KINDS or attribution.cue_start is None or not _named(attribution.speaker):
        return None
    return attribution.speaker or None


def voiced(ctx: Context, s: ParsedSentence, figure: Figure, debunked: bool,
           shown: tuple[str, str, str, str | None]) -> str | None:
    """The figure's measure, as a line that says whose claim it is when it must carry its speaker; None when it is
    withheld. ``shown`` is the measure, the value, the item's text and the figure's time."""
    measure, value, lead, when = shown
    speaker = carried_speaker(ctx, s, figure, debunked)
    if speaker is None:
        return None
    if not speaker or speaker.lower().removeprefix("the ") in measure.lower():
        return measure  # "... (according to the company)": the measure names the speaker already
    return with_speaker(s, figure, (measure, value, lead, when), speaker)


def with_speaker(s: ParsedSentence, figure: Figure, shown: tuple[str, str, str, str | None], speaker: str) -> str:
    """The figure's measure as a line that says whose claim it is: "40,000 pensioners will freeze to death (this
    winter) — per Mark Stenning"; its time is put before the speaker so that it is not said after him."""
    measure, value, lead, when = shown
    body = measure if value in measure else with_value(s, figure, measure, value, lead)
    if when and when.lower() not in body.lower():
        body = f"{body} ({when})"
    return f"{body} — per {speaker}"


def _claim_noun(s: ParsedSentence, figure: Figure) -> int | None:
    """The claim or belief noun whose clause holds the figure's value ("the claim that people swallow eight ...")."""
    i = figure.value_start
    for _ in range(_PATH_STEPS):
        h = s.head(i)
        if h == i:
            return None
        if s.tok(i).dep in ("acl", "ccomp", "relcl") and s.tok(h).lemma.lower() in _CLAIM_NOUNS:
            return h
        i = h
    return None


def disputed(s: ParsedSentence, figure: Figure) -> bool:
    """True for a figure inside a claim or belief its own sentence disputes (see the module docstring)."""
    noun = _claim_noun(s, figure)
    if noun is None:
        return False
    if s.tok(noun).lemma.lower() in ("myth", "misconception", "legend"):
        return True  # "the myth that ...": the noun disputes it
    text = s.doc.article.text
    rest = [text[s.tok(i).start : s.tok(i).end] for i in range(s.lo, s.hi) if i not in _clause_of(s, noun)]
    return bool(_DISPUTED.search(" ".join(rest)))


def _clause_of(s: ParsedSentence, noun: int) -> set[int]:
    """The tokens of the claim noun's own "that" clause: what it says is not what the sentence says of it."""
    out: set[int] = set()
    for c in s.children[noun]:
        if s.tok(c).dep in ("acl", "ccomp", "relcl"):
            out |= s.subtree(c, set(), prune=False)
    return out
