"""Borrowed voices named: a sentence that carries on someone else's words says whose they are.

A sentence inside a report's findings ("The money went to the campaign"), the
second sentence of a quotation, or a comment under a round-up's "NAME, role:"
header reads as the article's own statement when shown alone. In the sections
whose record sets ``label_voices``, such an item opens with its source in
brackets — "[According to the Senate report, t]he money went to the campaign",
"[Jane Doe:] “It will not last.”" — so an allegation is never shown as fact.
The bracketed words are newsbrief's; the support check reads the rest verbatim.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace

from newsbrief.analyze.closing_voice import frame_holds
from newsbrief.analyze.context import Context, rewrite_sections
from newsbrief.analyze.date_frames import frame_governs
from newsbrief.analyze.quote_pronouns import bare_pronoun_cue
from newsbrief.models import Candidate, Document, Sentence, SentenceVoice
from newsbrief.nlp.attribution import quote_spans
from newsbrief.nlp.reader_questions import answer_mark
from newsbrief.nlp.speaker_runs import READER
from newsbrief.nlp.speakers import UNNAMEABLE
from newsbrief.nlp.transcript import read_transcript
from newsbrief.sections import SECTIONS


def with_source(doc: Document, text: str, voice: SentenceVoice, first_is_name: bool, quoted: bool = False) -> str:
    """``text`` opened by its source in brackets (see the module docstring); ``quoted``: the
    sentence lies inside a quotation (the middle of one shows no marks of its own)."""
    speaker = voice.speaker or "a source"
    marks = text.count("\"") + text.count("“") + text.count("”")
    closes_a_quote = text.rstrip()[-1:] in "\"”" and marks % 2 == 1
    if text[:1] in "\"“‘'" or closes_a_quote or quoted:
        return f"[{speaker}:] {text}"  # the speaker's own words, or the end of a quotation
    if text.startswith("[") and len(text) > 3 and text[2] == "]" and text[1].isupper():
        # "[T]he deal" from a repair; "[I] doubt ..." keeps its capital: "I" is a word (Audit 41 #6's answer)
        first = text[1] if text[1] == "I" and text[3:4] in (" ", "'", "’") else text[1].lower()
        return f"[According to {speaker}, {first}]{text[3:]}"
    if first_is_name or text.startswith("["):
        return f"[According to {speaker},] {text}"
    if not text[:1].isalpha() or re.match(r"I\b", text):
        # "28 Mordad is ...": no letter to lower; "I doubt ...", the pronoun, keeps its capital
        return f"[According to {speaker},] {text}"
    return f"[According to {speaker}, {text[:1].lower()}]{text[1:]}"


_PRONOUN_BEFORE_CUE = re.compile(r"\b(he|she|He|She)\s+$")
# An item that already opens with its teller's label ("[Pavel Dorin:] My parents ...", a readers' page's key point,
# analyze/point_tellers.py): a second label doubled it ("[According to Pavel Dorin,] [Pavel Dorin:] ...").
_SPEAKER_LABEL = re.compile(r"^\[[^\]]{2,80}:\]\s")
# The writer's "I"/"we" outside quotations: in a close the voice stage gives to a person, the words are theirs.
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|we|We|we're|We're|my|My|our|Our|us|me)\b")


def _name_pronoun(ctx: Context, sentence: Sentence, candidate: Candidate, voice: SentenceVoice) -> Candidate:
    """ '"...," [Hussein Ali] said.': a sentence whose own speaker is only a "he"/"she" after its
    quotation names the person the attribution stage resolved it to (Audit 8: a speakerless
    "... swallowed up like candy," he said as a brief's conclusion). An opening pronoun is the
    opening repair's (:mod:`newsbrief.analyze.openings`)."""
    if voice.voice != "person" or not voice.speaker or voice.speaker.lower() in UNNAMEABLE:
        return candidate
    for a in ctx.attributions.attributions:
        if a.cue_start is None or not sentence.start < a.cue_start < sentence.end or a.speaker != voice.speaker \
                or (a.source_text or "").lower() not in ("he", "she"):
            continue
        before = sentence.text[: a.cue_start - sentence.start]
        found = _PRONOUN_BEFORE_CUE.search(before)
        tail = sentence.text[found.start() :] if found is not None else ""
        shown = candidate.item.text  # the sentence, or it with its opening repaired ("[D]amp housing ...")
        if found is None or found.start() == 0 or not shown.endswith(tail) or len(shown) == len(tail):
            return candidate
        text = f"{shown[: len(shown) - len(tail)]}[{voice.speaker}] {sentence.text[a.cue_start - sentence.start :]}"
        return Candidate(replace(candidate.item, text=text), short=candidate.short)
    return candidate


def _as_written(shown: str, sentence: str) -> bool:
    """The sentence shown whole, or with only its opening repaired ("[D]amp housing ..., he says." for
    "But damp housing ..., he says.": Audit 13 found that one's "he" left bare)."""
    if shown == sentence:
        return True
    close = shown.find("]")
    return shown.startswith("[") and 0 < close <= 4 and len(shown) > close + 1 and sentence.endswith(shown[close + 1 :])


def _initials(name: str) -> str:
    """"The Wall Street Journal" -> "WSJ": the capitalised words' first letters, articles left out."""
    return "".join(w[0] for w in name.split() if w[:1].isupper() and w not in ("The", "A", "An"))


def _subject_names(doc: Document, sentence: Sentence, speaker: str) -> bool:
    """Whether the sentence's own subject is its source, by name or initials ("The WSJ also
    corroborates ..." carrying on "a new report in The Wall Street Journal"): it names its source
    already, and a bracketed "[According to ..., t]he WSJ" repeats it (Audit 12)."""
    words = {w.strip(",.").lower() for w in speaker.split() if w[:1].isupper()}
    for token in doc.sentence_tokens(sentence):
        if token.dep not in ("nsubj", "nsubjpass") or doc.tokens[token.head].dep != "ROOT":
            continue
        for i in range(token.left, token.right + 1):
            word = doc.tokens[i]
            if word.pos == "PROPN" and (word.text.lower() in words
                                        or (len(word.text) > 1 and word.text == _initials(speaker))):
                return True
    return False


def _outside_quotes(text: str) -> str:
    """``text`` without its quoted passages."""
    return re.sub(r"[\"“][^\"“”]*[\"”]", " ", text)


def label_voices(doc: Document, ctx: Context,
                 sections: Mapping[str, tuple[Candidate, ...]]) -> dict[str, tuple[Candidate, ...]]:
    """Name the source of every item that carries on a voice it does not name itself."""

    quotes = quote_spans(doc.article.text)

    def label(candidate: Candidate, sentence: Sentence) -> Candidate | None:
        voice = ctx.voice_of(sentence.index)
        if _SPEAKER_LABEL.match(candidate.item.text):
            return candidate
        if voice.voice == "person" and not voice.speaker and bare_pronoun_cue(ctx, sentence):
            return None  # '"... dampened demand ..." he says' with no one the "he" can be: withheld (Audit 46 #6)
        # An answer told in its expert's name (nlp/reader_questions.py) is labelled "[According to Dr X,] ...": the
        # bracketed source replaces its "A:" mark.
        mark = answer_mark(candidate.item.text) if voice.voice == "person" and not voice.explicit else 0
        if mark:
            candidate = Candidate(replace(candidate.item, text=candidate.item.text[mark:]), short=candidate.short)
        if voice.explicit and _as_written(candidate.item.text, sentence.text):
            return _name_pronoun(ctx, sentence, candidate, voice)
        if voice.voice == "reporter" or voice.explicit or (voice.speaker or "").lower() in UNNAMEABLE \
                or _subject_names(doc, sentence, voice.speaker or ""):
            return candidate
        first = next((t for t in doc.sentence_tokens(sentence) if t.pos not in ("PUNCT", "SPACE")), None)
        first_is_name = first is not None and (first.pos == "PROPN" or first.text == "I")
        quoted = any(s < sentence.start and sentence.end - 1 <= e for s, e in quotes)
        short = with_source(doc, candidate.short, voice, first_is_name, quoted) if candidate.short else None
        text = with_source(doc, candidate.item.text, voice, first_is_name, quoted)
        return Candidate(replace(candidate.item, text=text), short=short)

    turns = read_transcript(doc)

    def closing(candidate: Candidate, sentence: Sentence) -> Candidate | None:
        # the close is where the writer steps back: a carried frame only when it surely holds (Audit 25), or
        # when the close is an interview's answer, which the transcript gives its answerer (Audit 41 #6)
        answer = not turns.quoted and turns.turns.get(sentence.index) not in (None, "") \
            and turns.turns.get(sentence.index) == ctx.voice_of(sentence.index).speaker
        # a readers' page's account is a reader's to its end, so its close is labelled too (Audit 46 #1)
        voice = ctx.voice_of(sentence.index)
        told = voice.speaker == READER or (voice.voice == "person" and not voice.explicit and bool(voice.speaker)
                                           and _FIRST_PERSON.search(_outside_quotes(sentence.text)) is not None)
        return label(candidate, sentence) if answer or told or frame_holds(doc, ctx, sentence) else candidate

    def labelled(name: str) -> bool:
        return name in SECTIONS and SECTIONS.get(name).label_voices

    framed = rewrite_sections(doc, sections, lambda name: labelled(name) and name not in ("conclusion", "timeline"),
                              label)
    framed = rewrite_sections(doc, framed, lambda name: name == "timeline" and labelled(name),
                              lambda c, s: label(c, s) if frame_governs(doc, ctx, s) else c)
    framed = _label_runs(doc, ctx, framed, lambda name: labelled(name) and name != "conclusion", label)
    return rewrite_sections(doc, framed, lambda name: name == "conclusion" and labelled(name), closing)


def _label_runs(doc: Document, ctx: Context, sections: Mapping[str, tuple[Candidate, ...]],
                wanted: Callable[[str], bool], label: Callable[[Candidate, Sentence], Candidate | None]
                ) -> dict[str, tuple[Candidate, ...]]:
    """Items that cite two sentences or more of one borrowed voice, labelled like one sentence: Audit 41 #6's
    "28 Mordad is a prime example ... As a result, the masses ..." (two sentences of the interviewee's answer)
    was shown as the article's own, since the single-sentence pass skips them. Each cited sentence must carry
    the same person's voice, none naming it itself."""
    by_id = {s.id: s for s in doc.sentences}
    out: dict[str, tuple[Candidate, ...]] = {}
    for name, candidates in sections.items():
        kept: list[Candidate] = []
        for candidate in candidates:
            cited = [by_id.get(c.sentence_id) for c in candidate.item.citations]
            sentences = [s for s in cited if s is not None]
            voices = [ctx.voice_of(s.index) for s in sentences]
            close = candidate.item.text.find("]") if candidate.item.text.startswith("[") else -1
            # an item another pass opened with its source ("[Rita Mendes:] ...") says whose it is already
            run = wanted(name) and candidate.item.kind == "reported" and len(sentences) == len(cited) > 1 \
                and not close > 2 \
                and all(v.voice == "person" and not v.explicit and v.speaker for v in voices) \
                and len({v.speaker for v in voices}) == 1
            shown = label(candidate, sentences[0]) if run else candidate
            if shown is not None:
                kept.append(shown)
        out[name] = tuple(kept)
    return out
