"""Claims the article reports in order to reject them: a hoax's text, a fake site's disclaimer, a rumour.

A fact-check quotes what it debunks: "A fake news website posted a variation of the hoax. It reads:" and
then the hoax's own paragraphs, or "The site has a disclaimer, which says it publishes fake news:" and
the disclaimer. Those lines are not the article's voice; a brief that files them as the outlook, the
conclusion or an unattributed quote states the hoax straight (reader Audit 10, pattern 1). This module
finds them so the analyzers can skip or attribute them.

Two forms are found:

* **A block under an introducer.** A paragraph ending in a colon introduces the paragraphs after it
  ("It reads:", "The article claimed:", "The site has a disclaimer ...:"). The block is rejected when the
  introducing paragraph calls its source a hoax, fake, false, satire, a rumour (a rejection word), or
  when the introducer gives the text of a post, article, page or site ("claimed:", "reads:", "an account
  of ...:") and the article's lead rejects something. An introducer of a picture ("This fake photo:") or
  of a third party's answer ("who confirmed the hoax in three words:") gives no rejected text. The
  block runs until a paragraph that introduces another block or gives the article's verdict ("No such
  law exists.", "That is false."), where a quotation it opens closes, or its paragraph and sentence caps.
* **A reported claim in one sentence.** The sentence's main verb is a claim verb ("claimed", "says",
  "reads") whose subject is a claim carrier (a post, message, article, site, rumour, video), and the
  claim is rejected by the sentence's own subject ("the rumour says", "a hoax post claimed", "falsely")
  or by a verdict in the article's voice within VERDICT_REACH sentences after it ("That is false.").

* **A story retold in the writer's voice** (reader Audit 11: a blog retold a viral hoax flat and only
  then said "That story ... It is a hoax."): the sentences before a verdict on what was just told ("It
  is a hoax.", "None of it is true.", "It never happened.", "there's no truth to the article"), back to
  an introducing colon or the article's start; none when an earlier verdict comes first (the article's
  own evidence follows a verdict), and never on a picture's verdict ("These photos are not real").
  Sentences about the story's spread ("That story has been all over my feed") stay. A spreader doubling
  down ("After she was told her post was based on a lie, she wrote: ...") is rejected too.

A claim made by a person and answered by another party ("X claimed the vote was rigged. The commission
said the claim was false.") is an ordinary report with a response, not a rejected claim: its subject is
a person, not a carrier, and the answer is someone else's, not the article's verdict.

Plain regular expressions and the parse already in the Document suffice: the cues are a closed list of
words, and no second model is loaded (spaCy stays in nlp/annotate.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsbrief.memo import per_document
from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.debunk_quoted import rejected_quotations

# Words by which an article rejects what it reports. "Fake" alone is also a product ("fake handbags"): it
# counts only next to a claim carrier or a block introducer, never on its own.
REJECTION = re.compile(
    r"\b(?:hoax(?:es)?|fake|faked|false|falsely|untrue|not true|bogus|fabricated|made[- ]up|made it up|"
    r"debunk(?:ed|s)?|satir(?:e|ical)|parody|myth|misinformation|disinformation|rumou?rs?|no such|"
    r"no evidence|doctored|conspiracy theor(?:y|ies)|prank|fiction(?:al)?|misleading|"
    r"(?:does not|doesn't|did not|didn't|never) exist(?:s|ed)?|no truth|never happened|not real(?! estate)|"
    # a flat verdict after a story retold: "It was never true." (Audits 29/30, a debunk read as news)
    r"(?:was|is|has) never (?:been )?true|"
    r"none of (?:it|this|that|these) (?:is|was|are|were) true|(?:is|was|are|were|'s) (?:a |an )?(?:total |complete |"
    r"utter |pure )?(?:lies?|falsehoods?|bullshit|nonsense|rubbish|baloney)|based on a lie)\b",
    re.I,
)
# Words that mark a claim as unverified or playful, not as false: a rumour report ("Now rumours suggest the
# watch will cost $500") or a "MORE: ... prank" link is not the article's verdict. They count in the
# paragraph that introduces a block, never as a verdict or as a carrier's own rejection.
_SOFT = re.compile(r"\b(?:rumou?rs?|prank|fiction(?:al)?|myth|misleading|satir(?:e|ical)|parody)\b", re.I)
# An introducer gives a text (not a photo, a video, or a third party's confirmation) when it names one.
_TEXT_INTRODUCER = re.compile(r"\b(?:reads?|says?|said|states?|stated|claim(?:s|ed)?|wr(?:ote|ites)|posted|"
                              r"disclaimer|account|message|text|statement|announcement|as follows|following)\b",
                              re.I)
# The block of a third party who answers the claim ("who confirmed the hoax in three words:") is a response.
_ANSWER = re.compile(r"\b(?:confirm(?:s|ed)?|den(?:y|ies|ied)|debunk(?:s|ed)?|explain(?:s|ed)?|clarif(?:y|ies|ied))\b",
                     re.I)
# The verdict in the article's voice after a reported claim: a rejection word in a sentence that does not
# hand the judgement to someone else ("officials said the claim was false" is their answer, not the
# article's verdict).
_HANDED_OVER = re.compile(r"\b(?:said|says|told|according to|denied|denies|insisted|argued|rejected)\b|"
                          # "The photo was debunked as a fake by several sources": their finding (FNC-1 scan)
                          r"\b(?:debunked|dismissed|exposed|identified|revealed|confirmed|shown)\b[^.]{0,40}\bby\b",
                          re.I)
# Nouns that carry a claim rather than make one: the sentence reports what they say.
CARRIERS = frozenset(
    "post posts message messages article articles story stories site website websites page meme memes video "
    "videos tweet tweets image images photo photos picture claim claims hoax hoaxes rumour rumours rumor "
    "rumors email emails headline headlines caption graphic letter blog report tale tales".split()
)
# Verbs by which a carrier makes its claim.
_CLAIM_VERBS = frozenset("claim say read state allege suggest purport assert tell warn show insist".split())
# A carrier that spread ("went viral", "circulated") makes its claim in a participle: "showing that ...".
_SPREAD_CLAIMS = _CLAIM_VERBS | {"reveal", "announce", "claim"}
# Introducers whose block is the carrier's text when the lead has already rejected something.
_CLAIM_INTRODUCER = re.compile(r"\b(?:claim(?:s|ed)?|purport(?:s|ed)?|alleg(?:es|ed)|reads?|says|said|states)\s*:$",
                               re.I)
# A block quotation ran one to three paragraphs in the fact-checks written for the tests and in the
# audited one (two paragraphs of hoax, one of disclaimer); a longer run is the article's own text again.
MAX_BLOCK_PARAGRAPHS = 3
# ... and at most this many sentences (the audited disclaimer ran six; a FNC-1 listicle's "Here's what was
# fake this week:" ran fifteen sentences of the writer's own comment).
MAX_BLOCK_SENTENCES = 8
# A reported claim is rejected by a verdict at most this many sentences after it ("A viral post claimed
# that .... That is false." is the usual order).
VERDICT_REACH = 2
# The lead: where a fact-check gives its verdict first ("An article saying ... is fake.").
LEAD = 2


@dataclass(frozen=True, slots=True)
class RejectedClaim:
    """A sentence whose content is a claim the article reports in order to reject it.

    ``index`` is the sentence's index in ``Document.sentences``; ``source`` the name of the site, post or
    person the claim belongs to when the article names one ("Daily Buzz Live"), else None; ``introducer``
    the index of the sentence that introduces the block it stands in (None for a one-sentence claim).
    """

    index: int
    source: str | None = None
    introducer: int | None = None


def _paragraphs(doc: Document) -> list[list[Sentence]]:
    groups: dict[int, list[Sentence]] = {}
    for sentence in doc.sentences:
        groups.setdefault(sentence.paragraph, []).append(sentence)
    return [groups[p] for p in sorted(groups)]


def _hard(text: str) -> bool:
    """A rejection word that says false, not merely unverified (see _SOFT)."""
    return any(not _SOFT.fullmatch(m.group(0)) for m in REJECTION.finditer(text))


# An open question ("It is not known whether the hoax was a result of mischief or a joke") judges nothing: the
# rejection word after its "whether"/"who" names what is asked about (Audit 51 #1: read as a verdict on the
# correspondent's report of people sleeping outside).
_OPEN_QUESTION = re.compile(r"\b(?:(?:is|was|are|were|remains?|remained)\s+(?:still\s+)?(?:not\s+(?:yet\s+)?"
                            r"(?:known|clear|certain)|unclear|unknown|uncertain)|no one knows|nobody knows)\b"
                            r"[^.]{0,40}?\b(?:whether|if|who|what|why|how|when|where)\b", re.I)


_QUESTION_END = re.compile(r",?\s+but\b|;|:")


def _open_question(text: str) -> bool:
    """True when every rejection word of ``text`` stands inside an open question (see _OPEN_QUESTION)."""
    asked = _OPEN_QUESTION.search(text)
    if asked is None:
        return False
    close = _QUESTION_END.search(text, asked.end())  # "..., but the message is a hoax" is a verdict again
    end = close.start() if close else len(text)
    return all(asked.end() <= m.start() < end for m in REJECTION.finditer(text))


def is_verdict(text: str) -> bool:
    """True for a sentence that rejects something in the article's own voice ("That is false."), not an open
    question about it ("It is not known whether the hoax was ...")."""
    return _hard(text) and not _HANDED_OVER.search(text) and not _open_question(text)


def _lead_rejects(doc: Document) -> bool:
    return any(REJECTION.search(s.text) for s in doc.sentences[:LEAD])


def _named_source(doc: Document, sentences: list[Sentence]) -> str | None:
    """The name of the carrier in ``sentences``: the proper nouns after "website", "site", "page" ... or
    before it ("Daily Tagus Herald, a satirical site"), else None."""
    for sentence in sentences:
        tokens = doc.sentence_tokens(sentence)
        for k, token in enumerate(tokens):
            if token.text.lower() not in CARRIERS:
                continue
            name = _proper_run(tokens[k + 1:])
            if name:
                return name
    for sentence in sentences:  # "The Adobo Times is another satire site": the named subject rejected
        if not REJECTION.search(sentence.text):
            continue
        tokens = doc.sentence_tokens(sentence)
        subject = next((t for t in tokens if t.dep == "nsubj" and t.pos == "PROPN"), None)
        if subject is not None and subject.left >= sentence.token_start:
            run = tuple(doc.tokens[subject.left : subject.i + 1])
            return " ".join(t.text for t in run if t.pos == "PROPN") or None
    return None


def _proper_run(tokens: tuple[Token, ...]) -> str | None:
    run: list[Token] = []
    for token in tokens:
        if token.pos != "PROPN":
            break
        run.append(token)
    if not run:
        return None
    return " ".join(t.text for t in run)


def _block_rejected(doc: Document, paragraph: list[Sentence]) -> bool:
    introducer = paragraph[-1].text
    if not _TEXT_INTRODUCER.search(introducer) or _ANSWER.search(introducer):
        return False
    text = " ".join(s.text for s in paragraph)
    if REJECTION.search(text):
        return True
    # With the verdict given in the lead, "The article claimed:" or "The page gave an account of her
    # death:" introduces the rejected text itself.
    carrier = any(t.text.lower() in CARRIERS for t in doc.sentence_tokens(paragraph[-1]))
    return (carrier or bool(_CLAIM_INTRODUCER.search(introducer.strip()))) and _lead_rejects(doc)


def _blocks(doc: Document) -> list[RejectedClaim]:
    """Sentences of rejected blocks under an introducing paragraph (see the module docstring)."""
    found: list[RejectedClaim] = []
    paragraphs = _paragraphs(doc)
    last_source: str | None = None
    for p, paragraph in enumerate(paragraphs):
        last_source = _named_source(doc, paragraph) or last_source
        if not paragraph[-1].text.rstrip().endswith(":") or not _block_rejected(doc, paragraph):
            continue
        introducer = paragraph[-1].index
        source = _named_source(doc, paragraph) or last_source
        found.extend(RejectedClaim(i, source, introducer) for i in _block_extent(paragraphs[p + 1:]))
    return found


_OPEN_QUOTE = re.compile(r"^[\"“‘]")
_CLOSE_QUOTE = re.compile(r"[\"”’]\W*$")


def _block_extent(after: list[list[Sentence]]) -> list[int]:
    """The sentence indices of a block quotation that starts with the paragraphs ``after``.

    It ends before a paragraph that introduces another block or gives the article's verdict, after
    MAX_BLOCK_PARAGRAPHS paragraphs or MAX_BLOCK_SENTENCES sentences, and - when it opens with a
    quotation mark - where that quotation closes.
    """
    indices: list[int] = []
    quoted = bool(after and _OPEN_QUOTE.search(after[0][0].text.strip()))
    for block in after[:MAX_BLOCK_PARAGRAPHS]:
        if block[-1].text.rstrip().endswith(":") or any(is_verdict(s.text) and _refers_back(s.text) for s in block):
            break
        for sentence in block:
            text = sentence.text.strip()
            if len(indices) >= MAX_BLOCK_SENTENCES or (quoted and indices and re.match(r"[\"”]\s", text)):
                return indices  # a quotation closed at the start of this sentence: the article speaks again
            indices.append(sentence.index)
            if quoted and _CLOSE_QUOTE.search(text):
                return indices
    return indices


# A verdict that speaks of the claim just quoted ("No such law exists.", "That is false.", "The claim is
# untrue"), as opposed to the quoted text's own words ("Its articles are works of fiction").
_REFERS_BACK = re.compile(r"^(?:no such|this|that|these|those|the (?:claim|post|message|article|story|tale|rumou?r|"
                          r"hoax|site|website|video|image|photo)s?\b|there is no|in fact|in reality|but|"
                          r"none of (?:it|this|that|these)\b)", re.I)


def _refers_back(text: str) -> bool:
    return bool(_REFERS_BACK.search(text.strip().lstrip("\"'“‘")))


def _claim_subject(doc: Document, sentence: Sentence) -> tuple[Token, tuple[Token, ...]] | None:
    """The carrier noun that is the subject of the sentence's main claim verb, with the subject's tokens."""
    tokens = doc.sentence_tokens(sentence)
    offset = sentence.token_start
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None:
        return None
    if root.lemma.lower() not in _CLAIM_VERBS and not any(
            t.head == root.i and t.dep in ("advcl", "xcomp") and t.tag == "VBG" and t.lemma.lower() in _SPREAD_CLAIMS
            for t in tokens):
        return None  # "A photo went viral showing that ..." claims through its participle (reader Audit 13)
    for token in tokens:
        if token.head == root.i and token.dep in ("nsubj", "nsubjpass") and token.text.lower() in CARRIERS:
            subject = doc.tokens[token.left : token.right + 1] if token.left >= offset else (token,)
            return token, tuple(subject)
    return None


def _inline(doc: Document, taken: set[int]) -> list[RejectedClaim]:
    """One-sentence claims of a carrier that the sentence's subject or a later verdict rejects."""
    found: list[RejectedClaim] = []
    for sentence in doc.sentences:
        if sentence.index in taken:
            continue
        subject = _claim_subject(doc, sentence)
        if subject is None:
            continue
        carrier, words = subject
        own = _hard(" ".join(t.text for t in words)) or re.search(r"\bfalsely\b", sentence.text, re.I)
        later = doc.sentences[sentence.index + 1 : sentence.index + 1 + VERDICT_REACH]
        if own or any(is_verdict(s.text) for s in later):
            name = _proper_run(tuple(doc.tokens[carrier.i + 1 : sentence.token_end]))
            found.append(RejectedClaim(sentence.index, name))
    return found


# The truth a debunk sets against a death or harm hoax, in the article's voice (reader Audit 18: "But X is
# alive: he tweeted on Sunday" was the news, and the walk back from a later verdict swallowed it as hoax).
TRUTH = re.compile(r"\b(?:is|are|was|'s) (?:still |very much |actually |in fact )?(?:alive|alive and well|"
                   r"safe and well|not dead)\b|\b(?:is|are|was|'s) (?:still |very much )?(?:with us|breathing)\b", re.I)


# Uses of the rejection words that judge nothing ("It was a false alarm", "The team is made up of ...").
_INNOCENT = re.compile(r"\bfalse (?:alarms?|starts?|positives?|negatives?|passports?|names?|identit(?:y|ies)|teeth|"
                       r"hopes?|dawn|sense|economy|modesty|ceilings?|imprisonment|accounting)\b|\bmade[- ]up of\b",
                       re.I)


def debunk_verdict(text: str) -> bool:
    """:func:`is_verdict` without the rejection words that judge nothing ("a false alarm", "made up of"); the
    truth that answers a death or a harm hoax ("But he is alive and well") counts too (reader Audit 18)."""
    return is_verdict(_INNOCENT.sub(" ", text)) or bool(TRUTH.search(text) and not _HANDED_OVER.search(text))


def calls_false(text: str) -> bool:
    """Like :func:`debunk_verdict`, but a softer word counts too ("a satire site", "the rumour")."""
    cleaned = _INNOCENT.sub(" ", text)
    return bool(REJECTION.search(cleaned)) and not _HANDED_OVER.search(cleaned)


# The subject of a verdict on a story the article has just told. Stricter than _REFERS_BACK: "But on
# Thursday, thanks to fake tweets, people thought ..." rejects the tweets, not the paragraph before it
# (FNC-1 scan).
_TOLD_BACK = re.compile(r"^(?:(?:but|and|so|sadly|unfortunately|however),? )?(?:no such|this|that|these|those|it|"
                        r"there(?: is|'s) no|in (?:fact|reality)|none of (?:it|this|that|these)|the (?:claim|post|"
                        r"message|article|story|tale|rumou?r|report|hoax)s?)\b", re.I)


# A verdict on a picture ("These photos, too, are not real. They are renderings.") rejects the picture,
# not the report told before it (FNC-1 scan: a tech rumour report).
_ON_A_PICTURE = re.compile(r"^(?:this|that|these|those|the)\s+(?:\w+\s+)?(?:photo|image|picture|rendering|video|"
                           r"pic|screenshot)s?\b", re.I)


def back_verdict(text: str) -> bool:
    """A verdict in the article's voice on what it has just told ("It is a hoax.", "None of it is true.")."""
    opening = text.strip().lstrip("\"'“‘")
    return bool(_TOLD_BACK.search(opening)) and not _ON_A_PICTURE.search(opening) and debunk_verdict(text)


def _about_the_story(doc: Document, sentence: Sentence) -> bool:
    """True for a sentence about the story's spread rather than its content ("The tale has been shared
    half a million times"): its subject is a claim carrier."""
    tokens = doc.sentence_tokens(sentence)
    return any(t.dep in ("nsubj", "nsubjpass") and t.text.lower() in CARRIERS and doc.tokens[t.head].dep == "ROOT"
               for t in tokens)


def _story_that(doc: Document, sentence: Sentence) -> bool:
    """True for a sentence whose carrier subject opens the story with its "that" clause ("Then came the story
    that a burger chain would sell cannabis"): the story starts here (reader Audit 19: a column that told a
    true story before the hoax it debunks)."""
    tokens = doc.sentence_tokens(sentence)
    return any(t.dep in ("nsubj", "nsubjpass") and t.text.lower() in CARRIERS and doc.tokens[t.head].dep == "ROOT"
               and any(c.head == t.i and c.dep in ("acl", "ccomp") and any(
                   m.head == c.i and m.dep == "mark" and m.text.lower() == "that" for m in tokens) for c in tokens)
               for t in tokens)


def _told_before(doc: Document, start: int, first_paragraph: int, taken: set[int]) -> list[int]:
    """The sentences of the story told before sentence ``start``, back to an introducing colon, the start
    of the article or ``first_paragraph``; none when an earlier verdict comes first (what follows a
    verdict is the article's own evidence: "It is a hoax. ... The photo is a stock image.")."""
    story: list[int] = []
    for sentence in reversed(doc.sentences[:start]):
        text = sentence.text.rstrip()
        if sentence.paragraph < first_paragraph or text.endswith(":"):
            break  # an introducer may call the story a hoax itself ("Hoax alert: ... (typos in the original):")
        if is_verdict(text) or sentence.index in taken or TRUTH.search(text):
            return []  # a verdict or the truth ("But he is alive") is the article's evidence, not the story
        if not _about_the_story(doc, sentence):
            story.insert(0, sentence.index)
        elif _claim_subject(doc, sentence) is not None or _story_that(doc, sentence):
            # "A video circulated on Monday claiming that ...": the story starts here; what comes before
            # is the writer's scene-setting (reader Audit 13), not the story
            story.insert(0, sentence.index)
            break
    return story


def _retold(doc: Document, taken: set[int]) -> list[RejectedClaim]:
    """A story retold flat in the writer's voice and then called false (reader Audit 11: "A priest was
    dead for 48 minutes ... That story ... is a hoax."): the sentences before a paragraph that gives a
    verdict on what it has just told, back to an introducing colon, an earlier verdict or
    MAX_BLOCK_PARAGRAPHS paragraphs (a blog's line breaks may glue the introducer and the story into one
    paragraph, so the walk goes sentence by sentence). Sentences about the story's spread ("The tale has
    been shared ...") are the article's own report and stay."""
    found: list[RejectedClaim] = []
    for p, paragraph in enumerate(_paragraphs(doc)):
        verdict = next((k for k, s in enumerate(paragraph) if back_verdict(s.text)), None)
        # The verdict may follow a sentence on the story's spread or another verdict in its paragraph.
        if verdict is None or not all(_about_the_story(doc, s) or is_verdict(s.text) for s in paragraph[:verdict]):
            continue
        story = _told_before(doc, paragraph[0].index, p - MAX_BLOCK_PARAGRAPHS, taken)
        found.extend(RejectedClaim(i) for i in story[-MAX_BLOCK_SENTENCES:])
        taken.update(story)
    return found


# A spreader who doubles down after being told the story is false ("After she was informed that her post
# is based on a lie, the blogger wrote: ... I believe it truly will!", reader Audit 11): the text after
# the colon restates the rejected claim. Only with a leading "after", "although" ... clause that carries
# the rejection, so that "The ministry said the report was false: no troops ..." (a denial) stays.
_DOUBLES_DOWN = re.compile(r"^(?:after|although|though|even though|despite|when|once)\b(?P<clause>[^:]{0,200}),"
                           r"[^:,]{0,80}\b(?:wrote|posted|replied|responded|tweeted|insisted|doubled down)\s*:\s*\S",
                           re.I)


def _doubled_down(doc: Document, taken: set[int]) -> list[RejectedClaim]:
    """Sentences in which a spreader restates a claim after being told it is false (see _DOUBLES_DOWN)."""
    found: list[RejectedClaim] = []
    for sentence in doc.sentences:
        match = _DOUBLES_DOWN.search(sentence.text.strip())
        if match and sentence.index not in taken and _hard(match.group("clause")):
            found.append(RejectedClaim(sentence.index))
    return found


# A statement the rejected report attributes to someone ("'The home was entered by police ...,' a police
# spokesperson told the site", reader Audit 18): the speaker "told" the fake site, not the world, so the words
# are the report's, and as invented as its claim. Only a carrier named by a common noun ("the site", "the
# story"): a named one ("told the Liverpool website", "according to the police report"; CNN/DM, XSum) is the
# article's own source, and "tells the story of" is no speech.
_TOLD_CARRIER = re.compile(r"\b(?:told|according to|quoted by|speaking to) (?:the|that|this) (?:same |bogus |fake |"
                           r"phony |hoax |viral |original )?(?:site|website|story|report|article|page|blog|post|"
                           r"outlet)\b", re.I)
# The article calls a report fake in its own words ("the bogus story", "a fake copy of a news site").
_FAKE_REPORT = re.compile(r"\b(?:bogus|fake|phony|phoney|false|fabricated|made-up|hoax|satirical|spoof) "
                          r"(?:\w+ )?(?:story|report|article|site|website|news site|post|page|copy)\b", re.I)


def fake_report(doc: Document) -> str | None:
    """The article's own name for the report it calls fake ("bogus story"), or None when it calls none fake."""
    for sentence in doc.sentences:
        match = _FAKE_REPORT.search(sentence.text)
        if match and not _HANDED_OVER.search(sentence.text[: match.start()]):
            return match.group(0).lower()
    return None


def _told_the_carrier(doc: Document, taken: set[int]) -> list[RejectedClaim]:
    """Sentences of speech told to the report the article calls fake (see _TOLD_CARRIER)."""
    name = fake_report(doc)
    if name is None:
        return []
    return [RejectedClaim(s.index, f"the {name}") for s in doc.sentences
            if s.index not in taken and _TOLD_CARRIER.search(s.text)]


@per_document  # the context, the quotes and the conclusion each ask for one document's (session 20's profile)
def rejected_claims(doc: Document) -> tuple[RejectedClaim, ...]:
    """The sentences whose content is a claim the article reports in order to reject it, in text order (the
    answer is remembered for the last few documents; see :func:`_rejected_claims`)."""
    return _rejected_claims(doc)


def _rejected_claims(doc: Document) -> tuple[RejectedClaim, ...]:
    """The sentences whose content is a claim the article reports in order to reject it, in text order.

    Covers a hoax's or fake site's text quoted as a block under "It reads:" or "The article claimed:", a
    satire site's disclaimer, and a one-sentence report of a post's or rumour's claim that the article
    rejects ("The rumour says ...", "A viral post claimed ... . That is false."). Each carries the source
    it belongs to when the article names one.
    """
    blocks = _blocks(doc)
    taken = {c.index for c in blocks}
    inline = _inline(doc, taken)
    taken.update(c.index for c in inline)
    retold = _retold(doc, taken)  # adds its own sentences to taken
    told = _told_the_carrier(doc, taken)
    taken.update(c.index for c in told)
    doubled = _doubled_down(doc, taken)
    taken.update(c.index for c in doubled)
    # a quoted piece answered "Sounds believable, right? Wrong." or called fake news (reader Audit 19)
    quoted = [RejectedClaim(i) for i in sorted(rejected_quotations(doc) - taken)]
    return tuple(sorted(blocks + inline + retold + told + doubled + quoted, key=lambda c: c.index))


def rejected_indices(doc: Document) -> frozenset[int]:
    """The indices of :func:`rejected_claims`, for analyzers that only skip them."""
    return frozenset(c.index for c in rejected_claims(doc))
