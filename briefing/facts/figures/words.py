"""Word lists the figure rules read (English).

Months, weekdays and function words come from the shared lexicon
(``briefing/lang/en/lexicon.py``), number words from ``briefing/lang/en/numbers.py``.
``NATIONS`` (nationality adjectives before a currency word) and the rest are
figure-specific cues (verbs that end a label, words that make a number an identifier,
plural nouns) and stay with the figure rules.
"""

from __future__ import annotations

from briefing.lang.en.lexicon import FUNCTION_WORDS as STOPWORDS
from briefing.lang.en.lexicon import WEEKDAY_PATTERN as DAYS

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
    accounts represents sits lies runs serves houses faces leads measure weigh spin spins
    keeps sat""".split()
)


AUX_VERBS = set(
    """is are was were be been being am has have had will would can could may might must
    shall should do does did said says say come came comes go goes went gone get got gets
    make made take took give gave see saw know knew think thought want wanted need told
    tell became become seem seemed feel felt keep kept let put ran say live died die left
    remain remained rose fell grew won lost hit sold paid spent bought began brought
    caught drew drove fought found flew held knew led met sent shot stood struck threw
    wrote swore spoke broke chose wore tore fled sought taught""".split()
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


# Words ending in -s that are never a counted noun: "601 afterwards said ..." (BBC
# politics, session 7 review).
ADVERBS_IN_S = set(
    """afterwards afterward towards backwards forwards upwards downwards onwards inwards
    outwards always sometimes perhaps besides nowadays overseas indoors outdoors
    thereafter whereas""".split()
)


NATIONS = (
    r"US|U\.S\.|American|Australian|Canadian|New\s+Zealand|Hong\s+Kong|Singapore|Singaporean"
    r"|Taiwan|New\s+Taiwan|Danish|Swedish|Norwegian|Czech|Swiss|Mexican|Argentine|Philippine"
    r"|Chilean|Colombian|Indian|Pakistani|Chinese|Japanese|Turkish|South\s+African|British"
    r"|Egyptian|Russian|Ukrainian|Israeli|Malaysian|Brazilian"
)
