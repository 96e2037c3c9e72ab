"""Interview transcripts: who speaks in each turn of a Q&A ("Jane Doe: ...", "INTERVIEWER: ...", "Q:"/"A:").

A transcript gives no speech verb: its answers are the interviewee's words because a speaker label
("Leslie Jump: Definitely.", "GRACE OYELARAN: On the Tuesday ...", "A: Not to anyone ...") opens
the turn, and the turn runs over the unlabelled paragraphs after it until the next question. The
questions are the interviewer's, not the article's facts (session 8's final reader check: an
interview read as an opinion piece, its answers in no one's mouth and its questions as key points).

The rules, over the paragraphs (regular expressions and the NER's person names, so each decision
names the label that made it):

- a speaker label opens a paragraph: "Q:", "A:", "Question:", "Answer:", a name of one to four
  capitalised words or one in capitals; page labels ("UPDATE:", "WATCH:") are not speakers;
- it is a transcript when "Q:" and "A:" each open two paragraphs or more, or a person's label opens
  a paragraph and either an interviewer's label is present ("INTERVIEWER:", a label whose turns
  are all questions) or the introduction announces the conversation ("an edited transcript",
  "I spoke with", "we asked her");
- the interviewer's turns and the unlabelled one-paragraph questions after the first label (and
  a question just before it, "... of our conversation: Fortune: Is it safe to ...?") are questions;
  every other paragraph from the first answer on belongs to the last answering speaker. "A:" is the
  person the introduction names first.
"""

from __future__ import annotations

from newsbrief.lexicon import ANNOUNCED_INTERVIEW, NOT_SPEAKER_LABELS, SPEAKER_LABEL
from newsbrief.models import Document, Sentence

_QUESTION_LABELS = frozenset({"q", "question"})
_ANSWER_LABELS = frozenset({"a", "answer"})
_INTERVIEWERS = frozenset({"interviewer", "interviewers", "reporter", "host", "moderator", "presenter",
                           "anchor", "journalist", "editor"})
MIN_QA_TURNS = 2  # "Q:" and "A:" each open this many paragraphs at least


def _paragraphs(doc: Document) -> dict[int, list[Sentence]]:
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in doc.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    return by_paragraph


def _label(doc: Document, sentences: list[Sentence]) -> str | None:
    """The speaker label that opens a paragraph, as written, or None."""
    match = SPEAKER_LABEL.match(doc.article.text[sentences[0].start : sentences[-1].end])
    if match is None or match.group("label").lower() in NOT_SPEAKER_LABELS:
        return None
    return match.group("label")


def _is_question(sentences: list[Sentence]) -> bool:
    return sentences[-1].text.rstrip(" \"”’'").endswith("?")


def _name(doc: Document, label: str) -> str:
    """The person a label names, as the text names them in full ("OYELARAN" -> "Grace Oyelaran")."""
    name = label.title() if label.isupper() else label
    words = name.split()
    for entity in doc.entities:
        if entity.label == "PERSON" and entity.text.split()[-1:] == words[-1:] \
                and len(entity.text.split()) > len(words):
            return entity.text
    return name


def _introduced(doc: Document, before: int) -> str | None:
    """The first person the introduction (the paragraphs before the first label) names."""
    for entity in doc.entities:
        if entity.label == "PERSON" and doc.sentences and entity.start < before and len(entity.text.split()) >= 2:
            return entity.text
    return None


def _roles(doc: Document, labels: dict[int, str], paragraphs: dict[int, list[Sentence]]) -> tuple[set[str], set[str]]:
    """(questioners, answerers) among the labels: an interviewer's label or one whose every turn is a
    question asks; "A:" and a person's label answer."""
    asking: set[str] = set()
    answering: set[str] = set()
    for label in set(labels.values()):
        turns = [paragraphs[p] for p, seen in labels.items() if seen == label]
        lower = label.lower()
        if lower in _QUESTION_LABELS or lower in _INTERVIEWERS or all(_is_question(t) for t in turns):
            asking.add(label)
        elif lower in _ANSWER_LABELS or " " in label or label.isupper() or any(
                e.label == "PERSON" and label.split()[-1] in e.text for e in doc.entities):
            answering.add(label)
    return asking, answering


def transcript_turns(doc: Document) -> dict[int, str | None]:
    """Sentence index -> the speaker of its turn (None for the interviewer's questions); empty when the
    article is no transcript (see the module docstring)."""
    paragraphs = _paragraphs(doc)
    labels = {p: label for p, sentences in paragraphs.items() if (label := _label(doc, sentences)) is not None}
    if not labels:
        return {}
    asking, answering = _roles(doc, labels, paragraphs)
    lowered = [label.lower() for label in labels.values()]
    qa_style = sum(lab in _QUESTION_LABELS for lab in lowered) >= MIN_QA_TURNS \
        and sum(lab in _ANSWER_LABELS for lab in lowered) >= MIN_QA_TURNS
    first = min(labels)
    intro = doc.article.text[: paragraphs[first][0].start]
    named = answering - {label for label in answering if label.lower() in _ANSWER_LABELS}
    if not qa_style and not (named and (asking or ANNOUNCED_INTERVIEW.search(intro))):
        return {}
    interviewee = _introduced(doc, paragraphs[first][0].start)
    turns: dict[int, str | None] = {}
    previous = max((p for p in paragraphs if p < first), default=None)
    if previous is not None and _is_question(paragraphs[previous]):
        # "... of our conversation: Fortune: Is it safe ...?": the question, and the label the sentence
        # splitter left at the end of the introduction's sentence before it
        turns[paragraphs[previous][-1].index] = None
        for sentence in paragraphs[previous][:-1]:
            if sentence.text.rstrip().endswith(":"):
                turns[sentence.index] = None
    speaker: str | None = None
    for paragraph in sorted(p for p in paragraphs if p >= first):
        sentences = paragraphs[paragraph]
        label = labels.get(paragraph)
        question = label in asking if label is not None else _is_question(sentences) and len(sentences) <= 2
        if label in answering:
            speaker = interviewee if label.lower() in _ANSWER_LABELS else _name(doc, label)
        for sentence in sentences:
            if question:
                turns[sentence.index] = None
            elif speaker is not None:
                turns[sentence.index] = speaker
    return turns


def label_end(doc: Document, sentence: Sentence) -> int:
    """Where the text after a speaker label starts in ``sentence`` (its start when it has none)."""
    match = SPEAKER_LABEL.match(sentence.text)
    return sentence.start + (match.end() if match else 0)


__all__ = ["label_end", "transcript_turns"]
