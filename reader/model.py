"""The data the whole program passes around: articles, sentences, relations.

Plain frozen dataclasses with no behaviour beyond small lookups, so that the loader, the
analysis, the exporters, the command line and the UI all speak the same language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NamedTuple

BlockKind = Literal["heading", "paragraph", "list_item"]
RelationKind = Literal["agree", "contradict", "unrelated"]
SentenceStatus = Literal["agree", "contradict", "unique"]


@dataclass(frozen=True)
class Block:
    """A displayable unit of the cleaned text: a heading, a paragraph or a list item."""

    kind: BlockKind
    start: int  # character span in Article.text
    end: int


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article's body. Headings are blocks, never sentences."""

    index: int  # 0-based position among the article's sentences
    text: str
    start: int  # character span in Article.text: Article.text[start:end] == text
    end: int
    block: int  # index into Article.blocks


@dataclass(frozen=True)
class RemovedPassage:
    """Text cleaned away from the article (kept so the reader can still see it)."""

    reason: str  # e.g. "author bio", "repeated body", "comment prompt"
    text: str


@dataclass(frozen=True)
class Article:
    id: str  # the file stem
    path: str
    title: str
    outlet: str
    text: str  # the cleaned text: blocks separated by blank lines
    blocks: tuple[Block, ...]
    sentences: tuple[Sentence, ...]
    date: str | None = None
    url: str | None = None
    removed: tuple[RemovedPassage, ...] = ()
    warnings: tuple[str, ...] = ()
    content_hash: str = ""  # sha256 of the raw file bytes


@dataclass(frozen=True)
class LoadProblem:
    """A file that could not be loaded, with a one-line reason naming it."""

    path: str
    message: str


@dataclass(frozen=True)
class Judgement:
    """What `relate(a, b)` says of two sentences."""

    kind: RelationKind
    score: float  # 0..1: confidence that the two sentences say the same thing
    reasons: tuple[str, ...] = ()
    # For a contradiction, the kinds of conflict found ("count", "date", "polarity"...).
    types: tuple[str, ...] = ()


class SentenceRef(NamedTuple):
    # A named tuple, not a dataclass: the aligner and the comparison hash, sort and compare
    # millions of these, and tuples do that in C.
    article: int  # index into Comparison.articles
    sentence: int  # Sentence.index


@dataclass(frozen=True)
class Link:
    """A judged relation between sentences of two different articles (never 'unrelated')."""

    kind: RelationKind
    score: float
    reasons: tuple[str, ...]
    a: SentenceRef
    b: SentenceRef
    types: tuple[str, ...] = ()  # for a contradiction, its kinds of conflict

    def other(self, ref: SentenceRef) -> SentenceRef:
        return self.b if ref == self.a else self.a


@dataclass
class ArticleStats:
    agree: int = 0  # sentences that share a claim with at least one other outlet
    contradict: int = 0  # sentences contradicted by at least one other outlet
    unique: int = 0  # sentences no other outlet supports or contradicts


@dataclass(frozen=True)
class Cluster:
    """A claim shared by several articles: sentences linked by agreement."""

    members: tuple[SentenceRef, ...]
    articles: tuple[int, ...] = field(default=())  # distinct article indices, sorted
