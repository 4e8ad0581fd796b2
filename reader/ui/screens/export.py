"""The export dialog: what to export and in which format. Writing the file is the app's job."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Label, RadioButton, RadioSet

from reader.export.passages import WHAT_CHOICES
from reader.export.render import FORMAT_CHOICES

WHAT_LABELS = {
    "marks": "My marks",
    "contradictions": "Contradictions",
    "agreements": "Agreements",
    "unique": "Said by one outlet only",
    "all": "All of these",
}
FORMAT_LABELS = {
    "markdown": "Markdown (Obsidian, any viewer)",
    "json": "JSON (W3C selectors)",
    "csv": "CSV (Readwise import)",
}


class ChoiceSet(RadioSet):
    """A RadioSet whose highlighted bar is the choice: ↑/↓ move both the bar and the dot, so
    what looks chosen is what gets exported (Enter and space choose the bar's option too)."""

    def __init__(self, *buttons: RadioButton, initial: int = 0, **kwargs) -> None:
        super().__init__(*buttons, **kwargs)
        self.initial = initial  # the option chosen at first, where the bar must start

    def on_mount(self) -> None:
        # Textual puts the bar on the first option once its buttons are mounted; the dot
        # may be further down (with no marks, the contradictions): then move the bar to it.
        self.call_after_refresh(self._bar_to_dot)

    def _bar_to_dot(self) -> None:
        for _ in range(self.initial):
            RadioSet.action_next_button(self)

    def action_next_button(self) -> None:
        super().action_next_button()
        self.action_toggle_button()

    def action_previous_button(self) -> None:
        super().action_previous_button()
        self.action_toggle_button()


@dataclass(frozen=True)
class ExportChoice:
    what: str  # one of WHAT_CHOICES
    format: str  # one of FORMAT_CHOICES


class ExportDialog(ModalScreen[ExportChoice | None]):
    CSS_PATH = "dialogs.tcss"
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="export_cancel"),
        Binding("ctrl+s", "export", "Export", id="export_confirm"),
    ]

    def __init__(self, folder: str, mark_count: int) -> None:
        super().__init__()
        self.folder = folder
        self.mark_count = mark_count

    def compose(self) -> ComposeResult:
        # Marks by default; with none yet, the contradictions are the likeliest wish.
        default_what = "marks" if self.mark_count else "contradictions"
        with Vertical(id="export-box", classes="marks-dialog") as box:
            box.border_title = "Export"
            box.border_subtitle = "↑↓ choose · Tab: next list · ctrl+s: export · Esc: cancel"
            with Horizontal(id="export-choices"):
                with ChoiceSet(id="export-what", initial=WHAT_CHOICES.index(default_what)):
                    for what in WHAT_CHOICES:
                        label = WHAT_LABELS[what]
                        if what == "marks":
                            label += f" ({self.mark_count})"
                        yield RadioButton(label, value=what == default_what, name=what)
                with ChoiceSet(id="export-format", initial=FORMAT_CHOICES.index("markdown")):
                    for fmt in FORMAT_CHOICES:
                        yield RadioButton(FORMAT_LABELS[fmt], value=fmt == "markdown", name=fmt)
            yield Label(Content(f"Into {self.folder}"), id="export-folder")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Export", variant="primary", id="export-go")
                yield Button("Cancel", id="export-cancel")

    def on_mount(self) -> None:
        self.query_one("#export-what", RadioSet).focus()

    def chosen(self) -> ExportChoice:
        what = self.query_one("#export-what", RadioSet).pressed_button
        fmt = self.query_one("#export-format", RadioSet).pressed_button
        return ExportChoice(
            what=what.name if what and what.name else "marks",
            format=fmt.name if fmt and fmt.name else "markdown",
        )

    @on(Button.Pressed, "#export-go")
    def action_export(self) -> None:
        self.dismiss(self.chosen())

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
