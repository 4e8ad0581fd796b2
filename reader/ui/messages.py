"""The app's story as messages: CorpusLoaded -> AnalysisProgress* -> ComparisonReady, and
SentenceFocused whenever the reader's cursor lands on a sentence.

The analysis worker only posts the first three; handlers on MainScreen own all widget state.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message
from textual.widget import Widget

from reader.analysis.comparison import Comparison
from reader.model import Article, LoadProblem, SentenceRef


@dataclass
class CorpusLoaded(Message):
    """The articles are read and cleaned: their text can be shown before relations exist."""

    articles: list[Article]
    problems: list[LoadProblem]


@dataclass
class AnalysisProgress(Message):
    """`done` of `total` comparison steps finished."""

    done: int
    total: int

    def can_replace(self, message: Message) -> bool:
        # Only the latest progress matters: a waiting older one is dropped, not queued.
        return isinstance(message, AnalysisProgress)


@dataclass
class ComparisonReady(Message):
    comparison: Comparison


@dataclass
class AnalysisFailed(Message):
    """The analysis raised; `reason` is one line for the reader (the traceback goes to the log)."""

    reason: str


@dataclass
class SentenceFocused(Message):
    """The cursor of `pane` (the focused one) is now on `ref`."""

    pane: Widget
    ref: SentenceRef
