"""The site's coverage promo in a page's last paragraph takes the rest of that paragraph with it (reader Audit 41 #8:
"... The watch is expected to occupy the most stage time." closed the brief once the promo before it was cut).
Invented paragraphs. A promo in the middle of the page keeps the sentences around it (tests/ingest/
test_reader_lines_s26.py), and a last paragraph with no promo, or with the broadcaster's coverage told as news, stays.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.reader_lines import without_closing_promo

BODY = ["The new phone has a titanium frame, sources said.", "It will cost at least $900, analysts expect."]
CASES: tuple[tuple[str, list[str]], ...] = (
    ("Northwire will be providing live coverage of today's event, which begins at 10 a.m. and can be viewed at "
     "live.northwire.com. The phone is expected to take most of the stage time.", []),
    ("The frame is twice as hard as steel. Follow our live coverage of the launch here. The chief executive speaks "
     "at noon.", ["The frame is twice as hard as steel."]),
    ("The launch begins at 10 a.m. in Austin, and the chief executive will speak first.",
     ["The launch begins at 10 a.m. in Austin, and the chief executive will speak first."]),
    ("The BBC will provide live coverage of the final, the corporation said. Rights cost 40 million pounds.",
     ["The BBC will provide live coverage of the final, the corporation said. Rights cost 40 million pounds."]),
)


@pytest.mark.parametrize(("last", "want"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_closing_promo(last: str, want: list[str]) -> None:
    assert without_closing_promo([*BODY, last]) == [*BODY, *want]


def test_promo_mid_page_keeps_its_tail() -> None:
    middle = "Follow our live coverage of the summit here. The leaders meet at noon."
    assert without_closing_promo([middle, *BODY]) == [middle, *BODY]
