"""Definite descriptions of bodies resolved to the body the article named: "the ministry
said" -> "Ministry of Defence", "the firm said" -> the one company named before. The
phrase is kept as the quote's ``speaker_text``; with two candidates it stays literal."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.lang.en import speech as words
from briefing.lang.gazetteer import places

if TYPE_CHECKING:
    from briefing.facts.entities import EntityIndex

# "the ministry", "the committee": a body named by the head noun of its own name
_DEFINITE_BODY = re.compile(
    rf"^the\s+(?:{'|'.join(sorted(words.BODY_HEAD_NOUNS))})$", re.IGNORECASE
)
_COMPANY = re.compile(rf"^the\s+(?:{'|'.join(sorted(words.COMPANY_NOUNS))})$", re.IGNORECASE)


def named_body(
    phrase: str, offset: int, index: EntityIndex, text: str, unquoted: str
) -> tuple[str, str]:
    """(body, how) for a definite description at ``offset``; ("", "") when none fits.

    ``unquoted`` is ``text`` with quotations blanked: a body named inside a quote is no
    antecedent."""
    before = [
        (start, name) for start, _, kind, name in index.spans
        if kind == "organization" and start < offset and unquoted[start] == text[start]
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
            and not words.BODY_HEAD_NOUNS & set(name.lower().split()) and name not in places()
        }
        if len(companies) == 1:
            return companies.pop(), f"{phrase.lower()} -> the one company named"
    return "", ""
