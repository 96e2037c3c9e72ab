"""The sentences of a debunk that carry what the hoax made up: a fake quote, a fake statement, a fake site's account.

Audit 51 (docs/audit.md 52.4 #2, FNC-1 body 2341) found a death-hoax debunk that says "There is even a fake quote from
the police." and then gives the quote in a paragraph of its own, '"The apartment was exceptionally clean ...," said
Det. James Patterson, of the Manhattan Police Department.' The brief listed the invented detective as an Actor and
his words as a Quote, straight: the debunked content presented as fact. :mod:`newsbrief.nlp.debunk` finds a hoax's
block under a colon, a carrier's one-sentence claim and a story retold before a verdict; this module reads three
more forms, each from the article's own grammar rather than from the words of one article:

* **An item announced as fake.** The writer names a piece of text the hoax carries and calls it fake: a rejection
  word on a noun of speech or text ("a fake quote from the police", "fabricated statements", "a made-up quote from a
  scientist", "the site invented a quote"). The quotation the announcement gives is the fake item: one inside the
  announcing sentence after the noun ('According to a fake quote from a fake police spokesperson, "The home was
  entered ..."'), else the first quotation after it in the rest of its paragraph or the next paragraph (all of them
  when the noun is plural: "It uses fake quotes from a NASA official."). A negated one ("not a fake quote") and a
  false statement to the police (a crime, not a hoax's text) announce nothing.
* **A verdict on the quotation just given.** "That quote is fabricated.", "The statement was made up." right after
  a sentence that holds a quotation: that quotation is the fake.
* **A fake carrier's account continued.** After a sentence whose claim :mod:`newsbrief.nlp.debunk` rejects ("An
  article from a fake MSNBC website actually claims that ..."), the next sentences of the paragraph that go on with
  the same carrier's account by a pronoun or its noun ("It states that ...", "The article adds that ...").

* **A hoax's own text, tagged with its carrier.** In an article that calls a message, a post or a text a hoax, a
  fake or a scam ("A hoax text message warning people that ..."), a quotation tagged '..., it said.' or '..., the
  message reads.' is that text (T17 H1N1_bbc: '"... Send this message to 25 people and MTN will reward you with
  airtime," it said.' was an Outlook item), back to the sentence that opens the quotation.

The analyzers give these sentences no place as a forecast, a cause or advice (classify._ranked); the Actors and
Quotes analyzers are asked to skip a person named only in them and the quotations they hold (see
:func:`fabricated`). Regular expressions over sentence text, the quotation spans and the parse already in the
Document: the cues are closed lists of words.
"""

from __future__ import annotations

import re

from newsbrief.memo import per_document
from newsbrief.models import Document, Sentence
from newsbrief.nlp.debunk import rejected_claims
from newsbrief.nlp.quotations import quote_spans

# Nouns of a piece of speech or text a hoax can carry (a photo or a video has no words to quote).
_TEXT_NOUNS = (r"quotes?|quotations?|statements?|comments?|remarks?|interviews?|tweets?|posts?|letters?|messages?|"
               r"e-?mails?|press releases?|announcements?|obituar(?:y|ies)|transcripts?|memos?|testimon(?:y|ies)")
# A rejection word on such a noun, with at most one word between ("a fake police statement"), or a verb of making
# one up ("the site invented a quote"). "false" is left out: "false statements" is mostly a charge.
_ANNOUNCED = re.compile(
    r"\b(?:(?:fake|faked|fabricated|made[- ]up|bogus|phony|phoney|invented|fictitious|fictional|imaginary|"
    r"spoof|hoax)\s+(?:[\w-]+\s+)?(?P<noun>" + _TEXT_NOUNS + r")|"
    r"(?:invent(?:s|ed)?|fabricat(?:es|ed)|ma(?:de|kes) up|dreamed up|concoct(?:s|ed))\s+(?:an?|the|some|several)\s+"
    r"(?:[\w-]+\s+)?(?P<made>" + _TEXT_NOUNS + r"))\b",
    re.I,
)
# "This is not a fake quote", "no fake statements": a denial that the item is fake.
_NEGATED_BEFORE = re.compile(r"\b(?:not|no|never|n't)\s+(?:\w+\s+)?$", re.I)
# A verdict on the quotation just given: "That quote is fabricated.", "The statement, however, was made up."
_QUOTE_VERDICT = re.compile(
    r"^(?:(?:but|and|however),?\s+)?(?:the|that|this|those|these)\s+(?:[\w-]+\s+)?(?:" + _TEXT_NOUNS + r")\b"
    r"[^.;]{0,40}?\b(?:is|was|are|were)\s+(?:(?:also|entirely|completely|wholly|clearly|obviously|,)\s*)*"
    r"(?:fake|faked|fabricated|made[- ]up|bogus|phony|invented|fictitious|a fabrication|a fake|an invention)\b",
    re.I,
)
# A carrier the article calls a hoax: "a hoax text message", "the fake post", "the text was a scam".
_FAKE_CARRIER = re.compile(
    r"\b(?:hoax|fake|bogus|phony|phoney|spoof|scam|fabricated)\s+(?:[\w-]+\s+)?(?P<a>messages?|texts?|posts?|e-?mails?|"
    r"letters?|tweets?|articles?|sites?|websites?|pages?|notes?)\b|\bthe\s+(?P<b>message|text|post|e-?mail|letter|tweet|"
    r"article|note)\s+(?:was|is)\s+(?:a\s+)?(?:hoax|fake|scam|bogus|fabricated)\b", re.I)
# The tag closing a carrier's quoted text: '..., it said.', '..." the message reads.'
_CARRIER_TAG = re.compile(r"[\"”’']\s*,?\s*(?:it|the\s+(?:message|text|post|e-?mail|letter|tweet|article|note))\s+"
                          r"(?:said|says|read|reads|stated|states|claimed|claims|added|adds|warned|warns)\s*\.?\s*$",
                          re.I)
_OPENS = re.compile(r"^\s*[\"“]")
# "it" is the carrier only when the sentence before the quotation names one ("who received the text ... says he took
# it seriously"); '"The supply is safe," it said.' after "The ministry said ..." is the ministry's.
_CARRIER_NOUN = re.compile(r"\b(?:message|text|post|e-?mail|letter|tweet|article|note)s?\b", re.I)
QUOTE_OPENING_REACH = 4  # sentences a carrier's quoted text may run back over (the T17 hoax text ran three)
# Verbs by which a carrier's account goes on ("It states that ...", "The article adds ...").
_ACCOUNT_VERBS = frozenset("state say claim add allege report describe continue go suggest write tell".split())
# Subjects that go on with the carrier just named: a pronoun, or the carrier's own noun with a determiner.
_ACCOUNT_SUBJECTS = frozenset("it they article story post site website report piece page message".split())
# A fake item's quotation lies in the rest of the announcing paragraph or the next one; a longer reach would take
# the article's own sources, quoted later, for the hoax's.
PARAGRAPH_REACH = 1
# A quotation of fewer words is a title or a scare-quoted phrase ("the latest 'Banksy arrested' story", FNC-1 body
# 900, after "a fake press release"), not the fake item's text; the fake quotes of the FNC-1 debunks ran 12 words up.
MIN_QUOTE_WORDS = 5


def _sentences_over(doc: Document, start: int, end: int) -> list[int]:
    return [s.index for s in doc.sentences if s.start < end and start < s.end]


def _announced(doc: Document, sentence: Sentence) -> tuple[int, bool] | None:
    """The offset (in the article) after which the fake item's quotation comes, and whether the noun is plural;
    None when ``sentence`` announces no fake item."""
    for match in _ANNOUNCED.finditer(sentence.text):
        if _NEGATED_BEFORE.search(sentence.text[: match.start()]):
            continue
        noun = (match.group("noun") or match.group("made") or "").lower()
        plural = noun.endswith("s") and not noun.endswith(("ss", "us"))
        return sentence.start + match.end(), plural
    return None


def _announced_items(doc: Document, sentence: Sentence, spans: list[tuple[int, int]]) -> set[int]:
    """The sentences holding the quotation(s) a fake-item announcement gives (see the module notes)."""
    found = _announced(doc, sentence)
    if found is None:
        return set()
    after, plural = found
    last_paragraph = sentence.paragraph + PARAGRAPH_REACH
    reach = [s for s in doc.sentences if s.index >= sentence.index and s.paragraph <= last_paragraph]
    end = reach[-1].end if reach else sentence.end
    text = doc.article.text
    chosen = [(a, b) for a, b in spans if after <= a < end and len(text[a:b].split()) >= MIN_QUOTE_WORDS]
    if not chosen:
        return set()
    if not plural:
        chosen = chosen[:1]
    else:  # every quotation of the paragraph the first one stands in
        paragraph = doc.sentences[_sentences_over(doc, *chosen[0])[0]].paragraph
        chosen = [(a, b) for a, b in chosen
                  if doc.sentences[_sentences_over(doc, a, b)[0]].paragraph == paragraph]
    return {i for a, b in chosen for i in _sentences_over(doc, a, b)}


def _judged_before(doc: Document, sentence: Sentence, spans: list[tuple[int, int]]) -> set[int]:
    """The sentences of the quotation a verdict ("That quote is fabricated.") judges: the sentence before, when it
    holds one, with the sentences the quotation runs over."""
    if sentence.index == 0 or not _QUOTE_VERDICT.search(sentence.text.strip()):
        return set()
    before = doc.sentences[sentence.index - 1]
    quoted = [(a, b) for a, b in spans if a < before.end and before.start < b]
    return {i for a, b in quoted for i in _sentences_over(doc, a, b)}


def _goes_on(doc: Document, sentence: Sentence) -> bool:
    """Whether ``sentence`` goes on with a carrier's account: its main verb a verb of telling whose subject is
    "it", "they" or the carrier's noun ("It states that ...")."""
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None or root.lemma.lower() not in _ACCOUNT_VERBS:
        return False
    return any(t.head == root.i and t.dep == "nsubj" and t.lemma.lower() in _ACCOUNT_SUBJECTS for t in tokens)


def _accounts_continued(doc: Document) -> set[int]:
    """The sentences that go on with an account the article rejects in one sentence (see the module notes)."""
    found: set[int] = set()
    for claim in rejected_claims(doc):
        if claim.introducer is not None:
            continue  # a block under a colon has its own extent
        first = doc.sentences[claim.index]
        for sentence in doc.sentences[claim.index + 1 :]:
            if sentence.paragraph != first.paragraph or not _goes_on(doc, sentence):
                break
            found.add(sentence.index)
    return found


def _carrier_texts(doc: Document) -> set[int]:
    """The sentences of a quotation tagged with a carrier the article calls a hoax (see the module notes)."""
    if not any(_FAKE_CARRIER.search(s.text) for s in doc.sentences):
        return set()
    found: set[int] = set()
    for sentence in doc.sentences:
        if not _CARRIER_TAG.search(sentence.text):
            continue
        start = max(sentence.index - QUOTE_OPENING_REACH, 0)
        opening = next((s for s in reversed(doc.sentences[start : sentence.index + 1]) if _OPENS.search(s.text)), None)
        if opening is None:
            continue
        named = re.search(r"\bit\s+\w+\s*\.?\s*$", sentence.text) is None or (
            opening.index > 0 and _CARRIER_NOUN.search(doc.sentences[opening.index - 1].text) is not None)
        if named:
            found.update(range(opening.index, sentence.index + 1))
    return found


@per_document  # asked by the outlook, the analysis and the recommendations of one document
def fabricated(doc: Document) -> frozenset[int]:
    """The indices of the sentences that carry what a hoax made up, as a debunk reports it (module notes): the
    quotation a fake-item announcement gives, a quotation a verdict calls fake, and a rejected carrier's account
    continued. The announcing sentence itself ("There is even a fake quote from the police.") is the article's
    own report and is not among them. Actors should drop a person every mention of whom is in these sentences,
    and Quotes a quotation any of whose sentences is."""
    spans = quote_spans(doc.article.text)
    found = _accounts_continued(doc) | _carrier_texts(doc)
    for sentence in doc.sentences:
        found |= _announced_items(doc, sentence, spans) | _judged_before(doc, sentence, spans)
    return frozenset(found)


__all__ = ["fabricated"]
