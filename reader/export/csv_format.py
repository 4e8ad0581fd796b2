"""CSV export in the shape Readwise imports: Highlight, Title, Author, URL, Note, Location.

One row per passage. Author is the outlet; Location is the 1-based number of the passage's
first sentence (Readwise sorts highlights by it). Note carries the reader's note and, for
what the comparison found, the relation and its reason, since Readwise has nowhere else to
put them. The csv module quotes commas, quotes and newlines, so any text round-trips.
"""

from __future__ import annotations

import csv
import io

from reader.export.document import ExportDocument
from reader.export.passages import Entry, Passage

HEADER = ("Highlight", "Title", "Author", "URL", "Note", "Location")

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
            writer.writerow(
                (
                    passage.text,
                    article.title,
                    article.outlet,
                    article.url or "",
                    _note(entry, passage),
                    passage.first_sentence + 1,
                )
            )
    return buffer.getvalue()


def _note(entry: Entry, passage: Passage) -> str:
    lines = [passage.note] if passage.note else []
    label = _SECTION_NOTES.get(entry.section)
    if label:
        lines.append(f"{label}: {'; '.join(entry.reasons)}" if entry.reasons else label)
    return "\n".join(lines)
