"""ReaderApp: the screen layout, the app-wide state, the analysis worker and the key actions.

State flows one way: the worker posts CorpusLoaded / AnalysisProgress / ComparisonReady, the
handlers here set reactives, and data_bind hands them to the panes, the list and the panel.
The UI never judges sentences; it asks the Comparison. The worker also imports the loader and
the engine, so the screen is built while they load.

The focused pane's cursor is followed as it moves (watches on each pane's `cursor` and on the
screen's focus), so the detail panel and linked scrolling are drawn in the same refresh as the
cursor; SentenceFocused, which the pane posts too, then finds nothing left to do.

Public surface for other features (marks and export, see reader/ui/marking.py):
  - `comparison` (Comparison | None) and `articles` (list[Article]): what is loaded;
  - `cursor_ref` (SentenceRef | None): the sentence under the cursor of the focused pane;
  - `focused_pane` (ArticlePane): the pane keys act on;
  - `go_to(ref)`: show a sentence and put the cursor on it;
  - `marked` (frozenset[SentenceRef]): sentences the panes draw with the theme's `mark` colour;
    assign a new frozenset to change it;
  - `config` (reader.config.Config), e.g. `config.export_folder`.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import App, ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.reactive import Reactive, reactive
from textual.widgets import Header, ProgressBar
from textual.worker import Worker, WorkerState, get_current_worker

from reader.config import MAX_PANES, Config
from reader.model import Article, SentenceRef
from reader.resources import default_corpus
from reader.text.safe import terminal_safe
from reader.ui.actions import ActionsMixin
from reader.ui.bindings import BINDINGS
from reader.ui.commands import binding_commands
from reader.ui.engine import analyse, load_articles
from reader.ui.marking import MarkingMixin
from reader.ui.messages import (
    AnalysisFailed,
    AnalysisProgress,
    ComparisonReady,
    CorpusLoaded,
    SentenceFocused,
)
from reader.ui.themes import HIGHLIGHT_VARIABLES, ThemeSet
from reader.ui.widgets.article_list import ArticleList
from reader.ui.widgets.article_pane import ArticlePane
from reader.ui.widgets.detail_panel import DetailPanel
from reader.ui.widgets.footer import Footer
from reader.ui.widgets.status_bar import AnalysisStatus, Legend

if TYPE_CHECKING:
    from reader.analysis.comparison import Comparison

# Narrower than this, one pane is shown whatever the setting: two would be unreadable.
MIN_WIDTH_FOR_TWO_PANES = 100
MIN_PANE_WIDTH = 38


class ReaderApp(MarkingMixin, ActionsMixin, App[int]):
    CSS_PATH = "reader.tcss"
    TITLE = "reader"
    BINDINGS = BINDINGS

    # The app draws nothing itself: the widgets bound to these repaint what they show. (The
    # default repaint=True would repaint the whole screen on every cursor move.)
    articles: reactive[list[Article]] = reactive(list, always_update=True, repaint=False)
    comparison: reactive[Comparison | None] = reactive(None, always_update=True, repaint=False)
    highlights: reactive[frozenset[str]] = reactive(
        frozenset({"agree", "contradict", "unique"}), repaint=False
    )
    marked: reactive[frozenset[SentenceRef]] = reactive(frozenset, repaint=False)
    cursor_ref: reactive[SentenceRef | None] = reactive(None, repaint=False)
    pane_count: reactive[int] = reactive(2, repaint=False)  # wanted; fewer shown when narrow
    # Textual's, without its whole-screen repaint: the Header watches it and redraws itself.
    sub_title: Reactive[str] = Reactive("", compute=False, repaint=False)

    def __init__(
        self,
        paths: Sequence[str | Path] | None,
        config: Config,
        themes: ThemeSet,
        theme_name: str,
    ) -> None:
        super().__init__()
        self.paths = list(paths) if paths else [default_corpus()]
        self.config = config
        self.themes = themes
        self.requested_theme = theme_name
        self.set_reactive(ReaderApp.pane_count, config.panes)
        # Composed once and never replaced: kept here rather than queried on every key.
        self._panes: list[ArticlePane] = []
        self._article_list: ArticleList | None = None
        self._froze_objects = False  # see _comparison_ready
        # The (pane, sentence) last followed: each move is seen by a watch and by the pane's
        # SentenceFocused, and only the first needs to act.
        self._followed: tuple[ArticlePane, SentenceRef] | None = None
        # The theme is chosen before the first styling pass: set in on_mount, it would
        # re-parse and re-apply every style of every widget just composed.
        self._startup_warnings: list[str] = []  # shown at mount
        for theme in themes.themes:
            self.register_theme(theme)
        self.apply_theme(theme_name)

    # -- layout -------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        with VerticalScroll(id="article-list-box", can_focus=False):
            self._article_list = ArticleList()
            yield self._article_list.data_bind(ReaderApp.articles, ReaderApp.comparison)
        with Horizontal(id="panes"):
            self._panes = [ArticlePane(n, id=f"pane-{n}") for n in range(1, MAX_PANES + 1)]
            for pane in self._panes:
                yield pane.data_bind(
                    ReaderApp.articles,
                    ReaderApp.comparison,
                    ReaderApp.highlights,
                    ReaderApp.marked,
                )
        with VerticalScroll(id="detail-box", can_focus=False):
            yield DetailPanel().data_bind(
                ReaderApp.articles, ReaderApp.comparison, ref=ReaderApp.cursor_ref
            )
        with Horizontal(id="status"):
            yield Legend().data_bind(ReaderApp.highlights)
            yield ProgressBar(show_eta=False, id="progress")
            yield AnalysisStatus()
        yield Footer()

    def get_theme_variable_defaults(self) -> dict[str, str]:
        # Textual's own themes know nothing of the highlight colours: give them usable ones.
        defaults = {
            "agree-1": "#1f3a2a",
            "agree-2": "#2a5637",
            "agree-3": "#39784a",
            "contradict": "#6b2a32",
            "unique": "#8a909c",
            "mark": "#6a5520",
            "linked": "#31455e",
        }
        assert set(defaults) == set(HIGHLIGHT_VARIABLES)
        return defaults

    def notify(self, message: str, *, title: str = "", **options: Any) -> None:
        """Every toast goes through here: names, outlets and paths in it are untrusted."""
        super().notify(terminal_safe(message, allow="\n"), title=terminal_safe(title), **options)

    def on_mount(self) -> None:
        for problem in self.themes.problems:
            self.notify(problem, title="Theme skipped", severity="warning", markup=False)
        for warning in self._startup_warnings:
            self.notify(warning, severity="warning", markup=False)
        self.apply_keymap(self.config.keymap)
        for pane in self._panes:
            self.watch(pane, "cursor", self._follow(pane), init=False)
        self.watch(self.screen, "focused", self._focus_moved, init=False)
        self.visible_panes[0].focus()
        self._show_pane_count()
        self.analyse_corpus()

    def apply_theme(self, name: str) -> None:
        if name not in self.available_themes:
            fallback = self.themes.names[0] if self.themes.names else "textual-dark"
            known = ", ".join(self.themes.names)
            warning = f"Unknown theme {name!r}; using {fallback}. Themes: {known}"
            if self.is_running:
                self.notify(warning, severity="warning", markup=False)
            else:
                self._startup_warnings.append(warning)
            name = fallback
        self.theme = name

    def apply_keymap(self, keymap: dict[str, str]) -> None:
        known = {binding.id for binding in BINDINGS}
        unknown = sorted(set(keymap) - known)
        if unknown:
            self.notify(
                f"keymap: unknown binding id {', '.join(unknown)} (press ? to see them)",
                severity="warning",
                markup=False,
            )
        self.set_keymap({k: v for k, v in keymap.items() if k in known})

    def on_resize(self) -> None:
        self.screen.set_class(self.size.height < 30, "-short")
        self._show_pane_count()

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
        return self.visible_panes[0]

    def panes_that_fit(self) -> int:
        width = self.size.width
        if width < MIN_WIDTH_FOR_TWO_PANES:
            return 1
        return max(1, min(MAX_PANES, width // MIN_PANE_WIDTH))

    def watch_pane_count(self) -> None:
        if self.is_mounted:
            self._show_pane_count()

    def _show_pane_count(self) -> None:
        shown = min(self.pane_count, self.panes_that_fit())
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
        article_list.showing = tuple(pane.article for pane in self.visible_panes)
        visible = self.visible_panes
        focused = self.focused_pane
        article_list.focused = visible.index(focused) if focused in visible else 0

    def go_to(self, ref: SentenceRef) -> None:
        """Show `ref` and put the cursor on it: in the pane already showing its article,
        else in the focused pane."""
        target = next((p for p in self.visible_panes if p.article == ref.article), None)
        target = target or self.focused_pane
        if not target.is_focused:
            # Arriving by a jump, not by Tab: the cursor goes to `ref`, not to the sentence
            # linked scrolling marked there (which the pane's on_focus would move it to).
            target.link_to(None)
        target.focus()
        if target.article != ref.article:
            target.show(ref.article, ref.sentence)
        else:
            target.cursor = ref.sentence
        self._update_article_list()

    # -- the analysis -------------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="analysis")
    def analyse_corpus(self) -> None:
        worker = get_current_worker()
        articles, problems = load_articles(self.paths, self.config.articles)
        if worker.is_cancelled:
            return
        self.post_message(CorpusLoaded(articles, problems))
        comparison = analyse(
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
            self.notify("No article could be loaded.", severity="error", timeout=30)
        for index, pane in enumerate(self.panes):
            if index < len(message.articles):
                pane.show(index)
        self.query_one(AnalysisStatus).text = f"comparing {len(message.articles)} articles…"
        self._update_article_list()

    @on(AnalysisProgress)
    def _analysis_progress(self, message: AnalysisProgress) -> None:
        self.query_one(ProgressBar).update(total=message.total, progress=message.done)

    @on(ComparisonReady)
    def _comparison_ready(self, message: ComparisonReady) -> None:
        comparison = message.comparison
        self.comparison = comparison
        self.query_one(ProgressBar).display = False
        contradictions = len(comparison.contradictions())
        shared = sum(1 for cluster in comparison.clusters if len(cluster.articles) > 1)
        self.sub_title = (
            f"{_count(len(comparison.articles), 'article')} · {_count(shared, 'shared claim')} · "
            f"{_count(contradictions, 'contradiction')}"
        )
        self.query_one(AnalysisStatus).text = "a/x/u: toggle colours"
        self._sentence_focused_again()
        if self.is_running and not self._froze_objects:
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
        self.query_one(ProgressBar).display = False
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
        pane = self.focused_pane
        if pane.is_focused and pane.cursor_ref is not None:
            self._cursor_moved(pane, pane.cursor_ref)

    def _cursor_moved(self, pane: ArticlePane, ref: SentenceRef) -> None:
        if not pane.is_attached or pane is not self.focused_pane:
            return  # the app is closing, or the pane lost focus since
        if (pane, ref) == self._followed:
            return  # already followed: the watch came first, this is the pane's message
        self._followed = (pane, ref)
        self.cursor_ref = ref
        self._link_other_panes(pane, ref)
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
        self.open_in_focused_pane(message.article)

    # -- command palette ----------------------------------------------------------------

    def get_system_commands(self, screen) -> Iterable:
        yield from super().get_system_commands(screen)
        yield from binding_commands(self, BINDINGS)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
