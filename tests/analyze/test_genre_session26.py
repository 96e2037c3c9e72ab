"""Genre session 26 (Audit 40, docs/audit.md 41.2 and 41.4 #4): five genre lines wrong of twelve.

- A blog item that retells a story going round, sourced to the outlets that ran it, and then says "hardly any of it
  is true" (citing another outlet that debunked it) is a fact-check (#8's pattern).
- A first-person column that calls on a third party in its own words ("the mayor needs to ...") and closes on an
  order ("Just fix the bridge.") is an opinion piece, not a feature (#6's pattern).
- A piece that lays out the scenarios in the writer's own words ("There are, of course, several scenarios. The regime
  could fall. It could hang on. Or the country could split.") is an analysis (#3's pattern).
- A correspondent's piece carried on the writer's own inferences ("may have been deterred", "will not have eased any
  nerves", "If anything, ...", "a costly if fruitless summit") is an analysis (#5's pattern).
- A critic's appreciation of a musician's work after his death is a review or opinion piece (#12's pattern; a strict
  xfail until session 27, now read by genre_legacy: its legacy weighed in the writer's words).
Near misses: a report in which the police call the story false, a travel feature ending on a tip to the reader, a
report whose options are given by officials, and a correspondent's plain report stay what they are.
All texts are invented.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.genre_infer import glued
from newsbrief.models import Hints, RawDocument
from newsbrief.pipeline import annotate_raw
from newsbrief.settings import Settings


def _genre(text: str, title: str | None = None) -> str:
    raw = RawDocument(text.encode(), content_type="text/plain", hints=Hints(title=title, trusted=True))
    return build_context(annotate_raw(raw, Settings())).genre


_DEBUNK = """A story is going round about a swimming coach from Tarvel, Moldova, named Irina Poltava who supposedly sold her team's medals online, which then turned up on an auction site.

Several tabloids like the Evening Courier picked up the story, going so far as to write that the federation would ban her for life and that she had done it before.

The only trouble with all of these sites running the story of Irina Poltava, however, is that hardly any of it is true, as the Brisk blog points out.

The Tarvel daily Vocea debunked the Irina Poltava medal story on Monday.

The medals on the auction site are believed to be replicas made for a film about the team.

To make things stranger, the woman wrongly named as Irina Poltava is now getting messages from strangers. A cousin of the woman set the record straight for Vocea.

So now, not only is a stranger's name all over the internet, news sites everywhere are calling her a thief.
"""

_POLICE_DENY = """A story circulating on social media claimed that a lion had escaped from the zoo in Harwick on Sunday night.

Police said on Monday the story was false and asked people to stop sharing it.

The zoo said all of its animals were accounted for and that it would open as usual on Tuesday.

Officers received more than 200 calls from worried residents overnight, a spokesman said.

The zoo's director, Anna Bell, said staff had checked every enclosure twice.

"We understand why people were frightened, but there is no lion on the loose," she said.

The force said it was trying to find out who had started the rumour.
"""

_COLUMN = """Mayor Hollis, about that bridge: just fix it. Anger is a fair response to the closure.

But above all, the mayor needs to show he can get things done. The Orrin bridge has been shut since March, and the detour adds half an hour to every trip across the river.

By "shut", I mean fenced off, with a sign that says the inspection is still going on.

The inspection began in the spring. The report was promised for June, then for August.

As I suspected at the time, the report did not come.

Traders on the east bank have lost a third of their custom, the chamber of commerce reckons.

The council has voted twice to set aside money for repairs, and twice the work has been put off.

Some of that is not the mayor's fault. The state sets the rules for inspections, and the state is slow.

But the city has to do more. It can hire its own engineers, and it can start on the parts of the work that need no permit.

Three years ago, the mayor ran on a promise to mend the roads. Voters took him at his word.

There is an old saying in city politics that there is no left or right way to fill a pothole.

Nor to mend a bridge.

Just get it done.
"""

_TRAVEL = """I arrived in Casmir on a grey morning in April, after eleven hours on the night bus from the coast.

I walked from the station to the old market, where traders were setting out baskets of dried figs and walnuts.

The town sits on a bend of the river, and its streets climb steeply to a ruined fort.

I spent the first afternoon on the ramparts, watching the light change over the valley.

The fort was built in the 14th century and held off three sieges before it fell.

Most visitors come for a day and leave before dark, which is a shame.

In the evening the market turns into a row of food stalls, and families eat together at long tables.

I ate grilled trout with a family from the next village, who told me their grandparents had sold fish at the same spot.

The next morning I took the ferry downriver to the monastery at Vell.

Go in spring, before the summer heat.
"""

_SCENARIOS = """A plea for more help comes from the besieged port almost every day.

The air campaign over Norland was expected to be short, using precise strikes to break the army's grip on the north.

But it soon became apparent that General Varo was not going to fall quickly.

"They are trying not to lose," said Paul Grebe, a strategy scholar at a university in Ohio.

"But they are not trying to win, because they are not sure what winning means."

The strikes began in March under a UN mandate to protect civilians, and the alliance has been careful since.

"Had they kept up the pressure in the first week, we would not be having this debate," said the analyst Mira Holt.

France and Britain last week said they wanted a tougher campaign.

The appeal of bombing from the air is that it spares the lives of pilots and soldiers.

Its limits were learned in other wars.

The alliance has flown more than 2,000 sorties since the campaign began.

Rebel fighters hold the port and a strip of the coast to the east of it.

Government troops control the capital and the roads to the south.

Aid ships have reached the port twice this month, carrying food and medicine.

The UN says more than 100,000 people have fled the fighting since March.

Last week the alliance sent a small team of military advisers to the rebels' headquarters.

Both Washington and London have ruled out sending ground troops.

The rebels' leaders met diplomats in Rome on Tuesday to ask for weapons.

There are, of course, several different scenarios for Norland, which observers have debated for weeks.

Varo could fall soon, though it seems unlikely.

He could hold on to power for months, paid for by the oil fields in the south.

Or the country could be split in two.

"In two weeks, Varo will still be in power," said Tom Akers, a professor at a military college.

In the port, the shelling goes on and the death toll mounts.
"""

_OPTIONS_REPORT = """The city council will decide next week how to close a $40m gap in its budget, officials said on Monday.

The finance committee's chairman, Dan Ruiz, said members had been given a paper setting out the choices.

"The council could raise the property tax, or it could cut services," Mr Ruiz said.

"Or it could borrow, which would only push the problem down the road."

Union leaders said they would oppose any cuts to the fire service.

"We have already lost 30 firefighters in three years," said Kim Oduya, the union's president.

The mayor's office said it would publish its own proposal on Thursday.

A public hearing is set for next Tuesday evening at city hall.

The gap opened after sales tax receipts fell for the third year running, the finance department said.

The state has said it will not make up the shortfall.
"""

_CORRESPONDENT = """Rifts exposed as Gulf leaders meet on Yemen By Tom Reyes BBC Middle East correspondent, Doha At the summit the Qatari emir warned against a wider war.

It has cost a fortune in money and police hours to stage this meeting, the first in Qatar for fifteen years.

Armed police have been posted at every junction and hotel in the centre of Doha.

As a journalist, covering this summit has been a long exercise in waiting.

Relations between some of the delegations are still strained.

Others may have been deterred by the cost of the trip and the short notice.

A rocket landing near the border just as the meeting began will not have eased any nerves.

The main item on the agenda here was the war in Yemen.

Delegates formally backed a UN plan to end the fighting.

But there are deep divisions over how to deal with the rebels.

If anything, the fighting in Yemen is getting worse, and the UN puts the dead at more than 5,000.

As the leaders left another costly if fruitless summit, the war was no nearer its end.

Tonight the hosts declared the meeting a great success.
"""

_PLAIN_CORRESPONDENT = """Gulf leaders back UN plan for Yemen By Tom Reyes BBC Middle East correspondent, Doha Gulf leaders meeting in Doha have backed a UN plan to end the war in Yemen.

The plan calls for a ceasefire within a week and talks between the government and the rebels in Geneva.

The leaders also pledged $2bn in aid for the country, where the UN puts the dead at more than 5,000.

The meeting was the first in Qatar for fifteen years.

Armed police were posted at junctions and hotels in the centre of the city.

Delegations from six countries attended, with two sending their foreign ministers instead of their heads of state.

The rebels have not yet said whether they will take part in the talks.

A UN envoy is due in the region next week to meet both sides.

The Yemeni government welcomed the plan in a statement issued in Aden.

Fighting went on in the north of the country on Tuesday, with air strikes reported near the border.
"""

_APPRECIATION = """His voice was an invitation, an echo that returns whenever a kid shouts the word "funk" into a microphone. It was in Walter "Big Walt" Greer's easy growl, the way he rode the Tinley Five's "Sunday Groove," the one hit that launched a sound when it came out in 1978.

Greer, 61, died on Monday after a long illness, but his influence remains.

The news was confirmed by the band's manager, Ruth Alder.

"They say the good times never end, I've made a masterpiece," Greer sang on "Sunday Groove," a boast that set out one of the genre's themes.

In an old clip from a local dance show, Big Walt wears a purple cap and a shirt a size too small. The big man sways as he sings, lost in the music. Next to his quieter bandmates, he is funk in person.

"I'm here, I'm there, I'm Big Walt everywhere," he sings. He had no idea how true that was.

"Sunday Groove" is said to be the best-selling dance single of its decade, though that is hard to check.

Like most bands of that first wave, the Tinley Five never had a second hit, and never saw royalties to match their influence.

Trace almost any dance record since back far enough, and the wires lead to "Sunday Groove," and through it to Big Walt. His phrasing, his warm, loose tone, has lasted, handed down from singer to singer, an unseen but vital presence.
"""


_TODO = pytest.mark.xfail(strict=True, reason="not read yet")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_DEBUNK, "factcheck", id="retold-then-hardly-any-true"),
    pytest.param(_POLICE_DENY, "news", id="police-call-story-false"),
    pytest.param(_COLUMN, "opinion", id="column-closing-order"),
    pytest.param(_TRAVEL, "feature", id="travel-closing-tip"),
    pytest.param(_SCENARIOS, "analysis", id="writer-lists-scenarios"),
    pytest.param(_OPTIONS_REPORT, "news", id="officials-give-options"),
    pytest.param(_CORRESPONDENT, "analysis", id="correspondent-infers"),
    pytest.param(_PLAIN_CORRESPONDENT, "news", id="correspondent-reports"),
])
def test_genre(text: str, expected: str) -> None:
    assert _genre(text) == expected


def test_appreciation_after_death() -> None:  # read by genre_legacy since session 27
    assert _genre(_APPRECIATION) in ("review", "opinion", "feature")


_FILLER = ("The alliance has flown more than 2,000 sorties since the campaign began in March. Rebel fighters hold the "
           "port and a strip of the coast to the east of it, while government troops control the capital.")
_GLUED = ("Zelva is a ghost town Veteran cameraman killed in Norland Norland rebels mourn Harker death It can be seen as "
          "a snub of Western air power.")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_GLUED, True, id="links-box-glued-on"),
    pytest.param("The court in The Hague will rule on Monday.", False, id="name-with-the"),
    pytest.param("It can be seen as a snub of Western air power.", False, id="plain-sentence"),
    pytest.param("I have lived here for years, and I believe the plan is a mistake.", False, id="writer-i"),
])
def test_glued(text: str, expected: bool) -> None:
    body = f"{_FILLER}\n\n{text}\n\n{_FILLER}"
    doc = annotate_raw(RawDocument(body.encode(), content_type="text/plain", hints=Hints(trusted=True)), Settings())
    if expected:  # the links box is marked as glued, or ingest split it off the writer's sentence (session 28)
        assert any(glued(doc, s) for s in doc.sentences) or any(
            s.text == "It can be seen as a snub of Western air power." for s in doc.sentences)
    else:
        assert not any(glued(doc, s) for s in doc.sentences)
