"""Value F1 of ``extract_figures`` on quantity styles other than NewsQuant's news sentences:
ages, currencies, dimensions and temperatures, as short phrases and sentences written for
this project (none taken from any dataset). Each style has a "tune" half, which rules may
be fitted on, and a "check" half, written before the rules were changed and not used to
fit them; both are reported.

    python benchmarks/figure_styles.py            # the table
    python benchmarks/figure_styles.py --misses   # every phrase whose figures differ

A found figure is right when its value matches an expected one (and, for value+unit, its
canonical unit too: docs/FIGURES.md); F1 over the phrases of a style and half.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

Expected = list[tuple[float, str]]

TUNE: dict[str, list[tuple[str, Expected]]] = {
    "ages": [
        ("The 44-year-old driver walked away.", [(44, "years")]),
        ("Priya Nair, 61, chairs the board.", [(61, "years")]),
        ("a boy aged 9", [(9, "years")]),
        ("She is 27 years old.", [(27, "years")]),
        ("the 18-month-old twins", [(18, "months")]),
        ("A nine-year-old girl was rescued from the river.", [(9, "years")]),
        ("Tom Ellery (34) was named captain.", [(34, "years")]),
        ("He retired at the age of 58.", [(58, "years")]),
        ("The suspect, aged 23, appeared in court.", [(23, "years")]),
        ("a 70-year-old woman from Leeds", [(70, "years")]),
        ("Ms Okafor, 45, said she was delighted.", [(45, "years")]),
        ("The two-year-old boy was unhurt.", [(2, "years")]),
        ("Her son, now 16, wants to study law.", [(16, "years")]),
        ("the 101-year-old veteran", [(101, "years")]),
        ("A man in his 50s was arrested.", [(50, "years")]),
        ("children aged between 5 and 11", [(5, "years")]),
    ],
    "currencies": [
        ("$20", [(20, "USD")]),
        ("USD 20", [(20, "USD")]),
        ("It cost 50 dollars.", [(50, "USD")]),
        ("a €3bn bond", [(3e9, "EUR")]),
        ("pre-tax profit of £15.4m", [(15.4e6, "GBP")]),
        ("tickets at 300 euros", [(300, "EUR")]),
        ("a fee of Rs 500", [(500, "INR")]),
        ("The deal is worth $1.2 trillion.", [(1.2e12, "USD")]),
        ("Fares rose to £3.50.", [(3.5, "GBP")]),
        ("The company paid US$5 million in fines.", [(5e6, "USD")]),
        ("The bridge cost C$40 million.", [(40e6, "CAD")]),
        ("a A$3m grant", [(3e6, "AUD")]),
        ("Sales reached 3.5 billion dollars.", [(3.5e9, "USD")]),
        ("The firm raised CHF 20 million.", [(20e6, "CHF")]),
        ("A coffee now costs 4 euros.", [(4, "EUR")]),
        ("He was fined £250.", [(250, "GBP")]),
        ("The stadium cost ¥50bn.", [(50e9, "JPY")]),
        ("a budget of 120 million yuan", [(120e6, "CNY")]),
        ("Revenue was $450,000 last year.", [(450000, "USD")]),
        ("Bread costs 90p a loaf.", [(90, "pence per loaf")]),  # pence as written (docs)
    ],
    "dimensions": [
        ("75ml", [(75, "ml")]),
        ("a 32m2 studio", [(32, "sq m")]),
        ("He stands 6 ft 2 in.", [(6, "ft"), (2, "in")]),
        ("a 352 μm pixel pitch.", [(352, "μm")]),
        ("The hull is 40 metres long.", [(40, "m")]),
        ("a 2.5 kg bag of rice", [(2.5, "kg")]),
        ("a 10 x 12 ft shed", [(10, "ft"), (12, "ft")]),
        ("The road runs for 120 km.", [(120, "km")]),
        ("They walked 300 miles.", [(300, "miles")]),
        ("Add 2 litres of water.", [(2, "litres")]),
        ("The tower is 330 m tall.", [(330, "m")]),
        ("a 12-inch pizza", [(12, "in")]),
        ("The blade is 1.5mm thick.", [(1.5, "mm")]),
        ("The farm covers 40 hectares.", [(40, "hectares")]),
        ("a 500 g pack of pasta", [(500, "g")]),
        ("The sculpture weighs 3 tonnes.", [(3, "tonnes")]),
        ("a 16 oz steak", [(16, "oz")]),
        ("The pipe is 30 cm wide.", [(30, "cm")]),
    ],
    "temperatures": [
        ("6 deg c", [(6, "°C")]),
        ("Highs of 31C are likely.", [(31, "°C")]),
        ("It fell to minus 4 degrees Celsius.", [(-4, "°C")]),
        ("Water boils at 212 °F.", [(212, "°F")]),
        ("a balmy 75 degrees Fahrenheit", [(75, "°F")]),
        ("Overnight lows of -5°C are forecast.", [(-5, "°C")]),
        ("The thermometer hit 40C (104F).", [(40, "°C"), (104, "°F")]),
        ("a fever of 38.5C", [(38.5, "°C")]),
        ("Temperatures will reach 25 degrees C.", [(25, "°C")]),
        ("Normal body temperature is 98.6F.", [(98.6, "°F")]),
        ("Lows of minus 12C hit the north.", [(-12, "°C")]),
        ("a daytime high of 30 degrees Celsius", [(30, "°C")]),
    ],
}

CHECK: dict[str, list[tuple[str, Expected]]] = {
    "ages": [
        ("The 37-year-old mother of three was found safe.", [(37, "years"), (3, "")]),
        ("Inspector Dale Moss, 49, led the search.", [(49, "years")]),
        ("a girl aged 14 from Bristol", [(14, "years")]),
        ("He is 83 years old and still farming.", [(83, "years")]),
        ("the six-month-old puppy", [(6, "months")]),
        ("An eight-year-old boy called the police.", [(8, "years")]),
        ("Rhys Cole (19) scored twice.", [(19, "years")]),
        ("She died at the age of 92.", [(92, "years")]),
        ("The driver, aged 68, was taken to hospital.", [(68, "years")]),
        ("a 25-year-old nurse", [(25, "years")]),
        ("Mr Adeyemi, 52, denies the charges.", [(52, "years")]),
        ("The three-year-old was treated for shock.", [(3, "years")]),
        ("Her daughter, now 11, is in good health.", [(11, "years")]),
        ("the 104-year-old resident", [(104, "years")]),
        ("A woman in her 30s was injured.", [(30, "years")]),
        ("pupils aged between 11 and 16", [(11, "years")]),
    ],
    "currencies": [
        ("$35", [(35, "USD")]),
        ("EUR 40", [(40, "EUR")]),
        ("The repair cost 80 dollars.", [(80, "USD")]),
        ("a £2bn rescue", [(2e9, "GBP")]),
        ("operating profit of €7.2m", [(7.2e6, "EUR")]),
        ("entry at 15 pounds", [(15, "GBP")]),
        ("a fine of Rs 2,000", [(2000, "INR")]),
        ("The package is worth $2.5 trillion.", [(2.5e12, "USD")]),
        ("Tickets went up to £4.20.", [(4.2, "GBP")]),
        ("The bank paid US$8 million to settle.", [(8e6, "USD")]),
        ("The line cost C$12 billion.", [(12e9, "CAD")]),
        ("a A$900,000 prize", [(900000, "AUD")]),
        ("Profits hit 1.8 billion euros.", [(1.8e9, "EUR")]),
        ("The group paid CHF 3.5 million.", [(3.5e6, "CHF")]),
        ("A pint costs 6 pounds in London.", [(6, "GBP")]),
        ("She was fined $400.", [(400, "USD")]),
        ("The museum cost ¥8 billion.", [(8e9, "JPY")]),
        ("a loan of 300 million yuan", [(300e6, "CNY")]),
        ("Turnover was £620,000 in 2023.", [(620000, "GBP")]),
        ("Milk is 75p a pint.", [(75, "pence per pint")]),
    ],
    "dimensions": [
        ("250ml", [(250, "ml")]),
        ("a 45m2 flat", [(45, "sq m")]),
        ("The lock is 5 ft 8 in high.", [(5, "ft"), (8, "in")]),
        ("a 200 μm layer", [(200, "μm")]),
        ("The ship is 90 metres long.", [(90, "m")]),
        ("a 10 kg sack of flour", [(10, "kg")]),
        ("a 3 x 4 m rug", [(3, "m"), (4, "m")]),
        ("The trail runs for 65 km.", [(65, "km")]),
        ("The convoy drove 450 miles.", [(450, "miles")]),
        ("Pour in 5 litres of oil.", [(5, "litres")]),
        ("The mast is 210 m tall.", [(210, "m")]),
        ("a 15-inch laptop", [(15, "in")]),
        ("The sheet is 0.8mm thick.", [(0.8, "mm")]),
        ("The estate covers 300 hectares.", [(300, "hectares")]),
        ("a 250 g bar of chocolate", [(250, "g")]),
        ("The bell weighs 7 tonnes.", [(7, "tonnes")]),
        ("an 8 oz glass", [(8, "oz")]),
        ("The gap is 60 cm wide.", [(60, "cm")]),
    ],
    "temperatures": [
        ("9 deg c", [(9, "°C")]),
        ("Highs of 28C are expected.", [(28, "°C")]),
        ("It dropped to minus 9 degrees Celsius.", [(-9, "°C")]),
        ("The oven runs at 450 °F.", [(450, "°F")]),
        ("a sweltering 95 degrees Fahrenheit", [(95, "°F")]),
        ("Lows of -8°C are forecast overnight.", [(-8, "°C")]),
        ("The mercury reached 35C (95F).", [(35, "°C"), (95, "°F")]),
        ("a temperature of 39.2C", [(39.2, "°C")]),
        ("Temperatures will climb to 22 degrees C.", [(22, "°C")]),
        ("The lake was 68F at noon.", [(68, "°F")]),
        ("Lows of minus 20C are possible in the glens.", [(-20, "°C")]),
        ("an afternoon high of 27 degrees Celsius", [(27, "°C")]),
    ],
}


# Session 9 additions (written before the rules they measure were changed): the forms real
# texts use beside the ones above. Pence and cents keep their own unit, value as written.
TUNE_WIDE: dict[str, list[tuple[str, Expected]]] = {
    "ages": [
        ("a 34yo man from Hull", [(34, "years")]),
        ("He won his first title at 34.", [(34, "years")]),
        ("a woman in her early 20s", [(20, "years")]),
        ("A teenager was arrested.", []),
        ("Dan Price, 29, and Amy Lowe, 31, were married in June.", [(29, "years"), (31, "years")]),
        ("She turned 50 last week.", [(50, "years")]),
        ("a four-month-old baby", [(4, "months")]),
        ("the 67-year-old's lawyer", [(67, "years")]),
        ("The boy, 12, was unhurt.", [(12, "years")]),
        ("a 19-year-old student from Cork", [(19, "years")]),
        ("a group of 16- and 17-year-olds", [(16, "years"), (17, "years")]),
        ("people aged 65 and over", [(65, "years")]),
    ],
    "currencies": [
        ("HK$2.4 billion", [(2.4e9, "HKD")]),
        ("A stamp costs 50p.", [(50, "pence")]),
        ("The fare rose by 5 cents.", [(5, "cents")]),
        ("a loan of Rs. 2 lakh", [(200000, "INR")]),
        ("The project will cost ₹500 crore.", [(5e9, "INR")]),
        ("Tickets cost R$10.", [(10, "BRL")]),
        ("Revenue of USD 3.5bn", [(3.5e9, "USD")]),
        ("workers on $5 a day", [(5, "USD per day")]),
        ("It sold for a dollar.", [(1, "USD")]),
        ("a £30k salary", [(30000, "GBP")]),
        ("The minimum wage is £9.50 an hour.", [(9.5, "GBP per hour")]),
    ],
    "dimensions": [
        ('He is 5\'11" tall.', [(5, "ft"), (11, "in")]),
        ("the 6-foot-2 striker", [(6, "ft"), (2, "in")]),
        ("a 10 sq ft cupboard", [(10, "sq ft")]),
        ("They bought 2 acres of land.", [(2, "acres")]),
        ("He is 6ft 5in.", [(6, "ft"), (5, "in")]),
        ("a 10-tonne truck", [(10, "tonnes")]),
        ("a 5,000-square-foot house", [(5000, "sq ft")]),
        ("a 40ft container", [(40, "ft")]),
        ("a 3.5-mile stretch of road", [(3.5, "miles")]),
        ("He weighs 200lb.", [(200, "lb")]),
        ("a 30-metre yacht", [(30, "m")]),
        ("5 gallons of fuel", [(5, "gallons")]),
    ],
    "temperatures": [
        ("Tonight it will drop to minus 5C.", [(-5, "°C")]),
        ("It was 5 degrees below zero.", [(-5, "degrees")]),
        ("Expect highs of 20-25C.", [(20, "°C")]),
        ("a high of 30 degrees", [(30, "degrees")]),
        ("It was 30 deg F outside.", [(30, "°F")]),
        ("temperatures in the low 80s", [(80, "degrees")]),
        ("Temperatures hit -40F.", [(-40, "°F")]),
        ("a 10C drop in temperature", [(10, "°C")]),
        ("It reached 104.5 degrees in Phoenix.", [(104.5, "degrees")]),
        ("The pool is heated to 28°C.", [(28, "°C")]),
        ("lows of 3C", [(3, "°C")]),
        ("between 15C and 18C", [(15, "°C")]),
    ],
}

CHECK_WIDE: dict[str, list[tuple[str, Expected]]] = {
    "ages": [
        ("a 27yo woman", [(27, "years")]),
        ("She became a mother at 41.", [(41, "years")]),
        ("a man in his late 60s", [(60, "years")]),
        ("The teenager was released on bail.", []),
        ("Lee Hart, 58, and his son Sam, 24, run the farm.", [(58, "years"), (24, "years")]),
        ("He turns 70 on Friday.", [(70, "years")]),
        ("a three-week-old lamb", [(3, "weeks")]),
        ("the 45-year-old's family", [(45, "years")]),
        ("The girl, 7, was taken to hospital.", [(7, "years")]),
        ("an 88-year-old pensioner", [(88, "years")]),
        ("13- and 14-year-olds", [(13, "years"), (14, "years")]),
        ("adults aged 18 and over", [(18, "years")]),
    ],
    "currencies": [
        ("NZ$3.1 million", [(3.1e6, "NZD")]),
        ("A chocolate bar is 85p.", [(85, "pence")]),
        ("Petrol fell 3 cents a litre.", [(3, "cents per litre")]),
        ("a grant of Rs 5 lakh", [(500000, "INR")]),
        ("a ₹1,200 crore plan", [(1.2e10, "INR")]),
        ("The meal cost R$45.", [(45, "BRL")]),
        ("USD 1.2bn in debt", [(1.2e9, "USD")]),
        ("She earns $300 a week.", [(300, "USD per week")]),
        ("The app costs a dollar.", [(1, "USD")]),
        ("a €45k bonus", [(45000, "EUR")]),
        ("Nurses earn £14.20 an hour.", [(14.2, "GBP per hour")]),
    ],
    "dimensions": [
        ('She is 5\'4".', [(5, "ft"), (4, "in")]),
        ("the 6-foot-5 centre", [(6, "ft"), (5, "in")]),
        ("a 200 sq ft office", [(200, "sq ft")]),
        ("a 12-acre site", [(12, "acres")]),
        ("The keeper is 6ft 3in.", [(6, "ft"), (3, "in")]),
        ("a 44-tonne lorry", [(44, "tonnes")]),
        ("a 2,400-square-foot barn", [(2400, "sq ft")]),
        ("a 20ft boat", [(20, "ft")]),
        ("a 26.2-mile race", [(26.2, "miles")]),
        ("The bag weighs 50lb.", [(50, "lb")]),
        ("a 12-metre wall", [(12, "m")]),
        ("3 gallons of milk", [(3, "gallons")]),
    ],
    "temperatures": [
        ("It could fall to minus 8C tonight.", [(-8, "°C")]),
        ("It was 12 degrees below zero in Moscow.", [(-12, "degrees")]),
        ("Highs of 18-21C are forecast.", [(18, "°C")]),
        ("a low of 14 degrees", [(14, "degrees")]),
        ("It was 45 deg F at dawn.", [(45, "°F")]),
        ("temperatures in the low 70s", [(70, "degrees")]),
        ("Temperatures plunged to -22F.", [(-22, "°F")]),
        ("a 15C rise", [(15, "°C")]),
        ("It hit 98.2 degrees in Dallas.", [(98.2, "degrees")]),
        ("The water is kept at 37°C.", [(37, "°C")]),
        ("lows of 1C", [(1, "°C")]),
        ("between 25C and 29C", [(25, "°C")]),
    ],
}
for _wide, _base in ((TUNE_WIDE, TUNE), (CHECK_WIDE, CHECK)):
    for _style, _phrases in _wide.items():
        _base[_style] = _base[_style] + _phrases


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def scores(phrases: list[tuple[str, Expected]], misses: list[str] | None = None
           ) -> tuple[float, float]:
    """(value F1, value+unit F1) over the phrases, ×100."""
    from briefing import extract_figures

    counts = {False: [0, 0, 0], True: [0, 0, 0]}  # with_unit -> [tp, predicted, gold]
    for phrase, expected in phrases:
        found = [(f.value, f.unit) for f in extract_figures(phrase)]
        for with_unit in (False, True):
            left = list(found)
            tally = counts[with_unit]
            tally[1] += len(found)
            tally[2] += len(expected)
            for value, unit in expected:
                hit = next((item for item in left if close(item[0], value)
                            and (not with_unit or item[1] == unit)), None)
                if hit:
                    tally[0] += 1
                    left.remove(hit)
        if misses is not None and sorted(found) != sorted(expected):
            misses.append(f"{phrase!r}: found {found}, expected {expected}")

    def f1(tp: int, predicted: int, gold: int) -> float:
        if not tp:
            return 0.0
        precision, recall = tp / predicted, tp / gold
        return 200 * precision * recall / (precision + recall)

    return f1(*counts[False]), f1(*counts[True])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the phrases read wrong")
    options = parser.parse_args()
    misses: list[str] = []
    print(f"{'style':14}{'half':7}{'phrases':>8}{'value F1':>10}{'value+unit':>12}")
    for style in TUNE:
        for half, sets in (("tune", TUNE), ("check", CHECK)):
            value, unit = scores(sets[style], misses if options.misses else None)
            print(f"{style:14}{half:7}{len(sets[style]):8}{value:10.1f}{unit:12.1f}")
    for line in misses:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
