"""Places and organisations: gazetteer look-ups, keywords, acronyms, sides and datelines.

``find_places_and_organizations`` reads every capitalised run the person rules left
unclaimed; the article's own organisation evidence (``org_evidence``) comes first, then
the lists (``briefing/lang/``), then a body's keyword ("Ministry of Defence"), then an
acronym. ``briefing.facts.entities.find_entities`` calls it after the people.
"""

from __future__ import annotations

import bisect
import re

from briefing.facts.ampersand_names import ampersand_end, ampersand_rule
from briefing.facts.body_doubts import repetition_doubted
from briefing.facts.name_parts import initials_before_surname
from briefing.facts.org_evidence import lower_words, spelled_out
from briefing.facts.org_joins import (
    merge_name_variants,
    merge_same_bodies,
    over_ampersand,
    past_modifier,
    split_at_and,
)
from briefing.facts.place_inside import (
    fold_bare_names_into_named_cities,
    hold_back_places_inside_names,
)
from briefing.facts.sport_sides import club_around, nickname_plural, sports_report, team_context
from briefing.facts.tokens import (
    Token,
    is_dateline,
    is_form_label,
    joined,
    opens_sentence,
    past_role_of,
    past_stop_caps,
    titled,
    words_of,
)
from briefing.lang.en.events import (
    EVENT_NAME_ENDS,
)
from briefing.lang.en.lexicon import (
    COMPETITION_KEYWORDS,
    CONNECTORS,
    CORPORATE_DESIGNATORS,
    CUE_VERB_PATTERN,
    FIRM_KEYWORDS,
    MONTHS,
    NAME_BEFORE_PLACE,
    NOT_ORG_ACRONYMS,
    ORG_EDITIONS,
    ORG_KEYWORDS,
    PLACE_DIRECTIONS,
    PLACE_EVENT_WORDS,
    PLACE_PREPOSITIONS,
    SPORT_NAMES,
    SPORT_VENUE_KEYWORDS,
    STOP_CAPS,
    VENUE_WORDS,
    WEEKDAYS,
)
from briefing.lang.en.name_context import BODY_UNIT_WORDS, PARTY_OCCASIONS, TECHNOLOGY_NOUNS
from briefing.lang.gazetteer import demonyms, organizations, places, role_phrases, us_states
from briefing.models import Document, Entity


def _firm_word_inside(tokens: list[Token], i: int, k: int, j: int) -> bool:
    """Is the firm's keyword at k inside a longer name, not the end of the first of two
    ("Dalton Partners and Corvin Securities")? It opens the name or an "of" part ("Office
    of Management and Budget"), or another body's keyword ends the name after "and" ("US
    Securities and Exchange Commission")."""
    if k == i or tokens[k - 1].text in ("of", "for", "The"):
        return True
    return any(tokens[m].text in ORG_KEYWORDS and tokens[m].text not in FIRM_KEYWORDS
               for m in range(k + 2, j))


def _org_keyword_end(tokens: list[Token], i: int, j: int) -> int | None:
    """If the run [i, j) holds an organisation keyword, the end of the organisation name."""
    keyword_at = None
    for k in range(i, j):
        if tokens[k].text == "and" and keyword_at is not None:
            if tokens[keyword_at + 1].text not in ("of", "for", "on"):
                return keyword_at + 1  # "the Commission and the Ministry of X" are two names
            break  # "Department for Education and Skills": the "for Y" part reads on below
        if tokens[k].text in FIRM_KEYWORDS and k + 1 < j and tokens[k + 1].text == "and" and (
            _firm_word_inside(tokens, i, k, j)
        ):
            continue  # "Office of Management and Budget", "Securities and Exchange ..."
        if tokens[k].text in FIRM_KEYWORDS and k > i and k + 1 < j and keyword_at is None:
            if tokens[k + 1].text in ("of", "for", "on"):
                return k + 1  # "Edison Research for the Associated Press": two bodies
        # A keyword alone ("Council") is a name only when "of Y" follows it.
        alone_ok = k + 1 < j and tokens[k + 1].text in ("of", "for", "on")
        # "West Bank" is a place: the keyword ends a gazetteer name.
        place = k > i and words_of(tokens, k - 1, k + 1) in places()
        if tokens[k].text in ORG_KEYWORDS and (k > i or alone_ok) and not place:
            keyword_at = k
    if keyword_at is None:
        return None
    end = keyword_at + 1
    # "Ministry of Defence", "Bank of England": keep the "of Y" part, but not a day or
    # month ("the Scottish Parliament on Wednesday").
    if end + 1 < j and tokens[end].text in ("of", "for", "on") and not _is_time_word(
        tokens[end + 1].text
    ):
        end += 1
        of_start = end
        while end < j and not (
            tokens[end].text == "and" and end + 1 < j and tokens[end + 1].text == "the"
        ):
            if _is_time_word(tokens[end].text):
                break
            if end > of_start and tokens[end].text in STOP_CAPS:
                break  # a caption run on: "the Court of Appeal Mr X", "... Studies This"
            end += 1
    return end


def _spelled_out_end(text: str, tokens: list[Token], start: int, end: int) -> int | None:
    """ "Organisation for Security and Cooperation in Europe (OSCE)": a body's name runs on
    over "in"/"at" and capitalised words when the acronym in brackets after them spells
    the whole name; the end of the name then (else None)."""
    m = end
    if m + 1 >= len(tokens) or tokens[m].text not in ("in", "at"):
        return None
    m += 1
    while m < len(tokens) and tokens[m].capitalised and joined(text, tokens[m - 1], tokens[m]):
        m += 1
    if m == end + 1 or m >= len(tokens):
        return None
    gap = text[tokens[m - 1].end : tokens[m].start]
    initials = "".join(t.text[0] for t in tokens[start:m] if t.capitalised)
    spelled = gap.strip() == "(" and tokens[m].text == initials and len(initials) >= 3
    return m if spelled else None


def _name_reads_on(tokens: list[Token], end: int, j: int) -> bool:
    """The run goes on past a keyword with a capitalised word that is no role, title,
    function word, people, place, acronym or plural (the body's members: "British Army
    Gurkhas"): the keyword is inside a longer name, which no rule reads whole ("World
    Community Grid", "New York Daily News", "the Norwich Union Grand Prix")."""
    if end >= j or tokens[end - 1].possessive:
        return False
    word = tokens[end].text
    return (
        tokens[end].capitalised
        and word not in STOP_CAPS
        and word not in CONNECTORS
        and word.lower() not in role_phrases()
        and not _is_time_word(word)
        and word not in demonyms()
        and word not in places()
        and not word.isupper()
        and "-" not in word  # "Conservative Party Co-Chairman"
        and not nickname_plural(word)
        and word not in BODY_UNIT_WORDS  # "Air Cargo Newsroom"
    )


def _is_time_word(word: str) -> bool:
    return word in WEEKDAYS or word in MONTHS


def _org_name_start(tokens: list[Token], start: int, end: int) -> int:
    """ "Trading on the Norrvik Stock Exchange": the name starts after the last connector
    before its first keyword. An "and" between two capitalised words that no list knows
    is inside a body's name ("Securities and Exchange Commission", "Food and Drug
    Administration"); after a known name, or before a company's designator ("Google and
    Apple Inc"), it joins two names."""
    first = next((m for m in range(start, end) if tokens[m].text in ORG_KEYWORDS), end)
    body = first < end and tokens[first].text not in CORPORATE_DESIGNATORS
    for m in range(first - 1, start - 1, -1):
        if tokens[m].text in CONNECTORS and tokens[m].text.islower():
            if body and _and_inside_name(tokens, m, start, first):
                continue
            return m + 1
    return start


def _and_inside_name(tokens: list[Token], m: int, start: int, first: int) -> bool:
    if tokens[m].text != "and" or m == start or m + 1 >= first + 1:
        return False
    before = tokens[m - 1].text
    if not before[:1].isupper() or before in STOP_CAPS or tokens[m - 1].possessive:
        return False
    known = words_of(tokens, m - 1, m) in places() or words_of(tokens, m - 1, m) in organizations()
    after = tokens[m + 1].text
    return not known and after[:1].isupper() and after not in STOP_CAPS


def find_places_and_organizations(
    text: str,
    tokens: list[Token],
    runs: list[tuple[int, int]],
    claimed: list[tuple[int, int]],
    doc: Document,
    spans: list[tuple[int, int, str, str]] | None = None,
    bodies: dict[str, tuple[str, str]] | None = None,
    rule_confidence: dict[str, float] | None = None,
) -> tuple[list[Entity], list[Entity]]:
    """(places, organisations) of the runs; every mention is appended to ``spans``."""
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
            confidence = (rule_confidence or {}).get(f"{kind}:{rule}", 0.5)
            found[(kind, name)] = Entity(name, kind, 1, rule, [sentence], confidence)
            return
        entity.mentions += 1
        if sentence not in entity.sentences:
            entity.sentences.append(sentence)

    gazetteer, orgs = places(), organizations()
    # "ISSUE" is a word when "issue" is; ``\b[a-z]{2,}\b`` read from the words the body
    # rules read before (one scan of the text fewer, 0.06 ms an article in bench_facts)
    lowered = frozenset(word for word in lower_words(text) if len(word) > 1)
    # Sport's hyphenated words count whole ("half-time", "semi-final"): SPORT_WORDS has them
    sports = sports_report(text, lowered | _hyphenated(text), doc.article.title)
    consumed_to = -1  # a body's name read on past its run ("... in Europe (OSCE)")
    placed: set[int] = set()  # mentions the text itself makes places ("in Leeds", datelines)
    placed_to = 0  # where the last of them ends
    for i, j in runs:
        k = i
        while k < j:
            token = tokens[k]
            if token.text in CONNECTORS or is_claimed(token) or token.start < consumed_to:
                k += 1
                continue
            if k == i and is_dateline(text, tokens, i, j):
                name = titled(words_of(tokens, i, j))
                name, rule = gazetteer.get(name, (name, "dateline"))
                add(name, "place", rule, token.start, tokens[j - 1].end)
                placed.add(token.start)
                k = j
                continue
            joint = ampersand_end(text, tokens, k, j)
            if joint and not any(is_claimed(t) for t in tokens[k:joint]):
                end_token = tokens[joint - 1]  # "Johnson & Johnson", "Marks & Spencer"
                rule = ampersand_rule(text, tokens, k, j, joint)
                add(text[token.start : end_token.end], "organization", rule,
                    token.start, end_token.end)  # fmt: skip
                consumed_to = max(consumed_to, end_token.end)
                k = j
                continue
            size, hit = _lookup(tokens, k, j, gazetteer, orgs, bodies=bodies or {})
            if hit and hit[1] == "organization" and size == 1 and initials_before_surname(
                text, tokens, k, j
            ):
                hit = None  # "AP McCoy ... McCoy's": a person's initials, not the agency
            if hit and _followed_by_event_word(tokens, k + size, j):
                hit = None  # "Labour Day", "Independence Day"
            if hit and hit[1] == "place" and _keyword_after(tokens, k + size, j):
                hit = None  # "New York Stock Exchange", "U.S. Treasury": the body, not the place
            if not hit and token.text.isupper() and len(token.text) > 2:
                size, hit = _lookup(tokens, k, j, gazetteer, orgs, titled=True)  # "LONDON"
                if hit and size == 1 and spelled_out(token.text, text):
                    hit = None  # "Institute of Contemporary Arts (ICA)" is no town Ica
                if hit and _followed_by_event_word(tokens, k + size, j):
                    hit = None  # "HONG KONG OPEN"
            if hit and hit[1] == "place" and k > i and tokens[k - 1].text in NAME_BEFORE_PLACE:
                add(words_of(tokens, k - 1, k + size), "organization", "org-keyword",
                    tokens[k - 1].start, tokens[k + size - 1].end)  # fmt: skip
                k += size  # "Air Astana", "Force India", "Team GB": an airline, a team
                continue
            if hit and hit[1] == "place" and hit[2] != "list:countries":
                club = club_around(tokens, k, k + size, i, j)
                if club:  # "Norwich City", "Real Madrid": a club named for its town
                    first, last = club
                    add(words_of(tokens, first, last), "organization", "club",
                        tokens[first].start, tokens[last - 1].end)  # fmt: skip
                    k = last
                    continue
                # A town in a sports report with nothing saying it is the place is a
                # side ("narrow successes for Wasps and Bristol"); national sides and
                # states keep their name.
                # "in Tel Aviv, Chicago and Athens": a town listed after a placed one
                listed = _LIST_GAP.fullmatch(text, placed_to, token.start) is not None
                lone_town = (
                    sports
                    and (hit[2] == "list:cities" or hit[0] in us_states())
                    and not _place_cue(text, tokens, k, i)
                    and not listed
                )
                if lone_town or team_context(text, tokens, k, k + size, sports):
                    hit = (words_of(tokens, k, k + size), "organization", "team")
                elif listed or (_place_cue(text, tokens, k, i) and _placing(tokens, k, size)):
                    placed.add(token.start)
                    placed_to = tokens[k + size - 1].end
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
                if kind == "organization":
                    longer = _org_keyword_end(tokens, k, j)
                    if longer and longer > k + size and tokens[k + size].capitalised:
                        # "Senate Judiciary Committee", "BBC World Service": the listed
                        # name opens a longer one
                        name, size, rule = words_of(tokens, k, longer), longer - k, "org-keyword"
                competition = sports and name.split()[-1] in COMPETITION_KEYWORDS
                sponsor = kind == "organization" and _opens_an_event_name(tokens, k + size, j)
                if sponsor:
                    k = j  # "Shell Houston Open": an event's name, no body in the story
                    continue
                if not (kind == "organization" and competition):
                    add(name, kind, rule, token.start, tokens[k + size - 1].end)
                k += size  # "Barclays Premier League" in a sports report is a competition
                continue
            org_end = _org_keyword_end(tokens, k, j)
            if org_end:
                named = past_role_of(tokens, past_stop_caps(tokens, k, org_end), org_end)
                start = past_modifier(tokens, _org_name_start(tokens, named, org_end), org_end)
                start = over_ampersand(text, tokens, start) if start == i else start
                start, org_end = split_at_and(text, tokens, start, org_end)
                if sports and tokens[org_end - 1].text in COMPETITION_KEYWORDS:
                    pass  # "the American League", "World Group I": a competition
                elif _name_reads_on(tokens, org_end, j):
                    pass  # "the World Community Grid", "the New York Daily News": longer
                elif tokens[org_end - 1].text == "Party" and org_end - 2 >= start and (
                    tokens[org_end - 2].text in PARTY_OCCASIONS
                ):
                    pass  # "the Serpentine Gallery Summer Party": a gathering, no body
                elif org_end - 2 == k and tokens[k + 1].text == "Union" and (
                    tokens[k].text.lower() in SPORT_NAMES
                ):
                    pass  # "Rugby Union": the game, not a body ("Welsh Rugby Union")
                elif _TECHNOLOGY_AFTER.match(text, tokens[org_end - 1].end):
                    pass  # "Intelligent Network (IN) products": a technology, no body
                elif start < org_end:
                    last = _spelled_out_end(text, tokens, start, org_end) if org_end == j else None
                    end_token = tokens[(last or org_end) - 1]
                    venue = sports and end_token.text in SPORT_VENUE_KEYWORDS
                    add(
                        text[tokens[start].start : end_token.end],
                        "organization",
                        "venue" if venue else "org-keyword",  # "the Staples Center"
                        tokens[start].start,
                        end_token.end,
                    )
                    consumed_to = max(consumed_to, end_token.end)
                k = org_end
                continue
            if (
                _is_acronym(text, tokens, k, i, j)
                and not _shouting(text, token.start)
                and not is_form_label(text, token)
                and token.text.lower() not in lowered
            ):
                add(token.text, "organization", "acronym", token.start, token.end)
            k += 1
    orgs_found = [
        _by_repetition(e, sports, text, spans, lowered)
        for e in found.values()
        if e.kind == "organization"
    ]
    orgs_found = merge_same_bodies(orgs_found, spans)  # "Labour" and "the Labour Party"
    orgs_found = merge_name_variants(orgs_found, spans)  # "Tories" and "Conservatives"
    # A town the article names as a side ("Liverpool beat Chelsea") is the side each time:
    # a sports story does not also report the city.
    # Only a mention the text itself places ("in Leeds", the dateline) stays the town.
    sides = {e.name for e in orgs_found if e.rule == "team"}
    for n, (start, end, kind, name) in enumerate(spans):
        if kind == "place" and name in sides and start not in placed:
            spans[n] = (start, end, "organization", name)
    places_found = [
        _placed_only(e, spans, doc) if e.name in sides else e
        for e in found.values()
        if e.kind == "place"
    ]
    places_found = [e for e in places_found if e.mentions]
    places_found = hold_back_places_inside_names(places_found, spans, text)  # "Cuba Street"
    places_found = fold_bare_names_into_named_cities(places_found)
    for group in (places_found, orgs_found):
        group.sort(key=lambda e: (-e.mentions, e.sentences[0]))
    return places_found, orgs_found


# A body named in two or more sentences by an acronym, a body noun, an apposition or its
# shares is shown (NASA, WeWork as the story's subject): held-back organisations so named
# were right 21 of 22 times on CoNLL-2003 dev news (even half; odd, not tuned on: 16 of 17),
# once-named ones 36 of 55. In sports reports repeated acronyms were right 5 of 9.
REPEATED_ORG_CONFIDENCE = 0.95
_REPEATABLE_RULES = frozenset("acronym org-noun org-apposition org-shares club".split())


def _by_repetition(
    entity: Entity,
    sports: bool,
    text: str,
    spans: list[tuple[int, int, str, str]],
    lowered: frozenset[str],
) -> Entity:
    repeated = len(set(entity.sentences)) >= 2 and entity.rule in _REPEATABLE_RULES
    if entity.rule == "club":
        repeated = repeated and sports  # "Utah County", "Sydney Heads" outside sport
    if entity.rule in ("org-noun", "org-shares"):
        # "Cell", "Stuff", "Anti-virus": a word the article also writes in lower case
        words = re.split(r"[\s-]", entity.name.lower())
        repeated = repeated and not any(word in lowered for word in words) and not all(
            word in demonyms() for word in entity.name.split())  # "Iraqi Kurdish", "Nazi"
    if entity.rule == "acronym":
        # "PC", "DVD", "RSS" recur in technology stories too: a body also speaks or acts
        # as one ("NASA said", "according to the SEC").
        repeated = repeated and not sports and _speaks(entity.name, text, spans)
    if repeated and entity.rule != "club" and repetition_doubted(entity.name, text):
        repeated = False  # "Hollywood newspaper", "Muslims", "the Cell processor"
    if repeated:
        entity.confidence = max(entity.confidence, REPEATED_ORG_CONFIDENCE)
    return entity


_SPEAKS_AFTER = re.compile(rf"\s+(?:{CUE_VERB_PATTERN})\b")
_SPEAKS_BEFORE = re.compile(r"(?:according to|spokes(?:wo)?man for|statement from)\s+(?:the\s+)?$")


def _speaks(name: str, text: str, spans: list[tuple[int, int, str, str]]) -> bool:
    return any(
        _SPEAKS_AFTER.match(text, end) or _SPEAKS_BEFORE.search(text[max(0, start - 30) : start])
        for start, end, kind, found in spans
        if kind == "organization" and found == name
    )


def _placed_only(entity: Entity, spans: list[tuple[int, int, str, str]], doc: Document) -> Entity:
    """A town that is also a side, with only the mentions that still read as the place."""
    starts = [s for s, _e, kind, name in spans if kind == "place" and name == entity.name]
    entity.mentions = len(starts)
    entity.sentences = sorted({doc.sentence_at(s) for s in starts})
    return entity


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
        # A listed body keeps its list's rule where the article's wording only repeats
        # the name ("the Taliban" beside "Taliban spokesman" is no less the Taliban).
        if bodies and words in bodies and not (words in orgs and bodies[words][0] == words):
            full, rule = bodies[words]
            return size, (full, "organization", rule)
        if words in orgs:
            return size, (orgs[words], "organization", "list:organizations")
        if words in gazetteer:
            name, rule = gazetteer[words]
            return size, (name, "place", rule)
    return 1, None


def _followed_by_event_word(tokens: list[Token], k: int, j: int) -> bool:
    """ "Labour Day", "Hong Kong Open", "MILWAUKEE OPEN": the name is the event's."""
    return k < j and titled(tokens[k].text) in PLACE_EVENT_WORDS


def _opens_an_event_name(tokens: list[Token], after: int, run_end: int) -> bool:
    """The capitalised run goes on, within three words, to an event's last word."""
    return any(tokens[n].text in EVENT_NAME_ENDS for n in range(after, min(run_end, after + 3)))


def _hyphenated(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\b[a-z]+(?:-[a-z]+)+\b", text))


_TECHNOLOGY_AFTER = re.compile(
    rf"(?:\s+\([A-Z]{{2,6}}\))?\s+(?:{'|'.join(sorted(TECHNOLOGY_NOUNS))})\b"
)

def _placing(tokens: list[Token], k: int, size: int) -> bool:
    """A place cue that holds even for a town the article also names as a side: "in
    Turin", "near Leeds"; not "took over at Liverpool" (the club), "in Barcelona's win"
    or a list of opponents ("against Rangers, Leicester and Preston")."""
    q = _past_direction(tokens, k)
    before = tokens[q - 1].text.lower() if q > 0 else ""
    return before in _PLACING and not tokens[k + size - 1].possessive


def _past_direction(tokens: list[Token], k: int) -> int:
    """ "in west Belfast", "in North London": the place cue comes before the direction."""
    if k > 1 and tokens[k - 1].text.capitalize() in _DIRECTIONS:
        return k - 1
    return k


_DIRECTIONS = PLACE_DIRECTIONS - {"County"}


_PLACING = frozenset(p.lower() for p in PLACE_PREPOSITIONS) - {"at"}
_LIST_GAP = re.compile(r",\s*|\s+and\s+|,\s+and\s+")


_COMMA_GAP = re.compile(r"(?:['’]s)?,\s+$")  # "(at Lord's, London)", "The Oval,\nLondon"


def _place_cue(text: str, tokens: list[Token], k: int, i: int) -> bool:
    """ "in Milwaukee", "near Leeds", "Headingley, Leeds", a dateline: the place itself."""
    q = _past_direction(tokens, k)
    if q > 0 and tokens[q - 1].text in PLACE_PREPOSITIONS and q - 1 >= min(i, q) - 1:
        return joined(text, tokens[q - 1], tokens[q]) or q - 1 < i
    if k == i and k > 0 and _COMMA_GAP.match(text[tokens[k - 1].end : tokens[k].start]):
        # "(at Headingley, Leeds)", "Cleveland, Ohio"; not "Nevertheless, Liverpool were"
        before = tokens[k - 1]
        return before.capitalised and (
            not opens_sentence(text, before) or titled(before.text) in places()
        )
    line_start = text.rfind("\n", 0, tokens[k].start) + 1
    return k == i and line_start == tokens[k].start and is_dateline(
        text, tokens, k, _run_end(tokens, k, text)
    )


def _run_end(tokens: list[Token], k: int, text: str) -> int:
    end = k + 1
    while end < len(tokens) and joined(text, tokens[end - 1], tokens[end]):
        end += 1
    return end


def _keyword_after(tokens: list[Token], k: int, j: int) -> bool:
    """Capitalised words after a place run on to an organisation keyword or a venue."""
    for m in range(k, min(j, k + 3)):
        word = tokens[m].text
        if word in FIRM_KEYWORDS:
            continue  # "US Securities and Exchange Commission", "head of UK Equities"
        if word in ORG_KEYWORDS or word in VENUE_WORDS:
            return True
        if not tokens[m].capitalised or word in CONNECTORS or tokens[m].possessive:
            return False
    return False


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
