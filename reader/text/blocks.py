"""Turn plain article text into blocks: headings, paragraphs and list items.

Plain text marks structure only with line breaks, so this decides, line by line, what a line is:
- a blank line ends a block;
- a line starting with `-`, `*`, `•` or `1.` is a list item (indented lines continue it);
- a single line break inside a block ends a paragraph when the line before it ends a sentence
  and the next starts like one (seeds 000 and 001 put one paragraph per line), or when the line
  before it is a short heading (`7 dead`); otherwise it is a wrapped line and is joined;
- a block that is one short line without terminal punctuation is a heading.
Block text comes out on one line, whitespace collapsed, so sentences never contain line breaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.model import BlockKind


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string, for readable word lists."""
    return frozenset(words.split())


_BULLET = re.compile(r"^\s*(?:[-*+\u2022\u00b7\u25aa\u25cf\u2013]|\d{1,3}[.)])\s+")
# Terminal punctuation, then closing quotes or brackets (set apart by a space in tokenised text).
_TERMINAL_END = re.compile(r"[.!?\u2026:;](?:\s?['\"\u201d\u2019\u00bb)\]])*$|[.!?]\s''$")
_WHITESPACE = re.compile(r"\s+")
# Short words that stay lower case in Title Case headings.
_MINOR_WORDS = word_set(
    "a an the and or nor but of in on at to for by as with from into over vs via per up "
    "off out is are was be its"
)
HEADING_MAX_WORDS = 20
_SHORT_LINE_WORDS = 10  # a line this short before a paragraph reads as a heading, not a wrap


@dataclass(frozen=True)
class TextBlock:
    """A block before it is placed in the article text: its kind and its one-line text."""

    kind: BlockKind
    text: str


def collapse_whitespace(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()


def ends_with_terminal(line: str) -> bool:
    """True if the line ends a sentence (allowing closing quotes and brackets after the mark)."""
    return _TERMINAL_END.search(line.rstrip()) is not None


def is_title_case(line: str) -> bool:
    """Most words capitalised, minor words aside: `The Spark: Iran's Initial Strike on Pakistan`."""
    words = [w for w in re.findall(r"[^\W\d_][\w'\u2019-]*", line)]
    major = [w for w in words if w.lower() not in _MINOR_WORDS]
    if not major:
        return False
    capitalised = sum(1 for w in major if w[0].isupper())
    return capitalised / len(major) >= 0.75


def looks_like_heading(line: str) -> bool:
    """One short line, no terminal punctuation, starting like a title."""
    line = line.strip()
    if not line or ends_with_terminal(line) or line.endswith(","):
        return False
    words = line.split()
    if len(words) > HEADING_MAX_WORDS or len(line) > 160:
        return False
    return line[0].isupper() or line[0].isdigit() or line[0] in "\"'\u201c\u2018"


def blocks_from_text(text: str) -> list[TextBlock]:
    """Split plain text into heading, paragraph and list-item blocks."""
    blocks: list[TextBlock] = []
    for chunk in re.split(r"\n[ \t\u00a0]*\n", text):
        lines = [line for line in chunk.split("\n") if line.strip()]
        if not lines:
            continue
        if len(lines) == 1 and not _BULLET.match(lines[0]) and looks_like_heading(lines[0]):
            blocks.append(TextBlock("heading", collapse_whitespace(lines[0])))
            continue
        blocks.extend(_blocks_of_chunk(lines))
    return blocks


def _blocks_of_chunk(lines: list[str]) -> list[TextBlock]:
    """Blocks of a run of non-blank lines: list items, headings and paragraphs."""
    blocks: list[TextBlock] = []
    current: list[str] = []
    current_kind: BlockKind = "paragraph"

    def flush() -> None:
        if current:
            text = collapse_whitespace(" ".join(current))
            if text:
                blocks.append(TextBlock(current_kind, text))
            current.clear()

    for index, line in enumerate(lines):
        bullet = _BULLET.match(line)
        if bullet:
            flush()
            current_kind = "list_item"
            current.append(line[bullet.end() :])
            continue
        if current_kind == "list_item" and current and line[:1].isspace():
            current.append(line)  # an indented line continues the list item
            continue
        following = lines[index + 1] if index + 1 < len(lines) else None
        if _is_inline_heading(line, current, following):
            flush()
            blocks.append(TextBlock("heading", collapse_whitespace(line)))
            current_kind = "paragraph"
            continue
        if current and (current_kind == "list_item" or _starts_new_paragraph(current[-1], line)):
            flush()
        current_kind = "paragraph"
        current.append(line)
    flush()
    return blocks


def _starts_new_paragraph(previous: str, line: str) -> bool:
    """A line break after a finished sentence, before a capitalised line, is a paragraph break."""
    return ends_with_terminal(previous) and _starts_like_sentence(line)


def _starts_like_sentence(line: str) -> bool:
    first = line.lstrip().lstrip("\"'\u201c\u2018([`")[:1]
    return first.isupper() or first.isdigit()


def _is_inline_heading(line: str, current: list[str], following: str | None) -> bool:
    """A short unpunctuated line between a finished paragraph and a new one (`7 dead`)."""
    if following is None or not looks_like_heading(line) or not _starts_like_sentence(following):
        return False
    if current and not ends_with_terminal(current[-1]):
        return False  # the line continues a sentence that was wrapped
    return len(line.split()) <= _SHORT_LINE_WORDS or is_title_case(line)
