"""Names the NER model fused from two things that are not one name (reader Audit 43, docs/audit.md 44.2 and 44.4
item 7: of 45 actors, seven were false names or types).

- **Run-together text.** Highlights or captions stored without their line breaks put a country at the end of one
  line before a surname at the start of the next ("... a treaty with Norway Halvorsen ruled ..."): the model tags
  "Norway Halvorsen" as one person. When the first word is a country the article names alone, the rest is one
  surname, and another person of the article is named in full with that surname ("Per Halvorsen"), the mention is
  that person's; the fused name never occurs as a unit the way a name does.
- **A field fused to a name.** "Professor of History Ana Ruiz": the model takes the field of the chair into the
  name ("History Ana Ruiz"). A person's name of three words or more that follows "of" and opens with a field of
  study loses the field.
- **A title and an honorific with no name.** "fellow MEP Mr Brons" can be tagged "MEP Mr": a name that ends with
  a form of address stops where the name begins; what is left is no name, and is dropped.
- **An office in capitals** ("Labour MEP Jo Hale" tagged as one person, or as a body): the name is what follows.
- **Platforms and products** ("Twitter", "Bing", "the App Store") are media, never persons: typed as
  organisations, they face the organisations' stricter test of agency.
- **A job title alone** ("Archaeologist", "Spokesman", capitalised at a sentence's start and tagged as an
  organisation or a person) is no entity: dropped.
- **A title run into a body's name** ("Pentagon Spokesperson Rear Adm. NAME", tagged "Pentagon Spokesperson Rear"
  as a body; FNC-1 body 2200, issue #11): the office and the first word of a rank ("Rear", "Lt.", "Vice") before a
  person's name are that person's role, not part of the body. The body's name ends before the title; a "name" that
  is all title is dropped, and so is a "person" that is all title right before a person's name ("Rear Admiral"
  tagged apart from "John Kirby" in "Pentagon Press Secretary Rear Admiral John Kirby"; FNC-1 bodies 77, 839).
- **A body's name run into the product it modifies** ("a supplier for many Apple LCD panels", tagged "Apple LCD";
  Audit 50 #11 listed "Apple LCD" for Apple): a name that modifies a common noun after it, whose first words are a
  body the article names alone, is that body; the rest describes the product.
- **A place run into a body's name** ("... following travel to Mexico World Health Organization (WHO) experts will
  meet", a list's lines glued; Audit 50 #5 lost WHO): when the acronym in brackets after the name spells the rest
  without the first word, and that word is a place the article names alone, the body's name is the rest.
- **A body and its person in one mention** ("Morgan Stanley’s Katy Huberty, who previously said", tagged as one
  organisation; Audit 50 #11): after the possessive comes a person's name when the text treats its last word as a
  person's ("NAME, who ..."): the mention is that person's; the body before the possessive is where they work.

When a rule is unsure it drops the mention rather than print a phantom (issue #11: precision over recall).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from newsbrief.analyze.actor_jobs import JOB_NOUNS
from newsbrief.models import Document, Entity
from newsbrief.nlp.name_parts import ORG_WORDS

# Fields of study and of office that follow "Professor of", "Director of", "Minister of" ("Professor of Middle
# East Studies", "Secretary of State"): capitalised, they open the name the model reads after them.
FIELD_WORDS = frozenset(
    "history economics law medicine physics chemistry biology mathematics politics government philosophy sociology "
    "anthropology psychology linguistics journalism english literature engineering theology religion music art "
    "architecture geography geology astronomy neuroscience science sciences studies affairs relations education "
    "finance business management public international political social islamic arabic jewish asian african "
    "american european middle east near eastern modern ancient classics medieval state".split()
)
# Forms of address that stand before a name, never at its end ("MEP Mr" is a title and an address without a name).
_ADDRESS_TAIL = re.compile(r"\s(?:Mr|Mrs|Ms|Mx|Dr|Prof|Miss|Sir|Dame)\.?$")
# Platforms, search engines and stores: the medium of a post, never its author.
PLATFORMS = frozenset(
    "twitter facebook instagram youtube tiktok snapchat whatsapp telegram reddit linkedin pinterest tumblr weibo "
    "wechat google bing yahoo baidu yandex netflix spotify itunes skype".split()
) | frozenset({"app store", "play store", "google play", "google search", "google maps"})
# Offices written as capitals before a name ("Labour MEP Jo Hale", "CEO Ann Ruiz"), which the cleaner's titles lack.
TITLE_ACRONYMS = frozenset("MEP MP MSP MLA MHA TD CEO CFO COO CTO QC KC".split())
# First words of ranks and offices written before a name ("Rear Adm.", "Lt. Gen.", "Vice Adm.", "Brig. Gen.",
# "Press Secretary"): inside a title, never the end of a body's name when a person's name follows.
RANK_PARTS = frozenset(
    "rear vice lt lt. lieut lieut. lieutenant brig brig. brigadier maj maj. major lance press".split()
)
# An abbreviated rank or title ("Adm.", "Gen.", "Sgt."): opens a person's title, so the name before it has ended.
# A fixed list: a body's own abbreviations ("Inc.", "Corp.", "Co.") look the same and end its name.
_ABBREVIATED_TITLE = re.compile(
    r"^(?:Adm|Gen|Lt|Col|Capt|Sgt|Cpl|Pvt|Maj|Cmdr|Cdr|Brig|Rep|Sen|Gov|Rev|Dr|Prof|Pres|Atty|Supt|Insp|Det)\.$"
)
# Job nouns a one-word "name" can be ("Archaeologist", "Spokesman"): the endings of agent nouns for professions.
_JOB_ENDING = re.compile(r"(?:ologist|ographer|ician|ologer|smith|spokesman|spokeswoman|spokesperson)$")


def _is_job_word(name: str, person_nouns: frozenset[str]) -> bool:
    """A single capitalised word that is a job, not a name."""
    word = name.lower()
    return " " not in name and not name.isupper() and (
        word in person_nouns or word in JOB_NOUNS or bool(_JOB_ENDING.search(word)))


def _without_field(doc: Document, entity: Entity, name: str) -> str:
    """ "History Ana Ruiz" after "Professor of" is "Ana Ruiz" (module docstring)."""
    words = name.split()
    if entity.label != "PERSON" or len(words) < 3 or words[0].lower() not in FIELD_WORDS:
        return name
    before = doc.article.text[max(0, entity.start - 40) : entity.start]
    if not re.search(r"\bof\s+(?:the\s+)?$", before):
        return name
    while len(words) > 2 and words[0].lower() in FIELD_WORDS:
        words = words[1:]
    return " ".join(words)


def _without_title_acronym(entity: Entity, name: str) -> tuple[Entity, str]:
    """ "Labour MEP Jo Hale" (tagged a person or a body) is the person "Jo Hale": the party and the office are her
    role, not her name."""
    words = name.split()
    cut = max((i for i, w in enumerate(words) if w in TITLE_ACRONYMS), default=-1)
    rest = words[cut + 1 :]
    if cut < 0 or entity.label not in ("PERSON", "ORG") or len(rest) < 2 \
            or not all(w[:1].isupper() and w[1:].islower() for w in rest):
        return entity, name
    return replace(entity, label="PERSON"), " ".join(rest)


def _title_word(word: str, titles: frozenset[str]) -> bool:
    """A lower-cased word that belongs to a title: an office, a qualifier of one, or the first word of a rank."""
    return word in titles or word.rstrip(".") in titles or word in RANK_PARTS


def _title_tail(doc: Document, entity: Entity, titles: frozenset[str], heads: frozenset[str]) -> int:
    """How many of a body's last tokens are a title run into its name before a person's ("Pentagon Spokesperson
    Rear" before "Adm. John Kirby": 2; "Pentagon Press" before "Secretary Rear Admiral John Kirby": 1); 0 when no
    person's name follows the title or the title ends on no office."""
    tokens = doc.tokens
    if entity.label == "PERSON":
        return 0
    j = entity.token_end  # the title may run on past the entity: "[Pentagon Press] Secretary [Rear Admiral]"
    while j < len(tokens) and tokens[j].ent_type != "PERSON" and not _ABBREVIATED_TITLE.match(tokens[j].text) \
            and tokens[j].text[:1].isupper() and _title_word(tokens[j].text.lower(), titles):
        j += 1
    if j >= len(tokens) or not (tokens[j].ent_type == "PERSON" or _ABBREVIATED_TITLE.match(tokens[j].text)):
        return 0  # the title stands before a person's name or an abbreviated rank, never at a sentence's end
    span = tokens[entity.token_start : j]
    words = [t.text.lower() for t in span]
    inside = entity.token_end - entity.token_start
    cut = inside
    while cut > 0 and (_title_word(words[cut - 1], titles) or _ABBREVIATED_TITLE.match(span[cut - 1].text)):
        cut -= 1
    last = words[-1] if words else ""
    if span and _ABBREVIATED_TITLE.match(span[-1].text) and cut < inside:
        return inside - cut  # "Pentagon Spokesperson Rear Adm." before the name: the rank is in the entity
    # The title ends on an office or the first word of a rank, never on a qualifier alone ("State", "National").
    if cut == inside or not (last in RANK_PARTS or last in heads or last.rstrip(".") in heads):
        return 0
    return inside - cut


def _title_before_name(doc: Document, entity: Entity, titles: frozenset[str]) -> bool:
    """A "person" that is all title right before a person's name ("Rear Admiral" tagged apart from "John Kirby")."""
    tokens = doc.tokens
    return entity.label == "PERSON" and entity.token_end < len(tokens) \
        and tokens[entity.token_end].ent_type == "PERSON" \
        and all(_title_word(t.text.lower(), titles) for t in tokens[entity.token_start : entity.token_end])


def _without_title_tail(doc: Document, entity: Entity, name: str, titles: frozenset[str],
                        heads: frozenset[str]) -> tuple[Entity, str] | None:
    """The body's mention and name without the title run into them (module docstring); None when all is title."""
    tail = _title_tail(doc, entity, titles, heads)
    if not tail:
        return entity, name
    last = entity.token_end - tail - 1
    words = name.split()[:-tail]
    while words and (words[-1].lower() in ("of", "for", "and", "the", "'s") or not any(c.isalnum() for c in words[-1])):
        words.pop()
    if last < entity.token_start or not words:
        return None
    end = doc.tokens[last].end
    return replace(entity, text=doc.article.text[entity.start : end], end=end, token_end=last + 1), " ".join(words)


def _place_run_in(doc: Document, named: list[tuple[Entity, str]]) -> list[tuple[Entity, str]]:
    """ "Mexico World Health Organization (WHO)" is "World Health Organization" (module docstring)."""
    places = {n for e, n in named if e.label == "GPE" and " " not in n}
    text = doc.article.text
    out: list[tuple[Entity, str]] = []
    for entity, name in named:
        first, _, rest = name.partition(" ")
        if entity.label != "ORG" or first not in places or len(rest.split()) < 2:
            out.append((entity, name))  # the cheap tests first: a pattern per name is compiled only when needed
            continue
        # The acronym follows the name, or the model took its bracket into the entity ("... Organization (WHO").
        acronym = re.search(rf"^{re.escape(name)}\s*\(([A-Z]{{2,6}})\)", text[entity.start : entity.end + 10])
        if acronym is not None \
                and acronym.group(1) == "".join(w[0] for w in rest.split() if w[:1].isupper()) \
                and doc.tokens[entity.token_start].text == first:
            start = doc.tokens[entity.token_start + 1].start
            entity = replace(entity, text=text[start : entity.end], start=start, token_start=entity.token_start + 1)
            name = rest
        out.append((entity, name))
    return out


def _owned_person(doc: Document, entity: Entity, name: str, cued: set[str]) -> tuple[Entity, str]:
    """ "Morgan Stanley’s Katy Huberty" is the person "Katy Huberty" (module docstring)."""
    tokens = doc.tokens
    span = tokens[entity.token_start : entity.token_end]
    owner = next((k for k, t in enumerate(span) if t.tag == "POS"), -1)
    rest = span[owner + 1 :]
    if entity.label != "ORG" or owner < 1 or not 2 <= len(rest) <= 3 or rest[-1].text not in cued \
            or not all(t.text[:1].isupper() and t.text[1:].islower() and t.text.isalpha() for t in rest) \
            or any(t.text.lower() in ORG_WORDS for t in rest):  # "King's College London": the body's own name
        return entity, name
    start = rest[0].start
    return replace(entity, text=doc.article.text[start : entity.end], label="PERSON", start=start,
                   token_start=rest[0].i), " ".join(t.text for t in rest)


def _product_run_on(doc: Document, named: list[tuple[Entity, str]]) -> list[tuple[Entity, str]]:
    """ "Apple LCD" before "panels" is "Apple" when the article names "Apple" alone (module docstring)."""
    tokens = doc.tokens
    alone = {n for e, n in named if e.label == "ORG"}  # not a place: "New York" in "New York Times reporter" (review)
    out: list[tuple[Entity, str]] = []
    for entity, name in named:
        words = name.split()
        last = tokens[entity.token_end - 1]
        after = tokens[entity.token_end] if entity.token_end < len(tokens) else None
        prefix = next((k for k in range(len(words) - 1, 0, -1) if " ".join(words[:k]) in alone), 0)
        if entity.label == "ORG" and prefix and after is not None and after.pos == "NOUN" and after.text.islower() \
                and last.dep in ("compound", "amod", "nmod") and last.head == after.i \
                and entity.token_end - entity.token_start == len(words):
            end = tokens[entity.token_start + prefix - 1].end
            entity = replace(entity, text=doc.article.text[entity.start : end], end=end,
                             token_end=entity.token_start + prefix)
            name = " ".join(words[:prefix])
        out.append((entity, name))
    return out


def _run_together(named: list[tuple[Entity, str]]) -> list[tuple[Entity, str]]:
    """ "Norway Halvorsen" is Per Halvorsen when the article names both apart (module docstring)."""
    countries = {n.lower() for e, n in named if e.label == "GPE" and " " not in n}
    full_surnames = {n.split()[-1].lower() for e, n in named if e.label == "PERSON" and len(n.split()) >= 2}
    counts = Counter(n.lower() for _, n in named)
    out: list[tuple[Entity, str]] = []
    for entity, name in named:
        words = name.split()
        if entity.label == "PERSON" and len(words) == 2 and words[0].lower() in countries \
                and counts[name.lower()] == 1 and words[1].lower() in full_surnames \
                and sum(n.split()[-1].lower() == words[1].lower() for e, n in named
                        if e.label == "PERSON" and len(n.split()) >= 2 and n.lower() != name.lower()):
            name = words[1]
        out.append((entity, name))
    return out


def _cued_person(entity: Entity, name: str, cued: set[str]) -> bool:
    """ "Ivanka Harlow pledged ..." added as a body that speaks, where the text writes "said Ivanka, who ...": a
    first name and a surname, the first one cued as a person's, are a person's name."""
    words = name.split()
    return entity.label == "ORG" and len(words) == 2 and words[0] in cued \
        and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words) \
        and words[-1].lower() not in ORG_WORDS


def unfuse(doc: Document, named: list[tuple[Entity, str]], person_nouns: frozenset[str],
           titles: frozenset[str], cued: set[str]) -> list[tuple[Entity, str]]:
    """The cleaned (mention, name) pairs without fused phantoms, platforms typed as media (module docstring).

    ``person_nouns`` and ``titles`` are the word lists of :mod:`newsbrief.analyze.actor_names` (which calls this):
    an office alone tagged as a person ("President", "Pope") may stand for its holder and is left to the title
    references; any other job word alone is no entity. ``cued`` are the words the text treats as a person's name
    (:func:`newsbrief.analyze.actor_kinds.person_cued`)."""
    out: list[tuple[Entity, str]] = []
    for entity, name in named:
        trimmed = _without_title_tail(doc, entity, name, titles, person_nouns)  # "Pentagon Spokesperson Rear"
        if trimmed is None or _title_before_name(doc, entity, titles):
            continue  # "Spokesperson Rear" before "Adm. NAME": a title, no body
        entity, name = trimmed
        if entity.label == "PERSON" and _ADDRESS_TAIL.search(name):
            continue  # "MEP Mr": the name comes after the address
        if _is_job_word(name, person_nouns) and (entity.label != "PERSON" or name.lower() not in titles):
            continue  # "Archaeologist", "Spokesman": a job, not an entity
        if entity.label == "PERSON" and name.lower() in PLATFORMS:
            entity = replace(entity, label="ORG")  # "Twitter", "Bing": a medium, never a person
        elif _cued_person(entity, name, cued):
            entity = replace(entity, label="PERSON")
        entity, name = _without_title_acronym(*_owned_person(doc, entity, name, cued))
        out.append((entity, _without_field(doc, entity, name)))
    return _run_together(_product_run_on(doc, _place_run_in(doc, out)))
