"""Tense and aspect around a date: does the clause put it ahead of or behind the publication date?

"Ministers meet on Wednesday" (a present-simple timetable) and "plans to reopen the park on
Friday" are ahead; "police were called on Wednesday" is behind. :func:`tense_at` reads the
tense marker nearest before the date in its clause, then the clauses after it (skipping a
", officials said" tail), then the clauses before it; word lists, not parser tags, so the
timeline and the labelled-set evaluation read the same way (see :mod:`newsbrief.nlp.dates`).

:func:`looks_ahead`, which asks the same of a whole sentence from its parse, is in
:mod:`newsbrief.nlp.ahead` and can still be imported from here.
"""

from __future__ import annotations

import re

from newsbrief.nlp.ahead import PAST_MODAL as PAST_MODAL
from newsbrief.nlp.ahead import looks_ahead as looks_ahead
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
