"""The fact sheet (f): every disputed and agreed fact and every quote, who says what.

One row per sentence that states a version; Enter on it closes the sheet and shows that
sentence in a pane. The rows come from reader/factsheet/rows.py (no judging here), and
every text in them is untrusted: it goes in as plain Content, never as markup.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.analysis.comparison import Comparison
from reader.factsheet import FactSheet
from reader.factsheet.rows import CLAIM, DIFF, HEADING, NOTE, SECTION, Row, rows
from reader.model import SentenceRef
from reader.ui.layout import sanitise

_STYLES = {SECTION: "bold $accent", HEADING: "bold", NOTE: "italic $text-muted"}
_DIFF_STYLES = {"=": "", "-": "strike $text-error", "+": "bold $text-success"}
_DIFF_MARKS = {"=": ("", ""), "-": ("[-", "-]"), "+": ("{+", "+}")}


class FactSheetScreen(ModalScreen[SentenceRef | None]):
    """Dismisses with the sentence to show, or None."""

    CSS_PATH = "fact_sheet.tcss"
    BINDINGS = [
        Binding("escape,q,f", "close", "Close", id="fact_sheet_close"),
        Binding("e", "export('markdown')", "Export Markdown", id="fact_sheet_export_markdown"),
        Binding("E", "export('json')", "Export JSON", id="fact_sheet_export_json"),
    ]

    def __init__(
        self,
        comparison: Comparison,
        sheet: FactSheet,
        export: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__()
        self.comparison = comparison
        self.sheet = sheet
        self.rows = rows(comparison, sheet)
        self.export = export  # writes the sheet in a format ("markdown", "json")

    def compose(self) -> ComposeResult:
        with Vertical(id="fact-sheet-box") as box:
            box.border_title = "Fact sheet"
            box.border_subtitle = "Enter: go to the sentence · e/E: export Markdown/JSON · Esc"
            yield Static(self._summary(), id="fact-sheet-summary")
            yield OptionList(*[self._option(n, row) for n, row in enumerate(self.rows)],
                             id="fact-sheet-list")  # fmt: skip

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.focus()
        first = next((n for n, row in enumerate(self.rows) if row.kind == CLAIM), None)
        if first is not None:
            options.highlighted = first

    def _summary(self) -> Content:
        s = self.sheet
        lined = sum(q.status != "one outlet" for q in s.quotes)
        return Content(
            f"{len(s.disputed)} disputed and {len(s.agreed)} agreed facts · "
            f"{len(s.quotes)} quotes, {lined} in several outlets"
        )

    def _option(self, n: int, row: Row) -> Option:
        if row.kind == DIFF:
            parts: list[Content | str | tuple[str, str]] = ["    "]
            for op, words in row.diff:
                left, right = _DIFF_MARKS[op]
                parts += [(f"{left}{sanitise(words)}{right}", _DIFF_STYLES[op]), " "]
            return Option(Content.assemble(*parts), disabled=True)
        text = sanitise(row.text)
        if row.kind == CLAIM:
            return Option(Content("  " + text), id=f"row-{n}")
        return Option(Content.styled(text, _STYLES.get(row.kind, "")), disabled=True)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.dismiss(self.rows[int(event.option.id.removeprefix("row-"))].ref)

    def action_export(self, fmt: str) -> None:
        if self.export is not None:
            self.export(fmt)

    def action_close(self) -> None:
        self.dismiss(None)
