"""Person names whose first or last word says they are not one person's name.

A demonym before the name is the person's origin, not a given name ("fellow Kentuckian
Rand Paul" is Rand Paul); a plural demonym at its end makes the run a people or a group
("Roma Czechs were 400 times more likely"), and one before it a side or a group
("their fellow Londoners West Ham"). A "-based" word before it says where the name is
based ("Manhattan-based Skin Laundry"). Knowledge of English is in
``briefing.lang.en.name_shapes``.
"""

from __future__ import annotations

from briefing.facts.text_words import written_whole
from briefing.facts.tokens import Token, opens_sentence
from briefing.lang.en.name_shapes import DESCRIBING_ENDINGS, KIN_OPENERS, REGION_DEMONYMS
from briefing.lang.en.speech import census_surnames, given_name
from briefing.lang.gazetteer import demonyms


def origin_word(word: str) -> bool:
    """ "American", "Kentuckian": a word for where someone is from."""
    return word in demonyms() or word in REGION_DEMONYMS


def describing_opener(word: str, text: str) -> bool:
    """ "Unseeded Nicolas Almagro beat ...", "Screenwriter Debra Hill has died": a word
    opening the sentence that describes the person (a participle, an agent noun, a word the
    article also writes in lower case), neither a given name nor a surname."""
    if given_name(word) or word in census_surnames():
        return False
    return word.lower().endswith(DESCRIBING_ENDINGS) or written_whole(word.lower(), text)


def past_kin_opener(text: str, tokens: list[Token], start: int, end: int) -> int:
    """Past a family word opening the sentence before a given name and a surname:
    "Father Arron Smith said" (a parent) names Arron Smith."""
    if end - start >= 3 and tokens[start].text in KIN_OPENERS and opens_sentence(
        text, tokens[start]
    ) and given_name(tokens[start + 1].text):
        return start + 1
    return start


def plural_demonym(word: str) -> bool:
    """ "Czechs", "Americans", "Texans": people of a country or a region."""
    return word.endswith("s") and (word in REGION_DEMONYMS or word[:-1] in demonyms())


def reshaped(name: str) -> str:
    """The person's name without a demonym before it; "" when the run names a group."""
    words = name.split()
    if not words or any(plural_demonym(w) for w in words):
        return ""  # "Roma Czechs"; "fellow Londoners West Ham" are a side
    while len(words) > 2 and origin_word(words[0]):
        words.pop(0)
    if len(words) > 2 and words[0].endswith("-based"):
        words.pop(0)  # "Manhattan-based Skin Laundry": where it is based, not a name
    if len(words) > 2 and words[-1] == words[-2]:
        words.pop()  # "Sebastian Vettel Vettel": a word written twice
    return " ".join(words)
