"""CSV export in the shape Readwise imports: Highlight, Title, Author, URL, Note, Location.

One row per passage. Author is the outlet; Location is the 1-based number of the passage's
first sentence (Readwise sorts highlights by it). Note carries the reader's note and, for
what the comparison found, the relation and its reason, since Readwise has nowhere else to
put them. The csv module quotes commas, quotes and newlines, so any text round-trips.

Formula injection: a spreadsheet opening the file runs a cell that starts with `=`, `+`, `-`
or `@` (also after leading spaces, or as a tab or carriage return first) as a formula:
`=HYPERLINK(...)` in an article would become a live link, `-2+3` a sum. Such a text cell gets
a leading apostrophe (`'=HYPERLINK(...)`), as OWASP and spreadsheet-safe exporters do: the
spreadsheet shows the text as text, and a person still reads it as written.
"""

from __future__ import annotations

import csv
import io

from reader.export.document import ExportDocument
from reader.export.passages import Entry, Passage

HEADER = ("Highlight", "Title", "Author", "URL", "Note", "Location")
# What makes a spreadsheet read a cell as a formula (and their fullwidth forms, which some
# spreadsheets fold to ASCII).
_FORMULA_STARTS = tuple("=+-@\t\r\uff1d\uff0b\uff0d\uff20")

_SECTION_NOTES = {
    "contradictions": "Contradiction",
    "agreements": "Shared by several outlets",
    "unique": "Said by this outlet only",
}


def render_csv(document: ExportDocument) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    for entry in document.entries:
        for passage in entry.passages:
            article = passage.article
            cells = (
                passage.text,
                article.title,
                article.outlet,
                article.url or "",
                _note(entry, passage),
            )
            writer.writerow((*map(neutralise_formula, cells), passage.first_sentence + 1))
    return buffer.getvalue()


def neutralise_formula(cell: str) -> str:
    """`cell` with an apostrophe in front if a spreadsheet would run it as a formula."""
    if cell.startswith(("\t", "\r")) or cell.lstrip(" ").startswith(_FORMULA_STARTS):
        return "'" + cell
    return cell


def _note(entry: Entry, passage: Passage) -> str:
    lines = [passage.note] if passage.note else []
    label = _SECTION_NOTES.get(entry.section)
    if label:
        lines.append(f"{label}: {'; '.join(entry.reasons)}" if entry.reasons else label)
    return "\n".join(lines)
