"""People whose given names are dotted initials: "B.B. King", "J.K. Rowling", "A.J. Styles"
(rule ``initials``).

The word rules want a given name or a name-shaped first word, and "B.B." is neither (it
reads as an acronym). Firms are named like this too ("J.C. Penney", "D.E. Shaw", "W.W.
Norton"), and so are places ("Washington D.C.", "N.J."), so a pair of dotted initials and
a surname is a person only when the article says so: a speech cue next to it ("said J.M.
Berger"), a lower-case role word right before it ("author J.K. Rowling", "blues legend B.B.
King"), or the surname written alone elsewhere, mid-sentence ("... King said").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.facts.text_words import written_whole
from briefing.facts.title_people import PersonFind
from briefing.facts.tokens import Token, is_name_word, joined, past_stop_caps, same_line, words_of
from briefing.lang.en.lexicon import CUE_VERB_PATTERN, ORG_KEYWORDS, ROAD_WORDS
from briefing.lang.en.name_shapes import INITIALS_NOT_NAMES
from briefing.lang.en.speech import COMPANY_WORDS
from briefing.lang.gazetteer import organizations, places, role_phrases

_DOTTED = re.compile(r"(?:[A-Z]\.){2,3}")
_LETTERS = "[a-z\u00df-\u024f'’]+"
_SURNAME_SHAPE = re.compile(rf"(?:Mc|Mac|O['’]|D['’])?[A-Z]{_LETTERS}(?:-[A-Z]{_LETTERS})?")
_CUE = re.compile(rf"^(?:{CUE_VERB_PATTERN})$")


def initials_given(word: str) -> bool:
    """Two or three dotted capitals that name no place or body ("U.S.", "U.N.", "D.C.")."""
    if not _DOTTED.fullmatch(word) or word in INITIALS_NOT_NAMES:
        return False
    bare = word.replace(".", "")
    return not any(w in places() or w in organizations() for w in (word, bare))


def _surname_word(token: Token) -> bool:
    """A surname after the initials; a role word may be one ("B.B. King", "Jo Bishop")."""
    word = token.text
    return (
        _SURNAME_SHAPE.fullmatch(word) is not None
        and (word.lower() in role_phrases() or is_name_word(token, first=False))
        and word not in ORG_KEYWORDS
        and word not in COMPANY_WORDS
        and word not in ROAD_WORDS
        and word not in places()
        and word not in organizations()
    )


def _surname_alone(surname: str, text: str) -> bool:
    """The surname mid-sentence with no capitalised word or initials right before it, and
    none after it."""
    # not "Starr International", not "Norton, which declined": a firm's name
    pattern = rf"(?<![\w.'’-]){re.escape(surname)}(?![\w-])(?!\s+[A-Z]|,\s+which\b)"
    for match in re.finditer(pattern, text):
        before = text[max(0, match.start() - 20) : match.start()]
        if re.search(r"[a-z,”\"]\s+$", before) and not re.search(r"[A-Z][\w.]*\s+$", before):
            return True
    return False


def initials_people(
    text: str, tokens: list[Token], runs: list[tuple[int, int]]
) -> Iterable[PersonFind]:
    """Dotted initials and one or two name words, ending the run, that the article treats
    as a person (see the module docstring)."""
    n = len(tokens)
    for i, j in runs:
        first = past_stop_caps(tokens, i, j)
        start = next((k for k in range(first, j) if initials_given(tokens[k].text)), j)
        if not 2 <= j - start <= 3 or not all(
            _surname_word(tokens[k]) for k in range(start + 1, j)
        ):
            continue
        last = tokens[j - 1].text
        before = tokens[start - 1] if start > 0 and same_line(text, tokens, start) else None
        glued = before is not None and joined(text, before, tokens[start])
        if start > first and not (glued and before.text.lower() in role_phrases()):
            continue  # "Wrestler A.J. Styles", not "Acme A.B. Foods"
        after = tokens[j] if j < n and same_line(text, tokens, j) else None
        cue = bool(
            (after and _CUE.match(after.text.lower()))
            or (glued and _CUE.match(before.text.lower()))
        )
        role = glued and before.text.lower() in role_phrases()
        if cue or role or (not written_whole(last.lower(), text) and _surname_alone(last, text)):
            yield PersonFind(words_of(tokens, start, j), "initials", "", tokens[start].start)
