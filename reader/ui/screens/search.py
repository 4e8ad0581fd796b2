"""Search across every article: type words, see matching sentences with their outlet, Enter
jumps there. Plain case-insensitive substring matching: predictable for quotes and figures."""

from __future__ import annotations

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

MAX_RESULTS = 200


class SearchScreen(ModalScreen[SentenceRef | None]):
    BINDINGS = [
        Binding("escape", "dismiss", "Close search", id="close_search"),
        Binding("down", "results", "Results", show=False, id="search_results"),
    ]

    def __init__(self, articles: list[Article]) -> None:
        super().__init__()
        self.articles = articles

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box") as box:
            box.border_title = "Search all articles · Enter jumps · Esc closes"
            yield Input(placeholder="words to find, e.g. killed", id="search-input")
            yield OptionList(id="search-results")

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        results = self.query_one(OptionList)
        results.clear_options()
        query = event.value.strip().casefold()
        if len(query) < 2:
            return
        options = []
        for a, article in enumerate(self.articles):
            for sentence in article.sentences:
                if query in sentence.text.casefold():
                    options.append(self._option(a, article, sentence.index, sentence.text))
                    if len(options) >= MAX_RESULTS:
                        break
        results.add_options(options or [Option(Content("no match"), disabled=True)])
        results.border_title = f"{len(options)} sentences"

    def _option(self, a: int, article: Article, index: int, text: str) -> Option:
        prompt = Content.assemble(
            (f"{a + 1} {sanitise(article.outlet)}", "bold"), "  ", sanitise(text)
        )
        return Option(prompt, id=f"{a}:{index}")

    @on(Input.Submitted)
    def _submitted(self) -> None:
        results = self.query_one(OptionList)
        if results.option_count and not results.get_option_at_index(0).disabled:
            self._choose(results.get_option_at_index(results.highlighted or 0).id)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option.id)

    def _choose(self, option_id: str | None) -> None:
        if option_id:
            article, sentence = option_id.split(":")
            self.dismiss(SentenceRef(int(article), int(sentence)))

    def action_results(self) -> None:
        self.query_one(OptionList).focus()

    async def action_dismiss(self, result: SentenceRef | None = None) -> None:
        self.dismiss(result)
