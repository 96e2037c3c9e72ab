"""Everyday job and life-stage words written before a name ("Cabbie Dave Sidaway", "Nurse Ruth Alder",
"Graduate Owen Price"): tabloid and local-news style glues them to the name, and the NER model takes them in.
They say what the person does, not who they are: not part of the name, and the role when the article gives
no other (Audit 35, CNN/DM row 97)."""

from __future__ import annotations

# Lower-case common nouns only, none of them a common given name or a surname that opens a name ("Baker",
# "Cook", "Carter", "Mason", "Porter", "Dean" and "Hunter" are left out; so are "Mother", "Father" and "Sister",
# which open religious names: "Mother Teresa").
JOB_NOUNS = frozenset(
    "cabbie cabby driver graduate student nurse teacher pensioner grandmother grandfather grandad granny "
    "mum dad plumber electrician builder labourer laborer farmer mechanic postman postwoman cleaner waitress "
    "waiter barmaid barman bartender shopkeeper schoolgirl schoolboy teenager pupil carer paramedic firefighter "
    "fireman policeman policewoman midwife hairdresser chef landlord landlady housewife retiree pensioner jogger "
    "dog-walker cyclist motorcyclist biker hiker climber fisherman trucker businessman businesswoman tycoon "
    "millionaire billionaire dentist surgeon vet receptionist accountant lecturer caretaker gardener doorman "
    "bouncer footballer cricketer golfer widow widower".split()
)
# A job word is cut only from a name that keeps a given name and a surname after it ("Cabbie Dave Sidaway"):
# "Nurse Jackie" (a show's title role) or "Driver Jones" are too short to tell.
MIN_JOB_NAME_WORDS = 3


def without_job_word(words: list[str]) -> list[str]:
    """The name's words without a capitalised job word before them (module docstring)."""
    if len(words) >= MIN_JOB_NAME_WORDS and words[0][:1].isupper() and words[0].lower() in JOB_NOUNS:
        return words[1:]
    return words
