"""ReaderApp: the screen layout, the app-wide state, the analysis worker and the key actions.

State flows one way: the worker posts CorpusLoaded / AnalysisProgress / ComparisonReady, the
handlers here set reactives, and data_bind hands them to the panes, the list and the panel.
The UI never judges sentences; it asks the Comparison.

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

from collections.abc import Iterable, Sequence
from pathlib import Path

from textual import on, work
from textual.app import App, ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.reactive import reactive
from textual.widgets import Footer, Header, ProgressBar
from textual.worker import Worker, WorkerState, get_current_worker

from reader.analysis.comparison import Comparison
from reader.analysis.pipeline import analyse
from reader.config import MAX_PANES, Config
from reader.corpus import load_articles
from reader.model import Article, SentenceRef
from reader.resources import default_corpus
from reader.ui.actions import ActionsMixin
from reader.ui.bindings import BINDINGS
from reader.ui.commands import binding_commands
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
from reader.ui.widgets.status_bar import AnalysisStatus, Legend

# Narrower than this, one pane is shown whatever the setting: two would be unreadable.
MIN_WIDTH_FOR_TWO_PANES = 100
MIN_PANE_WIDTH = 38


class ReaderApp(MarkingMixin, ActionsMixin, App[int]):
    CSS_PATH = "reader.tcss"
    TITLE = "reader"
    BINDINGS = BINDINGS

    articles: reactive[list[Article]] = reactive(list, always_update=True)
    comparison: reactive[Comparison | None] = reactive(None, always_update=True)
    highlights: reactive[frozenset[str]] = reactive(frozenset({"agree", "contradict", "unique"}))
    marked: reactive[frozenset[SentenceRef]] = reactive(frozenset)
    cursor_ref: reactive[SentenceRef | None] = reactive(None)
    pane_count: reactive[int] = reactive(2)  # wanted; fewer are visible when narrow

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

    # -- layout -------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        with VerticalScroll(id="article-list-box", can_focus=False):
            yield ArticleList().data_bind(ReaderApp.articles, ReaderApp.comparison)
        with Horizontal(id="panes"):
            for number in range(1, MAX_PANES + 1):
                yield ArticlePane(number, id=f"pane-{number}").data_bind(
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

    def on_mount(self) -> None:
        for theme in self.themes.themes:
            self.register_theme(theme)
        for problem in self.themes.problems:
            self.notify(problem, title="Theme skipped", severity="warning", markup=False)
        self.apply_theme(self.requested_theme)
        self.apply_keymap(self.config.keymap)
        self.visible_panes[0].focus()
        self._show_pane_count()
        self.analyse_corpus()

    def apply_theme(self, name: str) -> None:
        if name not in self.available_themes:
            fallback = self.themes.names[0] if self.themes.names else "textual-dark"
            known = ", ".join(self.themes.names)
            self.notify(
                f"Unknown theme {name!r}; using {fallback}. Themes: {known}",
                severity="warning",
                markup=False,
            )
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
        return list(self.query(ArticlePane))

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
        article_list = self.query_one(ArticleList)
        article_list.showing = tuple(pane.article for pane in self.visible_panes)
        visible = self.visible_panes
        focused = self.focused_pane
        article_list.focused = visible.index(focused) if focused in visible else 0

    def go_to(self, ref: SentenceRef) -> None:
        """Show `ref` and put the cursor on it: in the pane already showing its article,
        else in the focused pane."""
        target = next((p for p in self.visible_panes if p.article == ref.article), None)
        target = target or self.focused_pane
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
        if message.pane is not self.focused_pane:
            return
        self.cursor_ref = message.ref
        self._link_other_panes(message.pane, message.ref)
        self._update_article_list()

    def _sentence_focused_again(self) -> None:
        pane = self.focused_pane
        if pane.cursor_ref is not None:
            self.cursor_ref = pane.cursor_ref
            self._link_other_panes(pane, pane.cursor_ref)

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
