"""Articles written for the argued-piece key-point cases (reader Audit 15 and the lead's reading): signed
"Special to" commentaries, numerate columns that ask rhetorical questions, expert analyses that announce
what they will outline, and reviews whose verdict comes at the end. Same shape as points_cases.Case.
"""

from __future__ import annotations

from tests.analyze.points_cases import Case

ARGUED = ("opinion", "analysis")

SPECIAL_TO_DAMS = Case("special_to_dams", """\
By Helen Marsh, Special to CNN

Editor's note: Helen Marsh is a professor of civil engineering at Northgate University.

The dam at Korvel failed on a quiet Sunday morning, sending a wall of water through three villages.

Engineers had inspected the structure only twice in the past decade, and both reports were filed away unread.

Our research shows that more than a third of the country's large dams have not been inspected in five years.

We see the same pattern in every failure we have studied: warnings are written, then ignored.

The companies that run these dams are also the ones that pay for their inspections.

That is why the country needs an independent body to oversee dam safety, with the power to close a dam that \
fails its checks.

Without independent oversight, the next Korvel is only a matter of time.
""", ARGUED, ("independent body to oversee dam safety", "Without independent oversight", "Our research shows"),
    ("Editor's note",), title="Dam failures will continue until oversight changes")

SPECIAL_TO_DRUGS = Case("special_to_drugs", """\
By Omar Fields, Special to CNN

A nine-year-old boy in Dunmore died last spring after a routine dose of a common antibiotic.

The drug had been recalled in two other countries, but the notice never reached his pharmacy.

Our analysis of ten years of recall records shows that a typical recall takes 40 days to reach local \
pharmacies.

We see delays of this kind at every step, from the manufacturer to the wholesaler to the shop.

Recalls are left to the manufacturers themselves, who have little reason to hurry.

The drug recall system needs independent oversight and a single national register that every pharmacy must \
check.

Until then, families will keep paying for the gaps.
""", ARGUED, ("drug recall system needs independent oversight", "Our analysis of ten years"),
    (), title="Drug recalls are too slow, and children pay the price")

SPECIAL_TO_POLICE = Case("special_to_police", """\
By Dana Whitlow, Special to CNN

Three officers in Harlow were cleared last week of any wrongdoing in the death of a man in their custody.

The investigation was carried out by officers from the same force.

Our research shows that forces which investigate their own officers uphold fewer than one complaint in fifty.

We see far higher rates where an outside agency does the work.

Police forces must not be allowed to investigate themselves, and the deaths in custody should be examined by \
an independent agency.

The families of the dead deserve nothing less.
""", ARGUED, ("must not be allowed to investigate themselves", "Our research shows"),
    (), title="Police should not investigate themselves")

SUMS_BARRIERS = Case("sums_barriers", """\
A famous singer has unveiled a floating barrier that, he says, will stop plastic reaching the sea.

The barrier was launched on the river Tamsel on Monday with a concert on the bank.

Who could resist a story like that? A celebrity, a machine and a river saved.

But just how much plastic is there in the river? Surveys put it at roughly 80,000 tonnes a year.

Each barrier catches at most 20 tonnes a year, so stopping it all would take 4,000 of them, and the company \
plans to build six.

Do the sums and the promise looks less like a solution than a gesture.

The sums just don't add up: six barriers are a tokenistic answer to a problem that needs the factories upstream \
to stop dumping.
""", ARGUED, ("sums just don't add up", "less like a solution than a gesture"), (),
    title="Can a singer's barrier clean up a river?")

SUMS_TREES = Case("sums_trees", """\
The government has promised to plant a million trees this year to offset the emissions of its new airport.

Ministers unveiled the first saplings at a ceremony in the capital on Thursday.

Who could object to a million trees? Nobody, it seems.

But how much carbon does a young tree take up? About ten kilograms a year in its first decade.

A million saplings would therefore absorb some 10,000 tonnes a year, while the airport will emit more than \
two million tonnes.

So the trees would cover less than one per cent of the airport's emissions.

The numbers simply don't add up, and the planting is a tokenistic gesture that hides the real cost of the \
airport.
""", ARGUED, ("numbers simply don't add up", "less than one per cent"), (),
    title="A million trees will not offset the airport")

SUMS_BATTERIES = Case("sums_batteries", """\
The city council has bought a fleet of twenty electric buses and says its transport will be green by 2030.

The first buses began running on the northern routes on Wednesday.

What could be greener than a silent bus? It is an appealing picture.

But how many buses does the city actually run? The answer is 1,400.

At twenty buses a year, replacing the whole fleet would take seventy years, not seven.

The council's promise is little more than a photo opportunity, and its sums simply do not add up.
""", ARGUED, ("sums simply do not add up", "seventy years"), (),
    title="Twenty electric buses won't make the city green")

EXPERTS_FLOODS = Case("experts_floods", """\
When the river burst its banks last week, thousands of people were forced from their homes within hours.

Emergency planners Ana Roth and Felix Grau outline the planning and potential pitfalls of a flood response.

The first pitfall is confused command: when several agencies respond, nobody knows who decides.

A single commander with authority over every agency should be named before the water arrives.

The second pitfall is that shelters are chosen too late and in the wrong places.

Shelters must be mapped in advance on high ground and stocked for at least three days.

Finally, responders too often forget the people who cannot leave on their own, such as the elderly and the sick.
""", ARGUED, ("confused command", "single commander", "Shelters must be mapped"),
    ("outline the planning",), title="How to run a flood response")

EXPERTS_QUAKE = Case("experts_quake", """\
The earthquake that struck the coast on Saturday has left tens of thousands of people without shelter.

Here, two disaster specialists, Mira Chen and Tom Okafor, explain what the first days of the response must get right.

The greatest danger is that aid piles up at the airport while roads to the villages stay closed.

Clearing the roads should come before any other task, because nothing else can move until they are open.

Another common mistake is to send whatever is donated rather than what is needed.

Aid agencies must ask survivors what they need before they ship anything.

Clean water, not food, is usually the first need after a large earthquake.
""", ARGUED, ("Clearing the roads should come before", "aid piles up at the airport", "must ask survivors"),
    ("explain what the first days",), title="What an earthquake response must get right")

EXPERTS_HEAT = Case("experts_heat", """\
This summer's heatwave has already been linked to hundreds of deaths across the region.

In this article, public health experts Lena Park and Sam Idris look at how cities can prepare for the next one.

The main lesson is that heat kills quietly, mostly old people living alone in hot flats.

Cities should keep a register of vulnerable residents and call each of them every day of a heatwave.

Cooling centres are useless if people cannot reach them, so transport must be free during heat alerts.

The cost of such plans is small compared with the cost of the deaths they prevent.
""", ARGUED, ("heat kills quietly", "register of vulnerable residents"),
    ("look at how cities can prepare",), title="Preparing cities for the next heatwave")

REVIEW_CAR = Case("review_car", """\
The Voltra GT is a spaceship for the road.

It has doors that open upwards, a cabin full of glowing screens and a body shaped like a wing.

Under the bonnet sits a small three-cylinder engine, helped by an electric motor at the front.

Together they deliver 360 horsepower and a top speed of 250 km/h.

The ride is firm, the boot is tiny and the rear seats are only fit for children.

On a winding road, though, the car feels light and eager, and the steering is precise.

The Voltra GT is complicated and flawed, and it costs a fortune. Still, if this is the future of the sports car, \
the future looks bright.
""", ("review", "opinion", "analysis"), ("complicated and flawed", "the future looks bright"),
    ("spaceship for the road",), title="Voltra GT review: a spaceship for the road")

REVIEW_PHONE = Case("review_phone", """\
The Nimbus 7 is the thinnest phone on the market, and it looks it.

The case is made of brushed aluminium and weighs just 140 grams.

The screen is bright and sharp, even in direct sunlight.

The battery lasts about a day of ordinary use, which is less than its rivals manage.

The camera takes fine pictures in daylight but struggles indoors.

Overall, the Nimbus 7 is a beautiful phone with a weak battery, and at its price most buyers will be better \
served by its rivals.
""", ("review", "opinion", "analysis"), ("beautiful phone with a weak battery",), ("case is made of brushed",),
    title="Nimbus 7 review")

REVIEW_FILM = Case("review_film", """\
The Long Tide opens on a storm at sea, filmed in a single breathtaking shot.

The film follows a fishing family over three generations on a small northern island.

The actors, most of them islanders, speak little and say a lot.

At almost three hours, the middle section drags, and a subplot about a lighthouse goes nowhere.

The Long Tide is flawed and far too long, but it is the most beautiful film of the year and well worth the \
patience it asks for.
""", ("review", "opinion", "analysis"), ("most beautiful film of the year",), ("storm at sea",),
    title="The Long Tide review: a slow, beautiful epic")

COLUMN_TASERS = Case("column_tasers", """\
Police forces across the country have been given thousands of new stun guns this year, and the number of times \
officers draw them has doubled. The forces say the weapons save lives by replacing firearms. Yet the figures show \
that most stun guns are fired at people who are unarmed, and many of them are in a mental health crisis. A weapon \
sold as an alternative to a gun has become an alternative to talking. Forces should be required to publish every \
use of a stun gun, and officers should be trained to calm a crisis before they reach for a weapon.
""", ARGUED, ("alternative to talking", "should be required to publish"), (),
    title="Stun guns have become an alternative to talking")

CASES = (SPECIAL_TO_DAMS, SPECIAL_TO_DRUGS, SPECIAL_TO_POLICE, SUMS_BARRIERS, SUMS_TREES, SUMS_BATTERIES,
         EXPERTS_FLOODS, EXPERTS_QUAKE, EXPERTS_HEAT, REVIEW_CAR, REVIEW_PHONE, REVIEW_FILM, COLUMN_TASERS)
