"""What a sentence-opening pronoun means through the main subject of the sentence before it.

"The apparently new strain of the flu has now been confirmed in seven countries. It has shown an apparent
ability to spread ..., said the WHO's deputy head": the "It" is the strain (centering: the subject of the
sentence just before is the likeliest antecedent), not the World Health Organisation quoted two sentences up,
and a strain says nothing, so the "It" clause gets no speaker of its own (the sentence's "said X" gives it
one). "Mr Eadie's motion highlighted the crisis. It also called for ...": the motion, a text, speaks.

For an "It", only a common noun in the singular settles it; a name, a person noun, a plural or an
organisation noun ("the company", resolved by the earlier rules to the firm it stands for) leaves the choice
to those rules. A "he"/"she" after "According to X, NAME did ..." is NAME (:func:`according_subject`).
"""

from __future__ import annotations

from dataclasses import replace

from newsbrief.lexicon import DOCUMENT_NOUNS, ORGANISATION_NOUNS
from newsbrief.models import Attribution, Sentence, Token
from newsbrief.nlp.speech import CUE_LEMMAS, UNNAMED_NOUNS, _Doc

# Texts that say or call for things besides DOCUMENT_NOUNS: a legislature's and a meeting's texts.
_TEXT_NOUNS = DOCUMENT_NOUNS | frozenset(
    "motion resolution bill petition draft proposal plan communique declaration charter manifesto treaty "
    "agreement deal accord law act amendment guideline guidance advice policy strategy warning".split())
# Entity types that make a subject someone or something that can speak (left to the earlier rules).
_SPEAKING_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _main_subject(d: _Doc, index: int) -> Token | None:
    """The subject of sentence ``index``'s root verb, outside quotations."""
    sentence = d.doc.sentences[index]
    tokens = d.doc.tokens
    root = next((t for t in d.doc.sentence_tokens(sentence) if t.dep == "ROOT"), None)
    if root is None or d.in_quote(root.start):
        return None
    return next((tokens[c] for c in d.children.get(root.i, ()) if tokens[c].dep in ("nsubj", "nsubjpass")), None)


def _phrase(d: _Doc, subject: Token) -> str:
    """The subject's words up to a comma or a relative clause ("Mr Eadie's motion")."""
    tokens = d.doc.tokens
    end = subject.i
    for i in range(subject.i + 1, subject.right + 1):
        if tokens[i].text in (",", "(", "-", "—") or tokens[i].dep in ("relcl", "acl"):
            break
        end = i
    start = subject.left
    return d.text[tokens[start].start : tokens[end].end]


def thing_before(d: _Doc, index: int) -> str | None:
    """What an "It" opening sentence ``index + 1`` stands for when sentence ``index`` has a thing for subject:
    the subject's phrase when it is a text that can say something, "" when it is a thing that says nothing
    (a strain, a crackdown, a situation), None when the subject is no such thing (a person, a name, a plural,
    an organisation noun) and the earlier rules choose."""
    if not 0 <= index < len(d.doc.sentences):
        return None
    subject = _main_subject(d, index)
    if subject is None or subject.pos != "NOUN" or subject.tag != "NN" or subject.ent_type in _SPEAKING_TYPES:
        return None
    lemma = subject.lemma.lower()
    if lemma in UNNAMED_NOUNS or lemma in ORGANISATION_NOUNS:
        return None
    return _phrase(d, subject) if lemma in _TEXT_NOUNS else ""


def _personal_source(d: _Doc, according: Token) -> bool:
    """Whether "according to X" names X as a person, by a full name or a description ("according to Pak
    Chol-min, the head of the exile group"): such a source often speaks on, so its "he said" is X's. A
    one-word name ("according to Walla") is as often an outlet the model typed a person, and is not."""
    tokens = d.doc.tokens
    for to in (tokens[c] for c in d.children.get(according.i, ()) if tokens[c].text.lower() == "to"):
        for source in (tokens[c] for c in d.children.get(to.i, ()) if tokens[c].dep == "pobj"):
            entity = next((e for e in d.doc.entities if e.start <= source.start < e.end), None)
            described = any(tokens[c].dep == "appos" for c in d.children.get(source.i, ()))
            if source.pos != "PROPN" or described or (entity is not None and len(entity.text.split()) > 1):
                return source.pos == "PROPN" or described or source.lemma.lower() in UNNAMED_NOUNS
    return False


def according_subject(d: _Doc, sentence: Sentence, pronoun: str) -> str | None:
    """The person a "he"/"she" opening ``sentence`` means when the sentence before is "According to X, NAME
    did ...": NAME, that sentence's subject, not X, the source it is told by (centering ranks the subject
    first; FNC-1 1690: "According to Walla, Rosenberg immigrated ... she was extradited ..., one of her former
    lawyers said" gave "her" to the news site). None when the sentence before is not of that shape."""
    index = sentence.index - 1
    if index < 0 or pronoun not in ("he", "she"):
        return None
    tokens = d.doc.tokens
    root = next((t for t in d.doc.sentence_tokens(d.doc.sentences[index]) if t.dep == "ROOT"), None)
    according = next((tokens[c] for c in d.children.get(root.i, ()) if tokens[c].text.lower() == "according"),
                     None) if root is not None else None
    if according is None or _personal_source(d, according):
        return None
    subject = _main_subject(d, index)
    if subject is None or subject.ent_type != "PERSON":
        return None
    entity = next((e for e in d.doc.entities if e.label == "PERSON" and e.start <= subject.start < e.end), None)
    return d.resolve_name(entity.text) if entity is not None else None


# A newcomer brought in by an ordinal or "another" ("A third said ...", "Another posted ...") and the
# definite noun that then names the same person ("..., the user wrote"; FNC-1 1064 showed "the user").
_NEWCOMERS = frozenset("another second third fourth fifth one other".split())
_BACK_NOUNS = frozenset("user poster commenter reader writer tweeter caller viewer man woman person".split())


def _newcomer(attribution: Attribution) -> bool:
    words = (attribution.speaker or "").lower().split()
    return bool(words) and (words[0] in _NEWCOMERS or (len(words) > 1 and words[0] == "a" and words[1] in _NEWCOMERS))


def introduced_descriptions(found: list[tuple[Sentence, Attribution]]) -> list[tuple[Sentence, Attribution]]:
    """``found`` with a "the user" source named as the newcomer of the same or the sentence before introduced
    it: "A third said ...: '...,' the user wrote" is "a third user"'s (the introduced description; "the user"
    alone names no one the reader met)."""
    out: list[tuple[Sentence, Attribution]] = []
    for sentence, attribution in found:
        words = (attribution.speaker or "").lower().split()
        if len(words) == 2 and words[0] == "the" and words[1] in _BACK_NOUNS:
            newcomers = [a for s, a in found if sentence.index - 1 <= s.index <= sentence.index and _newcomer(a)
                         and a.content_start < attribution.content_end and a is not attribution]
            if newcomers:
                intro = (newcomers[-1].speaker or "").strip()
                named = intro if intro.lower().split()[-1] not in _NEWCOMERS else f"{intro} {words[1]}"
                attribution = replace(attribution, speaker=named)
        out.append((sentence, attribution))
    return out


def reporting_subject(d: _Doc, pronoun: Token) -> str | None:
    """The named person whose speech verb reports the clause a "he"/"she" is the subject of: "Rod Stewart said he
    could not think of ..." and "Tony Hayward said he disagreed ... and expected ..." are Stewart's and
    Hayward's (the reporting subject is the usual antecedent of the reported clause's pronoun; the labelled
    set's H35 scan gave them to a woman named in a clause before and to a man of an earlier sentence). None
    when the pronoun is in no such clause or the subject is not a name."""
    tokens = d.doc.tokens
    verb = tokens[pronoun.head]
    for _ in range(4):  # "he disagreed ... and expected": up the conjuncts to the reported clause
        if verb.dep != "conj" or verb.head == verb.i:
            break
        verb = tokens[verb.head]
    if verb.dep != "ccomp" or d.in_quote(pronoun.start):
        return None
    cue = tokens[verb.head]
    if cue.lemma.lower() not in CUE_LEMMAS:
        return None
    subject = next((tokens[c] for c in d.children.get(cue.i, ()) if tokens[c].dep == "nsubj"), None)
    if subject is not None and subject.pos == "NOUN":  # "BP's chief executive Tony Hayward, who ..., said he"
        subject = next((tokens[c] for c in d.children.get(subject.i, ()) if tokens[c].dep == "appos"), None)
    if subject is None or subject.ent_type != "PERSON" or subject.pos != "PROPN":
        return None
    entity = next((e for e in d.doc.entities if e.label == "PERSON" and e.start <= subject.start < e.end), None)
    return d.resolve_name(entity.text) if entity is not None else None


_SPOKES_GENDER = {"spokesman": "he", "spokeswoman": "she", "spokesperson": "", "representative": ""}


def spokesperson_before(d: _Doc, sentence: Sentence, pronoun: str) -> Attribution | None:
    """The source of the sentence just before when it is a body's spokesperson ("an AutoNation spokesman
    denied ...", or his "He said ..." read as the body): the next "he said" is his too, not a person named
    further back (Audit 52 #10: the spokesman's quotation given to the plumber of the paragraph before,
    whom a "he" could mean only because the spokesman's words were shown as the company's)."""
    before = d.sources.get(sentence.index - 1)
    if before is None or before.voice != "organisation" or pronoun not in ("he", "she"):
        return None
    words = (before.source_text or "").lower().split()
    if words == [pronoun]:
        return before  # "He said the company ..." after the spokesman: the chain goes on
    genders = [_SPOKES_GENDER[w] for w in words if w in _SPOKES_GENDER]
    return before if genders and genders[-1] in ("", pronoun) else None


def bound_names(d: _Doc, sentence: Sentence, pronoun: str) -> set[str]:
    """The people named inside the clause whose subject is a "he"/"she" of ``sentence``: never that pronoun's
    antecedent ("He denies killing Michael Jackson" is not Jackson's denial; Audit 52 #5 printed "Michael
    Jackson — denies: He denies killing Michael Jackson")."""
    tokens = d.doc.tokens
    names: set[str] = set()
    for token in d.doc.sentence_tokens(sentence):
        if token.text.lower() != pronoun or token.dep not in ("nsubj", "nsubjpass") or d.in_quote(token.start):
            continue
        end = tokens[tokens[token.head].right].end
        names.update(d.resolve_name(e.text) for e in d.doc.entities
                     if e.label == "PERSON" and token.end <= e.start and e.end <= end and not d.in_quote(e.start))
    return names
