"""Tense and aspect around a date: does the clause put it ahead of or behind the publication date?

"Ministers meet on Wednesday" (a present-simple timetable) and "plans to reopen the park on
Friday" are ahead; "police were called on Wednesday" is behind. :func:`tense_at` reads the
tense marker nearest before the date in its clause, then the clauses after it (skipping a
", officials said" tail), then the clauses before it; word lists, not parser tags, so the
timeline and the labelled-set evaluation read the same way (see :mod:`newsbrief.nlp.dates`).

:func:`looks_ahead` asks the same of a whole sentence, from its parse: does a modal clause
("will", "would", "could") say what will happen, or is it a spec line, a preference, a past
view, a hedge or the future of a detail? It is here, below the analyzers, so that both the
Outlook section and the attribution stage's "predicts" stance can use it.
"""

from __future__ import annotations

import re

from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.date_resolvers import Tense

# A progressive or a bare "is" reads as ahead ("are meeting in Geneva on Friday", "are on
# course for completion by August") only when the date follows it closely; farther on,
# the date tends to hang on a noun ("oil is continuing to leak ... after the explosion on
# the rig in April"). In words between the verb and the date; set by reading month and
# weekday sentences of t17 articles.
PRESENT_REACH = 8
_EARLIER_EVENT = re.compile(r"\b(?:after|following|since)\b", re.I)

# Past participles and past forms that do not end in -ed. Of the words that are both
# present and past, those used mostly as verbs ("hit", "put", "shut") are read as past:
# news tells the past far more often, and a future use comes with "will", "to" or a plan
# word, which are read first. Those as often nouns ("cut", "cost", "bid", "set") say nothing.
_PAST_ONLY = (
    "was were did went came took gave saw began rose fell grew knew drew threw flew blew wrote spoke "
    "broke chose froze stole woke drove rode rang sang sank swam ate forgot forgave forbade overtook "
    "undertook withdrew overthrew oversaw shook arose awoke became overcame underwent "
    "mistook foresaw strove wove sprang shrank ran wore tore swore bore lay outgrew outran overran overrode "
    "befell beheld forsook slew strode"
)
_PARTICIPLE_ONLY = (
    "been done gone seen taken given known shown grown drawn thrown flown written spoken broken chosen "
    "frozen stolen woken driven ridden risen fallen beaten eaten forgotten forgiven hidden bitten begun "
    "sung rung sunk swum shrunk withdrawn overthrown undertaken overtaken mistaken shaken arisen "
    "forbidden worn torn sworn gotten born"
)
_PAST_AND_PARTICIPLE = (
    "had held met made said told found left kept brought thought sought fought bought caught taught led "
    "fed fled sent spent built lent lost meant paid laid sold shot won slid spun stuck struck stood "
    "understood sat hung dug lit heard felt dealt slept swept got upheld withheld rebuilt overheard "
    "swung stung slung flung clung strung wrung knelt leapt wept crept bent bled sped burnt learnt dreamt "
    "spilt spelt misled mislaid overpaid outsold outspent "
    "hit put let shut quit hurt burst cast beat"
)
# A participle on its own follows a noun it tells of: "samples taken on Wednesday" happened.
_PAST_FORMS = "|".join(f"{_PAST_ONLY} {_PAST_AND_PARTICIPLE} {_PARTICIPLE_ONLY}".split())
# After "has" or "is" they are participles whatever else they can be ("has cut", "is set").
_NOUN_LIKE_PARTICIPLES = "cut cost bid set split spread read upset"
_PARTICIPLES = "|".join(f"{_PARTICIPLE_ONLY} {_PAST_AND_PARTICIPLE} {_NOUN_LIKE_PARTICIPLES}".split())
# Words in -ed that are not past verbs.
_NOT_PAST_ED = frozenset(
    "need speed proceed exceed succeed feed seed breed heed bleed greed creed deed weed indeed bed red "
    "hundred sacred naked wicked kindred rugged ragged beloved embed shred wed fed led".split()
)
_ED = r"[a-z]{2,}ed"
# Verbs of timetables and plans in the present simple, read as present only after a word
# that can be a subject (not "the", "a", "'s", a number or a preposition): "Ministers meet
# on Wednesday", "the bill becomes law on 1 January", "the festival returns in June". The
# base forms count only after a plural or a pronoun ("the vote", "a start" are nouns).
_PRESENT_VERBS = (
    "become take begin open close resume meet go come run hold host face travel arrive leave launch expire "
    "reopen kick get head decide publish unveil announce hear sit play enter land mark debate consider discuss "
    "join attend gather convene appear deliver finish conclude fly move rise fall apply lift return start end "
    "vote visit sign celebrate stop perform premiere depart headline"
).split()
# The verbs of timetables, for analyzers that read a verb's lemma from the parse.
TIMETABLE_VERBS = frozenset(_PRESENT_VERBS)
# Their -s forms, less those that are as often plural nouns ("the double-digit falls").
_NOUN_LIKE_S = frozenset(
    "fall rise return end start move vote visit play mark head lift sign debate launch".split())
_PRESENT_S = "|".join(
    v + ("es" if v.endswith(("s", "sh", "ch", "x", "o")) else "s") if not v.endswith("y") or v.endswith("ay")
    else v[:-1] + "ies" for v in _PRESENT_VERBS if v not in _NOUN_LIKE_S)
_PRESENT_BASE = "|".join(_PRESENT_VERBS)
_PRESENT_S_FORMS = frozenset(_PRESENT_S.split("|"))
_NOT_SUBJECT = frozenset(
    "the a an its their his her our my your this that these those whose some any no every each of in on for "
    "with to by at from into over about 's ’s".split())
_PLURAL_SUBJECT = re.compile(r"^(?:they|we|you|i|[a-z]+[^su's]s)$", re.I)
_ADVERB = r"(?:(?:not|n't|also|now|still|already|just|since|recently|then|soon|finally|only|never|again|[a-z]+ly)\s+)"
_PLAN_WORDS = (r"(?:due|set|scheduled|expected|slated|poised|going|likely|unlikely|planned|planning|hoping|about"
               r"|ready|preparing|supposed|meant)")
# "to" and the verb after it, with a linking verb's participle: "to remain closed", "to be held".
_LINKING = r"(?:be|remain|stay|get|become|have)"
_INFINITIVE = rf"to\s+(?:{_LINKING}\s+)?(?:not\s+)?[a-z]+"
_MODALS = r"(?:will|shall|'ll|won't|wo|would|could|might|may|should|must|can|cannot|can't|ought\s+to)"
# Before a participle they make it an adjective ("the planned strike"); "some", "each" and
# the like are left out, as they are as often subjects ("some chanted on Friday").
_DETERMINERS = r"(?:the|a|an|its|their|his|her|our|my|your|this|these|those|whose)"
# Alternatives tried in order at each position, so the longer reading wins ("was due to"
# before "was", "is expected to" before "expected"). Each names what it says: future,
# present, past, unclear (a future seen from the past), or neutral (consumed, says nothing:
# "to be held", "the planned strike").
_TENSE_MARKERS = re.compile(
    "|".join([
        rf"(?P<unclear>\b(?:was|were|had\s+been)\s+{_ADVERB}*(?:{_PLAN_WORDS}\s+(?:to|for)|to)\b"
        rf"|\b(?:planned|intended|hoped|aimed|expected|promised|pledged|vowed|threatened|wanted|agreed|decided"
        rf"|sought|prepared|proposed|was\s+planning|were\s+planning)\s+to\b)",
        rf"(?P<past_modal>\b(?:would|could|might|may|should|must)\s+{_ADVERB}*have\b)",
        rf"(?P<future>\b{_MODALS}\s+{_ADVERB}*(?:{_LINKING}\s+)?(?:[a-z]+)?"
        rf"|\b(?:is|are|am|'s|'re)\s+{_ADVERB}*(?:{_PLAN_WORDS}\s+)?(?:{_INFINITIVE}|to\b)"
        rf"|\b(?:is|are|am|'s|'re)\s+{_ADVERB}*(?:due|set|scheduled|slated|planned|expected)\b"
        rf"|\b(?:has|have|'ve)\s+been\s+(?:re)?(?:scheduled|set|planned|postponed|delayed|moved|pushed\s+back|put\s+off)"
        rf"\s+(?:to|for|until|till)\b"
        rf"|\b(?:plans?|aims?|hopes?|intends?|expects?|wants?|promises?|pledges?|vows?|seeks?|prepares?"
        rf"|threatens?|proposes?|agrees?|needs?)\s+{_INFINITIVE}"
        rf"|\b(?:due|scheduled|slated|planned|set|poised|expected)\s+{_INFINITIVE}"
        rf"|\b(?:due|scheduled|slated|planned)\s+(?:to|for|on|in|at)\b|\b(?:set|poised|expected)\s+(?:to|for)\b"
        rf"|\bgoing\s+to\b|\bnext\b(?!\s+to\b)|\bahead\s+of\b|\b(?:upcoming|forthcoming|tomorrow|soon)\b)",
        rf"(?P<present>\b(?:is|are|am|isn't|aren't)\s+{_ADVERB}*(?:being\s+)?(?:{_ED}|{_PARTICIPLES})\b"
        rf"|\b(?:remains?|stays?)\s+{_ADVERB}*(?:{_ED}|{_PARTICIPLES})\b)",
        rf"(?P<progressive>\b(?:is|are|am|isn't|aren't|'re|(?:it|he|she|that|there|who|what)'s)\s+{_ADVERB}*"
        rf"(?!(?:no|some|any|every)?thing\b|king\b|ring\b|spring\b|during\b|morning\b|evening\b)[a-z]+ing\b)",
        rf"(?P<present_simple>\b(?:{_PRESENT_S}|{_PRESENT_BASE})\b)",
        rf"(?P<perfect>\b(?:has|have|'ve|hasn't|haven't)\s+{_ADVERB}*(?:{_ED}|{_PARTICIPLES})\b)",
        # the present of "be" and "have" on their own: "are on course for completion by August"
        r"(?P<copula>\b(?:is|are|am|isn't|aren't|has|have|hasn't|haven't)\b)",
        rf"(?P<neutral>\b{_INFINITIVE}|\b(?:be|being)\s+(?:{_ED}|{_PARTICIPLES})\b"
        rf"|\b{_DETERMINERS}\s+(?:[a-z]+ly\s+)?(?:{_ED}|{_PARTICIPLES})\b)",
        rf"(?P<past>\b(?:{_PAST_FORMS}|didn't|wasn't|weren't|hadn't|ago|yesterday|earlier|previously)\b"
        rf"|\b{_ED}\b)",
    ]),
    re.I,
)
_TENSE_OF: dict[str, Tense] = {
    "future": "future", "progressive": "future", "present": "present", "present_simple": "present",
    "copula": "present",
    "past": "past", "perfect": "past", "past_modal": "past", "unclear": "unclear",
}
# Where a clause ends: punctuation, a dash between spaces, or a word that opens another clause.
_PUNCTUATION_BREAK = r"[,;:()\[\]\"“”!?]|\s[–—-]\s"
_SUBORDINATE = re.compile(
    r"\b(?:that(?!['’]s)|which|who|whom|whose|where|when|because|although|though|while|whereas|unless|if|whether"
    r"|but)\b", re.I)
_CLAUSE_END = re.compile(rf"{_PUNCTUATION_BREAK}|{_SUBORDINATE.pattern}", re.I)
_COORDINATE = re.compile(r"^\s*(?:and|or|but|so|yet)\b", re.I)
# A short last clause that only says who told the news: ", officials said", ", said Ms Ortiz",
# ", the ministry told reporters".
_REPORTING_TAIL = re.compile(
    r"^\s*(?:[\w.'’-]+\s+){0,4}?(?:said|says|told|added|reported|announced|stated|confirmed|noted|explained"
    r"|insisted|warned|according\s+to)\b(?:\s+[\w.'’-]+){0,3}\s*[.!?]?\s*$", re.I)


def _present_simple(clause: str, m: re.Match[str], relative: bool = False) -> bool:
    """True when the timetable verb at ``m`` follows a word that can be its subject.

    ``relative``: the clause opens after a relative pronoun ("the tour that stops in Ohio on
    July 22"), which is then the subject of an -s form at its start.
    """
    previous = re.findall(r"[\w']+", clause[: m.start()])
    if not previous:
        return relative and m.group(0).lower() in _PRESENT_S_FORMS
    if previous[-1].lower() in _NOT_SUBJECT or previous[-1][0].isdigit():
        return False
    if m.group(0).lower() in _PRESENT_S_FORMS:
        return True  # "becomes", "meets", "finishes"
    return bool(_PLURAL_SUBJECT.match(previous[-1]))


def _markers(clause: str, before: bool = False, after: bool = False, relative: bool = False) -> list[Tense]:
    """The tenses the markers in ``clause`` say, in text order (neutral ones left out).

    ``before``: the clause ends at the date, so a progressive or a bare "is" farther
    than PRESENT_REACH words from it, or with an earlier event between ("are recovering
    after the collapse of the port in October"), says nothing. ``after``: the clause follows the
    date, whose bare "is" describes rather than schedules ("the flood in November is
    the worst").
    """
    found: list[Tense] = []
    for m in _TENSE_MARKERS.finditer(clause.replace("’", "'")):
        kind = m.lastgroup or "neutral"
        text = m.group(0)
        if kind in ("progressive", "copula") and before and (
                len(clause[m.end() :].split()) > PRESENT_REACH or _EARLIER_EVENT.search(clause[m.end() :])):
            continue
        if kind == "copula" and after:
            continue
        if kind == "present_simple" and not _present_simple(clause.replace("’", "'"), m, relative):
            continue
        if kind == "past" and (text.lower() in _NOT_PAST_ED or (text[:1].isupper() and text.endswith("ed"))):
            continue  # "indeed", or a name ("Ahmed")
        if kind == "future" and text.split()[0] == "May":
            continue  # the month, not the modal
        if kind in _TENSE_OF:
            found.append(_TENSE_OF[kind])
    return found


_RELATIVE_END = re.compile(r"\b(?:that|which|who)\s*$", re.I)
# A date right after a coordinator ("... and from October onward they will ...", "but in
# March the council voted ..."), with at most its preposition between, heads the next clause.
_FRONTED = re.compile(
    r"\b(?:and|but|or|so|then|yet)\s+(?:(?:from|in|on|by|until|till|since|starting|beginning|during|as\s+of"
    r"|early|late|mid-?)\s+)*$", re.I)
# A gerund after a preposition ("is credited with calling the first protest January 25", "is
# accused of attacking a guard on 3 May") has an event of its own, told without a tense: the
# present before it describes (a credit, a charge), it does not schedule the gerund's date.
_GERUND = re.compile(r"\b(?:with|of|for|by|about|from|after|before)\s+(?:[a-z]+ly\s+)?[a-z]{2,}ing\b", re.I)
_SINCE_DATE = re.compile(r"\b(?:ever\s+)?since\s*$", re.I)
_BY = re.compile(r"\bby\s+(?:(?:early|mid-?|late|the\s+end\s+of)\s*)?$", re.I)
# A deferral counts forward from the reported act: "the hearing was adjourned until 14 October".
_DEFERRED_TO = re.compile(
    r"\b(?:adjourned|postponed|delayed|deferred|extended|suspended|pushed\s+back|put\s+off|rescheduled|remanded"
    r"|bailed|moved|pushed)\b(?:\s+[\w']+){0,4}?\s+(?:until|till|to)\s*$", re.I)


def _without_asides(text: str, start: int) -> str:
    """``text`` with bracketed asides blanked out, offsets kept: "at 1425 (1925 GMT) on Thursday".

    The aside that holds the date at ``start`` stays.
    """
    return re.sub(r"\([^()]*\)", lambda m: m.group(0) if m.start() < start < m.end() else " " * len(m.group(0)),
                  text)


def _elsewhere(marks: list[Tense]) -> Tense | None:
    """The tense another clause lends the date: a present there is no timetable for it."""
    if not marks:
        return None
    return "unmarked" if marks[0] == "present" else marks[0]


def _tense_after(text: str) -> Tense | None:
    """The tense the clauses after a date lend it (None when they say nothing).

    The first marker of the date's own clause, else of the clauses that follow, up to a
    clause with a tense of its own and passing over a short reporting tail.
    """
    pieces = re.split(_PUNCTUATION_BREAK, text)
    for index, piece in enumerate(pieces):
        if index and index == len(pieces) - 1 and _REPORTING_TAIL.match(piece):
            continue
        if index and _COORDINATE.match(piece):
            break  # ", and rebels are increasing ...": a clause of its own, with its own tense
        own, *subordinate = _SUBORDINATE.split(piece, maxsplit=1)
        marks = _markers(own, after=True)
        if marks:
            return marks[0] if index == 0 else _elsewhere(marks) or "unmarked"
        if subordinate:
            break  # "reports on Monday that BP is seeking ...": another clause's tense
    return None


def _gerund_after_present(before: str, relative: bool) -> bool:
    """True when a gerund with no tense marker after it stands between a present and the date."""
    gerunds = list(_GERUND.finditer(before))
    if not gerunds:
        return False
    head, tail = before[: gerunds[-1].start()], before[gerunds[-1].end() :]
    return bool(_markers(head, relative=relative)) and not _markers(tail, before=True)


def tense_at(text: str, start: int, end: int) -> Tense:
    """How the clause around ``text[start:end]`` places that date (see ``Tense``).

    The marker nearest before the date in its clause decides, else the first after it in
    the clause, else the first in the clauses that follow ("In early August, the agency
    released ..."), up to a clause with a tense of its own (", and rebels are ...",
    "reports on Monday that BP is ...") and passing over a short reporting tail
    (", officials said"), which tells when the news was told, not when the event is;
    else the nearest in the clauses before ("forces shelled the town, north of Hama,
    late on Wednesday"). A present read in another clause is no timetable for the date
    ("earnings are published, showing losses for the months between April and June").
    Bracketed asides are skipped. "Since" puts its date in the past
    whatever the verb ("has cut rates since January"), a deferral ahead ("adjourned
    until 14 October").
    """
    if _SINCE_DATE.search(text[max(0, start - 12) : start]) or text[start:end].lower().startswith("since"):
        return "past"
    text = _without_asides(text, start)
    earlier = _CLAUSE_END.split(text[:start])
    before = earlier[-1]
    if _DEFERRED_TO.search(before + (" until" if text[start:end].lower().startswith("until") else "")):
        return "future"
    relative = bool(_RELATIVE_END.search(text[: start - len(before)]))
    marks = _markers(before, before=True, relative=relative)
    if marks and marks[-1] == "present" and _gerund_after_present(before, relative):
        return "unmarked"
    if marks and _FRONTED.search(before):
        # "went in search of stories and from October they will be released": the date opens
        # the clause after the "and", whose own verb places it.
        return _tense_after(text[end:]) or marks[-1]
    if marks:
        return marks[-1]
    following = _tense_after(text[end:])
    if following:
        return following
    for piece in reversed(earlier[:-1]):
        marks = _markers(piece)
        if marks:
            return _elsewhere(marks[-1:]) or "unmarked"
    if _BY.search(before) or text[start:end].lower().startswith("by "):
        return "present"  # a deadline with no tense to place it: "deals for 90m doses by December"
    return "unmarked"


# ---------------------------------------------------------------- does a sentence look ahead?

# Modal and expectation words that look back, not ahead: "would have", "could have",
# "had hoped", "didn't expect", "could hear". Found by reading outlook items of
# cnndm_summeval briefs (about a third were past narration); removed before counting.
PAST_MODAL = re.compile(
    r"\b(?:(?:would|could|might|may|should|must)(?: not|n't)? have(?! to)|had (?:hoped|expected|planned)|"
    r"(?:did not|didn't|never|had not|hadn't) (?:expect(?:ed)?|plan(?:ned)?|hope(?:d)?)|"
    r"could (?:hear|see|feel|smell|tell|not believe))\b", re.I)


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
                       "suspect".split())
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


def _forecasts(doc: Document, verb: Token, kids: list[Token], modal: Token) -> bool:
    """Whether the modal clause of ``verb`` says what will happen (see the notes above)."""
    if verb.tag == "VBN" and any(k.dep == "aux" and k.lemma.lower() == "have" for k in kids):
        return False  # "will have had time", "would have cost"
    around = {doc.tokens[i].text.lower() for i in (modal.i - 1, modal.i + 1) if 0 <= i < len(doc.tokens)}
    if "or" in around or (any(k.dep == "auxpass" for k in kids) and verb.lemma.lower() in _HEDGE_VERBS):
        return False  # "may or may not be", "it might be assumed that": a hedge about what is
    if any(k.dep == "advmod" and k.text.lower() in ("rather", "sooner") for k in kids):
        return False  # a preference
    if _detail(doc, verb, kids):
        return False  # "the queries they will receive", "..., as will be the lighting package": a detail's future
    if verb.dep in ("ccomp", "advcl", "pcomp") and (doc.tokens[verb.left].text.lower() in _WH
                                                     or any(k.text.lower() in _WH and k.i < verb.i for k in kids)):
        return False  # "planning how the vaccine will be handed out"
    head = doc.tokens[verb.head]
    if verb.dep == "ccomp" and head.tag == "VBD" and head.lemma.lower() in _PAST_VIEW \
            and modal.text.lower() in _PAST_FUTURE_AUX \
            and not any(doc.tokens[i].ent_type in _TIME_ENTITIES for i in range(verb.left, verb.right + 1)):
        return False  # "rivals hinted last month that they would use ...": the view they held then
    if verb.dep == "advcl" and head.tag == "VBD" and modal.text.lower() in _PAST_FUTURE_AUX:
        return False  # "Jackson died before he could repay those debts": a past seen from the past
    return not _specifies(doc, verb, kids)


def looks_ahead(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence says what will happen: a modal clause that forecasts (not a spec line,
    a preference, a past view or a detail's future), or a cue such as "plans to", "is due to", "next year"."""
    tokens = doc.sentence_tokens(sentence)
    kids: dict[int, list[Token]] = {}
    for token in tokens:
        if token.head != token.i:
            kids.setdefault(token.head, []).append(token)
    rejected: set[int] = set()  # verbs of modal clauses that do not look ahead
    for token in tokens:
        if token.dep != "aux" or token.text.lower() not in _FUTURE_AUX or token.text == "May":
            continue
        verb = doc.tokens[token.head]
        if _forecasts(doc, verb, kids.get(verb.i, []), token):
            return True
        rejected.add(verb.i)
    by_start = {t.start - sentence.start: t for t in tokens}
    for match in _NON_MODAL.finditer(PAST_MODAL.sub(lambda m: " " * len(m.group(0)), sentence.text)):
        cue = by_start.get(match.start())
        if cue is None:
            return True
        if cue.dep == "acl" or (cue.head in rejected and cue.dep in ("ccomp", "xcomp", "advcl")) or (
                cue.lemma.lower() in ("likely", "unlikely") and doc.tokens[cue.head].tag == "VBD"):
            continue  # "everyone predicted to fall ill", "it was more likely he gave": no forecast
        return True
    # a modal the parse did not attach as an auxiliary still counts, unless it is an ellipsis
    # told from the past: "when the virus returned, as Niven knew it would, 1,700 died"
    return not rejected and any(_MODAL_WORD.fullmatch(t.text) and not _past_ellipsis(doc, t) for t in tokens)


def _past_ellipsis(doc: Document, modal: Token) -> bool:
    """True when a modal standing for its verb ("knew it would") hangs on a verb in the past."""
    head = doc.tokens[modal.head]
    return (modal.text.lower() in _PAST_FUTURE_AUX and head.i != modal.i
            and head.tag in ("VBD", "VBN") and modal.dep in ("ccomp", "advcl", "conj"))
