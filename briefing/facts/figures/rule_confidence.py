"""How sure each label rule of ``labels`` is: the confidence a figure's label carries."""

from __future__ import annotations

# How often a label found by each rule says what the figure measures or whose it is: a
# reader's verdicts on the labels of the figure review's dev sample (benchmarks/
# figure_review.py, 60 articles) and the even NewsQuant sentence ids; docs/FIGURES.md.
# The brief shows a label at LABEL_SHOW_AT (briefing/brief/__init__.py) or above.
RULE_CONFIDENCE = {
    "compound": 0.9,  # "a three-match ban", "a 6,000-strong community"
    "counted noun": 0.9,  # "two in three voters"
    "modified noun": 0.9,  # "a 5% pay rise", "a $6,000 bond"
    "change of what": 0.5,  # "a 3% to 3.5% improvement": the change, not what changed
    "of after": 0.85,  # "45% of the nurses", "$12m of bonds"
    "part of what": 0.5,  # "91m naira of the funding available": a part, read as the whole
    "share who said": 0.5,  # "63% of respondents thought she acted vindictively"
    "share of a whole": 0.85,  # "films accounted for 37.5% of Japan's box office"
    "noun of figure": 0.8,  # "a fine of $3 billion", "pre-tax profit of £75m"
    "noun of count": 0.5,  # "sales of 5835 units" but also "the futures of nine players"
    "name moved": 0.85,  # "Harlow Mills, down 12p"
    "totalling": 0.85,  # "6 groups, totalling several thousand people"
    "name in brackets": 0.75,  # "Ana Ruiz (14 goals)"
    "times what": 0.7,  # "9 times earnings"
    "age noun": 0.95,  # "a 19-year-old woman"
    "age apposition": 0.9,  # "Sarah Watson, 34,": the name is whose age it is
    "age subject": 0.3,
    "subject of its verb": 0.8,  # "Belarus's army has about 60,000 people"
    "noun of its verb": 0.8,  # "the retailer earned $2.8 billion": the retailer's earnings
    "noun of what": 0.5,  # "a value of $16 billion": value, price, total of what is unsaid
    "vague owner": 0.4,  # "a man who won $500": a person noun alone says not what it is
    "owner of a relative clause": 0.8,  # "repairs that cost 48 million pounds"
    "noun before": 0.5,  # "floor area ≈ 32m2": a clause of a noun phrase and a figure
    "range of what": 0.85,  # "claims, ranging from $200 to $4m", "Prices range from ..."
    "level after a change": 0.8,  # "a 60 basis point improvement in margins to 64 per cent"
    "side of a lead": 0.85,  # "Labour lead the Conservatives by 39% to 34%": 39% Labour's
    "changed object": 0.8,  # "boost the driving range by about 35 miles"
    "subject of a move": 0.8,  # "caused sea levels to rise 11 feet"
    "list head": 0.5,  # "Properties including: 9 E 71st St, worth $55m, ...": one item's
    "owner with": 0.5,  # "the iPhone 12 Pro Max with 3687 mAh"; dev sentences, s10: 14 of 28
    "clause subject": 0.4,  # the subject of a longer clause: often the nearest name
    "sentence subject": 0.25,
    "what it pays for": 0.8,  # "will pump 154m naira into subsidies", "pay $76 for each share"
    # "sold the house for $2m": dev texts, session 11, 17 of 18 distinct labels right
    "price of its object": 0.8,
    "charge of its verb": 0.8,  # "fined CBS $550,000": a fine on CBS
    "payer of its verb": 0.3,  # "the firm will pay $76": who pays, not what the amount is
}
