"""Who may be a speaker (issue #11, Audit 12's misattributions): the agent of a passive cue, a name
after an inverted verb, never an abstract noun, and never the author's gloss appended to a party's words.

A speaker is a person, an organisation, a document or an unnamed source. The audit found a passive's
subject ("Pictures of the boss ... are described by X as") and a mass noun ("But experience shows")
made speakers, a name after an inverted verb ('"...," offered host and attorney X') missed, and an
author's "- in other words, ..." filed as the party's own expectation. Rules over the dependency parse
in :class:`~newsbrief.nlp.speech._Doc` (no model of its own); imported by :mod:`newsbrief.nlp.speech`
and :mod:`newsbrief.nlp.quote_speakers`, so it needs ``_Doc`` for typing only.

Also, from speech_phrases (folded in here, session 16): what a source phrase may be: a noun phrase (head and
modifiers), never a clause (session 16).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from newsbrief.models import Attribution, Document, Sentence, Token

if TYPE_CHECKING:
    from newsbrief.nlp.speech import _Doc


# What a newspaper prints as its own voice: "The Sun's front page", "the Independent's leader" speak for the paper.
PRESS_PAGE_NOUNS = frozenset({"page", "leader", "editorial", "column", "headline", "splash", "comment", "cover"})


def paper_of(d: _Doc, token: Token) -> Token:
    """The paper a page noun belongs to ("The Sun's front page" -> Sun), else ``token`` itself: a press review's
    "... ,' it warns" after "The Sun's front page is gloomier" is the Sun's (reader Audit 27)."""
    if token.lemma.lower() not in PRESS_PAGE_NOUNS:
        return token
    tokens = d.doc.tokens
    owner = next((tokens[c] for c in d.children.get(token.i, ()) if tokens[c].dep == "poss"), None)
    return owner if owner is not None and owner.pos == "PROPN" else token


def passive_agent(d: _Doc, verb: Token) -> Token | None:
    """The "by X" of a passive cue ("described by X as", "defined by X as"): who speaks, whatever the
    parser made the passive's subject (Audit 12: "Pictures of the boss" made the speaker). An active verb
    with no subject of its own, joined to a passive one, shares the passive's subject: "The Independent's
    leader is headed '...' and says: '...'" is the leader's (reader Audit 27; "the trustees were not told"
    itself stays no speaker)."""
    tokens = d.doc.tokens
    if verb.dep == "conj" and verb.tag in ("VBZ", "VBP", "VBD") and verb.head != verb.i \
            and not any(tokens[c].dep in ("nsubj", "nsubjpass") for c in d.children.get(verb.i, ())):
        shared = next((tokens[c] for c in d.children.get(verb.head, ()) if tokens[c].dep == "nsubjpass"), None)
        if shared is not None:
            return shared
    if any(tokens[c].dep == "mark" for c in d.children.get(verb.i, ())):
        return None  # "as first reported by Popwire": the as-report rule reads a channel cited
    for child in d.children.get(verb.i, ()):
        if tokens[child].dep == "agent":
            return next((tokens[c] for c in d.children.get(child, ()) if tokens[c].dep == "pobj"), None)
    return None


def abstract_subject(d: _Doc, subject: Token, speaker_nouns: frozenset[str]) -> bool:
    """ "experience shows", "history suggests": a bare common noun (no article, possessive or number,
    no name) that names no kind of speaker; its sentence is the writer's or the quoted speaker's."""
    if subject.pos != "NOUN" or subject.ent_type or subject.tag != "NN":
        return False
    if subject.lemma.lower() in speaker_nouns or subject.text.lower() in speaker_nouns:
        return False
    kids = [d.doc.tokens[c] for c in d.children.get(subject.i, ())]
    return not any(k.dep in ("det", "poss", "nummod", "compound", "amod") for k in kids)


def gerund_noun(d: _Doc, token: Token) -> Token:
    """The noun a gerund ``token`` was parsed as taking for its object right after it ("hunting companion": the
    companion), which in a speaker's phrase is the phrase's real head; ``token`` itself otherwise."""
    tokens = d.doc.tokens
    if token.tag != "VBG" or token.i + 1 >= len(tokens):
        return token
    noun = tokens[token.i + 1]
    return noun if noun.head == token.i and noun.dep in ("dobj", "obj") and noun.pos == "NOUN" else token


def inverted_name(d: _Doc, sentences: Sequence[Sentence], start: int, end: int,
                  cues: frozenset[str]) -> tuple[int, int, Token, Sentence] | None:
    """ '"...," offered union lawyer and host Dana Whitfield.': the words after the verb that follows
    the quotation, up to a person's name ending them, as (first, last, verb, sentence) token indexes."""
    sentence = next((s for s in sentences if s.start < end <= s.end), None)
    if sentence is None:
        return None
    after = [t for t in d.doc.sentence_tokens(sentence) if t.start >= end and t.pos != "PUNCT"]
    if len(after) < 2 or d.text[end : after[0].start].strip(" ,") or after[0].pos != "VERB" \
            or after[0].lemma.lower() not in cues:
        return None
    rest = after[1:]
    names = [i for i, t in enumerate(rest) if t.ent_type == "PERSON" and t.pos == "PROPN"]
    if not names or any(t.pos in ("VERB", "AUX", "ADP") for t in rest[: names[0]]):
        return None  # the name must follow the verb as its phrase, not in a later clause
    last = names[0]
    while last + 1 < len(rest) and rest[last + 1].ent_type == "PERSON":
        last += 1
    # "Kerr's veteran hunting companion" parsed with "hunting" a verb: its object is the phrase's noun (session 30)
    owned = gerund_noun(d, d.doc.tokens[rest[last].head])
    if rest[last].dep == "poss" and owned.i > rest[last].i and owned.pos == "NOUN":
        # '"...," says Swift's hunting companion': the companion speaks, not the man who owns him (the
        # lead's reading split a line between the two)
        return rest[0].i, owned.i, after[0], sentence
    return rest[0].i, rest[last].i, after[0], sentence


def colon_name(d: _Doc, sentences: Sequence[Sentence], start: int,
               cues: frozenset[str]) -> tuple[int, int, Token, Sentence] | None:
    """ 'a campaign in which Tomas Brandt pledges: "..."': a person's name and a cue word right before the
    colon that opens the quotation, whatever the parser made of the cue (it read "Brandt pledges" as a
    compound noun, and the quotation went to the company named first: Audit 12)."""
    sentence = next((s for s in sentences if s.start <= start < s.end), None)
    if sentence is None or not d.text[sentence.start : start].rstrip().endswith(":"):
        return None
    before = [t for t in d.doc.sentence_tokens(sentence) if t.end <= start and t.text != ":"]
    if len(before) < 2:
        return None
    cue = before[-1]
    word = cue.text.lower()
    if cue.lemma.lower() not in cues and word.removesuffix("s") not in cues and word.removesuffix("es") not in cues:
        return None
    last = _before_place(d, before, len(before) - 2)
    # "in which Hayward pledges:": a surname the model tagged a place is a person when the text names
    # that person in full elsewhere (Audit 12, round 2)
    if not _named(d, before[last]):
        return None
    first = last
    while first > 0 and _named(d, before[first - 1]):
        first -= 1
    return before[first].i, before[last].i, cue, sentence


def opening_name(d: _Doc, sentences: Sequence[Sentence], start: int,
                 cues: frozenset[str]) -> tuple[int, int, Token, Sentence] | None:
    """ 'KQED950 tweets, "..."': a sentence that is only a name, a cue word and a comma or colon before the
    quotation, whatever the parser made of the cue. The parser often reads a station's call sign and "tweets"
    as one plural noun phrase, so no verb frames the quotation and it fell to the outlet quoted in the sentence
    before (Audit 52 #11, "WWJ950 tweets, ..."; the variants "KQED950", "WWJ 950" in tests/nlp). The name
    may be any proper noun or call sign (a station or account speaks, not only a person); it must open the
    sentence, so nothing else in it can be the speaker."""
    sentence = next((s for s in sentences if s.start <= start < s.end), None)
    if sentence is None or not d.text[sentence.start : start].rstrip().endswith((",", ":")):
        return None
    before = [t for t in d.doc.sentence_tokens(sentence) if t.end <= start and t.pos != "PUNCT"]
    if not 2 <= len(before) <= 5:
        return None
    cue, name = before[-1], before[:-1]
    word = cue.text.lower()
    if cue.lemma.lower() not in cues and word.removesuffix("s") not in cues and word.removesuffix("es") not in cues:
        return None
    if word == cue.lemma.lower() and not word.endswith("s"):
        return None  # "Reporters say," is a plural's verb, read by the cue rules; only a name's "-s" form here
    if not all(t.pos == "PROPN" or _CALL_SIGN.fullmatch(t.text) or (t.like_num and k > 0)
               for k, t in enumerate(name)):
        return None
    return name[0].i, name[-1].i, cue, sentence


# A broadcaster's call sign or a handle ("WWJ950", "KQED", "WWJ 950"'s "WWJ", "@jmolinet"), whatever its tag.
_CALL_SIGN = re.compile(r"@\w{2,}|(?=\w*\d)[A-Z][A-Z0-9]{2,}|[A-Z]{3,}")


# Prepositions of a place written between a speaker's name and the cue ("Jane Roe in Townsville tweets:").
_PLACE_PREPOSITIONS = frozenset({"in", "from", "at"})


def _before_place(d: _Doc, before: Sequence[Token], last: int) -> int:
    """The index in ``before`` of the name's last word when "in/from/at PLACE" stands between the name and the
    cue (a live page's "Jane Roe in Townsville tweets:", reader Audit 17), else ``last`` unchanged."""
    k = last
    while k > 0 and before[k].pos == "PROPN" and before[k].ent_type in ("GPE", "LOC", "FAC"):
        k -= 1
    if k < last and k > 0 and before[k].text.lower() in _PLACE_PREPOSITIONS and _named(d, before[k - 1]):
        return k - 1
    return last


def _named(d: _Doc, token: Token) -> bool:
    """A person's name: so tagged, or a proper noun the text uses in a person's name elsewhere."""
    return token.pos == "PROPN" and (token.ent_type == "PERSON" or token.text in d.person_words)


def in_which_person(d: _Doc, pronoun: Token) -> str | None:
    """ "an interview with Brandt in which he admits ...": the person the clause's noun is "with" (or the
    person the clause hangs from), not the subject of the sentence before (Audit 12: "he" made the
    company that was that sentence's subject)."""
    tokens = d.doc.tokens
    verb = tokens[pronoun.head]
    if verb.dep != "relcl" or verb.head == verb.i:
        return None
    noun = tokens[verb.head]
    if not any(tokens[c].dep == "prep" and tokens[c].i < pronoun.i for c in d.children.get(verb.i, ())):
        return None  # only "in which he", "during which she": a clause about the thing, not "who said"
    if _named(d, noun):
        person: Token | None = noun
    else:
        withs = [tokens[c] for c in d.children.get(noun.i, ()) if tokens[c].dep == "prep" and tokens[c].text == "with"]
        if not withs and noun.ent_type in ("DATE", "TIME"):
            # the parser hung the clause on a date ("an interview with Rosenberg earlier in November in which
            # she said", FNC-1 1690): the noun it is about is the one "with" a person before it
            withs = [t for t in tokens[max(0, pronoun.i - 25) : pronoun.i] if t.text == "with"
                     and t.dep == "prep" and tokens[t.head].pos == "NOUN"][-1:]
        person = next((tokens[c] for w in withs for c in d.children.get(w.i, ())
                       if tokens[c].dep == "pobj" and _named(d, tokens[c])), None)
    if person is None:
        return None
    first = person.i
    while _named(d, tokens[first - 1]):
        first -= 1
    return d.resolve_name(d.span_text(first, person.i))


# Verbs of how someone looks: their subject is the one described, not a source.
_LOOKS = frozenset("appear seem look sound".split())


def described_look(d: _Doc, lemma: str, start: int, end: int) -> bool:
    """ '... arrived, appearing "flushed but walking"', "appeared 'tired' at the briefing": a look verb
    whose content is a quotation or a phrase, not a clause, describes its subject; the words are the
    witness's who tells it (Audit 12: a patient's description given to the man described)."""
    if lemma not in _LOOKS:
        return False
    first = next((t for t in d.doc.tokens if t.start >= start), None)
    return d.in_quote(start) is not None or d.text[start] in "\"“'‘" or (first is not None and first.pos == "ADP")


# The author's restatement after a dash: "- in other words, the truce could be ignored".
_GLOSS = re.compile(r"\s[-–—]+\s*(?:in other words|that is to say|put another way|put simply|in effect)\b", re.I)


def trim_gloss(text: str, attribution: Attribution) -> Attribution:
    """``attribution`` without the author's gloss appended to its content after a dash (Audit 12: the
    author's "in other words, the ceasefire could be discarded" filed as the government's expectation)."""
    match = _GLOSS.search(text, attribution.content_start, attribution.content_end)
    if match is None or match.start() <= attribution.content_start:
        return attribution
    inside = text[attribution.content_start : match.start()]
    if inside.count('"') % 2 or inside.count("“") != inside.count("”"):
        return attribution  # the dash is inside the party's own quotation: its words, not the author's
    return replace(attribution, content_end=match.start())


# Words that count people rather than name them ("many of them migrant workers"). Audit 13: "nearly 250,000
# people, many of them poor migrant workers who ..., the U.N. refugee agency said" gave the figure to "many".
_COUNTING = frozenset("many most some all several few half both none one two three dozens hundreds thousands".split())
_BACK_PRONOUNS = frozenset({"them", "whom", "those", "these"})


def counted_aside(d: _Doc, verb: Token, subject: Token) -> Token | None:
    """The verb's real subject when ``subject`` is a count set off by a comma that describes the people
    just counted ("80,000 people, many of them farm workers who ..., the agency said": the agency), or
    None. The count must refer back ("of them", "of whom") or carry an apposition, and another subject of
    the same verb must follow it: "Many of the villagers said ..." keeps its speaker."""
    tokens = d.doc.tokens
    # the count is the subject ("many ... workers" as its apposition) or its first word ("most" over "workers")
    count = tokens[subject.left]
    if count.text.lower() not in _COUNTING and not count.like_num:
        return None
    if subject.left == 0 or tokens[subject.left - 1].text != ",":
        return None
    kids = [tokens[c] for c in d.children.get(count.i, ())]
    back = any(k.text.lower() == "of" and any(tokens[g].text.lower() in _BACK_PRONOUNS for g in d.children.get(k.i, ()))
               for k in kids)
    if not back and not any(k.dep == "appos" for k in kids):
        return None
    later = [tokens[c] for c in d.children.get(verb.i, ()) if tokens[c].dep == "nsubj" and tokens[c].i > subject.right]
    return later[0] if later else None


# First-person words that make the writer the speaker of a quotation they frame ("I thought at once, '...'").
_WRITER_WORDS = frozenset({"i"})


def writer_speaker(d: _Doc, attribution: Attribution, author: str | None) -> Attribution:
    """``attribution`` with the writer as the speaker when it is a quotation the writer frames in the first
    person outside any quotation ('I thought at once, "Wait a minute ..."', 'I asked myself, "Why ...?"'):
    the byline's ``author`` when known, else "the writer". Audit 13 found such a first-person essay's own
    questions printed *unattributed*. An "I" inside someone's quotation is that person's, and is left."""
    if attribution.kind != "quote" or (attribution.source_text or "").lower() not in _WRITER_WORDS:
        return attribution
    if attribution.cue_start is not None and d.in_quote(attribution.cue_start):
        return attribution
    return replace(attribution, speaker=author or "the writer")


# Question words that open an embedded clause ("where the team played ...", "which the club owns ...").
_WH_TAGS = frozenset({"WRB", "WDT", "WP"})
# Marks that close a clause set into a sentence ("- where the team played the Vikings - while chanting").
_CLOSERS = frozenset({"-", "—", "–", "--", ","})


def past_embedded(d: _Doc, verb: Token) -> Token:
    """The clause a participle ``verb`` ("while chanting", "saying") hangs from, past a wh-clause set off before it:
    "Protesters marched around the stadium - where the team played the Vikings - while chanting, '...'" parsed
    with "chanting" on "played" means the protesters chant, not the team (PolNeAR dev: a chant given to a
    football club after the voiced-verb cues of session 15)."""
    tokens = d.doc.tokens
    head = tokens[verb.head]
    if _adds_to_report(d, verb, head):
        return tokens[head.head]
    embedded = head.dep in ("relcl", "advcl", "ccomp") and head.head != head.i and any(
        tokens[c].tag in _WH_TAGS and c < head.i for c in d.children.get(head.i, ()))
    if embedded and any(tokens[i].text in _CLOSERS for i in range(head.i + 1, verb.i)):
        return tokens[head.head]
    return head


def _adds_to_report(d: _Doc, verb: Token, head: Token) -> bool:
    """ "A spokesman said the agency was checking the houses, adding: '...'": the parser hangs "adding" on the
    reported clause, but who adds is who reports, not the body the report is about (Audit 47, 48.3: the
    spokesman's words went to the health agency). A reported clause that is itself speech ("said the agency
    warned ..., adding") may be the agency's own addition, so it keeps the parse."""
    tokens = d.doc.tokens
    return verb.lemma.lower() == "add" and verb.tag == "VBG" and head.dep == "ccomp" and head.head != head.i \
        and tokens[head.head].lemma.lower() in _REPORTING and head.lemma.lower() not in _SPOKEN_CLAUSES


# Verbs whose reported clause a trailing "adding" leaves (_adds_to_report); and verbs of speech inside that
# clause, which make its subject a speaker who may be the one adding.
_REPORTING = frozenset("say tell explain confirm insist state".split())
_SPOKEN_CLAUSES = frozenset("say tell warn add note argue insist claim state explain announce declare write "
                            "confirm deny".split())


# ---------------------------------------------------------------- What a source phrase may be
# What a source phrase may be: a noun phrase (head and modifiers), never a clause (session 16). Two shapes the
# attribution stage read wrongly on the lead's Newsroom readings (docs/benchmarks.md, "read by the lead", the
# pipeline ruling): - "Those" alone names nobody: its participle or relative clause says who they are ("those
# seeking to halt construction", "those who live downstream"), so the phrase keeps it, up to MAX_DESCRIBED_GROUP
# tokens; - a copy that lost its link words ("... sacred sites., has predicted the project would ...") leaves a
# whole sentence parsed as the cue's subject: a subject headed by a finite or bare verb with a subject of its own,
# or one that runs over a sentence's end stop, is a clause and no source. A gerund ("Polling shows ...") is a noun
# phrase and stays.

# Words that need their clause to name anyone.
_BARE_GROUPS = frozenset({"those"})
# Tokens of "those" with its clause: "those seeking to halt construction" is five, "those who have lived near the
# river" seven; a longer one reads as a sentence of its own (tuned on this module's tests).
MAX_DESCRIBED_GROUP = 8
# Verbs of a solemn or staged voice that introduce words only before a quotation or a colon ('A voice pronounced,
# "..."', "The recording intoned: ..."); elsewhere they do not ("pronounced dead", "her name is pronounced ...").
FRAMES = frozenset("pronounce intone proclaim boom thunder exclaim".split())
_CLAUSE_TAGS = frozenset({"VB", "VBD", "VBP", "VBZ"})
_END_STOPS = frozenset({".", "!", "?"})


def described_group(subject: Token) -> bool:
    """True for a bare "those" whose modifiers say who they are, short enough to be a phrase."""
    return subject.lemma.lower() in _BARE_GROUPS and subject.right > subject.i \
        and subject.right - subject.left < MAX_DESCRIBED_GROUP


def clause_subject(tokens: Sequence[Token], subject: Token, first: int, last: int, kids: Sequence[int]) -> bool:
    """True when the cue's subject (tokens ``first``..``last``, headed by ``subject``, whose dependents are ``kids``)
    is a clause, not a phrase: a verb with a subject of its own. A name the tagger read as a verb ("Trump this week
    also said ...", PolNeAR dev) has none and stays a source."""
    if subject.pos in ("VERB", "AUX") and subject.tag in _CLAUSE_TAGS \
            and any(tokens[k].dep in ("nsubj", "nsubjpass") for k in kids):
        return True
    return any(t.text in _END_STOPS and t.pos == "PUNCT" for t in tokens[first : last + 1])


# A relative pronoun after a comma opens a clause that describes the speaker ("Bill Jacobson and Dave Ulrich, who
# co-founded the company"): it is no part of the speaker's name or role.
_RELATIVE_OPENERS = frozenset({"who", "whom", "whose", "which"})


def relative_cut(tokens: Sequence[Token], first: int, last: int) -> int:
    """The last token of a source phrase first..last before a ", who ..." clause inside it. The parser splits a
    hyphenated verb ("co-founded") and hangs its pieces on different heads, so the span a subtree gives can end
    inside the clause (reader Audit 25: the role "who co"); the comma and the pronoun are where it starts."""
    for k in range(first + 1, last):
        if tokens[k].text == "," and tokens[k + 1].text.lower() in _RELATIVE_OPENERS:
            return k - 1
    return last


# Session 19b (the lead's XSum row 51: "Beijing claims a U-shaped swathe of the South China Sea" lost its entry): a
# state's claim to territory is its stated position (*says*), unlike a neighbourhood that "claims" a map's area. The
# claimant must be a state (a country or capital the model types GPE, or a government's noun) and what it claims an
# area (a place the model types, or a word of territory, in the object or its "of" phrase).
_STATES = frozenset("government state country nation kingdom republic regime administration".split())
_TERRITORY = frozenset("territory island islands islet sea waters sovereignty region province border frontier land "
                       "reef reefs shelf peninsula archipelago enclave coast coastline airspace".split())


def _area(doc: Document, token: Token) -> bool:
    """Whether ``token`` or a word of its "of" phrase is a place or a word of territory."""
    words = [token] + [g for k in doc.children(token) if k.dep == "prep" and k.text.lower() == "of"
                       for p in doc.children(k) if p.dep == "pobj" for g in [p, *doc.children(p)]]
    return any(w.ent_type in ("GPE", "LOC") or w.lemma.lower() in _TERRITORY for w in words)


def claims_territory(doc: Document, cue: Token) -> bool:
    """Whether "claim" ``cue`` is a state's claim to an area (see _STATES, _TERRITORY)."""
    if cue.lemma.lower() != "claim":
        return False
    kids = doc.children(cue)
    state = any(k.dep == "nsubj" and (k.ent_type == "GPE" or k.lemma.lower() in _STATES) for k in kids)
    return state and any(k.dep == "dobj" and _area(doc, k) for k in kids)
