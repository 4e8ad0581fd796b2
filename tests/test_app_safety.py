"""Article text is untrusted: markup and escape sequences in it must show as literal text
and never style or control the terminal."""

from __future__ import annotations

from app_fixtures import article, fake_engine, reader_app

from reader.analysis.comparison import Comparison
from reader.model import Link, SentenceRef
from reader.ui.widgets.article_list import ArticleList
from reader.ui.widgets.article_pane import ArticlePane
from reader.ui.widgets.detail_panel import DetailPanel

HOSTILE = [
    "Officials said [bold red]nine[/] died.",
    "Click [@click=app.quit]here[/] now.",
    "A \x1b[31mred\x1b[0m escape and a bell\x07.",
    "Theme [$accent]variable[/] markup.",
]
EVIL_OUTLET = "[b]Evil[/b] \x1b]0;pwned\x07"


def hostile_comparison() -> Comparison:
    evil = article("evil", EVIL_OUTLET, [HOSTILE])
    plain = article("plain", "Plain", [["Officials said nine died."]])
    link = Link("agree", 0.9, ("[i]why[/i] \x1b[2J",), SentenceRef(0, 0), SentenceRef(1, 0))
    return Comparison(articles=[evil, plain], links=[link])


async def test_markup_and_escapes_in_articles_show_literally(monkeypatch):
    fake_engine(monkeypatch, hostile_comparison())
    app = reader_app()
    async with app.run_test(size=(160, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running  # [@click=app.quit] did nothing
        pane = app.query_one("#pane-1", ArticlePane)
        strips = [pane.render_line(y) for y in range(pane.size.height)]
        screen_text = "\n".join(strip.text for strip in strips)
        for literal in ("[bold red]nine[/]", "[@click=app.quit]here[/]", "[$accent]variable[/]"):
            assert literal in screen_text
        assert "␛[31mred␛[0m" in screen_text and "bell␇" in screen_text
        for strip in strips:
            for segment in strip:
                assert "\x1b" not in segment.text and "\x07" not in segment.text
                assert segment.style is None or not segment.style.link
                assert segment.style is None or not segment.style.meta

        article_list = app.query_one(ArticleList)
        listing = "\n".join(article_list.row_text(y) for y in range(article_list.size.height))
        assert "[b]Evil[/b] ␛]0;pwned␇" in listing
        detail = str(app.query_one(DetailPanel).render())
        assert "[b]Evil[/b]" in detail and "[i]why[/i] ␛[2J" in detail
        assert "\x1b" not in listing + detail
        assert "[b]Evil[/b]" in pane.border_title.replace("\\[", "[")
