"""Closing lines that are no one's close: a body's statement printed without quotation marks, a teaser, a call-out to
readers, a link to another piece and the outlet's plug for its own coverage.

Reader Audit 42 found two (docs/audit.md 43.3, "Bogus conclusions"):

- #9: a council's statement set off as unquoted paragraphs and credited on the line after them ("... Council
  statement"). Its last paragraph, "The council takes noise complaints seriously ..., but we also want everyone
  ... to enjoy themselves", closed the brief with no speaker, under "Statements are the article's own words":
  the "we" is the council's, so the line was given to the writer (M). A body's "we" outside quotation marks is
  told by two marks: the sentence names the body in the third person and then speaks as "we" ("The council
  takes ... but we also want"), which a reporter's own sentence never does; or a credit line naming the
  statement ("Acme Water statement") comes right after it. Such a line cannot close in the writer's voice,
  and the Conclusion does not show it (the speaker cannot be put on it safely: the credit may be missing).
- #12: "If so, we've got a few suggestions.", a teaser for a list the text does not carry: it announces
  what follows and says nothing itself, so it closes nothing.

A writer's own "we" ("as we reported", "when we reached out to the firm") names no body before it and is left
alone; so is a body's "we" inside quotation marks, which the quote rules give its speaker.
"""

from __future__ import annotations

import re

from newsbrief.analyze.doc_index import entities_of
from newsbrief.models import Document, Sentence
from newsbrief.nlp.quotations import quote_spans
from newsbrief.nlp.speech import ORGANISATION_NOUNS

# "we" only: a writer speaks as "us" and "our" in reported lines ("The council has told us", "our reporter").
_WE = re.compile(r"\bwe\b", re.I)
# A body named as the sentence's subject: "The council", "The city's housing department" (a named body is
# read from the entities: a capitalised word alone may be a pronoun or an opening word, "It has ...").
_BODY_VERB = (r"(?:takes|has|is|was|will|would|does|did|remains|wants|believes|recognises|recognizes|"
              r"understands|apologises|apologizes|regrets)\b")
_BODY_SUBJECT = re.compile(r"^The\s+(?:[\w'’-]+\s+){0,2}?(?P<noun>[a-z]+)\s+" + _BODY_VERB)
_VERB_NEXT = re.compile(r"\s+" + _BODY_VERB)
# A credit line for a statement set off as a block: a short name line ending in "statement".
_CREDIT = re.compile(r"^(?:[A-Z][\w'’&.-]*\s+){1,6}statement\s*(?:\n|$)")
# "we've got a few suggestions", "Here are some ideas", "we have a few thoughts": an announcement only.
_TEASER = re.compile(r"^(?:(?:if so|if not|in that case|well|so|meanwhile|and),?\s+)?(?:(?:we|I)(?:'ve|’ve|\s+have)"
                     r"(?:\s+got)?|here(?:'s|’s|\s+are|\s+is))\s+(?:a few|some|several|a couple of|plenty of|"
                     r"our|my|a handful of)\s+(?:\w+\s+)?(?:suggestions|ideas|thoughts|recommendations|picks|"
                     r"tips|options|alternatives|candidates)[.!:]?$", re.I)


# A line that only says more follows: "And there's more." before a live feed the text cannot show (the lead's reading
# of a t17 Guardian page, session 35, closed on it), "More to come.", "But wait, there's more!".
_MORE = re.compile(r"^(?:(?:and|but|but wait|oh),?\s+)?(?:there(?:'s|’s|\s+is)\s+(?:even\s+|much\s+)?more|"
                   r"more\s+(?:to\s+come|below|after\s+the\s+break))\s*[.!…]*$", re.I)


def teases_more(text: str) -> bool:
    """Whether a line only announces what the writer has to offer next ("If so, we've got a few suggestions.",
    "And there's more.")."""
    return bool(_TEASER.match(text.strip()) or _MORE.match(text.strip()))


def _unquoted_we(doc: Document, sentence: Sentence) -> int | None:
    """Offset in the sentence of its first "we" outside quotation marks, else None."""
    spans = [(a - sentence.start, b - sentence.start) for a, b in quote_spans(doc.article.text)
             if a < sentence.end and b > sentence.start]
    for match in _WE.finditer(sentence.text):
        if not any(a <= match.start() < b for a, b in spans):
            return match.start()
    return None


def _credited_after(doc: Document, sentence: Sentence) -> bool:
    """Whether a statement credit line ("Acme Water statement") follows the sentence's paragraph."""
    rest = doc.article.text[sentence.end :].lstrip()
    return bool(_CREDIT.match(rest))


def bodys_statement(doc: Document, sentence: Sentence) -> bool:
    """Whether an unquoted sentence speaks in a body's "we" (see the module docstring)."""
    we = _unquoted_we(doc, sentence)
    if we is None:
        return False
    subject = _BODY_SUBJECT.match(sentence.text)
    names_body = subject is not None and subject.end() <= we and subject.group("noun") in ORGANISATION_NOUNS
    named = any(e.label == "ORG" and e.start == sentence.start and e.end < sentence.start + we
                and _VERB_NEXT.match(doc.article.text, e.end) for e in entities_of(doc, sentence))
    return names_body or named or _credited_after(doc, sentence)


# ---------------------------------------------------------------- Call-outs to readers and links to other pieces
# Reader Audit 50 (docs/audit.md 51.2, 51.4) found two page lines as closes (F):
#
# - #5, a news round-up whose page ended on its call for readers' stories: second-person questions ("Are you in a
#   country which has confirmed the virus?", "Do you know someone who has been affected?"), "Tell us your
#   experiences by filling in the form below." and the form's small print ("A selection of your comments may be
#   published ...", "The BBC may edit your comments ...", "Your comments may be published on any BBC media
#   worldwide."). The small print closed the brief. Such a call-out is no close, and its lines are passed over like
#   furniture, not counted as skipped lines: seven of them are more than the window passes over, and the story's
#   own last paragraph, before the call-out, is the close.
# - #7, a correspondent's piece followed by a link to another writer's analysis, printed as a line: "Hopes for a
#   negotiated settlement in Syria remain alive, despite ..., says Jim Muir." A last line that only gives a
#   headline to a bare name ("..., says Jim Muir.", no title or role) whom the article never mentions before is a
#   link to another piece, not the story's close; a new voice the writer brings in at the end is introduced ("...,
#   says Jim Muir, an economist at ...", "says economist Jim Muir").
_COMMENT_FORM = re.compile(
    r"\byour (?:comments?|views|experiences?|e-?mails?|stories|pictures|photos|videos|contributions?)\b[^.]{0,80}?"
    r"\b(?:may|will|might|can) (?:also )?be (?:published|edited|used|shared|shortened)\b"
    r"|\b(?:may|will|reserve the right to) edit (?:your )?(?:comments?|e-?mails?|contributions?|letters)\b"
    r"|\bnot all (?:e-?mails|comments|letters|contributions) (?:will|can) be (?:published|used|answered)\b"
    r"|\b(?:fill(?:ing)? in|complet(?:e|ing)|us(?:e|ing)) the form (?:below|above)\b"
    r"|\b(?:send|e-?mail|share with) us your (?:comments?|views|experiences?|stories|pictures|photos|videos)\b"
    r"|\bsending us (?:your )?(?:pictures|photos|videos?|eyewitness accounts|comments)\b"
    r"|\byour (?:contact details|telephone number|e-?mail address) will (?:never|not) be (?:published|shared)\b"
    r"|\b(?:read|accept|agree to) (?:the|our) terms and conditions\b"
    r"|\b(?:happy|willing) to be contacted\b|\bleave (?:a|your) (?:telephone|phone|contact) number\b"
    r"|^send (?:us )?your (?:pictures|photos|videos|comments|stories|experiences)\b"
    r"|\bupload (?:it |them )?(?:here|below)\b"
    r"|^(?:have your say|tell us (?:your|about your|what you))\b", re.I)
# A question put to the reader, the call-out's own: "Are you in a country ...?", "Do you know someone ...?", "Have you
# been affected?"; it may be glued to the line before it ("... tested negative Are you in a country ...?").
_READER_QUESTION = re.compile(r"(?:^|\s)(?:Are|Do|Did|Have|Has|Were|Would|Can|Could|Will) you\b[^?]{0,160}\?\s*$")
_LINK_LINE = re.compile(r",\s+(?:says|writes|reports|argues|asks|explains)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)"
                        r"{1,2})\s*\.?$")


def reader_callout(text: str) -> bool:
    """Whether a line belongs to a call for readers' stories or comments, or the small print of its form."""
    text = text.strip()
    return bool(_COMMENT_FORM.search(text) or _READER_QUESTION.search(text))


def link_line(doc: Document, sentence: Sentence) -> bool:
    """Whether the article's last line, in a paragraph of its own, is a link to another writer's piece: a headline
    credited to a bare name the article never mentioned before (see above)."""
    if sentence.index != len(doc.sentences) - 1 or (
            sentence.index > 0 and doc.sentences[sentence.index - 1].paragraph == sentence.paragraph):
        return False
    match = _LINK_LINE.search(sentence.text.strip())
    if match is None:
        return False
    surname = match.group("name").split()[-1]
    return re.search(rf"\b{re.escape(surname)}\b", doc.article.text[: sentence.start]) is None


# ---------------------------------------------------------------- The outlet's plug for its own coverage
# Reader Audit 52 #9 (docs/audit.md 53.4, FNC-1 body 487) closed a tech-news brief on "The company will offer a live
# video stream of the event, and MacRumors will provide full coverage of the event.": the site announcing its own
# coverage, page furniture (F), not the story's last word. A clause in which the outlet - "we", "our team", or a name
# that is the outlet's - promises coverage, updates or the latest ("AppleInsider will be offering live coverage of the
# event", "CNN, of course, will have live coverage of ...", "We will bring you updates") is such a plug, and the
# sentence that carries it closes nothing. The name is the outlet's when the source names it (its outlet or its
# address) or when the article names it nowhere else: a broadcaster that is a party to the story ("The network
# will have live coverage of all 64 matches" after the rights deal it won) is named before, and a company's own
# promise ("BP will provide updates on progress") is the news. Phrases written from the plugs of the FNC-1 bodies
# and the T17 transcripts (AppleInsider, MacRumors, CNN, BBC News website).
_OUTLET_WHO = (r"(?P<who>we|our\s+(?:team|reporters?|correspondents?|staff|editors?|writers?|site|website)|"
               r"(?P<name>(?:the\s+)?(?-i:[A-Z][\w.&'’-]*)(?:\s+(?-i:[A-Z][\w.&'’-]*)){0,3})"
               r"(?:\s+(?:website|site|team|app))?)")
_PLUG = re.compile(
    r"(?:^|[,;:—–]\s*(?:and\s+|but\s+|so\s+)?|\s(?:and|while)\s+)(?:(?:well|and|so|of course),?\s+)*" + _OUTLET_WHO
    + r"(?:,\s+(?:of course|as always|as usual),)?\s+(?:will|'ll|’ll|is going to|are going to)\s+(?:also\s+)?(?:be\s+)?"
    r"(?:(?:provid|hav|bring|offer|carr|post|keep)\w*\s+(?:you\s+)?(?:[\w'’-]+\s+){0,3}?|"
    r"(?:on\s+hand|there)\b[^.;]{0,60}?\bwith\s+(?:[\w'’-]+\s+){0,2}?)"  # "will be on hand ... with live coverage"
    r"(?:coverage|updates|live\s?blog|the latest)\b"
    # the imperative: "For full coverage of the congress, visit our MWC page", "Follow the rest of our event coverage"
    r"|^(?:for\s+(?:full|more|complete|live|all|the latest)\b[^,]{0,80},\s+)?(?:visit|follow|see|check\s+out|read)\s+"
    r"(?:the\s+rest\s+of\s+)?our\b[^.;]{0,60}?\b(?:coverage|page|live\s?blog|updates)\b", re.I)


def _outlet_name(doc: Document, sentence: Sentence, name: str) -> bool:
    """Whether ``name`` is the outlet's own: the source's outlet or address names it, or the article does not name it
    outside ``sentence``."""
    key = re.sub(r"^the\s+|\W", "", name, flags=re.I).lower()
    if not key:
        return False
    source = doc.article.source
    for known in (source.outlet, source.url):
        flat = re.sub(r"\W", "", known or "").lower()
        if flat and (key in flat or flat in key):
            return True
    text = doc.article.text
    elsewhere = text[: sentence.start] + " " + text[sentence.end :]
    return re.search(r"\b" + re.escape(name.split()[-1]) + r"\b", elsewhere) is None


def outlet_plug(doc: Document, sentence: Sentence) -> bool:
    """Whether ``sentence`` holds the outlet's plug for its own coverage ("... and MacRumors will provide full coverage
    of the event"; see above)."""
    for match in _PLUG.finditer(sentence.text.strip()):
        name = match.group("name")
        if name is None or _outlet_name(doc, sentence, name):
            return True
    return False
