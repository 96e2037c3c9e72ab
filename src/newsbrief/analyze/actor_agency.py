"""What the text does with a named party at each mention (moved out of ``actors`` in session 22, round 2, which
was at the module limit): whether it acts (a subject, an agent, a possessor), governs (a state's acts: "Russia
said", "the US decision", "China's foreign ministry said"), or is only a setting ("in Oslo").

Governing is counted per mention (Audit 36 37.5): a country is a party of the story when it acts as a state
more than once ("Norway expelled ...", "Norway also summoned ..."), or is the subject of a state's act that
happened ("Norway signed the package"; not "the US should not intervene", what a speaker advises); one named
where things happen and once in passing as a policy ("hatred of U.S. policy", "Egypt's parliament is
dissolved") is a setting a reader would delete from the Actors list.

A state that blocks, vetoes, refuses, sends or invades ("after Russia and China vetoed the resolution") is an agent
of the story's conflict even when named once (Audit 44 45.5: the two states whose veto the meeting answered were
missing); such an act that happened sets ``blocks``.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsbrief.analyze.actor_issuers import nominal_agent, relative_verb
from newsbrief.analyze.actor_names import Actor
from newsbrief.analyze.actor_parties import member_verb, subject_verb
from newsbrief.analyze.actor_roles import SPEECH_LEMMAS
from newsbrief.analyze.actor_targets import blamed, inquiry_of, target_of
from newsbrief.models import Document, Token
from newsbrief.nlp.attribution import CUE_LEMMAS

__all__ = ["GOVERNMENT_VERBS", "INACTIVE_VERBS", "Agency", "active", "agency", "name_head"]

# What a government does: its verbs make a place an actor ("Russia said", "Norway signed", "China imposed
# tariffs"). Speech and cognition verbs of the attribution stage, plus the acts of states; "China is" is not.
GOVERNMENT_VERBS = SPEECH_LEMMAS | CUE_LEMMAS | frozenset(
    "sign agree reject accuse threaten impose lift sanction ban retaliate refuse offer propose vote "
    "approve condemn demand negotiate expel recognise recognize seek launch deploy invade attack strike "
    "bomb send block veto ratify withdraw suspend summon order arrest detain release extradite "
    "criticise criticize boycott levy raise cut tighten ease push pressure press want plan intend try "
    "allow permit grant decline appeal sue join quit leave host mobilise mobilize respond retaliate "
    "accept back support oppose endorse welcome praise blame insist pledge commit fund pay buy "
    "purchase sell export import halt resume restrict hit target annex occupy shoot seize fire "
    "test conduct warn respond intervene demand invite decide move".split()
)
# Verbs whose subject does nothing: "the Nasdaq rose", "China has become", "Google is".
INACTIVE_VERBS = frozenset("be become have remain stay seem appear look rise fall drop gain climb slip ease edge dip "
                            "jump surge tumble slide close end finish lose trade stand hit get sit lie fluctuate "
                            "decline rally soar plunge sink advance retreat".split())
# A state's organs: "China's foreign ministry said" is China acting ("Japan's parliament" in passing is not).
_STATE_ORGANS = frozenset(
    "government ministry military army navy forces troops embassy authorities officials leadership "
    "administration regime parliament cabinet envoy delegation negotiators diplomats".split()
)
# A state's acts: "the US decision", "a move by the US" are the state acting.
_STATE_ACTS = frozenset(
    "decision policy position move stance announcement sanctions tariffs plan proposal strategy demand "
    "demands offer veto ban embargo recognition withdrawal invasion strikes".split()
)
# Prepositions that make their object a setting ("in Oslo", "at the Statehouse", "on Twitter").
_SETTING_PREPOSITIONS = frozenset("in at on near inside outside across throughout around into onto".split())

# Words that make a state's verb advice or denial rather than an act ("should not intervene", "never signed").
# A state's hard acts on others: one that happened makes it a party however often it is named (module docstring).
_HARD_ACTS = frozenset("block veto refuse reject send deploy invade annex occupy bomb attack expel impose sanction "
                       "boycott seize shoot withdraw".split())
# What a state will or could do has not happened either ("Ohio will vote in May": a setting until it votes; Audit 45
# 46.2, session 29).
_ADVICE = frozenset("should must ought not n't never will 'll would could may might".split())


@dataclass
class Agency:
    """What the text does with one party across its mentions."""

    acts: bool = False
    governs: bool = False
    governing: int = 0  # mentions at which it acts as a state does
    decides: bool = False  # the subject of a state's act that happened ("Norway signed"; not "should not intervene")
    blocks: bool = False  # the subject of a state's hard act that happened ("China vetoed"; _HARD_ACTS)
    only_setting: bool = False
    never_setting: bool = False  # no mention is a place something happens in ("in Hong Kong")
    modifier_only: bool = False
    settings: int = 0  # mentions that are a place something happens in ("in Oslo", "into Oslo")


def name_head(doc: Document, start: int, end: int) -> Token:
    """The name's syntactic head, the token whose head lies outside it: "Committee" of "the Committee to Protect
    Journalists" (its last word made it an object of "Protect", never the subject of "said"; Audit 18)."""
    span = range(start, end)
    return next((doc.tokens[i] for i in span if doc.tokens[i].head not in span or doc.tokens[i].head == i),
                doc.tokens[end - 1])


def _advised(doc: Document, verb: Token) -> bool:
    """Whether the verb is what someone says a state should or should not do ("the US should not intervene"), or
    what it will or could do, not an act that happened: a modal or a negation among the three words before it."""
    return any(t.head == verb.i and t.text.lower() in _ADVICE for t in doc.tokens[max(verb.i - 3, 0):verb.i])


def _state_act(doc: Document, head: Token, parent: Token) -> bool:
    """"The US decision", "a move by the US", "China's foreign ministry said": the state acting through its acts
    or organs; an organ acted upon ("Egypt's parliament is dissolved") is not the state acting."""
    tokens = doc.tokens
    if head.dep == "pobj" and parent.text.lower() == "by":
        return tokens[parent.head].lemma.lower() in _STATE_ACTS
    return head.dep in ("poss", "compound", "nmod") and (
        parent.lemma.lower() in _STATE_ACTS or (parent.lemma.lower() in _STATE_ORGANS and parent.dep != "nsubjpass"
                                                 and subject_verb(doc, parent) is not None))


# Verbs that raise their subject to the verb after them: "executives seemed happy to keep the blame on X" is the
# executives keeping it (Audit 48 #5: a partner whose executives acted was no actor).
_RAISING = frozenset("seem appear".split())
# "declined to comment", "declined to say": a party's answer (Audit 48 #12: Google's spokeswoman, named once, was
# dropped as no actor), where "shares declined 3%" is a market's move and takes no verb after it.
_REFUSING = frozenset(("decline",))


def active(doc: Document, verb: Token) -> bool:
    """Whether the subject of ``verb`` does something: an active verb, a raising verb's ("seemed happy to keep")
    active complement, or a refusal ("declined to comment")."""
    lemma = verb.lemma.lower()
    tokens = doc.tokens
    clause = tokens[verb.left:verb.right + 1]
    if lemma in _REFUSING:
        return any(t.head == verb.i and t.dep == "xcomp" and t.pos == "VERB" for t in clause)
    if lemma not in _RAISING:
        return lemma not in INACTIVE_VERBS
    heads = {verb.i} | {t.i for t in clause if t.head == verb.i and t.dep in ("acomp", "oprd")}
    return any(t.head in heads and t.dep == "xcomp" and t.pos == "VERB" and t.lemma.lower() not in INACTIVE_VERBS
               for t in clause)


def agency(doc: Document, actor: Actor, label: str) -> Agency:
    """Whether the party acts (a subject, an agent, a possessor), governs, or is only a setting (module
    docstring)."""
    tokens = doc.tokens
    found = Agency()
    settings = modifiers = 0
    for mention in actor.mentions:
        head = name_head(doc, mention.token_start, mention.token_end)
        verb = subject_verb(doc, head)
        if verb is None and label != "GPE":
            verb = relative_verb(doc, head)  # "Digitimes, which claims that ..." (actor_issuers)
        parent = tokens[head.head]
        if verb is not None:
            found.acts |= active(doc, verb)
            acted = verb.lemma.lower() in GOVERNMENT_VERBS and verb.lemma.lower() not in INACTIVE_VERBS
            found.governing += acted
            found.decides |= acted and not _advised(doc, verb)
            found.blocks |= verb.lemma.lower() in _HARD_ACTS and not _advised(doc, verb)
        elif head.dep == "pobj" and parent.text.lower() == "by" and tokens[parent.head].tag == "VBN":
            found.acts = True  # "was signed by Norway"
            found.governing += tokens[parent.head].lemma.lower() in GOVERNMENT_VERBS
        elif _state_act(doc, head, parent):
            found.acts = True  # "the latest move by the US", "the US decision", "China's foreign ministry said"
            found.governing += 1
        elif label != "PERSON" and nominal_agent(doc, head):
            # "testing by Halliburton could have identified the flaws" (actor_issuers); a person's "by" after a noun
            # is as often a misparsed credit ("reported at the time by journalist NAME")
            found.acts = True
        elif (member := member_verb(doc, head)) is not None:  # "African Union leaders urged" (actor_parties)
            found.acts |= active(doc, member)
        elif label != "PERSON" and blamed(doc, head):  # "blamed on Russia and China": a party, as its doer is
            found.acts = found.decides = found.blocks = True
            found.governing += 1
        elif label == "ORG" and inquiry_of(doc, head):
            found.acts = True  # "the CBI probe into ...": the body acts through its inquiry (actor_targets)
        elif head.dep == "poss":
            found.acts |= label != "GPE" or parent.pos != "PROPN"  # "Japan's Mitsui": a setting
        elif head.dep == "pobj" and parent.text.lower() in _SETTING_PREPOSITIONS:
            settings += 1
        elif head.dep in ("compound", "amod", "nmod"):
            modifiers += 1
    count = len(actor.mentions)
    if label == "ORG" and not found.acts:  # "regulators fined Google", "the fine against Google" (actor_targets)
        found.acts = target_of(doc, actor, [name_head(doc, m.token_start, m.token_end) for m in actor.mentions])
    found.governs = found.governing > 0
    found.settings = settings
    found.only_setting = count > 0 and settings == count
    found.never_setting = settings == 0
    found.modifier_only = count > 0 and settings + modifiers == count
    return found
