"""Read the text of each supported format into blocks plus the metadata the format itself carries
(front matter for text and Markdown; meta tags for HTML)."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.corpus.html_text import parse_html
from reader.corpus.markdown_text import markdown_blocks
from reader.corpus.metadata import split_front_matter
from reader.text.blocks import TextBlock, blocks_from_text

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
ARTICLE_SUFFIXES = frozenset({".txt"}) | MARKDOWN_SUFFIXES | HTML_SUFFIXES


@dataclass
class Parsed:
    blocks: list[TextBlock]
    metadata: dict[str, str | None] = field(default_factory=dict)  # title, outlet, date, url
    warnings: list[str] = field(default_factory=list)
    is_html: bool = False


def parse_document(text: str, suffix: str, name: str) -> Parsed:
    """Blocks and format-level metadata of `text`, read as the format its file suffix names.
    Unknown suffixes are read as plain text."""
    suffix = suffix.lower()
    if suffix in HTML_SUFFIXES:
        page = parse_html(text)
        metadata = {"title": page.title, "outlet": page.outlet, "date": page.date, "url": page.url}
        return Parsed(page.blocks, metadata, is_html=True)
    front = split_front_matter(text, name)
    warnings = [front.warning] if front.warning else []
    metadata: dict[str, str | None] = dict(front.values)
    if suffix in MARKDOWN_SUFFIXES:
        return Parsed(markdown_blocks(front.body), metadata, warnings)
    return Parsed(blocks_from_text(front.body), metadata, warnings)
