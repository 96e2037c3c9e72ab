"""People the model typed as bodies or listed twice, set right by how the article writes them (session 16b).

Reader Audit 25 (docs/audit.md 26.4 pattern 5) read two such errors:

- **A name apposed to a person noun is a person.** A comatose baby shown to reporters ("Nasib, a baby in a coma";
  "the baby, Nasib,") was typed as an organisation, and, named by one word that never acts, could drop out of the
  list. A name in apposition with "baby", "child", "boy", "girl", "woman", "man", "patient" and the like, either
  way round, is a person, and the apposition is evidence enough that the article presents them.
- **Initials that stand for a named person join that person.** A column printed an email exchange in which the
  publisher was "PO" after "Pierre Omidyar (PO)"; "PO" became a second actor, typed an organisation. Upper-case
  initials that are exactly the initials of a person the article names in full join that person when the text
  introduces them after the full name ("Pierre Omidyar (PO)") or uses them as the label of a turn ("PO: I never
  ..."). Initials given after a company's name ("Pacific Oil (PO)") are the company's and stay apart, and so do
  initials that merely match a person's with neither cue.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbrief.models import Document

if TYPE_CHECKING:
    from newsbrief.analyze.actor_names import Actor

__all__ = ["apposed_person", "join_initials"]

# Nouns for a person that a bare name may stand in apposition with ("Nasib, a baby in a coma"). Roles and titles
# are read by actor_roles; these say only that the name is a person's.
_PERSON_KINDS = frozenset("""
baby babies child children boy girl woman man patient toddler infant teenager teen youngster kid schoolboy
schoolgirl pensioner widow widower newborn
""".split())
_INITIALS = re.compile(r"^[A-Z]{2,4}$")
_TURN_LABEL = "{}:"  # "PO: I never told Matt to go" opens a turn of an exchange


def apposed_person(doc: Document, actor: Actor) -> bool:
    """True when a mention of ``actor`` stands in apposition with a person noun, either way round ("Nasib, a baby
    in a coma"; "the baby, Nasib,")."""
    tokens = doc.tokens
    for mention in actor.mentions:
        span = range(mention.token_start, mention.token_end)
        for i in span:
            token = tokens[i]
            if token.dep == "appos" and token.head not in span and tokens[token.head].lemma.lower() in _PERSON_KINDS:
                return True  # "the baby, Nasib,"
        last = mention.token_end - 1
        window = tokens[mention.token_end : min(mention.token_end + 4, len(tokens))]
        if any(t.dep == "appos" and t.head == last and t.lemma.lower() in _PERSON_KINDS for t in window):
            return True  # "Nasib, a baby in a coma"
    return False


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def _stands_for(text: str, initials: str, name: str) -> bool:
    """Whether the text introduces ``initials`` after ``name`` or uses them as the label of a turn."""
    introduced = re.search(rf"{re.escape(name)}\s*\(\s*{initials}\s*\)", text) is not None
    turn = re.search(rf"(?m)^\s*{re.escape(_TURN_LABEL.format(initials))}", text) is not None
    return introduced or turn


def join_initials(doc: Document, actors: list[Actor]) -> list[Actor]:
    """``actors`` with each set of initials that stands for one full-named person folded into that person (its
    mentions and aliases join; see the module notes)."""
    text = doc.article.text
    people = [a for a in actors if a.label == "PERSON" and len(a.name.split()) > 1]
    kept: list[Actor] = []
    for actor in actors:
        name = actor.name.strip()
        fits = [p for p in people if p is not actor and _INITIALS.match(name) and _initials(p.name) == name
                and any(_stands_for(text, name, alias) for alias in {p.name, *p.aliases} if " " in alias)]
        if len(fits) != 1:
            kept.append(actor)
            continue
        fits[0].mentions.extend(actor.mentions)
        fits[0].aliases |= actor.aliases | {name}
    return kept
