"""Dates inside a noun phrase: they date the noun's event, not the sentence's (reader Audit 21).

"Seven men and five women were selected as jurors in the trial ... over the singer's death in June
2009", "[He] conceded that the firm had not been fully prepared for the 20 April blow-out" and
"Analysts are wondering whether merger talks (first held in 2007) might arise again" were dated June
2009, 20 April and 2007 (docs/audit.md 22.4 item 5): the selection, the concession and the
speculation are of the day the story tells, and the dates belong to a death, a blow-out and talks
named inside the clause. A date that premodifies a noun reached through a preposition other than one
of place or time, a date in a parenthesis or relative clause about a noun under a main clause in the
present, and a past date under a present perfect ("have questioned the response to the spill in April
2009", where English takes no past point of time) date no event of the sentence.

**A date inside the noun phrase of a sequence's earlier event dates that event** (Audit 53 #2): "BP's shares
climbed 8p following confirmation on Sunday that the company had sealed the well" was entered on Sunday, the day of
the confirmation; the shares rose on Monday. spaCy hangs such a date on the main verb as often as on the noun, so
the words are read (:func:`dates_a_prior_event`): "after", "following" or "before", a noun phrase with no verb or
comma, the date, and then "that" opening the noun's own clause ("confirmation ... that", "news ... that"): a date
between a noun and its complement is the noun's. Without that clause the date may be the main clause's ("Police
arrested the driver after the crash on 12 May" keeps the arrest's entry, session 15's decision), and "before the
committee on Monday" is a place. A clause after "after" ("after police arrived on Sunday") is read elsewhere.

The parse is spaCy's (dependency labels, Penn tags), as in :mod:`newsbrief.analyze.date_roles`.
"""

from __future__ import annotations

from newsbrief.analyze.date_events import EVENT_NOUNS, date_head, sentence_root
from newsbrief.analyze.date_roles import EVENT_HEADS, WORK_HEADS, clause_verb
from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.dates import DateValue
from newsbrief.nlp.tense import TIMETABLE_VERBS

_PREMODIFIER = frozenset({"nummod", "compound", "amod", "nmod", "npadvmod"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Prepositions that put the verb at the noun's time: "won at the 2012 Games", "died in the 4 May
# blast", "during the 1990 war". Others ("prepared for", "respond to", "the causes of") name an event
# the clause is about, at another time.
_AT_THE_TIME = frozenset({"at", "in", "during", "on", "amid", "throughout"})
# Nouns of a date's own stretch: "the 20 April deadline" still dates a limit the parse reads elsewhere.
_TIME_NOUNS = frozenset(
    "end start beginning middle close turn half quarter part rest course remainder deadline week weekend "
    "day night morning evening afternoon".split())
_PRESENT = frozenset({"VBZ", "VBP"})
# Heads of "the 1994 ___" that name a document or a thing made once and acted on later: "accused them of
# violating the 1994 accord", "withdrew its 2010 report", "amended the 1972 law" (reader Audit 47: the act on
# the thing is not of the thing's year). A happening as the object ("won the 2012 election") shares its time.
# Written from the kinds of documents news names; "signed the 1994 accord" is withheld too (precision).
_THINGS = frozenset(
    "agreement agreements accord accords act treaty treaties pact law laws charter constitution budget plan "
    "report study survey review strategy declaration protocol resolution deal contract bill rules "
    "regulations guidelines decree directive framework".split())


def _auxiliaries(doc: Document, sentence: Sentence, verb: Token) -> list[Token]:
    return [t for t in doc.sentence_tokens(sentence) if t.head == verb.i and t.dep in ("aux", "auxpass")
            and t.i < verb.i]


def _perfect(doc: Document, sentence: Sentence, verb: Token) -> bool:
    """True for "has/have + participle" ("have questioned")."""
    return verb.tag == "VBN" and any(t.lemma.lower() == "have" and t.tag in _PRESENT
                                     for t in _auxiliaries(doc, sentence, verb))


def clause_now(doc: Document, sentence: Sentence, verb: Token) -> bool:
    """True when ``verb`` is in the present, present perfect or present progressive ("ask", "have
    questioned", "are wondering"); a timetable verb ("meet") may tell a dated plan, so it is not."""
    auxes = _auxiliaries(doc, sentence, verb)
    if any(t.tag in ("VBD", "MD") for t in auxes) or verb.lemma.lower() in TIMETABLE_VERBS:
        return False
    if verb.tag in ("VBN", "VBG"):
        return bool(auxes) and auxes[0].tag in _PRESENT
    return verb.tag in _PRESENT


def _premodifies_a_detail(doc: Document, sentence: Sentence, date: Token) -> bool:
    """True when the date premodifies a noun the clause reaches through a preposition that is not of
    its time ("prepared for the 20 April blow-out"), or one inside another noun phrase ("the causes of
    the 20 April explosion"); "The 2004 earthquake destroyed ..." and "won at the 2012 Games" still count."""
    noun = doc.tokens[date.head]
    if (date.dep not in _PREMODIFIER or noun.i <= date.i or noun.pos not in ("NOUN", "PROPN")
            or noun.text.lower() in _TIME_NOUNS or noun.dep in _SUBJECTS or noun.head == noun.i):
        return False
    if noun.dep == "pobj":
        preposition = doc.tokens[noun.head]
        on_verb = doc.tokens[preposition.head].pos in ("VERB", "AUX", "ADJ")
        return not (on_verb and preposition.text.lower() in _AT_THE_TIME)
    # A verb's object ("won the 4 May election", "investigated the 12 May crash") may share its time;
    # a document or thing ("breached the 1994 accord") or a main clause in the present makes it a detail.
    governor = doc.tokens[noun.head]
    return governor.pos in ("VERB", "AUX") and (_names_a_thing(noun) or clause_now(doc, sentence, governor))


def _names_a_thing(noun: Token) -> bool:
    """True when a verb's object is a document or thing, not a happening (see _THINGS); a work keeps the
    year of its release ("banned the 1987 film within a week of its release", session 24)."""
    word = noun.text.lower()
    return word in _THINGS or not (word in EVENT_HEADS or word in WORK_HEADS or _is_event(noun))


def _is_event(noun: Token) -> bool:
    """True when a noun names a happening (an event noun or an event's head, "crash", "election")."""
    word, lemma = noun.text.lower(), noun.lemma.lower()
    return (word in EVENT_HEADS or lemma in EVENT_HEADS or lemma in EVENT_NOUNS) and word not in _THINGS


def _dates_a_nested_complement(doc: Document, date: Token) -> bool:
    """True when the date's preposition hangs on a noun that is itself the complement of a preposition on
    another noun ("a questionnaire about the star, his music and the coverage of his death in June 2009":
    wherever the parse hangs the date in that phrase, it is inside it), or, for an event noun, of a preposition
    not of the verb's time ("asked about the firm and its collapse in March 2018", reader Audit 47). "Killed
    in a crash in May 2019" (a preposition of time on the verb) and "sold him to a rival in 2021" (no event
    noun: the parse's slip) still date the act."""
    preposition = doc.tokens[date.head]
    if preposition.dep != "prep" or preposition.head == preposition.i:
        return False
    noun = inner = doc.tokens[preposition.head]
    while noun.dep == "conj" and noun.pos in ("NOUN", "PROPN") and noun.head != noun.i:
        noun = doc.tokens[noun.head]  # "about the firm and its collapse in March 2018"
    if noun.pos not in ("NOUN", "PROPN") or noun.dep != "pobj" or inner.text.lower() in _TIME_NOUNS:
        return False
    outer = doc.tokens[noun.head]
    governor = doc.tokens[outer.head]
    if governor.pos in ("NOUN", "PROPN"):
        return True
    if governor.pos not in ("VERB", "AUX", "ADJ"):
        return False
    # "sold him to a rival in 2021": a date on no event noun is the parse's slip, the sale's
    return _is_event(inner) and outer.text.lower() not in _AT_THE_TIME


def _aside_on_a_noun(doc: Document, sentence: Sentence, verb: Token) -> bool:
    """True when the date's clause is a relative or participle clause about a noun and either stands in
    parentheses ("talks (first held in 2007)") or hangs under a main clause in the present."""
    if verb.dep not in ("relcl", "acl") or verb.head == verb.i:
        return False
    if doc.tokens[verb.head].pos not in ("NOUN", "PROPN", "PRON"):
        return False
    first = min(t.i for t in doc.sentence_tokens(sentence) if _descends(doc, t, verb))
    if first > sentence.token_start and doc.tokens[first - 1].text == "(":
        return True
    root = sentence_root(doc, sentence)
    return root is not None and root.pos in ("VERB", "AUX") and clause_now(doc, sentence, root)


def _descends(doc: Document, token: Token, ancestor: Token) -> bool:
    while token.i != ancestor.i and token.head != token.i:
        token = doc.tokens[token.head]
    return token.i == ancestor.i


def _past_point_under_perfect(doc: Document, sentence: Sentence, value: DateValue, verb: Token) -> bool:
    """True when a past date of an earlier year hangs on a present perfect with an object before it:
    "Critics have questioned the response to the spill in April 2009" (the parse hangs the date on the
    verb, which in English takes no past point of time, so it is the spill's)."""
    published = doc.article.source.date
    if (value.future or published is None or value.iso[:4] >= published[:4]
            or not _perfect(doc, sentence, verb) or verb.dep != "ROOT"):
        return False
    date_start = sentence.start + value.start
    return any(t.head == verb.i and t.dep in ("dobj", "attr") and t.end <= date_start
               for t in doc.sentence_tokens(sentence))


def _past_point_under_present(doc: Document, sentence: Sentence, value: DateValue, verb: Token) -> bool:
    """True when a date no later than publication hangs on a present simple main verb after an object with a noun
    chain: "The report quotes ... and uses a picture of an arrest ahead of the Carnival in 2011" (Audit 50 #9 dated
    the hoax 2011, the photo's year). Like the present perfect, a present simple of description takes no past point
    of time, so the parse's attachment to the verb is the last noun's. A timetable verb ("opens in 2027") is
    :func:`clause_now`'s exception; with no publication date only the date's own reading says it is not ahead.
    """
    published = doc.article.source.date
    if (value.future or (published is not None and value.iso[:4] > published[:4]) or verb.tag not in _PRESENT
            or _auxiliaries(doc, sentence, verb) or not clause_now(doc, sentence, verb)
            or verb.dep not in ("ROOT", "conj")):
        return False
    date = date_head(doc, sentence, value)
    link = doc.tokens[date.head] if date is not None else None
    if link is None or not (link.i == verb.i or (link.dep == "prep" and link.head == verb.i)):
        return False  # the parse puts the date inside the object ("has a release date of 18 December 2015")
    date_start = sentence.start + value.start
    tokens = doc.sentence_tokens(sentence)
    objects = [t for t in tokens if t.head == verb.i and t.dep == "dobj" and t.end <= date_start]
    # the object carries a prepositional chain ("a picture of an arrest"): a noun the date can belong to
    return any(t.head == o.i and t.dep == "prep" and t.end <= date_start for o in objects for t in tokens)


def dates_a_nested_noun(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when the date sits in a noun phrase and is no adjunct of the sentence's own event (see the
    module's docstring). Stretches, limits and ranges are read elsewhere."""
    if value.span or value.bound is not None or value.until is not None:
        return False
    date = date_head(doc, sentence, value)
    if date is None or date.head == date.i:
        return False
    if _premodifies_a_detail(doc, sentence, date) or _dates_a_nested_complement(doc, date):
        return True
    verb = clause_verb(doc, sentence, value)
    if verb is None:
        return False
    return (_aside_on_a_noun(doc, sentence, verb) or _past_point_under_perfect(doc, sentence, value, verb)
            or _past_point_under_present(doc, sentence, value, verb))


# Day words that time a clause even when no publication date lets them resolve to a day: "X said Wednesday
# he will not run once his term ends in 2016" is a pledge of that Wednesday (reader Audit 33).
_DAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday yesterday".split())
# Links that keep a verb in the main clause: "was elected in 2009 and re-elected on Monday", "agreed on
# Monday to meet".
_MAIN_LINKS = frozenset({"conj", "xcomp"})


def _main_verbs(doc: Document, sentence: Sentence) -> set[int]:
    """The root and the verbs coordinated with it or completing it (token indices)."""
    root = sentence_root(doc, sentence)
    if root is None or root.pos not in ("VERB", "AUX"):
        return set()  # a noun root is a misparse ("The biggest stories of 2014 collided Wednesday"): no main clause
    main = {root.i}
    for token in doc.sentence_tokens(sentence):  # a conjunct comes after its head: one pass in order
        if token.head in main and ((token.dep in _MAIN_LINKS and token.pos in ("VERB", "AUX"))
                                   or token.dep == "acomp"):
            # "Construction is due to start next year": the adjective carries the main clause on to its verb (a
            # story test caught "next year" read as a lower clause's once a conjunct named 2030; session 20)
            main.add(token.i)
    return main


def _adjunct_of(doc: Document, token: Token, main: set[int]) -> bool:
    """True when ``token`` hangs on a main verb, straight or through one preposition ("said Wednesday",
    "moved forward on Monday"); a date inside a noun or a lower clause ("the election due in 2016") does not."""
    head = doc.tokens[token.head]
    return head.i in main or (head.dep == "prep" and head.head != head.i and head.head in main)


def on_the_main_clause(doc: Document, sentence: Sentence, found: list[DateValue],
                       timed: list[DateValue]) -> list[DateValue]:
    """The dates of ``found`` that may date the sentence's own event.

    When the main clause has a time of its own (a date of ``timed`` hanging on it, or a day word such as
    "Wednesday" that no publication date resolved), a date in a clause below it dates that clause, not the
    event: "said Wednesday he will not run ... once his term ends in 2016" is the pledge's Wednesday, "the
    election due in 2016 was moved forward on Monday" is Monday's. With no time on the main clause every
    date stays (the lower clause's date is then the sentence's only one).
    """
    main = _main_verbs(doc, sentence)
    if not main or not found:
        return found
    on_main = []
    for value in found:
        date = date_head(doc, sentence, value)
        if date is not None and date.head != date.i and _adjunct_of(doc, date, main):
            on_main.append(value)
    has_time = any(v in timed for v in on_main) or any(
        t.text.lower() in _DAY_WORDS and t.dep != "compound" and _adjunct_of(doc, t, main)
        for t in doc.sentence_tokens(sentence))
    return on_main if has_time else found


# Pronouns a reader cannot place when the sentence names nobody before them. Only "they": an opening "They"
# is never repaired either (openings.repair_opening), while "he"/"she" most often mean the story's one
# subject ("Looking tired, he resigned in 2004", pinned by tests/analyze/test_timeline_audit20.py) and a
# mid-sentence repair would need the key points' person search, which reads openings only.
_PERSONAL = frozenset({"they"})
# Roles of a noun before the pronoun that may name who it is: "The three friends flew ..., and they were
# detained", "After Smith's arrest, he ..."; a place or time in a preposition ("On landing in the port, in
# May 2009, they ...") names nobody.
_NAMING = frozenset({"nsubj", "nsubjpass", "dobj", "appos", "attr", "conj", "poss"})


def unnamed_subject(doc: Document, sentence: Sentence) -> bool:
    """True when the main clause's subject is a bare "they" after the sentence's first word with
    no noun before it that could name it (reader Audit 33: "May 2009 — On landing ..., they were detained
    ..., they said"). An opening pronoun is read by the timeline's own pairing."""
    root = sentence_root(doc, sentence)
    if root is None:
        return False
    tokens = doc.sentence_tokens(sentence)
    subject = next((t for t in tokens if t.head == root.i and t.dep in _SUBJECTS), None)
    if subject is None or subject.text.lower() not in _PERSONAL or subject.i == sentence.token_start:
        return False
    return not any(t.pos in ("NOUN", "PROPN") and t.dep in _NAMING for t in tokens if t.i < subject.i)


_SEQUENCE = frozenset({"after", "following", "before"})
# What a noun phrase between a sequence word and the date may hold: "confirmation", "the collapse of talks".
_PHRASE_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"})


def dates_a_prior_event(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when the date comes right after "after", "following" or "before" and a noun phrase (no verb, no comma),
    and "that" opens the noun's clause after it: it dates that noun's event, not the main clause's (see the module
    docstring)."""
    if value.span or value.bound is not None or value.until is not None:
        return False
    start = sentence.start + value.start
    after = [t for t in doc.sentence_tokens(sentence) if t.start >= sentence.start + value.end][:1]
    if not after or after[0].text.lower() != "that":
        return False  # no clause of the noun's own after the date: the date may be the main clause's
    before = [t for t in doc.sentence_tokens(sentence) if t.end <= start]
    if before and before[-1].text.lower() in ("on", "in", "at"):
        before = before[:-1]  # the date's own preposition
    phrase: list[Token] = []
    for token in reversed(before):
        if token.text.lower() in _SEQUENCE:
            return any(t.pos in ("NOUN", "PROPN") for t in phrase)
        if token.pos not in _PHRASE_TAGS and token.text.lower() != "of":
            return False
        phrase.append(token)
    return False
