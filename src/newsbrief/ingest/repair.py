"""Repairs inside a paragraph before its sentences are split: mojibake, promos, print notes.

The line-level furniture filter (:mod:`newsbrief.ingest.furniture`) judges whole paragraphs. A
page's text that arrives as one long paragraph (feeds, archives and some extractors deliver it so)
hides its furniture inside the paragraph, where that filter cannot see it, and each piece became a
sentence of the article. The lead read three unseen Newsroom briefs in session 12 and found:

* a promo link set in brackets between two sentences, "(See the 25 most influential ...)", filed as a
  key figure;
* a newspaper's print-edition note, "A version of this review appears in print on May 11, 2014, on
  page AU4 ... with the headline: ...", made a timeline entry and displaced the real conclusion,
  and the reprints bar after it ("Order Reprints|Today's Paper|Subscribe");
* text decoded twice ("CutiÃ©" for "Cutié"), which made one person two actors.

Mojibake is repaired with ftfy, the well-kept library for exactly this (it undoes the common
double-decodings and leaves correct text alone); it runs only when a tell-tale pair of characters is
present, so clean text pays nothing. The promo and print-note rules are regular expressions over
the paragraph, each tied to what furniture says, never to a site: a bracketed sentence that opens
with a link verb or label ("See", "Check out", "Read more:", "Watch", "Related:", "PHOTOS:") and
stands between sentences, and a print-edition note at a paragraph's end with everything after it.
"""

from __future__ import annotations

import re

from newsbrief.ingest.captions import without_captions
from newsbrief.ingest.echo_captions import without_echo_captions, without_tail_captions
from newsbrief.ingest.embedded_posts import without_embed_notices
from newsbrief.ingest.furniture_debris import without_trailing_code, without_trailing_credit
from newsbrief.ingest.furniture_rules import REPORTING
from newsbrief.ingest.furniture_service import without_pointers, without_trailing_listing
from newsbrief.ingest.glued_boxes import without_glued_box, without_glued_tables
from newsbrief.ingest.glued_runs import split_speaker_highlights, without_caption_runs, without_highlight_tags
from newsbrief.ingest.glued_sentences import split_glued_sentences
from newsbrief.ingest.picture_labels import without_picture_labels, without_pictured_captions
from newsbrief.ingest.reader_lines import without_coverage_promos, without_glued_reader_question

# The first characters of UTF-8 read as Windows-1252 or Latin-1: "Ã©" (é), "â€™" (’), "Â " (no-break
# space). A text without one of these pairs has no mojibake ftfy would undo, so it is not scanned.
_MOJIBAKE = re.compile("[ÃÂ][\u0080-\u00bf]|â€[\u0080-\u00bf\u2018-\u201e\u2020-\u2122œž™]")

# A bracketed promo: a whole sentence in round or square brackets that sends the reader elsewhere.
# It must stand between sentences (after a sentence's end or at the paragraph's start) so an aside
# inside a sentence is never cut. Up to PROMO_MAX_WORDS words: the promos seen run 5-12 words, and
# a longer bracketed sentence is more likely the writer's aside.
PROMO_MAX_WORDS = 20
_LINK_VERB = (r"(?:See|Check out|Read|Read more|Watch|View|Listen|Click|Also read|Also see|More|Related|"
              r"Photos?|PHOTOS?|Video|VIDEO|Pictures|PICTURES|Gallery|GALLERY|Slideshow|Opinion|Poll|"
              r"Quiz|Full coverage|Follow)")
_PROMO = re.compile(
    rf"(?:^|(?<=[.!?]['\"”’)\]]\s)|(?<=[.!?]\s))\s*"
    rf"(?P<promo>\({_LINK_VERB}\b:?[^()]*\)|\[{_LINK_VERB}\b:?[^\[\]]*\])"
    rf"(?=\s|$)"
)
# "(See pictures ...)" is a promo; "(See below.)" points inside the page, which is furniture too once the
# layout is gone. A bracketed sentence that reports speech is the writer's, not a link.
_REPORTED = re.compile(r"\b(?:said|says|told|added|according to)\b")

# A print-edition note ends a newspaper page; what follows it is the reprints bar and the like.
_PRINT_NOTE = re.compile(
    r"(?:^|(?<=[.!?]['\"”’)]\s)|(?<=[.!?]\s))(?:A version of this (?:[a-z-]+ ){0,2}(?:appears|appeared) in print\b|"
    # a magazine's issue note: "This article is from the March 19, 2012 issue of Fortune." (Newsroom row 6)
    r"This (?:article|story) (?:is from|appears in|appeared in) the [A-Z][\w ,.]{0,30} issue of\b|"
    # the print note with the page and section instead of "in print": "A version appeared on p7 of the Main section",
    # "This article appeared in print on page A12" (T17 Guardian pages: a Conclusion in the session 32 check)
    r"A version (?:of this (?:[a-z-]+ ){0,2})?(?:appears|appeared) on (?:p|page)\s?[A-Z]?\d+\b|"
    # ... or with the paper's name and the time it went up: "A version appeared in the Guardian on 12.46 BST on ..."
    r"A version (?:of this (?:[a-z-]+ ){0,2})?(?:appears|appeared) in (?:the )?[A-Z][\w'’]*(?: [A-Z][\w'’]*){0,3} "
    r"on (?:\d|[A-Z])|"
    r"This (?:article|story) (?:appears|appeared|was published) (?:in print|in the print edition) on\b)"
)
# Foot notes a site prints under every article, flattened onto the last sentence or standing alone (FNC-1 bodies read
# in session 32, each the brief's Conclusion or last paragraph): the category trail ("Filed in Gadgets > Phones.",
# "Filed under: Politics"), which a sentence of news never opens with a path separator or a colon; the site's app or
# newsletter promo ("Stay updated on the go with the Ledger's mobile apps."); and the syndication notice offering
# the content to other publishers ("Content created by the X Foundation is available without charge to any eligible
# news publisher ..."; "For licensing opportunities of our original content, contact ..."), with the writer's
# "Follow Jane Roe on Twitter" that stands before it. Each opens its
# sentence, and what follows it in the paragraph (the link to the app, the address to write to) goes with it.
_FOOT_NOTE = re.compile(
    r"(?:^|(?<=[.!?\]]['\"”’)]\s)|(?<=[.!?\]]\s))(?:"
    r"(?:Filed|Posted) (?:in|under)(?:\s?:\s?|\s)[A-Z][\w&'’ -]{0,40}?\s?[>›»|/]\s?[A-Za-z]|"
    r"(?:Filed|Posted) under\s?:|"
    r"Follow (?:[A-Z][\w'’.-]+ ){1,3}on (?:Twitter|Facebook|Instagram)\b|"
    r"(?:Stay|Keep) (?:updated|up to date|up-to-date|informed|connected|in touch)\b[^.!?\"“”]{0,80}"
    r"\b(?:apps?|newsletters?|e-?mail alerts)\b|"
    r"For (?:licensing|reprint|republication|syndication) (?:opportunities|rights|permissions?|inquiries|enquiries|"
    r"information|requests)\b)"
)
# The syndication notice's opening is specific enough to be cut where a stop was lost before it ("Follow Jane Roe on
# Twitter Content created by ..."): a capitalised "Content created by" starts no clause inside a sentence.
_LICENCE_NOTE = re.compile(
    r"(?:^|(?<=\s))(?:Content|Material|This (?:article|story|content)) (?:created|produced|written|published) by "
    r"[^.!?\"“”]{1,80}? is available (?:without charge|free of charge|for free|for republication)\b"
)
# A newspaper archive's note under a scanned article ("This article can be viewed in its original form. Please send
# questions and feedback to ..."): furniture like the print note, cut with its short tail (the lead's session 17
# reading of an unseen Newsroom archive article made it the conclusion, repaired to "[The] article can be viewed").
_ARCHIVE_NOTE = re.compile(
    r"(?:^|(?<=[.!?]['\"”’)]\s)|(?<=[.!?]\s))This (?:article|story|page) (?:can be|is) (?:viewed|seen|read) in its "
    r"original (?:form|format|print form)\b"
)
# A page's comment-policy note flattened onto the article's last sentence ("You share in the X community, so please
# keep your comments smart and civil. ... Use the "Report Abuse" button ..."; "Join the conversation. Comments are
# moderated ..."): it was a brief's Conclusion (the lead's reading of Newsroom row 21, session 20). It opens on the
# reader addressed about comments or the page's policy, never on a report ("The council asked residents to keep
# their comments civil").
_COMMENT_NOTE = re.compile(
    r"(?:^|(?<=[.!?]['\"”’)]\s)|(?<=[.!?]\s))(?:You share in the [^.!?]{1,40} community\b|"
    r"(?:Please )?(?:keep|Keep) (?:your )?comments (?:smart|civil|clean|respectful|relevant|on[ -]topic)\b|"
    r"(?:Join|join) the (?:conversation|discussion|debate)\.\s+Comments are\b|"
    r"(?:Read|Please read) our comment policy\b)"
)
# A report of such a note tells who says it ("Keep comments civil, the new notice tells users, or lose your
# account." closes a story about a forum's rules): a verb of saying after the note's opening keeps the sentence.
_REPORTED_NOTE = re.compile(r"\b(?:says?|said|tells?|told|writes?|wrote|warns?|warned|reads|asks?|asked)\b")
# A promo line flattened into the text with its teaser: "Which big name stars could be on the move this summer? Find
# out the latest with Rumor Redux." (the lead's session 17 reading: key point 2 of an unseen Newsroom report). An
# imperative "Find out the latest/more/what ..." sends the reader elsewhere; a question just before it is its teaser.
# Bounded lengths (a teaser of up to 150 characters, a promo of up to 100) keep the scan linear on hostile text. An
# imperative someone is reported as saying is news, not a promo: "... one question: why? Find out who did this, they
# told police." (session 17 review: the whole paragraph was cut).
_FIND_OUT = re.compile(
    r"(?:^|(?<=[.!?]['\"”’)]\s)|(?<=[.!?]\s))(?:[A-Z][^.!?\n]{0,150}\?\s+)?"
    r"Find out (?:more|the latest|what|who|how|why|which|where|when|all)\b"
    r"(?![^.!?\n]{0,100}\b(?:said|says|told|tells|asked|asks|urged|urges|demanded|demands|added|adds)\b)"
    r"[^.!?\n]{0,100}[.!](?=\s|$)\s*"
)
# Characters that carry no letter: a soft hyphen (U+00AD) left from a page's hyphenation, a zero-width space, a word
# joiner and a stray byte-order mark. "Mont\u00adgomery" split a name and hid words from every rule that reads them
# (the same session 17 reading). The zero-width joiner is kept: it binds emoji sequences.
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
# The print note and the tail after it are cut only when the tail is short: a longer tail is more
# article (a note quoted in the middle of a media story).
PRINT_TAIL_MAX_WORDS = 80
# A bar of pipe-separated links at a paragraph's end: "Order Reprints|Today's Paper|Subscribe".
_LINK_BAR = re.compile(r"(?:(?<=[.!?]['\"”’)]\s)|(?<=[.!?]\s)|^)\s*(?:[A-Z][\w'’]*(?: [A-Z][\w'’]*){0,2}"
                       r"\s*\|\s*){2,}[A-Z][\w'’]*(?: [A-Z][\w'’]*){0,2}\s*$")


def repair_mojibake(text: str) -> str:
    """``text`` with double-decoded UTF-8 undone ("CutiÃ©" -> "Cutié"); clean text is returned as it is."""
    if not _MOJIBAKE.search(text):
        return text
    import ftfy  # only for the rare text that needs it: its tables cost memory every process would carry

    fixed: str = ftfy.fix_encoding(text)
    return fixed


def _is_promo(match: re.Match[str]) -> bool:
    inner = match.group("promo")[1:-1]
    return len(inner.split()) <= PROMO_MAX_WORDS and not _REPORTED.search(inner)


def _without_promos(paragraph: str) -> str:
    pieces: list[str] = []
    last = 0
    for match in _PROMO.finditer(paragraph):
        if _is_promo(match):
            pieces.append(paragraph[last:match.start()].rstrip())
            last = match.end()
    if not pieces:
        return paragraph
    pieces.append(paragraph[last:].lstrip())
    return " ".join(piece for piece in pieces if piece)


def without_invisibles(text: str) -> str:
    """``text`` without the characters that carry no letter (soft hyphens, zero-width spaces, word joiners and
    byte-order marks), so "Mont\u00adgomery" reads as the one name a reader sees."""
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text


def _without_find_out(paragraph: str) -> str:
    return _FIND_OUT.sub("", paragraph).strip() if "Find out" in paragraph else paragraph


# A foot note told as news has its verb of saying within the sentence ("Stay informed through the app, the council
# told residents"); the notes themselves tell the reader to write or contact, so the plain verbs of reporting count.
FOOT_REPORT_REACH = 120


def _reported(note: re.Pattern[str], paragraph: str, match: re.Match[str]) -> bool:
    if note is _COMMENT_NOTE:
        return bool(_REPORTED_NOTE.search(paragraph, match.end()))
    if note is _FOOT_NOTE or note is _LICENCE_NOTE:
        return bool(REPORTING.search(paragraph, match.end(), match.end() + FOOT_REPORT_REACH))
    return False


def _without_print_note(paragraph: str) -> str:
    for note in (_PRINT_NOTE, _ARCHIVE_NOTE, _COMMENT_NOTE, _FOOT_NOTE, _LICENCE_NOTE):
        match = note.search(paragraph)
        if match is not None and _reported(note, paragraph, match):
            continue
        if match is not None and len(paragraph[match.start():].split()) <= PRINT_TAIL_MAX_WORDS:
            paragraph = paragraph[:match.start()].rstrip()
    bar = _LINK_BAR.search(paragraph)
    if bar is not None:
        paragraph = paragraph[:bar.start()].rstrip()
    return paragraph


# An author's bio box flattened into the middle of a column: "Jane Doe writes about political theater in the capital.
# He joined the Post as a political reporter in 2000." (the lead's reading of Newsroom row 53, session 20: key point 4
# and a Timeline entry). The bio names its person once: a person the paragraph names again (a "Read more from NAME's
# archive" foot line aside) is a person of the story, and a bio line ends at its stop with nothing else in it.
_BIO_LINE = re.compile(
    r"(?:^|(?<=[.!?]['\"”’)]\s)|(?<=[.!?]\s))(?P<name>[A-Z][\w'’-]+(?: [A-Z]\.)?(?: [A-Z][\w'’-]+){1,2}) "
    r"(?:writes about|covers) [^.!?\"“”]{3,90}\.(?: (?:He|She) (?:joined|has been with|came to) (?:the |The )?"
    r"[A-Za-z][\w'’-]*(?: [A-Z][\w'’-]*)?(?: as| in)\b[^.!?\"“”]{0,90}\.)?(?= |$)"
)
_FOOT_NAME = re.compile(r"(?:Read more from|Follow|follow) [A-Z][\w'’ -]{0,40}")
_BOOK = re.compile(r"\b(?:his|her|their) (?:new |latest )?book\b")


def _without_bio_line(paragraph: str) -> str:
    if " writes about " not in paragraph and " covers " not in paragraph:
        return paragraph
    without_foot = _FOOT_NAME.sub("", paragraph)
    counts: dict[str, int] = {}  # one count per surname: a paragraph of many such lines is read once per name
    for match in _BIO_LINE.finditer(paragraph):
        surname = match.group("name").split()[-1]
        if surname not in counts:
            counts[surname] = without_foot.count(surname)
        if counts[surname] <= match.group().count(surname) and not _BOOK.search(match.group()):
            return (paragraph[: match.start()] + paragraph[match.end():].lstrip()).strip()
    return paragraph


def without_inline_furniture(paragraph: str) -> str:
    """``paragraph`` without the bracketed promos between its sentences, a "Find out more" promo and its teaser, the
    print-edition or archive note (with the link bar after it) and a review's listing line at its end
    (:mod:`newsbrief.ingest.furniture_service`), and its glued byline, photo captions and credits
    (:mod:`newsbrief.ingest.captions`), and a tabloid's picture caption glued on with no stop
    (:mod:`newsbrief.ingest.picture_labels`, also unlabelled with a "pictured" cue)
    or a run of them, a highlights box's "NEW:" tag (a run of speakers'
    highlights is broken at each name, :mod:`newsbrief.ingest.glued_runs`), a caption that copies a sentence or closes
    the paragraph with no stop
    (:mod:`newsbrief.ingest.echo_captions`), a glued table of names and numbers (:mod:`newsbrief.ingest.glued_boxes`),
    and a media player's embed notice or a pointer to the page's video
    (:mod:`newsbrief.ingest.embedded_posts`), and the site's promo of its own live coverage
    (:mod:`newsbrief.ingest.reader_lines`, also a reader question glued onto a box line), and a data box's
    "Label: value" lines glued before the lede
    (:mod:`newsbrief.ingest.glued_boxes`); sentences run together with no stop are broken into lines and the glued
    captions among them that repeat the body dropped (:mod:`newsbrief.ingest.glued_sentences`); an empty string when
    it was nothing else."""
    # the script first: its braces read as a picture desk's file name to the caption cut
    # the listing after the print note: a review's venue line stands just before it
    glued = without_tail_captions(without_echo_captions(without_glued_tables(without_embed_notices(
        without_caption_runs(without_highlight_tags(split_speaker_highlights(without_picture_labels(
            without_pictured_captions(without_trailing_code(without_glued_box(paragraph)))))))))))
    # the seams between run-together sentences last: the rules above cut captions by their markers and labels, and a
    # caption that only repeats the body is told from a sentence that lost its stop once they are gone
    return split_glued_sentences(without_glued_reader_question(without_trailing_credit(without_trailing_listing(
        without_captions(_without_print_note(without_pointers(_without_find_out(_without_bio_line(_without_promos(
            without_coverage_promos(glued))))))).strip()))))
