"""Whether a "he"/"she" has exactly one person it can mean: repairs only when certain.

Audit 16 (docs/audit.md 17.3) found "Brokaw wants his successor, Brian Williams, thrown out ... after [Tom
Brokaw] admitted fabricating": the article's "he" was Williams, the object. The main-clause subject is the
likelier referent of a later "he" (centering), but when the sentence before and the pronoun's own sentence
name two or more people who agree with the pronoun (subjects, objects and appositions alike), choosing one
is a guess, and a wrong name in a reader's brief is worse than a bare "he". So the speaker stays unnamed:
the item then carries its sentence as written or is withheld.

Names inside a quotation (a quoted speaker's words), the one spoken to ("told CNN's John King") and
people the text shows to be of the other gender are no candidates; the caller says which to pass over.

Also, from pronoun_kin (folded in here, session 16): the described person a "he"/"she" means: a gendered common noun
that was the subject just before.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.clock_stamps import clock_stamps
from newsbrief.nlp.dates import parse_published
from newsbrief.nlp.referents import _FEMALE_NOUNS, _MALE_NOUNS, _PERSON_NOUNS, _wrong_gender
from newsbrief.nlp.speaker_works import names_a_thing
from newsbrief.nlp.speech import UNNAMED_NOUNS, _clean, _Doc, is_person_name

# Verbs whose object is the one spoken to ("told CNN's Anna Berg", "asked the minister").
_ADDRESS_LEMMAS = frozenset({"tell", "ask", "inform", "assure", "brief", "warn", "interview"})
# Verbs whose "to" phrase is the one spoken to ("said to reporter Anna Berg").
_TO_LEMMAS = frozenset({"say", "speak", "talk", "explain", "write", "complain", "reply", "describe"})


def addressed(doc: Document, i: int) -> bool:
    """Whether token ``i`` (a name's last token) is the one spoken to: the object of "told", "asked",
    "interviewed", or of "to" after "said", "spoke": the interviewer hears, the subject speaks, so a later
    "he said" is not the interviewer's (Audit 10 gave a spokesman's words to the CNN anchor he spoke to)."""
    tokens = doc.tokens
    token = tokens[i]
    head = tokens[token.head]
    if token.dep in ("dobj", "dative", "obj") and head.lemma.lower() in _ADDRESS_LEMMAS:
        return True
    if token.dep == "pobj" and head.text.lower() == "to":
        return tokens[head.head].lemma.lower() in _TO_LEMMAS
    return False


def agreeing_people(d: _Doc, pronoun: Token, sentence: Sentence, skip: Callable[[int, str], bool]) -> set[str]:
    """The people named in the sentence before ``sentence`` and in ``sentence`` before ``pronoun`` that the
    pronoun can mean: person entities outside quotations and prepositional phrases whose name ``skip`` (token
    index of the name's last word, or -1 for the sentence before's speaker; resolved name) does not rule out;
    a name and its surname alone count once. A speaker of the sentence before who agrees carries on: then only
    the own sentence counts."""
    first = sentence.start
    if sentence.index > 0:
        spoke = d.speakers.get(sentence.index - 1)
        # '"...," Solberg said.' or "Osei said the company ..." then '"...," he said': the speaker carries on,
        # and the people the sentence before speaks of are what the speaker talks about, not candidates
        first = sentence.start if spoke and not skip(-1, spoke) else d.doc.sentences[sentence.index - 1].start
    names: set[str] = set()
    stop = _first_same_pronoun(d, pronoun, sentence).start
    for entity in d.doc.entities:
        if entity.label != "PERSON" or not first <= entity.start < stop or d.in_quote(entity.start) \
                or d.doc.tokens[entity.token_end - 1].dep == "pobj":
            continue  # a name after a preposition ("takes over from Arnold Pike") is neither subject nor object
        if names_a_thing(d.doc, entity.token_end - 1):
            continue  # "parts in the James Bond films": a title or franchise named after a person (Audit 35)
        name = d.resolve_name(_clean(entity.text), entity.start)
        if name and not skip(entity.token_end - 1, name):
            names.add(name)
    # "Tom Reed ... Reed": the surname the full name already counts is the same person
    return {n for n in names if not (len(n.split()) == 1 and any(o != n and o.split()[-1] == n for o in names))}


def _first_same_pronoun(d: _Doc, pronoun: Token, sentence: Sentence) -> Token:
    """The first subject "she" (or "he") of the pronoun's own sentence: "In 1999, when she burst onto the scene with
    her show, Vive Tu Vida, she remarked ...": the second "she" is the first's, so a name written between them
    (a programme's title the model typed a person) is no one either could mean (session 16, the lead's Newsroom
    reading: the quotation went unattributed)."""
    for token in d.doc.sentence_tokens(sentence):
        if token.i >= pronoun.i:
            break
        if token.text.lower() == pronoun.text.lower() and token.dep in ("nsubj", "nsubjpass") \
                and not d.in_quote(token.start):
            return token
    return pronoun


def ambiguous(d: _Doc, pronoun: Token, sentence: Sentence, skip: Callable[[int, str], bool]) -> bool:
    """True when two or more people the pronoun can mean are named just before it (see the module docstring)."""
    return len(agreeing_people(d, pronoun, sentence, skip)) > 1


__all__ = ["addressed", "agreeing_people", "ambiguous", "described_or_joint_subject", "joint_subject", "kin_subject"]


# ---------------------------------------------------------------- The described person a "he"/"she" means
# The described person a "he"/"she" means: a gendered common noun that was the subject just before. "His father vows
# revenge." then '"...," he says.': the person a gendered common noun describes ("his father", "the boy's mother"),
# main-clause subject of the sentence just before, is the "he"/"she" who speaks next, not a name further back (Audit
# 10: a boy's father's words given to the hospital chief who shared the boy's first name). Reader Audit 25 (session
# 16b) found the same with no possessor: "Last month a young woman I had trained called me. She wanted me to know
# that thousands of youth were going to demonstrate" was filed under the man named two sentences before. A noun of
# the pronoun's gender that a modifier or a clause describes ("a young woman I had trained", "the woman who runs the
# shelter") is as definite an antecedent as "his father"; a bare "a woman" is not, and stays unread as before (a
# generic "a woman can ..." is no one who speaks next). Moved here from :mod:`newsbrief.nlp.speakers` (at the
# 500-line limit) in session 16b.

# What makes a gendered noun a described person: a possessor ("his father"), an adjective ("a young woman"), a
# relative or participle clause ("a woman I had trained", "the man running the shelter").
_DESCRIBING = frozenset({"poss", "amod", "relcl", "acl"})


def _described(d: _Doc, token: Token) -> bool:
    return any(d.doc.tokens[c].dep in _DESCRIBING for c in d.children.get(token.i, ()))


# Session 17 (the lead's reading of an unseen Newsroom history piece): "In a memoir ..., one such missionary
# recalled her experience. '...,' she wrote" was given to the man named two sentences before. A person noun that is
# not gendered itself ("missionary", "nurse") shows its gender by its own clause's possessive ("her experience",
# "his first night"): that subject is as sure an antecedent as "his father". The noun must name a person (the
# unnamed-source and person-noun lists, or a person suffix): "The report described her ordeal" is no speaker.
_POSSESSIVES = {"he": "his", "she": "her"}
_PERSON_SUFFIXES = ("ary", "ist", "ian", "eer")


def _person_noun(token: Token) -> bool:
    lemma = token.lemma.lower()
    return lemma in _PERSON_NOUNS or lemma in UNNAMED_NOUNS or lemma.endswith(_PERSON_SUFFIXES)


def _owns_agreeing(d: _Doc, token: Token, pronoun: str) -> bool:
    """Whether the clause ``token`` is subject of has an object owned by the pronoun's possessive ("recalled her
    experience", "described his first night")."""
    tokens = d.doc.tokens
    owner = _POSSESSIVES.get(pronoun)
    return owner is not None and any(
        tokens[o].dep in ("dobj", "obj") and any(
            tokens[p].dep == "poss" and tokens[p].text.lower() == owner for p in d.children.get(o, ()))
        for o in d.children.get(token.head, ()))


# Audit 46 #1 (session 29): "My cousin is a nurse at the district hospital. She says ..." in a reader's account gave
# the cousin's words to the reader who wrote in. A relative or friend of the first-person writer ("my cousin", "our
# neighbour") says no gender, but the writer is "I", never a "he" or "she": so the relative, main subject just
# before, is the one meant, unless the sentence also names a person (who may be the one meant as well).
_KIN_NOUNS = frozenset(
    "cousin sibling parent child kid partner spouse friend neighbour neighbor colleague relative flatmate roommate "
    "housemate grandparent grandchild classmate boss teacher doctor landlord".split())
_FIRST_PERSON = frozenset({"my", "our"})


def _writers_relative(d: _Doc, token: Token, previous: Sentence) -> bool:
    """Whether ``token`` is a first-person writer's relative or friend ("my cousin", "our neighbour") in a
    sentence naming no person outside quotation marks."""
    if token.lemma.lower() not in _KIN_NOUNS or not any(
            d.doc.tokens[c].dep == "poss" and d.doc.tokens[c].text.lower() in _FIRST_PERSON
            for c in d.children.get(token.i, ())):
        return False
    return not any(e.label == "PERSON" and previous.start <= e.start < previous.end and not d.in_quote(e.start)
                   for e in d.doc.entities)


def kin_subject(d: _Doc, previous: Sentence, sentence: Sentence, pronoun: str) -> str | None:
    """The described person (see the module docstring), main-clause subject of ``previous`` when it is the
    sentence just before ``sentence`` in the same or the previous paragraph; the noun phrase up to its noun
    ("his father", "a young woman", "one such missionary" of "recalled her experience"), "" when its verb's object
    is a person of the same gender too, or None."""
    if previous.index != sentence.index - 1 or sentence.paragraph - previous.paragraph > 1:
        return None
    nouns = _MALE_NOUNS if pronoun == "he" else _FEMALE_NOUNS if pronoun == "she" else frozenset()
    doc = d.doc
    for token in doc.sentence_tokens(previous):
        if token.dep not in ("nsubj", "nsubjpass") or doc.tokens[token.head].dep != "ROOT" or token.pos != "NOUN" \
                or d.in_quote(token.start):
            continue
        if (token.lemma.lower() in nouns and _described(d, token)) or _writers_relative(d, token, previous) \
                or (_person_noun(token) and _owns_agreeing(d, token, pronoun)):
            # "My husband reached his younger brother. He said: ...": the object is a man too, so either may be
            # the "he" (Audit 46 #1 gave the brother's words to the husband): "", no one is certain
            if any(doc.tokens[c].dep in ("dobj", "dative") and doc.tokens[c].lemma.lower() in nouns
                   for c in d.children.get(token.head, ())):
                return ""
            return _clean(d.span_text(token.left, token.i)) or None
    return None


# Two people named as one subject leave the next "he"/"she" open (issue #11, session 29).
#
# "Tom Reyes and Carl Busch met the mayor. He said: ..." - the "he" may be either man: the subject names
# both, and nothing in the sentence says which one goes on to speak. The chain rules took the first conjunct
# (the subject's head) and gave him the quote, the most harmful kind of error a brief makes (a wrong name on
# words). When the sentence just before joins two people of whom the text shows neither to be of the other
# gender, no one is certain: "" (the quote is withheld, as kin_subject's two-men case does). A cue
# read before this rule (a speaker named in the sentence itself, an opener) still settles it; a woman joined
# to a man ("Mr Reyes and Mrs Busch") leaves the "he" to the man; a second man who is not in the subject
# ("Tom Reyes met Carl Busch's daughter") does not count. A relative or partner named in apposition is joined too
# ("Tom Reyes and his brother Carl", session 30), with the gender its noun gives; so is a list of names set in
# apposition to a noun ("The owners, Tom Reyes and Carl Busch").


def _joint_name(d: _Doc, token: Token) -> str:
    """The person's name ending at ``token`` (its compound given names before it)."""
    tokens = d.doc.tokens
    first = token.i
    while first > 0 and tokens[first - 1].dep == "compound" and tokens[first - 1].head == token.i:
        first -= 1
    return d.resolve_name(_clean(d.span_text(first, token.i)))


def _person(d: _Doc, token: Token) -> bool:
    """Whether ``token`` is a person's name (a proper noun the model typed a person, or one named as people are)."""
    return token.pos == "PROPN" and (token.ent_type == "PERSON" or is_person_name(d, token))


def _joined(d: _Doc, head: Token) -> list[Token]:
    """The names joined to ``head`` by "and"/"or", down the chain ("A, B and C"); a name in apposition counts
    only when a conjunct hangs on it (the parser reads "Frank Oduya, Peter Lind and Omar Haddad" so)."""
    tokens, todo = d.doc.tokens, [head]
    found: list[Token] = []
    while todo and len(found) < 12:
        current = todo.pop()
        for child in (tokens[c] for c in d.children.get(current.i, ())):
            listed = child.dep == "appos" and any(tokens[c].dep == "conj" for c in d.children.get(child.i, ()))
            if child.dep == "conj" or listed:
                found.append(child)
                todo.append(child)
    return found


def joint_subject(d: _Doc, previous: Sentence, sentence: Sentence, pronoun: str) -> str | None:
    """"" when ``previous``, just before ``sentence`` in the same or the previous paragraph, has a main-clause
    subject joining two or more named people whom ``pronoun`` can each mean; else None (the other rules read it)."""
    if pronoun not in ("he", "she") or previous.index != sentence.index - 1 \
            or sentence.paragraph - previous.paragraph > 1:
        return None
    doc = d.doc
    for token in doc.sentence_tokens(previous):
        if token.dep not in ("nsubj", "nsubjpass") or doc.tokens[token.head].dep != "ROOT" or d.in_quote(token.start):
            continue
        head = token if _person(d, token) else _listed_people(d, token)  # "The owners, Tom Reyes and Carl Busch"
        if head is None:
            continue
        people = [(t, None) if _person(d, t) else _named_relative(d, t) for t in (head, *_joined(d, head))]
        names = (_joint_name(d, t) for t, noun in people if t is not None and not _other_gender(noun, pronoun))
        agreeing = {name for name in names if name and not _wrong_gender(d, name, pronoun)}
        return "" if len(agreeing) > 1 else None
    return None


def _listed_people(d: _Doc, noun: Token) -> Token | None:
    """The first of the names listed in apposition to a common noun ("The owners, Tom Reyes and Carl Busch")."""
    tokens = d.doc.tokens
    if noun.pos != "NOUN":
        return None
    return next((tokens[c] for c in d.children.get(noun.i, ()) if tokens[c].dep == "appos" and _person(d, tokens[c])
                 and any(tokens[g].dep == "conj" for g in d.children.get(c, ()))), None)


def _named_relative(d: _Doc, noun: Token) -> tuple[Token | None, Token | None]:
    """(name, noun) of a person noun joined to a name with the person's own name in apposition ("and his brother
    Carl", "and his business partner, Carl Busch"), else (None, None): an unnamed relative ("and his son") is not
    the one a "he" names next, as "Tom Reyes and his lawyer ... He said" is Tom Reyes's (session 29)."""
    tokens = d.doc.tokens
    lemma = noun.lemma.lower()
    if noun.pos != "NOUN" or not (_person_noun(noun) or lemma in _KIN_NOUNS or lemma in _MALE_NOUNS | _FEMALE_NOUNS):
        return None, None
    name = next((tokens[c] for c in d.children.get(noun.i, ()) if tokens[c].dep == "appos" and _person(d, tokens[c])),
                None)
    return (name, noun) if name is not None else (None, None)


def _other_gender(noun: Token | None, pronoun: str) -> bool:
    """Whether a relative's noun gives the other gender than ``pronoun`` ("her husband, Tom" for a "she")."""
    if noun is None:
        return False
    lemma = noun.lemma.lower()
    return lemma in (_MALE_NOUNS if pronoun == "she" else _FEMALE_NOUNS)


def described_or_joint_subject(d: _Doc, previous: Sentence, sentence: Sentence, pronoun: str) -> str | None:
    """:func:`kin_subject`'s reading of ``previous``, else :func:`joint_subject`'s."""
    kin = kin_subject(d, previous, sentence, pronoun)
    return kin if kin is not None else joint_subject(d, previous, sentence, pronoun)


# A sub-head is one short line with no end mark, standing as a paragraph ("Threats"); the words of its length
# match analyze.summary's heading test. Reader Audit 26 found an IS spokesman's call to kill, under a sub-head,
# given by a "he" to Iraq's prime minister, named only in the section before.
_SUBHEAD_MAX_WORDS = 8
_END_MARKS = (".", "!", "?", ":", ";", ",", '"', "”", "'", "’")


# The openers of a live page's updates: a dash leading a line or a sentence ("-- Venezuelan President ..."), or a
# clock time leading a line ("3:45 p.m. ...", "15:45 GMT"). Reader Audit 27 found a "He said" in one "--" update
# given to the man of the update before. One opener alone is a dash or a time in a report, so a page needs
# _MIN_UPDATES of them.
_UPDATE_OPENER = re.compile(r"(?:^|(?<=[.!?:] ))[ \t]*(?:--|—|–)(?= )"
                            r"|^[ \t]*\d{1,2}[:.]\d{2} ?(?:[ap]\.?m\b\.?|GMT\b|BST\b|ET\b|EST\b)"
                            r"|^[ \t]*\d{1,2}:\d{2}\b", re.MULTILINE)
_MIN_UPDATES = 2


@lru_cache(maxsize=64)
def _update_openers(text: str, published: str | None) -> list[int]:
    """The sorted offsets of the update openers in ``text`` (cached: asked once per "he" of a page)."""
    return sorted({m.start() for m in _UPDATE_OPENER.finditer(text)} | clock_stamps(text, parse_published(published)))


def update_start(doc: Document, sentence: Sentence) -> int:
    """The offset where the live-page update holding ``sentence`` begins, else 0: an update is its own report,
    so a "he" in it never means the man of the update before."""
    openers = _update_openers(doc.article.text, doc.article.source.date)
    if len(openers) < _MIN_UPDATES:
        return 0
    at = bisect.bisect_right(openers, sentence.start)
    return openers[at - 1] if at else 0


def section_start(doc: Document, sentence: Sentence) -> int:
    """The offset where the section holding ``sentence`` begins: the start of its live-page update (see
    :func:`update_start`) or the end of the nearest sub-head line before it (past the page's first two lines,
    a headline and a standfirst), else 0. A "he" is never resolved to a person named only above a sub-head: a
    new section is about whoever it names. A piece that has named one person only (a profile in sections)
    carries its "he" over the sub-heads: 0 then (never over an update)."""
    update = update_start(doc, sentence)
    return max(update, _subhead_start(doc, sentence))


# A press credit on a line of its own ("Owen Pritchard, BBC Wales correspondent"): the label of a correspondent's
# box printed between a speaker's quotes, not a sub-head. It starts no section, so a "she said" after the box
# still reaches the speaker before it (session 26's lost case: the quotation went unattributed).
CREDIT_LINE = re.compile(r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3},\s+(?:[\w'’&.-]+\s+){0,5}"
                         r"(?:correspondent|editor|reporter|columnist|producer|analyst|presenter)$")


def credit_line(sentence: Sentence) -> bool:
    """Whether ``sentence`` is a press credit on a line of its own (see CREDIT_LINE): the correspondent it names
    is the box's writer, never whom a later "he"/"she" means, and the line is passed over when counting back."""
    return bool(CREDIT_LINE.match(sentence.text.strip()))


def _subhead_start(doc: Document, sentence: Sentence) -> int:
    """The end of the nearest sub-head line before ``sentence`` (see :func:`section_start`), else 0."""
    people = {e.text.split()[-1] for e in doc.entities if e.label == "PERSON" and e.end <= sentence.start}
    if len(people) < 2:
        return 0
    for previous in reversed(doc.sentences[2 : sentence.index]):
        if previous.paragraph == sentence.paragraph:
            continue
        text = previous.text.strip()
        alone = all(s.paragraph != previous.paragraph for s in doc.sentences[previous.index - 1 : previous.index]) \
            and all(s.paragraph != previous.paragraph for s in doc.sentences[previous.index + 1 : previous.index + 2])
        if alone and 0 < len(text.split()) <= _SUBHEAD_MAX_WORDS and not text.endswith(_END_MARKS) \
                and text[:1].isupper() and not CREDIT_LINE.match(text):
            return previous.end
    return 0


DASHES = frozenset({"—", "–", "--"})


def colon_led(d: _Doc, subject: Token, pronouns: Sequence[Token]) -> bool:
    """Whether ``subject`` heads a clause that ends in a colon opening the quotation the later "he"/"she" says
    ('Chris has visited Haiti before: "It's a country of ...," he said.'): the parser makes that clause the
    cue's complement, but its subject is the one who speaks (Audit 31: the quote went to the premier quoted
    in the paragraph before)."""
    tokens = d.doc.tokens
    pronoun = next((p for p in pronouns if p.i > subject.i), None)
    if pronoun is None or tokens[subject.head].dep != "ccomp" or tokens[subject.head].head != pronoun.head:
        return False
    colons = [k for k in range(subject.i + 1, pronoun.i) if tokens[k].text == ":" and not d.in_quote(tokens[k].start)]
    if not colons:
        return False
    after = tokens[colons[0] + 1]
    return after.text in ('"', "“") or d.in_quote(after.start) is not None


def dashed_cue(d: _Doc, subject: Token, pronouns: Sequence[Token]) -> bool:
    """Whether ``subject`` heads the clause a dash-set cue interrupts ('Willow gets a moment of calm — "It's quiet
    out there," he says — and ...'): the parser makes "says" the root and the clause before the dash its
    complement, but the "he" is that clause's subject (the lead's reading of a film review, session 14: a
    character's line went to the director named in the sentence before)."""
    tokens = d.doc.tokens
    clause = tokens[subject.head]
    if clause.dep != "ccomp" or clause.head == clause.i or clause.i > tokens[clause.head].i:
        return False
    root = tokens[clause.head]
    after = tokens[root.i + 1] if root.i + 1 < len(tokens) else None
    return after is not None and after.text in DASHES and any(
        p.head == root.i and any(t.text in DASHES for t in tokens[subject.i : p.i]) for p in pronouns)


def same_sentence_subject(d: _Doc, sentence: Sentence, pronoun: str, skip: Callable[[str | None], bool]) -> str | None:
    """The named subject of the main clause when a later clause of the same sentence carries the "he"/"she"
    ("Lind doubts the plan will pass, but she believes ..."): that person, not the last speaker before
    (Audit 11: an analyst's remark given to the analyst quoted in the paragraph above)."""
    tokens = d.doc.tokens
    subjects = [t for t in d.doc.sentence_tokens(sentence) if t.dep == "nsubj" and not d.in_quote(t.start)]
    later = [t for t in subjects if t.text.lower() == pronoun]
    for token in subjects:
        dashed = dashed_cue(d, token, later)
        person = token.ent_type == "PERSON" or (token.pos == "PROPN" and (
            token.text in d.person_words or is_person_name(d, token)  # a surname the model typed ORG
            or (dashed and not token.ent_type)))  # a character's name the model left untyped: the "he" says so
        if not person or (tokens[token.head].dep != "ROOT" and not dashed and not colon_led(d, token, later)) \
                or not any(p.i > token.i and p.head != token.head for p in later):
            continue
        first = token.i
        while first > sentence.token_start and tokens[first - 1].ent_type == token.ent_type \
                and tokens[first - 1].pos == "PROPN":
            first -= 1
        name = d.resolve_name(_clean(d.span_text(first, token.i)), tokens[first].start)
        return None if skip(name) else name
    return None


def _named(d: _Doc, token: Token) -> bool:
    return token.ent_type == "PERSON" or (token.pos == "PROPN" and token.text in d.person_words)


def _run_text(sentence: Sentence, run: list[Token]) -> str:
    return sentence.text[run[0].start - sentence.start : run[-1].end - sentence.start].strip("- ")


def other_names(d: _Doc, sentence: Sentence) -> set[str]:
    """The names a "he"/"she" in ``sentence`` cannot mean, each as written: a name inside its quotation
    ('"I realized Michael Jackson had a dependency," he added' is not Jackson's) and a name that is the subject
    of another clause of it ('"Oh no way," he says as Josh pulls out the bills'). A quoted name is kept whole
    (its words joined across spaces and hyphens): Audit 32's '"... Kim Yo-jong is second-in-command," he said'
    shared only the family name with the man it followed, Kim Heung-gwang, who was passed over for it."""
    names: set[str] = set()
    run: list[Token] = []
    for token in d.doc.sentence_tokens(sentence):
        # Only the subject of a clause beside the cue ("as Josh pulls", "and Josh hands"): the subject
        # of the main clause may well be the "he" of a clause it reports ("Trump said he would ...").
        beside = token.dep in ("nsubj", "nsubjpass") and d.doc.tokens[token.head].dep in ("advcl", "conj")
        quoted = _named(d, token) and d.in_quote(token.start)
        if _named(d, token) and beside and not quoted:
            names.add(token.text)
        joined = bool(run) and (token.text == "-" or run[-1].text == "-") and token.start == run[-1].end
        if quoted or (joined and token.text == "-"):
            if run and token.start - run[-1].end > 1:
                names.add(_run_text(sentence, run))
                run = []
            run.append(token)
        elif run:
            names.add(_run_text(sentence, run))
            run = []
    if run:
        names.add(_run_text(sentence, run))
    return {name for name in names if name}


def is_other(name: str | None, others: set[str]) -> bool:
    """Whether ``name`` is one of ``others``: the same surname ("Jackson" for "Michael Jackson"), a bare quoted
    name among its words ("Michael"), or all of a quoted name's words; a shared first word alone ("Kim" of Kim
    Yo-jong and Kim Heung-gwang, a family name written first) is another person."""
    if not name:
        return False
    words = name.split()
    for other in others:
        parts = other.split()
        if len(parts) == 1 and parts[0] in words:
            return True
        if len(parts) > 1 and (parts[-1] == words[-1] or set(parts) <= set(words)):
            return True
    return False
