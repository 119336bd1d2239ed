"""Rebuild ``given_names_world.tsv`` from the Faker package's person providers (build time only).

Usage: ``pip install faker && apt-get install wbritish wamerican`` then, from the repo root,
``python briefing/lang/en/data/build_given_names.py [-v]`` (``-v`` lists what was dropped).
Faker, the word lists and ``../shared/corpora`` are needed here only, never at run time.

Data: the first-name lists (``first_names_male``/``first_names_female``, else
``first_names``) of every locale under ``faker/providers/person/`` -- Faker, MIT licence,
https://github.com/joke2k/faker. The US Census lists the run time already has (the
``names`` package) know American names; these add British, Irish, Welsh, European, African
and Asian ones ("Martyn", "Gareth", "Graeme", "Wim", "Kostas", "Akshay"). Faker's lists are
far from complete (no "Jaap", "Arjen", "Lleyton", "Arsene", "Rhodri").

Kept: names of one word in Latin script, ASCII-folded as the cities are ("Aurélien" and
"Aurelien" both); Cyrillic and Greek names transliterated, Japanese ones romanized.
Left out: names the run time already knows (census or ``first_names.txt``), and every name
that is something else in English text first -- a place, an organisation, a demonym, a
month or weekday, a role word, a listed stop word, ``NOT_GIVEN_NAMES`` or NOT_NAMES; a
dictionary word; a word the shared corpora (BBC, CNN/DM, PolNeAR, Zyte) write in lower case
MAX_LOWERCASE times ("Hope", "Said") or capitalised but rarely before a surname ("Palin",
"Zika"); a common census surname ("Smith", "Campbell").
Gender is "m" or "f" when the name is only ever on that side of Faker's male/female lists.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

OUT = Path(__file__).with_name("given_names_world.tsv")
ROOT = Path(__file__).resolve().parents[4]
CORPORA = ROOT.parent / "shared" / "corpora"
# A new given name written in lower case this often in the shared corpora (about 2,200
# articles) is an everyday word first; 1 keeps foreign names that a stray lower-case
# token or URL carries once, 2 already drops "Said", "Hope", "Long", "Bat" (read off the
# dropped list).
MAX_LOWERCASE = 2
# Locales whose given name follows the surname in English text ("Hu Jintao", "Kim Jong-il",
# "Nguyen Tan Dung"): their given names never open a name, so they would only add noise.
SURNAME_FIRST_LOCALES = ("zh_", "ko_", "vi_", "hu_")
# Faker's generic "en" list is recent US baby names ("Ember", "Kale", "Braxton", "Smith"):
# the census already knows the American names news carries, so it would add mostly risk.
SKIPPED_LOCALES = ("en",)
# A new name that is a census surname held by at least 1 in 10,000 Americans ("Smith",
# "Robinson", "Campbell", "Moreno" sit in some locales' lists) is a surname first; a rarer
# surname must be a given name in two or more locales ("Wilhelm" yes, "Greco" no).
SURNAME_SHARE = 0.01
# Dictionary words (Debian wbritish/wamerican) that are foreign given names before they are
# English words: kept although the dictionary lists them in lower case.
FOREIGN_NOT_WORDS = frozenset(
    "Dieter Serge Mads Mats Sander Dries Florin Silvan Marten Rune Pier Sven".split()
)
# Capitalised words of news that Faker lists as given names but that name a people, a
# language, a brand or a thing first ("Nazi", "Latin", "Brit", "Viking", "Fifa", "Siri").
NOT_NAMES = frozenset(
    """Nazi Nazis Latin Latino Latina Brit Brits Philippine Viking Vikings Fifa Uefa Alfa
    Apollo Magna Uno Siri Macs Sr Jr Tri Taj Zika Oscar Emmy Grammy Bafta Tory Tories Celt
    Celtic Gaelic Saxon Norman Roman Romans Dane Danes Finn Finns Swede Swedes Turk Turks
    Slav Slavs Arab Arabs Moor Kurd Kurds Inca Aztec Maya Zulu Xhosa Hindu Sikh Jain Sunni
    Shia Druze Amish Mormon Baptist Quaker Jedi Sith Lego Nike Adidas Puma Fiat Lada Skoda
    Kia Audi Opel Volvo Saab Nokia Sony Xbox Wii""".split()
)
# A name the shared corpora write capitalised at least FOLLOW_MIN_SEEN times but before
# another capitalised word (a surname) under FOLLOW_SHARE of the time is read there as
# something else: a surname ("Palin", "Erdogan", "Rosberg"), a virus ("Zika", "Cabir"),
# a word ("Nazi"). Tuned on the corpora's most frequent new names (read off the list).
FOLLOW_MIN_SEEN = 3
FOLLOW_SHARE = 0.34
DICTIONARIES = ("/usr/share/dict/british-english", "/usr/share/dict/american-english")
_LATIN = re.compile(r"[A-Z][a-z'\-]*[a-z]")


def plain(name: str) -> str:
    """ASCII-fold a name ("Arsène" -> "Arsene") so both spellings can match."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def latin_word(name: str) -> bool:
    """One capitalised word of Latin letters (accents allowed), no spaces or initials."""
    return bool(_LATIN.fullmatch(plain(name))) and all(
        not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in name
    )


# Cyrillic and Greek lists are transliterated the way English papers spell the names
# ("Марат" -> "Marat", "Дмитрий" -> "Dmitriy", "Dmitry", "Dmitri"; "Κώστας" -> "Kostas").
_CYRILLIC = dict(zip(
    "абвгдежзийклмнопрстуфхцчшщъыьэюяёєіїґ",
    "a b v g d e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya yo ye i yi g"
    .split(),
    strict=True,
))
_UKRAINIAN = {"г": "h", "и": "y"}
_BULGARIAN = {"ъ": "a", "щ": "sht"}
_CYRILLIC_ENDINGS = {"ий": ("iy", "y", "i"), "ей": ("ey", "ei"), "ай": ("ay", "ai")}
_GREEK_PAIRS = {"ου": "ou", "αυ": "av", "ευ": "ev", "μπ": "mp", "ντ": "nt", "γκ": "gk", "γγ": "ng"}
_GREEK = dict(zip(
    "αβγδεζηθικλμνξοπρσςτυφχψω",
    "a v g d e z i th i k l m n x o p r s s t y f ch ps o".split(),
    strict=True,
))


def cyrillic_forms(name: str, locale: str) -> list[str]:
    letters = {**_CYRILLIC, **(_UKRAINIAN if locale.startswith("uk") else {}),
               **(_BULGARIAN if locale.startswith("bg") else {})}
    low = name.lower()
    stem, endings = low, ("",)
    for ending, spellings in _CYRILLIC_ENDINGS.items():
        if low.endswith(ending):
            stem, endings = low[: -len(ending)], spellings
    if any(ch not in letters for ch in stem):
        return []
    latin = "".join(letters[ch].strip("-") for ch in stem)
    return [(latin + ending).capitalize() for ending in endings]


def greek_form(name: str) -> str:
    low = unicodedata.normalize("NFD", name.lower())
    low = "".join(ch for ch in low if not unicodedata.combining(ch))
    for pair, latin in _GREEK_PAIRS.items():
        low = low.replace(pair, latin)
    if any(ch not in _GREEK and not ch.isascii() for ch in low):
        return ""
    return "".join(_GREEK.get(ch, ch) for ch in low).capitalize()


def latin_forms(name: str, locale: str) -> list[str]:
    """The Latin-script spellings of one of Faker's names (none for other scripts)."""
    name = name.strip()
    if latin_word(name):
        return [name]
    if locale.startswith(("ru_", "uk_", "bg_")):
        return [form for form in cyrillic_forms(name, locale) if latin_word(form)]
    if locale.startswith("el_"):
        form = greek_form(name)
        return [form] if form and latin_word(form) else []
    return []


def locale_lists(provider: object, locale: str) -> list[tuple[str, str]]:
    """(attribute, side) pairs to read. "first_names" is most often the male and female
    lists joined: read it only where a locale has no gendered lists, so that it cannot
    hide a name's gender; Japanese names are read in their romanized lists."""
    if locale.startswith("ja_"):
        return [("first_romanized_names_male", "m"), ("first_romanized_names_female", "f")]
    lists = [("first_names_male", "m"), ("first_names_female", "f")]
    if not any(getattr(provider, attribute, None) for attribute, _ in lists):
        lists = [("first_names", "")]
    return lists


def faker_names() -> dict[str, dict[str, set[str]]]:
    """Name -> locale -> the sides ("m", "f", "") of that locale's lists that hold it."""
    import faker.providers.person as person
    from faker import Generator

    found: dict[str, dict[str, set[str]]] = {}
    for module in pkgutil.iter_modules(person.__path__):
        locale = module.name
        if locale.startswith(SURNAME_FIRST_LOCALES) or locale in SKIPPED_LOCALES:
            continue
        provider = importlib.import_module(f"{person.__name__}.{locale}").Provider(Generator())
        for attribute, side in locale_lists(provider, locale):
            for name in getattr(provider, attribute, None) or ():
                for form in latin_forms(name, locale):
                    found.setdefault(form, {}).setdefault(locale, set()).add(side)
    return found


def dictionary_words() -> set[str]:
    """Lower-case entries of the system word lists (empty when none is installed)."""
    found: set[str] = set()
    for path in map(Path, DICTIONARIES):
        if path.exists():
            found |= {w for w in path.read_text(encoding="utf-8").split() if w.islower()}
    if not found:
        sys.exit("no word list: apt-get install wbritish wamerican")
    return found


def corpus_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8", errors="replace")
             for p in sorted((CORPORA / "bbc-news-summary-even/articles").glob("*/*.txt"))]
    for line in (CORPORA / "cnndm-frank-250/pairs.jsonl").read_text().splitlines():
        texts.append(json.loads(line)["article"])
    for line in (CORPORA / "polnear-train/gold.jsonl").read_text().splitlines():
        texts.append(json.loads(line)["text"])
    truth = json.loads((CORPORA / "zyte-extraction-dev/ground-truth.json").read_text())
    rows = truth.values() if isinstance(truth, dict) else truth
    texts.extend(row.get("articleBody") or "" for row in rows)
    return texts


_CAPITALISED_THEN = re.compile(
    r"\b([A-Z][^\W\d_]+)\b(\s+(?:[A-Z]|(?:al|el|bin|ibn|de|da|di|du|van|von|le|la)[\s-]))?"
)


def corpus_counts() -> tuple[Counter[str], Counter[str], Counter[str]]:
    """How often each word is written in lower case, capitalised, and capitalised before
    another capitalised word or a particle (as a given name is before a surname: "Ronan
    O'Gara", "Osama bin Laden") in the shared corpora."""
    lowered: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    before_capital: Counter[str] = Counter()
    for text in corpus_texts():
        lowered.update(w for w in re.findall(r"[^\W\d_]+", text) if w.islower())
        for match in _CAPITALISED_THEN.finditer(text):
            capitalised[match.group(1)] += 1
            before_capital[match.group(1)] += bool(match.group(2))
    return lowered, capitalised, before_capital


def known_words() -> set[str]:
    """Words briefing/lang already reads as something other than a new given name."""
    sys.path.insert(0, str(ROOT))
    from briefing.lang.en import lexicon, speech
    from briefing.lang.gazetteer import demonyms, first_names, organizations, places, role_phrases

    known = set(speech.census_first_names()) | first_names() | speech.NOT_GIVEN_NAMES
    known |= set(places()) | set(organizations()) | set(demonyms())
    known |= set(lexicon.MONTHS) | set(lexicon.MONTH_ABBREVIATIONS) | set(lexicon.WEEKDAYS)
    known |= {w.capitalize() for w in lexicon.STOP_CAPS | lexicon.FUNCTION_WORDS}
    known |= set(lexicon.STOP_CAPS) | set(lexicon.ORG_KEYWORDS) | set(speech.COMPANY_WORDS)
    known |= {phrase.capitalize() for phrase in role_phrases() if " " not in phrase}
    return known


def surname_first(name: str, locales: int, shares: dict[str, float]) -> bool:
    share = shares.get(name, 0.0)
    return share >= SURNAME_SHARE or (share >= 0.001 and locales < 2)


def refusal(form: str, locales: int, checks: dict) -> str:
    """Why a new name is left out ("" when it is kept)."""
    if form in checks["known"]:
        return "known"
    if form in NOT_NAMES:
        return "not a name"
    seen = checks["capitalised"][form]
    if seen >= FOLLOW_MIN_SEEN and checks["before_capital"][form] < FOLLOW_SHARE * seen:
        return "rarely before a surname"
    if checks["lowered"][form.lower()] >= MAX_LOWERCASE:
        return "lower-case word"
    if form.lower() in checks["dictionary"] and form not in FOREIGN_NOT_WORDS:
        return "dictionary word"
    if surname_first(form, locales, checks["shares"]):
        return "surname"
    return ""


def main() -> None:
    from briefing.lang.en.speech import _census_rows

    found = faker_names()
    lowered, capitalised, before_capital = corpus_counts()
    checks = {
        "known": known_words(), "lowered": lowered,
        "capitalised": capitalised, "before_capital": before_capital,
        "dictionary": dictionary_words(), "shares": dict(_census_rows("dist.all.last")),
    }
    rows: dict[str, tuple[set[str], set[str]]] = {}  # form -> (locales, sides)
    for name, locales in found.items():
        for form in dict.fromkeys((name, plain(name))):
            where, sides = rows.setdefault(form, (set(), set()))
            where.update(locales)
            sides.update(*locales.values())
    dropped: dict[str, list[str]] = {}
    lines = [
        "# name\tgender  (Faker person providers, MIT; see build_given_names.py): given names"
        " the census list lacks, minus places and everyday words"
    ]
    for form, (locales, sides) in sorted(rows.items()):
        why = refusal(form, len(locales), checks)
        if why:
            dropped.setdefault(why, []).append(form)
            continue
        gender = "m" if sides == {"m"} else "f" if sides == {"f"} else ""
        lines.append(f"{form}\t{gender}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 1} names to {OUT}")
    for why, forms in dropped.items():
        listed = ": " + " ".join(forms) if "-v" in sys.argv else ""
        print(f"dropped {len(forms)} as {why}{listed}")


if __name__ == "__main__":
    main()
