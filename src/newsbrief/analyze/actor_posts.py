"""The people who post in a round-up of social-media posts (issue #11, item 3).

A page of reactions quotes posts with their signers. Ingest keeps each post of a round-up as one line, "Jane Doe
wrote: "..."", its signature gone (:mod:`newsbrief.ingest.embedded_posts`); the text names a user by handle in the
same way ("Jane Doe (@janedoe) tweeted ..."). The signer is who speaks there, and a reader lists them with the other
speakers. Three earlier rules mistook them:

- "wrote" made the signer a writer cited for background (:func:`newsbrief.analyze.actor_cited.cited_writer`), whose
  every mention cites a work; a post is the signer's own word, not a work cited;
- a user name is often written in lower case ("kailin"), which the walk-on rules read as no name at all;
- the model may type a one-word user name as a place ("Corinne.").

:func:`poster` finds the signer by the line's structure, not by names: a mention that opens its paragraph and is
followed by a verb of posting, a colon and a quotation (the round-up line), or a mention followed by its handle in
brackets. A poster is a person, not a cited writer, and no walk-on.
"""

from __future__ import annotations

import re

from newsbrief.analyze.actor_names import Actor
from newsbrief.models import Document

__all__ = ["poster"]

# After the signer's name: a verb of posting, a colon and the quotation ("Jane Doe wrote: "...""), as ingest writes
# a round-up's post; "tweeted:" and "posted:" as pages write them.
_POST_LINE = re.compile(r"^[.,]?\s+(?:wrote|tweeted|posted)(?: on (?:Twitter|X|Instagram|Facebook))?:\s*[\"“]")
# After the handle on a signature line: its end, or the post's date ("(@janedoe) September 8, 2014"); never the
# sentence going on ("The Red Cross (@RedCross) said ...": a body named with its account, no person; review).
_SIGNATURE_END = re.compile(r"^\s*\(@\w{1,30}\)(?!\s*[a-z])")


def poster(doc: Document, actor: Actor) -> bool:
    """Whether the actor signs a post the page quotes (module docstring)."""
    text = doc.article.text
    for mention in actor.mentions:
        after = text[mention.end : mention.end + 60]
        sentence = doc.sentences[mention.sentence_index]
        if _SIGNATURE_END.match(after):
            return True
        opens = mention.sentence_index == 0 or doc.sentences[mention.sentence_index - 1].paragraph != \
            sentence.paragraph
        # Nothing before the name but a site's short prefix ("IG:Jane Doe wrote: ...").
        if opens and re.fullmatch(r"\s*(?:\S{1,4}\s*)?", text[sentence.start : mention.start]) \
                and _POST_LINE.match(after):
            return True
    return False
