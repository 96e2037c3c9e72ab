"""An opinion piece's own prescriptions that the cue words miss (reader Audit 40, 41.4 item 3 and 41.5).

Audit 40's two argued pieces argued for action, yet the only Recommendation in the twelve briefs was an analyst's
threshold. Two shapes of the writer's call were not read as calls:

* **A hindsight prescription.** "After defending Benghazi, the U.S. should have turned immediately to seeking a
  peaceful end of the crisis": "should have" + a past participle is left out as epistemic ("should have known",
  "must have been"), but in an opinion piece's own voice, with a party as its subject and a verb of acting, it says
  what that party ought to have done, the writer's call (:func:`hindsight_call`). "The train should have arrived
  by now" (a thing), "he should have known" (a verb of knowing) and a quotation stay out.
* **A short imperative close.** "Just get it done." ends a column on its point; the sections skip sentences under
  six words as fragments. An imperative (a bare verb with no subject) of two to five words, standing as its own
  paragraph in the last quarter of an opinion piece, in the writer's voice, is the column's closing call
  (:func:`imperative_close`). Imperatives that steer the reader through the argument ("Consider the numbers.",
  "Look at Greece.") are not calls for action and stay out.

Both are the writer's own and are shown marked "[The writer argues:]" (:mod:`~.section_suggest`).
"""

from __future__ import annotations

from newsbrief.analyze.context import Context
from newsbrief.analyze.section_calls import quoted_at
from newsbrief.analyze.section_forecasts import a_thing
from newsbrief.models import Document, Sentence, Token

_NOT_ACTING = frozenset("be know see expect have think realise realize guess notice feel seem get".split())
_PARTY_PRONOUNS = frozenset({"he", "she", "they", "we", "you"})
# verbs that steer the reader through an argument rather than call for action
_STEERING = frozenset("consider look take imagine think remember note see say ask recall compare picture forget "
                      "read listen wait watch mark face".split())
_CLOSE_WORDS = (2, 5)  # two to five words: "Just get it done.", "Keep the schools open."
_LAST_QUARTER = 0.75  # the close stands in the last quarter of the piece's sentences (Audit 40 #6: the last line)


def _subject(doc: Document, verb: Token) -> Token | None:
    return next((k for k in doc.children(verb) if k.dep in ("nsubj", "nsubjpass")), None)


def _a_party(doc: Document, modal: Token, subject: Token | None) -> bool:
    """A body or a person: a pronoun for people, or a noun that names no thing (section_forecasts.a_thing)."""
    if subject is None:
        return False
    if subject.pos == "PRON":
        return subject.text.lower() in _PARTY_PRONOUNS
    return not a_thing(doc, modal)


def hindsight_call(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """True when an opinion piece's own main clause says what a party "should have" done (see the module
    docstring)."""
    if ctx.genre != "opinion" or ctx.voice_of(sentence.index).voice != "reporter" \
            or sentence.text.rstrip("\"”’' ").endswith("?"):
        return False
    for token in doc.sentence_tokens(sentence):
        if token.text.lower() != "should" or token.dep != "aux" or quoted_at(doc, token):
            continue
        verb = doc.tokens[token.head]
        between = [doc.tokens[i].text.lower() for i in range(token.i + 1, verb.i)]
        if verb.head != verb.i or verb.tag != "VBN" or "have" not in between or "not" in between \
                or verb.lemma.lower() in _NOT_ACTING:
            continue
        if any(k.dep == "auxpass" for k in doc.children(verb)):
            continue  # "should have been done": no party named as the one who should act
        if _a_party(doc, token, _subject(doc, verb)):
            return True
    return False


def imperative_close(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """True when a short imperative stands as its own paragraph near an opinion piece's end (see the docstring)."""
    words = sentence.text.split()
    if ctx.genre != "opinion" or not _CLOSE_WORDS[0] <= len(words) <= _CLOSE_WORDS[1] \
            or not sentence.text.rstrip().endswith((".", "!")) \
            or sentence.index < _LAST_QUARTER * len(doc.sentences) \
            or ctx.voice_of(sentence.index).voice != "reporter":
        return False
    alone = all(s.paragraph != sentence.paragraph for s in doc.sentences if s.index != sentence.index)
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.head == t.i), None)
    if not alone or root is None or root.tag != "VB" or root.lemma.lower() in _STEERING or quoted_at(doc, root):
        return False
    return not any(k.dep in ("nsubj", "nsubjpass", "aux") for k in doc.children(root)) \
        and any(k.dep in ("dobj", "ccomp", "xcomp", "acomp", "oprd", "prt") for k in doc.children(root))
