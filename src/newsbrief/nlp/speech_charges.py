"""Whether a sentence's words accuse someone, leaving out allegations the speaker only handles.

``speech._WRONGDOING`` marks a source's statement *alleges* when its words name a wrong ("alleged", "fraud",
"bribes"). The noun "allegations" also turns up where the speaker makes none: an inquiry's spokesman who "had not
received any direct allegations", a councillor who "referred two allegations of abuse to the police", a panel
"examining the accusations" (the lead's reading of XSum row 101, session 21). Those handle someone else's charge:
the speaker reports what was done with it. Such a phrase, up to the end of its clause, is left out before the
words are searched (and so is the speaker's own name: "an inquiry into child abuse" is who speaks), so a
charge of the speaker's own in the same sentence still counts; a bare "the allegations" that a denial answers
is untouched (the denial rules read it).
"""

from __future__ import annotations

import re

from newsbrief.models import SentenceVoice
from newsbrief.nlp.speech import _WRONGDOING

# A verb of handling (receive, examine, investigate, refer, pass on, review, forward, look into, deal with,
# consider), negated or not, then up to four words ("any direct", "two", "the") and the noun of a charge, with
# what the charge is about up to the end of the clause.
_HANDLED = re.compile(
    r"\b(?:receiv\w*|examin\w*|investigat\w*|referr?\w*|pass(?:es|ed|ing)?\s+on|passed|review\w*|forward\w*|"
    r"look(?:s|ed|ing)?\s+into|deal(?:s|t|ing)?\s+with|consider\w*|handl\w*|assess\w*|record\w*|log(?:s|ged)?)"
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:allegations?|accusations?|complaints?)\b[^,;:.!?]*", re.I)
# The same handling in the passive ("one of those allegations was being investigated") or as a matter of remit
# ("the allegations about him fell within its terms of reference"): the charge is the clause's subject and
# what is done with it, or where it belongs, is all the speaker says.
_HANDLED_SUBJECT = re.compile(
    r"\b(?:allegations?|accusations?|complaints?)\b(?:\s+[\w'’-]+){0,6}?\s+(?:"
    r"(?:was|were|is|are|had\s+been|has\s+been|have\s+been|would\s+be|will\s+be)\s+(?:being\s+)?"
    r"(?:investigated|examined|referred|received|reviewed|passed|considered|handled|assessed|looked\s+into|"
    r"dealt\s+with|recorded|logged|under\s+(?:review|investigation|examination|consideration))"
    r"|(?:f[ae]ll|falls|falling|c[ao]me|comes|lie|lies|lay)\s+(?:within|under|outside|beyond))\b[^,;:.!?]*", re.I)


def accuses(text: str, voice: SentenceVoice | None = None) -> bool:
    """Whether ``text`` holds words of an accusation once allegations it only handles, and the words that
    name its source (``voice``'s speaker and role: "a spokesman for the inquiry into child abuse", "the
    Anti-Corruption Commission"), are left out: a source's name or title is who speaks, not what they charge."""
    for words in (voice.speaker, voice.role) if voice is not None else ():
        if words and len(words) > 3:
            text = re.sub(re.escape(words), " ", text, flags=re.I)
    return bool(_WRONGDOING.search(_HANDLED_SUBJECT.sub(" ", _HANDLED.sub(" ", text))))


_POSSESSIVE_END = re.compile(r"(?:'s|’s|'|’)$")


def same_party(accuser: str | None, speaker: str | None) -> bool:
    """Whether an accuser is the speaker or the speaker's own side ("O'Rourke's complaint", "Berg's lawyers" and
    "Conal O'Rourke"): a "never" in his own next line backs his charge, it denies nothing (the lead's reading of
    FNC-1 body 1383, where it was shown "denies, disputing O'Rourke's complaint").

    Only the speaker's surname (his last capitalised word) joins them: any shared capitalised word made "The New York
    Times" one party with "The White House" and "President Obama" one with "President Putin" (session 35's review).
    """
    if accuser == speaker:
        return True
    if not accuser or not speaker:
        return False
    names = [_POSSESSIVE_END.sub("", w) for w in speaker.split() if w[:1].isupper()]
    if not names or len(names[-1]) < 2:
        return False
    return names[-1] in {_POSSESSIVE_END.sub("", w) for w in accuser.split()}
