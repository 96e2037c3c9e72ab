"""A columnist's asides: the moves of a first-person column that argue without "should" or loaded words (session 24,
reader Audit 39 #12, a first-person column on adopted names read as news).

A column that quotes in most paragraphs leaves the writer few sentences of its own, and a light one judges in none of
the words genre._stance knows. Its writer still shows: musing in the impersonal "one" ("One wonders if ...", "one
can only imagine ..."), turning to a third party or the reader with an order ("Gwyneth Paltrow, take note.", "Memo to
the minister:", "You have been warned."), and understating a verdict ("less than appropriate"). A report leaves such
moves to its sources. genre_column.argues_between_quotes counts them with the writer's stance in a first-person essay.
"""

from __future__ import annotations

import re

ASIDES = re.compile(
    # musing in the impersonal "one", with what is mused next ("One suspect was arrested", "One hope is" are news)
    r"^(?:(?:and|but|so|still|yet),? )?one (?:(?:can|could|might|may|must) (?:only |just |well )?)?"
    r"(?:(?:wonders?|suspects?|imagines?|hopes?|asks?)(?= (?:that|if|whether|why|how|what|who|when|about|it|they|he|"
    r"she|we|this|these|the)\b)|be forgiven for)\b|"
    # an address with an order: "<Name>, take note.", "Take heed, <Name>.", "Memo to <Name>:", "You have been warned."
    r"^(?-i:[A-Z])[\w.'’-]*(?: (?-i:[A-Z])[\w.'’-]*){0,3},? "
    r"(?:take note|take heed|listen up|be warned|are you listening)\b|"
    r"^(?:take note|take heed|memo to|note to self|a word to the wise)\b|"
    r"^(?:you have|you've|consider yourself) been warned\b|"
    # an understated verdict
    r"\bless than (?:ideal|wise|appropriate|flattering|helpful|impressive|convincing|reassuring|inspiring|"
    r"edifying|stellar|honest|candid)\b", re.I)


def aside(text: str) -> bool:
    """True when the text is a columnist's aside (see :data:`ASIDES`)."""
    return bool(ASIDES.search(text.strip()))


__all__ = ["ASIDES", "aside"]
