"""Audit 43 #5 (docs/audit.md 44): "Mr Griffin, MEP for North West England, responded ..., saying: '...'" gave the
party leader's own words to "Labor MEP", his critic: the model missed the titled name "Mr Griffin" and tagged the
title in its apposition ("MEP") as the person. The titled name heading the subject speaks; the apposition is its
role. Texts invented for this test; a subject whose name the model does tag stays as it was."""

from __future__ import annotations

import pytest

from tests.nlp.test_session12_speakers2 import check_speaker

_ROW = ("Claims by BNP leader Nick Griffin that the UK winter will cause as many deaths as the quake have been "
        "condemned by the leader of Labour MEPs.\n\n"
        "Ms Willmott, Labour MEP for the East Midlands, said: \"Yes, people will die here this winter.\"\n\n"
        "Mr Griffin, MEP for North West England, responded with another Twitter post, saying: \"Individuals should "
        "give whatever they feel appropriate, but Britain is bankrupt. Fifty thousand pensioners will die of cold "
        "this winter.\"")

_NAMED = ("The council voted on Monday to build a second bridge over the river.\n\n"
          "Dr Ana Ruiz, an engineer at the city's university, said: \"The old bridge cannot carry this traffic for "
          "another ten years.\"")


@pytest.mark.slow
def test_the_titled_name_speaks_not_the_title_in_its_apposition() -> None:
    check_speaker(_ROW, "Britain is bankrupt", "Griffin", ("Labour MEP", "MEP"))


@pytest.mark.slow
def test_a_tagged_name_with_an_apposition_is_unchanged() -> None:
    check_speaker(_NAMED, "old bridge", "Ruiz", ())
    check_speaker(_ROW, "people will die here", "Willmott", ())
