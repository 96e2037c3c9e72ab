"""A statement set out after a colon is its source's, whoever that is (session 29, Audit 47 48.3 M: a firm's e-mail
printed after its cue line was stated as the article's own words). The cue's speaker may be unnamed ("a company
spokeswoman wrote:"), and a cue opened by "In an e-mail to ..." keeps its speaker's name whole. Texts invented here.

First score on the unchanged code: 4/6 failing (three unnamed cues; the split 'e-mail', left as a strict xfail).
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

_ARTICLE = (
    "A video of a bus crash in Leeds that a news channel aired on Monday was first posted on a messaging app.\n\n"
    "The clip, which shows a double-decker bus hitting a wall, was shared thousands of times within an hour.\n\n"
    "{cue}\n\n"
    "The clip was sent from our app at 8:14 a.m. on Monday. Because Flicker is the only messaging app that records "
    "video straight to its servers, every message carries a time stamp that cannot be changed.\n\n"
    "The news channel said it had not been able to check where the clip came from.")

CASES = [
    ("In an e-mail to this newspaper, a spokeswoman for the company wrote:", "spokeswoman"),
    ("In an e-mail to this newspaper, a company spokeswoman said:", "spokeswoman"),
    ("A spokesman for the company said in a statement:", "spokesman"),
    pytest.param("In an e-mail to this newspaper, Ann Lee, a spokeswoman for the company, wrote:", "Ann Lee",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "the tokenizer splits 'e-mail' and the parser makes 'mail' the cue's subject, so the speaker "
                     "reads 'mail to this newspaper, Ann Lee, ...': the opening phrase is not cut off yet"))),
    # Near misses that already worked: a named speaker, a body.
    ("Ann Lee, a spokeswoman for the company, said in a statement:", "Ann Lee"),
    ("In an e-mail to this newspaper, the company said:", "company"),
]


@pytest.mark.parametrize(("cue", "speaker"), CASES)
def test_the_block_after_a_colon_is_the_cues(cue: str, speaker: str) -> None:
    doc = annotate(Article(text=_ARTICLE.format(cue=cue), source=Source(date="2025-10-06")))
    voices = build_context(doc).attributions.voices
    block = [v for s, v in zip(doc.sentences, voices, strict=True) if s.paragraph == doc.sentences[-1].paragraph - 1]
    assert len(block) == 2, block
    for voice in block:
        assert voice.voice != "reporter", block
        assert voice.speaker is not None and speaker in voice.speaker, block
        assert voice.speaker.split()[0].lower() in ("a", "the", "ann"), block  # no cut span ("mail to ...")


_CARRIED = (
    "A video of a bus crash in Leeds that a news channel aired on Monday was first posted on a messaging app.\n\n"
    "In a statement, the company said the clip had been sent from its app at 8:14 a.m. on Monday. Because Flicker "
    "is the only messaging app that records video straight to its servers, every message carries a time stamp that "
    "cannot be changed.\n\n"
    "The news channel said it had not been able to check where the clip came from.")


def test_a_statements_paragraph_carries_its_source() -> None:
    """A statement's reasoning after its cue, in the same paragraph ("Because ..."), is the statement's
    (nlp/statement_runs, session 30; more cases in test_statement_runs_s30.py)."""
    doc = annotate(Article(text=_CARRIED, source=Source(date="2025-10-06")))
    voices = build_context(doc).attributions.voices
    claim = next(v for s, v in zip(doc.sentences, voices, strict=True) if s.text.startswith("Because"))
    assert claim.voice != "reporter" and claim.speaker is not None and "company" in claim.speaker
