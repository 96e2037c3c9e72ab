"""Words in the wrong mouth or in no one's, second round (issue #11; reader Audit 23, 24.3 "Misattributed" and
24.4 items 1 and 7; the lead's reading of unseen Newsroom briefs), on short texts written for these tests:

1. A speaker described by a noun phrase ("a nun from El Salvador", "one rebel fighter", "our correspondent")
   keeps the words over the nearest name, who is the topic and not the speaker.
2. A cue sentence with no content ("X, a spokesman, told reporters in the capital on Sunday.") is a set-up:
   it is never shown alone as X's position or as a key point.
3. "remarked to the paper that ..." is a cue; a non-person subject of a cue ("a mysterious voice", "a recorded
   message") keeps its quotation: never the nearest named person.
4. A family-name-first name ("Lou Ming ... Lou says") is repaired with the form the article uses later ("Lou").

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.openings import repair_opening
from newsbrief.analyze.positions import analyze_positions
from newsbrief.models import Article, PositionInfo, RawDocument, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.pipeline import brief_source
from newsbrief.settings import Settings
from tests.nlp.test_session12_speakers2 import _speakers_of

_NUN = ("Pope Francis has said the church must welcome single mothers. A nun from El Salvador gave birth to a "
        "boy in a hospital near Rome on Sunday and named him after the pontiff. \"I am so happy, this is a gift "
        "from God,\" she told her social worker.")
_NUN_AFTER = ("A 33-year-old nun from El Salvador gave birth to a boy in a hospital near Rome on Sunday. \"I am so "
              "happy, this is a gift from God,\" she said. She named the baby after Pope Francis.")
_REBEL = ("Rebels pushed west toward Moammar Gadhafi's hometown of Sirte on Sunday. One rebel fighter, wounded in "
          "the leg, spoke from a hospital bed in Benghazi. He said he and other fighters had come across a group "
          "of Gadhafi's troops who raised a white flag and then opened fire.")
_CORRESPONDENT = ("Pastor Paul Thomas, the leader of the American group, is still being held in the capital. Our "
                  "correspondent says the case has shocked the country. Even before the earthquake, he adds, child "
                  "smuggling was a massive problem.")
_REMARKED = ("Father Alberto Ruiz, a priest who sings, has released a new album. In 1999, when he burst onto the "
             "scene as a singing priest, he remarked to the Miami Herald that celibacy is \"a struggle, but it's a "
             "good struggle.\"")
_VOICE = ("The dancers Mia Kern and Lena Voss moved slowly across the dark stage. A mysterious voice, accompanying "
          "a video projection, pronounced, \"This piece will not save us.\"")
_RECORDING = ("Passengers waited on the platform for an hour. Station manager Tom Reed walked past them twice. A "
              "recorded message announced, \"All trains to the airport are cancelled.\"")
# near-miss: a named person after the quote says it
_VOICE_NAMED = ("The dancers moved slowly across the dark stage. \"This piece will not save us,\" Lena Voss said "
                "after the show.")

# PolNeAR dev shapes that session 15's cues changed (written for these tests): a chant after a clause set off by
# dashes is the marchers', a "One of ..." inside the quotation is no speaker, "one of its members" points back
_CHANT = ("Police stayed in the city center on Sunday. Small groups of protesters marched around the stadium - where "
          "the city's football team played the Vikings - while chanting, \"Hands up, don't shoot.\"")
_ONE_OF_ITS = ("The council has failed to stop the war. In large part this is because one or more of its permanent "
               "members have backed one side or the other.")

# (text, a piece of the content, a speaker that must hold it (a substring; None: none required), speakers never given)
SPEAKERS: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    (_NUN, "gift from God", None, ("Francis", "Pope Francis")),
    (_NUN_AFTER, "gift from God", None, ("Francis", "Pope Francis")),
    (_REBEL, "white flag", None, ("Gadhafi", "Moammar Gadhafi")),
    (_CORRESPONDENT, "child smuggling", None, ("Paul Thomas", "Thomas", "Pastor Paul Thomas")),
    (_REMARKED, "good struggle", "Ruiz", ()),
    (_VOICE, "will not save us", None, ("Mia Kern", "Lena Voss", "Kern", "Voss")),
    (_RECORDING, "trains to the airport", None, ("Tom Reed", "Reed")),
    (_VOICE_NAMED, "will not save us", "Voss", ()),
    (_CHANT, "Hands up", "protesters", ("the city's football team",)),
    (_ONE_OF_ITS, "one side", None, ("one or more of its permanent members",)),
]

_CUE_ONLY = ("Government forces shelled the port of Misrata on Saturday, killing at least 12 people. Omar Haddad, a "
             "government spokesman, told reporters in the capital on Sunday. \"The army will not stop until the "
             "rebels lay down their arms and leave the city.\"")
# near-miss: the cue has its clause: that is a position
_CUE_CLAUSE = ("Government forces shelled the port of Misrata on Saturday, killing at least 12 people. Omar Haddad, "
               "a government spokesman, told reporters in the capital on Sunday that the army would not stop until "
               "the rebels left the city.")
_CUE_SET_UP = "told reporters in the capital on Sunday."

# (text, Haddad's position must hold this piece (None: no Haddad position required))
CUES: list[tuple[str, str | None]] = [
    (_CUE_ONLY, None),
    (_CUE_CLAUSE, "would not stop"),
]

# (text, the expected repair of its last sentence: its bracketed opening, or None for no name)
OPENINGS: list[tuple[str, str | None]] = [
    ("Lou Ming, a property developer from Shanghai, bought the club in March. Lou says he will spend whatever it "
     "takes to win the league. His family also owns the stadium.", "[Lou's]"),
    ("Zhang Wei, a lawyer from Beijing, was arrested on Monday. Zhang had criticised the police on his blog. His "
     "wife said she had not been told where he was taken.", "[Zhang's]"),
    ("Lou Ming, a property developer from Shanghai, bought the club in March. Lou's money saved it from collapse. "
     "His family also owns the stadium.", "[Lou's]"),
    # another person shares the given name ("Yao Ming"): that is no mention of "Ming" alone (the lead's check
    # of the Newsroom profile after the merge)
    ("Lou Ming, a property developer from Shanghai, bought the club in March. Lou says Yao Ming inspired him. "
     "His family also owns the stadium.", "[Lou's]"),
    # near-miss: a given-name-first name keeps its last token
    ("Peter Lang, a property developer from Leeds, bought the club in March. Lang says he will spend whatever it "
     "takes to win the league. His family also owns the stadium.", "[Lang's]"),
    # the nun is the subject; the Pope is named in an object: no name
    ("A 33-year-old nun from El Salvador gave birth to a boy on Sunday and named him after Pope Francis. She told "
     "her social worker she did not feel guilty.", None),
]


def _position_texts(text: str, speaker: str) -> list[str]:
    doc = annotate(Article(text=text, source=Source(title="Test")))
    return [i.text for i in analyze_positions(doc, build_context(doc))
            if isinstance(i.payload, PositionInfo) and speaker in (i.payload.speaker or "")]


def _key_points(text: str) -> list[str]:
    brief = brief_source(RawDocument(text.encode(), filename="article.txt"), Settings())
    return [i.text for s in brief.sections if s.name == "summary" for i in s.items]


def _repair(text: str) -> str | None:
    doc = annotate(Article(text=text, source=Source()))
    return repair_opening(doc, doc.sentences[-1], build_context(doc).actors)


def _speaker_ok(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> bool:
    speakers = _speakers_of(text, piece)
    found = expected is None or any(s is not None and expected.lower() in s.lower() for s in speakers)
    return found and not any(s is not None and s.strip() in never for s in speakers)


def _cue_ok(text: str, piece: str | None) -> bool:
    positions = _position_texts(text, "Haddad")
    shown_alone = any(p.rstrip().endswith(_CUE_SET_UP) and "\"" not in p and "that" not in p for p in positions)
    return not shown_alone and (piece is None or any(piece in p for p in positions))


def _key_point_ok(text: str) -> bool:
    return not any(k.rstrip().endswith(_CUE_SET_UP) for k in _key_points(text))


def _opening_ok(repaired: str | None, expected: str | None) -> bool:
    if expected is None:
        return repaired is None or not repaired.startswith("[")
    return repaired is not None and repaired.startswith(expected)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece", "expected", "never"), SPEAKERS,
                         ids=[f"speaker{i}" for i in range(len(SPEAKERS))])
def test_the_described_speaker_keeps_the_words(text: str, piece: str, expected: str | None,
                                               never: tuple[str, ...]) -> None:
    assert _speaker_ok(text, piece, expected, never), _speakers_of(text, piece)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece"), CUES, ids=[f"cue{i}" for i in range(len(CUES))])
def test_a_cue_with_no_content_is_no_position(text: str, piece: str | None) -> None:
    assert _cue_ok(text, piece), _position_texts(text, "Haddad")


@pytest.mark.slow
def test_a_cue_with_no_content_is_no_key_point() -> None:
    assert _key_point_ok(_CUE_ONLY), _key_points(_CUE_ONLY)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), OPENINGS, ids=[f"opening{i}" for i in range(len(OPENINGS))])
def test_a_repair_uses_the_articles_short_name(text: str, expected: str | None) -> None:
    repaired = _repair(text)
    assert _opening_ok(repaired, expected), repaired


def score() -> tuple[int, int]:
    """(right, all) over the cases, for the commit message."""
    results: list[tuple[bool, str]] = []
    for text, piece, expected, never in SPEAKERS:
        results.append((_speaker_ok(text, piece, expected, never), f"{piece}: {_speakers_of(text, piece)}"))
    for text, cue_piece in CUES:
        results.append((_cue_ok(text, cue_piece), f"cue: {_position_texts(text, 'Haddad')}"))
    results.append((_key_point_ok(_CUE_ONLY), f"key points: {_key_points(_CUE_ONLY)}"))
    for text, opening in OPENINGS:
        results.append((_opening_ok(_repair(text), opening), f"opening: {_repair(text)!r}"))
    for ok, what in results:
        print("ok " if ok else "BAD", what)
    return sum(ok for ok, _ in results), len(results)


if __name__ == "__main__":  # pragma: no cover - a report for the commit message
    print("score", score())


@pytest.mark.slow
def test_a_cue_after_its_words_is_no_bare_cue() -> None:
    """Near-miss found on merging: "..., the defence secretary said" hangs from the words it reports, so the
    sentence is a statement, not a set-up (a live page lost its main point to this)."""
    from newsbrief.analyze.context import build_context
    from newsbrief.analyze.position_checks import is_cue_only
    from newsbrief.models import Article, Source
    from newsbrief.nlp.annotate import annotate

    text = ("The coalition will hand over command of the air campaign within days, the defence secretary said. "
            "Omar Haddad, a government spokesman, told reporters in the capital on Sunday. \"We will not stop.\"")
    doc = annotate(Article(text=text, source=Source(date="2026-11-20")))
    ctx = build_context(doc)
    bare = [is_cue_only(doc, ctx.attributions.attributions, ctx.voice_of(s.index)) for s in doc.sentences]
    assert bare[:2] == [False, True], bare
