"""A body that speaks through an unnamed spokesperson, and a body named as a partner in a deal.

- **Spoken for.** "A spokesman with Save the Children told CNN the group fears 400 are missing": the attribution
  stage gives the voice to "a spokesman with Save the Children", a speaker no actor is called, so the charity whose
  fear is the story's news went unlisted (CNN/DM row 12, session 23's closing note). The body after the spokesperson's
  preposition is the one that speaks (:func:`spoken_for`).
  The same holds for a state's organ the attribution stage names as the speaker ("The US government says the well
  leaked 4.9 million barrels", "Britain's foreign ministry said"): its state speaks (session 35, Audit 51 #2: the US
  government, a voice of Who says what, was missing from Actors; :func:`organ_of`). Not a state named where things
  happen: a disaster's country "asking for tents through its government" stays the setting (Audit 46, session 23).
- **Partners.** "Chipotle has teamed up with Postmates", "Starbucks has partnered with Postmates": the firm on the
  other side of a partnership acts in it as much as the subject does, though never a subject itself (CNN/DM row 45:
  the delivery app named five times was no actor). :func:`partners` finds a mention that is the object of "with"
  after a verb of joining forces.
- **Suppliers.** "The panels are being sourced exclusively from LG, which is already a supplier": the firm the
  story's event comes from, named once as the agent of a main clause's passive verb of supply ("sourced from",
  "made by", "supplied by"), is a party to the deal (Audit 50 #11: LG, the sole supplier, was missing). Not a
  participle's agent in passing ("the plane, built by Boeing in 1998"): only the main clause's verb
  (:func:`supplier`).
- **Allies.** "The US and EU have strongly condemned the violence and slapped sanctions on ...": a body named once as
  the co-subject of a state's act with a party that decides is a party too (Audit 48 #7: the EU, named once beside
  the US, was missing). :func:`allied` finds a mention coordinated with a token of such a party.
"""

from __future__ import annotations

import re

from newsbrief.analyze.actor_agency import GOVERNMENT_VERBS, name_head
from newsbrief.analyze.actor_names import Actor
from newsbrief.analyze.actor_parties import subject_verb
from newsbrief.analyze.actor_roles import SPEECH_LEMMAS
from newsbrief.lexicon import COUNTRY_ALIASES
from newsbrief.models import Document

__all__ = ["acts_not_says", "allied", "organ_of", "partners", "spoken_for", "supplier"]

_SPOKESPERSON = re.compile(
    r"^(?:an?|the|one)\s+(?:[a-z-]+\s+){0,2}(?:spokes(?:man|woman|person)|representative|press officer)\s+"
    r"(?:with|for|from|of|at)\s+(?:the\s+)?(?P<body>[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,6})$")
# A state's organ that speaks for it: "the US government says", "Britain's foreign ministry said".
_ORGAN = re.compile(
    r"^(?:the\s+)?(?P<body>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}?)(?:'s|’s)?\s+(?:(?:foreign|defen[cs]e|interior)\s+)?"
    r"(?:government|ministry|military|army|embassy|cabinet)$")  # not "the Obama administration": a person's name
# Verbs of supply whose passive "from"/"by" names the supplier: "sourced from LG", "made by Foxconn".
_SUPPLY_VERBS = frozenset("source supply make build manufacture provide produce assemble deliver ship".split())
# Verbs of joining forces whose "with" names the other party ("team up with", "partner with", "sign a deal with").
# Not "work with" or "agree with" ("worked with police", "agreed with the court"), said as often of no partnership.
_PARTNER_VERBS = frozenset("partner team collaborate ally merge sign".split())


def spoken_for(speaker: str | None) -> str | None:
    """The body an unnamed spokesperson speaks for ("a spokesman with Save the Children" -> "Save the Children"), or
    None."""
    found = _SPOKESPERSON.match(speaker.strip()) if speaker else None
    return found.group("body") if found else None


def organ_of(speaker: str | None) -> str | None:
    """The state whose organ speaks ("the US government" -> "United States", "Britain's foreign ministry" ->
    "Britain"), or None (module docstring)."""
    found = _ORGAN.match(speaker.strip()) if speaker else None
    return COUNTRY_ALIASES.get(found.group("body").lower(), found.group("body")) if found else None  # "US"


def supplier(doc: Document, actor: Actor) -> bool:
    """Whether a mention of the body is the supplier a main clause's passive verb of supply names with "from" or
    "by" (module docstring): "are being sourced exclusively from LG"."""
    tokens = doc.tokens
    for mention in actor.mentions:
        head = name_head(doc, mention.token_start, mention.token_end)
        preposition = tokens[head.head]
        if head.dep != "pobj" or preposition.text.lower() not in ("from", "by"):
            continue
        verb = tokens[preposition.head]
        if verb.lemma.lower() in _SUPPLY_VERBS and verb.dep in ("ROOT", "conj") \
                and any(t.head == verb.i and t.dep == "auxpass" for t in tokens[max(verb.i - 3, 0) : verb.i]):
            return True
    return False


def partners(doc: Document, actor: Actor) -> bool:
    """Whether a mention of the body is the partner a verb of joining forces names with "with" (module docstring):
    "teaming up with Zipdash", "has partnered with Zipdash", "signed a deal with Zipdash"."""
    tokens = doc.tokens
    for mention in actor.mentions:
        head = name_head(doc, mention.token_start, mention.token_end)
        if head.dep != "pobj" or tokens[head.head].text.lower() != "with":
            continue
        verb = tokens[tokens[head.head].head]
        if verb.lemma.lower() in _PARTNER_VERBS:
            return True
        if verb.lemma.lower() == "deal" and tokens[verb.head].lemma.lower() in _PARTNER_VERBS:
            return True  # "signed a deal with": 'with' hangs on the noun
    return False


def allied(doc: Document, actor: Actor, deciders: set[int]) -> bool:
    """Whether a mention of the body is coordinated ("the US and EU") with a token of another party that decides
    (``deciders``: the token indices of its mentions), so the two are one subject (module docstring)."""
    tokens = doc.tokens
    for mention in actor.mentions:
        span = range(mention.token_start, mention.token_end)
        if any(i in deciders for i in span):
            continue
        head = name_head(doc, mention.token_start, mention.token_end)
        if head.dep == "conj" and head.head in deciders:
            return True  # "the US and EU": the EU hangs on "US"
        if any(t.dep == "conj" and t.head == head.i and t.i in deciders for t in tokens[head.i + 1:head.right + 1]):
            return True  # "the EU and the US"
    return False


def acts_not_says(doc: Document, actor: Actor) -> bool:
    """Whether a mention is the subject of a party's act that is no speech ("bans", "tries"): a body that only
    reported once ("the Harlow Courier reported") is a source, not a party (tests/analyze/test_actors_session27)."""
    for mention in actor.mentions:
        verb = subject_verb(doc, name_head(doc, mention.token_start, mention.token_end))
        if verb is not None and verb.lemma.lower() in GOVERNMENT_VERBS and verb.lemma.lower() not in SPEECH_LEMMAS:
            return True
    return False
