"""Claim frames of key figures: a number inside someone's claim keeps the claim's frame, or is not shown.

A number told inside a reported clause is the source's, not the article's: "State prosecutors said a
man they arrested told how 17 of the missing youths were rounded up" gives a suspect's account, and
"a posting ... that said the town was quarantined because a family of five tested positive" gives the
hoax a fact-check debunks. Shown bare ("17 — of the missing youths were rounded up", "five — family
tested positive for the Ebola virus") the figure states the claim as fact (reader Audit 8: three key
figures, two of them the very hoaxes their articles debunk). So:

- the frame is found in the parse: the nearest reporting verb whose clausal complement, with a finite
  verb, holds the number ("told how ...", "as saying ...", "claiming ...", "..., the ministry said"),
  or an "according to" phrase on a verb above it; a count with its noun alone ("the remains of nine
  people") or a noun phrase whose claim is told after it states no claim and is left as it is;
- the figure's text keeps the frame in the article's own words: the span from the speaker to the
  figure when the frame comes first and the span is short ("a man they arrested told how 17 of the
  missing youths were rounded up"), else the frame in brackets after the figure ("1,200 people had been
  admitted (the ministry said)");
- in an article that debunks (two sentences or more call something false, a hoax, fake, a rumour), a
  number inside a claim made by a document or site ("a posting that said", "the article quoted ... as
  saying"), told with a claim verb ("claiming", "alleged"), or inside "the claim that ..." is dropped:
  the article says it is not so.

Read from the spaCy parse already in the document, through :class:`~newsbrief.analyze.figure_parse.ParsedSentence`
(no model of its own). Checked on 40 CNN/DM reports (SummEval): the figures that gain a frame read as
"8,480 migrants were rescued (according to the Italian coast guard)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_padding import sister_clause_between
from newsbrief.analyze.figure_parse import ParsedSentence, article_phrase, dash_aside
from newsbrief.analyze.figure_referents import Referent, resolve_subject
from newsbrief.analyze.figure_spans import clause_aside, conjoined_verbs
from newsbrief.models import Document

# ("suggest" is left out: "more dramatic than a rise of one unit would suggest" reports no one; so are
# "post" and "publish": "posts modelling photos ... with over 17,000 followers" reports nothing)
_REPORTING = frozenset("say tell add announce note state claim allege quote write report confirm explain insist "
                       "argue reply respond estimate testify confess admit charge contend complain".split())
_CLAIMING = frozenset({"claim", "allege", "quote", "post", "rumour", "rumor"})
# "Copper is down 5 percent, that tells you something about growth": a reporting verb whose subject is a
# pointing word comments on what came before; it reports no one's claim (Newsroom row 50 showed "(that tells)")
_POINTING = frozenset({"that", "this", "which", "what"})
# Whose claim a debunking article disputes: a document, site or message rather than a person or office.
_DOCUMENTS = frozenset("post posting article story website site report rumour rumor claim message video tweet blog "
                       "hoax email page item piece release".split())
# Words with which an article says a claim is not so. DEBUNK_MIN sentences with one make a debunking
# article (reader Audit 8's two fact-checks have four and more; a news report may say "false" once).
_DEBUNK = re.compile(r"\b(?:false|hoax\w*|fake|untrue|no truth|debunk\w*|bogus|fabricat\w+|made up|rumou?rs?|"
                     r"satirical|not true|misinformation|does(?:n't| not) exist|did(?:n't| not) happen)\b", re.I)
DEBUNK_MIN = 2
# Nouns whose "that" clause is someone's claim, not the article's fact ("allegations that 85 people were killed").
_CLAIM_NOUNS = frozenset("allegation accusation claim assertion rumour rumor suggestion suspicion charge criticism "
                         "complaint".split())
# Nouns whose "that" clause is someone's reckoning: "BP had stuck by its first estimate that some 5,000 barrels a day
# was leaking" (Audit 52 A1: shown bare, a disputed estimate read as the article's fact).
_ESTIMATE_NOUNS = frozenset("estimate estimation assessment calculation projection forecast prediction guess "
                            "belief view".split())
# Verbs of accusation whose "of"/"for" phrase is the charge, not the article's fact: "was accused of spending
# $50,000", "was criticised for taking 12 days" (reader Audit 17: a charge's figure shown as fact).
_ACCUSING = frozenset("accuse criticise criticize blame fault condemn charge attack slam censure".split())
_CHARGE_PREPS = frozenset({"of", "for", "over", "with"})
# A frame shown before its figure in one run of the article's words: at most this many tokens in all.
MAX_FRAMED_TOKENS = 30
_PATH_STEPS = 12  # how far up the parse a frame is looked for


@dataclass(frozen=True)
class Frame:
    """Who tells a figure: the tokens of the frame (speaker and reporting verb, or "according to X"),
    first to last, and whether it is a claim an article can dispute."""

    first: int
    last: int
    disputable: bool
    reported: int | None = None  # the verb of the reported clause ("told how 17 ... were *rounded* up")
    who: tuple[int, ...] = ()  # the speaker's name and reporting verb alone ("Erik Vang warned"), for brackets
    charge: bool = False  # an accusation ("was accused of spending"): even a bare amount inside it is charged


def debunks(doc: Document) -> bool:
    """True when the article says of something that it is false, a hoax or a rumour (see DEBUNK_MIN)."""
    return sum(1 for s in doc.sentences if _DEBUNK.search(s.text)) >= DEBUNK_MIN


def _closes_other_clause(s: ParsedSentence, verb: int, value: int, according: int) -> bool:
    """True when a subordinate clause with its own subject stands between the figure and the "according to"
    phrase on their verb ("245,000 voters turned out ..., despite independents making up 47% of the turnout,
    according to exit polls"): the source closes that clause, not the figure's (the lead's Newsroom row 0)."""
    for d in s.children[verb]:
        if not value < d < according or s.tok(d).dep not in ("prep", "advcl"):
            continue
        inner = s.subtree(d, set(), prune=False)
        if value not in inner and any(s.tok(k).dep in ("nsubj", "nsubjpass") and s.tok(s.head(k)).pos in
                                      ("VERB", "AUX") and s.head(k) != verb for k in inner):
            return True
    return False


def _according(s: ParsedSentence, verb: int, value: int) -> Frame | None:
    """An "according to X" phrase on ``verb`` that frames the figure at token ``value``."""
    for c in (k for v in (verb, *conjoined_verbs(s, verb)) for k in s.children[v]):  # "..., been captured, according"
        if s.tok(c).text.lower() == "according" and not _closes_other_clause(s, s.head(c), value, c):
            # "according to the Italian coast guard", without the clause after it (", which said ...")
            objects = [o for t in s.children[c] for o in s.children[t] if s.tok(o).dep == "pobj"]
            if not objects:
                return None
            return Frame(c, objects[0], s.tok(objects[0]).lemma.lower() in _DOCUMENTS)
    return None


def _speaker_frame(s: ParsedSentence, verb: int) -> Frame:
    """The reporting verb with its subject ("a man they arrested told"); a subjectless "as saying" or
    "claiming" with the verb or noun above it ("The article quoted the CDC as saying")."""
    subject = s.subject(verb, set())
    group = s.verb_group(verb)
    claim = s.tok(verb).lemma.lower() in _CLAIMING
    if not subject and s.tok(verb).dep in ("pcomp", "xcomp", "advcl", "acl") and s.head(verb) != verb:
        up = s.head(s.head(verb)) if s.tok(verb).dep == "pcomp" else s.head(verb)
        if s.tok(up).pos in ("VERB", "AUX"):
            outer = _speaker_frame(s, up)
            return Frame(min(outer.first, verb), max(outer.last, verb), outer.disputable or claim, who=outer.who)
        subject = s.phrase(up, {verb, *s.subtree(verb, set(), prune=False)}, 6)  # "an article claiming"
    tokens = subject | group
    heads = [i for i in subject if s.head(i) not in subject or s.head(i) == i]
    document = any(s.tok(i).lemma.lower() in _DOCUMENTS for i in heads)
    said = group
    if s.tok(verb).tag == "VBG" and s.tok(verb).dep in ("advcl", "xcomp") and s.tok(s.head(verb)).pos == "VERB":
        said = s.verb_group(s.head(verb))  # "X warned ..., noting that 25 ...": X warned
    return Frame(min(tokens), max(tokens), claim or document, who=_who(s, heads, said))


def _who(s: ParsedSentence, heads: list[int], group: set[int]) -> tuple[int, ...]:
    """The subject's head with the words of its name or title before it, and the verb group: "Erik Vang
    warned", not the appositive and the clauses between them."""
    if len(heads) != 1:
        return ()
    name = {heads[0]}
    for c in sorted(s.children[heads[0]], reverse=True):
        if c < heads[0] and s.tok(c).dep in _NAME_DEPS and min(name) - c <= 1 + len(s.children[c]):
            name |= {c} | s.subtree(c, set(), prune=False)
    return tuple(sorted(name | group))


_NAME_DEPS = frozenset({"compound", "det", "poss", "amod", "flat", "nmod"})
# A frame longer than this many tokens is shown in brackets by its speaker's name and verb alone.
MAX_BRACKET_TOKENS = 8


def _runs(s: ParsedSentence, tokens: tuple[int, ...]) -> str:
    """The article's text of ``tokens``, one slice per run of adjacent tokens, joined by spaces."""
    text, runs, start = s.doc.article.text, [], 0
    for k in range(1, len(tokens) + 1):
        if k == len(tokens) or tokens[k] != tokens[k - 1] + 1:
            runs.append(text[s.tok(tokens[start]).start : s.tok(tokens[k - 1]).end])
            start = k
    return " ".join(runs)


def _finite(s: ParsedSentence, verb: int) -> bool:
    """True for a clause with a finite verb: "were rounded up", "tested"; not a participle the parser took
    for one ("survivors who said their ship carrying 550 people capsized")."""
    return s.tok(verb).tag in ("VBD", "VBZ", "VBP", "MD") or any(
        s.tok(c).dep in ("aux", "auxpass") for c in s.children[verb])


def find_frame(s: ParsedSentence, figure: Figure, debunked: bool) -> Frame | None:
    """The frame of the reported clause the figure's number stands in, or None when it is the article's own.

    In a ``debunked`` article, "the claim that ..." around the number is a frame too.
    """
    i = figure.value_start
    own = s.region(i) if s.line_cuts else range(s.lo, s.hi)  # a dated list's next entry does not report this one
    for _ in range(_PATH_STEPS):
        according = _according(s, i, figure.value_start)
        if according is not None:
            return according
        h = s.head(i)
        if h == i or h not in own:
            return None
        lemma, dep = s.tok(h).lemma.lower(), s.tok(i).dep
        # a parataxis is a report only after what it reports ("..., the ministry said")
        if lemma in _REPORTING and dep == "ccomp" and not _finite(s, i):
            return None  # a parse that took a participle for the reported verb: no frame is guessed further up
        if lemma in _REPORTING and (dep == "ccomp" or (dep == "parataxis" and h > i)
                                    or (dep == "xcomp" and lemma in _CLAIMING)) and not _pointing_subject(s, h):
            return replace(_speaker_frame(s, h), reported=i)
        if debunked and dep == "acl" and lemma in _DOCUMENTS:
            return Frame(h, h, True)  # "no truth to the claim that ... the town of about 130 residents"
        if dep in ("acl", "ccomp") and lemma in _CLAIM_NOUNS | _ESTIMATE_NOUNS and _finite(s, i):
            # "allegations that 85 people were killed": shown bare the toll reads as fact (reader Audit 16)
            return Frame(_holder_start(s, h), h, debunked, reported=i)
        if dep == "prep" and lemma in _ACCUSING and s.tok(i).text.lower() in _CHARGE_PREPS:
            return replace(_speaker_frame(s, h), disputable=True, reported=i, charge=True)  # "was accused of"
        if (charge := _charge_said(s, h, i)) is not None:
            return charge
        i = h
    return None


def _holder_start(s: ParsedSentence, noun: int) -> int:
    """Where a claim noun's frame starts: at the subject of the verb whose object it is ("BP had stuck by its first
    estimate that ...": whose estimate, the reader must see), else at the noun's own modifiers ("the ministry's
    allegations that ...")."""
    first = min([noun, *(k for c in s.children[noun] if c < noun and s.tok(c).dep in _NAME_DEPS
                         for k in s.subtree(c, set(), prune=False))])
    verb = s.head(s.head(noun)) if s.tok(noun).dep == "pobj" else s.head(noun)
    if s.tok(noun).dep in ("dobj", "pobj") and s.tok(verb).pos == "VERB" and verb < noun:
        subject = s.subject(verb, set())
        if subject and max(subject) < verb and not {i for i in subject if s.tok(i).pos == "PRON"}:
            return min(subject)
    return first


def _pointing_subject(s: ParsedSentence, verb: int) -> bool:
    """True when the reporting verb's subject is a pointing word ("that tells you"): a comment, no speaker."""
    return any(s.tok(c).dep == "nsubj" and s.text(c).lower() in _POINTING for c in s.children[verb])


def _charge_said(s: ParsedSentence, verb: int, clause: int) -> Frame | None:
    """"The key charge is that ...", "Among the charges raised is that ...": a "that" clause given as what
    a claim noun says, through a copula; the frame is the noun's phrase with the copula."""
    if s.tok(verb).lemma.lower() != "be" or s.tok(clause).dep != "ccomp" or clause < verb:
        return None
    for c in s.children[verb]:
        noun = c
        if s.tok(c).dep == "prep" and s.tok(c).text.lower() == "among":
            noun = next((o for o in s.children[c] if s.tok(o).dep == "pobj"), c)
        elif s.tok(c).dep not in ("nsubj", "attr"):
            continue
        if s.tok(noun).lemma.lower() in _CLAIM_NOUNS and c < verb:
            return Frame(min(s.subtree(c, set(), prune=False)), verb, True, reported=clause,
                         who=_who(s, [noun], set()), charge=True)
    return None


_SPEAKER_PRONOUNS = frozenset({"it", "they", "he", "she"})


def _pronoun_speaker(s: ParsedSentence, frame: Frame) -> bool:
    """True when the frame opens on a bare pronoun that is its speaker ("It said", "They told")."""
    first = s.tok(frame.first)
    return first.pos == "PRON" and first.dep == "nsubj" and first.text.lower() in _SPEAKER_PRONOUNS


# A death or injury toll is the article's news whoever reports it: shown without its pronoun frame.
_CASUALTY_VERBS = frozenset("die kill injure wound drown perish hurt".split())


def _pronoun_framed(s: ParsedSentence, figure: Figure, frame: Frame,
                    ordered: tuple[str, int, int]) -> tuple[str, int, int] | None:
    """A figure framed by "They said": the frame with the speaker named ("[Police] said 23 passengers died"),
    the figure alone when it is a casualty count, else None (see framed)."""
    measure, start, end = ordered
    referent = resolve_subject(s.doc, s, {frame.first})
    tokens = [t for t in range(frame.first, s.hi) if s.tok(t).start < end]
    if referent is not None and len(tokens) <= MAX_FRAMED_TOKENS and not sister_clause_between(s, frame.last, figure):
        who = " ".join(s.doc.tokens[i].text for i in referent.tokens)
        text = s.doc.article.text
        shown = f"[{who}] " + text[s.tok(frame.first + 1).start : end].rstrip(" ,;:")
        return shown, min(start, s.tok(frame.first).start), end
    if any(s.tok(i).lemma.lower() in _CASUALTY_VERBS for i in figure.clause):
        return measure, start, end
    return None


def with_value(s: ParsedSentence, figure: Figure, measure: str, value: str, lead: str) -> str:
    """The value put before a measure that does not hold it: joined when the measure goes on from the number
    in the article's order ("1,200" + "people had been admitted"), else set off by a dash after the figure's
    own words ("compared to 40 — coalition flew sorties"; joined, it read "40 coalition flew sorties",
    the number moved into another noun's place: reader Audit 19)."""
    after = s.doc.article.text[s.tok(figure.value_end - 1).end : s.tok(s.hi - 1).end].lstrip()
    if not measure or after.startswith(measure.split(" ", 1)[0]):
        return f"{value} {measure}".strip()
    said = set(lead.lower().split())
    words = measure.split(" ")
    while words and words[0].lower() in said:
        words.pop(0)  # "60 sorties" + "sorties flown ...": the noun not said twice
    return f"{lead} — {' '.join(words)}" if words else lead


def framed(s: ParsedSentence, figure: Figure, measure: str, start: int, end: int, value: str,
           debunked: bool, lead: str | None = None) -> tuple[str, int, int] | None:
    """The figure's measure and citation span with its claim frame (see the module docstring); the
    measure as it is when the number is the article's own; None when the article debunks the claim or its
    speaker is a bare pronoun. ``lead`` is the figure's shown text ("compared to 40"), the value by default."""
    frame = find_frame(s, figure, debunked)
    if frame is None:
        return measure, start, end
    if debunked and frame.disputable:
        return None
    # a measure that holds the reported clause's own verb ("120 security personnel were killed there, prompting 2,000
    # people") tells the claim, however the parse split it between the count's noun and its clause (Audit 48 #7); a
    # clause under it ("6m litres has spilled since an explosion ..., killing 11 workers") is not the claim
    bare = not figure.clause and (figure.noun is None or all(i <= figure.noun for i in figure.what)) \
        and frame.reported not in figure.what
    if (bare and not frame.charge) or (frame.reported is not None and frame.reported > max(figure.tokens)):
        # a count with its noun only ("the remains of nine people"), or a noun phrase whose claim is told
        # after it ("their ship carrying 550 people capsized"), states no claim of its own
        return measure, start, end
    text = s.doc.article.text
    first, last = s.tok(frame.first).start, s.tok(frame.last).end
    if first >= start and last <= end and value in measure:
        return measure, start, end  # the measure says the frame already ("[Harmoush] claimed to have taken 30")
    tokens = [t for t in range(frame.first, s.hi) if s.tok(t).start < end]
    if frame.last < figure.value_start and _pronoun_speaker(s, frame):
        # "It said five patients died ...": shown alone the speaker is no one (reader Audit 18); named when an
        # earlier subject says who, a casualty count kept bare (session 17: "They said 23 passengers died" left
        # a bus crash with no key figures); otherwise not shown
        return _pronoun_framed(s, figure, frame, (measure, start, end))
    # a sister clause's number the measure shows already ("120 ... were killed there, prompting 2,000 people") is
    # no repeat: the frame goes first, as the article tells it (Audit 48 #7)
    shown_between = all(i in figure.tokens for i in range(frame.last + 1, figure.value_start) if s.tok(i).like_num)
    if frame.last < figure.value_start and len(tokens) <= MAX_FRAMED_TOKENS \
            and (shown_between or not sister_clause_between(s, frame.last, figure)):
        return text[first:end].rstrip(" ,;:"), min(start, first), end
    shown = measure if value in measure else with_value(s, figure, measure, value, lead or value)
    said = text[first:last]
    if frame.last - frame.first + 1 > MAX_BRACKET_TOKENS and frame.who:
        said = _runs(s, frame.who)  # "(Erik Vang warned)", not the clauses between him and "noting"
    if said.rsplit(" ", 1)[0].lower().removeprefix("the ") in shown.lower():
        return shown, min(start, first), max(end, last)  # its clause names the speaker: "... Trust had recruited"
    return f"{shown} ({said})", min(start, first), max(end, last)


# "a further 17,000 for payment", "another 25 due to follow": a count whose noun is left to an earlier
# one ("17,000 claims"); shown alone it reads as an amount of something else (reader Audit 8: "17,000 —
# payment the company is evaluating"). Not shown.
_ELLIPTICAL = frozenset({"further", "another", "additional", "other"})


def elliptical(s: ParsedSentence, figure: Figure) -> bool:
    """True for a count with no noun of its own after "a further", "another" (see above)."""
    if figure.label != "CARDINAL" or figure.noun is not None or any(s.tok(i).text.lower() == "of" for i in figure.what):
        return False  # "17 of the missing youths" says what it counts
    before = [s.tok(i).text.lower() for i in range(max(s.lo, figure.value_start - 2), figure.value_start)]
    return any(word in _ELLIPTICAL for word in before)


def shown_text(s: ParsedSentence, figure: Figure, value: str) -> tuple[str, int]:
    """The item's text and where it starts: the value with the noun it counts when that follows it ("10
    to 20 nuclear warheads", "16 men and women"), a baseline's words ("up from 7,940") or a hedge's
    ("suspected in more than 160 deaths")."""
    text = s.doc.article.text
    shown = value
    if figure.noun is not None and figure.noun >= figure.value_end and all(
            i in figure.what and s.tok(i).pos not in ("DET", "ADP", "PRON")
            for i in range(figure.value_end, figure.noun + 1)):
        stop = figure.noun
        sisters = s.coordinated(figure.noun, set()) & set(figure.what)
        if sisters and all(i in sisters for i in range(figure.noun + 1, max(sisters) + 1)):
            stop = max(sisters)  # "16 men and women", not "16 men"
        shown = text[s.tok(figure.value_start).start : s.tok(stop).end]
    elif (rate := _unit_rate(s, figure)) is not None:
        shown = text[s.tok(figure.value_start).start : s.tok(rate).end]  # "60,000 barrels per day" (session 21)
    if figure.baseline is not None:
        shown = text[s.tok(figure.baseline).start : s.tok(figure.value_start).start] + shown
    elif (hedge := hedged_by(s, figure.value_start, figure.noun)) is not None:
        return text[s.tok(hedge).start : s.tok(figure.value_start).start] + shown, s.tok(hedge).start
    return shown, s.tok(figure.value_start).start


def _unit_rate(s: ParsedSentence, figure: Figure) -> int | None:
    """The last token of a "per" rate right after a value that holds its unit ("between 35,000 and 60,000
    barrels per day"), else None. Left in the gloss, the rate led it and was read as the clause's
    ("barrels — per day the official estimate had increased", session 21 on Audit 33's A7)."""
    after = figure.value_end
    # only a rate read as what the value counts: the gloss says that first (a rate read as one, "fell on the
    # town per hour", ends the gloss and would be said twice)
    if figure.noun is not None or not s.inside(after + 1) or s.text(after).lower() != "per" \
            or not {after, after + 1} <= set(figure.what) or s.tok(after + 1).dep != "pobj" \
            or s.head(after + 1) != after:
        return None
    return after + 1


def _cut_subject(s: ParsedSentence, figure: Figure, first: int) -> range | None:
    """The clause's subject words before ``first``, the start of the phrase shown, when the phrase left
    out a subject noun (an unbroken run of words), else None."""
    before = sorted(i for i in figure.clause if i < first)
    if not before or before != list(range(before[0], before[-1] + 1)) \
            or not any(s.tok(i).dep in ("nsubj", "nsubjpass") and s.tok(i).pos == "NOUN" for i in before):
        return None
    stop = before[-1] + 1
    if stop < first and s.tok(stop).dep == "appos" and s.head(stop) == stop - 1 and s.tok(stop).pos == "NOUN":
        stop += 1  # "a fire hydrant" parsed as "fire", "hydrant" in apposition: the head noun kept whole
    return range(before[0], stop)


def in_article_order(s: ParsedSentence, figure: Figure, measure: str, replaced: set[int],
                      referent: Referent | None) -> tuple[str, int, int]:
    """The measure and the span to cite: the article's own phrase around the number where the gloss
    would reorder or skip its words ("every year of delay costs the region about €90 million"), with a
    vague subject the gloss ``replaced`` named in brackets by its ``referent``; else the gloss as given."""
    value, words = range(figure.value_start, figure.value_end), set(figure.what) | set(figure.clause) | set(figure.rate)
    aside = dash_aside(s, value, words) or clause_aside(s, value, words)  # "- including two -", "since ... April,"
    phrase = article_phrase(s, value, words, frozenset(aside or ()))
    start, end = min(s.tok(i).start for i in figure.tokens), max(s.tok(i).end for i in figure.tokens)
    if phrase is None:
        return _second_of_pair(s, figure, replaced, referent) or (measure, start, end)
    text = s.doc.article.text
    first, last = s.tok(phrase[0]).start, s.tok(phrase[1] - 1).end
    if aside is not None and phrase[0] < aside.start and aside.stop < phrase[1]:
        # "Five activists … were released Friday": the aside between dashes left out, marked
        return (f"{text[first : s.tok(aside.start).start].rstrip()} … {text[s.tok(aside.stop).start : last]}",
                min(start, first), max(end, last))
    if (cut := _cut_subject(s, figure, phrase[0])) is not None:
        # "A hydrant blasting water out of a four-inch opening operates on 50 psi": the run around the
        # number stops before the long subject; its head is kept, the rest marked (reader Audit 13)
        return (f"{text[s.tok(cut.start).start : s.tok(cut.stop - 1).end]} … {text[first:last]}",
                min(start, s.tok(cut.start).start), max(end, last))
    vague = sorted(replaced & set(range(*phrase)))
    named = "" if referent is None else text[s.tok(referent.tokens[0]).start : s.tok(referent.tokens[-1]).end]
    if vague and said_already(named, text[first:last], text[s.tok(vague[0]).start : s.tok(vague[-1]).end]):
        vague = []  # "The fire near Marrow Creek": its own words name it; no "[Marrow Creek fire] near Marrow Creek"
    if referent is not None and vague:
        # "[Jazz Crosstar] gets 130 horsepower": the vague subject ("the new version") said, marked
        head, tail = text[first : s.tok(vague[0]).start], text[s.tok(vague[-1]).end : last]
        return f"{head}[{named}]{tail}", min(start, first), max(end, last)
    return text[first:last], min(start, first), max(end, last)  # the citation holds both


def _second_of_pair(s: ParsedSentence, figure: Figure, replaced: set[int],
                    referent: Referent | None) -> tuple[str, int, int] | None:
    """The second of two coordinated values on one preposition read like the first: "it retails for $199 for
    the 16GB model and $299 for the 32GB model" gives "[phone] retails for $299 for the 32GB model", not
    "$299 — 32GB model phone retails" (session 18c's strict xfail); None for any other figure."""
    nums = [i for i in range(figure.value_start, figure.value_end) if s.tok(i).like_num]
    if not nums or s.tok(nums[0]).dep != "conj" or not figure.clause or not figure.what:
        return None
    prep = s.head(s.head(nums[0]))
    verb = s.head(prep)
    if s.tok(s.head(nums[0])).dep != "pobj" or s.tok(prep).dep != "prep" or verb not in figure.clause:
        return None
    text, lead = s.doc.article.text, [i for i in figure.clause if i <= verb]
    vague = sorted(replaced & set(lead))
    said = [text[s.tok(lead[0]).start : s.tok(verb).end]]
    if referent is not None and vague:
        named = text[s.tok(referent.tokens[0]).start : s.tok(referent.tokens[-1]).end]
        said = [text[s.tok(lead[0]).start : s.tok(vague[0]).start], f"[{named}]",
                text[s.tok(vague[-1]).end : s.tok(verb).end]]
    first, last = s.tok(figure.value_start).start, s.tok(max(figure.what)).end
    return f"{''.join(said)} {s.text(prep)} {text[first:last]}", s.tok(lead[0]).start, last


# Abbreviated scales written apart from an amount of money: "$3.12 bn". The parser may hang "bn" on the
# verb, so the value read from the parse stops at "$3.12" (reader Audit 12: "cost BP $3.12" for $3.12bn).
_SPACED_SCALES = frozenset({"bn", "bln", "mn", "tn", "m"})


def with_spaced_scale(s: ParsedSentence, figure: Figure) -> Figure:
    """The figure with an abbreviated scale written just after its amount of money taken into its value
    (shown and cited with it); the figure as it is otherwise."""
    end = figure.value_end
    if figure.label != "MONEY" or not s.inside(end) or s.text(end).lower() not in _SPACED_SCALES \
            or not s.tok(end - 1).like_num:
        return figure
    return replace(figure, value_end=end + 1, what=tuple(i for i in figure.what if i != end),
                   clause=tuple(i for i in figure.clause if i != end))


__all__ = ["DEBUNK_MIN", "MAX_FRAMED_TOKENS", "Frame", "debunks", "elliptical", "find_frame", "framed",
           "in_article_order", "shown_text", "with_spaced_scale"]


# Moved from figure_parse (session 17c, to make room there under the size limit); figure_frames is their only user.
def said_already(named: str, phrase: str, vague: str) -> bool:
    """True when every word of ``named`` (a vague subject's referent) stands in ``phrase`` or in the
    ``vague`` subject itself, so naming it in brackets would only repeat the phrase."""
    have = {w.lower() for w in re.findall(r"\w+", phrase)} | {w.lower() for w in re.findall(r"\w+", vague)}
    return bool(named) and all(w.lower() in have for w in re.findall(r"\w+", named))


# Words that make a count a suspicion or an estimate rather than a fact: "suspected in more than 160
# deaths" is not "more than 160 deaths" (reader Audit 10: the confirmed toll in that article was 15).
_HEDGES = frozenset("suspect fear believe allege link blame presume estimate possible probable unconfirmed "
                    "feared suspected believed alleged linked blamed presumed estimated".split())


def hedged_by(s: ParsedSentence, value_start: int, noun: int | None) -> int | None:
    """The hedging word just before a count's preposition ("*suspected* in more than 160 deaths"), or None."""
    counted = noun if noun is not None else value_start
    if s.tok(counted).dep != "pobj" or s.head(counted) == counted:
        return None
    adp = s.head(counted)
    hedge = adp - 1
    if not s.inside(hedge) or s.head(adp) != hedge or (adp + 1 != value_start and not (
            adp + 2 == value_start and s.tok(adp + 1).pos in ("ADV", "ADJ", "DET"))):
        return None
    word = s.tok(hedge)
    return hedge if word.lemma.lower() in _HEDGES or word.text.lower() in _HEDGES else None
