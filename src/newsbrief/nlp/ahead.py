"""Does a sentence say what will happen? The test behind the Outlook section and the "predicts" stance.

:func:`looks_ahead` reads each "will", "would", "could" clause from the parse: does it say
what will happen, or is it a spec line, a preference, a past view, a hedge, a hedged opinion
about what is ("You could say it's business as usual"), a plan of the past ("said in 2019 it
would automate the shift by 2021"), a habit of the past ("the stench would waft across when
it was hot") or the future of a detail? Other cues ("plans to", "is due to", "next year")
count unless they belong to a clause already judged to be of the past. It is here, below the
analyzers, so that both the Outlook section and the attribution stage's "predicts" stance can
use it; word lists and the parse, no model, like the rest of :mod:`newsbrief.nlp`'s tense rules
(:mod:`newsbrief.nlp.tense`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.findings import addresses_reader, found_not_forecast
from newsbrief.nlp.generic import announced_ago, claimed_plan, present_likelihood, states_what_is, wishes
from newsbrief.nlp.setups import no_forecast, set_up_likelihood

# Modal and expectation words that look back, not ahead: "would have", "could have",
# "had hoped", "didn't expect", "could hear". Found by reading outlook items of
# cnndm_summeval briefs (about a third were past narration); removed before counting.
PAST_MODAL = re.compile(
    r"\b(?:(?:would|could|might|may|should|must)(?: not|n't)? have(?! to)|had (?:hoped|expected|planned)|"
    r"(?:did not|didn't|never|had not|hadn't) (?:expect(?:ed)?|plan(?:ned)?|hope(?:d)?)|"
    r"could (?:hear|see|feel|smell|tell|not believe)|as (?:best|\w+ as) (?:I|we|he|she|they|you) could)\b", re.I)


# What makes a modal verb look ahead. Read from the parse of each "will"/"would"/"could" clause,
# after the fourth and fifth reader audits found Outlook holding spec lines ("will come with a
# 10-inch screen"), preparations in the present perfect with a future only in a "how" clause
# ("have been planning how vaccines will be distributed"), a future perfect that infers the
# past ("will have had time"), a preference ("would rather") and a past view of the future
# ("hinted that they would use").
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would", "'d", "could", "might", "may"})
_PAST_FUTURE_AUX = frozenset({"would", "'d", "could", "might"})
# What a product has or holds: with a subject that is a thing, not a person or an organisation,
# the clause specifies it ("the top version will offer a 420-mile range", "the store would cover 50%").
_SPEC_VERBS = frozenset("come feature offer have include boast sport pack support".split())
# Verbs that tell a capacity only with a number ("will carry 200 passengers", "would cover 50% of the
# population"); without one they tell an event ("will carry the Dragon into orbit", checked on CNN/DM).
_CAPACITY_VERBS = frozenset("get deliver cover hold seat accommodate carry fit use".split())
_NUMBERS = frozenset({"CARDINAL", "QUANTITY", "PERCENT", "MONEY"})
_SPEC_STATES = frozenset("available standard optional compatible capable".split())
_SPEC_NOUNS = frozenset("option standard extra".split())
# A thing that "will be able to" do something, or that goes, takes or tows a measured quantity, is
# specified too ("The 2021 RAV4 Prime will be able to go 39 miles"; fourth reader audit).
_PERFORMANCE_VERBS = frozenset("go take do accelerate sprint tow arrive run travel top".split())
_SPEC_PASSIVES = frozenset("equip fit power offer price sell make build finish trim paint upholster drive".split())
_AGENT_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_AGENT_WORDS = frozenset("he she they we i you company firm government ministry council maker carmaker "
                         "manufacturer brand group agency".split())
# Verbs whose past tense tells a view then held, not an announcement: "hinted they would use".
_PAST_VIEW = frozenset("hint suggest signal indicate think believe know assume imply feel fear guess reckon "
                       "suspect convince".split())  # "turned out, convinced that it could change" (Audit 23)
_WH = frozenset("how what when where why which who whom".split())  # "unclear whether X will" looks ahead
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
# The outlook cues that are not modal verbs ("plans to", "next year", "is due to"); a past "was due
# to" is a plan that was overtaken ("He was due to stage a series of concerts").
_NON_MODAL = re.compile(
    r"\b(expect(?:s|ed)?|likely|unlikely|plans? to|set to|aims? to|hop(?:e|es|ed) to|prospects?|forecast|outlook|"
    r"future|next (?:year|month|week)|coming (?:months|years|weeks)|by (?:19|20)\d\d|remain(?:s)? to be seen|"
    r"on track|poised|(?:is|are) due to|predict(?:s|ed)?|scheduled (?:for|to)|intends? to|projected|"
    r"threaten(?:s|ed)? (?:to|further)|later this (?:year|month|week)|upcoming)\b", re.I)
_MODAL_WORD = re.compile(r"\b(?:will|would|could|might|shall)\b", re.I)
# A hedge about what is: "there may or may not be a sub-text", "it might be assumed that".
_HEDGE_VERBS = frozenset("assume argue say think suppose imagine expect".split())
# Verbs of saying and judging that a "would", "could" or "might" turns into a hedged opinion about what
# is, not a forecast: "You could say it's business as usual", "I would argue the firm has known", "It
# would be fair to say relations are at a low" (seen in an unseen brief, session 8: a remark about the
# present filed as Outlook). "Will say" stays a forecast ("the minister will say on Tuesday that ...").
_OPINION_VERBS = frozenset("say argue think call describe suggest contend admit imagine guess suppose agree "
                           "characterise characterize concede venture submit".split())
_HEDGE_AUX = frozenset({"would", "'d", "could", "might", "may"})
# Verbs of addressing someone: "I would tell them ...", "we would ask ...", "I'd urge ..." make the
# speaker's call or message now (check 8: "I would tell our brothers ..., stop the bloodshed" in Outlook).
_ADDRESS_VERBS = frozenset("tell ask urge beg implore appeal plead advise warn remind".split())
# A hypothesis about why something happened: "The attacks could be a reaction to the decision to join
# the coalition", "may be linked to the dispute" (reader Audit 7: filed as Outlook). A "could be" with
# one of these complements explains the past; it does not say what will happen.
_CAUSE_NOUNS = frozenset("reaction response result consequence sign symptom retaliation revenge reprisal backlash "
                         "cause reason motive work attempt".split())
_CAUSE_PASSIVES = frozenset("link relate connect tie attribute cause trigger motivate prompt inspire".split())
_CAUSE_STATES = frozenset("linked related connected tied due attributable down owing behind responsible".split())
# A plan told as decided on a past date ("Last month, Congress approved the president's plan to arm
# the rebels"): a date of the past on the verb that governs the plan noun (reader Audit 7).
_PAST_DATE = re.compile(r"\b(?:last|ago|previous|earlier)\b|\b(?:1[89]\d\d|20\d\d)\b", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _subject(doc: Document, verb: Token, kids: list[Token]) -> Token | None:
    """The verb's subject, or for a verb joined to another ("and ... will offer") that one's."""
    for kid in kids:
        if kid.dep in ("nsubj", "nsubjpass", "expl"):
            return kid
    head = doc.tokens[verb.head]
    return None if verb.dep != "conj" or head.i == verb.i else next(
        (doc.tokens[c] for c in range(head.left, head.right + 1)
         if doc.tokens[c].head == head.i and doc.tokens[c].dep in ("nsubj", "nsubjpass")), None)


def _specifies(doc: Document, verb: Token, kids: list[Token]) -> bool:
    """True when the clause says what a thing has, holds or is available in, with no date: a spec line."""
    subject = _subject(doc, verb, kids)
    lemma = verb.lemma.lower()
    if lemma == "be" and any((k.dep == "acomp" and k.lemma.lower() in _SPEC_STATES)
                             or (k.dep == "attr" and k.lemma.lower() in _SPEC_NOUNS) for k in kids):
        # "will be available", "will be an option", whoever makes it, unless a date makes it a launch
        return not any(doc.tokens[i].ent_type == "DATE" for i in range(verb.left, verb.right + 1))
    if subject is None or subject.ent_type in _AGENT_ENTITIES or subject.lemma.lower() in _AGENT_WORDS \
            or subject.text.lower() in _AGENT_WORDS:
        return False
    named = range(subject.left, subject.right + 1)  # "The 2021 RAV4": a model year, not a launch date
    if any(doc.tokens[i].ent_type == "DATE" and i not in named for i in range(verb.left, verb.right + 1)):
        return False  # "will be available from March": a launch, which is news
    if lemma == "come":
        return any(k.dep == "prep" and k.text.lower() == "with" for k in kids)
    measured = any(doc.tokens[i].ent_type == "QUANTITY" for i in range(verb.left, verb.right + 1))
    if lemma == "be":  # "will be able to go 39 miles"; not "businesses will never be able to make it back"
        return measured and any(k.dep == "acomp" and k.lemma.lower() == "able" for k in kids)
    if lemma in _PERFORMANCE_VERBS:  # "will take the car from zero to 60 mph in 5.8 seconds"
        return measured
    if any(k.dep == "auxpass" for k in kids):
        return lemma in _SPEC_PASSIVES
    if lemma in _CAPACITY_VERBS:
        return any(doc.tokens[i].ent_type in _NUMBERS for i in range(verb.left, verb.right + 1) if i not in named)
    return lemma in _SPEC_VERBS


# Nouns whose clause is a forecast ("fears that it will get worse", "hopes that talks will resume");
# not "speculation", which is as often a past view ("there had been speculation that Wales would play").
_ATTITUDE_NOUNS = frozenset("fear hope warning concern worry risk prospect threat expectation prediction forecast "
                            "chance likelihood danger".split())


def _detail(doc: Document, verb: Token, kids: list[Token]) -> bool:
    """True when the modal clause tells of a noun ("the queries they will receive") or echoes the main
    clause ("as will be the lighting package"). A dated future is news wherever it is told ("which
    will be released on Friday"), and a clause after a headline's colon is the main one ("Novel
    idea: Presley will serve as a witness"), whatever the parser attached it to."""
    if verb.dep == "advcl":
        return any(k.dep == "mark" and k.text.lower() in ("as", "than") for k in kids)
    if verb.dep not in ("relcl", "acl"):
        return False
    head = doc.tokens[verb.head]
    if head.lemma.lower() in _ATTITUDE_NOUNS:
        return False  # "amid fears the problem will get worse": what is feared is the forecast
    colon = any(doc.tokens[i].text == ":" for i in range(min(head.i, verb.i), verb.i))
    dated = any(doc.tokens[i].ent_type == "DATE" for i in range(verb.left, verb.right + 1))
    return not (colon or dated)


def _hedged_opinion(doc: Document, verb: Token, kids: list[Token], modal: Token) -> bool:
    """True when "would/could/might" only softens a view of what is ("You could say it's business as
    usual", "It would be fair to say ..."): the verb is one of saying or judging, or a "be" whose
    complement is such a verb ("fair to say", "wrong to think")."""
    if modal.text.lower() not in _HEDGE_AUX or modal.text == "May":
        return False
    if verb.lemma.lower() in _ADDRESS_VERBS and modal.text.lower() in ("would", "'d") and any(
            k.dep == "nsubj" and k.text.lower() in ("i", "we") for k in kids):
        return True  # "I would tell our brothers, stop the bloodshed": a plea made now, not a forecast
    if verb.lemma.lower() in _OPINION_VERBS:  # a time of its own makes it an event: "might say on Friday"
        said = {i for k in kids if k.dep in ("ccomp", "xcomp", "dobj") for i in range(k.left, k.right + 1)}
        return not any(doc.tokens[i].ent_type in _TIME_ENTITIES for i in range(verb.left, verb.right + 1)
                       if i not in said)
    return verb.lemma.lower() == "be" and any(
        k.dep in ("xcomp", "ccomp") and k.lemma.lower() in _OPINION_VERBS for k in kids)


def _years(doc: Document, tokens: Iterable[int]) -> list[int]:
    return [int(y) for i in tokens if doc.tokens[i].ent_type == "DATE" for y in _YEAR.findall(doc.tokens[i].text)]


def _past_dated(doc: Document, verb: Token, modal: Token) -> bool:
    """True when the modal clause is dated before the publication year: every year it names lies
    before it ("said that it would automate the shift by 2021"), or, naming none, a "would" hangs on
    a verb dated so ("wrote in 2011 that he would encourage ..."): a plan or a view of the past."""
    published = _YEAR.search(doc.article.source.date or "")
    if published is None:
        return False
    year = int(published.group(1))
    years = _years(doc, range(verb.left, verb.right + 1))
    if years:
        return max(years) < year
    head = doc.tokens[verb.head]
    if verb.dep != "ccomp" or head.i == verb.i or modal.text.lower() not in _PAST_FUTURE_AUX:
        return False
    framing = [i for k in range(head.left, head.right + 1) if doc.tokens[k].head == head.i
               and doc.tokens[k].dep == "prep" for i in range(doc.tokens[k].left, doc.tokens[k].right + 1)]
    dates = _years(doc, framing)
    return bool(dates) and max(dates) < year


_NAME_ENTITIES = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT"})
_HABIT_MARKS = frozenset({"when", "whenever", "while", "as"})


def _past_habit(doc: Document, verb: Token, kids: list[Token], modal: Token) -> bool:
    """True for a "would" of what used to happen: "this stench would waft across when it was hot", "the
    Red Cross would bring us parcels, and they managed to ..." (a clause in the past tense joined to it,
    or one of the time it happened; not a condition, "if he won, he would cut taxes", nor a reason,
    "believes he would quit after he was accused")."""
    if modal.text.lower() not in ("would", "'d") or any(
            doc.tokens[i].ent_type in _TIME_ENTITIES for i in range(verb.left, verb.right + 1)):
        return False
    for kid in kids:
        marks = {doc.tokens[i].text.lower() for i in range(kid.left, kid.i) if doc.tokens[i].dep in ("mark", "advmod")}
        past = kid.tag == "VBD" or any(doc.tokens[i].dep in ("aux", "auxpass") and doc.tokens[i].tag == "VBD"
                                        and doc.tokens[i].head == kid.i for i in range(kid.left, kid.i))
        if past and (kid.dep == "conj" or (kid.dep == "advcl" and marks & _HABIT_MARKS)):
            return True
    return False


def _viewed(doc: Document, head: Token) -> bool:
    """True for a verb of a view held then ("hinted", "believed"), or a bare "was" of one ("the trouble
    was that no club would lend them a pitch"; not "he was hopeful that he would", a hope)."""
    if head.lemma.lower() in _PAST_VIEW:
        return True
    return head.lemma.lower() == "be" and not any(
        doc.tokens[i].head == head.i and doc.tokens[i].dep == "acomp" for i in range(head.left, head.right + 1))


def _forecasts(doc: Document, verb: Token, kids: list[Token], modal: Token) -> bool:
    """Whether the modal clause of ``verb`` says what will happen (see the notes above)."""
    if verb.tag == "VBN" and any(k.dep == "aux" and k.lemma.lower() == "have" for k in kids):
        return False  # "will have had time", "would have cost"
    if _narrated(doc, verb, kids, modal) or _hypothetical(doc, verb, kids, modal):
        return False  # "would soon topple the president", "may be a minority, but", "if somebody comes"
    around = {doc.tokens[i].text.lower() for i in (modal.i - 1, modal.i + 1) if 0 <= i < len(doc.tokens)}
    if "or" in around or (any(k.dep == "auxpass" for k in kids) and verb.lemma.lower() in _HEDGE_VERBS):
        return False  # "may or may not be", "it might be assumed that": a hedge about what is
    if any(k.dep == "advmod" and k.text.lower() in ("rather", "sooner") for k in kids):
        return False  # a preference
    if _detail(doc, verb, kids):
        return False  # "the queries they will receive", "..., as will be the lighting package": a detail's future
    if _explains(verb, kids, modal) or _claim_on_past(doc, verb, modal):
        return False  # "could be a reaction to ...": a hypothesis about a cause
    if verb.dep in ("ccomp", "advcl", "pcomp") and (doc.tokens[verb.left].text.lower() in _WH
                                                     or any(k.text.lower() in _WH and k.i < verb.i for k in kids)):
        return False  # "planning how the vaccine will be handed out"
    head = doc.tokens[verb.head]
    if verb.dep == "ccomp" and _told_past(doc, head) and _viewed(doc, head) \
            and modal.text.lower() in _PAST_FUTURE_AUX \
            and not any(doc.tokens[i].ent_type in _TIME_ENTITIES for i in range(verb.left, verb.right + 1)):
        return False  # "rivals hinted last month that they would use ...": the view they held then
    if verb.dep == "advcl" and _told_past(doc, head) and modal.text.lower() in _PAST_FUTURE_AUX:
        return False  # "Jackson died before he could repay those debts": a past seen from the past
    if verb.dep in ("relcl", "acl") and head.lemma.lower() in _ATTITUDE_NOUNS \
            and modal.text.lower() in _PAST_FUTURE_AUX and doc.tokens[head.head].tag == "VBD":
        return False  # "the chances were greater that it would": a view held then (check 8)
    if verb.pos == "ADP" and head.tag == "VBD" and modal.text.lower() in _PAST_FUTURE_AUX:
        return False  # the same with its verb left out, "... that it would with a male" hung on "with"
    if _in_past_frame(doc, verb):
        return False  # "After ... with the plan to make sure no man will be around, she got bad news"
    return not _specifies(doc, verb, kids)


# Words of a past act inside a "would" clause: "would ultimately rage ... until the president would
# be forced into exile two weeks ago" tells the past from the past (reader Audit 8).
_AGO = frozenset({"ago", "yesterday"})
# Subjects of a made-up case: "If somebody tries to come into my house, I will ..." justifies what
# the speaker does, it forecasts nothing (reader Audit 8).
_INDEFINITE = frozenset("somebody someone anybody anyone whoever".split())


def _past_perfect(doc: Document, head: Token) -> bool:
    """True for a verb in the past perfect: "had hoped", "had raised concerns"."""
    return head.tag == "VBN" and any(doc.tokens[i].head == head.i and doc.tokens[i].dep == "aux"
                                     and doc.tokens[i].text.lower() in ("had", "'d") for i in range(head.left, head.i))


def _narrated(doc: Document, verb: Token, kids: list[Token], modal: Token) -> bool:
    """True for a modal clause told from the past (reader Audit 8, Outlook: 11 of 18 items wrong).

    - a main-clause "would" of narration: joined to a past verb ("tried to ..., and protests would
      soon topple the leader"), or holding a past act or an "ago" of its own ("would grow into a
      movement that drove the governor out", "would be forced out two weeks ago");
    - a "could/would/might" hung on a past perfect ("had hoped the cap could stay"), a view overtaken;
    - a negated "could" ("so damaged that they could not be identified"): an inability, not a forecast;
    - a "could/would" said in a participle aside of a past act ("went on the radio to deny it, saying
      it would post any real warnings") with no date of its own: the news is the act.
    """
    word = modal.text.lower()
    head = doc.tokens[verb.head]
    dated = any(doc.tokens[i].ent_type in _TIME_ENTITIES and doc.tokens[i].text.lower() not in _AGO
                for i in range(verb.left, verb.right + 1))
    inside = range(verb.left, verb.right + 1)
    if word in ("would", "'d") and any(doc.tokens[i].text.lower() in _AGO for i in inside):
        return True
    if word in ("would", "'d") and verb.dep in ("ROOT", "conj"):
        if verb.dep == "conj" and _told_past(doc, head) and head.dep == "ROOT" \
                and not any(k.dep in ("advcl", "mark") for k in kids):
            return True  # not "added it was important ... and that strategies would vary": reported
        if any(doc.tokens[i].tag == "VBD" and doc.tokens[i].dep == "relcl" and _outcome(doc, doc.tokens[i], verb)
               for i in inside):
            return True
    if word not in _PAST_FUTURE_AUX:
        return False
    if verb.dep == "ccomp" and _past_perfect(doc, head):
        return True
    if verb.dep in ("acl", "relcl") and head.lemma.lower() in _ATTITUDE_NOUNS \
            and _past_perfect(doc, doc.tokens[head.head]):
        return True  # "scientists had raised concerns that oil could be leaking"
    if verb.dep == "conj" and _told_past(doc, head) and any(
            k.dep == "mark" and k.text.lower() == "so" for k in kids):
        return True  # "placed a cap over the well so oil could be collected": the purpose of a past act
    if word == "could" and any(k.dep == "neg" for k in kids) and not dated:
        return True
    return (verb.dep == "ccomp" and head.tag == "VBG" and head.dep == "advcl" and not dated
            and _told_past(doc, doc.tokens[head.head]))


def _outcome(doc: Document, clause: Token, verb: Token) -> bool:
    """True when the relative clause ``clause`` tells of the verb's own object or of a noun its
    preposition governs: "would grow into a movement that drove the governor out" (not "would help
    me feel less embarrassed about the wars the last government got us into", a detail further down)."""
    noun = doc.tokens[clause.head]
    if noun.dep == "dobj" and noun.head == verb.i:
        return True
    return noun.dep == "pobj" and doc.tokens[noun.head].head == verb.i


def _hypothetical(doc: Document, verb: Token, kids: list[Token], modal: Token) -> bool:
    """True for a concession or a made-up case, not a forecast.

    "The Alawites may be a small minority, but they are ..." grants a fact of now; "If somebody is
    trying to come into my house, I will not ..." tells what the speaker would do in a case of
    anyone's making (an indefinite subject in the "if" clause), not what will happen.
    """
    word = modal.text.lower()
    if word in ("may", "might") and verb.lemma.lower() in _SEEMING and any(
            (k.dep == "cc" and k.text.lower() == "but")
            or (k.dep == "conj" and doc.tokens[k.left].text.lower() == "but") for k in kids):
        return True
    if any(k.dep == "csubj" for k in kids) and word in _PAST_FUTURE_AUX:
        return True  # "To see it fold would be unbelievable": a feeling about a made-up case (Audit 9)
    if word in ("may", "might") and any(k.dep == "mark" and k.text.lower() in _CONCEDING for k in kids):
        return True  # "while the position may seem strange, it is ...": a concession, not a forecast
    # Read in word order, not from the parse, which often hangs a long "if" clause on the wrong verb.
    condition = next((i for i in range(verb.left, modal.i) if doc.tokens[i].text.lower() in ("if", "whenever")
                      and doc.tokens[i].dep == "mark"), None)
    return condition is not None and any(
        doc.tokens[i].text.lower() in _INDEFINITE and doc.tokens[i].dep in ("nsubj", "nsubjpass")
        for i in range(condition, modal.i))


_SEEMING = frozenset({"be", "seem", "look", "appear", "sound"})  # "may seem strange, but ...": a concession
_CONCEDING = frozenset({"while", "although", "though", "whilst"})


def _told_past(doc: Document, head: Token) -> bool:
    """True for a verb in the past: "died", or a bare participle the tagger took for one ("the device
    detonated before he could throw it", tagged VBN with no auxiliary)."""
    if head.tag == "VBD":
        return True
    return head.tag == "VBN" and head.dep in ("advcl", "conj", "relcl") and not any(
        doc.tokens[i].head == head.i and doc.tokens[i].dep in ("aux", "auxpass") for i in range(head.left, head.i))


def _explains(verb: Token, kids: list[Token], modal: Token) -> bool:
    """True for "could/may/might be" a cause's complement ("a reaction to", "linked to"): see _CAUSE_NOUNS."""
    if modal.text.lower() not in ("could", "may", "might") or any(k.dep == "advcl" and k.left < verb.i for k in kids):
        return False  # "If forces commit crimes, they could be responsible": a warning of what may follow
    if verb.lemma.lower() in _CAUSE_PASSIVES and any(k.dep == "auxpass" for k in kids):
        return True  # "could be linked to a faulty heater", "may have been caused by"
    if verb.lemma.lower() != "be":
        return False
    return any((k.dep == "attr" and k.lemma.lower() in _CAUSE_NOUNS)
               or (k.dep in ("acomp", "advmod") and k.lemma.lower() in _CAUSE_STATES) for k in kids)


def _claim_on_past(doc: Document, verb: Token, modal: Token) -> bool:
    """True for a "could/may/might be" joined to a clause of what has happened: "argues that scientists
    have miscalculated the flow, and that the spill could be half the estimate" (check 8) judges the
    past event, it does not forecast one."""
    head = doc.tokens[verb.head]
    if verb.lemma.lower() != "be" or verb.dep != "conj" or modal.text.lower() not in ("could", "may", "might"):
        return False
    return head.tag == "VBD" or (head.tag == "VBN" and any(
        doc.tokens[i].head == head.i and doc.tokens[i].dep == "aux" and doc.tokens[i].lemma.lower() == "have"
        for i in range(head.left, head.i)))


_FRAME_WORDS = frozenset("after before while when until".split())


def _in_past_frame(doc: Document, token: Token) -> bool:
    """True when ``token`` lies in an "after/before/while/when ..." phrase of a verb in the past:
    "After researching schools with the plan to make sure that 'no man will be around', Lana got
    horrible news" narrates a past hope (check 8), whatever future its words hold."""
    for _ in range(12):
        if token.head == token.i:
            return False
        head = doc.tokens[token.head]
        if head.tag == "VBD" and token.i < head.i and (
                (token.dep == "prep" and token.text.lower() in _FRAME_WORDS)
                or (token.dep == "advcl" and any(doc.tokens[i].dep == "mark" and doc.tokens[i].head == token.i
                                                 and doc.tokens[i].text.lower() in _FRAME_WORDS
                                                 for i in range(token.left, token.i)))):
            return True
        token = head
    return False


def _past_cue(doc: Document, cue: Token) -> bool:
    """True for an outlook cue that is no forecast: "likely" as an aside on a noun ("a gunman, likely the
    same one, stormed in"), a "likely" of a past verb, or a plan noun governed by a verb dated in the
    past ("last month approved the plan to ...")."""
    head = doc.tokens[cue.head]
    if cue.lemma.lower() in ("likely", "unlikely"):
        return head.tag == "VBD" or (head.pos in ("NOUN", "PROPN", "PRON") and cue.dep in ("advmod", "amod")
                                     and head.dep not in ("attr", "nsubj"))
    if claimed_plan(doc, cue):
        return True  # "claims of a plan to attack": a plan said to exist (generic.py)
    if cue.pos != "NOUN" or head.tag != "VBD":
        return False
    return any(_PAST_DATE.search(doc.tokens[i].text) and doc.tokens[i].ent_type == "DATE"
               for i in range(head.left, head.right + 1) if not cue.left <= i <= cue.right)


def looks_ahead(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence says what will happen: a modal clause that forecasts (not a spec line,
    a preference, a past view or a detail's future), or a cue such as "plans to", "is due to", "next year"."""
    if addresses_reader(doc, sentence):
        return False  # a standfirst announcing the piece ("Get up to speed on ...", Audit 15)
    tokens = doc.sentence_tokens(sentence)
    kids: dict[int, list[Token]] = {}
    for token in tokens:
        if token.head != token.i:
            kids.setdefault(token.head, []).append(token)
    rejected: set[int] = set()  # verbs of modal clauses that do not look ahead
    settled: set[int] = set()  # those whose every phrase is of the present or the past (see below)
    for token in tokens:
        if token.dep != "aux" or token.text.lower() not in _FUTURE_AUX or token.text == "May" \
                or token.ent_type in _NAME_ENTITIES or _hyphened(doc, token):
            continue  # "Will Aimson wins a free kick", "Will and Grace": a name; "would-be passengers"
        verb = doc.tokens[token.head]
        if _hedged_opinion(doc, verb, kids.get(verb.i, []), token) or _past_dated(doc, verb, token) \
                or _past_habit(doc, verb, kids.get(verb.i, []), token) \
                or states_what_is(doc, verb, kids.get(verb.i, []), token) \
                or wishes(doc, verb, token) or announced_ago(doc, verb, token) or no_forecast(doc, verb, token) \
                or found_not_forecast(doc, verb, token):
            settled.add(verb.i)  # "Any company would seek ...", "Ask them and they will say": no future
        elif _forecasts(doc, verb, kids.get(verb.i, []), token):
            return True
        rejected.add(verb.i)
    by_start = {t.start - sentence.start: t for t in tokens}
    for match in _NON_MODAL.finditer(PAST_MODAL.sub(lambda m: " " * len(m.group(0)), sentence.text)):
        cue = by_start.get(match.start())
        if cue is None:
            return True
        previous = doc.tokens[cue.i - 1].text.lower() if cue.i > sentence.token_start else ""
        if previous == "than" or (previous == "as" and cue.tag == "VBN"):
            continue  # "lower than expected", "as predicted": a comparison with what was expected
        if cue.dep == "acl" or (cue.head in rejected and cue.dep in ("ccomp", "xcomp", "advcl")) \
                or _past_cue(doc, cue) or present_likelihood(doc, cue, sentence) \
                or set_up_likelihood(doc, cue, sentence):
            continue  # "everyone predicted to fall ill", "it was more likely he gave": no forecast
        if _within(doc, cue, settled) or _in_past_frame(doc, cue):
            continue  # "that it would automate the shift by 2021": the date of a plan of the past
        return True
    # a modal the parse did not attach as an auxiliary still counts, unless it is an ellipsis
    # told from the past: "when the virus returned, as Niven knew it would, 1,700 died"
    return not rejected and any(_MODAL_WORD.fullmatch(t.text) and t.tag == "MD" and t.ent_type not in _NAME_ENTITIES
                                and not _past_ellipsis(doc, t) and not _hyphened(doc, t)
                                and not no_forecast(doc, t, t) for t in tokens)


def _hyphened(doc: Document, modal: Token) -> bool:
    """True for the modal of a compound adjective: "would-be passengers"."""
    return modal.i + 1 < len(doc.tokens) and doc.tokens[modal.i + 1].text in ("-", "‐", "–") \
        and doc.tokens[modal.i + 1].start == modal.end


def _within(doc: Document, token: Token, verbs: set[int]) -> bool:
    """True when ``token`` is a phrase of one of ``verbs``' clauses, not a clause of its own joined to it."""
    for _ in range(12):
        if token.head == token.i or token.dep in ("conj", "parataxis"):
            return False
        if token.head in verbs:
            return True
        token = doc.tokens[token.head]
    return False


def _past_ellipsis(doc: Document, modal: Token) -> bool:
    """True when a modal standing for its verb ("knew it would") hangs on a verb in the past."""
    head = doc.tokens[modal.head]
    return (modal.text.lower() in _PAST_FUTURE_AUX and head.i != modal.i
            and head.tag in ("VBD", "VBN") and modal.dep in ("ccomp", "advcl", "conj"))
