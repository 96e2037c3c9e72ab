"""Words in the wrong mouth, session 17e (reader Audit 28, 29.3 "Misattributed" and 29.4 pattern 1; speakers17c's
report), on short texts written for these tests:

1. An interview printed as a transcript ("Q: ... / Marr: ..."): every sentence of an answer turn is the
   answerer's, a "he wanted" about a third person inside it included.
2. "Asked whether X ..., spokesman Y said: '...'": the one asked is the speaker, never the one asked about.
3. A tweet after "one user wrote:" / "tweeted" is the user's words.
4. "He added that ..." right after "..., said Dan Mercer, a consultant." is Mercer's.
5. A quoted name after "called/named/titled/dubbed" is a name, not a quotation.
6. "Apple will show a new watch in March." is no speech (an organisation's "show" needs a clause too); "It also
   says ..." after "The blog expects ..." continues the blog.

Near misses: "Apple showed that its sales had risen" keeps Apple; "The minister called the plan 'a disgrace'"
keeps the minister's quotation; a transcript's question turn is not the answerer's. First score on unchanged
main 014603c: 11/15 (the commit that added this file); 0/1 for the closing "He added that" case added after
(its close was shown alone on main).
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.conclusion import analyze_conclusion
from newsbrief.analyze.context import build_context
from newsbrief.analyze.quotes import analyze_quotes
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.nlp.speaker_cases import voiced_speaker_ok, voiced_speakers_of

pytestmark = pytest.mark.slow

_TRANSCRIPT = ("Editor's note: Andrew Marr is a writer on foreign affairs. He spoke to the newspaper on Monday.\n\n"
               "Q: Why did the colonel give up his weapons program?\n\nMarr: In order to get him to give up his "
               "program, the president wanted something in return. The colonel wanted to come in from the cold, and "
               "he wanted trade.\n\nQ: Was the deal worth it?\n\nMarr: In general I think it was a good thing. "
               "Imagine if the colonel had nuclear weapons today.")
_ASKED = ("Protests spread across Cairo on Friday. Asked whether the administration still supports Mubarak, "
          "spokesman Robert Gibbs said: \"Egypt is a strong ally, and we expect restraint.\"")
_TWEET = ("A video of a dancing moose spread quickly on Sunday. Many viewers thought it was fake. One user wrote: "
          "\"I was not buying it, but man, it is real.\"")
_ADDED = ("\"Most crashes are rare and random,\" said Dan Mercer, a consultant who studies truck fleets. He added "
          "that the worst mistakes were not the accidents themselves.")
_CALLED = ("The protests began online. Within days, thousands joined a Facebook group called \"We Are All Omar "
           "Nasser\", named after a young man who died in custody.")
# near miss: a quotation the subject puts on its object is the subject's words
_DISGRACE = ("The minister called the plan \"a disgrace to every family that has waited ten years for it\" on "
             "Tuesday.")
_SHOW = "Apple will show a new watch in March. The company has not said what it will cost."
# near miss: a clause after show is what the company says
_SHOWED = "Apple showed that its sales had risen by a tenth in the spring."
_ALSO = ("Apple will unveil a new watch in March. The iGen blog expects the watch to cost about $300. It also "
         "says the strap will be leather.")

# (text, a piece of the content, a speaker part that must appear (None: any or none), names that must not)
SPEAKERS: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    (_TRANSCRIPT, "something in return", "Marr", ("colonel", "the colonel", "president", "the president")),
    (_TRANSCRIPT, "come in from the cold", "Marr", ("colonel", "the colonel")),
    (_TRANSCRIPT, "good thing", "Marr", ()),
    (_TRANSCRIPT, "nuclear weapons today", "Marr", ()),
    (_TRANSCRIPT, "worth it", None, ("Marr", "Andrew Marr")),
    (_ASKED, "strong ally", "Gibbs", ("Mubarak",)),
    (_TWEET, "not buying it", "user", ()),
    (_ADDED, "worst mistakes", "Mercer", ()),
    (_CALLED, "We Are All", None, ("Facebook",)),
    (_DISGRACE, "disgrace to every family", "minister", ()),
    (_SHOW, "new watch", None, ("Apple",)),
    (_SHOWED, "sales had risen", "Apple", ()),
    (_ALSO, "strap will be leather", "blog", ("Apple",)),
]
# quoted names that must not stand as quotations of anyone
NAMES: list[tuple[str, str, bool]] = [(_CALLED, "We Are All Omar Nasser", False), (_DISGRACE, "disgrace to every family", True)]


def _quoted(text: str, piece: str) -> bool:
    doc = annotate(Article(text=text, source=Source()))
    return any(piece in item.text for item in analyze_quotes(doc, build_context(doc)))


def _name_ok(text: str, piece: str, quoted: bool) -> bool:
    return _quoted(text, piece) == quoted


@pytest.mark.parametrize(("text", "piece", "expected", "never"), SPEAKERS,
                         ids=[f"speaker{i}" for i in range(len(SPEAKERS))])
def test_the_words_are_the_speakers(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> None:
    assert voiced_speaker_ok(text, piece, expected, never), voiced_speakers_of(text, piece)


@pytest.mark.parametrize(("text", "piece", "quoted"), NAMES, ids=["called-name", "called-quote"])
def test_a_quoted_name_is_no_quotation(text: str, piece: str, quoted: bool) -> None:
    assert _name_ok(text, piece, quoted)


_CLOSE = ("Truck crashes on the state's highways fell by a fifth last year, the transport department said on "
          "Monday.\n\nThe department credited new rest rules for drivers, which took effect in January. Fleets "
          "that broke the rules paid fines of up to $5,000.\n\nInsurers welcomed the figures but warned that "
          "the roads remain dangerous at night. Several large fleets have already cut their night shifts.\n\n"
          "\"Most crashes are rare and random,\" said Dan Mercer, a consultant who studies truck fleets. He added "
          "that the worst mistakes were not the accidents themselves but the cover-ups after them.")


def _close_named() -> bool:
    """The conclusion shows no "He added that" without the sentence that names "he"."""
    doc = annotate(Article(text=_CLOSE, source=Source(title="Test")))
    text = " ".join(item.text for item in analyze_conclusion(doc, build_context(doc)))
    return "He added" not in text or "Mercer" in text


def test_a_closing_he_added_shows_its_speaker() -> None:
    assert _close_named()


def score() -> tuple[int, int]:
    """(right, all) over the cases, for the commit message."""
    right = sum(voiced_speaker_ok(*case) for case in SPEAKERS) + sum(_name_ok(*case) for case in NAMES)
    return right + _close_named(), len(SPEAKERS) + len(NAMES) + 1


if __name__ == "__main__":
    for i, case in enumerate(SPEAKERS):
        print(i, voiced_speaker_ok(*case), voiced_speakers_of(case[0], case[1]))
    for named in NAMES:
        print(named[1], _name_ok(*named))
    print("close", _close_named())
    print(score())
