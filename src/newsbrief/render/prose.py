"""Prose rendering: an essay in connected paragraphs, every sentence grounded.

Each sentence of the essay is an article sentence (or the dated clause the
timeline chose), joined by short connectives, and carries a footnote number
that the notes resolve to source sentence ids. Newsbrief's own judgements (the
outlook's tone) are marked as such. No source sentence is used twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from newsbrief.models import ActorInfo, Brief, Citation, Item, QuoteInfo, TimelineEvent, ToneInfo
from newsbrief.render import citation_label, register, source_lines
from newsbrief.render.prose_context import _LEANS_BACK as _LEANS_BACK  # the rule's tests import it here
from newsbrief.render.prose_context import Antecedents, LiveStamps, is_furniture, leans_back, strip_stamp, trim_given
from newsbrief.render.prose_links import PersonLinks, as_writers, drop_stray_link, run_together, to_quote_end
from newsbrief.render.prose_runs import Runs, given_with_nickname, keep_for_close, leans_after_phrase, speaker_named
from newsbrief.render.prose_speakers import PRONOUN_SAID as _PRONOUN_SAID
from newsbrief.render.prose_speakers import SAYING as _SAYING
from newsbrief.render.prose_speakers import (
    announces_list,
    balance_quotes,
    named,
    pronoun_speaker,
    settle_speaker,
    unintroduced_document,
)
from newsbrief.render.prose_speakers import name_speaker as _name_speaker
from newsbrief.render.prose_voice import (
    argued_lead,
    first_person,
    opens_on_tag,
    trim_joined,
    unattributed_quote,
    unnamed_voice,
)
from newsbrief.sections import PROSE_PARAGRAPHS, SECTIONS

_FIRST_WORD = re.compile(r"^(?!I\b)([A-Z][a-z]*)\b")  # "A group", not "I"


class _Essay:
    """Collects paragraphs and footnotes while making sure no sentence repeats."""

    def __init__(self, brief: Brief, closing: bool = False) -> None:
        self.brief = brief
        self.closing = closing  # telling the close: a named speaker's quotation is the speaker's (prose_runs)
        self.lowercase_words = set(
            re.findall(r"(?<=[a-z,;] )([a-z]+)\b", " ".join(s.text for s in brief.sentences))
        )
        self.used: set[str] = set()
        self.notes: list[str] = []
        self.paragraphs: list[str] = []
        actors = brief.section("actors")
        # Given name(s) of each person by surname, to introduce "Clark" as "[Tim] Clark".
        self.given: dict[str, str] = {}
        shared: set[str] = set()  # surnames of two people ("David Haines", his brother "Mike Haines")
        for item in actors.items if actors else ():
            actor = item.payload
            given, surname = _split_name(actor.name) if isinstance(actor, ActorInfo) else ("", "")
            given = given_with_nickname(trim_given(given, surname, brief.sentences), surname, brief.sentences)
            if (isinstance(actor, ActorInfo) and actor.type == "person" and given
                    and self.given.setdefault(surname, given) != given):
                shared.add(surname)
        for surname in shared:  # which one a bare "Haines" means is the reader's to see, not ours to guess
            del self.given[surname]
        self.told = ""
        # (article id, sentence index) of each source sentence, and of the last one the essay told
        self.position = {(s.article_id, s.id): n for n, s in enumerate(brief.sentences)}
        self.position.update({("", s.id): n for n, s in enumerate(brief.sentences) if not brief.is_story})
        self.last: int | None = None
        self.last_text = ""  # the essay's last sentence, which a bare "The government" would be read after
        self.antecedents = Antecedents(brief)
        self.persons = PersonLinks(brief)  # whom a he/she is read as after the essay's last sentence
        self.runs = Runs(brief.sentences)
        self.stamps = LiveStamps(() if brief.is_story else brief.sentences)  # a story mixes its pages' clocks
        # (article id, sentence id) of items whose speaker is a pronoun or an unnamed descriptor ("he
        # reported", "A spokesman said") the brief cannot name: told only right after their antecedent
        self.needs_antecedent: set[tuple[str, str]] = set()

    def follows_its_antecedent(self, item: Item) -> bool:
        """Whether an item that leans on the sentence before it ("It will get 90 mpg", "To combat
        this, ...") comes right after that sentence in the essay. Placed after another sentence it
        would take that one's subject (the fourth reader audit: one car's figure read as another's,
        a cause read as its cure), so such an item is left out of the essay instead."""
        if not item.citations or self.adjacent(item):
            return True
        first = item.citations[0]
        here = self.position.get((first.article_id, first.sentence_id))
        text = strip_stamp(item.text.strip(), self.stamps.live)
        # a bare quotation names its speaker only in the sentence before it (Audit 34)
        unnamed = unattributed_quote(text) or (first.article_id, first.sentence_id) in self.needs_antecedent
        leans = leans_back(drop_stray_link(text, mark=False)) or leans_after_phrase(text)  # "As ... go, it lacked"
        if (leans and not (self.closing and speaker_named(text))) or unnamed:
            return False
        last = self.last_text
        return not (self.antecedents.misread(text, here, last) or self.persons.misread(text, here, last))

    def adjacent(self, item: Item) -> bool:
        """Whether the item's first source sentence comes right after the one the essay told last."""
        here = self.place(item)
        return here is not None and self.last is not None and here == self.last + 1

    def speaks_for_itself(self, item: Item) -> Item | None:
        """``item`` as told away from the sentence before it in the article (prose_speakers): its pronoun
        speaker named, or None for a "he said" the brief cannot name, a reference to "the article" the essay
        never introduced, or a sentence ending on the colon of a list it does not tell (Audit 38)."""
        if announces_list(item.text):
            return None
        if self.adjacent(item):
            return item
        if unintroduced_document(item.text, self.told):
            return None
        if not pronoun_speaker(item.text):
            return item
        # the close (the conclusion's choice, told last) keeps a speaker the brief cannot name: dropped, XSum row 26
        # lost its closing quotation, whose "he" a reader placed (tests/render/test_prose_s23b.py, xfail)
        return settle_speaker(self.brief, item, self.told) or (item if self.closing else None)

    def place(self, item: Item) -> int | None:
        """The article position of the item's first source sentence (None for an uncited item)."""
        first = item.citations[0] if item.citations else None
        return self.position.get((first.article_id, first.sentence_id)) if first else None

    def introduce(self, text: str) -> str:
        """Give a person's first name in brackets where the essay first mentions them by surname alone."""
        for surname, given in self.given.items():
            if surname in self.told:
                continue
            match = re.search(rf"\b{re.escape(surname)}\b", text)
            if match is None:
                continue
            before = text[: match.start()]
            quoted = before.count('"') % 2 == 1 or before.count("“") > before.count("”")
            if before.endswith("["):  # already a bracketed insertion ("[Lund] said"): complete it
                text = f"{before}{given} {text[match.start():]}"
            elif not quoted and _TITLE_BEFORE.search(before) and not before.rstrip(" [").endswith(given):
                # "Mr Connolly said" before the essay named him: "Mr [Brian] Connolly" (Audit 17)
                text = f"{before}[{given}] {text[match.start():]}"
            elif not quoted and not _NAMED_BEFORE.search(before) and not _opens_with_name(before, given) \
                    and not before.rstrip().endswith(given) \
                    and not (_DETERMINER_BEFORE.search(before) and _LOWER_AFTER.match(text[match.end():])):
                # (not when the full name is written, "said Amer al - Sadeq", or names a thing)
                text = f"{before}[{given}] {text[match.start():]}"
        return text

    def outlet(self, item: Item) -> str:
        """Who reports ``item`` in a story: its first citation's outlet (else "Another report")."""
        home = item.citations[0].article_id if item.citations else ""
        found = next((ref.source.outlet for ref in self.brief.sources if ref.article_id == home), None)
        return found or "Another report"

    def decapitalize(self, text: str) -> str | None:
        """Lower-case the first word when the article writes it lower-case mid-sentence."""
        match = _FIRST_WORD.match(text)
        if match and match.group(1).lower() in self.lowercase_words:
            return text[0].lower() + text[1:]
        repaired = re.match(r"\[([A-Z])\]([a-z]+)\b", text)  # "[T]he dead" -> "... adds that [t]he dead"
        if repaired and (repaired.group(1) + repaired.group(2)).lower() in self.lowercase_words:
            return text[0] + text[1].lower() + text[2:]
        if text[:1] in "\"“'‘[" or (text[:1].isupper() and not match):
            return text
        return text if not match else None

    def sentence(self, item: Item, connective: str = "") -> str | None:
        """One essay sentence for ``item`` (None when its source sentence was used)."""
        # Labels name the article where it is not the brief's own (a story's "1a2b3c4d:s3").
        if item.kind == "reported":
            # a voice the essay cannot name (a contributor's "I", a tag's highlights, '"Some have," he
            # says' joined to another sentence) is left out (Audit 34)
            settled = self.speaks_for_itself(trim_joined(self.brief, item))
            if settled is None:
                return None
            item = to_quote_end(self.brief, settled, self.used)  # a quotation told to its end (Audit 39 #9)
        ids = list(dict.fromkeys(citation_label(c, self.brief.article_id) for c in item.citations))
        if item.kind == "reported" and any(sid in self.used for sid in ids):
            return None
        if item.kind == "reported" and not self.follows_its_antecedent(item):
            return None
        text = balance_quotes(strip_stamp(item.text.strip(), self.stamps.live))
        if item.kind == "reported" and (opens_on_tag(text) or unnamed_voice(self.brief, text) or run_together(text)):
            return None
        if item.citations and not self.adjacent(item):
            text = drop_stray_link(text)  # a "But" whose contrast is not the sentence before (Audit 39 #4)
        if item.kind == "commentary" and item.generated:
            connective = "In newsbrief's commentary (model-written, not the article's words), "
        text = self.introduce(text)
        if connective and self.brief.is_story and connective.startswith("The article"):
            connective = connective.replace("The article", self.outlet(item), 1)
        if connective.endswith("that ") and item.kind == "reported" and first_person(text):
            text, connective = as_writers(text, connective), ""  # not "adds that I paused" (Audit 39 #12)
        dated_ahead = isinstance(item.payload, TimelineEvent) and item.payload.future
        if connective and not _takes_connective(text, connective, dated_ahead):
            connective = ""
        if connective:
            lowered = self.decapitalize(text)
            text = connective + lowered if lowered is not None else text
        if text[-1:] not in ".!?\"”'’":
            text += "."
        if item.kind == "reported":
            self.used.update(ids)
        self.told += " " + text
        self.last_text = text
        if item.citations:
            last = item.citations[-1]
            self.last = self.position.get((last.article_id, last.sentence_id))
        self.notes.append(", ".join(ids))
        return f"{text}[{len(self.notes)}]"

    def paragraph(self, items: list[Item], connectives: list[str]) -> None:
        """Add a paragraph of the given items, connecting all but the first."""
        parts: list[str] = []
        previous: object = None  # the payload of the item told last
        items = [items[n] for n in self.stamps.in_time_order([self.place(i) for i in items])]
        for item in items:
            # Each connective is used once; later sentences stand on their own.
            connective = connectives[len(parts) - 1] if 0 < len(parts) <= len(connectives) else ""
            if connective in _SEQUENCE and isinstance(item.payload, TimelineEvent) and item.payload.future:
                connective = "Looking ahead, "  # "Then construction is due to start next year" told no sequence
            if connective in _SEQUENCE and _overlaps(previous, item.payload):
                connective = ""  # "2011 ... Later, ... in March 2011": a year is not before its own months (Audit 15)
            body = self.runs.told(item)  # the body's sentence, not a headline or byline run into it (Audit 40)
            written = self.sentence(body, connective) if body is not None else None
            if written:
                parts.append(written)
                previous = item.payload
        if parts:
            self.paragraphs.append(" ".join(parts))


def _overlaps(first: object, second: object) -> bool:
    """Whether two timeline dates overlap, one inside the other ("2011" and "2011-03"), so neither is later."""
    if not isinstance(first, TimelineEvent) or not isinstance(second, TimelineEvent):
        return False
    return first.date.startswith(second.date) or second.date.startswith(first.date)


# A capitalised word right before the surname, not opening the text: a given name, initial or title
# is there already ("David Haines", "Mr Haines"), and a bracketed one would name someone else.
_NAMED_BEFORE = re.compile(r"\S\s+[A-Z][\w.'’-]*\s*\[?\s*$")
# A surname between a determiner (or a year) and a lower-case word names a thing after someone ("the
# Kennedy assassination", "the 1963 Kennedy murder", "an Adler government"), and that someone may be
# another holder of the name: Audit 12's essay printed "[Edward] Kennedy assassination" for 1963.
_DETERMINER_BEFORE = re.compile(r"(?:^|\s)(?:[Tt]he|[Aa]n?|[Tt]his|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)"
                                r"(?:\s+\d{4})?\s+$|(?:^|\s)\d{4}\s+$")
# ... or an institution's name ("the Wedgwood Museum", "the Nobel Prize"), where a bracketed given name
# printed "the [Alison] Wedgwood Museum" (session 21, a Newsroom/XSum row).
_LOWER_AFTER = re.compile(r"['’]?\s+(?:[a-z]|(?:Museum|Foundation|Institute|Centre|Center|Trust|Prize|Award|Cup|"
                          r"Stadium|Hall|Library|Gallery|Theatre|Theater|School|College|University|Hospital|"
                          r"Fund|Society|Estate|Collection|Memorial|Park)\b)")
# A courtesy title or office right before the surname, with no given name between ("Mr Connolly").
_TITLE_BEFORE = re.compile(r"(?:^|[\s\"“‘'(\[])(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|President|Senator|Sen|"
                           r"Rep|Gov|Governor|Judge|Justice|Minister|General|Gen|Captain|Capt|Chancellor|Mayor|"
                           r"Rev)\.?\s+$")
# Titles that name a person when they open a sentence ("Mr Haines said"), where the rule above cannot
# tell a name from a capitalised first word ("Then Haines said").
_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady",
                     "President", "Senator", "Sen", "Rep", "Gov", "Governor", "Judge", "Justice", "Minister",
                     "General", "Gen", "Captain", "Capt", "Chancellor", "Mayor", "Rev", "Father", "Sister"})


# Particles and hyphens that belong to the surname after them ("Khaled al-Masri", "Amer al - Sadeq" as
# detokenized data writes it, "Ludwig van Beethoven"): the given name never ends with one (reader Audit 8
# printed "Amer al - [Amer al -] Sadeq").
_SURNAME_PARTICLES = frozenset("al el ul ad ar as ash bin ibn bint abu abd ben van von der den de da das dos del "
                               "della di du la le ter ten - ‐ ‑".split())


def _split_name(name: str) -> tuple[str, str]:
    """A person's name cut into given name(s) and surname, the particles going with the surname
    ("Khaled al - Masri" -> "Khaled", "al - Masri"); ("", name) for a one-word name."""
    words = name.split()
    # The actor's name can carry its role and title ("Chief executive Brian Connolly", "President Ali
    # Sami"): the given name is the capitalised run before the surname, not "[Chief executive Brian]".
    roles = [n for n, w in enumerate(words[:-1]) if not w[:1].isupper() and w.lower() not in _SURNAME_PARTICLES]
    words = words[roles[-1] + 1:] if roles else words
    while len(words) > 2 and words[0].rstrip(".") in _TITLES:
        words = words[1:]
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].lower() in _SURNAME_PARTICLES:
        cut -= 1
    if cut < 1:
        return "", name
    return " ".join(words[:cut]), " ".join(words[cut:])


def _opens_with_name(before: str, given: str) -> bool:
    """Whether the text opens with the person's given name, an initial or a title right before the
    surname ("Michael Phelps' girlfriend ...", "Mr Phelps said"): bracketing another given name there
    printed "Michael [Michael] Phelps" (session 8, an unseen pasted article)."""
    words = before.split()
    if len(words) != 1:
        return False
    word = words[0].rstrip(".")
    return word in given.split() or word in _TITLES or (len(word) == 1 and word.isupper())


# Words that look ahead. "Looking ahead," is only said of a sentence with one: put before past facts
# that Outlook had taken ("Looking ahead, the gunman stormed ...", Audit 7) it told them as the future.
_AHEAD = re.compile(r"\b(?:will|won['’]t|shall|may|might|expect\w*|plan\w*|intend\w*|likely|unlikely|"
                    r"set to|due to|going to|about to|next|future|soon|upcoming|forecast\w*|predict\w*|"
                    r"prospects?)\b", re.I)  # not "could"/"would": "before he could throw them" is past
# A sentence that opens with a speaker's bracketed name or a quotation takes no connective:
# "Looking ahead, [Luis Moreno-Ocampo:] [W]e would like ..." read as garbled (Audit 7).
_OPENS_WITH_VOICE = re.compile(r"^(?:\[[^\]]*:\]|[\"“‘'])")
# A repair that opens with an inserted clause ("[According to the report, t]he firm ...") reads garbled
# after a connective ("The article adds that [According to ...", Audit 12); a one-letter case repair
# ("[T]he") is lower-cased instead.
_OPENS_WITH_INSERTION = re.compile(r"^(?:\[[^\]]{2,}\]|\()")  # and an aside: "It also reports that (The ..."


# A sentence that opens on a conjunction or a discourse marker cannot follow "... that": Audit 23 read
# "The article also notes that and of course ..." in an essay.
_OPENS_WITH_LINK = re.compile(r"^(?:And|But|Or|So|Yet|Plus|Still|Of course|After all|Besides|Anyway)\b")


def _takes_connective(text: str, connective: str, dated_ahead: bool = False) -> bool:
    """Whether ``connective`` may open ``text`` in the essay (``dated_ahead``: an event dated after
    publication, which looks ahead by its date whatever its words)."""
    if _OPENS_WITH_VOICE.match(text) or _OPENS_WITH_INSERTION.match(text):
        return False
    if connective.endswith("that ") and _OPENS_WITH_LINK.match(text):
        return False
    return connective != "Looking ahead, " or dated_ahead or _AHEAD.search(text) is not None


_SEQUENCE = frozenset({"Then ", "Later, "})
# An unnamed descriptor as the speaker: "The company said", "A spokesman said", "his spokeswoman added".
_DESCRIPTOR_SAID = re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+)?"
                              rf"[a-z-]+\s+({_SAYING})\b")


def _in_article_order(essay: _Essay, items: list[Item]) -> list[Item]:
    return sorted(items, key=lambda i: i.citations[0].start)


def _through_quote_sentences(essay: _Essay, items: list[Item]) -> list[Item]:
    """A quote is told through the full sentence it stands in, speaker included."""
    home = essay.brief.article_id
    sentences = {citation_label(Citation(s.id, s.start, s.end, s.article_id), home): s for s in essay.brief.sentences}
    quoted = []
    told = essay.told
    for item in items:
        sentence = sentences.get(citation_label(item.citations[0], home))
        if not isinstance(item.payload, QuoteInfo):
            # a position: its sentence names its source, or says "He said" of the speaker the payload
            # names (fifth reader audit: "He said" after another person's sentence read as theirs)
            speaker = getattr(item.payload, "speaker", None)
            told_as = _name_speaker(item.text, speaker, introduced=speaker.split()[-1] in told) if speaker else None
            item = replace(item, text=told_as) if told_as is not None else item
            if (told_as is None or not named(speaker)) and _speaker_unnamed(item.text, speaker):
                essay.needs_antecedent.add((item.citations[0].article_id, item.citations[0].sentence_id))
            quoted.append(item)
            told += " " + item.text
            continue
        if sentence is None or item.payload.speaker is None:
            continue
        speaker = item.payload.speaker
        text = _name_speaker(sentence.text, speaker, introduced=speaker.split()[-1] in told)
        if text is not None and not named(speaker) and _speaker_unnamed(text, speaker):
            # "A spokesman said ...": told only right after the sentence before it in the article
            essay.needs_antecedent.add((item.citations[0].article_id, item.citations[0].sentence_id))
        if text is not None:
            quoted.append(Item(text=text, citations=(item.citations[0],), payload=item.payload))
            told += " " + text
    return quoted


def _speaker_unnamed(text: str, speaker: str | None) -> bool:
    """Whether the sentence gives its speaker only as a pronoun or a descriptor the brief cannot name
    ("he reported", "A spokesman said"): after another speaker's line it would read as theirs (Audit 15:
    Annan's spokesman read as Assad's, a reporter's "he reported" as the prime minister's)."""
    if speaker is not None and named(speaker) and speaker.split()[-1] in text:
        return False
    return bool(_PRONOUN_SAID.search(text) or _DESCRIPTOR_SAID.search(text))


def _as_tone_label(essay: _Essay, items: list[Item]) -> list[Item]:
    """Newsbrief's tone reading, told as its own commentary."""
    tones = [i for i in items if isinstance(i.payload, ToneInfo)]
    if not tones or not isinstance(tones[0].payload, ToneInfo):
        return []
    reading = tones[0].payload
    return [Item(text=("In newsbrief's own reading, not the article's words, the outlook's "
                       f"tone is {reading.tone} (score {reading.score:+.2f})"),
                 citations=tones[0].citations, kind="commentary")]


def _as_they_are(essay: _Essay, items: list[Item]) -> list[Item]:
    return items


Shaper = Callable[[_Essay, list[Item]], list[Item]]
# The essay's paragraphs (newsbrief.sections.PROSE_PARAGRAPHS): the connectives that
# join their sentences and how their items are told. Sections say which paragraph
# tells them in their record's ``prose`` placements.
PARAGRAPHS: dict[str, tuple[list[str], Shaper]] = {
    "lead": (["The article adds that ", "It also reports that "], _in_article_order),
    "history": (["Then ", "Later, "], _as_they_are),
    "positions": ([""], _through_quote_sentences),
    "analysis": (["The article also notes that "], _as_they_are),
    "outlook": (["Looking ahead, ", "In addition, "], _as_they_are),
    "tone": ([""], _as_tone_label),
    "closing": (["The article closes by noting that "], _as_they_are),
}


# Pieces that argue in the writer's own voice: their lead tells the writer's claims, which "It also
# reports that ..." passed off as reporting (Audit 13: "It also reports that refineries explode ...").
_ARGUED = frozenset({"opinion", "analysis"})
_ARGUED_LEAD = ["The writer adds that ", "The writer also notes that "]


# Most items a paragraph tells: an essay is a brief, not the article retold (first reader audit:
# essays of half the article's length). The lead and the close are told whole.
PARAGRAPH_CAPS = {"lead": 3, "history": 4, "positions": 4, "analysis": 3, "outlook": 3, "tone": 1, "closing": 1}
# For articles over LONG_ARTICLE_WORDS the essay stays within a third of the article's length.
LONG_ARTICLE_WORDS = 600
ESSAY_SHARE = 1 / 3


def _closes(brief: Brief, item: Item) -> bool:
    """True when the item's sentence lies in the article's last paragraph (only then does it "close")."""
    if brief.is_story:  # a story has no last paragraph: its articles end separately
        return False
    last = max((s.paragraph for s in brief.sentences), default=0)
    ids = {c.sentence_id for c in item.citations}
    return any(s.paragraph == last for s in brief.sentences if s.id in ids)


def paragraph_items(brief: Brief, paragraph: str) -> list[Item]:
    """The items the sections' records place in ``paragraph``, in placement order."""
    placed: list[tuple[int, int, list[Item]]] = []
    for index, spec in enumerate(SECTIONS):
        section = brief.section(spec.name)
        for placement in spec.prose:
            if section is not None and placement.paragraph == paragraph:
                placed.append((placement.order, index, [i for i in section.items if placement.select(i)]))
    return [item for _, _, items in sorted(placed, key=lambda p: (p[0], p[1])) for item in items]


def _within_budget(essay: _Essay, brief: Brief) -> dict[str, list[Item]]:
    """Each paragraph's items, capped, and for a long article taken one per paragraph in turn
    until the essay reaches a third of the article's length (the lead and the close always told)."""
    article_words = sum(len(s.text.split()) for s in brief.sentences)
    budget = article_words * ESSAY_SHARE if article_words > LONG_ARTICLE_WORDS else float("inf")
    offered = {}
    for name in PROSE_PARAGRAPHS:
        shape = PARAGRAPHS[name][1]
        # a contributor credit or a script line is furniture, never told (Audit 17 closed an essay on one)
        items = [i for i in paragraph_items(brief, name) if not is_furniture(i.text)]
        offered[name] = shape(essay, items)[: PARAGRAPH_CAPS.get(name, 99)]
    close = offered["closing"][:1]  # the close is told last, whole (Audit 35 #1), when it can be told at all
    if close and _Essay(brief, closing=True).sentence(close[0]) is not None:
        offered = keep_for_close(offered, close)
    chosen: dict[str, list[Item]] = {name: [] for name in PROSE_PARAGRAPHS}
    # The lead and the close frame the essay: they are told whatever the budget.
    chosen["lead"], chosen["closing"] = offered["lead"], offered["closing"]
    told = sum(len(i.text.split()) for i in chosen["lead"] + chosen["closing"])
    rest = [name for name in PROSE_PARAGRAPHS if name not in ("lead", "closing")]
    for depth in range(max((len(v) for v in offered.values()), default=0)):
        for name in rest:
            if depth < len(offered[name]):
                words = len(offered[name][depth].text.split())
                if told + words <= budget:
                    chosen[name].append(offered[name][depth])
                    told += words
    return chosen


@register("prose")
def render_prose(brief: Brief) -> str:
    """Render the brief as a connected essay ending with the Source line."""
    essay = _Essay(brief)
    chosen = _within_budget(essay, brief)
    if essay.stamps.reverse:  # a newest-first live page: its updates are told together, oldest first
        chosen = essay.stamps.gather(chosen, essay.place)
    for name, items in chosen.items():
        connectives = PARAGRAPHS[name][0]
        if name == "lead" and brief.genre in _ARGUED:
            # the writer's own claims are not "reported" (Audit 13: an essay)
            connectives = argued_lead(brief, _ARGUED_LEAD)
        essay.closing = name == "closing"
        if name == "closing" and not any(_closes(brief, i) for i in items):
            connectives = ["Finally, "]  # never "the article closes" for a sentence from its middle
        essay.paragraph(items, connectives)
    title = brief.source.title
    lines = [f"{title}\n" if title else ""]
    lines += [p + "\n" for p in essay.paragraphs]
    lines.append("Notes (source sentence ids): " + "; ".join(
        f"[{n}] {ids}" for n, ids in enumerate(essay.notes, start=1)) + "\n")
    lines.append("\n".join(source_lines(brief)))
    return "\n".join(line for line in lines if line) + "\n"
