"""Products and platforms the NER model types as people or bodies: they are never actors or speakers.

Reader Audit 24 (docs/audit.md 25.3 and 25.4 items 1 and 4) read a technology column in which "App Store" was
typed as a person and took the analyst's words ("... is a non-issue," App Store ...), "[App's] 42 million
prediction" repaired the analyst's "His", and "iPhone" and "Apple Watch" were shown as organisations. A product
is a thing: it makes no statement, and a pronoun never means it. The evidence is the name's own form:

- an Apple-style name, a lower-case "i" before a capital ("iPhone", "iPad", "iTunes", "iOS");
- a platform or product line everyone knows by one name ("Android", "Xbox", "PlayStation", "App Store");
- a technology maker's name followed by one of its product nouns ("Apple Watch", "Google Glass", "Samsung
  Galaxy", "Amazon Echo"); the maker alone ("Apple", "Google") and its units ("Google Research", "Sony
  Pictures", "Samsung Electronics") stay organisations, because their nouns are not product nouns.

Such names get the label ``PRODUCT``, which no stage takes as an actor or a speaker. The lists are short on
purpose: a name that is also a person's ("Alexa", "Siri") is left to the model.
"""

from __future__ import annotations

import re

from newsbrief.models import Document, Entity
from newsbrief.nlp.non_persons import name_key, relabelled

__all__ = ["is_product_name", "relabel_products"]

# "iPhone", "iPad", "iPod", "iTunes", "iCloud", "iMac", "iOS", "macOS", "watchOS", "tvOS": the maker's spelling,
# which no person's or body's name shares.
_APPLE_STYLE = re.compile(r"^(?:i[A-Z][A-Za-z]*|(?:mac|watch|tv|iPad)OS)(?: \w+)?$")
# Platforms, stores and product lines known by one name (none is a person's name or a company's own name:
# "YouTube" and "BlackBerry" are left out, as companies that make statements).
_PLATFORMS = frozenset(
    """
    Android Xbox PlayStation Kindle Chromebook MacBook Walkman Windows Gmail
    """.split()
)
_STORES = frozenset({"App Store", "Play Store", "Google Play", "Windows Store", "Mac App Store", "Chrome Web Store"})
# Technology makers and the nouns of their products that follow the maker's name as one name ("Apple Watch").
# "Music", "Pictures", "Electronics", "Research" and the like are left out: "Sony Music" is a company that speaks.
_MAKERS = frozenset("Apple Google Samsung Amazon Microsoft Sony Nintendo Huawei Fitbit Garmin Nokia Motorola".split())
_PRODUCT_WORDS = frozenset(
    """
    Watch Watches TV Pay Glass Maps Echo Pixel Galaxy Switch Surface Kindle Fire Nexus Chromecast Home Lens Wallet
    Vision Band Gear Lumia Note Tab Phone Phones Tablet Glasses Earbuds AirPods Pencil Drive Docs Photos Translate
    """.split()
)
# A product name takes at most a model word or number after its head ("iPhone 6", "Galaxy S5", "Apple Watch Sport").
_MAX_WORDS = 3


def is_product_name(name: str) -> bool:
    """True for a product's or platform's name ("iPhone", "App Store", "Apple Watch", "Samsung Galaxy S5")."""
    name = name_key(name)
    words = name.split()
    if not words or len(words) > _MAX_WORDS:
        return False
    if _APPLE_STYLE.match(name) or name in _STORES or (len(words) == 1 and name in _PLATFORMS):
        return True
    return len(words) >= 2 and words[0] in _MAKERS and words[1] in _PRODUCT_WORDS


def relabel_products(doc: Document) -> Document:
    """``doc`` with products and platforms the model typed as people, bodies or places labelled ``PRODUCT``."""

    def label_of(entity: Entity) -> str | None:
        if entity.label in ("PERSON", "ORG", "GPE", "NORP", "FAC") and is_product_name(entity.text):
            return "PRODUCT"
        return None

    if not any(label_of(e) for e in doc.entities):
        return doc
    return relabelled(doc, label_of)
