"""An opening "His"/"Her"/"He" never repaired to a website, agency or other organisation.

The lead's reading of an unseen XSum row (session 21): after "His mother has been notified ..., AL.com reports.",
the next sentence's "His father is also charged ..." became "[AL.com's] father": the subject of the sentence
before was taken as the pronoun's referent although it is a news site. A name with a web suffix or an acronym the
tagger typed as an organisation is no one's "he"/"his"; with no person found, the pronoun is left as it is. The last
two cases are near misses: a person the tagger mistyped as an organisation still carries a pronoun, and a site's
report between two sentences about one named man leaves no guess. Short texts written for these tests.
"""

from __future__ import annotations

import pytest

from tests.analyze.opening_cases import check_repair

CASES = [
    ("Her grandmother has been told of the discovery, KDVR.com reports. Her mother is also charged with forging "
     "school records.", 1, "not [KDVR"),
    ("His sister has been informed, WKYT.com reported. His father faces two counts of fraud.", 1, "not [WKYT"),
    ("The money was found in a locked cabinet, the FBI said. His lawyer declined to comment.", 1, "not [FBI"),
    ("The ruling was welcomed, Reuters.com reported on Monday. He said he would appeal.", 1, "not [Reuters"),
    # near misses
    ("Passenger Amara Diallo described the crossing to reporters. She said the waves were high.", 1, "[Diallo]"),
]


@pytest.mark.parametrize(("text", "index", "expected"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_an_opening_pronoun_never_means_an_organisation(text: str, index: int, expected: str) -> None:
    check_repair(text, index, expected)
