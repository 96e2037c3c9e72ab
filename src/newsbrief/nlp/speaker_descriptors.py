"""Whom a describing noun phrase with "the" means: "The New Zealander also said ...", '"...," the 34-year-old said',
"the Scot added", "the former minister said".

Sports and news writers name a person once and then, to vary the text, call the same person by a nationality, an
age or a past office. Shown as written, the speaker of the brief is "New Zealander" (the lead's reading of XSum row
140: a coach's preview filed a line under a speaker "New Zealander", the coach named in the sentence before). Such a
descriptor is an anaphor for the person named just before whom it describes. The text rarely says outright that
the coach is a New Zealander, so the rule takes the descriptor to mean the one person named in the sentences just
before (DESCRIPTOR_REACH); when two or more people are named there, any choice is a guess and the phrase is left as
written (a wrong name is worse than a vague one, Audit 16).

The descriptors read are the ones that cannot name a body or an office on their own:

- a nationality or demonym ("the Scot", "the Briton", "the New Zealander", "the Frenchman", a NORP-tagged
  "the Australian");
- an age ("the 34-year-old");
- "the former" + a person noun ("the former minister"): a past office, held by the person named before; the bare
  "the minister" is left to the role rules (referents), which know which office holder the text names.
"""

from __future__ import annotations

import re

from newsbrief.models import Sentence, Token
from newsbrief.nlp.referents import _PERSON_NOUNS
from newsbrief.nlp.speech import _clean, _Doc

__all__ = ["DESCRIPTOR_REACH", "aged_person", "based_body", "descriptor_referent"]

# How many sentences before the descriptor's own are searched for the person it means (the brief: "named in the
# previous 3 sentences"; XSum row 140 names the coach in the sentence right before).
DESCRIPTOR_REACH = 3

_AGE = re.compile(r"^\d{1,3}-year-old$")
# Demonyms the NER model often leaves untagged or tags a body ("The New Zealander": ORG in row 140); a NORP tag
# covers the regular ones ("the Australian", "the Brazilian").
_DEMONYMS = frozenset({
    "scot", "scotsman", "scotswoman", "briton", "brit", "dane", "swede", "finn", "pole", "turk", "kiwi", "aussie",
    "frenchman", "frenchwoman", "englishman", "englishwoman", "irishman", "irishwoman", "welshman", "welshwoman",
    "dutchman", "dutchwoman", "spaniard", "argentine", "filipino", "yankee", "cornishman", "manxman", "swiss",
})
# Endings of a demonym written as one capitalised word: "New Zealander", "Icelander", "Newfoundlander".
_LANDER = re.compile(r"^[A-Z][a-z]*lander$")


def _is_descriptor(words: list[Token]) -> bool:
    """Whether ``words`` (the phrase without its "the") is a nationality, an age or "former" + a person noun."""
    head = words[-1]
    if head.tag in ("NNS", "NNPS"):
        return False  # "the Allies", "the Soviets": a people or a side, not the one person named before
    if len(words) == 1 and _AGE.match(head.text):
        return True
    if len(words) == 2 and words[0].text.lower() == "former" and head.lemma.lower() in _PERSON_NOUNS:
        return True
    if not head.text[:1].isupper() or len(words) > 2:
        return False
    if len(words) == 2 and words[0].text != "New":  # "the New Zealander"; not "the Welsh Government"
        return False
    return head.ent_type == "NORP" or head.text.lower() in _DEMONYMS or bool(_LANDER.match(head.text))


def _person_like(d: _Doc, speaker: str) -> bool:
    """Whether a sentence's speaker is a person by its name: a person entity's word, or a capitalised last word
    after a lowercase role ("Wales coach Gatland"), not a body's noun ("Kurdish officials", "the ministry")."""
    words = speaker.split()
    if not words or not words[-1][:1].isupper():
        return False
    if words[-1] in d.person_words:
        return True
    return len(words) >= 2 and words[-2].lower() in _PERSON_NOUNS and words[-2].islower()


def _surname(name: str) -> str:
    return name.split()[-1].lower() if name.split() else ""


def _people_in(d: _Doc, index: int, before: int) -> dict[str, str]:
    """The people named (outside quotations) in sentence ``index`` before offset ``before``, or who spoke in it:
    {surname: the fullest name}."""
    sentence = d.doc.sentences[index]
    names: list[str] = [e.text for e in d.doc.entities if e.label == "PERSON" and sentence.start <= e.start
                        and e.end <= min(before, sentence.end) and not d.in_quote(e.start)]
    source = d.sources.get(index)
    # a person who spoke there, however the NER model typed the name ("Wales coach Gatland", tagged a body)
    if source is not None and source.speaker and source.voice in ("person", "organisation") \
            and _person_like(d, source.speaker):
        names.append(source.speaker)
    people: dict[str, str] = {}
    for name in names:
        resolved = d.resolve_name(_clean(name)) or _clean(name)
        key = _surname(resolved)
        if key and len(resolved) >= len(people.get(key, "")):
            people[key] = resolved
    return people


def _people_before(d: _Doc, sentence: Sentence, before: int) -> dict[str, str]:
    """The people of the nearest sentence that names any, from ``sentence`` itself (before offset ``before``) back
    over the DESCRIPTOR_REACH sentences before it: the descriptor means someone just named, and a team list
    three sentences up does not make the coach named in the sentence before ambiguous."""
    for index in range(sentence.index, max(-1, sentence.index - DESCRIPTOR_REACH - 1), -1):
        people = _people_in(d, index, before)
        if people:
            return people
    return {}


# "John Smith, 34," "John Smith, aged 34," "John Smith (34)": the age a text gives a person right after the name.
_GIVEN_AGE = re.compile(r"\s*(?:,\s*(?:aged\s+)?|\(\s*)(\d{1,3})\b(?!-)")
_AGE_NUMBER = re.compile(r"^(\d{1,3})-year-old$")


def aged_person(d: _Doc, age: str, before: int) -> str | None:
    """The one person the text gives age ``age`` before offset ``before`` (the session 18 review: '"...," the
    34-year-old said' after "John Smith, 34, admitted ..." and a judge named in between is Smith, not the judge)."""
    names = {d.resolve_name(_clean(e.text)) or _clean(e.text) for e in d.doc.entities
             if e.label == "PERSON" and e.end < before
             for m in [_GIVEN_AGE.match(d.text, e.end)] if m is not None and m.group(1) == age}
    return next(iter(names)) if len(names) == 1 else None


def descriptor_referent(d: _Doc, first: int, last: int, sentence: Sentence) -> str | None:
    """The one person a "the" + descriptor source first..last means ("The New Zealander" -> the coach named just
    before), None when the phrase is no descriptor or no single person fits."""
    tokens = d.doc.tokens
    if tokens[first].text.lower() != "the" or last <= first:
        return None
    if (body := based_body(d, first, last, sentence)) is not None:
        return body  # "the Oslo-based group": the firm that spoke just before
    words = [t for t in tokens[first + 1 : last + 1] if t.pos != "PUNCT"]
    # the tokenizer splits an age at its hyphens ("34 - year - old")
    if not words or not (_AGE.match(d.span_text(first + 1, last).replace(" ", "")) or _is_descriptor(words)):
        return None
    age = _AGE_NUMBER.match(d.span_text(first + 1, last).replace(" ", ""))
    if age is not None:
        aged = aged_person(d, age.group(1), tokens[first].start)
        if aged is not None:
            return aged
    people = _people_before(d, sentence, tokens[first].start)
    if len(people) != 1:
        return None
    return next(iter(people.values()))


# "the Swiss-based group", "the Oslo-based firm": a body described by its seat, which a writer uses to vary the name
# of the firm that spoke just before (Audit 43 #1: shown as written, a reader cannot tell which of two rival firms it
# is, and a later "it said" took the descriptor instead of the firm that opened its own turn).
_BASED = re.compile(r"^(?:[A-Z][\w.]*\s*)+-\s*based\s+(?:group|firm|company|contractor|operator|giant|maker|"
                    r"bank|insurer|carrier|retailer|supplier|conglomerate)$")


def based_body(d: _Doc, first: int, last: int, sentence: Sentence) -> str | None:
    """The named organisation a "the X-based group" source first..last means: the nearest one that spoke in the
    sentences just before (DESCRIPTOR_REACH); None when none did."""
    tokens = d.doc.tokens
    if tokens[first].text.lower() != "the" or not _BASED.match(d.span_text(first + 1, last)):
        return None
    for index in range(sentence.index - 1, max(-1, sentence.index - DESCRIPTOR_REACH - 1), -1):
        source = d.sources.get(index)
        # a firm the model typed as a person is still named by one word ("Transocean"); a person rarely is
        if source is not None and source.speaker and source.speaker[:1].isupper() \
                and (source.voice == "organisation" or (source.voice == "person" and " " not in source.speaker)):
            return source.speaker
    return None
