"""Credits: where an article names its journalists or its wire, who are not its actors.

A byline ("By Ana Swanson"), "Reporting by ...; Editing by ...", "CNN's Jane Doe
contributed to this report", photo credits, a wire dateline "(AP) —", an author's bio
at the end: :func:`credit_spans` finds them so that clustering
(:mod:`newsbrief.analyze.actor_names`) leaves their names out, and
:func:`publisher_names` names the article's outlet, a source of the story rather than
an actor in it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.models import Document, Entity
from newsbrief.nlp.entity_states import is_country

# Credits: where a journalist, not an actor, is named.
_CREDIT_FORWARD = re.compile(
    r"(?:^|(?<=[;|\n])|(?<=\.\s))\s*(?:additional |further |with )?(?:reporting|editing|writing|research|"
    r"edited|written|compiled|produced|photos?|photographs?|photography|pictures?|images?|video|"
    r"graphics?|illustrations?)(?: and (?:editing|writing|reporting|research))? by\b[^;\n]*",
    re.I,
)
_CREDIT_LABEL = re.compile(
    r"(?:^|(?<=\n)|(?<=\())\s*(?:photo|image|picture|credit|photograph|illustration|graphic)s?"
    r"(?: credit)?\s*:[^\n)]*",
    re.I,
)
# "Associated Press writer John Rice contributed from Mexico City": a wire writer credited with the place he
# reported from (Audit 23: the credit line shown as an actor), like "wrote this story from".
_CREDIT_BACKWARD = re.compile(
    r"\b(?:contributed (?:to )?(?:this |the )?(?:report|story|article|reporting)|contributed reporting|"
    r"(?:wrote|reported|contributed(?: reporting)?) (?:this (?:story|report) )?from [A-Z][\w.]*(?: [A-Z][\w.]*)*"
    r"\s*\.?\s*$)",
)
_BIO = re.compile(
    r"\b(?:is|was) (?:a|an|the) (?:[\w-]+ ){0,5}(?:reporter|writer|correspondent|editor|columnist|"
    r"contributor|journalist|producer|freelancer|author of)\b|^(?:follow|contact|email|e-mail) |"
    r"\bcan be reached at\b|\bon twitter at\b|©|\ball rights reserved\b|^copyright\b",
    re.I,
)
# A dateline: "ST. JOSEPH, Mich. (AP) —", "(CNN)", "SANTA FE, N.M. —": the wire is the publisher,
# the city a setting; neither is an actor.
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*)?"
    r"(?:\(\s*(CNN|AP|Reuters|AFP|UPI|[A-Z][\w.&' -]{1,30}?)\s*\)\s*(?:--|—|–|-)?|(?<=[A-Z.])\s*(?:--|—|–)(?=\s))"
)
BIO_PARAGRAPHS = 2  # an author's bio or contact line stands in the last paragraphs
BYLINE_SENTENCES = 3  # "By NAME" opens one of the first sentences


def credit_spans(doc: Document) -> list[tuple[int, int]]:
    """Character spans naming journalists or the wire, not actors: bylines, "Reporting by",
    "... contributed to this report", photo credits, a wire dateline, an author's bio."""
    text = doc.article.text
    spans: list[tuple[int, int]] = []
    spans += [m.span() for m in _CREDIT_FORWARD.finditer(text)]
    spans += [m.span() for m in _CREDIT_LABEL.finditer(text)]
    dateline = _DATELINE.match(text)
    if dateline:
        spans.append(dateline.span())
    last_paragraph = max((s.paragraph for s in doc.sentences), default=0)
    tokens = doc.tokens
    for sentence in doc.sentences:
        words = doc.sentence_tokens(sentence)
        if sentence.index < BYLINE_SENTENCES and len(words) > 1 and words[0].text.lower() == "by" \
                and words[1].ent_type == "PERSON":
            # "By Ana Swanson and Keith Bradsher": the byline runs over names and "and".
            end = 1
            while end < len(words) and (words[end].ent_type == "PERSON" or words[end].text in (",", "and")):
                end += 1
            spans.append((sentence.start, words[end - 1].end))
        backward = _CREDIT_BACKWARD.search(sentence.text)
        if backward:
            # "CNN's Hamdi Alkshali, Faith Karimi and Yousuf Basil contributed to this report":
            # the names run back from the cue over names, commas, "and" and possessives.
            cue = sentence.start + backward.start()
            i = next((t.i for t in words if t.start >= cue), sentence.token_end) - 1
            while i >= sentence.token_start and (
                    tokens[i].pos == "PROPN" or tokens[i].text in (",", "and", "'s", "’s", "'", ".")
                    or tokens[i].ent_type in ("PERSON", "ORG")):
                i -= 1
            spans.append((tokens[i + 1].start if i + 1 < sentence.token_end else cue, sentence.end))
        if last_paragraph - sentence.paragraph < BIO_PARAGRAPHS and _BIO.search(sentence.text):
            spans.append((sentence.start, sentence.end))
    return spans


# An author's bio that is no journalist's ("Hana Leclerc is a research fellow at the Institute for ..."): the last
# line of an analysis or opinion piece, naming the person whose argument the whole piece is.
_AUTHOR_BIO = re.compile(
    r"^\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3} (?:is|was) (?:a|an|the) (?:[\w-]+ ){0,6}?(?:at|of|with|for) "
    r"(?:the )?[A-Z]"
)
_AUTHOR_BIO_SENTENCES = 2  # a bio paragraph is one or two lines


def bio_author(doc: Document, mentions: Sequence[Entity]) -> bool:
    """True when a person (``mentions``, the person's entity mentions) is named only in a closing bio line
    that is no journalist's credit (_BIO): the author of an analysis piece, whose argument the piece is
    (Audit 19: the author, named only so, was never listed)."""
    last = max((s.paragraph for s in doc.sentences), default=0)
    closing = [s for s in doc.sentences if s.paragraph == last]
    if not mentions or len(closing) > _AUTHOR_BIO_SENTENCES:
        return False
    for mention in mentions:
        sentence = doc.sentences[mention.sentence_index]
        if sentence.paragraph != last or mention.start != sentence.start or not _AUTHOR_BIO.match(sentence.text):
            return False
    return True


def publisher_names(doc: Document) -> set[str]:
    """Lower-cased names of the article's outlet: its source, and a wire dateline "(AP) —"."""
    names = {doc.article.source.outlet.lower()} if doc.article.source.outlet else set()
    dateline = _DATELINE.match(doc.article.text)
    if dateline and dateline.group(1):
        names.add(dateline.group(1).lower())
    return names


# Outlets cited as the source of a report, whatever the NER model tagged them (seventh reader audit: a
# web outlet "Inquisitr" shown as a place): "as (the) X (previously) reported", "first reported by X",
# "X reports that", "according to X", "the celebrity website X".
_NAME = r"((?:[A-Z][\w.&'’!-]*)(?: [A-Z][\w.&'’!-]*){0,3})"
_OUTLET_CUES = (
    re.compile(rf"\b[Aa]s (?:the )?{_NAME} (?:\w+ly |first |also |has |had )*(?:reports?|reported|wrote|writes|"
               r"revealed|reveals)\b"),
    re.compile(rf"\b(?:first|previously|originally) reported by (?:the )?{_NAME}"),
    re.compile(rf"(?:^|[.!?:;]\s+|\n|, )(?:the )?{_NAME} (?:\w+ly )?reports(?: that\b|[,:.])"),
    re.compile(rf"\b(?:website|site|blog|tabloid|newspaper|magazine|outlet|broadcaster|channel|podcast) "
               rf"(?:the )?{_NAME}"),
)
# Cues a body cites as well as an outlet ("according to the WHO", "data published by the ONS"): they
# make an outlet only of a name the model took for a place that is never a setting ("in ...") or for a
# one-word person. ("The Netherlands reported ..." reads as "The Inquisitr reported ...": no cue.)
# A wire's reporting frame closes a clause: "..., X reported." and "..., X said, citing a statement" (Audit 46 47.4
# item 7: a news agency named so was shown as a place).
_SOURCE_CUES = (
    re.compile(rf"\b(?:[Aa]ccording to|reported by|published by|obtained by|cited by) (?:the )?{_NAME}"),
    re.compile(rf", (?:the )?{_NAME} (?:said,? citing\b|report(?:ed|s)(?:[.;]|,? citing\b| on \w+day\b| that\b))"),
)


def outlet_names(doc: Document) -> dict[str, bool]:
    """Lower-cased names the text cites as the source of a report, each with whether the cue is one only
    an outlet takes ("as the Inquisitr previously reported", "Celebzine reports that", "celebrity
    website Starlane") or one a body takes too ("according to Starlane"): sources of the story,
    not actors in it. A state is never an outlet ("regularly cited by Russia as the main reason": Audit 31, where
    Russia was dropped as a source)."""
    names = {m.group(1).lower(): False for cue in _SOURCE_CUES for m in cue.finditer(doc.article.text)
             if not is_country(m.group(1))}
    for cue in _OUTLET_CUES:
        for m in cue.finditer(doc.article.text):
            names[m.group(1).lower()] = True
    return names


def in_spans(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    """True when ``position`` lies inside one of ``spans``."""
    return any(start <= position < end for start, end in spans)
