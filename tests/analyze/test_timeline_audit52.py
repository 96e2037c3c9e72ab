"""Audit 52 (docs/audit.md section 53) Timeline findings, on articles written for these tests.

#10 lost "told the Texas outlet The Galveston Daily News that the company sold the truck to AutoNation in October
2013": the parse hung the "that" clause, the telling's content, on the outlet's name as a relative clause, and a
relative clause about a non-subject noun is a side detail (analyze/date_roles._content_clause). FNC-1 1213 (the
lead's reading): an entry began inside a quotation opened in the sentence before ('Different timing, different
directions," NASA officials wrote today (Sept. 8)'); the entry now tells the quotation whole. #6 lost "the
Caribbean island which was devastated by a huge quake on 12 January": a restrictive "which" clause after a named
noun now tells its dated event as an aside does (analyze/date_events._told_by_an_aside).
"""

from __future__ import annotations

from newsbrief.analyze.context import build_context
from newsbrief.analyze.timeline import analyze_timeline
from newsbrief.models import Article, Source, TimelineEvent
from newsbrief.nlp.annotate import annotate


def _entries(text: str, published: str | None = None) -> list[tuple[str, str]]:
    doc = annotate(Article(text=text, source=Source(title="Report", date=published)))
    found = []
    for candidate in analyze_timeline(doc, build_context(doc)):
        assert isinstance(candidate.item.payload, TimelineEvent)
        found.append((candidate.item.payload.date, candidate.item.text))
    return found


def test_a_told_content_hung_on_an_outlets_name_still_dates_its_event() -> None:
    text = ("A baker's van turns up abroad\n\n"
            "Dan Miller, the son of the owner of Top-1 Roofing, told the Ohio newspaper The Dayton Daily News that the "
            "firm sold the truck to CarMax in May 2012.")
    doc = annotate(Article(text=text, source=Source(title="Report")))
    sold = next(t for t in doc.tokens if t.text == "sold")
    assert sold.dep == "relcl"  # the parse's slip this test is about
    assert [d for d, _ in _entries(text)] == ["2012-05"]


def test_near_miss_a_relative_clause_on_a_side_noun_stays_a_side_detail() -> None:
    # "that the firm sold in 2012" is a relative clause (its "that" is the object): it dates the van, not the finding
    text = ("A van turns up abroad\n\n"
            "Police in Ghent found the van that the firm sold in 2012, a spokesman said on Tuesday.")
    assert "2012" not in [d for d, _ in _entries(text, "2014-12-18")]


def test_an_entry_that_opens_inside_a_quotation_tells_the_quotation_whole() -> None:
    text = ("A crater near the airport\n\n"
            "A crater was found near the airport on Sunday, officials said.\n\n"
            '"For those who ask, the crater is unrelated to the comet. Different timing, different places," '
            "space agency officials wrote on Monday (Sept. 8) on their public account.")
    entries = _entries(text, "2014-09-09")
    told = next(t for d, t in entries if d == "2014-09-08")
    assert told.startswith('"For those who ask') and told.endswith("on their public account.")


def test_a_restrictive_which_clause_after_a_named_place_tells_its_dated_event() -> None:
    # Audit 52 #6: "the Caribbean island which was devastated by a huge quake on 12 January" was lost
    text = ("Tents reach the island\n\n"
            "About 500 tents have reached the Pacific island which was struck by a strong cyclone on 3 March.")
    assert _entries(text) == [("--03-03", "[T]he Pacific island which was struck by a strong cyclone on 3 March")]


def test_near_miss_a_restrictive_clause_with_no_name_tells_nothing() -> None:
    text = ("Tents reach the island\n\n"
            "About 500 tents have reached the island which was struck by a strong cyclone on 3 March.")
    assert _entries(text) == []
