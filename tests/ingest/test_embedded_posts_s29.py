"""An embedded social post pasted into the page as text (session 29, issue #11; Audit 46 #11, misattribution).

A tweet embedded in a page keeps, once the layout is gone, its text and its signature line ("— Jane Doe (@janedoe)
March 3, 2025", often after a "pic.twitter.com/..." link). Ingest cut the signature as furniture and left the text,
so the post's "Our reporter telling me ..." read as the outlet's own words and opened the key points. The post goes
with its signature, as a caption goes with its picture. A post the article itself introduces ("She wrote on
Twitter:") is quoted by the article: it stays, without its link and its signature, in quotation marks so that the
speakers stage gives it to the one the introduction names. The cases are invented.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract
from newsbrief.models import RawDocument
from newsbrief.settings import Settings

_HEAD = "Broadcaster did not cut the mayor's remarks, newspaper says"
_LEDE = ("A regional broadcaster did not cut the mayor's remarks about the dock strike from its evening bulletin, "
         "a newspaper reported on Tuesday, contradicting claims that spread online over the weekend.")
_BODY = ("Posts shared thousands of times on Saturday said the station had removed the mayor's warning to the port "
         "operators from the bulletin.")
_AFTER = ("The station's director, Paulo Reis, said the bulletin had never been changed. \"We broadcast every word "
          "the mayor said,\" he told the newspaper.")
_POST = "Our reporter in Porto telling me the bulletin she watched carried the full speech, warning and all."
_SIGN = "— Maria Santos (@mariasantos) March 3, 2025"


def _ingested(*paragraphs: str) -> list[str]:
    text = "\n\n".join((_HEAD + "\n" + _LEDE, _BODY, *paragraphs, _AFTER))
    article = extract(RawDocument(text.encode(), filename="post.txt"), Settings())
    return article.text.split("\n\n")


# (paragraphs between the body and the close) -> the post's words must not stay
_EMBEDS = {
    "own_line": (_POST, _SIGN),
    "pic_link": (_POST + " pic.twitter.com/Xy12AbCd", _SIGN),
    "same_paragraph": (_POST + "\n" + _SIGN,),
    "glued": (_POST + " pic.twitter.com/Xy12AbCd " + _SIGN,),
    "glued_no_link": (_POST + " " + _SIGN,),
    "short_month": (_POST, "— Maria Santos (@mariasantos) Mar. 3, 2025"),
    "instagram": ("Sunrise over the harbour before the strike vote. #porto #docks",
                  "A post shared by Maria Santos (@maria.santos) on Mar 3, 2025 at 6:12am PST"),
}


@pytest.mark.parametrize("paragraphs", list(_EMBEDS.values()), ids=list(_EMBEDS))
def test_an_embedded_post_goes_with_its_signature(paragraphs: tuple[str, ...]) -> None:
    kept = _ingested(*paragraphs)
    text = "\n\n".join(kept)
    assert "telling me" not in text and "Sunrise" not in text and "(@" not in text
    assert _BODY in kept and _AFTER in kept


# Near misses: the article's own words stay.
_LONG = (_BODY.replace("Posts", "Other posts") + " The clips were cut from a phone recording of the screen, and several "
         "of them carried a logo the station stopped using two years ago. Fact-checkers traced the first one to an "
         "account that had been created on Friday night.")
_INTRO = "Maria Santos, a reporter for a rival station, wrote on Twitter:"
_KEPT = {
    # the article introduces the post: it quotes it
    "introduced": ((_INTRO, _POST, _SIGN), [_INTRO, f'"{_POST}"']),
    "introduced_pic_link": ((_INTRO, _POST + " pic.twitter.com/Xy12AbCd", _SIGN), [_INTRO, f'"{_POST}"']),
    "introduced_same_paragraph": ((_INTRO, f"{_POST}\n{_SIGN}"), [_INTRO, f'"{_POST}"']),
    "introduced_quoted": ((_INTRO, f"“{_POST}”", _SIGN), [_INTRO, f"“{_POST}”"]),
    # a long paragraph before a signature is the article's (the post's own text was lost in the paste)
    "long_paragraph": ((_LONG, _SIGN), [_LONG]),
    # a handle in the article's sentence is no signature
    "handle_in_text": (("The mayor answered on her account (@mayorporto) on March 3, 2025, within the hour.",),
                       ["The mayor answered on her account (@mayorporto) on March 3, 2025, within the hour."]),
}


@pytest.mark.parametrize(("paragraphs", "expected"), list(_KEPT.values()), ids=list(_KEPT))
def test_the_articles_own_words_stay(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    kept = _ingested(*paragraphs)
    assert kept[2:-1] == expected


def _markdown(*paragraphs: str) -> str:
    from newsbrief.pipeline import brief_source
    from newsbrief.render.markdown import render_markdown

    text = "\n\n".join((_HEAD + "\n" + _LEDE, _BODY, *paragraphs, _AFTER))
    return render_markdown(brief_source(RawDocument(content=text.encode(), filename="post.txt"), Settings()))


def test_the_brief_shows_no_post_as_the_outlets_words() -> None:
    assert "telling me" not in _markdown(_POST + " pic.twitter.com/Xy12AbCd", _SIGN)
    # introduced, the post is the words of the one the introduction names, wherever the brief shows it
    shown = [line for line in _markdown(_INTRO, _POST, _SIGN).splitlines() if "telling me" in line]
    assert shown and all("Maria Santos" in line for line in shown)


def test_an_introduction_glued_to_its_post_stays() -> None:
    # session 30: the words before the colon name the signer and end on a verb of posting
    kept = _ingested(f"{_INTRO} {_POST} {_SIGN}")
    assert kept[2:-1] == [f"{_INTRO} \"{_POST}\""]


@pytest.mark.parametrize("post", [
    "Breaking: our reporter in Porto says the bulletin she watched carried the full speech, warning and all.",
    # the post quotes someone else: the words before the colon do not name its signer
    "Mayor Costa said: the bulletin in Porto carried the full speech, and I watched it.",
])
def test_a_colon_inside_a_glued_post_is_no_introduction(post: str) -> None:
    kept = _ingested(f"{post} {_SIGN}")
    assert not any("Porto" in p for p in kept)


_FB_SIGN = "Posted by Maria Santos on Tuesday, March 3, 2025"


def test_a_facebook_post_goes_with_its_signature() -> None:
    # session 30: the embed's signature (a weekday and a full date) with the article going on below it
    kept = _ingested(_POST, _FB_SIGN)
    assert not any("telling me" in p or "Posted by" in p for p in kept)
    assert _BODY in kept and _AFTER in kept
    kept = _ingested(f"{_POST}\n{_FB_SIGN}")
    assert not any("telling me" in p for p in kept)
    kept = _ingested(_INTRO, _POST, _FB_SIGN)
    assert kept[2:-1] == [_INTRO, f'"{_POST}"']


def test_a_blogs_byline_under_its_last_paragraph_keeps_the_paragraph() -> None:
    # a blog signs its own last paragraph the same way: nothing of the article follows it, so it is no embed
    last = "We will be back at the harbour tomorrow for the strike vote."
    text = "\n\n".join((_HEAD + "\n" + _LEDE, _BODY, _AFTER, last, _FB_SIGN))
    article = extract(RawDocument(text.encode(), filename="post.txt"), Settings())
    assert last in article.text.split("\n\n")
    # a byline-like line without a weekday (a blog's "Posted by X on March 3, 2025") is left alone mid-page too
    kept = _ingested(_POST, "Posted by Maria Santos on March 3, 2025")
    assert _POST in kept
