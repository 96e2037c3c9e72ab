"""Email header runs quoted in an article: "From: A To: B Date: Tue, Jul 29, 2014 at 3:12 PM Subject: ...".

A column that quotes an exchange of emails carries their headers as text, one field a line or run
together on one line. A header run is metadata, not something the writer says: its date is when the
email was sent, its names are the addresses. Reader Audit 25 (docs/audit.md 26.4 pattern 4) put two
such runs in a timeline, each with a fragment of the email as the event. :func:`header_runs` finds the
runs so that any stage can leave them out (the timeline does, see
:mod:`newsbrief.analyze.timeline`).

A run is two or more header labels (title case or capitals, each followed by a colon), each field's
value short enough to be a name, an address, a date or a subject line. A single label ("Subject:
money") is no run: prose uses such labels one at a time, emails never do.
"""

from __future__ import annotations

import re

# The fields of an email header that mail clients print; title case or capitals only, since prose
# writes "from: the start" in lower case. "Sent" is Outlook's "Date".
_LABEL = re.compile(
    r"(?<![\w-])(?:From|FROM|To|TO|Cc|CC|Bcc|BCC|Date|DATE|Sent|SENT|Subject|SUBJECT|Reply-To|REPLY-TO)"
    r"[ \t]?:(?=\s)")
# The longest value of a field before the next label: a name with an address ("Ann Lee
# <ann.lee@example.com>") or a date with a time ("Wednesday, July 30, 2014 10:02 AM") fits; a
# paragraph between two labels does not. Set by hand from the layouts of Gmail, Outlook and Apple Mail.
MAX_VALUE_CHARS = 100
# The last field's value has no next label to end it: it ends at the line's end, or after this many
# characters when the run is written on one line with the email's text (a subject line's length).
LAST_VALUE_CHARS = 60
_LINE_END = re.compile(r"\n")


def header_runs(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets in ``text`` of each run of two or more email header fields.

    The run starts at its first label and ends at the end of its last field's value (the line's end,
    or LAST_VALUE_CHARS after the label on a run-on line), so a date inside any field lies within it.
    """
    labels = list(_LABEL.finditer(text))
    runs: list[tuple[int, int]] = []
    n = 0
    while n < len(labels):
        last = n
        while last + 1 < len(labels) and labels[last + 1].start() - labels[last].end() <= MAX_VALUE_CHARS:
            last += 1
        names = {labels[k].group().rstrip(": \t").lower() for k in range(n, last + 1)}
        if len(names) >= 2:
            runs.append((labels[n].start(), _value_end(text, labels[last].end())))
        n = last + 1
    return runs


def _value_end(text: str, start: int) -> int:
    """Where the value of the field whose label ends at ``start`` ends."""
    line_end = _LINE_END.search(text, start)
    end = line_end.start() if line_end else len(text)
    return min(end, start + LAST_VALUE_CHARS)


def in_header_run(runs: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when the span (start, end) overlaps one of ``runs``."""
    return any(start < b and a < end for a, b in runs)
