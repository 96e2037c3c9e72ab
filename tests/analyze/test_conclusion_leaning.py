"""Labelled article endings for the conclusion, second set (reader Audit 15, docs/audit.md 16.3-16.4).

Each case is an article written for these tests. The patterns: an elliptical close ("Nor ...", "So did
...", "That is ...") shown without the sentence it leans on; the opening of a closing quotation cut before
its point; no Conclusion where the article ends on an expert's quoted judgement or an analyst's outlook; a
set-up printed beside a flat last line, or a flat line shown while the correspondent's own close follows;
a pronoun repaired to the wrong name. The real analyzer runs on the whole article.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze import analyze
from newsbrief.models import Article, Item, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.test_conclusion_cases import BUSINESS, DISPATCH, OPINION, SCIENCE, WIRE, Case

COMMENT = ("Across the region, governments have promised for decades to fight corruption.\n\nFew have kept the "
           "promise, and the cost has fallen on the poorest families.\n\nA street trader in the capital set "
           "himself alight last month after officials demanded a bribe for his licence.")
HEALTH = ("A girl infected with a virus at birth has lived without treatment for nine years, doctors reported on "
          "Monday.\n\nShe was given drugs for a few months after she was born, and then the treatment stopped.\n\n"
          "Doctors at the clinic found no sign that the virus had returned in tests last month.")
CHARITY = ("Musicians have given guitars, jackets and signed records to an auction for the victims of the "
           "earthquake.\n\nThe auction runs for ten days and closes on Tuesday morning.\n\nBidders can also win "
           "two tickets to the summer festival and a dinner with its organisers.")
TECH = ("A chip maker's analysts have taken apart the new smart watch and listed the parts inside it.\n\nThe "
        "watch uses a processor like the one in the company's latest phone, the analysts wrote in a note to "
        "clients.\n\nThe memory chips come from two suppliers in South Korea.")
CRIME = ("A former army instructor who left to fight abroad has returned home, her family said on Sunday.\n\n"
         "Dana Rosen, 31, was born in Toronto and moved to the country in 2006.\n\nShe served as an instructor "
         "in the army before she left the service with money problems.")
SHOWBIZ = ("Fans were relieved on Friday after a report of the actor Tom Dale's death turned out to be a hoax.\n\n"
           "His representatives said in a statement that he is alive and well.\n\nDale now sings in a comedy band "
           "that has toured Britain and the United States.")

CASES = (
    # an elliptical close: shown with the sentence it leans on (Audit 15 #6, "Nor should ...")
    Case("nor_after_should_not", COMMENT,
         "What followed took the whole world by surprise. It should not have. Nor should the scenes of people "
         "filling the streets to demand an end to corruption.",
         ("Nor should the scenes", "It should not have", "What followed took")),
    Case("neither_close", BUSINESS,
         "The board has never explained why the contract went to a firm with no experience of dairies. Neither "
         "has the chairman who signed it.",
         ("Neither has the chairman", "The board has never explained")),
    Case("so_did_close", OPINION,
         "The mayor promised in 2019 that the library would be saved. So did the three mayors before her.",
         ("So did the three mayors", "The mayor promised")),
    Case("that_is_close", BUSINESS,
         "The dairy in Benning will close in March and 800 jobs will go. That is the real price of the deal for "
         "the town.",
         ("That is the real price", "The dairy in Benning will close")),
    Case("nor_close_alone_is_not_whole", WIRE,
         "The governor did not visit the shelters this week. Nor did any of his ministers, who stayed in the "
         "capital for the budget talks.",
         ("Nor did any of his ministers", "The governor did not visit")),
    # a closing quotation shown from its opening: its point must be shown too (Audit 15 #1)
    Case("quote_point_last", CHARITY,
         "The singer Anna Berg, who visited the country with the charity, added: \"I went there a few years "
         "ago. It is a place of deep poverty. Most people in the capital live in tin shacks. The earthquake "
         "will have turned the city into a hell. The people will be desperate for help.\"",
         ("The singer Anna Berg", "The people will be desperate")),
    Case("quote_point_second", CHARITY,
         "The festival's organiser, Emma Hart, said: \"I have run this festival for twenty years. I have never "
         "seen musicians give so much so quickly.\"",
         ("The festival's organiser", "I have never seen musicians")),
    Case("quote_point_fourth", WIRE,
         "The regional governor, Paolo Serra, said: \"I grew up in these villages. I know these families. "
         "Many of them have lost everything. We will rebuild every house before the winter.\"",
         ("The regional governor", "We will rebuild every house")),
    # an expert's quoted judgement or forecast at the end: a Conclusion, not none (Newsroom 47)
    Case("expert_forecast_quote_tail", HEALTH,
         "Prof Maria Keller, who leads the virus unit at Lund University, said larger trials were needed. "
         "It was possible that some patients treated early could stop their drugs, but that had to be tested. "
         "\"The only way we can settle this is in a trial where patients stop their drugs under supervision,\" "
         "she said. \"Those studies are under way in Kenya now. They are going to be really informative.\"",
         ("\"The only way we can settle", "Prof Maria Keller")),
    Case("expert_judgement_quote_pair", SCIENCE,
         "Dr Peter Olsen, a liver specialist who was not involved in the study, said the results were "
         "striking. \"Mice are not people,\" he said. \"But if this holds in patients, it will change how we "
         "treat the disease.\"",
         ("\"Mice are not people", "\"But if this holds")),
    # an analyst note that ends on the product's outlook: a Conclusion (Audit 15 #8)
    Case("analyst_note_outlook", TECH,
         "The watch is scheduled to go on sale early next year. It will include a heart-rate monitor and "
         "fitness tracking, and will be the first of the company's devices to charge without a cable.",
         ("The watch is scheduled",)),
    # the correspondent's own close after a set-up (Audit 15 #5)
    Case("correspondent_close_after_setup", DISPATCH,
         "Some analysts believe the government knows it will have to share power in the end. But many "
         "obstacles will have to be overcome before events reach anywhere near that point.\n\n"
         "And given the fate of the ceasefire so far, optimism is in short supply.",
         ("And given the fate",), ("But many obstacles",)),
    Case("correspondent_so_close", DISPATCH,
         "The monitors may have to leave if the fighting goes on. Their reports will be read closely in the "
         "capital.\n\nSo, for now, hope is a scarce commodity in the camp.",
         ("So, for now, hope",), ("Their reports will be read",)),
    # a set-up beside a flat last line (Audit 15 #9)
    Case("backstory_setup_flat_last", CRIME,
         "After complaints were filed, the police and the FBI opened a joint investigation. The probe led to "
         "the arrest of several suspects and their extradition to the United States, where they were tried. "
         "Rosen served four years in jail.",
         (), ("The probe led to",)),
    Case("backstory_flat_after_outlook", CRIME,
         "Prosecutors say she could face up to ten years in prison if she is charged.\n\nIn 2009 she was "
         "arrested in a lottery fraud. The probe led to the arrest of several others and their extradition, "
         "where they were tried. Rosen served four years in jail.",
         ("Prosecutors say she could face",), ("The probe led to", "Rosen served")),
    # a pronoun whose repair would name the wrong thing (Audit 15 #11): the sentence before is shown too
    Case("pronoun_after_place", SHOWBIZ,
         "In May, the band's show in Leeds ended early after Dale was booed by the crowd.\n\n"
         "He is also ranked second on a list of the greatest child stars and starred in two sequels.",
         ("He is also ranked",), ("In May, the band's show",)),
    # a repair the sentence before makes certain (its subject): the close alone, repaired
    Case("pronoun_after_subject", SHOWBIZ,
         "In May, Dale stormed off the stage during a gig in Leeds after he was booed by the crowd.\n\n"
         "He is also ranked second on a list of the greatest child stars and starred in two sequels.",
         ("He is also ranked",), ("In May, Dale stormed",)),
)


def _conclusion(case: Case) -> tuple[Item, ...]:
    """The Conclusion candidates after every analyzer and the opening repairs ran (a withheld "It ..." is gone)."""
    doc = annotate(Article(text=f"{case.body}\n\n{case.ending}", source=Source(title=case.name)))
    return tuple(c.item for c in analyze(doc).get("conclusion", ()))


def _cited(case: Case) -> list[str]:
    doc = annotate(Article(text=f"{case.body}\n\n{case.ending}", source=Source(title=case.name)))
    by_id = {s.id: s.text for s in doc.sentences}
    return [by_id[c.sentence_id] for item in _conclusion(case) for c in item.citations]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_labelled_conclusion(case: Case) -> None:
    cited = _cited(case)
    assert cited, "no Conclusion"
    assert all(any(s.startswith(w) for s in cited) for w in case.want), cited
    assert not any(s.startswith(a) for s in cited for a in case.avoid), cited


def test_no_wrong_bracketed_subject() -> None:
    """A "He" is never repaired to a place ("[Leeds] is also ranked ...")."""
    for name in ("pronoun_after_place", "pronoun_after_subject"):
        items = _conclusion(next(c for c in CASES if c.name == name))
        assert items and not any("[Leeds]" in item.text for item in items)
