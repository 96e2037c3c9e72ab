"""What a date in a sentence dates: the sentence's event, or a thing, a habit or nowadays.

:func:`newsbrief.nlp.dates.find_dates` reads date expressions from the words around them
(rules only, so that the labelled date sets score bare sentences). Some readings need the
sentence's parse, which only the analyzers have:

- a year that names a product rather than a time: "the 2021 RAV4 Prime will go 39 miles",
  "the 2020 Sentra, which goes on sale in January" (a model year, named the year before);
- a year that names a thing in a statement about now: "Dr Greger has highlighted how experts
  blamed the original 1998 virus on farming" is not a 1998 event;
- "today" meaning nowadays: "London continues to suffer bad air today", "the galaxies we
  observe today".

The parse is spaCy's (annotated once in :mod:`newsbrief.nlp.annotate`); the checks read its
dependency labels and Penn tags, the only syntax the Document keeps.
"""

from __future__ import annotations

from datetime import date

from newsbrief.ingest.header import dateline_day
from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.dates import DateValue, is_until_cleft
from newsbrief.nlp.tense import TIMETABLE_VERBS

# Heads that make "the 2012 ___" an event or a dated document, not a product: "the 2012
# London Olympics", "the 2018 World Cup", "the 2019 Nobel Prize", "its 2019 report". Chosen
# from event names in the example and t17 articles plus the common kinds of named events.
EVENT_HEADS = frozenset(
    "olympics olympic games cup championship championships open election elections summit conference "
    "convention congress festival census budget series awards award prize pulitzer nobel oscars oscar "
    "grammys emmys tour expo fair show marathon session primary primaries caucus caucuses referendum "
    "agreement accord act treaty season prix derby bowl final finals biennale biennial week forum assembly "
    "playoffs classic race rally invasion war crisis uprising revolution attack attacks riots massacre "
    "earthquake hurricane storm flood floods plan report study survey review strategy declaration protocol "
    "resolution jubilee contest tournament league debate debates gala concert trial vote poll polls "
    "crash collapse disaster outbreak pandemic epidemic strike strikes protest protests".split())
# Common nouns that make a year a model year: "the 2021 model", "2020 models", "model year".
MODEL_HEADS = frozenset({"model", "models", "version", "versions", "vintage"})
_PREMODIFIER = frozenset({"nummod", "compound", "amod", "nmod", "npadvmod"})
# Works a year qualifies: "the 1992 film was a smash hit" judges the work, it dates no event of the story (reader
# Audit 39 #7, a commentary's anecdote). Only as the sentence's subject: "the censors banned the 1992 film" acts.
WORK_HEADS = frozenset("film films movie movies book books novel novels album albums song songs documentary memoir "
                       "play musical painting sculpture poem single record recording".split())
# Nouns of a person's standing that a year describes: "the 2005 Nobel Peace Prize co-winner" says who
# someone is, it does not date the arrest the sentence reports (reader Audit 8).
PERSON_ROLES = ("winner", "laureate", "champion", "medallist", "medalist", "nominee", "recipient", "graduate",
                "finalist", "runner-up", "candidate", "holder", "victor", "inductee", "honoree", "honouree")


def _tokens(doc: Document, sentence: Sentence, value: DateValue) -> list[Token]:
    start, end = sentence.start + value.start, sentence.start + value.end
    return [t for t in doc.sentence_tokens(sentence) if t.start < end and start < t.end]


def _premodified(doc: Document, sentence: Sentence, value: DateValue) -> Token | None:
    """The noun a bare year stands before and modifies ("2021" in "the 2021 RAV4 Prime"), if any."""
    tokens = _tokens(doc, sentence, value)
    if value.granularity != "year" or len(tokens) != 1 or not tokens[0].text.isdigit():
        return None
    year = tokens[0]
    head = doc.tokens[year.head]
    if year.dep not in _PREMODIFIER or head.i <= year.i or head.pos not in ("NOUN", "PROPN"):
        return None
    return head


def _names_event(doc: Document, head: Token, year: int) -> bool:
    """True when the noun phrase a year modifies names an event: its head or a compound of it."""
    words = [t.text.lower() for t in doc.tokens[year + 1 : head.i + 1]]
    return any(word in EVENT_HEADS for word in words)


def names_a_thing(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when a year names a product or a thing rather than the sentence's event.

    A model year: a year ahead of publication before a name ("the 2021 RAV4 Prime") or before
    "model". A work that is the sentence's subject ("the 1992 film was a smash hit"). A thing in a
    statement about now: a year before a noun that is no event, in a sentence whose main verb is in
    the present or the present perfect ("has highlighted how experts blamed the original 1998 virus").
    """
    head = _premodified(doc, sentence, value)
    if head is None:
        return False
    year_index = next(t.i for t in _tokens(doc, sentence, value))
    if head.text.lower() in MODEL_HEADS or (head.text.lower() in WORK_HEADS and head.dep in ("nsubj", "nsubjpass")):
        return True
    if _describes_someone(doc, sentence, year_index):
        return True  # "placed 2005 Nobel Peace Prize co-winner ElBaradei under house arrest"
    if _names_event(doc, head, year_index):
        # "she won four golds at the 2012 Games" dates a win; "It is a new version of the strain which
        # caused the 1918 flu pandemic" names a past event in a statement about now (reader Audit 8)
        return not value.future and _main_verb_now(doc, sentence)
    if head.pos == "PROPN" and value.future:
        return True
    return _main_verb_now(doc, sentence)


# How far after a year its noun phrase's role noun may stand: "2005 Nobel Peace Prize co - winner".
ROLE_REACH = 6


def _describes_someone(doc: Document, sentence: Sentence, year: int) -> bool:
    """True when a person's role noun follows the year within its noun phrase (see PERSON_ROLES)."""
    for token in doc.tokens[year + 1 : min(year + 1 + ROLE_REACH, sentence.token_end)]:
        if token.pos == "PUNCT" and token.text not in ("-", "‐"):
            return False
        if token.text.lower().rstrip("s").endswith(PERSON_ROLES):
            return True
    return False


def _main_verb_now(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence's main verb is in the present or present perfect ("has highlighted")."""
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None:
        return False
    auxiliaries = [t for t in tokens if t.head == root.i and t.dep in ("aux", "auxpass") and t.i < root.i]
    if any(t.tag in ("VBD", "MD") for t in auxiliaries):
        return False
    if root.tag == "VBN":
        return any(t.lemma.lower() == "have" and t.tag in ("VBZ", "VBP") for t in auxiliaries)
    return root.tag in ("VBZ", "VBP") and root.lemma.lower() not in TIMETABLE_VERBS


def means_nowadays(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when "today" means nowadays: it modifies a present-tense verb that is no timetable.

    "London continues to suffer bad air today" and "the galaxies we observe today" tell a
    state of the present; "Ministers meet today", "the president is visiting Paris today" and
    "officials said today" tell the day's news.
    """
    tokens = _tokens(doc, sentence, value)
    if len(tokens) != 1 or tokens[0].text.lower() != "today":
        return False
    today = tokens[0]
    verb = doc.tokens[today.head]
    previous = doc.tokens[today.i - 1] if today.i > sentence.token_start else None
    if previous is not None and previous.tag in ("VBZ", "VBP"):
        verb = previous  # "the stars we observe today formed ...": the parse may hang it on the main verb
    while verb.dep == "xcomp" and verb.tag == "VB" and verb.head != verb.i:
        verb = doc.tokens[verb.head]  # "continues to suffer ... today": the finite verb is "continues"
    if verb.tag not in ("VBZ", "VBP"):
        return False
    modal = any(t.head == verb.i and t.tag == "MD" for t in doc.sentence_tokens(sentence))
    return not modal and verb.lemma.lower() not in TIMETABLE_VERBS


# ---------------------------------------------------------------- which clause a date dates

# Clauses that tell a detail of a noun, not the sentence's event: "an actress who met Dr Murray
# in 2005", "the annual report published in January" (reader Audit 6, issue #11).
_SIDE_CLAUSES = frozenset({"relcl", "acl"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Subordinators of an event at another time than the main clause's ("said Britain would not
# join, after parliament last year voted against"); "when" and "as" tell the same time.
_OTHER_TIME = frozenset({"after", "before"})
# States whose negation or comparison tells how things were, not something that happened:
# "In 1918, Britain did not have a national health service".
_STATES = frozenset({"be", "have", "exist"})


def clause_verb(doc: Document, sentence: Sentence, value: DateValue) -> Token | None:
    """The verb of the clause a date hangs on (the date's nearest verbal ancestor)."""
    tokens = _tokens(doc, sentence, value)
    if not tokens:
        return None
    span = {t.i for t in tokens}
    token = next((t for t in tokens if t.head not in span), tokens[0])
    for _ in range(sentence.token_end - sentence.token_start):
        if token.pos in ("VERB", "AUX") and token.dep not in ("aux", "auxpass"):
            return token
        if token.head == token.i:
            return None
        token = doc.tokens[token.head]
    return None


def dates_a_side_detail(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when a past date dates a relative or participle clause about a noun that is no subject.

    "The children included the toddler of an actress who met Dr Murray in 2005" and "Sales
    fell by a fifth, according to the annual report published in January" date a side
    person or document, not the sentence's event. A plan ahead ("a summit set for 3 May")
    and a clause about the subject ("the man, who was arrested on Monday, fled") still count.
    """
    verb = clause_verb(doc, sentence, value)
    if verb is None or value.future:
        return False
    if _in_apposition(doc, sentence, value, verb) or _reduced_relative(doc, sentence, verb):
        return True
    # An open complement belongs to the clause of its verb: "The very first rumour I had to check in 2014
    # was a claim" dates "had to check", a relative clause about the subject (reader Audit 23).
    while verb.dep in ("conj", "xcomp") and verb.head != verb.i:
        verb = doc.tokens[verb.head]
    if verb.dep not in _SIDE_CLAUSES or verb.head == verb.i or _content_clause(doc, sentence, verb):
        return False
    noun = doc.tokens[verb.head]
    if noun.head == noun.i:
        # A noun at the root has no main verb the clause could be a detail of: the parse took the main
        # verb for a participle ("The two biggest news stories of 2014 collided Wednesday", reader Audit 19).
        return False
    verb_conjunct = noun.dep == "conj" and doc.tokens[noun.head].pos in ("VERB", "AUX")
    if verb.dep == "acl" and ((verb.tag == "VBD" and noun.dep not in _SUBJECTS) or verb_conjunct):
        # A misparsed main clause: "..., but the plan stalled in March 2022 when ..." read as a noun
        # "plan" conjoined to the verb before it, with "stalled" hung on it (the example sea-wall
        # article lost its 2022 entry); a noun is never a verb's conjunct. A subject's "VBD" is a
        # participle the tagger misread: "A journalist shot a week ago ... died Friday".
        return False
    return noun.dep not in _SUBJECTS or _defining(doc, sentence, verb)


def _content_clause(doc: Document, sentence: Sentence, verb: Token) -> bool:
    """A "that" clause with a subject and an object of its own that the parse hung on a noun as a relative clause:
    the content of a telling ("told the Texas outlet The Galveston Daily News that the company sold the truck ...
    in October 2013", Audit 52 #10), whose date is the told event's. A relative "that" is itself the clause's
    subject or object ("the truck that the company sold"), never a marker beside both."""
    children = [t for t in doc.sentence_tokens(sentence) if t.head == verb.i and t.i != verb.i]
    return (verb.dep == "relcl"
            and any(t.dep == "mark" and t.text.lower() == "that" for t in children)
            and any(t.dep == "nsubj" and t.tag not in ("WDT", "WP") for t in children)
            and any(t.dep == "dobj" for t in children))


def _reduced_relative(doc: Document, sentence: Sentence, verb: Token) -> bool:
    """A participle clause after a comma that follows a non-subject noun, misparsed as the main verb's adverbial.

    "The resolution has been suggested as a way around the War Powers Act, passed in 1973, ..." dates
    the Act, not the suggestion (reader Audit 15); spaCy hangs "passed" on "suggested". The clause has
    no subject, marker or auxiliary of its own. "Arrested in 2019, he fled" (no noun before it) and
    "The troops withdrew, defeated in 1991" (a verb before the comma) still date the main event.
    """
    if verb.dep != "advcl" or verb.tag not in ("VBN", "VBD") or verb.head == verb.i or verb.head > verb.i:
        return False
    if any(t.head == verb.i and t.dep in ("nsubj", "nsubjpass", "mark", "aux", "auxpass", "dobj")
           for t in doc.sentence_tokens(sentence)):
        return False
    first = _subtree(doc, sentence, verb)[0]
    if first.i - 2 < sentence.token_start or doc.tokens[first.i - 1].text != ",":
        return False
    noun = doc.tokens[first.i - 2]
    return noun.pos in ("NOUN", "PROPN") and noun.dep not in _SUBJECTS


def _defining(doc: Document, sentence: Sentence, verb: Token) -> bool:
    """A relative clause that picks out who the subject is, with no comma before it: "Residents who lost
    their homes in the floods of 2024 welcomed the decision" dates the floods, not the welcome (a story
    timeline put the welcome in 2024). "The man, who was arrested on Monday, fled" still dates the flight.
    So does a participle: "A journalist shot a week ago ... died Friday" dates the shooting, not the death
    (reader Audit 11 dated the death a week early)."""
    if verb.dep != "relcl" and not (verb.dep == "acl" and verb.tag in ("VBN", "VBD")):
        return False
    first = _subtree(doc, sentence, verb)[0]
    return first.i > sentence.token_start and doc.tokens[first.i - 1].text not in (",", "(", "—", "–")


def _in_apposition(doc: Document, sentence: Sentence, value: DateValue, verb: Token) -> bool:
    """True when the date sits inside an apposition between it and its clause's verb.

    "... asked that the rally take place in the square, the site of protests after the disputed
    2009 elections" dates the square's history, not the request (reader Audit 11); "Ms Ruiz, the
    2019 champion, won again" says who she is. The date's own words are not looked at, so "on
    Friday, 3 May" stays one date.
    """
    tokens = _tokens(doc, sentence, value)
    span = {t.i for t in tokens}
    token = next((t for t in tokens if t.head not in span), None)
    while token is not None and token.i != verb.i and token.head != token.i:
        token = doc.tokens[token.head]
        if token.dep == "appos" and token.i not in span:
            return True
    return False


def _subtree(doc: Document, sentence: Sentence, root: Token) -> list[Token]:
    """The tokens of ``sentence`` that descend from ``root`` (itself included), in order."""
    inside = {root.i}
    for token in doc.sentence_tokens(sentence):
        chain, current = [], token
        while current.i not in inside and current.head != current.i:
            chain.append(current.i)
            current = doc.tokens[current.head]
        if current.i in inside:
            inside.update(chain)
    return [t for t in doc.sentence_tokens(sentence) if t.i in inside]


# Words that make what follows them a point of reference for the sentence's event, not its date:
# "the first visit since the border was closed in May 1994", "paid victims after the 2008 collapse"
# (reader Audit 12 dated a 2012 visit to the 1990 invasion and a fund manager's career to 2007).
_REFERENCE_WORDS = frozenset({"since", "after", "before", "following"})
# Nouns of a date's own stretch: "before the end of 2010" is a deadline, no reference event.
_TIME_NOUNS = frozenset("end start beginning middle close turn half quarter part rest course remainder".split())


def dates_a_reference(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when the date dates the event a "since"/"after"/"before" phrase measures from, not the sentence's.

    A since-clause: "the king attended the talks, the first visit since the border was closed in
    May 1994". A named past event after a reference word: "he managed compensation after the 2008
    mine collapse". Not a limit ("before the end of 2010", "after 3 May" set as a bound) and not a
    date of the clause itself; "after"/"before" clauses with their own subject are told apart by
    :func:`subordinate_event`, which keeps them as entries of their own.
    """
    if value.bound is not None or value.span:
        return False
    verb = clause_verb(doc, sentence, value)
    if verb is not None and verb.head != verb.i and _since_clause(doc, sentence, verb):
        return True
    tokens = _tokens(doc, sentence, value)
    span = {t.i for t in tokens}
    token = next((t for t in tokens if t.head not in span), None)
    named = False
    while token is not None and token.head != token.i and (verb is None or token.i != verb.i):
        token = doc.tokens[token.head]
        if token.pos in ("VERB", "AUX"):
            return False
        if token.pos in ("NOUN", "PROPN") and token.text.lower() not in _TIME_NOUNS:
            named = True  # the date premodifies or names a thing: "the 2008 mine collapse"
        if token.dep == "prep" and token.text.lower() in _REFERENCE_WORDS:
            return named
    return False


def dates_a_listed_subject(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when a year premodifies one of several listed things that are the subject: examples, not the event.

    "The manual was written after several emergencies - the 2009 Samoa tsunami, Chile's 2010 earthquake
    and the Nepal landslides - exposed a lack of advice" names past events as examples of what showed
    something (reader Audit 12 dated the finding 2004). A single dated subject ("The 2004 earthquake
    destroyed the harbour") is the event itself and still dates it.
    """
    noun = _premodified(doc, sentence, value)
    if noun is None:
        return False
    members = 1
    while noun.dep in ("conj", "appos") and noun.head != noun.i:
        members += 1
        noun = doc.tokens[noun.head]
    members += sum(1 for t in doc.sentence_tokens(sentence) if t.head == noun.i and t.dep in ("conj", "appos"))
    return members >= 2 and noun.dep in _SUBJECTS


def hangs_on(doc: Document, token: Token, ancestor: Token) -> bool:
    """True when ``ancestor`` is ``token``'s head or one of its heads'."""
    while token.head != token.i:
        token = doc.tokens[token.head]
        if token.i == ancestor.i:
            return True
    return False


def _since_clause(doc: Document, sentence: Sentence, verb: Token) -> bool:
    """True when ``verb``'s clause opens with "since" ("since the border was closed ...")."""
    if verb.dep == "pcomp" and doc.tokens[verb.head].text.lower() == "since":
        return True
    return any(t.head == verb.i and t.i < verb.i and t.dep in ("mark", "prep") and t.text.lower() == "since"
               for t in doc.sentence_tokens(sentence))


def subordinate_event(doc: Document, sentence: Sentence, value: DateValue) -> str | None:
    """The clause of an earlier or later event that a date dates, without its "after"/"before", else None.

    "..., the minister said Britain would not join strikes, after parliament last year voted
    against action" dates the vote, not the minister's words: the entry tells only
    "parliament last year voted against action". The clause must have its own subject.
    """
    verb = clause_verb(doc, sentence, value)
    if verb is None or verb.dep != "advcl":
        return None
    children = [t for t in doc.sentence_tokens(sentence) if t.head == verb.i and t.i != verb.i]
    # The parse may take "after" for a preposition whose object is the clause's subject
    # ("after parliament last year voted": prep "after", pobj "parliament").
    marks = [t for t in children if t.dep in ("mark", "prep") and t.i < verb.i and t.text.lower() in _OTHER_TIME]
    subject = any(t.dep in _SUBJECTS for t in children) or any(
        t.dep == "pobj" and t.head == marks[0].i for t in doc.sentence_tokens(sentence)) if marks else False
    if not marks or not subject:
        return None
    tokens = [t for t in _subtree(doc, sentence, verb) if t.i > marks[0].i]
    while tokens and tokens[-1].pos == "PUNCT":
        tokens.pop()
    if not tokens:
        return None
    text = doc.article.text[tokens[0].start : tokens[-1].end]
    return text if text[:1].isupper() else f"[{text[0].upper()}]{text[1:]}"


def tells_no_event(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when the date's clause tells a state, not an event: negated or compared.

    "In 1918, Britain did not have a national health service" and "In 1950, the town was
    twice as large as its neighbour" say how things stood; nothing happened on the date.
    A model-year range ("some 2016 to 2022 Model S vehicles") names things, not a span.
    """
    if value.until is not None and _range_names_a_thing(doc, sentence, value):
        return True
    verb = clause_verb(doc, sentence, value)
    if value.bound == "until" and verb is not None and _negated(doc, sentence, verb):
        return True  # "is not yet expected to move in until 2016": when a wait ends, not an event
    if verb is not None and _will_not(doc, sentence, verb):
        return True  # "will not stop serving customers starting 1 January 2015": a plan denied (reader Audit 30)
    if verb is None or verb.lemma.lower() not in _STATES or is_until_cleft(sentence.text, value.start, value.end):
        return False  # "It wasn't until 2012 that X changed ...": the negation points to X's act, no state
    children = [t for t in doc.sentence_tokens(sentence) if t.head == verb.i and t.i != verb.i]
    if any(t.dep == "neg" for t in children):
        return True
    if verb.lemma.lower() != "be":
        return False
    for child in children:
        if child.dep in ("acomp", "attr"):
            words = _subtree(doc, sentence, child)
            if any(t.tag in ("JJR", "RBR") for t in words) or sum(t.text.lower() == "as" for t in words) >= 2:
                return True
    return False


# Links that keep a verb in the clause of the verb above it: "will not stop | serving ... | starting <date>".
_SAME_CLAUSE = frozenset({"xcomp", "advcl", "acl", "dobj", "prep", "pobj", "npadvmod"})
_WILL = frozenset({"will", "wo", "shall"})


def _will_not(doc: Document, sentence: Sentence, verb: Token) -> bool:
    """True when ``verb``'s clause, or the clause it is part of, says something will not happen ("will not
    stop", "won't open"): the date is that of a plan denied, no event. "Will stop ... on 1 January" keeps it."""
    tokens = doc.sentence_tokens(sentence)
    token = verb
    for _ in range(sentence.token_end - sentence.token_start):
        if token.pos in ("VERB", "AUX"):
            children = [t for t in tokens if t.head == token.i]
            if any(t.dep == "neg" for t in children) and any(t.dep == "aux" and t.text.lower() in _WILL
                                                            for t in children):
                return True
        if token.head == token.i or token.dep not in _SAME_CLAUSE:
            return False
        token = doc.tokens[token.head]
    return False


def _negated(doc: Document, sentence: Sentence, verb: Token) -> bool:
    """True when ``verb`` or a verb it is the complement of is negated ("not expected to move")."""
    tokens = doc.sentence_tokens(sentence)
    for _ in range(sentence.token_end - sentence.token_start):
        if any(t.head == verb.i and t.dep == "neg" for t in tokens):
            return True
        if verb.dep != "xcomp" or verb.head == verb.i:
            return False
        verb = doc.tokens[verb.head]
    return False


def _range_names_a_thing(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when the last year of a range premodifies a noun: "2016 to 2022 Model S vehicles"."""
    assert value.until is not None
    end = sentence.start + value.until.end
    last = [t for t in doc.sentence_tokens(sentence) if sentence.start + value.until.start <= t.start < end]
    if value.granularity != "year" or len(last) != 1 or not last[0].text.isdigit():
        return False
    head = doc.tokens[last[0].head]
    if last[0].dep not in _PREMODIFIER or head.i <= last[0].i or head.pos not in ("NOUN", "PROPN"):
        return False
    return not _names_event(doc, head, last[0].i)


def plan_of_the_past(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True for a future date in a sentence told in the past perfect: "The company had banked on new
    fields to help it achieve its target ... until 2015" tells a plan as it stood then, overtaken by
    what the story reports (check 8: a target being scrapped shown as an expected 2015 event)."""
    if not value.future:
        return False
    root = next((t for t in doc.sentence_tokens(sentence) if t.head == t.i), None)
    if root is None or root.tag != "VBN":
        return False
    return any(t.head == root.i and t.dep == "aux" and t.text.lower() in ("had", "'d")
               for t in doc.sentence_tokens(sentence))


# A dateline is looked for in the article's first sentences only: below them a bracketed date is content.
DATELINE_SENTENCES = 2


def dateline_date(doc: Document) -> date | None:
    """The day of the dateline that opens the article, when it has one: the publication date to use
    when the source gave none ("Navarro County officials Tuesday rejected ..." under "CORSICANA
    (October 14, 2014)")."""
    for sentence in doc.sentences[:DATELINE_SENTENCES]:
        day = dateline_day(sentence.text)  # the one reading of datelines, ingest's (ingest/header.py)
        if day is not None:
            return date.fromisoformat(day)
    return None

