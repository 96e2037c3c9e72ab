"""The consistency checker on an article written for these tests: edits are flagged, paraphrases pass."""

from __future__ import annotations

import pytest

from newsbrief.models import Document
from newsbrief.nlp.consistency import annotate_texts, check, check_pairs, check_texts, describe
from newsbrief.nlp.consistency_features import FEATURES, SourceIndex

ARTICLE = """Harbour council approves sea wall after two-year dispute

The Kelso Bay town council voted 7 to 2 on Tuesday to approve a new sea wall, ending a dispute that began in 2022.

The wall will cost 14 million pounds and is expected to protect about 600 homes from winter storms. Work will start in March.

Mayor Ellen Price said the decision was not easy. "We could not wait for another flood," she said.

Opponents, led by the fishing cooperative, argued that the wall would block access to the old harbour. The cooperative did not say whether it would appeal.

Flooding damaged 120 homes last winter, the council said. Insurance claims rose sharply after the storms.
"""

CONSISTENT = [
    "The Kelso Bay council voted 7 to 2 on Tuesday to approve a sea wall, ending a dispute that began in 2022.",
    "The council backed a 14 million pound sea wall meant to shield about 600 homes from winter storms.",
    "Mayor Ellen Price said the decision was not easy, as the town could not wait for another flood.",
    "The fishing cooperative argued the wall would block access to the old harbour.",
    "Insurance claims rose sharply after storms damaged 120 homes last winter.",
]

# (summary, the finding kind that must flag it)
INCONSISTENT = [
    ("The Kelso Bay council voted 7 to 2 on Tuesday to approve a sea wall, ending a dispute that began in 2019.",
     "novel_number"),
    ("The wall will cost 41 million pounds and protect about 600 homes from winter storms.", "novel_number"),
    ("Mayor John Walsh said the decision was not easy.", "novel_name"),
    ("Insurance claims fell sharply after storms damaged 120 homes last winter.", "antonym"),
    ("The Kelso Bay town council voted 7 to 2 on Tuesday to reject a new sea wall.", "antonym"),
    ("Mayor Ellen Price said the decision was easy.", "negation_dropped"),
    ("The fishing cooperative said it would not appeal the decision.", "negation_added"),
    ("Opponents argued that the wall would not block access to the old harbour.", "negation_added"),
    ("The cooperative argued that the wall would block access to the harbour, which is unprotected.",
     "prefix_opposite"),
    ("The wall will cost 14 million pounds and is expected to protect about 600 wooden homes from winter storms.",
     "inserted_detail"),
    ("Flooding damaged 600 homes last winter, the council said.", "novel_number"),  # 600 is the wall's
]


@pytest.fixture(scope="module")
def source() -> SourceIndex:
    return SourceIndex(annotate_texts([ARTICLE])[0])


@pytest.fixture(scope="module")
def consistent_docs() -> list[Document]:
    return annotate_texts(CONSISTENT)


@pytest.fixture(scope="module")
def inconsistent_docs() -> list[Document]:
    return annotate_texts([text for text, _ in INCONSISTENT])


def test_faithful_summaries_and_paraphrases_pass(source: SourceIndex, consistent_docs: list[Document]) -> None:
    for text, doc in zip(CONSISTENT, consistent_docs, strict=True):
        found = check(source, doc)
        assert found.consistent, (text, found.reason)
        assert found.reason == "consistent" and not found.findings
        assert set(found.features) == set(FEATURES)


def test_each_edit_is_flagged_with_its_kind(source: SourceIndex, inconsistent_docs: list[Document]) -> None:
    for (text, kind), doc in zip(INCONSISTENT, inconsistent_docs, strict=True):
        found = check(source, doc)
        assert not found.consistent, text
        assert kind in {f.kind for f in found.findings}, (text, [(f.kind, f.word) for f in found.findings])


def test_reasons_name_what_is_unsupported(source: SourceIndex, inconsistent_docs: list[Document]) -> None:
    reasons = [check(source, doc).reason for doc in inconsistent_docs]
    assert reasons[0] == "number not in the matching source sentences: 2019"
    assert "Walsh" in reasons[2] or "John" in reasons[2]
    assert reasons[3] == 'the source says the opposite of "fell"'
    assert reasons[6].startswith("negates")
    finding = check(source, inconsistent_docs[5]).findings[0]
    assert describe(finding) == 'states "easy", which the source negates'


def test_a_number_elsewhere_in_the_article_is_not_support() -> None:
    # 120 stands in the article, but not in the sentence about the wall's cost.
    found = check_texts(ARTICLE, "The wall will cost 120 million pounds.")
    assert not found.consistent and found.findings[0].kind == "novel_number"


def test_cited_sentences_as_the_source() -> None:
    cited = "The Kelso Bay town council voted 7 to 2 on Tuesday to approve a new sea wall."
    verdicts = check_pairs([(cited, "On Tuesday the council approved the sea wall by 7 votes to 2."),
                            (cited, "On Tuesday the council did not approve the sea wall."),
                            (cited, "On Tuesday the council approved the sea wall by 9 votes to 2.")])
    assert [v.consistent for v in verdicts] == [True, False, False]
    assert verdicts[1].findings[0].kind == "negation_added"


def test_names_and_numbers_put_together_that_the_source_keeps_apart() -> None:
    cited = "Ellen Price's office paid 5 million pounds for the study and Tom Riley's firm paid 2 million pounds."
    assert check_texts(cited, "Tom Riley's firm paid 2 million pounds.").consistent
    found = check_texts(cited, "Ellen Price paid 2 million pounds.")
    assert [f.kind for f in found.findings] == ["far_pairs"]
    assert found.reason == '"Price 2" are never used together in the source'


def test_month_abbreviations_match_month_names() -> None:
    assert check_texts("Work will start in February.", "Work will start in Feb.").consistent
    assert not check_texts("Work will start in February.", "Work will start in March.").consistent
