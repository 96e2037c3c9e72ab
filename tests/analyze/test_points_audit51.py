"""Key points of reader Audit 51 (docs/audit.md section 52; issue #11) and FNC-1 body 1678, as classes.

- **A tail with no finite verb** (FNC-1 1678): "And if people don't agree, then to "train them" to change it." was
  key point 2, repaired to "[I]f people ...": the second half of an order, cut off as its own sentence. Its root is
  an infinitive with no subject; no key point (point_columns.fragment).

All articles are written for these tests.
"""

from __future__ import annotations

from newsbrief.analyze.point_columns import fragment
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.points_cases import Case, brief_points

ORDER_TAIL = Case("order_tail", """\
A leaked council memo has revealed an instruction telling park wardens to make sure no dog is walked off its lead \
on the town's beaches.

And if owners refuse, then to "escort them" to the car park.

Wardens have been told to take the names of any owners who argue, the memo says.

The memo was obtained by the local newspaper, the Harbour Gazette, and is dated last April.

Dog owners' groups said the rule was heavy-handed and had never been put to a public vote.

The council said it would not comment on leaked documents.
""", ("news",), ("leaked council memo",), ("escort them",))


def test_order_tail_is_no_point() -> None:
    genre, points = brief_points(ORDER_TAIL)
    assert genre in ORDER_TAIL.genres
    assert ORDER_TAIL.lead[0] in points[0], points
    assert not any(ORDER_TAIL.banned[0] in p for p in points), points


def test_fragment_needs_a_finite_main_clause() -> None:
    """The infinitive tail is a fragment; a main clause whose only finite verb follows a gerund misparsed as the
    root, an imperative and a sentence with an "if" clause before its main clause are not."""
    text = ("And if people object, then to \"retrain them\" at the depot.\n\n"
            "But widening the ban and extending it to parks could mean a long fight with owners.\n\n"
            "Keep your dog on its lead.\n\n"
            "If owners refuse, wardens will take their names.")
    doc = annotate(Article(text=text, source=Source()))
    assert [fragment(doc, s) for s in doc.sentences] == [True, False, False, False], [s.text for s in doc.sentences]
