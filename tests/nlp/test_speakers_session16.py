"""Words in the wrong mouth, session 16 (issue #11), on short texts written for these tests:

1. A cue followed by "to OUTLET that" ("she remarked to the Miami Herald that ...") is the subject's speech: the
   outlet is who heard it, never its speaker. Near miss: an outlet that reports is still the speaker.
2. A described voice that is no person ("a voice from the wings", "a recording") speaks for itself, or nobody
   does: never the person named in the sentence before. Near miss: a "she" who pronounces is that person.
3. A speaker is a noun phrase, never a whole clause ("Those seeking to halt construction warn that ...").
4. A body that quotes someone ("the statement quoted X as saying", "citing X's remark that") relays X's words.
   Near miss: a statement that says something itself keeps its author.
5. A "he" inside someone's quotation is never that speaker himself (a guard: main already holds it).

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, RawDocument, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute
from newsbrief.pipeline import brief_source
from newsbrief.settings import Settings
from tests.nlp.test_session12_speakers2 import _speakers_of

pytestmark = pytest.mark.slow

_REMARKED_TO = ("Maria Ortiz is the best-known radio host in the city. In 1999, when she burst onto the scene just four "
                "years after leaving school with her first radio show on the Spanish-language Onda network, Vive Tu "
                "Vida Con Maria (Live Your Life With Maria), she remarked to the Miami Herald that fame is \"a struggle, "
                "but it's a good struggle.\" It was a battle she would lose.")
_EXPLAINED_TO = ("Coach Sam Reyes spent a decade with the club. Last year, after a season in which the team lost "
                 "eleven games in a row and two of its captains left for rival clubs, he explained to the Boston "
                 "Globe that the team needed younger players.")
# near miss: two women named before the pronouns: the subject of the sentence before carries on, as on main
_TWO_WOMEN = ("Maria Ortiz hired Ana Lopez in 1998. In 1999, when she launched the station's first radio show, she "
              "remarked to the Miami Herald that radio is \"a struggle, but a good struggle.\"")
# near miss: a short sentence with the cue and the outlet
_SAID_TO = ("Mayor Ellen Brandt opened the new bridge on Friday. She said to the Daily Courier that the city would "
            "build two more bridges by 2030.")
# near miss: an outlet that reports is the speaker
_OUTLET_REPORTS = ("The council met on Monday. The Miami Herald reported that the mayor had resigned after the vote.")
_VOICE = ("The dancers crawled around the room to a soundscape of bird song. Three live snakes soon joined in. A "
          "mysterious voice, accompanying a video projection, pronounced, \"This show will not save us.\" Ms. Lacey, "
          "cradling a small dog while stretching her limbs, told a story about an artist and a museum.")
_RECORDING = ("Tom Hale stood by the gate with his children. A recording over the loudspeakers intoned: \"The park "
              "closes in ten minutes.\" Hale told the children to hurry.")
_VOICE_SAID = ("Tom Hale stood by the gate with his children. A voice over the loudspeakers said: \"The park closes "
               "in ten minutes.\" Hale told the children to hurry.")
# near miss: a person who pronounces speaks
_SHE_PRONOUNCED = ("The hall fell silent. Ana Ruiz walked slowly to the microphone and pronounced: \"The hour has come "
                   "for change.\" The crowd cheered.")
_QUOTED_BY_BODY = ("The committee attacked Senator Hale on Tuesday. The committee's statement quoted radio host Rick "
                   "Dalton as saying that the senator \"has no spine at all.\"")
_CITING = ("The campaign committee went after Senator Hale again on Wednesday. The farm plan will fail, the committee "
           "wrote, citing Dalton's remark that the plan was \"a disaster for farmers.\"")
# near miss: a statement that says something itself
_STATEMENT_SAYS = ("The campaign committee attacked Senator Hale on Tuesday. The committee's statement said the "
                   "senator had broken his promise to farmers.")
# near miss: a body that cites a report keeps its own claim
_CITES_REPORT = ("The union demanded higher pay on Monday. Nurses are leaving the service, the union said, citing a "
                 "report that showed one in ten posts empty.")

# (text, a piece of the content, a speaker that must hold it (None: none required), speakers never given)
SPEAKERS: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    (_REMARKED_TO, "good struggle", "Ortiz", ("the Miami Herald", "Miami Herald", "The Miami Herald")),
    (_TWO_WOMEN, "good struggle", "Ortiz", ("Ana Lopez", "the Miami Herald")),
    (_EXPLAINED_TO, "younger players", "Reyes", ("the Boston Globe", "Boston Globe")),
    (_SAID_TO, "two more bridges", "Brandt", ("the Daily Courier", "Daily Courier")),
    (_OUTLET_REPORTS, "mayor had resigned", "Herald", ()),
    (_VOICE, "will not save us", None, ("Lacey", "Ms. Lacey")),
    (_RECORDING, "ten minutes", None, ("Tom Hale", "Hale")),
    (_VOICE_SAID, "ten minutes", None, ("Tom Hale", "Hale")),
    (_SHE_PRONOUNCED, "hour has come", "Ruiz", ()),
    (_QUOTED_BY_BODY, "no spine", "Dalton", ()),
    (_CITING, "disaster for farmers", "Dalton", ()),
    (_STATEMENT_SAYS, "broken his promise", "committee", ()),
    (_CITES_REPORT, "leaving the service", "union", ()),
]

# Words lost in a copy ("... sites., has predicted the dam would ...") leave a sentence as the subject of a cue.
_CLAUSE = ("Supporters say the dam could be a boon for the region. Those seeking to halt construction warn of a "
           "disaster that would flood farms across the valley., has predicted the dam would bring cheap power to "
           "the region. The tribe wants to halt work on the site.")
# near miss: a participle and a relative clause are part of a described speaker
_DESCRIBED = ("The state approved the pipeline last month. Those seeking to halt construction warn that the pipeline "
              "threatens water supplies for thousands of homes.")
_RESIDENTS = ("The state approved the pipeline last month. Residents who live near the river warn that the pipeline "
              "threatens water supplies for thousands of homes.")
# near miss: a name the tagger reads as a verb ("trump") is still a source (PolNeAR dev)
_VERB_NAME = ("Trump this week also said the wall along the border would be finished by the spring.")

# (text, a piece of the content, words every speaker holding it must have (None: none need hold it), words none may
# have)
NOUN_PHRASES: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    (_CLAUSE, "cheap power", None, ("warn", "disaster", "valley")),
    (_DESCRIBED, "that the pipeline", "those seeking to halt construction", ("warn", "threatens")),
    (_RESIDENTS, "that the pipeline", "residents", ("warn", "threatens")),
    (_VERB_NAME, "wall along the border", "trump", ("finished",)),
]

_QUOTED_HE = ("Protesters filled the main square of the capital for a ninth day on Tuesday, chanting slogans against "
              "the government and waving flags. Opposition leader Karim Nasser urged President Omar Fadel to step "
              "down. \"He just has to let go,\" Nasser said.")

# (text, a piece of an item, bracketed repairs that must not appear in the brief)
REPAIRS: list[tuple[str, str, tuple[str, ...]]] = [
    (_QUOTED_HE, "has to let go", ("[Nasser]", "[Karim Nasser]")),
]

MAX_SPEAKER_WORDS = 8  # "those seeking to halt construction" is five; a clause runs past it


def _speaker_ok(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> bool:
    speakers = _speakers_of(text, piece)
    found = expected is None or any(s is not None and expected.lower() in s.lower() for s in speakers)
    return found and not any(s is not None and s.strip() in never for s in speakers)


def _sources_of(text: str, piece: str) -> list[str]:
    doc = annotate(Article(text=text, source=Source()))
    return [" ".join(x for x in (a.speaker, a.source_text) if x) for a in attribute(doc).attributions
            if piece in text[a.content_start : a.content_end] and a.kind != "attitude"]


def _phrase_ok(text: str, piece: str, must: str | None, never: tuple[str, ...]) -> bool:
    sources = _sources_of(text, piece)
    return (must is None or bool(sources)) and all(
        (must is None or must in s.lower()) and not any(w in s.lower() for w in never)
        and len(s.split()) <= 2 * MAX_SPEAKER_WORDS for s in sources)


def _brief_texts(text: str) -> list[str]:
    brief = brief_source(RawDocument(text.encode(), filename="article.txt"), Settings())
    return [i.text for s in brief.sections for i in s.items]


def _repair_ok(text: str, piece: str, bad: tuple[str, ...]) -> bool:
    return not any(piece in t and any(b in t for b in bad) for t in _brief_texts(text))


@pytest.mark.parametrize(("text", "piece", "expected", "never"), SPEAKERS,
                         ids=[f"speaker{i}" for i in range(len(SPEAKERS))])
def test_the_speaker_is_the_right_one(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> None:
    assert _speaker_ok(text, piece, expected, never), _speakers_of(text, piece)


@pytest.mark.parametrize(("text", "piece", "must", "never"), NOUN_PHRASES,
                         ids=[f"phrase{i}" for i in range(len(NOUN_PHRASES))])
def test_a_speaker_is_a_noun_phrase(text: str, piece: str, must: str | None, never: tuple[str, ...]) -> None:
    assert _phrase_ok(text, piece, must, never), _sources_of(text, piece)


@pytest.mark.parametrize(("text", "piece", "bad"), REPAIRS, ids=[f"repair{i}" for i in range(len(REPAIRS))])
def test_no_repair_with_the_speaker_himself(text: str, piece: str, bad: tuple[str, ...]) -> None:
    assert _repair_ok(text, piece, bad), [t for t in _brief_texts(text) if piece in t]


def score() -> tuple[int, int]:
    """(right, all) over the cases, for the commit message."""
    results: list[tuple[bool, str]] = []
    for text, piece, expected, never in SPEAKERS:
        results.append((_speaker_ok(text, piece, expected, never), f"{piece}: {_speakers_of(text, piece)}"))
    for text, piece, must, bad in NOUN_PHRASES:
        results.append((_phrase_ok(text, piece, must, bad), f"{piece}: {_sources_of(text, piece)}"))
    for text, piece, bad in REPAIRS:
        results.append((_repair_ok(text, piece, bad), f"repair: {[t for t in _brief_texts(text) if piece in t]}"))
    for ok, what in results:
        print("ok " if ok else "BAD", what)
    return sum(ok for ok, _ in results), len(results)
