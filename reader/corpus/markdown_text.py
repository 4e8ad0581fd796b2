"""Markdown to blocks: `#` headings, list items, paragraphs; inline syntax reduced to its text.

Only what articles use: ATX and setext headings, `-`/`*`/`+`/`1.` lists, block quotes, rules,
fenced code (kept as text), emphasis, links, images, inline code.
"""

from __future__ import annotations

import re

from reader.text.blocks import TextBlock, collapse_whitespace

# Every pattern here runs on untrusted text, so each is linear in it: a span never runs past
# the next opening of its own kind (`[^*]`, `[^\[\]]`, ...), repetitions are possessive
# (`{2,}+`), and the closing `#`s of a heading are cut in Python, not by backtracking.
_ATX_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:\s+(.*))?$")
_CLOSING_HASHES = re.compile(r"(?:^|\s)#+$")
_SETEXT_UNDERLINE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*+\1){2,}+\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_QUOTE_MARKER = re.compile(r"^\s{0,3}>\s?")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")

# A link's address: no spaces or brackets, one level of parentheses (`wiki/A_(b)`), a title.
_ADDRESS = r"\((?:[^()\[\]\s]|\([^()\[\]\s]*\))*(?:\s+\"[^\"\n]*\")?\)"
_IMAGE = re.compile(r"!\[([^\[\]]*)\]" + _ADDRESS)
_LINK = re.compile(r"\[([^\[\]]+)\]" + _ADDRESS + r"|\[([^\[\]]+)\]\[[^\[\]]*\]")
_AUTOLINK = re.compile(r"<(https?://[^<>\s]+)>")
_CODE = re.compile(r"(?<!`)`++([^`]+)`+")
# Emphasis markers hugging a word on both sides; `snake_case` and `2 * 3` are left alone.
_STRONG = re.compile(r"(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1")
_EMPHASIS = re.compile(
    r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])"
)
_STRIKE = re.compile(r"~~(?=\S)((?:(?!~~).)+?)(?<=\S)~~")


def strip_inline(text: str) -> str:
    """Reduce inline Markdown to the text a reader sees."""
    text = _IMAGE.sub(lambda m: m.group(1), text)
    text = _LINK.sub(lambda m: m.group(1) or m.group(2), text)
    text = _AUTOLINK.sub(lambda m: m.group(1), text)
    text = _CODE.sub(lambda m: m.group(1), text)
    text = _STRONG.sub(lambda m: m.group(2), text)
    text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    text = _STRIKE.sub(lambda m: m.group(1), text)
    return collapse_whitespace(text)


def markdown_blocks(text: str) -> list[TextBlock]:
    blocks: list[TextBlock] = []
    paragraph: list[str] = []
    list_item: list[str] = []
    in_fence = False

    def flush() -> None:
        for kind, lines in (("paragraph", paragraph), ("list_item", list_item)):
            content = strip_inline(" ".join(lines))
            if content:
                blocks.append(TextBlock(kind, content))
            lines.clear()

    for raw_line in text.split("\n"):
        if _FENCE.match(raw_line):
            in_fence = not in_fence
            flush()
            continue
        line = raw_line if in_fence else _QUOTE_MARKER.sub("", raw_line)
        if not line.strip():
            flush()
            continue
        heading = _ATX_HEADING.match(line)
        if heading and not in_fence:
            flush()
            title = _CLOSING_HASHES.sub("", (heading.group(1) or "").strip()).strip()
            blocks.append(TextBlock("heading", strip_inline(title)))
        elif _SETEXT_UNDERLINE.match(line) and paragraph and not list_item and not in_fence:
            title = strip_inline(" ".join(paragraph))
            paragraph.clear()
            blocks.append(TextBlock("heading", title))
        elif _RULE.match(line) and not in_fence:
            flush()
        elif (item := _LIST_ITEM.match(line)) and not in_fence:
            flush()
            list_item.append(line[item.end() :])
        elif list_item and (line[:1].isspace() or not paragraph):
            list_item.append(line)  # lazy continuation of a list item
        else:
            paragraph.append(line)
    flush()
    return [block for block in blocks if block.text]
