"""The project's shared word lists and word patterns, defined once for rules and metrics alike.

A rule and the metric that scores it must read text the same way: the dangling
openings that :mod:`newsbrief.analyze.openings` repairs are the ones the
``dangling`` checks count, the month names the date rules read are the ones the
LLM verifier compares. Where two users need different lists the variants are
kept side by side here, each with the reason it differs, rather than merged in
a way that would change output.

Everything here is lower case; match it against lower-cased text.
"""

from __future__ import annotations

import re

# --- Words and shared patterns -------------------------------------------------------

# Lower-case alphanumeric words, for comparing statements and overlap measures. Apply
# to lower-cased text: "Lee's 2 cats" -> lee, s, 2, cats.
WORD = re.compile(r"[a-z0-9]+")
# Letters with inner apostrophes and hyphens, no digits: the LLM verifier's word. It keeps
# "korea's" and "well-known" whole (an entity's possessive is then stripped), and it
# leaves numbers to NUMBER, which the verifier checks on their own.
LETTER_WORD = re.compile(r"[a-z][a-z'’-]*")
# A number written in digits, with decimal or thousands separators ("1,200", "3.5").
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# A web address, up to the first space, bracket or quotation mark.
URL = re.compile(r"(?:https?://|www\.)[^\s)\]>\"']+", re.I)


def words(text: str) -> list[str]:
    """Lower-cased alphanumeric words of ``text`` (:data:`WORD`)."""
    return WORD.findall(text.lower())


# --- Calendar ------------------------------------------------------------------------

MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
# Abbreviations as news text writes them ("Feb.", "Sept."); "may" has none.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# Month number of every full name and abbreviation.
MONTHS: dict[str, int] = {
    **{name: number for number, name in enumerate(MONTH_NAMES, start=1)},
    **MONTH_ABBREVIATIONS,
}
# Regular-expression alternation of the month names and abbreviations, without a group.
# Unanchored words, so use it inside \b ... \b; note "sept?(?:ember)?" also reads "sepember",
# which MONTHS does not know (the date rules then keep only the year).
MONTH_ALTERNATION = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# The three-letter openings of the months, and "sept": followed by [a-z]* they read a month
# name of any length in page timestamps ("Tue July 29, 2014").
MONTH_PREFIXES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Weekday numbers as datetime.date.weekday() gives them (Monday 0).
WEEKDAYS: dict[str, int] = {name: number for number, name in enumerate(WEEKDAY_NAMES)}
WEEKDAY_ALTERNATION = "|".join(WEEKDAY_NAMES)
# Three-letter openings of the weekdays ("Tue", "Wed."), for page timestamps.
WEEKDAY_PREFIXES = tuple(name[:3] for name in WEEKDAY_NAMES)

# --- Numbers -------------------------------------------------------------------------

# Spelled-out cardinals with their values.
CARDINALS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
}
# The one-digit cardinals: a CARDINAL entity that is only one of these is a count ("two
# leaders"), not a figure worth reporting.
DIGIT_WORDS = frozenset(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"))
# Counts of a unit of time in date expressions ("two years ago", "a year ago", "a few weeks
# ago"): the cardinals up to thirty, the articles as one, and vague counts read as three.
# "hundred" and larger are left out: "a hundred years ago" is not a date the rules resolve.
SPELLED_COUNTS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty",
)
VAGUE_COUNTS: dict[str, int] = {"a": 1, "an": 1, "several": 3, "a few": 3, "few": 3}
COUNT_WORDS: dict[str, int] = {**{w: CARDINALS[w] for w in SPELLED_COUNTS}, **VAGUE_COUNTS}
# Number words the LLM verifier reads as digits, so "five" in a generated sentence matches
# "5" in the source. It differs from CARDINALS: it lacks eleven, twelve, fifteen and
# thirty. Adding them would change verdicts both ways ("thirty" would then need "30" or
# "thirty" in the cited text; a generated "30" would then match a cited "thirty"), so the
# list stays as the verifier was built and tested until the LLM evaluation is rerun.
VERIFIER_NUMBER_WORDS: dict[str, str] = {
    w: str(CARDINALS[w])
    for w in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
              "twenty", "hundred", "thousand", "million", "billion")
}

# --- Stop words ----------------------------------------------------------------------

# A short function-word list in the style of the classic extractive summarisers: the
# words the TextRank and LexRank baselines drop. Kept short on purpose: the baselines'
# published numbers (docs/benchmarks.md) were measured with it, and a longer list
# changes which sentences they pick.
BASELINE_STOP_WORDS = frozenset(
    "a an the and or but of to in on at for with by from as is are was were be been it its "
    "this that these those he she they we i you his her their our not no said says".split()
)
# The LLM verifier measures how much of a generated sentence's content stands in what it
# cites, so it also drops auxiliaries, modals, wh-words, common prepositions and the
# framing words a model adds ("the article reports"): they would count as support for
# any sentence.
VERIFIER_STOP_WORDS = BASELINE_STOP_WORDS | frozenset(
    "say being also has have had will would could should may might can do does did which who "
    "whom whose what when where than then there here into over under about after before "
    "while article reports".split()
)
# Frequent English function words, for telling English text from other languages.
# Running English prose has 35-50% of its words in this list (measured on the example
# articles and the CNN/DM dev articles); French, German or Spanish news text stays
# under 10%.
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to a in that is was he for it with as his on be at by i this had not are but "
    "from or have an they which one you were her all she there would their we him been has "
    "when who will more no if out so said what up its about into than them can only other "
    "new some could time these two may then do first any my now such like our over man me "
    "even most made after also did many before must through back years where much your way "
    "well down should because each just those people how too little state good very make "
    "world still own see men work long get here between both life being under never day "
    "same another know while last might us great old year off come since against go came "
    "right used take three".split()
)

# --- Openings that point outside the sentence ----------------------------------------

# Subject pronouns that can stand for a quote's speaker ("he said").
SPEAKER_PRONOUNS = frozenset(("he", "she", "they", "we", "i"))
# An opening connective ("But", "However,") ties a statement to the sentence before it.
DANGLING_CONNECTIVES = frozenset(
    "but however also and so yet still meanwhile moreover furthermore instead then thus "
    "besides nonetheless nevertheless".split()
)
# An opening pronoun or determiner ("He", "These weapons", "Such a deal") refers to
# something outside the statement. Existential "there" ("There are eight teams") refers
# to nothing, so it is not listed.
DANGLING_PRONOUNS = frozenset("he she they it this these that those his her their its him them such".split())
# Either kind: a statement shown alone must not open with one of these words unrepaired.
DANGLING_OPENERS = DANGLING_CONNECTIVES | DANGLING_PRONOUNS

# --- Near-synonyms in news reports ---------------------------------------------------

# Verbs (lemmas) that report the same act in different words, one group each: "is demanding a 9
# percent rise" and "wants a 7 percent increase" state one demand; "will pay 48.50 crowns a share" and
# "is offering 45.80 crowns a share" one offer. Small general groups, written from English usage (not
# from any test set); the claim comparison (stories/compare.py, stories/contrary.py) reads them. A
# light verb with its object or particle is one entry ("take effect", "carry out"), groups split on "|".
VERB_SYNONYMS: tuple[frozenset[str], ...] = tuple(frozenset(group.split("|")) for group in (
    "want|demand|seek|ask|request",
    "pay|offer|bid",
    "impose|put|levy|place|slap",
    "fight|battle|tackle|combat",
    "kill|die",
    "injure|wound|hurt",
    "close|shut",
    "cut|reduce|slash|lower",
    "raise|increase|lift|hike",
    "approve|pass|adopt|back|endorse",
    "reject|refuse|decline",
    "hold|detain|arrest",
    "rescue|save",
    "destroy|raze",
    "damage|hit",
    "cancel|scrap|axe",
    "sack|dismiss|fire|oust",
    "inform|tell|notify",
    "find|detect|discover",
    "derail|overturn",
    "deploy|send",
    "apply|take effect|come into force|enter into force|go into effect",
    "step down|resign|quit",
    "carry out|conduct",
    "shut down|close",
    "take over|acquire|buy",
))


# --- Interview transcripts -------------------------------------------------------------

# A speaker label opening a transcript's turn: "Q:", "A:", "Leslie Jump:", "GRACE OYELARAN:".
# Read by the furniture filter (a label line is content there, not a stray "Name: Definitely.")
# and by the attribution stage (nlp/transcript.py), so both read one transcript the same way.
# (Case-sensitive: a name is capitalised.)
SPEAKER_LABEL = re.compile(r"^[\"“]?(?P<label>Q|A|Question|Answer|[A-Z][A-Za-z.'’-]+(?:\s[A-Z][A-Za-z.'’-]+){0,3}|"
                           r"[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3})\s?:\s+(?=\S)")
# Labels that head page furniture or a section, not a turn of speech.
NOT_SPEAKER_LABELS = frozenset({
    "update", "updated", "watch", "read", "read more", "see", "see also", "note", "editor's note", "photo", "video",
    "audio", "source", "sources", "correction", "related", "warning", "breaking", "exclusive", "analysis",
    "opinion", "comment", "live", "listen", "more", "background", "context", "why", "what", "how", "who", "when",
    "where", "today", "tomorrow", "yesterday", "pictured", "above", "below", "top", "main", "inset", "published",
    "posted", "filed", "date", "dateline", "by", "tags", "topics", "share", "credit", "credits", "caption"})
# An introduction that announces a conversation ("Below is an edited transcript", "I spoke with").
ANNOUNCED_INTERVIEW = re.compile(
    r"\b(?:transcript|interview(?:ed)?|q\s?&\s?a|conversation|(?:spoke|talked|chatted) (?:with|to)|"
    r"(?:asked|caught up with) (?:him|her|them)|edited for (?:length|clarity))\b", re.I)

# Different spellings of the same country that news text uses interchangeably.
COUNTRY_ALIASES = {
    "u.s.": "United States", "us": "United States", "the united states": "United States",
    "united states": "United States", "america": "United States", "u.s.a.": "United States",
    "usa": "United States", "uk": "United Kingdom", "u.k.": "United Kingdom",
    "britain": "United Kingdom", "great britain": "United Kingdom",
    "the united kingdom": "United Kingdom", "united kingdom": "United Kingdom",
    "the uk": "United Kingdom", "eu": "European Union", "the eu": "European Union",
    "the european union": "European Union", "european union": "European Union",
    "u.s": "United States", "u.k": "United Kingdom", "u.s.a": "United States",
}


# ---------------------------------------------------------------- speech (used by newsbrief.nlp.speech)
# Verbs whose subject is a source and whose complement is what the source says or thinks.
CUE_LEMMAS = frozenset(
    "say tell add note argue insist claim state explain announce declare write predict acknowledge admit "
    "caution stress suggest urge describe reply respond recall conclude believe think vow pledge promise "
    "deny confirm report warn allege accuse charge contend maintain assert reject dispute refute dismiss "
    "find show reveal indicate estimate expect forecast project recommend advise propose ask question wonder "
    "fear hope worry complain concede disagree point emphasise emphasize signal testify tweet post want "
    "counter rebut protest demand call insist observe remark reiterate repeat mention disclose define".split()
)
# Verbs that introduce words only when they frame a quotation or a colon ('"Never," Oscar interrupts', "X commented:";
# elsewhere they say nothing ("prices continued to rise"); "read": a banner's
FRAMING_LEMMAS = frozenset("continue interrupt read chant shout yell scream offer quip muse retort snap scoff comment "
                           "roar cry mutter whisper holler bellow murmur".split())
# Verbs of a loud or quiet voice: speech also with a that-clause ("she whispered that ..."); "cried" with neither
# a quotation nor a that-clause is weeping (session 15, the lead's Newsroom reading: such cues gave no speaker).
VOICED_LEMMAS = frozenset("chant shout yell scream roar cry mutter whisper holler bellow murmur".split())
# Attitudes and speech acts PolNeAR also counts as attributions ("X wants ...", "X praised ...");
# they are found for extraction but do not make a sentence someone else's claim in the brief.
ATTITUDE_LEMMAS = frozenset(
    "support back praise thank criticize criticise attack mock joke refuse learn discuss see read cite "
    "list prefer vow threaten blame credit welcome applaud condemn slam blast decry lament acknowledge agree "
    "endorse oppose favor favour insist intend plan seem appear know understand recognise recognize "
    "remember feel hear refer decline decide imply name label dub brand accept consider regard".split()
)
DENY = frozenset("deny reject dispute refute dismiss rebut counter contest".split())
ALLEGE = frozenset("allege accuse charge claim contend".split())
# "estimate" counts what is ("one estimate put the loss at 3.2 years"), so it predicts only with a
# future in its content (fourth reader audit: a past estimate labelled "expects").
PREDICT = frozenset("predict forecast expect project anticipate warn".split())
RECOMMEND = frozenset("recommend urge advise propose call demand want".split())
ASK = frozenset("ask question wonder".split())
DOCUMENT_NOUNS = frozenset(
    "report ruling judgment judgement indictment complaint filing lawsuit suit study survey audit review "
    "inquiry investigation document documents memo letter statement analysis paper findings data poll "
    "assessment order decision verdict affidavit testimony records record transcript email emails "
    "minutes probe court tribunal post tweet release notice announcement text figure figures statistics "
    "estimate estimates projection projections poll polls census footage video website page "
    # what a crowd carries or writes: its words are quoted as a banner's (Audit 8: a slogan unattributed)
    "banner banners placard placards sign signs poster posters slogan slogans graffiti leaflet leaflets".split()
)
ORGANISATION_NOUNS = frozenset(
    "company firm government ministry department agency police council committee board party "
    "campaign union group bank administration office authority authorities commission regulator "
    "army military embassy parliament congress senate house cabinet team club school university "
    "hospital airline network newspaper magazine prosecutors prosecution branch division unit "
    "college institute association federation coalition alliance organisation organization chamber".split()
)
