"""Organisations an article itself vouches for, found before people and places.

A capitalised name is a body when the words around it say so:

* ``org-designator``: it ends in a legal designator ("Cofinec S.A.", "Dow Chemical Co");
  the name without it ("Cofinec", "Dow Chemical") is then the same company everywhere in
  the article (``org-short-form``);
* ``org-noun``: a noun for a body stands right before or after it ("the newspaper
  Granma", "mineral water firm Multico", "Le Matin newspaper", "Itar-Tass news agency");
* ``org-apposition``: an apposition headed by such a noun ("Petofi, one of its units,");
* ``org-shares``: it has shares or stock ("Jones stock closed", "shares of Jones");
* ``org-company``: its people or money stand by it ("Yukos spokesman", "Nike's profits",
  "Acme chief executive", "chief executive of Acme", "shareholders in Acme").

These names win over the weak person rules ("Ruch said" is the company, not a Mr Ruch)
and over the gazetteer inside a longer name.
"""

from __future__ import annotations

import re

from briefing.facts.body_speakers import body_at_end
from briefing.facts.name_runs import cut_from_a_title
from briefing.facts.org_joins import over_ampersand
from briefing.facts.text_words import word_count
from briefing.facts.tokens import (
    Token,
    joined,
    opens_sentence,
    past_role_of,
    past_stop_caps,
    words_of,
)
from briefing.lang.en.events import TIME_CAPS
from briefing.lang.en.lexicon import (
    COMPANY_CHIEF_TITLES,
    COMPANY_PEOPLE_AFTER,
    COMPANY_ROLES_OF,
    COMPANY_THINGS_OWNED,
    CONNECTORS,
    CORPORATE_DESIGNATORS,
    CUE_VERB_PATTERN,
    MONTHS,
    ORG_APPOSITION_HEADS,
    ORG_KEYWORDS,
    ORG_NOUNS_AFTER,
    ORG_NOUNS_BEFORE,
    ORG_PLURALS,
    PARTY_ADJECTIVES,
    ROLE_MODIFIERS,
    STOP_CAPS,
    WEEKDAYS,
)
from briefing.lang.en.name_shapes import FAITH_ADJECTIVES
from briefing.lang.gazetteer import demonyms, first_names, organizations, places, role_phrases

_NOT_NAMES = frozenset(MONTHS + WEEKDAYS)
_CUE = re.compile(rf"^(?:{CUE_VERB_PATTERN})$")
_SHARE_WORDS = frozenset("shares stock stocks".split())
_SHARES_OF = (("shares", "of"), ("shares", "in"), ("stake", "in"))
# ", a unit of", ", one of its Hungarian units,", ", the state news agency," : the head
# noun is the apposition's last word before punctuation or a preposition.
_APPOSITION = re.compile(
    r",\s+(?:one\s+of\s+(?:its|the|their)\s+|(?:a|an|the|its|their)\s+)"
    r"((?:[\w'’-]+\s+){0,5}?)([a-z]+)(?=\s*[,.;:)]|\s+(?:of|in|that|which|based|with|for)\b)"
)


def org_evidence(
    text: str, tokens: list[Token], runs: list[tuple[int, int]]
) -> dict[str, tuple[str, str]]:
    """Name -> (full name, rule) for every organisation the article's wording vouches for.

    A short form's full name is the designated one ("Cofinec" -> "Cofinec S.A.")."""
    found: dict[str, tuple[str, str]] = {}
    for i, j in runs:
        start = past_stop_caps(tokens, i, j)
        if start >= j:
            if j - i == 1 and _stop_cap_company(text, tokens, i):
                found.setdefault(tokens[i].text, (tokens[i].text, "org-company"))
            continue
        _designated(tokens, start, j, found, text)
        name = words_of(tokens, start, j)
        if not _could_be_org(name, tokens, start, j):
            continue
        rule = _context_rule(text, tokens, start, j)
        if rule and not cut_from_a_title(text, tokens, j):
            found.setdefault(name, (name, rule))
    for name in _listed_after_plural_noun(text, tokens, runs):
        found.setdefault(name, (name, "org-noun"))
    return found


def _listed_after_plural_noun(
    text: str, tokens: list[Token], runs: list[tuple[int, int]]
) -> list[str]:
    """ "firms including Mobil, Shell and Caltex", "banks such as Barclays and HSBC"."""
    run_at = {i: j for i, j in runs}
    names = []
    for k, token in enumerate(tokens[:-2]):
        if token.text.lower() not in ORG_PLURALS:
            continue
        nxt = k + 1
        if tokens[nxt].text == "such" and tokens[nxt + 1].text == "as":
            nxt += 1
        elif tokens[nxt].text != "including":
            continue
        start = nxt + 1
        while start in run_at:
            end = run_at[start]
            # "Shell and Caltex" is one capitalised run but two names.
            cuts = [
                start - 1,
                *(m for m in range(start, end) if tokens[m].text in ("and", "or")),
                end,
            ]
            for a, b in zip(cuts, cuts[1:], strict=False):
                first = past_stop_caps(tokens, a + 1, b)
                name = words_of(tokens, first, b)
                if name and _could_be_org(name, tokens, first, b):
                    names.append(name)
            gap = text[tokens[end - 1].end : tokens[end].start] if end < len(tokens) else ""
            if gap.strip() not in (",", "and", ", and", "or", ", or"):
                break
            start = end + (1 if gap.strip().endswith(("and", "or")) else 0)
    return names


def _designated(
    tokens: list[Token], start: int, j: int, found: dict[str, tuple[str, str]], text: str
) -> None:
    """ "Jones Medical Industries Inc" and its short forms "Jones Medical Industries",
    "Jones Medical"; across an "&" (which the tokens leave out) the whole name, no short
    forms: "Oil & Natural Gas Corporation", not "Natural Gas Corporation"."""
    for end in range(j, start + 1, -1):
        if tokens[end - 1].text not in CORPORATE_DESIGNATORS:
            continue
        start = _after_a_joined_name(tokens, past_role_of(tokens, start, end), end)
        if end - start < 2 or _all_role_words(tokens[start : end - 1]):
            return  # "Principal Deputy Assistant AG": a title ("AG", attorney general)
        full = words_of(tokens, start, end)
        whole = over_ampersand(text, tokens, start)
        if whole < start:
            whole_name = text[tokens[whole].start : tokens[end - 1].end]
            found.setdefault(full, (whole_name, "org-designator"))
            return
        found.setdefault(full, (full, "org-designator"))
        short = end - 1
        while short > start:
            name = words_of(tokens, start, short)
            if not _could_be_org(name, tokens, start, short):
                break
            found.setdefault(name, (full, "org-short-form"))
            if tokens[short - 1].text not in CORPORATE_DESIGNATORS:
                break
            short -= 1
        return


def _all_role_words(words: list[Token]) -> bool:
    return all(
        w.text.lower() in ROLE_MODIFIERS or w.text.lower() in role_phrases() for w in words
    )


def _after_a_joined_name(tokens: list[Token], start: int, end: int) -> int:
    """ "Ceres Robotics and Tyvak Nano-Satellite Systems Inc" names two companies: a
    designated name starts after an "and" with two or more words on each side of it;
    "Procter and Gamble Co", "Baoshan Iron and Steel Co" stay one name."""
    for m in range(end - 2, start, -1):
        if tokens[m].text == "and":
            left, right = m - start, end - 1 - (m + 1)
            return m + 1 if left >= 2 and right >= 2 else start
    return start


def _could_be_org(name: str, tokens: list[Token], start: int, end: int) -> bool:
    """Not a place, a nationality, a faith, a lone given name, a date word or a function
    word."""
    words = name.split()
    return (
        len(name) > 1
        and name not in places()
        and not all(word in demonyms() for word in words)
        and not all(word in FAITH_ADJECTIVES for word in words)  # "Jewish groups"
        and not (len(words) == 1 and (name in first_names() or name in _NOT_NAMES))
        and words[0] not in STOP_CAPS
        and words[-1] not in CONNECTORS
        and not any(ch.isdigit() for ch in name)
        and not all(t.text.isupper() and len(t.text) > 5 for t in tokens[start:end])
    )


def _context_rule(text: str, tokens: list[Token], start: int, end: int) -> str | None:
    before = tokens[start - 1] if start > 0 else None
    after = tokens[end] if end < len(tokens) else None
    last = tokens[end - 1]
    if before and before.text in ORG_NOUNS_BEFORE and joined(text, before, tokens[start]):
        return "org-noun"
    if after and not last.possessive and joined(text, last, after):
        following = after.text.lower()
        if following in ORG_NOUNS_AFTER and after.text.islower():
            return "org-noun"
        if following == "news" and end + 1 < len(tokens) and tokens[end + 1].text == "agency":
            return "org-noun"
        shares = following in _SHARE_WORDS or (
            following == "common" and _next_is(tokens, end, "stock")
        )
        if shares and not opens_sentence(text, tokens[start]):
            return "org-shares"  # "Jones stock closed"; not "Blue-chip stocks sank"
    if last.possessive and after and after.text in _SHARE_WORDS:
        return "org-shares"  # "Microsoft's shares"
    if start > 1 and (tokens[start - 2].text, tokens[start - 1].text) in _SHARES_OF:
        return "org-shares"
    match = _APPOSITION.match(text, last.end)
    if match and match.group(2) in ORG_APPOSITION_HEADS:
        return "org-apposition"
    if after and _CUE.match(after.text) and _speaking_body(tokens[start:end]):
        return "org-speaker"  # "Matrix Chambers said": a body speaking, not a Mr Chambers
    return _company_rule(text, tokens, start, end)


def _speaking_body(name: list[Token]) -> bool:
    """A body's head noun ends the name ("Scotland Yard", "Matrix Chambers") and no
    keyword or list already makes it one (those keep their surer rule)."""
    texts = [t.text for t in name]
    if any(w in ORG_KEYWORDS for w in texts) or " ".join(texts) in organizations():
        return False
    return body_at_end(texts) == 0


def _company_rule(text: str, tokens: list[Token], start: int, end: int) -> str | None:
    """A company's people or money beside the name: "Yukos spokesman Ivan Petrov",
    "Acme chief executive", "Acme's profits", "chief executive of Acme", "shareholders
    in Acme". A person has a spokesman too, but BBC style writes it "Mr Smith's
    spokesman", which is left alone."""
    name = words_of(tokens, start, end)
    if name in PARTY_ADJECTIVES or (
        # "Committee chairman John Denham", "Company spokesman Glenn Waller"
        opens_sentence(text, tokens[start])
        and (
            all(t.text.lower() in lower_words(text) or t.text in CONNECTORS
                or t.text in demonyms() for t in tokens[start:end])
            # "Fellow shareholders": a lone opening word named nowhere else
            or (end - start == 1 and word_count(name, text) < 2)
        )
    ):
        return None
    last = tokens[end - 1]
    after = tokens[end] if end < len(tokens) else None
    if after and after.text.islower() and joined(text, last, after):
        if after.text in COMPANY_PEOPLE_AFTER or _chief_at(tokens, end):
            return "org-company"
    if after and last.possessive:
        # "Nike's second-quarter revenues": up to two modifiers before the owned noun
        for k in range(end, min(end + 3, len(tokens))):
            glued = k == end or joined(text, tokens[k - 1], tokens[k])
            if not (glued and tokens[k].text.islower()):
                break
            if tokens[k].text in COMPANY_THINGS_OWNED or _chief_at(tokens, k):
                return "org-company"
    if start >= 2 and tokens[start - 1].text in ("of", "in"):
        role = tokens[start - 2].text
        if tokens[start - 1].text == "in":
            return "org-company" if role in ("shareholders", "shareholder") else None
        chief = role in COMPANY_CHIEF_TITLES and _chief_at(tokens, start - 3)
        if role in COMPANY_ROLES_OF or chief:
            return "org-company"
    return None


def _stop_cap_company(text: str, tokens: list[Token], k: int) -> bool:
    """ "Next's sales", "said Next chief executive Simon Wolfson": a capitalised common
    word ("Next") that is a company by its money or its people right after it. The
    possessive counts anywhere (no adverb owns sales); people only inside a sentence
    ("Next, chief executive ..." opens with the adverb)."""
    token = tokens[k]
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if token.text in TIME_CAPS or after is None:
        return False
    if token.possessive:  # the "'s" lies between the two tokens
        return after.text in COMPANY_THINGS_OWNED
    if opens_sentence(text, token) or not joined(text, token, after):
        return False
    return after.text in COMPANY_PEOPLE_AFTER or _chief_at(tokens, k + 1)


def lower_words(text: str) -> frozenset[str]:
    r"""The article's lower-case words, ``\b[a-z]+\b`` (cached for the last text read)."""
    if _LOWER_CACHE.get("text") is not text:
        _LOWER_CACHE["text"] = text
        _LOWER_CACHE["words"] = frozenset(re.findall(r"\b[a-z]+\b", text))
    return _LOWER_CACHE["words"]  # type: ignore[return-value]


_LOWER_CACHE: dict[str, object] = {}


def _chief_at(tokens: list[Token], k: int) -> bool:
    """ "chief executive", "chief operating (officer)" at token k."""
    return (
        0 <= k < len(tokens) - 1
        and tokens[k].text == "chief"
        and tokens[k + 1].text in COMPANY_CHIEF_TITLES
    )


def _next_is(tokens: list[Token], k: int, word: str) -> bool:
    return k + 1 < len(tokens) and tokens[k + 1].text == word


# "the National Audit Office (NAO)": an acronym in brackets after the name it spells
_BRACKETED_ACRONYM = r"\(\s*(?:the\s+)?{}\s*\)"
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}")
_NAME_WORD = re.compile(r"[A-Z][\w'’&-]*|of|for|and|the|on|in|&")
_SMALL_WORDS = frozenset("of for and the on in &".split())
_SPELLING_REACH = 10  # words before the bracket: the longest names spelled in the dev briefs


def spelled_out(acronym: str, text: str) -> str:
    """The name an acronym stands for in ``text``: the capitalised words right before it
    in brackets whose initials spell it ("the National Audit Office (NAO)", "Organisation
    for Economic Co-operation and Development (OECD)"), else the first run of capitalised
    words anywhere in the text that spells it ("the National Audit Office ... The NAO's
    annual report"); "" when the text spells it nowhere."""
    if not _ACRONYM.fullmatch(acronym):
        return ""
    letters = acronym.replace("&", "")
    for match in re.finditer(_BRACKETED_ACRONYM.format(re.escape(acronym)), text):
        before = text[max(0, match.start() - 200) : match.start()].split()[-_SPELLING_REACH:]
        name = _name_spelling(before, letters)
        if name:
            return name
    small = r"(?:\s+(?:of|for|and|the|on|in|&))*\s+"
    run = small.join(rf"{letter}[\w'’-]*" for letter in letters)
    found = re.search(rf"\b{run}\b", text)
    return found.group() if found and len(letters) > 1 else ""


def _name_spelling(words: list[str], letters: str) -> str:
    """The shortest run of name words ending the list whose capitals spell ``letters``."""
    run: list[str] = []
    for word in reversed(words):
        if not _NAME_WORD.fullmatch(word):
            break
        run.insert(0, word)
        if run[0] in _SMALL_WORDS:
            continue
        initials = "".join(w[0] for w in run if w not in _SMALL_WORDS)
        if initials == letters:
            return " ".join(run)
        if len(initials) >= len(letters):
            break
    return ""


def full_body_name(speaker: str, text: str) -> str:
    """ "The NAO" -> "National Audit Office" when the article spells it out; else as is."""
    bare = re.sub(r"^[Tt]he\s+", "", speaker)
    return spelled_out(bare, text) or speaker
