"""One entry point from an export document to text, whatever the format."""

from __future__ import annotations

from collections.abc import Callable

from reader.export.csv_format import render_csv
from reader.export.document import ExportDocument
from reader.export.json_format import render_json
from reader.export.markdown_format import render_markdown

FORMAT_CHOICES = ("markdown", "json", "csv")
EXTENSIONS = {"markdown": ".md", "json": ".json", "csv": ".csv"}

_RENDERERS: dict[str, Callable[[ExportDocument], str]] = {
    "markdown": render_markdown,
    "json": render_json,
    "csv": render_csv,
}


def render(document: ExportDocument, fmt: str) -> str:
    return _RENDERERS[fmt](document)
