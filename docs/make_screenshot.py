"""Regenerate docs/screenshot.svg (the README's picture): the reader on the built-in corpus,
120x36, on the first contradiction. Run: python docs/make_screenshot.py"""

from __future__ import annotations

import asyncio
from pathlib import Path

from reader.config import Config
from reader.resources import builtin_themes
from reader.ui import make_app
from reader.ui.themes import load_themes

HERE = Path(__file__).resolve().parent


async def main() -> None:
    app = make_app(None, Config(), None, themes=load_themes(builtin_themes()))
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        for _ in range(20):  # until the comparison has been handled
            if app.main.comparison is not None:
                break
            await pilot.pause(0.05)
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        app.save_screenshot("screenshot.svg", path=str(HERE))


if __name__ == "__main__":
    asyncio.run(main())
