"""Render speed: median time per brief for HTML, Markdown, JSON and the one-page PDF.

Briefs are made first (ingest, summarize, facts are not timed); then each format is
rendered several times and the median is reported. The PDF time includes fitting
(every WeasyPrint layout it needs) and writing the tagged PDF/UA-1 file. One warm-up
PDF runs first so font loading is not counted against the first brief. For each PDF
the table also shows how many layouts fitting took, how full the page is, whether it
says "Trimmed to fit" (only allowed on a page at least 85% full) and whether it is
tagged (a structure tree, read back with pypdf). The seed article is added when the
shared corpora are present (../shared/corpora/seed).

    python benchmarks/bench_render.py            # samples + a generated 15,000-word report
    python benchmarks/bench_render.py --runs 9 --paper letter
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import time
from pathlib import Path

from briefing import make_brief
from briefing.renderers import render
from briefing.renderers.pdf import fit_report

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "corpora" / "seed" / "cgtn-belarus-pasted.txt"
GOALS_MS = {"html": 20.0, "pdf": 500.0}
NOTE = ("Council approves budget\n\nThe city council approved a budget of 5 million euros "
        "on Monday. The mayor said work on the new bridge would start in June. Critics said "
        "the plan was rushed.")


def long_report(words: int = 15_000) -> str:
    """A generated report of plain sentences with figures (no real text copied)."""
    rng = random.Random(5)
    subjects = ["The ministry", "Port officials", "Analysts", "The council", "Union leaders"]
    things = ["a rise of {n}% in freight costs", "{n} new jobs in the north",
              "spending of {n} million euros on repairs", "that {n} ships were delayed"]
    paragraphs, count = [], 0
    while count < words:
        thing = rng.choice(things).format(n=rng.randint(2, 900))
        sentence = (f"{rng.choice(subjects)} reported {thing} in "
                    f"{rng.choice(['March', 'April', 'May'])}, the annual report says.")
        paragraphs.append(sentence)
        count += len(sentence.split())
    return "Freight report shows a mixed year\n\n" + "\n\n".join(paragraphs)


def briefs() -> list[tuple[str, object]]:
    """The samples, a generated 15,000-word report, and that report with 40 key points
    (more than a page holds, so the fitter has to trim)."""
    made = [(path.name, make_brief(path)) for path in sorted((ROOT / "samples").glob("*"))
            if path.suffix in (".txt", ".html", ".md")]
    if SEED.is_file():
        made.insert(0, ("seed (cgtn-belarus)", make_brief(SEED)))
    made.append(("3-sentence note", make_brief(NOTE)))
    token = "x" * 20_000
    made.append(("20 KB unbreakable token", make_brief(
        NOTE.replace("budget", f"budget {token}").replace("bridge", f"bridge {token}"))))
    report = long_report()
    made.append(("generated-15000-words", make_brief(report)))
    made.append(("same, --sentences 40", make_brief(report, sentences=40)))
    return made


def tagged(data: bytes) -> str:
    """'yes' when the PDF has a structure tree, is marked and names its language."""
    import pypdf

    root = pypdf.PdfReader(io.BytesIO(data)).trailer["/Root"]
    ok = "/StructTreeRoot" in root and "/Lang" in root and root["/MarkInfo"]["/Marked"]
    return "yes" if ok else "no"


def median_ms(action, runs: int, clock=time.perf_counter) -> float:
    times = []
    for _ in range(runs):
        start = clock()
        action()
        times.append((clock() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--paper", choices=["a4", "letter"], default="a4")
    args = parser.parse_args()

    made = briefs()
    render(made[0][1], "pdf", paper=args.paper)  # warm-up: fonts, WeasyPrint caches

    header = (f"{'brief':28} {'html ms':>8} {'md ms':>7} {'json ms':>8} {'pdf ms':>8} "
              f"{'cpu ms':>7} {'type pt':>8} {'layouts':>7} {'fill':>5} {'tagged':>6} trimmed")
    print(header)
    print("-" * len(header))
    medians: dict[str, list[float]] = {"html": [], "pdf": [], "pdf cpu": []}
    for name, brief in made:
        row = {fmt: median_ms(lambda b=brief, f=fmt: render(b, f, paper=args.paper), args.runs)
               for fmt in ("html", "md", "json", "pdf")}
        # CPU time of this process: on a shared machine it moves less than wall time.
        row["pdf cpu"] = median_ms(lambda b=brief: render(b, "pdf", paper=args.paper),
                                   args.runs, time.process_time)
        fitted = fit_report(brief, args.paper)
        medians["html"].append(row["html"])
        medians["pdf"].append(row["pdf"])
        medians["pdf cpu"].append(row["pdf cpu"])
        print(f"{name[:28]:28} {row['html']:8.1f} {row['md']:7.1f} {row['json']:8.1f} "
              f"{row['pdf']:8.1f} {row['pdf cpu']:7.1f} {fitted['type_pt']:8.1f} "
              f"{fitted['layouts']:7d} "
              f"{fitted['fill']:5.2f} {tagged(render(brief, 'pdf', paper=args.paper)):>6} "
              f"{fitted['trimmed']}")
    print("-" * len(header))
    for fmt, goal in GOALS_MS.items():
        value = statistics.median(medians[fmt])
        verdict = "ok" if value < goal else "over goal"
        print(f"median {fmt}: {value:.1f} ms per brief (goal < {goal:.0f} ms): {verdict}")
    print(f"median pdf CPU time: {statistics.median(medians['pdf cpu']):.1f} ms per brief")


if __name__ == "__main__":
    main()
