"""Dates an act aims at, dates of a clause deep below the act or beside it, and dates of a state (reader Audit 46).

Reader Audit 46 (docs/audit.md 47.4 item 5) found 7 of 12 Timeline entries wrong, in three forms:

- a target: "Bosses committed to a global cap on emissions by <year>" was dated by its target year; the
  commitment is of the story's time, the year is when the cap must hold. A limit ("by", "until") on a
  complement or a noun of a past act, or a period after "for" on a noun ("a target of zero waste for
  <year>"), is no date of the act. A limit on the act's own verb ("The troops had left by 2011") and a
  future act ("will cut emissions by 2030") keep their date;
- a year of a clause below the act: "X alluded to remarks about the edge he felt Y had in <year>" (a clause
  reported inside a relative clause about a noun the act only mentions), "..., with more sanctions added in
  <year>" (a participle in a "with" phrase beside the main clause); a second clause with its own subject and
  year ("X listed the group in 1997, and fresh sanctions were added in 2005") is told alone, not with the
  first clause's event under its year; when both clauses have a date, each is its own event ("She was
  elected in 2009 and re-elected on Monday": "[She was] re-elected on Monday" under Monday);
- a state: "<year> was a year full of surprises" (the year is what the sentence describes), "In <year> X was
  the biggest trading partner", "In <year> the band was hugely popular" (how things stood, not what
  happened). A passive ("was elected in <year>"), "be" with a place or a time ("The final was on Sunday")
  and "be" with an event noun ("was a victory") still tell an event.

The parse is spaCy's (dependency labels, Penn tags), as in :mod:`newsbrief.analyze.date_roles`.

**A sentence whose second main clause tells an event of another time than the date of its first.**

"The army put down riots by police conscripts in 1986, and he jailed some 30,000 people when militants carried
out a string of attacks on tourists" (reader Audit 43 #3) was a 1986 entry, though its weightier half, the
jailings, belongs to the attacks of the next decade, which the sentence times by its own "when" clause. The
date reaches only its own clause; when a second clause joined to it by "and" (or "but") has its own subject and
its own time (a "when", "while", "after", "before", "as" or "until" clause, or a "during" phrase), the sentence
spans two periods and its entry is withheld rather than dated by the first year only.

Near miss: "put down riots in 1986 and jailed their leaders" shares the subject and the time: kept.
"""

from __future__ import annotations

import re
from datetime import date

from newsbrief.analyze.date_events import EVENT_NOUNS, date_head, sentence_root
from newsbrief.analyze.date_roles import clause_verb
from newsbrief.lexicon import CUE_LEMMAS
from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.dates import DateValue, find_dates

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Links a reported or completing clause hangs by: "he felt | Y had ...", "agreed | to keep ...". An adverbial
# clause too: "wounds sustained | when he attended a demonstration on 29 April" times the clause it hangs on, so
# inside a relative clause about a noun it is as much that noun's detail (Audit 51 #4: a demonstration's date put
# on a committee's later finding). Right under the main verb ("He resigned when ... in 2004") the walk ends at
# the root and the date stays.
_LOWER_LINKS = frozenset({"ccomp", "xcomp", "conj", "advcl"})
_NOUN_CLAUSES = frozenset({"relcl", "acl"})
_LIMITS = frozenset({"by", "until"})
# Verbs of an act that binds someone to a later result: what follows "by <year>" is the result's deadline,
# even when the parse hangs the limit on the verb ("committed to a cap on emissions by 2030").
_COMMITTING = frozenset("commit pledge promise vow agree undertake aim target resolve set sign".split())
# A target is a year or a month; a day after "by" or "for" is a deadline or a date set ("set the vote for
# 3 May"), the story's own calendar.
_TARGET_GRAINS = frozenset({"year", "month"})


def _children(doc: Document, sentence: Sentence, token: Token) -> list[Token]:
    return [t for t in doc.sentence_tokens(sentence) if t.head == token.i and t.i != token.i]


def _done(doc: Document, sentence: Sentence, verb: Token) -> bool:
    """True when ``verb`` tells an act already done: a simple past or a present perfect, no modal."""
    auxes = [t for t in _children(doc, sentence, verb) if t.dep in ("aux", "auxpass") and t.i < verb.i]
    if any(t.tag == "MD" for t in auxes):
        return False
    if verb.tag == "VBD":
        return not auxes
    return verb.tag == "VBN" and any(t.lemma.lower() == "have" and t.tag in ("VBZ", "VBP") for t in auxes)


def _hangs_on(doc: Document, token: Token) -> Token:
    """What ``token`` qualifies: its head, or the head of the preposition it is the object of."""
    head = doc.tokens[token.head]
    if token.dep == "pobj" and head.dep == "prep" and head.head != head.i:
        return doc.tokens[head.head]
    if token.dep == "prep" and head.head != head.i:
        return head
    return head


def dates_a_target(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when a limit ("by 2030", "until 2031") or a period after "for" is what a past act aims at, not
    when it was done: the date hangs on a complement or a noun of a root verb in the past or present perfect
    ("committed to a cap on emissions by 2030", "pledged to build homes by 2028", "set a target of zero
    waste for 2030"). A limit on the root itself ("had left the city by 2011") keeps its date."""
    before = sentence.text[: value.start].rstrip().lower()
    after_for = before.endswith(" for") and value.bound is None and value.until is None
    if (value.bound not in _LIMITS and not after_for) or value.granularity not in _TARGET_GRAINS:
        return False
    root = sentence_root(doc, sentence)
    date = date_head(doc, sentence, value)
    if root is None or date is None or date.head == date.i or root.pos not in ("VERB", "AUX"):
        return False
    act = _act(doc, sentence, value) or root
    if not _done(doc, sentence, act):
        return False
    if act.lemma.lower() in _COMMITTING:
        return True
    target = _hangs_on(doc, date)
    if after_for:
        return target.pos in ("NOUN", "PROPN") and target.i != act.i
    return target.i != act.i


def _act(doc: Document, sentence: Sentence, value: DateValue) -> Token | None:
    """The verb of the act a date's clause completes: up from the date's verb through infinitives and
    conjuncts ("pledged | to build homes by 2028"), not through a reported clause ("will cut ... by 2050,
    | the minister said" is the cut's)."""
    verb = clause_verb(doc, sentence, value)
    for _ in range(sentence.token_end - sentence.token_start):
        if verb is None or verb.head == verb.i or not (verb.dep in ("xcomp", "conj") or _infinitive(doc, verb)):
            return verb
        verb = doc.tokens[verb.head]
    return verb


def _infinitive(doc: Document, verb: Token) -> bool:
    """A "to" infinitive the parse hung as an adverbial: "agreed a deal | to halve emissions by 2050"."""
    return verb.dep == "advcl" and verb.tag == "VB" and verb.i > 0 and doc.tokens[verb.i - 1].text.lower() == "to"


def _with_phrase(doc: Document, verb: Token) -> bool:
    """A participle in a "with" phrase: "..., with more sanctions added in 2005" (parsed as the participle
    completing "with", or as a clause about its noun)."""
    if verb.tag not in ("VBN", "VBG"):
        return False
    head = doc.tokens[verb.head]
    if verb.dep == "pcomp":
        return head.text.lower() == "with"
    if verb.dep != "acl" or head.dep != "pobj" or head.head == head.i:
        return False
    return doc.tokens[head.head].text.lower() == "with"


def _reduced_relative(doc: Document, sentence: Sentence, verb: Token) -> bool:
    """A clause right after a noun the parse hung on a verb that reports nothing: "alluded to remarks about
    the edge | he felt his rival had ..." is a relative clause about "edge" with its "that" left out. A
    clause under a verb of saying or thinking ("said in a statement his rival had won") is what was said."""
    head = doc.tokens[verb.head]
    if verb.dep != "ccomp" or head.lemma.lower() in CUE_LEMMAS or head.pos not in ("VERB", "AUX"):
        return False  # a noun at the root is a misparsed headline run into the text, no clause to hang on
    if not any(t.head == verb.i and t.dep in _SUBJECTS and t.i < verb.i for t in doc.sentence_tokens(sentence)):
        return False  # "The truce agreed by both sides begins on 12 April": a misparsed main verb, no clause of its own
    first = min(t.i for t in doc.sentence_tokens(sentence) if _descends(doc, t, verb))
    if first <= sentence.token_start or first <= head.i:
        return False
    before = doc.tokens[first - 1]
    # A relative clause runs on straight from its noun; a quotation mark or a capitalised headline before the
    # clause ("CITY ENDS TAX “The mayor signed ...") is a headline run into the text.
    if doc.tokens[first].pos == "PUNCT" or before.text.isupper():
        return False
    return before.pos in ("NOUN", "PROPN") and before.dep in ("pobj", "dobj")


def _descends(doc: Document, token: Token, ancestor: Token) -> bool:
    for _ in range(len(doc.tokens)):
        if token.i == ancestor.i or token.head == token.i:
            break
        token = doc.tokens[token.head]
    return token.i == ancestor.i


def dates_a_lower_clause(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when the date's clause is reported or completed inside a relative clause about a non-subject noun
    ("alluded to remarks about the edge he felt his rival had in 2004"), or is a participle in a "with"
    phrase ("..., with more sanctions added in 2005"). A relative clause the date hangs on straight is read
    by :func:`newsbrief.analyze.date_roles.dates_a_side_detail`."""
    verb = clause_verb(doc, sentence, value)
    if verb is None or verb.head == verb.i:
        return False
    if _with_phrase(doc, verb):
        return True
    if verb.dep not in _LOWER_LINKS:
        return False
    for _ in range(sentence.token_end - sentence.token_start):
        if verb.head == verb.i:
            return False
        if verb.dep in _NOUN_CLAUSES:
            noun = doc.tokens[verb.head]
            return noun.pos in ("NOUN", "PROPN") and noun.dep not in _SUBJECTS and noun.head != noun.i
        if verb.dep not in _LOWER_LINKS:
            return False
        if _reduced_relative(doc, sentence, verb):
            return True
        verb = doc.tokens[verb.head]
    return False


_WILL = frozenset({"will", "shall", "'ll", "’ll"})


def misplaced_past(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when a past date hangs, by the parse, on a verb with "will": a clause of the future tells no past
    event, so the date belongs to a past clause beside it that the parse passed over.

    Audit 51 #12 (52.5 "Key dates"): "... doubts about whether talks will secure the release of the girls, who were
    kidnapped from a school in Chibok, northeast Nigeria, in April" hung "in April" on "secure" past the commas,
    and the entry put the doubts under April. The date was read as past from the clause it follows ("were
    kidnapped"); a date read as ahead ("will open in May") keeps its verb, and so does a written-out year, which
    with no publication date is never read as ahead ("will close on January 1, 2015").
    """
    if value.future or re.search(r"\d{4}", sentence.text[value.start : value.end]):
        return False
    verb = clause_verb(doc, sentence, value)
    return verb is not None and any(t.text.lower() in _WILL and t.dep == "aux" for t in _children(doc, sentence, verb))


def tells_a_state(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when the date is the subject of "be" ("2019 was a year full of surprises") or dates a past "be"
    with a noun or an adjective ("In 2015 Germany was the biggest trading partner", "In 2017 the band was
    hugely popular"): how things stood, no event. "Be" with an event noun ("was a 2-1 victory") is one."""
    date = date_head(doc, sentence, value)
    if date is None or date.head == date.i:
        return False
    verb = doc.tokens[date.head]
    if date.dep in _SUBJECTS:
        return verb.lemma.lower() == "be"
    root = sentence_root(doc, sentence)
    if (root is None or root.lemma.lower() != "be" or root.tag != "VBD" or _hangs_on(doc, date).i != root.i
            or value.bound == "by"):
        return False  # "By 2010, the revival was complete": a state reached by then tells a change
    if any(t.dep == "nsubj" and t.text.lower() == "it" for t in _children(doc, sentence, root)):
        return False  # a cleft: "It was Mr X's speech in 2004 that dazzled", "It wasn't until 2012 that ..."
    if any(t.text.lower() == "when" and t.i > date.i and doc.tokens[t.head].dep in ("advcl", "relcl")
           for t in doc.sentence_tokens(sentence)):
        return False  # "The contrast was apparent on Monday, when the two made appearances": the "when" clause is one
    # "was home to 5,000 people": the idiom's "home" is parsed as an adverb but is the complement
    complements = [t for t in _children(doc, sentence, root)
                   if t.dep in ("attr", "acomp") or (t.dep == "advmod" and t.text.lower() == "home")]
    # "was the first woman to win the race": a noun with a clause of its own tells that clause's event
    told = any(t.dep in _NOUN_CLAUSES and t.pos in ("VERB", "AUX") for c in complements
               for t in _children(doc, sentence, c))
    return bool(complements) and not told and not any(t.lemma.lower() in EVENT_NOUNS for t in complements)


def coordinated_event(doc: Document, sentence: Sentence, value: DateValue, published: date | None) -> str | None:
    """The second of two coordinated clauses, when it has its own subject and the date while the first names
    another year: "Britain listed the group in 1997, and fresh sanctions were added in 2005" is told as
    "[F]resh sanctions were added in 2005" under 2005, not the listing (reader Audit 46 saw a 1979 designation
    under a later year). "He was elected in 2009 and re-elected on Monday" shares its subject: kept whole."""
    verb = clause_verb(doc, sentence, value)
    if verb is None or verb.dep != "conj" or verb.head == verb.i:
        return None
    subjects = [t for t in _children(doc, sentence, verb) if t.dep in _SUBJECTS and t.i > verb.head]
    if not subjects or subjects[0].pos == "PRON":
        return None  # "[H]e elevated her ... in May 2015" would dangle: the sentence stays whole
    earlier = [v for v in find_dates(sentence.text, published, False)
               if v.end <= value.start and not v.background and v.iso[:4] != value.iso[:4]]
    if not earlier:
        return None
    first = min(t.i for t in doc.sentence_tokens(sentence) if _descends(doc, t, subjects[0]))
    tokens = [t for t in doc.sentence_tokens(sentence) if _descends(doc, t, verb) and t.i >= first]
    while tokens and tokens[-1].pos == "PUNCT":
        tokens.pop()
    if not tokens:
        return None
    text = doc.article.text[tokens[0].start : tokens[-1].end]
    return text if text[:1].isupper() else f"[{text[0].upper()}]{text[1:]}"


_PAST_TAGS = frozenset({"VBD", "VBN"})
# A shared subject written into a second conjunct's entry is a short noun phrase ("[The museum] closed ...");
# a longer one, or one with a clause of its own, is not copied (precision: no entry rather than a garbled one).
_MAX_SHARED_SUBJECT = 6


def conjunct_event(doc: Document, sentence: Sentence, value: DateValue, published: date | None,
                   first: DateValue | None = None) -> str | None:
    """The second of two dated coordinated clauses told alone, when the first has another date of its own.

    "She was first elected in 2009 and re-elected on Monday" is two events: under Monday the entry is "[She
    was] re-elected on Monday" (the first clause's subject and auxiliary written in); "The bank collapsed in
    2008, and its chief was jailed in 2012" gives "[I]ts chief was jailed in 2012" (:func:`coordinated_event`).
    Only a past act with no modal, a plain date (no limit, range or stretch), a date on the second verb itself,
    and the first verb dated otherwise (by ``first`` when given: the sentence's own date, so a pair inside a
    clause below the main one gives nothing); a pronoun subject of its own would dangle and gives nothing.
    """
    verb = clause_verb(doc, sentence, value)
    start = _glued_start(doc, sentence, verb) if verb is not None else None
    if (verb is None or start is None or start.dep != "conj" or start.head == start.i or verb.tag not in _PAST_TAGS
            or not _told_as_past(doc, sentence, verb) or value.future or value.background or value.span
            or value.bound is not None or value.until is not None):
        return None
    head = doc.tokens[start.head]
    own = [v for v in find_dates(sentence.text, published, False)
           if v.end <= value.start and v.iso != value.iso and not v.background and v.bound is None
           and (v_verb := clause_verb(doc, sentence, v)) is not None and v_verb.i == head.i]
    if not own or (first is not None and all(v.start != first.start for v in own)):
        return None
    if any(t.dep in _SUBJECTS for t in _children(doc, sentence, verb)):
        if own[0].iso[:4] == value.iso[:4]:
            return None  # coordinated_event tells only a second year; one year is one entry
        return coordinated_event(doc, sentence, value, published)
    return _with_shared_subject(doc, sentence, (start, verb), head)


def _glued_start(doc: Document, sentence: Sentence, verb: Token) -> Token:
    """The first token of the word ``verb`` ends: the parse splits "re-elected" into "re", "-", "elected" and
    hangs the coordination on "re"."""
    first = verb
    while first.i > sentence.token_start and doc.tokens[first.i - 1].end == first.start:
        first = doc.tokens[first.i - 1]
    return first if first.dep == "conj" else verb


def _told_as_past(doc: Document, sentence: Sentence, verb: Token) -> bool:
    """True when a conjunct's verb tells a past act: no modal on it, nor on the first verb whose auxiliaries
    it shares ("will be elected in 2030 and re-elected in 2034" is a plan)."""
    auxes = [t for t in _children(doc, sentence, verb) if t.dep in ("aux", "auxpass")]
    if not auxes:
        auxes = [t for t in _children(doc, sentence, doc.tokens[verb.head]) if t.dep in ("aux", "auxpass")]
    return not any(t.tag == "MD" for t in auxes)


def _with_shared_subject(doc: Document, sentence: Sentence, word: tuple[Token, Token], head: Token) -> str | None:
    """The conjunct of ``word`` (its first token and its verb) with the subject (and the auxiliaries, when it has
    none) of ``head`` written in."""
    first, verb = word
    subject = next((t for t in _children(doc, sentence, head) if t.dep in _SUBJECTS and t.i < head.i), None)
    if subject is None:
        return None
    phrase = [t for t in doc.sentence_tokens(sentence) if _descends(doc, t, subject)]
    if (len(phrase) > _MAX_SHARED_SUBJECT or phrase[-1].i - phrase[0].i + 1 != len(phrase)
            or any(t.dep in _NOUN_CLAUSES or t.pos == "PUNCT" for t in phrase)):
        return None
    subject_text = doc.article.text[phrase[0].start : phrase[-1].end]
    words = [subject_text[:1].upper() + subject_text[1:]]
    if not any(t.dep in ("aux", "auxpass") for t in _children(doc, sentence, verb)):
        words += [t.text for t in _children(doc, sentence, head) if t.dep in ("aux", "auxpass") and t.i < head.i]
    tokens = [t for t in doc.sentence_tokens(sentence) if _descends(doc, t, verb) and t.i >= verb.i]
    while tokens and tokens[-1].pos == "PUNCT":
        tokens.pop()
    if not tokens:
        return None
    return f"[{' '.join(words)}] {doc.article.text[first.start : tokens[-1].end]}"


__all__ = ["spans_another_period"]

_TIME_MARKS = frozenset("when while after before as until once".split())
_TIME_PREPOSITIONS = frozenset({"during", "throughout"})
_SUBJECTS_DATE_PERIODS = frozenset({"nsubj", "nsubjpass"})


def _own_time(tokens: list[Token], verb: Token) -> bool:
    """Whether the clause of ``verb`` has a subject and a time of its own."""
    kids = [t for t in tokens if t.head == verb.i and t.i != verb.i]
    if not any(t.dep in _SUBJECTS_DATE_PERIODS for t in kids):
        return False
    for kid in kids:
        if kid.dep == "advcl" and any(t.head == kid.i and t.dep in ("mark", "advmod") and t.text.lower() in _TIME_MARKS
                                      for t in tokens):
            return True
        if kid.dep == "prep" and kid.text.lower() in _TIME_PREPOSITIONS:
            return True
    return False


def spans_another_period(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when the date's clause is joined to a second main clause timed by its own clause (see above)."""
    verb = clause_verb(doc, sentence, value)
    if verb is None or value.future:
        return False
    tokens = list(doc.sentence_tokens(sentence))
    joined = [t for t in tokens if t.dep == "conj" and t.head == verb.i and t.pos in ("VERB", "AUX")]
    return any(_own_time(tokens, t) for t in joined)
