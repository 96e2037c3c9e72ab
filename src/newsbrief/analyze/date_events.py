"""Dates that belong to a noun: an event a noun names ("Mr Lane's death in June 2009"), or a thing a
year qualifies ("the news stories of 2014").

Reader Audit 19 (docs/audit.md 20.4 item 7, 20.5 "Key dates"): "Detective X, who interviewed Dr Y two
days after Mr Z's death in June 2009, gave evidence" lost the death's date, which the reader wanted,
because the date is no date of the sentence's own event; the timeline can still tell the event by
its noun phrase ("June 2009 — Mr Z's death"). And "The two biggest news stories of 2014 collided
Wednesday" was dated 2014: "of 2014" says which stories, not when they collided.

The parse is spaCy's (dependency labels, lemmas), as in :mod:`newsbrief.analyze.date_roles`.
"""

from __future__ import annotations

from newsbrief.analyze.date_roles import EVENT_HEADS, clause_verb
from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.date_spans import attributive_day
from newsbrief.nlp.dates import DateValue

# Nouns that name something that happens at a time, by lemma: deaths, attacks, arrests, votes,
# launches. Written from the kinds of news events (crime, conflict, politics, business, disasters,
# justice), not from any one article; nouns of documents and things ("report", "plan") are not here,
# since "the report of the commission in 2010" may date the writing or the commission.
EVENT_NOUNS = frozenset(
    "death killing murder assassination attack bombing shooting stabbing massacre crash collapse election "
    "arrest launch explosion blast fire flood earthquake tsunami hurricane storm eruption invasion coup "
    "resignation disappearance kidnapping abduction execution ceasefire truce signing conviction sentencing "
    "verdict acquittal wedding funeral visit meeting summit referendum vote strike protest riot uprising "
    "revolution defeat victory opening closure merger takeover acquisition bankruptcy outbreak sinking "
    "derailment capture escape raid ambush withdrawal departure arrival overdose landing rescue dismissal "
    "sacking appointment inauguration impeachment ouster overthrow fall surrender liberation annexation "
    "founding discovery publication announcement approval passage ratification hearing trial crackdown "
    "disaster accident shutdown leak hack breach spill release deportation extradition detention "
    "birth marriage divorce retirement".split())
# Prepositions that give an event noun its time: "death in June 2009", "killing on 12 April".
_DATING_PREPOSITIONS = frozenset({"in", "on"})
# An event phrase longer than this is no short entry; a title with a long complement reads as a
# sentence fragment ("the collapse of the ... of the ... of the ..."). Set by hand.
MAX_PHRASE_WORDS = 12
_LEFT_MODIFIERS = frozenset({"det", "poss", "compound", "amod", "nummod", "nmod"})

# Nouns that a year after "of" makes a stretch of time ("the summer of 1999", "the end of 2010",
# "March of 2014") or an event of that year ("the floods of 2024", "the events of 1989"): those still
# date what the sentence reports.
_PERIOD_NOUNS = frozenset(
    "summer winter spring autumn fall year years decade decades century month months week weeks day days "
    "night morning evening period era time times end start beginning middle close turn half quarter part "
    "rest course remainder events event incidents incident happenings history january february march april "
    "may june july august september october november december".split())


# Documents a year before them names, not dates ("the 2011 directive", "a 1987 treaty"). They are kept apart from
# EVENT_HEADS's "events" (a treaty, a report): the year is when the document was made, which dates the sentence's
# event only when the document acts or is made in it (see dates_a_named_thing). Written from the kinds of
# documents news cites, not from any one article. Works are left to names_a_thing (date_roles): an act on a work
# ("The censors banned the 1987 film within a week of its release") is often of the work's year, and so is an
# interview given.
THING_HEADS = frozenset(
    "directive directives law laws act bill bills treaty agreement accord pact deal report study survey review "
    "plan strategy declaration protocol resolution constitution decree order ruling document documents memo "
    "memorandum letter policy charter contract paper manifesto budget census article guidelines regulation "
    "regulations estimate estimates".split())
# Verbs that make or end a thing: with the thing as their object the year is the making's ("passed the 2011
# budget", "signed the 1998 agreement").
_MAKING_VERBS = frozenset(
    "pass adopt sign issue publish release enact introduce draft approve ratify write launch unveil announce "
    "agree seal conclude produce make film record broadcast air conduct carry give".split())
# Prepositions that make the thing the medium of the act: "In a 1993 interview, he told ...", "noted in a 2011
# article", "listed in its 2009 plan".
_MEDIUM_PREPOSITIONS = frozenset({"in", "on", "at", "during", "through"})


def dates_a_named_thing(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when a year before a document names that document ("the 2011 directive") in a clause whose event is
    another's: the year dates the document, not the event (THING_HEADS; works and interviews are left out).

    FNC-1 body 1678: "Park Jin-hee ... said she was sure the 2011 directive was real" was entered under 2011,
    though the 2011 directive is only what she spoke of. On 58 such phrases of the FNC-1 bodies and the t17
    articles (session 35; documents, works and interviews), the year dated the sentence's act where the thing
    acts ("a 2001 review found", "a 2007 memo from Monitor touted"), is the medium of the act ("In a 1993 interview,
    Jackson told", "noted in a 2011 article", "played Jobs in the 2013 film") or is made by it ("passing a 2011
    budget"), and nowhere else:
    "according to a 2013 article", "violated a 1987 treaty", "lifted the 1962 emergency law", the directive
    that "was real" or "had been enforced".
    """
    year = date_head(doc, sentence, value)
    if value.granularity != "year" or value.until is not None or year is None or not year.text.isdigit():
        return False
    noun = doc.tokens[year.head]
    while noun.dep == "compound" and noun.head > noun.i:
        noun = doc.tokens[noun.head]  # "the 2012 defense spending bill": the phrase's head
    if (year.dep not in ("nummod", "compound", "amod", "nmod") or noun.i <= year.i or noun.pos != "NOUN"
            or noun.text.lower() not in THING_HEADS or noun.head == noun.i):
        return False
    governor = doc.tokens[noun.head]
    if noun.dep == "nsubj":
        return governor.lemma.lower() == "be"  # it acts ("a 2001 review found"), unless it only is ("was real")
    if noun.dep in ("dobj", "nsubjpass"):
        return governor.lemma.lower() not in _MAKING_VERBS
    if noun.dep == "pobj" and governor.text.lower() in _MEDIUM_PREPOSITIONS and governor.head != governor.i:
        return doc.tokens[governor.head].pos not in ("VERB", "AUX")  # the medium of the act
    return True


def date_head(doc: Document, sentence: Sentence, value: DateValue) -> Token | None:
    """The token of the date's words that hangs outside them (its syntactic head inside the sentence)."""
    start, end = sentence.start + value.start, sentence.start + value.end
    tokens = [t for t in doc.sentence_tokens(sentence) if t.start < end and start < t.end]
    span = {t.i for t in tokens}
    return next((t for t in tokens if t.head not in span), None)


def sentence_root(doc: Document, sentence: Sentence) -> Token | None:
    """The sentence's root token (its own head)."""
    return next((t for t in doc.sentence_tokens(sentence) if t.head == t.i), None)


def dates_a_qualified_noun(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when a year is the complement of "of" after a noun that is neither a stretch of time nor an event.

    "The two biggest news stories of 2014 collided Wednesday", "the class of 2010 gathered", "the best
    films of 2014 were announced": the year says which stories, class or films, not when the sentence's
    event happened. "In the summer of 1999", "by the end of 2010", "the floods of 2024" and "the
    elections of 2009" still date it.
    """
    year = date_head(doc, sentence, value)
    if value.granularity != "year" or value.until is not None or year is None or year.head == year.i:
        return False
    of = doc.tokens[year.head]
    if of.text.lower() != "of" or of.dep != "prep" or of.head == of.i or of.i != year.i - 1:
        return False  # "the face of the Batiste's 2015 campaign": a year not right after "of" is no complement
    noun = doc.tokens[of.head]
    word = noun.lemma.lower()
    return (noun.pos in ("NOUN", "PROPN") and noun.text.lower() not in _PERIOD_NOUNS
            and word not in _PERIOD_NOUNS and word not in EVENT_NOUNS and noun.text.lower() not in EVENT_HEADS)


# Words that put the noun after them on the far side of a comparison: its date is no event of the story.
_COMPARED_WITH = frozenset({"than", "like", "unlike"})


def event_noun_phrase(doc: Document, sentence: Sentence, value: DateValue) -> tuple[int, int] | None:
    """Article offsets of the noun phrase of an event a date phrase after it dates, else None.

    "after Mr Tom Lane's death in June 2009" gives "Mr Tom Lane's death"; "since the collapse of
    Lehman Brothers in September 2008" gives "the collapse of Lehman Brothers". The noun must name an
    event (EVENT_NOUNS) and say whose it is: a possessor or an "of" complement that is no pronoun
    ("his death" says nothing on its own), or a name before it ("the Lockerbie bombing"). The phrase
    runs from its first modifier to the word before the date's preposition, and has no verb or comma.
    """
    head = date_head(doc, sentence, value)
    if head is None or head.head == head.i:
        return None
    if value.granularity != "year":
        if attributive_day(sentence.text, value.start, value.end):
            # "in advance of a 29 November hearing": the day is the hearing's, so it tells no clause around it (Audit
            # 53 #6 dated "a sentencing memorandum delivered ... in advance of a 29 November", cut before the noun)
            # named as background ("since the 20 April blowout", "... will mount"): no entry, as the labelled
            # yearless dates of tests/data/timeline_yearless_dates.json want
            return None if value.background else _named_by_its_day(doc, sentence, value)
        told = (_told_by_a_relative_clause(doc, sentence, value) or _told_by_a_since_clause(doc, sentence, value)
                or _told_by_an_aside(doc, sentence, value) or _told_by_a_participle(doc, sentence, value))
        if told is not None:
            return told
    preposition = head if head.dep == "prep" else doc.tokens[head.head]
    if preposition.text.lower() not in _DATING_PREPOSITIONS or preposition.dep != "prep":
        return None
    noun = doc.tokens[preposition.head]
    if noun.pos != "NOUN" or noun.lemma.lower() not in EVENT_NOUNS or noun.i >= preposition.i:
        return None
    children = [t for t in doc.sentence_tokens(sentence) if t.head == noun.i and t.i != noun.i]
    whose = [child for child in children if child.i != preposition.i and _says_whose(doc, sentence, child)]
    if not whose or (all(t.dep == "compound" for t in whose)
                     and any(t.dep == "det" and t.text.lower() in ("a", "an") for t in children)):
        # "[A] Security Council vote": a name before an indefinite noun says neither which nor what came of it
        return None
    left = [t for t in children if t.i < noun.i and t.dep in _LEFT_MODIFIERS]
    first = min((_leftmost(doc, sentence, t) for t in left), default=noun.i)
    words = doc.tokens[first : preposition.i]
    if (not words or len(words) > MAX_PHRASE_WORDS
            or any(t.pos in ("VERB", "AUX") or (t.pos == "PUNCT" and t.text not in ("-", "'")) for t in words)):
        return None
    if words[0].i > sentence.token_start and doc.tokens[words[0].i - 1].text.lower() in _COMPARED_WITH:
        return None  # "less than the Marlin spill in 1989": what the story is compared with (reader Audit 29)
    return words[0].start, words[-1].end


def _named_by_its_day(doc: Document, sentence: Sentence, value: DateValue) -> tuple[int, int] | None:
    """Article offsets of "a 29 November hearing": a determiner, the day and the event noun it modifies, else None.

    The noun must name an event (EVENT_NOUNS), and come right after the day or after one more modifier ("the 20 April
    rig explosion"); the phrase then says what happened on the day, as "Mr Lane's death in June 2009" does.
    """
    after = [t for t in doc.sentence_tokens(sentence) if t.start >= sentence.start + value.end][:2]
    noun = next((t for t in after if t.pos == "NOUN" and t.lemma.lower() in EVENT_NOUNS), None)
    if noun is None or any(t.pos not in ("NOUN", "PROPN", "ADJ") for t in after[: after.index(noun)]):
        return None
    determiner = next((t for t in reversed(doc.sentence_tokens(sentence))
                       if t.end <= sentence.start + value.start and t.dep == "det"), None)
    if determiner is None or sentence.start + value.start - determiner.end > 1:
        return None
    return determiner.start, noun.end


# Words a relative clause that tells an event noun's event may run to, date included: "the accident which sank
# the Deepwater Horizon rig on 22 April" is ten. Set by hand, like MAX_PHRASE_WORDS.
MAX_CLAUSE_WORDS = 16
_RELATIVE_WORDS = frozenset({"which", "that"})
# Words just before the noun phrase that make it the far side of a comparison.
_COMPARISON_CUES = _COMPARED_WITH | {"contrast", "compared", "unlike", "similar", "recalling", "echoing"}


def _told_by_a_relative_clause(doc: Document, sentence: Sentence, value: DateValue) -> tuple[int, int] | None:
    """Article offsets of "the accident which sank the rig on 22 April": an event noun and the past relative
    clause that tells its event, ending with the date, else None.

    Audit 48 (49.5 "Key dates", #2): "Hayward said the firm was not to blame for the accident which sank the
    Deepwater Horizon rig on 22 April" lost the sinking's date, which dates a side clause, not Hayward's words.
    The clause opens with "which" or "that" right after the noun, its verb is in the past, and it has no comma.
    """
    verb = clause_verb(doc, sentence, value)
    if verb is None or verb.dep != "relcl" or verb.tag != "VBD" or verb.head == verb.i:
        return None
    noun = doc.tokens[verb.head]
    if noun.pos != "NOUN" or noun.lemma.lower() not in EVENT_NOUNS or noun.i + 1 >= verb.i:
        return None
    if doc.tokens[noun.i + 1].text.lower() not in _RELATIVE_WORDS:
        return None
    end = sentence.start + value.end
    left = [t for t in doc.sentence_tokens(sentence) if t.head == noun.i and t.i < noun.i and t.dep in _LEFT_MODIFIERS]
    first = min((_leftmost(doc, sentence, t) for t in left), default=noun.i)
    words = [t for t in doc.tokens[first : sentence.token_end] if t.end <= end]
    if not words or len(words) > MAX_CLAUSE_WORDS or any(t.text in (",", ";", ":", "(", '"') for t in words):
        return None
    before = {t.text.lower() for t in doc.tokens[max(sentence.token_start, words[0].i - 3) : words[0].i]}
    if before & _COMPARISON_CUES:
        return None  # "in stark contrast to the earthquake that struck Chile in February 2010": the compared case
    return words[0].start, end


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_ASIDE_PRONOUNS = frozenset({"which", "who"})


def _told_by_an_aside(doc: Document, sentence: Sentence, value: DateValue) -> tuple[int, int] | None:
    """Article offsets of "the Deepwater Horizon rig, which exploded on 20 April": a named thing or person and
    the past relative clause set off by a comma whose subject it is, ending with the date, else None.

    Audit 51 (52.5 "Key dates", #5): "Other companies involved with the Deepwater Horizon rig, which exploded on
    20 April ..., include ..." lost the explosion's day: the date is a side detail of the sentence, yet the aside
    tells a dated event of its own, and the thing it happened to. The noun must be a name or have one before it
    ("the rig" alone says too little), and the relative pronoun must be the clause's subject: the event is the
    noun's own ("which exploded", "who was arrested"), not something done to another ("which he sold").

    Audit 51 #12: "... will secure the release of the girls, who were kidnapped from a school in Chibok, northeast
    Nigeria, in April" had its date hung past the aside's commas on the "will" clause (the parse's slip that
    :func:`newsbrief.analyze.date_targets.misplaced_past` reads); the aside that ends right before the date then
    tells it. There a place named in the aside ("in Chibok") says which event it is, and its commas (a place's
    apposition, "Chibok, northeast Nigeria,", and the one before the date) belong to the aside: no verb but the
    aside's own stands between the aside and the date (:func:`_aside_before`).

    Audit 52 #6 lost "the Caribbean island which was devastated by a huge quake on 12 January": a "which" or "who"
    clause with no comma is read the same way, with a name or a proper adjective before the date saying which.
    """
    verb = clause_verb(doc, sentence, value)
    if verb is None or verb.head == verb.i:
        return None
    slipped = verb.dep != "relcl"
    if slipped:
        verb = _aside_before(doc, sentence, value, verb)
        if verb is None:
            return None
    children = [t for t in doc.sentence_tokens(sentence) if t.head == verb.i]
    passive = verb.tag == "VBN" and any(t.dep == "auxpass" and t.tag == "VBD" for t in children)
    if verb.tag != "VBD" and not passive:
        return None  # a past event only: "which operates ..." or "which will open on 3 May" tells none
    noun = doc.tokens[verb.head]
    restrictive = noun.i + 1 < verb.i and doc.tokens[noun.i + 1].text != ","
    at = noun.i + (1 if restrictive else 2)
    pronoun = doc.tokens[at] if at < verb.i else None
    if (pronoun is None or pronoun.text.lower() not in _ASIDE_PRONOUNS
            or pronoun.head != verb.i or pronoun.dep not in _SUBJECT_DEPS):
        return None
    if sentence.start + value.start < verb.end:
        return None
    end = sentence.start + value.end
    left = [t for t in doc.sentence_tokens(sentence) if t.head == noun.i and t.i < noun.i and t.dep in _LEFT_MODIFIERS]
    first = min((_leftmost(doc, sentence, t) for t in left), default=noun.i)
    words = [t for t in doc.tokens[first : sentence.token_end] if t.end <= end]
    named = noun.pos == "PROPN" or any(t.head == noun.i and t.dep == "compound" and t.pos == "PROPN"
                                       for t in doc.sentence_tokens(sentence))
    if slipped or restrictive:
        # a name anywhere before the date, or a proper adjective ("the Caribbean island which was devastated")
        named = any((t.pos == "PROPN" or (t.pos == "ADJ" and t.text[:1].isupper())) and t.i != words[0].i
                    and t.start < sentence.start + value.start for t in words)
    if not named or not words or sum(t.pos != "PUNCT" for t in words) > MAX_CLAUSE_WORDS or any(
            t.text in (",", ";", ":", "(", '"') and t.i != noun.i + 1
            and not (slipped and t.text == ",")
            for t in words):
        return None
    before = {t.text.lower() for t in doc.tokens[max(sentence.token_start, words[0].i - 3) : words[0].i]}
    if before & _COMPARISON_CUES:
        return None
    return words[0].start, end


_WILL = frozenset({"will", "shall", "'ll", "’ll"})


def _aside_before(doc: Document, sentence: Sentence, value: DateValue, verb: Token) -> Token | None:
    """The past relative clause's verb right before a past date the parse hung on a "will" verb past it, or None.

    Only when the date is past (the "will" clause cannot be its event) and nothing but a comma stands between the
    aside's last word and the date.
    """
    if value.future or not any(t.head == verb.i and t.dep == "aux" and t.text.lower() in _WILL
                               for t in doc.sentence_tokens(sentence)):
        return None
    start = sentence.start + value.start
    before = [t for t in doc.sentence_tokens(sentence) if t.end <= start]
    if not before or before[-1].text != ",":
        return None
    # the last verb before the date: it must open a relative clause after its noun (no other clause between)
    last = next((t for t in reversed(before) if t.pos in ("VERB", "AUX") and t.dep not in ("aux", "auxpass")), None)
    return last if last is not None and last.dep == "relcl" and last.i > doc.tokens[last.head].i else None


def _told_by_a_participle(doc: Document, sentence: Sentence, value: DateValue) -> tuple[int, int] | None:
    """Article offsets of "a German teacher kidnapped from a college in Gombe in July": a noun and the past
    participle after it that the date dates, else None.

    Audit 51 #12: "The only known hostage ... is a German teacher kidnapped from a college in ... Gombe in July by
    gunmen ..." tells a dated event in a reduced relative clause of a sentence about how things stand; the
    sentence's own "is" has no date, and the kidnapping was lost. The participle must hang on the noun
    (spaCy's "acl") and be the date's clause verb (the parse may hang the date on a noun of its complement: "a
    mine in June"), the phrase must hold no comma or verb but the participle and
    must name a place or a person (a name says which event it is: "the figures published in March" does not).
    """
    verb = clause_verb(doc, sentence, value)
    if verb is None or verb.dep != "acl" or verb.tag != "VBN" or verb.head == verb.i:
        return None
    noun = doc.tokens[verb.head]
    if noun.pos != "NOUN" or noun.i + 1 != verb.i or sentence.start + value.start < verb.end:
        return None
    end = sentence.start + value.end
    left = [t for t in doc.sentence_tokens(sentence) if t.head == noun.i and t.i < noun.i and t.dep in _LEFT_MODIFIERS]
    first = min((_leftmost(doc, sentence, t) for t in left), default=noun.i)
    words = [t for t in doc.tokens[first : sentence.token_end] if t.end <= end]
    inside = [t for t in words if t.start < sentence.start + value.start]
    if (not words or len(words) > MAX_CLAUSE_WORDS or not any(t.pos == "PROPN" for t in inside)
            or any(t.pos == "PUNCT" and t.text not in ("-", "'") for t in words)
            or any(t.pos in ("VERB", "AUX") and t.i != verb.i for t in inside)):
        return None
    before = {t.text.lower() for t in doc.tokens[max(sentence.token_start, words[0].i - 3) : words[0].i]}
    if before & _COMPARISON_CUES:
        return None
    return words[0].start, end


def _told_by_a_since_clause(doc: Document, sentence: Sentence, value: DateValue) -> tuple[int, int] | None:
    """Article offsets of "the rig blew up on 20 April" in "... worse than feared since the rig blew up on 20
    April": the past clause a "since" opens, from its subject to the date, else None.

    Audit 48 (49.5 "Key dates", #5): the blowout's day, told in such a clause, was lost: "since" makes the date
    the start of a stretch, no event of the sentence's own; the clause still tells a dated event of its own.
    A day or a month only ("since records began in 1881" is an origin, left as background).
    """
    verb = clause_verb(doc, sentence, value)
    if verb is None or verb.dep != "advcl" or verb.tag != "VBD" or verb.head == verb.i:
        return None
    children = [t for t in doc.sentence_tokens(sentence) if t.head == verb.i and t.i < verb.i]
    marks = [t for t in children if t.dep == "mark" and t.text.lower() == "since"]
    subjects = [t for t in children if t.dep in _SUBJECT_DEPS and t.pos != "PRON"]
    if not marks or not subjects or sentence.start + value.start < verb.end:
        return None  # the date must date the verb, not sit in its subject ("since a vote in October 2021 failed")
    if any(t.head == subjects[0].i and t.dep == "det" and t.text.lower() in ("a", "an")
           for t in doc.sentence_tokens(sentence)):
        return None  # "[A] Security Council vote ... failed" says neither which vote nor what came of it (Audit 45)
    end = sentence.start + value.end
    first = _leftmost(doc, sentence, subjects[0])
    words = [t for t in doc.tokens[first : sentence.token_end] if t.end <= end]
    if not words or len(words) > MAX_CLAUSE_WORDS or any(t.text in (",", ";", ":", "(", '"') for t in words):
        return None
    return words[0].start, end


def _says_whose(doc: Document, sentence: Sentence, child: Token) -> bool:
    """True when ``child`` tells whose or what event it is: a possessor, an "of" complement, a name before
    it, or a prepositional complement that is a name."""
    if child.dep == "poss":
        return child.pos != "PRON"
    if child.dep == "compound":
        return child.pos == "PROPN"
    if child.dep != "prep" or child.i < doc.tokens[child.head].i:
        return False
    objects = [t for t in doc.sentence_tokens(sentence) if t.head == child.i and t.dep == "pobj"]
    if child.text.lower() == "of":
        return bool(objects) and objects[0].pos != "PRON"
    # Another preposition tells what the event is when its object is a name: "a 3-1 victory over
    # Sporting Lisbon", "his visit to London"; "a vote in the chamber" says too little.
    return bool(objects) and objects[0].pos == "PROPN"


def _leftmost(doc: Document, sentence: Sentence, token: Token) -> int:
    """The index of the first token of ``token``'s subtree."""
    first = token.i
    for other in doc.sentence_tokens(sentence):
        current = other
        while current.head != current.i and current.i != token.i:
            current = doc.tokens[current.head]
        if current.i == token.i:
            first = min(first, other.i)
    return first
