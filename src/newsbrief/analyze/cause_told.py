"""Analysis items whose cue names no cause of the story (round 2 of session 21: reader Audit 34 and the lead's
XSum row 107).

* **A scene's detail.** A diary's "There was a small boy, sitting on a crate because his leg was in a cast": the
  "because" hangs on a participle that describes someone in an existential "There was/were" scene. It explains a
  detail of the picture, not an event of the story.
* **A rumour's or a report's content.** "denied reports that a man had jumped to his death due to the slump", "the
  rumours that ... because ...": the cue sits in what a report, a rumour or a claim says, which the article passes on
  (often to deny it); it states no cause of its own.
* **A source named.** "a bulletin attributed to a 'military source' said ...": "attributed to" names who a
  statement is credited to (Audit 34 #5), not the cause of anything.
* **A way shown.** "Ticket holders were ... led to the second floor": "led to" a place moves people there; it
  leads to no result (round 1's leftover, Newsroom row 2).
* **An interviewee's cause over two sentences** (Audit 41 #6, session 27). "28 Mordad is a prime example (...). As a
  result, the masses tend to ..." is a Q&A answer; shown as a pair, the item cites two sentences, and the brief's voice
  labels (analyze/voices.py) name the source of one-sentence items only, so the pair stood in no one's mouth. A pair
  in a person's voice that neither sentence names is withheld (:func:`unlabelled_pair`); the writer's own pair stays.
* **A decision told as an event.** "the government had decided to abandon attempts to prop up the market": the cue
  word is what a body chose to do, its own plan, not what brought something about.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbrief.models import Document, Sentence, Token

if TYPE_CHECKING:  # context imports the cause modules through actors: only the type is needed here
    from newsbrief.analyze.context import Context

_HEARD = frozenset("report reports rumour rumours rumor rumors claim claims allegation allegations speculation "
                   "story stories suggestion suggestions gossip".split())
_DECIDING = frozenset("decide agree vote choose opt resolve".split())
# what is credited to a source: "a bulletin attributed to a military source", "remarks attributed to the minister"
_SAYINGS = frozenset("bulletin statement comment comments quote quotes quotation remark remarks report message letter "
                     "post posts claim claims article account video tweet tweets words note leaflet communique".split())
_PLACES = frozenset("floor room door doors hall stage exit street road area building entrance lobby gate gates site "
                    "station office table car bus boat shore safety seat seats courtyard basement roof yard garden "
                    "cell cells tent tents camp ward".split())
_CLAUSES = frozenset({"acl", "ccomp", "relcl"})
_PARTICIPLES = frozenset({"VBG", "VBN"})


def heard_or_decided(doc: Document, token: Token) -> bool:
    """True when the cue at ``token`` is inside a report's or a rumour's content, credits a statement to its source,
    shows a way to a place, or is a body's decided act."""
    if token.dep == "xcomp" and doc.tokens[token.head].lemma.lower() in _DECIDING:
        return True
    if token.lemma.lower() == "lead" and token.tag in ("VBD", "VBN") and any(
            k.dep == "prep" and k.text.lower() in ("to", "into", "onto") and any(
                o.dep == "pobj" and o.lemma.lower() in _PLACES for o in doc.children(k))
            for k in doc.children(token)):
        return True  # "led to the second floor": a way shown
    if token.lemma.lower() == "attribute" and doc.tokens[token.head].lemma.lower() in _SAYINGS:
        return True
    for _ in range(8):
        if token.head == token.i:
            return False
        head = doc.tokens[token.head]
        if token.dep in _CLAUSES and head.pos == "NOUN" and head.lemma.lower() in _HEARD \
                and any(k.dep == "mark" and k.text.lower() == "that" for k in doc.children(token)):
            return True
        token = head
    return False


def scene_detail(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence is an existential scene ("There was a boy ... sitting ... because ...") whose
    "because" hangs on a participle describing the one it shows."""
    root = next((t for t in doc.sentence_tokens(sentence) if t.head == t.i), None)
    if root is None or root.lemma.lower() != "be" or not any(k.dep == "expl" for k in doc.children(root)):
        return False
    for mark in doc.sentence_tokens(sentence):
        if mark.text.lower() != "because" or mark.dep != "mark":
            continue
        clause = doc.tokens[mark.head]
        holder = doc.tokens[clause.head]
        if clause.dep == "advcl" and holder.tag in _PARTICIPLES and holder.dep in ("advcl", "acl") \
                and (holder.head == root.i or doc.tokens[holder.head].dep == "attr"):
            return True
    return False


def unlabelled_pair(ctx: Context, pieces: list[Sentence]) -> bool:
    """True when ``pieces`` (an item of two sentences or more) are in the voice of a person that no sentence of the
    item names (see the module docstring): shown, they would read as the article's own words."""
    if len(pieces) < 2:
        return False
    text = " ".join(s.text for s in pieces)
    for sentence in pieces:
        voice = ctx.voice_of(sentence.index)
        if voice.voice != "reporter" and voice.speaker and not voice.explicit and voice.speaker not in text:
            return True
    return False
