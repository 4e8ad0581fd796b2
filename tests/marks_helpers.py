"""Hand-made articles and comparisons for the marks and export tests (no engine needed)."""

from __future__ import annotations

import hashlib
import os

import yaml

from reader.analysis.comparison import Comparison
from reader.model import Article, Block, Link, Sentence, SentenceRef

# Text no exporter may alter: quotes, commas, a newline, Rich markup, an ANSI escape, Markdown.
HOSTILE = 'He said "yes, no", then\n# left [bold red]now[/] \x1b[31mred\x1b[0m ---\n```x``` | a_b*'


def make_article(
    article_id: str,
    paragraphs: list[list[str]],
    *,
    path: str | None = None,
    outlet: str = "",
    title: str = "",
    url: str | None = None,
) -> Article:
    """An Article whose paragraphs are the given sentences joined by spaces."""
    text_parts: list[str] = []
    blocks: list[Block] = []
    sentences: list[Sentence] = []
    offset = 0
    for block_index, paragraph in enumerate(paragraphs):
        if text_parts:
            text_parts.append("\n\n")
            offset += 2
        block_start = offset
        for i, sentence in enumerate(paragraph):
            if i:
                text_parts.append(" ")
                offset += 1
            sentences.append(
                Sentence(len(sentences), sentence, offset, offset + len(sentence), block_index)
            )
            text_parts.append(sentence)
            offset += len(sentence)
        blocks.append(Block("paragraph", block_start, offset))
    text = "".join(text_parts)
    return Article(
        id=article_id,
        path=path or f"/corpus/{article_id}.txt",
        title=title or f"Title of {article_id}",
        outlet=outlet or f"Outlet {article_id}",
        text=text,
        blocks=tuple(blocks),
        sentences=tuple(sentences),
        url=url,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
    )


def story_comparison(extra_sentence: str = "A calm day followed.") -> Comparison:
    """Two outlets: they agree on the strike, contradict on the toll, each says one thing alone."""
    dawn = make_article(
        "dawn",
        [
            ["Pakistan struck targets in Iran.", "Nine people were killed, officials said."],
            [extra_sentence],
        ],
        outlet="Dawn",
        title="Pakistan strikes Iran, nine dead",
        url="https://dawn.example/strike",
    )
    jazeera = make_article(
        "jazeera",
        [["Pakistan launched strikes on Iran.", "Seven people were killed."], ["Markets fell."]],
        outlet="Al Jazeera",
        title="Pakistan strikes inside Iran",
        url="https://aljazeera.example/strike?a=1&b=2",
    )
    links = [
        Link("agree", 0.8, ("same event: Pakistan, Iran",), SentenceRef(0, 0), SentenceRef(1, 0)),
        Link("contradict", 0.7, ("killed: 9 vs 7",), SentenceRef(0, 1), SentenceRef(1, 1)),
    ]
    return Comparison(articles=[dawn, jazeera], links=links)


def split_front_matter(text: str) -> tuple[dict, str]:
    assert text.startswith("---\n")
    head, body = text[4:].split("\n---\n", 1)
    return yaml.safe_load(head), body


def unwritable_folder(tmp_path):
    """A folder writes fail in: chmod 0o500, or, for root (whom chmod does not stop), a
    path below a regular file."""
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    if os.access(folder, os.W_OK):  # running as root
        (tmp_path / "file.txt").write_text("")
        return tmp_path / "file.txt" / "sub"
    return folder
