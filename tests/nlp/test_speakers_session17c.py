"""Words in the wrong mouth, session 17c (round 1's leftovers and reader Audit 27, 28.3 #6), on short texts
written for these tests:

1. Readers' accounts whose name lines come AFTER each account (a page that opens on an unlabelled account and
   ends on a label line): each label closes the account above it, never opens the next.
2. An all-caps label ("JANE DOE, nurse") over a first-person account is its speaker's header even when the tagger
   does not see a person in the capitals; a dateline ("NEW YORK, Tuesday") stays none.
3. A press review's verbless headline quotation followed by "it warns" is the paper's.
4. Who says what shows one entry per person: "according to Dr Ana Sáez-Moro, of the DNA, repair ... unit" and a
   later "Sáez-Moro" are one source; a book title's tail before "former tennis champion Jane Holt" is no role.
5. A narrated "wanted to" (someone's past wish for their own act) is no recommendation; "wanted the county to
   pay" keeps its speaker.

Near misses keep their speakers. First scores on unchanged main: 8/13 (the commit that added this file), 9/16
with the cases added after it (a book title's role, a narrated wish, its near miss).
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.positions import analyze_positions
from newsbrief.models import Article, PositionInfo, Source
from newsbrief.nlp.annotate import annotate
from tests.nlp.speaker_cases import voiced_speaker_ok, voiced_speakers_of

pytestmark = pytest.mark.slow

_AFTER = ("We asked readers in Haiti to tell us how they spent the week after the storm. Here are some of their "
          "stories.\n\nOur street was flattened in the night. My brother and I found our neighbours under the "
          "rubble and we just kept digging.\n\nMarie Dupont, Port-au-Prince\n\nI walked to the clinic every "
          "morning to carry water. We had no power for nine days.\n\nJean Baptiste, Jacmel\n\nMy school lost "
          "its roof. I teach the children under a tarpaulin now.\n\nRose Charles, Les Cayes")
# near miss: labels over their accounts keep the usual direction
_BEFORE = ("We asked readers in Haiti to tell us how they spent the week after the storm.\n\nMarie Dupont, "
           "Port-au-Prince\n\nOur street was flattened in the night. My brother and I just kept digging.\n\nJean "
           "Baptiste, Jacmel\n\nI walked to the clinic every morning to carry water. We had no power for nine "
           "days.")
_CAPS = ("Nurses describe a night on the wards.\n\nJANE DOE, nurse, Leeds\n\nI started at seven and did not sit "
         "down until four in the morning. We had three beds for eleven patients.")
# near miss: a dateline in capitals over a first-person paragraph is no speaker
_DATELINE = ("Storm damage was worse than feared.\n\nNEW YORK, Tuesday\n\nI have never seen the river this high, "
             "the mayor's office said in a statement.")
_HEADLINE = ("Ministers met overnight, Patrick Wood reports.\n\nThe Mirror's front page is bleak. \"Sore throat at "
             "breakfast, dead by teatime,\" it warns.")
# near miss: "it" with no paper before it is no paper
_HEADLINE_NONE = ("Ministers met overnight, Patrick Wood reports. The virus spreads fast. \"Sore throat at "
                  "breakfast, dead by teatime,\" he warns.")

# (text, a piece of the content, a speaker part that must appear (None: any or none), names that must not)
SPEAKERS: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    (_AFTER, "kept digging", "Dupont", ("Jean Baptiste",)),
    (_AFTER, "carry water", "Baptiste", ("Marie Dupont", "Rose Charles")),
    (_AFTER, "tarpaulin", "Charles", ("Jean Baptiste",)),
    (_BEFORE, "kept digging", "Dupont", ("Jean Baptiste",)),
    (_BEFORE, "carry water", "Baptiste", ("Marie Dupont",)),
    (_CAPS, "three beds", "Doe", ()),
    (_DATELINE, "river this high", None, ("New York", "New York, Tuesday")),
    (_HEADLINE, "dead by teatime", "Mirror", ("Patrick Wood",)),
    (_HEADLINE_NONE, "dead by teatime", "Wood", ()),
]

_TWICE = ("A second patient is in remission, a team in Lyon reports. Some people control the virus without "
          "drugs, but according to Dr Ana Sáez-Moro, of the DNA, repair and ageing unit at the Institut Curie in Lyon, such "
          "cases are very rare.\n\nThe patient stopped treatment two years ago. Sáez-Moro said there were 400 "
          "such patients in France. \"He is doing very well,\" said "
          "Sáez-Moro.")
# a book title's tail before a role is no part of the role
_BOOK = ("In her new memoir, Quiet Money: Saving Smart, former tennis champion Jane Holt wrote that her coach "
         "had asked her for half of her prize money.")
# near miss: two different people with one surname stay two
_TWO = ("\"This is a remarkable result,\" said Dr Ann Kessel, of the cell biology unit at the Lyon Institute.\n\n"
        "Her colleague Peter Kessel said the team would follow the patient for another decade.")
_WANTED = ("My friend's friend, a nurse, travelled to the square on Friday. She says the crowd was calm. He wanted "
           "to come and protest as well as donate medicine, she said.")
_WISH = ("A friend of a friend sent me this account of the square on Friday. A police officer came to the tent. He "
         "wanted to come and protest as well as donate medicine. He left without a word.")
# near miss: a named source who wanted another to act keeps the entry
_WANTS = ("Mayor Tom Ruiz spoke to reporters on Friday. He wanted the county to pay for the repairs to the bridge, he said.")
# near miss: a source who says people should do something recommends
_SHOULD = ("My friend's friend, a nurse, travelled to the square on Friday. She says people should donate "
           "medicine to the clinics.")


def _entries(text: str) -> list[PositionInfo]:
    doc = annotate(Article(text=text, source=Source(title="Test")))
    return [i.payload for i in analyze_positions(doc, build_context(doc)) if isinstance(i.payload, PositionInfo)]


def _one_entry_each(text: str, expected: int) -> bool:
    return len({p.speaker for p in _entries(text) if "Kessel" in (p.speaker or "") or "Moro" in (p.speaker or "")}) == expected


def _stance_of(text: str, words: str) -> str | None:
    doc = annotate(Article(text=text, source=Source(title="Test")))
    for item in analyze_positions(doc, build_context(doc)):
        if words in item.text and isinstance(item.payload, PositionInfo):
            return item.payload.stance
    return None


POSITIONS: list[tuple[str, str, bool]] = [
    ("twice", _TWICE, True), ("two", _TWO, True), ("book", _BOOK, True), ("wanted", _WANTED, True), ("should", _SHOULD, True),
    ("wish", _WISH, True), ("wants", _WANTS, True)]


def _position_ok(kind: str, text: str) -> bool:
    if kind == "twice":
        return _one_entry_each(text, 1)
    if kind == "two":
        return _one_entry_each(text, 2)
    if kind == "book":
        return all(p.role is None or "Smart" not in p.role for p in _entries(text))
    if kind == "wanted":
        return _stance_of(text, "wanted to come") != "recommends"
    if kind == "wish":
        return _stance_of(text, "wanted to come") != "recommends"
    if kind == "wants":
        return any("Ruiz" in (p.speaker or "") for p in _entries(text))
    return _stance_of(text, "should donate") == "recommends"


@pytest.mark.parametrize(("text", "piece", "expected", "never"), SPEAKERS,
                         ids=[f"speaker{i}" for i in range(len(SPEAKERS))])
def test_the_speaker_is_the_one_the_page_shows(text: str, piece: str, expected: str | None,
                                               never: tuple[str, ...]) -> None:
    assert voiced_speaker_ok(text, piece, expected, never), voiced_speakers_of(text, piece)


@pytest.mark.parametrize(("kind", "text", "_unused"), POSITIONS, ids=[p[0] for p in POSITIONS])
def test_who_says_what_entries(kind: str, text: str, _unused: bool) -> None:
    assert _position_ok(kind, text), [(p.speaker, p.role, p.stance) for p in _entries(text)]


def score() -> tuple[int, int]:
    """(right, all) over the cases, for the commit message."""
    right = sum(voiced_speaker_ok(*case) for case in SPEAKERS) + sum(_position_ok(k, t) for k, t, _ in POSITIONS)
    return right, len(SPEAKERS) + len(POSITIONS)


if __name__ == "__main__":
    for i, case in enumerate(SPEAKERS):
        print(i, voiced_speaker_ok(*case), voiced_speakers_of(case[0], case[1]))
    for kind, text, _ in POSITIONS:
        print(kind, _position_ok(kind, text), [(p.speaker, p.role, p.stance) for p in _entries(text)])
    print(score())
