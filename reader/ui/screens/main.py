"""The main screen: the article list, the panes, the detail panel and the status line, and the
state they share.

State flows one way: the analysis worker posts CorpusLoaded / AnalysisProgress /
ComparisonReady, the handlers here set reactives, and data_bind hands them to the panes, the
list and the panel. The UI never judges sentences; it asks the Comparison.

The focused pane's cursor is followed as it moves (a watch on each pane's `cursor` and on the
screen's focus), so the detail panel and linked scrolling are drawn in the same refresh as
the cursor; the pane's SentenceFocused then finds nothing left to do. Marks and selection
live in a MarkingController, told of every move by `_cursor_moved`, never by handler order.

Public surface (tests, the controllers):
  - `comparison` (Comparison | None) and `articles` (list[Article]): what is loaded;
  - `cursor_ref` (SentenceRef | None): the sentence under the cursor of the focused pane;
  - `focused_pane` (ArticlePane): the pane keys act on;
  - `go_to(ref)`: show a sentence and put the cursor on it;
  - `marked` / `selected` (frozenset[SentenceRef]): drawn with the `mark` / `selected` colours.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.events import Resize
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Header
from textual.worker import Worker, WorkerState, get_current_worker

from reader.config import MAX_PANES, Config
from reader.model import Article, SentenceRef
from reader.ui import engine
from reader.ui.bindings import MAIN_BINDINGS
from reader.ui.marking import MarkingController
from reader.ui.messages import (
    AnalysisFailed,
    AnalysisProgress,
    ComparisonReady,
    CorpusLoaded,
    SentenceFocused,
)
from reader.ui.pane_fit import panes_that_fit
from reader.ui.screens.main_actions import MainActions
from reader.ui.screens.main_stories import StoryActions
from reader.ui.widgets.article_list import ArticleList, ArticleListBox
from reader.ui.widgets.article_pane import ArticlePane
from reader.ui.widgets.detail_panel import DetailBox, DetailPanel
from reader.ui.widgets.footer import KeyFooter
from reader.ui.widgets.status_bar import AnalysisStatus, Legend, Progress

if TYPE_CHECKING:
    from reader.analysis.comparison import Comparison


class MainScreen(MainActions, StoryActions, Screen[None]):
    BINDINGS = MAIN_BINDINGS

    # The screen draws nothing itself: the widgets bound to these repaint what they show.
    articles: reactive[list[Article]] = reactive(list, always_update=True, repaint=False)
    comparison: reactive[Comparison | None] = reactive(None, always_update=True, repaint=False)
    highlights: reactive[frozenset[str]] = reactive(
        frozenset({"agree", "contradict", "unique"}), repaint=False
    )
    marked: reactive[frozenset[SentenceRef]] = reactive(frozenset, repaint=False)
    selected: reactive[frozenset[SentenceRef]] = reactive(frozenset, repaint=False)
    found: reactive[frozenset[SentenceRef]] = reactive(frozenset, repaint=False)
    cursor_ref: reactive[SentenceRef | None] = reactive(None, repaint=False)
    pane_count: reactive[int] = reactive(2, repaint=False)  # wanted; fewer shown when narrow
    story: reactive[int] = reactive(0, repaint=False)  # the id of the story the panes show

    def __init__(self, paths: Sequence[str | Path], config: Config) -> None:
        super().__init__(id="main")
        self.paths = list(paths)
        self.config = config
        self.set_reactive(MainScreen.pane_count, config.panes)
        self.marking = MarkingController(self)
        self.load_problem: str | None = None  # why nothing loaded, shown in the panes
        self.search_query = ""
        self.deferred: list[tuple[str, str]] = []  # keys typed ahead: (needs, action)
        # Composed once and never replaced: kept here rather than queried on every key.
        self._panes: list[ArticlePane] = []
        self._article_list: ArticleList | None = None
        self._froze_objects = False  # see _comparison_ready
        # The (pane, sentence) last followed: each move is seen by a watch and by the pane's
        # SentenceFocused, and only the first needs to act.
        self._followed: tuple[ArticlePane, SentenceRef] | None = None
        self._last_pane: ArticlePane | None = None  # keys act on it while the list has focus

    # -- layout -------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        with ArticleListBox(id="article-list-box"):
            self._article_list = ArticleList()
            yield self._article_list.data_bind(
                MainScreen.articles, MainScreen.comparison, MainScreen.story
            )
        with Horizontal(id="panes"):
            self._panes = [ArticlePane(n, id=f"pane-{n}") for n in range(1, MAX_PANES + 1)]
            for pane in self._panes:
                yield pane.data_bind(
                    MainScreen.articles,
                    MainScreen.comparison,
                    MainScreen.highlights,
                    MainScreen.marked,
                    MainScreen.selected,
                    MainScreen.found,
                )
        with DetailBox(id="detail-box"):
            yield DetailPanel().data_bind(
                MainScreen.articles, MainScreen.comparison, ref=MainScreen.cursor_ref
            )
        with Horizontal(id="status"):
            # The legend names the highlights, which come with the comparison: until then
            # the line shows the progress instead.
            yield Legend().data_bind(MainScreen.highlights).set_styles("display: none;")
            yield Progress(id="progress")
            yield AnalysisStatus()
        yield KeyFooter()

    def on_mount(self) -> None:
        for pane in self._panes:
            self.watch(pane, "cursor", self._follow(pane), init=False)
        self.watch(self, "focused", self._focus_moved, init=False)
        self._show_pane_count(self.app.size.width)
        self.visible_panes[0].focus()
        self.query_one(AnalysisStatus).text = "loading the articles…"
        self.analyse_corpus()

    def on_resize(self, event: Resize) -> None:
        # The event's size, not a size read elsewhere: that one may still be the old one.
        self.set_class(event.size.height < 30, "-short")
        self.set_class(event.size.height < 20, "-tiny")
        self._show_pane_count(event.size.width)

    # -- panes --------------------------------------------------------------------------

    @property
    def panes(self) -> list[ArticlePane]:
        return list(self._panes)

    @property
    def visible_panes(self) -> list[ArticlePane]:
        return [pane for pane in self.panes if pane.display]

    @property
    def focused_pane(self) -> ArticlePane:
        focused = self.focused
        if isinstance(focused, ArticlePane) and focused.display:
            return focused
        last = self._last_pane
        return last if last is not None and last.display else self.visible_panes[0]

    def panes_that_fit(self) -> int:
        return panes_that_fit(self.app.size.width)

    def watch_pane_count(self) -> None:
        if self.is_mounted:
            self._show_pane_count(self.app.size.width)

    def _show_pane_count(self, width: int) -> None:
        shown = min(self.pane_count, panes_that_fit(width))
        had_focus = self.focused_pane if self.panes else None
        for index, pane in enumerate(self.panes):
            pane.display = index < shown
        if had_focus is not None and not had_focus.display:
            self.visible_panes[-1].focus()
        self._update_article_list()

    def _update_article_list(self) -> None:
        article_list = self._article_list
        if article_list is None:
            return
        visible = self.visible_panes
        article_list.showing = tuple(pane.article for pane in visible)
        focused = self.focused_pane
        article_list.focused = visible.index(focused) if focused in visible else 0

    def go_to(self, ref: SentenceRef) -> None:
        """Show `ref` and put the cursor on it: in the pane already showing its article,
        else in the focused pane (with its story's articles in the others, if another story)."""
        if self.in_other_story(ref.article):
            self.show_story(self.comparison.story(ref.article).id, ref.article, ref.sentence)
        target = next((p for p in self.visible_panes if p.article == ref.article), None)
        target = target or self.focused_pane
        if not target.is_focused:
            # Arriving by a jump, not by Tab: the cursor goes to `ref`, not to the sentence
            # linked scrolling marked there (which the pane's on_focus would move it to).
            target.link_to(None)
        self.set_focus(target)  # at once (focus() waits a turn): keys typed ahead follow it
        if target.article != ref.article:
            target.show(ref.article, ref.sentence)
        else:
            target.cursor = ref.sentence
        self._update_article_list()

    # -- the analysis -------------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="analysis")
    def analyse_corpus(self) -> None:
        worker = get_current_worker()
        articles, problems = engine.load_articles(
            self.paths, self.config.articles, cancelled=lambda: worker.is_cancelled
        )
        if worker.is_cancelled:
            return
        self.post_message(CorpusLoaded(articles, problems))
        if not articles:
            return
        comparison = engine.analyse(
            articles,
            problems,
            self.config.matching,
            progress=lambda done, total: self.post_message(AnalysisProgress(done, total)),
            cancelled=lambda: worker.is_cancelled,
        )
        if not worker.is_cancelled:
            self.post_message(ComparisonReady(comparison))

    @on(Worker.StateChanged)
    def _analysis_state(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "analysis" and event.state == WorkerState.ERROR:
            error = event.worker.error
            self.log.error("analysis failed", error)
            self.post_message(AnalysisFailed(f"{type(error).__name__}: {error}"))

    @on(CorpusLoaded)
    def _corpus_loaded(self, message: CorpusLoaded) -> None:
        self.articles = message.articles
        for problem in message.problems:
            self.notify(
                problem.message, title="File skipped", severity="warning", timeout=10, markup=False
            )
        for article in message.articles:
            for warning in article.warnings:  # made terminal-safe by the loader
                self.notify(warning, severity="warning", timeout=10, markup=False)
        if not message.articles:
            self._nothing_loaded(message)
            return
        for index, pane in enumerate(self.panes):
            if index < len(message.articles):
                pane.show(index)
        self.query_one(AnalysisStatus).text = ""
        self.query_one(Progress).started(len(message.articles))
        self.marking.corpus_loaded(message.articles)
        self._update_article_list()
        self.call_after_refresh(self.run_deferred)

    def _nothing_loaded(self, message: CorpusLoaded) -> None:
        from reader.ui.load_message import nothing_loaded

        self.load_problem = nothing_loaded(self.paths, message.problems)
        for pane in self.panes:
            pane.problem = self.load_problem
        self.query_one(Progress).display = False
        self.query_one(AnalysisStatus).text = "nothing loaded"
        self.notify("No article could be loaded.", severity="error", timeout=30)

    @on(AnalysisProgress)
    def _analysis_progress(self, message: AnalysisProgress) -> None:
        self.query_one(Progress).advance(message.done, message.total)

    @on(ComparisonReady)
    def _comparison_ready(self, message: ComparisonReady) -> None:
        from reader.ui.summary import summary_line

        comparison = message.comparison
        self.comparison = comparison
        self.query_one(Progress).display = False
        self.query_one(Legend).display = True
        self.app.sub_title = summary_line(comparison)
        self.query_one(AnalysisStatus).text = "a/x/u: toggle colours"
        self.enter_stories()
        self.refresh_bindings()  # s / S are offered only with several stories
        self._sentence_focused_again()
        self.call_after_refresh(self.run_deferred)
        if self.app.is_running and not self._froze_objects:
            # The articles and the comparison live as long as the app and never change: out
            # of the cyclic collector's sight, a full collection no longer walks them all (with
            # 200 articles, a pause of some 200 ms every few dozen keys). Undone at unmount.
            gc.freeze()
            self._froze_objects = True

    def on_unmount(self) -> None:
        if self._froze_objects:
            gc.unfreeze()
            self._froze_objects = False

    @on(AnalysisFailed)
    def _analysis_failed(self, message: AnalysisFailed) -> None:
        self.query_one(Progress).display = False
        self.query_one(AnalysisStatus).text = "comparison failed: texts shown without highlights"
        self.notify(
            f"The comparison failed: {message.reason}", severity="error", timeout=30, markup=False
        )

    # -- the cursor ---------------------------------------------------------------------

    @on(SentenceFocused)
    def _sentence_focused(self, message: SentenceFocused) -> None:
        self._cursor_moved(message.pane, message.ref)

    def _follow(self, pane: ArticlePane) -> Callable[[], None]:
        """Watches `pane`'s cursor: the same as its SentenceFocused, without waiting for the
        message to bubble up (by then the cursor has been drawn, and the rest would follow a
        refresh later)."""

        def moved() -> None:
            if pane.is_focused and pane.cursor_ref is not None:
                self._cursor_moved(pane, pane.cursor_ref)

        return moved

    def _focus_moved(self) -> None:
        """The focus reached another widget: if a pane, follow its cursor (see _follow)."""
        if isinstance(self.focused, ArticlePane):
            self._last_pane = self.focused
        pane = self.focused_pane
        if pane.is_focused and pane.cursor_ref is not None:
            self._cursor_moved(pane, pane.cursor_ref)
        self._update_article_list()

    def _cursor_moved(self, pane: ArticlePane, ref: SentenceRef) -> None:
        if not pane.is_attached or pane is not self.focused_pane:
            return  # the app is closing, or the pane lost focus since
        if (pane, ref) == self._followed:
            return  # already followed: the watch came first, this is the pane's message
        self._followed = (pane, ref)
        self.cursor_ref = ref
        self._link_other_panes(pane, ref)
        self.marking.cursor_moved()
        self._update_article_list()

    def _sentence_focused_again(self) -> None:
        """Follow the cursor once more: the comparison arrived, links can now be found."""
        self._followed = None
        pane = self.focused_pane
        if pane.cursor_ref is not None:
            self._cursor_moved(pane, pane.cursor_ref)

    def _link_other_panes(self, source: ArticlePane, ref: SentenceRef) -> None:
        """Linked scrolling: bring the aligned sentence into view in every other pane."""
        for pane in self.visible_panes:
            if pane is source or pane.article is None:
                continue
            aligned = None
            if self.comparison is not None and pane.article != ref.article:
                aligned = self.comparison.aligned(ref, pane.article)
            pane.link_to(aligned.sentence if aligned is not None else None)

    @on(ArticleList.Chosen)
    def _article_chosen(self, message: ArticleList.Chosen) -> None:
        pane = self.focused_pane
        self.open_in_focused_pane(message.article)
        pane.focus()
