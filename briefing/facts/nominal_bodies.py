"""Definite descriptions of bodies resolved to the body the article named: "the ministry
said" -> "Ministry of Defence", "the firm said" -> the one company named before. The
phrase is kept as the quote's ``speaker_text``; with two candidates it stays literal."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from briefing.lang.en import speech as words
from briefing.lang.gazetteer import demonyms, places

if TYPE_CHECKING:
    from briefing.facts.entities import EntityIndex
    from briefing.facts.pronouns import Pronouns

# "the company said" with several companies named: the one named at least 3 times and
# twice as often as any other (BBC business files 056+, read unlabelled: the story's firm).
LEAD_MENTIONS = 3
LEAD_RATIO = 2
# "the ministry", "the committee": a body named by the head noun of its own name
_DEFINITE_BODY = re.compile(
    rf"^the\s+(?:{'|'.join(sorted(words.BODY_HEAD_NOUNS))})$", re.IGNORECASE
)
_COMPANY = re.compile(rf"^the\s+(?:{'|'.join(sorted(words.COMPANY_NOUNS))})$", re.IGNORECASE)
# "a spokesman said" with no body named: the body's voice heard just before ("Scotland
# Yard said ... '...,' said the spokesman").
_BARE_SPOKES = re.compile(
    rf"^(?:a|an|the)\s+(?:company\s+)?(?:{'|'.join(sorted(words.SPOKES_NOUNS))})$", re.IGNORECASE
)


# How far back a bare "a spokesman said" looks for the body heard speaking (characters).
SPOKES_REACH = 400


def spoken_for(voices: list[tuple[int, str]], bodies: set[str], offset: int) -> str:
    """The body a bare "a spokesman" speaks for: the last voice before ``offset`` (voices
    sorted), past any such spokesman's own, when it is a body ("Scotland Yard said ... A
    spokesman said ... '...,' said the spokesman")."""
    k = bisect.bisect_left(voices, (offset, "")) - 1
    while k >= 0 and offset - voices[k][0] <= SPOKES_REACH:
        if not _BARE_SPOKES.match(voices[k][1]):
            return voices[k][1] if voices[k][1] in bodies else ""
        k -= 1
    return ""


def spokesperson_of_voice(phrase: str, voice: str) -> tuple[str, str]:
    """(body, how) for a bare "a spokesman" when the last voice heard was a body."""
    if voice and not describes_a_body(voice) and _BARE_SPOKES.match(phrase):
        return voice, f"{phrase.lower()} -> the body heard last"
    return "", ""


_DESCRIPTION = re.compile(
    rf"\b[Tt]he\s+(?:{'|'.join(sorted(words.COMPANY_NOUNS | words.BODY_HEAD_NOUNS))})\b"
)


def described_since(pronouns: Pronouns, body: str, offset: int) -> bool:
    """Is a body described ("the club", "the firm") between the last voice of ``body`` and
    ``offset`` in words that do not name ``body``? Then a later "it" may mean that one."""
    heard = [at for at, name in pronouns.voices if name == body and at < offset]
    if not heard:
        return False
    for match in _DESCRIPTION.finditer(pronouns.unquoted, heard[-1], offset):
        phrase = match.group()
        named, _ = named_body(phrase, match.start(), pronouns.index, pronouns.text,
                              pronouns.unquoted, body)
        if named != body:
            return True
    return False


def describes_a_body(phrase: str) -> bool:
    """ "the club", "the firm", "the ministry": words for a body, not a person."""
    phrase = without_origin(phrase)
    return bool(_COMPANY.match(phrase) or _DEFINITE_BODY.match(phrase))


def without_origin(phrase: str) -> str:
    """ "The Canada-based company" -> "the company", "the Japanese firm" -> "the firm": a
    word for where a body is from describes the one named, not another one."""
    tokens = phrase.split()
    if len(tokens) == 3 and tokens[0].lower() == "the" and (
        re.fullmatch(r"[A-Za-z]+-based", tokens[1]) or tokens[1] in demonyms()
    ):
        return f"the {tokens[2]}"
    return phrase


def named_body(
    phrase: str, offset: int, index: EntityIndex, text: str, unquoted: str, voice: str = ""
) -> tuple[str, str]:
    """(body, how) for a definite description at ``offset``; ("", "") when none fits.

    ``unquoted`` is ``text`` with quotations blanked: a body named inside a quote is no
    antecedent. ``voice`` is the body heard speaking last: of several companies named,
    "the company said" goes on the one the story is about when it is that voice."""
    written, phrase = phrase, without_origin(phrase)
    before = [
        (start, name) for start, _, kind, name in index.spans
        if kind == "organization" and start < offset and unquoted[start] == text[start]
        and name not in written  # "Canada-based", read as a name inside the phrase itself
    ]
    if _DEFINITE_BODY.match(phrase):
        head = phrase.split()[-1].lower()
        found = [(start, name) for start, name in before if start >= offset - 2000
                 and head in name.lower().split() and len(name.split()) > 1]
        if len({name for _, name in found}) == 1:
            return found[-1][1], f"{phrase.lower()} -> the body so named"
    elif _COMPANY.match(phrase):
        companies = {
            name for start, name in before if start >= offset - 1500
            and not (words.BODY_HEAD_NOUNS | words.PUBLIC_BODY_HEADS) & set(name.lower().split())
            and name not in places()
        }
        if len(companies) == 1:
            return companies.pop(), f"{phrase.lower()} -> the one company named"
        # Several: the one the story is about, when it is also the body heard speaking
        # last ("Rival club X has pleaded with fans ... the club said" stays literal, and
        # so does a platform named often that never spoke: "took to Twitter").
        lead = _leading(companies, index)
        if lead and voice == lead:
            return lead, f"{phrase.lower()} -> the company the article is about"
    return "", ""


def _leading(companies: set[str], index: EntityIndex) -> str:
    """The company named far more often than the others (at least LEAD_MENTIONS times and
    LEAD_RATIO times the next): the one a business story is about."""
    counts = sorted(((e.mentions, e.name) for e in index.organizations if e.name in companies),
                    reverse=True)
    if not counts or counts[0][0] < LEAD_MENTIONS:
        return ""
    runner_up = counts[1][0] if len(counts) > 1 else 0
    return counts[0][1] if counts[0][0] >= LEAD_RATIO * runner_up else ""


def document_author(before: str, noun: str, is_body: Callable[[str], bool]) -> str:
    """ "the report said" -> the body ``before`` (the unquoted text up to the cue) named as
    its author: "a report by the National Audit Office", "the OECD's report", "the NAO
    report"; "" if none (the latest naming wins)."""
    name = r"(?:the\s+)?([A-Z][\w&'’\-]*(?:\s+(?:of|for|and|on|[A-Z][\w&'’\-]*))*)"
    patterns = (
        rf"\b{noun}\s+(?:\w+\s+){{0,2}}?(?:by|from)\s+{name}",
        rf"{name}['’]s?\s+(?:\w+\s+)?{noun}\b",
        rf"\bthe\s+([A-Z][A-Za-z&]+(?:\s+[A-Z][A-Za-z&]+)*)\s+{noun}\b",
        # "In a new report, the Electoral Commission says ..."
        rf"\b{noun},\s+{name}\s+(?:\w+\s+)?(?:says|said|found|finds|warned|warns|"
        r"concluded|concludes|urged|urges|recommended|recommends)\b",
        # "In its latest bi-annual report, the OECD cut ...": "its" is the body after
        rf"\b[Ii]ts\s+(?:[\w-]+\s+){{0,3}}?{noun},\s+{name}",
    )
    found = [m for p in patterns for m in re.finditer(p, before)]
    if not found:
        return ""
    author = max(found, key=lambda m: m.start()).group(1).strip()
    author = re.sub(r"\s+(?:of|for|and|on)$", "", author)
    if author in words.SPEAKER_OPENERS or not author[:1].isupper():
        return ""
    return author if is_body(author) or author.isupper() else ""


# "But the", "And": words that may stand before a sentence's opening subject.
_OPENERS = re.compile(r"[\s\"“”‘’']*(?:(?:But|And|Meanwhile|However|Now),?\s+)?(?:[Tt]he\s+)?")


# Nouns for a body that is part of another: "the Delta subsidiary" is the firm so described.
_PART_NOUNS = frozenset("subsidiary unit division arm affiliate offshoot".split())


def body_description(phrase: str) -> bool:
    """ "the Delta subsidiary", "the discount phone firm": "the", at most three modifiers
    (no preposition or possessive among them) and a word for a body."""
    tokens = phrase.split()
    if len(tokens) < 3 or len(tokens) > 5 or tokens[0].lower() != "the":
        return False
    head = tokens[-1].lower()
    if head not in words.COMPANY_NOUNS | words.BODY_HEAD_NOUNS | _PART_NOUNS:
        return False
    return not any(t.lower() in words.DETERMINERS or t.lower() in _MODIFIER_BREAKS
                   or re.search(r"['’]s?$", t) for t in tokens[1:-1])


_MODIFIER_BREAKS = frozenset("of for at from to in with by and or who which that".split())


def opening_body(
    unquoted: str, spans: list[tuple[int, int, str, str]], ends: list[int], offset: int
) -> str:
    """ "The Chamber of Commerce welcomed the plan. "A good move," it said.": the body
    opening the sentence before the quote (or the quote's own sentence), when no other
    name stands between it and ``offset``; "" otherwise."""
    s = bisect.bisect_left(ends, offset) - 1  # ends[s] closes the sentence before offset
    named = [(start, kind, name) for start, _, kind, name in spans if start < offset]
    for first in (s, s - 1):
        start = ends[first] if first >= 0 else 0
        if start < offset - 600:
            break
        opener = _OPENERS.match(unquoted, start)
        at = opener.end() if opener else start
        body = next((name for begin, kind, name in named if begin == at
                     and kind == "organization" and unquoted[begin] != " "), "")
        if body:
            others = {name for begin, _, name in named if begin >= at and name != body}
            return "" if others else body
    return ""
