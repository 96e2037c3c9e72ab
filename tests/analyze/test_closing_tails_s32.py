"""Closing quotation tails, subjectless fragments and a background line as the close (session 32, issue #11;
reader Audit 49, docs/audit.md 50.2-50.4).

Audit 49 found the Conclusion 25 % wrong: a minister's closing line printed with no speaker (its quotation opened a
new paragraph after a sentence whose closing mark the page lost), a fragment whose subject stood in the sentence
before ("[A]nswered himself with a ..."), and a past call from the story's background ("Protesters condemned ...
and called for ...") chosen over the flat-looking but real last line ("Since then, the authorities have turned
down every request ..."). The articles are invented.
"""

from __future__ import annotations

import pytest

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
# the page lost the closing mark of the first quotation; the second opens a paragraph of its own
LOST_MARK = "\n\n".join([*_TALKS,
                         '"Clearly his departure from the country would be the surest sign that the war is over, Holm '
                         "said Monday, before meeting her French counterpart in Paris.",
                         '"But as I have said from the start, this is in the end a matter for the people of Northland '
                         'to decide."'])
CLOSED_MARK = LOST_MARK.replace("war is over, Holm", 'war is over," Holm')
# the same in the tokenized copy of the Timeline17 pages, where `` and '' stand for the marks
TOKENIZED = LOST_MARK.replace('"Clearly', "`` Clearly").replace('"But', "`` But").replace('decide."', "decide . ''")
# near miss: a closing quotation that names its speaker itself keeps its own words, with no label
SAID = CLOSED_MARK.replace('to decide."', 'to decide," she said.')
TAIL = "a matter for the people of Northland"

FRAGMENT = "\n\n".join([
    "Brightfield Foods will drop six products from its range next year, the snack maker said on Wednesday.",
    "The company has lost market share for three years and wants a shorter list that shops can stock more easily.",
    "The shorter range was tried out in four cities last spring.",
    'One "ingredient" - artificial colour - is also under review. Tom Reyes, the chief executive of '
    'Brightfield Foods, raised eyebrows when he asked analysts, "Why do we need artificial colours in our snacks at '
    'all?" And then answered himself with a "We probably don\'t."',
])

BACKGROUND_CALL = "\n".join([
    "Police in Valdora detained dozens of opposition supporters on Thursday ahead of a planned rally in the capital.",
    "The opposition had asked for permission to march on Saturday in support of the strikes in neighbouring states.",
    "Officials warned on Wednesday against any attempt to hold the rally without approval, state radio reported.",
    "It was unclear whether the request had been formally refused.",
    "For almost a year after the disputed 2019 election, supporters of the Harbour Movement marched in cities "
    "across the country on national holidays.",
    "Many of their grievances were the same as those now heard in the streets of the neighbouring capitals.",
    "Marchers denounced what they called a corrupt government, demanded free elections and called for an "
    "independent judiciary.",
    "The government eventually crushed the marches with mass arrests, and some of the organisers are still in "
    "prison.",
    "Since then, the authorities have turned down every request by the movement to hold a peaceful rally.",
])

PARTICIPLE_CALL = "\n".join([
    "A new strain of flu has killed at least 60 people in Mexico, and cases have been confirmed in two other "
    "countries.",
    "Health officials in the capital closed schools and museums on Saturday and cancelled hundreds of public events.",
    "Airports began questioning passengers arriving from the worst-hit regions about their health.",
    "The Foreign Office issued a warning to British travellers about the outbreak, but stopped short of recommending "
    "people did not visit Mexico.",
    "Health officials in Washington took a similar line, urging visitors to wash their hands often.",
])

_WELLS = [
    "Engineers failed again on Sunday to stop the oil leaking from the damaged well in the gulf.",
    "The company said it would now try to cut the pipe and fit a cap over it.",
    "A professor of engineering said the cut would be hard to make cleanly in the flow of oil.",
    "If the cap fails, oil will keep flowing until two relief wells reach the original bore beneath the sea floor.",
    "One of these has reached a depth of 3,600 metres, while the other is at 2,500 metres, but both must reach 5,500 "
    "metres, which may not happen until August.",
]
WELLS = "\n".join([*_WELLS, "By then, the slick on the surface could have doubled in size."])
WELLS_LAST = "\n".join(_WELLS)

# tokenized copy: a fisher's quotation in a paragraph of its own, then a scene line and a quotation cut off
DOCK = "\n".join([
    "Fishing crews along the coast are moving further out to sea as the oil slick spreads towards their grounds .",
    "The state has closed waters east of the river to fishing for at least ten days .",
    "John and Sonia Amick normally fish for snapper close to shore , but were heading out further on Thursday .",
    "`` I 'm still uncertain , '' Mrs Amick said .",
    "`` I trust that we will be fine but we are going to waters we do n't fish normally and I just hope the oil "
    "does n't reach there . ''",
    "On the dock , the son of a wholesaler who buys their catch helped pack and weigh some fish .",
    "When asked what his concerns were , he looked up and said : `` This is all we have and it",
])


def _close(text: str, title: str = "A report") -> str:
    doc = annotate(Article(text=text, source=Source(title=title)))
    return " ".join(item.text for item in analyze_conclusion(doc, build_context(doc)))


@pytest.mark.parametrize("text", [LOST_MARK, CLOSED_MARK, TOKENIZED], ids=["lost_mark", "closed_mark", "tokenized"])
def test_closing_quotation_carries_its_speaker(text: str) -> None:
    close = _close(text, "Ministers soften their line on the general")
    assert close, "the article has a close"
    if TAIL in close:  # the minister's line only in her name, never as the writer's
        assert "Holm" in close.split(TAIL)[0]


def test_closing_quotation_is_labelled_with_the_speaker_before_it() -> None:
    close = _close(CLOSED_MARK, "Ministers soften their line on the general")
    assert '[Karen Holm:] "But as I have said' in close


def test_quotation_naming_its_speaker_is_not_labelled() -> None:
    close = _close(SAID, "Ministers soften their line on the general")
    assert TAIL in close and "she said" in close and "[Karen Holm:]" not in close


def test_subjectless_fragment_is_never_the_close_alone() -> None:
    close = _close(FRAGMENT, "Brightfield Foods to drop six products")
    assert close, "the article has a close"
    assert not close.startswith(("And then answered", "[A]nswered"))
    if "answered himself" in close:
        assert "Tom Reyes" in close


def test_background_call_does_not_replace_the_last_line() -> None:
    close = _close(BACKGROUND_CALL, "Police detain opposition supporters")
    assert "turned down every request" in close
    assert "Marchers denounced" not in close


def test_participle_call_is_no_flat_last_line() -> None:
    # the last line calls on visitors in a participle clause: it is the close, not a flat line to pass over
    close = _close(PARTICIPLE_CALL, "Flu outbreak spreads beyond Mexico")
    assert "urging visitors to wash their hands" in close


def test_bare_these_is_not_shown_beside_the_close() -> None:
    # "One of these" (the relief wells of the line before) beside the close reads as nothing (Audit 49 #2)
    close = _close(WELLS, "Oil leak fix fails again")
    assert "could have doubled in size" in close and "One of these" not in close


def test_bare_these_as_the_close_keeps_its_referent() -> None:
    close = _close(WELLS_LAST, "Oil leak fix fails again")
    assert "One of these" in close and "two relief wells" in close.split("One of these")[0]


def test_quotation_in_the_close_is_shown_in_its_speakers_name() -> None:
    close = _close(DOCK, "Fishing crews head further out")
    if "I trust that we will be fine" in close:
        assert "Amick" in close.split("I trust that")[0]
