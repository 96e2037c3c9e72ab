"""Notes of the page that read like sentences: a sponsor's line with its ad copy, the author's bio, a review label.

The lead read unseen Newsroom briefs in session 15 and found three kinds of page furniture that the line rules of
:mod:`newsbrief.ingest.furniture` let through, because each is written in sentences:

* **a sponsor's line and its ad copy** ("The ... Series is supported by <brand>. Get your people together ...
  Just gather at <brand's address>."): an advice piece's first three key points. The line names a container of
  the page (a series, column, newsletter, podcast; "This ..." or a capitalised title) and a sponsor, and ends
  there; the ad copy after it is short sentences up to the last one naming the sponsor again, or promotional
  imperatives ("Open an account in minutes", "Get a quote today"). A study "supported by" a funder, an event
  "sponsored by" a firm in a report on it, and "the podcast is sponsored by a betting firm, which regulators say
  ..." name no page container or go on past the sponsor: they stay.
* **the author's bio line at the foot** ("Jane Roe writes the Jane Roe blog, which covers the media.", "Jane Roe
  is a staff writer at the Ledger."): a journalist's trade (writes a column or blog, covers a beat for an outlet,
  is a reporter or columnist at one) in the last sentence. :mod:`newsbrief.ingest.furniture_tail` keeps a bio
  line whose name the body mentions; a blog post names its own blog in the body, so this one is cut even then,
  unless the body names that person outside the blog's title (a story about a columnist quotes or names
  them) or the line tells an event ("who was arrested"). The byline's surname makes a one-word name ("Roe is a
  columnist for ...") the author's.
* **a review's label** ("Dance Review", "REVIEW", "Theater review", "Review:") above the headline, and the print
  note "A version of this review appears in print ...": both are furniture, but they say what the piece is, so
  :func:`genre_note` reads them before the filter cuts them and ingest carries the word on ``Article.genre_note``
  (analyze/genre_review.py reads it). "Year in Review", "Judicial review" and "Under review" are no such label.

Plain regular expressions over sentences cut at a stop, each linear on hostile input (no nested quantifier over
overlapping classes; every repeat bounded).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from newsbrief.ingest.furniture_rules import REPORTING
from newsbrief.ingest.glued_runs import is_speaker_run
from newsbrief.ingest.note_writers import note_calls_writer_a_commentator
from newsbrief.lexicon import ANNOUNCED_INTERVIEW, ENGLISH_FUNCTION_WORDS, NOT_SPEAKER_LABELS

# ---------------------------------------------------------------- sentences of a paragraph

# A stop, closing quotes, space, then a capital or an opening quote starts the next sentence ("join.me. Get ...";
# the dot inside "join.me" is followed by a letter, so it splits nothing). The closing quote stays with its sentence
# (session 24: the split swallowed it, so cutting a bio line dropped every closing mark of the last paragraph).
_BOUNDARY = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[A-Z\"“‘(])")


def _sentences(paragraph: str) -> list[str]:
    return [s for s in _BOUNDARY.split(paragraph.strip()) if s]


# ---------------------------------------------------------------- sponsor lines and ad copy

# The page's container: "This series", "This content", "Our newsletter", or a capitalised title ending in a
# container noun ("The Small Business Series", "The Money Matters column"); a lower-case "the podcast" is news.
_CONTAINER = (r"(?:series|section|coverage|content|package|guide|podcast|newsletter|hub|channel|column|episode|post|"
              r"article|feature|page|blog|video|special report)")
_BY = (r"(?:(?:supported|sponsored|presented|underwritten|powered|funded|made possible)(?: in part| exclusively)? by|"
       r"brought to you by)")
SPONSOR_LINE = re.compile(
    rf"^(?:(?:(?i:this|our|today's) (?:[\w'’&-]+ ){{0,4}}(?i:{_CONTAINER})|The (?:[A-Z][\w'’&:.-]* ){{1,5}}"
    rf"(?i:{_CONTAINER}))(?i: is| are| has been) (?i:{_BY})|(?i:sponsored by|presented by|brought to you by|"
    rf"in partnership with|paid for by)) (?:the )?(?P<sponsor>(?:[A-Z0-9][\w.&'’-]*|[a-z][\w-]*\.[a-z]{{2,6}})"
    rf"(?: [A-Z0-9&][\w.&'’-]*){{0,4}})[.!]?$")
SPONSOR_MAX_WORDS = 20  # the sponsor lines seen had 6-12 words
# Ad copy is short (the lead's page: 5-14 words a sentence) and carries no one's words.
AD_MAX_WORDS = 25
AD_MAX_SENTENCES = 6
# An imperative that sells, with a sales marker: "Open an account in minutes", "Get a quote today".
_IMPERATIVE = re.compile(
    r"^(?:Just |Simply )?(?:Get|Try|Start|Open|Sign up|Visit|Download|Learn|Discover|Find out|Join|Go to|Call|Book|"
    r"Order|Shop|Save|Take|Bring|Cover|Fly|Switch|Claim|Apply|Gather|Share|Meet|Grow|Build|Protect)\b")
_SALES = re.compile(r"\b(?:free|today|now|in (?:minutes|seconds|an instant)|no fees?|sign up|get started|learn more|"
                    r"a month|per month)\b|[$£€]\d|\b[a-z0-9-]{2,40}\.(?:com|org|net|me|io|co)\b", re.I)
_QUOTE = re.compile(r"[\"“”]")


def _sponsor_words(sponsor: str) -> re.Pattern[str]:
    """The sponsor's first word, as the ad copy names it ("Meetly" for "Meetly", "join.me" for "join.me")."""
    first = sponsor.split()[0].rstrip(".")
    return re.compile(rf"(?<![\w.]){re.escape(first)}(?![\w])", re.I)


def _ad_run(following: Sequence[str], sponsor: re.Pattern[str]) -> int:
    """How many of the sentences after a sponsor line are its ad copy."""
    window: list[str] = []
    for sentence in following[:AD_MAX_SENTENCES]:
        if len(sentence.split()) > AD_MAX_WORDS or _QUOTE.search(sentence) or REPORTING.search(sentence):
            break
        window.append(sentence)
    named = [i for i, s in enumerate(window) if sponsor.search(s)]
    run = named[-1] + 1 if named else 0
    while run < len(window) and _IMPERATIVE.match(window[run]) and _SALES.search(window[run]):
        run += 1
    return run


def _sponsor_at(sentences: Sequence[str]) -> tuple[int, re.Pattern[str]] | None:
    for index, sentence in enumerate(sentences):
        if len(sentence.split()) <= SPONSOR_MAX_WORDS and (match := SPONSOR_LINE.match(sentence)):
            return index, _sponsor_words(match.group("sponsor"))
    return None


def without_sponsor_notes(paragraphs: Sequence[str]) -> list[str]:
    """``paragraphs`` without a sponsor's line and its ad copy (see the module docstring); the ad copy may run on
    into the next paragraphs. A paragraph left empty is dropped; the rest of one stays a paragraph."""
    # (paragraph index, sentence) for the whole text, so a run crosses paragraph breaks
    flat = [(i, s) for i, p in enumerate(paragraphs) for s in _sentences(p)]
    found = _sponsor_at([s for _, s in flat])
    if found is None:
        return list(paragraphs)
    start, sponsor = found
    end = start + 1 + _ad_run([s for _, s in flat[start + 1:]], sponsor)
    touched = {flat[n][0] for n in range(start, end)}
    kept: dict[int, list[str]] = {}
    for n, (i, sentence) in enumerate(flat):
        if not start <= n < end:
            kept.setdefault(i, []).append(sentence)
    return [" ".join(kept[i]) if i in touched else p for i, p in enumerate(paragraphs) if i in kept]


# ---------------------------------------------------------------- the author's bio line

# A journalist's trade: writes a column or blog (or writes for an outlet), covers a beat for an outlet, is a
# reporter or columnist at one. The outlet is capitalised ("for the Riverside Ledger", "at Slate").
JOURNALIST_BIO = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}) (?:"
    r"writes (?:(?:the|a|an|his|her|their) )?(?:[\w'’&-]+ ){0,5}(?i:blog|column|newsletter)\b|"
    r"writes (?:about [\w'’ ,&-]{1,60}? )?for (?:the )?[A-Z]|"
    r"(?:covers|reports on|edits) [\w'’ ,&-]{1,60}? (?:for|at) (?:the )?[A-Z]|"
    r"is (?:a|an|the) (?:[\w'’-]+ ){0,4}(?:writer|reporter|columnist|correspondent|editor|contributor|critic|"
    r"journalist|blogger)s? (?:at|for|with|of) (?:the )?[A-Z])")
BIO_MAX_WORDS = 40  # the author lines seen had 8-25 words
# An event told about the person: the story's subject, not its writer ("... who was arrested at a protest").
_EVENT = re.compile(r"\b(?:who|whose|was|were|had|did|after|when|until|because|arrested|charged|died|won)\b")


def _named_as_person(surname: str, body: str) -> bool:
    """Whether the body names the person other than in the title of their blog or column ("the Jane Roe Blog
    pointed out"): then the person is in the story (quoted, awarded, arrested), not only its writer."""
    return bool(re.search(rf"\b{re.escape(surname)}\b(?!['’]?s? (?i:blog|column|newsletter|podcast|show|report)\b)",
                          body))


def author_bio(sentence: str, body: str, bylines: Sequence[str]) -> bool:
    """Whether ``sentence`` (the text's last) is the author's bio line (see the module docstring): ``body`` is the
    text before it, ``bylines`` the byline lines the filter dropped."""
    if len(sentence.split()) > BIO_MAX_WORDS or _QUOTE.search(sentence) or REPORTING.search(sentence):
        return False
    match = JOURNALIST_BIO.match(sentence)
    if match is None or _EVENT.search(sentence):
        return False
    names = match.group("name").split()
    surname = re.compile(rf"\b{re.escape(names[-1])}\b")
    if any(surname.search(line) for line in bylines):
        return True
    return len(names) >= 2 and not _named_as_person(names[-1], body)


def without_author_bio(paragraphs: Sequence[str], bylines: Sequence[str]) -> list[str]:
    """``paragraphs`` (the article's content) without the author's bio as their last sentence."""
    if len(paragraphs) < 2 and len(_sentences(paragraphs[0] if paragraphs else "")) < 3:
        return list(paragraphs)  # too little text to tell a foot from the article
    *rest, last = paragraphs
    sentences = _sentences(last)
    if not sentences or not author_bio(sentences[-1], " ".join([*rest, *sentences[:-1]]), bylines):
        return list(paragraphs)
    return [*rest, " ".join(sentences[:-1])] if len(sentences) > 1 else list(rest)


# ---------------------------------------------------------------- a review's label

_ARTS = (r"(?:dance|theat(?:er|re)|music|classical music|pop|jazz|rock|film|movie|book|opera|concert|restaurant|"
         r"album|art|television|tv|stage|cabaret|comedy|game|video game|critic's)")
REVIEW_LABEL = re.compile(rf"^(?:{_ARTS} )?reviews?\s?:?$|^reviews?: \S", re.I)
_PRINT_REVIEW = re.compile(r"\bversion of this review appear(?:s|ed) in print\b", re.I)
LABEL_PARAGRAPHS = 3  # a label stands above the headline or just below it, with a byline


# A signed commentary's editor's note and disclaimer (session 17's genre round; the lead's Newsroom reading, row 0): the
# genre stage reads them in the text, but the furniture filter cuts each when it stands as its own paragraph, so the
# hint is left on the Article here, before the filter runs.
# "Editor's note: Dana Price is a contributor and senior political columnist for ..."; "... is an opinion writer".
NOTE_COLUMNIST = re.compile(
    r"^(?:Editor'?s'? note|Editors'? note)\s*[:.]\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3} is (?:a|an|the)\b"
    r"[^.]{0,80}\b(?:contributors?|columnists?|commentators?|opinion writers?|op-ed writers?|editorial writers?)\b")
OPINIONS_EXPRESSED = re.compile(
    r"^the (?:opinions|views) expressed (?:in|on) this (?:commentary|column|article|piece|post|blog|op-ed|essay) "
    r"are (?:solely |entirely |only )?(?:those|the (?:opinions|views)) of\b", re.I)


def genre_note(paragraphs: Sequence[str], title: str | None) -> str:
    """"review" when the page labels itself a review (a label line at its top, or as its title, or a review's
    print note anywhere); "opinion" when an editor's note at its top names the writer a columnist or contributor,
    or a line disclaims the opinions as the writer's own; "" otherwise."""
    head = [title or "", *paragraphs[:LABEL_PARAGRAPHS]]
    if any(len(line) <= 60 and REVIEW_LABEL.match(line.strip()) for line in head):
        return "review"
    if any(_PRINT_REVIEW.search(p) for p in paragraphs[-LABEL_PARAGRAPHS:]):
        return "review"
    signed = any(NOTE_COLUMNIST.match(p.strip()) or note_calls_writer_a_commentator(p) for p in head)
    return "opinion" if signed or any(OPINIONS_EXPRESSED.match(p.strip()) for p in paragraphs) else ""


# ---------------------------------------------------------------- a reader's lone label

# A byline's role names the newsroom ("Jane Doe, BBC News", "Jane Doe, Associated Press", "Jane Doe, staff
# reporter"): such a label over a first-person paragraph is a correspondent's byline, not a reader's.
_NEWSROOM_ROLE = re.compile(r"\b(?:news|press|wire|reuters|afp|times|post|journal|herald|guardian|telegraph|tribune|"
                            r"correspondent|reporter|editor|writer|columnist|contributor|staff|bureau|analyst)\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|my|me|we|our|us)\b")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
_OPENS_QUOTE = re.compile(r"^\s*[\"“‘']")
# The lead: a paragraph this long that ends like a sentence. A byline stands above it; a reader's label
# follows the introduction (same floor as furniture.LEAD_MIN_WORDS, read off the same pool).
_LEAD_WORDS = 12
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s*$")


def _speaks(paragraph: str) -> bool:
    """A first-person account outside quotation marks, or a paragraph that opens on a quotation."""
    return bool(_OPENS_QUOTE.match(paragraph) or _FIRST_PERSON.search(_QUOTED.sub(" ", paragraph)))


def lone_label_header(paragraphs: Sequence[str], found: set[int]) -> set[int]:
    """The one "Name, role, place" label of a text as its paragraph's speaker header, or none.

    Reader Audit 26: a reader's account printed under "Jane Roe, director of an orphanage, Port-de-Paix" lost
    the label as a caption, and with it the only name of the account's author. A single label is a header when
    the lead comes before it (a byline stands above the lead), its role names no newsroom (a correspondent's
    byline) and the paragraph under it speaks in the first person or opens on a quotation; the attribution
    stage (nlp/voices.py) then gives that paragraph to the name. A label over third-person text stays furniture.
    """
    if len(found) != 1:
        return set()
    index = next(iter(found))
    name, _, role = paragraphs[index].partition(",")
    if index + 1 >= len(paragraphs) or _NEWSROOM_ROLE.search(role) or not _speaks(paragraphs[index + 1]):
        return set()
    lead_before = any(len(p.split()) >= _LEAD_WORDS and _SENTENCE_END.search(p) for p in paragraphs[:index])
    return found if lead_before and name.strip() else set()


# ---------------------------------------------------------------- section labels glued to a sentence

# A feature heads its short blocks with labels ("Crime:", "Getting there:", "Welcome wagon:"); a flattened page glues
# each to the sentence after it, and "Crime: From July ... were reported." became a brief's Conclusion (the lead's
# reading of Newsroom row 54, session 18). A label opens a paragraph or follows a stop, starts with a capital, runs
# one to six words and is followed by a capital. Its words are names or content words: a function word or a
# possessive makes it the writer's own colon ("The reason: ...", "His message: ...", "Police had one message:
# ..."). Speaker labels are no section labels: "Q:", "A:" and "JANE ROE:" do not match (a lower-case letter after
# the first is needed), and a label of capitalised words only is a name when it heads two turns, when one of its
# words stands capitalised elsewhere ("Jane Roe:" after "Jane Roe has run ..."), or, for one word, when a speaker's
# verb stands beside it elsewhere ("Roe said").
_SECTION_LABEL = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s))"
                            r"(?P<label>[A-Z][a-z’'-]+(?:\s[A-Za-z][a-z’'-]*){0,5}):\s(?=[\"“]?[A-Z0-9])")
# Function words a sub-head may hold ("Getting there", "Things to do", "Claim to fame", "Sears and Montgomery Ward kit
# houses").
_LABEL_FUNCTION_OK = frozenset({"there", "and", "out", "around", "about", "in", "on", "up", "to", "do"})
# The value after a label is a sentence when it holds this many lower-case words besides "and"/"or"/"of" before its
# stop: "Schools: Glebe Elementary, Taylor Elementary and Washington-Lee High." is a list with its label (kept as it
# is); the sentence values read (Newsroom row 54 and the invented features of the tests) had 7 or more.
_SENTENCE_MIN_LOWER = 4
# A cue's verb after a name: the colon opens a quotation, not a block ("Mr Roe added: ..."; XSum rows 39 and 45 had
# "added:" and "stressed:"; a past form in "-ed" is caught by its ending).
_SPEECH_WORDS = frozenset({"says", "said", "adds", "told", "tells", "writes", "wrote", "explains", "notes", "warns",
                           "warn", "insists", "stresses", "tweets", "argues", "recalls", "continues", "concludes",
                           "say", "write", "explain", "insist", "argue", "recall", "put", "puts", "asks"})
_LOWER_WORD = re.compile(r"\b[a-z][a-z’'-]*\b")
_VALUE_END = re.compile(r"[.!?](?:[\"”’]?\s|$)")
_TRANSCRIPT_TURN = re.compile(r"^[\"“]?(?:Q|A|Question|Answer)\s?:\s", re.M)


def _label_words_ok(label: str) -> bool:
    words = label.split()
    if label.lower() in NOT_SPEAKER_LABELS or any(w.endswith(("'s", "’s", "s'", "s’")) for w in words):
        return False
    if any(w in _SPEECH_WORDS or (w.islower() and w.endswith("ed")) for w in words[1:]):
        return False  # a quotation's cue: "Mr Roe added:", "Officials warn:", "Ms Roe stressed:"
    return not any(w.lower() in ENGLISH_FUNCTION_WORDS and w.lower() not in _LABEL_FUNCTION_OK for w in words)


class _Names:
    """The words of the whole text a label is checked against, read once: its capitalised words (with their counts)
    and the names beside a speaker's verb. Read again for each label, a text of many labels was read once a label
    (session 19 review: 6 s for 1,600 labels at 47,000 characters)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.capitalised = Counter(_CAPITALISED.findall(text))
        self.spoken = {name for pair in _SPOKEN.findall(text) for name in pair if name} | set(_TITLED.findall(text))

    def a_name(self, label: str) -> bool:
        """Whether a label of capitalised words only is a name: it heads another turn, one of its words stands
        capitalised elsewhere, or (one word) a speaker's verb stands beside it elsewhere. The label's own words are
        not "elsewhere"; a label is followed by its colon, so it never stands beside a speaker's verb itself."""
        words = label.split()
        if any(w[0].islower() for w in words):
            return False
        if self.text.count(label + ":") >= 2:
            return True
        if len(words) == 1:
            # One word stands capitalised in many names ("Arlington Transit buses" beside "Transit:"): only a
            # speaker's verb or a person's title beside it makes it a name ("Roe said", "said Roe", "Mr Roe":
            # "Trump: The election was stolen ..." beside "President Trump" is his line, not a section's).
            return label in self.spoken
        own = Counter(_CAPITALISED.findall(label))
        return any(self.capitalised[w] > own[w] for w in words
                   if len(w) > 2 and w.lower() not in ENGLISH_FUNCTION_WORDS)


_SPOKEN = re.compile(r"\b([A-Z][\w’'-]*)\s(?:said|says|told|added|asked)\b|\b(?:said|says|asked)\s([A-Z][\w’'-]*)")
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*")
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|President|Senator|Sen|Rep|Gov|Governor|Mayor|"
                     r"Judge|Minister|Chancellor|Premier)\.?\s([A-Z][\w’'-]*)")


def _heads_a_sentence(paragraph: str, end: int) -> bool:
    stop = _VALUE_END.search(paragraph, end)
    value = paragraph[end:stop.start() if stop else len(paragraph)]
    return len([w for w in _LOWER_WORD.findall(value) if w not in ("and", "or", "of")]) >= _SENTENCE_MIN_LOWER


def _inside_quote(paragraph: str, start: int) -> bool:
    before = paragraph[:start]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _label_cuts(paragraph: str, names: _Names) -> list[re.Match[str]]:
    return [m for m in _SECTION_LABEL.finditer(paragraph)
            if _label_words_ok(m.group("label")) and not _inside_quote(paragraph, m.start())
            and _heads_a_sentence(paragraph, m.end()) and not names.a_name(m.group("label"))]


def without_section_labels(paragraphs: Sequence[str], keep_whole: Callable[[str], bool] | None = None) -> list[str]:
    """The paragraphs with each section label glued to a sentence cut, the sentence starting a paragraph of its own
    (a sub-head starts a block); a transcript ("Q:" turns, or an announced interview) is left as it is, its labels
    are speakers, and so is each paragraph ``keep_whole`` accepts (a page's note, read whole by the furniture
    filter)."""
    text = "\n\n".join(paragraphs)
    if ":" not in text or _TRANSCRIPT_TURN.search(text) or ANNOUNCED_INTERVIEW.search(" ".join(paragraphs[:2])):
        return list(paragraphs)
    kept: list[str] = []
    names = _Names(text)
    for paragraph in paragraphs:
        last = 0
        # a run of speakers' highlights keeps its names (glued_runs)
        whole = (keep_whole is not None and keep_whole(paragraph)) or is_speaker_run(paragraph)
        for match in [] if whole else _label_cuts(paragraph, names):
            kept.append(paragraph[last:match.start()].strip())
            last = match.end()
        kept.append(paragraph[last:].strip())
    return [p for p in kept if p]


__all__ = ["author_bio", "genre_note", "lone_label_header", "without_author_bio", "without_section_labels",
           "without_sponsor_notes"]
