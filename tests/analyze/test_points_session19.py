"""Key points, session 19 round 1 (reader Audits 29 and 30: first-person features and blog posts).

Audits 29 and 30 found that a first-person feature, a presenter's blog or a witness's account led its key points
with the opening scene ("I was standing in the kitchen when the phone rang.") while the piece's point, the thesis
stated later ("That night taught me that ...", "This is why I now ...", "What I learned is ..."), was missing from
the first two key points. So did features whose nut graf comes after two or three scene-setting paragraphs.
Each case names a phrase of its thesis that must be among the first two key points, and a phrase of its scene
that must not lead. Near misses: straight reports (a news lead, some with a first-person witness quoted, a
'lesson' or 'this is why' said by an official) keep their lede first.

The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.analyze.points_cases import Case, brief_points, case_params

pytestmark = pytest.mark.slow

ANY = ("news", "feature", "opinion", "analysis")

KITCHEN = Case("kitchen_phone_taught_me", """\
I was standing in the kitchen when the phone rang. The kettle had just started to whistle and the radio was \
playing something old and slow.

It was my sister, calling from the hospital in Marlow. Our father had collapsed in the car park of the bakery \
where he had worked for forty years.

I drove through the rain with the wipers on full and reached the ward a little after midnight. The corridor \
smelled of floor polish and cold tea.

We sat on plastic chairs for six hours before a doctor came to speak to us.

That night taught me that a hospital waiting room is where families learn how little control they have over \
the people they love.

My father recovered, slowly, and went back to the bakery for one last summer. I still think about those \
plastic chairs every time my phone rings late at night.
""", ANY, ("hospital waiting room is where families learn",), ("I was standing in the kitchen",),
    title="What a night in a hospital corridor taught me about families")

FLOOD = Case("flood_this_is_why", """\
The water came up through the floorboards first. I remember the sound more than anything, a low gurgle under \
the carpet, like a drain that had changed its mind.

By two in the morning it was at my knees. I carried the dog upstairs and then went back down for the photo \
albums, which were already soaked through.

A neighbour rowed past the window in a dinghy, shouting that the bridge had gone.

We spent three days in the school hall with two hundred other people and one working kettle.

This is why I now keep a bag packed by the front door, with torches, medicines and copies of every document \
that matters.

Nobody on our street believed the river could reach us. Everyone on our street has a bag by the door now.
""", ANY, ("keep a bag packed by the front door",), ("The water came up through the floorboards",),
    title="Why I keep a bag packed by the door since the flood")

MARATHON = Case("marathon_what_i_learned", """\
The start line was cold and crowded. I had borrowed a pair of gloves from a stranger and lost one of them \
before the first mile.

At mile eighteen my legs stopped listening to me. I walked for a while, then sat on the kerb outside a \
chemist's shop and watched the other runners go past.

A woman in a banana costume handed me a jelly sweet and told me to get up.

I finished in five hours and twelve minutes, well behind the banana.

What I learned is that finishing a marathon depends far less on training than on the strangers who refuse to \
let you stop.

I have signed up for next year's race, and I am bringing spare jelly sweets.
""", ANY, ("depends far less on training than on the strangers",), ("The start line was cold",),
    title="My first marathon, and the strangers who got me round")

PRESENTER = Case("presenter_blog_what_matters", """\
Last week I sat in a small studio in Port Ellin with the lights flickering and a generator growling outside \
the window.

Our producer, Dana, had driven for nine hours to bring us a box of spare batteries. We went on air twenty \
minutes late.

The first caller was a fisherman who had not heard from his brother since the storm.

What matters in a disaster is that people can still hear a voice they trust, and local radio is often the \
only voice left.

We took calls for three hours. Many of them were from people simply asking whether the road to the airport \
was open.

Listen again to the programme on our website, and send us your own stories from the coast.
""", ANY, ("people can still hear a voice they trust",), ("Last week I sat in a small studio",),
    title="Why local radio matters when the storm hits")

DAIRY = Case("dairy_nut_graf_third", """\
The tractor coughed twice before it started. Hugh Penrose wiped his hands on his overalls and looked out at \
the field, where forty cows stood in the drizzle.

His father milked cows on this farm, and so did his grandfather. The milking shed still has the date 1921 \
carved above its door.

In the spring he sold half the herd to pay the feed bill. His daughter has moved to the city and does not \
want the farm.

Across the valley, small dairy farms are closing at a rate of two a week, as the price of milk falls below \
what it costs to produce.

Supermarkets say they pay a fair price and point to the cost of fuel and fertiliser.

Penrose says he will keep going for one more winter, and then he will decide.
""", ANY, ("small dairy farms are closing",), ("The tractor coughed",),
    title="Small dairy farms are closing as milk prices fall")

LESSON = Case("lesson_of_winter", """\
I moved to the island in October with two suitcases and a box of books. The ferry was the last of the season, \
and the harbour was already half empty.

By December the shop opened only on Tuesdays. I learned to bake bread, badly, and to chop wood, worse.

In January the power failed for eleven days. My neighbour Ailsa brought soup every evening and never once \
asked for anything back.

The lesson of that winter is that a small community survives on favours that nobody counts.

I have lived on the island for five years now. I still cannot bake bread.
""", ANY, ("a small community survives on favours",), ("I moved to the island in October",),
    title="An island winter and the favours nobody counts")

BROADBAND = Case("broadband_that_is_how", """\
Jenny Marsh climbed the church tower on a windy Saturday morning with a drill, a ladder and a box of cables.

The vicar held the ladder. Two farmers passed up the antenna, which they had bought with money raised at a \
cake sale.

By Sunday evening the first twenty houses in Wellbury were online at speeds the village had never seen.

That is how a village of 400 people ended up running its own broadband network, after waiting ten years for \
the national provider to arrive.

The network now serves 180 homes and three farms. Volunteers answer the fault line in the evenings.

The national provider says it still plans to reach the village by 2030.
""", ANY, ("ended up running its own broadband network",), ("Jenny Marsh climbed",),
    title="The village that built its own broadband network")

LONELY = Case("loneliness_general_present", """\
My grandfather used to sit by the window every afternoon. He wore his good jacket, the grey one with the \
leather buttons, even though nobody was coming.

When I visited on Sundays he talked about the war, the shipyard and the dog he had as a boy. He never talked \
about the week, because nothing had happened in it.

After he died I found a calendar in his kitchen drawer. Every day was empty except for my visits.

Loneliness among older men is a public health problem that few doctors ask about and fewer treat.

Men who live alone are less likely to see friends and more likely to miss appointments. Charities say \
lunch clubs and walking groups help, but most struggle to find volunteers.

I still have his calendar. I keep it on my own kitchen wall.
""", ANY, ("Loneliness among older men is a public health problem",), ("My grandfather used to sit",),
    title="Loneliness among older men is a hidden public health problem")

WELL = Case("wells_overlap_thesis", """\
We waded across the creek at dawn, our boots filling with black water. The air smelled of diesel and rotten \
fruit.

A farmer named Tobi showed me his cassava field. The leaves were brown at the edges and the soil was slick \
with a rainbow film.

He lowered a bucket into his well and pulled it up half full of oil.

Every year more oil leaks into the wells and farms of the delta than was spilled in the famous tanker \
disasters, and the world barely notices the delta's spills.

The oil companies blame thieves who tap the pipelines. Villagers say the pipes are old and rarely repaired.

Tobi says he will plant again in the spring, on higher ground.
""", ANY, ("world barely notices",), ("We waded across the creek",),
    title="The delta's oil spills that the world ignores")

REALISED = Case("realised_thesis", """\
I was twelve when I first went down the mine with my uncle. The cage dropped so fast that my ears popped, \
and the lamp on my helmet showed only coal dust.

He let me hold his pick for a minute. It was heavier than I expected, and my hands shook.

Thirty years later I stood at the same pithead, now a car park with a small museum in the old lamp room.

I realised then that a town which loses its mine loses more than its jobs: it loses the reason its streets \
were built where they are.

The museum has eleven visitors on a good day. My uncle's pick is in a glass case near the door.
""", ANY, ("a town which loses its mine loses more than its jobs",), ("I was twelve when",),
    title="What a town loses with its mine")

# Near misses: straight reports keep their lede first.
NEWS_WITNESS = Case("news_witness_quote", """\
A fire destroyed a furniture warehouse in Dunmore on Tuesday night, forcing the evacuation of forty homes, \
the fire service said.

Eight fire engines attended the blaze, which started shortly after 10pm and took five hours to bring under \
control. No one was injured.

"I was standing in the kitchen when I heard the bang, and then the whole sky turned orange," said Ann Cole, \
who lives opposite the warehouse.

Residents were allowed back into their homes on Wednesday morning.

The cause of the fire is being investigated.
""", ("news",), ("A fire destroyed a furniture warehouse",), ("I was standing in the kitchen",),
    title="Fire destroys furniture warehouse in Dunmore")

NEWS_LESSON = Case("news_official_lesson", """\
The city council voted on Monday to close three public libraries in Harwick to save 2 million pounds a year.

The libraries in Eastgate, Millbrook and Orton will shut in March. Their books will move to the central \
library.

"The lesson of the last budget is that we cannot protect every building," said council leader Priya Nair.

Campaigners said they would challenge the decision in court.

About 60,000 people used the three libraries last year.
""", ("news",), ("voted on Monday to close three public libraries",), ("The lesson of the last budget",),
    title="Council votes to close three libraries")

NEWS_THIS_IS_WHY = Case("news_this_is_why_quote", """\
Police arrested two men on Sunday after a jeweller's shop in Kelby was robbed at knifepoint.

The men, aged 24 and 31, were detained near the railway station about an hour after the robbery. Watches \
worth 80,000 pounds were recovered.

The shop's owner, Samir Haddad, said he had fitted a panic button last year. "This is why I now keep the door \
locked during the day," he said.

Both men are due to appear before magistrates on Tuesday.
""", ("news",), ("arrested two men",), ("This is why I now keep",),
    title="Two arrested after jeweller's robbery")

NEWS_GENERAL = Case("news_general_present", """\
A former bank manager was jailed for six years on Friday for stealing 3 million pounds from elderly \
customers in Redfield.

Judge Martin Lowe said Carl Ashby, 52, had betrayed people who trusted him with their life savings.

Fraud against older people is a growing problem, according to the charity Age Watch, which says reports \
have doubled in five years.

Ashby moved money from 40 accounts over eight years, the court heard.

He admitted 22 counts of fraud at an earlier hearing.
""", ("news",), ("former bank manager was jailed",), ("Fraud against older people",),
    title="Bank manager jailed for stealing from elderly customers")

NEWS_SPORT = Case("news_sport_report", """\
Redfield Rovers beat Harwick Town 3-1 on Saturday to go top of the league for the first time in twenty years.

Sam Okoro scored twice in the first half, and Lee Grant added a third after the break.

Harwick pulled one back through a late penalty.

"I remember standing on the terraces as a boy when we last went top," said Rovers manager Dan Price. \
"What matters now is that we stay there."

Rovers play away at Kelby next weekend.
""", ("news",), ("Redfield Rovers beat Harwick Town",), ("What matters now",),
    title="Rovers beat Harwick to go top")

NEWS_RESCUE = Case("news_rescue_past", """\
Coastguards rescued six people from a fishing boat that ran aground off Port Ellin early on Thursday.

The boat hit rocks in heavy fog at about 4am and began taking on water. A lifeboat and a helicopter were sent.

All six crew members were taken to hospital with mild hypothermia and were later released.

The harbour master said fog had caused three groundings in the area this year.

An investigation into the cause has begun.
""", ("news",), ("Coastguards rescued six people",), ("harbour master said fog",),
    title="Six rescued after fishing boat runs aground")

# Added after the first score: a news lead that shares one word with a short headline, and a writer's general
# present sentence that carries half of it. The weekday of the lead marks news, not a scene.
NEWS_STORM = Case("news_storm_short_headline", """\
Thousands of homes lost power on Tuesday as gales brought down trees and closed two main roads in Yorkshire.

Gusts of 90mph were recorded on the coast near Whitby. Several ferry crossings were cancelled.

Storms of this strength now batter the north almost every winter, and each one brings chaos to the roads.

Engineers expect to restore power to most homes by Wednesday evening.

Rail services are running with delays.
""", ("news",), ("Thousands of homes lost power",), ("Storms of this strength",),
    title="Storm chaos across the north")

CASES = [KITCHEN, FLOOD, MARATHON, PRESENTER, DAIRY, LESSON, BROADBAND, LONELY, WELL, REALISED,
         NEWS_WITNESS, NEWS_LESSON, NEWS_THIS_IS_WHY, NEWS_GENERAL, NEWS_SPORT, NEWS_RESCUE, NEWS_STORM]


@pytest.mark.parametrize("case", case_params(CASES))
def test_main_point_leads(case: Case) -> None:
    """The genre is one the case allows; a thesis phrase is in the first two key points; the scene does not lead."""
    genre, points = brief_points(case)
    assert genre in case.genres, (genre, points[:3])
    first = " ".join(points[:2])
    assert any(phrase in first for phrase in case.lead), (genre, points[:3])
    assert not any(phrase in p for p in points[:1] for phrase in case.banned), (genre, points[:3])
