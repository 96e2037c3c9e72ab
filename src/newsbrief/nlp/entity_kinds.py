"""Names the NER model types as people that the article itself shows to be places, things or movements.

spaCy's small English model tags unfamiliar names by their shape, so a town named more often than anyone
in its article ("the killings at Kafr Dabsha", "Kafr Dabsha residents"), a drilling rig ("the company's
Stena Dorado oil rig") and a religious current used as an adjective ("Salafi leaders", "Salafi groups")
came out as people; the people became actors "(person)" and speakers of the next "he says" (reader
Audit 8, pattern 5). Every mention of a name is read against the article's own evidence:

- a person's: a title or form of address before the name ("Major Mansour"), an age or "who" after it,
  the name as the subject of a speech verb ("Mansour said"), or its last word used alone as a surname;
- a place's: a place noun that governs it ("the town of X", "the outskirts of X"), a place noun it
  modifies ("X residents", "X province", "X police"), a locative preposition before it ("in X",
  "near X", "fled to X"), or another mention the model itself tagged as a place;
- a thing's: a vessel or installation noun it modifies ("the X oil rig", "the X well"), "aboard X";
- a movement's: one word that only ever modifies a group noun ("X leaders", "X groups") or opens a
  longer name of a group the model tagged (NORP), and never stands alone.

A name with any person evidence stays a person's: the evidence must come from the article, and a
person named in the same article as a place ("Mayor Grant Wexley ... near Wexley's office") keeps
their kind. The work is done on the Document (not on spaCy's objects) so that every later stage —
actors, speakers, attribution — reads the corrected kind from the token and entity labels.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from newsbrief.models import Document, Entity, Token
from newsbrief.nlp.entity_bodies import retype_bodies
from newsbrief.nlp.entity_products import relabel_products
from newsbrief.nlp.entity_retypes import joined_possessive_names, retype_named_things, with_given_names
from newsbrief.nlp.entity_surnames import people_by_surname
from newsbrief.nlp.name_parts import joined_split_names, without_column_heads
from newsbrief.nlp.non_persons import name_key, relabel_non_persons, relabelled
from newsbrief.nlp.speech import CUE_LEMMAS

# Titles and forms of address written before a person's name (lower-case, without the full stop).
_TITLES = frozenset("""
mr mrs ms mx miss dr prof professor sir dame lord lady sheikh shaikh imam ayatollah rabbi rev father
president vice-president minister premier chancellor senator sen rep congressman congresswoman governor gov
mayor judge justice king queen prince princess emir sultan general gen colonel col lt lieutenant major maj
captain capt sergeant sgt corporal cpl private pte pvt commander cmdr admiral adm brigadier brig marshal
officer inspector detective chief secretary ambassador bishop cardinal pope pastor
provost registrar bursar rector comptroller treasurer alderman magistrate coroner sheriff archbishop vicar
chaplain superintendent headteacher headmaster headmistress
""".split())
# Verbs that only a person (or an organisation speaking through one) is the subject of: the cues of
# reported speech, and a few of thought and comment ("Arcuri believes", "Phelps has not commented").
_SPEECH_LEMMAS = CUE_LEMMAS - frozenset("find show indicate signal post project".split()) | frozenset(
    "comment speak talk".split())
# Lower-case nouns for people written right before a name ("street artist Banksy", "analyst Arcuri").
_ROLE_NOUNS = frozenset("""
artist analyst activist teacher spokesman spokeswoman spokesperson official minister president leader singer
actor actress player striker coach author writer novelist reporter journalist photographer doctor professor
lawyer attorney judge chief director manager founder owner resident victim suspect witness farmer student
mother father son daughter wife husband brother sister friend boyfriend girlfriend chef designer rapper
comedian presenter host commander fighter soldier officer shopkeeper businessman businesswoman economist
""".split())
# Nouns that govern a place with "of" ("the town of X", "the outskirts of X", "the people of X").
_PLACE_OF_NOUNS = frozenset("""
town city village hamlet province district region county state capital port suburb suburbs outskirts
centre center heart streets street edge area territory governorate municipality neighbourhood neighborhood
residents inhabitants people population mayor siege fall battle
""".split())
# Nouns a place name modifies ("X residents", "X province", "X police"); a person's name does not.
_PLACE_HEAD_NOUNS = frozenset("""
resident residents inhabitant inhabitants province district region county governorate municipality city
town village countryside border airport police hospital area suburb suburbs outskirts
""".split())
# Prepositions of place: a person is seldom "in", "near" or "outside" someone.
_LOCATIVE = frozenset("in near outside inside around across throughout into within at".split())
# "to X" and "from X" are places after a verb of motion ("sent to X", "fled from X"), not after "said to".
_MOTION_LEMMAS = frozenset("go come send flee return move travel march head drive walk run deploy retreat "
                           "escape arrive withdraw evacuate bring take".split())
# Vessels and installations a name can modify ("the X oil rig", "the X well", "the X tanker").
_THING_HEAD_NOUNS = frozenset("""
rig platform well ship vessel tanker ferry liner boat yacht freighter trawler submarine carrier frigate
destroyer spacecraft shuttle probe rocket satellite telescope reactor refinery pipeline mine dam plant
""".split())
_PRODUCT_NOUNS = frozenset("ship vessel tanker ferry liner boat yacht freighter trawler submarine carrier "
                           "frigate destroyer spacecraft shuttle probe rocket satellite telescope".split())
# Group nouns a movement's name modifies ("X leaders", "X groups", "X fighters").
_GROUP_NOUNS = frozenset("""
leader leaders group groups fighter fighters militant militants movement movements cleric clerics preacher
preachers sheikh sheikhs scholar scholars faction factions party parties militia militias brigade brigades
organisation organisations organization organizations emirate state community communities network networks
current currents sect sects jihadist jihadists extremist extremists ideology doctrine mosque mosques
""".split())
_PLACE_LABELS = frozenset("GPE LOC FAC".split())
# Capitalised venue nouns written before the name of the person a venue is named after ("Court Philippe
# Chatrier"); "Hall" and "Park" are left out, being surnames too.
_VENUE_BEFORE = frozenset("Court Stadium Arena Centre Center Bridge Airport Avenue Boulevard Square Station "
                          "Theatre Theater Field".split())
# Place evidence needed to overturn the model's PERSON: two mentions (or one strong cue and one more),
# as on the audit articles' towns (4-10 mentions each); one "in X" alone is too weak ("faith in Wexley").
_PLACE_SCORE = 2
# Ship prefixes: United States Ship and Naval Ship, Her/His Majesty's Ship, Royal Fleet Auxiliary, Indian Naval
# Ship, Her Majesty's Canadian/Australian/New Zealand Ship. A person's name never opens with one.
_SHIP_PREFIXES = frozenset("USS USNS HMS RFA INS HMCS HMAS HMNZS".split())
_SHIP_WORD = re.compile(r"\b(?:" + "|".join(sorted(_SHIP_PREFIXES)) + r")\b")


def retype_entities(doc: Document) -> Document:
    """The document with PERSON entities the article shows to be places (GPE), installations (FAC),
    vessels (PRODUCT) or movements (NORP) relabelled, with their tokens' ``ent_type``."""
    doc = without_column_heads(joined_split_names(doc))
    doc = relabel_non_persons(_with_cut_surnames(_without_participles(doc)))
    # (Audit 16; a name split at a particle, "Zine El" + "Abidine Ben Ali", is joined first: name_parts)
    # (animals, agencies, time zones; "Postcard, Amany Eid" is the writer with her column's name: name_parts)
    # outlets, creatures, programme titles, given names, names cut at "Children's" (Audit 23; entity_retypes)
    doc = retype_named_things(with_given_names(joined_possessive_names(doc)))
    doc = relabel_products(doc)  # "App Store", "iPhone", "Apple Watch": things, never speakers (Audit 24)
    doc = retype_bodies(doc)  # "the Guangsha team", "owned by Guangsha", "Erik Wemple Blog" (session 16)
    doc = people_by_surname(doc)  # "Ernests Kalnins" PRODUCT beside "Kalnins" PERSON (session 20; entity_surnames)
    person_names = {name_key(e.text) for e in doc.entities if e.label == "PERSON"}
    if not person_names:
        return doc
    surnames = _lone_words(doc)
    starts: dict[str, list[int]] = defaultdict(list)
    for token in doc.tokens:
        starts[token.text].append(token.i)
    full_surnames = {name_key(e.text).split()[-1] for e in doc.entities
                     if e.label == "PERSON" and " " in name_key(e.text)}
    relabel: dict[str, str] = dict.fromkeys(_vessel_names(doc) & person_names, "PRODUCT")
    for name in person_names - set(relabel):
        label = _kind(doc, name, surnames, full_surnames, starts)
        if label is not None:
            relabel[name] = label
    if not relabel:
        return doc
    return relabelled(doc, lambda entity: relabel.get(name_key(entity.text)) if entity.label == "PERSON" else None)


# Parts of speech of a word that opens a new sentence, never a surname ("... in Surrey The council said": a heading
# run into the text, seen on Newsroom and CNN/DailyMail articles; "Still", "Long", "Young" are adverbs and adjectives).
_FUNCTION_POS = frozenset("DET ADP CCONJ SCONJ PRON PART AUX".split())


def _cut_surname(doc: Document, entity: Entity) -> bool:
    """Whether the word right after a one-word PERSON entity is the rest of the name: capitalised mid-sentence,
    untagged, and written one space after it ("Devon Still", "Nia Long": the model stopped at a word that is
    also an adverb or adjective, and "Still" alone then read as a connective; issue #11)."""
    if entity.label != "PERSON" or entity.token_end >= len(doc.tokens) or " " in name_key(entity.text) \
            or entity.text.lower().rstrip(".") in _TITLES:
        return False
    word = doc.tokens[entity.token_end]
    return word.start == entity.end + 1 and doc.article.text[entity.end] == " " and word.text.isalpha() \
        and word.text.istitle() and len(word.text) > 1 and not word.ent_type and word.pos not in _FUNCTION_POS \
        and doc.tokens[entity.token_end - 1].text.isalpha()


def _with_cut_surnames(doc: Document) -> Document:
    """PERSON entities cut before a surname that is also a common word extended over it (:func:`_cut_surname`)."""
    cut = [n for n, entity in enumerate(doc.entities) if _cut_surname(doc, entity)]
    if not cut:
        return doc
    tokens = list(doc.tokens)
    entities = list(doc.entities)
    for n in cut:
        entity = entities[n]
        word = tokens[entity.token_end]
        tokens[word.i] = replace(word, ent_type="PERSON")
        entities[n] = replace(entity, text=doc.article.text[entity.start : word.end], end=word.end,
                              token_end=entity.token_end + 1)
    return replace(doc, tokens=tuple(tokens), entities=tuple(entities))


def _vessel_names(doc: Document) -> set[str]:
    """Names of ships: a name after a ship prefix ("USS Carl Vinson", "RFA Largs Bay"), with and without it, so
    that a later "the Carl Vinson" is the ship too (Audit 18: "USS Carl Vinson (person)")."""
    found: set[str] = set()
    tokens = doc.tokens
    for entity in doc.entities:
        before = tokens[entity.token_start - 1].text if entity.token_start > 0 else ""
        if before not in _SHIP_PREFIXES and _SHIP_WORD.search(entity.text) is None:
            continue  # most entities name no ship: name_key for each was 1% of the pipeline (cProfile, CNN/DM)
        words = name_key(entity.text).split()
        if len(words) > 1 and words[0] in _SHIP_PREFIXES:
            found |= {" ".join(words), " ".join(words[1:])}
        elif before in _SHIP_PREFIXES and words:
            found |= {" ".join(words), f"{before} {' '.join(words)}"}
    return found


def _without_participles(doc: Document) -> Document:
    """Entities with a participle the parser read as a verb cut off their front: "Echoing Swift, the columnist
    said ..." names Swift (the lead's reading showed a person "Echoing Swift"); "Giving Holyrood power to raise
    benefits ..." names Holyrood, whatever the label (session 18c, the lead's XSum row 77: "Giving Holyrood
    (organisation)"). A plural noun for the staff of a body glued before the name at a sentence's start
    ("Pollsters Harlow Kemp asked", "Analysts Brent Ridge said") is cut too, and the name it stood for is a body
    (XSum row 77: "Ipsos Mori (person)")."""
    tokens = list(doc.tokens)
    entities: list[Entity] = []
    bodies: set[str] = set()
    opens = {sentence.start for sentence in doc.sentences}
    for entity in doc.entities:
        first = entity.token_start
        while first < entity.token_end - 1 and (_leading_verb(tokens[first]) or _staff_of_body(tokens[first], opens)):
            if _staff_of_body(tokens[first], opens):
                bodies.add(name_key(doc.article.text[tokens[first + 1].start : entity.end]))
            tokens[first] = replace(tokens[first], ent_type="")
            first += 1
        if _staffed(tokens, entity.token_start) or _surveys(tokens, entity):
            bodies.add(name_key(entity.text))
        if first == entity.token_start:
            entities.append(entity)
            continue
        start = tokens[first].start
        entities.append(replace(entity, text=doc.article.text[start : entity.end], start=start, token_start=first))
    if entities == list(doc.entities):
        return doc
    doc = replace(doc, tokens=tuple(tokens), entities=tuple(entities))
    return relabelled(doc, lambda e: "ORG" if e.label == "PERSON" and name_key(e.text) in bodies else None) \
        if bodies else doc


def _leading_verb(token: Token) -> bool:
    return token.pos == "VERB" and token.tag in ("VBG", "VBN")


# Plural nouns for the people of a firm or an institute that a name stands for when glued before it ("Pollsters
# Harlow Kemp asked voters"): the name is the firm's. Singular forms are a person's title ("Analyst Olga Petrenko").
_STAFF_PLURALS = frozenset("""
pollsters researchers analysts economists strategists scientists auditors consultants regulators brokers
forecasters statisticians
""".split())


# Verbs whose subject, with no title before it, is a polling or research firm ("Harlow Kemp surveyed 1,000 adults");
# a person who surveys is written with a title ("Professor Anna Berg surveyed 500 farmers") and keeps it.
_POLLING = frozenset("survey poll".split())


def _surveys(tokens: Sequence[Token], entity: Entity) -> bool:
    last = tokens[entity.token_end - 1]
    before = tokens[entity.token_start - 1].text.lower().rstrip(".") if entity.token_start else ""
    return entity.label == "PERSON" and last.dep == "nsubj" and tokens[last.head].lemma.lower() in _POLLING \
        and before not in _TITLES and before not in _ROLE_NOUNS


def _staffed(tokens: Sequence[Token], i: int) -> bool:
    """Whether the name at token ``i`` follows a staff plural ("pollsters Harlow Kemp", "analysts at Brent Ridge")."""
    before = [t.text.lower() for t in tokens[max(i - 2, 0) : i]]
    return bool(before) and (before[-1] in _STAFF_PLURALS or (before[-2:] == [before[0], "at"]
                             and before[0] in _STAFF_PLURALS))


def _staff_of_body(token: Token, opens: set[int]) -> bool:
    """Whether ``token`` is a capitalised staff plural ("Pollsters") opening a sentence (``opens``) before a name."""
    return token.start in opens and token.text.istitle() and token.text.lower() in _STAFF_PLURALS


def _occurrences(doc: Document, name: str, starts: Mapping[str, Sequence[int]]) -> Iterable[tuple[int, int]]:
    """Token spans where ``name`` is written, tagged as an entity there or not (``starts``: the
    indices of each token text, built once per document so that a long text is not rescanned per name)."""
    words = tuple(name.split())
    tokens = doc.tokens
    firsts = [words[0]]
    if words[0][:3].lower() in _ARTICLE_PREFIXES:
        # "al-Shabab" and, opening a sentence, "Al-Shabab": one name, so the evidence of both counts (Audit 18)
        firsts.append(words[0][0].swapcase() + words[0][1:])
    for first in firsts:
        shape = (first, *words[1:])
        for i in starts.get(first, ()):
            if tuple(t.text for t in tokens[i : i + len(words)]) == shape:
                yield i, i + len(words)


def _lone_words(doc: Document) -> set[str]:
    """Words that make a whole PERSON entity alone or after a title ("Mansour", "Major Mansour")."""
    found: set[str] = set()
    for entity in doc.entities:
        if entity.label != "PERSON":
            continue
        words = name_key(entity.text).split()
        while len(words) > 1 and words[0].lower().rstrip(".") in _TITLES:
            words = words[1:]
        if len(words) == 1:
            found.add(words[0])
    return found


def _kind(doc: Document, name: str, surnames: set[str], full_surnames: set[str],
          starts: Mapping[str, Sequence[int]]) -> str | None:
    """The label the article's evidence gives ``name`` instead of PERSON, or None to keep it."""
    words = name.split()
    if not words or not all(w[:1].isupper() for w in words if w.isalpha() and w.lower() not in ("al", "el")):
        return None
    spans = list(_occurrences(doc, name, starts))
    if spans and all(a > 0 and doc.tokens[a - 1].text in _VENUE_BEFORE for a, _b in spans):
        return "FAC"  # always "Court Suzanne Lenglen": a venue, and a lone "Lenglen" is the venue too
    if (len(words) > 1 and words[-1] in surnames) or (len(words) == 1 and name in full_surnames):
        return None  # "Adel Mansour" and a lone "Mansour": a surname, whichever of the two is read
    if not spans or any(_person_form(doc, a, b) for a, b in spans):
        return None
    if sum(_group_cue(doc, a, b) for a, b in spans) >= _GROUP_SCORE:
        return "ORG"  # "militant group Boko Haram", "Boko Haram envoy": a group, though it "claims" things
    if any(_speaks(doc, b) for _a, b in spans):
        return None
    thing = [_thing_cue(doc, a, b) for a, b in spans]
    if any(thing):
        return "PRODUCT" if any(t == "PRODUCT" for t in thing) else "FAC"
    labels = _model_labels(doc, spans)
    # the article's words must say "place" at least once: the model's own GPE votes alone followed
    # the shape of a name ("Banksy", "Phelps" tagged GPE at some mentions)
    cued = sum(_place_cue(doc, a, b) for a, b in spans)
    if cued and cued + sum(1 for lab in labels if lab in _PLACE_LABELS) >= _PLACE_SCORE:
        return "GPE"
    if len(words) == 1 and _movement(doc, spans, labels):
        return "NORP"
    return None


def _model_labels(doc: Document, spans: Sequence[tuple[int, int]]) -> list[str]:
    """The label of each entity that is exactly one of ``spans`` (the model's own votes)."""
    starts = {a: b for a, b in spans}
    return [e.label for e in doc.entities if starts.get(e.token_start) == e.token_end]


def _person_form(doc: Document, a: int, b: int) -> bool:
    """A title or role noun before the mention, an age or "who" after it."""
    tokens = doc.tokens
    before = tokens[a - 1] if a > 0 else None
    if before is not None and before.text.lower().rstrip(".") in _TITLES and before.text[:1].isupper():
        return True
    if before is not None and before.text.islower() and before.lemma.lower() in _ROLE_NOUNS:
        return True  # "street artist Banksy"
    after = tokens[b : b + 2]
    return len(after) == 2 and after[0].text == "," and (after[1].like_num or after[1].text.lower() == "who")
    # "Nabil Haddad, 71,", "Rami Saleh, who teaches"


def _speaks(doc: Document, b: int) -> bool:
    """The mention ending before ``b`` is the subject of a verb of speech or thought."""
    last = doc.tokens[b - 1]
    head = doc.tokens[last.head]
    return last.dep in ("nsubj", "nsubjpass") and head.lemma.lower() in _SPEECH_LEMMAS


# A group named as one: "militant group X" (2), "X envoy", "X militants", "X, which" (1 each). Two points
# are needed, as for places; a person's name is never written after "group" nor followed by "which".
_GROUP_BEFORE = frozenset("group movement militia organisation organization network faction outfit sect".split())
_GROUP_AFTER = frozenset("envoy envoys militant militants fighter fighters insurgent insurgents insurgency uprising "
                         "member members commander commanders spokesman spokesperson cell cells".split())
_GROUP_SCORE = 2
_ARTICLE_PREFIXES = frozenset(("al-", "el-"))  # the Arabic article, lower case in a sentence, upper at its start
# "the leader of X" (2), "X's fighters" (1): a person has no leader and no fighters (Audit 18: "al-Shabab"
# typed a person); "X's spokesman" is not one, since a person has a spokesman too.
_GROUP_OF = frozenset("leader leaders founder founders commander commanders fighter fighters militant militants "
                      "member members ranks".split())
_GROUP_POSSESSED = frozenset("leader leaders fighters militants insurgents commanders ranks".split())


def _group_cue(doc: Document, a: int, b: int) -> int:
    """Group evidence at one mention (see _GROUP_BEFORE and _GROUP_AFTER)."""
    tokens = doc.tokens
    before = tokens[a - 1] if a > 0 else None
    if before is not None and before.text.islower() and before.text in _GROUP_BEFORE:
        return 2
    after = tokens[b : b + 2]
    possessive = bool(after) and after[0].text in ("'s", "’s")
    if before is not None and before.text == "of" and a >= 2 and tokens[a - 2].text in _GROUP_OF and not possessive:
        return 2
    if after and after[0].text.islower() and after[0].text in _GROUP_AFTER:
        return 1
    if possessive and len(after) == 2 and after[1].text in _GROUP_POSSESSED:
        return 1
    return int(len(after) == 2 and after[0].text == "," and after[1].text.lower() == "which")


def _place_cue(doc: Document, a: int, b: int) -> int:
    """Place evidence at one mention: 2 for "the town of X" or "X residents", 1 for "in X"."""
    tokens = doc.tokens
    after = tokens[b] if b < len(tokens) else None
    if after is not None and after.text.lower() in _PLACE_HEAD_NOUNS and after.text.islower():
        return 2
    before = tokens[a - 1] if a > 0 else None
    if before is None or (after is not None and after.text in ("'s", "’s", "'", "’")):
        return 0  # "in Wexley's office": the place is the office
    word = before.text.lower()
    if word == "of" and a >= 2 and tokens[a - 2].lemma.lower() in _PLACE_OF_NOUNS:
        return 2
    if word in _LOCATIVE:
        return 1
    if word in ("to", "from") and tokens[before.head].lemma.lower() in _MOTION_LEMMAS:
        return 1
    return 0


def _thing_cue(doc: Document, a: int, b: int) -> str | None:
    """ "the X oil rig", "the X well" (PRODUCT for a vessel, FAC for an installation), "aboard X"."""
    tokens = doc.tokens
    for k in range(b, min(b + 2, len(tokens))):
        word = tokens[k]
        if not word.text.islower() or word.pos not in ("NOUN", "PROPN"):
            break
        if word.lemma.lower() in _THING_HEAD_NOUNS:
            return "PRODUCT" if word.lemma.lower() in _PRODUCT_NOUNS else "FAC"
    k = a - 1
    if k >= 0 and tokens[k].text in _VENUE_BEFORE:
        return "FAC"  # "Court Suzanne Lenglen", "Stadium Jan Breydel": a venue named after someone
    if k >= 0 and tokens[k].text.lower() == "the":
        k -= 1
    if k >= 0 and tokens[k].text.lower() == "aboard":
        return "PRODUCT"
    return None


def _movement(doc: Document, spans: Sequence[tuple[int, int]], labels: Sequence[str]) -> bool:
    """A one-word name that never stands alone: every mention modifies a noun ("X leaders", "a X
    (fundamentalist) emirate") or opens a longer name, and one of them is a group noun or the model
    tagged a longer name that opens with it as a group (NORP)."""
    tokens = doc.tokens
    group = any(e.label == "NORP" and e.token_start in {a for a, _ in spans} and e.token_end - e.token_start > 1
                for e in doc.entities)
    for a, _b in spans:
        head = _modified_noun(tokens, a)
        if head is None:
            return False
        group = group or head.lemma.lower() in _GROUP_NOUNS or head.text.lower() in _GROUP_NOUNS
    return group and "PERSON" in labels


def _modified_noun(tokens: Sequence[Token], i: int) -> Token | None:
    """The noun that the word at ``i`` modifies, read left to right over a bracketed gloss and
    adjectives ("Salafi (fundamentalist) emirate", "Salafi Islamist groups")."""
    k = i + 1
    if k < len(tokens) and tokens[k].text == "(":
        while k < len(tokens) and tokens[k].text != ")" and k - i < 6:
            k += 1
        k += 1
    for _ in range(3):
        if k >= len(tokens):
            return None
        word = tokens[k]
        if word.pos == "NOUN" and word.text.islower():
            return word
        if word.pos not in ("ADJ", "PROPN") or not word.text.isalpha():
            return None
        k += 1
    return None

