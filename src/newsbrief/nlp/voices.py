"""The voice of every sentence: its own source, a quotation or round-up block it belongs to,
a report's findings it carries on, or the reporter's (see :mod:`newsbrief.nlp.attribution`)."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace

from newsbrief.models import Attribution, Document, Sentence, SentenceVoice, Token
from newsbrief.nlp.introduced_texts import introduced_texts
from newsbrief.nlp.report_checks import checks_report, shows_only
from newsbrief.nlp.roundup_labels import names_its_speaker, with_long_labels
from newsbrief.nlp.speech import (
    _HEADER,
    _QUOTE_MARK,
    RECOMMEND,
    _Doc,
    _governs,
    _stance,
    denial_in,
)
from newsbrief.nlp.speech_charges import accuses, same_party
from newsbrief.nlp.statement_runs import statement_goes_on
from newsbrief.nlp.transcript import label_end, transcript_turns

# Parts of speech a header's name never is: "So, Sir Malcolm said:" opens on a sentence adverb and
# "Yet, the governor warned:" on a conjunction (Audit 11: "So" made a speaker).
_NOT_NAME_POS = frozenset({"ADV", "CCONJ", "SCONJ", "PRON", "DET", "ADP", "INTJ", "PART"})


def _sentence_not_header(d: _Doc, sentence: Sentence, name_words: int) -> bool:
    """True when a "X, Y:" line is a sentence rather than a "NAME, role:" header: its name is a lone
    function word or sentence adverb, or its "role" holds the sentence's finite verb ("Sir Malcolm said")."""
    tokens = [t for t in d.doc.sentence_tokens(sentence) if t.pos != "PUNCT"]
    if not tokens:
        return False
    if name_words == 1 and tokens[0].pos in _NOT_NAME_POS:
        return True
    colon = d.text.find(":", sentence.start, sentence.end)
    # a capitalised "verb" in the role is a place the tagger misread ("Tom Price, Leeds: I think ...")
    return any(t.dep == "ROOT" and t.pos in ("VERB", "AUX") and t.tag != "VBG" and t.start < colon
               and not t.text[:1].isupper() for t in tokens[name_words:])


def _headers(d: _Doc) -> dict[int, tuple[str, str | None]]:
    """Paragraph index -> (speaker, role) under a round-up's "NAME, role:" headers.

    Only a text with at least two such headers is a round-up ("LONDON, March 3:" alone is a
    dateline); each header's voice runs until the next header.
    """
    doc = d.doc
    firsts: dict[int, Sentence] = {}
    last_paragraph = 0
    for sentence in doc.sentences:
        firsts.setdefault(sentence.paragraph, sentence)
        last_paragraph = sentence.paragraph
    headers: list[tuple[int, str, str | None, bool]] = []
    for index, sentence in sorted(firsts.items()):
        line_end = d.text.find("\n", sentence.start)
        line = d.text[sentence.start : line_end if line_end >= 0 else len(d.text)]
        head, colon, rest = line.partition(":")
        # "JANE DOE, fellow at an institute: comment" or a line of its own, with or without the colon.
        match = _HEADER.match(head + ":") if colon else None
        if match is None and not line.rstrip().endswith((".", "!", "?", '"', "”")) and len(line.split()) <= 20:
            match, rest = _HEADER.match(line.rstrip() + ":"), ""
        if match and len(match.group(2).split()) <= 15 and not any(c.isdigit() for c in match.group(2)) \
                and not _sentence_not_header(d, sentence, len(match.group(1).split())):
            name = match.group(1).title() if match.group(1).isupper() else match.group(1)
            # The comment may follow on the header's line or on the next line of the same paragraph.
            same_paragraph = sentence.end > sentence.start + len(line) + 1 or any(
                s.paragraph == index and s.start > sentence.start + len(line) for s in doc.sentences)
            headers.append((index, d.resolve_name(name), match.group(2).strip(), bool(rest.strip()) or same_paragraph))
    headers = with_long_labels(d, headers, firsts, _label_names_person)
    if len(headers) < 2:
        headers = _lone_headers(d, headers, firsts)
    if not headers:
        return {}
    if _labels_close(d, headers, last_paragraph):
        return _closing_owners(d, headers)
    owners: dict[int, tuple[str, str | None]] = {}
    longest = 1
    for n, (index, name, role, inline) in enumerate(headers):
        first = index if inline else index + 1
        # The last block ends where the longest block before it would (the writer's own close may follow).
        stop = headers[n + 1][0] if n + 1 < len(headers) else min(last_paragraph + 1, first + longest)
        longest = max(longest, stop - first)
        for paragraph in range(first, stop):
            owners[paragraph] = (name, role)
    return owners


_FIRST_PERSON = frozenset({"i", "we", "my", "our", "me", "us"})


def _first_person(d: _Doc, paragraph: int) -> bool:
    """Whether the paragraph speaks in the first person outside quotation marks (an account, not a report)."""
    return any(t.text.lower() in _FIRST_PERSON and not d.in_quote(t.start)
               for s in d.doc.sentences if s.paragraph == paragraph for t in d.doc.sentence_tokens(s))


def _labels_close(d: _Doc, headers: list[tuple[int, str, str | None, bool]], last_paragraph: int) -> bool:
    """Whether the page signs each account below it ("... we just kept digging." then "Marie Dupont,
    Port-au-Prince"): two or more label lines on lines of their own, the last one the page's last paragraph, and
    an unlabelled first-person account right above the first (round 1's readers' accounts went to the next
    reader). A round-up whose last header closes the page has no comment under it, so it reads the same."""
    if len(headers) < 2 or any(inline for _, _, _, inline in headers) or headers[-1][0] != last_paragraph:
        return False
    first = headers[0][0]
    return first > 0 and _first_person(d, first - 1)


def _closing_owners(d: _Doc, headers: list[tuple[int, str, str | None, bool]]) -> dict[int, tuple[str, str | None]]:
    """Paragraph index -> (speaker, role) when labels close their accounts: each label owns the paragraphs
    since the label before it; the first goes back over its first-person paragraphs no further than the
    longest later block (the page's framing above it stays the writer's)."""
    owners: dict[int, tuple[str, str | None]] = {}
    longest = 1
    for (before, _, _, _), (index, name, role, _) in itertools.pairwise(headers):
        longest = max(longest, index - before - 1)
        for paragraph in range(before + 1, index):
            owners[paragraph] = (name, role)
    first, name, role, _ = headers[0]
    paragraph = first - 1
    while paragraph >= 0 and first - paragraph <= longest and _first_person(d, paragraph):
        owners[paragraph] = (name, role)
        paragraph -= 1
    return owners


def _lone_headers(d: _Doc, headers: list[tuple[int, str, str | None, bool]],
                  firsts: dict[int, Sentence]) -> list[tuple[int, str, str | None, bool]]:
    """A single "Name, role, place" label line is a speaker's header when it names a person and the paragraph
    under it speaks in the first person outside quotation marks (reader Audit 26: a readers' account printed
    under "Jane Roe, director of an orphanage, Port-de-Paix" lost its speaker). A label over third-person text is
    a caption's or a dateline's, and stays none."""
    kept: list[tuple[int, str, str | None, bool]] = []
    for index, name, role, inline in headers:
        below = firsts.get(index + 1)
        if inline or below is None or not _label_names_person(d, firsts[index], name):
            continue
        if _first_person(d, index + 1):
            kept.append((index, name, role, inline))
    return kept


# What a label's name part never is: a place, a body, a date ("NEW YORK, Tuesday" is a dateline).
_NOT_PERSON = frozenset({"GPE", "LOC", "ORG", "FAC", "NORP", "DATE", "TIME", "EVENT"})
_CAPITALISED_NAME = re.compile(r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2}$")


def _label_names_person(d: _Doc, sentence: Sentence, name: str) -> bool:
    """Whether a label line's name part is a person's: tagged PERSON, or two or three capitalised words no
    other entity covers (spaCy tags no person in "JANE DOE, nurse"; round 1's all-caps label lost its speaker)."""
    entities = d.doc.sentence_entities(sentence)
    if any(e.label == "PERSON" and e.text == name for e in entities):
        return True
    folded = name.lower()
    return bool(_CAPITALISED_NAME.match(name)) and not any(
        e.label in _NOT_PERSON and (folded in e.text.lower() or e.text.lower() in folded) for e in entities)


# The writer judging what a source reports (check 8: "It's hard to believe this is real, but according
# to the website ..." and, a paragraph on, "Lana appears to be a child of privilege"): the source
# neither said nor carries these words. A small list of the writer's own hedges and verdicts, in
# lower case, plus the writer's "I" (its own pattern, so "I" is not read case-blind).
_JUDGEMENT = re.compile(r"\b(?:hard|difficult|impossible) to (?:believe|imagine|take seriously)\b|"
                        r"\b(?:appears?|seems?) to be an? \b|\b(?:of course|obviously|surely|frankly)\b")
_WRITER_I = re.compile(r"\bI\b")


def _judges(text: str) -> bool:
    """Whether ``text`` (outside any quotation) holds the writer's own judgement."""
    return bool(_JUDGEMENT.search(text.lower()) or _WRITER_I.search(text))


def _names_someone(d: _Doc, sentence: Sentence) -> bool:
    """True when the sentence names a person (a finding about someone)."""
    return any(e.label == "PERSON" for e in d.doc.sentence_entities(sentence))


def _reporter(sentence: Sentence) -> SentenceVoice:
    """The writer's own sentence: it asks, recommends ("should"), predicts ("will") or asserts."""
    return SentenceVoice(sentence.index, "reporter", None, _stance("", sentence.text, sentence.text))


def _by_sentence(d: _Doc, found: list[tuple[Sentence, Attribution]]) -> tuple[dict[int, list[Attribution]],
                                                                              dict[int, list[Attribution]]]:
    """For each sentence, in the order found: the attributions whose cue lies in it, and those whose
    content covers it (so a sentence looks only at its own, and voices take linear time)."""
    starts = [s.start for s in d.doc.sentences]
    cued: dict[int, list[Attribution]] = {}
    covering: dict[int, list[Attribution]] = {}
    for _, a in found:
        if a.kind == "attitude":
            continue
        if a.cue_start is not None:
            i = bisect.bisect_right(starts, a.cue_start) - 1
            if i >= 0:
                cued.setdefault(i, []).append(a)
        first = bisect.bisect_left(starts, a.content_start - 1)
        for i in range(first, len(starts)):
            sentence = d.doc.sentences[i]
            if sentence.start + 1 > a.content_end:
                break
            if a.content_start <= sentence.start + 1 and sentence.end - 1 <= a.content_end:
                covering.setdefault(i, []).append(a)
    return cued, covering


def _own_voice(d: _Doc, sentence: Sentence, found: list[Attribution]) -> SentenceVoice | None:
    """The voice of a sentence that names its source itself (its cue lies in it)."""
    span = (sentence.start, sentence.end)
    starts = {t.start: t for t in d.doc.sentence_tokens(sentence)}
    for a in found:
        if a.cue_start is None or not span[0] <= a.cue_start < span[1]:
            continue
        cue = starts.get(a.cue_start)
        # A quotation's speaker named right after it ('"...," Rather said', parsed as an adverb) governs.
        named_after = a.kind == "quote" and cue is not None and cue.pos not in ("VERB", "AUX")
        # "As the Mirror reports, ...": a source opening the sentence frames all of it
        opening = a.kind == "according" and a.cue_start == sentence.start
        if a.kind == "according" and _judges(d.text[sentence.start : a.cue_start] + " "
                                             + d.text[max(a.content_end, a.cue_start) : sentence.end]):
            continue  # "It's hard to believe, but according to X, ...": the writer's sentence, X's clause
        if a.kind == "colon" or cue is None or named_after or opening or _governs(d, cue):
            return SentenceVoice(sentence.index, a.voice, a.speaker, a.stance, True, a.role)
    return None


def _carried_voice(d: _Doc, sentence: Sentence, found: list[Attribution]) -> SentenceVoice | None:
    """The voice a sentence keeps from a quote or a content it lies inside (a multi-sentence quote)."""
    for a in found:
        if a.content_start <= sentence.start + 1 and sentence.end - 1 <= a.content_end:
            stance = _stance("", sentence.text, sentence.text) if a.stance not in ("denies", "alleges") else a.stance
            return SentenceVoice(sentence.index, a.voice, a.speaker, stance, False, a.role)
    return None


# How a sentence in the paragraph after a report's says it goes on telling the report ("It also found",
# "In addition, ...", "The report adds ..."); a sentence without such a word is the writer's again.
_CONTINUES = re.compile(r"^(?:[\"“]?(?:also|in addition|further(?:more)?|moreover|separately)\b|"
                        r"(?:it|they|the \w+(?: \w+)?) (?:also|further)\b|"
                        r"(?:it|they|the \w+(?: \w+)?) (?:adds?|added|found|finds|notes?|noted|says?|said|shows?|"
                        r"showed)\b)", re.I)


@dataclass
class _Report:
    """A report whose findings the text may go on telling: its voice, whether it was cited for one fact
    ("..., according to the survey."), and how many sentences have told its findings so far."""

    voice: SentenceVoice
    cited_once: bool
    told: int = 1


def _cites_one_fact(d: _Doc, found: list[Attribution]) -> bool:
    """Whether the report is named after the fact it is the source of ("There are 20 quakes a year
    according to the survey."): a citation for that fact, not the start of a retold report."""
    return any(a.kind == "according" and a.cue_start is not None and a.content_start < a.cue_start for a in found)


# A text run into one or two paragraphs (a pasted page, a one-paragraph column) has no paragraph break to end a
# report's findings: they run on for at most this many sentences after the sentence that names the report, unless
# a word says they go on ("It also found"). Three is a report paragraph's usual run after its naming sentence;
# session 16's one-paragraph column carried "The council's figures show ..." over twelve of the writer's sentences.
UNBROKEN_RUN = 3
# Fewer paragraphs than this and the text is read as unbroken (analyze/genre.py judges the writer's voice by
# sentence below the same count).
FEW_PARAGRAPHS = 3


def _continues_report(d: _Doc, sentence: Sentence, report: _Report) -> bool:
    """Whether ``sentence`` goes on telling the findings of ``report``: in the report's own paragraph,
    or in the next one when the report has been told over two sentences or more or the sentence opens
    with a word that says so ("It also ...", "In addition, ..."). A source cited for one fact is carried
    only by such a word: it is not the source of the writer's explanation after it (Audit 8: "[According
    to the US Geological Survey, t]he Haiti quake ...")."""
    gap = sentence.paragraph - d.doc.sentences[report.voice.sentence].paragraph
    marked = bool(_CONTINUES.match(sentence.text.strip()))
    if report.cited_once:
        return gap <= 1 and marked
    if d.doc.sentences[-1].paragraph + 1 < FEW_PARAGRAPHS:
        return marked or sentence.index - report.voice.sentence <= UNBROKEN_RUN
    return gap == 0 or (gap == 1 and (marked or report.told >= 2))


# The writer's verdict or hedge: a judgement of the past ("should have", "could have known") or an
# evaluative adverb. A retold report keeps its source's verbs of report; these are the writer's (reader
# Audit 25: "[According to Mohammed Islam, n]ew York ... probably should have, as well").
_VERDICT = re.compile(r"\b(?:should|could|would|must|might|ought to)(?:\s+(?:not|never|n't|also|really|well))*"
                      r"\s+(?:have|'ve)\b(?!\s+to\b)|\b(?:probably|clearly|obviously|surely|frankly|arguably|"
                      r"of course|no doubt|it seems)\b", re.I)


def present_perfect(doc: Document, sentence: Sentence) -> bool:
    """Whether the main clause is a present perfect ("The group has also been responsible ..."): the writer's
    own present, where speech retold in the past would read "had been"."""
    root = next((t for t in doc.sentence_tokens(sentence) if t.dep == "ROOT"), None)
    if root is None:
        return False
    return any(k.dep in ("aux", "auxpass") and k.lemma == "have" and k.tag in ("VBZ", "VBP")
               for k in doc.children(root))


def writers_own(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence reads as the writer's background or verdict: a verdict or hedge, or a present perfect
    main clause (reader Audit 25: "[According to the statement, t]he group has also been responsible for ...")."""
    return bool(_VERDICT.search(sentence.text)) or present_perfect(doc, sentence)


# A present perfect over a long span ("has carried out dozens of bombings since 2015", "have fought over the
# land for decades") is the writer's background in the middle of a story; a bare present perfect is not enough
# there: a filing's "Two of the four vessels have been reassigned until next spring" is the filing's (eval reader
# attribution set). The close is stricter (analyze/closing_voice.frame_holds takes any present perfect).
_LONG_SPAN = re.compile(r"\bsince\b|\b(?:for|over the(?: past| last)?) (?:\w+ )?(?:years|decades|centuries|"
                        r"generations)\b|\bever\b", re.I)


def _writer_steps_in(d: _Doc, sentence: Sentence) -> bool:
    """Whether a sentence after a report's is the writer speaking again: their "I", a judgement, a verdict, or
    their own background (over a long span, or any present perfect in unbroken text). A retold report does not
    pass through the writer's own sentence, so the report's voice ends there (not only skips it): "I have lived
    here twenty years ... The council should build more homes" is the writer's argument, not the council's
    figures. A word that says the report goes on ("It has also found") keeps it."""
    if _CONTINUES.match(sentence.text.strip()):
        return False
    # In unbroken text no paragraph break ends the report, so any present perfect is the writer's, as at a close
    # (a one-paragraph column's "A weapon sold as an alternative to a gun has become an alternative to talking").
    unbroken = d.doc.sentences[-1].paragraph + 1 < FEW_PARAGRAPHS
    background = present_perfect(d.doc, sentence) and (unbroken or bool(_LONG_SPAN.search(sentence.text)))
    return _judges(sentence.text) or bool(_VERDICT.search(sentence.text)) or background


def _turn_voice(d: _Doc, sentence: Sentence, speaker: str | None) -> SentenceVoice:
    """The voice of a transcript's turn: the interviewer asks in the article's own voice; an answer,
    whatever verbs it holds ("Political folks keep asking ..."), is the interviewee's."""
    if speaker is None:
        return SentenceVoice(sentence.index, "reporter", None, "asks")
    labelled = label_end(d.doc, sentence) > sentence.start
    text = d.text[label_end(d.doc, sentence) : sentence.end]
    return SentenceVoice(sentence.index, "person", speaker, _stance("", text, text), labelled)


# A judgement of the past, however the advice pattern reads it: "an accident which should never have
# happened", "they must not have known"; not an obligation ("no nurse should have to work"). Said in
# regret or blame, it recommends nothing (Audit 12: an expression of sorrow labelled "recommends").
_COUNTERFACTUAL = re.compile(r"\b(?:should|must|ought to)(?:\s+(?:not|never|n't|really|ever))*"
                             r"\s+(?:have|'ve)\b(?!\s+to\b)|\b(?:should|must)n't\s+have\b(?!\s+to\b)", re.I)


def _regret_checked(d: _Doc, sentence: Sentence, voice: SentenceVoice) -> SentenceVoice:
    """A "recommends" whose only advice words judge the past and whose sentence holds no verb of advice
    ("urged", "called for") is the stance the rest of the sentence takes: regret or an apology is a
    statement, not a recommendation."""
    if voice.stance != "recommends" or not _COUNTERFACTUAL.search(sentence.text):
        return voice
    if any(t.lemma in RECOMMEND for t in d.doc.sentence_tokens(sentence) if t.pos in ("VERB", "AUX")):
        return voice
    rest = _COUNTERFACTUAL.sub(" ", sentence.text)
    stance = _stance("", rest, rest)
    return replace(voice, stance=stance) if stance != "recommends" else voice


def _voices(d: _Doc, found: list[tuple[Sentence, Attribution]]) -> list[SentenceVoice]:
    """One voice per sentence: its own source, a quote or a round-up block it belongs to, a report's
    findings it carries on, or the reporter's."""
    headers, introduced = _headers(d), introduced_texts(d)
    turns = transcript_turns(d.doc)
    voices: list[SentenceVoice] = []
    report: _Report | None = None  # a report whose findings the paragraph goes on telling
    accusers: set[str | None] = set()  # who has alleged something so far (None: the reporter's own words)
    cued, covering = _by_sentence(d, found)
    for sentence in d.doc.sentences:
        voice = _own_voice(d, sentence, cued.get(sentence.index, [])) or _carried_voice(
            d, sentence, covering.get(sentence.index, []))
        if voice is None and voices and not _writer_steps_in(d, sentence):  # a statement's "Because ..." (s30)
            voice = statement_goes_on(d, sentence, voices[-1])
        if sentence.paragraph in headers:
            voice = None  # in a round-up block every sentence is the commenter's, "the text says" included
            name, role = headers[sentence.paragraph]
            # The sentence that holds the "NAME, role:" header names its source itself.
            named = names_its_speaker(sentence, _HEADER.match(sentence.text.split(":", 1)[0] + ":") is not None)
            voice = SentenceVoice(sentence.index, "person", name, _stance("", sentence.text, sentence.text),
                                  named, role)
        if sentence.index in turns:
            voice = _turn_voice(d, sentence, turns[sentence.index])
        if voice is None and sentence.paragraph in introduced:  # a handed-over text with no cue of its own
            voice = SentenceVoice(sentence.index, "person", introduced[sentence.paragraph][0],
                                  _stance("", sentence.text, sentence.text), False, introduced[sentence.paragraph][1])
        if voice is None and report is not None and _continues_report(d, sentence, report) \
                and not _QUOTE_MARK.search(sentence.text) and (_writer_steps_in(d, sentence)
                                                               or checks_report(d, sentence, report.voice.speaker)):
            report = None  # the writer speaks again, or another source checks the report (Audit 37)
        if voice is None and report is not None and _continues_report(d, sentence, report) \
                and not _QUOTE_MARK.search(sentence.text):
            document = report.voice
            stance = "alleges" if document.stance == "alleges" else _stance("", sentence.text, sentence.text)
            voice = SentenceVoice(sentence.index, "document", document.speaker, stance, False, document.role)
            report.told += 1
        voice = _regret_checked(d, sentence, voice or _reporter(sentence))
        if voice.voice != "reporter" and voice.stance == "asserts" \
                and any(not same_party(a, voice.speaker) for a in accusers) and denial_in(sentence.text):
            # a response to an accusation someone else made earlier ("I never had a doubt" from the
            # accuser herself backs her claim; it denies nothing)
            voice = replace(voice, stance="denies")
        elif voice.voice != "reporter" and voice.stance == "asserts" and (
                accuses(sentence.text, voice) or (voice.voice == "document" and _names_someone(d, sentence))):
            # An accusation by its words, or a report's, ruling's or filing's finding about a named
            # person or body: what it says of them is alleged until proven.
            voice = replace(voice, stance="alleges")
        if voice.stance == "alleges":
            accusers.add(voice.speaker)
        if voice.voice == "document" and voice.explicit and not shows_only(voice.speaker):
            same = report is not None and report.voice.speaker == voice.speaker
            report = _Report(voice, _cites_one_fact(d, cued.get(sentence.index, [])),
                             report.told + 1 if report is not None and same else 1)
        elif voice.explicit and voice.voice != "reporter":
            report = None
        voices.append(voice)
    return voices


# Cue verbs that give the sentence no speaker: the writer's own narration, advice or forecast.
# A sentence has a speaker when a speech or cognition-report verb ("said", "warned", "argue",
# "believe") has the source as its subject. Audit 15 found the writer's own sentences given to a noun
# in them, and the verbs that did it are cues only in form:
#
# - an experiencer verb with a common noun as subject ("People fear repression if they speak out";
#   "Farmers hope ...", "Voters want ..."): the writer reports a feeling and its subject is who feels
#   it, not a source (a named source's "Adair wants the county to ..." is his stated demand). When a source
#   reports the feeling ("Residents say they fear ...", "X said workers fear ..."), the speech verb
#   gives the sentence its voice, so nothing is lost;
# - a modal of possibility over the verb ("Newt could call that the 'second dumbest thing'", "the
#   senator might argue ...", "the company may claim ..."): the writer's suggestion or speculation of
#   what someone could say; a negated one ("could not say how many") reports a real answer and stays;
# - "find" with a reflexive object ("would find themselves unable to ...", "found itself unable"): a
#   forecast or account about the subject, not a finding.
#
# These cues stay in the attribution list as attitudes (extraction still sees them), but they give no
# sentence its voice.

# Verbs whose subject experiences a state: the writer's narration of a feeling, not a report of speech.
EXPERIENCER_LEMMAS = frozenset("fear hope worry want".split())
# Modals that make the speech a possibility the writer entertains ("could call", "might argue").
_POSSIBILITY = frozenset({"could", "might", "may"})
_REFLEXIVES = frozenset("itself themselves himself herself ourselves myself yourself yourselves oneself".split())


def _modal_hypothesis(d: _Doc, verb: Token) -> bool:
    """Whether a modal of possibility governs the cue and nothing negates it ("could call", not
    "could not say")."""
    kids = [d.doc.tokens[c] for c in d.children.get(verb.i, ())]
    modal = any(k.dep == "aux" and k.text.lower() in _POSSIBILITY for k in kids)
    return modal and not any(k.dep == "neg" for k in kids)


def _finds_oneself(d: _Doc, verb: Token) -> bool:
    """ "would find themselves unable to ...": "find" whose object is a reflexive pronoun (the parser
    may hang it as the subject of the small clause after the verb, "themselves unable")."""
    if verb.lemma.lower() != "find":
        return False
    kids = list(d.children.get(verb.i, ()))
    near = kids + [g for k in kids for g in d.children.get(k, ())]
    return any(d.doc.tokens[i].text.lower() in _REFLEXIVES and d.doc.tokens[i].i > verb.i for i in near)


def narrated_cue(d: _Doc, verb: Token, subject: Token) -> bool:
    """Whether the cue ``verb`` is the writer's narration, advice or forecast rather than a source's
    report (see the comment above EXPERIENCER_LEMMAS): its subject is then no speaker. A feeling is
    narration when a common noun feels it ("People fear", "Voters want"); a named source's or a
    resolved "he"'s ("He wants the county to ...", after his quotes) is the position he stated."""
    feeling = verb.lemma.lower() in EXPERIENCER_LEMMAS and subject.pos not in ("PROPN", "PRON")
    return feeling or _modal_hypothesis(d, verb) or _finds_oneself(d, verb) or _own_past_wish(d, verb)


def _own_past_wish(d: _Doc, verb: Token) -> bool:
    """ "He wanted to come and protest": a past wish for the wanter's own act (the complement has no subject of
    its own, "want" no object) is narration of what someone meant to do, no position and no advice (reader
    Audit 27: an embedded report's "wanted to" was shown as a recommendation). "He wanted the county to pay"
    (another's act) and the present "wants to" (a stated aim) stay cues."""
    if verb.lemma.lower() != "want" or verb.tag != "VBD":
        return False
    tokens = d.doc.tokens
    kids = [tokens[c] for c in d.children.get(verb.i, ())]
    if any(k.dep in ("dobj", "ccomp") for k in kids):
        return False
    return any(k.dep == "xcomp" and not any(tokens[g].dep in ("nsubj", "nsubjpass") for g in d.children.get(k.i, ()))
               for k in kids)
