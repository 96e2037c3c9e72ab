"""Who a cue's subject is when the parse puts the wrong noun there (session 23's leftovers, the lead's readings of
Newsroom 44 and CNN/DM 45). Imported by :mod:`newsbrief.nlp.speech`, so it needs no model of its own.

- **An inverted parenthetical cue.** "Ridge & Co., said Castell, wants the council to make amends": the parser
  hangs both "Ridge & Co." and "Castell" on "said" as subjects. The name written straight after the cue and set
  off by a comma is the one who speaks; the noun before is the subject of the clause the cue interrupts (Newsroom
  44: a lawyer's words given to her client, and her closing "she told Hannity" to him after it).
- **Being seen is no speech act.** A cue with no subject of its own joined to a passive verb shares that verb's
  subject ("The leader is headed '...' and says: ..."; reader Audit 27). When the passive verb is one of being
  seen, spotted or photographed, an evidence verb such as "shows" joined to it belongs to some other noun the
  parse lost; the one seen still speaks through any other cue ("was photographed at the gates and says she loved
  ...", "was spotted at the summit and warned that ..."). CNN/DM 45: captions glued into one sentence made a
  candidate "say" what security footage showed.
- **A time phrase is no part of the source.** "An arbitration panel in 2001 found that ..." gave the source "an
  arbitration panel in 2001" (PolNeAR dev, session 29): the year says when, not who. A prepositional phrase after
  the subject whose object is a date ("in 2001", "in the 1990s", "during 2015") is cut; a place or a body ("officials
  in Washington", "a panel of judges") says who the source is and stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbrief.models import Sentence, Token

if TYPE_CHECKING:
    from newsbrief.nlp.speech import _Doc

__all__ = ["dated_phrase", "interrupting", "inverted_speaker", "quote_opener", "seen_only"]

# Prepositions that date what the source did when their object is a date ("in 2001", "during 2015").
_DATING = frozenset({"in", "during", "since", "on", "at"})


def dated_phrase(d: _Doc, token: Token) -> bool:
    """Whether ``token`` is a preposition heading a date ("in 2001", "in the 1990s"; see the module docstring)."""
    if token.dep != "prep" or token.text.lower() not in _DATING:
        return False
    objects = [d.doc.tokens[c] for c in d.children.get(token.i, ()) if d.doc.tokens[c].dep == "pobj"]
    return bool(objects) and all(o.ent_type in ("DATE", "TIME") for o in objects)

# Passive verbs of being seen: their subject is the one seen, not a speaker.
_SEEN = frozenset("see spot photograph picture snap sight glimpse observe notice film".split())
# Verbs of evidence: what footage or a picture does ("shows", "reveals"), never the one seen. Only these are refused:
# a list of the verbs through which one seen may still speak ("was spotted at the summit and warned that ...",
# "was pictured outside court and denied ...") lost every cue it left out (review of session 24).
_EVIDENCE = frozenset("show reveal capture depict suggest indicate feature appear prove".split())


def inverted_speaker(d: _Doc, verb: Token, subject: Token) -> Token | None:
    """The name after an interrupting cue ("X, said Castell, wants ..."), when the parse gives the cue both ``subject``
    (before it, then a comma) and that name (straight after it, then a comma) as subjects; else None."""
    tokens = d.doc.tokens
    if subject.i > verb.i or verb.i + 1 >= len(tokens) or tokens[verb.i - 1].text != ",":
        return None
    after = next((tokens[c] for c in d.children.get(verb.i, ()) if tokens[c].dep == "nsubj" and c > verb.i
                  and tokens[c].left == verb.i + 1), None)
    if after is None or after.right + 1 >= len(tokens) or tokens[after.right + 1].text != ",":
        return None
    return after if after.ent_type == "PERSON" or after.pos == "PROPN" else None


def seen_only(d: _Doc, verb: Token) -> bool:
    """Whether ``verb`` is a verb of evidence joined to a passive verb of being seen (see the module docstring): then
    the one seen does not speak it."""
    tokens = d.doc.tokens
    if verb.dep != "conj" or verb.head == verb.i or verb.lemma.lower() not in _EVIDENCE:
        return False
    host = tokens[verb.head]
    return host.lemma.lower() in _SEEN and any(tokens[c].dep == "nsubjpass" for c in d.children.get(host.i, ()))


def quote_opener(d: _Doc, sentence: Sentence) -> str | None:
    """The speaker of the sentence that opened the quotation ``sentence`` closes ('..., said Castell, wants ...: "We
    want an apology. ... And we want it printed," she told the host.'): the closing "she" carries on that speaker,
    not the subject of the clause the cue interrupted (Newsroom 44)."""
    quote = d.in_quote(sentence.start)
    if quote is None or quote[0] >= sentence.start or quote[1] > sentence.end:
        return None
    opener = next((s for s in reversed(d.doc.sentences[: sentence.index]) if s.start <= quote[0]), None)
    return d.speakers.get(opener.index) if opener is not None and opener.start < quote[0] else None


def interrupting(d: _Doc, verb: Token, subject: Token) -> bool:
    """Whether ``verb`` is a cue set off by commas inside the clause it reports, its speaker after it ("Ridge & Co.,
    said Castell, wants ..."): the parser hangs it from that clause, but it governs the sentence as "X said" does."""
    tokens = d.doc.tokens
    return verb.dep == "parataxis" and verb.i > 0 and tokens[verb.i - 1].text == "," \
        and subject.left == verb.i + 1 and subject.right + 1 < len(tokens) and tokens[subject.right + 1].text == ","
