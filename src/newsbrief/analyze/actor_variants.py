"""A surname spelled two ways in one article is one person.

Reader Audit 24 (docs/audit.md 25.4 item 4) read a column in which an analyst's surname was also spelled with
one letter fewer ("Chowdhry", then "Chowdry"): the second spelling became a second actor, typed an
organisation, and its words were filed under a stranger. Writers and sub-editors drop or swap a letter of an
unfamiliar name; a one-word name one letter away from the surname of a person the article names in full is that
person, when only one person's surname is that close.

Near misses kept apart: two full names whose surnames differ by one letter ("Anna Chen", "Tom Chan") are two
people (only a one-word name joins), a short surname ("Lee", "Lea") is too easily another word or person (both
spellings need five letters or more), and a name that the article places something in ("in Mehrota") is a place.

Two more spellings of one actor (session 20 round 2, reader Audit 33):

- A short form of a full-named person's given name ("Mo, as he's known" beside "Mohammed Islam"; "Chris" beside
  "Christopher Dale") is that person: Audit 33 judged the second entry a useless duplicate. It joins only when
  exactly one full-named person's given name begins with it, it is nobody's surname or full given name, and it has
  two letters or more ("Sam" beside both "Samuel" and "Samantha" stays apart); the model may have typed it a body.
  A prefix alone is no tie (session 20 review: "Ali", a different man, folded into "Alison Hart"; "Ali" is a full
  name of its own): the short form must be a conventional clipped given name (``_CLIPPED``: "Josh", "Chris", "Mo")
  or the article must tie it to the person ("known as Ali", "Ali, as she is known", "Alison 'Ali' Hart").
- A capitalised phrase that ends in an initialism which the article also writes alone ("Future BP", the
  executives' label for the smaller company, beside "BP") is that company: the model typed it a person in
  Audit 33 A7 (a wrong item), or a body under the phrase's name. A Roman numeral ("Harald IV") or a one-letter
  initial ends a person's name, not a company's.
- A bare surname that several full-named relatives share ("Pratcher" for a defendant, his brother "Larry Pratcher
  Jr." and their mother) is the story's principal's, the one the article names first in full: the lead's reading
  of Newsroom row 25 found it counted for the brother, who is named more often under his given name.

One body written with a part of its name abbreviated (session 35, Audit 51 A3): "the U.N. Security Council passed a
resolution" and "asked the United Nations Security Council" were two actors, each named once, and neither listed.
A part written as initials, dotted or not ("U.N.", "UN", "E.U."), stands for the words of the other spelling whose
initials it spells ("United Nations"; a lower-case "of" may be one of them: "DoJ"), when the rest of the two names
is the same words: one actor, under the spelled-out name. The rest must not be empty (a bare "UN" beside "United
Nations" is the acronym stage's, which needs the article's own tie), and the expansion must be capitalised words. Two
names of different bodies meet only where the article writes both and the initials happen to fit ("US Open" beside a
"United Steelworkers Open"), which no audit has shown. A whole initialism and the name it spells after a country's
are one body too ("NASA" and "US National Aeronautics and Space Administration"; Audit 52 #12 listed both).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbrief.lexicon import COUNTRY_ALIASES
from newsbrief.models import Document

if TYPE_CHECKING:
    from newsbrief.analyze.actor_names import Actor

__all__ = ["fold_abbreviated_parts", "fold_initialled_phrases", "fold_short_forms", "fold_titled_given_names",
           "join_variants", "merge_spelling_variants", "principal", "sub_body"]

_MIN_LETTERS = 5  # "Chowdry"/"Chowdhry" join; "Lee"/"Lea", "Chen"/"Chan" do not
# Nouns for a body's organ: "NATO Military Committee", "UN Security Council" are units of NATO and the UN, which
# the article names apart (Audit 25 listed the alliance folded into its committee, and the committee twice).
_UNITS = frozenset("committee commission council command board court department ministry office".split())
_LOCATIVE = frozenset("in at from to into near outside inside across toward towards".split())
_MIN_SHORT_FORM = 2  # "Mo" for "Mohammed"; a one-letter "M" is an initial, not a name
# Clipped given names writers use for a named person without saying so: each is the opening of the full names it
# stands for ("Josh" Joshua, "Mo" Mohammed/Morris). Names that are also full given names in their own right ("Ali",
# "Jo", "Kim") are left out: those fold only when the text ties them (``_tied``).
_CLIPPED = frozenset(
    "abe alex andy ash ben bern cam chris dan dave deb dom doug ed fred gabe greg jake jen jess jon josh ken kate liz "
    "mags matt max mick mike mo nat nic nick pat pete phil rich rob ron sam steph stu sue theo tim tom val vic will "
    "zac zach".split())
# A company's initialism: two to five capitals; a Roman numeral ends a monarch's or heir's name ("Harald IV").
_INITIALISM = re.compile(r"[A-Z]{2,5}")
_ROMAN = re.compile(r"[IVXL]+")
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
# A name part written as initials: "U.N.", "U.S", "E.U.", "UN", "DoJ" (two to five letters, dotted or capitals).
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,5}|(?:[A-Z]\.)+[A-Z]|[A-Z][A-Za-z]{1,4}")
_LINKING = frozenset("of for and the".split())  # "Department of Justice": initials may take in "of" or skip it
_MIN_INITIALS = 3  # "NASA" after a country's name; a two-letter "AP" is too easily other words' initials


def one_letter_apart(a: str, b: str) -> bool:
    """True when ``b`` is ``a`` with one letter added, dropped or changed (not when they are equal); the first
    letters must agree ("Mehrotra"/"Mehrota", "Chowdhry"/"Chowdry")."""
    from newsbrief.analyze.actor_lookup import edits  # here: actor_lookup reaches this module through actor_names

    a, b = a.lower(), b.lower()
    return a[:1] == b[:1] and abs(len(a) - len(b)) <= 1 and edits(a, b) == 1


def merge_spelling_variants(doc: Document, actors: list[Actor]) -> list[Actor]:
    """``actors`` with each one-word name that is a one-letter variant of exactly one full-named person's surname
    folded into that person (its mentions and aliases join; see the module notes)."""
    people = [a for a in actors if a.label == "PERSON" and len(a.name.split()) > 1]
    surnames = {p.name.split()[-1].lower() for p in people}
    kept: list[Actor] = []
    for actor in actors:
        word = actor.name.strip()
        fits = [p for p in people if p is not actor and _variant(word, p.name.split()[-1])]
        # a place or a thing one letter off a surname ("Spain" beside "Bob Swain") is not that person (session 15
        # review); a misspelt surname the model took for a place counts only as the subject of a verb
        if not _personlike(doc, actor) or " " in word or len(fits) != 1 or word.lower() in surnames \
                or _placed(doc, actor):
            kept.append(actor)
            continue
        fits[0].mentions.extend(actor.mentions)
        fits[0].aliases |= actor.aliases
    return kept


def _variant(word: str, surname: str) -> bool:
    return len(word) >= _MIN_LETTERS and len(surname) >= _MIN_LETTERS and word[:1].isupper() \
        and one_letter_apart(word, surname)


def _personlike(doc: Document, actor: Actor) -> bool:
    """A person or organisation, or a place-typed name that acts as a verb's subject ("Mehrota says ...")."""
    if actor.label in ("PERSON", "ORG"):
        return True
    return actor.label == "GPE" and any(doc.tokens[m.token_start].dep == "nsubj" for m in actor.mentions)


def _placed(doc: Document, actor: Actor) -> bool:
    """True when a mention of the actor follows a locative preposition ("in Mehrota"): a place."""
    return any(m.token_start > 0 and doc.tokens[m.token_start - 1].text.lower() in _LOCATIVE for m in actor.mentions)


def sub_body(words: list[str]) -> bool:
    """True when a body's lower-cased name is a unit of another named by its first word: two or more words after it,
    the last a unit noun ("nato military committee"); "big machine records" and "labour party" add one word and
    are the short name's own body."""
    return len(words) >= 3 and words[-1] in _UNITS


def join_variants(doc: Document, actors: list[Actor]) -> list[Actor]:
    """``actors`` with every variant spelling this module knows folded into its actor (see the module notes)."""
    actors = fold_titled_given_names(fold_short_forms(merge_spelling_variants(doc, actors), doc.article.text),
                                     doc.article.text)
    return fold_initialled_phrases(actors)


def fold_titled_given_names(actors: list[Actor], text: str) -> list[Actor]:
    """``actors`` with a title and a given name ("Bishop Louka") folded into the one full-named person the text
    writes with that title and given name ("Bishop Louka al-Khoury"): a cleric or a royal is called by title and
    given name after the first mention (Audit 52 #3 listed "Louka" and "Louka al-Khoury" as two actors)."""
    people = [a for a in actors if a.label == "PERSON" and len(a.name.split()) > 1]
    kept: list[Actor] = []
    for actor in actors:
        words = actor.name.split()
        # the model may type the short form a body ("Bishop Yusuf" as ORG); the full name with the title is the tie
        fits = [] if actor.label == "GPE" or len(words) != 2 or not words[0][:1].isupper() else [
            p for p in people if p is not actor and p.name.split()[0] == words[1]
            and re.search(rf"\b{re.escape(words[0])}\s+{re.escape(p.name)}\b", text)]
        if len(fits) != 1:
            kept.append(actor)
            continue
        fits[0].mentions.extend(actor.mentions)
        fits[0].aliases |= actor.aliases
    return kept


def _tied(text: str, short: str, full: str) -> bool:
    """True when ``text`` ties the short form to the person: "known as Mo", "Mo, as he's known/called",
    "Mohammed 'Mo' Islam"."""
    word, given = re.escape(short), re.escape(full.split()[0])
    return re.search(rf"\b(?:known|called|nicknamed) as [\"'‘“]?{word}\b|\b{word}[\"'’”]?,? as (?:he|she|they)"
                     rf"(?:'s|’s| is| are) (?:known|called)|\b{given} [\"'‘“(]{word}[\"'’”)]", text) is not None


def fold_short_forms(actors: list[Actor], text: str = "") -> list[Actor]:
    """``actors`` with each one-word person whose name is a short form of exactly one full-named person's given name
    folded into that person (its mentions and aliases join), when the short form is a conventional clipped name or
    ``text`` (the article) ties it to the person; see the module notes."""
    people = [a for a in actors if a.label == "PERSON" and len(a.name.split()) > 1]
    givens = {p.name.split()[0].lower() for p in people}
    surnames = {p.name.split()[-1].lower() for p in people}
    kept: list[Actor] = []
    for actor in actors:
        word = actor.name.strip()
        low = word.lower()
        # the model types a lone short form a body as often as a person ("Mo" was an organisation); an all-capital
        # word is an initialism ("UN"), never a short form
        fits = [] if actor.label not in ("PERSON", "ORG") or word.isupper() or " " in word \
            or len(word) < _MIN_SHORT_FORM or low in givens or low in surnames or not word[:1].isupper() else \
            [p for p in people if p.name.split()[0].lower().startswith(low)]
        if len(fits) != 1 or (low not in _CLIPPED and not _tied(text, word, fits[0].name)):
            kept.append(actor)
            continue
        fits[0].mentions.extend(actor.mentions)
        fits[0].aliases |= actor.aliases | {word}
    return kept


def fold_initialled_phrases(actors: list[Actor]) -> list[Actor]:
    """``actors`` with a capitalised phrase that ends in an initialism the article writes alone ("Future BP" beside
    "BP") renamed to the initialism and typed a body, joined with any actor already named by it."""
    named = {a.name: a for a in actors}
    kept: list[Actor] = []
    for actor in actors:
        words = actor.name.split()
        last = words[-1] if words else ""
        if len(words) < 2 or actor.label not in ("PERSON", "ORG") or not _INITIALISM.fullmatch(last) \
                or _ROMAN.fullmatch(last) or not all(w[:1].isupper() for w in words) \
                or (last not in actor.aliases and last not in named):
            kept.append(actor)
            continue
        owner = named.get(last)
        if owner is not None and owner is not actor and owner in kept:
            owner.mentions.extend(actor.mentions)
            owner.aliases |= actor.aliases
            owner.label = "ORG"
            continue
        actor.aliases |= {actor.name}
        actor.name, actor.label = last, "ORG"
        kept.append(actor)
    return kept


def _surname(name: str) -> str:
    words = [w for w in name.lower().split() if w not in _SUFFIXES]
    return words[-1] if words else ""


def principal(short: str, fits: list[Actor], at: int = -1) -> Actor:
    """The full-named person a shorter name ``short`` (first written at offset ``at``) joins: the most mentioned of
    ``fits``, except that a bare surname two relatives share is the first-named one's (see the module notes; "Kim"
    is no family's surname here, since it begins "Kim Jong-un" and "Kim Jong-il", and still joins the most
    mentioned), and a bare given name two people share is the one named last before it (XSum row 122: "Richard
    taught me", after "a preacher called Richard Cole", was counted for the interviewer Richard Hamilton, named
    once in the first lines, who then led the list of a first-person account)."""
    word = short.lower()
    given = [a for a in fits if len(a.name.split()) > 1 and a.name.split()[0].lower() == word]
    if " " not in word and len(given) > 1 and at >= 0:
        before = [(max(m.start for m in a.mentions if m.start < at), n) for n, a in enumerate(given)
                  if any(m.start < at for m in a.mentions)]
        if before:
            return given[max(before)[1]]
    family = [a for a in fits if _surname(a.name) == word and len(a.name.split()) > 1]
    if " " not in word and len(family) > 1 and len({a.name.split()[0].lower() for a in family}) > 1:
        return min(family, key=lambda a: a.mentions_sorted()[0].start)
    return max(fits, key=lambda a: len(a.mentions))


def _letters(word: str) -> str:
    """The initials a name part written as an abbreviation spells ("U.N." and "UN" both "UN"; "DoJ" "DOJ"), or ""."""
    if not _ABBREVIATION.fullmatch(word) or (("." not in word) and sum(c.isupper() for c in word) < 2):
        return ""
    return "".join(c for c in word if c.isalpha()).upper()


def _spells(letters: str, words: list[str]) -> bool:
    """Whether capitalised ``words`` spell ``letters`` by their initials, a linking "of"/"for" counted or skipped."""
    if not words or not words[0][:1].isupper() or not words[-1][:1].isupper() \
            or any(not w[:1].isupper() and w.lower() not in _LINKING for w in words):
        return False
    every = "".join(w[0] for w in words).upper()
    capitals = "".join(w[0] for w in words if w[:1].isupper()).upper()
    return letters in (every, capitals)


def _abbreviates(short: list[str], full: list[str]) -> bool:
    """Whether the name ``short`` writes one part of the name ``full`` as its initials, the other words the same:
    "U.N. Security Council" of "United Nations Security Council"; or is the initialism of ``full`` after its
    country ("NASA" of "US National Aeronautics and Space Administration")."""
    if len(short) == 1 and short[0].isupper() and len(short[0]) >= _MIN_INITIALS and len(full) > 2 \
            and full[0].lower() in COUNTRY_ALIASES and _spells(short[0], full[1:]):
        return True
    for i, word in enumerate(short):
        letters = _letters(word)
        if not letters:
            continue
        before, after = short[:i], short[i + 1 :]
        if not (before or after) or full[: len(before)] != before or len(full) - len(after) <= len(before):
            continue
        if after and full[len(full) - len(after) :] != after:
            continue
        if _spells(letters, full[len(before) : len(full) - len(after)]):
            return True
    return False


def fold_abbreviated_parts(actors: list[Actor]) -> list[Actor]:
    """``actors`` with a body's name written with a part as initials ("U.N. Security Council", "UN Security
    Council") joined to the same name spelled out ("United Nations Security Council"), or to the same initials
    dotted otherwise (module notes); the spelled-out name is kept."""
    bodies = [a for a in actors if a.label in ("ORG", "GPE")]
    absorbed: set[int] = set()
    for actor in sorted(bodies, key=lambda a: (len(a.name), a.name)):
        words = actor.name.split()
        undotted = actor.name.replace(".", "")
        for other in bodies:
            if other is actor or id(other) in absorbed:
                continue
            same = other.name != actor.name and other.name.replace(".", "") == undotted and "." in actor.name
            if same or (len(other.name) > len(actor.name) and _abbreviates(words, other.name.split())):
                other.mentions.extend(actor.mentions)
                other.aliases |= actor.aliases | {actor.name}
                absorbed.add(id(actor))
                break
    return [a for a in actors if id(a) not in absorbed]
