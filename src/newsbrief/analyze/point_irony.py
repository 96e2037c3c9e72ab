"""Lines that are not the writer's plain statement: sarcasm, a reader's comment; and a short closing call (Audit 45).

- **Mock sympathy.** A column that blames a firm throughout says, for effect, "we shouldn't blame poor old X" and
  "After all, X didn't know the rig was going to explode". Printed straight as key points, the lines say the
  opposite of the column (Audit 45's oil column: KP4 and the Outlook). The markers read the irony in the
  sentence itself, so no stance model is needed: a named party pitied as "poor old X" / "poor little X", a
  mock excuse opening on "after all" or "of course" that the party did not or could not know, guess or foresee,
  and stock sarcastic tags ("So that's all right then.", "What could possibly go wrong?"). Only in an opinion
  piece: a report's "After all the delays, ..." or "Of course, entry stays free" means what it says, and the
  mock excuse needs a negated knowing verb. Precision first: an ironic line is no key point; a plain one that
  looks ironic loses a point a column has others for.
- **The closing call.** A column may end on a call with no verb: "Time for a ban." (the same column). It is the
  writer's thesis in four words, so it is a key point, second after the lead (point_columns.writers_call takes
  only imperatives with a verb: "Now wash your hands").
- **A reader's comment run on.** A blog digest opens on a reader's comment, framed with the commenter's name
  ("JS in Northeast's comments echoed the sentiments of many readers: I am so sick ..."), and the comment runs on
  unquoted over the paragraphs after it ("We live in the United States where ..."). Printed alone, those lines
  read as the digest's own statement (Audit 45 #3, KP1 and KP3). The frame, which names the commenter, may stay;
  the paragraphs right after it up to its last first-person one nearby are the comment's and no key point.
  A comment that ends on lines with no first-person word ("Leave the rest to the families.") is not read
  to its end: a strict xfail in tests/analyze/test_points3_s28.py.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context
    from newsbrief.models import Document, Sentence

__all__ = ["closing_call", "comment_run", "ironic", "ironic_lines"]

# "poor old BP", "poor little Acme", "poor, misunderstood Mr Hale": pity for a named party (capitalised).
_MOCK_PITY = re.compile(r"\bpoor,? (?:old|little|dear|innocent|misunderstood|long-suffering),? (?:Mr |Ms |Mrs )?"
                        r"[A-Z]")
# "After all, X didn't know the tank would split", "Of course, nobody could have guessed ...": a mock excuse.
_MOCK_EXCUSE = re.compile(
    r"^(?:(?:But|And|Still|Yet|Well),? )?(?:after all|of course)\b.*\b(?:didn't|did not|couldn't|could not|"
    r"can't|cannot|wasn't|was not|weren't|were not|had no way to|had no idea)\b.{0,20}\b(?:know|known|guess|"
    r"guessed|foresee|foreseen|predict|predicted|expect|expected|aware|idea|imagine|imagined)\b|"
    r"^(?:(?:But|And|Still|Yet|Well),? )?(?:after all|of course)\b.*\b(?:nobody|no one|no-one)\b.*\b(?:could|would) "
    r"have (?:known|guessed|foreseen|predicted|expected|imagined)\b", re.I)
# Stock sarcastic tags, in the writer's voice.
_TAGS = re.compile(r"\bso that's (?:all right|alright|ok|okay|fine) then\b|\bwhat could (?:possibly )?go wrong\b",
                   re.I)
# "Time for a ban.", "Time to act.", "It's high time for change.": a verbless call.
_TIME_FOR = re.compile(r"^(?:(?:So|Now|And),? )?(?:it'?s |it is )?(?:high |about |past )?time (?:for|to) \w+", re.I)
# "JS in Northeast's comments echoed ...: I am ...", "Dana's comment summed up ...: We ...": a named comment, framed.
_COMMENT_FRAME = re.compile(r"^[A-Z][\w.'’ -]{0,40}?['’]s comments? (?:echoed|summed up|captured|said|put|was|were|"
                            r"made)\b[^:]{0,80}:\s+\S")
_FIRST_PERSON = frozenset({"i", "we", "us", "our", "ours", "my", "me", "mine"})
COMMENT_REACH = 4  # a comment quoted in a digest runs a few paragraphs; past that, first person is someone else's
CALL_WORDS = 8  # a closing call is short: longer "Time to ..." lines argue, and the ordinary rules weigh them
CLOSING_SENTENCES = 2  # the call closes the piece: among its last two sentences


def ironic(sentence: Sentence) -> bool:
    """True for a line whose markers make it say the opposite of its words (see the module docstring)."""
    text = sentence.text.strip().strip("\"“”")
    return bool(_MOCK_PITY.search(text) or _MOCK_EXCUSE.search(text) or _TAGS.search(text))


def ironic_lines(doc: Document, ctx: Context) -> set[int]:
    """The opinion piece's ironic lines (none for any other genre): no key point."""
    if ctx.genre != "opinion":
        return set()
    return {s.index for s in doc.sentences if ironic(s)}


def closing_call(doc: Document, ctx: Context) -> Sentence | None:
    """An opinion piece's short verbless closing call ("Time for a ban."), or None."""
    if ctx.genre != "opinion":
        return None
    for sentence in doc.sentences[-CLOSING_SENTENCES:]:
        text = sentence.text.strip()
        if _TIME_FOR.match(text) and len(text.split()) <= CALL_WORDS and not text.endswith("?") \
                and not any(q in text for q in "\"“”"):
            return sentence
    return None


def comment_run(doc: Document) -> set[int]:
    """The sentences of the paragraphs after a framed reader's comment (see the module docstring) up to the last
    one, within COMMENT_REACH paragraphs, that speaks in the first person: the comment's own lines (a line
    between two first-person ones, "Get over it and move on.", is the comment's too), no key point."""
    run: set[int] = set()
    for frame in (s for s in doc.sentences if _COMMENT_FRAME.match(s.text)):
        following = [s for s in doc.sentences if s.paragraph > frame.paragraph]
        paragraphs = sorted({s.paragraph for s in following})[:COMMENT_REACH]
        spoken = [p for p in paragraphs
                  if {t.text.lower() for s in following if s.paragraph == p for t in doc.sentence_tokens(s)}
                  & _FIRST_PERSON]
        if spoken and spoken[0] == paragraphs[0]:  # the comment runs on right after its frame
            run.update(s.index for s in following if s.paragraph <= spoken[-1])
    return run
