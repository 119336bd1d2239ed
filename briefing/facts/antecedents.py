"""Who a "he" or "she" can mean in sport and entertainment reports: subjects set off by an
aside ("Parry, speaking exclusively to BBC Sport, also admits"), owners before a name
("1Xtra's G Money says"), people the entity index missed but the article names with a
given name or a role ("Chelsea winger Arjen Robben", later "Robben"), and genders read
from the article's own pronouns (docs/QUOTES.md, rule 5)."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from briefing.facts.source_words import agent_noun, is_role_word
from briefing.lang.en import speech as words
from briefing.lang.gazetteer import role_phrases

if TYPE_CHECKING:
    from briefing.facts.entities import EntityIndex

# "Parry, speaking exclusively to BBC Sport, also admits", "Colin MacIntyre, of Mull
# Historical Society, was playing": an aside between a name and its verb.
_ASIDE_OPENER = re.compile(r"[a-z]{3,}ing|of|from|at|with|for|one")


def set_off_by_aside(parts: list[str], position: int) -> bool:
    """The comma part after ``parts[position]`` (a bare name) is an aside, and the
    sentence goes on in lower case after it (the name's verb)."""
    if position + 2 >= len(parts):
        return False
    aside, rest = parts[position + 1].split(), parts[position + 2].split()
    if not aside or not rest or not (_ASIDE_OPENER.fullmatch(aside[0]) or _bare_role(aside[0])):
        return False
    return rest[0].islower() and rest[0] not in ("and", "or", "who", "which", "he", "she")


def _bare_role(word: str) -> bool:
    """A role or describing noun with no article opening an aside ("Robbie Keane, skipper
    for the night and scorer of the second goal, echoed"; "Smith, chairman of the club,
    said"): the name before it is the clause's subject."""
    return word.islower() and (is_role_word(word) or word in words.EPITHET_NOUNS)


def modifies_a_noun(sentence: str, word: str) -> bool:
    """The capitalised word opening the sentence is followed by a lower-case noun and then
    its verb ("Past encounters have stirred up ill-feeling", "Several clubs were"): it
    modifies that noun and is nobody ("Vrenko was the stronger runner" is somebody)."""
    found = re.match(rf"\W*{re.escape(word)}\s+([a-z]+)\s+([a-z]+)\b", sentence)
    return bool(found) and not found.group(1).endswith("ly") and (
        found.group(1) not in words.SPEAKER_AUXILIARIES
        and found.group(2) in words.FINITE_AUXILIARIES
    )


# Lower case only: after the name a capitalised "She" or "His" is a title ("Lee has made
# 25 films, including She's Gotta Have It"), not the pronoun.
_MALE = re.compile(r"\b(?:he|him|his|himself)\b")
_FEMALE = re.compile(r"\b(?:she|her|hers|herself)\b")
_GENDERED_NOUNS = words.MALE_WORDS | words.FEMALE_WORDS
# With two people in the sentence only the name's own verb and a subject pronoun after it
# tell its gender ("Moore said he is confident Hansen ...", "Jones, who says she is");
# "Clinton placed calls to her, and that she ..." and "tell Clinton she was" do not.
_SAID_HE = re.compile(r"\s*(?:,\s*who\s+)?(?:[a-z]+ly\s+)?[a-z]+\s+(?:that\s+)?(he|she)\b")


def genders_in_sentences(unquoted: str, mentions: list, ends: list[int]) -> dict[str, str]:
    """Name -> "m"/"f" from pronouns after the name in its own sentence, when the sentence
    names that one person and every gendered pronoun after it agrees ("Welch added that he
    would appear ..."; "Katherine Jackson told Fox News that her son told her he was
    innocent" gives nothing). Quotations are blanked in ``unquoted``; a name whose
    sentences disagree gets nothing."""
    votes: dict[str, set[str]] = {}
    bounds = zip([0, *ends], [*ends, len(unquoted)], strict=True)
    ordered = sorted(mentions, key=lambda m: m.start)
    k = 0
    for lo, hi in bounds:
        while k < len(ordered) and ordered[k].start < lo:
            k += 1
        inside = []
        while k < len(ordered) and ordered[k].start < hi:
            inside.append(ordered[k])
            k += 1
        if not inside or any(m.possessive for m in inside):
            continue  # "Nigalidze's opponent ... he": someone else
        alone = len({m.name for m in inside}) == 1
        for name, tail in _name_tails(inside, unquoted, hi):
            if not alone:  # "Moore said he is", "Jones, who says she": nothing else
                clause = _SAID_HE.match(tail)
                if clause:
                    votes.setdefault(name, set()).add("m" if clause.group(1) == "he" else "f")
                continue
            male, female = bool(_MALE.search(tail)), bool(_FEMALE.search(tail))
            if male != female:
                votes.setdefault(name, set()).add("m" if male else "f")
    return {name: found.pop() for name, found in votes.items() if len(found) == 1}


def _name_tails(inside: list, unquoted: str, hi: int) -> list[tuple[str, str]]:
    """(name, the words after it up to the next person named) in one sentence: "Moore said
    he is confident Hansen can ..." gives Moore "said he is confident". With two people a
    tail holding a kin or title word ("Jones, whose husband said he") gives nothing.
    Tuned on BBC tune4 sport (Moore, Marion Jones) and PolNeAR even (Clinton's "her")."""
    if len({m.name for m in inside}) == 1:
        return [(inside[0].name, unquoted[inside[0].end : hi])]
    tails = []
    for k, mention in enumerate(inside):
        later = [m.start for m in inside[k + 1 :] if m.name != mention.name]
        tail = unquoted[mention.end : later[0] if later else hi]
        if not set(re.findall(r"[a-z]+", tail.lower())) & _GENDERED_NOUNS:
            tails.append((mention.name, tail))
    return tails


def agreed_genders(first: dict[str, str], second: dict[str, str]) -> dict[str, str]:
    """The genders two readings give, where they do not disagree."""
    merged = {**second, **first}
    return {n: g for n, g in merged.items() if second.get(n, g) == g and first.get(n, g) == g}


def honorific_free(names: list[str]) -> set[str]:
    """Full names whose surname another full name of the article shares ("Michael Jackson",
    "Katherine Jackson"): a "Mr Jackson" says nothing of which one is meant, so their
    gender comes from the given name or role instead."""
    by_surname: dict[str, set[str]] = {}
    for name in names:
        if len(name.split()) > 1:
            by_surname.setdefault(name.split()[-1], set()).add(name)
    return {name for group in by_surname.values() if len(group) > 1 for name in group}


def known_surname(tokens: list[str], index: EntityIndex) -> int | None:
    """Where a lone capitalised word that is otherwise no name word (a month, "Read")
    starts the name, when the article names a person with that surname: "May said:"
    after "Guitarist Brian May" is Brian May. A phrase ending in a person's full name the
    article found ("columnist Ai Jun") starts that name too, and so does its surname after
    a role noun ("Former Chelsea captain Desailly" after "Marcel Desailly")."""
    people = {p.name for p in index.people}
    for size in (3, 2):  # "columnist Ai Jun", "Louise Sunshine": the article's full name
        if len(tokens) >= size and " ".join(tokens[-size:]) in people:
            return len(tokens) - size
    if not tokens or not tokens[-1][:1].isupper():
        return None
    if len(tokens) > 1 and not (tokens[-2].islower() and agent_noun(tokens[-2])):
        return None  # "Former Chelsea captain Desailly": a role noun before the surname
    full = index.resolve_person(tokens[-1])
    if full and len(full.split()) > 1 and full.split()[-1] == tokens[-1]:
        return len(tokens) - 1
    return None


_NO_VERB_AFTER = frozenset("the a an that this these those his her their its".split())


def no_subject_word(tokens: list[str], run: int, sentence: str) -> bool:
    """One capitalised word that opens no clause: a heading fragment ("Young
    entrepreneur.") or a word before a determiner ("Given that he ...", "Despite the")."""
    if run != 1 or len(tokens) < 2:
        return False
    if tokens[0].lower() in words.TIME_SPAN_NOUNS and tokens[1].lower() in words.TIME_PLACING_WORDS:
        return True  # "Hours later, Trump returned the compliment": a time, not a subject
    heading = len(sentence.split()) < 3 and agent_noun(tokens[1])  # not "Renner disagreed."
    return heading or tokens[1] in _NO_VERB_AFTER


def aged(name: str, text: str) -> bool:
    """ "Amadou Magassa, 13, of Philadelphia", "Geoff Garin, a Democratic pollster": a name
    with an age or a role noun set off after it is a person's, whatever the given-name
    lists say."""
    for match in re.finditer(rf"\b{re.escape(name)},\s+([^,.;]{{1,60}})", text):
        words = match.group(1).split()
        if words[0].isdigit() and len(words[0]) <= 2:
            return True
        if words[0].lower() in ("a", "an") and any(agent_noun(w) for w in words[1:6]):
            return True
    return False


# "..., which he said", "..., and she told": a he/she opening a clause inside the sentence.
_SUBORDINATE = re.compile(r",\s*(?:which|who|where|when|as|after|because|while)\s+(?:he|she)\s*$")


def in_subordinate_clause(before: str) -> bool:
    """The pronoun opens a clause after the sentence's own subject ("Trump has blasted the
    delegate system, which he said ..."): that subject is the first antecedent to try."""
    return bool(_SUBORDINATE.search(before))


_ACCORDING = re.compile(r"\baccording to\s+")


def according_voices(unquoted: str, mentions: list, ends: list[int]) -> list[tuple[int, str]]:
    """(offset, name) of each person a sentence cites "according to" ("A resale could
    triple the price, according to the EIU's Mr Hensel. But he warned ..."): a voice, the
    one a "he" after it means, as much as "Hensel said" would be."""
    found = []
    for match in _ACCORDING.finditer(unquoted):
        k = bisect.bisect_left(ends, match.end())
        stop = min(ends[k] if k < len(ends) else len(unquoted), match.end() + 80)
        for m in mentions:
            if match.end() <= m.start < stop and not m.possessive:
                if not re.search(r"[,;:\"“”(]", unquoted[match.end() : m.start]):
                    found.append((m.start, m.name))
                break
    return found


_ROLE_SPEAKS = re.compile(
    r"\bthe\s+((?:[a-z][a-z\-]*\s+){0,2}[a-z][a-z\-]*)\s+(?:to\s+(?:say|tell|warn|insist)\b|"
    r"(?=(?:said|says|told|tells|added|insisted|warned|announced)\b))"
)


def role_speaks(sentence: str) -> bool:
    """A person named only by an office speaks in the sentence ("The pressure prompted the
    prime minister to say ...", "... when the minister told MPs"): a "he" or "she" after it
    may mean them rather than a name further back."""
    for match in _ROLE_SPEAKS.finditer(sentence):
        tokens = match.group(1).split()
        if any(" ".join(tokens[k:]) in role_phrases() for k in range(len(tokens))):
            return True
    return False


# A quotation closed by its cue and a name: '"...," said Mr Palmer.' or '"...," Palmer
# added.' (the comma or stop sits inside the closing mark).
_CLOSING_CUE = re.compile(r"[,!?.…]\s*[\"”’']\s*")


def cued_voices(text: str, spans: list[tuple[int, int]], mentions: list) -> list[tuple[int, str]]:
    """(offset, name) of each person named by the cue right after a quotation ('"...,"
    said Mr Palmer.', '"...," Palmer added.'). Speech reported outside quotes is read
    before the quotes are attributed, so without these a "He said he was excited" after
    Palmer's quote would pass over him to whoever opened a sentence before it."""
    found = []
    starts = sorted(m.start for m in mentions)
    by_start = {m.start: m for m in mentions}
    cue = words.cue_verb_pattern()
    for _, end in spans:
        closing = _CLOSING_CUE.match(text, max(end - 1, 0)) or _CLOSING_CUE.match(text, end)
        if not closing:
            continue
        at = closing.end()
        verb = cue.match(text, at)
        k = bisect.bisect_left(starts, verb.end() + 1 if verb else at)
        if k == len(starts):
            continue
        mention = by_start[starts[k]]
        gap = text[verb.end() if verb else at : mention.start]
        if mention.possessive or gap.strip() not in ("", "Mr", "Mrs", "Ms", "Dr", "Sir", "Lord"):
            continue
        if not verb:  # '"...," Palmer added.'
            rest = text[mention.end :]
            if not cue.match(rest.lstrip()) or not rest[:1].isspace():
                continue
        found.append((mention.start, mention.name))
    return found


# ", executive editor of industry magazine Variety." closing the sentence: an apposition
# giving the person before it a role (lower case, no verb of its own).
_CLOSING_APPOSITION = re.compile(
    r",\s+(?:(?:the|a|an)\s+)?([a-z][\w'’\- ]*?(?:\s+[A-Z][^,;:()]*)?)[.!?]?\s*$"
)


def introduced_with_role(sentence: str, offset: int, mentions: list) -> str:
    """The person a sentence ends by introducing with a role after a preposition ("The
    award is the choice of Ann Brook, editor of the weekly."): the one a "he"/"she" opening
    the next sentence most likely means, when the sentence's own subject is no rival.
    ``mentions``: the people named in the sentence (outside quotes), ``offset`` where it
    starts."""
    if not mentions:
        return ""
    last = mentions[-1]
    if not last.after_preposition or last.possessive:
        return ""
    found = _CLOSING_APPOSITION.match(sentence[last.end - offset :])
    if not found or words.cue_verb_pattern().search(found.group(1)):
        return ""
    lowered = found.group(1).split()
    head = [w for w in lowered if w.islower()]
    return last.name if head and any(is_role_word(w) for w in head[:3]) else ""
