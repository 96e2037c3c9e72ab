"""The writer's own inferences and scenarios: an analysis, not a news report (reader Audit 40).

Audit 40 read two analyses as news:

- **Scenarios in the writer's words** (#3, a CNN analysis of a stalled air war). After quoting analysts, the writer
  lays out the futures in their own sentences: "There are, of course, a host of different scenarios for Libya ...
  Gadhafi could fall soon, though it seems unlikely. He could hang on to power for weeks, months or maybe years. Or
  the country could be split in two." genre_frames reads such a frame only with a count ("three possible
  outcomes") and a return to it; here the run of "could" sentences right after the frame is the return.
  :func:`lists_scenarios` needs the frame noun in a sentence of the writer's own (no verb of saying) and at least
  MIN_SCENARIOS of the writer's own sentences with "could", "might" or "may" among the next SCENARIO_REACH. A report
  whose options are an official's ("The council could raise the tax, or it could cut services," Mr Ruiz said) has
  them in quotation marks, outside the writer's sentences.
- **Inferences and verdicts** (#5, a BBC correspondent's first-person piece on a summit). The writer infers what
  was not seen ("Others may have been deterred by ...", "Two mortars landing ... will not have calmed any nerves"),
  weighs the facts ("If anything, the situation is getting worse", "It is saying something that ...") and judges
  the event in a pair of adjectives ("another lavish if inconclusive summit"). :func:`infers` marks such a sentence;
  genre_argues.interprets counts it with the other hedges, so a correspondent's piece with enough of them reads as an
  analysis (genre_we.reads_closely). A report's "may have" is a source's ("the fire may have started in the
  kitchen, firefighters said"), a sentence in another voice.

- **The writer on assignment** (#5 again, once the reader lifts its byline, "By NAME BBC Middle East correspondent",
  into the writer field and the title is gone from the body). The correspondent steps into the piece: "As a
  journalist, covering this summit has been a long exercise in waiting." :func:`on_assignment` marks such an aside,
  the writer's own sentence opening "As a reporter/journalist/correspondent," on no named subject: the writer
  weighing the event from where they stand, as an analysis does. A report telling another journalist's career ("As
  a reporter for the Courier, Ms Lee covered ...") has a name for subject, and a journalist's own aside quoted in a
  report is in another voice.

An analysis's main point is scored among the writer's sentences (genre.main_point), where a links box glued onto a
sentence ("... a ghost town Veteran photojournalist killed ... death It can be ...") scored high on its many names:
:func:`glued` marks such a run, which is no sentence of the writer's.
"""

from __future__ import annotations

import re

from newsbrief.models import Document, Sentence

_FRAME = re.compile(r"\b(?:scenarios|possibilities|possible outcomes|outcomes|futures|ways (?:it|this|things) could "
                    r"(?:go|end|play out))\b", re.I)
_SAYING = re.compile(r"\b(?:said|says|say|told|tells|according to|argued|argues|warned|believes?)\b", re.I)
_MODAL = re.compile(r"\b(?:could|might|may)\b", re.I)
SCENARIO_REACH = 4  # the sentences after the frame where its scenarios are told (Audit 40 #3: the next three)
MIN_SCENARIOS = 2
# "may have been deterred", "must have known", "will not have calmed": the writer's inference about what no one saw.
_INFERRED = re.compile(r"\b(?:may|might|must)(?: well)?(?: not)? have (?:been )?\w+|\b(?:will not|won't|won’t) have "
                       r"(?:been )?\w+|^(?:(?:but|and|so|yet),? )?if anything,|\bit is saying something\b|"
                       r"^(?:(?:but|and|yet),? )?notwithstanding\b", re.I)


def lists_scenarios(own: list[Sentence]) -> bool:
    """True when a sentence of the writer's own names the scenarios and MIN_SCENARIOS of the writer's next
    SCENARIO_REACH sentences tell them with "could", "might" or "may" (see the module docstring)."""
    for at, sentence in enumerate(own):
        if not _FRAME.search(sentence.text) or _SAYING.search(sentence.text):
            continue
        after = [s for s in own[at + 1 : at + 1 + SCENARIO_REACH] if s.index <= sentence.index + SCENARIO_REACH]
        if sum(1 for s in after if _MODAL.search(s.text) and not _SAYING.search(s.text)) >= MIN_SCENARIOS:
            return True
    return False


# "As a reporter, covering ...", "As a foreign correspondent, it is ...", "As journalists, we ...".
_ASSIGNED = re.compile(r"^(?:(?:but|and|yet),? )?as (?:an? |the )?(?:\w+ )?(?:reporters?|journalists?|"
                       r"correspondents?|members? of the press),\s+(?P<next>\S+)", re.I)


def on_assignment(own: list[Sentence]) -> bool:
    """True when one of the writer's own sentences is the writer's aside on covering the event (module docstring):
    "As a reporter," followed by no capitalised name ("I", "it" and a gerund follow; "Ms Lee" does not)."""
    for sentence in own:
        found = _ASSIGNED.match(sentence.text.strip())
        following = found.group("next") if found else ""
        if following and (following == "I" or not following[:1].isupper()):
            return True
    return False


def _adjective_pair(doc: Document, sentence: Sentence) -> bool:
    """True for a judgement in two adjectives joined by "if": "a lavish if inconclusive summit"."""
    tokens = doc.sentence_tokens(sentence)
    return any(t.text.lower() == "if" and 0 < k < len(tokens) - 1 and tokens[k - 1].pos == "ADJ"
               and tokens[k + 1].pos == "ADJ" for k, t in enumerate(tokens))


def infers(doc: Document, sentence: Sentence) -> bool:
    """True when the writer's sentence infers or weighs (see the module docstring)."""
    return bool(_INFERRED.search(sentence.text)) or _adjective_pair(doc, sentence)


# A pronoun or determiner capitalised after a lower-case word with no stop between ("... ghost town Veteran
# photojournalist killed in Libya ... death It can be perceived ..."): lines of a links box glued onto a sentence
# (Audit 40 #3, whose analysis then took the glued run for its main point). "in The Hague" is a name (an entity),
# and "I" is always capitalised.
_SEAM_POS = frozenset({"PRON", "DET"})


def glued(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence is lines glued together: a capitalised pronoun or determiner follows a lower-case word
    with no punctuation between, and a lower-case word follows it."""
    tokens = doc.sentence_tokens(sentence)
    return any(t.pos in _SEAM_POS and t.text[:1].isupper() and t.text != "I" and not t.ent_type
               and tokens[k - 1].text[:1].islower() and tokens[k - 1].text.isalpha()
               and tokens[k + 1].text[:1].islower() for k, t in enumerate(tokens[1:-1], 1))


__all__ = ["glued", "infers", "lists_scenarios", "on_assignment"]
