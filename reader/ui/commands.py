"""Every binding in the command palette (ctrl+p), so all actions are reachable by name."""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import App, SystemCommand
from textual.binding import Binding


def binding_commands(app: App, bindings: Iterable[Binding]) -> Iterable[SystemCommand]:
    """One SystemCommand per binding id, run through the app's action machinery."""
    seen: set[str] = set()
    for binding in bindings:
        if not binding.id or binding.id in seen or binding.action == "quit":
            continue  # Textual's own palette already offers Quit
        seen.add(binding.id)
        help_text = f"key {binding.key.split(',')[0]} · id {binding.id}"

        async def run(action: str = binding.action) -> None:
            await app.run_action(action)

        yield SystemCommand(binding.description, help_text, run)
