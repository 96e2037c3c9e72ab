"""Closing lines that lose their sense when shown alone (reader Audit 29, docs/audit.md 30.3 and 30.4).

Audit 29 judged 2 of 12 conclusions wrong and 2 useless. Three of the four were a close cut from what it
needs, in ways the earlier rules did not know:

- a column's close announces a question ("Here's my question to you: France wants a committee to run the
  war.") and the question itself ("Is that a good idea?") was dropped, as every question is: the close then
  stops on a set-up. A close that announces a question is shown with the question after it
  (:func:`announced_question`); an announcement whose question is not in sight closes nothing
  (:func:`announces_question`);
- an interviewee's words to the people in the story ("You should be proud of yourself."), whose quotation
  marks the page lost, closed a blog post right after a sentence reporting what that person said: shown
  alone they read as the writer's. A line that addresses someone in the story (a reflexive "yourself", or
  "you" as the object: "thank you", "we salute you") with no third person in it, right after a reported
  speech, is that speaker's and closes nothing (:func:`addressed_line`). A writer's advice to readers
  ("If you live near the river, you should check your insurance") has "you" only as its subject and stays;
- a close on "It" meaning a group named several sentences back ("It has been fighting ...") was shown with
  the sentence before it, which names no group (a hospital, a town): the reader takes the wrong "it". When
  the sentence before names no organisation, nor a place as a subject, the "It" close is withheld and the
  sentence before it closes (:func:`unresolved_it`). Only a group's act counts ("It has been fighting",
  "it controls", "it claimed"): a thing's "It truly makes you feel sober" most often means something in the
  sentence before. A dummy "It is not yet clear whether ..." points at nothing and stays, and so does a
  speaker's "It's disturbing." inside a quotation.

Audit 30 (31.3) closed a round-up of posts on "Although this is probably pushing it a bit far...", the lead-in
to a post the brief does not show: a close that trails off into a quotation or post closes nothing
(:func:`leads_in`). A writer's own trailing "And so the waiting goes on..." is a whole clause and stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from newsbrief.analyze.actors import Actor
from newsbrief.analyze.closing_refs import reported_it
from newsbrief.analyze.openings import SPEECH, has_quote_mark, quote_continuation, repair_opening
from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.speech import ORGANISATION_NOUNS

# The lead is the key points' (see conclusion.LEAD_SENTENCES).
_LEAD = 2

# A writer announcing the question the piece leaves with its reader: "Here's my question to you:", "So the
# question is:", "My question:", "The question for readers is this:". The colon makes it an announcement:
# "The real question is whether the money arrives" is a statement and closes as one.
_ANNOUNCE = re.compile(
    r"^(?:(?:and|so|but|now|well),?\s+)?(?:here(?:['’]s| is)\s+)?(?:(?:my|our|the|one|a)\s+)?"
    r"(?:(?:big|real|simple|final|last|only|key)\s+)?question(?:\s+(?:to|for)\s+(?:you|readers|all of you|"
    r"the reader|you all))?(?:\s+(?:is|remains|then))?(?:\s+this)?\s*:", re.I)
# How many questions may follow the announcement ("Is that a good idea? Or a recipe for chaos?").
MAX_QUESTIONS = 3
# The longest addressed line read as a lost quote: the audit's was six words; a longer second-person
# sentence is more often the writer's own address to readers.
ADDRESSED_WORDS = 15
_REFLEXIVE = re.compile(r"\byour(?:self|selves)\b", re.I)
_THIRD_PERSON = frozenset("he she him her his hers they them their theirs himself herself themselves".split())
_OBJECT_DEPS = frozenset({"dobj", "dative", "pobj", "iobj"})
# Where "you" as an object is still the writer's reader ("It makes you wonder", "lets you see").
_GENERIC_VERBS = frozenset("make let help give cost take leave keep get tell show remind allow force".split())
# A speaker's line to someone is said by "I" or "we", or has no subject ("Thank you"); a third party's act on "you"
# ("Scammers will call you and ask for your bank details") is the writer warning readers (session 18 review).
_SPEAKERS = frozenset({"i", "we"})


# A lead-in that trails off on an ellipsis into what follows it: a subordinate clause with no main clause
# ("Although this is probably pushing it a bit far...", "If you thought that was bad..."), or a saying verb
# whose words come next ("as one user put it...", "another wrote..."). A quotation's own trailing dots are
# the speaker's and not judged here.
_TRAILS = re.compile(r"(?:\.\s?\.\s?\.|…)\s*$")
_LEAD_IN_CLAUSE = re.compile(r"^(?:(?:and|but|so),?\s+)?(?:although|though|even though|even if|while|whereas|if|"
                             r"unless|because|since|before|as if)\b[^,;:]*$", re.I)
_LEAD_IN_SAYING = re.compile(r"\b(?:put it|puts it|wrote|writes|tweeted|tweets|posted|posts|said|says|added|"
                             r"commented|replied|responded|quipped|joked|suggested|asked|summed (?:it )?up)\s*"
                             r"(?:\.\s?\.\s?\.|…)\s*$", re.I)


def leads_in(text: str) -> bool:
    """Whether a line trails off ("...") into a quotation or post that comes after it (see the docstring)."""
    text = text.strip()
    if not _TRAILS.search(text) or has_quote_mark(text):
        return False
    return bool(_LEAD_IN_CLAUSE.search(text) or _LEAD_IN_SAYING.search(text))


def announces_question(text: str) -> bool:
    """Whether ``text`` opens by announcing a question ("Here's my question to you: ...")."""
    return bool(_ANNOUNCE.search(text.strip()))


def announced_question(doc: Document, closes_nothing: Callable[[Sentence], bool],
                       is_question: Callable[[str], bool], lead: int) -> list[Sentence]:
    """The announcement and the question(s) after it when they end the article's content, else empty.

    Furniture after the question (a comment prompt, a credit) is passed over; the announcement lies after
    the lead and outside quotation marks (a quoted "My question is:" is someone else's).
    """
    end = len(doc.sentences) - 1
    while end >= lead and closes_nothing(doc.sentences[end]) and not is_question(doc.sentences[end].text):
        end -= 1
    questions: list[Sentence] = []
    index = end
    while index >= lead and len(questions) < MAX_QUESTIONS and is_question(doc.sentences[index].text):
        questions.insert(0, doc.sentences[index])
        if announces_question(doc.sentences[index].text):
            return questions  # "My question: should France lead?" in one sentence
        index -= 1
    if not questions or index < lead:
        return []
    announcement = doc.sentences[index]
    if not announces_question(announcement.text) or has_quote_mark(announcement.text):
        return []
    return [announcement, *questions]


def addressed_line(doc: Document, sentence: Sentence) -> bool:
    """Whether ``sentence`` speaks to someone in the story right after a reported speech: that speaker's
    words with their quotation marks lost."""
    text = sentence.text.strip()
    if sentence.index == 0 or has_quote_mark(text) or len(text.split()) > ADDRESSED_WORDS:
        return False
    previous = doc.sentences[sentence.index - 1]
    if not SPEECH.search(previous.text):
        return False
    tokens = doc.sentence_tokens(sentence)
    if any(t.text.lower() in _THIRD_PERSON for t in tokens) or any(t.ent_type == "PERSON" for t in tokens):
        return False  # "You have to admire his nerve": the writer to the reader, about someone
    if _REFLEXIVE.search(text):
        return True
    return any(t.text.lower() == "you" and t.dep in _OBJECT_DEPS and _spoken_to(doc, t) for t in tokens)


def _spoken_to(doc: Document, you: Token) -> bool:
    """Whether the object "you" is addressed by the speaker: its verb is no generic one and its subject, if any,
    is "I" or "we" ("we salute you", "Thank you"; not "Scammers will call you")."""
    verb = doc.tokens[you.head]
    if verb.pos == "ADP" and verb.head != verb.i:
        verb = doc.tokens[verb.head]  # "proud of you", "we are grateful to you"
    if verb.lemma.lower() in _GENERIC_VERBS:
        return False
    subject = next((k for k in doc.children(verb) if k.dep in _SUBJECTS), None)
    return subject is None or subject.text.lower() in _SPEAKERS


# An opening "It" or "Its" and the entity labels that can be what it means in the sentence before.
_IT_OPENING = re.compile(r"^[\"“']?(?:(?:and|but|yet|meanwhile|still),?\s+)?its?\b", re.I)
_GROUP_LABELS = frozenset({"ORG", "NORP"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# A body named by a common noun as the subject before ("The board met again on Thursday. It announced a dividend"):
# "it" has its body. A hospital, a school or an office is also a place, the wrong "it" of Audit 29 #11.
_PLACE_BODIES = frozenset("hospital school college university house office embassy branch".split())
_BODY_SUBJECTS = ORGANISATION_NOUNS - _PLACE_BODIES
# What a group does (an armed group, a party, a company): as the verb of an "It", it needs a body named close by;
# a thing's "it" ("it makes you feel", "it costs") is left to the sentence before, as before.
_GROUP_ACTS = frozenset("fight attack seize capture control hold kill claim launch recruit threaten vow battle "
                        "occupy besiege bomb target operate lead govern rule campaign deny accuse demand "
                        "negotiate declare announce pledge warn".split())


def unresolved_it(doc: Document, sentence: Sentence, actors: Sequence[Actor]) -> bool:
    """Whether ``sentence`` opens on an "It" the repair pass cannot name and the sentence before offers no
    body for it (no organisation; no place as a subject): shown with that sentence, the reader takes the
    wrong "it"."""
    text = sentence.text.strip()
    if reported_it(doc, sentence, _LEAD) == []:
        return True  # "Critics say its flaw ..." after a line that names no thing for it (Audit 37 #9, closing_refs)
    if sentence.index == 0 or not _IT_OPENING.search(text) or has_quote_mark(text) \
            or quote_continuation(doc, sentence):
        return False  # a speaker's "It's disturbing." is theirs to mean
    tokens = doc.sentence_tokens(sentence)
    opening = next((t for t in tokens if t.text.lower() in ("it", "its")), None)
    if opening is None or opening.dep not in _SUBJECTS or doc.tokens[opening.head].lemma.lower() not in _GROUP_ACTS:
        return False  # "It truly makes you feel sober": a thing's "it", which the sentence before may well hold
    if repair_opening(doc, sentence, actors) is not None:
        return False  # a dummy "It is not clear whether ...", or an "It" the repair pass names
    previous = doc.sentence_tokens(doc.sentences[sentence.index - 1])
    return not any(t.ent_type in _GROUP_LABELS or (t.ent_type in _PLACE_LABELS and t.dep in _SUBJECTS)
                   or (t.dep in _SUBJECTS and t.lemma.lower() in _BODY_SUBJECTS) for t in previous)


# A question the writer asks in order to answer it next: how the others responded, what happened then ("So how
# did our brethren respond?" ended a debunking column in reader Audit 33 #12, its answer - which outlets ran the
# story unchecked - cut from the page). It sets up the close and is none itself; "Why did nobody check?" and
# "And who will pay for the next one?" are the writer's own closing questions and stay.
_SETUP_QUESTION = re.compile(
    r"^(?:(?:so|and|but|then|now|well),?\s+)?(?:how|what)\b[^?]{0,60}?\b(?:respond|responded|react|reacted|reply|"
    r"replied|answer|answered|happen|happened|turn out|turned out|do|say)(?:\s+next|\s+then|\s+to (?:it|this|that))?"
    r"\s*\?\s*$", re.I)


def setup_question(doc: Document, closes_nothing: Callable[[Sentence], bool],
                   is_question: Callable[[str], bool], lead: int) -> frozenset[int]:
    """The content's last sentence when it is a set-up question (see ``_SETUP_QUESTION``), with the sentence of
    its paragraph right before it, which frames the question ("this is where we either check the story or
    leave it alone"): neither closes the brief. Empty when the content ends otherwise."""
    end = len(doc.sentences) - 1
    while end >= lead and closes_nothing(doc.sentences[end]) and not is_question(doc.sentences[end].text):
        end -= 1
    if end < lead:
        return frozenset()
    question = doc.sentences[end]
    text = question.text.strip()
    if not is_question(text) or has_quote_mark(text) or not _SETUP_QUESTION.search(text):
        return frozenset()
    framing = doc.sentences[end - 1]
    return frozenset({end, end - 1} if end - 1 >= lead and framing.paragraph == question.paragraph else {end})
