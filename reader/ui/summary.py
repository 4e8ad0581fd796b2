"""The one-line summary of a comparison shown in the header."""

from __future__ import annotations

from reader.analysis.comparison import Comparison


def summary_line(comparison: Comparison) -> str:
    contradictions = len(comparison.contradictions())
    shared = sum(1 for cluster in comparison.clusters if len(cluster.articles) > 1)
    return (
        f"{count(len(comparison.articles), 'article')} · {count(shared, 'shared claim')} · "
        f"{count(contradictions, 'contradiction')}"
    )


def count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
