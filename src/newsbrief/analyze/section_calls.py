"""Obligation words that urge no one (reader Audit 24, 25.4 item 3: three of fourteen Recommendations).

* **An expectation.** "Britain and the United States must also face questions" tells what a party can expect,
  not what it should do: a "must face" whose object is scrutiny (questions, criticism, pressure, an inquiry).
  "The government must answer these questions" stays: answering is an act.
* **A party's recognition reported.** "He recognizes that the status quo is not sustainable and that a change
  must take place" reports what a party accepts; the "must" is inside the recognising clause of a third party.
  "We recognise that we must act" (a speaker's own) stays.
* **A requirement on a thing.** "The watch has to be all things to all people" names what a product must be
  (a noun predicate on a thing, not on a person, a body or a policy): no one is urged. "The priority must be
  the children" (an agenda noun) stays a call.
* **A charge put to the addressee.** "You have turned into a corporate flack, and you have to admit it" (a
  column's open letter, reader Audit 25): a second-person "have to admit", "must accept", "should know" asks the
  addressee to own a charge, it urges no act. "You must leave the building now" stays a call; so does "The
  government must admit its mistakes" (a third party's).

* **A damaged thing's need described.** "The whole town is destroyed and has to be rebuilt" (reader Audit 26 #3)
  describes the damage: a "has to be" joined to a present passive state of the same thing, with no time or
  urgency on it. "The bridge has to be rebuilt before the winter" stays a call.
* **A norm described.** "Presidents are asked to consult with Congress before they send troops" describes how an
  office is meant to work (a bare plural of an office, "are asked/expected/required to", and a "before/when
  they" of the procedure), urging no one (:data:`NORM`, read with the other non-calls of ``classify``).
  "Residents are asked to boil water before drinking it" stays a call.

Session 17 (the brief's problem 2) adds the other side: **a passive call is a call.** "Residents are asked to
avoid the area", "Drivers are urged to use the ring road", "People have been told to stay indoors", "Motorists
are being asked to ..." is a notice whose caller is the authority the sentence or its paragraph names ("police
said"); the attribution stage gives such a sentence the stance *asserts* (the passive hides the caller), so
:func:`passive_call` reads the shape itself: a present, progressive or present-perfect passive of a verb of
calling with a "to" clause, in the main clause or in what a verb of saying reports, with its addressees named
(not "They are told to ..."). A past "were told to leave" is a measure taken (Audit 6), and a norm (:data:`NORM`)
is filtered before this check.

:func:`not_a_call` gathers them with :func:`~newsbrief.analyze.section_forecasts.physical_condition`.
"""

from __future__ import annotations

import re

from newsbrief.analyze.section_expected import not_urged
from newsbrief.analyze.section_forecasts import a_thing, copula, physical_condition
from newsbrief.analyze.section_framed import described_call, timeline_line
from newsbrief.analyze.section_judged import reported_clause
from newsbrief.analyze.section_narrated import predicts_amount
from newsbrief.analyze.section_overtaken import rejected_view
from newsbrief.analyze.section_setups import emphatic_must
from newsbrief.lexicon import ORGANISATION_NOUNS
from newsbrief.models import Document, Sentence, Token

# "Presidents are asked to consult with Congress before they ...", "Judges are expected to step aside when they
# ...": how an office is meant to work. Offices only: "Residents are asked to stay indoors when they hear the
# siren" is a notice's call.
NORM = re.compile(
    r"^\W*(?:(?:prime\s+)?ministers|presidents|governors|judges|senators|lawmakers|legislators|mayors|monarchs|"
    r"kings|queens|leaders|chancellors|premiers|members\s+of\s+\w+)\s+(?:are|were)\s+"
    r"(?:usually\s+|normally\s+|traditionally\s+|generally\s+|also\s+)?(?:asked|expected|required|supposed|obliged)"
    r"\s+to\b[^.;]*\b(?:before|when|whenever|if|once|after)\s+they\b", re.I)
# A "should" of expectation: "A relief well is expected to reach the leak in August, and should seal it for good"
# (session 18b's strict xfail). A "should" sharing the subject of "is expected/likely/due/set to" (no subject of its
# own after "and") is what that thing is expected to do, a forecast; classify.cue_counts takes it off the
# recommendations' count. "... is expected to cut jobs, and it should protect the poor" (a new subject) stays a call.
EXPECTED_SHOULD = re.compile(r"\b(?:is|are|was|were)\s+(?:also\s+|now\s+|widely\s+)?(?:expected|likely|due|set|"
                             r"scheduled)\s+to\b[^.;?!]*?\b(?:and|but)\s+should\b", re.I)
# time or urgency on a "has to be" makes it a call ("has to be rebuilt before the winter", "now", "at once")
_URGED = re.compile(r"\b(?:before|by|now|immediately|urgently|soon|quickly|at once|first|this)\b", re.I)
# What a party faces when it is scrutinised; "justice" is left out ("he must face justice" is a call).
_SCRUTINY = frozenset("question questioning scrutiny criticism pressure inquiry investigation accusation "
                      "allegation charge backlash probe challenge".split())
_RECOGNISING = frozenset("recognise recognize acknowledge accept understand realise realize concede admit "
                         "know".split())
_OWN = frozenset({"i", "we"})
# Nouns that name an agenda: "the priority must be the children", "the answer has to be more investment".
_AGENDA = frozenset("priority answer focus goal aim solution response message target task job step lesson "
                    "emphasis choice option rule principle".split())


def _verb_of(doc: Document, modal: Token) -> Token:
    return doc.tokens[modal.head] if modal.dep == "aux" else modal


def faces_scrutiny(doc: Document, modal: Token) -> bool:
    """A "must face questions" (see the module docstring)."""
    verb = _verb_of(doc, modal)
    if verb.lemma.lower() != "face":
        verb = next((k for k in doc.children(verb) if k.dep == "xcomp" and k.lemma.lower() == "face"), verb)
    return verb.lemma.lower() == "face" and any(k.dep == "dobj" and k.lemma.lower() in _SCRUTINY
                                                for k in doc.children(verb))


def recognised(doc: Document, modal: Token) -> bool:
    """A "must" inside what a third party is said to recognise (see the module docstring)."""
    clause = reported_clause(doc, _verb_of(doc, modal))  # "... and that a change must take place"
    if clause is None:
        return False
    holder = doc.tokens[clause.head]
    subject = next((k for k in doc.children(holder) if k.dep == "nsubj"), None)
    return holder.lemma.lower() in _RECOGNISING and subject is not None and subject.text.lower() not in _OWN


def thing_requirement(doc: Document, modal: Token) -> bool:
    """A noun predicate on a thing's "has to be" (see the module docstring)."""
    be = copula(doc, modal)
    if be is None or any(k.dep == "auxpass" for k in doc.children(be)) or not a_thing(doc, modal):
        return False
    verb = _verb_of(doc, modal)
    subject = next((k for k in doc.children(verb) if k.dep == "nsubj"), None)
    if subject is None or subject.lemma.lower() in _AGENDA:
        return False
    # "Education must be the top priority" sets an agenda: the predicate noun says so (session 15 review)
    return any(k.dep == "attr" and k.pos in ("NOUN", "PRON") and k.lemma.lower() not in _AGENDA_PREDICATES
               for k in doc.children(be))


_AGENDA_PREDICATES = frozenset({"priority", "concern", "imperative", "necessity", "goal", "aim", "focus", "duty",
                                "obligation", "responsibility", "task", "mission", "answer", "solution"})


def charge_owned(doc: Document, modal: Token) -> bool:
    """A second-person "have to admit", "should know" (see the module docstring)."""
    verb = _verb_of(doc, modal)
    if modal.dep != "aux" and modal.lemma.lower() in ("have", "need"):
        verb = next((k for k in doc.children(modal) if k.dep == "xcomp"), verb)
        subject = next((k for k in doc.children(modal) if k.dep == "nsubj"), None)
    else:
        subject = next((k for k in doc.children(verb) if k.dep == "nsubj"), None)
    return verb.lemma.lower() in _RECOGNISING and subject is not None and subject.text.lower() == "you"


# An epistemic reminder (reader Audit 47, 48.2; say "we should also bear in mind that only two pumps serve the
# valley"): "bear / keep in mind that", "remember that", "not forget that", "note that" asks the hearer to hold a
# fact in view, it urges no act. Only with a that-clause: "We should remember the victims by building a memorial"
# urges one.
_REMINDING = frozenset({"remember", "note", "recall", "forget"})


def reminder(doc: Document, modal: Token) -> bool:
    """A "should/must/have to" on a verb of keeping a fact in mind with a clause of that fact (see above)."""
    verb = _verb_of(doc, modal)
    if modal.dep != "aux" and modal.lemma.lower() in ("have", "need"):
        verb = next((k for k in doc.children(modal) if k.dep == "xcomp"), verb)
    kids = doc.children(verb)
    lemma = verb.lemma.lower()
    in_mind = lemma in ("bear", "keep") and any(
        k.dep == "prep" and k.text.lower() == "in" and any(p.lemma.lower() == "mind" for p in doc.children(k))
        for k in kids)
    negated = any(k.dep == "neg" or k.text.lower() == "never" for k in kids)
    reminding = lemma in _REMINDING and (lemma != "forget" or negated)
    return (in_mind or reminding) and any(k.dep == "ccomp" for k in kids)


def damage_described(doc: Document, modal: Token) -> bool:
    """A "has to be rebuilt" joined to a present passive state of the same thing (see the module docstring)."""
    if modal.lemma.lower() != "have" or modal.dep != "conj":
        return False
    state = doc.tokens[modal.head]
    sentence = next(s for s in doc.sentences if s.start <= modal.start < s.end)
    passive = [k for k in doc.children(state) if k.dep == "auxpass" and k.tag in ("VBZ", "VBP")]
    done = [k for k in doc.children(modal) if k.dep == "xcomp" and k.tag == "VBN"]
    return bool(passive and done) and state.tag == "VBN" and not _URGED.search(sentence.text[modal.start
                                                                                         - sentence.start:])


_PASSIVE_CALLS = frozenset("ask urge advise tell encourage instruct order request remind warn implore".split())
# pronouns a notice addresses ("Anyone with information is asked to call police")
_ADDRESSEES = frozenset("anyone anybody everyone everybody those all".split())
_SAYING = frozenset("say tell add state warn announce write".split())
# In a quotation a notice asks ('"Residents are asked to avoid the area," police said'); a speaker who says what
# others "are told" or "instructed" to do describes a practice (Audit 51 #8: '"... Tourists in North Korea are told
# to tip people in Scotch instead of the currency."', a Recommendation).
_DESCRIBED = frozenset("tell instruct order".split())


def _present_passive(doc: Document, verb: Token) -> bool:
    """``verb`` is a participle with a present "are/is asked" or a present perfect "have been asked"."""
    kids = doc.children(verb)
    passive = [k for k in kids if k.dep == "auxpass"]
    if verb.tag != "VBN" or not passive:
        return False
    if passive[0].tag in ("VBZ", "VBP"):
        return True
    # "have been asked" (perfect) or "are being asked" (progressive)
    helper = {"VBN": "have", "VBG": "be"}.get(passive[0].tag)
    return helper is not None and any(k.dep == "aux" and k.lemma.lower() == helper and k.tag in ("VBZ", "VBP")
                                      for k in kids)


def passive_call(doc: Document, sentence: Sentence) -> bool:
    """True when ``sentence`` is a notice's passive call ("Residents are asked to avoid the area", see the module
    docstring): the caller is left to the sentence's attribution or its paragraph."""
    for verb in doc.sentence_tokens(sentence):
        if verb.lemma.lower() not in _PASSIVE_CALLS or not _present_passive(doc, verb):
            continue
        head = doc.tokens[verb.head]
        main = verb.dep == "ROOT" or (verb.dep == "ccomp" and head.dep == "ROOT"
                                      and head.lemma.lower() in _SAYING)
        acts = [k for k in doc.children(verb) if k.dep == "xcomp" and k.tag == "VB"]
        # a notice names whom it asks ("Residents", "Anyone with information"); "They are told to keep the key
        # safe" describes a procedure's steps (an XSum explainer of a log-in, session 17)
        if verb.lemma.lower() in _DESCRIBED and quoted_at(doc, verb):
            continue  # a speaker's "Tourists there are told to tip in whisky" tells a custom (Audit 51 #8)
        if main and acts and any(k.dep == "nsubjpass" and (k.pos != "PRON" or k.text.lower() in _ADDRESSEES)
                                 for k in doc.children(verb)):
            return True
    return False


def quoted_at(doc: Document, token: Token) -> bool:
    """Whether ``token`` stands inside a quotation opened earlier in its paragraph (Audit 9: a quoted
    "should" of a past telling filed as a recommendation)."""
    sentence = next(s for s in doc.sentences if s.start <= token.start < s.end)
    opening = next(s for s in doc.sentences if s.paragraph == sentence.paragraph)  # quotes span sentences
    before = doc.article.text[opening.start : token.start]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


# A quoted generic "you": a shopper's '"It's an iPhone. There's so much hype about it," she said. "You just have to
# get it."' and "You need to be here early or you miss out" (the lead's reading of Newsroom row 52) say what one
# does, told to no one. A quote told to someone ("'You have to cut the queues,' he told the manager") is a call.
_GENERIC_NEEDS = frozenset({"have", "need", "get", "got"})
# What marks the "you" as one's own way of doing (a shopper's "you just have to get it", "be here early or you miss
# out") rather than advice said to the reader ("You need to boil your water for a minute," the health officer said).
_ONES_OWN = re.compile(r"\bjust\b|\bor (?:else )?you\b", re.I)
_TELLING = frozenset("tell ask urge warn beg implore plead remind address order instruct".split())


def generic_you(doc: Document, modal: Token) -> bool:
    """True when a quoted "you have to / you need to" has no addressee in its sentence (see above)."""
    verb = _verb_of(doc, modal) if modal.dep == "aux" else modal
    if modal.lemma.lower() not in _GENERIC_NEEDS or not quoted_at(doc, modal):
        return False
    if not any(k.dep == "nsubj" and k.text.lower() == "you" for k in doc.children(verb)):
        return False
    sentence = next(s for s in doc.sentences if s.start <= modal.start < s.end)
    if not _ONES_OWN.search(sentence.text):
        return False  # "You need to boil your water," said the health officer: advice to the reader (lead, session 18)
    return not any(t.lemma.lower() in _TELLING for t in doc.sentence_tokens(sentence))


# Hindsight told to a generic "you" (reader Audit 35 #7: '"There was this feeling among the rebels that all we have
# to do is show up. But you should take a couple of years to get it organized first."'): a quoted "you should ...",
# opened by "But" or with a "first", after a sentence told in the past, is a lesson drawn from what others did,
# told to no one. Quoted advice with no past account before it ("You should boil your water first," the officer
# said) stays a call.
_LESSON_MARK = re.compile(r"^\W*but\b|\b(?:first|beforehand|in advance)\b", re.I)


def hindsight_you(doc: Document, modal: Token) -> bool:
    """True when a quoted "you should/must" follows a sentence of past narration as its lesson (see above)."""
    if modal.text.lower() not in ("should", "must") or not quoted_at(doc, modal):
        return False
    verb = _verb_of(doc, modal) if modal.dep == "aux" else modal
    if not any(k.dep == "nsubj" and k.text.lower() == "you" for k in doc.children(verb)):
        return False
    sentence = next(s for s in doc.sentences if s.start <= modal.start < s.end)
    if not sentence.index or not _LESSON_MARK.search(sentence.text):
        return False
    before = doc.sentences[sentence.index - 1]
    root = next((t for t in doc.sentence_tokens(before) if t.head == t.i), None)
    return root is not None and root.tag in ("VBD", "VBN") and before.paragraph == sentence.paragraph


# A writer's "we want X to ..." about a thing or people at large ("When times are confusing, we want films to
# reflect that confusion", the lead's reading of Newsroom row 32) generalises about what people like: no actor is
# called on. "We want the studios to take more risks" names who should act and stays a call.
_ACTOR_NOUNS = ORGANISATION_NOUNS | frozenset("studio studios industry leader leaders official officials politician "
                                               "politicians minister ministers lawmaker lawmakers executive executives "
                                               "regulator regulators owner owners landlord landlords".split())
_ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_WANTING = frozenset({"want", "need"})


def _an_actor(doc: Document, noun: Token) -> bool:
    return noun.ent_type in _ACTOR_ENTS or noun.pos in ("PRON", "PROPN") or noun.lemma.lower() in _ACTOR_NOUNS \
        or noun.text.lower() in _ACTOR_NOUNS


def _wanted(doc: Document, want: Token) -> list[Token]:
    """Who or what ``want`` wants to do something: "films" of "want films to reflect" (a "to" clause needed;
    "We want an apology" asks for a thing and is left to the other rules)."""
    kids = doc.children(want)
    clauses = [k for k in kids if k.dep in ("ccomp", "xcomp")
               and any(g.dep == "aux" and g.text.lower() == "to" for g in doc.children(k))]
    if not clauses:
        return []
    return [k for k in kids if k.dep == "dobj"] + [g for k in clauses for g in doc.children(k) if g.dep == "nsubj"]


def wants_a_state(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence's calls are all "we want/need X to ..." whose X is no actor (see above): another
    "wants the DCCC to make amends" in the sentence (Newsroom row 44) keeps it a call."""
    tokens = doc.sentence_tokens(sentence)
    if any(t.tag == "MD" and t.text.lower() in ("should", "must") for t in tokens):
        return False
    generic = False
    for want in tokens:
        if want.lemma.lower() not in _WANTING or want.pos != "VERB":
            continue
        wanted = _wanted(doc, want)
        if any(_an_actor(doc, w) for w in wanted):
            return False
        ours = any(k.dep == "nsubj" and k.text.lower() == "we" for k in doc.children(want))
        generic = generic or (ours and bool(wanted))
    return generic


def no_call(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence holds no call: a want of no actor (:func:`wants_a_state`), a negated call with the
    calls in a concessive aside, or a timeline's dated line (:mod:`~.section_framed`, Audit 42), an expectation, an
    interviewer's line or a legal standard stated as fact (:mod:`~.section_expected`, Audit 45)."""
    return wants_a_state(doc, sentence) or described_call(doc, sentence) or timeline_line(doc, sentence) \
        or not_urged(doc, sentence)


# A hardship told with "must" (reader Audit 30 #2): "People here must live with the pollution daily", "Families
# must walk miles for clean water", "Residents have to cope without power" describe a necessity the affected
# suffer, urging no one. The sufferer is the subject and the verb one of living through; an actor with an act
# ("The company must clean up the creeks", "We must stop the flaring") stays a call.
_SUFFERERS = frozenset("people we they i family families resident residents villager villagers child children "
                       "woman women farmer farmers fisherman fishermen local locals community communities patient "
                       "patients household households mother mothers parent parents worker workers commuter "
                       "commuters pupil pupils student students many most some everyone".split())
_ENDURING = frozenset("live endure walk suffer cope bear tolerate trek travel queue wait survive struggle "
                      "sleep breathe fetch scrape go put make".split())
# A journey or a wait is a hardship by its length ("must walk miles", "have to queue for hours"); without one it
# is a rule or advice ("People must walk on the left", "Visitors must travel with a passport").
_BY_LENGTH = frozenset({"walk", "trek", "travel", "queue", "wait"})
_LENGTHS = frozenset("mile miles kilometre kilometres kilometer kilometers km hour hours day days week weeks far "
                     "long".split())
# the particle or preposition that makes "go", "put", "make" a verb of enduring: "go without", "put up with",
# "make do"
_ENDURING_PARTICLES = {"go": ("without",), "put": ("up",), "make": ("do",)}


def _necessity(doc: Document, modal: Token) -> tuple[Token, Token | None] | None:
    """The verb a "must"/"have to" obliges and its subject, or None for another modal."""
    if modal.dep == "aux" and modal.text.lower() == "must":
        verb = doc.tokens[modal.head]
        return verb, next((k for k in doc.children(verb) if k.dep == "nsubj"), None)
    if modal.lemma.lower() == "have" and modal.dep != "aux":
        done = next((k for k in doc.children(modal) if k.dep == "xcomp" and k.tag == "VB"), None)
        if done is not None:
            return done, next((k for k in doc.children(modal) if k.dep == "nsubj"), None)
    return None


def hardship(doc: Document, modal: Token) -> bool:
    """True when the "must"/"have to" is a necessity the affected suffer (see above)."""
    found = _necessity(doc, modal)
    if found is None:
        return False
    verb, subject = found
    if subject is None:
        return False
    lemma = verb.lemma.lower()
    if subject.text.lower() not in _SUFFERERS or lemma not in _ENDURING:
        return False
    if lemma in _BY_LENGTH:
        return any(doc.tokens[i].text.lower() in _LENGTHS for i in range(verb.i + 1, verb.right + 1))
    particles = _ENDURING_PARTICLES.get(lemma)
    return particles is None or any(k.text.lower() in particles for k in doc.children(verb))


# A reading of motives (reader Audit 30 #6): "officials speak of civil war because it would allow them to argue that
# outsiders should stay out" puts the "should" in an argument the analyst says a party is enabled to make: no one is
# urged. The "should" must sit in what a verb of arguing reports, under a verb of enabling.
_ARGUING = frozenset("argue claim say insist contend suggest justify portray present tell".split())
_ENABLING = frozenset("allow let enable permit help give".split())


def motive_read(doc: Document, modal: Token) -> bool:
    """True when ``modal`` sits in an argument a party is said to be enabled to make (see above)."""
    token = _verb_of(doc, modal)
    argued = False
    for _ in range(8):
        if token.head == token.i:
            return False
        head = doc.tokens[token.head]
        if token.dep == "ccomp" and head.lemma.lower() in _ARGUING:
            argued = True
        elif argued and head.lemma.lower() in _ENABLING:
            return True
        token = head
    return False


# Reader Audit 37 #7: a spokeswoman's concession "that's important because the world needs to know. But ..." was
# filed as a call. An obligation word inside a "because"/"since" clause gives the reason for the main clause's
# claim, it urges no one; "Donors must send money now because the rains are coming" keeps its main-clause "must".
_REASON_MARKS = frozenset({"because", "since"})


def reason_clause(doc: Document, modal: Token) -> bool:
    """True when ``modal`` sits in a "because"/"since" clause: a reason given, not a call (see above)."""
    verb = doc.tokens[modal.head] if modal.dep == "aux" else modal
    return verb.dep == "advcl" and any(k.dep == "mark" and k.text.lower() in _REASON_MARKS
                                       for k in doc.children(verb))


# Reader Audit 44 (45.4 item 5): "Things must be bad when the premier has to reassure us" infers how things are from
# what is seen; "It must be hard for the families to wait", "it must feel strange" feel for someone. A "must" + a
# copula and an adjective urges no one when its evidence or its experiencer follows ("when", "if", "for ... to") or
# its subject is no agent ("things", "it", "this"); so does a "must" of seeming ("must feel", "must seem", "must mean").
# "Leaders must be honest with voters" and "Elections must be free and fair" keep their call.
_VAGUE_SUBJECTS = frozenset("it this that things life times everything".split())
_SEEMING = frozenset("feel seem sound appear mean".split())  # "that must mean nothing": an inference


def inferred_must(doc: Document, modal: Token) -> bool:
    """An epistemic "must": an inference or a feeling for someone, no call to act (see above)."""
    if modal.text.lower() != "must" or modal.dep != "aux":
        return False
    verb = doc.tokens[modal.head]
    kids = doc.children(verb)
    subject = next((k for k in kids if k.dep in ("nsubj", "expl")), None)
    if verb.lemma.lower() in _SEEMING:
        return subject is None or subject.text.lower() != "you"  # "you must feel the lump": an instruction
    if verb.lemma.lower() != "be" or not any(k.dep == "acomp" and k.pos == "ADJ" for k in kids):
        return False
    evidence = any(k.dep == "advcl" and any(m.text.lower() in ("when", "if", "for") for m in doc.children(k))
                   for k in kids)
    return evidence or (subject is not None and subject.text.lower() in _VAGUE_SUBJECTS)


def not_a_call(doc: Document, modal: Token) -> bool:
    """True when the obligation word ``modal`` urges no one: a physical condition, an expectation, a reported
    recognition, a requirement on a thing, a charge put to the addressee, a damaged thing's need (see the
    module docstring), a rejected view (Audit 29, section_overtaken), a shopper's generic "you have to", a
    hardship the affected suffer or a reading of a party's motives (Audit 30), a quoted lesson in hindsight
    (Audit 35), the writer's emphasis "it must be stressed" (Audit 36, section_setups), a reason given in a
    "because" clause (Audit 37), an epistemic "must" (Audit 44), a reminder "we should bear in mind that" (Audit 47)."""
    return emphatic_must(doc, modal) or physical_condition(doc, modal) or faces_scrutiny(doc, modal) \
        or recognised(doc, modal) or reminder(doc, modal) \
        or thing_requirement(doc, modal) or charge_owned(doc, modal) or damage_described(doc, modal) \
        or rejected_view(doc, modal) \
        or generic_you(doc, modal) or hindsight_you(doc, modal) \
        or hardship(doc, modal) or motive_read(doc, modal) or predicts_amount(doc, modal) \
        or reason_clause(doc, modal) or inferred_must(doc, modal)
