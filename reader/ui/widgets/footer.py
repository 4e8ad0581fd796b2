"""The key line at the bottom: the shown bindings of the focused widget and the screen, as
`key Description`, with `? Help` and `q Quit` always at the right end, however narrow the
terminal (the others give way from the end of the line first).

Built from public Textual only: the screen's `active_bindings`, `App.get_key_display` and
the screen's `bindings_updated_signal`. One line of text, redrawn when the keys change.
"""

from __future__ import annotations

from dataclasses import replace

from rich.cells import cell_len
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget

ALWAYS_SHOWN = ("help", "quit")  # binding ids kept whatever the width
# Keys that type a character: while the focused widget takes typing (the list's filter),
# they type, so the footer shows another key of the same binding (ctrl+c, f1) or none.
_TYPED_NAMES = {
    "question_mark", "full_stop", "comma", "slash", "plus", "minus", "space",
    "left_square_bracket", "right_square_bracket",
}  # fmt: skip


def types_a_character(key: str) -> bool:
    return len(key) == 1 or key in _TYPED_NAMES


class KeyFooter(Widget):
    DEFAULT_CSS = """
    KeyFooter {
        height: 1;
        dock: bottom;
        background: $footer-background;
        color: $footer-foreground;
    }
    """

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        self.refresh()

    def items(self) -> list[tuple[str, str, str]]:
        """(key, description, id) of every shown binding, once per id, in binding order."""
        seen: set[str] = set()
        items = []
        typing = getattr(self.screen.focused, "takes_typing", False)
        for key, active in self.screen.active_bindings.items():
            binding = active.binding
            if not binding.show or not active.enabled or binding.id in seen:
                continue
            if typing and types_a_character(key):
                continue
            seen.add(binding.id or binding.action)
            shown = replace(binding, key=key)  # the key found, not the first of the binding
            items.append((self.app.get_key_display(shown), binding.description, binding.id))
        if typing:
            items += self._untyped_keys_of(ALWAYS_SHOWN, {item[2] for item in items})
        return items

    def _untyped_keys_of(self, ids: tuple[str, ...], shown: set[str]) -> list[tuple[str, str, str]]:
        """Help and quit while typing: another key of theirs (ctrl+c is the screen's copy key
        in Textual, and quits only when there is nothing to copy, so it is not among the
        active bindings under the quit id)."""
        from reader.ui.bindings import BINDINGS

        items = []
        for binding in BINDINGS:
            if binding.id not in ids or binding.id in shown:
                continue
            keys = [key for key in binding.key.split(",") if not types_a_character(key)]
            if keys:
                display = self.app.get_key_display(replace(binding, key=keys[0]))
                items.append((display, binding.description, binding.id))
        return items

    def render(self) -> Content:
        items = self.items()
        pinned = [item for item in items if item[2] in ALWAYS_SHOWN]
        others = [item for item in items if item[2] not in ALWAYS_SHOWN]
        width = self.content_region.width

        def cost(group: list[tuple[str, str, str]]) -> int:
            return sum(cell_len(f" {key} {description} ") for key, description, _ in group)

        while others and cost(others) + cost(pinned) > width:
            others.pop()
        gap = max(0, width - cost(others) - cost(pinned))
        parts: list[str | tuple[str, str]] = []
        for key, description, _ in others:
            parts += [(f" {key}", "bold $footer-key-foreground"), f" {description} "]
        parts.append(" " * gap)
        for key, description, _ in pinned:
            parts += [(f" {key}", "bold $footer-key-foreground"), f" {description} "]
        return Content.assemble(*parts)
