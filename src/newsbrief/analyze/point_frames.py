"""Sentences that lean on a frame they do not carry, and concessions before their turn (reader Audit 32).

Audit 32 read four kinds of key point a reader deletes:

- **A list item cut from its frame.** A readers' Q&A showed "Firstly, concerns over the eventual cost of the
  spill, which is far from clear." as its first key point: the first of two factors, with its frame ("There have
  been two main factors behind the fall") shown as another point and its main clause a bare noun phrase. A
  sentence opened by an enumerator ("Firstly,", "Secondly,", "First of all,"; "First Minister" is no
  enumerator: the comma is required), a frame that only counts what follows ("There are two main reasons
  behind ..."), and a sentence whose main clause has no verb ("A decision for you, I'm afraid, and ...": the
  answer with its question cut; the parse puts the noun phrase off the writer's aside) are no key point
  (:func:`unframed`).
- **A topic line.** An analysis's standfirst "The BBC's correspondent X, who reported from both towns, looks at
  the differences in the response" announces what the piece will do; its finding is the point. A person (a
  named one or a journalist noun) as the subject of a present "looks at / examines / explores / asks / considers
  / investigates / assesses" in the opening is such a line; "A new study ... examines ... and finds" is news of
  a study (its subject is no person) and stays.
- **A stock hook.** A column's opening "It's déjà vu all over again." (A7): a writer's line of at most
  HOOK_MAX_WORDS words in a column or analysis's opening (by its genre or a columnist's or contributor's byline)
  that names nobody, no number and no place says nothing of the story.
- **A concession without its turn.** An op-ed's "Presidents want to be leaders of great causes, and the Libyan
  mission is certainly a good cause." was a key point; the next sentence, "But the more grandiose the rhetoric
  ..., the broader the mission", is the writer's point. A sentence with a concessive marker ("certainly", "of
  course", "to be sure", "granted", "admittedly", "no doubt") outside quotation marks, followed in the next
  sentence by "But"/"Yet"/"However", gives way to that sentence (:func:`concessions`). A "certainly" inside a
  quotation is the speaker's and a concession with no turn after it stands.
- **A set-up without its turn.** Audit 37's analysis showed "The regime was just another domino waiting to fall and
  that is how the world saw the crisis, in black and white." as a key point; the next sentence, "But as the conflict
  became more complex it dissolved into shades of gray.", is the piece's point. A view the writer sets up to turn on
  (how others saw or thought it, "was just another ...", "at first", "on the face of it", "conventional wisdom")
  followed by "But"/"Yet"/"However" gives way to its turn as a concession does.
"""

from __future__ import annotations

import re

from newsbrief.analyze.context import Context
from newsbrief.models import Document, Sentence, Token

# The enumerators a list item opens with; a bare "First," needs its comma ("First Minister X said" stays).
_ENUMERATOR = re.compile(
    r"^(?:(?:Firstly|Secondly|Thirdly|Fourthly|Lastly)\b|(?:First|Second|Third|Fourth)(?:\s+of\s+all)?,|"
    r"In\s+the\s+first\s+place,)", re.I)
# A frame that only counts what follows ("There have been two main factors behind the fall in BP's share price.").
_FRAME = re.compile(
    r"^(?:There|These)\s+(?:are|were|is|was|have\s+been|has\s+been)\s+(?:(?:two|three|four|five|several|a\s+few|"
    r"a\s+couple\s+of)\s+)(?:(?:main|key|big|major|important|other|possible)\s+)?(?:reasons|factors|causes|things|"
    r"ways|problems|issues|explanations|questions|options)\b", re.I)
# A topic line's verb: the piece announces what it looks at (A5's "looks at the differences").
_TOPIC_VERBS = frozenset({"look", "examine", "explore", "ask", "consider", "investigate", "assess", "reflect",
                          "weigh", "analyse", "analyze"})
_JOURNALISTS = frozenset({"correspondent", "editor", "reporter", "writer", "columnist", "analyst", "journalist"})
TOPIC_SENTENCES = 5  # a standfirst or topic line sits in the opening (A5's was the third sentence)
# A stock hook is short: A7's "It's déjà vu all over again." has seven tokens ("'s" one); a lede that tells news is
# longer or names someone. Checked on the session 19c cases and Audit 32's A7 only.
HOOK_MAX_WORDS = 7
HOOK_SENTENCES = 4
_ARGUED = ("opinion", "analysis", "feature")
# A column's byline (A7's "By John P. Avlon, CNN Contributor"): the piece is a column whatever its genre reading.
_COLUMN_BYLINE = re.compile(r"^By\s[^.]{3,60}\b(?:columnist|contributor|commentator)\b", re.I)
# A writer's concession (Audit 32 A4) and the turn that answers it.
# "almost certainly", "will certainly" hedge or forecast (Audit 31 A3's "will almost certainly separate").
_CONCESSIVE = re.compile(r"(?<!almost )(?<!most )(?<!will )(?<!would )\b(?:certainly|of\s+course|to\s+be\s+sure|"
                         r"granted|admittedly|no\s+doubt|undoubtedly|true\s+enough)\b", re.I)
# A view set up to be turned on (Audit 37 A2): others' former reading ("that is how the world saw the crisis", "most
# analysts assumed"), a dismissive "was just another ..." or a first impression ("at first", "on the face of it").
_SET_UP_VIEW = re.compile(
    r"\bhow (?:the world|the west|outsiders|observers|analysts|critics|many|most|everyone|people|we|they|"
    r"(?:most|many|some) \w+) (?:saw|viewed|read|thought of|understood|framed|pictured)\b|"
    r"\b(?:many|most|some|everyone|observers|analysts|outsiders) (?:had )?(?:assumed|thought|believed|expected)\b|"
    r"\b(?:was|were|seemed|looked) (?:just|simply|merely) (?:another|the next)\b|"
    r"^(?:At first(?: glance| sight)?|On the face of it|On the surface)\b|\bconventional wisdom\b", re.I)
_TURN = re.compile(r"^(?:But|Yet|However)\b")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
_RELATIVE = frozenset({"which", "who", "whom", "whose", "where", "when"})
_NOUNS = ("NOUN", "PROPN", "ADJ", "NUM", "PRON")


def _root(tokens: tuple[Token, ...]) -> Token | None:
    return next((t for t in tokens if t.dep == "ROOT"), None)


def _verbs_only_relative(tokens: tuple[Token, ...]) -> bool:
    """True when the sentence has verbs and all of them stand in relative clauses ("Firstly, concerns over the
    cost, which is far from clear."). A misparse that tags no verb at all ("But significant fractions of crude oil
    consist of ...", 'consist' read as a noun; Audit 31 A3) is no fragment: the tagger, not the writer, lost it."""
    # Only a relative clause set off by a comma and a relative word: a misparse hangs a main clause off a noun as
    # one with neither ("A federal judge's decision Friday could fuel ...", a Newsroom dev row, lost its lede).
    by_index = {t.i: t for t in tokens}
    spans = [(t.left, t.right) for t in tokens if t.dep == "relcl" and t.left - 1 in by_index
             and by_index[t.left - 1].text == "," and by_index[t.left].text.lower() in _RELATIVE]
    verbs = [t for t in tokens if t.pos in ("VERB", "AUX")]
    return bool(spans) and bool(verbs) and all(any(a <= t.i <= b for a, b in spans) for t in verbs)


def verbless(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence's main clause has no verb: its root is a noun phrase ("Firstly, concerns over the
    cost, which is far from clear."), or it opens on a noun phrase hung off a comma-bracketed aside ("A decision
    for you, I'm afraid, and not something ...")."""
    tokens = doc.sentence_tokens(sentence)
    root = _root(tokens)
    if root is None:
        return False
    if root.pos in _NOUNS and _verbs_only_relative(tokens):
        return True
    first = next((t for t in tokens if t.pos not in ("DET", "PUNCT")), None)
    if first is None or first.pos not in ("NOUN", "PROPN") or first.dep not in ("dep", "npadvmod"):
        return False
    # The opening noun phrase runs up to a comma and the root's subject is the writer ("I'm afraid").
    return any(t.text == "," for t in tokens[: 6]) and any(
        t.head == root.i and t.dep == "nsubj" and t.text.lower() in ("i", "we") for t in tokens)


def topic_line(doc: Document, sentence: Sentence) -> bool:
    """True for a standfirst announcing what a person looks at (see the module docstring)."""
    if sentence.index >= TOPIC_SENTENCES:
        return False
    tokens = doc.sentence_tokens(sentence)
    root = _root(tokens)
    if root is None or root.tag != "VBZ" or root.lemma.lower() not in _TOPIC_VERBS:
        return False
    subjects = [t for t in tokens if t.head == root.i and t.dep == "nsubj"]
    if not subjects:
        return False
    subject = subjects[0]
    span = [t for t in tokens if subject.left <= t.i <= subject.right]
    return subject.ent_type == "PERSON" or any(t.lemma.lower() in _JOURNALISTS for t in span)


def stock_hook(doc: Document, ctx: Context, sentence: Sentence, skip: int = 0) -> bool:
    """True for a column's short opening line naming nothing (see the module docstring), read after the first
    ``skip`` characters (a dateline glued on: "New York (CNN) -- It's déjà vu all over again.")."""
    if sentence.index >= HOOK_SENTENCES or _QUOTED.search(sentence.text):
        return False
    if ctx.genre not in _ARGUED and not any(_COLUMN_BYLINE.search(s.text) for s in doc.sentences[:HOOK_SENTENCES]):
        return False
    words = [t for t in doc.sentence_tokens(sentence) if t.pos != "PUNCT" and t.start >= sentence.start + skip]
    if len(words) > HOOK_MAX_WORDS or any(t.pos in ("PROPN", "NUM") or t.ent_type for t in words):
        return False
    # Its verb is "be" or "go" ("It's déjà vu all over again", "Here we go again"): a short line that acts ("We
    # chose education, no matter the cost", a Newsroom dev essay's thesis) says something of the writer's own.
    root = _root(tuple(words))
    return root is not None and root.lemma.lower() in ("be", "go")


def unframed(doc: Document, ctx: Context, sentence: Sentence, skip: int = 0) -> bool:
    """True when the sentence leans on a frame it does not carry, or is a frame, topic line or stock hook (its
    first ``skip`` characters are page furniture, summary.prefix_length)."""
    text = sentence.text.strip()
    return bool(_ENUMERATOR.match(text) or _FRAME.match(text)) or verbless(doc, sentence) \
        or topic_line(doc, sentence) or stock_hook(doc, ctx, sentence, skip)


def concessions(doc: Document) -> dict[int, int]:
    """Each writer's concession or set-up view (by index) and the turn after it that carries the point (see the
    docstring)."""
    found: dict[int, int] = {}
    for sentence, after in zip(doc.sentences, doc.sentences[1:], strict=False):
        own = _QUOTED.sub("", sentence.text)
        if (_CONCESSIVE.search(own) or _SET_UP_VIEW.search(own)) and _TURN.match(after.text.strip()):
            found[sentence.index] = after.index
    return found


def concessions_give_way(doc: Document, scores: list[float]) -> list[float]:
    """Each writer's concession gives its score to the "But" sentence after it, the writer's point (Audit 32 A4),
    and is a last resort itself."""
    out = list(scores)
    for conceded, turn in concessions(doc).items():
        out[turn], out[conceded] = max(out[turn], out[conceded]), min(out[conceded], 0.0) - 10.0
    return out


# A topic line's finding: the first answer the piece gives (A5's "Part of the answer lay in the security briefings")
# or, without one, the first contrast the piece draws ("In contrast, the most visible sign of aid in Haiti was ...").
_CAUSE = re.compile(r"\b(?:because|part\s+of\s+the\s+answer|the\s+(?:main\s+|real\s+)?reason\s+(?:is|was|lies|lay))\b",
                    re.I)
_CONTRAST = re.compile(r"^(?:In\s+contrast|By\s+contrast|But|However|Yet)\b|,\s*(?:by|in)\s+contrast,", re.I)


def topic_finding(doc: Document, ctx: Context) -> Sentence | None:
    """After a topic line (see the module docstring), the writer's first answer or contrast: the main point."""
    line = next((s for s in doc.sentences[:TOPIC_SENTENCES] if topic_line(doc, s)), None)
    if line is None:
        return None
    after = [s for s in doc.sentences[line.index + 1:] if not s.text.rstrip().endswith("?")
             and not _QUOTED.search(s.text) and ctx.voice_of(s.index).voice == "reporter"
             and not unframed(doc, ctx, s)]
    return next((s for s in after if _CAUSE.search(s.text)), None) \
        or next((s for s in after if _CONTRAST.search(s.text)), None)
