"""The wording of a timeline entry: a date's label and a shorter telling of its sentence.

:func:`label` writes a date as the timeline shows it ("June 2018", "2015–2018", "by 2022");
:func:`date_clause` cuts a dated sentence after its date when compose needs a shorter wording;
:func:`time_opening` writes out an opening "This year" (split from :mod:`newsbrief.analyze.timeline`).
"""

from __future__ import annotations

import re
from calendar import month_name

from newsbrief.analyze.date_roles import clause_verb
from newsbrief.models import Document, Sentence
from newsbrief.nlp.date_yearless import is_yearless, yearless_label
from newsbrief.nlp.dates import DateValue, is_until_cleft

# A shorter wording of an event whose sentence is already a key point must share at most
# this part of the sentence's words, or compose drops it as a repeat: ROUGE-L F1 with the
# whole sentence is then at most 2r/(1+r) < 0.7 (compose.DUPLICATE_ROUGE_L) for r <= 0.53.
REPEAT_SAFE_SHARE = 0.53
MIN_SHORT_WORDS = 5  # "X signed Y on Wednesday": a dated clause shorter than this says too little
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Where a dated clause may end before its sentence does: a clause break, or a word that
# starts a complement or a subordinate clause after the date.
_CLAUSE_BREAK = re.compile(r"[,;:]\s|\s[–—-]\s")
_COMPLEMENT = re.compile(
    r"\s(?=(?:to|that|after|before|when|as|amid|following|which|who|while|because|but|and|with|despite|"
    r"over|in\s+a|in\s+an|for)\b)", re.I)


def _single_label(value: DateValue) -> str:
    if is_yearless(value.iso):
        return yearless_label(value.iso)  # "18 March": no year was written and none is guessed
    parts = value.iso.split("-")
    if value.granularity == "year":
        return parts[0]
    if value.granularity == "month":
        return f"{month_name[int(parts[1])]} {parts[0]}"
    return f"{int(parts[2])} {month_name[int(parts[1])]} {parts[0]}"


def label(value: DateValue) -> str:
    """A readable label ("June 2018", "27 February 2019"; a range "2015–2018", "March–June 2021").

    A limit says so: "by 2022", "until 20 January 2019", "before October 2009".
    """
    plain = _plain_label(value)
    return f"{value.bound} {plain}" if value.bound else plain


def _plain_label(value: DateValue) -> str:
    start = _single_label(value)
    if value.until is None:
        return start
    end = _single_label(value.until)
    if value.granularity == "year" or " " not in start:
        return f"{start}–{end}"
    if is_yearless(value.iso) or is_yearless(value.until.iso):
        if len(value.iso) == len(value.until.iso) == len("--03"):
            return f"{start.split()[0]}–{end}"  # "--03" to "--06": "March–June (year not given)"
        # "--07-18" to "--07-19": the month is the "--MM" head; two days of one month share it ("18–19 July")
        return f"{start.split()[0]}–{end}" if value.iso[:4] == value.until.iso[:4] else f"{start} – {end}"
    same_year = value.iso[:4] == value.until.iso[:4]
    if same_year and value.granularity == value.until.granularity == "month":
        return f"{start.split()[0]}–{end}"  # "March–June 2021"
    if same_year and value.granularity == value.until.granularity == "day":
        if value.iso[:7] == value.until.iso[:7]:
            return f"{start.split()[0]}–{end}"  # "3–5 March 2026"
        return f"{start.rsplit(' ', 1)[0]} – {end}"  # "27 February – 2 March 2026"
    return f"{start} – {end}"


def words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def date_clause(doc: Document, sentence: Sentence, value: DateValue) -> str | None:
    """A shorter wording of the sentence that keeps its date: the sentence cut after the date.

    Used by compose when the whole sentence is already a key point: the timeline then
    keeps the dated core ("X signed Y on Wednesday") only, and only when that core is a
    clause with a verb, not a noun phrase. The cut is at the first clause break after the
    date; when that still shares too many words with the sentence to pass as a different
    statement, at the first complement after the date ("X met on Wednesday | to decide ...").
    """
    if is_until_cleft(sentence.text, value.start, value.end):
        return None  # "It wasn't until 2014 | that X changed ...": the act is after the cut
    end_of_date = (value.until or value).end
    rest = sentence.text[end_of_date:]
    breaks = _CLAUSE_BREAK.search(rest)
    limit = breaks.start() if breaks else len(rest)
    # The first complement only: a later one leaves a dangling word ("to decide whether").
    cuts = [m.start() for m in _COMPLEMENT.finditer(rest[:limit])][:1]
    if breaks:
        cuts.append(limit)
    total = words(sentence.text)
    usable = []
    for cut in sorted(set(cuts), reverse=True):
        text = sentence.text[: end_of_date + cut].strip()
        end = sentence.start + len(text)
        # a finite verb: a participle clause cut from its main clause is a fragment ("Joining X in 2001
        # before making his debut"; session 16b)
        has_verb = any(t.tag in _FINITE_TAGS and t.end <= end for t in doc.sentence_tokens(sentence))
        if (words(text) >= MIN_SHORT_WORDS and has_verb and not _cut_from_main_clause(doc, sentence, value, end)
                and not _cut_from_its_object(doc, sentence, value, end)):
            usable.append(text)
    safe = [text for text in usable if words(text) <= REPEAT_SAFE_SHARE * total]
    if safe:
        return safe[0]
    if breaks and usable and usable[0] == sentence.text[: end_of_date + limit].strip():
        return usable[0]
    return None


def _cut_from_main_clause(doc: Document, sentence: Sentence, value: DateValue, end: int) -> bool:
    """True when the date's clause is subordinate to a main verb that lies past ``end`` (article offset).

    "When the chief said in May | that the leak was tiny, he was mocked" cut after "May" is a fragment with no
    event (reader Audit 31): the main clause ("he was mocked") is what happened. A reported clause is no
    subordinate: "The firm signed the deal on Monday, officials said" keeps "The firm signed the deal on Monday".
    """
    verb = clause_verb(doc, sentence, value)
    for _ in range(sentence.token_end - sentence.token_start):
        if verb is None or verb.head == verb.i:
            return False
        head = doc.tokens[verb.head]
        if verb.dep == "advcl" and head.end > end:
            return True
        verb = head
    return False


# What a verb needs to tell anything: its object or the clause it reports.
_OBJECTS = frozenset({"dobj", "ccomp"})


def _cut_from_its_object(doc: Document, sentence: Sentence, value: DateValue, end: int) -> bool:
    """True when the date's verb has its object or reported clause past ``end`` (article offset).

    "The Hollywood Reporter stated on Nov. 8, 2014, | that Culkin was the victim of a hoax" cut after the date
    tells a reporting act with nothing reported (Audit 51 #11, an empty entry); "Police arrested on Monday |
    three men" loses who was arrested. A purpose after the cut ("met on Wednesday | to decide ...") may go.
    """
    verb = clause_verb(doc, sentence, value)
    if verb is None:
        return False
    return any(t.head == verb.i and t.i != verb.i and t.dep in _OBJECTS and t.start >= end
               for t in doc.sentence_tokens(sentence))


def time_opening(sentence: Sentence, value: DateValue) -> str | None:
    """The sentence with an opening "This year" / "That month" written out ("[In 2019], officials ..."), else None."""
    head = sentence.text[: value.start]
    expression = sentence.text[value.start : value.end].strip()
    if head.strip() or value.until is not None or expression.split()[0].lower() not in ("this", "that"):
        return None
    preposition = "On" if value.granularity == "day" else "In"
    return f"[{preposition} {_single_label(value)}]{sentence.text[value.end :]}"
