"""Others' words the writer's voice must not absorb, and pieces built of them (reader Audit 48, issue #11).

The genre is read from the writer's own sentences, so words that are someone else's must be left out of them:

- A quotation carried over several paragraphs. A speaker quoted at length gets an opening mark on every paragraph and a
  closing mark only on the last; where the data lost some of the opening marks, the paragraphs between an unclosed
  paragraph and the lone closing mark read as the writer's, and a panel of experts' "I think"s and "We must remember"s
  made a round-up of their views an opinion piece (Audit 48 #3). A paragraph lies inside such a quotation when the
  paragraph before the run ends with a quotation left open and the run ends on a paragraph whose first mark closes it;
  a paragraph that opens and closes its own quotation, or quotes in mid-sentence, breaks the run.
- Embedded posts run into the text ("It has pulled out my goatee hairs. Hurts!— Name (@handle) October 6, 2014"):
  every sentence of a paragraph up to its last post credit is a post, and so is a copy of a post's words elsewhere.
- A run of questions ("So how will they know what you weigh? Will they ask you and trust your answer? NO") is one move
  of the writer's, not one per question: a hoax written as news that asked two at once had 2 of its 7 own sentences
  "argue" and read as an opinion piece (Audit 48 #8). A column's questions stand apart, each with its answer.

Two kinds of piece are round-ups of others' views rather than the writer's argument or a report of an event:

- The writer announces that experts were asked ("CNN spoke to some experts to hear what they think", "What follows are
  some of their thoughts") and several named people are then quoted at length (Audit 48 #3).
- Reactions posted on social media are quoted one after another, each credited to its poster ("... , @name tweeted"),
  with the writer's cues between them (Audit 48 #11, a round-up of tweets and rebuttals read as news).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbrief.analyze.genre_column import answered_by_source
from newsbrief.models import Document, Sentence

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

# Double quotation marks only: single ones are as often apostrophes. A straight mark opens after a space, a bracket or
# the paragraph's start, and closes elsewhere.
_DOUBLE = re.compile(r"[\"“”]")
CARRY_PARAGRAPHS = 12  # a long statement quoted paragraph by paragraph (Audit 48 #3: eleven paragraphs)


def _paragraphs(doc: Document) -> dict[int, list[Sentence]]:
    """The sentences of each paragraph, in order."""
    paragraphs: dict[int, list[Sentence]] = {}
    for sentence in doc.sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence)
    return paragraphs


def _marks(text: str) -> list[tuple[int, bool]]:
    """The double marks of ``text``: (offset, True for an opening mark)."""
    marks = []
    for match in _DOUBLE.finditer(text):
        char, at = match.group(0), match.start()
        opening = char == "“" or (char == '"' and (at == 0 or text[at - 1].isspace() or text[at - 1] in "([—-"))
        marks.append((at, opening))
    return marks


def _left_open(marks: list[tuple[int, bool]]) -> bool:
    """True when the last quotation opened in a paragraph is not closed in it."""
    return bool(marks) and marks[-1][1]


def carried_quotation(doc: Document) -> set[int]:
    """Indices of sentences inside a quotation carried over paragraphs whose opening marks were lost (see the module
    docstring)."""
    paragraphs = _paragraphs(doc)
    order = sorted(paragraphs)
    text = doc.article.text
    marks = {p: _marks(text[paragraphs[p][0].start:paragraphs[p][-1].end]) for p in order}
    inside: set[int] = set()
    for at, paragraph in enumerate(order):
        if not _left_open(marks[paragraph]):
            continue
        bare: list[int] = []
        for later in order[at + 1: at + 1 + CARRY_PARAGRAPHS]:
            found = marks[later]
            if not found:
                bare.append(later)
                continue
            first_at, opening = found[0]
            if not opening:  # the lone closing mark ends the run: the bare paragraphs before it were quoted
                closer = paragraphs[later][0].start + first_at
                inside.update(s.index for p in bare for s in paragraphs[p])
                inside.update(s.index for s in paragraphs[later] if s.start < closer)
                break
            if first_at != 0 or not _left_open(found):
                break  # a quotation opened in mid-paragraph, or one opened and closed: a new speaker, a new run
    return inside


# An embedded post's credit: "— Name (@handle) October 6, 2014" (genre_reading.embeds_posts counts them).
_POST_CREDIT = re.compile(r"\(@\w{1,30}\)\s+(?:[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})")
MIN_COPY_WORDS = 3  # a post's words printed again as a caption ("Hurts!" alone could be anyone's)


def post_sentences(doc: Document) -> set[int]:
    """Indices of sentences that are embedded posts' words: the sentences of a paragraph up to its last post credit,
    and any sentence of MIN_COPY_WORDS words or more printed again inside one of them."""
    posts: set[int] = set()
    text = doc.article.text
    for sentences in _paragraphs(doc).values():
        start = sentences[0].start
        credits = list(_POST_CREDIT.finditer(text, start, sentences[-1].end))
        if credits:
            posts.update(s.index for s in sentences if s.start < credits[-1].start())
    if not posts:
        return posts
    words = " ".join(doc.sentences[i].text for i in posts)
    return posts | {s.index for s in doc.sentences
                    if len(s.text.split()) >= MIN_COPY_WORDS and s.text.strip() in words}


def _asked_in_run(doc: Document, question: Sentence) -> bool:
    """True when the sentence before ``question`` is a question in the same paragraph: the run's first one counts."""
    if question.index == 0:
        return False
    before = doc.sentences[question.index - 1]
    return before.paragraph == question.paragraph and before.text.rstrip("\"”’' ").endswith("?")


def others_words(doc: Document) -> set[int]:
    """Indices of sentences that are others' words though no mark shows it: a quotation carried over paragraphs and
    embedded posts (see the module docstring)."""
    return carried_quotation(doc) | post_sentences(doc)


def answered(doc: Document, ctx: Context, question: Sentence) -> bool:
    """True when the writer's ``question`` is no separate move of argument: a source answers it
    (genre_column.answered_by_source), or it follows another question of a run, which counts once."""
    return answered_by_source(doc, ctx, question) or _asked_in_run(doc, question)


# The writer announcing that a group was asked for its views: "CNN spoke to some experts to hear what they think",
# "The UK's leading experts on flu give their views", "What follows are some of their thoughts".
_GROUP = (r"(?:experts|analysts|observers|commentators|specialists|academics|economists|scholars|insiders|"
          r"strategists|diplomats|veterans|historians|scientists)")
_CANVASS = re.compile(
    rf"\b(?:spoke|talked|turned|went|put (?:\w+ )?questions?|asked|consulted|canvassed) (?:to )?(?:\w+ ){{0,4}}"
    rf"{_GROUP}\b[^.?!]*\b(?:what they|their (?:views|thoughts|predictions|verdicts|take|answers))\b|"
    rf"\b{_GROUP} (?:\w+ ){{0,3}}(?:give|share|offer|set out) their (?:views|thoughts|predictions|verdicts|take)\b|"
    r"^(?:what follows|below|here) (?:are|is) (?:some of )?(?:their|what (?:they|the \w+))\b", re.I)
CANVASS_REACH = 10  # the headline, standfirst and opening sentences announce what the page is
# A panellist's name and role as a capitalised header, alone or glued to the answer when ingest did not split it onto a
# line of its own ("PROFESSOR NEIL FERGUSON, WORLD HEALTH ORGANIZATION Clearly we are ...").
_CAPS_HEADER = re.compile(r"^(?:[A-Z][A-Z.'-]+ ){1,4}[A-Z][A-Z.'-]+,(?: [A-Z][A-Z.,'&()-]*){1,8}"
                          r"(?: (?=[A-Z][a-z])|\s*$)")
MIN_PANEL = 2  # two voices at least after the announcement: one is an interview
# Reactions credited to their posters: "@name tweeted", "tweeted @name", an embedded post's credit.
_POSTED = re.compile(r"@\w+ (?:tweeted|posted|wrote|replied|responded)\b|\b(?:tweeted|posted|wrote|replied) @\w+|"
                     r"\(@\w+\)")
_HANDLE = re.compile(r"@\w+")
MIN_REACTIONS = 4  # a report quotes a post or two (a rumour's source, a denial); a round-up is made of them


def _voices_after(doc: Document, ctx: Context, start: int) -> int:
    """How many distinct people speak after sentence ``start``: attributed speakers and capitalised headers."""
    speakers = {v.speaker for v in ctx.attributions.voices
                if v.sentence > start and v.voice != "reporter" and v.speaker}
    headers = {m.group(0) for s in doc.sentences[start + 1:] if (m := _CAPS_HEADER.match(s.text))}
    return len(speakers) + len(headers)


def canvasses_views(doc: Document, ctx: Context) -> bool:
    """True when the writer announces in the opening that a group was asked for its views and MIN_PANEL people speak
    after it (see _CANVASS)."""
    for sentence in doc.sentences[:CANVASS_REACH]:
        if ctx.voice_of(sentence.index).voice == "reporter" and _CANVASS.search(sentence.text.strip()):
            return _voices_after(doc, ctx, sentence.index) >= MIN_PANEL
    return False


# ... and they make the body: this share of the paragraphs at least holds a post or a poster's credit. A report
# quoting a few reactions keeps them to a block of one or two paragraphs beside its own narrative (FNC-1 body 154, a
# hoax report with five posts run into one paragraph of ten: 0.1); a round-up is built of them (FNC-1 1308, reactions
# credited "@name tweeted" in 5 of 16 paragraphs: 0.31; body 109, posts and their copies in 6 of 13: 0.46). A share of
# the text failed to separate them (a long glued post paragraph weighs like many); paragraphs count moves.
POSTS_SHARE = 0.25


def rounds_up_posts(doc: Document) -> bool:
    """True when posts credited to MIN_REACTIONS distinct posters are quoted (see _POSTED) in POSTS_SHARE of the
    paragraphs at least."""
    posters = {_HANDLE.findall(m.group(0))[0] for s in doc.sentences for m in _POSTED.finditer(s.text)}
    if len(posters) < MIN_REACTIONS:
        return False
    posts = post_sentences(doc)
    paragraphs = _paragraphs(doc)
    held = sum(1 for sentences in paragraphs.values()
               if any(s.index in posts or _POSTED.search(s.text) for s in sentences))
    return held >= POSTS_SHARE * len(paragraphs)


def rounds_up_views(doc: Document, ctx: Context, argued: bool) -> bool:
    """True for a round-up of others' views: experts canvassed (see canvasses_views), or posts rounded up (see
    rounds_up_posts) by a writer who does not argue (``argued`` False: a column may quote posts to answer them). The
    panel's words under glued headers read as the writer's, so a canvass is taken whatever they argue (Audit 47 #7)."""
    return canvasses_views(doc, ctx) or (not argued and rounds_up_posts(doc))
