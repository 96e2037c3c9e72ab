"""Walk-ons: names a reader strikes from the Actors list whatever its length (reader Audit 13, 14.4 items 6, 10).

The audit deleted 40% of the actor entries. Four kinds of walk-on, each read from the article's own wording:

- **A setting.** A place that neither speaks, governs, nor is the subject of an action verb ("Lebanon
  refused ...", "Turkey said" keep theirs): "Vermont's farms", "Vermont has seen three floods" make it the
  scene (:func:`setting_only`). Round 2 ranked such a place last when the list was full; a short list showed
  it, and the reader deleted it.
- **A role in a film.** In casting news the person an actor is to "play", "portray" or "star as", or the
  subject of "the X biopic", is the film's subject, not a party (the cast, the director and the studio
  are); so is a company named only around that person ("founded Apple", "Apple's product launches") and
  never the subject of a verb (:func:`portrayed`, :func:`subject_matter`). One who speaks stays.
- **A name in an aside.** A person named once, who never speaks or acts, inside a prepositional phrase
  ("adviser to the speaker, Omar Saleh"; "under the president's father Hafez"; "is represented by ... and
  attorney Rob Vance"), is a detail of someone else's sentence (:func:`aside_only`).
- **A figure of a hoax.** A person named only inside a quotation of a hoax, a fake or a false report ("the
  hoax statement added") exists only in it: no party of the story (:func:`hoax_only`; Audit 15: the hoax's
  invented detective listed as an actor).
- **No name at all.** A token glued by a missing space ("31,said") or a work's title cut at its colon
  ("Home Alone 2: Lost" of "... 2: Lost in New York") that the NER model tagged (:func:`not_a_name`).
- **A bystander.** A person met once on the scene for colour, named with the noun of a bystander glued before
  the name or set beside it ("Rescuer Claude Fuilla", "rescue worker JP", "Liz Moss, a neighbour"), who says one
  thing at most and is not in the headline or the lead (:func:`bystander`; Audits 15 and 16 deleted them). An
  official quoted once keeps their place: a post is not a bystander's noun.
- **A body named only in a person's role.** An organisation every mention of which lies inside the role shown
  for a person ("Admiral Carter Hale, head of U.S. Pacific Fleet"; "the Apple CEO Tim Cook") is already in that
  person's entry: a second entry repeats it (:func:`role_bound`; Audit 28, section 29.4: a duplicate Africa Command
  beside "Carter Ham — head of U.S. Africa Command").
- **A name inside a work's title** ("Charlie Wilson's War" quoted), the title's, not a party
  (:func:`newsbrief.analyze.actor_titled.title_only`; Audit 37).
- **A commentary line's label or a field's name** ("Attempt saved."; "AI"), no party
  (:func:`newsbrief.analyze.actor_labels.label_only`; XSum rows 110 and 131).
- **A name of a roll call**: a person named once in a list of three or more beside the story's principals
  (:func:`newsbrief.analyze.actor_rosters.roster_only`; Audit 39).
- **A side name**: a person named once whose one act is dated before the news
  (:func:`newsbrief.analyze.actor_side_names.side_name`; Audit 46).
- **A city typed as an organisation** by the NER model: "the city of X", "residents of X", "the shelling of X"
  say place (:func:`city_cued`).

Dependency arcs of the parse the annotate stage made and regular expressions over the text, because the cues
are one arc ("play" -> object) or a fixed phrase next to the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Protocol

from newsbrief.analyze.actor_agency import active
from newsbrief.analyze.actor_inventions import invented
from newsbrief.analyze.actor_labels import label_only
from newsbrief.analyze.actor_names import BYSTANDER_NOUNS, Actor
from newsbrief.analyze.actor_parties import member_verb, subject_verb
from newsbrief.analyze.actor_roles import Role
from newsbrief.analyze.actor_rosters import roster_only
from newsbrief.analyze.actor_side_names import side_name
from newsbrief.analyze.actor_targets import accused
from newsbrief.analyze.actor_titled import title_only
from newsbrief.analyze.actor_typing import counted_person
from newsbrief.analyze.framing_fakes import fabricated
from newsbrief.models import Document, Token
from newsbrief.nlp.quotations import quote_spans

# Verbs whose subject undergoes or is described, not acts: "Vermont has seen floods", "Haiti suffered", "the
# state supplies 70% of the shrimp", "it contains half the wetlands" (beside the caller's list of states and
# movements, "be", "have", "rise").
EXPERIENCE_VERBS = frozenset("see experience suffer face witness record receive need lack endure contain include "
                             "supply produce account border cover span boast".split())
_PORTRAY_VERBS = frozenset("play portray depict embody".split())
_AS_VERBS = frozenset("star cast appear play return".split())  # "star as Tesla", "cast as Edison"
_FILM_NOUNS = frozenset("biopic film movie drama documentary series miniseries project".split())
# Words that show a text is about a screen production: "play" there means a role, not a match.
_SCREEN = re.compile(r"\b(?:biopic|film|movie|miniseries|TV series|casting|screenplay|the role of)\b", re.I)
# A passive agent after these verbs is a name on a list, not an agent: "represented by UTA and attorney X".
_LIST_VERBS = frozenset("represent manage repp".split())
_CITY_BEFORE = r"(?:city|town|village|streets|residents|people|outskirts|suburbs|centre|center) of "
# "shelled Hamas positions" names a body: only the nouns of a siege, which take a place.
_CITY_VERBS = r"(?:(?:siege|bombardment|shelling|encirclement) of|besieged)"
_ASIDE_CLIMB = 4  # arcs from a name up to the preposition it hangs from ("to" <- "speaker" <- "Haddad")
_BYSTANDERS = "|".join(re.escape(n) for n in sorted(BYSTANDER_NOUNS)) + r"|rescue worker"
# The bystander's noun right before the name ("Rescuer Claude", "rescue worker JP", "said neighbour Ann") or in an
# apposition right after it (", a neighbour", ", 54, a local resident").
_BYSTANDER_BEFORE = re.compile(rf"(?:^|[\s(\"“])(?:{_BYSTANDERS})s?\s+$", re.I)
_BYSTANDER_AFTER = re.compile(rf"^,\s+(?:\d+,\s+)?(?:an?|one|another)\s+(?:\w+\s+)?(?:{_BYSTANDERS})\b", re.I)
_SPOKES_NOUNS = frozenset("spokesman spokeswoman spokesperson spokespeople representative".split())
_BYSTANDER_REACH = 40  # characters around a name that can hold the noun


class Seen(Protocol):
    """What the caller found of one actor (actor_evidence.Evidence)."""

    actor: Actor
    label: str
    voiced: int
    governs: bool
    headline: bool
    lead: bool
    role: Role | None
    acts: bool
    affiliated: bool
    pronouns: int

    @property
    def mentions(self) -> int: ...


def _heads(doc: Document, actor: Actor) -> Iterable[Token]:
    return (doc.tokens[m.token_end - 1] for m in actor.mentions)


def subject_acts(doc: Document, actor: Actor, inactive: frozenset[str]) -> bool:
    """True when a mention (or the body's members) is the subject of a verb that is an act."""
    for head in _heads(doc, actor):
        verb = subject_verb(doc, head) or member_verb(doc, head)
        if verb is not None and verb.lemma.lower() not in EXPERIENCE_VERBS and (
                verb.lemma.lower() not in inactive or active(doc, verb)):  # "declined to comment" (actor_agency)
            return True
    return False


def setting_only(doc: Document, item: Seen, inactive: frozenset[str]) -> bool:
    """A place that neither speaks, governs nor acts as a subject (module docstring)."""
    return item.label == "GPE" and not item.voiced and not item.governs \
        and not subject_acts(doc, item.actor, inactive)


def _role_of(doc: Document, token: Token) -> bool:
    """``token`` is what a film portrays: the object of "play", the object of "as" after "star", a "biopic about
    X" or a name compounded into "the X biopic"."""
    tokens = doc.tokens
    parent = tokens[token.head]
    if token.dep in ("dobj", "attr", "oprd") and parent.lemma.lower() in _PORTRAY_VERBS:
        return True
    if token.dep == "pobj" and parent.head != parent.i:
        governor = tokens[parent.head]
        if parent.text.lower() == "as" and governor.lemma.lower() in _AS_VERBS:
            return True
        if parent.text.lower() == "in" and governor.lemma.lower() == "star":
            return True  # "to star in 'Jobs'": a film named after its subject
        if parent.text.lower() in ("about", "of") and governor.lemma.lower() in _FILM_NOUNS:
            return True
    after = tokens[token.i + 1] if token.i + 1 < len(tokens) else token
    if after.lemma.lower() in _FILM_NOUNS and after.text.islower():
        return True  # "the X biopic", whatever the parser made of the arc
    return token.dep in ("compound", "nmod") and parent.lemma.lower() in _FILM_NOUNS  # "Vidal's biopic": hers


def portrayed(doc: Document, item: Seen) -> bool:
    """A person a screen story casts someone to play, or makes a film about, who never speaks."""
    if item.label != "PERSON" or item.voiced or _SCREEN.search(doc.article.text) is None:
        return False
    return any(_role_of(doc, head) for head in _heads(doc, item.actor))


def subject_matter(doc: Document, item: Seen, roles: set[int]) -> bool:
    """An organisation named only beside a portrayed person (``roles``: their mentions' sentence indices),
    never speaking and never the subject of a verb: the subject's company, not a party."""
    if item.label != "ORG" or item.voiced or not roles:
        return False
    if any(subject_verb(doc, h) or member_verb(doc, h) for h in _heads(doc, item.actor)):
        return False
    return any(m.sentence_index in roles for m in item.actor.mentions)


def _aside(doc: Document, token: Token) -> bool:
    """The name hangs from a preposition other than an agent's "by" (through apposition, coordination or a
    compound; not a possessor: "in director Ana Vidal's film" names the film's maker); "by" counts only after a
    list verb ("represented by")."""
    tokens = doc.tokens
    for _ in range(_ASIDE_CLIMB):
        if token.head == token.i:
            return False
        parent = tokens[token.head]
        if token.dep == "pobj":
            if parent.text.lower() != "by":
                return True
            return parent.head != parent.i and tokens[parent.head].lemma.lower() in _LIST_VERBS
        if token.dep not in ("appos", "conj", "compound", "nmod"):
            return False
        token = parent
    return False


def aside_only(doc: Document, item: Seen) -> bool:
    """A person named once, silent, not in the headline, never a subject, inside an aside (module docstring)."""
    if item.label != "PERSON" or item.voiced or item.headline or item.mentions != 1:
        return False
    head = doc.tokens[item.actor.mentions[0].token_end - 1]
    # "two athletes, A and B,": the aside names the people the count introduces, it is no passing detail; "the trial
    # of NAME" names the accused (actor_targets)
    return subject_verb(doc, head) is None and _aside(doc, head) and not counted_person(doc, item.actor) \
        and not accused(doc, item.actor)


_HOAX = re.compile(r"\b(?:hoax\w*|fake|fabricated|bogus|spoof|satirical|misleading|false (?:report|story|claim)s?)\b",
                   re.IGNORECASE)


def hoax_only(doc: Document, item: Seen) -> bool:
    """A person every mention of whom is inside quotation marks in a sentence that calls what it quotes a hoax,
    a fake or a false report (module docstring), or whom the writer says is not real."""
    if item.label != "PERSON" or not item.actor.mentions:
        return False
    if invented(doc, item.actor):
        return True  # "The alleged historian, X, is not real": the hoax's invention (actor_inventions)
    if all(m.sentence_index in fabricated(doc) for m in item.actor.mentions):
        return True  # named only in what a debunk reports the hoax made up ("a fake quote from Detective X")
    text = doc.article.text
    quotes = quote_spans(text)
    for mention in item.actor.mentions:
        start = doc.tokens[mention.token_start].start
        sentence = doc.sentences[mention.sentence_index]
        if not any(a <= start < b for a, b in quotes) or _HOAX.search(sentence.text) is None:
            return False
    return True


_GLUED = re.compile(r"\d,[a-z]")


# A bloc named by a compass point is no body: "the West has backed the rebels" names no one a reader can list (Audit
# 46 47.2: "West" as an organisation). "the North" may be one state's shorthand (a Korea story), so only these.
_BLOCS = frozenset(("west", "east", "western world", "occident"))


def not_a_name(name: str) -> bool:
    """True for a tagged span that names no one: no capital letter, a number glued to a word ("31,said"), a
    title with a colon (a film's or book's subtitle; no party's name has one), or a compass point's bloc."""
    return not any(c.isupper() for c in name) or _GLUED.search(name) is not None or ":" in name \
        or name.lower().removeprefix("the ") in _BLOCS


def city_cued(doc: Document, name: str) -> bool:
    """Whether the text writes ``name`` as a city ("the city of X", "residents of X", "the shelling of X"); "in X" alone
    is said of bodies too ("in Congress")."""
    if not name or not name[0].isupper():
        return False
    text = doc.article.text
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if not _WORD_GOES_ON.match(text, end) and _CITY_CUE_END.search(text, max(0, start - _CITY_CUE_REACH), start):
            return True
        start = text.find(name, start + 1)
    return False


# The cue must end right before the name. Matched over a window before each occurrence instead of one
# pattern compiled per name (a profile of 60 CNN/DM briefs, session 16: that compile was 1.6 % of a brief);
# the window is longer than any cue, and \b looks before the window's start, so the answer is the same.
_CITY_CUE_END = re.compile(rf"\b(?:{_CITY_BEFORE}|{_CITY_VERBS} )\Z")
_CITY_CUE_REACH = 40
_WORD_GOES_ON = re.compile(r"[\w-]")


def cast(doc: Document, item: Seen) -> bool:
    """A person who is the subject of a clause that casts someone as a role ("Dana Orr is in talks to play
    X"): an actor of a casting story though named once."""
    if item.label != "PERSON" or _SCREEN.search(doc.article.text) is None:
        return False
    for mention in item.actor.mentions:
        head = doc.tokens[mention.token_end - 1]
        sentence = doc.sentences[mention.sentence_index]
        if subject_verb(doc, head) is not None and any(
                t.i > head.i and _role_of(doc, t) for t in doc.sentence_tokens(sentence)):
            return True
    return False


def bystander(doc: Document, item: Seen) -> bool:
    """A person named once on the scene for colour, with a bystander's noun, silent or saying one thing, not in
    the headline or the lead (module docstring)."""
    if item.label not in ("PERSON", "ORG") or item.voiced > 1 or item.headline or item.lead or item.mentions != 1:
        return False
    mention = item.actor.mentions[0]
    text = doc.article.text
    sentence = doc.sentences[mention.sentence_index]
    if mention.text.split()[0].lower() in BYSTANDER_NOUNS:
        return True  # the NER model glued the noun into the name ("Neighbour Dan Kerr")
    before = text[max(sentence.start, mention.start - _BYSTANDER_REACH) : mention.start]
    after = text[mention.end : min(sentence.end, mention.end + _BYSTANDER_REACH)]
    return _BYSTANDER_BEFORE.search(before) is not None or _BYSTANDER_AFTER.match(after) is not None


def walk_ons(doc: Document, evidence: Sequence[Seen], inactive: frozenset[str]) -> set[int]:
    """The ids of the items a reader strikes from the list (module docstring)."""
    out = {id(e) for e in evidence if portrayed(doc, e)}
    roles = {m.sentence_index for e in evidence if id(e) in out for m in e.actor.mentions}
    out |= {id(e) for e in evidence if subject_matter(doc, e, roles) or aside_only(doc, e)
            or setting_only(doc, e, inactive) or hoax_only(doc, e) or not_a_name(e.actor.name) or bystander(doc, e)
            or in_passing(doc, e, inactive) or beneficiary_only(doc, e) or earlier_only(doc, e)
            or title_only(doc, e) or label_only(doc, e)  # "Charlie Wilson's War", "Attempt saved."
            or roster_only(doc, e, evidence)  # "A, B and C are producing" (actor_rosters)
            or side_name(doc, e, len(evidence))}  # "former chief X introduced the cap in 2009" (actor_side_names)
    return out | role_bound(evidence)


# A long piece: its lead and its speakers carry the story, and a name met once deep in it is background. Tuned on
# Audit 29 (30.4 pattern 9: six actors named once in passing, in pieces of 20-60 sentences) and the 60 Newsroom +
# 60 XSum rows (short XSum extracts keep their one-mention parties).
_LONG_PIECE = 15


# Prepositions that make a place what a story is for or about, not who acts in it ("money for Haiti", "send it to
# Haiti", "the people of Haiti").
_BENEFICIARY = frozenset(("for", "to", "of"))


def beneficiary_only(doc: Document, item: Seen) -> bool:
    """A place that is only what the story is for or about: silent, governing nothing, a subject at most once (a
    parse may make it one, "the earthquake that has struck Haiti will have turned ..."), and the object of "for",
    "to" or "of" at half its mentions or more. Audit 31 A1 (a charity single for Haiti) deleted it; tuned on Audits
    29-31 and the 120 Newsroom/XSum rows, where no place that speaks or governs has this shape."""
    if item.label != "GPE" or item.voiced or item.governs or len(item.actor.mentions) < 3:
        return False
    subjects = beneficiary = 0
    for head in _heads(doc, item.actor):
        parent = doc.tokens[head.head]
        subjects += head.dep in ("nsubj", "nsubjpass")
        beneficiary += head.dep in ("pobj", "dative") and parent.text.lower() in _BENEFICIARY
    return subjects <= 1 and 2 * beneficiary >= len(item.actor.mentions)


# Relatives a person is defined by ("the son of Kim Jong Il"), and the conjunctions of a clause that dates an earlier
# time by who held power then ("when Kim Jong Il was in power").
_KIN_NOUNS = frozenset("son daughter grandson granddaughter widow father mother heir successor".split())
_THEN = frozenset(("when", "while"))


def _earlier_mention(doc: Document, head: Token) -> bool:
    """A mention that only dates or defines: "the son of X", or the subject of "be"/"have" in a "when"/"while"
    clause ("when X was in power", "when his father, X, was as well")."""
    tokens = doc.tokens
    if head.dep == "appos":
        head = tokens[head.head]  # "his father, Kim Il Sung,"
    parent = tokens[head.head]
    if head.dep == "pobj" and parent.text.lower() == "of":
        return tokens[parent.head].lemma.lower() in _KIN_NOUNS
    if head.dep not in ("nsubj", "nsubjpass") or parent.lemma.lower() not in ("be", "have"):
        return False
    clause = tokens[parent.head] if parent.dep == "conj" else parent
    if clause.dep == "conj":
        clause = tokens[clause.head]
    return clause.dep == "advcl" and any(t.head == clause.i and t.dep in ("mark", "advmod") and t.text.lower() in _THEN
                                         for t in tokens[clause.left : clause.i])


def earlier_only(doc: Document, item: Seen) -> bool:
    """A person silent, outside the headline and the opening, never referred to again, named at most twice and
    each time only to date an earlier time or define a relative (Audit 31 B719: two earlier leaders named for an
    earlier ban, deleted by the reader). The story's own people act, speak or open it."""
    if item.label != "PERSON" or item.voiced or item.headline or item.lead or item.pronouns or item.mentions > 2:
        return False
    return all(_earlier_mention(doc, h) for h in _heads(doc, item.actor))


def in_passing(doc: Document, item: Seen, inactive: frozenset[str]) -> bool:
    """A person or body named once in a long piece, outside the headline and the lead, who neither speaks, acts as a
    subject, is referred to again ("he"), nor speaks through a spokesperson: background ("a collapse reported by
    journalist X", a party mentioned once). Audit 29 deleted six such (#1's Colvin, #8's Sotloff, #9's CBC)."""
    if item.label not in ("PERSON", "ORG") or item.mentions != 1 or len(doc.sentences) < _LONG_PIECE:
        return False
    if item.voiced or item.headline or item.lead or item.acts or item.affiliated or item.pronouns \
            or counted_person(doc, item.actor, subject=True):  # "The hosts, two athletes, A and B, go ..."
        return False
    head = doc.tokens[item.actor.mentions[0].token_end - 1]
    # "Chief executive John Walden, who said it had been ...": a relative clause's act or word is the name's own
    relative = any(t.head == head.i and t.dep == "relcl" and t.lemma.lower() not in inactive
                   for t in doc.tokens[head.i + 1 : head.right + 1])
    return not relative and not subject_acts(doc, item.actor, inactive)


def role_bound(evidence: Sequence[Seen]) -> set[int]:
    """The ids of the organisations named only inside the role shown for a listed person (module docstring); one
    in the headline is the story's party and stays, and so does the body a spokesperson speaks for ("BP spokesman
    Toby Oden said": BP's words, tests/analyze/test_actor_audit18.py)."""
    shown = [(e.role.start, e.role.end) for e in evidence
             if e.label == "PERSON" and e.role is not None and e.role.head not in _SPOKES_NOUNS]
    return {id(e) for e in evidence if e.label == "ORG" and not e.headline and e.actor.mentions
            and all(any(a <= m.start and m.end <= b for a, b in shown) for m in e.actor.mentions)}
