"""Rates written as two numbers: "nine out of ten", "12 hours out of 24", "seven of every ten", "one in five".

A rate is one figure: its two numbers only mean something together. The NER model often tags them
apart ("12 hours" as a TIME, "24" as a CARDINAL), and a reader Audit (13) found "24 — electricity is
cut" for "cut off 12 hours out of 24": the base shown as if it were the count. :func:`rate_span`
widens a value span over the whole rate, from either of its numbers, so the figure shows both.
Plain token tests over the parse (no extra library): the connectors are a closed set of words.
"""

from __future__ import annotations

from newsbrief.analyze.figure_parse import ParsedSentence

# The words between a rate's count and its base, longest first: "out of every", "of every", "in".
_CONNECTORS: tuple[tuple[str, ...], ...] = (
    ("out", "of", "every"), ("out", "of"), ("in", "every"), ("of", "every"), ("in",),
)
# A unit the count may carry before the connector: "12 hours out of 24", "three days in seven".
_RATE_UNITS = frozenset({"hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year",
                         "nights", "night", "minutes", "times"})


# A sum's sign before either number of a rate of money: "£1 in every £7 of dividend income" (Audit 32 A2 showed
# "£7 — of dividend income" and "£1 — comes in every £7": the rate read as two sums, each garbled).
_CURRENCY = frozenset("$ £ € ¥ US$ A$ C$ HK$".split())


def _number(s: ParsedSentence, i: int) -> bool:
    return s.inside(i) and s.tok(i).like_num and "," not in s.text(i)[-1:]


def _connector_after(s: ParsedSentence, i: int) -> int:
    """The length of a rate connector starting at token ``i`` and followed by a number (or a sign and a
    number), the sign included, else 0."""
    for words in _CONNECTORS:
        n = len(words)
        if all(s.text(i + k).lower() == w for k, w in enumerate(words)):
            sign = int(s.inside(i + n) and s.text(i + n) in _CURRENCY)
            if _number(s, i + n + sign):
                return n + sign
    return 0


def _count_before(s: ParsedSentence, start: int) -> int | None:
    """The first token of a rate's count written before the connector that ends at ``start``, or None."""
    for words in _CONNECTORS:
        n = len(words)
        if all(s.text(start - n + k).lower() == w for k, w in enumerate(words)):
            k = start - n - 1
            if s.text(k).lower() in _RATE_UNITS:
                k -= 1
            if not _number(s, k):
                return None
            return k - 1 if s.inside(k - 1) and s.text(k - 1) in _CURRENCY else k
    return None


def rate_span(s: ParsedSentence, start: int, end: int, label: str) -> tuple[int, int]:
    """``start:end`` widened over a rate of two numbers it is one side of, else unchanged (a rate of money
    has a sign on both: "£1 in every £7").

    "one in five", "nine out of ten", "seven of every ten" from the first number; "12 hours out of 24"
    from the base, which the NER model tags alone when the count carries a unit of time.
    """
    if label not in ("CARDINAL", "MONEY"):
        return start, end
    n = _connector_after(s, end)
    if n and s.tok(end - 1).like_num and (label == "CARDINAL" or s.text(end + n - 1) in _CURRENCY):
        return start, end + n + 1
    signed = label == "MONEY" and s.text(start) in _CURRENCY  # the base's sign: "£1 in every £7"
    if end - start == 1 + signed and (label == "CARDINAL" or signed):
        first = _count_before(s, start)
        if first is not None:
            return first, end
    return start, end


def timed_rate(s: ParsedSentence, start: int, end: int) -> bool:
    """True when ``start:end`` is a rate whose count carries its unit ("12 hours out of 24").

    Such a rate says what it counts by itself (a share of the hours), so the clause's subject is
    enough to place it ("the electricity is cut off 12 hours out of 24"), with no counted noun.
    """
    return any(s.text(i).lower() in _RATE_UNITS for i in range(start, end)) and any(
        _connector_after(s, i) for i in range(start, end))


def per_unit_head(s: ParsedSentence, anchor: int) -> int | None:
    """The unit noun of "9,000 a game" when the parser hung the number on it: the count stands where the
    unit stands ("rose to 9,000 a game", the object of "to"), though it does not count games."""
    head = s.head(anchor)
    if s.tok(anchor).dep != "nummod" or head <= anchor or s.tok(head).pos != "NOUN":
        return None
    between = [s.text(k).lower() for k in s.children[head] if anchor < k < head]
    return head if between and between[0] in ("a", "an", "per") else None


def rate_anchor(s: ParsedSentence, start: int, end: int, anchor: int) -> int:
    """The count of a rate to read its clause from, when the parser made the connector its head.

    In "cut off 12 hours out of 24" the span's root is "out"; its role in the clause comes from
    "hours" (how long the electricity is cut), which hangs on it.
    """
    if s.tok(anchor).pos != "ADP":
        return anchor
    counts = [c for c in s.children[anchor] if start <= c < anchor and s.tok(c).pos in ("NOUN", "NUM")]
    start += s.text(start) in _CURRENCY  # "provide £1 in every £7": the count's number after its sign
    if not counts and start < anchor and s.tok(start).like_num and s.head(start) == s.head(anchor) != anchor:
        return start  # "passed the bill 52 to 48": the first count and "to" both hang on the verb (session 18)
    return counts[0] if counts else anchor
