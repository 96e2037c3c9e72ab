"""Stance labels in Who says what: "recommends" is a call to act addressed to someone (reader Audit 35).

The attribution stage labels a statement "recommends" when its words hold "should", "must", "have to" or "need to".
Two shapes hold those words and urge no one:

* **A necessity in a condition or a forecast.** "The firm would have to halt output for three months before its
  credit suffered, says an analyst" (Audit 35 #6) weighs how safe the firm is: it asserts. "Will have to" is
  left a call ("a code will have to be enforced", a warning of what is needed, XSum row 52 of the 120-row check).
* **A rhetorical "you have to wonder".** "You have to wonder whether he would have made the same decision" (Audit
  35 #7) doubts a past choice; "you have to admire / admit / ask / give them credit" judge, they ask nothing of the
  reader.

A verb of advice in the sentence ("urged", "called for") keeps the label, as does any other obligation word.

"Expects" ("predicts") is shown only for a sentence the Outlook's rules read as a forecast: a court report's "He said
he would then shoot them" (the lead's XSum 116 reading: a relayed threat, the future of a past moment) or a plan in an
account of a past deed holds no outlook (:func:`~.section_steps.no_forecast`), so its speaker *says* it. "The owner
said she would sell the land next year" keeps *expects*.

A role shown beside the speaker that ends on an abbreviated title cut from its name ("Republican Sen" from
"Sen. NAME") is spelled out (:func:`spelled_title`).
"""

from __future__ import annotations

import re

from newsbrief.analyze.actor_roles import _TITLE_ABBREVIATIONS
from newsbrief.analyze.context import Context
from newsbrief.analyze.section_steps import no_forecast
from newsbrief.lexicon import RECOMMEND
from newsbrief.models import Document, Sentence, Stance

_OBLIGATION = re.compile(r"\b(?:should|must|ought to|needs? to|ha(?:s|ve|d) to)\b", re.I)
_HEDGED = re.compile(r"\b(?:would|could|might|'d)\s+(?:\w+ly\s+)?(?:still\s+|also\s+)?$", re.I)
_RHETORICAL = re.compile(r"^\s*(?:really\s+)?(?:wonder|ask|question|admire|admit|concede|respect|applaud|laugh|"
                         r"feel (?:sorry|for)|give (?:\w+ )?(?:credit|props)|hand it to|say|think|believe|imagine|"
                         r"be impressed)\b", re.I)


# Verbs of advice that keep the label; "wants" tells an aim, the writer's reading of what a party is after ("It wants
# any new Syria to keep its alliance with Moscow", Audit 42 #3; "Yahoo wants to personalize your phone", Audit 44 #7).
_ADVISING = RECOMMEND - {"want"}


def _kind(text: str, match: re.Match[str]) -> str:
    """"call", "hedged" (a necessity in a condition or forecast) or "rhetorical" for one obligation word."""
    if _RHETORICAL.match(text[match.end():]):
        return "rhetorical"
    if match.group(0).lower()[:4] in ("need", "has ", "have", "had ") and _HEDGED.search(text[:match.start()]):
        return "hedged"
    return "call"


def stance_shown(doc: Document, sentence: Sentence, stance: Stance, ctx: Context | None = None) -> Stance:
    """``stance``, unless it is "recommends" and no obligation word of the sentence calls on anyone, or (given
    ``ctx``) "predicts" and the sentence holds no forecast (see above): then "asserts"."""
    if stance == "predicts" and ctx is not None and no_forecast(doc, ctx, sentence):
        return "asserts"
    if stance != "recommends" or any(t.lemma.lower() in _ADVISING and t.pos == "VERB"
                                     for t in doc.sentence_tokens(sentence)):
        return stance
    kinds = [_kind(sentence.text, m) for m in _OBLIGATION.finditer(sentence.text)]
    wants = any(t.lemma.lower() == "want" and t.pos == "VERB" for t in doc.sentence_tokens(sentence))
    if (not kinds and not wants) or "call" in kinds:
        return stance  # (a "recommends" the stage read some other way stays)
    return "asserts"


def spelled_title(role: str) -> str:
    """A cue role cut at an abbreviated title, spelled out: "Ohio Republican Sen" (the cue stops before "Sen.
    NAME") reads as a clipped word; "Ohio Republican Senator" is what the title means (Audit 47, 48.3)."""
    head, _, last = role.rpartition(" ")
    full = _TITLE_ABBREVIATIONS.get(last.lower().rstrip(".") + ".")
    if full is None or not last[:1].isupper():
        return role
    return f"{head} {full}" if head else full
