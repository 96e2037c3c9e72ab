"""Key figures, the lead's reading after Audit 42 (#4: "$20bn (£13.5bn)" for a compensation fund): when the amount
before a bracketed conversion is written with its scale glued on ("$20bn", "€4bn", "$1.2tn"), the model tags only the
conversion as money, so the conversion was listed as a second figure: one sum shown twice. The conversion restates
the amount before it and is never a figure of its own. Sentences written for this test; a bracketed amount that
is no conversion (a part of the whole, a second sum) still counts."""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "value"), [
    ("The oil company has agreed to set aside $20bn (£13.5bn) for a compensation fund, officials said.", "$20bn"),
    ("The carmaker will spend €4bn (£3.4bn) on two battery plants over the next decade.", "€4bn"),
    ("The state pension fund lost $1.2tn (£0.9tn) in the crash, its report said.", "$1.2tn"),
])
def test_a_conversion_after_a_glued_amount_is_one_figure(text: str, value: str) -> None:
    lines = figure_lines(text)
    assert len([line for line in lines if value in line]) == 1, lines
    assert len(lines) == 1, lines


@pytest.mark.parametrize(("text", "count"), [
    # near misses: the bracket holds a second, different sum or a part of the whole
    ("The council will spend $40m on roads this year and a further $12m on bridges, the mayor said.", 2),
    ("Officials said 1,200 homes (about a third of the town) were flooded and 300 families were moved.", 2),
])
def test_amounts_that_are_no_conversion_stay(text: str, count: int) -> None:
    assert len(figure_lines(text)) >= count, figure_lines(text)
