"""One person written two ways: "Erik Näslund" and "Erik Naslund" in one article.

Pages paste captions and body text from different systems, so a name may lose its accents
in some mentions. A brief listing both reads as two people; they are one, under the form
the article uses most (the accented one on a tie, as written by someone who knew it).
Also the other ways one name is written: with or without middle initials ("James B. Comey"),
with an honorific before the surname ("Prof Etzioni"); and a typo's casing ("HIllary").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from briefing.lang.en.speech import SURNAME_HONORIFICS
from briefing.models import Person


def folded(name: str) -> str:
    """The name without accents, case-folded: "Näslund" and "Naslund" alike."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def merge_accent_variants(people: list[Person], mentions: list) -> tuple[list[Person], list]:
    """People whose names differ only in accents as one person (mentions and sentences
    added up, the surer confidence, the first role), and the mentions renamed to match."""
    groups: dict[str, list[Person]] = {}
    for person in people:
        groups.setdefault(folded(person.name), []).append(person)
    if all(len(group) == 1 for group in groups.values()):
        return people, mentions
    kept_name: dict[str, str] = {}
    merged: dict[str, Person] = {}
    for group in groups.values():
        main = max(group, key=lambda p: (p.mentions, p.name != folded(p.name)))
        merged[main.name] = replace(
            main,
            mentions=sum(p.mentions for p in group),
            sentences=sorted({s for p in group for s in p.sentences}),
            confidence=max(p.confidence for p in group),
            role=main.role or next((p.role for p in group if p.role), ""),
        )
        kept_name.update((p.name, main.name) for p in group)
    people = [merged[p.name] for p in people if p.name in merged]
    people.sort(key=lambda p: (-p.mentions, p.sentences[:1] or [0]))  # as the finder orders
    mentions = [replace(m, name=kept_name.get(m.name, m.name)) for m in mentions]
    return people, mentions


def same_name_written_longer(longer: str, shorter: str) -> bool:
    """ "Ahmed Omar" is "Ahmed Ali Omar"; "James Comey" is "James B. Comey" (initials aside,
    the same words), but "George H. W. Bush" is not "George W. Bush" (initials both names
    write must agree), nor "Donald J. Trump" "Donald Trump Jr." (a generation is a word)."""
    a, b = longer.split(), shorter.split()
    if len(a) > len(b) == 2 and (a[0], a[-1]) == (b[0], b[-1]):
        return True
    (core_a, initials_a), (core_b, initials_b) = _name_core(a), _name_core(b)
    if initials_a and initials_b and initials_a != initials_b:
        return False
    return len(core_b) >= 2 and core_a == core_b and a != b


def _name_core(words: list[str]) -> tuple[list[str], list[str]]:
    """The name's words without middle initials, and its initials."""
    initials = [w.rstrip(".") for w in words[1:-1] if len(w.rstrip(".")) == 1]
    return [w for w in words if len(w.rstrip(".")) > 1], initials


def without_honorific(name: str) -> str:
    """ "Prof Etzioni continues": the honorific is no given name; the surname alone then
    joins "Amitai Etzioni" as "Professor Etzioni" does."""
    words = name.split()
    if len(words) > 1 and words[0] in SURNAME_HONORIFICS:
        return " ".join(words[1:])
    return name


# A name word typed with its second letter held in capitals ("HIllary"): two capitals,
# then lower case. "McCain", "DeLay", "LaToya" put their inner capital later.
_HELD_SHIFT = re.compile(r"\b([A-Z])([A-Z])([a-z]{2,})\b")


def well_cased(people: list[Person], mentions: list, text: str) -> tuple[list[Person], list]:
    """A person found under a typo's casing ("HIllary Clinton") takes the name as the
    article writes it elsewhere ("Hillary Clinton"); with no such mention it stays."""
    renamed: dict[str, str] = {}
    for person in people:
        fixed = _HELD_SHIFT.sub(lambda m: m[1] + m[2].lower() + m[3], person.name)
        if fixed != person.name and re.search(rf"(?<![\w-]){re.escape(fixed)}(?![\w-])", text):
            renamed[person.name] = fixed
    if not renamed:
        return people, mentions
    taken = {p.name for p in people}
    renamed = {old: new for old, new in renamed.items() if new not in taken}
    people = [replace(p, name=renamed.get(p.name, p.name)) for p in people]
    mentions = [replace(m, name=renamed.get(m.name, m.name)) for m in mentions]
    return people, mentions


def _undoubled(word: str) -> str:
    return re.sub(r"(\w)\1", r"\1", word.lower())


def respelled_surname(name: str, people: list[Person], text: str) -> str:
    """The one person whose surname a lone surname after an honorific misspells by a
    doubled letter ("said Mr Barot" after "Jacques Barrot"), else ""."""
    if " " in name or len(name) < 4:
        return ""
    matches = {
        p.name for p in people
        if " " in p.name and p.name.split()[-1] != name
        and _undoubled(p.name.split()[-1]) == _undoubled(name)
    }
    if len(matches) != 1:
        return ""  # checked first: the text scan below runs only for a likely misspelling
    honorifics = "|".join(re.escape(h) for h in sorted(SURNAME_HONORIFICS))
    if not re.search(rf"(?<!\w)(?:{honorifics})\s+{re.escape(name)}\b", text):
        return ""  # "Labbot" alone may be someone else: only "Mr X" surely means one named
    return matches.pop()
