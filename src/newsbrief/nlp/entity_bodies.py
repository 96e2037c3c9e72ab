"""Companies, clubs, blogs and shows the NER model types as people, set right by the article's own wording
(session 16; the lead's readings of unseen Newsroom rows in docs/benchmarks.md).

spaCy's small model types an unfamiliar one-word name by its shape: a Chinese company written alone
("Guangsha's franchise", "For Guangsha, every penny ...") came out as a person though the same article writes
"the Guangsha Lions" and "Guangsha Group" as organisations; and a blog named after its author ("As the Erik
Wemple Blog pointed out") was listed as a person. Two rules read a fixed cue:

- a **body**: a one-word person-typed name that opens the name of an organisation the model tagged ("Guangsha
  Group"), modifies a body noun ("the Guangsha team", "the Veltrano company") or is the agent of a verb of
  ownership ("owned by Guangsha", "sponsored by Veltrano"); it gets ``ORG``. Any word of a full name the text
  gives a person ("Peter Dalton ... the Dalton company"; "Mo Hailong ... Mo", a family name written first) and a
  name with any person evidence (a title before it, "who" or an age after it, the subject of a speech verb) stay
  people;
- an **outlet or programme named after a person**: a name of two or more words whose last word is "Blog",
  "Show", "Podcast", "Report", "Hour" or "Live" ("Erik Wemple Blog", "The Dana Kirk Show"); it gets ``ORG``,
  which the actors section shows as an organisation and the speakers stage may still quote ("the blog said").
"""

from __future__ import annotations

from collections.abc import Sequence

from newsbrief.models import Document, Token
from newsbrief.nlp.entity_retypes import person_evidence
from newsbrief.nlp.non_persons import name_key, relabelled

__all__ = ["retype_bodies"]

# Lower-case nouns for an organisation that a company's name modifies ("the Guangsha team", "the X group").
# Not "family", "campaign", "administration" or "camp": "the Kennedy family", "the Obama administration" are a
# person's.
_BODY_NOUNS = frozenset("""
team club group company firm franchise corporation conglomerate consortium brand chain squad outfit empire
holding holdings business businesses label studio studios store stores bank
""".split())
# Verbs of ownership and backing whose agent ("owned by X") is a body unless the article shows a person.
_OWNING = frozenset("own control sponsor back fund run acquire buy finance operate manage".split())
# Last words of a blog's, a show's or a column's name that a person's name never ends with.
_OUTLET_LAST = frozenset("Blog Show Podcast Report Hour Live Newsletter".split())


def retype_bodies(doc: Document) -> Document:
    """``doc`` with the person-typed bodies, blogs and shows of the module docstring relabelled ``ORG``."""
    people = {name_key(e.text) for e in doc.entities if e.label == "PERSON"}
    if not people:
        return doc
    # every word of a full name, the first too: a Chinese family name comes first ("Mo Hailong ... targeted by
    # Mo", a Newsroom business report, was made a body before)
    family = {word for name in people if " " in name for word in name.split()}
    org_firsts = _org_first_words(doc)
    relabel: set[str] = set()
    for name in people:
        words = name.split()
        outlet = len(words) > 1 and words[-1] in _OUTLET_LAST and words[0] not in ("Mr", "Mrs", "Ms", "Dr")
        if outlet or (len(words) == 1 and name not in family and name[:1].isupper()
                      and _body_cue(doc, name, org_firsts) and not person_evidence(doc, name)):
            relabel.add(name)
    if not relabel:
        return doc
    return relabelled(doc, lambda e: "ORG" if e.label == "PERSON" and name_key(e.text) in relabel else None)


# Capitalised words that make a tagged organisation's name a body's, not a person's the model mistyped.
_BODY_NAME_WORDS = frozenset("""
Group Company Co Corp Corporation Holdings Holding Inc Ltd Club Team Bank Industries Enterprises Motors Airlines
Foundation FC Association League Network Media Properties Estates Construction Realty Investments
""".split())


def _org_first_words(doc: Document) -> set[str]:
    """First words of the organisations the model tagged with two or more words: of two such names ("the Guangsha
    Lions", "Guangsha Group"), or of one that holds a body's word ("Guangsha Group"). One name alone is too weak:
    the model tags people as organisations too ("Grace Ellery, a nurse who ...", a labelled speakers case)."""
    names: dict[str, set[str]] = {}
    firsts: set[str] = set()
    for entity in doc.entities:
        words = name_key(entity.text).split()
        if entity.label != "ORG" or len(words) < 2:
            continue
        names.setdefault(words[0], set()).add(" ".join(words))
        if any(w in _BODY_NAME_WORDS for w in words[1:]):
            firsts.add(words[0])
    return firsts | {first for first, found in names.items() if len(found) > 1}


def _body_cue(doc: Document, name: str, org_firsts: set[str]) -> bool:
    """Whether a one-word name opens a tagged organisation's name, modifies a body noun or owns something."""
    if name in org_firsts:
        return True
    tokens = doc.tokens
    return any(_modifies_body(tokens, token) or _owner(tokens, token) for token in tokens if token.text == name)


def _modifies_body(tokens: Sequence[Token], token: Token) -> bool:
    """ "the Guangsha team": the name is a compound on a lower-case body noun right after it."""
    if token.i + 1 >= len(tokens):
        return False
    after = tokens[token.i + 1]
    return token.dep == "compound" and token.head == after.i and after.text.islower() \
        and (after.text in _BODY_NOUNS or after.lemma.lower() in _BODY_NOUNS)


def _owner(tokens: Sequence[Token], token: Token) -> bool:
    """ "owned by Guangsha", "sponsored by Veltrano": the name is the agent of a passive verb of ownership."""
    if token.dep != "pobj" or token.i < 2:
        return False
    by = tokens[token.head]
    if by.text.lower() != "by" or by.i != token.i - 1:
        return False
    verb = tokens[by.head]
    return verb.tag == "VBN" and verb.lemma.lower() in _OWNING
