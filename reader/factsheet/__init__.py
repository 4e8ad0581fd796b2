"""The fact sheet: every disputed figure and every quote, who says what.

A view over the facts the engine extracts (reader/facts/) and the links of one
Comparison: it judges nothing itself. Facts are figures (and dates, years, targets,
records) that the engine linked across outlets; quotes are quoted speech lined up across
outlets. `fact_sheet(comparison)` builds both once; the writers (render.py) and the app
read the result.
"""

from __future__ import annotations

from reader.factsheet.model import Claim, Fact, FactSheet, Quote, Version


def fact_sheet(comparison) -> FactSheet:
    """The comparison's fact sheet; a cached comparison's is kept on disk beside it."""
    from reader.factsheet.facts import find_facts
    from reader.factsheet.quotes import find_quotes
    from reader.factsheet.store import load_sheet, store_sheet

    key = comparison.cache_key
    sizes = [len(a.sentences) for a in comparison.articles]
    sheet = load_sheet(key, sizes) if key else None
    if sheet is None:
        sheet = FactSheet(facts=find_facts(comparison), quotes=find_quotes(comparison))
        if key:
            store_sheet(key, sheet)
    return sheet


__all__ = ["Claim", "Fact", "FactSheet", "Quote", "Version", "fact_sheet"]
