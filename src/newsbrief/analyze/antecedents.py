"""Who an opening "he"/"she" or "His"/"Her" means: the named subject of the sentences before.

:func:`previous_subject` follows centering: the subject of the sentence before is the likeliest
referent of a pronoun that opens the next one. Three things the first version missed (Audit 8):

- a sentence wholly inside a quotation has the quoted speaker's subjects ("I believe we will get
  there"), so it is passed over;
- a sentence whose subject is itself "he"/"she" (or "his ..."/"her ...") carries the same person on ('"...," he told the
  BBC's business editor, Robert Peston.' then "His plans ..."): the chain is followed back to the
  name, never to the one told (the object), and an unresolved chain names no one;
- a person introduced by description is the subject's referent ("One man who ... is Karl Bremer",
  "backed by another resident, by the name of Petra Lind"; see :mod:`newsbrief.nlp.introductions`).

Split from :mod:`newsbrief.analyze.actor_names`, which keeps the name cleaning and resolution.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from newsbrief.analyze.actor_names import PERSON_NOUNS, Actor, resolve_person
from newsbrief.models import Document, Entity, Sentence, Token
from newsbrief.nlp.introductions import PERSON_NOUNS as DESCRIBED_PEOPLE
from newsbrief.nlp.introductions import children_map, introduced_person
from newsbrief.nlp.pronoun_candidates import _KIN_NOUNS, addressed
from newsbrief.nlp.quotations import open_quotes, quote_spans
from newsbrief.nlp.referents import _FEMALE_NOUNS, _MALE_NOUNS, gender_of
from newsbrief.nlp.speech import CUE_LEMMAS

# How many sentences a chain of "he"/"she" subjects (and quotations between them) is followed back.
CHAIN_SENTENCES = 4
_NOT_PEOPLE = ("GPE", "LOC", "NORP", "FAC", "PRODUCT")
# What an interviewer is named after: "in an interview with X", "speaking to X" (pronoun_candidates.addressed has
# "told X" and "said to X"), "asked by X", "questioned by X".
_INTERVIEW_NOUNS = frozenset("interview interviews conversation conversations chat exchange appearance".split())
_ASKING_LEMMAS = frozenset("ask interview question press quiz challenge".split())


@lru_cache(maxsize=8)
def _quotes(text: str) -> tuple[tuple[int, int], ...]:
    """The article's quotation spans, a quotation a paragraph leaves open included."""
    spans = quote_spans(text)
    return tuple(sorted(spans + list(open_quotes(text, spans).values())))


def _quoted(doc: Document, position: int) -> bool:
    return any(s <= position < e for s, e in _quotes(doc.article.text))


def _root(doc: Document, sentence: Sentence) -> Token | None:
    return next((t for t in doc.sentence_tokens(sentence) if t.dep == "ROOT"), None)


# A web address inside a word ("KDVR.com", "AL.com"): a site, never a person; initials keep their dots ("J.K.")
# only between single letters, which this does not match.
_WEB_NAME = re.compile(r"[A-Za-z]{2,}\.(?:com|org|net|co|uk|gov|edu|tv|news|info)\b", re.I)


def _organisation_shaped(doc: Document, first: int, last: Token) -> bool:
    """Whether the subject name from token ``first`` to ``last`` cannot be a person: a site's address, or an
    acronym the tagger typed as an organisation ("the FBI said"). The lead's reading of an unseen XSum row (session
    21): "His father is also charged" after "..., AL.com reports." became "[AL.com's] father". A person the tagger
    mistyped as an organisation ("Passenger Amara Diallo described ...") has neither shape."""
    text = doc.article.text[doc.tokens[first].start : last.end]
    if _WEB_NAME.search(text):
        return True
    words = [t for t in doc.tokens[first : last.i + 1] if t.text[:1].isalpha()]
    return last.ent_type == "ORG" and bool(words) and all(len(t.text) > 1 and t.text.isupper() for t in words)


def _named_subject(doc: Document, actors: Sequence[Actor], sentence: Sentence) -> str | bool | None:
    """The person named as the main-clause subject of ``sentence``; True when that subject is a
    "he"/"she" (the chain goes on); None when the sentence names no such person."""
    tokens = doc.sentence_tokens(sentence)
    text = doc.article.text
    for token in tokens:
        if token.dep == "appos" and token.ent_type == "PERSON" and doc.tokens[token.head].dep == "nsubj" \
                and doc.tokens[token.head].pos == "NOUN" and doc.tokens[doc.tokens[token.head].head].dep == "ROOT":
            # "His doctor, Conrad Murray, ... has pleaded not guilty": the subject is named in apposition
            first = token.i
            while first > sentence.token_start and doc.tokens[first - 1].ent_type == "PERSON":
                first -= 1
            return resolve_person(doc, actors, text[doc.tokens[first].start : token.end])
    subjects = [t for t in tokens if t.dep in ("nsubj", "nsubjpass") and doc.tokens[t.head].dep == "ROOT"
                and not _quoted(doc, t.start)]
    for token in subjects:
        introduced = introduced_person(doc, children_map(doc, sentence), token)
        if introduced is not None:
            return resolve_person(doc, actors, text[doc.tokens[introduced[0]].start : doc.tokens[introduced[1]].end])
        if token.dep == "nsubj" and token.pos == "PROPN" and token.ent_type not in _NOT_PEOPLE:
            first = token.i
            # the name without a title before it ("UN Secretary General Ban Ki-moon" is Ban Ki-moon)
            while first > sentence.token_start and doc.tokens[first - 1].pos == "PROPN" \
                    and doc.tokens[first - 1].dep == "compound" \
                    and (token.ent_type != "PERSON" or doc.tokens[first - 1].ent_type == "PERSON"):
                first -= 1
            if _organisation_shaped(doc, first, token):
                return None
            return resolve_person(doc, actors, text[doc.tokens[first].start : token.end])
        surnamed = _surname_subject(actors, token)
        if surnamed is not None:
            return surnamed
    heads = {t.i for t in subjects}
    # "But he will not move.", "His cottage was flooded twice": the same person carried on
    chained = any(t.text.lower() in ("he", "she") and t.dep == "nsubj" for t in subjects) or any(
        t.dep == "poss" and t.text.lower() in ("his", "her") and t.head in heads for t in tokens)
    return True if chained else None


def _surname_subject(actors: Sequence[Actor], token: Token) -> str | None:
    """The one person listed in full whose surname a subject the tagger did not read as a person's name is
    ("Gibbs reiterated ..." tagged a plural noun and a place after "Press Secretary Robert Gibbs said"): Audit 53
    #4 passed it over, and the "He added" after it went to "Obama" of "the Obama administration's" named in its
    object."""
    if token.dep != "nsubj" or not token.text[:1].isupper() or token.pos not in ("NOUN", "PROPN", "X"):
        return None
    people = {a.name for a in actors if a.label == "PERSON" and len(a.name.split()) > 1
              and a.name.split()[-1] == token.text}
    return people.pop() if len(people) == 1 else None


def previous_subject(doc: Document, actors: Sequence[Actor], sentence_index: int) -> str | None:
    """The named subject of the sentence before ``sentence_index``: the likeliest referent of an
    opening "he"/"she" (centering), found even when the NER model mislabels the name ("Passenger
    Amara Diallo described the crossing." tagged as an organisation). Sentences inside a quotation
    are passed over and a "he"/"she" subject is followed back (see the module docstring); a run of quotations
    ends at its named speaker ('"...," President Obama said. / "...," he said. / He praised ...')."""
    counted = 0
    roles: set[str] = set()  # '"...," the president said': the title the named speaker must hold
    for index in range(sentence_index - 1, max(-1, sentence_index - 1 - QUOTE_REACH), -1):
        sentence = doc.sentences[index]
        root = _root(doc, sentence)
        framed = _quote_speaker(doc, actors, sentence)
        if isinstance(framed, tuple):
            # '"...," President Obama said.' then "He praised ...": the speaker (Audit 38 #7), if he holds the title
            # of any "the president said" between; else no one is certain
            return framed[0] if all(role in framed[1] for role in roles) else None
        if framed is not None:
            roles.add(framed)
        if (root is not None and _quoted(doc, root.start)) or framed is not None:
            continue  # the quoted speaker's own sentence, or its "he said" carrying the chain on
        counted += 1
        if counted > CHAIN_SENTENCES:
            break
        reported = _reported_subject(doc, actors, sentence, root) if index == sentence_index - 1 \
            and not _speaks(doc, doc.sentences[sentence_index]) else None
        found = reported or _named_subject(doc, actors, sentence)
        if found is not True:
            return None if any(roles) else found or None  # "the official said" is not the one named before
    return None


# How far back a run of quotations is passed over (their "he said" frames carry the chain on) to reach the
# sentence that names their speaker: a statement quoted over four or five paragraphs, as live pages print them.
QUOTE_REACH = 10


def _quote_speaker(doc: Document, actors: Sequence[Actor], sentence: Sentence) -> tuple[str, str] | str | None:
    """The person the frame of a sentence opening on a quotation names as its speaker ('"...," President Obama
    said'), with the title words
    before the name in lower case; a common noun's lemma for a role ("the president said"), "" for a pronoun ("he
    said"), both carrying the chain on back; None when the sentence frames no quotation."""
    tokens = doc.sentence_tokens(sentence)
    if not tokens or not _quoted(doc, tokens[0].start):
        return None  # "By Saturday Reed was 'unresponsive', said Osei.": the reported subject (_reported_subject)
    for token in tokens:
        verb = doc.tokens[token.head]
        if token.dep != "nsubj" or _quoted(doc, token.start) or _quoted(doc, verb.start) \
                or verb.lemma.lower() not in CUE_LEMMAS:
            continue
        if token.text.lower() in ("he", "she"):
            return ""
        if token.pos == "NOUN" and token.tag == "NN":
            return token.lemma.lower()
        if token.pos != "PROPN" or token.ent_type != "PERSON":
            return None
        first = token.i
        while first > sentence.token_start and doc.tokens[first - 1].ent_type == "PERSON":
            first -= 1
        title = " ".join(t.text.lower() for t in doc.tokens[max(sentence.token_start, first - 3) : first])
        return resolve_person(doc, actors, doc.article.text[doc.tokens[first].start : token.end]), title
    return None


# Verbs of saying whose "he" subject speaks on (openings.repair_opening passes over the one spoken to for them).
SAYING_LEMMAS = frozenset({"say", "tell", "add", "announce", "explain", "insist", "state", "write", "warn"})
# ... and those that carry a trailing speaker on ("He added ..."); the wider cue list has "charge" ("He was charged").
_SAYING = SAYING_LEMMAS | frozenset({"deny", "reply", "respond", "note", "argue"})


def _speaks(doc: Document, sentence: Sentence) -> bool:
    root = _root(doc, sentence)
    return root is not None and root.lemma.lower() in _SAYING


def _reported_subject(doc: Document, actors: Sequence[Actor], sentence: Sentence, root: Token | None) -> str | None:
    """The named subject of the clause a trailing speaker reports ("Reed was unresponsive, said Osei.", "Reed had
    driven there alone, Osei told reporters."): the likeliest referent of a "He" that opens a sentence which does
    not speak itself ("He was charged ..."; the lead's reading of Newsroom row 37, session 20: "[Bowdich] was
    charged" for the gunman). The clause's first person named before its verb when the parser gave it no subject
    ("By Saturday Reed, under guard, was ..."). None when the speaker comes first or the clause names no person."""
    if root is None or root.lemma.lower() not in CUE_LEMMAS:
        return None
    speaker = next((t for t in doc.sentence_tokens(sentence) if t.head == root.i and t.dep == "nsubj"), None)
    clause = next((t for t in doc.sentence_tokens(sentence) if t.head == root.i and t.dep == "ccomp"), None)
    if speaker is None or clause is None or speaker.i < clause.i or _quoted(doc, clause.start):
        return None
    tokens = doc.sentence_tokens(sentence)
    subject = next((t for t in tokens if t.head == clause.i and t.dep in ("nsubj", "nsubjpass")), None)
    if subject is None:
        subject = next((t for t in tokens if t.i < clause.i and t.ent_type == "PERSON"
                        and (t.i + 1 >= len(doc.tokens) or doc.tokens[t.i + 1].ent_type != "PERSON")), None)
    if subject is None or subject.pos != "PROPN" or subject.ent_type in _NOT_PEOPLE:
        return None
    first = subject.i
    while first > sentence.token_start and doc.tokens[first - 1].pos == "PROPN" \
            and doc.tokens[first - 1].ent_type == subject.ent_type:
        first -= 1
    if _organisation_shaped(doc, first, subject):
        return None
    return resolve_person(doc, actors, doc.article.text[doc.tokens[first].start : subject.end])


# Person nouns of both lists: a described subject ("A nun from El Salvador ...") is a person (Audit 23).
# a relative or friend too: "My cousin is a nurse. She says ..." is the cousin's, never a teller named before (s30)
_PEOPLE = PERSON_NOUNS | DESCRIBED_PEOPLE | _KIN_NOUNS


def unnamed_person_subject(doc: Document, sentence_index: int, pronoun: str) -> bool:
    """Whether the main-clause subject of the sentence before ``sentence_index`` is one person no name says ("The
    late governor was still on the ballot when voters chose him over Senator X.") who agrees with ``pronoun``: the
    likeliest referent of an opening "He"/"His" (centering), so a name named later in that sentence is no repair
    (the lead's Newsroom reading, session 14: "[Ashcroft's] widow" for the late governor's)."""
    if sentence_index <= 0:
        return False
    sentence = doc.sentences[sentence_index - 1]
    root = _root(doc, sentence)
    if root is None or _quoted(doc, root.start):
        return False
    other = _FEMALE_NOUNS if pronoun.lower() in ("he", "his") else _MALE_NOUNS
    return any(t.dep in ("nsubj", "nsubjpass") and t.head == root.i and t.tag == "NN" and not t.ent_type
               and t.lemma.lower() in _PEOPLE and t.lemma.lower() not in other
               and not any(doc.tokens[c].dep == "appos" for c in range(t.i + 1, min(t.right + 1, len(doc.tokens)))
                           if doc.tokens[c].head == t.i)
               for t in doc.sentence_tokens(sentence))


def untagged_people(doc: Document) -> list[Entity]:
    """People the NER model left untagged where the article names them elsewhere as a person: a run
    of capitalised proper nouns with no entity type whose last word is a tagged person's name ("the
    rising Canadian Eugenie Bouchard" untagged, "Bouchard hit a double fault" tagged; the lead's
    reading: the "She" after it was given to another player). Labelled PERSON, in text order."""
    person_words = {w for e in doc.entities if e.label == "PERSON" for w in e.text.split() if w[:1].isupper()}
    found: list[Entity] = []
    run: list[Token] = []
    for token in (*doc.tokens, None):
        if token is not None and token.pos == "PROPN" and not token.ent_type and token.text[:1].isupper() \
                and (not run or (token.i == run[-1].i + 1 and token.start - run[-1].end <= 1)):
            run.append(token)
            continue
        if run and run[-1].text in person_words:
            sentence = next(s for s in doc.sentences if s.token_start <= run[0].i < s.token_end)
            found.append(Entity(doc.article.text[run[0].start : run[-1].end], "PERSON", run[0].start, run[-1].end,
                                sentence.index, run[0].i, run[-1].i + 1))
        run = [token] if token is not None and token.pos == "PROPN" and not token.ent_type \
            and token.text[:1].isupper() else []
    return found


def spoken_to(doc: Document, i: int) -> bool:
    """Whether token ``i`` (a name's last token) is the one spoken to, an addressee or interviewer: "told CNN's
    Dana Bash", "in an interview with Bash", "asked by Bash". The interviewer hears; the "he"/"she" of the
    speaker's quotation is never she (Audit 19: a congresswoman's "He needs to define ..." about the president was
    repaired "[Bash] needs to define ...")."""
    if addressed(doc, i):
        return True
    token = doc.tokens[i]
    preposition = doc.tokens[token.head]
    if token.dep != "pobj":
        return False
    governor = doc.tokens[preposition.head].lemma.lower()
    if preposition.text.lower() == "with":
        return governor in _INTERVIEW_NOUNS or governor in ("speak", "talk")
    return preposition.text.lower() == "by" and governor in _ASKING_LEMMAS


def agrees(doc: Document, name: str, pronoun: str) -> bool:
    """False when the article shows ``name`` to be of the other gender than the pronoun ("he"/"his",
    "she"/"her"); a name whose gender the text does not show agrees."""
    wanted = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}.get(pronoun.lower())
    gender = gender_of(doc, name)
    return wanted is None or gender is None or gender == wanted


__all__ = ["CHAIN_SENTENCES", "agrees", "previous_subject", "spoken_to", "unnamed_person_subject", "untagged_people"]
