"""Which actor a speaker's name means, how the actors section shows that name, and two spellings of one name.

Moved out of :mod:`newsbrief.analyze.actor_typing` (session 36, which had reached 500 lines): the speaker lookup
and the spelling merge read names only, where actor_typing reads how the text writes a name (a person the model
typed as a body). Quotes, positions and the actors section share one lookup so one source is one entry everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsbrief.analyze.actor_names import PERSON_NOUNS, Actor, clean_name, display_name, person_name
from newsbrief.analyze.actor_roles import Role
from newsbrief.nlp.non_persons import OUTLET_NOUNS


class ActorNames:
    """The actor a speaker's name means: an alias, or a person's surname or full name.

    Indexed once per document (matching each voice against every actor's aliases was
    O(voices x actors), 11 s of an 80,000-word brief); answers as the scan in actor order did.
    """

    def __init__(self, actors: Sequence[Actor]) -> None:
        self.aliases: dict[str, int] = {}
        self.words: dict[str, list[int]] = {}
        self.person_words: dict[int, set[str]] = {}
        self.bodies: dict[str, int] = {}
        for n, actor in enumerate(actors):
            if actor.label == "ORG":
                self.bodies.setdefault(actor.name.lower(), n)
            for alias in (*actor.aliases, actor.name):
                self.aliases.setdefault(alias.lower(), n)
                self.aliases.setdefault(clean_name(alias).lower(), n)  # "Lloyd's" named "Lloyd" by a cleaner
            if actor.label == "PERSON":
                self.person_words[n] = set(actor.name.lower().split())
                for word in self.person_words[n]:
                    self.words.setdefault(word, []).append(n)
        self.found: dict[str, int | None] = {}

    def __call__(self, name: str | None) -> int | None:
        """Index of the actor ``name`` means, or None."""
        if not name:
            return None
        if name not in self.found:
            self.found[name] = self._find(name)
        return self.found[name]

    def _find(self, name: str) -> int | None:
        if name.lower() in self.aliases:
            return self.aliases[name.lower()]
        cleaned = clean_name(name)
        if cleaned.lower() in self.aliases:
            return self.aliases[cleaned.lower()]
        role, comma, tail = cleaned.rpartition(", ")
        if comma and role[:1].islower() and tail.lower() in self.aliases:
            # "chief forecaster, Dimitar Kolev": the name set after its role (a live page's speakers went unvoiced)
            return self.aliases[tail.lower()]
        body, of, _place = cleaned.partition(" of ")
        if of and body.lower() in self.bodies:
            return self.bodies[body.lower()]  # "the ACLU of Missouri said": the ACLU's branch speaks (Audit 17)
        kind = [i for i, w in enumerate(cleaned.split()) if w in OUTLET_NOUNS]
        if kind:  # "the Baghdad newspaper Al-Sabah reported": the outlet speaks by its name (Audit 19)
            return self.aliases.get(" ".join(cleaned.split()[kind[-1] + 1 :]).lower())
        split = cleaned.lower().split()  # "MEP Jo Hale said": a full name after a title; not a list ("Ann and Jo Hale")
        tails = [] if "and" in split or "," in cleaned else [" ".join(split[k:]) for k in range(1, len(split) - 1)]
        if (held := [self.aliases[t] for t in tails if t in self.aliases]) and held[0] in self.person_words:
            return held[0]
        words = set(person_name(cleaned).lower().split())
        if not words:
            return None
        rarest = min((self.words.get(w, []) for w in words), key=len)
        return next((n for n in rarest if words <= self.person_words[n]), None)


def shown_name(actors: Sequence[Actor], names: ActorNames, speaker: str) -> str:
    """A speaker's name as the actors section shows it: "Persson" or "Dr Steinberg" is the person's
    full name ("Eva-Marie Persson", "Alon Steinberg"); a name in capitals from a round-up's header
    ("ANNA BERG:") keeps the speaker's own spelling; other sources stay as written."""
    found = names(speaker)
    actor = actors[found] if found is not None else None
    if actor is not None and actor.label == "ORG" and clean_name(speaker).lower() == actor.name.lower():
        return actor.name  # "the Scottish Government" is "Scottish Government": one source, one entry (session 8)
    if actor is None or actor.label != "PERSON":
        return speaker
    name = display_name(actor)
    return speaker if name.isupper() and not speaker.isupper() else name


# Two spellings of one transliterated name ("Ansar al-Deen" and "Ansar al-Din", Audit 17; "Bashar al-Asad" and
# "Bashar al-Assad") differ in a vowel or a doubled letter of the last word. At most this many edits, and at
# most a third of the shorter word, so "Mark Dyson" and "Mark Dixon" (two edits in five letters) stay two.
_MAX_SPELLING_EDITS = 2


def edits(a: str, b: str) -> int:
    """Levenshtein distance between two short words."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        diagonal, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            diagonal, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, diagonal + (ca != cb))
    return row[-1]


def _spelling_of(actor: Actor, other: Actor) -> bool:
    """Whether two actors' names are two spellings of one name: the same label and words but the last, whose
    last words are near (see _MAX_SPELLING_EDITS); a person's only where the last word is a transliterated
    particle's ("al-", "el-"), since two people's surnames can be near ("Mark Dyson", "Mark Dixon")."""
    if actor.label == other.label and _unhyphened(actor.name) == _unhyphened(other.name) and " " in actor.name:
        return True  # "Kim Yo-jong" and "Kim Yo Jong" (Audit 32 B2344 listed both)
    a, b = actor.name.split(), other.name.split()
    if actor.label != other.label or len(a) < 2 or len(a) != len(b) or a[:-1] != b[:-1] or a[-1] == b[-1]:
        return False
    last, other_last = a[-1].lower(), b[-1].lower()
    if actor.label == "PERSON" and "-" not in last:
        return False
    parts, other_parts = last.split("-"), other_last.split("-")
    return _near(last, other_last) and len(parts) == len(other_parts) \
        and all(a[:1] == b[:1] for a, b in zip(parts, other_parts, strict=True))


def _unhyphened(name: str) -> str:
    return name.replace("-", " ").lower()


def _near(word: str, other: str) -> bool:
    """Two spellings of one word: few edits, the first letter kept. Across a hyphen each part keeps its first letter
    too ("al-Deen", "al-Din"), so a given name's syllables ("Jong-il" and "Jong-un", father and son, Audit 32 B2344
    joined them) that differ in a whole syllable are two names."""
    distance = edits(word, other)
    return distance <= _MAX_SPELLING_EDITS and 3 * distance <= min(len(word), len(other)) and word[:1] == other[:1]


def merge_spellings(actors: Sequence[Actor]) -> list[Actor]:
    """Actors with two spellings of one name joined under the spelling the article writes first (see
    _spelling_of); the others keep their order."""
    merged: list[Actor] = []
    for actor in actors:
        same = next((m for m in merged if _spelling_of(m, actor)), None)
        if same is None:
            merged.append(Actor(actor.name, actor.label, list(actor.mentions), set(actor.aliases)))
            continue
        if actor.mentions and same.mentions and actor.mentions_sorted()[0].start < same.mentions_sorted()[0].start:
            same.aliases.add(same.name)
            same.name = actor.name
        same.mentions.extend(actor.mentions)
        same.aliases |= actor.aliases | {actor.name}
    return merged


def named_person(actor: Actor, role: Role | None) -> bool:
    """A full name the model tagged as a person's, with a person's role ("Carl Brody, the oil company's head of
    safety"; Audit 17 showed him as an organisation): company words around it name his employer, not him."""
    return actor.label == "PERSON" and len(actor.name.split()) > 1 and role is not None \
        and (role.head or "").lower() in PERSON_NOUNS
