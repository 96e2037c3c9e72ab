"""Which way a weekday points when its words, not its tense, decide: a forecast's coming day, a possessive's past one.

"With yet another massive street protest predicted again Friday" in Thursday's paper (reader Audit 40 #7) was
read from the past form "predicted" and dated the Friday before. A participle of forecasting or planning right
before the weekday ("predicted Friday", "expected on Monday", "scheduled for Tuesday", "planned again Sunday",
"expected to resume Friday") names an event still to come. After "was", "were" or "had been" the verb is a
past forecast ("was scheduled to land Monday"), which may have come true: its tense decides as before.

A weekday's possessive in a present clause names a day already past (:func:`possessive_behind`, moved here from
:mod:`newsbrief.nlp.date_resolvers`).
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


# A weekday's possessive names a thing of that day ("Monday's column", "Tuesday's vote"). In a present
# or unmarked clause it is one already published or held ("follows Monday's Postcard", "After Tuesday's
# vote, the party is split"; reader Audit 27 dated such a Postcard a week ahead), unless a word before it
# looks forward to it ("ahead of Monday's vote", "in time for Friday's final"). An explicit future
# ("Friday's meeting will decide") and "next Monday's" stay ahead.
_POSSESSIVE = re.compile(r"['’]s\b")
_LOOKS_FORWARD = re.compile(r"\b(?:ahead\s+of|before|for|until|till|towards?|awaits?|awaiting|preparing|"
                            r"prepares?|run-up\s+to|build-up\s+to|eve\s+of)\s+(?:the\s+)?$", re.I)
_LOOK_BACK_CHARS = 30


def possessive_behind(m: re.Match[str], tense: str) -> bool:
    """True when the weekday of ``m`` is a possessive that names a past day in a present or unmarked clause."""
    if (m["rel"] or "on").lower() != "on" or tense not in ("present", "unmarked"):
        return False
    if not _POSSESSIVE.match(m.string, m.end()):
        return False
    return not _LOOKS_FORWARD.search(m.string[max(0, m.start() - _LOOK_BACK_CHARS):m.start()])
