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

The first and the last form are read only in a debunk: an article with a claim :mod:`newsbrief.nlp.debunk` rejects
or a verdict in its own voice ("It is a hoax.", "He is alive."). A news report that mentions fake tweets someone is
accused of posting, or fake news sites, quotes its sources' real words (code review, session 34: a senator's denial
and a company's letter were taken for hoax text); an accusation's object ("accused ... of posting fake tweets")
announces nothing even in a debunk, and a noun tag ('..." the letter reads.') needs its noun just before the quotation.

The analyzers give these sentences no place as a forecast, a cause or advice (classify._ranked); the Actors and
Quotes analyzers are asked to skip a person named only in them and the quotations they hold (see
:func:`fabricated`). Regular expressions over sentence text, the quotation spans and the parse already in the
Document: the cues are closed lists of words.
"""

from __future__ import annotations

import re

from newsbrief.memo import per_document
from newsbrief.models import Document, Sentence
from newsbrief.nlp.debunk import debunk_verdict, rejected_claims
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
# An announcement that tells the fake item's content itself: "a hoax message claiming she died in a crash", "a fake
# statement saying that ...". Its text is given there, so a quotation in a later sentence is another's (a police
# spokesman's, in the test's debunk). Matched at the end of the announcement (no "^": a match from an offset).
_TOLD_INLINE = re.compile(r"\s*,?\s*(?:(?:which|that)\s+)?(?:claim|say|said|stat|warn|announc|report|alleg|insist|read|"
                          r"tell|told)\w*\b", re.I)
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
# A fake item someone is accused of making is the charge's object, not a hoax text the article gives: "was accused
# ... of posting fake tweets", "charged with spreading fabricated statements" (code review, session 34: the senator's
# real denial that followed was taken for the fake tweets' text). The cue is an accusation verb earlier in the
# sentence, without a clause break between it and the fake item; _ACCUSATION finds it and the clause it opens.
_ACCUSATION_VERB = (r"\b(?:accus(?:ed|es|ing)|charg(?:ed|es|ing)|convicted|indicted|arrested|sued|suing|fined|"
                    r"blam(?:ed|es|ing)|suspected|alleg(?:ed|es|edly|ing)|investigated)\b")
_ACCUSED_BEFORE = re.compile(_ACCUSATION_VERB + r"[^.;:]*$", re.I)
_ACCUSATION = re.compile(_ACCUSATION_VERB + r"[^.;:]*", re.I)
# "fake news" names a topic ("a crackdown on fake news sites"), not a carrier the article calls fake.
_FAKE_NEWS = re.compile(r"\bfake\s+news\b", re.I)
# The noun of a carrier tag ('..." the message reads.').
_TAG_NOUN = re.compile(r"\bthe\s+(?P<noun>message|text|post|e-?mail|letter|tweet|article|note)\s+\w+\s*\.?\s*$", re.I)
# Sentences before a quotation's opening in which a noun tag's carrier must be named: the T17 hoax text was named
# in the sentence before it, and a second sentence allows "It arrived on Monday." between.
TAG_NOUN_REACH = 2
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


def _announced(doc: Document, sentence: Sentence) -> tuple[int, bool, bool] | None:
    """The offset (in the article) after which the fake item's quotation comes, whether the noun is plural and
    whether the announcement tells the item's content itself (then only a quotation inside ``sentence`` is the
    item); None when ``sentence`` announces no fake item."""
    for match in _ANNOUNCED.finditer(sentence.text):
        before = sentence.text[: match.start()]
        if _NEGATED_BEFORE.search(before) or _ACCUSED_BEFORE.search(before):
            continue
        noun = (match.group("noun") or match.group("made") or "").lower()
        plural = noun.endswith("s") and not noun.endswith(("ss", "us"))
        return sentence.start + match.end(), plural, bool(_TOLD_INLINE.match(sentence.text, match.end()))
    return None


def _announced_items(doc: Document, sentence: Sentence, spans: list[tuple[int, int]]) -> set[int]:
    """The sentences holding the quotation(s) a fake-item announcement gives (see the module notes)."""
    found = _announced(doc, sentence)
    if found is None:
        return set()
    after, plural, inline = found
    last_paragraph = sentence.paragraph + PARAGRAPH_REACH
    reach = [s for s in doc.sentences if s.index >= sentence.index and s.paragraph <= last_paragraph]
    end = sentence.end if inline or not reach else reach[-1].end
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


def _own_rejection(text: str) -> str:
    """``text`` without the uses of a rejection word that reject nothing the article reports: an accusation's
    object ("accused of posting fake tweets") and the topic "fake news" ("a crackdown on fake news sites")."""
    text = _FAKE_NEWS.sub(" ", text)
    accused = _ACCUSATION.search(text)
    return text[: accused.start()] if accused else text


def _calls_carrier_fake(text: str) -> bool:
    """Whether ``text`` calls a message, post, letter or the like fake in the article's own words."""
    return _FAKE_CARRIER.search(_own_rejection(text)) is not None


def _debunks(doc: Document) -> bool:
    """Whether the article rejects something it reports, so that a fake item it names is a hoax's text: a claim
    :mod:`newsbrief.nlp.debunk` rejects, or a verdict in the article's own voice ("He's the victim of a new death
    hoax.", "It is a hoax.", "Axl Rose is alive."). A report that merely mentions fake tweets someone is accused
    of or fake news sites is no debunk: its quotations are its sources' real words (code review, session 34)."""
    if rejected_claims(doc):
        return True
    return any(debunk_verdict(_own_rejection(s.text)) for s in doc.sentences)


def _tag_linked(doc: Document, opening: Sentence, tag: Sentence) -> bool:
    """Whether a carrier tag ('..., it said.', '..." the letter reads.') refers to a carrier named just before the
    quotation opens: "it" needs a carrier noun in the sentence before, the noun tag its own noun within
    TAG_NOUN_REACH sentences before ('"We take misinformation seriously ...," the letter reads.' after two
    sentences naming no letter is a letter the article quotes, not the fake sites it mentioned earlier)."""
    if opening.index == 0:
        return False
    noun = _TAG_NOUN.search(tag.text)
    if noun is None:  # "it said"
        return _CARRIER_NOUN.search(doc.sentences[opening.index - 1].text) is not None
    stem = re.escape(noun.group("noun").lower().replace("-", ""))
    same = re.compile(r"\b" + stem + r"s?\b", re.I)
    before = doc.sentences[max(opening.index - TAG_NOUN_REACH, 0) : opening.index]
    return any(same.search(s.text.replace("-", "")) for s in before)


def _carrier_texts(doc: Document) -> set[int]:
    """The sentences of a quotation tagged with a carrier the article calls a hoax (see the module notes)."""
    if not any(_calls_carrier_fake(s.text) for s in doc.sentences):
        return set()
    found: set[int] = set()
    for sentence in doc.sentences:
        if not _CARRIER_TAG.search(sentence.text):
            continue
        start = max(sentence.index - QUOTE_OPENING_REACH, 0)
        opening = next((s for s in reversed(doc.sentences[start : sentence.index + 1]) if _OPENS.search(s.text)), None)
        if opening is not None and _tag_linked(doc, opening, sentence):
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
    found = _accounts_continued(doc)
    for sentence in doc.sentences:
        found |= _judged_before(doc, sentence, spans)  # the verdict on the quotation is its own evidence
    if _debunks(doc):  # an announced fake item or a carrier's text only in an article that rejects something
        found |= _carrier_texts(doc)
        for sentence in doc.sentences:
            found |= _announced_items(doc, sentence, spans)
    return frozenset(found)


__all__ = ["fabricated"]
