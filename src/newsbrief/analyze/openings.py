"""Openings that point outside the sentence, and their honest repair.

A statement shown on its own must not open with "He", "But" or "These
weapons" whose referent is in a sentence the reader does not see. The repair
replaces an opening pronoun by the person it most likely means and drops an
opening connective, marking every changed word with brackets ("[Lee] warned",
"[T]he deal"); when no honest repair exists the statement is withheld.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from itertools import pairwise

from newsbrief.analyze.actor_parties import surname_subject
from newsbrief.analyze.actors import Actor, clean_name, previous_subject, resolve_person
from newsbrief.analyze.antecedents import SAYING_LEMMAS, agrees, spoken_to, unnamed_person_subject, untagged_people
from newsbrief.analyze.antecedents import _quoted as _quoted
from newsbrief.analyze.context import Context, rewrite_sections
from newsbrief.analyze.opening_names import nearer_unnamed_subject
from newsbrief.analyze.opening_names import repair_name as short_name
from newsbrief.analyze.opening_splits import Split, split_of, whole_citations, whole_text
from newsbrief.analyze.quote_marks import SPEECH as SPEECH
from newsbrief.analyze.quote_marks import has_quote_mark as has_quote_mark
from newsbrief.analyze.quote_marks import inside_open_quote as inside_open_quote
from newsbrief.analyze.quote_marks import opens_inside_quote as opens_inside_quote
from newsbrief.analyze.quote_marks import opens_quote as opens_quote
from newsbrief.analyze.quote_marks import quote_continuation as quote_continuation
from newsbrief.lexicon import DANGLING_CONNECTIVES, DANGLING_PRONOUNS
from newsbrief.memo import per_document
from newsbrief.models import Candidate, Document, Sentence, Token
from newsbrief.nlp.boxes import is_run_on_list
from newsbrief.nlp.pronoun_candidates import agreeing_people
from newsbrief.nlp.speakers import addressed
from newsbrief.nlp.speech import _Doc
from newsbrief.sections import SECTIONS

CONNECTIVES = DANGLING_CONNECTIVES
# Page furniture and credit lines: never a statement of the brief.
BOILERPLATE = re.compile(
    r"\b(click here|share this|sign up|subscribe|newsletter|all rights reserved|read more|"
    r"follow us|cookie|copy this link|media playback is|external links? and will open|"
    r"enable javascript|your browser does not support|contributed (?:to )?(?:this report|reporting)|"
    r"this (?:story|article) (?:has been|was) (?:updated|corrected))\b|^contributing:|^(?:additional )?reporting by\b",
    re.I
)
MIN_STATEMENT_WORDS = 3  # "___", "Photo: AP": lines, not statements
PRONOUNS = DANGLING_PRONOUNS


TIME_NOUNS = frozenset("year month week day time morning afternoon evening night season decade century "
                       "spring summer autumn fall winter weekend hour moment period era".split())


def word_tokens(tokens: Sequence[Token]) -> list[Token]:
    """The tokens that are words (no punctuation or spaces)."""
    return [t for t in tokens if t.pos not in ("PUNCT", "SPACE")]


def _last_person(doc: Document, sentence: Sentence, actors: Sequence[Actor], pronoun: str,
                 speaks: bool = True, voices: frozenset[str] | None = None) -> str | None:
    """Surname of the person the opening pronoun most likely means: the named subject of the sentence
    just before (centering: "Assange faces a charge. He is accused ..." even when a quote's speaker
    was named after him) when it agrees with the pronoun, else the nearest person named within 2
    sentences who agrees, listed among the actors or not (a name the NER model left untagged
    included: the lead's reading gave a "She" to a listed player when the unlisted one was meant). The one
    spoken to is passed over only when the pronoun ``speaks`` too. A pronoun inside a quotation passes over its
    speakers (``voices``, None outside a quotation; she says "I" of herself) and whoever they spoke to."""
    named = previous_subject(doc, actors, sentence.index)
    if named and voices is not None and _voice(doc, named, voices):
        named = None
    if named and agrees(doc, named, pronoun):
        return short_name(doc, named)
    if not named and _unnamed_speaker_before(doc, sentence):
        return None  # "A spokesman for X told CNN's John King ... He said": the spokesman, whom no name says
    # A tagged name only when the actors stage kept it as a person: "prescribed Propofol" tagged as a
    # person is a drug (fifth reader audit: "[Propofol] has always maintained ...").
    people = {alias.lower() for actor in actors if actor.label == "PERSON" for alias in (*actor.aliases, actor.name)}
    untagged = untagged_people(doc)
    quoted = _quotation_run(doc, sentence)
    earliest = sentence.index - 2 - len(quoted)
    mentions = sorted((*doc.entities, *untagged), key=lambda e: e.start)
    for entity in reversed(mentions):
        if entity.label == "PERSON" and entity.end <= sentence.start and entity.sentence_index not in quoted:
            if entity.sentence_index < earliest:
                break
            if voices is None and _quoted(doc, entity.start):
                # 'She said: "Noor has done nothing wrong."' then "She said ...": a name inside someone's quoted
                # words is whom they spoke of, not the next "she" outside the quotation (session 24)
                continue
            last = entity.token_end - 1
            if (speaks and addressed(doc, last)) or (voices is not None and spoken_to(doc, last)):
                # "told CNN's John King": the one spoken to is not the "he" who speaks next, but may well be
                # the "He" who "admitted" next ("she had warned Tom Reed ... He admitted hiding them")
                continue
            if _RESIDENCE.search(doc.article.text[max(0, entity.start - RESIDENCE_SPAN) : entity.start]):
                continue  # "Tom Barker, 41, of Alma": a home town the tagger read as a person (Audit 44 #11)
            name = resolve_person(doc, actors, entity.text)
            if voices is not None and _voice(doc, name, voices):
                continue
            listed = name.lower() in people or clean_name(entity.text).lower() in people
            if (listed or entity in untagged) and agrees(doc, name, pronoun):
                return short_name(doc, name)
    return None


# A name's home town in apposition ("Ryan Cole, 32, of Alma,"): a place, even when a first name ("Alma", "Chester").
_RESIDENCE = re.compile(r",\s*(?:\d{1,3}\s*,\s*)?(?:of|from)\s+$")
RESIDENCE_SPAN = 16


@per_document  # a repair pass over one document builds it once
def _index(doc: Document) -> _Doc:
    """The attribution rules' index of ``doc`` with the named speaker of every speech sentence ("Osei said
    ...", '"...," said Osei'): the speaker the sentence after may carry on with."""
    d = _Doc(doc)
    for sentence in doc.sentences:
        speaker = _named_speaker(doc, sentence)
        if speaker:
            d.speakers[sentence.index] = d.resolve_name(speaker)
    return d


def _voice(doc: Document, name: str, voices: frozenset[str]) -> bool:
    """Whether ``name`` is one of the quotation's speakers."""
    return any(_same_person(doc, short_name(doc, name), voice) for voice in voices)


# A quotation's speaker is looked for this many sentences back: a quote runs on past its cue line.
QUOTE_SPEAKER_REACH = 3


def _quote_voices(doc: Document, sentence: Sentence) -> frozenset[str]:
    """The named speakers of ``sentence`` and the sentences just before it in its paragraph, when an opening
    pronoun of it stands inside a quotation: the speaker's "he" is a third person (Audit 19)."""
    d = _index(doc)
    reach = range(max(0, sentence.index - QUOTE_SPEAKER_REACH), sentence.index + 1)
    return frozenset(d.speakers[i] for i in reach if i in d.speakers
                     and doc.sentences[i].paragraph == sentence.paragraph)


def _named_speaker(doc: Document, sentence: Sentence) -> str | None:
    """The person a name says tells ``sentence`` (the subject of its main speech verb), if any."""
    for entity in doc.entities:
        if entity.label != "PERSON" or entity.sentence_index != sentence.index:
            continue
        token = doc.tokens[entity.token_end - 1]
        head = doc.tokens[token.head]
        if token.dep == "nsubj" and head.dep == "ROOT" and head.lemma.lower() in SAYING_LEMMAS:
            return clean_name(entity.text)
    return None


def _only_candidate(doc: Document, sentence: Sentence, pronoun: Token, name: str,
                    actors: Sequence[Actor] = ()) -> bool:
    """Whether ``name`` (the short name :func:`_last_person` chose) is the one person an opening "he"/"she"
    can mean, counted as the attribution stage counts (nlp/pronoun_candidates.py): exactly one agreeing person
    in the sentence before, or its named speaker when the pronoun speaks on ("He added ..."), and that person.
    A "He admitted" after "Brokaw wants his successor, Brian Williams, thrown out" has two: left unrepaired."""
    d = _index(doc)
    word = pronoun.text.lower()
    speaks = doc.tokens[pronoun.head].lemma.lower() in SAYING_LEMMAS
    # The one spoken to ("warned Tom Reed") is no next speaker, but may well be the "He" who "admitted" next;
    # a speaker carries on only into a pronoun that speaks too.
    people = agreeing_people(d, pronoun, sentence, lambda i, person: (i >= 0 and speaks and addressed(doc, i))
                             or (i < 0 and not speaks) or not agrees(doc, person, word))
    # A place the NER model tagged as a person ("Jordan's King Abdullah") that the actors stage typed as a place is
    # no second candidate (Audit 42 #7: "But he is now the first Arab leader ..." was left unrepaired).
    places = {alias.lower() for actor in actors if actor.label != "PERSON" for alias in (*actor.aliases, actor.name)}
    before = doc.article.text[: sentence.start]
    people = {person for person in people if person.lower() not in places and not _ruled_by(before, person)}
    if not people and speaks and sentence.index > 0:
        people = {d.speakers.get(sentence.index - 1, "")} - {""}  # the speaker carries on
    # None in reach that the NER model tagged ("Mayor Ana Ruiz" left untagged): _last_person's wider reach stands,
    # as the attribution stage names a pronoun unless two agreeing people are named (pronoun_candidates.ambiguous)
    return not people or (len(people) == 1 and _same_person(doc, name, next(iter(people))))


# "Jordan's King Abdullah", "Ruritania's President X": a name owning a ruler's title is the ruler's country.
_RULER = r"['’]s\s+(?:King|Queen|Prince|Princess|Crown Prince|President|Prime Minister|Emir|Sultan|Sheikh)\b"


def _ruled_by(text: str, name: str) -> bool:
    """True when ``text`` gives ``name`` a ruler ("Jordan's King ..."): a place, whatever the tagger read."""
    return bool(re.search(rf"\b{re.escape(name)}{_RULER}", text))


def _subject_named(doc: Document, actors: Sequence[Actor], sentence: Sentence, name: str) -> bool:
    """Whether ``name`` is the named main-clause subject of the sentence before: an opening "His"/"Her" is the
    topic's even with another agreeing name later in that sentence ("X, who died in October, beat Y. His widow
    ..."; the lead's Newsroom reading, session 14). A subject "He" stays with _only_candidate: Audit 16 found
    one meaning the object ("X wants his successor, Y, removed. He admitted ...")."""
    subject = previous_subject(doc, actors, sentence.index)
    return subject is not None and _same_person(doc, name, subject)


def _same_person(doc: Document, short: str, full: str) -> bool:
    """Whether the short name of a repair names the person ``full`` names."""
    return short in (full, short_name(doc, full)) or short in full.split()


def _unnamed_speaker_before(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence just before is told by a person a common noun names ("A spokesman ...
    told", "An official said"): the opening pronoun is that speaker, and no name fits."""
    if sentence.index == 0:
        return False
    previous = doc.sentences[sentence.index - 1]
    for token in doc.sentence_tokens(previous):
        head = doc.tokens[token.head]
        if token.dep == "nsubj" and head.dep == "ROOT" and head.lemma.lower() in SAYING_LEMMAS:
            return token.pos == "NOUN" and not token.ent_type
    return False


# A run of quotation this long before a pronoun is passed over to find whom it means.
QUOTATION_RUN = 12


def _quotation_run(doc: Document, sentence: Sentence) -> set[int]:
    """The sentences of quotation right before ``sentence`` (those that name no speaker, and those that
    end a quotation, "... surgery,' she explains."): "She has since spent her life crusading ..." after
    a letter quoted at length means the woman named before the quotation (session 8: the closing
    sentence of an unseen brief was withheld), not a name inside it."""
    run: set[int] = set()
    index = sentence.index - 1
    while index >= 0 and len(run) < QUOTATION_RUN and (
            quote_continuation(doc, doc.sentences[index]) or opens_inside_quote(doc.sentences[index].text)):
        run.add(index)
        index -= 1
    return run


def is_furniture(doc: Document, sentence: Sentence) -> bool:
    """True for page furniture, credit lines, separators ("___") and fact-box items run together
    (nlp/boxes.py): never a statement."""
    tokens = doc.sentence_tokens(sentence)
    return bool(BOILERPLATE.search(sentence.text)) or len(word_tokens(tokens)) < MIN_STATEMENT_WORDS \
        or is_run_on_list(tokens)


# A dummy "It" whose subject is the clause that follows ("It will take more than a few weeks of fund-raising
# to ...", "It is clear that ...", "It seems ..."): it needs no referent, so the sentence needs no repair (Audit 15).
_DUMMY_IT = re.compile(r"^It(?:'s| (?:is|was|will be|would be|has been|may be|might be|could be|seems|seemed|appears|"
                       r"remains|became)) (?:\w+ ){0,3}?(?:clear|unclear|(?:un)?likely(?! to\b)|possible|impossible|"
                       r"true|obvious|evident|hard|difficult|easy|important|worth|time|a (?:shame|pity|mistake)|no "
                       r"(?:surprise|wonder|secret))\b[^.]*?\b(?:that|whether|how|why|if|when|what|who)\b|"
                       # "it is likely to raise grave doubts about whether ...": "it" is the thing told before (FNC-1
                       # body 1821, Audit 51 #12, key point 1 as "[I]t is likely ..."); only "likely that" is a dummy
                       # "it is unlikely to be ready" may mean the vaccine: only "that"/wh- clauses are sure
                       r"^It (?:will |would |could |may |might )?(?:takes?|took|costs?|cost) [^.]*?\bto \w+|"
                       r"^It (?:seems|seemed|appears|appeared) (?:that|as if|as though|likely|unlikely)\b", re.I)


# Coordinators that open a sentence as a connective with or without a comma ("But the deal ...").
_BARE_CONNECTIVES = frozenset({"but", "and", "so", "yet", "also", "still", "then", "instead", "meanwhile"})


def _is_connective(doc: Document, token: Token) -> bool:
    """A sentence-opening word that only links to what came before."""
    following = doc.tokens[token.i + 1] if token.i + 1 < len(doc.tokens) else None
    if following is None or following.text in ("-", "–") or (following.start == token.end
                                                              and following.text[:1].isalnum()):
        return False  # "So-called", "Also-ran": part of a word
    if following.text.lower() == "of":
        return False  # "Instead of being out ...": a preposition, whose loss reverses the sentence (Audit 13)
    if token.text.lower() in ("so", "still", "yet") and token.head == following.i and following.pos in ("ADV", "ADJ"):
        return False  # "So far, though, ...", "Still more ...": the word modifies the next one (Audit 15)
    return following.text == "," or token.text.lower() in _BARE_CONNECTIVES


def _named_surname(doc: Document, token: Token, actors: Sequence[Actor]) -> bool:
    """Whether an opening "Still" is the surname of a person the article names "Devon Still" ("Still again was
    cut ..."), not a connective: a verb follows it (actor_parties.surname_subject); "Still, the team ..." stays a
    connective (issue #11)."""
    if not surname_subject(doc, token):
        return False
    names = [actor.name for actor in actors if actor.label == "PERSON"]
    names += [e.text for e in doc.entities if e.label == "PERSON"]
    return any(len(words) > 1 and words[-1] == token.text for words in (clean_name(n).split() for n in names))


def _resolved(doc: Document, pronoun: Token, after: str) -> bool:
    """True when the source itself says whom the pronoun means, in brackets or apposition ("He [Wenger] has to",
    "He, Wenger, has to"): a repair would only add a second, perhaps wrong, name ("[Henry] [Wenger]", session 26)."""
    return after.lstrip().startswith(("[", "(")) or any(k.dep == "appos" for k in doc.children(pronoun))


def repair_opening(doc: Document, sentence: Sentence, actors: Sequence[Actor]) -> str | None:
    """The sentence with a dangling opening repaired in brackets; None if it cannot be.

    Returns the text unchanged when the opening is not dangling. Opening
    connectives ("But", "However,") are dropped and the next word's changed
    capital is bracketed; an opening pronoun is replaced by its referent.
    """
    text = sentence.text
    words = word_tokens(doc.sentence_tokens(sentence))
    if not words:
        return text
    k = 0
    # Only an adverb or conjunction is a connective: "Still, the deal ..." but not
    # "Still, 23, trains ..." where an age in apposition shows the word is a name. A repair
    # must not change the meaning (first reader audit, docs/audit.md): "So-called" is one
    # word, and "However markets go today" means "in whatever way" — an adverb like
    # "however" is a connective only when a comma follows it.
    while (k < len(words) - 2 and words[k].text.lower() in CONNECTIVES
           and words[k].pos in ("ADV", "CCONJ", "SCONJ") and not words[k + 1].like_num
           and _is_connective(doc, words[k]) and not _named_surname(doc, words[k], actors)):
        k += 1
    first = words[k]
    head = text[: words[0].start - sentence.start]  # an opening quotation mark stays
    start = first.start - sentence.start
    after = text[start + len(first.text) :]
    lower = first.text.lower()
    if lower == "it" and _DUMMY_IT.match(text[start:]):
        return text if k == 0 else f"{head}[I]t{after}"  # a dummy "It" points at nothing
    if lower in PRONOUNS:
        if lower in ("he", "she") and _resolved(doc, first, after):
            return text if k == 0 else f"{head}[{first.text[0].upper()}]{first.text[1:]}{after}"
        if lower in ("he", "she") or (lower in ("his", "her") and first.dep == "poss"):
            quoted = any(mark in head for mark in "\"“‘'") or quote_continuation(doc, sentence)
            name = _last_person(doc, sentence, actors, lower, doc.tokens[first.head].lemma.lower() in SAYING_LEMMAS,
                                _quote_voices(doc, sentence) if quoted else None)
            if name is not None and not quoted and unnamed_person_subject(doc, sentence.index, lower) \
                    and not _subject_named(doc, actors, sentence, name):
                return None  # "The late governor ... voters chose him over X. His widow": not X's (session 15)
            if name is not None and not quoted and nearer_unnamed_subject(doc, sentence, lower, name):
                return None  # "... A 23-year-old man was arrested. He has been told to return": not the victim's name
            if name is not None and not _only_candidate(doc, sentence, first, name, actors) \
                    and not (lower in ("his", "her") and _subject_named(doc, actors, sentence, name)):
                return None  # two people the pronoun can mean, or one who is not the name chosen: a guess (Audit 16)
            # A name the rest of the sentence uses for someone else ("He said Thomas is a
            # father of three", spoken by Thomas's lawyer) cannot be what the pronoun means.
            if name is None or re.search(rf"\b{re.escape(name)}\b", after):
                return None
            possessive = "" if lower in ("he", "she") else "'s"
            return f"{head}[{name}{possessive}]{after}"
        nxt = doc.tokens[first.i + 1] if first.i + 1 < sentence.token_end else None
        # "That year" or "this week" names a time only the sentence before gives: "[The] year"
        # would say nothing (fourth reader audit), so a time is never repaired.
        # "That story also proved to be fake!" after a sentence on another hoax: "[The] story" read as the
        # article's own (reader Audit 18), so the distal "that"/"those", which point at the thing just told
        # (often an aside), are left unrepaired; "These weapons" -> "[The] weapons" stays.
        if lower in ("this", "these") and first.dep == "det" and nxt is not None \
                and nxt.pos in ("NOUN", "ADJ") and nxt.head != first.i \
                and nxt.lemma.lower() not in TIME_NOUNS and nxt.ent_type not in ("DATE", "TIME"):
            return f"{head}[The]{after}"  # "These weapons" -> "[The] weapons", never "this comes"
        return None
    if k == 0:
        return text
    word = first.text
    if first.pos != "PROPN" and word[:1].islower():
        return f"{head}[{word[0].upper()}]{word[1:]}{after}"
    return head + text[start:]


def repair_sections(doc: Document, ctx: Context,
                    sections: Mapping[str, tuple[Candidate, ...]]) -> dict[str, tuple[Candidate, ...]]:
    """Repair or withhold dangling openings in the sections whose record asks for it."""

    def repair(candidate: Candidate, sentence: Sentence) -> Candidate | None:
        if candidate.item.text != sentence.text:
            return candidate  # already shortened or repaired by its analyzer
        if is_furniture(doc, sentence) or _needs_place(doc, sentence) or _fragment(doc, sentence):
            return None
        split = split_of(doc, sentence)  # "— ESPN is going to ...": the whole sentence or nothing (opening_splits)
        if split is not None:
            return _whole(doc, candidate, sentence, split) if split.whole else None
        text = repair_opening(doc, sentence, ctx.actors)
        return None if text is None else replace(candidate, item=replace(candidate.item, text=text))

    return rewrite_sections(doc, sections, lambda name: name in SECTIONS and SECTIONS.get(name).repair_openings,
                            repair)


def _whole(doc: Document, candidate: Candidate, sentence: Sentence, split: Split) -> Candidate:
    """The candidate showing the writer's whole sentence that ``sentence`` was cut from, citing every piece."""
    item = replace(candidate.item, text=whole_text(doc, split, sentence), citations=whole_citations(split, sentence))
    return replace(candidate, item=item)


# Nouns of a place that "the" points back to ("the city", "the state's attorney general"): shown alone,
# an item with one and no place of its own leaves the reader asking which (Audit 9).
_PLACE_NOUNS = frozenset("city town village state province capital".split())  # not "the region": often general
_PLACES = frozenset({"GPE", "LOC", "FAC", "NORP"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _needs_place(doc: Document, sentence: Sentence) -> bool:
    """Whether ``sentence`` speaks of "the city" or "the state" without naming any place itself."""
    tokens = doc.sentence_tokens(sentence)
    if any(t.ent_type in _PLACES for t in tokens):
        return False
    for t in tokens[1:]:
        before = doc.tokens[t.i - 1]
        after = doc.tokens[t.i + 1] if t.i + 1 < sentence.token_end else None
        if t.lemma.lower() in _PLACE_NOUNS and t.pos == "NOUN" and before.text.lower() == "the" \
                and not (after is not None and after.text.lower() == "of") and not _in_quote(doc, sentence, t):
            return True
    return False


def _in_quote(doc: Document, sentence: Sentence, token: Token) -> bool:
    """Whether ``token`` stands inside a quotation opened in its paragraph (a speaker's "the city" is
    the speaker's own reference, shown with the quotation)."""
    opening = next(s for s in doc.sentences if s.paragraph == sentence.paragraph)
    before = doc.article.text[opening.start : token.start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _fragment(doc: Document, sentence: Sentence) -> bool:
    """A line with no finite verb ("Possibly the worst flood to hit the valley."): a fact box's or
    caption's fragment whose subject is on the line before."""
    tokens = [t for t in doc.sentence_tokens(sentence) if t.pos != "PUNCT"]
    return len(tokens) >= MIN_STATEMENT_WORDS and not any(t.tag in _FINITE for t in tokens) \
        and not has_quote_mark(sentence.text) and not _contracted_has(tokens) and not _imperative(doc, sentence)


def _imperative(doc: Document, sentence: Sentence) -> bool:
    """Whether the line is an order to the one it addresses: its root a bare verb after the addressee and a comma or
    colon ("Hollywood parents, take note.", "Memo to the minister: think again."). A column's closing quip, whole
    without a finite verb (session 24, Audit 39 #12's close was withheld as a fragment). Not an order that opens the
    line: "Find all the latest transfers on our page." is a page's promotion (XSum row 8 closed on it)."""
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None or root.tag != "VB" or root.pos != "VERB" or root.i == sentence.token_start:
        return False
    return doc.tokens[root.i - 1].text in (",", ":")


def _contracted_has(tokens: list[Token]) -> bool:
    """Whether an "'s" the tagger read as a possessive is "has" before the main verb's participle ("From all
    appearances, the teenager's learned plenty." closed reader Audit 33 #11 and was withheld as a fragment)."""
    return any(t.tag == "POS" and after.tag == "VBN" and after.dep == "ROOT" for t, after in pairwise(tokens))
