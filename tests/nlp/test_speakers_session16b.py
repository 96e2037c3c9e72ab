"""Words in the wrong mouth, session 16b (issue #11, reader Audit 25), on short texts written for these tests:

1. An interview in Q&A form: only the answer turns are the interviewee's. The writer's paragraph after the last
   answer ("It's not hard to see why ...", "The papers probably should have known better") is the writer's.
   Near miss: an answer that runs over two paragraphs in the first person stays the interviewee's.
2. A quotation whose owner is named in its own sentence ("Then there was Hayward's '...'", "Hayward, who said
   '...'", "in Hayward's words, '...'") is that owner's, never the speaker of the sentence before.
3. A pull quote repeating an attributed quotation takes that attribution, never a person named nearby.
4. A "she" never resolves to a man's name: an unnamed described woman ("a young woman I had trained") is the
   antecedent, or nobody is. Near miss: a "he" after the man still resolves to him.
5. A quotation describing a thing ("This container is 'an engineered ...'") is no speech of that thing.
   Near miss: "the company said the container is '...'" is the company's.
6. A thing pointed at ("This container is described as '...'") is no speaker of the words describing it, nor
   is a passive subject. Near miss: "This report says '...'" is the report's.
7. A relative clause inside a hyphenated word ("who co-founded") is cut at "who", never left as the role "who co".

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.quotes import find_quotes
from newsbrief.models import Article, RawDocument, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute
from newsbrief.pipeline import brief_source
from newsbrief.settings import Settings
from tests.nlp.test_session12_speakers2 import _speakers_of

pytestmark = pytest.mark.slow

_INTERVIEW = ("Maya Chen, the teenager who said she had made millions trading shares, spoke to us this week.\n\n"
              "Q: Did you make the money?\n\n"
              "A: No. I never made anything close to that figure.\n\n"
              "Q: Why did you tell the magazine you had?\n\n"
              "A: I wanted people to notice me. I was wrong to do it.\n\n"
              "I am sorry for the trouble it caused my school.\n\n"
              "It's not hard to see why the story was tough to resist for the city's papers. Chen is young, and "
              "her tale was a good one. The papers probably should have known better, as well.")
_NAMED_INTERVIEW = ("Maya Chen, the teenager who said she had made millions trading shares, spoke to us this week.\n\n"
                    "Observer: Did you make the money?\n\n"
                    "Chen: No. I never made anything close to that figure.\n\n"
                    "Observer: Why did you tell the magazine you had?\n\n"
                    "Chen: I wanted people to notice me. I was wrong to do it.\n\n"
                    "It's not hard to see why the story was tough to resist for the city's papers. Chen is young, "
                    "and her tale was a good one. The papers probably should have known better, as well.")

_TWO_CLOSING = _INTERVIEW.replace("city's papers. Chen", "city's papers.\n\nChen")
# near miss: an answer that runs on about someone else ("He was a banker") stays the interviewee's
_ABOUT_FATHER = ("Maya Chen, the teenager who said she had made millions trading shares, spoke to us this week.\n\n"
                 "Q: Did you make the money?\n\n"
                 "A: No. I never made anything close to that figure.\n\n"
                 "Q: Who taught you about shares?\n\n"
                 "A: My father taught me when I was ten.\n\n"
                 "He was a banker for thirty years, and he loved the markets more than anything.")

_THEN_THERE_WAS = ("The festival went on as usual this summer, oil or no oil. \"We are tired of being told to wait,\" "
                   "one resident told me. Then there was Tony Hayward's \"I would like my life back,\" which nobody "
                   "here has forgotten.")
_WHO_SAID = ("The festival went on as usual this summer, oil or no oil. \"We are tired of being told to wait,\" one "
             "resident told me. Nobody here has forgotten Tony Hayward, who said \"I would like my life back\" a "
             "month into the spill.")
_IN_WORDS = ("The festival went on as usual this summer, oil or no oil. \"We are tired of being told to wait,\" one "
             "resident told me. The chief executive of the company, Tony Hayward, was less patient. In Hayward's "
             "words, \"I would like my life back.\"")
# near miss: the resident's own quotation keeps the resident
_RESIDENT = ("The festival went on as usual this summer, oil or no oil. \"We are tired of being told to wait,\" one "
             "resident told me.")

_PULL_QUOTE = ("The Vatican said on Friday that the newspaper had misread the pope's words. \"There is a basic rule "
               "in journalism, and it is checking twice,\" said Father Luca Benedettini, a Vatican spokesman. The "
               "remark about animals came from Pope Paul VI, who once comforted a boy whose dog had died.\n\n"
               "\"There is a basic rule in journalism, and it is checking twice.\"\n\n"
               "Pope Paul VI told the boy that he would one day see his dog again.")

_SHE_TRAINED = ("I first met Mark Webster in Cairo in 2005, when he ran the embassy's press office. Last month a "
                "young woman I had trained called me from the city. She wanted me to know that thousands of youth "
                "were going to demonstrate.")
# near miss: a "he" after the man is the man
_HE_CALLED = ("I first met Mark Webster in Cairo in 2005, when he ran the embassy's press office. Last month he "
              "called me from the city. He wanted me to know that thousands of youth were going to demonstrate.")

_CONTAINER = ("Engineers lowered a new cap over the leaking well on Thursday. This container is \"an engineered "
              "containment device with a sealing grommet,\" and it should hold most of the oil.")
# near miss: a body that says the words is their speaker
_COMPANY_SAID = ("Engineers lowered a new cap over the leaking well on Thursday. The company said the container is "
                 "\"an engineered containment device with a sealing grommet.\"")

_CO_FOUNDED = ("The firm will open a plant in Ohio next year. According to Bill Jacobson and Dave Ulrich, who "
               "co-founded the company, the plant will hire 200 workers.")

# (text, a piece of the content, a speaker that must hold it (None: none required), speakers never given)
SPEAKERS: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    (_THEN_THERE_WAS, "my life back", "Hayward", ("one resident",)),
    (_WHO_SAID, "my life back", "Hayward", ("one resident",)),
    (_IN_WORDS, "my life back", "Hayward", ("one resident",)),
    (_RESIDENT, "tired of being told", "resident", ()),
    (_SHE_TRAINED, "thousands of youth", None, ("Mark Webster", "Webster")),
    (_HE_CALLED, "thousands of youth", "Webster", ()),
    (_CONTAINER, "sealing grommet", None, ("This container", "this container", "container")),
    (_COMPANY_SAID, "sealing grommet", "company", ()),
]

# (text, a piece of a sentence, a speaker its voice must have (None: the writer's own), names never its voice)
VOICES: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    (_INTERVIEW, "tough to resist", None, ("Maya Chen", "Chen")),
    (_INTERVIEW, "known better", None, ("Maya Chen", "Chen")),
    (_INTERVIEW, "sorry for the trouble", "Chen", ()),
    (_INTERVIEW, "never made anything", "Chen", ()),
    (_INTERVIEW, "wanted people to notice", "Chen", ()),
    (_ABOUT_FATHER, "loved the markets", "Chen", ()),
    (_TWO_CLOSING, "tough to resist", None, ("Maya Chen", "Chen")),
    (_TWO_CLOSING, "sorry for the trouble", "Chen", ()),
    (_NAMED_INTERVIEW, "known better", None, ("Maya Chen", "Chen")),
    (_NAMED_INTERVIEW, "wrong to do it", "Chen", ()),
    (_PULL_QUOTE, "basic rule in journalism, and it is checking twice.\"\n", "Benedettini",
     ("Pope Paul VI", "Paul VI")),
]

_DESCRIBED_AS = ("Engineers lowered a new cap over the leaking well on Thursday. This container is described as "
                 "\"an engineered containment device with a sealing grommet\".")
_PROMISES = ("Engineers lowered a new cap over the leaking well on Thursday. This container promises \"an engineered "
             "seal that will hold most of the oil\".")
# near miss: a document pointed at speaks
_THIS_REPORT = ("The inquiry published its findings on Monday. This report says \"the engineered seal will fail within "
                "a week\".")

# (text, a speaker the quote finder must give (None: none), a speaker it must never give)
FOUND_QUOTES: list[tuple[str, str | None, str]] = [
    (_DESCRIBED_AS, None, "This container"),
    (_PROMISES, None, "This container"),
    (_THIS_REPORT, "This report", ""),
]

# (text, a piece of the content, words no role of its attributions may hold)
ROLES: list[tuple[str, str, tuple[str, ...]]] = [
    (_CO_FOUNDED, "hire 200 workers", ("who co", "who")),
]


def _speaker_ok(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> bool:
    speakers = _speakers_of(text, piece)
    found = expected is None or any(s is not None and expected.lower() in s.lower() for s in speakers)
    return found and not any(s is not None and s.strip() in never for s in speakers)


def _voices_of(text: str, piece: str) -> list[str | None]:
    doc = annotate(Article(text=text, source=Source()))
    at = text.index(piece)
    voices = attribute(doc).voices
    return [v.speaker if v.voice != "reporter" else None for v in voices
            if doc.sentences[v.sentence].start <= at < doc.sentences[v.sentence].end]


def _voice_ok(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> bool:
    speakers = _voices_of(text, piece)
    if expected is None:
        return bool(speakers) and not any(s is not None and s in never for s in speakers)
    return any(s is not None and expected.lower() in s.lower() for s in speakers) \
        and not any(s is not None and s in never for s in speakers)


def _roles_of(text: str, piece: str) -> list[str | None]:
    doc = annotate(Article(text=text, source=Source()))
    return [a.role for a in attribute(doc).attributions if piece in text[a.content_start : a.content_end]]


def _role_ok(text: str, piece: str, never: tuple[str, ...]) -> bool:
    roles = _roles_of(text, piece)
    return bool(roles) and not any(r is not None and r.strip().lower() in never for r in roles)


def _found_speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(annotate(Article(text=text, source=Source())), [])]


def _found_ok(text: str, expected: str | None, never: str) -> bool:
    speakers = _found_speakers(text)
    return bool(speakers) and all(s == expected and (not never or s != never) for s in speakers)


def _brief_texts(text: str) -> list[str]:
    brief = brief_source(RawDocument(text.encode(), filename="article.txt"), Settings())
    return [i.text for s in brief.sections for i in s.items]


@pytest.mark.parametrize(("text", "piece", "expected", "never"), SPEAKERS,
                         ids=[f"speaker{i}" for i in range(len(SPEAKERS))])
def test_the_speaker_is_the_right_one(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> None:
    assert _speaker_ok(text, piece, expected, never), _speakers_of(text, piece)


@pytest.mark.parametrize(("text", "piece", "expected", "never"), VOICES,
                         ids=[f"voice{i}" for i in range(len(VOICES))])
def test_the_voice_is_the_right_one(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> None:
    assert _voice_ok(text, piece, expected, never), _voices_of(text, piece)


@pytest.mark.parametrize(("text", "piece", "never"), ROLES, ids=[f"role{i}" for i in range(len(ROLES))])
def test_a_role_is_no_cut_clause(text: str, piece: str, never: tuple[str, ...]) -> None:
    assert _role_ok(text, piece, never), _roles_of(text, piece)


@pytest.mark.parametrize(("text", "expected", "never"), FOUND_QUOTES,
                         ids=[f"found{i}" for i in range(len(FOUND_QUOTES))])
def test_a_thing_is_no_speaker(text: str, expected: str | None, never: str) -> None:
    assert _found_ok(text, expected, never), _found_speakers(text)


def test_the_writers_closing_is_no_interviewees_claim() -> None:
    bad = [t for t in _brief_texts(_INTERVIEW) if ("known better" in t or "tough to resist" in t) and "Chen" in t]
    assert not bad, bad


def score() -> tuple[int, int]:
    """(right, all) over the cases, for the commit message."""
    results: list[tuple[bool, str]] = []
    for text, piece, expected, never in SPEAKERS:
        results.append((_speaker_ok(text, piece, expected, never), f"{piece}: {_speakers_of(text, piece)}"))
    for text, piece, expected, never in VOICES:
        results.append((_voice_ok(text, piece, expected, never), f"voice {piece!r}: {_voices_of(text, piece)}"))
    for text, piece, never in ROLES:
        results.append((_role_ok(text, piece, never), f"role {piece}: {_roles_of(text, piece)}"))
    for text, expected, never_one in FOUND_QUOTES:
        results.append((_found_ok(text, expected, never_one), f"found: {_found_speakers(text)}"))
    bad = [t for t in _brief_texts(_INTERVIEW) if ("known better" in t or "tough to resist" in t) and "Chen" in t]
    results.append((not bad, f"brief: {bad}"))
    for ok, what in results:
        print("ok " if ok else "BAD", what)
    return sum(ok for ok, _ in results), len(results)
