"""Words in the wrong mouth, third round (issue #11; reader Audit 24, docs/audit.md 25.3 "Misattributed" and 25.4
items 1 and 4), on short texts written for these tests:

1. Products and platforms ("App Store", "iPhone", "Apple Watch") are never people, speakers or organisations;
   a one-letter spelling variant of a person's surname in the same article ("Chowdhry"/"Chowdry") is the same
   person. Near miss: two people whose surnames differ by one letter but whose given names differ stay two.
2. A "he" inside a speaker's own quotation is never the speaker (he would say "I").
3. A statement's "he"/"it" goes to the subject of the page or the outlet just named, not to a bystander.
4. A negation or focus adverb before a title ("not even President X") is no part of the role; an organisation's
   name is never cut at its "and" ("the National Oceanic and Atmospheric Administration").

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.actors import analyze_actors
from newsbrief.analyze.context import build_context
from newsbrief.models import ActorInfo, Article, RawDocument, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.pipeline import brief_source
from newsbrief.settings import Settings
from tests.nlp.test_session12_speakers2 import _speakers_of

pytestmark = pytest.mark.slow

_COLUMN = ("Trip Mehrotra, an analyst at Summit Equities Research, thinks the Apple Watch will have 100,000 apps "
           "within a year. Mehrota says the $350 price is a non-issue. Developers will flock to the App Store, he "
           "argues. His 42 million prediction is more plausible. The iPhone sold well in its first year, too, and "
           "Android phones still outsell it.")
_COLUMN2 = ("Global Equities analyst Trip Mehrotra believes the Apple Watch will sell 42 million units. \"The price is "
            "a non-issue,\" Mehrotra says. \"With the App Store, the consumer is getting 100 different devices.\" The "
            "iPhone had 500 apps at launch. Mehrota expects 100,000 apps.")
_PLATFORM_QUOTE = ("Apple opened its watch store to developers on Monday. \"It is a non-issue for buyers,\" App Store "
                   "chief Maria Lund said. \"Most apps will be free.\"")
# near miss: two people, surnames one letter apart, given names differ
_TWO_PEOPLE = ("Anna Chen, a trader in Hong Kong, said the market would recover. Tom Chan, an economist in "
               "Singapore, disagreed. \"The slump has only begun,\" Chan said. Chen said she was buying shares.")
_QUOTED_HE = ("Protesters filled the main square of the capital for a ninth day on Tuesday, chanting slogans "
              "against the government and waving flags. Opposition leader Karim Nasser said the "
              "president's promise not to run again was not enough. Asked about President Omar Fadel, Nasser told "
              "reporters: \"He just has to let go.\"")
_EXPLAINER = ("Who is Ken Marsh? Marsh is the lawyer who ran the fund for the victims of the 2001 floods. President "
              "Obama picked him last week to run the new claims fund. What has he promised? He has said he is not "
              "aligned with the government or the company.")
# near miss (added after the fix): an object pronoun of the other gender leaves the subject certain
_OBJECT_HER = ("Senator Tom Hale met the new judge, Maria Ortiz, on Monday. Hale praised her at length. He said the "
               "court needed more judges like her.")
_OUTLET = ("The army said a woman was detained at a checkpoint near the border on Saturday, according to the army "
           "statement. The Lebanese newspaper Al-Nahar reported that the woman was the wife of a militant leader. "
           "It said she had been travelling with a fake passport.")
_NOT_EVEN = ("Diplomats met in Geneva on Saturday to discuss the war. Nobody, not even President Omar Fadel, can now "
             "stop the talks, Nasser said.")
_NOAA = ("Oil is still leaking into the gulf. David Kemp of the National Oceanic and Atmospheric Administration said "
         "the slick could reach the coast by Friday.")

# (text, a piece of the content, a speaker that must hold it (None: none required), speakers never given)
SPEAKERS: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    (_COLUMN, "non-issue", "Mehrot", ("App Store", "the App Store", "Apple Watch", "the Apple Watch")),
    (_COLUMN2, "100 different devices", "Mehrotra", ("App Store", "the App Store")),
    (_PLATFORM_QUOTE, "non-issue", "Lund", ("App Store",)),
    (_TWO_PEOPLE, "only begun", "Chan", ("Chen", "Anna Chen")),
    (_EXPLAINER, "not aligned", None, ("Obama", "President Obama", "Barack Obama")),
    (_OUTLET, "fake passport", None, ("the army statement", "The army", "the army")),
    (_OBJECT_HER, "more judges", "Hale", ("Maria Ortiz",)),
]

# (text, names that must not be people, names that must not be organisations)
NOT_PEOPLE: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    (_COLUMN, ("App Store", "Apple Watch", "iPhone", "Android"), ("iPhone", "App Store", "Apple Watch", "Mehrot",
                                                                  "Android")),
    (_COLUMN2, ("App Store", "Apple Watch", "iPhone"), ("iPhone", "App Store", "Apple Watch", "Mehrot")),
]

# (text, the actors whose names must be one person (a set of names that may not all appear as separate actors))
ONE_PERSON: list[tuple[str, tuple[str, str]]] = [
    (_COLUMN, ("Mehrotra", "Mehrota")),
    (_COLUMN2, ("Mehrotra", "Mehrota")),
]

# (text, two people who must stay two)
TWO_PEOPLE: list[tuple[str, tuple[str, str]]] = [
    (_TWO_PEOPLE, ("Chen", "Chan")),
]

# (text, a name, words its role must not hold)
ROLES: list[tuple[str, str, tuple[str, ...]]] = [
    (_NOT_EVEN, "Fadel", ("even", "not")),
    (_NOAA, "Kemp", ()),
    (_COLUMN2, "Mehrotra", ("trip",)),
]

# (text, a piece of an item, bracketed repairs that must not appear in the brief)
REPAIRS: list[tuple[str, str, tuple[str, ...]]] = [
    (_QUOTED_HE, "has to let go", ("[Nasser]", "[Karim Nasser]")),
    (_COLUMN, "42 million prediction", ("[App's]", "[App Store's]", "[Android's]", "[Apple's]")),
]


def _actors(text: str) -> dict[str, ActorInfo]:
    doc = annotate(Article(text=text, source=Source(title="Test")))
    infos = [item.payload for item in analyze_actors(doc, build_context(doc))]
    return {info.name: info for info in infos if isinstance(info, ActorInfo)}


def _brief_texts(text: str) -> list[str]:
    brief = brief_source(RawDocument(text.encode(), filename="article.txt"), Settings())
    return [i.text for s in brief.sections for i in s.items]


def _speaker_ok(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> bool:
    speakers = _speakers_of(text, piece)
    found = expected is None or any(s is not None and expected.lower() in s.lower() for s in speakers)
    return found and not any(s is not None and s.strip() in never for s in speakers)


def _not_people_ok(text: str, people: tuple[str, ...], orgs: tuple[str, ...]) -> bool:
    actors = _actors(text)
    bad_people = any(p in name for name, a in actors.items() if a.type == "person" for p in people)
    bad_orgs = any(o in name for name, a in actors.items() if a.type == "organisation" for o in orgs)
    return not bad_people and not bad_orgs


def _one_person_ok(text: str, names: tuple[str, str]) -> bool:
    actors = _actors(text)
    holders = [n for n in actors if any(nm in n.split() or nm in actors[n].aliases for nm in names)]
    return len(holders) == 1 and actors[holders[0]].type == "person"


def _two_people_ok(text: str, names: tuple[str, str]) -> bool:
    people = [n for n, a in _actors(text).items() if a.type == "person"]
    return all(any(nm in p.split() for p in people) for nm in names)


def _role_ok(text: str, name: str, bad: tuple[str, ...]) -> bool:
    for actor_name, info in _actors(text).items():
        if name in actor_name and info.role is not None:
            words = info.role.lower().split()
            if any(b in words for b in bad) or words[-1] in ("and", "of", "the") or info.role.endswith("Oceanic"):
                return False
    return True


def _repair_ok(text: str, piece: str, bad: tuple[str, ...]) -> bool:
    return not any(piece in t and any(b in t for b in bad) for t in _brief_texts(text))


@pytest.mark.parametrize(("text", "piece", "expected", "never"), SPEAKERS,
                         ids=[f"speaker{i}" for i in range(len(SPEAKERS))])
def test_the_speaker_is_a_person_and_the_right_one(text: str, piece: str, expected: str | None,
                                                   never: tuple[str, ...]) -> None:
    assert _speaker_ok(text, piece, expected, never), _speakers_of(text, piece)


@pytest.mark.parametrize(("text", "people", "orgs"), NOT_PEOPLE, ids=[f"product{i}" for i in range(len(NOT_PEOPLE))])
def test_products_are_no_people_or_bodies(text: str, people: tuple[str, ...], orgs: tuple[str, ...]) -> None:
    assert _not_people_ok(text, people, orgs), {n: a.type for n, a in _actors(text).items()}


@pytest.mark.parametrize(("text", "names"), ONE_PERSON, ids=[f"variant{i}" for i in range(len(ONE_PERSON))])
def test_a_one_letter_variant_is_the_same_person(text: str, names: tuple[str, str]) -> None:
    assert _one_person_ok(text, names), {n: (a.type, a.aliases) for n, a in _actors(text).items()}


@pytest.mark.parametrize(("text", "names"), TWO_PEOPLE, ids=[f"two{i}" for i in range(len(TWO_PEOPLE))])
def test_two_people_a_letter_apart_stay_two(text: str, names: tuple[str, str]) -> None:
    assert _two_people_ok(text, names), {n: (a.type, a.aliases) for n, a in _actors(text).items()}


@pytest.mark.parametrize(("text", "name", "bad"), ROLES, ids=[f"role{i}" for i in range(len(ROLES))])
def test_roles_are_whole(text: str, name: str, bad: tuple[str, ...]) -> None:
    assert _role_ok(text, name, bad), {n: a.role for n, a in _actors(text).items()}


@pytest.mark.parametrize(("text", "piece", "bad"), REPAIRS, ids=[f"repair{i}" for i in range(len(REPAIRS))])
def test_no_repair_with_the_wrong_person(text: str, piece: str, bad: tuple[str, ...]) -> None:
    assert _repair_ok(text, piece, bad), [t for t in _brief_texts(text) if piece in t]


def score() -> tuple[int, int]:
    """(right, all) over the cases, for the commit message."""
    results: list[tuple[bool, str]] = []
    for text, piece, expected, never in SPEAKERS:
        results.append((_speaker_ok(text, piece, expected, never), f"{piece}: {_speakers_of(text, piece)}"))
    for text, people, orgs in NOT_PEOPLE:
        results.append((_not_people_ok(text, people, orgs), f"types: {({n: a.type for n, a in _actors(text).items()})}"))
    for text, names in ONE_PERSON:
        results.append((_one_person_ok(text, names), f"one: {({n: a.aliases for n, a in _actors(text).items()})}"))
    for text, names in TWO_PEOPLE:
        results.append((_two_people_ok(text, names), f"two: {list(_actors(text))}"))
    for text, name, bad in ROLES:
        results.append((_role_ok(text, name, bad), f"role: {({n: a.role for n, a in _actors(text).items()})}"))
    for text, piece, bad in REPAIRS:
        results.append((_repair_ok(text, piece, bad), f"repair: {[t for t in _brief_texts(text) if piece in t]}"))
    for ok, what in results:
        print("ok " if ok else "BAD", what)
    return sum(ok for ok, _ in results), len(results)


if __name__ == "__main__":  # pragma: no cover - a report for the commit message
    print("score", score())


@pytest.mark.parametrize(("name", "product"), [
    ("iPhone", True), ("the App Store", True), ("Apple Watch", True), ("Android", True), ("Samsung Galaxy S5", True),
    ("Apple", False), ("Sony Music", False), ("Google Research", False), ("YouTube", False), ("Ivan Petrov", False),
    ("Irene Adler", False),
])
def test_product_names(name: str, product: bool) -> None:
    from newsbrief.nlp.entity_products import is_product_name

    assert is_product_name(name) is product


@pytest.mark.parametrize(("a", "b", "apart"), [
    ("Chowdhry", "Chowdry", True), ("Mehrotra", "Mehrota", True), ("Chen", "Chan", True), ("Smith", "Smith", False),
    ("Smith", "Smythe", False), ("Mehrotra", "Nehrotra", False),
])
def test_one_letter_apart(a: str, b: str, apart: bool) -> None:
    from newsbrief.analyze.actor_variants import one_letter_apart

    assert one_letter_apart(a, b) is apart
