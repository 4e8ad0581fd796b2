"""Place cleaned blocks into the article text and cut the body blocks into sentences."""

from __future__ import annotations

from dataclasses import dataclass

from reader.model import Block, Sentence
from reader.text.blocks import TextBlock
from reader.text.lexicon import STOPWORDS
from reader.text.segment import split_sentences

BLOCK_SEPARATOR = "\n\n"
_FALLBACK_TITLE_CHARS = 80


@dataclass(frozen=True)
class Body:
    text: str
    blocks: tuple[Block, ...]
    sentences: tuple[Sentence, ...]


def assemble(text_blocks: list[TextBlock]) -> Body:
    """Join blocks with blank lines; every span indexes the joined text. Headings are blocks but
    not sentences; paragraphs and list items are split into sentences."""
    text = BLOCK_SEPARATOR.join(block.text for block in text_blocks)
    blocks: list[Block] = []
    sentences: list[Sentence] = []
    position = 0
    for block_index, block in enumerate(text_blocks):
        start, end = position, position + len(block.text)
        blocks.append(Block(block.kind, start, end))
        if block.kind != "heading":
            for sentence_start, sentence_end in split_sentences(block.text, offset=start):
                sentences.append(
                    Sentence(
                        index=len(sentences),
                        text=text[sentence_start:sentence_end],
                        start=sentence_start,
                        end=sentence_end,
                        block=block_index,
                    )
                )
        position = end + len(BLOCK_SEPARATOR)
    return Body(text, tuple(blocks), tuple(sentences))


def fallback_title(body: Body, stem: str) -> str:
    """The first sentence as the title of an article without a headline: whole when short,
    else up to its last clause break (or word) before about 80 characters. Never an added
    "…": the title is quoted in exports, and an ellipsis there is not the outlet's text."""
    if not body.sentences:
        return stem
    first = body.sentences[0].text
    if len(first) <= _FALLBACK_TITLE_CHARS:
        return first
    head = first[:_FALLBACK_TITLE_CHARS]
    for mark in (", ", " – ", " — ", "; ", ": "):
        at = head.rfind(mark)
        if at >= _FALLBACK_TITLE_CHARS // 2:
            return head[:at]
    words = head.rsplit(" ", 1)[0].rstrip(" ,;:–—-").split()
    while len(words) > 1 and words[-1].lower() in STOPWORDS:
        words.pop()  # "… reported a sequence of" reads better as "… reported a sequence"
    return " ".join(words)
