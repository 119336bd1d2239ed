"""Facts stage: figures, dates, people, places, organisations and quotes.

``extract`` assembles the fact box; each kind of fact has its own module
(figures, dates, entities, quotes) and every item keeps its sentence index.
"""

from __future__ import annotations

from briefing.models import Document, Entity, Facts, Figure, Summary


def extract_figures(doc: Document | str, language: str | None = None) -> list[Figure]:
    """Every figure of ``doc``, a Document or any text, a phrase included (imported lazily).

    The language is a hint, not a gate: "$20" or "a 352 μm pixel pitch." is always read.
    """
    from briefing.facts.figures import extract_figures as find_figures

    return find_figures(doc, language)


def extract(doc: Document, summary: Summary | None = None) -> Facts:
    """The fact box of a document (the summary is accepted for callers that have one)."""
    from briefing.facts.context_roles import add_context_roles
    from briefing.facts.dates import extract_dates
    from briefing.facts.entities import find_entities
    from briefing.facts.quotes import extract_quotes

    index = find_entities(doc)
    quotes = extract_quotes(doc, index)
    # after the quotes: a role read from a clause names no nominal speaker ("the head said")
    add_context_roles(doc.article.text, index.people)
    return Facts(
        figures=extract_figures(doc),
        dates=extract_dates(doc),
        people=index.people,
        places=index.places,
        organizations=index.organizations,
        quotes=quotes,
    )


def _figure_line(figure: Figure) -> str:
    label = f"{figure.label}: " if figure.label else ""
    return f"  {label}{figure.text}  [s{figure.sentence}]"


def _entity_line(entity: Entity) -> str:
    return f"  {entity.name}  ×{entity.mentions}  ({entity.rule}, {entity.confidence:.2f})"


def format_text(facts: Facts) -> str:
    """A plain-text fact box for the terminal: one section per kind, empty ones marked."""
    sections: list[tuple[str, list[str]]] = [
        ("Figures", [_figure_line(f) for f in facts.figures]),
        (
            "Dates",
            [
                f"  {d.text}  ({d.kind}{', ' + d.value if d.value else ''})  [s{d.sentence}]"
                for d in facts.dates
            ],
        ),
        (
            "People",
            [
                f"  {p.name}{' — ' + p.role if p.role else ''}  ×{p.mentions}  "
                f"({p.rule}, {p.confidence:.2f})"
                for p in facts.people
            ],
        ),
        ("Places", [_entity_line(e) for e in facts.places]),
        ("Organisations", [_entity_line(e) for e in facts.organizations]),
        (
            "Quotes",
            [
                f'  {q.speaker or "(unattributed)"} ({q.cue or "no cue"}, s{q.sentence}, '
                f'{q.confidence:.2f}): "{q.text}"'
                for q in facts.quotes
            ],
        ),
    ]
    lines: list[str] = []
    for title, items in sections:
        lines.append(f"{title}:")
        lines += items or ["  (none)"]
    return "\n".join(lines)
