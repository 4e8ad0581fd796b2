"""The fact sheet as a file of its own (`reader export --what facts`): Markdown with
front matter, or JSON with the articles it cites."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from reader.analysis.comparison import Comparison
from reader.factsheet import FactSheet, fact_sheet
from reader.factsheet.render import markdown_sections, to_json
from reader.text.safe import json_safe

FORMATS = ("markdown", "json")


def render_fact_sheet(c: Comparison, fmt: str, sheet: FactSheet | None = None) -> str:
    sheet = sheet if sheet is not None else fact_sheet(c)
    if fmt == "json":
        data = {
            "articles": [
                {"id": a.id, "title": a.title, "outlet": a.outlet, "date": a.date, "url": a.url}
                for a in c.articles
            ],
            **to_json(c, sheet),
        }
        return json_safe(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    sources = [
        json.dumps(a.outlet if a.outlet != a.id else a.id, ensure_ascii=False) for a in c.articles
    ]
    front = ["---", "type: fact sheet", f"exported: {stamp}", "sources:"]
    front += [f"  - {json_safe(s)}" for s in sources] + ["---", "", "# Fact sheet", ""]
    return "\n".join(front + markdown_sections(c, sheet)) + "\n"


def write_fact_sheet(c: Comparison, sheet: FactSheet, fmt: str, folder: str | None):
    """Write the fact sheet under a fresh name in the export folder (never replacing a
    file); returns the path. Raises reader.atomic.WriteError."""
    from reader.export.writing import export_folder, write_to_folder

    return write_to_folder(render_fact_sheet(c, fmt, sheet), export_folder(folder), fmt)
