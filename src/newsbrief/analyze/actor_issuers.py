"""Bodies that act through what they issue, and acronyms given after "or" (Audit 50, docs/audit.md 51.5 "Key people
missing from Actors": CENTCOM, YPG, Digitimes, Halliburton).

The audit's missing organisations were named once or twice, and never as the subject of a verb: what they did is
written as a document or a deed of theirs, or in a clause hung on their name. A reader counts each as the body
acting or speaking:

- **An issuer.** "according to a statement by the United States Central Command", "a new report from Digitimes",
  "a Pentagon statement said": the body whose statement, report or study carries a claim speaks through it
  (:func:`issued`), as a person does through "said".
- **A relative clause.** "Digitimes, which claims that ...": the clause's verb is the name's own verb
  (:func:`relative_verb`); a speech verb there is the body speaking; "LG, which is a supplier" is no act.
- **A deed's agent.** "communication of risk by Halliburton could have identified the flaws", "an attack by the
  militia": the agent of an act written as a noun acts (:func:`nominal_agent`), as the agent of a passive verb does.
- **A spokesperson's body.** "Redur Xelil, a spokesperson for the YPG, had confirmed ...": the body speaks through
  the person who acts in its name (:func:`spokesperson`).
- **An acronym after "or".** "the United States Central Command, or CENTCOM": one body, as "(CENTCOM)" is
  (:func:`fold_or_acronyms`); the acronym's letters must be the name's, in order, so that "Apple, or LG" stays two.

Arcs of the annotate stage's parse and a few fixed words, because each cue is one arc from the name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.analyze.actor_names import Actor
from newsbrief.analyze.actor_roles import SPEECH_LEMMAS, Role
from newsbrief.models import Document, Token
from newsbrief.nlp.entity_states import is_country

__all__ = ["DOCUMENT_NOUNS", "fold_or_acronyms", "issued", "nominal_agent", "relative_verb", "spokesperson"]

# What a body issues that carries a claim: "a statement by X", "a report from X", "X's study".
DOCUMENT_NOUNS = frozenset(
    "statement report study survey analysis letter release memo memorandum assessment filing note communique "
    "announcement investigation review audit estimate estimates data figures findings poll paper document "
    "bulletin briefing ruling tweet post".split()
)
# The posts whose holder speaks for a body by definition: "NAME, a spokesperson for the YPG".
_SPOKES_NOUNS = frozenset("spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople".split())
# Verbs by which a body or its document makes a claim; not the attribution stage's wider cues ("show", "see").
_CLAIM_VERBS = SPEECH_LEMMAS | frozenset("estimate allege find reveal".split())
# Nouns an apposition calls an outlet by: "Storyful, a social media news agency", "Magharebia, an online news site".
_OUTLET_NOUNS = frozenset("agency site website blog newspaper paper magazine outlet daily channel broadcaster "
                          "publication tabloid wire".split())
# What a publication issues: its report is the story's own only in the lead (_issuer_mention).
_PUBLICATIONS = frozenset("report article story post investigation analysis".split())
_LEAD_SENTENCES = 3  # the lead of a text not split in paragraphs (as actors.LEAD_SENTENCES)
# Relative pronouns that make the clause's subject the name before them: "Digitimes, which claims".
_RELATIVES = frozenset("which who that".split())
# Nouns of a deed whose "by" agent is not doing anything: "an increase by 5%", "a win by two goals" take figures, and
# a work's author ("a song by X", "a photo by X") is a credit, not an act of the story.
_NOT_DEEDS = frozenset(
    "increase decrease rise fall drop cut margin win defeat lead song photo photograph picture image painting book "
    "film novel album poem track video illustration drawing".split()
)
# Letters an acronym after "or" may have: "CENTCOM", "NATO", "ISIL"; longer capitals are shouting.
_ACRONYM = re.compile(r"^[A-Z][A-Z&.]{1,9}$")


def relative_verb(doc: Document, head: Token) -> Token | None:
    """The verb of the relative clause hung on the name whose head is ``head`` and whose subject is the relative
    pronoun ("Digitimes, which claims that ..." -> "claims"); None when there is none."""
    tokens = doc.tokens
    for token in tokens[head.i + 1 : head.right + 1]:
        if token.head == head.i and token.dep == "relcl" and token.pos in ("VERB", "AUX") and any(
                t.head == token.i and t.dep in ("nsubj", "nsubjpass") and t.text.lower() in _RELATIVES
                and tokens[t.i - 1].text == "," for t in tokens[head.i + 1 : token.i]):
            return token  # after a comma only: "(Isil) which also showed" was the video's clause, misattached
    return None


def nominal_agent(doc: Document, head: Token) -> bool:
    """Whether the name is the "by" agent of a deed written as a noun ("testing by Halliburton", "an attack by the
    militia"): the noun is a common noun, not a figure's change nor a work credited to its author (_NOT_DEEDS)."""
    tokens = doc.tokens
    if head.dep != "pobj" or head.head == head.i:
        return False
    by = tokens[head.head]
    if by.text.lower() != "by" or by.head == by.i:
        return False
    deed = tokens[by.head]
    return deed.pos == "NOUN" and deed.lemma.lower() not in _NOT_DEEDS


def _speaks(doc: Document, noun: Token) -> bool:
    """Whether the document noun carries a claim: "according to a statement", "the report says", "a report ...,
    which claims"."""
    tokens = doc.tokens
    parent = tokens[noun.head]
    if noun.dep == "pobj" and parent.text.lower() == "to" and parent.head != parent.i \
            and tokens[parent.head].text.lower() == "according":
        return True
    if noun.dep in ("nsubj", "nsubjpass") and parent.lemma.lower() in _CLAIM_VERBS:
        return True
    verb = relative_verb(doc, noun)
    return verb is not None and verb.lemma.lower() in _CLAIM_VERBS


def _issuer_mention(doc: Document, head: Token, sentence: int) -> str:
    """How the name issues a claim: "document" when its statement, report or study carries one (module docstring),
    "clause" when it is the subject of a speech verb in a clause hung on its name ("Digitimes, which claims"), ""
    when it does not, or when an apposition calls it an outlet ("Storyful, a social media news agency"): a source."""
    tokens = doc.tokens
    if any(t.head == head.i and t.dep == "appos" and t.lemma.lower() in _OUTLET_NOUNS
           for t in tokens[head.i + 1 : head.right + 1]):
        return ""
    verb = relative_verb(doc, head)
    clause = "clause" if verb is not None and verb.lemma.lower() in _CLAIM_VERBS else ""
    if head.head == head.i:
        return clause
    parent = tokens[head.head]
    noun = parent if head.dep in ("poss", "compound") else (
        tokens[parent.head] if head.dep == "pobj" and parent.text.lower() in ("by", "from", "of")
        and parent.head != parent.i else None)  # "a Pentagon statement said"; "a statement by the Command"
    if noun is None or noun.lemma.lower() not in DOCUMENT_NOUNS or not (_speaks(doc, noun) or clause):
        return clause
    # A publication's report is the story's own in the lead; further down it is where a fact comes from (Audit 50
    # #11's report "from Digitimes, which claims" in the second sentence; a "report from Taiwan's DigiTimes" cited for
    # background mid-page is a source, FNC-1 body 690).
    if noun.lemma.lower() in _PUBLICATIONS and not _in_lead(doc, sentence):
        return clause
    return "document"


def _in_lead(doc: Document, sentence: int) -> bool:
    """Whether the sentence is in the lead: the first two paragraphs, or the first sentences of a text not split in
    paragraphs (as actor_evidence.gather)."""
    if len({s.paragraph for s in doc.sentences}) > 2:
        return doc.sentences[sentence].paragraph < 2
    return sentence < _LEAD_SENTENCES


def _head(doc: Document, start: int, end: int) -> Token:
    """The name's syntactic head: the token whose head lies outside it (as actor_agency.name_head)."""
    span = range(start, end)
    return next((doc.tokens[i] for i in span if doc.tokens[i].head not in span or doc.tokens[i].head == i),
                doc.tokens[end - 1])


def issued(doc: Document, actor: Actor, label: str, never_setting: bool) -> tuple[int, str]:
    """How many of the body's mentions issue a claim (a statement, a report or a study by it that the text reports,
    or a speech verb of a clause hung on its name; module docstring), and its label: a "place" that issues a report
    and is never a setting, and no country, is an organisation ("a new report from Techwire, which claims"; the model
    took the publication for a place). None of a person's: "a report by NAME" is as often a journalist's byline."""
    if label == "PERSON":
        return 0, label
    kinds = [_issuer_mention(doc, _head(doc, m.token_start, m.token_end), m.sentence_index) for m in actor.mentions]
    if "document" in kinds and label == "GPE" and never_setting and not is_country(actor.name):
        return len([k for k in kinds if k]), "ORG"
    # A "place" speaking in a clause on its name is a city standing for a company ("Cupertino, which has announced"):
    # no voice of its own
    return len([k for k in kinds if k == "document" or (k and label != "GPE")]), label


def spokesperson(acts: bool, role: Role | None) -> bool:
    """Whether a person who acts in the story holds a spokesperson's post: what they confirm or announce is their
    body's word, so the body named in the post is a party through them (actor_parties.speaks_through) even where the
    attribution stage gave the sentence to the outlet that reported it ("..., according to an Al Jazeera report";
    Audit 50 #10 lost the YPG)."""
    return acts and role is not None and role.head.lower() in _SPOKES_NOUNS


def _letters_in_order(acronym: str, name: str) -> bool:
    """Whether the acronym's letters come in the name in order, the first being the name's first letter
    ("CENTCOM" in "Central Command", "ISIL" in "Islamic State in Iraq and the Levant")."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    lowered = name.lower()
    if not letters or not lowered.startswith(letters[0]):
        return False
    position = 0
    for letter in letters:
        position = lowered.find(letter, position)
        if position < 0:
            return False
        position += 1
    return True


def fold_or_acronyms(doc: Document, actors: Sequence[Actor]) -> list[Actor]:
    """``actors`` with each acronym the text gives after a body's name and "or" ("the United States Central Command,
    or CENTCOM") folded into that body (module docstring)."""
    text = doc.article.text
    by_name = {a.name: a for a in actors if a.label != "PERSON" and _ACRONYM.match(a.name)}
    into: dict[int, Actor] = {}
    for actor in actors:
        if actor.label == "PERSON" or len(actor.name.split()) < 2:
            continue
        for mention in actor.mentions:
            found = re.match(r",?\s+or\s+(?:the\s+)?([A-Z][A-Z&.]{1,9})\b", text[mention.end : mention.end + 16])
            acronym = by_name.get(found.group(1)) if found else None
            words = " ".join(w for w in actor.name.split() if w[:1].isupper())
            if acronym is not None and acronym is not actor and (
                    _letters_in_order(acronym.name, words) or any(
                        _letters_in_order(acronym.name, " ".join(words.split()[k:]))
                        for k in range(1, len(words.split())))):
                into[id(acronym)] = actor
    if not into:
        return list(actors)
    # New actors for the bodies that take an acronym: the clustered list is the context's, shared with other sections.
    merged = {id(t): Actor(t.name, t.label, list(t.mentions), set(t.aliases)) for t in into.values()}
    for actor in actors:
        target = into.get(id(actor))
        if target is not None:
            merged[id(target)].mentions.extend(actor.mentions)
            merged[id(target)].aliases |= actor.aliases | {actor.name}
    return [merged.get(id(a), a) for a in actors if id(a) not in into]
