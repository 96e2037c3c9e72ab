"""Outlook: modals that look back or judge, not forward (reader Audits 16 and 17).

The outlook section holds a future event: what will, is expected to or is planned to happen. A modal
("would", "could", "may", "might") in a sentence of the article's own narration often tells something
else: what was possible then ("could do nothing until the water went down"), what followed in an account
("and we would stay there for hours"), what used to happen ("Typically a report would give ..."), or a
judgment of what has happened ("this latest case may trump all others, with the firm getting a man
fired"). ``past_ability`` is True when every modal of a sentence is of these kinds.
"""

from __future__ import annotations

import re

from newsbrief.models import Document, Sentence, Token

# Reader Audit 16: "could offer little advice" was filed as Outlook: a "could" of ability in the past. A
# "could" whose clause is timed by a past clause ("could do nothing until the water went down", "could
# offer little help when the fever spread") tells what was possible then, not what may come.
_PAST_MARKS = frozenset("until when as while before after once".split())


# A "would" joined to a clause in the past tells what followed then, not what will ("Half the patients were
# given a dummy pill, and the rest would receive the drug": a study's design; "I clung on to them ..., and
# we would stay there for hours": an account, Audit 16, whose "clung" the tagger reads as present, so its
# past conjunct "shielded" speaks for it). A word of the future in the clause keeps it a forecast ("Prices
# rose in May and would rise again next year").
# "hours later" and "days later" tell a sequence then (Audit 19), not a time to come.
_FUTURE_WORDS = re.compile(r"\b(?:next|(?<!hours )(?<!days )(?<!minutes )later|tomorrow|coming|soon|future|"
                           r"upcoming|(?:19|20)\d\d|"
                           r"this (?:week|month|year|spring|summer|autumn|fall|winter|weekend))\b", re.I)
FUTURE_WORDS = _FUTURE_WORDS  # section_present reads the same words of time to come


def _past_clause(doc: Document, verb: Token) -> bool:
    """Whether ``verb`` is told in the past: a past form, a passive or perfect with a past auxiliary, or a
    verb one of whose joined clauses is past (see above)."""
    kids = doc.children(verb)
    return verb.tag == "VBD" or any(k.dep in ("aux", "auxpass") and k.tag == "VBD" for k in kids) \
        or any(k.dep == "conj" and k.tag == "VBD" for k in kids)


# A habit told with "would" (Audit 17): a word of habit ("Typically a report after a homicide would give ...",
# "Usually the inspectors would visit ...") or a frequency ("would meet every Thursday", "twice a year") in
# the article's own narration tells what used to happen; "the council said they would meet every Thursday
# from next month" reports a plan, which stays.
_HABIT = re.compile(
    r"\b(?:typically|usually|normally|generally|often|always|ordinarily|customarily|traditionally|routinely|"
    r"regularly|frequently|sometimes|invariably|habitually)\b|"
    r"\b(?:every|each) (?:day|night|hour|time|morning|evening|week|weekend|month|year|summer|winter|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\b(?:once|twice|\w+ times) a (?:day|week|month|year)\b|"
    # a witness's account of what went on (Audit 19: "One man would leave and another would enter"): a turn-taking
    # or a sequence that repeats ("one by one", "whenever", "hours later"), a "would" for each of two parties
    r"\b(?:one by one|one after (?:the )?another|whenever|(?:hours|minutes|days) later)\b|"
    r"\bone\b[^.;]{0,40}\bwould\b[^.;]{0,60}\b(?:another|the other|others)\b[^.;]{0,20}\bwould\b", re.I)
# A past inability told with a span of time: "She could not walk for weeks after the accident" (Audit 17).
_SPANS = frozenset("hours days weeks months years".split())
# A judgment of what has happened (Audit 17: "this latest case may trump all others, with the firm getting a
# man fired"): a verb that ranks its subject against others, or "be" with a superlative, beside a past event.
_RANKING = frozenset("trump top rank beat surpass outdo eclipse rival outstrip count qualify".split())
_JUDGING_MODALS = frozenset({"may", "might", "could"})


# A past habit or ability told with "could" (session 14, an unseen restaurant appreciation filed "you could
# always go at midnight and eat at the bar" as Outlook): a word of habit ("always", "often"), or a frame of
# past time ("used to", "back then", "in those days", "when he was young", "in the 1990s"). A forecast's
# "could" has neither ("the vote could come next week", "prices could rise").
_PAST_FRAME = re.compile(
    r"\b(?:used to|back then|in those days|in (?:the|his|her|their|my|our) (?:early |late )?"
    r"(?:day|youth|childhood|heyday)s?|at the time|in (?:the )?(?:early |late |mid-)?(?:19|20)?\d0s|"
    r"as (?:a )?(?:child|children|boy|girl|student|teenager)s?|"
    r"when (?:he|she|i|we|they|you|it) (?:was|were) (?:young|little|a (?:child|boy|girl|student|teenager)))\b",
    re.I)
# A "could" after a sentence of past narration in the same paragraph, addressed to a generic "you" ("The
# diner stayed open all night. You could go there at midnight ..."): what one could do then. Only "you" and
# a word of habit are read so: "The factory closed in May. Hundreds of jobs could be lost" is a forecast.
_GENERIC = frozenset({"you", "one"})


def _narrated(doc: Document, verb: Token) -> bool:
    """Whether ``verb`` stands in the article's own narration, not in a clause someone is reported to say."""
    token = verb
    for _ in range(8):
        if token.dep in ("ccomp", "xcomp", "relcl", "acl", "csubj"):
            return False
        if token.head == token.i:
            return True
        token = doc.tokens[token.head]
    return False


def _habit(doc: Document, verb: Token, text: str) -> bool:
    """A "would" with a word of habit or a frequency (see above), narrated or in what someone is told to
    have said in the past ("she told the court", "she said"): a witness's account of what went on. A plan so
    reported names its time to come, which keeps it a forecast (the caller checks)."""
    return bool(_HABIT.search(text)) and (_narrated(doc, verb) or _told_in_past(doc, verb))


def _told_in_past(doc: Document, verb: Token) -> bool:
    """Whether ``verb``'s clause is what a past speech verb reports ("she told the court ...")."""
    token = verb
    for _ in range(6):
        if token.dep == "ccomp":
            return doc.tokens[token.head].tag == "VBD"
        if token.head == token.i:
            return False
        token = doc.tokens[token.head]
    return False


# A present fact with an ability on its noun (Audit 19: "Syria's army has 300,000 men and missile sites" with
# what they could strike, filed as Outlook): "could" in a clause on the object of a present verb of
# having tells what a thing is able to do, not what will happen. "Officials warned of floods that could hit
# the coast" stays: its verb reports a warning; so does "X is a player who could miss out" (a Newsroom page:
# "be" names who may lose, a forecast).
_HAVING = frozenset("have hold own possess include contain boast field keep".split())


def _capability(doc: Document, verb: Token, word: str) -> bool:
    """A "could" in a relative clause on what a present verb of having names (see above)."""
    if word != "could" or verb.dep not in ("relcl", "acl") or any(
            k.dep == "advcl" and any(m.text.lower() == "if" for m in doc.children(k)) for k in doc.children(verb)):
        return False  # "weapons that could fall to rebels if the army splits": a forecast on its condition
    owner = doc.tokens[verb.head]
    for _ in range(4):  # up from the noun, through its conjuncts and prepositions, to the verb that has it
        if owner.pos in ("VERB", "AUX"):
            break
        owner = doc.tokens[owner.head]
    return owner.lemma.lower() in _HAVING and owner.tag in ("VBZ", "VBP") and owner.dep == "ROOT"


# A writer's counterfactual about himself (Audit 19: a columnist's joke about fear of heights as Outlook): "If
# I were a pilot, I would ...", a condition in the subjunctive with "I", "we" or "you". "If the talks fail,
# the strike would begin" and "If Iran were to attack, ..." stay: a condition that may come about.
_SELVES = frozenset({"i", "we", "you"})


def _counterfactual(doc: Document, verb: Token) -> bool:
    """A "would" under an "if I were ..." condition (see above)."""
    for clause in doc.children(verb):
        kids = doc.children(clause)
        if clause.dep == "advcl" and clause.lemma.lower() == "be" and clause.text.lower() == "were" \
                and any(k.dep == "mark" and k.text.lower() == "if" for k in kids) \
                and any(k.dep == "nsubj" and k.text.lower() in _SELVES for k in kids) \
                and not any(k.dep == "xcomp" for k in kids):
            return True
    return False


def _past_inability(doc: Document, verb: Token) -> bool:
    """A narrated "could not" held for a span of time ("could not walk for weeks")."""
    kids = doc.children(verb)
    spans = [p for k in kids if k.dep == "prep" and k.text.lower() == "for" for p in doc.children(k)
             if p.dep == "pobj" and p.text.lower() in _SPANS]
    return any(k.dep == "neg" for k in kids) and bool(spans) and _narrated(doc, verb)


def _judges_past(doc: Document, sentence: Sentence, verb: Token) -> bool:
    """A narrated ranking verb beside a past event told in the same sentence (see above)."""
    ranks = verb.lemma.lower() in _RANKING or (
        verb.lemma.lower() == "be" and any(k.dep in ("attr", "acomp") and k.tag == "JJS" for k in doc.children(verb)))
    return ranks and _narrated(doc, verb) and any(
        t.tag in ("VBD", "VBN") and t.i != verb.i and t.dep not in ("aux", "auxpass", "amod")
        for t in doc.sentence_tokens(sentence))


def _past_could(doc: Document, sentence: Sentence, verb: Token) -> bool:
    """A narrated "could" of habit or of a past frame, or said to a generic "you" after a sentence of past
    narration in the same paragraph (see above)."""
    if not _narrated(doc, verb):
        return False
    if _HABIT.search(sentence.text) or _PAST_FRAME.search(sentence.text):
        return True
    subject = next((k for k in doc.children(verb) if k.dep in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.text.lower() not in _GENERIC or sentence.index == 0:
        return False
    before = doc.sentences[sentence.index - 1]
    root = next((t for t in doc.sentence_tokens(before) if t.dep == "ROOT"), None)
    return before.paragraph == sentence.paragraph and root is not None and _past_clause(doc, root)


# A past perception told with "could" and a passive verb of perceiving (reader Audit 23: "A stream of vehicles
# could be seen fleeing" was filed as Outlook): what was visible or audible then. A word of the future or a
# condition keeps it a forecast ("The comet could be seen from Europe next week if the skies stay clear").
_PERCEIVED = frozenset("see hear spot smell feel notice observe glimpse sense".split())


def _perceived(doc: Document, verb: Token, word: str) -> bool:
    """A "could be seen/heard" with no condition on it (see above)."""
    kids = doc.children(verb)
    return word == "could" and verb.lemma.lower() in _PERCEIVED and verb.tag == "VBN" \
        and any(k.dep == "auxpass" for k in kids) \
        and not any(k.dep == "advcl" and any(m.dep == "mark" and m.text.lower() in ("if", "unless", "once")
                                             for m in doc.children(k)) for k in kids)


# A perception still going on, told in the past (reader Audit 47: a quote's continuation, "... people who said
# they could still hear knocking, so we moved from building to building"): "could still hear/see/smell" in what a
# past verb of saying reports tells what was heard then. Without "still" a reported "could see" may be a forecast
# ("said owners could see their bills double"), and a word of the future keeps any a forecast (the caller checks).
def _still_perceived(doc: Document, verb: Token, word: str) -> bool:
    """A "could still" on an active verb of perceiving inside a clause a past verb of saying reports."""
    kids = doc.children(verb)
    return word == "could" and verb.lemma.lower() in _PERCEIVED and not any(k.dep == "auxpass" for k in kids) \
        and any(k.dep == "advmod" and k.text.lower() == "still" for k in kids) and _told_in_past(doc, verb)


# A condition or a question inside a past frame (session 20, the lead's Newsroom row 33: "Another 76,178 women
# were chosen for a comparison group that got vouchers for a free test -- if they could get to the hospital"):
# a "could/would/might" in an "if"/"whether" clause hung on a past verb ("were asked whether they would move")
# tells what was open then. A time to come keeps it a forecast ("were asked whether they would move next year",
# checked by the caller); "If the rain goes on, the river could burst" (a present condition) and "were warned
# they could lose their jobs" (no "if"/"whether") stay.
_OPEN_MARKS = frozenset({"if", "whether"})
BACKSHIFTED = frozenset({"could", "would", "'d", "might"})


def _past_condition(doc: Document, verb: Token, word: str) -> bool:
    """A backshifted modal in an "if"/"whether" clause on a verb told in the past (see above); a second "whether"
    clause the parse joins to that verb counts too ("the question had been not whether ..., but whether it could
    afford to", reader Audit 35 #1)."""
    marks = {k.text.lower() for k in doc.children(verb) if k.dep == "mark"}
    opened = (verb.dep in ("advcl", "ccomp", "pcomp") and bool(marks & _OPEN_MARKS)) \
        or (verb.dep == "conj" and "whether" in marks)
    return word in BACKSHIFTED and opened and verb.head != verb.i and _past_clause(doc, _frame(doc, verb))


def _frame(doc: Document, verb: Token) -> Token:
    """The verb that frames a question clause: its head, or, through an infinitive or a preposition, the verb
    above them ("The form asked owners to say whether they would rebuild", "asked them to give their thoughts
    on whether they could ...": a past document's question, reader Audit 47)."""
    frame = doc.tokens[verb.head]
    for _ in range(3):
        if frame.dep not in _FRAME_LINKS or frame.head == frame.i or frame.tag in ("VBD", "VBZ", "VBP", "MD"):
            break
        frame = doc.tokens[frame.head]
    return frame


_FRAME_LINKS = frozenset({"xcomp", "prep"})


# A hope told in the past perfect (session 20, Newsroom row 33: "She had been bleeding heavily for years, hoping
# patience and prayers would fix things"): "had hoped X would", or "hoping X would" on a past-perfect verb, is a
# hope overtaken by what followed. "Officials hope the clinic will open" (a present hope, "will") stays, and a time
# to come keeps it a forecast ("had hoped the clinic would open next year", checked by the caller).
# Read by the word's form: the tagger's lemma of "hoping" is "hop".
_HOPING = re.compile(r"(?:hop(?:e[ds]?|ing)|wish(?:e[ds]|ing)?|pray(?:s|ed|ing)?|dream(?:s|ed|t|ing)?|"
                     r"trust(?:s|ed|ing)?)", re.I)


def _had(doc: Document, verb: Token) -> bool:
    return any(k.dep == "aux" and k.lemma.lower() == "have" and k.tag == "VBD" for k in doc.children(verb))


def _overtaken_hope(doc: Document, verb: Token, word: str) -> bool:
    """A backshifted modal under a verb of hoping told in the past perfect (see above)."""
    if word not in BACKSHIFTED or verb.dep != "ccomp" or verb.head == verb.i:
        return False
    hope = doc.tokens[verb.head]
    if not _HOPING.fullmatch(hope.text):
        return False
    return _had(doc, hope) or (hope.tag == "VBG" and hope.dep == "advcl" and _had(doc, doc.tokens[hope.head]))


def _looks_back(doc: Document, sentence: Sentence, modal: Token) -> bool:
    """A "could" timed by a past clause or held for a span, a "would" joined to a past clause or told of a
    habit, or a "may" that judges a past event (see above). A word of the future keeps any of them a forecast."""
    verb = doc.tokens[modal.head]
    word = modal.text.lower()
    if not _FUTURE_WORDS.search(sentence.text) and (
            _capability(doc, verb, word) or _perceived(doc, verb, word) or _past_condition(doc, verb, word)
            or _still_perceived(doc, verb, word)
            or _overtaken_hope(doc, verb, word)
            or (word in ("would", "'d") and _counterfactual(doc, verb))
            or (word in _JUDGING_MODALS and _judges_past(doc, sentence, verb))
            or (word in ("would", "'d") and _habit(doc, verb, sentence.text))
            or (word == "could" and (_past_inability(doc, verb) or _past_could(doc, sentence, verb)))):
        return True
    if word == "could":
        return any(k.dep == "advcl" and k.tag == "VBD" and any(c.dep == "mark" and c.text.lower() in _PAST_MARKS
                                                             for c in doc.children(k)) for k in doc.children(verb))
    head = doc.tokens[verb.head]
    # only a clause of the sentence's own narration: "she said she had been let down but that she would
    # continue to fight" reports a forecast made then, which stays
    return word in ("would", "'d") and verb.dep == "conj" and _past_clause(doc, head) \
        and head.dep in ("ROOT", "conj") and not any(k.dep == "mark" for k in doc.children(verb)) \
        and not _FUTURE_WORDS.search(doc.article.text[doc.tokens[verb.left].start : doc.tokens[verb.right].end])


def past_ability(doc: Document, sentence: Sentence) -> bool:
    """True when every modal of the sentence looks back or judges (see above): no forecast is left."""
    modals = [t for t in doc.sentence_tokens(sentence) if t.tag == "MD"]
    return bool(modals) and all(_looks_back(doc, sentence, m) for m in modals)
