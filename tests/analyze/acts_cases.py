"""Articles written for the session 27 (points2) key-point cases (reader Audit 42, 43.3-43.5): a report whose
lede sets the scene before the news act, a debunk item's verdict told in the outlet's "we", and padding lines a
reader deletes (a venue's ring-side seat, a writer's "as I have said", a "this time there's no X" aside, a feed
"echoing that caution"). Same shape as points_cases.Case; the near misses are straight reports that must not change.
"""

from __future__ import annotations

from tests.analyze.points_cases import Case

NEWS = ("news", "feature", "analysis")

FIRST_CALL = Case("first_call", """\
Like most European leaders, Norway's prime minister Ingrid Solberg is still weighing how best to respond to the \
unrest in Veldania.

But she is now the first European leader to openly say President Marek Toval should resign and hand power to a \
caretaker government.

Her blunt remarks, together with the bloc's decision to freeze trade talks, mark a shift in the region's approach \
to Veldania.

Speaking in a radio interview during a visit to Berlin, the prime minister said if Mr Toval cared for "the future \
of his people, he would go".

She still described Mr Toval as a man who "once wanted change."

The United Nations says the unrest has cost 900 lives since the spring.

There has been no official response from the Veldanian capital.

A spokesman for the Veldanian embassy in Paris said the president answered only to his own voters.
""", NEWS, ("first European leader",))

NOW_CALLS = Case("now_calls", """\
Like many of his neighbours, Ghana's finance minister Kofi Mensah is still struggling to decide how to answer the \
debt crisis in the region.

Now he has become the first minister in West Africa to call publicly for a freeze on all new borrowing.

His comments come a week after the regional bank warned that three countries could default within a year.

Mr Mensah told a conference in Accra that "borrowing our way out has never worked".

Officials in Lagos and Abidjan declined to comment on the proposal.

The regional bank will meet next month to review its lending rules.
""", NEWS, ("first minister in West Africa",))

# A place name the tagger may read as a person ("Jordan's King ...") must not leave the turn's "he" unrepaired.
PLACE_NAMED = Case("place_named", """\
Like most Arab rulers, Jordan's King Hamad is still grappling with how best to respond to the \
growing crisis in Veldania.

But he is now the first Arab leader to openly say President Marek Toval should step down.

His frank remarks, coupled with the bloc's suspension of Veldania, are a turning point in the region's approach.

Speaking in a television interview in Paris, the king said Mr Toval "would serve his country best by leaving".

There has been no official response from the Veldanian capital.
""", NEWS, ("[Hamad] is now the first",))

# Near miss: the lede tells the news act itself; the "But" line after it is a detail.
LEDE_CALLS = Case("lede_calls", """\
Norway's prime minister called on Tuesday for President Marek Toval of Veldania to resign, the first European \
leader to do so.

But she said Norway would keep its embassy in the Veldanian capital open for now.

Her remarks, made during a visit to Berlin, follow weeks of protests in which the United Nations says 900 people \
have died.

A spokesman for the Veldanian embassy in Paris said the president answered only to his own voters.

The European bloc froze trade talks with Veldania last week.
""", ("news",), ("called on Tuesday",))

# Near miss: a lede telling a continuing search is the news; the "But" line is its turn.
STILL_SEARCHING = Case("still_searching", """\
Rescuers are still searching the rubble of a collapsed school in Dorvik, two days after the earthquake that killed \
at least 40 people.

But hopes of finding more survivors are now fading, officials said on Thursday.

Teams from three countries have joined the search, working through the night under floodlights.

The regional governor said the school had passed a safety inspection only last year.
""", ("news",), ("Rescuers are still searching",))

DEBUNK_WE = Case("debunk_we", """\
On Monday, a photo spread across social media claiming that Crunchwell, the cereal maker, was about to launch the \
most indulgent breakfast bar ever sold. Specifically, a maple bacon breakfast bar:

Sadly for breakfast fans, the photo is a fake, as Snack Daily found out when we contacted Crunchwell.

"We have seen the pictures going around," Crunchwell said in a statement. "This one is not ours, but we admire the \
creativity."

Wow!

While the bars are not real, the buzz around them suggests the cereal industry might want to try bolder flavours.
""", NEWS, ("is a fake",), ("Specifically, a maple",))

DEBUNK_OUTLET = Case("debunk_outlet", """\
Last week, word began to spread online that Pepperell, the maker of the country's favourite crisps, was about to \
sell the strangest flavour it had ever tried. Namely, a chocolate and pickle crisp:

Bad news for adventurous snackers: the packet is a fake, as MTV News found out when we reached out to Pepperell.

"We know people are saying we made a chocolate and pickle crisp," Pepperell said in a statement. "We can't take \
credit for this one."

Yikes!

Still, the fuss about the fake packet suggests the crisp makers might want to try some stranger flavours.
""", NEWS, ("is a fake",), ("Namely, a chocolate",))

# Near miss: an outlet's "we" in a straight report with no verdict; the lede stays first.
OUTLET_WE = Case("outlet_we", """\
Crunchwell will close its cereal plant in Marston next spring, with the loss of 300 jobs, the company said on Monday.

The plant's closure was confirmed to Snack Daily when we contacted the company's head office.

Crunchwell said production would move to its larger site in Dunford, which opened in 2019.

Union officials said they would meet the company next week to discuss redundancy terms.
""", ("news",), ("will close its cereal plant",))

RINGSIDE = Case("ringside", """\
Efforts to agree a common line on the trade war between Arlen and Pesca have collapsed in bitter recriminations.

The refusal by Arlen to sign the joint statement at the summit has opened a deep rift between Arlen and its allies.

The annual Lisbon Economic Forum in Portugal has provided a front-row seat as this diplomatic quarrel played out.

Arlen is, as I have said, Pesca's biggest customer and that is that.

Several delegates said privately that the rift could last for months.

Pesca's trade minister said his country would seek new markets in Asia.

Arlen's envoy accused Pesca of dumping steel and said the tariffs would stay.

The forum closes on Sunday with a debate on the future of world trade.
""", ("news", "analysis", "feature"), ("collapsed in bitter recriminations", "deep rift"),
    ("front-row seat", "as I have said"))

NO_STARS = Case("no_stars", """\
Five of the country's best-known singers have recorded a charity single for the flood appeal this week at the \
Harbour Studios in Leeds.

The song, a cover of a 1980s hit, will be released on Friday, with all proceeds going to the flood relief fund.

Sadly this time there's no rock legend and no choir of pop stars squeezed together round one microphone.

Each singer came in alone to record a verse, and the producer stitched the parts together overnight.

The studio and its engineers gave their time for free, the producer said.
""", ("news", "feature"), ("charity single",), ("Sadly this time",))

ECHOING = Case("echoing", """\
A small asteroid passed within 30,000 kilometres of Earth on Sunday, as astronomers had predicted.

Reports that a fragment had struck a field near Kerava airport spread quickly on social media.

Space agency scientists, though, doubt that the crater near the airport was caused by anything from space.

On Monday, the agency's own news feed was echoing that caution.

A local geologist said the hole was more likely an old well that had collapsed.

The airport said flights had not been affected.
""", ("news",), ("asteroid passed", "doubt that the crater"), ("echoing that caution",))

# Near miss: "there is no evidence" is a finding, and a short line after a doubt tells news of its own.
NO_EVIDENCE = Case("no_evidence", """\
Police investigating the fire at a warehouse in Hull say there is no evidence that it was started deliberately.

The blaze destroyed stock worth about two million pounds on Saturday night.

Firefighters spent nine hours bringing it under control, and nobody was hurt.

The owner said the business would reopen at a temporary site next month.
""", ("news",), ("no evidence",))

CASES = (FIRST_CALL, NOW_CALLS, PLACE_NAMED, LEDE_CALLS, STILL_SEARCHING, DEBUNK_WE, DEBUNK_OUTLET, OUTLET_WE, RINGSIDE, NO_STARS, ECHOING,
         NO_EVIDENCE)
