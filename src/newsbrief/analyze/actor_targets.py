"""Principals that never act as grammatical subjects (session 29; issue #11, reader Audits 44-45: "the people the
story is about missing").

Agency (:mod:`newsbrief.analyze.actor_agency`) reads subjects, agents and possessors. A story is also about:

- **its target**: a group or firm named again and again but only acted on ("strikes against the Front", "regulators
  fined Google", "the fine against Google"). Precision over recall: an organisation counts only when it is named
  at least TARGET_MENTIONS times, in the lead among them, and is the object of an act at least TARGET_ACTS times;
  a firm named once as an object ("a case from Amazon") stays out.
- **a body's inquiry**: "the CBI probe into ...", "the CBI team questioned ...": the body acts through its inquiry
  (as "African Union leaders urged" is the Union acting, actor_parties.member_verb).
- **who is blamed**: "the failure was blamed on Russia and China", "attacked Russia and China for their behaviour in
  blocking ...": a state blamed for an act is a party to it, as the state that blocks is ("after Russia and China
  blocked ...", a subject agency reads). Only states and bodies: a person blamed in passing ("blamed the cuts on
  Brown", a reader's comment) is no party by that alone.

- **the accused**: "the trial of Dr NAME is due to start", "prosecutors charged NAME": the person a trial, a charge or
  a sentence is about is a principal of a court story though named once and never a subject (Audit 52 #5: the
  defendant, named once and then "He denies killing ...", was missing). Only a person, and only the object of such
  a noun or verb (:func:`accused`).

And a state of the US union the model typed as an organisation ("Mississippi" as ORG) is a place: listed only where
it acts as a government ("Mississippi sued ..."), under the place rules, never as an organisation (place_named); so
is a country the model typed an organisation at some mentions and a place at others.
"""

from __future__ import annotations

from newsbrief.analyze.actor_names import Actor
from newsbrief.models import Document, Token
from newsbrief.nlp.entity_states import is_country

__all__ = ["TARGET_ACTS", "TARGET_MENTIONS", "accused", "blamed", "inquiry_of", "place_named", "target_of"]

TARGET_MENTIONS = 3  # named this often, the lead among them: not a name in passing
TARGET_ACTS = 2  # and the object of an act this often: what the story does something to
_TARGET_LEAD = 2  # the lead: the first paragraphs (or sentences of an unsplit text)
# Prepositions whose object an act is aimed at ("strikes against", "a probe into", "sanctions on").
_AIMED = frozenset("against into on upon".split())
# A body's inquiries and its people at work on one: "the CBI probe", "the SEC's investigation", "the CBI team".
_INQUIRY_NOUNS = frozenset("probe inquiry investigation investigators team raid raids audit crackdown".split())
# Verbs of blame whose object, with a "for" of the act, is held responsible ("attacked Russia for blocking").
# A court's nouns whose "of"/"against" names the accused, and its verbs whose object is the accused.
_COURT_NOUNS = frozenset("trial retrial prosecution indictment conviction sentencing acquittal extradition".split())
_COURT_VERBS = frozenset("charge indict convict acquit sentence prosecute extradite".split())
_BLAME_VERBS = frozenset("blame accuse attack condemn criticise criticize fault censure rebuke".split())
# The 50 states of the union, and the District: a place's name, not an organisation's, whatever the model says.
# Washington is left out (a person's name and the capital's government as often as the state).
_UNION_STATES = frozenset((
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois "
    "Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri "
    "Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin "
    "Wyoming").split()) | frozenset({"New Hampshire", "New Jersey", "New Mexico", "New York State", "North Carolina",
                                     "North Dakota", "Rhode Island", "South Carolina", "South Dakota", "West Virginia"})


def place_named(doc: Document, actor: Actor) -> bool:
    """Whether the actor is a place whatever the model typed it: a state of the US union, or a country the model
    tagged a place at one mention at least and an organisation only as the first word of a body's name ("The United
    States has debated" beside "the United States Senate"). A national team ("Wales beat Italy", "the Wales squad")
    is an organisation, and the rule leaves it one."""
    if actor.name in _UNION_STATES:
        return True
    if not is_country(actor.name) or not any(m.label == "GPE" for m in actor.mentions):
        return False
    tokens = doc.tokens
    bodies = [tokens[m.token_end - 1] for m in actor.mentions if m.label == "ORG"]
    # Typed ORG by a later stage with every mention a place ("the England team went"): a team, left alone.
    return bool(bodies) and all(t.dep == "compound" and tokens[t.head].ent_type == "ORG" for t in bodies)


def _first(doc: Document, token: Token) -> Token:
    """The first conjunct of a coordination ("Russia" of "Russia and China"): it carries the relation."""
    while token.dep == "conj" and token.head != token.i:
        token = doc.tokens[token.head]
    return token


def _aimed_at(doc: Document, head: Token) -> bool:
    """Whether the name is the object of an act: a verb's direct object, or the object of "against"/"into"/"on"
    after a verb or an act noun ("strikes against", "a fine against"); not "in"/"at", where things happen."""
    token = _first(doc, head)
    if token.dep == "dobj":
        return doc.tokens[token.head].pos == "VERB"
    if token.dep != "pobj":
        return False
    preposition = doc.tokens[token.head]
    return preposition.text.lower() in _AIMED and doc.tokens[preposition.head].pos in ("VERB", "NOUN")


def target_of(doc: Document, actor: Actor, heads: list[Token]) -> bool:
    """Whether the story is about this organisation as its target (module docstring): named TARGET_MENTIONS times,
    in the lead, and the object of an act TARGET_ACTS times (``heads``: each mention's syntactic head)."""
    if len(actor.mentions) < TARGET_MENTIONS:
        return False
    paragraphs = len({s.paragraph for s in doc.sentences})
    in_lead = any((doc.sentences[m.sentence_index].paragraph if paragraphs > 2 else m.sentence_index) < _TARGET_LEAD
                  for m in actor.mentions)
    aimed = sum(_aimed_at(doc, head) for head in heads)
    return in_lead and aimed >= TARGET_ACTS


def inquiry_of(doc: Document, head: Token) -> bool:
    """Whether the name heads an inquiry or the team at work on one ("the CBI probe", "the SEC's investigation")."""
    return head.dep in ("compound", "poss", "nmod") and doc.tokens[head.head].lemma.lower() in _INQUIRY_NOUNS


def blamed(doc: Document, head: Token) -> bool:
    """Whether the name is who is blamed for an act: "blamed on Russia and China", "attacked Russia for blocking"."""
    token = _first(doc, head)
    parent = doc.tokens[token.head]
    if token.dep == "pobj" and parent.text.lower() == "on":
        return doc.tokens[parent.head].lemma.lower() == "blame"
    if token.dep == "dobj" and parent.lemma.lower() in _BLAME_VERBS:
        return any(t.head == parent.i and t.dep == "prep" and t.text.lower() == "for"
                   for t in doc.tokens[parent.i + 1:parent.i + 12])
    return False


def accused(doc: Document, actor: Actor) -> bool:
    """Whether a person is the accused of the story's trial or charge (module docstring): the object of "the trial of",
    "the case against", or of "charged", "convicted", "sentenced"."""
    if actor.label != "PERSON":
        return False
    tokens = doc.tokens
    for mention in actor.mentions:
        token = _first(doc, tokens[mention.token_end - 1])
        parent = tokens[token.head]
        if token.dep == "pobj" and parent.text.lower() in ("of", "against"):
            noun = tokens[parent.head]
            if noun.lemma.lower() in _COURT_NOUNS or (parent.text.lower() == "against"
                                                      and noun.lemma.lower() in ("case", "charge", "charges")):
                return True
        if token.dep == "dobj" and parent.lemma.lower() in _COURT_VERBS:
            return True
    return False
