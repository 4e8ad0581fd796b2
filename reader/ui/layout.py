"""Pure text layout for the article panes: untrusted text made safe, blocks wrapped to a width.

Kept free of widgets so it can be tested alone and so that the pane knows exactly which
screen line every character (and so every sentence) lands on: clicks and linked scrolling
need that mapping, which a generic wrapping widget does not expose.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from rich.cells import cell_len

from reader.model import Article
from reader.text.safe import terminal_safe

# A line break inside a paragraph is a soft break; a tab is a space.
_BREAKS = {ord("\n"): " ", ord("\t"): " "}


def sanitise(text: str) -> str:
    """Replace every control character with a visible stand-in of the same length.

    Article text, outlets and titles are untrusted: an escape sequence must show as text
    (ESC becomes ␛) and never reach the terminal. One character in, one character out, so
    character offsets into the article stay valid.
    """
    return terminal_safe(text, allow="\n\t").translate(_BREAKS)


@dataclass(frozen=True)
class VisualLine:
    """One screen line of a pane: Article.text[start:end] (empty for spacer lines)."""

    block: int  # index into Article.blocks, -1 for the blank line between blocks
    start: int
    end: int
    heading: bool = False


@dataclass(frozen=True)
class ArticleLayout:
    lines: list[VisualLine]
    display: str  # the sanitised article text; offsets are those of Article.text
    first_line: list[int]  # per sentence: its first screen line
    last_line: list[int]  # per sentence: its last screen line


def layout_article(article: Article, width: int) -> ArticleLayout:
    display = sanitise(article.text)
    width = max(width, 8)
    lines: list[VisualLine] = []
    for number, block in enumerate(article.blocks):
        if lines:
            lines.append(VisualLine(-1, block.start, block.start))
        heading = block.kind == "heading"
        for start, end in wrap(display, block.start, block.end, width):
            lines.append(VisualLine(number, start, end, heading))
    first_line, last_line = [], []
    line_number = 0
    for sentence in article.sentences:
        # Sentences come in text order, so the search for each one's lines only moves forward.
        while line_number < len(lines) - 1 and (
            lines[line_number].block < 0 or lines[line_number].end <= sentence.start
        ):
            line_number += 1
        first_line.append(line_number)
        last = line_number
        while (
            last + 1 < len(lines)
            and lines[last + 1].block >= 0
            and (lines[last + 1].start < sentence.end)
        ):
            last += 1
        last_line.append(last)
    return ArticleLayout(lines, display, first_line, last_line)


def wrap(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of text[start:end] into (start, end) spans at most `width` cells."""
    spans: list[tuple[int, int]] = []
    position = start
    while position < end:
        while position < end and text[position] == " ":
            position += 1
        if position >= end:
            break
        cells, cut, last_space = 0, position, -1
        while cut < end:
            cells += cell_len(text[cut])
            if cells > width:
                break
            if text[cut] == " ":
                last_space = cut
            cut += 1
        if cut >= end:
            line_end = end
        elif text[cut] == " ":
            line_end = cut
        elif last_space > position:
            line_end = last_space
        else:
            line_end = max(cut, position + 1)  # a word longer than the line: split it
        stripped = line_end
        while stripped > position and text[stripped - 1] == " ":
            stripped -= 1
        spans.append((position, stripped))
        position = line_end
    return spans


def sentences_in_view(layout: ArticleLayout, top: int, height: int) -> list[int]:
    """The sentences with at least one line among screen lines top .. top + height - 1."""
    if height <= 0:
        return []
    bottom = top + height - 1
    return [
        index
        for index, (first, last) in enumerate(zip(layout.first_line, layout.last_line, strict=True))
        if first <= bottom and last >= top
    ]


def wrap_message(message: str, width: int) -> list[str]:
    """A message (paragraphs split by newlines) wrapped to `width` for an empty pane."""
    lines: list[str] = []
    for paragraph in message.split("\n"):
        lines += textwrap.wrap(paragraph, max(8, width), subsequent_indent="  ") or [""]
    return lines


def sentence_at(article: Article, position: int, line_start: int, line_end: int) -> int | None:
    """The sentence holding character `position`, or, in a gap of the line line_start ..
    line_end, the last sentence on that line (a click between two sentences)."""
    nearest = None
    for sentence in article.sentences:
        if sentence.start <= position < sentence.end:
            return sentence.index
        if sentence.end > line_start and sentence.start < line_end:
            nearest = sentence.index
    return nearest
