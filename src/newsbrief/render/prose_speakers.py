"""Who says an essay sentence, for the prose renderer.

The essay reorders the article's sentences, so a quotation whose speaker is only a pronoun ('"...," he said')
can land after a sentence about someone else and read as theirs (reader Audit 38: a mayor's line read as his
police chief's, a president's as an opposition leader's). These rules find such sentences, name their speaker
where the brief knows it, and tell the others only right after their own antecedent. A definite reference to a
document the essay never introduced ("X called the article 'false'") and a sentence that ends on the colon of a
list the essay leaves out ("... since:") are held to the same rule (Audit 38 #10, #12).
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbrief.memo import per_document
from newsbrief.models import Brief, Item, PositionInfo, QuoteInfo

SAYING = (r"(?:said|says|added|adds|warned|warns|told|tells|reported|reports|wrote|writes|argued|argues|"
           r"noted|notes|explained|insisted|insists|claimed|claims|stated|suggested|acknowledged|admitted|"
           r"recalled|concluded|predicted|announced|believes|thinks)")
PRONOUN_SAID = re.compile(rf"\b(?:[Hh]e|[Ss]he) ({SAYING})\b|\b({SAYING}) (?:he|she)\b")
_NO_NAME = frozenset({"the", "a", "an", "his", "her", "its", "their", "he", "she", "they", "it", "we"})


def named(speaker: str | None) -> bool:
    """Whether a speaker is a name ("Nic Robertson", "Nortex"), not a pronoun or a descriptor ("a spokesman")."""
    words = (speaker or "").split()
    if not words or not words[0][:1].isupper():
        return False
    return words[0].lower() not in _NO_NAME or (len(words) > 1 and words[1][:1].isupper())


def name_speaker(text: str, speaker: str, introduced: bool = True) -> str | None:
    """A quote sentence that names its speaker: "he said" or "said she" becomes "[Okafor] said".

    A speaker the essay has not named yet gets the full name ("[Daniel Okafor] said").
    Returns None when the sentence names nobody and has no pronoun to replace,
    since such a sentence cannot stand alone in the essay.
    """
    surname = speaker.split()[-1]
    if surname in text or not named(speaker):
        return text if surname in text else None
    name = surname if introduced else speaker
    replaced, count = PRONOUN_SAID.subn(
        lambda m: f"[{name}] {m.group(1)}" if m.group(1) else f"{m.group(2)} [{name}]", text, count=1)
    # A descriptor ("The company said") is not replaced: the brief's speaker for it can be wrong (Audit 15
    # gave Apple's "The company has said" to Cowen and Company), so it is only told beside its antecedent.
    return replaced if count else None


def balance_quotes(text: str) -> str:
    """Close a quotation the cut left open, or open one that began in the sentence before.

    Audit 15: 'said: "We felt it was important ... as possible.' ended the essay's sentence with the
    quote still open, and 'If he leaves, the entire Libyan people leave," said al-Mahmudi.' closed one
    it never opened. A mark the source doubled ("““We needed ...") is told once (Audit 39 #10 printed it doubled
    and closed the quotation twice).
    """
    text = re.sub(r"““+", "“", re.sub(r"””+", "”", text))
    if text.count("“") != text.count("”"):
        return "“" + text if text.count("”") > text.count("“") else text + "”"
    if text.count('"') % 2 == 0:
        return text
    first = text.index('"')
    if first == 0 or text[first - 1] in " ([—–:‘'":
        return text + '"'  # the first mark opens: the last quotation runs on past the cut
    label = re.match(r"\[[^\]]*:\]\s*", text)  # "[Chris Martin:] The people ... assistance.\""
    cut = label.end() if label else 0
    return f'{text[:cut]}"{text[cut:]}'




# A pronoun as the speaker of a sentence told in the article's inverted or trailing form: '"...," he said',
# '..., she added.', '"...," said he.'. Only after a closing quotation mark or a comma, so "Reel said he thinks"
# (a named speaker's reported clause) is not one; "said he" only at a clause end ("..., said he had acted" is a
# named subject's clause: Newsroom/XSum rows, session 23).
_PRONOUN_SPEAKER = re.compile(rf"[,\"”’]\s*(?:(?:he|she|they)\s+{SAYING}\b|{SAYING}\s+(?:he|she|they)\s*[.,;:!?])")
# Quotations, read as one mark: a pronoun inside one ("'After I left him, he said, ...'") is the speaker's.
_QUOTED = re.compile(r"\"[^\"]*(?:\"|$)|“[^”]*(?:”|$)")
# The first sentence of an item (outside quotations): in "Fradkin said. ..., he said." the later "he" is named.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
# A name before the pronoun: a capitalised word past the first ("As Ron Jones ..., he says"), or a first word that
# says something ("Bratton said ..., he added").
_NAME_BEFORE = re.compile(rf"\S\s+[A-Z][a-z]|^[A-Z][\w'’-]+\s+{SAYING}\b")
# A pronoun tag that opens the sentence and introduces its quotation ('He said: "..."'): whose words they are, only
# the sentence before says (reader Audit 47 #3: a firefighter's words told after his colleague's line). Only with
# the colon: "He said he would ..." is a reported clause, which leans back by prose_context's rule.
_OPENING_TAG = re.compile(rf"^(?:He|She)\s+{SAYING}\s*:")


def pronoun_speaker(text: str) -> bool:
    """Whether ``text`` gives its speaker only as a pronoun after a quotation or a comma ('"...," he said'), with
    no name before it in its first sentence, or in an opening tag ('He said: "..."')."""
    # marks balanced first: an item cut after a quotation's opening mark would read its words as the writer's
    first = _SENTENCE_END.split(_QUOTED.sub('"', balance_quotes(text.strip())), maxsplit=1)[0]
    if _OPENING_TAG.match(first):
        return True
    match = _PRONOUN_SPEAKER.search(first)
    return match is not None and _NAME_BEFORE.search(first[: match.start()]) is None


@per_document
def _known_speakers(brief: Brief) -> dict[tuple[str, str], str]:
    """The named speaker the brief's quotes and positions give each sentence, by (article id, sentence id):
    the attribution stage resolved their pronouns (analyze/quotes.py)."""
    known: dict[tuple[str, str], str] = {}
    for section in brief.sections:
        for item in section.items:
            speaker = item.payload.speaker if isinstance(item.payload, QuoteInfo | PositionInfo) else None
            if speaker and named(speaker):
                for citation in item.citations:
                    known.setdefault((citation.article_id, citation.sentence_id), speaker)
    return known


def settle_speaker(brief: Brief, item: Item, told: str) -> Item | None:
    """``item`` with its pronoun speaker named ("[Petrov] said") where the brief knows who it is, else None:
    told away from its antecedent, a bare "he said" would point at the person the essay named last."""
    payload = item.payload
    speaker = payload.speaker if isinstance(payload, QuoteInfo | PositionInfo) else None
    if not (speaker and named(speaker)):
        keys = [(c.article_id, c.sentence_id) for c in item.citations]
        speaker = next((s for k in keys if (s := _known_speakers(brief).get(k)) is not None), None)
    if speaker is None:
        return None
    if speaker.split()[-1] in item.text:
        return item  # the sentence names its speaker itself ("Reel said ..., he added")
    text = name_speaker(item.text, speaker, introduced=speaker.split()[-1] in told)
    return replace(item, text=text) if text is not None and not pronoun_speaker(text) else None


# A definite reference to the article or a piece of writing ("the article", "the story") with nothing after it that
# says which ("the story by ...", "the piece that ..."): the article introduced it before. Not "the report", "the
# claims", "the allegations": a story about a report or a charge names it so in most of its sentences, and its lead
# seldom uses the word (XSum rows, session 23).
_DOCUMENT = re.compile(r"\b[Tt]he (?P<noun>article|story|piece|column|editorial)\b(?!\s*(?:by|from|of|in|on|about|"
                       r"that|which|published|titled|entitled|,))")
# Words of the same kind: a "report" or "story" the essay told is what "the article" means.
_DOCUMENTS = ("article", "report", "story", "piece", "column", "editorial")
# The essay's own connectives, which say "the article" of the source and "reports" of its telling.
_CONNECTIVES = re.compile(r"The article (?:adds|also notes|closes by noting) that|It also reports that")


def unintroduced_document(text: str, told: str) -> bool:
    """Whether ``text`` refers to "the article" (a story, a piece) outside a quotation where the essay ``told`` so
    far never mentioned one: Audit 38 #10's "Bratton called the article 'false'" named no article."""
    bare = _QUOTED.sub('"', balance_quotes(text))  # XSum row 26: a quotation cut after its opening mark
    match = _DOCUMENT.search(bare)
    if match is None or not told.strip():
        return False  # the essay's first sentence: nothing can come before it
    before = _CONNECTIVES.sub(" ", told).lower() + " " + bare[: match.start()].lower()
    return re.search(rf"\b(?:{'|'.join(_DOCUMENTS)})s?\b", before) is None


def announces_list(text: str) -> bool:
    """Whether ``text`` ends on a colon ("... since:"): what it announces is cut off, and the essay printed
    "since:." (Audit 38 #12)."""
    return text.rstrip().rstrip("\"”").rstrip().endswith(":")
