"""Sentences whose cue words point to the wrong section: a hoax's forecast, a forecast with its reason, a
condition on a thing.

Three shapes, all from reader Audit 23 (docs/audit.md 24.4, item 3):

* **A forecast the article reports as a rejected claim's.** A debunking column states its target before it
  knocks it down: "We now have the claim that on January 4 you will be able to jump in the air and float".
  Read as the article's outlook, the sentence states the hoax straight (the column's target forecast was
  the brief's only Outlook item). :mod:`newsbrief.nlp.debunk` finds a hoax's own block or a carrier's
  one-sentence claim; :func:`rejected_forecast` reads the wider frame a debunk gives its target: the
  sentence gives a carrier's content ("the claim that", "the rumour is that", "according to the site", "the
  post says"), and the article rejects what it reports, in its own voice, in its lead ("The first nonsense
  I had to debunk this year was a claim ...") or within VERDICT_REACH sentences after ("It is a hoax.").
  A news report that cites a report's forecast ("According to the report, the economy will grow next
  year") gives no verdict of its own, and its forecast stays.
* **A forecast with its reason.** "Friday will be a very crucial day, because the protesters have promised to
  march" was filed as a cause under Analysis: the main clause is a prediction, and the "because" gives the
  ground of the prediction, not a cause of the story's events. :func:`forecast_with_reason` finds a main
  clause told with "will" (or a reported "would") whose "because" clause hangs on it; the sentence is the
  outlook's. "The talks collapsed because the unions refused the offer" (a past main clause) stays a cause.
* **A physical condition on a thing.** "The weight must be enough to overcome the upward force", "the relief
  well needs to be away from the vessels" (an engineer explaining a method) were filed as Recommendations:
  a "must", "needs to" or "has to" whose subject is a thing and whose predicate is a state of size, strength,
  distance or amount states what the method requires, and urges no one. :func:`physical_condition` finds
  them. "The government must act" (a body), "the rules must be enforced" (a passive act someone must do)
  and "the company needs to drill a well" (an act) stay advice.
* **A forecast told in the past** (reader Audit 27): a quotation dated to a year long gone, or the narration
  of a piece that narrates the past ("would be set free"), is history: :func:`told_in_the_past`.
* **A forecast of necessity**: "The bridge will have to close on Friday" foretells, it urges no one:
  :func:`forecast_of_necessity` lets the outlook take it although the attribution stage calls it advice.
"""

from __future__ import annotations

import re

from newsbrief.lexicon import ORGANISATION_NOUNS
from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.debunk import CARRIERS, LEAD, VERDICT_REACH, debunk_verdict

_CARRIER_WORDS = "|".join(sorted(CARRIERS, key=len, reverse=True))
# The frames in which a sentence gives a carrier's content: "the claim that", "according to the site", "the
# post says that", "the hoax claimed", "the rumour has it". A determiner (and one modifier) before the
# carrier: "according to a viral post", "this latest hoax says".
_FRAME = re.compile(
    rf"\b(?:according to|per) (?:the|this|that|a|an|these|those|one)\s+(?:[\w'-]+\s+){{0,2}}?(?:{_CARRIER_WORDS})\b|"
    rf"\b(?:{_CARRIER_WORDS})\s+(?:(?:is|was) that|says?|said|claims?|claimed|reads?|states?|stated|alleges?|alleged|"
    r"suggests?|suggested|purports?|purported|insists?|insisted|warns?|warned|has it)\b|"
    r"\b(?:claims?|rumou?rs?|hoax(?:es)?|myths?|stor(?:y|ies)|tales?) that\b",
    re.I)


def _rejects_near(doc: Document, sentence: Sentence) -> bool:
    """A verdict in the article's voice in its lead or just after ``sentence`` (see the module docstring)."""
    lead = doc.sentences[:LEAD]
    after = doc.sentences[sentence.index + 1 : sentence.index + 1 + VERDICT_REACH]
    return any(debunk_verdict(s.text) for s in (*lead, *after) if s.index != sentence.index)


def rejected_forecast(doc: Document, sentence: Sentence) -> bool:
    """True when ``sentence`` gives a carrier's claim (a hoax's, a rumour's, a site's) in an article that
    rejects what it reports: its forecast is the claim's, not the article's outlook."""
    return bool(_FRAME.search(sentence.text)) and _rejects_near(doc, sentence)


_WILL = frozenset({"will", "'ll", "shall", "wo"})
# a reported "would" ("he said Friday would be crucial because ...") is the speaker's forecast then
_REPORTED_WILL = frozenset({"would", "'d"})
_REASON_MARKS = frozenset({"because"})
_SPEECH = frozenset("say tell warn predict argue write add believe think expect insist".split())


def _forecast_clause(doc: Document, verb: Token) -> bool:
    """Whether ``verb`` heads the sentence's main clause (or what its main speech verb reports) and is told
    with "will" (a reported "would" under a speech verb)."""
    words = {k.text.lower() for k in doc.children(verb) if k.dep == "aux"}
    if verb.head == verb.i:
        return bool(words & _WILL)
    head = doc.tokens[verb.head]
    return verb.dep == "ccomp" and head.head == head.i and head.lemma.lower() in _SPEECH \
        and bool(words & (_WILL | _REPORTED_WILL))


def forecast_with_reason(doc: Document, sentence: Sentence) -> bool:
    """True when a "because" clause (or "because of") hangs on a main clause that forecasts (see above)."""
    for token in doc.sentence_tokens(sentence):
        if token.text.lower() not in _REASON_MARKS:
            continue
        clause = doc.tokens[token.head]  # "because" marks its clause; "because of" hangs on the verb itself
        verb = clause if token.dep == "prep" else doc.tokens[clause.head]
        if token.dep == "mark" and clause.dep == "advcl" and _forecast_clause(doc, verb):
            return True
        if token.dep == "prep" and _forecast_clause(doc, verb):
            return True
    return False


# What a thing must be for a method to work: a state of amount, weight or distance ("enough", "strong
# enough", "away from the vessels", "watertight"); a state of size counts only with a measure ("at least four
# metres high"), since "taxes must be low" and "the cuts must be deep" are calls. Comparatives and words of
# quality are left out for the same reason ("rents need to be lower", "policy needs to be more clear": an
# XSum page, session 15).
_PHYSICAL = frozenset("enough sufficient away far apart airtight watertight heavy sturdy".split())
_SIZES = frozenset("high low tall deep shallow wide narrow thick thin large big small long short".split())
# What a call on money or policy names: "wages need to be high enough to live on" asks a party to pay more.
_POLICY_NOUNS = frozenset("wage wages pay salary salaries price prices rent rents tax taxes rate rates fee fees "
                          "pension pensions benefit benefits budget funding spending fine fines penalty penalties "
                          "sentence sentences law laws rule rules policy policies plan plans".split())
_PEOPLE = frozenset("i we you he she they people person everyone everybody someone anyone man woman men women "
                    "child children parent parents resident residents worker workers official officials "
                    "leader leaders voter voters citizen citizens troop troops soldier soldiers police "
                    "driver drivers patient patients doctor doctors student students".split())
_AGENT_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def copula(doc: Document, modal: Token) -> Token | None:
    """The "be" that ``modal`` governs: "must be", "needs to be", "has to be"; None for any other verb."""
    verb = doc.tokens[modal.head] if modal.dep == "aux" else modal
    if verb.lemma.lower() == "be":
        return verb
    return next((k for k in doc.children(verb) if k.dep == "xcomp" and k.lemma.lower() == "be"), None)


def a_thing(doc: Document, modal: Token) -> bool:
    """Whether the subject of ``modal``'s clause names a thing, not a person, a group or a body."""
    verb = doc.tokens[modal.head] if modal.dep == "aux" else modal
    subject = next((k for k in doc.children(verb) if k.dep == "nsubj"), None)
    if subject is None or subject.pos not in ("NOUN", "PROPN"):
        return False
    lemma = subject.lemma.lower()
    return subject.ent_type not in _AGENT_ENTITIES and lemma not in _PEOPLE and subject.text.lower() not in _PEOPLE \
        and lemma not in ORGANISATION_NOUNS and lemma not in _POLICY_NOUNS and subject.text.lower() not in _POLICY_NOUNS


def physical_condition(doc: Document, modal: Token) -> bool:
    """True when ``modal`` ("must", "need", "have" of "has to") states what a thing must be in size, strength,
    distance or amount (see above), not what anyone should do."""
    be = copula(doc, modal)
    if be is None or any(k.dep == "auxpass" for k in doc.children(be)) or not a_thing(doc, modal):
        return False
    states = [k for k in doc.children(be) if k.dep in ("acomp", "advmod", "attr", "prep")]
    return any(_physical_state(doc, k) for k in states)


def _physical_state(doc: Document, state: Token) -> bool:
    """A word of amount, strength or distance, or of size with a measure on it ("four metres high")."""
    words = [state, *doc.children(state)]
    if any(w.lemma.lower() in _PHYSICAL for w in words):
        return True
    return state.lemma.lower() in _SIZES and any(
        doc.tokens[i].tag == "CD" for i in range(state.left, state.right + 1))


# A forecast told in the past (reader Audit 27, 28.4; the lead's reading of an unseen Newsroom history essay):
# a quotation dated to a year long gone ('"You will find them at their books," the minister wrote in 1863') and,
# in a piece that narrates the past, the future-in-the-past of its narration ("they would be set free", "were
# soon set to work") or an old quotation's "will" are history, not what the article expects. A piece narrates
# the past when the years it names are nearly all PAST_YEARS or more before its date: tuned on the history
# essay (years 1862-1865) against the 60 Newsroom and 60 XSum dev rows, where news names recent years.
PAST_YEARS = 10
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
# a time to come keeps a forecast; not "soon", which narrates too ("were soon set to work")
_AHEAD = re.compile(r"\b(?:next|coming|tomorrow|upcoming|later this)\b", re.I)
_NOW_MODALS = frozenset({"will", "'ll", "shall", "wo", "may", "might", "can"})
_QUOTES = frozenset({'"', "“", "”", "``", "''"})


def _years(text: str) -> list[int]:
    return [int(y) for y in _YEAR.findall(text)]


def _dated_long_ago(doc: Document, sentence: Sentence, year: int) -> bool:
    """Whether a past verb of ``sentence`` is dated to a year before ``year`` ("wrote in 1863")."""
    for token in doc.sentence_tokens(sentence):
        if token.ent_type != "DATE" or not _YEAR.fullmatch(token.text) or int(token.text) >= year:
            continue
        head = doc.tokens[token.head]
        if head.dep == "prep":
            head = doc.tokens[head.head]
        if head.tag == "VBD":
            return True
    return False


def _narrates_past(doc: Document, now: int) -> bool:
    """Whether the article's named years are nearly all long gone (see above): three at least, nine in ten old."""
    years = _years(doc.article.text)
    return len(years) >= 3 and sum(y <= now - PAST_YEARS for y in years) >= 0.9 * len(years)


def _looks_ahead_now(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence forecasts from now: a present modal of the future outside any quotation."""
    inside = False
    for token in doc.sentence_tokens(sentence):
        if token.text in _QUOTES:
            inside = not inside if token.text == '"' else token.text in ("“", "``")
        elif token.tag == "MD" and token.text.lower() in _NOW_MODALS and not inside:
            return True
    return False


def told_in_the_past(doc: Document, published_year: int | None, sentence: Sentence) -> bool:
    """True when ``sentence``'s forecast is history: dated to a year long gone, or the narration of a piece
    that narrates the past (see above); a time to come ("next year", a year not yet past) keeps it."""
    if published_year is None or _AHEAD.search(sentence.text) \
            or any(y >= published_year for y in _years(sentence.text)):
        return False
    if _dated_long_ago(doc, sentence, published_year - 1):
        return True
    return _narrates_past(doc, published_year) and not _looks_ahead_now(doc, sentence)


# A forecast of necessity: "The bridge will have to close on Friday, engineers warned" (session 17's report): the
# attribution stage gives "have to" the stance "recommends", but a "have to" told with "will" foretells what
# must happen, it urges no one; a sentence with a word that does urge ("should", "must", "urged") is left alone.
_URGING = re.compile(r"\b(?:should|must|ought|urg\w+|call(?:s|ed)? (?:on|for)|recommend\w*|advis\w+)\b", re.I)
_NEEDING = frozenset({"have", "need"})


def forecast_of_necessity(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence's only call is a "will have to" (see above): a forecast, the outlook's."""
    if _URGING.search(sentence.text):
        return False
    return any(t.lemma.lower() in _NEEDING and any(k.dep == "xcomp" for k in doc.children(t))
               and any(k.dep == "aux" and k.text.lower() in _WILL for k in doc.children(t))
               for t in doc.sentence_tokens(sentence))


# A claim the writer rebuts in the same sentence: "Chipfirm says the chip supports GPS, but that would contradict
# the maker's own statement, so we'd say it's less likely" (reader Audit 27, 28.4 item 3): the "would" is the
# writer's argument against the claim, and the claim is no outlook of the article's.
_REBUTTAL = re.compile(r"\bbut (?:that|this|which) (?:would|'d) (?:contradict|conflict|go against|run counter|mean)\b|"
                       r"\bso (?:we|I)(?:'d| would) say\b", re.I)


def rebutted_forecast(sentence: Sentence) -> bool:
    """True when the writer rebuts, in the sentence itself, the claim it reports (see above)."""
    return bool(_REBUTTAL.search(sentence.text.replace("’", "'")))
