"""Markdown export: YAML front matter, then one section per kind of entry, passages as quotes.

Readable raw, in any CommonMark viewer and in Obsidian. Article text is untrusted, so every
piece of it is escaped: a passage is quoted line by line (a newline in it cannot end the
quote), and characters that would start a heading, rule, fence, list, link, HTML, table,
Obsidian tag/comment/highlight or maths are backslash-escaped. Escapes cost a few backslashes
in the raw file; they are what keeps a hostile article from reshaping the notes.
"""

from __future__ import annotations

import re
from urllib.parse import quote as percent_encode
from urllib.parse import urlsplit

import yaml

from reader.export.document import ExportDocument
from reader.export.passages import Entry, Passage

_HEADINGS = {
    "marks": "Marked passages",
    "contradictions": "Contradictions",
    "agreements": "Agreements",
    "unique": "Said by one outlet only",
}
_RELATION_WORDS = {
    "contradict": "contradicted by another outlet",
    "agree": "shared with another outlet",
    "unique": "said by this outlet only",
}
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_ALWAYS_ACTIVE = re.compile(r"([\\`*\[\]<>#|$])")
# An underscore inside a word (snake_case, file names) cannot start emphasis: leave it be.
_EDGE_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
_DOUBLED_ACTIVE = re.compile(r"==|~~|%%")  # Obsidian highlight, strikethrough, comment
_ENTITY = re.compile(r"&(?=#?\w+;)")
_LINE_START_ACTIVE = re.compile(r"^(\s*)(?:([-+=~])|(\d{1,9})([.)]))")


def render_markdown(document: ExportDocument) -> str:
    parts = [_front_matter(document), f"# {escape_field(document.story)}\n"]
    section = None
    for number, entry in enumerate(document.entries, start=1):
        if entry.section != section:
            section = entry.section
            parts.append(f"## {_HEADINGS[section]}\n")
        parts.append(_entry(number, entry))
    if not document.entries:
        parts.append("Nothing to export.\n")
    return "\n".join(parts)


def escape_field(text: str) -> str:
    """A one-line field (outlet, title, reason): line breaks become spaces, then escaped."""
    return escape_inline(_LINE_BREAK.sub(" ", text))


def escape_inline(text: str) -> str:
    """Escape what Markdown would read as formatting inside a line."""
    text = _ALWAYS_ACTIVE.sub(r"\\\1", text)
    text = _EDGE_UNDERSCORE.sub(r"\\_", text)
    text = _DOUBLED_ACTIVE.sub(lambda m: "".join("\\" + c for c in m.group()), text)
    return _ENTITY.sub(r"\\&", text)


def escape_lines(text: str) -> list[str]:
    """Escaped lines of `text`, none of which can start a block (heading, list, rule, fence)."""
    lines = []
    for line in _LINE_BREAK.split(text):
        line = escape_inline(line)
        line = _LINE_START_ACTIVE.sub(_escape_line_start, line)
        lines.append(line)
    return lines


def blockquote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in escape_lines(text)) + "\n"


def _escape_line_start(match: re.Match[str]) -> str:
    indent, marker, digits, delimiter = match.groups()
    if marker:
        return f"{indent}\\{marker}"
    return f"{indent}{digits}\\{delimiter}"


def _front_matter(document: ExportDocument) -> str:
    data = {
        **document.heading(),
        "sources": [
            {
                key: value
                for key, value in (
                    ("outlet", article.outlet),
                    ("title", article.title),
                    ("url", article.url),
                    ("date", article.date),
                )
                if value
            }
            for article in document.sources
        ],
        "tags": ["reader-export"],
    }
    dumped = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1_000)
    return f"---\n{dumped}---\n"


def _entry(number: int, entry: Entry) -> str:
    if entry.section == "contradictions":
        title = f"Contradiction {number}"
        if entry.reasons:
            title += f": {escape_field('; '.join(entry.reasons))}"
    elif entry.section == "agreements":
        outlets = {p.article.outlet for p in entry.passages}
        title = f"Shared by {len(outlets)} outlets"
    else:
        first = entry.passages[0]
        title = f"{escape_field(first.article.outlet)}, {_sentence_words(first)}"
    parts = [f"### {title}\n"]
    parts += [_passage(p) for p in entry.passages]
    if entry.section == "marks":
        relation = _RELATION_WORDS[entry.relation]
        if entry.reasons:
            relation += f" ({escape_field('; '.join(entry.reasons))})"
        parts.append(f"*In the comparison: {relation}.*\n")
    elif entry.reasons and entry.section != "contradictions":
        parts.append(f"*Why: {escape_field('; '.join(entry.reasons))}*\n")
    return "\n".join(parts)


def _passage(passage: Passage) -> str:
    article = passage.article
    source = f"— **{escape_field(article.outlet)}**, {_title_link(article.title, article.url)}"
    if article.date:
        source += f", {escape_field(article.date)}"
    source += f", {_sentence_words(passage)}\n"
    text = blockquote(passage.text) + "\n" + source
    if passage.note:
        note_lines = escape_lines(passage.note)
        # A backslash at the end of a line is a hard line break in CommonMark and Obsidian.
        text += "\n**Note:** " + "\\\n".join(note_lines) + "\n"
    return text


def _title_link(title: str, url: str | None) -> str:
    shown = f"*{escape_field(title)}*" if title else "*untitled*"
    if not url or urlsplit(url).scheme not in ("http", "https"):
        # Only web links become links: a javascript: or file: URL in an article is shown, inert.
        return shown if not url else f"{shown} ({escape_field(url)})"
    # An angle-bracket destination may hold any character but <, > and line breaks.
    safe_url = percent_encode(url, safe="!#$%&'()*+,-./:;=?@[]^_`{|}~")
    return f"[{shown}](<{safe_url}>)"


def _sentence_words(passage: Passage) -> str:
    first, last = passage.first_sentence + 1, passage.last_sentence + 1
    return f"sentence {first}" if first == last else f"sentences {first}–{last}"
