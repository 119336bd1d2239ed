"""Words beside a name that say what the name stands for, not who or where.

A maker's name before a product noun is a brand ("her Rebecca Minkoff quilted handbag",
"a Louis Vuitton bag"); a country's name before a currency noun is the currency ("the US
dollar"). Read by ``briefing.facts.name_tails`` and ``briefing.facts.place_inside``.
"""

from __future__ import annotations

# Goods named by their maker or designer; tuned on the BBC-even and CNN/DM dev articles,
# where a person-shaped name before one of them was a brand every time it was the name's
# only use. Two lower-case words may come between ("Rebecca Minkoff quilted handbag").
PRODUCT_NOUNS = frozenset(
    """handbag handbags bag bags clutch purse tote dress dresses gown gowns frock shoes
    heels boots trainers sneakers sandals jacket jackets coat coats blazer jumpsuit skirt
    blouse jeans sunglasses perfume fragrance scarf necklace earrings bracelet bikini
    swimsuit tuxedo cardigan jumper sweater wallet backpack luggage store stores boutique
    boutiques""".split()
)
# Money named by its country: "the US dollar", "the Hong Kong dollar", "the Swiss franc"
# ("won" and "pounds" are left out: "South Korea won", "Israel pounds").
CURRENCY_NOUNS = frozenset(
    """dollar dollars peso pesos rupee rupees franc francs yuan yen euro euros pound
    sterling lira rand ruble rouble rupiah ringgit baht krona krone shekel dinar dirham
    riyal""".split()
)
# Words before "Party" that make it a gathering, not a political party: "the Serpentine
# Gallery Summer Party", "a Christmas Party" ("Tea Party" is left out: a US movement).
PARTY_OCCASIONS = frozenset(
    """Summer Winter Spring Autumn Christmas Birthday Garden Launch Halloween Year
    Engagement Wedding Street Pool Dinner Office Hen Stag Leaving Opening Release Cocktail
    Costume Fancy Beach House Block After Victory""".split()
)
# Where shows run: a name right before one is a show's title ("to see X on Broadway").
SHOW_RUNS = ("on Broadway", "off Broadway", "off-Broadway", "in the West End")
# Nouns right after a keyword-read name that make it a technology, a product line or a
# tool, not a body: "Intelligent Network (IN) products", "the Media Center software", "a
# Swiss Army knife".
TECHNOLOGY_NOUNS = frozenset(
    """products product equipment technology technologies software hardware devices
    platform platforms standard standards protocol protocols knife knives""".split()
)
# Words after a body's name that leave it whole: one of its units ("the Foreign Desk",
# "the Washington Bureau") or a wire story's contact line ("Air Cargo Newsroom Tel ...").
BODY_UNIT_WORDS = frozenset("Newsroom Desk Bureau Tel Fax".split())
# Keyword-shaped names that name a room, a show or a title, not a body: "an Oval Office
# address", "CNN's State of the Union".
NOT_BODY_NAMES = frozenset({"Oval Office", "State of the Union"})
# Adjectives that open a sentence before a body's name and are no part of it: "Key
# Security Council powers distanced themselves" is the Security Council.
BODY_NAME_ADJECTIVES = frozenset("Key Top Senior Leading Rival Powerful Main".split())
# Words that end the name of a school, whose owner's name comes before a possessive
# ("St Egwin's Middle School"): the words after the possessive are only part of it.
SCHOOL_WORDS = frozenset("School College Academy".split())
# Keywords that, before a role word, make a job's name, not a body's: "White House Press
# Secretary Stephanie Grisham" names the White House and its press secretary.
OFFICE_OF_ROLE_WORDS = frozenset("Press Media Communications".split())

# A bare place name that is also a city's ("New York": the state and the city) stays as
# written, unless the article names the city too: then its bare mentions are the city
# ("New York City police ... across New York"), so the page lists the city once.
CITY_OF_A_BARE_NAME = {"New York": "New York City"}

# A party's members named as a plural, or its nickname, stand for the party: a brief that
# names "the Tories" and "the Conservatives", or "Republicans" and "the Republican Party",
# lists one body. Each form -> the party's full name.
PARTY_FORMS = {
    "Tories": "Conservative Party", "Tory Party": "Conservative Party",
    "Conservatives": "Conservative Party", "Republicans": "Republican Party",
    "GOP": "Republican Party", "Democrats": "Democratic Party", "Greens": "Green Party",
    "Democrat Party": "Democratic Party",
    "Liberals": "Liberal Party", "Socialists": "Socialist Party",
}
# Nicknames a brief lists only when the article uses no other form ("GOP" beside
# "Republicans" is listed as Republicans).
PARTY_NICKNAMES = frozenset({"Tories", "Tory Party", "GOP"})
# Small words a body's name may be written with or without, or swapped: "the Institute
# for Fiscal Studies" is also written "Institute of Fiscal Studies".
BODY_NAME_SMALL_WORDS = frozenset("of for on in and the & at to".split())
