"""How an essay sentence links to the sentences around it, for the prose renderer (reader Audit 39).

The essay moves the article's sentences away from their neighbours. Some links then break: a "he" the
article resolved in the sentence before is read as the person the essay named last (#8: a released
prisoner's threat read as a soldier's); a "But" contrasts with a sentence the essay did not tell (#4); a
quotation cut at a sentence break inside it stops mid-statement (#9); a run of "Name: teaser" highlights
or a fact box of subjectless lines is pasted in as one sentence (#7, #4); and a column's "I" is told as
"The article adds that I paused" (#12). These rules find such sentences and mend or refuse them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newsbrief.models import ActorInfo, Brief, Item, Sentence
from newsbrief.render import citation_label
from newsbrief.render.prose_voice import _sentence_keys

# A connective that contrasts with or adds to the sentence before ("But on Friday, ...", "Yet BP has ...").
# Told after another sentence it contrasts with the wrong one (Audit 39 #4: Juppe's line opened on "But").
# "Still" and "However" only with their comma: "Still water ..." and "However hard ..." are no connectives.
# "But for the rain, ..." (= without) and "Yet another blow" ("yet" = still more) are no connectives: dropping
# the word would reverse or change the meaning (review of session 24).
_STRAY_LINK = re.compile(r"^(?:But(?! for\b)|Yet(?! (?:another|again|more|others?)\b)|And|However,|Still,|"
                         r"Nevertheless,|Nonetheless,|Even so,)\s+(?=\S)")

# A he/she/him/his/her outside quotations, past the opening (an opening one leans back: prose_context).
# Not a case repair ("[T]he") and not one the article resolves in brackets ("she [Buchanon's mother]").
_PRONOUN = re.compile(r"(?<![\w\]'’-])(?:he|she|him|his|her)\b(?!\s*\[)")
# A person brought in unnamed: "one of the men", "a local man", "another prisoner".
_NEW_PERSON = re.compile(r"\b(?:[Oo]ne|[Tt]wo|[Ss]ome) of (?:the|those|these|them)\b"
                         r"|\b(?:[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+)?"
                         r"(?:man|woman|boy|girl|person|suspect|soldier|prisoner|detainee|fighter|gunman|teenager|"
                         r"member|officer|worker|driver|student|victim|passenger|resident|doctor|patient)\b")
_NAME_AFTER_WORD = re.compile(r"(?<=[a-z,] )[A-Z][a-z]")
_QUOTED = re.compile(r"\"[^\"]*(?:\"|$)|“[^”]*(?:”|$)")
# A courtesy title or office before a name: the pronoun after it has its antecedent in the sentence.
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|President|Senator|Sen|Gov|Governor|Judge|General|Gen|Captain|"
                     r"Mayor|Minister|Chancellor|King|Queen|Prince|Princess)\.?\s+[A-Z]")

# A speaker's label inside a run of text ("... power" Shadi Hamid: "Cabinet ..."): two or more mark
# highlights or teasers run together, which read as no sentence (Audit 39 #7).
_LABEL = re.compile(r"(?:^|(?<=[a-z\"”.,!?]))\s*(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+:\s")
# A fact box's subjectless lines run together: a lower-case word or a closing mark, then a capitalised
# verb that opens the next line ("... al-Asad Claims to number ...", "... unlikely Aims to ...").
_BOX_LINE = re.compile(r"(?<=[a-z\"”])\s+(?:Claims|Aims|Says|Seeks|Plans|Wants|Hopes|Vows|Denies|Insists|Has|Is|"
                       r"Was|Operates|Controls|Includes|Numbers|Boasts|Reportedly|Formed|Founded|Based|Led)\b")

# A quotation mark that opens (at the start or after a space, a bracket or a colon) or closes.
_OPENER = re.compile(r"(?:^|(?<=[\s(\[:—–]))[\"“]")


def _persons(brief: Brief) -> list[tuple[str, re.Pattern[str]]]:
    """Each person actor by surname, with a pattern for the surname or the first given name ("Newt"),
    compiled once per brief."""
    section = brief.section("actors")
    names: dict[str, set[str]] = {}
    for item in section.items if section else ():
        actor = item.payload
        words = actor.name.split() if isinstance(actor, ActorInfo) and actor.type == "person" else []
        if words and words[-1][:1].isupper():
            names.setdefault(words[-1], {words[-1]}).update(w for w in words[:1] if len(w) > 2 and w[:1].isupper())
    return [(key, re.compile(rf"\b(?:{'|'.join(re.escape(n) for n in sorted(forms))})\b"))
            for key, forms in sorted(names.items())]


class PersonLinks:
    """Which person a sentence's unresolved he/she is read as, told after the essay's last sentence."""

    def __init__(self, brief: Brief) -> None:
        self.sentences: Sequence[Sentence] = brief.sentences
        self.persons = _persons(brief)

    def _named(self, text: str) -> set[str]:
        return {name for name, pattern in self.persons if pattern.search(text)}

    def misread(self, text: str, here: int | None, last_told: str) -> bool:
        """Whether ``text`` (at article position ``here``) has a he/she whose person it does not name, and the
        essay's last sentence ``last_told`` names persons, none of them the one the article named last before
        it: told there, the pronoun is read as the wrong person (Audit 39 #8)."""
        if here is None or not last_told or not self.persons:
            return False
        bare = _QUOTED.sub('"', text)
        match = _PRONOUN.search(bare)
        if match is None:
            return False
        # named in the sentence: before it ("if Deutch has ..., her mother"; a capitalised word after a lower-case
        # one is taken for a name) or after it ("As for the host, he said ..., Hannity said"; "Asked if she
        # would ..., Mrs Fergus said"). Tuned on the Newsroom/XSum rows (session 24), where these were told rightly.
        if self._named(bare) or _TITLED.search(bare) or _NAME_AFTER_WORD.search(bare[: match.start()]):
            return False
        told = self._named(last_told)
        return bool(told) and not told & self._referents(here)

    def _referents(self, here: int) -> set[str]:
        """Whom the article's he/she at ``here`` most likely means: the persons named by the nearest sentence
        before it that names any ("Suarez apologised ... He was suspended ... In 2011, he was ..."), unless a
        sentence between brings in an unnamed person ("one of the men released has reached out"), who is
        then the antecedent, a person the brief does not name (Audit 39 #8): no one."""
        own = self.sentences[here]
        for sentence in reversed(self.sentences[max(0, here - REFERENT_WINDOW): here]):
            if sentence.article_id != own.article_id:
                break
            named = self._named(sentence.text)
            if named or _NEW_PERSON.search(_QUOTED.sub('"', sentence.text)):
                return named
        return set()


# How many sentences back the article's referent of a he/she is looked for.
REFERENT_WINDOW = 8


def drop_stray_link(text: str, mark: bool = True) -> str:
    """``text`` without an opening "But"/"Yet"/"However," (told away from what it contrasts with),
    its next word's case repaired as a bracketed letter ("[O]n Friday"; unmarked unless ``mark``)."""
    match = _STRAY_LINK.match(text)
    if match is None:
        return text
    rest = text[match.end():]
    if not rest[:1].islower():
        return rest
    return f"[{rest[0].upper()}]{rest[1:]}" if mark else rest[0].upper() + rest[1:]


def run_together(text: str) -> bool:
    """Whether ``text`` is highlights or a fact box run together: two speaker labels ("Name: ...") or two
    subjectless lines opening on a capitalised verb. Such a run is no sentence of the essay."""
    return len(_LABEL.findall(text)) >= 2 or len(_BOX_LINE.findall(text)) >= 2


def _opens_quote(text: str) -> bool:
    """Whether ``text`` ends inside a quotation it opened."""
    if text.count("“") > text.count("”"):
        return True
    marks = [m.start() for m in re.finditer('"', text)]
    return len(marks) % 2 == 1 and _OPENER.match(text, marks[-1]) is not None


def _closes_quote(text: str) -> bool:
    """Whether ``text`` closes a quotation an earlier sentence opened (its first mark closes)."""
    if text.count("”") > text.count("“"):
        return True
    marks = [m.start() for m in re.finditer('"', text)]
    return len(marks) % 2 == 1 and _OPENER.match(text, marks[0]) is None


# Longest continuation told with its quotation, in words: a statement's next sentence, not a speech.
CONTINUATION_WORDS = 40


def to_quote_end(brief: Brief, item: Item, used: set[str]) -> Item:
    """``item`` with the next article sentence joined on where the item ends inside a quotation that
    sentence closes (Audit 39 #9: a police statement cut before "We are not going to confirm ...")."""
    if not item.citations or not _opens_quote(item.text):
        return item
    by_id, index = _sentence_keys(brief)
    last = item.citations[-1]
    at = index.get((last.article_id, last.sentence_id))
    if at is None or at + 1 >= len(brief.sentences):
        return item
    following = brief.sentences[at + 1]
    citation = replace(last, sentence_id=following.id, start=following.start, end=following.end)
    if (following.article_id != by_id[(last.article_id, last.sentence_id)].article_id
            or citation_label(citation, brief.article_id) in used
            or len(following.text.split()) > CONTINUATION_WORDS or not _closes_quote(following.text)):
        return item
    return replace(item, text=f"{item.text.rstrip()} {following.text.strip()}", citations=(*item.citations, citation))


def as_writers(text: str, connective: str) -> str:
    """A first-person sentence of the writer, told in the writer's name and quoted: "The article adds that
    I paused" read as the article's report of the essay's own "I" (Audit 39 #12)."""
    lead = ("The writer closes: " if "closes" in connective else
            "The writer also writes: " if "also" in connective else "The writer adds: ")
    inner = text.replace("“", "‘").replace("”", "’").replace('"', "'")
    return f"{lead}“{inner}”"
