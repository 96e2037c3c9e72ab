"""Key points, session 23 (reader Audit 37: scenery, a set-up without its turn and a memory leading the points).

Audit 37 read a reporter's first-person dispatch whose first three key points were the lede's scenery (houses, rusted
roofs, a market) while the news (aid has not come; people cannot pay for food) was in none; an analysis whose key
point was its set-up ("X was just another domino ..., in black and white") without the turn that follows ("But ...
it dissolved into shades of gray"); a first-person test post whose first key point was a detail of the test's set-up
("In the upper-right window is a live feed ..."); and (the lead's XSum reading) a former fighter's first-person
account whose first key point was a middle memory ("I remember when we used to ...").

- Scene-setting description (a place phrase and "be", things lying or standing about) does not lead a piece whose
  writer is a witness, whatever its genre reading.
- A view the piece sets up to turn on ("how the world saw it", "was just another ...", "at first") followed by
  "But"/"Yet"/"However" gives way to the turn, as a concession does.
- A first-person memory ("I remember when ...", "I still recall ...") is background to a first-person account, no
  lead.

The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.analyze.points_cases import Case, brief_points

pytestmark = pytest.mark.slow

DISPATCH_MARKET = Case("dispatch_market", """\
In the lower streets of Port Velle the sheds stand nearly wall to wall.

Their tin roofs are dented and stained with rust, but they are still upright.

Women are selling onions and peppers from wooden crates, and bottled water from a cart.

Almost nobody is buying: a week after the storm, families here say they have no money left for food.

I walk over to talk to Odette, who is frying plantain on a charcoal stove.

As we chat, a relief lorry rolls past on the coast road without stopping.

Nine days after the storm, not one delivery of aid has reached this district, residents told me.

The small clinic at the end of the street has run out of bandages and antibiotics, a nurse said.

"We wait and we wait, and nothing comes," Odette says.
""", ("news", "feature", "opinion"), ("not one delivery of aid", "no money left for food", "run out of bandages"),
    ("wall to wall", "tin roofs"))

TEST_POST = Case("test_post", """\
It is annoying enough how much the channel squeezes the picture. Now I noticed the songs sounded higher. It turns \
out the channel plays the films a full 6 percent faster.

The test:

I own a capture box. I used it to record the same film from a cable broadcast about eight years ago. Then I waited \
for the film to come round again this week. In the left window is the live broadcast from the capture box. The \
right window shows the old recording. After 300 seconds the live broadcast was 18 seconds ahead of the recording. \
Over a two-hour film that adds up to more than seven minutes.

I set the two windows side by side so you can see the squeezing too. Between that and the speed, the channel is \
ruining the films it shows.
""", ("feature", "opinion"), ("6 percent faster", "ruining the films"), ("In the left window",))

DOMINO_TURN = Case("domino_turn", """\
The Westmark correspondent Lena Ortiz spent a month in Valdoria, where the rebellion has entered its third year.

For a long time outsiders read the Valdorian uprising through the lens of the revolts in its neighbours.

The government was simply the next one due to topple, and that is how most capitals saw the crisis, as a plain \
fight between a ruler and his people.

But as the fighting spread, the conflict split into many smaller wars with their own armies and their own aims.

Local militias now hold most of the north, and foreign-backed groups run the border towns.

The ruling party still commands the capital and the coast, where its loyal brigades are based.

Diplomats in the capital say the talks planned for the spring have little chance of success.

Any settlement will have to answer the fears of the country's religious minorities, who dread what would follow \
the government's fall.
""", ("analysis", "feature", "opinion", "news"), (), ("simply the next one due to topple",))

MEMORY_ACCOUNT = Case("memory_account", """\
This month the region was declared free of the fever outbreak that killed more than 2,000 people in two years.

Tomas, once a boy soldier in the northern rebellion, now runs a team of health volunteers, and told his story to a \
visiting reporter.

I was twelve when the rebels came to our village and took me and my two brothers into the hills.

They taught us to march at night, to carry guns and to obey without a word.

I remember when we used to raid the farms at night and take the harvest from the families.

When I escaped I went to the city, where a teacher took me into her school and gave me a bed.

When the fever came in 2023, we turned the school into a clinic for people who had no other place to go.

Our volunteers visited more than 8,000 homes to explain how the fever spreads and how to stay safe.

Some families refused to open their doors to us at first, but we kept coming back until they did.
""", ("opinion", "feature", "news"), ("fever", "volunteers"), ("I remember",))


def test_dispatch_news_leads_not_scenery() -> None:
    """A witness's opening scenery (sheds, roofs) is no key point; the situation (no aid, no money) leads."""
    genre, points = brief_points(DISPATCH_MARKET)
    assert genre in DISPATCH_MARKET.genres, genre
    assert any(phrase in p for p in points[:2] for phrase in DISPATCH_MARKET.lead), points
    assert not any(phrase in points[0] for phrase in DISPATCH_MARKET.banned), points


def test_test_post_finding_leads() -> None:
    """A first-person test post: the finding (6 percent faster) or the verdict leads, not a window of the set-up."""
    genre, points = brief_points(TEST_POST)
    assert genre in TEST_POST.genres, genre
    assert any(phrase in p for p in points[:2] for phrase in TEST_POST.lead), points
    assert not any(phrase in p for p in points for phrase in TEST_POST.banned), points


def test_setup_gives_way_to_its_turn() -> None:
    """A view set up to be turned on ("how most capitals saw the crisis") is no key point; its turn may be."""
    genre, points = brief_points(DOMINO_TURN)
    assert genre in DOMINO_TURN.genres, genre
    assert not any(phrase in p for p in points for phrase in DOMINO_TURN.banned), points


def test_memory_does_not_lead() -> None:
    """A first-person account's middle memory ("I remember when ...") is no key point; the news leads."""
    genre, points = brief_points(MEMORY_ACCOUNT)
    assert genre in MEMORY_ACCOUNT.genres, genre
    assert not any(phrase in p for p in points for phrase in MEMORY_ACCOUNT.banned), points
    assert any(phrase in p for p in points[:2] for phrase in MEMORY_ACCOUNT.lead), points


RARITY_HOOK = Case("rarity_hook", """\
It is not often we are given a frank and detailed look inside an industry as secretive as deep-sea mining.

Mining firms like to answer every question about their methods with the same promise that the seabed will recover.

The inquiry report published today lists forty failures of equipment and judgement behind last year's spill off \
the Corvan coast.

It finds that the operator ignored three warnings from its own engineers in the week before the spill.

The report's authors say the whole industry, not one firm, must change how it checks its machines.

Regulators in four countries have said they will study the findings before granting new licences.
""", ("analysis", "opinion", "news", "feature"), ("inquiry report", "ignored three warnings"), ("not often",))

READER_TIP = Case("reader_tip", """\
Director Mara Quint mocked the rumour that her studio's prop spaceship had been stolen, posting a picture of it \
parked outside her office.

On Monday, a film gossip site had reported that the spaceship was taken from a warehouse in Leeds.

Keep an eye on both of the directors' social media pages for the next round.

The picture shows the spaceship with a parking ticket on its nose and a note reading "Found it."

Quint and her rival director Ben Oduya have been trading joking pictures on social media for months.

Oduya has not replied yet, but his studio said on Tuesday that a response is "in the works".

The gossip site has since withdrawn its report.
""", ("news", "opinion", "feature"), ("mocked the rumour",), ("Keep an eye",))

AUTHOR_NOTE = Case("author_note", """\
I believe arming the northern militias would be a grave mistake for the coalition, and we should say so.

Dr. Ruth Almeda is Senior Fellow at the Harbour Institute's Security Programme.

As the coalition weighs whether to send weapons to the militias in Kessar, one word comes to mind: blowback.

Weapons handed to one side in a civil war rarely stay with that side for long.

In the last three such wars, arms supplied by outside powers ended up with the groups they were meant to fight.

In my view the coalition should instead press for a ceasefire and fund the talks that the neighbours have offered to host.
""", ("opinion", "analysis"), ("grave mistake", "blowback"), ("Senior Fellow",))


@pytest.mark.parametrize("case", [RARITY_HOOK, READER_TIP, AUTHOR_NOTE], ids=lambda c: c.name)
def test_padding_is_no_point(case: Case) -> None:
    """A rarity hook, a tip to the reader and an author note are no key point; the news or thesis leads."""
    genre, points = brief_points(case)
    assert genre in case.genres, genre
    assert any(phrase in p for p in points[:2] for phrase in case.lead), points
    assert not any(phrase in p for p in points for phrase in case.banned), points
