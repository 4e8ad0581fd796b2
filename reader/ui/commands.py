"""The command palette (ctrl+p): the reader's own actions in plain words, with their key,
and only those that can run now (no "Open article 7" with five articles). Textual's own
commands (screenshot, maximize, ...) are left out: they are not the reader's."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from textual.app import App, SystemCommand

from reader.ui.bindings import APP_BINDINGS, BINDINGS


def reader_commands(app: App) -> Iterable[SystemCommand]:
    main = app.screen_stack[0]
    article_count = len(getattr(main, "articles", []))
    seen: set[str] = set()
    for binding in BINDINGS:
        if not binding.id or binding.id in seen:
            continue
        opens = binding.id.startswith("open_article_")
        if opens and int(binding.id.rsplit("_", 1)[1]) > article_count:
            continue
        if binding.action.startswith("story(") and main.check_action("story", ()) is False:
            continue  # one story: nothing to move between
        seen.add(binding.id)
        namespace = app if binding in APP_BINDINGS else main

        async def run(action: str = binding.action, namespace=namespace) -> None:
            await app.run_action(action, namespace)

        first_key = replace(binding, key=binding.key.split(",")[0])
        yield SystemCommand(binding.description, f"key: {app.get_key_display(first_key)}", run)
