"""A first-person writer's own action is theirs, not the organisation whose report sits in a clause before it.

Audit 34 #7: in an aid worker's diary, "As the hospital was reporting that it was out of water, we got the
emergency filtration unit running!" was filed under the hospital: its "reporting" cue gave the whole sentence
its voice, though the hospital says only "that it was out of water". The sentence's main clause is the writer's
("we got the unit running"). When a sentence's main verb is no cue, its subject is the writer's "I" or "we"
outside quotation marks, and every cue the sentence's source has sits in an adverbial clause ("As X was
reporting that ...", "While the ministry said ...", "After the agency announced ..."), the sentence is the
writer's own. People keep their voice (a round-up's commenter or an interview's answerer says "I" and "we"
in their own name), and so does a main-clause cue ("We said ...").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from newsbrief.models import Attribution, Sentence, SentenceVoice, Token
from newsbrief.nlp.speech import CUE_LEMMAS, _Doc, _stance

_WRITER = frozenset({"i", "we"})
_CLAUSE_SOURCES = frozenset({"organisation", "document", "unnamed"})


def _in_adverbial_clause(d: _Doc, token: Token) -> bool:
    """Whether ``token`` hangs from the main verb through an adverbial clause ("As X was reporting ...")."""
    tokens = d.doc.tokens
    for _ in range(12):  # a dependency path is short; the bound guards a malformed parse
        if token.dep == "ROOT" or token.head == token.i:
            return False
        if token.dep == "advcl":
            return True
        token = tokens[token.head]
    return False


def _writer_main_clause(d: _Doc, sentence: Sentence) -> Token | None:
    """The sentence's main verb when it is no cue and its subject is the writer's "I"/"we" outside quotes."""
    tokens = d.doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None or root.lemma.lower() in CUE_LEMMAS or d.in_quote(root.start):
        return None
    subject = next((t for t in tokens if t.head == root.i and t.dep in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.text.lower() not in _WRITER or d.in_quote(subject.start):
        return None
    return root


def writer_over_clause_cues(d: _Doc, found: Sequence[tuple[Sentence, Attribution]],
                            voices: list[SentenceVoice]) -> list[SentenceVoice]:
    """``voices`` with a first-person main clause under an adverbial clause's cue given back to the writer."""
    cues: dict[int, list[int]] = defaultdict(list)  # per sentence, where its source's cues start
    for sentence, attribution in found:
        if attribution.cue_start is not None:
            cues[sentence.index].append(attribution.cue_start)
    by_start = {t.start: t for t in d.doc.tokens}
    out: list[SentenceVoice] = []
    for voice in voices:
        sentence = d.doc.sentences[voice.sentence]
        starts = cues.get(voice.sentence, [])
        if voice.voice in _CLAUSE_SOURCES and starts and _writer_main_clause(d, sentence) is not None \
                and all(s in by_start and _in_adverbial_clause(d, by_start[s]) for s in starts):
            voice = SentenceVoice(voice.sentence, "reporter", None, _stance("", sentence.text, sentence.text))
        out.append(voice)
    return out
