"""The article list with many articles: only the rows in view are drawn, and the list
follows the article the focused pane shows."""

from __future__ import annotations

from app_fixtures import article, fake_engine, reader_app

from reader.analysis.comparison import Comparison
from reader.ui.widgets.article_list import ArticleList

MANY = [
    article(f"a{n:03}", f"Outlet {n:03}", [[f"Sentence of article {n} about the strikes."]])
    for n in range(60)
]


async def test_the_list_follows_the_focused_article_and_draws_its_row(monkeypatch):
    fake_engine(monkeypatch, Comparison(articles=MANY, links=[]))
    app = reader_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        box = app.query_one("#article-list-box")
        listing = app.query_one(ArticleList)
        assert box.scroll_offset.y == 0
        assert "Outlet 000" in listing.row_text(1)

        app.main.open_in_focused_pane(49)
        await pilot.pause()
        top = round(box.scroll_offset.y)
        visible = range(top, top + box.scrollable_content_region.height)
        assert 50 in visible  # row 50 = article 50 (row 0 is the header)
        row = listing.row_text(50)
        assert "Outlet 049" in row and "▶" in row
        assert "Outlet 049" not in listing.row_text(49)
