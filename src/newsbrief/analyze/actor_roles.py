"""Actor roles: the post or job the text gives an actor, and where it says so.

A title before the name ("Treasury Secretary Janet Smith"), a title set off by a comma
before it ("Sweden's deputy director of public prosecutions, Eva-Marie Persson"), an
apposition after it ("Erik Vang, chief economist at the Oslo Institute for Energy
Policy"), a party label ("Rep. Ann Lee (D-Calif.)" -> "Representative (D-Calif.)") or
an affiliation ("Joneigh Khaldun of the Michigan Department of Health"); of several,
the one that says most (:func:`best_role`). :func:`title_mentions` finds the mentions
by title alone ("the president") of the one actor with that title.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from newsbrief.analyze.actor_apposed import MAX_ROLE_WORDS, appositive, office_holder
from newsbrief.analyze.actor_fused import RANK_PARTS
from newsbrief.analyze.actor_jobs import JOB_NOUNS
from newsbrief.analyze.actor_names import ADDRESS, PERSON_NOUNS, ROLE_MODIFIERS, TITLE_WORDS, Actor, person_name
from newsbrief.analyze.actor_titles import idiom_word
from newsbrief.models import Document, Entity, Sentence, Token
from newsbrief.nlp.name_parts import ORG_WORDS

# Abbreviated titles, spelled out in the role shown ("Rep. Ann Lee" -> "Representative").
_TITLE_ABBREVIATIONS = {
    "rep.": "Representative", "sen.": "Senator", "gov.": "Governor", "lt.": "Lieutenant",
    "gen.": "General", "col.": "Colonel", "capt.": "Captain", "sgt.": "Sergeant", "cpl.": "Corporal",
    "pvt.": "Private", "maj.": "Major", "adm.": "Admiral", "cmdr.": "Commander", "rev.": "Reverend",
    "prof.": "Professor", "pres.": "President", "atty.": "Attorney", "supt.": "Superintendent",
    "insp.": "Inspector", "det.": "Detective", "lt.-gov.": "Lieutenant Governor",
    # British copy writes ranks without the dot ("Maj Ahmad Yaya", "Cpl Jo Hale"; Audit 50 #7).
    "maj": "Major", "cpl": "Corporal", "sgt": "Sergeant", "capt": "Captain", "lt": "Lieutenant", "cdr": "Commander",
    "pte": "Private", "brig": "Brigadier",
}
# An office and then a rank held at once ("Pentagon spokesman Rear Adm. NAME", "ministry spokesman Maj. Gen. NAME"):
# two titles, shown with a comma between. Not "Secretary General" or "Attorney General" (one title): a bare
# "General" is no rank here.
_OFFICE_THEN_RANK = re.compile(
    r"\b((?i:spokes(?:man|woman|person)|secretary|director|minister|commander|chief|head|official|adviser|advisor))"
    r" ((?:Rear|Vice) Admiral|(?:Lieutenant|Major|Brigadier) General|Lieutenant Colonel|Admiral|Colonel|Captain|Major"
    r"|Sergeant)\b"
)
# Verbs of speech and stance: their subject states a position (position_sentence).
SPEECH_LEMMAS = frozenset(
    "say tell warn add note argue insist claim state explain announce declare write "
    "predict acknowledge admit caution stress suggest urge describe call reply respond "
    "recall conclude believe think vow pledge promise deny confirm report".split()
)
_LINKS = frozenset({"of", "for", ",", "and", "&"})
# Relatives: "Kim's father and grandfather Kim Il Sung" names two men, so the role stops at the last relative
# (Audit 34 #11 listed "father and grandfather"); one person holds "chairman, CEO and president" at once.
_KIN = frozenset("mother father son daughter wife husband brother sister widow widower grandmother grandfather "
                 "grandson granddaughter uncle aunt nephew niece cousin stepfather stepmother".split())
# A negation or focus adverb before a title is no part of it: "not even President Assad" gave the role "even
# President" (reader Audit 24, 25.4 item 4); "then President Bush" keeps its "then".
_FOCUS_ADVERBS = frozenset("not even only just also too especially particularly mainly merely simply never "
                           "notably chiefly including".split())
_PARTY = re.compile(r"^\s*\(([DRI]-[A-Z][\w. ]{1,20})\)")
_OFFICE_WORDS = 3  # an office's name after 'of' has at most this many words ("Homeland Security")
TITLE_REF_SENTENCES = 5  # "the president" looks back this many sentences for the president named

# Words a role's weight does not count: articles, and possessive pronouns, whose owner the reader of a role does not
# see ("Her father, John Smith, a retired judge": "retired judge" says more than "Her father"; session 15).
_EMPTY_WORDS = frozenset("a an the his her their its my our your".split())


@dataclass(frozen=True)
class Role:
    """A role as the text gives it: the wording shown, its head noun, and where it stands."""

    text: str
    head: str
    sentence: Sentence
    start: int  # the cited span: role and name as written
    end: int
    affiliation_only: bool = False  # "of the Michigan Department of Health": where, not what
    apposition: bool = False  # written after the name: "Eswar Prasad, a trade professor at Cornell"

    @property
    def weight(self) -> int:
        """How much the role says: its words that are not articles or forms of address; a
        bare affiliation says less than any post."""
        if self.affiliation_only:
            return 1
        return 1 + sum(1 for w in self.text.split() if w.lower() not in ADDRESS | _EMPTY_WORDS)


def _title_before(doc: Document, entity: Entity, name: str = "") -> tuple[int, int] | None:
    """Token span of a title written right before a name ("South Korean President",
    "Indiana State Teachers Association President", "then-Defense Minister"), and where the
    name itself starts (the NER model sometimes takes the title into the name).

    The title is the run of words before the name that modify it: each word's head lies
    further right inside the title or is the name ("Korea's leader" keeps the possessive).
    """
    sentence = doc.sentences[entity.sentence_index]
    tokens = doc.tokens
    name_start = entity.token_start
    first_word = person_name(name).split()[0] if name else ""
    while name_start < entity.token_end - 1 and _is_title_token(tokens[name_start]) \
            and tokens[name_start].text != first_word:
        name_start += 1  # "Superintendent Jennifer McCormick" tagged as one name
    if first_word and tokens[name_start].text != first_word:
        name_start = _given_names_before(doc, entity, name)
    i = name_start - 1
    start = name_start
    while i >= sentence.token_start:
        token = tokens[i]
        if token.tag == "HYPH" and i > 0 and (tokens[i - 1].end < token.start or token.end < tokens[i + 1].start):
            break  # a spaced dash ends a clause: "is still functioning - President Preval" (Audit 17)
        if token.tag in ("POS", "HYPH") and i - 1 >= sentence.token_start:  # "Korea's leader", "then-"
            start = i
            i -= 1
            continue
        if tokens[i + 1].tag == "HYPH" and start == i + 1:
            start = i  # inside a hyphenated word: "wrestler-turned-lawmaker"
            i -= 1
            continue
        # "Secretary of State Mike Pompeo" (a title word after the preposition), not "a spokeswoman
        # for Dr Murray", whose preposition leads to the name (sixth reader audit: "Conrad Murray — for").
        titled = start < name_start and tokens[start].text.lower() not in ADDRESS
        if token.text.lower() in ("of", "for") and i - 1 >= sentence.token_start and titled \
                and token.head == i - 1 and _is_title_token(tokens[i - 1]):
            start = i
            i -= 1
            continue
        office = _office_of(tokens, i, sentence.token_start) if start == i + 1 else None
        if office is not None:  # "Acting Secretary of State Dana Holt": the office's name hangs on 'of'
            start = office
            i = office - 1
            continue
        if token.text in (",", "and", "&") and i - 1 >= sentence.token_start and _is_title_token(tokens[i - 1]) \
                and _is_title_token(tokens[i + 1]) and tokens[i - 1].text.lower() not in _KIN:
            start = i  # "chairman, CEO and president Craig Menear"
            i -= 1
            continue
        # "managing director", "presiding judge": a participle modifying the post is part of it (XSum 157)
        post = token.tag in ("VBG", "VBN") and token.dep == "amod" and token.head == i + 1 == start
        if token.text.lower() in _FOCUS_ADVERBS or idiom_word(tokens, i, sentence.token_start) \
                or (not (post and _is_title_token(tokens[i + 1])) and (
                token.pos in ("DET", "VERB", "AUX", "ADP", "PRON", "CCONJ", "SCONJ", "PUNCT", "NUM", "PART")
                and token.text.lower() not in _TITLE_ABBREVIATIONS)):
            break
        # "the aim of U.S. policy Rep. Alan Fisk says": a run-on highlight line (Audit 35 #3)
        # A rank the model tagged as a person ("Rear" of "Rear Adm. NAME") is part of the title (actor_fused).
        if (token.ent_type in ("PERSON", "DATE", "TIME", "CARDINAL") and i < entity.token_start
                and not (token.ent_type == "PERSON" and token.text.lower() in RANK_PARTS | TITLE_WORDS)) \
                or _run_on(token, tokens[i + 1]):
            break
        listed = _is_title_token(token) and start == i + 1 and tokens[i + 1].text in (",", "and", "&")
        if not i < token.head < entity.token_end and not listed:
            break  # a word that modifies something else ends the title
        start = i
        i -= 1
    # "the daughter of former governor Mel Hart": the preposition after a relative's noun that was not taken
    # ends the title; it never opens one (session 15: "of former governor" as his role).
    while start < name_start and (tokens[start].tag in ("POS", "HYPH") or tokens[start].text.lower() in _LINKS):
        start += 1
    if start == name_start or not (any(_is_title_token(t) for t in tokens[start:name_start])
                                   or _chief_headed(tokens, start, name_start)):
        return None
    return (start, name_start)


def _office_of(tokens: Sequence[Token], i: int, sentence_start: int) -> int | None:
    """Where a title ending in an office's name starts when token i is that name's last word ("Secretary of
    [State]", "Minister of [Home Affairs]"): the capitalised words hang on an 'of' whose head is the title word
    before it. The walk stopped at the office's name, whose head lies left of it (session 18: "Acting Secretary
    of State Dana Holt" had no role); "a spokeswoman for Dr Murray" has no capitalised office after 'of'."""
    k = i
    while k > sentence_start and k > i - _OFFICE_WORDS and tokens[k].text[:1].isupper() \
            and tokens[k].pos == "PROPN" and tokens[k - 1].text.lower() != "of":
        k -= 1
    if not tokens[k].text[:1].isupper() or k - 2 < sentence_start:
        return None
    link = k - 1
    if tokens[link].text.lower() != "of" or tokens[link].head != link - 1 or not _is_title_token(tokens[link - 1]):
        return None
    if tokens[i].head not in range(link, i):
        return None
    return link - 1


def _chief_headed(tokens: Sequence[Token], start: int, name_start: int) -> bool:
    """Whether a capitalised title ends in 'Chief' after what it heads ("Lindon City Police Chief", "Fire
    Chief"): 'chief' is a modifier in "chief economist", but last before the name it is the post (the lead's
    reading of Newsroom dev row 27, session 18: a police chief listed with no role)."""
    return name_start - start >= 2 and tokens[name_start - 1].text == "Chief"


def _given_names_before(doc: Document, entity: Entity, name: str) -> int:
    """Where the name starts when the model tagged only its surname: the given names the actor's full name has
    right before the entity ("analyst Trip Mehrotra" with "Mehrotra" tagged: "Trip" is no part of the role;
    reader Audit 24, "Global Equities analyst Trip")."""
    given = person_name(name).split()[:-1]
    start = entity.token_start
    sentence_start = doc.sentences[entity.sentence_index].token_start
    while given and start > sentence_start and doc.tokens[start - 1].text == given[-1]:
        given.pop()
        start -= 1
    return start


def _run_on(token: Token, after: Token) -> bool:
    """A lower-case common noun before an abbreviated title ("policy Rep."): an abbreviated title opens a
    title or follows a capitalised office or a qualifier ("U.S. Rep.", "former Rep.", "state Sen."), never
    a plain noun, which belongs to the clause before (a highlight line run into the next one)."""
    return after.text.lower() in _TITLE_ABBREVIATIONS and token.pos == "NOUN" and token.text.islower() \
        and token.text not in TITLE_WORDS and not _is_title_token(token)


def _is_title_token(token: Token) -> bool:
    """A word that names a post or what a person does ("minister", "Rep.", "teacher")."""
    word = token.text.lower()
    return word.rstrip(".") in PERSON_NOUNS or word in _TITLE_ABBREVIATIONS or word in ADDRESS \
        or (word in JOB_NOUNS and token.text[:1].isupper())  # "Cabbie Dave Sidaway" (actor_jobs)


def _hyphened_title(tokens: Sequence[Token], i: int) -> bool:
    """Whether token i opens a hyphened title written without spaces ("vice-president", "co-founder",
    "editor-in-chief"): the parser heads the apposition on the first part ("vice"), which alone is no title, and
    the role was lost (the lead's reading of a Newsroom row: roles cut at a hyphen)."""
    k = i
    while k + 2 < len(tokens) and tokens[k + 1].text == "-" and tokens[k].end == tokens[k + 1].start \
            and tokens[k + 1].end == tokens[k + 2].start:
        k += 2
    if k == i:
        return False
    word = "".join(t.text for t in tokens[i : k + 1]).lower()
    return word in PERSON_NOUNS or tokens[k].text.lower() in PERSON_NOUNS


def _owner_before(doc: Document, entity: Entity) -> tuple[int, int] | None:
    """Token span of the body whose possessive stands right before a name ("Morgan Stanley’s Katy Huberty"): where
    the person works, their affiliation (Audit 50 #11: the analyst, named once, had no role and was dropped)."""
    tokens = doc.tokens
    k = entity.token_start - 1
    owner = tokens[k - 1] if k >= 1 else None
    # The body owns the person, not a thing the name modifies ("Sony's Aaron Sorkin-scripted biopic"), and the "name"
    # is no body's own ("King's College London": the model split the college's name).
    if owner is None or tokens[k].tag != "POS" or owner.ent_type != "ORG" or owner.dep != "poss" \
            or not entity.token_start <= owner.head < entity.token_end \
            or any(t.text.lower() in ORG_WORDS for t in tokens[entity.token_start : entity.token_end]):
        return None
    start = k - 1
    while start > 0 and tokens[start - 1].ent_type == "ORG" and tokens[start - 1].pos == "PROPN" \
            and k - start < _OFFICE_WORDS + 1:
        start -= 1
    return (start, k) if tokens[start].pos == "PROPN" else None


def _affiliation(doc: Document, entity: Entity) -> tuple[int, int] | None:
    """Token span of the organisation named right after a name ("Joneigh Khaldun of the
    Michigan Department of Health", "Lee at Tempus"), the preposition left out."""
    tokens = doc.tokens
    i = entity.token_end
    # "Claire Dumont, from the University of Grenoble, and colleagues": a post-modifier set off by commas is an
    # affiliation too, wherever the parser hangs the preposition (the lead's reading of an unseen XSum glacier
    # report: the researcher "from the University of Savoie" had no role).
    set_off = i + 2 < len(tokens) and tokens[i].text == "," and tokens[i + 1].text.lower() in ("of", "at", "from")
    i += set_off
    if i + 1 >= len(tokens) or tokens[i].text.lower() not in ("of", "at", "from", "with") \
            or (tokens[i].head != entity.token_end - 1 and not set_off):
        return None
    objects = [t for t in tokens[i + 1 : tokens[i].right + 1] if t.dep == "pobj" and t.head == i]
    if not objects or objects[0].ent_type != "ORG":
        return None
    start = tokens[i + 1].i
    while tokens[start].pos == "DET":
        start += 1
    end = objects[0].right
    while end + 1 < len(tokens) and tokens[end + 1].ent_type == "ORG" and tokens[end].ent_type == "ORG":
        # "of the National Oceanic and Atmospheric Administration": the parser may end the object at "Oceanic"
        # and hang "and Atmospheric Administration" elsewhere; the body's name runs to the end of its entity (Audit 24)
        end += 1
    if end + 1 < len(tokens) and tokens[end + 1].text == ")" and any(t.text == "(" for t in tokens[start : end + 1]):
        end += 1  # "of the International Centre for the Study of Radicalisation (ICSR)": the acronym's bracket closes
    if end - start + 1 > MAX_ROLE_WORDS or (set_off and end + 1 < len(tokens) and tokens[end + 1].text not in ",;.)"):
        return None  # set off, the body's name closes the phrase: not "Smith, at the University's request"
    if set_off and _home_town(tokens[start : end + 1]):
        return None  # "Mr Price, of Bicester, Oxon, was found": where he lives, not a body (Audit 35, CNN/DM 97)
    return (start, end + 1)


def _apposed_title(doc: Document, entity: Entity) -> tuple[int, int] | None:
    """Token span of a title written before a name and set off by a comma ("Sweden's deputy
    director of public prosecutions, Eva-Marie Persson, said"): the name is in apposition to it."""
    tokens = doc.tokens
    name = tokens[entity.token_end - 1]
    if name.dep != "appos" or entity.token_start < 1 or tokens[entity.token_start - 1].text != ",":
        return None
    if entity.token_end < len(tokens) and tokens[entity.token_end].text.lower() in ("and", "or", "&"):
        return None  # a list: "the trip by the president, Michelle Obama and daughter Sasha" (Audit 9)
    head = office_holder(tokens, tokens[name.head], _is_title_token)  # "the bishop of town Y, NAME" (actor_apposed)
    if head.i >= entity.token_start or not (_is_title_token(head) or _hyphened_title(tokens, head.i)):
        return None
    start = head.left
    while start < head.i and tokens[start].pos in ("DET", "PUNCT"):
        start += 1
    end = entity.token_start - 1  # the comma
    if end - start > MAX_ROLE_WORDS or any(t.text in ".;:" for t in tokens[start:end]):
        return None
    return (start, end)


# Count words that open a group's description ("two officers of the force", "both defendants").
_COUNTS = frozenset("two three four five six seven eight nine ten eleven twelve both several".split())


def _counted(tokens: Sequence[Token]) -> bool:
    """A counted plural ("Price and Lopez, two officers of the force"): the group's description, no title of any one
    of the people named beside it (the lead's reading: the last name of such a pair got the group as its role).
    "a two-time champion" counts no people."""
    words = [t for t in tokens if t.text.lower() not in ("the", "all")]
    if not words or not (words[0].text.lower() in _COUNTS or (words[0].text.isdigit() and words[0].text != "1")):
        return False
    noun = next((t for t in words[1:] if t.pos in ("NOUN", "PROPN")), None)
    return noun is not None and noun.tag in ("NNS", "NNPS")


def _role_wording(doc: Document, start: int, end: int) -> tuple[str, str] | None:
    """The role shown for tokens start..end as written, abbreviated titles spelled out and
    forms of address dropped ("Dr." alone is no role), and its head noun."""
    tokens = doc.tokens
    while start < end and tokens[start].text.lower() in ADDRESS:
        start += 1
    while end > start and tokens[end - 1].text.lower() in ADDRESS:
        end -= 1  # "cardiologist Dr Alon Steinberg": the role is "cardiologist"
    if start >= end:
        return None
    words = [t.text.lower() for t in tokens[start:end]]
    if set(words) <= ROLE_MODIFIERS | ADDRESS or _counted(tokens[start:end]):
        return None
    head = next((_TITLE_ABBREVIATIONS.get(w, w).lower() for w in words
                 if w.rstrip(".") in PERSON_NOUNS or w in _TITLE_ABBREVIATIONS), "")
    text = doc.article.text[tokens[start].start : tokens[end - 1].end]
    text = re.sub(r"(?<![\w.])([A-Z][a-z]{1,4}\.?)(?=\s|$)",
                  lambda m: _TITLE_ABBREVIATIONS.get(m.group(1).lower(), m.group(1)), text)
    text = _OFFICE_THEN_RANK.sub(r"\1, \2", text)  # "Pentagon spokesman, Rear Admiral" (FNC-1 bodies 14, 2200)
    return re.sub(r"\s+", " ", text).rstrip(" ,;:"), head  # "the chief medical officer, Sir Liam ..."


def _home_town(words: Sequence[Token]) -> bool:
    """A town and its county, comma between ("Bicester, Oxon"), the model took for a body's name: no article,
    no body word ("Corp", "University"), a capitalised name after the comma."""
    return any(t.text == "," and k + 1 < len(words) and words[k + 1].pos == "PROPN" for k, t in enumerate(words)) \
        and not any(t.pos == "DET" or t.text.lower().rstrip(".") in ORG_WORDS for t in words)


def roles_of(doc: Document, actor: Actor) -> list[Role]:
    """Every role the text gives ``actor``, in text order."""
    found: list[Role] = []
    text = doc.article.text
    tokens = doc.tokens
    for entity in actor.mentions_sorted():
        sentence = doc.sentences[entity.sentence_index]
        party = _PARTY.match(text[entity.end : entity.end + 30])
        after = entity.end + party.end() if party else entity.end
        affiliation = _affiliation(doc, entity)
        title = _title_before(doc, entity, actor.name)
        wording = _role_wording(doc, title[0], title[1]) if title else None
        if not wording:
            title = None
        if title and wording:
            role, head = wording
            end = after
            if party:
                role += f" ({party.group(1)})"
            elif affiliation:
                link = entity.token_end + (tokens[entity.token_end].text == ",")  # "Prof Lee, from the ..."
                role += " " + text[tokens[link].start : tokens[affiliation[1] - 1].end]
                end = tokens[affiliation[1] - 1].end
            found.append(Role(role, _last_title_word(doc, title[0], title[1]) or head, sentence,
                              tokens[title[0]].start, end))
        before = _apposed_title(doc, entity) if not title else None
        wording = _role_wording(doc, *before) if before else None
        if before and wording:
            found.append(Role(wording[0], wording[1], sentence, tokens[before[0]].start, entity.end,
                              apposition=True))
        span = appositive(doc, entity)
        wording = _role_wording(doc, *span) if span else None
        if span and wording:
            found.append(Role(wording[0], wording[1], sentence, entity.start, tokens[span[1] - 1].end,
                              apposition=True))
        elif party and not title:
            found.append(Role(f"({party.group(1)})", "", sentence, entity.start, after))
        elif affiliation and not title:
            organisation = text[tokens[affiliation[0]].start : tokens[affiliation[1] - 1].end]
            found.append(Role(organisation, "", sentence, entity.start, tokens[affiliation[1] - 1].end,
                              affiliation_only=True))
        elif not title and (owner := _owner_before(doc, entity)):
            found.append(Role(text[tokens[owner[0]].start : tokens[owner[1] - 1].end], "", sentence,
                              tokens[owner[0]].start, entity.end, affiliation_only=True))
    return found


def _last_title_word(doc: Document, start: int, end: int) -> str:
    """The head of a title before a name: its last official title word ("Treasury Secretary")."""
    for token in reversed(doc.tokens[end - 1 : end]):  # English titles end in their head
        word = _TITLE_ABBREVIATIONS.get(token.text.lower(), token.text).lower()
        if word in TITLE_WORDS and word not in ROLE_MODIFIERS:
            return word
    return ""


def best_role(roles: Sequence[Role]) -> Role | None:
    """The role that says most; of equals, the first the text gives."""
    return max(roles, key=lambda r: r.weight, default=None)


def actor_role(doc: Document, actor: Actor) -> tuple[str, Sentence, int, int] | None:
    """The role the text gives ``actor``, with the sentence and char span stating it."""
    role = best_role(roles_of(doc, actor))
    return (role.text, role.sentence, role.start, role.end) if role else None


def position_sentence(doc: Document, actor: Actor) -> Sentence | None:
    """The first sentence where the actor is the subject of a speech or stance verb."""
    for entity in actor.mentions_sorted():
        tokens: tuple[Token, ...] = doc.tokens
        head = tokens[entity.token_end - 1]
        if head.dep in ("nsubj", "nsubjpass") and tokens[head.head].lemma in SPEECH_LEMMAS:
            return doc.sentences[entity.sentence_index]
    return None


def title_mentions(doc: Document, roles: dict[str, Role | None],
                   named_in: dict[str, list[int]] | None = None) -> dict[str, list[str]]:
    """Mentions by title alone ("the president") of the one actor the text gives that title.

    The title is the role's official head word ("Treasury Secretary" -> "secretary"; not
    "trade" of "top trade negotiator"). A title shared by two actors ("the minister" with
    two ministers) is ambiguous and counts for neither. Given the sentences that name each
    actor (``named_in``), a title refers back only to an actor named within the
    TITLE_REF_SENTENCES before it ("the Commodores coach" late in a round-up is someone else).
    """
    starts = [s.start for s in doc.sentences]
    owners: dict[str, list[str]] = {}
    for name, role in roles.items():
        if role is not None and role.head in TITLE_WORDS and role.head not in ROLE_MODIFIERS:
            owners.setdefault(role.head, []).append(name)
    found: dict[str, list[str]] = {}
    for title, names in owners.items():
        if len(names) != 1:
            continue
        role = roles[names[0]]
        assert role is not None
        named = sorted((named_in or {}).get(names[0], ()))  # bisected per match, not scanned
        for m in re.finditer(rf"\bthe (?:[A-Z][a-z]+ ){{0,2}}{re.escape(title)}\b(?!['’]s\b|(?-i:\s+[A-Z]))",
                             doc.article.text, re.I):
            if role.start <= m.start() < role.end:
                continue
            if named_in is not None:
                here = bisect_right(starts, m.start()) - 1
                k = bisect_left(named, here - TITLE_REF_SENTENCES)  # a naming in the sentences just before
                if k == len(named) or named[k] > here:
                    continue
            found.setdefault(names[0], []).append(m.group(0).lower())
    return found
