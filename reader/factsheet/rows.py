"""The fact sheet as rows for a screen: section and fact headings, one row per stated
version in one sentence (the row a reader selects to jump there), and word diffs.

Pure data, no Textual: the app's fact sheet screen draws these rows; tests read them.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.analysis.comparison import Comparison
from reader.factsheet.model import ALTERED, ONE_OUTLET, FactSheet, Version
from reader.factsheet.render import clean, fact_heading, outlet, quote_heading
from reader.model import SentenceRef

SECTION, HEADING, CLAIM, DIFF, NOTE = "section", "heading", "claim", "diff", "note"
_SNIPPET = 140


@dataclass(frozen=True)
class Row:
    kind: str  # SECTION, HEADING, CLAIM (selectable: ref is set), DIFF or NOTE
    text: str  # terminal-safe text
    ref: SentenceRef | None = None
    diff: tuple[tuple[str, str], ...] = ()  # DIFF rows: (op, words)


def rows(c: Comparison, sheet: FactSheet) -> list[Row]:
    out = [Row(SECTION, f"Disputed facts ({len(sheet.disputed)})")]
    if not sheet.disputed:
        out.append(Row(NOTE, "No figure is given differently by two outlets."))
    for fact in sheet.disputed:
        out.append(Row(HEADING, fact_heading(fact)))
        out += _claims(c, fact.versions, lambda v: clean(v.value))
    out.append(Row(SECTION, f"Agreed facts ({len(sheet.agreed)})"))
    for fact in sheet.agreed:
        out.append(Row(HEADING, clean(fact.what)))
        out += _claims(c, fact.versions, lambda v: clean(v.value))
    lined = [q for q in sheet.quotes if q.status != ONE_OUTLET]
    altered = sum(q.status == ALTERED for q in lined)
    out.append(Row(SECTION, f"Quotes in several outlets ({len(lined)}, {altered} altered)"))
    for quote in lined:
        out.append(Row(HEADING, quote_heading(c, quote)))
        for v in quote.versions:
            out += _claims(c, (v,), _quoted, words=False)
            if v.diff:
                out.append(Row(DIFF, "", diff=tuple((op, clean(w)) for op, w in v.diff)))
    alone = [q for q in sheet.quotes if q.status == ONE_OUTLET]
    out.append(Row(SECTION, f"Quotes in one outlet only ({len(alone)})"))
    for quote in alone:
        out += _claims(c, quote.versions, _quoted, words=False)
    return out


def _quoted(v: Version) -> str:
    text = clean(v.value)
    if len(text) > _SNIPPET:
        text = text[: _SNIPPET - 1] + "…"
    speaker = f" ({clean(v.speaker)})" if v.speaker else ""
    return f"“{text}”{speaker}"


def _claims(c: Comparison, versions, label, words: bool = True) -> list[Row]:
    """One selectable row per sentence stating a version: value, outlet, sentence."""
    out = []
    for v in versions:
        for claim in v.claims:
            where = f"{outlet(c, claim.ref.article)}, sentence {claim.ref.sentence + 1}"
            written = clean(claim.written) if words else ""
            said = f" “{written}”" if written and written != clean(v.value) else ""
            out.append(Row(CLAIM, f"{label(v)} · {where}{said}", claim.ref))
    return out
