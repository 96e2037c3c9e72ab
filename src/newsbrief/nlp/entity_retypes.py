"""Names typed wrong or cut short by the NER model that the article's own wording sets right (issue #11; reader
Audit 23, docs/audit.md 24.4 item 4).

Audit 23 found a newspaper and a news site listed as people ("Il Corriere Adriatico", "Diario de Cuba"), a
mythical creature and a dwarf planet as people ("Yeti", "Pluto"), a television programme's title split into two
people ("Hablando Con", "Padre Alberto"), and a given name moved into a title ("Fogh Rasmussen — NATO
Secretary-General Anders"). The lead's reading of unseen briefs added a detective typed an organisation (and so
dropped as a newspaper: her surname was "Post"). Each rule reads a fixed cue next to the name:

- an **outlet**: a foreign-language name that opens with a newspaper word ("Corriere", "Diario", "Zeitung"), or
  opens with an article ("Il", "La", "El", "Die") and holds a newspaper word ("La Nación", "Il Corriere
  Adriatico"), or follows "site"/"outlet"/"portal"; it gets ``ORG``. A person named "Laura Post" has no article
  before her name and no newspaper word first;
- a **creature or a heavenly body**: a person-typed name written with a determiner right before it ("the Yeti",
  "a Yeti"; a person's name never takes one unless an adjective stands between) or set beside a creature or
  planet noun ("Pluto, the dwarf planet"); it gets ``ANIMAL`` or ``LOC``, which no stage takes as an actor;
- a **programme or work title**: the capitalised run after a programme noun ("the talk show Charlando Con Tia
  Rosa"); a name written inside such a title, and never shown a person elsewhere, gets ``WORK_OF_ART``;
- a **titled person typed as an organisation**: "Detective Laura Post", a form of address then two or three
  capitalised words with no organisation word among them, gets ``PERSON``;
- a **given name left out**: "Secretary-General Anders Fogh Rasmussen" tagged "Fogh Rasmussen": a capitalised word
  between a title and the name joins the name.
- a **body's name cut at a plural's possessive**: "SOS Children's" and "Villages" tagged apart are one name.
- a **person typed as an organisation or untyped** whom a given name and a role in apposition show to be a person
  ("Beatrice Megevand-Roggo, the ICRC's regional head"): :mod:`newsbrief.nlp.given_names`.

Any evidence of a person (a title before the name, an age or "who" after it, the subject of a speech verb) keeps a
person a person, as in :mod:`newsbrief.nlp.entity_kinds`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newsbrief.models import Document, Entity, Token
from newsbrief.nlp.given_names import given_named_people
from newsbrief.nlp.non_persons import name_key, relabelled

__all__ = ["joined_possessive_names", "person_evidence", "retype_named_things", "with_given_names"]

# Words that open the name of a foreign-language newspaper and are no English given name or surname.
_FOREIGN_PAPER_FIRST = frozenset("""
Corriere Diario Gazzetta Giornale Zeitung Jornal Folha Correio Periódico Periodico Quotidiano Tageblatt
Tageszeitung Gazeta Dagblad Nieuwsblad Dziennik Avvenire
""".split())
# Words of a newspaper's name after a foreign article ("La Nación", "Le Monde", "Die Welt", "Il Messaggero").
_PAPER_WORDS = _FOREIGN_PAPER_FIRST | frozenset("""
Messaggero Repubblica Stampa Mundo País Pais Nación Nacion Monde Figaro Parisien Spiegel Welt Zeit Presse Express
Tribune Herald Post Times Journal Mercurio Tiempo Universal Unione Nazione Sole Clarín Clarin Observateur
Libération Liberation Dépêche Depeche Kurier Standard Matin Soir Sera Adriatico Sarda Gazette Informazione
Opinión Opinion Vanguardia Razón Razon Prensa Heraldo Nuevo Nouvel Nouvelle Süddeutsche Allgemeine
""".split())
# Articles that open a foreign-language title ("Il", "La", "El", "Die"); "Le Pen" and "El Chapo" hold no
# newspaper word and stay people.
_FOREIGN_ARTICLES = frozenset("Il Lo La Le Les L' El Los Las Der Die Das De Het O Os As".split())
# Nouns for a news outlet written right before its name (non_persons reads "newspaper", "daily", "website").
_SITE_NOUNS = frozenset("site outlet portal blog".split())
# Nouns for a creature (mythical or not) and for a heavenly body, set beside a name.
_CREATURE_NOUNS = frozenset("creature creatures beast monster ape ape-man hominid cryptid snowman".split())
# Not "star": "reality star Maisie Crane" is a celebrity.
_SKY_NOUNS = frozenset("planet moon comet asteroid galaxy meteor meteorite".split())
# Programme and work nouns whose title follows ("the talk show X", "the series X", "the documentary X").
_WORK_NOUNS = frozenset("show programme program series sitcom soap documentary podcast film movie novel book album "
                        "song column segment drama telenovela serial".split())
# Small words a foreign or English title keeps in its run ("Hablando Con Padre Alberto", "Men of Honour").
_TITLE_JOINERS = frozenset("con de del la el y con of the and with a in on for da di do dos e".split())
# Forms of address that, written first, make an organisation-typed name a person's ("Detective Laura Post").
_ADDRESS = frozenset("mr mrs ms dr prof professor detective inspector sergeant sgt mayor senator sen rep governor "
                     "gov judge captain capt colonel col lieutenant lt bishop rev pastor ambassador officer "
                     "constable det supt superintendent".split())
# Words no person's name holds: an organisation-typed "Detective X Y" that holds one stays an organisation.
_BODY_WORDS = frozenset("""
University College School Institute Foundation Trust Hospital Fund Company Group Council Committee Association
Society Department Ministry Agency Bureau Office Service Services Bank Police Court Club Party Union League Times
Inc Corp Ltd Church Centre Center Museum Academy Board Commission Authority Network News
""".split())
# Titles a given name follows ("Secretary-General Anders", "Prime Minister Lars"); the last part of a hyphened one.
_GIVEN_AFTER = frozenset("""
president minister premier chancellor secretary-general general secretary senator governor mayor ambassador
chairman chairwoman director commissioner envoy spokesman spokeswoman judge chief leader
""".split())
_HEAD_DEPS = frozenset("nsubj nsubjpass dobj pobj attr".split())
_SPEECH = frozenset("say tell add insist claim deny announce warn state explain argue".split())


def retype_named_things(doc: Document) -> Document:
    """The document with outlets, creatures, heavenly bodies and programme titles typed as people, and titled
    people typed as organisations, relabelled (module docstring)."""
    doc = given_named_people(_titled_people(doc))
    relabel: dict[str, str] = {}
    titles = _title_tokens(doc)
    families = _family_names(doc)
    for entity in doc.entities:
        name = name_key(entity.text)
        if entity.label != "PERSON":
            continue
        label = _outlet(doc, entity, name) or _creature(doc, name, families) or _work(doc, name, titles)
        if label is not None:
            relabel[name] = label
    if not relabel:
        return doc

    return relabelled(doc, lambda entity: relabel.get(name_key(entity.text)) if entity.label == "PERSON" else None)


def _titled_people(doc: Document) -> Document:
    """Organisation-typed "Detective Laura Post" made the person "Laura Post" (her title stays before the name,
    where the roles stage reads it)."""
    tokens = list(doc.tokens)
    entities: list[Entity] = []
    changed = False
    for entity in doc.entities:
        if entity.label == "ORG" and _addressed_person(name_key(entity.text)) \
                and not entity.text.lower().startswith("the "):
            k = entity.token_start
            tokens[k] = replace(tokens[k], ent_type="")
            for i in range(k + 1, entity.token_end):
                tokens[i] = replace(tokens[i], ent_type="PERSON")
            start = tokens[k + 1].start
            entity = replace(entity, label="PERSON", text=doc.article.text[start : entity.end], start=start,
                             token_start=k + 1)
            changed = True
        entities.append(entity)
    return replace(doc, tokens=tuple(tokens), entities=tuple(entities)) if changed else doc


def _addressed_person(name: str) -> bool:
    """ "Detective Laura Post": a form of address, then two or three capitalised words, none a body's."""
    words = name.split()
    rest = words[1:]
    return len(words) >= 3 and words[0].lower().rstrip(".") in _ADDRESS and words[0][:1].isupper() \
        and len(rest) <= 3 and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in rest) \
        and not any(w in _BODY_WORDS for w in rest)


def _outlet(doc: Document, entity: Entity, name: str) -> str | None:
    words = name.split()
    if not words:
        return None
    if words[0] in _FOREIGN_PAPER_FIRST and len(words) > 1:
        return "ORG"  # "Diario de Cuba", "Corriere della Sera"
    if words[0] in _FOREIGN_ARTICLES and any(w in _PAPER_WORDS for w in words[1:]):
        return "ORG"  # "Il Corriere Adriatico", "La Nación"
    k = entity.token_start
    if k > 0 and doc.tokens[k - 1].text in _SITE_NOUNS and not person_evidence(doc, name):
        return "ORG"  # "the news site Cubaliberta"
    return None


def _mentions(doc: Document, name: str) -> list[tuple[int, int]]:
    words = name.split()
    n = len(words)
    return [(t.i, t.i + n) for t in doc.tokens if t.text == words[0]
            and [x.text for x in doc.tokens[t.i : t.i + n]] == words] if words else []


def person_evidence(doc: Document, name: str) -> bool:
    """A title or "who"/age after a mention, or a mention that is the subject of a speech verb."""
    tokens = doc.tokens
    for a, b in _mentions(doc, name):
        before = tokens[a - 1].text.lower().rstrip(".") if a > 0 else ""
        after = [t.text.lower() for t in tokens[b : b + 2]]
        last = tokens[b - 1]
        if before in _ADDRESS or (len(after) == 2 and after[0] == "," and (after[1] == "who" or after[1].isdigit())):
            return True
        if last.dep in ("nsubj", "nsubjpass") and tokens[last.head].lemma.lower() in _SPEECH:
            return True
    return False


def _family_names(doc: Document) -> set[str]:
    """Last words of the full names the model tagged as people ("Joseph Kennedy III" gives "Kennedy" and "III")."""
    return {word for e in doc.entities if e.label == "PERSON" for word in name_key(e.text).split()[1:]}


def _creature(doc: Document, name: str, families: set[str]) -> str | None:
    """ANIMAL or LOC for a name written "the/a X" as a head noun, or beside a creature or heavenly-body noun.

    The article alone is no cue for the family name of a person the text names in full: "a Kennedy", "The
    Kennedy won" are a member of the family (the lead's reading of the session 15 review: the rule made
    Joseph Kennedy III's family name a creature); a "Yeti" has no "X Yeti" to share its name with."""
    tokens = doc.tokens
    spans = _mentions(doc, name)
    determined = False
    cue: str | None = None
    # The article alone counts for a one-word name that heads its phrase; not "the Richards" (a family), "the
    # Romney and Gingrich campaigns", "the Jeremy Kyle show" (scan of 120 CNN/DM and Newsroom articles).
    single = len(name.split()) == 1 and not name.endswith("s")
    single = single and name not in families
    for a, b in spans:
        if single and a > 0 and tokens[a - 1].text.lower() in ("the", "a", "an") and not _modifies_noun(tokens, b) \
                and tokens[a].dep in _HEAD_DEPS:
            determined = True
        cue = cue or _noun_cue(tokens, a, b)
    if not (determined or cue) or person_evidence(doc, name):
        return None
    return "LOC" if cue == "LOC" else "ANIMAL"


def _modifies_noun(tokens: Sequence[Token], b: int) -> bool:
    """Whether the word after the name is a noun it modifies ("the Smith family", "the Obama administration")."""
    if b >= len(tokens):
        return False
    after = tokens[b]
    return after.pos == "PROPN" or (after.pos == "NOUN" and after.text[:1].islower())


def _noun_cue(tokens: Sequence[Token], a: int, b: int) -> str | None:
    """ "the dwarf planet X", "X, the dwarf planet", "X, the creature": LOC or ANIMAL by the noun."""
    window: list[Token] = []
    if a >= 1:
        # a noun before the name only as its compound ("the dwarf planet Pluto"), never a noun that merely stands
        # near it ("Under a full moon Carlos Garcia led ...": session 15 review)
        window += [t for t in tokens[max(0, a - 3) : a] if t.text.islower() and t.dep == "compound" and a <= t.head < b]
    if b + 1 < len(tokens) and tokens[b].text == "," and tokens[b + 1].text.lower() in ("the", "a", "an"):
        window += [t for t in tokens[b + 2 : b + 5] if t.text.islower()]
    for token in window:
        if token.pos != "NOUN":
            continue  # "to star in Curie": the verb is no heavenly body
        word = token.lemma.lower()
        if word in _SKY_NOUNS:
            return "LOC"
        if word in _CREATURE_NOUNS:
            return "ANIMAL"
    return None


def _title_tokens(doc: Document) -> set[int]:
    """Token indices inside the title written after a programme noun ("the talk show Charlando Con Tia Rosa")."""
    tokens = doc.tokens
    inside: set[int] = set()
    for token in tokens:
        if token.text.lower() not in _WORK_NOUNS or not token.text.islower():
            continue
        k = _title_start(tokens, token.i + 1)
        run: list[int] = []
        while k < len(tokens) and (tokens[k].text[:1].isupper() or (run and tokens[k].text.lower() in _TITLE_JOINERS)):
            run.append(k)
            k += 1
        while run and not tokens[run[-1]].text[:1].isupper():
            run.pop()
        # "the film John Hale directed": the run is the subject of a relative clause on the noun, a person; a
        # title the parser made the subject of the main verb ("the show Charlando Con Tia Rosa apologised") is not.
        last = tokens[run[-1]] if run else None
        if last is None or (last.dep in ("nsubj", "nsubjpass") and tokens[last.head].dep in ("relcl", "acl")):
            continue
        # "In the film, Hale plays a detective": after a comma a run that is a clause's subject is a person
        if tokens[run[0] - 1].text != "," or last.dep not in ("nsubj", "nsubjpass"):
            inside.update(run)
    return inside


# Prepositions of a phrase between a programme noun and its title set off by a comma ("his talk show on a
# Spanish-language network, Cambia Tu Vida Con Padre Alberto"); a longer phrase is no frame for a title.
_FRAME_PREPOSITIONS = frozenset("on for at".split())
_MAX_FRAME = 6


def _title_start(tokens: Sequence[Token], k: int) -> int:
    """Where the title written after a programme noun starts: right after it or its opening quotation mark ("the
    show 'Morning Joe'"), or after a comma ("His current talk show, Hablando Con Padre Alberto, is aired"), also
    past a short prepositional phrase on the noun ("show on the Telemundo network, Cambia Tu Vida ..."; the lead's
    reading of a Newsroom column: both titles were people)."""
    if k < len(tokens) and tokens[k].text in ("\"", "“", "'", "‘"):
        return k + 1
    if k < len(tokens) and tokens[k].text.lower() in _FRAME_PREPOSITIONS:
        frame = tokens[k : k + _MAX_FRAME + 1]
        comma = next((t.i for t in frame if t.text == ","), None)
        if comma is None or any(t.pos in ("VERB", "AUX") or t.text in ".;:" for t in tokens[k:comma]):
            return k
        k = comma
    if k < len(tokens) and tokens[k].text == ",":
        k += 1
        if k < len(tokens) and tokens[k].text in ("\"", "“", "'", "‘"):
            k += 1
    return k


def _work(doc: Document, name: str, titles: set[int]) -> str | None:
    """WORK_OF_ART for a name written inside a programme title ("who has hosted Charlando Con Tia Rosa since 2010"
    is the title again), unless a mention shows a person ("Tia Rosa said")."""
    spans = _mentions(doc, name)
    if titles and any(all(i in titles for i in range(a, b)) for a, b in spans) and not person_evidence(doc, name):
        return "WORK_OF_ART"
    return None


# Irregular plurals whose possessive sits inside a body's name ("SOS Children's Villages", "Women's Aid", "People's
# Bank"); the model ends the name at the "'s" (Audit 23: "SOS Children's Villages" missed). "Google's YouTube" is two.
_PLURAL_POSSESSORS = frozenset("Children Women Men People".split())


def joined_possessive_names(doc: Document) -> Document:
    """ORG entities cut at an irregular plural's "'s" joined with the capitalised words after it."""
    tokens = list(doc.tokens)
    by_start = {e.token_start: e for e in doc.entities}
    entities: list[Entity] = []
    skip: set[int] = set()
    changed = False
    for entity in doc.entities:
        if id(entity) in skip:
            continue
        end = entity.token_end
        if entity.label == "ORG" and end >= 2 and tokens[end - 1].text in ("'s", "’s") \
                and tokens[end - 2].text in _PLURAL_POSSESSORS:
            while end < len(tokens) and tokens[end].text[:1].isupper() and tokens[end].text.isalpha():
                nxt = by_start.get(end)
                if nxt is not None:
                    skip.add(id(nxt))
                end = nxt.token_end if nxt is not None else end + 1
            for i in range(entity.token_end, end):
                tokens[i] = replace(tokens[i], ent_type="ORG")
            changed |= end > entity.token_end
            entity = replace(entity, text=doc.article.text[entity.start : tokens[end - 1].end],
                             end=tokens[end - 1].end, token_end=end)
        entities.append(entity)
    return replace(doc, tokens=tuple(tokens), entities=tuple(entities)) if changed else doc


def with_given_names(doc: Document) -> Document:
    """PERSON entities grown over a given name the model left between a title and the name ("Secretary-General
    Anders Fogh Rasmussen" tagged "Fogh Rasmussen"; Audit 23: the given name was shown as part of the title)."""
    tokens = list(doc.tokens)
    entities: list[Entity] = []
    changed = False
    for entity in doc.entities:
        k = entity.token_start
        if entity.label == "PERSON" and k >= 2 and _given_name(tokens, k - 1) \
                and tokens[k - 2].text.lower().rstrip(".").split("-")[-1] in _GIVEN_AFTER | {"general"}:
            tokens[k - 1] = replace(tokens[k - 1], ent_type="PERSON")
            start = tokens[k - 1].start
            entity = replace(entity, text=doc.article.text[start : entity.end], start=start, token_start=k - 1)
            changed = True
        entities.append(entity)
    return replace(doc, tokens=tuple(tokens), entities=tuple(entities)) if changed else doc


def _given_name(tokens: Sequence[Token], i: int) -> bool:
    """A capitalised word (not a title, not another entity) right before a person's name."""
    word = tokens[i]
    return word.pos == "PROPN" and word.text.isalpha() and word.text[:1].isupper() and word.text[1:].islower() \
        and word.ent_type in ("", "PERSON") and word.text.lower() not in _GIVEN_AFTER | _ADDRESS
