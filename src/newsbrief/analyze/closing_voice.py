"""Whose words a closing sentence is: a source's frame is put on a close only when the sentence surely carries
on that source's speech (reader Audit 25, docs/audit.md 26.3 and 26.4 pattern 2).

The borrowed-voices pass (``analyze/voices.py``) opens a sentence that carries on someone's words with its
source: "[According to the report, t]he money went to the campaign". The attribution stage carries a voice
generously (a report's findings run on through its paragraph and into the next; an interview's answer runs
on), which is right for the middle of a story, where a retold report goes on for sentences. The close of a
piece is different: it is where the writer steps back and speaks in their own voice. Audit 25 found two
closes framed wrongly:

- "[According to the statement, t]he group has also been responsible for the assassination of journalists",
  the writer's background two sentences after the statement was cited for other facts;
- "[According to Mohammed Islam, n]ew York ... probably should have, as well", the writer's own verdict given
  to the interviewee.

So a closing sentence keeps a carried frame only when it lies inside the source's quotation, or when the
sentence right before it, in the same paragraph, is the same source's and the closing one goes on in reported
form: not the writer's present-time background (a present perfect, "has also been responsible for", where
reported speech would read "had been") and not a verdict ("should have", "probably", "clearly"). Otherwise it
is shown as the writer's.

The writer's own sentence (``nlp.voices.writers_own``: a verdict, a hedge, a present perfect) already ends a
report's carried voice in the attribution stage (session 17), so no section frames it. The close adds the stricter
chain rule below: in the middle of a story a report's findings may run on into the next paragraph (the
attribution stage allows that once the report has been told over two sentences), but a close that is not chained
to its source inside its own paragraph is the writer stepping back.

**Whose words a closing quotation is, for the conclusion: a speech verb, or an inverted attribution.**

The shared speech-verb list (``quote_marks.SPEECH``) holds the verbs of ordinary attribution. Wire copy often
names a correspondent with a verb outside it, put right after the quotation: '"People are worried about what
comes next," reported Lee from the port.' or '... ," Lee reported.' Read as a quote with no speaker, such a
line could not close the brief, and neither could the quotation it runs on into in the next paragraph: reader
Audit 34 #6 closed on the colour line before them. Here a verb ending in "-ed" or "-s" right after the closing
mark and a comma, with a name (or "he"/"she") on either side of it, also names the speaker; only in a sentence
that opens with a quotation, so "reported" in a reporter's own sentence ("The firm reported a loss") is no
attribution.
"""

from __future__ import annotations

import re

from newsbrief.analyze.context import Context
from newsbrief.analyze.openings import quote_continuation
from newsbrief.analyze.quote_marks import SPEECH
from newsbrief.models import Document, Sentence
from newsbrief.nlp.quotations import quote_spans
from newsbrief.nlp.reader_questions import answer_mark
from newsbrief.nlp.speakers import UNNAMEABLE
from newsbrief.nlp.voices import writers_own

# A judgement of the past: "should have checked", "would have spared everyone" (not "should have to").
_COUNTERFACTUAL = re.compile(r"\b(?:should|could|would|must|might|ought to)(?:\s+(?:not|never|n't|also|really|"
                             r"well|probably))*\s+(?:have|'ve)\s+\w+(?<!\bto)\b", re.I)


def judges_past(text: str) -> bool:
    """Whether the sentence judges what was or was not done ("A quick check would have spared everyone the
    embarrassment"): the writer's verdict, which a close may end on; its "should" recommends nothing."""
    return bool(_COUNTERFACTUAL.search(text))


# How far back a chain of the same source's sentences is followed: a closing paragraph runs one to four
# sentences (conclusion.WINDOW_SENTENCES).
CHAIN_REACH = 3


def _quoted(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence lies inside a quotation that opens before it (the source's own words)."""
    return any(start < sentence.start and sentence.end - 1 <= end for start, end in quote_spans(doc.article.text))


def frame_holds(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """Whether a closing ``sentence`` whose voice is carried on from a source (not named in the sentence
    itself) surely continues that source's speech, so the close may say "[According to X, ...]"."""
    voice = ctx.voice_of(sentence.index)
    if voice.voice == "reporter" or voice.explicit:
        return True  # nothing is carried: the pass adds no frame, or names a "he said" the sentence has
    if _quoted(doc, sentence) or answer_mark(sentence.text.strip()):
        return True  # the source's own words, or a Q&A answer told in its expert's name ("A: ...")
    if writers_own(doc, sentence):
        return False
    current = sentence
    for _ in range(CHAIN_REACH):
        if current.index == 0:
            return False
        previous = doc.sentences[current.index - 1]
        if previous.paragraph == sentence.paragraph and answer_mark(previous.text.strip()) \
                and ctx.voice_of(previous.index).speaker == voice.speaker:
            return True  # the rest of the expert's answer
        before = ctx.voice_of(previous.index)
        if previous.paragraph != sentence.paragraph and _answered(doc, ctx, sentence, voice.speaker):
            return True  # an interview's answer, after the question put to its speaker (Audit 41 #6)
        if previous.paragraph != sentence.paragraph or before.speaker != voice.speaker:
            return False  # across a paragraph break, or after someone else's words: the writer's again
        if before.explicit or _quoted(doc, previous):
            return True
        current = previous
    return False


# How far back an interview's answer is followed to its question or its label: Audit 41 #6's last answer ran eleven
# one-sentence paragraphs after its "Nastaran:" label.
ANSWER_REACH = 12


def _answered(doc: Document, ctx: Context, sentence: Sentence, speaker: str | None) -> bool:
    """Whether ``sentence`` lies in an interview's answer: the sentences before it are the same speaker's, back to
    the question put to them (see :func:`_asked`), whatever the paragraphs."""
    for index in range(sentence.index - 1, max(-1, sentence.index - ANSWER_REACH), -1):
        previous = doc.sentences[index]
        if _asked(doc, previous, speaker) or (bool(speaker) and previous.text.lstrip("\"“").startswith(
                f"{(speaker or '').split()[-1]}:")):
            return True  # the question put to the speaker, or the label opening the answer ("Nastaran: ...")
        if ctx.voice_of(index).speaker != speaker:
            return False
    return False


def answer_speaker(doc: Document, ctx: Context, shown: list[Sentence]) -> str | None:
    """The interviewee whose answer a close of several sentences is, to name it ("[Nastaran:] ..."): the borrowed-
    voices pass names only a close of one sentence, and an answer shown bare reads as the writer's (Audit 41 #6)."""
    voices = [ctx.voice_of(s.index) for s in shown]
    speaker = voices[0].speaker if voices else None
    if len(shown) < 2 or not speaker or speaker.lower() in UNNAMEABLE \
            or any(v.voice != "person" or v.explicit or v.speaker != speaker for v in voices):
        return None
    return speaker if _answered(doc, ctx, shown[0], speaker) else None


def _asked(doc: Document, question: Sentence, speaker: str | None) -> bool:
    """Whether ``question`` is an interviewer's question in a paragraph of its own, and the interview's answers
    elsewhere open on the label of ``speaker`` ("Mara: Nobody, really."): the paragraph after it is the answer,
    told in the speaker's name though no label opens it (a Q&A by email, reader Audit 41 #6)."""
    if not speaker or not question.text.rstrip("\"”’' ").endswith("?") or any(
            s.paragraph == question.paragraph and s.index != question.index for s in
            doc.sentences[max(0, question.index - 1) : question.index + 2]):
        return False
    label = f"{speaker.split()[-1]}:"
    return any(s.text.lstrip("\"“").startswith(label) for s in doc.sentences)


_FIRST_PERSON = frozenset({"i", "we"})


def writers_close(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """Whether the sentence is the writer's own closing action or verdict: the main clause's subject is the
    writer's "I" or "we", outside any quotation ("I left a large tip.", "We found no loathing of the British").
    A column's last such line is its close, however flat it reads: reader Audit 25 #6 showed the colour detail
    before it (the oyster shucker's "momentary look of murder") because that one held a forward-looking word."""
    if ctx.voice_of(sentence.index).voice != "reporter" or _quoted(doc, sentence) \
            or any(mark in sentence.text for mark in "\"“”"):
        return False
    root = next((t for t in doc.sentence_tokens(sentence) if t.dep == "ROOT"), None)
    return root is not None and (any(k.dep in ("nsubj", "nsubjpass") and k.text.lower() in _FIRST_PERSON
                                     for k in doc.children(root)) or closing_order(doc, sentence))


def closing_order(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence is the writer's order to a reader or an addressee: its main verb in the base form
    with no subject but one set off by a comma ("Hollywood parents, take note.", "Just get it done."; reader
    Audits 39 #12 and 40 #6 passed them over as flat lines for the sentence before). Not a question."""
    text = sentence.text.strip()
    root = next((t for t in doc.sentence_tokens(sentence) if t.dep == "ROOT"), None)
    if root is None or root.tag != "VB" or text.endswith("?") or any(m in text for m in "\"“”") \
            or root.i != _first_verb(doc, sentence):
        return False
    children = doc.children(root)
    if any(k.dep in ("aux", "auxpass", "expl", "mark") for k in children):
        return False  # "to take note", "do take note?" read otherwise
    tokens = {t.i: t for t in doc.sentence_tokens(sentence)}
    # a subject is an addressee only when a comma sets it off from the verb
    return all(k.dep not in ("nsubj", "nsubjpass") or tokens.get(root.i - 1, root).text == "," for k in children)


def _first_verb(doc: Document, sentence: Sentence) -> int:
    return next((t.i for t in doc.sentence_tokens(sentence) if t.pos in ("VERB", "AUX")), -1)


# Someone else's first-person account, introduced by the writer: "Nadia Fahmy, a teacher who marched every day,
# sent this account.", "Here is her report:", then (often after the columnist's own sign-off line) the account in
# its author's "I" and "we". Shown as the close with no narrator it reads as the writer's own (reader Audit 27 #6).
# The introduction presents the text that follows ("this", "the following", "her"), and ends its paragraph: "My
# neighbour sent me a letter about it" in a columnist's own paragraph introduces nothing.
_ACCOUNT_INTRO = re.compile(r"\b(?:sent|wrote|writes|filed|emailed|shared|posted|gave)\b (?:(?:us|me) )?(?:this|these|"
                            r"the following|her|his|their)\b[^.]{0,30}\b(?:account|report|"
                            r"letter|e-?mail|note|message|dispatch|diary|testimony)\b|\b(?:here is|here's|this is) "
                            r"(?:her|his|their) (?:own )?(?:account|report|letter|story|dispatch|testimony)\b", re.I)
_FIRST_WORD = re.compile(r"\b(?:I|I'm|I've|I'd|me|my|[Ww]e|us|[Oo]ur)\b")


def account_narrator(doc: Document, sentence: Sentence) -> str | None:
    """For a first-person close inside an account the writer introduced (see above): the account's author when the
    introduction names exactly one person, else "" (the narrator is unsure); None when the close is no such account
    (the writer's own "I", or no introduction before its paragraph)."""
    if not _FIRST_WORD.search(_unquoted(doc, sentence)):
        return None
    intro = next((s for s in reversed(doc.sentences[: sentence.index])
                  if s.paragraph < sentence.paragraph and _ACCOUNT_INTRO.search(s.text)
                  and doc.sentences[s.index + 1].paragraph > s.paragraph), None)
    if intro is None:
        return None
    names = {e.text for e in doc.entities if e.label == "PERSON" and e.sentence_index == intro.index}
    return next(iter(names)) if len(names) == 1 else _described_subject(doc, intro)


def _described_subject(doc: Document, intro: Sentence) -> str:
    """The introduction's subject when it is a name described as a person by an apposition ("Nadia Fahmy, a teacher
    who marched every day, sent ..."; the tagger may type such a name as an organisation), else ""."""
    tokens = doc.sentence_tokens(intro)
    by_index = {t.i: t for t in tokens}
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    subject = next((t for t in tokens if root is not None and t.head == root.i and t.dep == "nsubj"), None)
    if subject is None or subject.pos != "PROPN" or not any(t.head == subject.i and t.dep == "appos" for t in tokens):
        return ""
    parts = [t for t in tokens if t.head == subject.i and t.dep == "compound" and t.pos == "PROPN"]
    return " ".join(t.text for t in sorted([*parts, by_index[subject.i]], key=lambda t: t.i))


def _unquoted(doc: Document, sentence: Sentence) -> str:
    """The sentence's text with its quotations blanked (a quoted "I" is the quoted speaker's)."""
    text = sentence.text
    for start, end in quote_spans(doc.article.text):
        if start < sentence.end and end > sentence.start:
            a, b = max(start, sentence.start) - sentence.start, min(end, sentence.end) - sentence.start
            text = text[:a] + " " * (b - a) + text[b:]
    return text


# How far back an account's close may reach for the sentence that introduces its "he" or "she" ("A young officer
# came up to us ... He wanted to ... The soldiers told him to go home. He left ..."): two sentences, in its paragraph.
REFERENT_REACH = 2
_THIRD_PERSON = frozenset({"he", "him", "his", "she", "her"})


def with_referent(doc: Document, shown: list[Sentence], lead: int) -> list[Sentence]:
    """``shown`` with the sentences before it, back to the one that introduces the person its first "he"/"him" or
    "she"/"her" stands for (a singular subject before the pronoun); ``shown`` unchanged when its pronoun follows
    such a subject of its own, and empty when the introduction lies further back than REFERENT_REACH (Audit 27 #6:
    "He left ..." with the officer never introduced)."""
    found = list(shown)
    for _ in range(REFERENT_REACH + 1):
        tokens = [t for s in found for t in doc.sentence_tokens(s)]
        first = next((t for t in tokens if t.text.lower() in _THIRD_PERSON and t.pos == "PRON"), None)
        # a singular subject before it ("The soldiers at the checkpoint told him" leaves "him" open)
        if first is None or any(t.tag in ("NN", "NNP") and t.dep in ("nsubj", "nsubjpass")
                                and t.i < first.i for t in tokens):
            return found
        index = found[0].index - 1
        if index < lead or doc.sentences[index].paragraph != found[0].paragraph:
            return []
        found.insert(0, doc.sentences[index])
    return []


_NAME = r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}|he|she)"
_VERB = r"[a-z]{3,}(?:ed|s)"
# ',"' or ',”' (also '!' and '?'), then "reported Lee ..." or "Lee reported ..."
_INVERTED = re.compile(rf"[,!?][\"”]\s+(?:{_VERB}\s+{_NAME}\b|{_NAME}\s+{_VERB}\b)")


def inverted_attribution(text: str) -> bool:
    """Whether a sentence opening with a quotation names its speaker after it with a verb and a name."""
    text = text.strip()
    return text[:1] in "\"“" and bool(_INVERTED.search(text))


def names_speaker(text: str) -> bool:
    """Whether the sentence tells whose words its quotation is: a speech verb or an inverted attribution."""
    return bool(SPEECH.search(text)) or inverted_attribution(text)


def continues_quote(doc: Document, sentence: Sentence) -> bool:
    """``quote_continuation``, but a sentence with an inverted attribution names its speaker."""
    return quote_continuation(doc, sentence) and not inverted_attribution(sentence.text)
