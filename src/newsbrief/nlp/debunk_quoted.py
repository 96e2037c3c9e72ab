"""A quoted piece the article rejects: by a rhetorical question answered in one word, or by calling it fake news.

A debunking column quotes a fake site's piece at length and then gives its verdict as a question it answers
itself: "Sounds believable, right? Wrong.", "True? Not at all.", "Real? Nope." (reader Audit 19, 20.4 item
1: the quoted piece's "$35,000 setup fee" and "42 of the nearly 100 franchises" became key figures). The
verdict applies to the claim quoted just before it: the sentences back from the question that stand in a
quotation, up to the first sentence in the article's own voice.

The same column may give no verdict after the quotation at all, having called the piece fake news before
it: "Some more fake news is on the loose. X already has 40,000 shares on its recent piece. '...,' the piece
says." A quotation whose speaker is a piece, story, site or post (or "it" for one) is rejected when its
paragraph or the one before calls something fake news, a hoax or false, and not when the piece is only
*about* fake news ("a long piece on fake news"). A person quoted in a story about fake news ("'Crews
evacuated 300 homes,' the mayor said") is a source, not the fake.

Standalone regular expressions and the parse already in the Document: this module is imported by
nlp/debunk.py, so it cannot import from it.
"""

from __future__ import annotations

import re

from newsbrief.models import Document, Sentence

# The question: about the claim's truth, not about anything else ("Surprising? Not really." judges no claim).
_TRUTH_QUESTION = re.compile(r"\b(?:true|real|believable|plausible|credible|legit(?:imate)?|accurate|genuine|"
                             r"possible|likely|convincing|right|correct|factual|authentic)\b[^?]{0,20}\?\s*$", re.I)
# ... short: a rhetorical question, not a question the article asks of a source.
MAX_QUESTION_WORDS = 6
# The one-word answer that rejects it.
_NO = re.compile(r"^(?:wrong|no|nope|nah|not at all|not even close|not quite|not so|not really|hardly|of course not|"
                 r"false|fake|not a chance|think again|not true|nothing of the sort)\s*[.!]*\s*$", re.I)
# A "right?" tag asks the reader to agree; its own word is no truth question ("Sounds expensive, right?").
_TAG_RIGHT = re.compile(r",\s*right\?\s*$", re.I)
_QUOTE_MARKS = re.compile(r"[\"“”]")
_QUOTED_SPAN = re.compile(r"\"[^\"]*\"|“[^”]*”")
# A rejected quotation runs at most this many sentences back from the verdict: the cap of a quoted block in
# nlp/debunk.py (MAX_BLOCK_SENTENCES, tuned on the fact-checks of its tests); the tests' pieces run one or two.
MAX_QUOTED_SENTENCES = 8
# Who speaks a quoted piece: the piece itself, or "it" standing for one named in the window. Not "the
# report" or "the page": a police report or an agency's page quoted beside a hoax is the article's source.
_SAYS = r"\s+(?:says|said|reads|read|claims|claimed|states|stated|writes|wrote|continues|continued|adds|added)\b"
_PIECE_SPEAKER = re.compile(r"[\"”,]\s*the (?:\w+ ){0,3}(?:piece|story|article|site|website|post|blog)" + _SAYS, re.I)
_IT_SPEAKER = re.compile(r"[\"”,]\s*it" + _SAYS, re.I)
_PIECE = re.compile(r"\b(?:piece|story|article|site|website|post|blog)s?\b", re.I)
# What the article calls fake: "fake news", a fake or bogus piece. Not a bare "hoax": a bomb threat called a
# hoax and the police quoted on it is an ordinary report.
_CALLED_FAKE = re.compile(r"\b(?:fake news|(?:fake|bogus|made-up|phony|false) (?:story|stories|piece|site|website|"
                          r"article|post)s?|satir(?:e|ical) (?:site|website|piece|story))\b", re.I)
# "A long piece on fake news": the piece is about fake news, not an instance of it.
_ABOUT = re.compile(r"\b(?:on|about|of|against|fighting|combat(?:ing)?|tackl(?:e|ing)|spot(?:ting)?|"
                    r"detect(?:ing)?)\s+(?:the\s+)?(?:fake news|hoax(?:es)?|fake stories)\b", re.I)


def _quoted(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence stands (partly) inside a quotation of its paragraph."""
    text = doc.article.text
    paragraph = [s for s in doc.sentences if s.paragraph == sentence.paragraph]
    start, end = paragraph[0].start, paragraph[-1].end
    return any(m.start() + start < sentence.end and m.end() + start > sentence.start
               for m in _QUOTED_SPAN.finditer(text[start:end]))


def _verdict_at(doc: Document, index: int) -> bool:
    """True when sentence ``index`` is a short truth question and the next sentence (or the rest of its
    own text) answers it with a one-word no."""
    text = doc.sentences[index].text.strip()
    question, _, rest = text.partition("?")
    question += "?"
    if len(question.split()) > MAX_QUESTION_WORDS or _QUOTE_MARKS.search(question):
        return False
    if not _TRUTH_QUESTION.search(question) or (_TAG_RIGHT.search(question) and not _TRUTH_QUESTION.search(
            _TAG_RIGHT.sub("?", question))):
        return False
    if rest.strip():
        return bool(_NO.match(rest.strip()))
    after = doc.sentences[index + 1].text.strip() if index + 1 < len(doc.sentences) else ""
    return bool(_NO.match(after))


def _rhetorical(doc: Document) -> set[int]:
    """The quoted sentences just before a rhetorical truth question answered in one word."""
    found: set[int] = set()
    for sentence in doc.sentences:
        if not sentence.text.rstrip().endswith(("?", ".", "!")) or "?" not in sentence.text:
            continue
        if not _verdict_at(doc, sentence.index):
            continue
        for before in reversed(doc.sentences[max(0, sentence.index - MAX_QUOTED_SENTENCES) : sentence.index]):
            if not _quoted(doc, before):
                break
            found.add(before.index)
    return found


def _fake_piece_quoted(doc: Document, sentence: Sentence) -> bool:
    """True when a piece speaks the sentence's quotation and its paragraph, up to it, or the paragraph
    before calls something fake news; "it" speaks for a piece only when the window names one."""
    piece, it = _PIECE_SPEAKER.search(sentence.text), _IT_SPEAKER.search(sentence.text)
    if not piece and not it:
        return False
    window = " ".join(s.text for s in doc.sentences
                      if sentence.paragraph - 1 <= s.paragraph <= sentence.paragraph and s.index <= sentence.index)
    cleaned = _ABOUT.sub(" ", window)
    return bool(_CALLED_FAKE.search(cleaned)) and bool(piece or _PIECE.search(cleaned))


def _fake_pieces(doc: Document) -> set[int]:
    """Quotations spoken by a piece the article calls fake news (see the module docstring)."""
    return {s.index for s in doc.sentences if _fake_piece_quoted(doc, s)}


def rejected_quotations(doc: Document) -> frozenset[int]:
    """The indices of sentences quoting a piece the article rejects by a one-word answer to a rhetorical
    truth question ("Sounds believable, right? Wrong.") or by calling it fake news."""
    return frozenset(_rhetorical(doc) | _fake_pieces(doc))
