"""Who or what a figure's clause is about when its subject is a pronoun or a vague noun.

"It will start at $44,000" and "The new version gets a 149 horsepower engine" say
nothing to a reader who sees only the key figure: in a round-up of several products
the one the number belongs to is never named in the sentence. The reader of the
article knows it from the sentences before, so :func:`resolve_subject` reads them
the way a reader does: the subject of the same sentence's main clause ("Nissan says
*it* will offer ..."), then the main subject of each sentence before, following a
chain of pronouns and vague nouns ("The 2020 Sentra ... It ... It ... The new
version") back to the first subject that names something. A subject that does not
agree with the pronoun (a person for "it", a singular noun for "they"), a sentence
with no subject ("There'll be two versions: ..."), or a demonstrative ("That promises
355 horsepower", which points at a whole statement or an object, not a subject)
leaves the figure without a referent, and the figures stage drops it: a number a
reader cannot attach to anything is one the reader would delete.

Only the dependency parse already made by the annotation stage is used (no
coreference model: none ships with the spaCy model the project uses, and a chain of
main-clause subjects is what a news sentence's "it" refers to far more often than
not; a wrong guess is avoided by stopping at the first disagreement).
"""

from __future__ import annotations

from dataclasses import dataclass

from newsbrief.analyze.actor_names import PERSON_NOUNS
from newsbrief.analyze.figure_parse import ParsedSentence, hyphened
from newsbrief.models import Document, Sentence

# Subject pronouns a figure's clause can stand on, by what they can refer to.
_PERSON_PRONOUNS = frozenset({"he", "she"})
_THING_PRONOUNS = frozenset({"it"})
_PLURAL_PRONOUNS = frozenset({"they"})
# A pointer to a statement or an object of the sentence before, not to its subject: no referent.
_DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})
# Nouns that only say "an instance of the thing named before": "the new version", "the latest model".
VERSION_NOUNS = frozenset({"version", "versions", "model", "models", "edition", "editions", "variant", "variants",
                           "one", "ones", "latter", "former"})
_ALL_PRONOUNS = _PERSON_PRONOUNS | _THING_PRONOUNS | _PLURAL_PRONOUNS
REFERRING_PRONOUNS = _ALL_PRONOUNS  # subject pronouns :func:`resolve_subject` can resolve
# Verbs whose main subject is a source: the sentences after a report go on about what it reports.
_REPORTING_VERBS = frozenset("say tell announce claim report state add estimate predict note argue insist suggest "
                             "believe think confirm reveal expect hope promise warn".split())
# The modifiers of a name written before its noun: "Ford's Mustang Mach E SUV", "2020 Sentra".
_NAME_DEPS = frozenset({"compound", "amod", "poss", "case", "nummod", "nmod", "punct"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_NAMING_ENTITIES = frozenset({"PERSON", "ORG", "PRODUCT", "GPE", "NORP", "FAC", "WORK_OF_ART", "EVENT", "LOC"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
MAX_SENTENCES_BACK = 4  # a chain "The 2020 Sentra ... It ... It ... The new version" spans four sentences


@dataclass(frozen=True)
class Referent:
    """The words a vague subject stands for: tokens of an earlier (or the same) sentence."""

    sentence_index: int
    tokens: tuple[int, ...]


def vague_subject(s: ParsedSentence, clause: tuple[int, ...]) -> set[int]:
    """The tokens of the clause's subject when it is a pronoun or a vague noun phrase, else empty."""
    for i in clause:  # the clause's own subject, not a pronoun inside the counted noun's phrase
        t = s.tok(i)
        if t.dep not in _SUBJECT_DEPS or t.tag == "WDT" or s.tok(s.head(i)).dep == "relcl":
            continue  # "the company that ran the homes": a relative clause inside the subject
        word = t.text.lower()
        if word == "it" and dummy_it(s, i):
            return set()  # "it makes sense to keep ...": no thing to name (Audit 49)
        if word in _ALL_PRONOUNS | _DEMONSTRATIVES:
            return {i}
        if _is_version_phrase(s, i):
            return {j for j in clause if s.tok(j).left >= t.left and s.tok(j).right <= t.right and j <= i}
    return set()


# Audit 49 (docs/audit.md 50.4 item 4): "To keep the Air light, it makes sense to keep its screen size at 13-inches"
# was shown as "[12-inch] makes sense to keep ...": the dummy "it" of an extraposed clause was resolved to the
# sentence before, splicing two sentences and reversing the writer's point. "It" is a dummy when its verb's complement
# clause follows a predicate that says how the clause is judged: a bare noun object before a "to" clause ("it makes
# sense to ...", "it takes time to ..."), or an adjective before a "that"/"whether" clause ("it is clear that ...").
# An adjective before "to" is left alone: "it is likely to cost $38,000" still refers to the thing named before, and
# so does "It plans to cut 500 jobs", which has no such predicate.
_PREDICATE_DEPS = frozenset(("acomp", "oprd", "attr"))


def _marked(s: ParsedSentence, clause: int, marks: tuple[str, ...]) -> bool:
    """True when the clause at ``clause`` opens with one of the ``marks`` ("to", "that")."""
    return any(s.text(k).lower() in marks and k < clause for k in s.children[clause])


def dummy_it(s: ParsedSentence, i: int) -> bool:
    """True when the subject "it" at ``i`` only holds the place of a clause that follows its verb."""
    if s.tok(i).dep == "expl":
        return True
    verb = s.head(i)
    after = [c for c in s.children[verb] if c > verb]
    for clause in (c for c in after if s.tok(c).dep in ("xcomp", "ccomp", "csubj")):
        before = [s.tok(c) for c in after if c < clause]
        if _marked(s, clause, ("to",)) and any(t.dep == "dobj" and t.tag == "NN" and not s.children[t.i]
                                               for t in before):
            return True  # "makes sense to", not "told the staff to"
        if _marked(s, clause, ("that", "whether")) and any(t.dep in _PREDICATE_DEPS and t.pos == "ADJ"
                                                          for t in before):
            return True
    return False


# Adjectives that only place a version in time ("the new version", "the latest model"): such a phrase says
# nothing without the thing it is a version of. Any other ("the basic model", "the electric version") names a
# kind a reader can take as written (session 17's near-miss "The basic model costs $199" was dropped).
_TIME_ADJECTIVES = frozenset("new newer newest latest updated revised current old older previous next original same "
                             "last first second third future upcoming".split())


def standing_version(s: ParsedSentence, vague: set[int]) -> bool:
    """True when a version phrase ("the basic model") reads on its own: a descriptive adjective, no pronoun."""
    heads = [i for i in vague if s.tok(i).dep in _SUBJECT_DEPS]
    if len(heads) != 1 or s.tok(heads[0]).text.lower() in _ALL_PRONOUNS | _DEMONSTRATIVES:
        return False
    adjectives = [c for c in s.children[heads[0]] if c < heads[0] and s.tok(c).dep == "amod"]
    return bool(adjectives) and not any(s.text(c).lower() in _TIME_ADJECTIVES for c in adjectives)


def _is_version_phrase(s: ParsedSentence, head: int) -> bool:
    """ "the new version", "the all-wheel-drive version": a definite phrase whose noun only says "an instance"."""
    t = s.tok(head)
    if t.pos != "NOUN" or t.text.lower() not in VERSION_NOUNS:
        return False
    left = [s.tok(c) for c in s.children[head] if c < head]
    if t.text.lower() in ("model", "models", "one", "ones") and not any(c.dep in ("amod", "compound") for c in left):
        return False  # "the model tracked 30 billion particles" is a simulation; "the new model" is a version
    return any(c.text.lower() in _DEFINITE for c in left) and not any(
        c.pos == "PROPN" or c.ent_type in _NAMING_ENTITIES for c in left)


def _kind(word: str) -> str:
    if word in _PERSON_PRONOUNS:
        return "person"
    if word in _PLURAL_PRONOUNS:
        return "plural"
    return "thing"


def _subject_of(doc: Document, sentence: Sentence, verb: int) -> int | None:
    return next((i for i in range(sentence.token_start, sentence.token_end)
                 if doc.tokens[i].dep in _SUBJECT_DEPS and doc.tokens[i].head == verb and i != verb), None)


def _main_subject(doc: Document, index: int) -> int | None:
    """The subject of sentence ``index``'s main clause, or None when it has none ("There is ...").

    Of a report ("The automaker says the wagon will go 300 miles") it is the subject of what is
    reported: the sentences after it go on about the wagon, not the automaker.
    """
    sentence = doc.sentences[index]
    root = next((i for i in range(sentence.token_start, sentence.token_end) if doc.tokens[i].dep == "ROOT"), None)
    if root is None:
        return None
    if doc.tokens[root].lemma.lower() in _REPORTING_VERBS:
        for i in range(sentence.token_start, sentence.token_end):
            if doc.tokens[i].dep == "ccomp" and doc.tokens[i].head == root:
                reported = _subject_of(doc, sentence, i)
                # "Harmoush said he and his men had been sent ...": the pronoun is the speaker, named as the
                # report's subject (reader Audit 8: the chain went on to "A reporter" a sentence before)
                if reported is not None and doc.tokens[reported].text.lower() not in _ALL_PRONOUNS:
                    return reported
    return _subject_of(doc, sentence, root)


def _agrees(s: ParsedSentence, head: int, kind: str) -> bool:
    """Whether a subject can be what the pronoun refers to."""
    if s.tok(head).pos == "PRON":
        return False  # "my colleagues and I found oil; it was 12 miles off": "it" is never "I", "we" or "you"
    if kind == "thing" and any(s.tok(c).dep == "conj" for c in s.children[head]):
        return False  # "my crew and I": two or more are not "it"
    person = (s.tok(head).ent_type == "PERSON" and not _which_described(s, head)) \
        or s.tok(head).text.lower() in _PERSON_PRONOUNS
    if kind == "person":  # a person named, or a common noun that can be one ("a former bank clerk")
        t = s.tok(head)
        return person or (t.pos == "NOUN" and not t.ent_type and t.tag == "NN" and _person_noun(t.text))
    if kind == "plural":
        return s.tok(head).tag in ("NNS", "NNPS") or s.tok(head).ent_type == "ORG"
    return not person and (s.tok(head).tag not in ("NNS", "NNPS") or s.tok(head).ent_type == "ORG")  # "Rovers"


# Reader Audit 25: "He was detained for 15 hours" was shown as "[November election] was detained": any common
# noun passed for a person. A common noun is taken for "he"/"she" only when it names a person: a role word
# (actor_names.PERSON_NOUNS) or an agent noun's ending ("a chemist", "a guardian", "a fireman").
_PERSON_ENDINGS = ("ist", "ian", "man", "woman", "person")


def _person_noun(word: str) -> bool:
    """True when a common noun names a person ("clerk", "activist"), not a thing or an event ("election")."""
    word = word.lower()
    return word in PERSON_NOUNS or word.endswith(_PERSON_ENDINGS)


def _ambiguous(s: ParsedSentence, subject: int) -> bool:
    """An agent (a company, a country) with a thing as the object of its verb: "it" may be either."""
    if s.tok(subject).ent_type not in ("ORG", "GPE", "NORP"):
        return False
    verb = s.head(subject)
    objects = [c for c in s.children[verb] if s.tok(c).dep == "dobj"]
    objects += [o for c in s.children[verb] if s.tok(c).dep in ("prep", "prt") and c > verb
                and s.text(c).lower() in ("off", "out", "up", "on")  # "was auctioning off a car"
                for o in s.children[c] if s.tok(o).dep == "pobj"]
    return any(s.tok(c).pos in ("NOUN", "PROPN") and s.tok(c).tag not in ("NNS", "NNPS") for c in objects)


# Plural pronouns for others than the subject of the clause they stand in ("BP looking over their shoulders").
_OTHERS_PLURAL = frozenset({"their", "them", "theirs"})


def _people_beside(doc: Document, s: ParsedSentence, subject: int, pronoun: int, kind: str) -> bool:
    """Whether a "they" has a plural group of people to mean besides an organisation ``subject`` of its
    sentence: the organisation's own clause says "their"/"them" of others, or a plural common noun for
    people ("scientists", "residents") is the subject of the sentence before or of this one before the
    pronoun. Then the organisation is no certain referent (Audit 16: "[BP] have to do it 100% right")."""
    if kind != "plural" or s.tok(subject).ent_type != "ORG" or s.tok(subject).tag in ("NNS", "NNPS"):
        return False
    verb = s.head(subject)
    if any(s.text(i).lower() in _OTHERS_PLURAL for i in s.subtree(verb, {subject}, prune=False) if i < pronoun):
        return True
    first = doc.sentences[s.sentence.index - 1].token_start if s.sentence.index > 0 else s.lo
    return any(t.dep in ("nsubj", "nsubjpass") and t.tag == "NNS" and not t.ent_type and t.lemma.lower() in _GROUPS
               for t in doc.tokens[first:pronoun])


# Plural nouns for groups of people a "they" may mean.
_GROUPS = frozenset("scientist researcher expert official worker resident people student teacher doctor nurse "
                    "lawyer analyst investor farmer fisherman protester activist critic voter parent citizen "
                    "employee member leader engineer volunteer rescuer victim family".split())


def _named(s: ParsedSentence, head: int) -> bool:
    """A subject that names something: a proper noun or a name among its modifiers ("Ford's SUV")."""
    return any(s.tok(i).pos == "PROPN" for i in _referent_tokens(s, head))


def _referent_tokens(s: ParsedSentence, head: int) -> tuple[int, ...]:
    """The referent's noun with the modifiers written just before it, without its article and clauses:
    "2020 Sentra", "Ford's Mustang Mach E SUV" (not "which goes on sale in January")."""
    out = [head]
    i = head - 1
    while s.inside(i) and s.tok(i).dep in _NAME_DEPS and i - 1 <= s.head(i) <= head and s.head(i) != i:
        if any(s.tok(c).dep == "det" for c in s.children[i]):
            break  # "For much of the day cardiologist Dr Steinberg": "the day" is a phrase of its own
        out.append(i)
        i -= 1
    return tuple(sorted(out))


def _has_own_number(s: ParsedSentence, subject: int, before: int) -> bool:
    """True when the clause of ``subject`` gives a number of its own before ``before`` (not a date).

    Asked of a pronoun's clause joined to others ("..., Beat It reached 30"): in a list of parallel
    clauses each with its number the subject before is a sibling's, not what the pronoun means. A
    subordinate clause ("paid £7.9m ..., as it signed 11 players") still refers to the main subject.
    """
    verb = s.head(subject)
    return any(s.tok(k).pos == "NUM" and k not in s.dates and k < before
               for k in s.subtree(verb, {subject}, prune=False))


def _which_described(s: ParsedSentence, head: int) -> bool:
    """True when the name has a "which" clause: "Marlow Tools, which has 1,200 employees, said it would cut 300
    jobs" is a firm, whatever type the name was given; a person takes "who" (session 15's strict xfail)."""
    return any(s.tok(c).dep == "relcl" and any(s.tok(k).text.lower() == "which" and s.tok(k).dep in _SUBJECT_DEPS
                                               for k in s.children[c]) for c in s.children[head])


def resolve_subject(doc: Document, s: ParsedSentence, vague: set[int]) -> Referent | None:
    """What the pronoun or vague noun ``vague`` (a subject in sentence ``s``) refers to, or None."""
    head = max(vague, key=lambda i: s.tok(i).dep in _SUBJECT_DEPS)
    word = s.tok(head).text.lower()
    if word in _DEMONSTRATIVES:
        return None
    kind = "thing" if word not in _PERSON_PRONOUNS | _PLURAL_PRONOUNS else _kind(word)
    version = word not in _ALL_PRONOUNS
    # "The key one is that it has agreed to pay": the "it" is not the key one (Audit 32 A2)
    for same in range(min(vague) - 1, _stated_from(s, head) - 1, -1):  # "The Trust said it had", "Rovers ..., as it"
        t = s.tok(same)
        if t.dep not in _SUBJECT_DEPS or t.tag == "WDT" or t.text.lower() in _ALL_PRONOUNS:
            continue
        if t.text.lower() in _DEMONSTRATIVES or _people_beside(doc, s, same, min(vague), kind) \
                or not _governs(s, s.head(same), head):
            # a pointer to a statement; "with BP looking over their shoulders, they ...": not BP; "If the
            # charge stands, it faces fines": a subordinate clause's subject may or may not be the "it"
            return None
        # the nearest subject before it in the same sentence: "that area is the hotspot, but it hit 89
        # degrees"; a person must be named ("The court heard that he made ..." is not the court)
        if s.tok(s.head(head)).dep == "conj" and _has_own_number(s, same, min(vague)):
            return None  # "X got to 25, Y to 28, it reached 30": a list of parallel clauses, each its own figure
        if _agrees(s, same, kind) and (_named(s, same) or (kind == "thing" and not version)):
            return Referent(s.sentence.index, _referent_tokens(s, same))
        if kind == "person":
            break  # "The court heard that he made ...": a person is looked for in the sentences before
        return None  # "Despite the memorabilia being estimated at $20,000, it raked in ...": not a guess further back
    for index in range(s.sentence.index - 1, max(-1, s.sentence.index - 1 - MAX_SENTENCES_BACK), -1):
        earlier = ParsedSentence(doc, doc.sentences[index])
        subject = _main_subject(doc, index)
        if subject is None:
            return None  # "There'll be two versions: ...": the chain is broken
        text = earlier.tok(subject).text.lower()
        if text in _ALL_PRONOUNS:
            if _kind(text) != kind:
                return None
            continue  # "It's built on ... It's got ...": follow the chain
        if text in _DEMONSTRATIVES or _is_version_phrase(earlier, subject):
            continue
        if not _agrees(earlier, subject, kind) or (version and not _named(earlier, subject)):
            return None  # "the new version" is a version of a named thing, not of "the automaker"
        if kind == "thing" and (_ambiguous(earlier, subject) or _owned(earlier, subject)):
            return None  # "Kia unveiled a small van. It will start at $38,000": Kia or the van?
        return Referent(index, _referent_tokens(earlier, _named_attribute(earlier, subject)))
    return None


def _governs(s: ParsedSentence, verb: int, pronoun: int) -> bool:
    """Whether ``verb`` (a subject's verb) is the pronoun's own verb or one it hangs from: "Shell said it had",
    "the area is the hotspot, but it hit 89 degrees". A subject in a clause the pronoun's clause governs
    ("If the charge stands, it faces fines of up to $21bn", reader Audit 33 A7) is no certain referent: the
    "it" of such a sentence is as often the main story's subject (BP) as the subordinate one's."""
    i = pronoun
    for _ in range(40):
        up = s.head(i)
        if up == verb:
            return True
        if up == i or not s.inside(up):
            return False
        i = up
    return False


def _stated_from(s: ParsedSentence, pronoun: int) -> int:
    """Where a subject for ``pronoun`` may be looked for in its own sentence: after the "be" whose "that" clause
    holds it ("The key one is that it has agreed ...", "The problem was that it could not pay": the subject
    names the clause, a reason or a problem, never what its "it" is), else from the sentence's start."""
    verb = s.head(pronoun)
    copula = s.head(verb)
    if s.tok(verb).dep == "ccomp" and copula != verb and s.tok(copula).lemma == "be":
        return copula + 1
    return s.lo


def _owned(s: ParsedSentence, subject: int) -> bool:
    """An unnamed subject that belongs to something ("BP's plunging value", "the value of its shares"):
    a later "it" may mean either the owner or the attribute, and a bracket that guesses shows the wrong
    subject (reader Audit 21: "[plunging value] is estimated to provide £1 in every £7 paid in
    dividends", said of BP)."""
    if _named(s, subject) and s.tok(subject).pos == "PROPN":
        return False
    return any(s.tok(c).dep == "poss" or (s.tok(c).dep == "prep" and s.text(c).lower() == "of")
               for c in s.children[subject])


def _named_attribute(s: ParsedSentence, subject: int) -> int:
    """The name a copula gives its subject: "The highest-graded player was Joe Schobert" -> Joe Schobert."""
    verb = s.head(subject)
    if s.tok(verb).lemma == "be" and not _named(s, subject):
        for c in s.children[verb]:
            if s.tok(c).dep == "attr" and s.tok(c).pos == "PROPN":
                return c
    return subject


# Words that open a breakdown of a total: "20 cases, including eight in New York City".
_BREAKDOWN_WORDS = frozenset({"including", "among", "includes", "include"})
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def elided_noun(s: ParsedSentence, anchor: int, others: set[int]) -> int | None:
    """The noun a bare count in a breakdown counts: "20 cases were confirmed, including eight in New York
    City ... and seven in California" counts cases. The count hangs (through the list it is part of)
    from "including"; the noun is the one the nearest earlier number of the sentence counts."""
    i = anchor
    for _ in range(8):
        up = s.head(i)
        if up == i:
            return None
        if s.tok(up).text.lower() in _BREAKDOWN_WORDS:
            break
        if s.tok(i).dep not in ("conj", "appos", "pobj", "prep", "npadvmod") and s.tok(up).pos != "PROPN":
            return None
        i = up
    else:
        return None
    totals = [s.head(o) for o in sorted(others) if o < anchor and s.tok(o).dep == "nummod"
              and s.tok(s.head(o)).pos == "NOUN"]
    return totals[-1] if totals else None


def only_places(s: ParsedSentence, tokens: set[int]) -> bool:
    """True when the only nouns of ``tokens`` are place names: "seven — in California" says not what."""
    nouns = [i for i in tokens if s.tok(i).pos in ("NOUN", "PROPN")]
    return bool(nouns) and all(s.tok(i).ent_type in _PLACE_ENTITIES for i in nouns)


_NAMING_VERBS = frozenset({"call", "name", "dub", "know", "brand"})


def definite_subject(s: ParsedSentence, clause: tuple[int, ...]) -> set[int]:
    """The clause's subject when it is "the" and a common noun with no name in it ("the wagon", "the SUV")."""
    for i in clause:
        t = s.tok(i)
        if t.dep not in _SUBJECT_DEPS or t.pos not in ("NOUN", "PROPN") or t.ent_type:
            continue
        left = [c for c in s.children[i] if c < i]
        if any(_own_modifier(s, c) for c in left):
            continue  # "The Eco-Pro button" names its own button: never the "eDrive button" before it (Newsroom 26)
        if any(s.text(c).lower() == "the" for c in left) and not _named(s, i):
            return {j for j in clause if j <= i and s.tok(j).left >= t.left}
    return set()


def _own_modifier(s: ParsedSentence, c: int) -> bool:
    """A modifier that tells this noun from others of its kind ("the Eco-Pro button", "the sport button"): a
    compound or a descriptive adjective; "the new wagon" only places it in time and stays vague."""
    t = s.tok(c)
    return t.dep in ("compound", "poss", "nmod") or (t.dep == "amod" and t.text.lower() not in _TIME_ADJECTIVES)


def named_mention(doc: Document, s: ParsedSentence, subject: set[int]) -> Referent | None:
    """The nearest earlier mention of the same noun that names it: "the wagon" after "a station wagon
    called the ID. Space Vizzion", "the SUV" after "Ford's Mustang Mach E SUV". None when no earlier
    mention names it (then "the club" stays "the club": it is not vague in a one-club story)."""
    head = max(subject, key=lambda i: s.tok(i).dep in _SUBJECT_DEPS)
    lemma = s.tok(head).lemma.lower()
    for index in range(s.sentence.index, max(-1, s.sentence.index - 1 - MAX_SENTENCES_BACK), -1):
        earlier = s if index == s.sentence.index else ParsedSentence(doc, doc.sentences[index])
        stop = min(subject) if index == s.sentence.index else earlier.hi
        for i in range(stop - 1, earlier.lo - 1, -1):
            if earlier.tok(i).lemma.lower() != lemma or earlier.tok(i).pos not in ("NOUN", "PROPN"):
                continue
            tokens = set(_referent_tokens(earlier, i)) | _called(earlier, i)
            if any(earlier.tok(j).pos == "PROPN" for j in tokens):
                return Referent(index, tuple(sorted(tokens)))
    return None


def _called(s: ParsedSentence, noun: int) -> set[int]:
    """The name given to a noun by "called", "named", "dubbed": "a wagon *called the ID. Space Vizzion*"."""
    for c in s.children[noun]:
        if s.tok(c).dep == "acl" and s.tok(c).lemma.lower() in _NAMING_VERBS:
            names = [k for k in s.children[c] if s.tok(k).dep in ("oprd", "attr", "dobj", "xcomp")]
            if names:
                out = {c} | s.subtree(names[0], set(), prune=False)
                i = max(out) + 1  # a name the parser split at a dot: "the ID. Space Vizzion Concept"
                while s.inside(i) and (s.tok(i).pos == "PROPN" or (s.text(i) == "." and s.tok(i + 1).pos == "PROPN"
                                                                    and s.inside(i + 1))):
                    out.add(i)
                    i += 1
                return out
    return set()


def host_subject(s: ParsedSentence, verb: int, exclude: set[int]) -> set[int]:
    """The host clause's verb and named subject for a participle carrying a figure, else nothing.

    "The Aldergrove departed Sfax carrying 311 passengers": the number is the ship's load, and
    "Sfax carrying 311 passengers" alone reads as the port's (reader Audit 13). A pronoun subject
    ("they left carrying 40 boxes") names nothing, so the phrase is left as it was.
    """
    host = s.head(verb)
    if s.tok(host).pos in ("NOUN", "PROPN") and s.tok(host).dep == "dobj":
        host = s.head(host)  # the parser hangs "carrying" on the object ("departed Sfax carrying")
    if host == verb or s.tok(host).pos not in ("VERB", "AUX"):
        return set()
    subjects = [c for c in s.children[host] if s.tok(c).dep in _SUBJECT_DEPS and c < host]
    if not subjects or s.tok(subjects[0]).pos not in ("NOUN", "PROPN"):
        return set()
    return s.phrase(subjects[0], exclude, 4) | {host} | {c for c in s.children[host] if s.tok(c).dep in (
        "aux", "auxpass", "neg", "prt") or (s.tok(c).dep == "dobj" and c < verb)}


def bare_subject(s: ParsedSentence, subject: set[int], exclude: set[int]) -> set[int]:
    """The head noun of ``subject`` with its left modifiers, when the rest holds another number.

    Empty when the head itself is counted by the other number ("4 of them said") or names nothing.
    """
    heads = [i for i in subject if s.head(i) not in subject or s.head(i) == i]
    if len(heads) != 1 or s.tok(heads[0]).pos != "NOUN" or heads[0] in exclude:
        return set()
    head = heads[0]
    left = {c for c in s.children[head] if c < head and s.tok(c).dep in ("det", "amod", "compound")}
    # a describing compound ("The 7.0-magnitude earthquake killed ...", Audit 50 #3) is a word of the name, not a
    # count of the head: kept whole, so the toll keeps the verb that makes it one
    described = {k for c in left if any(s.tok(j).like_num and hyphened(s, j) for j in s.subtree(c, set(), prune=False))
                 for k in s.subtree(c, set(), prune=False)}
    free = exclude - described
    kept = {head} | {k for c in left for k in s.subtree(c, free, prune=False)}
    counted = any(s.tok(j).like_num or s.tok(j).ent_type in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT")
                  for j in (head, *[c for c in s.children[head] if c < head and c not in described]))
    return set() if kept & free or counted else kept


# Public names for the possessive owners of figure_dangling.py: the same reads as a vague subject's.
main_subject = _main_subject
referent_tokens = _referent_tokens
