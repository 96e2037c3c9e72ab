"""Closing lines in single quotation marks, and calls told as a past act or a participle (session 33 review notes
on the session 32 fixes, issue #11).

British copy quotes in single marks: the closing-fragment rules read only double marks, so a minister's closing
line in single marks ('But as I have said ...') closed the brief in no one's name, as Audit 49 #6 did in double
marks; and a statement ending on a quoted question in single marks was taken for a question. The call verbs of the
past-act and participle readings came from two lists that disagreed ("advised" a call, "advising" not; a bare
"pleading" made "after pleading guilty" one). The articles are invented.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.closing_lines import flat
from newsbrief.analyze.conclusion import analyze_conclusion
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

_TALKS = [
    "Ministers from a dozen countries met in Vienna on Tuesday to discuss the future of the ceasefire in Northland.",
    "The talks ended without an agreement on who should lead the transitional council.",
    "Several governments that had demanded the general's exile now say he could stay if he leaves political life.",
    "The new position was set out on Monday by the Danish foreign minister, Karen Holm.",
]
# single marks throughout; the page lost the closing mark of the first quotation
LOST_MARK = "\n\n".join([*_TALKS,
                         "'Clearly his departure from the country would be the surest sign that the war is over, Holm "
                         "said Monday, before meeting her French counterpart in Paris.",
                         "'But as I have said from the start, this is in the end a matter for the people of Northland "
                         "to decide.'"])
CLOSED_MARK = LOST_MARK.replace("war is over, Holm", "war is over,' Holm")
# near miss: the closing line names its speaker itself
SAID = CLOSED_MARK.replace("to decide.'", "to decide,' she said.")
TAIL = "a matter for the people of Northland"

FRAGMENT = "\n".join([
    "Brightfield Foods will drop six products from its range next year, the snack maker said on Wednesday.",
    "The company has lost market share for three years and wants a shorter list that shops can stock more easily.",
    "The shorter range was tried out in four cities last spring.",
    "One 'ingredient' - artificial colour - is also under review. Tom Reyes, the chief executive of Brightfield "
    "Foods, raised eyebrows when he asked analysts, 'Why do we need artificial colours in our snacks at all?' And "
    "then answered himself with a 'We probably don't.'",
])

_OUTBREAK = [
    "A new strain of flu has killed at least 60 people in Mexico, and cases have been confirmed in two other "
    "countries.",
    "Health officials in the capital closed schools and museums on Saturday and cancelled hundreds of public events.",
    "Airports began questioning passengers arriving from the worst-hit regions about their health.",
    "The Foreign Office issued a warning to British travellers about the outbreak, but stopped short of recommending "
    "people did not visit Mexico.",
]


def _close(text: str, title: str) -> str:
    doc = annotate(Article(text=text, source=Source(title=title)))
    return " ".join(item.text for item in analyze_conclusion(doc, build_context(doc)))


@pytest.mark.parametrize("text", [LOST_MARK, CLOSED_MARK], ids=["lost_mark", "closed_mark"])
def test_single_quoted_closing_line_carries_its_speaker(text: str) -> None:
    close = _close(text, "Ministers soften their line on the general")
    assert TAIL in close, "the minister's line is the close"
    assert close.startswith("[Karen Holm:] 'But as I have said")


def test_single_quoted_line_naming_its_speaker_is_not_labelled() -> None:
    close = _close(SAID, "Ministers soften their line on the general")
    assert TAIL in close and "she said" in close and "[Karen Holm:]" not in close


def test_single_quoted_fragment_is_never_the_close_alone() -> None:
    close = _close(FRAGMENT, "Brightfield Foods to drop six products")
    assert close, "the article has a close"
    assert not close.startswith(("And then answered", "[A]nswered"))
    # a statement ending on a quoted question in single marks is no question: the chief executive's line closes
    assert "Tom Reyes" in close
    if "answered himself" in close:
        assert "Tom Reyes" in close.split("answered himself")[0]


@pytest.mark.parametrize("call", ["urging", "advising", "pleading with", "appealing to", "calling on"])
def test_participle_call_of_every_call_verb_is_the_close(call: str) -> None:
    last = f"Health officials in Washington took a similar line, {call} visitors to wash their hands often."
    close = _close("\n".join([*_OUTBREAK, last]), "Flu outbreak spreads beyond Mexico")
    assert f"{call} visitors to wash their hands" in close


def test_pleading_guilty_is_no_call() -> None:
    doc = annotate(Article(text="The former treasurer of the club left the court on Friday after pleading guilty "
                                "to two counts of fraud.", source=Source(title="Treasurer admits fraud")))
    assert flat(doc, doc.sentences[0])
    doc = annotate(Article(text="The former treasurer of the club left the court on Friday after pleading with the "
                                "judge for a lighter sentence.", source=Source(title="Treasurer admits fraud")))
    assert not flat(doc, doc.sentences[0])


@pytest.mark.parametrize("past", ["called for", "pleaded for", "appealed for"])
def test_background_call_in_the_past_does_not_replace_the_last_line(past: str) -> None:
    text = "\n".join([
        "Police in Valdora detained dozens of opposition supporters on Thursday ahead of a planned rally.",
        "The opposition had asked for permission to march on Saturday in support of the strikes next door.",
        "Officials warned on Wednesday against any attempt to hold the rally without approval, state radio reported.",
        "For almost a year after the disputed 2019 election, supporters of the Harbour Movement marched in cities "
        "across the country on national holidays.",
        f"Marchers denounced what they called a corrupt government and {past} an independent judiciary.",
        "The government eventually crushed the marches with mass arrests.",
        "Since then, the authorities have turned down every request by the movement to hold a peaceful rally.",
    ])
    close = _close(text, "Police detain opposition supporters")
    assert "turned down every request" in close and "Marchers denounced" not in close


# Timeline17 sets each sentence in a paragraph of its own: a quotation of three sentences closes two paragraphs below
# its opening mark, and the writer's own line after it is the close (an odd count of marks in the paragraph before
# read as a quotation left open, so the line was withheld as the speaker's and the brief had no close).
CAFE = "\n\n".join([
    "Exiles in the capital's cafes had gathered on Thursday night to watch what many hoped would be the president's "
    "farewell speech.",
    "Instead he said he would stay in office until the elections in September.",
    "One of them, a retired engineer, said the world had nothing to fear from the opposition.",
    '"The West should not worry about the opposition.',
    "It has a place here, but it is not the majority by any means.",
    'Most of the people in the streets want an ordinary life and they want to choose their leaders."',
    "But as the exiles sipped their tea and began to digest the speech, talk turned to Friday's march that many of "
    "them had hoped just minutes earlier would be a celebration.",
])
# near miss: the quotation is left open at the end of the paragraph before, and the line runs it on
RUN_ON = CAFE.replace('choose their leaders."', "choose their leaders.").replace(
    "But as the exiles sipped their tea and began to digest the speech, talk turned to Friday's march that many of "
    "them had hoped just minutes earlier would be a celebration.", 'We will be back in the streets on Friday."')


def test_the_writers_line_after_a_closed_quotation_is_the_close() -> None:
    close = _close(CAFE, "Exiles watch the speech")
    assert "talk turned to Friday's march" in close


def test_a_line_running_on_an_open_quotation_is_not_the_writers() -> None:
    close = _close(RUN_ON, "Exiles watch the speech")
    assert not close.startswith("We will be back in the streets")
