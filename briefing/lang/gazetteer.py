"""Name lists (gazetteers) and their loaders: places, organisations, demonyms, role
words and given names.

The lists are plain text files in ``en/data/`` (one entry a line, ``#`` comments,
``key<TAB>value`` where a value is needed), read once and lazily; countries come from
pycountry (with the US states). ``en/data/build_cities.py`` rebuilds the city list and
``en/data/build_given_names.py`` the world given names.
"""

from __future__ import annotations

import functools
from pathlib import Path

DATA = Path(__file__).parent / "en" / "data"


def _data_lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@functools.cache
def us_states() -> frozenset[str]:
    """The US states' names (pycountry): in a sports report a state is a side ("give
    Minnesota a 4-2 lead"), where a nation ("England", "Scotland") keeps its name."""
    import pycountry

    return frozenset(
        state.name for state in pycountry.subdivisions.get(country_code="US")
        if state.type == "State"
    )


@functools.cache
def places() -> dict[str, tuple[str, str]]:
    """Surface form -> (canonical name, list that knows it)."""
    import pycountry

    found: dict[str, tuple[str, str]] = {}
    stop = set(_data_lines("cities_stop.txt"))
    rows = [line.split("\t") for line in _data_lines("cities.tsv")]
    # Smallest first, so the bigger city keeps a shared name ("St. Petersburg", Russia).
    for name, _country, _people in sorted(rows, key=lambda row: int(row[2])):
        if name in stop:
            continue
        found[name] = (name, "list:cities")
        if name.startswith(("Saint ", "St. ", "St ")):
            rest = name.split(" ", 1)[1]
            for form in (f"Saint {rest}", f"St {rest}", f"St. {rest}"):
                found[form] = (f"St {rest}", "list:cities")
    for name in _data_lines("regions.txt"):
        found[name.strip()] = (name.strip(), "list:regions")
    # The US states, so "New Jersey" and "New Mexico" are read whole, not as the island of
    # Jersey or the country Mexico; a name already listed keeps its reading ("New York",
    # "Washington" the cities, Georgia the country below).
    for state in pycountry.subdivisions.get(country_code="US"):
        if state.type == "State":
            found.setdefault(state.name, (state.name, "list:regions"))
    for country in pycountry.countries:
        canonical = getattr(country, "common_name", None) or country.name
        for form in (country.name, canonical, getattr(country, "official_name", None)):
            if form and "," not in form:
                found[form] = (canonical, "list:countries")
    for line in _data_lines("place_aliases.tsv"):
        alias, canonical = line.split("\t")
        kind = found.get(canonical, (canonical, "list:countries"))[1]
        found[alias] = (canonical, kind)
    return found


def _pairs(name: str) -> dict[str, str]:
    """A data file of "key<TAB>value" lines as a dict (a missing value stays empty)."""
    found = {}
    for line in _data_lines(name):
        key, _, value = line.partition("\t")
        found[key.strip()] = value.strip()
    return found


@functools.cache
def organizations() -> dict[str, str]:
    """Surface form -> canonical organisation name (the form itself when none is given)."""
    return {name: canonical or name for name, canonical in _pairs("organizations.txt").items()}


@functools.cache
def demonyms() -> dict[str, str]:
    return _pairs("demonyms.tsv")


@functools.cache
def role_phrases() -> frozenset[str]:
    return frozenset(line.strip().lower() for line in _data_lines("role_words.txt"))


@functools.cache
def first_names() -> frozenset[str]:
    return frozenset(word for line in _data_lines("first_names.txt") for word in line.split())


@functools.cache
def world_given_names() -> dict[str, str]:
    """Given name -> "m", "f" or "" for the names of Faker's locales that the US Census
    lists lack ("Martyn", "Jaap", "Arsene"); ``en/data/build_given_names.py`` builds it."""
    return dict(line.split("\t") for line in _data_lines("given_names_world.tsv"))
