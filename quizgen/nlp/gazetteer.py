"""World knowledge from NLTK's corpora: first names, gazetteers and WordNet, looked up and cached."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from nltk.corpus import gazetteers, names
from nltk.corpus import wordnet as wn
from nltk.corpus import words as word_list

__all__ = [
    "Known",
    "common_words",
    "first_names",
    "gazetteer_place",
    "gloss",
    "nationalities",
    "wordnet_kind",
    "wordnet_places",
]

# WordNet synsets whose (instance) hypernym closure decides an entity's kind, most specific first.
_PLACE_SUBTYPES = (
    ("national_capital.n.01", "city"),
    ("city.n.01", "city"),
    ("town.n.01", "city"),
    ("country.n.02", "country"),
    ("american_state.n.01", "state"),
    ("state.n.01", "state"),
    ("island.n.01", "island"),
    ("body_of_water.n.01", "water"),
    ("continent.n.01", "continent"),
    ("celestial_body.n.01", "celestial"),
    ("geographical_area.n.01", "region"),
    ("region.n.03", "region"),
    ("location.n.01", "region"),
)


@dataclass(frozen=True)
class Known:
    """What a knowledge source says a name is."""

    kind: str  # PERSON, ORGANIZATION or PLACE
    subtype: str


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """English first names (NLTK `names`), for telling people from other capitalised words."""
    return frozenset(names.words("male.txt")) | frozenset(names.words("female.txt"))


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Lower-case English words (NLTK `words`), for telling a capitalised common word from a name."""
    return frozenset(w for w in word_list.words() if w.islower())


@lru_cache(maxsize=1)
def nationalities() -> frozenset[str]:
    """'Russian', 'Chinese', ... from the gazetteers."""
    return frozenset(gazetteers.words("nationalities.txt"))


@lru_cache(maxsize=1)
def _gazetteer_places() -> dict[str, str]:
    places: dict[str, str] = {}
    for fileid, subtype in (
        ("uscities.txt", "city"),
        ("caprovinces.txt", "state"),
        ("mexstates.txt", "state"),
        ("usstates.txt", "state"),
        ("countries.txt", "country"),
    ):
        for word in gazetteers.words(fileid):
            places[word] = subtype
    return places


def gazetteer_place(name: str) -> Known | None:
    """A country, US state or city listed in NLTK's gazetteers."""
    subtype = _gazetteer_places().get(name)
    return Known("PLACE", subtype) if subtype else None


@lru_cache(maxsize=4096)
def wordnet_kind(name: str) -> Known | None:
    """Type a proper name by its WordNet instance hypernyms (Kharkov -> city, NASA -> organization)."""
    for synset in wn.synsets(name.replace(" ", "_"), pos=wn.NOUN):
        if not any(lemma.name()[:1].isupper() for lemma in synset.lemmas()):
            continue
        closure = _closure(synset)
        if "person.n.01" in closure:
            return Known("PERSON", "person")
        for marker, subtype in _PLACE_SUBTYPES:
            if marker in closure:
                return Known("PLACE", subtype)
        if "organization.n.01" in closure or "social_group.n.01" in closure:
            return Known("ORGANIZATION", "organization")
    return None


def _closure(synset) -> set[str]:
    found: set[str] = set()
    for path in synset.hypernym_paths():
        found.update(s.name() for s in path)
    return found


@lru_cache(maxsize=256)
def wordnet_places(subtype: str, near: str) -> tuple[str, ...]:
    """WordNet places of this subtype whose gloss mentions `near` ('China'): plausible same-kind options."""
    markers = [m for m, s in _PLACE_SUBTYPES if s == subtype and m != "location.n.01"]
    found: set[str] = set()
    for marker in markers[:2]:
        for synset in wn.synset(marker).closure(lambda s: s.hyponyms() + s.instance_hyponyms()):
            if synset.instance_hypernyms() and near and near in synset.definition():
                found.add(synset.lemmas()[0].name().replace("_", " "))
    return tuple(sorted(found))


@lru_cache(maxsize=8192)
def gloss(name: str) -> str:
    """WordNet's definitions of a proper name, joined (empty when WordNet does not know it)."""
    return " ".join(s.definition() for s in wn.synsets(name.replace(" ", "_"), pos=wn.NOUN)[:3])
