"""Marks and export on the main screen: a controller the screen owns and calls.

- m marks the sentence under the cursor; on a marked sentence it opens the mark's dialog
  (edit the note, or remove the mark);
- v starts a selection (v again or Esc drops it), J/K (or shift+down/up) extend it from
  the cursor; with a selection, m marks all its sentences as one mark;
- M lists the marks (jump to, edit, remove); e exports into the configured export folder.

The MarkStore is opened when the articles are loaded (marks need the texts, not the
comparison) and saves on every change. The screen's `marked` holds the saved marks and its
`selected` the selection in progress; the panes draw them in two colours. The screen calls
`corpus_loaded` and `cursor_moved` itself: no handler order to rely on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reader.marks import Mark, MarkStore, MarkStoreError
from reader.model import Article, SentenceRef

# The exporters and the dialogs are imported when first used, not at start-up.
if TYPE_CHECKING:
    from reader.ui.screens.export import ExportChoice
    from reader.ui.screens.note import NoteDecision


class MarkingController:
    def __init__(self, screen: Any) -> None:
        self.screen = screen  # the MainScreen (not imported: it imports this module)
        self.mark_store: MarkStore | None = None
        # Where a selection started (v, J, K); the cursor is its other end.
        self.selection_anchor: SentenceRef | None = None

    @property
    def cursor_ref(self) -> SentenceRef | None:
        return self.screen.cursor_ref

    def notify(self, message: str, **kwargs) -> None:
        self.screen.notify(message, **kwargs)

    # -- loading ----------------------------------------------------------------------------

    def corpus_loaded(self, articles: list[Article]) -> None:
        self.selection_anchor = None
        self.mark_store = MarkStore(articles) if articles else None
        store = self.mark_store
        if store is not None:
            for warning in store.warnings:
                self.notify(warning, title="Marks", severity="warning", timeout=20, markup=False)
            if store.orphans:
                self.notify(
                    f"{len(store.orphans)} mark(s) no longer match their article's text; "
                    f"they are kept in {store.path}",
                    title="Marks",
                    severity="warning",
                    timeout=20,
                    markup=False,
                )
        self.show_marks_in_panes()

    def show_marks_in_panes(self) -> None:
        self.screen.marked = frozenset(self.mark_store.marked_refs() if self.mark_store else ())
        self.screen.selected = frozenset(self.selected_refs())

    # -- selecting --------------------------------------------------------------------------

    def selected_refs(self) -> list[SentenceRef]:
        anchor, cursor = self.selection_anchor, self.cursor_ref
        if anchor is None or cursor is None or anchor.article != cursor.article:
            return []
        first, last = sorted((anchor.sentence, cursor.sentence))
        return [SentenceRef(anchor.article, i) for i in range(first, last + 1)]

    def cursor_moved(self) -> None:
        """The screen moved cursor_ref: the selection follows it."""
        if self.selection_anchor is None:
            return
        if self.cursor_ref is not None and self.cursor_ref.article != self.selection_anchor.article:
            self.selection_anchor = None  # another article: a selection spans one only
        self.show_marks_in_panes()

    def toggle_selection(self) -> None:
        if self.selection_anchor is not None:
            self.cancel_selection()
            return
        if self.cursor_ref is None:
            self.notify("Put the cursor on a sentence first (j/k).", timeout=3)
            return
        self.selection_anchor = self.cursor_ref
        self.show_marks_in_panes()
        self.notify("Selecting: j/k extend, m marks, Esc drops.", timeout=4)

    def extend_selection(self, step: int) -> None:
        if self.cursor_ref is None:
            return
        if self.selection_anchor is None:
            self.selection_anchor = self.cursor_ref
        self.screen.focused_pane.move_cursor(step)
        self.show_marks_in_panes()

    def cancel_selection(self) -> None:
        if self.selection_anchor is not None:
            self.selection_anchor = None
            self.show_marks_in_panes()

    # -- marking ----------------------------------------------------------------------------

    def mark(self) -> None:
        from reader.ui.screens.marks import mark_source
        from reader.ui.screens.note import NoteDialog

        store, ref = self.mark_store, self.cursor_ref
        if store is None or ref is None:
            self.notify("Put the cursor on a sentence first (j/k).", timeout=3)
            return
        selection = self.selected_refs()
        self.selection_anchor = None
        existing = store.mark_at(ref)
        if existing is not None and len(selection) <= 1:
            dialog = NoteDialog(existing.text, mark_source(store, existing), existing.note)
            self.screen.app.push_screen(
                dialog, lambda decision: self._note_decided(existing, decision)
            )
            return
        first, last = (selection[0], selection[-1]) if selection else (ref, ref)
        try:
            mark = store.add(first, last)
        except MarkStoreError as error:
            self.notify(str(error), title="Mark not saved", severity="error", markup=False)
        else:
            self.notify(
                f"Marked {mark_source(store, mark)}. m on it again: note or remove.",
                timeout=4,
                markup=False,
            )
        self.show_marks_in_panes()

    def _note_decided(self, mark: Mark, decision: NoteDecision | None) -> None:
        store = self.mark_store
        if decision is None or store is None:
            return
        try:
            if decision.action == "remove":
                store.remove(mark.id)
                self.notify("Mark removed.", timeout=3)
            else:
                store.update_note(mark.id, decision.note)
                self.notify("Note saved.", timeout=3)
        except MarkStoreError as error:
            self.notify(str(error), title="Marks", severity="error", markup=False)
        self.show_marks_in_panes()

    def show_marks(self) -> None:
        from reader.ui.screens.marks import MarksScreen

        if self.mark_store is None:
            self.notify("The articles are still loading.", timeout=3)
            return
        self.screen.app.push_screen(
            MarksScreen(self.mark_store, self.show_marks_in_panes), self._jump_to
        )

    def _jump_to(self, mark: Mark | None) -> None:
        if mark is not None and self.mark_store is not None:
            self.screen.go_to(self.mark_store.refs(mark)[0])

    # -- exporting --------------------------------------------------------------------------

    def export(self) -> None:
        from reader.export.writing import export_folder
        from reader.ui.screens.export import ExportDialog

        if self.screen.comparison is None:
            self.notify("Still comparing the articles: export in a moment.", timeout=3)
            return
        count = len(self.mark_store.marks) if self.mark_store else 0
        folder = str(export_folder(self.screen.config.export_folder))
        self.screen.app.push_screen(ExportDialog(folder, count), self._export_chosen)

    def _export_chosen(self, choice: ExportChoice | None) -> None:
        from reader.atomic import WriteError
        from reader.export.document import build_document
        from reader.export.render import render
        from reader.export.writing import export_folder, write_to_folder

        if choice is None or self.screen.comparison is None:
            return
        marks = self.mark_store.marks if self.mark_store else []
        if choice.what == "marks" and not marks:
            self.notify(
                "No marks yet: press m on a sentence, or export the contradictions.",
                severity="warning",
            )
            return
        document = build_document(self.screen.comparison, marks, choice.what)
        try:
            path = write_to_folder(
                render(document, choice.format),
                export_folder(self.screen.config.export_folder),
                choice.format,
            )
        except WriteError as error:
            self.notify(
                str(error), title="Export failed", severity="error", timeout=20, markup=False
            )
            return
        count = sum(len(entry.passages) for entry in document.entries)
        passages = f"{count} passage" + ("" if count == 1 else "s")
        self.notify(f"{passages} → {path}", title="Exported", timeout=15, markup=False)
