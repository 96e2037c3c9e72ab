"""Sovereign states and their seats of government, for the actor lists (session 19 round 2; reader Audit 31).

News writes a state two ways: by its name ("Russia said") and by its capital used for its government ("Moscow
insists", "Beijing's actions"). A reader counts one actor, and never a person: Audit 31's press review showed
"China (person)" (the text's "Russia and China, who used their veto" matched the "X, who" cue of a person's name)
beside "Beijing (place)", and "Moscow (place)" beside "Russia".

The table holds most UN member states and the few others the news names as states, each with the city that seats
its government where the news writes that city for it ("Pretoria" for South Africa). A capital that is also a
surname or a US state ("Washington") is left out: folding it would join a person or a state of the union to a
country. Short forms the news uses are names of their own ("Britain", "Burma", "North Korea").

A capital stands for its government only where it is not the setting: "talks in Moscow", "flew to Beijing" and
"returned from Kabul" name the city (setting_mention), "Moscow insists" and "a veto by Moscow" the state.
"""

from __future__ import annotations

from newsbrief.models import Document, Entity, Token

__all__ = ["capital_country", "is_country", "setting_mention"]

# The state's name as news writes it -> its seat of government. Washington is left out (a surname and a US state
# before the capital of the United States); so are seats shared by name with common surnames or states.
_CAPITALS: dict[str, str] = {
    "Afghanistan": "Kabul", "Albania": "Tirana", "Algeria": "Algiers", "Angola": "Luanda",
    "Argentina": "Buenos Aires", "Armenia": "Yerevan", "Australia": "Canberra", "Austria": "Vienna",
    "Azerbaijan": "Baku", "Bahrain": "Manama", "Bangladesh": "Dhaka", "Belarus": "Minsk",
    "Belgium": "Brussels", "Bolivia": "La Paz", "Bosnia": "Sarajevo", "Botswana": "Gaborone",
    "Brazil": "Brasilia", "Bulgaria": "Sofia", "Burkina Faso": "Ouagadougou", "Burundi": "Bujumbura",
    "Cambodia": "Phnom Penh", "Cameroon": "Yaounde", "Canada": "Ottawa", "Chad": "N'Djamena",
    "Chile": "Santiago", "China": "Beijing", "Colombia": "Bogota", "Congo": "Kinshasa",
    "Costa Rica": "San Jose", "Croatia": "Zagreb", "Cuba": "Havana", "Cyprus": "Nicosia",
    "Czech Republic": "Prague", "Denmark": "Copenhagen", "Ecuador": "Quito", "Egypt": "Cairo",
    "El Salvador": "San Salvador", "Eritrea": "Asmara", "Estonia": "Tallinn", "Ethiopia": "Addis Ababa",
    "Finland": "Helsinki", "France": "Paris", "Georgia": "Tbilisi", "Germany": "Berlin",
    "Ghana": "Accra", "Greece": "Athens", "Guatemala": "Guatemala City", "Guinea": "Conakry",
    "Haiti": "Port-au-Prince", "Honduras": "Tegucigalpa", "Hungary": "Budapest", "Iceland": "Reykjavik",
    "India": "New Delhi", "Indonesia": "Jakarta", "Iran": "Tehran", "Iraq": "Baghdad",
    "Ireland": "Dublin", "Israel": "Jerusalem", "Italy": "Rome", "Ivory Coast": "Abidjan",
    "Jamaica": "Kingston", "Japan": "Tokyo", "Jordan": "Amman", "Kazakhstan": "Astana",
    "Kenya": "Nairobi", "Kosovo": "Pristina", "Kuwait": "Kuwait City", "Kyrgyzstan": "Bishkek",
    "Laos": "Vientiane", "Latvia": "Riga", "Lebanon": "Beirut", "Liberia": "Monrovia",
    "Libya": "Tripoli", "Lithuania": "Vilnius", "Luxembourg": "Luxembourg", "Madagascar": "Antananarivo",
    "Malawi": "Lilongwe", "Malaysia": "Kuala Lumpur", "Mali": "Bamako", "Malta": "Valletta",
    "Mauritania": "Nouakchott", "Mexico": "Mexico City", "Moldova": "Chisinau", "Mongolia": "Ulaanbaatar",
    "Montenegro": "Podgorica", "Morocco": "Rabat", "Mozambique": "Maputo", "Myanmar": "Naypyidaw",
    "Burma": "Naypyidaw", "Namibia": "Windhoek", "Nepal": "Kathmandu", "Netherlands": "Amsterdam",
    "New Zealand": "Wellington", "Nicaragua": "Managua", "Niger": "Niamey", "Nigeria": "Abuja",
    "North Korea": "Pyongyang", "North Macedonia": "Skopje", "Norway": "Oslo", "Oman": "Muscat",
    "Pakistan": "Islamabad", "Panama": "Panama City", "Paraguay": "Asuncion", "Peru": "Lima",
    "Philippines": "Manila", "Poland": "Warsaw", "Portugal": "Lisbon", "Qatar": "Doha",
    "Romania": "Bucharest", "Russia": "Moscow", "Rwanda": "Kigali", "Saudi Arabia": "Riyadh",
    "Senegal": "Dakar", "Serbia": "Belgrade", "Sierra Leone": "Freetown", "Singapore": "Singapore",
    "Slovakia": "Bratislava", "Slovenia": "Ljubljana", "Somalia": "Mogadishu", "South Africa": "Pretoria",
    "South Korea": "Seoul", "South Sudan": "Juba", "Spain": "Madrid", "Sri Lanka": "Colombo",
    "Sudan": "Khartoum", "Sweden": "Stockholm", "Switzerland": "Bern", "Syria": "Damascus",
    "Taiwan": "Taipei", "Tajikistan": "Dushanbe", "Tanzania": "Dodoma", "Thailand": "Bangkok",
    "Tunisia": "Tunis", "Turkey": "Ankara", "Turkmenistan": "Ashgabat", "Uganda": "Kampala",
    "Ukraine": "Kyiv", "United Arab Emirates": "Abu Dhabi", "United Kingdom": "London",
    "Uruguay": "Montevideo", "Uzbekistan": "Tashkent", "Venezuela": "Caracas", "Vietnam": "Hanoi",
    "Yemen": "Sanaa", "Zambia": "Lusaka", "Zimbabwe": "Harare",
    # States named without a seat the news writes for them.
    "United States": "", "Vatican": "", "Palestine": "", "Belize": "", "Fiji": "", "Benin": "", "Togo": "",
    "Gabon": "", "Lesotho": "", "Eswatini": "", "Bhutan": "", "Brunei": "", "Maldives": "", "Mauritius": "",
    "Seychelles": "", "Barbados": "", "Bahamas": "", "Grenada": "", "Dominican Republic": "", "Guyana": "",
    "Suriname": "", "Andorra": "", "Monaco": "", "Liechtenstein": "", "San Marino": "", "Samoa": "", "Tonga": "",
}
# Older and other spellings of capitals the news uses for the government ("Kiev", "Peking" in older reports).
_SPELLINGS = {"Kiev": "Ukraine", "Peking": "China", "Rangoon": "Myanmar", "Delhi": "India", "Bogotá": "Colombia",
              "Brasília": "Brazil", "Sana'a": "Yemen"}
# Short forms and older names news writes for states in the table (COUNTRY_ALIASES joins the US and UK forms).
_OTHER_NAMES = frozenset({"Britain", "Great Britain", "UK", "US", "U.S.", "USA", "America", "England", "Scotland",
                          "Wales", "Holland", "Persia", "DRC", "UAE", "Czechia", "Macedonia", "Bosnia and Herzegovina",
                          "Côte d'Ivoire", "East Timor", "Timor-Leste", "Cape Verde"})
_COUNTRIES = frozenset(_CAPITALS) | _OTHER_NAMES
# A capital that names its own state ("Singapore", "Luxembourg") seats no other actor.
_BY_CAPITAL = {capital: country for country, capital in _CAPITALS.items() if capital and capital != country}
_BY_CAPITAL.update(_SPELLINGS)


def is_country(name: str) -> bool:
    """Whether ``name`` (as the actor list writes it: "China", "the Netherlands") names a sovereign state."""
    bare = name[4:] if name.lower().startswith("the ") else name
    return bare in _COUNTRIES


def capital_country(name: str) -> str | None:
    """The state whose government sits in ``name`` ("Moscow" -> "Russia"), or None when ``name`` is no capital."""
    return _BY_CAPITAL.get(name)


# Words before a place that make it where something happens or goes, not who acts ("in Moscow", "to Beijing").
_SETTING_WORDS = frozenset("in at on near inside outside across throughout around into onto to from via toward towards "
                           "through within".split())
_DIRECTIONS = frozenset("central northern southern eastern western downtown greater".split())
# Nouns a city's name modifies as a place ("Moscow airport", "the Beijing office"): a setting, not the government.
# The city's own offices and people, also after a possessive ("Moscow's mayor", "Beijing residents"; session 19
# review: "Moscow's mayor, Sergei Sobyanin, said ..." joined Russia).
_PLACE_HEADS = frozenset("airport office offices streets street city suburb suburbs hotel hotels station "
                         "metro subway court courts university bureau region district mayor mayors residents "
                         "council councillors schools hospitals zoo marathon".split())
_POSSESSIVE = frozenset({"'s", "’s"})
# A city whose weather is measured ("Kyiv recorded 40 centimetres of snow", "Beijing saw its heaviest rain",
# "Moscow shivered"): the place, not its government (session 19 review). Verbs of measuring that take a weather
# object, and weather verbs that take none.
_MEASURING = frozenset("record register see receive get experience measure endure suffer have log".split())
_WEATHER_VERBS = frozenset("shiver swelter bake freeze sizzle roast".split())
# Not "storm", "wind" or "cold", which news uses of politics too ("Moscow endured a storm of criticism").
_WEATHER = frozenset("snow snowfall rain rainfall temperature temperatures degree degrees frost sunshine smog hail "
                     "flooding blizzard snowstorm heatwave drought gust gusts centimetre centimetres centimeter "
                     "centimeters millimetre millimetres millimeter millimeters inch inches celsius fahrenheit".split())


def setting_mention(doc: Document, mention: Entity) -> bool:
    """Whether ``mention`` of a city is a setting: the object of a place preposition ("talks in Moscow", "flew to
    Beijing", "in Hamburg and Berlin"), possibly after "the" or a direction ("in central Moscow"), or modifying a
    place noun ("the Moscow office", "Moscow's mayor")."""
    start, end = mention.token_start, mention.token_end
    head = doc.tokens[end - 1]
    while head.dep == "conj" and head.head != head.i:
        head = doc.tokens[head.head]  # "in Hamburg and Berlin": the preposition governs the first conjunct
    if head.dep == "pobj" and doc.tokens[head.head].text.lower() in _SETTING_WORDS:
        return True
    before = [t.text.lower() for t in doc.tokens[max(0, start - 3) : start]]
    while before and (before[-1] == "the" or before[-1] in _DIRECTIONS):
        before.pop()
    if before and before[-1] in _SETTING_WORDS:
        return True
    after = end + 1 if end < len(doc.tokens) and doc.tokens[end].text in _POSSESSIVE else end
    return (after < len(doc.tokens) and doc.tokens[after].text.lower() in _PLACE_HEADS) or _weather_subject(doc, head)


def _weather_subject(doc: Document, head: Token) -> bool:
    """Whether ``head`` is the subject of a weather verb ("Moscow shivered") or of a measuring verb whose object
    names the weather or a unit ("recorded 45 centimetres of snow"): its object's own words, at most a few."""
    if head.dep != "nsubj":
        return False
    verb = doc.tokens[head.head]
    if verb.lemma.lower() in _WEATHER_VERBS:
        return True
    if verb.lemma.lower() not in _MEASURING:
        return False
    objects = [t for t in doc.tokens[verb.i + 1 : min(verb.right + 1, verb.i + 12)]
               if t.head == verb.i and t.dep == "dobj"]
    return any(t.lemma.lower() in _WEATHER or t.text.lower() in _WEATHER
               for obj in objects for t in doc.tokens[obj.left : min(obj.right + 1, obj.left + 8)])
