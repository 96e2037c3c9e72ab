"""Where the essay tells the article's close: last, and whole (reader Audit 35 #1)."""

from __future__ import annotations

from newsbrief.models import Item


def keep_for_close(offered: dict[str, list[Item]], closing: list[Item]) -> dict[str, list[Item]]:
    """``offered`` with the items of other paragraphs that tell a sentence of the close left out.

    The essay tells each sentence once, so a close whose first sentence ("As the governor remarked, ...")
    was already told among the positions was dropped whole, and the essay ended on a line from the middle
    (reader Audit 35 #1 lost its verdict). The close is told at the end, where it belongs.
    """
    closing_ids = {(c.article_id, c.sentence_id) for item in closing for c in item.citations}
    if not closing_ids:
        return offered
    return {name: items if name == "closing" else [
        i for i in items if not closing_ids & {(c.article_id, c.sentence_id) for c in i.citations}]
        for name, items in offered.items()}
