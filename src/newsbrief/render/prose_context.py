"""What an essay sentence needs from the article around it, for the prose renderer.

The essay reorders the brief's items into paragraphs, so a sentence can land after one it was not
written to follow. These rules say when a sentence leans on the one before it in the article (a
pronoun, "There,", "Since then", a bare "The government"), which lines are no part of the story
told (a contributor credit, a line of script), and how a live page's clock stamps are read: taken
off the front of an update and used to tell the updates in time order (reader Audits 16 and 17).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise

from newsbrief.models import ActorInfo, Brief, Item, Sentence

# An opening that leans on the sentence before: a pronoun ("It will get ...", "These ...", "He is a
# former engineer ..." - after another person's quote Audit 17 read it as theirs) or a phrase ending in
# one before a comma ("To combat this,", "Because of that,"). "It is a/the ..." leans back too unless
# an extraposed clause follows ("It is a shame that ...", "It was the first time the ..."): Audit 17's
# "It is a crime beyond imagination" after British strikes made the strikes the crime. Bracketed
# repairs ("[The company] said") and connectives ("But ...") stand on their own.
# "It was 17 days of unrest that ...", "It is three years since ...": a span of time, which points ahead (Audit 40 #7
# lost its lead once the byline before it was cut).
_LEANS_BACK = re.compile(r"it\b(?!\s+(?:is|was) (?:not )?(?:the|a|an)\b[^.,;:!?]*?\b(?:to|that|when|if|whether|how)\b)"
                         r"(?!\s+(?:is|was|has been) "
                         r"(?:\d+|a few|several|two|three|four|five|six|seven|eight|nine|ten) "
                         r"(?:days?|weeks?|months?|years?|hours?|decades?)\b[^.;:!?]*?\b(?:that|since|before|until)\b)"
                         r"|(?:this|these|that|those|they|such)\b(?!\s+(?:is|was) (?:not )?(?:the|a|an)\b)"
                         r"|(?:he|she|his|her)\b"
                         r"|(?:\w+\s+){1,3}(?:this|that|these|those|it),"
                         # a time, place or case named only by the sentence before: "There, BP pointed at
                         # ...", "Since then, oil has leaked", "Typically, an incident report ..." (Audit 17)
                         r"|(?:there|here),|(?:since|until|till|by|even|before|after|from) then\b|after that\b"
                         r"|at the time\b|in response\b|as a result\b|instead\b|similarly\b|likewise\b"
                         r"|typically\b|in turn\b|in return\b|in that case\b"
                         # a bare condition's other branch: "If not, public anger might ..." answers the condition
                         # of the sentence before; after another one it reads as its branch (Audit 47 #1)
                         r"|if (?:not|so)\b|otherwise\b|failing (?:that|this)\b"
                         # a time counted from the sentence before: "The following year, a leak ..." told after
                         # 2010 statements read as 2011 (Audit 39 #6); "Two days later", "Later that week"
                         r"|the (?:following|next|previous|same) (?:day|week|month|year|morning|afternoon|evening|"
                         r"night|weekend|season|spring|summer|autumn|winter)\b(?!,? in \d{4})"
                         r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|several) (?:days?|weeks?|"
                         r"months?|years?|hours?|decades?) (?:later|earlier|afterwards?)\b(?!,? in \d{4})"
                         r"|(?:later|earlier) that\b"  # (not with its year: "Three years later, in 1967, ...")
                         # or a named person whose reported clause opens with a plural one: "Dr Kain
                         # concluded they were ..." (Audit 6: placed after the drugs, "they" read as the
                         # drugs). A person is never "they"; "The officials said they" is left alone. Nor is
                         # "this was because" after another sentence (Audit 34: Chan explaining the immune system).
                         r"|(?-i:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+[A-Z][\w.'’-]*|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,2})\s+"
                         r"(?:said|says|concluded|added|adds|believes|believed|thinks|thought|found|argued|noted|"
                         r"explained|told\s+\w+)\s+(?:that\s+)?(?:they|these|those\b|this(?=\s+(?:was|is|would|will|meant|means)\b))"
                         r"\b", re.I)

# A bare definite description of a state's or a firm's body as the subject ("The government has
# pledged ...", "The company will ..."): which state or firm it is, the article says in the sentences
# before. Audit 17 told Syria's "The government has pledged to restore control" right after "Turkey said
# it would not close its doors", and it read as Turkey's. Lower-case modifiers only: "The Syrian
# government" names its state.
_STATE_BODY = (r"government|regime|administration|army|military|navy|ministry|cabinet|parliament|authorities|"
               r"police|junta|state")
_FIRM_BODY = (r"company|firm|group|bank|carrier|airline|maker|manufacturer|retailer|lender|insurer|network|"
              r"club|team|union|party|agency|alliance|organisation|organization|club|charity|studio|board")
_BARE_BODY = re.compile(rf"^(?:[\"“‘']\s*)?The\s+(?:[a-z][\w-]*\s+)?"
                        rf"(?:(?P<state>{_STATE_BODY})|(?P<firm>{_FIRM_BODY}))\b")

# A clock stamp opening a live page's update: "20:24 The Red Cross says ...", "08.16 GMT: ...", or four
# digits as live pages print them ("1850 The Red Cross says ..."). The four-digit form is read as a stamp
# only on a page with two stamped updates (a lone "2009 Nobel winner ..." is a year).
_ZONE = r"(?:\s*(?:GMT|BST|UTC|ET|EST|EDT|CET|CEST|local(?:\s+time)?))?"
_STAMP = re.compile(rf"^(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d){_ZONE}\s*[:–—-]?\s*(?=[A-Z\"“‘']|$)")
_STAMP4 = re.compile(rf"^(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d){_ZONE}\s*[:–—-]?\s*(?=[A-Z\"“‘']|$)")

# Contributor credits and desk lines: the bullets' furniture, never the essay's close (Audit 17 ended
# an essay on "CNN's X reported from Y."). A credit names a place and stops: "reported from Cairo."
_CREDIT = re.compile(r"\breported from\s+[A-Z][\w.'’-]*(?:[\s,]+[A-Z][\w.'’-]*)*\s*\.?\s*$"
                     r"|\bcontributed (?:to )?(?:this|the) (?:report|story|article)|\bcontributed reporting\b"
                     r"|\b(?:Additional )?(?:Reporting|Editing|Writing) by\b|^Compiled by\b")
# An embed notice or a pointer to the page's player (Audit 34: "you need to have both Javascript enabled
# and Flash installed" opened an essay; "at 0:11 into the above video ... the gif below" sat in another).
_EMBED = re.compile(r"\b(?:Java[Ss]cript|Flash)\s+(?:is\s+)?(?:enabled|installed|player)\b"
                    r"|\bVisit (?:the |BBC )?Webwise\b|\bMedia playback is (?:not |un)supported\b"
                    r"|\b(?:the\s+)?(?:above|below)\s+(?:video|gif|clip|player)\b"
                    r"|\b(?:video|gif|clip|player)\s+(?:above|below)\b", re.I)
# A reader aside: an imperative opening that sends the reader somewhere ("Keep an eye on both of the directors
# Twitter pages.", reader Audit 37 #10; "Stay tuned", "Check out the trailer"). Only at the item's start and only the
# imperative: "Keep Britain Tidy said ..." and "Check-in queues ..." are news (tests/render/test_prose_s23.py).
_ASIDE = re.compile(r"^(?:(?:so|and|now|meanwhile),?\s+)?(?:keep an eye (?:on|out)|stay tuned|watch this space|"
                    r"check (?:out|back)\b|be sure to|make sure (?:to|you)|don['’]t (?:forget|miss)\b|"
                    r"(?:click|tap) (?:here|the link|through)|look out for)", re.I)
# A line that ends by addressing the readers ("Let's not bury the lede here, people.", reader Audit 38 #11 opened an
# essay on it): the writer talking to the audience, not the story.
_READERS_ADDRESSED = re.compile(r",\s+(?:people|folks|everyone|everybody|guys|readers|friends)\s*[.!]+\s*$", re.I)
# A line of a page's script (Audit 17: a paragraph of JavaScript in the essay).
_SCRIPT = re.compile(r"\bfunction\s*\(|\bvar\s+\w+\s*=|\b(?:document|window)\.\w+|[{};]\s*[{}]|\)\s*;\s*$")


# A quotation that is a bare answer ("No," the senator said ...; "Of course," she said ...): what it answers is the
# question before it, so it leans back like an opening "it" (Audit 42 #3 told '"No" [McCain] said' with the
# question cut). Only when the quotation closes right after the answer word: "No one was hurt" and '"No deal is
# better ..."' state news of their own.
_BARE_ANSWER = re.compile(r"[\"“‘']\s*(?:no|yes|yeah|nope|absolutely(?: not)?|of course(?: not)?|certainly(?: not)?|"
                          r"not at all|not really|exactly|indeed|never)\s*[,.!]*\s*[\"”’']", re.I)


def leans_back(text: str) -> bool:
    """Whether ``text`` opens with a word that needs the article sentence before it."""
    stripped = text.strip()
    return _LEANS_BACK.match(stripped.lstrip("\"“‘'")) is not None or _BARE_ANSWER.match(stripped) is not None


def is_furniture(text: str) -> bool:
    """Whether an item is a contributor credit, an embed notice, a line of script or a reader aside, which the essay
    never tells."""
    return any(rule.search(text) is not None for rule in (_CREDIT, _SCRIPT, _EMBED, _ASIDE, _READERS_ADDRESSED))


def _kind_names(brief: Brief) -> dict[str, tuple[str, ...]]:
    """Names of the states and places ("state") and of the organisations ("firm") the actors hold."""
    kinds: dict[str, list[str]] = {"state": [], "firm": []}
    section = brief.section("actors")
    for item in section.items if section else ():
        actor = item.payload
        if isinstance(actor, ActorInfo) and actor.type != "person":
            kinds["state" if actor.type in ("state", "place") else "firm"] += [actor.name, *actor.aliases]
    return {kind: tuple(n for n in names if n) for kind, names in kinds.items()}


class Antecedents:
    """Which entity a bare "The government" or "The company" can be, read from the article order."""

    def __init__(self, brief: Brief) -> None:
        self.sentences = brief.sentences
        # each name's pattern compiled once per brief, not once per sentence asked about
        self.kinds = {kind: [(name, re.compile(rf"\b{re.escape(name)}\b")) for name in names]
                      for kind, names in _kind_names(brief).items()}

    def _named(self, kind: str, text: str) -> set[str]:
        return {name for name, pattern in self.kinds[kind] if pattern.search(text)}

    def misread(self, text: str, here: int | None, last_told: str) -> bool:
        """Whether a sentence opening with a bare body ("The government ...") at article position
        ``here``, told right after ``last_told``, would be read as a body of an entity that sentence
        names and the article sentences before it (its antecedents) do not."""
        match = _BARE_BODY.match(text.strip())
        if match is None or here is None or not last_told:
            return False
        kind = "state" if match.group("state") else "firm"
        # its antecedents: the sentences before it in its paragraph, or the one before a paragraph's first
        own = self.sentences[here]
        mates = [s for s in self.sentences[max(0, here - 3): here]
                 if s.article_id == own.article_id and s.paragraph == own.paragraph]
        if not mates and here > 0 and self.sentences[here - 1].article_id == own.article_id:
            mates = [self.sentences[here - 1]]
        before = " ".join(s.text for s in mates)
        return bool(self._named(kind, last_told) - self._named(kind, before))


def trim_given(given: str, surname: str, sentences: Sequence[Sentence]) -> str:
    """The given name(s) of an actor named "Holidaymaker David Meadwell" or "Defence Secretary Liam Fox":
    the word right before the surname, and the ones before it only where the article writes the run
    after a lower-case word or a comma ("said Mary Ann Smith"), which a role opening a sentence never is
    (session 13: "Mr [Holidaymaker David] Meadwell")."""
    words = given.split()
    if len(words) < 2 or not all(w[:1].isalpha() for w in words):
        return given  # one word, or a nickname in quotes ("John ` Brad '") that is left whole
    text = " ".join(s.text for s in sentences)
    kept = [words[-1]]
    for word in reversed(words[:-1]):
        run = " ".join([word, *kept, surname])
        initial = len(kept[0].rstrip(".")) == 1 and len(word) > 1  # "John F. Kennedy": the initial is no name
        if not initial and not re.search(rf"[a-z,]\s+{re.escape(run)}\b", text):
            break
        kept.insert(0, word)
    return " ".join(kept)


def strip_stamp(text: str, live: bool) -> str:
    """``text`` without a leading clock stamp (the four-digit form only on a ``live`` page)."""
    match = _STAMP.match(text) or (_STAMP4.match(text) if live else None)
    return text[match.end():] if match and match.end() < len(text) else text


def _stamp_minutes(text: str, live: bool) -> int | None:
    match = _STAMP.match(text) or (_STAMP4.match(text) if live else None)
    return int(match.group("h")) * 60 + int(match.group("m")) if match else None


class LiveStamps:
    """A live page's updates: the stamp block each sentence belongs to and the page's direction."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        # Four-digit stamps count only on a page whose sentences open with two or more of them.
        self.live = sum(1 for s in sentences if _STAMP.match(s.text) or _STAMP4.match(s.text)) >= 2
        self.block: list[int] = []
        stamps: list[int] = []
        for sentence in sentences:
            minutes = _stamp_minutes(sentence.text, self.live)
            if minutes is not None:
                stamps.append(minutes)
            self.block.append(len(stamps))  # 0: the page's intro before the first stamp
        descents = sum(1 for a, b in pairwise(stamps) if b < a)
        # Newest first (more steps back in time than forward): its updates are told in reverse.
        self.reverse = len(stamps) >= 2 and descents > len(stamps) - 1 - descents

    def in_time_order(self, positions: Iterable[int | None]) -> list[int]:
        """Indexes of items (given by article position) reordered so a newest-first page's updates are
        told oldest first (Audit 17: 20:24, then back to 08:16); the intro keeps its place at the front."""
        places = list(positions)
        if not self.reverse:
            return list(range(len(places)))

        def key(index: int) -> tuple[int, int]:
            place = places[index]
            block = self.block[place] if place is not None and place < len(self.block) else 0
            return (0, 0) if block == 0 else (1, -block)

        return sorted(range(len(places)), key=key)

    def gather(self, chosen: dict[str, list[Item]], place: Callable[[Item], int | None]) -> dict[str, list[Item]]:
        """Move the stamped updates every paragraph chose into the lead, which tells them in time order:
        spread over the essay's paragraphs they jumped back in time and closed on the morning's update
        (Audit 17: 20:24, then 08:16 as the last line). The tone reading stays where it is."""
        def stamped(item: Item) -> bool:
            at = place(item)
            return at is not None and at < len(self.block) and self.block[at] > 0

        moved = [i for name, items in chosen.items() if name not in ("lead", "tone") for i in items if stamped(i)]
        gathered = {name: [i for i in items if name in ("lead", "tone") or not stamped(i)]
                    for name, items in chosen.items()}
        gathered["lead"] = gathered.get("lead", []) + moved
        return gathered
