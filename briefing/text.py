"""Small text helpers every stage shares: a value on one line, an error on one line, a safe link.

Each was written several times with slightly different rules; these are the strict ones.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Line breaks and C0/C1 control characters: never part of a one-line value or a link.
_CONTROL_OR_BREAK = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f\x7f-\x9f]")
LINK_SCHEMES = ("http", "https")


def one_line(text: str | None) -> str:
    """``text`` on one line: each run of spaces, breaks and control characters is one space."""
    return " ".join(_CONTROL_OR_BREAK.sub(" ", text or "").split())


def first_line(message: object, default: str = "") -> str:
    """The first non-empty line of a message (an error's ``str``), for ``error: ...`` output.

    An empty message gives ``default``, or else the type name of ``message``.
    """
    for line in str(message).strip().splitlines():
        return line.strip()
    return default or type(message).__name__


def safe_link(url: str | None) -> str:
    """``url`` if it is an absolute http(s) link to a host, else "".

    No javascript:, data: or file: link, none without a host, and none holding
    whitespace or control characters reaches a page or an email.
    """
    url = (url or "").strip()
    if not url or _SPACE_OR_CONTROL.search(url):
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:  # "http://[::1": not a URL
        return ""
    if parts.scheme.lower() not in LINK_SCHEMES or not parts.hostname:
        return ""
    return url


# The only characters that a case-insensitive ``re`` pattern matches to an ASCII letter
# but that ``str.lower`` does not turn into it (checked over every code point, Python 3.11).
_REGEX_CASE_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_WORD = re.compile(r"\w+")


def caseless(text: str) -> str:
    """``text`` in lower case as an ``re.I`` pattern sees it: every character that such a
    pattern matches to an ASCII letter becomes that letter."""
    if text.isascii():  # most text: no fold to look up (translate costs ~50 ns a character)
        return text.lower()
    return text.translate(_REGEX_CASE_FOLDS).lower()


def caseless_words(text: str) -> frozenset[str]:
    """The whole words (``\\w+`` runs) of ``text``, lower case as an ``re.I`` pattern sees them.

    A pattern whose every match holds one of a few ASCII key words, whole, cannot match a
    text whose ``caseless_words`` holds none of them: a cheap test before a costly scan.
    """
    return frozenset(_WORD.findall(caseless(text)))
