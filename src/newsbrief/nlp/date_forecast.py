"""A weekday that a forecast verb's participle points to is the coming one.

"With yet another massive street protest predicted again Friday" in Thursday's paper (reader Audit 40 #7) was
read from the past form "predicted" and dated the Friday before. A participle of forecasting or planning right
before the weekday ("predicted Friday", "expected on Monday", "scheduled for Tuesday", "planned again Sunday",
"expected to resume Friday") names an event still to come. After "was", "were" or "had been" the verb is a
past forecast ("was scheduled to land Monday"), which may have come true: its tense decides as before.
"""

from __future__ import annotations

import re

# The participle, at most a few words before the weekday: "again", "for", "on", "to <verb>", "as early as".
_FORECAST_BEFORE = re.compile(
    r"\b(?P<aux>(?:was|were|had been|has been|have been)\s+)?(?:predicted|expected|planned|scheduled|slated|"
    r"forecast|forecasted|set|due|called)(?:\s+(?:again|also|now|tentatively|for|on|as early as|"
    r"to\s+[a-z]+))*\s*$", re.I)
# A clause or an object after the weekday makes the verb a finite one, told that day: "The minister predicted
# on Tuesday that prices would fall", "officials expected Monday a quick deal".
_TOLD_AFTER = re.compile(r"^\s*,?\s*(?:that|the|a|an|his|her|their|its|what|how)\b", re.I)
# How far back the participle may stand: "expected to resume talks on" is about 35 characters.
_REACH = 48


def forecast_weekday(text: str, start: int, end: int) -> bool:
    """Whether the weekday at ``start``-``end`` follows a forecast participle that is not a past forecast (see
    above)."""
    m = _FORECAST_BEFORE.search(text[max(0, start - _REACH) : start])
    return m is not None and m.group("aux") is None and not _TOLD_AFTER.match(text[end:])
