"""Closing lines that are no one's close: a body's statement printed without quotation marks, and a teaser.

Reader Audit 42 found two (docs/audit.md 43.3, "Bogus conclusions"):

- #9: a council's statement set off as unquoted paragraphs and credited on the line after them ("... Council
  statement"). Its last paragraph, "The council takes noise complaints seriously ..., but we also want everyone
  ... to enjoy themselves", closed the brief with no speaker, under "Statements are the article's own words":
  the "we" is the council's, so the line was given to the writer (M). A body's "we" outside quotation marks is
  told by two marks: the sentence names the body in the third person and then speaks as "we" ("The council
  takes ... but we also want"), which a reporter's own sentence never does; or a credit line naming the
  statement ("Acme Water statement") comes right after it. Such a line cannot close in the writer's voice,
  and the Conclusion does not show it (the speaker cannot be put on it safely: the credit may be missing).
- #12: "If so, we've got a few suggestions.", a teaser for a list the text does not carry: it announces
  what follows and says nothing itself, so it closes nothing.

A writer's own "we" ("as we reported", "when we reached out to the firm") names no body before it and is left
alone; so is a body's "we" inside quotation marks, which the quote rules give its speaker.
"""

from __future__ import annotations

import re

from newsbrief.analyze.doc_index import entities_of
from newsbrief.models import Document, Sentence
from newsbrief.nlp.quotations import quote_spans
from newsbrief.nlp.speech import ORGANISATION_NOUNS

# "we" only: a writer speaks as "us" and "our" in reported lines ("The council has told us", "our reporter").
_WE = re.compile(r"\bwe\b", re.I)
# A body named as the sentence's subject: "The council", "The city's housing department" (a named body is
# read from the entities: a capitalised word alone may be a pronoun or an opening word, "It has ...").
_BODY_VERB = (r"(?:takes|has|is|was|will|would|does|did|remains|wants|believes|recognises|recognizes|"
              r"understands|apologises|apologizes|regrets)\b")
_BODY_SUBJECT = re.compile(r"^The\s+(?:[\w'’-]+\s+){0,2}?(?P<noun>[a-z]+)\s+" + _BODY_VERB)
_VERB_NEXT = re.compile(r"\s+" + _BODY_VERB)
# A credit line for a statement set off as a block: a short name line ending in "statement".
_CREDIT = re.compile(r"^(?:[A-Z][\w'’&.-]*\s+){1,6}statement\s*(?:\n|$)")
# "we've got a few suggestions", "Here are some ideas", "we have a few thoughts": an announcement only.
_TEASER = re.compile(r"^(?:(?:if so|if not|in that case|well|so|meanwhile|and),?\s+)?(?:(?:we|I)(?:'ve|’ve|\s+have)"
                     r"(?:\s+got)?|here(?:'s|’s|\s+are|\s+is))\s+(?:a few|some|several|a couple of|plenty of|"
                     r"our|my|a handful of)\s+(?:\w+\s+)?(?:suggestions|ideas|thoughts|recommendations|picks|"
                     r"tips|options|alternatives|candidates)[.!:]?$", re.I)


def teases_more(text: str) -> bool:
    """Whether a line only announces what the writer has to offer next ("If so, we've got a few suggestions.")."""
    return bool(_TEASER.match(text.strip()))


def _unquoted_we(doc: Document, sentence: Sentence) -> int | None:
    """Offset in the sentence of its first "we" outside quotation marks, else None."""
    spans = [(a - sentence.start, b - sentence.start) for a, b in quote_spans(doc.article.text)
             if a < sentence.end and b > sentence.start]
    for match in _WE.finditer(sentence.text):
        if not any(a <= match.start() < b for a, b in spans):
            return match.start()
    return None


def _credited_after(doc: Document, sentence: Sentence) -> bool:
    """Whether a statement credit line ("Acme Water statement") follows the sentence's paragraph."""
    rest = doc.article.text[sentence.end :].lstrip()
    return bool(_CREDIT.match(rest))


def bodys_statement(doc: Document, sentence: Sentence) -> bool:
    """Whether an unquoted sentence speaks in a body's "we" (see the module docstring)."""
    we = _unquoted_we(doc, sentence)
    if we is None:
        return False
    subject = _BODY_SUBJECT.match(sentence.text)
    names_body = subject is not None and subject.end() <= we and subject.group("noun") in ORGANISATION_NOUNS
    named = any(e.label == "ORG" and e.start == sentence.start and e.end < sentence.start + we
                and _VERB_NEXT.match(doc.article.text, e.end) for e in entities_of(doc, sentence))
    return names_body or named or _credited_after(doc, sentence)
