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

An exchange quoted inside a column (reader Audit 10: "Van Susteren: ... Hunter: ..." after the
columnist's "he said something that should make jaws drop:") has no interviewer's label and no
announcement: two labels, one naming a person of the article, each open two turns or more and take
turns; the one whose turns hold more questions asks. Every sentence of a labelled turn is its
speaker's, the second and later ones included; the questions stay the interviewer's, by name, not
the columnist's; and when every paragraph of the exchange is labelled, the paragraphs after it are
the column's again. A label may give a surname alone or a title ("Hunter:", "REP. HUNTER:"): it
names the person the article names in full.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from itertools import pairwise

from newsbrief.lexicon import ANNOUNCED_INTERVIEW, NOT_SPEAKER_LABELS, SPEAKER_LABEL
from newsbrief.models import Attribution, Document, Sentence
from newsbrief.nlp.credited_answers import credit_end, read_credited_answers

_QUESTION_LABELS = frozenset({"q", "question"})
ANSWER_LABELS = frozenset({"a", "answer"})
_INTERVIEWERS = frozenset({"interviewer", "interviewers", "reporter", "host", "moderator", "presenter",
                           "anchor", "journalist", "editor"})
MIN_QA_TURNS = 2  # "Q:" and "A:" each open this many paragraphs at least
# Two named speakers whose labels change at least this often hold an exchange (a quoted interview
# alternates ask, answer, ask, answer: three changes in its first four turns).
EXCHANGE_SWITCHES = 3


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
    words = [w for w in name.split() if not w.endswith(".")] or name.split()  # "Rep. Okafor": the name
    for entity in doc.entities:
        if entity.label == "PERSON" and entity.text.split()[-1:] == words[-1:] \
                and len(entity.text.split()) > len(words):
            return entity.text
    return name


def _introduced(doc: Document, before: int) -> str | None:
    """The first person the introduction (the paragraphs before the first label) names: a PERSON of two
    words or more, or else the first run of two proper nouns or more the tagger found (a name the NER
    missed, "Ines Varga runs the only bakery")."""
    for entity in doc.entities:
        if entity.label == "PERSON" and doc.sentences and entity.start < before and len(entity.text.split()) >= 2:
            return entity.text
    run: list[str] = []
    for token in doc.tokens:
        if token.start >= before:
            break
        if token.pos == "PROPN" and token.text[:1].isupper():
            run.append(token.text)
            continue
        if len(run) >= 2:
            return " ".join(run)
        run = []
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
        elif lower in ANSWER_LABELS or " " in label or label.isupper() or any(
                e.label == "PERSON" and label.split()[-1] in e.text for e in doc.entities) \
                or _asked_before(labels, paragraphs, {label}):  # a pseudonym the NER missed (Audit 41 #6)
            answering.add(label)
    return asking, answering


def _names_person(doc: Document, label: str) -> bool:
    """A label that names someone the article names ("Hunter" for Duncan Hunter, "REP. OKAFOR")."""
    last = label.split()[-1].strip(".").lower()
    return any(e.label == "PERSON" and last in e.text.lower().split() for e in doc.entities)


def _exchange_asker(doc: Document, labels: dict[int, str], paragraphs: dict[int, list[Sentence]]) -> str | None:
    """In an exchange of two named speakers with no interviewer's label ("Van Susteren: ... Hunter: ..."),
    the one who asks: the label whose turns hold the larger share of questions. It is an exchange when two
    labels or more each open MIN_QA_TURNS turns, the label changes at least EXCHANGE_SWITCHES times and
    one label names a person of the article; page labels that alternate ("Pros:", "Cons:") name no one."""
    seen = Counter(labels.values())
    order = [labels[p] for p in sorted(labels)]
    switches = sum(1 for a, b in pairwise(order) if a != b)
    speakers = [label for label, n in seen.items() if n >= MIN_QA_TURNS]
    if len(speakers) < 2 or switches < EXCHANGE_SWITCHES or not any(_names_person(doc, s) for s in speakers):
        return None
    share = {label: sum(any(s.text.rstrip(" \"”’'").endswith("?") for s in paragraphs[p])
                        for p, seen_label in labels.items() if seen_label == label) / seen[label]
             for label in speakers}
    ranked = sorted(speakers, key=lambda label: share[label], reverse=True)
    return ranked[0] if share[ranked[0]] > share[ranked[1]] else None


def _embedded_end(labels: dict[int, str], paragraphs: dict[int, list[Sentence]], qa_style: bool) -> int | None:
    """The last paragraph of an exchange quoted inside a column: every paragraph from the first label to
    the last is labelled and the column goes on after it, so the paragraphs after the exchange are the
    columnist's again, not the last speaker's (reader Audit 10: a House Democrat's quotation after the
    exchange). A "Q:"/"A:" interview keeps its unlabelled last paragraphs as the answer's, and so does
    one whose labels are too few to show that every turn is labelled (a single "Owen Mallory:" label,
    then his answer over several paragraphs)."""
    first, last = min(labels), max(labels)
    if qa_style or len(labels) < 2 * MIN_QA_TURNS or len(set(labels.values())) < 2 \
            or any(p not in labels for p in paragraphs if first <= p <= last):
        return None
    return last if any(p > last for p in paragraphs) else None


_FIRST_PERSON = frozenset("i me my mine myself we us our ours ourselves".split())


def _writer_closing(doc: Document, labels: dict[int, str], paragraphs: dict[int, list[Sentence]],
                    interviewee: str | None) -> int | None:
    """The last paragraph of the turns when the writer closes the interview in his own voice (reader Audit 25:
    "It's not hard to see why the story was tough to resist", after the last answer, filed as the
    interviewee's claim): the first unlabelled paragraph after the last label that names the interviewee in
    the third person (the surname) and never speaks in the first ("I", "we") closes the answers, with the
    paragraphs just before it that do not speak in the first person either. An answer that runs on in the
    first person stays the interviewee's, and so does one about someone else ("He was a banker": a "he" is
    not enough, it may be the answerer's father); None when no paragraph closes."""
    if not interviewee:
        return None
    surname = interviewee.split()[-1].lower()
    after = sorted(p for p in paragraphs if p > max(labels))
    start = None  # the first of the paragraphs since the last first-person one
    for paragraph in after:
        first_word, stop = paragraphs[paragraph][0].start, paragraphs[paragraph][-1].end
        words = {t.text.lower() for t in doc.tokens if first_word <= t.start < stop and t.pos in ("PRON", "PROPN")}
        if words & _FIRST_PERSON:
            start = None
            continue
        start = paragraph if start is None else start
        if surname in words:
            return start - 1
    return None


@dataclass(frozen=True)
class Transcript:
    """An article's transcript turns: ``turns`` maps a sentence index to its turn's speaker (None for an
    unnamed interviewer's question); ``asked`` holds the sentences of the interviewer's turns; ``quoted``
    is true for an exchange quoted inside a column (the column's own paragraphs around it); ``readers`` names
    the readers credited on a readers' Q&A's answer lines, who ask and never answer (nlp/credited_answers.py)."""

    turns: dict[int, str | None]
    asked: frozenset[int]
    quoted: bool
    readers: frozenset[str] = frozenset()


_NO_TRANSCRIPT = Transcript({}, frozenset(), False)


def _asked_before(labels: dict[int, str], paragraphs: dict[int, list[Sentence]], named: set[str]) -> bool:
    """Whether a named label opens answers that each follow an unlabelled question paragraph, at least
    MIN_QA_TURNS times ("Does the movement want ...?" then "Nastaran: ..."): an interview by email or a Q&A
    whose questions carry no label (Audit 41 #6: its answers printed with no speaker)."""
    asked = [p for p, label in labels.items() if label in named and p - 1 in paragraphs and p - 1 not in labels
             and _is_question(paragraphs[p - 1])]
    return len(asked) >= MIN_QA_TURNS


# The longest unlabelled first answer read as the interviewee's (Audit 41 #6's ran over three paragraphs).
_MAX_FIRST_ANSWER = 6
_FIRST_PERSON_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})


def _first_exchange(doc: Document, paragraphs: dict[int, list[Sentence]], first: int,
                    interviewee: str) -> dict[int, str | None]:
    """The question and answer before the first label of an interview whose labelled answers each follow an
    unlabelled question (Audit 41 #6: the emailed Q&A printed its first answer with no "Nastaran:" label, and
    the brief showed it in no one's mouth): above the question just before the first label, the paragraphs
    back to the next one-sentence question paragraph are an answer when they speak in the first person singular
    and never name the interviewee (a writer's introduction names them: "I asked the chairman, Lena Marsh").
    Sentence index -> the interviewee for the answer, None for the question; empty when there is none."""
    before = sorted((p for p in paragraphs if p < first), reverse=True)
    if len(before) < 3 or not _is_question(paragraphs[before[0]]):
        return {}
    answer: list[Sentence] = []
    for paragraph in before[1 : _MAX_FIRST_ANSWER + 2]:
        sentences = paragraphs[paragraph]
        if len(sentences) == 1 and _is_question(sentences):
            if not answer or not _answer_voice(doc, answer, interviewee):
                return {}
            found: dict[int, str | None] = {s.index: interviewee for s in answer}
            found[sentences[0].index] = None
            return found
        answer = sentences + answer
    return {}


def _answer_voice(doc: Document, sentences: list[Sentence], interviewee: str) -> bool:
    """Whether ``sentences`` speak in the first person singular and never name ``interviewee``."""
    words = {t.text.lower() for t in doc.tokens if sentences[0].start <= t.start < sentences[-1].end}
    return bool(words & _FIRST_PERSON_SINGULAR) and not {w.lower() for w in interviewee.split()} & words


def read_transcript(doc: Document) -> Transcript:
    """The article's transcript (see the module docstring); empty turns when it holds none."""
    paragraphs = _paragraphs(doc)
    credited = read_credited_answers(doc, paragraphs)  # "Reader, Place Dr Lund: ..." (Audit 45 #7)
    if credited is not None:
        return Transcript(credited.turns, credited.asked, False, credited.readers)
    labels = {p: label for p, sentences in paragraphs.items() if (label := _label(doc, sentences)) is not None}
    if not labels:
        return _NO_TRANSCRIPT
    asking, answering = _roles(doc, labels, paragraphs)
    if not asking and (asker := _exchange_asker(doc, labels, paragraphs)) is not None:
        asking, answering = {asker}, answering - {asker}
    lowered = [label.lower() for label in labels.values()]
    qa_style = sum(lab in _QUESTION_LABELS for lab in lowered) >= MIN_QA_TURNS \
        and sum(lab in ANSWER_LABELS for lab in lowered) >= MIN_QA_TURNS
    first = min(labels)
    intro = doc.article.text[: paragraphs[first][0].start]
    named = answering - {label for label in answering if label.lower() in ANSWER_LABELS}
    if not qa_style and not (named and (asking or ANNOUNCED_INTERVIEW.search(intro)
                                        or _asked_before(labels, paragraphs, named))):
        return _NO_TRANSCRIPT
    embedded = _embedded_end(labels, paragraphs, qa_style)
    end = embedded if embedded is not None else \
        _writer_closing(doc, labels, paragraphs, _introduced(doc, paragraphs[first][0].start))
    turns = _question_before(paragraphs, first)
    if len(named) == 1 and labels[first] in named and _asked_before(labels, paragraphs, named):
        turns.update(_first_exchange(doc, paragraphs, first, _name(doc, labels[first])))
    asked = {i for i, who in turns.items() if who is None}
    speaker: str | None = None
    interviewee = _introduced(doc, paragraphs[first][0].start)
    for paragraph in sorted(p for p in paragraphs if first <= p <= (end if end is not None else max(paragraphs))):
        sentences = paragraphs[paragraph]
        label = labels.get(paragraph)
        question = label in asking if label is not None else _is_question(sentences) and len(sentences) <= 2
        if label in answering:
            speaker = interviewee if label.lower() in ANSWER_LABELS else _name(doc, label)
        asker = _name(doc, label) if embedded is not None and label is not None and question \
            and label.lower() not in _QUESTION_LABELS | _INTERVIEWERS else None
        for sentence in sentences:
            if question:
                turns[sentence.index] = asker  # the column quotes someone's question: it is theirs
                asked.add(sentence.index)
            elif speaker is not None:
                turns[sentence.index] = speaker
    return Transcript(turns, frozenset(asked), embedded is not None)


def transcript_turns(doc: Document) -> dict[int, str | None]:
    """Sentence index -> the speaker of its turn (None for an unnamed interviewer's questions, the
    interviewer's name in an exchange quoted inside a column); empty when the article is no transcript."""
    return read_transcript(doc).turns


def _question_before(paragraphs: dict[int, list[Sentence]], first: int) -> dict[int, str | None]:
    """"... of our conversation: Fortune: Is it safe ...?": the question just before the first label, and
    the label the sentence splitter left at the end of the introduction's sentence before it."""
    turns: dict[int, str | None] = {}
    previous = max((p for p in paragraphs if p < first), default=None)
    if previous is not None and _is_question(paragraphs[previous]):
        turns[paragraphs[previous][-1].index] = None
        for sentence in paragraphs[previous][:-1]:
            if sentence.text.rstrip().endswith(":"):
                turns[sentence.index] = None
    return turns


def label_end(doc: Document, sentence: Sentence) -> int:
    """Where the text after a speaker label starts in ``sentence`` (its start when it has none)."""
    match = SPEAKER_LABEL.match(sentence.text)
    return sentence.start + match.end() if match else credit_end(sentence)


def interview_speakers(doc: Document) -> list[str]:
    """The named speakers of an interview transcript's turns, in order; none for an exchange a column
    quotes (its two speakers do not make the column a round-up of comments)."""
    transcript = read_transcript(doc)
    return [] if transcript.quoted else [s for s in transcript.turns.values() if s]


# What a third person wanted, hoped or believed, told inside an answer, is the answerer's reading of that person
# (Audit 28 29.3: "In order to get him to give up his nuclear program, he wanted something in return", in a
# commentator's answer, was filed as the colonel's recommendation); only what someone said stays theirs.
_MIND_LEMMAS = frozenset({"want", "wish", "hope", "think", "believe", "feel", "fear", "expect", "need", "intend",
                          "plan", "prefer"})


def answer_minds_dropped(doc: Document, found: list[tuple[Sentence, Attribution]]
                         ) -> list[tuple[Sentence, Attribution]]:
    """``found`` without the third persons' wants and beliefs cued inside a named answerer's turn: the turn's
    sentences are the answerer's voice (voices gives them), so the "he" of a "he wanted" is no source."""
    transcript = read_transcript(doc)
    turns = transcript.turns
    if not turns:
        return found
    if transcript.readers:
        found = _readers_unsaid(transcript, found)
    kept: list[tuple[Sentence, Attribution]] = []
    for sentence, attribution in found:
        answerer = turns.get(sentence.index)
        cue = next((t for t in doc.sentence_tokens(sentence) if t.start == attribution.cue_start), None)
        minded = cue is not None and cue.lemma.lower() in _MIND_LEMMAS
        if answerer and attribution.kind in ("speech", "attitude") and minded and attribution.speaker != answerer:
            continue
        kept.append((sentence, attribution))
    return kept


def _is_reader(speaker: str | None, readers: frozenset[str]) -> bool:
    """Whether ``speaker`` is a credited reader, named in full or by one of the credit's names ("Hale")."""
    if not speaker:
        return False
    words = set(speaker.split())
    return any(speaker == reader or words & set(reader.split()) == words for reader in readers)


def _readers_unsaid(transcript: Transcript, found: list[tuple[Sentence, Attribution]]
                    ) -> list[tuple[Sentence, Attribution]]:
    """``found`` with a credited reader taken off the expert's answers (the answer is the expert's: the
    credit "Tom Hale, Leeds Prof Lund:" read as Hale's header gave it to him) and off the questions and
    withheld paragraphs (nobody's)."""
    kept: list[tuple[Sentence, Attribution]] = []
    for sentence, attribution in found:
        if sentence.index in transcript.turns and _is_reader(attribution.speaker, transcript.readers):
            expert = transcript.turns[sentence.index]
            if expert is None:
                continue
            # the answer's words start after the credit: "Tom Hale, Leeds Prof Lund:" is no part of them
            start = max(attribution.content_start, credit_end(sentence))
            attribution = replace(attribution, speaker=expert, source_text=expert,
                                  content_start=start if start < attribution.content_end else attribution.content_start)
        kept.append((sentence, attribution))
    return kept


__all__ = ["ANSWER_LABELS", "Transcript", "answer_minds_dropped", "interview_speakers", "label_end", "read_transcript",
           "transcript_turns"]
