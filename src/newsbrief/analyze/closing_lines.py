"""Which closing sentence carries the story's bottom line, and which only prepares or trails it.

Reader Audits 13 and 14 (docs/audit.md 14.3, 15.3) judged 43-44% of conclusion items deletable. Two
patterns were most of them:

- a set-up printed beside the real close: the sentence before the last was shown because an outlook
  or cause word stood somewhere in it ("NBC reported ... hundreds of people that it suspected *could*
  be planning ..."), though only a clause deep inside it; or because the last sentence opened with
  "But" and so was thought unable to stand alone, though the repair pass drops the connective;
- a flat last line (a monitoring group's casualty count, a designation date, a street scene) shown
  as the close while the paragraph before it held the bottom line (an official's "confident",
  an agency's "will need years").

So a bottom line is judged by the sentence's main clause only - its root, its auxiliaries and
complements, and the one statement a speech verb reports ("X said the reef *could* recover") - never
by a relative or subordinate clause. A last sentence that opens with a contrast ("But", "Yet",
"However", "Still") is the turn the sentence before it sets up: it closes alone.

Also, from closing_listings (folded in here, session 16): listing lines at the end of a review or an arts piece: run
dates, venue, tickets and image credits close
"""

from __future__ import annotations

import re

from newsbrief.analyze.classify import cue_counts
from newsbrief.models import Document, Sentence, Token

# Dependencies that stay in the main clause: the root's auxiliaries, its complements, its negation and
# the words that fill its subject and object. Relative clauses (relcl), adverbial clauses (advcl),
# clausal modifiers (acl) and prepositional complements are left out: a cue there is a detail's.
_MAIN = frozenset({"aux", "auxpass", "neg", "xcomp", "acomp", "attr", "prt", "advmod", "oprd", "dobj",
                   "nsubj", "nsubjpass", "det", "amod", "compound", "poss", "nummod", "npadvmod", "prep",
                   "pobj", "expl", "dative", "cc", "conj"})
# A speech or report verb's statement is the main clause's content ("officials warned that ...").
_REPORTED = frozenset({"ccomp"})
# Words that sum up or close in the writer's voice without a modal verb.
# "And given the fate of the ceasefire so far, optimism is in short supply." and "So, for now, ..." are a
# correspondent's close (reader Audit 15 #5 printed the set-up before it instead). "Most striking, though, is
# that ..." and "Most importantly, ..." single out what the writer holds above the rest (reader Audit 34 #7).
_SUMMING = re.compile(r"^(?:(?:and|so),? )?(?:for now|in the end|ultimately|in the long (?:run|term)|above all|"
                      r"in short|either way|whatever happens|all in all|after all|thus|hence)\b|"
                      r"^(?:and |so,? )?given\b[^,]{3,80},|^so, |^(?:and |but )?most (?:importantly|of all)\b|"
                      r"^(?:and |but )?(?:most|more) \w+(?: still| of all)?,?(?: though| still)?,? "
                      r"(?:is|was) (?:that|how)\b|"
                      r"\b(?:in short supply|a (?:scarce|rare) commodity)\b|"
                      r"\b(?:remains? (?:unclear|uncertain|to be seen)|"
                      r"(?:is|are) (?:still )?(?:growing|worsening|far from over)|"
                      r"(?:confident|optimistic|pessimistic|hopeful|doubtful) (?:that|about)\b)", re.I)
# A sentence that opens by turning against the one before it.
_CONTRAST_OPENING = re.compile(r"^[\"“']?(?:but|yet|however|still|even so|instead|nonetheless|nevertheless)\b",
                               re.I)


def _root(doc: Document, sentence: Sentence) -> Token | None:
    tokens = doc.sentence_tokens(sentence)
    return next((t for t in tokens if t.dep == "ROOT"), None)


def main_clause(doc: Document, sentence: Sentence) -> str:
    """The words of the sentence's main clause (with one reported statement), in text order."""
    root = _root(doc, sentence)
    if root is None:
        return sentence.text
    kept: set[int] = set()
    stack: list[tuple[Token, bool]] = [(root, True)]  # (token, whether a reported clause may still open)
    while stack:
        token, may_report = stack.pop()
        kept.add(token.i)
        for child in doc.children(token):
            if child.dep in _MAIN or child.dep == "parataxis":
                stack.append((child, may_report))
            elif child.dep in _REPORTED and (may_report or token.pos == "ADJ"):
                # an adjective's clause is its content too: "confident that ...", "sure that ..."
                stack.append((child, False))
    return " ".join(t.text for t in doc.sentence_tokens(sentence) if t.i in kept)


_INNER_TURN = re.compile(r",\s*(?:but|yet)\b|\bhowever\b", re.I)
# "would" under a past verb is the future seen from the past: the story's backstory ("the port had warned
# for a decade that the gates would not hold"), no outlook a close can end on.
_PAST_WOULD = re.compile(r"\bwould\b", re.I)


def bottom_line(doc: Document, sentence: Sentence, backstory: bool = True) -> bool:
    """Whether the sentence's main clause states an outlook, cause or call, or sums the story up;
    with ``backstory`` False, a "would" seen from the past does not count."""
    if _SUMMING.search(sentence.text.strip()):
        return True
    clause = main_clause(doc, sentence)
    counts = cue_counts(clause if backstory else _PAST_WOULD.sub(" ", clause))
    # a cause told in the past ("the shooting sparked fears") is backstory too, no bottom line to close on
    return counts["outlook"] + counts["recommendations"] + (counts["analysis"] if backstory else 0) > 0


# The verbs of a call, as a past act and as a participle clause, from one table so that the two readings agree (the
# session 32 lists did not: "advising" was no call though "advised" was, and a bare "pleading" made "after pleading
# guilty" one; session 33 review).
_CALLS = (("urged", "urging"), ("called (?:on|for)", "calling (?:on|for)"),
          ("demanded(?: that)?", "demanding(?: that)?"), ("advised", "advising"), ("recommended", "recommending"),
          ("pleaded (?:with|for)", "pleading (?:with|for)"), ("appealed (?:to|for)", "appealing (?:to|for)"))
# A call told as a past act ("Marchers ... demanded free elections and called for an independent judiciary."): an
# event of the story's past, no bottom line a flat last line gives way to. Reader Audit 49 #5 closed on such a
# line about protests two years before, third from the end, over the real close ("Since the unrest, the
# authorities have rejected all requests ...").
_PAST_CALL = re.compile(r"\b(?:" + "|".join(past for past, _ in _CALLS) + r")\b", re.I)


def past_call(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence's bottom line is only a call told in the past tense (see above): no summing up, and
    no outlook or call in its main clause once its past calls are set aside."""
    clause = main_clause(doc, sentence)
    if _SUMMING.search(sentence.text.strip()) or not _PAST_CALL.search(clause):
        return False
    counts = cue_counts(_PAST_WOULD.sub(" ", _PAST_CALL.sub(" ", clause)))
    return counts["outlook"] + counts["recommendations"] == 0


def turns(sentence: Sentence) -> bool:
    """Whether the sentence opens with a contrast: the turn that the sentence before it sets up."""
    return bool(_CONTRAST_OPENING.search(sentence.text.strip()))


# Words that may stand before an imperative's verb: "Now wash your hands.", "So go and vote.", "Please, just ..."
_BEFORE_COMMAND = frozenset("now so then just please and but still simply".split())


# What a page tells its reader to do with the page (Newsroom pages end on "Join the conversation on Facebook",
# "Use the Report Abuse button ..."): furniture the flat-line rule passes over, never a close.
_PAGE_VERBS = frozenset("join use click share follow subscribe sign comment report visit like tweet download tap "
                        "scroll submit send read watch listen".split())
_QUOTE_MARKS = re.compile("[\"“”‘’]|(?:^|\\s)'")
_PAGE_WORDS = re.compile(r"\b(?:button|facebook|twitter|comments?|newsletter|page|site|website|link|app|below|above|"
                         r"conversation|e-?mail)\b", re.I)


def imperative(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence is a command: its root a bare verb with no subject, standing first but for a few
    adverbs ("Now wash your hands.", a column's close, reader Audit 19)."""
    tokens = [t for t in doc.sentence_tokens(sentence) if t.pos != "PUNCT"]
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None or root.tag != "VB" or any(k.dep in ("nsubj", "nsubjpass", "aux", "expl")
                                               for k in doc.children(root)):
        return False
    if root.lemma.lower() in _PAGE_VERBS or _PAGE_WORDS.search(sentence.text) or _QUOTE_MARKS.search(sentence.text):
        # a command inside a quotation is the speaker's, shown with its speaker or not at all
        return False  # "Join the conversation on Facebook", "Use the Report Abuse button": the page's prompt
    return all(t.text.lower() in _BEFORE_COMMAND for t in tokens if t.i < root.i)


# A call told in a participle clause ("US officials took a similar line, urging visitors to wash their hands."):
# the cue words count "urged" and "urges" but not "urging", so such a last line read as flat and gave way to the
# line before it (a Timeline17 page on the 2009 flu, session 32).
_PARTICIPLE_CALL = re.compile(r"\b(?:" + "|".join(participle for _, participle in _CALLS) + r")\b", re.I)


# A command set off by a colon before the writer's verdict: "Give the president credit: his speech has opened a
# debate ...", "Make no mistake: ...", "Remember: ...". The parser hangs the command on the verdict's verb, so the
# sentence read as a flat statement, and an opinion column (a Timeline17 comment on a presidential speech, session
# 33) closed on a line three sentences back, over its last word. At most this many words stand before the colon.
COMMAND_WORDS = 6


def colon_command(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence opens with a short command to the reader set off by a colon (see above)."""
    tokens = [t for t in doc.sentence_tokens(sentence) if t.text not in ("\"", "“", "'", "‘")]
    colon = next((k for k, t in enumerate(tokens[:COMMAND_WORDS + 1]) if t.text == ":"), None)
    if not colon or _QUOTE_MARKS.search(sentence.text):
        return False
    head = [t for t in tokens[:colon] if t.text.lower() not in _BEFORE_COMMAND]
    return bool(head) and head[0].tag == "VB" and head[0].lemma.lower() not in _PAGE_VERBS \
        and not any(k.dep in ("nsubj", "nsubjpass", "aux") for k in doc.children(head[0]))


def flat(doc: Document, sentence: Sentence) -> bool:
    """A routine last line: no outlook, cause or call anywhere in it, no summing up and no turn; a command
    is a call, and so is a command set off by a colon before a verdict."""
    if imperative(doc, sentence) or _PARTICIPLE_CALL.search(sentence.text) or colon_command(doc, sentence):
        return False
    counts = cue_counts(sentence.text)
    # a turn inside the sentence ("... aware of threats, but they said none were substantial") is a close too
    return counts["outlook"] + counts["analysis"] + counts["recommendations"] == 0 \
        and not bottom_line(doc, sentence) and not turns(sentence) and not _INNER_TURN.search(sentence.text)


# ---------------------------------------------------------------- Listing lines at the end of a review or
# Listing lines at the end of a review or an arts piece: run dates, venue, tickets and image credits close nothing
# (reader Audit 25; the lead's Newsroom readings, docs/benchmarks.md). A dance review (Newsroom dev row 2) closed on
# "American Realness continues through Jan. 17." and a coworking piece (row 14) on its "Image courtesy of ..."
# credit. Such a line tells the reader where and until when to see the show, or whose picture the page shows; the
# review's verdict before it is the close. The line is passed over like furniture, so the window falls back on the
# paragraph before it. Only a show's or a named thing's run counts: "The ceasefire runs until March 3" is news and
# closes, so the subject must be a show noun (festival, exhibition, production ...) or a name, and the run must end
# on a calendar date.

_MONTHS = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+(?:jan|feb|mar|"
           r"apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b")
# "continues through Jan. 17", "runs until 3 March", "is on view through Feb. 2", "plays through March 3 at ..."
_RUN = re.compile(r"\b(?:continues?|runs?|plays?|is on(?: view| stage)?|are on(?: view| stage)?|remains? on view|"
                  r"will (?:run|play|continue|be on view|be on stage))\b[^.;]{0,40}?"
                  r"\b(?:through|thru|until|till|to)\s+(?:" + _MONTHS + ")", re.I)
# (A run's end only: "Parliament returns on Sept. 5" and "The show opens on March 3" announce an event, and a
# news piece may close on one.)
# "tickets are $25", "Tickets: $30-$45", "tickets start at 20 pounds", "For tickets, call ..."
_TICKETS = re.compile(r"\btickets?\b[^.]{0,30}?(?:[$£€]\s?\d|\b\d+ (?:dollars|pounds|euros)\b|\bfree\b|"
                      r"\bavailable\b|\bbox office\b|\bcall\b|www\.|\.(?:com|org)\b)|"
                      r"^(?:tickets|admission|information|info|details|venue)\s*:", re.I)
# A telephone number in a listing ("(212) 555-0134", "212-555-0134").
_PHONE = re.compile(r"\(\d{3}\)\s*\d{3}-\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b")
# A picture's credit line, with or without a final stop.
_CREDIT = re.compile(r"^(?:top |lead |main |header |featured )?(?:image|photo|photograph|picture|illustration|"
                     r"video|graphic|artwork)s?\s+(?:courtesy|credit|by|via|from)\b|^courtesy of\b", re.I)
# Nouns of a show whose run a listing gives.
_SHOWS = frozenset("show shows festival exhibition exhibit exhibits production play musical opera ballet concert "
                   "concerts series season retrospective screening screenings installation performance "
                   "performances revival tour fair program programme run engagement staging".split())
# A listing line is short: a review's verdict that mentions the run ("... and it runs through May 3, which is
# reason enough to go") is longer than the listing lines of the Newsroom reviews (6-20 words).
LISTING_WORDS = 30


def _show_subject(doc: Document, sentence: Sentence) -> bool:
    """Whether the main clause's subject is a show or a name ("The festival", "American Realness")."""
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None:
        return False
    subject = next((k for k in doc.children(root) if k.dep in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    return subject.pos == "PROPN" or subject.lemma.lower() in _SHOWS


# A work's release date at the foot of a story about something else (reader Audit 52 #11, FNC-1 body 1529: a rumour
# that the Batmobile was stolen from a film set closed on "Batman V. Superman: Dawn of Justice is scheduled to be
# released in movie theaters on March 25, 2016.", a flat line the Timeline showed too, over the rumour's unverified
# source). Like a show's run, it tells when to see the thing, not how the story ends: the article's last sentence, a
# paragraph of its own, a release or sale verb and a calendar date. A story about the release itself (a delay, a
# launch) says "release", "sale" or "theaters" in its lead, and its last line may be its close.
_RELEASE = re.compile(r"\b(?:(?:is|are|was)\s+(?:scheduled|set|slated|due|expected)\s+(?:to\s+(?:be\s+released|hit|"
                      r"arrive|debut|premiere|go\s+on\s+sale)|for\s+(?:release|a\s+release))|will\s+(?:be\s+released|"
                      r"(?:hit|open\s+in)\s+(?:theaters|theatres|cinemas|stores|shelves)|go\s+on\s+sale|premiere|debut)|"
                      r"(?:hits|opens\s+in|arrives\s+in)\s+(?:theaters|theatres|cinemas|stores|shelves)|is\s+due\s+out|"
                      r"goes\s+on\s+sale)\b[^.;]{0,60}?\b(?:" + _MONTHS + r"|(?:19|20)\d\d\b)", re.I)
_RELEASE_WORDS = re.compile(r"\b(?:releas\w*|on sale|theaters|theatres|cinemas|premiere\w*|debut\w*|launch\w*|"
                            r"delay\w*|postpone\w*|pushed back)\b", re.I)
LEAD = 2  # sentences of the lead that say what the story is about
TITLE_WORDS = 10  # the longest work's title before the verb (the audit's film title ran six words)


def _release_note(doc: Document, sentence: Sentence) -> bool:
    """Whether the article's last sentence, a paragraph of its own, only dates a work's release (see above)."""
    last = doc.sentences[-1]
    if sentence.index != last.index or (sentence.index > 0
                                        and doc.sentences[sentence.index - 1].paragraph == sentence.paragraph):
        return False
    release = _RELEASE.search(sentence.text)
    # the work is the subject: a title or a name before the verb (a title's colon misleads the parser, so the words
    # before the release verb are read, not the parse: "Batman V. Superman: Dawn of Justice is scheduled ...")
    subject = sentence.text[: release.start()].split() if release else []
    if not subject or len(subject) > TITLE_WORDS or not subject[0][:1].isupper():
        return False
    return not any(_RELEASE_WORDS.search(s.text) for s in doc.sentences[:LEAD])


# A broadcast listing: "The Report is on BBC Radio 4 on Thursday, 27 May at 2000 BST." (Audit 53 #5: a radio
# programme's page ended on it and on the iPlayer line after it, and the brief closed on the trailer). A programme "is
# on", "airs on" or "is broadcast on" a station named by an acronym (BBC, CNN, HBO, PBS) and a clock time follows.
# "The summit is on Monday at 9am GMT" names no station: it is news, and may close.
_BROADCAST = re.compile(r"\b(?:is|are|will be|airs?|goes out|(?:is|are|will be) (?:broadcast|shown|aired|screened))\s+"
                        r"on\s+(?:the\s+)?[A-Z]{2,5}(?:\s+[A-Z0-9][\w-]*){0,3},?\s+(?:on|at|from)\b[^.;]{0,50}?"
                        r"\b(?:\d{1,2}(?:[:.]?\d\d)?\s*(?:[ap]\.?m\b\.?|BST|GMT|CET|[ECMP][SD]?T)\b|\d{1,2}[:.]\d\d\b)")


def listing_line(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence is a run-dates, venue, tickets, picture-credit, release-date or broadcast line (see the
    module docstring)."""
    text = sentence.text.strip()
    if _CREDIT.search(text):
        return True
    if len(text.split()) > LISTING_WORDS:
        return False
    if _TICKETS.search(text) or _PHONE.search(text) or _release_note(doc, sentence) or _BROADCAST.search(text):
        return True
    return bool(_RUN.search(text)) and _show_subject(doc, sentence)
