"""Search across every article: type words, see matching sentences with their outlet, Enter
jumps there. The query is kept: the panes highlight its matches, `.`/`,` (or F3/shift+F3)
step through them, and / opens this screen again with it. Matching is in search_matches."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from reader.model import Article, SentenceRef
from reader.ui.layout import sanitise
from reader.ui.search_matches import find_matches

MAX_RESULTS = 200


@dataclass(frozen=True)
class SearchResult:
    query: str
    ref: SentenceRef | None  # the match chosen, if any


class SearchScreen(ModalScreen[SearchResult | None]):
    BINDINGS = [
        Binding("escape", "dismiss", "Close search", id="close_search"),
        Binding("down", "results", "Results", show=False, id="search_results"),
    ]

    def __init__(self, articles: list[Article], query: str = "") -> None:
        super().__init__()
        self.articles = articles
        self.initial_query = query

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box") as box:
            box.border_title = "Search all articles · Enter jumps · Esc closes"
            box.border_subtitle = "then . / , (or F3 / shift+F3): next / previous match"
            yield Input(
                self.initial_query, placeholder="words to find, e.g. killed", id="search-input"
            )
            yield OptionList(id="search-results")

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        results = self.query_one(OptionList)
        results.clear_options()
        matches = find_matches(self.articles, event.value)
        if not matches:
            if event.value.strip():
                results.add_option(Option(Content("no match"), disabled=True))
            return
        options = [
            self._option(ref.article, self.articles[ref.article], ref.sentence)
            for ref in matches[:MAX_RESULTS]
        ]
        results.add_options(options)
        shown = "" if len(matches) <= MAX_RESULTS else f", first {MAX_RESULTS} shown"
        results.border_title = f"{len(matches)} sentences{shown}"

    def _option(self, a: int, article: Article, index: int) -> Option:
        text = article.sentences[index].text
        prompt = Content.assemble(
            (f"{a + 1} {sanitise(article.outlet)}", "bold"), "  ", sanitise(text)
        )
        return Option(prompt, id=f"{a}:{index}")

    @on(Input.Submitted)
    def _submitted(self) -> None:
        results = self.query_one(OptionList)
        if results.option_count and not results.get_option_at_index(0).disabled:
            self._choose(results.get_option_at_index(results.highlighted or 0).id)
        else:
            self.dismiss(SearchResult(self.query_text, None))

    @property
    def query_text(self) -> str:
        return self.query_one(Input).value

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option.id)

    def _choose(self, option_id: str | None) -> None:
        if option_id:
            article, sentence = option_id.split(":")
            ref = SentenceRef(int(article), int(sentence))
            self.dismiss(SearchResult(self.query_text, ref))

    def action_results(self) -> None:
        self.query_one(OptionList).focus()

    async def action_dismiss(self, result: SearchResult | None = None) -> None:
        # Esc keeps the query (its matches stay highlighted) without moving the cursor.
        self.dismiss(SearchResult(self.query_text, None))
