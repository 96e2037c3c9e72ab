"""A statement's reasoning carried on in its own paragraph is the statement's (session 30; Audit 47 48.3 found a
firm's claim, "Because <firm> is the only app ...", printed as the article's own words).

"In a statement, the company said the clip was sent at 8:14. Because it is the only app that ..., every message
carries a time stamp": the second sentence has no cue but goes on with the firm's argument. It is the statement's
when it follows a speech sentence that names its channel (a statement, an e-mail, a release, a letter) in the same
paragraph, opens on a word that carries the argument on ("Because", "As a result", "That means", "This is why"),
and is not narrated in the simple past (the writer's narration: "Because the road was icy, police closed it").
Texts invented here.

First score on the unchanged code: 4/7 failing (the four carried sentences; the near misses stayed the writer's).
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

_HEAD = "A video of a bus crash in Leeds that a news channel aired on Monday was first posted on a messaging app.\n\n"
_TAIL = "\n\nThe news channel said it had not been able to check where the clip came from."

# (the paragraph, the start of the sentence to check, a word its speaker must hold, or None for the writer's)
CASES: list[tuple[str, str, str | None]] = [
    ("In a statement, the firm said the clip had been sent from its app at 8:14 a.m. on Monday. Because Glint is "
     "the only app that stores video on its own servers, every message carries a time stamp.", "Because", "firm"),
    ("A spokeswoman for the council said in an e-mail that the depot would close in May. As a result, the buses "
     "will be kept at the airport until a new site is found.", "As a result", "spokeswoman"),
    ("The bank said in a statement that its systems were safe. That means no customer needs to change a password, "
     "and no money has left any account.", "That means", "bank"),
    ("In a letter to staff, Ann Lee said the plant would stay open. This is why the company will hire forty more "
     "workers next year.", "This is why", "Ann Lee"),
    # near misses: the writer's own narration and background
    ("In a statement, the firm said the clip had been sent from its app at 8:14 a.m. on Monday. Because the road "
     "was icy, police closed it for six hours.", "Because the road", None),
    ("In a statement, the firm said the clip had been sent from its app at 8:14 a.m. on Monday. The firm was "
     "founded in Leeds in 2012.", "The firm was", None),
    ("In a statement, the firm said the clip had been sent from its app at 8:14 a.m. on Monday.\n\nBecause Glint is "
     "the only app that stores video on its own servers, every message carries a time stamp.", "Because", None),
]


@pytest.mark.parametrize(("paragraph", "opening", "speaker"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_a_statements_reasoning_is_the_statements(paragraph: str, opening: str, speaker: str | None) -> None:
    doc = annotate(Article(text=_HEAD + paragraph + _TAIL, source=Source(date="2025-10-06")))
    voices = build_context(doc).attributions.voices
    voice = next(v for s, v in zip(doc.sentences, voices, strict=True) if s.text.startswith(opening))
    if speaker is None:
        assert voice.voice == "reporter", voice
    else:
        assert voice.voice != "reporter" and voice.speaker is not None and speaker in voice.speaker, voice
        assert not voice.explicit, voice  # shown alone, the item must say whose it is
