"""How far back a "he"/"she" reaches for the person it means: the named main-clause subject of a sentence
just before, or further back while every sentence between carries the same pronoun on, and the person the
chain began with when that sentence names one only outside its subject ("The story of trial volunteer Mary
Stone is a common one. She had ... She had ... '...,' she said").

Split from :mod:`newsbrief.nlp.speakers` (which resolves a source phrase) so each module stays readable;
rules over the dependency parse in :class:`~newsbrief.nlp.speech._Doc`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsbrief.models import Sentence, Token
from newsbrief.nlp.introductions import introduced_person
from newsbrief.nlp.outlet_frames import framed_by_outlet, outlet_subject
from newsbrief.nlp.quote_owners import quoted_object
from newsbrief.nlp.referents import _PERSON_NOUNS, _name_spans, _role_holder
from newsbrief.nlp.speech import UNNAMED_NOUNS, _clean, _core_subject, _Doc, _mention, is_person_name, voice_type

# A social-media handle as a token ("@lanternfox77"; Twitter allows 15 word characters, other sites more).
_HANDLE = re.compile(r"@\w{1,30}")

__all__ = ["CHAIN_SENTENCES", "NEAR_SENTENCES", "chain_origin", "quote_only", "subject_back", "subject_in"]


def quote_only(d: _Doc, sentence: Sentence) -> bool:
    """True when the whole sentence lies in a quotation: its subjects are the quoted speaker's."""
    inside = d.in_quote(sentence.start)
    return inside is not None and inside[1] >= sentence.end - 1


def subject_in(d: _Doc, previous: Sentence, speaking: bool, skip: Callable[[str | None], bool],
                nearest: bool = False, pronoun: str = "he") -> str | bool | None:
    """The named person who is a main-clause subject of ``previous`` (a name), False when that
    sentence is about a "he"/"she" too (look further back), None when it names no one, "" when the subject's
    verb takes an object pronoun of the same gender ("Obama picked him": two men, no one is certain). In the
    ``nearest`` sentence an unnamed source ("a senior official") subject of the main verb counts too."""
    doc = d.doc
    tokens = doc.sentence_tokens(previous)
    main_first = sorted(tokens, key=lambda t: doc.tokens[t.head].dep != "ROOT")
    for token in main_first:
        if d.in_quote(token.start) or token.dep not in ("nsubj", "nsubjpass") or outlet_subject(d, token):
            continue  # "..., AppleInsider reports": the site, not the analyst it reports (Audit 42 #10)
        introduced = introduced_person(doc, d.children, token)
        if introduced is not None and not skip(name := d.resolve_name(_clean(d.span_text(*introduced)))):
            # "... backed by another resident, by the name of Petra Lind", "One man who ... is Karl
            # Bremer": the person the sentence brings in, whatever the NER model typed the name
            return name
        if token.dep == "nsubjpass" and speaking:
            continue  # "Jackson should have been monitored": the one acted on, not the witness speaking
        named = next((doc.tokens[c] for c in d.children.get(token.i, ()) if doc.tokens[c].dep == "appos"
                      and doc.tokens[c].ent_type == "PERSON"), None) if token.pos == "NOUN" else None
        if named is not None:
            token = named  # "The club's owner, Lena Park, was more cautious": the name in apposition
        token = _handle_after(d, _quoted_person(d, token))
        own = owns_pronoun(d, token, pronoun)
        if (token.ent_type == "PERSON" or token.pos == "PROPN" or own) and _name_cased(token) and (
                own or is_person_name(d, token) or token.ent_type not in _NOT_PEOPLE):
            first = token.i
            # the name without a title before it ("Professor Alan Reyes" is Alan Reyes)
            while first > previous.token_start and doc.tokens[first - 1].pos == "PROPN" \
                    and (is_person_name(d, doc.tokens[first - 1]) or token.ent_type != "PERSON") \
                    and not _HANDLE.fullmatch(token.text):  # a handle is the whole name ("Reader @x")
                first -= 1
            if not own and voice_type(d, doc.tokens[token.left].i, token.i) != "person":
                continue  # "magazine Billboard reported ...": "she" is not the magazine
            name = d.resolve_name(_clean(d.span_text(first, token.i)), doc.tokens[first].start)
            if skip(name) and not own:
                continue  # (a surname the model typed a body is a person by its own "his": owns_pronoun)
            return "" if _object_pronoun(d, token.head, pronoun) else name
        if nearest and token.dep == "nsubj" and token.tag == "NN" and token.lemma.lower() in UNNAMED_NOUNS \
                and (doc.tokens[token.head].dep == "ROOT" or framed_by_outlet(d, doc.tokens[token.head])):
            # "A senior diplomat briefed reporters. He stressed ...": the unnamed source just introduced,
            # not a person named further back (Audit 11: a U.S. official's warning given to NATO's chief)
            first, last = _core_subject(d, token)
            return _role_holder(d, first, last) or _mention(d.span_text(first, last))
        if token.text.lower() in ("he", "she") or any(
                doc.tokens[c].dep == "poss" and doc.tokens[c].text.lower() in ("his", "her")
                for c in d.children.get(token.i, ())):
            # "While Obama has changed the style, he has kept the substance": the "he" is the person its own
            # sentence names before it, where the chain begins (Audit 32 A7: the chain went back past it to
            # a columnist quoted before)
            return _named_before(d, previous, token.i, skip) or False
    return None


def _name_cased(token: Token) -> bool:
    """A name as written: capitalised, or a social-media handle ("@lanternfox77", lower case by custom). A
    round-up of tweets introduces a user by handle ("Phone owner @x tweeted a photo. '...,' he wrote"); the
    "he" is that user, not the handle of the tweet before (Audit 48 #11 gave it to the previous tweeter)."""
    return token.text[:1].isupper() or _HANDLE.fullmatch(token.text) is not None


def _quoted_person(d: _Doc, subject: Token) -> Token:
    """The person a channel subject quotes ("The Evening News quoted Michael Madden ... as saying"), else
    ``subject``: the next "He further explained" is Madden's, not the paper's (a FNC-1 body read in session 32)."""
    tokens = d.doc.tokens
    verb = tokens[subject.head]
    if subject.dep != "nsubj" or verb.i == subject.i:
        return subject
    said = any(tokens[c].text.lower() == "as" and any(tokens[g].lemma.lower() in ("say", "tell", "write", "add")
                                                       for g in d.children.get(c, ()))
               for c in d.children.get(verb.i, ()))
    quoted = quoted_object(d, verb) if said else None
    return quoted if quoted is not None else subject


def _handle_after(d: _Doc, token: Token) -> Token:
    """The handle that follows ``token`` in one subject ("Reader @tidewater_9 posted ...", which the parser may
    read as two subjects), else ``token``: the handle names the user, the word before only describes them."""
    tokens = d.doc.tokens
    after = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
    if after is not None and _HANDLE.fullmatch(after.text) and after.head in (token.i, token.head) \
            and token.pos in ("NOUN", "PROPN"):
        return after
    return token


def _named_before(d: _Doc, sentence: Sentence, before: int, skip: Callable[[str | None], bool]) -> str | None:
    """The person named as the subject of a clause of ``sentence`` before token ``before`` (a "he"/"she"
    subject of the sentence's main clause), None when there is none or it is not one the pronoun can mean."""
    doc = d.doc
    for token in doc.tokens[sentence.token_start : before]:
        if token.dep not in ("nsubj", "nsubjpass") or d.in_quote(token.start) \
                or not is_person_name(d, token):
            continue
        first = token.i
        while first > sentence.token_start and doc.tokens[first - 1].pos == "PROPN" \
                and is_person_name(d, doc.tokens[first - 1]):
            first -= 1
        name = d.resolve_name(_clean(d.span_text(first, token.i)), doc.tokens[first].start)
        if not skip(name):
            return name
    return _only_person_before(d, sentence, before, skip)


def _only_person_before(d: _Doc, sentence: Sentence, before: int, skip: Callable[[str | None], bool]) -> str | None:
    """The one person named (not as a possessor, outside quotations) before token ``before`` when no person is a
    subject there: "Police have interviewed his physician Dr Paul Hale but he has not been named" is Hale's "he",
    and the next "He has denied any wrongdoing" with it, not the patient named sentences before (Audit 43 #7)."""
    at = d.doc.tokens[before].start
    names = {d.resolve_name(_clean(e.text), e.start) for e in d.doc.entities
             if e.label == "PERSON" and sentence.start <= e.start and e.end <= at and not d.in_quote(e.start)
             and not d.text.startswith(("'s", "’s", "'", "’"), e.end)}
    return next(iter(names)) if len(names) == 1 and not skip(next(iter(names))) else None



# A "he" looks for its named subject this many sentences back (quotations not counted) ...
NEAR_SENTENCES = 3
# ... and further, up to this many, while every sentence between carries the same "he"/"his" on
# ("One man who ... is Karl Bremer." / "His cottage was flooded ..." / "But he will not move." /
# '"...," he said.': Audit 8 gave such a closing quotation to a name in passing).
CHAIN_SENTENCES = 6


def subject_back(d: _Doc, sentence: Sentence, back: list[Sentence], earlier: list[int],
                  skip: Callable[[str | None], bool], pronoun: str = "he") -> str | None:
    """The named main-clause subject of the nearest sentence in ``back`` (nearest first) of the same or
    the previous paragraph; paragraphs all quotation, or about the same "he"/"she", between do not count.
    Past the first NEAR_SENTENCES, only while every sentence between carries the pronoun on. A chain of
    sentences about the pronoun ends at the person it began with (:func:`chain_origin`); "" when that is two
    agreeing people."""
    doc = d.doc
    quoted = {s.paragraph for s in doc.sentences[: sentence.index] if quote_only(d, s)}
    chain: set[int] = set()  # paragraphs whose sentences carry the pronoun on
    broken = False  # a sentence between names no one and is not about the "he"
    for n, previous in enumerate(back):
        if any(p not in quoted and p not in chain for p in range(previous.paragraph + 1, sentence.paragraph)):
            break
        if n >= NEAR_SENTENCES and broken:
            break
        # A passive subject is passed over while someone speaks in its paragraph (the witness
        # speaks, not the patient "monitored"); one in a paragraph of its own ("Thomas was stunned
        # again.") is the one the next "he" means.
        speaking = any(doc.sentences[i].paragraph == previous.paragraph for i in earlier)
        found = subject_in(d, previous, speaking, skip, nearest=n == 0, pronoun=pronoun)
        if isinstance(found, str):
            return found
        if found is False:
            chain.add(previous.paragraph)
            continue
        if n > 0 and not broken:
            origin = chain_origin(d, previous, skip)
            if origin is not None:
                return origin
        broken = True
    return None


def chain_origin(d: _Doc, previous: Sentence, skip: Callable[[str | None], bool]) -> str | None:
    """The person a chain of "she"/"he" subjects began with when ``previous``, the sentence before the chain,
    names people only outside its subject ("The story of trial volunteer Mary Stone is a common one."):
    the one agreeing person it names, "" when it names two (no one is certain: the speaker is left unnamed
    rather than guessed), None when it names none or its subject is a person itself ("A nurse met Mary
    Stone": the nurse may be the "she"). The lead's reading of a Newsroom dev brief (a research
    participant's "she said" given to a doctor quoted three sentences before the chain began)."""
    tokens = d.doc.tokens
    for token in d.doc.sentence_tokens(previous):
        if token.dep not in ("nsubj", "nsubjpass") or d.in_quote(token.start) or tokens[token.head].dep != "ROOT":
            continue
        if token.lemma.lower() in _PERSON_NOUNS or (token.pos == "PRON" and token.lemma.lower() not in _THINGS):
            return None
    names = {d.resolve_name(_clean(d.span_text(first, last))) for first, last in _name_spans(d, previous)}
    agreeing = {name for name in names if name and not skip(name)}
    if len(agreeing) > 1:
        return ""
    return agreeing.pop() if agreeing else None


_THINGS = frozenset({"it", "this", "that", "which", "what"})
_NOT_PEOPLE = frozenset({"GPE", "LOC", "NORP", "FAC", "PRODUCT", "ORG"})
# The possessive a person subject uses of itself ("won a title in his first season"); a body says "its"/"their".
_POSSESSIVES = {"he": "his", "she": "her"}


def owns_pronoun(d: _Doc, token: Token, pronoun: str) -> bool:
    """Whether ``token``, a lone capitalised word the NER model tagged a body or a place ("Brennock won a clean
    sweep in his first season as coach"), is a person by its own clause: the clause after it holds "his" (for
    a "he") and no "its"/"their" and no other person. The lead's XSum row 140: a coach's surname tagged ORG lost
    him his own '"...," he said' two sentences on, and the quotes were withheld."""
    tokens = d.doc.tokens
    possessive = _POSSESSIVES.get(pronoun)
    # the parser makes an unknown surname opening the sentence a common noun as often as a proper one
    if possessive is None or token.pos not in ("PROPN", "NOUN") or not token.text[:1].isupper() \
            or token.lemma.lower() in _PERSON_NOUNS or token.lemma.lower() in UNNAMED_NOUNS \
            or token.ent_type not in ("ORG", "GPE", "") \
            or any(0 <= k < len(tokens) and tokens[k].pos == "PROPN" for k in (token.i - 1, token.i + 1)) \
            or tokens[token.left].i != token.i:
        return False
    verb = tokens[token.head]
    clause = tokens[token.i + 1 : verb.right + 1]
    words = [t.text.lower() for t in clause if not d.in_quote(t.start)]
    if "its" in words or "their" in words or any(t.ent_type == "PERSON" for t in clause):
        return False
    return possessive in words
# The object form of a subject pronoun: "he" after "X picked him" may be X or the man X picked (reader Audit 24:
# an explainer's "He has said he is not aligned ..." given to the president who had appointed the page's expert).
_OBJECT_FORMS = {"he": "him", "she": "her"}
_OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "iobj"})


def _object_pronoun(d: _Doc, verb: int, pronoun: str) -> bool:
    """Whether the verb takes as its object the object form of ``pronoun``: another person of that gender."""
    form = _OBJECT_FORMS.get(pronoun)
    return form is not None and any(d.doc.tokens[c].text.lower() == form and d.doc.tokens[c].dep in _OBJECT_DEPS
                                    for c in d.children.get(verb, ()))


