"""The point of a piece told in questions and answers, and a column writer's own finding (reader Audit 25, 26.3).

Three shapes put their point in a place the lead-based key points never reach:

- **A Q&A explainer's answers carry its news.** Under question subheads ("Did it work?", "What happens next?") the
  first answers explain how an operation works (a definition, its mechanism) and the news comes later: the
  operation failed, what will be tried next. Audit 25's explainer gave three key points of mechanism and left the
  failure out. :func:`outcome_answer` takes the first answer sentence that tells an outcome (failed, worked,
  was abandoned); failing that, the answer to the headline's own question ("what happens next?").
- **An interview's admission.** A writer's framing paragraph, then question lines and the interviewee's answers:
  the answer that denies the premise of the story the interview is about ("The number is not true", "We made it
  up", "total fiction") is the news (Audit 25's interview had it fourth or not at all). :func:`interview_admission`.
- **A column's finding.** A first-person column that opens on a scene states its thesis as what the writer has
  found ("I have found that people here loathe the company", "What I have not found is ..."):
  :func:`writers_finding` marks it as a thesis (Audit 25's festival column gave four key points of its hook).
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING

from newsbrief.analyze.argued import question_paragraphs
from newsbrief.analyze.genre_column import knows_announced
from newsbrief.analyze.genre_pages import run_in_caption
from newsbrief.analyze.point_setups import alias_line, tells_claim
from newsbrief.nlp.transcript import ANSWER_LABELS, Transcript, read_transcript

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context
    from newsbrief.models import Document, Sentence

# An outcome told in an answer: the attempt failed or worked, was abandoned, called off, halted.
_OUTCOME = re.compile(
    r"\b(?:ha[sd] |have )?(?:failed|succeeded|worked|collapsed|backfired)\b|\b(?:did|does|has|have|had) not work\b|"
    r"\b(?:didn't|hasn't|haven't|hadn't) worked?\b|\b(?:was|were|has been|have been|had been) "
    r"(?:abandoned|called off|halted|scrapped|suspended|stopped)\b", re.I)
# A conditional or generic use ("if it fails", "methods that have failed before") tells no outcome.
_NOT_OUTCOME = re.compile(r"\b(?:if|unless|whether|should it|in case)\b", re.I)
# The answer's denial of the story's premise, in the interviewee's words.
_DENIES = re.compile(
    r"(?:\bnot|\bnever|n't) (?:true|real)\b|\bmade (?:it|that|this|them|the \w+) up\b|"
    r"\b(?:total|complete|pure|a) (?:fiction|fabrication|invention|myth|lie|hoax)\b|"
    r"\bI (?:never|did not|didn't) (?:say|said|claim|claimed|make|made)\b", re.I)
# The writer's finding: what they have found, learned or come to believe, in the first person.
_FINDING = re.compile(
    r"\bI(?: have|'ve)? (?:found|learned|learnt|concluded|come to (?:believe|think|realise|realize|suspect))"
    r"(?: \w+){0,3} that\b|\bWhat I (?:have |'ve )?(?:not |never )?(?:found|seen|learned|heard)\b|"
    r"\bI am (?:convinced|persuaded|certain) that\b"
    # ... and a first-person judgement of a claim ("the figure is certainly believable to me"): Audit 26's tech
    # blog gave three key points of background and left the writer's view out. A bare "I think" / "I believe" is
    # left out: in the CNN/DM and Newsroom samples it was a quoted speaker's twice in 210 pages.
    r"|\b(?:believable|credible|plausible|convincing|unlikely|implausible|far-fetched) to me\b", re.I)
MIN_TURNS = 2  # question lines followed by answers: one question line is a headline or a hook, not an interview
MIN_WORDS = 4  # "No." answers nothing on its own


def _answer_paragraphs(doc: Document) -> set[int]:
    """Paragraphs that answer: from a one-question paragraph's next paragraph up to the next question line."""
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in doc.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    answers: set[int] = set()
    asked = False
    for paragraph in sorted(by_paragraph):
        sentences = by_paragraph[paragraph]
        if len(sentences) == 1 and sentences[0].text.rstrip("\"”’' ").endswith("?"):
            asked = True
        elif asked:
            answers.add(paragraph)
    return answers


def _questions_over(doc: Document) -> dict[int, str]:
    """Per answer paragraph, the text of the one-question paragraph it answers (as _answer_paragraphs reads them)."""
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in doc.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    asked: dict[int, str] = {}
    question = ""
    for paragraph in sorted(by_paragraph):
        sentences = by_paragraph[paragraph]
        if len(sentences) == 1 and sentences[0].text.rstrip("\"”’' ").endswith("?"):
            question = sentences[0].text
        elif question:
            asked[paragraph] = question
    return asked


def _answer_sentences(doc: Document) -> list[Sentence]:
    """The sentences of the answers, in order, when the piece has turns (see MIN_TURNS)."""
    if question_paragraphs(doc) < MIN_TURNS:
        return []
    answers = _answer_paragraphs(doc)
    return [s for s in doc.sentences if s.paragraph in answers and len(s.text.split()) >= MIN_WORDS
            and not s.text.rstrip("\"”’' ").endswith("?")]


def interview_admission(doc: Document) -> Sentence | None:
    """The first answer sentence that denies the story's premise ("The number is not true."), in a piece of turns."""
    return next((s for s in _answer_sentences(doc) if _DENIES.search(s.text)), None)


def outcome_answer(doc: Document, ctx: Context) -> Sentence | None:
    """A Q&A explainer's first answer that tells an outcome, else the first answer to the headline's question."""
    answers = _answer_sentences(doc)
    for sentence in answers:
        if _OUTCOME.search(sentence.text) and not _NOT_OUTCOME.search(sentence.text) \
                and ctx.voice_of(sentence.index).stance != "asks":
            return sentence
    title = (doc.article.source.title or "").strip()
    if not title.endswith("?"):
        return None
    question = title.rstrip("?").rsplit(":", 1)[-1].strip().lower()  # "Oil leak: what happens next?"
    for sentence in doc.sentences:
        text = sentence.text.strip().rstrip("?").lower()
        if text == question:  # the subhead repeating the headline's question: its answer is the point
            return next((s for s in answers if s.index > sentence.index), None)
    return None


def writers_finding(sentence: Sentence) -> bool:
    """True for the writer's first-person finding ("I have found that ...", "What I have not found is ...")."""
    return sentence.text[:1] not in "\"“'‘`" and bool(_FINDING.search(sentence.text))


# An explainer's key points after its point: the answers' news over its definitions and mechanism (Audit 25's
# explainer: three key points of how the operation works). A definition or a method's record weighs less, an
# outcome or the next step more. Set on tests/analyze/test_mainpoint_session16.py's explainer: the next step (the
# tenth sentence, score 0.21) rises above the mechanism (0.46 and less) at 2.5; the definitions fall below it at 0.5.
_DEFINITION = re.compile(
    r"^(?:The |A |An )?[\w -]{1,40}? (?:is|are) (?:a|an) (?:technique|method|process|procedure|way|device|term|"
    r"kind|type|form|tool)\b|\b(?:has|have) (?:long )?been used\b|\bworks by\b|\bis done by\b", re.I)
_NEXT = re.compile(r"\bwill (?:now|next|then)\b|\bnext step\b|\b(?:is|are) (?:not )?expected (?:to|by|before|within)\b",
                   re.I)
MECHANISM_FACTOR = 0.5
OUTCOME_FACTOR = 2.5
# The harm an explainer's answer reports: a toll with its count ("about 1,100 people have been killed") or force used
# ("sent tanks into nine towns", "fired on crowds"). Audit 48's Q&A (#7) put the early background (a TV promise of
# reform) first and the crackdown in no key point; the harm done is what a reader keeps, so it weighs as an outcome.
_TOLL = re.compile(
    r"\b\d[\d,.]*\b[^.?!;]{0,50}?\b(?:killed|dead|died|deaths|wounded|injured|detained|arrested|displaced|jailed|"
    r"executed)\b|\b(?:killed|wounded|injured|detained|arrested|displaced) (?:at least |about |around |more than |"
    r"nearly |some |over )?\d", re.I)
_FORCE = re.compile(r"\b(?:sent|deployed|moved|rolled|poured) (?:\w+ )?(?:tanks|troops|soldiers|the army|forces|"
                    r"armou?red vehicles)\b|\b(?:opened fire|fired on|shelled|bombed|stormed|raided)\b", re.I)


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
HISTORY_YEARS = 2  # a year this much older than the article's tells history ("In 1976, an outbreak ... killed one")


def _history(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence names a year HISTORY_YEARS or more before the article's (any year, undated)."""
    dated = _YEAR.search(doc.article.source.date or "")
    now = int(dated.group()) if dated else None
    return any(now is None or int(year) <= now - HISTORY_YEARS for year in _YEAR.findall(sentence.text))


def harm_told(doc: Document, sentence: Sentence) -> bool:
    """True for a sentence that reports harm done (see _TOLL, _FORCE), not in a conditional (_NOT_OUTCOME) and not
    history (a session 32 check on a swine-flu Q&A: a 1976 outbreak's toll is background, not the news)."""
    text = sentence.text
    return bool(_TOLL.search(text) or _FORCE.search(text)) and not _NOT_OUTCOME.search(text) \
        and not _history(doc, sentence)


def harm_answer(doc: Document, ctx: Context) -> Sentence | None:
    """A Q&A explainer's first answer sentence reporting harm done (harm_told), in the writer's voice, else None."""
    if ctx.genre != "qa":
        return None
    return next((s for s in _answer_sentences(doc) if harm_told(doc, s) and s.text.strip()[:1] not in "\"“'‘"
                 and ctx.voice_of(s.index).stance != "asks"), None)


# A question that looks back: what prompted it, why it began, the background. Its answer is background to the
# explainer's news (Audit 48 #7: the answer to "What prompted the protests?" - a TV promise of reform years before -
# was KP1, the crackdown under "How has the government responded?" in no key point). Its answers weigh
# BACKGROUND_FACTOR, so a reader's news (what is happening, what was done, what comes next) comes first; set on the
# session 32 Q&A case, where 0.6 puts the crackdown and the sanctions over the first answer's opening line.
_LOOKS_BACK = re.compile(r"\b(?:prompted|sparked|triggered|caused|started|began|led to|behind)\b|"
                         r"\b(?:background|history|origins?|roots?)\b|\bhow did (?:it|this|the \w+) (?:start|begin)\b|"
                         r"^why (?:did|were|was|have|has)\b", re.I)
BACKGROUND_FACTOR = 0.6


def answer_factors(doc: Document, ctx: Context) -> list[float]:
    """Per sentence, the factor on a Q&A explainer's key-point score (see OUTCOME_FACTOR, BACKGROUND_FACTOR); 1.0
    elsewhere."""
    factors = [1.0] * len(doc.sentences)
    if ctx.genre != "qa":
        return factors
    asked = _questions_over(doc)
    for sentence in _answer_sentences(doc):
        text = sentence.text
        if (_OUTCOME.search(text) and not _NOT_OUTCOME.search(text)) or _NEXT.search(text) or harm_told(doc, sentence):
            factors[sentence.index] = OUTCOME_FACTOR
        elif _DEFINITION.search(text):
            factors[sentence.index] = MECHANISM_FACTOR
        elif _LOOKS_BACK.search(asked.get(sentence.paragraph, "").strip()):
            factors[sentence.index] = BACKGROUND_FACTOR
    return factors


# A debunk told as a report (Audit 25's debunk: KP2 stated the false claim as news, the correction was KP4): the
# writer's refutation near the top ("It was widely reported that ..., but he never did.", "But the bishop never
# said it.") is the point, and the opening sentences that state the claim flat, with no report frame, are no key
# points. Only the writer's own sentences count: "witnesses said he never did" is one side of a dispute.
# The refutation ends its sentence ("..., but he never did."): "But Linklater doesn't do plot; he does life." (a
# review in the Newsroom sample) goes on, and a present-tense "doesn't" is a habit, not a correction.
_REFUTES = re.compile(
    r"(?:\b(?:but|yet|except|in fact|in reality),? (?:\w+ ){0,3}(?:never|did not|didn't) (?:say|said|do|did|promise|"
    r"promised|happen|happened)|\bnever (?:said|did|promised|happened))(?: (?:it|so|that|this|any such thing|"
    r"anything of the kind))?[.!]?[\"”’']?$"
    # ... and a work's true author ("But the drawing is not by Nox.", "It was in fact drawn by Clara Ventin";
    # Audit 26's debunk had the denial third and the real artist nowhere).
    r"|\b(?:but|yet|in fact|in reality),? (?:\w+ ){0,4}(?:is|was|are|were)(?: not|n't) by (?:(?-i:[A-Z])[\w'-]+ ?){1,3}"
    r"[.!]?[\"”’']?$|\b(?:is|was|were) (?:in fact|actually|really) (?:drawn|written|painted|taken|made|created|"
    r"composed|designed|posted|shot|produced) by (?-i:[A-Z])"
    # ... and a flat "It was never true." on the story just told (Audit 29's fact-check never stated its verdict)
    r"|^(?:but |and )?(?:it|this|that|none of (?:it|this)|the (?:story|claim|report|rumou?r|tale|post))"
    r"(?: \w+){0,2} (?:was|is|has|had)(?: \w+)? never (?:been )?true[.!]?[\"”’']?$", re.I)
_REPORT_FRAME = re.compile(r"\b(?:report(?:ed|s)?|claim(?:ed|s)?|stor(?:y|ies)|rumou?r\w*|supposedly|allegedly|"
                           r"viral|shared|circulat\w+|headlines?|said to have)\b", re.I)
REFUTE_REACH = 4  # paragraphs: a refutation further down answers one claim among many, not the story
CLAIM_FACTOR = 0.2  # below a report's later sentences (set on the debunk cases of test_mainpoint_session16.py)


def refutation(doc: Document, ctx: Context) -> Sentence | None:
    """The writer's refutation of the story the opening tells (see _REFUTES), within REFUTE_REACH paragraphs."""
    if not doc.sentences:
        return None
    first = doc.sentences[0].paragraph
    return next((s for s in doc.sentences[1:] if s.paragraph < first + REFUTE_REACH and _REFUTES.search(s.text)
                 and s.text[:1] not in "\"“'‘" and ctx.voice_of(s.index).voice == "reporter"), None)


# The telling of the claim a refutation answers: a carrier that says it ("A viral story says the leader opened a
# restaurant ..."). Shown before a refutation that leans back ("It was never true."), it lets the key point say
# what was checked (Audit 29's fact-check never stated the claim).
_CLAIM_TOLD = re.compile(r"\b(?:stor(?:y|ies)|posts?|claims?|reports?|rumou?rs?|articles?|tweets?|videos?|headlines?|"
                         r"messages?)\b[^.;]{0,40}?\b(?:says?|said|claim(?:s|ed)?|report(?:s|ed)?|alleged?|suggest(?:s|ed)?|"
                         r"insist(?:s|ed)?)\b", re.I)
_LEANS = re.compile(r"^(?:but |and )?(?:it|this|that|none of (?:it|this))\b", re.I)


def refuted_claim(doc: Document, ctx: Context, point: Sentence) -> Sentence | None:
    """The telling of the claim (see _CLAIM_TOLD; its voice is the carrier's) that ``point``, a refutation leaning
    back on it, answers: the first such sentence in its paragraph or the one before, else None."""
    if not _LEANS.match(point.text) or refutation(doc, ctx) is not point:
        return None
    return next((s for s in doc.sentences[: point.index] if s.paragraph >= point.paragraph - 1
                 and _CLAIM_TOLD.search(s.text) and s.text[:1] not in "\"“'‘"), None)


def claim_factors(doc: Document, ctx: Context) -> list[float]:
    """Per sentence, CLAIM_FACTOR for an opening sentence that states a refuted claim flat; 1.0 elsewhere."""
    factors = [1.0] * len(doc.sentences)
    refuted = refutation(doc, ctx) if ctx.genre in ("news", "factcheck") else None
    if refuted is None:
        return factors
    for sentence in doc.sentences[: refuted.index]:
        if ctx.voice_of(sentence.index).voice == "reporter" and not _REPORT_FRAME.search(sentence.text):
            factors[sentence.index] = CLAIM_FACTOR
    return factors


# An opinion piece's opening on the writer's credentials ("I have trained nurses in the provinces for twelve
# years") tells who writes, not what they argue: Audit 25 counted it a useless KP1. A finding in the same sentence
# ("I have spent a week here, and I have found that ...") keeps it.
_CREDENTIAL = re.compile(
    r"^(?:As (?:a|an|someone who) [^,]{3,60}, )?I(?: have|'ve)? (?:trained|taught|worked|lived|reported|covered|"
    r"served|practised|practiced|studied|written|visited|spent|been (?:a|an|working|teaching|reporting|covering|"
    r"writing|visiting))\b(?=.*\b(?:years?|decades?|since (?:\d{4}|the)|(?:many|several|countless|dozens of) times)\b)",
    re.I)
# What a rumour explainer knows of its question: the rumour cannot be confirmed, or a likelier reading.
_ASSESSES = re.compile(r"\b(?:can(?:not|'t|’t) be (?:confirmed|verified)|(?:is|are|remains?) unconfirmed|no (?:hard )?"
                       r"evidence|no sign|(?:more|most|less) likely|there is no way to (?:know|tell|confirm))\b", re.I)
CAPTION_FACTOR = 0.0  # a last resort: a column's scores run as low as 0.04 (the lead's Newsroom row 0)
# An interview's intro (the president's calls to leaders, the unrest) fell below the interviewee's answers: Audit
# 28's Zakaria interview gave two key points of intro context, a reader deleted both. Set on the session 18
# interview case (0.3 left the intro's first sentence, its position prior 1.0 against an answer's 0.4, among the three).
INTRO_FACTOR = 0.2
# An intro's announcement of the talk itself: "spoke to us about what comes next", "sat down with CNN to discuss".
_TALK = re.compile(r"\b(?:spoke|speaks|talked|talks|sat down)\s+(?:to|with)\s+[^.]{1,40}?\b(?:about|to discuss)\b")
CREDENTIAL_FACTOR = 0.4  # the credential falls below the thesis' later sentences (credentials_opinion case)
# An argued piece's author note standing as its own paragraph at the top or the foot ("Dr. Alexis Crow is Research
# Fellow at Chatham House's ... Programme.", Audit 37 A6's KP2, read as wrong): who writes, no point. A last resort.
_AUTHOR_NOTE = re.compile(
    r"^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s+is\s+(?:(?:a|an|the)\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:fellow|professor|director|editor|author|columnist|analyst|researcher|lecturer|"
    r"correspondent|writer|contributor|chair|chairman|president|founder)\s+(?:at|of|for|with|in)\b[^.?!]{0,150}\.?$",
    re.I)
NOTE_PARAGRAPHS = 3  # the note sits among the first or last paragraphs


def author_note(doc: Document, sentence: Sentence) -> bool:
    """True for an author note ("X is a fellow at Y") that is a whole paragraph near the top or the foot."""
    i = sentence.index
    alone = (i == 0 or doc.sentences[i - 1].paragraph != sentence.paragraph) and (
        i + 1 >= len(doc.sentences) or doc.sentences[i + 1].paragraph != sentence.paragraph)
    last = doc.sentences[-1].paragraph
    near = sentence.paragraph < NOTE_PARAGRAPHS or sentence.paragraph > last - NOTE_PARAGRAPHS
    return alone and near and bool(_AUTHOR_NOTE.match(sentence.text.strip()))


def shape_factors(doc: Document, ctx: Context) -> list[float]:
    """Per sentence, the factor on the key-point score from the piece's shape: an explainer's outcomes and
    definitions (answer_factors), a debunk's flat claim (claim_factors), a column writer's credentials."""
    factors = [a * b for a, b in zip(answer_factors(doc, ctx), claim_factors(doc, ctx), strict=True)]
    if knows_announced(doc):  # "Is X running the country? Here is what we know": the known answer (Audit 27)
        for sentence in doc.sentences:
            if _ASSESSES.search(sentence.text):
                factors[sentence.index] *= OUTCOME_FACTOR
    for index in interview_intro(doc):  # an interview's intro gives context; the answers are the piece (Audit 28)
        factors[index] *= INTRO_FACTOR
    for index in run_in_caption(doc):  # a photo caption ahead of the editor's note (genre_pages, session 17)
        factors[index] *= CAPTION_FACTOR
    if ctx.genre in ("opinion", "analysis"):
        for sentence in doc.sentences:
            if _CREDENTIAL.search(sentence.text) and not writers_finding(sentence):
                factors[sentence.index] *= CREDENTIAL_FACTOR
            if author_note(doc, sentence):
                factors[sentence.index] *= CAPTION_FACTOR
    return factors


# The transcript and the intro are asked for by sentence_scores, shape_factors and analyze_summary for the same
# document: kept for the last document seen, by identity (as analyze/doc_index.py keeps its index), each reads
# the whole text once per brief instead of three times (review18a).
_lock = threading.Lock()
_last: tuple[Document, Transcript, tuple[int, ...]] | None = None


def _read(doc: Document) -> tuple[Transcript, tuple[int, ...]]:
    global _last
    with _lock:
        if _last is not None and _last[0] is doc:
            return _last[1], _last[2]
    transcript = read_transcript(doc)
    intro = tuple(_intro(doc, transcript))
    with _lock:
        _last = (doc, transcript, intro)
    return transcript, intro


def transcript_of(doc: Document) -> Transcript:
    """nlp/transcript.read_transcript(doc), read once for the last document asked about."""
    return _read(doc)[0]


def interview_intro(doc: Document) -> tuple[int, ...]:
    """The sentences before an interview's first turn that give context, when a named answerer answers MIN_TURNS
    times or more (nlp/transcript.py); a column quoting an exchange keeps its own paragraphs. An intro sentence
    naming the answerer is the interview's news ("X is the firm's new chief executive": a reader set's Q&A
    point) and stays, unless it only announces the talk ("X spoke to us about what comes next")."""
    return _read(doc)[1]


def interview_lede(doc: Document) -> Sentence | None:
    """An interview's lede telling what the answerer warns or says (point_setups.tells_claim), when the piece is an
    interview with an intro (interview_intro): its news, which leads (Audit 41 #6: an answer led instead)."""
    intro = interview_intro(doc)
    if not intro:
        return None
    first = next((s for s in doc.sentences[: max(intro) + 1] if tells_claim(s)), None)
    return first if first is not None and first.index not in intro else None


def _intro(doc: Document, transcript: Transcript) -> list[int]:
    if transcript.quoted or not transcript.turns:
        return []
    # A named answerer ("Kell:"), not an explainer's "A:" whose intro summarises its answers (Audit 28 #3).
    answerers = {who for i, who in transcript.turns.items()
                 if who and who.lower() not in ANSWER_LABELS and i not in transcript.asked}
    answers = {doc.sentences[i].paragraph for i, who in transcript.turns.items() if who in answerers}
    if len(answers) < MIN_TURNS:
        return []
    names = {word for who in answerers for word in who.split() if word[:1].isupper()}
    first = min(transcript.turns)
    # The lede telling what the answerer warns or says ("An opposition supporter has warned that ...") is the
    # interview's news though it names no one yet; a line giving the answerer's alias ("has asked that we call her
    # Nastaran") names the answerer only as set-up (point_setups, Audit 41 #6: it led and the lede was left out).
    lede = next((s.index for s in doc.sentences[:first] if tells_claim(s)), None)
    return [s.index for s in doc.sentences[:first]
            if s.index != lede
            and (_TALK.search(s.text) or alias_line(s) or not any(t.text in names for t in doc.sentence_tokens(s)))]
