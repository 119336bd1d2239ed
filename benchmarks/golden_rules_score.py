"""How many of the public "Golden Rules" sentence-boundary cases does our splitter pass?

The cases are not copied here: pass the file that defines them, ``GOLDEN_EN_RULES``, a
list of (text, expected sentences). The pySBD wheel ships one as
``benchmarks/english_golden_rules.py``; unpack it without installing it (it would add a
top-level ``benchmarks`` package):

    pip download pysbd --no-deps -d /tmp/pysbd && unzip -o /tmp/pysbd/*.whl -d /tmp/pysbd
    python benchmarks/golden_rules_score.py --rules /tmp/pysbd/benchmarks/english_golden_rules.py

A case passes when ``briefing.segment.split_sentences`` returns exactly the expected
sentences (white space at their edges ignored). Skips cleanly without ``--rules``.
"""

from __future__ import annotations

import argparse
import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.segment import split_sentences  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rules", type=Path, help="a .py file defining GOLDEN_EN_RULES")
    parser.add_argument("--show", action="store_true", help="print the failed cases")
    args = parser.parse_args()
    if args.rules is None or not args.rules.is_file():
        print("skipped: give --rules PATH (see the module docstring)")
        return 0
    rules = runpy.run_path(str(args.rules)).get("GOLDEN_EN_RULES", [])
    passed = 0
    for number, (text, expected) in enumerate(rules, start=1):
        got = [s.strip() for s in split_sentences(text)]
        if got == [s.strip() for s in expected]:
            passed += 1
        elif args.show:
            print(f"{number}: got {got!r}\n    expected {expected!r}")
    print(f"| segmenter | passed |\n|---|---:|\n| briefing.segment | {passed} / {len(rules)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
