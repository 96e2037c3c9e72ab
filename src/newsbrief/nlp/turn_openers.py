"""Who holds a turn: the party whose reply opens it, and never a medium (Audit 43, patterns 1 and 4).

1. 'Corvex also hit back at the report. "As we study it, ...," it said. "Corvex remains confident ..."': the
   "it" and the quotation paragraphs after it are the firm's that opened the turn by hitting back, not the rival
   named by a descriptor ("the Oslo-based group") in the paragraph before. The earlier "it" rules look for the
   last document or organisation that spoke; a reply sentence has no cue of its own, so they passed over it (and
   a firm's name the model typed as a person was not taken for an "it" at all).
2. A platform or a page never speaks: "Mr Pike's postings, on Facebook and Twitter, said: ..." is Pike's, and
   "..., according to the band's Facebook page" has no speaker a reader could name, so it is withheld (the
   attribution stays, with no speaker) rather than printed as "— Twitter". A post is a text someone wrote (a
   document, as a statement is): its named author speaks, else the post itself does; a platform's bare name with no
   author before the cue is the company ("Twitter said it had suspended the account"), a store never is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbrief.models import Attribution, Sentence
from newsbrief.nlp.speech import _core_subject, _Doc, _mention, name_like

# Verbs that open a reply turn without a speech cue ("X hit back", "X responded"); the phrasal ones need "back".
_REPLY_LEMMAS = frozenset({"respond", "reply", "retort", "counter", "react", "rebut"})
_BACK_LEMMAS = frozenset({"hit", "strike", "fire", "push", "shoot", "bite"})


def _reply_subject(d: _Doc, sentence: Sentence) -> str | None:
    """The named subject of ``sentence`` when its main verb opens a reply ("Corvex also hit back at the report")."""
    tokens = d.doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT" and t.pos == "VERB"), None)
    if root is None or d.in_quote(root.start):
        return None
    lemma = root.lemma.lower()
    back = any(d.doc.tokens[c].text.lower() == "back" for c in d.children.get(root.i, ()))
    if lemma not in _REPLY_LEMMAS and not (lemma in _BACK_LEMMAS and back):
        return None
    subject = next((d.doc.tokens[c] for c in d.children.get(root.i, ()) if d.doc.tokens[c].dep == "nsubj"), None)
    if subject is None or not name_like(d, subject):
        return None  # "it hit back", "the group responded": an earlier rule resolves those
    first, last = _core_subject(d, subject)
    return _mention(d.text[d.doc.tokens[first].start : d.doc.tokens[last].end]) or None


def _carried(attribution: Attribution) -> bool:
    """Whether ``attribution`` takes its speaker from the turn rather than naming one ("it said", a bare quote)."""
    return (attribution.source_text or "").lower() in ("it", "")


def reply_turns(d: _Doc, found: list[tuple[Sentence, Attribution]]) -> list[tuple[Sentence, Attribution]]:
    """``found`` with the "it" of a turn opened by a named party's reply given to that party, and the quotation
    paragraphs that carry the same wrong speaker straight after it (pattern 1 above)."""
    cued = {s.index for s, a in found if not _carried(a)}
    fixes: dict[int, tuple[str, str | None]] = {}  # sentence -> (right speaker, wrong speaker)
    for sentence, attribution in found:
        if (attribution.source_text or "").lower() != "it" or attribution.cue_start is None \
                or sentence.index - 1 in cued or sentence.index == 0 or sentence.index in fixes:
            continue
        opener = _reply_subject(d, d.doc.sentences[sentence.index - 1])
        if opener is not None and opener != attribution.speaker:
            fixes[sentence.index] = (opener, attribution.speaker)
    for index, (right, wrong) in list(fixes.items()):
        nxt = index + 1  # the quotation paragraphs after the "it said" carry on the same turn
        while nxt not in cued and any(s.index == nxt and _carried(a) and a.speaker == wrong for s, a in found):
            fixes[nxt] = (right, wrong)
            nxt += 1
    if not fixes:
        return found
    return [(s, replace(a, speaker=fixes[s.index][0], role=None))
            if s.index in fixes and _carried(a) and a.speaker == fixes[s.index][1] else (s, a) for s, a in found]


# Platforms and pages carry words; they do not say them.
_STORES = frozenset({"app store", "google play", "play store", "microsoft store"})  # shops, not companies
_PLATFORMS = frozenset({"twitter", "facebook", "instagram", "youtube", "tiktok", "weibo", "reddit", "linkedin",
                        "snapchat", "whatsapp", "telegram", "x"}) | _STORES
_PAGE_NOUNS = frozenset({"page", "pages", "account", "accounts", "feed", "timeline", "profile", "platform"})
# A post or a tweet is a text someone wrote, a document like a statement: it keeps its voice unless its author is named.
_POST_NOUNS = frozenset({"post", "posts", "posting", "postings", "tweet", "tweets"})
_POSSESSOR = re.compile(r"((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)(?:'s|’s|'|’)\s+(?:[a-z-]+\s+){0,3}"
                        r"(?:postings?|posts?|tweets?|page|account|feed|profile|blog)\b")

# "The Banksy Instagram account said": the holder named before the platform's name, with no possessive.
_NAMED_ACCOUNT = re.compile(r"((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)\s+(?:Twitter|Facebook|Instagram|YouTube|TikTok|"
                            r"Weibo|Snapchat|LinkedIn)\s+(?:page|account|feed|profile)\b")


def _head(speaker: str | None) -> str:
    """The head noun of a source phrase, before any "on ..."/"of ..." ("a post on the party's page": "post")."""
    words = re.sub(r"^(?:the|a|an)\s+", "", (speaker or "").strip().lower())
    head = re.split(r"\s+(?:on|of|at|in|from)\s+", words)[0].split()
    return head[-1] if head else ""


def _platform(speaker: str | None) -> bool:
    """Whether ``speaker`` is a platform's bare name ("Twitter", which may be the company speaking) or a post (a
    document): both keep their voice when no author is named."""
    bare = re.sub(r"^the\s+", "", (speaker or "").strip().lower())
    return (bare in _PLATFORMS and bare not in _STORES) or _head(speaker) in _POST_NOUNS


def _medium(speaker: str | None) -> bool:
    """Whether ``speaker`` names a platform, a page or a post, not someone ("Twitter", "the party's Facebook page")."""
    if not speaker:
        return False
    return re.sub(r"^(?:the|a|an)\s+", "", speaker.strip().lower()) in _PLATFORMS \
        or _head(speaker) in _PAGE_NOUNS | _POST_NOUNS


def _account_holder(d: _Doc, sentence: Sentence, attribution: Attribution) -> str | None:
    """The named holder of the account or posting before the cue ("Mr Pike's original postings ... said")."""
    end = attribution.cue_start if attribution.cue_start is not None else sentence.end
    window = d.text[sentence.start : max(sentence.start, end)]
    holders = [m.group(1) for m in _POSSESSOR.finditer(window)] or [m.group(1) for m in _NAMED_ACCOUNT.finditer(window)]
    if not holders or window[:1] == '"':
        return None
    name = holders[-1]
    name = re.sub(r"^(?:(?:The|A|An|On|In|Writing|Posting|Mr|Mrs|Ms|Dr)\.?\s+)+", "", name)
    return d.resolve_name(name, sentence.start) if name and name.lower() not in _PLATFORMS else None


def media_speakers(d: _Doc, found: list[tuple[Sentence, Attribution]]) -> list[tuple[Sentence, Attribution]]:
    """``found`` with a platform or page speaker replaced by the named account holder, else withheld (None); a
    quotation with no holder is the writer's (the marks set off a title), so its attribution is dropped."""
    out: list[tuple[Sentence, Attribution]] = []
    for sentence, attribution in found:
        if _medium(attribution.speaker):
            holder = _account_holder(d, sentence, attribution)
            if holder is None and _platform(attribution.speaker):
                out.append((sentence, attribution))  # "Twitter said it suspended the account": the company
                continue
            if holder is None and attribution.kind == "quote":
                continue  # "The App Store's 'Top Charts' lists are ...": a title in the writer's own sentence
            attribution = replace(attribution, speaker=holder, role=None,
                                  voice="person" if holder else "unnamed")
        out.append((sentence, attribution))
    return out
