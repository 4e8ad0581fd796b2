"""Textual's Footer, rebuilt only when the keys it shows change.

Textual's Footer removes and re-mounts all its keys whenever the screen's bindings are
refreshed: three times while the app starts, and again each time the focus moves from one
pane to another, although every pane has the same keys. This one rebuilds once for a burst
of refreshes, and only if what it would show differs from what it shows.
"""

from __future__ import annotations

from collections.abc import Hashable

from textual.screen import Screen
from textual.widgets import Footer as TextualFooter


class Footer(TextualFooter):
    _rebuild_pending = False
    _composed_from: Hashable = None  # what the keys on show were built from

    def _shown(self) -> Hashable:
        """Everything compose() reads: the active bindings (not which widget holds them) and
        how their keys are written, and the footer's own settings."""
        app = self.app
        bindings = tuple(
            (key, binding, enabled, tooltip, app.get_key_display(binding))
            for key, (_, binding, enabled, tooltip) in self.screen.active_bindings.items()
        )
        settings = (self.show_command_palette, self.combine_groups, app.ENABLE_COMMAND_PALETTE)
        return bindings, settings

    def compose(self):
        if self._bindings_ready:
            self._composed_from = self._shown()
        yield from super().compose()

    def bindings_changed(self, screen: Screen) -> None:
        # Textual's own, except that refreshes while a rebuild is queued share it.
        self._bindings_ready = True
        if not screen.app.app_focus or self._rebuild_pending:
            return
        if self.is_attached and screen is self.screen:
            self._rebuild_pending = True
            self.call_after_refresh(self._rebuild)

    async def _rebuild(self) -> None:
        self._rebuild_pending = False
        if self.is_attached and self._shown() != self._composed_from:
            await self.recompose()
