"""What may speak at all (issue #11, Audit 14's misattributions): never a picture, a negated quantifier,
or a noun whose "show" is not speech; a named statement's author over "the statement"; the speaker over
the outlet that relays him.

Audit 14 found eight of its ten misattributions were a sentence's grammatical subject made its speaker:
"Photos show ..." and "according to photos" (a picture is evidence, not a source), "So far, not a single
person has come forward claiming ..." (a negated quantifier names nobody who spoke), a correspondent's
analysis ("the protesters ... show no sign of stopping", "The two have shown themselves to be ...": a
non-clausal "show" is not speech), '"...," the statement said' after "the Pentagon said in a statement"
(the statement's author is named), and "X said ..., AFP news agency reported" (the agency is the channel).
A speaker is a person, an organisation, a document, an outlet or an unnamed human source. Rules over the
dependency parse in :class:`~newsbrief.nlp.speech._Doc` (no model of its own); split from
:mod:`newsbrief.nlp.attribution` and :mod:`newsbrief.nlp.speakers`, which are at the module size limit.
"""

from __future__ import annotations

import re

from newsbrief.models import Attribution, Sentence, Token
from newsbrief.nlp.speech import (
    DOCUMENT_NOUNS,
    ORGANISATION_NOUNS,
    UNNAMED_NOUNS,
    _core_subject,
    _Doc,
    is_person_name,
    span_head,
)

# Pictures show what a camera saw; they are evidence, never a party that says something.
PICTURE_NOUNS = frozenset("photo photos photograph photographs picture pictures image images snapshot "
                          "snapshots".split())
# Determiners and quantifiers that deny there is anyone: "no one", "not a single person", "none of them".
_NEGATING = frozenset({"no", "not", "never", "neither", "nor"})
# Nouns of whose statements an author is often named in the sentences before ("said in a statement").
_STATEMENT_NOUNS = frozenset({"statement", "release", "communique", "communiqué"})
# Subjects that relay what another said: an agency, a paper, the outlet's own correspondent.
_CHANNEL_HEADS = frozenset({"agency", "correspondent", "reporter", "newspaper", "paper", "outlet", "channel",
                            "broadcaster", "network", "television", "radio", "daily", "wire"})
_CHANNEL_CUES = frozenset({"report", "add", "say", "write", "quote", "cite"})


def negated_quantifier(d: _Doc, first: int, last: int) -> bool:
    """True for a subject that says nobody spoke: "no one", "not a single resident", "none of them"."""
    words = [t.text.lower() for t in d.doc.tokens[first : last + 1]]
    return bool(words) and (words[0] in _NEGATING or words[0] in ("none", "nobody", "nothing"))


# An adverbial clause a subordinator opens compares or sets the scene ("show more enthusiasm for X than they do for
# Y", the lead's session 17 reading): it is no clause the verb reports.
_SCENE_MARKS = frozenset({"than", "as", "because", "while", "when", "if", "although", "though", "since", "after",
                          "before", "until", "whereas"})


def _clausal(d: _Doc, verb: Token) -> bool:
    tokens = d.doc.tokens
    return any(tokens[c].dep in ("ccomp", "xcomp", "advcl") and tokens[c].pos in ("VERB", "AUX")
               and tokens[c].i > verb.i and tokens[c].text.lower() not in ("be", "to")
               and not (tokens[c].dep == "advcl" and any(
                   tokens[m].dep == "mark" and tokens[m].text.lower() in _SCENE_MARKS for m in d.children.get(c, ())))
               and not any(tokens[g].dep == "nsubj" and tokens[g].lemma.lower() in ("themselves", "itself")
                           for g in d.children.get(c, ()))
               for c in d.children.get(verb.i, ()))


def _reflexive_object(d: _Doc, verb: Token) -> bool:
    tokens = d.doc.tokens
    return any(tokens[c].dep == "dobj" and tokens[c].text.lower() in ("themselves", "itself", "himself", "herself")
               for c in d.children.get(verb.i, ()))


def not_a_source(d: _Doc, verb: Token, subject: Token) -> bool:
    """True when the cue's subject cannot be the one speaking: a picture, a negated quantifier, or the
    subject of a "show" that is not a document's or a body's and governs no clause ("the strikers show no
    sign of stopping", "the two have shown themselves to be evenly matched"), see the module docstring."""
    first, last = _core_subject(d, subject)
    head = span_head(d, first, last)
    if head.lemma.lower() in PICTURE_NOUNS or head.text.lower() in PICTURE_NOUNS or negated_quantifier(d, first, last):
        return True
    if verb.lemma.lower() in _FIND_SEE:
        return narrated_find(d, verb, head)
    if _taken_lives(d, verb) or _personified_time(d, head):
        return True
    if writers_lesson(d, verb, head) or _adjective_subject(d, verb, subject) or _hoped_speech(d, verb):
        return True
    if verb.lemma.lower() != "show":
        return False
    if _reflexive_object(d, verb):
        return True  # "have shown themselves to be": a description of them, not their words
    # A document shows what it finds with a plain object ("the report shows a rise in crime"); a person or a
    # body that "will show a new watch" presents a thing, so only its clause is speech (speakers17c's report).
    document = head.lemma.lower() in DOCUMENT_NOUNS or head.text.lower() in DOCUMENT_NOUNS
    return not document and not _clausal(d, verb)


# "The tanker's spill claimed the lives of thousands of otters" (Audit 26: the ship became a speaker that
# "alleges"): a "claim" whose object is lives or victims takes them, it says nothing.
_TAKEN = frozenset({"life", "lives", "victim", "victims", "toll"})
# Time and history as subjects are a figure of speech ("Time's lens will also reveal ...", "history will show"):
# the writer's forecast, never a source's words (Audit 26).
_FIGURES = frozenset({"time", "history", "hindsight", "posterity"})


# Reader Audit 30 (31.3): "Persistent reports that the opposition is being armed seem to be borne out" read
# "Persistent" as the subject of a verb "reports". An adjective alone (no entity, no words of its own) names no one:
# it is the modifier of a plural noun the parser took for a verb.
_ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS"})


def _adjective_subject(d: _Doc, verb: Token, subject: Token) -> bool:
    return subject.tag in _ADJECTIVE_TAGS and not subject.ent_type and subject.i == verb.i - 1 \
        and not d.children.get(subject.i, ())


# The writer's hope for a future act of speaking ("With luck, the risk managers will look at the numbers and tell
# the engineers to tighten up", reader Audit 30 #5) is the writer's, not the words of the people it is about: a
# cue under a modal in a sentence that opens on a hoping adverbial. A plain "X will say in a speech" stays X's.
_HOPES = re.compile(r"^\W*(?:with (?:any |a little |some )?luck|hopefully|ideally|if we are lucky|if all goes well)\b",
                    re.IGNORECASE)
_MODALS = frozenset({"will", "would", "might", "could", "may", "should"})


def _hoped_speech(d: _Doc, verb: Token) -> bool:
    index = d.sentence_of.get(verb.i)
    if index is None or not _HOPES.match(d.doc.sentences[index].text):
        return False
    tokens = d.doc.tokens
    head = verb
    while head.dep == "conj" and head.head != head.i:  # "will look ... and tell": the modal sits on the first verb
        head = tokens[head.head]
    return any(tokens[c].dep == "aux" and tokens[c].text.lower() in _MODALS for c in d.children.get(head.i, ()))


def _taken_lives(d: _Doc, verb: Token) -> bool:
    tokens = d.doc.tokens
    return verb.lemma.lower() == "claim" and any(
        tokens[c].dep in ("dobj", "obj") and tokens[c].text.lower() in _TAKEN for c in d.children.get(verb.i, ()))


def _personified_time(d: _Doc, head: Token) -> bool:
    """True for a subject that is time or history, or a thing they own ("time's lens"); never Time magazine
    or its people ("Time's correspondent"), who speak."""
    tokens = d.doc.tokens
    if head.lemma.lower() in _FIGURES and head.pos == "NOUN":
        return True
    if head.lemma.lower() in UNNAMED_NOUNS | DOCUMENT_NOUNS | ORGANISATION_NOUNS:
        return False
    return any(tokens[c].dep == "poss" and tokens[c].text.lower() in _FIGURES
               for c in d.children.get(head.i, ()))


# What a firm's record or an event "has shown us" is the writer's verdict on it, not its words (Audit 21:
# "BP ... has shown us that this simply can not be permitted", closing an opinion piece, was printed as
# BP's statement; "the horror of Srebrenica showed that ..." made an event a speaker).
_LESSON_VERBS = frozenset({"show", "reveal", "prove", "demonstrate", "teach"})
# Who is taught the lesson: the writer's readers, never a party addressed by the subject.
_LESSON_AUDIENCE = frozenset({"us", "everyone", "everybody", "world", "all", "anyone", "america", "americans"})
# Events and episodes: what they show is a lesson drawn from them, since an event says nothing.
EVENT_NOUNS = frozenset(
    "horror horrors tragedy tragedies disaster disasters catastrophe crisis episode experience massacre "
    "genocide war wars spill collapse debacle fiasco failure failures scandal history memory lesson events "
    "affair saga ordeal attack attacks bombing bombings killing killings atrocity atrocities".split())


def writers_lesson(d: _Doc, verb: Token, head: Token) -> bool:
    """True when show-verb ``verb`` draws the writer's lesson: it names its audience ("has shown us that",
    "proved to the world that") or its subject ``head`` is an event ("the horror of ... showed that")."""
    if verb.lemma.lower() not in _LESSON_VERBS:
        return False
    tokens = d.doc.tokens
    if head.lemma.lower() in EVENT_NOUNS or head.text.lower() in EVENT_NOUNS:
        return True
    for c in d.children.get(verb.i, ()):
        kid = tokens[c]
        if kid.dep in ("dative", "iobj", "dobj") and kid.text.lower() in _LESSON_AUDIENCE:
            return True
        if kid.dep == "prep" and kid.text.lower() == "to" and any(
                tokens[g].text.lower() in _LESSON_AUDIENCE for g in d.children.get(c, ())):
            return True
    return False


# "find" and "see" report something only with a clause ("found that ...", "found the test cut deaths"), a
# finder whose work is finding (a study, an inquiry, researchers), or a found thing that is a finding ("found no
# evidence", "found serious flaws"); with a plain noun object they narrate ("One day she found a card from
# health workers", "He saw a doctor in May": the lead's reading of a Newsroom dev brief filed such narration
# as the subject's report), and a passive "found to have cancer" has the one found as its subject.
_FIND_SEE = frozenset({"find", "see"})
_FINDERS = DOCUMENT_NOUNS | frozenset(
    "research researcher scientist inspector investigator auditor examiner coroner panel jury judge expert "
    "analyst regulator watchdog monitor team trial experiment test".split())
_FINDING_OBJECTS = frozenset(
    "evidence sign link proof trace flaw error fault irregularity breach violation problem failure lack "
    "shortcoming gap increase decrease decline rise drop fall reduction improvement difference effect "
    "association correlation connection pattern risk benefit".split())
_REPORTING_DEPS = frozenset({"ccomp", "xcomp", "oprd", "acomp"})


def narrated_find(d: _Doc, verb: Token, subject: Token) -> bool:
    """True when "find"/"see" ``verb`` narrates rather than reports (see _FIND_SEE): passive, or with a
    plain noun object, no clause, a subject that is no finder and an object that is no finding."""
    tokens = d.doc.tokens
    kids = [tokens[c] for c in d.children.get(verb.i, ())]
    if any(k.dep == "auxpass" for k in kids) or (verb.dep == "acl" and verb.tag == "VBN"):
        return True  # "Women found to have cancer were offered treatment": the ones found, not finders
    objects = [k for k in kids if k.dep in ("dobj", "obj")]
    if not objects and any(k.dep == "xcomp" and _to_infinitive(d, k) for k in kids):
        return True  # the same parsed as active: an active "find" takes no bare "to" clause ("found it to be")
    if _hard_going(d, kids) and subject.lemma.lower() not in _FINDERS and subject.text.lower() not in _FINDERS:
        return True  # "has found it difficult to climb above 35% in polls": how it went for them (session 17)
    if any(k.dep in _REPORTING_DEPS for k in kids) or any(k.dep == "prep" and k.text.lower() == "as" for k in kids):
        return False  # "found that ...", "saw it as a betrayal"
    if not objects or subject.lemma.lower() in _FINDERS or subject.text.lower() in _FINDERS:
        return False
    finding = any(o.lemma.lower() in _FINDING_OBJECTS or any(
        tokens[c].dep in ("det", "neg") and tokens[c].text.lower() in _NEGATING for c in d.children.get(o.i, ()))
        for o in objects)
    return not finding


def _hard_going(d: _Doc, kids: list[Token]) -> bool:
    """A dummy "it" with an adjective and a "to" clause ("found it difficult to climb", "found it hard to keep up"):
    the lead's session 17 reading of an unseen column filed a candidate's poor polling as his statement. Said of a
    finder ("researchers found it difficult to repeat the result") it still reports a finding."""
    tokens = d.doc.tokens
    for k in kids:
        if k.dep in ("ccomp", "oprd", "acomp", "xcomp") and k.pos == "ADJ":
            grand = [tokens[g] for g in d.children.get(k.i, ())]
            dummy = any(g.dep == "nsubj" and g.text.lower() == "it" for g in grand) or any(
                c.dep in ("dobj", "obj") and c.text.lower() == "it" for c in kids)
            if dummy and any(g.dep in ("advcl", "xcomp") and _to_infinitive(d, g) for g in grand):
                return True
    return False


def _to_infinitive(d: _Doc, verb: Token) -> bool:
    tokens = d.doc.tokens
    return any(tokens[c].dep == "aux" and tokens[c].text.lower() == "to" for c in d.children.get(verb.i, ()))


def picture_source(d: _Doc, first: int, last: int) -> bool:
    """True for an "according to" source that gives no voice of its own: a picture ("according to photos"),
    evidence; or an outlet relaying a person the same clause names as speaking ('"...," said Lee, a defector,
    according to the Herald': Lee's words, which the cue rule and the quotation rule give him; Audit 15)."""
    head = span_head(d, first, last)
    if head.lemma.lower() in PICTURE_NOUNS or head.text.lower() in PICTURE_NOUNS:
        return True
    return _relays_a_speaker(d, first)


# The verbs a relayed speaker is quoted with ("said Lee ..., according to the Herald").
_RELAYED_CUES = frozenset({"say", "tell", "add", "write", "explain", "insist", "warn"})


def _relays_a_speaker(d: _Doc, first: int) -> bool:
    """True when the "according to" before token ``first`` follows a speech verb whose subject is a person's
    name, outside quotation marks, in the same sentence: the person speaks, the outlet only carries it."""
    tokens = d.doc.tokens
    according = next((t for t in reversed(tokens[max(0, first - 3) : first]) if t.text.lower() == "according"),
                     None)
    if according is None:
        return False
    sentence = next((s for s in d.doc.sentences if s.token_start <= according.i < s.token_end), None)
    if sentence is None:
        return False
    for verb in tokens[sentence.token_start : according.i]:
        if verb.lemma.lower() not in _RELAYED_CUES or verb.pos != "VERB" or d.in_quote(verb.start):
            continue
        subjects = [tokens[c] for c in d.children.get(verb.i, ()) if tokens[c].dep in ("nsubj", "nsubjpass")]
        if any(t.ent_type == "PERSON" and t.pos == "PROPN" for t in subjects):
            return True
    return False


def statement_author(d: _Doc, first: int, last: int, sentence: Sentence) -> Attribution | None:
    """The named author of "the statement" that speaks in ``sentence`` ("The navy said in a statement
    that ... '...,' the statement said": the navy), from the source of one of the two sentences before
    whose text names a statement; None when the statement's author is not named there."""
    head = span_head(d, first, last)
    tokens = d.doc.tokens
    if head.lemma.lower() not in _STATEMENT_NOUNS or tokens[first].text.lower() != "the" or first != head.i - 1:
        return None
    for index in range(sentence.index - 1, max(-1, sentence.index - 3), -1):
        source = d.sources.get(index)
        if source is None or source.voice not in ("person", "organisation") or not source.speaker:
            continue
        text = d.doc.sentences[index].text.lower()
        if any(noun in text for noun in _STATEMENT_NOUNS):
            return source
    return None


def relayed(d: _Doc, verb: Token, subject: Token, sentence: Sentence) -> bool:
    """True when the cue's subject is an outlet relaying a source the same sentence names ("The council
    said ..., AFP news agency reported"): the source speaks; the agency is only the channel."""
    first, last = _core_subject(d, subject)
    head = span_head(d, first, last)
    if verb.lemma.lower() not in _CHANNEL_CUES or head.lemma.lower() not in _CHANNEL_HEADS:
        return False
    tokens = d.doc.tokens
    # "signs, with one reading '...'": the sign's words, which the correspondent only describes
    return any(t.i < verb.i and t.lemma.lower() in ("say", "tell", "announce", "claim", "state", "read")
               and t.pos == "VERB"
               and any(tokens[c].dep in ("nsubj", "nsubjpass") for c in d.children.get(t.i, ()))
               for t in d.doc.sentence_tokens(sentence))




def named_one(d: _Doc, subject: Token) -> Token | None:
    """The name in apposition to "one of the experts, William Reyes, told ...": who speaks is the one named,
    not a member of a group named before (Audit 14: the quotation went to "photos" instead)."""
    tokens = d.doc.tokens
    if subject.lemma.lower() != "one" or not any(tokens[c].text.lower() == "of" for c in d.children.get(subject.i, ())):
        return None
    return next((tokens[c] for c in d.children.get(subject.i, ())
                 if tokens[c].dep == "appos" and tokens[c].pos == "PROPN"), None)




def name_in_thing(d: _Doc, subject: Token, verb: Token) -> Token | None:
    """A person's name in apposition inside a thing's noun phrase the parser made a cue's subject ("..., a
    20-tonne piece of ice that passed close to the planet, Ana Ruiz, of the Observatory, told Reuters": the
    speaker is Ana Ruiz, not the piece of ice, Audit 14). None unless the subject is a plain common noun
    that names no kind of source."""
    lemma = subject.lemma.lower()
    if subject.pos != "NOUN" or lemma in DOCUMENT_NOUNS | ORGANISATION_NOUNS | UNNAMED_NOUNS:
        return None
    names = [t for t in d.doc.tokens[subject.i + 1 : verb.i]
             if t.dep in ("appos", "conj") and t.pos == "PROPN" and is_person_name(d, t)]
    return names[-1] if names else None



def sign_of_one(d: _Doc, subject: Token, verb: Token) -> Token | None:
    """The sign or banner "one" stands for in "signs, with one reading '...'" (Audit 14): the last such
    noun before it in the sentence; None for any other "one"."""
    if subject.lemma.lower() != "one" or verb.lemma.lower() != "read":
        return None
    sentence = d.doc.sentences[d.sentence_of[subject.i]] if subject.i in d.sentence_of else None
    if sentence is None:
        return None
    nouns = [t for t in d.doc.tokens[sentence.token_start : subject.i]
             if t.pos == "NOUN" and t.lemma.lower() in DOCUMENT_NOUNS]
    return nouns[-1] if nouns else None



def standing_speaker(d: _Doc, subject: Token, verb: Token) -> Token:
    """The token that speaks for a cue's parsed ``subject``: the name in "one of the experts, Name," or in
    a thing's noun phrase, the sign "one" stands for, else ``subject`` itself."""
    return named_one(d, subject) or name_in_thing(d, subject, verb) or sign_of_one(d, subject, verb) or subject


__all__ = ["PICTURE_NOUNS", "name_in_thing", "named_one", "negated_quantifier", "not_a_source", "picture_source",
           "relayed", "sign_of_one", "standing_speaker",
           "statement_author"]
