"""The story timeline on a synthetic story: five short articles about one bridge collapse over two weeks."""

from __future__ import annotations

import json
from datetime import date

import pytest

from newsbrief.errors import InputError
from newsbrief.models import Article, Citation, Source
from newsbrief.stories.timeline import Timeline, TimelineArticle, build_timeline, pubcount_timeline, timeline_dict
from newsbrief.stories.timeline_rank import may_name_a_day, sentence_days

# 11 March 2024 was a Monday. Three outlets report the collapse on Tuesday 12 March with
# "on Monday", one recalls "March 11" two days later, one "March 11, 2024" a week on.
ARTICLES = {
    "north-herald": ("2024-03-12", [
        "The Harbor Bridge in Eastport collapsed on Monday after a cargo ship struck one of its piers.",
        "Six road workers who were filling potholes on the deck are missing and presumed dead.",
        "Governor Ana Ruiz declared a state of emergency for Eastport County on Tuesday.",
        "The port of Eastport, the busiest on the coast, is closed to shipping until further notice.",
    ]),
    "coast-wire": ("2024-03-12", [
        "A cargo ship struck a pier of the Harbor Bridge in Eastport on Monday and the bridge collapsed.",
        "Rescue crews searched the cold river for six missing road workers through the night.",
        "The ship's crew of twenty had reported a loss of power minutes before the crash, officials said.",
    ]),
    "daily-ledger": ("2024-03-14", [
        "Divers recovered the bodies of two of the missing workers from the river yesterday.",
        "The Harbor Bridge in Eastport collapsed on March 11 after a cargo ship struck one of its piers.",
        "Salvage teams began cutting the steel wreckage away from the ship's bow.",
    ]),
    "river-times": ("2024-03-19", [
        "Federal investigators said on Monday that the ship's engines had failed twice in the week before the crash.",
        "The bridge fell on March 11, 2024, killing six road workers, after the ship hit a pier.",
        "Shipping through the port is expected to resume partially by the end of April.",
    ]),
    "metro-post": ("2024-03-25", [
        "Federal officials today approved sixty million dollars to clear the channel and plan a new bridge.",
        "The Harbor Bridge collapsed on March 11 when a cargo ship lost power and struck a pier.",
        "Engineers said a replacement bridge would take at least four years to build.",
    ]),
}


def _articles() -> list[TimelineArticle]:
    return [TimelineArticle.from_lines(name, date.fromisoformat(day), lines) for name, (day, lines) in ARTICLES.items()]


def test_relative_and_absolute_dates_resolve_against_publication() -> None:
    published = date(2024, 3, 12)
    assert sentence_days(ARTICLES["north-herald"][1][0], published) == (date(2024, 3, 11),)
    assert sentence_days(ARTICLES["daily-ledger"][1][0], date(2024, 3, 14)) == (date(2024, 3, 13),)
    assert sentence_days("The bridge fell on March 11, 2024, after the ship hit a pier.", None) == (date(2024, 3, 11),)
    # "today" is the publication day; a month alone or a year is not a day.
    assert sentence_days(ARTICLES["metro-post"][1][0], date(2024, 3, 25)) == (date(2024, 3, 25),)
    assert sentence_days("Shipping is expected to resume by the end of April.", published) == ()
    assert not may_name_a_day("The bridge opened in 1977 and carried 30,000 cars a day.")


def test_the_repeated_date_comes_first_and_merges_the_outlets() -> None:
    timeline = build_timeline(_articles(), max_dates=1, sentences_per_date=1)
    assert [e.date for e in timeline.entries] == ["2024-03-11"]
    entry = timeline.entries[0]
    assert len(entry.summary) == 1 and "collapsed" in entry.summary[0]
    cited = {c.article_id for c in entry.citations[0]}
    # Every outlet that tells the collapse in near-identical words is cited by the one statement.
    assert {"north-herald", "coast-wire", "daily-ledger"} <= cited


def test_citations_point_at_the_cited_sentence() -> None:
    articles = {a.article_id: a for a in _articles()}
    timeline = build_timeline(articles.values(), max_dates=4, sentences_per_date=2)
    for entry in timeline.entries:
        for cites in entry.citations:
            for citation in cites:
                text = "\n".join(s.text for s in articles[citation.article_id].sentences)
                sentence = next(s for s in articles[citation.article_id].sentences
                                if s.sentence_id == citation.sentence_id)
                assert text[citation.start : citation.end] == sentence.text


def test_limits_and_span_are_respected() -> None:
    timeline = build_timeline(_articles(), max_dates=2, sentences_per_date=1,
                              start=date(2024, 3, 12), end=date(2024, 3, 31))
    assert 1 <= len(timeline.entries) <= 2
    assert all("2024-03-12" <= e.date <= "2024-03-31" for e in timeline.entries)
    assert all(len(e.summary) == 1 for e in timeline.entries)
    assert [e.date for e in timeline.entries] == sorted(e.date for e in timeline.entries)
    wide = build_timeline(_articles(), max_dates=10, sentences_per_date=3)
    assert len(wide.entries) > 2
    assert all(len(e.summary) <= 3 for e in wide.entries)
    said = [s for e in wide.entries for s in e.summary]
    assert len(said) == len(set(said))


def test_no_two_statements_say_the_same_thing() -> None:
    timeline = build_timeline(_articles(), max_dates=10, sentences_per_date=3)
    # Four outlets say "(a cargo ship) struck (one of its piers / a pier)": one statement shows it.
    collapse = [s for e in timeline.entries for s in e.summary if "struck" in s]
    assert len(collapse) == 1, collapse


def test_json_shape() -> None:
    data = timeline_dict(build_timeline(_articles(), max_dates=3, sentences_per_date=2))
    json.dumps(data)
    assert set(data) == {"entries"}
    for entry in data["entries"]:
        assert set(entry) == {"date", "summary", "citations"}
        assert len(entry["date"]) == 10 and entry["summary"]
        for citation in entry["citations"]:
            assert {"article_id", "sentence_id", "start", "end", "summary"} <= set(citation)
            assert 0 <= citation["summary"] < len(entry["summary"])


def test_bad_limits_are_refused() -> None:
    with pytest.raises(InputError, match="at least one date"):
        build_timeline(_articles(), max_dates=0, sentences_per_date=1)
    with pytest.raises(InputError, match="swap"):
        build_timeline(_articles(), max_dates=3, sentences_per_date=1, start=date(2024, 4, 1), end=date(2024, 3, 1))
    with pytest.raises(InputError, match="Document or TimelineArticle"):
        build_timeline(["not an article"], max_dates=3, sentences_per_date=1)  # type: ignore[list-item]


def test_empty_collection_gives_an_empty_timeline() -> None:
    assert build_timeline([], max_dates=3, sentences_per_date=1) == Timeline(())


def test_pubcount_baseline_tells_publication_days() -> None:
    timeline = pubcount_timeline(_articles(), max_dates=1, sentences_per_date=2)
    assert [e.date for e in timeline.entries] == ["2024-03-12"]  # two articles that day
    assert all(len(e.summary) <= 2 for e in timeline.entries)


@pytest.mark.slow
def test_annotated_documents_are_read_with_their_source_date() -> None:
    from newsbrief.nlp.annotate import annotate

    docs = [annotate(Article(" ".join(lines), Source(date=day, outlet=name), id=name))
            for name, (day, lines) in ARTICLES.items()]
    timeline = build_timeline(docs, max_dates=1, sentences_per_date=1)
    assert [e.date for e in timeline.entries] == ["2024-03-11"]
    first: Citation = timeline.entries[0].citations[0][0]
    doc = next(d for d in docs if d.article.id == first.article_id)
    assert doc.article.text[first.start : first.end] == timeline.entries[0].summary[0]


def test_plain_articles_are_split_without_a_parse() -> None:
    text = ('The Harbor Bridge collapsed on Monday. U.S. officials said on Feb. 14 that it was "a disaster." '
            "Six were missing!\n\nDivers searched until 3 p.m. Tuesday. Then 2,000 people left.")
    article = TimelineArticle.from_article(Article(text, Source(date="2024-03-12"), id="wire"))
    assert [s.text for s in article.sentences] == [
        "The Harbor Bridge collapsed on Monday.", 'U.S. officials said on Feb. 14 that it was "a disaster."',
        "Six were missing!", "Divers searched until 3 p.m. Tuesday.", "Then 2,000 people left."]
    assert all(text[s.start : s.end] == s.text for s in article.sentences)
    assert article.published == date(2024, 3, 12) and article.article_id == "wire"
