"""Roles the text gives around a person's name rather than as a title before it.

Two news shapes, read only for people the entity stage left without a role:

- an owner in the possessive right before the full name: "CNN's Jennifer Gray",
  "Aston Villa's Carlton Cole", "Britain's Kelly Holmes" -> the outlet, club or country;
- a relative clause right after a mention: "Scott Paul, who heads the Alliance for
  American Manufacturing," -> "head of the Alliance for American Manufacturing";
  "Edward Leigh, who is chairman of the Commons public accounts committee," -> the
  clause's role phrase.

Precision first: a shape that could be something else ("who leads Bernie Sanders by
300 delegates", "Ray's Taylor Hackford" after a film) is left alone unless the words
around it rule the other reading out.
"""

from __future__ import annotations

import re

from briefing.facts.roles import role_start
from briefing.facts.tokens import Token, joined, opens_sentence, tokenize, whole_word_starts
from briefing.lang.en.lexicon import MONTHS, ORG_KEYWORDS, ROLE_MODIFIERS, STOP_CAPS, WEEKDAYS
from briefing.lang.en.roles import (
    CLAUSE_ROLE_VERBS,
    NOT_ROLE_OWNERS,
    ORG_ONLY_ROLE_VERBS,
    PRE_NAME_ROLE_NOUNS,
    RELATIONAL_ROLE_NOUNS,
    ROLE_TIME_MODIFIERS,
    VERB_BEFORE_NOUN,
)
from briefing.lang.en.speech import given_name
from briefing.lang.gazetteer import role_phrases
from briefing.models import Person

# An owner run before "'s": one to four capitalised words ("The Washington Post",
# "USA TODAY", "Fox TV"); a lower-case owner ("the paper's", "yesterday's") names nothing.
# A dot only inside a word ("U.S.A"): "Eastwood. Sideway's" is two sentences.
_OWNER_WORD = r"[A-Z](?:[\w&-]|\.(?=\w))*"
_OWNER = re.compile(rf"(?<![\w.&'’-])((?:{_OWNER_WORD}\s){{0,3}}{_OWNER_WORD})['’]s\s$")
# The clause's end: a comma, a full stop, a colon or a bracket. At most ten words first.
_CLAUSE = re.compile(r",?\s+who\s+(?P<verb>[a-z-]+)\s+(?P<rest>[^,.;:()\"“”]{3,120})[,.;:(]")
_NOUN_BEFORE_CAPITAL = re.compile(
    r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(PRE_NAME_ROLE_NOUNS))) + r") [A-Z]"
)
_POSSESSIVE_PRONOUNS = frozenset("his her their its our my your".split())
_ARTICLES = frozenset("a an the".split())
_TIME_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
# Words that close a role's head noun: "chairman of ...", "professor at ...".
_AFTER_HEAD = frozenset("of at for with in to by from on as".split())


def _owner_before(text: str, start: int, names: set[str]) -> str:
    """ "CNN's" before the name at ``start``: the owner ("CNN"), or ""."""
    match = _OWNER.search(text[max(0, start - 60) : start])
    if not match:
        return ""
    words = match.group(1).split()
    before = text[max(0, start - 60) : start][: match.start(1)].split()[-1:]
    if before and before[0][:1].isdigit() and before[0][-1:].isalnum():
        return ""  # "The 5th District's Kyle Hupfer": "District" alone owns nothing
    if words[0] in ("A", "An"):
        return ""  # "A Beautiful Mind's Ron Howard": a work's title, cut by any rule here
    # "As The Post's", "But Labour's": a sentence's opening word is no part of the owner,
    # though "The" is ("The Washington Post's")
    while words and words[0] in STOP_CAPS and words[0] != "The":
        words.pop(0)
    if not words or words == ["The"]:
        return ""
    owner = " ".join(words)
    last = words[-1]
    if last in STOP_CAPS or last in _TIME_WORDS or last in NOT_ROLE_OWNERS:
        return ""  # "That's Hillary Clinton", "January's Sydney International"
    # "Scorsese's Howard Hughes", "Trump's Mike Pence": a person's own people are no role
    if owner in names or last in names or given_name(words[0]) and len(words) > 1:
        return ""
    return owner


def _clause_role(text: str, end: int) -> str:
    """ ", who heads the Alliance for American Manufacturing," after the mention ending at
    ``end``: the role it gives, or ""."""
    match = _CLAUSE.match(text, end)
    if not match:
        return ""
    verb, rest = match.group("verb"), match.group("rest").strip()
    words = rest.split()
    if not 1 <= len(words) <= 10 or " and " in f" {rest} " or " who " in f" {rest} ":
        return ""
    if verb == "is":
        return _copula_role(words)
    noun = CLAUSE_ROLE_VERBS.get(verb)
    if not noun or words[0].lower() in _POSSESSIVE_PRONOUNS:
        return ""
    # "heads the Alliance ...", "runs a Nevada politics newsletter", "chairs F-Secure's
    # team": a body the article names or introduces, not "runs away" or "heads home"
    if not (words[0].lower() in _ARTICLES or words[0][:1].isupper()):
        return ""
    if any(ch.isdigit() for ch in rest):
        return ""  # "who leads Bernie Sanders 1,428 to 1,153": a count, not a body
    if verb in ORG_ONLY_ROLE_VERBS and not any(w in ORG_KEYWORDS for w in words):
        return ""  # "who leads the race", "who leads the polls"
    return f"{noun} of {rest}"


def _copula_role(words: list[str]) -> str:
    """ "who is chairman of the committee", "who is UKIP Scotland chairman": the phrase
    when its head noun (before "of"/"at"/"for") is a role word."""
    if words[0].lower() in _ARTICLES:
        words = words[1:]
    if not words or words[0].lower() in _POSSESSIVE_PRONOUNS or words[0].endswith("ing"):
        return ""  # "who is its vice chairwoman", "who is running for Congress"
    head_end = next((k for k, w in enumerate(words) if w in _AFTER_HEAD), len(words))
    if head_end == 0 or words[head_end - 1].lower() not in role_phrases():
        return ""
    if any(w.endswith(("ed", "ing")) for w in words[:head_end]):
        return ""  # "who is married to a singer", "who is seeking the party's nominee"
    return " ".join(words)


def _noun_before(
    text: str, tokens: list[Token], starts: dict[int, int], start: int, names: set[str]
) -> str:
    """ "Republican front-runner" right before the full name at ``start``: the role phrase
    the walk back from the noun gives (its owner and modifiers), or ""."""
    k = starts.get(start)
    if not k or not joined(text, tokens[k - 1], tokens[k]):
        return ""
    noun = tokens[k - 1]
    if noun.text not in PRE_NAME_ROLE_NOUNS or noun.possessive:
        return ""
    first = role_start(tokens, k - 1, text)
    if first == k - 1 and noun.text in RELATIONAL_ROLE_NOUNS:
        return ""  # "rival Ted Cruz": whose rival the page cannot say
    if first > 0 and tokens[first - 1].text.lower() in VERB_BEFORE_NOUN:
        return ""  # "will host Ann Lee": a verb
    left = tokens[first - 1] if first > 0 else None
    if left and left.capitalised and joined(text, left, tokens[first]) and (
        left.text not in STOP_CAPS or left.text in ("The", "A", "An")
        or not opens_sentence(text, left)  # "All Black star": "All" opens no sentence
    ):
        return ""  # "The Office star", "Little Britain star": the walk cut a work's title
    if left and left.possessive and left.text in STOP_CAPS:
        return ""  # "That's Life host": a title the walk cannot read
    # One plain lower-case word may sit right before the noun ("film star", "news anchor");
    # one further back is a clause the walk ran into ("X beat third seed", "Others include
    # film star", "Y alongside club team-mate")
    plain = [j for j in range(first, k - 1) if tokens[j].text[:1].islower()
             and tokens[j].text.lower() not in ROLE_MODIFIERS | ROLE_TIME_MODIFIERS]
    if plain and plain != [k - 2] or any(tokens[j].text in names for j in range(first, k)):
        return ""
    return text[tokens[first].start : noun.end]


def add_context_roles(text: str, people: list[Person]) -> None:
    """Give each person with no role the first role the shapes above find (in place)."""
    if all(p.role for p in people):
        return
    # tokens only where a standing noun stands before a capital (most texts have none)
    tokens = tokenize(text) if _NOUN_BEFORE_CAPITAL.search(text) else []
    starts = {t.start: k for k, t in enumerate(tokens)}
    names = {p.name for p in people} | {p.name.split()[-1] for p in people}
    for person in people:
        if person.role:
            continue
        forms = [person.name] + ([person.name.split()[-1]] if " " in person.name else [])
        found: list[tuple[int, str]] = []
        for form in forms:
            for start in whole_word_starts(text, form, joiners="'’-"):
                end = start + len(form)
                role = _clause_role(text, end)
                if not role and form == person.name and " " in form:
                    role = _owner_before(text, start, names - {person.name})
                    if not role and tokens:
                        role = _noun_before(text, tokens, starts, start, names)
                if role:
                    found.append((start, role))
                    break
        if found:
            person.role = min(found)[1]

