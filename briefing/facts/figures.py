"""Figures: the quantities of an article, with their unit, direction and what they measure.

Deterministic rules over each sentence, in four passes:

1. *mask* spans that hold digits but are not quantities: clock times and video
   durations ("10:30", "5 p.m.", "01:22"), dates ("12 March", "Oct. 31"),
   time stamps, phone numbers, street addresses, ZIP codes, lone "(4)";
2. *find* numbers: digits (separators, decimals, signs, fractions, "×10^n",
   currency prefixes, "bn"/"m"/"k" and "million" multipliers), number words
   ("twenty-eight thousand", "two dozen", "a third of", "half the"), and vague
   amounts ("several thousand", "tens of thousands of", "dozens of");
3. *read* what follows: a percent sign, a currency, a measurement unit, an age
   ("65-year-old"), a multiplier ("times"), a rate ("a month"), or else the
   counted noun phrase ("6 battalion-tactical groups"); and what comes before:
   the change word ("about", "more than", "up to", "rose", "fell");
4. *filter and join*: drop years, ordinals, identifiers ("Section 427",
   "S&P 500", "COVID-19"), sports scores ("2-1") and join ranges
   ("10-12", "between 5 and 7", "from $10 to $15 billion").

Every regular expression is compiled once at import.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

from briefing.facts import numbers as nb
from briefing.facts import units as un
from briefing.models import Document, Figure

# ---------------------------------------------------------------------------
# Word lists

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"

STOPWORDS = set(
    """a an the of in on at to for from by with as and or but nor so than then that this these
    those which who whom whose what when where while whereas if because since until till
    about around into onto over under after before during between through across against
    among per via up down out off is are was were be been being am has have had having do
    does did will would shall should can could may might must it its it's they them their
    there here he him his she her we us our you your i me my mine ours theirs not no each
    every any some all both either neither more most less least fewer many much few other
    another such own same very just only also still even already yet now ago again too
    almost nearly roughly approximately some said says say according like including
    plus minus whether how why""".split()
)
TIME_WORDS = set(
    """today yesterday tomorrow tonight week weeks month months year years day days
    monday tuesday wednesday thursday friday saturday sunday morning afternoon evening
    night weekend quarter season""".split()
)
VERBS = set(
    """is are was were be been has have had will would can could may might must shall
    should said says say sent send sends rose rise rises fell fall falls gained gains
    lost loses lose grew grows jumped climbed dropped drops declined added adds reached
    reaches hit hits totals totalled totaled totaling totalling stands stood reported
    reports employs employed costs cost paid pays pay earns earned sold sells buys bought
    owns has made makes took takes got gets needs needed spent spends expects expected
    plans planned includes included contains contained holds held measures weighs weighed
    shows showed estimates estimated raised raises received receives killed kills injured
    deployed deploys announced announces counts counted numbers numbered become became
    becomes remain remains remained saw sees see offers offered produces produced
    generates generated carries carried hosts hosted lists listed covers operates controls
    accounts represents sits lies runs serves houses faces leads""".split()
)
AUX_VERBS = set(
    """is are was were be been being am has have had will would can could may might must
    shall should do does did said says say come came comes go goes went gone get got gets
    make made take took give gave see saw know knew think thought want wanted need told
    tell became become seem seemed feel felt keep kept let put ran say live died die left
    remain remained rose fell grew won lost hit sold paid spent bought began brought
    caught drew drove fought found flew held knew led met sent shot stood struck threw
    wrote""".split()
)
COMPARATIVES = set(
    """cheaper higher lower larger bigger smaller greater better worse longer shorter
    faster slower older younger earlier later fewer less more""".split()
)
PREPOSITIONS = set(
    """behind beside beyond within without toward towards upon near inside outside
    throughout along amid despite except past ahead instead away back together apart
    alone ever last next whole total worth""".split()
)
NOUN_STOP = (
    (STOPWORDS - {"more", "other", "own", "such"})
    | AUX_VERBS
    | PREPOSITIONS
    | {"today", "yesterday", "tomorrow", "tonight", "ago", "x"}
    | {d.lower() for d in DAYS.split("|")}
)
IDENTIFIER_WORDS = set(
    """section row seat room gate flight route highway interstate chapter article page
    episode season round game stage phase level grade platform channel number no no. nos
    version v apartment apt suite unit lot box code pier terminal exit class category type
    tier track bus district ward zone precinct paragraph clause title figure table volume
    vol issue item model mark mk series edition generation gen covid covid-19 act part
    amendment bill resolution rule order squad jersey shirt sp s&p stoxx ftse nasdaq
    russell nikkei asx cac dax fortune ibex mib kospi sensex nifty seng tsx""".split()
)
LENGTH_CONTEXT = set(
    """long high deep wide tall away above below across apart thick up down from in
    sprint race hurdles freestyle dash relay metres meters run swim final""".split()
)
IRREGULAR_PLURALS = set(
    """people men women children staff police personnel cattle data feet teeth mice
    geese sheep fish deer aircraft crew media youth troops""".split()
)

# ---------------------------------------------------------------------------
# Regular expressions (compiled once)

_PREFIX_ALT = "|".join(re.escape(p) for p in sorted(un.CURRENCY_PREFIXES, key=len, reverse=True))
_CORE = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?![\d,]|\.\d)"
    r"|\d+(?:\.\d+)?"
    r"|\.\d+"
)
_NUMBER = re.compile(
    rf"""(?<![\w.,/⁄])
    (?P<approx>[~≈]\s?)?
    (?P<sign>[-−+](?=[\d.$£€¥₹]|[A-Z]{{2,3}}\d))?
    (?:(?P<cur>{_PREFIX_ALT})\s?)?
    (?P<sign2>[-−])?
    (?P<num>{_CORE})
    (?:\s?[×x]\s?10\s?(?:\^|\*\*)?\s?(?P<exp>[-−]?\d+))?""",
    re.X,
)
_FRACTION_TAIL = re.compile(r"\s?[/⁄]\s?(\d+)(?![\d/])")
_SLASH_TAIL = re.compile(r"[/⁄]")
_ORDINAL_TAIL = re.compile(r"(?:st|nd|rd|th)\b", re.I)
_PLURAL_TAIL = re.compile(r"['’′]?s\b")
_COLON_TAIL = re.compile(r"[:.]\d{2}\b|:\d")
_GLUED_TAIL = re.compile(r"[A-Za-z]+\d*[A-Za-z\d]*")

_MAGNITUDE = re.compile(
    r"""(?P<words>(?:[\s-]?(?:hundred|thousand|million|billion|trillion|lakh|crore)\b)+)
    |\s?(?P<short>mn|mln|bn|tn|trn|mil)\b
    |(?P<letter>[mMbBkK])(?![A-Za-z0-9])""",
    re.X | re.I,
)
_PERCENT = re.compile(
    r"""[\s-]?(?:(?P<pp>percentage\s+points?|basis\s+points?|bps\b|bp\b)
    |%|‰|per\s?cent\b|percent\b|pct\b|pc\b)""",
    re.X | re.I,
)
_NATIONS = (
    r"US|U\.S\.|American|Australian|Canadian|New\s+Zealand|Hong\s+Kong|Singapore|Singaporean"
    r"|Taiwan|New\s+Taiwan|Danish|Swedish|Norwegian|Czech|Swiss|Mexican|Argentine|Philippine"
    r"|Chilean|Colombian|Indian|Pakistani|Chinese|Japanese|Turkish|South\s+African|British"
    r"|Egyptian|Russian|Ukrainian|Israeli|Malaysian|Brazilian"
)
_CURRENCY_WORD = re.compile(
    rf"""[\s-]?(?:(?P<nation>{_NATIONS})\s+)?
    (?P<word>(?i:pounds\s+sterling|dollars?|euros?|sterling|pounds?|yen|yuan|renminbi|rupees?
    |roubles?|rubles?|hryvnias?|hryvnia|shekels?|ringgit|rand|lira|liras|naira|rupiah|baht
    |dirhams?|riyals?|zlotys?|zloty|forints?|kuna|francs?|pesos?|kroner|kronor|krona|krone
    |crowns?|won|bitcoins?|reais|real))\b""",
    re.X,
)
_CURRENCY_CODE = re.compile(
    r"\s?(?P<code>"
    + "|".join(re.escape(c) for c in sorted(un.CURRENCY_SUFFIX_CODES, key=len, reverse=True))
    + r")(?![A-Za-z])"
)
_US_AFTER_DOLLAR = re.compile(r"\s(?:US|U\.S\.)(?![A-Za-z])")
_AGE = re.compile(r"[\s-]?(?P<unit>year|yr|month|week|day)s?[\s-]old\b", re.I)
_TIMES = re.compile(
    r"(?:\s?(?:times)\b|-?fold\b|x(?=\s+(?:more|less|faster|higher|larger)\b))", re.I
)
_MEASURE_ALT, _MEASURE_LOOKUP = un.measure_pattern()
_MEASURE = re.compile(rf"[\s-]?(?P<unit>{_MEASURE_ALT})(?![A-Za-z0-9])")
_ATTACHED = re.compile(r"(?P<unit>in|[glLpmt])(?![A-Za-z0-9])")
_PER = re.compile(
    r"[\s-]?(?:per|a|an|/|each|every)[\s-]?(?P<per>"
    + "|".join(re.escape(p).replace(r"\ ", r"\s") for p in un.PER_UNITS)
    + r")s?\b",
    re.I,
)
_HYPHEN_NOUN = re.compile(r"-([A-Za-z]{2,})\b(?!-)")
_OF_THE = re.compile(
    r"\s+of\s+(?:(?:the|his|her|its|their|our|my|your|these|those|this|that|a|an)\s+)?"
    r"(?:(?:most|least|more|very|best|biggest)\s+)?"
)
_WORD_TOKEN = re.compile(r"\S+")

_NUMBER_WORDS = re.compile(
    rf"""\b(?:(?:a|an)\s+(?=(?:dozen|hundred|thousand|million|billion|trillion)\b))?
    (?:{nb.NUMBER_WORD}|dozen|hundred|{nb.MAGNITUDE_WORD})
    (?:(?:\s+|-|\s+and\s+)(?:{nb.NUMBER_WORD}|dozen|hundred|{nb.MAGNITUDE_WORD}))*\b""",
    re.X | re.I,
)
_FRACTION_WORDS = re.compile(
    rf"""\b(?P<num>a|an|one|{nb.NUMBER_WORD})[\s-]+
    (?P<den>{"|".join(nb.FRACTION_WORDS)})\b(?=\s+of\b)""",
    re.X | re.I,
)
_HALF = re.compile(
    r"""\bhalf\b(?!-)(?=\s+(?:of\s+)?(?:the|a|an|its|their|his|her|our|my|your|all|them|those
    |these|this|that|which|what)\b)""",
    re.X | re.I,
)
_NOT_HALF_BEFORE = re.compile(
    r"(?:the|this|that|first|second|a|one|and|by|in|of|every|each)\s+$", re.I
)
_ONE_IN = re.compile(
    rf"\b(?P<n>one|\d+)\s+(?:out\s+of|in)\s+(?P<d>{nb.NUMBER_WORD}|\d{{1,3}})\b(?!\s*[%,.]\d)",
    re.I,
)
_VAGUE_PLURAL = re.compile(
    r"\b(?:(?P<pre>tens|hundreds)\s+of\s+)?(?P<v>dozens|hundreds|thousands|millions|billions"
    r"|trillions)\b(?=\s+(?:of|upon)\b)",
    re.I,
)
_VAGUE_COUNT = re.compile(
    r"\b(?P<v>several|a\s+few|a\s+couple\s+of|a\s+couple)\s+"
    r"(?P<mag>hundred|thousand|million|billion|trillion|dozen)s?\b",
    re.I,
)

# Spans that hold digits but are not quantities.
_MASKS = [
    re.compile(p, f)
    for p, f in (
        (r"\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?", 0),  # ISO dates and time stamps
        (r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)", 0),
        (r"\b\d{1,2}\s?(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)", 0),
        (r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\b", 0),  # clock times, durations 01:22
        (r"\b\d{4}\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|CST|CDT|hrs|hours\s+GMT)\b", 0),
        (r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", 0),  # 12/03/2022
        # "two days ago" is a relative date (the dates extractor's), not a count of days
        (
            r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            r"a\s+few|several|a\s+couple\s+of)\s+(?:second|minute|hour|day|week|month|year|"
            r"decade|centur(?:y|ie))s?\s+ago\b",
            re.I,
        ),
        (
            rf"\b(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s?[-–]\s?\d{{1,2}})?"
            r"(?:,?\s+\d{4})?\b",
            0,
        ),
        (rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})\b\.?(?:,?\s+\d{{4}})?", 0),
        (r"(?<![\w])\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,}", 0),  # +44 20 ...
        (r"\(\d{2,5}\)\s?\d{3,4}[\s.-]?\d{3,4}\b", 0),  # (020) 7946 0958
        (r"\b\d{3}[-.]\d{3}[-.]\d{4}\b", 0),  # 555-123-4567
        (r"\b0\d{2,4}[\s-]\d{3,4}[\s-]\d{3,4}\b", 0),  # 020 7946 0958
        (
            r"\b(?:call|phone|tel\.?|telephone|hotline|fax|dial|text|whatsapp)\b:?\s*"
            r"(?:on\s+|at\s+)?\+?\d[\d\s().-]{5,}\d",
            re.I,
        ),
        (
            r"\b\d{1,5}(?:[-–]\d{1,5})?\s+(?:[A-Z0-9][\w.]*\s+){1,3}"
            r"(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl"
            r"|Court|Ct|Square|Terrace|Crescent|Highway|Hwy|Parkway|Close)\b\.?",
            0,
        ),
        (r"\b\d{1,5}\s+(?:Ave|Avenue|Rue|Via|Calle|Boulevard|Blvd)\s+[A-Z]", 0),
        (r"\b\d{5}(?:-\d{4})?\s+(?:ZIP|zip)\b|\b(?:ZIP|zip)(?:\s+[Cc]ode)?\s+\d{5}", 0),
        (  # "two days ago" is a date (the dates extractor reads it), not a figure
            rf"\b(?:\d+|{nb.NUMBER_WORD}|a|an)\s+(?:second|minute|hour|day|week|month|year"
            r"|decade|centur(?:y|ie))s?\s+ago\b",
            re.I,
        ),
        (r"(?<![\w$£€])\(\d{1,3}\)(?!\s?(?:%|per))", 0),  # jersey numbers "(4)"
    )
]

_APPROX_BEFORE = re.compile(
    r"(?:\babout|\baround|\bapproximately|\bapprox\.|\bapprox|\broughly|\bnearly|\balmost"
    r"|\bsome|\bclose\s+to|\bcirca|\bc\.|\bca\.|\ban\s+estimated|\bestimated|\bjust\s+about"
    r"|\bpossibly|\bperhaps|~|≈)\s*$",
    re.I,
)
_MORE_BEFORE = re.compile(
    r"(?:\bmore\s+than|\bover|\bat\s+least|\babove|\bupwards\s+of|\bin\s+excess\s+of"
    r"|\bexceeding|\bgreater\s+than|\bhigher\s+than|\bno\s+fewer\s+than|\bno\s+less\s+than"
    r"|\bwell\s+over|\bjust\s+over|\bnorth\s+of|\bbeyond|>|≥)\s*$",
    re.I,
)
_LESS_BEFORE = re.compile(
    r"(?:\bfewer\s+than|\bless\s+than|\bunder|\bup\s+to|\bbelow|\bno\s+more\s+than"
    r"|\bat\s+most|\blower\s+than|\bjust\s+under|\bnot\s+more\s+than|\bmaximum\s+of"
    r"|\bas\s+little\s+as|\bsub-|<|≤)\s*$",
    re.I,
)
_QUALIFIERS = (
    r"(?:\s+(?:by|of))?(?:\s+(?:about|around|nearly|almost|roughly|some|just|only|more\s+than"
    r"|over|under|another|a\s+further|an\s+estimated|approximately|less\s+than))*"
)
_UP_BEFORE = re.compile(
    r"\b(?:rose|rise|rises|risen|rising|increased|increase|increases|increasing|grew|grow|grows"
    r"|growing|gained|gain|gains|gaining|jumped|jump|jumps|climbed|climb|climbs|surged|surge"
    r"|soared|advanced|advances|added|adds|up|boosted|lifted|rallied|improved|expanded"
    r"|rebounded|spiked|inched\s+up|edged\s+up|higher\s+by|a\s+rise\s+of|an\s+increase\s+of"
    r"|a\s+gain\s+of|a\s+jump\s+of)" + _QUALIFIERS + r"\s*$",
    re.I,
)
_DOWN_BEFORE = re.compile(
    r"\b(?:fell|fall|falls|fallen|falling|dropped|drop|drops|dropping|declined|decline"
    r"|declines|decreased|decrease|decreases|lost|lose|loses|losing|shed|sheds|slid|slides"
    r"|slipped|slips|sank|sinks|plunged|plunges|plummeted|plummeting|tumbled|tumbles|down"
    r"|cut|cuts|reduced|eased|eases|dipped|dips|retreated|shrank|shrunk|contracted|slumped"
    r"|slumps|tanked|crashed|edged\s+down|narrowed|lower\s+by|a\s+fall\s+of|a\s+drop\s+of"
    r"|a\s+decline\s+of|a\s+decrease\s+of)" + _QUALIFIERS + r"\s*$",
    re.I,
)
_OR_RESTATE = re.compile(r"^,?\s+or\s+$", re.I)
_PAREN_RESTATE = re.compile(r"^\s*\(\s*$")
_PHRASAL_UP = re.compile(
    r"\b(?:gave|give|gives|giving|given|set|sets|ended|end|ends|wound|picked|pick|put|puts"
    r"|made|make|took|take|signed|sign|came|come|turned|summed|backed|built|mopped|racked"
    r"|rack|racks|snapped|snap|used|use|uses|using)\s+up\s*$",
    re.I,
)
_UP_AFTER = re.compile(r"\s+(?:higher|up)\b", re.I)
_DOWN_AFTER = re.compile(r"\s+(?:lower|down)\b(?!\s+(?:from|to)\b)", re.I)
_APPROX_AFTER = re.compile(r"\s*(?:or\s+so\b|-?odd\b)", re.I)
_QUALIFIER_SPAN = re.compile(
    r"(?:\b(?:about|around|approximately|roughly|nearly|almost|some|more\s+than|over"
    r"|at\s+least|fewer\s+than|less\s+than|up\s+to|under|just\s+over|just\s+under"
    r"|an\s+estimated|as\s+many\s+as|as\s+much\s+as|well\s+over|close\s+to)\s+)$",
    re.I,
)
_MINUS_BEFORE = re.compile(r"\bminus[\s-]?$", re.I)
_HYPHEN_WORD_BEFORE = re.compile(r"([A-Za-z]+)[-–]$")
_RANGE_DASH = re.compile(r"^\s?[-–—]\s?$")
_RANGE_TO = re.compile(r"^\s?[-–—]?\s?(?:up\s+)?to\s?[-–—]?\s?$", re.I)
_UNIT_SHARE = re.compile(r"^-?,?\s+(?:or|and)\s+$|^-,\s+$|^\s?(?:x|×|by)\s?$", re.I)
_RANGE_AND = re.compile(r"^\s+and\s+$", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:up\s+to\s+)?$", re.I)
_BY_BEFORE = re.compile(r"\bby\s+$", re.I)
_DATE_CUE_BEFORE = re.compile(
    r"\b(?:in|since|by|until|till|during|before|after|from|of|circa|early|late|mid|year|between"
    r"|season|A\.?D\.?|B\.?C\.?|fiscal|FY|spring|summer|autumn|fall|winter)[\s-]*$",
    re.I,
)
_AGE_APPOSITION_BEFORE = re.compile(r"[A-Z][\w'’.-]*,\s$")
_AGED_BEFORE = re.compile(r"\baged\s+$", re.I)
_ERA_BEFORE = re.compile(r"\b(?:A\.D\.|AD|B\.C\.|BC|BCE|circa)\s*$")
_YEAR_LINK = re.compile(r"^\s?(?:[-–—]|and|to|or|until|till)\s?$|^\s+(?:and|to|or)\s+$", re.I)


@dataclass
class _Quantity:
    num_start: int
    num_end: int
    start: int  # span shown as the figure's text
    end: int
    value: float
    raw: str = ""
    unit: str = ""
    kind: str = ""  # currency|percent|measure|age|times|fraction|noun|""
    change: str = ""
    high: float | None = None
    factor: float = 1.0  # magnitude applied ("million" -> 1e6)
    is_word: bool = False
    vague: bool = False
    year: bool = False
    dropped: bool = False

    @property
    def explicit(self) -> bool:
        return self.kind in ("currency", "percent", "measure", "age", "times", "fraction")


# ---------------------------------------------------------------------------
# Public API


def extract_figures(doc: Document) -> list[Figure]:
    """Every figure of every sentence of ``doc``, in reading order."""
    found: list[Figure] = []
    for sentence in doc.sentences:
        found.extend(figures_in_sentence(sentence.text, sentence.index))
    return found


def figures_in_sentence(text: str, sentence: int = 0) -> list[Figure]:
    """The figures in one sentence, left to right."""
    if not text:
        return []
    masks = [m.span() for pattern in _MASKS for m in pattern.finditer(text)]
    found = _digit_quantities(text, masks) + [
        q for q in _word_quantities(text) if not _in_masks(q.num_start, q.num_end, masks)
    ]
    found = _without_overlaps(found)
    _mark_years(text, found)
    found = _join_ranges(text, found)
    _share_units(text, found)
    kept = [q for q in found if not q.dropped and not q.year]
    previous = None
    for q in kept:
        _read_change(text, q)
        if previous is not None:
            _inherit_change(text, previous, q)
        previous = q
    return [_to_figure(text, q, sentence) for q in kept]


def _inherit_change(text: str, previous: _Quantity, q: _Quantity) -> None:
    """'lost 190 points, or 0.6%' and '100 km (60 miles)': the restatement shares the change."""
    between = text[previous.end : q.start]
    restated = _OR_RESTATE.match(between) or _PAREN_RESTATE.match(between)
    if restated and q.change == "=" and previous.change != "=":
        q.change = previous.change


def select_figures(
    figures: list[Figure],
    preferred_sentences: Collection[int],
    limit: int,
    actors: Collection[str] = (),
) -> list[Figure]:
    """The figures for the fact box: summary sentences first, then main actors, at most ``limit``.

    ``actors`` are names of the article's main people/places/organisations; when
    absent, the proper names that recur most in the figures' labels stand in.
    Trivial figures (a bare "one") are left out and a value+unit is kept once.
    """
    if limit <= 0:
        return []
    candidates = [f for f in figures if _worth_showing(f)]
    names = {a.lower() for a in actors if a} or _recurring_label_names(candidates)

    def about_actor(figure: Figure) -> bool:
        label = figure.label.lower()
        return any(name in label for name in names)

    ranked = sorted(
        enumerate(candidates),
        key=lambda item: (
            item[1].sentence not in preferred_sentences,
            not about_actor(item[1]),
            not item[1].label,
            item[0],
        ),
    )
    chosen: list[Figure] = []
    seen: set[tuple[float, float | None, str]] = set()
    for _, figure in ranked:
        key = (round(figure.value, 6), figure.high, figure.unit.lower())
        if key in seen:
            continue
        seen.add(key)
        chosen.append(figure)
        if len(chosen) == limit:
            break
    order = {id(f): i for i, f in enumerate(figures)}
    return sorted(chosen, key=lambda f: order[id(f)])


# ---------------------------------------------------------------------------
# Finding numbers


def _in_masks(start: int, end: int, masks: list[tuple[int, int]]) -> bool:
    return any(start < m_end and end > m_start for m_start, m_end in masks)


def _digit_quantities(text: str, masks: list[tuple[int, int]]) -> list[_Quantity]:
    found = []
    for match in _NUMBER.finditer(text):
        q = _read_digit_match(text, match, masks)
        if q is not None:
            found.append(q)
    return found


def _read_digit_match(
    text: str, match: re.Match[str], masks: list[tuple[int, int]]
) -> _Quantity | None:
    num_start, num_end = match.span("num")
    if _in_masks(num_start, num_end, masks):
        return None
    raw = match.group("num")
    value = nb.parse_digits(raw)
    if match.group("sign") in ("-", "−") or match.group("sign2"):
        value = -value
    if match.group("exp"):
        value *= 10 ** int(match.group("exp").replace("−", "-"))
    q = _Quantity(num_start, match.end(), match.start(), match.end(), value, raw=raw)
    if match.group("sign") == "+":
        q.change = "up"
    if match.group("approx"):
        q.change = "~"
    if _MINUS_BEFORE.search(text, 0, match.start()):
        q.value = -abs(q.value)
    pos = match.end()
    fraction = _FRACTION_TAIL.match(text, pos)
    if fraction and not match.group("cur"):
        denominator = int(fraction.group(1))
        if "." in raw or "," in raw or not 0 < value < denominator or denominator > 1000:
            return None
        q.value = value / denominator
        pos = fraction.end()
    elif _SLASH_TAIL.match(text, pos):
        return None  # "24/7", "$7/$9", "3/4-inch" dates and ratios: not a single figure
    if _ORDINAL_TAIL.match(text, pos) or _PLURAL_TAIL.match(text, pos):
        return None  # "22nd", "1990s", "Model 3s", "2022's"
    if _COLON_TAIL.match(text, pos):
        return None
    if not _read_prefix_context(text, q, match):
        return None
    currency = un.CURRENCY_PREFIXES.get(match.group("cur") or "", "")
    pos = _read_magnitude(text, q, pos, bool(currency))
    end = _read_unit(text, q, pos, currency, attached=True)
    if end is None:
        return None
    q.end = end
    return q


def _read_prefix_context(text: str, q: _Quantity, match: re.Match[str]) -> bool:
    """False for digits glued to a word by a hyphen that names a thing: 'F-35', 'TA-35'."""
    hyphen = _HYPHEN_WORD_BEFORE.search(text, max(0, match.start() - 20), match.start())
    if hyphen and hyphen.end() == match.start():
        word = hyphen.group(1).lower()
        if word == "sub":
            q.change = "<"
        elif word not in ("minus", "plus", "then", "now", "over", "under", "top", "mid", "a", "to"):
            return False
    return True


def _read_magnitude(text: str, q: _Quantity, pos: int, has_currency: bool) -> int:
    match = _MAGNITUDE.match(text, pos)
    if not match:
        return pos
    if match.group("words"):
        word = match.group("words")
    elif match.group("short"):
        word = match.group("short")
    else:
        letter = match.group("letter")
        if not _letter_is_magnitude(text, letter, match.end(), has_currency):
            return pos
        word = letter
    q.factor = nb.scale(1.0, word.strip(" -"))
    q.value = nb.tidy(q.value * q.factor)
    return match.end()


def _letter_is_magnitude(text: str, letter: str, after: int, has_currency: bool) -> bool:
    """'$1.2m', '35m of', '12.3m tonnes' are millions; '37m (121ft)', '100m sprint' metres."""
    low = letter.lower()
    if low == "k":
        return True
    if has_currency:
        return True
    following = re.match(r"\s+([A-Za-z]+)", text[after : after + 30])
    if low == "b":
        return bool(following)
    if not following:
        return False
    return following.group(1).lower() not in LENGTH_CONTEXT


def _read_unit(text: str, q: _Quantity, pos: int, currency: str, attached: bool) -> int | None:
    """Read the unit after the number; returns the end of the figure's span."""
    if currency:
        q.unit, q.kind = currency, "currency"
        us = _US_AFTER_DOLLAR.match(text, pos)
        if us and currency == "USD":
            pos = us.end()
        # "$5 billion" already read; a second magnitude after a prefix is rare.
        return _read_rate(text, q, pos)
    if match := _PERCENT.match(text, pos):
        pp = match.group("pp")
        if pp:
            q.unit = "percentage points" if pp.lower().startswith("percentage") else "basis points"
        else:
            q.unit = "%"
        q.kind = "percent"
        return match.end()
    if match := _AGE.match(text, pos):
        q.unit, q.kind = match.group("unit").lower() + "s", "age"
        return match.end()
    if match := _CURRENCY_WORD.match(text, pos):
        code = _currency_word_code(match, q)
        if code:
            q.unit, q.kind = code, "currency"
            return _read_rate(text, q, match.end())
    if match := _CURRENCY_CODE.match(text, pos):
        q.unit, q.kind = un.CURRENCY_SUFFIX_CODES[match.group("code")], "currency"
        return _read_rate(text, q, match.end())
    if match := _TIMES.match(text, pos):
        q.unit, q.kind = "times", "times"
        return _read_rate(text, q, match.end())
    if match := _MEASURE.match(text, pos):
        q.unit, q.kind = un.canonical_measure(match.group("unit"), _MEASURE_LOOKUP), "measure"
        if q.unit == "lb" and q.factor >= 1e6:
            q.unit, q.kind = "GBP", "currency"
        return _read_rate(text, q, match.end())
    if attached and (match := _ATTACHED.match(text, pos)):
        q.unit, q.kind = un.ATTACHED_ONLY[match.group("unit")], "measure"
        return _read_rate(text, q, match.end())
    if _GLUED_TAIL.match(text, pos):
        return None  # "5G", "3D", "9AB8": a code, not a figure
    return _read_noun(text, q, pos)


def _currency_word_code(match: re.Match[str], q: _Quantity) -> str:
    word = match.group("word").lower()
    if word.startswith("pound") and "sterling" not in word:
        if q.factor < 1e6 and not match.group("nation"):
            return ""  # "208 pounds": weight; read as a measure below
        return "GBP"
    if word == "won" and q.factor < 1e6:
        return ""
    if word in ("real",) and not match.group("nation"):
        return ""
    return un.currency_from_words(match.group("nation"), word)


def _read_rate(text: str, q: _Quantity, pos: int) -> int:
    match = _PER.match(text, pos)
    if match:
        q.unit = f"{q.unit} per {match.group('per').lower()}".strip()
        return match.end()
    return pos


def _read_noun(text: str, q: _Quantity, pos: int) -> int:
    """The counted noun phrase after a number: '6 battalion-tactical groups'."""
    phrase, end = _counted_noun(text, pos, q.value)
    if phrase:
        q.unit, q.kind = phrase, "noun"
        return _read_rate(text, q, end)
    rate = _PER.match(text, pos)
    if rate:
        q.unit, q.kind = f"per {rate.group('per').lower()}", "noun"
        return rate.end()
    return pos


def _counted_noun(text: str, pos: int, value: float) -> tuple[str, int]:
    hyphen = _HYPHEN_NOUN.match(text, pos)
    if hyphen:  # "four-cylinder engine", "three-bed flat": the unit is the hyphened noun
        word = hyphen.group(1)
        if word.lower() not in NOUN_STOP:
            return word, hyphen.end()
        return "", pos
    of_the = _OF_THE.match(text, pos)
    if of_the:  # "one of the largest dinosaurs", "35m of its Echo devices"
        phrase, end = _noun_run(text, of_the.end(), singular_count=False)
        if phrase:
            return phrase, end
    if not text[pos : pos + 1].isspace():
        return "", pos
    return _noun_run(text, pos, singular_count=abs(value) == 1)


def _noun_run(text: str, pos: int, singular_count: bool = False) -> tuple[str, int]:
    """Words that can form the noun phrase starting at ``pos``, cut at its head noun."""
    tokens = _run_tokens(text, pos)
    words: list[tuple[str, int]] = []  # (word, end offset)
    for index, (token, token_end) in enumerate(tokens):
        low = token.lower().rstrip(".")
        if token[0].isdigit():
            # digits inside a name: "Model 3 sedans", "new 737 Max jets"
            nxt = tokens[index + 1][0] if index + 1 < len(tokens) else ""
            if words and (words[-1][0][:1].isupper() or nxt[:1].isupper()):
                words.append((token, token_end))
                continue
            break
        if low == "and":
            if not words:
                break
        elif low in nb.SMALL_NUMBERS or low in nb.MAGNITUDES or low in NOUN_STOP:
            break
        words.append((token.rstrip(".") if index == len(tokens) - 1 else token, token_end))
    words = _cut_at_head(words, singular_count)
    while words and (
        words[-1][0].lower() in ("and", *COMPARATIVES)
        or words[-1][0].lower().endswith("ly")
        or words[-1][0][0].isdigit()
    ):
        words.pop()
    if len(words) == 1 and _looks_verbal(words[0][0].lower()):
        return "", pos
    if not words:
        return "", pos
    phrase = " ".join(w for w, _ in words)
    return phrase.rstrip("."), words[-1][1] - (1 if words[-1][0].endswith(".") else 0)


_RUN_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’&.-]*[A-Za-z]|[A-Za-z]|\d[\w.,]*|\S")


def _run_tokens(text: str, pos: int) -> list[tuple[str, int]]:
    tokens: list[tuple[str, int]] = []
    cursor = pos
    for match in _RUN_TOKEN.finditer(text, pos, min(len(text), pos + 120)):
        gap = text[cursor : match.start()]
        if "\n" in gap or (tokens and not gap) or not match.group(0)[0].isalnum():
            break
        tokens.append((match.group(0), match.end()))
        cursor = match.end()
        if len(tokens) >= 6:
            break
    return tokens


def _cut_at_head(words: list[tuple[str, int]], singular_count: bool) -> list[tuple[str, int]]:
    lows = [w.lower() for w, _ in words]
    if singular_count:  # "one proposal asks": a plural-looking word after the noun is a verb
        for index, low in enumerate(lows[1:], 1):
            if _is_plural(low) or _looks_verbal(low) or low == "and":
                return words[:index][:3]
        return words[:3]
    for index, low in enumerate(lows):
        if low != "and" and _is_plural(low):
            return words[: index + 1]
    for index, low in enumerate(lows):
        if low == "and" or (_looks_verbal(low) and index > 0):
            return words[:index][:3]
    return words[:3]


def _looks_verbal(low: str) -> bool:
    if low.endswith("ed") and not low.endswith("eed") and len(low) > 4:
        return True
    return low.endswith("ing") and len(low) > 5


def _is_plural(low: str) -> bool:
    if low in IRREGULAR_PLURALS:
        return True
    return (
        len(low) > 3
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is", "'s", "’s", "ous"))
    )


# ---------------------------------------------------------------------------
# Number words


def _word_quantities(text: str) -> list[_Quantity]:
    found: list[_Quantity] = []
    for match in _VAGUE_PLURAL.finditer(text):
        found.append(_vague_plural(text, match))
    for match in _VAGUE_COUNT.finditer(text):
        found.append(_vague_count(text, match))
    for match in _FRACTION_WORDS.finditer(text):
        q = _fraction_words(text, match)
        if q:
            found.append(q)
    for match in _HALF.finditer(text):
        if _NOT_HALF_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue
        found.append(_fraction_quantity(text, match.start(), match.end(), 0.5))
    for match in _ONE_IN.finditer(text):
        d = _word_or_digit(match.group("d"))
        n = _word_or_digit(match.group("n"))
        if d and n and 0 < n < d:
            found.append(_fraction_quantity(text, match.start(), match.end(), n / d))
    for match in _NUMBER_WORDS.finditer(text):
        found.extend(_number_word_runs(text, match))
    return found


def _word_or_digit(token: str) -> float | None:
    if token.isdigit():
        return float(token)
    return nb.words_value([token.lower()])


def _vague_plural(text: str, match: re.Match[str]) -> _Quantity:
    base = nb.VAGUE_PLURALS[match.group("v").lower()]
    pre = (match.group("pre") or "").lower()
    base *= {"tens": 10, "hundreds": 100}.get(pre, 1)
    q = _Quantity(match.start(), match.end(), match.start(), match.end(), float(base))
    q.high, q.change, q.vague, q.is_word = float(base * 10), "~", True, True
    q.end = _read_noun(text, q, _skip_of(text, match.end()))
    return q


def _vague_count(text: str, match: re.Match[str]) -> _Quantity:
    low, high = nb.VAGUE_COUNTS[re.sub(r"\s+", " ", match.group("v").lower())]
    mag = match.group("mag").lower()
    factor = 12.0 if mag == "dozen" else nb.MAGNITUDES[mag]
    q = _Quantity(match.start(), match.end(), match.start(), match.end(), low * factor)
    q.high = high * factor if high != low else None
    q.change, q.vague, q.is_word, q.factor = "~", True, True, factor
    end = _read_unit(text, q, _skip_of(text, match.end()), "", attached=False)
    q.end = end if end is not None else match.end()
    return q


def _skip_of(text: str, pos: int) -> int:
    of = re.match(r"\s+of(?=\s)", text[pos:])
    return pos + of.end() if of else pos


def _fraction_words(text: str, match: re.Match[str]) -> _Quantity | None:
    numerator = 1.0 if match.group("num").lower() in ("a", "an") else None
    numerator = numerator or nb.words_value([match.group("num").lower()])
    if not numerator:
        return None
    denominator = nb.FRACTION_WORDS[match.group("den").lower()]
    return _fraction_quantity(text, match.start(), match.end(), numerator / denominator)


def _fraction_quantity(text: str, start: int, end: int, value: float) -> _Quantity:
    q = _Quantity(start, end, start, end, value, unit="fraction", kind="fraction")
    q.is_word = True
    return q


def _number_word_runs(text: str, match: re.Match[str]) -> list[_Quantity]:
    """Split a run of number words at an 'and' that joins two numbers ('one and two')."""
    tokens = [
        (m.group(0), m.start() + match.start()) for m in re.finditer(r"[A-Za-z]+", match.group(0))
    ]
    runs: list[list[tuple[str, int]]] = [[]]
    for word, start in tokens:
        low = word.lower()
        if low == "and":
            previous = runs[-1][-1][0].lower() if runs[-1] else ""
            if previous not in ("hundred", *nb.MAGNITUDES):
                runs.append([])
            else:
                runs[-1].append((word, start))
            continue
        runs[-1].append((word, start))
    quantities = []
    for run in runs:
        while run and run[-1][0].lower() == "and":
            run.pop()
        q = _word_run_quantity(text, run)
        if q is not None:
            quantities.append(q)
    return quantities


def _word_run_quantity(text: str, run: list[tuple[str, int]]) -> _Quantity | None:
    if not run:
        return None
    words = [w.lower() for w, _ in run]
    if all(w in ("a", "an", "dozen", "hundred", *nb.MAGNITUDES) for w in words[:1]) and (
        words[0] not in ("a", "an")
    ):
        return None  # a bare "hundred"/"million": part of a vague amount or a name
    value = nb.words_value(words)
    if value is None:
        return None
    start = run[0][1]
    end = run[-1][1] + len(run[-1][0])
    if not _word_number_is_figure(text, run, start, end):
        return None
    q = _Quantity(start, end, start, end, float(value), raw=text[start:end], is_word=True)
    if words[-1] in nb.MAGNITUDES or words[-1] == "hundred":
        q.factor = nb.MAGNITUDES.get(words[-1], 100.0)
    fold = re.match(r"-?fold\b", text[end:])
    if fold:
        q.unit, q.kind, q.end = "times", "times", end + fold.end()
        return q
    unit_end = _read_unit(text, q, end, "", attached=False)
    q.end = unit_end if unit_end is not None else end
    return q


def _word_number_is_figure(text: str, run: list[tuple[str, int]], start: int, end: int) -> bool:
    first = run[0][0]
    if first[:1].isupper() and not _sentence_initial(text, start):
        return False  # "Formula One", "Big Ten", "Fantastic Four"
    before = text[max(0, start - 12) : start].lower()
    after = text[end : end + 12].lower()
    if len(run) == 1 and first.lower() == "one":
        if re.search(
            r"\b(?:no|the|this|that|each|every|any|which|last|next|little|same|"
            r"another|one|someone|everyone)\s+$",
            before,
        ):
            return False
        if re.match(r"\s+another\b|-(?:on|off|time|way|size|sided|man)\b|'s\b|\s+\d", after):
            return False
    if re.match(r"-(?:th|st)\b", after):
        return False
    return True


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".:;!?\"“‘'(—–-[" or before.endswith("\n")


# ---------------------------------------------------------------------------
# Filters and ranges


def _without_overlaps(found: list[_Quantity]) -> list[_Quantity]:
    ordered = sorted(found, key=lambda q: (q.num_start, -(q.num_end - q.num_start)))
    kept: list[_Quantity] = []
    for q in ordered:
        if kept and kept[-1].kind == "noun" and q.num_start < kept[-1].end:
            continue  # "two new 737 Max jets": 737 is part of the counted noun
        if kept and q.num_start < kept[-1].num_end:
            longer = (q.num_end - q.num_start) > (kept[-1].num_end - kept[-1].num_start)
            if longer:
                kept[-1] = q
            continue
        kept.append(q)
    return kept


def _mark_years(text: str, found: list[_Quantity]) -> None:
    for q in found:
        if _is_identifier(text, q):
            q.dropped = True
        elif _looks_like_year(text, q):
            q.year = True
        elif _is_age_apposition(text, q):
            q.unit, q.kind = "years", "age"
    _year_links(text, found)


def _plain_integer(q: _Quantity) -> bool:
    return not q.is_word and q.raw.isdigit() and q.factor == 1.0


def _looks_like_year(text: str, q: _Quantity) -> bool:
    if not _plain_integer(q) or len(q.raw) != 4 or q.kind not in ("", "noun"):
        return False
    value = int(q.raw)
    window = (max(0, q.num_start - 30), q.num_start)
    if _ERA_BEFORE.search(text, *window):
        return True
    if _DATE_CUE_BEFORE.search(text, *window) and 1500 <= value <= 2200:
        return True
    if not 1700 <= value <= 2100:
        return False
    if q.kind == "noun":
        if q.unit[:1].isupper():
            return True  # "the 2003 Iron Bowl", "2019 Rich List"
        return not _is_plural(q.unit.split()[-1].lower())
    return True


def _year_links(text: str, found: list[_Quantity]) -> None:
    """'between 1600 and 1900', 'A.D. 1000 and 1260': a number joined to a year is a year;
    'about 2000 - 2500 Calories': a bare 4-digit number joined to a measured one is not."""
    for q, nxt in zip(found, found[1:], strict=False):
        if not _YEAR_LINK.match(text[q.end : nxt.start]):
            continue
        if q.year and not nxt.year and _plain_integer(nxt) and 1000 <= nxt.value <= 2200:
            nxt.year = nxt.kind in ("", "noun")
        elif q.year and not q.unit and not nxt.year and nxt.unit and nxt.kind != "noun":
            if not _DATE_CUE_BEFORE.search(text, max(0, q.num_start - 30), q.num_start):
                q.year = False


def _previous_word(text: str, start: int) -> tuple[str, int] | None:
    match = re.search(r"(\S+)[ \u00a0]+$", text[max(0, start - 40) : start])
    if not match:
        return None
    return match.group(1), start - len(match.group(0))


def _is_identifier(text: str, q: _Quantity) -> bool:
    """'Section 427', 'S&P 500 utilities', 'Game 7', 'iPhone 11': a name, not a count."""
    if q.is_word or q.kind in ("currency", "percent", "age"):
        return False
    if q.kind == "measure" and q.unit not in ("points",):
        return False
    previous = _previous_word(text, q.start)
    if previous is None:
        return False
    word, word_start = previous
    low = word.lower()
    if low in IDENTIFIER_WORDS:
        return True
    if not any(ch.isupper() for ch in word) or not any(ch.isalpha() for ch in word):
        return False
    if word[-1] in ",;:.)":
        return False
    if low in STOPWORDS or low in TIME_WORDS or re.fullmatch(MONTHS, word):
        return False
    if _sentence_initial(text, word_start) and word[1:].islower():
        return False
    return not _APPROX_BEFORE.search(text, 0, q.start) and not _MORE_BEFORE.search(text, 0, q.start)


def _is_age_apposition(text: str, q: _Quantity) -> bool:
    """'Maddon, 66, has ...' and 'aged 18': an age in years."""
    if q.kind or not _plain_integer(q) or not 0 < q.value < 125:
        return False
    if _AGED_BEFORE.search(text, 0, q.start):
        return True
    before = text[max(0, q.start - 30) : q.start]
    return bool(_AGE_APPOSITION_BEFORE.search(before)) and text[q.end : q.end + 1] == ","


def _join_ranges(text: str, found: list[_Quantity]) -> list[_Quantity]:
    result: list[_Quantity] = []
    index = 0
    while index < len(found):
        q = found[index]
        nxt = found[index + 1] if index + 1 < len(found) else None
        if nxt is not None and (q.dropped or q.year) and _glued(text, q, nxt):
            nxt.dropped = True  # "ISO 3888-2", "2014-15": the tail of a code or season
        if nxt is not None and not q.dropped and not nxt.dropped:
            joined = _try_join(text, q, nxt)
            if joined == "score":
                q.dropped = nxt.dropped = True
            elif joined is not None:
                result.append(joined)
                index += 2
                continue
        result.append(q)
        index += 1
    return result


def _change_then_level(text: str, start: int) -> bool:
    before = text[max(0, start - 60) : start]
    return bool(
        _BY_BEFORE.search(before) or _UP_BEFORE.search(before) or _DOWN_BEFORE.search(before)
    )


def _compatible_units(first: str, second: str) -> bool:
    """Same unit, or the same unit with a rate on one side ('USD' and 'USD per year')."""
    a, b = un.unit_key(first), un.unit_key(second)
    return a == b or a.startswith(b + " per ") or b.startswith(a + " per ")


def _share_units(text: str, found: list[_Quantity]) -> None:
    """'eight or nine euros', '7- or 8-inch': a bare number borrows the unit that follows."""
    for q, nxt in reversed(list(zip(found, found[1:], strict=False))):
        if q.unit or q.dropped or q.year or nxt.dropped or not nxt.unit:
            continue
        if not _UNIT_SHARE.match(text[q.end : nxt.start]):
            continue
        between = text[q.end : nxt.start]
        if nxt.kind == "noun" and " or " not in between and not between.startswith("-"):
            continue
        q.unit, q.kind = nxt.unit, nxt.kind
        if q.factor == 1.0 and nxt.factor > 1.0 and abs(q.value) < abs(nxt.value / nxt.factor):
            q.value, q.factor = nb.tidy(q.value * nxt.factor), nxt.factor


def _glued(text: str, a: _Quantity, b: _Quantity) -> bool:
    return b.start - a.end <= 1 and text[a.end : b.start] in ("-", "–", ".", "")


def _joiner(text: str, a: _Quantity, b: _Quantity) -> str:
    between = text[a.end : b.start]
    if _RANGE_DASH.match(between):
        return "dash"
    if _RANGE_TO.match(between):
        return "to"
    if _RANGE_AND.match(between) and _BETWEEN_BEFORE.search(text, 0, a.start):
        return "between"
    return ""


def _try_join(text: str, a: _Quantity, b: _Quantity) -> _Quantity | str | None:
    joiner = _joiner(text, a, b)
    if not joiner or a.year or b.year or a.vague or b.vague:
        return None
    if a.kind == "fraction" or b.kind == "fraction":
        return None
    framed = _FROM_BEFORE.search(text, 0, a.start) or joiner == "between" or a.kind == "age"
    if joiner == "dash" and not a.unit and not b.explicit and _plain_integer(a):
        if _plain_integer(b) and b.value <= a.value:
            return "score"  # "beat Charlton 2-1", "ended 2-2"
    if a.unit and b.unit and not _compatible_units(a.unit, b.unit):
        if not (a.kind == "noun" and b.explicit and joiner == "dash"):
            return None
    if a.unit and not b.unit and not framed:
        return None
    if joiner == "to" and not framed and a.unit and _change_then_level(text, a.start):
        return None  # "rose $2 to $1,200", "increased by $43.6bn to $419bn": two figures
    if joiner == "to" and b.value < a.value and not (framed or a.unit or b.unit):
        return None  # "voted 7 to 2": a tally, not a range ("from 7 to 2" stays one)
    if a.factor == 1.0 and b.factor > 1.0 and abs(a.value) < abs(b.value / b.factor):
        a.value = nb.tidy(a.value * b.factor)  # "$10 to $15 billion", "four to five thousand"
    low, high = sorted((a.value, b.value))
    start = a.start
    lead = _FROM_BEFORE.search(text, 0, a.start) or _BETWEEN_BEFORE.search(text, 0, a.start)
    if lead and framed:
        start = lead.start()
    unit = max((b.unit, a.unit), key=len) if a.kind != "noun" else b.unit or a.unit
    kind = b.kind if b.unit else a.kind
    joined = _Quantity(a.num_start, b.num_end, start, max(b.end, a.end), low, raw=a.raw)
    joined.high, joined.unit, joined.kind, joined.factor = high, unit, kind, b.factor
    joined.change = a.change or b.change
    return joined


# ---------------------------------------------------------------------------
# Change, label, figure


def _read_change(text: str, q: _Quantity) -> None:
    if q.vague:
        q.change = q.change or "~"
        return
    before = text[max(0, q.start - 60) : q.start]
    after = text[q.end : q.end + 20]
    if q.value < 0 and q.kind == "percent" and not q.change:
        q.change = "down"
    if q.change in ("up", "down"):
        return
    up_before = _UP_BEFORE.search(before)
    if up_before and _PHRASAL_UP.search(before[: up_before.end()].rstrip() + " "):
        up_before = None  # "gave up 517 yards": a phrasal verb, not a rise
    if up_before or (q.kind == "percent" and _UP_AFTER.match(after)):
        q.change = "up"
    elif _DOWN_BEFORE.search(before) or (q.kind == "percent" and _DOWN_AFTER.match(after)):
        q.change = "down"
    elif q.change:
        return
    elif _APPROX_BEFORE.search(before) or _APPROX_AFTER.match(after):
        q.change = "~"
    elif _MORE_BEFORE.search(before):
        q.change = ">"
    elif _LESS_BEFORE.search(before):
        q.change = "<"
    else:
        q.change = "="


def _to_figure(text: str, q: _Quantity, sentence: int) -> Figure:
    start = q.start
    minus = _MINUS_BEFORE.search(text, max(0, start - 8), start)
    if minus:
        start = minus.start()
    qualifier = _QUALIFIER_SPAN.search(text, max(0, start - 20), start)
    if qualifier and qualifier.end() == start:
        start = qualifier.start()
    span = text[start : q.end].strip().rstrip(",;:")
    return Figure(
        value=nb.tidy(q.value),
        unit=q.unit,
        change=q.change or "=",
        text=span,
        label=_label(text, q),
        sentence=sentence,
        high=nb.tidy(q.high) if q.high is not None else None,
    )


# Labels: what a figure measures, read from the words around it.

_LABEL_STOP = (
    STOPWORDS
    | TIME_WORDS
    | {
        "total",
        "average",
        "sum",
        "figure",
        "number",
        "amount",
        "worth",
        "equivalent",
    }
)
_OF_BEFORE = re.compile(
    r"((?:[\w'’&.-]+\s+){0,3}?[\w'’&.-]+)\s+(?:of|at|was|were|is|are|stood\s+at|reached|hit"
    r"|totalled|totaled|worth|valued\s+at|priced\s+at|estimated\s+at|:)\s+"
    r"(?:about|around|nearly|almost|roughly|some|just|only|more\s+than|over|under|up\s+to"
    r"|less\s+than|at\s+least|an\s+estimated|between|from)?\s*$",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–]|\s-\s|\b(?:and|but|while|whereas|which|who)\b")


def _label(text: str, q: _Quantity) -> str:
    if q.kind == "age":
        return _age_label(text, q)
    for finder in (_modified_noun, _noun_of_figure, _clause_subject, _sentence_subject):
        label = finder(text, q)
        if label:
            return label
    return ""


def _clean_label(words: list[str]) -> str:
    while words and words[0].lower().strip("'’") in _LABEL_STOP:
        words = words[1:]
    while words and (words[-1].lower() in _LABEL_STOP or words[-1].lower().endswith("ly")):
        words = words[:-1]
    words = words[-5:]
    return " ".join(words).strip(" ,.;:'\"“”")


def _age_label(text: str, q: _Quantity) -> str:
    after = _noun_run(text, q.end)[0]
    if after:
        return after
    before = text[max(0, q.start - 40) : q.start]
    name = re.search(r"((?:[A-Z][\w'’.-]*\s?){1,3}),\s(?:aged\s)?$", before)
    if name:
        return name.group(1).strip()
    return _clause_subject(text, q) or _sentence_subject(text, q)


def _modified_noun(text: str, q: _Quantity) -> str:
    """'a 5% pay rise', 'the 50mph winds', 'a $700,000 award': the noun after the unit."""
    if q.kind not in ("currency", "percent", "measure"):
        return ""
    before = text[max(0, q.start - 25) : q.start].lower()
    if not re.search(r"(?:\b(?:a|an|the|its|their|his|her|our)|['’]s)\s+$", before):
        return ""
    phrase, _ = _noun_run(text, q.end)
    return _clean_label(phrase.split()) if phrase else ""


def _noun_of_figure(text: str, q: _Quantity) -> str:
    """'a fine of $3 billion', 'the price was $200', 'base price: $59,995'."""
    before = text[max(0, q.start - 80) : q.start]
    match = _OF_BEFORE.search(before)
    if not match:
        return ""
    words = re.findall(r"[\w'’&.-]+", match.group(1))
    tail: list[str] = []
    for word in reversed(words):
        low = word.lower()
        if low in STOPWORDS or low in VERBS or _CLAUSE_BREAK.search(word) or word[0].isdigit():
            break
        if _looks_verbal(low):
            if tail:
                break
            continue  # "Oil traded at $85": the verb before "at" is not part of the noun
        tail.insert(0, word)
    return _clean_label(tail)


def _clause_subject(text: str, q: _Quantity) -> str:
    """The noun phrase before the verb of the figure's clause: 'Belarus's army has ...'."""
    start = _clause_start(text, q.start)
    return _subject_in(text[start : q.start])


def _sentence_subject(text: str, q: _Quantity) -> str:
    return _subject_in(text[: _clause_start(text, q.start)])


def _clause_start(text: str, pos: int) -> int:
    start = 0
    for match in _CLAUSE_BREAK.finditer(text, 0, pos):
        if match.end() <= pos:
            start = match.end()
    return start


def _subject_in(clause: str) -> str:
    tokens = _WORD_TOKEN.findall(clause)
    words = [t.strip(',.;:()"“”') for t in tokens]
    for index, word in enumerate(words):
        low = word.lower()
        if low in VERBS or (low.endswith("ed") and len(low) > 4 and index > 0):
            run: list[str] = []
            for previous in reversed(words[:index]):
                p_low = previous.lower()
                if p_low in _LABEL_STOP and not run:
                    continue
                if p_low in _LABEL_STOP or p_low.endswith("ly") or not previous:
                    break
                if previous[0].isdigit():
                    break
                run.insert(0, previous)
            label = _clean_label(run)
            if label:
                return label
            return _first_noun_run(words[:index])
    return ""


def _first_noun_run(words: list[str]) -> str:
    run: list[str] = []
    for word in words:
        low = word.lower()
        if not word or word[0].isdigit():
            if run:
                break
            continue
        if low in _LABEL_STOP:
            if run:
                break
            continue
        run.append(word)
    return _clean_label(run)


# ---------------------------------------------------------------------------
# Selection helpers


def _worth_showing(figure: Figure) -> bool:
    bare = figure.text.lower().strip()
    if bare in ("one", "a", "an") or (figure.value == 1 and bare.startswith("one ")):
        return False
    if not figure.unit and figure.high is None and abs(figure.value) < 100:
        return False  # a bare "7" (a tally, a count of nothing named) tells a reader nothing
    return not _incidental(figure)


# Small counts of these nouns are narrative ("the two men met"), not facts worth a box line.
_GENERIC_COUNT_NOUNS = frozenset(
    "men women people leaders sides times others children sons daughters brothers sisters "
    "friends parties countries nations days hours minutes occasions things ways".split()
)


def _incidental(figure: Figure) -> bool:
    return figure.value < 5 and figure.unit.lower() in _GENERIC_COUNT_NOUNS


def _recurring_label_names(figures: list[Figure]) -> set[str]:
    counts: Counter[str] = Counter()
    for figure in figures:
        for name in re.findall(r"\b[A-Z][\w'’-]+", figure.label):
            counts[re.sub(r"['’]s$", "", name).lower()] += 1
    return {name for name, count in counts.items() if count >= 2}
