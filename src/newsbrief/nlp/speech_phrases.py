"""What a source phrase may be: a noun phrase (head and modifiers), never a clause (session 16).

Two shapes the attribution stage read wrongly on the lead's Newsroom readings (docs/benchmarks.md, "read by the
lead", the pipeline ruling):

- "Those" alone names nobody: its participle or relative clause says who they are ("those seeking to halt
  construction", "those who live downstream"), so the phrase keeps it, up to MAX_DESCRIBED_GROUP tokens;
- a copy that lost its link words ("... sacred sites., has predicted the project would ...") leaves a whole
  sentence parsed as the cue's subject: a subject headed by a finite or bare verb with a subject of its own, or one
  that runs over a sentence's end stop, is a clause and no source. A gerund ("Polling shows ...") is a noun phrase
  and stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsbrief.models import Token

# Words that need their clause to name anyone.
_BARE_GROUPS = frozenset({"those"})
# Tokens of "those" with its clause: "those seeking to halt construction" is five, "those who have lived near the
# river" seven; a longer one reads as a sentence of its own (tuned on this module's tests).
MAX_DESCRIBED_GROUP = 8
# Verbs of a solemn or staged voice that introduce words only before a quotation or a colon ('A voice pronounced,
# "..."', "The recording intoned: ..."); elsewhere they do not ("pronounced dead", "her name is pronounced ...").
FRAMES = frozenset("pronounce intone proclaim boom thunder exclaim".split())
_CLAUSE_TAGS = frozenset({"VB", "VBD", "VBP", "VBZ"})
_END_STOPS = frozenset({".", "!", "?"})


def described_group(subject: Token) -> bool:
    """True for a bare "those" whose modifiers say who they are, short enough to be a phrase."""
    return subject.lemma.lower() in _BARE_GROUPS and subject.right > subject.i \
        and subject.right - subject.left < MAX_DESCRIBED_GROUP


def clause_subject(tokens: Sequence[Token], subject: Token, first: int, last: int, kids: Sequence[int]) -> bool:
    """True when the cue's subject (tokens ``first``..``last``, headed by ``subject``, whose dependents are ``kids``)
    is a clause, not a phrase: a verb with a subject of its own. A name the tagger read as a verb ("Trump this week
    also said ...", PolNeAR dev) has none and stays a source."""
    if subject.pos in ("VERB", "AUX") and subject.tag in _CLAUSE_TAGS \
            and any(tokens[k].dep in ("nsubj", "nsubjpass") for k in kids):
        return True
    return any(t.text in _END_STOPS and t.pos == "PUNCT" for t in tokens[first : last + 1])
