"""What the body of a piece shows about its genre when its surface misleads (session 16).

Four shapes were misread by the genre rules:

- **Rhetorical questions in runs.** An argument essay pasted one sentence a line ("Who will pay for it?" / "Not the
  club ..." / "Is a steward's shift a career?" / "Does a burger stall count as regeneration?") has a dozen questions
  standing as paragraphs, and the Q&A rule counted each one followed by a statement as a turn. A Q&A's questions are
  turns: each is answered before the next is asked. An essay asks in runs (two questions in a row) and asks more
  questions than it answers as turns (:func:`asks_in_runs`).
- **A correspondent's sidebar.** A third-person report followed by a named correspondent's box ("Nadia Karim, BBC
  News, Damascus" / "I saw people running ...") is news: the genre is the body's, and the box's "I" is no stance
  and no witness of the report's writer (:func:`sidebar_start`).
- **A verdict headline.** "Closing the village libraries is a false economy" argues (:func:`headline_verdict`).
- **Judgements of others' conduct.** A media critic's "earns no self-awareness points", "a bizarre claim" and
  sarcastic praise ("Bravo, Courier.", "Truly a beacon of restraint") judge without "I" or "should"
  (:func:`judges_conduct`).
- **Tips.** An advice piece gives the reader imperative tips ("Get your people together early.", "Make sure you
  pick a place ...", "Don't forget ..."). It argues nothing: the genre set has no how-to label, and a reader calls
  such a service piece a feature rather than an opinion piece (:func:`gives_tips`). The imperatives a column argues
  with ("Consider the golf course", "Imagine a county ...", "Look at the figures") are no tips.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsbrief.models import Document, Sentence

# ---------------------------------------------------------------- rhetorical questions in runs

# Runs of two questions in a row that make the questions rhetorical: the session 16 stadium essay has four; the FAQ
# explainers of the session 15c and 16 cases (four subheads, each answered) have none, and an interview's labelled
# turns are read before this rule (nlp/transcript.py).
MIN_RUNS = 2
_QUOTE_OPEN = "\"“'‘"


def _asks(sentence: Sentence) -> bool:
    text = sentence.text.strip()
    return text.endswith("?") and text[:1] not in _QUOTE_OPEN


def asks_in_runs(doc: Document) -> bool:
    """True when the writer's questions come in runs (a question right after a question, MIN_RUNS times or more):
    an essay's rhetorical questions, not an FAQ's subheads, each answered before the next is asked."""
    runs = sum(1 for before, after in zip(doc.sentences, doc.sentences[1:], strict=False)
               if _asks(before) and _asks(after))
    return runs >= MIN_RUNS


# A questions-and-answers piece answers each question in a few paragraphs before it asks the next; an essay of a
# hundred paragraphs that stops three times to ask "How long will it take ...?" is no Q&A (Audit 36 #6, a
# 4,500-word first-person essay, read as one). Above this many paragraphs per question paragraph the questions are
# asides. Set well above the explainers of the tests and the main-point set (under 6 paragraphs per question).
PARAGRAPHS_PER_QUESTION = 15


def rhetorical_asides(doc: Document, questions: int) -> bool:
    """True when the writer's ``questions`` (question paragraphs) are asides, not turns: asked in runs
    (:func:`asks_in_runs`) or too few for the article's length (see PARAGRAPHS_PER_QUESTION)."""
    paragraphs = len({s.paragraph for s in doc.sentences})
    return paragraphs > PARAGRAPHS_PER_QUESTION * max(questions, 1) or asks_in_runs(doc)


# ---------------------------------------------------------------- a correspondent's sidebar

# "Nadia Karim, BBC News, in the capital", "By Lina Sinjab, BBC News, Damascus": a name, then an outlet or a place,
# standing as a line of its own with no sentence end.
_SIDEBAR_BYLINE = re.compile(
    r"^(?:By\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s*,\s*[^.!?,]{2,40}(?:,\s*[^.!?,]{2,40})?$")
_I = re.compile(r"\b(?:I|I'm|I've|I'd|me|my)\b")
# The box follows the body: a byline in the first half of the text heads the whole piece.
SIDEBAR_FROM = 0.5


def sidebar_start(doc: Document) -> int | None:
    """The index of a correspondent's byline that opens a first-person box after a body without "I", else None."""
    sentences = doc.sentences
    for sentence in sentences[int(SIDEBAR_FROM * len(sentences)):]:
        text = sentence.text.strip()
        if not _SIDEBAR_BYLINE.match(text) or len(text.split()) > 10:
            continue
        after = sentences[sentence.index + 1:]
        before = sentences[: sentence.index]
        if after and any(_I.search(s.text) for s in after) \
                and not any(_I.search(s.text) and s.text[:1] not in _QUOTE_OPEN for s in before):
            return sentence.index
    return None


# The outlet's call for readers' stories after a report: questions to the reader ("Have you had a donation blocked?",
# "Were you affected?") followed by the form's terms ("Your comments may be published", "include your e-mail
# address"). A BBC report on blocked charity payments ended on such a form, and its questions and "Readers should
# form their own views ..." read as the writer's argument (labelled set: haiti_bbc/2010-01-16/105, read as opinion).
# The terms are required: a column's closing questions to the reader are its own.
_CALLOUT_QUESTION = re.compile(r"^(?:(?:and|so|or),? )?(?:have|has|did|do|are|were|was|is|would|could) (?:you|your)\b"
                               r"[^?]*\?\s*$", re.I)
_FORM_TERMS = re.compile(r"\byour (?:comments?|e-?mail|details|stories|experiences?|name and location|contact)\b|"
                         r"\b(?:comments|emails|contributions) (?:will|may) (?:be|also be|not be)\b|"
                         r"\b(?:get in touch|send us|e-?mail us|contact us)\b", re.I)
CALLOUT_FROM = 0.5  # the form follows the report: questions in its first half are the piece's own


def callout_start(doc: Document) -> int | None:
    """The index of the first question of the outlet's call for readers' stories closing the article (see
    _CALLOUT_QUESTION), when the form's terms (_FORM_TERMS) follow it; else None."""
    sentences = doc.sentences
    # The last sentence with the form's terms, found once: a question before it has terms after it (scanning the rest
    # of the text for each question took seconds on a page of short questions, 50,000 characters).
    last_terms = next((s.index for s in reversed(sentences) if _FORM_TERMS.search(s.text)), -1)
    for sentence in sentences[int(CALLOUT_FROM * len(sentences)):last_terms + 1]:
        if _CALLOUT_QUESTION.match(sentence.text.strip()) and sentence.text[:1] not in _QUOTE_OPEN:
            return sentence.index
    return None


# A link to another story left at the end of the text: a lone closing question none of whose nouns the article uses
# elsewhere ("The pun - ancient artform, or the lowest form of wit?" under a report on an oil-spill inquiry, Audit 50
# #2: with a question headline it made the report an opinion piece). A writer's closing question is about the story,
# so it shares its nouns ("Would you hand them another forty million pounds?" after a column on forty million spent).
_NOUNS = frozenset({"NOUN", "PROPN"})


def unrelated_close(doc: Document) -> int | None:
    """The index of a closing one-sentence question paragraph about nothing the article names (see _NOUNS), else
    None."""
    if len(doc.sentences) < 4:
        return None
    last = doc.sentences[-1]
    if doc.sentences[-2].paragraph == last.paragraph or not last.text.rstrip("\"”’' ").endswith("?"):
        return None
    nouns = {t.lemma.lower() for t in doc.sentence_tokens(last) if t.pos in _NOUNS and t.text.isalpha()}
    elsewhere = {t.lemma.lower() for s in doc.sentences[:-1] for t in doc.sentence_tokens(s) if t.pos in _NOUNS}
    return last.index if nouns and not nouns & elsewhere else None


def body_end(doc: Document) -> int:
    """Where the writer's body ends: before a correspondent's box (:func:`sidebar_start`), the outlet's call-out form
    (:func:`callout_start`) or a closing link to another story (:func:`unrelated_close`)."""
    ends = (sidebar_start(doc), callout_start(doc), unrelated_close(doc))
    return min((end for end in ends if end is not None), default=len(doc.sentences))


# ---------------------------------------------------------------- judgements of others' conduct

_CONDUCT = re.compile(
    r"\bearns? (?:\w+ )?(?:no|zero|few|little) (?:[\w-]+ ){0,2}points\b|"
    r"\b(?:a|an|the|this|that) (?:(?:truly|frankly|rather|quite|most) )?(?:bizarre|baffling|curious|strange|odd|"
    r"astonishing|breathtaking|dubious|disingenuous|self-serving|tone-deaf|laughable|specious|spurious) "
    r"(?:claim|argument|assertion|charge|complaint|lecture|defen[cs]e|excuse|position|logic|take|thing to say)\b|"
    r"\b(?:is|was) (?:a bit |more than a little )?rich (?:coming )?from\b|\b(?:no|without a|lacks? any|not a) "
    r"(?:hint|trace|shred|ounce|flicker) of (?:irony|self-awareness|shame)\b|"
    r"\b(?:lacks?|lacking|a lack of) (?:any |all )?self-awareness\b", re.I)
# Sarcastic praise of the target: "Bravo, Courier.", "Truly a beacon of restraint." (it argues, but is no verdict to
# lead with: the reader needs the judgement it mocks with).
_SARCASTIC_PRAISE = re.compile(
    r"^(?:bravo|kudos|hats off|well done|nice work|good job|congratulations),? (?-i:[A-Z])[\w'’. ]{0,30}[.!]$|"
    r"^(?:truly|surely|clearly) (?:a|an|the) (?:beacon|model|paragon|triumph|masterclass|pillar) of\b", re.I)


def judges_conduct(text: str) -> bool:
    """True when the writer's sentence judges what others did or said (a media critic's verdicts, sarcasm)."""
    return bool(_CONDUCT.search(text) or _SARCASTIC_PRAISE.search(text.strip()))


def conduct_verdict(text: str) -> bool:
    """True when the writer's sentence is a verdict on others' conduct ("earns no self-awareness points", "a
    bizarre claim"): an opinion piece's point, as a thesis is (genre.main_point)."""
    return bool(_CONDUCT.search(text))


# A headline that passes a verdict with a copula ("Closing the village libraries is a false economy", "The plan is no
# answer"): headlinese drops the copula for news ("Water bills to rise"), so an "is a"/"is no" judgement in lower
# case is the writer's. A person's new state ("The Queen is a great-grandmother again") and quoted headlines are news.
_HEADLINE_VERDICT = re.compile(r"^[^\"“”:|]{3,80}?\b(?:is|are)(?:n't| not)? (?:a|an|no) (?-i:[a-z])[\w-]+"
                               r"(?: [\w-]+){0,5}$(?<!\bagain)", re.I)


def headline_verdict(line: str) -> bool:
    """True when a headline or standfirst passes a verdict with a copula ("X is a false economy")."""
    return bool(_HEADLINE_VERDICT.match(line.strip().rstrip(".")))


# ---------------------------------------------------------------- tips

# Imperatives a column argues with ("Consider the golf course"), not tips to the reader.
_ARGUING_IMPERATIVES = frozenset({"consider", "imagine", "look", "take", "remember", "think", "note", "compare",
                                  "recall", "picture", "suppose", "say", "let"})
_OPENERS = frozenset({"finally", "first", "second", "third", "next", "then", "also", "and", "above", "most",
                      "importantly", "lastly", "always", "never", "just", "so", "now"})
# Tips in at least this many paragraphs, and this share of the writer's own sentences: tuned on the session 16
# family-reunion tips (6 tips in 6 of 8 paragraphs, 6 of 13 sentences), against the wash-hands column (one call).
MIN_TIP_PARAGRAPHS = 3
TIP_SHARE = 0.3


def _tip(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence opens with an imperative addressed to the reader ("Get ...", "Don't forget ...")."""
    tokens = [t for t in doc.sentence_tokens(sentence) if t.pos not in ("PUNCT", "SPACE", "X")
              and not t.text[:1].isdigit()]
    while tokens and tokens[0].text.lower() in _OPENERS:
        tokens = tokens[1:]
    if len(tokens) >= 2 and tokens[0].text.lower() in ("do", "don't", "don’t") and tokens[1].text.lower() in (
            "n't", "n’t", "not"):
        tokens = tokens[2:]
    if not tokens:
        return False
    verb = tokens[0]
    if verb.tag != "VB" or verb.text.lower() in _ARGUING_IMPERATIVES:
        return False
    subjects = [t for t in doc.sentence_tokens(sentence) if t.head == verb.i and t.dep in ("nsubj", "nsubjpass")]
    return verb.dep == "ROOT" and not subjects


def gives_tips(doc: Document, own: list[Sentence]) -> bool:
    """True when the writer's own sentences give the reader tips: imperatives opening sentences in
    MIN_TIP_PARAGRAPHS paragraphs and TIP_SHARE of the sentences."""
    tips = [s for s in own if _tip(doc, s)]
    return len({s.paragraph for s in tips}) >= MIN_TIP_PARAGRAPHS and len(tips) >= TIP_SHARE * len(own)


__all__ = ["asks_in_runs", "body_end", "callout_start", "conduct_verdict", "gives_tips", "headline_verdict",
           "judges_conduct", "sidebar_start", "unrelated_close"]
