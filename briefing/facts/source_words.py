"""Shapes of source phrases the speaker reader (:mod:`briefing.facts.speakers`) needs:
a role noun before a name, "the" + a body, "a spokeswoman for" a body, an owner and a
role, a setting phrase before the subject. Word lists live in :mod:`briefing.lang.en.speech`.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from briefing.lang.en import speech as words
from briefing.lang.en.lexicon import (
    MONTHS,
    ORG_KEYWORDS,
    PERSON_PREPOSITIONS,
    ROLE_MODIFIERS,
    WEEKDAYS,
)
from briefing.lang.gazetteer import organizations, role_phrases

if TYPE_CHECKING:
    from briefing.facts.entities import EntityIndex

_WORD = re.compile(r"[A-Za-z][\w'’.\-]*|\d[\w\-]*")
_INITIAL = re.compile(r"^[A-Z]\.$")


def is_role_word(word: str) -> bool:
    """A title word ("chairman", "Secretary"), also behind a qualifier joined by a hyphen
    ("Co-Chairman", "vice-chairman", "deputy-leader"): an office, never a name or a body."""
    lowered = word.lower().rstrip(".")
    if lowered in role_phrases():
        return True
    first, _, rest = lowered.partition("-")
    return bool(rest) and first in words.ROLE_QUALIFIERS and rest in role_phrases()


def role_shaped(word: str) -> bool:
    """A lower-case common noun that may name a role ("entrepreneur", "vice-director"):
    no function word, verb or adverb ("thanked Tony Blair", "embracing Obama", "maybe Jeb")."""
    return (
        bool(re.fullmatch(r"(?:[a-z]{3,}|[a-z]{2}-[a-z]+)(?:-[a-z]+)*(?:['’]s)?", word))
        and word not in words.NOT_ROLE_WORDS
        and word not in words.SPEAKER_AUXILIARIES
        and not word.endswith(("ly", "ed", "ing"))
    )


def prefix_is_role(prefix: list[str]) -> bool:
    """Words before a name may only be a title, roles, a determiner or an affiliation.

    One unknown lower-case word may modify a role noun ("operations director").
    """
    if len(prefix) > 7 or (prefix and prefix[0].lower() in words.SETTING_PREPOSITIONS):
        return False  # "In the Commons": a setting, not a role
    unknown = 0
    for position, word in enumerate(prefix):
        lowered = word.lower()
        following = prefix[position + 1] if position + 1 < len(prefix) else ""
        if lowered in PERSON_PREPOSITIONS and following in words.SURNAME_HONORIFICS:
            return False  # "Responding to Mr", "A friend of Mr": the name is an object
        if (
            lowered in words.DETERMINERS
            or lowered in role_phrases()
            or lowered in ROLE_MODIFIERS
            or lowered in words.SOURCE_NOUNS
            or lowered in ("of", "and", "for", "at", "-", "ex", "co")
            or word[:1].isupper()
            or _described_by_article(prefix, position)
        ):
            continue
        if role_shaped(word) and unknown < 2 or word.islower() and following.lower() in (
            role_phrases()
        ):
            unknown += 1  # "awards pundit", "digital artist", "vice-chairman"
            continue
        return False
    last = prefix[-1] if prefix else ""
    return (
        not last.islower()
        or last.lower() in role_phrases()
        or last.lower() in words.SOURCE_NOUNS
        or last.lower() in words.DETERMINERS
        or role_shaped(last)
        or _described_by_article(prefix, len(prefix) - 1)
    )


def _described_by_article(prefix: list[str], position: int) -> bool:
    """ "A flabbergasted Noah", "an embattled Trump": a participle between "a"/"an" and
    the name describes the person (no verb: a verb has no article before it)."""
    word = prefix[position] if 0 < position == len(prefix) - 1 else ""
    return word.endswith("ed") and word.islower() and prefix[position - 1].lower() in ("a", "an")


def the_body(tokens: list[str]) -> str:
    """ "the Cabinet Office", "the Department for Transport", "the OECD": "the" and a
    capitalised name that no person's title ends ("the Prime Minister" is a person)."""
    if len(tokens) < 2 or len(tokens) > 7 or tokens[0].lower() != "the":
        return ""
    name = tokens[1:]
    if not name[-1][:1].isupper() or is_role_word(name[-1]):
        return ""  # "the Prime Minister", "the Conservative Party Co-Chairman": a person
    if any(not (w[:1].isupper() or w in ("of", "for", "and", "&")) for w in name):
        return ""
    if name[-1] in words.ROLE_ABBREVIATIONS:
        return ""  # "the PM"
    if len(name) == 1 and (name[0].isupper() or name[0] in organizations()):
        return name[0]  # "the OECD", "the Treasury"
    return " ".join(name) if any(w in ORG_KEYWORDS for w in name) else ""


def spokesperson_of(prefix: list[str]) -> bool:
    """ "a spokeswoman for", "an official at the": someone speaking for the body after."""
    return (
        len(prefix) >= 3 and prefix[0].lower() in ("a", "an", "the")
        and prefix[1].lower() in words.SOURCE_NOUNS | role_phrases()
        and prefix[2].lower() in ("for", "at", "of", "from")
    )


def inside_name(tokens: list[str], i: int) -> bool:
    """ "and" between two capitalised words joins a name ("Department for Education and
    Skills"), not two clauses."""
    return (
        tokens[i] == "and" and 0 < i < len(tokens) - 1
        and tokens[i - 1][:1].isupper() and tokens[i + 1][:1].isupper()
    )


def owner_of_role(tokens: list[str]) -> int:
    """ "Tony Blair's official spokesman" -> 2, the length of the owner: a capitalised
    owner, then only lower-case words ending in a source noun or a role (0 otherwise)."""
    owner = next((i for i, t in enumerate(tokens[:-1]) if re.search(r"['’]s$", t)), None)
    if owner is None or not all(t[:1].isupper() for t in tokens[: owner + 1]):
        return 0
    rest = tokens[owner + 1 :]
    last = rest[-1].lower()
    if all(t.islower() for t in rest) and (
        last in words.SOURCE_NOUNS or last in role_phrases() or last in words.DOCUMENT_NOUNS
    ):
        return owner + 1
    return 0


def after_setting(part: str) -> str:
    """ "In its report on the council's work the committee" -> "the committee": a setting
    phrase with no comma after it ends where the last noun phrase starts."""
    tokens = part.split()
    if len(tokens) < 4 or tokens[0].lower() not in words.SETTING_PREPOSITIONS:
        return ""
    last = max((i for i, t in enumerate(tokens) if t.lower() in ("the", "a", "an")), default=0)
    if last < 2:  # "In a statement Google": a name right after the setting's noun
        j = len(tokens)
        while j > 0 and tokens[j - 1][:1].isupper():
            j -= 1
        return " ".join(tokens[j:]) if 2 <= j < len(tokens) and tokens[j - 1].islower() else ""
    if tokens[last - 1].lower() in words.NOT_ROLE_WORDS:
        return ""  # "... on the council's work": still inside the setting
    return " ".join(tokens[last:])


# Participles that open a question put to the speaker ("Asked if this was a strategy Lord
# Rennard said"): with no comma after the clause, the name ending the phrase is the subject.
_QUESTION_OPENERS = frozenset("Asked Pressed Questioned Quizzed Challenged".split())


def after_question(part: str) -> str:
    """ "Asked if this amounted to a strategy Lord Rennard" -> "Lord Rennard": the run of
    capitalised words ending a phrase that opens with a question put to someone."""
    tokens = part.split()
    if len(tokens) < 4 or tokens[0] not in _QUESTION_OPENERS:
        return ""
    j = len(tokens)
    while j > 1 and tokens[j - 1][:1].isupper():
        j -= 1
    return " ".join(tokens[j:]) if j < len(tokens) and j >= 3 else ""


# ----------------------------------------------------------------- clauses and appositions


_CLAUSE_SUBJECTS = words.SUBJECT_PRONOUNS | words.DETERMINERS | {"it"}


_RELATIVE = re.compile(r"\s(?:who|which)\s+(?=[a-z])(?!(?:he|she|it|they|we|i|the|a|an)\s)")


def without_relative(part: str) -> str:
    before = _RELATIVE.split(part)[0]
    return before if before and not is_clause(_WORD.findall(before)) else part


# "..., who said", "..., who had told him that": the relative clause's own auxiliary too.
ENDS_IN_RELATIVE = re.compile(r"\s+(?:who|which)(?:\s+(?:has|had|have|had\s+once))?\s*$")


def capitalised_end(part: str) -> str:
    tokens = _WORD.findall(part)
    start = len(tokens)
    while start > 0 and tokens[start - 1][:1].isupper() and len(tokens) - start < 3:
        start -= 1
    return " ".join(tokens[start:])


def names_only(part: str) -> bool:
    """ "Steyn", "Hope and Carswell": the rest of a list inside an aside, no clause."""
    return all(t[:1].isupper() or t in ("and", "of") for t in _WORD.findall(part))


def aside(part: str) -> bool:
    """A participle or relative clause set off after a subject ("sitting with ...",
    "who chaired the inquiry"): it runs on to the verb, so nothing in it is the subject."""
    tokens = part.split()
    if tokens[0] in ("who", "which"):  # "which Mr Harding / which he (said)": the subject
        return len(tokens) > 1 and tokens[1].islower() and tokens[1] not in _CLAUSE_SUBJECTS
    return bool(re.fullmatch(r"[a-z]{2,}ing", tokens[0]))


def person_in_role(index: EntityIndex, head: list[str]) -> str | None:
    """ "the foreign secretary" -> the one person whose role holds all these words and no
    qualifier they lack ("shadow foreign secretary" is another office); None if not one."""
    found = people_in_role(index, head)
    return found.pop() if len(found) == 1 else None


_ROLE_HEAD_END = re.compile(r"\s(?:of|at|for|in|on|with|from|to)\s")


def role_title(role: str) -> str:
    """The title word that heads a role: "Tory foreign affairs spokesman" -> spokesman,
    "senior analyst at the institute" -> analyst."""
    head = _ROLE_HEAD_END.split(f" {role.lower()} ", maxsplit=1)[0].split()
    return re.split(r"-", head[-1])[-1] if head else ""


def people_in_role(index: EntityIndex, head: list[str]) -> set[str]:
    """The people whose roles hold these words, their title being the last one: "the
    committee" names no one whose role is "environment committee chairman"."""
    # "the Conservative Party Co-Chairman" of "Conservative co-chairman Liam Fox": a
    # party's name word "Party" after its adjective is no word of the office.
    every = {part for i, w in enumerate(head) for part in re.split(r"-", w.lower())
             if not (i and w == "Party")}
    title = re.split(r"-", head[-1].lower())[-1] if head else ""
    # A party or country word may be worded otherwise in the role ("the Tory leader" of
    # "Conservative leader Michael Howard"): matched on the lower-case words when need be.
    common = {part for w in head if w.islower() for part in re.split(r"-", w)}
    for wanted in (every, common):
        found = set()
        for person in index.people:
            role = set(re.split(r"[\s\-]+", person.role.lower()))
            if (
                wanted and wanted <= role and not (role & words.ROLE_QUALIFIERS) - wanted
                and role_title(person.role) == title
            ):
                found.add(person.name)
        if found:
            return found
    return set()


def is_clause(tokens: list[str]) -> bool:
    """Words with a finite or cue verb in them are a clause, not a noun phrase."""
    return any(t.lower() in words.FINITE_VERBS for t in tokens) or bool(
        words.cue_verb_pattern().search(" ".join(tokens))
    )


def pair_of_people(tokens: list[str]) -> bool:
    given = words.given_names()
    return any(
        t == "and" and 0 < i < len(tokens) - 1 and tokens[i - 1] in given
        and tokens[i + 1] in given
        for i, t in enumerate(tokens)
    )


def participle_opener(tokens: list[str], run: int) -> bool:
    """ "Welcoming the ruling, ...", "Explaining why ...": a clause before the subject."""
    first = tokens[0]
    return (
        run == 1 and len(tokens) > 1 and first.endswith("ing")
        and first not in words.census_surnames() and first not in words.census_first_names()
    )


def role_then_name(tokens: list[str], run: int) -> int | None:
    """Where "Conservative co-chairman Liam Fox" ends in a clause opening with a capitalised
    run, role words and a name (0 when the role words end the part: an apposition such as
    "Microsoft Windows Client product manager"); None when no role words follow the run."""
    j, roles = run, 0
    while j < len(tokens) and tokens[j].islower() and roles < 3 and (
        tokens[j] in ("and", "of") or tokens[j] in role_phrases()
        or tokens[j] in words.SOURCE_NOUNS or role_shaped(tokens[j]) or "-" in tokens[j]
    ):
        j, roles = j + 1, roles + 1
    if j == run or not agent_noun(tokens[j - 1]):
        return None
    if j == len(tokens):
        return 0
    end = j
    while end < len(tokens) and (
        tokens[end][:1].isupper() or _INITIAL.match(tokens[end])
        or tokens[end] in words.PARTICLES and end + 1 < len(tokens)  # "Nick Van den Brul"
    ):
        end += 1
    return end if end > j else None


def agent_noun(word: str) -> bool:
    """A role noun: listed, or shaped like one ("co-ordinator", "strategist")."""
    return word not in words.NOT_ROLE_WORDS and (
        word in role_phrases() or word in words.SOURCE_NOUNS
        or bool(re.search(r"(?:or|er|ist|man|ian)s?$|\w{4}(?:ant|ent)s?$", word))
    )


@functools.cache
def _honorific_pattern() -> re.Pattern[str]:
    return re.compile(
        r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord|Baroness)\.?\s+(?:[A-Z][\w'’\-]+\s+)*?([A-Z][\w'’\-]+)"
    )


def honorific_genders(text: str) -> dict[str, str]:
    """Surname -> "m"/"f" for every "Mr Smith", "Mrs. Jane Doe" in the text."""
    found: dict[str, str] = {}
    for match in _honorific_pattern().finditer(text):
        gender = "m" if match.group(1).lower() in words.MALE_WORDS else "f"
        found.setdefault(match.group(2), gender)
    return found


def gender_of(honorifics: dict[str, str], name: str, role: str) -> str:
    surname = name.split()[-1]
    if surname in honorifics:
        return honorifics[surname]
    role_words = set(role.lower().split())
    if role_words & words.MALE_WORDS:
        return "m"
    if role_words & words.FEMALE_WORDS:
        return "f"
    first = name.split()[0]
    if len(name.split()) == 1 and first in words.census_surnames():
        return ""  # "Wilson" alone is a surname, whatever the given-name list says
    return words.census_first_names().get(first, "")


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the characters of every span turned into spaces (offsets kept)."""
    pieces, last = [], 0
    for start, end in spans:
        start = max(start, last)
        if end > start:
            pieces += [text[last:start], " " * (end - start)]
            last = end
    return "".join(pieces) + text[last:]


_GENDERED_PRONOUN = re.compile(r"(he|she)\b", re.IGNORECASE)


def genders_in_use(unquoted: str, mentions: list, ends: list[int]) -> dict[str, str]:
    """Name -> "m"/"f" from the article's own pronouns: a sentence opening with "He" or
    "She" right after one that names a single person ("Taylor Swift posted on Twitter ...
    She claimed"). A name gets a gender only if all its uses agree."""
    votes: dict[str, set[str]] = {}
    starts = [0, *ends]
    for k, start in enumerate(starts[1:], 1):
        opening = _GENDERED_PRONOUN.match(unquoted[start:].lstrip())
        named = {m.name for m in mentions if starts[k - 1] <= m.start < start}
        if any(m.possessive for m in mentions if starts[k - 1] <= m.start < start):
            continue  # "Nigalidze's opponent, Tigran Petrosian. He said": someone else
        if opening and len(named) == 1:
            gender = "m" if opening.group(1).lower() == "he" else "f"
            votes.setdefault(named.pop(), set()).add(gender)
    return {name: found.pop() for name, found in votes.items() if len(found) == 1}


_TIME_WORDS = frozenset((*WEEKDAYS, *MONTHS))


def without_time(tokens: list[str]) -> list[str]:
    """ "on Wednesday Mr Straw", "in January the minister": a time before the subject."""
    k = 1 if tokens and tokens[0].lower() in ("on", "in", "last", "this", "since") else 0
    while k < len(tokens) - 1 and (tokens[k].isdigit() or tokens[k] in _TIME_WORDS):
        k += 1
    if not (k and k < len(tokens) and _TIME_WORDS.intersection(tokens[1:k])):
        return tokens
    while k + 1 < len(tokens) and tokens[k].lower() in ("morning", "afternoon", "evening", "night"):
        k += 1
    return tokens[k:]


def knight(prefix: list[str], name: str, index: EntityIndex) -> str | None:
    """ "Sir John" -> Sir John Bourn: after Sir / Dame a lone name is the given name."""
    if not prefix or prefix[-1] not in words.GIVEN_NAME_HONORIFICS or " " in name:
        return None
    found = {p.name for p in index.people if p.name.split()[0] == name and " " in p.name}
    return found.pop() if len(found) == 1 else None


def after_quoted_words(src: str) -> str:
    """ "... a "spectacular comeback" in Japan ... would help recovery, the OECD": the
    clause after the last closed quotation, where its subject is; "" while one is open."""
    marks = list(re.finditer(r"[\"“”]", src))
    if not marks:
        return src
    if len(marks) % 2:
        return ""
    return src[marks[-1].end() :] if "," in src[marks[-1].end() :] else ""


def name_shaped_extra(name: str, known: str) -> bool:
    """ "Ramon K. Whitfield" names more of "Ramon Whitfield"; "World Cup Defoe" (a caption
    or lost full stop glued before "Defoe") names nobody more than "Jermain Defoe"."""
    extra = [w for w in name.split()[:-1] if w not in known.split()]
    return len(extra) < 2 or any(
        re.fullmatch(r"[A-Z]\.?", w) or w in words.census_first_names() for w in extra
    )


def sentence_ends(text: str) -> list[int]:
    """Offsets just after each sentence-final mark outside abbreviations and initials."""
    ends = []
    # '' stands for a double mark in some archives (''We won.'' He said)
    for match in re.finditer(r"[.!?]+(?:''|[\"”’'])?(?=\s+(?:''|[\"“‘'(])?[A-Z0-9])", text):
        word = re.search(r"([\w.]+)[.!?]*(?:''|[\"”’'])?$",
                         text[max(0, match.start() - 12) : match.end()])
        token = word.group(1).lower().rstrip(".") if word else ""
        abbreviation = token in words.SPEAKER_ABBREVIATIONS or len(token) == 1
        if match.group().startswith(".") and abbreviation:
            continue
        ends.append(match.end())
    return ends


def glued_given_names(tokens: list[str]) -> bool:
    """ "Princess Eugenie Sarah added:" (a caption glued to the next sentence): a name
    ending in two given names, the last never a surname, is two people's names."""
    if len(tokens) < 2:
        return False
    given, surnames = words.census_first_names(), words.census_surnames()
    last, before = tokens[-1], tokens[-2]
    return last in given and last not in surnames and before in given and before not in surnames


# "But a spokesman for the Home Office defended ...", "A Marsh spokeswoman said": a
# sentence opening with someone new named only by a noun ("a", up to four capitalised
# words, the noun, an affiliation); "The Tory spokesman" most often means someone named.
_NOMINAL_OPENER = re.compile(
    r"^[\s\"“”‘’']*(?:(?:But|And|However|Meanwhile|Yet),?\s+)?(?P<phrase>[Aa]n?\s+"
    r"(?:[A-Z][\w&'’.\-]*\s+){0,4}(?P<noun>[a-z]+)"
    r"(?:\s+(?:for|of|at|from)\s+(?:the\s+)?[A-Z][\w&'’.\-]*(?:\s+(?:of|for|and|[A-Z][\w&'’.\-]*))*)?)"
)


def nominal_opener(sentence: str) -> tuple[str, str] | None:
    """(phrase, gender) when ``sentence`` opens with a person named by a source noun
    ("A Marsh spokeswoman", "an official") or a gendered noun; gender "" if unknown."""
    match = _NOMINAL_OPENER.match(sentence)
    if not match:
        return None
    noun = match["noun"]
    if noun in words.MALE_WORDS:
        return match["phrase"], "m"
    if noun in words.FEMALE_WORDS:
        return match["phrase"], "f"
    if noun in words.PERSON_SOURCE_NOUNS:
        return match["phrase"], ""
    return None


_UNNAMED_PERSON = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z\-]+\s+){0,2}([a-z]+)[\s,]*")


def unnamed_person(phrase: str) -> bool:
    """ "one dealer", "a senior analyst": one person the article does not name, of no
    known gender (a voice a later "he" or "she" may mean)."""
    match = _UNNAMED_PERSON.fullmatch(phrase)
    noun = match.group(1) if match else ""
    return bool(noun) and agent_noun(noun) and (
        not noun.endswith("s") or noun in words.PERSON_SOURCE_NOUNS
    )


def before_role_apposition(src: str) -> str:
    """ "Speaking after ... Bob Neill, leader of the London Assembly Conservatives," -> the
    part before the lower-case role set off by commas: the name, not the body inside it."""
    parts = [p.strip() for p in src.split(",") if p.strip()]
    if len(parts) == 2 and parts[1][:1].islower() and "." not in parts[1] and (
        parts[1].split()[0] in role_phrases()
    ):
        return parts[0]
    return src


_ACCORDING_AT_END = re.compile(r",\s*according to\s+(?P<src>[^\"“”;:,.]{1,80})[.!?]?\s*$")


def according_at_end(after: str) -> str:
    """The source a sentence ends by citing after a quote inside it ('... "everything in
    their powers" to stay on top, according to Q editor Paul Rees.', '"...," is the
    assessment of X'), else ""."""
    match = _ACCORDING_AT_END.search(after) or _VERDICT_OF.match(after)
    return match["src"] if match else ""


# '"...," is the dry assessment of Graham Lane, leader of ...': the verdict is theirs.
_VERDICT_OF = re.compile(
    r"^[\s,]*(?:is|was)\s+the\s+(?:[a-z\-]+\s+){0,2}(?:assessment|verdict|view|opinion|"
    r"judgement|judgment|conclusion|prediction)\s+of\s+(?P<src>[^\"“”;:,.]{1,80})"
)
