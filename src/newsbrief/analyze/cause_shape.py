"""The shape of a stated cause, read off the parse: what a cue word is tied to, and what it brings about.

Reader Audit 14 (docs/audit.md 15.4, pattern 10) judged 7 of 13 Analysis items true but no cause. Each
held a cue word whose place in the sentence shows it states none:
- an event word ("failed", "failure") whose connective does not hang on it ("failed after three days
  of pumping": a time; "the next option after the failure of ...": the event is inside a plan's phrase);
- a causal verb whose effect is a reaction or a harm named by no more than its kind ("sparked terrorism
  fears", "caused widespread disruption"): the article says something happened, not why;
- a reason given for a perception ("we thought it was a bomb because we felt a wave");
- a cause told of an earlier event in a relative clause on a prepositional object ("killed 30 people in
  an attack that officials blamed on a rebel group"): a side event, not the story's cause.
It also finds causes stated with no cue word that the parse shows: a causal "since" (its main clause is
not perfect, which a "since" of time needs), a reason given with "citing", an obstacle met ("faces
opposition from"), and a condition that acts on something ("the drought has cut harvests").
"""

from __future__ import annotations

from itertools import pairwise

from newsbrief.analyze.cause_links import linked_cause
from newsbrief.lexicon import ORGANISATION_NOUNS
from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.speech import BUSINESS_NOUNS

# The effect of a causal verb that is a reaction, or a harm named only by its kind: a reader learns that
# something followed, not how (Audit 14: "sparked terrorism fears", "caused widespread disruption").
_EMPTY_EFFECTS = frozenset(
    "fear fears concern concerns worry worries alarm panic anger outrage fury excitement speculation "
    "criticism backlash debate controversy sympathy outpouring condemnation uproar stir interest "
    "disruption damage chaos havoc confusion problem problems headache headaches reaction reactions "
    "question questions talk rumours rumors doubts".split())
# What "hit" reaches in its idioms and as a level, not an effect a condition brings about: "the story hit a chord
# with", "hit a nerve", "prices hit a record high" (Audit 50 #9: a hoax that "hit a chord" with an MP as a cause).
# Only nouns that are no place or thing a blow can land on: "the storm hit homes across the region", "the
# flood hit stores", "the strike hit its target" are effects (review of session 33: a lemma list with everyday nouns
# dropped them). "home" is the idiom only bare ("the warning hit home"), never with a determiner ("hit their homes").
_HIT_IDIOMS = frozenset("chord nerve note jackpot record high low peak headline headlines stride milestone".split())
# Verbs that bring an effect about; their object (or "to"'s object) is the effect.
_EFFECT_VERBS = frozenset("cause spark trigger prompt provoke fuel stoke raise lead result create bring".split())
# Verbs of believing and perceiving: a "because" on them gives the grounds of a belief, not a cause.
_PERCEIVING = frozenset("think believe feel assume guess suppose imagine fear seem look sound".split())
# Verbs by which a condition acts on something (a closed class of causatives): "the drought has cut
# harvests", "higher rates have hurt demand", "warmer winters have allowed the beetle to spread".
_CAUSATIVES = frozenset(
    "cut hurt hit boost raise lift lower reduce slash curb damage disrupt halt erode weaken strengthen "
    "dampen depress squeeze threaten undermine allow enable prevent delay spur fuel choke".split())
# Subjects that act rather than bring about: people and bodies ("police cut the power" tells an act).
_AGENTS = frozenset(
    "company firm government police official officials minister team group people man woman men women "
    "spokesman spokeswoman authority authorities council court army troops officer officers worker "
    "workers engineer engineers researcher researchers scientist scientists analyst analysts bank "
    "board agency party leader leaders president he she they we i you it this that who".split())
# Market players act too: "Several operators have cut capacity and laid up ships", "Retailers have slashed
# prices" tells what firms did, an effect of the slump, not a condition acting (Audit 46, 47.2: capacity cuts
# filed as a cause). The kinds of business the speaker rules read as bodies, and the buyers and sellers of a market.
MARKET_AGENTS = BUSINESS_NOUNS | frozenset(
    "carrier operator retailer lender producer maker supplier exporter importer shipper owner employer investor "
    "trader buyer seller shopper consumer customer farmer grower landlord builder refiner dealer broker insurer "
    "competitor rival hotel store shop".split())
# Obstacles one meets: "the plan faces opposition from farmers".
_OBSTACLES = frozenset("opposition resistance obstacle obstacles hurdle hurdles objection objections "
                       "barrier barriers hostility".split())
_COMMENTING = frozenset("comment decline refuse say speak talk explain".split())
# "Citing unnamed officials, the Gazette reported that ...": the source of a report, not a reason (Audit 41 #1)
_REPORTING = frozenset("report write claim state tell reveal allege publish quote add".split())
_MEETING = frozenset("face meet encounter run".split())
_TEMPORAL = frozenset({"DATE", "TIME"})
_MARKS = frozenset({"after", "when", "as", "since", "until", "unless", "because", "once", "so"})


def _kids(doc: Document, token: Token, *deps: str) -> list[Token]:
    return [k for k in doc.children(token) if not deps or k.dep in deps]


def _clause_verb(doc: Document, token: Token) -> Token:
    """The verb of the clause ``token`` sits in (the token itself when it is one)."""
    for _ in range(8):
        if token.pos in ("VERB", "AUX") or token.head == token.i:
            return token
        token = doc.tokens[token.head]
    return token


def tied_connective(doc: Document, cue: Token) -> bool:
    """Whether an event word ("stalled", "failed", "collapse") has a cause or a sequel hung on it: a clause
    with its own subject ("stalled after two partners refused", "failed when the dome became clogged"), a
    phrase that is no time ("collapsed over pensions"), or a participle that follows from it (", leaving
    the airline with debts"). A connective inside the event's own clause ("After the talks collapsed, the
    next step is ...") or one that gives a time ("failed after three days") ties nothing to it."""
    verb = _clause_verb(doc, cue)
    for holder in {cue.i: cue, verb.i: verb}.values():
        for kid in doc.children(holder):
            if kid.dep == "prep" and kid.lemma.lower() in ("after", "over", "amid", "following", "since", "without"):
                # "after studying the results": the actor's own doing, told with no subject of its own
                objects = _kids(doc, kid, "pobj") + [c for c in _kids(doc, kid, "pcomp") if _kids(doc, c, "nsubj")]
                if any(o.ent_type not in _TEMPORAL and o.pos != "NUM" for o in objects):
                    return True
            elif kid.dep == "advcl":
                marks = _kids(doc, kid, "mark", "advmod")
                subject = _kids(doc, kid, "nsubj", "nsubjpass")
                if subject and any(m.text.lower() in _MARKS for m in marks):
                    return True
                if kid.tag == "VBG" and kid.lemma.lower() in ("leave", "force", "send", "push", "cost"):
                    return True
    return False




def empty_effect(doc: Document, cue: Token) -> bool:
    """Whether a causal verb's effect is a reaction or a harm named only by its kind ("sparked fears of
    terrorism", "has caused widespread disruption", "led to concern"); a verb with a clause or a person
    as its effect ("prompted the council to close schools") is not."""
    if cue.lemma.lower() not in _EFFECT_VERBS or cue.pos != "VERB":
        return False
    effects = _kids(doc, cue, "dobj")
    for prep in _kids(doc, cue, "prep"):
        if prep.lemma.lower() in ("to", "in"):
            effects += _kids(doc, prep, "pobj")
    if not effects or _kids(doc, cue, "xcomp", "ccomp"):
        return False
    return all(e.lemma.lower() in _EMPTY_EFFECTS or e.text.lower() in _EMPTY_EFFECTS for e in effects)


# "Because the rise came first, she can say that ...": a column's grounds for what it advises someone to say,
# a reason for a claim, not a cause of the story's events (the lead's unseen Newsroom row 34, session 21).
_SAYING = frozenset("say argue claim point tell explain insist note".split())
_OFFERING = frozenset({"can", "could", "might"})
_SELF = frozenset({"i", "my", "me"})


def _advised_saying(doc: Document, held: Token) -> bool:
    return held.lemma.lower() in _SAYING and any(k.text.lower() in _OFFERING for k in _kids(doc, held, "aux"))


def _own_circumstance(doc: Document, cue: Token, held: Token) -> bool:
    """"(people think) that because I use a wheelchair I cannot travel": a speaker's own life explained by the
    speaker's own state, "I ... because I", with the "because" clause in front (CNN/DM row 77, session 21)."""
    clause = doc.tokens[cue.head]
    return cue.i < held.i and any(k.text.lower() in _SELF for k in _kids(doc, clause, "nsubj", "poss")) \
        and any(k.text.lower() == "i" for k in _kids(doc, held, "nsubj"))


def perceived_reason(doc: Document, cue: Token) -> bool:
    """Whether a "because" gives the grounds of a belief or a perception: its clause hangs on a verb of
    thinking, or on what such a verb says a thing was taken for ("We thought it was a bomb because
    we felt a wave"). "Officials believe the crash happened because ..." gives a cause and is kept."""
    if cue.text.lower() != "because" or cue.dep != "mark":
        return False
    held = doc.tokens[doc.tokens[cue.head].head]
    if held.lemma.lower() in _PERCEIVING or _advised_saying(doc, held) or _own_circumstance(doc, cue, held):
        return True
    clause = doc.tokens[cue.head]
    if clause.lemma.lower() in _PERCEIVING and any(k.text.lower() in ("i", "we") for k in _kids(doc, clause, "nsubj")):
        return True  # "it's a serious issue, because I think you're right": a view's grounds (Newsroom row 44)
    governor = doc.tokens[held.head]
    # what a thing was taken for ("it was a bomb"); "detectives believe the losses are high because ..." explains
    return held.lemma.lower() == "be" and held.dep == "ccomp" and governor.lemma.lower() in _PERCEIVING \
        and bool(_kids(doc, held, "attr"))


# Feelings and pleas: a "because" on them gives the speaker's motive, not the story's cause (Audit 17: "We are
# worried because my uncle is missing", a mother "appealed for help because her son is missing").
_MOTIVES = frozenset(
    "worry worried afraid scared frightened upset sad angry happy glad relieved anxious nervous devastated "
    "heartbroken concerned distraught desperate proud grateful thankful hopeful cry weep pray appeal plead beg "
    "hope".split())


def motive_reason(doc: Document, cue: Token) -> bool:
    """Whether a "because" hangs on a feeling or a plea (see above): on its verb, or on the adjective that
    verb predicates ("are so worried because ...")."""
    if cue.text.lower() != "because" or cue.dep != "mark":
        return False
    held = doc.tokens[doc.tokens[cue.head].head]
    return held.lemma.lower() in _MOTIVES or any(k.lemma.lower() in _MOTIVES for k in _kids(doc, held, "acomp"))


def a_plea(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence (or the quotation it opens with) is a plea: "please", or an imperative first
    verb with no subject that is quoted or negated ("Do not give up hope, because ..."; Audit 17): an
    appeal, no cause stated. A writer's own "Consider how quickly ..." (an opinion piece on the dev pool,
    Newsroom) argues, and stays."""
    tokens = [t for t in doc.sentence_tokens(sentence) if t.text.isalpha()]
    if not tokens:
        return False
    if tokens[0].text.lower() == "please":
        return True
    first = tokens[0]
    verb = doc.tokens[first.head] if first.dep in ("aux", "neg") else first
    quoted = sentence.text.lstrip()[:1] in ('"', "“", "‘", "'")
    negated = bool(_kids(doc, verb, "neg"))
    return first.tag == "VB" and verb.tag == "VB" and verb.dep in ("ROOT", "ccomp") and (quoted or negated) \
        and not _kids(doc, verb, "nsubj", "nsubjpass", "expl")


def side_event(doc: Document, cue: Token) -> bool:
    """Whether a causal cue stands in a relative clause on the object of a preposition ("killed 30 people
    in an attack that officials blamed on a rebel group"): it explains a side event the sentence names in
    passing, not what the sentence reports."""
    clause = _clause_verb(doc, cue)
    if clause.dep not in ("relcl", "acl"):
        return False
    noun = doc.tokens[clause.head]
    # "hit by the strong dollar, which made its devices dearer": the agent of the sentence's own verb
    return noun.dep == "pobj" and doc.tokens[noun.head].dep != "agent"


# A cause under a modal of possibility is a scenario or a forecast, not what brought the story's events about
# (reader Audit 19, docs/audit.md 20.4 item 10: an expert's "If the army split, the regime would fall" as a
# cause; "it could trigger a wave of defaults"). A modal perfect ("could have been caused by a faulty cable")
# guesses at a past cause, and stays; "will" is left alone: "will lead to 200 job losses" is a consequence of
# the story's events, told ahead.
_POSSIBLE = frozenset({"would", "could", "might", "may"})


def _possible(doc: Document, verb: Token) -> bool:
    auxes = [a.lemma.lower() for a in _kids(doc, verb, "aux")]
    return any(a in _POSSIBLE for a in auxes) and "have" not in auxes


def hypothetical(doc: Document, cue: Token) -> bool:
    """Whether a causal cue stands under a modal of possibility (see above) or in a condition: on its own
    clause's verb, or, for a clause of reason ("would close because orders fell"), on the verb that clause
    explains."""
    verb = _clause_verb(doc, cue)
    if _possible(doc, verb) or any(m.lemma.lower() in ("if", "unless") for m in _kids(doc, verb, "mark")):
        return True  # a cue inside a condition: "They would, if it were not for the language barrier"
    if _hoped(doc, verb) or _believed_will(doc, verb):
        return True
    return verb.dep == "advcl" and _possible(doc, doc.tokens[verb.head])


# A "will" result someone thinks or expects: "I think the result of military action will be a very fractious Libya"
# (reader Audit 48 #3, an expert's forecast filed as a cause; session 32). The verb of belief makes the effect a
# prediction of its holder; "The closure will result in 200 job losses" (no such verb) stays.
_BELIEVING = frozenset("think believe expect predict reckon suspect guess forecast fear bet".split())


def _believed_will(doc: Document, verb: Token) -> bool:
    if not any(k.dep == "aux" and k.lemma.lower() in ("will", "shall") for k in doc.children(verb)):
        return False
    return verb.dep == "ccomp" and doc.tokens[verb.head].lemma.lower() in _BELIEVING



_HEDGED = frozenset({"perhaps", "hopefully", "maybe", "possibly"})


def _hoped(doc: Document, verb: Token) -> bool:
    """A "will" result hedged or under a condition of its own: "perhaps, if enough aid arrives, the rebuilding will
    result in better roads" (Audit 41 #7, a hope filed as a cause); "The closure will result in job losses" stays."""
    kids = doc.children(verb)
    if not any(k.dep == "aux" and k.lemma.lower() in ("will", "shall") for k in kids):
        return False
    return any(k.dep == "advmod" and k.text.lower() in _HEDGED for k in kids) or any(
        k.dep == "advcl" and any(m.text.lower() in ("if", "unless") for m in _kids(doc, k, "mark")) for k in kids)


def _causal_since(doc: Document, token: Token) -> bool:
    """A "since" that gives a reason: it marks a clause whose main clause is not perfect ("Since the rules
    changed, costs rose"); "since he took office, he has ..." and "... since he took office in 2011" tell a time."""
    if token.text.lower() != "since" or token.dep != "mark":
        return False
    clause = doc.tokens[token.head]
    if any(doc.tokens[i].ent_type in ("DATE", "TIME") for i in range(clause.left, clause.right + 1)):
        # "saw his waistline balloon since he ascended to power in late 2011" (Audit 52 #8): a clause dated to a
        # point in time tells from when, not why, and a colour detail was shown as a cause
        return False
    main = doc.tokens[clause.head]
    if main.i == token.head:
        return False
    while main.dep == "xcomp" and main.head != main.i:  # "has started to creep back since it plummeted": the
        main = doc.tokens[main.head]  # perfect is on the verb the clause completes (reader Audit 35 #6)
    return main.pos == "VERB" and not any(a.lemma.lower() == "have" for a in _kids(doc, main, "aux")) \
        and main.tag != "VBN"


def _reason_cited(doc: Document, token: Token) -> bool:
    """A reason given with "citing" (", citing high energy costs"); not the grounds for a comment or for declining
    one ("declined to comment, citing the pending litigation", session 16: a process note, no cause)."""
    return token.text.lower() == "citing" and token.dep == "advcl" and bool(_kids(doc, token, "dobj")) \
        and doc.tokens[token.head].lemma.lower() not in _COMMENTING | _REPORTING


def _obstacle_met(doc: Document, token: Token) -> bool:
    """An obstacle met: "the plan faces strong opposition from farmers", "ran into resistance"."""
    if token.lemma.lower() not in _MEETING or token.pos != "VERB":
        return False
    objects = _kids(doc, token, "dobj")
    for prep in _kids(doc, token, "prep"):
        objects += _kids(doc, prep, "pobj")
    return any(o.lemma.lower() in _OBSTACLES for o in objects)


def _condition_acts(doc: Document, token: Token) -> bool:
    """A condition that acts on something, with no cue word: "The drought has cut harvests", "higher
    interest rates have hurt demand", "warmer winters have allowed the beetle to spread". The subject is
    a common noun that is no person or body, the verb an active causative with an object."""
    if token.lemma.lower() not in _CAUSATIVES or token.pos != "VERB" or token.dep not in ("ROOT", "ccomp", "conj"):
        return False
    kids = doc.children(token)
    if any(k.dep == "auxpass" for k in kids):
        # "Sales were hit by the strong dollar": the condition is the agent of the passive; a person hit or hurt
        # ("he was hit on the head by a protester", Audit 33 A3) tells an incident, no condition's effect
        agents = [o for k in kids if k.dep == "agent" for o in _kids(doc, k, "pobj")]
        return not any(k.dep == "nsubjpass" and _a_person(k) for k in kids) and any(_a_condition(a) for a in agents)
    subject = next((k for k in kids if k.dep == "nsubj"), None)
    # "allowed the beetle to spread": the object can be a clause's subject
    if subject is None or not any(k.dep in ("dobj", "ccomp", "xcomp") for k in kids):
        return False
    objects = [k for k in kids if k.dep == "dobj"]
    if objects and all(o.lemma.lower() in _EMPTY_EFFECTS for o in objects) and not _kids(doc, token, "ccomp", "xcomp"):
        return False  # "has raised talk of a clean sweep": a reaction, no effect a reader learns (session 16)
    if token.lemma.lower() == "hit" and any(_hit_idiom(doc, o) for o in objects + _kids(doc, token, "advmod")):
        return False
    if any(k.lemma.lower() in ("will", "would", "could", "may", "might") for k in kids if k.dep == "aux"):
        return False  # a forecast, the outlook's
    return _a_condition(subject)


def _hit_idiom(doc: Document, noun: Token) -> bool:
    """Whether ``noun`` makes "hit" an idiom or a level reached: "hit a nerve", "hit a record high", "hit
    home" (bare: "hit their homes" is a blow)."""
    if noun.text.lower() == "home":
        return not _kids(doc, noun, "det", "poss")
    return noun.lemma.lower() in _HIT_IDIOMS


def _a_person(noun: Token) -> bool:
    """A person: a personal pronoun or a person's name."""
    return noun.text.lower() in _PERSONAL or noun.ent_type == "PERSON"


_PERSONAL = frozenset("i he she we you me him her us".split())


def _a_condition(noun: Token) -> bool:
    """A common noun that names no person or body: what can be a condition acting on something. A body
    of the shared lexicon acts too ("Some airlines are halting flights": an event, session 13), and so do
    "others" of a kind just named and the market's players ("operators have cut capacity", Audit 46)."""
    lemma = noun.lemma.lower()
    return noun.pos == "NOUN" and not noun.ent_type and lemma not in _AGENTS and lemma not in ORGANISATION_NOUNS \
        and noun.text.lower() not in _AGENTS and lemma not in ("other", "others") and lemma not in MARKET_AGENTS


# What a condition "helped" do to a market or a firm: "worries about China helped push the market lower",
# "cheaper oil prices helped the airline" (a markets report read by the lead, session 17: its attributed causes
# were missed). "help" alone is mostly people's aid ("volunteers helped the victims"), so the helper must be a
# condition told as a change (a comparative: "cheaper", "higher") or what it helped do must move something.
# Not "keep": "the operations have helped keep Americans secure" (an unseen XSum row) is a claimed benefit.
_MOVING = frozenset("push drive send drag pull lift lower boost fuel".split())
_HELPS = frozenset({"help", "helps", "helped", "helping"})


def _changed(noun: Token, doc: Document) -> bool:
    """Whether ``noun`` is told as a change: "cheaper oil prices", "higher rates" (the tagger often reads JJ)."""
    return any(k.dep == "amod" and (k.tag == "JJR" or (k.text.lower().endswith("er") and len(k.text) > 4
                                                       and k.text.lower() != "other"))
               for k in doc.children(noun))


def _helped_along(doc: Document, token: Token) -> bool:
    """A condition that helped move something (see above)."""
    if token.dep not in ("ROOT", "ccomp", "conj") or token.pos != "VERB":
        return False
    kids = doc.children(token)
    if token.lemma.lower() in _MOVING and any(k.dep == "aux" and k.text.lower() in _HELPS for k in kids):
        # "helped push the market lower": the tagger hangs "helped" on "push" as an auxiliary
        subject = next((k for k in kids if k.dep == "nsubj"), None)
        return subject is not None and _a_condition(subject)
    if token.lemma.lower() != "help":
        return False
    subject = next((k for k in kids if k.dep == "nsubj"), None)
    if subject is None or not _a_condition(subject) or any(k.dep == "aux" and k.lemma.lower() in _POSSIBLE
                                                            for k in kids):
        return False
    moves = any(k.dep in ("xcomp", "ccomp") and k.lemma.lower() in _MOVING for k in kids)
    return moves or (_changed(subject, doc) and any(k.dep == "dobj" for k in kids))


def parse_causes(doc: Document, sentence: Sentence) -> int:
    """Causes the parse shows in ``sentence`` with no cue word of the lexicon (see the module's note)."""
    return sum(any(rule(doc, token) for rule in (_causal_since, _reason_cited, _obstacle_met, _condition_acts,
                                                  _helped_along, linked_cause))  # cause_links: Audit 44
               for token in doc.sentence_tokens(sentence))


def listed_lines(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence is a fact box's lines run together, "Oil booms - partly successful Dispersant used
    - ... Huge dome placed over leak - became blocked": three spaced dashes or more, and two lines or more
    that start with a capital straight after a word in lower case (Audit 14: a box of outcomes filed as
    Analysis). The shared run-on test (nlp.boxes) misses boxes whose joins the tagger reads as names."""
    tokens = doc.sentence_tokens(sentence)
    dashes = sum(t.text in ("-", "–", "—") and t.start > b.end and a.start > t.end
                 for b, t, a in zip(tokens, tokens[1:], tokens[2:], strict=False))
    starts = sum(t.text[:1].isupper() and b.text.isalpha() and b.text.islower() and t.start == b.end + 1
                 for b, t in pairwise(tokens))
    return dashes >= 3 and starts >= 2


def a_plan(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence names a next step ("The next option ... is", "the next step is a vote"): a plan."""
    for token in doc.sentence_tokens(sentence):
        if token.dep in ("nsubj", "attr") and doc.tokens[token.head].lemma == "be" \
                and any(k.lemma.lower() == "next" for k in _kids(doc, token, "amod")):
            return True
    return False
