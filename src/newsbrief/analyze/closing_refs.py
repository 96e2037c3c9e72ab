"""A closing "it" a reader cannot place, and a closing quip that names nothing (reader Audit 37, docs/audit.md 38).

- "Critics say its main flaw is that it pits the police against minorities ..." closed a report on a new ticket
  policy (Audit 37 #9). The "it" is the old practice of arrests the sentence before names; shown alone, after the
  brief's lines on the new policy, it read as the critics' verdict on the new one (a wrong item). An "it" (or
  "its") that is the subject or possessor of a clause reported by a speaker who cannot be that "it" (a plural, a
  person: "Critics say", "She argues") means something named before the close. The sentence before is shown with
  the close when its subject is a singular thing; otherwise the close is withheld, and the line before it closes.
  The speaker's own "it" ("The council says it will vote") and a dummy "it" ("Critics say it is too early to
  judge ...") stay alone.
- "Vindicated, and it feels so good." closed a media-blog item (Audit 37 #8): a writer's quip of a few words with
  no noun at all, a mood with nothing a reader can keep. It closes nothing; the bottom line before it closes.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsbrief.analyze.openings import has_quote_mark, quote_continuation
from newsbrief.models import Document, Sentence, Token

# Verbs that report a speaker's claim: the clause under them carries the "it".
_REPORTING = frozenset("say argue claim contend insist complain warn note believe think fear suggest add "
                       "point maintain charge allege write".split())
# A speaker who cannot be "it": a plural noun or a person.
_PERSON_PRONOUNS = frozenset("they we i he she you".split())
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_IT_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
_BE = frozenset({"be", "'s", "’s", "’"})
# The clause a dummy "it" stands for: "it is too early to judge", "it is unclear whether ...".
_DUMMY_DEPS = frozenset({"xcomp", "ccomp", "csubj"})
# How far up from the "it" its clause verb may stand ("its main flaw is ..." takes two steps).
_CLAUSE_STEPS = 3
# A quip is short: the Audit 37 line had six words; a longer line without a noun is rare and says more.
QUIP_WORDS = 8
_NAMING = frozenset({"NOUN", "PROPN", "NUM"})


def _reported_it(tokens: Sequence[Token]) -> Token | None:
    """The first "it"/"its" of the sentence that is the subject or possessor inside a clause reported by a
    plural or personal speaker (never the sentence's first word: the repair pass mends an opening "It")."""
    first = tokens[0].i if tokens else 0
    by_index = {t.i: t for t in tokens}
    for token in tokens[1:]:
        if token.text.lower() not in ("it", "its") or token.dep not in _IT_DEPS:
            continue
        clause = by_index.get(token.head)
        for _ in range(_CLAUSE_STEPS):
            if clause is None or clause.dep == "ccomp":
                break
            clause = by_index.get(clause.head) if clause.head != clause.i else None
        if clause is None or clause.dep != "ccomp" or _dummy(token, tokens, by_index):
            return None
        verb = by_index.get(clause.head)
        if verb is None or verb.lemma.lower() not in _REPORTING:
            return None
        subjects = [t for t in tokens if t.head == verb.i and t.dep in ("nsubj", "nsubjpass") and t.i >= first]
        return token if subjects and all(_not_it(s) for s in subjects) else None
    return None


def _dummy(token: Token, tokens: Sequence[Token], by_index: dict[int, Token]) -> bool:
    """Whether an "it" subject of "be" stands for a clause after it ("it is too early to judge whether ...")."""
    head = by_index.get(token.head)
    if token.dep != "nsubj" or head is None or (head.lemma.lower() not in _BE and head.text.lower() not in _BE):
        return False
    kids = [t for t in tokens if t.head == head.i]
    return any(t.dep in _DUMMY_DEPS for t in kids) or any(
        k.dep in ("acomp", "attr") and any(t.head == k.i and t.dep in _DUMMY_DEPS for t in tokens) for k in kids)


def _not_it(subject: Token) -> bool:
    """Whether a speaker cannot be the "it" of its clause: a plural, a person or a personal pronoun."""
    return subject.tag in _PLURAL_TAGS or subject.text.lower() in _PERSON_PRONOUNS or subject.ent_type == "PERSON"


def _names_thing(tokens: Sequence[Token]) -> bool:
    """Whether the main clause's subject is a singular thing (a noun, not a person): what an "it" can mean."""
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None:
        return False
    subjects = [t for t in tokens if t.head == root.i and t.dep in ("nsubj", "nsubjpass")]
    return any(t.pos in ("NOUN", "PROPN") and t.tag not in _PLURAL_TAGS and t.ent_type != "PERSON"
               for t in subjects)


def reported_it(doc: Document, sentence: Sentence, lead: int) -> list[Sentence] | None:
    """For a close whose reported "it" means something named before (see the module docstring): the sentence
    before, to show with it, when that one's subject is a singular thing; an empty list when the close needs its
    antecedent and the sentence before does not give it (the close is withheld); None when the close stands alone."""
    text = sentence.text.strip()
    if sentence.index == 0 or has_quote_mark(text) or " it" not in text.lower():
        return None  # a speaker's quoted "it" is theirs to mean; a keyword test before the parse walk
    if _reported_it(doc.sentence_tokens(sentence)) is None:
        return None
    index = sentence.index - 1
    previous = doc.sentences[index]
    if index < lead or previous.paragraph < sentence.paragraph - 1 or has_quote_mark(previous.text) \
            or not _names_thing(doc.sentence_tokens(previous)):
        return []
    return [previous]


def closing_quip(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence is a writer's quip: a few words, no quotation, no noun, name or number, and a verdict
    in an adjective ("Vindicated, and it feels so good.", "They were right.")."""
    text = sentence.text.strip()
    # a speaker's line, in marks or running on inside a quotation ('... I think they're going to be surprised."'),
    # is theirs: the quotation's close, not the writer's quip (Newsroom row 44, session 23)
    if len(text.split()) > QUIP_WORDS or has_quote_mark(text) or any(m in text for m in "\"“”") \
            or quote_continuation(doc, sentence):
        return False
    tokens = doc.sentence_tokens(sentence)
    if any(t.pos in _NAMING for t in tokens):
        return False
    opening = len(tokens) > 1 and tokens[0].tag in ("VBN", "JJ") and tokens[1].text == ","
    return opening or any(t.pos == "ADJ" and t.dep in ("acomp", "ROOT") for t in tokens)
