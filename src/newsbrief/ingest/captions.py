"""Photo captions, credit lines and glued bylines inside a paragraph.

A saved page can hand over its photo captions inside the article's text, glued to the byline, to
each other and to the lead, in one long paragraph the line filter (:mod:`newsbrief.ingest.furniture`)
cannot split. The lead read such a page (a Newsroom murder-verdict page, session 12): its key points
were captions run together with the byline, the staff writer's title went to a person of the story,
and caption fragments became speakers. Captions have a shape of their own, which these rules read:

* a present-tense description of the pictured scene, opened by who is pictured ("X listens as ...",
  "X, left, and Y stand ...", "X and Y fight back tears ..."), dated as a caption dates its picture
  (", Wednesday Oct. 11, 2006, in Martinez") or placed with a position marker (", left,", "(right)");
  a report says "on Wednesday" and tells in the past, and reports speech, which a caption never does;
* a credit: the photographer and outlet in brackets ("(Tom Roe/The Ledger)", "(AP Photo/Tom Roe)",
  "(Photo: ...)"), "Staff photographer", "Getty Images", "File photo", an agency's "MANDATORY CREDIT",
  and the file names of a picture desk in braces ("{060404_slay05}"): the sentence a credit closes is
  the caption it credits;
* repetition: a gallery prints each caption again, so a sentence said twice on the page next to a
  caption is one too;
* a byline with a capitalised staff title glued to the start of a paragraph ("Jane Doe, Ledger Staff
  Writer Maria ...", "By Jane Doe Staff Writer The ...") is cut off; a sentence never runs a name and
  a capitalised title straight into the next capitalised word.

Plain regular expressions like the other furniture rules, so each cut can be explained by the phrase
that made it. The verbs, markers and credits were written from the shapes of captions in general
(checked against the caption-bearing pages of ../shared/data/summ/ Newsroom and CNN/DM), never from one
page's wording.
"""

from __future__ import annotations

import re
from collections import deque

from newsbrief.lexicon import MONTH_ALTERNATION, WEEKDAY_ALTERNATION

# A caption is short: the captions read ran 8-45 words (a caption with its credit), and two captions cut
# short and run together 60-65; a longer sentence is reporting even when it is told in the present.
CAPTION_MAX_WORDS = 70
# A sentence said again is taken for a repeated caption only from this many words: shorter repeats
# ("He said no.") happen in reporting. A gallery's repeats are often cut short, so a piece whose first
# REPEAT_OPENING_WORDS words occur again on the page is repeated too.
REPEAT_MIN_WORDS = 5
REPEAT_OPENING_WORDS = 8

# What a pictured person does in a caption, in the present: third person singular, or the plain form
# after two people ("X and Y stand").
_SCENE_VERBS = (
    r"listen|stand|sit|speak|talk|leave|arrive|walk|wait|watch|look|hold|hug|embrace|cr(?:y|ie)|smile|"
    r"react|pose|gesture|celebrate|wave|greet|testif(?:y|ie)|address|enter|exit|pray|mourn|weep|kneel|"
    r"lay|place|shake|point|read|sing|play|fight|wipe|comfort|console|confer|chat|laugh|cheer|rest|hold|"
    r"ride|run|jump|work|prepare|inspect|view|examine|survey|display|carry|lead|join|shout|march|gather|"
    r"await|applaud|clap|kiss|wear|sign|open|light|attend|visit|vote|meet|make|take|give|throw|kick|catch"
)
# Who is pictured: a capitalised opening of at most ten words, with commas for an age, a place or a
# position marker, and no stop or quotation mark before the verb.
_SUBJECT = r"(?P<subject>(?:A |An |The )?[A-Z][^.!?\"“”;:()]{0,110}?)"
_SCENE = re.compile(
    rf"^{_SUBJECT}\s(?:(?:{_SCENE_VERBS})(?:s|es)|(?P<plain>{_SCENE_VERBS}))\b(?! (?:that|to)\b)"
)
# The date a caption gives its picture, after a comma: ", Wednesday Oct. 11, 2006", ", Tuesday, March
# 3, 2026"; a report says "on Wednesday".
_CAPTION_DATE = re.compile(
    rf",\s(?:{WEEKDAY_ALTERNATION}),?\s(?:{MONTH_ALTERNATION})\.?\s?\d{{1,2}}(?:,\s\d{{4}})?\b", re.I
)
# Where a person stands in the picture.
_POSITION = re.compile(
    r",\s(?:left|right|center|centre|top|bottom|foreground|background|second from (?:left|right)|"
    r"(?:top|bottom|front|back|middle) (?:left|right|row)),|\((?:left|right|center|centre|L|R|top|bottom|"
    r"pictured)\)|\bfrom left\b|\bclockwise from\b", re.I
)
# Speech reported or quoted: a caption never carries it.
_SPEECH = re.compile(r"[\"“”]|\b(?:said|says|told|tells|according to|added|asked)\b")

# A credit: the photographer and outlet in brackets ("(Tom Roe/The Ledger)", "(AP Photo/Tom Roe)",
# "(Photo: Tom Roe/Staff)"), a desk's credit words, or a picture desk's file names in braces.
_NAME = r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}"
# Case matters for the names (the rest is written (?i:...)): "(as a dual Swiss/Italian national)" is an aside.
CREDIT = re.compile(
    r"\((?:(?:\w+\s)?(?i:photo(?:graph)?s?)\s*(?:/|:)[^()]{0,60}|"
    r"(?i:(?:photo|image|picture)s?\s(?:by|courtesy of))\s[^()]{0,60})\)"
    r"|(?i:\b(?:photo(?:graph)?|image|picture)s?)\s?:\s?" + _NAME + r"\s?/\s?" + _NAME +
    r"|\bStaff [Pp]hotographer\b|\bGetty Images\b|^File [Pp]hoto\b|^Copy photo\b"
    r"|(?i:\bmandatory credit\b|\bmags out\b)|\{[^{}]{1,60}[})]",
)
# A credit in square brackets is the same credit ("... ended. [Photo: Tom Roe/Agency]", "[Picture: AFP]"), and so is
# one labelled as an image, a picture or a credit with a single source ("(Image: Reuters)", "(Credit: Tom Roe/AP)",
# "(Image source: ...)", "(Image via ...)"): these stayed glued to the sentence before them and closed the brief with
# it (issue #11). They count standing alone (the sentence before them is cut off first): inside a piece, one of them
# glued to a caption line after a body paragraph ("... sticky skin. Spoon face powers (Picture: CEN)", FNC-1 body
# 497) would take the body's sentence with it.
BRACKETED_CREDIT = re.compile(
    r"[(\[](?:(?:\w+\s)?(?i:photo(?:graph)?s?|images?|pictures?|credit)(?i:\s(?:source|credit))?\s*(?:/|:)"
    r"[^()\[\]]{1,60}|(?i:(?:photo|image|picture)s?\s(?:by|courtesy of|via))\s[^()\[\]]{1,60})[)\]]\.?")
# A photographer's name and outlet in brackets, "(Tom Roe/The Ledger)", is a credit only standing alone after
# a sentence: inside one, "a joint study (Harlan University/The Ledger) found ..." names a source; and a
# name of one word, "(Reuters/Ipsos)", is a poll's source.
CREDIT_BRACKET = re.compile(rf"\([A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){{1,2}}\s?/\s?(?:The\s)?{_NAME}\)\.?")
# A broadcaster's or wire's name alone in brackets after a caption's stop ("... on Elm Street. (9NEWS)", "(KUSA)",
# "(CNN)"): a call sign (three to six capitals, perhaps with digits) or a wire's name. Alone in its piece it is a
# credit; a dateline ("DENVER (KUSA) - The ...") and an acronym after its name ("the Office for Road Safety
# (ORS).") never stand alone after a stop. A web page's tag in capitals ("The vote was 9-2. (UPDATE) The council
# ...", "(VIDEO)", "(PHOTOS)") is no call sign: taken for one, it cut the sentence before it as a caption (session 19
# review).
_PAGE_TAGS = ("UPDATE|VIDEO|VIDEOS|PHOTO|PHOTOS|WATCH|LISTEN|LIVE|AUDIO|MAP|MAPS|POLL|GRAPHIC|OPINION|READ|MORE|"
              "LINK|NOTE")
# A picture's platform or agency alone in brackets closes its caption the same way ("Mia Lund is training for a
# 10km race. (Instagram) A young woman ...": the lead's reading of an unseen Newsroom feature, session 20).
_PICTURE_SOURCES = "Instagram|Facebook|Twitter|YouTube|Supplied|Handout|Getty|iStock|Shutterstock|Flickr|Pixabay"
CALL_SIGN = re.compile(rf"\((?!(?:{_PAGE_TAGS})\))(?:\d{{0,2}}[A-Z]{{3,6}}\d{{0,2}}|AP|PA|Reuters|Bloomberg|"
                       rf"{_PICTURE_SOURCES})\)")
# A caption or credit labelled as one inside a paragraph ("... exist. Photo: A scene from the film. Credit:
# Lionsgate"), up to LABELLED_MAX_WORDS words (the labelled captions read had 4-10).
_LABELLED = re.compile(r"^(?:Photo(?:graph)?s?|Image|Picture|Credit|Caption)\s?:\s")
LABELLED_MAX_WORDS = 12
_LABELLED_CREDIT = re.compile(rf"^(?:Photo(?:graph)?|Image|Picture)\s?:\s?{_NAME}\s?/\s?(?:The\s)?{_NAME}\.?$")
# A credit line standing alone: "Tom Roe / The Ledger", "Staff photographer", "File photo".
CREDIT_LINE = re.compile(
    rf"^(?:{_NAME}\s?/\s?(?:The\s)?{_NAME}|(?:staff|contributing|special|freelance) photographer|"
    rf"file (?:photo|image|picture)|{_NAME},? (?:staff|contributing|special|freelance) photographer)\.?$",
    re.I,
)

# A byline with a capitalised staff title glued to the start of a paragraph: "Jane Doe, Ledger Staff Writer
# Maria ...", "By Jane Doe Staff Writer The jury ...". The title's words are capitalised, so "Jane Doe, a
# staff writer at the Ledger, covered ..." is a sentence.
GLUED_BYLINE = re.compile(
    r"^(?:By\s)?[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,3},?\s(?:(?:The\s)?[A-Z][\w'’.&-]+\s){0,3}"
    r"(?:(?:Staff|Senior|Special|Contributing|Chief|Political|Sports|Business|Metro|Science|Health)"
    r"\s(?:Writer|Reporter|Correspondent|Editor|Photographer)s?)\s+(?=[\"“A-Z])"
)

# Sentence pieces of a paragraph: a stop before a capital, a quote or a bracket; a credit's closing bracket
# before a capital; a credit's words before a capital ("Staff photographer The jury ..."); and a glued page
# stamp ("2006-10-11 14:17:00 PDT") or wire dateline ("MARTINEZ --"), which start a piece of their own, so
# a caption glued to the lead is cut without the lead. The stamp's whitespace is taken whole from its
# start (possessive, not tried again from each space): a run of spaces was rescanned from each of them.
_BREAK = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?]['\"”’]))\s+(?=[\"“(\[{A-Z])|(?<=\))\s+(?=[\"“A-Z{])"
    r"|(?:(?<=Staff photographer)|(?<=Staff Photographer)|(?<=Getty Images))\s+(?=[\"“A-Z])"
    # a labelled credit's agency before the lead: "Photo: Tom Roe/AP The man ..." (session 20)
    r"|(?:(?<=/AP)|(?<=/AFP)|(?<=/EPA)|(?<=/PA)|(?<=/Reuters)|(?<=/Rex)|(?<=/Alamy)|(?<=/Corbis))\s+(?=[\"“A-Z])"
    r"|(?<!\s)\s++(?=\d{4}-\d{2}-\d{2}\s\d{1,2}:\d{2})"
    r"|(?<=\s)(?<!\d\s)(?=(?-i:[A-Z]{3,}(?:[ ,]+[A-Z]{2,}){0,3})\s--\s)"
    # a call sign's credit before a station name that opens on a digit: "... Award. (9NEWS) 9NEWS NSW Political ..."
    r"|(?<=[A-Z]\))\s+(?=\d+[A-Z]{2,})"
)
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}\s\d{1,2}:\d{2}(?::\d{2})?(?:\s[A-Z]{2,4})?\s*")
# A stop that does not end a sentence before a capital: a title before a name ("Sen. Holt"), an initial
# ("J. Roe"), a dotted abbreviation ("U.S. Army"). A place's abbreviation ("in Martinez, Ca. A verdict ...")
# does end one: captions end on it.
_ABBREVIATION_END = re.compile(
    r"(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Maj|Adm|Cmdr|St|Mt|Ft|Prof|Rev|Hon|Pres|"
    r"Det|Insp|Supt|No|Nos|Vol|Fig|Ave|Blvd|Corp|Inc|Co|Bros|vs|[A-Z]|(?:[A-Za-z]\.)+[A-Za-z])\.$")
_WORD = re.compile(r"[^\W_]+")


def _pieces(paragraph: str) -> list[str]:
    """The paragraph cut into sentence pieces; a stop after an abbreviation ("Sen.", "Oct.") is no cut."""
    pieces: list[str] = []
    start = 0
    for match in _BREAK.finditer(paragraph):
        head = paragraph[start:match.start()].rstrip()
        if head and head[-1] == "." and _ABBREVIATION_END.search(head):
            continue
        if head:
            pieces.append(head)
        start = match.end()
    if paragraph[start:].strip():
        pieces.append(paragraph[start:].strip())
    return pieces


def is_scene_caption(sentence: str) -> bool:
    """Whether ``sentence`` describes a pictured scene as a caption does: who is pictured, a present-tense
    verb, and the caption's own date or a position marker; never a sentence that reports speech."""
    text = sentence.strip()
    if len(_WORD.findall(text)) > CAPTION_MAX_WORDS or _SPEECH.search(text):
        return False
    scene = _SCENE.match(text)
    if scene is None:
        return False
    if scene.group("plain") and not re.search(r"\s(?:and|&)\s|,\s(?:left|right)", scene.group("subject")):
        return False  # the plain verb needs two people pictured: "X and Y stand"
    return bool(_CAPTION_DATE.search(text) or _POSITION.search(text))


def _scene_shape(sentence: str) -> bool:
    """Whether ``sentence`` opens as a caption's scene (who is pictured, a present-tense verb), with or without the
    date or marker :func:`is_scene_caption` also asks for; "The woman could hold ..." is no scene."""
    scene = _SCENE.match(sentence.strip())
    return scene is not None and (not scene.group("plain") or bool(re.search(r"\s(?:and|&)\s|,\s(?:left|right)",
                                                                            scene.group("subject"))))


def is_credit(piece: str) -> bool:
    """Whether a sentence piece carries a photo credit ("(Tom Roe/The Ledger)", "Staff photographer") or is a
    short labelled caption ("Photo: A scene from the film.", "Credit: Lionsgate")."""
    text = piece.strip()
    labelled = bool(_LABELLED.match(text)) and len(_WORD.findall(text)) <= LABELLED_MAX_WORDS
    return labelled or bool(CREDIT.search(text) or CREDIT_LINE.match(text) or CREDIT_BRACKET.fullmatch(text)
                            or CALL_SIGN.fullmatch(text) or BRACKETED_CREDIT.fullmatch(text))


def _repeated(piece: str, text: str) -> bool:
    """Whether ``piece`` (or its opening, for a long one) occurs twice or more in ``text``."""
    words = piece.split()
    if len(_WORD.findall(piece)) < REPEAT_MIN_WORDS:
        return False
    opening = " ".join(words[:REPEAT_OPENING_WORDS]) if len(words) >= REPEAT_OPENING_WORDS else piece
    return text.count(piece) >= 2 or text.count(opening) >= 2


def _joins_caption(pieces: list[str], i: int, text: str) -> bool:
    """Whether piece ``i``, beside a caption, is one too: a bracketed scrap, a headline (perhaps glued to a
    caption cut short) without a stop before a page stamp, or a repeated piece; never reported speech."""
    piece = pieces[i]
    if _SPEECH.search(piece):
        return False
    scrap = piece.startswith(("(", "[", "{")) and not piece.rstrip(")]}").endswith((".", "!", "?"))
    headline = (i + 1 < len(pieces) and bool(_STAMP.match(pieces[i + 1]))
                and len(_WORD.findall(piece)) <= CAPTION_MAX_WORDS and piece[-1] not in ".!?")
    return scrap or headline or _repeated(piece, text)


# A call sign closes a caption ("Firefighters spray water on the bakery. (KBRT)"), not a news sentence told in the
# past ("The talks ended without a deal. (AP) The president said ..."; the session 19 review's strict xfail): a
# past auxiliary, or a verb in -ed after the subject in the opening words that no "by" makes a caption's participle
# ("A home damaged by the storm") or a determiner an adjective ("guard the flooded street").
# The commonest irregular pasts of news copy ("The first ship left ...", "Talks broke down ...").
_IRREGULAR_PASTS = (
    r"(?:began|became|brought|broke|built|bought|came|chose|drove|fell|fled|flew|fought|found|gave|got|grew|held|"
    r"kept|knew|led|left|lost|made|met|paid|ran|rose|sank|saw|sent|sold|spent|spoke|stood|struck|swore|took|told|"
    r"threw|went|won|wrote)")
# An irregular past counts too, but not as a perfect's participle ("X has won an award", a station's headline caption):
# "The talks broke down ... (Reuters)" lost its sentence (ingest helper, session 34).
# Both in the opening words after the subject, neither after a determiner nor before "by" ("Rescue workers search the
# rubble left by the quake", "A man holds a sign made by protesters": the participle of a caption's scene; the lead's
# code review of session 34, when the irregular pasts were read anywhere).
_PAST_NEWS = re.compile(r"\b(?:was|were|had|did|would)\b|^[A-Z][\w'’-]*(?: [\w'’-]+){0,4}? "
                        r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bher )(?<!\bhis )(?<!\btheir )(?<!\bhas )(?<!\bhave )"
                        r"(?:[a-z]{2,}ed|" + _IRREGULAR_PASTS + r")\b(?! by\b)")


def _reports_past(piece: str, credit: str) -> bool:
    """True when ``credit`` is a call sign only and ``piece`` before it reads as a news sentence in the past."""
    return bool(CALL_SIGN.fullmatch(credit.strip())) and not is_scene_caption(piece) \
        and bool(_PAST_NEWS.search(piece))


# A credit glued to a paragraph's news sentence ("The strike ended on Monday. (AP Photo/Tom Roe)", the last lines of a
# wire story whose picture sat beside its close): the sentence before a credit was always taken for the caption it
# credits, and the article lost its close (issue #11). A caption describes its picture in the present ("X listens as
# ...") and carries a date or a position marker; a news sentence tells in the past, with a modal or a future, or
# reports speech. So a sentence told so, with no caption marker of its own, keeps its place and only the credit goes,
# unless the paragraph holds a scene caption, whose wire background lines (told in the past, "Authorities have said
# ...") come before the credit too (the FNC-1 bodies with AP galleries). A call sign alone keeps its own, narrower
# reading (``_reports_past``): a station's caption is often a headline in the perfect ("X has won an award. (7NEWS)").
_NEWS_TENSE = re.compile(
    r"\b(?:was|were|had|did|has|have|would|will|could|should|may|might|must)\b"
    # a verb in -ed, not an adjective after a determiner or a present "is" ("guard the flooded street", "A road is
    # closed"), nor a caption's participle ("A home damaged by the storm")
    r"|(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bher )(?<!\bhis )(?<!\btheir )(?<!\bits )(?<!\bis )(?<!\bare )"
    r"\b(?!(?:need|speed|seed|bleed|feed|breed|shed|bed|red|bred|led|fled|wed)\b)[a-z]{3,}ed\b(?! by\b)"
    # the commonest irregular pasts of news copy ("The first ship left ...", "Talks broke down ...")
    r"|\b" + _IRREGULAR_PASTS + r"\b")


def tells_news(piece: str) -> bool:
    """Whether a sentence piece reads as news rather than a caption: told in the past, with a modal or a future
    (see ``_NEWS_TENSE``), with no caption date or position marker of its own and no scene caption's shape."""
    text = piece.strip()
    if _CAPTION_DATE.search(text) or _POSITION.search(text) or is_scene_caption(text):
        return False
    return bool(_NEWS_TENSE.search(text[:1].lower() + text[1:]))


def _caption_marks(pieces: list[str]) -> list[bool]:
    """Which pieces are captions: scene descriptions, credits and the piece a credit closes, stamps, and
    repeated pieces or bracketed scraps next to a caption."""
    scenes = [is_scene_caption(p) for p in pieces]
    marks = [scene or is_credit(p) or bool(_STAMP.match(p)) for scene, p in zip(scenes, pieces, strict=True)]
    # a wire caption's past-tense background lines follow its scene, which may lack the date or marker that makes it
    # a caption on its own ("X and Y meet during a rare visit ...", FNC-1 body 1648): a paragraph with a scene's
    # shape, a caption's date or a position marker anywhere is a caption block, and its credit closes its lines
    no_scene = not any(scene or _scene_shape(p) or _CAPTION_DATE.search(p) or _POSITION.search(p)
                       for scene, p in zip(scenes, pieces, strict=True))
    for i, piece in enumerate(pieces):
        # A credit closes the caption before it: "... in Martinez. (Lacy Roe/The Ledger)".
        # So does a labelled one, "... at the airport. Photograph: Tom Roe/Agency" (Newsroom row 37, session 20).
        credit_alone = (piece.startswith(("(", "[")) or bool(_LABELLED_CREDIT.match(piece))) and is_credit(piece) \
            and len(_WORD.findall(piece)) <= 8
        if credit_alone and i > 0 and len(_WORD.findall(pieces[i - 1])) <= CAPTION_MAX_WORDS \
                and not _SPEECH.search(pieces[i - 1]) and not _reports_past(pieces[i - 1], piece) \
                and not (no_scene and not CALL_SIGN.fullmatch(piece.strip()) and tells_news(pieces[i - 1])):
            marks[i - 1] = True
    # A labelled credit that ends the text runs on into the page's related headlines glued after it ("Credit:
    # <studio> <headline> <headline>", no stop; a film column read in session 18), so the word limit does not
    # apply to it when it has no closing stop or follows a caption.
    last = pieces[-1].rstrip() if pieces else ""
    if last and _LABELLED.match(last) and (last[-1] not in ".!?\"”'’" or (len(marks) > 1 and marks[-2])):
        marks[-1] = True
    text = " ".join(pieces)
    # Marks spread to neighbours through a queue: passes over every piece until none changed took one
    # pass per piece of a long run of repeats (quadratic: 7.6 s at 48,000 characters; session 13 review).
    queue = deque(i for i, mark in enumerate(marks) if mark)
    while queue:
        i = queue.popleft()
        for j in (i - 1, i + 1):
            if 0 <= j < len(pieces) and not marks[j] and _joins_caption(pieces, j, text):
                marks[j] = True
                queue.append(j)
    return marks


# A labelled credit glued to the lead after it: "Photograph: Jo Roe/AFP/Getty For Mexico's church it is a tricky
# dilemma: ...", "Photograph: Reuters The gusher ...". A page flattened to text puts the picture's caption, its credit
# and the lead on one line; the caption label ruled the whole line a caption and the article lost its opening sentence
# (H1N1_guardian 526; 260 of the T17 Guardian pages open so). The credit is the label and a name: every word up to the
# last one joined by a slash ("Jo Roe/AFP/Getty", "Centers for Disease Control/Reuters"; "\/" as detokenised text
# writes it), else an agency's one word ("Reuters", "AP") or a person's two or three ("Jo Roe", "Jo F. Roe"), then an
# agency's second word ("Getty Images", "Rex Features") or "for the Guardian". The lead is what follows it: a capital
# and LEAD_MIN_WORDS words or more. Text before the label on the same line, back to the last full stop, is the caption
# the credit credits ("... from the spill Photograph: Reuters BP is poised ..."), and goes with it.
_CREDIT_LABEL = re.compile(r"(?:^|(?<=\s))(?:Photo(?:graph)?|Picture|Image|Illustration|Composite)s?\s?:\s")
_SLASH = re.compile(r"\\?/")
_AGENCIES = frozenset({"reuters", "getty", "rex", "corbis", "alamy", "shutterstock", "bloomberg", "xinhua", "nasa",
                       "afp", "ap", "pa", "epa"})
_AGENCY_SECOND = frozenset({"images", "features", "photos", "pictures", "photo", "photography", "press", "house",
                            "agency", "news", "pool", "llc", "inc", "ltd", "plc"})
_FOR_OUTLET = re.compile(r"for (?:the )?[A-Z][\w'’-]* ")
_LEAD_START = re.compile(r"[A-Z\"“‘'0-9]")
_INNER_STOP = re.compile(r"[.!?]['\"”’]?(?=\s+[A-Z\"“])")  # a stop between two sentences
_SENTENCE_END = re.compile(r"[.!?]['\"”’]?(?:\s|$)")  # the lead is a sentence; a glued link's headline has no stop
# Words of the lead after a credit: with a slash the credit's shape is certain and a short hook stays ("It was the
# silence more than anything."); a bare name's end is a guess, so more of the lead must follow it.
LEAD_MIN_WORDS = 8
SLASHED_LEAD_MIN_WORDS = 3
CREDIT_NAME_WORDS = (2, 3, 1)  # a person's name first; an initial makes three ("Jo F. Roe"); an agency one
# A token of the text: a word, or a quotation glued to the credit before it ('Roe/Reuters"It's ...').
_TOKEN = re.compile(r"[\"“](?=\w)\S*|[^\s\"“]+(?:[\"“](?!\w)\S*)?")


def _agency(word: str) -> bool:
    return word.lower().rstrip(".,") in _AGENCIES or (word.isupper() and len(word) > 1)


def _credit_words(words: list[str]) -> tuple[list[int], bool]:
    """How many of ``words`` (the text after a credit label) the credit's name may take, likeliest first, and
    whether a slash shows where the credit ends."""
    slashed = [i for i, word in enumerate(words[:8]) if _SLASH.search(word)]
    if slashed:
        last = slashed[-1]
        parts = _SLASH.split(words[last])
        # "Reuters/Jo Roe": an agency before the slash and a person after it, whose surname is the next word
        named = _agency(parts[0]) and not _agency(parts[-1]) and last + 1 < len(words) \
            and words[last + 1][:1].isupper() and words[last + 1].lower() not in _AGENCY_SECOND
        return [last + 2 if named else last + 1], True
    if words and _agency(words[0]):
        return [1], False
    if len(words) > 2 and re.fullmatch(r"[A-Z]\.", words[1]):
        return [3], False
    return list(CREDIT_NAME_WORDS), False


def _lead_after_credit(text: str) -> int | None:
    """Where the lead starts in ``text``, the words after a credit label, or None when no lead follows the name."""
    tokens = list(_TOKEN.finditer(text))
    words = [t.group() for t in tokens]
    if not words or not words[0][:1].isupper():
        return None
    counts, slashed = _credit_words(words)
    for n in counts:
        if n >= len(words) or not (slashed or all(w[:1].isupper() for w in words[:n])):
            continue
        if n < len(words) - 1 and words[n].lower().rstrip(".,") in _AGENCY_SECOND and _LEAD_START.match(words[n + 1]):
            n += 1  # "Getty Images", "Rex Features"
        start = tokens[n].start()
        outlet = _FOR_OUTLET.match(text, start)  # "Jo Roe for the Guardian"
        start = outlet.end() if outlet else start
        lead_words = len(text[start:].split())
        if _LEAD_START.match(text[start:start + 1]) and _SENTENCE_END.search(text, start) \
                and lead_words >= (SLASHED_LEAD_MIN_WORDS if slashed else LEAD_MIN_WORDS):
            return start
    return None


def _caption_above(sentence: str) -> bool:
    """Whether the sentence above a credit is the caption it credits: no caption runs past CAPTION_MAX_WORDS words or
    reports speech; such a sentence is the body's, the page's caption lost."""
    return len(_WORD.findall(sentence)) <= CAPTION_MAX_WORDS and not _SPEECH.search(sentence)


def without_opening_credit(paragraph: str) -> str:
    """``paragraph`` without a labelled photo credit glued to the lead after it, nor the caption before the label on
    the same line (see ``_CREDIT_LABEL``); as it was when no lead follows the credit."""
    for label in _CREDIT_LABEL.finditer(paragraph):
        start = _lead_after_credit(paragraph[label.end():])
        if start is None:
            continue
        before = paragraph[:label.start()].rstrip()
        stops = [m.end() for m in _INNER_STOP.finditer(before)]
        kept = before[:stops[-1]] if stops else ""  # the sentences before the caption stay
        if not _caption_above(before[stops[-1]:] if stops else before):
            kept = before
        return (kept + " " if kept else "") + paragraph[label.end() + start:]
    return paragraph


def without_credited_captions(paragraphs: list[str]) -> list[str]:
    """The paragraphs without the caption a credit-led paragraph credits: the last sentence of the paragraph before
    one that opens with a labelled credit glued to the lead (see :func:`without_opening_credit`). A credit follows its
    caption; flattened to one line per paragraph, the page set the caption (with the headline and standfirst glued
    before it at the top) on the line above ("... A near-empty church in Mexico City." over "Photograph: Jo Roe/AFP
    For Mexico's church ..."; in the T17 Guardian and BBC pages every line above such a credit was a caption). The
    paragraph keeps its sentences before the caption; one whose last sentence cannot be a caption (see
    ``_caption_above``) is left whole."""
    kept: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        label = _CREDIT_LABEL.match(paragraph)
        if index and kept and label and _lead_after_credit(paragraph[label.end():]) is not None:
            above = kept[-1]
            stops = [m.end() for m in _INNER_STOP.finditer(above)]
            if _caption_above(above[stops[-1]:] if stops else above):
                kept[-1] = above[:stops[-1]] if stops else ""
                kept = [p for p in kept if p]
        kept.append(paragraph)
    return kept


def without_captions(paragraph: str) -> str:
    """``paragraph`` without its glued byline, photo captions and credit lines; an empty string when it
    was nothing else. A paragraph without a caption's mark comes back as it was."""
    text = GLUED_BYLINE.sub("", without_opening_credit(paragraph), count=1)
    if not (CREDIT.search(text) or CREDIT_BRACKET.search(text) or BRACKETED_CREDIT.search(text)
            or _CAPTION_DATE.search(text)
            or _POSITION.search(text) or _STAMP_IN.search(text) or _LABELLED_IN.search(text)
            or _CALL_SIGN_IN.search(text)):
        return text
    pieces = _pieces(_CREDIT_BEFORE_STOP.sub(_credit_after_stop, text))
    marks = _caption_marks(pieces)
    if not any(marks):
        return text
    return " ".join(p for p, mark in zip(pieces, marks, strict=True) if not mark)


# A credit set before the sentence's own stop ("... within ten days [Photo: Tom Roe/Agency]."): moved after the stop,
# it is a piece of its own and goes alone, where inside the sentence it made the whole sentence a caption.
_CREDIT_BEFORE_STOP = re.compile(r"(?<!\s)\s*+([(\[][^()\[\]]{1,80}[)\]])([.!?])(?=\s|$)")


def _credit_after_stop(match: re.Match[str]) -> str:
    credit = match.group(1)
    return f"{match.group(2)} {credit}" if is_credit(credit) else match.group(0)


# What a paragraph needs to hold before it is cut into pieces: a stamp, or a caption label after a stop.
_STAMP_IN = re.compile(r"\d{4}-\d{2}-\d{2}\s\d{1,2}:\d{2}")
_CALL_SIGN_IN = re.compile(r"(?:^|[.!?]['\"”’]?\s)" + CALL_SIGN.pattern + r"(?:\s|$)")
_LABELLED_IN = re.compile(r"(?:^|[.!?]['\"”’]?\s)(?:Photo(?:graph)?s?|Image|Picture|Credit|Caption)\s?:\s")


__all__ = [
    "BRACKETED_CREDIT", "CALL_SIGN", "CREDIT", "CREDIT_BRACKET", "CREDIT_LINE", "GLUED_BYLINE", "is_credit",
    "is_scene_caption", "without_captions", "without_credited_captions",
    "without_opening_credit",
]
