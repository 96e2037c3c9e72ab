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
- a **two-word body** (session 16b, Audit 25: "Zhejiang Guangsha", a place + name company, was shown as a person):
  the same cues, but two of them ("the Zhejiang Guangsha team ... owned by Zhejiang Guangsha"), since a person's
  two-word name may stand before "team" once; any person evidence keeps it a person;
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
# Cues a two-word name needs to be a body (_two_word_body): set by the labelled cases of session 16b, where a
# Chinese club's name came with "team" and "owned by" and a coach's two-word name with neither.
_TWO_WORD_CUES = 2


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
                      and _body_cue(doc, name, org_firsts) and not person_evidence(doc, name)) \
                or (len(words) == 2 and _two_word_body(doc, words) and not person_evidence(doc, name)):
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


def _two_word_body(doc: Document, words: list[str]) -> bool:
    """A two-word person-typed name with strong evidence of a body: at least ``_TWO_WORD_CUES`` of its mentions
    modify a body noun or own something ("The Zhejiang Guangsha team ... owned by Zhejiang Guangsha"; Audit 25, a
    place + name company shown as a person). One cue is too weak for a name a person may hold: "the Hillary Clinton
    campaign" is no body, and "a Jane Roe company" may be hers."""
    tokens = doc.tokens
    cues = 0
    for token in tokens[:-1]:
        if token.text != words[0] or tokens[token.i + 1].text != words[1]:
            continue
        last = tokens[token.i + 1]
        by = tokens[token.i - 1] if token.i >= 1 else token
        owned = last.dep == "pobj" and by.text.lower() == "by" and last.head == by.i \
            and tokens[by.head].tag == "VBN" and tokens[by.head].lemma.lower() in _OWNING
        cues += _modifies_body(tokens, last) or owned
    return cues >= _TWO_WORD_CUES
