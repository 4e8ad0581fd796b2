"""A small dialog for one mark: shows the marked passage, edits its note, or removes the mark."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from reader.ui.layout import sanitise

# A note is a short remark, not an essay: long enough for "9 or 7? check AP".
NOTE_MAX_LENGTH = 500
# How much of the passage the dialog quotes so the reader knows which mark this is.
QUOTE_MAX_LENGTH = 300


@dataclass(frozen=True)
class NoteDecision:
    action: Literal["save", "remove"]
    note: str = ""


class NoteDialog(ModalScreen[NoteDecision | None]):
    CSS_PATH = "dialogs.tcss"
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="note_cancel"),
        Binding("ctrl+r", "remove", "Remove mark", id="note_remove"),
    ]

    def __init__(self, passage: str, source: str, note: str) -> None:
        super().__init__()
        self.passage = passage
        self.source = source
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(id="note-box", classes="marks-dialog") as box:
            box.border_title = "Mark"
            box.border_subtitle = "Enter saves · ctrl+r removes · Esc cancels"
            quoted = self.passage
            if len(quoted) > QUOTE_MAX_LENGTH:
                quoted = quoted[: QUOTE_MAX_LENGTH - 1] + "…"
            # Content(...) is literal text: markup in an article cannot style the dialog.
            yield Static(Content(sanitise(quoted)), id="note-passage")
            yield Static(Content(sanitise(self.source)), id="note-source")
            yield Input(
                self.note,
                placeholder="a short note (optional)",
                max_length=NOTE_MAX_LENGTH,
                select_on_focus=False,  # editing a note should not wipe it on the first key
                id="note-input",
            )
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save", variant="primary", id="note-save")
                yield Button("Remove mark", variant="error", id="note-remove")
                yield Button("Cancel", id="note-cancel")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#note-save")
    def _save(self) -> None:
        self.dismiss(NoteDecision("save", self.query_one(Input).value.strip()))

    @on(Button.Pressed, "#note-remove")
    def action_remove(self) -> None:
        self.dismiss(NoteDecision("remove"))

    @on(Button.Pressed, "#note-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
