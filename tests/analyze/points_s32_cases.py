"""Articles written for the set-up key points of reader Audit 48 (docs/audit.md 49.2, 49.3; issue #11, session 32).

Each case: text, title, the genres accepted, phrases of which one must be in the first two key points, and phrases
no key point may contain. All articles are written for these tests.
"""

from __future__ import annotations

from tests.analyze.points_cases import Case

EXPERTS = Case("experts_roundup", """\
The government in Valdoria is under growing pressure after a week of air strikes on its bases.

But questions are being asked about what happens once the strikes stop and who would run the country.

The Courier spoke to several experts about the likely endgame. Here is what they said.

Professor Anna Reyes, a historian of the region at Linmouth University, said the war was likely to drag on for \
months and could leave the country divided between east and west.

"The president will not step down. He believes he can outlast his enemies, and the army is still loyal to him," \
Reyes said.

Marco Tell, an analyst at the Harbour Institute, said the rebels lacked the weapons to take the capital and would \
depend on foreign help for a long time.

"Valdoria could have a great future, but only if its leaders agree to share the oil money," Tell said.
""", ("analysis", "roundup", "news", "feature", "opinion", "qa"),
    ("likely to drag on for months", "lacked the weapons to take the capital"),
    ("uestions are being asked", "spoke to several experts"),
    title="What is the endgame in Valdoria?")

QA_CRACKDOWN = Case("qa_crackdown", """\
Protests against the government of Tarsia began in March in the southern town of Belka and have since spread to \
most of the country's cities.

What prompted the protests?

In his first months in office, the president promised on television to reform the economy and loosen the grip of \
the security services.

But many Tarsians say the promised reforms never came. Unemployment among the young is high, and corruption is \
widespread.

The arrest of fifteen schoolboys who had painted slogans on a wall in Belka sparked the first demonstrations.

How has the government responded?

The government sent tanks into at least nine towns, and snipers fired on crowds from rooftops. Human rights groups \
say about 1,100 people have been killed and more than 10,000 detained since March.

The authorities have cut telephone lines in several towns and barred foreign journalists from the country.

The government says it is fighting armed gangs backed from abroad.

What has the world done?

The Northern Union has imposed sanctions on the president and twelve of his officials. Two members of the security \
council have blocked a resolution condemning the crackdown.
""", ("qa", "explainer", "news", "feature", "analysis"),
    ("sent tanks into at least nine towns", "about 1,100 people have been killed"),
    ("promised on television",),
    title="Q&A: Tarsia's protests")

HOAX = Case("hoax_decision", """\
Obesity among adults in the country has nearly doubled over the last two decades and is now the leading public \
health issue. With more than half of adults overweight, BurgerTown has decided to become part of the solution.

According to reports, beginning March 1, 2027, BurgerTown will no longer serve customers who weigh more than 130 \
kilograms. Limits for children will vary with their age and height.

The chain is running campaigns to shake off its "junk food" image.

So how will they know what you weigh? Will they just ask you?

They are putting scales in front of every till. You must stand on them when ordering or you will not be served.

For drive-thru customers the rule may be harder to enforce. However, if a customer looks like they exceed the limit, \
they will be refused service at the drive-thru window.
""", ("news", "feature", "opinion"), ("will no longer serve customers",), ("drive-thru",),
    title="BurgerTown will stop serving overweight customers from March 1")

SIRENS = Case("sirens_lede", """\
Sirens were heard across the capital of Orlan late on Tuesday as people ran for shelter.

Three rockets struck the compound of the country's leader, destroying a library and an office building, a government \
spokesman said on Wednesday.

The spokesman said two guards were wounded but that the leader was unharmed and had not been in the compound.

The alliance, which has carried out air strikes on the country for two months, said it had hit a command centre.

Rebels in the eastern city of Kerat said they had taken control of the city's airport after weeks of fighting.
""", ("news",), ("Three rockets struck the compound",), ("Sirens were heard",), title=None)

HOAX_CLOSE = Case("hoax_closing_rule", """\
With more than half of adults overweight, BurgerTown has decided to become part of the solution.

The chain is running campaigns to shake off its "junk food" image.

So how will they know what you weigh? Will they just ask you?

They are putting scales in front of every till. You must stand on them when ordering or you will not be served.

For drive-thru customers the rule may be harder to enforce. However, if a customer looks like they exceed the limit, \
they will be refused service at the drive-thru window.
""", ("news", "feature", "opinion"), ("has decided to become part of the solution",), ("drive-thru",),
    title="BurgerTown will stop serving overweight customers")

OPEN_QUESTION = Case("open_question", """\
The ruling party in Ostria has lost its majority in parliament for the first time in thirty years.

But questions are being asked about who will now lead the country and how long any coalition could last.

The two largest opposition parties agreed on Monday night to form a coalition government, with the centrist leader \
Ana Ruiz as prime minister.

The new government is expected to be sworn in next week, and its first task will be to pass the delayed budget.

Ruiz said her priority would be to bring down food prices.
""", ("news", "analysis", "feature"), ("agreed on Monday night to form a coalition",), ("uestions are being asked",))

RECORDING = Case("recording", """\
A recording that appears to capture the moment a police officer shot a teenager in the town of Fenwick has been \
handed to investigators, a lawyer for the family said on Tuesday.

In the recording, a quick series of shots can be heard, followed by a pause and then another burst of shots.

The lawyer said the pause showed the officer had time to stop firing.

The police department said it could not comment while the investigation was under way.
""", ("news",), ("shots can be heard",))
