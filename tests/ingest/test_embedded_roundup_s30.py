"""A reactions round-up made of embedded posts keeps each post with its author (session 30, issue #11).

A page that gathers reactions as embedded posts (tweets, Instagram captions) is mostly those posts: cut as
embeds, the page lost its substance. On such a page (at least two signed posts, and no fewer posts than the page's
other paragraphs) each post stays as a quoted line given to the name its signature carries ("Name wrote: "...""),
the signature line gone; a single post among the article's paragraphs is still cut (test_embedded_posts_s29.py).
The page is invented.
"""

from __future__ import annotations

from newsbrief.ingest.extract import extract
from newsbrief.models import RawDocument
from newsbrief.settings import Settings

_HEAD = "Fans mourn the end of a band's farewell tour"
_LEDE = ("Fans of the rock band Glass Harbour reacted with dismay on Monday after the group cancelled its farewell "
         "tour, citing its singer's health.")
_POSTS = [
    ("Bought tickets for my dad's 60th and now this. Gutted, but get well soon.",
     "— Tom Avery (@tomavery) June 2, 2025", "Tom Avery"),
    ("Saw them in 1998 in a tent in the rain. Best night of my life. Rest up, Lena. pic.twitter.com/Ab12Cd34",
     "— Priya Nair (@priya_nair) June 2, 2025", "Priya Nair"),
    ("Our last photo with the band, backstage in Leeds. We will wait for you. #glassharbour",
     "A post shared by Ruth Kemp (@ruth.kemp) on Jun 2, 2025 at 9:14am PDT", "Ruth Kemp"),
]
_CLOSE = "The band said all tickets would be refunded within 30 days."


def _page() -> str:
    return "\n\n".join([_HEAD + "\n" + _LEDE, *[p for post, sign, _ in _POSTS for p in (post, sign)], _CLOSE])


def test_each_post_stays_with_its_author() -> None:
    paragraphs = extract(RawDocument(_page().encode(), filename="fans.txt"), Settings()).text.split("\n\n")
    expected = [f"{name} wrote: \"{post.replace(' pic.twitter.com/Ab12Cd34', '')}\"" for post, _, name in _POSTS]
    assert paragraphs == [_LEDE, *expected, _CLOSE]


def test_the_brief_gives_each_post_to_its_author() -> None:
    from newsbrief.pipeline import brief_source
    from newsbrief.render.markdown import render_markdown

    shown = render_markdown(brief_source(RawDocument(content=_page().encode(), filename="fans.txt"), Settings()))
    for post, _, name in _POSTS:
        words = post.split(".")[0]
        lines = [line for line in shown.splitlines() if words in line]
        assert all(name in line for line in lines), (name, lines)
        assert "(@" not in shown


def test_a_title_quoted_in_a_post_keeps_the_whole_post_quoted() -> None:
    post = 'Cried through "Harbour Lights" at every show. Thank you, Lena.'
    page = _page().replace(_POSTS[0][0], post)
    paragraphs = extract(RawDocument(page.encode(), filename="fans.txt"), Settings()).text.split("\n\n")
    assert "Tom Avery wrote: \"Cried through 'Harbour Lights' at every show. Thank you, Lena.\"" in paragraphs


def test_posts_among_an_articles_paragraphs_still_go() -> None:
    # two posts on a page of four paragraphs of the article's own: no round-up, the posts are cut as embeds
    more = ["The singer, Lena Fischer, had surgery on her vocal cords in March and was told to rest for a year.",
            "The tour was to have ended with three nights in Dublin in October, the band's promoter said.",
            "It is the second time the band has called off a tour since it re-formed in 2019."]
    page = "\n\n".join([_HEAD + "\n" + _LEDE, *more[:2], _POSTS[0][0], _POSTS[0][1], _POSTS[1][0], _POSTS[1][1],
                        more[2], _CLOSE])
    paragraphs = extract(RawDocument(page.encode(), filename="fans.txt"), Settings()).text.split("\n\n")
    assert paragraphs == [_LEDE, *more, _CLOSE]
