"""Names the NER model types as people or bodies that the article shows to be animals, agencies or time zones.

Reader Audit 16 (docs/audit.md 17.4 item 6) found four false actor types: a dog named in a local story
("Kai, a male Shar-Pei crossbreed", "Kai is ... a lovely dog") shown as a person; an agency ("Border
Patrol") shown as a person; and the time zone of a live page's update stamps ("6:50 p.m. ET") shown as
an organisation, which also pulled the country it was clustered with ("Egypt") to a person. The
evidence is read from the article's own words, like the rest of :mod:`newsbrief.nlp.entity_kinds`:

- an animal: the name set beside an animal noun ("X, a Siberian husky", "the dog X", "X the cat") or
  said to be one ("X is a lovely dog"); it gets the label ``ANIMAL``, which no stage takes as an actor;
- an agency: a name of two words or more that ends in a word for a public body ("Border Patrol",
  "Coast Guard", "Secret Service"); it gets ``ORG``; so does a group's ("Nusra Front", "Ansar al-Deen",
  Audit 17);
- a time zone: an abbreviation written right after a clock time ("6:33 p.m. ET", "14:00 GMT") at one
  mention at least, tagged there or not (Audit 17: "12:02 p.m. CT" left untagged, and "CT" tagged as an
  organisation where a sentence split left it first); every mention of it gets ``TIME``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from newsbrief.memo import per_document
from newsbrief.models import Document, Entity, Token

# Nouns for animals, and the words for a dog's breed or kind ("crossbreed", "mongrel") that a name is set beside.
_ANIMAL_NOUNS = frozenset("""
dog dogs puppy pup pooch hound mutt mongrel crossbreed cross breed pet cat kitten tomcat husky terrier spaniel
retriever labrador poodle bulldog beagle dachshund greyhound collie rottweiler chihuahua pug corgi whippet
lurcher mastiff alsatian horse pony mare stallion foal gelding donkey mule cow heifer calf pig piglet goat
sheep lamb ewe parrot budgie bird owl eagle hawk falcon tortoise turtle rabbit hamster ferret monkey gorilla
chimpanzee orangutan elephant lion lioness tiger bear panda giraffe zebra dolphin whale orca seal penguin
snake python crocodile alligator camel kangaroo koala otter badger fox
""".split())
# "shepherd" and "pointer" name people too; they are a dog only after a breed word ("German shepherd").
_BREED_PREFIXES = frozenset("german alsatian belgian australian anatolian english irish".split())
_BREED_NOUNS = frozenset({"shepherd", "setter", "pointer"})
# Last words of an agency's name ("Border Patrol", "Coast Guard", "Secret Service", "Forest Service").
_AGENCY_WORDS = frozenset("""
Patrol Guard Service Agency Department Ministry Police Bureau Commission Administration Authority Office Corps
Directorate Inspectorate Constabulary Gendarmerie Command Council Committee Board Tribunal Court Parliament
""".split())
# Words that make a name a group's (Audit 17: "Ansar al-Deen" and "Ansar al-Din" shown as people): an English
# group word ending the name ("Nusra Front", "Martyrs Brigade") or an Arabic, Urdu or Pashto one opening it
# ("Ansar" supporters, "Jabhat" front, "Jaish"/"Jaysh" army, "Harakat"/"Tehrik" movement, "Hizb" party,
# "Kataib"/"Liwa"/"Saraya" brigades, "Jund" soldiers, "Jamaat" group, "Lashkar" army); no person's name ends or
# opens so. On the CNN/DM, Newsroom and XSum sets of ../shared/data/summ the rule changed only "Jaish al Adal"
# and "Ahrar al-Sham", both groups. (Typing a one-word nationality that acts as a company was tried and
# dropped: "the Dutchman", "the Frenchman" and players' surnames are tagged NORP there too.)
_GROUP_LAST = frozenset("""
Front Brigade Brigades Army Movement Party Group Militia Militias Battalion Battalions Legion Faction Network
Organisation Organization Alliance Coalition Forces
""".split())
_GROUP_FIRST = frozenset("""
Ansar Ansaru Jabhat Jaish Jaysh Harakat Harakah Hizb Hezb Kataib Liwa Saraya Jund Jamaat Jamaah Jemaah Tanzim
Lashkar Tehrik Tehreek Ahrar Asaib Hayat Majlis
""".split())
# Schools and firms named like people (session 19, the lead's Newsroom row 54: "Swanson Middle" from a list of
# schools and the mail-order firm "Montgomery Ward" of "kit houses from Sears and Montgomery Ward" typed people).
# A name ending in a school's word that no surname is ("Glebe Elementary") is a school; one ending in a word that
# is also a surname or an adjective ("Swanson Middle", "Lee High") only with "school(s)" or another such name
# near it. A name coordinated with a body ("Sears and X") and never shown as a person (no speech of its own, its
# last word never alone) is a body too.
_SCHOOL_LAST = frozenset("Elementary Primary Secondary Academy Intermediate Polytechnic".split())
_SCHOOL_LAST_CUED = frozenset("Middle High Junior Prep Grammar Comprehensive".split())
_SCHOOL_NOUNS = frozenset(("school", "schools"))
_SCHOOL_WINDOW = 20  # tokens either side of a mention: a "Schools:" label opens a list of five or six
_SPEECH_VERBS = frozenset("say tell add insist claim deny announce warn state explain argue recall".split())
# Place heads (Audit 27: "Michoud Boulevard", "Fortress Monroe" and the border post "Bab al-Hawa" shown as people): a
# name of two words or more that ends in a street's or a structure's word, or opens with a fort's or a gate's, is a
# place (label ``FAC``, which no stage takes as an actor). The words that are also surnames ("Nathan Lane", "Picabo
# Street", "Danny Way") need a place cue: a mention right after a preposition of place or "the".
_PLACE_LAST = frozenset("Boulevard Avenue Road Square Crossing Highway Plaza Crescent Embankment".split())
_PLACE_LAST_SURNAMES = frozenset("Street Lane Gate Way Drive Terrace Bridge".split())
_PLACE_FIRST = frozenset("Fort Fortress Bab".split())
_PLACE_CUES = frozenset("on in at along down up near onto into off across from to the".split())
# Time zones written after a clock time on live pages and wire stamps.
# A direction before a place names a region ("Upper Egypt", "Northern Kenya", "Greater Manchester"; Audit 28 29.4
# pattern 5: "Upper Egypt" typed a person drew the country's 31 mentions to him by its "surname"). Only a name the
# model typed a person is relabelled, and only when its rest is a place the model tags on its own elsewhere:
# "Oliver North" or "Kanye West" put the direction last, and no given name is one of these words.
_REGION_FIRST = frozenset("""
Upper Lower North South East West Central Greater Northern Southern Eastern Western Northeast Northwest Southeast
Southwest Northeastern Northwestern Southeastern Southwestern Outer Inner Middle
""".split())
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# A village or town typed as a person or a body (Audit 29 30.4 pattern 7: "Houla (person)", the village of "the Houla
# massacre"; an invented "Tremseh" tagged ORG and GPE by turns became an organisation of five mentions). One word is
# a place when it names an event's setting ("the Houla massacre") or follows "in"/"near" while the model tags it a
# place elsewhere; a person's one-word name is a place only with such a cue ("in Houla", "the Houla massacre"), as
# a surname of a person named in full ("Denzel Washington ... Washington said") never is.
_EVENT_NOUNS = frozenset("massacre massacres killings siege bombing bombings shelling uprising earthquake".split())
_SETTING_CUES = frozenset("in near outside".split())
_HOLDING_NOUNS = frozenset("stake stakes shares share investment investors interest holding".split())
# A hashtag run together from several words ("MacklemoreJoinedISIS"; Audit 28 29.4 pattern 5, typed a person): a
# lower-case letter followed by a capital at two places at least. Personal names have one at most ("McDonald",
# "DiCaprio", "LeBron"); companies may have two ("GlaxoSmithKline"), so without a "#" such a name is a body.
_CAMEL_HUMP = re.compile(r"[a-z][A-Z]")
_HASHTAG_HUMPS = 2
_TIME_ZONES = frozenset("ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT BST UTC CET CEST EET AEST AEDT IST".split())
_CLOCK_WORDS = frozenset({"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "noon", "midnight"})
_TITLE_CUES = frozenset("headlined titled entitled headline column called dubbed".split())
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Diseases and their agents, which the model tags as bodies or people (Audit 19: "Ebola (organisation)" in a story
# on a denied outbreak). Label ``DISEASE``, which no stage takes as an actor. Diseases named after a person or a
# place (Parkinson's, Marburg, Lassa) are left out: the key drops the "'s", and the name is also a surname or a town.
_DISEASES = frozenset("""
Ebola HIV AIDS HIV/AIDS H1N1 H5N1 H7N9 SARS MERS Covid COVID Covid-19 COVID-19 SARS-CoV-2 Zika MRSA Polio Measles
Malaria Cholera Typhoid Tuberculosis TB Dengue Chikungunya Anthrax Smallpox Mpox Monkeypox Rabies Norovirus
Salmonella Listeria E.coli Influenza
""".split())
# Lower-case nouns for a publication written right before its name.
OUTLET_NOUNS = frozenset("newspaper newspapers daily tabloid weekly broadsheet broadcaster website magazine".split())
# A comic title before a common noun is an epithet, not a person (Audit 19: a columnist's mocking "Captain Irony"
# shown as "Irony — Captain (person)"): the noun is abstract by its suffix (see below) or one of the words
# such epithets are made of. "Captain Smith", "Doctor Foster" stay people.
_EPITHET_TITLES = frozenset("Captain Capt Mr Mister Miss Mrs Ms Doctor Dr Professor Prof Lord Lady Sir Dame "
                            "General Major Colonel Sergeant Agent Saint St King Queen Prince Princess".split())
# Only suffixes no surname ends in with a stem of four letters or more ("Guinness", "Hood", "Verity" are names).
_EPITHET_SUFFIXES = ("ity", "ism", "phobia", "mania")
_EPITHET_STEM = 4
_EPITHET_NOUNS = frozenset("""
irony obvious hindsight sarcasm karma reality logic science nature planet sensible fantastic awesome chaos doom
panic fear grumpy know-it-all killjoy misery worry caution safety hypocrisy paranoia underpants marvel outrage
""".split())


def relabel_non_persons(doc: Document) -> Document:
    """The document with animals, agencies and time zones the model typed as people or bodies relabelled
    (on the entities and their tokens' ``ent_type``); see the module notes."""
    relabel: dict[str, str] = {}
    for entity in doc.entities:
        if entity.label not in _ACTOR_LABELS:
            continue
        name = name_key(entity.text)
        if name in _TIME_ZONES and any(after_clock(doc, a) for a, _ in _mentions(doc, name)):
            relabel[name] = "TIME"
        elif entity.label == "PERSON" and any(_animal_named(doc, a, b) for a, b in _mentions(doc, name)):
            relabel[name] = "ANIMAL"
        elif name in _DISEASES or name.lower() in ("swine flu", "bird flu", "spanish flu"):
            relabel[name] = "DISEASE"
        elif entity.label == "PERSON" and _mentions(doc, name) and all(_epithet(doc, a, b)
                                                                    for a, b in _mentions(doc, name)):
            relabel[name] = "EPITHET"
        elif entity.label == "PERSON" and _titled_place(doc, name):
            relabel[name] = "WORK_OF_ART"
        elif entity.label == "PERSON" and _place(doc, name):
            relabel[name] = "FAC"
        elif entity.label == "PERSON" and _region(doc, name):
            relabel[name] = "LOC"  # every mention: a region the model tagged a place elsewhere stays no actor
        elif _settlement(doc, entity, name):
            relabel[name] = "GPE"  # every mention: the place of the events stays a place (type "place")
        elif hashtag(doc.article.text, name):
            relabel[name] = "HASHTAG"
        elif _body(entity, name) or (entity.label == "PERSON" and (_outlet_named(doc, entity) or _camel(name)
                                                                  or _school(doc, name) or _firm_listed(doc, name))):
            relabel.setdefault(name, "ORG")
    if not relabel:
        return doc

    def label_of(entity: Entity) -> str | None:
        label = relabel.get(name_key(entity.text)) if entity.label in _ACTOR_LABELS else None
        # a body's or a place's word re-types only the mentions the model took for a person
        return None if label in ("ORG", "FAC") and entity.label != "PERSON" else label

    return relabelled(doc, label_of)


def relabelled(doc: Document, label_of: Callable[[Entity], str | None]) -> Document:
    """``doc`` with every entity for which ``label_of`` gives a label relabelled, its tokens too."""
    tokens = list(doc.tokens)
    entities: list[Entity] = []
    for entity in doc.entities:
        label = label_of(entity)
        if label is None:
            entities.append(entity)
            continue
        entities.append(replace(entity, label=label))
        for i in range(entity.token_start, entity.token_end):
            tokens[i] = replace(tokens[i], ent_type=label)
    return replace(doc, tokens=tuple(tokens), entities=tuple(entities))


def name_key(text: str) -> str:
    """A name as compared across mentions: no possessive, no leading "the"."""
    text = text.strip()
    for suffix in ("'s", "’s", " 's", "'", "’"):
        if text.endswith(suffix):
            text = text[: -len(suffix)].rstrip()
            break
    return text[4:] if text.lower().startswith("the ") else text


def after_clock(doc: Document, start: int) -> bool:
    """Whether the token before ``start`` ends a clock time ("p.m.", "6:33", "1430")."""
    if start == 0:
        return False
    before = doc.tokens[start - 1]
    word = before.text.lower()
    # "1430 GMT": a four-digit 24-hour clock, as live pages stamp their updates (a live page's "-- 0800 GMT:" line
    # made GMT an organisation that took an actor's place under the cap, session 17)
    military = len(word) == 4 and word.isdigit() and int(word[:2]) < 24 and int(word[2:]) < 60
    return word in _CLOCK_WORDS or military or (":" in word and word.replace(":", "").isdigit())


def _epithet(doc: Document, a: int, b: int) -> bool:
    """Whether the mention tokens ``a``..``b`` read "Captain Irony": one word after a title, an abstract
    common noun (see _EPITHET_SUFFIXES and _EPITHET_NOUNS), the title inside the mention or just before it."""
    words = [t.text for t in doc.tokens[a:b]]
    if words and words[0].rstrip(".") in _EPITHET_TITLES:
        words = words[1:]
    elif a == 0 or doc.tokens[a - 1].text.rstrip(".") not in _EPITHET_TITLES:
        return False
    if len(words) != 1:
        return False
    word = words[0].lower()
    return word in _EPITHET_NOUNS or any(word.endswith(suffix) and len(word) - len(suffix) >= _EPITHET_STEM
                                         for suffix in _EPITHET_SUFFIXES)


def _outlet_named(doc: Document, entity: Entity) -> bool:
    """Whether an outlet noun right before the name says it is a publication ("the Baghdad newspaper Al-Sabah", "the
    tabloid Bild"; Audit 19: the newspaper whose report the story denies, typed a person, was dropped as a thing)."""
    k = entity.token_start
    return k > 0 and doc.tokens[k - 1].text in OUTLET_NOUNS


def _body(entity: Entity, name: str) -> bool:
    """An agency's or a group's name typed as a person's ("Border Patrol", "Nusra Front", "Ansar al-Deen"; see
    the word lists)."""
    words = name.split()
    return entity.label == "PERSON" and len(words) > 1 and (
        words[-1] in _AGENCY_WORDS or words[-1] in _GROUP_LAST or words[0] in _GROUP_FIRST)


def _place(doc: Document, name: str) -> bool:
    """A street, a structure or a fort typed as a person ("Harlan Boulevard", "Fort Wexley"; see _PLACE_LAST)."""
    words = name.split()
    if len(words) < 2:
        return False
    if words[-1] in _PLACE_LAST or words[0] in _PLACE_FIRST:
        return True
    return words[-1] in _PLACE_LAST_SURNAMES and any(
        a > 0 and doc.tokens[a - 1].text.lower() in _PLACE_CUES for a, _ in _mentions(doc, name))


def _region(doc: Document, name: str) -> bool:
    """A direction and a place typed as a person ("Upper Egypt"; see _REGION_FIRST): the place after the direction
    is tagged a place on its own somewhere in the article. "Thomas Egypt" opens with no direction."""
    first, _, rest = name.partition(" ")
    return first in _REGION_FIRST and bool(rest) and any(
        e.label in _PLACE_LABELS and name_key(e.text) in (rest, name) for e in doc.entities)


def _settlement(doc: Document, entity: Entity, name: str) -> bool:
    """A one-word place typed as a person or a body (see _EVENT_NOUNS): "the X massacre", or set after "in"/"near"
    ("in Houla"; "a stake in Apple" is a holding) while tagged a place elsewhere (or, for a person, even untagged)."""
    if entity.label not in ("PERSON", "ORG") or " " in name or not name[:1].isupper():
        return False
    if any(e.label == "PERSON" and " " in e.text and name_key(e.text).endswith(" " + name) for e in doc.entities):
        return False  # a surname
    tokens = doc.tokens
    spans = _mentions(doc, name)
    if any(a > 0 and tokens[a - 1].text.lower() == "the" and b < len(tokens)
           and tokens[b].text.lower() in _EVENT_NOUNS
           for a, b in spans):
        return True
    # "in Obama's view", "the improvement in Argos' sales" set a party's view or sales, not a place
    set_in = any(a > 0 and tokens[a - 1].text.lower() in _SETTING_CUES and (a < 2 or tokens[a - 2].text.lower()
                 not in _HOLDING_NOUNS) and (b >= len(tokens) or tokens[b].text not in ("'s", "’s", "'", "’"))
                 for a, b in spans)
    tagged_place = any(e.label in _PLACE_LABELS and name_key(e.text) == name for e in doc.entities)
    return set_in and (tagged_place or entity.label == "PERSON")


def _camel(name: str) -> bool:
    """One word with a capital after a lower-case letter at two places at least ("MacklemoreJoinedISIS")."""
    return " " not in name and len(_CAMEL_HUMP.findall(name)) >= _HASHTAG_HUMPS


def hashtag(text: str, name: str) -> bool:
    """Whether ``name`` is a hashtag: run together from several words (see _CAMEL_HUMP) and written with "#" before
    it somewhere in ``text``, or written with "#" wherever it is written ("#Obama" beside "Obama said" is no tag)."""
    tagged = text.count("#" + name)
    return " " not in name and tagged > 0 and (_camel(name) or tagged == text.count(name))


def _titled_place(doc: Document, name: str) -> bool:
    """A headline made of a word and a country, typed as a person ("Sick Mexico, by <columnist>"; Audit 27, a live
    blog's press review): written in full once, its last word a place the model tags on its own elsewhere. Its
    "surname" then drew every mention of the country to a person of 24 mentions. A person named once in full whose
    surname is also a country named in the same article ("Jack Jordan" beside Jordan) is the cost, and rarer."""
    words = name.split()
    mentions = _mentions(doc, name)
    if len(words) != 2 or words[0] in _EPITHET_TITLES or len(mentions) != 1 or not _set_as_title(doc, *mentions[0]):
        return False
    return any(e.label == "GPE" and name_key(e.text) == words[-1] for e in doc.entities)


def _set_as_title(doc: Document, a: int, b: int) -> bool:
    """Whether the name at tokens ``a``-``b`` is set as a title: after "headlined", "titled", "column"; before
    ", by" or ":"; or alone at the head of its line. "Governor Irena Dobreva", her surname tagged a place, is not."""
    tokens = doc.tokens
    before = tokens[a - 1].text.lower() if a > 0 else "\n"
    after = [t.text.lower() for t in tokens[b : b + 2]]
    return before in _TITLE_CUES or after[:2] == [",", "by"] or after[:1] == [":"] or (
        "\n" in before and (not after or "\n" in after[0]))


def _is_animal(tokens: tuple[Token, ...], i: int) -> bool:
    """Whether the word at ``i`` is an animal noun (a breed noun only after a breed word)."""
    word = tokens[i].text.lower()
    if word in _BREED_NOUNS:
        return i > 0 and tokens[i - 1].text.lower() in _BREED_PREFIXES
    return word in _ANIMAL_NOUNS or tokens[i].lemma.lower() in _ANIMAL_NOUNS


def _mentions(doc: Document, name: str) -> list[tuple[int, int]]:
    """Token spans where ``name`` is written, tagged there or not (the model may miss the mention
    that says what the name is: "Kai, a male Shar-Pei crossbreed")."""
    words = name.split()
    return [(i, i + len(words)) for i in _starts(doc).get(words[0], ())
            if [x.text for x in doc.tokens[i : i + len(words)]] == words]


# The last document's token positions by text: _mentions is asked for every actor entity's name, and a
# scan of all tokens per name was a hot spot (a profile of 40 CNN/DM briefs, session 20). The entry holds
# the document itself, so the identity check cannot match a new document that reuses a freed one's id.
@per_document
def _starts(doc: Document) -> dict[str, list[int]]:
    """The positions of each token text in ``doc``, in order (built once per document)."""
    starts: dict[str, list[int]] = {}
    for t in doc.tokens:
        starts.setdefault(t.text, []).append(t.i)
    return starts


def _animal_named(doc: Document, a: int, b: int) -> bool:
    """ "X, a (male Shar-Pei) crossbreed", "the dog X", "X the cat", "X is ... and is a lovely dog"."""
    tokens = doc.tokens
    if a >= 1 and tokens[a - 1].text.islower() and _is_animal(tokens, a - 1):
        return True  # "the dog Kai", "Her husky Kai"
    if b + 1 < len(tokens) and tokens[b].text.lower() == "the" and _is_animal(tokens, b + 1):
        return True  # "Kai the husky"
    if b + 1 < len(tokens) and tokens[b].text == "," and tokens[b + 1].pos == "DET":
        for k in range(b + 2, min(b + 7, len(tokens))):
            if tokens[k].pos == "PUNCT":
                break
            if _is_animal(tokens, k) and tokens[k].pos in ("NOUN", "PROPN"):
                return True  # "Kai, a male Shar-Pei crossbreed"
    last = tokens[b - 1]
    head = tokens[last.head]
    if last.dep != "nsubj" or head.lemma != "be":
        return False
    copulas = {head.i} | {t.i for t in tokens[head.i : head.right + 1] if t.head == head.i and t.dep == "conj"
                          and t.lemma == "be"}
    return any(t.head in copulas and t.dep == "attr" and _is_animal(tokens, t.i)
               for t in tokens[head.i : head.right + 1])


def _school(doc: Document, name: str) -> bool:
    """A school's name the model typed a person's ("Glebe Elementary"; "Swanson Middle" beside "schools")."""
    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    if words[-1] in _SCHOOL_LAST:
        return True
    if words[-1] not in _SCHOOL_LAST_CUED:
        return False
    tokens = doc.tokens
    for a, b in _mentions(doc, name):
        near = tokens[max(0, a - _SCHOOL_WINDOW) : b + _SCHOOL_WINDOW]
        if any(t.text.lower() in _SCHOOL_NOUNS for t in near):
            return True
        others = [t for t in near if (t.i < a or t.i >= b) and t.text in _SCHOOL_LAST | _SCHOOL_LAST_CUED
                  and t.i > 0 and tokens[t.i - 1].text[:1].isupper()]
        if others:
            return True  # "Glebe Elementary, Swanson Middle and Lee High"
    return False


def _firm_listed(doc: Document, name: str) -> bool:
    """A firm's name the model typed a person's: coordinated with a body in a list of sellers at some mention
    ("kit houses from Sears and Montgomery Ward"), or with a body anywhere when the model tags another mention a
    body; never written as a person's (the subject of a speech verb, or its last word alone)."""
    words = name.split()
    if len(words) < 2:
        return False
    tokens = doc.tokens
    spans = _mentions(doc, name)
    inside = {i for a, b in spans for i in range(a, b)}
    if any(t.text == words[-1] and t.i not in inside for t in tokens):
        return False  # "Ward said he ...": a person is shortened to the surname, a firm is not
    lists = []
    for a, b in spans:
        head = tokens[b - 1]
        if head.dep in ("nsubj", "nsubjpass") and tokens[head.head].lemma.lower() in _SPEECH_VERBS:
            return False
        conjuncts = [tokens[head.head]] if head.dep == "conj" else []
        conjuncts += [t for t in tokens[b : min(b + 6, len(tokens))] if t.dep == "conj" and t.head == head.i]
        if any(t.ent_type == "ORG" and not (a <= t.i < b) for t in conjuncts):
            lists.append([head, *conjuncts])
    # the model's own body tag at another mention weighs as much as a list of sellers
    return bool(lists) and (any(tokens[a].ent_type == "ORG" for a, _ in spans)
                            or any(_goods_list(tokens, members) for members in lists))


def _goods_list(tokens: tuple[Token, ...], members: list[Token]) -> bool:
    """Whether a list of names is one of sellers or makers, not of parties: it names goods ("Sears and X kit
    homes") or hangs on "from"/"by" ("houses from Sears and X"). "Microsoft and Bill Gates were sued" is a list
    of parties."""
    first = min(members, key=lambda t: t.i)
    if any(t.dep in ("compound", "nmod") and tokens[t.head].pos == "NOUN" for t in members):
        return True
    return first.dep == "pobj" and tokens[first.head].text.lower() in ("from", "by")
