"""Names the model typed as the wrong kind of actor (reader Audit 47, docs/audit.md 48.2 Actors).

- An **outlet typed as a person**: a newspaper, channel or blog named as a source ("the daily NAME reported", "NAME
  television said", "the NAME Blog"). An outlet is an organisation, and as a source of the story it is no actor
  (``actors._is_actor``); a person is never written with a medium's word right next to the name.
- A **disease typed as an organisation**: every mention stands in a disease's context ("infected with NAME", "an
  outbreak of NAME", "NAME fever", "a vaccine against NAME"). Every mention, not one: a health body named in such a
  phrase once ("cases reported to NAME") still acts elsewhere. A one-word name needs most of its mentions cued, the
  disease's own predicates counting ("NAME was spreading", "NAME has no cure"; session 30): a silent one-word name
  that spreads and has no cure is a disease even where it "has killed 40 people".
- An **aircraft or weapon model typed as an organisation**: a name with a model designation ("RF-9 Falcon", letters, a
  hyphen and a number) written with an indefinite article ("shot down a Turkish NAME") or in a sentence about craft
  ("the NAME had strayed into the airspace") at every mention; a body is "the" body, and its name has no designation.
- A **kind of people typed as a person**: a sect, a militia's member, a nationality ("Alawite", "Shabiha"; Audit 50
  #7 listed "Alawite (person)" and "Sunni Shabiha (person)"). The text counts it as a common noun: "a captured
  Shabiha", "another Alawite", "the only Alawite" (an indefinite or a quantifier before it, never before a person's
  name); a name used as a modifier ("a Trump presidency") is no such use.
- A **work's title cut into names** (session 35, Audit 52 #11): "Batman V. Superman: Dawn of Justice", a film's
  title and subtitle, gave "V. Superman" and "Dawn" as people. A name every mention of which lies inside a run of
  capitalised words (with "of", "the", "V.", "vs.") that has a colon between two capitalised words, and that run
  written twice, is part of a title: a headline or a "NAME: role" heading is written once.
- A **thing named with an indefinite article**: "make off with a Batmobile" (Audit 52 #11, typed an organisation):
  a body or place is never "a NAME" as the head of its phrase ("a Google spokesman" is a modifier); a silent one-word
  name written so is a thing or a model.
- A **sub-head glued to the next sentence**: an all-caps run of three words or more followed by one word that is not
  capitalised throughout ("NORTHERN AGENCY FOR WATER SAFETY We"): a heading and a pronoun, no name.

Regular expressions over the article text next to each mention, as in :mod:`newsbrief.analyze.actor_things`, because
the cues are fixed words beside the name; precision first: each rule needs the cue written, never guesses a kind.
"""

from __future__ import annotations

import re

from newsbrief.analyze.actor_names import ADDRESS, TITLE_WORDS, Actor
from newsbrief.analyze.actor_roles import Role
from newsbrief.models import Document

# A medium's word right before the name ("the daily NAME", "the newspaper NAME", "state television NAME") ...
_OUTLET_BEFORE = re.compile(
    r"\b(?:daily|weekly|newspaper|tabloid|broadcaster|channel|television|TV|radio|news agency|news site|website|"
    r"blog|magazine)\s+$")
# ... or right after it ("NAME television reported", "NAME TV said"); not "daily" after a name ("Lee daily walks").
_OUTLET_AFTER = re.compile(r"\s+(?:television|TV|radio|channel|newspaper|news agency|website|blog)\b(?!['’]s)",
                           re.I)
# A name that ends in a medium's word is an outlet whatever its mentions ("the NAME Blog", "NAME Daily").
_OUTLET_NAME = re.compile(r"\s(?:Blog|TV|Television|Radio|Daily|Newspaper|Channel)$")
_DISEASE_BEFORE = re.compile(
    r"\b(?:infected with|infections? (?:with|of)|outbreaks? of|cases? of|died of|dying of|deaths from|vaccines? "
    r"(?:against|for)|epidemic of|spread of|treatment for|treated for|tested positive for|symptoms of|strain of|"
    r"contracted|suffering from|survivors? of)\s+(?:the\s+)?$", re.I)
_DISEASE_AFTER = re.compile(
    r"\s+(?:fever|virus|outbreaks?|epidemic|pandemic|vaccines?|infections?|patients|symptoms|spreads|strain|"
    r"disease|survivors?)\b"
    # A disease's own predicates: it spreads, is caught, has no cure ("NAME was spreading faster", "NAME is
    # transmitted by birds", "NAME has no cure"); a body or an armed group is said to act, never to be caught.
    r"|\s+(?:is|was|has been)\s+(?:spreading|transmitted|contagious|caught|incurable|endemic)\b"
    r"|\s+(?:has|had)\s+no\s+(?:known\s+)?(?:cure|vaccine|treatment)\b"
    r"|\s+(?:mutates|mutated|incubates)\b")
_HEADING = re.compile(r"^(?:[A-Z][A-Z'&-]*\s+){2,}[A-Z][A-Z'&-]*\s+[A-Z]?[a-z][A-Za-z]*$")
_DESIGNATION = re.compile(r"\b[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]?\b")
_INDEFINITE = re.compile(r"\b(?:a|an)\s+(?:[A-Z][a-z]+\s+)?$")
_CRAFT = re.compile(r"\b(?:plane|jet|aircraft|fighter|bomber|drone|helicopter|pilots?|airspace|shot down|missile|"
                    r"warship|tank|rifle|flight)s?\b", re.I)
_LOOK_BACK = 40  # characters before a mention read for a cue
# Words that count a common noun before it ("a captured NAME", "another NAME"); "the" only with "only", "lone" ...
_COUNTING = frozenset("a an another every each no one any".split())
_SOLE = frozenset("only lone sole".split())
_TITLES = {w.rstrip(".") for w in TITLE_WORDS | ADDRESS}


def _spans(doc: Document, actor: Actor) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in actor.mentions]


def outlet_typed(doc: Document, actor: Actor, role: Role | None) -> bool:
    """Whether a name typed as a person is a newspaper, channel or blog (module docstring); a person with a role of
    their own is left alone unless the name itself ends in a medium's word."""
    if _OUTLET_NAME.search(actor.name):
        return True
    if role is not None:
        return False
    text = doc.article.text
    spans = _spans(doc, actor)
    cued = sum(1 for start, end in spans
               if _OUTLET_BEFORE.search(text[max(0, start - _LOOK_BACK):start]) or _OUTLET_AFTER.match(text, end))
    # A full name is a person's shape: a medium's word by one of many mentions ("told Jane Hill television viewers")
    # is not enough, by half of them it is ("the daily al Noor ... al Noor said").
    return cued > 0 and (len(actor.name.split()) == 1 or 2 * cued >= len(spans))


def disease_only(doc: Document, actor: Actor) -> bool:
    """Whether every mention of the name is a disease's, or, for a one-word name, most of them are (module
    docstring)."""
    text = doc.article.text
    spans = _spans(doc, actor)
    cued = sum(1 for start, end in spans if _DISEASE_BEFORE.search(text[max(0, start - _LOOK_BACK):start])
               or _DISEASE_AFTER.match(text, end))
    if not spans:
        return False
    # A one-word name is how a disease is written ("NAME has killed 40 ... NAME was spreading ... NAME has no
    # cure"): the uncued mention is a disease's too when most are cued. A body's name of several words ("the Health
    # Board") must be cued at every mention, since a body can be named once in a disease phrase and act elsewhere.
    return cued == len(spans) or (len(actor.name.split()) == 1 and 2 * cued > len(spans))


def model_named(doc: Document, actor: Actor) -> bool:
    """Whether the name is an aircraft's or a weapon's model (module docstring)."""
    if not _DESIGNATION.search(actor.name) or not actor.mentions:
        return False
    text = doc.article.text
    return any(_INDEFINITE.search(text[max(0, m.start - _LOOK_BACK):m.start]) for m in actor.mentions) \
        or all(_CRAFT.search(doc.sentences[m.sentence_index].text) for m in actor.mentions)


def glued_heading(actor: Actor) -> bool:
    """Whether the name is an all-caps sub-head glued to the next sentence's first word (module docstring)."""
    return any(_HEADING.match(name) for name in (actor.name, *actor.aliases))


def kind_of_people(doc: Document, actor: Actor) -> bool:
    """Whether a one-word "person" (or a qualified one: "Sunni Shabiha" beside "Shabiha") is a kind of people the
    text counts as a common noun (module docstring)."""
    words = actor.name.split()
    word = words[-1]
    if actor.label != "PERSON" or len(words) > 2 or (len(words) == 2 and word not in actor.aliases):
        return False
    tokens = doc.tokens
    # A person's name anywhere makes it a family name ("Jeb Bush" ... "another Bush"; "Senator Kennedy" ... "A
    # Kennedy has held the seat"): a given name before it that is no group's word ("Sunni"), or a title.
    groups = {w for e in doc.entities if e.label == "NORP" for w in e.text.split()}
    if any(w not in groups for alias in actor.aliases for w in alias.split()[:-1]):
        return False
    if any(t.text == word and t.i > 0 and tokens[t.i - 1].text.lower().rstrip(".") in _TITLES for t in tokens):
        return False
    for token in tokens:
        if token.text != word or token.dep == "compound" or token.i < 1:
            continue
        if token.i + 1 < len(tokens) and tokens[token.i + 1].pos == "PROPN":
            continue  # "a Shabiha Brown": the start of a longer name
        k = token.i - 1
        while k > token.i - 3 and k > 0 and tokens[k].text.islower() and tokens[k].pos in ("ADJ", "VERB") \
                and tokens[k].text not in _COUNTING | _SOLE:
            k -= 1  # "a captured NAME": adjectives and participles between
        before = tokens[k].text.lower()
        if before in _COUNTING or (before in _SOLE and k > 0 and tokens[k - 1].text.lower() == "the"):
            return True
    return False


# Words inside a work's title between its capitalised words: "Dawn of Justice", "Batman V. Superman", "Pride and ...".
_TITLE_LINKS = frozenset("of the and a an in on v. v vs. vs & :".split())
_TITLE_REPEATS = 2  # a title is written again (B1529: twice); a heading or a "NAME: role" line once


def _title_run(doc: Document, start: int, end: int) -> str | None:
    """The run of capitalised words and title links around tokens ``start``-``end``, when it holds a colon between
    two capitalised words ("Batman V. Superman: Dawn of Justice"), else None."""
    tokens = doc.tokens
    sentence = doc.sentences[next(s.index for s in doc.sentences if s.token_start <= start < s.token_end)]

    def inside(t: int) -> bool:
        return tokens[t].text[:1].isupper() or tokens[t].text.lower() in _TITLE_LINKS

    left, right = start, end - 1
    while left > sentence.token_start and inside(left - 1):
        left -= 1
    while right + 1 < sentence.token_end and inside(right + 1):
        right += 1
    while left < start and not tokens[left].text[:1].isupper():
        left += 1  # "the" before a title is the sentence's
    while right >= end and not tokens[right].text[:1].isupper():
        right -= 1
    words = tokens[left : right + 1]
    colons = [k for k, t in enumerate(words) if t.text == ":"]
    if not any(0 < k < len(words) - 1 and words[k - 1].text[:1].isupper() and words[k + 1].text[:1].isupper()
               for k in colons):
        return None
    return doc.article.text[words[0].start : words[-1].end]


def work_title(doc: Document, actor: Actor) -> bool:
    """Whether every mention of the name lies inside a work's title written twice (module docstring)."""
    runs = [_title_run(doc, m.token_start, m.token_end) for m in actor.mentions]
    return bool(runs) and all(r is not None and doc.article.text.count(r) >= _TITLE_REPEATS for r in runs)


def indefinite_thing(doc: Document, actor: Actor) -> bool:
    """Whether a one-word body or place is written as "a NAME", the head of its phrase (module docstring)."""
    if actor.label == "PERSON" or len(actor.name.split()) > 1:
        return False
    tokens = doc.tokens
    return any(m.token_start > 0 and tokens[m.token_start - 1].text.lower() in ("a", "an")
               and tokens[m.token_end - 1].dep != "compound" for m in actor.mentions)


def misfit(doc: Document, actor: Actor, voiced: int) -> bool:
    """Whether the name is no actor: a glued sub-head, a kind of people, a title's words, or a silent disease, model
    or thing (module docstring)."""
    # A kind of people is none even where the speakers stage gave it a voice ("he added; the only Alawite had
    # escaped": the "he" went to the nearest name).
    return glued_heading(actor) or kind_of_people(doc, actor) or work_title(doc, actor) \
        or (not voiced and (disease_only(doc, actor) or model_named(doc, actor) or indefinite_thing(doc, actor)))
