"""Who a quotation belongs to when no cue of its own sentence says it (session 16, reader Audit 25 and the lead's
Newsroom reading). Three rules, each run by :mod:`newsbrief.nlp.attribution`:

**Relayed quotations.** The lead's Newsroom reading found a campaign committee's quotation of a radio host
unattributed (docs/benchmarks.md, "read by the lead", the media-criticism post). Two shapes:

- "The committee's statement quoted radio host Rick Dalton as saying that ...": the active frame "X quoted/cited Y
  as saying" makes Y the speaker of "saying" (the passive "Y was quoted as saying" is
  :func:`newsbrief.nlp.speakers.framed_speaker`'s). The parser often splits "radio host Rick Dalton" into an object
  "host" and a stranded name; the name is the speaker;
- "..., the committee wrote, citing Dalton's remark that the plan was ...": a body citing or quoting someone's
  remark (claim, words, comment ...) relays the that-clause as that person's words.

A body that cites a report ("citing a report that showed ...") keeps its claim: a document has no "'s" owner here,
and only the remark nouns below count.

**An owner named in the quotation's sentence.** A column quoted a resident ("'...,' one resident told me"), then
"Then there was Tony Hayward's 'I would like my life back'": with no speech verb framing the second quotation, the
speaker of the sentence before took it. A name in the possessive just before the quotation owns it, as do "in
Hayward's words, '...'" and "Hayward's remark that '...'": the possessor is the speaker, whatever was said before.
Only a name the tagger took for a person counts (a possessive body, "the company's 'engineered device'", names a
product, not a speech).

The rule runs before the quotation rule (:mod:`newsbrief.nlp.quote_speakers`), so a quotation it gives is covered
there and never handed to a nearby speaker. A quotation a speech verb already frames keeps its cue.

**A repeated quotation.** Pages print a pull quote, a short paragraph repeating a speaker's words in large type;
news copy taken off the web keeps it as a paragraph of its own. Reader Audit 25 found a Vatican spokesman's rebuke
to journalists, so repeated, given to Pope Paul VI, the person named near the pull quote. The words are the
spokesman's wherever they are printed again: a quotation whose words are (nearly) those of a quotation a cue
attributes elsewhere takes that attribution, unless a cue of its own sentence frames it (then someone is quoting the
same words, and says so).

"Nearly": the repeat may drop a clause or change a word ("There is a rule in journalism ..."), so the test is the
share of the repeat's words the attributed quotation holds, at least :data:`REPEAT_SHARE`, over a repeat of
:data:`MIN_REPEAT_WORDS` words or more (a short phrase, "we will win", is said by many).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from newsbrief.models import Attribution, Sentence, Token
from newsbrief.nlp.referents import _wrong_gender
from newsbrief.nlp.speech import MIN_CONTENT_TOKENS, _Doc, _stance

Resolve = Callable[[_Doc, int, int, Sentence], tuple[str | None, str | None]]
# Verbs by which one source passes on another's words.
RELAY_LEMMAS = frozenset({"quote", "cite"})
# Nouns that hold a person's words: "Dalton's remark that ...".
REMARK_NOUNS = frozenset("remark remarks comment comments words claim assertion statement warning suggestion "
                         "quip boast insistence observation".split())


def quoted_object(d: _Doc, host: Token) -> Token | None:
    """The object Y of an active "X quoted/cited Y as saying ...": the proper name the parser may have left
    beside a role noun ("quoted radio host Rick Dalton"), else the object itself; None for a passive frame."""
    tokens = d.doc.tokens
    if host.lemma.lower() not in RELAY_LEMMAS or host.tag == "VBN":
        return None
    kids = [tokens[c] for c in d.children.get(host.i, ())]
    obj = next((k for k in kids if k.dep in ("dobj", "obj") and k.pos in ("PROPN", "NOUN")), None)
    if obj is None:
        return None
    name = next((k for k in kids if k.pos == "PROPN" and k.dep in ("npadvmod", "appos", "dobj")
                 and k.left == obj.right + 1), None)
    return name or obj


def _that_clause(d: _Doc, noun: Token) -> Token | None:
    """The that-clause a remark noun holds ("remark that the plan was ...")."""
    tokens = d.doc.tokens
    for c in d.children.get(noun.i, ()):
        clause = tokens[c]
        if clause.dep in ("acl", "ccomp", "relcl") and any(
                tokens[m].dep == "mark" and tokens[m].text.lower() == "that" for m in d.children.get(c, ())):
            return clause
    return None


def cited_remarks(d: _Doc, speaker_of: Resolve) -> list[tuple[Sentence, Attribution]]:
    """ "citing Dalton's remark that ...": the that-clause as the owner's words (see the module docstring).
    ``speaker_of(d, first, last, sentence)`` resolves the owner's tokens to (speaker, role)."""
    tokens = d.doc.tokens
    found: list[tuple[Sentence, Attribution]] = []
    for sentence in d.doc.sentences:
        for verb in d.doc.sentence_tokens(sentence):
            if verb.lemma.lower() not in RELAY_LEMMAS or verb.pos != "VERB" or d.in_quote(verb.start):
                continue
            for c in d.children.get(verb.i, ()):
                noun = tokens[c]
                if noun.dep not in ("dobj", "obj") or noun.lemma.lower() not in REMARK_NOUNS:
                    continue
                owner = next((tokens[p] for p in d.children.get(noun.i, ()) if tokens[p].dep == "poss"
                              and tokens[p].pos == "PROPN"), None)
                clause = _that_clause(d, noun)
                if owner is None or clause is None:
                    continue
                speaker, role = speaker_of(d, owner.left, owner.i, sentence)
                start, end = _content(d, clause)
                content = d.text[start:end]
                found.append((sentence, Attribution(start, end, d.span_text(owner.left, owner.i), speaker, "person",
                                                    _stance("say", content, sentence.text), "speech",
                                                    noun.start, noun.end, role)))
    return found


def _content(d: _Doc, clause: Token) -> tuple[int, int]:
    """Character span of a that-clause without its "that" and end stop, widened to a quotation it opens."""
    tokens = d.doc.tokens
    first, last = clause.left, clause.right
    while first < last and (tokens[first].text.lower() == "that" or tokens[first].pos == "PUNCT"):
        first += 1
    while last > first and tokens[last].pos == "PUNCT" and tokens[last].text not in "\"”":
        last -= 1
    start, end = tokens[first].start, tokens[last].end
    for s, e in d.quotes:
        if s < end <= e or start <= s < end:
            return min(s, start), max(e, end)
    return start, end


# The words between a possessive name and the opening mark: "Hayward's ", "Hayward's famous ", "In Hayward's
# words, ", "Hayward's remark that ", "Nabil's favourite saying was " (Audit 26). Bounded, anchored at the end of
# the text before the mark.
_ADJECTIVES = (r"own|famous|infamous|notorious|now-famous|memorable|plaintive|immortal|favou?rite|best-known|"
               r"oft-repeated|constant")
_NOUNS = (r"words|remark|remarks|line|comment|comments|phrase|quip|plea|complaint|declaration|promise|vow|boast|"
          r"lament|question|retort|saying|motto|catchphrase|catch-phrase|mantra|credo|maxim|refrain")
_OWNED = re.compile(rf"['’]s(?: (?:{_ADJECTIVES}))?(?: (?:{_NOUNS}))?(?: that| were| was| is)?,?:?\s*$")
# "His favourite saying was '...'": a possessive pronoun owns the words only before a sayings noun and a copula,
# and only when one person can be meant (see _certain_owner).
_PRONOUN_OWNED = re.compile(rf"\b([Hh]is|[Hh]er) (?:(?:{_ADJECTIVES}) )?(?:{_NOUNS}) (?:was|were|is),?:?\s*$"
                            # "In his words: '...'", "In her own words, '...'" (Audit 29: an analyst's price
                            # forecast after "In his words:" went unattributed)
                            r"|\b[Ii]n ([Hh]is|[Hh]er)(?: own)? words,?:?\s*$")

_POSSESSIVE_END = re.compile(r"['’]s$")


def _owner_tokens(d: _Doc, sentence: Sentence, cut: int) -> tuple[int, int] | None:
    """Token span (first, last) of the person's name that ends at offset ``cut`` (just before "'s")."""
    tokens = [t for t in d.doc.sentence_tokens(sentence) if t.end <= cut]
    if not tokens or tokens[-1].end != cut:
        return None
    if tokens[-1].ent_type != "PERSON" and not (tokens[-1].pos == "PROPN" and any(
            e.label == "PERSON" and tokens[-1].text in e.text.split() for e in d.doc.entities)):
        # a surname or first name the tagger typed otherwise ("In Hayward's words", "Sami's favourite saying")
        # is the person named in full
        return None
    last = tokens[-1].i
    first = last
    while first - 1 >= tokens[0].i and d.doc.tokens[first - 1].ent_type == "PERSON":
        first -= 1
    return first, last


def owned_quotes(d: _Doc, known: list[tuple[Sentence, Attribution]],
                 resolve: Resolve) -> list[tuple[Sentence, Attribution]]:
    """Attributions of the quotations a possessive name owns (see the module docstring), for quotations no
    known attribution covers."""
    found: list[tuple[Sentence, Attribution]] = []
    for start, end in d.quotes:
        if len(d.text[start + 1 : end - 1].split()) < MIN_CONTENT_TOKENS or any(
                a.content_start <= start + 1 and end - 1 <= a.content_end for _, a in known):
            continue
        sentence = next((s for s in d.doc.sentences if s.start <= start < s.end), None)
        if sentence is None:
            continue
        owner = _owner(d, sentence, start, resolve)
        if owner is None:
            continue
        source, speaker, role = owner
        content = d.text[start:end]
        found.append((sentence, Attribution(start, end, source, speaker, "person",
                                            _stance("", content, sentence.text), "quote", None, None, role)))
    return found


def _owner(d: _Doc, sentence: Sentence, start: int, resolve: Resolve) -> tuple[str, str, str | None] | None:
    """(source text, speaker, role) of the possessive that owns the quotation opening at ``start``, or None."""
    match = _OWNED.search(d.text, sentence.start, start)
    span = _owner_tokens(d, sentence, match.start()) if match else None
    if span is None:
        pronoun = _PRONOUN_OWNED.search(d.text, sentence.start, start)
        word = (pronoun.group(1) or pronoun.group(2)) if pronoun else ""
        speaker = _certain_owner(d, sentence, pronoun.start(), word.lower()) if pronoun else None
        return (word, speaker, None) if pronoun and speaker else None
    speaker, role = resolve(d, span[0], span[1], sentence)
    if not speaker:
        return None
    speaker = _POSSESSIVE_END.sub("", speaker)  # the name without the "'s" that owns the words
    return d.span_text(*span), _full_name(d, speaker), role


def _full_name(d: _Doc, name: str) -> str:
    """The one person's full name a lone first name means in a tribute ("Sami" for "Sami Nabil"), else ``name``."""
    if " " in name:
        return name
    full = {e.text for e in d.doc.entities if e.label == "PERSON" and len(e.text.split()) > 1
            and e.text.split()[0] == name}
    return full.pop() if len(full) == 1 else name


def _certain_owner(d: _Doc, sentence: Sentence, at: int, pronoun: str) -> str | None:
    """The person "his"/"her" at offset ``at`` means when only one can be meant: exactly one person named
    (outside quotations) in the sentence before and this sentence up to the pronoun, of no other gender."""
    first = d.doc.sentences[sentence.index - 1].start if sentence.index > 0 else sentence.start
    names = {d.resolve_name(e.text) for e in d.doc.entities
             if e.label == "PERSON" and first <= e.start and e.end <= at and not d.in_quote(e.start)}
    if len(names) != 1:
        return None
    name = names.pop()
    return None if _wrong_gender(d, name, "he" if pronoun == "his" else "she") else name


_WORD = re.compile(r"[\w']+")
# Tuned on the session 16b cases: a pull quote that drops a clause keeps 100% of its words in the original; two
# speakers' different sentences on one topic share well under half of theirs.
REPEAT_SHARE = 0.8
MIN_REPEAT_WORDS = 6


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _own_cue(sentences: list[Sentence], attribution: Attribution) -> bool:
    """Whether the attribution's cue lies in the repeat's own sentence (a speaker quoting it anew)."""
    cue = attribution.cue_start
    return cue is not None and any(s.start <= cue < s.end for s in sentences) and not (
        attribution.content_start <= cue < attribution.content_end)


def _original(d: _Doc, start: int, end: int, found: list[tuple[Sentence, Attribution]]) -> Attribution | None:
    """The first cue-framed attribution elsewhere whose quotation holds the words of d.text[start:end]."""
    words = _words(d.text[start:end])
    if len(words) < MIN_REPEAT_WORDS:
        return None
    for _, a in found:
        if a.cue_start is None or a.speaker is None or a.voice == "reporter" \
                or (a.content_start < end and start < a.content_end):
            continue
        held = _words(d.text[a.content_start : a.content_end])
        if len(words & held) >= REPEAT_SHARE * len(words) and len(held) >= MIN_REPEAT_WORDS:
            return a
    return None


def repeated_quotes(d: _Doc, found: list[tuple[Sentence, Attribution]]) -> list[tuple[Sentence, Attribution]]:
    """``found`` with each repeated quotation given its original's source (see the module docstring)."""
    fixed = list(found)
    for start, end in d.quotes:
        sentences = [s for s in d.doc.sentences if s.start < end and start < s.end]
        if not sentences:
            continue
        covering = [k for k, (_, a) in enumerate(fixed) if a.content_start <= start + 1 and end - 1 <= a.content_end]
        if any(_own_cue(sentences, fixed[k][1]) for k in covering):
            continue
        original = _original(d, start, end, fixed)
        if original is None:
            continue
        for k in covering:
            if fixed[k][1].speaker != original.speaker:
                fixed[k] = (fixed[k][0], replace(fixed[k][1], source_text=original.source_text,
                                                 speaker=original.speaker, voice=original.voice, role=original.role))
        if not covering:
            fixed.append((sentences[0], replace(original, content_start=start, content_end=end, kind="quote",
                                                cue_start=None, cue_end=None)))
    return sorted(fixed, key=lambda pair: pair[1].content_start)
