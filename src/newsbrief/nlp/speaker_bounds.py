"""Where a speaker may not come from: a body for a "he"/"she", another entry of a live page.

1. A "he"/"she" is never an organisation, a country or a group.

Reader Audit 17 (section 18.3) found a plumber's quotes ("...," he told a local paper) given to the jihadist
group that had used his old truck: the model typed the group's Arabic name as a person, the group "has
maintained" something in the sentence before, so the pronoun chain took the last speaker. A gendered pronoun
means a person, so a name the text itself presents as a body is passed over and the chain goes on to the
person the story follows. The evidence is read where the name is written:

- every mention typed as a place or a people (GPE, NORP, LOC, FAC) and none as a person (not ORG alone: the
  model types unfamiliar personal names as organisations, "another resident, Petra Lind" in the Audit 8 cases);
- an apposition right after a mention whose head is a group noun ("Jund al-Rahim, a jihadist front");
- a name written as a definite group noun ("the group", "the ministry").

Rules over the tokens and entities of :class:`~newsbrief.nlp.speech._Doc`; no model of its own.

2. A live page's stamped entry is its own unit: a speaker never carries over from one entry to the next.

Reader Audit 17 (section 18.3) found a reader's tweet from one town ("Jane Roe in Townsville tweets: '...'")
given to the photographer quoted in the update stamped just before it. On a live page each entry is a
separate report, often from a different person, so the news convention that a quotation with no cue is
the last speaker's holds only inside one entry. The entries are cut at the page's clock stamps
(:mod:`newsbrief.nlp.clock_stamps`, which also decides whether the page is a live page at all).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from newsbrief.lexicon import ORGANISATION_NOUNS
from newsbrief.nlp.clock_stamps import clock_stamps
from newsbrief.nlp.dates import parse_published
from newsbrief.nlp.name_parts import body_name
from newsbrief.nlp.speaker_bylines import is_writer
from newsbrief.nlp.speaker_works import names_a_thing
from newsbrief.nlp.speech import SPOKESPEOPLE, UNNAMED_NOUNS

if TYPE_CHECKING:
    from newsbrief.models import Attribution, Token, VoiceType
    from newsbrief.nlp.speech import _Doc

__all__ = ["GROUP_NOUNS", "apposed_person", "entry_stamps", "not_a_person", "other_entry", "person_kind"]

# Heads of an apposition that make the name before it a body, not a person: the organisation nouns of the
# lexicon plus the kinds of armed, political and business body a news story names (Audit 17's "a jihadist
# front"). Written by hand from the audit's case and its near kin.
GROUP_NOUNS = ORGANISATION_NOUNS | frozenset(
    "front militia movement faction brigade brigades battalion outfit affiliate offshoot cell wing network "
    "charity organisation organization insurgency rebels guerrillas corporation conglomerate "
    "country state nation city town province region agency broadcaster channel station website".split())
# Person nouns a group noun may modify ("a party leader"): then the apposition is a person's.
_PERSON_NOUNS = UNNAMED_NOUNS | SPOKESPEOPLE | frozenset("leader chief head founder commander boss chairman".split())
_BODY_LABELS = frozenset({"GPE", "NORP", "LOC", "FAC"})
# Words an apposition may open with before its head noun ("a jihadist front", "the armed wing").
_DETERMINERS = frozenset({"a", "an", "the"})
# How many modifiers may stand between the determiner and the head ("a little-known Syrian jihadist front").
_MAX_MODIFIERS = 4


def _apposed_group(d: _Doc, end: int) -> bool:
    """Whether the tokens after a mention ending before token ``end`` are ", a/the ... GROUP_NOUN"."""
    tokens = d.doc.tokens
    if end + 1 >= len(tokens) or tokens[end].text != "," or tokens[end + 1].text.lower() not in _DETERMINERS:
        return False
    for k in range(end + 2, min(len(tokens), end + 3 + _MAX_MODIFIERS)):
        token = tokens[k]
        if token.pos not in ("ADJ", "NOUN", "PROPN", "PUNCT", "VERB") or token.text in (",", ".", ";"):
            return False
        if token.pos == "NOUN" and (token.lemma.lower() in GROUP_NOUNS or token.text.lower() in GROUP_NOUNS):
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if nxt is not None and nxt.tag == "POS":
                continue  # "the group's spokesman" (Audit 26): the group owns the noun that follows
            # "a party official", "a company spokesman": the noun modifies a person noun after it; so does
            # a group noun the parser compounds to the noun after it ("a union organiser", session 27)
            compounded = nxt is not None and token.dep == "compound" and token.head == nxt.i and nxt.pos == "NOUN" \
                and nxt.lemma.lower() not in GROUP_NOUNS
            return nxt is None or (nxt.lemma.lower() not in _PERSON_NOUNS and not compounded)
    return False


def not_a_person(d: _Doc, name: str | None) -> bool:
    """True when the text shows ``name`` (a resolved speaker name) to be a body, a place or a group, so a
    "he"/"she" cannot mean it (see the module docstring)."""
    if not name:
        return False
    if is_writer(d, name):
        return True  # the byline's writer says "I"; her column's "she" is someone else (speaker_bylines)
    words = name.lower().split()
    if len(words) >= 2 and words[0] == "the" and words[-1] in GROUP_NOUNS:
        return True  # "the group", "the ministry"
    if body_name(words[words[0] == "the":]):
        return True  # "Regional Health Authority", untyped by the model: a body's name (Audit 47, 48.3)
    if name.islower() and any(e.label == "PERSON" and e.text == name for e in d.doc.entities):
        return True  # a lower-case "person" is a tagger's slip on a word, "jerry-rigged" (Audit 26), no name
    labels: set[str] = set()
    mentions = things = persons = 0  # and those naming a thing after the person: "the James Bond films" (Audit 35)
    for entity in d.doc.entities:
        text = entity.text[4:] if entity.text.lower().startswith("the ") else entity.text
        parts = text.split()
        # the whole name, or one word of it standing for it ("Jund" of "Jund al-Rahim", a surname)
        if name not in (text, entity.text) and not (len(name.split()) == 1 and name in (parts[0], parts[-1])):
            continue
        labels.add(entity.label)
        mentions += 1
        persons += entity.label == "PERSON"
        if _apposed_group(d, entity.token_end):
            return True
        if entity.label != "PERSON" and apposed_person(d, entity.token_end):
            return False  # "Imran Qadri, research director at ...": a person, whatever the model typed the name
        things += names_a_thing(d.doc, entity.token_end - 1)
    if mentions and things == mentions:
        return True  # every mention is a franchise's or a work's title: no one who can speak
    if mentions >= _SLIP_VOTE_MIN and persons * _SLIP_SHARE <= mentions:
        return True  # "Comcast" as ORG 14 times and PERSON twice (FNC-1 1383): the model's slips, a company
    return bool(labels) and "PERSON" not in labels and labels <= _BODY_LABELS


# A name typed PERSON in at most a quarter of its mentions, eight or more, is a body however the rest are typed (an
# ORG alone is no proof: the small model types many people ORG, so a few ORG mentions leave "he" free to mean them;
# but a person named eight times is typed PERSON more often than that). The lead's reading of FNC-1 body 1383 found
# "..., he says, Comcast sent him to collections" given to Comcast, typed ORG 14 times and PERSON twice.
_SLIP_VOTE_MIN = 8
_SLIP_SHARE = 4


def apposed_person(d: _Doc, end: int) -> bool:
    """Whether the tokens after a mention ending before token ``end`` are ", (a/the) ... PERSON_NOUN" with the
    person noun not owned by what follows ("research director at the rights group", "a professor at ...").

    Audit 35 (#9): a researcher's name the model typed as a place was passed over as a body, so his '"...," he
    said' went to the man the story was about. The role said in apposition is the text's own word that the name
    is a person's."""
    tokens = d.doc.tokens
    if end + 1 >= len(tokens) or tokens[end].text != ",":
        return False
    start = end + 1 + (tokens[end + 1].text.lower() in _DETERMINERS)
    for k in range(start, min(len(tokens), start + 1 + _MAX_MODIFIERS)):
        token = tokens[k]
        if token.pos not in ("ADJ", "NOUN", "PROPN") or token.text in (",", ".", ";"):
            return False
        if token.pos == "NOUN" and token.lemma.lower() in _PERSON_NOUNS:
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            return nxt is None or (nxt.tag != "POS" and nxt.pos != "NOUN")
    return False


def person_kind(d: _Doc, head: Token, kind: VoiceType) -> VoiceType:
    """``kind``, or "person" for a name the model typed a body that a person's role follows in apposition."""
    if kind == "organisation" and head.pos == "PROPN" and apposed_person(d, head.i + 1):
        return "person"  # "Imran Qadri, research director at ...": (Audit 35 #9)
    return kind


def entry_stamps(d: _Doc) -> list[int]:
    """The sorted offsets of the page's clock stamps; empty unless the page is a live page."""
    return sorted(clock_stamps(d.text, parse_published(d.doc.article.source.date)))


def other_entry(stamps: list[int], found: Attribution | None, start: int) -> bool:
    """True when ``found`` (a speaker found around the quotation starting at ``start``) is read from
    another stamped entry than the quotation's own."""
    if not stamps or found is None:
        return False
    return bisect.bisect_right(stamps, found.content_start) != bisect.bisect_right(stamps, start)
