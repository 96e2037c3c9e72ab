"""Examples, scenarios and anecdotes: sentences with a cue word that state no cause of the story's events.

Reader Audit 19 (docs/audit.md 20.4 item 10) judged half the Analysis items deletable; among them an
expert's hypothetical, a list of examples and a column's anecdote, each holding a causal cue word:
- a cause told under a modal of possibility (cause_shape.hypothetical);
- an instance named as one anywhere in the sentence ("In the north for instance the ferry was cancelled
  because ...", "..., for example."): it illustrates the story, it does not explain it;
- an example the writer asks the reader to take, imagine or consider ("Take the Garcia family, who had to move
  because ..."): an imperative whose object is the example. "Consider how quickly prices rose" argues, with a
  clause for its object, and stays;
- the writer's own anecdote, told in the first person singular outside quotation marks ("Last winter my
  neighbour sold her car because ..."): the column's story, not the news's. A speaker's "I" in a quotation
  is the speaker's own testimony and is judged as before.
Also ``with_cause_before`` and ``stamp_cut``: an item that opens on a result whose cause is the sentence
before, and an item that opens on a live page's stamp cut in half.
"""

from __future__ import annotations

import re

from newsbrief.analyze.cause_subjects import with_subject_named
from newsbrief.ingest.furniture import ends_like_sentence
from newsbrief.models import Document, Sentence, Token

# "for example" or "for instance" anywhere, "e.g.": the sentence gives an instance (extends classify's
# opening test, which missed the phrase without commas or at the end of the sentence).
EXAMPLE = re.compile(
    r"^\W*(?:(?:one|another|an|a further) (?:example|instance|case)\b|examples? (?:include|are|is)\b|"
    r"in (?:one|another) case|take the case|to take (?:one|an) example)"
    r"|\bfor (?:example|instance)\b|\be\.g\.", re.I)
# Verbs by which a writer sets an example before the reader.
_SETTING = frozenset({"take", "consider", "imagine", "picture"})
_FIRST_PERSON = frozenset({"i", "my", "me", "myself", "mine"})


# A speaker's own circumstance, "I sold my car because I could not pay the rent": it explains the
# speaker's life, not the story's events ("I resigned because the board ignored the warnings" stays).
# So is a witness's own present fear ('"We are scared right now ... because we have received messages," a listener
# texted', Audit 51 #1): testimony of a feeling; "We shut the line because we found cracks" (a decision) stays.
OWN_REASON = re.compile(r"\bI\b[^.;:!?]{0,80}\bbecause\s+(?:I|my)\b|\b(?:I|[Ww]e)\s+(?:am|are|'m|'re)\s+"
                        r"(?:so |very |really |all )?(?:scared|afraid|frightened|terrified|worried|panicked|nervous|"
                        r"anxious|upset)\b"
                        r"[^.;:!?]{0,80}\bbecause\b")


def _kids(doc: Document, token: Token, *deps: str) -> list[Token]:
    return [k for k in doc.children(token) if k.dep in deps]


def sets_example(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence opens on an imperative that sets an example before the reader ("Take the Garcia
    family, who ...", "Imagine a storm that ..."): the verb has no subject and a noun for its object; or whether it
    narrates an example the writer opened a few sentences before (:func:`in_example`)."""
    words = [t for t in doc.sentence_tokens(sentence) if t.text.isalpha()]
    if not words or in_example(doc, sentence):
        return bool(words)
    first = words[0]
    return first.lemma.lower() in _SETTING and first.tag == "VB" and first.dep == "ROOT" \
        and not _kids(doc, first, "nsubj", "nsubjpass") and any(k.pos in ("NOUN", "PROPN") for k in
                                                                  _kids(doc, first, "dobj"))


# "One of the most famous examples of ... came in the Longitude Prize", "A case in point was ...", "The best-known
# precedent of ...": the writer opens an example (reader Audit 41 #3, session 27). The sentences after it, told in the
# past with no present or future verb, narrate the example; a cause among them ("the winner was denied his cash because
# of the revolution") is the example's, not the story's. The run ends at the first sentence with a present or future
# verb ("The term is now often used ...") and after a few sentences.
_OPENS_EXAMPLE = re.compile(r"\b(?:examples?|precedents?|instances?)\s+of\b|\bcase\s+in\s+point\b", re.I)
_RUN = 4
_NOT_PAST = frozenset({"VBZ", "VBP"})
_PAST_MODALS = frozenset({"could", "would", "'d"})  # "offered a prize to anyone who could do it": past narration


def in_example(doc: Document, sentence: Sentence) -> bool:
    """Whether ``sentence`` narrates, in the past, an example opened up to four sentences before (see above)."""
    for back in range(1, _RUN + 1):
        index = sentence.index - back
        if index < 0:
            return False
        earlier = doc.sentences[index]
        if not _told_past(doc, earlier):
            return False
        if _OPENS_EXAMPLE.search(earlier.text):
            return _told_past(doc, sentence)
    return False


def _told_past(doc: Document, sentence: Sentence) -> bool:
    """No verb of the present or the future, and no quotation (a speaker's words are not the writer's narration)."""
    if any(mark in sentence.text for mark in ('"', "“", "”")):
        return False
    verbs = [t for t in doc.sentence_tokens(sentence) if t.pos in ("VERB", "AUX")]
    return bool(verbs) and not any(t.tag in _NOT_PAST or (t.tag == "MD" and t.text.lower() not in _PAST_MODALS)
                                   for t in verbs)


def _inside_quotation(doc: Document, sentence: Sentence, token: Token) -> bool:
    """Whether ``token`` stands inside a quotation opened earlier in its paragraph (quotations span sentences)."""
    opening = next(s for s in doc.sentences if s.paragraph == sentence.paragraph)
    before = doc.article.text[opening.start : token.start]
    # the dev pools' tokenised text (CNN/DM, Newsroom) marks quotations with `` and ''
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1 \
        or before.count("``") > before.count("''")


def writers_anecdote(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence is told in the writer's own first person singular outside any quotation (see the
    module's note). The caller asks only of sentences in the writer's voice."""
    return any(t.text.lower() in _FIRST_PERSON and t.tag in ("PRP", "PRP$") and not _inside_quotation(doc, sentence, t)
               for t in doc.sentence_tokens(sentence))


# A result or a consequence whose cause is the sentence before: "As a result, ...", "Consequently, ...", "This
# led to ...". "As a result of the storm" names its own cause and is no dangling opening.
_RESULT_OPENING = re.compile(
    r"^\W*(?:as a (?:result|consequence)(?! of)|consequently|because of (?:this|that)|due to (?:this|that)|"
    r"for (?:this|that|these|those) reasons?|(?:that|this) is why|therefore|thus|hence|"
    r"(?:this|that|these|those|it|which)(?: \w+)? (?:led|leads|lead|caused|causes|prompted|triggered|sparked|"
    r"meant|means|resulted|forced))\b", re.I)


# The same result told at the sentence's end: "The payouts will almost certainly increase as a result" (Audit 27:
# shown without the sentence before that gave its cause).
_RESULT_CLOSING = re.compile(r"\b(?:as a (?:result|consequence)|because of (?:this|that|it)|"
                             r"as a (?:result|consequence) of (?:this|that|it))\W*$", re.I)


# "Dr Chan said this was because ...", "That is because ...": the cause of something the sentence does not name, the
# sentence before says what "this" is (reader Audit 34 #3); shown with it, or not at all.
_REFERS_BACK = re.compile(r"\b(?:this|that)\s+(?:was|is|'s)\s+(?:\w+ly\s+)?(?:because|due\s+to|the\s+result\s+of)\b",
                          re.I)


def with_cause_before(doc: Document, pieces: list[Sentence]) -> list[Sentence] | None:
    """The statement ``pieces`` make with the sentence before it when it opens on a result whose cause that
    sentence gives ("Heavy rain fell for three days. As a result, the river burst its banks."): the pair is the
    article's own causal statement. None when there is no whole sentence before to show (then the result's
    cause is lost, and the item is not shown); the pieces unchanged when they open on no such result."""
    index = pieces[0].index
    before: Sentence | None = doc.sentences[index - 1] if index else None
    if before is not None and (not ends_like_sentence(before.text) or before.text.rstrip().endswith(":")
                               or len(before.text.split()) < 4):
        before = None  # a heading, a stamp or a label, not the cause
    if not _RESULT_OPENING.match(pieces[0].text) and not _RESULT_CLOSING.search(pieces[-1].text) \
            and not _REFERS_BACK.search(pieces[0].text):
        return with_subject_named(doc, pieces, before)  # "Some closed because ...": what "some" are (Audit 37)
    return None if before is None else [before, *pieces]


# A closing bracket with no opening one before it, a few words into the item: a live page's stamp cut in
# half at the item's front ("Monday in Libya) The defence ministry said ..."). Eight words at most: a longer
# lead-in is prose, not a stamp.
_CUT_BRACKET = re.compile(r"^[^()]{0,60}?\)\s*")
_STAMP_WORDS = 8


def stamp_cut(text: str) -> int | None:
    """Where the item starts after a cut stamp at its front (see above): the offset of the first word after the
    bracket, 0 when the item opens on no cut bracket, None when the rest is no sentence of its own (then
    the item is not shown)."""
    match = _CUT_BRACKET.match(text)
    if match is None:
        return 0
    rest = text[match.end() :]
    if len(match.group(0).split()) > _STAMP_WORDS or not rest[:1].isupper() or len(rest.split()) < 6:
        return None
    return match.end()


# An apology names the harm its speaker regrets, not the story's cause ("We're sorry for the massive
# disruption it has caused", reader Audit 12): its "caused" sits in a relative clause on the harm.
_APOLOGY = frozenset({"sorry", "apologise", "apologize", "regret"})


def apologises(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence's main predicate is an apology ("We are sorry for ...", "I regret the ...")."""
    for token in doc.sentence_tokens(sentence):
        if token.head == token.i:
            return token.lemma.lower() in _APOLOGY or any(
                t.head == token.i and t.dep == "acomp" and t.lemma.lower() in _APOLOGY
                for t in doc.sentence_tokens(sentence))
    return False
